// The Settings dialog as the owner uses it: opening hours, holidays, SLA targets and stuck
// thresholds are edited on their tabs and saved together; refused values save nothing.
#include "common/language.h"
#include "common/messagebanner.h"
#include "orders/orderrepository.h"
#include "settings/durationedit.h"
#include "settings/generalpage.h"
#include "settings/holidaydialog.h"
#include "settings/holidayspage.h"
#include "settings/hourspage.h"
#include "settings/settingsdialog.h"
#include "settings/slapage.h"
#include "settings/stuckpage.h"
#include "sla/slasettings.h"
#include "templates/templatevalues.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>

using namespace rapi;
using namespace rapi::test;

namespace {

SettingsDialog *openSettings(MainWindow &window)
{
    QAction *settings = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        // File ▸ Settings… is the window's preferences action, in any language.
        if (action->menuRole() == QAction::PreferencesRole)
            settings = action;
    }
    REQUIRE(settings);
    settings->trigger();
    auto *dialog = waitForVisible<SettingsDialog>(&window, QStringLiteral("settingsDialog"));
    REQUIRE(dialog);
    return dialog;
}

void goToPage(SettingsDialog *dialog, QWidget *page)
{
    QTabBar *bar = dialog->tabs()->tabBar();
    const int index = dialog->tabs()->indexOf(page);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    REQUIRE(dialog->tabs()->currentWidget() == page);
}

QPushButton *dialogButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    const auto boxes = dialog->findChildren<QDialogButtonBox *>(QString(), Qt::FindDirectChildrenOnly);
    REQUIRE(boxes.size() == 1);
    return boxes.first()->button(which);
}

// Types into the sections of a time or date editor one after the other, as a person does after
// clicking into the first one: each section takes its digits and the editor moves on.
void typeSections(QDateTimeEdit *edit, const QList<std::pair<QDateTimeEdit::Section, QString>> &sections)
{
    REQUIRE(edit);
    edit->setFocus();
    for (const auto &[section, digits] : sections) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, digits);
    }
}

void setTime(QTimeEdit *edit, const QString &text)
{
    typeSections(edit,
                 {{QDateTimeEdit::HourSection, text.left(2)}, {QDateTimeEdit::MinuteSection, text.mid(3)}});
    REQUIRE(edit->time().toString(QStringLiteral("HH:mm")) == text);
}

void setDate(QDateEdit *edit, QDate date)
{
    typeSections(edit, {{QDateTimeEdit::YearSection, QString::number(date.year())},
                        {QDateTimeEdit::MonthSection, QString::number(date.month())},
                        {QDateTimeEdit::DaySection, QString::number(date.day())}});
    REQUIRE(edit->date() == date);
}

QStringList holidayLines(Database &db)
{
    QStringList lines;
    const auto holidays = SlaSettings(db).holidays();
    REQUIRE(holidays.ok());
    for (const Holiday &h : holidays.value())
        lines << h.day.toString(Qt::ISODate) + QLatin1Char(' ') + h.name;
    return lines;
}

HolidayDialog *openHolidayDialog(SettingsDialog *dialog, const QString &button)
{
    click(child<QPushButton>(dialog->holidaysPage(), button));
    auto *holiday = waitForVisible<HolidayDialog>(dialog, QStringLiteral("holidayDialog"));
    REQUIRE(holiday);
    return holiday;
}

// What the dialogs change, to show that a refused or cancelled edit left all of it alone.
struct Snapshot
{
    QString calendarHours;
    QStringList holidays;
    QString policies;
    QString thresholds;

    explicit Snapshot(Database &db)
    {
        auto calendar = SlaSettings(db).calendar();
        REQUIRE(calendar.ok());
        for (int day = 1; day <= 7; ++day) {
            const auto hours = calendar->hours(day);
            calendarHours += hours ? QStringLiteral("%1-%2 ").arg(hours->openMinute).arg(hours->closeMinute)
                                   : QStringLiteral("closed ");
        }
        holidays = holidayLines(db);
        const auto stored = SlaSettings(db).policies();
        REQUIRE(stored.ok());
        for (const SlaPolicy &p : stored.value())
            policies += QStringLiteral("%1/%2 ").arg(p.firstResponseMinutes).arg(p.resolutionMinutes);
        const auto limits = OrderRepository(db).stuckThresholds();
        REQUIRE(limits.ok());
        for (OrderStage stage : orderstage::pending)
            thresholds += QString::number(limits->value(stage, -1)) + QLatin1Char(' ');
    }
    bool operator==(const Snapshot &) const = default;
};

} // namespace

TEST_CASE("the owner changes hours, a holiday, an SLA target and the profile and OK saves them all")
{
    UiFixture f;
    MainWindow &window = f.openWindow();
    SettingsDialog *dialog = openSettings(window);

    typeInto(child<QLineEdit>(dialog, QStringLiteral("businessNameEdit")), QStringLiteral("Toko Rapi"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("bankAccountEdit")), QStringLiteral("BCA 123 456 7890"));

    goToPage(dialog, dialog->hoursPage());
    click(child<QCheckBox>(dialog, QStringLiteral("openCheck6"))); // closed on Saturdays
    CHECK_FALSE(child<QTimeEdit>(dialog, QStringLiteral("opensEdit6"))->isEnabled());
    setTime(child<QTimeEdit>(dialog, QStringLiteral("closesEdit1")), QStringLiteral("16:00"));
    click(child<QCheckBox>(dialog, QStringLiteral("openCheck7"))); // open on Sunday mornings
    setTime(child<QTimeEdit>(dialog, QStringLiteral("opensEdit7")), QStringLiteral("09:00"));
    setTime(child<QTimeEdit>(dialog, QStringLiteral("closesEdit7")), QStringLiteral("12:00"));

    goToPage(dialog, dialog->holidaysPage());
    HolidaysPage *holidays = dialog->holidaysPage();
    chooseByTyping(holidays->yearFilter(), QStringLiteral("2026"));
    CHECK(holidays->table()->rowCount() == 17);
    HolidayDialog *add = openHolidayDialog(dialog, QStringLiteral("addHolidayButton"));
    setDate(child<QDateEdit>(add, QStringLiteral("holidayDateEdit")), QDate(2026, 11, 24));
    typeInto(child<QLineEdit>(add, QStringLiteral("holidayNameEdit")), QStringLiteral("Ulang tahun toko"));
    click(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    REQUIRE(waitUntil([&] { return !findVisible(dialog, HolidayDialog::staticMetaObject, {}); }));
    CHECK(holidays->table()->rowCount() == 18);
    CHECK(rowWithText(holidays->table()->model(), 2, QStringLiteral("Ulang tahun toko")) == 16);
    CHECK(cellText(holidays->table()->model(), 16, 0) == QStringLiteral("24 Nov 2026"));
    CHECK(cellText(holidays->table()->model(), 16, 1) == QStringLiteral("Tuesday"));
    REQUIRE(clickRow(holidays->table(), 2, QStringLiteral("Hari Raya Natal")));
    click(child<QPushButton>(holidays, QStringLiteral("removeHolidayButton")));
    CHECK(rowWithText(holidays->table()->model(), 2, QStringLiteral("Hari Raya Natal")) == -1);
    CHECK(holidays->table()->rowCount() == 17);

    goToPage(dialog, dialog->slaPage());
    CHECK(child<QLabel>(dialog, QStringLiteral("newTicketsNote"))
              ->text()
              .contains(QStringLiteral("created from now on")));
    DurationEdit *urgent = dialog->slaPage()->firstResponseEdit(TicketPriority::Urgent);
    CHECK(urgent->valueSpin()->value() == 1);
    CHECK(urgent->unitCombo()->currentText() == QStringLiteral("hours"));
    chooseByTyping(urgent->unitCombo(), QStringLiteral("min"));
    CHECK(urgent->valueSpin()->value() == 60);
    typeInto(urgent->valueSpin(), QStringLiteral("30"));
    typeInto(dialog->slaPage()->resolutionEdit(TicketPriority::Low)->valueSpin(), QStringLiteral("50"));

    click(dialogButton(dialog, QDialogButtonBox::Ok));
    REQUIRE(waitUntil([&] { return !findVisible(&window, SettingsDialog::staticMetaObject, {}); }));

    SlaSettings sla(*f.db);
    auto calendar = sla.calendar();
    REQUIRE(calendar.ok());
    CHECK(calendar->hours(1)->closeMinute == 16 * 60);
    CHECK(calendar->hours(2)->closeMinute == 17 * 60);
    CHECK_FALSE(calendar->hours(6).has_value());
    REQUIRE(calendar->hours(7).has_value());
    CHECK(calendar->hours(7)->openMinute == 9 * 60);
    CHECK(calendar->hours(7)->closeMinute == 12 * 60);
    const QStringList stored = holidayLines(*f.db);
    CHECK(stored.contains(QStringLiteral("2026-11-24 Ulang tahun toko")));
    CHECK_FALSE(stored.contains(QStringLiteral("2026-12-25 Hari Raya Natal")));
    CHECK(stored.contains(QStringLiteral("2027-12-25 Hari Raya Natal")));
    CHECK(stored.size() == 34);
    CHECK(sla.policy(TicketPriority::Urgent)->firstResponseMinutes == 30);
    CHECK(sla.policy(TicketPriority::Urgent)->resolutionMinutes == 480);
    CHECK(sla.policy(TicketPriority::Low)->resolutionMinutes == 50 * 60);
    auto values = templatevalues::common(*f.db, f.actor, f.clock.now());
    REQUIRE(values.ok());
    CHECK(values->value(QStringLiteral("business.name")) == QStringLiteral("Toko Rapi"));
    CHECK(values->value(QStringLiteral("business.bank_account")) == QStringLiteral("BCA 123 456 7890"));

    // Opened again, the dialog shows what was saved.
    dialog = openSettings(window);
    CHECK(child<QLineEdit>(dialog, QStringLiteral("businessNameEdit"))->text() ==
          QStringLiteral("Toko Rapi"));
    CHECK(dialog->slaPage()->firstResponseEdit(TicketPriority::Urgent)->minutes() == 30);
    CHECK_FALSE(child<QCheckBox>(dialog, QStringLiteral("openCheck6"))->isChecked());
    click(dialogButton(dialog, QDialogButtonBox::Cancel));
}

TEST_CASE("invalid hours or targets are refused on their tab and nothing is saved")
{
    UiFixture f;
    MainWindow &window = f.openWindow();
    const Snapshot before(*f.db);
    SettingsDialog *dialog = openSettings(window);

    typeInto(child<QLineEdit>(dialog, QStringLiteral("businessNameEdit")), QStringLiteral("Toko Rapi"));
    goToPage(dialog, dialog->slaPage());
    typeInto(dialog->slaPage()->firstResponseEdit(TicketPriority::High)->valueSpin(), QStringLiteral("3"));
    goToPage(dialog, dialog->hoursPage());
    setTime(child<QTimeEdit>(dialog, QStringLiteral("closesEdit2")), QStringLiteral("07:00"));
    goToPage(dialog, dialog->generalPage());

    click(dialogButton(dialog, QDialogButtonBox::Ok));
    CHECK(dialog->isVisible());
    CHECK(dialog->tabs()->currentWidget() == dialog->hoursPage());
    CHECK(dialog->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog->banner()->text() ==
          QStringLiteral("Tuesday: the opening time must be before the closing time, within one day."));
    CHECK(Snapshot(*f.db) == before);
    CHECK_FALSE(
        templatevalues::common(*f.db, f.actor, f.clock.now())->contains(QStringLiteral("business.name")));

    // Hours fixed, the resolution target shorter than the first response is the next refusal.
    setTime(child<QTimeEdit>(dialog, QStringLiteral("closesEdit2")), QStringLiteral("17:00"));
    goToPage(dialog, dialog->slaPage());
    typeInto(dialog->slaPage()->resolutionEdit(TicketPriority::Normal)->valueSpin(), QStringLiteral("2"));
    goToPage(dialog, dialog->generalPage());
    click(dialogButton(dialog, QDialogButtonBox::Apply));
    CHECK(dialog->tabs()->currentWidget() == dialog->slaPage());
    CHECK(dialog->banner()->text() ==
          QStringLiteral("Normal: the first-response target cannot be longer than the resolution target."));
    CHECK(Snapshot(*f.db) == before);

    click(dialogButton(dialog, QDialogButtonBox::Cancel));
    REQUIRE(waitUntil([&] { return !findVisible(&window, SettingsDialog::staticMetaObject, {}); }));
    CHECK(Snapshot(*f.db) == before);
}

TEST_CASE("a holiday on a date the list already has, or without a name, is refused")
{
    UiFixture f;
    MainWindow &window = f.openWindow();
    SettingsDialog *dialog = openSettings(window);
    goToPage(dialog, dialog->holidaysPage());
    const int rows = dialog->holidaysPage()->table()->rowCount();
    CHECK(rows == 34);

    HolidayDialog *add = openHolidayDialog(dialog, QStringLiteral("addHolidayButton"));
    setDate(child<QDateEdit>(add, QStringLiteral("holidayDateEdit")), QDate(2026, 8, 17));
    click(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    CHECK(add->isVisible());
    CHECK(labelText(add, QStringLiteral("errorLabel")).startsWith(QStringLiteral("Give the holiday on")));
    typeInto(child<QLineEdit>(add, QStringLiteral("holidayNameEdit")), QStringLiteral("Tujuhbelasan"));
    click(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    CHECK(add->isVisible());
    CHECK(labelText(add, QStringLiteral("errorLabel")) ==
          QStringLiteral(
              "There is already a holiday on Monday, August 17, 2026: Hari Kemerdekaan Republik Indonesia."));
    click(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel));
    REQUIRE(waitUntil([&] { return !findVisible(dialog, HolidayDialog::staticMetaObject, {}); }));
    CHECK(dialog->holidaysPage()->table()->rowCount() == rows);

    // Moving a holiday onto another one's date is refused the same way.
    REQUIRE(clickRow(dialog->holidaysPage()->table(), 2, QStringLiteral("Hari Lahir Pancasila")));
    HolidayDialog *edit = openHolidayDialog(dialog, QStringLiteral("editHolidayButton"));
    setDate(child<QDateEdit>(edit, QStringLiteral("holidayDateEdit")), QDate(2026, 5, 31));
    click(edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    CHECK(labelText(edit, QStringLiteral("errorLabel")).contains(QStringLiteral("Waisak")));
    click(edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel));
    REQUIRE(waitUntil([&] { return !findVisible(dialog, HolidayDialog::staticMetaObject, {}); }));
    click(dialogButton(dialog, QDialogButtonBox::Ok));
    REQUIRE(waitUntil([&] { return !findVisible(&window, SettingsDialog::staticMetaObject, {}); }));
    CHECK(holidayLines(*f.db).size() == 34);
    CHECK(holidayLines(*f.db).contains(QStringLiteral("2026-06-01 Hari Lahir Pancasila")));
}

TEST_CASE("Cancel leaves every setting as it was")
{
    UiFixture f;
    MainWindow &window = f.openWindow();
    const Snapshot before(*f.db);
    SettingsDialog *dialog = openSettings(window);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("businessNameEdit")), QStringLiteral("Toko Rapi"));
    goToPage(dialog, dialog->hoursPage());
    click(child<QCheckBox>(dialog, QStringLiteral("openCheck3")));
    goToPage(dialog, dialog->holidaysPage());
    REQUIRE(clickRow(dialog->holidaysPage()->table(), 2, QStringLiteral("Hari Buruh Internasional")));
    click(child<QPushButton>(dialog, QStringLiteral("removeHolidayButton")));
    goToPage(dialog, dialog->slaPage());
    typeInto(dialog->slaPage()->firstResponseEdit(TicketPriority::Low)->valueSpin(), QStringLiteral("2"));
    goToPage(dialog, dialog->stuckPage());
    typeInto(dialog->stuckPage()->hoursSpin(OrderStage::Paid), QStringLiteral("1"));

    click(dialogButton(dialog, QDialogButtonBox::Cancel));
    REQUIRE(waitUntil([&] { return !findVisible(&window, SettingsDialog::staticMetaObject, {}); }));
    CHECK(Snapshot(*f.db) == before);
    CHECK_FALSE(
        templatevalues::common(*f.db, f.actor, f.clock.now())->contains(QStringLiteral("business.name")));
    dialog = openSettings(window);
    CHECK(dialog->stuckPage()->hoursSpin(OrderStage::Paid)->value() == 12);
    CHECK(dialog->holidaysPage()->table()->rowCount() == 34);
    click(dialogButton(dialog, QDialogButtonBox::Cancel));
}

TEST_CASE("stuck thresholds are edited in hours and saved with Apply")
{
    UiFixture f;
    MainWindow &window = f.openWindow();
    SettingsDialog *dialog = openSettings(window);
    goToPage(dialog, dialog->stuckPage());
    StuckPage *page = dialog->stuckPage();
    CHECK(page->hoursSpin(OrderStage::New)->text() == QStringLiteral("never"));
    CHECK(page->hoursSpin(OrderStage::AwaitingPayment)->value() == 24);
    CHECK(page->hoursSpin(OrderStage::Shipped)->value() == 168);
    typeInto(page->hoursSpin(OrderStage::New), QStringLiteral("3"));
    typeInto(page->hoursSpin(OrderStage::Processing), QStringLiteral("36"));
    typeInto(page->hoursSpin(OrderStage::Shipped), QStringLiteral("0"));
    CHECK(page->hoursSpin(OrderStage::Shipped)->value() == 0);

    click(dialogButton(dialog, QDialogButtonBox::Apply));
    CHECK(dialog->isVisible());
    CHECK(dialog->banner()->kind() == MessageBanner::Kind::Success);
    auto limits = OrderRepository(*f.db).stuckThresholds();
    REQUIRE(limits.ok());
    CHECK(limits->value(OrderStage::New) == 3 * 3600);
    CHECK(limits->value(OrderStage::Processing) == 36 * 3600);
    CHECK(limits->value(OrderStage::Paid) == 12 * 3600);
    CHECK_FALSE(limits->contains(OrderStage::Shipped));
    click(dialogButton(dialog, QDialogButtonBox::Cancel));
    // Applied changes stay after Cancel.
    CHECK(OrderRepository(*f.db).stuckThresholds()->value(OrderStage::New) == 3 * 3600);
}

TEST_CASE("someone other than the owner sees the business settings read-only")
{
    UiFixture f;
    f.context->actor = Actor{2, QStringLiteral("cs"), Role::Cs};
    MainWindow &window = f.openWindow();
    const Snapshot before(*f.db);
    SettingsDialog *dialog = openSettings(window);

    CHECK(dialog->banner()->kind() == MessageBanner::Kind::Info);
    CHECK(dialog->banner()->text().startsWith(
        QStringLiteral("Only the owner can change the business settings")));
    CHECK(child<QComboBox>(dialog, QStringLiteral("languageCombo"))->isEnabled());
    CHECK(child<QLineEdit>(dialog, QStringLiteral("businessNameEdit"))->isReadOnly());
    CHECK_FALSE(dialogButton(dialog, QDialogButtonBox::Apply)->isVisible());
    goToPage(dialog, dialog->hoursPage());
    CHECK_FALSE(child<QCheckBox>(dialog, QStringLiteral("openCheck1"))->isEnabled());
    CHECK_FALSE(child<QTimeEdit>(dialog, QStringLiteral("closesEdit1"))->isEnabled());
    CHECK(child<QTimeEdit>(dialog, QStringLiteral("closesEdit1"))->time() == QTime(17, 0));
    goToPage(dialog, dialog->holidaysPage());
    CHECK(dialog->holidaysPage()->table()->rowCount() == 34);
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("addHolidayButton"))->isVisible());
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("removeHolidayButton"))->isVisible());
    chooseByTyping(dialog->holidaysPage()->yearFilter(), QStringLiteral("2027"));
    CHECK(dialog->holidaysPage()->table()->rowCount() == 17);
    goToPage(dialog, dialog->slaPage());
    CHECK_FALSE(dialog->slaPage()->firstResponseEdit(TicketPriority::Urgent)->isEnabled());
    CHECK(dialog->slaPage()->resolutionEdit(TicketPriority::Normal)->minutes() == 1620);
    goToPage(dialog, dialog->stuckPage());
    CHECK_FALSE(dialog->stuckPage()->hoursSpin(OrderStage::Paid)->isEnabled());

    click(dialogButton(dialog, QDialogButtonBox::Ok));
    REQUIRE(waitUntil([&] { return !findVisible(&window, SettingsDialog::staticMetaObject, {}); }));
    CHECK(Snapshot(*f.db) == before);
}

// Not run by default: pictures of every tab for a person to look at.
//   RAPI_SCREENSHOT_DIR=/tmp/shots ui_settings "[screenshot]"
TEST_CASE("pictures of the settings dialog", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("RAPI_SCREENSHOT_DIR");
    REQUIRE(!folder.isEmpty());
    REQUIRE(QDir().mkpath(folder));
    for (const QString lang : {QStringLiteral("en"), QStringLiteral("id")}) {
        REQUIRE(language::install(lang));
        UiFixture f;
        MainWindow &window = f.openWindow();
        SettingsDialog *dialog = openSettings(window);
        for (int tab = 0; tab < dialog->tabs()->count(); ++tab) {
            dialog->tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            REQUIRE(
                dialog->grab().save(QStringLiteral("%1/settings-%2-%3.png").arg(folder, lang).arg(tab + 1)));
        }
        // A refusal: a duplicate holiday, then closing before opening.
        goToPage(dialog, dialog->holidaysPage());
        HolidayDialog *add = openHolidayDialog(dialog, QStringLiteral("addHolidayButton"));
        setDate(child<QDateEdit>(add, QStringLiteral("holidayDateEdit")), QDate(2026, 8, 17));
        typeInto(child<QLineEdit>(add, QStringLiteral("holidayNameEdit")), QStringLiteral("Tujuhbelasan"));
        click(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
        REQUIRE(add->grab().save(QStringLiteral("%1/settings-%2-holiday.png").arg(folder, lang)));
        click(add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel));
        goToPage(dialog, dialog->hoursPage());
        setTime(child<QTimeEdit>(dialog, QStringLiteral("closesEdit2")), QStringLiteral("07:00"));
        click(dialogButton(dialog, QDialogButtonBox::Apply));
        QTest::qWait(50);
        REQUIRE(dialog->grab().save(QStringLiteral("%1/settings-%2-refused.png").arg(folder, lang)));
        click(dialogButton(dialog, QDialogButtonBox::Cancel));
    }
    REQUIRE(language::install(QStringLiteral("en")));
}

#include "orders/orderrepository.h"
#include "sla/businesssettings.h"
#include "templates/templatevalues.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace rapi;

namespace {

const Actor kOwner = Actor::localOwner();
const Actor kCs{2, QStringLiteral("cs"), Role::Cs};

BusinessSettings loaded(Database &db)
{
    auto settings = BusinessSettingsStore(db).load();
    INFO(settings.error().toStdString());
    REQUIRE(settings.ok());
    return settings.value();
}

SlaPolicy &policyOf(BusinessSettings &settings, TicketPriority priority)
{
    for (SlaPolicy &policy : settings.policies) {
        if (policy.priority == priority)
            return policy;
    }
    FAIL("no policy");
    Q_UNREACHABLE();
}

QStringList holidayLines(const QList<Holiday> &holidays)
{
    QStringList lines;
    for (const Holiday &h : holidays)
        lines << h.day.toString(Qt::ISODate) + QLatin1Char(' ') + h.name;
    return lines;
}

} // namespace

TEST_CASE("business settings load the seeded defaults")
{
    auto db = test::openTestDatabase();
    const BusinessSettings settings = loaded(*db);
    CHECK(settings.name.isEmpty());
    CHECK(settings.bankAccount.isEmpty());
    for (int day = 0; day < 6; ++day) {
        REQUIRE(settings.hours[day].has_value());
        CHECK(settings.hours[day]->openMinute == 8 * 60);
        CHECK(settings.hours[day]->closeMinute == 17 * 60);
    }
    CHECK_FALSE(settings.hours[6].has_value());
    CHECK(settings.holidays.size() == 34);
    REQUIRE(settings.policies.size() == 4);
    CHECK(settings.stuckThresholds.value(OrderStage::Paid) == 12 * 3600);
    CHECK_FALSE(settings.stuckThresholds.contains(OrderStage::New));
}

TEST_CASE("saving business settings writes every part in one go")
{
    auto db = test::openTestDatabase();
    BusinessSettings settings = loaded(*db);
    settings.name = QStringLiteral("  Toko Rapi  ");
    settings.bankAccount = QStringLiteral("BCA 123 4567 890 a.n. Toko Rapi");
    settings.hours[5] = DayHours{9 * 60, 13 * 60}; // Saturday mornings only
    settings.hours[6] = DayHours{10 * 60, 14 * 60};
    settings.hours[2] = std::nullopt; // closed on Wednesdays
    // Rename one holiday, move another, drop a third, add the shop's own.
    for (Holiday &h : settings.holidays) {
        if (h.day == QDate(2026, 1, 1))
            h.name = QStringLiteral("Tahun Baru");
        if (h.day == QDate(2027, 1, 5))
            h.day = QDate(2027, 1, 6);
    }
    settings.holidays.removeIf([](const Holiday &h) { return h.day == QDate(2026, 12, 25); });
    settings.holidays.append({QDate(2026, 11, 24), QStringLiteral("Ulang tahun toko")});
    policyOf(settings, TicketPriority::Urgent) = {TicketPriority::Urgent, 30, 240};
    settings.stuckThresholds[OrderStage::New] = 2 * 3600;
    settings.stuckThresholds.remove(OrderStage::Shipped);
    REQUIRE(BusinessSettingsStore(*db).save(settings, kOwner).ok());

    SlaSettings sla(*db);
    auto calendar = sla.calendar();
    REQUIRE(calendar.ok());
    CHECK(calendar->hours(6)->closeMinute == 13 * 60);
    CHECK(calendar->hours(7)->openMinute == 10 * 60);
    CHECK_FALSE(calendar->hours(3).has_value());
    CHECK(calendar->hours(1)->openMinute == 8 * 60);
    const QStringList holidays = holidayLines(sla.holidays().value());
    CHECK(holidays.size() == 34);
    CHECK(holidays.first() == QStringLiteral("2026-01-01 Tahun Baru"));
    CHECK(holidays.contains(QStringLiteral("2026-11-24 Ulang tahun toko")));
    CHECK(holidays.contains(QStringLiteral("2027-01-06 Isra Mikraj Nabi Muhammad SAW")));
    CHECK_FALSE(holidays.filter(QStringLiteral("2027-01-05")).size());
    CHECK_FALSE(holidays.filter(QStringLiteral("2026-12-25")).size());
    CHECK(sla.policy(TicketPriority::Urgent)->firstResponseMinutes == 30);
    CHECK(sla.policy(TicketPriority::Urgent)->resolutionMinutes == 240);
    CHECK(sla.policy(TicketPriority::Low)->resolutionMinutes == 2700);
    auto thresholds = OrderRepository(*db).stuckThresholds();
    REQUIRE(thresholds.ok());
    CHECK(thresholds->value(OrderStage::New) == 2 * 3600);
    CHECK_FALSE(thresholds->contains(OrderStage::Shipped));

    auto values = templatevalues::common(*db, kOwner, 1767225600);
    REQUIRE(values.ok());
    CHECK(values->value(QStringLiteral("business.name")) == QStringLiteral("Toko Rapi"));
    CHECK(values->value(QStringLiteral("business.bank_account")) == settings.bankAccount);

    // Clearing the profile removes the settings, so templates name them as missing.
    settings.name.clear();
    REQUIRE(BusinessSettingsStore(*db).save(settings, kOwner).ok());
    CHECK_FALSE(templatevalues::common(*db, kOwner, 1767225600)->contains(QStringLiteral("business.name")));
    CHECK(loaded(*db).bankAccount == settings.bankAccount);
}

TEST_CASE("a refused value saves nothing, and only the owner saves")
{
    // Messages name weekdays and dates in the default locale, as the app's language sets it.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto db = test::openTestDatabase();
    BusinessSettingsStore store(*db);
    const BusinessSettings before = loaded(*db);

    BusinessSettings bad = before;
    bad.name = QStringLiteral("Toko Baru");
    policyOf(bad, TicketPriority::High) = {TicketPriority::High, 90, 90};
    bad.hours[1] = DayHours{17 * 60, 8 * 60};
    Status status = store.save(bad, kOwner);
    CHECK(status.error() ==
          QStringLiteral("Tuesday: the opening time must be before the closing time, within one day."));

    bad = before;
    bad.name = QStringLiteral("Toko Baru");
    policyOf(bad, TicketPriority::Normal) = {TicketPriority::Normal, 300, 200};
    CHECK(store.save(bad, kOwner).error() ==
          QStringLiteral("Normal: the first-response target cannot be longer than the resolution target."));
    policyOf(bad, TicketPriority::Normal) = {TicketPriority::Normal, 0, 200};
    CHECK(store.save(bad, kOwner).error() ==
          QStringLiteral("Normal: SLA targets must be at least one minute."));

    bad = before;
    bad.holidays.append({QDate(2026, 8, 17), QStringLiteral("Tujuhbelasan")});
    CHECK(store.save(bad, kOwner).error() ==
          QStringLiteral(
              "There is already a holiday on Monday, August 17, 2026: Hari Kemerdekaan Republik Indonesia."));
    bad = before;
    bad.holidays.append({QDate(), QStringLiteral("Somewhen")});
    CHECK(store.save(bad, kOwner).error() == QStringLiteral("Choose the date of the holiday."));
    bad = before;
    bad.holidays.append({QDate(2026, 11, 24), QStringLiteral("  ")});
    CHECK(store.save(bad, kOwner).error().startsWith(QStringLiteral("Give the holiday on")));

    bad = before;
    bad.stuckThresholds[OrderStage::Paid] = 0;
    CHECK(store.save(bad, kOwner).error().contains(QStringLiteral("at least one minute")));
    bad = before;
    bad.name = QString(BusinessSettingsStore::kMaxProfileLength + 1, QLatin1Char('x'));
    CHECK(store.save(bad, kOwner).error().contains(QStringLiteral("too long")));

    BusinessSettings fine = before;
    fine.name = QStringLiteral("Toko Baru");
    CHECK(store.save(fine, kCs).error() ==
          QStringLiteral("Only the owner can change the business settings."));

    const BusinessSettings after = loaded(*db);
    CHECK(after.name.isEmpty());
    CHECK(after.hours[1]->openMinute == 8 * 60);
    CHECK(holidayLines(after.holidays) == holidayLines(before.holidays));
    CHECK(SlaSettings(*db).policy(TicketPriority::High)->firstResponseMinutes == 120);
    CHECK(SlaSettings(*db).policy(TicketPriority::Normal)->firstResponseMinutes == 240);
    CHECK(after.stuckThresholds == before.stuckThresholds);
}

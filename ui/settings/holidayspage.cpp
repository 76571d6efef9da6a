#include "settings/holidayspage.h"

#include "common/roles.h"
#include "common/tables.h"
#include "common/theme.h"
#include "settings/holidaydialog.h"
#include "sla/businesssettings.h"

#include <algorithm>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapi {

namespace {

enum Column { DateColumn, DayColumn, NameColumn, ColumnCount };

void sortByDate(QList<Holiday> &holidays)
{
    std::sort(holidays.begin(), holidays.end(),
              [](const Holiday &a, const Holiday &b) { return a.day < b.day; });
}

} // namespace

HolidaysPage::HolidaysPage(QDate today, QWidget *parent)
    : SettingsPage(parent), m_today(today), m_year(new QComboBox(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_add(new QPushButton(tr("Add…"), this)),
      m_edit(new QPushButton(tr("Edit…"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("holidaysPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *intro = new QLabel(tr("Days the business is closed. Preset with the Indonesian national holidays; "
                                "cuti bersama is not included. Check the list when the government publishes "
                                "next year's dates."),
                             this);
    intro->setWordWrap(true);
    theme::makeMuted(intro);
    layout->addWidget(intro);

    auto *bar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("Year"), this);
    m_year->setObjectName(QStringLiteral("yearFilter"));
    yearLabel->setBuddy(m_year);
    m_add->setObjectName(QStringLiteral("addHolidayButton"));
    m_edit->setObjectName(QStringLiteral("editHolidayButton"));
    m_remove->setObjectName(QStringLiteral("removeHolidayButton"));
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addStretch();
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    layout->addLayout(bar);

    m_table->setObjectName(QStringLiteral("holidayTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Day"), tr("Name")});
    tables::setupList(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DayColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &HolidaysPage::fill);
    connect(m_add, &QPushButton::clicked, this, &HolidaysPage::addHoliday);
    connect(m_edit, &QPushButton::clicked, this, &HolidaysPage::editHoliday);
    connect(m_remove, &QPushButton::clicked, this, &HolidaysPage::removeHoliday);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HolidaysPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_editable)
            editHoliday();
    });
    updateButtons();
}

void HolidaysPage::load(const BusinessSettings &settings)
{
    m_holidays = settings.holidays;
    sortByDate(m_holidays);
    fillYears();
    fill();
}

Status HolidaysPage::collect(BusinessSettings &settings)
{
    settings.holidays = m_holidays;
    return SlaSettings::checkHolidays(m_holidays);
}

void HolidaysPage::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setVisible(editable);
    m_edit->setVisible(editable);
    m_remove->setVisible(editable);
}

void HolidaysPage::fillYears()
{
    const QVariant chosen = m_year->currentData();
    QList<int> years;
    for (const Holiday &h : std::as_const(m_holidays)) {
        if (!years.contains(h.day.year()))
            years.append(h.day.year());
    }
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (int year : std::as_const(years))
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(qMax(0, m_year->findData(chosen)));
}

void HolidaysPage::fill()
{
    const int year = m_year->currentData().toInt();
    const QLocale locale;
    m_table->setRowCount(0);
    for (const Holiday &h : std::as_const(m_holidays)) {
        if (year != 0 && h.day.year() != year)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *date = tables::textItem(locale.toString(h.day, QStringLiteral("d MMM yyyy")));
        date->setData(RawValueRole, h.day);
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, DayColumn, tables::textItem(locale.dayName(h.day.dayOfWeek())));
        m_table->setItem(row, NameColumn, tables::textItem(h.name));
    }
    updateButtons();
}

int HolidaysPage::selectedIndex() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return -1;
    const QDate day = m_table->item(selected.first()->row(), DateColumn)->data(RawValueRole).toDate();
    for (int i = 0; i < m_holidays.size(); ++i) {
        if (m_holidays[i].day == day)
            return i;
    }
    return -1;
}

void HolidaysPage::select(QDate day)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, DateColumn)->data(RawValueRole).toDate() == day) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, DateColumn));
            return;
        }
    }
}

void HolidaysPage::updateButtons()
{
    const bool selected = selectedIndex() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void HolidaysPage::addHoliday()
{
    openDialog(-1);
}

void HolidaysPage::editHoliday()
{
    if (const int index = selectedIndex(); index >= 0)
        openDialog(index);
}

void HolidaysPage::openDialog(int index)
{
    QList<Holiday> others = m_holidays;
    Holiday initial;
    if (index >= 0) {
        initial = others.takeAt(index);
    } else {
        const int year = m_year->currentData().toInt();
        initial.day = year != 0 && year != m_today.year() ? QDate(year, 1, 1) : m_today;
    }
    auto *dialog = new HolidayDialog(others, initial, index >= 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, others] {
        const Holiday saved = dialog->holiday();
        m_holidays = others;
        m_holidays.append(saved);
        sortByDate(m_holidays);
        fillYears();
        // Show the holiday even when it falls outside the chosen year.
        const int year = m_year->currentData().toInt();
        if (year != 0 && saved.day.year() != year)
            m_year->setCurrentIndex(m_year->findData(saved.day.year()));
        fill();
        select(saved.day);
    });
    dialog->open();
}

void HolidaysPage::removeHoliday()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const int row = m_table->currentRow();
    m_holidays.removeAt(index);
    fillYears();
    fill();
    if (m_table->rowCount() > 0)
        m_table->selectRow(qMin(row, m_table->rowCount() - 1));
}

} // namespace rapi

#include "settings/hourspage.h"

#include "common/theme.h"
#include "sla/businesssettings.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rapi {

namespace {

QTimeEdit *timeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setAlignment(Qt::AlignRight);
    edit->setMinimumWidth(90);
    return edit;
}

QTime timeOf(int minute)
{
    return QTime(0, 0).addSecs(qBound(0, minute, 24 * 60 - 1) * 60);
}

int minuteOf(QTime time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

HoursPage::HoursPage(const QString &zoneName, QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("hoursPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *intro = new QLabel(tr("SLA clocks run only while the business is open: not at night, not on closed "
                                "days and not on holidays. Times are in %1.")
                                 .arg(zoneName),
                             this);
    intro->setWordWrap(true);
    theme::makeMuted(intro);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    const QStringList headers{tr("Day"), QString(), tr("Opens"), tr("Closes")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers[column], this);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, column);
    }
    for (int day = 1; day <= 7; ++day) {
        Row &row = m_rows[day - 1];
        auto *name = new QLabel(QLocale().dayName(day), this);
        row.open = new QCheckBox(tr("Open"), this);
        row.open->setObjectName(QStringLiteral("openCheck%1").arg(day));
        row.from = timeEdit(QStringLiteral("opensEdit%1").arg(day), this);
        row.until = timeEdit(QStringLiteral("closesEdit%1").arg(day), this);
        grid->addWidget(name, day, 0);
        grid->addWidget(row.open, day, 1);
        grid->addWidget(row.from, day, 2);
        grid->addWidget(row.until, day, 3);
        connect(row.open, &QCheckBox::toggled, this, [this, day] { updateRow(m_rows[day - 1]); });
    }
    grid->setColumnStretch(4, 1);
    layout->addLayout(grid);
    layout->addStretch();
}

void HoursPage::load(const BusinessSettings &settings)
{
    for (int day = 1; day <= 7; ++day) {
        const Row &row = m_rows[day - 1];
        const std::optional<DayHours> &hours = settings.hours[day - 1];
        // A closed day shows the usual hours, ready for when it opens.
        const DayHours shown = hours.value_or(DayHours{});
        row.from->setTime(timeOf(shown.openMinute));
        row.until->setTime(timeOf(shown.closeMinute));
        row.open->setChecked(hours.has_value());
        updateRow(row);
    }
}

Status HoursPage::collect(BusinessSettings &settings)
{
    for (int day = 1; day <= 7; ++day) {
        const Row &row = m_rows[day - 1];
        std::optional<DayHours> hours;
        if (row.open->isChecked())
            hours = DayHours{minuteOf(row.from->time()), minuteOf(row.until->time())};
        if (Status status = SlaSettings::checkHours(day, hours); !status) {
            row.until->setFocus();
            return status;
        }
        settings.hours[day - 1] = hours;
    }
    return {};
}

void HoursPage::setEditable(bool editable)
{
    m_editable = editable;
    for (const Row &row : m_rows) {
        row.open->setEnabled(editable);
        updateRow(row);
    }
}

void HoursPage::updateRow(const Row &row)
{
    const bool enabled = m_editable && row.open->isChecked();
    row.from->setEnabled(enabled);
    row.until->setEnabled(enabled);
}

} // namespace rapi

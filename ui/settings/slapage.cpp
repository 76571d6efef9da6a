#include "settings/slapage.h"

#include "common/theme.h"
#include "settings/durationedit.h"
#include "sla/businesssettings.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rapi {

namespace {
QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

SlaPage::SlaPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("slaPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *intro =
        new QLabel(tr("How long a ticket may wait for its first answer and for its resolution, counted "
                      "in business time (opening hours without holidays). A ticket at 80% of its "
                      "target is shown at risk; past it, breached."),
                   this);
    intro->setWordWrap(true);
    theme::makeMuted(intro);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    grid->addWidget(boldLabel(tr("Priority"), this), 0, 0);
    grid->addWidget(boldLabel(tr("First response within"), this), 0, 1);
    grid->addWidget(boldLabel(tr("Resolved within"), this), 0, 2);
    const TicketPriority order[] = {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal,
                                    TicketPriority::Low};
    for (TicketPriority priority : order) {
        const QString code = ticketpriority::code(priority);
        Row row{priority, new DurationEdit(this), new DurationEdit(this)};
        row.firstResponse->setObjectName(QStringLiteral("firstResponseEdit_%1").arg(code));
        row.resolution->setObjectName(QStringLiteral("resolutionEdit_%1").arg(code));
        const int line = int(m_rows.size()) + 1;
        grid->addWidget(new QLabel(ticketpriority::displayName(priority), this), line, 0);
        grid->addWidget(row.firstResponse, line, 1);
        grid->addWidget(row.resolution, line, 2);
        m_rows.append(row);
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    auto *newOnly =
        new QLabel(tr("Changes apply to tickets created from now on (and to a ticket whose priority "
                      "is changed). Open tickets keep the targets they were given, so past figures "
                      "stay as they were."),
                   this);
    newOnly->setObjectName(QStringLiteral("newTicketsNote"));
    newOnly->setWordWrap(true);
    layout->addWidget(newOnly);
    layout->addStretch();
}

void SlaPage::load(const BusinessSettings &settings)
{
    for (const SlaPolicy &policy : settings.policies) {
        if (const Row *row = rowOf(policy.priority)) {
            row->firstResponse->setMinutes(policy.firstResponseMinutes);
            row->resolution->setMinutes(policy.resolutionMinutes);
        }
    }
}

Status SlaPage::collect(BusinessSettings &settings)
{
    QList<SlaPolicy> policies;
    for (const Row &row : std::as_const(m_rows)) {
        const SlaPolicy policy{row.priority, row.firstResponse->minutes(), row.resolution->minutes()};
        if (Status status = SlaSettings::checkPolicy(policy); !status) {
            row.firstResponse->setFocus();
            return status;
        }
        policies.append(policy);
    }
    settings.policies = policies;
    return {};
}

void SlaPage::setEditable(bool editable)
{
    for (const Row &row : std::as_const(m_rows)) {
        row.firstResponse->setEnabled(editable);
        row.resolution->setEnabled(editable);
    }
}

const SlaPage::Row *SlaPage::rowOf(TicketPriority priority) const
{
    for (const Row &row : m_rows) {
        if (row.priority == priority)
            return &row;
    }
    return nullptr;
}

DurationEdit *SlaPage::firstResponseEdit(TicketPriority priority) const
{
    return rowOf(priority)->firstResponse;
}

DurationEdit *SlaPage::resolutionEdit(TicketPriority priority) const
{
    return rowOf(priority)->resolution;
}

} // namespace rapi

#pragma once

#include "settings/settingspage.h"
#include "tickets/ticketenums.h"

#include <QList>

namespace rapi {

class DurationEdit;

// SLA targets per priority: first response and resolution, in business time. Targets are
// copied onto a ticket when it is created, so a change applies to new tickets.
class SlaPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit SlaPage(QWidget *parent = nullptr);

    void load(const BusinessSettings &settings) override;
    Status collect(BusinessSettings &settings) override;
    void setEditable(bool editable) override;

    DurationEdit *firstResponseEdit(TicketPriority priority) const;
    DurationEdit *resolutionEdit(TicketPriority priority) const;

private:
    struct Row
    {
        TicketPriority priority;
        DurationEdit *firstResponse;
        DurationEdit *resolution;
    };
    const Row *rowOf(TicketPriority priority) const;

    QList<Row> m_rows; // most urgent first
};

} // namespace rapi

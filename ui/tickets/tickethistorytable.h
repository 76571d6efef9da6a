#pragma once

#include "tickets/ticket.h"
#include "tickets/ticketrepository.h"

#include <QTableWidget>

namespace rapi {

// A ticket's events, newest first: opened, status moves and escalations, assignments, priority
// changes, handle time and CSAT, each with when, who and the note.
class TicketHistoryTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit TicketHistoryTable(QWidget *parent = nullptr);

    // `people` names the users an assignment event refers to by id.
    void showEvents(const QList<TicketEvent> &events, const QList<TicketAssignee> &people);

private:
    QString eventText(const TicketEvent &event, const QList<TicketAssignee> &people) const;
};

} // namespace rapi

#pragma once

#include "tickets/ticketenums.h"
#include "tickets/ticketsla.h"

#include <QColor>
#include <QString>

class QLabel;

namespace rapi::ticketformat {

// How the ticket screens write SLA clocks, statuses and priorities, so the queue, the ticket page
// and the tests agree on one wording and one set of colours.

// Business time as "2 h 05 m" or "45 m" (whole minutes, rounded up, so "0 m" means none).
QString businessSpan(qint64 seconds);
// The state of one target: "2 h 15 m left", "overdue 1 h 05 m", "paused · 2 h left",
// "met" / "missed by 20 m" once done.
QString slaLeft(const SlaClockState &state);
// The target's due time in local time, or why there is none ("paused", "done").
QString slaDue(const SlaClockState &state);
// "First response" / "Resolution": the current target of a ticket.
QString currentTargetName(const TicketSla &sla);

// Amber when at risk, red when breached (theme::stuck… and theme::critical…); no colour when ok.
QColor slaBackground(SlaLevel level);
QColor slaText(SlaLevel level);

QColor statusBackground(TicketStatus status);
QColor statusText(TicketStatus status);
// Urgent in red, high in amber, low muted, normal in the usual text colour (invalid colour).
QColor priorityText(TicketPriority priority);

// A rounded badge (status, priority) like the order stage badge.
void makeBadge(QLabel *label, const QColor &background, const QColor &text);

} // namespace rapi::ticketformat

#pragma once

#include "common/money.h"
#include "common/result.h"
#include "kpi/durationhistogram.h"
#include "kpi/period.h"
#include "orders/orderstage.h"
#include "tickets/ticketenums.h"

#include <QList>
#include <QMap>

namespace rapi {

class Database;

// Orders of one channel on one day (kpi_order_days).
struct OrderDayRow
{
    QDate date;
    QString channel; // code
    qint64 ordersIn = 0;
    Money grossSales = 0; // of the orders placed that day and not cancelled
    qint64 ordersDone = 0;
};

// Ticket figures of one day (kpi_ticket_days): the created ones by their creation day, the
// resolved ones by their resolution day.
struct TicketDayRow
{
    QDate date;
    qint64 created = 0;
    qint64 lateFirstResponses = 0; // answered, later than the target
    qint64 lateResolutions = 0;    // resolved, later than the target
    qint64 resolved = 0;
    qint64 firstContactResolved = 0; // one outgoing message, never reopened
    qint64 handled = 0;              // with handle time logged
    qint64 handleSeconds = 0;
    qint64 rated = 0;
    qint64 satisfied = 0; // CSAT 4 or 5
};

// Tickets created in a period about one touchpoint and category (kpi_ticket_topics).
struct TopicRow
{
    Touchpoint touchpoint = Touchpoint::Other;
    QString category;
    qint64 tickets = 0;
};

namespace kpisummary {

// The summary tables count days at this UTC offset: day = (t + 25200) / 86400 in migration 4.
constexpr qint64 utcOffsetSeconds = 7 * 3600;

qint64 dayNumber(QDate date);
QDate dateOf(qint64 dayNumber);
// The summaries' days are local dates only where the zone is UTC+7 (every zone of Indonesia's
// main islands' west, Asia/Jakarta, the business zone). Refuses any other zone with a message.
Status checkZone(const Period &period, const QTimeZone &zone);

} // namespace kpisummary

// Reads the summary tables that migration 4's triggers keep current in the same transaction as
// every change (docs/architecture.md "Dashboard figures"). Each read is a small range of rows,
// whatever the number of orders and tickets.
class KpiSummaries final
{
public:
    explicit KpiSummaries(const Database &db);

    // Every (day, channel) with a row, ascending by day; channels without orders that day are absent.
    Result<QList<OrderDayRow>> orderDays(const Period &span) const;
    // For each pending stage, the stays of the orders that left it in the period; every pending
    // stage is present (an empty histogram when none left it).
    Result<QMap<OrderStage, DurationHistogram>> stageDurations(const Period &period) const;
    Result<QList<TicketDayRow>> ticketDays(const Period &span) const;
    // Created in the period, summed over its days; touchpoints and categories with tickets only.
    Result<QList<TopicRow>> ticketTopics(const Period &period) const;

private:
    const Database &m_db;
};

} // namespace rapi

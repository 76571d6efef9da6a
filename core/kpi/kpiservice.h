#pragma once

#include "common/clock.h"
#include "common/money.h"
#include "common/result.h"
#include "orders/orderstage.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QTimeZone>

namespace rapi {

class Database;

// A period [from, to) of local dates in the business time zone; `to` is exclusive.
struct Period
{
    QDate from;
    QDate to;

    static Period isoWeekOf(QDate date);
    static Period day(QDate date);
};

// The figures of SPEC §8 that orders and stock give.
struct OrderKpis
{
    Period period;
    qint64 ordersIn = 0;
    qint64 ordersDone = 0;
    Money grossSales = 0;
    QMap<QString, Money> grossSalesByChannel; // channel code → amount (every channel, 0 included)
    QMap<OrderStage, qint64> pendingByStage;  // now, every pending stage present
    QMap<OrderStage, qint64> stuckByStage;    // now, every pending stage present
    qint64 criticalStock = 0;
};

// KPIs from indexed queries (SPEC §8). "Now" comes from the clock; the period from the caller.
class KpiService final
{
public:
    KpiService(const Database &db, const Clock &clock = Clock::system(),
               QTimeZone zone = QTimeZone());

    Result<OrderKpis> orderKpis(const Period &period) const;
    const QTimeZone &zone() const { return m_zone; }

private:
    const Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace rapi

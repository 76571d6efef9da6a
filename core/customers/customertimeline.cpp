// CustomerRepository::timeline: orders, payments, tickets and notes of one customer in time order.
#include "customers/customerrepository.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "orders/orderstage.h"
#include "tickets/ticketenums.h"

#include <algorithm>

namespace rapi {

Result<QList<TimelineEntry>> CustomerRepository::timeline(qint64 customerId) const
{
    QList<TimelineEntry> entries;
    DbQuery q(m_db, QStringLiteral("SELECT id, number, stage, placed_at, paid_at, subtotal + shipping_fee "
                                   "FROM orders WHERE customer_id = ?"));
    q.bind(customerId);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        const Money total = q.int64(5);
        const auto code = orderstage::fromCode(q.text(2));
        const QString stage = code ? orderstage::displayName(*code) : q.text(2);
        entries.append({TimelineEntry::Kind::Order, q.int64(3), q.int64(0), q.text(1), stage, total});
        if (const auto paidAt = q.optionalInt64(4))
            entries.append(
                {TimelineEntry::Kind::Payment, *paidAt, q.int64(0), q.text(1), money::format(total), total});
    }
    q.prepare(
        QStringLiteral("SELECT id, number, subject, status, created_at FROM tickets WHERE customer_id = ?"));
    q.bind(customerId);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        const auto code = ticketstatus::fromCode(q.text(3));
        const QString status = code ? ticketstatus::displayName(*code) : q.text(3);
        entries.append({TimelineEntry::Kind::Ticket, q.int64(4), q.int64(0), q.text(1),
                        q.text(2).isEmpty() ? status : q.text(2) + QStringLiteral(" · ") + status, 0});
    }
    auto notes = this->notes(customerId);
    if (!notes)
        return Error{notes.error()};
    for (const CustomerNote &n : notes.value())
        entries.append({TimelineEntry::Kind::Note, n.createdAt, n.id, n.authorName, n.body, 0});
    // Same second: the order before its payment, both before tickets and notes about them.
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        return a.at != b.at ? a.at < b.at : int(a.kind) < int(b.kind);
    });
    return entries;
}

} // namespace rapi

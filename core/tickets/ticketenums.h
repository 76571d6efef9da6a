#pragma once

#include <optional>
#include <QList>
#include <QString>

namespace rapi {

// The vocabularies of a CS ticket (SPEC §5). Codes are stored in the database and used in files;
// display names are translated.
enum class Touchpoint { PrePurchase, Payment, Shipping, AfterSales, ProductUse, Other };
enum class TicketPriority { Low, Normal, High, Urgent };
// Pending = waiting on the customer (the SLA clock is stopped).
enum class TicketStatus { Open, Pending, Escalated, Resolved, Closed };
enum class MessageDirection { In, Out };

namespace touchpoint {
constexpr Touchpoint all[] = {Touchpoint::PrePurchase, Touchpoint::Payment,    Touchpoint::Shipping,
                              Touchpoint::AfterSales,  Touchpoint::ProductUse, Touchpoint::Other};
QString code(Touchpoint value);
std::optional<Touchpoint> fromCode(QStringView code);
QString displayName(Touchpoint value);
} // namespace touchpoint

namespace ticketpriority {
constexpr TicketPriority all[] = {TicketPriority::Low, TicketPriority::Normal, TicketPriority::High,
                                  TicketPriority::Urgent};
QString code(TicketPriority value);
std::optional<TicketPriority> fromCode(QStringView code);
QString displayName(TicketPriority value);
} // namespace ticketpriority

namespace ticketstatus {
constexpr TicketStatus all[] = {TicketStatus::Open, TicketStatus::Pending, TicketStatus::Escalated,
                                TicketStatus::Resolved, TicketStatus::Closed};
QString code(TicketStatus value);
std::optional<TicketStatus> fromCode(QStringView code);
QString displayName(TicketStatus value);
// Resolved and closed tickets are done; the others count as open work.
bool isDone(TicketStatus value);
// The SLA clock stops while waiting on the customer and once the ticket is done.
bool stopsClock(TicketStatus value);
bool isAllowed(TicketStatus from, TicketStatus to);
QList<TicketStatus> nextStatuses(TicketStatus from);
} // namespace ticketstatus

} // namespace rapi

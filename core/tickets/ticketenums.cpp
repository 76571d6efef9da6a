#include "tickets/ticketenums.h"

#include <QCoreApplication>

namespace rapi {

namespace {
template<typename Enum, size_t N>
std::optional<Enum> lookup(const Enum (&values)[N], QString (*codeOf)(Enum), QStringView text)
{
    for (Enum value : values) {
        if (text == codeOf(value))
            return value;
    }
    return std::nullopt;
}
} // namespace

namespace touchpoint {

QString code(Touchpoint value)
{
    switch (value) {
    case Touchpoint::PrePurchase:
        return QStringLiteral("pre_purchase");
    case Touchpoint::Payment:
        return QStringLiteral("payment");
    case Touchpoint::Shipping:
        return QStringLiteral("shipping");
    case Touchpoint::AfterSales:
        return QStringLiteral("after_sales");
    case Touchpoint::ProductUse:
        return QStringLiteral("product_use");
    case Touchpoint::Other:
        return QStringLiteral("other");
    }
    Q_UNREACHABLE();
}

std::optional<Touchpoint> fromCode(QStringView text)
{
    return lookup(all, &code, text);
}

QString displayName(Touchpoint value)
{
    switch (value) {
    case Touchpoint::PrePurchase:
        return QCoreApplication::translate("rapi::Touchpoint", "Pre-purchase");
    case Touchpoint::Payment:
        return QCoreApplication::translate("rapi::Touchpoint", "Payment");
    case Touchpoint::Shipping:
        return QCoreApplication::translate("rapi::Touchpoint", "Shipping");
    case Touchpoint::AfterSales:
        return QCoreApplication::translate("rapi::Touchpoint", "After sales");
    case Touchpoint::ProductUse:
        return QCoreApplication::translate("rapi::Touchpoint", "Product use");
    case Touchpoint::Other:
        return QCoreApplication::translate("rapi::Touchpoint", "Other");
    }
    Q_UNREACHABLE();
}

} // namespace touchpoint

namespace ticketpriority {

QString code(TicketPriority value)
{
    switch (value) {
    case TicketPriority::Low:
        return QStringLiteral("low");
    case TicketPriority::Normal:
        return QStringLiteral("normal");
    case TicketPriority::High:
        return QStringLiteral("high");
    case TicketPriority::Urgent:
        return QStringLiteral("urgent");
    }
    Q_UNREACHABLE();
}

std::optional<TicketPriority> fromCode(QStringView text)
{
    return lookup(all, &code, text);
}

QString displayName(TicketPriority value)
{
    switch (value) {
    case TicketPriority::Low:
        return QCoreApplication::translate("rapi::TicketPriority", "Low");
    case TicketPriority::Normal:
        return QCoreApplication::translate("rapi::TicketPriority", "Normal");
    case TicketPriority::High:
        return QCoreApplication::translate("rapi::TicketPriority", "High");
    case TicketPriority::Urgent:
        return QCoreApplication::translate("rapi::TicketPriority", "Urgent");
    }
    Q_UNREACHABLE();
}

} // namespace ticketpriority

namespace ticketstatus {

QString code(TicketStatus value)
{
    switch (value) {
    case TicketStatus::Open:
        return QStringLiteral("open");
    case TicketStatus::Pending:
        return QStringLiteral("pending");
    case TicketStatus::Escalated:
        return QStringLiteral("escalated");
    case TicketStatus::Resolved:
        return QStringLiteral("resolved");
    case TicketStatus::Closed:
        return QStringLiteral("closed");
    }
    Q_UNREACHABLE();
}

std::optional<TicketStatus> fromCode(QStringView text)
{
    return lookup(all, &code, text);
}

QString displayName(TicketStatus value)
{
    switch (value) {
    case TicketStatus::Open:
        return QCoreApplication::translate("rapi::TicketStatus", "Open");
    case TicketStatus::Pending:
        return QCoreApplication::translate("rapi::TicketStatus", "Waiting on customer");
    case TicketStatus::Escalated:
        return QCoreApplication::translate("rapi::TicketStatus", "Escalated");
    case TicketStatus::Resolved:
        return QCoreApplication::translate("rapi::TicketStatus", "Resolved");
    case TicketStatus::Closed:
        return QCoreApplication::translate("rapi::TicketStatus", "Closed");
    }
    Q_UNREACHABLE();
}

bool isDone(TicketStatus value)
{
    return value == TicketStatus::Resolved || value == TicketStatus::Closed;
}

bool stopsClock(TicketStatus value)
{
    return value == TicketStatus::Pending || isDone(value);
}

QList<TicketStatus> nextStatuses(TicketStatus from)
{
    switch (from) {
    case TicketStatus::Open:
        return {TicketStatus::Pending, TicketStatus::Escalated, TicketStatus::Resolved, TicketStatus::Closed};
    case TicketStatus::Pending:
        return {TicketStatus::Open, TicketStatus::Escalated, TicketStatus::Resolved, TicketStatus::Closed};
    case TicketStatus::Escalated:
        return {TicketStatus::Open, TicketStatus::Pending, TicketStatus::Resolved, TicketStatus::Closed};
    // Reopening (back to open) is allowed from both; it counts against first-contact resolution.
    case TicketStatus::Resolved:
        return {TicketStatus::Closed, TicketStatus::Open};
    case TicketStatus::Closed:
        return {TicketStatus::Open};
    }
    Q_UNREACHABLE();
}

bool isAllowed(TicketStatus from, TicketStatus to)
{
    return nextStatuses(from).contains(to);
}

} // namespace ticketstatus

} // namespace rapi

#include "tickets/ticketformat.h"

#include "common/theme.h"
#include "common/uiformat.h"

#include <QCoreApplication>
#include <QLabel>

namespace rapi::ticketformat {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::ticketformat)
};

qint64 wholeMinutesUp(qint64 seconds)
{
    return (qMax<qint64>(seconds, 0) + 59) / 60;
}
} // namespace

QString businessSpan(qint64 seconds)
{
    const qint64 minutes = wholeMinutesUp(seconds);
    if (minutes < 60)
        return Tr::tr("%1 m").arg(minutes);
    return Tr::tr("%1 h %2 m").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString slaLeft(const SlaClockState &state)
{
    const qint64 left = state.left();
    if (state.done)
        return left >= 0 ? Tr::tr("met") : Tr::tr("missed by %1").arg(businessSpan(-left));
    if (left < 0)
        return Tr::tr("overdue %1").arg(businessSpan(-left));
    if (!state.running)
        return Tr::tr("paused · %1 left").arg(businessSpan(left));
    return Tr::tr("%1 left").arg(businessSpan(left));
}

QString slaDue(const SlaClockState &state)
{
    if (state.done)
        return Tr::tr("done");
    if (state.dueAt)
        return Tr::tr("due %1").arg(uiformat::dateTime(*state.dueAt));
    return Tr::tr("paused");
}

QString currentTargetName(const TicketSla &sla)
{
    return sla.firstResponse.done ? Tr::tr("Resolution") : Tr::tr("First response");
}

QColor slaBackground(SlaLevel level)
{
    switch (level) {
    case SlaLevel::AtRisk:
        return theme::stuckBackground();
    case SlaLevel::Breached:
        return theme::criticalBackground();
    case SlaLevel::Ok:
        break;
    }
    return {};
}

QColor slaText(SlaLevel level)
{
    switch (level) {
    case SlaLevel::AtRisk:
        return theme::stuckText();
    case SlaLevel::Breached:
        return theme::criticalText();
    case SlaLevel::Ok:
        break;
    }
    return {};
}

// The same tints as the order stage badges: new work blue, waiting purple, trouble red, done
// green, archived grey.
QColor statusBackground(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open:
        return QColor(0xe7, 0xf1, 0xfb);
    case TicketStatus::Pending:
        return QColor(0xf3, 0xe8, 0xfd);
    case TicketStatus::Escalated:
        return theme::criticalBackground();
    case TicketStatus::Resolved:
        return QColor(0xe8, 0xf5, 0xec);
    case TicketStatus::Closed:
        return QColor(0xf1, 0xf2, 0xf4);
    }
    return QColor(0xf1, 0xf2, 0xf4);
}

QColor statusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open:
        return QColor(0x0b, 0x3d, 0x6e);
    case TicketStatus::Pending:
        return QColor(0x5b, 0x21, 0x8e);
    case TicketStatus::Escalated:
        return theme::criticalText();
    case TicketStatus::Resolved:
        return QColor(0x14, 0x53, 0x2d);
    case TicketStatus::Closed:
        return QColor(0x4b, 0x55, 0x63);
    }
    return QColor(0x4b, 0x55, 0x63);
}

QColor priorityText(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Urgent:
        return theme::criticalText();
    case TicketPriority::High:
        return theme::stuckText();
    case TicketPriority::Low:
        return theme::mutedText();
    case TicketPriority::Normal:
        break;
    }
    return {};
}

void makeBadge(QLabel *label, const QColor &background, const QColor &text)
{
    label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px; padding: 3px 10px;"
                       " font-weight: 600; }")
            .arg(background.name(), text.isValid() ? text.name() : QStringLiteral("#374151")));
}

} // namespace rapi::ticketformat

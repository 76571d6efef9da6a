#include "tickets/tickethistorytable.h"

#include "common/tables.h"
#include "common/uiformat.h"

#include <QHeaderView>

namespace rapi {

namespace {
QString personName(const QString &userId, const QList<TicketAssignee> &people)
{
    for (const TicketAssignee &person : people) {
        if (QString::number(person.id) == userId)
            return person.name;
    }
    return TicketHistoryTable::tr("user %1").arg(userId);
}
} // namespace

TicketHistoryTable::TicketHistoryTable(QWidget *parent) : QTableWidget(0, 4, parent)
{
    setObjectName(QStringLiteral("ticketHistoryTable"));
    setHorizontalHeaderLabels({tr("When"), tr("What"), tr("By"), tr("Note")});
    tables::setupList(this);
    setSelectionMode(QAbstractItemView::NoSelection);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

QString TicketHistoryTable::eventText(const TicketEvent &e, const QList<TicketAssignee> &people) const
{
    const auto status = [](const QString &code) {
        const auto s = ticketstatus::fromCode(code);
        return s ? ticketstatus::displayName(*s) : code;
    };
    const auto priority = [](const QString &code) {
        const auto p = ticketpriority::fromCode(code);
        return p ? ticketpriority::displayName(*p) : code;
    };
    if (e.kind == QLatin1String("created"))
        return tr("Opened");
    if (e.kind == QLatin1String("status") || e.kind == QLatin1String("escalated"))
        return tr("%1 → %2").arg(status(e.fromValue), status(e.toValue));
    if (e.kind == QLatin1String("assigned"))
        return e.toValue.isEmpty() ? tr("Unassigned")
                                   : tr("Assigned to %1").arg(personName(e.toValue, people));
    if (e.kind == QLatin1String("priority"))
        return tr("Priority %1 → %2").arg(priority(e.fromValue), priority(e.toValue));
    if (e.kind == QLatin1String("handle_time"))
        return tr("Handle time +%1").arg(uiformat::duration(e.toValue.toLongLong()));
    if (e.kind == QLatin1String("csat"))
        return tr("CSAT %1 of 5").arg(e.toValue);
    return e.kind;
}

void TicketHistoryTable::showEvents(const QList<TicketEvent> &events, const QList<TicketAssignee> &people)
{
    setRowCount(int(events.size()));
    // Newest first: the latest change is what the person looks for.
    for (int i = 0; i < events.size(); ++i) {
        const TicketEvent &event = events.at(events.size() - 1 - i);
        setItem(i, 0, tables::textItem(uiformat::dateTime(event.at)));
        setItem(i, 1, tables::textItem(eventText(event, people)));
        setItem(i, 2, tables::textItem(event.userName));
        auto *note = tables::textItem(event.note);
        note->setToolTip(event.note);
        setItem(i, 3, note);
    }
}

} // namespace rapi

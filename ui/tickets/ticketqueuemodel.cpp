#include "tickets/ticketqueuemodel.h"

#include "common/clock.h"
#include "common/roles.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "sla/slasettings.h"
#include "tickets/ticketformat.h"

#include <QFont>
#include <QMetaObject>

namespace rapi {

TicketQueueModel::TicketQueueModel(Database &db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock), m_repository(db)
{
    m_filter.openOnly = true;
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == SlaLeft)
            return tr("Business time left on the current target (first response, then resolution)");
        return headerData(section, orientation, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Ticket");
    case Subject:
        return tr("Subject");
    case Customer:
        return tr("Customer");
    case Touchpoint:
        return tr("Touchpoint");
    case Category:
        return tr("Category");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assignee");
    case Age:
        return tr("Age");
    case SlaLeft:
        return tr("SLA");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const TicketRow *row = rowAt(index.row());
    if (!row)
        return {};
    const int column = index.column();
    const SlaClockState &sla = row->sla.current();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, column);
    case RawValueRole:
        return rawValue(*row, column);
    case IdRole:
        return row->id;
    case Qt::ForegroundRole:
        if (column == SlaLeft) {
            if (sla.level != SlaLevel::Ok)
                return ticketformat::slaText(sla.level);
            return sla.running ? QVariant() : QVariant(theme::mutedText());
        }
        if (column == Priority) {
            const QColor colour = ticketformat::priorityText(row->priority);
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        if (column == Status)
            return ticketformat::statusText(row->status);
        if ((column == Assignee && row->assigneeName.isEmpty()) || column == Age)
            return theme::mutedText();
        return {};
    case Qt::BackgroundRole:
        if (column == SlaLeft && sla.level != SlaLevel::Ok && !sla.done)
            return ticketformat::slaBackground(sla.level);
        return {};
    case Qt::FontRole:
        if (column == Number || (column == SlaLeft && sla.level == SlaLevel::Breached && !sla.done) ||
            (column == Priority && row->priority == TicketPriority::Urgent)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == SlaLeft)
            return slaToolTip(*row);
        if (column == Subject)
            return row->subject;
        return {};
    default:
        return {};
    }
}

QVariant TicketQueueModel::displayValue(const TicketRow &row, int column) const
{
    switch (Column(column)) {
    case Number:
        return row.number;
    case Subject:
        return row.subject;
    case Customer:
        return row.customerName;
    case Touchpoint:
        return touchpoint::displayName(row.touchpoint);
    case Category:
        return row.category;
    case Priority:
        return ticketpriority::displayName(row.priority);
    case Status:
        return ticketstatus::displayName(row.status);
    case Assignee:
        return row.assigneeName.isEmpty() ? tr("Unassigned") : row.assigneeName;
    case Age:
        return uiformat::duration(m_now - row.createdAt);
    case SlaLeft:
        return ticketformat::slaLeft(row.sla.current());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TicketQueueModel::rawValue(const TicketRow &row, int column) const
{
    switch (Column(column)) {
    case Touchpoint:
        return touchpoint::code(row.touchpoint);
    case Priority:
        return ticketpriority::code(row.priority);
    case Status:
        return ticketstatus::code(row.status);
    case Age:
        return m_now - row.createdAt;
    case SlaLeft:
        return row.sla.current().left();
    default:
        return displayValue(row, column);
    }
}

QString TicketQueueModel::slaToolTip(const TicketRow &row) const
{
    const SlaClockState &current = row.sla.current();
    QString tip = tr("%1: %2 (%3)")
                      .arg(ticketformat::currentTargetName(row.sla), ticketformat::slaLeft(current),
                           ticketformat::slaDue(current));
    if (row.sla.suggestEscalation)
        tip += QLatin1Char('\n') + tr("80% of the target has passed: consider escalating.");
    return tip;
}

void TicketQueueModel::setFilter(const TicketFilter &filter)
{
    m_filter = filter;
    reload();
}

void TicketQueueModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_failedPage = -1;
    m_now = m_clock.now();
    QString error;
    if (auto calendar = SlaSettings(m_db).calendar())
        m_calendar = calendar.value();
    else
        error = calendar.error();
    auto count = m_repository.count(m_filter);
    m_count = count ? count.value() : 0;
    endResetModel();
    if (!count)
        error = count.error();
    if (!error.isEmpty())
        reportError(error);
}

void TicketQueueModel::tick()
{
    const qint64 now = m_clock.now();
    if (now == m_now)
        return;
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (TicketRow &row : *it)
            row.sla = ticketsla::advance(row.sla, row.status, m_calendar, m_now, now);
    }
    m_now = now;
    if (m_count > 0)
        emit dataChanged(index(0, Age), index(int(m_count) - 1, SlaLeft));
}

const TicketRow *TicketQueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (m_deferLoading || !loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    } else {
        touch(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int TicketQueueModel::cachedRowOf(qint64 ticketId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == ticketId)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

void TicketQueueModel::setDeferLoading(bool defer)
{
    m_deferLoading = defer;
    if (!defer && m_count > 0)
        emit dataChanged(index(0, 0), index(int(m_count) - 1, ColumnCount - 1));
}

bool TicketQueueModel::loadPage(int page) const
{
    // A page that failed once is not retried on every repaint; reload() clears this.
    if (page == m_failedPage)
        return false;
    auto rows = m_repository.page(m_filter, m_calendar, m_now, qint64(page) * PageSize, PageSize);
    if (!rows) {
        m_failedPage = page;
        reportError(rows.error());
        return false;
    }
    m_pages.insert(page, std::move(rows).value());
    touch(page);
    while (m_recentPages.size() > MaxCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
    return true;
}

void TicketQueueModel::touch(int page) const
{
    if (!m_recentPages.isEmpty() && m_recentPages.last() == page)
        return;
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
}

void TicketQueueModel::reportError(const QString &message) const
{
    // data() is const and may run while the view paints: tell the listeners afterwards.
    auto *self = const_cast<TicketQueueModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
}

} // namespace rapi

#include "customers/customertimelineview.h"

#include "accounts/permission.h"
#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "customers/customerrepository.h"
#include "customers/timelinedelegate.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rapi {

namespace {
QString kindText(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Order:
        return CustomerTimelineView::tr("Order");
    case TimelineEntry::Kind::Payment:
        return CustomerTimelineView::tr("Payment");
    case TimelineEntry::Kind::Ticket:
        return CustomerTimelineView::tr("Ticket");
    case TimelineEntry::Kind::Note:
        return CustomerTimelineView::tr("Note");
    }
    return {};
}

QDate localDate(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).toLocalTime().date();
}

QLabel *figureValue(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::makeTitle(label, 2);
    return label;
}
} // namespace

CustomerTimelineView::CustomerTimelineView(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("customerTimeline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(buildFigures());
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    auto *empty = new QLabel(tr("No orders, tickets or notes yet."), m_stack);
    empty->setObjectName(QStringLiteral("timelineEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    theme::makeMuted(empty);
    m_stack->addWidget(empty);

    m_list = new QListWidget(m_stack);
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Customer timeline"));
    m_stack->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::activated, this, &CustomerTimelineView::activate);
    setMinimumWidth(300);
}

QWidget *CustomerTimelineView::buildFigures()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("timelineFigures"));
    box->setStyleSheet(QStringLiteral(
        "QWidget#timelineFigures { background: #f8f9fb; border: 1px solid #e1e4e8; border-radius: 6px; }"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(2);
    m_purchaseCount = figureValue(box, "purchaseCountLabel");
    m_purchaseTotal = figureValue(box, "purchaseTotalLabel");
    m_firstPurchase = figureValue(box, "firstPurchaseLabel");
    m_lastPurchase = figureValue(box, "lastPurchaseLabel");
    const QList<std::pair<QString, QLabel *>> figures = {
        {tr("Purchases"), m_purchaseCount},
        {tr("Total spent"), m_purchaseTotal},
        {tr("First purchase"), m_firstPurchase},
        {tr("Last purchase"), m_lastPurchase},
    };
    // Two figures a row: the view is also a narrow column beside a ticket.
    for (int i = 0; i < figures.size(); ++i) {
        const int row = (i / 2) * 2;
        const int column = i % 2;
        auto *caption = new QLabel(figures.at(i).first, box);
        theme::makeMuted(caption);
        grid->addWidget(caption, row, column);
        grid->addWidget(figures.at(i).second, row + 1, column);
        grid->setColumnStretch(column, 1);
    }
    m_counts = new QLabel(box);
    m_counts->setObjectName(QStringLiteral("timelineCountsLabel"));
    m_counts->setWordWrap(true);
    theme::makeMuted(m_counts);
    grid->addWidget(m_counts, 4, 0, 1, 2);
    box->setToolTip(tr("Derived from the orders: paid, processing, shipped and completed orders count as "
                       "purchases; cancelled and returned ones do not."));
    return box;
}

void CustomerTimelineView::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void CustomerTimelineView::clear()
{
    m_customerId = 0;
    m_banner->clear();
    m_list->clear();
    m_stack->setCurrentIndex(0);
    for (QLabel *label : {m_purchaseCount, m_purchaseTotal, m_firstPurchase, m_lastPurchase, m_counts})
        label->clear();
}

void CustomerTimelineView::reload()
{
    m_banner->clear();
    if (m_customerId <= 0) {
        clear();
        return;
    }
    loadFigures();
    loadEntries();
}

void CustomerTimelineView::loadFigures()
{
    const auto stats = CustomerRepository(m_context.db, m_context.clock).stats(m_customerId);
    if (!stats) {
        m_banner->showError(stats.error());
        return;
    }
    const QString none = QStringLiteral("—");
    m_purchaseCount->setText(uiformat::number(stats->purchaseCount));
    m_purchaseTotal->setText(uiformat::money(stats->purchaseTotal));
    m_firstPurchase->setText(stats->firstPurchaseAt ? uiformat::date(*stats->firstPurchaseAt) : none);
    m_lastPurchase->setText(stats->lastPurchaseAt ? uiformat::date(*stats->lastPurchaseAt) : none);
    m_counts->setText(tr("%Ln order(s) in all", nullptr, int(stats->orderCount)) + QStringLiteral(" · ") +
                      tr("%Ln ticket(s)", nullptr, int(stats->ticketCount)));
}

void CustomerTimelineView::loadEntries()
{
    m_list->clear();
    const auto entries = CustomerRepository(m_context.db, m_context.clock).timeline(m_customerId);
    if (!entries) {
        m_banner->showError(entries.error());
        m_stack->setCurrentIndex(0);
        return;
    }
    const QLocale locale;
    QDate day;
    // Notes are contact data (SPEC §1): staff without access to it see the rest of the history.
    const bool showNotes = permission::allows(m_context.actor.role, Permission::ReadCustomerContact);
    for (const TimelineEntry &entry : entries.value()) {
        if (entry.kind == TimelineEntry::Kind::Note && !showNotes)
            continue;
        if (const QDate date = localDate(entry.at); date != day) {
            day = date;
            auto *heading = new QListWidgetItem(locale.toString(date, QLocale::LongFormat), m_list);
            heading->setData(HeadingRole, true);
            heading->setFlags(Qt::ItemIsEnabled);
        }
        QString detail = entry.detail;
        if (entry.kind == TimelineEntry::Kind::Order)
            detail += QStringLiteral(" · ") + uiformat::money(entry.amount);
        const QString kind = kindText(entry.kind);
        auto *item = new QListWidgetItem(
            kind + QLatin1Char(' ') + entry.title + QStringLiteral(" — ") + detail, m_list);
        item->setData(KindRole, int(entry.kind));
        item->setData(RefIdRole, entry.refId);
        item->setData(AtRole, entry.at);
        item->setData(TitleRole, entry.title);
        item->setData(DetailRole, detail);
        item->setData(KindTextRole, kind.toUpper());
        item->setData(TimeTextRole, uiformat::time(entry.at));
        if (entry.kind == TimelineEntry::Kind::Order || entry.kind == TimelineEntry::Kind::Payment)
            item->setToolTip(tr("Double-click to open order %1").arg(entry.title));
        else if (entry.kind == TimelineEntry::Kind::Ticket)
            item->setToolTip(tr("Double-click to open ticket %1").arg(entry.title));
        else
            item->setToolTip(uiformat::dateTime(entry.at) + QStringLiteral(" · ") + entry.title +
                             QLatin1Char('\n') + entry.detail);
    }
    m_stack->setCurrentIndex(m_list->count() > 0 ? 1 : 0);
    // The newest entry is at the bottom, next to where a note is added.
    m_list->scrollToBottom();
    QTimer::singleShot(0, m_list, [list = m_list] { list->scrollToBottom(); });
}

void CustomerTimelineView::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.data(HeadingRole).toBool())
        return;
    const auto kind = TimelineEntry::Kind(index.data(KindRole).toInt());
    const qint64 id = index.data(RefIdRole).toLongLong();
    if (kind == TimelineEntry::Kind::Order || kind == TimelineEntry::Kind::Payment)
        emit openOrder(id);
    else if (kind == TimelineEntry::Kind::Ticket)
        emit openTicket(id);
}

} // namespace rapi

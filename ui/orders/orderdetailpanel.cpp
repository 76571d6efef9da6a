#include "orders/orderdetailpanel.h"

#include "accounts/permission.h"
#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/tables.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "orders/orderrepository.h"
#include "orders/orderservice.h"
#include "orders/transitiondialog.h"
#include "templates/soppanel.h"

#include <algorithm>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapi {

namespace {
QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    theme::makeTitle(label, 1);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QLabel *valueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QTableWidget *detailTable(QWidget *parent, const char *objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setHorizontalHeaderLabels(headers);
    tables::setupList(table);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}
} // namespace

OrderDetailPanel::OrderDetailPanel(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("orderDetailPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select an order to see its details."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    theme::makeMuted(empty);
    m_stack->addWidget(empty);

    auto *page = new QWidget(m_stack);
    buildDetails(page);
    m_stack->addWidget(page);
    setMinimumWidth(420);
}

void OrderDetailPanel::buildDetails(QWidget *page)
{
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);

    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("orderDetailContent"));
    content->setStyleSheet(QStringLiteral("QWidget#orderDetailContent { background: white; }"));
    scroll->setWidget(content);
    pageLayout->addWidget(scroll, 1);

    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(20, 16, 20, 16);
    v->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_number = valueLabel(content, "orderNumberLabel");
    m_number->setWordWrap(false);
    theme::makeTitle(m_number, 6);
    m_stage = new QLabel(content);
    m_stage->setObjectName(QStringLiteral("orderStageLabel"));
    header->addWidget(m_number);
    header->addSpacing(8);
    header->addWidget(m_stage, 0, Qt::AlignVCenter);
    header->addStretch();
    m_sideActions = new QHBoxLayout;
    m_sideActions->setSpacing(6);
    header->addLayout(m_sideActions);
    v->addLayout(header);

    m_subtitle = valueLabel(content, "orderSubtitleLabel");
    theme::makeMuted(m_subtitle);
    v->addWidget(m_subtitle);
    m_stuck = valueLabel(content, "orderStuckLabel");
    m_stuck->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px 8px; }")
            .arg(theme::stuckBackground().name(), theme::stuckText().name()));
    v->addWidget(m_stuck);

    m_banner = new MessageBanner(content);
    v->addWidget(m_banner);

    m_facts = new QFormLayout;
    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setHorizontalSpacing(16);
    m_facts->setVerticalSpacing(6);
    m_facts->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_customer = valueLabel(content, "orderCustomerLabel");
    m_phone = valueLabel(content, "orderPhoneLabel");
    m_payment = valueLabel(content, "orderPaymentLabel");
    m_shipping = valueLabel(content, "orderShippingLabel");
    m_notes = valueLabel(content, "orderNotesLabel");
    // One-line facts: a wrapped label in a form row can keep a stale height and hide its end.
    for (QLabel *label : {m_customer, m_phone, m_payment, m_shipping})
        label->setWordWrap(false);
    m_facts->addRow(tr("Customer"), m_customer);
    m_facts->addRow(tr("Phone"), m_phone);
    m_facts->addRow(tr("Payment"), m_payment);
    m_facts->addRow(tr("Shipping"), m_shipping);
    m_facts->addRow(tr("Notes"), m_notes);
    v->addLayout(m_facts);

    v->addWidget(sectionTitle(tr("Items"), content));
    m_lines =
        detailTable(content, "orderLinesTable",
                    {tr("SKU"), tr("Product"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("Total")});
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int column = 2; column < 6; ++column)
        m_lines->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    v->addWidget(m_lines);

    auto *totals = new QGridLayout;
    totals->setColumnStretch(0, 1);
    totals->setHorizontalSpacing(24);
    m_subtotal = new QLabel(content);
    m_shippingFee = new QLabel(content);
    m_total = new QLabel(content);
    m_total->setObjectName(QStringLiteral("orderTotalLabel"));
    theme::makeTitle(m_total, 2);
    auto *totalCaption = new QLabel(tr("Total"), content);
    theme::makeTitle(totalCaption, 2);
    totals->addWidget(new QLabel(tr("Subtotal"), content), 0, 1);
    totals->addWidget(m_subtotal, 0, 2, Qt::AlignRight);
    totals->addWidget(new QLabel(tr("Shipping fee"), content), 1, 1);
    totals->addWidget(m_shippingFee, 1, 2, Qt::AlignRight);
    totals->addWidget(totalCaption, 2, 1);
    totals->addWidget(m_total, 2, 2, Qt::AlignRight);
    v->addLayout(totals);

    // The SOP card names itself ("SOP: …"), or says quietly that the stage has none.
    v->addSpacing(8);
    m_sop = new SopPanel(m_context, content);
    v->addWidget(m_sop);

    v->addWidget(sectionTitle(tr("History"), content));
    m_history = detailTable(content, "orderHistoryTable",
                            {tr("When"), tr("Stage"), tr("Took"), tr("By"), tr("Note")});
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    v->addWidget(m_history);
    v->addStretch();

    // The next steps stay visible below the scrolling details.
    m_actionBar = new QWidget(page);
    m_actionBar->setObjectName(QStringLiteral("orderActionBar"));
    m_actionBar->setStyleSheet(
        QStringLiteral("QWidget#orderActionBar { background: #f8f9fb; border-top: 1px solid #e1e4e8; }"));
    auto *bar = new QVBoxLayout(m_actionBar);
    bar->setContentsMargins(20, 10, 20, 12);
    auto *caption = new QLabel(tr("Next step"), m_actionBar);
    theme::makeMuted(caption);
    bar->addWidget(caption);
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(8);
    bar->addLayout(m_actions);
    m_noActions = new QLabel(tr("This order is finished; it has no further steps."), m_actionBar);
    m_noActions->setObjectName(QStringLiteral("noActionsLabel"));
    m_noActions->setWordWrap(true);
    bar->addWidget(m_noActions);
    pageLayout->addWidget(m_actionBar);
}

std::optional<qint64> OrderDetailPanel::orderId() const
{
    return m_order ? std::optional<qint64>(m_order->id) : std::nullopt;
}

void OrderDetailPanel::showOrder(qint64 orderId)
{
    if (m_order && m_order->id == orderId)
        return;
    m_banner->clear();
    const OrderRepository repository(m_context.db);
    auto order = repository.get(orderId, m_context.actor);
    if (!order) {
        m_order.reset();
        m_stack->setCurrentIndex(1);
        m_banner->showError(order.error());
        populateActions();
        return;
    }
    m_order = std::move(order).value();
    populate();
}

void OrderDetailPanel::clearOrder()
{
    m_order.reset();
    m_banner->clear();
    m_stack->setCurrentIndex(0);
}

void OrderDetailPanel::reload()
{
    if (!m_order)
        return;
    const OrderRepository repository(m_context.db);
    auto order = repository.get(m_order->id, m_context.actor);
    if (!order) {
        m_banner->showError(order.error());
        return;
    }
    m_order = std::move(order).value();
    populate();
}

void OrderDetailPanel::populate()
{
    const Order &order = *m_order;
    const OrderRepository repository(m_context.db);
    if (auto thresholds = repository.stuckThresholds())
        m_thresholds = thresholds.value();

    m_stack->setCurrentIndex(1);
    m_number->setText(order.number);
    m_stage->setText(orderstage::displayName(order.stage));
    m_stage->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px; padding: 3px 10px;"
                       " font-weight: 600; }")
            .arg(theme::stageBackground(int(order.stage)).name(), theme::stageText(int(order.stage)).name()));
    m_subtitle->setText(tr("Placed %1 · %2").arg(uiformat::dateTime(order.placedAt), order.channelName));

    const qint64 inStage = m_context.clock.now() - order.stageEnteredAt;
    const auto limit = m_thresholds.constFind(order.stage);
    const bool stuck =
        !orderstage::isTerminal(order.stage) && limit != m_thresholds.constEnd() && inStage > *limit;
    m_stuck->setVisible(stuck);
    if (stuck)
        m_stuck->setText(tr("⚠ Stuck: in “%1” for %2 (limit %3)")
                             .arg(orderstage::displayName(order.stage), uiformat::duration(inStage),
                                  uiformat::duration(*limit)));

    m_customer->setText(order.customerName.isEmpty() ? tr("Walk-in customer") : order.customerName);
    m_phone->setText(order.customerPhone);
    m_facts->setRowVisible(m_phone, !order.customerPhone.isEmpty());
    QString payment = paymentmethod::displayName(order.paymentMethod);
    if (order.paidAt)
        payment = tr("%1 · paid %2").arg(payment, uiformat::dateTime(*order.paidAt));
    m_payment->setText(payment);
    QString shipping;
    if (!order.courier.isEmpty())
        shipping = tr("%1 · tracking %2").arg(order.courier, order.trackingNumber);
    if (order.shippedAt)
        shipping = tr("%1 · shipped %2").arg(shipping, uiformat::dateTime(*order.shippedAt));
    m_shipping->setText(shipping);
    m_facts->setRowVisible(m_shipping, !shipping.isEmpty());
    m_notes->setText(order.notes);
    m_facts->setRowVisible(m_notes, !order.notes.isEmpty());

    populateLines();
    m_subtotal->setText(uiformat::money(order.subtotal));
    m_shippingFee->setText(uiformat::money(order.shippingFee));
    m_total->setText(uiformat::money(order.total()));
    m_sop->showForOrderStage(order.stage);
    populateHistory();
    populateActions();
}

void OrderDetailPanel::populateLines()
{
    const Order &order = *m_order;
    m_lines->setRowCount(int(order.lines.size()));
    for (int row = 0; row < order.lines.size(); ++row) {
        const OrderLine &line = order.lines.at(row);
        m_lines->setItem(row, 0, tables::textItem(line.sku));
        auto *name = tables::textItem(line.productName);
        name->setToolTip(line.productName);
        m_lines->setItem(row, 1, name);
        m_lines->setItem(row, 2, tables::numberItem(uiformat::number(line.quantity), line.quantity));
        m_lines->setItem(row, 3, tables::numberItem(uiformat::money(line.unitPrice), line.unitPrice));
        m_lines->setItem(
            row, 4,
            tables::numberItem(line.discount ? uiformat::money(-line.discount) : QStringLiteral("—"),
                               line.discount));
        m_lines->setItem(row, 5, tables::numberItem(uiformat::money(line.total()), line.total()));
    }
    // Most orders have no discount: the column only takes room when one does.
    const bool anyDiscount = std::any_of(order.lines.cbegin(), order.lines.cend(),
                                         [](const OrderLine &line) { return line.discount != 0; });
    m_lines->setColumnHidden(4, !anyDiscount);
    tables::fitHeightToRows(m_lines);
}

void OrderDetailPanel::populateHistory()
{
    const QList<OrderEvent> &events = m_order->events;
    m_history->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const OrderEvent &event = events.at(row);
        m_history->setItem(row, 0, tables::textItem(uiformat::dateTime(event.at)));
        const QString stage = event.from ? tr("%1 → %2").arg(orderstage::displayName(*event.from),
                                                             orderstage::displayName(event.to))
                                         : tr("Created as %1").arg(orderstage::displayName(event.to));
        m_history->setItem(row, 1, tables::textItem(stage));
        // How long the order waited in the stage it left: where the bottlenecks show.
        const QString took = row > 0 ? uiformat::duration(event.at - events.at(row - 1).at) : QString();
        m_history->setItem(row, 2, tables::textItem(took));
        m_history->setItem(row, 3, tables::textItem(event.userName));
        auto *note = tables::textItem(event.note);
        note->setToolTip(event.note);
        m_history->setItem(row, 4, note);
    }
    tables::fitHeightToRows(m_history);
}

QString OrderDetailPanel::actionText(OrderStage to)
{
    switch (to) {
    case OrderStage::AwaitingPayment:
        return tr("Awaiting payment");
    case OrderStage::Paid:
        return tr("Mark paid");
    case OrderStage::Processing:
        return tr("Start processing");
    case OrderStage::Shipped:
        return tr("Ship…");
    case OrderStage::Completed:
        return tr("Complete");
    case OrderStage::Cancelled:
        return tr("Cancel order…");
    case OrderStage::Returned:
        return tr("Return…");
    case OrderStage::New:
        break;
    }
    return orderstage::displayName(to);
}

void OrderDetailPanel::populateActions()
{
    for (QHBoxLayout *layout : {m_actions, m_sideActions}) {
        while (QLayoutItem *item = layout->takeAt(0)) {
            if (QWidget *widget = item->widget()) {
                // The button may be the one whose click got us here: delete it later, but make it
                // unfindable and invisible now.
                widget->setObjectName(QString());
                widget->hide();
                widget->deleteLater();
            }
            delete item;
        }
    }
    const QList<OrderStage> next =
        m_order ? orderstage::nextStages(m_order->stage, m_order->paymentMethod) : QList<OrderStage>{};
    bool first = true;
    bool anyForward = false;
    // The steps the role may not take are left out (SPEC §1); the core refuses them anyway.
    QString notYours;
    for (OrderStage to : next) {
        const bool sideExit = to == OrderStage::Cancelled || to == OrderStage::Returned;
        if (Status allowed = permission::authorize(m_context.actor, OrderService::permissionToEnter(to));
            !allowed) {
            if (!sideExit && notYours.isEmpty())
                notYours = allowed.error();
            continue;
        }
        // The side exits sit apart, beside the order number, so the way forward is never
        // crowded by them and never clicked by mistake for them.
        auto *button = new QPushButton(
            actionText(to), sideExit ? static_cast<QWidget *>(m_stage->parentWidget()) : m_actionBar);
        button->setObjectName(QStringLiteral("stage:") + orderstage::code(to));
        button->setToolTip(tr("Move this order to “%1”").arg(orderstage::displayName(to)));
        connect(button, &QPushButton::clicked, this, [this, to] { requestTransition(to); });
        if (sideExit) {
            button->setStyleSheet(
                QStringLiteral("QPushButton { color: #b42318; background: white; border: 1px solid #f1aeb5; "
                               "border-radius: 4px;"
                               " padding: 4px 10px; } QPushButton:hover { background: #fdecea; }"));
            m_sideActions->addWidget(button);
            continue;
        }
        if (first)
            theme::makePrimary(button);
        first = false;
        anyForward = true;
        m_actions->addWidget(button);
    }
    m_actions->addStretch();
    m_noActions->setVisible(m_order && !anyForward);
    if (next.isEmpty())
        m_noActions->setText(tr("This order is finished; it has no further steps."));
    else if (!notYours.isEmpty())
        m_noActions->setText(tr("The next step is not yours: %1").arg(notYours));
    else
        m_noActions->setText(tr("This order is done. A return can still be recorded (button above)."));
}

void OrderDetailPanel::requestTransition(OrderStage to)
{
    if (!m_order)
        return;
    const qint64 id = m_order->id;
    const int version = m_order->version;
    if (!TransitionDialog::needsDialog(to)) {
        applyTransition(id, version, to, {});
        return;
    }
    auto *dialog = new TransitionDialog(*m_order, to, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id, version, to] { applyTransition(id, version, to, dialog->details()); });
    dialog->open();
}

void OrderDetailPanel::applyTransition(qint64 orderId, int version, OrderStage to,
                                       const TransitionDetails &details)
{
    OrderService service(m_context.db, m_context.clock);
    const Status status = service.transition(orderId, to, details, m_context.actor, version);
    if (!status) {
        m_banner->showError(status.error());
        reload();
        return;
    }
    reload();
    if (m_order)
        m_banner->showSuccess(tr("Order %1 is now “%2”.").arg(m_order->number, orderstage::displayName(to)));
    emit orderChanged(orderId);
}

} // namespace rapi

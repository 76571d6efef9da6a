#include "dashboard/dashboardtab.h"

#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "dashboard/kpicard.h"
#include "kpi/kpiservice.h"
#include "orders/orderrepository.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapi {

namespace {
// An average in whole rupiah: nobody reads "Rp 144.065,57" on a dashboard.
Money averageRounded(Money total, qint64 count)
{
    constexpr Money rupiah = 100;
    return (total / count + rupiah / 2) / rupiah * rupiah;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    theme::makeTitle(label, 2);
    label->setContentsMargins(0, 12, 0, 2);
    return label;
}
} // namespace

DashboardTab::DashboardTab(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_period(new QLabel(this)), m_updated(new QLabel(this)),
      m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("dashboardTab"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(24, 18, 24, 18);
    v->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("This week"), content);
    theme::makeTitle(title, 8);
    m_period->setObjectName(QStringLiteral("periodLabel"));
    theme::makeMuted(m_period);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    theme::makeMuted(m_updated);
    auto *refreshButton = new QPushButton(tr("Refresh"), content);
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_period, 0, Qt::AlignBaseline);
    header->addStretch();
    header->addWidget(m_updated);
    header->addWidget(refreshButton);
    v->addLayout(header);
    v->addWidget(m_banner);

    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    m_ordersIn = new KpiCard(tr("Orders in"), content);
    m_ordersIn->setAccent(QColor(0x1f, 0x6f, 0xd1));
    m_ordersDone = new KpiCard(tr("Orders done"), content);
    m_ordersDone->setAccent(QColor(0x15, 0x80, 0x3d));
    m_grossSales = new KpiCard(tr("Gross sales"), content);
    m_grossSales->setAccent(QColor(0x0f, 0x76, 0x6e));
    m_criticalStock = new KpiCard(tr("Critical stock"), content);
    m_criticalStock->setAccent(theme::criticalText());
    m_criticalStock->setClickable(true, tr("Show the products to reorder"));
    for (KpiCard *card : {m_ordersIn, m_ordersDone, m_grossSales, m_criticalStock})
        top->addWidget(card);
    v->addLayout(top);

    v->addWidget(sectionTitle(tr("Orders waiting now"), content));
    auto *stages = new QHBoxLayout;
    stages->setSpacing(14);
    for (OrderStage stage : orderstage::pending) {
        auto *card = new KpiCard(orderstage::displayName(stage), content);
        card->setAccent(theme::stageText(int(stage)));
        card->setClickable(true, tr("Show the orders in “%1”").arg(orderstage::displayName(stage)));
        connect(card, &KpiCard::clicked, this, [this, stage] { emit openOrders(stage, false); });
        connect(card, &KpiCard::linkActivated, this, [this, stage] { emit openOrders(stage, true); });
        m_stageCards.insert(stage, card);
        stages->addWidget(card);
    }
    v->addLayout(stages);

    v->addWidget(sectionTitle(tr("Gross sales by channel this week"), content));
    m_channelBox = new QFrame(content);
    m_channelBox->setObjectName(QStringLiteral("channelBox"));
    m_channelBox->setStyleSheet(QStringLiteral(
        "QFrame#channelBox { background: white; border: 1px solid #e1e4e8; border-radius: 8px; }"));
    m_channels = new QGridLayout(m_channelBox);
    m_channels->setContentsMargins(18, 12, 18, 12);
    m_channels->setHorizontalSpacing(32);
    m_channels->setVerticalSpacing(6);
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channelBox, 1);
    channelRow->addStretch(1);
    v->addLayout(channelRow);
    v->addStretch();

    connect(refreshButton, &QPushButton::clicked, this, &DashboardTab::refresh);
    connect(m_criticalStock, &KpiCard::clicked, this, &DashboardTab::openCriticalStock);
    refresh();
}

void DashboardTab::refresh()
{
    const QTimeZone zone = businesstime::defaultZone();
    const QDate today = businesstime::dateOf(m_context.clock.now(), zone);
    const Period week = Period::isoWeekOf(today);
    const QLocale locale;
    m_period->setText(tr("Week %1 · %2 – %3")
                          .arg(week.from.weekNumber())
                          .arg(locale.toString(week.from, QStringLiteral("d MMM")),
                               locale.toString(week.to.addDays(-1), QStringLiteral("d MMM yyyy"))));
    m_updated->setText(tr("Updated %1").arg(uiformat::time(m_context.clock.now())));

    const KpiService service(m_context.db, m_context.clock, zone);
    auto result = service.orderKpis(week);
    if (!result) {
        m_banner->showError(result.error());
        return;
    }
    m_banner->clear();
    const OrderKpis &kpis = result.value();

    m_ordersIn->setValue(uiformat::number(kpis.ordersIn));
    m_ordersIn->setDetail(tr("placed since Monday"));
    m_ordersDone->setValue(uiformat::number(kpis.ordersDone));
    m_ordersDone->setDetail(tr("completed since Monday"));
    m_grossSales->setValue(uiformat::money(kpis.grossSales));
    m_grossSales->setDetail(
        kpis.ordersIn > 0
            ? tr("average %1 per order").arg(uiformat::money(averageRounded(kpis.grossSales, kpis.ordersIn)))
            : tr("no orders yet this week"));
    m_criticalStock->setValue(uiformat::number(kpis.criticalStock));
    m_criticalStock->setDetail(kpis.criticalStock > 0 ? tr("products at or below their reorder point")
                                                      : tr("every product is above its reorder point"));

    for (auto it = m_stageCards.cbegin(); it != m_stageCards.cend(); ++it) {
        const qint64 pending = kpis.pendingByStage.value(it.key());
        const qint64 stuck = kpis.stuckByStage.value(it.key());
        it.value()->setValue(uiformat::number(pending));
        it.value()->setDetail(
            stuck > 0 ? QStringLiteral("<a href=\"stuck\" style=\"color:%1; font-weight:600;"
                                       " text-decoration:none\">⚠ %2</a>")
                            .arg(theme::stuckText().name(), tr("%1 stuck").arg(uiformat::number(stuck)))
                      : tr("none stuck"));
    }

    // Sales per channel as plain figures, largest first (charts come with the full dashboard).
    while (QLayoutItem *item = m_channels->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QHash<QString, QString> names;
    if (auto channels = OrderRepository(m_context.db).channels()) {
        for (const Channel &channel : std::as_const(channels.value()))
            names.insert(channel.code, channel.name);
    }
    QList<std::pair<Money, QString>> sales;
    for (auto it = kpis.grossSalesByChannel.cbegin(); it != kpis.grossSalesByChannel.cend(); ++it)
        sales.append({it.value(), names.value(it.key(), it.key())});
    std::sort(sales.begin(), sales.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int row = 0; row < sales.size(); ++row) {
        auto *name = new QLabel(sales.at(row).second, m_channelBox);
        auto *amount = new QLabel(uiformat::money(sales.at(row).first), m_channelBox);
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (sales.at(row).first == 0)
            theme::makeMuted(amount);
        const int share = kpis.grossSales > 0
                              ? int(qRound(100.0 * double(sales.at(row).first) / double(kpis.grossSales)))
                              : 0;
        auto *percent = new QLabel(QStringLiteral("%1%").arg(share), m_channelBox);
        percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        theme::makeMuted(percent);
        m_channels->addWidget(name, row, 0);
        m_channels->addWidget(amount, row, 1);
        m_channels->addWidget(percent, row, 2);
    }
    m_channels->setColumnStretch(0, 1);
}

} // namespace rapi

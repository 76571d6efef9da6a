#include "dashboard/dashboardtab.h"

#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "dashboard/charts/barlist.h"
#include "dashboard/charts/channeldaychart.h"
#include "dashboard/charts/trendchart.h"
#include "dashboard/criticalstocklist.h"
#include "dashboard/dashboardcards.h"
#include "dashboard/dashboardloader.h"
#include "dashboard/kpicard.h"
#include "dashboard/periodtext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rapi {

namespace {

// A white panel with a title (and an optional muted line under it) around a chart or a list.
QFrame *panel(const QString &title, QWidget *body, QWidget *parent, QLabel *subtitle = nullptr)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("dashboardPanel"));
    frame->setStyleSheet(QStringLiteral(
        "QFrame#dashboardPanel { background: white; border: 1px solid #e1e4e8; border-radius: 8px; }"));
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(18, 14, 18, 14);
    v->setSpacing(8);
    auto *label = new QLabel(title, frame);
    label->setObjectName(QStringLiteral("panelTitle"));
    theme::makeTitle(label, 2);
    v->addWidget(label);
    if (subtitle) {
        theme::makeMuted(subtitle);
        subtitle->setWordWrap(true);
        v->addWidget(subtitle);
    }
    body->setParent(frame);
    // Charts take the panel's height; a list keeps its rows at the top.
    const bool list = qobject_cast<BarList *>(body) != nullptr;
    v->addWidget(body, list ? 0 : 1);
    if (list)
        v->addStretch(1);
    return frame;
}

QString stuckLink(OrderStage stage, qint64 stuck)
{
    return QStringLiteral(
               "<a href=\"stuck:%1\" style=\"color:%2; font-weight:600; text-decoration:none\">⚠ %3</a>")
        .arg(int(stage))
        .arg(theme::stuckText().name(), DashboardTab::tr("%1 stuck").arg(uiformat::number(stuck)));
}

constexpr PeriodPreset presets[] = {PeriodPreset::Today, PeriodPreset::ThisWeek, PeriodPreset::LastWeek,
                                    PeriodPreset::ThisMonth, PeriodPreset::Custom};

} // namespace

DashboardTab::DashboardTab(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_loader(new DashboardLoader(context, this))
{
    setObjectName(QStringLiteral("dashboardTab"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    scroll->setWidget(m_content);
    outer->addWidget(scroll);

    auto *v = new QVBoxLayout(m_content);
    v->setContentsMargins(24, 16, 24, 18);
    v->setSpacing(14);
    v->addWidget(buildHeader());
    m_banner = new MessageBanner(m_content);
    v->addWidget(m_banner);
    m_cards = new DashboardCards(m_content);
    v->addWidget(m_cards);

    auto *sales = new QHBoxLayout;
    sales->setSpacing(14);
    m_dayChart = new ChannelDayChart(m_content);
    sales->addWidget(panel(tr("Orders and gross sales per day, by channel"), m_dayChart, m_content), 3);
    m_channelSales = new BarList(m_content);
    m_channelSales->setObjectName(QStringLiteral("channelSales"));
    auto *salesSide = new QVBoxLayout;
    salesSide->setSpacing(14);
    salesSide->addWidget(panel(tr("Gross sales by channel"), m_channelSales, m_content));
    m_critical = new CriticalStockList(m_content);
    m_critical->setObjectName(QStringLiteral("criticalStock"));
    QFrame *criticalPanel = panel(tr("Critical stock"), m_critical, m_content);
    if (auto *title = criticalPanel->findChild<QLabel *>(QStringLiteral("panelTitle"))) {
        title->setText(QStringLiteral("<a href=\"critical\" style=\"color:#1f2937; text-decoration:none\">%1</a>")
                           .arg(title->text().toHtmlEscaped()));
        title->setToolTip(tr("Open the critical stock list"));
        connect(title, &QLabel::linkActivated, this, &DashboardTab::activate);
    }
    salesSide->addWidget(criticalPanel, 1);
    sales->addLayout(salesSide, 2);
    v->addLayout(sales);

    auto *work = new QHBoxLayout;
    work->setSpacing(14);
    m_pipeline = new BarList(m_content);
    m_pipeline->setObjectName(QStringLiteral("pipeline"));
    m_bottleneck = new QLabel(m_content);
    m_bottleneck->setObjectName(QStringLiteral("bottleneckLabel"));
    work->addWidget(panel(tr("Orders waiting now, by stage"), m_pipeline, m_content, m_bottleneck), 3);
    m_openTickets = new BarList(m_content);
    m_openTickets->setObjectName(QStringLiteral("openTickets"));
    work->addWidget(panel(tr("Open tickets now, by touchpoint"), m_openTickets, m_content), 2);
    v->addLayout(work);

    auto *service = new QHBoxLayout;
    service->setSpacing(14);
    m_voice = new BarList(m_content);
    m_voice->setObjectName(QStringLiteral("voiceOfCustomer"));
    auto *voiceNote = new QLabel(
        tr("Tickets created in the period by touchpoint, with their most frequent topics."), m_content);
    service->addWidget(panel(tr("Voice of the customer"), m_voice, m_content, voiceNote), 4);
    m_trend = new TrendChart(m_content);
    service->addWidget(panel(tr("Customer service, week by week"), m_trend, m_content), 3);
    v->addLayout(service);
    v->addStretch();

    connect(m_loader, &DashboardLoader::loaded, this, &DashboardTab::show);
    connect(m_loader, &DashboardLoader::failed, this, [this](const QString &message) {
        setLoadingShown(false);
        m_banner->showError(message);
    });
    connect(m_loader, &DashboardLoader::loadingChanged, this, &DashboardTab::setLoadingShown);
    connect(m_cards, &DashboardCards::clicked, this,
            [this](DashboardCards::Card card) { cardClicked(int(card)); });
    for (BarList *list : {m_channelSales, m_pipeline, m_openTickets, m_voice})
        connect(list, &BarList::activated, this, &DashboardTab::activate);
    connect(m_bottleneck, &QLabel::linkActivated, this, &DashboardTab::activate);
    connect(m_critical, &CriticalStockList::activated, this, &DashboardTab::activate);
    connect(m_dayChart, &ChannelDayChart::channelDayClicked, this, [this](const QString &code, QDate date) {
        OrderFilter filter;
        filter.channelId = channelId(code);
        const QTimeZone zone = businesstime::defaultZone();
        filter.placedFrom = Period::day(date).startUtc(zone);
        filter.placedTo = Period::day(date).endUtc(zone);
        emit openOrders(filter);
    });
    connect(m_trend, &TrendChart::weekClicked, this, [this](TrendChart::Metric metric, const Period &week) {
        const QTimeZone zone = businesstime::defaultZone();
        TicketFilter filter;
        if (metric == TrendChart::Metric::SlaBreaches) {
            filter = breachedIn(week);
        } else {
            filter.resolvedFrom = week.startUtc(zone);
            filter.resolvedTo = week.endUtc(zone);
        }
        emit openTickets(filter);
    });

    setPeriod(PeriodPreset::ThisWeek);
}

QWidget *DashboardTab::buildHeader()
{
    auto *header = new QWidget(m_content);
    auto *h = new QHBoxLayout(header);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(8);
    auto *title = new QLabel(tr("Dashboard"), header);
    theme::makeTitle(title, 8);
    m_presetCombo = new QComboBox(header);
    m_presetCombo->setObjectName(QStringLiteral("periodCombo"));
    for (PeriodPreset preset : presets) {
        const QString names[] = {tr("Today"), tr("This week"), tr("Last week"), tr("This month"),
                                 tr("Custom range…")};
        m_presetCombo->addItem(names[int(preset)], int(preset));
    }
    m_presetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = new QDateEdit(header);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(header);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->hide();
    }
    m_to->setToolTip(tr("The last day, included"));
    m_periodLabel = new QLabel(header);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    theme::makeMuted(m_periodLabel);
    m_loading = new QLabel(tr("Updating…"), header);
    m_loading->setObjectName(QStringLiteral("loadingLabel"));
    m_loading->setStyleSheet(QStringLiteral("color: #1f6fd1;"));
    m_loading->setVisible(false);
    m_updated = new QLabel(header);
    m_updated->setObjectName(QStringLiteral("updatedLabel"));
    theme::makeMuted(m_updated);
    auto *refreshButton = new QPushButton(tr("Refresh"), header);
    refreshButton->setToolTip(tr("Load the figures again (F5)"));

    h->addWidget(title);
    h->addSpacing(16);
    h->addWidget(m_presetCombo);
    h->addWidget(m_from);
    h->addWidget(m_to);
    h->addSpacing(8);
    h->addWidget(m_periodLabel, 0, Qt::AlignVCenter);
    h->addStretch();
    h->addWidget(m_loading);
    h->addWidget(m_updated);
    h->addWidget(refreshButton);

    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &DashboardTab::presetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardTab::customChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardTab::customChanged);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardTab::refresh);
    return header;
}

void DashboardTab::setPeriod(PeriodPreset preset)
{
    const QSignalBlocker blocker(m_presetCombo);
    m_presetCombo->setCurrentIndex(m_presetCombo->findData(int(preset)));
    presetChosen();
}

void DashboardTab::setCustomRange(QDate first, QDate last)
{
    {
        const QSignalBlocker comboBlocker(m_presetCombo);
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_presetCombo->setCurrentIndex(m_presetCombo->findData(int(PeriodPreset::Custom)));
        m_from->setDate(first);
        m_to->setDate(last);
    }
    m_preset = PeriodPreset::Custom;
    m_from->show();
    m_to->show();
    customChanged();
}

void DashboardTab::presetChosen()
{
    m_preset = PeriodPreset(m_presetCombo->currentData().toInt());
    const bool custom = m_preset == PeriodPreset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (custom) {
        // Start from what was shown, so that "custom" first means "this, adjusted".
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(m_period.from);
        m_to->setDate(m_period.to.addDays(-1));
        customChanged();
        return;
    }
    const QDate today = businesstime::dateOf(m_context.clock.now(), businesstime::defaultZone());
    m_period = Period::preset(m_preset, today);
    refresh();
}

void DashboardTab::customChanged()
{
    if (m_preset != PeriodPreset::Custom)
        return;
    const QLocale locale;
    if (m_to->date() < m_from->date()) {
        // The edits name the last day included, Period::custom the day after: say it the edits' way.
        m_banner->showError(
            tr("The last day (%1) is before the first day (%2): choose a last day on or after it.")
                .arg(locale.toString(m_to->date(), QLocale::LongFormat),
                     locale.toString(m_from->date(), QLocale::LongFormat)));
        return;
    }
    auto period = Period::custom(m_from->date(), m_to->date().addDays(1));
    if (!period) {
        m_banner->showError(period.error());
        return;
    }
    m_period = period.value();
    refresh();
}

void DashboardTab::refresh()
{
    m_periodLabel->setText(periodtext::range(m_period));
    m_banner->clear();
    m_loader->load(m_period);
}

bool DashboardTab::isLoading() const
{
    return m_loader->isLoading();
}

void DashboardTab::setLoadingShown(bool loading)
{
    m_loading->setVisible(loading);
    // Figures of another period stay readable, just quieter, until the new ones arrive.
    m_updated->setVisible(!loading);
}

KpiCard *DashboardTab::ordersInCard() const
{
    return m_cards->card(DashboardCards::Card::OrdersIn);
}

KpiCard *DashboardTab::ordersDoneCard() const
{
    return m_cards->card(DashboardCards::Card::OrdersDone);
}

KpiCard *DashboardTab::grossSalesCard() const
{
    return m_cards->card(DashboardCards::Card::GrossSales);
}

KpiCard *DashboardTab::criticalStockCard() const
{
    return m_cards->card(DashboardCards::Card::CriticalStock);
}

void DashboardTab::show(const Dashboard &dashboard)
{
    m_shown = dashboard;
    m_updated->setText(tr("Updated %1").arg(uiformat::time(dashboard.asOf)));
    m_periodLabel->setText(
        tr("%1 · compared with %2")
            .arg(periodtext::range(dashboard.current.period), periodtext::range(dashboard.previous.period)));
    m_cards->show(dashboard, periodtext::previousName(m_preset, dashboard.current.period));
    m_dayChart->setData(dashboard.channels, dashboard.current.orders.days);
    showChannels(dashboard);
    showPipeline(dashboard);
    showTickets(dashboard);
    m_critical->setProducts(dashboard.criticalProducts, dashboard.criticalStock);
    m_trend->setWeeks(dashboard.weeklyTrend);
    emit loaded();
}

void DashboardTab::showChannels(const Dashboard &d)
{
    const QString previousName = periodtext::previousName(m_preset, d.current.period);
    QList<BarRow> rows;
    for (int i = 0; i < d.channels.size(); ++i) {
        const Channel &channel = d.channels.at(i);
        BarRow row;
        row.link = QStringLiteral("channel:") + channel.code;
        row.name = channel.name;
        row.value = d.current.orders.grossSalesByChannel.value(channel.code);
        row.valueText = uiformat::money(row.value);
        row.color = channelColor(i);
        const Money before = d.previous.orders.grossSalesByChannel.value(channel.code);
        const qint64 orders = d.current.orders.ordersInByChannel.value(channel.code);
        QString change;
        if (const auto percent = DashboardService::changePercent(double(row.value), double(before))) {
            const bool up = *percent >= 0;
            change = QStringLiteral(" · <span style=\"color:%1\">%2 %3%</span> %4")
                         .arg((up ? theme::positiveText() : theme::criticalText()).name(),
                              up ? QStringLiteral("▲") : QStringLiteral("▼"),
                              QLocale().toString(std::abs(*percent), 'f', 1), tr("vs %1").arg(previousName));
        }
        row.note = tr("%Ln order(s)", nullptr, int(orders)) + change;
        rows.append(row);
    }
    m_channelSales->setRows(rows);
}

void DashboardTab::showPipeline(const Dashboard &d)
{
    QList<BarRow> rows;
    for (OrderStage stage : orderstage::pending) {
        BarRow row;
        row.link = QStringLiteral("stage:%1").arg(int(stage));
        row.name = orderstage::displayName(stage);
        row.value = d.pipeline.pending.value(stage);
        row.warning = d.pipeline.stuck.value(stage);
        row.valueText = uiformat::number(row.value);
        row.color = theme::stageText(int(stage)).lighter(150);
        row.emphasised = d.current.bottleneck == stage;
        QStringList note;
        if (row.warning > 0)
            note << stuckLink(stage, row.warning);
        const StageTime time = d.current.orders.stageTimes.value(stage);
        if (time.averageSeconds && time.medianSeconds)
            note << tr("avg %1 · median %2")
                        .arg(uiformat::duration(*time.averageSeconds),
                             uiformat::duration(*time.medianSeconds));
        row.note = note.join(QStringLiteral(" · "));
        rows.append(row);
    }
    m_pipeline->setRows(rows);
    if (d.current.bottleneck) {
        const OrderStage stage = *d.current.bottleneck;
        const StageTime time = d.current.orders.stageTimes.value(stage);
        m_bottleneck->setText(tr("Bottleneck in the period: <b>%1</b> — orders that left it stayed %2 "
                                 "(median), the largest share of its "
                                 "limit.")
                                  .arg(orderstage::displayName(stage).toHtmlEscaped(),
                                       uiformat::duration(time.medianSeconds.value_or(0))));
    } else {
        m_bottleneck->setText(
            tr("Time in stage: average and median stay of the orders that left each stage in the "
               "period."));
    }
}

void DashboardTab::showTickets(const Dashboard &d)
{
    QList<BarRow> open;
    for (Touchpoint t : touchpoint::all) {
        BarRow row;
        row.link = QStringLiteral("open:%1").arg(int(t));
        row.name = touchpoint::displayName(t);
        row.value = d.openTickets.byTouchpoint.value(t);
        row.valueText = uiformat::number(row.value);
        row.color = QColor(0x8b, 0x5c, 0xf6);
        open.append(row);
    }
    m_openTickets->setRows(open);

    QList<BarRow> voice;
    for (const TouchpointTopics &topics : d.current.voiceOfCustomer) {
        BarRow row;
        row.link = QStringLiteral("voc:%1").arg(int(topics.touchpoint));
        row.name = touchpoint::displayName(topics.touchpoint);
        row.value = topics.tickets;
        row.valueText = uiformat::number(topics.tickets);
        row.color = QColor(0x0f, 0x76, 0x6e);
        QStringList links;
        for (const auto &[category, count] : topics.topCategories) {
            const QString name = category.isEmpty() ? tr("no category") : category;
            links << QStringLiteral(
                         "<a href=\"voc:%1:%2\" style=\"color:#0f766e; text-decoration:none\">%3</a> %4")
                         .arg(int(topics.touchpoint))
                         .arg(category.toHtmlEscaped(), name.toHtmlEscaped(), uiformat::number(count));
        }
        row.note = links.join(QStringLiteral(" · "));
        voice.append(row);
    }
    m_voice->setRows(voice);
}

std::optional<qint64> DashboardTab::channelId(const QString &code) const
{
    if (m_shown) {
        for (const Channel &channel : m_shown->channels) {
            if (channel.code == code)
                return channel.id;
        }
    }
    return std::nullopt;
}

void DashboardTab::activate(const QString &link)
{
    const QString kind = link.section(QLatin1Char(':'), 0, 0);
    const QString arg = link.section(QLatin1Char(':'), 1, 1);
    const QTimeZone zone = businesstime::defaultZone();
    if (kind == QLatin1String("stage") || kind == QLatin1String("stuck")) {
        OrderFilter filter;
        filter.stage = OrderStage(arg.toInt());
        filter.stuckOnly = kind == QLatin1String("stuck");
        emit openOrders(filter);
    } else if (kind == QLatin1String("channel")) {
        OrderFilter filter;
        filter.channelId = channelId(arg);
        filter.placedFrom = m_period.startUtc(zone);
        filter.placedTo = m_period.endUtc(zone);
        emit openOrders(filter);
    } else if (kind == QLatin1String("product")) {
        emit openProduct(arg.toLongLong());
    } else if (kind == QLatin1String("critical")) {
        emit openCriticalStock();
    } else if (kind == QLatin1String("open")) {
        TicketFilter filter;
        filter.openOnly = true;
        filter.touchpoint = Touchpoint(arg.toInt());
        emit openTickets(filter);
    } else if (kind == QLatin1String("voc")) {
        TicketFilter filter;
        filter.touchpoint = Touchpoint(arg.toInt());
        filter.createdFrom = m_period.startUtc(zone);
        filter.createdTo = m_period.endUtc(zone);
        // The category is the rest of the link, whatever it contains (an empty one is "no category").
        if (link.count(QLatin1Char(':')) >= 2)
            filter.category = link.section(QLatin1Char(':'), 2);
        emit openTickets(filter);
    }
}

TicketFilter DashboardTab::breachedIn(const Period &period) const
{
    // The tickets behind the period's SLA breach counts: created in it, breached by its end or by
    // the time the figures shown were loaded, if earlier (so the list matches the figure).
    const QTimeZone zone = businesstime::defaultZone();
    TicketFilter filter;
    filter.createdFrom = period.startUtc(zone);
    filter.createdTo = period.endUtc(zone);
    const qint64 asOf = m_shown ? m_shown->asOf : m_context.clock.now();
    filter.slaBreachedBy = std::min(period.endUtc(zone), asOf);
    return filter;
}

void DashboardTab::cardClicked(int card)
{
    using Card = DashboardCards::Card;
    const QTimeZone zone = businesstime::defaultZone();
    OrderFilter orders;
    TicketFilter tickets;
    switch (Card(card)) {
    case Card::OrdersIn:
    case Card::GrossSales:
        orders.placedFrom = m_period.startUtc(zone);
        orders.placedTo = m_period.endUtc(zone);
        emit openOrders(orders);
        return;
    case Card::OrdersDone:
        // Completed in the period (what the card counts), whatever stage they are in now.
        orders.completedFrom = m_period.startUtc(zone);
        orders.completedTo = m_period.endUtc(zone);
        emit openOrders(orders);
        return;
    case Card::Stuck:
        orders.stuckOnly = true;
        emit openOrders(orders);
        return;
    case Card::CriticalStock:
        emit openCriticalStock();
        return;
    case Card::OpenTickets:
        tickets.openOnly = true;
        emit openTickets(tickets);
        return;
    case Card::SlaBreaches:
        emit openTickets(breachedIn(m_period));
        return;
    case Card::Fcr:
    case Card::Aht:
    case Card::Csat:
        tickets.resolvedFrom = m_period.startUtc(zone);
        tickets.resolvedTo = m_period.endUtc(zone);
        emit openTickets(tickets);
        return;
    }
}

} // namespace rapi

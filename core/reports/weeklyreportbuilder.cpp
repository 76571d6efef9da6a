// WeeklyReportBuilder: the weekly report's tables from DashboardService (the figures of the
// dashboard and of `rapi-cli kpi --json`), the stuck orders and the reorder list.
#include "common/clock.h"
#include "kpi/dashboardservice.h"
#include "orders/orderrepository.h"
#include "reports/weeklyreport.h"
#include "sla/businesssettings.h"
#include "stock/stockledger.h"
#include "tasks/taskservice.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::WeeklyReport)
};

ReportValue change(const ReportValue &current, const ReportValue &previous)
{
    if (!current.isNumber() || !previous.isNumber())
        return ReportValue::empty();
    return ReportValue::percent(DashboardService::changePercent(current.number(), previous.number()));
}

QList<ReportColumn> comparingColumns(const QString &what)
{
    return {{QStringLiteral("label"), what},
            {QStringLiteral("current"), Tr::tr("This week")},
            {QStringLiteral("previous"), Tr::tr("Previous week")},
            {QStringLiteral("change_percent"), Tr::tr("Change")}};
}

void addComparing(ReportSection &section, const QString &key, const QString &label, ReportValue current,
                  ReportValue previous)
{
    const ReportValue delta = change(current, previous);
    section.rows.append({key, {ReportValue::ofText(label), std::move(current), std::move(previous), delta}});
}

ReportSection summary(const Dashboard &d)
{
    ReportSection s{
        QStringLiteral("summary"), Tr::tr("Key figures"), {}, comparingColumns(Tr::tr("Figure")), {}};
    const OrderPeriodFigures &c = d.current.orders;
    const OrderPeriodFigures &p = d.previous.orders;
    addComparing(s, QStringLiteral("orders_in"), Tr::tr("Orders in"), ReportValue::count(c.ordersIn),
                 ReportValue::count(p.ordersIn));
    addComparing(s, QStringLiteral("orders_done"), Tr::tr("Orders completed"),
                 ReportValue::count(c.ordersDone), ReportValue::count(p.ordersDone));
    addComparing(s, QStringLiteral("gross_sales"), Tr::tr("Gross sales"), ReportValue::money(c.grossSales),
                 ReportValue::money(p.grossSales));
    for (const Channel &channel : d.channels)
        addComparing(s, QStringLiteral("gross_sales_by_channel.") + channel.code,
                     Tr::tr("Gross sales, %1").arg(channel.name),
                     ReportValue::money(c.grossSalesByChannel.value(channel.code)),
                     ReportValue::money(p.grossSalesByChannel.value(channel.code)));
    for (const Channel &channel : d.channels)
        addComparing(s, QStringLiteral("orders_in_by_channel.") + channel.code,
                     Tr::tr("Orders in, %1").arg(channel.name),
                     ReportValue::count(c.ordersInByChannel.value(channel.code)),
                     ReportValue::count(p.ordersInByChannel.value(channel.code)));
    const TicketPeriodKpis &tc = d.current.tickets;
    const TicketPeriodKpis &tp = d.previous.tickets;
    addComparing(s, QStringLiteral("tickets_created"), Tr::tr("Tickets created"),
                 ReportValue::count(tc.ticketsCreated), ReportValue::count(tp.ticketsCreated));
    addComparing(s, QStringLiteral("tickets_resolved"), Tr::tr("Tickets resolved"),
                 ReportValue::count(tc.ticketsResolved), ReportValue::count(tp.ticketsResolved));
    addComparing(s, QStringLiteral("sla_first_response_breaches"), Tr::tr("SLA breaches, first response"),
                 ReportValue::count(tc.slaFirstResponseBreaches),
                 ReportValue::count(tp.slaFirstResponseBreaches));
    addComparing(s, QStringLiteral("sla_resolution_breaches"), Tr::tr("SLA breaches, resolution"),
                 ReportValue::count(tc.slaResolutionBreaches), ReportValue::count(tp.slaResolutionBreaches));
    addComparing(s, QStringLiteral("fcr_percent"), Tr::tr("First contact resolution"),
                 ReportValue::percent(tc.fcrPercent), ReportValue::percent(tp.fcrPercent));
    addComparing(s, QStringLiteral("aht_seconds"), Tr::tr("Average handle time"),
                 ReportValue::duration(tc.ahtSeconds), ReportValue::duration(tp.ahtSeconds));
    addComparing(s, QStringLiteral("csat_percent"), Tr::tr("Customer satisfaction (CSAT)"),
                 ReportValue::percent(tc.csatPercent), ReportValue::percent(tp.csatPercent));
    const auto stageName = [](const std::optional<OrderStage> &stage) {
        return stage ? ReportValue::ofText(orderstage::displayName(*stage)) : ReportValue::empty();
    };
    s.rows.append({QStringLiteral("bottleneck"),
                   {ReportValue::ofText(Tr::tr("Bottleneck stage")), stageName(d.current.bottleneck),
                    stageName(d.previous.bottleneck), ReportValue::empty()}});
    return s;
}

ReportSection now(const Dashboard &d)
{
    ReportSection s{QStringLiteral("now"),
                    Tr::tr("Right now"),
                    {},
                    {{QStringLiteral("label"), Tr::tr("Figure")}, {QStringLiteral("value"), Tr::tr("Now")}},
                    {}};
    qint64 pending = 0, stuck = 0;
    for (qint64 n : d.pipeline.pending)
        pending += n;
    for (qint64 n : d.pipeline.stuck)
        stuck += n;
    const auto add = [&](const QString &key, const QString &label, qint64 value) {
        s.rows.append({key, {ReportValue::ofText(label), ReportValue::count(value)}});
    };
    add(QStringLiteral("pending"), Tr::tr("Orders in progress"), pending);
    add(QStringLiteral("stuck"), Tr::tr("Stuck orders"), stuck);
    add(QStringLiteral("critical_stock"), Tr::tr("Products at or below their reorder point"),
        d.criticalStock);
    add(QStringLiteral("open_tickets"), Tr::tr("Open tickets"), d.openTickets.total);
    return s;
}

ReportSection pipeline(const Dashboard &d)
{
    ReportSection s{QStringLiteral("pipeline"),
                    Tr::tr("Pipeline and time in stage"),
                    {},
                    {{QStringLiteral("label"), Tr::tr("Stage")},
                     {QStringLiteral("pending"), Tr::tr("In stage now")},
                     {QStringLiteral("stuck"), Tr::tr("Stuck now")},
                     {QStringLiteral("left"), Tr::tr("Left this week")},
                     {QStringLiteral("median_current"), Tr::tr("Median, this week")},
                     {QStringLiteral("median_previous"), Tr::tr("Median, previous week")},
                     {QStringLiteral("change_percent"), Tr::tr("Change")}},
                    {}};
    for (OrderStage stage : orderstage::pending) {
        const StageTime current = d.current.orders.stageTimes.value(stage);
        const StageTime previous = d.previous.orders.stageTimes.value(stage);
        const ReportValue medianCurrent = ReportValue::duration(current.medianSeconds);
        const ReportValue medianPrevious = ReportValue::duration(previous.medianSeconds);
        s.rows.append({orderstage::code(stage),
                       {ReportValue::ofText(orderstage::displayName(stage)),
                        ReportValue::count(d.pipeline.pending.value(stage)),
                        ReportValue::count(d.pipeline.stuck.value(stage)), ReportValue::count(current.left),
                        medianCurrent, medianPrevious, change(medianCurrent, medianPrevious)}});
    }
    s.note =
        d.current.bottleneck
            ? Tr::tr(
                  "Bottleneck this week: %1 (its median stay is the largest share of its stuck threshold).")
                  .arg(orderstage::displayName(*d.current.bottleneck))
            : Tr::tr("No bottleneck this week: no stage with a stuck threshold was left by an order.");
    return s;
}

ReportSection tickets(const Dashboard &d)
{
    ReportSection s{QStringLiteral("tickets"),
                    Tr::tr("Tickets by touchpoint"),
                    {},
                    comparingColumns(Tr::tr("Touchpoint")),
                    {}};
    s.columns.append({QStringLiteral("open"), Tr::tr("Open now")});
    s.columns.append({QStringLiteral("top_categories"), Tr::tr("Top categories this week")});
    for (const TouchpointTopics &current : d.current.voiceOfCustomer) {
        qint64 previous = 0;
        for (const TouchpointTopics &p : d.previous.voiceOfCustomer)
            if (p.touchpoint == current.touchpoint)
                previous = p.tickets;
        QStringList top;
        for (const auto &[category, count] : current.topCategories)
            top.append(QStringLiteral("%1 (%2)")
                           .arg(category.isEmpty() ? Tr::tr("no category") : category)
                           .arg(count));
        addComparing(s, touchpoint::code(current.touchpoint), touchpoint::displayName(current.touchpoint),
                     ReportValue::count(current.tickets), ReportValue::count(previous));
        s.rows.last().cells << ReportValue::count(d.openTickets.byTouchpoint.value(current.touchpoint))
                            << (top.isEmpty() ? ReportValue::empty()
                                              : ReportValue::ofText(top.join(QStringLiteral(", "))));
    }
    s.note =
        Tr::tr(
            "SLA breaches of the week's tickets: %1 first responses, %2 resolutions (previous week: %3, %4).")
            .arg(d.current.tickets.slaFirstResponseBreaches)
            .arg(d.current.tickets.slaResolutionBreaches)
            .arg(d.previous.tickets.slaFirstResponseBreaches)
            .arg(d.previous.tickets.slaResolutionBreaches);
    return s;
}

ReportSection days(const Dashboard &d, WeeklyReport &report)
{
    ReportSection s{QStringLiteral("days"),
                    Tr::tr("Orders and gross sales per day"),
                    {},
                    {{QStringLiteral("date"), Tr::tr("Day")},
                     {QStringLiteral("orders_in"), Tr::tr("Orders in")},
                     {QStringLiteral("orders_done"), Tr::tr("Completed")}},
                    {}};
    for (const Channel &channel : d.channels)
        s.columns.append({QStringLiteral("gross_sales_by_channel.") + channel.code, channel.name});
    s.columns.append({QStringLiteral("gross_sales"), Tr::tr("Gross sales")});
    for (const OrderDayFigures &day : d.current.orders.days) {
        ReportRow row{day.date.toString(Qt::ISODate),
                      {ReportValue::date(day.date), ReportValue::count(day.ordersIn),
                       ReportValue::count(day.ordersDone)}};
        ReportChannelDay chart{day.date, {}, {}};
        for (const Channel &channel : d.channels) {
            row.cells.append(ReportValue::money(day.grossSalesByChannel.value(channel.code)));
            chart.orders.append(day.ordersInByChannel.value(channel.code));
            chart.grossSales.append(day.grossSalesByChannel.value(channel.code));
        }
        row.cells.append(ReportValue::money(day.grossSales));
        s.rows.append(row);
        report.days.append(chart);
    }
    return s;
}

ReportSection trend(const Dashboard &d, WeeklyReport &report)
{
    ReportSection s{QStringLiteral("trend"),
                    Tr::tr("Eight-week trend"),
                    {},
                    {{QStringLiteral("week"), Tr::tr("Week")},
                     {QStringLiteral("orders_in"), Tr::tr("Orders in")},
                     {QStringLiteral("gross_sales"), Tr::tr("Gross sales")},
                     {QStringLiteral("tickets_created"), Tr::tr("Tickets")},
                     {QStringLiteral("sla_breaches"), Tr::tr("SLA breaches")},
                     {QStringLiteral("csat_percent"), Tr::tr("CSAT")}},
                    {}};
    for (const WeekTrend &w : d.weeklyTrend) {
        s.rows.append(
            {w.label,
             {ReportValue::ofText(w.label), ReportValue::count(w.ordersIn), ReportValue::money(w.grossSales),
              ReportValue::count(w.tickets.ticketsCreated),
              ReportValue::count(w.tickets.slaFirstResponseBreaches + w.tickets.slaResolutionBreaches),
              ReportValue::percent(w.tickets.csatPercent)}});
        report.trend.append({w.label, w.ordersIn, w.grossSales});
    }
    return s;
}

Result<ReportSection> stuckOrders(Database &db, qint64 now)
{
    ReportSection s{QStringLiteral("stuck_orders"),
                    Tr::tr("Stuck orders"),
                    {},
                    {{QStringLiteral("number"), Tr::tr("Order")},
                     {QStringLiteral("channel"), Tr::tr("Channel")},
                     {QStringLiteral("customer"), Tr::tr("Customer")},
                     {QStringLiteral("stage"), Tr::tr("Stage")},
                     {QStringLiteral("in_stage"), Tr::tr("In stage for")},
                     {QStringLiteral("total"), Tr::tr("Total")}},
                    {}};
    const OrderRepository orders(db);
    OrderFilter filter;
    filter.stuckOnly = true;
    auto count = orders.count(filter, now);
    if (!count)
        return Error{count.error()};
    auto rows = orders.page(filter, OrderSortKey::PlacedAt, false, std::nullopt,
                            WeeklyReportBuilder::maxStuckOrders, now);
    if (!rows)
        return Error{rows.error()};
    for (const OrderRow &o : rows.value())
        s.rows.append(
            {o.number,
             {ReportValue::ofText(o.number), ReportValue::ofText(o.channelName),
              ReportValue::ofText(o.customerName), ReportValue::ofText(orderstage::displayName(o.stage)),
              ReportValue::duration(now - o.stageEnteredAt), ReportValue::money(o.total)}});
    if (count.value() == 0)
        s.note = Tr::tr("No order is over its stage's stuck threshold.");
    else if (count.value() > s.rows.size())
        s.note = Tr::tr("%1 orders are stuck; the %2 placed first are listed.")
                     .arg(count.value())
                     .arg(s.rows.size());
    else
        s.note = Tr::tr("Orders over their stage's stuck threshold now, placed first at the top.");
    return s;
}

Result<ReportSection> reorder(Database &db, const Clock &clock)
{
    ReportSection s{QStringLiteral("reorder"),
                    Tr::tr("Critical stock and reorder list"),
                    {},
                    {{QStringLiteral("sku"), Tr::tr("SKU")},
                     {QStringLiteral("name"), Tr::tr("Product")},
                     {QStringLiteral("available"), Tr::tr("Available")},
                     {QStringLiteral("reorder_point"), Tr::tr("Reorder point")},
                     {QStringLiteral("suggested_qty"), Tr::tr("Order")},
                     {QStringLiteral("cost"), Tr::tr("Cost")}},
                    {}};
    auto list = StockLedger(db, clock).reorderList();
    if (!list)
        return Error{list.error()};
    Money total = 0;
    for (const ReorderSuggestion &r : list.value()) {
        const Money cost = r.suggestedQty * r.product.cost;
        total += cost;
        s.rows.append({r.product.sku,
                       {ReportValue::ofText(r.product.sku), ReportValue::ofText(r.product.name),
                        ReportValue::count(r.product.available()), ReportValue::count(r.product.reorderPoint),
                        ReportValue::count(r.suggestedQty), ReportValue::money(cost)}});
    }
    s.note = s.rows.isEmpty() ? Tr::tr("Every product is above its reorder point.")
                              : Tr::tr("%n product(s) to reorder, %1 at cost.", nullptr, int(s.rows.size()))
                                    .arg(money::format(total));
    return s;
}

// Team rhythm (SPEC §7, issues 4 and 5): the owner's review notes of the week, every check-in of
// its seven days, and the tasks done in it, blocked now or overdue at its end.
Status teamRhythm(Database &db, const Clock &clock, const QTimeZone &zone, const Period &week,
                  const Actor &actor, QList<ReportSection> &sections)
{
    const TaskService tasks(db, clock);
    ReportSection review{QStringLiteral("review_notes"),
                         Tr::tr("Team rhythm: review notes"),
                         {},
                         {{QStringLiteral("notes"), Tr::tr("Review notes")}},
                         {}};
    auto notes = tasks.review(week.from, actor);
    if (!notes)
        return Error{notes.error()};
    if (notes->trimmed().isEmpty())
        review.note = Tr::tr("No review notes for this week.");
    else
        review.rows.append({QStringLiteral("notes"), {ReportValue::ofText(notes.value())}});

    ReportSection checkins{QStringLiteral("checkins"),
                           Tr::tr("Team rhythm: check-ins"),
                           {},
                           {{QStringLiteral("date"), Tr::tr("Day")},
                            {QStringLiteral("person"), Tr::tr("Person")},
                            {QStringLiteral("focus_today"), Tr::tr("Focus")},
                            {QStringLiteral("done_yesterday"), Tr::tr("Done yesterday")},
                            {QStringLiteral("blockers"), Tr::tr("Blockers")}},
                           {}};
    int blocked = 0;
    for (QDate day = week.from; day < week.to; day = day.addDays(1)) {
        auto list = tasks.checkIns(day, actor);
        if (!list)
            return Error{list.error()};
        for (const CheckIn &c : list.value()) {
            blocked += c.blockers.isEmpty() ? 0 : 1;
            const auto text = [](const QString &t) {
                return t.isEmpty() ? ReportValue::empty() : ReportValue::ofText(t);
            };
            checkins.rows.append({day.toString(Qt::ISODate) + QLatin1Char('.') + c.userName,
                                  {ReportValue::date(day), ReportValue::ofText(c.userName),
                                   text(c.focusToday), text(c.doneYesterday), text(c.blockers)}});
        }
    }
    checkins.note = checkins.rows.isEmpty() ? Tr::tr("No check-ins this week.")
                                            : Tr::tr("%n check-in(s) this week, %1 with blockers.", nullptr,
                                                     int(checkins.rows.size()))
                                                  .arg(blocked);

    ReportSection work{QStringLiteral("week_tasks"),
                       Tr::tr("Team rhythm: tasks"),
                       {},
                       {{QStringLiteral("state"), Tr::tr("State")},
                        {QStringLiteral("title"), Tr::tr("Task")},
                        {QStringLiteral("assignee"), Tr::tr("Assignee")},
                        {QStringLiteral("due"), Tr::tr("Due")},
                        {QStringLiteral("blocker"), Tr::tr("Blocker")}},
                       {}};
    TaskFilter filter;
    filter.includeDone = true;
    filter.limit = 5000;
    auto all = tasks.list(filter, actor);
    if (!all)
        return Error{all.error()};
    const qint64 weekEnd = businesstime::startOfDay(week.to, zone);
    const auto add = [&](const QString &state, const QString &label, const Task &t) {
        work.rows.append(
            {state + QLatin1Char('.') + QString::number(t.id),
             {ReportValue::ofText(label), ReportValue::ofText(t.title),
              t.assigneeName.isEmpty() ? ReportValue::empty() : ReportValue::ofText(t.assigneeName),
              t.due.isValid() ? ReportValue::date(t.due) : ReportValue::empty(),
              t.blocker.isEmpty() ? ReportValue::empty() : ReportValue::ofText(t.blocker)}});
    };
    for (const Task &t : all.value())
        if (t.status == TaskStatus::Done && t.doneAt && week.contains(businesstime::dateOf(*t.doneAt, zone)))
            add(QStringLiteral("done"), Tr::tr("Done this week"), t);
    for (const Task &t : all.value())
        if (t.status == TaskStatus::Blocked)
            add(QStringLiteral("blocked"), Tr::tr("Blocked"), t);
    for (const Task &t : all.value())
        if (t.due.isValid() && t.due < week.to && t.createdAt < weekEnd &&
            (!t.doneAt || *t.doneAt >= weekEnd))
            add(QStringLiteral("overdue"), Tr::tr("Overdue at the end of the week"), t);
    work.note = work.rows.isEmpty()
                    ? Tr::tr("No task was done, blocked or overdue this week.")
                    : Tr::tr("Tasks done this week, blocked now, and overdue on Sunday evening.");
    sections << review << checkins << work;
    return Status::success();
}

} // namespace

WeeklyReportBuilder::WeeklyReportBuilder(Database &db, const Clock &clock, QTimeZone zone, Actor reader)
    : m_db(db), m_clock(clock), m_zone(zone.isValid() ? zone : businesstime::defaultZone()),
      m_reader(std::move(reader))
{}

Period WeeklyReportBuilder::lastWeek() const
{
    return Period::isoWeekOf(businesstime::dateOf(m_clock.now(), m_zone)).previous();
}

Result<WeeklyReport> WeeklyReportBuilder::build(const QString &isoWeek) const
{
    const auto week = Period::parseIsoWeek(isoWeek.trimmed());
    if (!week)
        return Error{
            Tr::tr("“%1” is not an ISO week like 2026-W47 (year, “W”, week 1 to 52 or 53).").arg(isoWeek)};
    return build(*week);
}

Result<WeeklyReport> WeeklyReportBuilder::build(const Period &isoWeek) const
{
    if (!isoWeek.isIsoWeek())
        return Error{Tr::tr("The weekly report covers one ISO week, Monday to Sunday.")};
    auto dashboard = DashboardService(m_db, m_clock, m_zone).load(isoWeek);
    if (!dashboard)
        return Error{dashboard.error()};
    const Dashboard &d = dashboard.value();
    auto settings = BusinessSettingsStore(m_db).load();
    if (!settings)
        return Error{settings.error()};

    WeeklyReport r;
    r.businessName = settings->name;
    r.week = isoWeek;
    r.previousWeek = d.previous.period;
    r.weekLabel = isoWeek.isoWeekLabel();
    r.previousWeekLabel = r.previousWeek.isoWeekLabel();
    r.asOf = d.asOf;
    for (const Channel &channel : d.channels)
        r.channels.append(channel.name);
    r.sections = {summary(d), now(d), days(d, r), pipeline(d)};
    auto stuck = stuckOrders(m_db, d.asOf);
    if (!stuck)
        return Error{stuck.error()};
    r.sections.append(std::move(stuck).value());
    auto stock = reorder(m_db, m_clock);
    if (!stock)
        return Error{stock.error()};
    r.sections.append(std::move(stock).value());
    r.sections.append(tickets(d));
    r.sections.append(trend(d, r));
    if (Status rhythm = teamRhythm(m_db, m_clock, m_zone, isoWeek, m_reader, r.sections); !rhythm)
        return Error{rhythm.error()};

    const auto thresholds = d.pipeline.stuckAfterSeconds;
    for (OrderStage stage : orderstage::pending) {
        const auto threshold =
            thresholds.contains(stage) ? std::optional<qint64>(thresholds.value(stage)) : std::nullopt;
        r.stageTimes.append({orderstage::displayName(stage),
                             d.current.orders.stageTimes.value(stage).medianSeconds,
                             d.previous.orders.stageTimes.value(stage).medianSeconds, threshold});
    }
    return r;
}

} // namespace rapi

// The dashboard as a shop owner uses it: the figures of a small shop worked out by hand, the
// previous period beside them, switching periods, and every figure opening the list behind it.
#include "common/messagebanner.h"
#include "customers/customerrepository.h"
#include "dashboard/charts/barlist.h"
#include "dashboard/charts/channeldaychart.h"
#include "dashboard/charts/trendchart.h"
#include "dashboard/criticalstocklist.h"
#include "dashboard/dashboardcards.h"
#include "dashboard/dashboardloader.h"
#include "dashboard/dashboardtab.h"
#include "dashboard/kpicard.h"
#include "orders/orderlistmodel.h"
#include "orders/orderstab.h"
#include "stock/producttablemodel.h"
#include "stock/stocktab.h"
#include "testdb.h"
#include "tickets/ticketqueuemodel.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketstab.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace rapi;
using namespace rapi::test;

namespace {

constexpr Money kRupiah = 100;
using Card = DashboardCards::Card;

// 2025, WIB. The fixture's clock is Friday 21 November 2025 11:40 WIB: this week is 17–23 November.
qint64 wib(int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(2025, m, d), QTime(h, min), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}

// A shop whose figures were worked out by hand:
// last week  L1 Wed 12 Nov shopee, 1 × A (Rp 100.000), still new; ticket T4 Thu 13 Nov shipping.
// this week  O1 Mon 17 Nov shopee, 2 × A (Rp 200.000), paid Mon 09:30: stuck by Friday (limit 12 h);
//            O2 Tue 18 Nov tokopedia, 1 × B (Rp 250.000), new;
//            O3 Thu 20 Nov shopee, 1 × A (Rp 100.000), paid Fri 11:00: not stuck;
//            T1 Mon, T2 Tue shipping "keterlambatan", T3 Tue payment "transfer".
// B has 3 on hand under a reorder point of 5: one critical product.
struct Shop : UiFixture
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 customer = 0;

    Shop()
    {
        a = addProduct(QStringLiteral("A-1"), 100000 * kRupiah, 100, 5);
        b = addProduct(QStringLiteral("B-1"), 250000 * kRupiah, 3, 5);
        auto id = CustomerRepository(*db, clock)
                      .findOrCreate(QStringLiteral("Siti"), QStringLiteral("0812-1111-2222"));
        REQUIRE(id.ok());
        customer = id.value();
        const qint64 now = clock.now();
        place(wib(11, 12, 10), a, 1, "shopee");
        ticket(wib(11, 13, 9), Touchpoint::Shipping, "keterlambatan");
        const qint64 o1 = place(wib(11, 17, 9), a, 2, "shopee");
        moveAt(o1, OrderStage::AwaitingPayment, wib(11, 17, 9, 10));
        moveAt(o1, OrderStage::Paid, wib(11, 17, 9, 30));
        place(wib(11, 18, 10), b, 1, "tokopedia");
        const qint64 o3 = place(wib(11, 20, 14), a, 1, "shopee");
        moveAt(o3, OrderStage::AwaitingPayment, wib(11, 20, 14, 10));
        moveAt(o3, OrderStage::Paid, wib(11, 21, 11));
        ticket(wib(11, 17, 10), Touchpoint::Shipping, "keterlambatan");
        ticket(wib(11, 18, 10), Touchpoint::Shipping, "keterlambatan");
        ticket(wib(11, 18, 11), Touchpoint::Payment, "transfer");
        clock.set(now);
    }
    qint64 place(qint64 at, qint64 product, qint64 qty, const char *channel)
    {
        clock.set(at);
        return placeOrder({{product, qty, std::nullopt, 0}}, PaymentMethod::Transfer,
                          QString::fromLatin1(channel));
    }
    void moveAt(qint64 order, OrderStage to, qint64 at)
    {
        clock.set(at - 60);
        REQUIRE(move(order, to).ok());
    }
    void ticket(qint64 at, Touchpoint touchpoint, const char *category)
    {
        clock.set(at);
        NewTicket t;
        t.customerId = customer;
        t.touchpoint = touchpoint;
        t.category = QString::fromUtf8(category);
        t.subject = QStringLiteral("Tanya");
        REQUIRE(TicketService(*db, clock).create(t, actor).ok());
    }
    DashboardTab *dashboard()
    {
        DashboardTab *tab = window->dashboardTab();
        REQUIRE(waitUntil([&] { return !tab->isLoading() && tab->shown(); }));
        return tab;
    }
    KpiCard *card(Card c) { return dashboard()->cards()->card(c); }
    int rowOf(BarList *list, const QString &link)
    {
        for (int i = 0; i < list->rowCount(); ++i) {
            if (list->row(i).link == link)
                return i;
        }
        FAIL("no row " << link.toStdString());
        return -1;
    }
    void clickNoteLink(BarList *list, const QString &row, const QString &link)
    {
        auto *note = list->findChild<QLabel *>(QStringLiteral("note:") + row);
        REQUIRE(note);
        REQUIRE(note->text().contains(QStringLiteral("href=\"%1\"").arg(link)));
        emit note->linkActivated(link);
    }
    qint64 ordersShown()
    {
        REQUIRE(window->tabs()->currentWidget() == window->ordersTab());
        return window->ordersTab()->model()->totalCount();
    }
    qint64 ticketsShown()
    {
        REQUIRE(window->tabs()->currentWidget() == window->ticketsTab());
        return window->ticketsTab()->model()->totalCount();
    }
    QString activeFilter(QWidget *tab)
    {
        auto *bar = tab->findChild<QWidget *>(QStringLiteral("activeFilterBar"));
        return bar && bar->isVisible() ? labelText(tab, QStringLiteral("activeFilterLabel")) : QString();
    }
};

} // namespace

TEST_CASE("the dashboard shows the week's figures of a small shop, computed by hand, beside last week's")
{
    Shop f;
    f.openWindow();
    DashboardTab *tab = f.dashboard();
    CHECK(tab->period() == Period{QDate(2025, 11, 17), QDate(2025, 11, 24)});
    CHECK(labelText(tab, QStringLiteral("periodLabel")) ==
          QStringLiteral("17 – 23 Nov 2025 · compared with 10 – 16 Nov 2025"));

    CHECK(f.card(Card::OrdersIn)->value() == QStringLiteral("3"));
    CHECK(f.card(Card::OrdersIn)->comparison().contains(QStringLiteral("▲ 200.0%")));
    CHECK(f.card(Card::OrdersIn)->comparison().contains(QStringLiteral("last week: 1")));
    CHECK(f.card(Card::GrossSales)->value() == QStringLiteral("Rp 550.000"));
    CHECK(f.card(Card::GrossSales)->comparison().contains(QStringLiteral("▲ 450.0%")));
    CHECK(f.card(Card::GrossSales)->comparison().contains(QStringLiteral("last week: Rp\u00a0100.000")));
    CHECK(f.card(Card::GrossSales)->detail() == QStringLiteral("average Rp 183.333 per order"));
    CHECK(f.card(Card::OrdersDone)->value() == QStringLiteral("0"));
    CHECK(f.card(Card::OrdersDone)->comparison().contains(QStringLiteral("no change")));
    CHECK(f.card(Card::Stuck)->value() == QStringLiteral("1"));
    CHECK(f.card(Card::Stuck)->detail() == QStringLiteral("of 4 orders waiting"));
    CHECK(f.card(Card::CriticalStock)->value() == QStringLiteral("1"));
    CHECK(f.card(Card::OpenTickets)->value() == QStringLiteral("4"));
    // "Now" figures have nothing to compare with.
    CHECK(f.card(Card::Stuck)->comparison().isEmpty());
    // No ticket was resolved in either week: nothing to divide by is a dash, not 0%.
    CHECK(f.card(Card::Fcr)->value() == QStringLiteral("—"));

    BarList *pipeline = tab->pipeline();
    const BarRow &paid =
        pipeline->row(f.rowOf(pipeline, QStringLiteral("stage:%1").arg(int(OrderStage::Paid))));
    CHECK(paid.value == 2);
    CHECK(paid.warning == 1);
    CHECK(pipeline->row(f.rowOf(pipeline, QStringLiteral("stage:%1").arg(int(OrderStage::New)))).value == 2);

    BarList *channels = tab->channelSales();
    CHECK(channels->row(f.rowOf(channels, QStringLiteral("channel:shopee"))).valueText ==
          QStringLiteral("Rp 300.000"));
    CHECK(channels->row(f.rowOf(channels, QStringLiteral("channel:tokopedia"))).valueText ==
          QStringLiteral("Rp 250.000"));

    BarList *voice = tab->voiceOfCustomer();
    const BarRow &shipping =
        voice->row(f.rowOf(voice, QStringLiteral("voc:%1").arg(int(Touchpoint::Shipping))));
    CHECK(shipping.value == 2); // T4 was last week
    CHECK(shipping.note.contains(QStringLiteral("keterlambatan</a> 2")));
    BarList *open = tab->openTicketList();
    CHECK(open->row(f.rowOf(open, QStringLiteral("open:%1").arg(int(Touchpoint::Shipping)))).value == 3);

    // The chart has a bar per day of the week and a part per channel.
    CHECK(tab->dayChart()->dates().size() == 7);
    CHECK(tab->dayChart()->channelCodes().contains(QStringLiteral("tokopedia")));
}

TEST_CASE("switching the period shows that period beside the one before it")
{
    Shop f;
    f.openWindow();
    DashboardTab *tab = f.dashboard();
    chooseByTyping(tab->periodCombo(), QStringLiteral("Last week"));
    tab = f.dashboard();
    CHECK(tab->preset() == PeriodPreset::LastWeek);
    CHECK(labelText(tab, QStringLiteral("periodLabel")) ==
          QStringLiteral("10 – 16 Nov 2025 · compared with 3 – 9 Nov 2025"));
    CHECK(f.card(Card::OrdersIn)->value() == QStringLiteral("1"));
    CHECK(f.card(Card::OrdersIn)->comparison().contains(QStringLiteral("new")));
    CHECK(f.card(Card::OrdersIn)->comparison().contains(QStringLiteral("the week before: 0")));

    chooseByTyping(tab->periodCombo(), QStringLiteral("Today"));
    tab = f.dashboard();
    CHECK(tab->period() == Period::day(QDate(2025, 11, 21)));
    CHECK(f.card(Card::OrdersIn)->value() == QStringLiteral("0"));
    CHECK(f.card(Card::OrdersIn)->comparison().contains(QStringLiteral("yesterday: 1")));
    CHECK(f.card(Card::OrdersIn)->comparison().contains(QStringLiteral("▼ 100.0%")));

    // A custom range counts both days; this month holds every order.
    tab->setCustomRange(QDate(2025, 11, 17), QDate(2025, 11, 18));
    tab = f.dashboard();
    CHECK(f.card(Card::OrdersIn)->value() == QStringLiteral("2"));
    CHECK(f.card(Card::OrdersIn)->comparison().contains(QStringLiteral("the 2 days before: 0")));
    tab->periodCombo()->setCurrentIndex(tab->periodCombo()->findData(int(PeriodPreset::ThisMonth)));
    tab = f.dashboard();
    CHECK(f.card(Card::OrdersIn)->value() == QStringLiteral("4"));
    CHECK(f.card(Card::OrdersIn)->comparison().contains(QStringLiteral("last month: 0")));

    // A range that ends before it starts is refused with a message and shows nothing new.
    tab->setCustomRange(QDate(2025, 11, 18), QDate(2025, 11, 10));
    CHECK(tab->findChild<MessageBanner *>()->text().startsWith(
        QStringLiteral("The last day (Monday, November 10, 2025) is before the first day")));
    CHECK(f.card(Card::OrdersIn)->value() == QStringLiteral("4"));
}

TEST_CASE("clicking a dashboard figure opens the filtered list behind it, which says so and clears")
{
    Shop f;
    MainWindow &window = f.openWindow();
    DashboardTab *tab = f.dashboard();

    // The stuck paid orders.
    const QString paid = QStringLiteral("stage:%1").arg(int(OrderStage::Paid));
    f.clickNoteLink(tab->pipeline(), paid, QStringLiteral("stuck:%1").arg(int(OrderStage::Paid)));
    CHECK(f.ordersShown() == 1);
    CHECK(window.ordersTab()->filter().stage == OrderStage::Paid);
    CHECK(window.ordersTab()->filter().stuckOnly);
    CHECK(f.activeFilter(window.ordersTab()) == QStringLiteral("Showing only: Paid · stuck only"));
    click(window.ordersTab()->findChild<QPushButton *>(QStringLiteral("clearFilterButton")));
    CHECK(f.ordersShown() == 4);
    CHECK(f.activeFilter(window.ordersTab()).isEmpty());
    CHECK(!window.ordersTab()->findChild<QCheckBox *>(QStringLiteral("stuckOnlyCheck"))->isChecked());

    // Every paid order, from the bar.
    f.goToTab(MainWindow::Tab::Dashboard);
    click(tab->pipeline()->barOf(paid));
    CHECK(f.ordersShown() == 2);

    // A channel's orders of the week.
    f.goToTab(MainWindow::Tab::Dashboard);
    click(tab->channelSales()->barOf(QStringLiteral("channel:shopee")));
    CHECK(f.ordersShown() == 2);
    CHECK(f.activeFilter(window.ordersTab()) ==
          QStringLiteral("Showing only: Shopee · placed 17 – 23 Nov 2025"));

    // A channel's orders of one day, from the chart.
    f.goToTab(MainWindow::Tab::Dashboard);
    emit tab->dayChart()->channelDayClicked(QStringLiteral("tokopedia"), QDate(2025, 11, 18));
    CHECK(f.ordersShown() == 1);
    CHECK(f.activeFilter(window.ordersTab()) ==
          QStringLiteral("Showing only: Tokopedia · placed Tue 18 Nov 2025"));

    // Orders in: the week's orders.
    f.goToTab(MainWindow::Tab::Dashboard);
    click(f.card(Card::OrdersIn));
    CHECK(f.ordersShown() == 3);

    // Critical stock.
    f.goToTab(MainWindow::Tab::Dashboard);
    click(f.card(Card::CriticalStock));
    REQUIRE(window.tabs()->currentWidget() == window.stockTab());
    CHECK(window.stockTab()->findChild<QCheckBox *>(QStringLiteral("criticalOnlyCheck"))->isChecked());

    // Open tickets at one touchpoint.
    f.goToTab(MainWindow::Tab::Dashboard);
    click(tab->openTicketList()->barOf(QStringLiteral("open:%1").arg(int(Touchpoint::Shipping))));
    CHECK(f.ticketsShown() == 3);
    CHECK(f.activeFilter(window.ticketsTab()) == QStringLiteral("Showing only: Shipping"));

    // Voice of the customer: one topic of one touchpoint, created this week.
    f.goToTab(MainWindow::Tab::Dashboard);
    const QString shipping = QStringLiteral("voc:%1").arg(int(Touchpoint::Shipping));
    f.clickNoteLink(tab->voiceOfCustomer(), shipping, shipping + QStringLiteral(":keterlambatan"));
    CHECK(f.ticketsShown() == 2);
    CHECK(f.activeFilter(window.ticketsTab()) ==
          QStringLiteral(
              "Showing only: all statuses · Shipping · category “keterlambatan” · created 17 – 23 Nov 2025"));
    click(window.ticketsTab()->findChild<QPushButton *>(QStringLiteral("clearFilterButton")));
    CHECK(f.ticketsShown() == 4);
    CHECK(f.activeFilter(window.ticketsTab()).isEmpty());

    // SLA breaches: the week's tickets, most urgent first.
    f.goToTab(MainWindow::Tab::Dashboard);
    click(f.card(Card::SlaBreaches));
    CHECK(f.ticketsShown() == 3);
}

TEST_CASE("orders done, SLA breaches and critical stock open exactly the orders, tickets and products behind them")
{
    Shop f;
    // L2 completed last week (Fri 14 Nov); L3 placed last week, completed this week (Wed 19 Nov);
    // O4 placed and completed this week (Thu 20 Nov). A ticket of Friday 11:30 is not breached yet.
    const qint64 now = f.clock.now();
    f.clock.set(wib(11, 14, 9));
    f.bringTo(f.placeOrder({{f.a, 1, std::nullopt, 0}}), OrderStage::Completed, PaymentMethod::Transfer);
    f.clock.set(wib(11, 15, 9));
    const qint64 l3 = f.placeOrder({{f.a, 1, std::nullopt, 0}});
    f.clock.set(wib(11, 19, 9));
    f.bringTo(l3, OrderStage::Completed, PaymentMethod::Transfer);
    f.clock.set(wib(11, 20, 9));
    f.bringTo(f.placeOrder({{f.a, 1, std::nullopt, 0}}), OrderStage::Completed, PaymentMethod::Transfer);
    f.ticket(wib(11, 21, 11, 30), Touchpoint::Payment, "transfer");
    // Nine more critical products, C-1 the most urgent of all.
    for (int i = 1; i <= 9; ++i)
        f.addProduct(QStringLiteral("C-%1").arg(i), 1000 * kRupiah, i - 1, 10);
    f.clock.set(now);
    MainWindow &window = f.openWindow();
    DashboardTab *tab = f.dashboard();

    // Orders done: the two completed this week, not L2.
    CHECK(tab->shown()->current.orders.ordersDone == 2);
    click(f.card(Card::OrdersDone));
    CHECK(f.ordersShown() == 2);
    CHECK(!window.ordersTab()->filter().stage);
    CHECK(f.activeFilter(window.ordersTab()) == QStringLiteral("Showing only: completed 17 – 23 Nov 2025"));

    // SLA breaches: T1, T2 and T3 (unanswered for days), not the new ticket of 11:30.
    const TicketPeriodKpis &week = tab->shown()->current.tickets;
    CHECK(week.ticketsCreated == 4);
    CHECK(week.slaFirstResponseBreaches == 3);
    f.goToTab(MainWindow::Tab::Dashboard);
    click(f.card(Card::SlaBreaches));
    CHECK(f.ticketsShown() == 3);
    CHECK(f.activeFilter(window.ticketsTab()) ==
          QStringLiteral("Showing only: all statuses · SLA breached · created 17 – 23 Nov 2025"));
    // The trend's point of last week: T4 alone.
    f.goToTab(MainWindow::Tab::Dashboard);
    const WeekTrend &last = tab->shown()->weeklyTrend.at(DashboardService::trendWeeks - 2);
    REQUIRE(last.week == Period::isoWeekOf(QDate(2025, 11, 12)));
    REQUIRE(last.tickets.slaFirstResponseBreaches == 1);
    emit tab->trend()->weekClicked(TrendChart::Metric::SlaBreaches, last.week);
    CHECK(f.ticketsShown() == 1);

    // Critical stock: the eight most urgent of ten, C-1 (0 of 10) first, and "2 more".
    f.goToTab(MainWindow::Tab::Dashboard);
    BarList *bars = tab->criticalStockList()->bars();
    REQUIRE(bars->rowCount() == 8);
    CHECK(bars->row(0).valueText == QStringLiteral("0 of 10"));
    CHECK(bars->row(1).valueText == QStringLiteral("1 of 10"));
    QLabel *more = tab->criticalStockList()->moreLabel();
    CHECK(more->text().contains(QStringLiteral("and 2 more")));
    const QString first = bars->row(0).link;
    click(bars->barOf(first));
    REQUIRE(window.tabs()->currentWidget() == window.stockTab());
    CHECK(window.stockTab()->findChild<QCheckBox *>(QStringLiteral("criticalOnlyCheck"))->isChecked());
    CHECK(window.stockTab()->model()->rowCount() == 10);
    const auto *view = window.stockTab()->findChild<QTableView *>();
    REQUIRE(view);
    CHECK(view->currentIndex().siblingAtColumn(0).data().toString() == QStringLiteral("C-1"));
    // The "more" line opens the whole critical list.
    f.goToTab(MainWindow::Tab::Dashboard);
    window.stockTab()->showCriticalOnly(false);
    emit more->linkActivated(QStringLiteral("critical"));
    REQUIRE(window.tabs()->currentWidget() == window.stockTab());
    CHECK(window.stockTab()->model()->rowCount() == 10);
}

TEST_CASE("the dashboard loads in the background on a database file and keeps only the latest period")
{
    auto opened = Database::open(tempFilePath(QStringLiteral("dashboard-async.db")));
    REQUIRE(opened.ok());
    std::unique_ptr<Database> db = std::move(opened).value();
    ManualClock clock(wib(11, 21, 11, 40));
    AppContext context{*db, Actor::localOwner(), clock};
    DashboardLoader loader(context);
    REQUIRE(loader.isAsynchronous());
    QList<Period> loaded;
    QObject::connect(&loader, &DashboardLoader::loaded,
                     [&](const Dashboard &d) { loaded.append(d.current.period); });

    // Three periods in a row: only the last one arrives.
    loader.load(Period::isoWeekOf(QDate(2025, 11, 3)));
    loader.load(Period::isoWeekOf(QDate(2025, 11, 10)));
    loader.load(Period::monthOf(QDate(2025, 11, 21)));
    CHECK(loader.isLoading());
    REQUIRE(waitUntil([&] { return !loader.isLoading(); }, 10000));
    QTest::qWait(50);
    REQUIRE(loaded.size() == 1);
    CHECK(loaded.first() == Period::monthOf(QDate(2025, 11, 21)));
}

// Not run by default: `ui_dashboard "[.screenshot]"` with RAPI_SCREENSHOT_DB (a demo database) and
// RAPI_SCREENSHOT (a .png) saves the whole dashboard, scrolled part included, at 1360 wide.
TEST_CASE("dashboard screenshot of a database, full height", "[.screenshot]")
{
    const QString location = qEnvironmentVariable("RAPI_SCREENSHOT_DB");
    const QString path = qEnvironmentVariable("RAPI_SCREENSHOT");
    REQUIRE(!location.isEmpty());
    auto opened = Database::open(location);
    REQUIRE(opened.ok());
    std::unique_ptr<Database> db = std::move(opened).value();
    AppContext context{*db, Actor::localOwner()};
    MainWindow window(context);
    window.resize(1360, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitUntil([&] { return !window.isLoading(); }, 10000));
    QWidget *content = window.dashboardTab()->findChild<QWidget *>(QStringLiteral("dashboardContent"));
    REQUIRE(content);
    content->resize(content->width(), content->sizeHint().height());
    QTest::qWait(100);
    REQUIRE(content->grab().save(path));
}

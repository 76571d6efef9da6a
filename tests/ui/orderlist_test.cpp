// The orders list: filters the person sets, sorting by a clicked header, and lazy paging that
// keeps memory flat however far the list is scrolled.
#include "common/roles.h"
#include "orders/orderlistmodel.h"
#include "orders/orderstab.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace rapi;
using namespace rapi::test;

namespace {
constexpr Money kRupiah = 100;

QStringList shownStages(const OrderListModel *model)
{
    QStringList stages;
    for (int row = 0; row < model->rowCount(); ++row)
        stages << cellText(model, row, OrderListModel::Stage);
    return stages;
}
} // namespace

TEST_CASE("the orders list filters by stage and text and stuck and sorts by a clicked header")
{
    UiFixture f;
    const qint64 shirt = f.addProduct(QStringLiteral("KAOS-01"), 75000 * kRupiah, 100);
    QList<qint64> orders;
    for (qint64 quantity : {1, 2, 3, 4, 5}) {
        f.clock.advance(3600);
        orders << f.placeOrder({NewOrderLine{shirt, quantity}});
    }
    f.bringTo(orders[0], OrderStage::Paid, PaymentMethod::Transfer);
    f.bringTo(orders[1], OrderStage::Paid, PaymentMethod::Transfer);
    f.bringTo(orders[2], OrderStage::Processing, PaymentMethod::Transfer);
    // Paid orders are stuck after 12 hours.
    f.clock.advance(13 * 3600);
    f.bringTo(orders[3], OrderStage::Paid, PaymentMethod::Transfer);

    MainWindow &window = f.openWindow();
    f.goToTab(MainWindow::Tab::Orders);
    OrderListModel *model = window.ordersTab()->model();
    REQUIRE(model->rowCount() == 5);

    chooseByTyping(window.ordersTab()->findChild<QComboBox *>(QStringLiteral("stageFilter")),
                   QStringLiteral("Paid"));
    CHECK(shownStages(model) ==
          QStringList{QStringLiteral("Paid"), QStringLiteral("Paid"), QStringLiteral("Paid")});

    // Two of the three paid orders waited too long: flagged in the stage cell.
    int stuck = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex stage = model->index(row, OrderListModel::Stage);
        if (stage.data(StuckRole).toBool()) {
            ++stuck;
            CHECK(stage.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Stuck: in “Paid” for")));
        }
    }
    CHECK(stuck == 2);
    click(window.ordersTab()->findChild<QCheckBox *>(QStringLiteral("stuckOnlyCheck")));
    CHECK(model->rowCount() == 2);
    click(window.ordersTab()->findChild<QCheckBox *>(QStringLiteral("stuckOnlyCheck")));

    chooseByTyping(window.ordersTab()->findChild<QComboBox *>(QStringLiteral("stageFilter")),
                   QStringLiteral("All"));
    CHECK(model->rowCount() == 5);

    // Text search waits for the person to stop typing, then shows the one order.
    const QString number = f.window->ordersTab()->model()->index(2, OrderListModel::Number).data().toString();
    typeInto(window.ordersTab()->findChild<QLineEdit *>(QStringLiteral("searchEdit")), number);
    INFO("searching " << number.toStdString());
    REQUIRE(waitUntil([&] { return model->rowCount() == 1; }));
    CHECK(cellText(model, 0, OrderListModel::Number) == number);
    typeInto(window.ordersTab()->findChild<QLineEdit *>(QStringLiteral("searchEdit")), QString());
    REQUIRE(waitUntil([&] { return model->rowCount() == 5; }));

    // Newest first by default; a click on Total sorts by total.
    QHeaderView *header = window.ordersTab()->view()->horizontalHeader();
    const auto clickHeader = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                 header->height() / 2));
    };
    clickHeader(OrderListModel::Total);
    CHECK(model->sortKey() == OrderSortKey::Total);
    QList<qint64> totals;
    for (int row = 0; row < model->rowCount(); ++row)
        totals << model->index(row, OrderListModel::Total).data(RawValueRole).toLongLong();
    CHECK(std::is_sorted(totals.begin(), totals.end()) != std::is_sorted(totals.rbegin(), totals.rend()));
    // Channel is not a sort key: the list and its indicator stay as they were.
    clickHeader(OrderListModel::Channel);
    CHECK(model->sortKey() == OrderSortKey::Total);
    CHECK(header->sortIndicatorSection() == OrderListModel::Total);
}

TEST_CASE("the orders list loads pages on demand and keeps a bounded cache")
{
    UiFixture f;
    const qint64 shirt = f.addProduct(QStringLiteral("KAOS-02"), 10000 * kRupiah, 0);
    constexpr int kOrders = OrderListModel::PageSize * 12 + 37;
    QList<qint64> created;
    for (int i = 0; i < kOrders; ++i) {
        f.clock.advance(60);
        created << f.placeOrder({NewOrderLine{shirt, 1}});
    }
    MainWindow &window = f.openWindow();
    f.goToTab(MainWindow::Tab::Orders);
    OrderListModel *model = window.ordersTab()->model();
    QTableView *view = window.ordersTab()->view();
    REQUIRE(model->rowCount() == kOrders);
    CHECK(model->cachedPageCount() <= 2);

    // Dragging the scroll bar to the end shows the oldest orders without loading the middle.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTest::qWait(50);
    CHECK(model->index(kOrders - 1, 0).data(IdRole).toLongLong() == created.first());
    CHECK(model->cachedPageCount() <= 4);

    // While the scroll bar is dragged, rows flown over are not loaded; on release they are.
    model->setDeferLoading(true);
    const int pagesBefore = model->cachedPageCount();
    CHECK(!model->index(OrderListModel::PageSize * 3, 0).data(IdRole).isValid());
    CHECK(model->cachedPageCount() == pagesBefore);
    model->setDeferLoading(false);
    CHECK(model->index(OrderListModel::PageSize * 3, 0).data(IdRole).toLongLong() ==
          created.at(kOrders - 1 - OrderListModel::PageSize * 3));

    // A jump into the middle lands on the right order.
    const int middle = OrderListModel::PageSize * 6 + 11;
    CHECK(model->index(middle, 0).data(IdRole).toLongLong() == created.at(kOrders - 1 - middle));

    // Reading everything in order stays correct and never holds more than the cache bound.
    model->reload();
    for (int row = 0; row < kOrders; ++row) {
        const qint64 id = model->index(row, 0).data(IdRole).toLongLong();
        if (id != created.at(kOrders - 1 - row)) {
            FAIL("row " << row << " shows order " << id);
        }
        REQUIRE(model->cachedPageCount() <= OrderListModel::MaxCachedPages);
    }
    // And backwards, page before page, from the end.
    model->reload();
    for (int row = kOrders - 1; row >= 0; --row) {
        if (model->index(row, 0).data(IdRole).toLongLong() != created.at(kOrders - 1 - row)) {
            FAIL("row " << row << " is wrong reading backwards");
        }
    }
    CHECK(model->cachedPageCount() <= OrderListModel::MaxCachedPages);
}

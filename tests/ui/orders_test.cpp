// The orders tab as a CS person uses it: take an order in the New order dialog, move it along
// the pipeline with the stage buttons, and see refusals explained.
#include "common/messagebanner.h"
#include "common/roles.h"
#include "dashboard/dashboardtab.h"
#include "dashboard/kpicard.h"
#include "orders/neworderdialog.h"
#include "orders/orderdetailpanel.h"
#include "orders/orderlistmodel.h"
#include "orders/orderstab.h"
#include "orders/transitiondialog.h"
#include "stock/producttablemodel.h"
#include "stock/stocktab.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace rapi;
using namespace rapi::test;

namespace {

constexpr Money kRupiah = 100;

QString shownStage(MainWindow &window)
{
    return labelText(window.ordersTab()->detail(), QStringLiteral("orderStageLabel"));
}

int historyRows(MainWindow &window)
{
    auto *history =
        window.ordersTab()->detail()->findChild<QTableWidget *>(QStringLiteral("orderHistoryTable"));
    REQUIRE(history);
    return history->rowCount();
}

QPushButton *stageButton(MainWindow &window, OrderStage to)
{
    return waitForVisible<QPushButton>(window.ordersTab()->detail(),
                                       QStringLiteral("stage:") + orderstage::code(to));
}

void pressStage(MainWindow &window, OrderStage to)
{
    QPushButton *button = stageButton(window, to);
    INFO("no visible button for " << orderstage::code(to).toStdString());
    REQUIRE(button);
    click(button);
}

// The figures of one product as the Stock tab's list shows them.
struct StockFigures
{
    QString onHand, reserved, available;
};

StockFigures stockOf(UiFixture &f, const QString &sku)
{
    f.goToTab(MainWindow::Tab::Stock);
    const QAbstractItemModel *model = f.window->stockTab()->view()->model();
    const int row = rowWithText(model, ProductTableModel::Sku, sku);
    REQUIRE(row >= 0);
    return {cellText(model, row, ProductTableModel::OnHand),
            cellText(model, row, ProductTableModel::Reserved),
            cellText(model, row, ProductTableModel::Available)};
}

} // namespace

TEST_CASE("an order is taken in the dialog and moved from new to completed with the stage buttons")
{
    UiFixture f;
    f.addProduct(QStringLiteral("KAOS-HTM-M"), 75000 * kRupiah, 10, 2);
    MainWindow &window = f.openWindow();
    f.goToTab(MainWindow::Tab::Orders);

    click(window.ordersTab()->findChild<QPushButton *>(QStringLiteral("newOrderButton")));
    auto *dialog = waitForVisible<NewOrderDialog>(&window);
    REQUIRE(dialog);
    chooseByTyping(dialog->findChild<QComboBox *>(QStringLiteral("channelCombo")),
                   QStringLiteral("WhatsApp"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("customerNameEdit")),
             QStringLiteral("Siti Rahayu"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("customerPhoneEdit")),
             QStringLiteral("0812 3456 7890"));
    // WhatsApp orders are paid by bank transfer unless the person picks otherwise.
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("paymentCombo"))->currentText() ==
          QStringLiteral("Bank transfer"));

    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("productEdit")), QStringLiteral("KAOS-HTM-M"));
    typeInto(dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpin")), QStringLiteral("3"));
    click(dialog->findChild<QPushButton *>(QStringLiteral("addLineButton")));
    auto *lines = dialog->findChild<QTableWidget *>(QStringLiteral("linesTable"));
    REQUIRE(lines->rowCount() == 1);
    CHECK(lines->item(0, 0)->text() == QStringLiteral("KAOS-HTM-M"));
    CHECK(labelText(dialog, QStringLiteral("totalLabel")) == QStringLiteral("Rp 225.000"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("shippingFeeEdit")), QStringLiteral("10000"));
    CHECK(labelText(dialog, QStringLiteral("totalLabel")) == QStringLiteral("Rp 235.000"));

    click(dialog->findChild<QPushButton *>(QStringLiteral("createOrderButton")));
    REQUIRE(waitUntil([&] { return !findVisible(&window, NewOrderDialog::staticMetaObject, {}); }));

    // The new order is shown beside the list, and in it.
    OrderDetailPanel *detail = window.ordersTab()->detail();
    REQUIRE(detail->order());
    CHECK(shownStage(window) == QStringLiteral("New"));
    CHECK(labelText(detail, QStringLiteral("orderCustomerLabel")) == QStringLiteral("Siti Rahayu"));
    CHECK(labelText(detail, QStringLiteral("orderTotalLabel")) == QStringLiteral("Rp 235.000"));
    CHECK(historyRows(window) == 1);
    const QString number = labelText(detail, QStringLiteral("orderNumberLabel"));
    CHECK(rowWithText(window.ordersTab()->model(), OrderListModel::Number, number) == 0);

    pressStage(window, OrderStage::AwaitingPayment);
    CHECK(shownStage(window) == QStringLiteral("Awaiting payment"));
    CHECK(historyRows(window) == 2);
    pressStage(window, OrderStage::Paid);
    CHECK(shownStage(window) == QStringLiteral("Paid"));
    pressStage(window, OrderStage::Processing);
    CHECK(shownStage(window) == QStringLiteral("Processing"));
    CHECK(historyRows(window) == 4);
    CHECK(detail->banner()->kind() == MessageBanner::Kind::Success);

    // Processing reserves the three shirts.
    StockFigures stock = stockOf(f, QStringLiteral("KAOS-HTM-M"));
    CHECK(stock.onHand == QStringLiteral("10"));
    CHECK(stock.reserved == QStringLiteral("3"));
    CHECK(stock.available == QStringLiteral("7"));

    f.goToTab(MainWindow::Tab::Orders);
    pressStage(window, OrderStage::Shipped);
    auto *ship = waitForVisible<TransitionDialog>(&window);
    REQUIRE(ship);
    // Without a tracking number the dialog says what is missing and stays open.
    auto *courier = ship->findChild<QComboBox *>(QStringLiteral("courierEdit"));
    typeInto(courier->lineEdit(), QStringLiteral("JNE"));
    click(ship->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    CHECK(ship->isVisible());
    CHECK(labelText(ship, QStringLiteral("errorLabel")) == QStringLiteral("Enter the tracking number."));
    typeInto(ship->findChild<QLineEdit *>(QStringLiteral("trackingEdit")), QStringLiteral("JP1234567890"));
    click(ship->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    REQUIRE(waitUntil([&] { return !findVisible(&window, TransitionDialog::staticMetaObject, {}); }));
    CHECK(shownStage(window) == QStringLiteral("Shipped"));
    CHECK(labelText(detail, QStringLiteral("orderShippingLabel"))
              .contains(QStringLiteral("JNE · tracking JP1234567890")));

    // Shipping turns the reservation into goods that left.
    stock = stockOf(f, QStringLiteral("KAOS-HTM-M"));
    CHECK(stock.onHand == QStringLiteral("7"));
    CHECK(stock.available == QStringLiteral("7"));

    f.goToTab(MainWindow::Tab::Orders);
    pressStage(window, OrderStage::Completed);
    CHECK(shownStage(window) == QStringLiteral("Completed"));
    CHECK(historyRows(window) == 6);
    auto *history = detail->findChild<QTableWidget *>(QStringLiteral("orderHistoryTable"));
    CHECK(history->item(5, 1)->text() == QStringLiteral("Shipped → Completed"));
    CHECK(history->item(5, 3)->text() == QStringLiteral("Owner"));
    // Completed can still be returned, nothing else.
    CHECK(stageButton(window, OrderStage::Returned));
    CHECK(!findVisible(detail, QPushButton::staticMetaObject, QStringLiteral("stage:completed")));

    // The dashboard counts the week's order in and done.
    f.goToTab(MainWindow::Tab::Dashboard);
    CHECK(window.dashboardTab()->ordersInCard()->value() == QStringLiteral("1"));
    CHECK(window.dashboardTab()->ordersDoneCard()->value() == QStringLiteral("1"));
    CHECK(window.dashboardTab()->grossSalesCard()->value() == QStringLiteral("Rp 225.000"));
}

TEST_CASE("the new order dialog explains what is missing instead of creating a broken order")
{
    UiFixture f;
    f.addProduct(QStringLiteral("TOPI-01"), 50000 * kRupiah, 5);
    MainWindow &window = f.openWindow();
    f.goToTab(MainWindow::Tab::Orders);
    click(window.ordersTab()->findChild<QPushButton *>(QStringLiteral("newOrderButton")));
    auto *dialog = waitForVisible<NewOrderDialog>(&window);
    REQUIRE(dialog);

    click(dialog->findChild<QPushButton *>(QStringLiteral("createOrderButton")));
    CHECK(dialog->isVisible());
    CHECK(labelText(dialog, QStringLiteral("errorLabel")) == QStringLiteral("Add at least one product."));

    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("productEdit")), QStringLiteral("NOPE-404"));
    click(dialog->findChild<QPushButton *>(QStringLiteral("addLineButton")));
    CHECK(labelText(dialog, QStringLiteral("errorLabel")).contains(QStringLiteral("NOPE-404")));
    CHECK(dialog->findChild<QTableWidget *>(QStringLiteral("linesTable"))->rowCount() == 0);

    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("productEdit")), QStringLiteral("TOPI-01"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("discountEdit")), QStringLiteral("60000"));
    click(dialog->findChild<QPushButton *>(QStringLiteral("addLineButton")));
    CHECK(labelText(dialog, QStringLiteral("errorLabel")) ==
          QStringLiteral("The discount is larger than the line amount."));
    CHECK(dialog->findChild<QTableWidget *>(QStringLiteral("linesTable"))->rowCount() == 0);
    CHECK(f.count(QStringLiteral("orders")) == 0);
}

TEST_CASE("processing without enough stock is refused with a message naming the SKU")
{
    UiFixture f;
    const qint64 bag = f.addProduct(QStringLiteral("TAS-KCL"), 120000 * kRupiah, 1);
    const qint64 order = f.placeOrder({NewOrderLine{bag, 2}});
    f.bringTo(order, OrderStage::Paid, PaymentMethod::Transfer);
    MainWindow &window = f.openWindow();
    f.goToTab(MainWindow::Tab::Orders);

    // The only order is shown at once.
    REQUIRE(window.ordersTab()->detail()->orderId() == order);
    pressStage(window, OrderStage::Processing);
    const MessageBanner *banner = window.ordersTab()->detail()->banner();
    CHECK(banner->kind() == MessageBanner::Kind::Error);
    CHECK(banner->text().contains(QStringLiteral("TAS-KCL")));
    CHECK(shownStage(window) == QStringLiteral("Paid"));
    CHECK(historyRows(window) == 3);
    CHECK(f.stageOf(order) == OrderStage::Paid);
}

TEST_CASE("a change made elsewhere meanwhile is reported and the detail shows the new state")
{
    UiFixture f;
    const qint64 mug = f.addProduct(QStringLiteral("MUG-01"), 45000 * kRupiah, 20);
    const qint64 order = f.placeOrder({NewOrderLine{mug, 1}});
    MainWindow &window = f.openWindow();
    f.goToTab(MainWindow::Tab::Orders);
    REQUIRE(window.ordersTab()->detail()->orderId() == order);
    CHECK(shownStage(window) == QStringLiteral("New"));

    // Another window (or the CLI) moves the order while this one still shows "New".
    REQUIRE(f.move(order, OrderStage::AwaitingPayment).ok());
    pressStage(window, OrderStage::Paid);

    const MessageBanner *banner = window.ordersTab()->detail()->banner();
    CHECK(banner->kind() == MessageBanner::Kind::Error);
    CHECK(banner->text().contains(QStringLiteral("meanwhile")));
    CHECK(shownStage(window) == QStringLiteral("Awaiting payment"));
    CHECK(f.stageOf(order) == OrderStage::AwaitingPayment);
}

TEST_CASE("cancelling asks for confirmation and releases nothing when the person keeps the order")
{
    UiFixture f;
    const qint64 mug = f.addProduct(QStringLiteral("MUG-02"), 45000 * kRupiah, 20);
    const qint64 order = f.placeOrder({NewOrderLine{mug, 2}});
    MainWindow &window = f.openWindow();
    f.goToTab(MainWindow::Tab::Orders);

    pressStage(window, OrderStage::Cancelled);
    auto *confirm = waitForVisible<TransitionDialog>(&window);
    REQUIRE(confirm);
    click(confirm->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel));
    REQUIRE(waitUntil([&] { return !findVisible(&window, TransitionDialog::staticMetaObject, {}); }));
    CHECK(f.stageOf(order) == OrderStage::New);

    pressStage(window, OrderStage::Cancelled);
    confirm = waitForVisible<TransitionDialog>(&window);
    REQUIRE(confirm);
    typeInto(confirm->findChild<QWidget *>(QStringLiteral("noteEdit")),
             QStringLiteral("Customer changed their mind"));
    click(confirm->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    REQUIRE(waitUntil([&] { return !findVisible(&window, TransitionDialog::staticMetaObject, {}); }));
    CHECK(shownStage(window) == QStringLiteral("Cancelled"));
    auto *history =
        window.ordersTab()->detail()->findChild<QTableWidget *>(QStringLiteral("orderHistoryTable"));
    CHECK(history->item(history->rowCount() - 1, 4)->text() == QStringLiteral("Customer changed their mind"));
}

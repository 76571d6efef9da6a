// The stock tab as the warehouse person uses it: receive goods, correct a count, see critical
// products.
#include "common/messagebanner.h"
#include "common/roles.h"
#include "stock/producttablemodel.h"
#include "stock/stockchangedialog.h"
#include "stock/stocktab.h"
#include "stock/stocktakedialog.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QCheckBox>
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

QString onHandOf(StockTab *tab, const QString &sku)
{
    const QAbstractItemModel *model = tab->view()->model();
    const int row = rowWithText(model, ProductTableModel::Sku, sku);
    REQUIRE(row >= 0);
    return cellText(model, row, ProductTableModel::OnHand);
}
} // namespace

TEST_CASE("receiving goods raises on hand and appears in the movement history")
{
    UiFixture f;
    f.addProduct(QStringLiteral("KOPI-250"), 65000 * kRupiah, 5, 3);
    f.addProduct(QStringLiteral("TEH-100"), 25000 * kRupiah, 40, 5);
    MainWindow &window = f.openWindow();
    f.goToTab(MainWindow::Tab::Stock);
    StockTab *tab = window.stockTab();
    CHECK(onHandOf(tab, QStringLiteral("KOPI-250")) == QStringLiteral("5"));

    REQUIRE(clickRow(tab->view(), ProductTableModel::Sku, QStringLiteral("KOPI-250")));
    click(tab->findChild<QPushButton *>(QStringLiteral("receiveButton")));
    auto *dialog = waitForVisible<StockChangeDialog>(&window, QStringLiteral("receiveDialog"));
    REQUIRE(dialog);
    typeInto(dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpin")), QStringLiteral("12"));
    CHECK(labelText(dialog, QStringLiteral("previewLabel")) == QStringLiteral("5 → 17"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
             QStringLiteral("Supplier delivery"));
    click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    REQUIRE(waitUntil([&] { return !findVisible(&window, StockChangeDialog::staticMetaObject, {}); }));

    CHECK(onHandOf(tab, QStringLiteral("KOPI-250")) == QStringLiteral("17"));
    CHECK(onHandOf(tab, QStringLiteral("TEH-100")) == QStringLiteral("40"));
    CHECK(labelText(tab, QStringLiteral("onHandLabel")) == QStringLiteral("17"));
    CHECK(tab->banner()->kind() == MessageBanner::Kind::Success);
    QTableWidget *movements = tab->movements();
    REQUIRE(movements->rowCount() == 2);
    bool found = false;
    for (int row = 0; row < movements->rowCount(); ++row)
        found = found || (movements->item(row, 2)->text() == QStringLiteral("+12") &&
                          movements->item(row, 3)->text() == QStringLiteral("Supplier delivery"));
    CHECK(found);
}

TEST_CASE("a stock correction needs a reason and critical products can be listed alone")
{
    UiFixture f;
    f.addProduct(QStringLiteral("SABUN-01"), 15000 * kRupiah, 8, 3);
    f.addProduct(QStringLiteral("SAMPO-01"), 30000 * kRupiah, 50, 5);
    MainWindow &window = f.openWindow();
    f.goToTab(MainWindow::Tab::Stock);
    StockTab *tab = window.stockTab();

    REQUIRE(clickRow(tab->view(), ProductTableModel::Sku, QStringLiteral("SABUN-01")));
    click(tab->findChild<QPushButton *>(QStringLiteral("adjustButton")));
    auto *dialog = waitForVisible<StockChangeDialog>(&window, QStringLiteral("adjustDialog"));
    REQUIRE(dialog);
    typeInto(dialog->findChild<QSpinBox *>(QStringLiteral("quantitySpin")), QStringLiteral("-6"));
    click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    CHECK(dialog->isVisible());
    CHECK(labelText(dialog, QStringLiteral("errorLabel")) ==
          QStringLiteral("Enter a reason for the correction."));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
             QStringLiteral("Broken in the warehouse"));
    click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    REQUIRE(waitUntil([&] { return !findVisible(&window, StockChangeDialog::staticMetaObject, {}); }));
    CHECK(onHandOf(tab, QStringLiteral("SABUN-01")) == QStringLiteral("2"));

    // 2 available ≤ reorder point 3: critical, shown alone with "critical only".
    click(tab->findChild<QCheckBox *>(QStringLiteral("criticalOnlyCheck")));
    const QAbstractItemModel *model = tab->view()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(cellText(model, 0, ProductTableModel::Sku) == QStringLiteral("SABUN-01"));
    CHECK(model->index(0, ProductTableModel::Available).data(CriticalRole).toBool());
}

TEST_CASE("a stocktake records the counted quantities as adjustments")
{
    UiFixture f;
    f.addProduct(QStringLiteral("BUKU-A5"), 20000 * kRupiah, 30, 5);
    f.addProduct(QStringLiteral("PENA-HTM"), 5000 * kRupiah, 100, 10);
    MainWindow &window = f.openWindow();
    f.goToTab(MainWindow::Tab::Stock);
    StockTab *tab = window.stockTab();
    click(tab->findChild<QPushButton *>(QStringLiteral("stocktakeButton")));
    auto *dialog = waitForVisible<StocktakeDialog>(&window);
    REQUIRE(dialog);

    auto *view = dialog->findChild<QTableView *>(QStringLiteral("stocktakeView"));
    const int row = rowWithText(view->model(), 0, QStringLiteral("BUKU-A5"));
    REQUIRE(row >= 0);
    const QModelIndex counted = view->model()->index(row, 3);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(counted).center());
    // A click on the counted cell opens its editor.
    auto *editor = waitForVisible<QLineEdit>(view->viewport());
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("27"));
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !cellText(view->model(), row, 4).isEmpty(); }));
    CHECK(cellText(view->model(), row, 4) == QStringLiteral("−3"));
    CHECK(labelText(dialog, QStringLiteral("summaryLabel")) ==
          QStringLiteral("1 counted · 1 with a difference"));

    click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
    REQUIRE(waitUntil([&] { return !findVisible(&window, StocktakeDialog::staticMetaObject, {}); }));
    CHECK(onHandOf(tab, QStringLiteral("BUKU-A5")) == QStringLiteral("27"));
    CHECK(onHandOf(tab, QStringLiteral("PENA-HTM")) == QStringLiteral("100"));
}

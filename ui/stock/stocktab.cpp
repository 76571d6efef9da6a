#include "stock/stocktab.h"

#include "accounts/permission.h"
#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/roles.h"
#include "common/tables.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "stock/productrepository.h"
#include "stock/producttablemodel.h"
#include "stock/reorderdialog.h"
#include "stock/stockchangedialog.h"
#include "stock/stockledger.h"
#include "stock/stocktakedialog.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rapi {

namespace {
// A figure with its caption under it, as in the product panel's strip.
QLabel *figure(QGridLayout *grid, int column, const QString &caption, const char *objectName, QWidget *parent)
{
    auto *value = new QLabel(QStringLiteral("—"), parent);
    value->setObjectName(QString::fromLatin1(objectName));
    theme::makeTitle(value, 6);
    auto *label = new QLabel(caption, parent);
    theme::makeMuted(label);
    grid->addWidget(value, 0, column);
    grid->addWidget(label, 1, column);
    return value;
}
} // namespace

StockTab::StockTab(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new ProductTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("stockTab"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RawValueRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->setSpacing(8);
    layout->addWidget(buildFilterBar());
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    // The list uses the full width (product names are long); the selected product's figures and
    // movements sit below it.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("productsView"));
    m_view->setModel(m_sorted);
    tables::setupList(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    tables::fitColumn(m_view, ProductTableModel::Sku, QStringLiteral("ACC-CHG-0000"));
    tables::fitColumn(m_view, ProductTableModel::Category, QStringLiteral("Aksesoris HP"));
    tables::fitColumn(m_view, ProductTableModel::Price, QStringLiteral("Rp 1.250.000"));
    for (int column : {int(ProductTableModel::OnHand), int(ProductTableModel::Reserved),
                       int(ProductTableModel::Available), int(ProductTableModel::ReorderPoint)})
        tables::fitColumn(m_view, column, QStringLiteral("10.000"), column == ProductTableModel::Available);
    header->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
    header->setSortIndicator(ProductTableModel::Sku, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    splitter->addWidget(m_view);
    splitter->addWidget(buildProductPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({460, 300});
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StockTab::showSelected);
    refresh();
}

QWidget *StockTab::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(8);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search SKU or product name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    m_criticalOnly = new QCheckBox(tr("Critical only"), bar);
    m_criticalOnly->setObjectName(QStringLiteral("criticalOnlyCheck"));
    m_criticalOnly->setToolTip(tr("Active products whose available stock is at or below the reorder point"));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("productCountLabel"));
    theme::makeMuted(m_count);
    auto *reorder = new QPushButton(tr("Reorder list…"), bar);
    reorder->setObjectName(QStringLiteral("reorderButton"));
    auto *stocktake = new QPushButton(tr("Stocktake…"), bar);
    stocktake->setObjectName(QStringLiteral("stocktakeButton"));

    h->addWidget(m_search, 2);
    h->addWidget(m_criticalOnly);
    h->addSpacing(8);
    h->addWidget(m_count);
    h->addStretch(1);
    h->addWidget(reorder);
    h->addWidget(stocktake);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &StockTab::refresh);
    connect(m_criticalOnly, &QCheckBox::toggled, this, &StockTab::refresh);
    connect(reorder, &QPushButton::clicked, this, &StockTab::openReorderList);
    connect(stocktake, &QPushButton::clicked, this, &StockTab::openStocktake);
    // Counting and moving stock is the warehouse's and the owner's (SPEC §1).
    stocktake->setVisible(permission::allows(m_context.actor.role, Permission::MoveStock));
    return bar;
}

QWidget *StockTab::buildProductPanel()
{
    auto *stack = new QStackedWidget(this);
    stack->setMinimumHeight(220);
    m_productEmpty = new QLabel(tr("Select a product to see its stock and movements."), stack);
    m_productEmpty->setAlignment(Qt::AlignCenter);
    m_productEmpty->setWordWrap(true);
    theme::makeMuted(m_productEmpty);
    stack->addWidget(m_productEmpty);

    m_productPage = new QWidget(stack);
    m_productPage->setObjectName(QStringLiteral("productPanel"));
    m_productPage->setStyleSheet(QStringLiteral("QWidget#productPanel { background: white; }"));
    auto *columns = new QHBoxLayout(m_productPage);
    columns->setContentsMargins(20, 14, 20, 14);
    columns->setSpacing(28);
    auto *v = new QVBoxLayout;
    v->setSpacing(8);
    columns->addLayout(v, 2);
    auto *history = new QVBoxLayout;
    history->setSpacing(6);
    columns->addLayout(history, 3);
    m_productName = new QLabel(m_productPage);
    m_productName->setObjectName(QStringLiteral("productNameLabel"));
    m_productName->setWordWrap(true);
    theme::makeTitle(m_productName, 5);
    v->addWidget(m_productName);
    m_productMeta = new QLabel(m_productPage);
    m_productMeta->setWordWrap(true);
    theme::makeMuted(m_productMeta);
    v->addWidget(m_productMeta);

    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    figures->setContentsMargins(0, 8, 0, 0);
    m_onHand = figure(figures, 0, tr("On hand"), "onHandLabel", m_productPage);
    m_reserved = figure(figures, 1, tr("Reserved"), "reservedLabel", m_productPage);
    m_available = figure(figures, 2, tr("Available"), "availableLabel", m_productPage);
    m_reorderPoint = figure(figures, 3, tr("Reorder at"), "reorderPointLabel", m_productPage);
    figures->setColumnStretch(4, 1);
    v->addLayout(figures);
    m_criticalNote = new QLabel(m_productPage);
    m_criticalNote->setWordWrap(true);
    m_criticalNote->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 4px 8px; }")
            .arg(theme::criticalBackground().name(), theme::criticalText().name()));
    v->addWidget(m_criticalNote);

    auto *actions = new QHBoxLayout;
    m_receive = new QPushButton(tr("Receive…"), m_productPage);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_adjust = new QPushButton(tr("Adjust…"), m_productPage);
    m_adjust->setObjectName(QStringLiteral("adjustButton"));
    actions->addWidget(m_receive);
    actions->addWidget(m_adjust);
    actions->addStretch();
    v->addLayout(actions);
    v->addStretch();

    auto *title = new QLabel(tr("Movements"), m_productPage);
    theme::makeTitle(title, 1);
    history->addWidget(title);
    m_movements = new QTableWidget(0, 5, m_productPage);
    m_movements->setObjectName(QStringLiteral("movementsTable"));
    m_movements->setHorizontalHeaderLabels({tr("When"), tr("Kind"), tr("Qty"), tr("Reason"), tr("By")});
    tables::setupList(m_movements);
    m_movements->setSelectionMode(QAbstractItemView::NoSelection);
    m_movements->horizontalHeader()->setStretchLastSection(false);
    m_movements->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_movements->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_movements->horizontalHeaderItem(2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    history->addWidget(m_movements, 1);
    stack->addWidget(m_productPage);

    connect(m_receive, &QPushButton::clicked, this, &StockTab::openReceive);
    connect(m_adjust, &QPushButton::clicked, this, &StockTab::openAdjust);
    for (QPushButton *button : {m_receive, m_adjust})
        button->setVisible(permission::allows(m_context.actor.role, Permission::MoveStock));
    return stack;
}

void StockTab::refresh()
{
    m_searchTimer->stop();
    const std::optional<qint64> selected = selectedProductId();
    ProductRepository repository(m_context.db, m_context.clock);
    ProductFilter filter;
    filter.text = m_search->text().trimmed();
    filter.criticalOnly = m_criticalOnly->isChecked();
    auto products = repository.list(filter);
    if (!products) {
        m_banner->showError(products.error());
        return;
    }
    m_model->setProducts(std::move(products).value());
    const auto critical = repository.criticalCount();
    m_count->setText(tr("%1 products · %2 critical")
                         .arg(uiformat::number(m_model->rowCount()),
                              critical ? uiformat::number(critical.value()) : QStringLiteral("?")));
    if (selected && m_model->rowOfId(*selected) >= 0)
        selectProduct(*selected);
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showSelected();
}

void StockTab::showCriticalOnly(bool criticalOnly)
{
    m_criticalOnly->setChecked(criticalOnly); // refreshes when it changes
}

void StockTab::selectProduct(qint64 productId)
{
    const int row = m_model->rowOfId(productId);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

std::optional<qint64> StockTab::selectedProductId() const
{
    const Product *product = selectedProduct();
    return product ? std::optional<qint64>(product->id) : std::nullopt;
}

const Product *StockTab::selectedProduct() const
{
    const QModelIndex current = m_view ? m_view->currentIndex() : QModelIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->productAt(m_sorted->mapToSource(current).row());
}

void StockTab::showSelected()
{
    auto *stack = static_cast<QStackedWidget *>(m_productPage->parentWidget());
    const Product *product = selectedProduct();
    if (!product) {
        stack->setCurrentWidget(m_productEmpty);
        return;
    }
    stack->setCurrentWidget(m_productPage);
    const Product &p = *product;
    m_productName->setText(p.active ? p.name : tr("%1 (inactive)").arg(p.name));
    QStringList meta{p.sku};
    if (!p.category.isEmpty())
        meta.append(p.category);
    meta.append(tr("price %1").arg(uiformat::money(p.unitPrice)));
    m_productMeta->setText(meta.join(QStringLiteral(" · ")));
    m_onHand->setText(uiformat::number(p.onHand));
    m_reserved->setText(uiformat::number(p.reserved));
    m_available->setText(uiformat::number(p.available()));
    QPalette availablePalette = m_onHand->palette();
    if (p.isCritical())
        availablePalette.setColor(QPalette::WindowText, theme::criticalText());
    m_available->setPalette(availablePalette);
    m_reorderPoint->setText(uiformat::number(p.reorderPoint));
    m_criticalNote->setVisible(p.isCritical());
    m_criticalNote->setText(tr("Critical stock: reorder soon (suggested order quantity %1).")
                                .arg(uiformat::number(p.reorderQty)));

    auto movements = StockLedger(m_context.db, m_context.clock).movements(p.id);
    if (!movements) {
        m_banner->showError(movements.error());
        m_movements->setRowCount(0);
        return;
    }
    const QList<StockMovement> &list = movements.value();
    m_movements->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const StockMovement &m = list.at(row);
        m_movements->setItem(row, 0, tables::textItem(uiformat::dateTime(m.at)));
        m_movements->setItem(row, 1, tables::textItem(movementkind::displayName(m.kind)));
        auto *quantity = tables::numberItem(uiformat::signedNumber(m.quantity), m.quantity);
        quantity->setForeground(m.quantity < 0 ? theme::criticalText() : theme::positiveText());
        m_movements->setItem(row, 2, quantity);
        auto *reason = tables::textItem(m.reason);
        reason->setToolTip(m.reason);
        m_movements->setItem(row, 3, reason);
        m_movements->setItem(row, 4, tables::textItem(m.userName));
    }
}

void StockTab::openReceive()
{
    const Product *product = selectedProduct();
    if (!product)
        return;
    auto *dialog = new StockChangeDialog(m_context, *product, StockChangeDialog::Mode::Receive, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, sku = product->sku] { afterChange(tr("Stock received for %1.").arg(sku)); });
    dialog->open();
}

void StockTab::openAdjust()
{
    const Product *product = selectedProduct();
    if (!product)
        return;
    auto *dialog = new StockChangeDialog(m_context, *product, StockChangeDialog::Mode::Adjust, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, sku = product->sku] { afterChange(tr("Stock of %1 corrected.").arg(sku)); });
    dialog->open();
}

void StockTab::openStocktake()
{
    auto *dialog = new StocktakeDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        afterChange(tr("Stocktake recorded: %Ln product(s) adjusted.", nullptr, dialog->adjustedCount()));
    });
    dialog->open();
}

void StockTab::openReorderList()
{
    auto *dialog = new ReorderDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StockTab::afterChange(const QString &message)
{
    refresh();
    m_banner->showSuccess(message);
    emit stockChanged();
}

} // namespace rapi

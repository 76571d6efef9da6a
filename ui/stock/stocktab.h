#pragma once

#include <optional>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;

namespace rapi {

struct AppContext;
class MessageBanner;
class ProductTableModel;
struct Product;

// The Stock tab: products with on hand, reserved and available (critical ones in red), a text
// filter and "critical only"; the selected product's figures, its movement history and the
// receive/adjust actions; the reorder list and the stocktake.
class StockTab final : public QWidget
{
    Q_OBJECT

public:
    explicit StockTab(AppContext &context, QWidget *parent = nullptr);

    void refresh();
    void showCriticalOnly(bool criticalOnly);
    void selectProduct(qint64 productId);
    void openReceive();
    void openAdjust();
    void openStocktake();
    void openReorderList();

    ProductTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *movements() const { return m_movements; }
    MessageBanner *banner() const { return m_banner; }

signals:
    void stockChanged();

private:
    QWidget *buildFilterBar();
    QWidget *buildProductPanel();
    std::optional<qint64> selectedProductId() const;
    const Product *selectedProduct() const;
    void showSelected();
    void afterChange(const QString &message);

    AppContext &m_context;
    ProductTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_criticalOnly = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;

    QWidget *m_productPage = nullptr;
    QLabel *m_productEmpty = nullptr;
    QLabel *m_productName = nullptr;
    QLabel *m_productMeta = nullptr;
    QLabel *m_onHand = nullptr;
    QLabel *m_reserved = nullptr;
    QLabel *m_available = nullptr;
    QLabel *m_reorderPoint = nullptr;
    QLabel *m_criticalNote = nullptr;
    QPushButton *m_receive = nullptr;
    QPushButton *m_adjust = nullptr;
    QTableWidget *m_movements = nullptr;
};

} // namespace rapi

#pragma once

#include "orders/order.h"
#include "stock/product.h"

#include <optional>
#include <QDialog>
#include <QList>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableWidget;
class QTimer;

namespace rapi {

struct AppContext;
class MoneyEdit;

// Takes an order down the way a CS person hears it: channel, who (name and phone; the core
// finds or creates the customer), how they pay, then products by SKU or name with quantity and
// an optional discount, the shipping fee, and a live total. Problems are shown inline; the
// dialog closes only when the core has created the order.
class NewOrderDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewOrderDialog(AppContext &context, QWidget *parent = nullptr);

    // The id of the order created, once accepted.
    qint64 createdOrderId() const { return m_createdId; }
    void accept() override;

private:
    struct DraftLine
    {
        Product product;
        qint64 quantity = 0;
        Money discount = 0;
        Money total() const { return quantity * product.unitPrice - discount; }
    };

    QWidget *buildCustomerSection();
    QWidget *buildItemsSection();
    void lookUpProducts();
    void chooseMatch(const QString &completion);
    std::optional<Product> resolveProduct();
    void showProductHint();
    void addLine();
    void removeLine(int row);
    void refreshLines();
    void updateTotal();
    void suggestPayment();
    void showError(const QString &message);

    AppContext &m_context;
    QList<Channel> m_channels;
    QList<Product> m_matches;
    std::optional<Product> m_chosen;
    QList<DraftLine> m_lines;
    qint64 m_createdId = 0;
    bool m_paymentTouched = false;

    QComboBox *m_channel = nullptr;
    QLineEdit *m_customerName = nullptr;
    QLineEdit *m_customerPhone = nullptr;
    QComboBox *m_payment = nullptr;
    QLineEdit *m_product = nullptr;
    QStringListModel *m_completions = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer *m_lookupTimer = nullptr;
    QLabel *m_productHint = nullptr;
    QSpinBox *m_quantity = nullptr;
    MoneyEdit *m_discount = nullptr;
    QPushButton *m_add = nullptr;
    QTableWidget *m_table = nullptr;
    MoneyEdit *m_shippingFee = nullptr;
    QLabel *m_subtotal = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace rapi

#include "orders/neworderdialog.h"

#include "common/appcontext.h"
#include "common/dialogparts.h"
#include "common/moneyedit.h"
#include "common/tables.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "orders/orderrepository.h"
#include "orders/orderservice.h"
#include "stock/productrepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapi {

namespace {
constexpr int kMaxMatches = 30;

enum LineColumn {
    LineSku,
    LineProduct,
    LineQuantity,
    LineUnitPrice,
    LineDiscount,
    LineTotal,
    LineRemove,
    LineColumnCount
};

QString completionText(const Product &product)
{
    return QStringLiteral("%1 — %2").arg(product.sku, product.name);
}
} // namespace

NewOrderDialog::NewOrderDialog(AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("newOrderDialog"));
    setWindowTitle(tr("New order"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(buildCustomerSection());
    layout->addWidget(buildItemsSection(), 1);

    m_error = new QLabel(this);
    dialogparts::styleAsError(m_error);
    layout->addWidget(m_error);

    m_create =
        dialogparts::addConfirmButtons(this, layout, tr("Create order"), QStringLiteral("createOrderButton"));
    // Enter in the product field adds a line; it must not create the order by accident.
    m_create->setAutoDefault(false);
    m_create->setDefault(false);
    for (QPushButton *button : m_create->parentWidget()->findChildren<QPushButton *>())
        button->setAutoDefault(false);

    resize(820, 640);
    refreshLines();
    suggestPayment();
}

QWidget *NewOrderDialog::buildCustomerSection()
{
    auto *box = new QGroupBox(tr("Customer and payment"), this);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);

    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    if (auto channels = OrderRepository(m_context.db).channels()) {
        m_channels = channels.value();
        for (const Channel &channel : std::as_const(m_channels))
            m_channel->addItem(channel.name, channel.id);
    } else {
        showError(channels.error());
    }
    m_payment = new QComboBox(box);
    m_payment->setObjectName(QStringLiteral("paymentCombo"));
    for (PaymentMethod method :
         {PaymentMethod::Transfer, PaymentMethod::Cod, PaymentMethod::Marketplace, PaymentMethod::Cash})
        m_payment->addItem(paymentmethod::displayName(method), int(method));
    m_customerName = new QLineEdit(box);
    m_customerName->setObjectName(QStringLiteral("customerNameEdit"));
    m_customerName->setPlaceholderText(tr("e.g. Siti Rahayu"));
    m_customerPhone = new QLineEdit(box);
    m_customerPhone->setObjectName(QStringLiteral("customerPhoneEdit"));
    m_customerPhone->setPlaceholderText(tr("e.g. 0812 3456 7890"));

    grid->addWidget(new QLabel(tr("Channel"), box), 0, 0);
    grid->addWidget(m_channel, 0, 1);
    grid->addWidget(new QLabel(tr("Payment"), box), 0, 2);
    grid->addWidget(m_payment, 0, 3);
    grid->addWidget(new QLabel(tr("Customer name"), box), 1, 0);
    grid->addWidget(m_customerName, 1, 1);
    grid->addWidget(new QLabel(tr("Phone"), box), 1, 2);
    grid->addWidget(m_customerPhone, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &NewOrderDialog::suggestPayment);
    connect(m_payment, &QComboBox::activated, this, [this] { m_paymentTouched = true; });
    return box;
}

QWidget *NewOrderDialog::buildItemsSection()
{
    auto *box = new QGroupBox(tr("Items"), this);
    auto *v = new QVBoxLayout(box);
    v->setSpacing(8);

    auto *entry = new QGridLayout;
    entry->setHorizontalSpacing(8);
    m_product = new QLineEdit(box);
    m_product->setObjectName(QStringLiteral("productEdit"));
    m_product->setPlaceholderText(tr("Type a SKU or product name"));
    m_product->setClearButtonEnabled(true);
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    // The core already matched SKU and name; the popup shows its matches as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_product->setCompleter(m_completer);
    m_lookupTimer = new QTimer(this);
    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(150);

    m_quantity = new QSpinBox(box);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(1, 99999);
    m_quantity->setAlignment(Qt::AlignRight);
    m_discount = new MoneyEdit(box);
    m_discount->setObjectName(QStringLiteral("discountEdit"));
    m_discount->setToolTip(tr("A discount for the whole line, not per piece"));
    m_discount->setMinimumWidth(120);
    m_add = new QPushButton(tr("Add"), box);
    m_add->setObjectName(QStringLiteral("addLineButton"));
    m_add->setAutoDefault(false);

    entry->addWidget(new QLabel(tr("Product"), box), 0, 0);
    entry->addWidget(new QLabel(tr("Quantity"), box), 0, 1);
    entry->addWidget(new QLabel(tr("Line discount"), box), 0, 2);
    entry->addWidget(m_product, 1, 0);
    entry->addWidget(m_quantity, 1, 1);
    entry->addWidget(m_discount, 1, 2);
    entry->addWidget(m_add, 1, 3);
    entry->setColumnStretch(0, 1);
    v->addLayout(entry);

    m_productHint = new QLabel(box);
    m_productHint->setObjectName(QStringLiteral("productHint"));
    m_productHint->setWordWrap(true);
    theme::makeMuted(m_productHint);
    v->addWidget(m_productHint);

    m_table = new QTableWidget(0, LineColumnCount, box);
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Qty"), tr("Unit price"), tr("Discount"), tr("Total"), QString()});
    tables::setupList(m_table);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LineProduct, QHeaderView::Stretch);
    for (int column = LineQuantity; column <= LineTotal; ++column)
        m_table->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    v->addWidget(m_table, 1);

    auto *totals = new QGridLayout;
    totals->setColumnStretch(0, 1);
    totals->setHorizontalSpacing(16);
    m_shippingFee = new MoneyEdit(box);
    m_shippingFee->setObjectName(QStringLiteral("shippingFeeEdit"));
    m_shippingFee->setMaximumWidth(160);
    m_subtotal = new QLabel(box);
    m_subtotal->setObjectName(QStringLiteral("subtotalLabel"));
    m_total = new QLabel(box);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    theme::makeTitle(m_total, 3);
    auto *totalCaption = new QLabel(tr("Total"), box);
    theme::makeTitle(totalCaption, 3);
    totals->addWidget(new QLabel(tr("Subtotal"), box), 0, 1);
    totals->addWidget(m_subtotal, 0, 2, Qt::AlignRight);
    totals->addWidget(new QLabel(tr("Shipping fee"), box), 1, 1);
    totals->addWidget(m_shippingFee, 1, 2, Qt::AlignRight);
    totals->addWidget(totalCaption, 2, 1);
    totals->addWidget(m_total, 2, 2, Qt::AlignRight);
    v->addLayout(totals);

    connect(m_product, &QLineEdit::textEdited, this, [this] {
        m_chosen.reset();
        m_lookupTimer->start();
        showProductHint();
    });
    connect(m_lookupTimer, &QTimer::timeout, this, &NewOrderDialog::lookUpProducts);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &NewOrderDialog::chooseMatch);
    connect(m_product, &QLineEdit::returnPressed, this, &NewOrderDialog::addLine);
    connect(m_add, &QPushButton::clicked, this, &NewOrderDialog::addLine);
    connect(m_quantity, &QSpinBox::valueChanged, this, &NewOrderDialog::showProductHint);
    connect(m_shippingFee, &MoneyEdit::valueChanged, this, &NewOrderDialog::updateTotal);
    return box;
}

void NewOrderDialog::lookUpProducts()
{
    const QString text = m_product->text().trimmed();
    m_matches.clear();
    QStringList texts;
    if (!text.isEmpty()) {
        ProductFilter filter;
        filter.text = text;
        filter.includeInactive = false;
        auto products = ProductRepository(m_context.db, m_context.clock).list(filter);
        if (!products) {
            showError(products.error());
            return;
        }
        for (const Product &product : std::as_const(products.value())) {
            if (m_matches.size() == kMaxMatches)
                break;
            m_matches.append(product);
            texts.append(completionText(product));
        }
    }
    m_completions->setStringList(texts);
    if (!texts.isEmpty() && m_product->hasFocus())
        m_completer->complete();
}

void NewOrderDialog::chooseMatch(const QString &completion)
{
    for (const Product &product : std::as_const(m_matches)) {
        if (completionText(product) == completion) {
            m_chosen = product;
            // The field shows the SKU once chosen; setText does not count as an edit.
            QTimer::singleShot(0, this, [this, sku = product.sku] {
                if (!m_chosen || m_chosen->sku != sku)
                    return; // Enter already added the line
                m_product->setText(sku);
                m_quantity->setFocus();
                m_quantity->selectAll();
            });
            break;
        }
    }
    showProductHint();
}

std::optional<Product> NewOrderDialog::resolveProduct()
{
    const QString text = m_product->text().trimmed();
    if (m_chosen && (text == m_chosen->sku || text == completionText(*m_chosen)))
        return m_chosen;
    if (text.isEmpty())
        return std::nullopt;
    ProductRepository products(m_context.db, m_context.clock);
    if (auto exact = products.getBySku(text))
        return exact.value();
    ProductFilter filter;
    filter.text = text;
    filter.includeInactive = false;
    if (auto list = products.list(filter); list && list->size() == 1)
        return list->first();
    return std::nullopt;
}

void NewOrderDialog::showProductHint()
{
    if (!m_chosen) {
        m_productHint->clear();
        return;
    }
    const Product &p = *m_chosen;
    QString hint = tr("%1 · %2 · %3 available")
                       .arg(p.name, uiformat::money(p.unitPrice), uiformat::number(p.available()));
    if (m_quantity->value() > p.available())
        hint +=
            QLatin1Char(' ') + tr("— not enough in stock yet; the order can be taken but not processed until "
                                  "stock arrives.");
    m_productHint->setText(hint);
}

void NewOrderDialog::addLine()
{
    const std::optional<Product> product = resolveProduct();
    if (!product) {
        const QString text = m_product->text().trimmed();
        showError(text.isEmpty() ? tr("Type a SKU or product name, then choose the product.")
                                 : tr("No single product matches “%1”. Choose one from the list.").arg(text));
        m_product->setFocus();
        return;
    }
    DraftLine line{*product, m_quantity->value(), m_discount->value()};
    // The same product again adds to its line rather than making a second one.
    for (DraftLine &existing : m_lines) {
        if (existing.product.id == line.product.id) {
            line.quantity += existing.quantity;
            line.discount += existing.discount;
            if (line.discount > line.quantity * line.product.unitPrice) {
                showError(tr("The discount is larger than the line amount."));
                return;
            }
            existing = line;
            line.quantity = 0;
            break;
        }
    }
    if (line.quantity > 0) {
        if (line.discount > line.quantity * line.product.unitPrice) {
            showError(tr("The discount is larger than the line amount."));
            return;
        }
        m_lines.append(line);
    }
    m_error->hide();
    m_chosen.reset();
    m_product->clear();
    m_completions->setStringList({});
    m_quantity->setValue(1);
    m_discount->setValue(0);
    m_productHint->clear();
    m_product->setFocus();
    refreshLines();
}

void NewOrderDialog::removeLine(int row)
{
    if (row >= 0 && row < m_lines.size())
        m_lines.removeAt(row);
    refreshLines();
}

void NewOrderDialog::refreshLines()
{
    m_table->setRowCount(int(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const DraftLine &line = m_lines.at(row);
        m_table->setItem(row, LineSku, tables::textItem(line.product.sku));
        m_table->setItem(row, LineProduct, tables::textItem(line.product.name));
        m_table->setItem(row, LineQuantity,
                         tables::numberItem(uiformat::number(line.quantity), line.quantity));
        m_table->setItem(row, LineUnitPrice,
                         tables::numberItem(uiformat::money(line.product.unitPrice), line.product.unitPrice));
        m_table->setItem(
            row, LineDiscount,
            tables::numberItem(line.discount ? uiformat::money(-line.discount) : QStringLiteral("—"),
                               line.discount));
        m_table->setItem(row, LineTotal, tables::numberItem(uiformat::money(line.total()), line.total()));
        auto *remove = new QToolButton(m_table);
        remove->setObjectName(QStringLiteral("removeLineButton"));
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove this line"));
        const qint64 productId = line.product.id;
        connect(remove, &QToolButton::clicked, this, [this, productId] {
            for (int i = 0; i < m_lines.size(); ++i) {
                if (m_lines.at(i).product.id == productId) {
                    removeLine(i);
                    return;
                }
            }
        });
        m_table->setCellWidget(row, LineRemove, remove);
    }
    updateTotal();
}

void NewOrderDialog::updateTotal()
{
    Money subtotal = 0;
    for (const DraftLine &line : std::as_const(m_lines))
        subtotal += line.total();
    m_subtotal->setText(uiformat::money(subtotal));
    m_total->setText(uiformat::money(subtotal + m_shippingFee->value()));
}

void NewOrderDialog::suggestPayment()
{
    if (m_paymentTouched || m_channel->currentIndex() < 0 || m_channel->currentIndex() >= m_channels.size())
        return;
    // Marketplaces collect the money themselves; the counter takes cash; chat orders pay by transfer.
    const QString code = m_channels.at(m_channel->currentIndex()).code;
    PaymentMethod method = PaymentMethod::Transfer;
    if (code == QLatin1String("shopee") || code == QLatin1String("tokopedia") ||
        code == QLatin1String("tiktok"))
        method = PaymentMethod::Marketplace;
    else if (code == QLatin1String("counter"))
        method = PaymentMethod::Cash;
    m_payment->setCurrentIndex(m_payment->findData(int(method)));
}

void NewOrderDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void NewOrderDialog::accept()
{
    const QString name = m_customerName->text().trimmed();
    const QString phone = m_customerPhone->text().trimmed();
    if (m_lines.isEmpty()) {
        showError(tr("Add at least one product."));
        m_product->setFocus();
        return;
    }
    if (name.isEmpty() && !phone.isEmpty()) {
        showError(tr("Enter the customer's name for this phone number."));
        m_customerName->setFocus();
        return;
    }
    NewOrder order;
    order.channelId = m_channel->currentData().toLongLong();
    order.customerName = name;
    order.customerPhone = phone;
    order.paymentMethod = PaymentMethod(m_payment->currentData().toInt());
    order.shippingFee = m_shippingFee->value();
    for (const DraftLine &line : std::as_const(m_lines))
        order.lines.append(NewOrderLine{line.product.id, line.quantity, std::nullopt, line.discount});

    OrderService service(m_context.db, m_context.clock);
    auto created = service.create(order, m_context.actor);
    if (!created) {
        showError(created.error());
        return;
    }
    m_createdId = created.value();
    QDialog::accept();
}

} // namespace rapi

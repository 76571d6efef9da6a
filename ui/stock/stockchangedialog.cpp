#include "stock/stockchangedialog.h"

#include "common/appcontext.h"
#include "common/dialogparts.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "stock/stockledger.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapi {

namespace {
constexpr int kMaxQuantity = 1000000;
}

StockChangeDialog::StockChangeDialog(AppContext &context, const Product &product, Mode mode, QWidget *parent)
    : QDialog(parent), m_context(context), m_product(product), m_mode(mode), m_quantity(new QSpinBox(this)),
      m_reason(new QLineEdit(this)), m_preview(new QLabel(this)), m_error(new QLabel(this))
{
    const bool receive = mode == Mode::Receive;
    setObjectName(receive ? QStringLiteral("receiveDialog") : QStringLiteral("adjustDialog"));
    setWindowTitle(receive ? tr("Receive stock") : tr("Adjust stock"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *title = new QLabel(QStringLiteral("%1 · %2").arg(product.sku, product.name), this);
    title->setWordWrap(true);
    theme::makeTitle(title, 2);
    layout->addWidget(title);
    auto *intro =
        new QLabel(receive ? tr("Goods that arrived, e.g. a delivery from the supplier.")
                           : tr("A correction: use a negative number for broken or lost items and a "
                                "positive one for items found."),
                   this);
    intro->setWordWrap(true);
    theme::makeMuted(intro);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(receive ? 1 : -kMaxQuantity, kMaxQuantity);
    m_quantity->setValue(receive ? 1 : 0);
    m_quantity->setAlignment(Qt::AlignRight);
    m_quantity->setMinimumWidth(120);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(receive ? tr("e.g. Delivery from supplier, invoice 1234 (optional)")
                                         : tr("e.g. Broken in the warehouse (required)"));
    form->addRow(receive ? tr("Quantity received") : tr("Change (+/−)"), m_quantity);
    form->addRow(tr("Reason"), m_reason);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    form->addRow(tr("On hand"), m_preview);
    layout->addLayout(form);

    dialogparts::styleAsError(m_error);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(receive ? tr("Receive") : tr("Adjust"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StockChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StockChangeDialog::reject);
    connect(m_quantity, &QSpinBox::valueChanged, this, &StockChangeDialog::updatePreview);
    setMinimumWidth(480);
    updatePreview();
}

void StockChangeDialog::updatePreview()
{
    const qint64 after = m_product.onHand + m_quantity->value();
    m_preview->setText(tr("%1 → %2").arg(uiformat::number(m_product.onHand), uiformat::number(after)));
}

void StockChangeDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void StockChangeDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    const qint64 quantity = m_quantity->value();
    StockLedger ledger(m_context.db, m_context.clock);
    Status status;
    if (m_mode == Mode::Receive) {
        status = ledger.receive(m_product.id, quantity, reason, m_context.actor);
    } else {
        if (quantity == 0) {
            showError(tr("Enter how many items to add or remove."));
            m_quantity->setFocus();
            return;
        }
        if (reason.isEmpty()) {
            showError(tr("Enter a reason for the correction."));
            m_reason->setFocus();
            return;
        }
        status = ledger.adjust(m_product.id, quantity, reason, m_context.actor);
    }
    if (!status) {
        showError(status.error());
        return;
    }
    QDialog::accept();
}

} // namespace rapi

#include "orders/transitiondialog.h"

#include "common/dialogparts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapi {

TransitionDialog::TransitionDialog(const Order &order, OrderStage to, QWidget *parent)
    : QDialog(parent), m_to(to)
{
    setObjectName(QStringLiteral("transitionDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);

    switch (to) {
    case OrderStage::Shipped: {
        setWindowTitle(tr("Ship order %1").arg(order.number));
        intro->setText(tr("Enter the courier and the tracking number from the shipping label. "
                          "The reserved stock leaves the warehouse."));
        m_courier = new QComboBox(this);
        m_courier->setObjectName(QStringLiteral("courierEdit"));
        m_courier->setEditable(true);
        // The couriers most Indonesian shops use; any other name can be typed.
        m_courier->addItems({QStringLiteral("JNE"), QStringLiteral("J&T Express"), QStringLiteral("SiCepat"),
                             QStringLiteral("AnterAja"), QStringLiteral("Ninja Xpress"),
                             QStringLiteral("Pos Indonesia"), QStringLiteral("ID Express"),
                             QStringLiteral("GoSend"), QStringLiteral("GrabExpress")});
        m_courier->setCurrentIndex(-1);
        m_courier->setEditText(order.courier);
        m_courier->setMinimumContentsLength(18);
        m_tracking = new QLineEdit(order.trackingNumber, this);
        m_tracking->setObjectName(QStringLiteral("trackingEdit"));
        m_tracking->setPlaceholderText(tr("e.g. JP1234567890"));
        form->addRow(tr("Courier"), m_courier);
        form->addRow(tr("Tracking number"), m_tracking);
        form->addRow(tr("Note"), m_note);
        ok->setText(tr("Mark shipped"));
        break;
    }
    case OrderStage::Cancelled:
        setWindowTitle(tr("Cancel order %1").arg(order.number));
        intro->setText(tr("Cancel order %1 for %2? Any stock reserved for it becomes available again. "
                          "This cannot be undone.")
                           .arg(order.number, order.customerName.isEmpty() ? tr("a walk-in customer")
                                                                           : order.customerName));
        m_note->setPlaceholderText(tr("Why is it cancelled? (optional)"));
        form->addRow(tr("Reason"), m_note);
        ok->setText(tr("Cancel order"));
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep order"));
        break;
    case OrderStage::Returned:
        setWindowTitle(tr("Return order %1").arg(order.number));
        intro->setText(
            tr("Record that the goods of order %1 came back. Can they be sold again?").arg(order.number));
        m_restock = new QRadioButton(tr("Yes, put the items back into stock"), this);
        m_restock->setObjectName(QStringLiteral("restockYes"));
        m_noRestock = new QRadioButton(tr("No, they cannot be sold again"), this);
        m_noRestock->setObjectName(QStringLiteral("restockNo"));
        m_restock->setChecked(true);
        form->addRow(m_restock);
        form->addRow(m_noRestock);
        m_note->setPlaceholderText(tr("What happened? (optional)"));
        form->addRow(tr("Note"), m_note);
        ok->setText(tr("Record return"));
        break;
    default:
        setWindowTitle(tr("Move order %1").arg(order.number));
        intro->setText(tr("Move order %1 to “%2”?").arg(order.number, orderstage::displayName(to)));
        form->addRow(tr("Note"), m_note);
        break;
    }

    m_error = new QLabel(this);
    dialogparts::styleAsError(m_error);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransitionDialog::reject);
    setMinimumWidth(460);
}

bool TransitionDialog::needsDialog(OrderStage to)
{
    return to == OrderStage::Shipped || to == OrderStage::Cancelled || to == OrderStage::Returned;
}

TransitionDetails TransitionDialog::details() const
{
    TransitionDetails details;
    details.note = m_note->toPlainText().trimmed();
    if (m_courier)
        details.courier = m_courier->currentText().trimmed();
    if (m_tracking)
        details.trackingNumber = m_tracking->text().trimmed();
    details.restock = m_restock && m_restock->isChecked();
    return details;
}

void TransitionDialog::accept()
{
    if (m_to == OrderStage::Shipped) {
        const TransitionDetails d = details();
        QString problem;
        if (d.courier.isEmpty())
            problem = tr("Enter the courier.");
        else if (d.trackingNumber.isEmpty())
            problem = tr("Enter the tracking number.");
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            (d.courier.isEmpty() ? static_cast<QWidget *>(m_courier) : m_tracking)->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace rapi

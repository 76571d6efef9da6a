#pragma once

#include "orders/order.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace rapi {

// Asks what a stage move needs before it is made: courier and tracking number for shipped,
// whether the goods go back into stock for returned, a confirmation (and an optional reason)
// for cancelled. Other moves need nothing and do not open it.
class TransitionDialog final : public QDialog
{
    Q_OBJECT

public:
    TransitionDialog(const Order &order, OrderStage to, QWidget *parent = nullptr);

    static bool needsDialog(OrderStage to);
    OrderStage target() const { return m_to; }
    TransitionDetails details() const;

    void accept() override;

private:
    OrderStage m_to;
    QComboBox *m_courier = nullptr;
    QLineEdit *m_tracking = nullptr;
    QRadioButton *m_restock = nullptr;
    QRadioButton *m_noRestock = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace rapi

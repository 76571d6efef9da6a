#pragma once

#include "stock/product.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace rapi {

struct AppContext;

// Receiving goods (a positive quantity, reason optional) or correcting stock (a signed delta
// with a required reason: breakage, loss, found stock), with a preview of the new on-hand.
// The core records the movement; a refusal stays in the dialog as an inline message.
class StockChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Receive, Adjust };

    StockChangeDialog(AppContext &context, const Product &product, Mode mode, QWidget *parent = nullptr);

    void accept() override;

private:
    void updatePreview();
    void showError(const QString &message);

    AppContext &m_context;
    Product m_product;
    Mode m_mode;
    QSpinBox *m_quantity;
    QLineEdit *m_reason;
    QLabel *m_preview;
    QLabel *m_error;
};

} // namespace rapi

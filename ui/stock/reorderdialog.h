#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace rapi {

struct AppContext;

// What to buy: every critical product with the quantity StockLedger::reorderList suggests,
// and a button that copies the list as plain text for a message to the supplier.
class ReorderDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReorderDialog(AppContext &context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void copyList();

    QTableWidget *m_table;
    QLabel *m_summary;
    QString m_plainText;
};

} // namespace rapi

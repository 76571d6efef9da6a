#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace rapi {

struct AppContext;
class StocktakeModel;

// Stock opname: the person types what they counted on the shelves, sees the differences, and
// records them in one go as adjustments (StockLedger::stocktake). Products left blank are not
// touched.
class StocktakeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit StocktakeDialog(AppContext &context, QWidget *parent = nullptr);

    StocktakeModel *model() const { return m_model; }
    // How many products the recorded stocktake adjusted, once accepted.
    int adjustedCount() const { return m_adjusted; }
    void accept() override;

private:
    void loadProducts();
    void updateSummary();

    AppContext &m_context;
    StocktakeModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_summary;
    QLineEdit *m_reason;
    QLabel *m_error;
    QTimer *m_filterTimer;
    int m_adjusted = 0;
};

} // namespace rapi

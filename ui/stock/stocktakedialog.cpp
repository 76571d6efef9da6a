#include "stock/stocktakedialog.h"

#include "common/appcontext.h"
#include "common/dialogparts.h"
#include "common/tables.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "stock/productrepository.h"
#include "stock/stockledger.h"
#include "stock/stocktakemodel.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapi {

namespace {
// Counts are whole, non-negative numbers; an empty cell means "not counted".
class CountDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setValidator(new QIntValidator(0, 100000000, edit));
        return edit;
    }
};
} // namespace

StocktakeDialog::StocktakeDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_model(new StocktakeModel(this)), m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_error(new QLabel(this)), m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("stocktakeDialog"));
    setWindowTitle(tr("Stocktake (stock opname)"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *intro = new QLabel(tr("Type the quantity you counted for each product. Products left blank are not "
                                "changed. Differences are recorded as adjustments."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Find by SKU or name"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_view->setObjectName(QStringLiteral("stocktakeView"));
    m_view->setModel(m_model);
    tables::setupList(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setItemDelegateForColumn(StocktakeModel::Counted, new CountDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(StocktakeModel::Name, QHeaderView::Stretch);
    const int numberWidth =
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("Difference 000.000")) + 16;
    for (int column :
         {int(StocktakeModel::OnHand), int(StocktakeModel::Counted), int(StocktakeModel::Difference)})
        header->resizeSection(column, numberWidth);
    header->resizeSection(StocktakeModel::Sku,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("WWW-WWWW-000")) + 16);
    layout->addWidget(m_view, 1);

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    theme::makeMuted(m_summary);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setText(
        tr("Stock opname %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);

    dialogparts::styleAsError(m_error);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record stocktake"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    layout->addWidget(buttons);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &StocktakeDialog::loadProducts);
    connect(m_model, &StocktakeModel::countsChanged, this, &StocktakeDialog::updateSummary);
    connect(buttons, &QDialogButtonBox::accepted, this, &StocktakeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StocktakeDialog::reject);

    resize(760, 620);
    loadProducts();
    updateSummary();
}

void StocktakeDialog::loadProducts()
{
    ProductFilter filter;
    filter.text = m_filter->text().trimmed();
    filter.includeInactive = false;
    auto products = ProductRepository(m_context.db, m_context.clock).list(filter);
    if (!products) {
        m_error->setText(products.error());
        m_error->show();
        return;
    }
    m_model->setProducts(std::move(products).value());
}

void StocktakeDialog::updateSummary()
{
    m_summary->setText(
        tr("%1 counted · %2 with a difference")
            .arg(uiformat::number(m_model->countedCount()), uiformat::number(m_model->differingCount())));
}

void StocktakeDialog::accept()
{
    if (m_model->countedCount() == 0) {
        m_error->setText(tr("Enter at least one counted quantity."));
        m_error->show();
        return;
    }
    QList<StocktakeCount> counts;
    const QHash<qint64, qint64> &entered = m_model->counts();
    for (auto it = entered.cbegin(); it != entered.cend(); ++it)
        counts.append(StocktakeCount{it.key(), it.value()});
    StockLedger ledger(m_context.db, m_context.clock);
    auto adjusted = ledger.stocktake(counts, m_reason->text().trimmed(), m_context.actor);
    if (!adjusted) {
        m_error->setText(adjusted.error());
        m_error->show();
        return;
    }
    m_adjusted = adjusted.value();
    QDialog::accept();
}

} // namespace rapi

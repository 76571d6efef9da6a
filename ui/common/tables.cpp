#include "common/tables.h"

#include "common/roles.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>

namespace rapi::tables {

void setupList(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 14);
    rows->hide();
    QHeaderView *columns = view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setMinimumSectionSize(48);
}

void fitColumn(QTableView *view, int column, const QString &sample, bool boldCells)
{
    constexpr int cellPadding = 24;
    constexpr int headerPadding = 30; // padding plus the sort indicator
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString header = view->model()->headerData(column, Qt::Horizontal).toString();
    // A long translated header may not squeeze the stretched name column to nothing: past the
    // cap it elides, and the model gives the full text as the header's tooltip.
    constexpr int headerCap = 130;
    const int headerWidth = qMin(boldMetrics.horizontalAdvance(header) + headerPadding, headerCap);
    const int cellWidth =
        (boldCells ? boldMetrics : view->fontMetrics()).horizontalAdvance(sample) + cellPadding;
    view->horizontalHeader()->resizeSection(column, qMax(headerWidth, cellWidth));
}

void fitHeightToRows(QTableWidget *table, int minimumRows)
{
    const int rows = qMax(table->rowCount(), minimumRows);
    // isHidden, not isVisible: the table may not be on screen yet when it is filled.
    int height = table->horizontalHeader()->isHidden() ? 0 : table->horizontalHeader()->sizeHint().height();
    height += rows * table->verticalHeader()->defaultSectionSize();
    height += 2 * table->frameWidth() + 2;
    table->setFixedHeight(height);
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem *numberItem(const QString &text, const QVariant &raw)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(RawValueRole, raw);
    return item;
}

} // namespace rapi::tables

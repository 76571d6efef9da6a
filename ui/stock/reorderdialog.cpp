#include "stock/reorderdialog.h"

#include "common/appcontext.h"
#include "common/tables.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "stock/stockledger.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapi {

ReorderDialog::ReorderDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("reorderDialog"));
    setWindowTitle(tr("Reorder list"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("reorderTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Available"), tr("Reorder at"), tr("Suggested"), tr("Cost")});
    tables::setupList(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int column = 2; column < 6; ++column)
        m_table->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy list"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReorderDialog::reject);
    connect(copy, &QPushButton::clicked, this, &ReorderDialog::copyList);

    auto list = StockLedger(context.db, context.clock).reorderList();
    if (!list) {
        m_summary->setText(list.error());
        copy->setEnabled(false);
    } else {
        const QList<ReorderSuggestion> &suggestions = list.value();
        m_table->setRowCount(int(suggestions.size()));
        Money totalCost = 0;
        QStringList lines;
        for (int row = 0; row < suggestions.size(); ++row) {
            const ReorderSuggestion &s = suggestions.at(row);
            const Product &p = s.product;
            const Money cost = p.cost * s.suggestedQty;
            totalCost += cost;
            m_table->setItem(row, 0, tables::textItem(p.sku));
            m_table->setItem(row, 1, tables::textItem(p.name));
            auto *available = tables::numberItem(uiformat::number(p.available()), p.available());
            available->setForeground(theme::criticalText());
            m_table->setItem(row, 2, available);
            m_table->setItem(row, 3, tables::numberItem(uiformat::number(p.reorderPoint), p.reorderPoint));
            auto *suggested = tables::numberItem(uiformat::number(s.suggestedQty), s.suggestedQty);
            QFont bold = suggested->font();
            bold.setBold(true);
            suggested->setFont(bold);
            m_table->setItem(row, 4, suggested);
            m_table->setItem(row, 5, tables::numberItem(uiformat::money(cost), cost));
            lines.append(QStringLiteral("%1  %2  × %3").arg(p.sku, p.name, uiformat::number(s.suggestedQty)));
        }
        m_plainText = lines.join(QLatin1Char('\n'));
        m_summary->setText(
            suggestions.isEmpty()
                ? tr("Nothing to reorder: every product is above its reorder point.")
                : tr("%1 products at or below their reorder point. Buying the suggested quantities "
                     "costs about %2.")
                      .arg(uiformat::number(suggestions.size()), uiformat::money(totalCost)));
        copy->setEnabled(!suggestions.isEmpty());
    }
    resize(820, 560);
}

void ReorderDialog::copyList()
{
    QGuiApplication::clipboard()->setText(m_plainText);
}

} // namespace rapi

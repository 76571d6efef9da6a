#include "dashboard/criticalstocklist.h"

#include "common/theme.h"
#include "common/uiformat.h"
#include "dashboard/charts/barlist.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapi {

namespace {

constexpr int nameLength = 26;

QString shortName(const QString &name)
{
    return name.size() <= nameLength ? name : name.left(nameLength - 1).trimmed() + QStringLiteral("…");
}

} // namespace

CriticalStockList::CriticalStockList(QWidget *parent)
    : QWidget(parent), m_bars(new BarList(this)), m_more(new QLabel(this))
{
    m_bars->setObjectName(QStringLiteral("criticalProducts"));
    m_more->setObjectName(QStringLiteral("criticalMore"));
    m_more->setTextFormat(Qt::RichText);
    theme::makeMuted(m_more);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(8);
    v->addWidget(m_bars);
    v->addWidget(m_more);
    v->addStretch(1);
    connect(m_bars, &BarList::activated, this, &CriticalStockList::activated);
    connect(m_more, &QLabel::linkActivated, this, &CriticalStockList::activated);
}

void CriticalStockList::setProducts(const QList<Product> &products, qint64 total)
{
    QList<BarRow> rows;
    for (const Product &product : products) {
        BarRow row;
        row.link = QStringLiteral("product:%1").arg(product.id);
        row.name = shortName(product.name);
        // The bar is the reorder point, the filled part what is available of it.
        row.value = qMax<qint64>(product.reorderPoint, 1);
        row.warning = qMax<qint64>(product.available(), 0);
        row.warningColor = theme::criticalText();
        row.color = QColor(0xf6, 0xc6, 0xc1);
        row.valueText =
            tr("%1 of %2").arg(uiformat::number(product.available()), uiformat::number(product.reorderPoint));
        row.note = product.sku.toHtmlEscaped();
        rows.append(row);
    }
    m_bars->setRows(rows);
    const QString link =
        QStringLiteral("<a href=\"critical\" style=\"color:%1; text-decoration:none\">%2</a>")
            .arg(theme::criticalText().name());
    const qint64 more = total - products.size();
    if (total == 0)
        m_more->setText(tr("No product is at or below its reorder point."));
    else if (more > 0)
        m_more->setText(link.arg(tr("and %Ln more — show all critical stock", nullptr, int(more))));
    else
        m_more->setText(link.arg(tr("Show the critical stock list")));
}

} // namespace rapi

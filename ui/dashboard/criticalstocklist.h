#pragma once

#include "stock/product.h"

#include <QWidget>

class QLabel;

namespace rapi {

class BarList;

// The dashboard's critical stock panel body (docs/ui.md "Dashboard"): the most urgent critical
// products, each a bar of its reorder point with the available stock filled in, and a line with
// how many more there are. Clicking a product emits activated("product:<id>"); the "more" line
// emits activated("critical").
class CriticalStockList final : public QWidget
{
    Q_OBJECT

public:
    explicit CriticalStockList(QWidget *parent = nullptr);

    // `products` most urgent first; `total` is every critical product.
    void setProducts(const QList<Product> &products, qint64 total);
    BarList *bars() const { return m_bars; }
    QLabel *moreLabel() const { return m_more; }

signals:
    void activated(const QString &link);

private:
    BarList *m_bars;
    QLabel *m_more;
};

} // namespace rapi

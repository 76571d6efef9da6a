#pragma once

#include "stock/product.h"

#include <QAbstractTableModel>
#include <QList>

namespace rapi {

// Products with their stock figures, as ProductRepository::list returned them (the filter is the
// core's; a sort proxy only orders by RawValueRole). Critical rows are tinted red with the
// available figure in bold, inactive ones greyed.
class ProductTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sku, Name, Category, Price, OnHand, Reserved, Available, ReorderPoint, ColumnCount };

    explicit ProductTableModel(QObject *parent = nullptr);

    void setProducts(QList<Product> products);
    const QList<Product> &products() const { return m_products; }
    const Product *productAt(int row) const;
    int rowOfId(qint64 productId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isNumeric(int column);

private:
    QList<Product> m_products;
};

} // namespace rapi

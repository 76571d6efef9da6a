#pragma once

#include "stock/product.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rapi {

// The stock opname sheet: every product with its on-hand in Rapi and an editable "counted"
// column. Counts are kept per product id across filtering, so a person can count shelf by shelf;
// a product without a count is left alone.
class StocktakeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Sku, Name, OnHand, Counted, Difference, ColumnCount };

    explicit StocktakeModel(QObject *parent = nullptr);

    void setProducts(QList<Product> products);
    const QHash<qint64, qint64> &counts() const { return m_counts; }
    // Products counted, and how many of them differ from their on-hand.
    int countedCount() const { return int(m_counts.size()); }
    int differingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countsChanged();

private:
    QList<Product> m_products;
    QHash<qint64, qint64> m_counts;        // product id → counted quantity
    QHash<qint64, qint64> m_onHandAtCount; // the on-hand the count is compared with
};

} // namespace rapi

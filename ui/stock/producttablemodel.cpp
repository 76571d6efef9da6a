#include "stock/producttablemodel.h"

#include "common/roles.h"
#include "common/theme.h"
#include "common/uiformat.h"

#include <QFont>

namespace rapi {

ProductTableModel::ProductTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProductTableModel::setProducts(QList<Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

const Product *ProductTableModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int ProductTableModel::rowOfId(qint64 productId) const
{
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).id == productId)
            return row;
    }
    return -1;
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProductTableModel::isNumeric(int column)
{
    return column == Price || column == OnHand || column == Reserved || column == Available ||
           column == ReorderPoint;
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Available)
        return tr("On hand minus what is reserved for orders in processing");
    if (role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Product");
    case Category:
        return tr("Category");
    case Price:
        return tr("Price");
    case OnHand:
        return tr("On hand");
    case Reserved:
        return tr("Reserved");
    case Available:
        return tr("Available");
    case ReorderPoint:
        return tr("Reorder at");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    const Product *product = productAt(index.row());
    if (!product)
        return {};
    const Product &p = *product;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Sku:
            return p.sku;
        case Name:
            return p.active ? p.name : tr("%1 (inactive)").arg(p.name);
        case Category:
            return p.category;
        case Price:
            return uiformat::money(p.unitPrice);
        case OnHand:
            return uiformat::number(p.onHand);
        case Reserved:
            return p.reserved ? uiformat::number(p.reserved) : QStringLiteral("—");
        case Available:
            return uiformat::number(p.available());
        case ReorderPoint:
            return uiformat::number(p.reorderPoint);
        case ColumnCount:
            break;
        }
        return {};
    case RawValueRole:
        switch (Column(column)) {
        case Sku:
            return p.sku;
        case Name:
            return p.name;
        case Category:
            return p.category;
        case Price:
            return p.unitPrice;
        case OnHand:
            return p.onHand;
        case Reserved:
            return p.reserved;
        case Available:
            return p.available();
        case ReorderPoint:
            return p.reorderPoint;
        case ColumnCount:
            break;
        }
        return {};
    case IdRole:
        return p.id;
    case CriticalRole:
        return p.isCritical();
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return p.isCritical() ? QVariant(theme::criticalBackground()) : QVariant();
    case Qt::ForegroundRole:
        if (!p.active)
            return theme::mutedText();
        if (p.isCritical() && column == Available)
            return theme::criticalText();
        if (column == Reserved && p.reserved == 0)
            return theme::mutedText();
        return {};
    case Qt::FontRole:
        if (p.isCritical() && column == Available) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (p.isCritical())
            return tr("Critical: %1 available, reorder at %2")
                .arg(uiformat::number(p.available()), uiformat::number(p.reorderPoint));
        if (column == Name)
            return p.name;
        return {};
    default:
        return {};
    }
}

} // namespace rapi

#include "stock/stocktakemodel.h"

#include "common/roles.h"
#include "common/theme.h"
#include "common/uiformat.h"

#include <QFont>

namespace rapi {

StocktakeModel::StocktakeModel(QObject *parent) : QAbstractTableModel(parent) {}

void StocktakeModel::setProducts(QList<Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

int StocktakeModel::differingCount() const
{
    int differing = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() != m_onHandAtCount.value(it.key()))
            ++differing;
    }
    return differing;
}

int StocktakeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int StocktakeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StocktakeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= OnHand ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Product");
    case OnHand:
        return tr("In Rapi");
    case Counted:
        return tr("Counted");
    case Difference:
        return tr("Difference");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags StocktakeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Counted)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant StocktakeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const Product &p = m_products.at(index.row());
    const auto counted = m_counts.constFind(p.id);
    const bool isCounted = counted != m_counts.constEnd();
    const qint64 difference = isCounted ? *counted - m_onHandAtCount.value(p.id) : 0;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Sku:
            return p.sku;
        case Name:
            return p.name;
        case OnHand:
            return uiformat::number(p.onHand);
        case Counted:
            return isCounted ? uiformat::number(*counted) : QString();
        case Difference:
            return isCounted ? (difference ? uiformat::signedNumber(difference) : QStringLiteral("0"))
                             : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::EditRole:
        if (column == Counted)
            return isCounted ? QString::number(*counted) : QString();
        return {};
    case RawValueRole:
        switch (Column(column)) {
        case OnHand:
            return p.onHand;
        case Counted:
            return isCounted ? QVariant(*counted) : QVariant();
        case Difference:
            return isCounted ? QVariant(difference) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return p.id;
    case Qt::TextAlignmentRole:
        return column >= OnHand ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (column == Counted)
            return QColor(0xfe, 0xfc, 0xe8); // the column to fill in
        return {};
    case Qt::ForegroundRole:
        if (column == Difference && difference < 0)
            return theme::criticalText();
        if (column == Difference && difference > 0)
            return theme::positiveText();
        return {};
    case Qt::FontRole:
        if (column == Difference && difference != 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

bool StocktakeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Counted || index.row() >= m_products.size())
        return false;
    const Product &p = m_products.at(index.row());
    QString text = value.toString().trimmed();
    // People type counts the way they read numbers: "1.200" or "1,200".
    text.remove(QLatin1Char('.')).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    if (text.isEmpty()) {
        m_counts.remove(p.id);
        m_onHandAtCount.remove(p.id);
    } else {
        bool ok = false;
        const qint64 counted = text.toLongLong(&ok);
        if (!ok || counted < 0)
            return false;
        m_counts.insert(p.id, counted);
        m_onHandAtCount.insert(p.id, p.onHand);
    }
    emit dataChanged(this->index(index.row(), Counted), this->index(index.row(), Difference));
    emit countsChanged();
    return true;
}

} // namespace rapi

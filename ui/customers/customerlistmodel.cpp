#include "customers/customerlistmodel.h"

#include "common/roles.h"

namespace rapi {

CustomerListModel::CustomerListModel(QObject *parent) : QAbstractTableModel(parent) {}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_customers.size())
        return {};
    const Customer &customer = m_customers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return index.column() == Name ? customer.name : customer.phone;
    case Qt::ToolTipRole:
        return customer.phone.isEmpty() ? customer.name
                                        : customer.name + QStringLiteral(" · ") + customer.phone;
    case IdRole:
        return customer.id;
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return section == Name ? tr("Name") : tr("Phone");
}

void CustomerListModel::setCustomers(QList<Customer> customers)
{
    beginResetModel();
    m_customers = std::move(customers);
    endResetModel();
}

int CustomerListModel::rowOf(qint64 customerId) const
{
    for (int row = 0; row < m_customers.size(); ++row) {
        if (m_customers.at(row).id == customerId)
            return row;
    }
    return -1;
}

qint64 CustomerListModel::idAt(int row) const
{
    return row >= 0 && row < m_customers.size() ? m_customers.at(row).id : 0;
}

} // namespace rapi

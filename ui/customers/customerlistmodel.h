#pragma once

#include "customers/customerrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace rapi {

// The customers shown in the list: a search's matches or the recently active ones. Always a
// bounded slice (CustomerRepository::find / recent take a limit), never the whole table.
class CustomerListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Phone, ColumnCount };

    explicit CustomerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCustomers(QList<Customer> customers);
    // The row of a customer, or -1.
    int rowOf(qint64 customerId) const;
    qint64 idAt(int row) const;

private:
    QList<Customer> m_customers;
};

} // namespace rapi

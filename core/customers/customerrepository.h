#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QList>
#include <QString>

namespace rapi {

class Database;

struct Customer
{
    qint64 id = 0;
    QString name;
    QString phone;
};

// Customers as orders need them: name and phone. The CRM issue extends this.
class CustomerRepository final
{
public:
    explicit CustomerRepository(Database &db, const Clock &clock = Clock::system());

    Result<Customer> get(qint64 id) const;
    // Matches by normalised phone when given, else by exact name; creates the customer if none.
    Result<qint64> findOrCreate(const QString &name, const QString &phone);
    Result<QList<Customer>> search(const QString &text, int limit = 20) const;

    // "0812-3456 7890", "+62 812 3456 7890" and "6281234567890" are all "081234567890".
    static QString normalisePhone(const QString &phone);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi

#pragma once

#include "common/result.h"
#include "db/dbquery.h"

#include <optional>
#include <QHash>
#include <QString>

namespace rapi {

class Database;

namespace importing {

// The customers an import matches its rows against, loaded once into memory: by normalised
// phone, and by exact name among customers without a phone — the rule of
// CustomerRepository::findOrCreate. A record that was merged into another resolves to the record
// that survived, and an unmerged match always wins over a merged one; among equals the oldest
// wins. Runs inside the importer's transaction.
class CustomerIndex final
{
public:
    explicit CustomerIndex(Database &db);

    // Prepares the insert and loads every customer; call once before the rest.
    Status load();

    // The customer a file's name and phone (both already cleaned: simplified name, normalised
    // phone) stand for, if known.
    std::optional<qint64> find(const QString &name, const QString &phone) const;
    // Records a customer the import created, so later rows find it.
    void remember(const QString &name, const QString &phone, qint64 id);
    // find(), else a new customer with that name (the phone when the name is empty) and phone.
    // Empty when both are empty.
    Result<std::optional<qint64>> findOrCreate(const QString &name, const QString &phone, qint64 now);

private:
    Database &m_db;
    DbQuery m_insert;
    QHash<QString, qint64> m_byPhone;
    QHash<QString, qint64> m_byName; // customers without a phone
};

} // namespace importing
} // namespace rapi

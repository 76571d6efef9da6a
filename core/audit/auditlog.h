#pragma once

#include "common/actor.h"
#include "common/result.h"

#include <optional>
#include <QList>
#include <QString>

namespace rapi {

class Database;

// One line of the audit log: who did what to which entity, when, with a short before→after.
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    std::optional<qint64> userId; // empty for a failed login under an unknown name
    QString userName;
    QString action; // create, update, delete, login, login_failed, import, export, backup
    QString entity; // order, product, customer, ticket, template, sop, settings, user, …
    std::optional<qint64> entityId;
    QString summary;
};

struct AuditFilter
{
    std::optional<qint64> from; // UTC seconds, inclusive
    std::optional<qint64> to;   // exclusive
    std::optional<qint64> userId;
    QString action;
    QString entity;
    int limit = 10000;
};

// The append-only audit log (SPEC §1). append() writes into the caller's open transaction, so an
// entry exists exactly when the change it records was committed; nothing ever updates or deletes
// a row, and triggers on both backends refuse it (migration 0005).
class AuditLog final
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    Status append(const Actor &actor, qint64 at, const QString &action, const QString &entity,
                  std::optional<qint64> entityId, const QString &summary);
    // At the system clock's now: for stores that keep no clock of their own (settings).
    Status append(const Actor &actor, const QString &action, const QString &entity,
                  std::optional<qint64> entityId, const QString &summary);
    // Oldest first. Only the owner may read it.
    Result<QList<AuditEntry>> list(const AuditFilter &filter, const Actor &actor) const;

    // "old → new" for a summary; long texts are shortened so that a line stays a line.
    static QString change(const QString &field, const QString &before, const QString &after);
    // Entries as CSV (header at,user,action,entity,entity_id,summary; times in ISO 8601 UTC).
    static QString toCsv(const QList<AuditEntry> &entries);

private:
    Database &m_db;
};

} // namespace rapi

#include "audit/auditlog.h"

#include "accounts/permission.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/dbquery.h"

#include <QDateTime>

namespace rapi {

namespace {

QString shorten(QString text)
{
    text = text.simplified();
    constexpr int kMax = 80;
    if (text.size() > kMax)
        text = text.left(kMax - 1) + QChar(0x2026);
    return text;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

Status AuditLog::append(const Actor &actor, qint64 at, const QString &action, const QString &entity,
                        std::optional<qint64> entityId, const QString &summary)
{
    DbQuery q(m_db,
              QStringLiteral("INSERT INTO audit_log (at, user_id, user_name, action, entity, entity_id, "
                             "summary) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(at).bindNullableInt(actor.userId > 0 ? std::optional<qint64>(actor.userId) : std::nullopt);
    q.bind(actor.name).bind(action).bind(entity).bindNullableInt(entityId).bind(summary);
    if (!q.exec())
        return q.error();
    return {};
}

Status AuditLog::append(const Actor &actor, const QString &action, const QString &entity,
                        std::optional<qint64> entityId, const QString &summary)
{
    return append(actor, Clock::system().now(), action, entity, entityId, summary);
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &filter, const Actor &actor) const
{
    if (Status allowed = permission::authorize(actor, Permission::ViewAudit); !allowed)
        return Error{allowed.error()};
    QString sql = QStringLiteral("SELECT id, at, user_id, user_name, action, entity, entity_id, summary "
                                 "FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (filter.from) {
        sql += QStringLiteral(" AND at >= ?");
        values << *filter.from;
    }
    if (filter.to) {
        sql += QStringLiteral(" AND at < ?");
        values << *filter.to;
    }
    if (filter.userId) {
        sql += QStringLiteral(" AND user_id = ?");
        values << *filter.userId;
    }
    if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values << filter.action;
    }
    if (!filter.entity.isEmpty()) {
        sql += QStringLiteral(" AND entity = ?");
        values << filter.entity;
    }
    sql += QStringLiteral(" ORDER BY at, id LIMIT ?");
    values << qint64(filter.limit);
    DbQuery q(m_db, sql);
    for (const QVariant &value : values)
        q.bind(value);
    if (!q.exec())
        return q.error();
    QList<AuditEntry> entries;
    while (q.next())
        entries.append({q.int64(0), q.int64(1), q.optionalInt64(2), q.text(3), q.text(4), q.text(5),
                        q.optionalInt64(6), q.text(7)});
    return entries;
}

QString AuditLog::change(const QString &field, const QString &before, const QString &after)
{
    return QStringLiteral("%1: %2 → %3").arg(field, shorten(before), shorten(after));
}

QString AuditLog::toCsv(const QList<AuditEntry> &entries)
{
    QString csv = QStringLiteral("at,user,action,entity,entity_id,summary\n");
    for (const AuditEntry &e : entries) {
        const QString at = QDateTime::fromSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODate);
        csv += QStringList{at,
                           csvField(e.userName),
                           e.action,
                           e.entity,
                           e.entityId ? QString::number(*e.entityId) : QString(),
                           csvField(e.summary)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return csv;
}

} // namespace rapi

#include "templates/soprepository.h"

#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::SopRepository)
};

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.title, s.order_stage, COALESCE(s.ticket_category, ''), s.active, v.id, v.number, v.goal, "
    "v.steps, v.done_standard, v.restored_from, v.created_at, v.created_by, u.display_name FROM sops s "
    "JOIN sop_versions v ON v.sop_id = s.id AND v.number = (SELECT MAX(number) FROM sop_versions WHERE "
    "sop_id = s.id) "
    "JOIN users u ON u.id = v.created_by");

Sop readSop(const DbQuery &q)
{
    Sop s;
    s.id = q.int64(0);
    s.title = q.text(1);
    if (!q.value(2).isNull())
        s.orderStage = orderstage::fromCode(q.text(2));
    s.ticketCategory = q.text(3);
    s.active = q.int64(4) != 0;
    s.current = {q.int64(5),          s.id,        int(q.int64(6)), q.text(7), q.text(8), q.text(9),
                 q.optionalInt64(10), q.int64(11), q.int64(12),     q.text(13)};
    return s;
}

Status checkText(const SopText &text)
{
    if (text.goal.trimmed().isEmpty() || text.steps.trimmed().isEmpty() ||
        text.doneStandard.trimmed().isEmpty())
        return Error{Tr::tr("An SOP needs a goal, steps and a done standard.")};
    return {};
}

QString categoryKey(const QString &category)
{
    return category.simplified().toLower();
}

} // namespace

SopRepository::SopRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QList<Sop>> SopRepository::list() const
{
    DbQuery q(m_db, kSelect + QStringLiteral(" ORDER BY s.title, s.id"));
    if (!q.exec())
        return q.error();
    QList<Sop> list;
    while (q.next())
        list.append(readSop(q));
    return list;
}

Result<Sop> SopRepository::get(qint64 sopId) const
{
    DbQuery q(m_db, kSelect + QStringLiteral(" WHERE s.id = ?"));
    q.bind(sopId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("SOP %1 does not exist.").arg(sopId)};
    return readSop(q);
}

Result<QList<SopVersion>> SopRepository::versions(qint64 sopId) const
{
    DbQuery q(m_db, QStringLiteral(
                        "SELECT v.id, v.sop_id, v.number, v.goal, v.steps, v.done_standard, "
                        "v.restored_from, v.created_at, v.created_by, u.display_name FROM sop_versions v "
                        "JOIN users u ON u.id = v.created_by WHERE v.sop_id = ? ORDER BY v.number DESC"));
    q.bind(sopId);
    if (!q.exec())
        return q.error();
    QList<SopVersion> list;
    while (q.next()) {
        list.append({q.int64(0), q.int64(1), int(q.int64(2)), q.text(3), q.text(4), q.text(5),
                     q.optionalInt64(6), q.int64(7), q.int64(8), q.text(9)});
    }
    return list;
}

Result<QStringList> SopRepository::ticketCategories() const
{
    DbQuery q(m_db,
              QStringLiteral("SELECT DISTINCT lower(category) FROM tickets WHERE category <> '' "
                             "UNION SELECT ticket_category FROM sops WHERE ticket_category IS NOT NULL"));
    if (!q.exec())
        return q.error();
    QStringList categories;
    while (q.next()) {
        const QString category = categoryKey(q.text(0));
        if (!category.isEmpty() && !categories.contains(category))
            categories << category;
    }
    categories.sort();
    return categories;
}

Result<std::optional<Sop>> SopRepository::currentWhere(const QString &condition, const QString &value) const
{
    DbQuery q(m_db, kSelect + QStringLiteral(" WHERE s.active = 1 AND ") + condition +
                        QStringLiteral(" ORDER BY s.created_at DESC, s.id DESC LIMIT 1"));
    q.bind(value);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return std::optional<Sop>();
    return std::optional<Sop>(readSop(q));
}

Result<std::optional<Sop>> SopRepository::currentForOrderStage(OrderStage stage) const
{
    return currentWhere(QStringLiteral("s.order_stage = ?"), orderstage::code(stage));
}

Result<std::optional<Sop>> SopRepository::currentForTicketCategory(const QString &category) const
{
    return currentWhere(QStringLiteral("s.ticket_category = ?"), categoryKey(category));
}

Result<qint64> SopRepository::createForOrderStage(const QString &title, OrderStage stage, const SopText &text,
                                                  const Actor &actor)
{
    return create(title, stage, QString(), text, actor);
}

Result<qint64> SopRepository::createForTicketCategory(const QString &title, const QString &category,
                                                      const SopText &text, const Actor &actor)
{
    if (categoryKey(category).isEmpty())
        return Error{Tr::tr("Choose the ticket category the SOP is for.")};
    return create(title, std::nullopt, categoryKey(category), text, actor);
}

Result<qint64> SopRepository::create(const QString &title, std::optional<OrderStage> stage,
                                     const QString &category, const SopText &text, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return Error{allowed.error()};
    if (title.simplified().isEmpty())
        return Error{Tr::tr("Give the SOP a title.")};
    if (Status s = checkText(text); !s)
        return Error{s.error()};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    DbQuery q(m_db,
              QStringLiteral("INSERT INTO sops (title, order_stage, ticket_category, active, created_at, "
                             "created_by) VALUES (?, ?, ?, 1, ?, ?) RETURNING id"));
    q.bind(title.simplified()).bindNullableText(stage ? orderstage::code(*stage) : QString());
    q.bindNullableText(category).bind(m_clock.now()).bind(actor.userId);
    const auto id = q.execReturningId();
    if (!id)
        return id;
    if (auto v = addVersion(id.value(), text, std::nullopt, actor); !v)
        return v;
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return id;
}

Result<qint64> SopRepository::save(qint64 sopId, const SopText &text, int basedOnNumber, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return Error{allowed.error()};
    if (Status s = checkText(text); !s)
        return Error{s.error()};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    auto current = get(sopId);
    if (!current)
        return Error{current.error()};
    if (current->current.number != basedOnNumber)
        return Error{
            Tr::tr("%1 saved version %2 of “%3” meanwhile. Nothing was saved; look at it again and retry.")
                .arg(current->current.createdByName)
                .arg(current->current.number)
                .arg(current->title)};
    auto id = addVersion(sopId, text, std::nullopt, actor);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return id;
}

Result<qint64> SopRepository::restore(qint64 sopId, qint64 versionId, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return Error{allowed.error()};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    auto all = versions(sopId);
    if (!all)
        return Error{all.error()};
    for (const SopVersion &v : all.value()) {
        if (v.id != versionId)
            continue;
        auto id = addVersion(sopId, {v.goal, v.steps, v.doneStandard}, versionId, actor);
        if (!id)
            return id;
        if (Status s = tx.commit(); !s)
            return Error{s.error()};
        return id;
    }
    return Error{Tr::tr("SOP %1 has no version %2.").arg(sopId).arg(versionId)};
}

Status SopRepository::setActive(qint64 sopId, bool active, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return allowed;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    DbQuery q(m_db, QStringLiteral("UPDATE sops SET active = ? WHERE id = ?"));
    q.bind(active ? 1 : 0).bind(sopId);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return Error{Tr::tr("SOP %1 does not exist.").arg(sopId)};
    if (Status status =
            AuditLog(m_db).append(actor, m_clock.now(), QStringLiteral("update"), QStringLiteral("sop"),
                                  sopId, active ? QStringLiteral("activated") : QStringLiteral("retired"));
        !status)
        return status;
    return tx.commit();
}

Result<qint64> SopRepository::addVersion(qint64 sopId, const SopText &text,
                                         std::optional<qint64> restoredFrom, const Actor &actor)
{
    DbQuery q(m_db,
              QStringLiteral("INSERT INTO sop_versions (sop_id, number, goal, steps, done_standard, "
                             "restored_from, created_at, created_by) SELECT ?, COALESCE(MAX(number), 0) + 1, "
                             "?, ?, ?, ?, ?, ? FROM sop_versions WHERE sop_id = ? RETURNING id"));
    q.bind(sopId).bind(text.goal.trimmed()).bind(text.steps.trimmed()).bind(text.doneStandard.trimmed());
    q.bindNullableInt(restoredFrom).bind(m_clock.now()).bind(actor.userId).bind(sopId);
    const auto id = q.execReturningId();
    if (!id)
        return id;
    if (Status status = AuditLog(m_db).append(
            actor, m_clock.now(), restoredFrom ? QStringLiteral("update") : QStringLiteral("create"),
            QStringLiteral("sop"), sopId,
            restoredFrom ? QStringLiteral("version %1 restored").arg(*restoredFrom)
                         : QStringLiteral("new version"));
        !status)
        return Error{status.error()};
    return id;
}

} // namespace rapi

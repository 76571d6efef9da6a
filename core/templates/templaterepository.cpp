#include "templates/templaterepository.h"

#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::TemplateRepository)
};

// The latest version of each template, joined in one query.
const QString kSelect = QStringLiteral(
    "SELECT t.id, COALESCE(t.code, ''), t.kind, t.name, t.active, v.id, v.number, v.body, v.restored_from, "
    "v.created_at, v.created_by, u.display_name FROM templates t "
    "JOIN template_versions v ON v.template_id = t.id "
    "AND v.number = (SELECT MAX(number) FROM template_versions WHERE template_id = t.id) "
    "JOIN users u ON u.id = v.created_by");

Template readTemplate(const DbQuery &q)
{
    Template t;
    t.id = q.int64(0);
    t.code = q.text(1);
    t.kind = templatekind::fromCode(q.text(2)).value_or(TemplateKind::CsReply);
    t.name = q.text(3);
    t.active = q.int64(4) != 0;
    t.current = {q.int64(5),         t.id,       int(q.int64(6)), q.text(7),
                 q.optionalInt64(8), q.int64(9), q.int64(10),     q.text(11)};
    return t;
}

} // namespace

namespace templatekind {

QString code(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::CsReply:
        return QStringLiteral("cs_reply");
    case TemplateKind::PaymentReminder:
        return QStringLiteral("payment_reminder");
    case TemplateKind::OrderStatus:
        return QStringLiteral("order_status");
    case TemplateKind::Invoice:
        return QStringLiteral("invoice");
    case TemplateKind::ShippingChecklist:
        return QStringLiteral("shipping_checklist");
    case TemplateKind::WeeklyReport:
        return QStringLiteral("weekly_report");
    case TemplateKind::ContentBrief:
        return QStringLiteral("content_brief");
    case TemplateKind::DesignRevision:
        return QStringLiteral("design_revision");
    }
    Q_UNREACHABLE();
}

std::optional<TemplateKind> fromCode(QStringView text)
{
    for (TemplateKind kind : all) {
        if (text == code(kind))
            return kind;
    }
    return std::nullopt;
}

QString displayName(TemplateKind kind)
{
    switch (kind) {
    case TemplateKind::CsReply:
        return QCoreApplication::translate("rapi::TemplateKind", "CS reply");
    case TemplateKind::PaymentReminder:
        return QCoreApplication::translate("rapi::TemplateKind", "Payment reminder");
    case TemplateKind::OrderStatus:
        return QCoreApplication::translate("rapi::TemplateKind", "Order status message");
    case TemplateKind::Invoice:
        return QCoreApplication::translate("rapi::TemplateKind", "Invoice");
    case TemplateKind::ShippingChecklist:
        return QCoreApplication::translate("rapi::TemplateKind", "Shipping checklist");
    case TemplateKind::WeeklyReport:
        return QCoreApplication::translate("rapi::TemplateKind", "Weekly report");
    case TemplateKind::ContentBrief:
        return QCoreApplication::translate("rapi::TemplateKind", "Content brief");
    case TemplateKind::DesignRevision:
        return QCoreApplication::translate("rapi::TemplateKind", "Design revision");
    }
    Q_UNREACHABLE();
}

} // namespace templatekind

TemplateRepository::TemplateRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QList<Template>> TemplateRepository::list(const Actor &viewer, std::optional<TemplateKind> kind,
                                                 bool includeInactive) const
{
    if (Status allowed = permission::authorize(viewer, Permission::UseTemplates); !allowed)
        return Error{allowed.error()};
    const bool vendor = viewer.role == Role::Vendor;
    includeInactive = includeInactive && permission::allows(viewer.role, Permission::EditTemplates);
    DbQuery q(
        m_db,
        kSelect + (includeInactive ? QStringLiteral(" WHERE 1 = 1") : QStringLiteral(" WHERE t.active = 1")) +
            (kind ? QStringLiteral(" AND t.kind = ?") : QString()) +
            (vendor
                 ? QStringLiteral(" AND t.id IN (SELECT template_id FROM template_shares WHERE user_id = ?)")
                 : QString()) +
            QStringLiteral(" ORDER BY t.kind, t.name, t.id"));
    if (kind)
        q.bind(templatekind::code(*kind));
    if (vendor)
        q.bind(viewer.userId);
    if (!q.exec())
        return q.error();
    QList<Template> list;
    while (q.next())
        list.append(readTemplate(q));
    return list;
}

Result<Template> TemplateRepository::get(qint64 templateId, const Actor &viewer) const
{
    if (Status visible = checkVisible(templateId, viewer); !visible)
        return Error{visible.error()};
    return current(templateId);
}

Result<Template> TemplateRepository::current(qint64 templateId) const
{
    DbQuery q(m_db, kSelect + QStringLiteral(" WHERE t.id = ?"));
    q.bind(templateId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("Template %1 does not exist.").arg(templateId)};
    return readTemplate(q);
}

Status TemplateRepository::checkVisible(qint64 templateId, const Actor &viewer) const
{
    if (Status allowed = permission::authorize(viewer, Permission::UseTemplates); !allowed)
        return allowed;
    if (viewer.role != Role::Vendor)
        return {};
    DbQuery q(m_db, QStringLiteral("SELECT 1 FROM template_shares WHERE template_id = ? AND user_id = ?"));
    q.bind(templateId).bind(viewer.userId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("Template %1 does not exist.").arg(templateId)};
    return {};
}

Result<QList<TemplateVersion>> TemplateRepository::versions(qint64 templateId, const Actor &viewer) const
{
    if (Status visible = checkVisible(templateId, viewer); !visible)
        return Error{visible.error()};
    DbQuery q(
        m_db,
        QStringLiteral("SELECT v.id, v.template_id, v.number, v.body, v.restored_from, v.created_at, "
                       "v.created_by, u.display_name FROM template_versions v "
                       "JOIN users u ON u.id = v.created_by WHERE v.template_id = ? ORDER BY v.number DESC"));
    q.bind(templateId);
    if (!q.exec())
        return q.error();
    QList<TemplateVersion> list;
    while (q.next()) {
        list.append({q.int64(0), q.int64(1), int(q.int64(2)), q.text(3), q.optionalInt64(4), q.int64(5),
                     q.int64(6), q.text(7)});
    }
    return list;
}

Result<TemplateVersion> TemplateRepository::version(qint64 versionId, const Actor &viewer) const
{
    DbQuery q(m_db,
              QStringLiteral("SELECT v.id, v.template_id, v.number, v.body, v.restored_from, v.created_at, "
                             "v.created_by, u.display_name FROM template_versions v "
                             "JOIN users u ON u.id = v.created_by WHERE v.id = ?"));
    q.bind(versionId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("Template version %1 does not exist.").arg(versionId)};
    TemplateVersion found{q.int64(0),         q.int64(1), int(q.int64(2)), q.text(3),
                          q.optionalInt64(4), q.int64(5), q.int64(6),      q.text(7)};
    if (Status visible = checkVisible(found.templateId, viewer); !visible)
        return Error{Tr::tr("Template version %1 does not exist.").arg(versionId)};
    return found;
}

Status TemplateRepository::share(qint64 templateId, const QList<qint64> &vendorIds, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return allowed;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    auto shown = current(templateId);
    if (!shown)
        return Error{shown.error()};
    QStringList names;
    for (qint64 id : vendorIds) {
        DbQuery u(m_db, QStringLiteral("SELECT display_name, role, deactivated_at FROM users WHERE id = ?"));
        u.bind(id);
        if (!u.exec())
            return u.error();
        if (!u.next())
            return Error{Tr::tr("User %1 does not exist.").arg(id)};
        if (u.text(1) != roles::code(Role::Vendor))
            return Error{
                Tr::tr("%1 is not a vendor; only vendors' access is chosen per template.").arg(u.text(0))};
        if (u.optionalInt64(2))
            return Error{Tr::tr("%1 is deactivated.").arg(u.text(0))};
        names << u.text(0);
    }
    DbQuery clear(m_db, QStringLiteral("DELETE FROM template_shares WHERE template_id = ?"));
    clear.bind(templateId);
    if (!clear.exec())
        return clear.error();
    for (qint64 id : vendorIds) {
        DbQuery add(m_db,
                    QStringLiteral("INSERT INTO template_shares (template_id, user_id, shared_at, shared_by) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        add.bind(templateId).bind(id).bind(m_clock.now()).bind(actor.userId);
        if (!add.exec())
            return add.error();
    }
    names.sort(Qt::CaseInsensitive);
    if (Status status = AuditLog(m_db).append(
            actor, m_clock.now(), QStringLiteral("update"), QStringLiteral("template"), templateId,
            names.isEmpty() ? QStringLiteral("shared with no vendor")
                            : QStringLiteral("shared with %1").arg(names.join(QStringLiteral(", "))));
        !status)
        return status;
    return tx.commit();
}

Result<QList<qint64>> TemplateRepository::sharedWith(qint64 templateId, const Actor &actor) const
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return Error{allowed.error()};
    DbQuery q(m_db,
              QStringLiteral("SELECT user_id FROM template_shares WHERE template_id = ? ORDER BY user_id"));
    q.bind(templateId);
    if (!q.exec())
        return q.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.int64(0);
    return ids;
}

Result<qint64> TemplateRepository::create(TemplateKind kind, const QString &name, const QString &body,
                                          const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return Error{allowed.error()};
    if (name.simplified().isEmpty())
        return Error{Tr::tr("Give the template a name.")};
    if (body.trimmed().isEmpty())
        return Error{Tr::tr("A template needs some text.")};
    if (Status valid = templaterenderer::validate(body); !valid)
        return Error{valid.error()};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    DbQuery q(m_db, QStringLiteral("INSERT INTO templates (kind, name, active, created_at, created_by) "
                                   "VALUES (?, ?, 1, ?, ?) RETURNING id"));
    q.bind(templatekind::code(kind)).bind(name.simplified()).bind(m_clock.now()).bind(actor.userId);
    const auto id = q.execReturningId();
    if (!id)
        return id;
    if (auto v = addVersion(id.value(), body, std::nullopt, actor); !v)
        return v;
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return id;
}

Result<qint64> TemplateRepository::save(qint64 templateId, const QString &body, int basedOnNumber,
                                        const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return Error{allowed.error()};
    if (body.trimmed().isEmpty())
        return Error{Tr::tr("A template needs some text.")};
    if (Status valid = templaterenderer::validate(body); !valid)
        return Error{valid.error()};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    auto latest = current(templateId);
    if (!latest)
        return Error{latest.error()};
    if (latest->current.number != basedOnNumber)
        return Error{
            Tr::tr("%1 saved version %2 of “%3” meanwhile. Nothing was saved; look at it again and retry.")
                .arg(latest->current.createdByName)
                .arg(latest->current.number)
                .arg(latest->name)};
    if (latest->current.body == body)
        return latest->current.id;
    auto id = addVersion(templateId, body, std::nullopt, actor);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return id;
}

Result<qint64> TemplateRepository::restore(qint64 templateId, qint64 versionId, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return Error{allowed.error()};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    auto old = version(versionId, actor);
    if (!old)
        return Error{old.error()};
    if (old->templateId != templateId)
        return Error{Tr::tr("That version belongs to another template.")};
    auto id = addVersion(templateId, old->body, versionId, actor);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return id;
}

Status TemplateRepository::rename(qint64 templateId, const QString &name, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return allowed;
    if (name.simplified().isEmpty())
        return Error{Tr::tr("Give the template a name.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    DbQuery q(m_db, QStringLiteral("UPDATE templates SET name = ? WHERE id = ?"));
    q.bind(name.simplified()).bind(templateId);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return Error{Tr::tr("Template %1 does not exist.").arg(templateId)};
    if (Status status =
            AuditLog(m_db).append(actor, m_clock.now(), QStringLiteral("update"), QStringLiteral("template"),
                                  templateId, QStringLiteral("renamed to %1").arg(name.simplified()));
        !status)
        return status;
    return tx.commit();
}

Status TemplateRepository::setActive(qint64 templateId, bool active, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTemplates); !allowed)
        return allowed;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    DbQuery q(m_db, QStringLiteral("UPDATE templates SET active = ? WHERE id = ?"));
    q.bind(active ? 1 : 0).bind(templateId);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return Error{Tr::tr("Template %1 does not exist.").arg(templateId)};
    if (Status status = AuditLog(m_db).append(
            actor, m_clock.now(), QStringLiteral("update"), QStringLiteral("template"), templateId,
            active ? QStringLiteral("activated") : QStringLiteral("retired"));
        !status)
        return status;
    return tx.commit();
}

Result<qint64> TemplateRepository::addVersion(qint64 templateId, const QString &body,
                                              std::optional<qint64> restoredFrom, const Actor &actor)
{
    DbQuery q(m_db,
              QStringLiteral("INSERT INTO template_versions (template_id, number, body, restored_from, "
                             "created_at, created_by) SELECT ?, COALESCE(MAX(number), 0) + 1, ?, ?, ?, ? "
                             "FROM template_versions WHERE template_id = ? RETURNING id"));
    q.bind(templateId)
        .bind(body)
        .bindNullableInt(restoredFrom)
        .bind(m_clock.now())
        .bind(actor.userId)
        .bind(templateId);
    const auto id = q.execReturningId();
    if (!id)
        return id;
    if (Status status = AuditLog(m_db).append(
            actor, m_clock.now(), restoredFrom ? QStringLiteral("update") : QStringLiteral("create"),
            QStringLiteral("template"), templateId,
            restoredFrom ? QStringLiteral("version %1 restored").arg(*restoredFrom)
                         : QStringLiteral("new version"));
        !status)
        return Error{status.error()};
    return id;
}

} // namespace rapi

#include "orders/stuckthresholds.h"

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
    Q_DECLARE_TR_FUNCTIONS(rapi::StuckThresholds)
};
} // namespace

StuckThresholds::StuckThresholds(Database &db) : m_db(db) {}

bool StuckThresholds::canEdit(const Actor &actor)
{
    return permission::allows(actor.role, Permission::EditSettings);
}

Status StuckThresholds::check(OrderStage stage, std::optional<qint64> seconds)
{
    if (orderstage::isTerminal(stage))
        return Error{
            Tr::tr("Orders in “%1” are done; they cannot be stuck.").arg(orderstage::displayName(stage))};
    if (seconds && (*seconds < 60 || *seconds > kMaxSeconds))
        return Error{Tr::tr("%1: an order counts as stuck after at least one minute and at most a year.")
                         .arg(orderstage::displayName(stage))};
    return {};
}

Status StuckThresholds::set(OrderStage stage, std::optional<qint64> seconds, const Actor &actor)
{
    if (!canEdit(actor))
        return Error{Tr::tr("Only the owner can change when orders count as stuck.")};
    if (auto status = check(stage, seconds); !status)
        return status;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    DbQuery q(m_db, QStringLiteral("DELETE FROM stage_thresholds WHERE stage = ?"));
    q.bind(orderstage::code(stage));
    if (!q.exec())
        return q.error();
    if (seconds) {
        q.prepare(QStringLiteral("INSERT INTO stage_thresholds (stage, stuck_after_seconds) VALUES (?, ?)"));
        q.bind(orderstage::code(stage)).bind(*seconds);
        if (!q.exec())
            return q.error();
    }
    if (Status status = AuditLog(m_db).append(
            actor, QStringLiteral("update"), QStringLiteral("settings"), std::nullopt,
            AuditLog::change(QStringLiteral("stuck after ") + orderstage::code(stage), QString(),
                             seconds ? QString::number(*seconds) : QStringLiteral("never")));
        !status)
        return status;
    return tx.commit();
}

} // namespace rapi

#include "tasks/taskservice.h"

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
    Q_DECLARE_TR_FUNCTIONS(rapi::TaskService)
};

const QString kTaskSelect = QStringLiteral(
    "SELECT t.id, t.title, t.assignee_id, COALESCE(u.username, ''), t.due_date, t.status, t.blocker, "
    "t.order_id, "
    "t.ticket_id, t.product_id, t.created_by, t.created_at, t.updated_at, t.done_at, t.version "
    "FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id");

Task readTask(const DbQuery &q)
{
    Task t;
    t.id = q.int64(0);
    t.title = q.text(1);
    t.assigneeId = q.optionalInt64(2);
    t.assigneeName = q.text(3);
    t.due = QDate::fromString(q.text(4), Qt::ISODate);
    t.status = taskstatus::fromCode(q.text(5)).value_or(TaskStatus::Todo);
    t.blocker = q.text(6);
    t.orderId = q.optionalInt64(7);
    t.ticketId = q.optionalInt64(8);
    t.productId = q.optionalInt64(9);
    t.createdBy = q.int64(10);
    t.createdAt = q.int64(11);
    t.updatedAt = q.int64(12);
    t.doneAt = q.optionalInt64(13);
    t.version = int(q.int64(14));
    return t;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Whether the row a link points to exists; the message names what is missing.
Status checkLink(Database &db, const char *table, std::optional<qint64> id, const QString &missing)
{
    if (!id)
        return {};
    DbQuery q(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.bind(*id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{missing};
    return {};
}

} // namespace

namespace taskstatus {

QString code(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return QStringLiteral("todo");
    case TaskStatus::Doing:
        return QStringLiteral("doing");
    case TaskStatus::Blocked:
        return QStringLiteral("blocked");
    case TaskStatus::Done:
        return QStringLiteral("done");
    }
    return QString();
}

std::optional<TaskStatus> fromCode(const QString &code)
{
    for (TaskStatus s : {TaskStatus::Todo, TaskStatus::Doing, TaskStatus::Blocked, TaskStatus::Done}) {
        if (taskstatus::code(s) == code)
            return s;
    }
    return std::nullopt;
}

QString displayName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return Tr::tr("To do");
    case TaskStatus::Doing:
        return Tr::tr("Doing");
    case TaskStatus::Blocked:
        return Tr::tr("Blocked");
    case TaskStatus::Done:
        return Tr::tr("Done");
    }
    return QString();
}

} // namespace taskstatus

TaskService::TaskService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString TaskService::weekKey(QDate day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

Status TaskService::checkTask(const Task &task) const
{
    if (task.title.simplified().isEmpty())
        return Error{Tr::tr("A task needs a title.")};
    if (task.title.simplified().size() > 200)
        return Error{Tr::tr("A task title can have at most 200 characters.")};
    if (task.assigneeId) {
        DbQuery q(m_db, QStringLiteral("SELECT active FROM users WHERE id = ?"));
        q.bind(*task.assigneeId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error{Tr::tr("There is no user with the id %1.").arg(*task.assigneeId)};
        if (q.int64(0) == 0)
            return Error{Tr::tr("Tasks cannot be given to a deactivated account.")};
    }
    if (Status s = checkLink(m_db, "orders", task.orderId, Tr::tr("The linked order does not exist.")); !s)
        return s;
    if (Status s = checkLink(m_db, "tickets", task.ticketId, Tr::tr("The linked ticket does not exist.")); !s)
        return s;
    return checkLink(m_db, "products", task.productId, Tr::tr("The linked product does not exist."));
}

Result<Task> TaskService::load(qint64 taskId) const
{
    DbQuery q(m_db, kTaskSelect + QStringLiteral(" WHERE t.id = ?"));
    q.bind(taskId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{Tr::tr("Task %1 does not exist.").arg(taskId)};
    return readTask(q);
}

Status TaskService::mayChange(const Task &task, const Actor &actor) const
{
    if (permission::allows(actor.role, Permission::EditTasks))
        return {};
    if (task.assigneeId == actor.userId)
        return {};
    return permission::authorize(actor, Permission::EditTasks);
}

Result<qint64> TaskService::create(const Task &task, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTasks); !allowed)
        return Error{allowed.error()};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    if (Status s = checkTask(task); !s)
        return Error{s.error()};
    const qint64 now = m_clock.now();
    DbQuery q(m_db,
              QStringLiteral("INSERT INTO tasks (title, assignee_id, due_date, status, order_id, ticket_id, "
                             "product_id, created_by, created_at, updated_at) VALUES (?, ?, ?, 'todo', ?, ?, "
                             "?, ?, ?, ?) RETURNING id"));
    q.bind(task.title.simplified()).bindNullableInt(task.assigneeId).bindNullableText(dateText(task.due));
    q.bindNullableInt(task.orderId).bindNullableInt(task.ticketId).bindNullableInt(task.productId);
    q.bind(actor.userId).bind(now).bind(now);
    const auto id = q.execReturningId();
    if (!id)
        return id;
    if (Status s = AuditLog(m_db).append(actor, now, QStringLiteral("create"), QStringLiteral("task"), *id,
                                         task.title.simplified());
        !s)
        return Error{s.error()};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return id;
}

Status TaskService::update(const Task &task, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::EditTasks); !allowed)
        return allowed;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    if (Status s = checkTask(task); !s)
        return s;
    const auto before = load(task.id);
    if (!before)
        return before;
    DbQuery q(m_db, QStringLiteral("UPDATE tasks SET title = ?, assignee_id = ?, due_date = ?, order_id = ?, "
                                   "ticket_id = ?, product_id = ?, updated_at = ?, version = version + 1 "
                                   "WHERE id = ? AND version = ?"));
    q.bind(task.title.simplified()).bindNullableInt(task.assigneeId).bindNullableText(dateText(task.due));
    q.bindNullableInt(task.orderId).bindNullableInt(task.ticketId).bindNullableInt(task.productId);
    q.bind(m_clock.now()).bind(task.id).bind(task.version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return Error{
            Tr::tr("Someone else changed this task meanwhile. Nothing was saved; look at it again.")};
    if (Status s = AuditLog(m_db).append(
            actor, m_clock.now(), QStringLiteral("update"), QStringLiteral("task"), task.id,
            AuditLog::change(QStringLiteral("title"), before->title, task.title.simplified()));
        !s)
        return s;
    return tx.commit();
}

Status TaskService::setStatus(qint64 taskId, TaskStatus status, const QString &blocker, const Actor &actor,
                              std::optional<int> expectedVersion)
{
    if (status == TaskStatus::Blocked && blocker.trimmed().isEmpty())
        return Error{Tr::tr("Say what blocks the task.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    const auto task = load(taskId);
    if (!task)
        return task;
    if (Status allowed = mayChange(*task, actor); !allowed)
        return allowed;
    if (expectedVersion && *expectedVersion != task->version)
        return Error{
            Tr::tr("Someone else changed this task meanwhile. Nothing was saved; look at it again.")};
    const qint64 now = m_clock.now();
    DbQuery q(m_db, QStringLiteral("UPDATE tasks SET status = ?, blocker = ?, done_at = ?, updated_at = ?, "
                                   "version = version + 1 WHERE id = ? AND version = ?"));
    q.bind(taskstatus::code(status)).bind(status == TaskStatus::Blocked ? blocker.trimmed() : QString());
    q.bindNullableInt(status == TaskStatus::Done ? std::optional<qint64>(now) : std::nullopt);
    q.bind(now).bind(taskId).bind(task->version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return Error{
            Tr::tr("Someone else changed this task meanwhile. Nothing was saved; look at it again.")};
    if (Status s =
            AuditLog(m_db).append(actor, now, QStringLiteral("update"), QStringLiteral("task"), taskId,
                                  AuditLog::change(QStringLiteral("status"), taskstatus::code(task->status),
                                                   taskstatus::code(status)));
        !s)
        return s;
    return tx.commit();
}

Result<Task> TaskService::get(qint64 taskId, const Actor &actor) const
{
    if (Status allowed = permission::authorize(actor, Permission::ReadTasks); !allowed)
        return Error{allowed.error()};
    auto task = load(taskId);
    if (task && !permission::allows(actor.role, Permission::EditTasks) && task->assigneeId != actor.userId)
        return Error{Tr::tr("This task is not assigned to you.")};
    return task;
}

Result<QList<Task>> TaskService::list(const TaskFilter &filter, const Actor &actor) const
{
    if (Status allowed = permission::authorize(actor, Permission::ReadTasks); !allowed)
        return Error{allowed.error()};
    std::optional<qint64> assignee = filter.assigneeId;
    if (!permission::allows(actor.role, Permission::EditTasks))
        assignee = actor.userId; // vendors: their own tasks only, whatever was asked
    QString sql = kTaskSelect + QStringLiteral(" WHERE 1 = 1");
    if (assignee)
        sql += QStringLiteral(" AND t.assignee_id = ?");
    if (!filter.includeDone)
        sql += QStringLiteral(" AND t.status <> 'done'");
    sql += QStringLiteral(
        " ORDER BY CASE WHEN t.status = 'done' THEN 1 ELSE 0 END, CASE WHEN t.due_date IS NULL "
        "THEN 1 ELSE 0 END, t.due_date, t.id LIMIT ?");
    DbQuery q(m_db, sql);
    if (assignee)
        q.bind(*assignee);
    q.bind(qint64(filter.limit));
    if (!q.exec())
        return q.error();
    QList<Task> tasks;
    while (q.next())
        tasks << readTask(q);
    return tasks;
}

Status TaskService::checkIn(QDate day, const QString &doneYesterday, const QString &focusToday,
                            const QString &blockers, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::ReadTasks); !allowed)
        return allowed;
    if (!day.isValid())
        return Error{Tr::tr("A check-in needs a day.")};
    if (focusToday.trimmed().isEmpty())
        return Error{Tr::tr("Say what today's focus is.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    const qint64 now = m_clock.now();
    DbQuery q(m_db, QStringLiteral("DELETE FROM checkins WHERE user_id = ? AND day = ?"));
    q.bind(actor.userId).bind(day.toString(Qt::ISODate));
    if (!q.exec())
        return q.error();
    const bool replaced = q.numRowsAffected() > 0;
    q.prepare(QStringLiteral("INSERT INTO checkins (user_id, day, done_yesterday, focus_today, blockers, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(actor.userId)
        .bind(day.toString(Qt::ISODate))
        .bind(doneYesterday.trimmed())
        .bind(focusToday.trimmed());
    q.bind(blockers.trimmed()).bind(now);
    if (!q.exec())
        return q.error();
    if (Status s =
            AuditLog(m_db).append(actor, now, replaced ? QStringLiteral("update") : QStringLiteral("create"),
                                  QStringLiteral("checkin"), std::nullopt, day.toString(Qt::ISODate));
        !s)
        return s;
    return tx.commit();
}

Result<QList<CheckIn>> TaskService::checkIns(QDate day, const Actor &actor) const
{
    if (Status allowed = permission::authorize(actor, Permission::ReadTasks); !allowed)
        return Error{allowed.error()};
    const bool own = !permission::allows(actor.role, Permission::EditTasks);
    DbQuery q(m_db, QStringLiteral(
                        "SELECT c.user_id, u.username, c.done_yesterday, c.focus_today, c.blockers, "
                        "c.updated_at FROM checkins c JOIN users u ON u.id = c.user_id WHERE c.day = ?%1 "
                        "ORDER BY u.username")
                        .arg(own ? QStringLiteral(" AND c.user_id = ?") : QString()));
    q.bind(day.toString(Qt::ISODate));
    if (own)
        q.bind(actor.userId);
    if (!q.exec())
        return q.error();
    QList<CheckIn> list;
    while (q.next())
        list.append({q.int64(0), q.text(1), day, q.text(2), q.text(3), q.text(4), q.int64(5)});
    return list;
}

Status TaskService::saveReview(QDate day, const QString &notes, const Actor &actor)
{
    if (Status allowed = permission::authorize(actor, Permission::WriteReviews); !allowed)
        return allowed;
    if (!day.isValid())
        return Error{Tr::tr("A review needs a week.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    const QString week = weekKey(day);
    const auto before = review(day, actor);
    if (!before)
        return before;
    DbQuery q(m_db, QStringLiteral("DELETE FROM weekly_reviews WHERE week = ?"));
    q.bind(week);
    if (!q.exec())
        return q.error();
    q.prepare(QStringLiteral(
        "INSERT INTO weekly_reviews (week, notes, updated_by, updated_at) VALUES (?, ?, ?, ?)"));
    q.bind(week).bind(notes.trimmed()).bind(actor.userId).bind(m_clock.now());
    if (!q.exec())
        return q.error();
    if (Status s =
            AuditLog(m_db).append(actor, m_clock.now(), QStringLiteral("update"), QStringLiteral("review"),
                                  std::nullopt, AuditLog::change(week, *before, notes.trimmed()));
        !s)
        return s;
    return tx.commit();
}

Result<QString> TaskService::review(QDate day, const Actor &actor) const
{
    if (Status allowed = permission::authorize(actor, Permission::EditTasks); !allowed)
        return Error{allowed.error()};
    DbQuery q(m_db, QStringLiteral("SELECT notes FROM weekly_reviews WHERE week = ?"));
    q.bind(weekKey(day));
    if (!q.exec())
        return q.error();
    return q.next() ? q.text(0) : QString();
}

} // namespace rapi

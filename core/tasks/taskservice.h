#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "tasks/task.h"

#include <QList>

namespace rapi {

class Database;

struct TaskFilter
{
    std::optional<qint64> assigneeId;
    bool includeDone = false;
    int limit = 500;
};

// Tasks, daily check-ins and weekly review notes (SPEC §7). Everyone but vendors works the whole
// board; a vendor sees and moves only the tasks assigned to them. Every change is audited.
class TaskService final
{
public:
    explicit TaskService(Database &db, const Clock &clock = Clock::system());

    // title, assignee, due date and link are taken from `task`; it starts as todo.
    Result<qint64> create(const Task &task, const Actor &actor);
    // Title, assignee, due date and link; refused if someone changed the task since `task.version`.
    Status update(const Task &task, const Actor &actor);
    // Blocked needs the blocker text; other statuses clear it. Done records when.
    Status setStatus(qint64 taskId, TaskStatus status, const QString &blocker, const Actor &actor,
                     std::optional<int> expectedVersion = std::nullopt);
    Result<Task> get(qint64 taskId, const Actor &actor) const;
    // Open tasks first by due date (none last), then done ones newest first when asked for.
    Result<QList<Task>> list(const TaskFilter &filter, const Actor &actor) const;

    // The actor's check-in for a day; a second one the same day replaces the first.
    Status checkIn(QDate day, const QString &doneYesterday, const QString &focusToday,
                   const QString &blockers, const Actor &actor);
    // A day's check-ins by person (vendors: only their own).
    Result<QList<CheckIn>> checkIns(QDate day, const Actor &actor) const;

    // Review notes of the ISO week containing `day`.
    Status saveReview(QDate day, const QString &notes, const Actor &actor);
    Result<QString> review(QDate day, const Actor &actor) const;
    // "2026-W47"
    static QString weekKey(QDate day);

private:
    Status checkTask(const Task &task) const;
    Result<Task> load(qint64 taskId) const;
    Status mayChange(const Task &task, const Actor &actor) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi

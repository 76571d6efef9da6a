#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "tasks/task.h"

#include <QList>
#include <QString>

namespace rapi {

class Database;

// Task links and people for the task dialogs (the UI runs no SQL of its own).

// What a task can be about, as the new-task dialog offers it.
enum class TaskLinkKind { None, Order, Ticket, Product };

struct TaskPerson
{
    qint64 id = 0;
    QString name;
};

namespace tasklinks {

// The active users by name: the people a task can be given to.
Result<QList<TaskPerson>> activeUsers(Database &db);
// Puts the order number ("ORD-…"), ticket number ("TCK-000042" or "42") or product SKU `text`
// into `task`, clearing the other links; a clear message when there is no such thing.
Status resolve(Database &db, TaskLinkKind kind, const QString &text, Task &task);
// The kind and text of a task's link ("None" and empty when it has none).
TaskLinkKind kindOf(const Task &task);
QString text(Database &db, const Task &task);
// Today in the business time zone.
QDate today(const Clock &clock);

} // namespace tasklinks
} // namespace rapi

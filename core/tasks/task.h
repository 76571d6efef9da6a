#pragma once

#include <optional>
#include <QDate>
#include <QString>

namespace rapi {

enum class TaskStatus { Todo, Doing, Blocked, Done };

namespace taskstatus {
QString code(TaskStatus status);
std::optional<TaskStatus> fromCode(const QString &code);
QString displayName(TaskStatus status);
} // namespace taskstatus

// A piece of work for one person (SPEC §7), optionally about an order, a ticket or a product.
struct Task
{
    qint64 id = 0;
    QString title;
    std::optional<qint64> assigneeId;
    QString assigneeName;
    QDate due; // a local date; invalid when none
    TaskStatus status = TaskStatus::Todo;
    QString blocker; // why it is blocked; kept empty otherwise
    std::optional<qint64> orderId;
    std::optional<qint64> ticketId;
    std::optional<qint64> productId;
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> doneAt;
    int version = 1;
};

// One person's daily check-in: what got done yesterday, the focus today, what blocks them.
struct CheckIn
{
    qint64 userId = 0;
    QString userName;
    QDate day;
    QString doneYesterday;
    QString focusToday;
    QString blockers;
    qint64 updatedAt = 0;
};

} // namespace rapi

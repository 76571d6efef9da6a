#pragma once

#include "tasks/task.h"

#include <QFrame>

namespace rapi {

// One task on the board: title, assignee, due date (red when overdue), link and blocker text, with
// a Move menu (Start, Block…, Done, Reopen). Double-click edits it.
class TaskCard final : public QFrame
{
    Q_OBJECT

public:
    TaskCard(const Task &task, const QString &linkText, bool overdue, bool mine, QWidget *parent = nullptr);

    qint64 taskId() const { return m_task.id; }
    const Task &task() const { return m_task; }
    bool isOverdue() const { return m_overdue; }
    // The moves offered from the task's status (objectNames startAction, blockAction, doneAction,
    // reopenAction).
    QList<QAction *> moveActions() const;

signals:
    void moveRequested(qint64 taskId, TaskStatus status);
    void editRequested(qint64 taskId);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    Task m_task;
    bool m_overdue;
    QList<QAction *> m_actions;
};

} // namespace rapi

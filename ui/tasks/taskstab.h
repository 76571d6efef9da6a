#pragma once

#include "common/result.h"
#include "tasks/task.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QVBoxLayout;

namespace rapi {

struct AppContext;
class MessageBanner;
class TaskCard;

// The Tasks tab (SPEC §7): a board with todo / doing / blocked / done columns (the signed-in
// person's tasks first in each, overdue ones red) or the same tasks as a table, the daily check-in
// and today's team, and for the owner the weekly review notes. The core decides what a vendor
// sees: only their own tasks and check-in.
class TasksTab final : public QWidget
{
    Q_OBJECT

public:
    explicit TasksTab(AppContext &context, QWidget *parent = nullptr);

    void refresh();
    void openNewTask();
    void openCheckIn();
    void openReview();
    void openEdit(qint64 taskId);
    // Moves a task; Block… first asks for the blocker text.
    void move(qint64 taskId, TaskStatus status);
    void showList(bool list);

    MessageBanner *banner() const { return m_banner; }
    QList<TaskCard *> cards(TaskStatus column) const;
    TaskCard *card(qint64 taskId) const;
    QTableWidget *table() const { return m_table; }
    QListWidget *teamList() const { return m_team; }

    // The done column shows at most this many, the most recently finished first.
    static constexpr int kDoneShown = 30;

signals:
    void tasksChanged();

private:
    void buildBoard(const QList<Task> &tasks);
    void buildTable(const QList<Task> &tasks);
    void loadTeam();
    Status applyMove(qint64 taskId, TaskStatus status, const QString &blocker);
    void changed(const QString &message);

    AppContext &m_context;
    MessageBanner *m_banner;
    QPushButton *m_newTask;
    QPushButton *m_checkIn;
    QPushButton *m_review;
    QToolButton *m_listToggle;
    QLabel *m_count;
    QStackedWidget *m_views;
    QHash<int, QVBoxLayout *> m_columns;
    QHash<int, QLabel *> m_columnTitles;
    QTableWidget *m_table;
    QListWidget *m_team;
    QHash<qint64, Task> m_tasks;
};

} // namespace rapi

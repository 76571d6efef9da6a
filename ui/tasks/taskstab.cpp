#include "tasks/taskstab.h"

#include "accounts/permission.h"
#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/roles.h"
#include "common/theme.h"
#include "tasks/taskcard.h"
#include "tasks/taskdialogs.h"
#include "tasks/tasklinks.h"
#include "tasks/taskservice.h"
#include "tickets/ticketactiondialog.h"

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapi {

namespace {

const TaskStatus kColumns[] = {TaskStatus::Todo, TaskStatus::Doing, TaskStatus::Blocked, TaskStatus::Done};

bool isOverdue(const Task &task, QDate today)
{
    return task.status != TaskStatus::Done && task.due.isValid() && task.due < today;
}

} // namespace

TasksTab::TasksTab(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_banner(new MessageBanner(this)),
      m_newTask(new QPushButton(tr("New task…"), this)), m_checkIn(new QPushButton(tr("Check in…"), this)),
      m_review(new QPushButton(tr("Weekly review…"), this)), m_listToggle(new QToolButton(this)),
      m_count(new QLabel(this)), m_views(new QStackedWidget(this)), m_table(new QTableWidget(this)),
      m_team(new QListWidget(this))
{
    setObjectName(QStringLiteral("tasksTab"));
    const Role role = context.actor.role;
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_newTask->setObjectName(QStringLiteral("newTaskButton"));
    theme::makePrimary(m_newTask);
    m_newTask->setVisible(permission::allows(role, Permission::EditTasks));
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setVisible(permission::allows(role, Permission::WriteReviews));
    m_listToggle->setObjectName(QStringLiteral("listToggle"));
    m_listToggle->setText(tr("List view"));
    m_listToggle->setCheckable(true);
    theme::makeMuted(m_count);
    bar->addWidget(m_newTask);
    bar->addWidget(m_checkIn);
    bar->addWidget(m_review);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_listToggle);
    layout->addLayout(bar);
    layout->addWidget(m_banner);

    auto *board = new QWidget(this);
    auto *boardLayout = new QHBoxLayout(board);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    for (TaskStatus status : kColumns) {
        auto *column = new QVBoxLayout;
        auto *title = new QLabel(board);
        theme::makeTitle(title, 1);
        column->addWidget(title);
        auto *scroll = new QScrollArea(board);
        scroll->setObjectName(QStringLiteral("column_%1").arg(taskstatus::code(status)));
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto *inner = new QWidget(scroll);
        auto *cards = new QVBoxLayout(inner);
        cards->setContentsMargins(4, 4, 4, 4);
        cards->addStretch(1);
        scroll->setWidget(inner);
        column->addWidget(scroll, 1);
        boardLayout->addLayout(column, 1);
        m_columns.insert(int(status), cards);
        m_columnTitles.insert(int(status), title);
    }
    m_views->addWidget(board);

    m_table->setObjectName(QStringLiteral("tasksTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Status"), tr("Assignee"), tr("Due"), tr("About"),
                                        tr("Blocker")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        openEdit(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    m_views->addWidget(m_table);

    auto *teamBox = new QWidget(this);
    auto *teamLayout = new QVBoxLayout(teamBox);
    teamLayout->setContentsMargins(0, 0, 0, 0);
    auto *teamTitle = new QLabel(tr("Today's team"), teamBox);
    theme::makeTitle(teamTitle, 1);
    m_team->setObjectName(QStringLiteral("todayTeamList"));
    m_team->setWordWrap(true);
    m_team->setSpacing(3);
    teamLayout->addWidget(teamTitle);
    teamLayout->addWidget(m_team, 1);

    auto *split = new QSplitter(this);
    split->addWidget(m_views);
    split->addWidget(teamBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 300});
    layout->addWidget(split, 1);

    connect(m_newTask, &QPushButton::clicked, this, &TasksTab::openNewTask);
    connect(m_checkIn, &QPushButton::clicked, this, &TasksTab::openCheckIn);
    connect(m_review, &QPushButton::clicked, this, &TasksTab::openReview);
    connect(m_listToggle, &QToolButton::toggled, this, &TasksTab::showList);
    refresh();
}

void TasksTab::refresh()
{
    TaskFilter filter;
    filter.includeDone = true;
    auto tasks = TaskService(m_context.db, m_context.clock).list(filter, m_context.actor);
    if (!tasks) {
        m_banner->showError(tasks.error());
        return;
    }
    // My tasks first in each column; the core's order (by due date) otherwise.
    QList<Task> sorted = tasks.value();
    std::stable_sort(sorted.begin(), sorted.end(), [this](const Task &a, const Task &b) {
        return (a.assigneeId == m_context.actor.userId) > (b.assigneeId == m_context.actor.userId);
    });
    m_tasks.clear();
    for (const Task &task : sorted)
        m_tasks.insert(task.id, task);
    buildBoard(sorted);
    buildTable(sorted);
    loadTeam();
}

void TasksTab::buildBoard(const QList<Task> &tasks)
{
    const QDate today = tasklinks::today(m_context.clock);
    QHash<int, int> counts;
    for (QVBoxLayout *cards : std::as_const(m_columns)) {
        while (cards->count() > 1) {
            QLayoutItem *item = cards->takeAt(0);
            // Later: the card's own Move menu may be what asked for this refresh.
            item->widget()->hide();
            item->widget()->deleteLater();
            delete item;
        }
    }
    for (const Task &task : tasks) {
        int &count = counts[int(task.status)];
        if (task.status == TaskStatus::Done && count >= kDoneShown)
            continue;
        ++count;
        QVBoxLayout *cards = m_columns.value(int(task.status));
        auto *card = new TaskCard(task, tasklinks::text(m_context.db, task), isOverdue(task, today),
                                  task.assigneeId == m_context.actor.userId);
        connect(card, &TaskCard::moveRequested, this, &TasksTab::move);
        connect(card, &TaskCard::editRequested, this, &TasksTab::openEdit);
        cards->insertWidget(cards->count() - 1, card);
    }
    for (TaskStatus status : kColumns) {
        m_columnTitles.value(int(status))
            ->setText(QStringLiteral("%1 (%2)").arg(taskstatus::displayName(status)).arg(counts.value(int(status))));
    }
    const int open = int(std::count_if(tasks.begin(), tasks.end(),
                                       [](const Task &t) { return t.status != TaskStatus::Done; }));
    m_count->setText(tr("%n open task(s)", nullptr, open));
}

void TasksTab::buildTable(const QList<Task> &tasks)
{
    const QDate today = tasklinks::today(m_context.clock);
    m_table->setRowCount(int(tasks.size()));
    for (int row = 0; row < tasks.size(); ++row) {
        const Task &task = tasks.at(row);
        const bool overdue = isOverdue(task, today);
        const QStringList cells = {
            task.title,
            taskstatus::displayName(task.status),
            task.assigneeName,
            task.due.isValid() ? QLocale().toString(task.due, QLocale::ShortFormat) : QString(),
            tasklinks::text(m_context.db, task),
            task.blocker,
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (overdue) {
                item->setBackground(theme::criticalBackground());
                item->setForeground(theme::criticalText());
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, task.id);
    }
    m_table->resizeColumnsToContents();
}

void TasksTab::loadTeam()
{
    m_team->clear();
    const QDate today = tasklinks::today(m_context.clock);
    auto checkIns = TaskService(m_context.db, m_context.clock).checkIns(today, m_context.actor);
    if (!checkIns) {
        m_banner->showError(checkIns.error());
        return;
    }
    if (checkIns.value().isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nobody has checked in today yet."), m_team);
        item->setForeground(theme::mutedText());
        return;
    }
    for (const CheckIn &c : checkIns.value()) {
        QString text = tr("%1 — focus: %2").arg(c.userName, c.focusToday);
        if (!c.doneYesterday.isEmpty())
            text += QLatin1Char('\n') + tr("Done yesterday: %1").arg(c.doneYesterday);
        if (!c.blockers.isEmpty())
            text += QLatin1Char('\n') + tr("Blocked by: %1").arg(c.blockers);
        auto *item = new QListWidgetItem(text, m_team);
        item->setData(Qt::UserRole, c.userId);
        item->setData(CriticalRole, !c.blockers.isEmpty());
        if (!c.blockers.isEmpty()) {
            item->setBackground(theme::criticalBackground());
            item->setForeground(theme::criticalText());
        }
    }
}

void TasksTab::showList(bool list)
{
    m_views->setCurrentIndex(list ? 1 : 0);
    m_listToggle->setChecked(list);
}

QList<TaskCard *> TasksTab::cards(TaskStatus column) const
{
    QList<TaskCard *> found;
    QVBoxLayout *cards = m_columns.value(int(column));
    for (int i = 0; cards && i < cards->count(); ++i) {
        if (auto *card = qobject_cast<TaskCard *>(cards->itemAt(i)->widget()))
            found.append(card);
    }
    return found;
}

TaskCard *TasksTab::card(qint64 taskId) const
{
    for (TaskStatus status : kColumns) {
        for (TaskCard *c : cards(status)) {
            if (c->taskId() == taskId)
                return c;
        }
    }
    return nullptr;
}

void TasksTab::changed(const QString &message)
{
    refresh();
    m_banner->showSuccess(message);
    emit tasksChanged();
}

void TasksTab::openNewTask()
{
    Task task;
    task.assigneeId = m_context.actor.userId;
    auto *dialog = new TaskDialog(
        m_context, task,
        [this](const Task &t) -> Status {
            auto id = TaskService(m_context.db, m_context.clock).create(t, m_context.actor);
            if (!id)
                return Error{id.error()};
            changed(tr("Task “%1” created.").arg(t.title));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TasksTab::openEdit(qint64 taskId)
{
    if (!m_tasks.contains(taskId))
        return;
    auto *dialog = new TaskDialog(
        m_context, m_tasks.value(taskId),
        [this](const Task &t) -> Status {
            if (Status s = TaskService(m_context.db, m_context.clock).update(t, m_context.actor); !s)
                return s;
            changed(tr("Task “%1” saved.").arg(t.title));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Status TasksTab::applyMove(qint64 taskId, TaskStatus status, const QString &blocker)
{
    const Task task = m_tasks.value(taskId);
    Status s = TaskService(m_context.db, m_context.clock)
                   .setStatus(taskId, status, blocker, m_context.actor, task.version);
    if (s)
        changed(tr("“%1” is now %2.").arg(task.title, taskstatus::displayName(status).toLower()));
    return s;
}

void TasksTab::move(qint64 taskId, TaskStatus status)
{
    m_banner->clear();
    if (status != TaskStatus::Blocked) {
        if (Status s = applyMove(taskId, status, {}); !s) {
            m_banner->showError(s.error());
            refresh(); // a stale card shows what changed meanwhile
        }
        return;
    }
    auto *dialog = new TicketActionDialog(
        tr("Block task"), tr("What blocks it?"), tr("Block"),
        [this, taskId](const QString &blocker, std::optional<qint64>) {
            return applyMove(taskId, TaskStatus::Blocked, blocker);
        },
        std::nullopt, this);
    dialog->setObjectName(QStringLiteral("blockDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TasksTab::openCheckIn()
{
    TaskService service(m_context.db, m_context.clock);
    const QDate today = tasklinks::today(m_context.clock);
    CheckIn mine;
    if (auto all = service.checkIns(today, m_context.actor)) {
        for (const CheckIn &c : all.value()) {
            if (c.userId == m_context.actor.userId)
                mine = c;
        }
    }
    auto *dialog = new CheckInDialog(
        mine,
        [this, today](const QString &done, const QString &focus, const QString &blockers) -> Status {
            Status s = TaskService(m_context.db, m_context.clock)
                           .checkIn(today, done, focus, blockers, m_context.actor);
            if (s) {
                loadTeam();
                m_banner->showSuccess(tr("Checked in for today."));
            }
            return s;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TasksTab::openReview()
{
    const QDate today = tasklinks::today(m_context.clock);
    auto notes = TaskService(m_context.db, m_context.clock).review(today, m_context.actor);
    if (!notes) {
        m_banner->showError(notes.error());
        return;
    }
    auto *dialog = new ReviewDialog(
        TaskService::weekKey(today), notes.value(),
        [this, today](const QString &text) -> Status {
            Status s = TaskService(m_context.db, m_context.clock).saveReview(today, text, m_context.actor);
            if (s)
                m_banner->showSuccess(tr("Review notes for %1 saved.").arg(TaskService::weekKey(today)));
            return s;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace rapi

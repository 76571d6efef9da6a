#include "tasks/taskcard.h"

#include "common/theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapi {

namespace {

QLabel *addLabel(QVBoxLayout *layout, const QString &name, const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    return label;
}

void colour(QWidget *widget, const QColor &text)
{
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, text);
    widget->setPalette(p);
}

} // namespace

TaskCard::TaskCard(const Task &task, const QString &linkText, bool overdue, bool mine, QWidget *parent)
    : QFrame(parent), m_task(task), m_overdue(overdue)
{
    setObjectName(QStringLiteral("taskCard"));
    setProperty("taskId", task.id);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, overdue ? theme::criticalBackground() : QColor(Qt::white));
    setPalette(p);
    setToolTip(tr("Double-click to edit"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(task.title);
    title->setObjectName(QStringLiteral("cardTitle"));
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    top->addWidget(title, 1);

    // A push button with a menu leaves room for its arrow (a tool button in instant-popup mode
    // paints the arrow over the end of a longer word such as "Pindahkan").
    auto *move = new QPushButton(tr("Move"), this);
    move->setObjectName(QStringLiteral("moveButton"));
    auto *menu = new QMenu(move);
    const auto offer = [&](const QString &name, const QString &text, TaskStatus status) {
        QAction *action =
            menu->addAction(text, this, [this, status] { emit moveRequested(m_task.id, status); });
        action->setObjectName(name);
        m_actions.append(action);
    };
    if (task.status == TaskStatus::Todo || task.status == TaskStatus::Blocked)
        offer(QStringLiteral("startAction"), tr("Start"), TaskStatus::Doing);
    if (task.status != TaskStatus::Blocked && task.status != TaskStatus::Done)
        offer(QStringLiteral("blockAction"), tr("Block…"), TaskStatus::Blocked);
    if (task.status != TaskStatus::Done)
        offer(QStringLiteral("doneAction"), tr("Done"), TaskStatus::Done);
    if (task.status != TaskStatus::Todo)
        offer(QStringLiteral("reopenAction"), tr("Reopen"), TaskStatus::Todo);
    move->setMenu(menu);
    top->addWidget(move, 0, Qt::AlignTop);
    layout->addLayout(top);

    const QString who = task.assigneeName.isEmpty() ? tr("Nobody yet") : task.assigneeName;
    QLabel *assignee = addLabel(layout, QStringLiteral("cardAssignee"), mine ? tr("%1 (me)").arg(who) : who);
    theme::makeMuted(assignee);
    if (task.due.isValid()) {
        const QString date = QLocale().toString(task.due, QLocale::ShortFormat);
        QLabel *due = addLabel(layout, QStringLiteral("cardDue"),
                               overdue ? tr("Overdue: was due %1").arg(date) : tr("Due %1").arg(date));
        if (overdue) {
            colour(due, theme::criticalText());
            QFont f = due->font();
            f.setBold(true);
            due->setFont(f);
        }
    }
    if (!linkText.isEmpty())
        addLabel(layout, QStringLiteral("cardLink"), tr("About %1").arg(linkText));
    if (!task.blocker.isEmpty()) {
        QLabel *blocker =
            addLabel(layout, QStringLiteral("cardBlocker"), tr("Blocked: %1").arg(task.blocker));
        colour(blocker, theme::stuckText());
    }
}

QList<QAction *> TaskCard::moveActions() const
{
    return m_actions;
}

void TaskCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        emit editRequested(m_task.id);
        return;
    }
    QFrame::mouseDoubleClickEvent(event);
}

} // namespace rapi

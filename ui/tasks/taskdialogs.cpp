#include "tasks/taskdialogs.h"

#include "common/appcontext.h"
#include "common/dialogparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapi {

namespace {

QPlainTextEdit *textField(QWidget *parent, const QString &name, const QString &text,
                          const QString &placeholder, int height)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(height);
    return edit;
}

bool showIfFailed(QLabel *error, const Status &status)
{
    if (status)
        return false;
    error->setText(status.error());
    error->show();
    return true;
}

} // namespace

TaskDialog::TaskDialog(AppContext &context, const Task &task, Save save, QWidget *parent)
    : QDialog(parent), m_context(context), m_task(task), m_save(std::move(save)),
      m_title(new QLineEdit(task.title, this)), m_assignee(new QComboBox(this)),
      m_hasDue(new QCheckBox(this)), m_due(new QDateEdit(this)), m_linkKind(new QComboBox(this)),
      m_link(new QLineEdit(this)), m_error(dialogparts::errorLabel(this))
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowTitle(task.id == 0 ? tr("New task") : tr("Edit task"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title->setObjectName(QStringLiteral("taskTitleEdit"));
    m_title->setPlaceholderText(tr("What needs doing, e.g. “Restock the 250 ml bottles”"));
    m_title->setMaxLength(200);
    form->addRow(tr("Title"), m_title);

    m_assignee->setObjectName(QStringLiteral("taskAssigneeCombo"));
    m_assignee->addItem(tr("Nobody yet"), qint64(0));
    if (auto people = tasklinks::activeUsers(context.db)) {
        for (const TaskPerson &person : people.value())
            m_assignee->addItem(person.name, person.id);
    }
    if (task.assigneeId) {
        int index = m_assignee->findData(*task.assigneeId);
        if (index < 0) { // deactivated since: keep showing who has it
            m_assignee->addItem(task.assigneeName, *task.assigneeId);
            index = m_assignee->count() - 1;
        }
        m_assignee->setCurrentIndex(index);
    }
    form->addRow(tr("Assignee"), m_assignee);

    m_hasDue->setObjectName(QStringLiteral("taskHasDueCheck"));
    m_hasDue->setText(tr("Due"));
    m_due->setObjectName(QStringLiteral("taskDueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDate(task.due.isValid() ? task.due : tasklinks::today(context.clock).addDays(1));
    m_hasDue->setChecked(task.due.isValid());
    m_due->setEnabled(task.due.isValid());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Due date"), dueRow);

    m_linkKind->setObjectName(QStringLiteral("taskLinkKindCombo"));
    m_linkKind->addItem(tr("No link"), int(TaskLinkKind::None));
    m_linkKind->addItem(tr("Order number"), int(TaskLinkKind::Order));
    m_linkKind->addItem(tr("Ticket number"), int(TaskLinkKind::Ticket));
    m_linkKind->addItem(tr("Product SKU"), int(TaskLinkKind::Product));
    m_linkKind->setCurrentIndex(m_linkKind->findData(int(tasklinks::kindOf(task))));
    m_link->setObjectName(QStringLiteral("taskLinkEdit"));
    m_link->setText(tasklinks::text(context.db, task));
    m_link->setEnabled(tasklinks::kindOf(task) != TaskLinkKind::None);
    connect(m_linkKind, &QComboBox::currentIndexChanged, this,
            [this] { m_link->setEnabled(m_linkKind->currentData().toInt() != int(TaskLinkKind::None)); });
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkKind);
    linkRow->addWidget(m_link, 1);
    form->addRow(tr("About"), linkRow);

    layout->addLayout(form);
    layout->addWidget(m_error);
    dialogparts::addConfirmButtons(this, layout, task.id == 0 ? tr("Create task") : tr("Save"),
                                   QStringLiteral("saveButton"));
    setMinimumWidth(480);
    m_title->setFocus();
}

void TaskDialog::accept()
{
    Task task = m_task;
    task.title = m_title->text().simplified();
    const qint64 assignee = m_assignee->currentData().toLongLong();
    task.assigneeId = assignee > 0 ? std::optional<qint64>(assignee) : std::nullopt;
    task.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    const auto kind = TaskLinkKind(m_linkKind->currentData().toInt());
    if (showIfFailed(m_error, tasklinks::resolve(m_context.db, kind, m_link->text(), task)))
        return;
    if (showIfFailed(m_error, m_save(task)))
        return;
    QDialog::accept();
}

CheckInDialog::CheckInDialog(const CheckIn &today, Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save)), m_error(dialogparts::errorLabel(this))
{
    setObjectName(QStringLiteral("checkInDialog"));
    setWindowTitle(tr("Daily check-in"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_done = textField(this, QStringLiteral("checkInDoneEdit"), today.doneYesterday,
                       tr("What got done yesterday"), 60);
    m_focus = textField(this, QStringLiteral("checkInFocusEdit"), today.focusToday,
                        tr("The one thing that matters today (required)"), 60);
    m_blockers = textField(this, QStringLiteral("checkInBlockersEdit"), today.blockers,
                           tr("Anything in your way? Leave empty if nothing"), 50);
    form->addRow(tr("Done yesterday"), m_done);
    form->addRow(tr("Focus today"), m_focus);
    form->addRow(tr("Blockers"), m_blockers);
    layout->addLayout(form);
    layout->addWidget(m_error);
    dialogparts::addConfirmButtons(this, layout, tr("Check in"), QStringLiteral("saveButton"));
    setMinimumWidth(480);
    m_focus->setFocus();
}

void CheckInDialog::accept()
{
    if (showIfFailed(m_error, m_save(m_done->toPlainText().trimmed(), m_focus->toPlainText().trimmed(),
                                     m_blockers->toPlainText().trimmed())))
        return;
    QDialog::accept();
}

ReviewDialog::ReviewDialog(const QString &week, const QString &notes, Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save)), m_error(dialogparts::errorLabel(this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Weekly review %1").arg(week));
    auto *layout = new QVBoxLayout(this);
    m_notes = textField(this, QStringLiteral("reviewNotesEdit"), notes,
                        tr("What stalled this week?\nWhy did it stall?\nWhat changes next week?"), 200);
    layout->addWidget(m_notes);
    layout->addWidget(m_error);
    dialogparts::addConfirmButtons(this, layout, tr("Save review"), QStringLiteral("saveButton"));
    setMinimumWidth(520);
}

void ReviewDialog::accept()
{
    if (showIfFailed(m_error, m_save(m_notes->toPlainText().trimmed())))
        return;
    QDialog::accept();
}

} // namespace rapi

#pragma once

#include "common/result.h"
#include "tasks/task.h"
#include "tasks/tasklinks.h"

#include <functional>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapi {

struct AppContext;

// New task and edit task: title, assignee (active users), due date (optional) and a link to an
// order, ticket or product typed as its number or SKU. `save` gets the task; a refusal shows here.
class TaskDialog final : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const Task &task)>;

    TaskDialog(AppContext &context, const Task &task, Save save, QWidget *parent = nullptr);
    void accept() override;

private:
    AppContext &m_context;
    Task m_task;
    Save m_save;
    QLineEdit *m_title;
    QComboBox *m_assignee;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QComboBox *m_linkKind;
    QLineEdit *m_link;
    QLabel *m_error;
};

// Asks for some free text and hands it to `save`: the daily check-in (three fields) and the
// owner's weekly review notes (one field).
class CheckInDialog final : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const QString &done, const QString &focus, const QString &blockers)>;

    CheckInDialog(const CheckIn &today, Save save, QWidget *parent = nullptr);
    void accept() override;

private:
    Save m_save;
    QPlainTextEdit *m_done;
    QPlainTextEdit *m_focus;
    QPlainTextEdit *m_blockers;
    QLabel *m_error;
};

class ReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const QString &notes)>;

    ReviewDialog(const QString &week, const QString &notes, Save save, QWidget *parent = nullptr);
    void accept() override;

private:
    Save m_save;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};

} // namespace rapi

#include "tickets/ticketactiondialog.h"

#include "common/dialogparts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapi {

TicketActionDialog::TicketActionDialog(const QString &title, const QString &prompt,
                                       const QString &confirmText, Apply apply,
                                       const std::optional<QList<TicketAssignee>> &assignees, QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("ticketActionDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("actionNoteEdit"));
    form->addRow(prompt, m_note);
    if (assignees) {
        m_assignee = new QComboBox(this);
        m_assignee->setObjectName(QStringLiteral("actionAssigneeCombo"));
        m_assignee->addItem(tr("Keep as it is"), qint64(0));
        for (const TicketAssignee &person : *assignees)
            m_assignee->addItem(person.name, person.id);
        form->addRow(tr("Hand to"), m_assignee);
    }
    layout->addLayout(form);

    m_error = new QLabel(this);
    dialogparts::styleAsError(m_error);
    layout->addWidget(m_error);

    dialogparts::addConfirmButtons(this, layout, confirmText, QStringLiteral("confirmActionButton"));
    setMinimumWidth(440);
    m_note->setFocus();
}

void TicketActionDialog::accept()
{
    std::optional<qint64> assignee;
    if (m_assignee) {
        if (const qint64 id = m_assignee->currentData().toLongLong(); id > 0)
            assignee = id;
    }
    if (Status status = m_apply(m_note->text().trimmed(), assignee); !status) {
        m_error->setText(status.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rapi

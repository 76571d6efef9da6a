#pragma once

#include "common/result.h"
#include "tickets/ticketrepository.h"

#include <functional>
#include <optional>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rapi {

// Asks what a ticket action needs before it is made: a note for a status change (optional) or a
// reason and, when wanted, someone to hand the ticket to for an escalation. The action runs when
// the person confirms; a refusal from the core shows inside the dialog, which stays open with the
// text kept.
class TicketActionDialog final : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Status(const QString &note, std::optional<qint64> assigneeId)>;

    // With `assignees`, the dialog also offers to hand the ticket to one of them.
    TicketActionDialog(const QString &title, const QString &prompt, const QString &confirmText, Apply apply,
                       const std::optional<QList<TicketAssignee>> &assignees = std::nullopt,
                       QWidget *parent = nullptr);

    void accept() override;

private:
    Apply m_apply;
    QLineEdit *m_note = nullptr;
    QComboBox *m_assignee = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace rapi

#pragma once

#include "common/result.h"
#include "sla/businesscalendar.h"
#include "tickets/ticket.h"
#include "tickets/ticketrepository.h"

#include <optional>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace rapi {

struct AppContext;
class MessageBanner;
class TicketConversation;
class TicketHistoryTable;

// One ticket: number, subject, status and priority, the customer and order it is about, both SLA
// clocks with their due times, the conversation with the reply box, and what CS does with it
// (status moves with a note, escalate, assign, priority, handle time, CSAT) plus its history.
// Refusals from the core show in a banner on the page; nothing typed is lost.
class TicketPage final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketPage(AppContext &context, QWidget *parent = nullptr);

    void showTicket(qint64 ticketId);
    void clearTicket();
    // Reads the shown ticket again (after a change elsewhere).
    void reload();
    // Recomputes the SLA clocks for the clock's now without reading the database.
    void refreshClocks();
    std::optional<qint64> ticketId() const;
    const std::optional<Ticket> &ticket() const { return m_ticket; }
    MessageBanner *banner() const { return m_banner; }

signals:
    // The ticket was changed here (message, status, assignment, …).
    void ticketChanged(qint64 ticketId);
    // A ticket was shown (another one, or the same one read again).
    void ticketShown(qint64 ticketId);
    void openCustomer(qint64 customerId);
    void openOrder(qint64 orderId);

private:
    QWidget *buildHeader(QWidget *page);
    QWidget *buildControls(QWidget *page);
    void populate();
    void populateActions();
    void populateControls();
    void populateHistory();
    void requestStatus(TicketStatus to);
    void requestEscalation();
    void send(MessageDirection direction, const QString &body, std::optional<qint64> templateVersionId);
    void assignChosen();
    void priorityChosen();
    void logHandleTime();
    void csatChosen(int score);
    // Shows the outcome of a change: reloads and tells the tab, or shows the refusal.
    bool applied(const Status &status);

    AppContext &m_context;
    std::optional<Ticket> m_ticket;
    BusinessCalendar m_calendar;
    QList<TicketAssignee> m_assignees;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_priority = nullptr;
    QLabel *m_subject = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QPushButton *m_customerLink = nullptr;
    QPushButton *m_orderLink = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_firstResponseClock = nullptr;
    QLabel *m_resolutionClock = nullptr;
    QLabel *m_escalationHint = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_priorityCombo = nullptr;
    QLabel *m_handleTime = nullptr;
    QSpinBox *m_handleMinutes = nullptr;
    QButtonGroup *m_csat = nullptr;
    QLabel *m_csatCaption = nullptr;
    MessageBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    TicketConversation *m_conversation = nullptr;
    TicketHistoryTable *m_history = nullptr;
};

} // namespace rapi

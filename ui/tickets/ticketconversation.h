#pragma once

#include "tickets/ticket.h"

#include <optional>
#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QScrollArea;
class QVBoxLayout;

namespace rapi {

struct AppContext;

// A ticket's messages as a conversation (the customer on the left, the shop on the right, each
// with author and time) and the reply box under it: insert a template rendered for the ticket,
// send the reply (Ctrl+Enter) or log what the customer wrote. The text stays in the box until
// the page says it was saved.
class TicketConversation final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketConversation(AppContext &context, QWidget *parent = nullptr);

    // A different ticket empties the reply box; the same one keeps what is being written.
    void showTicket(const Ticket &ticket);
    void clearReply();
    QPlainTextEdit *replyEdit() const { return m_reply; }
    std::optional<qint64> templateVersionId() const { return m_templateVersionId; }

signals:
    void sendRequested(rapi::MessageDirection direction, const QString &body,
                       std::optional<qint64> templateVersionId);

private:
    void showMessages(const QList<TicketMessage> &messages);
    QWidget *bubble(const TicketMessage &message);
    QString templateName(qint64 versionId);
    void insertTemplate();
    void forgetTemplate();
    void send(MessageDirection direction);
    bool eventFilter(QObject *watched, QEvent *event) override;

    AppContext &m_context;
    qint64 m_ticketId = 0;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_messages = nullptr;
    QVBoxLayout *m_messagesLayout = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QLabel *m_templateLabel = nullptr;
    QToolButton *m_forgetTemplate = nullptr;
    QPushButton *m_logIncoming = nullptr;
    QPushButton *m_send = nullptr;
    std::optional<qint64> m_templateVersionId;
    QHash<qint64, QString> m_templateNames;
};

} // namespace rapi

#include "tickets/ticketconversation.h"

#include "common/appcontext.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "templates/templaterepository.h"
#include "tickets/templatepickerdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapi {

TicketConversation::TicketConversation(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("ticketConversation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_messages = new QWidget(m_scroll);
    m_messages->setObjectName(QStringLiteral("messageList"));
    m_messages->setStyleSheet(QStringLiteral("QWidget#messageList { background: white; }"));
    m_messagesLayout = new QVBoxLayout(m_messages);
    m_messagesLayout->setContentsMargins(4, 4, 4, 4);
    m_messagesLayout->setSpacing(10);
    m_scroll->setWidget(m_messages);
    layout->addWidget(m_scroll, 1);

    m_reply = new QPlainTextEdit(this);
    m_reply->setObjectName(QStringLiteral("replyEdit"));
    m_reply->setPlaceholderText(tr("Write a reply, or insert a template… (Ctrl+Enter sends)"));
    m_reply->setTabChangesFocus(true);
    m_reply->setFixedHeight(96);
    m_reply->installEventFilter(this);
    layout->addWidget(m_reply);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    auto *templateButton = new QPushButton(tr("Insert template…"), this);
    templateButton->setObjectName(QStringLiteral("templateButton"));
    m_templateLabel = new QLabel(this);
    m_templateLabel->setObjectName(QStringLiteral("replyTemplateLabel"));
    theme::makeMuted(m_templateLabel);
    m_forgetTemplate = new QToolButton(this);
    m_forgetTemplate->setAutoRaise(true);
    m_forgetTemplate->setText(QStringLiteral("×"));
    m_forgetTemplate->setToolTip(tr("Do not record the template for this reply"));
    m_logIncoming = new QPushButton(tr("Log customer message"), this);
    m_logIncoming->setObjectName(QStringLiteral("logIncomingButton"));
    m_logIncoming->setToolTip(tr("Record the text as what the customer wrote or said"));
    m_send = new QPushButton(tr("Send reply"), this);
    m_send->setObjectName(QStringLiteral("sendReplyButton"));
    m_send->setToolTip(tr("Record the text as the shop's reply (Ctrl+Enter)"));
    theme::makePrimary(m_send);
    bar->addWidget(templateButton);
    bar->addWidget(m_templateLabel);
    bar->addWidget(m_forgetTemplate);
    bar->addStretch();
    bar->addWidget(m_logIncoming);
    bar->addWidget(m_send);
    layout->addLayout(bar);
    forgetTemplate();

    connect(templateButton, &QPushButton::clicked, this, &TicketConversation::insertTemplate);
    connect(m_forgetTemplate, &QToolButton::clicked, this, &TicketConversation::forgetTemplate);
    connect(m_send, &QPushButton::clicked, this, [this] { send(MessageDirection::Out); });
    connect(m_logIncoming, &QPushButton::clicked, this, [this] { send(MessageDirection::In); });
    // A reply emptied by hand no longer comes from the template.
    connect(m_reply, &QPlainTextEdit::textChanged, this, [this] {
        if (m_templateVersionId && m_reply->toPlainText().trimmed().isEmpty())
            forgetTemplate();
    });
}

void TicketConversation::showTicket(const Ticket &ticket)
{
    if (ticket.id != m_ticketId)
        clearReply();
    m_ticketId = ticket.id;
    showMessages(ticket.messages);
    m_reply->setPlaceholderText(ticketstatus::isDone(ticket.status)
                                    ? tr("This ticket is %1: reopen it to write.")
                                          .arg(ticketstatus::displayName(ticket.status).toLower())
                                    : tr("Write a reply, or insert a template… (Ctrl+Enter sends)"));
}

void TicketConversation::showMessages(const QList<TicketMessage> &messages)
{
    while (QLayoutItem *item = m_messagesLayout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    if (messages.isEmpty()) {
        auto *empty = new QLabel(tr("No messages yet."), m_messages);
        empty->setAlignment(Qt::AlignCenter);
        theme::makeMuted(empty);
        m_messagesLayout->addWidget(empty);
    }
    for (const TicketMessage &message : messages)
        m_messagesLayout->addWidget(bubble(message));
    m_messagesLayout->addStretch();
    // The newest message is what the person answers: show the end once the layout has settled.
    QTimer::singleShot(0, this, [this] {
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
    });
}

QWidget *TicketConversation::bubble(const TicketMessage &message)
{
    const bool out = message.direction == MessageDirection::Out;
    auto *row = new QWidget(m_messages);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);

    auto *frame = new QFrame(row);
    frame->setObjectName(QStringLiteral("messageBubble"));
    frame->setProperty("direction", out ? QStringLiteral("out") : QStringLiteral("in"));
    frame->setStyleSheet(out ? QStringLiteral("QFrame#messageBubble { background: #e7f1fb; border: 1px solid "
                                              "#c7dcf5; border-radius: 8px; }")
                             : QStringLiteral("QFrame#messageBubble { background: #f3f4f6; border: 1px solid "
                                              "#e5e7eb; border-radius: 8px; }"));
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(12, 8, 12, 10);
    v->setSpacing(4);
    QString meta =
        out ? tr("%1 · %2").arg(message.userName, uiformat::dateTime(message.at))
            : tr("Customer · %1 · logged by %2").arg(uiformat::dateTime(message.at), message.userName);
    if (message.templateVersionId)
        meta += QStringLiteral(" · ") + tr("from template %1").arg(templateName(*message.templateVersionId));
    auto *metaLabel = new QLabel(meta, frame);
    metaLabel->setObjectName(QStringLiteral("messageMeta"));
    theme::makeMuted(metaLabel);
    auto *body = new QLabel(message.body, frame);
    body->setObjectName(QStringLiteral("messageBody"));
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(metaLabel);
    v->addWidget(body);

    // Four fifths of the width, on the customer's side or the shop's.
    if (out)
        h->addStretch(1);
    h->addWidget(frame, 4);
    if (!out)
        h->addStretch(1);
    return row;
}

QString TicketConversation::templateName(qint64 versionId)
{
    if (const auto it = m_templateNames.constFind(versionId); it != m_templateNames.constEnd())
        return *it;
    const TemplateRepository repository(m_context.db, m_context.clock);
    QString name = tr("version %1").arg(versionId);
    if (auto version = repository.version(versionId, m_context.actor)) {
        if (auto t = repository.get(version->templateId, m_context.actor))
            name = tr("%1 (version %2)").arg(t->name).arg(version->number);
    }
    m_templateNames.insert(versionId, name);
    return name;
}

void TicketConversation::insertTemplate()
{
    if (m_ticketId <= 0)
        return;
    auto *dialog = new TemplatePickerDialog(m_context, m_ticketId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_reply->setPlainText(dialog->renderedBody());
        m_templateVersionId = dialog->versionId();
        m_templateLabel->setText(tr("From template %1").arg(dialog->templateLabel()));
        m_templateLabel->show();
        m_forgetTemplate->show();
        m_reply->setFocus();
        m_reply->moveCursor(QTextCursor::End);
    });
    dialog->open();
}

void TicketConversation::forgetTemplate()
{
    m_templateVersionId.reset();
    m_templateLabel->clear();
    m_templateLabel->hide();
    m_forgetTemplate->hide();
}

void TicketConversation::clearReply()
{
    m_reply->clear();
    forgetTemplate();
}

void TicketConversation::send(MessageDirection direction)
{
    if (m_ticketId <= 0)
        return;
    // What the customer wrote never comes from one of the shop's templates.
    emit sendRequested(direction, m_reply->toPlainText(),
                       direction == MessageDirection::Out ? m_templateVersionId : std::nullopt);
}

bool TicketConversation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reply && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            send(MessageDirection::Out);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rapi

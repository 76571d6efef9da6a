#pragma once

#include "customers/customerrepository.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace rapi {

struct AppContext;

// A new ticket in a few keystrokes while the customer is on the phone: typing the phone number
// finds the customer (or offers to create one from name and phone), then touchpoint, category,
// priority, subject and the customer's first message; optionally one of the customer's orders.
// Focus starts on the phone field; Enter saves (Shift+Enter starts a new line in the message).
class NewTicketDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewTicketDialog(AppContext &context, QWidget *parent = nullptr);

    qint64 createdTicketId() const { return m_createdId; }
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lookUpPhone();
    void customerChosen();
    void loadOrders(qint64 customerId);
    void suggestTouchpoint();
    void showError(const QString &message);
    std::optional<qint64> chosenCustomerId() const;

    AppContext &m_context;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_match = nullptr;
    QComboBox *m_customer = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_order = nullptr;
    QComboBox *m_touchpoint = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    QTimer *m_lookupTimer = nullptr;
    QString m_lookedUp; // the normalised phone the customer list was made for
    bool m_touchpointTouched = false;
    qint64 m_createdId = 0;
};

} // namespace rapi

#include "accounts/signindialogs.h"

#include "accounts/accountservice.h"
#include "common/theme.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapi {

namespace {

using signin::errorLabel;
using signin::passwordEdit;
using signin::setError;

QDialogButtonBox *buttons(QDialog *dialog, const QString &okText)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QString passwordsDiffer()
{
    return QCoreApplication::translate("rapi::PasswordDialog", "The two passwords are not the same.");
}

} // namespace

OwnerSetupDialog::OwnerSetupDialog(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_name(new QLineEdit(this)),
      m_password(passwordEdit(QStringLiteral("passwordEdit"), this)),
      m_repeat(passwordEdit(QStringLiteral("repeatEdit"), this)), m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("ownerSetupDialog"));
    setWindowTitle(tr("Set up the owner account"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("for example: sari"));
    auto *intro = new QLabel(tr("<b>Set up the owner account</b><p>This business file has no accounts yet. "
                                "Choose the owner's user name and password; from now on everyone signs "
                                "in, and only the owner adds colleagues and sees the audit log.</p>"),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("User name"), m_name);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    auto *hint = new QLabel(tr("At least 8 characters. Names use a–z, 0–9, '.', '_' and '-'."), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch();
    auto *box = buttons(this, tr("Create owner"));
    // Without an owner the app does not start: Cancel ends it.
    box->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    layout->addWidget(box);
    setMinimumWidth(460);
}

void OwnerSetupDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        setError(m_error, passwordsDiffer());
        m_repeat->setFocus();
        m_repeat->selectAll();
        return;
    }
    auto owner = AccountService(m_db, m_clock).createOwner(m_name->text(), m_password->text());
    if (!owner) {
        setError(m_error, owner.error());
        return;
    }
    m_actor = owner.value();
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

QString OwnerSetupDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

LoginDialog::LoginDialog(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_name(new QLineEdit(this)),
      m_password(passwordEdit(QStringLiteral("passwordEdit"), this)), m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — Rapi"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    auto *intro = new QLabel(
        tr("<b>Sign in</b><p>Sign in with the user name and password the owner gave you.</p>"), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("User name"), m_name);
    form->addRow(tr("Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    auto *box = buttons(this, tr("Sign in"));
    box->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    layout->addWidget(box);
    setMinimumWidth(400);
}

void LoginDialog::accept()
{
    auto actor = AccountService(m_db, m_clock).login(m_name->text(), m_password->text());
    m_password->clear();
    if (!actor) {
        setError(m_error, actor.error());
        m_password->setFocus();
        return;
    }
    m_actor = actor.value();
    QDialog::accept();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

PasswordDialog::PasswordDialog(const QString &title, const QString &intro, bool askCurrent, QWidget *parent)
    : QDialog(parent), m_password(passwordEdit(QStringLiteral("passwordEdit"), this)),
      m_repeat(passwordEdit(QStringLiteral("repeatEdit"), this)), m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    auto *form = new QFormLayout;
    if (askCurrent) {
        m_current = passwordEdit(QStringLiteral("currentEdit"), this);
        form->addRow(tr("Current password"), m_current);
    }
    form->addRow(tr("New password"), m_password);
    form->addRow(tr("New password again"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("Set password")));
    setMinimumWidth(420);
}

QString PasswordDialog::currentPassword() const
{
    return m_current ? m_current->text() : QString();
}

QString PasswordDialog::newPassword() const
{
    return m_password->text();
}

void PasswordDialog::showError(const QString &message)
{
    setError(m_error, message);
}

QString PasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showError(passwordsDiffer());
        m_repeat->setFocus();
        return;
    }
    emit submitted();
}

namespace signin {

QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(260);
    return edit;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(theme::criticalText().name()));
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

std::optional<Actor> run(Database &db, const Clock &clock, bool skipSetup, QWidget *parent)
{
    auto required = AccountService(db, clock).loginRequired();
    if (required && !required.value()) {
        if (skipSetup)
            return Actor::localOwner();
        OwnerSetupDialog setup(db, clock, parent);
        if (setup.exec() != QDialog::Accepted)
            return std::nullopt;
        // Signing in right away proves the password works; the owner just typed it.
        return setup.actor();
    }
    LoginDialog login(db, clock, parent);
    if (login.exec() != QDialog::Accepted)
        return std::nullopt;
    return login.actor();
}

} // namespace signin

} // namespace rapi

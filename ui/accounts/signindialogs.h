#pragma once

#include "common/actor.h"
#include "common/clock.h"

#include <optional>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rapi {

class Database;

// The first step on a database where nobody has a password yet (SPEC §1): the owner chooses a
// user name and a password, typed twice. The core's refusals (a bad name, a short password) show
// under the fields and nothing is created until they are fixed.
class OwnerSetupDialog final : public QDialog
{
    Q_OBJECT

public:
    OwnerSetupDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);

    void accept() override;
    // The new owner, after the dialog was accepted.
    const std::optional<Actor> &actor() const { return m_actor; }
    QString errorText() const;

private:
    Database &m_db;
    const Clock &m_clock;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    std::optional<Actor> m_actor;
};

// Signing in: user name and password. A wrong password, a deactivated account or the wait after
// too many wrong passwords show the core's message; Esc (Cancel) quits.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);

    void accept() override;
    const std::optional<Actor> &actor() const { return m_actor; }
    QString errorText() const;

private:
    Database &m_db;
    const Clock &m_clock;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_error;
    std::optional<Actor> m_actor;
};

// A new password typed twice; with `askCurrent` also the current one (changing one's own
// password), without it for the owner's reset of someone else's.
class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &title, const QString &intro, bool askCurrent, QWidget *parent = nullptr);

    QString currentPassword() const;
    QString newPassword() const;
    // Shows a refusal and keeps the dialog open.
    void showError(const QString &message);
    QString errorText() const;
    void accept() override;

signals:
    // OK with both new passwords equal: the caller tries it and calls done() or showError().
    void submitted();

private:
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

namespace signin {

// The fields these dialogs share: a password field, and a red line for the core's refusals
// (hidden until a message is set).
QLineEdit *passwordEdit(const QString &objectName, QWidget *parent);
QLabel *errorLabel(QWidget *parent);
void setError(QLabel *label, const QString &message);

// Who works in the app from now: on a database without passwords the owner set-up (or, with
// `skipSetup`, the local owner as before accounts existed), otherwise the login dialog. Empty when
// the person cancelled.
std::optional<Actor> run(Database &db, const Clock &clock, bool skipSetup, QWidget *parent = nullptr);

} // namespace signin

} // namespace rapi

#pragma once

#include "accounts/accountservice.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rapi {

struct AppContext;
class MessageBanner;

// Settings ▸ Users (owner only): every account with its role and whether it is active; add a
// user, change a role, reset a password, deactivate. Each action is saved at once; the core's
// refusals (the last owner, deactivating oneself) show in the page's banner.
class UsersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(AppContext &context, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    MessageBanner *banner() const { return m_banner; }
    void selectUser(const QString &username);

    void openAddUser();
    void changeRole();
    void openResetPassword();
    void deactivateSelected();

private:
    std::optional<UserAccount> selected() const;
    void updateButtons();

    AppContext &m_context;
    QList<UserAccount> m_users;
    MessageBanner *m_banner;
    QTableWidget *m_table;
    QComboBox *m_role;
    QPushButton *m_changeRole;
    QPushButton *m_reset;
    QPushButton *m_deactivate;
};

// A new colleague: user name, role and a first password typed twice.
class AddUserDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(QWidget *parent = nullptr);

    QString username() const;
    Role role() const;
    QString password() const;
    void showError(const QString &message);
    QString errorText() const;
    void accept() override;

signals:
    void submitted();

private:
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace rapi

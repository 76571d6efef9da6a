#include "accounts/userspage.h"

#include "accounts/permission.h"
#include "accounts/signindialogs.h"
#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/tables.h"
#include "common/theme.h"
#include "common/uiformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapi {

namespace {

enum Column { NameColumn, RoleColumn, StateColumn, CreatedColumn, ColumnCount };

void fillRoles(QComboBox *combo)
{
    for (Role role : roles::all())
        combo->addItem(roles::displayName(role), int(role));
}

} // namespace

UsersPage::UsersPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_banner(new MessageBanner(this)), m_table(new QTableWidget(this)),
      m_role(new QComboBox(this)), m_changeRole(new QPushButton(tr("Change role"), this)),
      m_reset(new QPushButton(tr("Reset password…"), this)),
      m_deactivate(new QPushButton(tr("Deactivate…"), this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Role"), tr("State"), tr("Since")});
    tables::setupList(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    fillRoles(m_role);
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_deactivate->setObjectName(QStringLiteral("deactivateButton"));
    auto *add = new QPushButton(tr("Add user…"), this);
    add->setObjectName(QStringLiteral("addUserButton"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addStretch();
    actions->addWidget(m_role);
    actions->addWidget(m_changeRole);
    actions->addWidget(m_reset);
    actions->addWidget(m_deactivate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(add, &QPushButton::clicked, this, &UsersPage::openAddUser);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::openResetPassword);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersPage::deactivateSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (auto user = selected())
            m_role->setCurrentIndex(m_role->findData(int(user->role)));
        updateButtons();
    });
    reload();
}

void UsersPage::reload()
{
    const auto current = selected();
    auto users = AccountService(m_context.db, m_context.clock).list(m_context.actor);
    m_table->setRowCount(0);
    if (!users) {
        m_users.clear();
        m_banner->showError(users.error());
        updateButtons();
        return;
    }
    m_users = users.value();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const UserAccount &user = m_users.at(row);
        auto *name = new QTableWidgetItem(user.username);
        if (user.id == m_context.actor.userId)
            name->setText(tr("%1 (you)").arg(user.username));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(roles::displayName(user.role)));
        QString state = user.active ? tr("Active") : tr("Deactivated");
        if (user.active && !user.hasPassword)
            state = tr("No password yet");
        auto *stateItem = new QTableWidgetItem(state);
        if (!user.active)
            stateItem->setForeground(theme::mutedText());
        m_table->setItem(row, StateColumn, stateItem);
        // The owner row made by the first migration has no creation time.
        m_table->setItem(
            row, CreatedColumn,
            new QTableWidgetItem(user.createdAt > 0 ? uiformat::date(user.createdAt) : QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(NameColumn, qMax(m_table->columnWidth(NameColumn), 200));
    if (current)
        selectUser(current->username);
    updateButtons();
}

void UsersPage::selectUser(const QString &username)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).username == username)
            m_table->selectRow(row);
    }
}

std::optional<UserAccount> UsersPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_users.at(row);
}

void UsersPage::updateButtons()
{
    const auto user = selected();
    const bool active = user && user->active;
    m_role->setEnabled(active);
    m_changeRole->setEnabled(active);
    m_reset->setEnabled(active);
    m_deactivate->setEnabled(active);
}

void UsersPage::openAddUser()
{
    auto *dialog = new AddUserDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddUserDialog::submitted, this, [this, dialog] {
        auto added = AccountService(m_context.db, m_context.clock)
                         .addUser(dialog->username(), dialog->role(), dialog->password(), m_context.actor);
        if (!added) {
            dialog->showError(added.error());
            return;
        }
        const QString name = AccountService::normaliseUsername(dialog->username()).value();
        dialog->done(QDialog::Accepted);
        reload();
        selectUser(name);
        m_banner->showSuccess(tr("Added %1; they can sign in now.").arg(name));
    });
    dialog->open();
}

void UsersPage::changeRole()
{
    const auto user = selected();
    if (!user)
        return;
    const auto role = Role(m_role->currentData().toInt());
    if (Status status =
            AccountService(m_context.db, m_context.clock).changeRole(user->id, role, m_context.actor);
        !status) {
        m_banner->showError(status.error());
        return;
    }
    reload();
    m_banner->showSuccess(tr("%1 is now %2.").arg(user->username, roles::displayName(role)));
}

void UsersPage::openResetPassword()
{
    const auto user = selected();
    if (!user)
        return;
    auto *dialog = new PasswordDialog(
        tr("Reset password"),
        tr("A new password for %1. Tell it to them in person; they can change it later.").arg(user->username),
        false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 userId = user->id;
    const QString name = user->username;
    connect(dialog, &PasswordDialog::submitted, this, [this, dialog, userId, name] {
        Status status = AccountService(m_context.db, m_context.clock)
                            .resetPassword(userId, dialog->newPassword(), m_context.actor);
        if (!status) {
            dialog->showError(status.error());
            return;
        }
        dialog->done(QDialog::Accepted);
        reload();
        m_banner->showSuccess(tr("New password set for %1.").arg(name));
    });
    dialog->open();
}

void UsersPage::deactivateSelected()
{
    const auto user = selected();
    if (!user)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Deactivate user"),
        tr("Deactivate %1? They can no longer sign in; their orders, notes and history keep their name.")
            .arg(user->username),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status status = AccountService(m_context.db, m_context.clock).deactivate(user->id, m_context.actor);
        !status) {
        m_banner->showError(status.error());
        return;
    }
    reload();
    m_banner->showSuccess(tr("%1 is deactivated.").arg(user->username));
}

AddUserDialog::AddUserDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_password(signin::passwordEdit(QStringLiteral("passwordEdit"), this)),
      m_repeat(signin::passwordEdit(QStringLiteral("repeatEdit"), this)), m_error(signin::errorLabel(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    fillRoles(m_role);
    m_role->setCurrentIndex(m_role->findData(int(Role::Cs)));
    auto *form = new QFormLayout;
    form->addRow(tr("User name"), m_name);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add user"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString AddUserDialog::username() const
{
    return m_name->text();
}

Role AddUserDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

QString AddUserDialog::password() const
{
    return m_password->text();
}

void AddUserDialog::showError(const QString &message)
{
    signin::setError(m_error, message);
}

QString AddUserDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddUserDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords are not the same."));
        m_repeat->setFocus();
        return;
    }
    emit submitted();
}

} // namespace rapi

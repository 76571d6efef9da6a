#include "mainwindow.h"

#include "accounts/accountservice.h"
#include "accounts/auditdialog.h"
#include "accounts/permission.h"
#include "accounts/signindialogs.h"
#include "common/appcontext.h"
#include "customers/customerstab.h"
#include "dashboard/dashboardtab.h"
#include "db/database.h"
#include "maintenance/backup.h"
#include "orders/orderstab.h"
#include "reports/weeklyreportdialog.h"
#include "settings/settingsdialog.h"
#include "stock/stocktab.h"
#include "tasks/taskstab.h"
#include "templates/templatestab.h"
#include "tickets/ticketstab.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>

namespace rapi {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_tabs(new QTabWidget(this)),
      m_dashboard(new DashboardTab(context, m_tabs)), m_orders(new OrdersTab(context, m_tabs)),
      m_stock(new StockTab(context, m_tabs)), m_customers(new CustomersTab(context, m_tabs)),
      m_tickets(new TicketsTab(context, m_tabs)), m_tasks(new TasksTab(context, m_tabs)),
      m_templates(new TemplatesTab(context, m_tabs))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString name = businessName(context.db.location());
    setWindowTitle(
        tr("%1 — %2 (%3) — Rapi").arg(name, context.actor.name, roles::displayName(context.actor.role)));
    m_tabs->setDocumentMode(true);
    // Tabs whose data the role may not read are left out (SPEC §1): vendors see only their
    // tasks and the templates shared with them. The core refuses the data anyway.
    const Role role = context.actor.role;
    if (permission::allows(role, Permission::ReadShop))
        m_tabs->addTab(m_dashboard, tr("Dashboard"));
    if (permission::allows(role, Permission::ReadOrders))
        m_tabs->addTab(m_orders, tr("Orders"));
    if (permission::allows(role, Permission::ReadShop))
        m_tabs->addTab(m_stock, tr("Stock"));
    if (permission::allows(role, Permission::ReadCustomers))
        m_tabs->addTab(m_customers, tr("Customers"));
    if (permission::allows(role, Permission::HandleTickets) ||
        permission::allows(role, Permission::ReadCustomerContact))
        m_tabs->addTab(m_tickets, tr("Tickets"));
    if (permission::allows(role, Permission::ReadTasks))
        m_tabs->addTab(m_tasks, tr("Tasks"));
    m_tabs->addTab(m_templates, tr("Templates && SOPs"));
    for (QWidget *tab : {static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_orders),
                         static_cast<QWidget *>(m_stock), static_cast<QWidget *>(m_customers),
                         static_cast<QWidget *>(m_tickets), static_cast<QWidget *>(m_tasks)}) {
        if (m_tabs->indexOf(tab) < 0)
            tab->hide();
    }
    setCentralWidget(m_tabs);
    createMenus();

    auto *location =
        new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(context.db.location())), this);
    location->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(location, 1);
    statusBar()->addPermanentWidget(new QLabel(tr("Signed in as %1").arg(context.actor.name), this));

    connectTabs();
    resize(1360, 840);
}

void MainWindow::connectTabs()
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshIfStale);
    connect(m_orders, &OrdersTab::ordersChanged, this, [this] { markStale(m_orders); });
    connect(m_stock, &StockTab::stockChanged, this, [this] { markStale(m_stock); });
    connect(m_customers, &CustomersTab::customersChanged, this, [this] { markStale(m_customers); });
    connect(m_tickets, &TicketsTab::ticketsChanged, this, [this] { markStale(m_tickets); });
    connect(m_templates, &TemplatesTab::templatesChanged, this, [this] { markStale(m_templates); });
    connect(m_tasks, &TasksTab::tasksChanged, this, [this] { markStale(m_tasks); });

    connect(m_dashboard, &DashboardTab::openOrders, this, [this](const OrderFilter &filter) {
        m_orders->showFilter(filter);
        showTab(Tab::Orders);
    });
    connect(m_dashboard, &DashboardTab::openTickets, this, [this](const TicketFilter &filter) {
        m_tickets->showFilter(filter);
        showTab(Tab::Tickets);
    });
    connect(m_dashboard, &DashboardTab::openCriticalStock, this, [this] {
        showTab(Tab::Stock);
        m_stock->showCriticalOnly(true);
    });
    connect(m_dashboard, &DashboardTab::openProduct, this, [this](qint64 productId) {
        showTab(Tab::Stock);
        m_stock->showCriticalOnly(true);
        m_stock->selectProduct(productId);
    });

    const auto openOrder = [this](qint64 orderId) {
        showTab(Tab::Orders);
        m_orders->selectOrder(orderId);
    };
    const auto openTicket = [this](qint64 ticketId) {
        showTab(Tab::Tickets);
        m_tickets->showTicket(ticketId);
    };
    const auto openCustomer = [this](qint64 customerId) {
        showTab(Tab::Customers);
        m_customers->showCustomer(customerId);
    };
    connect(m_customers, &CustomersTab::openOrder, this, openOrder);
    connect(m_customers, &CustomersTab::openTicket, this, openTicket);
    connect(m_tickets, &TicketsTab::openOrder, this, openOrder);
    connect(m_tickets, &TicketsTab::openCustomer, this, openCustomer);
}

bool MainWindow::isLoading() const
{
    return m_dashboard->isLoading();
}

QString MainWindow::businessName(const QString &location)
{
    if (Database::isPostgresLocation(location)) {
        const QString path = QUrl(location).path();
        return path.size() > 1 ? path.mid(1) : location;
    }
    if (location == QLatin1String(":memory:"))
        return tr("Unsaved database");
    return QFileInfo(location).completeBaseName();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrent);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *password = file->addAction(tr("Change &password…"), this, &MainWindow::openChangePassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    // The local owner of a database without passwords has nothing to change or sign out of.
    const auto required = AccountService(m_context.db, m_context.clock).loginRequired();
    const bool accounts = required && required.value();
    password->setVisible(accounts);
    signOut->setVisible(accounts);
    QAction *backup = file->addAction(tr("&Back up database…"), this, &MainWindow::openBackup);
    backup->setObjectName(QStringLiteral("backupAction"));
    // A server database is backed up on the server (pg_dump).
    backup->setVisible(permission::allows(m_context.actor.role, Permission::Maintain) &&
                       m_context.db.isSqlite());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    const Role role = m_context.actor.role;
    QMenu *orders = menuBar()->addMenu(tr("&Orders"));
    orders->menuAction()->setVisible(permission::allows(role, Permission::CreateOrders));
    QAction *newOrder = orders->addAction(tr("&New order…"), this, [this] {
        showTab(Tab::Orders);
        m_orders->openNewOrder();
    });
    newOrder->setShortcut(QKeySequence::New);

    QMenu *stock = menuBar()->addMenu(tr("S&tock"));
    stock->menuAction()->setVisible(permission::allows(role, Permission::ReadShop));
    stock->addAction(tr("&Reorder list…"), this, [this] {
        showTab(Tab::Stock);
        m_stock->openReorderList();
    });
    QAction *stocktake = stock->addAction(tr("&Stocktake…"), this, [this] {
        showTab(Tab::Stock);
        m_stock->openStocktake();
    });
    stocktake->setObjectName(QStringLiteral("stocktakeAction"));
    stocktake->setVisible(permission::allows(role, Permission::MoveStock));

    QMenu *tickets = menuBar()->addMenu(tr("T&ickets"));
    tickets->menuAction()->setVisible(permission::allows(role, Permission::HandleTickets));
    QAction *newTicket = tickets->addAction(tr("New &ticket…"), this, [this] {
        showTab(Tab::Tickets);
        m_tickets->openNewTicket();
    });
    newTicket->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    QAction *weekly = reports->addAction(tr("&Weekly report…"), this, [this] {
        auto *dialog = new WeeklyReportDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    weekly->setObjectName(QStringLiteral("weeklyReportAction"));
    weekly->setVisible(permission::allows(role, Permission::ExportReports));
    QAction *audit = reports->addAction(tr("&Audit log…"), this, &MainWindow::openAuditLog);
    audit->setObjectName(QStringLiteral("auditLogAction"));
    audit->setVisible(permission::allows(role, Permission::ViewAudit));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rapi"), this, &MainWindow::showAbout);
}

QWidget *MainWindow::tabWidget(Tab tab) const
{
    switch (tab) {
    case Tab::Dashboard:
        return m_dashboard;
    case Tab::Orders:
        return m_orders;
    case Tab::Stock:
        return m_stock;
    case Tab::Customers:
        return m_customers;
    case Tab::Tickets:
        return m_tickets;
    case Tab::Tasks:
        return m_tasks;
    case Tab::Templates:
        return m_templates;
    }
    return m_dashboard;
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentWidget(tabWidget(tab));
}

std::optional<MainWindow::Tab> MainWindow::tabFromName(QStringView name)
{
    static const std::pair<QLatin1String, Tab> names[] = {
        {QLatin1String("dashboard"), Tab::Dashboard}, {QLatin1String("orders"), Tab::Orders},
        {QLatin1String("stock"), Tab::Stock},         {QLatin1String("customers"), Tab::Customers},
        {QLatin1String("tickets"), Tab::Tickets},     {QLatin1String("tasks"), Tab::Tasks},
        {QLatin1String("templates"), Tab::Templates},
    };
    for (const auto &[text, tab] : names) {
        if (name == text)
            return tab;
    }
    return std::nullopt;
}

void MainWindow::markStale(QWidget *except)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *tab = m_tabs->widget(i);
        if (tab != except && !m_stale.contains(tab))
            m_stale.append(tab);
    }
}

void MainWindow::refreshIfStale(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (m_stale.removeOne(tab))
        refreshTab(tab);
}

void MainWindow::refreshCurrent()
{
    QWidget *tab = m_tabs->currentWidget();
    m_stale.removeOne(tab);
    refreshTab(tab);
}

void MainWindow::refreshTab(QWidget *tab)
{
    if (tab == m_dashboard)
        m_dashboard->refresh();
    else if (tab == m_orders)
        m_orders->refresh();
    else if (tab == m_stock)
        m_stock->refresh();
    else if (tab == m_customers)
        m_customers->refresh();
    else if (tab == m_tickets)
        m_tickets->refresh();
    else if (tab == m_tasks)
        m_tasks->refresh();
    else if (tab == m_templates)
        m_templates->refresh();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Hours, holidays, SLA targets and stuck thresholds change what every tab shows.
    connect(dialog, &SettingsDialog::settingsSaved, this, [this] {
        markStale(nullptr);
        refreshCurrent();
    });
    dialog->open();
}

void MainWindow::openAuditLog()
{
    auto *dialog = new AuditDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openChangePassword()
{
    auto *dialog = new PasswordDialog(
        tr("Change password"), tr("Your new password, %1. At least 8 characters.").arg(m_context.actor.name),
        true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasswordDialog::submitted, this, [this, dialog] {
        Status status =
            AccountService(m_context.db, m_context.clock)
                .changePassword(m_context.actor, dialog->currentPassword(), dialog->newPassword());
        if (!status) {
            dialog->showError(status.error());
            return;
        }
        dialog->done(QDialog::Accepted);
        statusBar()->showMessage(tr("Password changed."), 5000);
    });
    dialog->open();
}

void MainWindow::openBackup()
{
    const QFileInfo database(m_context.db.location());
    const QString folder = database.isFile()
                               ? database.absolutePath()
                               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("%1-backup-%2.rapi")
                             .arg(database.isFile() ? database.completeBaseName() : QStringLiteral("rapi"),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    // No overwrite question: a backup never replaces a file, and the core says so.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back up database"), QDir(folder).filePath(name), tr("Rapi databases (*.rapi)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        backUpTo(path);
}

bool MainWindow::backUpTo(const QString &path)
{
    auto size = backup::writeCopy(m_context.db, path, m_context.actor, m_context.clock);
    if (!size) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Backup not written"), size.error(),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("backupErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    statusBar()->showMessage(tr("Backup saved: %1 (%2).")
                                 .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                                      QLocale().formattedDataSize(size.value())),
                             15000);
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rapi"),
                       tr("<b>Rapi %1</b><p>The back office for online shops: orders, stock and the "
                          "week's figures in one tidy place.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace rapi

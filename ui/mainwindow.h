#pragma once

#include <optional>
#include <QMainWindow>

class QTabWidget;

namespace rapi {

struct AppContext;
class CustomersTab;
class DashboardTab;
class OrdersTab;
class StockTab;
class TemplatesTab;
class TasksTab;
class TicketsTab;

// Rapi's one window: the Dashboard, Orders, Stock, Customers, Tickets, Tasks and Templates tabs under a
// title naming the open business file, with Settings in the menu. A change on one tab (a stage
// move, received goods, a ticket answered) marks the other tabs stale; they load again when shown.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab { Dashboard, Orders, Stock, Customers, Tickets, Tasks, Templates };

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);

    void showTab(Tab tab);
    QWidget *tabWidget(Tab tab) const;
    static std::optional<Tab> tabFromName(QStringView name);

    QTabWidget *tabs() const { return m_tabs; }
    // Whether figures are still loading in the background (the dashboard's worker).
    bool isLoading() const;
    DashboardTab *dashboardTab() const { return m_dashboard; }
    OrdersTab *ordersTab() const { return m_orders; }
    StockTab *stockTab() const { return m_stock; }
    CustomersTab *customersTab() const { return m_customers; }
    TicketsTab *ticketsTab() const { return m_tickets; }
    TasksTab *tasksTab() const { return m_tasks; }
    TemplatesTab *templatesTab() const { return m_templates; }

    // The name shown in the title: the database file's name without its extension.
    static QString businessName(const QString &location);

    // File ▸ Change password: asks for the current and the new password (not for the local owner).
    void openChangePassword();
    void openAuditLog();
    // File ▸ Back up database… (owner, SQLite file): asks where, then backUpTo().
    void openBackup();
    // Writes a consistent copy (core backup::writeCopy); says where in the status bar, or shows the
    // core's refusal in a message box. Returns whether the copy was written.
    bool backUpTo(const QString &path);

signals:
    // File ▸ Sign out: the app's main closes this window and asks who signs in next.
    void signOutRequested();

private:
    void createMenus();
    void connectTabs();
    void markStale(QWidget *except);
    void refreshIfStale(int index);
    void refreshCurrent();
    void refreshTab(QWidget *tab);
    void openSettings();
    void showAbout();

    AppContext &m_context;
    QTabWidget *m_tabs;
    DashboardTab *m_dashboard;
    OrdersTab *m_orders;
    StockTab *m_stock;
    CustomersTab *m_customers;
    TicketsTab *m_tickets;
    TasksTab *m_tasks;
    TemplatesTab *m_templates;
    QList<QWidget *> m_stale;
};

} // namespace rapi

#pragma once

#include <optional>
#include <QMainWindow>

class QTabWidget;

namespace rapi {

struct AppContext;
class DashboardTab;
class OrdersTab;
class StockTab;

// Rapi's one window: the Dashboard, Orders and Stock tabs under a title naming the open
// business file, with Settings in the menu. A change on one tab (a stage move, received goods)
// marks the other tabs stale; they load again when shown.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab { Dashboard, Orders, Stock };

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);

    void showTab(Tab tab);
    static std::optional<Tab> tabFromName(QStringView name);

    QTabWidget *tabs() const { return m_tabs; }
    DashboardTab *dashboardTab() const { return m_dashboard; }
    OrdersTab *ordersTab() const { return m_orders; }
    StockTab *stockTab() const { return m_stock; }

    // The name shown in the title: the database file's name without its extension.
    static QString businessName(const QString &location);

private:
    void createMenus();
    void markStale(QWidget *except);
    void refreshIfStale(int index);
    void refreshCurrent();
    void openSettings();
    void showAbout();

    AppContext &m_context;
    QTabWidget *m_tabs;
    DashboardTab *m_dashboard;
    OrdersTab *m_orders;
    StockTab *m_stock;
    QList<QWidget *> m_stale;
};

} // namespace rapi

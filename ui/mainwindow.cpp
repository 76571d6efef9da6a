#include "mainwindow.h"

#include "common/appcontext.h"
#include "dashboard/dashboardtab.h"
#include "db/database.h"
#include "orders/orderstab.h"
#include "settings/settingsdialog.h"
#include "stock/stocktab.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>

namespace rapi {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_tabs(new QTabWidget(this)),
      m_dashboard(new DashboardTab(context, m_tabs)), m_orders(new OrdersTab(context, m_tabs)),
      m_stock(new StockTab(context, m_tabs))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString name = businessName(context.db.location());
    setWindowTitle(tr("%1 — Rapi").arg(name));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(m_orders, tr("Orders"));
    m_tabs->addTab(m_stock, tr("Stock"));
    setCentralWidget(m_tabs);
    createMenus();

    auto *location =
        new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(context.db.location())), this);
    location->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(location, 1);
    statusBar()->addPermanentWidget(new QLabel(tr("Signed in as %1").arg(context.actor.name), this));

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshIfStale);
    connect(m_orders, &OrdersTab::ordersChanged, this, [this] { markStale(m_orders); });
    connect(m_stock, &StockTab::stockChanged, this, [this] { markStale(m_stock); });
    connect(m_dashboard, &DashboardTab::openOrders, this,
            [this](std::optional<OrderStage> stage, bool stuckOnly) {
                m_orders->showStage(stage, stuckOnly);
                showTab(Tab::Orders);
            });
    connect(m_dashboard, &DashboardTab::openCriticalStock, this, [this] {
        showTab(Tab::Stock);
        m_stock->showCriticalOnly(true);
    });
    resize(1360, 840);
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
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *orders = menuBar()->addMenu(tr("&Orders"));
    QAction *newOrder = orders->addAction(tr("&New order…"), this, [this] {
        showTab(Tab::Orders);
        m_orders->openNewOrder();
    });
    newOrder->setShortcut(QKeySequence::New);

    QMenu *stock = menuBar()->addMenu(tr("S&tock"));
    stock->addAction(tr("&Reorder list…"), this, [this] {
        showTab(Tab::Stock);
        m_stock->openReorderList();
    });
    stock->addAction(tr("&Stocktake…"), this, [this] {
        showTab(Tab::Stock);
        m_stock->openStocktake();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rapi"), this, &MainWindow::showAbout);
}

void MainWindow::showTab(Tab tab)
{
    switch (tab) {
    case Tab::Dashboard:
        m_tabs->setCurrentWidget(m_dashboard);
        break;
    case Tab::Orders:
        m_tabs->setCurrentWidget(m_orders);
        break;
    case Tab::Stock:
        m_tabs->setCurrentWidget(m_stock);
        break;
    }
}

std::optional<MainWindow::Tab> MainWindow::tabFromName(QStringView name)
{
    if (name == QLatin1String("dashboard"))
        return Tab::Dashboard;
    if (name == QLatin1String("orders"))
        return Tab::Orders;
    if (name == QLatin1String("stock"))
        return Tab::Stock;
    return std::nullopt;
}

void MainWindow::markStale(QWidget *except)
{
    for (QWidget *tab : {static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_orders),
                         static_cast<QWidget *>(m_stock)}) {
        if (tab != except && !m_stale.contains(tab))
            m_stale.append(tab);
    }
}

void MainWindow::refreshIfStale(int index)
{
    QWidget *tab = m_tabs->widget(index);
    if (!m_stale.removeOne(tab))
        return;
    if (tab == m_dashboard)
        m_dashboard->refresh();
    else if (tab == m_orders)
        m_orders->refresh();
    else if (tab == m_stock)
        m_stock->refresh();
}

void MainWindow::refreshCurrent()
{
    QWidget *tab = m_tabs->currentWidget();
    m_stale.removeOne(tab);
    if (tab == m_dashboard)
        m_dashboard->refresh();
    else if (tab == m_orders)
        m_orders->refresh();
    else if (tab == m_stock)
        m_stock->refresh();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rapi"),
                       tr("<b>Rapi %1</b><p>The back office for online shops: orders, stock and the "
                          "week's figures in one tidy place.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace rapi

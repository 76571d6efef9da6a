#include "accounts/session.h"

#include "accounts/signindialogs.h"
#include "mainwindow.h"

#include <QApplication>

namespace rapi {

Session::Session(Database &db, const Actor &actor, const Clock &clock) : m_context{db, actor, clock}
{
    openWindow();
}

Session::~Session() = default;

void Session::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_context);
    // Queued: the sign-in dialog must not run inside the menu action's own click.
    connect(m_window.get(), &MainWindow::signOutRequested, this, &Session::signOut, Qt::QueuedConnection);
}

void Session::signOut()
{
    // Closing the sign-in dialog while no window shows must not quit the app behind our back.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    m_window->hide();
    const std::optional<Actor> next = signin::run(m_context.db, m_context.clock, false);
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (!next) {
        emit ended();
        return;
    }
    m_context.actor = *next;
    // The old window may still be delivering the click that got us here.
    m_window.release()->deleteLater();
    openWindow();
    m_window->show();
    emit windowChanged(m_window.get());
}

} // namespace rapi

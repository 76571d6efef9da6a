#pragma once

#include "common/appcontext.h"

#include <memory>
#include <QObject>

namespace rapi {

class MainWindow;

// The signed-in person's main window. File ▸ Sign out hides it and asks who signs in next; their
// window replaces it (with their role's tabs and menus), and cancelling the sign-in ends the
// session. The desktop app's main owns one.
class Session final : public QObject
{
    Q_OBJECT

public:
    Session(Database &db, const Actor &actor, const Clock &clock = Clock::system());
    ~Session() override;

    MainWindow *window() const { return m_window.get(); }
    const Actor &actor() const { return m_context.actor; }

signals:
    // A new window was opened for the person who signed in after a sign out.
    void windowChanged(MainWindow *window);
    // Nobody signed in after a sign out: the app should quit.
    void ended();

private:
    void openWindow();
    void signOut();

    AppContext m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace rapi

// rapi — the desktop app. Parses the command line, picks the language, opens the database and
// shows the main window; everything else lives in Rapi::Ui and Rapi::Core.
#include "accounts/accountservice.h"
#include "accounts/session.h"
#include "accounts/signindialogs.h"
#include "common/appcontext.h"
#include "common/language.h"
#include "common/theme.h"
#include "db/database.h"
#include "mainwindow.h"
#include "settings/appsettings.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QMessageBox>
#include <QStandardPaths>

namespace {

// Reports the milliseconds from main() to the main window's first paint (RAPI_TRACE_STARTUP=1),
// the figure the startup benchmark reads.
// The window's own paint event may not come first (children paint themselves), so the tracer
// watches the application until any widget of the window paints, then stops watching.
class FirstPaintTracer final : public QObject
{
public:
    FirstPaintTracer(QWidget *window, const QElapsedTimer &sinceStart, bool print)
        : m_window(window), m_sinceStart(sinceStart), m_print(print)
    {
        qApp->installEventFilter(this);
    }
    bool painted() const { return m_painted; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_painted = true;
            qApp->removeEventFilter(this);
            if (m_print)
                std::fprintf(stderr, "first-paint-ms: %lld\n",
                             static_cast<long long>(m_sinceStart.elapsed()));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_sinceStart;
    bool m_print;
    bool m_painted = false;
};

void fail(const QString &message, bool headless)
{
    if (headless)
        std::fprintf(stderr, "rapi: %s\n", qPrintable(message));
    else
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Rapi cannot start"), message);
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("rapi.rapi"));
}

// --screenshot on a database that asks who signs in: a picture of that dialog instead of the window.
int screenshotSignIn(rapi::Database &db, bool loginRequired, const QString &path)
{
    std::unique_ptr<QDialog> dialog;
    if (loginRequired)
        dialog = std::make_unique<rapi::LoginDialog>(db, rapi::Clock::system());
    else
        dialog = std::make_unique<rapi::OwnerSetupDialog>(db, rapi::Clock::system());
    dialog->show();
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!dialog->grab().save(path)) {
        std::fprintf(stderr, "rapi: could not save the screenshot to %s\n", qPrintable(path));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapi"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rapi — back office for online shops"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("The Rapi database file to open."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Interface language: id or en."), QStringLiteral("id|en"));
    const QCommandLineOption tabOption(QStringLiteral("tab"), QStringLiteral("The tab to show first."),
                                       QStringLiteral("dashboard|orders|stock|customers|tickets|tasks|templates"), QStringLiteral("dashboard"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window to FILE.png and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption noLoginOption(
        QStringLiteral("no-login"),
        QStringLiteral("On a database where no account has a password yet, skip the owner set-up and work as "
                       "the local owner (the demo, scripts, tests). Ignored once accounts have passwords."));
    parser.addOptions({databaseOption, langOption, tabOption, screenshotOption, noLoginOption});
    parser.process(app);
    const bool headless = parser.isSet(screenshotOption);

    QString lang = parser.value(langOption);
    if (lang.isEmpty())
        lang = rapi::appsettings::language();
    if (lang.isEmpty())
        lang = rapi::language::fromLocale(QLocale::system());
    if (!rapi::language::install(lang)) {
        std::fprintf(stderr, "rapi: unknown language \"%s\" (use id or en)\n", qPrintable(lang));
        return 2;
    }
    const auto tab = rapi::MainWindow::tabFromName(parser.value(tabOption));
    if (!tab) {
        std::fprintf(stderr, "rapi: unknown tab \"%s\" (use dashboard, orders, stock, customers, tickets, tasks or templates)\n",
                     qPrintable(parser.value(tabOption)));
        return 2;
    }
    rapi::theme::apply(app);

    const QString location =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabasePath();
    // A new database gets its default texts in the language the app starts in.
    auto opened = rapi::Database::open(location, {.exclusive = true, .language = lang});
    if (!opened) {
        fail(opened.error(), headless);
        return 1;
    }
    std::unique_ptr<rapi::Database> db = std::move(opened).value();
    const auto loginRequired = rapi::AccountService(*db).loginRequired();
    if (!loginRequired) {
        fail(loginRequired.error(), headless);
        return 1;
    }
    const bool noLogin = parser.isSet(noLoginOption);
    if (noLogin && loginRequired.value())
        std::fprintf(stderr, "rapi: --no-login ignored: this database has accounts; please sign in\n");
    const bool signInFirst = loginRequired.value() || !noLogin;
    if (headless && signInFirst)
        return screenshotSignIn(*db, loginRequired.value(), parser.value(screenshotOption));

    // Closing the sign-in dialog must not end the app before its window exists.
    app.setQuitOnLastWindowClosed(false);
    std::optional<rapi::Actor> actor = rapi::signin::run(*db, rapi::Clock::system(), noLogin);
    app.setQuitOnLastWindowClosed(true);
    if (!actor)
        return 0;
    // File ▸ Sign out closes the window, asks who signs in next and opens a new one for them.
    rapi::Session session(*db, *actor);
    QObject::connect(&session, &rapi::Session::ended, &app, &QCoreApplication::quit);
    rapi::MainWindow *window = session.window();
    FirstPaintTracer tracer(window, sinceStart,
                            qEnvironmentVariableIntValue("RAPI_TRACE_STARTUP") == 1);
    window->showTab(*tab);
    window->show();

    if (headless) {
        // Let the window lay itself out, load its first page and paint before the picture.
        QElapsedTimer waiting;
        waiting.start();
        while ((!tracer.painted() || window->isLoading()) && waiting.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const QString path = parser.value(screenshotOption);
        if (!window->grab().save(path)) {
            std::fprintf(stderr, "rapi: could not save the screenshot to %s\n", qPrintable(path));
            return 1;
        }
        return 0;
    }
    return app.exec();
}

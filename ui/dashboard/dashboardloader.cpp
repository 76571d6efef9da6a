#include "dashboard/dashboardloader.h"

#include "common/appcontext.h"
#include "db/database.h"

#include <QThread>

namespace rapi {

// Lives in the loader's thread and owns the connection opened there.
class DashboardWorker final : public QObject
{
public:
    DashboardWorker(QString location, const Clock &clock) : m_location(std::move(location)), m_clock(clock) {}

    Result<Dashboard> load(const Period &period)
    {
        if (!m_db) {
            auto opened = Database::open(m_location, {.exclusive = false, .create = false});
            if (!opened)
                return Error{opened.error()};
            m_db = std::move(opened).value();
        }
        return DashboardService(*m_db, m_clock).load(period);
    }
    void close() { m_db.reset(); }

private:
    QString m_location;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
};

DashboardLoader::DashboardLoader(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    const QString location = context.db.location();
    if (location.isEmpty() || location == QLatin1String(":memory:"))
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("dashboard"));
    m_worker = new DashboardWorker(location, context.clock);
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

DashboardLoader::~DashboardLoader()
{
    if (!m_thread)
        return;
    // Skip what waits, close the connection in its own thread, then stop it.
    m_latest->store(0);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void DashboardLoader::load(const Period &period)
{
    const quint64 request = m_latest->fetch_add(1) + 1;
    setLoading(true);
    if (!m_thread) {
        finish(request, DashboardService(m_context.db, m_context.clock).load(period));
        return;
    }
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, latest = m_latest, request, period] {
        if (latest->load() != request)
            return; // a newer request is queued behind this one
        Result<Dashboard> result = worker->load(period);
        QMetaObject::invokeMethod(this,
                                  [this, request, result = std::move(result)] { finish(request, result); });
    });
}

void DashboardLoader::finish(quint64 request, const Result<Dashboard> &result)
{
    if (request != m_latest->load())
        return; // stale: the period changed meanwhile
    setLoading(false);
    if (result)
        emit loaded(result.value());
    else
        emit failed(result.error());
}

void DashboardLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace rapi

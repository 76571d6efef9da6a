#pragma once

#include "kpi/dashboardservice.h"

#include <atomic>
#include <memory>
#include <QObject>

class QThread;

namespace rapi {

struct AppContext;
class DashboardWorker;

// Loads the dashboard without freezing the window: DashboardService::load runs in a thread of
// its own with its own connection to the same database (opened once, on the first load). A
// database that cannot be opened twice (":memory:", the tests) is loaded at once instead. Only
// the latest request counts: a result for a period the person already left is dropped, and
// requests still waiting when a newer one comes are skipped.
class DashboardLoader final : public QObject
{
    Q_OBJECT

public:
    explicit DashboardLoader(AppContext &context, QObject *parent = nullptr);
    ~DashboardLoader() override;

    void load(const Period &period);
    bool isLoading() const { return m_loading; }
    bool isAsynchronous() const { return m_thread != nullptr; }

signals:
    void loaded(const rapi::Dashboard &dashboard);
    void failed(const QString &message);
    void loadingChanged(bool loading);

private:
    void finish(quint64 request, const Result<Dashboard> &result);
    void setLoading(bool loading);

    AppContext &m_context;
    QThread *m_thread = nullptr;
    DashboardWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
};

} // namespace rapi

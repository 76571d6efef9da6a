#include "demo/sqlitedirect.h"

#include "db/logging.h"

#include <cstring>
#include <QSqlDriver>
#include <QVariant>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#define RAPI_SQLITE_DIRECT 1
#endif

namespace rapi::demo {

// The few sqlite3 functions used, with opaque handles (no sqlite3.h, no link dependency).
struct SqliteDirectInsert::Api
{
    int (*prepare)(void *db, const char *sql, int bytes, void **statement, const char **tail);
    int (*bindInt64)(void *statement, int parameter, qint64 value);
    int (*bindText)(void *statement, int parameter, const char *text, int bytes, void (*destructor)(void *));
    int (*bindNull)(void *statement, int parameter);
    int (*step)(void *statement);
    int (*reset)(void *statement);
    int (*finalize)(void *statement);
    const char *(*errmsg)(void *db);
};

namespace {

constexpr int sqliteOk = 0;
constexpr int sqliteDone = 101;
// SQLITE_TRANSIENT: SQLite copies the text before the bind returns.
const auto transient = reinterpret_cast<void (*)(void *)>(-1);

#ifdef RAPI_SQLITE_DIRECT
template<typename Function> bool resolve(void *library, const char *name, Function &function)
{
    void *address = dlsym(library, name);
    std::memcpy(&function, &address, sizeof function);
    return address != nullptr;
}

// The sqlite3 functions of the library the QSQLITE plugin uses, or null when that cannot be
// established beyond doubt.
const SqliteDirectInsert::Api *loadApi(const QSqlDriver *driver)
{
    static SqliteDirectInsert::Api api;
    static const bool loaded = [&] {
        // The driver's vtable lies in the plugin: that names the plugin's file.
        Dl_info info{};
        void *vtable = *reinterpret_cast<void *const *>(driver);
        if (!dladdr(vtable, &info) || !info.dli_fname)
            return false;
        void *plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
        void *library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        bool ok = plugin && library && resolve(library, "sqlite3_prepare_v2", api.prepare) &&
                  resolve(library, "sqlite3_bind_int64", api.bindInt64) &&
                  resolve(library, "sqlite3_bind_text", api.bindText) &&
                  resolve(library, "sqlite3_bind_null", api.bindNull) &&
                  resolve(library, "sqlite3_step", api.step) &&
                  resolve(library, "sqlite3_reset", api.reset) &&
                  resolve(library, "sqlite3_finalize", api.finalize) &&
                  resolve(library, "sqlite3_errmsg", api.errmsg);
        // The plugin must resolve sqlite3 to that very library (not a copy built into it).
        if (ok) {
            decltype(api.step) pluginStep = nullptr;
            decltype(api.prepare) pluginPrepare = nullptr;
            ok = resolve(plugin, "sqlite3_step", pluginStep) &&
                 resolve(plugin, "sqlite3_prepare_v2", pluginPrepare) && pluginStep == api.step &&
                 pluginPrepare == api.prepare;
        }
        // The handles stay open: the plugin keeps both libraries loaded for the process anyway.
        if (!ok)
            qCInfo(lcDb) << "demo: sqlite3 of the Qt driver not usable directly; writing plain SQL";
        return ok;
    }();
    return loaded ? &api : nullptr;
}
#endif

} // namespace

SqliteDirectInsert::SqliteDirectInsert(const QSqlDatabase &connection, const char *sql)
{
#ifdef RAPI_SQLITE_DIRECT
    const QSqlDriver *driver = connection.driver();
    if (!driver || connection.driverName() != QLatin1String("QSQLITE"))
        return;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_db = *static_cast<void *const *>(handle.constData());
    m_api = loadApi(driver);
    if (!m_db || !m_api)
        return;
    if (m_api->prepare(m_db, sql, -1, &m_statement, nullptr) != sqliteOk) {
        qCWarning(lcDb) << "demo: preparing" << sql << "failed:" << m_api->errmsg(m_db);
        m_statement = nullptr;
    }
#else
    Q_UNUSED(connection);
    Q_UNUSED(sql);
#endif
}

SqliteDirectInsert::~SqliteDirectInsert()
{
    // Finalised before Qt closes the connection, which would fail with statements still open.
    if (m_statement)
        m_api->finalize(m_statement);
}

void SqliteDirectInsert::bindInteger(int parameter, qint64 value)
{
    m_api->bindInt64(m_statement, parameter, value);
}

void SqliteDirectInsert::bindText(int parameter, std::string_view utf8)
{
    m_api->bindText(m_statement, parameter, utf8.data(), int(utf8.size()), transient);
}

void SqliteDirectInsert::bindNull(int parameter)
{
    m_api->bindNull(m_statement, parameter);
}

bool SqliteDirectInsert::step()
{
    const int rc = m_api->step(m_statement);
    m_api->reset(m_statement);
    return rc == sqliteDone;
}

QString SqliteDirectInsert::errorText() const
{
    return m_api ? QString::fromUtf8(m_api->errmsg(m_db)) : QString();
}

} // namespace rapi::demo

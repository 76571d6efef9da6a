#include "db/writetransaction.h"

#include "db/database.h"
#include "db/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace rapi {

WriteTransaction::WriteTransaction(Database &db) : m_db(db)
{
    if (m_db.m_transactionDepth > 0) {
        ++m_db.m_transactionDepth;
        m_started = true;
        return;
    }
    QSqlQuery q(m_db.connection());
    const QString begin = m_db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!q.exec(begin)) {
        qCWarning(lcDb) << "BEGIN failed:" << q.lastError().text();
        m_startStatus = Error{QCoreApplication::translate(
                                  "rapi::WriteTransaction",
                                  "The database is busy (another Rapi is saving). Nothing was changed; try again.")};
        m_finished = true;
        return;
    }
    m_db.m_transactionDepth = 1;
    m_db.m_transactionFailed = false;
    m_started = true;
    m_outermost = true;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_finished)
        rollback();
}

Status WriteTransaction::commit()
{
    Q_ASSERT(m_started && !m_finished);
    if (!m_started || m_finished)
        return m_startStatus;
    m_finished = true;
    if (!m_outermost) {
        --m_db.m_transactionDepth;
        return {};
    }
    m_db.m_transactionDepth = 0;
    QSqlQuery q(m_db.connection());
    if (m_db.m_transactionFailed) {
        q.exec(QStringLiteral("ROLLBACK"));
        return Error{QCoreApplication::translate("rapi::WriteTransaction",
                                                 "The change could not be completed; nothing was saved.")};
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString text = q.lastError().text();
        qCWarning(lcDb) << "COMMIT failed:" << text;
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
        return Error{QCoreApplication::translate("rapi::WriteTransaction",
                                                 "Saving failed (%1); nothing was saved. If the disk is "
                                                 "full, free some space and try again.")
                         .arg(text.trimmed())};
    }
    return {};
}

void WriteTransaction::rollback()
{
    m_finished = true;
    if (!m_started)
        return;
    if (!m_outermost) {
        --m_db.m_transactionDepth;
        m_db.m_transactionFailed = true;
        return;
    }
    m_db.m_transactionDepth = 0;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDb) << "ROLLBACK failed:" << q.lastError().text();
}

} // namespace rapi

#include "maintenance/backup.h"

#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rapi::backup {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::Backup)
};
} // namespace

Result<qint64> writeCopy(Database &db, const QString &path, const Actor &actor, const Clock &clock)
{
    if (Status allowed = permission::authorize(actor, Permission::Maintain); !allowed)
        return Error{allowed.error()};
    if (!db.isSqlite())
        return Error{Tr::tr("This database is on a PostgreSQL server; back it up there with pg_dump.")};
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (path.trimmed().isEmpty())
        return Error{Tr::tr("Name the file to write the backup to.")};
    if (target.exists())
        return Error{
            Tr::tr("%1 already exists; a backup never overwrites a file. Choose a new name.").arg(shown)};
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return Error{
            Tr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath()))};
    if (!folder.isWritable())
        return Error{
            Tr::tr("The folder %1 cannot be written to.").arg(QDir::toNativeSeparators(folder.filePath()))};

    DbQuery copy(db, QStringLiteral("VACUUM INTO ?"));
    copy.bind(target.absoluteFilePath());
    if (!copy.exec()) {
        QFile::remove(target.absoluteFilePath());
        return Error{
            Tr::tr("The backup to %1 failed (is the disk full?): %2").arg(shown, copy.error().message)};
    }
    copy.finish();
    const qint64 size = QFileInfo(target.absoluteFilePath()).size();

    // The entry goes into the live database: a backup exists exactly when it is logged.
    WriteTransaction tx(db);
    Status logged = tx.startStatus();
    if (logged)
        logged = AuditLog(db).append(actor, clock.now(), QStringLiteral("backup"), QStringLiteral("database"),
                                     std::nullopt, QStringLiteral("%1 (%2 bytes)").arg(shown).arg(size));
    if (logged)
        logged = tx.commit();
    if (!logged) {
        QFile::remove(target.absoluteFilePath());
        return Error{logged.error()};
    }
    return size;
}

} // namespace rapi::backup

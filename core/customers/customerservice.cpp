#include "customers/customerservice.h"

#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::CustomerService)
};

bool canEditCustomers(const Actor &actor)
{
    return permission::allows(actor.role, Permission::EditCustomers);
}

Error refused()
{
    return Error{Tr::tr("Only the owner and CS staff can change customer data.")};
}

// Handles are "channel: handle" lines; the union keeps the first spelling of each line.
QString uniteLines(const QString &a, const QString &b)
{
    QStringList lines;
    for (const QString &line : QString(a + QLatin1Char('\n') + b).split(QLatin1Char('\n'))) {
        const QString clean = line.trimmed();
        bool seen = false;
        for (const QString &l : lines)
            seen = seen || l.compare(clean, Qt::CaseInsensitive) == 0;
        if (!clean.isEmpty() && !seen)
            lines << clean;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CustomerService::CustomerService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QStringList CustomerService::normaliseTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        // A comma would break the stored list; tags are single short labels anyway.
        const QString clean = tag.simplified().toLower().remove(QLatin1Char(','));
        if (!clean.isEmpty() && !out.contains(clean))
            out << clean;
    }
    out.sort();
    return out;
}

Status CustomerService::updateProfile(const CustomerProfile &profile, const Actor &actor)
{
    if (!canEditCustomers(actor))
        return refused();
    const QString name = profile.name.simplified();
    if (name.isEmpty())
        return Error{Tr::tr("A customer needs a name.")};
    const QString email = profile.email.trimmed();
    if (!email.isEmpty() && !CustomerRepository::isEmailAddress(email))
        return Error{Tr::tr("“%1” is not an e-mail address.").arg(email)};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    DbQuery q(m_db,
              QStringLiteral("UPDATE customers SET name = ?, phone = ?, email = ?, address = ?, handles = ?, "
                             "preferences = ?, tags = ?, updated_at = ?, version = version + 1 "
                             "WHERE id = ? AND version = ? AND merged_into IS NULL"));
    q.bind(name).bindNullableText(CustomerRepository::normalisePhone(profile.phone)).bind(email);
    q.bind(profile.address.trimmed())
        .bind(uniteLines(profile.handles, QString()))
        .bind(profile.preferences.trimmed());
    q.bind(normaliseTags(profile.tags).join(QStringLiteral(", "))).bind(m_clock.now()).bind(profile.id);
    q.bind(profile.version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1) {
        auto current = CustomerRepository(m_db, m_clock).profile(profile.id);
        if (!current)
            return current;
        if (current->mergedInto)
            return Error{Tr::tr("%1 was merged into another customer; edit that one.").arg(current->name)};
        return Error{Tr::tr("Someone else changed %1 meanwhile. Nothing was saved; look at it again and retry.")
                         .arg(current->name)};
    }
    if (Status status =
            AuditLog(m_db).append(actor, m_clock.now(), QStringLiteral("update"), QStringLiteral("customer"),
                                  profile.id, QStringLiteral("profile of %1").arg(name));
        !status)
        return status;
    return tx.commit();
}

Result<qint64> CustomerService::addNote(qint64 customerId, const QString &body, const Actor &actor)
{
    if (!canEditCustomers(actor))
        return refused();
    if (body.trimmed().isEmpty())
        return Error{Tr::tr("A note cannot be empty.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return Error{tx.startStatus().error()};
    auto customer = CustomerRepository(m_db, m_clock).profile(customerId);
    if (!customer)
        return Error{customer.error()};
    DbQuery q(m_db, QStringLiteral("INSERT INTO customer_notes (customer_id, body, author_id, created_at) "
                                   "VALUES (?, ?, ?, ?) RETURNING id"));
    q.bind(customer->mergedInto.value_or(customerId))
        .bind(body.trimmed())
        .bind(actor.userId)
        .bind(m_clock.now());
    const auto id = q.execReturningId();
    if (!id)
        return id;
    if (Status status = AuditLog(m_db).append(actor, m_clock.now(), QStringLiteral("create"),
                                              QStringLiteral("customer_note"), customerId,
                                              QStringLiteral("note %1").arg(*id));
        !status)
        return Error{status.error()};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return id;
}

Status CustomerService::merge(qint64 keepId, qint64 duplicateId, const Actor &actor)
{
    if (!canEditCustomers(actor))
        return refused();
    if (keepId == duplicateId)
        return Error{Tr::tr("A customer cannot be merged with itself.")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    CustomerRepository repo(m_db, m_clock);
    auto keep = repo.profile(keepId);
    if (!keep)
        return keep;
    auto dup = repo.profile(duplicateId);
    if (!dup)
        return dup;
    if (keep->mergedInto || dup->mergedInto)
        return Error{Tr::tr("%1 was already merged into another customer.")
                         .arg(keep->mergedInto ? keep->name : dup->name)};

    const qint64 now = m_clock.now();
    DbQuery q(m_db);
    for (const QString &table :
         {QStringLiteral("orders"), QStringLiteral("tickets"), QStringLiteral("customer_notes")}) {
        q.prepare(QStringLiteral("UPDATE ") + table +
                  QStringLiteral(" SET customer_id = ? WHERE customer_id = ?"));
        q.bind(keepId).bind(duplicateId);
        if (!q.exec())
            return q.error();
    }
    auto fill = [](const QString &mine, const QString &theirs) { return mine.isEmpty() ? theirs : mine; };
    const QString preferences = keep->preferences.isEmpty() || dup->preferences.isEmpty()
                                    ? QString(keep->preferences + dup->preferences)
                                    : QString(keep->preferences + QLatin1Char('\n') + dup->preferences);
    q.prepare(QStringLiteral(
        "UPDATE customers SET phone = ?, email = ?, address = ?, handles = ?, preferences = ?, "
        "tags = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    q.bindNullableText(fill(keep->phone, dup->phone)).bind(fill(keep->email, dup->email));
    q.bind(fill(keep->address, dup->address)).bind(uniteLines(keep->handles, dup->handles)).bind(preferences);
    q.bind(normaliseTags(keep->tags + dup->tags).join(QStringLiteral(", "))).bind(now).bind(keepId);
    if (!q.exec())
        return q.error();
    q.prepare(QStringLiteral(
        "UPDATE customers SET merged_into = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    q.bind(keepId).bind(now).bind(duplicateId);
    if (!q.exec())
        return q.error();
    q.prepare(QStringLiteral(
        "INSERT INTO customer_notes (customer_id, body, author_id, created_at) VALUES (?, ?, ?, ?)"));
    q.bind(keepId)
        .bind(Tr::tr("Merged customer #%1 (%2, %3) into this record.")
                  .arg(duplicateId)
                  .arg(dup->name, dup->phone.isEmpty() ? Tr::tr("no phone") : dup->phone))
        .bind(actor.userId)
        .bind(now);
    if (!q.exec())
        return q.error();
    if (Status status =
            AuditLog(m_db).append(actor, now, QStringLiteral("update"), QStringLiteral("customer"), keepId,
                                  QStringLiteral("customer %1 merged into %2").arg(duplicateId).arg(keepId));
        !status)
        return status;
    return tx.commit();
}

} // namespace rapi

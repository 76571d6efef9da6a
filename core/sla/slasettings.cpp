#include "sla/slasettings.h"

#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::SlaSettings)
};

// Runs one statement in its own write transaction.
Status execWrite(Database &db, DbQuery &q, const Actor &actor, const QString &summary)
{
    WriteTransaction tx(db);
    if (!tx.ok())
        return tx.startStatus();
    if (!q.exec())
        return q.error();
    if (Status status = AuditLog(db).append(actor, QStringLiteral("update"), QStringLiteral("settings"),
                                            std::nullopt, summary);
        !status)
        return status;
    return tx.commit();
}

Status ownerOnly(const Actor &actor)
{
    if (!SlaSettings::canEdit(actor))
        return Error{Tr::tr("Only the owner can change business hours, holidays and SLA targets.")};
    return {};
}

} // namespace

SlaSettings::SlaSettings(Database &db) : m_db(db) {}

bool SlaSettings::canEdit(const Actor &actor)
{
    return permission::allows(actor.role, Permission::EditSettings);
}

Status SlaSettings::checkHours(int weekday, const std::optional<DayHours> &hours)
{
    if (weekday < 1 || weekday > 7)
        return Error{Tr::tr("There is no weekday %1.").arg(weekday)};
    if (hours && !BusinessCalendar().setHours(weekday, hours))
        return Error{Tr::tr("%1: the opening time must be before the closing time, within one day.")
                         .arg(QLocale().dayName(weekday))};
    return {};
}

Status SlaSettings::checkPolicy(const SlaPolicy &policy)
{
    const QString priority = ticketpriority::displayName(policy.priority);
    if (policy.firstResponseMinutes <= 0 || policy.resolutionMinutes <= 0)
        return Error{Tr::tr("%1: SLA targets must be at least one minute.").arg(priority)};
    if (policy.firstResponseMinutes > policy.resolutionMinutes)
        return Error{Tr::tr("%1: the first-response target cannot be longer than the resolution target.")
                         .arg(priority)};
    return {};
}

Status SlaSettings::checkHoliday(const Holiday &holiday)
{
    if (!holiday.day.isValid())
        return Error{Tr::tr("Choose the date of the holiday.")};
    if (holiday.name.trimmed().isEmpty())
        return Error{Tr::tr("Give the holiday on %1 a name.")
                         .arg(QLocale().toString(holiday.day, QLocale::LongFormat))};
    return {};
}

Status SlaSettings::checkHolidays(const QList<Holiday> &holidays)
{
    QHash<QDate, QString> seen;
    for (const Holiday &holiday : holidays) {
        if (auto status = checkHoliday(holiday); !status)
            return status;
        if (const auto other = seen.constFind(holiday.day); other != seen.constEnd())
            return Error{Tr::tr("There is already a holiday on %1: %2.")
                             .arg(QLocale().toString(holiday.day, QLocale::LongFormat), *other)};
        seen.insert(holiday.day, holiday.name.trimmed());
    }
    return {};
}

Result<BusinessCalendar> SlaSettings::calendar() const
{
    BusinessCalendar calendar;
    for (int day = 1; day <= 7; ++day)
        calendar.setHours(day, std::nullopt);
    DbQuery q(m_db, QStringLiteral("SELECT weekday, open_minute, close_minute FROM business_hours"));
    if (!q.exec())
        return q.error();
    while (q.next())
        calendar.setHours(int(q.int64(0)), DayHours{int(q.int64(1)), int(q.int64(2))});

    auto days = holidays();
    if (!days)
        return Error{days.error()};
    QList<QDate> dates;
    for (const Holiday &h : days.value())
        dates.append(h.day);
    calendar.setHolidays(dates);

    auto zone = timeZone();
    if (!zone)
        return Error{zone.error()};
    // Indonesian zones have no daylight saving: the offset of today holds all year.
    calendar.setUtcOffsetSeconds(zone->offsetFromUtc(QDateTime::currentDateTimeUtc()));
    return calendar;
}

Result<QTimeZone> SlaSettings::timeZone() const
{
    DbQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'business_time_zone'"));
    if (!q.exec())
        return q.error();
    if (q.next()) {
        const QTimeZone stored(q.text(0).toUtf8());
        if (stored.isValid())
            return stored;
    }
    return businesstime::defaultZone();
}

Result<QList<Holiday>> SlaSettings::holidays() const
{
    DbQuery q(m_db, QStringLiteral("SELECT day, name FROM holidays ORDER BY day"));
    if (!q.exec())
        return q.error();
    QList<Holiday> list;
    while (q.next())
        list.append({QDate::fromString(q.text(0), Qt::ISODate), q.text(1)});
    return list;
}

Result<QList<SlaPolicy>> SlaSettings::policies() const
{
    QList<SlaPolicy> list;
    for (TicketPriority p : ticketpriority::all) {
        auto one = policy(p);
        if (!one)
            return Error{one.error()};
        list.append(one.value());
    }
    return list;
}

Result<SlaPolicy> SlaSettings::policy(TicketPriority priority) const
{
    DbQuery q(m_db, QStringLiteral("SELECT first_response_minutes, resolution_minutes FROM sla_policies "
                                   "WHERE priority = ?"));
    q.bind(ticketpriority::code(priority));
    if (!q.exec())
        return q.error();
    if (!q.next())
        return Error{
            Tr::tr("There is no SLA target for priority “%1”.").arg(ticketpriority::displayName(priority))};
    return SlaPolicy{priority, q.int64(0), q.int64(1)};
}

Status SlaSettings::setPolicy(const SlaPolicy &policy, const Actor &actor)
{
    if (auto status = ownerOnly(actor); !status)
        return status;
    if (auto status = checkPolicy(policy); !status)
        return status;
    DbQuery q(m_db,
              QStringLiteral("UPDATE sla_policies SET first_response_minutes = ?, resolution_minutes = ? "
                             "WHERE priority = ?"));
    q.bind(policy.firstResponseMinutes)
        .bind(policy.resolutionMinutes)
        .bind(ticketpriority::code(policy.priority));
    return execWrite(m_db, q, actor,
                     QStringLiteral("SLA %1: %2 / %3 min")
                         .arg(ticketpriority::code(policy.priority))
                         .arg(policy.firstResponseMinutes)
                         .arg(policy.resolutionMinutes));
}

Status SlaSettings::setHours(int weekday, std::optional<DayHours> hours, const Actor &actor)
{
    if (auto status = ownerOnly(actor); !status)
        return status;
    if (auto status = checkHours(weekday, hours); !status)
        return status;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    DbQuery q(m_db, QStringLiteral("DELETE FROM business_hours WHERE weekday = ?"));
    q.bind(weekday);
    if (!q.exec())
        return q.error();
    if (hours) {
        q.prepare(QStringLiteral(
            "INSERT INTO business_hours (weekday, open_minute, close_minute) VALUES (?, ?, ?)"));
        q.bind(weekday).bind(hours->openMinute).bind(hours->closeMinute);
        if (!q.exec())
            return q.error();
    }
    if (Status status =
            AuditLog(m_db).append(actor, QStringLiteral("update"), QStringLiteral("settings"), std::nullopt,
                                  hours ? QStringLiteral("hours of day %1: %2–%3")
                                              .arg(weekday)
                                              .arg(hours->openMinute)
                                              .arg(hours->closeMinute)
                                        : QStringLiteral("day %1 closed").arg(weekday));
        !status)
        return status;
    return tx.commit();
}

Status SlaSettings::setHoliday(const Holiday &holiday, const Actor &actor)
{
    if (auto status = ownerOnly(actor); !status)
        return status;
    if (auto status = checkHoliday(holiday); !status)
        return status;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    DbQuery q(m_db, QStringLiteral("DELETE FROM holidays WHERE day = ?"));
    q.bind(holiday.day.toString(Qt::ISODate));
    if (!q.exec())
        return q.error();
    q.prepare(QStringLiteral("INSERT INTO holidays (day, name) VALUES (?, ?)"));
    q.bind(holiday.day.toString(Qt::ISODate)).bind(holiday.name.trimmed());
    if (!q.exec())
        return q.error();
    if (Status status = AuditLog(m_db).append(
            actor, QStringLiteral("update"), QStringLiteral("settings"), std::nullopt,
            QStringLiteral("holiday %1 %2").arg(holiday.day.toString(Qt::ISODate), holiday.name.trimmed()));
        !status)
        return status;
    return tx.commit();
}

Status SlaSettings::removeHoliday(QDate day, const Actor &actor)
{
    if (auto status = ownerOnly(actor); !status)
        return status;
    DbQuery q(m_db, QStringLiteral("DELETE FROM holidays WHERE day = ?"));
    q.bind(day.toString(Qt::ISODate));
    return execWrite(m_db, q, actor, QStringLiteral("holiday %1 removed").arg(day.toString(Qt::ISODate)));
}

} // namespace rapi

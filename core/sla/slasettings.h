#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "sla/businesscalendar.h"
#include "tickets/ticketenums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace rapi {

class Database;

// SLA targets of one priority, in business minutes.
struct SlaPolicy
{
    TicketPriority priority = TicketPriority::Normal;
    qint64 firstResponseMinutes = 0;
    qint64 resolutionMinutes = 0;
};

struct Holiday
{
    QDate day;
    QString name;
};

// The editable SLA settings: business hours per weekday, the holiday list, the targets per
// priority, and the business time zone (setting `business_time_zone`, Asia/Jakarta).
// Only the owner changes them; the checks are public so an editor can show a refusal before
// anything is written.
class SlaSettings final
{
public:
    explicit SlaSettings(Database &db);

    // The calendar built from the stored hours, holidays and zone.
    Result<BusinessCalendar> calendar() const;
    Result<QList<Holiday>> holidays() const;
    Result<QList<SlaPolicy>> policies() const;
    Result<SlaPolicy> policy(TicketPriority priority) const;
    // The business time zone: the setting `business_time_zone`, or Asia/Jakarta.
    Result<QTimeZone> timeZone() const;

    Status setPolicy(const SlaPolicy &policy, const Actor &actor);
    // No hours = closed that weekday (1 = Monday … 7 = Sunday).
    Status setHours(int weekday, std::optional<DayHours> hours, const Actor &actor);
    // Adds a holiday or renames an existing one.
    Status setHoliday(const Holiday &holiday, const Actor &actor);
    Status removeHoliday(QDate day, const Actor &actor);

    static bool canEdit(const Actor &actor);
    // The checks the setters apply, with messages that name the weekday, priority or date.
    static Status checkHours(int weekday, const std::optional<DayHours> &hours);
    static Status checkPolicy(const SlaPolicy &policy);
    static Status checkHoliday(const Holiday &holiday);
    // Every holiday valid and no date twice.
    static Status checkHolidays(const QList<Holiday> &holidays);

private:
    Database &m_db;
};

} // namespace rapi

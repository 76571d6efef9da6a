#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "sla/businesscalendar.h"
#include "tickets/ticketenums.h"

#include <QDate>
#include <QList>
#include <QString>

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
class SlaSettings final
{
public:
    explicit SlaSettings(Database &db);

    // The calendar built from the stored hours, holidays and zone.
    Result<BusinessCalendar> calendar() const;
    Result<QList<Holiday>> holidays() const;
    Result<QList<SlaPolicy>> policies() const;
    Result<SlaPolicy> policy(TicketPriority priority) const;

    Status setPolicy(const SlaPolicy &policy, const Actor &actor);
    // No hours = closed that weekday (1 = Monday … 7 = Sunday).
    Status setHours(int weekday, std::optional<DayHours> hours, const Actor &actor);
    // Adds a holiday or renames an existing one.
    Status setHoliday(const Holiday &holiday, const Actor &actor);
    Status removeHoliday(QDate day, const Actor &actor);

private:
    Database &m_db;
};

} // namespace rapi

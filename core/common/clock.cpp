#include "common/clock.h"

namespace rapi {

qint64 Clock::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

Clock &Clock::system()
{
    static Clock clock;
    return clock;
}

namespace businesstime {

QTimeZone defaultZone()
{
    QTimeZone zone(QByteArrayLiteral("Asia/Jakarta"));
    // Without tzdata, Jakarta is still UTC+7 all year (no DST since 1964).
    return zone.isValid() ? zone : QTimeZone(7 * 3600);
}

qint64 startOfDay(QDate date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
}

QDate dateOf(qint64 utcSeconds, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, zone).date();
}

QDate isoWeekStart(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace businesstime
} // namespace rapi

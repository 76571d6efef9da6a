#include "common/uiformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace rapi::uiformat {

namespace {
QDateTime local(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).toLocalTime();
}
} // namespace

QString dateTime(qint64 utcSeconds)
{
    const QDateTime when = local(utcSeconds);
    const QLocale locale;
    return locale.toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(when.time(), QLocale::ShortFormat);
}

QString date(qint64 utcSeconds)
{
    return QLocale().toString(local(utcSeconds).date(), QLocale::ShortFormat);
}

QString time(qint64 utcSeconds)
{
    return QLocale().toString(local(utcSeconds).time(), QLocale::ShortFormat);
}

QString duration(qint64 seconds)
{
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    seconds = qMax<qint64>(seconds, 0);
    if (seconds >= 2 * day)
        return QCoreApplication::translate("rapi::uiformat", "%n day(s)", nullptr, int(seconds / day));
    if (seconds >= hour)
        return QCoreApplication::translate("rapi::uiformat", "%n hour(s)", nullptr, int(seconds / hour));
    // Kept out of the translate() call: lupdate's parser loops on a template argument list there.
    const int minutes = int(qMax<qint64>(1, seconds / minute));
    return QCoreApplication::translate("rapi::uiformat", "%n minute(s)", nullptr, minutes);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString signedNumber(qint64 value)
{
    if (value > 0)
        return QLatin1Char('+') + number(value);
    if (value < 0)
        return QChar(0x2212) + number(-value);
    return number(0);
}

} // namespace rapi::uiformat

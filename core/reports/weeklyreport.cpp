#include "reports/weeklyreport.h"

#include <cmath>
#include <QCoreApplication>
#include <QLocale>

namespace rapi {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::WeeklyReport)
};
} // namespace

ReportValue ReportValue::ofText(const QString &text)
{
    ReportValue v;
    v.kind = ReportValueKind::Text;
    v.text = text;
    return v;
}

ReportValue ReportValue::count(qint64 value)
{
    ReportValue v;
    v.kind = ReportValueKind::Count;
    v.integer = value;
    return v;
}

ReportValue ReportValue::money(Money value)
{
    ReportValue v;
    v.kind = ReportValueKind::Money;
    v.integer = value;
    return v;
}

ReportValue ReportValue::percent(std::optional<double> value)
{
    if (!value)
        return {};
    ReportValue v;
    v.kind = ReportValueKind::Percent;
    v.real = std::round(*value * 10.0) / 10.0;
    return v;
}

ReportValue ReportValue::duration(std::optional<qint64> seconds)
{
    if (!seconds)
        return {};
    ReportValue v;
    v.kind = ReportValueKind::Duration;
    v.integer = *seconds;
    return v;
}

ReportValue ReportValue::date(QDate date)
{
    ReportValue v;
    v.kind = ReportValueKind::Date;
    v.integer = date.toJulianDay();
    return v;
}

double ReportValue::number() const
{
    switch (kind) {
    case ReportValueKind::Count:
    case ReportValueKind::Money:
    case ReportValueKind::Duration:
        return double(integer);
    case ReportValueKind::Percent:
        return real;
    case ReportValueKind::Empty:
    case ReportValueKind::Text:
    case ReportValueKind::Date:
        break;
    }
    return 0;
}

const ReportRow *ReportSection::row(const QString &rowKey) const
{
    for (const ReportRow &r : rows)
        if (r.key == rowKey)
            return &r;
    return nullptr;
}

const ReportSection *WeeklyReport::section(const QString &key) const
{
    for (const ReportSection &s : sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

namespace reportformat {

QString plain(const ReportValue &value)
{
    switch (value.kind) {
    case ReportValueKind::Empty:
        return {};
    case ReportValueKind::Text:
        return value.text;
    case ReportValueKind::Count:
    case ReportValueKind::Duration:
        return QString::number(value.integer);
    case ReportValueKind::Money:
        return money::toMajorString(value.integer);
    case ReportValueKind::Percent:
        return QString::number(value.real, 'f', 1);
    case ReportValueKind::Date:
        return QDate::fromJulianDay(value.integer).toString(Qt::ISODate);
    }
    return {};
}

QString duration(qint64 seconds)
{
    seconds = qMax<qint64>(seconds, 0);
    if (seconds >= 86400)
        return Tr::tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
    if (seconds >= 3600)
        return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    if (seconds >= 60)
        return Tr::tr("%1 min").arg(seconds / 60);
    return Tr::tr("%1 s").arg(seconds);
}

QString display(const ReportValue &value)
{
    const QLocale locale;
    switch (value.kind) {
    case ReportValueKind::Empty:
        return QStringLiteral("–");
    case ReportValueKind::Text:
        return value.text;
    case ReportValueKind::Count:
        return locale.toString(value.integer);
    case ReportValueKind::Duration:
        return duration(value.integer);
    case ReportValueKind::Money:
        return money::format(value.integer);
    case ReportValueKind::Percent:
        return locale.toString(value.real, 'f', 1) + QStringLiteral(" %");
    case ReportValueKind::Date:
        return locale.toString(QDate::fromJulianDay(value.integer), QStringLiteral("ddd d MMM"));
    }
    return {};
}

QString change(const ReportValue &value)
{
    if (value.kind != ReportValueKind::Percent)
        return display(value);
    const QString sign = value.real > 0   ? QStringLiteral("+")
                         : value.real < 0 ? QStringLiteral("−")
                                          : QString();
    return sign + QLocale().toString(std::abs(value.real), 'f', 1) + QStringLiteral(" %");
}

} // namespace reportformat

} // namespace rapi

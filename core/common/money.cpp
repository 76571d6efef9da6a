#include "common/money.h"

#include <QCoreApplication>

#include <limits>

namespace rapi::money {

namespace {
constexpr Money kMinorPerMajor = 100;

QString groupThousands(quint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, QLatin1Char('.'));
    return digits;
}
} // namespace

Result<Money> parseMajor(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    auto invalid = [&] {
        return Error{QCoreApplication::translate("rapi::money", "“%1” is not an amount (use digits and "
                                                                "an optional '.' with up to two decimals)")
                         .arg(trimmed.toString())};
    };
    if (trimmed.isEmpty())
        return invalid();

    qsizetype pos = 0;
    bool negative = false;
    if (trimmed.front() == QLatin1Char('-') || trimmed.front() == QLatin1Char('+')) {
        negative = trimmed.front() == QLatin1Char('-');
        ++pos;
    }
    quint64 major = 0;
    int majorDigits = 0;
    int minor = 0;
    int minorDigits = 0;
    bool inFraction = false;
    constexpr quint64 limit = std::numeric_limits<qint64>::max() / kMinorPerMajor - 1;
    for (; pos < trimmed.size(); ++pos) {
        const QChar c = trimmed.at(pos);
        if (c == QLatin1Char('.') && !inFraction) {
            inFraction = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > '9')
            return invalid();
        const int digit = c.unicode() - '0';
        if (inFraction) {
            if (++minorDigits > 2)
                return invalid();
            minor = minor * 10 + digit;
        } else {
            ++majorDigits;
            major = major * 10 + quint64(digit);
            if (major > limit)
                return Error{QCoreApplication::translate("rapi::money", "“%1” is too large an amount")
                                 .arg(trimmed.toString())};
        }
    }
    if (majorDigits == 0 && minorDigits == 0)
        return invalid();
    if (minorDigits == 1)
        minor *= 10;
    const Money value = Money(major) * kMinorPerMajor + minor;
    return negative ? -value : value;
}

QString format(Money minorUnits)
{
    const bool negative = minorUnits < 0;
    const quint64 abs = negative ? quint64(-(minorUnits + 1)) + 1 : quint64(minorUnits);
    QString text = QStringLiteral("Rp ") + groupThousands(abs / kMinorPerMajor);
    if (const quint64 cents = abs % kMinorPerMajor; cents != 0)
        text += QLatin1Char(',') + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString toMajorString(Money minorUnits)
{
    const bool negative = minorUnits < 0;
    const quint64 abs = negative ? quint64(-(minorUnits + 1)) + 1 : quint64(minorUnits);
    QString text = QString::number(abs / kMinorPerMajor);
    if (const quint64 cents = abs % kMinorPerMajor; cents != 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace rapi::money

#pragma once

#include "common/result.h"

#include <QString>

namespace rapi {

// Money is always an integer number of ISO 4217 minor units (IDR has two), never floating point.
using Money = qint64;

namespace money {

// Parses a decimal amount in major units ("125000", "1250000.50", "-3.5") exactly into minor
// units. Only '.' is a decimal separator; at most two decimals; no grouping characters.
Result<Money> parseMajor(QStringView text);

// "Rp 1.250.000" or "Rp 1.250.000,50" (decimals only when not zero); negative as "-Rp 5.000".
QString format(Money minorUnits);

// The plain major-unit decimal for files: "1250000" or "1250000.50".
QString toMajorString(Money minorUnits);

} // namespace money
} // namespace rapi

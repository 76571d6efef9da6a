#pragma once

#include "common/result.h"

#include <QString>

namespace rapi {

struct WeeklyReport;

// The weekly report as files (docs/cli.md gives the CSV layout, docs/reports.md the decisions).
// A failed write leaves no partial file at `path` and says why.
namespace reportwriter {

// One line per cell: section,row,column,value — money in rupiah ("1250000.50"), percentages
// with one decimal, durations in seconds, so a script reads the same figures as
// `rapi-cli kpi --json` (which gives money in cents).
Status writeCsv(const WeeklyReport &report, const QString &path);
QByteArray csv(const WeeklyReport &report);

// A workbook with a cover sheet and one sheet per section; numbers are numbers (money in
// rupiah with a "Rp" format, percentages as fractions with a % format, durations as days with
// an [h]:mm format) and the days and trend sheets carry native charts.
Status writeXlsx(const WeeklyReport &report, const QString &path);

} // namespace reportwriter

} // namespace rapi

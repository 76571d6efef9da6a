#pragma once

#include <QRectF>

class QPainter;

namespace rapi {

struct WeeklyReport;

// The weekly report's charts, painted with QPainter in the page space of WeeklyReportPages
// (half points, pixel-sized fonts): clean flat bars that stay readable in black-and-white print.
namespace reportcharts {

// Days: orders and gross sales per day by channel (stacked bars, side by side).
enum Chart { Days, TimeInStage, WeeklyTrend };

// The height a chart takes in the page flow (its width is the page's text width).
double height(Chart chart);
void paint(QPainter &painter, Chart chart, const WeeklyReport &report, const QRectF &rect);

} // namespace reportcharts

} // namespace rapi

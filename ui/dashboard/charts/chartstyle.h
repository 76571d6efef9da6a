#pragma once

class QAbstractAxis;
class QAbstractButton;
class QChart;

namespace rapi::chartstyle {

// The dashboard's one chart look: white, no title bar or margins to speak of, muted axes.
QChart *newChart();
void styleAxis(QAbstractAxis *axis);
void showLegend(QChart *chart);
// A round value above `value` for an axis top (at least 1): 4 → 5, 1234 → 1500.
double niceTop(double value);
// A checkable flat button that looks like one segment of a switch.
void makeSegment(QAbstractButton *button);

} // namespace rapi::chartstyle

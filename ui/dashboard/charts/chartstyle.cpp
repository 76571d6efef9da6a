#include "dashboard/charts/chartstyle.h"

#include "common/theme.h"

#include <cmath>
#include <QAbstractAxis>
#include <QAbstractButton>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>

namespace rapi::chartstyle {

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers as the person reads them: "2,5" in Indonesian.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    return chart;
}

void styleAxis(QAbstractAxis *axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    axis->setLabelsColor(theme::mutedText());
    axis->setLinePenColor(QColor(0xd0, 0xd4, 0xda));
    axis->setGridLineColor(QColor(0xee, 0xf0, 0xf3));
}

void showLegend(QChart *chart)
{
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    chart->legend()->setFont(font);
    chart->legend()->setLabelColor(QColor(0x37, 0x41, 0x51));
}

double niceTop(double value)
{
    if (value <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

void makeSegment(QAbstractButton *button)
{
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral(
        "QPushButton { border: 1px solid #d0d4da; padding: 3px 12px; background: white; color: #374151; }"
        "QPushButton:checked { background: #1f6fd1; color: white; border-color: #1f6fd1; }"));
}

} // namespace rapi::chartstyle

#include "reports/reportcharts.h"

#include "reports/reportstyle.h"
#include "reports/weeklyreport.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace rapi::reportcharts {

namespace {

using namespace reportstyle;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::WeeklyReportPages)
};

// A round axis maximum and its step: 1, 2, 2.5 or 5 × 10^n, four or five steps.
std::pair<double, double> niceScale(double maximum)
{
    if (maximum <= 0)
        return {1, 0.25};
    const double rough = maximum / 4;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * power >= rough) {
            step = m * power;
            break;
        }
    return {std::ceil(maximum / step) * step, step};
}

// Rupiah on an axis: "Rp 12 jt"-style compact amounts (the unit text is translated).
QString compactMoney(double rupiah)
{
    const QLocale locale;
    if (std::abs(rupiah) >= 1e9)
        return Tr::tr("Rp %1 bn").arg(locale.toString(rupiah / 1e9, 'g', 3));
    if (std::abs(rupiah) >= 1e6)
        return Tr::tr("Rp %1 M").arg(locale.toString(rupiah / 1e6, 'g', 3));
    if (std::abs(rupiah) >= 1e3)
        return Tr::tr("Rp %1 k").arg(locale.toString(rupiah / 1e3, 'g', 3));
    return QStringLiteral("Rp %1").arg(locale.toString(rupiah, 'f', 0));
}

void caption(QPainter &p, const QRectF &rect, const QString &title)
{
    p.setPen(ink());
    p.setFont(font(18, true));
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 28), Qt::AlignLeft | Qt::AlignVCenter, title);
}

// The value axis on the left with grid lines; returns the plot area right of the labels.
QRectF valueAxis(QPainter &p, const QRectF &area, double maximum, double step,
                 const std::function<QString(double)> &label)
{
    p.setFont(font(14));
    const QFontMetricsF metrics(p.font());
    double labelWidth = 0;
    for (double v = 0; v <= maximum + step / 2; v += step)
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(label(v)));
    const QRectF plot = area.adjusted(labelWidth + 10, 0, 0, 0);
    for (double v = 0; v <= maximum + step / 2; v += step) {
        const double y = plot.bottom() - plot.height() * v / maximum;
        p.setPen(QPen(v == 0 ? muted() : rule(), v == 0 ? 1.2 : 0.8));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(muted());
        p.drawText(QRectF(area.left(), y - 10, labelWidth, 20), Qt::AlignRight | Qt::AlignVCenter, label(v));
    }
    return plot;
}

void legend(QPainter &p, const QPointF &at, const QStringList &names, const QList<QColor> &colours)
{
    p.setFont(font(14));
    const QFontMetricsF metrics(p.font());
    double x = at.x();
    for (int i = 0; i < names.size(); ++i) {
        p.setPen(Qt::NoPen);
        p.setBrush(colours.at(i));
        p.drawRect(QRectF(x, at.y() + 4, 14, 14));
        p.setPen(ink());
        p.drawText(QRectF(x + 20, at.y(), metrics.horizontalAdvance(names.at(i)) + 4, 22),
                   Qt::AlignLeft | Qt::AlignVCenter, names.at(i));
        x += 20 + metrics.horizontalAdvance(names.at(i)) + 22;
    }
}

// Stacked bars, one per day, one segment per channel.
void stackedDays(QPainter &p, const QRectF &rect, const WeeklyReport &r, bool money, const QString &title)
{
    caption(p, rect, title);
    double maximum = 0;
    for (const ReportChannelDay &day : r.days) {
        double total = 0;
        for (int c = 0; c < r.channels.size(); ++c)
            total += money ? day.grossSales.value(c) / 100.0 : double(day.orders.value(c));
        maximum = qMax(maximum, total);
    }
    const auto [top, step] = niceScale(maximum);
    const QLocale locale;
    const QRectF area = rect.adjusted(0, 44, -6, -34);
    const QRectF plot = valueAxis(p, area, top, step, [&](double v) {
        return money ? compactMoney(v) : locale.toString(v, 'f', step < 1 ? 1 : 0);
    });
    const double slot = plot.width() / qMax<qsizetype>(1, r.days.size());
    for (int d = 0; d < r.days.size(); ++d) {
        const ReportChannelDay &day = r.days.at(d);
        const QRectF column(plot.left() + d * slot + slot * 0.2, plot.top(), slot * 0.6, plot.height());
        double base = 0;
        for (int c = 0; c < r.channels.size(); ++c) {
            const double v = money ? day.grossSales.value(c) / 100.0 : double(day.orders.value(c));
            if (v <= 0)
                continue;
            const double y0 = plot.bottom() - plot.height() * base / top;
            const double y1 = plot.bottom() - plot.height() * (base + v) / top;
            p.setPen(QPen(Qt::white, 1));
            p.setBrush(series(c));
            p.drawRect(QRectF(column.left(), y1, column.width(), y0 - y1));
            base += v;
        }
        p.setPen(muted());
        p.setFont(font(14));
        p.drawText(QRectF(plot.left() + d * slot, plot.bottom() + 4, slot, 22), Qt::AlignCenter,
                   locale.toString(day.date, QStringLiteral("ddd d")));
    }
}

void days(QPainter &p, const WeeklyReport &r, const QRectF &rect)
{
    const double gap = 40;
    const double half = (rect.width() - gap) / 2;
    const QRectF chartsArea = rect.adjusted(0, 0, 0, -30);
    stackedDays(p, QRectF(chartsArea.left(), chartsArea.top(), half, chartsArea.height()), r, false,
                Tr::tr("Orders per day"));
    stackedDays(p, QRectF(chartsArea.left() + half + gap, chartsArea.top(), half, chartsArea.height()), r,
                true, Tr::tr("Gross sales per day"));
    QList<QColor> colours;
    for (int c = 0; c < r.channels.size(); ++c)
        colours.append(series(c));
    legend(p, QPointF(rect.left(), rect.bottom() - 24), r.channels, colours);
}

void timeInStage(QPainter &p, const WeeklyReport &r, const QRectF &rect)
{
    caption(p, rect, Tr::tr("Median time in stage (hours)"));
    double maximum = 0;
    for (const ReportStageTime &s : r.stageTimes)
        maximum = std::max({maximum, s.medianCurrent.value_or(0) / 3600.0,
                            s.medianPrevious.value_or(0) / 3600.0, s.stuckAfter.value_or(0) / 3600.0});
    const auto [top, step] = niceScale(maximum);
    p.setFont(font(15));
    const QFontMetricsF metrics(p.font());
    double labelWidth = 0;
    for (const ReportStageTime &s : r.stageTimes)
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(s.stage));
    const QRectF plot = rect.adjusted(labelWidth + 16, 44, -10, -56);
    const QLocale locale;
    for (double v = 0; v <= top + step / 2; v += step) {
        const double x = plot.left() + plot.width() * v / top;
        p.setPen(QPen(v == 0 ? muted() : rule(), v == 0 ? 1.2 : 0.8));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(muted());
        p.setFont(font(14));
        p.drawText(QRectF(x - 40, plot.bottom() + 4, 80, 20), Qt::AlignCenter,
                   locale.toString(v, 'f', step < 1 ? 1 : 0));
    }
    const double slot = plot.height() / qMax<qsizetype>(1, r.stageTimes.size());
    for (int i = 0; i < r.stageTimes.size(); ++i) {
        const ReportStageTime &s = r.stageTimes.at(i);
        const double y = plot.top() + i * slot;
        p.setPen(ink());
        p.setFont(font(15));
        p.drawText(QRectF(rect.left(), y, labelWidth, slot), Qt::AlignRight | Qt::AlignVCenter, s.stage);
        const double bar = slot * 0.3;
        const auto drawBar = [&](const std::optional<qint64> &seconds, double top0, const QColor &colour) {
            if (!seconds)
                return;
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawRect(QRectF(plot.left(), top0, plot.width() * (*seconds / 3600.0) / top, bar));
        };
        drawBar(s.medianCurrent, y + slot * 0.18, accent());
        drawBar(s.medianPrevious, y + slot * 0.18 + bar + 2, accentLight());
        if (s.stuckAfter) { // the stuck threshold as a short red tick
            const double x = plot.left() + plot.width() * (*s.stuckAfter / 3600.0) / top;
            p.setPen(QPen(bad(), 2.5));
            p.drawLine(QPointF(x, y + slot * 0.1), QPointF(x, y + slot * 0.9));
        }
    }
    legend(p, QPointF(plot.left(), rect.bottom() - 24),
           {Tr::tr("This week"), Tr::tr("Previous week"), Tr::tr("Stuck threshold")},
           {accent(), accentLight(), bad()});
}

void weeklyTrend(QPainter &p, const WeeklyReport &r, const QRectF &rect)
{
    caption(p, rect, Tr::tr("Gross sales per week; the number of orders above each bar"));
    double maximum = 0;
    for (const ReportWeek &w : r.trend)
        maximum = qMax(maximum, w.grossSales / 100.0);
    const auto [top, step] = niceScale(maximum);
    const QRectF area = rect.adjusted(0, 44, -6, -30);
    const QRectF plot = valueAxis(p, area, top, step, compactMoney);
    const double slot = plot.width() / qMax<qsizetype>(1, r.trend.size());
    const QLocale locale;
    for (int i = 0; i < r.trend.size(); ++i) {
        const ReportWeek &w = r.trend.at(i);
        const double h = plot.height() * (w.grossSales / 100.0) / top;
        const QRectF bar(plot.left() + i * slot + slot * 0.22, plot.bottom() - h, slot * 0.56, h);
        p.setPen(Qt::NoPen);
        p.setBrush(w.label == r.weekLabel ? accent() : accentLight());
        p.drawRect(bar);
        p.setPen(ink());
        p.setFont(font(14));
        p.drawText(QRectF(bar.left() - 20, bar.top() - 24, bar.width() + 40, 22), Qt::AlignCenter,
                   locale.toString(w.ordersIn));
        p.setPen(w.label == r.weekLabel ? ink() : muted());
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, 22), Qt::AlignCenter, w.label);
    }
}

} // namespace

double height(Chart chart)
{
    switch (chart) {
    case Days:
        return 400;
    case TimeInStage:
        return 380;
    case WeeklyTrend:
        return 380;
    }
    return 360;
}

void paint(QPainter &painter, Chart chart, const WeeklyReport &report, const QRectF &rect)
{
    painter.save();
    switch (chart) {
    case Days:
        days(painter, report, rect);
        break;
    case TimeInStage:
        timeInStage(painter, report, rect);
        break;
    case WeeklyTrend:
        weeklyTrend(painter, report, rect);
        break;
    }
    painter.restore();
}

} // namespace rapi::reportcharts

#include "dashboard/charts/trendchart.h"

#include "common/theme.h"
#include "common/uiformat.h"
#include "dashboard/charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace rapi {

namespace {

constexpr TrendChart::Metric metrics[] = {TrendChart::Metric::SlaBreaches, TrendChart::Metric::Fcr,
                                          TrendChart::Metric::Aht, TrendChart::Metric::Csat};

QString titleOf(TrendChart::Metric metric)
{
    switch (metric) {
    case TrendChart::Metric::SlaBreaches:
        return TrendChart::tr("SLA breaches");
    case TrendChart::Metric::Fcr:
        return TrendChart::tr("First contact resolution");
    case TrendChart::Metric::Aht:
        return TrendChart::tr("Average handle time");
    case TrendChart::Metric::Csat:
        return TrendChart::tr("Customer satisfaction");
    }
    return {};
}

QColor colorOf(TrendChart::Metric metric)
{
    switch (metric) {
    case TrendChart::Metric::SlaBreaches:
        return theme::criticalText();
    case TrendChart::Metric::Fcr:
        return QColor(0x1f, 0x6f, 0xd1);
    case TrendChart::Metric::Aht:
        return QColor(0x8b, 0x5c, 0xf6);
    case TrendChart::Metric::Csat:
        return theme::positiveText();
    }
    return {};
}

std::optional<double> valueOf(TrendChart::Metric metric, const TicketPeriodKpis &k)
{
    switch (metric) {
    case TrendChart::Metric::SlaBreaches:
        return double(k.slaFirstResponseBreaches + k.slaResolutionBreaches);
    case TrendChart::Metric::Fcr:
        return k.fcrPercent;
    case TrendChart::Metric::Aht:
        return k.ahtSeconds ? std::optional<double>(double(*k.ahtSeconds) / 60.0) : std::nullopt;
    case TrendChart::Metric::Csat:
        return k.csatPercent;
    }
    return std::nullopt;
}

QString textOf(TrendChart::Metric metric, std::optional<double> value)
{
    if (!value)
        return QStringLiteral("—");
    switch (metric) {
    case TrendChart::Metric::SlaBreaches:
        return uiformat::number(qint64(*value));
    case TrendChart::Metric::Aht:
        return uiformat::duration(qint64(*value * 60));
    case TrendChart::Metric::Fcr:
    case TrendChart::Metric::Csat:
        return QLocale().toString(*value, 'f', 1) + QLatin1Char('%');
    }
    return {};
}

} // namespace

TrendChart::TrendChart(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    for (Metric metric : metrics) {
        const int i = int(metric);
        auto *title = new QLabel(titleOf(metric), this);
        theme::makeMuted(title);
        auto *latest = new QLabel(this);
        latest->setObjectName(QStringLiteral("trendLatest%1").arg(i));
        latest->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = latest->font();
        bold.setBold(true);
        latest->setFont(bold);
        auto *view = new QChartView(this);
        view->setObjectName(QStringLiteral("trendChart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(120);
        view->setChart(chartstyle::newChart());
        const int row = (i / 2) * 2;
        const int column = (i % 2) * 2;
        grid->addWidget(title, row, column);
        grid->addWidget(latest, row, column + 1);
        grid->addWidget(view, row + 1, column, 1, 2);
        m_views.append(view);
        m_latest.append(latest);
    }
}

QList<std::optional<double>> TrendChart::values(Metric metric) const
{
    QList<std::optional<double>> list;
    for (const WeekTrend &week : m_weeks)
        list.append(valueOf(metric, week.tickets));
    return list;
}

void TrendChart::setWeeks(const QList<WeekTrend> &weeks)
{
    m_weeks = weeks;
    for (Metric metric : metrics)
        rebuild(metric);
}

void TrendChart::rebuild(Metric metric)
{
    const QList<std::optional<double>> points = values(metric);
    auto *chart = chartstyle::newChart();
    auto *line = new QLineSeries(chart);
    auto *dots = new QScatterSeries(chart);
    QPen pen(colorOf(metric));
    pen.setWidthF(2.2);
    line->setPen(pen);
    dots->setColor(colorOf(metric));
    dots->setBorderColor(Qt::white);
    dots->setMarkerSize(8);
    double top = 0;
    for (int i = 0; i < points.size(); ++i) {
        if (!points.at(i))
            continue;
        line->append(i, *points.at(i));
        dots->append(i, *points.at(i));
        top = qMax(top, *points.at(i));
    }
    chart->addSeries(line);
    chart->addSeries(dots);
    // One category per week: the points sit on them (a line over a category axis uses the index).
    auto *x = new QBarCategoryAxis(chart);
    for (const WeekTrend &week : std::as_const(m_weeks))
        x->append(QString::number(week.week.from.weekNumber()));
    chartstyle::styleAxis(x);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    x->setLabelsFont(small);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis(chart);
    chartstyle::styleAxis(y);
    const bool percent = metric == Metric::Fcr || metric == Metric::Csat;
    y->setRange(0, percent ? 100 : chartstyle::niceTop(top));
    y->setTickCount(2); // 0 and the top: a sparkline, not a spreadsheet
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(dots)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    connect(dots, &QScatterSeries::clicked, this, [this, metric](const QPointF &point) {
        const int index = qRound(point.x());
        if (index >= 0 && index < m_weeks.size())
            emit weekClicked(metric, m_weeks.at(index).week);
    });
    QChartView *view = m_views.at(int(metric));
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    m_latest.at(int(metric))->setText(points.isEmpty() ? QString() : textOf(metric, points.last()));
}

} // namespace rapi

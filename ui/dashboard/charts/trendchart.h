#pragma once

#include "kpi/dashboardservice.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace rapi {

// The weekly trend of the ticket KPIs (SLA breaches, FCR, AHT, CSAT) over the dashboard's eight
// ISO weeks: four small line charts. Clicking a week's point opens the tickets behind it.
class TrendChart final : public QWidget
{
    Q_OBJECT

public:
    enum class Metric { SlaBreaches, Fcr, Aht, Csat };

    explicit TrendChart(QWidget *parent = nullptr);

    void setWeeks(const QList<WeekTrend> &weeks);
    QChartView *view(Metric metric) const { return m_views.at(int(metric)); }
    // The values plotted for a metric, oldest week first (empty weeks are gaps, not zeros).
    QList<std::optional<double>> values(Metric metric) const;

signals:
    void weekClicked(rapi::TrendChart::Metric metric, const rapi::Period &week);

private:
    void rebuild(Metric metric);

    QList<QChartView *> m_views;
    QList<QLabel *> m_latest;
    QList<WeekTrend> m_weeks;
};

} // namespace rapi

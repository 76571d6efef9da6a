#pragma once

#include "kpi/dashboardservice.h"

#include <QWidget>

class QChartView;
class QButtonGroup;

namespace rapi {

// Orders or gross sales per day of the period, stacked by channel (QtCharts). Clicking a
// channel's part of a day's bar opens that channel's orders of that day.
class ChannelDayChart final : public QWidget
{
    Q_OBJECT

public:
    enum class Measure { Orders, GrossSales };

    explicit ChannelDayChart(QWidget *parent = nullptr);

    void setData(const QList<Channel> &channels, const QList<OrderDayFigures> &days);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    QChartView *view() const { return m_view; }
    // The channel codes in stacking order and the dates of the bars, as shown.
    QStringList channelCodes() const;
    QList<QDate> dates() const;

signals:
    void channelDayClicked(const QString &channelCode, QDate date);

private:
    void rebuild();

    QChartView *m_view;
    QButtonGroup *m_measureButtons;
    Measure m_measure = Measure::GrossSales;
    QList<Channel> m_channels;
    QList<OrderDayFigures> m_days;
};

// The colour of a channel on every dashboard chart, by its position.
QColor channelColor(int index);

} // namespace rapi

#include "dashboard/charts/channeldaychart.h"

#include "common/theme.h"
#include "dashboard/charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace rapi {

QColor channelColor(int index)
{
    static const QColor colors[] = {QColor(0xee, 0x4d, 0x2d), QColor(0x2b, 0x2b, 0x2b),
                                    QColor(0x42, 0xb5, 0x49), QColor(0x25, 0xd3, 0x66),
                                    QColor(0x1f, 0x6f, 0xd1), QColor(0x8b, 0x5c, 0xf6),
                                    QColor(0xf5, 0x9e, 0x0b), QColor(0x0f, 0x76, 0x6e)};
    return colors[index % int(std::size(colors))];
}

ChannelDayChart::ChannelDayChart(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_measureButtons(new QButtonGroup(this))
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    auto *switcher = new QHBoxLayout;
    switcher->setSpacing(0);
    switcher->addStretch();
    const std::pair<Measure, QString> measures[] = {{Measure::GrossSales, tr("Gross sales")},
                                                    {Measure::Orders, tr("Orders")}};
    for (const auto &[measure, text] : measures) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(measure == Measure::Orders ? QStringLiteral("measureOrders")
                                                         : QStringLiteral("measureSales"));
        button->setCheckable(true);
        button->setChecked(measure == m_measure);
        button->setFlat(true);
        chartstyle::makeSegment(button);
        m_measureButtons->addButton(button, int(measure));
        switcher->addWidget(button);
    }
    v->addLayout(switcher);
    m_view->setObjectName(QStringLiteral("channelDayChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(250);
    v->addWidget(m_view, 1);
    connect(m_measureButtons, &QButtonGroup::idClicked, this, [this](int id) { setMeasure(Measure(id)); });
}

void ChannelDayChart::setData(const QList<Channel> &channels, const QList<OrderDayFigures> &days)
{
    m_channels = channels;
    m_days = days;
    rebuild();
}

void ChannelDayChart::setMeasure(Measure measure)
{
    m_measure = measure;
    if (QAbstractButton *button = m_measureButtons->button(int(measure)))
        button->setChecked(true);
    rebuild();
}

QStringList ChannelDayChart::channelCodes() const
{
    QStringList codes;
    for (const Channel &channel : m_channels)
        codes << channel.code;
    return codes;
}

QList<QDate> ChannelDayChart::dates() const
{
    QList<QDate> dates;
    for (const OrderDayFigures &day : m_days)
        dates << day.date;
    return dates;
}

void ChannelDayChart::rebuild()
{
    auto *chart = chartstyle::newChart();
    auto *series = new QStackedBarSeries(chart);
    const bool sales = m_measure == Measure::GrossSales;
    double top = 0;
    for (const OrderDayFigures &day : std::as_const(m_days))
        top = qMax(top, sales ? double(day.grossSales) / 100.0 : double(day.ordersIn));
    // Rupiah on the axis in thousands or millions: "12,5" under "Rp million" reads better than 12500000.
    double scale = 1;
    QString unit;
    if (sales && top >= 1e6) {
        scale = 1e6;
        unit = tr("Rp million");
    } else if (sales) {
        scale = 1e3;
        unit = tr("Rp thousand");
    }
    top /= scale;
    for (int c = 0; c < m_channels.size(); ++c) {
        const QString code = m_channels.at(c).code;
        auto *set = new QBarSet(m_channels.at(c).name, series);
        set->setColor(channelColor(c));
        set->setBorderColor(channelColor(c));
        for (const OrderDayFigures &day : std::as_const(m_days))
            *set << (sales ? double(day.grossSalesByChannel.value(code)) / 100.0 / scale
                           : double(day.ordersInByChannel.value(code)));
        connect(set, &QBarSet::clicked, this, [this, code](int index) {
            if (index >= 0 && index < m_days.size())
                emit channelDayClicked(code, m_days.at(index).date);
        });
        series->append(set);
    }
    series->setBarWidth(m_days.size() > 14 ? 0.8 : 0.6);
    chart->addSeries(series);

    QStringList categories;
    const QLocale locale;
    const bool short_ = m_days.size() > 14;
    for (const OrderDayFigures &day : std::as_const(m_days))
        categories << locale.toString(day.date, short_ ? QStringLiteral("d") : QStringLiteral("ddd d"));
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    chartstyle::styleAxis(x);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis(chart);
    chartstyle::styleAxis(y);
    y->setRange(0, chartstyle::niceTop(top));
    y->setTickCount(5);
    y->setLabelFormat(sales && chartstyle::niceTop(top) < 10 ? QStringLiteral("%.1f")
                                                             : QStringLiteral("%.0f"));
    if (!unit.isEmpty()) {
        y->setTitleText(unit);
        QFont font = y->titleFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(false);
        y->setTitleFont(font);
        y->setTitleBrush(theme::mutedText());
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chartstyle::showLegend(chart);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace rapi

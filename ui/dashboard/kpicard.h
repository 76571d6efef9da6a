#pragma once

#include <optional>
#include <QFrame>

class QLabel;

namespace rapi {

// One figure on the dashboard: a caption, a big value and a line of detail. A card that leads
// somewhere (the list behind the figure) is clickable and says so with its cursor.
class KpiCard final : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    // Rich text; a link in it emits linkActivated with its href.
    void setDetail(const QString &detail);
    void setClickable(bool clickable, const QString &toolTip = {});
    void setAccent(const QColor &color);
    // The line comparing with the previous period: the change in percent and what the previous
    // period had, e.g. "▲ 12.5%  last week 40". `good` colours a rise green (orders, FCR) or red
    // (SLA breaches, handle time). Without one of the two figures only the previous one is shown.
    enum class Good { WhenUp, WhenDown };
    void setComparison(std::optional<double> current, std::optional<double> previous,
                       const QString &previousText, Good good);
    void clearComparison();

    QString value() const;
    QString detail() const;
    QString comparison() const;

signals:
    void clicked();
    void linkActivated(const QString &link);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_comparison;
    bool m_clickable = false;
};

} // namespace rapi

#pragma once

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

    QString value() const;
    QString detail() const;

signals:
    void clicked();
    void linkActivated(const QString &link);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
    bool m_clickable = false;
};

} // namespace rapi

#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace rapi {

// A span of business time typed as a number and a unit (minutes or hours); SLA targets are
// kept in minutes. Whole hours are shown in hours.
class DurationEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit DurationEdit(QWidget *parent = nullptr);

    qint64 minutes() const;
    void setMinutes(qint64 minutes);

    QSpinBox *valueSpin() const { return m_value; }
    QComboBox *unitCombo() const { return m_unit; }

private:
    void convertUnit();

    QSpinBox *m_value;
    QComboBox *m_unit;
    bool m_hours = false;
};

} // namespace rapi

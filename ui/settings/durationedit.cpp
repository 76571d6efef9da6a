#include "settings/durationedit.h"

#include <algorithm>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace rapi {

namespace {
constexpr qint64 kMaxValue = 99999;
} // namespace

DurationEdit::DurationEdit(QWidget *parent)
    : QWidget(parent), m_value(new QSpinBox(this)), m_unit(new QComboBox(this))
{
    m_value->setObjectName(QStringLiteral("durationValue"));
    m_value->setRange(1, int(kMaxValue));
    m_value->setAlignment(Qt::AlignRight);
    m_value->setMinimumWidth(80);
    m_unit->setObjectName(QStringLiteral("durationUnit"));
    m_unit->addItem(tr("minutes"), false);
    m_unit->addItem(tr("hours"), true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_value);
    layout->addWidget(m_unit);
    setFocusProxy(m_value);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &DurationEdit::convertUnit);
}

qint64 DurationEdit::minutes() const
{
    return qint64(m_value->value()) * (m_hours ? 60 : 1);
}

void DurationEdit::setMinutes(qint64 minutes)
{
    const bool hours = minutes % 60 == 0;
    const QSignalBlocker blocker(m_unit);
    m_unit->setCurrentIndex(hours ? 1 : 0);
    m_hours = hours;
    m_value->setValue(int(std::clamp<qint64>(hours ? minutes / 60 : minutes, 1, kMaxValue)));
}

// Changing the unit keeps the duration (rounded to whole hours), not the number.
void DurationEdit::convertUnit()
{
    const qint64 total = minutes();
    m_hours = m_unit->currentData().toBool();
    m_value->setValue(int(std::clamp<qint64>(m_hours ? (total + 30) / 60 : total, 1, kMaxValue)));
}

} // namespace rapi

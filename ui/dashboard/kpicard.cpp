#include "dashboard/kpicard.h"

#include "common/theme.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace rapi {

KpiCard::KpiCard(const QString &caption, QWidget *parent)
    : QFrame(parent), m_caption(new QLabel(caption, this)), m_value(new QLabel(QStringLiteral("—"), this)),
      m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiCard"));
    setAccent(QColor(0xe1, 0xe4, 0xe8));
    setMinimumWidth(170);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_caption->setObjectName(QStringLiteral("kpiCaption"));
    m_caption->setWordWrap(true);
    theme::makeMuted(m_caption);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    theme::makeTitle(m_value, 12);
    m_detail->setObjectName(QStringLiteral("kpiDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    theme::makeMuted(m_detail);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    connect(m_detail, &QLabel::linkActivated, this, &KpiCard::linkActivated);
}

void KpiCard::setValue(const QString &value)
{
    m_value->setText(value);
}

void KpiCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
}

void KpiCard::setClickable(bool clickable, const QString &toolTip)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(toolTip);
}

void KpiCard::setAccent(const QColor &color)
{
    // A coloured top edge tells the cards apart without shouting.
    setStyleSheet(
        QStringLiteral("QFrame#kpiCard { background: white; border: 1px solid #e1e4e8; border-radius: 8px;"
                       " border-top: 3px solid %1; }")
            .arg(color.name()));
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::detail() const
{
    return m_detail->text();
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

} // namespace rapi

#include "dashboard/kpicard.h"

#include "common/theme.h"
#include "kpi/dashboardservice.h"

#include <cmath>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace rapi {

KpiCard::KpiCard(const QString &caption, QWidget *parent)
    : QFrame(parent), m_caption(new QLabel(caption, this)), m_value(new QLabel(QStringLiteral("—"), this)),
      m_detail(new QLabel(this)), m_comparison(new QLabel(this))
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
    m_comparison->setObjectName(QStringLiteral("kpiComparison"));
    m_comparison->setTextFormat(Qt::RichText);
    m_comparison->setWordWrap(true);
    theme::makeMuted(m_comparison);
    m_comparison->hide();
    layout->addWidget(m_comparison);
    layout->addStretch();
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

void KpiCard::setComparison(std::optional<double> current, std::optional<double> previous,
                            const QString &previousText, Good good)
{
    QString change;
    const auto changePercent =
        current && previous ? DashboardService::changePercent(*current, *previous) : std::optional<double>();
    if (!current || !previous) {
        change.clear();
    } else if (!changePercent) {
        change = *current == 0 ? tr("no change") : tr("new");
    } else if (*changePercent == 0) {
        change = QStringLiteral("<span style=\"color:%1\">= 0%</span>").arg(theme::mutedText().name());
    } else {
        const bool up = *changePercent > 0;
        const bool good_ = up == (good == Good::WhenUp);
        change = QStringLiteral("<span style=\"color:%1; font-weight:600\">%2 %3%</span>")
                     .arg((good_ ? theme::positiveText() : theme::criticalText()).name(),
                          up ? QStringLiteral("▲") : QStringLiteral("▼"),
                          QLocale().toString(std::abs(*changePercent), 'f', 1));
    }
    m_comparison->setText(change.isEmpty()
                              ? previousText.toHtmlEscaped()
                              : QStringLiteral("%1&nbsp;&nbsp;%2").arg(change, previousText.toHtmlEscaped()));
    m_comparison->show();
}

void KpiCard::clearComparison()
{
    m_comparison->clear();
    m_comparison->hide();
}

QString KpiCard::comparison() const
{
    return m_comparison->text();
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

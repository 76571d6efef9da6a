#include "customers/timelinedelegate.h"

#include "common/theme.h"
#include "customers/customerrepository.h"
#include "customers/customertimelineview.h"

#include <QAbstractItemView>
#include <QPainter>

namespace rapi {

namespace {
constexpr int railX = 14;    // centre of the rail, from the row's left edge
constexpr int textLeft = 32; // where the text starts
constexpr int padRight = 12;
constexpr int padTop = 7;
constexpr int lineGap = 3;
constexpr int maxDetailLines = 6;

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

QFont smallFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}
} // namespace

TimelineDelegate::TimelineDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

QColor TimelineDelegate::kindColor(int kind)
{
    switch (TimelineEntry::Kind(kind)) {
    case TimelineEntry::Kind::Order:
        return QColor(0x1f, 0x6f, 0xd1);
    case TimelineEntry::Kind::Payment:
        return theme::positiveText();
    case TimelineEntry::Kind::Ticket:
        return QColor(0xc2, 0x41, 0x0c);
    case TimelineEntry::Kind::Note:
        return QColor(0x7c, 0x3a, 0xed);
    }
    return theme::mutedText();
}

int TimelineDelegate::textWidth() const
{
    return qMax(120, m_view->viewport()->width() - textLeft - padRight);
}

QRect TimelineDelegate::detailRect(const QFont &font, const QString &detail, int width) const
{
    const QFontMetrics metrics(font);
    QRect rect = metrics.boundingRect(QRect(0, 0, width, metrics.lineSpacing() * maxDetailLines),
                                      Qt::TextWordWrap, detail);
    rect.setHeight(qMin(rect.height(), metrics.lineSpacing() * maxDetailLines));
    return rect;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_view->viewport()->width();
    if (index.data(CustomerTimelineView::HeadingRole).toBool())
        return {width, QFontMetrics(boldFont(smallFont(option.font))).height() + 18};
    const QString detail = index.data(CustomerTimelineView::DetailRole).toString();
    int height = padTop + QFontMetrics(boldFont(option.font)).height();
    if (!detail.isEmpty())
        height += lineGap + detailRect(option.font, detail, textWidth()).height();
    return {width, height + padTop + 2};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const QColor rail(0xe1, 0xe4, 0xe8);

    if (index.data(CustomerTimelineView::HeadingRole).toBool()) {
        painter->setPen(QPen(rail, 2));
        painter->drawLine(r.left() + railX, r.top(), r.left() + railX, r.bottom() + 1);
        QFont font = boldFont(smallFont(option.font));
        painter->setFont(font);
        painter->setPen(theme::mutedText());
        const QRect textRect(r.left() + textLeft, r.top() + 10, r.width() - textLeft - padRight,
                             r.height() - 10);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }

    const bool selected = option.state & QStyle::State_Selected;
    if (selected || (option.state & QStyle::State_MouseOver)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? QColor(0xdb, 0xe8, 0xfb) : QColor(0xf3, 0xf6, 0xfa));
        painter->drawRoundedRect(r.adjusted(textLeft - 8, 1, -4, -1), 5, 5);
    }

    const int kind = index.data(CustomerTimelineView::KindRole).toInt();
    const QColor color = kindColor(kind);
    painter->setPen(QPen(rail, 2));
    painter->drawLine(r.left() + railX, r.top(), r.left() + railX, r.bottom() + 1);
    const QFontMetrics boldMetrics(boldFont(option.font));
    const int firstLineCentre = r.top() + padTop + boldMetrics.height() / 2;
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(color);
    painter->drawEllipse(QPoint(r.left() + railX, firstLineCentre), 5, 5);

    // First line: kind label, title, then the time on the right.
    int x = r.left() + textLeft;
    const int right = r.right() - padRight;
    const int lineTop = r.top() + padTop;
    const QFont small = boldFont(smallFont(option.font));
    const QString kindText = index.data(CustomerTimelineView::KindTextRole).toString();
    painter->setFont(small);
    painter->setPen(color);
    const int kindWidth = QFontMetrics(small).horizontalAdvance(kindText);
    painter->drawText(QRect(x, lineTop, kindWidth, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      kindText);
    x += kindWidth + 8;

    const QString time = index.data(CustomerTimelineView::TimeTextRole).toString();
    painter->setFont(option.font);
    painter->setPen(theme::mutedText());
    const int timeWidth = option.fontMetrics.horizontalAdvance(time);
    painter->drawText(QRect(right - timeWidth, lineTop, timeWidth, boldMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);

    const bool opens = kind != int(TimelineEntry::Kind::Note);
    painter->setFont(boldFont(option.font));
    painter->setPen(opens ? QColor(0x1a, 0x5f, 0xb4) : QColor(0x11, 0x18, 0x27));
    const QString title = index.data(CustomerTimelineView::TitleRole).toString();
    const int titleWidth = qMax(0, right - timeWidth - 12 - x);
    painter->drawText(QRect(x, lineTop, titleWidth, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, titleWidth));

    const QString detail = index.data(CustomerTimelineView::DetailRole).toString();
    if (!detail.isEmpty()) {
        const int width = textWidth();
        const QRect area = detailRect(option.font, detail, width)
                               .translated(r.left() + textLeft, lineTop + boldMetrics.height() + lineGap);
        painter->setFont(option.font);
        painter->setPen(QColor(0x37, 0x41, 0x51));
        painter->setClipRect(area.adjusted(0, 0, 0, 1));
        painter->drawText(QRect(area.left(), area.top(), width, area.height()), Qt::TextWordWrap, detail);
    }
    painter->restore();
}

} // namespace rapi

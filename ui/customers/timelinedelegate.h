#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace rapi {

// Paints a customer timeline as a rail of dots: a day heading, then per entry a coloured kind
// label, the title (an order or ticket number looks like a link, it opens on double-click), the
// time on the right and the detail below, wrapped to a few lines. Rows are as high as their text.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TimelineDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour that marks an entry kind (TimelineEntry::Kind as int).
    static QColor kindColor(int kind);

private:
    int textWidth() const;
    QRect detailRect(const QFont &font, const QString &detail, int width) const;

    QAbstractItemView *m_view;
};

} // namespace rapi

#include "dashboard/charts/barlist.h"

#include "common/theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>

namespace rapi {

namespace {

// A rounded bar over a faint track: the value's share of the largest value in the list.
class Bar final : public QWidget
{
public:
    Bar(const BarRow &row, qint64 max, QWidget *parent)
        : QWidget(parent), m_row(row), m_max(qMax<qint64>(1, max))
    {
        setObjectName(QStringLiteral("bar:") + row.link);
        setMinimumSize(80, 18);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setCursor(Qt::PointingHandCursor);
        setToolTip(row.name + QStringLiteral(": ") + row.valueText);
    }
    std::function<void()> onClick;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF track = QRectF(rect()).adjusted(0, 4, 0, -4);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xf0, 0xf2, 0xf5));
        p.drawRoundedRect(track, 4, 4);
        const auto widthOf = [&](qint64 v) {
            return v <= 0 ? 0.0 : qMax(6.0, track.width() * double(v) / double(m_max));
        };
        p.setBrush(m_row.color.isValid() ? m_row.color : QColor(0x1f, 0x6f, 0xd1));
        p.drawRoundedRect(QRectF(track.topLeft(), QSizeF(widthOf(m_row.value), track.height())), 4, 4);
        if (m_row.warning > 0) {
            p.setBrush(m_row.warningColor.isValid() ? m_row.warningColor : QColor(0xf5, 0x9e, 0x0b));
            p.drawRoundedRect(
                QRectF(track.topLeft(), QSizeF(widthOf(qMin(m_row.warning, m_row.value)), track.height())), 4,
                4);
        }
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && onClick)
            onClick();
    }

private:
    BarRow m_row;
    qint64 m_max;
};

QString linkStyle(const QString &text, const QString &href, bool bold)
{
    return QStringLiteral("<a href=\"%1\" style=\"color:#1f2937; text-decoration:none;%2\">%3</a>")
        .arg(href.toHtmlEscaped(), bold ? QStringLiteral(" font-weight:700;") : QString(),
             text.toHtmlEscaped());
}

} // namespace

BarList::BarList(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);
}

QWidget *BarList::barOf(const QString &link) const
{
    return findChild<QWidget *>(QStringLiteral("bar:") + link);
}

void BarList::setRows(const QList<BarRow> &rows)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows = rows;
    qint64 max = 0;
    for (const BarRow &row : rows)
        max = qMax(max, row.value);
    for (int i = 0; i < rows.size(); ++i) {
        const BarRow &row = rows.at(i);
        auto *name = new QLabel(linkStyle(row.name, row.link, row.emphasised), this);
        name->setObjectName(QStringLiteral("name:") + row.link);
        name->setTextFormat(Qt::RichText);
        auto *bar = new Bar(row, max, this);
        bar->onClick = [this, link = row.link] { emit activated(link); };
        auto *value = new QLabel(row.valueText, this);
        value->setObjectName(QStringLiteral("value:") + row.link);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        auto *note = new QLabel(row.note, this);
        note->setObjectName(QStringLiteral("note:") + row.link);
        note->setTextFormat(Qt::RichText);
        theme::makeMuted(note);
        if (row.emphasised) {
            for (QLabel *label : {name, value, note})
                label->setStyleSheet(QStringLiteral("background: %1;").arg(theme::stuckBackground().name()));
        }
        for (QLabel *label : {name, note})
            connect(label, &QLabel::linkActivated, this, &BarList::activated);
        m_grid->addWidget(name, i, 0);
        m_grid->addWidget(bar, i, 1);
        m_grid->addWidget(value, i, 2);
        m_grid->addWidget(note, i, 3);
    }
}

} // namespace rapi

#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

class QGridLayout;

namespace rapi {

// One row of a BarList: a name, a bar for its value (part of it, e.g. the stuck orders, in a
// warning colour) and a note. `link` is what clicking the name or the bar opens; links in the
// note (rich text) open their href.
struct BarRow
{
    QString link;
    QString name;
    qint64 value = 0;
    qint64 warning = 0; // drawn over the start of the bar
    QColor warningColor; // amber when not set
    QString valueText;
    QString note;
    QColor color;
    bool emphasised = false; // tinted background, bold name (the bottleneck)
};

// Horizontal bars with names, values and notes, one row each: the dashboard's pipeline, sales by
// channel, open tickets and voice of the customer. Every name, bar and note link is clickable and
// emits activated() with its link.
class BarList final : public QWidget
{
    Q_OBJECT

public:
    explicit BarList(QWidget *parent = nullptr);

    void setRows(const QList<BarRow> &rows);
    int rowCount() const { return int(m_rows.size()); }
    const BarRow &row(int index) const { return m_rows.at(index); }
    // The bar of a row (named "bar:<link>"), for clicking.
    QWidget *barOf(const QString &link) const;

signals:
    void activated(const QString &link);

private:
    QGridLayout *m_grid;
    QList<BarRow> m_rows;
};

} // namespace rapi

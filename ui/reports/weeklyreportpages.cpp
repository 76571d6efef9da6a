#include "reports/weeklyreportpages.h"

#include "common/clock.h"
#include "reports/reportcharts.h"
#include "reports/reportstyle.h"

#include <cmath>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace rapi {

namespace {

using namespace reportstyle;
using Block = WeeklyReportPages::Block;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::WeeklyReportPages)
};

constexpr double kContentTop = margin + headerHeight;
constexpr double kContentBottom = WeeklyReportPages::pageHeight - margin - footerHeight;
constexpr double kWidth = WeeklyReportPages::pageWidth - 2 * margin;

const QFont &noteFont()
{
    static const QFont f = font(16);
    return f;
}

// +1 when a rising figure is good news, -1 when it is bad news (breaches, waiting, complaints).
int polarity(const QString &section, const QString &row)
{
    if (section == QLatin1String("pipeline") || section == QLatin1String("tickets"))
        return -1;
    if (row.startsWith(QLatin1String("sla_")) || row == QLatin1String("aht_seconds"))
        return -1;
    return 1;
}

bool isChangeColumn(const ReportColumn &column)
{
    return column.key == QLatin1String("change_percent");
}

QString cellText(const ReportSection &s, int column, const ReportValue &value)
{
    return isChangeColumn(s.columns.at(column)) ? reportformat::change(value) : reportformat::display(value);
}

// Columns holding numbers are right-aligned (a stray text cell, like the bottleneck's stage, too).
bool rightAligned(const ReportSection &s, int column)
{
    if (column == 0)
        return false;
    if (isChangeColumn(s.columns.at(column)))
        return true;
    for (const ReportRow &row : s.rows)
        if (column < row.cells.size() && row.cells.at(column).isNumber())
            return true;
    return false;
}

// Columns of names (products, customers, categories) may give up width; numbers and dates not.
bool shrinkable(const ReportSection &s, int column)
{
    if (rightAligned(s, column))
        return false;
    for (const ReportRow &row : s.rows)
        if (column < row.cells.size() && row.cells.at(column).kind == ReportValueKind::Text)
            return true;
    return false;
}

// Natural widths at a font size: the widest cell, or the header's longest word (headers wrap).
QList<double> naturalWidths(const ReportSection &s, int fontSize)
{
    const QFontMetricsF cells(font(fontSize));
    const QFontMetricsF header(font(fontSize - 2, true));
    QList<double> widths;
    for (int c = 0; c < s.columns.size(); ++c) {
        double w = 0;
        for (const QString &word : s.columns.at(c).title.split(QLatin1Char(' ')))
            w = qMax(w, header.horizontalAdvance(word));
        for (const ReportRow &row : s.rows)
            if (c < row.cells.size())
                w = qMax(w, cells.horizontalAdvance(cellText(s, c, row.cells.at(c))));
        widths.append(w + 2 * cellPadding);
    }
    return widths;
}

double sum(const QList<double> &values)
{
    double total = 0;
    for (double v : values)
        total += v;
    return total;
}

// Column widths and font size of a section's table: the natural widths at 8.5 pt, else at a
// smaller size, else the widest text column gives up space (its cells are elided).
std::pair<QList<double>, int> fitColumns(const ReportSection &s)
{
    const double available = s.columns.size() <= 2 ? kWidth * 0.6 : kWidth;
    QList<double> widths;
    int size = 17;
    for (; size >= 14; --size) {
        widths = naturalWidths(s, size);
        if (sum(widths) <= available)
            break;
    }
    size = qMax(size, 14);
    double excess = sum(widths) - available;
    if (excess <= 0) {
        // Spare room goes to the widest text column (names, categories), else to the first.
        int grow = 0;
        for (int c = 1; c < widths.size(); ++c)
            if (shrinkable(s, c) && (!shrinkable(s, grow) || widths.at(c) > widths.at(grow)))
                grow = c;
        widths[grow] -= excess;
        return {widths, size};
    }
    while (excess > 0.5) {
        int widest = -1;
        for (int c = 0; c < widths.size(); ++c)
            if (shrinkable(s, c) && (widest < 0 || widths.at(c) > widths.at(widest)))
                widest = c;
        if (widest < 0)
            break;
        double second = 0;
        for (int c = 0; c < widths.size(); ++c)
            if (c != widest && shrinkable(s, c))
                second = qMax(second, widths.at(c));
        const double cut = qMin(excess, qMax(widths.at(widest) - qMax(second, 90.0), 0.0));
        if (cut <= 0) { // every text column is as narrow as it may be: shrink them all alike
            const double scale = qMax(0.3, 1 - excess / widths.at(widest) / 2);
            for (int c = 0; c < widths.size(); ++c)
                if (shrinkable(s, c))
                    widths[c] *= scale;
            break;
        }
        widths[widest] -= cut;
        excess -= cut;
    }
    return {widths, size};
}

const QFont &paragraphFont()
{
    static const QFont f = font(18);
    return f;
}

// Sections whose single text column reads as a paragraph (the owner's review notes), not a table.
bool isParagraph(const ReportSection &s)
{
    return s.key == QLatin1String("review_notes");
}

// Text columns whose content is bad news when present (a check-in's blockers, a task's blocker).
bool isAlarm(const ReportColumn &column)
{
    return column.key == QLatin1String("blockers") || column.key == QLatin1String("blocker");
}

double paragraphHeight(const QString &text)
{
    return QFontMetricsF(paragraphFont())
               .boundingRect(QRectF(0, 0, kWidth, 100000), Qt::TextWordWrap, text)
               .height() +
           16;
}

double noteHeight(const QString &note)
{
    return QFontMetricsF(noteFont())
               .boundingRect(QRectF(0, 0, kWidth, 10000), Qt::TextWordWrap, note)
               .height() +
           14;
}

QString dateRange(const Period &period)
{
    const QLocale locale;
    return Tr::tr("%1 to %2")
        .arg(locale.toString(period.from, QStringLiteral("d MMMM yyyy")),
             locale.toString(period.to.addDays(-1), QStringLiteral("d MMMM yyyy")));
}

} // namespace

WeeklyReportPages::WeeklyReportPages(WeeklyReport report) : m_report(std::move(report))
{
    for (const ReportSection &s : m_report.sections) {
        TableLayout table;
        std::tie(table.widths, table.fontSize) = fitColumns(s);
        const QFontMetricsF header(font(table.fontSize - 2, true));
        double lines = 1;
        for (int c = 0; c < s.columns.size(); ++c)
            lines = qMax(
                lines, std::round(header
                                      .boundingRect(QRectF(0, 0, table.widths.at(c) - 2 * cellPadding, 1000),
                                                    Qt::TextWordWrap, s.columns.at(c).title)
                                      .height() /
                                  header.lineSpacing()));
        table.headerHeight = lines * header.lineSpacing() + 14;
        m_tables.append(table);
    }
    layout();
}

QList<Block> WeeklyReportPages::blocks() const
{
    QList<Block> list;
    list.append({Block::Kind::Title, 150});
    list.append({Block::Kind::Cards, 150});
    const auto chartAfter = [](const QString &section) -> int {
        if (section == QLatin1String("days"))
            return reportcharts::Days;
        if (section == QLatin1String("pipeline"))
            return reportcharts::TimeInStage;
        if (section == QLatin1String("trend"))
            return reportcharts::WeeklyTrend;
        return -1;
    };
    for (int i = 0; i < m_report.sections.size(); ++i) {
        const ReportSection &s = m_report.sections.at(i);
        list.append({Block::Kind::Heading, 56, i});
        if (!s.note.isEmpty())
            list.append({Block::Kind::Note, noteHeight(s.note), i});
        if (const int chart = chartAfter(s.key); chart >= 0)
            list.append({Block::Kind::Chart, reportcharts::height(reportcharts::Chart(chart)), i, -1, chart});
        if (isParagraph(s)) {
            for (int r = 0; r < s.rows.size(); ++r)
                if (!s.rows.at(r).cells.isEmpty())
                    list.append(
                        {Block::Kind::Paragraph, paragraphHeight(s.rows.at(r).cells.first().text), i, r});
        } else if (!s.rows.isEmpty()) {
            list.append({Block::Kind::TableHeader, m_tables.at(i).headerHeight, i});
            for (int r = 0; r < s.rows.size(); ++r)
                list.append({Block::Kind::TableRow, rowHeight, i, r});
        }
        list.append({Block::Kind::Gap, 34, i});
    }
    return list;
}

void WeeklyReportPages::layout()
{
    const QList<Block> flow = blocks();
    m_pages = {QList<Block>()};
    double y = kContentTop;
    for (int i = 0; i < flow.size(); ++i) {
        Block block = flow.at(i);
        // A heading keeps its note, chart, table header and first rows with it; a short table
        // (up to eight rows) stays whole.
        double needed = block.height;
        if (block.kind != Block::Kind::TableRow && block.kind != Block::Kind::Gap) {
            const int rowsWanted =
                block.section >= 0 && m_report.sections.at(block.section).rows.size() <= 8 ? 8 : 2;
            int rows = 0;
            for (int j = i + 1; j < flow.size() && flow.at(j).section == block.section &&
                                flow.at(j).kind != Block::Kind::Gap && rows < rowsWanted;
                 ++j) {
                needed += flow.at(j).height;
                rows += flow.at(j).kind == Block::Kind::TableRow ? 1 : 0;
            }
        }
        if (block.kind == Block::Kind::Gap && y + block.height > kContentBottom)
            continue;
        if (y + needed > kContentBottom && !m_pages.last().isEmpty()) {
            m_pages.append(QList<Block>());
            y = kContentTop;
            if (block.kind == Block::Kind::Gap)
                continue;
            if (block.kind == Block::Kind::TableRow) { // the table goes on: repeat its header
                const double headerHeight = m_tables.at(block.section).headerHeight;
                m_pages.last().append({Block::Kind::TableHeader, headerHeight, block.section, -1, -1, y});
                y += headerHeight;
            }
        }
        block.y = y;
        m_pages.last().append(block);
        y += block.height;
    }
}

void WeeklyReportPages::paint(QPainter &painter, int index, const QRectF &target) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(target.topLeft());
    painter.scale(target.width() / pageWidth, target.height() / pageHeight);
    paintFrame(painter, index);
    for (const Block &block : m_pages.at(index))
        paintBlock(painter, block);
    painter.restore();
}

QImage WeeklyReportPages::image(int index, int width) const
{
    QImage page(width, qRound(width * pageHeight / pageWidth), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    paint(painter, index, QRectF(0, 0, page.width(), page.height()));
    return page;
}

Status WeeklyReportPages::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write “%1”: %2").arg(path, file.errorString())};
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        pdf.setTitle(Tr::tr("Weekly report %1").arg(m_report.weekLabel));
        pdf.setCreator(QStringLiteral("Rapi"));
        QPainter painter(&pdf);
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0)
                pdf.newPage();
            paint(painter, i, QRectF(0, 0, pdf.width(), pdf.height()));
        }
    }
    if (!file.commit())
        return Error{Tr::tr("Cannot write “%1”: %2").arg(path, file.errorString())};
    return Status::success();
}

void WeeklyReportPages::paintFrame(QPainter &painter, int index) const
{
    painter.setPen(ink());
    painter.setFont(font(22, true));
    const QString name = m_report.businessName.isEmpty() ? Tr::tr("Weekly report") : m_report.businessName;
    const QRectF header(margin, margin, kWidth, 40);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(name, Qt::ElideRight, kWidth * 0.6));
    painter.setFont(font(17));
    painter.setPen(muted());
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                     Tr::tr("Weekly report · %1").arg(m_report.weekLabel));
    painter.setPen(QPen(accent(), 3));
    painter.drawLine(QPointF(margin, margin + 48), QPointF(margin + kWidth, margin + 48));

    const double footerTop = pageHeight - margin - 30;
    painter.setPen(QPen(rule(), 1.5));
    painter.drawLine(QPointF(margin, footerTop), QPointF(margin + kWidth, footerTop));
    painter.setPen(muted());
    painter.setFont(font(15));
    const QRectF footer(margin, footerTop + 6, kWidth, 30);
    const QDateTime asOf = QDateTime::fromSecsSinceEpoch(m_report.asOf, businesstime::defaultZone());
    painter.drawText(
        footer, Qt::AlignLeft | Qt::AlignVCenter,
        Tr::tr("Made with Rapi on %1").arg(QLocale().toString(asOf, QStringLiteral("d MMM yyyy, HH:mm"))));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     Tr::tr("Page %1 of %2").arg(index + 1).arg(pageCount()));
}

void WeeklyReportPages::paintBlock(QPainter &painter, const Block &block) const
{
    switch (block.kind) {
    case Block::Kind::Title:
        paintTitle(painter, block);
        break;
    case Block::Kind::Cards:
        paintCards(painter, block);
        break;
    case Block::Kind::Heading:
        painter.setPen(accent());
        painter.setFont(font(26, true));
        painter.drawText(QRectF(margin, block.y + 10, kWidth, 40), Qt::AlignLeft | Qt::AlignVCenter,
                         m_report.sections.at(block.section).title);
        break;
    case Block::Kind::Note:
        painter.setPen(muted());
        painter.setFont(noteFont());
        painter.drawText(QRectF(margin, block.y, kWidth, block.height), Qt::TextWordWrap | Qt::AlignTop,
                         m_report.sections.at(block.section).note);
        break;
    case Block::Kind::Paragraph:
        painter.setPen(ink());
        painter.setFont(paragraphFont());
        painter.drawText(QRectF(margin, block.y, kWidth, block.height), Qt::TextWordWrap | Qt::AlignTop,
                         m_report.sections.at(block.section).rows.at(block.row).cells.first().text);
        break;
    case Block::Kind::TableHeader:
        paintTableRow(painter, block, true);
        break;
    case Block::Kind::TableRow:
        paintTableRow(painter, block, false);
        break;
    case Block::Kind::Chart:
        reportcharts::paint(painter, reportcharts::Chart(block.chart), m_report,
                            QRectF(margin, block.y, kWidth, block.height - 16));
        break;
    case Block::Kind::Gap:
        break;
    }
}

void WeeklyReportPages::paintTitle(QPainter &painter, const Block &block) const
{
    painter.setPen(ink());
    painter.setFont(font(44, true));
    painter.drawText(QRectF(margin, block.y + 10, kWidth, 56), Qt::AlignLeft | Qt::AlignVCenter,
                     Tr::tr("Weekly report %1").arg(m_report.weekLabel));
    painter.setFont(font(20));
    painter.setPen(ink());
    painter.drawText(QRectF(margin, block.y + 70, kWidth, 30), Qt::AlignLeft | Qt::AlignVCenter,
                     dateRange(m_report.week));
    painter.setPen(muted());
    painter.setFont(font(16));
    const QDateTime asOf = QDateTime::fromSecsSinceEpoch(m_report.asOf, businesstime::defaultZone());
    painter.drawText(QRectF(margin, block.y + 102, kWidth, 26), Qt::AlignLeft | Qt::AlignVCenter,
                     Tr::tr("Compared with %1 (%2). Figures “now” as of %3.")
                         .arg(m_report.previousWeekLabel, dateRange(m_report.previousWeek),
                              QLocale().toString(asOf, QStringLiteral("d MMM yyyy, HH:mm"))));
}

void WeeklyReportPages::paintCards(QPainter &painter, const Block &block) const
{
    const ReportSection *summary = m_report.section(QStringLiteral("summary"));
    if (!summary)
        return;
    const QStringList keys = {QStringLiteral("orders_in"), QStringLiteral("gross_sales"),
                              QStringLiteral("tickets_created"), QStringLiteral("csat_percent")};
    const double gap = 20;
    const double width = (kWidth - gap * (keys.size() - 1)) / keys.size();
    for (int i = 0; i < keys.size(); ++i) {
        const ReportRow *row = summary->row(keys.at(i));
        if (!row || row->cells.size() < 4)
            continue;
        const QRectF card(margin + i * (width + gap), block.y + 10, width, block.height - 40);
        painter.setPen(Qt::NoPen);
        painter.setBrush(stripe());
        painter.drawRoundedRect(card, 10, 10);
        painter.setBrush(accent());
        painter.drawRect(QRectF(card.left(), card.top() + 10, 5, card.height() - 20));
        const QRectF inner = card.adjusted(22, 12, -14, -12);
        painter.setPen(muted());
        painter.setFont(font(16));
        const QString label =
            row->key == QLatin1String("csat_percent") ? Tr::tr("CSAT") : row->cells.at(0).text;
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 24),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(label, Qt::ElideRight, inner.width()));
        painter.setPen(ink());
        const QString value = reportformat::display(row->cells.at(1));
        int size = 32;
        while (size > 18 && QFontMetricsF(font(size, true)).horizontalAdvance(value) > inner.width())
            --size;
        painter.setFont(font(size, true));
        painter.drawText(QRectF(inner.left(), inner.top() + 26, inner.width(), 40),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
        const ReportValue &delta = row->cells.at(3);
        const int sign = delta.isEmpty() || delta.real == 0 ? 0 : delta.real > 0 ? 1 : -1;
        painter.setPen(sign == 0 ? muted() : sign * polarity(summary->key, row->key) > 0 ? good() : bad());
        painter.setFont(font(15));
        painter.drawText(
            QRectF(inner.left(), inner.top() + 70, inner.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
            delta.isEmpty() ? Tr::tr("Previous week: %1").arg(reportformat::display(row->cells.at(2)))
                            : Tr::tr("%1 vs %2")
                                  .arg(reportformat::change(delta), reportformat::display(row->cells.at(2))));
    }
}

void WeeklyReportPages::paintTableRow(QPainter &painter, const Block &block, bool header) const
{
    const ReportSection &s = m_report.sections.at(block.section);
    const TableLayout &table = m_tables.at(block.section);
    const QList<double> &widths = table.widths;
    double tableWidth = 0;
    for (double w : widths)
        tableWidth += w;
    const QRectF rowRect(margin, block.y, tableWidth, block.height);
    if (!header && block.row % 2 == 1) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(stripe());
        painter.drawRect(rowRect);
    }
    painter.setPen(header ? QPen(ink(), 1.5) : QPen(rule(), 0.8));
    painter.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
    painter.setFont(header ? font(table.fontSize - 2, true) : font(table.fontSize));
    const QFontMetricsF metrics(painter.font());
    double x = margin;
    for (int c = 0; c < s.columns.size(); ++c) {
        const QRectF cell(x + cellPadding, block.y, widths.at(c) - 2 * cellPadding, block.height);
        const Qt::Alignment align = (rightAligned(s, c) ? Qt::AlignRight : Qt::AlignLeft);
        if (header) {
            painter.setPen(muted());
            painter.drawText(cell.adjusted(0, 0, 0, -4), align | Qt::AlignBottom | Qt::TextWordWrap,
                             s.columns.at(c).title);
        } else if (c < s.rows.at(block.row).cells.size()) {
            const ReportValue &value = s.rows.at(block.row).cells.at(c);
            QColor colour = ink();
            if (isChangeColumn(s.columns.at(c)) && !value.isEmpty() && value.real != 0)
                colour = (value.real > 0 ? 1 : -1) * polarity(s.key, s.rows.at(block.row).key) > 0 ? good()
                                                                                                   : bad();
            else if (value.isEmpty())
                colour = muted();
            else if (isAlarm(s.columns.at(c)))
                colour = bad();
            painter.setPen(colour);
            painter.drawText(cell, align | Qt::AlignVCenter,
                             metrics.elidedText(cellText(s, c, value), Qt::ElideRight, cell.width()));
        }
        x += widths.at(c);
    }
}

} // namespace rapi

#pragma once

#include "common/result.h"
#include "reports/weeklyreport.h"

#include <QImage>
#include <QList>
#include <QRectF>

class QPainter;

namespace rapi {

// The weekly report laid out on A4 pages and painted with QPainter: the same painting goes to
// a QPdfWriter (the PDF) and to a QImage (the dialog's preview), so the preview shows exactly
// the PDF's pages. The layout works in a fixed page space of half points (A4 = 1190 × 1684);
// fonts use pixel sizes in that space, so the result does not depend on the device's DPI.
// Needs a QGuiApplication (fonts).
class WeeklyReportPages final
{
public:
    static constexpr double pageWidth = 1190;  // A4 width in half points
    static constexpr double pageHeight = 1684; // A4 height in half points

    explicit WeeklyReportPages(WeeklyReport report);

    int pageCount() const { return int(m_pages.size()); }
    // Paints page `index` (0-based) scaled into `target` (device coordinates).
    void paint(QPainter &painter, int index, const QRectF &target) const;
    // The page as an image `width` pixels wide, on white.
    QImage image(int index, int width) const;
    // Every page into a PDF (A4), written safely: nothing half-written at `path` on failure.
    Status writePdf(const QString &path) const;

    const WeeklyReport &report() const { return m_report; }

    // One block of the flow: a part of the report with its height on the page.
    struct Block
    {
        enum class Kind { Title, Cards, Heading, Note, Paragraph, TableHeader, TableRow, Chart, Gap };
        Kind kind = Kind::Gap;
        double height = 0;
        int section = -1; // index into report().sections
        int row = -1;     // TableRow, Paragraph: index into the section's rows
        int chart = -1;   // Chart: which one (reportcharts)
        double y = 0;     // top on its page, once placed
    };

private:
    void layout();
    QList<Block> blocks() const;
    void paintBlock(QPainter &painter, const Block &block) const;
    void paintFrame(QPainter &painter, int index) const;
    void paintTitle(QPainter &painter, const Block &block) const;
    void paintCards(QPainter &painter, const Block &block) const;
    void paintTableRow(QPainter &painter, const Block &block, bool header) const;

    WeeklyReport m_report;
    struct TableLayout
    {
        QList<double> widths;
        int fontSize = 17;
        double headerHeight = 48;
    };
    QList<TableLayout> m_tables; // per section
    QList<QList<Block>> m_pages;
};

} // namespace rapi

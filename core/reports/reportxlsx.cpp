// The weekly report as an XLSX workbook with libxlsxwriter: a cover sheet, one sheet per
// section, typed numbers with Rupiah, percent and duration formats, native charts.
#include "reports/reportwriters.h"
#include "reports/weeklyreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace rapi::reportwriter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::WeeklyReport)
};

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *note = nullptr;
    lxw_format *count = nullptr;
    lxw_format *money = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *duration = nullptr;
    lxw_format *date = nullptr;
};

Formats makeFormats(lxw_workbook *book)
{
    Formats f;
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    f.note = workbook_add_format(book);
    format_set_italic(f.note);
    format_set_font_color(f.note, 0x595959);
    f.count = workbook_add_format(book);
    format_set_num_format(f.count, "#,##0");
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, "\"Rp \"#,##0");
    f.percent = workbook_add_format(book);
    format_set_num_format(f.percent, "0.0%");
    f.duration = workbook_add_format(book);
    format_set_num_format(f.duration, "[h]:mm");
    f.date = workbook_add_format(book);
    format_set_num_format(f.date, "yyyy-mm-dd");
    return f;
}

void write(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const ReportValue &v, const Formats &f)
{
    switch (v.kind) {
    case ReportValueKind::Empty:
        break;
    case ReportValueKind::Text:
        worksheet_write_string(sheet, row, col, v.text.toUtf8().constData(), nullptr);
        break;
    case ReportValueKind::Count:
        worksheet_write_number(sheet, row, col, double(v.integer), f.count);
        break;
    case ReportValueKind::Money:
        worksheet_write_number(sheet, row, col, double(v.integer) / 100.0, f.money);
        break;
    case ReportValueKind::Percent:
        worksheet_write_number(sheet, row, col, v.real / 100.0, f.percent);
        break;
    case ReportValueKind::Duration:
        worksheet_write_number(sheet, row, col, double(v.integer) / 86400.0, f.duration);
        break;
    case ReportValueKind::Date: // Excel's day 0 is 1899-12-30
        worksheet_write_number(sheet, row, col, double(v.integer - QDate(1899, 12, 30).toJulianDay()),
                               f.date);
        break;
    }
}

// Sheet names: at most 31 characters, none of []:*?/\ and unique.
QString sheetName(const QString &title, QStringList &taken)
{
    QString name = title;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        name.remove(c);
    name = name.left(31).trimmed();
    QString unique = name;
    for (int i = 2; taken.contains(unique, Qt::CaseInsensitive); ++i)
        unique = name.left(28) + QStringLiteral(" %1").arg(i);
    taken.append(unique);
    return unique;
}

constexpr lxw_row_t kTableTop = 3; // title, note, blank line, then the header row

void addChart(lxw_workbook *book, lxw_worksheet *sheet, const QByteArray &sheetUtf8, const ReportSection &s,
              lxw_chart_type type, int firstColumn, int lastColumn, const QString &title)
{
    if (s.rows.isEmpty())
        return;
    lxw_chart *chart = workbook_add_chart(book, type);
    const lxw_row_t first = kTableTop + 1;
    const lxw_row_t last = kTableTop + lxw_row_t(s.rows.size());
    for (int c = firstColumn; c <= lastColumn; ++c) {
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, sheetUtf8.constData(), first, 0, last, 0);
        chart_series_set_values(series, sheetUtf8.constData(), first, lxw_col_t(c), last, lxw_col_t(c));
        chart_series_set_name_range(series, sheetUtf8.constData(), kTableTop, lxw_col_t(c));
    }
    chart_title_set_name(chart, title.toUtf8().constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options options = {};
    options.x_scale = 1.6;
    options.y_scale = 1.3;
    worksheet_insert_chart_opt(sheet, last + 2, 0, chart, &options);
}

void writeSection(lxw_workbook *book, const ReportSection &s, const QString &name, const Formats &f)
{
    const QByteArray nameUtf8 = name.toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, nameUtf8.constData());
    worksheet_write_string(sheet, 0, 0, s.title.toUtf8().constData(), f.title);
    if (!s.note.isEmpty())
        worksheet_write_string(sheet, 1, 0, s.note.toUtf8().constData(), f.note);
    for (qsizetype c = 0; c < s.columns.size(); ++c) {
        worksheet_write_string(sheet, kTableTop, lxw_col_t(c), s.columns.at(c).title.toUtf8().constData(),
                               f.header);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 34 : 18, nullptr);
    }
    for (qsizetype r = 0; r < s.rows.size(); ++r)
        for (qsizetype c = 0; c < s.rows.at(r).cells.size(); ++c)
            write(sheet, kTableTop + 1 + lxw_row_t(r), lxw_col_t(c), s.rows.at(r).cells.at(c), f);
    worksheet_freeze_panes(sheet, kTableTop + 1, 1);

    if (s.key == QLatin1String("days")) // gross sales per channel, stacked per day
        addChart(book, sheet, nameUtf8, s, LXW_CHART_COLUMN_STACKED, 3, int(s.columns.size()) - 2,
                 Tr::tr("Gross sales per day by channel"));
    else if (s.key == QLatin1String("trend"))
        addChart(book, sheet, nameUtf8, s, LXW_CHART_LINE, 2, 2, Tr::tr("Gross sales per week"));
}

void writeCover(lxw_workbook *book, const WeeklyReport &r, const QString &name, const Formats &f)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
    worksheet_set_column(sheet, 0, 0, 26, nullptr);
    worksheet_set_column(sheet, 1, 1, 40, nullptr);
    worksheet_write_string(sheet, 0, 0, r.businessName.toUtf8().constData(), f.title);
    const QLocale locale;
    const QList<std::pair<QString, QString>> lines = {
        {Tr::tr("Weekly report"), r.weekLabel},
        {Tr::tr("Week"), Tr::tr("%1 to %2")
                             .arg(locale.toString(r.week.from, QLocale::LongFormat),
                                  locale.toString(r.week.to.addDays(-1), QLocale::LongFormat))},
        {Tr::tr("Compared with"), r.previousWeekLabel},
        {Tr::tr("Figures “now” as of"),
         QDateTime::fromSecsSinceEpoch(r.asOf, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))},
    };
    lxw_row_t row = 2;
    for (const auto &[label, value] : lines) {
        worksheet_write_string(sheet, row, 0, label.toUtf8().constData(), f.header);
        worksheet_write_string(sheet, row, 1, value.toUtf8().constData(), nullptr);
        ++row;
    }
}

} // namespace

Status writeXlsx(const WeeklyReport &report, const QString &path)
{
    const auto cannot = [&](const QString &why) {
        return Error{Tr::tr("Cannot write “%1”: %2").arg(path, why)};
    };
    // libxlsxwriter writes the whole file at close; it goes to a temporary file first so a
    // failure leaves nothing half-written at `path`.
    QTemporaryDir dir;
    if (!dir.isValid())
        return cannot(dir.errorString());
    const QString temp = dir.filePath(QStringLiteral("report.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(temp).constData());
    if (!book)
        return cannot(Tr::tr("the workbook could not be created"));
    const Formats f = makeFormats(book);
    QStringList taken;
    writeCover(book, report, sheetName(Tr::tr("Report"), taken), f);
    for (const ReportSection &section : report.sections)
        writeSection(book, section, sheetName(section.title, taken), f);
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
        return cannot(QString::fromUtf8(lxw_strerror(error)));

    QFile written(temp);
    if (!written.open(QIODevice::ReadOnly))
        return cannot(written.errorString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannot(file.errorString());
    file.write(written.readAll());
    if (!file.commit())
        return cannot(file.errorString());
    return Status::success();
}

} // namespace rapi::reportwriter

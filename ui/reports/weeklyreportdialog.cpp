#include "reports/weeklyreportdialog.h"

#include "common/messagebanner.h"
#include "common/theme.h"
#include "reports/reportwriters.h"
#include "reports/weeklyreportpages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rapi {

namespace {
constexpr int kWeeksOffered = 53;  // this week and the year before
constexpr int kPreviewWidth = 640; // pixels of one previewed page
} // namespace

WeeklyReportDialog::WeeklyReportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Weekly report"));
    setObjectName(QStringLiteral("weeklyReportDialog"));

    m_week = new QComboBox(this);
    m_week->setObjectName(QStringLiteral("reportWeek"));
    const WeeklyReportBuilder builder(m_context.db, m_context.clock, QTimeZone(), m_context.actor);
    const Period lastWeek = builder.lastWeek();
    const QLocale locale;
    for (int i = -1; i < kWeeksOffered - 1; ++i) {
        const Period week = Period::isoWeekOf(lastWeek.from.addDays(-7 * i));
        m_week->addItem(tr("%1 (%2 – %3)")
                            .arg(week.isoWeekLabel(), locale.toString(week.from, QStringLiteral("d MMM")),
                                 locale.toString(week.to.addDays(-1), QStringLiteral("d MMM yyyy"))),
                        week.from);
    }
    m_week->setCurrentIndex(1); // last week
    m_pageCount = new QLabel(this);
    theme::makeMuted(m_pageCount);

    auto *top = new QHBoxLayout;
    auto *weekLabel = new QLabel(tr("&Week:"), this);
    weekLabel->setBuddy(m_week);
    top->addWidget(weekLabel);
    top->addWidget(m_week);
    top->addStretch();
    top->addWidget(m_pageCount);

    m_banner = new MessageBanner(this);

    m_pagesHost = new QWidget;
    m_pagesHost->setObjectName(QStringLiteral("reportPages"));
    m_pagesLayout = new QVBoxLayout(m_pagesHost);
    m_pagesLayout->setSpacing(18);
    m_pagesLayout->setContentsMargins(24, 18, 24, 18);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_pagesHost);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter);
    scroll->setBackgroundRole(QPalette::Dark);
    scroll->setMinimumWidth(kPreviewWidth + 80);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const QList<std::pair<Format, QString>> saves = {{Format::Pdf, tr("Save as &PDF…")},
                                                     {Format::Xlsx, tr("Save as E&xcel (XLSX)…")},
                                                     {Format::Csv, tr("Save as &CSV…")}};
    for (const auto &[format, text] : saves) {
        QPushButton *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        connect(button, &QPushButton::clicked, this, [this, format] { askAndSave(format); });
        m_saveButtons.append(button);
    }
    theme::makePrimary(m_saveButtons.first());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(kPreviewWidth + 140, 860);

    connect(m_week, &QComboBox::currentIndexChanged, this, &WeeklyReportDialog::rebuild);
    rebuild();
}

WeeklyReportDialog::~WeeklyReportDialog() = default;

Period WeeklyReportDialog::week() const
{
    return Period::isoWeekOf(m_week->currentData().toDate());
}

void WeeklyReportDialog::selectWeek(const Period &week)
{
    const int index = m_week->findData(week.from);
    if (index >= 0)
        m_week->setCurrentIndex(index);
}

int WeeklyReportDialog::previewPageCount() const
{
    return m_pages ? m_pages->pageCount() : 0;
}

void WeeklyReportDialog::rebuild()
{
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pages.reset();
    m_banner->clear();
    auto report = WeeklyReportBuilder(m_context.db, m_context.clock, QTimeZone(), m_context.actor).build(week());
    for (QPushButton *button : std::as_const(m_saveButtons))
        button->setEnabled(report.ok());
    if (!report) {
        m_banner->showError(report.error());
        m_pageCount->clear();
        return;
    }
    m_pages = std::make_unique<WeeklyReportPages>(std::move(report).value());
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < m_pages->pageCount(); ++i) {
        QImage image = m_pages->image(i, qRound(kPreviewWidth * ratio));
        image.setDevicePixelRatio(ratio);
        auto *page = new QLabel;
        page->setObjectName(QStringLiteral("reportPage%1").arg(i + 1));
        page->setPixmap(QPixmap::fromImage(image));
        page->setFixedSize(image.size() / ratio);
        auto *shadow = new QGraphicsDropShadowEffect(page);
        shadow->setBlurRadius(12);
        shadow->setOffset(0, 2);
        page->setGraphicsEffect(shadow);
        m_pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_pageCount->setText(tr("%n page(s)", nullptr, m_pages->pageCount()));
}

bool WeeklyReportDialog::save(Format format, const QString &path)
{
    if (!m_pages)
        return false;
    Status written;
    switch (format) {
    case Format::Pdf:
        written = m_pages->writePdf(path);
        break;
    case Format::Xlsx:
        written = reportwriter::writeXlsx(m_pages->report(), path);
        break;
    case Format::Csv:
        written = reportwriter::writeCsv(m_pages->report(), path);
        break;
    }
    if (!written) {
        m_banner->showError(written.error());
        return false;
    }
    m_banner->showSuccess(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    emit saved(path);
    return true;
}

void WeeklyReportDialog::askAndSave(Format format)
{
    if (!m_pages)
        return;
    const QString suffix = format == Format::Pdf    ? QStringLiteral("pdf")
                           : format == Format::Xlsx ? QStringLiteral("xlsx")
                                                    : QStringLiteral("csv");
    const QString filter = format == Format::Pdf    ? tr("PDF documents (*.pdf)")
                           : format == Format::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                    : tr("CSV files (*.csv)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("weekly-report-%1").arg(m_pages->report().weekLabel) +
                                                    QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Save the weekly report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    save(format, path);
}

} // namespace rapi

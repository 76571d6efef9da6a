// Reports ▸ Weekly report…: the dialog opens on last week, previews the PDF's pages and saves
// the report as PDF, XLSX and CSV; a failed save says why in the dialog.
#include "common/messagebanner.h"
#include "reports/weeklyreportdialog.h"
#include "testdb.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace rapi;
using namespace rapi::test;

namespace {

WeeklyReportDialog *openReport(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("weeklyReportAction"));
    REQUIRE(action);
    action->trigger();
    auto *dialog = waitForVisible<WeeklyReportDialog>(&window, QStringLiteral("weeklyReportDialog"));
    REQUIRE(dialog);
    return dialog;
}

} // namespace

TEST_CASE("the weekly report opens on last week with a preview of every PDF page and saves all formats")
{
    UiFixture ui;
    const qint64 shirt = ui.addProduct(QStringLiteral("KAOS-01"), 8500000, 4, 5); // critical stock
    ui.placeOrder({{shirt, 2, 8500000, 0}});
    ui.clock.advance(7 * 86400); // the order is now last week's
    MainWindow &window = ui.openWindow();
    WeeklyReportDialog *dialog = openReport(window);

    const Period lastWeek =
        Period::isoWeekOf(QDateTime::fromSecsSinceEpoch(ui.clock.now()).date()).previous();
    CHECK(dialog->week() == lastWeek);
    auto *week = dialog->findChild<QComboBox *>(QStringLiteral("reportWeek"));
    REQUIRE(week);
    CHECK(week->currentText().startsWith(lastWeek.isoWeekLabel()));
    REQUIRE(dialog->previewPageCount() >= 1);
    auto *firstPage = findVisible(dialog, QLabel::staticMetaObject, QStringLiteral("reportPage1"));
    REQUIRE(firstPage);
    CHECK_FALSE(static_cast<QLabel *>(firstPage)->pixmap().isNull());
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("reportPage%1").arg(dialog->previewPageCount())));

    const QString folder = QFileInfo(tempFilePath(QStringLiteral("x"))).absolutePath();
    for (const auto &[format, name] : {std::pair{WeeklyReportDialog::Format::Pdf, "w.pdf"},
                                       std::pair{WeeklyReportDialog::Format::Xlsx, "w.xlsx"},
                                       std::pair{WeeklyReportDialog::Format::Csv, "w.csv"}}) {
        const QString path = QDir(folder).filePath(QLatin1String(name));
        REQUIRE(dialog->save(format, path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.size() > 500);
    }
    QFile csv(QDir(folder).filePath(QStringLiteral("w.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    CHECK(text.contains("summary,orders_in,current,1\r\n"));
    CHECK(text.contains("reorder,KAOS-01,sku,KAOS-01\r\n"));

    // Another week rebuilds the preview; its figures are that week's.
    week->setCurrentIndex(0); // this week: no orders yet
    CHECK(dialog->week() == Period::isoWeekOf(lastWeek.to));
    REQUIRE(dialog->save(WeeklyReportDialog::Format::Csv, QDir(folder).filePath(QStringLiteral("this.csv"))));
    QFile thisWeek(QDir(folder).filePath(QStringLiteral("this.csv")));
    REQUIRE(thisWeek.open(QIODevice::ReadOnly));
    CHECK(thisWeek.readAll().contains("summary,orders_in,current,0\r\n"));
}

TEST_CASE("saving the weekly report into a folder that does not exist shows why and writes nothing")
{
    UiFixture ui;
    MainWindow &window = ui.openWindow();
    WeeklyReportDialog *dialog = openReport(window);
    const QString path = tempFilePath(QStringLiteral("no-folder")) + QStringLiteral("/w.xlsx");
    CHECK_FALSE(dialog->save(WeeklyReportDialog::Format::Xlsx, path));
    auto *banner = dialog->findChild<MessageBanner *>();
    REQUIRE(banner);
    CHECK(banner->kind() == MessageBanner::Kind::Error);
    CHECK(banner->text().contains(path));
    CHECK_FALSE(QFile::exists(path));
}

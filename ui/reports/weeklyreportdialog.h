#pragma once

#include "common/appcontext.h"
#include "kpi/period.h"

#include <memory>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rapi {

class MessageBanner;
class WeeklyReportPages;

// Reports → Weekly report…: choose an ISO week (default last week), look at the pages exactly
// as the PDF will print them, and save as PDF, XLSX or CSV (SPEC §10).
class WeeklyReportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Pdf, Xlsx, Csv };

    explicit WeeklyReportDialog(AppContext &context, QWidget *parent = nullptr);
    ~WeeklyReportDialog() override;

    // The week shown; selecting another rebuilds the preview.
    Period week() const;
    void selectWeek(const Period &week);
    int previewPageCount() const;
    // Saves the report shown into `path`; false (and a message in the dialog) when it failed.
    bool save(Format format, const QString &path);

signals:
    void saved(const QString &path);

private:
    void rebuild();
    void askAndSave(Format format);

    AppContext &m_context;
    QComboBox *m_week = nullptr;
    MessageBanner *m_banner = nullptr;
    QWidget *m_pagesHost = nullptr;
    QVBoxLayout *m_pagesLayout = nullptr;
    QLabel *m_pageCount = nullptr;
    QList<QPushButton *> m_saveButtons;
    std::unique_ptr<WeeklyReportPages> m_pages;
};

} // namespace rapi

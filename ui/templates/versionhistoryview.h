#pragma once

#include <optional>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextEdit;

namespace rapi {

// One saved version as the history lists it; `text` is what the diff compares.
struct HistoryEntry
{
    qint64 versionId = 0;
    int number = 0;
    QString who;
    qint64 when = 0;
    std::optional<int> restoredFromNumber;
    QString text;
};

// The versions of a template or an SOP, newest first (number, who, when, "restored from vN").
// Selecting an old version shows at a glance how the current version differs from it (lines
// added since in green, removed in red); Restore makes a new version with the old text.
class VersionHistoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit VersionHistoryView(QWidget *parent = nullptr);

    // Newest (the current version) first. Keeps the selected version when it is still listed.
    void setVersions(const QList<HistoryEntry> &versions);
    // Enables Restore only while `enabled` (no unsaved changes in the editor).
    void setRestoreEnabled(bool enabled, const QString &reason = {});
    void selectVersion(int number);

    QTableWidget *table() const { return m_table; }
    QTextEdit *diffView() const { return m_diff; }

    // "Version 3 · Owner · 21 Nov 2025 10:00 · restored from version 1"
    static QString describe(int number, const QString &who, qint64 when,
                            std::optional<int> restoredFromNumber);
    // When a version was saved, in local time.
    static QString whenText(qint64 when);

signals:
    void restoreRequested(qint64 versionId, int number);

private:
    void showSelected();

    QList<HistoryEntry> m_versions;
    bool m_restoreAllowed = true;
    QTableWidget *m_table;
    QLabel *m_caption;
    QTextEdit *m_diff;
    QPushButton *m_restore;
    QLabel *m_restoreHint;
};

} // namespace rapi

#pragma once

#include "templates/versionededitorpage.h"

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace rapi {

struct AppContext;
class PlaceholderHighlighter;
class TemplatePreview;

// Templates listed by kind, and the selected one's editor: the body with its placeholders
// marked as typed, the catalogue of placeholders to insert at the cursor, and a live preview
// filled with a real order, ticket or customer. Versions, history and restore as on every
// versioned page.
class TemplatesPage final : public VersionedEditorPage
{
    Q_OBJECT

public:
    explicit TemplatesPage(AppContext &context, QWidget *parent = nullptr);

    void openNew() override;

    QPlainTextEdit *editor() const { return m_editor; }
    TemplatePreview *preview() const { return m_preview; }
    PlaceholderHighlighter *highlighter() const { return m_highlighter; }
    QTreeWidget *catalogue() const { return m_catalogue; }
    // The owner's "Share with vendors…"; null for everyone else.
    QPushButton *shareButton() const { return m_share; }

protected:
    Result<QList<ListEntry>> entries(bool includeInactive) const override;
    Result<Record> fetch(qint64 id) const override;
    Result<QList<HistoryEntry>> versions(qint64 id) const override;
    Result<qint64> saveVersion(qint64 id, const QStringList &fields, int basedOn) override;
    Result<qint64> restoreVersion(qint64 id, qint64 versionId) override;
    Status setActive(qint64 id, bool active) override;
    Status rename(qint64 id, const QString &name) override;
    QStringList fields() const override;
    void setFields(const QStringList &fields) override;
    void setFieldsReadOnly(bool readOnly) override;
    void recordShown(const Record &record) override;

private:
    QWidget *buildEditor();
    void insertPlaceholder(const QString &key);
    void openShare();

    AppContext &m_context;
    QPlainTextEdit *m_editor = nullptr;
    PlaceholderHighlighter *m_highlighter = nullptr;
    QTreeWidget *m_catalogue = nullptr;
    TemplatePreview *m_preview = nullptr;
    QPushButton *m_insert = nullptr;
    QPushButton *m_share = nullptr;
};

} // namespace rapi

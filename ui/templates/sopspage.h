#pragma once

#include "templates/template.h"
#include "templates/versionededitorpage.h"

class QPlainTextEdit;

namespace rapi {

struct AppContext;
class SopPanel;

// SOPs listed by where they show (order stages, ticket categories), and the selected one's
// goal, steps and done standard, with a live look at how it appears beside the work. Versions,
// history and restore as on every versioned page.
class SopsPage final : public VersionedEditorPage
{
    Q_OBJECT

public:
    explicit SopsPage(AppContext &context, QWidget *parent = nullptr);

    void openNew() override;

    QPlainTextEdit *goalEdit() const { return m_goal; }
    QPlainTextEdit *stepsEdit() const { return m_steps; }
    QPlainTextEdit *doneEdit() const { return m_done; }

protected:
    Result<QList<ListEntry>> entries(bool includeInactive) const override;
    Result<Record> fetch(qint64 id) const override;
    Result<QList<HistoryEntry>> versions(qint64 id) const override;
    Result<qint64> saveVersion(qint64 id, const QStringList &fields, int basedOn) override;
    Result<qint64> restoreVersion(qint64 id, qint64 versionId) override;
    Status setActive(qint64 id, bool active) override;
    QStringList fields() const override;
    void setFields(const QStringList &fields) override;
    void setFieldsReadOnly(bool readOnly) override;
    void recordShown(const Record &record) override;

private:
    QWidget *buildEditor();
    void updateLook();
    static QString placeOf(const Sop &sop);
    // The three parts as one text, for comparing versions line by line.
    static QString diffText(const SopVersion &version);

    AppContext &m_context;
    Sop m_shown; // the SOP being edited, for the live look
    QPlainTextEdit *m_goal = nullptr;
    QPlainTextEdit *m_steps = nullptr;
    QPlainTextEdit *m_done = nullptr;
    SopPanel *m_look = nullptr;
};

} // namespace rapi

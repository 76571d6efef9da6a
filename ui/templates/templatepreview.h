#pragma once

#include "templates/previewsubject.h"
#include "templates/templaterenderer.h"

#include <optional>
#include <QSet>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace rapi {

struct AppContext;

// The live preview beside the template editor: the body filled with a real order, ticket or
// customer (picked by number or name; the most recent one by default). When something cannot be
// filled it shows a message naming the unknown and empty placeholders instead of a half-filled
// text, because that is what a customer would otherwise receive.
class TemplatePreview final : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePreview(AppContext &context, QWidget *parent = nullptr);

    void setBody(const QString &body);
    // The subject kind to use while none is named (tickets for CS replies, orders otherwise).
    void setDefaultKind(PreviewSubject::Kind kind);
    // Looks the subject up again (its data may have changed).
    void reload();

    const std::optional<PreviewSubject> &subject() const { return m_subject; }
    // The filled text, or empty when it cannot be filled.
    QString renderedText() const;
    // Why the text cannot be filled; empty when it can.
    QString problem() const;
    // Known placeholders the subject has no value for.
    QSet<QString> missingKeys() const;

signals:
    void missingKeysChanged(const QSet<QString> &keys);

private:
    void findSubject();
    void showValues(const Result<TemplateValues> &values);
    void render();

    AppContext &m_context;
    QString m_body;
    std::optional<PreviewSubject> m_subject;
    TemplateValues m_values;
    QSet<QString> m_missing;
    QList<PreviewSubject::Kind> m_kinds;

    QComboBox *m_kind;
    QLineEdit *m_search;
    QLabel *m_subjectLabel;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
    QFrame *m_problemBox = nullptr;
    QTimer *m_searchTimer;
};

} // namespace rapi

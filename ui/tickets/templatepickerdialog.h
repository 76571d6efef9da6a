#pragma once

#include "templates/template.h"
#include "templates/templaterenderer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rapi {

struct AppContext;

// Picks a template for a ticket reply and shows it rendered against the ticket (customer, order,
// ticket, signed-in person). A template with an unknown placeholder or one without a value is
// refused with the renderer's message naming them; it cannot be inserted half filled.
class TemplatePickerDialog final : public QDialog
{
    Q_OBJECT

public:
    TemplatePickerDialog(AppContext &context, qint64 ticketId, QWidget *parent = nullptr);

    // The rendered text and the version it came from (valid once accepted).
    QString renderedBody() const { return m_rendered; }
    qint64 versionId() const { return m_versionId; }
    QString templateLabel() const { return m_label; }

    void accept() override;

private:
    void loadTemplates();
    void templateChosen();

    AppContext &m_context;
    TemplateValues m_values;
    QList<Template> m_templates;
    QComboBox *m_kind = nullptr;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_insert = nullptr;
    QString m_rendered;
    qint64 m_versionId = 0;
    QString m_label;
    bool m_valuesOk = false;
};

} // namespace rapi

#pragma once

#include "templates/template.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rapi {

struct AppContext;

// A new template: its kind, a name and the first text (version 1). The core's refusal (no name,
// unknown placeholders) is shown in the dialog, which stays open with everything typed.
class NewTemplateDialog final : public QDialog
{
    Q_OBJECT

public:
    NewTemplateDialog(AppContext &context, TemplateKind kind, QWidget *parent = nullptr);

    qint64 createdId() const { return m_createdId; }
    void accept() override;

private:
    AppContext &m_context;
    qint64 m_createdId = 0;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QPlainTextEdit *m_body;
    QLabel *m_error;
};

} // namespace rapi

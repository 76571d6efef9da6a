#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace rapi {

struct AppContext;

// A new SOP: a title, the one order stage or ticket category it belongs to, and its first goal,
// steps and done standard. The core's refusal is shown in the dialog, which keeps the text.
class NewSopDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewSopDialog(AppContext &context, QWidget *parent = nullptr);

    qint64 createdId() const { return m_createdId; }
    void accept() override;

private:
    AppContext &m_context;
    qint64 m_createdId = 0;
    QLineEdit *m_title;
    QRadioButton *m_forStage;
    QComboBox *m_stage;
    QRadioButton *m_forCategory;
    QComboBox *m_category;
    QPlainTextEdit *m_goal;
    QPlainTextEdit *m_steps;
    QPlainTextEdit *m_done;
    QLabel *m_error;
};

} // namespace rapi

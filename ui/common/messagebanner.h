#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace rapi {

// An inline message strip shown above the content it is about: a refusal from the core
// ("Not enough stock for SKU …") in red, a confirmation in green. It never blocks like a modal
// message box, so the person keeps their context and tests can read it.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Info, Success };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showSuccess(const QString &text) { showMessage(Kind::Success, text); }
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Info;
};

} // namespace rapi

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace rapi {

struct AppContext;

// Preferences: the interface language (applied the next time Rapi starts) and, for reference,
// how long an order may wait in each stage before it counts as stuck.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppContext &context, QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
    QLabel *m_restartNote;
};

} // namespace rapi

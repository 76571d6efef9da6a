#pragma once

#include "settings/settingspage.h"

class QComboBox;
class QLineEdit;

namespace rapi {

// General settings: the interface language of this PC (used from the next start) and the
// business profile the message templates fill in.
class GeneralPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit GeneralPage(QWidget *parent = nullptr);

    void load(const BusinessSettings &settings) override;
    Status collect(BusinessSettings &settings) override;
    void setEditable(bool editable) override;

    // "id" or "en".
    QString language() const;

private:
    QComboBox *m_language;
    QLineEdit *m_name;
    QLineEdit *m_bankAccount;
};

} // namespace rapi

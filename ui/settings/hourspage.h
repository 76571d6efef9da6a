#pragma once

#include "settings/settingspage.h"

#include <array>

class QCheckBox;
class QTimeEdit;

namespace rapi {

// Opening hours per weekday (open or closed, from – until) in the business time zone. SLA
// clocks run only during these hours.
class HoursPage final : public SettingsPage
{
    Q_OBJECT

public:
    // zoneName: how the business time zone is shown ("Asia/Jakarta, UTC+07:00").
    explicit HoursPage(const QString &zoneName, QWidget *parent = nullptr);

    void load(const BusinessSettings &settings) override;
    Status collect(BusinessSettings &settings) override;
    void setEditable(bool editable) override;

private:
    struct Row
    {
        QCheckBox *open = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *until = nullptr;
    };
    void updateRow(const Row &row);

    std::array<Row, 7> m_rows; // index 0 = Monday
    bool m_editable = true;
};

} // namespace rapi

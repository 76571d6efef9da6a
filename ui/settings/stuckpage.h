#pragma once

#include "orders/orderstage.h"
#include "settings/settingspage.h"

#include <QList>

class QSpinBox;

namespace rapi {

// How many hours an order may wait in each open stage before it counts as stuck; "never" for a
// stage that is never flagged.
class StuckPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit StuckPage(QWidget *parent = nullptr);

    void load(const BusinessSettings &settings) override;
    Status collect(BusinessSettings &settings) override;
    void setEditable(bool editable) override;

    QSpinBox *hoursSpin(OrderStage stage) const;

private:
    QList<std::pair<OrderStage, QSpinBox *>> m_rows;
};

} // namespace rapi

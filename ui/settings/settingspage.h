#pragma once

#include "common/result.h"

#include <QWidget>

namespace rapi {

struct BusinessSettings;

// One page of the Settings dialog. It shows its part of the business settings, and on OK or
// Apply copies the edits back, refusing (with a message, the offending field focused) what the
// core would refuse, so the dialog can point at the right page before anything is saved.
class SettingsPage : public QWidget
{
public:
    using QWidget::QWidget;

    virtual void load(const BusinessSettings &settings) = 0;
    virtual Status collect(BusinessSettings &settings) = 0;
    // Read-only for everyone but the owner.
    virtual void setEditable(bool editable) = 0;
};

} // namespace rapi

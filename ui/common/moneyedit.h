#pragma once

#include "common/money.h"

#include <QLineEdit>

namespace rapi {

// An input for a Rupiah amount in whole rupiah, as shop people type it: "15000" or "15.000".
// Shows a fixed "Rp" in front and groups thousands when editing finishes. Rupiah prices have no
// cents in practice, so the edit accepts none; value() is in minor units like every Money.
class MoneyEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    Money value() const;
    void setValue(Money minorUnits);

signals:
    void valueChanged(rapi::Money minorUnits);

private:
    void regroup();
};

} // namespace rapi

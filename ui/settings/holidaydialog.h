#pragma once

#include "sla/slasettings.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace rapi {

// Adds a holiday to the list being edited, or changes one. A date the list already has, or a
// holiday without a name, is refused here with a message and the dialog stays open.
class HolidayDialog final : public QDialog
{
    Q_OBJECT

public:
    // others: the rest of the list (without the holiday being edited).
    HolidayDialog(const QList<Holiday> &others, const Holiday &initial, bool editing,
                  QWidget *parent = nullptr);

    Holiday holiday() const;
    void accept() override;

private:
    QList<Holiday> m_others;
    QDateEdit *m_date;
    QLineEdit *m_name;
    QLabel *m_error;
};

} // namespace rapi

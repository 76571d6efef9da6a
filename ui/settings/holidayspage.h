#pragma once

#include "settings/settingspage.h"
#include "sla/slasettings.h"

class QComboBox;
class QPushButton;
class QTableWidget;

namespace rapi {

// The holiday list, sorted by date and filtered by year: add, edit and remove. Edits stay in
// the page until the dialog saves them.
class HolidaysPage final : public SettingsPage
{
    Q_OBJECT

public:
    // today: the date a new holiday starts from.
    explicit HolidaysPage(QDate today, QWidget *parent = nullptr);

    void load(const BusinessSettings &settings) override;
    Status collect(BusinessSettings &settings) override;
    void setEditable(bool editable) override;

    QTableWidget *table() const { return m_table; }
    QComboBox *yearFilter() const { return m_year; }

private:
    void fill();
    void fillYears();
    void addHoliday();
    void editHoliday();
    void removeHoliday();
    // Edits the holiday at index, or adds one when index is -1.
    void openDialog(int index);
    // The index in m_holidays of the selected row, or -1.
    int selectedIndex() const;
    void select(QDate day);
    void updateButtons();

    QDate m_today;
    QList<Holiday> m_holidays; // sorted by date
    QComboBox *m_year;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    bool m_editable = true;
};

} // namespace rapi

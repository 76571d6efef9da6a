#pragma once

#include "sla/businesssettings.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QTabWidget;

namespace rapi {

struct AppContext;
class GeneralPage;
class HolidaysPage;
class HoursPage;
class MessageBanner;
class SettingsPage;
class SlaPage;
class StuckPage;
class UsersPage;

// File ▸ Settings: the language of this PC and the business settings (profile, opening hours,
// holidays, SLA targets, stuck thresholds) on one tab each. Edits are saved together on OK or
// Apply; a refused value shows a message on its tab and saves nothing; Cancel keeps everything
// as it was. Only the owner changes business settings; others see them read-only.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppContext &context, QWidget *parent = nullptr);

    void accept() override;
    // Saves the edits; false (with a message shown) when something was refused.
    bool apply();

    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    GeneralPage *generalPage() const { return m_general; }
    HoursPage *hoursPage() const { return m_hours; }
    HolidaysPage *holidaysPage() const { return m_holidays; }
    SlaPage *slaPage() const { return m_sla; }
    StuckPage *stuckPage() const { return m_stuck; }
    // The owner's Users tab; null for everyone else.
    UsersPage *usersPage() const { return m_users; }

signals:
    // Business settings were saved: lists that show SLAs or stuck orders should load again.
    void settingsSaved();

private:
    void load();

    AppContext &m_context;
    BusinessSettings m_loaded;
    bool m_editable = false;
    QString m_initialLanguage;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    GeneralPage *m_general;
    HoursPage *m_hours;
    HolidaysPage *m_holidays;
    SlaPage *m_sla;
    StuckPage *m_stuck;
    UsersPage *m_users = nullptr;
    QList<SettingsPage *> m_pages;
    QDialogButtonBox *m_buttons;
};

} // namespace rapi

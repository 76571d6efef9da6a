#include "settings/settingsdialog.h"

#include "accounts/permission.h"
#include "accounts/userspage.h"
#include "common/appcontext.h"
#include "common/clock.h"
#include "common/messagebanner.h"
#include "settings/appsettings.h"
#include "settings/generalpage.h"
#include "settings/holidayspage.h"
#include "settings/hourspage.h"
#include "settings/slapage.h"
#include "settings/stuckpage.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rapi {

namespace {

// "Asia/Jakarta (UTC+07:00)"; the fallback zone when the stored one cannot be read.
QString zoneName(Database &db)
{
    auto zone = SlaSettings(db).timeZone();
    const QTimeZone shown = zone ? zone.value() : businesstime::defaultZone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(shown.id()),
                                         shown.displayName(now, QTimeZone::OffsetName));
}

} // namespace

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_banner(new MessageBanner(this)), m_tabs(new QTabWidget(this)),
      m_general(new GeneralPage(this)), m_hours(new HoursPage(zoneName(context.db), this)),
      m_holidays(
          new HolidaysPage(businesstime::dateOf(context.clock.now(), businesstime::defaultZone()), this)),
      m_sla(new SlaPage(this)), m_stuck(new StuckPage(this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_banner);

    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_hours, tr("Business hours"));
    m_tabs->addTab(m_holidays, tr("Holidays"));
    m_tabs->addTab(m_sla, tr("SLA targets"));
    m_tabs->addTab(m_stuck, tr("Stuck orders"));
    m_pages = {m_general, m_hours, m_holidays, m_sla, m_stuck};
    for (SettingsPage *page : std::as_const(m_pages))
        page->layout()->setContentsMargins(4, 12, 4, 4);
    // Accounts are saved as they are changed, not with OK or Apply (SPEC §1: owner only).
    if (permission::allows(context.actor.role, Permission::ManageUsers)) {
        m_users = new UsersPage(context, this);
        m_users->layout()->setContentsMargins(4, 12, 4, 4);
        m_tabs->addTab(m_users, tr("Users"));
    }
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (apply())
            m_banner->showSuccess(tr("Settings saved."));
    });

    m_initialLanguage = m_general->language();
    load();
    resize(680, 600);
}

void SettingsDialog::load()
{
    auto settings = BusinessSettingsStore(m_context.db).load();
    if (!settings) {
        m_banner->showError(settings.error());
        m_editable = false;
    } else {
        m_loaded = settings.value();
        m_editable = BusinessSettingsStore::canEdit(m_context.actor);
        for (SettingsPage *page : std::as_const(m_pages))
            page->load(m_loaded);
        if (!m_editable)
            m_banner->showMessage(MessageBanner::Kind::Info,
                                  tr("Only the owner can change the business settings; you can look at them "
                                     "here. The language is yours to choose."));
    }
    for (SettingsPage *page : std::as_const(m_pages))
        page->setEditable(m_editable);
    // Everyone may change the language, which is all Apply would save for them.
    m_buttons->button(QDialogButtonBox::Apply)->setVisible(m_editable);
}

bool SettingsDialog::apply()
{
    if (m_editable) {
        BusinessSettings edited = m_loaded;
        for (SettingsPage *page : std::as_const(m_pages)) {
            if (Status status = page->collect(edited); !status) {
                m_tabs->setCurrentWidget(page);
                m_banner->showError(status.error());
                return false;
            }
        }
        if (Status status = BusinessSettingsStore(m_context.db).save(edited, m_context.actor); !status) {
            m_banner->showError(status.error());
            return false;
        }
        m_loaded = edited;
        emit settingsSaved();
    }
    // The language belongs to this PC; it is written only when it was changed, so another PC's
    // choice is not overwritten by accident.
    if (const QString language = m_general->language(); language != m_initialLanguage) {
        appsettings::setLanguage(language);
        m_initialLanguage = language;
    }
    m_banner->clear();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace rapi

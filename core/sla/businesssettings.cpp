#include "sla/businesssettings.h"

#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"
#include "orders/orderrepository.h"
#include "orders/stuckthresholds.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::BusinessSettingsStore)
};

const QString kNameKey = QStringLiteral("business_name");
const QString kBankAccountKey = QStringLiteral("business_bank_account");

} // namespace

BusinessSettingsStore::BusinessSettingsStore(Database &db) : m_db(db) {}

bool BusinessSettingsStore::canEdit(const Actor &actor)
{
    return SlaSettings::canEdit(actor) && StuckThresholds::canEdit(actor);
}

Status BusinessSettingsStore::checkProfile(const QString &name, const QString &bankAccount)
{
    if (name.trimmed().size() > kMaxProfileLength)
        return Error{Tr::tr("The business name is too long (at most %1 characters).").arg(kMaxProfileLength)};
    if (bankAccount.trimmed().size() > kMaxProfileLength)
        return Error{Tr::tr("The bank account is too long (at most %1 characters).").arg(kMaxProfileLength)};
    return {};
}

Status BusinessSettingsStore::checkHours(const std::array<std::optional<DayHours>, 7> &hours)
{
    for (int day = 1; day <= 7; ++day) {
        if (auto status = SlaSettings::checkHours(day, hours[day - 1]); !status)
            return status;
    }
    return {};
}

Status BusinessSettingsStore::checkPolicies(const QList<SlaPolicy> &policies)
{
    for (const SlaPolicy &policy : policies) {
        if (auto status = SlaSettings::checkPolicy(policy); !status)
            return status;
    }
    return {};
}

Status BusinessSettingsStore::checkStuckThresholds(const QHash<OrderStage, qint64> &thresholds)
{
    for (OrderStage stage : orderstage::all) {
        const auto limit = thresholds.constFind(stage);
        if (limit == thresholds.constEnd())
            continue;
        if (auto status = StuckThresholds::check(stage, *limit); !status)
            return status;
    }
    return {};
}

Status BusinessSettingsStore::check(const BusinessSettings &settings)
{
    for (const Status &status :
         {checkProfile(settings.name, settings.bankAccount), checkHours(settings.hours),
          SlaSettings::checkHolidays(settings.holidays), checkPolicies(settings.policies),
          checkStuckThresholds(settings.stuckThresholds)}) {
        if (!status)
            return status;
    }
    return {};
}

Result<BusinessSettings> BusinessSettingsStore::load() const
{
    BusinessSettings settings;
    {
        DbQuery q(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?)"));
        q.bind(kNameKey).bind(kBankAccountKey);
        if (!q.exec())
            return q.error();
        while (q.next())
            (q.text(0) == kNameKey ? settings.name : settings.bankAccount) = q.text(1);
    }
    SlaSettings sla(m_db);
    auto calendar = sla.calendar();
    if (!calendar)
        return Error{calendar.error()};
    for (int day = 1; day <= 7; ++day)
        settings.hours[day - 1] = calendar->hours(day);
    auto holidays = sla.holidays();
    if (!holidays)
        return Error{holidays.error()};
    settings.holidays = holidays.value();
    auto policies = sla.policies();
    if (!policies)
        return Error{policies.error()};
    settings.policies = policies.value();
    auto thresholds = OrderRepository(m_db).stuckThresholds();
    if (!thresholds)
        return Error{thresholds.error()};
    settings.stuckThresholds = thresholds.value();
    return settings;
}

Status BusinessSettingsStore::setSetting(const QString &key, const QString &value)
{
    DbQuery q(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.bind(key);
    if (!q.exec())
        return q.error();
    // An empty value is left out, so a template preview names what is missing.
    if (value.isEmpty())
        return {};
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    q.bind(key).bind(value);
    if (!q.exec())
        return q.error();
    return {};
}

Status BusinessSettingsStore::save(const BusinessSettings &settings, const Actor &actor)
{
    if (!canEdit(actor))
        return Error{Tr::tr("Only the owner can change the business settings.")};
    if (auto status = check(settings); !status)
        return status;

    SlaSettings sla(m_db);
    auto stored = sla.holidays();
    if (!stored)
        return Error{stored.error()};

    // The setters below join this transaction: a failure anywhere rolls all of it back.
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.startStatus();
    if (auto status = setSetting(kNameKey, settings.name.trimmed()); !status)
        return status;
    if (auto status = setSetting(kBankAccountKey, settings.bankAccount.trimmed()); !status)
        return status;
    for (int day = 1; day <= 7; ++day) {
        if (auto status = sla.setHours(day, settings.hours[day - 1], actor); !status)
            return status;
    }

    QHash<QDate, QString> wanted;
    for (const Holiday &holiday : settings.holidays)
        wanted.insert(holiday.day, holiday.name.trimmed());
    QHash<QDate, QString> current;
    for (const Holiday &holiday : stored.value()) {
        current.insert(holiday.day, holiday.name);
        if (!wanted.contains(holiday.day)) {
            if (auto status = sla.removeHoliday(holiday.day, actor); !status)
                return status;
        }
    }
    for (const Holiday &holiday : settings.holidays) {
        const auto was = current.constFind(holiday.day);
        if (was != current.constEnd() && *was == holiday.name.trimmed())
            continue;
        if (auto status = sla.setHoliday(holiday, actor); !status)
            return status;
    }

    for (const SlaPolicy &policy : settings.policies) {
        if (auto status = sla.setPolicy(policy, actor); !status)
            return status;
    }
    StuckThresholds thresholds(m_db);
    for (OrderStage stage : orderstage::pending) {
        const auto limit = settings.stuckThresholds.constFind(stage);
        const std::optional<qint64> seconds =
            limit != settings.stuckThresholds.constEnd() ? std::optional<qint64>(*limit) : std::nullopt;
        if (auto status = thresholds.set(stage, seconds, actor); !status)
            return status;
    }
    return tx.commit();
}

} // namespace rapi

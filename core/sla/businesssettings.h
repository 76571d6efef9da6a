#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "orders/orderstage.h"
#include "sla/slasettings.h"

#include <array>
#include <optional>
#include <QHash>
#include <QList>
#include <QString>

namespace rapi {

class Database;

// Everything the owner sets up for the business in the Settings dialog, as one value: the
// profile the message templates use, opening hours, holidays, SLA targets and stuck thresholds.
struct BusinessSettings
{
    QString name;        // setting `business_name` ({{business.name}} in templates)
    QString bankAccount; // setting `business_bank_account` ({{business.bank_account}})
    std::array<std::optional<DayHours>, 7> hours; // index 0 = Monday; none = closed
    QList<Holiday> holidays;                      // sorted by date
    QList<SlaPolicy> policies;                    // one per priority, lowest first
    QHash<OrderStage, qint64> stuckThresholds;    // seconds; a stage without one is never stuck
};

// Reads and saves BusinessSettings. A save checks everything first and then writes in one
// transaction, so a refused value leaves every setting as it was. Only the owner saves.
class BusinessSettingsStore final
{
public:
    static constexpr int kMaxProfileLength = 200;

    explicit BusinessSettingsStore(Database &db);

    static bool canEdit(const Actor &actor);
    // The first problem found, with a message naming the field; the parts are also checkable
    // on their own so an editor can point at the right page.
    static Status check(const BusinessSettings &settings);
    static Status checkProfile(const QString &name, const QString &bankAccount);
    static Status checkHours(const std::array<std::optional<DayHours>, 7> &hours);
    static Status checkPolicies(const QList<SlaPolicy> &policies);
    static Status checkStuckThresholds(const QHash<OrderStage, qint64> &thresholds);

    Result<BusinessSettings> load() const;
    Status save(const BusinessSettings &settings, const Actor &actor);

private:
    Status setSetting(const QString &key, const QString &value);

    Database &m_db;
};

} // namespace rapi

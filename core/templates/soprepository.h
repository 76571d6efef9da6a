#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "templates/template.h"

namespace rapi {

class Database;

// What a person writes for an SOP version.
struct SopText
{
    QString goal;
    QString steps;
    QString doneStandard;
};

// SOPs (goal, steps, done standard), versioned like templates and linked to one order stage or
// one ticket category, so the order and ticket screens can show the current one beside the work.
class SopRepository final
{
public:
    explicit SopRepository(Database &db, const Clock &clock = Clock::system());

    // Every SOP, active or not, by title.
    Result<QList<Sop>> list() const;
    Result<Sop> get(qint64 sopId) const;
    Result<QList<SopVersion>> versions(qint64 sopId) const; // newest first
    // The ticket categories in use (by tickets or SOPs), lower case, for linking a new SOP.
    Result<QStringList> ticketCategories() const;
    // The SOP for the work at hand; empty when none is written yet. When several are linked to
    // the same place, the most recently created active one counts.
    Result<std::optional<Sop>> currentForOrderStage(OrderStage stage) const;
    Result<std::optional<Sop>> currentForTicketCategory(const QString &category) const;

    Result<qint64> createForOrderStage(const QString &title, OrderStage stage, const SopText &text,
                                       const Actor &actor);
    Result<qint64> createForTicketCategory(const QString &title, const QString &category, const SopText &text,
                                           const Actor &actor);
    // A new version; basedOnNumber guards against overwriting someone else's save.
    Result<qint64> save(qint64 sopId, const SopText &text, int basedOnNumber, const Actor &actor);
    Result<qint64> restore(qint64 sopId, qint64 versionId, const Actor &actor);
    Status setActive(qint64 sopId, bool active, const Actor &actor);

private:
    Result<qint64> create(const QString &title, std::optional<OrderStage> stage, const QString &category,
                          const SopText &text, const Actor &actor);
    Result<std::optional<Sop>> currentWhere(const QString &condition, const QString &value) const;
    Result<qint64> addVersion(qint64 sopId, const SopText &text, std::optional<qint64> restoredFrom,
                              const Actor &actor);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi

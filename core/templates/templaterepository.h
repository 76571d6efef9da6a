#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "templates/template.h"

namespace rapi {

class Database;

// Templates and their immutable versions (SPEC §6). Every save is a new version recording who
// and when; anything produced from a template stores the version id it used.
class TemplateRepository final
{
public:
    explicit TemplateRepository(Database &db, const Clock &clock = Clock::system());

    // Active templates with their current version, by kind then name; all kinds when empty.
    // includeInactive adds the deactivated ones (for bringing one back; editors only).
    // Every read is the viewer's: a vendor sees only the templates shared with them (share()).
    Result<QList<Template>> list(const Actor &viewer, std::optional<TemplateKind> kind = std::nullopt,
                                 bool includeInactive = false) const;
    Result<Template> get(qint64 templateId, const Actor &viewer) const;
    // Newest first.
    Result<QList<TemplateVersion>> versions(qint64 templateId, const Actor &viewer) const;
    Result<TemplateVersion> version(qint64 versionId, const Actor &viewer) const;

    // The vendors a template or brief is shared with (user ids); replaces the earlier choice.
    // Only vendor accounts can be named: everyone else reads every template anyway.
    Status share(qint64 templateId, const QList<qint64> &vendorIds, const Actor &actor);
    Result<QList<qint64>> sharedWith(qint64 templateId, const Actor &actor) const;

    // The body is checked for unknown placeholders before anything is saved.
    Result<qint64> create(TemplateKind kind, const QString &name, const QString &body, const Actor &actor);
    // Saves a new version; returns its id. basedOnNumber: the version the person edited; if someone
    // saved meanwhile the save is refused. Saving an unchanged body adds nothing.
    Result<qint64> save(qint64 templateId, const QString &body, int basedOnNumber, const Actor &actor);
    // A new version with the body of an old one.
    Result<qint64> restore(qint64 templateId, qint64 versionId, const Actor &actor);
    Status rename(qint64 templateId, const QString &name, const Actor &actor);
    Status setActive(qint64 templateId, bool active, const Actor &actor);

private:
    Result<Template> current(qint64 templateId) const;
    // Refuses a vendor a template not shared with them, with the same words as a missing one.
    Status checkVisible(qint64 templateId, const Actor &viewer) const;
    Result<qint64> addVersion(qint64 templateId, const QString &body, std::optional<qint64> restoredFrom,
                              const Actor &actor);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi

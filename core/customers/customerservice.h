#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "customers/customerrepository.h"

namespace rapi {

class Database;

// Changes to customers (SPEC §4), one transaction per call: profile edits guarded by the row
// version, timestamped notes by author, and merging two records of the same person so that all
// orders, tickets and notes end up on the one kept.
class CustomerService final
{
public:
    CustomerService(Database &db, const Clock &clock = Clock::system());

    // Saves name, phone, e-mail, address, handles, preferences and tags of profile.id.
    // profile.version is the version the person edited; a newer one is refused.
    Status updateProfile(const CustomerProfile &profile, const Actor &actor);
    Result<qint64> addNote(qint64 customerId, const QString &body, const Actor &actor);
    // Moves everything of `duplicateId` onto `keepId`, fills the kept record's empty fields from
    // the duplicate, unites tags and handles, and marks the duplicate as merged (it stays for
    // the record but no longer shows). A note on the kept customer says what was merged.
    Status merge(qint64 keepId, qint64 duplicateId, const Actor &actor);

    // Lower case, trimmed, without duplicates, sorted.
    static QStringList normaliseTags(const QStringList &tags);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi

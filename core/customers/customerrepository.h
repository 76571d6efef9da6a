#pragma once

#include "common/actor.h"
#include "common/clock.h"
#include "common/money.h"
#include "common/result.h"

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapi {

class Database;

struct Customer
{
    qint64 id = 0;
    QString name;
    QString phone;
};

// Everything the customer page shows and edits (SPEC §4).
struct CustomerProfile
{
    qint64 id = 0;
    QString name;
    QString phone; // normalised, see normalisePhone()
    QString email;
    QString address;
    QString handles;     // "instagram: @siti.r" lines, one per channel
    QString preferences; // free text: sizes, colours, when to call
    QStringList tags;    // lower case, sorted, no duplicates
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> mergedInto; // set when this record was merged into another
    int version = 1;
};

struct CustomerNote
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString body;
    qint64 authorId = 0;
    QString authorName;
    qint64 createdAt = 0;
};

// Derived from orders, never typed: an order counts as a purchase once it is paid or on its way
// (paid, processing, shipped, completed); cancelled and returned orders do not.
struct CustomerStats
{
    qint64 purchaseCount = 0;
    Money purchaseTotal = 0; // lines and shipping
    std::optional<qint64> firstPurchaseAt;
    std::optional<qint64> lastPurchaseAt;
    qint64 orderCount = 0; // every order, whatever its stage
    qint64 ticketCount = 0;
};

// One line of the customer's timeline.
struct TimelineEntry
{
    enum class Kind { Order, Payment, Ticket, Note };
    Kind kind = Kind::Order;
    qint64 at = 0;
    qint64 refId = 0; // order, ticket or note id
    QString title;    // "ORD-000042", "TCK-000007", the note's author
    QString detail;   // stage and total, ticket subject and status, note text
    Money amount = 0; // orders and payments
};

// Reads customers: as orders need them (name and phone) and as the CRM shows them (profile,
// notes, derived purchase figures, timeline, search, likely duplicates). Changes go through
// CustomerService.
class CustomerRepository final
{
public:
    explicit CustomerRepository(Database &db, const Clock &clock = Clock::system());

    Result<Customer> get(qint64 id) const;
    // Matches by normalised phone when given, else by exact name among customers without a phone;
    // creates the customer if none. A match that was merged into another customer resolves to the
    // record that survived; unmerged matches come first.
    Result<qint64> findOrCreate(const QString &name, const QString &phone);
    Result<QList<Customer>> search(const QString &text, int limit = 20) const;

    Result<CustomerProfile> profile(qint64 id) const;
    // The profile as the actor may see it (SPEC §1): vendors are refused; warehouse staff get the
    // name and shipping address only, with phone, e-mail, handles and preferences empty.
    Result<CustomerProfile> profile(qint64 id, const Actor &actor) const;
    // Notes are contact data: refused to roles that may not see it.
    Result<QList<CustomerNote>> notes(qint64 customerId, const Actor &actor) const;
    // Full-text search over name, phone, e-mail, tags, handles and note text (SQLite FTS5,
    // PostgreSQL to_tsvector). Every word must match the start of a word of the customer (or of
    // one note); a phone number matches however it is written. Merged records are left out.
    Result<QList<Customer>> find(const QString &text, int limit = 50) const;
    // The customers with the latest activity (order placed, ticket opened, note written, record
    // created), newest first, for the list before anything is searched. It reads only the newest
    // few rows of each of those tables, so it costs the same at 200 customers or 200,000.
    Result<QList<Customer>> recent(int limit = 100) const;
    // The lists as the actor may see them (SPEC §1): vendors are refused; roles without contact
    // access get empty phones, and their search matches names only (a phone, e-mail or note
    // must not find a customer for someone who may not see it).
    Result<QList<Customer>> find(const QString &text, const Actor &actor, int limit = 50) const;
    Result<QList<Customer>> recent(const Actor &actor, int limit = 100) const;
    // Customers that show in lists (not merged into another).
    Result<qint64> activeCount() const;
    // Newest first.
    Result<QList<CustomerNote>> notes(qint64 customerId) const;
    Result<CustomerStats> stats(qint64 customerId) const;
    // Orders, payments, tickets and notes in time order, oldest first.
    Result<QList<TimelineEntry>> timeline(qint64 customerId) const;
    // Other (unmerged) customers with the same phone number or e-mail address.
    Result<QList<Customer>> duplicatesOf(qint64 customerId) const;

    // "0812-3456 7890", "+62 812 3456 7890" and "6281234567890" are all "081234567890".
    static QString normalisePhone(const QString &phone);
    // Something@domain.tld without spaces: what the profile and the customer import accept.
    static bool isEmailAddress(const QString &text);

private:
    Result<QList<Customer>> findByName(const QString &text, int limit) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace rapi

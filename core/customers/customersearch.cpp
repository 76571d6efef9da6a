// CustomerRepository::find: full-text customer search (SQLite FTS5 / PostgreSQL tsvector).
#include "accounts/permission.h"
#include "customers/customerrepository.h"
#include "customers/searchterms.h"
#include "db/database.h"
#include "db/dbquery.h"

#include <QRegularExpression>

namespace rapi {

namespace searchterms {

QStringList words(const QString &text, bool sqlite)
{
    const QString trimmed = text.trimmed();
    // A phone number typed any way ("+62 812-3456") is one word, normalised like stored phones.
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9][0-9 ().-]*$"));
    if (phoneLike.match(trimmed).hasMatch()) {
        const QString digits = CustomerRepository::normalisePhone(trimmed);
        if (!digits.isEmpty())
            return {digits};
    }
    QStringList words;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : trimmed.split(spaces, Qt::SkipEmptyParts)) {
        QString clean;
        for (QChar c : word) {
            if (c.isLetterOrNumber())
                clean += c.toLower();
            else if (!sqlite && (c == QLatin1Char('@') || c == QLatin1Char('.') || c == QLatin1Char('_')))
                clean += c;
            else if (sqlite)
                clean += QLatin1Char(' '); // FTS5's tokenizer splits there too
        }
        for (const QString &part : clean.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words << part;
    }
    return words;
}

QString prefixTerm(const QString &word, bool sqlite)
{
    return sqlite ? QString(QLatin1Char('"') + word + QStringLiteral("\"*"))
                  : QString(word + QStringLiteral(":*"));
}

QString allWords(const QStringList &words, bool sqlite)
{
    QStringList terms;
    for (const QString &w : words)
        terms << prefixTerm(w, sqlite);
    return terms.join(sqlite ? QStringLiteral(" ") : QStringLiteral(" & "));
}

} // namespace searchterms

namespace {

// From this many matching notes on, find() walks the customers in name order (see there).
constexpr int manyNotes = 2000;

} // namespace

Result<QList<Customer>> CustomerRepository::find(const QString &text, int limit) const
{
    const bool sqlite = m_db.isSqlite();
    const QStringList words = searchterms::words(text, sqlite);
    if (words.isEmpty())
        return QList<Customer>();
    const QString match = searchterms::allWords(words, sqlite);

    DbQuery q(m_db);
    if (sqlite) {
        // Collecting the customers of every matching note before sorting by name costs a lookup per
        // note: fine for a rare word, a quarter of a second for one in 50,000 of a million notes.
        // Such a word matches customers all along the alphabet, so then the customers are walked
        // in name order, each checked through its own notes, until the page is full.
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM customer_note_fts WHERE "
                                 "customer_note_fts MATCH ? LIMIT ?)"));
        q.bind(match).bind(manyNotes);
        if (!q.exec() || !q.next())
            return q.error();
        const bool walk = q.int64(0) >= manyNotes;
        q.finish();
        q.prepare(
            walk ? QStringLiteral(
                       "SELECT c.id, c.name, COALESCE(c.phone, '') FROM customers c WHERE c.merged_into IS "
                       "NULL AND (c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?) OR "
                       "EXISTS (SELECT 1 FROM customer_notes n WHERE n.customer_id = c.id AND n.id IN "
                       "(SELECT rowid FROM customer_note_fts WHERE customer_note_fts MATCH ?))) "
                       "ORDER BY c.name, c.id LIMIT ?")
                 : QStringLiteral("SELECT id, name, COALESCE(phone, '') FROM customers WHERE merged_into IS "
                                  "NULL AND id IN "
                                  "(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? "
                                  " UNION SELECT n.customer_id FROM customer_note_fts f "
                                  " JOIN customer_notes n ON n.id = f.rowid WHERE customer_note_fts MATCH ?) "
                                  "ORDER BY name, id LIMIT ?"));
    } else {
        // The expressions match the GIN indexes of migration 2 exactly, so the planner uses them.
        q.prepare(QStringLiteral(
            "SELECT id, name, COALESCE(phone, '') FROM customers WHERE merged_into IS NULL AND id IN "
            "(SELECT id FROM customers WHERE to_tsvector('simple', name || ' ' || COALESCE(phone, '') || ' ' "
            "|| "
            " email || ' ' || tags || ' ' || handles) @@ to_tsquery('simple', ?) "
            " UNION SELECT customer_id FROM customer_notes WHERE to_tsvector('simple', body) @@ "
            "to_tsquery('simple', ?)) "
            "ORDER BY name, id LIMIT ?"));
    }
    q.bind(match).bind(match).bind(limit);
    if (!q.exec())
        return q.error();
    QList<Customer> list;
    while (q.next())
        list.append({q.int64(0), q.text(1), q.text(2)});
    return list;
}

namespace {

// What a role without contact access may keep of a list: the name, never the phone.
QList<Customer> masked(QList<Customer> list, const Actor &actor)
{
    if (!permission::allows(actor.role, Permission::ReadCustomerContact)) {
        for (Customer &c : list)
            c.phone.clear();
    }
    return list;
}

} // namespace

Result<QList<Customer>> CustomerRepository::find(const QString &text, const Actor &actor, int limit) const
{
    if (Status allowed = permission::authorize(actor, Permission::ReadCustomers); !allowed)
        return Error{allowed.error()};
    auto found = permission::allows(actor.role, Permission::ReadCustomerContact) ? find(text, limit)
                                                                                 : findByName(text, limit);
    if (!found)
        return found;
    return masked(found.value(), actor);
}

Result<QList<Customer>> CustomerRepository::recent(const Actor &actor, int limit) const
{
    if (Status allowed = permission::authorize(actor, Permission::ReadCustomers); !allowed)
        return Error{allowed.error()};
    auto found = recent(limit);
    if (!found)
        return found;
    return masked(found.value(), actor);
}

Result<QList<Customer>> CustomerRepository::findByName(const QString &text, int limit) const
{
    const bool sqlite = m_db.isSqlite();
    const QStringList words = searchterms::words(text, sqlite);
    if (words.isEmpty())
        return QList<Customer>();
    DbQuery q(m_db);
    if (sqlite) {
        // FTS5 column filters: every word must start a word of the name.
        QStringList terms;
        for (const QString &w : words)
            terms << QStringLiteral("name : ") + searchterms::prefixTerm(w, true);
        q.prepare(QStringLiteral("SELECT id, name FROM customers WHERE merged_into IS NULL AND id IN "
                                 "(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?) "
                                 "ORDER BY name, id LIMIT ?"));
        q.bind(terms.join(QStringLiteral(" AND "))).bind(limit);
    } else {
        // The whole-record index narrows the rows; the name alone decides.
        const QString match = searchterms::allWords(words, false);
        q.prepare(QStringLiteral(
            "SELECT id, name FROM customers WHERE merged_into IS NULL AND to_tsvector('simple', name || ' ' "
            "|| "
            "COALESCE(phone, '') || ' ' || email || ' ' || tags || ' ' || handles) @@ to_tsquery('simple', "
            "?) "
            "AND to_tsvector('simple', name) @@ to_tsquery('simple', ?) ORDER BY name, id LIMIT ?"));
        q.bind(match).bind(match).bind(limit);
    }
    if (!q.exec())
        return q.error();
    QList<Customer> list;
    while (q.next())
        list.append({q.int64(0), q.text(1), QString()});
    return list;
}

} // namespace rapi

// CustomerRepository::find: full-text customer search (SQLite FTS5 / PostgreSQL tsvector).
#include "customers/customerrepository.h"
#include "db/database.h"
#include "db/dbquery.h"

#include <QRegularExpression>

namespace rapi {

namespace {

// The words of the search, each reduced to what the index can match: letters, digits and, for
// PostgreSQL (whose parser keeps e-mail addresses whole), '@', '.', '_' and '-'.
QStringList searchWords(const QString &text, bool sqlite)
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
    for (const QString &word :
         trimmed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
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

} // namespace

Result<QList<Customer>> CustomerRepository::find(const QString &text, int limit) const
{
    const bool sqlite = m_db.isSqlite();
    const QStringList words = searchWords(text, sqlite);
    if (words.isEmpty())
        return QList<Customer>();
    QStringList terms;
    for (const QString &w : words)
        terms << (sqlite ? QString(QLatin1Char('"') + w + QStringLiteral("\"*"))
                         : QString(w + QStringLiteral(":*")));
    const QString match = terms.join(sqlite ? QStringLiteral(" ") : QStringLiteral(" & "));

    DbQuery q(m_db);
    if (sqlite) {
        q.prepare(QStringLiteral(
            "SELECT id, name, COALESCE(phone, '') FROM customers WHERE merged_into IS NULL AND id IN "
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

} // namespace rapi

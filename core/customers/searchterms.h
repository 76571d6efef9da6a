#pragma once

#include <QString>
#include <QStringList>

namespace rapi::searchterms {

// What a person typed into a search box, as full-text terms that match the start of a word:
// SQLite FTS5 prefix queries, PostgreSQL to_tsquery('simple') prefixes. Shared by customer search
// and the ticket queue so both read a query the same way.

// The words of the text, each reduced to what the index can match: letters and digits and, for
// PostgreSQL (whose parser keeps e-mail addresses whole), '@', '.' and '_'. A text that looks like
// a phone number is one word, normalised like stored phones.
QStringList words(const QString &text, bool sqlite);
// One word as a prefix term: "siti"* (FTS5) or siti:* (tsquery).
QString prefixTerm(const QString &word, bool sqlite);
// Every word as a prefix term, all required.
QString allWords(const QStringList &words, bool sqlite);

} // namespace rapi::searchterms

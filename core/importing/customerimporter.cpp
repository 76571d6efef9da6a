#include "importing/customerimporter.h"

#include "customers/customerrepository.h"
#include "customers/customerservice.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "db/writetransaction.h"
#include "importing/csvreader.h"
#include "importing/customerindex.h"
#include "importing/importsupport.h"

#include <optional>
#include <QHash>

namespace rapi::importing {

namespace {

enum Column { Name, Phone, Email, Address, Tags, Notes, ColumnCount };

constexpr ColumnSpec kColumns[ColumnCount] = {
    {"name", true}, {"phone", false}, {"email", false}, {"address", false}, {"tags", false}, {"notes", false},
};

// The profile fields an import may set.
struct Fields
{
    QString name;
    QString email;
    QString address;
    QStringList tags;

    bool operator==(const Fields &) const = default;
};

QString tagsText(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}

class CustomerImporter final
{
public:
    CustomerImporter(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                     const Clock &clock, ImportReport &report)
        : m_db(db), m_options(options), m_actor(actor), m_now(clock.now()), m_report(report),
          m_rows(csv, kColumns, report), m_customers(db), m_profile(db), m_noteExists(db), m_insert(db),
          m_update(db), m_insertNote(db)
    {}

    Status run();

private:
    Status prepare();
    Status readRow();
    Result<Fields> current(qint64 id);
    Result<bool> hasNote(qint64 id, const QString &body);
    // Writes a row's outcome: a new customer (no id), or the changed fields and/or the new note of
    // a known one. Nothing on a dry run or after an issue: the import rolls back anyway.
    Status write(std::optional<qint64> id, const std::optional<Fields> &fields, const QString &phone,
                 const QString &note);

    Database &m_db;
    const ImportOptions &m_options;
    const Actor &m_actor;
    qint64 m_now;
    ImportReport &m_report;
    ColumnReader m_rows;
    CustomerIndex m_customers;
    DbQuery m_profile;
    DbQuery m_noteExists;
    DbQuery m_insert;
    DbQuery m_update;
    DbQuery m_insertNote;
    QHash<QString, int> m_rowOfKey; // "p:phone" or "n:name" → the row it is on
};

Status CustomerImporter::run()
{
    if (Status status = requireCustomerAccess(m_actor); !status)
        return status;
    if (Status status = m_rows.resolve(); !status)
        return status;
    const ImportCacheSize cache(m_db);
    std::optional<WriteTransaction> tx;
    if (!m_options.dryRun) {
        tx.emplace(m_db);
        if (!tx->ok())
            return tx->startStatus();
    }
    if (Status status = prepare(); !status)
        return status;
    while (m_rows.next()) {
        if (Status status = readRow(); !status)
            return status;
    }
    if (m_rows.issues().any() || m_options.dryRun)
        return {}; // the transaction rolls back: nothing is written
    if (Status status = tx->commit(); !status)
        return status;
    m_report.applied = true;
    return {};
}

Status CustomerImporter::prepare()
{
    const std::pair<DbQuery *, QString> statements[] = {
        {&m_profile, QStringLiteral("SELECT name, email, address, tags FROM customers WHERE id = ?")},
        {&m_noteExists, QStringLiteral("SELECT id FROM customer_notes WHERE customer_id = ? AND body = ?")},
        {&m_insert, QStringLiteral("INSERT INTO customers (name, phone, email, address, tags, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")},
        {&m_update, QStringLiteral("UPDATE customers SET name = ?, email = ?, address = ?, tags = ?, "
                                   "updated_at = ?, version = version + 1 WHERE id = ?")},
        {&m_insertNote,
         QStringLiteral("INSERT INTO customer_notes (customer_id, body, author_id, created_at) "
                        "VALUES (?, ?, ?, ?)")},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql))
            return query->error();
    }
    return m_customers.load();
}

Status CustomerImporter::readRow()
{
    const QString name = m_rows.cell(Name).toString().simplified();
    if (name.isEmpty())
        m_rows.bad(Name, ImportTr::tr("is empty"));
    const QString phone = m_rows.phone(Phone);
    const QString email = m_rows.cell(Email).toString();
    if (!email.isEmpty() && !CustomerRepository::isEmailAddress(email))
        m_rows.bad(Email, ImportTr::tr("“%1” is not an e-mail address").arg(email));
    if (!m_rows.rowOk())
        return {};

    // One row per customer: a second row for the same one would leave it to the order of the rows
    // which cell wins.
    const QString key = phone.isEmpty() ? QStringLiteral("n:") + name : QStringLiteral("p:") + phone;
    if (const auto seen = m_rowOfKey.constFind(key); seen != m_rowOfKey.cend()) {
        if (phone.isEmpty())
            m_rows.bad(Name, ImportTr::tr(
                                 "%1 (without a phone) is also on row %2; each customer may appear only once")
                                 .arg(name)
                                 .arg(*seen));
        else
            m_rows.bad(Phone, ImportTr::tr("%1 is also on row %2; each customer may appear only once")
                                  .arg(phone)
                                  .arg(*seen));
        return {};
    }
    m_rowOfKey.insert(key, m_rows.row());

    Fields file;
    file.name = name;
    file.email = email;
    file.address = m_rows.cell(Address).toString();
    QStringList tags;
    for (QStringView tag : m_rows.cell(Tags).split(QLatin1Char('|')))
        tags << tag.toString();
    file.tags = CustomerService::normaliseTags(tags);
    const QString note = m_rows.cell(Notes).toString();

    const std::optional<qint64> id = m_customers.find(name, phone);
    if (!id) {
        ++m_report.created;
        return write(std::nullopt, file, phone, note);
    }

    // A known customer: cells with a value overwrite, empty cells keep what is there, tags are
    // added, and the note is added unless the customer already has exactly that note.
    auto before = current(*id);
    if (!before)
        return Error{before.error()};
    Fields after = before.value();
    after.name = file.name;
    if (!file.email.isEmpty())
        after.email = file.email;
    if (!file.address.isEmpty())
        after.address = file.address;
    after.tags = CustomerService::normaliseTags(after.tags + file.tags);
    QString newNote;
    if (!note.isEmpty()) {
        auto known = hasNote(*id, note);
        if (!known)
            return Error{known.error()};
        if (!known.value())
            newNote = note;
    }
    if (after == before.value() && newNote.isEmpty()) {
        ++m_report.unchanged;
        return {};
    }
    ++m_report.updated;
    return write(id, after == before.value() ? std::optional<Fields>() : after, phone, newNote);
}

Result<Fields> CustomerImporter::current(qint64 id)
{
    m_profile.bind(id);
    if (!m_profile.exec() || !m_profile.next())
        return m_profile.error();
    Fields f{m_profile.text(0), m_profile.text(1), m_profile.text(2),
             m_profile.text(3).split(QStringLiteral(", "), Qt::SkipEmptyParts)};
    m_profile.finish();
    return f;
}

Result<bool> CustomerImporter::hasNote(qint64 id, const QString &body)
{
    m_noteExists.bind(id).bind(body);
    if (!m_noteExists.exec())
        return m_noteExists.error();
    const bool found = m_noteExists.next();
    m_noteExists.finish();
    return found;
}

Status CustomerImporter::write(std::optional<qint64> id, const std::optional<Fields> &fields,
                               const QString &phone, const QString &note)
{
    if (m_options.dryRun || m_rows.issues().any())
        return {};
    if (!id) {
        m_insert.bind(fields->name).bindNullableText(phone).bind(fields->email).bind(fields->address);
        m_insert.bind(tagsText(fields->tags)).bind(m_now).bind(m_now);
        if (!m_insert.exec() || !m_insert.next())
            return m_insert.error();
        id = m_insert.int64(0);
        m_insert.finish(); // an open result would keep SQLite from committing
        m_customers.remember(fields->name, phone, *id);
    } else if (fields) {
        m_update.bind(fields->name).bind(fields->email).bind(fields->address).bind(tagsText(fields->tags));
        m_update.bind(m_now).bind(*id);
        if (!m_update.exec())
            return m_update.error();
    }
    if (!note.isEmpty()) {
        m_insertNote.bind(*id).bind(note).bind(m_actor.userId).bind(m_now);
        if (!m_insertNote.exec())
            return m_insertNote.error();
    }
    return {};
}

} // namespace

Status importCustomers(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                       const Clock &clock, ImportReport &report)
{
    CustomerImporter importer(db, csv, options, actor, clock, report);
    return importer.run();
}

} // namespace rapi::importing

#include "importing/importsupport.h"

#include "accounts/permission.h"
#include "customers/customerrepository.h"
#include "db/database.h"
#include "db/dbquery.h"
#include "importing/csvreader.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rapi::importing {

Result<QList<int>> resolveColumns(const QStringList &header, std::span<const ColumnSpec> columns)
{
    QList<int> positions(qsizetype(columns.size()), -1);
    QStringList twice;
    for (int h = 0; h < header.size(); ++h) {
        const QString name = header.at(h).trimmed();
        for (size_t c = 0; c < columns.size(); ++c) {
            if (name.compare(QLatin1String(columns[c].name), Qt::CaseInsensitive) != 0)
                continue;
            if (positions[c] >= 0)
                twice << QLatin1String(columns[c].name);
            else
                positions[c] = h;
        }
    }
    QStringList missing;
    for (size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].required && positions[c] < 0)
            missing << QLatin1String(columns[c].name);
    }
    if (!missing.isEmpty()) {
        QStringList all;
        for (const ColumnSpec &spec : columns)
            all << QLatin1String(spec.name);
        return Error{
            ImportTr::tr("The file has no column %1. The first line must name the columns; needed: %2.")
                .arg(missing.join(QStringLiteral(", ")), all.join(QStringLiteral(", ")))};
    }
    if (!twice.isEmpty())
        return Error{ImportTr::tr("The column %1 appears more than once in the first line.")
                         .arg(twice.join(QStringLiteral(", ")))};
    return positions;
}

ColumnReader::ColumnReader(CsvReader &csv, std::span<const ColumnSpec> columns, ImportReport &report)
    : m_csv(csv), m_columns(columns), m_report(report), m_issues(report)
{}

Status ColumnReader::resolve()
{
    auto resolved = resolveColumns(m_csv.header(), m_columns);
    if (!resolved)
        return Error{resolved.error()};
    m_pos = resolved.value();
    return {};
}

bool ColumnReader::next()
{
    while (m_csv.next()) {
        ++m_report.rowsRead;
        m_rowOk = true;
        if (m_csv.fieldCount() == m_csv.header().size())
            return true;
        badRow(ImportTr::tr("the row has %1 fields, but the first line names %2 columns (is a delimiter or a "
                            "quote missing?)")
                   .arg(m_csv.fieldCount())
                   .arg(m_csv.header().size()));
    }
    if (!m_csv.error().isEmpty())
        m_issues.add(m_csv.errorRow(), headerName(m_csv.errorField()), m_csv.error());
    return false;
}

int ColumnReader::row() const
{
    return m_csv.row();
}

QStringView ColumnReader::cell(int column) const
{
    const int pos = m_pos[column];
    return pos < 0 ? QStringView() : m_csv.field(pos);
}

const QString &ColumnReader::headerName(int field) const
{
    static const QString none;
    return field >= 0 && field < m_csv.header().size() ? m_csv.header().at(field) : none;
}

void ColumnReader::bad(int column, const QString &reason)
{
    m_issues.add(m_csv.row(), name(column), reason);
    m_rowOk = false;
}

void ColumnReader::badRow(const QString &reason)
{
    m_issues.add(m_csv.row(), QString(), reason);
    m_rowOk = false;
}

std::optional<qint64> ColumnReader::time(int column, TimeParser &parser, bool required)
{
    const QStringView text = cell(column);
    if (text.isEmpty()) {
        if (required)
            bad(column, ImportTr::tr("is empty"));
        return std::nullopt;
    }
    const auto parsed = parser.parse(text);
    if (!parsed)
        bad(column, notATimeReason(text));
    return parsed;
}

std::optional<qint64> ColumnReader::count(int column)
{
    const QStringView text = cell(column);
    if (text.isEmpty())
        return std::nullopt;
    const auto n = parseCount(text);
    if (!n)
        bad(column, ImportTr::tr("“%1” is not a whole number of 0 or more").arg(text));
    return n;
}

QString ColumnReader::phone(int column)
{
    const QStringView text = cell(column);
    if (text.isEmpty())
        return QString();
    auto parsed = parsePhone(text);
    if (!parsed) {
        bad(column, parsed.error());
        return QString();
    }
    return parsed.value();
}

QString notATimeReason(QStringView text)
{
    return ImportTr::tr("“%1” is not a date and time like 2026-11-20 14:05 or 2026-11-20T14:05:00+07:00")
        .arg(text);
}

Result<QString> parsePhone(QStringView text)
{
    for (QChar c : text) {
        if ((c.unicode() < '0' || c.unicode() > '9') && !QStringView(u" +-.()/").contains(c))
            return Error{
                ImportTr::tr("“%1” is not a phone number (only digits, spaces and + - . ( ) are allowed)")
                    .arg(text)};
    }
    const QString normalised = CustomerRepository::normalisePhone(text.toString());
    if (normalised.size() < 7 || normalised.size() > 15)
        return Error{ImportTr::tr("“%1” is not a phone number (it needs 7 to 15 digits)").arg(text)};
    return normalised;
}

ImportCacheSize::ImportCacheSize(Database &db) : m_db(db)
{
    if (!m_db.isSqlite())
        return;
    DbQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return; // only slower without it
    m_previous = q.int64(0);
    q.exec(QStringLiteral("PRAGMA cache_size = -262144"));
}

ImportCacheSize::~ImportCacheSize()
{
    if (m_previous)
        DbQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
}

void IssueList::add(int row, const QString &column, const QString &reason)
{
    ++m_count;
    if (m_report.issues.size() < kMaxListed)
        m_report.issues.append({row, column, reason});
    else
        ++m_report.moreIssues;
}

Status requireCustomerAccess(const Actor &actor)
{
    if (permission::allows(actor.role, Permission::EditCustomers))
        return {};
    return Error{ImportTr::tr("Only the owner and CS staff can import customers and tickets.")};
}

std::optional<qint64> parseCount(QStringView text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

namespace {

// Reads exactly `digits` decimal digits at pos, advancing it.
bool readDigits(QStringView text, qsizetype &pos, int digits, int &value)
{
    if (pos + digits > text.size())
        return false;
    value = 0;
    for (int i = 0; i < digits; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    pos += digits;
    return true;
}

bool expect(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos >= text.size() || text[pos].unicode() != c)
        return false;
    ++pos;
    return true;
}

constexpr qint64 kUnixEpochJulianDay = 2440588;

} // namespace

TimeParser::TimeParser(QTimeZone zone) : m_zone(std::move(zone)) {}

std::optional<qint64> TimeParser::parse(QStringView text)
{
    qsizetype pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(text, pos, 4, year) || !expect(text, pos, u'-') || !readDigits(text, pos, 2, month) ||
        !expect(text, pos, u'-') || !readDigits(text, pos, 2, day))
        return std::nullopt;
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    if (pos < text.size()) {
        if (text[pos] != u'T' && text[pos] != u't' && text[pos] != u' ')
            return std::nullopt;
        ++pos;
        if (!readDigits(text, pos, 2, hour) || !expect(text, pos, u':') || !readDigits(text, pos, 2, minute))
            return std::nullopt;
        if (pos < text.size() && text[pos] == u':') {
            ++pos;
            if (!readDigits(text, pos, 2, second))
                return std::nullopt;
            // Fractions of a second are dropped: Rapi stores whole seconds.
            if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
                ++pos;
                const qsizetype start = pos;
                while (pos < text.size() && text[pos].unicode() >= u'0' && text[pos].unicode() <= u'9')
                    ++pos;
                if (pos == start)
                    return std::nullopt;
            }
        }
        if (hour > 23 || minute > 59 || second > 59)
            return std::nullopt;
    }
    const qint64 julianDay = QDate(year, month, day).toJulianDay();
    const int secondsOfDay = hour * 3600 + minute * 60 + second;

    if (pos == text.size())
        return localToUtc(julianDay, secondsOfDay);

    int offset = 0;
    const char16_t sign = text[pos].unicode();
    if (sign == u'Z' || sign == u'z') {
        ++pos;
    } else if (sign == u'+' || sign == u'-') {
        ++pos;
        int offHours = 0, offMinutes = 0;
        if (!readDigits(text, pos, 2, offHours))
            return std::nullopt;
        if (pos < text.size()) {
            if (text[pos] == u':')
                ++pos;
            if (!readDigits(text, pos, 2, offMinutes))
                return std::nullopt;
        }
        if (offHours > 14 || offMinutes > 59)
            return std::nullopt;
        offset = (offHours * 3600 + offMinutes * 60) * (sign == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    return (julianDay - kUnixEpochJulianDay) * 86400 + secondsOfDay - offset;
}

qint64 TimeParser::localToUtc(qint64 julianDay, int secondsOfDay)
{
    auto found = m_days.constFind(julianDay);
    if (found == m_days.cend()) {
        const QDate date = QDate::fromJulianDay(julianDay);
        const QDateTime start(date, QTime(0, 0), m_zone);
        DayOffset day;
        day.offset = start.offsetFromUtc();
        if (m_zone.hasTransitions()) {
            // A transition within the day (or right at its edges) means two offsets: ask Qt
            // for each time of such a day instead.
            const QTimeZone::OffsetData next = m_zone.nextTransition(start.addSecs(-1));
            const qint64 dayEnd = start.toSecsSinceEpoch() + 86400 + 3600;
            day.uniform = !next.atUtc.isValid() || next.atUtc.toSecsSinceEpoch() > dayEnd;
        }
        found = m_days.insert(julianDay, day);
    }
    if (found->uniform)
        return (julianDay - kUnixEpochJulianDay) * 86400 + secondsOfDay - found->offset;
    const QDate date = QDate::fromJulianDay(julianDay);
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(secondsOfDay * 1000), m_zone).toSecsSinceEpoch();
}

} // namespace rapi::importing

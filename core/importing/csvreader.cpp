#include "importing/csvreader.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::CsvReader)
};

// Large reads keep the per-call overhead of QFile and the decoder out of the per-line cost.
constexpr qint64 kChunkBytes = 4 << 20;
// A record longer than this is a quote that never closes; stop before the rest of a large file
// ends up in memory as one field.
constexpr qsizetype kMaxRecordChars = 4 << 20;

} // namespace

Status CsvReader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read “%1”: %2").arg(path, m_file.errorString())};

    // The delimiter is whichever of ',' and ';' the header line uses more (outside quotes).
    qsizetype scanned = 0;
    bool inQuote = false;
    int commas = 0;
    int semicolons = 0;
    bool headerComplete = false;
    while (!headerComplete) {
        if (scanned >= m_buffer.size() && !fill())
            break;
        for (; scanned < m_buffer.size(); ++scanned) {
            const char16_t c = m_buffer.at(scanned).unicode();
            if (c == u'"')
                inQuote = !inQuote;
            else if (!inQuote && c == u',')
                ++commas;
            else if (!inQuote && c == u';')
                ++semicolons;
            else if (!inQuote && (c == u'\n' || c == u'\r')) {
                headerComplete = true;
                break;
            }
        }
        if (!headerComplete && scanned > kMaxRecordChars)
            break;
    }
    if (m_decodeFailed)
        return Error{Tr::tr("“%1” is not UTF-8 text. Save it as “CSV UTF-8” in your spreadsheet and try again.")
                         .arg(path)};
    if (m_buffer.trimmed().isEmpty())
        return Error{Tr::tr("“%1” is empty: the first line must name the columns.").arg(path)};
    m_delimiter = semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');

    if (!next()) {
        if (m_error.isEmpty())
            return Error{Tr::tr("“%1” is empty: the first line must name the columns.").arg(path)};
        return Error{Tr::tr("Line %1 of “%2”: %3").arg(m_errorLine).arg(path, m_error)};
    }
    m_header.clear();
    for (int i = 0; i < m_fieldCount; ++i)
        m_header.append(field(i).toString());
    return {};
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Drop what was consumed so the buffer holds at most one partial record plus a chunk.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_file.read(kChunkBytes);
    if (bytes.isEmpty()) {
        m_eof = true;
        // A truncated multi-byte sequence at the very end shows up only now.
        m_buffer += m_decoder(QByteArrayView());
        m_decodeFailed = m_decodeFailed || m_decoder.hasError();
        return true;
    }
    const bool first = m_file.pos() == bytes.size();
    m_buffer += m_decoder(bytes);
    m_decodeFailed = m_decodeFailed || m_decoder.hasError();
    if (first && m_buffer.startsWith(QChar(0xFEFF)))
        m_buffer.remove(0, 1);
    return true;
}

QString &CsvReader::fieldBuffer(int index)
{
    if (index >= m_fields.size())
        m_fields.resize(index + 1);
    QString &f = m_fields[index];
    // resize(0) keeps the allocation, so steady-state parsing allocates nothing per field.
    f.resize(0);
    return f;
}

QStringView CsvReader::field(int index) const
{
    if (index < 0 || index >= m_fieldCount)
        return {};
    return QStringView(m_fields.at(index)).trimmed();
}

bool CsvReader::next()
{
    for (;;) {
        switch (parseRecord()) {
        case Parse::Record: {
            bool blank = true;
            for (int i = 0; i < m_fieldCount && blank; ++i)
                blank = field(i).isEmpty();
            if (!blank)
                return true;
            continue;
        }
        case Parse::NeedMore:
            if (m_buffer.size() - m_pos > kMaxRecordChars) {
                m_error = Tr::tr("a quoted field is never closed (a \" is missing)");
                m_errorLine = m_line;
                m_errorField = -1;
                return false;
            }
            fill();
            if (m_decodeFailed) {
                m_error = Tr::tr("the file is not UTF-8 text; save it as “CSV UTF-8” and try again");
                m_errorLine = m_line;
                m_errorField = -1;
                return false;
            }
            continue;
        case Parse::End:
            m_error.clear();
            return false;
        case Parse::Malformed:
            return false;
        }
    }
}

CsvReader::Parse CsvReader::parseRecord()
{
    const QChar *d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    const char16_t delim = m_delimiter.unicode();
    qsizetype p = m_pos;
    int line = m_line;
    int count = 0;
    if (p >= n)
        return m_eof ? Parse::End : Parse::NeedMore;

    // Ends the record at p (which points at a line break or the end of the data).
    auto finish = [&]() -> Parse {
        if (p < n) {
            if (d[p] == u'\r') {
                if (p + 1 >= n && !m_eof)
                    return Parse::NeedMore; // a '\n' may follow in the next chunk
                p += (p + 1 < n && d[p + 1] == u'\n') ? 2 : 1;
            } else {
                ++p;
            }
            ++line;
        }
        m_recordLine = m_line;
        m_line = line;
        m_pos = p;
        m_fieldCount = count;
        return Parse::Record;
    };

    for (;;) {
        QString &f = fieldBuffer(count++);
        if (p < n && d[p] == u'"') {
            const int quoteLine = line;
            ++p;
            for (;;) {
                const qsizetype start = p;
                while (p < n && d[p] != u'"') {
                    if (d[p] == u'\n')
                        ++line;
                    ++p;
                }
                f.append(d + start, p - start);
                if (p >= n) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_error = Tr::tr("a quoted field is never closed (a \" is missing)");
                    m_errorLine = quoteLine;
                    m_errorField = count - 1;
                    return Parse::Malformed;
                }
                if (p + 1 >= n && !m_eof)
                    return Parse::NeedMore; // cannot tell a closing quote from a doubled one yet
                if (p + 1 < n && d[p + 1] == u'"') {
                    f.append(QLatin1Char('"'));
                    p += 2;
                    continue;
                }
                ++p;
                break;
            }
            // Spreadsheets never write it, but a space before the delimiter is harmless.
            while (p < n && (d[p] == u' ' || d[p] == u'\t'))
                ++p;
            if (p >= n) {
                if (!m_eof)
                    return Parse::NeedMore;
                return finish();
            }
            if (d[p] == delim) {
                ++p;
                continue;
            }
            if (d[p] == u'\n' || d[p] == u'\r')
                return finish();
            m_error = Tr::tr("unexpected text after a closing quote (a quote inside a quoted field must be "
                         "doubled: \"\")");
            m_errorLine = line;
            m_errorField = count - 1;
            return Parse::Malformed;
        }

        const qsizetype start = p;
        while (p < n) {
            const char16_t c = d[p].unicode();
            if (c == delim || c == u'\n' || c == u'\r')
                break;
            ++p;
        }
        f.append(d + start, p - start);
        if (p >= n) {
            if (!m_eof)
                return Parse::NeedMore;
            return finish();
        }
        if (d[p] == delim) {
            ++p;
            continue;
        }
        return finish();
    }
}

} // namespace rapi

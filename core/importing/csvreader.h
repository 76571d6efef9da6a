#pragma once

#include "common/result.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace rapi {

// A small streaming RFC 4180 reader for the CSV files shop owners export from spreadsheets and
// marketplaces: UTF-8 (a BOM is skipped), ',' or ';' as the delimiter (detected from the header
// line), quoted fields holding delimiters, line breaks and doubled quotes, CRLF or LF line ends.
// It reads the file in large chunks and reuses its field buffers, so a file of millions of lines
// streams through without being held in memory.
class CsvReader final
{
public:
    CsvReader() = default;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens the file and reads its header record. Fails when the file cannot be read, is empty
    // or is not UTF-8 text.
    Status open(const QString &path);

    // Reads the next data record. False at the end of the file or on a malformed record; then
    // error() tells which (empty at the end). Records whose fields are all empty (blank lines,
    // ";;;;" rows that spreadsheets leave) are skipped.
    bool next();

    const QStringList &header() const { return m_header; }
    QChar delimiter() const { return m_delimiter; }
    // The 1-based line of the file where the current record starts (the header is line 1).
    int row() const { return m_recordLine; }
    int fieldCount() const { return m_fieldCount; }
    // A field of the current record with surrounding spaces removed; empty past the last field.
    QStringView field(int index) const;
    const QString &error() const { return m_error; }
    // The line where error() happened and the 0-based field it was in (-1 when unknown).
    int errorRow() const { return m_errorLine; }
    int errorField() const { return m_errorField; }

private:
    enum class Parse { Record, NeedMore, End, Malformed };

    Parse parseRecord();
    bool fill();
    QString &fieldBuffer(int index);

    QFile m_file;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_decodeFailed = false;

    QChar m_delimiter = QLatin1Char(',');
    QStringList m_header;
    QList<QString> m_fields; // reused between records to keep their capacity
    int m_fieldCount = 0;
    int m_line = 1; // line of the next unread character
    int m_recordLine = 0;
    QString m_error;
    int m_errorLine = 0;
    int m_errorField = -1;
};

} // namespace rapi

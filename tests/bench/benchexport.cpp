#include "benchexport.h"

#include "common/money.h"
#include "db/database.h"
#include "db/dbquery.h"

#include <QFile>
#include <QSqlRecord>

namespace rapi::bench {

namespace {

// Buffered writing; QFile per field would dominate the export of millions of rows.
class Writer final
{
public:
    explicit Writer(const QString &path) : m_file(path)
    {
        m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    ~Writer() { flush(); }
    bool ok() const { return m_ok; }
    QByteArray &buffer() { return m_buffer; }
    void maybeFlush()
    {
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    bool flush()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return m_ok;
    }

private:
    QFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

void csvField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n')) {
        out += '"';
        for (char c : utf8) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    } else {
        out += utf8;
    }
}

// "2025-11-20 14:05:00" in Jakarta time (UTC+7 all year) from UTC seconds.
void localTime(QByteArray &out, qint64 utc)
{
    const qint64 local = utc + 7 * 3600;
    qint64 days = local / 86400;
    qint64 secs = local % 86400;
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = days / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char text[32];
    const int n =
        snprintf(text, sizeof text, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld", (long long)y, (long long)m,
                 (long long)d, (long long)(secs / 3600), (long long)(secs / 60 % 60), (long long)(secs % 60));
    out.append(text, n);
}

void optionalTime(QByteArray &out, const QVariant &value)
{
    if (!value.isNull())
        localTime(out, value.toLongLong());
}

} // namespace

Result<qint64> exportProductsCsv(const Database &db, const QString &path)
{
    Writer w(path);
    if (!w.ok())
        return Error{QStringLiteral("cannot write %1").arg(path)};
    w.buffer() += "sku,name,category,unit_price,cost,on_hand,reorder_point,reorder_qty,active\n";
    DbQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT sku, name, category, unit_price, cost, on_hand, reorder_point, reorder_qty, "
            "active FROM products ORDER BY id")))
        return q.error();
    qint64 rows = 0;
    while (q.next()) {
        QByteArray &b = w.buffer();
        csvField(b, q.text(0));
        b += ',';
        csvField(b, q.text(1));
        b += ',';
        csvField(b, q.text(2));
        b += ',' + money::toMajorString(q.int64(3)).toLatin1() + ',' +
             money::toMajorString(q.int64(4)).toLatin1();
        b += ',' + QByteArray::number(q.int64(5)) + ',' + QByteArray::number(q.int64(6)) + ',' +
             QByteArray::number(q.int64(7)) + ',' + QByteArray::number(q.int64(8)) + '\n';
        ++rows;
    }
    if (!w.flush())
        return Error{QStringLiteral("cannot write %1").arg(path)};
    return rows;
}

Result<qint64> exportOrdersCsv(const Database &db, const QString &path)
{
    Writer w(path);
    if (!w.ok())
        return Error{QStringLiteral("cannot write %1").arg(path)};
    w.buffer() +=
        "order_number,ordered_at,channel,customer_name,customer_phone,status,payment_method,paid_at,"
        "shipped_at,completed_at,courier,tracking_number,shipping_fee,notes,sku,quantity,unit_price,"
        "discount\n";
    DbQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT o.number, o.placed_at, ch.code, cu.name, cu.phone, o.stage, o.payment_method, o.paid_at, "
            "o.shipped_at, o.completed_at, o.courier, o.tracking_number, o.shipping_fee, o.notes, p.sku, "
            "l.quantity, l.unit_price, l.discount FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "JOIN channels ch ON ch.id = o.channel_id LEFT JOIN customers cu ON cu.id = o.customer_id "
            "JOIN products p ON p.id = l.product_id ORDER BY l.order_id, l.id")))
        return q.error();
    qint64 rows = 0;
    while (q.next()) {
        QByteArray &b = w.buffer();
        b += q.text(0).toLatin1() + ',';
        localTime(b, q.int64(1));
        b += ',' + q.text(2).toLatin1() + ',';
        csvField(b, q.text(3));
        b += ',' + q.text(4).toLatin1() + ',' + q.text(5).toLatin1() + ',' + q.text(6).toLatin1() + ',';
        optionalTime(b, q.value(7));
        b += ',';
        optionalTime(b, q.value(8));
        b += ',';
        optionalTime(b, q.value(9));
        b += ',';
        csvField(b, q.text(10));
        b += ',';
        csvField(b, q.text(11));
        b += ',' + money::toMajorString(q.int64(12)).toLatin1() + ',';
        csvField(b, q.text(13));
        b += ',';
        csvField(b, q.text(14));
        b += ',' + QByteArray::number(q.int64(15)) + ',' + money::toMajorString(q.int64(16)).toLatin1() +
             ',' + money::toMajorString(q.int64(17)).toLatin1() + '\n';
        ++rows;
        w.maybeFlush();
    }
    if (!w.flush())
        return Error{QStringLiteral("cannot write %1").arg(path)};
    return rows;
}

Result<qint64> writeInsertScript(const Database &db, const QStringList &tables, const QString &path,
                                 int rowsPerInsert, int cacheKib)
{
    Writer w(path);
    if (!w.ok())
        return Error{QStringLiteral("cannot write %1").arg(path)};
    w.buffer() +=
        "PRAGMA foreign_keys=ON;\nPRAGMA cache_size=-" + QByteArray::number(cacheKib) + ";\nBEGIN;\n";
    qint64 rows = 0;
    for (const QString &table : tables) {
        DbQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            return q.error();
        const QSqlRecord record = q.raw().record();
        QByteArray head = "INSERT INTO " + table.toLatin1() + " (";
        for (int c = 0; c < record.count(); ++c)
            head += (c ? "," : "") + record.fieldName(c).toLatin1();
        head += ") VALUES ";
        int inStatement = 0;
        while (q.next()) {
            QByteArray &b = w.buffer();
            b += inStatement == 0 ? head : QByteArray(",");
            b += '(';
            for (int c = 0; c < record.count(); ++c) {
                if (c)
                    b += ',';
                const QVariant v = q.value(c);
                if (v.isNull()) {
                    b += "NULL";
                } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
                    b += QByteArray::number(v.toLongLong());
                } else {
                    b += '\'' + v.toString().toUtf8().replace('\'', "''") + '\'';
                }
            }
            b += ')';
            if (++inStatement >= rowsPerInsert) {
                b += ";\n";
                inStatement = 0;
            }
            ++rows;
            w.maybeFlush();
        }
        if (inStatement > 0)
            w.buffer() += ";\n";
    }
    w.buffer() += "COMMIT;\n";
    if (!w.flush())
        return Error{QStringLiteral("cannot write %1").arg(path)};
    return rows;
}

} // namespace rapi::bench

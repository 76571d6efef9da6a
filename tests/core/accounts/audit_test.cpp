#include "accounts/accountservice.h"
#include "audit/auditlog.h"
#include "customers/customerrepository.h"
#include "customers/customerservice.h"
#include "db/dbquery.h"
#include "importing/importer.h"
#include "orderfixture.h"
#include "stock/stockledger.h"
#include "testdb.h"

#include <catch2/catch.hpp>
#include <QFile>

using namespace rapi;
using namespace rapi::test;

namespace {

QList<AuditEntry> allEntries(Database &db)
{
    auto entries = AuditLog(db).list({}, Actor::localOwner());
    REQUIRE(entries.ok());
    return entries.value();
}

qint64 auditRows(Database &db)
{
    DbQuery q(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.int64(0);
}

} // namespace

TEST_CASE("creates, updates, imports and logins are each audited with who, when and what")
{
    OrderFixture f;
    const qint64 start = f.clock.now();
    const qint64 product = f.addProduct(QStringLiteral("KOPI-250"), 6500000, 10);
    const qint64 order = f.placeOrder({{product, 1, 6500000, 0}});
    REQUIRE(f.move(order, OrderStage::Paid).ok());
    REQUIRE(StockLedger(*f.db, f.clock).adjust(product, -1, QStringLiteral("broken"), f.actor).ok());
    const qint64 customer = CustomerRepository(*f.db, f.clock)
                                .findOrCreate(QStringLiteral("Siti"), QStringLiteral("0812"))
                                .value();
    REQUIRE(CustomerService(*f.db, f.clock).addNote(customer, QStringLiteral("VIP"), f.actor).ok());

    const QString csv = tempFilePath(QStringLiteral("audit-products.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("sku,name,unit_price\nTEH-100,Teh,15000\n");
    file.close();
    const auto imported = importCsv(*f.db, ImportKind::Products, csv, {}, f.actor, f.clock);
    REQUIRE(imported.ok());
    REQUIRE(imported->applied);
    ImportOptions dry;
    dry.dryRun = true;
    REQUIRE(importCsv(*f.db, ImportKind::Products, csv, dry, f.actor, f.clock).ok());

    AccountService accounts(*f.db, f.clock);
    REQUIRE(accounts.createOwner(QStringLiteral("sari"), QStringLiteral("kopi-susu-2026")).ok());
    REQUIRE(accounts.login(QStringLiteral("sari"), QStringLiteral("kopi-susu-2026")).ok());
    REQUIRE_FALSE(accounts.login(QStringLiteral("sari"), QStringLiteral("teh-tawar-00")).ok());

    QStringList lines;
    for (const AuditEntry &e : allEntries(*f.db)) {
        CHECK(e.at >= start);
        CHECK(e.at <= f.clock.now());
        lines << e.userName + QLatin1Char(' ') + e.action + QLatin1Char(' ') + e.entity + QLatin1Char(' ') +
                     e.summary;
    }
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    const auto has = [&](const QString &start) {
        return std::any_of(lines.cbegin(), lines.cend(),
                           [&](const QString &l) { return l.startsWith(start); });
    };
    CHECK(has(QStringLiteral("owner create product KOPI-250 Produk KOPI-250")));
    CHECK(has(QStringLiteral("owner create order ORD-000001")));
    CHECK(has(QStringLiteral("owner update order ORD-000001: new → paid")));
    CHECK(has(QStringLiteral("owner create stock adjusted KOPI-250 -1: broken")));
    CHECK(has(QStringLiteral("owner create customer_note")));
    CHECK(lines.count(
              QStringLiteral("owner import product audit-products.csv: 1 rows, 1 created, 0 updated")) == 1);
    CHECK(has(QStringLiteral("sari create user owner account sari")));
    CHECK(has(QStringLiteral("sari login user")));
    CHECK(has(QStringLiteral("sari login_failed user wrong password")));
}

TEST_CASE("a refused or failed change leaves no audit entry")
{
    OrderFixture f;
    const qint64 product = f.addProduct(QStringLiteral("KOPI-250"), 6500000, 1);
    const qint64 before = auditRows(*f.db);
    CHECK_FALSE(StockLedger(*f.db, f.clock).adjust(product, -5, QStringLiteral("lost"), f.actor).ok());
    CHECK_FALSE(StockLedger(*f.db, f.clock)
                    .receive(product, 5, QString(), Actor{1, QStringLiteral("v"), Role::Vendor})
                    .ok());
    CHECK(auditRows(*f.db) == before);
}

TEST_CASE("the database refuses to change or delete audit entries")
{
    OrderFixture f;
    f.addProduct(QStringLiteral("KOPI-250"), 6500000, 1);
    const qint64 before = auditRows(*f.db);
    REQUIRE(before > 0);
    DbQuery q(*f.db);
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET summary = 'nothing happened'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(auditRows(*f.db) == before);
    const auto entries = allEntries(*f.db);
    REQUIRE(!entries.isEmpty());
    CHECK(entries.last().summary.startsWith(QStringLiteral("KOPI-250")));
}

TEST_CASE("the audit log is filtered by time, user and action and written as CSV")
{
    OrderFixture f;
    f.addProduct(QStringLiteral("KOPI-250"), 6500000, 1);
    f.clock.advance(3600);
    f.addProduct(QStringLiteral("TEH-100"), 1500000, 1);
    AuditFilter filter;
    filter.from = f.clock.now();
    filter.entity = QStringLiteral("product");
    const auto later = AuditLog(*f.db).list(filter, f.actor);
    REQUIRE(later.ok());
    REQUIRE(later->size() == 1);
    CHECK(later->first().summary == QStringLiteral("TEH-100 Produk TEH-100"));
    const QString csv = AuditLog::toCsv(later.value());
    CHECK(csv.startsWith(QStringLiteral("at,user,action,entity,entity_id,summary\n")));
    CHECK(csv.contains(QStringLiteral(",owner,create,product,")));
}

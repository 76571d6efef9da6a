#include "customers/customerrepository.h"
#include "customers/customerservice.h"
#include "importtestsupport.h"

#include <catch2/catch.hpp>

using namespace rapi;
using namespace rapi::test;

namespace {

const QByteArray kCustomers =
    "name,phone,email,address,tags,notes\n"
    "Siti Rahmawati,0812-3456-7890,siti@example.com,\"Jl. Melati 5, Bandung\",VIP|reseller,"
    "Suka warna pastel\n"
    "Budi Santoso,,budi@example.com,,,\n"
    "Dewi Lestari,+62 813 1111 2222,,,Reseller| vip |,\"Kirim sore\nSetelah jam 3\"\n";

qint64 idByPhone(Database &db, const QString &phone)
{
    return scalar(db, QStringLiteral("SELECT id FROM customers WHERE phone = ?"), {phone});
}

CustomerProfile profileOf(ImportFixture &f, qint64 id)
{
    auto profile = CustomerRepository(*f.db, f.clock).profile(id);
    INFO(profile.error().toStdString());
    REQUIRE(profile.ok());
    return profile.value();
}

QList<CustomerNote> notesOf(ImportFixture &f, qint64 id)
{
    auto notes = CustomerRepository(*f.db, f.clock).notes(id);
    REQUIRE(notes.ok());
    return notes.value();
}

} // namespace

TEST_CASE("importing customers creates profiles with normalised phones, tags and a note by the importer")
{
    ImportFixture f;
    const ImportReport report = f.importCustomers(kCustomers);
    INFO(issuesText(report).toStdString());
    REQUIRE(report.applied);
    CHECK(report.rowsRead == 3);
    CHECK(report.created == 3);
    CHECK(report.updated == 0);
    CHECK(tableCounts(*f.db).customers == 3);

    const CustomerProfile siti = profileOf(f, idByPhone(*f.db, QStringLiteral("081234567890")));
    CHECK(siti.name == QStringLiteral("Siti Rahmawati"));
    CHECK(siti.email == QStringLiteral("siti@example.com"));
    CHECK(siti.address == QStringLiteral("Jl. Melati 5, Bandung"));
    CHECK(siti.tags == QStringList{QStringLiteral("reseller"), QStringLiteral("vip")});
    const QList<CustomerNote> notes = notesOf(f, siti.id);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().body == QStringLiteral("Suka warna pastel"));
    CHECK(notes.first().authorId == f.actor.userId);
    CHECK(notes.first().createdAt == f.clock.now());

    const CustomerProfile dewi = profileOf(f, idByPhone(*f.db, QStringLiteral("081311112222")));
    CHECK(dewi.tags == QStringList{QStringLiteral("reseller"), QStringLiteral("vip")});
    REQUIRE(notesOf(f, dewi.id).size() == 1);
    CHECK(notesOf(f, dewi.id).first().body == QStringLiteral("Kirim sore\nSetelah jam 3"));

    // Without a phone the customer is matched by name, like an order's customer.
    const qint64 budi = scalar(*f.db, QStringLiteral("SELECT id FROM customers WHERE name = 'Budi Santoso'"));
    CHECK(profileOf(f, budi).phone.isEmpty());
    CHECK(notesOf(f, budi).isEmpty());
    auto sameBudi =
        CustomerRepository(*f.db, f.clock).findOrCreate(QStringLiteral("Budi Santoso"), QString());
    REQUIRE(sameBudi.ok());
    CHECK(sameBudi.value() == budi);
    // The search index knows the imported customers.
    auto found = CustomerRepository(*f.db, f.clock).find(QStringLiteral("reseller"));
    REQUIRE(found.ok());
    CHECK(found->size() == 2);
}

TEST_CASE("importing the same customers again changes nothing")
{
    ImportFixture f;
    REQUIRE(f.importCustomers(kCustomers).applied);
    const TableCounts before = tableCounts(*f.db);
    const int versionBefore = profileOf(f, idByPhone(*f.db, QStringLiteral("081234567890"))).version;
    f.clock.advance(3600);

    const ImportReport again = f.importCustomers(kCustomers);
    INFO(issuesText(again).toStdString());
    REQUIRE(again.applied);
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
    CHECK(tableCounts(*f.db) == before);
    CHECK(profileOf(f, idByPhone(*f.db, QStringLiteral("081234567890"))).version == versionBefore);
}

TEST_CASE("re-importing customers overwrites with filled cells, keeps empty ones, adds tags and new notes")
{
    ImportFixture f;
    REQUIRE(f.importCustomers(kCustomers).applied);
    const qint64 sitiId = idByPhone(*f.db, QStringLiteral("081234567890"));
    const qint64 budiId =
        scalar(*f.db, QStringLiteral("SELECT id FROM customers WHERE name = 'Budi Santoso'"));
    const int versionBefore = profileOf(f, sitiId).version;
    f.clock.advance(3600);

    const ImportReport report =
        f.importCustomers("phone,name,address,tags,notes,email\n"
                          "6281234567890,Siti R.,Jl. Mawar 7,langganan,Suka warna pastel,\n"
                          ",Budi Santoso,,vip,Minta dikirim sore,budi.s@example.com\n"
                          "0813-1111-2222,Dewi Lestari,,,,\n");
    INFO(issuesText(report).toStdString());
    REQUIRE(report.applied);
    CHECK(report.created == 0);
    CHECK(report.updated == 2);
    CHECK(report.unchanged == 1);

    const CustomerProfile siti = profileOf(f, sitiId);
    CHECK(siti.name == QStringLiteral("Siti R."));
    CHECK(siti.email == QStringLiteral("siti@example.com")); // empty cell: kept
    CHECK(siti.address == QStringLiteral("Jl. Mawar 7"));
    CHECK(siti.tags ==
          QStringList{QStringLiteral("langganan"), QStringLiteral("reseller"), QStringLiteral("vip")});
    CHECK(siti.version == versionBefore + 1);
    CHECK(siti.updatedAt == f.clock.now());
    CHECK(notesOf(f, sitiId).size() == 1); // the same note is not added twice

    const CustomerProfile budi = profileOf(f, budiId);
    CHECK(budi.email == QStringLiteral("budi.s@example.com"));
    CHECK(budi.tags == QStringList{QStringLiteral("vip")});
    const QList<CustomerNote> budiNotes = notesOf(f, budiId);
    REQUIRE(budiNotes.size() == 1);
    CHECK(budiNotes.first().body == QStringLiteral("Minta dikirim sore"));
    CHECK(tableCounts(*f.db).customers == 3);
}

TEST_CASE("a customer import with bad rows lists each issue and writes nothing")
{
    ImportFixture f;
    REQUIRE(f.importCustomers(kCustomers).applied);
    const TableCounts before = tableCounts(*f.db);

    const ImportReport report = f.importCustomers("name,phone,email,tags,notes\n"
                                                  "Rina,0815-0000-1111,rina@example.com,baru,Halo\n" // fine
                                                  ",0815-2222-3333,,,\n"
                                                  "Tono,0812-ABCD-99,,,\n"
                                                  "Tini,123,,,\n"
                                                  "Wati,0816-1234-5678,wati@,,\n"
                                                  "Rina Lagi,+62 815 0000 1111,,,\n"
                                                  "Joko,,,,\n"
                                                  "Joko,,,,\n"
                                                  "Eko,0817,x\n");
    INFO(issuesText(report).toStdString());
    CHECK_FALSE(report.applied);
    CHECK(report.rowsRead == 9);
    CHECK(hasIssue(report, 3, QStringLiteral("name"), QStringLiteral("is empty")));
    CHECK(
        hasIssue(report, 4, QStringLiteral("phone"), QStringLiteral("“0812-ABCD-99” is not a phone number")));
    CHECK(hasIssue(report, 5, QStringLiteral("phone"), QStringLiteral("7 to 15 digits")));
    CHECK(hasIssue(report, 6, QStringLiteral("email"), QStringLiteral("“wati@” is not an e-mail address")));
    CHECK(hasIssue(report, 7, QStringLiteral("phone"), QStringLiteral("081500001111 is also on row 2")));
    CHECK(hasIssue(report, 9, QStringLiteral("name"),
                   QStringLiteral("Joko (without a phone) is also on row 8")));
    CHECK(hasIssue(report, 10, QString(), QStringLiteral("the row has 3 fields")));
    CHECK(report.issues.size() == 7);
    CHECK(tableCounts(*f.db) == before);

    // A dry run of a good file counts but writes nothing.
    ImportOptions dry;
    dry.dryRun = true;
    const ImportReport preview =
        f.importCustomers("name,phone\nRina,0815-0000-1111\nSiti,0812-3456-7890\n", dry);
    CHECK(preview.issues.isEmpty());
    CHECK_FALSE(preview.applied);
    CHECK(preview.created == 1);
    CHECK(preview.updated == 1); // Siti's name would change
    CHECK(tableCounts(*f.db) == before);
}

TEST_CASE("a customer import refuses a file without a name column and people who may not edit customers")
{
    ImportFixture f;
    const QString path = writeCsv(QStringLiteral("no-name.csv"), "phone,email\n0812,x@example.com\n");
    auto noName = importCsv(*f.db, ImportKind::Customers, path, {}, f.actor, f.clock);
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().contains(QStringLiteral("name")));

    const QString good = writeCsv(QStringLiteral("good.csv"), kCustomers);
    const Actor warehouse{1, QStringLiteral("gudang"), Role::Warehouse};
    auto refused = importCsv(*f.db, ImportKind::Customers, good, {}, warehouse, f.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Only the owner and CS staff")));
    CHECK(tableCounts(*f.db).customers == 0);
}

TEST_CASE("a customer import matches a merged record's phone to the customer it was merged into")
{
    ImportFixture f;
    REQUIRE(f.importCustomers("name,phone\nSiti Rahmawati,0812-3456-7890\nSiti (WA kedua),0857-1111-2222\n")
                .applied);
    const qint64 keep = idByPhone(*f.db, QStringLiteral("081234567890"));
    const qint64 duplicate = idByPhone(*f.db, QStringLiteral("085711112222"));
    REQUIRE(CustomerService(*f.db, f.clock).merge(keep, duplicate, f.actor).ok());
    const qint64 customers = tableCounts(*f.db).customers;

    const ImportReport report = f.importCustomers("name,phone,tags\nSiti Rahmawati,0857-1111-2222,vip\n");
    INFO(issuesText(report).toStdString());
    REQUIRE(report.applied);
    CHECK(report.created == 0);
    CHECK(report.updated == 1);
    CHECK(tableCounts(*f.db).customers == customers);
    CHECK(profileOf(f, keep).tags == QStringList{QStringLiteral("vip")});
    CHECK(profileOf(f, duplicate).tags.isEmpty());
}

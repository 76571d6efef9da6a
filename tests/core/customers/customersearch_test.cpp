#include "customers/customerservice.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace rapi;

namespace {

struct SearchFixture
{
    SearchFixture() : db(test::openTestDatabase())
    {
        siti = add(QStringLiteral("Siti Rahmawati"), QStringLiteral("0812-3456-7890"),
                   QStringLiteral("siti.r@example.com"), {QStringLiteral("vip")},
                   QStringLiteral("instagram: @sitirahma"));
        budi = add(QStringLiteral("Budi Santoso"), QStringLiteral("+62 813 9999 0000"), QString(),
                   {QStringLiteral("reseller")}, QString());
        andre =
            add(QStringLiteral("André Wijaya"), QString(), QStringLiteral("andre@toko.id"), {}, QString());
        REQUIRE(CustomerService(*db, clock)
                    .addNote(budi, QStringLiteral("Minta dikirim pakai kardus tebal"), owner)
                    .ok());
    }

    qint64 add(const QString &name, const QString &phone, const QString &email, const QStringList &tags,
               const QString &handles)
    {
        auto id = CustomerRepository(*db, clock).findOrCreate(name, phone);
        REQUIRE(id.ok());
        CustomerProfile p = CustomerRepository(*db, clock).profile(id.value()).value();
        p.email = email;
        p.tags = tags;
        p.handles = handles;
        REQUIRE(CustomerService(*db, clock).updateProfile(p, owner).ok());
        return id.value();
    }

    QList<qint64> find(const QString &text)
    {
        auto found = CustomerRepository(*db, clock).find(text);
        INFO(found.error().toStdString());
        REQUIRE(found.ok());
        QList<qint64> ids;
        for (const Customer &c : found.value())
            ids << c.id;
        return ids;
    }

    std::unique_ptr<Database> db;
    ManualClock clock{1'790'000'000};
    Actor owner = Actor::localOwner();
    qint64 siti = 0;
    qint64 budi = 0;
    qint64 andre = 0;
};

} // namespace

TEST_CASE("customers are found by name, phone, e-mail, tag, handle and note text")
{
    SearchFixture f;
    CHECK(f.find(QStringLiteral("siti")) == QList<qint64>{f.siti});
    CHECK(f.find(QStringLiteral("rahma")) == QList<qint64>{f.siti}); // start of a word
    CHECK(f.find(QStringLiteral("BUDI san")) == QList<qint64>{f.budi});
    CHECK(f.find(QStringLiteral("budi siti")).isEmpty()); // every word must match
    CHECK(f.find(QStringLiteral("0812")) == QList<qint64>{f.siti});
    CHECK(f.find(QStringLiteral("+62 813-9999")) == QList<qint64>{f.budi});
    CHECK(f.find(QStringLiteral("6281399990000")) == QList<qint64>{f.budi});
    CHECK(f.find(QStringLiteral("andre@toko.id")) == QList<qint64>{f.andre});
    CHECK(f.find(QStringLiteral("siti.r")) == QList<qint64>{f.siti});
    CHECK(f.find(QStringLiteral("vip")) == QList<qint64>{f.siti});
    CHECK(f.find(QStringLiteral("reseller")) == QList<qint64>{f.budi});
    CHECK(f.find(QStringLiteral("sitirahma")) == QList<qint64>{f.siti});
    CHECK(f.find(QStringLiteral("kardus")) == QList<qint64>{f.budi});
    CHECK(f.find(QStringLiteral("Wijaya")) == QList<qint64>{f.andre});
    CHECK(f.find(QStringLiteral("nobody")).isEmpty());
    CHECK(f.find(QStringLiteral("  ")).isEmpty());
    // Characters with a meaning in the search syntax are just text.
    CHECK(f.find(QStringLiteral("\"siti\" OR (budi*")).isEmpty());
    CHECK(f.find(QStringLiteral("siti'")) == QList<qint64>{f.siti});
}

TEST_CASE("the index follows edits: a renamed customer is found by the new name only")
{
    SearchFixture f;
    CustomerProfile p = CustomerRepository(*f.db, f.clock).profile(f.budi).value();
    p.name = QStringLiteral("Bambang Santoso");
    p.tags = {};
    REQUIRE(CustomerService(*f.db, f.clock).updateProfile(p, f.owner).ok());
    CHECK(f.find(QStringLiteral("budi")).isEmpty());
    CHECK(f.find(QStringLiteral("reseller")).isEmpty());
    CHECK(f.find(QStringLiteral("bambang")) == QList<qint64>{f.budi});
    CHECK(f.find(QStringLiteral("kardus")) == QList<qint64>{f.budi});
}

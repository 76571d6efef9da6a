#include "accounts/accountservice.h"
#include "audit/auditlog.h"
#include "db/dbquery.h"
#include "templates/templaterepository.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace rapi;

namespace {

struct Shares
{
    std::unique_ptr<Database> db = test::openTestDatabase();
    TemplateRepository repo{*db};
    Actor owner = Actor::localOwner();
    Actor vera = addUser(QStringLiteral("vera"), Role::Vendor);
    Actor budi = addUser(QStringLiteral("budi"), Role::Vendor);

    Actor addUser(const QString &name, Role role)
    {
        const auto id = AccountService(*db).addUser(name, role, QStringLiteral("password-1"), owner);
        REQUIRE(id.ok());
        return Actor{id.value(), name, role};
    }
    qint64 templateOf(TemplateKind kind) { return repo.list(owner, kind)->first().id; }
};

} // namespace

TEST_CASE("a vendor reads only the templates and briefs shared with them")
{
    Shares s;
    CHECK(s.repo.list(s.vera)->isEmpty());

    const qint64 brief = s.templateOf(TemplateKind::ContentBrief);
    const qint64 revision = s.templateOf(TemplateKind::DesignRevision);
    const qint64 invoice = s.templateOf(TemplateKind::Invoice);
    REQUIRE(s.repo.share(brief, {s.vera.userId}, s.owner).ok());
    REQUIRE(s.repo.share(revision, {s.vera.userId, s.budi.userId}, s.owner).ok());

    const auto forVera = s.repo.list(s.vera);
    REQUIRE(forVera.ok());
    REQUIRE(forVera->size() == 2);
    CHECK(forVera->at(0).id == brief);
    CHECK(forVera->at(1).id == revision);
    CHECK(s.repo.list(s.budi)->size() == 1);
    CHECK(s.repo.list(s.budi, TemplateKind::ContentBrief)->isEmpty());

    // Not shared reads as not there at all, by id too.
    CHECK(s.repo.get(brief, s.vera).ok());
    CHECK(s.repo.get(invoice, s.vera).error() == QStringLiteral("Template %1 does not exist.").arg(invoice));
    CHECK_FALSE(s.repo.versions(invoice, s.vera).ok());
    const qint64 invoiceVersion = s.repo.get(invoice, s.owner)->current.id;
    CHECK_FALSE(s.repo.version(invoiceVersion, s.vera).ok());
    CHECK(s.repo.versions(brief, s.vera)->size() == 1);

    // Everyone else reads every template; the owner sees who it is shared with.
    for (Role role : {Role::Cs, Role::Warehouse, Role::Finance})
        CHECK(s.repo.list(Actor{s.owner.userId, QStringLiteral("x"), role})->size() == 8);
    CHECK(s.repo.sharedWith(revision, s.owner).value() == QList<qint64>{s.vera.userId, s.budi.userId});

    // Sharing again replaces the choice.
    REQUIRE(s.repo.share(revision, {s.budi.userId}, s.owner).ok());
    CHECK(s.repo.list(s.vera)->size() == 1);
    REQUIRE(s.repo.share(brief, {}, s.owner).ok());
    CHECK(s.repo.list(s.vera)->isEmpty());
}

TEST_CASE("a retired shared template leaves the vendor's list, and vendors never see retired ones")
{
    Shares s;
    const qint64 brief = s.templateOf(TemplateKind::ContentBrief);
    REQUIRE(s.repo.share(brief, {s.vera.userId}, s.owner).ok());
    REQUIRE(s.repo.setActive(brief, false, s.owner).ok());
    CHECK(s.repo.list(s.vera)->isEmpty());
    CHECK(s.repo.list(s.vera, std::nullopt, true)->isEmpty());
    CHECK(s.repo.list(Actor{s.owner.userId, QStringLiteral("dewi"), Role::Cs}, std::nullopt, true)->size() ==
          7);
}

TEST_CASE("only the owner shares, only with active vendors, and a refused share changes nothing")
{
    Shares s;
    const qint64 brief = s.templateOf(TemplateKind::ContentBrief);
    const Actor dewi = s.addUser(QStringLiteral("dewi"), Role::Cs);
    REQUIRE(s.repo.share(brief, {s.vera.userId}, s.owner).ok());
    const auto auditBefore = AuditLog(*s.db).list({}, s.owner)->size();

    CHECK(s.repo.share(brief, {s.budi.userId}, dewi).error() ==
          QStringLiteral("Only the owner can change templates and SOPs."));
    CHECK(s.repo.sharedWith(brief, dewi).error() ==
          QStringLiteral("Only the owner can change templates and SOPs."));
    CHECK(s.repo.share(brief, {s.budi.userId, dewi.userId}, s.owner).error() ==
          QStringLiteral("dewi is not a vendor; only vendors' access is chosen per template."));
    CHECK(s.repo.share(brief, {4242}, s.owner).error() == QStringLiteral("User 4242 does not exist."));
    CHECK(s.repo.share(9999, {s.budi.userId}, s.owner).error() ==
          QStringLiteral("Template 9999 does not exist."));
    REQUIRE(AccountService(*s.db).deactivate(s.budi.userId, s.owner).ok());
    CHECK(s.repo.share(brief, {s.budi.userId}, s.owner).error() == QStringLiteral("budi is deactivated."));

    CHECK(s.repo.sharedWith(brief, s.owner).value() == QList<qint64>{s.vera.userId});
    // Only the deactivation was written meanwhile.
    CHECK(AuditLog(*s.db).list({}, s.owner)->size() == auditBefore + 1);
}

TEST_CASE("sharing is audited with the vendors' names")
{
    Shares s;
    const qint64 brief = s.templateOf(TemplateKind::ContentBrief);
    REQUIRE(s.repo.share(brief, {s.vera.userId, s.budi.userId}, s.owner).ok());
    REQUIRE(s.repo.share(brief, {}, s.owner).ok());
    DbQuery q(*s.db,
              QStringLiteral("SELECT summary FROM audit_log WHERE entity = 'template' AND entity_id = ? "
                             "ORDER BY id"));
    q.bind(brief);
    REQUIRE(q.exec());
    QStringList summaries;
    while (q.next())
        summaries << q.text(0);
    CHECK(summaries ==
          QStringList{QStringLiteral("shared with budi, vera"), QStringLiteral("shared with no vendor")});
}

#include "db/dbquery.h"
#include "templates/templaterepository.h"
#include "testdb.h"

#include <catch2/catch.hpp>

using namespace rapi;

namespace {
QString languageSetting(Database &db)
{
    DbQuery q(db, QStringLiteral("SELECT value FROM settings WHERE key = 'language'"));
    REQUIRE(q.exec());
    return q.next() ? q.text(0) : QString();
}
} // namespace

// SQLite files whatever the run's backend: the language is chosen where a file is created.
TEST_CASE("a database created in English gets English default templates and keeps its language")
{
    const QString path = test::tempFilePath(QStringLiteral("english.rapi"));
    {
        auto db = Database::open(path, {.language = QStringLiteral("en")});
        INFO(db.error().toStdString());
        REQUIRE(db.ok());
        CHECK(languageSetting(*db.value()) == QStringLiteral("en"));
        auto list = TemplateRepository(*db.value()).list(Actor::localOwner());
        REQUIRE(list.ok());
        REQUIRE(list->size() == 8);
        for (const Template &t : list.value())
            CHECK(t.code.startsWith(QStringLiteral("en.")));
        auto reminder = TemplateRepository(*db.value()).list(Actor::localOwner(), TemplateKind::OrderStatus);
        CHECK(reminder->first().current.body.startsWith(QStringLiteral("Hello {{customer.name}}")));
    }
    // Opening it again in Indonesian changes nothing: the language belongs to the database.
    auto again = Database::open(path, {.language = QStringLiteral("id")});
    REQUIRE(again.ok());
    CHECK(languageSetting(*again.value()) == QStringLiteral("en"));
    CHECK(TemplateRepository(*again.value()).list(Actor::localOwner())->first().code.startsWith(QStringLiteral("en.")));
}

TEST_CASE("a database created in Indonesian, or without a language, gets Indonesian default templates")
{
    auto indonesian = Database::open(test::tempFilePath(QStringLiteral("indonesia.rapi")),
                                     {.language = QStringLiteral("id")});
    REQUIRE(indonesian.ok());
    CHECK(languageSetting(*indonesian.value()) == QStringLiteral("id"));
    CHECK(TemplateRepository(*indonesian.value()).list(Actor::localOwner())->first().code.startsWith(QStringLiteral("id.")));

    auto unnamed = Database::open(QStringLiteral(":memory:"));
    REQUIRE(unnamed.ok());
    CHECK(languageSetting(*unnamed.value()).isEmpty());
    CHECK(TemplateRepository(*unnamed.value()).list(Actor::localOwner())->first().code.startsWith(QStringLiteral("id.")));
}

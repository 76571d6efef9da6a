#include "templates/templaterenderer.h"

#include <catch2/catch.hpp>

using namespace rapi;

TEST_CASE("placeholders are filled with their values")
{
    const TemplateValues values{{QStringLiteral("customer.name"), QStringLiteral("Siti")},
                                {QStringLiteral("order.number"), QStringLiteral("ORD-000042")},
                                {QStringLiteral("order.total"), QStringLiteral("Rp 125.000")}};
    auto text = templaterenderer::render(
        QStringLiteral(
            "Halo {{customer.name}}, pesanan {{ order.number }} ({{order.total}}). Salam, {{customer.name}}"),
        values);
    INFO(text.error().toStdString());
    REQUIRE(text.ok());
    CHECK(text.value() == QStringLiteral("Halo Siti, pesanan ORD-000042 (Rp 125.000). Salam, Siti"));
    // A value that looks like a placeholder is text, not expanded again.
    auto literal =
        templaterenderer::render(QStringLiteral("{{customer.name}}"),
                                 {{QStringLiteral("customer.name"), QStringLiteral("{{order.total}}")}});
    REQUIRE(literal.ok());
    CHECK(literal.value() == QStringLiteral("{{order.total}}"));
    CHECK(templaterenderer::render(QStringLiteral("Tanpa placeholder"), {}).value() ==
          QStringLiteral("Tanpa placeholder"));
}

TEST_CASE("unknown placeholders, missing values and unclosed braces are errors naming them")
{
    const TemplateValues values{{QStringLiteral("customer.name"), QStringLiteral("Siti")},
                                {QStringLiteral("order.tracking_number"), QStringLiteral("  ")}};
    auto result = templaterenderer::render(
        QStringLiteral("{{customer.name}} {{customer.nama}} {{order.tracking_number}} {{order.number}} "
                       "{{customer.nama}}"),
        values);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("Unknown placeholders: {{customer.nama}}.")));
    CHECK(result.error().contains(
        QStringLiteral("No value for: {{order.tracking_number}}, {{order.number}}.")));
    CHECK_FALSE(result.error().contains(QStringLiteral("{{customer.name}}")));

    auto unclosed = templaterenderer::render(QStringLiteral("Halo {{customer.name"), values);
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().contains(QStringLiteral("not closed")));

    CHECK(templaterenderer::validate(QStringLiteral("{{order.total}} {{business.name}}")).ok());
    CHECK(templaterenderer::validate(QStringLiteral("{{order.totl}}"))
              .error()
              .contains(QStringLiteral("{{order.totl}}")));
    CHECK(templaterenderer::placeholdersIn(QStringLiteral("{{a}} {{ b }} {{a}}")) ==
          QStringList{QStringLiteral("a"), QStringLiteral("b")});
}

TEST_CASE("the catalogue has the placeholders the spec names")
{
    for (const char *key :
         {"customer.name", "order.number", "order.total", "order.tracking_number", "business.name"})
        CHECK(templaterenderer::isKnown(QString::fromLatin1(key)));
    for (const PlaceholderInfo &p : templaterenderer::catalogue())
        CHECK_FALSE(p.description.isEmpty());
}

TEST_CASE("an editor finds where each placeholder and each unclosed brace stands")
{
    const QString text = QStringLiteral("Halo {{ customer.name }}, {{order.number}} {{order.total");
    const auto spans = templaterenderer::placeholderSpans(text);
    REQUIRE(spans.size() == 2);
    CHECK(spans.at(0).start == 5);
    CHECK(spans.at(0).length == 19);
    CHECK(spans.at(0).key == QStringLiteral("customer.name"));
    CHECK(text.mid(spans.at(1).start, spans.at(1).length) == QStringLiteral("{{order.number}}"));
    CHECK(templaterenderer::unclosedOpenings(text) == QList<qsizetype>{43});
    CHECK(templaterenderer::unclosedOpenings(QStringLiteral("{{a}} {{b}}")).isEmpty());
    CHECK(templaterenderer::unclosedOpenings(QStringLiteral("{{ {{a}}")) == QList<qsizetype>{0});
}

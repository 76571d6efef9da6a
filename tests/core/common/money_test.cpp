#include "common/money.h"

#include <catch2/catch.hpp>

using namespace rapi;

TEST_CASE("amounts in major units parse exactly into minor units")
{
    CHECK(money::parseMajor(u"125000").value() == 12500000);
    CHECK(money::parseMajor(u"1250000.5").value() == 125000050);
    CHECK(money::parseMajor(u"1250000.05").value() == 125000005);
    CHECK(money::parseMajor(u" 0.10 ").value() == 10);
    CHECK(money::parseMajor(u".5").value() == 50);
    CHECK(money::parseMajor(u"-3.5").value() == -350);
    CHECK(money::parseMajor(u"0").value() == 0);
}

TEST_CASE("malformed amounts are refused with a message naming the text")
{
    for (const char16_t *bad : {u"", u"abc", u"1,5", u"1.2.3", u"1.234", u"Rp 10.000", u"1e5", u"-", u"."}) {
        const auto result = money::parseMajor(bad);
        INFO(QString::fromUtf16(bad).toStdString());
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.error().isEmpty());
    }
    CHECK(money::parseMajor(u"99999999999999999999").error().contains(QStringLiteral("too large")));
}

TEST_CASE("Rupiah is shown as Rp 1.250.000 with decimals only when not zero")
{
    CHECK(money::format(125000000) == QStringLiteral("Rp 1.250.000"));
    CHECK(money::format(0) == QStringLiteral("Rp 0"));
    CHECK(money::format(99900) == QStringLiteral("Rp 999"));
    CHECK(money::format(100000) == QStringLiteral("Rp 1.000"));
    CHECK(money::format(125000050) == QStringLiteral("Rp 1.250.000,50"));
    CHECK(money::format(-500000) == QStringLiteral("-Rp 5.000"));
    CHECK(money::toMajorString(125000050) == QStringLiteral("1250000.50"));
    CHECK(money::toMajorString(12500000) == QStringLiteral("125000"));
}

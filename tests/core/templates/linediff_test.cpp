#include "templates/linediff.h"

#include <catch2/catch.hpp>

using namespace rapi;
using linediff::DiffLine;
using linediff::LineChange;

namespace {
// The diff written the way a reviewer reads it: "  same", "- removed", "+ added".
QStringList shown(const QString &before, const QString &after)
{
    QStringList lines;
    for (const DiffLine &line : linediff::diff(before, after)) {
        const char *mark = line.change == LineChange::Same      ? "  "
                           : line.change == LineChange::Removed ? "- "
                                                                : "+ ";
        lines << QString::fromLatin1(mark) + line.text;
    }
    return lines;
}
} // namespace

TEST_CASE("a line diff marks changed lines as removed then added, around the lines kept")
{
    CHECK(shown(QStringLiteral("Halo\nPesanan {{order.number}}\nTerima kasih"),
                QStringLiteral("Halo\nPesanan {{order.number}} sudah dikirim\nTerima kasih")) ==
          QStringList{QStringLiteral("  Halo"), QStringLiteral("- Pesanan {{order.number}}"),
                      QStringLiteral("+ Pesanan {{order.number}} sudah dikirim"),
                      QStringLiteral("  Terima kasih")});
    CHECK(shown(QStringLiteral("a\nb"), QStringLiteral("a\nb\n")) ==
          QStringList{QStringLiteral("  a"), QStringLiteral("  b")});
    CHECK(shown(QString(), QStringLiteral("a\nb")) ==
          QStringList{QStringLiteral("+ a"), QStringLiteral("+ b")});
    CHECK(shown(QStringLiteral("a\nb"), QString()) ==
          QStringList{QStringLiteral("- a"), QStringLiteral("- b")});
    CHECK(shown(QString(), QString()).isEmpty());
}

TEST_CASE("a line diff keeps the longest run of common lines, not just the first match")
{
    // Greedy matching of "x" first would lose the three shared lines after it.
    CHECK(shown(QStringLiteral("1\n2\n3\nx"), QStringLiteral("x\n1\n2\n3")) ==
          QStringList{QStringLiteral("+ x"), QStringLiteral("  1"), QStringLiteral("  2"),
                      QStringLiteral("  3"), QStringLiteral("- x")});
    CHECK(shown(QStringLiteral("a\nb\nc\nd\ne"), QStringLiteral("a\nc\nb\nd\nf")) ==
          QStringList{QStringLiteral("  a"), QStringLiteral("- b"), QStringLiteral("  c"),
                      QStringLiteral("+ b"), QStringLiteral("  d"), QStringLiteral("- e"),
                      QStringLiteral("+ f")});
}

TEST_CASE("a line diff of two large, entirely different texts still lists every line")
{
    QStringList before;
    QStringList after;
    for (int i = 0; i < 2500; ++i) {
        before << QStringLiteral("old %1").arg(i);
        after << QStringLiteral("new %1").arg(i);
    }
    const auto lines = linediff::diff(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')));
    REQUIRE(lines.size() == 5000);
    CHECK(lines.first() == DiffLine{LineChange::Removed, QStringLiteral("old 0")});
    CHECK(lines.last() == DiffLine{LineChange::Added, QStringLiteral("new 2499")});
}

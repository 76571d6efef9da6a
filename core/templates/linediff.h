#pragma once

#include <QList>
#include <QString>

namespace rapi {

// A line-by-line difference between two texts, for showing at a glance what a saved version of a
// template or SOP changed (SPEC §6: any version can be compared and restored).
namespace linediff {

enum class LineChange { Same, Removed, Added };

struct DiffLine
{
    LineChange change = LineChange::Same;
    QString text;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// The lines of `before` and `after` in reading order: lines both share (a longest common
// subsequence) are Same, lines only in `before` Removed, lines only in `after` Added. Where the
// texts differ, the removed lines come before the added ones.
QList<DiffLine> diff(const QString &before, const QString &after);

} // namespace linediff
} // namespace rapi

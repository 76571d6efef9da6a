#include "templates/linediff.h"

#include <QStringList>
#include <vector>

namespace rapi::linediff {

namespace {

// Above this many cells the LCS table would cost more than it is worth for a glance; the
// differing middle is then shown as removed and added as a whole. Templates and SOPs are far
// smaller (a 2,000-line text against another of 2,000 lines still fits).
constexpr qsizetype kMaxCells = 4'000'000;

QStringList linesOf(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    // A final line break does not start another line.
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void append(QList<DiffLine> &out, LineChange change, const QStringList &lines, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        out.append({change, lines.at(i)});
}

} // namespace

QList<DiffLine> diff(const QString &before, const QString &after)
{
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    QList<DiffLine> out;

    // The common head and tail need no table; most edits touch a few lines in the middle.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    append(out, LineChange::Same, a, 0, head);

    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (n * m > kMaxCells) {
        append(out, LineChange::Removed, a, head, head + n);
        append(out, LineChange::Added, b, head, head + m);
    } else if (n > 0 || m > 0) {
        // lcs[i][j]: length of the longest common subsequence of a[head+i..] and b[head+j..].
        const qsizetype width = m + 1;
        std::vector<int> lcs(size_t((n + 1) * width), 0);
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[size_t(i * width + j)] =
                    a.at(head + i) == b.at(head + j)
                        ? lcs[size_t((i + 1) * width + j + 1)] + 1
                        : std::max(lcs[size_t((i + 1) * width + j)], lcs[size_t(i * width + j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        QList<DiffLine> removed;
        QList<DiffLine> added;
        const auto flush = [&] {
            out.append(removed);
            out.append(added);
            removed.clear();
            added.clear();
        };
        while (i < n || j < m) {
            if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
                flush();
                out.append({LineChange::Same, a.at(head + i)});
                ++i;
                ++j;
            } else if (j >= m ||
                       (i < n && lcs[size_t((i + 1) * width + j)] >= lcs[size_t(i * width + j + 1)])) {
                removed.append({LineChange::Removed, a.at(head + i)});
                ++i;
            } else {
                added.append({LineChange::Added, b.at(head + j)});
                ++j;
            }
        }
        flush();
    }
    append(out, LineChange::Same, a, a.size() - tail, a.size());
    return out;
}

} // namespace rapi::linediff

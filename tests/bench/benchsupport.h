#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace rapi {
class Database;
} // namespace rapi

// Small helpers for the benchmarks: timing, medians, printing figures beside their targets, and
// running a child process with its wall time and peak memory.
namespace rapi::bench {

// Milliseconds since an arbitrary start, with sub-millisecond resolution.
double nowMs();
// CPU time (user + system) of this process so far, in milliseconds.
double cpuMs();

struct Timing
{
    double firstMs = 0;  // the first run, with cold statement caches
    double medianMs = 0; // over the runs after it
    double maxMs = 0;
    // CPU time of this process, median over the same runs: what an idle machine's wall time would
    // be when everything is in the page cache, however busy the machine is with other work.
    double medianCpuMs = 0;
};

// Runs `work` once, then `runs` times more, and returns the figures. `work` returns false on
// failure, which stops the measurement.
std::optional<Timing> measure(int runs, const std::function<bool()> &work);

struct ProcessResult
{
    bool started = false;
    int exitCode = -1;
    double wallMs = 0;
    qint64 maxRssKb = 0; // peak resident set size of the child (ru_maxrss)
    QString stderrText;
};

// Runs a program to completion, stdin from a file (or /dev/null), stdout discarded, stderr
// captured. extraEnv entries are "NAME=value". Measured with wait4(), so the peak memory is
// that one child's, not the benchmark's.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QStringList &extraEnv = {}, const QString &stdinPath = QString());

QString formatMs(double ms);
// "first 1.20 ms, median 0.40 ms of 20 (max 0.90 ms)"
QString timingText(const Timing &t, int runs);
// The same with the CPU median: "first 1.20 ms, median 0.40 ms (CPU 0.35 ms) of 20 (max 0.90 ms)"
QString timingWithCpuText(const Timing &t, int runs);

// Figures go to stdout, one per line: a label, the figures, and a verdict against the target.
QTextStream &out();
void line(const QString &label, const QString &figures, const QString &verdict = QString());
// "ok, target ≤ 50 ms" or "MISSED, target ≤ 50 ms".
QString target(double value, double limit, const QString &text);
// Other processes compete for the cores; the figures mean more with the load beside them.
QString loadAverage();
QString cpuModel();
// Database::open, printing why on failure.
std::unique_ptr<Database> openOrDie(const QString &path);
QString formatCount(qint64 n); // 1.000.000 → "1,000,000"
qint64 fileSize(const QString &path);
// Removes a SQLite database file and its -wal/-shm/.lock companions.
void removeDatabaseFiles(const QString &path);

} // namespace rapi::bench

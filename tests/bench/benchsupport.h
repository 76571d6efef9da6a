#pragma once

#include <functional>
#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

// Small helpers for the benchmarks: timing, medians, and running a child process with its
// wall time and peak memory.
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
QString formatCount(qint64 n); // 1.000.000 → "1,000,000"
qint64 fileSize(const QString &path);
// Removes a SQLite database file and its -wal/-shm/.lock companions.
void removeDatabaseFiles(const QString &path);

} // namespace rapi::bench

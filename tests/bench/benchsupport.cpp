#include "benchsupport.h"

#include "db/database.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace rapi::bench {

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval &tv) { return double(tv.tv_sec) * 1000.0 + double(tv.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

namespace {

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

} // namespace

std::optional<Timing> measure(int runs, const std::function<bool()> &work)
{
    Timing timing;
    double start = nowMs();
    double cpuStart = processCpuMs();
    if (!work())
        return std::nullopt;
    timing.firstMs = nowMs() - start;
    const double firstCpu = processCpuMs() - cpuStart;
    std::vector<double> samples;
    std::vector<double> cpuSamples;
    for (int i = 0; i < runs; ++i) {
        start = nowMs();
        cpuStart = processCpuMs();
        if (!work())
            return std::nullopt;
        samples.push_back(nowMs() - start);
        cpuSamples.push_back(processCpuMs() - cpuStart);
    }
    if (samples.empty()) {
        timing.medianMs = timing.maxMs = timing.firstMs;
        timing.medianCpuMs = firstCpu;
        return timing;
    }
    timing.medianMs = median(samples);
    timing.medianCpuMs = median(cpuSamples);
    timing.maxMs = *std::max_element(samples.begin(), samples.end());
    return timing;
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, const QStringList &extraEnv,
                         const QString &stdinPath)
{
    ProcessResult result;
    QFile errFile(QStringLiteral("/tmp/rapi-bench-stderr-%1.txt").arg(getpid()));
    const QByteArray errPath = QFile::encodeName(errFile.fileName());
    const QByteArray inPath = stdinPath.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(stdinPath);

    std::vector<QByteArray> argStore;
    argStore.push_back(QFile::encodeName(program));
    for (const QString &a : arguments)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> envStore;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        const QByteArray name = entry.left(entry.indexOf('=') + 1);
        const bool overridden = std::any_of(extraEnv.begin(), extraEnv.end(), [&](const QString &x) {
            return x.toLocal8Bit().startsWith(name);
        });
        if (!overridden)
            envStore.push_back(entry);
    }
    for (const QString &x : extraEnv)
        envStore.push_back(x.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, inPath.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    const double start = nowMs();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return result;
    result.started = true;
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    result.wallMs = nowMs() - start;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.maxRssKb = usage.ru_maxrss;
    if (errFile.open(QIODevice::ReadOnly))
        result.stderrText = QString::fromLocal8Bit(errFile.readAll());
    errFile.remove();
    return result;
}

QString formatMs(double ms)
{
    if (ms >= 10000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 1);
    if (ms >= 100)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
}

QString formatCount(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void line(const QString &label, const QString &figures, const QString &verdict)
{
    out() << label.leftJustified(34) << ' ' << figures;
    if (!verdict.isEmpty())
        out() << "  [" << verdict << ']';
    out() << Qt::endl;
}

QString target(double value, double limit, const QString &text)
{
    return QStringLiteral("%1 %2").arg(value <= limit ? QStringLiteral("ok,") : QStringLiteral("MISSED,"),
                                       text);
}

QString timingWithCpuText(const Timing &t, int runs)
{
    return QStringLiteral("first %1, median %2 (CPU %3) of %4 (max %5)")
        .arg(formatMs(t.firstMs), formatMs(t.medianMs), formatMs(t.medianCpuMs))
        .arg(runs)
        .arg(formatMs(t.maxMs));
}

QString timingText(const Timing &t, int runs)
{
    return QStringLiteral("first %1, median %2 of %3 (max %4)")
        .arg(formatMs(t.firstMs), formatMs(t.medianMs))
        .arg(runs)
        .arg(formatMs(t.maxMs));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown CPU");
    const QString text = QString::fromLatin1(file.readAll());
    const auto match = QRegularExpression(QStringLiteral("model name\\s*:\\s*(.*)")).match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : QStringLiteral("unknown CPU");
}

std::unique_ptr<Database> openOrDie(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        out() << "cannot open " << path << ": " << db.error() << Qt::endl;
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace rapi::bench

// Start-up benchmark: time from starting the process to its first rendered
// frame, and its peak memory then, for keepalive-tuner and for a bare Qt
// Widgets window built in the same tree. Prints figures; asserts nothing,
// since timings on a shared machine are not a pass/fail matter.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace {

struct Sample
{
    double ms = 0;
    double cpuMs = 0;
    long long peakKib = 0;
};

bool runOnce(const QString &program, const QStringList &args, Sample &sample)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    static const QRegularExpression line(
        QStringLiteral("first-paint peak_rss_kib=(\\d+) cpu_ms=([\\d.]+)"));
    QByteArray out;
    while (p.waitForReadyRead(30000)) {
        out += p.readAllStandardOutput();
        const auto match = line.match(QString::fromLatin1(out));
        if (match.hasMatch()) {
            sample.ms = double(timer.nsecsElapsed()) / 1e6;
            sample.peakKib = match.captured(1).toLongLong();
            sample.cpuMs = match.captured(2).toDouble();
            p.waitForFinished(10000);
            return true;
        }
    }
    std::fprintf(stderr, "%s did not report its first paint: %s\n", qPrintable(program),
                 p.readAllStandardError().constData());
    return false;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIntValue("KT_BENCH_RUNS") > 0
                         ? qEnvironmentVariableIntValue("KT_BENCH_RUNS")
                         : 9;
    const QString tuner = QStringLiteral(KT_KEEPALIVE_TUNER);
    const QString bare = QStringLiteral(KT_BARE_WINDOW);

    std::vector<double> tunerMs, bareMs, tunerCpu, bareCpu, tunerKib, bareKib;
    // Alternate the two so that a busy moment on the machine hits both.
    for (int i = 0; i < runs + 1; ++i) {
        Sample a, b;
        if (!runOnce(tuner, {QStringLiteral("--startup-probe")}, a) || !runOnce(bare, {}, b))
            return 1;
        if (i == 0)
            continue; // the first run warms the page cache for both
        tunerMs.push_back(a.ms);
        bareMs.push_back(b.ms);
        tunerCpu.push_back(a.cpuMs);
        bareCpu.push_back(b.cpuMs);
        tunerKib.push_back(double(a.peakKib));
        bareKib.push_back(double(b.peakKib));
    }
    const double tMs = median(tunerMs), bMs = median(bareMs);
    const double tCpu = median(tunerCpu), bCpu = median(bareCpu);
    const double tKib = median(tunerKib), bKib = median(bareKib);
    std::printf("start-up to first rendered frame, median of %d runs (QPA %s)\n", runs,
                qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen"))));
    std::printf("  %-16s %9s %9s %14s\n", "", "wall", "CPU", "peak RSS");
    std::printf("  %-16s %6.1f ms %6.1f ms %10.0f KiB\n", "keepalive-tuner", tMs, tCpu, tKib);
    std::printf("  %-16s %6.1f ms %6.1f ms %10.0f KiB\n", "bare Qt window", bMs, bCpu, bKib);
    std::printf("  %-16s %8.2fx %8.2fx %13.2fx   (aim: within 1.50x)\n", "ratio", tMs / bMs,
                tCpu / bCpu, tKib / bKib);
    return 0;
}

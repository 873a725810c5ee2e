// The Connections page at 20 000 loopback connections (40 000 rows), offscreen
// in a private network namespace: the longest event-loop stall while the page
// refreshes every second (the worker thread does the dump, the /proc scan and
// the option reads; the UI thread applies the diff). A 2 ms timer measures how
// late the event loop runs it. Prints figures; asserts nothing.
//
// With --screenshot DIR it also renders the page, light and dark, at the
// screenshot size to DIR/connections-20000.png and DIR/connections-20000-dark.png.
#include "LoopbackLoad.h"
#include "app/gui/GuiAssembly.h"
#include "ui/ConnectionsModel.h"
#include "ui/ConnectionsPage.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// How late a 2 ms timer fires: the longest time the event loop was busy, as
// wall time (which includes waiting for a CPU on a loaded machine) and as the
// UI thread's own CPU time between two ticks (what the page's code costs).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (m_last > 0) {
                m_longestNs = std::max(m_longestNs, now - m_last - 2'000'000);
                m_longestCpuNs = std::max(m_longestCpuNs, cpu - m_lastCpu);
            }
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_longestNs = 0;
        m_longestCpuNs = 0;
        m_last = 0;
    }
    double longestMs() const { return m_longestNs / 1e6; }
    double longestCpuMs() const { return m_longestCpuNs / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestCpuNs = 0;
};

double loadAverage()
{
    double load[1] = {0};
    return ::getloadavg(load, 1) == 1 ? load[0] : -1;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    int connections = 20000;
    if (const char *n = std::getenv("KT_BENCH_CONNECTIONS"))
        connections = std::atoi(n);
    // The holders fork before Qt starts any thread.
    LoopbackLoad load;
    std::string error;
    if (!load.start(connections, 4, error)) {
        std::fprintf(stderr, "SKIP: cannot hold %d connections here: %s\n", connections,
                     error.c_str());
        return 77;
    }
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QString screenshotDir;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--screenshot")); i >= 0)
        screenshotDir = args.value(i + 1);

    kt::app::GuiAssembly assembly;
    kt::ui::MainWindow *window = assembly.window();
    window->resize(kt::ui::MainWindow::kScreenshotSize);
    window->show();
    StallMeter meter;
    QElapsedTimer clock;
    clock.start();
    window->showPage(QStringLiteral("connections"));
    auto *page =
        qobject_cast<kt::ui::ConnectionsPage *>(window->page(QStringLiteral("connections")));
    if (!page || !waitFor([page] { return page->refreshCount() >= 1; }, 120000)) {
        std::fprintf(stderr, "the page never showed the connections\n");
        return 1;
    }
    const double firstMs = clock.nsecsElapsed() / 1e6;
    const double firstStall = meter.longestMs();
    std::printf("%d connections: first listing shown after %.0f ms (%d rows); longest stall "
                "meanwhile %.1f ms wall, %.1f ms UI-thread CPU\n",
                connections, firstMs, page->model()->rowCount(), firstStall, meter.longestCpuMs());

    double longest = 0;
    double longestWall = 0;
    const auto measure = [&](const char *what, int refreshes) {
        meter.reset();
        const int start = page->refreshCount();
        clock.restart();
        waitFor([&] { return page->refreshCount() >= start + refreshes; }, 120000);
        std::printf("%-48s %2d refreshes in %5.1f s; longest stall %6.1f ms wall, %5.1f ms "
                    "UI-thread CPU\n",
                    what, page->refreshCount() - start, clock.elapsed() / 1000.0, meter.longestMs(),
                    meter.longestCpuMs());
        longestWall = std::max(longestWall, meter.longestMs());
        return meter.longestCpuMs();
    };
    std::printf("load average at start: %.1f on %d CPUs (wall stalls include waiting for a CPU)\n",
                loadAverage(), QThread::idealThreadCount());
    longest = std::max(longest, measure("live refresh, sorted by process", 5));
    page->view()->sortByColumn(kt::ui::ConnectionsModel::ExpiresColumn, Qt::AscendingOrder);
    page->view()->selectRow(100);
    longest = std::max(longest, measure("live refresh, sorted by timer, a row selected", 5));
    page->findChild<QSpinBox *>(QStringLiteral("middleboxTimeout"))->setValue(350);
    longest = std::max(longest, measure("live refresh, 350 s middlebox checked", 5));
    std::printf("\nlongest event-loop stall during refreshes: %.1f ms of UI-thread work (at most "
                "16 ms asked); %.1f ms wall at load average %.1f\n",
                longest, longestWall, loadAverage());

    if (!screenshotDir.isEmpty()) {
        window->renderPage(QStringLiteral("connections"))
            .save(screenshotDir + QStringLiteral("/connections-20000.png"));
        window->setAppearance(kt::ui::theme::Appearance::Dark);
        waitFor([page] { return false; }, 1500);
        window->renderPage(QStringLiteral("connections"))
            .save(screenshotDir + QStringLiteral("/connections-20000-dark.png"));
        std::printf("screenshots in %s\n", qPrintable(screenshotDir));
    }
    return 0;
}

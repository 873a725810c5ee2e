#include "ui/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <sys/resource.h>

namespace kt::ui {

namespace {

// Peak resident set size of this process so far (VmHWM), in KiB.
long long peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time this process has used so far (user + system), in milliseconds: a
// figure that a busy machine disturbs far less than the wall clock.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace

FirstPaintProbe::FirstPaintProbe(QObject *parent)
    : QObject(parent)
{}

void FirstPaintProbe::install(QWidget *window)
{
    window->installEventFilter(new FirstPaintProbe(window));
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The window's backing store is flushed after its UpdateRequest has been
    // handled; report from the next turn of the event loop, when the first
    // frame is complete.
    if (!m_reported && event->type() == QEvent::UpdateRequest) {
        m_reported = true;
        QTimer::singleShot(0, this, [] {
            std::printf("first-paint peak_rss_kib=%lld cpu_ms=%.1f\n", peakRssKib(), cpuMs());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kt::ui

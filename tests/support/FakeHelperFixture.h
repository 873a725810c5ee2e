#pragma once

#include "sysctl/SysctlWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

// A fixture host for the writer and GUI tests: /proc/sys and /etc/sysctl.d in
// a temporary directory, and tests/support/fake-pkexec.sh as the writer's
// command, steered through the KT_FAKE_* environment variables.
class FakeHelperFixture
{
public:
    FakeHelperFixture()
    {
        QDir().mkpath(procSys() + QStringLiteral("/net/ipv4"));
        QDir().mkpath(sysctlD());
        setValues(7200, 75, 9);
        qputenv("KT_FAKE_PROC_SYS", procSys().toLocal8Bit());
        qputenv("KT_FAKE_SYSCTL_D", sysctlD().toLocal8Bit());
        qunsetenv("KT_FAKE_EXIT");
        qunsetenv("KT_FAKE_LIE");
        qunsetenv("KT_FAKE_DELAY");
    }

    QString root() const { return m_dir.path(); }
    QString procSys() const { return m_dir.filePath(QStringLiteral("proc/sys")); }
    QString sysctlD() const { return m_dir.filePath(QStringLiteral("etc/sysctl.d")); }
    QString dropIn() const { return sysctlD() + QStringLiteral("/90-keepalive-tuner.conf"); }

    kt::SnapshotSources sources() const
    {
        kt::SnapshotSources s;
        s.procSysRoot = procSys();
        s.configRoot = root();
        return s;
    }

    static kt::HelperCommand command()
    {
        kt::HelperCommand c;
        c.program = QStringLiteral(KT_FAKE_PKEXEC);
        c.helperPath = QStringLiteral(KT_FAKE_PKEXEC); // any executable: it is only checked
        c.arguments = {c.helperPath};
        c.viaPkexec = true;
        return c;
    }

    void setValues(int time, int intvl, int probes) const
    {
        write(QStringLiteral("tcp_keepalive_time"), time);
        write(QStringLiteral("tcp_keepalive_intvl"), intvl);
        write(QStringLiteral("tcp_keepalive_probes"), probes);
    }

    QByteArray value(const char *name) const
    {
        QFile f(procSys() + QStringLiteral("/net/ipv4/") + QLatin1String(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
    }
    QByteArrayList values() const
    {
        return {value("tcp_keepalive_time"), value("tcp_keepalive_intvl"),
                value("tcp_keepalive_probes")};
    }

    void writeConfig(const QString &hostPath, const QByteArray &content) const
    {
        const QString path = root() + hostPath;
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(content);
    }

private:
    void write(const QString &name, int value) const
    {
        QFile f(procSys() + QStringLiteral("/net/ipv4/") + name);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QByteArray::number(value) + '\n');
    }

    QTemporaryDir m_dir;
};

#pragma once

#include <QProcess>
#include <QStringList>

// Runs kt_connection_holder (tests/support/connection_holder.cpp): loopback
// connections with the given options, held until this object goes away.
// With `asUser`, it runs as that user through runuser.
class ConnectionHolder
{
public:
    ConnectionHolder() = default;
    ConnectionHolder(const ConnectionHolder &) = delete;
    ConnectionHolder &operator=(const ConnectionHolder &) = delete;
    ~ConnectionHolder() { stop(); }

    bool start(const QStringList &specs, const QString &asUser = QString())
    {
        if (asUser.isEmpty())
            m_process.start(QStringLiteral(KT_CONNECTION_HOLDER), specs);
        else
            m_process.start(QStringLiteral("runuser"),
                            QStringList{QStringLiteral("-u"), asUser, QStringLiteral("--"),
                                        QStringLiteral(KT_CONNECTION_HOLDER)} +
                                specs);
        if (!m_process.waitForStarted(5000) || !m_process.waitForReadyRead(10000))
            return false;
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("ready "))
            return false;
        m_port = line.mid(6).toInt();
        return m_port > 0;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
    // The listener's port: the client ends' remote port.
    int port() const { return m_port; }
    // With runuser, the holder is runuser's child; this is the holder's pid
    // then only when runuser execs it directly (it forks; see holderPid()).
    qint64 processId() const { return m_process.processId(); }

private:
    QProcess m_process;
    int m_port = 0;
};

#include "ProbeEcho.h"

#include "CliCommand.h"
#include "CliOutput.h"
#include "ProbeInterrupt.h"
#include "socket/EchoServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>

namespace kt::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProbeEcho)
};

QString bytesText(qint64 bytes)
{
    return bytes == 1 ? Tr::tr("1 byte") : Tr::tr("%1 bytes").arg(bytes);
}

} // namespace

int runEcho(const ProbeOptions &options)
{
    // First, so SIGINT and SIGTERM are caught from the moment it listens.
    ProbeInterrupt interrupt;
    EchoServer server;
    QString error;
    if (!server.listen(options.listenPort, &error))
        return fail(error, ExitFailure);
    const bool json = options.json;
    if (!json) {
        printText(Tr::tr("Echoing on port %1 (all addresses): every byte is sent back, with no "
                         "keep-alive of its own. Ctrl-C ends.")
                      .arg(server.port()));
        QObject::connect(
            &server, &EchoServer::connectionOpened, &server, [&server](const QString &peer) {
                printText(
                    Tr::tr("connection from %1 (%2 open)").arg(peer).arg(server.openConnections()));
            });
        QObject::connect(&server, &EchoServer::connectionClosed, &server,
                         [&server](const QString &peer, qint64 bytes, const QString &reason) {
                             printText(Tr::tr("%1: %2 after echoing %3 (%4 open)")
                                           .arg(peer, reason, bytesText(bytes))
                                           .arg(server.openConnections()));
                         });
    }
    QEventLoop loop;
    QObject::connect(&interrupt, &ProbeInterrupt::caught, &loop, &QEventLoop::quit);
    if (!ProbeInterrupt::caughtSignal())
        loop.exec();

    const int signal = ProbeInterrupt::caughtSignal();
    if (json) {
        printJson(QJsonObject{
            {QStringLiteral("listen_port"), server.port()},
            {QStringLiteral("echo"), true},
            {QStringLiteral("connections_accepted"), server.connectionsAccepted()},
            {QStringLiteral("bytes_echoed"), server.bytesEchoed()},
            {QStringLiteral("open_at_end"), server.openConnections()},
        });
    } else {
        const qint64 served = server.connectionsAccepted();
        const QString echoed = bytesText(server.bytesEchoed());
        const QString open = QString::number(server.openConnections());
        printText(
            served == 1
                ? Tr::tr("Served 1 connection and echoed %1; %2 still open.").arg(echoed, open)
                : Tr::tr("Served %1 connections and echoed %2; %3 still open.")
                      .arg(QString::number(served), echoed, open));
    }
    return fail(Tr::tr("interrupted by %1").arg(ProbeInterrupt::signalName(signal)),
                ProbeInterrupt::exitStatus(signal));
}

} // namespace kt::cli

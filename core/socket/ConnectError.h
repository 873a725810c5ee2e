#pragma once

#include <QString>

// Why a connection could not be made, in the words every part of the program
// uses: the test connection, the path measurement, the CLI's exit messages.
namespace kt {

// Why a test connection ended or never started, for specific messages and
// the CLI's exit status.
enum class ConnectionFailure
{
    None,
    InvalidOptions, // out of range before anything was sent
    UnknownHost,
    ResolveTimeout,
    Refused,
    Unreachable,
    ConnectTimeout,
    ConnectError,
    OptionRejected, // the kernel refused a value
    PeerClosed,
    Reset,
    TimedOut,
    SocketError,
};

// The kind of failure behind a connect() errno.
ConnectionFailure classifyConnectError(int error);

// A failed connect() to `where` ("127.0.0.1:9"), with the errno's name and
// words: "127.0.0.1:9 refused the connection: ECONNREFUSED (Connection
// refused); nothing listens on port 9".
QString connectErrorText(const QString &where, quint16 port, int error);
// "127.0.0.1:9 did not answer within 5 s (connect timeout)".
QString connectTimeoutText(const QString &where, int timeoutMs);

// Name resolution: "cannot resolve "x": REASON", the RFC 6761 refusal of a
// name under .invalid, and no answer in time.
QString unresolvableText(const QString &host, const QString &reason);
QString reservedInvalidNameText(const QString &host);
QString resolveTimeoutText(const QString &host, int timeoutMs);

} // namespace kt

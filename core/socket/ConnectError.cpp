#include "socket/ConnectError.h"

#include "params/Format.h"
#include "socket/ErrnoText.h"

#include <QCoreApplication>

#include <cerrno>

namespace kt {

namespace {

// The test connection said these first; its translation context stays, so
// the sentences read the same wherever a connection fails.
QString tr(const char *text)
{
    return QCoreApplication::translate("kt::TestConnection", text);
}

} // namespace

ConnectionFailure classifyConnectError(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return ConnectionFailure::Refused;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case ENETDOWN:
    case EHOSTDOWN:
    case EADDRNOTAVAIL:
        return ConnectionFailure::Unreachable;
    case ETIMEDOUT:
        return ConnectionFailure::ConnectTimeout;
    default:
        return ConnectionFailure::ConnectError;
    }
}

QString connectErrorText(const QString &where, quint16 port, int error)
{
    switch (classifyConnectError(error)) {
    case ConnectionFailure::Refused:
        return tr("%1 refused the connection: %2; nothing listens on port %3")
            .arg(where, errnoText(error))
            .arg(port);
    case ConnectionFailure::Unreachable:
        return tr("%1 is unreachable: %2").arg(where, errnoText(error));
    case ConnectionFailure::ConnectTimeout:
        return tr("%1 did not answer: %2").arg(where, errnoText(error));
    default:
        return tr("cannot connect to %1: %2").arg(where, errnoText(error));
    }
}

QString connectTimeoutText(const QString &where, int timeoutMs)
{
    return tr("%1 did not answer within %2 (connect timeout)")
        .arg(where, formatSecondsPrecise(timeoutMs / 1000.0));
}

QString unresolvableText(const QString &host, const QString &reason)
{
    return tr("cannot resolve \"%1\": %2").arg(host, reason);
}

QString reservedInvalidNameText(const QString &host)
{
    return tr("cannot resolve \"%1\": names under .invalid never exist (RFC 6761)").arg(host);
}

QString resolveTimeoutText(const QString &host, int timeoutMs)
{
    return tr("cannot resolve \"%1\": no answer from name resolution within %2")
        .arg(host, formatSecondsPrecise(timeoutMs / 1000.0));
}

} // namespace kt

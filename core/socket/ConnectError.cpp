#include "socket/ConnectError.h"

#include "params/Format.h"
#include "socket/ErrnoText.h"

#include <QCoreApplication>

#include <cerrno>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectError)
};

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
        return Tr::tr("%1 refused the connection: %2; nothing listens on port %3")
            .arg(where, errnoText(error))
            .arg(port);
    case ConnectionFailure::Unreachable:
        return Tr::tr("%1 is unreachable: %2").arg(where, errnoText(error));
    case ConnectionFailure::ConnectTimeout:
        return Tr::tr("%1 did not answer: %2").arg(where, errnoText(error));
    default:
        return Tr::tr("cannot connect to %1: %2").arg(where, errnoText(error));
    }
}

QString connectTimeoutText(const QString &where, int timeoutMs)
{
    return Tr::tr("%1 did not answer within %2 (connect timeout)")
        .arg(where, formatSecondsPrecise(timeoutMs / 1000.0));
}

QString unresolvableText(const QString &host, const QString &reason)
{
    return Tr::tr("cannot resolve \"%1\": %2").arg(host, reason);
}

QString reservedInvalidNameText(const QString &host)
{
    return Tr::tr("cannot resolve \"%1\": names under .invalid never exist (RFC 6761)").arg(host);
}

QString resolveTimeoutText(const QString &host, int timeoutMs)
{
    return Tr::tr("cannot resolve \"%1\": no answer from name resolution within %2")
        .arg(host, formatSecondsPrecise(timeoutMs / 1000.0));
}

} // namespace kt

#include "socket/Target.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace kt {

QString Target::display() const
{
    const bool ipv6Literal = host.contains(QLatin1Char(':'));
    return ipv6Literal ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                       : QStringLiteral("%1:%2").arg(host).arg(port);
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Target)
};

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok, 10);
    if (!ok || port == 0 || port > 65535 || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return quint16(port);
}

} // namespace

std::optional<Target> parseTarget(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= text.size() || text.at(close + 1) != QLatin1Char(':')) {
            *error = Tr::tr("\"%1\" is not [IPV6]:PORT").arg(text);
            return std::nullopt;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol) {
            *error = Tr::tr("\"%1\" is not an IPv6 address").arg(host);
            return std::nullopt;
        }
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0) {
            *error = Tr::tr("\"%1\" has no port; write HOST:PORT").arg(text);
            return std::nullopt;
        }
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.contains(QLatin1Char(':'))) {
            *error = Tr::tr("write IPv6 addresses in brackets: [%1]:PORT").arg(host);
            return std::nullopt;
        }
    }
    if (host.isEmpty()) {
        *error = Tr::tr("\"%1\" has no host; write HOST:PORT").arg(text);
        return std::nullopt;
    }
    const auto port = parsePort(portText);
    if (!port) {
        *error = Tr::tr("\"%1\" is not a port between 1 and 65535").arg(portText);
        return std::nullopt;
    }
    return Target{host, *port};
}

bool isReservedInvalidName(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name == QLatin1String("invalid") || name.endsWith(QLatin1String(".invalid"));
}

} // namespace kt

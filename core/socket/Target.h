#pragma once

#include <QString>

#include <optional>

namespace kt {

// Where a test connection goes: a host (name or address literal) and a port.
struct Target
{
    QString host;
    quint16 port = 0;

    friend bool operator==(const Target &, const Target &) = default;

    // "example.org:443", "127.0.0.1:4242", "[::1]:4242": the form people
    // type, and the form parseTarget() reads back.
    QString display() const;
};

// Reads "HOST:PORT", "[IPV6]:PORT" or "IPV4:PORT". A bare IPv6 address
// without brackets is refused because its last group would be taken for the
// port. On failure returns nullopt and a message naming what is wrong.
std::optional<Target> parseTarget(const QString &input, QString *error);

// RFC 6761 §6.4: names under ".invalid" never resolve, and resolvers should
// answer so at once instead of asking the network.
bool isReservedInvalidName(const QString &host);

} // namespace kt

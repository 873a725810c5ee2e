// The cookbook's socket code that can say every value: C, Python, Go, Java,
// Rust. Each returns a function the reader calls on a connected (or
// listening) socket.
#include "advise/CookbookGenerators.h"

#include <QCoreApplication>

namespace kt::advise::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cookbook)
};

// Windows sends 10 probes when the values come through SIO_KEEPALIVE_VALS
// (learn.microsoft.com, winsock sio-keepalive-vals).
constexpr int kWindowsFixedCount = 10;

QString windowsCountNote(const CookbookInput &in)
{
    return Tr::tr("Windows fixes the count at %1 probes with SIO_KEEPALIVE_VALS; the count %2 is "
                  "not expressible there (Windows 10 1703 and later also have TCP_KEEPCNT).")
        .arg(kWindowsFixedCount)
        .arg(in.params.count);
}

KeepaliveParams windowsEffective(const CookbookInput &in)
{
    KeepaliveParams p = withoutUserTimeout(in);
    p.count = kWindowsFixedCount;
    return p;
}

} // namespace

// C. Linux: tcp(7), net/ipv4/tcp.c do_tcp_setsockopt (TCP_KEEPIDLE,
// TCP_KEEPINTVL s 1..32767, TCP_KEEPCNT 1..127, TCP_USER_TIMEOUT ms >= 0,
// EINVAL outside); SO_KEEPALIVE at SOL_SOCKET first. macOS: xnu
// bsd/netinet/tcp.h (TCP_KEEPALIVE is the idle time; no TCP_USER_TIMEOUT).
// Windows: learn.microsoft.com winsock sio-keepalive-vals (struct
// tcp_keepalive in milliseconds, count fixed at 10).
Draft cSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::CBlock;
    const QString idle = num(in.params.idleS);
    const QString interval = num(in.params.intervalS);
    const QString count = num(in.params.count);
    if (in.os == TargetOs::Windows) {
        d.notes << Tr::tr("Windows takes the times in milliseconds through SIO_KEEPALIVE_VALS. The "
                          "socket is a SOCKET, not an int; on failure set_keepalive returns -1 and "
                          "WSAGetLastError() says why. Link with ws2_32.");
        d.notes << windowsCountNote(in);
        if (const auto ut = userTimeoutNotSet(in, Tr::tr("Windows has no TCP_USER_TIMEOUT "
                                                         "(TCP_MAXRT, in seconds, is the "
                                                         "nearest).")))
            d.notes << *ut;
        d.effective = windowsEffective(in);
        d.body =
            QStringLiteral(R"(#include <winsock2.h>
#include <mstcpip.h>

int set_keepalive(SOCKET fd)
{
    struct tcp_keepalive values;
    DWORD returned = 0;

    values.onoff = 1;
    values.keepalivetime = %1; /* ms of idleness before the first probe */
    values.keepaliveinterval = %2; /* ms between probes */
    if (WSAIoctl(fd, SIO_KEEPALIVE_VALS, &values, sizeof values, NULL, 0, &returned, NULL,
                 NULL) != 0)
        return -1;
    return 0;
}
)")
                .arg(num(qint64(in.params.idleS) * 1000), num(qint64(in.params.intervalS) * 1000));
        return d;
    }

    const bool mac = in.os == TargetOs::MacOs;
    const bool userTimeout = !mac && in.userTimeoutMs.has_value();
    d.notes << Tr::tr("set_keepalive returns 0, or -1 with errno set by the option the kernel "
                      "refused (EINVAL: a value outside its range).");
    if (mac) {
        d.notes << Tr::tr("On macOS the idle time is TCP_KEEPALIVE (TCP_KEEPIDLE is Linux's "
                          "name).");
        if (const auto ut = userTimeoutNotSet(in, Tr::tr("macOS has no TCP_USER_TIMEOUT "
                                                         "(TCP_RXT_CONNDROPTIME is the "
                                                         "nearest).")))
            d.notes << *ut;
        d.effective = withoutUserTimeout(in);
    }
    QString body = QStringLiteral(R"(#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

int set_keepalive(int fd)
{
    const int on = 1;
    const int idle = %1; /* seconds of idleness before the first probe */
    const int interval = %2; /* seconds between probes */
    const int count = %3; /* unanswered probes before the connection is reset */
)")
                       .arg(idle, interval, count);
    if (userTimeout)
        body += QStringLiteral("    const unsigned int user_timeout = %1; /* milliseconds */\n")
                    .arg(num(*in.userTimeoutMs));
    body += QStringLiteral(R"(
    if (setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on) != 0)
        return -1;
    if (setsockopt(fd, IPPROTO_TCP, %1, &idle, sizeof idle) != 0)
        return -1;
    if (setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval) != 0)
        return -1;
    if (setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count) != 0)
        return -1;
)")
                .arg(mac ? QStringLiteral("TCP_KEEPALIVE") : QStringLiteral("TCP_KEEPIDLE"));
    if (userTimeout)
        body +=
            QStringLiteral("    if (setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &user_timeout, "
                           "sizeof user_timeout) != 0)\n        return -1;\n");
    body += QStringLiteral("    return 0;\n}\n");
    d.body = body;
    return d;
}

// Python: docs.python.org/3/library/socket.html (socket.TCP_KEEPIDLE &
// co.; socket.TCP_USER_TIMEOUT 3.6+ on Linux; socket.TCP_KEEPALIVE on macOS
// from 3.10; on Windows sock.ioctl(socket.SIO_KEEPALIVE_VALS, (onoff, idle ms,
// interval ms))). The seed's handle_tcp_keepalive, done right: setsockopt
// (never "setsocketopt"), then read back; sys.version_info (never
// sys.version) compared with a tuple.
Draft pythonSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    if (in.os == TargetOs::Windows) {
        d.notes << Tr::tr("Windows takes the times in milliseconds through SIO_KEEPALIVE_VALS and "
                          "cannot read them back: only SO_KEEPALIVE is checked.");
        d.notes << windowsCountNote(in);
        if (const auto ut = userTimeoutNotSet(in, Tr::tr("Windows has no TCP_USER_TIMEOUT.")))
            d.notes << *ut;
        d.effective = windowsEffective(in);
        d.body =
            QStringLiteral(R"(import socket

IDLE_MS = %1  # before the first probe
INTERVAL_MS = %2  # between probes


def set_keepalive(sock: socket.socket) -> None:
    """Turns keep-alive on with the values above; raises OSError if it is off."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    sock.ioctl(socket.SIO_KEEPALIVE_VALS, (1, IDLE_MS, INTERVAL_MS))
    if not sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE):
        raise OSError("SO_KEEPALIVE: the kernel did not turn keep-alive on")
)")
                .arg(num(qint64(in.params.idleS) * 1000), num(qint64(in.params.intervalS) * 1000));
        return d;
    }

    const bool mac = in.os == TargetOs::MacOs;
    const bool userTimeout = !mac && in.userTimeoutMs.has_value();
    d.notes << Tr::tr("set_keepalive sets each option, reads it back and raises OSError when the "
                      "kernel holds another value.");
    if (mac) {
        d.notes << Tr::tr("On macOS the idle time is TCP_KEEPALIVE; Python names it from 3.10 on, "
                          "before that its value 0x10 (xnu bsd/netinet/tcp.h) is used.");
        if (const auto ut = userTimeoutNotSet(in, Tr::tr("macOS has no TCP_USER_TIMEOUT.")))
            d.notes << *ut;
        d.effective = withoutUserTimeout(in);
    }
    QString body = mac ? QStringLiteral(R"(import socket
import sys

if sys.version_info >= (3, 10):
    TCP_KEEPALIVE = socket.TCP_KEEPALIVE
else:
    TCP_KEEPALIVE = 0x10  # not named by Python before 3.10

)")
                       : QStringLiteral("import socket\n\n");
    body += QStringLiteral(R"(IDLE_S = %1  # before the first probe
INTERVAL_S = %2  # between probes
COUNT = %3  # unanswered probes before the connection is reset
)")
                .arg(num(in.params.idleS), num(in.params.intervalS), num(in.params.count));
    if (userTimeout)
        body += QStringLiteral("USER_TIMEOUT_MS = %1  # TCP_USER_TIMEOUT, milliseconds\n")
                    .arg(num(*in.userTimeoutMs));
    body += QStringLiteral(R"(

def set_keepalive(sock: socket.socket) -> None:
    """Turns keep-alive on with the values above, reads every option back and
    raises OSError when the kernel holds another value."""
    wanted = [
        (%1, IDLE_S, "%2"),
        (socket.TCP_KEEPINTVL, INTERVAL_S, "TCP_KEEPINTVL"),
        (socket.TCP_KEEPCNT, COUNT, "TCP_KEEPCNT"),
)")
                .arg(mac ? QStringLiteral("TCP_KEEPALIVE") : QStringLiteral("socket.TCP_KEEPIDLE"),
                     mac ? QStringLiteral("TCP_KEEPALIVE") : QStringLiteral("TCP_KEEPIDLE"));
    if (userTimeout)
        body += QStringLiteral(
            "        (socket.TCP_USER_TIMEOUT, USER_TIMEOUT_MS, \"TCP_USER_TIMEOUT\"),\n");
    body += QStringLiteral(R"(    ]
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for option, value, _ in wanted:
        sock.setsockopt(socket.IPPROTO_TCP, option, value)
    if not sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE):
        raise OSError("SO_KEEPALIVE: the kernel did not turn keep-alive on")
    for option, value, name in wanted:
        got = sock.getsockopt(socket.IPPROTO_TCP, option)
        if got != value:
            raise OSError(f"{name}: the kernel holds {got}, not {value}")
)");
    d.body = body;
    return d;
}

// Go: go src/net/tcpsock.go (net.KeepAliveConfig{Enable, Idle, Interval,
// Count} and (*TCPConn).SetKeepAliveConfig, Go 1.23+; zero fields mean the
// defaults 15 s / 15 s / 9). The user timeout has no field: syscall.RawConn's
// Control with golang.org/x/sys/unix.SetsockoptInt(fd, unix.IPPROTO_TCP,
// unix.TCP_USER_TIMEOUT, ms).
Draft goSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Slash;
    const bool userTimeout = in.os == TargetOs::Linux && in.userTimeoutMs.has_value();
    d.notes << Tr::tr("Needs Go 1.23 or later (net.KeepAliveConfig). The same config goes into "
                      "net.Dialer's and net.ListenConfig's KeepAliveConfig field for every "
                      "connection they make.");
    if (in.os != TargetOs::Linux) {
        if (const auto ut = userTimeoutNotSet(
                in, Tr::tr("%1 has no TCP_USER_TIMEOUT.").arg(targetOsLabel(in.os))))
            d.notes << *ut;
        d.effective = withoutUserTimeout(in);
    }
    QString body = QStringLiteral("package main // your package\n\nimport (\n\t\"net\"\n"
                                  "\t\"time\"\n");
    if (userTimeout)
        body += QStringLiteral("\n\t\"golang.org/x/sys/unix\"\n");
    body += QStringLiteral(R"()

// setKeepAlive turns keep-alive on for conn with the values above.
func setKeepAlive(conn *net.TCPConn) error {
	if err := conn.SetKeepAliveConfig(net.KeepAliveConfig{
		Enable:   true,
		Idle:     %1 * time.Second,
		Interval: %2 * time.Second,
		Count:    %3,
	}); err != nil {
		return err
	}
)")
                .arg(num(in.params.idleS), num(in.params.intervalS), num(in.params.count));
    if (userTimeout)
        body += QStringLiteral(
                    R"(	// KeepAliveConfig has no user timeout: TCP_USER_TIMEOUT (ms) on the fd.
	raw, err := conn.SyscallConn()
	if err != nil {
		return err
	}
	var sockErr error
	if err := raw.Control(func(fd uintptr) {
		sockErr = unix.SetsockoptInt(int(fd), unix.IPPROTO_TCP, unix.TCP_USER_TIMEOUT, %1)
	}); err != nil {
		return err
	}
	return sockErr
}
)")
                    .arg(num(*in.userTimeoutMs));
    else
        body += QStringLiteral("\treturn nil\n}\n");
    d.body = body;
    return d;
}

// Java: docs.oracle.com jdk.net.ExtendedSocketOptions (TCP_KEEPIDLE,
// TCP_KEEPINTERVAL in seconds, TCP_KEEPCOUNT; JDK 11+);
// StandardSocketOptions.SO_KEEPALIVE. The JDK has no user timeout.
Draft javaSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Slash;
    d.notes << Tr::tr("Needs JDK 11 or later (jdk.net.ExtendedSocketOptions). setOption throws "
                      "UnsupportedOperationException where the system lacks an option; "
                      "SocketChannel.setOption takes the same options.");
    if (const auto ut = userTimeoutNotSet(in, Tr::tr("the JDK has no TCP_USER_TIMEOUT option.")))
        d.notes << *ut;
    d.effective = withoutUserTimeout(in);
    d.body = QStringLiteral(R"(import java.io.IOException;
import java.net.Socket;
import java.net.StandardSocketOptions;
import jdk.net.ExtendedSocketOptions;

final class Keepalive {
    private Keepalive() {}

    /** Turns keep-alive on for the socket with the values above. */
    static void setKeepAlive(Socket socket) throws IOException {
        socket.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
        socket.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, %1); // seconds
        socket.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, %2); // seconds
        socket.setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, %3);
    }
}
)")
                 .arg(num(in.params.idleS), num(in.params.intervalS), num(in.params.count));
    return d;
}

// Rust: socket2 src/lib.rs and src/sys/unix.rs (TcpKeepalive::new()
// .with_time(d).with_interval(d).with_retries(n), with_retries not on
// Windows; SockRef::from(&stream).set_tcp_keepalive(&ka);
// set_tcp_user_timeout(Some(d)) on Linux; feature "all").
Draft rustSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Slash;
    const bool windows = in.os == TargetOs::Windows;
    const bool userTimeout = in.os == TargetOs::Linux && in.userTimeoutMs.has_value();
    d.notes << Tr::tr("Cargo.toml: socket2 = { version = \"0.5\", features = [\"all\"] }.");
    if (windows) {
        d.notes << Tr::tr("socket2 sets the times through SIO_KEEPALIVE_VALS on Windows and has no "
                          "with_retries there.")
                << windowsCountNote(in);
        d.effective = windowsEffective(in);
    } else if (in.os == TargetOs::MacOs) {
        d.effective = withoutUserTimeout(in);
    }
    if (in.os != TargetOs::Linux) {
        if (const auto ut = userTimeoutNotSet(
                in, Tr::tr("%1 has no TCP_USER_TIMEOUT.").arg(targetOsLabel(in.os))))
            d.notes << *ut;
    }
    QString body =
        QStringLiteral(R"(use std::io;
use std::net::TcpStream;
use std::time::Duration;

use socket2::{SockRef, TcpKeepalive};

/// Turns keep-alive on for the stream with the values above.
fn set_keepalive(stream: &TcpStream) -> io::Result<()> {
    let keepalive = TcpKeepalive::new()
        .with_time(Duration::from_secs(%1))
        .with_interval(Duration::from_secs(%2))%3;
    let sock = SockRef::from(stream);
    sock.set_tcp_keepalive(&keepalive)?;
)")
            .arg(num(in.params.idleS), num(in.params.intervalS),
                 windows ? QString()
                         : QStringLiteral("\n        .with_retries(%1)").arg(num(in.params.count)));
    if (userTimeout)
        body += *in.userTimeoutMs == 0
                    ? QStringLiteral("    sock.set_tcp_user_timeout(None)?; // 0: not set\n")
                    : QStringLiteral("    sock.set_tcp_user_timeout(Some(Duration::from_millis("
                                     "%1)))?;\n")
                          .arg(num(*in.userTimeoutMs));
    body += QStringLiteral("    Ok(())\n}\n");
    d.body = body;
    return d;
}

} // namespace kt::advise::detail

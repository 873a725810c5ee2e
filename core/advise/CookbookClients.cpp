// The cookbook's socket code whose API cannot say every value: Node.js, .NET,
// libcurl and the curl command. Each snippet says what happens instead.
#include "advise/CookbookGenerators.h"

#include <QCoreApplication>

namespace kt::advise::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cookbook)
};

// What Node.js sets itself when keep-alive is turned on (nodejs doc/api/net.md,
// since 12.17 / 13.12).
constexpr int kNodeIntervalS = 1;
constexpr int kNodeCount = 10;

} // namespace

// Node.js: nodejs doc/api/net.md (socket.setKeepAlive(enable, initialDelay
// ms); net.connect({keepAlive, keepAliveInitialDelay}); interval and count
// fixed by Node). No user timeout.
Draft nodeSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Slash;
    d.notes << Tr::tr(
                   "Node.js takes only the idle time, in milliseconds, and fixes the interval at "
                   "%1 s and the count at %2 (since Node 12.17 and 13.12): the interval %3 s and "
                   "the count %4 are not expressible.")
                   .arg(kNodeIntervalS)
                   .arg(kNodeCount)
                   .arg(in.params.intervalS)
                   .arg(in.params.count);
    if (const auto ut = userTimeoutNotSet(in, Tr::tr("Node.js has no TCP_USER_TIMEOUT option.")))
        d.notes << *ut;
    KeepaliveParams effective = withoutUserTimeout(in);
    effective.intervalS = kNodeIntervalS;
    effective.count = kNodeCount;
    d.effective = effective;
    d.body = QStringLiteral(R"('use strict';
const net = require('net');

const IDLE_MS = %1; // before the first probe

// Turns keep-alive on for a connected socket.
function setKeepAlive(socket) {
  socket.setKeepAlive(true, IDLE_MS);
}

// Connects with keep-alive on from the start.
function connectWithKeepAlive(options) {
  return net.connect({ ...options, keepAlive: true, keepAliveInitialDelay: IDLE_MS });
}

module.exports = { setKeepAlive, connectWithKeepAlive };
)")
                 .arg(num(qint64(in.params.idleS) * 1000));
    return d;
}

// .NET: dotnet-api-docs SocketOptionName (TcpKeepAliveTime and
// TcpKeepAliveInterval in seconds, TcpKeepAliveRetryCount; .NET Core 3.0+).
// No user timeout. Windows: TCP_KEEPCNT from Windows 10 1703 (winsock
// ipproto-tcp-socket-options).
Draft dotnetSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Slash;
    d.notes << Tr::tr("Needs .NET Core 3.0 or later.");
    if (in.os == TargetOs::Windows)
        d.notes << Tr::tr("On Windows TcpKeepAliveRetryCount needs Windows 10 1703 or later.");
    if (const auto ut = userTimeoutNotSet(in, Tr::tr(".NET has no TCP_USER_TIMEOUT option.")))
        d.notes << *ut;
    d.effective = withoutUserTimeout(in);
    d.body = QStringLiteral(R"(using System.Net.Sockets;

static class Keepalive
{
    // Turns keep-alive on for the socket with the values above.
    public static void SetKeepAlive(Socket socket)
    {
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
        socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime, %1); // seconds
        socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveInterval, %2); // seconds
        socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveRetryCount, %3);
    }
}
)")
                 .arg(num(in.params.idleS), num(in.params.intervalS), num(in.params.count));
    return d;
}

// libcurl: curl.se/libcurl/c/CURLOPT_TCP_KEEPCNT.html and its siblings
// (CURLOPT_TCP_KEEPALIVE 1L, CURLOPT_TCP_KEEPIDLE and CURLOPT_TCP_KEEPINTVL in
// seconds, CURLOPT_TCP_KEEPCNT from 8.9.0). No user timeout option.
Draft libcurlSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::CBlock;
    d.notes << Tr::tr("set_keepalive returns CURLE_OK or the first error. CURLOPT_TCP_KEEPCNT "
                      "needs libcurl 8.9.0 or later; with an older libcurl the system's count "
                      "applies instead of %1.")
                   .arg(in.params.count);
    if (const auto ut = userTimeoutNotSet(
            in, Tr::tr("libcurl has no option for TCP_USER_TIMEOUT; a CURLOPT_SOCKOPTFUNCTION "
                       "callback can set it with setsockopt (see the c target).")))
        d.notes << *ut;
    d.effective = withoutUserTimeout(in);
    d.body = QStringLiteral(R"(#include <curl/curl.h>

CURLcode set_keepalive(CURL *curl)
{
    CURLcode rc = curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    if (rc == CURLE_OK)
        rc = curl_easy_setopt(curl, CURLOPT_TCP_KEEPIDLE, %1L); /* seconds */
    if (rc == CURLE_OK)
        rc = curl_easy_setopt(curl, CURLOPT_TCP_KEEPINTVL, %2L); /* seconds */
#if CURL_AT_LEAST_VERSION(8, 9, 0)
    if (rc == CURLE_OK)
        rc = curl_easy_setopt(curl, CURLOPT_TCP_KEEPCNT, %3L);
#endif
    return rc;
}
)")
                 .arg(num(in.params.idleS), num(in.params.intervalS), num(in.params.count));
    return d;
}

// curl: curl.se (--keepalive-time S sets the idle time and the interval
// together; --keepalive-cnt N from 8.9.0).
Draft curlSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    d.notes << Tr::tr("--keepalive-time sets the idle time and the interval together: probes go "
                      "out every %1 s, not every %2 s. --keepalive-cnt needs curl 8.9.0 or later.")
                   .arg(in.params.idleS)
                   .arg(in.params.intervalS);
    if (const auto ut = userTimeoutNotSet(in, Tr::tr("curl has no option for TCP_USER_TIMEOUT.")))
        d.notes << *ut;
    KeepaliveParams effective = withoutUserTimeout(in);
    effective.intervalS = in.params.idleS;
    d.effective = effective;
    d.body = QStringLiteral("curl --keepalive-time %1 --keepalive-cnt %2 https://example.com/\n")
                 .arg(num(in.params.idleS), num(in.params.count));
    return d;
}

} // namespace kt::advise::detail

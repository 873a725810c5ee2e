// kt_connection_holder: a process that holds loopback connections with known
// keep-alive options, for the Connections tests (core, CLI, page, end to end).
//
// usage: kt_connection_holder [--v6] SPEC...
//   SPEC is "off" (keep-alive off) or "IDLE:INTVL:CNT:USER_TIMEOUT_MS" (on,
//   with these values) and applies to the client end of one connection; the
//   accepted end keeps the defaults. Prints "ready PORT" (the listener's
//   port) once every connection is established, then holds them until its
//   standard input closes. The listener is closed before "ready", so only
//   the connections remain.
#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

[[noreturn]] void die(const char *what)
{
    std::perror(what);
    std::exit(1);
}

void setInt(int fd, int level, int name, int value)
{
    if (::setsockopt(fd, level, name, &value, sizeof value) < 0)
        die("setsockopt");
}

} // namespace

int main(int argc, char *argv[])
{
    bool v6 = false;
    std::vector<std::string> specs;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--v6") == 0)
            v6 = true;
        else
            specs.emplace_back(argv[i]);
    }
    const int family = v6 ? AF_INET6 : AF_INET;
    sockaddr_storage address{};
    socklen_t length = 0;
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&address);
        a->sin6_family = AF_INET6;
        a->sin6_addr = in6addr_loopback;
        length = sizeof *a;
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&address);
        a->sin_family = AF_INET;
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        length = sizeof *a;
    }
    const int listener = ::socket(family, SOCK_STREAM, 0);
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), length) < 0 ||
        ::listen(listener, 128) < 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) < 0)
        die("listen");
    const int port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&address)->sin6_port
                              : reinterpret_cast<sockaddr_in *>(&address)->sin_port);
    std::vector<int> fds;
    for (const std::string &spec : specs) {
        const int client = ::socket(family, SOCK_STREAM, 0);
        if (client < 0 || ::connect(client, reinterpret_cast<sockaddr *>(&address), length) < 0)
            die("connect");
        const int server = ::accept(listener, nullptr, nullptr);
        if (server < 0)
            die("accept");
        if (spec != "off") {
            int idle = 0, intvl = 0, cnt = 0, uto = 0;
            if (std::sscanf(spec.c_str(), "%d:%d:%d:%d", &idle, &intvl, &cnt, &uto) != 4)
                die("spec");
            setInt(client, SOL_SOCKET, SO_KEEPALIVE, 1);
            setInt(client, IPPROTO_TCP, TCP_KEEPIDLE, idle);
            setInt(client, IPPROTO_TCP, TCP_KEEPINTVL, intvl);
            setInt(client, IPPROTO_TCP, TCP_KEEPCNT, cnt);
            setInt(client, IPPROTO_TCP, TCP_USER_TIMEOUT, uto);
        }
        fds.push_back(client);
        fds.push_back(server);
    }
    ::close(listener);
    std::printf("ready %d\n", port);
    std::fflush(stdout);
    char buffer[64];
    while (::read(0, buffer, sizeof buffer) > 0) {
    }
    return 0;
}

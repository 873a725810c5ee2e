#pragma once

// 20 000 established loopback connections (40 000 sockets) for the
// Connections benchmarks, spread over a few child processes so no process
// needs more descriptors than a default hard limit allows. Half the client
// ends have keep-alive on, with idle times that differ. Must run inside a
// private network namespace (the benchmarks are registered through
// tests/support/in-netns.sh): it widens the namespace's ephemeral port range.

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

class LoopbackLoad
{
public:
    LoopbackLoad() = default;
    LoopbackLoad(const LoopbackLoad &) = delete;
    LoopbackLoad &operator=(const LoopbackLoad &) = delete;
    ~LoopbackLoad() { stop(); }

    // Starts `processes` children holding `connections` connections between
    // them; returns once all are established.
    bool start(int connections, int processes, std::string &error)
    {
        if (FILE *range = std::fopen("/proc/sys/net/ipv4/ip_local_port_range", "w")) {
            std::fputs("1024 65535\n", range);
            std::fclose(range);
        }
        const int each = (connections + processes - 1) / processes;
        for (int p = 0; p < processes; ++p) {
            const int count = std::min(each, connections - p * each);
            if (count <= 0)
                break;
            int ready[2];
            int control[2];
            if (::pipe2(ready, O_CLOEXEC) < 0 || ::pipe2(control, O_CLOEXEC) < 0) {
                error = std::strerror(errno);
                return false;
            }
            const pid_t child = ::fork();
            if (child < 0) {
                error = std::strerror(errno);
                return false;
            }
            if (child == 0) {
                ::close(ready[0]);
                ::close(control[1]);
                const bool ok = hold(count, p * each);
                const char status = ok ? '1' : '0';
                // The parent reads a missing status as a failure.
                if (::write(ready[1], &status, 1) != 1)
                    ::_exit(1);
                char c;
                while (::read(control[0], &c, 1) > 0) {
                }
                ::_exit(ok ? 0 : 1);
            }
            ::close(ready[1]);
            ::close(control[0]);
            m_children.push_back(child);
            m_controls.push_back(control[1]);
            char status = '0';
            if (::read(ready[0], &status, 1) != 1 || status != '1') {
                ::close(ready[0]);
                error = "a holder process could not make its connections (descriptor limit?)";
                return false;
            }
            ::close(ready[0]);
        }
        return true;
    }

    void stop()
    {
        for (const int fd : m_controls)
            ::close(fd);
        for (const pid_t child : m_children)
            ::waitpid(child, nullptr, 0);
        m_controls.clear();
        m_children.clear();
    }

    const std::vector<pid_t> &children() const { return m_children; }

private:
    // In the child: a listener and `count` connections to it.
    static bool hold(int count, int first)
    {
        rlimit limit{};
        ::getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        if (limit.rlim_cur < rlim_t(2 * count + 16))
            return false;
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0 ||
            ::listen(listener, 4096) < 0 ||
            ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) < 0)
            return false;
        for (int i = 0; i < count; ++i) {
            const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            if (client < 0 ||
                ::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0)
                return false;
            if (::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC) < 0)
                return false;
            if ((first + i) % 2 == 0) {
                const int on = 1;
                const int idle = 30 + ((first + i) % 7) * 100;
                const int interval = 10;
                const int probes = 5;
                ::setsockopt(client, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
                ::setsockopt(client, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
                ::setsockopt(client, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
                ::setsockopt(client, IPPROTO_TCP, TCP_KEEPCNT, &probes, sizeof probes);
            }
        }
        ::close(listener);
        return true;
    }

    std::vector<pid_t> m_children;
    std::vector<int> m_controls;
};

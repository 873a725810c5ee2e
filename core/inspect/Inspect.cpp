#include "inspect/Inspect.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace kt::inspect {

namespace {

std::uint64_t nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::uint64_t(ts.tv_sec) * 1000000000ULL + std::uint64_t(ts.tv_nsec);
}

std::string errnoText(int error)
{
    return std::strerror(error);
}

// Closes a file descriptor when it goes out of scope.
class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// --- The dump ---

struct DumpContext
{
    std::vector<SocketRecord> *out = nullptr;
};

void takeEndpoint(Endpoint &endpoint, std::uint8_t family, __be16 port, const __be32 (&words)[4])
{
    endpoint.family = family;
    endpoint.port = ntohs(port);
    std::memcpy(endpoint.address, words, family == AF_INET6 ? 16 : 4);
}

int onDumpMessage(const nlmsghdr *header, void *data)
{
    auto *context = static_cast<DumpContext *>(data);
    if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY ||
        mnl_nlmsg_get_payload_len(header) < sizeof(inet_diag_msg))
        return MNL_CB_OK;
    inet_diag_msg message;
    std::memcpy(&message, mnl_nlmsg_get_payload(header), sizeof message);
    SocketRecord &record = context->out->emplace_back();
    record.cookie = std::uint64_t(message.id.idiag_cookie[0]) |
                    (std::uint64_t(message.id.idiag_cookie[1]) << 32);
    record.inode = message.idiag_inode;
    record.uid = message.idiag_uid;
    record.state = message.idiag_state;
    record.timer = message.idiag_timer;
    record.timerCounter = message.idiag_retrans;
    record.timerExpiresMs = message.idiag_expires;
    takeEndpoint(record.local, message.idiag_family, message.id.idiag_sport, message.id.idiag_src);
    takeEndpoint(record.remote, message.idiag_family, message.id.idiag_dport, message.id.idiag_dst);

    const auto *tail = static_cast<const char *>(mnl_nlmsg_get_payload_tail(header));
    for (auto *attribute = static_cast<const nlattr *>(
             mnl_nlmsg_get_payload_offset(header, sizeof(inet_diag_msg)));
         mnl_attr_ok(attribute, int(tail - reinterpret_cast<const char *>(attribute)));
         attribute = mnl_attr_next(attribute)) {
        if (mnl_attr_get_type(attribute) != INET_DIAG_INFO)
            continue;
        // An older kernel sends a shorter tcp_info: take what is there.
        tcp_info info{};
        std::memcpy(&info, mnl_attr_get_payload(attribute),
                    std::min<std::size_t>(mnl_attr_get_payload_len(attribute), sizeof info));
        record.infoValid = true;
        record.probes = info.tcpi_probes;
        record.backoff = info.tcpi_backoff;
        record.lastDataRecvMs = info.tcpi_last_data_recv;
        record.lastAckRecvMs = info.tcpi_last_ack_recv;
        record.rttUs = info.tcpi_rtt;
        record.unacked = info.tcpi_unacked;
    }
    return MNL_CB_OK;
}

bool dumpFamily(mnl_socket *socket, unsigned portId, unsigned sequence, std::uint8_t family,
                std::uint32_t states, std::vector<char> &buffer, std::vector<SocketRecord> &out,
                std::string &error)
{
    char request[1024] = {};
    nlmsghdr *header = mnl_nlmsg_put_header(request);
    header->nlmsg_type = SOCK_DIAG_BY_FAMILY;
    header->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    header->nlmsg_seq = sequence;
    auto *diag = static_cast<inet_diag_req_v2 *>(
        mnl_nlmsg_put_extra_header(header, sizeof(inet_diag_req_v2)));
    diag->sdiag_family = family;
    diag->sdiag_protocol = IPPROTO_TCP;
    diag->idiag_states = states;
    diag->idiag_ext = 1U << (INET_DIAG_INFO - 1);
    if (mnl_socket_sendto(socket, header, header->nlmsg_len) < 0) {
        error = "sock_diag dump request: " + errnoText(errno);
        return false;
    }
    DumpContext context{&out};
    for (;;) {
        const ssize_t received = mnl_socket_recvfrom(socket, buffer.data(), buffer.size());
        if (received < 0) {
            error = "sock_diag dump: " + errnoText(errno);
            return false;
        }
        const int status = mnl_cb_run(buffer.data(), std::size_t(received), sequence, portId,
                                      onDumpMessage, &context);
        if (status < 0) {
            error = "sock_diag dump: " + errnoText(errno);
            return false;
        }
        if (status == MNL_CB_STOP)
            return true; // NLMSG_DONE
    }
}

// How many TCP sockets the namespace has now ("TCP: inuse N" in
// /proc/net/sockstat), so the dump's vector is allocated once, not grown by
// doubling (which at 40 000 sockets briefly holds one and a half copies).
std::size_t tcpSocketsInUse()
{
    const Fd fd(::open("/proc/net/sockstat", O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return 0;
    char text[1024];
    const ssize_t n = ::read(fd.get(), text, sizeof text - 1);
    if (n <= 0)
        return 0;
    text[n] = '\0';
    const char *tcp = std::strstr(text, "TCP: inuse ");
    return tcp ? std::size_t(std::strtoul(tcp + 11, nullptr, 10)) : 0;
}

bool dumpSockets(std::uint32_t states, std::vector<SocketRecord> &out, std::string &error)
{
    // A little headroom for sockets opened meanwhile.
    out.reserve(tcpSocketsInUse() + tcpSocketsInUse() / 16 + 16);
    mnl_socket *socket = mnl_socket_open2(NETLINK_SOCK_DIAG, SOCK_CLOEXEC);
    if (!socket) {
        error = "cannot open NETLINK_SOCK_DIAG: " + errnoText(errno);
        return false;
    }
    struct Closer
    {
        mnl_socket *s;
        ~Closer() { mnl_socket_close(s); }
    } closer{socket};
    if (mnl_socket_bind(socket, 0, MNL_SOCKET_AUTOPID) < 0) {
        error = "cannot bind NETLINK_SOCK_DIAG: " + errnoText(errno);
        return false;
    }
    // A big socket buffer lets the kernel run ahead of us; the receive buffer
    // is as large as one dump message batch can be (netlink_dump() fills up
    // to 32 KiB per message batch, more after a large read).
    const int socketBuffer = 4 << 20;
    if (::setsockopt(mnl_socket_get_fd(socket), SOL_SOCKET, SO_RCVBUFFORCE, &socketBuffer,
                     sizeof socketBuffer) < 0)
        static_cast<void>(::setsockopt(mnl_socket_get_fd(socket), SOL_SOCKET, SO_RCVBUF,
                                       &socketBuffer, sizeof socketBuffer));
    std::vector<char> buffer(256 * 1024);
    const unsigned portId = mnl_socket_get_portid(socket);
    return dumpFamily(socket, portId, 1, AF_INET, states, buffer, out, error) &&
           dumpFamily(socket, portId, 2, AF_INET6, states, buffer, out, error);
}

// --- Owners and options ---

long pidfdOpen(pid_t pid)
{
    return ::syscall(SYS_pidfd_open, pid, 0);
}

long pidfdGetfd(int pidfd, int targetFd)
{
    return ::syscall(SYS_pidfd_getfd, pidfd, targetFd, 0);
}

bool parseNumber(const char *text, std::int32_t &value)
{
    if (*text == '\0')
        return false;
    std::int64_t number = 0;
    for (const char *c = text; *c; ++c) {
        if (*c < '0' || *c > '9' || number > 0x7fffffff)
            return false;
        number = number * 10 + (*c - '0');
    }
    if (number > 0x7fffffff)
        return false;
    value = std::int32_t(number);
    return true;
}

std::string readCommand(int procFd, const char *pidName)
{
    char path[300];
    std::snprintf(path, sizeof path, "%s/comm", pidName);
    const Fd fd(::openat(procFd, path, O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return {};
    char text[64];
    const ssize_t n = ::read(fd.get(), text, sizeof text);
    if (n <= 0)
        return {};
    std::string command(text, std::size_t(n));
    if (!command.empty() && command.back() == '\n')
        command.pop_back();
    return command;
}

enum class ReadOutcome
{
    Read,
    Gone,
    NotPermitted,
};

int getInt(int fd, int level, int name, int &value)
{
    socklen_t length = sizeof value;
    return ::getsockopt(fd, level, name, &value, &length);
}

// Reads one socket's options through `pidfd`. The duplicate is checked to be
// the dumped socket (same inode): the fd number may meanwhile name another
// file.
ReadOutcome readOptions(int pidfd, SocketRecord &record)
{
    const long duplicate = pidfdGetfd(pidfd, record.fd);
    if (duplicate < 0) {
        if (errno == EPERM || errno == EACCES)
            return ReadOutcome::NotPermitted;
        return ReadOutcome::Gone; // EBADF: closed; ESRCH: the process ended
    }
    const Fd socket{int(duplicate)};
    struct stat info
    {};
    if (::fstat(socket.get(), &info) < 0 || !S_ISSOCK(info.st_mode) || info.st_ino != record.inode)
        return ReadOutcome::Gone;
    SocketOptions &o = record.options;
    int keepalive = 0;
    if (getInt(socket.get(), SOL_SOCKET, SO_KEEPALIVE, keepalive) < 0 ||
        getInt(socket.get(), IPPROTO_TCP, TCP_KEEPIDLE, o.idleS) < 0 ||
        getInt(socket.get(), IPPROTO_TCP, TCP_KEEPINTVL, o.intervalS) < 0 ||
        getInt(socket.get(), IPPROTO_TCP, TCP_KEEPCNT, o.count) < 0 ||
        getInt(socket.get(), IPPROTO_TCP, TCP_USER_TIMEOUT, o.userTimeoutMs) < 0) {
        o = SocketOptions{};
        return ReadOutcome::Gone;
    }
    o.keepalive = keepalive != 0;
    return ReadOutcome::Read;
}

struct OwnerScan
{
    std::vector<SocketRecord> &sockets;
    std::vector<ProcessRecord> &processes;
    // Every owned socket's index, grouped by process: process p owns
    // owned[ranges[p].first … ranges[p].second).
    std::vector<std::uint32_t> owned;
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
};

void scanOwners(const std::string &procRoot, OwnerScan &scan)
{
    // Inode -> socket index, sorted for binary search: 8 bytes a socket, far
    // less than a hash map's nodes at 40 000 sockets.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> byInode;
    byInode.reserve(scan.sockets.size());
    for (std::size_t i = 0; i < scan.sockets.size(); ++i) {
        if (scan.sockets[i].inode != 0)
            byInode.emplace_back(scan.sockets[i].inode, std::uint32_t(i));
    }
    if (byInode.empty())
        return;
    std::sort(byInode.begin(), byInode.end());
    const Fd procFd(::open(procRoot.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (procFd.get() < 0)
        return;
    DIR *proc = ::fdopendir(::dup(procFd.get()));
    if (!proc)
        return;
    char path[300];
    char link[64];
    while (const dirent *entry = ::readdir(proc)) {
        std::int32_t pid = 0;
        if (!parseNumber(entry->d_name, pid))
            continue;
        std::snprintf(path, sizeof path, "%s/fd", entry->d_name);
        // Another user's process: not readable without administrator rights,
        // as for ss -p.
        const int fdDirFd = ::openat(procFd.get(), path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fdDirFd < 0)
            continue;
        DIR *fdDir = ::fdopendir(fdDirFd);
        if (!fdDir) {
            ::close(fdDirFd);
            continue;
        }
        const std::size_t first = scan.owned.size();
        while (const dirent *fdEntry = ::readdir(fdDir)) {
            if (fdEntry->d_name[0] == '.')
                continue;
            const ssize_t length = ::readlinkat(fdDirFd, fdEntry->d_name, link, sizeof link);
            if (length <= 0)
                continue;
            const std::uint32_t inode = parseSocketLink(link, std::size_t(length));
            if (inode == 0)
                continue;
            const auto found = std::lower_bound(byInode.begin(), byInode.end(),
                                                std::pair<std::uint32_t, std::uint32_t>(inode, 0));
            if (found == byInode.end() || found->first != inode)
                continue;
            SocketRecord &record = scan.sockets[found->second];
            if (record.pid >= 0)
                continue; // shared with another process: the first one found owns it
            std::int32_t fd = 0;
            if (!parseNumber(fdEntry->d_name, fd))
                continue;
            record.pid = pid;
            record.fd = fd;
            record.process = std::int32_t(scan.processes.size());
            scan.owned.push_back(found->second);
        }
        ::closedir(fdDir);
        if (scan.owned.size() == first)
            continue;
        ProcessRecord &process = scan.processes.emplace_back();
        process.pid = pid;
        process.command = readCommand(procFd.get(), entry->d_name);
        struct stat info
        {};
        if (::fstatat(procFd.get(), entry->d_name, &info, 0) == 0)
            process.uid = info.st_uid;
        scan.ranges.emplace_back(first, scan.owned.size());
    }
    ::closedir(proc);
}

void readAllOptions(OwnerScan &scan, std::vector<char> &gone)
{
    for (std::size_t p = 0; p < scan.processes.size(); ++p) {
        const auto [first, last] = scan.ranges[p];
        const long pidfd = pidfdOpen(scan.processes[p].pid);
        if (pidfd < 0) {
            // The process ended: its sockets are closed or will be.
            for (std::size_t i = first; i < last; ++i)
                gone[scan.owned[i]] = 1;
            continue;
        }
        const Fd holder{int(pidfd)};
        bool permitted = true;
        for (std::size_t i = first; i < last; ++i) {
            SocketRecord &record = scan.sockets[scan.owned[i]];
            if (!permitted) {
                record.optionsStatus = OptionsStatus::NotPermitted;
                continue;
            }
            switch (readOptions(holder.get(), record)) {
            case ReadOutcome::Read:
                record.optionsStatus = OptionsStatus::Read;
                break;
            case ReadOutcome::NotPermitted:
                // ptrace rules are per process: the rest will be refused too.
                permitted = false;
                record.optionsStatus = OptionsStatus::NotPermitted;
                break;
            case ReadOutcome::Gone:
                gone[scan.owned[i]] = 1;
                break;
            }
        }
    }
}

} // namespace

std::uint32_t parseSocketLink(const char *link, std::size_t length)
{
    static constexpr char prefix[] = "socket:[";
    constexpr std::size_t prefixLength = sizeof prefix - 1;
    if (length < prefixLength + 2 || std::memcmp(link, prefix, prefixLength) != 0 ||
        link[length - 1] != ']')
        return 0;
    std::uint64_t inode = 0;
    for (std::size_t i = prefixLength; i + 1 < length; ++i) {
        if (link[i] < '0' || link[i] > '9')
            return 0;
        inode = inode * 10 + std::uint64_t(link[i] - '0');
        if (inode > 0xffffffffULL)
            return 0;
    }
    return std::uint32_t(inode);
}

bool inspectConnections(const InspectRequest &request, InspectResult &result, std::string &error)
{
    const std::uint64_t start = nowNs();
    result.sockets.clear();
    result.processes.clear();
    if (!dumpSockets(request.states, result.sockets, error))
        return false;
    const std::uint64_t dumped = nowNs();
    result.dumpNs = dumped - start;
    if (request.owners) {
        OwnerScan scan{result.sockets, result.processes, {}, {}};
        scanOwners(request.procRoot, scan);
        const std::uint64_t scanned = nowNs();
        result.ownersNs = scanned - dumped;
        if (request.options) {
            if (request.beforeOptionRead)
                request.beforeOptionRead();
            std::vector<char> gone(result.sockets.size(), 0);
            readAllOptions(scan, gone);
            result.optionsNs = nowNs() - scanned;
            // Drop the sockets that vanished; process indices stay valid.
            std::size_t kept = 0;
            for (std::size_t i = 0; i < result.sockets.size(); ++i) {
                if (!gone[i])
                    result.sockets[kept++] = result.sockets[i];
            }
            result.sockets.resize(kept);
        }
    }
    std::sort(result.sockets.begin(), result.sockets.end(),
              [](const SocketRecord &a, const SocketRecord &b) { return a.cookie < b.cookie; });
    result.elapsedNs = nowNs() - start;
    return true;
}

} // namespace kt::inspect

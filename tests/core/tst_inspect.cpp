// core/inspect against the real kernel, in a private network namespace:
// connections with known, different options per connection are listed with
// exactly those options, their pid and command; IPv6 too; a socket that
// closes (or whose fd number is reused) between the dump and the read is left
// out cleanly; the helper's wire format and its argument check; the diff the
// Connections page applies.
#include "ConnectionHolder.h"
#include "ProgramRun.h"
#include "inspect/ConnectionView.h"
#include "inspect/ConnectionsSnapshot.h"
#include "inspect/Inspect.h"
#include "inspect/InspectHelperRun.h"
#include "inspect/InspectWire.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kt::inspect;

namespace {

struct Pair
{
    int client = -1;
    int server = -1;
    int clientPort = 0;
};

// A listener and one connection to it on loopback; the client end gets the
// options.
class Loopback
{
public:
    explicit Loopback(int family)
        : m_family(family)
    {
        m_listener = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_storage address = loopback(0);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), size()) == 0 &&
            ::listen(m_listener, 16) == 0 &&
            ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = portOf(address);
    }
    ~Loopback()
    {
        for (const Pair &p : m_pairs) {
            ::close(p.client);
            ::close(p.server);
        }
        ::close(m_listener);
    }
    int port() const { return m_port; }

    Pair connect()
    {
        Pair p;
        p.client = ::socket(m_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_storage address = loopback(m_port);
        if (::connect(p.client, reinterpret_cast<sockaddr *>(&address), size()) != 0)
            return p;
        p.server = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        socklen_t length = sizeof address;
        ::getsockname(p.client, reinterpret_cast<sockaddr *>(&address), &length);
        p.clientPort = portOf(address);
        m_pairs.push_back(p);
        return p;
    }
    void forget(int fd)
    {
        for (Pair &p : m_pairs) {
            if (p.client == fd)
                p.client = -1;
        }
    }

private:
    socklen_t size() const
    {
        return m_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    }
    sockaddr_storage loopback(int port) const
    {
        sockaddr_storage address{};
        if (m_family == AF_INET6) {
            auto *a = reinterpret_cast<sockaddr_in6 *>(&address);
            a->sin6_family = AF_INET6;
            a->sin6_addr = in6addr_loopback;
            a->sin6_port = htons(std::uint16_t(port));
        } else {
            auto *a = reinterpret_cast<sockaddr_in *>(&address);
            a->sin_family = AF_INET;
            a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            a->sin_port = htons(std::uint16_t(port));
        }
        return address;
    }
    static int portOf(const sockaddr_storage &address)
    {
        return ntohs(address.ss_family == AF_INET6
                         ? reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port
                         : reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
    }

    int m_family;
    int m_listener = -1;
    int m_port = 0;
    std::vector<Pair> m_pairs;
};

void setOptions(int fd, const SocketOptions &o)
{
    const int on = o.keepalive ? 1 : 0;
    QCOMPARE(::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on), 0);
    QCOMPARE(::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &o.idleS, sizeof o.idleS), 0);
    QCOMPARE(::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &o.intervalS, sizeof o.intervalS), 0);
    QCOMPARE(::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &o.count, sizeof o.count), 0);
    QCOMPARE(
        ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &o.userTimeoutMs, sizeof o.userTimeoutMs),
        0);
}

const SocketRecord *findLocal(const InspectResult &result, int port)
{
    for (const SocketRecord &s : result.sockets) {
        if (s.local.port == port)
            return &s;
    }
    return nullptr;
}

std::string ownCommand()
{
    QFile comm(QStringLiteral("/proc/self/comm"));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return comm.readAll().trimmed().toStdString();
}

} // namespace

class TestInspect : public QObject
{
    Q_OBJECT

private slots:
    void socketLinks_data()
    {
        QTest::addColumn<QByteArray>("link");
        QTest::addColumn<uint>("inode");
        QTest::newRow("socket") << QByteArray("socket:[12345]") << 12345U;
        QTest::newRow("largest") << QByteArray("socket:[4294967295]") << 4294967295U;
        QTest::newRow("too large") << QByteArray("socket:[4294967296]") << 0U;
        QTest::newRow("pipe") << QByteArray("pipe:[12345]") << 0U;
        QTest::newRow("file") << QByteArray("/dev/null") << 0U;
        QTest::newRow("empty number") << QByteArray("socket:[]") << 0U;
        QTest::newRow("no bracket") << QByteArray("socket:[123") << 0U;
        QTest::newRow("junk") << QByteArray("socket:[12a]") << 0U;
    }
    void socketLinks()
    {
        QFETCH(QByteArray, link);
        QFETCH(uint, inode);
        QCOMPARE(parseSocketLink(link.constData(), std::size_t(link.size())), inode);
    }

    // Connections in this process, IPv4 and IPv6, each with options of its
    // own: read back exactly, with this pid and command.
    void ownConnectionsWithKnownOptions()
    {
        Loopback v4(AF_INET);
        Loopback v6(AF_INET6);
        QVERIFY(v4.port() > 0);
        QVERIFY(v6.port() > 0);
        const SocketOptions a{true, 31, 7, 3, 4000};
        const SocketOptions b{true, 600, 60, 5, 0};
        const SocketOptions c{true, 45, 11, 9, 12345};
        const Pair pa = v4.connect();
        const Pair pb = v4.connect();
        const Pair pc = v6.connect();
        QVERIFY(pa.server >= 0 && pb.server >= 0 && pc.server >= 0);
        setOptions(pa.client, a);
        setOptions(pb.client, b);
        setOptions(pc.client, c);

        InspectResult result;
        std::string error;
        QVERIFY2(inspectConnections({}, result, error), error.c_str());
        QCOMPARE(result.sockets.size(), std::size_t(6));
        const std::string command = ownCommand();
        for (const auto &[pair, options] : {std::pair{pa, a}, std::pair{pb, b}, std::pair{pc, c}}) {
            const SocketRecord *s = findLocal(result, pair.clientPort);
            QVERIFY(s);
            QCOMPARE(s->optionsStatus, OptionsStatus::Read);
            QCOMPARE(s->options, options);
            QCOMPARE(s->pid, std::int32_t(::getpid()));
            QCOMPARE(s->fd, pair.client);
            QVERIFY(s->process >= 0);
            QCOMPARE(result.processes[std::size_t(s->process)].command, command);
            QCOMPARE(result.processes[std::size_t(s->process)].uid, ::geteuid());
            QCOMPARE(s->state, std::uint8_t(1)); // ESTABLISHED
            QVERIFY(s->infoValid);
            // Keep-alive on: its timer is the pending one.
            QCOMPARE(s->timer, std::uint8_t(2));
            QCOMPARE(keepaliveState(*s), std::optional<bool>(true));
            QVERIFY(effectiveParams(*s).has_value());
        }
        // IPv6 is listed as IPv6.
        const SocketRecord *six = findLocal(result, pc.clientPort);
        QCOMPARE(six->local.family, std::uint8_t(AF_INET6));
        QCOMPARE(endpointText(six->local), QStringLiteral("[::1]:%1").arg(pc.clientPort));
        // The accepted ends have keep-alive off and the namespace's values.
        const SocketRecord *server = nullptr;
        for (const SocketRecord &s : result.sockets) {
            if (s.local.port == v4.port() && s.remote.port == pa.clientPort)
                server = &s;
        }
        QVERIFY(server);
        QCOMPARE(server->optionsStatus, OptionsStatus::Read);
        QCOMPARE(server->options.keepalive, false);
        QCOMPARE(keepaliveState(*server), std::optional<bool>(false));
        // Sorted by cookie, the page's key.
        QVERIFY(std::is_sorted(
            result.sockets.begin(), result.sockets.end(),
            [](const SocketRecord &x, const SocketRecord &y) { return x.cookie < y.cookie; }));
    }

    // Another process's connections: its pid and command, its options.
    void anotherProcess()
    {
        ConnectionHolder holder;
        QVERIFY(holder.start(
            {QStringLiteral("20:5:4:0"), QStringLiteral("off"), QStringLiteral("90:30:2:7000")}));
        InspectResult result;
        std::string error;
        QVERIFY2(inspectConnections({}, result, error), error.c_str());
        std::vector<SocketOptions> seen;
        for (const SocketRecord &s : result.sockets) {
            if (s.remote.port != holder.port())
                continue;
            QCOMPARE(s.pid, std::int32_t(holder.processId()));
            QCOMPARE(result.processes[std::size_t(s.process)].command,
                     std::string("kt_connection_h")); // comm: 15 characters
            QCOMPARE(s.optionsStatus, OptionsStatus::Read);
            seen.push_back(s.options);
        }
        QCOMPARE(seen.size(), std::size_t(3));
        const auto has = [&seen](const SocketOptions &o) {
            return std::find(seen.begin(), seen.end(), o) != seen.end();
        };
        QVERIFY(has({true, 20, 5, 4, 0}));
        QVERIFY(has({true, 90, 30, 2, 7000}));
        QVERIFY(std::any_of(seen.begin(), seen.end(),
                            [](const SocketOptions &o) { return !o.keepalive; }));
    }

    // Root reads another user's process; that process is dumpable (started
    // through exec), so nothing but privilege decides.
    void rootReadsAnotherUser()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: a holder runs as nobody and root reads it");
        ConnectionHolder holder;
        if (!holder.start({QStringLiteral("77:8:6:0")}, QStringLiteral("nobody")))
            QSKIP("cannot run the holder as nobody (runuser, or a directory above the build is "
                  "not world-searchable)");
        InspectResult result;
        std::string error;
        QVERIFY2(inspectConnections({}, result, error), error.c_str());
        const SocketRecord *client = nullptr;
        for (const SocketRecord &s : result.sockets) {
            if (s.remote.port == holder.port())
                client = &s;
        }
        QVERIFY(client);
        QCOMPARE(client->optionsStatus, OptionsStatus::Read);
        QCOMPARE(client->options, (SocketOptions{true, 77, 8, 6, 0}));
        QVERIFY(result.processes[std::size_t(client->process)].uid != 0);
    }

    // A socket closed between the dump and the read is left out; the rest is
    // listed; no error.
    void socketClosedBeforeReadIsSkipped()
    {
        Loopback v4(AF_INET);
        const Pair gone = v4.connect();
        const Pair kept = v4.connect();
        setOptions(kept.client, {true, 50, 5, 5, 0});
        InspectRequest request;
        bool called = false;
        request.beforeOptionRead = [&] {
            called = true;
            ::close(gone.client);
        };
        v4.forget(gone.client);
        InspectResult result;
        std::string error;
        QVERIFY2(inspectConnections(request, result, error), error.c_str());
        QVERIFY(called);
        QVERIFY(!findLocal(result, gone.clientPort));
        const SocketRecord *s = findLocal(result, kept.clientPort);
        QVERIFY(s);
        QCOMPARE(s->options.idleS, 50);
    }

    // The fd number now names another socket: the duplicate's inode differs,
    // so the dumped socket is left out rather than shown with the wrong options.
    void reusedFdNumberIsSkipped()
    {
        Loopback v4(AF_INET);
        const Pair first = v4.connect();
        const Pair other = v4.connect();
        setOptions(other.client, {true, 99, 9, 9, 0});
        InspectRequest request;
        request.beforeOptionRead = [&] {
            ::dup2(other.client, first.client);
        };
        InspectResult result;
        std::string error;
        QVERIFY2(inspectConnections(request, result, error), error.c_str());
        QVERIFY(!findLocal(result, first.clientPort));
        QVERIFY(findLocal(result, other.clientPort));
    }

    void wireRoundTrip()
    {
        InspectResult result;
        result.processes.push_back({42, 1000, "psql\n \x01x"});
        SocketRecord s;
        s.cookie = 0xfffffffffffffff0ULL;
        s.pid = 42;
        s.fd = 7;
        s.process = 0;
        s.optionsStatus = OptionsStatus::Read;
        s.options = {true, 30, 10, 3, 2500};
        result.sockets.push_back(s);
        SocketRecord ownerless;
        ownerless.cookie = 5;
        result.sockets.push_back(ownerless);
        const std::string text = formatReadings(result);
        std::vector<Reading> readings;
        std::string error;
        QVERIFY2(parseReadings(text, readings, error), error.c_str());
        QCOMPARE(readings.size(), std::size_t(1));
        QCOMPARE(readings[0].cookie, s.cookie);
        QCOMPARE(readings[0].pid, 42);
        QCOMPARE(readings[0].fd, 7);
        QCOMPARE(readings[0].uid, 1000U);
        QCOMPARE(readings[0].options, s.options);
        QCOMPARE(readings[0].command, std::string("psql\n \x01x"));

        // Cut off, or with junk: refused.
        QVERIFY(!parseReadings(text.substr(0, text.size() - 8), readings, error));
        QVERIFY(!parseReadings("keepalive-tuner-inspect 1\nend 1\n", readings, error));
        QVERIFY(!parseReadings("something else\nend 0\n", readings, error));
        QVERIFY(!parseReadings("keepalive-tuner-inspect 1\n1 2 3 4 9 0 1 1 1 0 \nend 1\n", readings,
                               error));

        // Merged into a listing that could not read it.
        InspectResult listing;
        SocketRecord unread;
        unread.cookie = s.cookie;
        listing.sockets.push_back(unread);
        QVERIFY(parseReadings(text, readings, error));
        QCOMPARE(mergeReadings(listing, readings), std::size_t(1));
        QCOMPARE(listing.sockets[0].optionsStatus, OptionsStatus::Read);
        QCOMPARE(listing.sockets[0].pid, 42);
        QCOMPARE(listing.processes.at(0).command, std::string("psql\n \x01x"));
    }

    // The read-only helper takes the one verb and nothing else.
    void helperRefusesUnexpectedArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("list")};
        QTest::newRow("case") << QStringList{QStringLiteral("DUMP")};
        QTest::newRow("space") << QStringList{QStringLiteral("dump ")};
        QTest::newRow("extra") << QStringList{QStringLiteral("dump"), QStringLiteral("x")};
        QTest::newRow("pid") << QStringList{QStringLiteral("dump"), QStringLiteral("--pid"),
                                            QStringLiteral("1")};
        QTest::newRow("path") << QStringList{QStringLiteral("/proc")};
        QTest::newRow("fd") << QStringList{QStringLiteral("--fd=3")};
        QTest::newRow("help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("empty") << QStringList{QString()};
    }
    void helperRefusesUnexpectedArguments()
    {
        QFETCH(QStringList, args);
        std::vector<std::string> storage;
        for (const QString &a : args)
            storage.push_back(a.toStdString());
        std::vector<std::string_view> views(storage.begin(), storage.end());
        InspectRequest request;
        bool dumped = false;
        request.beforeOptionRead = [&dumped] {
            dumped = true;
        };
        const InspectHelperResult result = runInspectHelper(views, request);
        QCOMPARE(result.exitCode, toInt(InspectExitCode::Usage));
        QVERIFY(result.out.empty());
        QVERIFY(!dumped);
        // The program itself, root or not: usage first, nothing on stdout.
        const ProgramRun run = runProgram(QStringLiteral(KT_INSPECT_HELPER), args);
        QCOMPARE(run.exitCode, toInt(InspectExitCode::Usage));
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(QStringLiteral("usage")));
    }

    void helperDumps()
    {
        Loopback v4(AF_INET);
        const Pair p = v4.connect();
        setOptions(p.client, {true, 33, 3, 3, 0});
        if (::geteuid() != 0) {
            const ProgramRun run =
                runProgram(QStringLiteral(KT_INSPECT_HELPER), {QStringLiteral("dump")});
            QCOMPARE(run.exitCode, toInt(InspectExitCode::NotRoot));
            QVERIFY(run.out.isEmpty());
            return;
        }
        const ProgramRun run =
            runProgram(QStringLiteral(KT_INSPECT_HELPER), {QStringLiteral("dump")});
        QCOMPARE(run.exitCode, 0);
        std::vector<Reading> readings;
        std::string error;
        QVERIFY2(parseReadings(run.out.toStdString(), readings, error), error.c_str());
        QVERIFY(std::any_of(readings.begin(), readings.end(), [](const Reading &r) {
            return r.options == SocketOptions{true, 33, 3, 3, 0} && r.status == OptionsStatus::Read;
        }));
        // As nobody, it refuses to run at all.
        const ProgramRun asNobody =
            runProgram(QStringLiteral("runuser"),
                       {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                        QStringLiteral(KT_INSPECT_HELPER), QStringLiteral("dump")});
        // runuser itself fails inside an unprivileged user namespace.
        if (!asNobody.err.contains(QStringLiteral("runuser:"))) {
            QCOMPARE(asNobody.exitCode, toInt(InspectExitCode::NotRoot));
            QVERIFY(asNobody.out.isEmpty());
        }
    }

    // The diff the page applies: a merge walk over cookies.
    void diff()
    {
        using Op = ConnectionsSnapshot::Operation;
        const auto records = [](std::initializer_list<std::uint64_t> cookies) {
            std::vector<SocketRecord> out;
            for (const std::uint64_t c : cookies) {
                SocketRecord s;
                s.cookie = c;
                out.push_back(s);
            }
            return out;
        };
        const auto survives = [](std::size_t n) {
            return std::vector<std::int8_t>(n, -1);
        };
        std::vector<SocketRecord> before = records({1, 2, 3, 5, 8});
        std::vector<SocketRecord> after = records({2, 3, 4, 5, 9, 10});
        after[1].state = 8; // cookie 3 changed
        const QVector<Op> ops = diffSockets(before, survives(5), after, survives(6));
        // 1 goes (row 0); 3 changes (row 1); 4 comes (row 2); 8 goes (row 4);
        // 9 and 10 come (rows 4, 5).
        QCOMPARE(ops.size(), 5);
        QCOMPARE(ops[0].kind, Op::Remove);
        QCOMPARE(ops[0].row, 0);
        QCOMPARE(ops[1].kind, Op::Change);
        QCOMPARE(ops[1].row, 1);
        QCOMPARE(ops[1].source, 1);
        QCOMPARE(ops[2].kind, Op::Insert);
        QCOMPARE(ops[2].row, 2);
        QCOMPARE(ops[2].source, 2);
        QCOMPARE(ops[3].kind, Op::Remove);
        QCOMPARE(ops[3].row, 4);
        QCOMPARE(ops[4].kind, Op::Insert);
        QCOMPARE(ops[4].row, 4);
        QCOMPARE(ops[4].count, 2);

        // Applying them to a list of cookies gives `after`.
        std::vector<std::uint64_t> rows{1, 2, 3, 5, 8};
        for (const Op &op : ops) {
            if (op.kind == Op::Remove)
                rows.erase(rows.begin() + op.row, rows.begin() + op.row + op.count);
            else if (op.kind == Op::Insert)
                for (int k = 0; k < op.count; ++k)
                    rows.insert(rows.begin() + op.row + k,
                                after[std::size_t(op.source + k)].cookie);
        }
        QCOMPARE(rows, (std::vector<std::uint64_t>{2, 3, 4, 5, 9, 10}));
        // Nothing changed: no operation.
        QVERIFY(diffSockets(after, survives(6), after, survives(6)).isEmpty());
    }

    // "Would survive": off is false, unknown is nothing, on asks the one rule.
    void survival()
    {
        SocketRecord s;
        s.optionsStatus = OptionsStatus::Read;
        s.options = {false, 7200, 75, 9, 0};
        QCOMPARE(survivesMiddlebox(s, 250, 350.0), std::optional<bool>(false));
        QCOMPARE(survivesMiddlebox(s, 250, std::nullopt), std::nullopt);
        s.options = {true, 60, 10, 3, 0};
        QCOMPARE(survivesMiddlebox(s, 250, 350.0), std::optional<bool>(true));
        s.options = {true, 7200, 75, 9, 0};
        QCOMPARE(survivesMiddlebox(s, 250, 350.0), std::optional<bool>(false));
        SocketRecord unknown;
        QCOMPARE(survivesMiddlebox(unknown, 250, 350.0), std::nullopt);
        unknown.timer = 2; // keep-alive pending: on, values unknown
        QCOMPARE(keepaliveState(unknown), std::optional<bool>(true));
        QVERIFY(keepaliveFromTimerOnly(unknown));
        QCOMPARE(survivesMiddlebox(unknown, 250, 350.0), std::nullopt);
        SurvivalCache cache(250, 350.0);
        QCOMPARE(cache.survives(s), std::optional<bool>(false));
        QCOMPARE(cache.survives(s), std::optional<bool>(false));
    }
};

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"

// The cookbook's socket code, proven on real loopback sockets: the c snippet
// compiled with the system's compiler beside a small main, the python snippet
// run with python3, the node snippet run with node. Each reads the options
// back with getsockopt; they must equal the values chosen, over a table that
// includes the limits. A missing toolchain skips with the reason.
#include "ProgramRun.h"
#include "advise/Cookbook.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace kt;
using namespace kt::advise;

namespace {

struct ValueSet
{
    const char *name;
    int idle;
    int interval;
    int count;
    std::optional<int> userTimeoutMs;
};

// The limits of the per-socket options (params/KernelLimits.h) and the user
// timeout at 0, large, and not set.
const ValueSet kValueSets[] = {
    {"smallest, no user timeout", 1, 1, 1, std::nullopt},
    {"largest, user timeout 0", 32767, 32767, 127, 0},
    {"typical, user timeout 90 s", 60, 10, 5, 90000},
    {"user timeout INT_MAX", 7200, 75, 9, INT_MAX},
};

QString snippetText(const QString &target, const ValueSet &v)
{
    CookbookInput in;
    in.params.idleS = v.idle;
    in.params.intervalS = v.interval;
    in.params.count = v.count;
    in.userTimeoutMs = v.userTimeoutMs;
    QString error;
    const auto s = generateSnippet(target, in, &error);
    return s ? s->text : QString();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

// What every program prints: SO_KEEPALIVE, TCP_KEEPIDLE, TCP_KEEPINTVL,
// TCP_KEEPCNT, TCP_USER_TIMEOUT as read back from the kernel. A user timeout
// that was not set reads 0.
QByteArray expectedReadBack(const ValueSet &v)
{
    return QByteArrayLiteral("read back: 1 ") + QByteArray::number(v.idle) + ' ' +
           QByteArray::number(v.interval) + ' ' + QByteArray::number(v.count) + ' ' +
           QByteArray::number(v.userTimeoutMs.value_or(0)) + '\n';
}

// The test's main for the c snippet: a listener and a connection on
// loopback, set_keepalive on the connection, then getsockopt. It also checks
// the error contract: -1 with errno set on a descriptor that is no socket.
const char kCMain[] = R"(#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int set_keepalive(int fd);

static int get(int fd, int level, int option)
{
    int value = -1;
    socklen_t len = sizeof value;
    if (getsockopt(fd, level, option, &value, &len) != 0)
        return -1;
    return value;
}

int main(void)
{
    struct sockaddr_in addr;
    socklen_t len = sizeof addr;
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    int client = socket(AF_INET, SOCK_STREAM, 0);
    int null_fd = open("/dev/null", O_RDONLY);

    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (listener < 0 || client < 0 || null_fd < 0 ||
        bind(listener, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(listener, 1) != 0 ||
        getsockname(listener, (struct sockaddr *)&addr, &len) != 0 ||
        connect(client, (struct sockaddr *)&addr, sizeof addr) != 0) {
        perror("loopback connection");
        return 10;
    }
    errno = 0;
    if (set_keepalive(null_fd) != -1 || errno != ENOTSOCK) {
        fprintf(stderr, "set_keepalive on /dev/null: want -1 with ENOTSOCK, errno %d\n", errno);
        return 11;
    }
    if (set_keepalive(client) != 0) {
        perror("set_keepalive");
        return 12;
    }
    printf("read back: %d %d %d %d %d\n", get(client, SOL_SOCKET, SO_KEEPALIVE),
           get(client, IPPROTO_TCP, TCP_KEEPIDLE), get(client, IPPROTO_TCP, TCP_KEEPINTVL),
           get(client, IPPROTO_TCP, TCP_KEEPCNT), get(client, IPPROTO_TCP, TCP_USER_TIMEOUT));
    return 0;
}
)";

// Appended to the python snippet: the same loopback connection, and a socket
// that lies on read-back to show that set_keepalive notices.
const char kPythonMain[] = R"(

def _main() -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname())
    set_keepalive(client)
    values = [client.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)]
    for option in (socket.TCP_KEEPIDLE, socket.TCP_KEEPINTVL, socket.TCP_KEEPCNT,
                   socket.TCP_USER_TIMEOUT):
        values.append(client.getsockopt(socket.IPPROTO_TCP, option))
    print("read back:", *values)

    class Disagreeing:
        """A socket whose kernel holds one more than was set."""
        def __init__(self, real: socket.socket) -> None:
            self.real = real
        def setsockopt(self, *args) -> None:
            self.real.setsockopt(*args)
        def getsockopt(self, level: int, option: int) -> int:
            value = self.real.getsockopt(level, option)
            return value + 1 if level == socket.IPPROTO_TCP else value

    try:
        set_keepalive(Disagreeing(socket.create_connection(server.getsockname())))
        print("disagreement not noticed")
    except OSError as error:
        print("disagreement noticed:", error)


_main()
)";

// Appended to the node snippet: two loopback connections, one through
// setKeepAlive, one through connectWithKeepAlive; their local ports go to
// stdout, and the program stays until stdin closes so the test can read the
// options from its sockets.
const char kNodeMain[] = R"(
const server = net.createServer(() => {});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const first = net.connect({ host: '127.0.0.1', port }, () => {
    setKeepAlive(first);
    const second = connectWithKeepAlive({ host: '127.0.0.1', port });
    second.on('connect', () => {
      process.stdout.write(`ports ${first.localPort} ${second.localPort}\n`);
    });
  });
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
)";

int getInt(int fd, int level, int option)
{
    int value = -1;
    socklen_t len = sizeof value;
    return getsockopt(fd, level, option, &value, &len) == 0 ? value : -1;
}

// The keep-alive options of the TCP socket of process `pid` bound to local
// port `port`, read through a duplicate of its descriptor (pidfd_getfd: the
// process is our child). "" when it cannot be found or read.
QByteArray optionsOfPeerSocket(qint64 pid, int port)
{
    // glibc 2.36's <sys/pidfd.h> lacks extern "C": the system calls directly.
    const int pidfd = int(syscall(SYS_pidfd_open, pid_t(pid), 0));
    if (pidfd < 0)
        return {};
    QByteArray found;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &name : fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files)) {
        const int fd = int(syscall(SYS_pidfd_getfd, pidfd, name.toInt(), 0));
        if (fd < 0)
            continue;
        sockaddr_in addr{};
        socklen_t len = sizeof addr;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0 &&
            addr.sin_family == AF_INET && ntohs(addr.sin_port) == port &&
            getInt(fd, SOL_SOCKET, SO_TYPE) == SOCK_STREAM &&
            getInt(fd, SOL_SOCKET, SO_ACCEPTCONN) == 0) {
            found = QByteArray::number(getInt(fd, SOL_SOCKET, SO_KEEPALIVE)) + ' ' +
                    QByteArray::number(getInt(fd, IPPROTO_TCP, TCP_KEEPIDLE)) + ' ' +
                    QByteArray::number(getInt(fd, IPPROTO_TCP, TCP_KEEPINTVL)) + ' ' +
                    QByteArray::number(getInt(fd, IPPROTO_TCP, TCP_KEEPCNT));
        }
        close(fd);
        if (!found.isEmpty())
            break;
    }
    close(pidfd);
    return found;
}

} // namespace

class TstCookbookCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cSnippetCompilesAndSetsTheValues_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kValueSets)); ++i)
            QTest::newRow(kValueSets[i].name) << i;
    }
    void cSnippetCompilesAndSetsTheValues()
    {
        QFETCH(int, index);
        const ValueSet &v = kValueSets[index];
        const QString cc = QStandardPaths::findExecutable(QStringLiteral("cc"));
        if (cc.isEmpty())
            QSKIP("no C compiler (cc) on PATH: the c snippet cannot be compiled here");
        const QString dir = m_dir.filePath(QStringLiteral("c%1").arg(index));
        QVERIFY(QDir().mkpath(dir));
        const QString snippet = snippetText(QStringLiteral("c"), v);
        QVERIFY(!snippet.isEmpty());
        QVERIFY(writeFile(dir + QStringLiteral("/keepalive.c"), snippet.toUtf8()));
        QVERIFY(writeFile(dir + QStringLiteral("/main.c"), kCMain));
        // Strict flags: the snippet must compile cleanly as a file of its own.
        const ProgramRun build = runProgram(
            cc,
            {QStringLiteral("-std=gnu11"), QStringLiteral("-Wall"), QStringLiteral("-Wextra"),
             QStringLiteral("-Werror"), QStringLiteral("-pedantic"),
             dir + QStringLiteral("/keepalive.c"), dir + QStringLiteral("/main.c"),
             QStringLiteral("-o"), dir + QStringLiteral("/prog")},
            60000);
        QVERIFY2(build.exitCode == 0, qPrintable(build.err + build.outText()));
        const ProgramRun run = runProgram(dir + QStringLiteral("/prog"), {});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, expectedReadBack(v));
    }

    void pythonSnippetSetsAndChecksTheValues_data() { cSnippetCompilesAndSetsTheValues_data(); }
    void pythonSnippetSetsAndChecksTheValues()
    {
        QFETCH(int, index);
        const ValueSet &v = kValueSets[index];
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("no python3 on PATH: the python snippet cannot be run here");
        const QString path = m_dir.filePath(QStringLiteral("keepalive%1.py").arg(index));
        const QString snippet = snippetText(QStringLiteral("python"), v);
        QVERIFY(!snippet.isEmpty());
        QVERIFY(writeFile(path, snippet.toUtf8() + kPythonMain));
        const ProgramRun run =
            runProgram(python, {QStringLiteral("-W"), QStringLiteral("error"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.value(0) + '\n', expectedReadBack(v));
        QVERIFY2(lines.value(1).startsWith("disagreement noticed: TCP_KEEPIDLE: the kernel holds"),
                 lines.value(1).constData());
    }

    // Node.js sets only the idle time and fixes the interval and the count;
    // the snippet says so, and what the kernel holds must be what it says:
    // the snippet's effective values.
    void nodeSnippetSetsWhatItSays_data() { cSnippetCompilesAndSetsTheValues_data(); }
    void nodeSnippetSetsWhatItSays()
    {
        QFETCH(int, index);
        const ValueSet &v = kValueSets[index];
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("no node on PATH (Debian package nodejs): the node snippet cannot be run here");
        CookbookInput in;
        in.params = KeepaliveParams{v.idle, v.interval, v.count, 0};
        in.userTimeoutMs = v.userTimeoutMs;
        const auto snippet = generateSnippet(QStringLiteral("node"), in);
        QVERIFY(snippet && snippet->effective);
        const QString path = m_dir.filePath(QStringLiteral("keepalive%1.js").arg(index));
        QVERIFY(writeFile(path, snippet->text.toUtf8() + kNodeMain));

        QProcess process;
        process.start(node, {path});
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT((line += process.readAllStandardOutput()).contains('\n') ||
                                     process.state() == QProcess::NotRunning,
                                 30000);
        QVERIFY2(line.startsWith("ports "), process.readAllStandardError().constData());
        const QList<QByteArray> ports = line.trimmed().split(' ');
        QCOMPARE(ports.size(), 3);
        const QByteArray want = "1 " + QByteArray::number(snippet->effective->idleS) + ' ' +
                                QByteArray::number(snippet->effective->intervalS) + ' ' +
                                QByteArray::number(snippet->effective->count);
        QCOMPARE(want, "1 " + QByteArray::number(v.idle) + " 1 10");
        const QByteArray viaSetKeepAlive =
            optionsOfPeerSocket(process.processId(), ports[1].toInt());
        const QByteArray viaConnect = optionsOfPeerSocket(process.processId(), ports[2].toInt());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(10000));
        if (viaSetKeepAlive.isEmpty() && viaConnect.isEmpty())
            QSKIP("cannot read another process's socket here (pidfd_getfd refused): the "
                  "node snippet ran, but its options could not be read back");
        QCOMPARE(viaSetKeepAlive, want);
        QCOMPARE(viaConnect, want);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstCookbookCode)
#include "tst_cookbook_code.moc"

// The cookbook's generators, checked from tables: every target on every
// system it has a form for, the API names and units its documentation gives
// (the project's FACTS.md, cited beside each generator), the known-wrong
// forms never, and what a target cannot express said in its text.
#include "advise/Cookbook.h"

#include <QRegularExpression>
#include <QTest>

#include <climits>

using namespace kt;
using namespace kt::advise;

namespace {

CookbookInput input(int idle, int interval, int count, std::optional<int> userTimeoutMs,
                    TargetOs os = TargetOs::Linux)
{
    CookbookInput in;
    in.params.idleS = idle;
    in.params.intervalS = interval;
    in.params.count = count;
    in.userTimeoutMs = userTimeoutMs;
    in.os = os;
    return in;
}

Snippet snippetOf(const QString &target, const CookbookInput &in)
{
    QString error;
    const auto s = generateSnippet(target, in, &error);
    if (!s)
        qFatal("%s: %s", qPrintable(target), qPrintable(error));
    return *s;
}

// The lines that are not comments: what a program or a shell reads.
QString codeLines(const QString &text)
{
    QStringList code;
    bool inBlock = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (inBlock) {
            inBlock = !t.endsWith(QStringLiteral("*/"));
            continue;
        }
        if (t.startsWith(QStringLiteral("/*"))) {
            inBlock = !t.endsWith(QStringLiteral("*/"));
            continue;
        }
        if (t.startsWith(QLatin1Char('#')) && !t.startsWith(QStringLiteral("#include")) &&
            !t.startsWith(QStringLiteral("#if")) && !t.startsWith(QStringLiteral("#endif")))
            continue;
        if (t.startsWith(QStringLiteral("//")))
            continue;
        code << line;
    }
    return code.join(QLatin1Char('\n'));
}

// The comments as one line of words, so a phrase can be found where the
// comment wraps it.
QString prose(const QString &text)
{
    QStringList words;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        for (const char *prefix : {"# ", "// ", "* "}) {
            if (line.startsWith(QLatin1String(prefix)))
                words << line.mid(qsizetype(qstrlen(prefix)));
        }
    }
    return words.join(QLatin1Char(' '));
}

QStringList L(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace

class TstCookbook : public QObject
{
    Q_OBJECT

private slots:
    void targetsAreTheIssuesTable()
    {
        QStringList names;
        for (const CookbookTarget &t : cookbookTargets())
            names << t.name;
        QCOMPARE(names, (L({"sysctl",
                            "sysctl-d",
                            "keepalivectl-set",
                            "c",
                            "python",
                            "go",
                            "java",
                            "rust",
                            "node",
                            "dotnet",
                            "libcurl",
                            "curl",
                            "postgresql",
                            "libpq",
                            "mariadb",
                            "redis",
                            "nginx",
                            "haproxy",
                            "systemd-socket",
                            "openssh"})));
        const QRegularExpression kebab(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));
        for (const CookbookTarget &t : cookbookTargets()) {
            QVERIFY2(kebab.match(t.name).hasMatch(), qPrintable(t.name));
            QVERIFY(!t.title.isEmpty() && !t.summary.isEmpty() && !t.language.isEmpty());
            QVERIFY(!t.oses.isEmpty());
            QCOMPARE(t.oses.constFirst(), TargetOs::Linux);
            QCOMPARE(t.oses.size() > 1, t.kind == CookbookKind::Code);
            QCOMPARE(findCookbookTarget(t.name), &t);
        }
        QVERIFY(!findCookbookTarget(QStringLiteral("cobol")));
    }

    // Every target, every system, a few value sets: self-contained text with
    // the notes as comments at the top and a trailing newline.
    void everySnippetIsWellFormed()
    {
        const QList<CookbookInput> inputs{input(1, 1, 1, std::nullopt), input(60, 10, 5, 90000),
                                          input(32767, 32767, 127, 0), input(7200, 75, 9, INT_MAX)};
        for (const CookbookTarget &t : cookbookTargets()) {
            for (TargetOs os : t.oses) {
                for (CookbookInput in : inputs) {
                    in.os = os;
                    const Snippet s = snippetOf(t.name, in);
                    const QString what = t.name + QLatin1Char('/') + targetOsName(os);
                    QCOMPARE(s.target, t.name);
                    QCOMPARE(s.language, t.language);
                    QVERIFY2(s.text.endsWith(QLatin1Char('\n')), qPrintable(what));
                    QVERIFY2(!s.notes.isEmpty(), qPrintable(what));
                    const QString first = s.text.section(QLatin1Char('\n'), 0, 0);
                    QVERIFY2(first.startsWith(QLatin1Char('#')) ||
                                 first.startsWith(QStringLiteral("//")) ||
                                 first == QStringLiteral("/*"),
                             qPrintable(what + QStringLiteral(": ") + first));
                    // Comments fit a narrow editor.
                    for (const QString &line : s.text.split(QLatin1Char('\n'))) {
                        if (!codeLines(line).isEmpty())
                            continue;
                        QVERIFY2(line.size() <= 80, qPrintable(what + QStringLiteral(": ") + line));
                    }
                    // A note's words appear in the text, as comments.
                    const QString firstWords = s.notes.constFirst().section(QLatin1Char(' '), 0, 2);
                    QVERIFY2(s.text.contains(firstWords), qPrintable(what));
                    QVERIFY2(!codeLines(s.text).contains(firstWords), qPrintable(what));
                }
            }
        }
    }

    // The exact API names and units of each target's documentation
    // (FACTS.md), for values that show every unit conversion.
    void apiNamesAndUnits_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("os");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const auto row = [](const char *name, const char *target, TargetOs os,
                            const QStringList &present, const QStringList &absent = {}) {
            QTest::newRow(name) << QString::fromLatin1(target) << int(os) << present << absent;
        };
        row("sysctl", "sysctl", TargetOs::Linux,
            L({"sysctl -w net.ipv4.tcp_keepalive_time=60 net.ipv4.tcp_keepalive_intvl=10 "
               "net.ipv4.tcp_keepalive_probes=5"}),
            L({" = 60"}));
        row("sysctl-d", "sysctl-d", TargetOs::Linux,
            L({"net.ipv4.tcp_keepalive_time = 60\n", "net.ipv4.tcp_keepalive_intvl = 10\n",
               "net.ipv4.tcp_keepalive_probes = 5\n", "/etc/sysctl.d/", "sysctl -p"}));
        row("keepalivectl-set", "keepalivectl-set", TargetOs::Linux,
            L({"keepalivectl set net.ipv4.tcp_keepalive_time=60 net.ipv4.tcp_keepalive_intvl=10 "
               "net.ipv4.tcp_keepalive_probes=5\n",
               "--persist"}));
        row("c linux", "c", TargetOs::Linux,
            L({"int set_keepalive(int fd)", "SOL_SOCKET, SO_KEEPALIVE", "TCP_KEEPIDLE",
               "TCP_KEEPINTVL", "TCP_KEEPCNT", "TCP_USER_TIMEOUT", "user_timeout = 90000",
               "#include <netinet/tcp.h>", "errno"}),
            L({"TCP_KEEPALIVE,", "SIO_KEEPALIVE_VALS"}));
        row("c macos", "c", TargetOs::MacOs,
            L({"int set_keepalive(int fd)", "IPPROTO_TCP, TCP_KEEPALIVE,", "TCP_KEEPINTVL",
               "TCP_KEEPCNT", "TCP_RXT_CONNDROPTIME"}),
            L({"IPPROTO_TCP, TCP_KEEPIDLE", "IPPROTO_TCP, TCP_USER_TIMEOUT"}));
        row("c windows", "c", TargetOs::Windows,
            L({"SIO_KEEPALIVE_VALS", "keepalivetime = 60000;", "keepaliveinterval = 10000;",
               "#include <mstcpip.h>", "WSAIoctl", "count at 10", "TCP_MAXRT"}),
            L({"setsockopt"}));
        row("python linux", "python", TargetOs::Linux,
            L({"def set_keepalive(sock: socket.socket) -> None:", "sock.setsockopt(",
               "socket.TCP_KEEPIDLE", "socket.TCP_KEEPINTVL", "socket.TCP_KEEPCNT",
               "socket.TCP_USER_TIMEOUT", "USER_TIMEOUT_MS = 90000", "sock.getsockopt(",
               "raise OSError"}),
            L({"sys.version"}));
        row("python macos", "python", TargetOs::MacOs,
            L({"sys.version_info >= (3, 10)", "socket.TCP_KEEPALIVE", "0x10"}),
            L({"socket.TCP_KEEPIDLE", "socket.TCP_USER_TIMEOUT"}));
        row("python windows", "python", TargetOs::Windows,
            L({"sock.ioctl(socket.SIO_KEEPALIVE_VALS, (1, IDLE_MS, INTERVAL_MS))",
               "IDLE_MS = 60000", "INTERVAL_MS = 10000", "count at 10"}));
        row("go linux", "go", TargetOs::Linux,
            L({"net.KeepAliveConfig{", "Enable:   true", "Idle:     60 * time.Second",
               "Interval: 10 * time.Second", "Count:    5", "SetKeepAliveConfig", "raw.Control(",
               "unix.SetsockoptInt(int(fd), unix.IPPROTO_TCP, "
               "unix.TCP_USER_TIMEOUT, 90000)",
               "\"golang.org/x/sys/unix\"", "Go 1.23"}));
        row("go macos", "go", TargetOs::MacOs, L({"net.KeepAliveConfig{"}),
            L({"TCP_USER_TIMEOUT, 90000", "golang.org/x/sys/unix"}));
        row("java", "java", TargetOs::Linux,
            L({"import jdk.net.ExtendedSocketOptions;", "StandardSocketOptions.SO_KEEPALIVE, true",
               "ExtendedSocketOptions.TCP_KEEPIDLE, 60",
               "ExtendedSocketOptions.TCP_KEEPINTERVAL, 10",
               "ExtendedSocketOptions.TCP_KEEPCOUNT, 5", "JDK 11", "not set"}));
        row("rust linux", "rust", TargetOs::Linux,
            L({"TcpKeepalive::new()", ".with_time(Duration::from_secs(60))",
               ".with_interval(Duration::from_secs(10))", ".with_retries(5)",
               "SockRef::from(stream)", "set_tcp_keepalive(&keepalive)",
               "set_tcp_user_timeout(Some(Duration::from_millis(90000)))",
               "features = [\"all\"]"}));
        row("rust windows", "rust", TargetOs::Windows, L({".with_time(", "count at 10"}),
            L({".with_retries(", "set_tcp_user_timeout"}));
        row("node", "node", TargetOs::Linux,
            L({"socket.setKeepAlive(true, IDLE_MS)", "IDLE_MS = 60000", "keepAlive: true",
               "keepAliveInitialDelay: IDLE_MS", "interval at 1 s and the count at 10",
               "not set"}));
        row("dotnet", "dotnet", TargetOs::Linux,
            L({"SocketOptionName.KeepAlive, true", "SocketOptionName.TcpKeepAliveTime, 60",
               "SocketOptionName.TcpKeepAliveInterval, 10",
               "SocketOptionName.TcpKeepAliveRetryCount, 5", ".NET Core 3.0", "not set"}));
        row("libcurl", "libcurl", TargetOs::Linux,
            L({"CURLOPT_TCP_KEEPALIVE, 1L", "CURLOPT_TCP_KEEPIDLE, 60L",
               "CURLOPT_TCP_KEEPINTVL, 10L", "CURLOPT_TCP_KEEPCNT, 5L",
               "CURL_AT_LEAST_VERSION(8, 9, 0)", "#include <curl/curl.h>"}));
        row("curl", "curl", TargetOs::Linux,
            L({"curl --keepalive-time 60 --keepalive-cnt 5 ", "idle time and the interval together",
               "8.9.0"}));
        row("postgresql", "postgresql", TargetOs::Linux,
            L({"tcp_keepalives_idle = 60", "tcp_keepalives_interval = 10",
               "tcp_keepalives_count = 5", "tcp_user_timeout = 90000", "milliseconds"}));
        row("libpq", "libpq", TargetOs::Linux,
            L({"keepalives=1\n", "keepalives_idle=60\n", "keepalives_interval=10\n",
               "keepalives_count=5\n", "tcp_user_timeout=90000\n"}));
        row("mariadb", "mariadb", TargetOs::Linux,
            L({"tcp_keepalive_time = 60", "tcp_keepalive_interval = 10", "tcp_keepalive_probes = 5",
               "10.3.3", "not set"}));
        row("redis", "redis", TargetOs::Linux,
            L({"tcp-keepalive 60\n", "60 / 3 = 20 s and 3 probes", "not set"}),
            L({"tcp-keepalive 10"}));
        row("nginx", "nginx", TargetOs::Linux,
            L({"so_keepalive=60s:10s:5;", "proxy_socket_keepalive on"}));
        row("haproxy", "haproxy", TargetOs::Linux,
            L({"option clitcpka", "clitcpka-idle 60s", "clitcpka-intvl 10s", "clitcpka-cnt 5",
               "option srvtcpka", "srvtcpka-idle 60s", "srvtcpka-intvl 10s", "srvtcpka-cnt 5"}));
        row("systemd-socket", "systemd-socket", TargetOs::Linux,
            L({"[Socket]", "KeepAlive=yes", "KeepAliveTimeSec=60", "KeepAliveIntervalSec=10",
               "KeepAliveProbes=5"}));
        row("openssh", "openssh", TargetOs::Linux,
            L({"ServerAliveInterval 60", "ServerAliveCountMax 5", "TCPKeepAlive yes",
               "ClientAliveInterval 60", "ClientAliveCountMax 5", "encrypted",
               "about 300 s after the last data"}));
    }
    void apiNamesAndUnits()
    {
        QFETCH(QString, target);
        QFETCH(int, os);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const Snippet s = snippetOf(target, input(60, 10, 5, 90000, TargetOs(os)));
        for (const QString &p : present)
            QVERIFY2(s.text.contains(p) || prose(s.text).contains(p),
                     qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(p, s.text)));
        for (const QString &a : absent)
            QVERIFY2(!s.text.contains(a),
                     qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(a, s.text)));
    }

    // The seed documents' mistakes never appear, in any target's code.
    void knownWrongFormsNever()
    {
        const QRegularExpression spacedSysctl(QStringLiteral("sysctl +-w +[a-z0-9_.]+ +="));
        for (const CookbookTarget &t : cookbookTargets()) {
            for (TargetOs os : t.oses) {
                for (const auto &ut :
                     {std::optional<int>(), std::optional<int>(0), std::optional<int>(90000)}) {
                    const Snippet s = snippetOf(t.name, input(60, 10, 5, ut, os));
                    QVERIFY2(!s.text.contains(QStringLiteral("setsocketopt")), qPrintable(t.name));
                    QVERIFY2(!spacedSysctl.match(s.text).hasMatch(), qPrintable(t.name));
                    QVERIFY2(!s.text.contains(QStringLiteral("sys.version >")), qPrintable(t.name));
                    QVERIFY2(!s.text.contains(QStringLiteral("sys.version <")), qPrintable(t.name));
                }
            }
        }
    }

    // Where a target cannot express a value, the snippet says what happens
    // instead, and the effective values are the model's input.
    void whatCannotBeExpressed_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("os");
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("userTimeout");
        QTest::newRow("node") << "node" << int(TargetOs::Linux) << 60 << 1 << 10 << 0;
        QTest::newRow("redis") << "redis" << int(TargetOs::Linux) << 60 << 20 << 3 << 0;
        QTest::newRow("curl") << "curl" << int(TargetOs::Linux) << 60 << 60 << 5 << 0;
        QTest::newRow("c windows") << "c" << int(TargetOs::Windows) << 60 << 10 << 10 << 0;
        QTest::newRow("python windows")
            << "python" << int(TargetOs::Windows) << 60 << 10 << 10 << 0;
        QTest::newRow("c macos") << "c" << int(TargetOs::MacOs) << 60 << 10 << 5 << 0;
        QTest::newRow("java") << "java" << int(TargetOs::Linux) << 60 << 10 << 5 << 0;
        QTest::newRow("c linux") << "c" << int(TargetOs::Linux) << 60 << 10 << 5 << 90000;
        QTest::newRow("postgresql")
            << "postgresql" << int(TargetOs::Linux) << 60 << 10 << 5 << 90000;
    }
    void whatCannotBeExpressed()
    {
        QFETCH(QString, target);
        QFETCH(int, os);
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        QFETCH(int, userTimeout);
        const Snippet s = snippetOf(target, input(60, 10, 5, 90000, TargetOs(os)));
        QVERIFY(s.effective);
        QCOMPARE(*s.effective, (KeepaliveParams{idle, interval, count, userTimeout}));
        const bool changed = *s.effective != KeepaliveParams{60, 10, 5, 90000};
        QCOMPARE(s.text.contains(QStringLiteral("really applies")), changed);
        if (userTimeout == 0)
            QVERIFY(s.text.contains(QStringLiteral("The user timeout (90000 ms) is not set")));
    }

    void redisDerivesAtLeastOneSecond()
    {
        const Snippet s = snippetOf(QStringLiteral("redis"), input(2, 1, 1, std::nullopt));
        QCOMPARE(s.effective->intervalS, 1);
        QCOMPARE(s.effective->count, 3);
    }

    void noUserTimeoutMeansNoneSet()
    {
        for (const QString &t :
             {QStringLiteral("c"), QStringLiteral("python"), QStringLiteral("go"),
              QStringLiteral("rust"), QStringLiteral("postgresql"), QStringLiteral("libpq")}) {
            const Snippet s = snippetOf(t, input(60, 10, 5, std::nullopt));
            QVERIFY2(!codeLines(s.text).contains(QStringLiteral("90000")), qPrintable(t));
            QVERIFY2(
                !codeLines(s.text).contains(QStringLiteral("user_timeout"), Qt::CaseInsensitive),
                qPrintable(t));
            QVERIFY2(!s.text.contains(QStringLiteral("is not set")), qPrintable(t));
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("os");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << "cobol" << 60 << 5 << int(TargetOs::Linux)
                                 << "unknown target \"cobol\"; the targets are sysctl, sysctl-d,";
        QTest::newRow("socket idle") << "c" << 32768 << 5 << int(TargetOs::Linux)
                                     << "idle must be between 1 and 32767 s (TCP_KEEPIDLE); got "
                                        "32768";
        QTest::newRow("socket count") << "python" << 60 << 128 << int(TargetOs::Linux)
                                      << "count must be between 1 and 127 (TCP_KEEPCNT); got 128";
        QTest::newRow("sysctl probes") << "sysctl" << 60 << 256 << int(TargetOs::Linux)
                                       << "count must be between 1 and 255 "
                                          "(net.ipv4.tcp_keepalive_probes); got 256";
        QTest::newRow("os") << "redis" << 60 << 5 << int(TargetOs::Windows)
                            << "redis has no windows form; its choices: linux";
    }
    void refusals()
    {
        QFETCH(QString, target);
        QFETCH(int, idle);
        QFETCH(int, count);
        QFETCH(int, os);
        QFETCH(QString, message);
        QString error;
        QVERIFY(
            !generateSnippet(target, input(idle, 10, count, std::nullopt, TargetOs(os)), &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    // The host takes values a socket does not: the ranges are the target's.
    void hostRangesAreTheSysctls()
    {
        QVERIFY(generateSnippet(QStringLiteral("sysctl"), input(2147483, 2147483, 255, 0)));
        QVERIFY(!generateSnippet(QStringLiteral("sysctl"), input(2147484, 1, 1, 0)));
        QVERIFY(!generateSnippet(QStringLiteral("c"), input(1, 1, 1, -1)));
    }
};

QTEST_APPLESS_MAIN(TstCookbook)
#include "tst_cookbook.moc"

// The privileged helper's logic, without root: request parsing (a table of
// refusals), the all-or-nothing transaction with a store that fails on
// demand, the drop-in file, and runHelper() on temporary trees.
#include "helper/DropInFile.h"
#include "helper/HelperRequest.h"
#include "helper/HelperRun.h"
#include "helper/SysctlTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <string>
#include <vector>

using namespace kt::helper;

Q_DECLARE_METATYPE(kt::helper::ExitCode)

namespace {

std::vector<std::string_view> views(const std::vector<std::string> &args)
{
    return {args.begin(), args.end()};
}

ParseResult parse(const std::vector<std::string> &args)
{
    const auto v = views(args);
    return parseHelperRequest(v);
}

// Holds values in memory; the writes numbered in `failingWrites` (1-based,
// counting all writes including the roll-back) fail, and the key named
// `unreadable` cannot be read.
class FakeStore final : public SysctlStore
{
public:
    std::map<std::string_view, long long> values{
        {kHelperKeys[0].name, 7200}, {kHelperKeys[1].name, 75}, {kHelperKeys[2].name, 9}};
    int writes = 0;
    std::vector<int> failingWrites;
    std::string_view unreadable;

    bool read(const HelperKey &key, long long &value, std::string &error) override
    {
        if (key.name == unreadable) {
            error = "unreadable";
            return false;
        }
        value = values.at(key.name);
        return true;
    }
    bool write(const HelperKey &key, long long value, std::string &error) override
    {
        ++writes;
        for (int n : failingWrites) {
            if (n == writes) {
                error = "refused by the fake";
                return false;
            }
        }
        values[key.name] = value;
        return true;
    }
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

} // namespace

class TestHelperRequest : public QObject
{
    Q_OBJECT
private slots:
    void accepts()
    {
        const ParseResult r = parse({"set", "net.ipv4.tcp_keepalive_time=600", "--persist",
                                     "net.ipv4.tcp_keepalive_probes=007"});
        QVERIFY2(r.ok(), r.message.c_str());
        QVERIFY(r.request.persist);
        QCOMPARE(r.request.verb, Verb::Set);
        QCOMPARE(r.request.assignments.size(), std::size_t(2));
        QCOMPARE(r.request.assignments[0].key->name, kHelperKeys[0].name);
        QCOMPARE(r.request.assignments[0].value, 600LL);
        QCOMPARE(r.request.assignments[1].value, 7LL);
    }

    void acceptsTheBounds()
    {
        QVERIFY(parse({"set", "net.ipv4.tcp_keepalive_time=1"}).ok());
        QVERIFY(parse({"set", "net.ipv4.tcp_keepalive_time=2147483"}).ok());
        QVERIFY(parse({"set", "net.ipv4.tcp_keepalive_intvl=2147483"}).ok());
        QVERIFY(parse({"set", "net.ipv4.tcp_keepalive_probes=255"}).ok());
    }

    void argumentLengthLimitIsExact()
    {
        // 28 bytes of key and '=', then digits up to exactly the limit: the
        // leading zeros are still one whole decimal number.
        std::string arg = "net.ipv4.tcp_keepalive_time=";
        arg += std::string(kMaxArgumentLength - arg.size() - 1, '0');
        arg += '5';
        QCOMPARE(arg.size(), kMaxArgumentLength);
        const ParseResult ok = parse({"set", arg});
        QVERIFY2(ok.ok(), ok.message.c_str());
        QCOMPARE(ok.request.assignments.front().value, 5LL);
        QCOMPARE(parse({"set", "0" + arg}).code, ExitCode::Usage);
    }

    void resetMeansTheKernelDefaults()
    {
        const ParseResult r = parse({"reset", "--persist"});
        QVERIFY(r.ok());
        QCOMPARE(r.request.verb, Verb::Reset);
        QVERIFY(r.request.persist);
        QCOMPARE(r.request.assignments.size(), std::size_t(3));
        QCOMPARE(r.request.assignments[0].value, 7200LL);
        QCOMPARE(r.request.assignments[1].value, 75LL);
        QCOMPARE(r.request.assignments[2].value, 9LL);
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<ExitCode>("code");
        const QString t = QStringLiteral("net.ipv4.tcp_keepalive_time=");
        const QString p = QStringLiteral("net.ipv4.tcp_keepalive_probes=");
        auto row = [](const char *name, QStringList args, ExitCode code) {
            QTest::newRow(name) << args << code;
        };
        // usage
        row("empty", {}, ExitCode::Usage);
        row("unknown verb", {QStringLiteral("get")}, ExitCode::Usage);
        row("verb case", {QStringLiteral("SET"), t + QStringLiteral("5")}, ExitCode::Usage);
        row("empty verb", {QString()}, ExitCode::Usage);
        row("set without assignment", {QStringLiteral("set")}, ExitCode::Usage);
        row("set only persist", {QStringLiteral("set"), QStringLiteral("--persist")},
            ExitCode::Usage);
        row("persist twice",
            {QStringLiteral("set"), QStringLiteral("--persist"), QStringLiteral("--persist"),
             t + QStringLiteral("5")},
            ExitCode::Usage);
        row("unknown option",
            {QStringLiteral("set"), QStringLiteral("--root=/tmp"), t + QStringLiteral("5")},
            ExitCode::Usage);
        row("option before verb", {QStringLiteral("--persist"), QStringLiteral("set")},
            ExitCode::Usage);
        row("no equals sign",
            {QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_time")},
            ExitCode::Usage);
        row("reset with assignment", {QStringLiteral("reset"), t + QStringLiteral("5")},
            ExitCode::Usage);
        row("very long argument", {QStringLiteral("set"), t + QString(200, QLatin1Char('1'))},
            ExitCode::Usage);
        row("very long key", {QStringLiteral("set"), QString(5000, QLatin1Char('a'))},
            ExitCode::Usage);
        QStringList many{QStringLiteral("set")};
        for (int i = 0; i < 20; ++i)
            many << t + QStringLiteral("5");
        row("too many arguments", many, ExitCode::Usage);
        // unknown key: nothing the caller passes becomes a path
        row("other sysctl", {QStringLiteral("set"), QStringLiteral("kernel.core_pattern=|/tmp/x")},
            ExitCode::UnknownKey);
        row("slash spelling",
            {QStringLiteral("set"), QStringLiteral("net/ipv4/tcp_keepalive_time=5")},
            ExitCode::UnknownKey);
        row("dot-dot in key",
            {QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_time/../x=5")},
            ExitCode::UnknownKey);
        row("parent path", {QStringLiteral("set"), QStringLiteral("../../etc/passwd=5")},
            ExitCode::UnknownKey);
        row("absolute path",
            {QStringLiteral("set"), QStringLiteral("/proc/sys/net/ipv4/tcp_keepalive_time=5")},
            ExitCode::UnknownKey);
        row("key with trailing space",
            {QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_time =5")},
            ExitCode::UnknownKey);
        row("key case", {QStringLiteral("set"), QStringLiteral("NET.IPV4.TCP_KEEPALIVE_TIME=5")},
            ExitCode::UnknownKey);
        row("glob", {QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_*=5")},
            ExitCode::UnknownKey);
        row("empty key", {QStringLiteral("set"), QStringLiteral("=5")}, ExitCode::UnknownKey);
        row("newline in key",
            {QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_keepalive_time\n=5")},
            ExitCode::UnknownKey);
        // bad value
        row("empty value", {QStringLiteral("set"), t}, ExitCode::BadValue);
        row("plus sign", {QStringLiteral("set"), t + QStringLiteral("+5")}, ExitCode::BadValue);
        row("minus sign", {QStringLiteral("set"), t + QStringLiteral("-5")}, ExitCode::BadValue);
        row("leading space", {QStringLiteral("set"), t + QStringLiteral(" 5")}, ExitCode::BadValue);
        row("trailing space", {QStringLiteral("set"), t + QStringLiteral("5 ")},
            ExitCode::BadValue);
        row("tab", {QStringLiteral("set"), t + QStringLiteral("\t5")}, ExitCode::BadValue);
        row("newline inside value",
            {QStringLiteral("set"), t + QStringLiteral("5\nkernel.core_pattern=x")},
            ExitCode::BadValue);
        row("trailing newline", {QStringLiteral("set"), t + QStringLiteral("5\n")},
            ExitCode::BadValue);
        row("hex", {QStringLiteral("set"), t + QStringLiteral("0x10")}, ExitCode::BadValue);
        row("exponent", {QStringLiteral("set"), t + QStringLiteral("1e3")}, ExitCode::BadValue);
        row("decimal point", {QStringLiteral("set"), t + QStringLiteral("1.5")},
            ExitCode::BadValue);
        row("thousands separator", {QStringLiteral("set"), t + QStringLiteral("1,000")},
            ExitCode::BadValue);
        row("unit", {QStringLiteral("set"), t + QStringLiteral("5s")}, ExitCode::BadValue);
        row("arabic-indic digits",
            {QStringLiteral("set"), t + QString::fromUtf8("\u0661\u0662\u0663")},
            ExitCode::BadValue);
        row("fullwidth digits", {QStringLiteral("set"), t + QString::fromUtf8("\uff15")},
            ExitCode::BadValue);
        row("second equals", {QStringLiteral("set"), t + QStringLiteral("5=6")},
            ExitCode::BadValue);
        row("shell injection", {QStringLiteral("set"), t + QStringLiteral("5;reboot")},
            ExitCode::BadValue);
        // out of range, overflow included
        row("zero", {QStringLiteral("set"), t + QStringLiteral("0")}, ExitCode::OutOfRange);
        row("many zeros", {QStringLiteral("set"), t + QStringLiteral("0000")},
            ExitCode::OutOfRange);
        row("time too big", {QStringLiteral("set"), t + QStringLiteral("2147484")},
            ExitCode::OutOfRange);
        row("probes 256", {QStringLiteral("set"), p + QStringLiteral("256")}, ExitCode::OutOfRange);
        row("probes 0", {QStringLiteral("set"), p + QStringLiteral("0")}, ExitCode::OutOfRange);
        row("INT_MAX", {QStringLiteral("set"), t + QStringLiteral("2147483647")},
            ExitCode::OutOfRange);
        row("2^63", {QStringLiteral("set"), t + QStringLiteral("9223372036854775808")},
            ExitCode::OutOfRange);
        row("2^64", {QStringLiteral("set"), t + QStringLiteral("18446744073709551616")},
            ExitCode::OutOfRange);
        row("2^64 + 5 (wraps to 5)",
            {QStringLiteral("set"), t + QStringLiteral("18446744073709551621")},
            ExitCode::OutOfRange);
        row("100 digits", {QStringLiteral("set"), t + QString(100, QLatin1Char('9'))},
            ExitCode::OutOfRange);
        // duplicates
        row("same key twice",
            {QStringLiteral("set"), t + QStringLiteral("5"), t + QStringLiteral("6")},
            ExitCode::DuplicateKey);
        row("same key twice, same value",
            {QStringLiteral("set"), p + QStringLiteral("5"), p + QStringLiteral("5")},
            ExitCode::DuplicateKey);
    }
    void refuses()
    {
        QFETCH(QStringList, args);
        QFETCH(ExitCode, code);
        std::vector<std::string> utf8;
        for (const QString &a : args)
            utf8.push_back(a.toStdString());
        const ParseResult r = parse(utf8);
        QCOMPARE(exitCodeName(r.code), exitCodeName(code));
        QVERIFY(!r.message.empty());
        QVERIFY(r.request.assignments.empty());
        // A message never carries control characters or unbounded input.
        QVERIFY2(r.message.size() < 400, r.message.c_str());
        for (const char c : r.message)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f, r.message.c_str());
    }

    void laterErrorsRefuseTheWholeRequest()
    {
        // The first assignment is valid; the request still fails as a whole.
        const ParseResult r =
            parse({"set", "net.ipv4.tcp_keepalive_time=600", "net.ipv4.tcp_keepalive_intvl=x"});
        QCOMPARE(r.code, ExitCode::BadValue);
        QVERIFY(r.request.assignments.empty());
    }

    void exitCodesAreDistinct()
    {
        const std::vector<ExitCode> codes{
            ExitCode::Ok,           ExitCode::Usage,       ExitCode::NotRoot,
            ExitCode::UnknownKey,   ExitCode::BadValue,    ExitCode::OutOfRange,
            ExitCode::DuplicateKey, ExitCode::WriteFailed, ExitCode::RollbackFailed,
            ExitCode::PersistFailed};
        for (std::size_t i = 0; i < codes.size(); ++i) {
            // Never pkexec's own 126/127, never the generic 1.
            QVERIFY(toInt(codes[i]) != 1 && toInt(codes[i]) < 126);
            for (std::size_t j = i + 1; j < codes.size(); ++j)
                QVERIFY(toInt(codes[i]) != toInt(codes[j]));
        }
    }

    void quoting()
    {
        QCOMPARE(quoteForMessage("a\nb\"\x1b"), std::string("a\\x0ab\\x22\\x1b"));
        QCOMPARE(quoteForMessage(std::string(100, 'x'), 4), std::string("xxxx..."));
    }

    void transactionAppliesAll()
    {
        FakeStore store;
        const ParseResult r =
            parse({"set", "net.ipv4.tcp_keepalive_time=600", "net.ipv4.tcp_keepalive_probes=3"});
        SysctlTransaction tx(store);
        QCOMPARE(tx.apply(r.request.assignments).code, ExitCode::Ok);
        QCOMPARE(store.values.at(kHelperKeys[0].name), 600LL);
        QCOMPARE(store.values.at(kHelperKeys[1].name), 75LL);
        QCOMPARE(store.values.at(kHelperKeys[2].name), 3LL);
    }

    void transactionRollsBackWhenALaterWriteFails()
    {
        FakeStore store;
        store.failingWrites = {3}; // time and interval succeed, probes fails
        const ParseResult r =
            parse({"set", "net.ipv4.tcp_keepalive_time=600", "net.ipv4.tcp_keepalive_intvl=10",
                   "net.ipv4.tcp_keepalive_probes=3"});
        SysctlTransaction tx(store);
        const auto result = tx.apply(r.request.assignments);
        QCOMPARE(result.code, ExitCode::WriteFailed);
        QVERIFY(result.message.find("restored") != std::string::npos);
        QCOMPARE(store.values.at(kHelperKeys[0].name), 7200LL);
        QCOMPARE(store.values.at(kHelperKeys[1].name), 75LL);
        QCOMPARE(store.values.at(kHelperKeys[2].name), 9LL);
        // 3 writes, then 2 restores (the failed key was untouched).
        QCOMPARE(store.writes, 5);
    }

    void transactionReportsAFailedRollBack()
    {
        FakeStore store;
        store.failingWrites = {2, 3}; // interval fails, restoring time fails
        const ParseResult r =
            parse({"set", "net.ipv4.tcp_keepalive_time=600", "net.ipv4.tcp_keepalive_intvl=10"});
        SysctlTransaction tx(store);
        const auto result = tx.apply(r.request.assignments);
        QCOMPARE(result.code, ExitCode::RollbackFailed);
        QVERIFY(result.message.find("net.ipv4.tcp_keepalive_time (was 7200)") != std::string::npos);
    }

    void transactionWritesNothingWhenAValueCannotBeRead()
    {
        FakeStore store;
        store.unreadable = kHelperKeys[2].name;
        const ParseResult r =
            parse({"set", "net.ipv4.tcp_keepalive_time=600", "net.ipv4.tcp_keepalive_probes=3"});
        SysctlTransaction tx(store);
        QCOMPARE(tx.apply(r.request.assignments).code, ExitCode::WriteFailed);
        QCOMPARE(store.writes, 0);
    }

    void dropInHoldsAHeaderAndExactlyTheThreeKeys()
    {
        const std::string content = dropInContent({600, 30, 5});
        const QStringList lines =
            QString::fromStdString(content).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList assignments;
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1Char('#')))
                assignments << line;
        }
        QCOMPARE(assignments, (QStringList{QStringLiteral("net.ipv4.tcp_keepalive_time = 600"),
                                           QStringLiteral("net.ipv4.tcp_keepalive_intvl = 30"),
                                           QStringLiteral("net.ipv4.tcp_keepalive_probes = 5")}));
        QVERIFY(lines.first().startsWith(QLatin1Char('#')));
    }

    void dropInIsReplacedAtomicallyAndAloneInItsDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString other = dir.filePath(QStringLiteral("99-admin.conf"));
        writeFile(other, "net.ipv4.tcp_keepalive_time = 1\n");
        std::string error;
        std::string warning;
        QVERIFY(writeDropIn(dir.path().toStdString(), {600, 30, 5}, error, warning));
        QVERIFY(writeDropIn(dir.path().toStdString(), {700, 30, 5}, error, warning));
        const QString ours = dir.filePath(QString::fromLatin1(kDropInFileName.data()));
        QVERIFY(readFile(ours).contains("net.ipv4.tcp_keepalive_time = 700\n"));
        QCOMPARE(QFileInfo(ours).permissions() & QFile::ReadOther, QFile::ReadOther);
        // No temporary file left behind, the other file untouched.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QString::fromLatin1(kDropInFileName.data()),
                              QStringLiteral("99-admin.conf")}));
        QCOMPARE(readFile(other), QByteArray("net.ipv4.tcp_keepalive_time = 1\n"));

        QVERIFY(removeDropIn(dir.path().toStdString(), error, warning));
        QVERIFY(!QFileInfo::exists(ours));
        QVERIFY(QFileInfo::exists(other));
        // Removing twice is fine: the goal (no drop-in) holds.
        QVERIFY(removeDropIn(dir.path().toStdString(), error, warning));
    }

    void dropInFailureLeavesTheOldFile()
    {
        QTemporaryDir dir;
        // A directory whose parent does not exist cannot be created.
        std::string error;
        std::string warning;
        QVERIFY(!writeDropIn(dir.filePath(QStringLiteral("missing/sysctl.d")).toStdString(),
                             {600, 30, 5}, error, warning));
        QVERIFY(!error.empty());
    }

    void runHelperOnATree()
    {
        QTemporaryDir dir;
        const QString procSys = dir.filePath(QStringLiteral("proc/sys"));
        const QString dropIns = dir.filePath(QStringLiteral("etc/sysctl.d"));
        for (const HelperKey &key : kHelperKeys)
            writeFile(procSys + QLatin1Char('/') + QString::fromLatin1(key.procPath.data()),
                      QByteArray::number(key.kernelDefault) + '\n');
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("etc"))));
        ProcSysStore store(procSys.toStdString());
        const auto run = [&](const std::vector<std::string> &args) {
            const auto v = views(args);
            return runHelper(v, store, dropIns.toStdString());
        };
        HelperRunResult r = run({"set", "--persist", "net.ipv4.tcp_keepalive_intvl=30"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(procSys + QStringLiteral("/net/ipv4/tcp_keepalive_intvl")),
                 QByteArray("30\n"));
        const QByteArray dropIn = readFile(dropIns + QStringLiteral("/90-keepalive-tuner.conf"));
        QVERIFY(dropIn.contains("net.ipv4.tcp_keepalive_time = 7200\n"));
        QVERIFY(dropIn.contains("net.ipv4.tcp_keepalive_intvl = 30\n"));
        QVERIFY(dropIn.contains("net.ipv4.tcp_keepalive_probes = 9\n"));

        r = run({"set", "net.ipv4.tcp_keepalive_intvl=31x"});
        QCOMPARE(r.exitCode, toInt(ExitCode::BadValue));
        QVERIFY(r.out.empty());
        QCOMPARE(readFile(procSys + QStringLiteral("/net/ipv4/tcp_keepalive_intvl")),
                 QByteArray("30\n"));

        r = run({"reset", "--persist"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(procSys + QStringLiteral("/net/ipv4/tcp_keepalive_intvl")),
                 QByteArray("75\n"));
        QVERIFY(!QFileInfo::exists(dropIns + QStringLiteral("/90-keepalive-tuner.conf")));
    }

    void persistFailureRestoresTheRuntimeValues()
    {
        QTemporaryDir dir;
        const QString procSys = dir.filePath(QStringLiteral("proc/sys"));
        for (const HelperKey &key : kHelperKeys)
            writeFile(procSys + QLatin1Char('/') + QString::fromLatin1(key.procPath.data()),
                      QByteArray::number(key.kernelDefault) + '\n');
        // The drop-in directory's parent is a file: it cannot be created.
        writeFile(dir.filePath(QStringLiteral("etc")), "not a directory");
        ProcSysStore store(procSys.toStdString());
        const std::vector<std::string> args{"set", "--persist", "net.ipv4.tcp_keepalive_time=60"};
        const auto v = views(args);
        const HelperRunResult r =
            runHelper(v, store, dir.filePath(QStringLiteral("etc/sysctl.d")).toStdString());
        QCOMPARE(r.exitCode, toInt(ExitCode::PersistFailed));
        QCOMPARE(readFile(procSys + QStringLiteral("/net/ipv4/tcp_keepalive_time")),
                 QByteArray("7200\n"));
    }

    void procSysStoreNeverCreatesFiles()
    {
        QTemporaryDir dir;
        ProcSysStore store(dir.path().toStdString());
        std::string error;
        QVERIFY(!store.write(kHelperKeys[0], 5, error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("net/ipv4/tcp_keepalive_time"))));
    }
};

QTEST_APPLESS_MAIN(TestHelperRequest)
#include "tst_helper_request.moc"

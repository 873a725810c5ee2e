// The manual pages are lint-clean and say what the programs say: every
// command and option that --help lists, the helper's exit codes and the
// ranges of the one table of kernel limits.
#include "ProgramRun.h"
#include "helper/HelperExitCode.h"
#include "inspect/InspectHelperRun.h"
#include "params/KernelLimits.h"
#include "pathtimeout/PathTimeout.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

QString manSource(const QString &page)
{
    QFile file(QStringLiteral(KT_SOURCE_DIR "/resources/man/") + page);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Read as a person would: roff's escaped hyphen is a hyphen.
    return QString::fromUtf8(file.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

// The part of a page from ".SS name" (or ".SH name") to the next heading.
QString section(const QString &text, const QString &heading)
{
    const qsizetype start = text.indexOf(
        QRegularExpression(QStringLiteral("^\\.S[SH] %1$").arg(QRegularExpression::escape(heading)),
                           QRegularExpression::MultilineOption));
    if (start < 0)
        return {};
    static const QRegularExpression next(QStringLiteral("^\\.S[SH] "),
                                         QRegularExpression::MultilineOption);
    const qsizetype end = text.indexOf(next, start + 1);
    return text.mid(start, end < 0 ? -1 : end - start);
}

// The long options a --help text lists ("  --idle <S>  …").
QStringList optionsOf(const QString &help)
{
    QStringList options;
    static const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?(--[a-z][a-z0-9-]*)"),
                                           QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(help); it.hasNext();)
        options << it.next().captured(1);
    options.removeDuplicates();
    return options;
}

// "  show        the host's …" lines after "Commands:" in keepalivectl --help.
QStringList commandsOf(const QString &help)
{
    QStringList commands;
    const qsizetype start = help.indexOf(QStringLiteral("Commands:"));
    if (start < 0)
        return commands;
    for (const QString &line : help.mid(start).split(QLatin1Char('\n')).mid(1)) {
        if (line.trimmed().isEmpty())
            break;
        commands << line.trimmed().section(QLatin1Char(' '), 0, 0);
    }
    return commands;
}

} // namespace

class TstManpages : public QObject
{
    Q_OBJECT

private slots:
    void lintClean_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("keepalivectl(1)") << QStringLiteral("keepalivectl.1");
        QTest::newRow("keepalive-tuner(1)") << QStringLiteral("keepalive-tuner.1");
        QTest::newRow("keepalive-tuner-helper(8)") << QStringLiteral("keepalive-tuner-helper.8");
        QTest::newRow("keepalive-tuner-lab(1)") << QStringLiteral("keepalive-tuner-lab.1");
        QTest::newRow("keepalive-tuner-inspect(8)") << QStringLiteral("keepalive-tuner-inspect.8");
    }
    void lintClean()
    {
        QFETCH(QString, page);
        const QString mandoc = QStandardPaths::findExecutable(QStringLiteral("mandoc"));
        if (mandoc.isEmpty())
            QSKIP("mandoc is not installed (Debian package mandoc; scripts/quickstart.sh test "
                  "installs it)");
        // Warnings and worse; STYLE notes (such as an upper-case title) are
        // the man(7) conventions and are not reported.
        const ProgramRun run =
            runProgram(mandoc, {QStringLiteral("-Tlint"), QStringLiteral("-Wwarning"),
                                QStringLiteral(KT_SOURCE_DIR "/resources/man/") + page});
        QVERIFY2(run.exitCode == 0 && run.out.isEmpty() && run.err.isEmpty(),
                 qPrintable(run.outText() + run.err));
    }

    void everyCommandHasItsSection()
    {
        const QString man = manSource(QStringLiteral("keepalivectl.1"));
        QVERIFY(!man.isEmpty());
        const ProgramRun run =
            runProgram(QStringLiteral(KT_KEEPALIVECTL), {QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QStringList commands = commandsOf(run.outText());
        QVERIFY2(commands.size() >= 5, qPrintable(run.outText()));
        for (const QString &command : commands)
            QVERIFY2(!section(man, command).isEmpty(),
                     qPrintable(QStringLiteral("keepalivectl.1 has no \".SS %1\"").arg(command)));
    }

    void everyOptionOfEveryCommandIsDocumented()
    {
        const QString man = manSource(QStringLiteral("keepalivectl.1"));
        const ProgramRun list =
            runProgram(QStringLiteral(KT_KEEPALIVECTL), {QStringLiteral("--help")});
        for (const QString &command : commandsOf(list.outText())) {
            const ProgramRun run =
                runProgram(QStringLiteral(KT_KEEPALIVECTL), {command, QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            const QStringList options = optionsOf(run.outText());
            QVERIFY2(options.contains(QStringLiteral("--help")), qPrintable(run.outText()));
            const QString text = section(man, command);
            for (const QString &option : options) {
                if (option == QLatin1String("--help"))
                    continue; // said once for every command in DESCRIPTION
                QVERIFY2(text.contains(option),
                         qPrintable(QStringLiteral("keepalivectl %1 %2 is not in keepalivectl.1")
                                        .arg(command, option)));
            }
        }
    }

    void theGuisOptionsAreDocumented()
    {
        const QString man = manSource(QStringLiteral("keepalive-tuner.1"));
        QVERIFY(!man.isEmpty());
        // --help needs no display: it must work on an SSH session.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const ProgramRun run =
            runProgram(QStringLiteral(KT_GUI), {QStringLiteral("--help")}, 30000, env);
        QCOMPARE(run.exitCode, 0);
        const QStringList options = optionsOf(run.outText());
        QVERIFY2(options.contains(QStringLiteral("--screenshot")), qPrintable(run.outText()));
        const QString text = section(man, QStringLiteral("OPTIONS"));
        for (const QString &option : options)
            QVERIFY2(text.contains(option), qPrintable(option));
    }

    void helperExitCodesAndRangesMatchTheCode()
    {
        const QString man = manSource(QStringLiteral("keepalive-tuner-helper.8"));
        const QString exits = section(man, QStringLiteral("EXIT STATUS"));
        QVERIFY(!exits.isEmpty());
        using kt::helper::ExitCode;
        for (ExitCode code :
             {ExitCode::Ok, ExitCode::Usage, ExitCode::NotRoot, ExitCode::UnknownKey,
              ExitCode::BadValue, ExitCode::OutOfRange, ExitCode::DuplicateKey,
              ExitCode::WriteFailed, ExitCode::RollbackFailed, ExitCode::PersistFailed}) {
            const QString entry = QStringLiteral("\n.TP\n.B %1\n").arg(int(code));
            QVERIFY2(exits.contains(entry),
                     qPrintable(QStringLiteral("exit status %1 (%2)")
                                    .arg(int(code))
                                    .arg(QString::fromUtf8(kt::helper::exitCodeName(code)))));
        }
        namespace limits = kt::limits;
        QVERIFY(man.contains(QStringLiteral("(seconds, %1 to %2)")
                                 .arg(limits::kSysctlTime.min)
                                 .arg(limits::kSysctlTime.max)));
        QVERIFY(man.contains(QStringLiteral("(%1 to %2)")
                                 .arg(limits::kSysctlProbes.min)
                                 .arg(limits::kSysctlProbes.max)));
        QVERIFY(man.contains(QStringLiteral("the kernel defaults: %1 s, %2 s and %3 probes")
                                 .arg(limits::kDefaultIdleS)
                                 .arg(limits::kDefaultIntervalS)
                                 .arg(limits::kDefaultCount)));
    }

    void inspectHelperExitCodesMatchTheCode()
    {
        const QString exits = section(manSource(QStringLiteral("keepalive-tuner-inspect.8")),
                                      QStringLiteral("EXIT STATUS"));
        QVERIFY(!exits.isEmpty());
        using kt::inspect::InspectExitCode;
        for (InspectExitCode code :
             {InspectExitCode::Ok, InspectExitCode::Usage, InspectExitCode::NotRoot,
              InspectExitCode::DumpFailed, InspectExitCode::OutputFailed})
            QVERIFY2(exits.contains(QStringLiteral("\n.TP\n.B %1\n").arg(int(code))),
                     qPrintable(QString::number(int(code))));
        QVERIFY(
            exits.contains(QStringLiteral("exactly\n.BR %1 .")
                               .arg(QLatin1String(kt::inspect::kInspectVerb.data(),
                                                  qsizetype(kt::inspect::kInspectVerb.size())))));
    }

    void socketRangesMatchTheCode()
    {
        const QString probe =
            section(manSource(QStringLiteral("keepalivectl.1")), QStringLiteral("probe"));
        namespace limits = kt::limits;
        QVERIFY(probe.contains(QStringLiteral("first probe (%1 to %2)")
                                   .arg(limits::kSocketIdle.min)
                                   .arg(limits::kSocketIdle.max)));
        QVERIFY(probe.contains(QStringLiteral("between probes (%1 to %2)")
                                   .arg(limits::kSocketInterval.min)
                                   .arg(limits::kSocketInterval.max)));
        QVERIFY(probe.contains(QStringLiteral("giving up (%1 to %2)")
                                   .arg(limits::kSocketCount.min)
                                   .arg(limits::kSocketCount.max)));
    }

    // path-timeout's ranges, defaults, user timeout and exit statuses are
    // core's (pathtimeout/PathTimeout.h).
    void pathTimeoutMatchesTheCode()
    {
        namespace pt = kt::pathtimeout;
        const pt::PathTimeoutOptions defaults;
        const QString text =
            section(manSource(QStringLiteral("keepalivectl.1")), QStringLiteral("path-timeout"));
        QVERIFY(!text.isEmpty());
        for (const QString &said :
             {QStringLiteral("(1 to %1; default %2)").arg(pt::kMaxIdleLimitS).arg(defaults.maxS),
              QStringLiteral("(default %1)").arg(defaults.minS),
              QStringLiteral("(1 to %1; default %2)")
                  .arg(pt::kMaxResolutionS)
                  .arg(defaults.resolutionS),
              QStringLiteral("(1 to %1; default %2)").arg(pt::kMaxParallel).arg(defaults.parallel),
              QStringLiteral("at most %1 bytes").arg(pt::kMaxSendBytes),
              QStringLiteral("TCP_USER_TIMEOUT %1 s").arg(pt::kTrialUserTimeoutMs / 1000),
              QStringLiteral("Exit status 0"), QStringLiteral("130 or 143")})
            QVERIFY2(text.simplified().contains(said), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TstManpages)
#include "tst_manpages.moc"

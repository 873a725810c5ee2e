// keepalivectl in the locale's language, run as a program. A copy of the
// program is installed into a temporary tree with a pseudo translation (every
// message "中…文", placeholders kept) where an installed translation goes
// (share/keepalive-tuner/translations beside bin/): so the choice of language,
// the coverage of the text output and the English of JSON are checked
// whatever the state of the real translation. The real zh_CN translation is
// checked too, once it has the line looked for.
#include "ProgramRun.h"
#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamWriter>

namespace {

const QString kFixture = QStringLiteral(KT_FIXTURES_DIR "/host-a");

QStringList fixtureArgs()
{
    return {QStringLiteral("--proc-sys"), kFixture + QStringLiteral("/proc/sys"),
            QStringLiteral("--config-root"), kFixture};
}

// The locale variables as given, and no others.
QProcessEnvironment localeEnvironment(const QStringList &settings)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE"})
        env.remove(QString::fromLatin1(name));
    for (const QString &setting : settings)
        env.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    return env;
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

// The pseudo translation of every message: "中" + source + "文".
QByteArray pseudoTranslation(const QList<tsfile::Message> &messages)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    w.writeStartElement(QStringLiteral("TS"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    w.writeAttribute(QStringLiteral("language"), QStringLiteral("zh_CN"));
    for (const tsfile::Message &m : messages) {
        if (tsfile::isObsolete(m))
            continue;
        w.writeStartElement(QStringLiteral("context"));
        w.writeTextElement(QStringLiteral("name"), m.context);
        w.writeStartElement(QStringLiteral("message"));
        if (m.numerus)
            w.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        w.writeTextElement(QStringLiteral("source"), m.source);
        if (!m.comment.isEmpty())
            w.writeTextElement(QStringLiteral("comment"), m.comment);
        const QString fake = QStringLiteral("中") + m.source + QStringLiteral("文");
        if (m.numerus) {
            w.writeStartElement(QStringLiteral("translation"));
            w.writeTextElement(QStringLiteral("numerusform"), fake);
            w.writeEndElement();
        } else {
            w.writeTextElement(QStringLiteral("translation"), fake);
        }
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

// What of the text no message translated: the pseudo translations ("中…文",
// nested where one message fills another, across lines where a message
// holds several) are taken out, innermost first, and lines in Chinese (Qt's
// own words, from qtbase's translation) are left out. What remains must be
// keys, numbers, options and identifiers, not words of a sentence.
QStringList untranslatedLines(QString text)
{
    static const QRegularExpression translated(QStringLiteral("中[^中文]*文"));
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,} [a-z]{3,}"));
    for (QString before; before != text;) {
        before = text;
        text.replace(translated, QStringLiteral(" "));
    }
    QStringList found;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (words.match(line).hasMatch() && !hasHan(line))
            found << line;
    }
    return found;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tree;
    QString m_program; // the copy beside the pseudo translation

    ProgramRun pseudo(const QStringList &args, const QStringList &locale)
    {
        return runProgram(m_program, args, 30000, localeEnvironment(locale));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tree.isValid());
        QVERIFY(QDir(m_tree.path()).mkpath(QStringLiteral("bin")));
        const QString qmDir = m_tree.filePath(QStringLiteral("share/keepalive-tuner/translations"));
        QVERIFY(QDir().mkpath(qmDir));
        m_program = m_tree.filePath(QStringLiteral("bin/keepalivectl"));
        QVERIFY(QFile::copy(QStringLiteral(KT_KEEPALIVECTL), m_program));

        QString error;
        const QList<tsfile::Message> messages = tsfile::read(QStringLiteral(KT_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString ts = m_tree.filePath(QStringLiteral("pseudo.ts"));
        QFile out(ts);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pseudoTranslation(messages));
        out.close();
        QProcess lrelease;
        lrelease.start(QStringLiteral(KT_LRELEASE),
                       {QStringLiteral("-silent"), ts, QStringLiteral("-qm"),
                        qmDir + QStringLiteral("/keepalive-tuner_zh_CN.qm")});
        QVERIFY(lrelease.waitForFinished(60000));
        QVERIFY2(lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
    }

    // The language follows LC_ALL, LC_MESSAGES, LANG and LANGUAGE as Qt reads
    // them; the first language the program has wins, Traditional Chinese is
    // not Simplified, and the C locale is English whatever LANGUAGE says.
    void followsTheLocale_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<bool>("chinese");
        QTest::newRow("LANG zh_CN") << QStringList{QStringLiteral("LANG=zh_CN.UTF-8")} << true;
        QTest::newRow("LANG zh_SG") << QStringList{QStringLiteral("LANG=zh_SG.UTF-8")} << true;
        QTest::newRow("LANG zh_TW") << QStringList{QStringLiteral("LANG=zh_TW.UTF-8")} << false;
        QTest::newRow("LANG en_US") << QStringList{QStringLiteral("LANG=en_US.UTF-8")} << false;
        QTest::newRow("LANG C") << QStringList{QStringLiteral("LANG=C")} << false;
        QTest::newRow("nothing set") << QStringList{} << false;
        QTest::newRow("LC_ALL beats LANG")
            << QStringList{QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LC_ALL=C.UTF-8")}
            << false;
        QTest::newRow("LC_MESSAGES beats LANG")
            << QStringList{QStringLiteral("LANG=C.UTF-8"),
                           QStringLiteral("LC_MESSAGES=zh_CN.UTF-8")}
            << true;
        QTest::newRow("LANGUAGE: first the program has")
            << QStringList{QStringLiteral("LANG=fr_FR.UTF-8"), QStringLiteral("LANGUAGE=fr:zh_CN")}
            << true;
        QTest::newRow("LANGUAGE: English first")
            << QStringList{QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LANGUAGE=en:zh_CN")}
            << false;
        QTest::newRow("LANGUAGE ignored for C")
            << QStringList{QStringLiteral("LANG=C"), QStringLiteral("LANGUAGE=zh_CN")} << false;
    }
    void followsTheLocale()
    {
        QFETCH(QStringList, locale);
        QFETCH(bool, chinese);
        const ProgramRun run = pseudo(QStringList{QStringLiteral("show")} + fixtureArgs(), locale);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString first = run.outText().section(QLatin1Char('\n'), 0, 0);
        if (chinese) {
            QVERIFY2(first.startsWith(QStringLiteral("中TCP keep-alive on this host")),
                     qPrintable(first));
            QVERIFY(hasHan(first));
        } else {
            QVERIFY2(first.startsWith(QStringLiteral("TCP keep-alive on this host")),
                     qPrintable(first));
            QVERIFY2(!hasHan(run.outText()), run.out.constData());
        }
    }

    // Every line of words in the text output comes from a translated message.
    void textOutputIsTranslated_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("show") << QStringList{QStringLiteral("show")} + fixtureArgs();
        QTest::newRow("schedule") << QStringList{
            QStringLiteral("schedule"), QStringLiteral("--idle"),
            QStringLiteral("60"),       QStringLiteral("--interval"),
            QStringLiteral("10"),       QStringLiteral("--count"),
            QStringLiteral("3"),        QStringLiteral("--user-timeout"),
            QStringLiteral("75000"),    QStringLiteral("--hz"),
            QStringLiteral("250")};
        QTest::newRow("advise") << QStringList{
            QStringLiteral("advise"),  QStringLiteral("--middlebox"),
            QStringLiteral("aws-nlb"), QStringLiteral("--detect-within"),
            QStringLiteral("120"),     QStringLiteral("--hz"),
            QStringLiteral("250")};
        QTest::newRow("advise, a proxy") << QStringList{
            QStringLiteral("advise"), QStringLiteral("--middlebox"), QStringLiteral("aws-alb"),
            QStringLiteral("--hz"), QStringLiteral("250")};
        // (advise --list-middleboxes is left out: its sources cite documents
        // by their titles, which stay as published.)
        QTest::newRow("code --list")
            << QStringList{QStringLiteral("code"), QStringLiteral("--list")};
        QTest::newRow("help") << QStringList{QStringLiteral("--help")};
        for (const char *command :
             {"show", "schedule", "probe", "set", "reset", "advise", "code", "lab", "connections"})
            QTest::newRow(qPrintable(QStringLiteral("%1 --help").arg(QLatin1String(command))))
                << QStringList{QString::fromLatin1(command), QStringLiteral("--help")};
    }
    void textOutputIsTranslated()
    {
        QFETCH(QStringList, args);
        const ProgramRun run = pseudo(args, {QStringLiteral("LANG=zh_CN.UTF-8")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(hasHan(run.outText()));
        const QStringList untranslated = untranslatedLines(run.outText());
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("not translated:\n") + untranslated.join(u'\n')));
    }

    void helpNamesTheCommandInAnyLanguage()
    {
        // Qt's own words ("Usage:") come from qtbase's translation when it is
        // installed; the program's path is replaced in either language.
        const ProgramRun run = pseudo({QStringLiteral("show"), QStringLiteral("--help")},
                                      {QStringLiteral("LANG=zh_CN.UTF-8")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.outText().contains(m_program), run.out.constData());
        QVERIFY2(run.outText()
                     .section(QLatin1Char('\n'), 0, 0)
                     .contains(QStringLiteral("keepalivectl show")),
                 run.out.constData());
    }

    void messagesAreTranslated()
    {
        const ProgramRun run =
            pseudo({QStringLiteral("show"), QStringLiteral("--applier"), QStringLiteral("nope")},
                   {QStringLiteral("LANG=zh_CN.UTF-8")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("keepalivectl: 中--applier takes systemd or "
                                                 "procps, not \"nope\"文")),
                 qPrintable(run.err));
    }

    // Documents for programs are the same bytes in every locale; with them
    // even the messages on stderr stay English.
    void documentsStayEnglish_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("show --json")
            << QStringList{QStringLiteral("show"), QStringLiteral("--json")} + fixtureArgs();
        QTest::newRow("show --format json")
            << QStringList{QStringLiteral("show"), QStringLiteral("--format"),
                           QStringLiteral("json")} +
                   fixtureArgs();
        QTest::newRow("show --format=prometheus")
            << QStringList{QStringLiteral("show"), QStringLiteral("--format=prometheus")} +
                   fixtureArgs();
        QTest::newRow("schedule --json")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("--user-timeout"),
                           QStringLiteral("75000"),    QStringLiteral("--hz"),
                           QStringLiteral("250"),      QStringLiteral("--json")};
        QTest::newRow("advise --json")
            << QStringList{QStringLiteral("advise"),  QStringLiteral("--middlebox"),
                           QStringLiteral("aws-alb"), QStringLiteral("--detect-within"),
                           QStringLiteral("300"),     QStringLiteral("--hz"),
                           QStringLiteral("250"),     QStringLiteral("--json")};
        QTest::newRow("advise --list-middleboxes --json")
            << QStringList{QStringLiteral("advise"), QStringLiteral("--list-middleboxes"),
                           QStringLiteral("--json")};
        QTest::newRow("code --json") << QStringList{
            QStringLiteral("code"),    QStringLiteral("python"),     QStringLiteral("--idle"),
            QStringLiteral("60"),      QStringLiteral("--interval"), QStringLiteral("10"),
            QStringLiteral("--count"), QStringLiteral("3"),          QStringLiteral("--json")};
    }
    void documentsStayEnglish()
    {
        QFETCH(QStringList, args);
        const ProgramRun english = pseudo(args, {QStringLiteral("LANG=C.UTF-8")});
        const ProgramRun chinese = pseudo(args, {QStringLiteral("LANG=zh_CN.UTF-8")});
        QVERIFY2(english.exitCode == 0, qPrintable(english.err));
        QCOMPARE(chinese.exitCode, english.exitCode);
        QVERIFY(!english.out.isEmpty());
        QCOMPARE(chinese.out, english.out);
        QVERIFY2(!hasHan(chinese.outText()), chinese.out.constData());

        const ProgramRun refused = pseudo({QStringLiteral("show"), QStringLiteral("--json"),
                                           QStringLiteral("--applier"), QStringLiteral("nope")},
                                          {QStringLiteral("LANG=zh_CN.UTF-8")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--applier takes systemd or procps")) &&
                     !hasHan(refused.err),
                 qPrintable(refused.err));
    }

    // The real translation, built into keepalivectl: `show` prints Chinese.
    // Until the translators' work is merged the line looked for may not be
    // translated yet; then the test says so and skips.
    void theRealTranslationPrintsChinese()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(KT_QM_FILE)));
        const QString translated =
            translator.translate("Detection", "A silently dead peer is noticed after %1 (%2)");
        if (translated.isEmpty())
            QSKIP("the zh_CN translation has no Chinese for \"A silently dead peer is noticed "
                  "after %1 (%2)\" yet (resources/translations/keepalive-tuner_zh_CN.ts)");
        const ProgramRun run = runProgram(
            QStringLiteral(KT_KEEPALIVECTL), QStringList{QStringLiteral("show")} + fixtureArgs(),
            30000, localeEnvironment({QStringLiteral("LANG=zh_CN.UTF-8")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString expected = translated.section(QStringLiteral("%1"), 0, 0);
        QVERIFY2(run.outText().contains(expected), run.out.constData());
        QVERIFY(hasHan(run.outText()));
        const ProgramRun english = runProgram(QStringLiteral(KT_KEEPALIVECTL),
                                              QStringList{QStringLiteral("show")} + fixtureArgs(),
                                              30000, localeEnvironment({QStringLiteral("LANG=C")}));
        QVERIFY(
            english.outText().contains(QStringLiteral("A silently dead peer is noticed after")));
        QVERIFY(!hasHan(english.outText()));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"

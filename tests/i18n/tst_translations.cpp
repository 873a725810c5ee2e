// The zh_CN interface translation (resources/translations): in step with the
// code (lupdate finds nothing new and nothing gone, and warns about nothing),
// every message translated and nothing obsolete, and every translation
// keeps its source's placeholders and accelerator letter.
#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kTsFile = QStringLiteral(KT_TS_FILE);

// At most this many messages are named in a failure; the count says the rest.
constexpr int kListed = 40;

QString listed(const QStringList &lines)
{
    QStringList shown = lines.mid(0, kListed);
    if (lines.size() > kListed)
        shown << QStringLiteral("… and %1 more").arg(lines.size() - kListed);
    return shown.join(QLatin1Char('\n'));
}

QStringList keys(const QList<tsfile::Message> &messages)
{
    QStringList out;
    for (const tsfile::Message &m : messages) {
        if (!tsfile::isObsolete(m))
            out << m.key();
    }
    return out;
}

QString describeKey(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('\x1f'));
    tsfile::Message m;
    m.context = parts.value(0);
    m.source = parts.value(1);
    m.comment = parts.value(2);
    return m.describe();
}

// lupdate files a tr() it cannot tie to a class (a free function named tr
// in a namespace) under the namespace's name, "kt::cli"; at run time the
// code asks for another context and the translation is never found. A real
// context names a class or a Q_DECLARE_TR_FUNCTIONS name: its last part is
// capitalised.
bool isNamespaceContext(const QString &context)
{
    const QString last = context.section(QStringLiteral("::"), -1);
    return last.isEmpty() || !last.at(0).isUpper();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void theFileReads()
    {
        QString error;
        const QList<tsfile::Message> messages = tsfile::read(kTsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The interface has well over a thousand strings; a handful means the
        // file was cut short or lupdate saw no sources.
        QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));
        QFile f(kTsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("language=\"zh_CN\""));
        // Locations are relative to the .ts: no path of the machine that ran
        // lupdate.
        QVERIFY2(!text.contains("filename=\"/"), "an absolute path in a location");
    }

    void everyContextNamesAClass()
    {
        QVERIFY(isNamespaceContext(QStringLiteral("kt")));
        QVERIFY(isNamespaceContext(QStringLiteral("kt::cli")));
        QVERIFY(!isNamespaceContext(QStringLiteral("kt::ui::AdvisorPage")));
        QVERIFY(!isNamespaceContext(QStringLiteral("PathTimeout")));
        QStringList wrong;
        for (const tsfile::Message &m : tsfile::read(kTsFile)) {
            if (isNamespaceContext(m.context) && !wrong.contains(m.context))
                wrong << m.context;
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("contexts that name no class (use Tr::tr with "
                                           "Q_DECLARE_TR_FUNCTIONS): ") +
                            wrong.join(QStringLiteral(", "))));
    }

    // lupdate over the sources the programs are built from, as the
    // update_translations target runs it, into a copy: the same messages
    // come out, and lupdate has nothing to warn about (a tr() it cannot
    // attribute to a context would never be translated at run time).
    void inStepWithTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(kTsFile, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(KT_LUPDATE),
                      QStringList{QStringLiteral("@" KT_TRANSLATION_SOURCES)} +
                          QStringLiteral(KT_LUPDATE_OPTIONS).split(QLatin1Char(' ')) +
                          QStringList{QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString output = QString::fromLocal8Bit(lupdate.readAllStandardOutput() +
                                                      lupdate.readAllStandardError());
        QCOMPARE(lupdate.exitCode(), 0);
        // It really read the sources: "Found 1300 source text(s) (…)".
        static const QRegularExpression found(QStringLiteral("Found (\\d+) source text"));
        const QRegularExpressionMatch count = found.match(output);
        QVERIFY2(count.hasMatch() && count.captured(1).toInt() > 1000, qPrintable(output));
        QStringList warnings;
        for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString t = line.trimmed();
            if (!t.startsWith(QLatin1String("Updating")) && !t.startsWith(QLatin1String("Found")) &&
                !t.startsWith(QLatin1String("Removed")) && !t.startsWith(QLatin1String("Kept")) &&
                !t.startsWith(QLatin1String("Same-text")))
                warnings << t;
        }
        QVERIFY2(warnings.isEmpty(),
                 qPrintable(QStringLiteral("lupdate warns:\n") + listed(warnings)));

        const QStringList committed = keys(tsfile::read(kTsFile));
        const QStringList updated = keys(tsfile::read(copy));
        QStringList added;
        for (const QString &k : updated) {
            if (!committed.contains(k))
                added << describeKey(k);
        }
        QStringList gone;
        for (const QString &k : committed) {
            if (!updated.contains(k))
                gone << describeKey(k);
        }
        QVERIFY2(added.isEmpty() && gone.isEmpty(),
                 qPrintable(QStringLiteral("resources/translations/keepalive-tuner_zh_CN.ts lags "
                                           "behind the code; run cmake --build BUILD --target "
                                           "update_translations.\n%1 new in the code:\n%2\n%3 "
                                           "gone from the code:\n%4")
                                .arg(QString::number(added.size()), listed(added),
                                     QString::number(gone.size()), listed(gone))));
    }

    void everyMessageIsTranslated()
    {
        const QList<tsfile::Message> messages = tsfile::read(kTsFile);
        QStringList unfinished;
        QStringList obsolete;
        for (const tsfile::Message &m : messages) {
            if (tsfile::isObsolete(m))
                obsolete << m.describe();
            else if (tsfile::isUnfinished(m))
                unfinished << m.describe();
        }
        QVERIFY2(obsolete.isEmpty(),
                 qPrintable(QStringLiteral("%1 obsolete or vanished messages:\n%2")
                                .arg(QString::number(obsolete.size()), listed(obsolete))));
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 messages are not translated yet:\n%3")
                                .arg(QString::number(unfinished.size()),
                                     QString::number(messages.size()), listed(unfinished))));
    }

    void translationsKeepPlaceholdersAndAccelerators()
    {
        QStringList found;
        int finished = 0;
        for (const tsfile::Message &m : tsfile::read(kTsFile)) {
            finished += tsfile::isUnfinished(m) || tsfile::isObsolete(m) ? 0 : 1;
            found << tsfile::problems(m);
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 problems in %2 translations:\n%3")
                                                 .arg(QString::number(found.size()),
                                                      QString::number(finished), listed(found))));
    }

    // The checks above on a hand-made file: they find each kind of mistake.
    void theChecksFindMistakes()
    {
        const QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Demo</name>
    <message><source>&amp;File</source><translation>文件(&amp;F)</translation></message>
    <message><source>&amp;View</source><translation>视图</translation></message>
    <message><source>%1 of %2</source><translation>%2 中的 %1</translation></message>
    <message><source>after %1</source><translation>之后</translation></message>
    <message><source>Tom &amp;&amp; Jerry</source><translation>汤姆和杰瑞</translation></message>
    <message numerus="yes"><source>%n probes</source><translation><numerusform>%n 个探测包</numerusform></translation></message>
    <message numerus="yes"><source>%n hosts</source><translation><numerusform>主机</numerusform></translation></message>
    <message><source>Later</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">没了</translation></message>
</context>
</TS>
)";
        QString error;
        const QList<tsfile::Message> messages = tsfile::parse(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(messages.size(), 9);
        QStringList found;
        int unfinished = 0;
        int obsolete = 0;
        for (const tsfile::Message &m : messages) {
            found << tsfile::problems(m);
            unfinished += tsfile::isUnfinished(m) ? 1 : 0;
            obsolete += tsfile::isObsolete(m) ? 1 : 0;
        }
        QCOMPARE(unfinished, 1);
        QCOMPARE(obsolete, 1);
        QCOMPARE(found.size(), 3);
        QVERIFY(found.at(0).contains(QStringLiteral("accelerator &V")));
        QVERIFY(found.at(1).contains(QStringLiteral("\"after %1\"")));
        QVERIFY(found.at(2).contains(QStringLiteral("\"%n hosts\"")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

// The AppStream metainfo and the desktop entry: appstreamcli and
// desktop-file-validate find nothing to say, every screenshot they and the
// documentation show exists and is a page rendered at the screenshot size,
// the URLs share one home, and the release is the project's version with the
// Debian changelog's date.
#include "ProgramRun.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kSource = QStringLiteral(KT_SOURCE_DIR);
const QString kMetainfo =
    kSource + QStringLiteral("/resources/io.github.keepalive_tuner.metainfo.xml");
const QString kDesktop = kSource + QStringLiteral("/resources/keepalive-tuner.desktop");
// What --screenshot renders (MainWindow::kScreenshotSize, device pixel ratio 1).
const QSize kScreenshotSize(1180, 760);

struct Screenshot
{
    bool isDefault = false;
    QString caption;
    QString image;
};

struct Release
{
    QString version;
    QString date;
};

// The parts of the metainfo this test compares with the tree.
struct Metainfo
{
    QString error;
    QMap<QString, QString> urls; // type → URL
    QList<Screenshot> screenshots;
    QList<Release> releases;
    QStringList binaries;
    QString launchable;
};

Metainfo readMetainfo()
{
    Metainfo m;
    QFile file(kMetainfo);
    if (!file.open(QIODevice::ReadOnly)) {
        m.error = file.errorString();
        return m;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        if (name == u"url") {
            const QString type = a.value(QStringLiteral("type")).toString();
            m.urls.insert(type, xml.readElementText());
        } else if (name == u"screenshot") {
            m.screenshots.append({a.value(QStringLiteral("type")) == u"default", {}, {}});
        } else if (name == u"caption" && !m.screenshots.isEmpty() &&
                   !a.hasAttribute(QStringLiteral("xml:lang"))) {
            m.screenshots.last().caption = xml.readElementText();
        } else if (name == u"image" && !m.screenshots.isEmpty()) {
            m.screenshots.last().image = xml.readElementText();
        } else if (name == u"release") {
            m.releases.append({a.value(QStringLiteral("version")).toString(),
                               a.value(QStringLiteral("date")).toString()});
        } else if (name == u"binary") {
            m.binaries << xml.readElementText();
        } else if (name == u"launchable") {
            m.launchable = xml.readElementText();
        }
    }
    if (xml.hasError())
        m.error = xml.errorString();
    return m;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// "https://raw.githubusercontent.com/OWNER/REPO/main/" for the homepage
// "https://github.com/OWNER/REPO".
QString rawBase(const QString &homepage)
{
    static const QRegularExpression github(QStringLiteral("^https://github\\.com/([^/]+/[^/]+)$"));
    const QRegularExpressionMatch match = github.match(homepage);
    return match.hasMatch()
               ? QStringLiteral("https://raw.githubusercontent.com/%1/main/").arg(match.captured(1))
               : QString();
}

} // namespace

class TstMetainfo : public QObject
{
    Q_OBJECT

private slots:
    void appstreamcliFindsNothing()
    {
        const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (appstreamcli.isEmpty())
            QSKIP("appstreamcli is not installed (Debian package appstream; scripts/quickstart.sh "
                  "test installs it): the metainfo's validation is left out");
        // --pedantic: not even a hint; --no-net: the suite reaches no network.
        const ProgramRun run = runProgram(
            appstreamcli, {QStringLiteral("validate"), QStringLiteral("--explain"),
                           QStringLiteral("--no-net"), QStringLiteral("--pedantic"), kMetainfo});
        const QString report = run.outText() + run.err;
        QVERIFY2(run.exitCode == 0, qPrintable(report));
        static const QRegularExpression issue(QStringLiteral("^[EWIP]: "),
                                              QRegularExpression::MultilineOption);
        QVERIFY2(!report.contains(issue), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Validation was successful.")), qPrintable(report));
    }

    void desktopEntryValidates()
    {
        const QString validate =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validate.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils; "
                  "scripts/quickstart.sh test installs it)");
        const ProgramRun run = runProgram(validate, {kDesktop});
        // Hints too: it prints nothing for a clean entry.
        QVERIFY2(run.exitCode == 0 && run.out.isEmpty() && run.err.isEmpty(),
                 qPrintable(run.outText() + run.err));
    }

    void launchesTheDesktopEntryOfAProvidedProgram()
    {
        const Metainfo m = readMetainfo();
        QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
        QCOMPARE(m.launchable, QStringLiteral("keepalive-tuner.desktop"));
        const QString desktop = readText(kDesktop);
        static const QRegularExpression exec(QStringLiteral("^Exec=(\\S+)"),
                                             QRegularExpression::MultilineOption);
        const QString program = exec.match(desktop).captured(1);
        QVERIFY2(m.binaries.contains(program), qPrintable(program));
        // Every program it provides is one a person runs, with its manual.
        QVERIFY(!m.binaries.isEmpty());
        for (const QString &binary : m.binaries) {
            QVERIFY2(QFile::exists(kSource + QStringLiteral("/resources/man/%1.1").arg(binary)),
                     qPrintable(binary + QStringLiteral(" has no section-1 manual page")));
        }
    }

    void urlsShareOneHome()
    {
        const Metainfo m = readMetainfo();
        QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
        const QString home = m.urls.value(QStringLiteral("homepage"));
        // The one home, project(HOMEPAGE_URL) in CMakeLists.txt.
        QCOMPARE(home, QStringLiteral(KT_HOMEPAGE));
        QVERIFY2(!rawBase(home).isEmpty(), qPrintable(home));
        for (const QString &type : {QStringLiteral("help"), QStringLiteral("bugtracker"),
                                    QStringLiteral("vcs-browser")}) {
            const QString url = m.urls.value(type);
            QVERIFY2(url.startsWith(home), qPrintable(type + QStringLiteral(": ") + url));
        }
    }

    void screenshotsAreRenderedPages()
    {
        const Metainfo m = readMetainfo();
        QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
        const QString base = rawBase(m.urls.value(QStringLiteral("homepage")));
        QVERIFY(!base.isEmpty());
        QVERIFY(m.screenshots.size() >= 5);
        int defaults = 0;
        for (const Screenshot &s : m.screenshots) {
            QVERIFY2(!s.caption.trimmed().isEmpty(), qPrintable(s.image));
            // Served from the repository: the URL names a file of this tree.
            QVERIFY2(s.image.startsWith(base + QStringLiteral("docs/screenshots/")),
                     qPrintable(s.image));
            const QString path = kSource + QLatin1Char('/') + s.image.mid(base.size());
            QImageReader reader(path);
            QVERIFY2(reader.canRead(), qPrintable(path + QStringLiteral(" is missing or not an "
                                                                        "image")));
            QCOMPARE(reader.format(), QByteArray("png"));
            QCOMPARE(reader.size(), kScreenshotSize);
            if (s.isDefault) {
                ++defaults;
                // The first thing a software centre shows: the host's values
                // or the Advisor, the two pages most people come for.
                const QString file = QFileInfo(path).fileName();
                QVERIFY2(file == u"system.png" || file == u"advisor.png", qPrintable(file));
            }
        }
        QCOMPARE(defaults, 1);
    }

    // The README and docs/ show only pictures that exist.
    void documentationPicturesExist()
    {
        static const QRegularExpression picture(
            QStringLiteral("\\]\\(([^)]*screenshots/[^)]+)\\)"));
        QStringList documents{kSource + QStringLiteral("/README.md")};
        const QDir docs(kSource + QStringLiteral("/docs"));
        for (const QString &name : docs.entryList({QStringLiteral("*.md")}, QDir::Files))
            documents << docs.filePath(name);
        int pictures = 0;
        for (const QString &document : documents) {
            const QString text = readText(document);
            QVERIFY2(!text.isEmpty(), qPrintable(document));
            for (auto it = picture.globalMatch(text); it.hasNext();) {
                const QString relative = it.next().captured(1);
                const QString path = QFileInfo(document).dir().filePath(relative);
                QVERIFY2(QFile::exists(path),
                         qPrintable(document + QStringLiteral(" shows a missing ") + relative));
                ++pictures;
            }
        }
        QVERIFY(pictures > 0);
    }

    void releaseIsTheProjectVersionOfTheChangelog()
    {
        const Metainfo m = readMetainfo();
        QVERIFY2(m.error.isEmpty(), qPrintable(m.error));
        QVERIFY(!m.releases.isEmpty());
        // The newest release comes first (AppStream's order).
        const Release newest = m.releases.first();
        QCOMPARE(newest.version, QStringLiteral(KT_VERSION));

        // resources/debian/changelog: "keepalive-tuner (VERSION) …" and the
        // trailer " -- NAME <MAIL>  RFC 2822 date" of the newest entry.
        const QString changelog = readText(kSource + QStringLiteral("/resources/debian/changelog"));
        static const QRegularExpression head(QStringLiteral("^keepalive-tuner \\(([^)]+)\\)"));
        QCOMPARE(head.match(changelog).captured(1), newest.version);
        static const QRegularExpression trailer(QStringLiteral("^ -- [^>]+>  (.+)$"),
                                                QRegularExpression::MultilineOption);
        const QDateTime when =
            QDateTime::fromString(trailer.match(changelog).captured(1).trimmed(), Qt::RFC2822Date);
        QVERIFY(when.isValid());
        QCOMPARE(newest.date, when.toUTC().date().toString(Qt::ISODate));
        for (qsizetype i = 1; i < m.releases.size(); ++i) {
            QVERIFY2(m.releases.at(i).date <= m.releases.at(i - 1).date,
                     "releases are listed newest first");
        }
    }
};

QTEST_GUILESS_MAIN(TstMetainfo)
#include "tst_metainfo.moc"

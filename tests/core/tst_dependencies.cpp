// The project's dependency picture, read from the sources: every
// `#include "…"` in core/, ui/ and app/ becomes an edge between the folders
// that hold the two files, and the rules of DESIGN.md are checked on those
// edges. The edge list is printed, so the picture is in the test log.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <iterator>

namespace {

// One `#include "…"` line that crosses from one folder into another.
struct Include
{
    QString file;   // relative to the source root: core/schedule/Schedule.h
    int line = 0;   // 1-based
    QString header; // relative to the source root: core/params/KeepaliveParams.h
    QString from;   // the including file's folder: "params", "ui", "app/gui"
    QString to;     // the included file's folder
};

const QString kCore = QStringLiteral("core/");

// "params" for core/params/…, "ui" for ui/…, "app/gui" for app/gui/…; the
// project's folders are the nodes of the picture.
QString folderOf(const QString &relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.size() < 2)
        return {};
    if (parts[0] == QLatin1String("core") && parts.size() >= 3)
        return parts[1];
    if (parts[0] == QLatin1String("app") && parts.size() >= 3)
        return parts[0] + QLatin1Char('/') + parts[1];
    return parts[0];
}

bool isCoreFolder(const QString &folder)
{
    return !folder.isEmpty() && !folder.contains(QLatin1Char('/')) &&
           folder != QLatin1String("ui") && folder != QLatin1String("app") &&
           folder != QLatin1String("tests");
}

QString describe(const Include &i)
{
    return QStringLiteral("%1:%2 includes %3").arg(i.file).arg(i.line).arg(i.header);
}

} // namespace

class TestDependencies : public QObject
{
    Q_OBJECT

private:
    QDir m_root{QStringLiteral(KT_SOURCE_DIR)};
    QStringList m_files;       // every .h/.cpp under core/, ui/, app/
    QList<Include> m_includes; // those that cross folders
    QStringList m_coreFolders; // core's folders as found on disk

    // Where a quoted include is found, as the compiler looks for it: next to
    // the including file, then below core/ (core's include root), then below
    // the project root (ui/…, app/…). Empty when it is none of ours (a
    // generated file such as a .moc).
    QString resolve(const QString &file, const QString &header) const
    {
        const QString besideFile = QFileInfo(file).path() + QLatin1Char('/') + header;
        for (const QString &candidate : {besideFile, kCore + header, header}) {
            const QString clean = QDir::cleanPath(candidate);
            if (QFileInfo::exists(m_root.filePath(clean)))
                return clean;
        }
        return {};
    }

    QList<Include> violations(const std::function<bool(const Include &)> &bad) const
    {
        QList<Include> found;
        std::copy_if(m_includes.cbegin(), m_includes.cend(), std::back_inserter(found), bad);
        return found;
    }

    // Fails with every offending line, not only the first.
    void expectNone(const QList<Include> &found, const char *rule)
    {
        QStringList lines;
        for (const Include &i : found)
            lines << describe(i);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1:\n  %2")
                                .arg(QLatin1String(rule), lines.join(QStringLiteral("\n  ")))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_root.exists(QStringLiteral("core")),
                 qPrintable(QStringLiteral("no core/ below %1").arg(m_root.path())));
        for (const QString &top :
             {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(m_root.filePath(top), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                m_files << m_root.relativeFilePath(it.next());
        }
        m_files.sort();
        m_coreFolders = QDir(m_root.filePath(QStringLiteral("core")))
                            .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);

        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
        for (const QString &file : std::as_const(m_files)) {
            QFile f(m_root.filePath(file));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (qsizetype n = 0; n < lines.size(); ++n) {
                const auto match = include.match(lines.at(n));
                if (!match.hasMatch())
                    continue;
                const QString header = resolve(file, match.captured(1));
                if (header.isEmpty())
                    continue;
                Include i{file, int(n + 1), header, folderOf(file), folderOf(header)};
                if (i.from != i.to)
                    m_includes << i;
            }
        }

        // The picture, for the log: FROM -> TO (number of include lines).
        QMap<QPair<QString, QString>, int> edges;
        for (const Include &i : std::as_const(m_includes))
            ++edges[{i.from, i.to}];
        qInfo("%lld files, %lld includes across folders, %lld edges:", qint64(m_files.size()),
              qint64(m_includes.size()), qint64(edges.size()));
        for (auto it = edges.cbegin(); it != edges.cend(); ++it)
            qInfo("  %-10s -> %-10s %3d", qPrintable(it.key().first), qPrintable(it.key().second),
                  it.value());

        // A wrong source root would find nothing and pass every rule.
        QVERIFY(m_files.size() > 20);
        QVERIFY(!m_includes.isEmpty());
        for (const char *folder :
             {"params", "schedule", "sysctl", "socket", "session", "helper", "advise"})
            QVERIFY2(m_coreFolders.contains(QLatin1String(folder)), folder);
    }

    // The value type and the one table of limits stand on their own.
    void paramsIncludesNoOtherCoreFolder()
    {
        expectNone(violations([](const Include &i) {
                       return i.from == QLatin1String("params") && isCoreFolder(i.to);
                   }),
                   "params includes nothing of core's other folders");
    }

    // The model is pure and depends only on the values it models.
    void scheduleIncludesOnlyParams()
    {
        expectNone(violations([](const Include &i) {
                       return i.from == QLatin1String("schedule") && isCoreFolder(i.to) &&
                              i.to != QLatin1String("params");
                   }),
                   "schedule includes only params");
    }

    // The advisor's rule and the cookbook are pure: the values, the model.
    void adviseIncludesOnlyParamsAndSchedule()
    {
        expectNone(violations([](const Include &i) {
                       return i.from == QLatin1String("advise") && isCoreFolder(i.to) &&
                              i.to != QLatin1String("params") && i.to != QLatin1String("schedule");
                   }),
                   "advise includes only params and schedule");
    }

    // The Lab predicts with the model and the middlebox rule and runs its
    // sandbox program, found as the helpers are (sysctl/HelperLocator.h); it
    // reads nothing else of the host and knows nothing of the session, and
    // nothing in core builds on it.
    void labIncludesOnlyParamsScheduleAndAdvise()
    {
        expectNone(violations([](const Include &i) {
                       return i.from == QLatin1String("lab") && isCoreFolder(i.to) &&
                              i.to != QLatin1String("params") &&
                              i.to != QLatin1String("schedule") &&
                              i.to != QLatin1String("advise") &&
                              i.header != QLatin1String("core/sysctl/HelperLocator.h");
                   }),
                   "lab includes only params, schedule, advise and sysctl/HelperLocator.h");
        expectNone(violations([](const Include &i) {
                       return isCoreFolder(i.from) && i.from != QLatin1String("lab") &&
                              i.to == QLatin1String("lab");
                   }),
                   "nothing else in core includes lab");
    }

    // Measuring a path's idle timeout opens sockets and feeds the Advisor;
    // it knows nothing else of core, and only ui and app build on it.
    void pathtimeoutIncludesOnlyParamsSocketAndAdvise()
    {
        expectNone(violations([](const Include &i) {
                       return i.from == QLatin1String("pathtimeout") && isCoreFolder(i.to) &&
                              i.to != QLatin1String("params") && i.to != QLatin1String("socket") &&
                              i.to != QLatin1String("advise");
                   }),
                   "pathtimeout includes only params, socket and advise");
        expectNone(violations([](const Include &i) {
                       return isCoreFolder(i.from) && i.to == QLatin1String("pathtimeout");
                   }),
                   "nothing else in core includes pathtimeout");
    }

    void socketNeverIncludesSession()
    {
        expectNone(violations([](const Include &i) {
                       return i.from == QLatin1String("socket") && i.to == QLatin1String("session");
                   }),
                   "socket never includes session");
    }

    // What runs as root compiles only the table of kernel limits from the rest
    // of core; nothing else, so it stays plain C++.
    void helperIncludesOnlyKernelLimits()
    {
        expectNone(violations([](const Include &i) {
                       return i.from == QLatin1String("helper") && isCoreFolder(i.to) &&
                              i.header != QLatin1String("core/params/KernelLimits.h");
                   }),
                   "helper includes only params/KernelLimits.h of core's other folders");
    }

    // The helper compiles KernelLimits.h, and the helper has no Qt.
    void kernelLimitsIsFreeOfQt()
    {
        QFile f(m_root.filePath(QStringLiteral("core/params/KernelLimits.h")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        static const QRegularExpression qtOrOurs(QStringLiteral("^\\s*#\\s*include\\s*(<Q|<qt|\")"),
                                                 QRegularExpression::MultilineOption);
        const QString text = QString::fromUtf8(f.readAll());
        const auto match = qtOrOurs.match(text);
        QVERIFY2(
            !match.hasMatch(),
            qPrintable(QStringLiteral("KernelLimits.h must include only the standard "
                                      "library (no Qt, nothing that could bring Qt in): "
                                      "line %1")
                           .arg(text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1)));
    }

    // Connections: inspect builds on the values, the middlebox rule and the
    // helper locator, nothing else of core.
    void inspectIncludesOnlyParamsAdviseAndSysctl()
    {
        expectNone(violations([](const Include &i) {
                       return i.from == QLatin1String("inspect") && isCoreFolder(i.to) &&
                              i.to != QLatin1String("params") && i.to != QLatin1String("advise") &&
                              i.to != QLatin1String("sysctl");
                   }),
                   "inspect includes only params, advise and sysctl");
    }

    // The read-only helper links only keepalive_inspect_core: every file in
    // that library (as core/CMakeLists.txt lists it) is plain C++, and
    // includes of ours stay inside the library.
    void inspectHelperPartIsFreeOfQt()
    {
        QFile cmake(m_root.filePath(QStringLiteral("core/CMakeLists.txt")));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(cmake.readAll());
        static const QRegularExpression block(
            QStringLiteral("add_library\\(keepalive_inspect_core STATIC([^)]*)\\)"));
        const auto match = block.match(text);
        QVERIFY2(match.hasMatch(), "core/CMakeLists.txt has no keepalive_inspect_core library");
        QStringList files =
            match.captured(1).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QVERIFY(files.size() >= 4);
        QSet<QString> inLibrary;
        for (const QString &f : std::as_const(files))
            inLibrary.insert(kCore + f);
        static const QRegularExpression qtInclude(QStringLiteral("^\\s*#\\s*include\\s*<(Q|qt)"),
                                                  QRegularExpression::MultilineOption);
        static const QRegularExpression ours(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""),
                                             QRegularExpression::MultilineOption);
        QStringList problems;
        for (const QString &file : std::as_const(inLibrary)) {
            QFile f(m_root.filePath(file));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            const QString source = QString::fromUtf8(f.readAll());
            if (qtInclude.match(source).hasMatch())
                problems << QStringLiteral("%1 includes Qt").arg(file);
            auto it = ours.globalMatch(source);
            while (it.hasNext()) {
                const QString header = resolve(file, it.next().captured(1));
                if (!header.isEmpty() && !inLibrary.contains(header) &&
                    header != QLatin1String("core/params/KernelLimits.h"))
                    problems << QStringLiteral("%1 includes %2, which is not in "
                                               "keepalive_inspect_core")
                                    .arg(file, header);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // session is what the window explores; only ui and app build on it.
    void nothingInCoreIncludesSession()
    {
        expectNone(violations([](const Include &i) {
                       return isCoreFolder(i.from) && i.to == QLatin1String("session");
                   }),
                   "nothing in core includes session");
    }

    void noCycleAmongCoreFolders()
    {
        QMap<QString, QSet<QString>> next;
        for (const Include &i : std::as_const(m_includes)) {
            if (isCoreFolder(i.from) && isCoreFolder(i.to))
                next[i.from].insert(i.to);
        }
        // Depth-first search; a folder met again while still on the path
        // closes a cycle, which is reported as the path around it.
        QMap<QString, int> state; // 0 unseen, 1 on the path, 2 done
        QStringList path;
        QStringList cycle;
        std::function<bool(const QString &)> visit = [&](const QString &folder) {
            state[folder] = 1;
            path << folder;
            QStringList targets = next.value(folder).values();
            targets.sort();
            for (const QString &to : std::as_const(targets)) {
                if (state.value(to) == 1) {
                    cycle = path.mid(path.indexOf(to)) << to;
                    return true;
                }
                if (state.value(to) == 0 && visit(to))
                    return true;
            }
            path.removeLast();
            state[folder] = 2;
            return false;
        };
        for (const QString &folder : std::as_const(m_coreFolders)) {
            if (state.value(folder) == 0 && visit(folder))
                break;
        }
        QVERIFY2(cycle.isEmpty(), qPrintable(QStringLiteral("cycle among core's folders: %1")
                                                 .arg(cycle.join(QStringLiteral(" -> ")))));
    }

    void coreNeverIncludesUiOrApp()
    {
        expectNone(violations([](const Include &i) {
                       return isCoreFolder(i.from) && (i.to == QLatin1String("ui") ||
                                                       i.to.startsWith(QLatin1String("app/")));
                   }),
                   "core never includes ui/ or app/");
    }

    void uiNeverIncludesApp()
    {
        expectNone(violations([](const Include &i) {
                       return i.from == QLatin1String("ui") &&
                              i.to.startsWith(QLatin1String("app/"));
                   }),
                   "ui never includes app/");
    }
};

QTEST_APPLESS_MAIN(TestDependencies)
#include "tst_dependencies.moc"

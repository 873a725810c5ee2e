#include "sysctl/HelperLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace kt {

namespace {

const QString kHelperName = QStringLiteral("keepalive-tuner-helper");

QString canonicalExecutable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isExecutable())
        return {};
    return info.canonicalFilePath();
}

} // namespace

QString locateLibexecProgram(const QString &name, const char *environmentVariable,
                             const QString &buildTreeProgram, QStringList *searched)
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;

    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        candidates << QDir::cleanPath(appDir + QLatin1Char('/') +
                                      QStringLiteral(KT_LIBEXEC_FROM_BINDIR) + QLatin1Char('/') +
                                      name);
        candidates << QDir::cleanPath(appDir + QStringLiteral("/../libexec/") + name);
        // Only a program inside the build tree may use the build tree's helper,
        // so an installed copy never runs a stale build by accident.
        const QString buildDir = QFileInfo(QStringLiteral(KT_BUILD_DIR)).canonicalFilePath();
        const QString canonicalAppDir = QFileInfo(appDir).canonicalFilePath();
        if (!buildDir.isEmpty() && (canonicalAppDir == buildDir ||
                                    canonicalAppDir.startsWith(buildDir + QLatin1Char('/'))))
            candidates << buildTreeProgram;
    }
    candidates.removeDuplicates();
    if (searched)
        *searched = candidates;
    for (const QString &candidate : candidates) {
        QString found = canonicalExecutable(candidate);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString locateHelper(QStringList *searched)
{
    return locateLibexecProgram(kHelperName, "KT_HELPER_PATH", QStringLiteral(KT_BUILD_TREE_HELPER),
                                searched);
}

QString locateInspectHelper(QStringList *searched)
{
    return locateLibexecProgram(QStringLiteral("keepalive-tuner-inspect"), "KT_INSPECT_HELPER_PATH",
                                QStringLiteral(KT_BUILD_TREE_INSPECT_HELPER), searched);
}

HelperCommand helperCommandFor(const QString &helperPath, const QStringList &searched)
{
    HelperCommand command;
    command.helperPath = helperPath;
    command.searched = searched;
    if (::geteuid() == 0) {
        command.program = command.helperPath;
        command.viaPkexec = false;
    } else {
        command.program = QStringLiteral("pkexec");
        command.arguments = {command.helperPath};
        command.viaPkexec = true;
    }
    return command;
}

HelperCommand defaultHelperCommand()
{
    QStringList searched;
    const QString path = locateHelper(&searched);
    return helperCommandFor(path, searched);
}

} // namespace kt

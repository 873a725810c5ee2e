#include "lab/LabRunnerLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kt::lab {

QString locateLabRunner(QStringList *searched)
{
    const QString name = QStringLiteral("keepalive-tuner-lab");
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("KT_LAB_RUNNER_PATH");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        candidates << QDir::cleanPath(appDir + QLatin1Char('/') +
                                      QStringLiteral(KT_LIBEXEC_FROM_BINDIR) + QLatin1Char('/') +
                                      name);
        candidates << QDir::cleanPath(appDir + QStringLiteral("/../libexec/") + name);
        // As for the helper: only a program inside the build tree may run the
        // build tree's runner, so an installed copy never runs a stale build.
        const QString buildDir = QFileInfo(QStringLiteral(KT_BUILD_DIR)).canonicalFilePath();
        const QString canonicalAppDir = QFileInfo(appDir).canonicalFilePath();
        if (!buildDir.isEmpty() && (canonicalAppDir == buildDir ||
                                    canonicalAppDir.startsWith(buildDir + QLatin1Char('/'))))
            candidates << QStringLiteral(KT_BUILD_TREE_LAB_RUNNER);
    }
    candidates.removeDuplicates();
    if (searched)
        *searched = candidates;
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

} // namespace kt::lab

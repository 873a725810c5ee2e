#include "app/gui/Documentation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kt::app {

QString findUserGuide(const QString &applicationDir)
{
    const QString name = QStringLiteral("README.md");
    // KT_DOCDIR_FROM_BINDIR: the install's docdir relative to its bindir
    // (../share/doc/keepalive-tuner by default), so a relocated install works.
    const QString installed =
        QDir(applicationDir).filePath(QStringLiteral(KT_DOCDIR_FROM_BINDIR "/") + name);
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    // A build-tree run: the documentation is the source tree's.
    const QString source = QDir(QStringLiteral(KT_SOURCE_DIR)).filePath(name);
    if (QFileInfo::exists(source))
        return QDir::cleanPath(source);
    return {};
}

QString findUserGuide()
{
    return findUserGuide(QCoreApplication::applicationDirPath());
}

} // namespace kt::app

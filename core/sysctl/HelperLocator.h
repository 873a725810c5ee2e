#pragma once

#include <QString>
#include <QStringList>

namespace kt {

// How the privileged writer starts keepalive-tuner-helper.
struct HelperCommand
{
    QString program;       // "pkexec", or the helper itself when already root
    QStringList arguments; // placed before the verb: {helper path} with pkexec
    // The program is pkexec: its own exit statuses 126 (dialog dismissed) and
    // 127 (not authorized, no agent) then mean something, and failing to start
    // it means pkexec is missing.
    bool viaPkexec = true;
    // The canonical absolute path of the helper, empty when none was found;
    // `searched` lists where it was looked for, for the error message.
    QString helperPath;
    QStringList searched;
};

// Finds the helper, canonical (no "..", no symlink: pkexec compares the path
// with the policy's exec.path as a string), in this order:
//  1. $KT_HELPER_PATH — for tests and development only, see docs/helper.md;
//  2. next to the installed program: <bindir>/<libexecdir relative to bindir>,
//     i.e. ../libexec/keepalive-tuner-helper for a /usr or /usr/local install,
//     and ../libexec/ literally as a second guess for relocated installs;
//  3. the build tree's helper, only when this program itself runs from the
//     build tree (tests, `cmake --build` without installing).
QString locateHelper(QStringList *searched = nullptr);

// The same search for the read-only helper keepalive-tuner-inspect
// (Connections' Administrator mode), with $KT_INSPECT_HELPER_PATH first.
QString locateInspectHelper(QStringList *searched = nullptr);

// The search itself, for a program installed in libexec.
QString locateLibexecProgram(const QString &name, const char *environmentVariable,
                             const QString &buildTreeProgram, QStringList *searched);

// How to start the helper at `helperPath` (found after `searched`): pkexec
// <helper> when this process is not root; the helper directly when it is
// (pkexec is then pointless, and may be missing on servers). Both helpers,
// the writing and the read-only one, are started this way.
HelperCommand helperCommandFor(const QString &helperPath, const QStringList &searched);

// helperCommandFor() the writing helper.
HelperCommand defaultHelperCommand();

} // namespace kt

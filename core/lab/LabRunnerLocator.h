#pragma once

#include <QString>
#include <QStringList>

namespace kt::lab {

// Finds keepalive-tuner-lab with sysctl/HelperLocator's search for the helpers:
//  1. $KT_LAB_RUNNER_PATH — for tests and development only;
//  2. next to the installed program: <bindir>/<libexecdir relative to bindir>,
//     and ../libexec/ literally for relocated installs;
//  3. the build tree's runner, only when this program runs from the build tree.
// Empty when none was found; `searched` lists where it looked.
QString locateLabRunner(QStringList *searched = nullptr);

} // namespace kt::lab

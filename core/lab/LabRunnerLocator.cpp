#include "lab/LabRunnerLocator.h"

#include "sysctl/HelperLocator.h"

namespace kt::lab {

QString locateLabRunner(QStringList *searched)
{
    return locateLibexecProgram(QStringLiteral("keepalive-tuner-lab"), "KT_LAB_RUNNER_PATH",
                                QStringLiteral(KT_BUILD_TREE_LAB_RUNNER), searched);
}

} // namespace kt::lab

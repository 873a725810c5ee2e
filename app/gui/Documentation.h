#pragma once

#include <QString>

namespace kt::app {

// The user guide shipped with the program: README.md in the installed
// documentation directory (bin/../share/doc/keepalive-tuner/), or, for a run
// from the build tree, the source tree's README.md. Empty when neither exists.
QString findUserGuide();

// The same search for a given executable directory (tests).
QString findUserGuide(const QString &applicationDir);

} // namespace kt::app

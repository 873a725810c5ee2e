#pragma once

#include "app/gui/GuiAssembly.h"

#include <QString>

// Where the GUI tests point the window: the read-only fixture host "host-a",
// or a FakeHelperFixture's writable tree.
namespace kt::test {

// A helper that always fails: for tests that read the host and must never
// change it.
inline HelperCommand failingHelper()
{
    HelperCommand failing;
    failing.program = QStringLiteral("/bin/false");
    return failing;
}

// The window read from tests/fixtures/host-a, with `helper` to change it.
inline app::GuiOptions hostAOptions(const HelperCommand &helper = failingHelper())
{
    app::GuiOptions options;
    options.procSysRoot = QStringLiteral(KT_FIXTURES_DIR "/host-a/proc/sys");
    options.configRoot = QStringLiteral(KT_FIXTURES_DIR "/host-a");
    options.helperCommand = helper;
    return options;
}

// The window read from a temporary tree that `helper` (the fake pkexec of a
// FakeHelperFixture) writes, given as its root and /proc/sys.
inline app::GuiOptions writableHostOptions(const QString &root, const QString &procSys,
                                           const HelperCommand &helper)
{
    app::GuiOptions options;
    options.procSysRoot = procSys;
    options.configRoot = root;
    options.helperCommand = helper;
    return options;
}

} // namespace kt::test

#pragma once

#include "sysctl/HelperLocator.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace kt {
class ExploredParams;
class SysctlWriter;
} // namespace kt

namespace kt::ui {
class AdvisorPage;
class ConnectionPage;
class MainWindow;
} // namespace kt::ui

namespace kt::app {

// Where the GUI reads the host from. The defaults are the real paths; the GUI
// tests point them at fixture trees.
struct GuiOptions
{
    QString procSysRoot = QStringLiteral("/proc/sys");
    QString configRoot = QStringLiteral("/"); // prefix for /etc/sysctl.d & co.
    // How changes reach the kernel; empty: pkexec and the installed helper
    // (defaultHelperCommand()). Tests pass a fake.
    std::optional<HelperCommand> helperCommand;
    // The Lab page runs a short real experiment when first shown, so a
    // screenshot shows a finished run (the screenshot mode sets it).
    bool labDemoRun = false;
    // Host reports the Hosts page opens at start (files or folders), and
    // whether they are the shipped example reports (the screenshot mode's).
    QStringList hostReports;
    bool hostReportsAreExamples = false;
};

// Owns the shared core objects and the main window built from them.
class GuiAssembly
{
    Q_DECLARE_TR_FUNCTIONS(GuiAssembly)

public:
    explicit GuiAssembly(const GuiOptions &options = {});
    ~GuiAssembly();
    GuiAssembly(const GuiAssembly &) = delete;
    GuiAssembly &operator=(const GuiAssembly &) = delete;

    ui::MainWindow *window() const { return m_window.get(); }
    ExploredParams *exploredParams() const { return m_explored.get(); }

    // What closing the window would end ("2 test connections and a
    // listener will be closed.", and that a path measurement would stop);
    // empty when nothing is open. The main window asks before closing when
    // it is not empty.
    QString closeWarning() const;
    static QString closeWarning(int openConnections, bool listening);

private:
    std::unique_ptr<ExploredParams> m_explored;
    std::unique_ptr<SysctlWriter> m_writer;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ConnectionPage *m_connectionPage = nullptr; // once built; owned by the window
    ui::AdvisorPage *m_advisorPage = nullptr;       // likewise
};

} // namespace kt::app

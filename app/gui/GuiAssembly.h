#pragma once

#include <QString>

#include <memory>

namespace kt {
class ExploredParams;
}

namespace kt::ui {
class MainWindow;
}

namespace kt::app {

// Where the GUI reads the host from. The defaults are the real paths; the GUI
// tests point them at fixture trees.
struct GuiOptions
{
    QString procSysRoot = QStringLiteral("/proc/sys");
    QString configRoot = QStringLiteral("/"); // prefix for /etc/sysctl.d & co.
};

// Owns the shared core objects and the main window built from them.
class GuiAssembly
{
public:
    explicit GuiAssembly(const GuiOptions &options = {});
    ~GuiAssembly();
    GuiAssembly(const GuiAssembly &) = delete;
    GuiAssembly &operator=(const GuiAssembly &) = delete;

    ui::MainWindow *window() const { return m_window.get(); }
    ExploredParams *exploredParams() const { return m_explored.get(); }

private:
    std::unique_ptr<ExploredParams> m_explored;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace kt::app

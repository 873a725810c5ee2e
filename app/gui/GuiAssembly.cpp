#include "GuiAssembly.h"

#include "ConnectionPage.h"
#include "MainWindow.h"
#include "params/ExploredParams.h"

#include <QSysInfo>

namespace kt::app {

GuiAssembly::GuiAssembly(const GuiOptions &options)
    : m_explored(std::make_unique<ExploredParams>())
    , m_window(std::make_unique<ui::MainWindow>())
{
    Q_UNUSED(options);
    m_window->addPage(new ui::ConnectionPage(m_explored.get()));
    m_window->setStatusText(QObject::tr("Kernel %1").arg(QSysInfo::kernelVersion()));
}

GuiAssembly::~GuiAssembly() = default;

} // namespace kt::app

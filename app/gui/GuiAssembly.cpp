#include "app/gui/GuiAssembly.h"

#include "session/ExploredParams.h"
#include "sysctl/NetNamespace.h"
#include "sysctl/SysctlWriter.h"
#include "ui/ConnectionPage.h"
#include "ui/MainWindow.h"
#include "ui/SystemPage.h"
#include "ui/TimelinePage.h"

#include <QSysInfo>

namespace kt::app {

GuiAssembly::GuiAssembly(const GuiOptions &options)
    : m_explored(std::make_unique<ExploredParams>())
    , m_window(std::make_unique<ui::MainWindow>())
{
    SnapshotSources sources;
    sources.procSysRoot = options.procSysRoot;
    sources.configRoot = options.configRoot;
    m_writer = std::make_unique<SysctlWriter>(
        options.helperCommand ? *options.helperCommand : defaultHelperCommand(), sources);
    auto *system = new ui::SystemPage(m_explored.get(), sources, m_writer.get());
    m_window->addPage(system);

    const NetNamespaceInfo netns = system->snapshot().netns;
    QString status = QObject::tr("Linux %1").arg(QSysInfo::kernelVersion());
    if (netns.inode)
        status +=
            QObject::tr("  ·  network namespace net:[%1]%2")
                .arg(*netns.inode)
                .arg(netns.sameAsInit == false ? QObject::tr(" (not the host's)") : QString());
    m_window->setStatusText(status);

    // The other pages are built when first opened (see MainWindow::addPage).
    ExploredParams *explored = m_explored.get();
    m_window->addPage(QStringLiteral("connection"), QObject::tr("Test connection"),
                      [explored] { return new ui::ConnectionPage(explored); });
    m_window->addPage(QStringLiteral("timeline"), QObject::tr("Timeline"),
                      [explored] { return new ui::TimelinePage(explored); });
}

GuiAssembly::~GuiAssembly() = default;

} // namespace kt::app

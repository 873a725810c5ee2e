#include "app/gui/GuiAssembly.h"

#include "app/gui/Documentation.h"
#include "params/Format.h"
#include "session/ConnectionSet.h"
#include "session/ExploredParams.h"
#include "socket/TestConnection.h"
#include "sysctl/NetNamespace.h"
#include "sysctl/SysctlWriter.h"
#include "ui/AdvisorPage.h"
#include "ui/ConnectionPage.h"
#include "ui/ConnectionsPage.h"
#include "ui/HostsPage.h"
#include "ui/LabPage.h"
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
    QString status = tr("Linux %1").arg(QSysInfo::kernelVersion());
    if (netns.inode)
        status += tr("  ·  network namespace net:[%1]%2")
                      .arg(*netns.inode)
                      .arg(netns.sameAsInit == false ? tr(" (not the host's)") : QString());
    m_window->setStatusText(status);

    // The other pages are built when first opened (see MainWindow::addPage).
    ExploredParams *explored = m_explored.get();
    // The Advisor: its routes go through the pages that already apply values
    // (the System page's editor, the Test connection form), the Timeline and
    // the Lab.
    m_window->addPage(QStringLiteral("advisor"), tr("Advisor"), [this, explored, system] {
        auto *advisor = new ui::AdvisorPage(explored);
        m_advisorPage = advisor;
        ui::MainWindow *window = m_window.get();
        QObject::connect(advisor, &ui::AdvisorPage::timelineRequested, window,
                         [window] { window->showPage(QStringLiteral("timeline")); });
        QObject::connect(advisor, &ui::AdvisorPage::applyToHostRequested, window,
                         [window, system](const KeepaliveParams &params) {
                             window->showPage(QStringLiteral("system"));
                             system->proposeValues(params);
                         });
        QObject::connect(advisor, &ui::AdvisorPage::testConnectionRequested, window,
                         [this, window](const KeepaliveParams &params) {
                             window->showPage(QStringLiteral("connection"));
                             if (m_connectionPage)
                                 m_connectionPage->openWithValues(params);
                         });
        // Proof: the Lab's middlebox scenario with these values, scaled to a
        // short run; the person starts it.
        QObject::connect(advisor, &ui::AdvisorPage::proveInLabRequested, window,
                         [window](const KeepaliveParams &params, std::optional<int> userTimeoutMs,
                                  double middleboxTimeoutS) {
                             auto *lab =
                                 qobject_cast<ui::LabPage *>(window->page(QStringLiteral("lab")));
                             if (!lab)
                                 return;
                             lab->proveMiddlebox(params, userTimeoutMs, middleboxTimeoutS);
                             window->showPage(QStringLiteral("lab"));
                         });
        return advisor;
    });
    m_window->addPage(QStringLiteral("connection"), tr("Test connection"), [this, explored] {
        m_connectionPage = new ui::ConnectionPage(explored);
        return m_connectionPage;
    });
    m_window->addPage(QStringLiteral("timeline"), tr("Timeline"),
                      [explored] { return new ui::TimelinePage(explored); });
    // The Lab: staged failures in a sandbox process, after Test connection.
    const bool labDemo = options.labDemoRun;
    m_window->addPage(QStringLiteral("lab"), tr("Lab"), [explored, labDemo] {
        auto *lab = new ui::LabPage(explored);
        lab->setDemoRunOnShow(labDemo);
        return lab;
    });

    // Connections: every TCP connection with its real options; "Test these
    // values" opens the Test connection page with the selected one's.
    m_window->addPage(QStringLiteral("connections"), tr("Connections"), [this, explored] {
        auto *page = new ui::ConnectionsPage(explored);
        QObject::connect(page, &ui::ConnectionsPage::testValuesRequested, page,
                         [this](const KeepaliveParams &params) {
                             m_window->showPage(QStringLiteral("connection"));
                             if (m_connectionPage)
                                 m_connectionPage->openWithValues(params);
                         });
        return page;
    });

    // Hosts: other hosts' reports side by side; registered last.
    m_window->addPage(QStringLiteral("hosts"), tr("Hosts"),
                      [reports = options.hostReports, examples = options.hostReportsAreExamples] {
                          auto *page = new ui::HostsPage;
                          if (!reports.isEmpty())
                              page->openReports(reports, examples);
                          return page;
                      });

    m_window->setCloseWarning([this] { return closeWarning(); });
    m_window->setUserGuideLocator([] { return findUserGuide(); });
}

GuiAssembly::~GuiAssembly() = default;

QString GuiAssembly::closeWarning() const
{
    QStringList warnings;
    if (m_connectionPage) {
        const ConnectionSet *set = m_connectionPage->connections();
        int open = 0;
        for (const TestConnection *connection : set->connections())
            open += connection->isActive() ? 1 : 0;
        warnings << closeWarning(open, set->isListening());
    }
    if (m_advisorPage && m_advisorPage->isMeasuringPath())
        warnings << QObject::tr("The path measurement will be stopped.");
    return joinSentences(warnings);
}

QString GuiAssembly::closeWarning(int openConnections, bool listening)
{
    if (openConnections == 0 && !listening)
        return {};
    if (openConnections == 0)
        return tr("The listener will be closed.");
    const QString connections = openConnections == 1
                                    ? tr("1 test connection")
                                    : tr("%1 test connections").arg(openConnections);
    return listening ? tr("%1 and a listener will be closed.").arg(connections)
                     : tr("%1 will be closed.").arg(connections);
}

} // namespace kt::app

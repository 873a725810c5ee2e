// The Connections page, offscreen, in a private network namespace: the model
// checked by QAbstractItemModelTester while live diffs insert, remove and
// change rows; the selection kept across refreshes under any sort; the
// selected connection's values becoming the explored values; "Test these
// values" opening the Test connection page with them; filters; pause; the
// page fitting the smallest window; Administrator mode's messages.
#include "ConnectionHolder.h"
#include "GuiFixtures.h"
#include "PageFitCheck.h"
#include "app/gui/GuiAssembly.h"
#include "inspect/InspectHelperClient.h"
#include "session/ExploredParams.h"
#include "ui/ConnectionsModel.h"
#include "ui/ConnectionsPage.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace kt;

namespace {

// The proxy row whose peer port is `port` and whose keep-alive is `on`.
int proxyRowOf(const ui::ConnectionsPage *page, int remotePort)
{
    const auto *proxy = page->filterModel();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const int source = proxy->mapToSource(proxy->index(row, 0)).row();
        if (page->model()->rowAt(source).record.remote.port == remotePort)
            return row;
    }
    return -1;
}

std::uint64_t selectedCookie(const ui::ConnectionsPage *page)
{
    const QModelIndexList rows = page->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return page->model()->rowAt(page->filterModel()->mapToSource(rows.first()).row()).record.cookie;
}

} // namespace

class TestConnectionsPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_assembly = std::make_unique<app::GuiAssembly>(test::hostAOptions());
        m_window = m_assembly->window();
        m_window->resize(ui::MainWindow::kScreenshotSize);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_window->showPage(QStringLiteral("connections")));
        m_page = qobject_cast<ui::ConnectionsPage *>(m_window->page(QStringLiteral("connections")));
        QVERIFY(m_page);
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_page->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_proxyTester.reset();
        m_sourceTester.reset();
        m_page = nullptr;
        m_assembly.reset();
    }

    // A refresh applied in the smallest slices (one slice per step): the
    // tester checks every step, and the rows end as the snapshot has them.
    void slicedApplyEndsAsTheSnapshot()
    {
        ui::ConnectionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::ConnectionsFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ui::ConnectionsModel::PidColumn, Qt::DescendingOrder);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<inspect::SocketRecord> previous;
        std::vector<std::int8_t> previousSurvives;
        for (int round = 0; round < 4; ++round) {
            auto snapshot = std::make_shared<inspect::ConnectionsSnapshot>();
            // 1 000 sockets; each round drops every third and adds new ones.
            for (int i = 0; i < 1000; ++i) {
                if ((i + round) % 3 == 0)
                    continue;
                inspect::SocketRecord s;
                s.cookie = std::uint64_t(i * 10 + round % 2);
                s.pid = i;
                s.timerExpiresMs = std::uint32_t(round * 1000);
                snapshot->result.sockets.push_back(s);
            }
            snapshot->survives.assign(snapshot->result.sockets.size(), -1);
            snapshot->operations = inspect::diffSockets(
                previous, previousSurvives, snapshot->result.sockets, snapshot->survives);
            previous = snapshot->result.sockets;
            previousSurvives = snapshot->survives;
            model.beginApply(snapshot);
            int steps = 0;
            while (!model.applyStep(0))
                ++steps;
            QVERIFY(steps > 0);
            QCOMPARE(model.rowCount(), int(previous.size()));
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(model.rowAt(row).record.cookie, previous[std::size_t(row)].cookie);
            QCOMPARE(proxy.rowCount(), model.rowCount());
        }
    }

    void registeredAfterTheOtherPages()
    {
        const QStringList ids = m_window->pageIds();
        QVERIFY(ids.indexOf(QStringLiteral("connections")) >
                ids.indexOf(QStringLiteral("timeline")));
        QVERIFY(ids.indexOf(QStringLiteral("connections")) >
                ids.indexOf(QStringLiteral("connection")));
        QCOMPARE(m_page->title(), QStringLiteral("Connections"));
    }

    // Rows come and go as connections open and close, in place: the testers
    // check every signal; the selected row stays selected, sorted by a column.
    void liveDiffsKeepTheSelection()
    {
        QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
        ConnectionHolder stays;
        QVERIFY(stays.start({QStringLiteral("41:4:4:0"), QStringLiteral("off")}));
        QTRY_VERIFY(proxyRowOf(m_page, stays.port()) >= 0);

        m_page->view()->sortByColumn(ui::ConnectionsModel::IdleColumn, Qt::DescendingOrder);
        const int row = proxyRowOf(m_page, stays.port());
        m_page->view()->selectRow(row);
        const std::uint64_t cookie = selectedCookie(m_page);
        QVERIFY(cookie != 0);

        auto goes = std::make_unique<ConnectionHolder>();
        QVERIFY(goes->start({QStringLiteral("10:2:2:0"), QStringLiteral("700:70:7:0")}));
        const int goesPort = goes->port();
        QTRY_VERIFY(proxyRowOf(m_page, goesPort) >= 0);
        QCOMPARE(selectedCookie(m_page), cookie);
        goes.reset();
        QTRY_VERIFY(proxyRowOf(m_page, goesPort) < 0);
        QCOMPARE(selectedCookie(m_page), cookie);
        const int before = m_page->refreshCount();
        QTRY_VERIFY(m_page->refreshCount() > before + 1);
        QCOMPARE(selectedCookie(m_page), cookie);
        QCOMPARE(resets.count(), 0);
    }

    // The selected connection's effective values are the explored values,
    // with an origin naming it; Test these values opens Test connection.
    void selectionDrivesTheTimelineAndTheTest()
    {
        ConnectionHolder holder;
        QVERIFY(holder.start({QStringLiteral("33:3:5:2000")}));
        QTRY_VERIFY(proxyRowOf(m_page, holder.port()) >= 0);
        m_page->view()->selectRow(proxyRowOf(m_page, holder.port()));
        // The Timeline draws the explored values: they are the connection's.
        ExploredParams *explored = m_assembly->exploredParams();
        QTRY_COMPARE(explored->params(), (KeepaliveParams{33, 3, 5, 2000}));
        QVERIFY2(explored->origin().contains(QStringLiteral(":%1").arg(holder.port())),
                 qPrintable(explored->origin()));
        QVERIFY(explored->origin().contains(QStringLiteral("kt_connection_h")));
        auto *test = m_page->findChild<QPushButton *>(QStringLiteral("testValuesButton"));
        QTRY_VERIFY(test->isEnabled());
        QSignalSpy asked(m_page, &ui::ConnectionsPage::testValuesRequested);
        test->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).value<KeepaliveParams>(), (KeepaliveParams{33, 3, 5, 2000}));
        QCOMPARE(m_window->currentPage()->pageId(), QStringLiteral("connection"));
        auto *idle = m_window->currentPage()->findChild<QSpinBox *>(QStringLiteral("idleSpin"));
        if (idle)
            QCOMPARE(idle->value(), 33);
        auto *selection = m_page->findChild<QLabel *>(QStringLiteral("selectionLabel"));
        QVERIFY(selection->text().contains(QStringLiteral("kt_connection_h")));
    }

    void filtersAndMiddlebox()
    {
        ConnectionHolder holder;
        QVERIFY(holder.start(
            {QStringLiteral("20:5:3:0"), QStringLiteral("7200:75:9:0"), QStringLiteral("off")}));
        QTRY_COMPARE(m_page->model()->rowCount(), 6);
        auto *keepalive = m_page->findChild<QComboBox *>(QStringLiteral("keepaliveFilter"));
        keepalive->setCurrentIndex(1); // on
        QCOMPARE(m_page->filterModel()->rowCount(), 2);
        keepalive->setCurrentIndex(2); // off
        QCOMPARE(m_page->filterModel()->rowCount(), 4);
        keepalive->setCurrentIndex(0);
        m_page->findChild<QSpinBox *>(QStringLiteral("middleboxTimeout"))->setValue(350);
        m_page->findChild<QCheckBox *>(QStringLiteral("cutOnly"))->setChecked(true);
        // 7200 s idle and keep-alive off are cut; 20 s idle is kept.
        QTRY_COMPARE(m_page->filterModel()->rowCount(), 5);
        QVERIFY(m_page->headline().contains(QStringLiteral("would cut 5")));
        m_page->findChild<QCheckBox *>(QStringLiteral("cutOnly"))->setChecked(false);
        auto *process = m_page->findChild<QLineEdit *>(QStringLiteral("processFilter"));
        process->setText(QStringLiteral("no such command"));
        QCOMPARE(m_page->filterModel()->rowCount(), 0);
        process->clear();
        QCOMPARE(m_page->filterModel()->rowCount(), 6);
    }

    void pauseStopsTheRefresh()
    {
        QTRY_VERIFY(m_page->refreshCount() > 0);
        m_page->setPaused(true);
        QTest::qWait(100); // one refresh may be in flight
        const int paused = m_page->refreshCount();
        QTest::qWait(1500);
        QCOMPARE(m_page->refreshCount(), paused);
        m_page->setPaused(false);
        QTRY_VERIFY(m_page->refreshCount() > paused);
    }

    void fitsTheSmallestWindow()
    {
        ConnectionHolder holder;
        QVERIFY(holder.start({QStringLiteral("20:5:3:0"), QStringLiteral("off")}));
        QTRY_VERIFY(m_page->isReadyForScreenshot());
        for (const QSize size : {ui::MainWindow::kMinimumSize, ui::MainWindow::kScreenshotSize}) {
            m_window->resize(size);
            QTRY_COMPARE(m_window->size(), size);
            QTest::qWait(50);
            const QStringList problems = pagefit::problems(m_page);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("at %1x%2:\n").arg(size.width()).arg(size.height()) +
                                problems.join(QLatin1Char('\n'))));
        }
        const QStringList unnamed = pagefit::unnamedControls(m_page);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // Administrator mode says what pkexec's refusals mean.
    void administratorModeMessages()
    {
        inspect::InspectHelperClient::Command refused;
        refused.program = QStringLiteral("sh");
        refused.arguments = {QStringLiteral("-c"), QStringLiteral("exit 127"),
                             QStringLiteral("fake-pkexec")};
        refused.viaPkexec = true;
        refused.helperPath = QStringLiteral("/nonexistent/keepalive-tuner-inspect");
        auto *client = new inspect::InspectHelperClient(refused, m_page);
        m_page->setHelperClient(client);
        auto *button = m_page->findChild<QPushButton *>(QStringLiteral("administratorButton"));
        auto *status = m_page->findChild<QLabel *>(QStringLiteral("connectionsStatus"));
        button->click();
        QTRY_VERIFY(button->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("Not authorized")),
                 qPrintable(status->text()));
        QCOMPARE(inspect::InspectHelperClient::messageFor(126, true, {}).isEmpty(), false);
        QVERIFY(inspect::InspectHelperClient::messageFor(2, true, QStringLiteral("usage: x"))
                    .contains(QStringLiteral("usage: x")));
    }

    // As root, Administrator mode runs the real read-only helper directly
    // and merges its readings.
    void administratorModeAsRoot()
    {
        if (::geteuid() != 0)
            QSKIP("the read-only helper runs directly only as root; pkexec is the e2e test's");
        ConnectionHolder holder;
        QVERIFY(holder.start({QStringLiteral("52:5:5:0")}));
        inspect::InspectHelperClient::Command direct;
        direct.program = QStringLiteral(KT_INSPECT_HELPER);
        direct.helperPath = direct.program;
        direct.viaPkexec = false;
        m_page->setHelperClient(new inspect::InspectHelperClient(direct, m_page));
        auto *status = m_page->findChild<QLabel *>(QStringLiteral("connectionsStatus"));
        m_page->findChild<QPushButton *>(QStringLiteral("administratorButton"))->click();
        QTRY_VERIFY2(status->text().contains(QStringLiteral("were read by the read-only helper")),
                     qPrintable(status->text()));
    }

private:
    std::unique_ptr<app::GuiAssembly> m_assembly;
    ui::MainWindow *m_window = nullptr;
    ui::ConnectionsPage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connections_page.moc"

// The Test connection page, built the way the application builds it
// (GuiAssembly), offscreen: it connects to the embedded peer by itself and
// shows the kernel's effective values.
#include "PageFitCheck.h"
#include "app/gui/GuiAssembly.h"
#include "session/ConnectionSet.h"
#include "session/ExploredParams.h"
#include "socket/TestConnection.h"
#include "ui/ConnectionPage.h"
#include "ui/ConnectionTableModel.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/TimelineWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;

class TestConnectionPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<app::GuiAssembly> m_assembly;
    ui::ConnectionPage *m_page = nullptr;

    template<typename T>
    T *find(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }

    QString effectiveCell(int row) const
    {
        return find<QTableWidget>("optionsTable")->item(row, 2)->text();
    }

private slots:
    void init()
    {
        m_assembly = std::make_unique<app::GuiAssembly>();
        m_page = qobject_cast<ui::ConnectionPage *>(
            m_assembly->window()->page(QStringLiteral("connection")));
        QVERIFY(m_page);
        m_assembly->window()->showPage(QStringLiteral("connection"));
        m_assembly->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_assembly->window()));
    }
    void cleanup() { m_assembly.reset(); }

    void firstShowConnectsToTheEmbeddedPeer()
    {
        QTRY_VERIFY(m_page->isReadyForScreenshot());
        const TestConnection *c = m_page->connections()->selected();
        QVERIFY(c);
        QCOMPARE(c->state(), TestConnection::State::Connected);
        QVERIFY(c->peerAddress().startsWith(QStringLiteral("127.0.0.1:")));
        // Everything inherited: the effective column shows what the kernel
        // read back, which in this test's namespace are its defaults.
        const EffectiveOptions e = *c->effective();
        QTRY_COMPARE(effectiveCell(0), QStringLiteral("on"));
        QCOMPARE(effectiveCell(1), QStringLiteral("%1 s").arg(e.idleS));
        QCOMPARE(effectiveCell(2), QStringLiteral("%1 s").arg(e.intervalS));
        QCOMPARE(effectiveCell(3), QString::number(e.count));
        QCOMPARE(effectiveCell(4), QStringLiteral("%1 ms").arg(e.userTimeoutMs));
        QCOMPARE(find<QTableWidget>("optionsTable")->item(1, 1)->text(), QStringLiteral("inherit"));
        // The inherited editor shows the host's value, as the kernel said.
        QCOMPARE(find<QSpinBox>("idleSpin")->value(), e.idleS);
        // The shared explored values follow the selected connection.
        QCOMPARE(m_assembly->exploredParams()->params(), e.params());
        QVERIFY(m_assembly->exploredParams()->origin().contains(c->peerAddress()));
        QVERIFY(m_page->headline().contains(c->peerAddress()));
        QVERIFY(!find<QLabel>("nextProbeLabel")->text().isEmpty());
        QVERIFY(find<QTableWidget>("eventLog")->rowCount() >= 3);
    }

    void connectWithChosenValues()
    {
        QTRY_VERIFY(m_page->isReadyForScreenshot());
        find<QCheckBox>("idleInherit")->setChecked(false);
        find<QSpinBox>("idleSpin")->setValue(3);
        find<QCheckBox>("countInherit")->setChecked(false);
        find<QSpinBox>("countSpin")->setValue(4);
        QTest::mouseClick(find<QPushButton>("connectButton"), Qt::LeftButton);
        auto *table = find<QTableView>("connectionTable");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTRY_COMPARE(effectiveCell(1), QStringLiteral("3 s"));
        QCOMPARE(effectiveCell(3), QStringLiteral("4"));
        QCOMPARE(find<QTableWidget>("optionsTable")->item(1, 1)->text(), QStringLiteral("3 s"));
        QCOMPARE(m_assembly->exploredParams()->params().idleS, 3);
        QCOMPARE(m_assembly->exploredParams()->params().count, 4);
        // The live countdown: the first probe is due within 3 s.
        const QString countdown = find<QLabel>("nextProbeLabel")->text();
        QVERIFY2(countdown.endsWith(QStringLiteral(" s")) ||
                     countdown.endsWith(QStringLiteral("ms")),
                 qPrintable(countdown));
        // Selecting the first row brings its values back.
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_COMPARE(m_assembly->exploredParams()->params().count,
                     m_page->connections()->connections().first()->effective()->count);
        QVERIFY(effectiveCell(1) != QStringLiteral("3 s"));
    }

    void liveConnectionIsOverlaidOnTheTimeline()
    {
        QTRY_VERIFY(m_page->isReadyForScreenshot());
        find<QCheckBox>("idleInherit")->setChecked(false);
        find<QSpinBox>("idleSpin")->setValue(1);
        find<QCheckBox>("intervalInherit")->setChecked(false);
        find<QSpinBox>("intervalSpin")->setValue(1);
        QTest::mouseClick(find<QPushButton>("connectButton"), Qt::LeftButton);
        // The embedded peer answers: probes and their answers, about 1 s apart.
        QTRY_VERIFY_WITH_TIMEOUT(m_assembly->exploredParams()->measurement().events.size() >= 4,
                                 8000);

        ui::Page *timeline = m_assembly->window()->page(QStringLiteral("timeline"));
        QVERIFY(timeline);
        auto *widget = timeline->findChild<ui::TimelineWidget *>();
        QVERIFY(widget);
        const QList<MeasuredEvent> measured = widget->measuredEvents();
        QVERIFY(measured.size() >= 4);
        QCOMPARE(measured.first().kind, EventKind::Probe);
        // The first probe comes idle (1 s) after the last segment; the kernel's
        // timer may be a little late, never early.
        QVERIFY2(measured.first().t >= 0.99 && measured.first().t < 1.3,
                 qPrintable(QString::number(measured.first().t)));
        // Later probes are placed on one axis, not all at `idle`.
        double lastProbe = 0;
        for (const MeasuredEvent &e : measured) {
            if (e.kind == EventKind::Probe) {
                QVERIFY(e.t > lastProbe);
                lastProbe = e.t;
            }
        }
        QVERIFY(lastProbe > 1.5);
        // An answered probe shows a live peer: the Timeline compares with that.
        QCOMPARE(
            timeline->findChild<QComboBox *>(QStringLiteral("scenario"))->currentData().toInt(), 1);
        QVERIFY(timeline->headline().contains(m_page->connections()->selected()->peerAddress()));
    }

    void outOfRangeIsExplainedNotClamped()
    {
        find<QCheckBox>("countInherit")->setChecked(false);
        find<QSpinBox>("countSpin")->setValue(128);
        auto *message = find<QLabel>("formMessage");
        QCOMPARE(message->text(),
                 QStringLiteral("count must be between 1 and 127 (TCP_KEEPCNT); got 128"));
        QVERIFY(!find<QPushButton>("connectButton")->isEnabled());
        QCOMPARE(find<QSpinBox>("countSpin")->value(), 128); // kept as typed
        find<QSpinBox>("countSpin")->setValue(127);
        QVERIFY(find<QPushButton>("connectButton")->isEnabled());
    }

    void refusedTargetShowsItsMessage()
    {
        QTRY_VERIFY(m_page->isReadyForScreenshot());
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        auto *target = find<QLineEdit>("targetEdit");
        target->clear();
        QTest::keyClicks(target, QStringLiteral("127.0.0.1:%1").arg(port));
        QTest::keyClick(target, Qt::Key_Return);
        QTRY_COMPARE(m_page->connections()->connections().size(), 2);
        const TestConnection *c = m_page->connections()->selected();
        QTRY_COMPARE(c->state(), TestConnection::State::Failed);
        QTRY_VERIFY(
            find<QLabel>("nextProbeCaption")->text().contains(QStringLiteral("ECONNREFUSED")));
        QVERIFY(m_page->headline().contains(QStringLiteral("refused")));
        auto *table = find<QTableView>("connectionTable");
        const QModelIndex state = table->model()->index(1, ui::ConnectionTableModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("refused"));
        QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(),
                 ui::theme::abort(QApplication::palette()));
    }

    void disconnectAndRemove()
    {
        QTRY_VERIFY(m_page->isReadyForScreenshot());
        TestConnection *c = m_page->connections()->selected();
        QTest::mouseClick(find<QPushButton>("disconnectButton"), Qt::LeftButton);
        QTRY_COMPARE(c->state(), TestConnection::State::Closed);
        QVERIFY(!find<QPushButton>("disconnectButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>("removeButton"), Qt::LeftButton);
        QCOMPARE(find<QTableView>("connectionTable")->model()->rowCount(), 0);
        QVERIFY(!find<QPushButton>("removeButton")->isEnabled());
    }

    void listenAcceptsConnectionsIn()
    {
        QTRY_VERIFY(m_page->isReadyForScreenshot());
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        find<QSpinBox>("listenPortSpin")->setValue(port);
        find<QCheckBox>("intervalInherit")->setChecked(false);
        find<QSpinBox>("intervalSpin")->setValue(17);
        auto *listen = find<QPushButton>("listenButton");
        QTest::mouseClick(listen, Qt::LeftButton);
        QVERIFY(listen->isChecked());
        QCOMPARE(listen->text(), QStringLiteral("Stop listening"));
        QVERIFY(find<QLabel>("formMessage")->text().contains(QString::number(port)));
        QTcpSocket customer;
        customer.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(m_page->connections()->connections().size(), 2);
        TestConnection *accepted = m_page->connections()->connections().last();
        QTRY_VERIFY(accepted->effective());
        QCOMPARE(accepted->effective()->intervalS, 17);
        QTest::mouseClick(listen, Qt::LeftButton);
        QVERIFY(!m_page->connections()->isListening());
    }

    void modelIsConsistent()
    {
        ConnectionSet set;
        ui::ConnectionTableModel model(&set);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TestConnection *first = set.open(std::nullopt, {});
        set.open({Target{QStringLiteral("no-such-host.invalid"), 80}}, {});
        QCOMPARE(model.rowCount(), 2);
        QTRY_COMPARE(first->state(), TestConnection::State::Connected);
        QCOMPARE(model.connectionAt(model.index(0, 0)), first);
        QCOMPARE(model.index(0, ui::ConnectionTableModel::IdleColumn)
                         .data(Qt::TextAlignmentRole)
                         .value<Qt::Alignment>() &
                     Qt::AlignRight,
                 Qt::AlignRight);
        QCOMPARE(model.index(1, ui::ConnectionTableModel::StateColumn).data().toString(),
                 QStringLiteral("unknown host"));
        model.refreshCountdowns();
        set.remove(first);
        QCOMPARE(model.rowCount(), 1);
        set.remove(set.connections().first());
        QCOMPARE(model.rowCount(), 0);
    }

    void listenAndConnectWaitForValidOptions()
    {
        auto *connectButton = find<QPushButton>("connectButton");
        auto *listen = find<QPushButton>("listenButton");
        QVERIFY(listen->isEnabled());
        find<QCheckBox>("idleInherit")->setChecked(false);
        find<QSpinBox>("idleSpin")->setValue(0);
        const QString reason = find<QLabel>("formMessage")->text();
        // The reason is core's validation message, beside the buttons and on
        // them for a tooltip and a screen reader.
        QVERIFY2(reason.contains(QStringLiteral("TCP_KEEPIDLE")), qPrintable(reason));
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(!listen->isEnabled());
        QCOMPARE(listen->toolTip(), reason);
        QCOMPARE(connectButton->accessibleDescription(), reason);
        QTest::mouseClick(listen, Qt::LeftButton);
        QVERIFY(!m_page->connections()->isListening());
        // A bad target blocks Connect only: listening does not use it.
        find<QSpinBox>("idleSpin")->setValue(30);
        find<QLineEdit>("targetEdit")->setText(QStringLiteral("no port"));
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(listen->isEnabled());
        find<QLineEdit>("targetEdit")->clear();
        QVERIFY(connectButton->isEnabled());
    }

    void controlsAreNamedAndInReadingOrder()
    {
        QTRY_VERIFY(m_page->isReadyForScreenshot());
        // Enabled, so that every editor takes part.
        for (const char *name :
             {"idleInherit", "intervalInherit", "countInherit", "userTimeoutInherit"})
            find<QCheckBox>(name)->setChecked(false);
        const QStringList problems = pagefit::unnamedControls(m_page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(find<QCheckBox>("idleInherit")->accessibleName(), QStringLiteral("Inherit idle"));
        QCOMPARE(find<QCheckBox>("userTimeoutInherit")->accessibleName(),
                 QStringLiteral("Inherit user timeout"));
        QVERIFY(!find<QTableView>("connectionTable")->accessibleName().isEmpty());
        QVERIFY(!find<QTableWidget>("eventLog")->accessibleName().isEmpty());
        auto *log = find<QTableWidget>("eventLog");
        for (int column = 0; column < log->columnCount(); ++column) {
            QTableWidgetItem *header = log->horizontalHeaderItem(column);
            QVERIFY(!header->text().isEmpty() ||
                    !header->data(Qt::AccessibleTextRole).toString().isEmpty());
        }

        const char *reading[] = {"targetEdit",         "connectButton",    "listenPortSpin",
                                 "listenButton",       "keepaliveCheck",   "idleSpin",
                                 "idleInherit",        "countSpin",        "countInherit",
                                 "intervalSpin",       "intervalInherit",  "userTimeoutSpin",
                                 "userTimeoutInherit", "disconnectButton", "removeButton",
                                 "connectionTable",    "eventLog"};
        QWidget *first = find<QWidget>("targetEdit");
        QStringList chain;
        QWidget *w = first;
        do {
            if (w->focusPolicy() & Qt::TabFocus && !w->objectName().isEmpty())
                chain << w->objectName();
            w = w->nextInFocusChain();
        } while (w && w != first);
        qsizetype last = -1;
        for (const char *name : reading) {
            const qsizetype at = chain.indexOf(QLatin1String(name));
            QVERIFY2(at > last,
                     qPrintable(QLatin1String(name) + QStringLiteral(" out of order in ") +
                                chain.join(QStringLiteral(", "))));
            last = at;
        }
    }

    void remembersTheForm()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("kt.ini")), QSettings::IniFormat);
        find<QLineEdit>("targetEdit")->setText(QStringLiteral("example.org:22"));
        find<QCheckBox>("intervalInherit")->setChecked(false);
        find<QSpinBox>("intervalSpin")->setValue(17);
        find<QCheckBox>("keepaliveCheck")->setChecked(false);
        find<QSpinBox>("listenPortSpin")->setValue(5151);
        settings.beginGroup(m_page->pageId());
        m_page->saveSettings(settings);
        settings.endGroup();

        app::GuiAssembly other;
        auto *page = other.window()->page(QStringLiteral("connection"));
        settings.beginGroup(page->pageId());
        page->restoreSettings(settings);
        settings.endGroup();
        QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("targetEdit"))->text(),
                 QStringLiteral("example.org:22"));
        QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("intervalInherit"))->isChecked());
        QCOMPARE(page->findChild<QSpinBox *>(QStringLiteral("intervalSpin"))->value(), 17);
        QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("idleInherit"))->isChecked());
        QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("keepaliveCheck"))->isChecked());
        QCOMPARE(page->findChild<QSpinBox *>(QStringLiteral("listenPortSpin"))->value(), 5151);
    }

    void fitsAnySizeAndGrowsWithTheWindow_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void fitsAnySizeAndGrowsWithTheWindow()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(ui::theme::darkPalette());
        QTRY_VERIFY(m_page->isReadyForScreenshot());
        ui::MainWindow *window = m_assembly->window();
        const QString suffix = (dark ? QStringLiteral("-dark") : QString()) +
                               (qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                                    ? QStringLiteral("-x") + qEnvironmentVariable("QT_SCALE_FACTOR")
                                    : QString());
        auto *table = find<QTableView>("connectionTable");
        auto *log = find<QTableWidget>("eventLog");
        int smallTable = 0, smallLog = 0;
        for (const QSize size : {QSize(800, 560), ui::MainWindow::kScreenshotSize}) {
            window->resize(size);
            QTRY_COMPARE(window->size(), size);
            QTest::qWait(50); // let the tables fit their columns to the rows
            const QStringList problems = pagefit::problems(m_page);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("at %1x%2:\n").arg(size.width()).arg(size.height()) +
                                problems.join(QLatin1Char('\n'))));
            pagefit::saveGrab(window, QStringLiteral("connection-%1x%2%3")
                                          .arg(size.width())
                                          .arg(size.height())
                                          .arg(suffix));
            if (size == ui::MainWindow::kScreenshotSize) {
                smallTable = table->height();
                smallLog = log->height();
            }
        }
        // The label in full ("embedded peer 127.0.0.1:…"), inside the view.
        QVERIFY(table->columnWidth(0) >=
                static_cast<QAbstractItemView *>(table)->sizeHintForColumn(0));
        QVERIFY(table->columnViewportPosition(0) + table->columnWidth(0) <=
                table->viewport()->width());
        // A larger window: a larger list and log.
        window->resize(1400, 1000);
        QTRY_COMPARE(window->size(), QSize(1400, 1000));
        QVERIFY(table->height() > smallTable);
        QVERIFY(log->height() > smallLog);
        if (dark)
            QApplication::setPalette(original);
    }

    void fitsTheScreenshotSize()
    {
        QTRY_VERIFY(m_page->isReadyForScreenshot());
        const QImage image = m_assembly->window()->renderPage(QStringLiteral("connection"));
        QCOMPARE(image.size() / image.devicePixelRatio(), ui::MainWindow::kScreenshotSize);
    }
};

QTEST_MAIN(TestConnectionPage)
#include "tst_connection_page.moc"

// The System page built the way the application builds it, fed from the
// fixture tree tests/fixtures/host-a, driven through its widgets.
#include "FakeHelperFixture.h"
#include "GuiFixtures.h"
#include "PageFitCheck.h"
#include "app/gui/GuiAssembly.h"
#include "app/gui/ScreenshotMode.h"
#include "session/ExploredParams.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/SysctlEditor.h"
#include "ui/SystemPage.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;

namespace {

// The fixture tree is read only: the writer is the fake pkexec, which would
// write into a FakeHelperFixture's tree, never into the host's /proc/sys.
app::GuiOptions fixtureOptions()
{
    return test::hostAOptions(FakeHelperFixture::command());
}

QString labelText(QWidget *root, const QString &cardName, const QString &labelName)
{
    auto *card = root->findChild<QWidget *>(cardName);
    if (!card)
        return QStringLiteral("<no card %1>").arg(cardName);
    auto *label = card->findChild<QLabel *>(labelName);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(labelName);
}

} // namespace

class TestSystemPage : public QObject
{
    Q_OBJECT
private slots:
    void showsValuesAndSources()
    {
        app::GuiAssembly assembly(fixtureOptions());
        ui::MainWindow *window = assembly.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QWidget *page = window->page(QStringLiteral("system"));
        QVERIFY(page);

        QCOMPARE(
            labelText(page, QStringLiteral("card_tcp_keepalive_time"), QStringLiteral("value")),
            QStringLiteral("900"));
        QCOMPARE(labelText(page, QStringLiteral("card_tcp_keepalive_time"), QStringLiteral("unit")),
                 QStringLiteral("s"));
        QVERIFY(labelText(page, QStringLiteral("card_tcp_keepalive_time"), QStringLiteral("source"))
                    .contains(QStringLiteral("/etc/sysctl.d/50-admin.conf:2")));
        QVERIFY(
            labelText(page, QStringLiteral("card_tcp_keepalive_time"), QStringLiteral("overridden"))
                .contains(QStringLiteral("/etc/sysctl.d/10-early.conf:2")));
        QCOMPARE(
            labelText(page, QStringLiteral("card_tcp_keepalive_intvl"), QStringLiteral("value")),
            QStringLiteral("45"));
        QVERIFY(
            labelText(page, QStringLiteral("card_tcp_keepalive_intvl"), QStringLiteral("source"))
                .contains(QStringLiteral("/etc/sysctl.conf:2")));
        QCOMPARE(
            labelText(page, QStringLiteral("card_tcp_keepalive_probes"), QStringLiteral("value")),
            QStringLiteral("7"));

        auto *differs = page->findChild<QWidget *>(QStringLiteral("card_tcp_keepalive_probes"))
                            ->findChild<QLabel *>(QStringLiteral("runtimeDiffers"));
        QVERIFY(differs->isVisible());
        QVERIFY(differs->text().contains(QStringLiteral("changed since boot")));
        auto *timeDiffers = page->findChild<QWidget *>(QStringLiteral("card_tcp_keepalive_time"))
                                ->findChild<QLabel *>(QStringLiteral("runtimeDiffers"));
        QVERIFY(!timeDiffers->isVisible());

        auto *warnings = page->findChild<QLabel *>(QStringLiteral("warnings"));
        // Below the fold: filled once the first frame is out.
        QTRY_VERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(QStringLiteral("60-binary.conf")));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("configurationFiles"))
                    ->text()
                    .contains(QStringLiteral("masked by /run/sysctl.d/30-masked.conf")));

        auto *headline = window->findChild<QLabel *>(QStringLiteral("headline"));
        QCOMPARE(headline->text(),
                 QStringLiteral("A silently dead peer is noticed after 20 min 15 s "
                                "(900 + 7 × 45 s) with this host's settings."));
    }

    void writesTheHostsValuesForThePages()
    {
        app::GuiAssembly assembly(fixtureOptions());
        const KeepaliveParams params = assembly.exploredParams()->params();
        QCOMPARE(params, (KeepaliveParams{900, 45, 7, 0}));
    }

    void copyReportPutsTheTextOnTheClipboard()
    {
        app::GuiAssembly assembly(fixtureOptions());
        assembly.window()->show();
        QApplication::clipboard()->clear();
        auto *button =
            assembly.window()->findChild<QPushButton *>(QStringLiteral("copyReportButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.contains(QStringLiteral("net.ipv4.tcp_keepalive_time = 900 s")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("noticed after 20 min 15 s (900 + 7 × 45 s)")));
        QVERIFY(text.contains(QStringLiteral("Warnings:")));
        auto *feedback = assembly.window()->findChild<QLabel *>(QStringLiteral("copyFeedback"));
        QVERIFY(!feedback->text().isEmpty());
    }

    void copiedFadesAfterAWhile()
    {
        app::GuiAssembly assembly(fixtureOptions());
        assembly.window()->show();
        auto *page =
            qobject_cast<ui::SystemPage *>(assembly.window()->page(QStringLiteral("system")));
        page->setFeedbackDuration(100);
        auto *feedback = page->findChild<QLabel *>(QStringLiteral("copyFeedback"));
        page->copyReport();
        QCOMPARE(feedback->text(), QStringLiteral("Copied to the clipboard."));
        QTRY_VERIFY_WITH_TIMEOUT(feedback->text().isEmpty(), 2000);
    }

    void belowTheFoldWaitsForTheFirstFrame()
    {
        app::GuiAssembly assembly(fixtureOptions());
        ui::Page *page = assembly.window()->page(QStringLiteral("system"));
        auto *files = page->findChild<QLabel *>(QStringLiteral("configurationFiles"));
        auto *help = page->findChild<QLabel *>(QStringLiteral("helpText"));
        // Not built before the page is shown, so a screenshot must wait.
        QVERIFY(files->text().isEmpty());
        QVERIFY(!help);
        QVERIFY(!page->isReadyForScreenshot());
        assembly.window()->show();
        QTRY_VERIFY(page->isReadyForScreenshot());
        QVERIFY(files->text().contains(QStringLiteral("masked by")));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("helpText")));
    }

    void doneGoesOnReloadWhenALaterFileContradictsIt()
    {
        FakeHelperFixture host;
        app::GuiAssembly assembly(
            test::writableHostOptions(host.root(), host.procSys(), FakeHelperFixture::command()));
        assembly.window()->show();
        QWidget *page = assembly.window()->page(QStringLiteral("system"));
        page->findChild<QSpinBox *>(QStringLiteral("timeSpin"))->setValue(600);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("applyPersistButton")),
                          Qt::LeftButton);
        auto *status = page->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("kept after reboot")),
                                 20000);
        auto *reload = page->findChild<QPushButton *>(QStringLiteral("reloadButton"));
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY(status->text().contains(QStringLiteral("kept after reboot"))); // still true
        host.writeConfig(QStringLiteral("/etc/sysctl.d/99-later.conf"),
                         "net.ipv4.tcp_keepalive_time = 300\n");
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY2(!status->text().contains(QStringLiteral("kept after reboot")),
                 qPrintable(status->text()));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("overrideNotice"))->isVisible());
    }

    void restoreAsksThenOffersUndo()
    {
        FakeHelperFixture host;
        host.setValues(600, 30, 5);
        app::GuiAssembly assembly(
            test::writableHostOptions(host.root(), host.procSys(), FakeHelperFixture::command()));
        assembly.window()->show();
        QWidget *page = assembly.window()->page(QStringLiteral("system"));
        auto *editor = page->findChild<ui::SysctlEditor *>();
        QString changes;
        editor->setConfirmation(
            [&changes](const QString &, const QString &c, const std::function<void(bool)> &reply) {
                changes = c;
                reply(true);
            });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("resetButton")),
                          Qt::LeftButton);
        QVERIFY2(changes.contains(QStringLiteral("10 min → 2 h")), qPrintable(changes));
        QTRY_COMPARE_WITH_TIMEOUT(
            labelText(page, QStringLiteral("card_tcp_keepalive_time"), QStringLiteral("value")),
            QStringLiteral("7200"), 20000);
        auto *undo = page->findChild<QPushButton *>(QStringLiteral("undoButton"));
        QTRY_VERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            labelText(page, QStringLiteral("card_tcp_keepalive_time"), QStringLiteral("value")),
            QStringLiteral("600"), 20000);
        QCOMPARE(host.values(), (QByteArrayList{"600", "30", "5"}));
        QVERIFY(!QFileInfo::exists(host.dropIn()));
    }

    void controlsAreNamedAndInReadingOrder()
    {
        app::GuiAssembly assembly(fixtureOptions());
        assembly.window()->show();
        ui::Page *page = assembly.window()->page(QStringLiteral("system"));
        QTRY_VERIFY(page->isReadyForScreenshot());
        const QStringList problems = pagefit::unnamedControls(page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const char *reading[] = {"timeSpin",       "intervalSpin",       "probesSpin",
                                 "applyNowButton", "applyPersistButton", "resetButton",
                                 "reloadButton",   "copyReportButton"};
        QWidget *first = page->findChild<QWidget *>(QStringLiteral("timeSpin"));
        QStringList chain;
        QWidget *w = first;
        do {
            if (!w->objectName().isEmpty())
                chain << w->objectName();
            w = w->nextInFocusChain();
        } while (w && w != first);
        qsizetype last = -1;
        for (const char *name : reading) {
            const qsizetype at = chain.indexOf(QLatin1String(name));
            QVERIFY2(at > last, name);
            last = at;
        }
    }

    void fitsAnySize_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void fitsAnySize()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(ui::theme::darkPalette());
        {
            app::GuiAssembly assembly(fixtureOptions());
            ui::MainWindow *window = assembly.window();
            window->show();
            ui::Page *page = window->page(QStringLiteral("system"));
            QTRY_VERIFY(page->isReadyForScreenshot());
            const QString suffix =
                (dark ? QStringLiteral("-dark") : QString()) +
                (qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                     ? QStringLiteral("-x") + qEnvironmentVariable("QT_SCALE_FACTOR")
                     : QString());
            for (const QSize size : {QSize(800, 560), ui::MainWindow::kScreenshotSize}) {
                window->resize(size);
                QTRY_COMPARE(window->size(), size);
                QTest::qWait(50);
                const QStringList problems = pagefit::problems(page);
                QVERIFY2(
                    problems.isEmpty(),
                    qPrintable(QStringLiteral("at %1x%2:\n").arg(size.width()).arg(size.height()) +
                               problems.join(QLatin1Char('\n'))));
                pagefit::saveGrab(window, QStringLiteral("system-%1x%2%3")
                                              .arg(size.width())
                                              .arg(size.height())
                                              .arg(suffix));
            }
        }
        if (dark)
            QApplication::setPalette(original);
    }

    void editingPreviewsOnTheTimelineAndApplyUpdatesTheCards()
    {
        FakeHelperFixture host;
        app::GuiAssembly assembly(
            test::writableHostOptions(host.root(), host.procSys(), FakeHelperFixture::command()));
        assembly.window()->show();
        QWidget *page = assembly.window()->page(QStringLiteral("system"));
        ExploredParams *explored = assembly.exploredParams();
        QCOMPARE(explored->params(), (KeepaliveParams{7200, 75, 9, 0}));

        auto *time = page->findChild<QSpinBox *>(QStringLiteral("timeSpin"));
        QVERIFY(time);
        time->setValue(600);
        // Previewed for the Timeline before anything is applied.
        QCOMPARE(explored->params().idleS, 600);
        QVERIFY(explored->origin().contains(QStringLiteral("being edited")));
        QCOMPARE(
            labelText(page, QStringLiteral("card_tcp_keepalive_time"), QStringLiteral("value")),
            QStringLiteral("7200"));

        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("applyNowButton")),
                          Qt::LeftButton);
        // The fake helper wrote the fixture's /proc/sys; the page re-read it.
        QTRY_COMPARE(
            labelText(page, QStringLiteral("card_tcp_keepalive_time"), QStringLiteral("value")),
            QStringLiteral("600"));
        QCOMPARE(host.value("tcp_keepalive_time"), QByteArray("600"));
        QCOMPARE(explored->params(), (KeepaliveParams{600, 75, 9, 0}));
        QCOMPARE(explored->origin(), QStringLiteral("this host's settings"));
        QCOMPARE(assembly.window()->currentPage()->headline(),
                 QStringLiteral("A silently dead peer is noticed after 21 min 15 s "
                                "(600 + 9 × 75 s) with this host's settings."));
    }

    void deniedLeavesTheCardsAlone()
    {
        FakeHelperFixture host;
        qputenv("KT_FAKE_EXIT", "127");
        app::GuiAssembly assembly(
            test::writableHostOptions(host.root(), host.procSys(), FakeHelperFixture::command()));
        QWidget *page = assembly.window()->page(QStringLiteral("system"));
        page->findChild<QSpinBox *>(QStringLiteral("probesSpin"))->setValue(3);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("applyNowButton")),
                          Qt::LeftButton);
        auto *status = page->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("Not authorized")));
        QVERIFY(status->text().contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(
            labelText(page, QStringLiteral("card_tcp_keepalive_probes"), QStringLiteral("value")),
            QStringLiteral("9"));
        QCOMPARE(host.value("tcp_keepalive_probes"), QByteArray("9"));
        qunsetenv("KT_FAKE_EXIT");
    }

    void unreadableProcSysSaysSo()
    {
        QTemporaryDir empty;
        app::GuiOptions options;
        options.procSysRoot = empty.path();
        options.configRoot = empty.path();
        app::GuiAssembly assembly(options);
        QWidget *page = assembly.window()->page(QStringLiteral("system"));
        QCOMPARE(
            labelText(page, QStringLiteral("card_tcp_keepalive_time"), QStringLiteral("value")),
            QStringLiteral("unavailable"));
        QVERIFY(labelText(page, QStringLiteral("card_tcp_keepalive_time"), QStringLiteral("source"))
                    .contains(QStringLiteral("does not exist")));
        QCOMPARE(assembly.window()->page(QStringLiteral("system"))->headline(),
                 QStringLiteral("This host's keep-alive settings could not be read."));
    }

    void screenshotsEveryPage()
    {
        app::GuiAssembly assembly(fixtureOptions());
        QTemporaryDir dir;
        const app::ScreenshotResult result = app::renderScreenshots(*assembly.window(), dir.path());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.written.size(), assembly.window()->pageIds().size());
        for (const QString &pageId : assembly.window()->pageIds()) {
            const QImage image(dir.filePath(pageId + QStringLiteral(".png")));
            QVERIFY2(!image.isNull(), qPrintable(pageId));
            QCOMPARE(image.size() / image.devicePixelRatio(), ui::MainWindow::kScreenshotSize);
            // Not a blank image: a rendered page has many colours.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20, qPrintable(pageId));
        }
    }

    void screenshotOfAnUnknownPageIsRefused()
    {
        app::GuiAssembly assembly(fixtureOptions());
        QTemporaryDir dir;
        const auto result =
            app::renderScreenshots(*assembly.window(), dir.path(), QStringLiteral("nope"));
        QVERIFY(result.error.contains(QStringLiteral("no page called \"nope\"")));
        QVERIFY(result.error.contains(QStringLiteral("system")));
        QVERIFY(result.written.isEmpty());
    }
};

QTEST_MAIN(TestSystemPage)
#include "tst_systempage.moc"

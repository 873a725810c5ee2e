// The main window's frame: pages built on first use, the header strip
// following the current page, the sidebar driving the stack, the menus and
// their shortcuts, the close prompt, what is remembered between runs, the
// appearance and the first window's size.
#include "GuiFixtures.h"
#include "app/gui/Documentation.h"
#include "app/gui/GuiAssembly.h"
#include "ui/HeadlineLabel.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace kt;
using namespace kt::ui;

namespace {

class TestPage : public Page
{
public:
    TestPage(const QString &id, const QString &headline)
        : Page(id, id)
    {
        setHeadline(headline);
    }
    void changeHeadline(const QString &headline) { setHeadline(headline); }

    void saveSettings(QSettings &settings) const override
    {
        settings.setValue(QStringLiteral("remembered"), remembered);
    }
    void restoreSettings(const QSettings &settings) override
    {
        remembered = settings.value(QStringLiteral("remembered")).toString();
    }
    QString remembered;
};

// A page whose controls take Ctrl+PgUp/PgDn for themselves when focused.
class ViewsPage : public TestPage
{
public:
    explicit ViewsPage(const QString &id)
        : TestPage(id, QStringLiteral("views"))
    {
        auto *layout = new QVBoxLayout(this);
        button = new QPushButton(QStringLiteral("First control"), this);
        layout->addWidget(button);
        table = new QTableView(this);
        auto *model = new QStandardItemModel(50, 3, table);
        table->setModel(model);
        layout->addWidget(table);
        list = new QListWidget(this);
        for (int i = 0; i < 50; ++i)
            list->addItem(QString::number(i));
        layout->addWidget(list);
    }
    QPushButton *button = nullptr;
    QTableView *table = nullptr;
    QListWidget *list = nullptr;
};

const QString kLongHeadline =
    QStringLiteral("A silently dead peer is noticed after 2 h 11 min 15 s (7200 + 9 × 75 s) with "
                   "the test connection to 127.0.0.1:37865, which is long enough to wrap twice "
                   "at this width and then some more, so that it needs to be elided at the end "
                   "of the second line rather than pushing the page down by a third line");

void addThreePages(MainWindow &window)
{
    window.addPage(new TestPage(QStringLiteral("a"), QStringLiteral("headline a")));
    window.addPage(QStringLiteral("b"), QStringLiteral("B"),
                   [] { return new TestPage(QStringLiteral("b"), QStringLiteral("headline b")); });
    window.addPage(QStringLiteral("c"), QStringLiteral("C"),
                   [] { return new ViewsPage(QStringLiteral("c")); });
}

kt::app::GuiOptions fixtureOptions()
{
    return kt::test::hostAOptions();
}

bool activate(MainWindow &window)
{
    window.show();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void pagesAreBuiltOnFirstShow()
    {
        MainWindow window;
        int builtA = 0, builtB = 0;
        window.addPage(QStringLiteral("a"), QStringLiteral("A"), [&] {
            ++builtA;
            return new TestPage(QStringLiteral("a"), QStringLiteral("headline a"));
        });
        window.addPage(QStringLiteral("b"), QStringLiteral("B"), [&] {
            ++builtB;
            return new TestPage(QStringLiteral("b"), QStringLiteral("headline b"));
        });
        QCOMPARE(window.pageIds(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(builtA, 1); // the first page is current, so it is built
        QCOMPARE(builtB, 0);
        auto *headline = window.findChild<QLabel *>(QStringLiteral("headline"));
        QCOMPARE(headline->text(), QStringLiteral("headline a"));

        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("pageList"));
        sidebar->setCurrentRow(1);
        QCOMPARE(builtB, 1);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("b"));
        QCOMPARE(headline->text(), QStringLiteral("headline b"));

        QVERIFY(window.showPage(QStringLiteral("a")));
        QVERIFY(window.showPage(QStringLiteral("b")));
        QCOMPARE(builtA, 1);
        QCOMPARE(builtB, 1);
        QVERIFY(!window.showPage(QStringLiteral("c")));
        QCOMPARE(window.page(QStringLiteral("c")), nullptr);
    }

    void headlineFollowsTheCurrentPageOnly()
    {
        MainWindow window;
        auto *a = new TestPage(QStringLiteral("a"), QStringLiteral("one"));
        auto *b = new TestPage(QStringLiteral("b"), QStringLiteral("two"));
        window.addPage(a);
        window.addPage(b);
        auto *headline = window.findChild<QLabel *>(QStringLiteral("headline"));
        QCOMPARE(headline->text(), QStringLiteral("one"));
        b->changeHeadline(QStringLiteral("two, changed"));
        QCOMPARE(headline->text(), QStringLiteral("one"));
        a->changeHeadline(QStringLiteral("one, changed"));
        QCOMPARE(headline->text(), QStringLiteral("one, changed"));
        window.showPage(QStringLiteral("b"));
        QCOMPARE(headline->text(), QStringLiteral("two, changed"));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("keepalive-tuner-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void cleanup()
    {
        QSettings().clear();
        theme::applyAppearance(theme::Appearance::System);
    }

    void theHeadlineNeverMovesTheControls()
    {
        MainWindow window;
        auto *page = new ViewsPage(QStringLiteral("a"));
        page->changeHeadline(QStringLiteral("short"));
        window.addPage(page);
        window.addPage(new TestPage(QStringLiteral("b"), QStringLiteral("short")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *headline = window.findChild<HeadlineLabel *>(QStringLiteral("headline"));
        QVERIFY(headline);
        QCoreApplication::processEvents();
        const int y = page->button->mapTo(&window, QPoint(0, 0)).y();
        const int height = headline->height();
        QCOMPARE(headline->displayedLines().size(), 1);

        const QString twoLines = kLongHeadline.left(150);
        page->changeHeadline(twoLines);
        QCoreApplication::processEvents();
        QCOMPARE(headline->displayedLines().size(), 2);
        QVERIFY(!headline->isElided());
        QCOMPARE(headline->height(), height);
        QCOMPARE(page->button->mapTo(&window, QPoint(0, 0)).y(), y);

        page->changeHeadline(kLongHeadline);
        QCoreApplication::processEvents();
        QCOMPARE(headline->displayedLines().size(), 2);
        QVERIFY(headline->isElided());
        QVERIFY(headline->displayedLines().last().endsWith(QChar(0x2026)));
        QCOMPARE(headline->text(), kLongHeadline);
        QCOMPARE(headline->toolTip(), kLongHeadline);
        QCOMPARE(headline->accessibleDescription(), kLongHeadline);
        QCOMPARE(page->button->mapTo(&window, QPoint(0, 0)).y(), y);

        // And as rendered for a screenshot, after switching pages.
        window.renderPage(QStringLiteral("b"));
        window.renderPage(QStringLiteral("a"));
        QCOMPARE(headline->height(), height);
        QCOMPARE(page->button->mapTo(&window, QPoint(0, 0)).y(), y);
    }

    void menusHaveTheirShortcuts()
    {
        MainWindow window;
        addThreePages(window);
        const struct
        {
            const char *name;
            QKeySequence key;
        } expected[] = {
            {"actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q)},
            {"actionPage_a", QKeySequence(Qt::CTRL | Qt::Key_1)},
            {"actionPage_b", QKeySequence(Qt::CTRL | Qt::Key_2)},
            {"actionPage_c", QKeySequence(Qt::CTRL | Qt::Key_3)},
            {"actionPreviousPage", QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
            {"actionNextPage", QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
            {"actionUserGuide", QKeySequence(Qt::Key_F1)},
        };
        for (const auto &e : expected) {
            QAction *a = window.action(QString::fromLatin1(e.name));
            QVERIFY2(a, e.name);
            QCOMPARE(a->shortcut(), e.key);
        }
        for (const char *name :
             {"actionExportTimeline", "actionCopyReport", "actionAppearanceSystem",
              "actionAppearanceLight", "actionAppearanceDark", "actionResetRemembered",
              "actionShortcuts", "actionAbout"})
            QVERIFY2(window.action(QString::fromLatin1(name)), name);
        // No timeline or system page here: their File actions are disabled.
        QVERIFY(!window.action(QStringLiteral("actionExportTimeline"))->isEnabled());

        // The shortcuts dialog lists exactly the actions that have shortcuts.
        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entries(window.menuBar());
        QStringList listed;
        for (const auto &entry : entries)
            listed << entry.action + QStringLiteral("=") + entry.shortcut;
        QCOMPARE(entries.size(), int(std::size(expected)));
        QVERIFY2(listed.contains(QStringLiteral("Quit=Ctrl+Q")), qPrintable(listed.join(u'|')));
        QVERIFY2(listed.contains(QStringLiteral("B=Ctrl+2")), qPrintable(listed.join(u'|')));
        QVERIFY2(listed.contains(QStringLiteral("Next Page=Ctrl+PgDown")),
                 qPrintable(listed.join(u'|')));
    }

    void ctrlNumberSwitchesPages()
    {
        MainWindow window;
        addThreePages(window);
        QVERIFY(activate(window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("b"));
        QVERIFY(window.action(QStringLiteral("actionPage_b"))->isChecked());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("a"));
    }

    void ctrlPageKeysWorkFromAFocusedTableOrList()
    {
        MainWindow window;
        addThreePages(window);
        QVERIFY(activate(window));
        window.showPage(QStringLiteral("c"));
        auto *page = static_cast<ViewsPage *>(window.page(QStringLiteral("c")));

        page->table->setFocus();
        page->table->setCurrentIndex(page->table->model()->index(0, 0));
        QTRY_COMPARE(QApplication::focusWidget(), page->table);
        QTest::keyClick(page->table, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("a")); // wraps around

        window.showPage(QStringLiteral("c"));
        page->list->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), page->list);
        QTest::keyClick(page->list, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("b"));

        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("pageList"));
        sidebar->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), sidebar);
        QTest::keyClick(sidebar, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("c"));
    }

    void closingAsksWhileSomethingIsOpen()
    {
        QCOMPARE(kt::app::GuiAssembly::closeWarning(2, true),
                 QStringLiteral("2 test connections and a listener will be closed."));
        QCOMPARE(kt::app::GuiAssembly::closeWarning(1, false),
                 QStringLiteral("1 test connection will be closed."));
        QCOMPARE(kt::app::GuiAssembly::closeWarning(0, true),
                 QStringLiteral("The listener will be closed."));
        QVERIFY(kt::app::GuiAssembly::closeWarning(0, false).isEmpty());

        MainWindow window;
        addThreePages(window);
        window.show();
        QString open = QStringLiteral("2 test connections and a listener will be closed.");
        window.setCloseWarning([&] { return open; });
        QStringList asked;
        bool answer = false;
        window.setCloseConfirmation([&](const QString &warning) {
            asked << warning;
            return answer;
        });
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(asked, QStringList{open});
        answer = true;
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QCOMPARE(asked.size(), 2);

        // Nothing open: no question.
        window.show();
        open.clear();
        QVERIFY(window.close());
        QCOMPARE(asked.size(), 2);
    }

    // The counts come from the session: the Test connection page opens one
    // connection to the embedded peer when first shown.
    void closeWarningCountsTheSessionsConnections()
    {
        kt::app::GuiAssembly assembly(fixtureOptions());
        MainWindow *window = assembly.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(assembly.closeWarning().isEmpty()); // the page is not built yet
        QVERIFY(window->showPage(QStringLiteral("connection")));
        QTRY_VERIFY_WITH_TIMEOUT(window->currentPage()->isReadyForScreenshot(), 10000);
        QCOMPARE(assembly.closeWarning(), QStringLiteral("1 test connection will be closed."));
        QStringList asked;
        window->setCloseConfirmation([&](const QString &warning) {
            asked << warning;
            return false;
        });
        QVERIFY(!window->close());
        QCOMPARE(asked, QStringList{QStringLiteral("1 test connection will be closed.")});
        window->setCloseConfirmation([](const QString &) { return true; });
    }

    void stateIsRememberedBetweenRuns()
    {
        // Within the offscreen platform's 800 x 600 screen.
        const QRect geometry(0, 10, 800, 580);
        {
            MainWindow window;
            addThreePages(window);
            window.restoreRemembered();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(QStringLiteral("b"));
            static_cast<TestPage *>(window.page(QStringLiteral("b")))->remembered =
                QStringLiteral("kept");
            window.setAppearance(theme::Appearance::Dark);
            window.setGeometry(geometry);
            QCoreApplication::processEvents();
            QVERIFY(window.close());
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("window/page")).toString(), QStringLiteral("b"));
        QCOMPARE(settings.value(QStringLiteral("b/remembered")).toString(), QStringLiteral("kept"));
        // Back to the system look before the second run, which must bring it back.
        theme::applyAppearance(theme::Appearance::System);
        {
            MainWindow window;
            int builtB = 0;
            window.addPage(new TestPage(QStringLiteral("a"), QStringLiteral("headline a")));
            window.addPage(QStringLiteral("b"), QStringLiteral("B"), [&] {
                ++builtB;
                return new TestPage(QStringLiteral("b"), QStringLiteral("headline b"));
            });
            window.restoreRemembered();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.currentPage()->pageId(), QStringLiteral("b"));
            QCOMPARE(builtB, 1);
            QCOMPARE(static_cast<TestPage *>(window.currentPage())->remembered,
                     QStringLiteral("kept"));
            QCOMPARE(window.appearance(), theme::Appearance::Dark);
            QVERIFY(window.action(QStringLiteral("actionAppearanceDark"))->isChecked());
            QVERIFY(theme::isDark(QApplication::palette()));
            QCOMPARE(window.size(), geometry.size());

            // Reset: defaults now, nothing remembered afterwards.
            window.action(QStringLiteral("actionResetRemembered"))->trigger();
            QCOMPARE(window.currentPage()->pageId(), QStringLiteral("a"));
            QCOMPARE(window.appearance(), theme::Appearance::System);
            QVERIFY(!theme::isDark(QApplication::palette()));
            QVERIFY(QSettings().allKeys().isEmpty());
            const QRect available = window.screen()->availableGeometry();
            QCOMPARE(window.geometry(), MainWindow::initialGeometry(available));
            QVERIFY(window.close());
        }
        QVERIFY(!QSettings().contains(QStringLiteral("b/remembered")));
    }

    void theFirstWindowFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::newRow("large") << QRect(0, 0, 1920, 1050);
        QTest::newRow("1600x1000 at 2x") << QRect(0, 0, 800, 500);
        QTest::newRow("small, offset") << QRect(100, 30, 1024, 700);
    }

    void theFirstWindowFitsTheScreen()
    {
        QFETCH(QRect, available);
        const QRect geometry = MainWindow::initialGeometry(available);
        QVERIFY(available.contains(geometry));
        QVERIFY(geometry.width() <= MainWindow::kScreenshotSize.width());
        QVERIFY(geometry.height() <= MainWindow::kScreenshotSize.height());
        if (available.width() >= 1400 && available.height() >= 900)
            QCOMPARE(geometry.size(), MainWindow::kScreenshotSize);
    }

    // Run under Xvfb at QT_SCALE_FACTOR=2 on a 1600x1000 screen as well as
    // offscreen: the window as opened, frame included, is on the screen.
    void theOpenedWindowIsOnTheScreen()
    {
        MainWindow window;
        addThreePages(window);
        QVERIFY(window.minimumSize().width() <= MainWindow::kMinimumSize.width());
        QVERIFY(window.minimumSize().height() <= MainWindow::kMinimumSize.height());
        window.restoreRemembered(); // nothing remembered: the default geometry
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QTRY_VERIFY2(available.contains(window.frameGeometry()),
                     qPrintable(QStringLiteral("frame %1,%2 %3x%4 on %5,%6 %7x%8")
                                    .arg(window.frameGeometry().x())
                                    .arg(window.frameGeometry().y())
                                    .arg(window.frameGeometry().width())
                                    .arg(window.frameGeometry().height())
                                    .arg(available.x())
                                    .arg(available.y())
                                    .arg(available.width())
                                    .arg(available.height())));
        window.setCloseConfirmation([](const QString &) { return true; });
    }

    void theUserGuideIsFound()
    {
        // From the build tree: the source tree's README.
        const QString guide = kt::app::findUserGuide(QDir::tempPath());
        QVERIFY(guide.endsWith(QStringLiteral("/README.md")));
        QVERIFY(QFileInfo::exists(guide));
        // An installed layout wins: bin/ next to share/doc/keepalive-tuner/.
        QTemporaryDir prefix;
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("share/doc/keepalive-tuner")));
        QFile readme(prefix.filePath(QStringLiteral("share/doc/keepalive-tuner/README.md")));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.close();
        QCOMPARE(kt::app::findUserGuide(prefix.filePath(QStringLiteral("bin"))),
                 QFileInfo(readme).absoluteFilePath());
    }

    void helpDialogsShowWhatTheyPromise()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        MainWindow window;
        addThreePages(window);
        window.setUserGuideLocator([] { return QString(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString shots = qEnvironmentVariable("KT_APPEARANCE_SHOTS");

        window.action(QStringLiteral("actionShortcuts"))->trigger();
        auto *shortcuts = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(shortcuts);
        QTRY_VERIFY(shortcuts->isVisible());
        auto *list = shortcuts->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QCOMPARE(list->topLevelItemCount(), int(ShortcutsDialog::entries(window.menuBar()).size()));
        if (!shots.isEmpty())
            shortcuts->grab().save(QDir(shots).filePath(QStringLiteral("shortcuts.png")));
        shortcuts->close();

        window.action(QStringLiteral("actionAbout"))->trigger();
        auto *about = window.findChild<QDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        const QString text = about->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
        QVERIFY2(text.contains(QStringLiteral("9.8.7")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        if (!shots.isEmpty())
            about->grab().save(QDir(shots).filePath(QStringLiteral("about.png")));
        about->close();

        // No user guide anywhere: a message says so, without blocking.
        window.action(QStringLiteral("actionUserGuide"))->trigger();
        auto *message = window.findChild<QMessageBox *>(QStringLiteral("userGuideMessage"));
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("not found")));
        message->close();
    }

    void appearanceSwitchesLive()
    {
        kt::app::GuiAssembly assembly(fixtureOptions());
        MainWindow *window = assembly.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QString shots = qEnvironmentVariable("KT_APPEARANCE_SHOTS");
        const QStringList pages{QStringLiteral("system"), QStringLiteral("timeline")};
        // Pages fill what is below the fold after their first paint; render
        // them settled, as the screenshot mode does.
        for (const QString &id : pages) {
            QVERIFY(window->showPage(id));
            QTRY_VERIFY(window->page(id)->isReadyForScreenshot());
        }
        auto renderAll = [&](const QString &suffix) {
            QList<QImage> images;
            for (const QString &id : pages) {
                images << window->renderPage(id);
                if (!shots.isEmpty())
                    images.last().save(QDir(shots).filePath(id + suffix + QStringLiteral(".png")));
            }
            return images;
        };
        window->setAppearance(theme::Appearance::Light);
        // The first render at the screenshot size lets the scroll area settle
        // its range (the scroll bar's handle moves by a few pixels); compare
        // from the second on.
        renderAll(QStringLiteral("-0-light"));
        const QList<QImage> light = renderAll(QStringLiteral("-1-light"));
        window->setAppearance(theme::Appearance::Dark);
        const QList<QImage> dark = renderAll(QStringLiteral("-2-dark"));
        window->setAppearance(theme::Appearance::Light);
        const QList<QImage> lightAgain = renderAll(QStringLiteral("-3-light"));
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(light[i] != dark[i], qPrintable(pages[i]));
            QVERIFY2(light[i] == lightAgain[i], qPrintable(pages[i]));
        }
        // The header strip and the sidebar are drawn on the dark window colour.
        const QImage d = dark.first();
        QVERIFY(QColor(d.pixel(5, d.height() / 2)).lightness() < 128);
    }

    // View > Language: each language named in its own language, the choice
    // remembered, and since pages are built in one language, a restart
    // offered when the interface would change.
    void languageIsChosenFromTheMenu()
    {
        QCOMPARE(i18n::installedLanguage(), i18n::Language::English);
        QCOMPARE(MainWindow::rememberedLanguage(), i18n::Language::System);
        {
            MainWindow window;
            addThreePages(window);
            window.restoreRemembered();
            int restarts = 0;
            window.setRestartHandler([&restarts] { ++restarts; });
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction *system = window.action(QStringLiteral("actionLanguageSystem"));
            QAction *english = window.action(QStringLiteral("actionLanguageEn"));
            QAction *chinese = window.action(QStringLiteral("actionLanguageZh_CN"));
            QVERIFY(system && english && chinese);
            QCOMPARE(english->text(), QStringLiteral("English"));
            QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
            QVERIFY(system->isChecked());

            // English is what is shown: remembered, nothing to restart for.
            english->trigger();
            QCOMPARE(window.languageChoice(), i18n::Language::English);
            QCOMPARE(QSettings().value(QStringLiteral("window/language")).toString(),
                     QStringLiteral("en"));
            QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("languageMessage")));

            // Chinese needs a new start: the message says so and offers it.
            chinese->trigger();
            QVERIFY(chinese->isChecked());
            QCOMPARE(QSettings().value(QStringLiteral("window/language")).toString(),
                     QStringLiteral("zh_CN"));
            QCOMPARE(MainWindow::rememberedLanguage(), i18n::Language::SimplifiedChinese);
            auto *message = window.findChild<QMessageBox *>(QStringLiteral("languageMessage"));
            QVERIFY(message);
            QTRY_VERIFY(message->isVisible());
            QVERIFY2(message->text().contains(QStringLiteral("简体中文")),
                     qPrintable(message->text()));
            if (const QString shots = qEnvironmentVariable("KT_APPEARANCE_SHOTS");
                !shots.isEmpty()) {
                message->grab().save(QDir(shots).filePath(QStringLiteral("language-message.png")));
                auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
                menu->popup(window.mapToGlobal(QPoint(40, 40)));
                QTRY_VERIFY(menu->isVisible());
                menu->grab().save(QDir(shots).filePath(QStringLiteral("language-menu.png")));
                menu->hide();
            }
            auto *restart = message->findChild<QPushButton *>(QStringLiteral("restartNow"));
            QVERIFY(restart);
            restart->click();
            QTRY_COMPARE(restarts, 1);

            // Reset forgets the choice: the next start follows the system.
            window.action(QStringLiteral("actionResetRemembered"))->trigger();
            QVERIFY(system->isChecked());
            QCOMPARE(MainWindow::rememberedLanguage(), i18n::Language::System);
            QVERIFY(window.close());
        }
        {
            // Without a restart handler the message only says when it applies.
            QSettings().setValue(QStringLiteral("window/language"), QStringLiteral("zh_CN"));
            MainWindow window;
            addThreePages(window);
            window.restoreRemembered();
            QVERIFY(window.action(QStringLiteral("actionLanguageZh_CN"))->isChecked());
            window.show();
            window.action(QStringLiteral("actionLanguageSystem"))->trigger();
            QCOMPARE(QSettings().value(QStringLiteral("window/language")).toString(),
                     QStringLiteral("system"));
            // The system (C here) is English, as the interface already is.
            QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("languageMessage")));
            window.action(QStringLiteral("actionLanguageZh_CN"))->trigger();
            auto *message = window.findChild<QMessageBox *>(QStringLiteral("languageMessage"));
            QVERIFY(message);
            QVERIFY(!message->findChild<QPushButton *>(QStringLiteral("restartNow")));
            message->close();
            QVERIFY(window.close());
        }
    }

    // The choice made in a window that remembers nothing (--screenshot, the
    // tests) is not written.
    void languageOfAWindowThatRemembersNothingIsNotWritten()
    {
        MainWindow window;
        addThreePages(window);
        window.chooseLanguage(i18n::Language::English);
        QCOMPARE(window.languageChoice(), i18n::Language::English);
        QVERIFY(!QSettings().contains(QStringLiteral("window/language")));
    }

    void renderPageHasTheScreenshotSize()
    {
        MainWindow window;
        window.addPage(new TestPage(QStringLiteral("a"), QStringLiteral("x")));
        window.show();
        const QImage image = window.renderPage(QStringLiteral("a"));
        QCOMPARE(image.size() / image.devicePixelRatio(), MainWindow::kScreenshotSize);
        QVERIFY(window.renderPage(QStringLiteral("missing")).isNull());
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

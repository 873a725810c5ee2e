// Every page of the real window in Simplified Chinese, with the translation
// built into the program: at the smallest window (800 × 560) and at the
// screenshot size, no label is cut short and nothing overlaps (the same
// PageFitCheck the English page tests use). The pages are built after the
// translators are installed, as the application does. With KT_GRAB_DIR set,
// each page is saved there as layout-zh_CN-<page>-<size>.png to look at.
#include "GuiFixtures.h"
#include "PageFitCheck.h"
#include "app/gui/GuiAssembly.h"
#include "i18n/Translation.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"

#include <QApplication>
#include <QFontDatabase>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

using namespace kt;

class TestLayoutZhCn : public QObject
{
    Q_OBJECT

    std::unique_ptr<app::GuiAssembly> m_assembly;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(i18n::installTranslators(*qApp, i18n::Language::SimplifiedChinese),
                 i18n::Language::SimplifiedChinese);
        // Without a CJK font the glyphs are boxes of about the same width, so
        // the check still means something; the screenshots would not.
        if (QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty())
            qWarning("no font for Simplified Chinese is installed (Debian: fonts-noto-cjk)");
        m_assembly = std::make_unique<app::GuiAssembly>(test::hostAOptions());
        m_assembly->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_assembly->window()));
    }

    void cleanupTestCase()
    {
        m_assembly.reset();
        i18n::removeTranslators();
    }

    void theSidebarIsTranslatedWhereTheTranslationHasIt()
    {
        // The page titles come from the translation when it has them: a
        // title the .qm translates must not show in English.
        const QString system = QCoreApplication::translate("kt::ui::SystemPage", "System");
        auto *sidebar = m_assembly->window()->findChild<QListWidget *>(QStringLiteral("pageList"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->item(0)->text(), system);
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QString>("pageId");
        QTest::addColumn<QSize>("size");
        for (const QString &id : m_assembly->window()->pageIds()) {
            for (const QSize size : {QSize(800, 560), ui::MainWindow::kScreenshotSize})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 %2x%3").arg(id).arg(size.width()).arg(size.height())))
                    << id << size;
        }
    }
    void everyPageFits()
    {
        QFETCH(QString, pageId);
        QFETCH(QSize, size);
        ui::MainWindow *window = m_assembly->window();
        QVERIFY(window->showPage(pageId));
        window->resize(size);
        QTRY_COMPARE(window->size(), size);
        ui::Page *page = window->page(pageId);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isReadyForScreenshot(), 20000);
        QTest::qWait(50);
        const QStringList problems = pagefit::problems(page);
        pagefit::saveGrab(window, QStringLiteral("layout-zh_CN-%1-%2x%3")
                                      .arg(pageId)
                                      .arg(size.width())
                                      .arg(size.height()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLayoutZhCn)
#include "tst_layout_zh_cn.moc"

// The main window's frame: pages built on first use, the header strip
// following the current page, the sidebar driving the stack.
#include "ui/MainWindow.h"
#include "ui/Page.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

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
};

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

    void aLongHeadlineGetsTheLinesItNeeds()
    {
        MainWindow window;
        auto *a = new TestPage(QStringLiteral("a"), QStringLiteral("short"));
        window.addPage(a);
        window.addPage(new TestPage(QStringLiteral("b"), QStringLiteral("short")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *headline = window.findChild<QLabel *>(QStringLiteral("headline"));
        const int oneLine = headline->height();
        a->changeHeadline(QStringLiteral("A silently dead peer is noticed after 2 h 11 min 15 s "
                                         "(7200 + 9 × 75 s) with the test connection to "
                                         "127.0.0.1:37865, which is long enough to wrap twice "
                                         "at this width"));
        QTRY_VERIFY(headline->height() > oneLine);
        QTRY_VERIFY(headline->height() >= headline->heightForWidth(headline->width()));
        // And as rendered for a screenshot, after switching pages.
        window.renderPage(QStringLiteral("b"));
        window.renderPage(QStringLiteral("a"));
        QVERIFY2(headline->height() >= headline->heightForWidth(headline->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(headline->height())
                                .arg(headline->heightForWidth(headline->width()))));
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

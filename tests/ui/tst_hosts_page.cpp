// The Hosts page in the real window: reports opened from fixture files and
// folders, drift marked three ways (≠, bold, a theme tint with AA contrast),
// the baseline chosen, malformed reports refused whole with each file named,
// dropping a folder, the CSV export, and fitting 800×560 in light and dark.
#include "GuiFixtures.h"
#include "PageFitCheck.h"
#include "app/gui/GuiAssembly.h"
#include "sysctl/HostReport.h"
#include "ui/HostTableModel.h"
#include "ui/HostsPage.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFont>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>

using namespace kt;
using ui::HostTableModel;

namespace {

const QString kReports = QStringLiteral(KT_FIXTURES_DIR "/reports");

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString cell(const HostTableModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

bool bold(const HostTableModel *model, int row, int column)
{
    return model->data(model->index(row, column), Qt::FontRole).value<QFont>().bold();
}

} // namespace

class TestHostsPage : public QObject
{
    Q_OBJECT
private slots:
    void driftIsMarkedNotByColourAlone()
    {
        ui::HostsPage page;
        QVERIFY(page.openReports({kReports + QStringLiteral("/matching"),
                                  kReports + QStringLiteral("/drifting/web-3.json")}));
        const HostTableModel *model = page.model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(cell(model, 0, HostTableModel::Host), QStringLiteral("web-1 (baseline)"));
        // web-2 matches web-1: no marks.
        QCOMPARE(cell(model, 1, HostTableModel::Idle), QStringLiteral("900 s"));
        QVERIFY(!bold(model, 1, HostTableModel::Idle));
        QVERIFY(!model->data(model->index(1, HostTableModel::Idle), Qt::BackgroundRole).isValid());
        // The probe count differs from what the boot applies on every host.
        QCOMPARE(cell(model, 1, HostTableModel::Probes), QStringLiteral("7 (boot: 5)"));
        // web-3 drifts: marked, bold, tinted, and the tooltip says from what.
        QCOMPARE(cell(model, 2, HostTableModel::Idle), QStringLiteral("≠ 7200 s (boot: 900 s)"));
        QVERIFY(bold(model, 2, HostTableModel::Idle));
        QVERIFY(model->data(model->index(2, HostTableModel::Idle), Qt::BackgroundRole).isValid());
        QVERIFY(cell(model, 2, HostTableModel::Idle, Qt::ToolTipRole)
                    .contains(QStringLiteral("7200 s (baseline 900 s)")));
        QCOMPARE(cell(model, 2, HostTableModel::Detection), QStringLiteral("≠ 2 h 5 min 15 s"));
        QCOMPARE(cell(model, 2, HostTableModel::Interval), QStringLiteral("45 s"));
        QCOMPARE(cell(model, 2, HostTableModel::Warnings), QStringLiteral("3 (1 problem)"));
        QCOMPARE(model->driftingHosts(), 1);
        QCOMPARE(page.headline(), QStringLiteral("1 of 3 hosts differs from the baseline web-1"));

        // Another baseline: now web-1 and web-2 differ from web-3.
        auto *baseline = page.findChild<QComboBox *>(QStringLiteral("baselineHost"));
        QVERIFY(baseline && baseline->isEnabled());
        baseline->setCurrentIndex(2);
        QCOMPARE(model->baseline(), 2);
        QCOMPARE(cell(model, 0, HostTableModel::Idle), QStringLiteral("≠ 900 s"));
        QCOMPARE(cell(model, 2, HostTableModel::Host), QStringLiteral("web-3 (baseline)"));
        QCOMPARE(page.headline(), QStringLiteral("2 of 3 hosts differ from the baseline web-3"));
    }

    void tintKeepsTextReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void tintKeepsTextReadable()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? ui::theme::darkPalette() : ui::theme::lightPalette();
        const QColor background = ui::theme::differenceBackground(palette);
        QVERIFY(contrast(ui::theme::differenceText(palette), background) >= 4.5);
        // Visible as a tint against the table's base, yet not a loud block.
        QVERIFY(background != palette.color(QPalette::Base));
    }

    void malformedReportsOpenNothing()
    {
        ui::HostsPage page;
        QVERIFY(page.openReports({kReports + QStringLiteral("/matching")}));
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"settings\": [");
        bad.close();
        QVERIFY(
            !page.openReports({kReports + QStringLiteral("/drifting/web-3.json"), bad.fileName()}));
        // Nothing half-loaded: the two reports from before stay.
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY2(page.message().contains(bad.fileName() + QStringLiteral(": not valid JSON")),
                 qPrintable(page.message()));
        QVERIFY(!page.message().contains(QStringLiteral("web-3.json")));
    }

    void droppingAFolderOpensIt()
    {
        ui::HostsPage page;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(kReports + QStringLiteral("/matching"))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &drop);
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.headline(),
                 QStringLiteral("All 2 hosts have the keep-alive values of web-1"));
    }

    void exportsTheCoresCsv()
    {
        ui::HostsPage page;
        QVERIFY(page.openReports({kReports + QStringLiteral("/matching"),
                                  kReports + QStringLiteral("/drifting/web-3.json")}));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hosts.csv"));
        QVERIFY(page.exportCsv(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), hostReportsToCsv(page.model()->reports(), 0));
        QVERIFY(!page.exportCsv(dir.filePath(QStringLiteral("missing/hosts.csv"))));
        QVERIFY(page.message().contains(QStringLiteral("could not be written")));
    }

    void fitsTheSmallestWindow_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void fitsTheSmallestWindow()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(ui::theme::darkPalette());
        {
            app::GuiOptions options = test::hostAOptions();
            options.hostReports = {kReports + QStringLiteral("/matching"),
                                   kReports + QStringLiteral("/drifting")};
            app::GuiAssembly assembly(options);
            ui::MainWindow *window = assembly.window();
            window->show();
            window->showPage(QStringLiteral("hosts"));
            ui::Page *page = window->page(QStringLiteral("hosts"));
            QCOMPARE(page->title(), QStringLiteral("Hosts"));
            QCOMPARE(window->pageIds().constLast(), QStringLiteral("hosts"));
            for (const QSize size : {QSize(800, 560), ui::MainWindow::kScreenshotSize}) {
                window->resize(size);
                QTRY_COMPARE(window->size(), size);
                QTest::qWait(50);
                const QStringList problems = pagefit::problems(page);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
                const QStringList unnamed = pagefit::unnamedControls(page);
                QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
                pagefit::saveGrab(window, QStringLiteral("hosts-%1x%2%3")
                                              .arg(size.width())
                                              .arg(size.height())
                                              .arg(dark ? QStringLiteral("-dark") : QString()));
            }
        }
        if (dark)
            QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestHostsPage)
#include "tst_hosts_page.moc"

// The path measurement's lanes and trials table, fed with results built
// here: one lane per trial, bars as long as each idle (so far, while open),
// a check mark where the path carried the byte and a cross where it was
// cut, in the theme's colours on light and dark palettes, and the span
// between the bounds shaded. The table lists the same trials in core's words.
#include "params/Format.h"
#include "pathtimeout/PathTimeout.h"
#include "ui/PathTimeoutChart.h"
#include "ui/PathTimeoutTrialsModel.h"
#include "ui/Theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace kt;
using namespace kt::pathtimeout;
using Chart = kt::ui::PathTimeoutChart;

namespace {

Trial trial(int round, double idleS, TrialOutcome outcome, const QString &detail = {})
{
    Trial t;
    t.round = round;
    t.idleS = idleS;
    t.outcome = outcome;
    t.idleReachedS = outcome == TrialOutcome::Pending ? 0 : idleS;
    t.detail = detail;
    return t;
}

// Two rounds against a path that cuts silently at 350 s: the first spread
// over 15 min, the second between 300 s and 400 s; one trial still open.
PathTimeoutResult twoRounds()
{
    PathTimeoutResult r;
    r.target = QStringLiteral("db.example.org:5432");
    r.trials = {
        trial(1, 100, TrialOutcome::Survived, QStringLiteral("acknowledged after 0.1 ms")),
        trial(1, 200, TrialOutcome::Survived),
        trial(1, 300, TrialOutcome::Survived),
        trial(1, 400, TrialOutcome::CutBySilence, QStringLiteral("not acknowledged")),
        trial(1, 500, TrialOutcome::Skipped),
        trial(1, 900, TrialOutcome::Skipped),
        trial(2, 325, TrialOutcome::Survived),
        trial(2, 350, TrialOutcome::CutByRst, QStringLiteral("a reset instead")),
        trial(2, 375, TrialOutcome::Pending),
    };
    r.trials[4].idleReachedS = 400;
    r.trials[5].idleReachedS = 400;
    r.setBounds(boundsOf(r.trials));
    return r;
}

double distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

// Whether a pixel near `centre` has `colour` (antialiasing blends the edges;
// the middle of a stroke keeps the colour).
bool colourNear(const QImage &image, const QPointF &centre, const QColor &colour)
{
    const int r = 6;
    for (int dy = -r; dy <= r; ++dy) {
        for (int dx = -r; dx <= r; ++dx) {
            const QPoint p = centre.toPoint() + QPoint(dx, dy);
            if (image.rect().contains(p) && distance(image.pixelColor(p), colour) < 40)
                return true;
        }
    }
    return false;
}

} // namespace

class TestPathTimeoutChart : public QObject
{
    Q_OBJECT
private slots:
    void init() { QApplication::setPalette(ui::theme::lightPalette()); }

    void oneLanePerTrialWithItsMark()
    {
        const PathTimeoutResult r = twoRounds();
        Chart chart;
        chart.resize(640, 320);
        chart.setTrials(r, {{8, 120.0}}, 900);
        const QList<Chart::Lane> lanes = chart.lanes();
        QCOMPARE(lanes.size(), r.trials.size());
        const QList<Chart::Mark> marks = {
            Chart::Mark::Survived, Chart::Mark::Survived, Chart::Mark::Survived,
            Chart::Mark::Cut,      Chart::Mark::Other,    Chart::Mark::Other,
            Chart::Mark::Survived, Chart::Mark::Cut,      Chart::Mark::Open};
        for (int i = 0; i < lanes.size(); ++i) {
            QCOMPARE(lanes[i].index, i);
            QCOMPARE(lanes[i].round, r.trials[i].round);
            QCOMPARE(lanes[i].mark, marks[i]);
            QCOMPARE(lanes[i].plannedS, r.trials[i].idleS);
        }
        // Lanes one below the other, the second round after a gap.
        for (int i = 1; i < lanes.size(); ++i)
            QVERIFY(lanes[i].bar.top() >= lanes[i - 1].bar.bottom());
        QVERIFY(lanes[6].bar.top() - lanes[5].bar.bottom() >
                lanes[5].bar.top() - lanes[4].bar.bottom());
    }

    void barsAreAsLongAsTheIdle()
    {
        const PathTimeoutResult r = twoRounds();
        Chart chart;
        chart.resize(640, 320);
        chart.setTrials(r, {{8, 120.0}}, 900);
        const QList<Chart::Lane> lanes = chart.lanes();
        // Every bar starts at the axis's zero; length is proportional.
        const double perSecond = lanes[0].bar.width() / 100.0;
        QVERIFY(perSecond > 0);
        for (const Chart::Lane &lane : lanes) {
            QCOMPARE(lane.bar.left(), lanes[0].bar.left());
            QVERIFY2(std::abs(lane.bar.width() - lane.reachedS * perSecond) < 0.5,
                     qPrintable(QStringLiteral("lane %1").arg(lane.index)));
        }
        // The open trial: filled to its idle so far, its planned idle outlined.
        const Chart::Lane &open = lanes[8];
        QCOMPARE(open.reachedS, 120.0);
        QVERIFY(std::abs(open.planned.width() - 375 * perSecond) < 0.5);
        QVERIFY(open.bar.width() < open.planned.width());
        // Skipped trials end where they were closed, not at their plan.
        QCOMPARE(lanes[4].reachedS, 400.0);
        // The idle grows as the run reports it.
        chart.setTrials(r, {{8, 300.0}}, 900);
        QVERIFY(chart.lanes()[8].bar.width() > open.bar.width());
    }

    void theBoundsAreShaded()
    {
        const PathTimeoutResult r = twoRounds();
        QCOMPARE(r.longestSurvivedS, 325.0);
        QCOMPARE(r.shortestCutS, std::optional<double>(350));
        Chart chart;
        chart.resize(640, 320);
        chart.setTrials(r, {}, 900);
        const QList<Chart::Lane> lanes = chart.lanes();
        const QRectF span = chart.boundsSpan();
        QVERIFY(!span.isEmpty());
        const double perSecond = lanes[0].bar.width() / 100.0;
        QVERIFY(std::abs(span.left() - (lanes[0].bar.left() + 325 * perSecond)) < 0.5);
        QVERIFY(std::abs(span.right() - (lanes[0].bar.left() + 350 * perSecond)) < 0.5);
        // Nothing cut: nothing shaded.
        PathTimeoutResult survived;
        survived.trials = {trial(1, 100, TrialOutcome::Survived)};
        survived.setBounds(boundsOf(survived.trials));
        chart.setTrials(survived, {}, 100);
        QVERIFY(chart.boundsSpan().isEmpty());
    }

    void marksInTheThemesColours_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void marksInTheThemesColours()
    {
        QFETCH(bool, dark);
        const QPalette pal = dark ? ui::theme::darkPalette() : ui::theme::lightPalette();
        QApplication::setPalette(pal);
        Chart chart;
        chart.setPalette(pal);
        chart.resize(640, 320);
        chart.setTrials(twoRounds(), {{8, 120.0}}, 900);
        QImage image(chart.size(), QImage::Format_ARGB32);
        image.fill(ui::theme::cardBackground(pal));
        {
            QPainter painter(&image);
            chart.paint(painter, chart.size());
        }
        const QList<Chart::Lane> lanes = chart.lanes();
        QVERIFY(colourNear(image, lanes[0].markAt, ui::theme::ack(pal)));
        QVERIFY(!colourNear(image, lanes[0].markAt, ui::theme::abort(pal)));
        QVERIFY(colourNear(image, lanes[3].markAt, ui::theme::abort(pal)));
        QVERIFY(!colourNear(image, lanes[3].markAt, ui::theme::ack(pal)));
        QVERIFY(colourNear(image, lanes[7].markAt, ui::theme::abort(pal)));
        // Bars are the neutral idle colour.
        QVERIFY(colourNear(image, lanes[2].bar.center(), ui::theme::idle(pal)));
        // The open lane has no mark yet.
        QVERIFY(!colourNear(image, lanes[8].markAt, ui::theme::ack(pal)));
        QVERIFY(!colourNear(image, lanes[8].markAt, ui::theme::abort(pal)));
        // For looking at, as pagefit::saveGrab does for widgets.
        if (const QString dir = qEnvironmentVariable("KT_GRAB_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            image.save(dir + (dark ? QStringLiteral("/path-timeout-chart-dark.png")
                                   : QStringLiteral("/path-timeout-chart-light.png")));
        }
    }

    void lanesSayWhatTheyAre()
    {
        const PathTimeoutResult r = twoRounds();
        Chart chart;
        chart.setTrials(r, {{8, 120.0}}, 900);
        const QString survived = chart.laneText(0);
        QVERIFY2(survived.contains(outcomeText(TrialOutcome::Survived)), qPrintable(survived));
        QVERIFY(survived.contains(formatSeconds(100)));
        QVERIFY(survived.contains(QStringLiteral("acknowledged after 0.1 ms")));
        QVERIFY(chart.laneText(3).contains(outcomeText(TrialOutcome::CutBySilence)));
        QVERIFY(chart.laneText(7).contains(outcomeText(TrialOutcome::CutByRst)));
        QVERIFY(chart.laneText(8).contains(formatSeconds(120)));
        QVERIFY(chart.laneText(9).isEmpty());
        // The legend in words, and the counts, for a screen reader.
        const QString description = chart.accessibleDescription();
        QVERIFY2(description.contains(QStringLiteral("9 trials: 4 survived, 2 cut, 1 open")),
                 qPrintable(description));
        QVERIFY(description.contains(outcomeText(TrialOutcome::Survived)));
        QVERIFY(!chart.accessibleName().isEmpty());
    }

    void manyLanesGrowTheChart()
    {
        PathTimeoutResult r;
        Chart chart;
        chart.setTrials(r, {}, 900);
        const int few = chart.minimumSizeHint().height();
        for (int i = 1; i <= 64; ++i)
            r.trials << trial(1 + i / 16, i * 10, TrialOutcome::Survived);
        chart.setTrials(r, {}, 900);
        QVERIFY(chart.minimumSizeHint().height() > few);
        chart.resize(chart.minimumSizeHint());
        const QList<Chart::Lane> lanes = chart.lanes();
        for (int i = 1; i < lanes.size(); ++i)
            QVERIFY(lanes[i].bar.top() >= lanes[i - 1].bar.bottom());
        QVERIFY(lanes.last().bar.bottom() <= chart.height());
    }

    void emptyChartSaysWhereTheLanesWillBe()
    {
        Chart chart;
        chart.resize(400, 200);
        QVERIFY(chart.lanes().isEmpty());
        QVERIFY(chart.accessibleDescription().startsWith(QStringLiteral("No trials yet.")));
        QImage image(chart.size(), QImage::Format_ARGB32);
        QPainter painter(&image);
        chart.paint(painter, chart.size()); // nothing to divide by zero
    }

    void tableListsTheTrials()
    {
        ui::PathTimeoutTrialsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const PathTimeoutResult r = twoRounds();
        QList<Trial> firstRound = r.trials.mid(0, 6);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setTrials(firstRound, {});
        QCOMPARE(model.rowCount(), 6);
        model.setTrials(r.trials, {{8, 120.0}});
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(inserted.size(), 2); // added, not reset
        using M = ui::PathTimeoutTrialsModel;
        const auto cell = [&model](int row, int column) {
            return model.data(model.index(row, column)).toString();
        };
        QCOMPARE(cell(0, M::RoundColumn), QStringLiteral("1"));
        QCOMPARE(cell(0, M::IdleColumn), formatSeconds(100));
        QCOMPARE(cell(0, M::OutcomeColumn),
                 QStringLiteral("✔ ") + outcomeText(TrialOutcome::Survived));
        QCOMPARE(cell(3, M::OutcomeColumn),
                 QStringLiteral("✖ ") + outcomeText(TrialOutcome::CutBySilence));
        QCOMPARE(cell(4, M::OutcomeColumn), outcomeText(TrialOutcome::Skipped));
        QCOMPARE(cell(0, M::DetailColumn), QStringLiteral("acknowledged after 0.1 ms"));
        QVERIFY(cell(8, M::DetailColumn).contains(formatSeconds(120)));
        QCOMPARE(model.data(model.index(0, M::IdleColumn), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        for (int c = 0; c < M::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        // A new run starts the list again.
        model.setTrials(r.trials.mid(0, 1), {});
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestPathTimeoutChart)
#include "tst_path_timeout_chart.moc"

#include "helper/HelperKeys.h"
#include "params/Format.h"
#include "params/KeepaliveParams.h"
#include "params/KernelLimits.h"
#include "params/Validation.h"
#include "schedule/Schedule.h"
#include "session/ExploredParams.h"
#include "sysctl/SysctlKeys.h"

#include <QSignalSpy>
#include <QTest>

using namespace kt;

class TestParams : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreTheKernels()
    {
        const KeepaliveParams d = KeepaliveParams::kernelDefaults();
        QCOMPARE(d.idleS, 7200);
        QCOMPARE(d.intervalS, 75);
        QCOMPARE(d.count, 9);
        QCOMPARE(d.userTimeoutMs, 0);
    }

    // The one table is what every reader sees: the helper's allowlist, the
    // sysctl descriptions and the validation all return its numbers.
    void oneTableOfLimits()
    {
        const KeepaliveParams d = KeepaliveParams::kernelDefaults();
        const int defaults[] = {d.idleS, d.intervalS, d.count};
        const ParamField fields[] = {ParamField::Idle, ParamField::Interval, ParamField::Count};
        for (std::size_t i = 0; i < limits::kSysctls.size(); ++i) {
            const limits::SysctlEntry &entry = limits::kSysctls[i];
            QCOMPARE(&helper::kHelperKeys[i], &entry);
            const SysctlKeyInfo &info = sysctlKeys().at(qsizetype(i));
            QCOMPARE(info.name,
                     QString::fromLatin1(entry.name.data(), qsizetype(entry.name.size())));
            QCOMPARE(info.kernelDefault, entry.kernelDefault);
            QCOMPARE(entry.kernelDefault, defaults[i]);
            QCOMPARE(info.min, entry.min);
            QCOMPARE(info.max, entry.max);
            QCOMPARE(info.field, fields[i]);
            const ParamSpec spec = paramSpec(fields[i], ParamContext::Sysctl);
            QCOMPARE(spec.range.min, entry.min);
            QCOMPARE(spec.range.max, entry.max);
            QCOMPARE(spec.kernelName, info.name);
        }
    }

    void detectionTimeDoesNotOverflow()
    {
        ScheduleInput in;
        in.params = {int(limits::kSysctlTime.max), int(limits::kSysctlTime.max),
                     int(limits::kSysctlProbes.max), 0};
        QVERIFY(!validateScheduleInput(in));
        QCOMPARE(computeSchedule(in).detectionS.value_or(0),
                 double(2147483) + double(255) * 2147483);
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("seconds") << qint64(75) << QStringLiteral("1 min 15 s");
        QTest::newRow("defaults") << qint64(7875) << QStringLiteral("2 h 11 min 15 s");
        QTest::newRow("hole") << qint64(7215) << QStringLiteral("2 h 15 s");
        QTest::newRow("days") << qint64(90061) << QStringLiteral("1 d 1 h 1 min 1 s");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("-5 s");
    }
    void formatDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(kt::formatDuration(seconds), expected);
    }

    void formatPrecise()
    {
        QCOMPARE(formatSecondsPrecise(0.25), QStringLiteral("250 ms"));
        QCOMPARE(formatSecondsPrecise(1.25), QStringLiteral("1.250 s"));
    }

    // One rounding for modelled times: a tenth of a second, whole values
    // without a fraction, so a header and a drawing can never differ.
    void formatSeconds_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole") << 15.0 << QStringLiteral("15 s");
        QTest::newRow("retries2 default") << 924.6 << QStringLiteral("15 min 24.6 s");
        QTest::newRow("rounds up to whole") << 924.96 << QStringLiteral("15 min 25 s");
        QTest::newRow("rounds to a tenth") << 924.56 << QStringLiteral("15 min 24.6 s");
        QTest::newRow("below a minute") << 0.2 << QStringLiteral("0.2 s");
        QTest::newRow("defaults") << 7875.0 << QStringLiteral("2 h 11 min 15 s");
        QTest::newRow("hours and a fraction") << 7875.5 << QStringLiteral("2 h 11 min 15.5 s");
        QTest::newRow("negative") << -1.5 << QStringLiteral("-1.5 s");
    }
    void formatSeconds()
    {
        QFETCH(double, seconds);
        QFETCH(QString, expected);
        QCOMPARE(kt::formatSeconds(seconds), expected);
    }

    void formatMilliseconds_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("shortText");
        QTest::newRow("sub-second")
            << qint64(250) << QStringLiteral("250 ms") << QStringLiteral("250 ms");
        QTest::newRow("seconds") << qint64(12000) << QStringLiteral("12.000 s")
                                 << QStringLiteral("12.000 s");
        QTest::newRow("minutes round to nearest")
            << qint64(119499) << QStringLiteral("1 min 59 s") << QStringLiteral("1 min 59 s");
        QTest::newRow("hours") << qint64(7199600) << QStringLiteral("2 h") << QStringLiteral("2 h");
        QTest::newRow("hours, short drops seconds")
            << qint64(7170000) << QStringLiteral("1 h 59 min 30 s") << QStringLiteral("1 h 59 min");
    }
    void formatMilliseconds()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QFETCH(QString, shortText);
        QCOMPARE(kt::formatMilliseconds(ms), expected);
        QCOMPARE(formatMillisecondsShort(ms), shortText);
    }

    void formatValuesAndRanges()
    {
        QCOMPARE(formatValue(75, QStringLiteral("s")), QStringLiteral("75 s"));
        QCOMPARE(formatValue(9, QString()), QStringLiteral("9"));
        QCOMPARE(formatRange(1, 127, QString()), QStringLiteral("between 1 and 127"));
        QCOMPARE(formatRange(0, 2147483647, QStringLiteral("ms")),
                 QStringLiteral("between 0 and 2147483647 ms"));
        QCOMPARE(formatRequested(std::nullopt, QStringLiteral("s")), inheritWord());
        QCOMPARE(formatRequested(10, QStringLiteral("s")), QStringLiteral("10 s"));
    }

    void parseWholeNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value"); // -1: refused
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << QStringLiteral("10") << qint64(10) << QString();
        QTest::newRow("lowest") << QStringLiteral("1") << qint64(1) << QString();
        QTest::newRow("zero") << QStringLiteral("0") << qint64(-1)
                              << QStringLiteral("--idle must be between 1 and 32767 s "
                                                "(TCP_KEEPIDLE); got 0");
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1)
                                  << QStringLiteral("--idle must be between 1 and 32767 s "
                                                    "(TCP_KEEPIDLE); got -5");
        QTest::newRow("huge is out of range")
            << QStringLiteral("99999999999999999999") << qint64(-1)
            << QStringLiteral("--idle must be between 1 and 32767 s (TCP_KEEPIDLE); got "
                              "99999999999999999999");
        QTest::newRow("unit") << QStringLiteral("5s") << qint64(-1)
                              << QStringLiteral("--idle takes a whole number, not \"5s\"");
        QTest::newRow("plus") << QStringLiteral("+5") << qint64(-1)
                              << QStringLiteral("--idle takes a whole number, not \"+5\"");
        QTest::newRow("space") << QStringLiteral(" 5") << qint64(-1)
                               << QStringLiteral("--idle takes a whole number, not \" 5\"");
        QTest::newRow("empty") << QString() << qint64(-1)
                               << QStringLiteral("--idle takes a whole number, not \"\"");
        QTest::newRow("minus only") << QStringLiteral("-") << qint64(-1)
                                    << QStringLiteral("--idle takes a whole number, not \"-\"");
    }
    void parseWholeNumber()
    {
        QFETCH(QString, text);
        QFETCH(qint64, value);
        QFETCH(QString, error);
        QString message;
        const auto parsed =
            kt::parseWholeNumber(text, QStringLiteral("--idle"),
                                 paramSpec(ParamField::Idle, ParamContext::Socket), &message);
        if (value < 0) {
            QVERIFY(!parsed);
            QCOMPARE(message, error);
        } else {
            QCOMPARE(parsed.value_or(-1), value);
            QVERIFY(message.isEmpty());
        }
    }

    void socketValidation_data()
    {
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("userTimeout");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("defaults") << 7200 << 75 << 9 << 0 << QString();
        QTest::newRow("minimum") << 1 << 1 << 1 << 0 << QString();
        QTest::newRow("maximum") << 32767 << 32767 << 127 << 2147483647 << QString();
        QTest::newRow("idle 0") << 0 << 75 << 9 << 0 << QStringLiteral("idle");
        QTest::newRow("idle too big") << 32768 << 75 << 9 << 0 << QStringLiteral("idle");
        QTest::newRow("interval 0") << 10 << 0 << 9 << 0 << QStringLiteral("interval");
        QTest::newRow("count 128") << 10 << 10 << 128 << 0 << QStringLiteral("count");
        QTest::newRow("negative timeout") << 10 << 10 << 3 << -1 << QStringLiteral("user_timeout");
    }
    void socketValidation()
    {
        QFETCH(int, idle);
        QFETCH(int, interval);
        QFETCH(int, count);
        QFETCH(int, userTimeout);
        QFETCH(QString, field);
        const auto error = validateForSocket({idle, interval, count, userTimeout});
        if (field.isEmpty()) {
            QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        } else {
            QVERIFY(error);
            QCOMPARE(error->field, field);
        }
    }

    void socketErrorNamesTheRange()
    {
        const auto error = validateForSocket({40000, 75, 9, 0});
        QVERIFY(error);
        QCOMPARE(error->message,
                 QStringLiteral("idle must be between 1 and 32767 s (TCP_KEEPIDLE); got 40000"));
    }

    void sysctlValidationAllowsLongerTimes()
    {
        QVERIFY(!validateForSysctl({100000, 75, 200, 0}));
        const auto error = validateForSysctl({7200, 75, 256, 0});
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("count"));
        QVERIFY(error->message.contains(QStringLiteral("1 and 255")));
    }

    void exploredParamsSignalsOnlyOnChange()
    {
        ExploredParams explored;
        QSignalSpy spy(&explored, &ExploredParams::changed);
        explored.setParams({60, 10, 3, 0}, QStringLiteral("test"));
        QCOMPARE(spy.count(), 1);
        explored.setParams({60, 10, 3, 0}, QStringLiteral("test"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(explored.params().idleS, 60);
        QCOMPARE(explored.origin(), QStringLiteral("test"));
    }

    void measurementBelongsToItsOrigin()
    {
        ExploredParams explored;
        explored.setParams({1, 1, 3, 0}, QStringLiteral("connection A"));
        QSignalSpy spy(&explored, &ExploredParams::measurementChanged);
        Measurement m{QStringLiteral("connection B"),
                      {1, 1, 3, 0},
                      true,
                      Scenario::Dead,
                      {{1.02, EventKind::Probe, 0, 1.02}}};
        explored.setMeasurement(m); // not the current origin
        QVERIFY(explored.measurement().isEmpty());
        m.origin = QStringLiteral("connection A");
        explored.setMeasurement(m);
        QCOMPARE(explored.measurement(), m);
        QCOMPARE(spy.count(), 1);
        // Same origin, new values (the connection re-read its options): kept.
        explored.setParams({1, 1, 4, 0}, QStringLiteral("connection A"));
        QCOMPARE(explored.measurement(), m);
        // Another origin: it no longer belongs to the values.
        explored.setParams({7200, 75, 9, 0}, QStringLiteral("this host's settings"));
        QVERIFY(explored.measurement().isEmpty());
        QCOMPARE(spy.count(), 2);
    }

    // Measured markers go only over the model they were measured with.
    void measurementMatchesOnlyItsModel()
    {
        const Measurement m{QStringLiteral("c"),
                            {10, 5, 9, 12000},
                            true,
                            Scenario::Dead,
                            {{10.0, EventKind::Probe, 0, 10.0}}};
        ScheduleInput in;
        in.params = {10, 5, 9, 12000};
        QVERIFY(m.matches(in));
        ScheduleInput other = in;
        other.scenario = Scenario::Alive;
        QVERIFY(!m.matches(other));
        other = in;
        other.params.userTimeoutMs = 0;
        QVERIFY(!m.matches(other));
        other = in;
        other.params.count = 8;
        QVERIFY(!m.matches(other));
        other = in;
        other.keepalive = false;
        QVERIFY(!m.matches(other));
        other = in;
        other.rttMs = 3; // how the model is drawn, not what was measured
        QVERIFY(m.matches(other));
    }

    void measuredScenario()
    {
        QCOMPARE(kt::measuredScenario({}), Scenario::Dead);
        QCOMPARE(kt::measuredScenario({{10, EventKind::Probe, 0, 10}}), Scenario::Dead);
        QCOMPARE(kt::measuredScenario(
                     {{10, EventKind::Probe, 0, 10}, {10.001, EventKind::Ack, 0, 10.001}}),
                 Scenario::Alive);
        QCOMPARE(
            kt::measuredScenario({{10, EventKind::Probe, 0, 10}, {15, EventKind::Abort, 0, 15}}),
            Scenario::Dead);
    }
};

QTEST_GUILESS_MAIN(TestParams)
#include "tst_params.moc"

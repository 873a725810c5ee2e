// keepalive-tuner --screenshot as a program, the way documentation builds use
// it: offscreen, under Xvfb, and at device pixel ratio 2.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runGui(const QStringList &args, const QProcessEnvironment &env, const QString &wrapper = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (wrapper.isEmpty()) {
        p.start(QStringLiteral(KT_KEEPALIVE_TUNER), args);
    } else {
        p.start(wrapper,
                QStringList{QStringLiteral("-a"), QStringLiteral(KT_KEEPALIVE_TUNER)} + args);
    }
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QProcessEnvironment offscreen()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

class TestScreenshotCli : public QObject
{
    Q_OBJECT
private slots:
    void offscreenWritesEveryPage()
    {
        QTemporaryDir dir;
        const Run run = runGui({QStringLiteral("--screenshot"), dir.path()}, offscreen());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("*.png")});
        QVERIFY(pngs.contains(QStringLiteral("system.png")));
        for (const QString &png : pngs) {
            QVERIFY(QFileInfo(dir.filePath(png)).size() > 10000);
            QVERIFY(run.out.contains(dir.filePath(png)));
        }
    }

    void onePageAtDevicePixelRatio2()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = offscreen();
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
        const Run run =
            runGui({QStringLiteral("--screenshot"), dir.path(), QStringLiteral("--page"),
                    QStringLiteral("system"), QStringLiteral("--dark")},
                   env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.png")}),
                 QStringList{QStringLiteral("system.png")});
        const QImage image(dir.filePath(QStringLiteral("system.png")));
        QCOMPARE(image.size(), QSize(2360, 1520));
    }

    // A page renders the same alone as with the others: the Test connection
    // page's connection must not reach the Timeline of a full run.
    void aPageAloneEqualsThePageInAFullRun()
    {
        QTemporaryDir full;
        QTemporaryDir alone;
        const Run all = runGui({QStringLiteral("--screenshot"), full.path()}, offscreen());
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const Run one = runGui({QStringLiteral("--screenshot"), alone.path(),
                                QStringLiteral("--page"), QStringLiteral("timeline")},
                               offscreen());
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        const QImage inFullRun(full.filePath(QStringLiteral("timeline.png")));
        const QImage byItself(alone.filePath(QStringLiteral("timeline.png")));
        QVERIFY(!inFullRun.isNull());
        QCOMPARE(inFullRun.size(), byItself.size());
        QVERIFY2(inFullRun == byItself,
                 "timeline.png differs between a full run and --page timeline");
    }

    // --screenshot neither reads nor writes the remembered state.
    void screenshotsLeaveSettingsAlone()
    {
        QTemporaryDir home;
        QTemporaryDir dir;
        QProcessEnvironment env = offscreen();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        const QString conf = home.filePath(QStringLiteral("keepalive-tuner/keepalive-tuner.conf"));
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("keepalive-tuner")));
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[window]\nappearance=dark\npage=timeline\n");
        file.close();
        const Run run = runGui({QStringLiteral("--screenshot"), dir.path(),
                                QStringLiteral("--page"), QStringLiteral("system")},
                               env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(dir.filePath(QStringLiteral("system.png")));
        // Not the remembered dark appearance: the light window colour.
        QVERIFY(QColor(image.pixel(5, image.height() / 2)).lightness() > 128);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("[window]\nappearance=dark\npage=timeline\n"));
    }

    void unknownPageFails()
    {
        QTemporaryDir dir;
        const Run run = runGui({QStringLiteral("--screenshot"), dir.path(),
                                QStringLiteral("--page"), QStringLiteral("nope")},
                               offscreen());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("no page called \"nope\"")));
    }

    // A scene drives the window into a state before rendering one page:
    // one picture, named after the scene, only once that state is reached.
    void scenesWriteOnePictureEach_data()
    {
        QTest::addColumn<QString>("scene");
        // A live test connection probed every second: its state takes seconds.
        QTest::newRow("timeline-live") << QStringLiteral("timeline-live");
        QTest::newRow("timeline-goal") << QStringLiteral("timeline-goal");
    }
    void scenesWriteOnePictureEach()
    {
        QFETCH(QString, scene);
        QTemporaryDir dir;
        const Run run = runGui({QStringLiteral("--screenshot"), dir.path(),
                                QStringLiteral("--scene"), scene, QStringLiteral("--dark")},
                               offscreen());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString png = scene + QStringLiteral(".png");
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.png")}), QStringList{png});
        QCOMPARE(run.out.trimmed(), dir.filePath(png));
        const QImage image(dir.filePath(png));
        QCOMPARE(image.size(), QSize(1180, 760));
        QVERIFY(QColor(image.pixel(5, image.height() / 2)).lightness() < 128); // --dark
    }

    void sceneMistakesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scene")
            << QStringList{QStringLiteral("--scene"), QStringLiteral("nope")}
            << QStringLiteral("no scene called \"nope\"; the scenes are: timeline-live, "
                              "timeline-goal, path-timeout-running, path-timeout-done, "
                              "advisor-measured.");
        QTest::newRow("with --page")
            << QStringList{QStringLiteral("--scene"), QStringLiteral("timeline-goal"),
                           QStringLiteral("--page"), QStringLiteral("timeline")}
            << QStringLiteral("cannot be combined with --page");
        // The path measurement's scenes measure a real server, named.
        for (const char *scene : {"path-timeout-running", "path-timeout-done", "advisor-measured"})
            QTest::newRow(scene) << QStringList{QStringLiteral("--scene"),
                                                QString::fromLatin1(scene)}
                                 << QStringLiteral("The scene %1 measures a real path: name its "
                                                   "server with --path-target HOST:PORT")
                                        .arg(QString::fromLatin1(scene));
        QTest::newRow("path target without a port")
            << QStringList{QStringLiteral("--scene"), QStringLiteral("path-timeout-done"),
                           QStringLiteral("--path-target"), QStringLiteral("db.example.org")}
            << QStringLiteral("--path-target: \"db.example.org\" has no port; write HOST:PORT");
        QTest::newRow("path target for another scene")
            << QStringList{QStringLiteral("--scene"), QStringLiteral("timeline-goal"),
                           QStringLiteral("--path-target"), QStringLiteral("127.0.0.1:4242")}
            << QStringLiteral("--path-target is for the scenes path-timeout-running, "
                              "path-timeout-done, advisor-measured, not timeline-goal.");
        QTest::newRow("path target without a scene")
            << QStringList{QStringLiteral("--path-target"), QStringLiteral("127.0.0.1:4242")}
            << QStringLiteral("--path-target needs --screenshot DIR --scene NAME");
    }
    void sceneMistakesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run run =
            runGui(QStringList{QStringLiteral("--screenshot"), dir.path()} + args, offscreen());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.png")}).isEmpty());
    }

    // Against a server on loopback with no middlebox in between: every trial
    // survives. The running dialog's moment comes (the first trial survived,
    // the others idle a second longer); a finished run has no timeout to
    // show, and the scene says so at once instead of drawing a wrong picture.
    void thePathScenesMeasureTheTarget()
    {
        // Listening is enough: the kernel acknowledges what a trial sends.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString target = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
        QTemporaryDir dir;
        const Run running =
            runGui({QStringLiteral("--screenshot"), dir.path(), QStringLiteral("--scene"),
                    QStringLiteral("path-timeout-running"), QStringLiteral("--path-target"), target,
                    QStringLiteral("--dark")},
                   offscreen());
        QVERIFY2(running.exitCode == 0, qPrintable(running.err));
        const QImage image(dir.filePath(QStringLiteral("path-timeout-running.png")));
        // The dialog at the size it opens with, not the window.
        QCOMPARE(image.size(), QSize(720, 520));
        QVERIFY(QColor(image.pixel(5, image.height() / 2)).lightness() < 128);

        const Run done =
            runGui({QStringLiteral("--screenshot"), dir.path(), QStringLiteral("--scene"),
                    QStringLiteral("advisor-measured"), QStringLiteral("--path-target"), target},
                   offscreen());
        QCOMPARE(done.exitCode, 1);
        QVERIFY2(done.err.contains(QStringLiteral("The scene advisor-measured cannot reach its "
                                                  "state; no picture was written. The path "
                                                  "measurement found no timeout to show")),
                 qPrintable(done.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("advisor-measured.png"))));
    }

    void sceneNeedsScreenshot()
    {
        const Run run =
            runGui({QStringLiteral("--scene"), QStringLiteral("timeline-goal")}, offscreen());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--scene needs --screenshot DIR")),
                 qPrintable(run.err));
    }

    void underXvfb()
    {
        const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfbRun.isEmpty())
            QSKIP("xvfb-run is not installed (Debian package xvfb); the offscreen cases cover "
                  "the rendering");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        QTemporaryDir dir;
        const Run run = runGui({QStringLiteral("--screenshot"), dir.path()}, env, xvfbRun);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(dir.filePath(QStringLiteral("system.png")));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1180, 760));
    }
};

QTEST_GUILESS_MAIN(TestScreenshotCli)
#include "tst_screenshot_cli.moc"

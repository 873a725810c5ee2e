// The editor widget with the real SysctlWriter and a fake pkexec
// (tests/support/fake-pkexec.sh) on a fixture tree: success, cancel (126) and
// deny (127) each show their words and leave nothing half-applied; validation
// as you type; the override notice; restoring the defaults; the dark palette.
#include "FakeHelperFixture.h"
#include "sysctl/SysctlWriter.h"
#include "ui/SysctlEditor.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace kt;
using Status = kt::ui::SysctlEditor::Status;

namespace {

struct Editor
{
    FakeHelperFixture host;
    SysctlWriter writer{FakeHelperFixture::command(), host.sources()};
    ui::SysctlEditor editor{&writer};

    // What the restore confirmation asked, and the answer it gets.
    QString question;
    QString changes;
    bool answer = true;

    Editor()
    {
        editor.setConfirmation(
            [this](const QString &q, const QString &c, const std::function<void(bool)> &reply) {
                question = q;
                changes = c;
                reply(answer);
            });
        editor.setHostValues(KeepaliveParams::kernelDefaults());
        editor.resize(760, 420);
        editor.show();
    }
    QSpinBox *spin(const char *name) const
    {
        return editor.findChild<QSpinBox *>(QLatin1String(name));
    }
    QPushButton *button(const char *name) const
    {
        return editor.findChild<QPushButton *>(QLatin1String(name));
    }
    QLabel *label(const char *name) const
    {
        return editor.findChild<QLabel *>(QLatin1String(name));
    }
    // Types like a person: select all, type the digits.
    void type(const char *spinName, const QString &text) const
    {
        QSpinBox *s = spin(spinName);
        s->setFocus();
        s->selectAll();
        QTest::keyClicks(s, text);
    }
    void editTo600_30_5() const
    {
        type("timeSpin", QStringLiteral("600"));
        type("intervalSpin", QStringLiteral("30"));
        type("probesSpin", QStringLiteral("5"));
    }
};

} // namespace

class TestSysctlEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<kt::SystemSnapshot>(); }

    void showsTheEffectWhileTyping()
    {
        Editor e;
        QVERIFY(e.label("effectLabel")->text().contains(QStringLiteral("2 h 11 min 15 s")));
        QVERIFY(!e.button("applyNowButton")->isEnabled()); // nothing to change yet
        e.editTo600_30_5();
        const QString effect = e.label("effectLabel")->text();
        QVERIFY2(effect.contains(QStringLiteral("12 min 30 s")), qPrintable(effect));
        QVERIFY(effect.contains(QStringLiteral("600 + 5 × 30 s")));
        QVERIFY(effect.contains(QStringLiteral("Now it takes 2 h 11 min 15 s")));
        QCOMPARE(e.label("timeSpinHint")->text(), QStringLiteral("= 10 min · default 2 h"));
        QVERIFY(e.button("applyNowButton")->isEnabled());
        QCOMPARE(e.editor.editedValues(), (KeepaliveParams{600, 30, 5, 0}));
    }

    void refusesInvalidInputAsYouType()
    {
        Editor e;
        e.type("timeSpin", QStringLiteral("0"));
        QVERIFY(!e.editor.hasAcceptableInput());
        QVERIFY(
            e.label("timeSpinHint")->text().contains(QStringLiteral("between 1 and 2147483 s")));
        QVERIFY(!e.button("applyNowButton")->isEnabled());
        QVERIFY(!e.button("applyPersistButton")->isEnabled());
        QVERIFY(e.label("effectLabel")->text().startsWith(QStringLiteral("Correct")));
        // The spin box refuses keystrokes beyond the kernel's range.
        e.type("probesSpin", QStringLiteral("999"));
        QVERIFY(e.spin("probesSpin")->value() <= 255);
        e.type("timeSpin", QStringLiteral("60"));
        QVERIFY(e.editor.hasAcceptableInput());
        QVERIFY(e.button("applyNowButton")->isEnabled());
    }

    void applyNowSucceeds()
    {
        Editor e;
        QSignalSpy changed(&e.editor, &ui::SysctlEditor::hostValuesChanged);
        e.editTo600_30_5();
        QTest::mouseClick(e.button("applyNowButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::Succeeded, 20000);
        QVERIFY2(e.editor.statusText().contains(QStringLiteral("until the next reboot")),
                 qPrintable(e.editor.statusText()));
        QCOMPARE(e.host.values(), (QByteArrayList{"600", "30", "5"}));
        QVERIFY(!QFileInfo::exists(e.host.dropIn()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(e.editor.hostValues(), (KeepaliveParams{600, 30, 5, 0}));
        QVERIFY(
            e.label("effectLabel")->text().endsWith(QStringLiteral("with the host's values now.")));
        QVERIFY(!e.button("applyNowButton")->isEnabled());
    }

    void applyAndKeepWarnsAboutALaterFileFirst()
    {
        Editor e;
        e.host.writeConfig(QStringLiteral("/etc/sysctl.conf"),
                           "net.ipv4.tcp_keepalive_time = 300\n");
        e.editor.refreshOverrideNotice();
        QLabel *notice = e.label("overrideNotice");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("/etc/sysctl.conf (line 1) sets the idle "
                                                        "time before the first probe to 300 s")),
                 qPrintable(notice->text()));
        e.editTo600_30_5();
        QTest::mouseClick(e.button("applyPersistButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::Succeeded, 20000);
        QVERIFY(QFileInfo::exists(e.host.dropIn()));
        QVERIFY(e.editor.statusText().contains(QStringLiteral("kept after reboot")));
        QVERIFY(e.editor.statusText().contains(QStringLiteral("/etc/sysctl.conf (line 1)")));
    }

    void cancelOrDenyChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("exitStatus");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("cancel") << QByteArray("126") << Status::Cancelled
                                << QStringLiteral("Cancelled: the authentication dialog was "
                                                  "dismissed. Nothing was changed.");
        QTest::newRow("deny") << QByteArray("127") << Status::NotAuthorized
                              << QStringLiteral("Not authorized, or no authentication agent");
        QTest::newRow("write failed")
            << QByteArray("8") << Status::Failed << QStringLiteral("were restored");
    }
    void cancelOrDenyChangesNothing()
    {
        QFETCH(QByteArray, exitStatus);
        QFETCH(Status, status);
        QFETCH(QString, words);
        Editor e;
        qputenv("KT_FAKE_EXIT", exitStatus);
        QSignalSpy changed(&e.editor, &ui::SysctlEditor::hostValuesChanged);
        e.editTo600_30_5();
        QTest::mouseClick(e.button("applyPersistButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), status, 20000);
        QVERIFY2(e.editor.statusText().contains(words), qPrintable(e.editor.statusText()));
        QVERIFY(e.editor.statusText().endsWith(QStringLiteral("Nothing was changed.")));
        // Nothing half-applied: the kernel, the files and the reference values
        // are as before; what the person typed is still there to retry.
        QCOMPARE(e.host.values(), (QByteArrayList{"7200", "75", "9"}));
        QVERIFY(!QFileInfo::exists(e.host.dropIn()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(e.editor.hostValues(), KeepaliveParams::kernelDefaults());
        QCOMPARE(e.editor.editedValues(), (KeepaliveParams{600, 30, 5, 0}));
        QVERIFY(e.button("applyNowButton")->isEnabled());
        QVERIFY(e.label("statusDetail")->text().contains(QStringLiteral("fake refusal")));
    }

    void missingPkexecIsExplained()
    {
        Editor e;
        HelperCommand command = FakeHelperFixture::command();
        command.program = e.host.root() + QStringLiteral("/no/pkexec");
        SysctlWriter writer(command, e.host.sources());
        ui::SysctlEditor editor(&writer);
        editor.setConfirmation([](const QString &, const QString &,
                                  const std::function<void(bool)> &reply) { reply(true); });
        editor.setHostValues(KeepaliveParams::kernelDefaults());
        editor.findChild<QPushButton *>(QStringLiteral("resetButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(editor.status(), Status::Failed, 20000);
        QVERIFY(editor.statusText().contains(QStringLiteral("pkexec is not installed")));
    }

    void busyWhileTheHelperRuns()
    {
        Editor e;
        qputenv("KT_FAKE_DELAY", "1");
        e.editTo600_30_5();
        QTest::mouseClick(e.button("applyNowButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::Working, 5000);
        QVERIFY(e.editor.statusText().contains(QStringLiteral("Waiting for authorization")));
        QVERIFY(!e.button("applyNowButton")->isEnabled());
        QVERIFY(!e.button("applyPersistButton")->isEnabled());
        QVERIFY(!e.button("resetButton")->isEnabled());
        QVERIFY(e.spin("timeSpin")->isReadOnly());
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::Succeeded, 20000);
        QVERIFY(!e.spin("timeSpin")->isReadOnly());
        QVERIFY(e.button("resetButton")->isEnabled());
    }

    void restoreDefaults()
    {
        Editor e;
        e.host.setValues(60, 5, 2);
        e.host.writeConfig(QStringLiteral("/etc/sysctl.d/90-keepalive-tuner.conf"),
                           "net.ipv4.tcp_keepalive_time = 60\n");
        e.editor.setHostValues({60, 5, 2, 0});
        QSignalSpy changed(&e.editor, &ui::SysctlEditor::hostValuesChanged);
        QTest::mouseClick(e.button("resetButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::Succeeded, 20000);
        QCOMPARE(e.host.values(), (QByteArrayList{"7200", "75", "9"}));
        QVERIFY(!QFileInfo::exists(e.host.dropIn()));
        QVERIFY(e.editor.statusText().contains(QStringLiteral("kernel defaults are back")));
        QCOMPARE(e.spin("timeSpin")->value(), 7200);
        QCOMPARE(changed.count(), 1);
    }

    void restoreDefaultsSaysWhatStillAppliesAtBoot()
    {
        Editor e;
        e.host.writeConfig(QStringLiteral("/etc/sysctl.conf"),
                           "net.ipv4.tcp_keepalive_time = 300\n");
        QTest::mouseClick(e.button("resetButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::Succeeded, 20000);
        const QString text = e.editor.statusText();
        QVERIFY2(text.contains(QStringLiteral("But at boot /etc/sysctl.conf (line 1) sets the idle "
                                              "time before the first probe to 300 s")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("stay after reboot")));
        // There was no drop-in: neither the question nor the answer names one.
        QVERIFY(!e.changes.contains(QStringLiteral("90-keepalive-tuner.conf")));
        QVERIFY2(!text.contains(QStringLiteral("90-keepalive-tuner.conf")), qPrintable(text));

        // The overriding file is deleted: on the next re-read the message
        // that names it goes.
        QFile::remove(e.host.root() + QStringLiteral("/etc/sysctl.conf"));
        e.editor.refreshOverrideNotice();
        QCOMPARE(e.editor.status(), Status::Idle);
        QVERIFY(!e.editor.statusText().contains(QStringLiteral("/etc/sysctl.conf")));
        QVERIFY(!e.button("undoButton")->isVisible());
    }

    void restoreAsksFirstAndSaysWhatChanges()
    {
        Editor e;
        e.host.setValues(60, 5, 9);
        e.host.writeConfig(QStringLiteral("/etc/sysctl.d/90-keepalive-tuner.conf"),
                           "net.ipv4.tcp_keepalive_time = 60\n");
        e.editor.setHostValues({60, 5, 9, 0});
        e.answer = false;
        QTest::mouseClick(e.button("resetButton"), Qt::LeftButton);
        QVERIFY(e.question.contains(QStringLiteral("Restore the kernel defaults?")));
        QVERIFY2(
            e.changes.contains(QStringLiteral("Idle time before the first probe: 1 min → 2 h")),
            qPrintable(e.changes));
        QVERIFY(e.changes.contains(QStringLiteral("5 s → 1 min 15 s")));
        QVERIFY(!e.changes.contains(QStringLiteral("9 →"))); // the count does not change
        QVERIFY(e.changes.contains(QStringLiteral("90-keepalive-tuner.conf is removed")));
        // Declined: nothing ran, nothing changed.
        QTest::qWait(50);
        QCOMPARE(e.editor.status(), Status::Idle);
        QCOMPARE(e.host.values(), (QByteArrayList{"60", "5", "9"}));
        QVERIFY(QFileInfo::exists(e.host.dropIn()));
    }

    void undoPutsBackValuesAndDropIn()
    {
        Editor e;
        e.host.setValues(60, 5, 2);
        e.host.writeConfig(QStringLiteral("/etc/sysctl.d/90-keepalive-tuner.conf"),
                           "net.ipv4.tcp_keepalive_time = 60\n");
        e.editor.setHostValues({60, 5, 2, 0});
        QTest::mouseClick(e.button("resetButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::Succeeded, 20000);
        QCOMPARE(e.host.values(), (QByteArrayList{"7200", "75", "9"}));
        QVERIFY(!QFileInfo::exists(e.host.dropIn()));
        QVERIFY(e.editor.canUndo());
        QPushButton *undo = e.button("undoButton");
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.host.values(), (QByteArrayList{"60", "5", "2"}), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!e.editor.canUndo() && e.editor.status() == Status::Succeeded,
                                 20000);
        // Through the same helper, kept after reboot because a drop-in existed.
        QVERIFY(QFileInfo::exists(e.host.dropIn()));
        QVERIFY(e.editor.statusText().contains(QStringLiteral("kept after reboot")));
        QVERIFY(!e.editor.canUndo());
        QVERIFY(!undo->isVisible());
    }

    void undoWithoutADropInDoesNotWriteOne()
    {
        Editor e;
        e.host.setValues(600, 30, 5);
        e.editor.setHostValues({600, 30, 5, 0});
        QTest::mouseClick(e.button("resetButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::Succeeded, 20000);
        QVERIFY(!e.changes.contains(QStringLiteral("removed")));
        QTest::mouseClick(e.button("undoButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.host.values(), (QByteArrayList{"600", "30", "5"}), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::Succeeded, 20000);
        QVERIFY(!QFileInfo::exists(e.host.dropIn()));
        QVERIFY(e.editor.statusText().contains(QStringLiteral("until the next reboot")));
    }

    void keptAfterRebootGoesWhenALaterFileContradictsIt()
    {
        Editor e;
        e.editTo600_30_5();
        QTest::mouseClick(e.button("applyPersistButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::Succeeded, 20000);
        QVERIFY(e.editor.statusText().contains(QStringLiteral("kept after reboot")));
        // Still true: a re-read leaves it.
        e.editor.refreshOverrideNotice();
        QCOMPARE(e.editor.status(), Status::Succeeded);
        // A later file now wins at boot: the claim is withdrawn on Reload and
        // the warning says why.
        e.host.writeConfig(QStringLiteral("/etc/sysctl.conf"),
                           "net.ipv4.tcp_keepalive_time = 300\n");
        e.editor.refreshOverrideNotice();
        QCOMPARE(e.editor.status(), Status::Idle);
        QVERIFY(!e.editor.statusText().contains(QStringLiteral("kept after reboot")));
        QVERIFY(e.label("overrideNotice")->isVisible());
    }

    void honoursADarkPalette()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(ui::theme::darkPalette());
        {
            Editor e;
            qputenv("KT_FAKE_EXIT", "127");
            e.editTo600_30_5();
            QTest::mouseClick(e.button("applyNowButton"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(e.editor.status(), Status::NotAuthorized, 20000);
            auto *frame = e.editor.findChild<QFrame *>(QStringLiteral("statusFrame"));
            const QImage image = frame->grab().toImage();
            // Inside the frame, right of the coloured bar: the dark base colour,
            // not a hard-coded light background.
            const QColor inside = image.pixelColor(image.width() - 6, image.height() / 2);
            QVERIFY2(inside.lightness() < 80, qPrintable(inside.name()));
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestSysctlEditor)
#include "tst_sysctl_editor.moc"

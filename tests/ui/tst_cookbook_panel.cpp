// The Cookbook panel beside the System page's editor, built the way the
// application builds it (fixture host host-a, a helper that never runs):
// the grouped target picker, the snippet following the values being edited,
// a target's own ranges, the system choice only for socket code, Copy, and
// the last target remembered between runs.
#include "GuiFixtures.h"
#include "advise/Cookbook.h"
#include "app/gui/GuiAssembly.h"
#include "ui/CookbookPanel.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kt;

namespace {

struct SystemPageUnderTest
{
    app::GuiAssembly assembly{test::hostAOptions()};
    ui::Page *page = nullptr;
    ui::CookbookPanel *panel = nullptr;

    SystemPageUnderTest()
    {
        assembly.window()->show();
        page = assembly.window()->page(QStringLiteral("system"));
        panel = page ? page->findChild<ui::CookbookPanel *>() : nullptr;
    }
    template<typename T>
    T *find(const char *name) const
    {
        return page->findChild<T *>(QLatin1String(name));
    }
};

} // namespace

class TestCookbookPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("keepalive-tuner-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cookbook_panel"));
    }

    void cleanup() { QSettings().clear(); }

    // Host, socket code, servers: each under a heading that cannot be chosen.
    void pickerGroupsTheTargets()
    {
        SystemPageUnderTest t;
        QVERIFY(t.panel);
        auto *combo = t.find<QComboBox>("cookbookTarget");
        auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(model);
        QStringList headings;
        int targets = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QStandardItem *item = model->item(row);
            if (item->flags() & Qt::ItemIsEnabled)
                ++targets;
            else
                headings << item->text();
        }
        QCOMPARE(headings, (QStringList{advise::cookbookKindLabel(advise::CookbookKind::Host),
                                        advise::cookbookKindLabel(advise::CookbookKind::Code),
                                        advise::cookbookKindLabel(advise::CookbookKind::Servers)}));
        QCOMPARE(targets, advise::cookbookTargets().size());
        QCOMPARE(t.panel->currentTarget(), QStringLiteral("sysctl"));
        // The keyboard steps over a heading: down from the last host target
        // lands on the first socket-code target.
        QVERIFY(t.panel->setCurrentTarget(QStringLiteral("keepalivectl-set")));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(t.panel->currentTarget(), QStringLiteral("c"));
    }

    // The snippet is the core's text for the values in the editor's spin
    // boxes, before anything is applied.
    void snippetFollowsTheEditedValues()
    {
        SystemPageUnderTest t;
        auto *time = t.find<QSpinBox>("timeSpin");
        QVERIFY(time);
        time->setValue(600);
        t.find<QSpinBox>("intervalSpin")->setValue(75);
        t.find<QSpinBox>("probesSpin")->setValue(4);
        QVERIFY(t.panel->snippetText().contains(
            QStringLiteral("sysctl -w net.ipv4.tcp_keepalive_time=600 "
                           "net.ipv4.tcp_keepalive_intvl=75 net.ipv4.tcp_keepalive_probes=4")));
        QVERIFY(t.panel->setCurrentTarget(QStringLiteral("c")));
        advise::CookbookInput in;
        in.params = KeepaliveParams{600, 75, 4, 0};
        QCOMPARE(t.panel->snippetText(), advise::generateSnippet(QStringLiteral("c"), in)->text);
        QCOMPARE(t.find<QPlainTextEdit>("cookbookSnippet")->toPlainText(), t.panel->snippetText());
        QVERIFY(t.find<QLabel>("cookbookNotes")
                    ->text()
                    .contains(QStringLiteral("set_keepalive returns 0")));
    }

    // The host takes an idle time a socket option does not: the socket-code
    // target says why instead of showing a snippet the kernel would refuse.
    void valuesOutsideTheTargetsRangeAreExplained()
    {
        SystemPageUnderTest t;
        t.find<QSpinBox>("timeSpin")->setValue(40000);
        QVERIFY(t.panel->setCurrentTarget(QStringLiteral("python")));
        QVERIFY(t.panel->snippetText().isEmpty());
        QVERIFY2(t.panel->problemText().contains(
                     QStringLiteral("idle must be between 1 and 32767 s (TCP_KEEPIDLE); got "
                                    "40000")),
                 qPrintable(t.panel->problemText()));
        QVERIFY(!t.find<QPushButton>("cookbookCopy")->isEnabled());
        // The host's own targets take it.
        QVERIFY(t.panel->setCurrentTarget(QStringLiteral("sysctl-d")));
        QVERIFY(t.panel->problemText().isEmpty());
        QVERIFY(t.panel->snippetText().contains(QStringLiteral("tcp_keepalive_time = 40000")));
        QVERIFY(t.find<QPushButton>("cookbookCopy")->isEnabled());
    }

    void systemChoiceOnlyForSocketCode()
    {
        SystemPageUnderTest t;
        auto *os = t.find<QComboBox>("cookbookOs");
        QVERIFY(t.panel->setCurrentTarget(QStringLiteral("redis")));
        QVERIFY(!os->isEnabled());
        QCOMPARE(t.panel->currentOs(), advise::TargetOs::Linux);
        QVERIFY(t.panel->setCurrentTarget(QStringLiteral("python")));
        QVERIFY(os->isEnabled());
        os->setCurrentIndex(os->findData(int(advise::TargetOs::Windows)));
        QVERIFY(t.panel->snippetText().contains(QStringLiteral("socket.SIO_KEEPALIVE_VALS")));
        // A server has only its Linux form, whatever was chosen for code.
        QVERIFY(t.panel->setCurrentTarget(QStringLiteral("nginx")));
        QCOMPARE(t.panel->currentOs(), advise::TargetOs::Linux);
        QVERIFY(t.panel->snippetText().contains(QStringLiteral("so_keepalive=")));
    }

    void copyPutsTheSnippetOnTheClipboard()
    {
        SystemPageUnderTest t;
        t.panel->setFeedbackDuration(100);
        QVERIFY(t.panel->setCurrentTarget(QStringLiteral("haproxy")));
        QApplication::clipboard()->clear();
        QTest::mouseClick(t.find<QPushButton>("cookbookCopy"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), t.panel->snippetText());
        auto *feedback = t.find<QLabel>("cookbookFeedback");
        QCOMPARE(feedback->text(), QStringLiteral("Copied."));
        QTRY_VERIFY(feedback->text().isEmpty());
    }

    // Through the window's own settings, as between two runs.
    void theLastTargetIsRemembered()
    {
        {
            SystemPageUnderTest t;
            t.assembly.window()->restoreRemembered();
            QVERIFY(t.panel->setCurrentTarget(QStringLiteral("rust")));
            QVERIFY(t.panel->setCurrentOs(advise::TargetOs::MacOs));
            t.assembly.window()->saveRemembered();
        }
        QCOMPARE(QSettings().value(QStringLiteral("system/cookbook/target")).toString(),
                 QStringLiteral("rust"));
        {
            SystemPageUnderTest t;
            t.assembly.window()->restoreRemembered();
            QCOMPARE(t.panel->currentTarget(), QStringLiteral("rust"));
            QCOMPARE(t.panel->currentOs(), advise::TargetOs::MacOs);
            QVERIFY(t.panel->snippetText().contains(QStringLiteral("Rust (macOS)")));
        }
        // A name that no longer exists leaves the default.
        QSettings().setValue(QStringLiteral("system/cookbook/target"), QStringLiteral("cobol"));
        {
            SystemPageUnderTest t;
            t.assembly.window()->restoreRemembered();
            QCOMPARE(t.panel->currentTarget(), QStringLiteral("sysctl"));
        }
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestCookbookPanel)
#include "tst_cookbook_panel.moc"

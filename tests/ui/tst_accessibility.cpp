// Every interactive control of the real window, as the application assembles
// it, walked through QAccessible: each needs a name a screen reader can say,
// distinct from its siblings', and tables need their column headers. The
// sidebar is reachable with Tab and switches pages with the arrow keys.
#include "GuiFixtures.h"
#include "app/gui/GuiAssembly.h"
#include "ui/AdvisorPage.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/PathTimeoutDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace kt;

namespace {

app::GuiOptions fixtureOptions()
{
    return kt::test::hostAOptions();
}

struct Offender
{
    QString page;
    QString objectName;
    QString className;
    QString problem;
};

bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
        qobject_cast<const QComboBox *>(w) || qobject_cast<const QLineEdit *>(w) ||
        qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
        qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
        QByteArray(w->metaObject()->className()).contains("TimelineWidget"))
        return true;
    // Anything else that takes keyboard focus, except the containers that take
    // it only to scroll, and labels that take it to select text.
    return (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<const QAbstractScrollArea *>(w) &&
           !qobject_cast<const QLabel *>(w) && !qobject_cast<const QScrollBar *>(w);
}

// Widgets inside another control (a spin box's line edit, a combo box's
// view, a scroll area's scroll bar) are that control's business.
bool isPartOfAControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return {};
    // On Linux Qt reports a combo box's current text as its name and
    // conveys its purpose through the label that names it (the Labelled
    // relation, from QLabel::setBuddy) or its own accessibleName; that is
    // what a screen reader announces before the value.
    if (qobject_cast<QComboBox *>(w)) {
        if (!w->accessibleName().trimmed().isEmpty())
            return w->accessibleName().trimmed();
        const auto labels = iface->relations(QAccessible::Labelled);
        for (const auto &relation : labels) {
            const QString label = relation.first->text(QAccessible::Name).trimmed();
            if (!label.isEmpty())
                return QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        }
    }
    return iface->text(QAccessible::Name).trimmed();
}

// Every interactive control of `page` (a page, or a dialog a page opens,
// reported as `id`).
QList<Offender> checkPage(QWidget *page, const QString &id)
{
    QList<Offender> out;
    // Names must differ across the page: a screen reader user hears "inherit,
    // check box" four times otherwise, with nothing to tell the cards apart.
    QHash<QString, QList<QWidget *>> namesOnPage;
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isInteractive(w) || isPartOfAControl(w) || !w->isVisibleTo(page) ||
            w->window() != page->window())
            continue;
        const QString name = accessibleName(w);
        auto offend = [&](const QString &problem) {
            out.append(
                {id, w->objectName(), QString::fromLatin1(w->metaObject()->className()), problem});
        };
        if (name.isEmpty()) {
            offend(QStringLiteral("no accessible name"));
        } else {
            namesOnPage[name].append(w);
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (!name.isEmpty() && name == combo->currentText().trimmed())
                offend(QStringLiteral("named by its current value \"%1\"").arg(name));
        }
        if (auto *table = qobject_cast<QTableView *>(w)) {
            if (QAbstractItemModel *model = table->model()) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    if (table->isColumnHidden(c))
                        continue;
                    // What a screen reader reads for a header cell: its
                    // accessible text, else its visible text.
                    const QVariant spoken =
                        model->headerData(c, Qt::Horizontal, Qt::AccessibleTextRole);
                    const QString header = spoken.isValid()
                                               ? spoken.toString()
                                               : model->headerData(c, Qt::Horizontal).toString();
                    if (header.trimmed().isEmpty())
                        offend(QStringLiteral("column %1 has an empty header").arg(c));
                }
            }
        }
    }
    for (auto n = namesOnPage.cbegin(); n != namesOnPage.cend(); ++n) {
        if (n->size() < 2)
            continue;
        for (QWidget *w : *n)
            out.append({id, w->objectName(), QString::fromLatin1(w->metaObject()->className()),
                        QStringLiteral("name \"%1\" shared with %2 other controls on the page")
                            .arg(n.key())
                            .arg(n->size() - 1)});
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // The accessibility machinery answers only while it is active.
        QAccessible::setActive(true);
    }

    void everyInteractiveControlIsNamed()
    {
        app::GuiAssembly assembly(fixtureOptions());
        ui::MainWindow *window = assembly.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QList<Offender> offenders;
        // Every page is walked, the Advisor's too.
        QVERIFY(window->pageIds().contains(QStringLiteral("advisor")));
        // The window's own controls.
        auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("pageList"));
        if (accessibleName(sidebar).isEmpty())
            offenders.append({QStringLiteral("(window)"), sidebar->objectName(),
                              QStringLiteral("QListWidget"), QStringLiteral("no accessible name")});
        for (const QString &id : window->pageIds()) {
            QVERIFY(window->showPage(id));
            ui::Page *page = window->page(id);
            QCoreApplication::processEvents();
            offenders += checkPage(page, id);
        }
        // The dialogs the pages open: the Advisor's path measurement, its
        // fields and (after a run that cannot reach its target, which needs
        // no network) its result.
        auto *advisor = qobject_cast<ui::AdvisorPage *>(window->page(QStringLiteral("advisor")));
        QVERIFY(advisor);
        advisor->openPathMeasurement();
        ui::PathTimeoutDialog *dialog = advisor->pathDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        offenders += checkPage(dialog, QStringLiteral("advisor/path (fields)"));
        auto *target = dialog->findChild<QLineEdit *>(QStringLiteral("pathTarget"));
        target->setText(QStringLiteral("unreachable.invalid:5432"));
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
        offenders += checkPage(dialog, QStringLiteral("advisor/path (result)"));
        QStringList lines;
        for (const Offender &o : std::as_const(offenders))
            lines << QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(o.page,
                              o.objectName.isEmpty() ? QStringLiteral("(no objectName)")
                                                     : o.objectName,
                              o.className, o.problem);
        if (!lines.isEmpty())
            qWarning().noquote() << "Accessibility offenders (page, objectName, class, problem):\n"
                                 << lines.join(QLatin1Char('\n'));
        QVERIFY2(offenders.isEmpty(),
                 qPrintable(QStringLiteral("%1 controls without a usable accessible name")
                                .arg(offenders.size())));
    }

    void theSidebarIsReachableWithTabAndSwitchesWithArrows()
    {
        app::GuiAssembly assembly(fixtureOptions());
        ui::MainWindow *window = assembly.window();
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("pageList"));
        QVERIFY(sidebar->focusPolicy() & Qt::TabFocus);
        // Tab through the window until the sidebar has focus.
        bool reached = false;
        for (int i = 0; i < 200 && !reached; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
            reached = QApplication::focusWidget() == sidebar;
        }
        QVERIFY2(reached, "Tab never reached the sidebar");
        QCOMPARE(window->currentPage()->pageId(), QStringLiteral("system"));
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(window->currentPage()->pageId(), window->pageIds().at(1));
        QTest::keyClick(sidebar, Qt::Key_Up);
        QCOMPARE(window->currentPage()->pageId(), QStringLiteral("system"));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

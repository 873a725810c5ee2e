#include "ui/MainWindow.h"

#include "ui/AboutDialog.h"
#include "ui/HeadlineLabel.h"
#include "ui/Page.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SystemPage.h"
#include "ui/Theme.h"
#include "ui/TimelinePage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace kt::ui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
const QString kAppearanceKey = QStringLiteral("window/appearance");
const QString kLanguageKey = QStringLiteral("window/language");

QString appearanceName(theme::Appearance appearance)
{
    switch (appearance) {
    case theme::Appearance::Light:
        return QStringLiteral("light");
    case theme::Appearance::Dark:
        return QStringLiteral("dark");
    case theme::Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

theme::Appearance appearanceFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return theme::Appearance::Light;
    if (name == QLatin1String("dark"))
        return theme::Appearance::Dark;
    return theme::Appearance::System;
}

// Ctrl+PgUp / Ctrl+PgDn: previous / next page from anywhere in the window.
bool isPageStepKey(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown) &&
           (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

bool defaultCloseConfirmation(QWidget *parent, const QString &warning)
{
    QMessageBox box(QMessageBox::Question, MainWindow::tr("Close Keepalive Tuner?"), warning,
                    QMessageBox::NoButton, parent);
    QPushButton *close = box.addButton(MainWindow::tr("Close"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(close);
    box.exec();
    return box.clickedButton() == close;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Keepalive Tuner"));

    auto *central = new QWidget(this);
    auto *outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("pageList"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(190);
    m_sidebar->setSpacing(2);
    m_sidebar->setAccessibleName(tr("Pages"));
    // The sidebar sits on the window colour, a step apart from the page body
    // (which uses the base colour of cards), in light and dark palettes alike.
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#pageList { background: palette(window); padding-top: 10px; outline: 0; }"
        "QListWidget#pageList::item { padding: 9px 14px; border-radius: 6px; margin: 0 8px; }"
        "QListWidget#pageList::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    outer->addWidget(m_sidebar);

    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);
    outer->addWidget(separator);

    auto *right = new QWidget(central);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);

    auto *header = new QWidget(right);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(22, 16, 22, 14);
    m_headline = new HeadlineLabel(header);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setFont(theme::headlineFont(font()));
    headerLayout->addWidget(m_headline);
    rightLayout->addWidget(header);

    auto *headerRule = new QFrame(right);
    headerRule->setFrameShape(QFrame::HLine);
    headerRule->setFrameShadow(QFrame::Plain);
    headerRule->setForegroundRole(QPalette::Mid);
    rightLayout->addWidget(headerRule);

    m_stack = new QStackedWidget(right);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    rightLayout->addWidget(m_stack, 1);
    outer->addWidget(right, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setIndent(8);
    statusBar()->addWidget(m_status, 1);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    buildMenus();
    setMinimumSize(kMinimumSize);
    resize(kScreenshotSize);
    // Ctrl+PgUp/PgDn must reach the View menu's actions even when a list or
    // table has focus (item views take them for paging otherwise).
    qApp->installEventFilter(this);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *exportTimeline =
        file->addAction(tr("&Export Timeline…"), this, &MainWindow::exportTimeline);
    exportTimeline->setObjectName(QStringLiteral("actionExportTimeline"));
    exportTimeline->setEnabled(false);
    QAction *copy = file->addAction(tr("&Copy Report"), this, &MainWindow::copyReport);
    copy->setObjectName(QStringLiteral("actionCopyReport"));
    copy->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_pageGroup = new QActionGroup(this);
    m_pageGroup->setExclusive(true);
    m_pagesEnd = m_viewMenu->addSeparator();
    m_previousPage = m_viewMenu->addAction(tr("&Previous Page"), this, [this] { stepPage(-1); });
    m_previousPage->setObjectName(QStringLiteral("actionPreviousPage"));
    m_previousPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_nextPage = m_viewMenu->addAction(tr("&Next Page"), this, [this] { stepPage(+1); });
    m_nextPage->setObjectName(QStringLiteral("actionNextPage"));
    m_nextPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_viewMenu->addSeparator();
    QMenu *appearance = m_viewMenu->addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    m_appearanceGroup = new QActionGroup(this);
    m_appearanceGroup->setExclusive(true);
    const struct
    {
        theme::Appearance value;
        QString text;
    } choices[] = {{theme::Appearance::System, tr("&System")},
                   {theme::Appearance::Light, tr("&Light")},
                   {theme::Appearance::Dark, tr("&Dark")}};
    for (const auto &choice : choices) {
        QAction *a = appearance->addAction(choice.text);
        const theme::Appearance value = choice.value;
        QString name = appearanceName(value);
        name[0] = name[0].toUpper();
        a->setObjectName(QStringLiteral("actionAppearance") + name);
        a->setCheckable(true);
        a->setChecked(value == m_appearance);
        a->setData(int(value));
        m_appearanceGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, value] { setAppearance(value); });
    }
    QMenu *languageMenu = m_viewMenu->addMenu(tr("La&nguage"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const i18n::Language language : i18n::allLanguages()) {
        // Each language is named in its own language, so a person who cannot
        // read the current one still finds theirs.
        QAction *a = languageMenu->addAction(i18n::languageDisplayName(language));
        QString code = i18n::languageCode(language);
        code[0] = code[0].toUpper();
        a->setObjectName(QStringLiteral("actionLanguage") + code);
        a->setCheckable(true);
        a->setChecked(language == m_language);
        a->setData(int(language));
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    }
    m_viewMenu->addSeparator();
    QAction *reset =
        m_viewMenu->addAction(tr("&Reset Remembered State"), this, &MainWindow::resetRemembered);
    reset->setObjectName(QStringLiteral("actionResetRemembered"));
    reset->setToolTip(tr("Forget the window's size, the last page, the appearance, the "
                         "language and what each page remembers"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::openUserGuide);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *shortcuts =
        help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Keepalive Tuner"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

QAction *MainWindow::action(const QString &objectName) const
{
    // Menu actions belong to their menus, page actions to the window.
    if (auto *a = menuBar()->findChild<QAction *>(objectName))
        return a;
    return findChild<QAction *>(objectName);
}

void MainWindow::addPageAction(qsizetype index)
{
    PageSlot &slot = m_pages[index];
    auto *a = new QAction(slot.title, this);
    a->setObjectName(QStringLiteral("actionPage_") + slot.id);
    a->setCheckable(true);
    if (index < 9)
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(index))));
    const QString id = slot.id;
    connect(a, &QAction::triggered, this, [this, id] { showPage(id); });
    m_pageGroup->addAction(a);
    m_viewMenu->insertAction(m_pagesEnd, a);
    slot.action = a;
    if (slot.id == QLatin1String("timeline"))
        action(QStringLiteral("actionExportTimeline"))->setEnabled(true);
    if (slot.id == QLatin1String("system"))
        action(QStringLiteral("actionCopyReport"))->setEnabled(true);
}

void MainWindow::stepPage(int delta)
{
    const int count = int(m_pages.size());
    if (count == 0)
        return;
    const int row = qMax(0, m_sidebar->currentRow());
    m_sidebar->setCurrentRow(((row + delta) % count + count) % count);
}

void MainWindow::exportTimeline()
{
    showPage(QStringLiteral("timeline"));
    if (auto *timeline = qobject_cast<TimelinePage *>(page(QStringLiteral("timeline"))))
        timeline->onExportPng();
}

void MainWindow::copyReport()
{
    if (auto *system = qobject_cast<SystemPage *>(page(QStringLiteral("system")))) {
        system->copyReport();
        statusBar()->showMessage(tr("Copied the report to the clipboard."), 4000);
    }
}

void MainWindow::addPage(const QString &pageId, const QString &title, PageFactory factory)
{
    auto *placeholder = new QWidget(m_stack);
    m_pages.append(PageSlot{pageId, title, std::move(factory), nullptr, placeholder});
    m_stack->addWidget(placeholder);
    addPageAction(m_pages.size() - 1);
    auto *item = new QListWidgetItem(title, m_sidebar);
    item->setData(Qt::UserRole, pageId);
    if (m_pages.size() == 1)
        m_sidebar->setCurrentRow(0);
}

void MainWindow::addPage(Page *page)
{
    addPage(page->pageId(), page->title(), [page] { return page; });
    ensureBuilt(m_pages.size() - 1);
}

Page *MainWindow::ensureBuilt(qsizetype index)
{
    PageSlot &slot = m_pages[index];
    if (slot.page)
        return slot.page;
    slot.page = slot.factory();
    slot.factory = nullptr;
    Page *built = slot.page;
    connect(built, &Page::headlineChanged, this, [this, built] {
        if (built == currentPage())
            updateHeadline();
    });
    const bool wasCurrent = m_stack->currentWidget() == slot.placeholder;
    m_stack->insertWidget(int(index), built);
    m_stack->removeWidget(slot.placeholder);
    delete slot.placeholder;
    slot.placeholder = nullptr;
    if (wasCurrent)
        m_stack->setCurrentWidget(built);
    if (m_remember)
        restorePageSettings(built);
    return built;
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const PageSlot &slot : m_pages)
        ids << slot.id;
    return ids;
}

Page *MainWindow::page(const QString &pageId)
{
    const qsizetype index = pageIds().indexOf(pageId);
    return index < 0 ? nullptr : ensureBuilt(index);
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString &pageId)
{
    const qsizetype index = pageIds().indexOf(pageId);
    if (index < 0)
        return false;
    m_sidebar->setCurrentRow(int(index));
    return true;
}

void MainWindow::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void MainWindow::onCurrentRowChanged(int row)
{
    if (row < 0 || row >= m_pages.size())
        return;
    m_stack->setCurrentWidget(ensureBuilt(row));
    if (QAction *a = m_pages[row].action)
        a->setChecked(true);
    updateHeadline();
}

void MainWindow::updateHeadline()
{
    const Page *p = currentPage();
    m_headline->setHeadline(p ? p->headline() : QString());
}

QRect MainWindow::initialGeometry(const QRect &available)
{
    // Room for the window frame and a panel the available geometry may not
    // know about: at most 90 % of the screen.
    const QSize room = available.size() * 0.9;
    QRect geometry(QPoint(0, 0), kScreenshotSize.boundedTo(room));
    geometry.moveCenter(available.center());
    return geometry;
}

void MainWindow::applyDefaultGeometry()
{
    if (isMaximized() || isFullScreen())
        showNormal();
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect geometry =
        initialGeometry(s ? s->availableGeometry() : QRect(QPoint(), kScreenshotSize));
    setMinimumSize(kMinimumSize.boundedTo(geometry.size()));
    setGeometry(geometry);
}

void MainWindow::restorePageSettings(Page *page) const
{
    QSettings settings;
    settings.beginGroup(page->pageId());
    page->restoreSettings(settings);
    settings.endGroup();
}

void MainWindow::savePageSettings(const Page &page, QSettings &settings) const
{
    settings.beginGroup(page.pageId());
    page.saveSettings(settings);
    settings.endGroup();
}

void MainWindow::restoreRemembered()
{
    m_remember = true;
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        applyDefaultGeometry();
    else if (const QScreen *s = screen())
        setMinimumSize(kMinimumSize.boundedTo(s->availableGeometry().size()));
    restoreState(settings.value(kStateKey).toByteArray());
    setAppearance(appearanceFromName(settings.value(kAppearanceKey).toString()));
    setLanguageChoice(rememberedLanguage());
    const QString pageId = settings.value(kPageKey).toString();
    if (!pageId.isEmpty())
        showPage(pageId);
    for (const PageSlot &slot : std::as_const(m_pages)) {
        if (slot.page)
            restorePageSettings(slot.page);
    }
}

void MainWindow::saveRemembered()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kAppearanceKey, appearanceName(m_appearance));
    if (const Page *p = currentPage())
        settings.setValue(kPageKey, p->pageId());
    for (const PageSlot &slot : std::as_const(m_pages)) {
        if (slot.page && !slot.forgetState)
            savePageSettings(*slot.page, settings);
    }
}

void MainWindow::resetRemembered()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    // Pages keep what they show now, but it is not written back: the next run
    // starts from their defaults.
    for (PageSlot &slot : m_pages)
        slot.forgetState = slot.page != nullptr;
    applyDefaultGeometry();
    if (!m_pages.isEmpty())
        m_sidebar->setCurrentRow(0);
    setAppearance(theme::Appearance::System);
    // The interface keeps its language until the next start, which follows
    // the system's again.
    setLanguageChoice(i18n::Language::System);
    statusBar()->showMessage(tr("Forgot the remembered state."), 4000);
}

i18n::Language MainWindow::rememberedLanguage()
{
    const QSettings settings;
    return i18n::languageFromCode(settings.value(kLanguageKey).toString())
        .value_or(i18n::Language::System);
}

void MainWindow::setLanguageChoice(i18n::Language language)
{
    m_language = language;
    for (QAction *a : m_languageGroup->actions()) {
        if (a->data().toInt() == int(language))
            a->setChecked(true);
    }
}

void MainWindow::setRestartHandler(std::function<void()> restart)
{
    m_restart = std::move(restart);
}

void MainWindow::chooseLanguage(i18n::Language language)
{
    if (language == m_language)
        return;
    setLanguageChoice(language);
    if (m_remember) {
        QSettings settings;
        settings.setValue(kLanguageKey, i18n::languageCode(language));
    }
    const i18n::Language shown = i18n::resolveLanguage(language);
    if (shown == i18n::installedLanguage())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Keepalive Tuner will be shown in %1 when it starts again.")
                                    .arg(i18n::languageDisplayName(shown)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("languageMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (m_restart) {
        QPushButton *restart = box->addButton(tr("Restart Now"), QMessageBox::AcceptRole);
        restart->setObjectName(QStringLiteral("restartNow"));
        box->addButton(tr("Later"), QMessageBox::RejectRole);
        box->setDefaultButton(restart);
        connect(restart, &QPushButton::clicked, this, [this] {
            // After the message has gone, so closing the window does not
            // close it under its own click.
            QMetaObject::invokeMethod(
                this, [this] { m_restart(); }, Qt::QueuedConnection);
        });
    } else {
        box->addButton(QMessageBox::Close);
    }
    box->open();
}

void MainWindow::setAppearance(theme::Appearance appearance)
{
    m_appearance = appearance;
    for (QAction *a : m_appearanceGroup->actions()) {
        if (a->data().toInt() == int(appearance))
            a->setChecked(true);
    }
    theme::applyAppearance(appearance);
}

void MainWindow::setCloseWarning(std::function<QString()> warning)
{
    m_closeWarning = std::move(warning);
}

void MainWindow::setCloseConfirmation(std::function<bool(const QString &)> confirm)
{
    m_closeConfirmation = std::move(confirm);
}

void MainWindow::setUserGuideLocator(std::function<QString()> locator)
{
    m_userGuideLocator = std::move(locator);
}

void MainWindow::openUserGuide()
{
    const QString path = m_userGuideLocator ? m_userGuideLocator() : QString();
    if (!path.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("User guide"),
        path.isEmpty() ? tr("The user guide was not found. It is installed with the program, in "
                            "share/doc/keepalive-tuner next to the program's bin directory.")
                       : tr("Could not open %1: no application is set up to show it.").arg(path),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("userGuideMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_userGuideLocator ? m_userGuideLocator() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QString warning = m_closeWarning ? m_closeWarning() : QString();
    if (!warning.isEmpty()) {
        const bool close = m_closeConfirmation ? m_closeConfirmation(warning)
                                               : defaultCloseConfirmation(this, warning);
        if (!close) {
            event->ignore();
            return;
        }
    }
    if (m_remember)
        saveRemembered();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType() &&
        isPageStepKey(static_cast<QKeyEvent *>(event)) &&
        static_cast<QWidget *>(watched)->window() == this) {
        // Nobody may claim the key for itself: the shortcut (View > Next
        // Page) gets it.
        event->ignore();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateSidebarStyle();
}

void MainWindow::updateSidebarStyle()
{
    // A style sheet resolves palette() when it is set; set it again so the
    // sidebar follows a palette chosen later.
    const QString sheet = m_sidebar->styleSheet();
    m_sidebar->setStyleSheet(QString());
    m_sidebar->setStyleSheet(sheet);
}

QImage MainWindow::renderPage(const QString &pageId)
{
    if (!showPage(pageId))
        return {};
    resize(kScreenshotSize);
    // Lay out at the final size before grabbing, so what is rendered is what
    // a person would see in a window of that size. A layout request climbs
    // one parent per delivery (a new headline's height reaches the window's
    // layout three levels up), so deliver until none is left.
    for (int level = 0; level < 8; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (QLayout *l = layout())
        l->activate();
    QApplication::processEvents();
    return grab().toImage();
}

} // namespace kt::ui

#pragma once

#include "i18n/Translation.h"
#include "ui/Theme.h"

#include <QImage>
#include <QList>
#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;

namespace kt::ui {

class HeadlineLabel;
class Page;

// The one main window: a sidebar of pages on the left, a header strip with
// the current page's headline, and a status bar with what was read (kernel,
// network namespace). Pages are added by the application, which owns the
// core objects they share.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The size every page is rendered at by --screenshot, so documentation
    // images are comparable from release to release.
    static constexpr QSize kScreenshotSize{1180, 760};
    // The window never asks for more than this (logical pixels), so it fits a
    // small screen; pages reflow or scroll below their preferred size.
    static constexpr QSize kMinimumSize{800, 560};

    explicit MainWindow(QWidget *parent = nullptr);

    using PageFactory = std::function<Page *()>;

    // Adds a page that is built the first time it is shown (or asked for):
    // pages nobody opens cost nothing at start-up, and the first frame of the
    // first page appears sooner.
    void addPage(const QString &pageId, const QString &title, PageFactory factory);
    // Adds a page that is already built.
    void addPage(Page *page);

    QStringList pageIds() const;
    // The page with this id, built now if it was not yet; nullptr if unknown.
    Page *page(const QString &pageId);
    Page *currentPage() const;
    bool showPage(const QString &pageId);

    void setStatusText(const QString &text);

    // Previous (-1) or next (+1) page in the sidebar, wrapping around.
    void stepPage(int delta);

    // The size and place of a first window on a screen with this available
    // geometry: the screenshot size where it fits, never beyond the screen.
    static QRect initialGeometry(const QRect &available);

    // --- Remembered between runs (QSettings) ---
    // Reads the window's geometry and state, the last page, the appearance
    // and, as each page is built, its own state; from then on all of it is
    // written back on close. Without this call (--screenshot, most tests)
    // nothing is read or written.
    void restoreRemembered();
    bool remembersState() const { return m_remember; }
    void saveRemembered();
    // Clears what was remembered and puts the window's defaults back, live:
    // geometry, the first page, the System appearance.
    void resetRemembered();

    theme::Appearance appearance() const { return m_appearance; }
    void setAppearance(theme::Appearance appearance);

    // --- Language (View > Language) ---
    // The choice remembered from an earlier run (System when none): the
    // application installs its translators from it before building windows.
    static i18n::Language rememberedLanguage();
    // The choice the translators were installed for; checks it in the menu.
    void setLanguageChoice(i18n::Language language);
    i18n::Language languageChoice() const { return m_language; }
    // A person's choice from the menu: remembered, and since pages are built
    // in one language, applied when the program starts again; when that
    // changes the language, a message offers to restart now.
    void chooseLanguage(i18n::Language language);
    // What "Restart Now" does (the application starts itself again after
    // this window closed); without one the message only says when the
    // choice applies. Tests pass their own.
    void setRestartHandler(std::function<void()> restart);

    // --- Closing ---
    // What closing would end, as a sentence ("2 test connections and a
    // listener will be closed."); empty when nothing is open.
    void setCloseWarning(std::function<QString()> warning);
    // Asks the user whether to close; true closes. Replaced in tests so no
    // dialog blocks them.
    void setCloseConfirmation(std::function<bool(const QString &warning)> confirm);

    // --- Help ---
    // Where the user guide is (empty when it cannot be found).
    void setUserGuideLocator(std::function<QString()> locator);
    void openUserGuide();
    void showShortcuts();
    void showAbout();

    // Named actions, for tests and the shortcuts dialog.
    QAction *action(const QString &objectName) const;

    // Renders the window with the given page showing, exactly as on screen,
    // at kScreenshotSize in logical pixels (device pixel ratio applies).
    QImage renderPage(const QString &pageId);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void addPageAction(qsizetype index);
    void onCurrentRowChanged(int row);
    void updateHeadline();
    void updateSidebarStyle();
    void exportTimeline();
    void copyReport();
    void applyDefaultGeometry();
    void restorePageSettings(Page *page) const;
    void savePageSettings(const Page &page, QSettings &settings) const;

    QListWidget *m_sidebar = nullptr;
    HeadlineLabel *m_headline = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    struct PageSlot
    {
        QString id;
        QString title;
        PageFactory factory;  // empty once built
        Page *page = nullptr; // nullptr until built
        QWidget *placeholder = nullptr;
        QAction *action = nullptr; // View > the page, Ctrl+<n>
        bool forgetState = false;  // reset: do not save its state again
    };
    Page *ensureBuilt(qsizetype index);

    QList<PageSlot> m_pages;
    QMenu *m_viewMenu = nullptr;
    QAction *m_pagesEnd = nullptr; // separator after the page actions
    QActionGroup *m_pageGroup = nullptr;
    QActionGroup *m_appearanceGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_previousPage = nullptr;
    QAction *m_nextPage = nullptr;
    theme::Appearance m_appearance = theme::Appearance::System;
    i18n::Language m_language = i18n::Language::System;
    std::function<void()> m_restart;
    bool m_remember = false;
    std::function<QString()> m_closeWarning;
    std::function<bool(const QString &)> m_closeConfirmation;
    std::function<QString()> m_userGuideLocator;
};

} // namespace kt::ui

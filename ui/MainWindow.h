#pragma once

#include <QImage>
#include <QList>
#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace kt::ui {

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

    // Renders the window with the given page showing, exactly as on screen,
    // at kScreenshotSize in logical pixels (device pixel ratio applies).
    QImage renderPage(const QString &pageId);

private:
    void onCurrentRowChanged(int row);
    void updateHeadline();

    QListWidget *m_sidebar = nullptr;
    QLabel *m_headline = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    struct PageSlot
    {
        QString id;
        QString title;
        PageFactory factory;  // empty once built
        Page *page = nullptr; // nullptr until built
        QWidget *placeholder = nullptr;
    };
    Page *ensureBuilt(qsizetype index);

    QList<PageSlot> m_pages;
};

} // namespace kt::ui

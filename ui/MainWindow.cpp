#include "ui/MainWindow.h"

#include "ui/Page.h"
#include "ui/Theme.h"
#include "ui/WrapLabel.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace kt::ui {

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
    m_headline = new WrapLabel(header);
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
    resize(kScreenshotSize);
}

void MainWindow::addPage(const QString &pageId, const QString &title, PageFactory factory)
{
    auto *placeholder = new QWidget(m_stack);
    m_pages.append(PageSlot{pageId, title, std::move(factory), nullptr, placeholder});
    m_stack->addWidget(placeholder);
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
    updateHeadline();
}

void MainWindow::updateHeadline()
{
    const Page *p = currentPage();
    m_headline->setText(p ? p->headline() : QString());
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

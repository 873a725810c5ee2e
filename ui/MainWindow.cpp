#include "MainWindow.h"

#include "Page.h"
#include "Theme.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
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
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.05);
    m_sidebar->setFont(sidebarFont);
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
    m_headline = new QLabel(header);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setFont(theme::headlineFont(font()));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    statusBar()->addWidget(m_status, 1);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    resize(kScreenshotSize);
}

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->pageId());
    connect(page, &Page::headlineChanged, this, [this, page] {
        if (page == currentPage())
            updateHeadline();
    });
    if (m_pages.size() == 1)
        m_sidebar->setCurrentRow(0);
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString &pageId)
{
    const int index = int(m_pages.indexOf(page(pageId)));
    if (index < 0)
        return false;
    m_sidebar->setCurrentRow(index);
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
    m_stack->setCurrentIndex(row);
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
    // a person would see in a window of that size.
    if (QLayout *l = layout())
        l->activate();
    QApplication::processEvents();
    return grab().toImage();
}

} // namespace kt::ui

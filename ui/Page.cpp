#include "ui/Page.h"

namespace kt::ui {

Page::Page(const QString &pageId, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_pageId(pageId)
    , m_title(title)
{
    setObjectName(pageId + QStringLiteral("Page"));
}

void Page::setHeadline(const QString &headline)
{
    if (headline == m_headline)
        return;
    m_headline = headline;
    emit headlineChanged(m_headline);
}

} // namespace kt::ui

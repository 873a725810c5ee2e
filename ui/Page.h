#pragma once

#include <QWidget>

class QSettings;

namespace kt::ui {

// One page of the main window. Each page has a stable id (used by
// `--screenshot --page NAME` and the PNG's file name), a title for the
// sidebar, and the one sentence that matters for the header strip.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(const QString &pageId, const QString &title, QWidget *parent = nullptr);

    QString pageId() const { return m_pageId; }
    QString title() const { return m_title; }
    QString headline() const { return m_headline; }

    // Pages with asynchronous content (a test connection being established)
    // say here whether a screenshot would show the settled state; the
    // screenshot mode waits, with a time limit, until it does.
    virtual bool isReadyForScreenshot() const { return true; }

    // What a page remembers between runs (the main window calls these with
    // the settings group already set to the page's id): a form's fields, a
    // chosen scenario. The default remembers nothing.
    virtual void saveSettings(QSettings &settings) const { Q_UNUSED(settings); }
    virtual void restoreSettings(const QSettings &settings) { Q_UNUSED(settings); }

signals:
    void headlineChanged(const QString &headline);

protected:
    void setHeadline(const QString &headline);

private:
    QString m_pageId;
    QString m_title;
    QString m_headline;
};

} // namespace kt::ui

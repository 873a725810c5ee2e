#pragma once

// Checks that a page, as laid out now, shows all of itself: no label cut
// short, no two sibling labels or controls on top of each other, every
// control inside the page or inside a scroll area that can scroll to it.
// Used by the System and Test connection page tests at the smallest window
// and at the screenshot size.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStringList>
#include <QWidget>

namespace pagefit {

// Widgets that are parts of another control (a spin box's line edit, a
// view's header) are that control's business, not the page's.
inline bool isInsideCompound(const QWidget *w, const QWidget *page)
{
    for (const QWidget *p = w->parentWidget(); p && p != page; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

inline bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w);
}

inline QString describe(const QWidget *w)
{
    QString text;
    if (auto *label = qobject_cast<const QLabel *>(w))
        text = label->text().left(40);
    else if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return QStringLiteral("%1 \"%2\" [%3]")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

// The viewport of a scroll area whose content can be scrolled: what lies
// outside it is reachable.
inline bool isScrollableViewport(const QWidget *w)
{
    auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
    return area && area->viewport() == w &&
           (area->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff ||
            area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff);
}

// Whether `w` lies inside each of its ancestors up to `page`, or can be
// scrolled into view where an ancestor is a scroll area's viewport.
inline bool reachable(const QWidget *w, const QWidget *page)
{
    QRect rect = w->rect();
    const QWidget *child = w;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        rect.translate(child->pos());
        if (isScrollableViewport(p))
            rect = p->rect(); // scrolled to: from here on it is the viewport that must show
        else if (!p->rect().contains(rect))
            return false;
        if (p == page)
            return true;
        child = p;
    }
    return true;
}

// Widgets of another window (a dialog the page owns) are that window's
// business, checked on their own.
inline bool isInAnotherWindow(const QWidget *w, const QWidget *page)
{
    return w->window() != page->window();
}

inline QStringList problems(QWidget *page)
{
    QStringList found;
    QList<QWidget *> widgets = page->findChildren<QWidget *>();
    widgets.removeIf([page](const QWidget *w) { return isInAnotherWindow(w, page); });
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(page) || isInsideCompound(w, page))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            const QSize hint = label->sizeHint();
            const bool wraps = label->wordWrap() || label->hasHeightForWidth();
            const int needed = wraps ? label->heightForWidth(label->width()) : hint.height();
            if (needed > label->height() + 1 || (!wraps && hint.width() > label->width() + 1))
                found << QStringLiteral("clipped: %1 is %2x%3, needs %4x%5")
                             .arg(describe(w))
                             .arg(label->width())
                             .arg(label->height())
                             .arg(wraps ? label->width() : hint.width())
                             .arg(needed);
        }
        if ((isControl(w) || qobject_cast<QLabel *>(w)) && !reachable(w, page))
            found << QStringLiteral("out of reach: %1").arg(describe(w));
    }
    // Siblings on top of each other.
    for (QWidget *parent : widgets + QList<QWidget *>{page}) {
        if (isInsideCompound(parent, page) || qobject_cast<QAbstractItemView *>(parent))
            continue;
        QList<QWidget *> shown;
        for (QObject *o : parent->children()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (w && w->isVisibleTo(page) && !w->isWindow() &&
                (isControl(w) || qobject_cast<QLabel *>(w)))
                shown << w;
        }
        for (int i = 0; i < shown.size(); ++i)
            for (int j = i + 1; j < shown.size(); ++j)
                if (shown[i]->geometry().intersects(shown[j]->geometry()))
                    found << QStringLiteral("overlap: %1 and %2")
                                 .arg(describe(shown[i]), describe(shown[j]));
    }
    return found;
}

// Every control with keyboard focus can be told apart by a screen reader.
inline QStringList unnamedControls(QWidget *page)
{
    QStringList found;
    QStringList names;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (isInAnotherWindow(w, page) || isInsideCompound(w, page) ||
            !(w->focusPolicy() & Qt::TabFocus) || !isControl(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        const QString description = iface ? iface->text(QAccessible::Description) : QString();
        if (name.trimmed().isEmpty())
            found << QStringLiteral("no name: %1").arg(describe(w));
        else if (names.contains(name))
            found << QStringLiteral("name used twice: \"%1\" (%2)").arg(name, describe(w));
        if (description.trimmed().isEmpty())
            found << QStringLiteral("no description: %1").arg(describe(w));
        names << name;
    }
    return found;
}

// For looking at: with KT_GRAB_DIR set, saves `widget` as DIR/NAME.png.
inline void saveGrab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KT_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().toImage().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace pagefit

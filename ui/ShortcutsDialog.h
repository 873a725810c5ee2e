#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QMenuBar;
class QTreeWidget;

namespace kt::ui {

// Help > Keyboard shortcuts: every action of the menu bar that has a
// shortcut, read from the actions themselves, so the list cannot drift from
// what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    struct Entry
    {
        QString menuPath; // "View > Appearance"
        QString action;   // without the mnemonic ampersand
        QString shortcut; // native text, e.g. "Ctrl+Q"
    };
    // The entries in menu order.
    static QList<Entry> entries(const QMenuBar *menuBar);

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace kt::ui

#pragma once

#include <QDialog>

namespace kt::ui {

// Help > About: the version, the licence, the Qt version and where the
// documentation is.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // `userGuide`: the local user guide's path, or empty when none was found.
    explicit AboutDialog(const QString &userGuide, QWidget *parent = nullptr);

    // The licence the project is distributed under (as stated in the AppStream
    // metainfo, resources/io.github.keepalive_tuner.metainfo.xml).
    static QString licence() { return QStringLiteral("GPL-3.0-or-later"); }
};

} // namespace kt::ui

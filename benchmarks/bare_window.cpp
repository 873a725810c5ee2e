// The baseline for the start-up benchmark: the smallest Qt Widgets window
// with some text, built with the same flags as the application.
#include "ui/FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt Widgets window"), &window));
    window.resize(1180, 760);
    kt::ui::FirstPaintProbe::install(&window);
    window.show();
    return QApplication::exec();
}

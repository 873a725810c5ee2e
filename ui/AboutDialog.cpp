#include "ui/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace kt::ui {

AboutDialog::AboutDialog(const QString &userGuide, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Keepalive Tuner"));
    auto *layout = new QVBoxLayout(this);

    const QString version = QCoreApplication::applicationVersion();
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Keepalive Tuner %1").arg(version));
    html += QStringLiteral("<p>%1</p>").arg(tr("Explore and tune TCP keep-alive."));
    html +=
        QStringLiteral("<p>%1<br>%2</p>")
            .arg(tr("Licence: %1 (GNU General Public License, version 3 or later).").arg(licence()),
                 tr("Built with Qt %1, running on Qt %2.")
                     .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    if (!userGuide.isEmpty()) {
        html +=
            QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                .arg(QUrl::fromLocalFile(userGuide).toString(QUrl::FullyEncoded), tr("User guide"));
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Also on the command line: <code>keepalivectl --help</code>."));
    auto *text = new QLabel(html, this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setAccessibleName(tr("About Keepalive Tuner"));
    layout->addWidget(text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace kt::ui

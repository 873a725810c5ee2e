#include "ui/HostsPage.h"

#include "i18n/Translation.h"
#include "ui/CardFrame.h"
#include "ui/HostTableModel.h"
#include "ui/Theme.h"
#include "ui/WrapLabel.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace kt::ui {

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

HostsPage::HostsPage(QWidget *parent)
    : Page(QStringLiteral("hosts"), tr("Hosts"), parent)
    , m_model(new HostTableModel(this))
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 14, 22, 12);
    layout->setSpacing(10);

    auto *card = new CardFrame(this);
    card->setObjectName(QStringLiteral("hostsActions"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(14, 10, 14, 10);
    auto *intro = new WrapLabel(card);
    intro->setObjectName(QStringLiteral("hostsIntro"));
    intro->setText(tr("Compare hosts from their \"keepalivectl show --json\" reports: open "
                      "several, or a folder of them (contrib/ansible gathers one per host), or "
                      "drop them here. Values that differ from the baseline host are marked ≠, "
                      "in bold and tinted; hover a cell for the baseline's value."));
    cardLayout->addWidget(intro);

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    auto *openFiles = new QPushButton(tr("Open reports…"), card);
    openFiles->setObjectName(QStringLiteral("openReports"));
    openFiles->setAccessibleName(tr("Open reports"));
    openFiles->setAccessibleDescription(
        tr("Choose one or more keepalivectl show --json reports to compare"));
    connect(openFiles, &QPushButton::clicked, this, &HostsPage::chooseFiles);
    auto *openFolder = new QPushButton(tr("Open folder…"), card);
    openFolder->setObjectName(QStringLiteral("openReportFolder"));
    openFolder->setAccessibleName(tr("Open a folder of reports"));
    openFolder->setAccessibleDescription(tr("Open every .json report in a folder"));
    connect(openFolder, &QPushButton::clicked, this, &HostsPage::chooseFolder);
    auto *baselineLabel = new QLabel(tr("&Baseline:"), card);
    m_baseline = new QComboBox(card);
    m_baseline->setObjectName(QStringLiteral("baselineHost"));
    m_baseline->setAccessibleName(tr("Baseline host"));
    m_baseline->setAccessibleDescription(tr("The host the others are compared with"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_baseline->setMinimumContentsLength(10);
    m_baseline->setEnabled(false);
    baselineLabel->setBuddy(m_baseline);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setBaseline(index);
        updateSummary();
    });
    m_export = new QPushButton(tr("Export CSV…"), card);
    m_export->setObjectName(QStringLiteral("exportHostsCsv"));
    m_export->setAccessibleName(tr("Export the hosts as CSV"));
    m_export->setAccessibleDescription(
        tr("Write the table, one row per host, with what differs from the baseline"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &HostsPage::chooseExport);
    row->addWidget(openFiles);
    row->addWidget(openFolder);
    row->addSpacing(12);
    row->addWidget(baselineLabel);
    row->addWidget(m_baseline);
    row->addStretch(1);
    row->addWidget(m_export);
    cardLayout->addLayout(row);
    layout->addWidget(card);

    m_examples = new QLabel(this);
    m_examples->setObjectName(QStringLiteral("exampleReports"));
    m_examples->setText(tr("Example reports shipped with the program, not hosts of yours"));
    m_examples->setFont(theme::strongFont(font()));
    m_examples->hide();
    layout->addWidget(m_examples);

    m_message = new WrapLabel(this);
    m_message->setObjectName(QStringLiteral("hostsMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("hostsTable"));
    m_table->setAccessibleName(tr("Hosts and their keep-alive values"));
    m_table->setAccessibleDescription(
        tr("One row per host; values that differ from the baseline start with ≠"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    m_model->setPalette(palette());
    updateSummary();
}

QString HostsPage::message() const
{
    return m_message->text();
}

bool HostsPage::openReports(const QStringList &paths, bool examples)
{
    const HostReportLoad load = loadHostReports(paths);
    if (!load.errors.isEmpty()) {
        showError(tr("Nothing was opened; the page still shows what it showed:\n%1")
                      .arg(load.errors.join(QLatin1Char('\n'))));
        return false;
    }
    if (!paths.isEmpty()) {
        const QFileInfo first(paths.constFirst());
        m_lastDirectory = first.isDir() ? first.absoluteFilePath() : first.absolutePath();
    }
    m_model->setReports(load.reports);
    {
        const QSignalBlocker blocker(m_baseline);
        m_baseline->clear();
        for (const HostReport &r : load.reports)
            m_baseline->addItem(r.hostname, r.origin);
        m_baseline->setCurrentIndex(0);
    }
    m_baseline->setEnabled(load.reports.size() > 1);
    m_export->setEnabled(true);
    m_examples->setVisible(examples);
    m_message->clear();
    m_message->hide();
    updateSummary();
    return true;
}

bool HostsPage::exportCsv(const QString &path)
{
    QSaveFile file(path);
    QByteArray csv;
    {
        // A document for spreadsheets and scripts: English whatever the
        // interface language, as keepalivectl's JSON is.
        const i18n::SourceLanguageScope english;
        csv = hostReportsToCsv(m_model->reports(), m_model->baseline()).toUtf8();
    }
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        showError(tr("The CSV could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    const int hosts = int(m_model->reports().size());
    m_message->show();
    m_message->setText(hosts == 1 ? tr("Exported 1 host to %1.").arg(path)
                                  : tr("Exported %1 hosts to %2.").arg(hosts).arg(path));
    return true;
}

void HostsPage::showError(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void HostsPage::updateSummary()
{
    const QList<HostReport> &reports = m_model->reports();
    if (reports.isEmpty()) {
        setHeadline(tr("Open the keep-alive reports of several hosts to compare them"));
        return;
    }
    const QString baseline = reports.at(m_model->baseline()).hostname;
    const int drifting = m_model->driftingHosts();
    if (reports.size() == 1)
        setHeadline(tr("One host: %1; open more reports to compare").arg(baseline));
    else if (drifting == 0)
        setHeadline(
            tr("All %1 hosts have the keep-alive values of %2").arg(reports.size()).arg(baseline));
    else if (drifting == 1)
        setHeadline(
            tr("1 of %1 hosts differs from the baseline %2").arg(reports.size()).arg(baseline));
    else
        setHeadline(tr("%1 of %2 hosts differ from the baseline %3")
                        .arg(drifting)
                        .arg(reports.size())
                        .arg(baseline));
}

void HostsPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open keep-alive reports"), m_lastDirectory,
        tr("keepalivectl show --json reports (*.json);;All files (*)"));
    if (!files.isEmpty())
        openReports(files);
}

void HostsPage::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open a folder of reports"), m_lastDirectory);
    if (!folder.isEmpty())
        openReports({folder});
}

void HostsPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the hosts as CSV"),
        m_lastDirectory.isEmpty() ? QStringLiteral("hosts.csv")
                                  : m_lastDirectory + QStringLiteral("/hosts.csv"),
        tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void HostsPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("lastDirectory"), m_lastDirectory);
}

void HostsPage::restoreSettings(const QSettings &settings)
{
    m_lastDirectory = settings.value(QStringLiteral("lastDirectory")).toString();
}

void HostsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    Page::changeEvent(event);
}

void HostsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void HostsPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openReports(paths);
}

} // namespace kt::ui

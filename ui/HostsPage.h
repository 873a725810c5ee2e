#pragma once

#include "sysctl/HostReport.h"
#include "ui/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace kt::ui {

class HostTableModel;
class WrapLabel;

// The fleet side by side: `keepalivectl show --json` reports of several
// hosts (files, a folder of them, or dropped on the page), one row per host,
// what differs from the baseline host marked, the detection time of each,
// and an export to CSV. Reading, comparing and the CSV are core's
// (sysctl/HostReport.h); this page only places them.
class HostsPage : public Page
{
    Q_OBJECT
public:
    explicit HostsPage(QWidget *parent = nullptr);

    // Loads reports from files and folders, all or nothing: on any error the
    // page keeps what it showed and lists each failing file. `examples`
    // labels them as example reports (the screenshot mode's), not hosts.
    bool openReports(const QStringList &paths, bool examples = false);
    // Writes the CSV export; false with the reason shown on the page.
    bool exportCsv(const QString &path);

    HostTableModel *model() const { return m_model; }
    QString message() const;

    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void chooseFolder();
    void chooseExport();
    void updateSummary();
    void showError(const QString &text);

    HostTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_baseline = nullptr;
    QPushButton *m_export = nullptr;
    WrapLabel *m_message = nullptr;
    QLabel *m_examples = nullptr;
    QString m_lastDirectory;
};

} // namespace kt::ui

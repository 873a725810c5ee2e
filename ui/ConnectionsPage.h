#pragma once

#include "params/KeepaliveParams.h"
#include "ui/Page.h"

#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QThread;

namespace kt {
class ExploredParams;
namespace inspect {
class ConnectionsRefresher;
class InspectHelperClient;
struct ConnectionsSnapshot;
} // namespace inspect
} // namespace kt

namespace kt::ui {

class ConnectionsChart;
class ConnectionsFilterModel;
class ConnectionsModel;
class WrapLabel;

// "Connections": every TCP connection of the namespace with its owner, its
// real keep-alive options and its timer, refreshed every second while shown.
// The dump, the /proc scan and the option reads run on a thread of their own
// (inspect::ConnectionsRefresher); the page applies each result as a diff.
// Administrator mode reads every process's options through the read-only
// helper. The selected connection's values become the explored values (the
// Timeline draws them), and "Test these values" asks for a test connection
// with them.
class ConnectionsPage : public Page
{
    Q_OBJECT
public:
    explicit ConnectionsPage(ExploredParams *explored, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    bool isReadyForScreenshot() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    // For tests and benchmarks.
    ConnectionsModel *model() const { return m_model; }
    ConnectionsFilterModel *filterModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    int refreshCount() const { return m_refreshes; }
    // Asks for a refresh now (when none is running).
    void refreshNow();
    // The read-only helper to run (tests substitute one).
    void setHelperClient(inspect::InspectHelperClient *client);
    void setPaused(bool paused);

signals:
    // "Test these values": open a test connection with these options.
    void testValuesRequested(const kt::KeepaliveParams &params);
    // A refresh was applied to the table.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onSnapshot(const std::shared_ptr<const inspect::ConnectionsSnapshot> &snapshot);
    void applySlice();
    void onFiltersChanged();
    void onMiddleboxChanged();
    void onSelectionChanged();
    void onAdministratorClicked();
    void updateSummary();
    int selectedSourceRow() const;

    ExploredParams *m_explored;
    ConnectionsModel *m_model;
    ConnectionsFilterModel *m_proxy;
    QTableView *m_view = nullptr;
    QLineEdit *m_process = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_keepalive = nullptr;
    QSpinBox *m_middlebox = nullptr;
    QCheckBox *m_cutOnly = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_administrator = nullptr;
    QPushButton *m_test = nullptr;
    WrapLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_selection = nullptr;
    ConnectionsChart *m_chart = nullptr;
    QTimer m_timer;
    QThread *m_thread = nullptr;
    inspect::ConnectionsRefresher *m_refresher = nullptr;
    inspect::InspectHelperClient *m_helper = nullptr;
    int m_hz = 250;
    int m_refreshes = 0;
    bool m_inFlight = false;
    bool m_paused = false;
    QString m_error;
};

} // namespace kt::ui

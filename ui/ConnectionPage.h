#pragma once

#include "params/KeepaliveParams.h"
#include "ui/Page.h"

#include <QTimer>

class QBoxLayout;
class QPushButton;
class QResizeEvent;
class QTableView;

namespace kt {
class ConnectionSet;
class ExploredParams;
class TestConnection;
struct ConnectionEvent;
} // namespace kt

namespace kt::ui {

class ConnectionDetails;
class ConnectionEventLog;
class ConnectionForm;
class ConnectionTableModel;

// "Test connection": open real connections with chosen keep-alive options,
// see what the kernel made of them and watch the keep-alive timer and probes
// live. The selected connection's effective values become the shared
// explored values. On first show it opens a connection to the embedded
// loopback peer, so the page is never empty, even without a network.
// The page holds the list of connections and the headline, and wires the
// form, the details and the event log to the selected connection.
class ConnectionPage : public Page
{
    Q_OBJECT
public:
    explicit ConnectionPage(ExploredParams *explored, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    // Ready once the first connection to the embedded peer is established
    // and the kernel has been asked about it.
    bool isReadyForScreenshot() const override;

    // The Test connection form (target, options, listen port).
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;

    // The connections behind the page: the Timeline overlays
    // selectedMeasuredEventsChanged() on its model.
    ConnectionSet *connections() const { return m_connections; }

    // Opens a test connection with these values (the Advisor's "Open a test
    // connection"): the form takes them and connects to its target; a user
    // timeout of 0 is left unset.
    void openWithValues(const KeepaliveParams &params);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildConnectionList(QWidget *parent);
    void onDisconnectClicked();
    void onRemoveClicked();
    void onSelectedChanged(TestConnection *connection);
    void onCurrentRowChanged();
    void refreshDetails();
    void refreshHeadline();
    void refreshButtons();

    ConnectionSet *m_connections = nullptr;
    ConnectionTableModel *m_model = nullptr;
    TestConnection *m_firstConnection = nullptr;
    bool m_started = false;
    QTimer m_displayTimer;

    QBoxLayout *m_middle = nullptr;
    int m_formWideWidth = 0; // the form's least width laid out for a wide window
    ConnectionForm *m_form = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_disconnectButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    ConnectionDetails *m_details = nullptr;
    ConnectionEventLog *m_eventLog = nullptr;
};

} // namespace kt::ui

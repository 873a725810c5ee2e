#pragma once

#include "Page.h"
#include "socket/SocketOptions.h"

#include <QTimer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace kt {
class ConnectionSet;
class ExploredParams;
class TestConnection;
struct ConnectionEvent;
} // namespace kt

namespace kt::ui {

class ConnectionTableModel;

// "Test connection": open real connections with chosen keep-alive options,
// see what the kernel made of them and watch the keep-alive timer and probes
// live. The selected connection's effective values become the shared
// explored values. On first show it opens a connection to the embedded
// loopback peer, so the page is never empty, even without a network.
class ConnectionPage : public Page
{
    Q_OBJECT
public:
    explicit ConnectionPage(ExploredParams *explored, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    // Ready once the first connection to the embedded peer is established
    // and the kernel has been asked about it.
    bool isReadyForScreenshot() const override;

    // The connections behind the page: the Timeline overlays
    // selectedObservedEventsChanged() on its model.
    ConnectionSet *connections() const { return m_connections; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct ValueEditor
    {
        QSpinBox *spin = nullptr;
        QCheckBox *inherit = nullptr;
    };

    QWidget *buildForm();
    QWidget *buildConnectionList();
    QWidget *buildDetails();
    QWidget *buildEventLog();
    ValueEditor addValueEditor(QWidget *parent, const QString &name, const QString &objectName,
                               int maximum, const QString &suffix, int initial,
                               const QString &toolTip);
    RequestedOptions requestedFromForm() const;
    void validateForm();
    void openConnection();
    void onDisconnectClicked();
    void onRemoveClicked();
    void onListenToggled(bool on);
    void onSelectedChanged(TestConnection *connection);
    void onCurrentRowChanged();
    void refreshDetails();
    void refreshCountdown();
    void refreshHeadline();
    void refreshButtons();
    void appendEvent(const ConnectionEvent &event);
    void rebuildLog();
    void showInheritedValues();

    ConnectionSet *m_connections = nullptr;
    ConnectionTableModel *m_model = nullptr;
    TestConnection *m_firstConnection = nullptr;
    bool m_started = false;
    QTimer m_displayTimer;

    QLineEdit *m_target = nullptr;
    QCheckBox *m_keepalive = nullptr;
    ValueEditor m_idle;
    ValueEditor m_interval;
    ValueEditor m_count;
    ValueEditor m_userTimeout;
    QPushButton *m_connectButton = nullptr;
    QSpinBox *m_listenPort = nullptr;
    QPushButton *m_listenButton = nullptr;
    QLabel *m_formMessage = nullptr;

    QTableView *m_table = nullptr;
    QPushButton *m_disconnectButton = nullptr;
    QPushButton *m_removeButton = nullptr;

    QLabel *m_selectedTitle = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_countdownCaption = nullptr;
    QLabel *m_probeCounter = nullptr;
    QTableWidget *m_options = nullptr;

    QLabel *m_logTitle = nullptr;
    QTableWidget *m_log = nullptr;
};

} // namespace kt::ui

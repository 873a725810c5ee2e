#pragma once

#include "socket/SocketOptions.h"
#include "ui/CardFrame.h"

class QCheckBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace kt {
class ConnectionSet;
class TestConnection;
} // namespace kt

namespace kt::ui {

// The Test connection page's form: a target and the keep-alive options to
// request, Connect, and Listen for connections coming in. It opens the
// connections in `connections` itself and says in one line what is wrong
// with the values, or what "inherit" means.
class ConnectionForm : public CardFrame
{
    Q_OBJECT
public:
    explicit ConnectionForm(ConnectionSet *connections, QWidget *parent = nullptr);

    // Arranges the form for a narrow window (listening and each option on a
    // line of its own) or a wide one.
    void setNarrow(bool narrow);

    // The options as the form requests them.
    RequestedOptions requested() const;
    // Checks the values and the target, and says what it found.
    void validate();
    // Fills in the options (an unset one inherits) and connects to the
    // target in the form, as Connect does: another page's values tried here.
    void openWith(const RequestedOptions &options);
    // An inherited option's editor shows the host's value as the kernel
    // reported it for `connection`.
    void showInheritedValues(const TestConnection *connection);

    // The target, the four options with their inherit boxes, SO_KEEPALIVE
    // and the listen port, remembered between runs.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

protected:
    // The message's colour follows a palette change made while it is shown.
    void changeEvent(QEvent *event) override;

private:
    struct ValueEditor
    {
        QLabel *label = nullptr;
        QSpinBox *spin = nullptr;
        QCheckBox *inherit = nullptr;
    };

    ValueEditor addValueEditor(QWidget *parent, const QString &name, const QString &objectName,
                               int maximum, const QString &suffix, int initial,
                               const QString &toolTip, const QString &inheritName);
    void openConnection();
    void onListenToggled(bool on);

    ConnectionSet *m_connections = nullptr;
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
    QLabel *m_listenLabel = nullptr;
    QHBoxLayout *m_targetRow = nullptr;
    QHBoxLayout *m_listenRow = nullptr;
    QGridLayout *m_options = nullptr;
    bool m_narrow = false;
    QString m_connectDescription;
    QString m_listenDescription;
};

} // namespace kt::ui

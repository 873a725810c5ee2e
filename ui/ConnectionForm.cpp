#include "ui/ConnectionForm.h"

#include "params/Format.h"
#include "params/KernelLimits.h"
#include "session/ConnectionSet.h"
#include "socket/TestConnection.h"
#include "ui/ConnectionPageStyle.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace kt::ui {

using connectionpage::setTextColor;

ConnectionForm::ConnectionForm(ConnectionSet *connections, QWidget *parent)
    : CardFrame(parent)
    , m_connections(connections)
{
    setObjectName(QStringLiteral("connectionForm"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(14, 12, 14, 10);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);

    auto *targetLabel = new QLabel(tr("Target"), this);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setPlaceholderText(tr("host:port, [IPv6]:port — empty: the embedded peer on "
                                    "127.0.0.1"));
    m_target->setClearButtonEnabled(true);
    m_target->setAccessibleName(tr("Target"));
    targetLabel->setBuddy(m_target);
    m_connectButton = new QPushButton(tr("Connect"), this);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    m_connectButton->setAutoDefault(true);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionForm::openConnection);
    connect(m_target, &QLineEdit::returnPressed, this, &ConnectionForm::openConnection);
    connect(m_target, &QLineEdit::textChanged, this, &ConnectionForm::validate);

    auto *listenLabel = new QLabel(tr("or listen on port"), this);
    m_listenPort = new QSpinBox(this);
    m_listenPort->setObjectName(QStringLiteral("listenPortSpin"));
    m_listenPort->setRange(1, 65535);
    m_listenPort->setValue(4242);
    m_listenPort->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_listenPort->setToolTip(tr("Accept connections on this port (all addresses) and apply the "
                                "options below to each, so someone can connect in."));
    listenLabel->setBuddy(m_listenPort);
    m_listenButton = new QPushButton(tr("Listen"), this);
    m_listenButton->setObjectName(QStringLiteral("listenButton"));
    m_listenButton->setCheckable(true);
    connect(m_listenButton, &QPushButton::toggled, this, &ConnectionForm::onListenToggled);

    auto *targetRow = new QHBoxLayout;
    targetRow->setSpacing(10);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_connectButton);
    targetRow->addSpacing(14);
    targetRow->addWidget(listenLabel);
    targetRow->addWidget(m_listenPort);
    targetRow->addWidget(m_listenButton);
    grid->addWidget(targetLabel, 0, 0);
    grid->addLayout(targetRow, 0, 1);

    // Two rows of aligned editors keep the form inside the screenshot width.
    auto *optionsLabel = new QLabel(tr("Options"), this);
    auto *options = new QGridLayout;
    options->setHorizontalSpacing(6);
    options->setVerticalSpacing(6);
    m_keepalive = new QCheckBox(QStringLiteral("SO_KEEPALIVE"), this);
    m_keepalive->setObjectName(QStringLiteral("keepaliveCheck"));
    m_keepalive->setChecked(true);
    m_keepalive->setToolTip(tr("Turn keep-alive on for the connection. Without it no probes are "
                               "sent, whatever the values."));
    connect(m_keepalive, &QCheckBox::toggled, this, &ConnectionForm::validate);

    // The editors accept more than the kernel does, on purpose: an
    // out-of-range value is explained, not silently clamped.
    using namespace limits;
    const auto addEditor = [&](ValueEditor &editor, const QString &name, const QString &id,
                               int maximum, const QString &suffix, int initial,
                               const QString &toolTip, int row, int column) {
        editor = addValueEditor(this, name, id, maximum, suffix, initial, toolTip);
        auto *label = new QLabel(name, this);
        label->setBuddy(editor.spin);
        options->addWidget(label, row, column);
        options->addWidget(editor.spin, row, column + 1);
        options->addWidget(editor.inherit, row, column + 2);
    };
    addEditor(m_idle, tr("Idle"), QStringLiteral("idle"), 99999, tr(" s"), kDefaultIdleS,
              tr("TCP_KEEPIDLE: seconds without receiving anything before the first probe "
                 "(%1).")
                  .arg(formatRange(kSocketIdle.min, kSocketIdle.max, QStringLiteral("s"))),
              0, 0);
    addEditor(m_interval, tr("Interval"), QStringLiteral("interval"), 99999, tr(" s"),
              kDefaultIntervalS,
              tr("TCP_KEEPINTVL: seconds between unanswered probes (%1).")
                  .arg(formatRange(kSocketInterval.min, kSocketInterval.max, QStringLiteral("s"))),
              1, 0);
    addEditor(m_count, tr("Count"), QStringLiteral("count"), 999, QString(), kDefaultCount,
              tr("TCP_KEEPCNT: unanswered probes before the connection is given up (%1).")
                  .arg(formatRange(kSocketCount.min, kSocketCount.max, QString())),
              0, 4);
    addEditor(m_userTimeout, tr("User timeout"), QStringLiteral("userTimeout"),
              int(kUserTimeout.max), tr(" ms"), 0,
              tr("TCP_USER_TIMEOUT: milliseconds without an answer before the connection is "
                 "given up; when set it replaces the count. 0 = not set."),
              1, 4);
    options->setColumnMinimumWidth(3, 18);
    options->setColumnMinimumWidth(7, 18);
    options->addWidget(m_keepalive, 0, 8);
    options->setColumnStretch(9, 1);
    // Level with the first row of editors.
    optionsLabel->setMinimumHeight(m_idle.spin->sizeHint().height());
    grid->addWidget(optionsLabel, 1, 0, Qt::AlignTop | Qt::AlignLeft);
    grid->addLayout(options, 1, 1);

    m_formMessage = new QLabel(this);
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_formMessage->setWordWrap(true);
    m_formMessage->setFont(theme::captionFont(font()));
    grid->addWidget(m_formMessage, 2, 1);
    grid->setColumnStretch(1, 1);
}

ConnectionForm::ValueEditor ConnectionForm::addValueEditor(QWidget *parent, const QString &name,
                                                           const QString &objectName, int maximum,
                                                           const QString &suffix, int initial,
                                                           const QString &toolTip)
{
    ValueEditor editor;
    editor.spin = new QSpinBox(parent);
    editor.spin->setObjectName(objectName + QStringLiteral("Spin"));
    editor.spin->setRange(0, maximum);
    editor.spin->setValue(initial);
    editor.spin->setSuffix(suffix);
    editor.spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for the kernel's largest values; the maximum (set wider on
    // purpose) would otherwise make the box as wide as ten digits.
    editor.spin->setFixedWidth(
        editor.spin->fontMetrics().horizontalAdvance(QStringLiteral("8888888") + suffix) + 36);
    editor.spin->setAccessibleName(name);
    editor.spin->setToolTip(toolTip);
    editor.spin->setEnabled(false);
    editor.inherit = new QCheckBox(tr("inherit"), parent);
    editor.inherit->setObjectName(objectName + QStringLiteral("Inherit"));
    editor.inherit->setChecked(true);
    editor.inherit->setToolTip(tr("Leave the option unset: the connection takes this host's "
                                  "value, shown as the effective value."));
    QSpinBox *spin = editor.spin;
    connect(editor.inherit, &QCheckBox::toggled, this, [this, spin](bool inherit) {
        spin->setEnabled(!inherit);
        validate();
    });
    connect(editor.spin, &QSpinBox::valueChanged, this, &ConnectionForm::validate);
    return editor;
}

RequestedOptions ConnectionForm::requested() const
{
    RequestedOptions r;
    r.keepalive = m_keepalive->isChecked();
    const auto value = [](const ValueEditor &e) -> std::optional<int> {
        if (e.inherit->isChecked())
            return std::nullopt;
        return e.spin->value();
    };
    r.idleS = value(m_idle);
    r.intervalS = value(m_interval);
    r.count = value(m_count);
    r.userTimeoutMs = value(m_userTimeout);
    return r;
}

void ConnectionForm::validate()
{
    QString problem;
    if (const auto invalid = validateRequested(requested()))
        problem = invalid->message;
    QString targetError;
    const QString text = m_target->text().trimmed();
    if (problem.isEmpty() && !text.isEmpty() && !parseTarget(text, &targetError))
        problem = targetError;
    m_connectButton->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_formMessage->setText(problem);
        setTextColor(m_formMessage, theme::abort(palette()));
    } else if (m_connections->isListening()) {
        m_formMessage->setText(tr("Listening on port %1: each connection accepted gets the "
                                  "options it was started with and joins the list.")
                                   .arg(m_connections->listeningPort()));
        setTextColor(m_formMessage, theme::subtleText(palette()));
    } else {
        m_formMessage->setText(
            tr("“inherit” leaves an option unset, so the connection takes this host's value; "
               "the kernel's read-back shows it as the effective value."));
        setTextColor(m_formMessage, theme::subtleText(palette()));
    }
}

void ConnectionForm::openConnection()
{
    validate();
    if (!m_connectButton->isEnabled())
        return;
    const QString text = m_target->text().trimmed();
    std::optional<Target> target;
    if (!text.isEmpty()) {
        QString error;
        target = parseTarget(text, &error);
        if (!target)
            return;
    }
    m_connections->open(target, requested());
}

void ConnectionForm::onListenToggled(bool on)
{
    if (!on) {
        m_connections->stopListening();
        m_listenPort->setEnabled(true);
        m_listenButton->setText(tr("Listen"));
        validate();
        return;
    }
    QString error;
    if (!m_connections->listen(quint16(m_listenPort->value()), requested(), &error)) {
        const QSignalBlocker blocker(m_listenButton);
        m_listenButton->setChecked(false);
        m_formMessage->setText(error);
        setTextColor(m_formMessage, theme::abort(palette()));
        return;
    }
    m_listenPort->setEnabled(false);
    m_listenButton->setText(tr("Stop listening"));
    validate();
}

void ConnectionForm::showInheritedValues(const TestConnection *c)
{
    // An inherited option's editor shows the host's value as the kernel
    // reported it for the selected connection, rather than a guess.
    if (!c || !c->effective())
        return;
    const RequestedOptions r = c->requested();
    const EffectiveOptions e = *c->effective();
    const auto show = [](const ValueEditor &editor, const std::optional<int> &asked, int value) {
        if (editor.inherit->isChecked() && !asked) {
            const QSignalBlocker blocker(editor.spin);
            editor.spin->setValue(value);
        }
    };
    show(m_idle, r.idleS, e.idleS);
    show(m_interval, r.intervalS, e.intervalS);
    show(m_count, r.count, e.count);
    show(m_userTimeout, r.userTimeoutMs, e.userTimeoutMs);
}

} // namespace kt::ui

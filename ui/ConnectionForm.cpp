#include "ui/ConnectionForm.h"

#include "params/Format.h"
#include "params/KernelLimits.h"
#include "session/ConnectionSet.h"
#include "socket/TestConnection.h"
#include "ui/ConnectionPageStyle.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
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
    m_connectDescription = tr("Open a test connection to the target with the options below.");
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
    m_listenDescription = m_listenPort->toolTip();
    m_listenPort->setAccessibleName(tr("Listen port"));
    m_listenPort->setAccessibleDescription(m_listenPort->toolTip());
    m_target->setAccessibleDescription(m_target->placeholderText());
    connect(m_listenButton, &QPushButton::toggled, this, &ConnectionForm::onListenToggled);

    m_listenLabel = listenLabel;
    m_targetRow = new QHBoxLayout;
    m_targetRow->setSpacing(10);
    m_targetRow->addWidget(m_target, 1);
    m_targetRow->addWidget(m_connectButton);
    m_targetRow->addSpacing(14);
    // Empty unless the window is narrow: then listening gets a line of its own.
    m_listenRow = new QHBoxLayout;
    m_listenRow->setSpacing(10);
    grid->addWidget(targetLabel, 0, 0);
    grid->addLayout(m_targetRow, 0, 1);
    grid->addLayout(m_listenRow, 1, 1);

    // The editors are placed by setNarrow(): two columns in a wide window.
    auto *optionsLabel = new QLabel(tr("Options"), this);
    auto *options = new QGridLayout;
    m_options = options;
    options->setHorizontalSpacing(6);
    options->setVerticalSpacing(6);
    m_keepalive = new QCheckBox(QStringLiteral("SO_KEEPALIVE"), this);
    m_keepalive->setObjectName(QStringLiteral("keepaliveCheck"));
    m_keepalive->setChecked(true);
    m_keepalive->setToolTip(tr("Turn keep-alive on for the connection. Without it no probes are "
                               "sent, whatever the values."));
    m_keepalive->setAccessibleName(tr("SO_KEEPALIVE: keep-alive on"));
    m_keepalive->setAccessibleDescription(m_keepalive->toolTip());
    connect(m_keepalive, &QCheckBox::toggled, this, &ConnectionForm::validate);

    // The editors accept more than the kernel does, on purpose: an
    // out-of-range value is explained, not silently clamped.
    using namespace limits;
    const auto addEditor = [&](ValueEditor &editor, const QString &name, const QString &id,
                               int maximum, const QString &suffix, int initial,
                               const QString &toolTip, const QString &inheritName) {
        editor = addValueEditor(this, name, id, maximum, suffix, initial, toolTip, inheritName);
        editor.label = new QLabel(name, this);
        editor.label->setBuddy(editor.spin);
    };
    addEditor(m_idle, tr("Idle"), QStringLiteral("idle"), 99999, tr(" s"), kDefaultIdleS,
              tr("TCP_KEEPIDLE: seconds without receiving anything before the first probe "
                 "(%1).")
                  .arg(formatRange(kSocketIdle.min, kSocketIdle.max, QStringLiteral("s"))),
              tr("Inherit idle"));
    addEditor(m_interval, tr("Interval"), QStringLiteral("interval"), 99999, tr(" s"),
              kDefaultIntervalS,
              tr("TCP_KEEPINTVL: seconds between unanswered probes (%1).")
                  .arg(formatRange(kSocketInterval.min, kSocketInterval.max, QStringLiteral("s"))),
              tr("Inherit interval"));
    addEditor(m_count, tr("Count"), QStringLiteral("count"), 999, QString(), kDefaultCount,
              tr("TCP_KEEPCNT: unanswered probes before the connection is given up (%1).")
                  .arg(formatRange(kSocketCount.min, kSocketCount.max, QString())),
              tr("Inherit count"));
    addEditor(m_userTimeout, tr("User timeout"), QStringLiteral("userTimeout"),
              int(kUserTimeout.max), tr(" ms"), 0,
              tr("TCP_USER_TIMEOUT: milliseconds without an answer before the connection is "
                 "given up; when set it replaces the count. 0 = not set."),
              tr("Inherit user timeout"));
    options->setColumnMinimumWidth(3, 18);
    options->setColumnMinimumWidth(7, 18);
    // On a row of its own, so the form stays narrow enough for a small
    // window.
    options->addWidget(m_keepalive, 0, 0, 1, 3);
    options->setColumnStretch(8, 1);
    // Level with the first row.
    optionsLabel->setMinimumHeight(m_keepalive->sizeHint().height());
    grid->addWidget(optionsLabel, 2, 0, Qt::AlignTop | Qt::AlignLeft);
    grid->addLayout(options, 2, 1);
    m_narrow = true; // so that the first arrangement places everything
    setNarrow(false);

    m_formMessage = new QLabel(this);
    m_formMessage->setObjectName(QStringLiteral("formMessage"));
    m_formMessage->setWordWrap(true);
    m_formMessage->setFont(theme::captionFont(font()));
    grid->addWidget(m_formMessage, 3, 1);
    grid->setColumnStretch(1, 1);

    // Tab order follows the reading order, row by row, not creation order.
    const QList<QWidget *> order{m_target,
                                 m_connectButton,
                                 m_listenPort,
                                 m_listenButton,
                                 m_keepalive,
                                 m_idle.spin,
                                 m_idle.inherit,
                                 m_count.spin,
                                 m_count.inherit,
                                 m_interval.spin,
                                 m_interval.inherit,
                                 m_userTimeout.spin,
                                 m_userTimeout.inherit};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

ConnectionForm::ValueEditor ConnectionForm::addValueEditor(QWidget *parent, const QString &name,
                                                           const QString &objectName, int maximum,
                                                           const QString &suffix, int initial,
                                                           const QString &toolTip,
                                                           const QString &inheritName)
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
    editor.spin->setAccessibleDescription(toolTip);
    editor.spin->setEnabled(false);
    editor.inherit = new QCheckBox(tr("inherit"), parent);
    editor.inherit->setObjectName(objectName + QStringLiteral("Inherit"));
    editor.inherit->setChecked(true);
    editor.inherit->setToolTip(tr("Leave the option unset: the connection takes this host's "
                                  "value, shown as the effective value."));
    // Four boxes all called "inherit" would be indistinguishable to a
    // screen reader: each says which option it leaves unset.
    editor.inherit->setAccessibleName(inheritName);
    editor.inherit->setAccessibleDescription(editor.inherit->toolTip());
    QSpinBox *spin = editor.spin;
    connect(editor.inherit, &QCheckBox::toggled, this, [this, spin](bool inherit) {
        spin->setEnabled(!inherit);
        validate();
    });
    connect(editor.spin, &QSpinBox::valueChanged, this, &ConnectionForm::validate);
    return editor;
}

void ConnectionForm::setNarrow(bool narrow)
{
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    // Wide: listening beside the target, the editors in two columns (idle and
    // interval, count and user timeout). Narrow: listening on a line of its
    // own and the editors one below the other, so nothing scrolls sideways.
    for (QWidget *w : {static_cast<QWidget *>(m_listenLabel), static_cast<QWidget *>(m_listenPort),
                       static_cast<QWidget *>(m_listenButton)}) {
        m_targetRow->removeWidget(w);
        m_listenRow->removeWidget(w);
        (narrow ? m_listenRow : m_targetRow)->addWidget(w);
    }
    if (narrow)
        m_listenRow->addStretch(1);
    else if (QLayoutItem *stretch = m_listenRow->takeAt(0))
        delete stretch;
    const ValueEditor *editors[] = {&m_idle, &m_interval, &m_count, &m_userTimeout};
    for (int i = 0; i < 4; ++i) {
        const ValueEditor &e = *editors[i];
        for (QWidget *w : {static_cast<QWidget *>(e.label), static_cast<QWidget *>(e.spin),
                           static_cast<QWidget *>(e.inherit)})
            m_options->removeWidget(w);
        // Row 0 holds SO_KEEPALIVE, the switch the values depend on.
        const int row = 1 + (narrow ? i : i % 2);
        const int column = narrow ? 0 : 4 * (i / 2);
        m_options->addWidget(e.label, row, column);
        m_options->addWidget(e.spin, row, column + 1);
        m_options->addWidget(e.inherit, row, column + 2);
    }
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
    QString optionProblem;
    if (const auto invalid = validateRequested(requested()))
        optionProblem = invalid->message;
    QString problem = optionProblem;
    QString targetError;
    const QString text = m_target->text().trimmed();
    if (problem.isEmpty() && !text.isEmpty() && !parseTarget(text, &targetError))
        problem = targetError;
    m_connectButton->setEnabled(problem.isEmpty());
    // Listening takes the options but not the target; stopping is always
    // allowed.
    m_listenButton->setEnabled(optionProblem.isEmpty() || m_listenButton->isChecked());
    // The reason also travels with the buttons, for a tooltip and a screen
    // reader.
    m_connectButton->setToolTip(problem.isEmpty() ? m_connectDescription : problem);
    m_connectButton->setAccessibleDescription(m_connectButton->toolTip());
    m_listenButton->setToolTip(m_listenButton->isEnabled() ? m_listenDescription : optionProblem);
    m_listenButton->setAccessibleDescription(m_listenButton->toolTip());
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

void ConnectionForm::openWith(const RequestedOptions &options)
{
    m_keepalive->setChecked(options.keepalive);
    for (auto [editor, value] :
         {std::pair{&m_idle, options.idleS}, std::pair{&m_interval, options.intervalS},
          std::pair{&m_count, options.count}, std::pair{&m_userTimeout, options.userTimeoutMs}}) {
        if (value)
            editor->spin->setValue(*value);
        editor->inherit->setChecked(!value);
    }
    openConnection();
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

void ConnectionForm::changeEvent(QEvent *event)
{
    CardFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_formMessage)
        validate();
}

void ConnectionForm::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("target"), m_target->text());
    settings.setValue(QStringLiteral("keepalive"), m_keepalive->isChecked());
    settings.setValue(QStringLiteral("listenPort"), m_listenPort->value());
    const std::pair<const char *, const ValueEditor *> editors[] = {
        {"idle", &m_idle},
        {"interval", &m_interval},
        {"count", &m_count},
        {"userTimeout", &m_userTimeout}};
    for (const auto &[key, editor] : editors) {
        settings.setValue(QLatin1String(key) + QStringLiteral("/value"), editor->spin->value());
        settings.setValue(QLatin1String(key) + QStringLiteral("/inherit"),
                          editor->inherit->isChecked());
    }
}

void ConnectionForm::restoreSettings(const QSettings &settings)
{
    m_target->setText(settings.value(QStringLiteral("target"), m_target->text()).toString());
    m_keepalive->setChecked(
        settings.value(QStringLiteral("keepalive"), m_keepalive->isChecked()).toBool());
    m_listenPort->setValue(
        settings.value(QStringLiteral("listenPort"), m_listenPort->value()).toInt());
    const std::pair<const char *, const ValueEditor *> editors[] = {
        {"idle", &m_idle},
        {"interval", &m_interval},
        {"count", &m_count},
        {"userTimeout", &m_userTimeout}};
    for (const auto &[key, editor] : editors) {
        // The spin boxes clamp to their (wider than the kernel's) range; the
        // form then explains a value the kernel would refuse.
        editor->spin->setValue(
            settings.value(QLatin1String(key) + QStringLiteral("/value"), editor->spin->value())
                .toInt());
        editor->inherit->setChecked(settings
                                        .value(QLatin1String(key) + QStringLiteral("/inherit"),
                                               editor->inherit->isChecked())
                                        .toBool());
    }
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

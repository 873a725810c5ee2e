#include "ui/SettingCard.h"

#include "params/Format.h"
#include "sysctl/SystemSnapshot.h"
#include "ui/Theme.h"
#include "ui/WrapLabel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kt::ui {

namespace {

QString location(const SysctlAssignment &a)
{
    return QStringLiteral("%1:%2").arg(a.path).arg(a.line);
}

// Plain, non-selectable, caching its heights: see WrapLabel.
QLabel *wrappingLabel(QWidget *parent)
{
    return new WrapLabel(parent);
}

} // namespace

SettingCard::SettingCard(QWidget *parent)
    : CardFrame(parent)
{
    setHoverHighlight(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(4);

    m_title = new WrapLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setFont(theme::strongFont(font()));
    layout->addWidget(m_title);

    m_key = new QLabel(this);
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setFont(theme::captionFont(font()));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_key);

    // The number right-aligned with its unit beside it, as in every table of
    // the application.
    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(6);
    valueRow->addStretch(1);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setFont(theme::valueFont(font()));
    m_value->setAlignment(Qt::AlignRight | Qt::AlignBaseline);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueRow->addWidget(m_value, 0, Qt::AlignBaseline);
    m_unit = new QLabel(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    valueRow->addWidget(m_unit, 0, Qt::AlignBaseline);
    layout->addSpacing(6);
    layout->addLayout(valueRow);

    m_range = wrappingLabel(this);
    m_range->setObjectName(QStringLiteral("range"));
    m_range->setFont(theme::captionFont(font()));
    m_range->setAlignment(Qt::AlignRight);
    layout->addWidget(m_range);
    layout->addSpacing(8);

    m_source = wrappingLabel(this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setFont(theme::captionFont(font()));
    layout->addWidget(m_source);

    // Refused lines and values the kernel accepts but that make no sense:
    // what to fix, in the warning colour.
    m_problems = wrappingLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setFont(theme::captionFont(font()));
    layout->addWidget(m_problems);

    m_overridden = wrappingLabel(this);
    m_overridden->setObjectName(QStringLiteral("overridden"));
    m_overridden->setFont(theme::captionFont(font()));
    layout->addWidget(m_overridden);

    m_differs = wrappingLabel(this);
    m_differs->setObjectName(QStringLiteral("runtimeDiffers"));
    m_differs->setFont(theme::captionFont(font()));
    layout->addWidget(m_differs);
    layout->addStretch(1);

    applyColours();
}

void SettingCard::setState(const SettingState &state)
{
    setObjectName(QStringLiteral("card_") + state.info.procPath.section(QLatin1Char('/'), -1));
    m_title->setText(state.info.shortLabel);
    m_key->setText(state.info.name);
    if (state.reading.value) {
        m_value->setText(QString::number(*state.reading.value));
        m_unit->setText(state.info.unit.isEmpty() ? tr("probes") : state.info.unit);
        m_unit->setVisible(true);
    } else {
        m_value->setText(tr("unavailable"));
        m_unit->setVisible(false);
    }
    m_range->setText(tr("kernel default %1 · valid %2")
                         .arg(formatValue(state.info.kernelDefault, state.info.unit),
                              formatRange(state.info.min, state.info.max, state.info.unit)));

    if (!state.reading.value)
        m_source->setText(tr("Cannot read the kernel's value: %1").arg(state.reading.error));
    else
        m_source->setText(describeSource(state));

    QStringList problems;
    for (const QString &problem : describeProblems(state))
        problems << QStringLiteral("⚠ ") + problem;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());

    QStringList overridden;
    for (const SysctlAssignment &a : state.overridden)
        overridden << tr("overrides %1 (%2)").arg(location(a), a.value);
    m_overridden->setText(overridden.join(QLatin1Char('\n')));
    m_overridden->setVisible(!overridden.isEmpty());

    if (state.runtimeDiffers) {
        m_differs->setText(tr("⚠ The kernel holds %1, but the configuration gives %2: changed "
                              "since boot, or set by another tool.")
                               .arg(*state.reading.value)
                               .arg(*state.configuredValue));
    }
    m_differs->setVisible(state.runtimeDiffers);

    setToolTip(QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>")
                   .arg(state.info.name, state.info.explanation.toHtmlEscaped(),
                        tr("Exists since %1.").arg(state.info.since)));
    setAccessibleName(state.info.shortLabel);
    setAccessibleDescription(state.info.explanation);
}

void SettingCard::applyColours()
{
    QPalette subtle = palette();
    subtle.setColor(QPalette::WindowText, theme::subtleText(palette()));
    m_key->setPalette(subtle);
    m_range->setPalette(subtle);
    m_unit->setPalette(subtle);
    m_overridden->setPalette(subtle);
    QPalette warn = palette();
    warn.setColor(QPalette::WindowText, theme::warning(palette()));
    m_differs->setPalette(warn);
    m_problems->setPalette(warn);
}

void SettingCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    CardFrame::changeEvent(event);
}

} // namespace kt::ui

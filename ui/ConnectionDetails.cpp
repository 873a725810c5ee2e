#include "ui/ConnectionDetails.h"

#include "params/Format.h"
#include "socket/TestConnection.h"
#include "ui/ConnectionPageStyle.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kt::ui {

using connectionpage::configureTable;
using connectionpage::makeCaption;
using connectionpage::setTextColor;

ConnectionDetails::ConnectionDetails(QWidget *parent)
    : CardFrame(parent)
{
    setObjectName(QStringLiteral("connectionDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    m_selectedTitle = makeCaption(QString(), this);
    m_selectedTitle->setObjectName(QStringLiteral("selectedTitle"));
    m_selectedTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selectedTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Narrow windows wrap the text instead of cutting it off.
    m_selectedTitle->setWordWrap(true);
    layout->addWidget(m_selectedTitle);

    auto *countdownRow = new QHBoxLayout;
    countdownRow->setSpacing(10);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("nextProbeLabel"));
    m_countdown->setFont(theme::valueFont(font()));
    m_countdownCaption = new QLabel(this);
    m_countdownCaption->setObjectName(QStringLiteral("nextProbeCaption"));
    // Error texts can be long: wrap them inside the card rather than widen it.
    m_countdownCaption->setWordWrap(true);
    m_countdownCaption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextColor(m_countdownCaption, theme::subtleText(palette()));
    countdownRow->addWidget(m_countdown, 0, Qt::AlignVCenter);
    countdownRow->addWidget(m_countdownCaption, 1, Qt::AlignVCenter);
    layout->addLayout(countdownRow);

    m_probeCounter = new QLabel(this);
    m_probeCounter->setObjectName(QStringLiteral("probeCounterLabel"));
    m_probeCounter->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_probeCounter->setWordWrap(true);
    layout->addWidget(m_probeCounter);
    layout->addSpacing(6);

    m_options = new QTableWidget(5, 3, this);
    m_options->setObjectName(QStringLiteral("optionsTable"));
    m_options->setAccessibleName(tr("Options requested and effective"));
    m_options->setAccessibleDescription(
        tr("Each keep-alive option as requested and as the kernel reports it for the selected "
           "connection."));
    m_options->setHorizontalHeaderLabels({tr("Option"), tr("Requested"), tr("Effective")});
    configureTable(m_options);
    m_options->setSelectionMode(QAbstractItemView::NoSelection);
    m_options->setFocusPolicy(Qt::NoFocus);
    m_options->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_options->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_options->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_options->horizontalHeader()->setMinimumSectionSize(90);
    // Never narrower than its three columns: the page scrolls instead.
    m_options->setMinimumWidth(3 * 90 + 2 * m_options->frameWidth());
    m_options->verticalScrollBar()->setEnabled(false);
    m_options->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_options->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QStringList names{QStringLiteral("SO_KEEPALIVE"), QStringLiteral("TCP_KEEPIDLE"),
                            QStringLiteral("TCP_KEEPINTVL"), QStringLiteral("TCP_KEEPCNT"),
                            QStringLiteral("TCP_USER_TIMEOUT")};
    for (int row = 0; row < names.size(); ++row) {
        m_options->setItem(row, 0, new QTableWidgetItem(names.at(row)));
        for (int column = 1; column < 3; ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_options->setItem(row, column, item);
        }
    }
    m_options->horizontalHeaderItem(1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_options->horizontalHeaderItem(2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_options->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int rowHeight = m_options->verticalHeader()->defaultSectionSize();
    m_options->setFixedHeight(rowHeight * 5 + m_options->horizontalHeader()->sizeHint().height() +
                              2);
    layout->addWidget(m_options);
    layout->addStretch(1);
}

void ConnectionDetails::showConnection(const TestConnection *c)
{
    if (!c) {
        m_selectedTitle->setText(tr("No connection selected"));
        for (int row = 0; row < 5; ++row) {
            m_options->item(row, 1)->setText(QString());
            m_options->item(row, 2)->setText(QString());
        }
        refreshCountdown(c);
        return;
    }
    const QString where = c->peerAddress().isEmpty() ? c->label() : c->peerAddress();
    m_selectedTitle->setText(tr("%1 — %2").arg(where, c->stateText()));

    const RequestedOptions r = c->requested();
    const auto e = c->effective();
    const QString s = tr("s");
    const QString ms = tr("ms");
    const QStringList requested{r.keepalive ? tr("on") : tr("off"), formatRequested(r.idleS, s),
                                formatRequested(r.intervalS, s), formatRequested(r.count, {}),
                                formatRequested(r.userTimeoutMs, ms)};
    QStringList effective;
    if (e)
        effective = {e->keepalive ? tr("on") : tr("off"), QStringLiteral("%1 s").arg(e->idleS),
                     QStringLiteral("%1 s").arg(e->intervalS), QString::number(e->count),
                     QStringLiteral("%1 ms").arg(e->userTimeoutMs)};
    for (int row = 0; row < 5; ++row) {
        m_options->item(row, 1)->setText(requested.at(row));
        m_options->item(row, 2)->setText(effective.value(row, QStringLiteral("–")));
        QFont bold = m_options->font();
        bold.setWeight(QFont::DemiBold);
        m_options->item(row, 2)->setFont(bold);
    }
    refreshCountdown(c);
}

void ConnectionDetails::refreshCountdown(const TestConnection *c)
{
    QString value;
    QString caption;
    QString counter;
    QColor color = palette().color(QPalette::Text);
    if (!c) {
        value = QStringLiteral("–");
        caption = tr("connect to see the keep-alive timer");
    } else if (c->state() == TestConnection::State::Resolving ||
               c->state() == TestConnection::State::Connecting) {
        value = QStringLiteral("…");
        caption = c->stateText();
    } else if (c->state() != TestConnection::State::Connected) {
        value = c->stateText();
        caption = QString();
        color = c->failure() == ConnectionFailure::None ? theme::subtleText(palette())
                                                        : theme::abort(palette());
        if (!c->errorText().isEmpty())
            caption = c->errorText();
    } else if (c->effective() && !c->effective()->keepalive) {
        value = tr("off");
        caption = tr("SO_KEEPALIVE is off: no probes are sent");
        color = theme::subtleText(palette());
    } else if (const auto inMs = c->keepaliveTimerInMs()) {
        value = formatMilliseconds(*inMs);
        if (c->nextTimerAborts()) {
            caption = tr("until the kernel gives up (ETIMEDOUT)");
            color = theme::abort(palette());
        } else if (c->unansweredProbes() > 0) {
            caption =
                tr("until probe %1 (the last one is unanswered)").arg(c->unansweredProbes() + 1);
            color = theme::unanswered(palette());
        } else {
            caption = tr("until the next keep-alive probe");
            color = theme::probe(palette());
        }
    } else {
        value = QStringLiteral("–");
        caption = tr("no keep-alive timer pending (data in flight, or not observable)");
    }
    if (c && c->effective()) {
        const int count = c->effective()->count;
        counter = tr("%1 of %2 probes unanswered · %3 sent, %4 answered")
                      .arg(c->unansweredProbes())
                      .arg(count)
                      .arg(c->probesSent())
                      .arg(c->probesAnswered());
    }
    if (m_countdown->text() != value)
        m_countdown->setText(value);
    setTextColor(m_countdown, color);
    if (m_countdownCaption->text() != caption)
        m_countdownCaption->setText(caption);
    if (m_probeCounter->text() != counter)
        m_probeCounter->setText(counter);
}

void ConnectionDetails::changeEvent(QEvent *event)
{
    CardFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_countdownCaption)
        setTextColor(m_countdownCaption, theme::subtleText(palette()));
}

void ConnectionDetails::refreshColors(const TestConnection *c)
{
    setTextColor(m_countdownCaption, theme::subtleText(palette()));
    refreshCountdown(c);
}

} // namespace kt::ui

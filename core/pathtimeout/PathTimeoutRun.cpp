#include "pathtimeout/PathTimeoutRun.h"

#include "pathtimeout/PathTimeoutPlanner.h"
#include "pathtimeout/PathTrial.h"
#include "socket/ConnectError.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QTimer>

#include <algorithm>

namespace kt::pathtimeout {

struct PathTimeoutRun::State
{
    PathTimeoutOptions options;
    PathTimeoutPlan plan;
    PathTimeoutResult result;
    bool running = false;
    bool cancelling = false;
    bool skipping = false; // closing a round's longer idles: the round is not done yet
    bool starting = false; // starting a round's trials: the round is not done yet
    int generation = 0;    // which start() a deferred call belongs to
    QElapsedTimer clock;
    QTimer progressTimer;
    QTimer resolveTimer;
    int lookupId = -1;

    QList<QHostAddress> addresses;
    qsizetype nextAddress = 0;
    QHostAddress address;
    QString lastConnectError;

    int round = 0;
    // The first round's idles still to start once the first trial connected.
    QList<double> waiting;
    // The trial that finds the address; not in result.trials until it connects.
    PathTrial *reach = nullptr;
    // Open trials and their index into result.trials.
    QList<QPair<PathTrial *, int>> open;
};

PathTimeoutRun::PathTimeoutRun(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<State>())
{
    d->progressTimer.setInterval(1000);
    connect(&d->progressTimer, &QTimer::timeout, this, &PathTimeoutRun::progress);
    d->resolveTimer.setSingleShot(true);
    connect(&d->resolveTimer, &QTimer::timeout, this, [this] {
        QHostInfo::abortHostLookup(d->lookupId);
        d->lookupId = -1;
        giveUp(resolveTimeoutText(d->options.target.host, kResolveTimeoutMs));
    });
}

PathTimeoutRun::~PathTimeoutRun()
{
    if (d->lookupId >= 0)
        QHostInfo::abortHostLookup(d->lookupId);
    // The trials are children: their sockets close with them.
}

bool PathTimeoutRun::isRunning() const
{
    return d->running;
}

const PathTimeoutOptions &PathTimeoutRun::options() const
{
    return d->options;
}

const PathTimeoutPlan &PathTimeoutRun::plan() const
{
    return d->plan;
}

PathTimeoutResult PathTimeoutRun::result() const
{
    PathTimeoutResult r = d->result;
    if (d->running)
        r.durationS = elapsedS();
    return r;
}

int PathTimeoutRun::round() const
{
    return d->round;
}

double PathTimeoutRun::elapsedS() const
{
    return d->clock.isValid() ? double(d->clock.elapsed()) / 1000.0 : 0;
}

QList<PathTimeoutRun::OpenTrial> PathTimeoutRun::openTrials() const
{
    QList<OpenTrial> list;
    for (const auto &[trial, index] : d->open)
        list << OpenTrial{index, trial->idleSoFarS()};
    return list;
}

double PathTimeoutRun::remainingS() const
{
    if (!d->running)
        return 0;
    if (d->round == 0 || d->reach)
        return d->plan.expectedDurationS;
    const double userTimeoutS = d->options.userTimeoutMs / 1000.0;
    // This round: until its longest open trial has sent its payload.
    double thisRound = 0;
    for (const auto &[trial, index] : d->open)
        thisRound = std::max(thisRound, trial->trial().idleS - trial->idleSoFarS());
    // Then the rounds still needed if the timeout lies in the widest gap
    // this round leaves, each about as long as the longest idle still open
    // to doubt.
    const PathBounds b = d->result.bounds();
    const double upper = b.searchCeilingS().value_or(d->options.maxS);
    QList<double> idles;
    for (const Trial &t : std::as_const(d->result.trials)) {
        if (t.round == d->round && t.idleS > b.longestSurvivedS && t.idleS < upper)
            idles << t.idleS;
    }
    std::sort(idles.begin(), idles.end());
    const int later = roundsForGap(widestGap(b.longestSurvivedS, idles, upper), d->options);
    return thisRound + later * (upper + userTimeoutS);
}

void PathTimeoutRun::start(const PathTimeoutOptions &options)
{
    if (d->running)
        cancel();
    qDeleteAll(findChildren<PathTrial *>(Qt::FindDirectChildrenOnly));
    d->open.clear();
    d->reach = nullptr;
    d->options = options;
    d->plan = planFor(options);
    d->result = PathTimeoutResult{};
    d->result.target = options.target.display();
    d->result.userTimeoutMs = options.userTimeoutMs;
    d->result.send = options.send;
    d->round = 0;
    d->waiting.clear();
    d->addresses.clear();
    d->nextAddress = 0;
    d->lastConnectError.clear();
    d->cancelling = false;
    d->running = true;
    d->clock.start();
    d->progressTimer.start();
    // From the event loop, so that no signal comes from inside start(): the
    // caller sees isRunning() and connects at leisure.
    const int generation = ++d->generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != d->generation || !d->running)
            return;
        if (const auto invalid = validateOptions(d->options)) {
            giveUp(*invalid);
            return;
        }
        resolve();
    });
}

void PathTimeoutRun::resolve()
{
    const QString host = d->options.target.host;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        d->addresses = {literal};
        reachNext();
        return;
    }
    if (isReservedInvalidName(host)) {
        giveUp(reservedInvalidNameText(host));
        return;
    }
    d->resolveTimer.start(kResolveTimeoutMs);
    d->lookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
        if (info.lookupId() != d->lookupId)
            return;
        d->lookupId = -1;
        d->resolveTimer.stop();
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            giveUp(unresolvableText(d->options.target.host, info.error() == QHostInfo::NoError
                                                                ? tr("no addresses")
                                                                : info.errorString()));
            return;
        }
        d->addresses = info.addresses();
        reachNext();
    });
}

// The first round's first trial, on the next address: whichever accepts it
// is the path measured.
void PathTimeoutRun::reachNext()
{
    if (d->nextAddress >= d->addresses.size()) {
        giveUp(d->addresses.size() > 1
                   ? tr("none of the %1 addresses of %2 accepted a connection; the last: %3")
                         .arg(d->addresses.size())
                         .arg(d->options.target.host, d->lastConnectError)
                   : d->lastConnectError);
        return;
    }
    d->address = d->addresses.at(d->nextAddress++);
    d->round = 1;
    d->waiting = firstRoundIdles(d->options);
    Trial first;
    first.round = 1;
    first.idleS = d->waiting.takeFirst();
    startTrial(first, true);
}

void PathTimeoutRun::startTrial(const Trial &trial, bool reach)
{
    auto *t = new PathTrial(trial, d->address, d->options.target.port, d->options.send,
                            d->options.userTimeoutMs, this);
    connect(t, &PathTrial::finished, this, [this, t] { onTrialFinished(t); });
    if (reach) {
        d->reach = t;
        connect(t, &PathTrial::connected, this, [this, t] {
            d->reach = nullptr;
            d->result.address = t->where();
            d->result.trials << t->trial();
            d->open << qMakePair(t, int(d->result.trials.size() - 1));
            emit trialStarted(int(d->result.trials.size() - 1));
            startRound(std::exchange(d->waiting, {}));
        });
    } else {
        d->result.trials << trial;
        d->open << qMakePair(t, int(d->result.trials.size() - 1));
        emit trialStarted(int(d->result.trials.size() - 1));
    }
    t->start();
}

void PathTimeoutRun::startRound(const QList<double> &idles)
{
    // A trial can fail inside start() (socket() or connect() refused at
    // once: EMFILE, ENETUNREACH). The round is judged when all of it has
    // started, never half-way, or the rest would run after finished().
    d->starting = true;
    for (const double idle : idles) {
        if (!d->running || d->cancelling)
            break;
        Trial trial;
        trial.round = d->round;
        trial.idleS = idle;
        startTrial(trial, false);
    }
    d->starting = false;
    if (d->open.isEmpty() && !d->reach && !d->cancelling && d->running)
        roundDone();
}

void PathTimeoutRun::onTrialFinished(PathTrial *t)
{
    t->deleteLater();
    if (t == d->reach) {
        // Never connected: this address does not reach the target.
        d->reach = nullptr;
        const Trial &trial = t->trial();
        d->lastConnectError =
            trial.end == TrialEnd::ConnectTimeout
                ? connectTimeoutText(t->where(), PathTrial::kConnectTimeoutMs)
                : connectErrorText(t->where(), d->options.target.port, trial.error);
        if (!d->cancelling)
            reachNext();
        return;
    }
    const auto it = std::find_if(d->open.begin(), d->open.end(),
                                 [t](const auto &entry) { return entry.first == t; });
    if (it == d->open.end())
        return;
    const int index = it->second;
    d->open.erase(it);
    const Trial trial = t->trial();
    d->result.trials[index] = trial;
    d->result.setBounds(boundsOf(d->result.trials));
    emit trialFinished(index);

    // A cut at this idle means every longer idle of the round is cut too:
    // close them now rather than wait. (A server that closes idle
    // connections closes the longer ones by itself, at the same time.)
    if (isCut(trial.outcome) && !d->cancelling) {
        QList<PathTrial *> longer;
        for (const auto &[other, i] : std::as_const(d->open)) {
            if (other->trial().round == trial.round && other->trial().idleS > trial.idleS)
                longer << other;
        }
        d->skipping = true;
        for (PathTrial *other : std::as_const(longer))
            other->stop(TrialOutcome::Skipped, trial.idleS);
        d->skipping = false;
    }
    if (d->open.isEmpty() && !d->reach && !d->cancelling && !d->skipping && !d->starting &&
        d->running)
        roundDone();
}

void PathTimeoutRun::roundDone()
{
    // A round that told nothing (every trial failed) would be planned again
    // the same: stop, and say why.
    const Trial *lastFailed = nullptr;
    bool told = false;
    for (const Trial &t : std::as_const(d->result.trials)) {
        if (t.round != d->round)
            continue;
        if (t.outcome == TrialOutcome::Survived || isCut(t.outcome) ||
            t.outcome == TrialOutcome::ServerClosed)
            told = true;
        else if (t.outcome == TrialOutcome::Failed)
            lastFailed = &t;
    }
    if (!told) {
        d->result.problem = tr("no trial of round %1 could be measured; the last: %2")
                                .arg(d->round)
                                .arg(lastFailed ? lastFailed->detail : tr("no trial"));
        finish();
        return;
    }
    const QList<double> next = nextRoundIdles(d->options, d->result.bounds(), d->round);
    if (next.isEmpty()) {
        finish();
        return;
    }
    ++d->round;
    startRound(next);
}

void PathTimeoutRun::cancel()
{
    if (!d->running)
        return;
    d->cancelling = true;
    if (d->lookupId >= 0)
        QHostInfo::abortHostLookup(d->lookupId);
    d->lookupId = -1;
    d->resolveTimer.stop();
    if (d->reach)
        d->reach->stop(TrialOutcome::Interrupted);
    const auto open = d->open;
    for (const auto &[trial, index] : open)
        trial->stop(TrialOutcome::Interrupted);
    d->result.interrupted = true;
    finish();
}

void PathTimeoutRun::giveUp(const QString &error)
{
    d->result.problem = error;
    emit unreachable(error);
    finish();
}

void PathTimeoutRun::finish()
{
    if (!d->running)
        return;
    d->running = false;
    d->progressTimer.stop();
    d->resolveTimer.stop();
    d->result.setBounds(boundsOf(d->result.trials));
    d->result.durationS = elapsedS();
    emit finished();
}

} // namespace kt::pathtimeout

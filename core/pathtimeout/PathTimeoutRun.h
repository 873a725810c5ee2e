#pragma once

#include "pathtimeout/PathTimeout.h"

#include <QObject>

#include <memory>

namespace kt::pathtimeout {

// One measurement, driven by the event loop (no thread, never blocks): it
// resolves the target, opens up to `parallel` trial connections at a time,
// leaves each idle for its time, sends the payload, classifies the answer,
// and plans the next round by bisection (PathTimeoutPlanner.h). The CLI and
// the Advisor page both use it.
//
// The first trial connects alone, trying each address of the name in turn;
// the address that accepts it is the path measured, and the rest of the
// first round follows at once. Within a round, once a trial is cut the
// longer idles are closed unmeasured (a path that cuts at 300 s also cuts at
// 400 s); a round ends when its last trial does.
class PathTimeoutRun : public QObject
{
    Q_OBJECT
public:
    explicit PathTimeoutRun(QObject *parent = nullptr);
    ~PathTimeoutRun() override;

    // Starts; options must have passed validateOptions() (otherwise
    // unreachable() says why and finished() follows).
    void start(const PathTimeoutOptions &options);
    // Stops every trial; finished() follows with result().interrupted set.
    // Nothing happens when not running.
    void cancel();

    bool isRunning() const;
    const PathTimeoutOptions &options() const;
    const PathTimeoutPlan &plan() const;
    PathTimeoutResult result() const; // so far, while running
    int round() const;                // the round under way, 1-based; 0 before the first

    // Progress, for the CLI's lines and the page's lanes.
    double elapsedS() const;
    double remainingS() const; // an estimate of the time left
    // The trials of result().trials that are open now, and how long each
    // has been idle so far.
    struct OpenTrial
    {
        int index = 0; // into result().trials
        double idleSoFarS = 0;
    };
    QList<OpenTrial> openTrials() const;

    // How long name resolution may take.
    static constexpr int kResolveTimeoutMs = 10000;

signals:
    void trialStarted(int index);
    void trialFinished(int index);
    void progress(); // about once a second while running
    // The target cannot be reached at all (the connect error, in words);
    // finished() follows.
    void unreachable(const QString &error);
    void finished();

private:
    struct State;
    std::unique_ptr<State> d;

    void resolve();
    void reachNext();
    void startRound(const QList<double> &idles);
    void startTrial(const Trial &trial, bool reach);
    void onTrialFinished(class PathTrial *trial);
    void roundDone();
    void giveUp(const QString &error);
    void finish();
};

} // namespace kt::pathtimeout

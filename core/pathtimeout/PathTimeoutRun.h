#pragma once

#include "pathtimeout/PathTimeout.h"

#include <QObject>

#include <memory>

namespace kt::pathtimeout {

// One measurement, driven by the event loop (no thread, never blocks): it
// resolves the target, opens up to `parallel` trial connections at a time,
// leaves each idle for its time, sends the payload, classifies the answer,
// and plans the next round by bisection. The CLI and the Advisor page both
// use it.
class PathTimeoutRun : public QObject
{
    Q_OBJECT
public:
    explicit PathTimeoutRun(QObject *parent = nullptr);
    ~PathTimeoutRun() override;

    // Starts; options must have passed validateOptions().
    void start(const PathTimeoutOptions &options);
    // Stops every trial; finished() follows with result().interrupted set.
    void cancel();

    bool isRunning() const;
    const PathTimeoutOptions &options() const;
    PathTimeoutResult result() const; // so far, while running

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
};

} // namespace kt::pathtimeout

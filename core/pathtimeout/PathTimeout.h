#pragma once

// Measuring a path's idle timeout: how long an idle TCP connection to a real
// target survives the middleboxes on the way. Trial connections (keep-alive
// off, a bounded TCP_USER_TIMEOUT) are left idle for different times, then
// send one small payload; whether the path still carries it tells survived
// from cut. Rounds bisect between the longest survivor and the shortest cut.
//
// This header is the pure part: the options, the plan, the trials, the
// result, its sentence and its JSON. PathTimeoutRun does the I/O.

#include "socket/Target.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kt::pathtimeout {

struct PathTimeoutOptions
{
    Target target;
    double minS = 0;          // --min: the shortest idle worth trying
    double maxS = 900;        // --max: the longest idle tried
    double resolutionS = 5;   // --resolution: stop when the bounds are this close
    int parallel = 8;         // --parallel: never more connections at once
    QByteArray send = "\n";   // --send: what each trial sends after its idle
};

// The problem with the options, in words, or nothing ("--min (600 s) is
// above --max (300 s)"). The ranges are stated here and only here.
std::optional<QString> validateOptions(const PathTimeoutOptions &options);

// What the command states before it starts.
struct PathTimeoutPlan
{
    int connectionsPerRound = 0;
    double longestIdleS = 0;
    double expectedDurationS = 0; // about three rounds of the timeout with the defaults
    QString sentence;             // "Up to 8 connections at once, idle up to 15 min; …"
};
PathTimeoutPlan planFor(const PathTimeoutOptions &options);

enum class TrialOutcome
{
    Pending,        // still idle, or waiting for the answer
    Survived,       // the payload was acknowledged (an answer, FIN or RST may follow)
    CutBySilence,   // never acknowledged: retransmitted until the user timeout
    CutByRst,       // a reset came instead of the acknowledgement
    ServerClosed,   // the server closed the connection while it was idle
    Failed,         // the trial could not connect
};
QString outcomeKey(TrialOutcome outcome); // JSON: "survived", "cut_by_silence", …

struct Trial
{
    int round = 0;
    double idleS = 0;      // the idle it was given
    TrialOutcome outcome = TrialOutcome::Pending;
    QString detail;        // in words: "answered 1 byte after 0.3 ms", "RST after 0.1 ms"
};

enum class CutBy
{
    Silence,
    Rst,
};

struct PathTimeoutResult
{
    QString target;                     // as the user wrote it
    QList<Trial> trials;
    double longestSurvivedS = 0;        // lower bound (0 when nothing survived)
    std::optional<double> shortestCutS; // upper bound; none when every trial survived
    std::optional<CutBy> cutBy;
    bool interrupted = false;           // cancelled or interrupted: what is known so far

    // The estimate: the middle of the bounds, or nothing when every trial survived.
    std::optional<double> idleTimeoutS() const;
};

// The one sentence that ends the text output and heads the GUI's result:
// "The path cuts an idle connection between 345 s and 352 s, silently."
QString resultSentence(const PathTimeoutResult &result);

// The --json document (without "advice"; the caller adds the Advisor's).
QJsonObject resultJson(const PathTimeoutResult &result);

} // namespace kt::pathtimeout

#pragma once

// Measuring a path's idle timeout: how long an idle TCP connection to a real
// target survives the middleboxes on the way. Trial connections (keep-alive
// off, a bounded TCP_USER_TIMEOUT) are left idle for different times, then
// send one small payload; whether the path still carries it tells survived
// from cut. Rounds bisect between the longest survivor and the shortest cut
// (PathTimeoutPlanner.h).
//
// This header is the pure part: the options, the plan, the trials, the
// result, its sentence and its JSON. PathTimeoutRun does the I/O.

#include "advise/Advisor.h"
#include "socket/Target.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kt::pathtimeout {

// The ranges of the options, stated here and only here (validateOptions(),
// --help, the GUI's spin boxes).
inline constexpr int kMaxIdleLimitS = 86400; // --max: a day; a run takes about three times that
inline constexpr int kMaxResolutionS = 3600;
inline constexpr int kMaxParallel = 64; // a server's patience, not ours
inline constexpr int kMaxSendBytes = 512;

// Each trial's TCP_USER_TIMEOUT: how long the payload may stay unacknowledged
// before the kernel gives up (ETIMEDOUT), so it is what a silent cut costs.
// 10 s leaves room for three or four retransmissions on a slow path (the
// first RTO is 1 s before an RTT is known, at least 200 ms after; a
// satellite path's is about 1.5 s: 1.5, 4.5, 10.5 s), so one lost packet is
// not taken for a cut, and keeps a silent cut from costing much more than the
// idle itself.
inline constexpr int kTrialUserTimeoutMs = 10000;

struct PathTimeoutOptions
{
    Target target;
    double minS = 0;                         // --min: the shortest idle worth trying
    double maxS = 900;                       // --max: the longest idle tried
    double resolutionS = 5;                  // --resolution: stop when the bounds are this close
    int parallel = 8;                        // --parallel: never more connections at once
    QByteArray send = "\n";                  // --send: what each trial sends after its idle
    int userTimeoutMs = kTrialUserTimeoutMs; // not an option: see kTrialUserTimeoutMs

    friend bool operator==(const PathTimeoutOptions &, const PathTimeoutOptions &) = default;
};

// How validateOptions() names the options in its messages.
enum class OptionNames
{
    Words,      // "the shortest idle (10 min) is not below the longest (5 min)"
    CommandLine // "--min (600 s) is not below --max (300 s)"
};

// The problem with the options, in words, or nothing. The ranges above are
// checked here and only here; the target is not (parseTarget() did).
std::optional<QString> validateOptions(const PathTimeoutOptions &options,
                                       OptionNames names = OptionNames::Words);

// --send's text: C escapes \n \r \t \\ \0 and \xHH give bytes, anything else
// is taken as UTF-8. Nothing, and why in `error`, for a bad escape.
std::optional<QByteArray> parseSendText(const QString &text, QString *error = nullptr);
// The bytes as --send would take them back: "\n", "HEAD / HTTP/1.0\r\n\r\n".
QString sendText(const QByteArray &bytes);

// What people must know before anything is sent to a real server: the
// payload reaches its application, may be logged, and the echo listener is
// the way to spare a precious server. The dialog and --help both show it.
QString payloadWarning();

// What the command states before it starts.
struct PathTimeoutPlan
{
    int connectionsPerRound = 0;   // the first round's trials (at most --parallel)
    QList<double> firstRoundIdles; // their idles, the longest being --max
    double longestIdleS = 0;
    // Bisection rounds expected, the first included, when the cut falls in
    // the widest gap of the first round.
    int rounds = 0;
    // Each round lasts about as long as the path's timeout (a silent cut adds
    // the user timeout): about `rounds` times the timeout in all. This is the
    // longest it should take, with the timeout near --max.
    double expectedDurationS = 0;
    // When no idle is cut: one round, --max and the answer.
    double allSurviveDurationS = 0;
    QString sentence; // "8 connections at once (keep-alive off, …), idle up to 15 min, …"
};
PathTimeoutPlan planFor(const PathTimeoutOptions &options);

enum class TrialOutcome
{
    Pending,      // still idle, or waiting for the answer
    Survived,     // the payload was acknowledged (an answer, FIN or RST may follow)
    CutBySilence, // never acknowledged: retransmitted until the user timeout
    CutByRst,     // a reset came instead of the acknowledgement
    ServerClosed, // the server (or something) closed the connection while it was idle
    Failed,       // the trial could not connect, or could not be kept idle
    Skipped,      // closed early: a shorter idle of its round was already cut
    Interrupted,  // the run was cancelled while it was open
};
QString outcomeKey(TrialOutcome outcome);  // JSON: "survived", "cut_by_silence", …
QString outcomeText(TrialOutcome outcome); // words: "survived", "cut silently", …
bool isCut(TrialOutcome outcome);          // CutBySilence or CutByRst

// What ended a trial, for its detail's words (trialDetail()).
enum class TrialEnd
{
    None,           // still open
    Answered,       // acknowledged, and the server answered `bytes`
    Quiet,          // acknowledged, and nothing else came for a moment
    Fin,            // a FIN: after the payload, or while idle (ServerClosed)
    Rst,            // a reset: after the payload, or while idle (ServerClosed)
    TimedOut,       // ETIMEDOUT: the user timeout gave up on the payload
    ConnectFailed,  // connect() failed with `error`
    ConnectTimeout, // connect() did not finish in time
    ServerTalked,   // the server sent `bytes` while the trial was meant to be idle
    SendFailed,     // the payload could not be sent (`error`)
    SocketError,    // the connection failed while idle with `error` (an ICMP error, …)
    IdleRst,        // a reset (RST) came while the trial was idle, before the payload
    NoVerdict,      // neither acknowledged nor given up long after the user timeout
    ShorterCut,     // skipped: the idle `shorterCutS` was already cut
    Cancelled,      // the run was interrupted
};

struct Trial
{
    int round = 0;    // 1-based
    double idleS = 0; // the idle it was given
    TrialOutcome outcome = TrialOutcome::Pending;
    // How long it really stayed idle: idleS once the payload went; less when
    // it ended before (closed by the server, skipped, interrupted).
    double idleReachedS = 0;

    // What was seen.
    TrialEnd end = TrialEnd::None;
    std::optional<double> ackMs; // the payload was acknowledged this long after it left
    double endMs = 0;            // `end` came this long after the payload
    int bytes = 0;               // answered (Answered) or sent unasked (ServerTalked)
    int bannerBytes = 0;         // sent by the server at connect; the idle clock restarted
    int error = 0;               // errno (ConnectFailed, SendFailed, SocketError, TimedOut)
    double shorterCutS = 0;      // ShorterCut: the idle that was cut

    // trialDetail() in the interface's language, kept for lists and lanes.
    QString detail;

    friend bool operator==(const Trial &, const Trial &) = default;
};

// Words for people are translated; JSON values stay English.
enum class Language
{
    Interface,
    English,
};

// What happened to a trial, in words: "acknowledged after 0.1 ms; answered 1
// byte", "not acknowledged: TCP_USER_TIMEOUT gave up after 10.0 s (ETIMEDOUT)".
QString trialDetail(const Trial &trial, Language language = Language::Interface);

enum class CutBy
{
    Silence,
    Rst,
};
QString cutByKey(CutBy cutBy); // JSON: "silence", "rst"

// What the trials so far prove.
struct PathBounds
{
    double longestSurvivedS = 0;        // lower bound (0 when nothing survived)
    std::optional<double> shortestCutS; // upper bound; none when nothing was cut
    std::optional<CutBy> cutBy;         // how the shortest cut was cut
    // The shortest idle after which the server closed a trial: the path
    // cannot be measured past it.
    std::optional<double> serverClosedAfterS;
    // Trials that survived an idle at least as long as the shortest cut: the
    // path is not one idle timer (losses, or a cut for another reason). The
    // lower bound leaves them out.
    int disagreeing = 0;

    friend bool operator==(const PathBounds &, const PathBounds &) = default;

    // The end of the range still worth searching: the shortest cut or the
    // server's close, whichever is shorter; none when neither happened.
    std::optional<double> searchCeilingS() const;
};
PathBounds boundsOf(const QList<Trial> &trials);

struct PathTimeoutResult
{
    QString target;  // as the user wrote it
    QString address; // the address measured: "192.0.2.7:5432"
    QList<Trial> trials;
    double longestSurvivedS = 0;        // lower bound (0 when nothing survived)
    std::optional<double> shortestCutS; // upper bound; none when every trial survived
    std::optional<CutBy> cutBy;
    std::optional<double> serverClosedAfterS; // see PathBounds
    int disagreeing = 0;                      // see PathBounds
    bool interrupted = false;                 // cancelled or interrupted: what is known so far
    QString problem;                          // why the run stopped short of an answer, or empty
    double durationS = 0;
    int userTimeoutMs = kTrialUserTimeoutMs;
    QByteArray send;

    // Copies the bounds in (the run calls it after every trial).
    void setBounds(const PathBounds &bounds);
    PathBounds bounds() const;

    // The estimate, for the Advisor: the longest idle that survived, the
    // conservative end of the bounds (the timeout may be anywhere above it up
    // to the shortest cut, and the Advisor must beat the shortest it could
    // be). Nothing when no idle was cut, since then no timeout was found,
    // and nothing when no idle survived, since then none is known to be safe.
    std::optional<double> idleTimeoutS() const;
    // Whether any trial survived or was cut (what exit status 0 needs).
    bool measuredAnything() const;
};

// The one sentence that ends the text output and heads the GUI's result:
// "The path cuts an idle connection between 345 s and 352 s of idleness,
// silently; the Advisor takes 345 s (5 min 45 s), the longest idle that
// survived."
QString resultSentence(const PathTimeoutResult &result, Language language = Language::Interface);

// The Advisor's question for the measured timeout (a custom middlebox that
// keep-alive refreshes, whole seconds rounded down), or nothing when there is
// no estimate of at least a second.
std::optional<advise::AdviceInput> adviceInputFor(const PathTimeoutResult &result, int hz);

// The --json document, "advice" included (null without an estimate): the
// Advisor's recommendation for idleTimeoutS() at `hz`, as `advise --json`
// gives it.
QJsonObject resultJson(const PathTimeoutResult &result, int hz);

} // namespace kt::pathtimeout

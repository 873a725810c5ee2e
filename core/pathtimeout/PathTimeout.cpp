#include "pathtimeout/PathTimeout.h"

#include "advise/AdviceJson.h"
#include "advise/Middlebox.h"
#include "params/Format.h"
#include "pathtimeout/PathTimeoutPlanner.h"
#include "socket/ErrnoText.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>

namespace kt::pathtimeout {

namespace {

// Sentences are marked with QT_TRANSLATE_NOOP("PathTimeout", …) so lupdate
// finds them, and translated only for people: the JSON document's words
// stay English.
const char *const kContext = "PathTimeout";

QString words(const char *source, Language language)
{
    return language == Language::English ? QString::fromUtf8(source)
                                         : QCoreApplication::translate(kContext, source);
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathTimeout)
};

// Idles are whole seconds: "345 s".
QString idleText(double seconds)
{
    return seconds == std::floor(seconds) ? QStringLiteral("%1 s").arg(qint64(seconds))
                                          : QStringLiteral("%1 s").arg(seconds, 0, 'f', 1);
}

// A time measured on the wire: "12 ms", "10.6 s". The clocks behind it
// (QElapsedTimer, TCP_INFO's last_ack_recv) count whole milliseconds, so
// less than one is "1 ms" at most, never a false "0.0 ms".
QString measuredMs(double ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(std::max<qint64>(1, std::llround(std::ceil(ms))));
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

// ---- options ----

std::optional<QString> validateOptions(const PathTimeoutOptions &o, OptionNames names)
{
    const bool cli = names == OptionNames::CommandLine;
    const QString min = cli ? QStringLiteral("--min") : Tr::tr("the shortest idle");
    const QString max = cli ? QStringLiteral("--max") : Tr::tr("the longest idle");
    const QString resolution = cli ? QStringLiteral("--resolution") : Tr::tr("the resolution");
    const QString parallel =
        cli ? QStringLiteral("--parallel") : Tr::tr("the number of connections");
    const QString send = cli ? QStringLiteral("--send") : Tr::tr("what is sent");
    const auto range = [](const QString &subject, double got, qint64 lo, qint64 hi,
                          const QString &unit) {
        return Tr::tr("%1 must be %2; got %3")
            .arg(subject, formatRange(lo, hi, unit),
                 unit.isEmpty() ? QString::number(got) : idleText(got));
    };
    const QString s = QStringLiteral("s");
    if (!(o.maxS >= 1 && o.maxS <= kMaxIdleLimitS))
        return range(max, o.maxS, 1, kMaxIdleLimitS, s);
    if (!(o.minS >= 0 && o.minS < kMaxIdleLimitS))
        return range(min, o.minS, 0, kMaxIdleLimitS - 1, s);
    if (o.minS >= o.maxS)
        return Tr::tr("%1 (%2) must be below %3 (%4)")
            .arg(min, idleText(o.minS), max, idleText(o.maxS));
    if (!(o.resolutionS >= 1 && o.resolutionS <= kMaxResolutionS))
        return range(resolution, o.resolutionS, 1, kMaxResolutionS, s);
    if (o.parallel < 1 || o.parallel > kMaxParallel)
        return range(parallel, o.parallel, 1, kMaxParallel, {});
    if (o.send.isEmpty() || o.send.size() > kMaxSendBytes)
        return Tr::tr("%1 must be 1 to %2 bytes, so that it fits one segment; got %3")
            .arg(send)
            .arg(kMaxSendBytes)
            .arg(o.send.size());
    if (o.userTimeoutMs < 1)
        return Tr::tr("the trials' user timeout must be at least 1 ms; got %1")
            .arg(o.userTimeoutMs);
    return std::nullopt;
}

std::optional<QByteArray> parseSendText(const QString &text, QString *error)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= in.size()) {
            if (error)
                *error = Tr::tr("\"%1\" ends with a lone backslash; write \\\\ for one").arg(text);
            return std::nullopt;
        }
        switch (in.at(i)) {
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case '0':
            out += '\0';
            break;
        case '\\':
            out += '\\';
            break;
        case 'x': {
            const auto hex = [&](qsizetype at) {
                return at < in.size() && std::isxdigit(static_cast<unsigned char>(in.at(at)));
            };
            if (!hex(i + 1) || !hex(i + 2)) {
                if (error)
                    *error = Tr::tr("\"%1\": \\x takes two hexadecimal digits (\\x0a)").arg(text);
                return std::nullopt;
            }
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
            break;
        }
        default:
            if (error)
                *error =
                    Tr::tr("\"%1\": unknown escape \\%2; use \\n, \\r, \\t, \\0, \\\\ or \\xHH")
                        .arg(text, QChar::fromLatin1(in.at(i)));
            return std::nullopt;
        }
    }
    return out;
}

QString payloadWarning()
{
    return QCoreApplication::translate(
               kContext,
               "The payload is sent to the server's application after each idle (the default is "
               "one newline), and its protocol may log it as a bad request: an HTTP server "
               "answers 400, an SSH server logs a bad identification line. When the server is "
               "precious, run %1 on its host and measure against that port instead.")
        .arg(QStringLiteral("keepalivectl probe --listen PORT --echo"));
}

QString sendText(const QByteArray &bytes)
{
    // Bytes above 0x7f stay as typed when they are UTF-8, else \xHH.
    const bool utf8 = QString::fromUtf8(bytes).toUtf8() == bytes;
    QByteArray out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\0':
            out += "\\0";
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            if (u < 0x20 || u == 0x7f || (u >= 0x80 && !utf8))
                out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return QString::fromUtf8(out);
}

// ---- the plan ----

PathTimeoutPlan planFor(const PathTimeoutOptions &o)
{
    PathTimeoutPlan plan;
    plan.firstRoundIdles = firstRoundIdles(o);
    plan.connectionsPerRound = int(plan.firstRoundIdles.size());
    plan.longestIdleS = plan.firstRoundIdles.isEmpty() ? 0 : plan.firstRoundIdles.constLast();
    // The worst case: the timeout falls in the first round's widest gap,
    // counted from --min (a timeout below it is not what was asked about)
    // or from 0 (a cut at the shortest idle leaves 0 as the lower bound).
    plan.rounds = 1 + roundsForGap(widestGap(o.minS, plan.firstRoundIdles, plan.longestIdleS), o);
    const double userTimeoutS = o.userTimeoutMs / 1000.0;
    plan.expectedDurationS = plan.rounds * (plan.longestIdleS + userTimeoutS);
    plan.allSurviveDurationS = plan.longestIdleS;

    const QString shortest = idleText(plan.firstRoundIdles.value(0));
    QString text =
        plan.connectionsPerRound == 1
            ? Tr::tr("1 connection (keep-alive off, TCP_USER_TIMEOUT %1), idle %2")
                  .arg(formatSeconds(o.userTimeoutMs / 1000.0),
                       advise::formatTimeout(plan.longestIdleS))
            : Tr::tr("%1 connections at once (keep-alive off, TCP_USER_TIMEOUT %2), idle from %3 "
                     "up to %4")
                  .arg(plan.connectionsPerRound)
                  .arg(formatSeconds(o.userTimeoutMs / 1000.0), shortest,
                       advise::formatTimeout(plan.longestIdleS));
    if (plan.rounds == 1) {
        text += Tr::tr(", then the payload: one round, about as long as the path's timeout: up to "
                       "about %1, or %2 when no idle is cut.")
                    .arg(formatDuration(std::llround(plan.expectedDurationS)),
                         formatDuration(std::llround(plan.allSurviveDurationS)));
    } else {
        text += Tr::tr(", then bisection to within %1: about %2 rounds.")
                    .arg(idleText(o.resolutionS))
                    .arg(plan.rounds);
        text = joinSentences(
            {text,
             Tr::tr("Each round lasts about as long as the path's timeout, so expect about %1 "
                    "times the timeout: up to about %2, or %3 when no idle is cut.")
                 .arg(plan.rounds)
                 .arg(formatDuration(std::llround(plan.expectedDurationS)),
                      formatDuration(std::llround(plan.allSurviveDurationS)))});
    }
    plan.sentence = text;
    return plan;
}

// ---- trials ----

QString outcomeKey(TrialOutcome outcome)
{
    switch (outcome) {
    case TrialOutcome::Pending:
        return QStringLiteral("pending");
    case TrialOutcome::Survived:
        return QStringLiteral("survived");
    case TrialOutcome::CutBySilence:
        return QStringLiteral("cut_by_silence");
    case TrialOutcome::CutByRst:
        return QStringLiteral("cut_by_rst");
    case TrialOutcome::ServerClosed:
        return QStringLiteral("server_closed");
    case TrialOutcome::Failed:
        return QStringLiteral("failed");
    case TrialOutcome::Skipped:
        return QStringLiteral("skipped");
    case TrialOutcome::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("pending");
}

QString outcomeText(TrialOutcome outcome)
{
    switch (outcome) {
    case TrialOutcome::Pending:
        return Tr::tr("open");
    case TrialOutcome::Survived:
        return Tr::tr("survived");
    case TrialOutcome::CutBySilence:
        return Tr::tr("cut silently");
    case TrialOutcome::CutByRst:
        return Tr::tr("cut by a reset");
    case TrialOutcome::ServerClosed:
        return Tr::tr("closed by the server");
    case TrialOutcome::Failed:
        return Tr::tr("failed");
    case TrialOutcome::Skipped:
        return Tr::tr("not needed");
    case TrialOutcome::Interrupted:
        return Tr::tr("interrupted");
    }
    return {};
}

bool isCut(TrialOutcome outcome)
{
    return outcome == TrialOutcome::CutBySilence || outcome == TrialOutcome::CutByRst;
}

QString trialDetail(const Trial &t, Language l)
{
    QString text;
    const QString ack = t.ackMs
                            ? words(QT_TRANSLATE_NOOP("PathTimeout", "acknowledged within %1"), l)
                                  .arg(measuredMs(*t.ackMs))
                            : QString();
    switch (t.end) {
    case TrialEnd::None:
        text = t.idleReachedS < t.idleS
                   ? words(QT_TRANSLATE_NOOP("PathTimeout", "idle"), l)
                   : words(QT_TRANSLATE_NOOP("PathTimeout", "waiting for the acknowledgement"), l);
        break;
    case TrialEnd::Answered:
        text = (t.bytes == 1
                    ? words(QT_TRANSLATE_NOOP("PathTimeout", "%1; answered 1 byte"), l).arg(ack)
                    : words(QT_TRANSLATE_NOOP("PathTimeout", "%1; answered %2 bytes"), l)
                          .arg(ack)
                          .arg(t.bytes));
        break;
    case TrialEnd::Quiet:
        text = words(QT_TRANSLATE_NOOP("PathTimeout", "%1; no answer"), l).arg(ack);
        break;
    case TrialEnd::Fin:
        text = t.outcome == TrialOutcome::ServerClosed
                   ? words(QT_TRANSLATE_NOOP("PathTimeout",
                                             "the server closed it (FIN) after %1 idle"),
                           l)
                         .arg(formatSeconds(t.idleReachedS))
               : t.ackMs
                   ? words(QT_TRANSLATE_NOOP("PathTimeout", "%1; then the server closed (FIN)"), l)
                         .arg(ack)
                   : words(QT_TRANSLATE_NOOP("PathTimeout",
                                             "the server closed (FIN) before acknowledging"),
                           l);
        break;
    case TrialEnd::Rst:
        text = t.ackMs ? words(QT_TRANSLATE_NOOP("PathTimeout",
                                                 "%1; then the server reset the connection (RST)"),
                               l)
                             .arg(ack)
                       : words(QT_TRANSLATE_NOOP("PathTimeout",
                                                 "reset (RST) within %1 of the payload, before any "
                                                 "acknowledgement"),
                               l)
                             .arg(measuredMs(t.endMs));
        break;
    case TrialEnd::IdleRst:
        text = words(QT_TRANSLATE_NOOP("PathTimeout",
                                       "reset (RST) after %1 of idleness, before the payload: a "
                                       "middlebox that resets forgotten flows (or the server "
                                       "aborting it)"),
                     l)
                   .arg(formatSeconds(t.idleReachedS));
        break;
    case TrialEnd::TimedOut:
        // The kernel reports a soft error it met on the way (an ICMP
        // unreachable) instead of ETIMEDOUT.
        text = words(QT_TRANSLATE_NOOP("PathTimeout",
                                       "not acknowledged: TCP_USER_TIMEOUT gave up after %1 (%2)"),
                     l)
                   .arg(measuredMs(t.endMs), errnoName(t.error ? t.error : ETIMEDOUT));
        break;
    case TrialEnd::ConnectFailed:
        text = words(QT_TRANSLATE_NOOP("PathTimeout", "could not connect: %1"), l)
                   .arg(errnoText(t.error));
        break;
    case TrialEnd::ConnectTimeout:
        text = words(QT_TRANSLATE_NOOP("PathTimeout", "could not connect within %1"), l)
                   .arg(measuredMs(t.endMs));
        break;
    case TrialEnd::ServerTalked:
        text = words(QT_TRANSLATE_NOOP(
                         "PathTimeout",
                         "the server sent %1 bytes after %2 idle: a server that talks keeps "
                         "the path busy, so this idle cannot be measured"),
                     l)
                   .arg(t.bytes)
                   .arg(formatSeconds(t.idleReachedS));
        break;
    case TrialEnd::SendFailed:
        text = words(QT_TRANSLATE_NOOP("PathTimeout", "the payload could not be sent: %1"), l)
                   .arg(errnoText(t.error));
        break;
    case TrialEnd::SocketError:
        text = words(QT_TRANSLATE_NOOP("PathTimeout", "the connection failed after %1 idle: %2"), l)
                   .arg(formatSeconds(t.idleReachedS), errnoText(t.error));
        break;
    case TrialEnd::NoVerdict:
        text = words(QT_TRANSLATE_NOOP("PathTimeout",
                                       "neither acknowledged nor given up %1 after the payload"),
                     l)
                   .arg(measuredMs(t.endMs));
        break;
    case TrialEnd::ShorterCut:
        text = t.idleReachedS < t.idleS
                   ? words(QT_TRANSLATE_NOOP(
                               "PathTimeout",
                               "closed unmeasured after %1 of its %2 idle: the shorter idle "
                               "%3 was already cut"),
                           l)
                         .arg(formatSeconds(t.idleReachedS), idleText(t.idleS),
                              idleText(t.shorterCutS))
                   : words(QT_TRANSLATE_NOOP(
                               "PathTimeout",
                               "closed before its verdict: the shorter idle %1 was already "
                               "cut"),
                           l)
                         .arg(idleText(t.shorterCutS));
        break;
    case TrialEnd::Cancelled:
        text = words(QT_TRANSLATE_NOOP("PathTimeout", "interrupted after %1 idle"), l)
                   .arg(formatSeconds(t.idleReachedS));
        break;
    }
    if (t.bannerBytes > 0)
        text += words(QT_TRANSLATE_NOOP(
                          "PathTimeout",
                          " (the server sent %1 bytes at connect; the idle clock started after "
                          "them)"),
                      l)
                    .arg(t.bannerBytes);
    return text;
}

QString cutByKey(CutBy cutBy)
{
    return cutBy == CutBy::Rst ? QStringLiteral("rst") : QStringLiteral("silence");
}

std::optional<double> PathBounds::searchCeilingS() const
{
    if (shortestCutS && serverClosedAfterS)
        return std::min(*shortestCutS, *serverClosedAfterS);
    return shortestCutS ? shortestCutS : serverClosedAfterS;
}

PathBounds boundsOf(const QList<Trial> &trials)
{
    PathBounds b;
    for (const Trial &t : trials) {
        // A reset while idle cut the flow at the idle it had reached.
        const double cutAt = t.end == TrialEnd::IdleRst ? t.idleReachedS : t.idleS;
        if (isCut(t.outcome) && (!b.shortestCutS || cutAt < *b.shortestCutS)) {
            b.shortestCutS = cutAt;
            b.cutBy = t.outcome == TrialOutcome::CutByRst ? CutBy::Rst : CutBy::Silence;
        }
        if (t.outcome == TrialOutcome::ServerClosed &&
            (!b.serverClosedAfterS || t.idleReachedS < *b.serverClosedAfterS))
            b.serverClosedAfterS = t.idleReachedS;
    }
    for (const Trial &t : trials) {
        if (t.outcome != TrialOutcome::Survived)
            continue;
        // A survivor at or above the shortest cut contradicts it; the lower
        // bound stays below the cut, so the bounds still hold the timeout
        // if the cut was the truth.
        if (b.shortestCutS && t.idleS >= *b.shortestCutS)
            ++b.disagreeing;
        else
            b.longestSurvivedS = std::max(b.longestSurvivedS, t.idleS);
    }
    return b;
}

// ---- the result ----

void PathTimeoutResult::setBounds(const PathBounds &b)
{
    longestSurvivedS = b.longestSurvivedS;
    shortestCutS = b.shortestCutS;
    cutBy = b.cutBy;
    serverClosedAfterS = b.serverClosedAfterS;
    disagreeing = b.disagreeing;
}

PathBounds PathTimeoutResult::bounds() const
{
    return {longestSurvivedS, shortestCutS, cutBy, serverClosedAfterS, disagreeing};
}

std::optional<double> PathTimeoutResult::idleTimeoutS() const
{
    // With nothing cut there is no timeout; with nothing surviving (a run
    // interrupted after its shortest idle was cut) no idle is known to be
    // safe, and 0 would read as a measured timeout.
    if (!shortestCutS || longestSurvivedS <= 0)
        return std::nullopt;
    return longestSurvivedS;
}

bool PathTimeoutResult::measuredAnything() const
{
    return std::any_of(trials.cbegin(), trials.cend(), [](const Trial &t) {
        return t.outcome == TrialOutcome::Survived || isCut(t.outcome);
    });
}

QString resultSentence(const PathTimeoutResult &r, Language l)
{
    QString text;
    bool problemSaid = false;
    const bool survivedAny = std::any_of(r.trials.cbegin(), r.trials.cend(), [](const Trial &t) {
        return t.outcome == TrialOutcome::Survived;
    });
    if (r.shortestCutS) {
        const QString how = r.cutBy == CutBy::Rst
                                ? words(QT_TRANSLATE_NOOP("PathTimeout", "with a reset (RST)"), l)
                                : words(QT_TRANSLATE_NOOP("PathTimeout", "silently"), l);
        if (!survivedAny || r.longestSurvivedS <= 0)
            text = words(QT_TRANSLATE_NOOP(
                             "PathTimeout",
                             "The path cut even the shortest idle tried, %1, %2; no idle "
                             "survived, so there is no timeout for the Advisor to beat."),
                         l)
                       .arg(idleText(*r.shortestCutS), how);
        else
            text = words(QT_TRANSLATE_NOOP(
                             "PathTimeout",
                             "The path cuts an idle connection between %1 and %2 of idleness, "
                             "%3; the Advisor takes %4, the longest idle that survived."),
                         l)
                       .arg(idleText(r.longestSurvivedS), idleText(*r.shortestCutS), how,
                            advise::formatTimeout(r.longestSurvivedS));
        const double cutAt = *r.shortestCutS;
        const bool capped = r.serverClosedAfterS && r.serverClosedAfterS.value() < cutAt &&
                            cutAt - r.longestSurvivedS > 1;
        if (capped)
            text += QLatin1Char(' ') +
                    words(QT_TRANSLATE_NOOP(
                              "PathTimeout",
                              "The server itself (or a proxy in front of it) closes idle "
                              "connections after %1, so the bounds cannot be narrowed past "
                              "that."),
                          l)
                        .arg(formatSeconds(*r.serverClosedAfterS));
    } else if (r.serverClosedAfterS) {
        text = survivedAny
                   ? words(QT_TRANSLATE_NOOP(
                               "PathTimeout",
                               "Every idle up to %1 survived; the server itself (or a proxy "
                               "in front of it) closes idle connections after %2, so the path "
                               "cannot be measured past that."),
                           l)
                         .arg(idleText(r.longestSurvivedS), formatSeconds(*r.serverClosedAfterS))
                   : words(QT_TRANSLATE_NOOP(
                               "PathTimeout",
                               "The server itself (or a proxy in front of it) closes idle "
                               "connections after %1, before any idle could be tried; the path "
                               "cannot be measured past that."),
                           l)
                         .arg(formatSeconds(*r.serverClosedAfterS));
    } else if (survivedAny) {
        text = r.interrupted
                   ? words(QT_TRANSLATE_NOOP(
                               "PathTimeout",
                               "So far every idle survived, up to %1: no idle timeout found "
                               "yet."),
                           l)
                         .arg(idleText(r.longestSurvivedS))
                   : words(QT_TRANSLATE_NOOP(
                               "PathTimeout",
                               "Every trial survived %1 of idleness: this path has no idle "
                               "timeout up to %2."),
                           l)
                         .arg(idleText(r.longestSurvivedS), formatSeconds(r.longestSurvivedS));
    } else if (!r.problem.isEmpty()) {
        problemSaid = true;
        text = words(QT_TRANSLATE_NOOP("PathTimeout", "Nothing could be measured: %1"), l)
                   .arg(r.problem);
    } else {
        text =
            words(QT_TRANSLATE_NOOP("PathTimeout",
                                    "No trial has finished yet: nothing is known about the path."),
                  l);
    }
    if (r.disagreeing > 0) {
        const QString disagreed =
            (r.disagreeing == 1
                 ? words(
                       QT_TRANSLATE_NOOP("PathTimeout",
                                         "1 trial disagreed (a longer idle survived): the path may "
                                         "lose packets or cut for another reason."),
                       l)
                 : words(QT_TRANSLATE_NOOP(
                             "PathTimeout",
                             "%1 trials disagreed (a longer idle survived): the path may "
                             "lose packets or cut for another reason."),
                         l)
                       .arg(r.disagreeing));
        text = l == Language::English ? text + QLatin1Char(' ') + disagreed
                                      : joinSentences({text, disagreed});
    }
    // A run that stopped on a problem after measuring something has bounds
    // that may be wider than asked: say why, so they are not taken as final.
    if (!r.problem.isEmpty() && !problemSaid) {
        const QString stopped =
            words(QT_TRANSLATE_NOOP("PathTimeout", "The measurement stopped early: %1."), l)
                .arg(r.problem);
        text = l == Language::English ? text + QLatin1Char(' ') + stopped
                                      : joinSentences({text, stopped});
    }
    if (r.interrupted)
        text = words(QT_TRANSLATE_NOOP("PathTimeout", "Interrupted. %1"), l).arg(text);
    return text;
}

std::optional<advise::AdviceInput> adviceInputFor(const PathTimeoutResult &result, int hz)
{
    const std::optional<double> estimate = result.idleTimeoutS();
    // Whole seconds rounded down: the Advisor then beats a timeout no longer
    // than the one measured.
    if (!estimate || std::floor(*estimate) < advise::kMinMiddleboxTimeoutS)
        return std::nullopt;
    advise::AdviceInput in;
    in.timeoutS = std::min(std::floor(*estimate), double(advise::kMaxMiddleboxTimeoutS));
    in.hz = hz;
    return in;
}

QJsonObject resultJson(const PathTimeoutResult &r, int hz)
{
    QJsonArray trials;
    for (const Trial &t : r.trials)
        trials.append(QJsonObject{
            {QStringLiteral("round"), t.round},
            {QStringLiteral("idle_s"), t.idleS},
            {QStringLiteral("idle_reached_s"), std::round(t.idleReachedS * 1000.0) / 1000.0},
            {QStringLiteral("outcome"), outcomeKey(t.outcome)},
            {QStringLiteral("detail"), trialDetail(t, Language::English)},
        });
    // As `advise --json` gives it; when the Advisor has no values for the
    // estimate (too short to beat), why not, as `advise` would say it.
    QJsonValue advice(QJsonValue::Null);
    QJsonValue adviceProblem(QJsonValue::Null);
    if (const auto in = adviceInputFor(r, hz)) {
        if (const auto invalid = advise::validateAdviceInput(*in)) {
            adviceProblem = *invalid;
        } else {
            const advise::Advice a = advise::recommend(*in);
            if (a.reachable)
                advice = advise::adviceJson(a);
            else
                adviceProblem = a.unreachableReason;
        }
    }
    return QJsonObject{
        {QStringLiteral("target"), r.target},
        {QStringLiteral("address"),
         r.address.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.address)},
        {QStringLiteral("idle_timeout_s"), optionalNumber(r.idleTimeoutS())},
        {QStringLiteral("bounds"), QJsonArray{r.longestSurvivedS, optionalNumber(r.shortestCutS)}},
        {QStringLiteral("cut_by"),
         r.cutBy ? QJsonValue(cutByKey(*r.cutBy)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("server_closed_after_s"),
         r.serverClosedAfterS ? QJsonValue(std::round(*r.serverClosedAfterS * 1000.0) / 1000.0)
                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("disagreeing_trials"), r.disagreeing},
        {QStringLiteral("interrupted"), r.interrupted},
        {QStringLiteral("problem"),
         r.problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.problem)},
        {QStringLiteral("duration_s"), std::round(r.durationS * 10.0) / 10.0},
        {QStringLiteral("user_timeout_ms"), r.userTimeoutMs},
        {QStringLiteral("send"), sendText(r.send)},
        {QStringLiteral("trials"), trials},
        {QStringLiteral("sentence"), resultSentence(r, Language::English)},
        {QStringLiteral("advice"), advice},
        {QStringLiteral("advice_problem"), adviceProblem},
    };
}

} // namespace kt::pathtimeout

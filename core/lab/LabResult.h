#pragma once

#include "lab/LabPrediction.h"
#include "schedule/MeasuredEvent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kt::lab {

// What the runner saw on the sandbox's loopback, as JSON names it.
enum class LabEventKind
{
    Probe,         // "probe": a keep-alive probe left the client
    Ack,           // "ack": the peer's answer to a probe
    RstReceived,   // "rst_received": the peer's side answered with an RST
    RstSent,       // "rst_sent": the client gave up and said so
    Retransmit,    // "retransmit": the client's data sent again
    DataSent,      // "data_sent": the client's data left the first time
    DataDelivered, // "data_delivered": the peer's application received it
};

QString labEventKindName(LabEventKind kind);
std::optional<LabEventKind> labEventKindFromName(const QString &name);
// Words for people ("probe", "ACK", "RST received", …).
QString labEventKindLabel(LabEventKind kind);

struct LabEvent
{
    double t = 0; // seconds after the peer's last segment
    LabEventKind kind = LabEventKind::Probe;
    int probe = 0; // the probe's or retransmission's number; 0 when none

    friend bool operator==(const LabEvent &, const LabEvent &) = default;
};

struct LabOutcome
{
    LabOutcomeKind kind = LabOutcomeKind::Survived;
    double t = 0;
    QString error; // "ETIMEDOUT", "ECONNRESET" or empty

    friend bool operator==(const LabOutcome &, const LabOutcome &) = default;
};

// One measured event set against its predicted window.
struct LabVerdictEvent
{
    QString kind; // the measured kind's name, or the outcome's ("etimedout")
    int probe = 0;
    double tMeasured = 0;
    double predicted = 0;
    double earliest = 0;
    double latest = 0;
    bool inside = false;
};

struct LabVerdict
{
    int inside = 0;
    int outside = 0;
    QList<LabVerdictEvent> events;
    // The outcome is the one predicted (kind only; its time is an event above).
    bool outcomeAsPredicted = false;
};

// How far outside a window a measurement may fall and still count as inside.
// Early: the model counts from the jiffy in which the last segment arrived,
// as the kernel does, while the capture stamps the real arrival inside that
// jiffy, so an event may come up to one jiffy (plus the capture's own
// microseconds) before its window. Late: the timer softirq and loopback
// transmit run after the timer wheel's bucket expires; waking the runner for
// the socket error adds its scheduling latency.
inline constexpr double kCaptureEarlySlackS = 0.002;
inline constexpr double kWireLateSlackS = 0.015;
inline constexpr double kWakeLateSlackS = 0.060;

bool insideWindow(double t, double earliest, double latest, int hz, double lateSlack);

// The prediction set on the measured departure of the client's data (see
// LabPrediction::dataSentS); unchanged when no data was sent.
LabPrediction alignedPrediction(const LabPrediction &prediction, const QList<LabEvent> &measured);

// Sets the measured events and the outcome against the prediction (aligned
// on the data's departure).
LabVerdict judge(const LabPrediction &prediction, const QList<LabEvent> &measured,
                 const std::optional<LabOutcome> &outcome, int hz);

// The measured events the Timeline can draw over the prediction: probes,
// ACKs, retransmissions, and the client's RST as the abort.
QList<MeasuredEvent> timelineEvents(const QList<LabEvent> &measured);

// One finished (or running) run: what was asked, predicted, measured.
struct LabResult
{
    LabScenarioId scenario = LabScenarioId::DeadPeer;
    LabValues values;
    int hz = 250;
    LabPrediction predicted;
    QList<LabEvent> measured;
    std::optional<LabOutcome> outcome;
    LabVerdict verdict;
    bool userNamespace = false;
    quint64 netnsInode = 0;
};

// What the model predicts, in words: "ETIMEDOUT after 3 s, window [3, 3.1]",
// "the connection survives", "the middlebox cuts the flow".
QString describePrediction(const LabPrediction &prediction);

// The outcome in one sentence: "ETIMEDOUT after 5.08 s; predicted 5 s,
// window [5, 5.13]: inside".
QString describeOutcome(const LabResult &result);
// What the outcome means, in words ("the flow survived: the data sent at
// 3 s arrived").
QString outcomeDetail(const LabResult &result);

// One row of the results table the CLI prints and the page shows: each
// measured event in order with its prediction when the model has one, the
// predicted events that never showed, then the outcome.
struct LabResultRow
{
    QString kind; // "probe", "rst_sent", "etimedout", …
    int probe = 0;
    double measured = 0; // NaN: predicted but not measured
    bool compared = false;
    double predicted = 0;
    double earliest = 0;
    double latest = 0;
    bool inside = false;
};
QList<LabResultRow> resultRows(const LabResult &result);

// The --json document (docs/lab.md): scenario, params, predicted, measured,
// verdict, sandbox.
QJsonObject labResultToJson(const LabResult &result);

} // namespace kt::lab

#pragma once

#include "lab/LabScenarioId.h"
#include "params/KeepaliveParams.h"

#include <QList>
#include <QString>

#include <optional>

namespace kt::lab {

// The values of one Lab run: the keep-alive options of the client and the
// scenario's own knobs (each scenario uses some of them, see LabScenarioInfo).
struct LabValues
{
    KeepaliveParams params{2, 1, 3, 0};
    double afterS = 0;         // dead-peer: the peer's packets are dropped from then on
    int middleboxTimeoutS = 3; // middlebox: conntrack's established timeout
    double sendAfterS = 4;     // middlebox: the client sends data then
    int retries2 = 3;          // data-in-flight: net.ipv4.tcp_retries2 in the sandbox

    friend bool operator==(const LabValues &, const LabValues &) = default;
};

// The scenario-specific options, as the command line names them.
enum class LabOption
{
    After,            // --after S
    MiddleboxTimeout, // --middlebox-timeout S
    SendAfter,        // --send-after S
    Retries2,         // --retries2 N
};

// Everything a person reads about a scenario, worded once here for the CLI
// and the Lab page.
struct LabScenarioInfo
{
    LabScenarioId id;
    QString name;        // "dead-peer"
    QString title;       // "Dead peer"
    QString summary;     // one line: what is staged
    QString explanation; // one paragraph: the real-world event and what to learn
    LabValues defaults;  // short values: a run of a few seconds
    QList<LabOption> options;
};

const QList<LabScenarioInfo> &labScenarios();
const LabScenarioInfo &labScenario(LabScenarioId id);
std::optional<LabScenarioId> labScenarioFromString(const QString &name);
// "alive, dead-peer, peer-restarted, middlebox or data-in-flight"
QString labScenarioNameList();

// The option's name as typed ("--after") and a word for its value.
QString labOptionName(LabOption option);
bool usesOption(LabScenarioId id, LabOption option);

// The problem with these values for this scenario, or nothing. The keep-alive
// values must be valid socket options; the scenario's knobs have their own
// ranges (a middlebox timeout is whole seconds, as the conntrack sysctl is).
std::optional<QString> validateLabValues(LabScenarioId id, const LabValues &values);

// The explored values made into a short run: the proportions kept where
// possible, idle at most a few seconds, so an experiment takes seconds and
// not hours. The scenario's own knobs take its defaults, fitted to the idle
// time (a middlebox timeout just above or below it, …).
LabValues scaledForLab(LabScenarioId id, const KeepaliveParams &explored);

} // namespace kt::lab

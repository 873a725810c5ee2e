#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kt {

// What the other end of a connection does, as the model, the Timeline, the
// CLI and (later) the Lab name it. One closed set in core; the UI and the CLI
// map it to their words with the functions below.
enum class Scenario
{
    Dead,         // the peer vanished silently: no RST, no ICMP, nothing comes back
    Alive,        // the peer answers every probe
    DataInFlight, // the peer vanished while our data was unacknowledged
};

// Every scenario, in the order menus list them.
const QList<Scenario> &allScenarios();

// Stable names for the command line and JSON: "dead", "alive", "data".
QString scenarioName(Scenario scenario);
// The scenario with that name, or nothing.
std::optional<Scenario> scenarioFromName(const QString &name);
// "alive, dead or data": for --help and error messages.
QString scenarioNameList();

// Short words for a menu: "silently gone", "answers", "gone, data in flight".
QString scenarioLabel(Scenario scenario);
// A phrase for reports: "peer silently gone", "peer answers", …
QString scenarioDescription(Scenario scenario);

// Whether the peer is gone (nothing it sends will come back).
inline bool peerIsGone(Scenario scenario)
{
    return scenario != Scenario::Alive;
}

} // namespace kt

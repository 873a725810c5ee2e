#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace kt::lab {

// The Lab's scenarios as a closed set, and their stable names for the command
// line, JSON and the runner's arguments. Plain C++ (no Qt) because the
// sandbox runner parses them too; everything people read about a scenario
// (its explanation, defaults, duration) is in LabScenario.h.
enum class LabScenarioId
{
    Alive,         // the peer answers every probe
    DeadPeer,      // every packet of the peer is dropped (cable pulled)
    PeerRestarted, // the peer's socket vanished without a FIN or RST reaching us
    Middlebox,     // a conntrack middlebox forgets the idle flow
    DataInFlight,  // the peer vanished while our data was unacknowledged
};

struct LabScenarioName
{
    LabScenarioId id;
    std::string_view name;
};

inline constexpr std::array<LabScenarioName, 5> kLabScenarioNames{{
    {LabScenarioId::Alive, "alive"},
    {LabScenarioId::DeadPeer, "dead-peer"},
    {LabScenarioId::PeerRestarted, "peer-restarted"},
    {LabScenarioId::Middlebox, "middlebox"},
    {LabScenarioId::DataInFlight, "data-in-flight"},
}};

constexpr std::string_view labScenarioName(LabScenarioId id)
{
    for (const LabScenarioName &n : kLabScenarioNames) {
        if (n.id == id)
            return n.name;
    }
    return {};
}

constexpr std::optional<LabScenarioId> labScenarioFromName(std::string_view name)
{
    for (const LabScenarioName &n : kLabScenarioNames) {
        if (n.name == name)
            return n.id;
    }
    return std::nullopt;
}

} // namespace kt::lab

#include "schedule/Scenario.h"

#include <QCoreApplication>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

} // namespace

const QList<Scenario> &allScenarios()
{
    static const QList<Scenario> all{Scenario::Dead, Scenario::Alive, Scenario::DataInFlight};
    return all;
}

QString scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Dead:
        return QStringLiteral("dead");
    case Scenario::Alive:
        return QStringLiteral("alive");
    case Scenario::DataInFlight:
        return QStringLiteral("data");
    }
    return {};
}

std::optional<Scenario> scenarioFromName(const QString &name)
{
    for (const Scenario s : allScenarios()) {
        if (scenarioName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString scenarioNameList()
{
    return Tr::tr("%1, %2 or %3")
        .arg(scenarioName(Scenario::Alive), scenarioName(Scenario::Dead),
             scenarioName(Scenario::DataInFlight));
}

QString scenarioLabel(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Dead:
        return Tr::tr("silently gone");
    case Scenario::Alive:
        return Tr::tr("answers");
    case Scenario::DataInFlight:
        return Tr::tr("gone, data in flight");
    }
    return {};
}

QString scenarioDescription(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Dead:
        return Tr::tr("peer silently gone");
    case Scenario::Alive:
        return Tr::tr("peer answers");
    case Scenario::DataInFlight:
        return Tr::tr("peer silently gone, data in flight");
    }
    return {};
}

} // namespace kt

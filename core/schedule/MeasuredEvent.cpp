#include "schedule/MeasuredEvent.h"

#include <QHash>

namespace kt {

QList<Deviation> compareWithSchedule(const Schedule &schedule, const QList<MeasuredEvent> &measured)
{
    QList<Deviation> out;
    out.reserve(measured.size());
    QHash<int, int> seenOfKind; // measured events of each kind so far
    for (const MeasuredEvent &m : measured) {
        const int ordinal = ++seenOfKind[int(m.kind)];
        const int wanted = m.probe > 0 ? m.probe : ordinal;
        Deviation d;
        int ofKind = 0;
        for (qsizetype i = 0; i < schedule.events.size(); ++i) {
            const ScheduleEvent &e = schedule.events.at(i);
            if (e.kind != m.kind)
                continue;
            ++ofKind;
            // Events without a number (the abort) match in order.
            const int number = e.probe > 0 ? e.probe : ofKind;
            if (number != wanted)
                continue;
            d.eventIndex = i;
            d.deviationS = m.t - e.t;
            d.insideWindow = m.t >= e.earliest && m.t <= e.latest;
            break;
        }
        out << d;
    }
    return out;
}

} // namespace kt

namespace kt {

Scenario measuredScenario(const QList<MeasuredEvent> &measured)
{
    for (const MeasuredEvent &m : measured) {
        if (m.kind == EventKind::Ack)
            return Scenario::Alive;
    }
    return Scenario::Dead;
}

} // namespace kt

#include "schedule/ScheduleJson.h"

namespace kt {

QJsonObject scheduleEventToJson(const ScheduleEvent &e)
{
    return QJsonObject{{QStringLiteral("t"), e.t},
                       {QStringLiteral("kind"), eventKindName(e.kind)},
                       {QStringLiteral("probe"), e.probe},
                       {QStringLiteral("window"), QJsonArray{e.earliest, e.latest}}};
}

QJsonArray scheduleEventsToJson(const QList<ScheduleEvent> &events)
{
    QJsonArray out;
    for (const ScheduleEvent &e : events)
        out.append(scheduleEventToJson(e));
    return out;
}

} // namespace kt

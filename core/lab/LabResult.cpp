#include "lab/LabResult.h"

#include "params/Format.h"
#include "schedule/ScheduleJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace kt::lab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabResult)
};

// A time in a sentence, to the hundredth: "5.08".
QString hundredths(double s)
{
    return QString::number(std::round(s * 100.0) / 100.0, 'f', 2)
        .remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

std::optional<EventKind> scheduleKind(LabEventKind kind)
{
    switch (kind) {
    case LabEventKind::Probe:
        return EventKind::Probe;
    case LabEventKind::Ack:
        return EventKind::Ack;
    case LabEventKind::Retransmit:
        return EventKind::Retransmit;
    case LabEventKind::RstSent:
        // The client's RST goes out at the abort (tcp_send_active_reset()).
        return EventKind::Abort;
    case LabEventKind::RstReceived:
    case LabEventKind::DataSent:
    case LabEventKind::DataDelivered:
        return std::nullopt;
    }
    return std::nullopt;
}

QString errorWord(LabOutcomeKind kind)
{
    return kind == LabOutcomeKind::ETimedOut ? QStringLiteral("ETIMEDOUT")
                                             : QStringLiteral("ECONNRESET");
}

} // namespace

QString labEventKindName(LabEventKind kind)
{
    switch (kind) {
    case LabEventKind::Probe:
        return QStringLiteral("probe");
    case LabEventKind::Ack:
        return QStringLiteral("ack");
    case LabEventKind::RstReceived:
        return QStringLiteral("rst_received");
    case LabEventKind::RstSent:
        return QStringLiteral("rst_sent");
    case LabEventKind::Retransmit:
        return QStringLiteral("retransmit");
    case LabEventKind::DataSent:
        return QStringLiteral("data_sent");
    case LabEventKind::DataDelivered:
        return QStringLiteral("data_delivered");
    }
    return {};
}

std::optional<LabEventKind> labEventKindFromName(const QString &name)
{
    for (const LabEventKind k :
         {LabEventKind::Probe, LabEventKind::Ack, LabEventKind::RstReceived, LabEventKind::RstSent,
          LabEventKind::Retransmit, LabEventKind::DataSent, LabEventKind::DataDelivered}) {
        if (labEventKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

QString labEventKindLabel(LabEventKind kind)
{
    switch (kind) {
    case LabEventKind::Probe:
        return Tr::tr("probe");
    case LabEventKind::Ack:
        return Tr::tr("ACK");
    case LabEventKind::RstReceived:
        return Tr::tr("RST received");
    case LabEventKind::RstSent:
        return Tr::tr("RST sent");
    case LabEventKind::Retransmit:
        return Tr::tr("retransmission");
    case LabEventKind::DataSent:
        return Tr::tr("data sent");
    case LabEventKind::DataDelivered:
        return Tr::tr("data delivered");
    }
    return {};
}

bool insideWindow(double t, double earliest, double latest, int hz, double lateSlack)
{
    const double earlySlack = 1.0 / hz + kCaptureEarlySlackS;
    return t >= earliest - earlySlack && t <= latest + lateSlack;
}

QList<MeasuredEvent> timelineEvents(const QList<LabEvent> &measured)
{
    QList<MeasuredEvent> out;
    for (const LabEvent &e : measured) {
        if (const auto kind = scheduleKind(e.kind))
            out << MeasuredEvent{e.t, *kind, *kind == EventKind::Abort ? 0 : e.probe, e.t};
    }
    return out;
}

LabPrediction alignedPrediction(const LabPrediction &prediction, const QList<LabEvent> &measured)
{
    LabPrediction p = prediction;
    if (!p.dataSentS)
        return p;
    for (const LabEvent &e : measured) {
        if (e.kind != LabEventKind::DataSent)
            continue;
        const double shift = e.t - *p.dataSentS;
        for (ScheduleEvent &s : p.schedule.events) {
            if (s.kind == EventKind::Retransmit || s.kind == EventKind::Abort) {
                s.t += shift;
                s.earliest += shift;
                s.latest += shift;
            }
        }
        if (p.outcome == LabOutcomeKind::ETimedOut || p.outcome == LabOutcomeKind::Survived) {
            p.outcomeT += shift;
            p.outcomeEarliest += shift;
            p.outcomeLatest += shift;
        }
        break;
    }
    return p;
}

LabVerdict judge(const LabPrediction &prediction, const QList<LabEvent> &measured,
                 const std::optional<LabOutcome> &outcome, int hz)
{
    const LabPrediction p = alignedPrediction(prediction, measured);
    LabVerdict v;
    const auto add = [&v, hz](const QString &kind, int probe, double t, double nominal,
                              double earliest, double latest, double slack) {
        LabVerdictEvent e{kind, probe, t, nominal, earliest, latest, false};
        e.inside = insideWindow(t, earliest, latest, hz, slack);
        (e.inside ? v.inside : v.outside) += 1;
        v.events << e;
    };

    // Measured events the model has, matched kind by kind, number by number.
    QList<LabEvent> comparable;
    for (const LabEvent &e : measured) {
        if (scheduleKind(e.kind))
            comparable << e;
    }
    const QList<MeasuredEvent> asModel = timelineEvents(comparable);
    const QList<Deviation> deviations = compareWithSchedule(p.schedule, asModel);
    QList<qsizetype> matched;
    for (qsizetype i = 0; i < comparable.size(); ++i) {
        const Deviation &d = deviations.at(i);
        if (d.eventIndex < 0)
            continue; // past the predicted horizon: nothing to compare with
        matched << d.eventIndex;
        const ScheduleEvent &s = p.schedule.events.at(d.eventIndex);
        add(labEventKindName(comparable.at(i).kind), comparable.at(i).probe, comparable.at(i).t,
            s.t, s.earliest, s.latest, kWireLateSlackS);
    }
    // Predicted events that never showed are outside by definition.
    for (qsizetype i = 0; i < p.schedule.events.size(); ++i) {
        const ScheduleEvent &s = p.schedule.events.at(i);
        // The abort is judged by the outcome: an RST goes out only when
        // keep-alive gives up (tcp_keepalive_timer()), not the
        // retransmission timer.
        const bool measurable = s.kind == EventKind::Probe || s.kind == EventKind::Ack ||
                                s.kind == EventKind::Retransmit;
        if (!measurable || matched.contains(i))
            continue;
        LabVerdictEvent e{s.kind == EventKind::Abort ? QStringLiteral("rst_sent")
                                                     : eventKindName(s.kind),
                          s.probe,
                          qQNaN(),
                          s.t,
                          s.earliest,
                          s.latest,
                          false};
        ++v.outside;
        v.events << e;
    }
    // The peer's RST comes straight back from the first probe.
    for (const LabEvent &e : measured) {
        if (e.kind == LabEventKind::RstReceived && p.outcome == LabOutcomeKind::EConnReset) {
            add(labEventKindName(e.kind), 0, e.t, p.outcomeT, p.outcomeEarliest, p.outcomeLatest,
                kWireLateSlackS);
            break;
        }
        if (e.kind == LabEventKind::DataDelivered && p.outcome == LabOutcomeKind::Survived) {
            add(labEventKindName(e.kind), 0, e.t, p.outcomeT, p.outcomeEarliest, p.outcomeLatest,
                kWireLateSlackS);
            break;
        }
    }
    if (outcome) {
        v.outcomeAsPredicted = outcome->kind == p.outcome;
        if (outcome->kind == p.outcome && (outcome->kind == LabOutcomeKind::ETimedOut ||
                                           outcome->kind == LabOutcomeKind::EConnReset))
            add(outcomeKindName(outcome->kind), 0, outcome->t, p.outcomeT, p.outcomeEarliest,
                p.outcomeLatest, kWakeLateSlackS);
    }
    return v;
}

QString outcomeDetail(const LabResult &r)
{
    if (!r.outcome)
        return {};
    const LabOutcome &o = *r.outcome;
    int probes = 0;
    int acks = 0;
    int retransmits = 0;
    for (const LabEvent &e : r.measured) {
        probes += e.kind == LabEventKind::Probe;
        acks += e.kind == LabEventKind::Ack;
        retransmits += e.kind == LabEventKind::Retransmit;
    }
    switch (o.kind) {
    case LabOutcomeKind::ETimedOut:
        if (retransmits > 0)
            return Tr::tr("the connection was given up after %n retransmission(s), with "
                          "keep-alive silent while data was unacknowledged",
                          nullptr, retransmits);
        return Tr::tr("the connection was given up after %n unanswered probe(s)", nullptr, probes);
    case LabOutcomeKind::EConnReset:
        return Tr::tr("the first probe met a port with no connection and was answered with an "
                      "RST");
    case LabOutcomeKind::Survived:
        if (r.scenario == LabScenarioId::Middlebox)
            return Tr::tr("the flow survived: the data sent at %1 s arrived; keep-alive kept the "
                          "middlebox's entry fresh")
                .arg(hundredths(r.values.sendAfterS));
        return Tr::tr("the connection is still open; %n probe(s) answered", nullptr, acks);
    case LabOutcomeKind::Cut:
        if (!o.error.isEmpty())
            return Tr::tr("the middlebox forgot the flow: nothing more got through, and the client "
                          "learnt it only through %1")
                .arg(o.error);
        return Tr::tr("the middlebox forgot the flow: the data sent at %1 s never arrived, and the "
                      "client saw only its own retransmissions (%2)")
            .arg(hundredths(r.values.sendAfterS))
            .arg(retransmits);
    case LabOutcomeKind::Error:
        return Tr::tr("the connection failed with %1").arg(o.error);
    }
    return {};
}

QString describePrediction(const LabPrediction &p)
{
    switch (p.outcome) {
    case LabOutcomeKind::ETimedOut:
    case LabOutcomeKind::EConnReset:
        return Tr::tr("%1 after %2 s, window [%3, %4]")
            .arg(errorWord(p.outcome), hundredths(p.outcomeT), hundredths(p.outcomeEarliest),
                 hundredths(p.outcomeLatest));
    case LabOutcomeKind::Survived:
        return Tr::tr("the connection survives");
    case LabOutcomeKind::Cut:
        return Tr::tr("the middlebox cuts the flow");
    case LabOutcomeKind::Error:
        break;
    }
    return {};
}

QString describeOutcome(const LabResult &r)
{
    if (!r.outcome)
        return {};
    const LabOutcome &o = *r.outcome;
    const LabPrediction p = alignedPrediction(r.predicted, r.measured);
    const bool errorOutcome =
        o.kind == LabOutcomeKind::ETimedOut || o.kind == LabOutcomeKind::EConnReset;
    if (errorOutcome && o.kind == p.outcome) {
        const bool inside =
            insideWindow(o.t, p.outcomeEarliest, p.outcomeLatest, r.hz, kWakeLateSlackS);
        return Tr::tr("%1 after %2 s; predicted %3 s, window [%4, %5]: %6")
            .arg(errorWord(o.kind), hundredths(o.t), hundredths(p.outcomeT),
                 hundredths(p.outcomeEarliest), hundredths(p.outcomeLatest),
                 inside ? Tr::tr("inside") : Tr::tr("outside"));
    }
    QString what;
    switch (o.kind) {
    case LabOutcomeKind::ETimedOut:
    case LabOutcomeKind::EConnReset:
        what = Tr::tr("%1 after %2 s").arg(errorWord(o.kind), hundredths(o.t));
        break;
    case LabOutcomeKind::Survived:
        what = r.scenario == LabScenarioId::Middlebox
                   ? Tr::tr("Survived: the data sent at %1 s arrived")
                         .arg(hundredths(r.values.sendAfterS))
                   : Tr::tr("Survived: still open after %1 s").arg(hundredths(o.t));
        break;
    case LabOutcomeKind::Cut:
        what =
            Tr::tr("Cut: the data sent at %1 s never arrived").arg(hundredths(r.values.sendAfterS));
        break;
    case LabOutcomeKind::Error:
        what = Tr::tr("%1 after %2 s").arg(o.error, hundredths(o.t));
        break;
    }
    QString because;
    if (r.scenario == LabScenarioId::Middlebox)
        because = (p.longestSilenceS < r.values.middleboxTimeoutS
                       ? Tr::tr(" (longest silence %1 s < middlebox timeout %2 s)")
                       : Tr::tr(" (longest silence %1 s ≥ middlebox timeout %2 s)"))
                      .arg(hundredths(p.longestSilenceS))
                      .arg(r.values.middleboxTimeoutS);
    if (o.kind == p.outcome)
        return Tr::tr("%1, as predicted%2").arg(what, because);
    return Tr::tr("%1; predicted: %2%3").arg(what, outcomeKindName(p.outcome), because);
}

QList<LabResultRow> resultRows(const LabResult &r)
{
    QList<LabResultRow> rows;
    QList<qsizetype> used;
    const auto row = [&r, &used](const QString &kind, int probe, double measured) {
        LabResultRow out{kind, probe, measured, false, 0, 0, 0, false};
        for (qsizetype i = 0; i < r.verdict.events.size(); ++i) {
            const LabVerdictEvent &v = r.verdict.events.at(i);
            if (used.contains(i) || v.kind != kind || std::isnan(v.tMeasured) ||
                (v.probe != probe && kind != QLatin1String("rst_sent")))
                continue;
            used << i;
            out.compared = true;
            out.predicted = v.predicted;
            out.earliest = v.earliest;
            out.latest = v.latest;
            out.inside = v.inside;
            break;
        }
        return out;
    };
    for (const LabEvent &e : r.measured)
        rows << row(labEventKindName(e.kind), e.probe, e.t);
    for (const LabVerdictEvent &v : r.verdict.events) {
        if (std::isnan(v.tMeasured))
            rows << LabResultRow{v.kind,      v.probe,    qQNaN(),  true,
                                 v.predicted, v.earliest, v.latest, false};
    }
    if (r.outcome)
        rows << row(outcomeKindName(r.outcome->kind), 0, r.outcome->t);
    return rows;
}

QJsonObject labResultToJson(const LabResult &r)
{
    QJsonObject params{{QStringLiteral("idle"), r.values.params.idleS},
                       {QStringLiteral("interval"), r.values.params.intervalS},
                       {QStringLiteral("count"), r.values.params.count},
                       {QStringLiteral("user_timeout_ms"), r.values.params.userTimeoutMs}};
    if (usesOption(r.scenario, LabOption::After))
        params.insert(QStringLiteral("after"), r.values.afterS);
    if (usesOption(r.scenario, LabOption::MiddleboxTimeout))
        params.insert(QStringLiteral("middlebox_timeout"), r.values.middleboxTimeoutS);
    if (usesOption(r.scenario, LabOption::SendAfter))
        params.insert(QStringLiteral("send_after"), r.values.sendAfterS);
    if (usesOption(r.scenario, LabOption::Retries2))
        params.insert(QStringLiteral("retries2"), r.values.retries2);

    const LabPrediction &p = r.predicted;
    const QJsonObject predicted{
        {QStringLiteral("events"), scheduleEventsToJson(p.schedule.events)},
        {QStringLiteral("outcome"),
         QJsonObject{{QStringLiteral("kind"), outcomeKindName(p.outcome)},
                     {QStringLiteral("t"), p.outcomeT},
                     {QStringLiteral("window"), QJsonArray{p.outcomeEarliest, p.outcomeLatest}}}},
        {QStringLiteral("duration_s"), p.durationS},
        {QStringLiteral("hz"), r.hz}};

    QJsonArray events;
    for (const LabEvent &e : r.measured)
        events.append(QJsonObject{{QStringLiteral("t"), e.t},
                                  {QStringLiteral("kind"), labEventKindName(e.kind)},
                                  {QStringLiteral("probe"), e.probe}});
    QJsonObject measured{{QStringLiteral("events"), events}};
    if (r.outcome)
        measured.insert(QStringLiteral("outcome"),
                        QJsonObject{{QStringLiteral("kind"), outcomeKindName(r.outcome->kind)},
                                    {QStringLiteral("t"), r.outcome->t},
                                    {QStringLiteral("detail"), outcomeDetail(r)}});
    else
        measured.insert(QStringLiteral("outcome"), QJsonValue::Null);

    QJsonArray verdictEvents;
    for (const LabVerdictEvent &e : r.verdict.events)
        verdictEvents.append(QJsonObject{
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("probe"), e.probe},
            {QStringLiteral("t_measured"),
             std::isnan(e.tMeasured) ? QJsonValue(QJsonValue::Null) : QJsonValue(e.tMeasured)},
            {QStringLiteral("window"), QJsonArray{e.earliest, e.latest}},
            {QStringLiteral("inside"), e.inside}});
    const QJsonObject verdict{
        {QStringLiteral("inside"), r.verdict.inside},
        {QStringLiteral("outside"), r.verdict.outside},
        {QStringLiteral("events"), verdictEvents},
        {QStringLiteral("outcome_as_predicted"), r.verdict.outcomeAsPredicted}};
    return QJsonObject{{QStringLiteral("scenario"), labScenario(r.scenario).name},
                       {QStringLiteral("params"), params},
                       {QStringLiteral("predicted"), predicted},
                       {QStringLiteral("measured"), measured},
                       {QStringLiteral("verdict"), verdict},
                       {QStringLiteral("summary"), describeOutcome(r)},
                       {QStringLiteral("sandbox"),
                        QJsonObject{{QStringLiteral("user_namespace"), r.userNamespace},
                                    {QStringLiteral("netns_inode"), double(r.netnsInode)}}}};
}

} // namespace kt::lab

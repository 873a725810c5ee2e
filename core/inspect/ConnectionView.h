#pragma once

#include "inspect/SocketRecord.h"
#include "params/KeepaliveParams.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kt::inspect {

// What a listed connection means for people, said once here for the CLI and
// the Connections page: its addresses, its keep-alive state, the options in
// force, and whether a middlebox with an idle timeout would keep it.

// "127.0.0.1:5432", "[::1]:5432".
QString endpointText(const Endpoint &endpoint);
// The timer kind as a stable key: "none", "retransmit", "keepalive",
// "time_wait", "zero_window_probe".
QString timerKey(std::uint8_t timer);
// "ESTABLISHED"; and back, case-insensitive, for --state and the filter.
QString stateName(std::uint8_t state);
std::optional<std::uint8_t> parseStateName(const QString &name);

// The words for options that could not be read.
QString unreadableText();

// On, off, or unknown. The options tell when they were read. Otherwise a
// pending keep-alive timer tells that keep-alive is on (the kernel arms it
// only then, tcp_set_keepalive()); any other timer tells nothing.
std::optional<bool> keepaliveState(const SocketRecord &record);
// True when keepaliveState() came from the pending timer alone.
bool keepaliveFromTimerOnly(const SocketRecord &record);

// The options in force, when they were read and keep-alive is on.
std::optional<KeepaliveParams> effectiveParams(const SocketRecord &record);

// Whether a middlebox that forgets a flow after `timeoutS` idle seconds
// keeps this connection (advise/MiddleboxRule.h): false with keep-alive off,
// nothing when it is unknown or no timeout is given.
std::optional<bool> survivesMiddlebox(const SocketRecord &record, int hz,
                                      std::optional<double> timeoutS);

// survivesMiddlebox() for many connections: checkMiddlebox() runs the
// schedule model, so its answer is kept per set of values (a host has few).
class SurvivalCache
{
public:
    SurvivalCache(int hz, std::optional<double> timeoutS)
        : m_hz(hz)
        , m_timeoutS(timeoutS)
    {}
    std::optional<bool> survives(const SocketRecord &record);
    int hz() const { return m_hz; }
    std::optional<double> timeoutS() const { return m_timeoutS; }

private:
    int m_hz;
    std::optional<double> m_timeoutS;
    std::vector<std::pair<KeepaliveParams, bool>> m_known;
};

// The filters of `keepalivectl connections` and the page.
struct ConnectionFilter
{
    std::optional<int> pid;
    std::optional<int> port; // either end
    std::optional<std::uint8_t> state;
    std::optional<bool> keepalive;
    QString process;      // part of the command, any case (the page's text box)
    bool cutOnly = false; // only those the middlebox would cut (`survives` is false)

    bool matches(const SocketRecord &record, QStringView command,
                 std::optional<bool> survives) const;
};

// The connection as `keepalivectl connections --json` prints it.
QJsonObject connectionJson(const SocketRecord &record, const ProcessRecord *process,
                           std::optional<bool> survives);

struct ConnectionSummary
{
    int total = 0;
    int keepaliveOn = 0;
    int keepaliveOff = 0;
    int keepaliveUnknown = 0;
    int unreadable = 0; // options not read
    int survive = 0;
    int cut = 0;
    int cutUnknown = 0;

    void add(const SocketRecord &record, std::optional<bool> survives);
    // "12 connections: 5 with keep-alive on, 6 off, 1 unknown; 3 not readable
    // without administrator rights. A 350 s middlebox would cut 7."
    QString sentence(std::optional<double> timeoutS) const;
    // The page's headline: "12 connections, 5 with keep-alive on; a 350 s
    // middlebox would cut 7".
    QString headline(std::optional<double> timeoutS) const;
};

// A process's record for a socket, or nullptr.
inline const ProcessRecord *processOf(const SocketRecord &record, const InspectResult &result)
{
    return record.process >= 0 && std::size_t(record.process) < result.processes.size()
               ? &result.processes[std::size_t(record.process)]
               : nullptr;
}

} // namespace kt::inspect

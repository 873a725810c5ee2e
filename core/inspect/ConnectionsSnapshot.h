#pragma once

#include "inspect/Inspect.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>

namespace kt::inspect {

// One refresh of the Connections page, made off the UI thread: the sockets
// sorted by cookie, each process's command once as a QString, and how it
// differs from the refresh before, as the operations a table model applies in
// order (row numbers are those at the moment each operation applies).
struct ConnectionsSnapshot
{
    InspectResult result;
    QVector<QString> commands; // per process, result.processes order
    // Per socket: would a middlebox with timeoutS keep it (1), cut it (0), or
    // cannot it be told (-1); see ConnectionView.h.
    std::vector<std::int8_t> survives;
    double timeoutS = 0; // 0: no middlebox
    QString error;       // the dump failed: the previous listing stays

    struct Operation
    {
        enum Kind : std::uint8_t
        {
            Remove, // rows [row, row + count) go
            Insert, // result.sockets[source …] come in at row
            Change, // rows [row, row + count) now hold result.sockets[source …]
        };
        Kind kind = Change;
        int row = 0;
        int count = 0;
        int source = 0;
    };
    QVector<Operation> operations;
};

// The operations that turn `before` into `after` (both sorted by cookie): a
// merge walk, O(n). A socket whose fields changed is a Change; runs of
// neighbours are one operation each.
QVector<ConnectionsSnapshot::Operation> diffSockets(const std::vector<SocketRecord> &before,
                                                    const std::vector<std::int8_t> &beforeSurvives,
                                                    const std::vector<SocketRecord> &after,
                                                    const std::vector<std::int8_t> &afterSurvives);

// Whether two readings of the same socket differ in anything shown.
bool sameShown(const SocketRecord &a, const SocketRecord &b);

} // namespace kt::inspect

Q_DECLARE_METATYPE(std::shared_ptr<const kt::inspect::ConnectionsSnapshot>)

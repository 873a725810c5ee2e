#include "inspect/ConnectionsSnapshot.h"

namespace kt::inspect {

bool sameShown(const SocketRecord &a, const SocketRecord &b)
{
    return a.state == b.state && a.timer == b.timer && a.timerCounter == b.timerCounter &&
           a.timerExpiresMs / 1000 == b.timerExpiresMs / 1000 && a.infoValid == b.infoValid &&
           a.probes == b.probes && a.backoff == b.backoff &&
           a.sinceLastReceiveMs() / 1000 == b.sinceLastReceiveMs() / 1000 &&
           a.rttUs / 100 == b.rttUs / 100 && a.unacked == b.unacked && a.pid == b.pid &&
           a.optionsStatus == b.optionsStatus && a.options == b.options;
}

QVector<ConnectionsSnapshot::Operation> diffSockets(const std::vector<SocketRecord> &before,
                                                    const std::vector<std::int8_t> &beforeSurvives,
                                                    const std::vector<SocketRecord> &after,
                                                    const std::vector<std::int8_t> &afterSurvives)
{
    using Op = ConnectionsSnapshot::Operation;
    QVector<Op> ops;
    const auto add = [&ops](Op::Kind kind, int row, int source) {
        if (!ops.isEmpty()) {
            Op &last = ops.last();
            // Extend a run: removals stay at the same row; inserts and
            // changes move on with the source.
            if (last.kind == kind && kind == Op::Remove && last.row == row) {
                ++last.count;
                return;
            }
            if (last.kind == kind && kind != Op::Remove && last.row + last.count == row &&
                last.source + last.count == source) {
                ++last.count;
                return;
            }
        }
        ops.append(Op{kind, row, 1, source});
    };
    std::size_t i = 0;
    std::size_t j = 0;
    int row = 0; // the row in the model as it is after the operations so far
    while (i < before.size() || j < after.size()) {
        if (j == after.size() || (i < before.size() && before[i].cookie < after[j].cookie)) {
            add(Op::Remove, row, 0);
            ++i;
        } else if (i == before.size() || after[j].cookie < before[i].cookie) {
            add(Op::Insert, row, int(j));
            ++row;
            ++j;
        } else {
            if (!sameShown(before[i], after[j]) || beforeSurvives[i] != afterSurvives[j])
                add(Op::Change, row, int(j));
            ++row;
            ++i;
            ++j;
        }
    }
    return ops;
}

} // namespace kt::inspect

#pragma once

#include <QString>

#include <optional>

namespace kt {

// What the values are being tuned for: a middlebox that forgets idle flows,
// and a deadline by which a dead peer must be noticed. The Advisor sets it;
// the Timeline draws it (the middlebox's "forgets the flow" as a dashed line,
// the deadline) and the Connections page checks every connection against the
// middlebox.
struct TuningGoal
{
    struct Middlebox
    {
        // A preset's stable name ("aws-nlb") or empty for a custom timeout.
        QString name;
        // Words for people ("AWS Network Load Balancer", "a 300 s middlebox").
        QString label;
        double timeoutS = 0;

        friend bool operator==(const Middlebox &, const Middlebox &) = default;
    };

    std::optional<Middlebox> middlebox;
    // A dead peer must be noticed within this many seconds.
    std::optional<double> deadlineS;

    friend bool operator==(const TuningGoal &, const TuningGoal &) = default;
};

} // namespace kt

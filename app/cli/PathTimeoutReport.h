#pragma once

#include "pathtimeout/PathTimeout.h"

namespace kt::pathtimeout {
class PathTimeoutRun;
}

namespace kt::cli {

// What `keepalivectl path-timeout` prints: the plan before it starts,
// progress while it runs (on a terminal one line that rewrites itself every
// second, otherwise a line every ten seconds), each trial as it ends, then
// the table of trials and the one sentence; or with --json the one document
// (progress then goes to stderr, and only to a terminal).
class PathTimeoutReport
{
public:
    explicit PathTimeoutReport(bool json);

    void planned(const pathtimeout::PathTimeoutOptions &options,
                 const pathtimeout::PathTimeoutPlan &plan);
    void progress(const pathtimeout::PathTimeoutRun &run);
    void trialFinished(const pathtimeout::PathTimeoutResult &result, int index);
    // The table and the sentence, or the JSON document with the Advisor's
    // advice at `hz`.
    void finish(const pathtimeout::PathTimeoutResult &result, int hz);

private:
    void line(const QString &text); // a whole line, after clearing the progress line
    void clearProgress();

    bool m_json = false;
    bool m_quiet = false;    // --json to a pipe: nothing but the document
    bool m_toStderr = false; // where the plan and progress go
    bool m_terminal = false; // progress rewrites one line
    bool m_lineOpen = false; // a progress line is on screen, without newline
    double m_nextLineS = 0;  // when a non-terminal's next progress line is due
};

} // namespace kt::cli

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A program run to completion by a test: keepalivectl, the helper, the GUI's
// screenshot mode.
struct ProgramRun
{
    int exitCode = -1; // -1 when it crashed or was killed at the time limit
    QByteArray out;
    QString err;
    qint64 ms = 0; // how long it ran

    QString outText() const { return QString::fromUtf8(out); }
};

// Runs `program` while this test's event loop keeps turning, so servers in
// the test can accept and answer meanwhile; kills it after `timeoutMs`. An
// empty `environment` means this process's own.
ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 30000,
                      const QProcessEnvironment &environment = {});

#pragma once

// SystemSnapshot::runtimeParams() returns one; callers of the result need it whole.
#include "params/KeepaliveParams.h"
#include "sysctl/HelperLocator.h"
#include "sysctl/SysctlKeys.h"
#include "sysctl/SysctlTrace.h"
#include "sysctl/SystemSnapshot.h"

#include <QObject>
#include <QProcess>

#include <optional>

namespace kt {

struct SysctlValue
{
    SysctlKey key;
    qint64 value = 0;

    friend bool operator==(const SysctlValue &, const SysctlValue &) = default;
};

// A configuration line read after our drop-in at boot that sets one of the
// keys, so it wins over the kept value.
struct PersistOverride
{
    SysctlKey key;
    SysctlAssignment assignment;

    friend bool operator==(const PersistOverride &, const PersistOverride &) = default;
};

enum class WriteOutcome
{
    Succeeded,     // the kernel holds the new values (and the drop-in is as asked)
    Cancelled,     // pkexec 126: the authentication dialog was dismissed
    NotAuthorized, // pkexec 127: not authorized, or no authentication agent
    PkexecMissing, // pkexec could not be started
    HelperMissing, // keepalive-tuner-helper was not found or could not be started
    Refused,       // the request was refused before anything was written
    Failed,        // the helper failed while writing (its message says what it restored)
    NotVerified,   // the helper said yes but the kernel or the files say otherwise
    Busy,          // another change is still running
};

struct WriteResult
{
    WriteOutcome outcome = WriteOutcome::Failed;
    QString message;   // plain words for the GUI and the CLI
    QString detail;    // the helper's or pkexec's own words, when any
    int exitCode = -1; // of pkexec or the helper; -1 when none ran
    bool persist = false;
    bool reset = false;
    // Whether the kernel's values or our drop-in differ from before the request:
    // the page should re-read. Also true after a failure that left changes.
    bool hostChanged = false;
    // What decides the values at the next boot instead of the request: for a
    // persisted set, lines in files read after our drop-in; for a persisted
    // reset, any remaining line that sets a key to something else than the
    // kernel default.
    QList<PersistOverride> overrides;
    SystemSnapshot after; // the host re-read once the helper returned
    // The kernel's values and whether our drop-in existed before the request,
    // so a caller can offer to undo it through the same path.
    std::optional<KeepaliveParams> valuesBefore;
    bool dropInExistedBefore = false;

    bool succeeded() const { return outcome == WriteOutcome::Succeeded; }
};

// Changes the host's keep-alive sysctls through keepalive-tuner-helper, started
// as `command` (pkexec + helper, or the helper when already root; tests pass a
// fake). Asynchronous: set() and reset() return at once and finished() follows
// from the event loop (QProcess signals, never a nested loop). Afterwards the
// kernel and the configuration are re-read from `sources`, and success is
// reported only when the kernel holds the requested values.
class SysctlWriter : public QObject
{
    Q_OBJECT
public:
    explicit SysctlWriter(HelperCommand command, SnapshotSources sources = {},
                          QObject *parent = nullptr);
    ~SysctlWriter() override;

    const HelperCommand &command() const { return m_command; }
    const SnapshotSources &sources() const { return m_sources; }
    bool isBusy() const { return m_process != nullptr || m_finishing; }

    // Sets the given keys; with `persist` also writes the drop-in holding all
    // three values the kernel then has.
    void set(const QList<SysctlValue> &values, bool persist);
    // Restores the kernel defaults; with `persist` also removes our drop-in.
    void reset(bool persist);

    // The lines in files that sort after our drop-in and set one of the three
    // keys, read from the configuration now: a warning to show before "Apply
    // and keep after reboot", since those files win at boot.
    QList<PersistOverride> persistenceOverrides() const;
    // The lines that still set a key to something other than the kernel
    // default in `snapshot`: what decides the values at boot after a persisted
    // reset removed our drop-in.
    static QList<PersistOverride> resetOverrides(const SystemSnapshot &snapshot);
    // Whether our drop-in exists now.
    bool dropInExists() const;
    // /etc/sysctl.d/90-keepalive-tuner.conf, as the host names it.
    static QString dropInPath();
    // One paragraph naming each overriding file, line and value; empty when
    // there are none.
    static QString describeOverrides(const QList<PersistOverride> &overrides);

signals:
    // The helper (or pkexec) has been started; a password prompt may appear.
    void started();
    void finished(const kt::WriteResult &result);

private:
    struct Pending
    {
        QList<SysctlValue> values; // what the kernel must hold afterwards
        bool persist = false;
        bool reset = false;
        SystemSnapshot before;
        std::optional<QByteArray> dropInBefore;
    };

    void start(const QStringList &helperArguments, Pending pending);
    void finishLater(const WriteResult &result);
    void refuseLater(WriteResult result);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void complete(WriteResult result);
    WriteResult verify(WriteResult result) const;
    std::optional<QByteArray> readDropIn() const;

    HelperCommand m_command;
    SnapshotSources m_sources;
    QProcess *m_process = nullptr;
    Pending m_pending;
    bool m_finishing = false;
};

} // namespace kt

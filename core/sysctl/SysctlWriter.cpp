#include "sysctl/SysctlWriter.h"

#include "helper/DropInFile.h"
#include "helper/HelperExitCode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SysctlWriter)
};

// pkexec(1): 126 when the authentication dialog was dismissed, 127 when the
// caller is not authorized or no authorization could be obtained (no agent).
constexpr int kPkexecDismissed = 126;
constexpr int kPkexecNotAuthorized = 127;

QString fromStd(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// The helper's and pkexec's own words: trimmed, the program prefix removed,
// bounded so a runaway process cannot flood a label.
QString cleanDetail(const QByteArray &stderrBytes)
{
    QString text = QString::fromUtf8(stderrBytes.left(4096)).trimmed();
    text.remove(QStringLiteral("keepalive-tuner-helper: "));
    return text;
}

// The helper's documented exit codes (core/helper/HelperExitCode.h) in words.
QString helperMessage(int exitCode)
{
    using helper::ExitCode;
    switch (static_cast<ExitCode>(exitCode)) {
    case ExitCode::Ok:
        return {};
    case ExitCode::Usage:
        return Tr::tr("The helper did not understand the request (a bug in Keepalive Tuner).");
    case ExitCode::NotRoot:
        return Tr::tr("The helper did not run as root, so it could not change anything.");
    case ExitCode::UnknownKey:
        return Tr::tr("The helper refused a setting it does not manage.");
    case ExitCode::BadValue:
        return Tr::tr("The helper refused a value that is not a whole number.");
    case ExitCode::OutOfRange:
        return Tr::tr("The helper refused a value outside the range the kernel accepts.");
    case ExitCode::DuplicateKey:
        return Tr::tr("The helper refused a request that names a setting twice.");
    case ExitCode::WriteFailed:
        return Tr::tr("The kernel refused a value; the values already written were restored.");
    case ExitCode::RollbackFailed:
        return Tr::tr("The kernel refused a value, and restoring the earlier values failed too. "
                      "Check the values shown.");
    case ExitCode::PersistFailed:
        return Tr::tr("The values could not be kept after reboot (the file in /etc/sysctl.d could "
                      "not be written or removed); the earlier values were restored.");
    }
    return Tr::tr("The helper failed unexpectedly (exit status %1).").arg(exitCode);
}

// "/etc/sysctl.conf line 2 sets net.ipv4.tcp_keepalive_time = 300; …"
QString describeAssignments(const QList<PersistOverride> &overrides)
{
    QStringList lines;
    for (const PersistOverride &o : overrides)
        lines << Tr::tr("%1 line %2 sets %3 = %4")
                     .arg(o.assignment.path)
                     .arg(o.assignment.line)
                     .arg(sysctlKeyInfo(o.key).name, o.assignment.value);
    return lines.join(QStringLiteral("; "));
}

QString describeValues(const QList<SysctlValue> &values)
{
    QStringList parts;
    for (const SysctlValue &v : values)
        parts << QStringLiteral("%1 = %2").arg(sysctlKeyInfo(v.key).name).arg(v.value);
    return parts.join(QStringLiteral(", "));
}

} // namespace

SysctlWriter::SysctlWriter(HelperCommand command, SnapshotSources sources, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_sources(std::move(sources))
{}

SysctlWriter::~SysctlWriter()
{
    if (m_process) {
        // Destroyed while the helper runs (the window was closed): the helper
        // finishes on its own and restores on failure; we only stop listening.
        m_process->disconnect(this);
        m_process->setParent(nullptr);
        connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    }
}

QString SysctlWriter::dropInPath()
{
    return fromStd(helper::kDropInDirectory) + QLatin1Char('/') + fromStd(helper::kDropInFileName);
}

void SysctlWriter::set(const QList<SysctlValue> &values, bool persist)
{
    Pending pending;
    pending.values = values;
    pending.persist = persist;
    // Checked here too so a mistake is explained at once, without a password
    // prompt; the helper checks again and is the authority.
    QStringList arguments{QStringLiteral("set")};
    if (persist)
        arguments << QStringLiteral("--persist");
    QList<SysctlKey> seen;
    for (const SysctlValue &v : values) {
        const SysctlKeyInfo &info = sysctlKeyInfo(v.key);
        if (v.value < info.min || v.value > info.max || seen.contains(v.key)) {
            WriteResult result;
            result.outcome = WriteOutcome::Refused;
            result.persist = persist;
            result.message =
                seen.contains(v.key)
                    ? Tr::tr("%1. Nothing was changed.").arg(givenTwiceMessage(info.name))
                    : Tr::tr("%1. Nothing was changed.")
                          .arg(outOfRangeMessage(info.name, info.spec(), v.value));
            refuseLater(result);
            return;
        }
        seen << v.key;
        arguments << QStringLiteral("%1=%2").arg(info.name).arg(v.value);
    }
    if (values.isEmpty()) {
        WriteResult result;
        result.outcome = WriteOutcome::Refused;
        result.message = Tr::tr("No value to set. Nothing was changed.");
        refuseLater(result);
        return;
    }
    start(arguments, std::move(pending));
}

void SysctlWriter::reset(bool persist)
{
    Pending pending;
    for (const SysctlKeyInfo &info : sysctlKeys())
        pending.values << SysctlValue{info.key, info.kernelDefault};
    pending.persist = persist;
    pending.reset = true;
    QStringList arguments{QStringLiteral("reset")};
    if (persist)
        arguments << QStringLiteral("--persist");
    start(arguments, std::move(pending));
}

void SysctlWriter::start(const QStringList &helperArguments, Pending pending)
{
    if (m_process || m_finishing) {
        WriteResult result;
        result.outcome = WriteOutcome::Busy;
        result.message = Tr::tr("Another change is still running; wait for it to finish.");
        refuseLater(result);
        return;
    }
    pending.before = captureSystemSnapshot(m_sources);
    pending.dropInBefore = readDropIn();
    m_pending = std::move(pending);

    if (m_command.helperPath.isEmpty() || !QFileInfo(m_command.helperPath).isExecutable()) {
        WriteResult result;
        result.outcome = WriteOutcome::HelperMissing;
        result.message = Tr::tr(
            "The helper program keepalive-tuner-helper was not found, so the settings cannot "
            "be changed from here; install Keepalive Tuner (for example cmake --install build "
            "--prefix /usr) so that it is in libexec.");
        result.detail =
            Tr::tr("Looked for: %1")
                .arg(m_command.searched.isEmpty() ? m_command.helperPath
                                                  : m_command.searched.join(QStringLiteral(", ")));
        finishLater(result);
        return;
    }

    m_process = new QProcess(this);
    m_process->setProgram(m_command.program);
    m_process->setArguments(m_command.arguments + helperArguments);
    // pkexec's text agent talks to the controlling terminal, not stdin; the
    // helper reads nothing. Closing stdin keeps either from waiting on it.
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::started, this, &SysctlWriter::started);
    connect(m_process, &QProcess::finished, this, &SysctlWriter::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &SysctlWriter::onProcessError);
    m_process->start();
}

void SysctlWriter::refuseLater(WriteResult result)
{
    // Leaves a running request alone: nothing was started for this one.
    result.after = captureSystemSnapshot(m_sources);
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

void SysctlWriter::finishLater(const WriteResult &result)
{
    m_finishing = true;
    // Always from the event loop, so callers see one behaviour whether or not
    // a process ran.
    QTimer::singleShot(0, this, [this, result] { complete(result); });
}

void SysctlWriter::onProcessError(QProcess::ProcessError error)
{
    // Everything but a failed start is followed by finished().
    if (error != QProcess::FailedToStart)
        return;
    WriteResult result;
    result.detail = m_process->errorString();
    if (m_command.viaPkexec) {
        result.outcome = WriteOutcome::PkexecMissing;
        result.message = Tr::tr(
            "pkexec is not installed, so the settings cannot be changed from here; install the "
            "\"pkexec\" package, or run \"keepalivectl set\" as root.");
    } else {
        result.outcome = WriteOutcome::HelperMissing;
        result.message = Tr::tr("The helper program could not be started.");
    }
    m_process->deleteLater();
    m_process = nullptr;
    complete(result);
}

void SysctlWriter::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    WriteResult result;
    result.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    result.detail = cleanDetail(m_process->readAllStandardError());
    m_process->deleteLater();
    m_process = nullptr;

    if (status != QProcess::NormalExit) {
        result.outcome = WriteOutcome::Failed;
        result.message = Tr::tr("The helper stopped unexpectedly (it crashed or was killed).");
    } else if (m_command.viaPkexec && exitCode == kPkexecDismissed) {
        result.outcome = WriteOutcome::Cancelled;
        result.message = Tr::tr("Cancelled: the authentication dialog was dismissed.");
    } else if (m_command.viaPkexec && exitCode == kPkexecNotAuthorized) {
        result.outcome = WriteOutcome::NotAuthorized;
        result.message = Tr::tr("Not authorized, or no authentication agent is running in this "
                                "session (for example over SSH without a desktop).");
    } else if (exitCode == 0) {
        result.outcome = WriteOutcome::Succeeded;
    } else {
        using helper::ExitCode;
        const auto code = static_cast<ExitCode>(exitCode);
        const bool refused = code == ExitCode::Usage || code == ExitCode::NotRoot ||
                             code == ExitCode::UnknownKey || code == ExitCode::BadValue ||
                             code == ExitCode::OutOfRange || code == ExitCode::DuplicateKey;
        result.outcome = refused ? WriteOutcome::Refused : WriteOutcome::Failed;
        result.message = helperMessage(exitCode);
    }
    complete(result);
}

std::optional<QByteArray> SysctlWriter::readDropIn() const
{
    QFile file(QDir::cleanPath(m_sources.configRoot + QLatin1Char('/') + dropInPath()));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.read(1 << 16);
}

void SysctlWriter::complete(WriteResult result)
{
    m_finishing = false;
    result.persist = m_pending.persist;
    result.reset = m_pending.reset;
    result.after = captureSystemSnapshot(m_sources);
    result.valuesBefore = m_pending.before.runtimeParams();
    result.dropInExistedBefore = m_pending.dropInBefore.has_value();
    result.hostChanged = result.after.runtimeParams() != m_pending.before.runtimeParams() ||
                         readDropIn() != m_pending.dropInBefore;
    if (result.outcome == WriteOutcome::Succeeded) {
        result = verify(result);
    } else {
        // Say what really happened, from the re-read, not what should have.
        result.message +=
            QLatin1Char(' ') + (result.hostChanged
                                    ? Tr::tr("Some values did change; the values shown are "
                                             "what the kernel holds now.")
                                    : Tr::tr("Nothing was changed."));
    }
    emit finished(result);
}

WriteResult SysctlWriter::verify(WriteResult result) const
{
    QStringList wrong;
    for (const SysctlValue &v : m_pending.values) {
        const SysctlReading &reading = result.after.setting(v.key).reading;
        if (reading.value != v.value)
            wrong << Tr::tr("%1 is %2, not %3")
                         .arg(sysctlKeyInfo(v.key).name,
                              reading.value ? QString::number(*reading.value) : reading.error)
                         .arg(v.value);
    }
    const bool dropInExists = readDropIn().has_value();
    if (m_pending.persist && !m_pending.reset && !dropInExists)
        wrong << Tr::tr("%1 was not written").arg(dropInPath());
    if (m_pending.persist && m_pending.reset && dropInExists)
        wrong << Tr::tr("%1 is still there").arg(dropInPath());
    if (!wrong.isEmpty()) {
        result.outcome = WriteOutcome::NotVerified;
        result.message = Tr::tr("The helper reported success, but reading back shows otherwise: "
                                "%1.")
                             .arg(wrong.join(QStringLiteral("; ")));
        return result;
    }

    if (m_pending.reset && m_pending.persist) {
        // Our file is gone; any other file that still sets a key decides the
        // value at the next boot, so "the defaults stay" would be untrue.
        result.overrides = resetOverrides(result.after);
        // Name the drop-in only when there was one to remove.
        if (!m_pending.dropInBefore)
            result.message =
                result.overrides.isEmpty()
                    ? Tr::tr("The kernel defaults are restored, and no file sets other values at "
                             "boot.")
                    : Tr::tr("The kernel defaults are restored, but other configuration still "
                             "applies at boot: %1.")
                          .arg(describeAssignments(result.overrides));
        else
            result.message =
                result.overrides.isEmpty()
                    ? Tr::tr(
                          "The kernel defaults are restored, and %1 is removed so they stay after "
                          "reboot.")
                          .arg(dropInPath())
                    : Tr::tr("The kernel defaults are restored and %1 is removed, but other "
                             "configuration still applies at boot: %2.")
                          .arg(dropInPath(), describeAssignments(result.overrides));
    } else if (m_pending.reset) {
        result.message = Tr::tr("The kernel defaults are restored until the next reboot.");
    } else if (m_pending.persist) {
        result.message = Tr::tr("Applied %1, and kept after reboot in %2.")
                             .arg(describeValues(m_pending.values), dropInPath());
        result.overrides = persistenceOverrides();
        if (!result.overrides.isEmpty())
            result.message = Tr::tr("%1 %2", "two sentences in a row")
                                 .arg(result.message, describeOverrides(result.overrides));
    } else {
        result.message =
            Tr::tr("Applied %1 until the next reboot.").arg(describeValues(m_pending.values));
    }
    return result;
}

QList<PersistOverride> SysctlWriter::persistenceOverrides() const
{
    const SysctlTraceResult trace =
        traceSysctlConfig(m_sources.configRoot, std::nullopt, m_sources.hz);
    QList<PersistOverride> overrides;
    for (const SysctlKeyInfo &info : sysctlKeys()) {
        for (const SysctlAssignment &a : trace.assignmentsAfter(dropInPath(), info.key))
            overrides << PersistOverride{info.key, a};
    }
    return overrides;
}

QList<PersistOverride> SysctlWriter::resetOverrides(const SystemSnapshot &snapshot)
{
    QList<PersistOverride> overrides;
    for (const SettingState &s : snapshot.settings) {
        if (s.source && s.configuredValue != s.info.kernelDefault)
            overrides << PersistOverride{s.info.key, *s.source};
    }
    return overrides;
}

bool SysctlWriter::dropInExists() const
{
    return readDropIn().has_value();
}

QString SysctlWriter::describeOverrides(const QList<PersistOverride> &overrides)
{
    if (overrides.isEmpty())
        return {};
    return Tr::tr("At boot these are read after %1 and win over it: %2.")
        .arg(dropInPath(), describeAssignments(overrides));
}

} // namespace kt

#include "sysctl/SysctlTrace.h"

// HZ bounds the times the kernel accepts; the reader moves with the other host
// readers.
#include "params/Format.h"
#include "sysctl/KernelHz.h"
#include "sysctl/SysctlKeyMatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SysctlTrace)
};

const QString kSysctlConf = QStringLiteral("/etc/sysctl.conf");

// A configuration file found on disk: its name as the host sees it and where
// it really is (inside the fixture tree in tests).
struct ConfigFile
{
    QString hostPath;
    QString diskPath;
};

QString hostPathJoin(const QString &dir, const QString &name)
{
    return dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
}

// One parsed line that concerns a keep-alive key, in the applier's terms.
struct Line
{
    QString key; // normalized: the ordered-map key for systemd, the path for procps
    bool glob = false;
    bool hasValue = true;
    QList<SysctlKey> keys;     // the keep-alive keys it names
    SysctlAssignment assigned; // as reported (kernelValue filled per key later)
};

class Tracer
{
public:
    Tracer(const QString &rootPrefix, SysctlApplier applier, int hz)
        : m_root(QDir::cleanPath(rootPrefix))
        , m_applier(applier)
        , m_hz(hz)
    {
        m_result.applier = applier;
    }

    SysctlTraceResult run()
    {
        if (!QFileInfo(m_root).isDir()) {
            warn(m_root, 0,
                 Tr::tr("the configuration root does not exist; no configuration file was traced"));
            finish();
            return std::move(m_result);
        }
        // File name → the entry that wins that name (first directory wins).
        QMap<QString, ConfigFile> byName;
        QStringList seenDirs;
        for (const QString &dir : sysctlConfigDirectories(m_applier))
            collectDirectory(dir, byName, seenDirs);

        // QMap iterates in file name order (strcmp for ASCII names): the
        // order both appliers apply them.
        QString sysctlConfCanonical = QFileInfo(diskPath(kSysctlConf)).canonicalFilePath();
        bool sysctlConfLinked = false;
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            if (!sysctlConfCanonical.isEmpty() &&
                QFileInfo(it->diskPath).canonicalFilePath() == sysctlConfCanonical)
                sysctlConfLinked = true;
            readFile(*it);
        }

        const ConfigFile conf{kSysctlConf, diskPath(kSysctlConf)};
        struct stat st = {};
        const bool confIsFile =
            ::stat(QFile::encodeName(conf.diskPath).constData(), &st) == 0 && S_ISREG(st.st_mode);
        if (m_applier == SysctlApplier::Procps && confIsFile) {
            // procps reads /etc/sysctl.conf after the directories, even when
            // a link in one of them was read already.
            readFile(conf);
        } else if (m_applier == SysctlApplier::Systemd && confIsFile && !sysctlConfLinked) {
            warn(kSysctlConf, 0,
                 Tr::tr("systemd-sysctl does not read this file: no link to it in a sysctl.d "
                        "directory (Debian ships /etc/sysctl.d/99-sysctl.conf)"));
        }
        finish();
        return std::move(m_result);
    }

private:
    QString diskPath(const QString &hostPath) const
    {
        return m_root == QLatin1String("/") ? hostPath : m_root + hostPath;
    }

    void warn(const QString &path, int line, const QString &message)
    {
        m_result.warnings << TraceWarning{path, line, message};
    }

    void collectDirectory(const QString &hostDir, QMap<QString, ConfigFile> &byName,
                          QStringList &seenDirs)
    {
        const QFileInfo dirInfo(diskPath(hostDir));
        if (!dirInfo.isDir())
            return; // missing directories are normal
        // /lib is often a link to /usr/lib: the same directory read twice
        // adds nothing.
        const QString canonical = dirInfo.canonicalFilePath();
        if (seenDirs.contains(canonical))
            return;
        seenDirs << canonical;
        const QDir dir(dirInfo.filePath());
        const QStringList names = dir.entryList(
            {QStringLiteral("*.conf")},
            QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            // systemd-sysctl skips hidden files (hidden_or_backup_file()).
            if (m_applier == SysctlApplier::Systemd && name.startsWith(QLatin1Char('.')))
                continue;
            const QString hostPath = hostPathJoin(hostDir, name);
            if (byName.contains(name)) {
                m_result.masked << MaskedFile{hostPath, byName.value(name).hostPath};
                continue;
            }
            byName.insert(name, ConfigFile{hostPath, dir.filePath(name)});
        }
    }

    // Reads a configuration file without ever blocking: only a regular file
    // (or a link to one) is opened, with O_NONBLOCK, and checked again once
    // open.
    void readFile(const ConfigFile &file)
    {
        const QByteArray disk = QFile::encodeName(file.diskPath);
        struct stat st = {};
        struct stat lst = {};
        if (::lstat(disk.constData(), &lst) == 0 && S_ISLNK(lst.st_mode) &&
            QFileInfo(file.diskPath).symLinkTarget() == QLatin1String("/dev/null")) {
            return; // masks the name; reads as empty for both appliers
        }
        if (::stat(disk.constData(), &st) != 0) {
            warn(file.hostPath, 0,
                 Tr::tr("cannot read the file: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        if (S_ISFIFO(st.st_mode)) {
            m_result.blocked = true;
            warn(file.hostPath, 0,
                 Tr::tr("a named pipe, not a file: it was not read; %1 would wait on it forever "
                        "at boot and set nothing")
                     .arg(sysctlApplierProgram(m_applier)));
            return;
        }
        if (!S_ISREG(st.st_mode)) {
            const QString kind = S_ISDIR(st.st_mode)    ? Tr::tr("a directory")
                                 : S_ISSOCK(st.st_mode) ? Tr::tr("a socket")
                                 : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)
                                     ? Tr::tr("a device")
                                     : Tr::tr("not a regular file");
            warn(file.hostPath, 0, Tr::tr("%1, not a file: it was not read").arg(kind));
            return;
        }
        const int fd = ::open(disk.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd < 0) {
            warn(file.hostPath, 0,
                 Tr::tr("cannot read the file: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            return;
        }
        // Swapped for something else between the look and the open.
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(fd);
            warn(file.hostPath, 0, Tr::tr("changed while being read; it was skipped"));
            return;
        }
        QFile f;
        if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            warn(file.hostPath, 0, Tr::tr("cannot read the file: %1").arg(f.errorString()));
            return;
        }
        // sysctl.d files are short; a megabyte is far beyond any real one and
        // keeps a stray large file from stalling the trace.
        const QByteArray content = f.read(1 << 20);
        m_result.appliedFiles << file.hostPath;
        if (content.contains('\0'))
            warn(
                file.hostPath, 0,
                m_applier == SysctlApplier::Systemd
                    ? Tr::tr("the file holds NUL bytes (binary?); systemd-sysctl takes each as the "
                             "end of a line")
                    : Tr::tr("the file holds NUL bytes (binary?); sysctl --system ignores the rest "
                             "of a line after one"));
        const QList<QByteArray> lines = splitLines(content);
        for (qsizetype i = 0; i < lines.size(); ++i)
            parseLine(file.hostPath, int(i + 1), QString::fromUtf8(lines.at(i)));
    }

    // systemd's read_line() ends a line at "\n", "\r\n", "\r" or NUL; procps'
    // getline() only at "\n", and a NUL ends the C string.
    QList<QByteArray> splitLines(const QByteArray &content) const
    {
        QList<QByteArray> lines;
        if (m_applier == SysctlApplier::Procps) {
            for (QByteArray line : content.split('\n')) {
                const qsizetype nul = line.indexOf('\0');
                if (nul >= 0)
                    line.truncate(nul);
                lines << line;
            }
            if (content.endsWith('\n'))
                lines.removeLast();
            return lines;
        }
        QByteArray current;
        for (qsizetype i = 0; i < content.size(); ++i) {
            const char c = content.at(i);
            if (c == '\n' || c == '\r' || c == '\0') {
                lines << current;
                current.clear();
                if (c == '\r' && i + 1 < content.size() && content.at(i + 1) == '\n')
                    ++i;
            } else {
                current += c;
            }
        }
        if (!current.isEmpty())
            lines << current;
        return lines;
    }

    void parseLine(const QString &path, int lineNumber, const QString &raw)
    {
        // Both strip white space (procps isspace(), systemd WHITESPACE) first.
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            return;
        // procps skips a line of one character.
        if (m_applier == SysctlApplier::Procps && line.size() < 2)
            return;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        QString key;
        std::optional<QString> value;
        bool ignoreFailure = false;
        if (eq < 0) {
            if (!line.startsWith(QLatin1Char('-'))) {
                warn(path, lineNumber,
                     line.startsWith(QLatin1Char('!'))
                         ? Tr::tr("not an assignment: \"%1\"; \"!\" means nothing here (a bare "
                                  "\"-key\" keeps globs from setting a key); the line is ignored")
                               .arg(line.left(80))
                         : Tr::tr("not an assignment (expected key = value): \"%1\"")
                               .arg(line.left(80)));
                return;
            }
            key = line.mid(1);
        } else {
            key = line.left(eq);
            value = line.mid(eq + 1).trimmed();
            if (key.startsWith(QLatin1Char('-'))) {
                ignoreFailure = true;
                key.remove(0, 1);
            }
        }
        QString normalized;
        if (m_applier == SysctlApplier::Systemd) {
            normalized = systemdNormalize(key.trimmed());
        } else {
            // procps strips only after the key (rstrip()), and setting_new()
            // drops one more leading '-'. "- key = 1" names " key", which
            // does not exist.
            while (!key.isEmpty() && key.back().isSpace())
                key.chop(1);
            if (key.startsWith(QLatin1Char('-')))
                key.remove(0, 1);
            normalized = swapSeparators(key);
        }
        const bool glob = isGlob(normalized);
        const QList<SysctlKey> keys = matchingKeys(normalized);
        if (keys.isEmpty()) {
            if (m_applier == SysctlApplier::Procps && !key.isEmpty() && key.front().isSpace() &&
                !matchingKeys(swapSeparators(key.trimmed())).isEmpty())
                warn(path, lineNumber,
                     Tr::tr("sysctl --system does not allow white space after '-': it ignores the "
                            "line"));
            return; // another sysctl, or one that does not exist: not ours to judge
        }
        SysctlAssignment a;
        a.path = path;
        a.line = lineNumber;
        a.value = value.value_or(QString());
        a.ignoreFailure = ignoreFailure;
        a.fromGlob = glob;
        a.unsets = !value;
        for (SysctlKey k : keys) {
            SysctlAssignment forKey = a;
            if (value) {
                const KernelWrite w = write(k, *value);
                forKey.kernelValue = w.value;
                forKey.refusal = w.refusal;
            }
            m_result.assignments[k] << forKey;
        }
        for (SysctlKey k : keys) {
            const KernelWrite w = value ? write(k, *value) : KernelWrite{};
            if (value && !w.value)
                warn(path, lineNumber,
                     Tr::tr("the kernel refuses %1 = \"%2\": %3")
                         .arg(sysctlKeyInfo(k).name, value->left(40), w.refusal));
        }
        m_lines << Line{normalized, glob, value.has_value(), keys, a};
    }

    // Records the write of `line` to `key` and its outcome.
    void write(SysctlKey key, const Line &line)
    {
        SysctlAssignment a = line.assigned;
        const KernelWrite w = write(key, a.value);
        a.kernelValue = w.value;
        a.refusal = w.refusal;
        SysctlKeyTrace &t = m_result.keys[key];
        if (w.value) {
            t.source = a;
            t.value = w.value;
        } else {
            t.refused << a;
        }
    }

    void applySystemd()
    {
        // One entry per normalized key in an ordered map: a later line
        // replaces an earlier one and moves to the end, unless its value is
        // the same (the earlier entry stays where it is).
        QList<Line> map;
        for (const Line &line : std::as_const(m_lines)) {
            const auto existing = std::find_if(map.begin(), map.end(),
                                               [&](const Line &l) { return l.key == line.key; });
            if (existing != map.end()) {
                const bool same =
                    existing->hasValue == line.hasValue &&
                    (!line.hasValue || existing->assigned.value == line.assigned.value);
                if (same)
                    continue;
                map.erase(existing);
            }
            map << line;
        }
        QHash<SysctlKey, bool> explicitEntry;
        for (const Line &l : std::as_const(map)) {
            if (!l.glob) {
                for (SysctlKey k : l.keys) {
                    explicitEntry[k] = true;
                    if (!l.hasValue)
                        m_result.keys[k].unsetBy = l.assigned;
                }
            }
        }
        for (const Line &l : std::as_const(map)) {
            if (!l.hasValue)
                continue; // only there to keep globs away
            for (SysctlKey k : l.keys) {
                if (l.glob && explicitEntry.value(k))
                    continue; // "explicit setting exists"
                write(k, l);
            }
        }
    }

    void applyProcps()
    {
        for (const Line &l : std::as_const(m_lines)) {
            if (!l.hasValue)
                continue; // a glob exclusion
            for (SysctlKey k : l.keys) {
                if (l.glob) {
                    // settinglist_findpath(): any line naming the key's
                    // path, before or after, keeps the glob away.
                    const QString path = sysctlKeyInfo(k).procPath;
                    const bool named = std::any_of(m_lines.cbegin(), m_lines.cend(),
                                                   [&](const Line &o) { return o.key == path; });
                    if (named)
                        continue;
                }
                write(k, l);
            }
        }
    }

    void finish()
    {
        if (m_result.blocked) {
            // Nothing is applied at all; every line read loses.
            for (const SysctlKeyInfo &info : sysctlKeys()) {
                SysctlKeyTrace &t = m_result.keys[info.key];
                for (const SysctlAssignment &a : m_result.assignments.value(info.key)) {
                    if (!a.unsets)
                        t.overridden << a;
                }
            }
            return;
        }
        if (m_applier == SysctlApplier::Systemd)
            applySystemd();
        else
            applyProcps();
        for (const SysctlKeyInfo &info : sysctlKeys()) {
            SysctlKeyTrace &t = m_result.keys[info.key];
            for (const SysctlAssignment &a : m_result.assignments.value(info.key)) {
                if (a.unsets || (t.source && sameLine(a, *t.source)))
                    continue;
                const bool refused =
                    std::any_of(t.refused.cbegin(), t.refused.cend(),
                                [&](const SysctlAssignment &r) { return sameLine(a, r); });
                if (!refused)
                    t.overridden << a;
            }
        }
    }

    static bool sameLine(const SysctlAssignment &a, const SysctlAssignment &b)
    {
        return a.path == b.path && a.line == b.line;
    }

    // What the kernel does with `text`. A time up to INT_MAX / 10000 s (more
    // than two days) is accepted with any HZ the kernel can have, so the
    // kernel's HZ is read (from its configuration, once) only for a value
    // beyond that: almost never, and so not at every start-up.
    KernelWrite write(SysctlKey key, const QString &text)
    {
        const KernelWrite anyHz = kernelWriteResult(key, text, kHighestHz);
        if (anyHz.value)
            return anyHz;
        if (m_hz <= 0) {
            const auto kernel = readKernelHz();
            m_hz = kernel ? kernel->hz : kDefaultHz;
        }
        return kernelWriteResult(key, text, m_hz);
    }

    // The highest CONFIG_HZ the schedule model accepts.
    static constexpr int kHighestHz = 10000;

    QString m_root;
    SysctlApplier m_applier;
    int m_hz; // 0: not read yet
    QList<Line> m_lines;
    SysctlTraceResult m_result;
};

} // namespace

std::optional<SysctlAssignment> SysctlTraceResult::winner(SysctlKey key) const
{
    return keys.value(key).source;
}

QList<SysctlAssignment> SysctlTraceResult::overridden(SysctlKey key) const
{
    return keys.value(key).overridden;
}

QList<SysctlAssignment> SysctlTraceResult::assignmentsAfter(const QString &path,
                                                            SysctlKey key) const
{
    const QString name = QFileInfo(path).fileName();
    QList<SysctlAssignment> after;
    for (const SysctlAssignment &a : assignments.value(key)) {
        if (a.path == path || a.fromGlob)
            continue;
        const bool later = (applier == SysctlApplier::Procps && a.path == kSysctlConf) ||
                           (a.path != kSysctlConf && QFileInfo(a.path).fileName() > name);
        if (!later)
            continue;
        // systemd-sysctl keeps only the last line, refused or unset; procps
        // writes every line, so only an accepted one replaces ours.
        if (applier == SysctlApplier::Systemd || a.kernelValue)
            after << a;
    }
    return after;
}

SysctlTraceResult traceSysctlConfig(const QString &rootPrefix, std::optional<SysctlApplier> applier,
                                    int hz)
{
    return Tracer(rootPrefix, applier.value_or(detectSysctlApplier(rootPrefix)), hz).run();
}

} // namespace kt

#include "sysctl/SysctlTrace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace kt {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SysctlTrace", text);
}

// A configuration file found on disk: its name as the host sees it and where
// it really is (inside the fixture tree in tests).
struct ConfigFile
{
    QString hostPath;
    QString diskPath;
};

// Converts a key to the slash spelling the way systemd's sysctl_normalize()
// does: if the first separator is a '.', dots become slashes (and slashes
// dots, since a slash then belongs to a name such as an interface "eth0.1");
// if it is a '/', the key is taken as written.
QString normalizeKey(QString key)
{
    const qsizetype firstSep = key.indexOf(QRegularExpression(QStringLiteral("[./]")));
    if (firstSep < 0 || key.at(firstSep) == QLatin1Char('/'))
        return key;
    for (QChar &c : key) {
        if (c == QLatin1Char('.'))
            c = QLatin1Char('/');
        else if (c == QLatin1Char('/'))
            c = QLatin1Char('.');
    }
    return key;
}

bool isGlob(const QString &key)
{
    return key.contains(QLatin1Char('*')) || key.contains(QLatin1Char('?')) ||
           key.contains(QLatin1Char('['));
}

// The keep-alive keys a (normalized) configuration key assigns: one, all
// three through a glob such as net.ipv4.tcp_keepalive_*, or none.
QList<SysctlKey> matchingKeys(const QString &normalizedKey)
{
    QList<SysctlKey> keys;
    if (isGlob(normalizedKey)) {
        // systemd matches with fnmatch(FNM_PATHNAME): '*' stops at '/', as
        // Qt's default wildcard conversion does.
        const QRegularExpression glob(
            QRegularExpression::wildcardToRegularExpression(normalizedKey));
        for (const SysctlKeyInfo &info : sysctlKeys()) {
            if (glob.match(info.procPath).hasMatch())
                keys << info.key;
        }
        return keys;
    }
    for (const SysctlKeyInfo &info : sysctlKeys()) {
        if (normalizedKey == info.procPath)
            keys << info.key;
    }
    return keys;
}

QString hostPathJoin(const QString &dir, const QString &name)
{
    return dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
}

class Tracer
{
public:
    explicit Tracer(const QString &rootPrefix)
        : m_root(QDir::cleanPath(rootPrefix))
    {}

    SysctlTraceResult run()
    {
        // File name → the file that wins that name (first directory wins).
        QMap<QString, ConfigFile> byName;
        QMap<QString, QString> maskedNames; // name → the /dev/null link masking it
        for (const QString &dir : sysctlConfigDirectories())
            collectDirectory(dir, byName, maskedNames);

        // QMap iterates in file name order: the order systemd applies them.
        QStringList appliedCanonical;
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            m_result.appliedFiles << it->hostPath;
            appliedCanonical << QFileInfo(it->diskPath).canonicalFilePath();
            parseFile(*it);
        }

        // procps applies /etc/sysctl.conf after the directories. Debian links
        // /etc/sysctl.d/99-sysctl.conf to it; then it was read already.
        const ConfigFile sysctlConf{QStringLiteral("/etc/sysctl.conf"),
                                    diskPath(QStringLiteral("/etc/sysctl.conf"))};
        const QFileInfo confInfo(sysctlConf.diskPath);
        if (confInfo.exists() && !appliedCanonical.contains(confInfo.canonicalFilePath())) {
            m_result.appliedFiles << sysctlConf.hostPath;
            parseFile(sysctlConf);
        }
        return std::move(m_result);
    }

private:
    QString diskPath(const QString &hostPath) const
    {
        return m_root == QLatin1String("/") ? hostPath : m_root + hostPath;
    }

    void collectDirectory(const QString &hostDir, QMap<QString, ConfigFile> &byName,
                          QMap<QString, QString> &maskedNames)
    {
        const QDir dir(diskPath(hostDir));
        if (!dir.exists())
            return; // missing directories are normal
        const QFileInfoList entries = dir.entryInfoList(
            {QStringLiteral("*.conf")},
            QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            const QString name = entry.fileName();
            const QString hostPath = hostPathJoin(hostDir, name);
            if (maskedNames.contains(name)) {
                m_result.masked << MaskedFile{hostPath, maskedNames.value(name)};
                continue;
            }
            if (byName.contains(name)) {
                m_result.masked << MaskedFile{hostPath, byName.value(name).hostPath};
                continue;
            }
            if (entry.isSymLink() && entry.symLinkTarget() == QLatin1String("/dev/null")) {
                maskedNames.insert(name, hostPath);
                continue;
            }
            byName.insert(name, ConfigFile{hostPath, entry.filePath()});
        }
    }

    void warn(const QString &path, int line, const QString &message)
    {
        m_result.warnings << TraceWarning{path, line, message};
    }

    void parseFile(const ConfigFile &file)
    {
        QFile f(file.diskPath);
        if (!f.open(QIODevice::ReadOnly)) {
            warn(file.hostPath, 0, tr("cannot read the file: %1").arg(f.errorString()));
            return;
        }
        // sysctl.d files are short; a megabyte is far beyond any real one and
        // keeps a stray large file from stalling the trace.
        const QByteArray content = f.read(1 << 20);
        if (content.contains('\0')) {
            warn(file.hostPath, 0, tr("the file is binary, not text; it was skipped"));
            return;
        }
        const QList<QByteArray> lines = content.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            parseLine(file.hostPath, int(i + 1), QString::fromUtf8(lines.at(i)).trimmed());
    }

    void parseLine(const QString &path, int lineNumber, const QString &line)
    {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            return;
        // systemd's "!key" keeps every glob from setting the key and needs no
        // value; systemd refuses it for a glob.
        if (line.startsWith(QLatin1Char('!'))) {
            const QString key = line.mid(1).trimmed();
            if (isGlob(key)) {
                warn(path, lineNumber,
                     tr("\"!\" cannot exclude a glob (%1); systemd-sysctl ignores the line")
                         .arg(key));
                return;
            }
            for (SysctlKey k : matchingKeys(normalizeKey(key)))
                m_result.assignments[k]
                    << SysctlAssignment{path, lineNumber, {}, false, false, true};
            return;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0) {
            warn(path, lineNumber,
                 tr("not an assignment (expected key = value): \"%1\"").arg(line.left(80)));
            return;
        }
        QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        bool ignoreFailure = false;
        if (key.startsWith(QLatin1Char('-'))) {
            ignoreFailure = true;
            key.remove(0, 1);
        }
        if (key.isEmpty()) {
            warn(path, lineNumber, tr("the key before '=' is empty"));
            return;
        }
        const QList<SysctlKey> keys = matchingKeys(normalizeKey(key));
        if (keys.isEmpty())
            return; // another sysctl: not ours to judge
        bool numeric = false;
        value.toLongLong(&numeric);
        if (!numeric) {
            warn(path, lineNumber,
                 tr("%1 is set to \"%2\", which is not a whole number; the kernel refuses it")
                     .arg(key, value.left(40)));
        }
        const bool glob = isGlob(normalizeKey(key));
        for (SysctlKey k : keys)
            m_result.assignments[k]
                << SysctlAssignment{path, lineNumber, value, ignoreFailure, glob, false};
    }

    QString m_root;
    SysctlTraceResult m_result;
};

} // namespace

const QStringList &sysctlConfigDirectories()
{
    static const QStringList dirs{
        QStringLiteral("/etc/sysctl.d"),
        QStringLiteral("/run/sysctl.d"),
        QStringLiteral("/usr/local/lib/sysctl.d"),
        QStringLiteral("/usr/lib/sysctl.d"),
    };
    return dirs;
}

std::optional<SysctlAssignment> SysctlTraceResult::winner(SysctlKey key) const
{
    // systemd-sysctl keeps one entry per explicit key (a later line replaces
    // an earlier one, "!key" included) and applies a glob only to keys with
    // no explicit entry ("explicit setting exists" in apply_glob_option()).
    const QList<SysctlAssignment> all = assignments.value(key);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!it->fromGlob)
            return it->excludes ? std::nullopt : std::optional<SysctlAssignment>(*it);
    }
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->fromGlob)
            return *it;
    }
    return std::nullopt;
}

QList<SysctlAssignment> SysctlTraceResult::overridden(SysctlKey key) const
{
    const auto won = winner(key);
    QList<SysctlAssignment> others;
    for (const SysctlAssignment &a : assignments.value(key)) {
        if (!a.excludes && !(won && a == *won))
            others << a;
    }
    return others;
}

QList<SysctlAssignment> SysctlTraceResult::assignmentsAfter(const QString &path,
                                                            SysctlKey key) const
{
    // Where `path` would sort among the applied files: by file name, with
    // /etc/sysctl.conf always last.
    const QString name = QFileInfo(path).fileName();
    QList<SysctlAssignment> after;
    for (const SysctlAssignment &a : assignments.value(key)) {
        if (a.path == path || a.fromGlob)
            continue;
        const bool isSysctlConf = a.path == QLatin1String("/etc/sysctl.conf");
        if (isSysctlConf || QFileInfo(a.path).fileName() > name)
            after << a;
    }
    return after;
}

SysctlTraceResult traceSysctlConfig(const QString &rootPrefix)
{
    return Tracer(rootPrefix).run();
}

} // namespace kt

#include "advise/Cookbook.h"

#include "advise/CookbookGenerators.h"
#include "params/Format.h"
#include "schedule/Detection.h"
#include "schedule/Schedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kt::advise {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cookbook)
};

struct Entry
{
    CookbookTarget target;
    detail::Generator generate;
};

const QList<TargetOs> kLinuxOnly{TargetOs::Linux};
const QList<TargetOs> kEveryOs{TargetOs::Linux, TargetOs::MacOs, TargetOs::Windows};

// The table of targets: name, words, kind, systems, ranges, generator. The
// sources of each snippet's API names are cited beside its generator.
const QList<Entry> &entries()
{
    using K = CookbookKind;
    using C = ParamContext;
    static const QList<Entry> table{
        // host
        {{QStringLiteral("sysctl"), Tr::tr("sysctl -w"),
          Tr::tr("the host's values now, until the next reboot"), QStringLiteral("Shell"), K::Host,
          kLinuxOnly, C::Sysctl},
         &detail::sysctlSnippet},
        {{QStringLiteral("sysctl-d"), Tr::tr("sysctl.d drop-in"),
          Tr::tr("a file in /etc/sysctl.d that sets the host's values at every boot"),
          QStringLiteral("sysctl.d"), K::Host, kLinuxOnly, C::Sysctl},
         &detail::sysctlDropInSnippet},
        {{QStringLiteral("keepalivectl-set"), Tr::tr("keepalivectl set"),
          Tr::tr("the host's values through this program's helper, now or kept after reboot"),
          QStringLiteral("Shell"), K::Host, kLinuxOnly, C::Sysctl},
         &detail::keepalivectlSetSnippet},
        // socket code
        {{QStringLiteral("c"), Tr::tr("C"),
          Tr::tr("int set_keepalive(int fd): setsockopt on Linux and macOS, SIO_KEEPALIVE_VALS on "
                 "Windows"),
          QStringLiteral("C"), K::Code, kEveryOs, C::Socket},
         &detail::cSnippet},
        {{QStringLiteral("python"), Tr::tr("Python"),
          Tr::tr("def set_keepalive(sock): sets the options, reads them back, raises if the kernel "
                 "disagrees"),
          QStringLiteral("Python"), K::Code, kEveryOs, C::Socket},
         &detail::pythonSnippet},
        {{QStringLiteral("go"), Tr::tr("Go"),
          Tr::tr("net.KeepAliveConfig (Go 1.23+), RawConn.Control for the user timeout"),
          QStringLiteral("Go"), K::Code, kEveryOs, C::Socket},
         &detail::goSnippet},
        {{QStringLiteral("java"), Tr::tr("Java"), Tr::tr("jdk.net.ExtendedSocketOptions (JDK 11+)"),
          QStringLiteral("Java"), K::Code, kEveryOs, C::Socket},
         &detail::javaSnippet},
        {{QStringLiteral("rust"), Tr::tr("Rust"), Tr::tr("socket2's TcpKeepalive and SockRef"),
          QStringLiteral("Rust"), K::Code, kEveryOs, C::Socket},
         &detail::rustSnippet},
        {{QStringLiteral("node"), Tr::tr("Node.js"),
          Tr::tr("socket.setKeepAlive: idle only, Node fixes interval and count"),
          QStringLiteral("JavaScript"), K::Code, kEveryOs, C::Socket},
         &detail::nodeSnippet},
        {{QStringLiteral("dotnet"), Tr::tr(".NET"),
          Tr::tr("Socket.SetSocketOption with TcpKeepAliveTime & co. (.NET Core 3.0+)"),
          QStringLiteral("C#"), K::Code, kEveryOs, C::Socket},
         &detail::dotnetSnippet},
        {{QStringLiteral("libcurl"), Tr::tr("libcurl"),
          Tr::tr("CURLOPT_TCP_KEEPALIVE, CURLOPT_TCP_KEEPIDLE & co."), QStringLiteral("C"), K::Code,
          kEveryOs, C::Socket},
         &detail::libcurlSnippet},
        {{QStringLiteral("curl"), Tr::tr("curl"),
          Tr::tr("the curl command: --keepalive-time sets idle and interval together"),
          QStringLiteral("Shell"), K::Code, kEveryOs, C::Socket},
         &detail::curlSnippet},
        // servers and clients
        {{QStringLiteral("postgresql"), Tr::tr("PostgreSQL server"),
          Tr::tr("postgresql.conf: tcp_keepalives_* and tcp_user_timeout"),
          QStringLiteral("postgresql.conf"), K::Servers, kLinuxOnly, C::Socket},
         &detail::postgresqlSnippet},
        {{QStringLiteral("libpq"), Tr::tr("libpq connection"),
          Tr::tr(
              "keepalives_* and tcp_user_timeout connection parameters (psql and libpq clients)"),
          QStringLiteral("pg_service.conf"), K::Servers, kLinuxOnly, C::Socket},
         &detail::libpqSnippet},
        {{QStringLiteral("mariadb"), Tr::tr("MariaDB server"),
          Tr::tr("tcp_keepalive_time, tcp_keepalive_interval, tcp_keepalive_probes"),
          QStringLiteral("my.cnf"), K::Servers, kLinuxOnly, C::Socket},
         &detail::mariadbSnippet},
        {{QStringLiteral("redis"), Tr::tr("Redis"),
          Tr::tr("tcp-keepalive: one number, interval and count derived"),
          QStringLiteral("redis.conf"), K::Servers, kLinuxOnly, C::Socket},
         &detail::redisSnippet},
        {{QStringLiteral("nginx"), Tr::tr("nginx"), Tr::tr("listen … so_keepalive=IDLE:INTVL:CNT"),
          QStringLiteral("nginx"), K::Servers, kLinuxOnly, C::Socket},
         &detail::nginxSnippet},
        {{QStringLiteral("haproxy"), Tr::tr("HAProxy"),
          Tr::tr("option clitcpka / srvtcpka with clitcpka-* and srvtcpka-*"),
          QStringLiteral("HAProxy"), K::Servers, kLinuxOnly, C::Socket},
         &detail::haproxySnippet},
        {{QStringLiteral("systemd-socket"), Tr::tr("systemd .socket unit"),
          Tr::tr("KeepAlive=, KeepAliveTimeSec=, KeepAliveIntervalSec=, KeepAliveProbes="),
          QStringLiteral("systemd unit"), K::Servers, kLinuxOnly, C::Socket},
         &detail::systemdSocketSnippet},
        {{QStringLiteral("openssh"), Tr::tr("OpenSSH"),
          Tr::tr("ServerAliveInterval / ClientAliveInterval, and TCPKeepAlive"),
          QStringLiteral("ssh_config"), K::Servers, kLinuxOnly, C::Socket},
         &detail::opensshSnippet},
    };
    return table;
}

// Comments of the snippet's own language, wrapped to fit a narrow editor.
QString commentBlock(const QStringList &paragraphs, detail::CommentStyle style)
{
    constexpr int kWidth = 76;
    QStringList lines;
    for (const QString &paragraph : paragraphs) {
        // A number keeps its unit on its line: "1 min 50 s", never "1 min 50" and "s".
        QStringList words;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            static const QRegularExpression unit(QStringLiteral("^(s|ms|min|h)[.,;:)]*$"));
            static const QRegularExpression number(QStringLiteral("^\\d"));
            static const QRegularExpression bigUnit(QStringLiteral("\\d\u00a0(min|h)$"));
            // "1 min 50 s" stays whole too.
            if (!words.isEmpty() &&
                ((words.constLast().back().isDigit() && unit.match(word).hasMatch()) ||
                 (bigUnit.match(words.constLast()).hasMatch() && number.match(word).hasMatch())))
                words.last() += QChar(QChar::Nbsp) + word;
            else
                words << word;
        }
        QString line;
        for (const QString &word : std::as_const(words)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > kWidth) {
                lines << line;
                line.clear();
            }
            line += line.isEmpty() ? word : QLatin1Char(' ') + word;
        }
        if (!line.isEmpty())
            lines << line;
    }
    for (QString &line : lines)
        line.replace(QChar(QChar::Nbsp), QLatin1Char(' '));
    QString text;
    switch (style) {
    case detail::CommentStyle::Hash:
    case detail::CommentStyle::Slash: {
        const QString prefix =
            style == detail::CommentStyle::Hash ? QStringLiteral("# ") : QStringLiteral("// ");
        for (const QString &line : lines)
            text += prefix + line + QLatin1Char('\n');
        break;
    }
    case detail::CommentStyle::CBlock:
        text = QStringLiteral("/*\n");
        for (const QString &line : lines)
            text += QStringLiteral(" * ") + line + QLatin1Char('\n');
        text += QStringLiteral(" */\n");
        break;
    }
    return text;
}

} // namespace

QString cookbookKindName(CookbookKind kind)
{
    switch (kind) {
    case CookbookKind::Host:
        return QStringLiteral("host");
    case CookbookKind::Code:
        return QStringLiteral("code");
    case CookbookKind::Servers:
        return QStringLiteral("servers");
    }
    return {};
}

QString cookbookKindLabel(CookbookKind kind)
{
    switch (kind) {
    case CookbookKind::Host:
        return Tr::tr("Host");
    case CookbookKind::Code:
        return Tr::tr("Socket code");
    case CookbookKind::Servers:
        return Tr::tr("Servers and clients");
    }
    return {};
}

QString targetOsName(TargetOs os)
{
    switch (os) {
    case TargetOs::Linux:
        return QStringLiteral("linux");
    case TargetOs::MacOs:
        return QStringLiteral("macos");
    case TargetOs::Windows:
        return QStringLiteral("windows");
    }
    return {};
}

QString targetOsLabel(TargetOs os)
{
    switch (os) {
    case TargetOs::Linux:
        return QStringLiteral("Linux");
    case TargetOs::MacOs:
        return QStringLiteral("macOS");
    case TargetOs::Windows:
        return QStringLiteral("Windows");
    }
    return {};
}

std::optional<TargetOs> targetOsFromName(const QString &name)
{
    for (TargetOs os : kEveryOs) {
        if (targetOsName(os) == name)
            return os;
    }
    return std::nullopt;
}

const QList<CookbookTarget> &cookbookTargets()
{
    static const QList<CookbookTarget> targets = [] {
        QList<CookbookTarget> list;
        for (const Entry &e : entries())
            list << e.target;
        return list;
    }();
    return targets;
}

const CookbookTarget *findCookbookTarget(const QString &name)
{
    for (const CookbookTarget &t : cookbookTargets()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QString cookbookTargetNameList()
{
    QStringList names;
    for (const CookbookTarget &t : cookbookTargets())
        names << t.name;
    return names.join(QStringLiteral(", "));
}

std::optional<ParamError> validateCookbookValues(const CookbookTarget &target,
                                                 const CookbookInput &input)
{
    KeepaliveParams p = input.params;
    p.userTimeoutMs = input.userTimeoutMs.value_or(0);
    return validateParams(p, target.context);
}

std::optional<QString> validateCookbookOs(const CookbookTarget &target, TargetOs os)
{
    if (target.oses.contains(os))
        return std::nullopt;
    QStringList names;
    for (TargetOs o : target.oses)
        names << targetOsName(o);
    return Tr::tr("%1 has no %2 form; its choices: %3")
        .arg(target.name, targetOsName(os), names.join(QStringLiteral(", ")));
}

std::optional<Snippet> generateSnippet(const QString &name, const CookbookInput &input,
                                       QString *error)
{
    const auto refuse = [error](const QString &message) -> std::optional<Snippet> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const Entry *entry = nullptr;
    for (const Entry &e : entries()) {
        if (e.target.name == name)
            entry = &e;
    }
    if (!entry)
        return refuse(Tr::tr("unknown target \"%1\"; the targets are %2")
                          .arg(name.left(40), cookbookTargetNameList()));
    if (const auto wrongOs = validateCookbookOs(entry->target, input.os))
        return refuse(*wrongOs);
    if (const auto invalid = validateCookbookValues(entry->target, input))
        return refuse(invalid->message);

    const detail::Draft draft = entry->generate(input);
    KeepaliveParams asked = input.params;
    asked.userTimeoutMs = input.userTimeoutMs.value_or(0);

    Snippet snippet;
    snippet.target = entry->target.name;
    snippet.language = entry->target.language;
    if (draft.modelled)
        snippet.effective = draft.effective.value_or(asked);

    QString heading = entry->target.title;
    if (entry->target.oses.size() > 1)
        heading += QStringLiteral(" (%1)").arg(targetOsLabel(input.os));
    heading = asSentence(Tr::tr("%1: %2").arg(heading, describeValues(asked)));
    if (snippet.effective) {
        ScheduleInput model;
        model.params = *snippet.effective;
        QString sentence = describeDetection(model);
        if (*snippet.effective != asked) {
            sentence[0] = sentence.at(0).toLower();
            sentence = Tr::tr("With the values this target really applies (%1), %2")
                           .arg(describeValues(*snippet.effective), sentence);
        }
        sentence = asSentence(sentence);
        snippet.notes << sentence;
        if (!validateScheduleInput(model))
            snippet.notes << computeSchedule(model).notes;
    }
    snippet.notes << draft.notes;
    snippet.text = commentBlock(QStringList{heading} + snippet.notes, draft.comments) +
                   QLatin1Char('\n') + draft.body;
    if (!snippet.text.endsWith(QLatin1Char('\n')))
        snippet.text += QLatin1Char('\n');
    return snippet;
}

namespace detail {

QString num(qint64 value)
{
    return QString::number(value);
}

std::optional<QString> userTimeoutNotSet(const CookbookInput &in, const QString &why)
{
    if (!in.userTimeoutMs)
        return std::nullopt;
    return Tr::tr("The user timeout (%1 ms) is not set: %2").arg(num(*in.userTimeoutMs), why);
}

KeepaliveParams withoutUserTimeout(const CookbookInput &in)
{
    KeepaliveParams p = in.params;
    p.userTimeoutMs = 0;
    return p;
}

} // namespace detail

} // namespace kt::advise

// The cookbook's host targets: the three keep-alive sysctls, now or at boot.
#include "advise/CookbookGenerators.h"
#include "params/KernelLimits.h"

#include <QCoreApplication>

namespace kt::advise::detail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cookbook)
};

QString key(int index)
{
    const std::string_view name = limits::kSysctls[size_t(index)].name;
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

// KEY=VALUE for the three keys, in the kernel's order (time, intvl, probes).
QStringList assignments(const CookbookInput &in, const QString &separator)
{
    const qint64 values[] = {in.params.idleS, in.params.intervalS, in.params.count};
    QStringList out;
    for (int i = 0; i < 3; ++i)
        out << key(i) + separator + num(values[i]);
    return out;
}

QStringList hostNotes(const CookbookInput &in)
{
    QStringList notes;
    notes << Tr::tr("These are the defaults for every socket that turns keep-alive on "
                    "(SO_KEEPALIVE) without setting its own values; a program can override each "
                    "one per socket. They belong to the network namespace: a container has its "
                    "own.");
    if (const auto ut = userTimeoutNotSet(in, Tr::tr("TCP_USER_TIMEOUT has no host-wide sysctl; "
                                                     "set it per socket (keepalivectl code c, "
                                                     "python, …).")))
        notes << *ut;
    return notes;
}

} // namespace

// sysctl(8) from procps: "-w" takes KEY=VALUE with no spaces around "=" (a
// space would make "=" and the value arguments of their own). Keys as in
// Linux net/ipv4/sysctl_net_ipv4.c (params/KernelLimits.h).
Draft sysctlSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    d.notes << Tr::tr("Run as root (for example with sudo). The values last until the next reboot; "
                      "the sysctl-d target keeps them.");
    d.notes << hostNotes(in);
    d.body = QStringLiteral("sysctl -w ") +
             assignments(in, QStringLiteral("=")).join(QLatin1Char(' ')) + QLatin1Char('\n');
    d.effective = withoutUserTimeout(in);
    return d;
}

// sysctl.d(5): "KEY = VALUE" lines, "#" comments; files in /etc/sysctl.d are
// read at boot by systemd-sysctl (or `sysctl --system`) in lexical order of
// their names, and a later file's line for a key wins.
Draft sysctlDropInSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    const QString path = QStringLiteral("/etc/sysctl.d/80-tcp-keepalive.conf");
    d.notes << Tr::tr("Save as %1. Read at every boot by systemd-sysctl (or sysctl --system); "
                      "apply it now with: sysctl -p %1")
                   .arg(path);
    d.notes << Tr::tr("A file read later wins for the same key: a name that sorts after this one, "
                      "or /etc/sysctl.conf with procps.");
    d.notes << hostNotes(in);
    d.body = assignments(in, QStringLiteral(" = ")).join(QLatin1Char('\n')) + QLatin1Char('\n');
    d.effective = withoutUserTimeout(in);
    return d;
}

// keepalivectl set (app/cli/SetCommand.cpp): KEY=VALUE arguments, the same
// keys; --persist writes the helper's own drop-in.
Draft keepalivectlSetSnippet(const CookbookInput &in)
{
    Draft d;
    d.comments = CommentStyle::Hash;
    d.notes << Tr::tr("keepalivectl asks for an administrator password (polkit) unless run as "
                      "root, and reads the values back from the kernel. Add --persist to keep them "
                      "after reboot.");
    d.notes << hostNotes(in);
    d.body = QStringLiteral("keepalivectl set ") +
             assignments(in, QStringLiteral("=")).join(QLatin1Char(' ')) + QLatin1Char('\n');
    d.effective = withoutUserTimeout(in);
    return d;
}

} // namespace kt::advise::detail

#pragma once

#include "params/KeepaliveParams.h"
#include "params/Validation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The cookbook: for chosen keep-alive values, a correct snippet to paste for
// each place they can be applied — the host's sysctls, a program's own
// socket code, a server's configuration. Pure: text from values, no I/O.
// keepalivectl code and the Cookbook panel both call generateSnippet(), so
// the GUI and the CLI show the same text.
//
// Every API name and unit comes from the project's FACTS.md table of sources;
// each generator names its source in a comment beside it. Where a target
// cannot express a value, the snippet says so in its own comments and states
// what happens instead, with the schedule model's sentence for the values the
// target really applies.
namespace kt::advise {

enum class CookbookKind
{
    Host,    // the host's sysctls
    Code,    // a program's own socket code
    Servers, // a server's or client program's configuration
};

// "host", "code", "servers": stable names for JSON and --list.
QString cookbookKindName(CookbookKind kind);
// "Host", "Socket code", "Servers and clients": words for the GUI.
QString cookbookKindLabel(CookbookKind kind);

// The operating system a code snippet is written for.
enum class TargetOs
{
    Linux,
    MacOs,
    Windows,
};

// "linux", "macos", "windows".
QString targetOsName(TargetOs os);
// "Linux", "macOS", "Windows".
QString targetOsLabel(TargetOs os);
std::optional<TargetOs> targetOsFromName(const QString &name);

struct CookbookTarget
{
    QString name;     // stable kebab-case: "sysctl-d", "systemd-socket"
    QString title;    // "sysctl.d drop-in", "systemd .socket unit"
    QString summary;  // one line for --list and the picker's tooltip
    QString language; // for display: "C", "Python", "Shell", "nginx"
    CookbookKind kind = CookbookKind::Host;
    // The systems it has a form for; the first is the default. Only socket
    // code has more than one.
    QList<TargetOs> oses;
    // Whose ranges the values must lie in: the host's sysctls, or one
    // socket's options (servers set them per socket too).
    ParamContext context = ParamContext::Socket;
};

// Every target, grouped by kind (host, code, servers), in a stable order.
const QList<CookbookTarget> &cookbookTargets();
const CookbookTarget *findCookbookTarget(const QString &name);
// "sysctl, sysctl-d, keepalivectl-set, c, …": for messages listing choices.
QString cookbookTargetNameList();

struct CookbookInput
{
    // Idle, interval and count; params.userTimeoutMs is not read (the user
    // timeout is optional here, and 0 is a value of its own: "set it to 0").
    KeepaliveParams params;
    // TCP_USER_TIMEOUT in milliseconds; nothing: the snippet does not set it.
    std::optional<int> userTimeoutMs;
    TargetOs os = TargetOs::Linux;

    friend bool operator==(const CookbookInput &, const CookbookInput &) = default;
};

// The values outside the target's ranges (validateParams in its context), or
// nothing.
std::optional<ParamError> validateCookbookValues(const CookbookTarget &target,
                                                 const CookbookInput &input);
// "redis has no windows form; its choices: linux", or nothing.
std::optional<QString> validateCookbookOs(const CookbookTarget &target, TargetOs os);

struct Snippet
{
    QString target;   // CookbookTarget::name
    QString language; // CookbookTarget::language
    // Ready to paste, self-contained: the notes as comments of its own
    // language at the top, then imports or includes, then the code.
    QString text;
    // The same notes as sentences, for a page to show beside the snippet.
    QStringList notes;
    // What the target really applies where it cannot express the values
    // asked for (Node.js's fixed interval, Redis's derived one); equal to the
    // input's values otherwise. Nothing when keep-alive is not what decides
    // (OpenSSH's own messages).
    std::optional<KeepaliveParams> effective;
};

// The snippet for `target` (a CookbookTarget::name), or nothing and the
// reason in `error`: an unknown target, a value out of range, an OS the
// target has no form for.
std::optional<Snippet> generateSnippet(const QString &target, const CookbookInput &input,
                                       QString *error = nullptr);

} // namespace kt::advise

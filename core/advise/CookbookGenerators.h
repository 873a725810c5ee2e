#pragma once

// The cookbook's generators, one function per target, grouped by kind in
// CookbookHost.cpp, CookbookCode.cpp, CookbookClients.cpp and
// CookbookServers.cpp. Cookbook.cpp validates the input, picks the generator
// and puts the notes at the top of the text as comments.

#include "advise/Cookbook.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kt::advise::detail {

// How the snippet's language writes a comment.
enum class CommentStyle
{
    Hash,   // # …  (shell, Python, configuration files)
    Slash,  // // … (Go, Java, Rust, JavaScript, C#)
    CBlock, // /* … */ (C)
};

// What a generator returns: the notes (sentences, commented by Cookbook.cpp)
// and the code below them.
struct Draft
{
    CommentStyle comments = CommentStyle::Hash;
    QStringList notes;
    QString body;
    // See Snippet::effective. Generators that apply the values as asked
    // leave the default: the input's values with its user timeout.
    bool modelled = true;
    std::optional<KeepaliveParams> effective; // nothing: the input's values
};

using Generator = Draft (*)(const CookbookInput &);

// host (CookbookHost.cpp)
Draft sysctlSnippet(const CookbookInput &in);
Draft sysctlDropInSnippet(const CookbookInput &in);
Draft keepalivectlSetSnippet(const CookbookInput &in);
// socket code (CookbookCode.cpp)
Draft cSnippet(const CookbookInput &in);
Draft pythonSnippet(const CookbookInput &in);
Draft goSnippet(const CookbookInput &in);
Draft javaSnippet(const CookbookInput &in);
Draft rustSnippet(const CookbookInput &in);
// socket code that cannot say everything (CookbookClients.cpp)
Draft nodeSnippet(const CookbookInput &in);
Draft dotnetSnippet(const CookbookInput &in);
Draft libcurlSnippet(const CookbookInput &in);
Draft curlSnippet(const CookbookInput &in);
// servers and clients (CookbookServers.cpp)
Draft postgresqlSnippet(const CookbookInput &in);
Draft libpqSnippet(const CookbookInput &in);
Draft mariadbSnippet(const CookbookInput &in);
Draft redisSnippet(const CookbookInput &in);
Draft nginxSnippet(const CookbookInput &in);
Draft haproxySnippet(const CookbookInput &in);
Draft systemdSocketSnippet(const CookbookInput &in);
Draft opensshSnippet(const CookbookInput &in);

// Shared wording.
QString num(qint64 value);
// "The user timeout (90000 ms) is not set: TEXT" when one was asked for,
// else nothing: for targets that have no TCP_USER_TIMEOUT.
std::optional<QString> userTimeoutNotSet(const CookbookInput &in, const QString &why);
// The input's values with no user timeout: what a target without one applies.
KeepaliveParams withoutUserTimeout(const CookbookInput &in);

} // namespace kt::advise::detail

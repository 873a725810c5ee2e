#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kt::advise {

// Where a middlebox runs: how the Advisor page groups the presets.
enum class MiddleboxGroup
{
    Cloud,     // a cloud provider's managed load balancer, NAT or firewall
    OnPremises // something you run yourself: a Linux box, a router, a firewall
};

// A middlebox that forgets idle flows, as its vendor documents it. The one
// table of these (middleboxPresets()) is what the Advisor, keepalivectl
// advise and the GUI show; every row names its source (FACTS.md).
struct MiddleboxPreset
{
    QString name;  // stable kebab-case: "aws-nlb"
    QString label; // "AWS Network Load Balancer (TCP listener)"
    MiddleboxGroup group = MiddleboxGroup::Cloud;
    double defaultTimeoutS = 0;
    // Whether the vendor lets the timeout be changed, and the range in
    // seconds where the documentation gives one.
    bool configurable = false;
    std::optional<double> minTimeoutS;
    std::optional<double> maxTimeoutS;
    // The range and the setting in words: "60–6000 s (tcp.idle_timeout.seconds)".
    QString configurableText;
    // A box that tracks the L4 flow sees a probe and its ACK as traffic; a
    // proxy that terminates TCP counts only application data.
    bool refreshedByKeepalive = true;
    // What keeps the flow alive when keep-alive does not (empty otherwise).
    QString instead;
    // What the box does when it forgets, and other behaviour worth knowing.
    QString notes;
    QString source;

    friend bool operator==(const MiddleboxPreset &, const MiddleboxPreset &) = default;

    bool acceptsTimeout(double timeoutS) const;
    // "can be set between 60 and 6000 s", for a refusal.
    QString rangeText() const;
};

// Every preset, cloud first, in a stable order.
const QList<MiddleboxPreset> &middleboxPresets();

// The preset with this name; nothing, and "unknown middlebox "x"; valid
// names: aws-nlb, …" in `error`, when there is none.
std::optional<MiddleboxPreset> findMiddlebox(const QString &name, QString *error = nullptr);

// "aws-nlb, aws-gwlb, …": every valid name, for messages and --help.
QString middleboxNameList();

// A middlebox timeout as vendors give it, with the duration beside it when
// longer than a minute: "350 s (5 min 50 s)", "60 s".
QString formatTimeout(double seconds);

// "Cloud", "Self-run and on-premises".
QString middleboxGroupLabel(MiddleboxGroup group);

// The timeouts a custom middlebox may have (whole seconds): from 1 s to the
// longest any preset allows (Cisco ASA's 1193 h).
inline constexpr long long kMinMiddleboxTimeoutS = 1;
inline constexpr long long kMaxMiddleboxTimeoutS = 1193LL * 3600;

} // namespace kt::advise

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdviseCommand</name>
    <message>
        <location filename="../../app/cli/AdviseCommand.cpp" line="+99"/>
        <source>%1:</source>
        <comment>a group of middleboxes as a heading</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refreshed by keep-alive</source>
        <translation>保活可刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT refreshed by keep-alive</source>
        <translation>保活无法刷新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>configurable:</source>
        <translation>可配置：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, forgets idle flows after %2</source>
        <translation>%1，空闲 %2 后遗忘连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dead peer noticed within %1</source>
        <translation>在 %1 内发现失效的对端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: %1; HZ %2 (%3).</source>
        <translation>目标：%1；HZ %2（%3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommended values:</source>
        <translation>建议值：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interval</source>
        <translation>探测间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>探测次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user timeout</source>
        <translation>用户超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows:</source>
        <comment>the time windows of the recommended values</comment>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep-alive cannot help here:</source>
        <translation>保活在此无能为力：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source of the timeout:</source>
        <translation>空闲超时的来源：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommend keep-alive values that keep a flow through a middlebox that forgets idle flows, and notice a dead peer within a deadline. Every figure comes from the schedule model, the timer wheel&apos;s lateness included.</source>
        <translation>给出建议的保活值：让连接穿过会遗忘空闲连接的中间设备而不被遗忘，并在时限内发现失效的对端。每个数值都来自探测时间表模型，已计入时间轮造成的延迟。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A middlebox preset (see --list-middleboxes): %1.</source>
        <translation>中间设备预设（见 --list-middleboxes）：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instead of a preset: a middlebox that forgets idle flows after S seconds (refreshed by keep-alive).</source>
        <translation>不使用预设：一个空闲 S 秒后遗忘连接的中间设备（保活可刷新）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A silently dead peer must be noticed within S seconds.</source>
        <translation>必须在 S 秒内发现悄然失效的对端。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this probe count.</source>
        <translation>固定使用此探测次数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this interval between probes.</source>
        <translation>固定使用此探测间隔。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the middlebox presets with their timeouts and sources.</source>
        <translation>列出中间设备预设及其空闲超时和来源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>advise takes no arguments, got &quot;%1&quot; (see &apos;keepalivectl advise --help&apos;)</source>
        <translation>advise 不接受参数，实际为“%1”（参见“keepalivectl advise --help”）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--list-middleboxes takes no other option than --json; got --%1</source>
        <translation>--list-middleboxes 只能与 --json 一起使用；实际还指定了 --%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give --middlebox or --middlebox-timeout, not both</source>
        <translation>请指定 --middlebox 或 --middlebox-timeout，不能同时指定两者</translation>
    </message>
</context>
<context>
    <name>Advisor</name>
    <message>
        <location filename="../../core/advise/Advisor.cpp" line="+154"/>
        <source>1 probe</source>
        <translation>1 个探测包</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n probes</source>
        <translation>
            <numerusform>%n 个探测包</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep-alive cannot keep connections open through %1: send application data at least every %2.</source>
        <translation>保活无法让经过 %1 的连接保持打开：请至少每 %2 发送一次应用数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the flow outlives %2 and a dead peer is noticed within %3.</source>
        <translation>%1：连接不会被“%2”遗忘，且在 %3 内发现失效的对端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a dead peer is noticed within %2.</source>
        <translation>%1：在 %2 内发现失效的对端。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from %1 to %2 after the last packet</source>
        <translation>最后一个数据包之后 %1 到 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; the box forgets at %2</source>
        <translation>%1；中间设备在 %2 时遗忘该连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next probe</source>
        <translation>下一个探测包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; the deadline is %2</source>
        <translation>%1；时限为 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead peer given up</source>
        <translation>放弃失效的对端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data in flight</source>
        <translation>在途数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given up at the latest %1</source>
        <translation>最晚在 %1 时放弃连接</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a %1 s middlebox</source>
        <translation>空闲超时为 %1 s 的中间设备</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HZ must be between 10 and 10000 (usually 100, 250, 300 or 1000); got %1</source>
        <translation>HZ 必须在 10 到 10000 之间（通常为 100、250、300 或 1000）；实际为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the middlebox timeout must be %1; got %2</source>
        <translation>中间设备的空闲超时必须在 %1；实际为 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1&apos;s timeout %2; got %3</source>
        <translation>%1 的空闲超时%2；实际为 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the deadline must be %1; got %2</source>
        <translation>时限必须在 %1；实际为 %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No keep-alive values keep a flow through %1: even with idle 1 s and interval %2 s the next probe may leave as late as %3 after the last packet, and it must leave %4 (the safety margin) before the box forgets the flow at %5.</source>
        <translation>没有任何保活值能让连接在“%1”中存活：即使空闲时间为 1 s、探测间隔为 %2 s，下一个探测包也可能迟至最后一个数据包之后 %3 才发出，而它必须比中间设备在 %5 遗忘该连接早至少 %4（安全余量）发出。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keep-alive values notice a dead peer within %1: the earliest abort is one interval after the first probe (the kernel gives up only at a keep-alive timer with a probe unanswered), so with idle 1 s and interval %2 s it comes at %3, and at the latest %4 with the timer wheel&apos;s lateness at %5 Hz.</source>
        <translation>没有任何保活值能在 %1 内发现失效的对端：最早的中止也在第一个探测包之后一个探测间隔（内核只在有探测包未应答时、于保活定时器触发时放弃连接），因此即使空闲时间为 1 s、探测间隔为 %2 s，中止也发生在 %3；计入 %5 Hz 下时间轮的延迟，最晚在 %4。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Keep-alive does not change when %1 forgets a flow, and no deadline was given: these are the kernel&apos;s defaults%2.</source>
        <translation>保活不会改变“%1”遗忘连接的时间，且未指定时限：这些是内核默认值%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source> with the values you fixed</source>
        <translation>，以及您固定的值</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nothing to tune for: give a middlebox or a deadline. These are the kernel&apos;s defaults%1.</source>
        <translation>没有调优目标：请指定中间设备或时限。这些是内核默认值%1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Idle %1 s is the longest a socket accepts (TCP_KEEPIDLE); %2 keeps idle flows for %3, so the probes need not come sooner: with a live peer the next probe leaves at the latest %4 after the last packet.</source>
        <translation>空闲时间 %1 s 是套接字可接受的最大值（TCP_KEEPIDLE）；%2 会将空闲连接保留 %3，因此探测包无需更早发出：对端存活时，下一个探测包最晚在最后一个数据包之后 %4 发出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle %1 s is the largest that is safe for %2, which forgets a flow after %3, and the largest idle sends the fewest probes: with a live peer the next probe leaves at the latest %4 after the flow&apos;s last packet (the kernel&apos;s timer wheel may fire %5 late at %6 Hz), at least %7 before the box forgets (the margin: 1 % of the timeout, at least 2 s, for the trip across the network and the box&apos;s own coarse timer).</source>
        <translation>空闲时间 %1 s 是对“%2”（空闲 %3 后遗忘连接）安全的最大值，而空闲时间越大，发送的探测包越少：对端存活时，下一个探测包最晚在该连接最后一个数据包之后 %4 发出（在 %6 Hz 下，内核的时间轮可能晚 %5 触发），比中间设备遗忘该连接至少早 %7（余量：空闲超时的 1%，至少 2 s，用于覆盖穿越网络的时间和中间设备自身粗粒度的定时器）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Idle %1 s is the largest that still meets the deadline with these probes, and the largest idle sends the fewest probes to a live peer. It is safe for %2, which forgets a flow after %3: the next probe leaves at the latest %4 after the flow&apos;s last packet, %5 before the box forgets.</source>
        <translation>空闲时间 %1 s 是在这些探测包下仍能满足时限的最大值，而空闲时间越大，发给存活对端的探测包越少。它对“%2”（空闲 %3 后遗忘连接）是安全的：下一个探测包最晚在该连接最后一个数据包之后 %4 发出，比中间设备遗忘该连接早 %5。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Idle %1 s, just below the timeout, is not safe: at that idle time the timer wheel may send the first probe up to %2 late, at %3, after the box has forgotten the flow at %4.</source>
        <translation>空闲时间 %1 s 虽略低于空闲超时，却不安全：在此空闲时间下，时间轮可能使第一个探测包最多晚 %2，到 %3 才发出，而中间设备已在 %4 遗忘该连接。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle %1 s, just below the timeout, is not safe: at that idle time the timer wheel may send the first probe up to %2 late, at %3, only %4 before the box forgets the flow at %5, less than the %6 margin.</source>
        <translation>空闲时间 %1 s 虽略低于空闲超时，却不安全：在此空闲时间下，时间轮可能使第一个探测包最多晚 %2，到 %3 才发出，仅比中间设备在 %5 遗忘该连接早 %4，小于 %6 的余量。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Idle %1 s is the largest that still meets the deadline with these probes, and the largest idle sends the fewest probes to a live peer.</source>
        <translation>空闲时间 %1 s 是在这些探测包下仍能满足时限的最大值，而空闲时间越大，发给存活对端的探测包越少。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With the count fixed at %1 and the interval at %2 s the last probe would come after the deadline. TCP_USER_TIMEOUT %3 ms makes the deadline reachable: the kernel then ignores the count and gives up at the first keep-alive timer after the user timeout with a probe unanswered, here after %4.</source>
        <translation>探测次数固定为 %1、探测间隔为 %2 s 时，最后一个探测包会晚于时限。设置 TCP_USER_TIMEOUT（用户超时）%3 ms 可满足时限：此时内核忽略探测次数，在超过用户超时后、有探测包未应答的第一次保活定时器触发时放弃连接，此处即发出 %4 之后。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A silently dead peer gets %1, %2 s apart%3, and is given up after %4, at the latest %5: within the %6 deadline.</source>
        <translation>向悄然失效的对端发送 %1，每隔 %2 s 一个%3，连接在 %4 后被放弃，最晚在 %5：在 %6 的时限之内。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (as you fixed them)</source>
        <translation>（均按您的固定值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the count as you fixed it)</source>
        <translation>（探测次数按您的固定值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the interval as you fixed it)</source>
        <translation>（探测间隔按您的固定值）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP_USER_TIMEOUT %1 ms also bounds what keep-alive cannot: data in flight. Keep-alive sends nothing while data is unacknowledged, and without a user timeout the kernel would retransmit for up to %2 (tcp_retries2 = 15) before giving up; with it, at the latest %3.</source>
        <translation>TCP_USER_TIMEOUT（用户超时）%1 ms 还能限制保活管不到的情况：在途数据。数据未确认期间保活不发送任何内容；若不设置用户超时，内核会持续重传长达 %2（tcp_retries2 = 15）才放弃连接；设置后，最晚在 %3 放弃。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user timeout ends where the probes end, so an idle dead peer is still given up after %1; it is a socket option, with no host-wide sysctl: set it in the program.</source>
        <translation>用户超时与探测同时结束，因此空闲的失效对端仍在发出 %1 后被放弃；它是套接字选项，没有全局的 sysctl：请在程序中设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TCP_USER_TIMEOUT is not needed: even with unacknowledged data the kernel gives up after at most %1 (tcp_retries2 = 15), within the deadline.</source>
        <translation>不需要 TCP_USER_TIMEOUT（用户超时）：即使有未确认的数据，内核也最多在 %1 后放弃连接（tcp_retries2 = 15），在时限之内。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the interval %1 s as you fixed it</source>
        <translation>探测间隔为您固定的 %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interval %1 s (shortened from the kernel&apos;s %2 s: an interval longer than the idle time makes a live peer wait a whole interval between probes)</source>
        <translation>探测间隔为 %1 s（由内核的 %2 s 缩短而来：探测间隔长于空闲时间时，存活的对端在两个探测包之间要等待整整一个探测间隔）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the interval the kernel&apos;s %1 s</source>
        <translation>探测间隔为内核的 %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deadline was given, so the count is %1 and %2: a silently dead peer is given up after %3, at the latest %4.</source>
        <translation>未指定时限，因此探测次数为%1，%2：悄然失效的对端在 %3 后被放弃，最晚在 %4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 as you fixed it</source>
        <translation>您固定的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kernel&apos;s %1</source>
        <translation>内核的 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About %1: %2</source>
        <translation>关于 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If the first probe or its answer is lost, the second leaves at the latest %1, too late for a box that forgets at %2: only the first probe keeps the flow. A shorter interval or idle time would give it a second chance.</source>
        <translation>如果第一个探测包或其应答丢失，第二个探测包最晚在 %1 发出，对于在 %2 遗忘连接的中间设备来说为时已晚：只有第一个探测包能保住该连接。缩短探测间隔或空闲时间可以多一次机会。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TCP keep-alive cannot keep a connection open through %1. %2Keep-alive probes carry no data, so its %3 timer runs on.</source>
        <translation>TCP 保活无法让经过 %1 的连接保持打开。%2保活探测包不携带数据，因此它的 %3 定时器会继续计时。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instead, at least every %1: %2.</source>
        <translation>请改为至少每 %1 执行一次：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These values still notice a dead peer of this connection (the proxy itself, or the network to it); they do not keep it open.</source>
        <translation>这些值仍能发现此连接的失效对端（代理本身，或通往它的网络）；但无法让连接保持打开。</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../../app/cli/CliOutput.cpp" line="+146"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>%1 (see &apos;keepalivectl %2 --help&apos;)</source>
        <translation>%1（参见“keepalivectl %2 --help”）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 was given %2 times</source>
        <translation>%1 被指定了 %2 次</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The kernel&apos;s HZ (default: read from the running kernel&apos;s configuration, else %1).</source>
        <translation>内核的 HZ（默认：从运行中内核的配置读取，否则为 %1）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>assumed; the kernel configuration is not readable</source>
        <translation>假定值；无法读取内核配置</translation>
    </message>
</context>
<context>
    <name>CodeCommand</name>
    <message>
        <location filename="../../app/cli/CodeCommand.cpp" line="+104"/>
        <source>Print a snippet that applies keep-alive values, ready to paste: the host&apos;s sysctls, a program&apos;s socket code, or a server&apos;s configuration. Notes are comments in the snippet&apos;s own language. &apos;keepalivectl code --list&apos; names the targets.</source>
        <translation>输出一段应用保活值的代码片段，可直接粘贴：主机的 sysctl、程序的套接字代码或服务器的配置。说明以代码片段所用语言的注释形式给出。“keepalivectl code --list”列出所有目标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One of: %1.</source>
        <translation>以下之一：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle time before the first probe.</source>
        <translation>发送第一个探测包之前的空闲时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time between probes.</source>
        <translation>探测间隔，即两个探测包之间的时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unanswered probes before giving up.</source>
        <translation>探测次数，即放弃连接前未应答的探测包数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP_USER_TIMEOUT in milliseconds (0 sets it to 0; leave it out to not set it).</source>
        <translation>TCP_USER_TIMEOUT（用户超时），以毫秒为单位（0 表示将其设为 0；省略则不设置）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system the code runs on, for socket code (default linux).</source>
        <translation>代码运行的系统，用于套接字代码（默认 linux）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the targets.</source>
        <translation>列出所有目标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--list takes no TARGET or values (see &apos;keepalivectl code --help&apos;)</source>
        <translation>--list 不接受 TARGET 或数值（参见“keepalivectl code --help”）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>code needs a TARGET, one of: %1 (or --list)</source>
        <translation>code 需要一个 TARGET，可选：%1（或使用 --list）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>code takes one TARGET, got &quot;%1&quot;</source>
        <translation>code 只接受一个 TARGET，实际为“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown target &quot;%1&quot;; the targets are %2</source>
        <translation>未知目标“%1”；可用的目标：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--os takes linux, macos or windows, not &quot;%1&quot;</source>
        <translation>--os 只接受 linux、macos 或 windows，而不是“%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>code %1 needs %2 (--idle S --interval S --count N)</source>
        <translation>code %1 需要 %2（--idle S --interval S --count N）</translation>
    </message>
</context>
<context>
    <name>ConnectError</name>
    <message>
        <location filename="../../core/socket/ConnectError.cpp" line="+43"/>
        <source>%1 refused the connection: %2; nothing listens on port %3</source>
        <translation>%1 拒绝了连接：%2；端口 %3 上没有程序在监听</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is unreachable: %2</source>
        <translation>%1 不可达：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not answer: %2</source>
        <translation>%1 没有应答：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer within %2 (connect timeout)</source>
        <translation>%1 在 %2 内没有应答（连接超时）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot resolve &quot;%1&quot;: %2</source>
        <translation>无法解析“%1”：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot resolve &quot;%1&quot;: names under .invalid never exist (RFC 6761)</source>
        <translation>无法解析“%1”：.invalid 下的名称永远不存在（RFC 6761）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot resolve &quot;%1&quot;: no answer from name resolution within %2</source>
        <translation>无法解析“%1”：名称解析在 %2 内没有应答</translation>
    </message>
</context>
<context>
    <name>ConnectionView</name>
    <message>
        <location filename="../../core/inspect/ConnectionView.cpp" line="+77"/>
        <source>not readable without administrator rights</source>
        <translation>没有管理员权限时无法读取</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+24"/>
        <source>1 connection</source>
        <translation>1 个连接</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>%1 connections</source>
        <translation>%1 个连接</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1: %2 with keep-alive on, %3 off</source>
        <translation>%1：%2 个开启保活，%3 个关闭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 unknown</source>
        <translation>%1，%2 个未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; options of %2 %3</source>
        <translation>%1；%2 个连接的选项%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A middlebox that forgets idle flows after %1 would cut %2</source>
        <translation>若中间设备在空闲 %1 后遗忘连接，将切断其中 %2 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 cannot be told)</source>
        <translation>%1（%2 个无法判断）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2 with keep-alive on</source>
        <translation>%1，%2 个开启保活</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; a %2 middlebox would cut %3</source>
        <translation>%1；空闲超时为 %2 的中间设备会切断其中 %3 个</translation>
    </message>
</context>
<context>
    <name>ConnectionsCommand</name>
    <message>
        <location filename="../../app/cli/ConnectionsCommand.cpp" line="+67"/>
        <source>on(timer)</source>
        <translation>开(定时)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cut</source>
        <translation>切断</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local</source>
        <translation>本端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keepalive</source>
        <translation>保活</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idle/Intvl/Cnt/UTO</source>
        <translation>空闲/间隔/次数/UTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer,expires,probes</source>
        <translation>定时器,到期,探测数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LastRecv</source>
        <translation>最后接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survives</source>
        <translation>存活</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lists every TCP connection of this network namespace (IPv4 and IPv6) with its owning process, its keep-alive options as the kernel reports them for that socket, and its pending timer. Run as root it reads every process&apos;s options; as a normal user it reads its own processes&apos; and marks the rest as not readable without administrator rights.</source>
        <translation>列出此网络命名空间中的所有 TCP 连接（IPv4 和 IPv6），以及各自所属的进程、内核为该套接字报告的保活选项和待触发的定时器。以 root 身份运行时读取所有进程的选项；以普通用户运行时只读取自己进程的选项，其余标记为没有管理员权限时无法读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only connections of process P.</source>
        <translation>只显示进程 P 的连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only connections with port N at either end.</source>
        <translation>只显示任一端使用端口 N 的连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only connections in STATE (ESTABLISHED, CLOSE_WAIT, LISTEN, …). Without it, every state but LISTEN, SYN_RECV, TIME_WAIT and CLOSE, as ss shows.</source>
        <translation>只显示处于 STATE 状态（ESTABLISHED、CLOSE_WAIT、LISTEN、…）的连接。不指定时，与 ss 一样显示除 LISTEN、SYN_RECV、TIME_WAIT 和 CLOSE 以外的所有状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only connections with keep-alive on, or off.</source>
        <translation>只显示保活开启或关闭的连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say for each connection whether a middlebox that forgets idle flows after S seconds would keep it.</source>
        <translation>对每个连接指出：空闲 S 秒后遗忘连接的中间设备是否会保留它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the listing, look again every second for S seconds and print the connections that open and close.</source>
        <translation>列出后，在 S 秒内每秒重新查看一次，并输出新打开和已关闭的连接。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connections takes no arguments; got &quot;%1&quot;</source>
        <translation>connections 不接受参数；实际为“%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--state takes a TCP state such as ESTABLISHED or CLOSE_WAIT, not &quot;%1&quot;</source>
        <translation>--state 需要 TCP 状态，例如 ESTABLISHED 或 CLOSE_WAIT，而不是“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--keepalive takes on or off, not &quot;%1&quot;</source>
        <translation>--keepalive 只接受 on 或 off，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>Cookbook</name>
    <message>
        <location filename="../../core/advise/Cookbook.cpp" line="+37"/>
        <source>sysctl -w</source>
        <translation>sysctl -w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host&apos;s values now, until the next reboot</source>
        <translation>立即设置本机的值，直到下次重启</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sysctl.d drop-in</source>
        <translation>sysctl.d 配置片段文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file in /etc/sysctl.d that sets the host&apos;s values at every boot</source>
        <translation>/etc/sysctl.d 中的一个文件，每次启动时设置本机的值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keepalivectl set</source>
        <translation>keepalivectl set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host&apos;s values through this program&apos;s helper, now or kept after reboot</source>
        <translation>通过本程序的特权辅助程序设置本机的值，立即生效或持久保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int set_keepalive(int fd): setsockopt on Linux and macOS, SIO_KEEPALIVE_VALS on Windows</source>
        <translation>int set_keepalive(int fd)：Linux 和 macOS 上用 setsockopt，Windows 上用 SIO_KEEPALIVE_VALS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>def set_keepalive(sock): sets the options, reads them back, raises if the kernel disagrees</source>
        <translation>def set_keepalive(sock)：设置选项并回读，与内核不一致时抛出异常</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>net.KeepAliveConfig (Go 1.23+), RawConn.Control for the user timeout</source>
        <translation>net.KeepAliveConfig（Go 1.23+），用户超时用 RawConn.Control</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Java</source>
        <translation>Java</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jdk.net.ExtendedSocketOptions (JDK 11+)</source>
        <translation>jdk.net.ExtendedSocketOptions (JDK 11+)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rust</source>
        <translation>Rust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>socket2&apos;s TcpKeepalive and SockRef</source>
        <translation>socket2 的 TcpKeepalive 和 SockRef</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>socket.setKeepAlive: idle only, Node fixes interval and count</source>
        <translation>socket.setKeepAlive：仅空闲时间，探测间隔和探测次数由 Node 固定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.NET</source>
        <translation>.NET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Socket.SetSocketOption with TcpKeepAliveTime &amp; co. (.NET Core 3.0+)</source>
        <translation>使用 TcpKeepAliveTime 等选项的 Socket.SetSocketOption（.NET Core 3.0+）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>libcurl</source>
        <translation>libcurl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CURLOPT_TCP_KEEPALIVE, CURLOPT_TCP_KEEPIDLE &amp; co.</source>
        <translation>CURLOPT_TCP_KEEPALIVE、CURLOPT_TCP_KEEPIDLE 等</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the curl command: --keepalive-time sets idle and interval together</source>
        <translation>curl 命令：--keepalive-time 同时设置空闲时间和探测间隔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postgresql.conf: tcp_keepalives_* and tcp_user_timeout</source>
        <translation>postgresql.conf：tcp_keepalives_* 和 tcp_user_timeout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>libpq connection</source>
        <translation>libpq 连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keepalives_* and tcp_user_timeout connection parameters (psql and libpq clients)</source>
        <translation>keepalives_* 和 tcp_user_timeout 连接参数（psql 和 libpq 客户端）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MariaDB server</source>
        <translation>MariaDB 服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcp_keepalive_time, tcp_keepalive_interval, tcp_keepalive_probes</source>
        <translation>tcp_keepalive_time, tcp_keepalive_interval, tcp_keepalive_probes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcp-keepalive: one number, interval and count derived</source>
        <translation>tcp-keepalive：只有一个数值，探测间隔和探测次数由其推导</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>listen … so_keepalive=IDLE:INTVL:CNT</source>
        <translation>listen … so_keepalive=IDLE:INTVL:CNT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option clitcpka / srvtcpka with clitcpka-* and srvtcpka-*</source>
        <translation>option clitcpka / srvtcpka 加上 clitcpka-* 和 srvtcpka-*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systemd .socket unit</source>
        <translation>systemd .socket 单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KeepAlive=, KeepAliveTimeSec=, KeepAliveIntervalSec=, KeepAliveProbes=</source>
        <translation>KeepAlive=, KeepAliveTimeSec=, KeepAliveIntervalSec=, KeepAliveProbes=</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OpenSSH</source>
        <translation>OpenSSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ServerAliveInterval / ClientAliveInterval, and TCPKeepAlive</source>
        <translation>ServerAliveInterval / ClientAliveInterval，以及 TCPKeepAlive</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Socket code</source>
        <translation>套接字代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers and clients</source>
        <translation>服务器与客户端</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 has no %2 form; its choices: %3</source>
        <translation>%1 没有 %2 版本；可选：%3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown target &quot;%1&quot;; the targets are %2</source>
        <translation>未知目标“%1”；可用的目标：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With the values this target really applies (%1), %2</source>
        <translation>按此目标实际应用的值（%1），%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The user timeout (%1 ms) is not set: %2</source>
        <translation>未设置用户超时（%1 ms）：%2</translation>
    </message>
    <message>
        <location filename="../../core/advise/CookbookHost.cpp" line="+35"/>
        <source>These are the defaults for every socket that turns keep-alive on (SO_KEEPALIVE) without setting its own values; a program can override each one per socket. They belong to the network namespace: a container has its own.</source>
        <translation>这些是所有开启保活（SO_KEEPALIVE）但未自行设置值的套接字的默认值；程序可以为每个套接字分别覆盖。它们属于网络命名空间：容器有自己的一套。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP_USER_TIMEOUT has no host-wide sysctl; set it per socket (keepalivectl code c, python, …).</source>
        <translation>TCP_USER_TIMEOUT 没有全局的 sysctl；请为每个套接字单独设置（keepalivectl code c、python 等）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run as root (for example with sudo). The values last until the next reboot; the sysctl-d target keeps them.</source>
        <translation>以 root 身份运行（例如使用 sudo）。这些值在下次重启前有效；sysctl-d 目标可将其持久保存。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as %1. Read at every boot by systemd-sysctl (or sysctl --system); apply it now with: sysctl -p %1</source>
        <translation>保存为 %1。每次启动时由 systemd-sysctl（或 sysctl --system）读取；立即应用：sysctl -p %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file read later wins for the same key: a name that sorts after this one, or /etc/sysctl.conf with procps.</source>
        <translation>对同一个键，后读取的文件优先：文件名排序在此文件之后的文件，或使用 procps 时的 /etc/sysctl.conf。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>keepalivectl asks for an administrator password (polkit) unless run as root, and reads the values back from the kernel. Add --persist to keep them after reboot.</source>
        <translation>除非以 root 身份运行，keepalivectl 会请求管理员密码（polkit），并从内核回读这些值。加上 --persist 可持久保存（重启后仍生效）。</translation>
    </message>
    <message>
        <location filename="../../core/advise/CookbookCode.cpp" line="+23"/>
        <source>Windows fixes the count at %1 probes with SIO_KEEPALIVE_VALS; the count %2 is not expressible there (Windows 10 1703 and later also have TCP_KEEPCNT).</source>
        <translation>Windows 通过 SIO_KEEPALIVE_VALS 设置时将探测次数固定为 %1；在那里无法表达探测次数 %2（Windows 10 1703 及更高版本还提供 TCP_KEEPCNT）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Windows takes the times in milliseconds through SIO_KEEPALIVE_VALS. The socket is a SOCKET, not an int; on failure set_keepalive returns -1 and WSAGetLastError() says why. Link with ws2_32.</source>
        <translation>Windows 通过 SIO_KEEPALIVE_VALS 以毫秒为单位接收时间。套接字的类型是 SOCKET 而不是 int；失败时 set_keepalive 返回 -1，可通过 WSAGetLastError() 获知原因。需链接 ws2_32。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows has no TCP_USER_TIMEOUT (TCP_MAXRT, in seconds, is the nearest).</source>
        <translation>Windows 没有 TCP_USER_TIMEOUT（最接近的是 TCP_MAXRT，以秒为单位）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>set_keepalive returns 0, or -1 with errno set by the option the kernel refused (EINVAL: a value outside its range).</source>
        <translation>set_keepalive 返回 0；或返回 -1，并按内核拒绝的选项设置 errno（EINVAL：值超出有效范围）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On macOS the idle time is TCP_KEEPALIVE (TCP_KEEPIDLE is Linux&apos;s name).</source>
        <translation>在 macOS 上空闲时间对应 TCP_KEEPALIVE（TCP_KEEPIDLE 是 Linux 上的名称）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS has no TCP_USER_TIMEOUT (TCP_RXT_CONNDROPTIME is the nearest).</source>
        <translation>macOS 没有 TCP_USER_TIMEOUT（最接近的是 TCP_RXT_CONNDROPTIME）。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Windows takes the times in milliseconds through SIO_KEEPALIVE_VALS and cannot read them back: only SO_KEEPALIVE is checked.</source>
        <translation>Windows 通过 SIO_KEEPALIVE_VALS 以毫秒为单位接收时间，且无法回读：只检查 SO_KEEPALIVE。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows has no TCP_USER_TIMEOUT.</source>
        <translation>Windows 没有 TCP_USER_TIMEOUT。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>set_keepalive sets each option, reads it back and raises OSError when the kernel holds another value.</source>
        <translation>set_keepalive 逐一设置每个选项并回读，若内核中的值不同则抛出 OSError。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On macOS the idle time is TCP_KEEPALIVE; Python names it from 3.10 on, before that its value 0x10 (xnu bsd/netinet/tcp.h) is used.</source>
        <translation>在 macOS 上空闲时间对应 TCP_KEEPALIVE；Python 从 3.10 起提供该名称，之前的版本使用其值 0x10（xnu bsd/netinet/tcp.h）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS has no TCP_USER_TIMEOUT.</source>
        <translation>macOS 没有 TCP_USER_TIMEOUT。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Needs Go 1.23 or later (net.KeepAliveConfig). The same config goes into net.Dialer&apos;s and net.ListenConfig&apos;s KeepAliveConfig field for every connection they make.</source>
        <translation>需要 Go 1.23 或更高版本（net.KeepAliveConfig）。将同一配置放入 net.Dialer 和 net.ListenConfig 的 KeepAliveConfig 字段，即可作用于它们建立的每个连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+100"/>
        <source>%1 has no TCP_USER_TIMEOUT.</source>
        <translation>%1 没有 TCP_USER_TIMEOUT。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Needs JDK 11 or later (jdk.net.ExtendedSocketOptions). setOption throws UnsupportedOperationException where the system lacks an option; SocketChannel.setOption takes the same options.</source>
        <translation>需要 JDK 11 或更高版本（jdk.net.ExtendedSocketOptions）。系统缺少某个选项时，setOption 会抛出 UnsupportedOperationException；SocketChannel.setOption 接受同样的选项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the JDK has no TCP_USER_TIMEOUT option.</source>
        <translation>JDK 没有 TCP_USER_TIMEOUT 选项。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cargo.toml: socket2 = { version = &quot;0.5&quot;, features = [&quot;all&quot;] }.</source>
        <translation>Cargo.toml：socket2 = { version = &quot;0.5&quot;, features = [&quot;all&quot;] }。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>socket2 sets the times through SIO_KEEPALIVE_VALS on Windows and has no with_retries there.</source>
        <translation>socket2 在 Windows 上通过 SIO_KEEPALIVE_VALS 设置时间，且在那里没有 with_retries。</translation>
    </message>
    <message>
        <location filename="../../core/advise/CookbookClients.cpp" line="+30"/>
        <source>Node.js takes only the idle time, in milliseconds, and fixes the interval at %1 s and the count at %2 (since Node 12.17 and 13.12): the interval %3 s and the count %4 are not expressible.</source>
        <translation>Node.js 只接受空闲时间（以毫秒为单位），并将探测间隔固定为 %1 s、探测次数固定为 %2（自 Node 12.17 和 13.12 起）：无法表达探测间隔 %3 s 和探测次数 %4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Node.js has no TCP_USER_TIMEOUT option.</source>
        <translation>Node.js 没有 TCP_USER_TIMEOUT 选项。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Needs .NET Core 3.0 or later.</source>
        <translation>需要 .NET Core 3.0 或更高版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Windows TcpKeepAliveRetryCount needs Windows 10 1703 or later.</source>
        <translation>在 Windows 上，TcpKeepAliveRetryCount 需要 Windows 10 1703 或更高版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.NET has no TCP_USER_TIMEOUT option.</source>
        <translation>.NET 没有 TCP_USER_TIMEOUT 选项。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>set_keepalive returns CURLE_OK or the first error. CURLOPT_TCP_KEEPCNT needs libcurl 8.9.0 or later; with an older libcurl the system&apos;s count applies instead of %1.</source>
        <translation>set_keepalive 返回 CURLE_OK 或第一个错误。CURLOPT_TCP_KEEPCNT 需要 libcurl 8.9.0 或更高版本；若 libcurl 较旧，将使用系统的探测次数而非 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>libcurl has no option for TCP_USER_TIMEOUT; a CURLOPT_SOCKOPTFUNCTION callback can set it with setsockopt (see the c target).</source>
        <translation>libcurl 没有对应 TCP_USER_TIMEOUT 的选项；可在 CURLOPT_SOCKOPTFUNCTION 回调中用 setsockopt 设置它（见 c 目标）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--keepalive-time sets the idle time and the interval together: probes go out every %1 s, not every %2 s. --keepalive-cnt needs curl 8.9.0 or later.</source>
        <translation>--keepalive-time 同时设置空闲时间和探测间隔：探测包每 %1 s 发送一次，而不是每 %2 s。--keepalive-cnt 需要 curl 8.9.0 或更高版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>curl has no option for TCP_USER_TIMEOUT.</source>
        <translation>curl 没有对应 TCP_USER_TIMEOUT 的选项。</translation>
    </message>
    <message>
        <location filename="../../core/advise/CookbookServers.cpp" line="+35"/>
        <source>In postgresql.conf (or ALTER SYSTEM SET). They apply to connections over TCP; over a Unix-domain socket they are ignored. 0 means the system&apos;s value.</source>
        <translation>写在 postgresql.conf 中（或使用 ALTER SYSTEM SET）。这些设置作用于 TCP 连接；通过 Unix 域套接字连接时会被忽略。0 表示使用系统的值。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A service in ~/.pg_service.conf: connect with &quot;service=app&quot;. The same keywords work in any connection string: &quot;host=db.example.com %1&quot;.</source>
        <translation>~/.pg_service.conf 中的一个服务：用“service=app”连接。同样的关键字可用于任何连接字符串：“host=db.example.com %1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times in seconds, the user timeout in milliseconds.</source>
        <translation>时间以秒为单位，用户超时以毫秒为单位。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In my.cnf or a file of /etc/mysql/mariadb.conf.d; MariaDB 10.3.3 or later. Times in seconds.</source>
        <translation>写在 my.cnf 或 /etc/mysql/mariadb.conf.d 下的某个文件中；需要 MariaDB 10.3.3 或更高版本。时间以秒为单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MariaDB has no TCP_USER_TIMEOUT setting.</source>
        <translation>MariaDB 没有 TCP_USER_TIMEOUT 设置。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Redis takes one number, the idle time in seconds, and derives the rest on Linux: interval %1 / 3 = %2 s and %3 probes. The interval %4 s and the count %5 are not expressible.</source>
        <translation>Redis 只接受一个数值，即以秒为单位的空闲时间，并在 Linux 上推导其余参数：探测间隔 %1 / 3 = %2 s，探测次数 %3。无法表达探测间隔 %4 s 和探测次数 %5。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Redis has no TCP_USER_TIMEOUT setting.</source>
        <translation>Redis 没有 TCP_USER_TIMEOUT 设置。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A parameter of the listen directive, in http { server { … } } or stream { server { … } }, for the connections nginx accepts. For connections to upstreams, proxy_socket_keepalive on turns keep-alive on with the host&apos;s values.</source>
        <translation>listen 指令的参数，位于 http { server { … } } 或 stream { server { … } } 中，作用于 nginx 接受的连接。对于到上游的连接，proxy_socket_keepalive on 会以本机的值开启保活。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx has no TCP_USER_TIMEOUT setting.</source>
        <translation>nginx 没有 TCP_USER_TIMEOUT 设置。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>clitcpka-* apply to the connections from clients, srvtcpka-* to those to the servers; both in defaults, frontend/backend or listen sections.</source>
        <translation>clitcpka-* 作用于来自客户端的连接，srvtcpka-* 作用于到服务器的连接；二者均可写在 defaults、frontend/backend 或 listen 段中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>these lines do not set TCP_USER_TIMEOUT.</source>
        <translation>这些配置行不设置 TCP_USER_TIMEOUT。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In the [Socket] section of the service&apos;s .socket unit (or a drop-in made with systemctl edit NAME.socket); systemd sets them on the sockets it accepts for the service.</source>
        <translation>写在服务的 .socket 单元的 [Socket] 段中（或用 systemctl edit NAME.socket 创建的配置片段文件中）；systemd 会在为该服务接受的套接字上设置这些选项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>systemd.socket has no TCP_USER_TIMEOUT setting.</source>
        <translation>systemd.socket 没有 TCP_USER_TIMEOUT 设置。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SSH&apos;s own keep-alive messages travel inside the encrypted connection: they cannot be spoofed, and they also keep alive a proxy or load balancer that counts only application data, which TCP keep-alive probes do not. That is the setting a middlebox needs.</source>
        <translation>SSH 自身的保活消息在加密连接内部传输：它们无法伪造，而且还能让只统计应用数据的代理或负载均衡器保持连接，TCP 保活探测包则做不到这一点。中间设备需要的正是这个设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They have one interval: a message after %1 s without data from the other side, then every %1 s; after %2 unanswered the connection is closed, about %3 s after the last data (TCP keep-alive would take %1 + %2 × %4 s).</source>
        <translation>它们只有一个间隔：对方 %1 s 没有数据后发送一条消息，之后每 %1 s 发送一条；%2 条未获应答后关闭连接，约在最后一次收到数据 %3 s 之后（TCP 保活则需要 %1 + %2 × %4 s）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TCPKeepAlive yes turns TCP keep-alive on with the host&apos;s values (the sysctl targets), not these.</source>
        <translation>TCPKeepAlive yes 以本机的值（即 sysctl 目标设置的值）开启 TCP 保活，而不是这里的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenSSH has no TCP_USER_TIMEOUT setting.</source>
        <translation>OpenSSH 没有 TCP_USER_TIMEOUT 设置。</translation>
    </message>
</context>
<context>
    <name>Detection</name>
    <message>
        <location filename="../../core/schedule/Detection.cpp" line="+26"/>
        <source>With keep-alive off an idle connection sends nothing, so a live peer is never probed</source>
        <translation>保活关闭时，空闲连接不发送任何数据，因此永远不会探测存活的对端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A live peer is probed every %1 of idleness and never given up</source>
        <translation>连接每空闲 %1 就探测一次存活的对端，永远不会放弃连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With data in flight keep-alive stays silent; retransmissions give a dead peer up after %1 (%2)</source>
        <translation>有在途数据时保活保持静默；重传在 %1 后放弃失效的对端（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With keep-alive off a silently dead peer is never noticed while the connection is idle</source>
        <translation>保活关闭时，连接空闲期间永远发现不了悄然失效的对端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A silently dead peer is noticed after %1 (%2)</source>
        <translation>悄然失效的对端在 %1 后被发现（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These values cannot be modelled: %1</source>
        <translation>无法为这些值建模：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 with %2.</source>
        <translation>按%2，%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>user timeout %1</source>
        <translation>用户超时 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user timeout not set</source>
        <translation>未设置用户超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 probe</source>
        <translation>1 个探测包</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n probes</source>
        <translation>
            <numerusform>%n 个探测包</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle %1, interval %2, %3, %4</source>
        <translation>空闲时间 %1，探测间隔 %2，%3，%4</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../core/params/Format.cpp" line="+74"/>
        <source>between %1 and %2</source>
        <translation>%1 到 %2 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>inherit</source>
        <translation>继承</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1.</source>
        <comment>a clause ended as a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>GuiAssembly</name>
    <message>
        <location filename="../../app/gui/GuiAssembly.cpp" line="+36"/>
        <source>Linux %1</source>
        <translation>Linux %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ·  network namespace net:[%1]%2</source>
        <translation>  ·  网络命名空间 net:[%1]%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not the host&apos;s)</source>
        <translation>（非主机的）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Advisor</source>
        <translation>调优建议</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The listener will be closed.</source>
        <translation>监听端将被关闭。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 test connection</source>
        <translation>1 个测试连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 test connections</source>
        <translation>%1 个测试连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and a listener will be closed.</source>
        <translation>%1和一个监听端将被关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be closed.</source>
        <translation>%1将被关闭。</translation>
    </message>
</context>
<context>
    <name>HostReport</name>
    <message>
        <location filename="../../core/sysctl/HostReport.cpp" line="+55"/>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>not valid JSON (%1 at byte %2); a report is the output of &quot;keepalivectl show --json&quot;</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）；报告应为“keepalivectl show --json”的输出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the JSON is not an object, so it is not a &quot;show --json&quot; report</source>
        <translation>该 JSON 不是对象，因此不是“show --json”报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no &quot;settings&quot; list, so it is not a &quot;show --json&quot; report</source>
        <translation>其中没有“settings”列表，因此不是“show --json”报告</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a setting names &quot;%1&quot;, which is not a keep-alive sysctl</source>
        <translation>某项设置名为“%1”，但它不是保活相关的 sysctl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has a value that is not a whole number</source>
        <translation>%1 的值不是整数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is missing from its settings</source>
        <translation>设置中缺少 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: the folder holds no .json report</source>
        <translation>%1：该文件夹中没有 .json 报告</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 bytes is far too large for a report</source>
        <translation>%1：%2 字节，作为报告太大了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no report was given</source>
        <translation>未提供任何报告</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is %2 (baseline %3)</source>
        <translation>%1 为 %2（基准 %3）</translation>
    </message>
</context>
<context>
    <name>KeepaliveTuner</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+114"/>
        <source>Explore and tune TCP keep-alive.</source>
        <translation>探索并调优 TCP 保活。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render every page to DIR/&lt;page&gt;.png and exit.</source>
        <translation>将每个页面渲染为 DIR/&lt;page&gt;.png 后退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: render only this page.</source>
        <translation>与 --screenshot 一起使用：只渲染此页面。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshot: render the documentation scene NAME (%1) to DIR/NAME.png instead of the pages.</source>
        <translation>与 --screenshot 一起使用：将文档场景 NAME（%1）渲染为 DIR/NAME.png，而不是渲染各页面。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --scene %1: the server whose path is measured. The program stages nothing; put the middlebox to show on the path.</source>
        <translation>与 --scene %1 一起使用：要测量其路径的服务器。本程序不演练任何中间设备；请先把要展示的中间设备放到路径上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use a dark palette (for documentation screenshots).</source>
        <translation>使用深色调色板（用于文档截图）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the kernel&apos;s values below DIR instead of /proc/sys.</source>
        <translation>从 DIR 下读取内核的值，而不是 /proc/sys。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trace configuration files below DIR instead of / (e.g. a mounted image).</source>
        <translation>追踪 DIR 下的配置文件，而不是 /（例如挂载的镜像）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the interface in LANG: %1 (default: as chosen in View &gt; Language, else the system&apos;s language).</source>
        <translation>以 LANG 语言显示界面：%1（默认：按“视图 &gt; 语言”中的选择，否则使用系统语言）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--language takes %1, not &quot;%2&quot;</source>
        <translation>--language 只接受 %1，而不是“%2”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--scene needs --screenshot DIR and cannot be combined with --page.</source>
        <translation>--scene 需要 --screenshot DIR，且不能与 --page 同时使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--path-target needs --screenshot DIR --scene NAME (%1).</source>
        <translation>--path-target 需要 --screenshot DIR --scene NAME（%1）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>warning: the %1 page was not ready in time and was rendered as it was.</source>
        <translation>警告：%1 页面未能及时就绪，已按其当时的状态渲染。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not start %1 again.</source>
        <translation>无法重新启动 %1。</translation>
    </message>
</context>
<context>
    <name>Keepalivectl</name>
    <message>
        <location filename="../../app/cli/main.cpp" line="+15"/>
        <source>the host&apos;s keep-alive sysctls, their sources and meaning</source>
        <translation>本机的保活 sysctl 及其来源和含义</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the modelled probe schedule: each probe, ACK and the abort, with windows</source>
        <translation>建模的探测时间表：每个探测包、ACK 和中止，以及各自的窗口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open a test connection, apply keep-alive options, read them back</source>
        <translation>打开测试连接，应用保活选项并回读</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change the host&apos;s values through the helper (polkit when not root)</source>
        <translation>通过特权辅助程序更改本机的值（非 root 时经由 polkit）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore the kernel defaults through the helper</source>
        <translation>通过特权辅助程序恢复内核默认值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>values that beat a middlebox and meet a detection deadline, with reasons</source>
        <translation>既不被中间设备遗忘、又能满足发现时限的值，附理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a snippet that applies keep-alive values: sysctl, socket code, servers</source>
        <translation>应用保活值的代码片段：sysctl、套接字代码、服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stage a failure in a sandbox: predicted vs measured</source>
        <translation>在沙箱中演练故障：预测值与实测值对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every TCP connection with its real keep-alive options and timer</source>
        <translation>所有 TCP 连接及其实际的保活选项和定时器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>measure how long an idle connection to a server survives the path</source>
        <translation>测量到服务器的空闲连接能在路径上存活多久</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: keepalivectl COMMAND [OPTIONS]

Explore and tune TCP keep-alive.

Commands:
</source>
        <translation>用法：keepalivectl COMMAND [OPTIONS]

探索并调优 TCP 保活。

命令：
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>
Every command takes --json for one JSON document and --help.
Run &apos;keepalivectl COMMAND --help&apos; for its options.

Exit status: 0 success; 1 the operation failed (the reason is on stderr);
2 the command line was wrong; 130 or 143 when probe or path-timeout was
ended by SIGINT (Ctrl-C) or SIGTERM, after printing its report.
</source>
        <translation>
每个命令都接受 --json（输出一个 JSON 文档）和 --help。
运行“keepalivectl COMMAND --help”查看其选项。

退出状态：0 成功；1 操作失败（原因输出到 stderr）；
2 命令行有误；130 或 143：probe 或 path-timeout
被 SIGINT（Ctrl-C）或 SIGTERM 终止，终止前已输出其报告。
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown command &quot;%1&quot; (see &apos;keepalivectl --help&apos;)</source>
        <translation>未知命令“%1”（参见“keepalivectl --help”）</translation>
    </message>
</context>
<context>
    <name>KernelSysctlWrite</name>
    <message>
        <location filename="../../core/sysctl/KernelSysctlWrite.cpp" line="+70"/>
        <location line="+7"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>too long a number</source>
        <translation>数字过长</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>outside what the kernel accepts for a count, %1</source>
        <translation>超出内核对次数可接受的范围（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>outside what this kernel accepts, %1 (INT_MAX / HZ, with HZ = %2)</source>
        <translation>超出此内核可接受的范围（%1；INT_MAX / HZ，其中 HZ = %2）</translation>
    </message>
</context>
<context>
    <name>LabCommand</name>
    <message>
        <location filename="../../app/cli/LabCommand.cpp" line="+58"/>
        <source>%1 (%2); %3; HZ %4; network namespace net:[%5]</source>
        <translation>%1（%2）；%3；HZ %4；网络命名空间 net:[%5]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Times in s after the peer&apos;s last segment.</source>
        <translation>时间以 s 为单位，从对端最后一个报文段算起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>inside</source>
        <translation>窗口内</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTSIDE</source>
        <translation>窗口外！</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 measured events inside the predicted windows.</source>
        <translation>%2 个实测事件中有 %1 个落在预测窗口内。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stage a failure in a sandbox (a private user and network namespace: no root, nothing on the host changes) and compare what the kernel does with the schedule model&apos;s prediction.</source>
        <translation>在沙箱（私有的用户和网络命名空间：无需 root，本机不会有任何改动）中演练故障，并将内核的实际行为与探测时间表模型的预测进行比较。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times are seconds after the peer&apos;s last segment. Exit status 0 when the experiment ran (whatever its outcome), 1 when the sandbox cannot be made, 2 for a wrong command line or a run longer than --max-duration.</source>
        <translation>时间为对端最后一个报文段之后的秒数。退出状态：实验已运行（无论结果如何）为 0，无法创建沙箱为 1，命令行有误或运行时间超过 --max-duration 为 2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TCP_KEEPIDLE of the client.</source>
        <translation>客户端的 TCP_KEEPIDLE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP_KEEPINTVL of the client.</source>
        <translation>客户端的 TCP_KEEPINTVL。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP_KEEPCNT of the client.</source>
        <translation>客户端的 TCP_KEEPCNT。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCP_USER_TIMEOUT, 0 = not set.</source>
        <translation>TCP_USER_TIMEOUT（用户超时），0 = 未设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dead-peer: drop the peer&apos;s packets from this time on (default 0).</source>
        <translation>dead-peer：从此时刻起丢弃对端的数据包（默认 0）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>middlebox: the idle time after which it forgets the flow (whole seconds).</source>
        <translation>middlebox：中间设备空闲多久后遗忘该连接（整秒）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>middlebox: when the client sends data.</source>
        <translation>middlebox：客户端何时发送数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data-in-flight: net.ipv4.tcp_retries2 inside the sandbox.</source>
        <translation>data-in-flight：沙箱内的 net.ipv4.tcp_retries2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse a run estimated to take longer (default 120).</source>
        <translation>拒绝预计耗时超过此值的运行（默认 120）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lab takes one scenario: %1 (see &apos;keepalivectl lab --help&apos;)</source>
        <translation>lab 需要一个场景：%1（参见“keepalivectl lab --help”）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown scenario &quot;%1&quot;; choose %2</source>
        <translation>未知场景“%1”；请从 %2 中选择</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--%1 applies to %2 only</source>
        <translation>--%1 仅适用于 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 takes a number of seconds, not &quot;%2&quot;</source>
        <translation>--%1 需要秒数，而不是“%2”</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this run would take about %1, longer than --max-duration %2; use shorter values or raise --max-duration</source>
        <translation>本次运行约需 %1，超过了 --max-duration %2；请使用更短的值或调高 --max-duration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running %1 in a sandbox, about %2…</source>
        <translation>正在沙箱中运行 %1，约需 %2…</translation>
    </message>
</context>
<context>
    <name>LabPrediction</name>
    <message>
        <location filename="../../core/lab/LabPrediction.cpp" line="+151"/>
        <source>%1 s, the first probe</source>
        <translation>%1 s，即第一个探测包</translation>
    </message>
</context>
<context>
    <name>LabResult</name>
    <message>
        <location filename="../../core/lab/LabResult.cpp" line="+92"/>
        <source>probe</source>
        <translation>探测包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RST received</source>
        <translation>收到 RST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RST sent</source>
        <translation>发出 RST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data sent</source>
        <translation>发出数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data delivered</source>
        <translation>数据送达</translation>
    </message>
    <message numerus="yes">
        <location line="+138"/>
        <source>the connection was given up after %n retransmission(s), with keep-alive silent while data was unacknowledged</source>
        <translation>
            <numerusform>%n 次重传后放弃了连接；数据未确认期间保活不发送探测包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the connection was given up after %n unanswered probe(s)</source>
        <translation>
            <numerusform>%n 个未应答的探测包之后放弃了连接</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first probe met a port with no connection and was answered with an RST</source>
        <translation>第一个探测包到达了一个没有该连接的端口，收到 RST 应答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the flow survived: the data sent at %1 s arrived; keep-alive kept the middlebox&apos;s entry fresh</source>
        <translation>连接已存活：在 %1 s 时发送的数据已送达；保活使中间设备中的条目保持活跃</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the connection is still open; %n probe(s) answered</source>
        <translation>
            <numerusform>连接仍然打开；%n 个探测包获得应答</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the middlebox forgot the flow: nothing more got through, and the client learnt it only through %1</source>
        <translation>中间设备遗忘了该连接：此后再无任何数据通过，客户端只能通过 %1 得知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the middlebox forgot the flow: the data sent at %1 s never arrived, and the client saw only its own retransmissions (%2)</source>
        <translation>中间设备遗忘了该连接：在 %1 s 时发送的数据未能送达，客户端只看到自己的重传（%2 次）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the connection failed with %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 after %2 s, window [%3, %4]</source>
        <translation>%2 s 后 %1，窗口 [%3, %4]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection survives</source>
        <translation>连接存活</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the middlebox cuts the flow</source>
        <translation>中间设备切断该连接</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 after %2 s; predicted %3 s, window [%4, %5]: %6</source>
        <translation>%2 s 后 %1；预测值 %3 s，窗口 [%4, %5]：%6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inside</source>
        <translation>窗口内</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outside</source>
        <translation>窗口外</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>%1 after %2 s</source>
        <translation>%2 s 后 %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Survived: the data sent at %1 s arrived</source>
        <translation>已存活：在 %1 s 时发送的数据已送达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survived: still open after %1 s</source>
        <translation>已存活：%1 s 后仍然打开</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cut: the data sent at %1 s never arrived</source>
        <translation>被切断：在 %1 s 时发送的数据未能送达</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (longest silence %1 s &lt; middlebox timeout %2 s)</source>
        <translation>（最长静默 %1 s &lt; 中间设备空闲超时 %2 s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (longest silence %1 s ≥ middlebox timeout %2 s)</source>
        <translation>（最长静默 %1 s ≥ 中间设备空闲超时 %2 s）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, as predicted%2</source>
        <translation>%1，与预测一致%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; predicted: %2%3</source>
        <translation>%1；预测：%2%3</translation>
    </message>
</context>
<context>
    <name>LabScenario</name>
    <message>
        <location filename="../../core/lab/LabScenario.cpp" line="+26"/>
        <source>Alive peer</source>
        <translation>存活的对端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the peer answers every probe</source>
        <translation>对端应答每个探测包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A healthy but idle connection: nothing is sent for a while, yet both ends are there. Keep-alive probes it every idle period, the peer&apos;s kernel answers each probe with an ACK, the count starts again, and the connection is never given up.</source>
        <translation>一个健康但空闲的连接：一段时间内没有发送任何数据，但两端都在。保活在每个空闲周期后探测它，对端内核以 ACK 应答每个探测包，计数重新开始，连接永远不会被放弃。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dead peer</source>
        <translation>失效的对端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every packet of the peer is dropped after --after seconds</source>
        <translation>--after 秒后丢弃对端的所有数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cable is pulled or the peer&apos;s host loses power: from one moment on nothing of the peer arrives, not even an RST. Only keep-alive notices: probes go out unanswered and the connection ends with ETIMEDOUT at idle + count × interval, or at the first probe after the user timeout when one is set.</source>
        <translation>网线被拔掉或对端主机断电：从某一刻起，对端的任何数据都不再到达，连 RST 也没有。只有保活能发现这一点：探测包发出后无应答，连接在（空闲时间 + 探测次数 × 探测间隔）时以 ETIMEDOUT 结束；若设置了用户超时，则在超过用户超时后的第一个探测包时结束。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Peer restarted</source>
        <translation>对端已重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the peer&apos;s socket vanishes without a FIN or RST reaching the client</source>
        <translation>对端的套接字消失，客户端未收到 FIN 或 RST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peer&apos;s host rebooted: its kernel has forgotten the connection, and the client was never told. The first segment the client sends, here the first keep-alive probe, reaches a port with no connection and is answered with an RST: the client gets ECONNRESET at about the idle time, long before any count or timeout runs out.</source>
        <translation>对端主机重启了：其内核已遗忘该连接，而客户端从未被告知。客户端发送的第一个报文段（此处是第一个保活探测包）到达一个没有该连接的端口，并收到 RST 应答：客户端大约在空闲时间到达时收到 ECONNRESET，远早于任何次数或超时耗尽。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Middlebox forgets the flow</source>
        <translation>中间设备遗忘该连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conntrack forgets the flow after --middlebox-timeout idle seconds; data is sent at --send-after</source>
        <translation>conntrack 在空闲 --middlebox-timeout 秒后遗忘该连接；数据在第 --send-after 秒发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A NAT, firewall or load balancer drops a flow it has not seen a packet of for its idle timeout, silently. Staged with conntrack (established timeout T, loose tracking off, invalid packets dropped): with keep-alive idle below T the probes keep the flow alive and the data sent later arrives; above it the flow is forgotten, the data is dropped, and the client learns it only through retransmissions, the user timeout or keep-alive.</source>
        <translation>NAT、防火墙或负载均衡器会静默丢弃在其空闲超时内没有见到任何数据包的连接。这里用 conntrack 模拟（established 超时为 T，关闭宽松跟踪，丢弃无效数据包）：保活的空闲时间小于 T 时，探测包使连接保持活跃，之后发送的数据能够送达；大于 T 时，连接被遗忘，数据被丢弃，客户端只能通过重传、用户超时或保活得知。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data in flight</source>
        <translation>在途数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the peer vanishes while the client&apos;s data is unacknowledged</source>
        <translation>对端在客户端的数据尚未被确认时消失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The peer vanishes just as the client sends a request. With data unacknowledged keep-alive stays silent; the retransmission timer backs off (200 ms, 400 ms, …) until tcp_retries2 or the user timeout gives up. tcp_retries2 is set inside the sandbox only, to keep the run short; the tail loss probe is off there so the retransmissions follow the retransmission timer alone.</source>
        <translation>对端恰在客户端发送请求时消失。有未确认的数据时，保活不发送探测包；重传定时器不断退避（200 ms、400 ms、…），直到 tcp_retries2（重传次数上限）或用户超时放弃连接。tcp_retries2 仅在沙箱内设置，以缩短运行时间；沙箱中关闭了尾部丢失探测（TLP），因此重传只遵循重传定时器。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--after must be between 0 and 3600 s</source>
        <translation>--after 必须在 0 到 3600 s 之间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--middlebox-timeout must be between 1 and 3600 s (whole seconds, as net.netfilter.nf_conntrack_tcp_timeout_established takes it)</source>
        <translation>--middlebox-timeout 必须在 1 到 3600 s 之间（整秒，与 net.netfilter.nf_conntrack_tcp_timeout_established 的取值方式一致）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--send-after must be more than 0 and at most 3600 s</source>
        <translation>--send-after 必须大于 0 且不超过 3600 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--retries2 must be between 1 and 15</source>
        <translation>--retries2 必须在 1 到 15 之间</translation>
    </message>
</context>
<context>
    <name>LoopbackPeer</name>
    <message>
        <location filename="../../core/socket/LoopbackPeer.cpp" line="+32"/>
        <source>the embedded peer cannot listen on %1: %2</source>
        <translation>内置对端无法在 %1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>Middlebox</name>
    <message>
        <location filename="../../core/advise/Middlebox.cpp" line="+23"/>
        <source>an SSH session: ServerAliveInterval (client) or ClientAliveInterval (server)</source>
        <translation>SSH 会话：ServerAliveInterval（客户端）或 ClientAliveInterval（服务器）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>AWS Network Load Balancer (TCP listener)</source>
        <translation>AWS Network Load Balancer（TCP 监听端）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>60–6000 s (listener attribute tcp.idle_timeout.seconds); TLS listeners are fixed at 350 s</source>
        <translation>60–6000 s（监听端属性 tcp.idle_timeout.seconds）；TLS 监听端固定为 350 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS Gateway Load Balancer</source>
        <translation>AWS Gateway Load Balancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>60–6000 s (listener attribute tcp.idle_timeout.seconds)</source>
        <translation>60–6000 s（监听端属性 tcp.idle_timeout.seconds）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS NAT Gateway</source>
        <translation>AWS NAT Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed at 350 s</source>
        <translation>固定为 350 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it forgets a flow it sends an RST to both sides.</source>
        <translation>它遗忘连接时会向两端发送 RST。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS Network Firewall</source>
        <translation>AWS Network Firewall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS Application Load Balancer</source>
        <translation>AWS Application Load Balancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–4000 s (attribute idle_timeout.timeout_seconds)</source>
        <translation>1–4000 s（属性 idle_timeout.timeout_seconds）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send application data, at least one byte, in time (a small request, a WebSocket ping frame, %1), or raise the load balancer&apos;s connection idle timeout</source>
        <translation>及时发送应用数据，至少一个字节（一个小请求、WebSocket ping 帧、%1），或调高负载均衡器的连接空闲超时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It terminates TCP and counts only application data; HTTP/2 PING frames do not reset its timer either.</source>
        <translation>它会终结 TCP 连接，只把应用数据算作流量；HTTP/2 PING 帧也不会重置它的定时器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS Classic Load Balancer</source>
        <translation>AWS Classic Load Balancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send application data, at least one byte, in time (a small request, %1), or raise the load balancer&apos;s idle timeout</source>
        <translation>及时发送应用数据，至少一个字节（一个小请求、%1），或调高负载均衡器的空闲超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its documentation says keep-alive probes do not keep a connection open.</source>
        <translation>其文档指出，保活探测包不能使连接保持打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EC2 security-group connection tracking</source>
        <translation>EC2 安全组连接跟踪</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default is 5 days, but 350 s on Nitro v6 instance types.</source>
        <translation>默认为 5 天，但在 Nitro v6 实例类型上为 350 s。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure Load Balancer</source>
        <translation>Azure Load Balancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4–100 min (idle timeout of the load-balancing rule)</source>
        <translation>4–100 min（负载均衡规则的空闲超时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It drops a forgotten flow silently, unless &quot;TCP reset&quot; is on: then it sends an RST to both sides.</source>
        <translation>它会静默丢弃已遗忘的连接，除非开启了“TCP 重置”：此时它会向两端发送 RST。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure NAT Gateway</source>
        <translation>Azure NAT Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4–120 min (TCP idle timeout)</source>
        <translation>4–120 min（TCP 空闲超时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Cloud NAT</source>
        <translation>Google Cloud NAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (--tcp-established-idle-timeout)</source>
        <translation>是（--tcp-established-idle-timeout）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Cloud internal passthrough Network Load Balancer</source>
        <translation>Google Cloud 内部直通式 Network Load Balancer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>10 min–16 h, only with session affinity and PER_SESSION connection tracking (idleTimeoutSec)</source>
        <translation>10 min–16 h，仅限启用会话亲和性且连接跟踪模式为 PER_SESSION 时（idleTimeoutSec）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linux conntrack (a Linux router, a host firewall)</source>
        <translation>Linux conntrack（Linux 路由器、主机防火墙）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes (net.netfilter.nf_conntrack_tcp_timeout_established)</source>
        <translation>是（net.netfilter.nf_conntrack_tcp_timeout_established）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kube-proxy (iptables mode)</source>
        <translation>kube-proxy（iptables 模式）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes (conntrack.tcpEstablishedTimeout)</source>
        <translation>是（conntrack.tcpEstablishedTimeout）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linux IPVS (Docker Swarm service VIPs, kube-proxy IPVS mode)</source>
        <translation>Linux IPVS（Docker Swarm 服务 VIP、kube-proxy IPVS 模式）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes (ipvsadm --set)</source>
        <translation>是（ipvsadm --set）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home router or CGNAT following RFC 5382</source>
        <translation>遵循 RFC 5382 的家用路由器或 CGNAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sometimes</source>
        <translation>视设备而定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5382 requires at least 2 h 4 min; many home routers and carrier-grade NATs forget far sooner: choose a custom timeout when you know yours.</source>
        <translation>RFC 5382 要求至少 2 h 4 min；但许多家用路由器和运营商级 NAT 遗忘连接要早得多：如果知道您设备的超时，请选择自定义超时。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cisco ASA</source>
        <translation>Cisco ASA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0:05:00–1193:00:00 (timeout conn); per class: set connection timeout idle</source>
        <translation>0:05:00–1193:00:00（timeout conn）；按类：set connection timeout idle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FortiGate</source>
        <translation>FortiGate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>300–604800 s (system session-ttl)</source>
        <translation>300–604800 s（system session-ttl）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx stream proxy</source>
        <translation>nginx stream 代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (proxy_timeout)</source>
        <translation>是（proxy_timeout）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raise proxy_timeout, or send application data in time (an HTTP/2 PING, %1)</source>
        <translation>调高 proxy_timeout，或及时发送应用数据（HTTP/2 PING、%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It terminates TCP: proxy_timeout counts reads and writes of data, which keep-alive probes carry none of.</source>
        <translation>它会终结 TCP 连接：proxy_timeout 只统计数据的读写，而保活探测包不携带任何数据。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is fixed at %1 s</source>
        <translation>固定为 %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can be set %1</source>
        <translation>可在 %1 设置</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown middlebox &quot;%1&quot;; valid names: %2</source>
        <translation>未知中间设备“%1”；有效的名称：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cloud</source>
        <translation>云服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-run and on-premises</source>
        <translation>自建与本地部署</translation>
    </message>
</context>
<context>
    <name>NetNamespace</name>
    <message>
        <location filename="../../core/sysctl/NetNamespace.cpp" line="+38"/>
        <source>This process runs in its own network namespace (a container or sandbox), not the host&apos;s. Its keep-alive settings started from the kernel defaults and may differ from the host&apos;s.</source>
        <translation>此进程运行在自己的网络命名空间中（容器或沙箱），而不是主机的网络命名空间。它的保活设置从内核默认值开始，可能与主机的不同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The network namespace could not be read.</source>
        <translation>无法读取网络命名空间。</translation>
    </message>
</context>
<context>
    <name>PathTimeout</name>
    <message>
        <location filename="../../core/pathtimeout/PathTimeout.cpp" line="+66"/>
        <source>the shortest idle</source>
        <translation>最短空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the longest idle</source>
        <translation>最长空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the resolution</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of connections</source>
        <translation>连接数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what is sent</source>
        <translation>发送内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be %2; got %3</source>
        <translation>%1 必须%2；实际为 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2) must be below %3 (%4)</source>
        <translation>%1（%2）必须小于 %3（%4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be 1 to %2 bytes, so that it fits one segment; got %3</source>
        <translation>%1 必须为 1 到 %2 字节，以便装入一个报文段；实际为 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the trials&apos; user timeout must be at least 1 ms; got %1</source>
        <translation>试验连接的 TCP_USER_TIMEOUT（用户超时）必须至少为 1 ms；实际为 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; ends with a lone backslash; write \\ for one</source>
        <translation>“%1”以单独的反斜杠结尾；要表示一个反斜杠，请写 \\</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot;: \x takes two hexadecimal digits (\x0a)</source>
        <translation>“%1”：\x 后须跟两位十六进制数字（\x0a）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot;: unknown escape \%2; use \n, \r, \t, \0, \\ or \xHH</source>
        <translation>“%1”：未知的转义序列 \%2；请使用 \n、\r、\t、\0、\\ 或 \xHH</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>1 connection (keep-alive off, TCP_USER_TIMEOUT %1), idle %2</source>
        <translation>1 个连接（保活关闭，TCP_USER_TIMEOUT %1），空闲 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 connections at once (keep-alive off, TCP_USER_TIMEOUT %2), idle from %3 up to %4</source>
        <translation>同时打开 %1 个连接（保活关闭，TCP_USER_TIMEOUT %2），空闲时间从 %3 到 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, then the payload: one round, about as long as the path&apos;s timeout: up to about %1, or %2 when no idle is cut.</source>
        <translation>，然后发送载荷：只需一轮，耗时与路径的超时相当：最多约 %1；若没有空闲时间被切断，则为 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, then bisection to within %1: about %2 rounds.</source>
        <translation>，然后二分查找，直到界限相差不超过 %1：约 %2 轮。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each round lasts about as long as the path&apos;s timeout, so expect about %1 times the timeout: up to about %2, or %3 when no idle is cut.</source>
        <translation>每轮耗时与路径的超时相当，因此预计总耗时约为超时的 %1 倍：最多约 %2；若没有空闲时间被切断，则为 %3。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>survived</source>
        <translation>已存活</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cut silently</source>
        <translation>被静默切断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cut by a reset</source>
        <translation>被 RST 切断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed by the server</source>
        <translation>被服务器关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not needed</source>
        <translation>无需测量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>acknowledged within %1</source>
        <translation>%1 内得到确认</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>idle</source>
        <translation>空闲中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the acknowledgement</source>
        <translation>等待确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; answered 1 byte</source>
        <translation>%1；收到 1 字节应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; answered %2 bytes</source>
        <translation>%1；收到 %2 字节应答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; no answer</source>
        <translation>%1；无应答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server closed it (FIN) after %1 idle</source>
        <translation>空闲 %1 后服务器关闭了连接（FIN）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; then the server closed (FIN)</source>
        <translation>%1；随后服务器关闭了连接（FIN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed (FIN) before acknowledging</source>
        <translation>服务器在确认之前关闭了连接（FIN）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; then the server reset the connection (RST)</source>
        <translation>%1；随后服务器重置了连接（RST）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reset (RST) within %1 of the payload, before any acknowledgement</source>
        <translation>发送载荷后 %1 内被重置（RST），此前未得到任何确认</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reset (RST) after %1 of idleness, before the payload: a middlebox that resets forgotten flows (or the server aborting it)</source>
        <translation>空闲 %1 后收到重置（RST），尚未发送载荷：某个中间设备在遗忘该连接时发送了重置（也可能是服务器中止了连接）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not acknowledged: TCP_USER_TIMEOUT gave up after %1 (%2)</source>
        <translation>未得到确认：TCP_USER_TIMEOUT 在 %1 后放弃（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not connect within %1</source>
        <translation>%1 内未能连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server sent %1 bytes after %2 idle: a server that talks keeps the path busy, so this idle cannot be measured</source>
        <translation>服务器在空闲 %2 后发送了 %1 字节：服务器持续发送数据会使路径保持活跃，因此无法测量这一空闲时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the payload could not be sent: %1</source>
        <translation>无法发送载荷：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection failed after %1 idle: %2</source>
        <translation>空闲 %1 后连接失败：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neither acknowledged nor given up %1 after the payload</source>
        <translation>发送载荷 %1 后既未得到确认，也未放弃</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>closed unmeasured after %1 of its %2 idle: the shorter idle %3 was already cut</source>
        <translation>空闲到 %1 时关闭（计划空闲 %2），未测量：更短的空闲时间 %3 已被切断</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>closed before its verdict: the shorter idle %1 was already cut</source>
        <translation>得出判定前关闭：更短的空闲时间 %1 已被切断</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>interrupted after %1 idle</source>
        <translation>空闲 %1 后被中断</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the server sent %1 bytes at connect; the idle clock started after them)</source>
        <translation>（服务器在连接时发送了 %1 字节；空闲计时从这些数据之后开始）</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>with a reset (RST)</source>
        <translation>以重置（RST）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silently</source>
        <translation>静默地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The path cut even the shortest idle tried, %1, %2; no idle survived, so there is no timeout for the Advisor to beat.</source>
        <translation>路径连所试的最短空闲时间 %1 也%2切断了；没有任何空闲时间存活，因此不存在需要“调优建议”页去应对的超时。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The path cuts an idle connection between %1 and %2 of idleness, %3; the Advisor takes %4, the longest idle that survived.</source>
        <translation>路径会在空闲 %1 到 %2 之间%3切断空闲连接；“调优建议”页采用 %4，即已存活的最长空闲时间。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server itself (or a proxy in front of it) closes idle connections after %1, so the bounds cannot be narrowed past that.</source>
        <translation>服务器本身（或其前面的代理）会在空闲 %1 后关闭连接，因此界限无法再缩小。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every idle up to %1 survived; the server itself (or a proxy in front of it) closes idle connections after %2, so the path cannot be measured past that.</source>
        <translation>空闲 %1 以内均已存活；服务器本身（或其前面的代理）会在空闲 %2 后关闭连接，因此路径的测量无法超出这一时间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server itself (or a proxy in front of it) closes idle connections after %1, before any idle could be tried; the path cannot be measured past that.</source>
        <translation>服务器本身（或其前面的代理）在空闲 %1 后就关闭了连接，没有任何空闲时间来得及试验；路径的测量无法超出这一时间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>So far every idle survived, up to %1: no idle timeout found yet.</source>
        <translation>到目前为止，%1 以内的空闲时间均已存活：尚未发现空闲超时。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every trial survived %1 of idleness: this path has no idle timeout up to %2.</source>
        <translation>所有试验连接均已存活，最长空闲 %1：这条路径在 %2 以内没有空闲超时。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing could be measured: %1</source>
        <translation>未能测得任何结果：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No trial has finished yet: nothing is known about the path.</source>
        <translation>尚无试验连接结束：对路径还一无所知。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 trial disagreed (a longer idle survived): the path may lose packets or cut for another reason.</source>
        <translation>有 1 个试验连接结果矛盾（更长的空闲时间反而存活）：路径可能丢包，或因其他原因切断连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 trials disagreed (a longer idle survived): the path may lose packets or cut for another reason.</source>
        <translation>有 %1 个试验连接结果矛盾（更长的空闲时间反而存活）：路径可能丢包，或因其他原因切断连接。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The measurement stopped early: %1.</source>
        <translation>测量提前停止：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interrupted. %1</source>
        <translation>已中断。%1</translation>
    </message>
</context>
<context>
    <name>PathTimeoutCommand</name>
    <message>
        <location filename="../../app/cli/PathTimeoutCommand.cpp" line="+38"/>
        <source>Measure the path&apos;s idle timeout: how long an idle TCP connection to HOST:PORT survives the middleboxes on the way. Trial connections (keep-alive off, TCP_USER_TIMEOUT %1 s) stay idle for different times, then each sends one payload: acknowledged means the path carried it, never acknowledged means it was cut silently, a reset instead means a middlebox cut it with an RST. Rounds bisect between the longest idle that survived and the shortest that was cut. The far end may be any server that answers or closes.

%4

Exit status: 0 a measurement was made; 1 the target cannot be reached (the connect error is on stderr) or nothing could be measured; 2 usage; %2 or %3 when ended by SIGINT (Ctrl-C) or SIGTERM, after printing what is known so far.</source>
        <translation>测量路径的空闲超时：到 HOST:PORT 的空闲 TCP 连接能在沿途的中间设备中存活多久。试验连接（保活关闭，TCP_USER_TIMEOUT %1 s）各自空闲不同的时间，然后各发送一个载荷：得到确认说明路径传送了它；始终未得到确认说明连接被静默切断；收到的若是重置，则说明中间设备以 RST 切断了连接。各轮在已存活的最长空闲时间与被切断的最短空闲时间之间二分查找。远端可以是任何会应答或关闭连接的服务器。

%4

退出状态：0 完成了测量；1 无法到达目标（连接错误输出到 stderr）或未能测得任何结果；2 命令行有误；%2 或 %3：被 SIGINT（Ctrl-C）或 SIGTERM 终止，终止前已输出目前已知的结果。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>HOST:PORT, IPV4:PORT or [IPV6]:PORT of a real server.</source>
        <translation>真实服务器的 HOST:PORT、IPV4:PORT 或 [IPV6]:PORT。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The longest idle tried, in seconds (1 to %1; default %2). A run takes about three times the path&apos;s timeout, at most about three times this.</source>
        <translation>试验的最长空闲时间，单位为秒（1 到 %1；默认 %2）。一次运行约需路径超时的三倍时间，最多约为此值的三倍。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shortest idle worth trying, in seconds (default %1: from the start).</source>
        <translation>值得试验的最短空闲时间，单位为秒（默认 %1：从零开始）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop when the bounds are this close, in seconds (1 to %1; default %2).</source>
        <translation>界限相差不超过此值时停止，单位为秒（1 到 %1；默认 %2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never more than N trial connections at once (1 to %1; default %2).</source>
        <translation>同时打开的试验连接不超过 N 个（1 到 %1；默认 %2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What each trial sends after its idle (default &quot;%1&quot;: one newline); \n, \r, \t, \0, \\ and \xHH are bytes; at most %2 bytes.</source>
        <translation>每个试验连接在空闲后发送的内容（默认“%1”：一个换行符）；\n、\r、\t、\0、\\ 和 \xHH 表示字节；最多 %2 字节。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>path-timeout needs HOST:PORT (see &apos;keepalivectl path-timeout --help&apos;)</source>
        <translation>path-timeout 需要 HOST:PORT（参见“keepalivectl path-timeout --help”）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path-timeout takes one HOST:PORT, not %1 (see &apos;keepalivectl path-timeout --help&apos;)</source>
        <translation>path-timeout 只接受一个 HOST:PORT，而不是 %1 个（参见“keepalivectl path-timeout --help”）</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>interrupted by %1</source>
        <translation>被 %1 中断</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing could be measured</source>
        <translation>未能测得任何结果</translation>
    </message>
</context>
<context>
    <name>PathTimeoutReport</name>
    <message>
        <location filename="../../app/cli/PathTimeoutReport.cpp" line="+55"/>
        <source>Measuring the idle timeout of the path to %1.</source>
        <translation>正在测量到 %1 的路径的空闲超时。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each trial sends &quot;%1&quot; (1 byte) after its idle; the server may log it.</source>
        <translation>每个试验连接在空闲后发送“%1”（1 字节）；服务器可能会将其记入日志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each trial sends &quot;%1&quot; (%2 bytes) after its idle; the server may log it.</source>
        <translation>每个试验连接在空闲后发送“%1”（%2 字节）；服务器可能会将其记入日志。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round %1, about %2 left</source>
        <translation>第 %1 轮，约剩 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; idle so far/planned (s): %1</source>
        <translation>；已空闲/计划空闲（s）：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  round %1, idle %2 s: %3: %4</source>
        <translation>  第 %1 轮，空闲 %2 s：%3：%4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
Trials (%1):
</source>
        <translation>
试验连接（%1）：
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle</source>
        <translation>空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../../app/cli/ProbeCommand.cpp" line="+84"/>
        <source>nobody connected to port %1 within %2</source>
        <translation>%2 内没有人连接到端口 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>embedded peer %1</source>
        <translation>内置对端 %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>interrupted by %1</source>
        <translation>被 %1 中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted by %1 while waiting for a connection on port %2</source>
        <translation>等待端口 %2 上的连接时被 %1 中断</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeInterrupt.cpp" line="+108"/>
        <source>signal %1</source>
        <translation>信号 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeOptions.cpp" line="+46"/>
        <source>Open a real TCP connection, apply keep-alive options, print what the kernel made of them and, with --watch, what it does. Without HOST:PORT the connection goes to an embedded peer on 127.0.0.1. An option left out inherits this host&apos;s value.

Ctrl-C (SIGINT) or SIGTERM ends a watch early: the report so far is still printed (the whole document with --json), then the exit status is %1 or %2.</source>
        <translation>打开一个真实的 TCP 连接，应用保活选项，打印内核对这些选项的实际设置；加上 --watch 时，还会打印内核随后的行为。不指定 HOST:PORT 时，连接到 127.0.0.1 上的内置对端。未指定的选项继承本机的值。

Ctrl-C（SIGINT）或 SIGTERM 会提前结束观察：仍会打印目前为止的报告（使用 --json 时为完整文档），随后的退出状态为 %1 或 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HOST:PORT, IPV4:PORT or [IPV6]:PORT</source>
        <translation>HOST:PORT、IPV4:PORT 或 [IPV6]:PORT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TCP_KEEPIDLE: seconds idle before the first probe (%1).</source>
        <translation>TCP_KEEPIDLE：发送第一个探测包前的空闲秒数（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TCP_KEEPINTVL: seconds between probes (%1).</source>
        <translation>TCP_KEEPINTVL：探测包之间的秒数（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP_KEEPCNT: unanswered probes before giving up (%1).</source>
        <translation>TCP_KEEPCNT：放弃连接前未应答的探测包数（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TCP_USER_TIMEOUT in milliseconds (0 = not set; %1).</source>
        <translation>TCP_USER_TIMEOUT（用户超时），以毫秒为单位（0 = 未设置；%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give up resolving or connecting after S seconds (default 5).</source>
        <translation>解析或连接超过 S 秒则放弃（默认 5）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the connection open S seconds and report what the kernel does.</source>
        <translation>保持连接打开 S 秒，并报告内核的行为。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave SO_KEEPALIVE off.</source>
        <translation>不开启 SO_KEEPALIVE。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instead of connecting, accept one connection on PORT (all addresses) and observe it, so someone can connect in. Waits until a connection arrives, or --connect-timeout when given.</source>
        <translation>不主动连接，而是在 PORT（所有地址）上接受一个连接并观察它，以便他人连入。一直等待到有连接到达；若指定了 --connect-timeout，则最多等待该时长。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --listen: serve every connection, send back every byte received and apply no keep-alive of its own, until interrupted. The far end for &apos;keepalivectl path-timeout&apos; when the real server is too precious for stray bytes.</source>
        <translation>与 --listen 一起使用：为每个连接提供服务，将收到的每个字节原样发回，自身不启用保活，直到被中断。真实服务器不宜接收多余字节时，可用作“keepalivectl path-timeout”的远端。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>probe takes one HOST:PORT, not %1 (see &apos;keepalivectl probe --help&apos;)</source>
        <translation>probe 只接受一个 HOST:PORT，而不是 %1 个（参见“keepalivectl probe --help”）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--listen accepts a connection; it takes no HOST:PORT</source>
        <translation>--listen 用于接受连接，不能指定 HOST:PORT</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeReport.cpp" line="+82"/>
        <source>timer unknown</source>
        <translation>定时器未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no timer</source>
        <translation>无定时器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 timer in %2</source>
        <translation>%1 定时器，%2 后触发</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>observed</source>
        <translation>观测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, unanswered probes %3, last received %4 ago, rtt %5 ms</source>
        <translation>%1，%2，未应答的探测包 %3，最后接收于 %4 前，rtt %5 ms</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>requested</source>
        <translation>请求值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>effective</source>
        <translation>生效值</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Listening on port %1 (all addresses); waiting for a connection…</source>
        <translation>正在监听端口 %1（所有地址）；等待连接…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>target   %1</source>
        <translation>目标  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address  %1 (local %2)</source>
        <translation>地址  %1（本端 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this connection&apos;s options</source>
        <translation>此连接的选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watching for %1:</source>
        <translation>观察 %1：</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>1 probe sent, %1 answered.</source>
        <translation>已发送 1 个探测包，已应答 %1 个。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n probes sent, %1 answered.</source>
        <translation>
            <numerusform>已发送 %n 个探测包，已应答 %1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeEcho</name>
    <message>
        <location filename="../../app/cli/ProbeEcho.cpp" line="+23"/>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Echoing on port %1 (all addresses): every byte is sent back, with no keep-alive of its own. Ctrl-C ends.</source>
        <translation>正在端口 %1（所有地址）上回显：收到的每个字节都原样发回，自身不启用保活。按 Ctrl-C 结束。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection from %1 (%2 open)</source>
        <translation>来自 %1 的连接（当前打开 %2 个）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 after echoing %3 (%4 open)</source>
        <translation>%1：%2，共回显 %3（当前打开 %4 个）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Served 1 connection and echoed %1; %2 still open.</source>
        <translation>共服务 1 个连接，回显 %1；仍有 %2 个未关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served %1 connections and echoed %2; %3 still open.</source>
        <translation>共服务 %1 个连接，回显 %2；仍有 %3 个未关闭。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interrupted by %1</source>
        <translation>被 %1 中断</translation>
    </message>
</context>
<context>
    <name>ProbeOptions</name>
    <message>
        <location filename="../../app/cli/ProbeOptions.cpp" line="+14"/>
        <source>--echo needs --listen PORT</source>
        <translation>--echo 需要与 --listen PORT 一起使用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--echo applies no keep-alive options and serves until interrupted; it takes no --%1</source>
        <translation>--echo 不应用任何保活选项，且一直服务到被中断；不能指定 --%1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/GuiAssembly.cpp" line="-14"/>
        <source>The path measurement will be stopped.</source>
        <translation>路径测量将被停止。</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <location filename="../../core/schedule/Scenario.cpp" line="+46"/>
        <source>%1, %2 or %3</source>
        <translation>%1、%2 或 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>silently gone</source>
        <translation>悄然失效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answers</source>
        <translation>应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gone, data in flight</source>
        <translation>失效，有在途数据</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>peer silently gone</source>
        <translation>对端悄然失效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>peer answers</source>
        <translation>对端应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>peer silently gone, data in flight</source>
        <translation>对端悄然失效，有在途数据</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../core/schedule/Schedule.cpp" line="+152"/>
        <source>%1 + %2 × %3 s, the first keep-alive timer after the %4 user timeout</source>
        <translation>%1 + %2 × %3 s，即 %4 用户超时之后的第一个保活定时器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With TCP_USER_TIMEOUT set the probe count (%1) is ignored: 1 probe goes out before the user timeout ends the connection.</source>
        <translation>设置了 TCP_USER_TIMEOUT（用户超时）后，探测次数（%1）被忽略：在用户超时结束连接之前只发出 1 个探测包。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>With TCP_USER_TIMEOUT set the probe count (%1) is ignored: %n probes go out before the user timeout ends the connection.</source>
        <translation>
            <numerusform>设置了 TCP_USER_TIMEOUT（用户超时）后，探测次数（%1）被忽略：在用户超时结束连接之前发出 %n 个探测包。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user timeout is shorter than the idle time, yet nothing happens before the idle time: tcp_keepalive_timer() aborts only once at least one probe is unanswered (icsk_probes_out &gt; 0), so one probe goes out and the abort follows one interval later.</source>
        <translation>用户超时比空闲时间短，但在空闲时间到达之前什么也不会发生：tcp_keepalive_timer() 只有在至少一个探测包未获应答（icsk_probes_out &gt; 0）时才会中止连接，因此会先发出一个探测包，再过一个探测间隔后中止连接。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user timeout (%1) lies within how late the timer for probe %2 may fire; if it fires that late the abort comes one interval earlier, at about %3.</source>
        <translation>用户超时（%1）落在第 %2 个探测包的定时器可能推迟触发的范围内；若定时器推迟到那么晚才触发，中止会提前一个探测间隔，约在 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The idle time is beyond the timer wheel&apos;s reach at this HZ: the timer fires early at the wheel&apos;s limit, finds the time not yet up and re-arms.</source>
        <translation>在此 HZ 下，空闲时间超出了时间轮的范围：定时器会在时间轮的上限处提前触发，发现时间未到，于是重新设定。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 retransmissions until the %2 user timeout</source>
        <translation>重传 %1 次，直到达到用户超时 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 retransmissions, tcp_retries2 = %2</source>
        <translation>重传 %1 次，tcp_retries2 = %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep-alive sends nothing while data is unacknowledged: each time its timer fires it finds data in flight and re-arms for another idle period.</source>
        <translation>数据未确认期间，保活不发送任何内容：其定时器每次触发时都会发现有在途数据，于是重新设定，再等待一个空闲周期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the first timeout Linux may send one tail loss probe (net.ipv4.tcp_early_retrans) about two round trips after the data; it is not drawn.</source>
        <translation>在第一次超时之前，Linux 可能会在数据发出约两个往返时间后发送一个尾部丢失探测（net.ipv4.tcp_early_retrans）；此处未绘出。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HZ must be between 10 and 10000 (usually 100, 250, 300 or 1000); got %1</source>
        <translation>HZ 必须在 10 到 10000 之间（通常为 100、250、300 或 1000）；实际为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RTT must be between 0 and 120000 ms; got %1</source>
        <translation>RTT 必须在 0 到 120000 ms 之间；实际为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a live peer the RTT (%1 ms) must be shorter than the interval (%2 s): the answer has to arrive before the timer looks again</source>
        <translation>对端存活时，RTT（%1 ms）必须小于探测间隔（%2 s）：应答必须在定时器再次检查之前到达</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tcp_retries2 must be between 1 and 255; got %1</source>
        <translation>tcp_retries2 必须在 1 到 255 之间；实际为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>horizon must be 0 (automatic) or a positive number of seconds</source>
        <translation>时间范围必须为 0（自动）或正的秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the event limit must be at least 2</source>
        <translation>事件数上限必须至少为 2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep-alive is off (SO_KEEPALIVE not set): an idle connection sends nothing, so a silently vanished peer is never noticed until the application writes.</source>
        <translation>保活已关闭（未设置 SO_KEEPALIVE）：空闲连接不发送任何数据，因此在应用程序写入数据之前，永远发现不了悄然失效的对端。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each answer resets the probe counter, so a live peer is probed every %1 while the connection is idle and never given up.</source>
        <translation>每次应答都会将探测计数清零，因此连接空闲期间每 %1 探测一次存活的对端，永远不会放弃连接。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep-alive is off (SO_KEEPALIVE not set): an idle connection sends nothing.</source>
        <translation>保活已关闭（未设置 SO_KEEPALIVE）：空闲连接不发送任何数据。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>probe</source>
        <translation>探测包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timer re-armed</source>
        <translation>定时器重新设定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abort (ETIMEDOUT)</source>
        <translation>中止（ETIMEDOUT）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep-alive deferred</source>
        <translation>保活推迟</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <location filename="../../app/cli/ScheduleCommand.cpp" line="+36"/>
        <source>%1; %2; RTT %3 ms; HZ %4 (%5)</source>
        <translation>%1；%2；RTT %3 ms；HZ %4（%5）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time (s)</source>
        <translation>时间（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earliest (s)</source>
        <translation>最早（s）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>latest (s)</source>
        <translation>最晚（s）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(%1 events shown; the rest lie past the horizon or the %2-event limit)</source>
        <translation>（显示了 %1 个事件；其余的超出了时间范围或 %2 个事件的上限）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Print the modelled keep-alive schedule: each probe, ACK and the abort, with the window in which the kernel&apos;s timers may really fire. Times are seconds after the last segment received.</source>
        <translation>输出建模得到的保活探测时间表：每个探测包、ACK 和中止，以及内核定时器实际可能触发的窗口。时间为距最后一次收到报文段的秒数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Idle time before the first probe (default %1).</source>
        <translation>空闲时间：发送第一个探测包前的空闲秒数（默认 %1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time between probes (default %1).</source>
        <translation>探测间隔：探测包之间的时间（默认 %1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unanswered probes before giving up (default %1).</source>
        <translation>探测次数：放弃连接前未应答的探测包数（默认 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TCP_USER_TIMEOUT, 0 = not set.</source>
        <translation>TCP_USER_TIMEOUT（用户超时），0 = 未设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alive, dead (default) or data (dead peer with unacknowledged data).</source>
        <translation>alive（存活）、dead（失效，默认）或 data（失效的对端，且有未确认的数据）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round-trip time, measured or assumed (default 0).</source>
        <translation>往返时间，实测或假定（默认 0）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave out events after this time (default: until the abort).</source>
        <translation>省略此时间之后的事件（默认：直到中止）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>schedule takes no arguments, got &quot;%1&quot; (see &apos;keepalivectl schedule --help&apos;)</source>
        <translation>schedule 不接受参数，实际为“%1”（参见“keepalivectl schedule --help”）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--peer takes %1, not &quot;%2&quot;</source>
        <translation>--peer 只接受 %1，而不是“%2”</translation>
    </message>
</context>
<context>
    <name>ScreenshotMode</name>
    <message>
        <location filename="../../app/gui/ScreenshotMode.cpp" line="+52"/>
        <location line="+70"/>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+68"/>
        <source>There is no page called &quot;%1&quot;; the pages are: %2.</source>
        <translation>没有名为“%1”的页面；可用的页面有：%2。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no scene called &quot;%1&quot;; the scenes are: %2.</source>
        <translation>没有名为“%1”的画面；可用的画面有：%2。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The scene %1 cannot reach its state; no picture was written. %2</source>
        <translation>画面 %1 无法达到其状态；未写入图片。%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scene %1 did not reach its state within %2 s; no picture was written.</source>
        <translation>画面 %1 未能在 %2 s 内达到其状态；未写入图片。</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ScreenshotScenes</name>
    <message>
        <location filename="../../app/gui/ScreenshotScenes.cpp" line="+139"/>
        <source>The path measurement did not start: %1</source>
        <translation>路径测量未能开始：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The path measurement found no timeout to show (is a middlebox that forgets idle flows on the path?): %1</source>
        <translation>路径测量没有找到可展示的超时（路径上是否有会遗忘空闲连接的中间设备？）：%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The path measurement ended before its first trial survived with others still idle: %1</source>
        <translation>路径测量在第一个试验连接存活且其他试验连接仍空闲之前就结束了：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A trial of the path measurement ended otherwise than surviving before the picture&apos;s moment (a middlebox that forgets idle flows sooner than the shortest idle tried?).</source>
        <translation>在截图时刻之前，路径测量的某个试验连接以存活以外的方式结束了（中间设备遗忘空闲连接的时间是否短于所尝试的最短空闲时间？）。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>--path-target is for the scenes %1, not %2.</source>
        <translation>--path-target 用于画面 %1，而不是 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scene %1 measures a real path: name its server with --path-target HOST:PORT (for example an echo listener, keepalivectl probe --listen PORT --echo, behind the middlebox to show).</source>
        <translation>画面 %1 测量一条真实路径：请用 --path-target HOST:PORT 指定其服务器（例如位于要展示的中间设备之后的回显监听器：keepalivectl probe --listen PORT --echo）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--path-target: %1</source>
        <translation>--path-target：%1</translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <location filename="../../app/cli/SetCommand.cpp" line="+64"/>
        <source>expected KEY=VALUE, got &quot;%1&quot;</source>
        <translation>应为 KEY=VALUE，实际为“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot;; the keys are %2</source>
        <translation>未知的键“%1”；可用的键：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore the kernel defaults (7200 s, 75 s, 9 probes) through keepalive-tuner-helper.</source>
        <translation>通过 keepalive-tuner-helper 恢复内核默认值（7200 s、75 s、9 个探测包）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the host&apos;s keep-alive sysctls through keepalive-tuner-helper (asks for authorization with pkexec unless run as root).</source>
        <translation>通过 keepalive-tuner-helper 更改本机的保活 sysctl（除非以 root 身份运行，否则会通过 pkexec 请求授权）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also remove %1, so the defaults stay after reboot.</source>
        <translation>同时删除 %1，使默认值在重启后仍保持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also keep the values after reboot, in %1.</source>
        <translation>同时将这些值持久保存到 %1（重启后仍生效）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>net.ipv4.tcp_keepalive_time, net.ipv4.tcp_keepalive_intvl or net.ipv4.tcp_keepalive_probes (the slash spelling works too).</source>
        <translation>net.ipv4.tcp_keepalive_time、net.ipv4.tcp_keepalive_intvl 或 net.ipv4.tcp_keepalive_probes（也可用斜杠写法）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reset takes no KEY=VALUE</source>
        <translation>reset 不接受 KEY=VALUE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set needs at least one KEY=VALUE (see &apos;keepalivectl set --help&apos;)</source>
        <translation>set 至少需要一个 KEY=VALUE（参见“keepalivectl set --help”）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <location filename="../../app/cli/ShowCommand.cpp" line="+28"/>
        <source>Shows the three net.ipv4.tcp_keepalive_* sysctls of this network namespace: value, kernel default, valid range, the configuration file and line that sets each, and how long a silently dead peer goes unnoticed.</source>
        <translation>显示此网络命名空间中的三个 net.ipv4.tcp_keepalive_* sysctl：值、内核默认值、有效范围、设置各项的配置文件及行号，以及悄然失效的对端多久才会被发现。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON document.</source>
        <translation>输出一个 JSON 文档。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the report as FORMAT: text (the default), json (the same as --json) or prometheus (the text exposition format, for node_exporter&apos;s textfile collector).</source>
        <translation>以 FORMAT 格式输出报告：text（默认）、json（与 --json 相同）或 prometheus（文本暴露格式，供 node_exporter 的 textfile 收集器使用）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read values below DIR instead of /proc/sys.</source>
        <translation>从 DIR 下读取值，而不是 /proc/sys。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trace configuration files below DIR instead of / (e.g. a mounted image).</source>
        <translation>追踪 DIR 下的配置文件，而不是 /（例如挂载的镜像）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trace the boot as NAME applies the files: systemd (systemd-sysctl) or procps (sysctl --system). Default: systemd when the host boots with systemd (DIR/run/systemd/system exists), procps otherwise.</source>
        <translation>按 NAME 在启动时应用文件的方式追踪：systemd（systemd-sysctl）或 procps（sysctl --system）。默认：本机以 systemd 启动（存在 DIR/run/systemd/system）时为 systemd，否则为 procps。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show takes no arguments; got &quot;%1&quot;</source>
        <translation>show 不接受参数；实际为“%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--format takes text, json or prometheus, not &quot;%1&quot;</source>
        <translation>--format 只接受 text、json 或 prometheus，而不是“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--json and --format %1 ask for two formats; give one</source>
        <translation>--json 与 --format %1 要求了两种格式；请只指定一种</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--applier is given more than once</source>
        <translation>--applier 被指定了多次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--applier takes systemd or procps, not &quot;%1&quot;</source>
        <translation>--applier 只接受 systemd 或 procps，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: --config-root %1 is not a directory; no configuration file is traced</source>
        <translation>警告：--config-root %1 不是目录；不追踪任何配置文件</translation>
    </message>
</context>
<context>
    <name>SockDiag</name>
    <message>
        <location filename="../../core/socket/SockDiag.cpp" line="+65"/>
        <source>cannot open NETLINK_SOCK_DIAG: %1</source>
        <translation>无法打开 NETLINK_SOCK_DIAG：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot bind NETLINK_SOCK_DIAG: %1</source>
        <translation>无法绑定 NETLINK_SOCK_DIAG：%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>sock_diag request: %1</source>
        <translation>sock_diag 请求：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sock_diag reply: %1</source>
        <translation>sock_diag 应答：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sock_diag: %1</source>
        <translation>sock_diag：%1</translation>
    </message>
</context>
<context>
    <name>SocketOptions</name>
    <message>
        <location filename="../../core/socket/SocketOptions.cpp" line="+114"/>
        <source>the kernel refused %1 = %2: %3; it accepts values %4</source>
        <translation>内核拒绝了 %1 = %2：%3；可接受的值：%4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read %1 back: %2</source>
        <translation>无法回读 %1：%2</translation>
    </message>
</context>
<context>
    <name>SysctlKeys</name>
    <message>
        <location filename="../../core/sysctl/SysctlKeys.cpp" line="+23"/>
        <source>Linux 2.2; per network namespace since 4.5</source>
        <translation>Linux 2.2；自 4.5 起按网络命名空间独立</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Idle time before the first probe</source>
        <translation>空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a connection with keep-alive enabled may stay completely silent before the kernel sends the first keep-alive probe. Any segment received from the peer restarts this wait. Applies to sockets that enable SO_KEEPALIVE without setting TCP_KEEPIDLE.</source>
        <translation>启用了保活的连接在内核发送第一个保活探测包之前，可以完全静默的时长。收到对端的任何报文段都会重新开始计时。适用于启用了 SO_KEEPALIVE 但未设置 TCP_KEEPIDLE 的套接字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interval between probes</source>
        <translation>探测间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once probing has started and a probe goes unanswered, the time until the next probe. Sockets can override it with TCP_KEEPINTVL.</source>
        <translation>探测开始后，一个探测包未获应答时，到发送下一个探测包之前的时间。套接字可用 TCP_KEEPINTVL 覆盖此值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unanswered probes before giving up</source>
        <translation>探测次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many probes in a row may go unanswered before the kernel declares the peer dead, resets the connection and reports ETIMEDOUT to the application. Sockets can override it with TCP_KEEPCNT, or replace the rule with TCP_USER_TIMEOUT.</source>
        <translation>内核判定对端失效、重置连接并向应用程序报告 ETIMEDOUT 之前，允许连续未应答的探测包个数。套接字可用 TCP_KEEPCNT 覆盖此值，或用 TCP_USER_TIMEOUT（用户超时）取代这一规则。</translation>
    </message>
</context>
<context>
    <name>SysctlReader</name>
    <message>
        <location filename="../../core/sysctl/SysctlReader.cpp" line="+17"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist (no /proc/sys, or a kernel without this setting)</source>
        <translation>%1 不存在（没有 /proc/sys，或内核不支持此设置）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds &quot;%2&quot;, not a number</source>
        <translation>%1 的内容为“%2”，不是数字</translation>
    </message>
</context>
<context>
    <name>SysctlTrace</name>
    <message>
        <location filename="../../core/sysctl/SysctlTrace.cpp" line="+73"/>
        <source>the configuration root does not exist; no configuration file was traced</source>
        <translation>配置根目录不存在；未追踪任何配置文件</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>systemd-sysctl does not read this file: no link to it in a sysctl.d directory (Debian ships /etc/sysctl.d/99-sysctl.conf)</source>
        <translation>systemd-sysctl 不读取此文件：sysctl.d 目录中没有指向它的链接（Debian 自带 /etc/sysctl.d/99-sysctl.conf）</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+23"/>
        <location line="+12"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>a named pipe, not a file: it was not read; %1 would wait on it forever at boot and set nothing</source>
        <translation>命名管道，而非普通文件：未读取；启动时 %1 会一直等待它，什么也不设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, not a file: it was not read</source>
        <translation>%1，而非普通文件：未读取</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>changed while being read; it was skipped</source>
        <translation>读取时发生了变化；已跳过</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file holds NUL bytes (binary?); systemd-sysctl takes each as the end of a line</source>
        <translation>文件中含有 NUL 字节（二进制文件？）；systemd-sysctl 将每个 NUL 视为行尾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file holds NUL bytes (binary?); sysctl --system ignores the rest of a line after one</source>
        <translation>文件中含有 NUL 字节（二进制文件？）；sysctl --system 会忽略一行中 NUL 之后的内容</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>not an assignment: &quot;%1&quot;; &quot;!&quot; means nothing here (a bare &quot;-key&quot; keeps globs from setting a key); the line is ignored</source>
        <translation>不是赋值语句：“%1”；“!”在此没有意义（单独的“-key”才能阻止通配符设置某个键）；已忽略此行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an assignment (expected key = value): &quot;%1&quot;</source>
        <translation>不是赋值语句（应为 key = value）：“%1”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>sysctl --system does not allow white space after &apos;-&apos;: it ignores the line</source>
        <translation>sysctl --system 不允许“-”后有空白：它会忽略此行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the kernel refuses %1 = &quot;%2&quot;: %3</source>
        <translation>内核拒绝 %1 = &quot;%2&quot;：%3</translation>
    </message>
</context>
<context>
    <name>SysctlWriter</name>
    <message>
        <location filename="../../core/sysctl/SysctlWriter.cpp" line="+48"/>
        <source>The helper did not understand the request (a bug in Keepalive Tuner).</source>
        <translation>特权辅助程序无法理解该请求（Keepalive Tuner 的缺陷）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The helper did not run as root, so it could not change anything.</source>
        <translation>特权辅助程序未以 root 身份运行，因此无法做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The helper refused a setting it does not manage.</source>
        <translation>特权辅助程序拒绝了一项不归它管理的设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The helper refused a value that is not a whole number.</source>
        <translation>特权辅助程序拒绝了一个不是整数的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The helper refused a value outside the range the kernel accepts.</source>
        <translation>特权辅助程序拒绝了一个超出内核可接受范围的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The helper refused a request that names a setting twice.</source>
        <translation>特权辅助程序拒绝了一个重复指定同一设置的请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel refused a value; the values already written were restored.</source>
        <translation>内核拒绝了一个值；已写入的值均已恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel refused a value, and restoring the earlier values failed too. Check the values shown.</source>
        <translation>内核拒绝了一个值，且恢复先前的值也失败了。请检查显示的值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The values could not be kept after reboot (the file in /etc/sysctl.d could not be written or removed); the earlier values were restored.</source>
        <translation>无法持久保存这些值（/etc/sysctl.d 中的文件无法写入或删除）；先前的值已恢复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helper failed unexpectedly (exit status %1).</source>
        <translation>特权辅助程序意外失败（退出状态 %1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2 sets %3 = %4</source>
        <translation>%1 第 %2 行设置 %3 = %4</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+1"/>
        <source>%1. Nothing was changed.</source>
        <translation>%1。未做任何更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No value to set. Nothing was changed.</source>
        <translation>没有要设置的值。未做任何更改。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another change is still running; wait for it to finish.</source>
        <translation>另一项更改仍在进行；请等待其完成。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The helper program keepalive-tuner-helper was not found, so the settings cannot be changed from here; install Keepalive Tuner (for example cmake --install build --prefix /usr) so that it is in libexec.</source>
        <translation>未找到特权辅助程序 keepalive-tuner-helper，因此无法在此更改设置；请安装 Keepalive Tuner（例如 cmake --install build --prefix /usr），使其位于 libexec 中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looked for: %1</source>
        <translation>查找位置：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>pkexec is not installed, so the settings cannot be changed from here; install the &quot;pkexec&quot; package, or run &quot;keepalivectl set&quot; as root.</source>
        <translation>未安装 pkexec，因此无法在此更改设置；请安装“pkexec”软件包，或以 root 身份运行“keepalivectl set”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The helper program could not be started.</source>
        <translation>无法启动特权辅助程序。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The helper stopped unexpectedly (it crashed or was killed).</source>
        <translation>特权辅助程序意外停止（崩溃或被终止）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled: the authentication dialog was dismissed.</source>
        <translation>已取消：身份验证对话框被关闭。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not authorized, or no authentication agent is running in this session (for example over SSH without a desktop).</source>
        <translation>未获授权，或此会话中没有运行身份验证代理（例如通过 SSH 登录且没有桌面）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Some values did change; the values shown are what the kernel holds now.</source>
        <translation>部分值确已更改；显示的是内核当前持有的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is %2, not %3</source>
        <translation>%1 为 %2，而非 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not written</source>
        <translation>%1 未被写入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is still there</source>
        <translation>%1 仍然存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The helper reported success, but reading back shows otherwise: %1.</source>
        <translation>特权辅助程序报告成功，但回读结果并非如此：%1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The kernel defaults are restored, and no file sets other values at boot.</source>
        <translation>已恢复内核默认值，且启动时没有文件设置其他值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel defaults are restored, but other configuration still applies at boot: %1.</source>
        <translation>已恢复内核默认值，但启动时仍有其他配置生效：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kernel defaults are restored, and %1 is removed so they stay after reboot.</source>
        <translation>已恢复内核默认值，并已删除 %1，重启后仍保持默认值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kernel defaults are restored and %1 is removed, but other configuration still applies at boot: %2.</source>
        <translation>已恢复内核默认值并删除了 %1，但启动时仍有其他配置生效：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kernel defaults are restored until the next reboot.</source>
        <translation>已恢复内核默认值，直到下次重启。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied %1, and kept after reboot in %2.</source>
        <translation>已应用 %1，并已持久保存到 %2（重启后仍生效）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied %1 until the next reboot.</source>
        <translation>已应用 %1，直到下次重启。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>At boot these are read after %1 and win over it: %2.</source>
        <translation>启动时以下配置在 %1 之后读取，并会覆盖它：%2。</translation>
    </message>
</context>
<context>
    <name>SystemSnapshot</name>
    <message>
        <location filename="../../core/sysctl/SystemSnapshot.cpp" line="+55"/>
        <source>The kernel accepts %1, but a value that makes sense for this setting is %2.</source>
        <translation>内核接受 %1，但此设置的合理取值为 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (as asked)</source>
        <translation>%1（按指定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>systemd-sysctl (the host boots with systemd)</source>
        <translation>systemd-sysctl（本机以 systemd 启动）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sysctl --system of procps (the host does not boot with systemd)</source>
        <translation>procps 的 sysctl --system（本机不以 systemd 启动）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set by %1 to %2</source>
        <translation>由 %1 设为 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (written &quot;%1&quot;)</source>
        <translation>（写作“%1”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (errors ignored: the line starts with &apos;-&apos;)</source>
        <translation>（忽略错误：该行以“-”开头）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kernel refuses the value the boot writes, so the kernel default %1 stays.</source>
        <translation>内核拒绝启动时写入的值，因此保持内核默认值 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (&quot;-%2&quot;) leaves it unset: the kernel default %3 applies at boot.</source>
        <translation>%1（“-%2”）使其保持未设置：启动时采用内核默认值 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No configuration file sets it: the kernel default %1 applies at boot.</source>
        <translation>没有配置文件设置此项：启动时采用内核默认值 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sets &quot;%2&quot;, which the kernel refuses: %3. A valid value is %4.</source>
        <translation>%1 设置了“%2”，内核拒绝该值：%3。有效范围为 %4。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The keep-alive settings could not be read, so the time to notice a dead peer is unknown.</source>
        <translation>无法读取保活设置，因此发现失效的对端所需的时间未知。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this host&apos;s settings</source>
        <translation>本机的设置</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>TCP keep-alive on this host (kernel %1)
</source>
        <translation>本机的 TCP 保活（内核 %1）
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot applier: %1

</source>
        <translation>启动时应用设置的程序：%1

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; kernel default %2, valid %3</source>
        <translation>%1；内核默认值 %2，有效范围 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>    overrides %1 (%2)
</source>
        <translation>    覆盖了 %1（%2）
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    ! the kernel holds %1 but the configuration gives %2: changed since boot, or set by another tool
</source>
        <translation>    ! 内核中的值为 %1，但配置给出 %2：启动后被更改过，或由其他工具设置
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network namespace: net:[%1]%2
</source>
        <translation>网络命名空间：net:[%1]%2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the host&apos;s, same as PID 1)</source>
        <translation>（本机的，与 PID 1 相同）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (not PID 1&apos;s)</source>
        <translation>（不是 PID 1 的）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Masked configuration files:
</source>
        <translation>
被屏蔽的配置文件：
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1 (masked by %2)
</source>
        <translation>    %1（被 %2 屏蔽）
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Warnings:
</source>
        <translation>
警告：
</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <location filename="../../core/socket/Target.cpp" line="+41"/>
        <source>&quot;%1&quot; is not [IPV6]:PORT</source>
        <translation>“%1”不是 [IPV6]:PORT 格式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>“%1”不是 IPv6 地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has no port; write HOST:PORT</source>
        <translation>“%1”中没有端口；请写成 HOST:PORT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write IPv6 addresses in brackets: [%1]:PORT</source>
        <translation>IPv6 地址请写在方括号中：[%1]:PORT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has no host; write HOST:PORT</source>
        <translation>“%1”中没有主机；请写成 HOST:PORT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a port between 1 and 65535</source>
        <translation>“%1”不是 1 到 65535 之间的端口</translation>
    </message>
</context>
<context>
    <name>TimelineAxis</name>
    <message>
        <location filename="../../ui/TimelineAxis.cpp" line="+119"/>
        <source>⋯ %1 ⋯</source>
        <translation>⋯ %1 ⋯</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <location filename="../../ui/TimelinePainter.cpp" line="+56"/>
        <source>Time since the last segment received</source>
        <translation>距最后一次收到报文段的时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The peer answers: the connection is never given up</source>
        <translation>对端应答：连接永远不会被放弃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given up after %1; the kernel&apos;s timers may make it up to %2 later</source>
        <translation>%1 后放弃连接；内核定时器可能使其最多推迟 %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+327"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+327"/>
        <source>Probes</source>
        <translation>探测包</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+327"/>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Measured %1</source>
        <translation>实测：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>at %1</source>
        <translation>时刻 %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>model %1, window %2 – %3</source>
        <translation>模型 %1，窗口 %2 – %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deviation %1, %2</source>
        <translation>偏差 %1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inside the window</source>
        <translation>在窗口内</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outside the window</source>
        <translation>在窗口外</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no matching event in the model</source>
        <translation>模型中没有对应的事件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>window %1 – %2 s (up to %3 late)</source>
        <translation>窗口 %1 – %2 s（最多晚 %3）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>probe</source>
        <translation>探测包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data unacknowledged</source>
        <translation>数据未确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unanswered</source>
        <translation>未应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>timer re-armed</source>
        <translation>定时器重新设定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep-alive deferred</source>
        <translation>保活推迟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timer window</source>
        <translation>定时器窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>middlebox forgets the flow</source>
        <translation>中间设备遗忘该连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>data unacknowledged: retransmitting, keep-alive silent</source>
        <translation>数据未确认：正在重传，保活静默</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>idle %1</source>
        <translation>空闲 %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>probing, no answer: %1</source>
        <translation>探测中，无应答：%1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>ETIMEDOUT after %1</source>
        <translation>%1 后 ETIMEDOUT</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>user timeout %1</source>
        <translation>用户超时 %1</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>middlebox forgets the flow at %1</source>
        <translation>中间设备在 %1 时遗忘该连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deadline %1</source>
        <translation>时限 %1</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <location filename="../../core/i18n/Translation.cpp" line="+98"/>
        <source>%1, %2 or %3</source>
        <translation>%1、%2 或 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../core/params/Validation.cpp" line="+35"/>
        <source>user timeout</source>
        <translation>用户超时</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 must be %2; got %3</source>
        <translation>%1 必须%2；实际为 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be %2 (%3); got %4</source>
        <translation>%1 必须%2（%3）；实际为 %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was given twice</source>
        <translation>%1 被指定了两次</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 takes a whole number, not &quot;%2&quot;</source>
        <translation>%1 需要整数，而不是“%2”</translation>
    </message>
</context>
<context>
    <name>kt::ConnectionSet</name>
    <message>
        <location filename="../../core/session/ConnectionSet.cpp" line="+48"/>
        <source>embedded peer</source>
        <translation>内置对端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded peer #%1</source>
        <translation>内置对端 #%1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>the test connection to %1</source>
        <translation>到 %1 的测试连接</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot listen on port %1: %2</source>
        <translation>无法在端口 %1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>kt::EchoServer</name>
    <message>
        <location filename="../../core/socket/EchoServer.cpp" line="+39"/>
        <source>cannot listen on port %1: %2</source>
        <translation>无法在端口 %1 上监听：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>closed by the peer</source>
        <translation>被对端关闭</translation>
    </message>
</context>
<context>
    <name>kt::ExploredParams</name>
    <message>
        <location filename="../../core/session/ExploredParams.h" line="+51"/>
        <source>the kernel defaults</source>
        <translation>内核默认值</translation>
    </message>
</context>
<context>
    <name>kt::TestConnection</name>
    <message>
        <location filename="../../core/socket/TestConnection.cpp" line="+110"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolving…</source>
        <translation>正在解析…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probing, no answer</source>
        <translation>正在探测，无应答</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>established</source>
        <translation>已建立</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closed by peer</source>
        <translation>被对端关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset by peer</source>
        <translation>被对端重置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>连接丢失</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>options refused</source>
        <translation>选项被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>resolving %1</source>
        <translation>正在解析 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no address to connect to for %1</source>
        <translation>%1 没有可连接的地址</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no addresses</source>
        <translation>没有地址</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>resolved %1 to %2</source>
        <translation>已将 %1 解析为 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none of the %1 addresses of %2 accepted a connection; the last: %3</source>
        <translation>%2 的 %1 个地址都不接受连接；最后一个：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connecting to %1</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create a socket for %1: %2</source>
        <translation>无法为 %1 创建套接字：%2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>connected from %1 to %2 in %3</source>
        <translation>已从 %1 连接到 %2，耗时 %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accepted a connection from %1 on %2</source>
        <translation>在 %2 上接受了来自 %1 的连接</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>options applied (requested → effective): SO_KEEPALIVE %1 → %2, TCP_KEEPIDLE %3 → %4, TCP_KEEPINTVL %5 → %6, TCP_KEEPCNT %7 → %8, TCP_USER_TIMEOUT %9 → %10</source>
        <translation>已应用选项（请求值 → 生效值）：SO_KEEPALIVE %1 → %2，TCP_KEEPIDLE %3 → %4，TCP_KEEPINTVL %5 → %6，TCP_KEEPCNT %7 → %8，TCP_USER_TIMEOUT %9 → %10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+10"/>
        <source>received %1 bytes of data</source>
        <translation>收到 %1 字节数据</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>received 1 byte of data</source>
        <translation>收到 1 字节数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the peer closed the connection (FIN received)</source>
        <translation>对端关闭了连接（收到 FIN）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the peer reset the connection: %1</source>
        <translation>对端重置了连接：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing received for TCP_USER_TIMEOUT = %1 ms</source>
        <translation>在 TCP_USER_TIMEOUT = %1 ms 内未收到任何数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 keep-alive probe unanswered</source>
        <translation>1 个未应答的保活探测包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 keep-alive probes unanswered</source>
        <translation>%1 个未应答的保活探测包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the kernel gave up on the connection: %1; %2</source>
        <translation>内核放弃了连接：%1；%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disconnected (our side closed the connection)</source>
        <translation>已断开（本端关闭了连接）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the kernel&apos;s timer cannot be observed (%1); probes are still counted from TCP_INFO</source>
        <translation>无法观察内核的定时器（%1）；仍通过 TCP_INFO 计数探测包</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>keep-alive timer armed: the first probe is due in %1</source>
        <translation>保活定时器已启动：第一个探测包将在 %1 后发送</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>keep-alive probe %1 sent, %2 after the last segment received; no answer yet</source>
        <translation>已发送第 %1 个保活探测包，距上次收到报文段 %2；尚无应答</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep-alive probe sent, %1 after the last segment received</source>
        <translation>已发送保活探测包，距上次收到报文段 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the peer answered the probe (RTT %1 ms): the counter stays at 0</source>
        <translation>对端应答了探测包（RTT %1 ms）：计数保持为 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the peer answered: probe counter back to 0 after 1 probe</source>
        <translation>对端已应答：1 个探测包后探测计数归零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the peer answered: probe counter back to 0 after %1 probes</source>
        <translation>对端已应答：%1 个探测包后探测计数归零</translation>
    </message>
</context>
<context>
    <name>kt::inspect::InspectHelperClient</name>
    <message>
        <location filename="../../core/inspect/InspectHelperClient.cpp" line="+29"/>
        <source>Authentication was cancelled; other users&apos; options stay unread.</source>
        <translation>身份验证已取消；其他用户的选项仍未读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not authorized, or no authentication agent is running; other users&apos; options stay unread.</source>
        <translation>未获授权，或没有运行身份验证代理；其他用户的选项仍未读取。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The read-only helper refused its arguments: %1</source>
        <translation>只读辅助程序拒绝了其参数：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The read-only helper did not run as root.</source>
        <translation>只读辅助程序未以 root 身份运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The read-only helper could not list the connections: %1</source>
        <translation>只读辅助程序无法列出连接：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The read-only helper could not write its output.</source>
        <translation>只读辅助程序无法写出其输出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The read-only helper failed (exit status %1): %2</source>
        <translation>只读辅助程序失败（退出状态 %1）：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The read-only helper keepalive-tuner-inspect was not found (looked in %1).</source>
        <translation>未找到只读辅助程序 keepalive-tuner-inspect（查找位置：%1）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pkexec is not installed; Administrator mode needs it.</source>
        <translation>未安装 pkexec；管理员模式需要它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The read-only helper could not be started: %1</source>
        <translation>无法启动只读辅助程序：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The read-only helper crashed.</source>
        <translation>只读辅助程序崩溃了。</translation>
    </message>
</context>
<context>
    <name>kt::lab::LabRun</name>
    <message>
        <location filename="../../core/lab/LabRun.cpp" line="+67"/>
        <source>The Lab&apos;s sandbox program keepalive-tuner-lab was not found (looked in %1).</source>
        <translation>未找到实验室的沙箱程序 keepalive-tuner-lab（查找位置：%1）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>keepalive-tuner-lab could not be started: %1</source>
        <translation>无法启动 keepalive-tuner-lab：%1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>keepalive-tuner-lab stopped unexpectedly</source>
        <translation>keepalive-tuner-lab 意外停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keepalive-tuner-lab failed (exit status %1)</source>
        <translation>keepalive-tuner-lab 失败（退出状态 %1）</translation>
    </message>
</context>
<context>
    <name>kt::pathtimeout::PathTimeoutRun</name>
    <message>
        <location filename="../../core/pathtimeout/PathTimeoutRun.cpp" line="+189"/>
        <source>no addresses</source>
        <translation>没有地址</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>none of the %1 addresses of %2 accepted a connection; the last: %3</source>
        <translation>%2 的 %1 个地址都不接受连接；最后一个：%3</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>no trial of round %1 could be measured; the last: %2</source>
        <translation>第 %1 轮没有一个试验连接完成测量；最后一个：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no trial</source>
        <translation>没有试验连接</translation>
    </message>
</context>
<context>
    <name>kt::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/AboutDialog.cpp" line="+15"/>
        <location line="+24"/>
        <source>About Keepalive Tuner</source>
        <translation>关于 Keepalive Tuner</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Keepalive Tuner %1</source>
        <translation>Keepalive Tuner %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore and tune TCP keep-alive.</source>
        <translation>探索并调优 TCP 保活。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: %1 (GNU General Public License, version 3 or later).</source>
        <translation>许可证：%1（GNU 通用公共许可证第 3 版或更高版本）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also on the command line: &lt;code&gt;keepalivectl --help&lt;/code&gt;.</source>
        <translation>也可在命令行中使用：&lt;code&gt;keepalivectl --help&lt;/code&gt;。</translation>
    </message>
</context>
<context>
    <name>kt::ui::AdvisorPage</name>
    <message>
        <location filename="../../ui/AdvisorPage.cpp" line="+81"/>
        <source>Advisor</source>
        <translation>调优建议</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>set here</source>
        <translation>在此设置</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Your situation</source>
        <translation>您的情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Middlebox</source>
        <translation>中间设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The NAT, firewall or load balancer between the two ends that forgets idle flows, from the vendors&apos; documentation, or a custom timeout</source>
        <translation>两端之间会遗忘空闲连接的 NAT、防火墙或负载均衡器（数据取自厂商文档），或自定义超时</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None: only a deadline</source>
        <translation>无：仅有时限</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+249"/>
        <source>Custom timeout…</source>
        <translation>自定义超时…</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>&amp;Middlebox:</source>
        <translation>中间设备(&amp;M)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measure the &amp;path…</source>
        <translation>测量路径(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure the path&apos;s idle timeout</source>
        <translation>测量路径空闲超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure how long an idle connection to a real server survives the path, and take the timeout found as the middlebox</source>
        <translation>测量到真实服务器的空闲连接能在该路径上存活多久，并将测得的空闲超时用作中间设备</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Middlebox timeout</source>
        <translation>中间设备超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After how many seconds without a packet the middlebox forgets the flow</source>
        <translation>中间设备在多少秒内没有数据包后遗忘该连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+20"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice a dead peer &amp;within</source>
        <translation>限时发现失效的对端(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether a silently dead peer must be noticed within a deadline</source>
        <translation>是否必须在时限内发现悄然失效的对端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detection deadline</source>
        <translation>发现时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A silently dead peer must be noticed within this many seconds</source>
        <translation>必须在这么多秒内发现悄然失效的对端</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the &amp;count</source>
        <translation>固定探测次数(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this probe count instead of choosing one</source>
        <translation>使用此探测次数，而不是由程序选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe count to keep</source>
        <translation>固定的探测次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unanswered probes before the connection is given up</source>
        <translation>放弃连接前未应答的探测包数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the i&amp;nterval</source>
        <translation>固定探测间隔(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this interval instead of choosing one</source>
        <translation>使用此探测间隔，而不是由程序选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval to keep</source>
        <translation>固定的探测间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between unanswered probes</source>
        <translation>未应答的探测包之间的秒数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kernel tick rate (HZ)</source>
        <translation>内核节拍频率（HZ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel&apos;s HZ: how late the long keep-alive timers may fire</source>
        <translation>内核的 HZ：决定较长的保活定时器最多可能推迟多久触发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;HZ:</source>
        <translation>HZ(&amp;H)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recommended values</source>
        <translation>建议值</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>idle (TCP_KEEPIDLE)</source>
        <translation>空闲时间（TCP_KEEPIDLE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interval (TCP_KEEPINTVL)</source>
        <translation>探测间隔（TCP_KEEPINTVL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count (TCP_KEEPCNT)</source>
        <translation>探测次数（TCP_KEEPCNT）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP_USER_TIMEOUT</source>
        <translation>TCP_USER_TIMEOUT</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Explore on the Timeline</source>
        <translation>在时间线上查看(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show these values on the Timeline, with the middlebox and the deadline drawn over them</source>
        <translation>在时间线上显示这些值，并在其上绘出中间设备和时限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply to this host…</source>
        <translation>应用到本机(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the System page&apos;s editor with these values, to apply them now or keep them after reboot (TCP_USER_TIMEOUT is per socket and not a host setting)</source>
        <translation>用这些值打开“系统”页的编辑器，可立即应用，或持久保存使其重启后仍生效（TCP_USER_TIMEOUT 针对单个套接字，不是主机设置）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a test &amp;connection</source>
        <translation>打开测试连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a test connection with these values on the Test connection page</source>
        <translation>在“测试连接”页用这些值打开测试连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prove it in the &amp;Lab</source>
        <translation>在实验室中验证(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the middlebox scenario in the Lab with these values and the middlebox&apos;s timeout</source>
        <translation>在实验室中用这些值和该中间设备的空闲超时运行中间设备场景</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>read from %1</source>
        <translation>读取自 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assumed: the kernel configuration is not readable</source>
        <translation>假定值：无法读取内核配置</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Measured: %1</source>
        <translation>实测：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forgets idle flows after %1 by default · configurable: %2</source>
        <translation>默认空闲 %1 后遗忘该连接 · 可配置：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCP keep-alive refreshes it: it tracks the flow, and a probe and its ACK are traffic.</source>
        <translation>TCP 保活可以刷新它：它跟踪连接，探测包及其 ACK 都算作流量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP keep-alive does NOT refresh it: it counts only application data.</source>
        <translation>TCP 保活无法刷新它：它只把应用数据算作流量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measured on %1 on the path to %2: %3</source>
        <translation>%1 在到 %2 的路径上测得：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A middlebox that tracks the flow (NAT, conntrack, a pass-through load balancer) and forgets it after the timeout you give.</source>
        <translation>跟踪连接的中间设备（NAT、conntrack、直通式负载均衡器），在您指定的空闲超时后遗忘该连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No middlebox: the values only have to notice a dead peer within the deadline.</source>
        <translation>无中间设备：这些值只需在时限内发现失效的对端。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommended idle</source>
        <translation>建议的空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended interval</source>
        <translation>建议的探测间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended count</source>
        <translation>建议的探测次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended user timeout</source>
        <translation>建议的用户超时</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>TCP_USER_TIMEOUT is a socket option: the host&apos;s sysctls cannot hold it, so set it in the program.</source>
        <translation>TCP_USER_TIMEOUT 是套接字选项：主机的 sysctl 无法保存它，请在程序中设置。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the Advisor&apos;s recommendation</source>
        <translation>调优建议页给出的建议值</translation>
    </message>
</context>
<context>
    <name>kt::ui::ConnectionDetails</name>
    <message>
        <location filename="../../ui/ConnectionDetails.cpp" line="+61"/>
        <source>Options requested and effective</source>
        <translation>选项的请求值与生效值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each keep-alive option as requested and as the kernel reports it for the selected connection.</source>
        <translation>所选连接的各项保活选项：请求值，以及内核报告的值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>请求值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective</source>
        <translation>生效值</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No connection selected</source>
        <translation>未选择连接</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+34"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>connect to see the keep-alive timer</source>
        <translation>连接后可查看保活定时器</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SO_KEEPALIVE is off: no probes are sent</source>
        <translation>SO_KEEPALIVE 已关闭：不发送探测包</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>until the kernel gives up (ETIMEDOUT)</source>
        <translation>距内核放弃连接（ETIMEDOUT）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>until probe %1 (the last one is unanswered)</source>
        <translation>距第 %1 个探测包（上一个未应答）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until the next keep-alive probe</source>
        <translation>距下一个保活探测包</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no keep-alive timer pending (data in flight, or not observable)</source>
        <translation>没有待触发的保活定时器（有在途数据，或无法观测）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 probes unanswered · %3 sent, %4 answered</source>
        <translation>未应答的探测包 %1/%2 · 已发送 %3 个，已应答 %4 个</translation>
    </message>
</context>
<context>
    <name>kt::ui::ConnectionEventLog</name>
    <message>
        <location filename="../../ui/ConnectionEventLog.cpp" line="+40"/>
        <location line="+37"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since start</source>
        <translation>自开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacing</source>
        <translation>时间差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events of the selected connection</source>
        <translation>所选连接的事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the kernel reported for the selected connection: time, seconds since the start, and the event.</source>
        <translation>内核为所选连接报告的事件：时间、自开始以来的秒数，以及事件本身。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Events of %1</source>
        <translation>%1 的事件</translation>
    </message>
</context>
<context>
    <name>kt::ui::ConnectionForm</name>
    <message>
        <location filename="../../ui/ConnectionForm.cpp" line="+34"/>
        <location line="+6"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>host:port, [IPv6]:port — empty: the embedded peer on 127.0.0.1</source>
        <translation>host:port、[IPv6]:port — 留空：127.0.0.1 上的内置对端</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a test connection to the target with the options below.</source>
        <translation>用下方的选项打开到目标的测试连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or listen on port</source>
        <translation>或监听端口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept connections on this port (all addresses) and apply the options below to each, so someone can connect in.</source>
        <translation>在此端口（所有地址）上接受连接，并对每个连接应用下方的选项，以便他人连入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+262"/>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Listen port</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Turn keep-alive on for the connection. Without it no probes are sent, whatever the values.</source>
        <translation>为该连接开启保活。不开启时，无论设置什么值都不会发送探测包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SO_KEEPALIVE: keep-alive on</source>
        <translation>SO_KEEPALIVE：开启保活</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Idle</source>
        <translation>空闲时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>TCP_KEEPIDLE: seconds without receiving anything before the first probe (%1).</source>
        <translation>TCP_KEEPIDLE：未收到任何数据多少秒后发送第一个探测包（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inherit idle</source>
        <translation>继承空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval</source>
        <translation>探测间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP_KEEPINTVL: seconds between unanswered probes (%1).</source>
        <translation>TCP_KEEPINTVL：未应答的探测包之间的秒数（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inherit interval</source>
        <translation>继承探测间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>探测次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP_KEEPCNT: unanswered probes before the connection is given up (%1).</source>
        <translation>TCP_KEEPCNT：放弃连接前未应答的探测包数（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inherit count</source>
        <translation>继承探测次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User timeout</source>
        <translation>用户超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP_USER_TIMEOUT: milliseconds without an answer before the connection is given up; when set it replaces the count. 0 = not set.</source>
        <translation>TCP_USER_TIMEOUT（用户超时）：无应答多少毫秒后放弃连接；设置后取代探测次数。0 = 未设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inherit user timeout</source>
        <translation>继承用户超时</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>inherit</source>
        <translation>继承</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the option unset: the connection takes this host&apos;s value, shown as the effective value.</source>
        <translation>不设置此选项：连接采用本主机的值，并显示为生效值。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Listening on port %1: each connection accepted gets the options it was started with and joins the list.</source>
        <translation>正在监听端口 %1：每个接受的连接都使用开始监听时的选项，并加入列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“inherit” leaves an option unset, so the connection takes this host&apos;s value; the kernel&apos;s read-back shows it as the effective value.</source>
        <translation>“继承”表示不设置该选项，连接将采用本主机的值；从内核读回的值显示为生效值。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Stop listening</source>
        <translation>停止监听</translation>
    </message>
</context>
<context>
    <name>kt::ui::ConnectionPage</name>
    <message>
        <location filename="../../ui/ConnectionPage.cpp" line="+44"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the selected connection and keep it on the list.</source>
        <translation>关闭所选连接，但保留在列表中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the selected connection and take it off the list.</source>
        <translation>关闭所选连接，并从列表中移除。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test connections</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The open test connections with their state, effective options and next probe; the selected one is shown in the details and the event log.</source>
        <translation>已打开的测试连接及其状态、生效选项和下一个探测包；所选连接显示在详情和事件日志中。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Open a test connection to see what the kernel does with keep-alive options.</source>
        <translation>打开测试连接，查看内核如何处理保活选项。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The kernel gave up on %1 (ETIMEDOUT) %2 after the last segment received; the model predicts %3.</source>
        <translation>内核在最后一次收到报文段 %2 后放弃了 %1（ETIMEDOUT）；模型的预测值为 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The test connection to %1 ended: %2</source>
        <translation>到 %1 的测试连接已结束：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The test connection to %1 failed: %2</source>
        <translation>到 %1 的测试连接失败：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the test connection to %1</source>
        <translation>到 %1 的测试连接</translation>
    </message>
</context>
<context>
    <name>kt::ui::ConnectionTableModel</name>
    <message>
        <location filename="../../ui/ConnectionTableModel.cpp" line="+81"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>空闲时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval</source>
        <translation>探测间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>探测次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next probe in</source>
        <translation>距下一探测包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanswered</source>
        <translation>未应答</translation>
    </message>
</context>
<context>
    <name>kt::ui::ConnectionsChart</name>
    <message>
        <location filename="../../ui/ConnectionsChart.cpp" line="+14"/>
        <source>Keep-alive and middlebox chart</source>
        <translation>保活与中间设备图表</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keep-alive on %1, off %2, unknown %3.</source>
        <translation>保活开启 %1 个，关闭 %2 个，未知 %3 个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> A %1 middlebox keeps %2, cuts %3, cannot tell %4.</source>
        <translation>空闲超时为 %1 的中间设备会保留 %2 个、切断 %3 个，无法判断 %4 个。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+47"/>
        <source>Middlebox</source>
        <translation>中间设备</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Keep-alive</source>
        <translation>保活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keeps</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cuts</source>
        <translation>切断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Middlebox: choose a timeout to see which connections it cuts</source>
        <translation>中间设备：选择空闲超时，查看哪些连接会被切断</translation>
    </message>
</context>
<context>
    <name>kt::ui::ConnectionsModel</name>
    <message>
        <location filename="../../ui/ConnectionsModel.cpp" line="+99"/>
        <source>SO_KEEPALIVE as read back from the socket; &quot;on (timer)&quot; when only the pending keep-alive timer tells it</source>
        <translation>从套接字读回的 SO_KEEPALIVE；仅能从待触发的保活定时器判断时显示“开启（定时器）”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCP_KEEPIDLE read back from the socket</source>
        <translation>从套接字读回的 TCP_KEEPIDLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP_KEEPINTVL read back from the socket</source>
        <translation>从套接字读回的 TCP_KEEPINTVL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP_KEEPCNT read back from the socket</source>
        <translation>从套接字读回的 TCP_KEEPCNT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP_USER_TIMEOUT read back from the socket (0: not set)</source>
        <translation>从套接字读回的 TCP_USER_TIMEOUT（用户超时；0：未设置）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the pending timer fires</source>
        <translation>待触发的定时器还有多久触发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timer&apos;s counter: keep-alive probes sent, or retransmissions</source>
        <translation>定时器的计数：已发送的保活探测包数，或重传次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time since the last segment was received</source>
        <translation>距最后一次收到报文段的时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a middlebox that forgets idle flows after the chosen timeout would keep this connection</source>
        <translation>在所选空闲超时后遗忘空闲连接的中间设备是否会保留此连接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local</source>
        <translation>本端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep-alive</source>
        <translation>保活</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>空闲时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval</source>
        <translation>探测间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>探测次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User timeout</source>
        <translation>用户超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timer</source>
        <translation>定时器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fires in</source>
        <translation>距触发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probes</source>
        <translation>探测次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last receive</source>
        <translation>最后接收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middlebox</source>
        <translation>中间设备</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on (timer)</source>
        <translation>开启（定时器）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot tell</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keeps</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cuts</source>
        <translation>切断</translation>
    </message>
</context>
<context>
    <name>kt::ui::ConnectionsPage</name>
    <message>
        <location filename="../../ui/ConnectionsPage.cpp" line="+38"/>
        <location line="+113"/>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+9"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only connections of processes whose command contains this</source>
        <translation>只显示命令中包含此文本的进程的连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Process:</source>
        <translation>进程(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only connections with this port at either end</source>
        <translation>只显示任一端使用此端口的连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only connections in this TCP state</source>
        <translation>只显示处于此 TCP 状态的连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on or off</source>
        <translation>开启或关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep-alive</source>
        <translation>保活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only connections with keep-alive on, or off</source>
        <translation>只显示保活开启（或关闭）的连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep-alive:</source>
        <translation>保活(&amp;K)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middlebox idle timeout</source>
        <translation>中间设备的空闲超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A middlebox (NAT, load balancer, firewall) that forgets a flow after this many idle seconds; the Advisor sets it too</source>
        <translation>中间设备（NAT、负载均衡器、防火墙）空闲这么多秒后会遗忘该连接；“调优建议”页也会设置此值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Middlebox:</source>
        <translation>中间设备(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only those it &amp;cuts</source>
        <translation>仅显示被切断的(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only connections the middlebox cuts</source>
        <translation>只显示中间设备会切断的连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the connections a middlebox with this timeout would forget</source>
        <translation>只显示具有此空闲超时的中间设备会遗忘的连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+196"/>
        <source>P&amp;ause</source>
        <translation>暂停(&amp;A)</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+195"/>
        <source>Pause the live refresh</source>
        <translation>暂停实时刷新</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Stop or resume refreshing the list every second</source>
        <translation>停止或恢复每秒刷新列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dministrator mode</source>
        <translation>管理员模式(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator mode</source>
        <translation>管理员模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every process&apos;s options through the read-only helper (asks for an administrator&apos;s password; changes nothing)</source>
        <translation>通过只读的特权辅助程序读取所有进程的选项（需要管理员密码；不做任何更改）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Every TCP connection of this network namespace with its keep-alive options and timer</source>
        <translation>此网络命名空间中的所有 TCP 连接及其保活选项和定时器</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a connection to see its schedule on the Timeline.</source>
        <translation>选择一个连接，在时间线上查看其探测时间表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test these values</source>
        <translation>测试这些值(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test these values</source>
        <translation>测试这些值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a test connection with the selected connection&apos;s options</source>
        <translation>用所选连接的选项打开测试连接</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Administrator mode: the options of %1 sockets were read by the read-only helper.</source>
        <translation>管理员模式：只读的特权辅助程序读取了 %1 个套接字的选项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The read-only helper&apos;s output could not be read: %1</source>
        <translation>无法读取只读特权辅助程序的输出：%1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the live refresh</source>
        <translation>恢复实时刷新</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown process</source>
        <translation>未知进程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2: keep-alive is off, so no probes are sent.</source>
        <translation>%2 的 %1：保活已关闭，因此不发送探测包。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2: options %3.</source>
        <translation>%2 的 %1：选项%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection %1 of %2</source>
        <translation>%2 的连接 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2: the Timeline shows its schedule.</source>
        <translation>%2 的 %1：时间线显示了其探测时间表。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking for administrator rights to read every process&apos;s options…</source>
        <translation>正在请求管理员权限以读取所有进程的选项…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 shown by the filters.</source>
        <translation>筛选后显示 %1 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last refresh failed: %1</source>
        <translation>上次刷新失败：%1</translation>
    </message>
</context>
<context>
    <name>kt::ui::CookbookPanel</name>
    <message>
        <location filename="../../ui/CookbookPanel.cpp" line="+48"/>
        <source>Apply these values elsewhere</source>
        <translation>在别处应用这些值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;For:</source>
        <translation>用于(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cookbook target</source>
        <translation>代码与配置的目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the values are applied: the host, a program&apos;s own socket code, or a server&apos;s configuration.</source>
        <translation>在何处应用这些值：主机、程序自身的套接字代码，或服务器的配置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System:</source>
        <translation>系统(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operating system of the code</source>
        <translation>代码运行的操作系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system the code runs on; only socket code differs between them.</source>
        <translation>代码运行的系统；只有套接字代码因系统而异。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Snippet</source>
        <translation>代码片段</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Copy snippet</source>
        <translation>复制代码片段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the snippet on the clipboard, ready to paste.</source>
        <translation>将代码片段复制到剪贴板，以便粘贴。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>%1, ready to paste</source>
        <translation>%1，可直接粘贴</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No snippet for these values: %1.</source>
        <translation>这些值没有对应的代码片段：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
</context>
<context>
    <name>kt::ui::HostTableModel</name>
    <message>
        <location filename="../../ui/HostTableModel.cpp" line="+16"/>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+88"/>
        <source> (boot: %1)</source>
        <translation>（启动时：%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (baseline)</source>
        <translation>%1（基准）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-35"/>
        <source> (1 problem)</source>
        <translation>（1 个问题）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 problems)</source>
        <translation>（%1 个问题）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read from %1</source>
        <translation>读取自 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
The report names no host; the name is its file&apos;s.</source>
        <translation>
报告中没有主机名；此名称取自其文件名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Kernel %1</source>
        <translation>
内核 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Differs from the baseline: %1</source>
        <translation>与基准不同：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kernel holds another value than the boot applies: changed since boot, or set by another tool.</source>
        <translation>内核中的值与启动时应用的值不同：启动后被修改过，或由其他工具设置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Differs from the baseline (%1)</source>
        <translation>与基准不同（%1）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>When a silently dead peer is noticed with the host&apos;s values</source>
        <translation>使用该主机的值时，悄然失效的对端多久后被发现</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle time</source>
        <translation>空闲时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval</source>
        <translation>探测间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probes</source>
        <translation>探测次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead peer noticed</source>
        <translation>发现失效的对端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>kt::ui::HostsPage</name>
    <message>
        <location filename="../../ui/HostsPage.cpp" line="+45"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare hosts from their &quot;keepalivectl show --json&quot; reports: open several, or a folder of them (contrib/ansible gathers one per host), or drop them here. Values that differ from the baseline host are marked ≠, in bold and tinted; hover a cell for the baseline&apos;s value.</source>
        <translation>根据各主机的 keepalivectl show --json 报告比较主机：打开多个报告或一个报告文件夹（contrib/ansible 会为每台主机收集一份），或将报告拖放到此处。与基准主机不同的值以 ≠ 标记，加粗并着色；将鼠标悬停在单元格上可查看基准的值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open reports…</source>
        <translation>打开报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one or more keepalivectl show --json reports to compare</source>
        <translation>选择一个或多个 keepalivectl show --json 报告进行比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+162"/>
        <source>Open a folder of reports</source>
        <translation>打开报告文件夹</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Open every .json report in a folder</source>
        <translation>打开文件夹中的所有 .json 报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Baseline:</source>
        <translation>基准(&amp;B)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baseline host</source>
        <translation>基准主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host the others are compared with</source>
        <translation>其他主机与之比较的主机</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+152"/>
        <source>Export the hosts as CSV</source>
        <translation>将主机导出为 CSV</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Write the table, one row per host, with what differs from the baseline</source>
        <translation>写出表格，每台主机一行，并注明与基准不同之处</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Example reports shipped with the program, not hosts of yours</source>
        <translation>随程序附带的示例报告，并非您的主机</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hosts and their keep-alive values</source>
        <translation>主机及其保活值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per host; values that differ from the baseline start with ≠</source>
        <translation>每台主机一行；与基准不同的值以 ≠ 开头</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was opened; the page still shows what it showed:
%1</source>
        <translation>未打开任何内容；页面仍显示原来的内容：
%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The CSV could not be written to %1: %2</source>
        <translation>无法将 CSV 写入 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported 1 host to %1.</source>
        <translation>已将 1 台主机导出到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 hosts to %2.</source>
        <translation>已将 %1 台主机导出到 %2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the keep-alive reports of several hosts to compare them</source>
        <translation>打开多台主机的保活报告进行比较</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One host: %1; open more reports to compare</source>
        <translation>只有一台主机：%1；请打开更多报告进行比较</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All %1 hosts have the keep-alive values of %2</source>
        <translation>全部 %1 台主机的保活值都与 %2 相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 of %1 hosts differs from the baseline %2</source>
        <translation>%1 台主机中有 1 台与基准 %2 不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 hosts differ from the baseline %3</source>
        <translation>%2 台主机中有 %1 台与基准 %3 不同</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open keep-alive reports</source>
        <translation>打开保活报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keepalivectl show --json reports (*.json);;All files (*)</source>
        <translation>keepalivectl show --json 报告 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>kt::ui::LabPage</name>
    <message>
        <location filename="../../ui/LabPage.cpp" line="+53"/>
        <source>idle %1 s</source>
        <translation>空闲时间 %1 s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>idle %1 s, timeout %2 s</source>
        <translation>空闲时间 %1 s，空闲超时 %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no outcome</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1: %2, %3 — %4</source>
        <translation>第 %1 次运行：%2，%3 — %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sc&amp;enario:</source>
        <translation>场景(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab scenario</source>
        <translation>实验室场景</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the experiment</source>
        <translation>运行实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage the failure in a sandbox of its own and measure it</source>
        <translation>在独立的沙箱中模拟该故障并进行测量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the experiment</source>
        <translation>取消实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run; its sandbox disappears with it</source>
        <translation>停止运行；其沙箱随之消失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experiment progress</source>
        <translation>实验进度</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lab timeline: predicted and measured events</source>
        <translation>实验室时间线：预测与实测的事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lab results</source>
        <translation>实验室结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measured (s)</source>
        <translation>实测值（s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted (s)</source>
        <translation>预测值（s）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Window (s)</source>
        <translation>窗口（s）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare &amp;with:</source>
        <translation>比较对象(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with an earlier run</source>
        <translation>与之前的某次运行比较</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+519"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location line="-517"/>
        <source>Save the run as the JSON document keepalivectl lab --json prints</source>
        <translation>将本次运行保存为 keepalivectl lab --json 输出的 JSON 文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the timeline of the run as %1</source>
        <translation>将本次运行的时间线保存为 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compared run&apos;s timeline</source>
        <translation>对比运行的时间线</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+8"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Idle time</source>
        <translation>空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe interval</source>
        <translation>探测间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe count</source>
        <translation>探测次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User timeout</source>
        <translation>用户超时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer gone after</source>
        <translation>对端失效时刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middlebox timeout</source>
        <translation>中间设备超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send data after</source>
        <translation>发送数据时刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tcp_retries2 in the sandbox</source>
        <translation>沙箱中的 tcp_retries2（重传次数上限）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Idle:</source>
        <translation>空闲时间(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterval:</source>
        <translation>探测间隔(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ount:</source>
        <translation>探测次数(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User timeout:</source>
        <translation>用户超时(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer gone &amp;after:</source>
        <translation>对端失效于(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Middlebox timeout:</source>
        <translation>中间设备超时(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send data at:</source>
        <translation>发送数据于(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tcp_&amp;retries2:</source>
        <translation>tcp_retries2(&amp;R)：</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>takes about %1</source>
        <translation>约需 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run watches until %1 after the peer&apos;s last segment, plus the sandbox&apos;s set-up</source>
        <translation>运行会一直观察到对端最后一个报文段之后 %1，另加沙箱的准备时间</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Predicted: %1. Run stages it in a sandbox of its own; nothing on this host changes.</source>
        <translation>预测：%1。“运行”会在独立的沙箱中演练，本机不会有任何改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, staged for real: predicted %2</source>
        <translation>%1（真实演练）：预测 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Setting up the sandbox…</source>
        <translation>正在准备沙箱…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Running: %n event(s) measured</source>
        <translation>
            <numerusform>正在运行：已测得 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>setting up the sandbox</source>
        <translation>正在准备沙箱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. The sandbox is gone with the run; nothing on this host was changed.</source>
        <translation>已取消。沙箱已随本次运行一同消失；本机没有任何改动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>inside</source>
        <translation>窗口内</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outside</source>
        <translation>窗口外</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no other run</source>
        <translation>没有其他运行</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Keepalive Tuner Lab: %1</source>
        <translation>Keepalive Tuner 实验室：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>kt::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+71"/>
        <source>Close Keepalive Tuner?</source>
        <translation>关闭 Keepalive Tuner？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keepalive Tuner</source>
        <translation>Keepalive Tuner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Timeline…</source>
        <translation>导出时间线(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous Page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>La&amp;nguage</source>
        <translation>语言(&amp;N)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Reset Remembered State</source>
        <translation>重置记住的状态(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the window&apos;s size, the last page, the appearance, the language and what each page remembers</source>
        <translation>忘记窗口大小、上次打开的页面、外观、语言以及各页面记住的内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Keepalive Tuner</source>
        <translation>关于 Keepalive Tuner(&amp;A)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Copied the report to the clipboard.</source>
        <translation>已将报告复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Forgot the remembered state.</source>
        <translation>已清除记住的状态。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keepalive Tuner will be shown in %1 when it starts again.</source>
        <translation>Keepalive Tuner 下次启动时将使用此语言显示：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart Now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide was not found. It is installed with the program, in share/doc/keepalive-tuner next to the program&apos;s bin directory.</source>
        <translation>找不到用户指南。它随程序一起安装，位于程序 bin 目录旁的 share/doc/keepalive-tuner 中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open %1: no application is set up to show it.</source>
        <translation>无法打开 %1：没有设置用于显示它的应用程序。</translation>
    </message>
</context>
<context>
    <name>kt::ui::PathTimeoutChart</name>
    <message>
        <location filename="../../ui/PathTimeoutChart.cpp" line="+55"/>
        <source>Trial connections: one lane each</source>
        <translation>试验连接：每个连接一行</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>RST: %1</source>
        <comment>the reset flag&apos;s name, as the lanes show it</comment>
        <translation>RST：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>open: idle so far</source>
        <translation>进行中：目前已空闲的时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended otherwise: %1</source>
        <translation>以其他方式结束：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>between outcomes</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeout lies here</source>
        <translation>空闲超时位于此区间</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+213"/>
        <source>RST</source>
        <translation>RST</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Round %1, idle %2: %3</source>
        <translation>第 %1 轮，空闲 %2：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>idle for %1 so far</source>
        <translation>已空闲 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>✔ %1: after its idle the trial&apos;s byte was acknowledged, so the path still carried the connection. ✖ %2 or %3: the byte was never acknowledged, or a reset came instead. A bar is a trial&apos;s idle; an outlined bar is still growing. The shaded span is where the path&apos;s timeout lies.</source>
        <translation>✔ %1：空闲结束后，试验连接发送的字节得到了确认，说明路径仍在承载该连接。✖ %2 或 %3：该字节始终未得到确认，或收到的是 RST。每根横条表示一个试验连接的空闲时间；空心横条表示仍在增长。阴影区间就是路径空闲超时所在的范围。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No trials yet.</source>
        <translation>尚无试验连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 trial: %1 survived, %2 cut, %3 open, %4 ended otherwise.</source>
        <translation>1 个试验连接：%1 个已存活，%2 个被切断，%3 个进行中，%4 个以其他方式结束。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 trials: %2 survived, %3 cut, %4 open, %5 ended otherwise.</source>
        <translation>%1 个试验连接：%2 个已存活，%3 个被切断，%4 个进行中，%5 个以其他方式结束。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The trial connections appear here.</source>
        <translation>试验连接将显示在这里。</translation>
    </message>
</context>
<context>
    <name>kt::ui::PathTimeoutDialog</name>
    <message>
        <location filename="../../ui/PathTimeoutDialog.cpp" line="+112"/>
        <source>Measure the path&apos;s idle timeout</source>
        <translation>测量路径空闲超时</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Measure</source>
        <translation>测量(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start measuring</source>
        <translation>开始测量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the trial connections and measure how long an idle connection survives the path</source>
        <translation>建立试验连接，测量空闲连接能在该路径上存活多久</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New measurement</source>
        <translation>重新测量(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New measurement</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the target and the options</source>
        <translation>返回目标和选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use this timeout</source>
        <translation>使用此超时(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the measured timeout in the Advisor</source>
        <translation>在“调优建议”页中使用测得的空闲超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the measured timeout the Advisor&apos;s middlebox, so its recommendation beats this path</source>
        <translation>将测得的空闲超时设为“调优建议”页的中间设备，使其建议值能让连接不被此路径遗忘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the run as JSON</source>
        <translation>将本次测量导出为 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the run as the JSON document keepalivectl path-timeout --json prints, the Advisor&apos;s recommendation included</source>
        <translation>将本次测量保存为 keepalivectl path-timeout --json 输出的 JSON 文档，包括“调优建议”页给出的建议值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the lanes as PNG</source>
        <translation>将试验连接图导出为 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the trial lanes with the target and the result, for a ticket</source>
        <translation>保存试验连接图及目标和结果，便于附在工单中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the measurement</source>
        <translation>取消测量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop every trial connection; what is known so far stays shown</source>
        <translation>停止所有试验连接；目前已知的结果仍会显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the dialog</source>
        <translation>关闭对话框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this dialog (a running measurement is stopped, after asking)</source>
        <translation>关闭此对话框（若测量正在进行，会先询问，再停止测量）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>How long does an idle connection to a server survive the NATs, firewalls and load balancers on the way? Trial connections with keep-alive off stay idle for different times, then each sends a few bytes: acknowledged means the path still carried it. Rounds narrow the timeout down.</source>
        <translation>到服务器的空闲连接能在沿途的 NAT、防火墙和负载均衡器中存活多久？关闭保活的试验连接分别空闲不同的时长，然后各自发送几个字节：得到确认，说明路径仍在承载该连接。一轮轮测量逐步缩小空闲超时的范围。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Target to measure</source>
        <translation>测量目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server as HOST:PORT, IPV4:PORT or [IPV6]:PORT: its path is measured</source>
        <translation>服务器地址，格式为 HOST:PORT、IPV4:PORT 或 [IPV6]:PORT：测量的是到它的路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host:port, e.g. db.example.org:5432</source>
        <translation>host:port，例如 db.example.org:5432</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What each trial sends</source>
        <translation>每个试验连接发送的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bytes each trial sends after its idle, as keepalivectl path-timeout --send takes them: \n, \r, \t, \0, \\ and \xHH are bytes</source>
        <translation>每个试验连接在空闲结束后发送的字节，写法与 keepalivectl path-timeout --send 相同：\n、\r、\t、\0、\\ 和 \xHH 表示字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send:</source>
        <translation>发送内容(&amp;S)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Longest idle tried</source>
        <translation>最长试验空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--max: the longest idle a trial is given; a run takes about three times the path&apos;s timeout, at most about three times this</source>
        <translation>--max：试验连接的最长空闲时间；一次测量约需路径空闲超时的三倍时长，最多约为此值的三倍</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Shortest idle tried</source>
        <translation>最短试验空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--min: the shortest idle worth trying</source>
        <translation>--min：值得尝试的最短空闲时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>精度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--resolution: stop when the bounds are this close</source>
        <translation>--resolution：界限缩小到此范围内即停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connections at once</source>
        <translation>同时连接数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--parallel: never more trial connections at once</source>
        <translation>--parallel：同时打开的试验连接数上限</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longest &amp;idle:</source>
        <translation>最长空闲时间(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortest i&amp;dle:</source>
        <translation>最短空闲时间(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>精度(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections at &amp;once:</source>
        <translation>同时连接数(&amp;O)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Measurement progress</source>
        <translation>测量进度</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+231"/>
        <source>About %1 left · round %2 · %3 open</source>
        <translation>剩余约 %1 · 第 %2 轮 · %3 个进行中</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Trial connections</source>
        <translation>试验连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each trial connection: its round, the idle it was given, its outcome and what was seen</source>
        <translation>每个试验连接：所属轮次、给定的空闲时间、结果及观察到的情况</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Enter the target first</source>
        <translation>请先输入目标</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Measuring the path to %1</source>
        <translation>正在测量到 %1 的路径</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 elapsed</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reaching %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>So far: survived %1; nothing cut yet.</source>
        <translation>目前：空闲 %1 已存活，尚未出现切断。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounds: survived %1; no idle was cut.</source>
        <translation>界限：空闲 %1 已存活；所有空闲时间均未被切断。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So far: survived %1, cut at %2 (%3).</source>
        <translation>目前：空闲 %1 已存活，空闲 %2 时%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounds: survived %1, cut at %2 (%3).</source>
        <translation>界限：空闲 %1 已存活，空闲 %2 时%3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not reach the target</source>
        <translation>无法连接到目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled after %1</source>
        <translation>%1 后已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done in %1</source>
        <translation>用时 %1 完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The path to %1</source>
        <translation>到 %1 的路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path to %1 (%2)</source>
        <translation>到 %1（%2）的路径</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 trial in %1.</source>
        <translation>用时 %1，共 1 个试验连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 trials in %2.</source>
        <translation>用时 %2，共 %1 个试验连接。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <source>The Advisor now takes this timeout as its middlebox.</source>
        <translation>“调优建议”页现已将此空闲超时用作中间设备。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stop the measurement?</source>
        <translation>停止测量？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The measurement of %1 is still running. Closing the dialog stops it; what it has found so far stays here.</source>
        <translation>对 %1 的测量仍在进行。关闭对话框会停止测量；目前已得到的结果仍保留在此。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop and close</source>
        <translation>停止并关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep measuring</source>
        <translation>继续测量</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+52"/>
        <source>There is no measurement to export.</source>
        <translation>没有可导出的测量结果。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>kt::ui::PathTimeoutTrialsModel</name>
    <message>
        <location filename="../../ui/PathTimeoutTrialsModel.cpp" line="+63"/>
        <source>idle for %1 so far</source>
        <translation>已空闲 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>空闲时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was seen</source>
        <translation>观察到的情况</translation>
    </message>
</context>
<context>
    <name>kt::ui::SettingCard</name>
    <message>
        <location filename="../../ui/SettingCard.cpp" line="+105"/>
        <source>probes</source>
        <translation>个探测包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kernel default %1 · valid %2</source>
        <translation>内核默认值 %1 · 有效范围 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the kernel&apos;s value: %1</source>
        <translation>无法读取内核中的值：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>overrides %1 (%2)</source>
        <translation>覆盖了 %1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The kernel holds %1, but the configuration gives %2: changed since boot, or set by another tool.</source>
        <translation>⚠ 内核中的运行时值为 %1，但配置值为 %2：启动后被修改过，或由其他工具设置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exists since %1.</source>
        <translation>始于 %1。</translation>
    </message>
</context>
<context>
    <name>kt::ui::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/ShortcutsDialog.cpp" line="+58"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>kt::ui::SysctlEditor</name>
    <message>
        <location filename="../../ui/SysctlEditor.cpp" line="+42"/>
        <source>%1 (line %2) unsets the %3, so the kernel default %4 applies</source>
        <translation>%1（第 %2 行）取消了%3的设置，因此采用内核默认值 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (line %2) sets the %3 to “%4”, which the kernel refuses (%5), so the kernel default %6 applies</source>
        <translation>%1（第 %2 行）将%3设为“%4”，但内核拒绝该值（%5），因此采用内核默认值 %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (line %2) sets the %3 to %4</source>
        <translation>%1（第 %2 行）将%3设为 %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change this host&apos;s settings</source>
        <translation>更改本机设置</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Apply now</source>
        <translation>立即应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the kernel&apos;s values until the next reboot.</source>
        <translation>更改内核中的值，在下次重启前有效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply and keep after reboot</source>
        <translation>应用并持久保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the kernel&apos;s values and write them to %1.</source>
        <translation>更改内核中的值，并写入 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+313"/>
        <source>Restore kernel defaults</source>
        <translation>恢复内核默认值</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Set the kernel defaults (%1) now, and remove %2 so they stay after reboot. Asks first.</source>
        <translation>立即设为内核默认值（%1），并删除 %2，使其重启后仍生效。操作前会先询问。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo restoring the kernel defaults</source>
        <translation>撤销恢复内核默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the values the kernel had before, and the saved file if there was one.</source>
        <translation>重新应用内核之前的值，以及之前保存的文件（如果有）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Changes ask for an administrator password. Nothing is changed until a button is pressed.</source>
        <translation>更改需要输入管理员密码。在按下按钮之前，不会做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running as root: changes apply without a password. Nothing is changed until a button is pressed.</source>
        <translation>正以 root 身份运行：更改无需密码即可应用。在按下按钮之前，不会做任何更改。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> probes</source>
        <translation> 个探测包</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2.</source>
        <comment>an explanation, then the valid range</comment>
        <translation>%1取值应在 %2。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Before keeping values after reboot: %1. That file is read after this app&apos;s file at boot, so it decides the value after a reboot.</source>
        <translation>持久保存之前请注意：%1。启动时该文件在本程序的文件之后读取，因此重启后的值由它决定。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The host&apos;s settings changed since the last change made here; they are shown as read now.</source>
        <translation>自上次在此处更改以来，本机设置已发生变化；现在显示的是刚读取的值。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter a whole number %1</source>
        <translation>请输入整数（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>= %1 · default %2</source>
        <translation>= %1 · 默认值 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default %1</source>
        <translation>默认值 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Correct %1 to see the effect.</source>
        <translation>请更正%1以查看效果。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the host&apos;s values now</source>
        <translation>本机当前的值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>these values</source>
        <translation>这些值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Now it takes %2.</source>
        <translation>%1当前设置下需要 %2。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kernel already uses the defaults.</source>
        <translation>内核已在使用默认值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is removed, so the defaults also apply after reboot.</source>
        <translation>%1 将被删除，因此重启后同样采用默认值。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore the kernel defaults?</source>
        <translation>恢复内核默认值？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting for authorization… If a password dialog opens, enter an administrator password there.</source>
        <translation>正在等待授权…如果弹出密码对话框，请在其中输入管理员密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Done: the kernel defaults are back, and no file sets other values at boot.</source>
        <translation>完成：已恢复内核默认值，且启动时没有文件设置其他值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: the kernel defaults are back.</source>
        <translation>完成：已恢复内核默认值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: the kernel defaults are back, and %1 is removed so they stay after reboot.</source>
        <translation>完成：已恢复内核默认值，并已删除 %1，重启后仍保持默认值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: the kernel defaults are back, and %1 is removed.</source>
        <translation>完成：已恢复内核默认值，并已删除 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: the kernel defaults are back until the next reboot.</source>
        <translation>完成：已恢复内核默认值，在下次重启前有效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: the kernel uses these values now, and they are kept after reboot in %1.</source>
        <translation>完成：内核现已使用这些值，并已持久保存到 %1，重启后仍生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: the kernel uses these values now, until the next reboot.</source>
        <translation>完成：内核现已使用这些值，在下次重启前有效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>But at boot %1, and that decides the value after a reboot.</source>
        <translation>但启动时 %1，重启后的值由此决定。</translation>
    </message>
</context>
<context>
    <name>kt::ui::SystemPage</name>
    <message>
        <location filename="../../ui/SystemPage.cpp" line="+57"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+209"/>
        <source>this host&apos;s settings</source>
        <translation>本机的设置</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>the values being edited on the System page</source>
        <translation>系统页面上正在编辑的值</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the kernel&apos;s values and the configuration files again.</source>
        <translation>重新读取内核中的值和配置文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put a plain-text summary of these settings on the clipboard, for a support ticket.</source>
        <translation>将这些设置的纯文本摘要复制到剪贴板，便于提交支持工单。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Configuration read at boot</source>
        <translation>启动时读取的配置</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What these settings do</source>
        <translation>这些设置的作用</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Since %1.</source>
        <translation>始于 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They apply only to sockets that turn keep-alive on (SO_KEEPALIVE); a program can override each one per socket. They belong to the network namespace: a container has its own.</source>
        <translation>这些设置只作用于开启了保活（SO_KEEPALIVE）的套接字；程序可以针对每个套接字分别覆盖其中任意一项。它们属于网络命名空间：容器有自己的一套。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 until a vanished peer is noticed (%2)</source>
        <translation>%1 后发现失效的对端（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A connection with keep-alive on that receives nothing for %1 gets its first probe. If the peer has silently gone (power cut, cable pulled, NAT entry dropped), %2 probes go out %3 apart; when the last one is unanswered the kernel resets the connection and the application sees ETIMEDOUT. A peer that answers resets the count, and the wait starts again.</source>
        <translation>开启了保活的连接若在 %1 内未收到任何数据，就会收到第一个探测包。如果对端已悄然失效（断电、网线被拔、NAT 表项被删除），将每隔 %3 发送一个探测包，共 %2 个；最后一个也未获应答时，内核重置连接，应用程序收到 ETIMEDOUT。对端一旦应答，计数即清零，重新开始等待。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This host&apos;s keep-alive settings could not be read.</source>
        <translation>无法读取本机的保活设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>/proc/sys is not readable here (a restricted container?). The values and the time to notice a dead peer are unknown.</source>
        <translation>此处无法读取 /proc/sys（受限的容器？）。各项值以及发现失效的对端所需的时间均未知。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read from network namespace net:[%1].</source>
        <translation>读取自网络命名空间 net:[%1]。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Applied at boot by %1.

</source>
        <translation>启动时由 %1 应用。

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sysctl configuration files exist.</source>
        <translation>不存在任何 sysctl 配置文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files read, in order (the last line for a key wins):
%1</source>
        <translation>按顺序读取的文件（同一个键以最后一行为准）：
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files read, in order (every line is written; the last one the kernel accepts wins):
%1</source>
        <translation>按顺序读取的文件（每一行都会写入；以内核接受的最后一行为准）：
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (masked by %2)</source>
        <translation>%1（被 %2 屏蔽）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

Not applied:
%1</source>
        <translation>

未应用：
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>

None of them sets a keep-alive key.</source>
        <translation>

其中没有任何文件设置保活相关的键。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>kt::ui::TimelinePage</name>
    <message>
        <location filename="../../ui/TimelinePage.cpp" line="+34"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Peer scenario</source>
        <translation>对端场景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the other end does: a peer that vanished without a trace, one that answers every probe, or one that vanished while data was still unacknowledged.</source>
        <translation>对端的行为：悄然失效、不留痕迹，应答每个探测包，或在仍有未确认数据时失效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Peer:</source>
        <translation>对端(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User timeout</source>
        <translation>用户超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP_USER_TIMEOUT: when set, it decides the abort instead of the probe count.</source>
        <translation>TCP_USER_TIMEOUT（用户超时）：设置后，由它而不是探测次数决定何时中止连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User timeout:</source>
        <translation>用户超时(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round-trip time</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round-trip time: when answers arrive, and where the retransmission timeout starts.</source>
        <translation>往返时间：决定应答何时到达，以及重传超时从何值开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;RTT:</source>
        <translation>RTT(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kernel tick rate (HZ)</source>
        <translation>内核节拍频率（HZ）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;HZ:</source>
        <translation>HZ(&amp;H)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export scale</source>
        <translation>导出倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3×</source>
        <translation>3×</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale of the exported PNG and the copied image</source>
        <translation>导出的 PNG 及复制的图像的缩放倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;aption</source>
        <translation>图注(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title and caption in exports</source>
        <translation>导出时附带标题和图注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a title line and a caption with the values, the scenario and when the peer is noticed to exported and copied images</source>
        <translation>在导出和复制的图像中添加标题行，以及包含各项值、场景和对端发现时间的图注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the timeline as a PNG image</source>
        <translation>将时间线保存为 PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the timeline as an SVG drawing</source>
        <translation>将时间线保存为 SVG 矢量图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the timeline to the clipboard as an image</source>
        <translation>将时间线作为图像复制到剪贴板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scale:</source>
        <translation>倍率(&amp;S)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show the measured values</source>
        <translation>显示实测值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model the values and scenario the test connection was measured with, and draw its events again</source>
        <translation>按测试连接实测时所用的值和场景建模，并重新绘制其事件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeline events</source>
        <translation>时间线事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest</source>
        <translation>最晚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be late by</source>
        <translation>最多延迟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deviation</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Copied the timeline to the clipboard.</source>
        <translation>已将时间线复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The kernel&apos;s tick rate, read from %1</source>
        <translation>内核的节拍频率，读取自 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel&apos;s tick rate; this kernel&apos;s configuration is not readable, so the common %1 is assumed</source>
        <translation>内核的节拍频率；无法读取此内核的配置，因此假定为常见值 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The events measured on %1 are hidden: they belong to %2, not to the values modelled here.</source>
        <translation>在%1上测得的事件已隐藏：它们对应%2，而不是此处建模的值。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>inside the window</source>
        <translation>在窗口内</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outside the window</source>
        <translation>在窗口外</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+61"/>
        <source>the kernel defaults</source>
        <translation>内核默认值</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>TCP keep-alive probe schedule</source>
        <translation>TCP 保活探测时间表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2); %3.
%4.</source>
        <translation>%1（%2）；%3。
%4。</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Export the timeline as PNG</source>
        <translation>将时间线导出为 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 (%2×).</source>
        <translation>已保存 %1（%2×）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export the timeline as SVG</source>
        <translation>将时间线导出为 SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>kt::ui::TimelineWidget</name>
    <message>
        <location filename="../../ui/TimelineWidget.cpp" line="+98"/>
        <source>Probe schedule timeline</source>
        <translation>探测时间表的时间线</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 at %2</source>
        <translation>%1，时刻 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the middlebox forgets the flow at %1</source>
        <translation>中间设备在 %1 时遗忘该连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deadline at %1</source>
        <translation>时限 %1</translation>
    </message>
</context>
</TS>

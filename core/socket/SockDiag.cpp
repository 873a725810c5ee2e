#include "socket/SockDiag.h"

#include "socket/ErrnoText.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>

namespace kt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SockDiag)
};

struct ReplyContext
{
    TcpObservation *out = nullptr;
    bool found = false;
};

int onReply(const nlmsghdr *header, void *data)
{
    auto *context = static_cast<ReplyContext *>(data);
    if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY ||
        mnl_nlmsg_get_payload_len(header) < sizeof(inet_diag_msg))
        return MNL_CB_OK;
    inet_diag_msg message;
    std::memcpy(&message, mnl_nlmsg_get_payload(header), sizeof message);
    context->out->diagValid = true;
    context->out->timer = KernelTimer(message.idiag_timer);
    context->out->timerExpiresMs = message.idiag_expires;
    context->out->timerCounter = message.idiag_retrans;
    context->found = true;
    return MNL_CB_OK;
}

void putAddress(const sockaddr_storage &address, __be16 &port, __be32 (&words)[4])
{
    if (address.ss_family == AF_INET6) {
        const auto *v6 = reinterpret_cast<const sockaddr_in6 *>(&address);
        port = v6->sin6_port;
        std::memcpy(words, &v6->sin6_addr, sizeof v6->sin6_addr);
    } else {
        const auto *v4 = reinterpret_cast<const sockaddr_in *>(&address);
        port = v4->sin_port;
        std::memcpy(words, &v4->sin_addr, sizeof v4->sin_addr);
    }
}

} // namespace

SockDiag::SockDiag()
{
    m_socket = mnl_socket_open2(NETLINK_SOCK_DIAG, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (!m_socket) {
        m_openError = Tr::tr("cannot open NETLINK_SOCK_DIAG: %1").arg(errnoText(errno));
        return;
    }
    if (mnl_socket_bind(m_socket, 0, MNL_SOCKET_AUTOPID) < 0) {
        m_openError = Tr::tr("cannot bind NETLINK_SOCK_DIAG: %1").arg(errnoText(errno));
        mnl_socket_close(m_socket);
        m_socket = nullptr;
        return;
    }
    m_portId = mnl_socket_get_portid(m_socket);
}

SockDiag::~SockDiag()
{
    if (m_socket)
        mnl_socket_close(m_socket);
}

bool SockDiag::query(const sockaddr_storage &local, const sockaddr_storage &remote,
                     TcpObservation &out, QString *error)
{
    out.diagValid = false;
    if (!m_socket) {
        if (error)
            *error = m_openError;
        return false;
    }
    QByteArray buffer(MNL_SOCKET_BUFFER_SIZE, Qt::Uninitialized);
    nlmsghdr *header = mnl_nlmsg_put_header(buffer.data());
    header->nlmsg_type = SOCK_DIAG_BY_FAMILY;
    // No NLM_F_DUMP: with the full 4-tuple the kernel looks up exactly this
    // socket (inet_diag_find_one_icsk) instead of walking every socket.
    header->nlmsg_flags = NLM_F_REQUEST;
    header->nlmsg_seq = ++m_sequence;
    auto *request = static_cast<inet_diag_req_v2 *>(
        mnl_nlmsg_put_extra_header(header, sizeof(inet_diag_req_v2)));
    request->sdiag_family = std::uint8_t(local.ss_family);
    request->sdiag_protocol = IPPROTO_TCP;
    request->idiag_states = ~0U;
    putAddress(local, request->id.idiag_sport, request->id.idiag_src);
    putAddress(remote, request->id.idiag_dport, request->id.idiag_dst);
    request->id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    request->id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;

    if (mnl_socket_sendto(m_socket, header, header->nlmsg_len) < 0) {
        if (error)
            *error = Tr::tr("sock_diag request: %1").arg(errnoText(errno));
        return false;
    }
    ReplyContext context{&out, false};
    for (;;) {
        const ssize_t received =
            mnl_socket_recvfrom(m_socket, buffer.data(), size_t(buffer.size()));
        if (received < 0) {
            if (error)
                *error = Tr::tr("sock_diag reply: %1").arg(errnoText(errno));
            return false;
        }
        const int status = mnl_cb_run(buffer.constData(), size_t(received), m_sequence, m_portId,
                                      onReply, &context);
        if (status < 0 && errno == EPROTO)
            continue; // a late reply to an earlier request: drop it, read on
        if (status < 0) {
            // An NLMSG_ERROR reply: ENOENT once the socket is gone.
            if (error)
                *error = Tr::tr("sock_diag: %1").arg(errnoText(errno));
            return false;
        }
        // A single-socket request gets exactly one message and no NLMSG_DONE.
        if (context.found || status == MNL_CB_STOP)
            return context.found;
    }
}

} // namespace kt

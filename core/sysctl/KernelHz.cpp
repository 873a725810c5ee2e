#include "sysctl/KernelHz.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>

#include <zlib.h>

namespace kt {

int parseConfigHz(const QByteArray &config)
{
    // A kernel configuration has thousands of lines; look for the one key
    // instead of splitting them all (this runs at start-up).
    static const QByteArray key = QByteArrayLiteral("CONFIG_HZ=");
    qsizetype at = config.startsWith(key) ? 0 : config.indexOf("\n" + key);
    while (at >= 0) {
        const qsizetype from = at == 0 && config.startsWith(key) ? key.size() : at + 1 + key.size();
        const qsizetype end = config.indexOf('\n', from);
        bool ok = false;
        const int hz = config.mid(from, end < 0 ? -1 : end - from).trimmed().toInt(&ok);
        if (ok && hz > 0)
            return hz;
        at = end < 0 ? -1 : config.indexOf("\n" + key, end);
    }
    return 0;
}

QByteArray gunzip(const QByteArray &compressed)
{
    if (compressed.isEmpty())
        return {};
    z_stream stream{};
    // 16 + MAX_WBITS: expect a gzip header and trailer, not a zlib one.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return {};
    QByteArray out;
    char buffer[64 * 1024];
    // zlib's API takes non-const pointers but does not write the input.
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        // Configurations are a few hundred KiB; refuse anything absurd.
        if (out.size() > qsizetype(64) * 1024 * 1024)
            break;
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

std::optional<KernelHz> readKernelHz(const QString &root, const QString &release)
{
    const QDir dir(root);
    const QString rel = release.isEmpty() ? QSysInfo::kernelVersion() : release;
    // The distribution's copy of the configuration is plain text; the
    // kernel's own copy (CONFIG_IKCONFIG_PROC) is compressed.
    const QString bootPath = dir.filePath(QStringLiteral("boot/config-") + rel);
    QFile boot(bootPath);
    if (boot.open(QIODevice::ReadOnly)) {
        if (const int hz = parseConfigHz(boot.readAll()))
            return KernelHz{hz, QStringLiteral("/boot/config-") + rel};
    }
    QFile proc(dir.filePath(QStringLiteral("proc/config.gz")));
    if (proc.open(QIODevice::ReadOnly)) {
        if (const int hz = parseConfigHz(gunzip(proc.readAll())))
            return KernelHz{hz, QStringLiteral("/proc/config.gz")};
    }
    return std::nullopt;
}

} // namespace kt

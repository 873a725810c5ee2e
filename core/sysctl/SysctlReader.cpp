#include "sysctl/SysctlReader.h"

#include "sysctl/SysctlKeys.h"

#include <QCoreApplication>
#include <QFile>

namespace kt {

SysctlReading readSysctl(const QString &procSysRoot, const SysctlKeyInfo &key)
{
    SysctlReading reading;
    QFile file(procSysRoot + QLatin1Char('/') + key.procPath);
    if (!file.open(QIODevice::ReadOnly)) {
        reading.error =
            file.exists()
                ? QCoreApplication::translate("SysctlReader", "cannot read %1: %2")
                      .arg(file.fileName(), file.errorString())
                : QCoreApplication::translate("SysctlReader", "%1 does not exist (no /proc/sys, or "
                                                              "a kernel without this setting)")
                      .arg(file.fileName());
        return reading;
    }
    // The files hold one decimal number and a newline; anything longer is not
    // one of these sysctls.
    const QByteArray text = file.read(64).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        reading.error = QCoreApplication::translate("SysctlReader", "%1 holds \"%2\", not a number")
                            .arg(file.fileName(), QString::fromLatin1(text.left(32)));
        return reading;
    }
    reading.value = value;
    return reading;
}

} // namespace kt

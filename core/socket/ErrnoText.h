#pragma once

#include <QString>

namespace kt {

// "ETIMEDOUT": the symbolic name a support engineer searches for.
QString errnoName(int error);
// "ETIMEDOUT (Connection timed out)": name and the C library's description,
// untranslated so logs read the same on every machine.
QString errnoText(int error);

} // namespace kt

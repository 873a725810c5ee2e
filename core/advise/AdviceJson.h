#pragma once

#include "advise/Advisor.h"

#include <QJsonObject>

namespace kt::advise {

// The Advisor's recommendation as `keepalivectl advise --json` prints it:
// the values, the latest first probe and detection, the middlebox, whether
// keep-alive helps, and the reasons (warnings first). One builder, so every
// document that carries advice (advise, path-timeout, the GUI's exports)
// has the same keys.
QJsonObject adviceJson(const Advice &advice);

} // namespace kt::advise

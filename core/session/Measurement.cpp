#include "session/Measurement.h"

namespace kt {

bool Measurement::matches(const ScheduleInput &input) const
{
    return input.params == params && input.scenario == scenario && input.keepalive == keepalive;
}

} // namespace kt

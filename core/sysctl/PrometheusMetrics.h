#pragma once

#include "sysctl/SystemSnapshot.h"

#include <QString>

namespace kt {

// `keepalivectl show --format prometheus`: the snapshot in the Prometheus
// text exposition format (version 0.0.4), for node_exporter's textfile
// collector. The same fields as SystemSnapshot::toJson(), named as
// Prometheus asks (https://prometheus.io/docs/practices/naming/): the
// keepalive_tuner_ prefix, the base unit in the name (_seconds), snake_case
// labels, one HELP and one TYPE line per metric. A value that cannot be read
// has no sample (absent, as Prometheus expects), never a made-up 0.
QString prometheusMetrics(const SystemSnapshot &snapshot);

// A label value with backslash, double quote and line feed escaped, as the
// exposition format requires.
QString prometheusLabelValue(const QString &value);

} // namespace kt

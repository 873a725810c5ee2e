#!/usr/bin/env bash
# Fuzzes the privileged helper's request parser for a bounded time:
#   scripts/fuzz-helper.sh [SECONDS]      (default 60)
# Builds tests/fuzz/fuzz_helper_request with clang and libFuzzer in
# build-fuzz/ (FUZZ_BUILD_DIR overrides), starts from the checked-in corpus
# plus fuzz-out/corpus (new interesting inputs go there), and writes any crash
# to fuzz-out/crashes/. Exits non-zero when the fuzzer found a problem.
# Copy small inputs worth keeping into tests/fuzz/corpus/helper_request: ctest
# replays that directory with an ordinary build on every run.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
seconds=${1:-60}
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
out=$root/fuzz-out
clang=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$clang" ]; then
    echo "fuzz-helper: clang++ is not installed (Debian: clang-14 libclang-rt-14-dev)" >&2
    exit 1
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$clang" -DKT_FUZZ=ON >/dev/null
cmake --build "$build" --target fuzz_helper_request --parallel 2

mkdir -p "$out/corpus" "$out/crashes"
exec "$build/tests/fuzz/fuzz_helper_request" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -dict="$root/tests/fuzz/helper_request.dict" \
    -artifact_prefix="$out/crashes/" \
    "$out/corpus" "$root/tests/fuzz/corpus/helper_request"

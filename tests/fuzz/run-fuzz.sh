#!/bin/sh
# Fuzzes the inf.yml parser for a bounded time.
#
#   tests/fuzz/run-fuzz.sh BUILD_DIR [SECONDS]
#
# Configures BUILD_DIR with clang and AddressSanitizer (core and the fuzzer
# only), seeds a corpus from tests/data/manifests and runs fuzz_manifest for
# SECONDS (default 60). Exits non-zero when the fuzzer finds a crash, a leak
# or a hang, zero otherwise. Findings are kept in BUILD_DIR/fuzz-findings.
set -eu

build=${1:?usage: run-fuzz.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)

command -v clang++ >/dev/null 2>&1 || { echo "run-fuzz: clang++ is not installed" >&2; exit 1; }

# The whole core is instrumented so the sanitizer sees into the parser.
CXX=clang++ CC=clang cmake -S "$source_dir" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fsanitize=fuzzer-no-link" \
    -DLATCHKEY_BUILD_GUI=OFF -DLATCHKEY_BUILD_TESTS=ON -DLATCHKEY_BUILD_FUZZERS=ON >/dev/null
ninja -C "$build" fuzz_manifest

corpus="$build/fuzz-corpus"
findings="$build/fuzz-findings"
mkdir -p "$corpus" "$findings"
cp "$source_dir"/tests/data/manifests/*.yml "$corpus"/

# -timeout: one input taking longer than 10 s counts as a hang (a failure).
# -rss_limit_mb: a runaway allocation is a failure too.
"$build/tests/fuzz/fuzz_manifest" "$corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$findings/" -print_final_stats=1

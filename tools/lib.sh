# Sourced by the tools/ scripts: re-runs the calling script inside the build environment
# (tools/devroot) unless it is already there, and offers the shared build steps.
set -euo pipefail
JOBDESK_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [ "${JOBDESK_IN_DEVROOT:-0}" != 1 ]; then
    exec "$JOBDESK_REPO/tools/devroot" "$0" "$@"
fi

# jobdesk_build PRESET [TARGET...]: configures once, then builds (quietly when nothing changed).
jobdesk_build() {
    local preset=$1; shift
    local dir="$JOBDESK_REPO/build/$preset"
    if [ ! -f "$dir/build.ninja" ]; then
        cmake --preset "$preset" -S "$JOBDESK_REPO" >"$dir.configure.log" 2>&1 || {
            cat "$dir.configure.log" >&2; return 1; }
    fi
    local targets=()
    for t in "$@"; do targets+=(--target "$t"); done
    cmake --build "$dir" "${targets[@]}" -- --quiet
}

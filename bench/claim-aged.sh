#!/usr/bin/env bash
# The claim turn on an aged store against a fresh one: ages a LiteDB file through the app's own code
# (NorthPool.AgedStore: 100,000 audit rows on the hot tasks, 10,000 finished instances over the year before now),
# then runs the claim load (NorthPool.LoadDriver, as claim-load.sh) on a fresh store and on the aged one with the same
# Release build, port, users and claims, and prints both p50/p99, the ratio aged/fresh and each run's peak RSS.
#   bash bench/claim-aged.sh [users] [claims] [aged claims] [audit rows] [finished instances]
#   PORT=3995 by default (claim-load.sh uses 3990); it must be free.
# Aged claims default to 160, not 1,008: today a claim on the aged store takes seconds under this load and the whole
# run is kept within ~3 minutes. Once the turn path is index-bound, pass the same number for both.
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-16}
claims=${2:-1008}
aged_claims=${3:-160}
audit=${4:-100000}
finished=${5:-10000}
port=${PORT:-3995}
work=$(mktemp -d)
# Aging writes through LiteDB, which syncs the file after every burst of pages: on tmpfs that costs nothing, so the
# store is aged in memory and then moved next to the fresh one (the runs themselves are on disk, as the bot is).
aging=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
bot=
trap '[ -n "$bot" ] && kill $bot 2>/dev/null; rm -rf "$work" "$aging"' EXIT

if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "port $port is in use; free it or run with PORT=<another port>" >&2
  exit 1
fi

echo "== build (Release)"
dotnet build NorthPool.sln -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null

echo "== aging a store"
dotnet bench/NorthPool.AgedStore/bin/Release/net10.0/NorthPool.AgedStore.dll "$aging/northpool.db" "$audit" "$finished"
mkdir -p "$work/aged" && mv "$aging/northpool.db" "$work/aged/northpool.db"

# run <name> <database file> <claims>: the bot on that file, the load against it; leaves <name>.out and <name>.rss.
run() {
  local name=$1 db=$2 n=$3
  echo "== claim load on the $name store ($users users, $n claims)"
  (cd src/NorthPool/bin/Release/net10.0 && exec dotnet NorthPool.dll --Urls="http://127.0.0.1:$port" \
    --Storage:DatabasePath="$db" --BotFramework:AllowUnauthenticatedLocalRequests=true \
    --Logging:LogLevel:Default=Warning >"$work/$name.log" 2>&1) &
  bot=$!
  for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  dotnet bench/NorthPool.LoadDriver/bin/Release/net10.0/NorthPool.LoadDriver.dll --bot "http://127.0.0.1:$port" \
    --users "$users" --claims "$n" | tee "$work/$name.out" || echo "(the driver reported claims not applied)"
  awk '/VmHWM/ {print $2}' "/proc/$bot/status" >"$work/$name.rss" 2>/dev/null || echo 0 >"$work/$name.rss"
  kill $bot && wait $bot 2>/dev/null || true
  bot=
}
run fresh "$work/fresh/northpool.db" "$claims"
run aged "$work/aged/northpool.db" "$aged_claims"

field() { grep '^claim:' "$work/$1.out" | sed -E "s/.* $2=([0-9.]+).*/\1/"; }
echo "== claim turn, fresh vs aged ($audit audit rows on the hot tasks, $finished finished instances)"
printf '%-6s %10s %10s %12s\n' store 'p50 ms' 'p99 ms' 'peak RSS MB'
for name in fresh aged; do
  printf '%-6s %10s %10s %12d\n' $name "$(field $name p50)" "$(field $name p99)" $(($(cat "$work/$name.rss") / 1024))
done
awk -v a="$(field aged p50)" -v f="$(field fresh p50)" -v a99="$(field aged p99)" -v f99="$(field fresh p99)" \
  'BEGIN { printf "aged/fresh: p50 %.2fx, p99 %.2fx (goal: p50 within 1.20x)\n", a / f, a99 / f99 }'
echo "machine: $(nproc) cores, $(uname -r), $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# The kanban's first render on an aged store: NorthPool.AgedStore writes 10,000 finished instances and 100,000 audit
# rows over the year before now (as bench/claim-aged.sh does), the bot starts on that file, and bench/kanban-render.mjs
# loads /kanban in headless Chromium N times.
#   bash bench/kanban-render.sh [finished instances] [audit rows] [runs]     (PORT=3996 by default; it must be free)
set -euo pipefail
cd "$(dirname "$0")/.."
finished=${1:-10000}
audit=${2:-100000}
runs=${3:-20}
port=${PORT:-3996}
work=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
bot=
trap '[ -n "$bot" ] && kill $bot 2>/dev/null; rm -rf "$work"' EXIT

echo "== build (Release)"
dotnet build NorthPool.sln -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
echo "== aging a store ($finished finished instances, $audit audit rows)"
dotnet bench/NorthPool.AgedStore/bin/Release/net10.0/NorthPool.AgedStore.dll "$work/northpool.db" "$audit" "$finished"
(cd src/NorthPool/bin/Release/net10.0 && exec dotnet NorthPool.dll --Urls="http://127.0.0.1:$port" \
  --Storage:DatabasePath="$work/northpool.db" --BotFramework:AllowUnauthenticatedLocalRequests=true \
  --Logging:LogLevel:Default=Warning >"$work/bot.log" 2>&1) &
bot=$!
for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
node bench/kanban-render.mjs "http://127.0.0.1:$port" "$runs"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Change → page latency with 20 kanban pages open (bench/board-latency.mjs): the Release bot on a fresh store in local
# mode, 200 moves of one task through the board's API, each timed until every page shows it.
#   bash bench/board-latency.sh [pages] [changes]     (PORT=3997 by default; it must be free)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-3997}
work=$(mktemp -d)
bot=
trap '[ -n "$bot" ] && kill $bot 2>/dev/null; rm -rf "$work"' EXIT
dotnet build NorthPool.sln -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
(cd src/NorthPool/bin/Release/net10.0 && exec dotnet NorthPool.dll --Urls="http://127.0.0.1:$port" \
  --Storage:DatabasePath="$work/northpool.db" --BotFramework:AllowUnauthenticatedLocalRequests=true --NorthPool:Admins:0=29:user-admin \
  --Logging:LogLevel:Default=Warning >"$work/bot.log" 2>&1) &
bot=$!
for _ in $(seq 1 150); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
node bench/board-latency.mjs "http://127.0.0.1:$port" "${1:-20}" "${2:-200}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Measures a claim turn on the running bot: POST /api/messages → reply reaching a fake connector, 16 concurrent
# users, 1,000+ claims (each followed by a release), then reads the bot process's peak RSS (VmHWM).
#   bash bench/claim-load.sh [users] [claims]        (BOT_ARGS="--Telemetry:PrometheusPort=9464" adds settings to the bot)
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-16}
claims=${2:-1008}
port=3990
work=$(mktemp -d)
dotnet build NorthPool.sln -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
(cd src/NorthPool/bin/Release/net10.0 && exec dotnet NorthPool.dll --Urls="http://127.0.0.1:$port" \
  --Storage:DatabasePath="$work/northpool.db" --BotFramework:AllowUnauthenticatedLocalRequests=true \
  --Logging:LogLevel:Default=Warning ${BOT_ARGS:-} >"$work/bot.log" 2>&1) &
bot=$!
trap 'kill $bot 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
dotnet bench/NorthPool.LoadDriver/bin/Release/net10.0/NorthPool.LoadDriver.dll --bot "http://127.0.0.1:$port" --users "$users" --claims "$claims"
pid=$(pgrep -f "NorthPool.dll --Urls=http://127.0.0.1:$port" | head -1)
echo "bot peak RSS (VmHWM): $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}')"
echo "machine: $(nproc) cores, $(uname -r), $(dotnet --version)"

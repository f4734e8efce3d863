#!/usr/bin/env bash
# Runs NorthPool locally: builds it, starts the bot on http://127.0.0.1:3978/api/messages in local mode (no Azure
# credentials, embedded LiteDB at ./data/northpool.db) and the Microsoft 365 Agents Playground against it, then
# prints the URL to open. Ctrl+C stops both. Ports: NORTHPOOL_PORT (3978), PLAYGROUND_PORT (56150).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bot_port=${NORTHPOOL_PORT:-3978}
playground_port=${PLAYGROUND_PORT:-56150}
mkdir -p "$root/data" "$root/artifacts"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "==> Installing Node packages (Agents Playground)"
[[ -d node_modules/@microsoft/m365agentsplayground ]] || npm ci --no-audit --no-fund --loglevel=error
echo "==> Building NorthPool (Release)"
dotnet build src/NorthPool -c Release --nologo -v quiet -clp:ErrorsOnly

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

echo "==> Starting the bot on http://127.0.0.1:$bot_port/api/messages (database: $root/data/northpool.db)"
(cd src/NorthPool/bin/Release/net10.0 && exec dotnet NorthPool.dll \
  --Urls="http://127.0.0.1:$bot_port" \
  --Storage:DatabasePath="$root/data/northpool.db" \
  --BotFramework:AllowUnauthenticatedLocalRequests=true \
  --NorthPool:Admins:0=29:user-chairman \
  --Reports:ChairmanIds:0=29:user-chairman) &
pids+=($!)
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$bot_port/healthz" >/dev/null || { echo "the bot did not start; see the log above" >&2; exit 1; }

echo "==> Starting the Microsoft 365 Agents Playground"
playground_out="$root/artifacts/playground.out"
TEAMSAPPTESTER_BROWSER=none \
M365_AGENTS_PLAYGROUND_CONFIG_PATH="$root/scripts/northpool.m365agentsplayground.yml" \
M365_AGENTS_PLAYGROUND_LOGFILE="$root/artifacts/playground.log" \
  node node_modules/@microsoft/m365agentsplayground/cli.js \
    -e "http://127.0.0.1:$bot_port/api/messages" -c msteams --dt -p "$playground_port" >"$playground_out" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  grep -qE 'Listening on [0-9]+' "$playground_out" 2>/dev/null && break
  sleep 0.2
done
port=$(grep -oE 'Listening on [0-9]+' "$playground_out" | grep -oE '[0-9]+' || true)
[[ -n "$port" ]] || { cat "$playground_out" >&2; echo "the playground did not start" >&2; exit 1; }

echo
echo "NorthPool is running. Open http://localhost:$port in a browser and type 帮助 or 认领 BD-001."
echo "You are 王董事长 there (admin and chairman): in 董事长频道 type @NorthPool /设为汇报频道, then /汇报 for the report."
echo "The task board (kanban) is at http://127.0.0.1:$bot_port/ ; it acts as the member you pick on it."
echo "Press Ctrl+C to stop."
wait

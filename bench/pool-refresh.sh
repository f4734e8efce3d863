#!/usr/bin/env bash
# Times the morning pool refresh (InstanceOpener on the single writer) at 06:00 on successive days, the idempotent
# refresh and the 06:00 digest selection, on a LiteDB file with 5,000 open instances, 50,000 closed ones and
# 100,000 audit rows.
#   bash bench/pool-refresh.sh [open] [closed] [audit] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/NorthPool.RefreshBench -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet bench/NorthPool.RefreshBench/bin/Release/net10.0/NorthPool.RefreshBench.dll "${1:-5000}" "${2:-50000}" "${3:-100000}" "${4:-30}"

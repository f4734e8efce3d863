#!/usr/bin/env bash
# Times building the chairman's report, CRM figures included, on a LiteDB file with 10,000 task instances, 100,000
# history rows and 100,000 CRM rows.
#   bash bench/report-build.sh [tasks] [history] [runs] [crm rows]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/NorthPool.ReportBench -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet bench/NorthPool.ReportBench/bin/Release/net10.0/NorthPool.ReportBench.dll "${1:-10000}" "${2:-100000}" "${3:-50}" "${4:-100000}"

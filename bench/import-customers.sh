#!/usr/bin/env bash
# Times 导入 客户 of 5,000 customers (read, dry run, confirmed import) on a store holding 100,000 CRM rows.
#   bash bench/import-customers.sh [customers] [runs] [crm rows]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/NorthPool.ImportBench -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet bench/NorthPool.ImportBench/bin/Release/net10.0/NorthPool.ImportBench.dll "${1:-5000}" "${2:-5}" "${3:-100000}"

#!/usr/bin/env bash
# A hot backup of an aged store (10,000 task instances, 100,000 history rows, 100,000 CRM rows) under a write load of
# 8 writers committing a change and its audit row each: backup time, and the writes' acknowledgement latency without
# and during backups.
#   bash bench/backup-aged.sh [tasks] [history] [crm rows] [seconds per phase]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/NorthPool.BackupBench -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet bench/NorthPool.BackupBench/bin/Release/net10.0/NorthPool.BackupBench.dll "${1:-10000}" "${2:-100000}" "${3:-100000}" "${4:-10}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests and benchmarks (Debian's packages; installs them when
# missing and run as root). PostgreSQL refuses to run as root, so as root it runs as the postgres user.
#   bash scripts/postgres.sh start DIR PORT   → prints the admin connection string on its last line
#   bash scripts/postgres.sh stop DIR
set -euo pipefail
action=${1:?start|stop}
dir=${2:?folder for the cluster}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    port=${3:?port}
    if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
      if [[ $(id -u) -eq 0 ]]; then
        echo "installing PostgreSQL (apt-get install postgresql)" >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
      else
        echo "PostgreSQL is not installed: sudo apt-get install postgresql" >&2; exit 1
      fi
    fi
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --no-locale -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=1000 -c shared_buffers=128MB" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    [[ -d "$dir/data" ]] && as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac

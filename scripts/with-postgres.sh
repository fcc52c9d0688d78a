#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: initdb in a temporary folder, start on a free
# port on the loopback, run the command with DATABASE_URL set, stop and remove the server whatever happens.
set -euo pipefail
# readlink: pg_ctl may be a symlink in a folder without createdb (/usr/local/bin).
pg_bin=$(dirname "$(readlink -f "$(command -v pg_ctl 2>/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)")")
data=$(mktemp -d /tmp/kumppani-pg.XXXXXX)
port=${PGPORT_TEST:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: run the server as the unprivileged 'postgres' or 'nobody' user.
  pg_user=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)
  chown "$pg_user" "$data"
  run_as=(runuser -u "$pg_user" --)
fi
cleanup() { "${run_as[@]}" "$pg_bin/pg_ctl" -D "$data/db" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$data"; }
trap cleanup EXIT
"${run_as[@]}" "$pg_bin/initdb" -D "$data/db" -U kumppani --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$pg_bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
"${run_as[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U kumppani kumppani
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on port $port"
DATABASE_URL="postgres://kumppani@127.0.0.1:$port/kumppani" "$@"

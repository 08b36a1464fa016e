#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster, e.g. `scripts/with-postgres.sh npm test`.
# The cluster listens on 127.0.0.1 (a free port) with trust auth, and is stopped and deleted at the
# end, also on failure or Ctrl-C. The command sees NEXO_TEST_DATABASE_URL; its exit status is ours.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$PG_BIN/initdb" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "with-postgres: PostgreSQL not found in $PG_BIN, installing it with apt-get..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "with-postgres: PostgreSQL 15 not found in $PG_BIN. Install it (sudo apt-get install postgresql) or set PG_BIN." >&2
    exit 1
  fi
fi
if [ ! -x "$PG_BIN/initdb" ]; then
  # apt may have installed another major version: take the newest one present.
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -x "$PG_BIN/initdb" ] || { echo "with-postgres: no initdb found under /usr/lib/postgresql" >&2; exit 1; }
fi

# PostgreSQL refuses to run as root: run the server as a dedicated unprivileged user.
RUN=()
if [ "$(id -u)" -eq 0 ]; then
  if id postgres >/dev/null 2>&1; then
    PG_OS_USER=postgres
  else
    PG_OS_USER=nexo-pg
    id "$PG_OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
  fi
  RUN=(runuser -u "$PG_OS_USER" --)
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/nexo-pg.XXXXXX")"
chmod 700 "$WORK"
[ "${#RUN[@]}" -eq 0 ] || chown "$PG_OS_USER" "$WORK"
DATA="$WORK/data"

cleanup() {
  if [ -f "$DATA/postmaster.pid" ]; then
    (cd "$WORK" && "${RUN[@]}" "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1) || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

cd "$WORK"
"${RUN[@]}" "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$WORK/initdb.log" 2>&1 || {
  cat "$WORK/initdb.log" >&2
  exit 1
}
# A throwaway cluster: durability off for speed.
if ! "${RUN[@]}" "$PG_BIN/pg_ctl" -D "$DATA" -l "$WORK/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$WORK -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null; then
  echo "with-postgres: the server did not start:" >&2
  tail -n 20 "$WORK/server.log" >&2
  exit 1
fi
for _ in $(seq 1 100); do
  "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
  sleep 0.1
done
cd "$OLDPWD"

echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" -V | awk '{print $3}') on 127.0.0.1:$PORT (deleted at exit)" >&2
export NEXO_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
set +e
"$@"
status=$?
set -e
exit "$status"

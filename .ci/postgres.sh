#!/usr/bin/env bash
# Sourced by .ci/run: installs Debian's PostgreSQL when absent, starts a throwaway cluster on
# 127.0.0.1 (a free port, password auth) and exports FRAMING_TEST_PG_URL, FRAMING_TEST_PG_USER and
# FRAMING_TEST_PG_PASSWORD for the export test. `pg_test_stop` stops it and removes its files.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

if [ -z "$(pg_bin)" ]; then
  echo "ci: installing postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null
fi
PG_BIN="$(pg_bin)"
PG_DIR="$(mktemp -d /tmp/framing-pg.XXXXXX)"
PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
PG_PASSWORD="ci-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
echo "$PG_PASSWORD" > "$PG_DIR/pw"
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown -R postgres "$PG_DIR"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U framing --pwfile="$PG_DIR/pw" \
  --auth-host=scram-sha-256 --auth-local=trust -E UTF8 >"$PG_DIR/initdb.log" 2>&1
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_DIR -c fsync=off" \
  start >/dev/null
pg_test_stop() {
  "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
export FRAMING_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
export FRAMING_TEST_PG_USER=framing
export FRAMING_TEST_PG_PASSWORD="$PG_PASSWORD"
echo "ci: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT" >&2

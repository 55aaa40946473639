# Sourced by .ci/run: installs Debian's PostgreSQL when missing, starts a throwaway server on a local port for the
# store tests, and exports WENSHEN_TEST_PG_URL. Idempotent: a server already started here is reused.
PG_PORT="${PG_PORT:-55432}"
PG_DIR="${PG_DIR:-/tmp/wenshen-ci-pg}"
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
# The server refuses to run as root: run it as the postgres user (or as ourselves when not root).
if [ "$(id -u)" = 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
if [ ! -f "$PG_DIR/PG_VERSION" ]; then
  mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
fi
as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select 1 from pg_database where datname = 'wenshen_test'" | grep -q 1 ||
  as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres wenshen_test
export WENSHEN_TEST_PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/wenshen_test"
echo "PostgreSQL for the store tests: $WENSHEN_TEST_PG_URL"

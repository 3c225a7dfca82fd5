#!/usr/bin/env bash
# The README's test command: unit tests, Arquillian tests on Payara Micro, browser tests in headless
# Chromium, and the persistence tests again on a real PostgreSQL server. It installs what a fresh
# Debian machine with JDK 17 and Maven lacks (chromium, chromium-driver, postgresql), starts a
# throwaway PostgreSQL on 127.0.0.1 and stops it at the end, whatever happens.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] && ! command -v initdb >/dev/null 2>&1; then need+=(postgresql); fi
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -n "$pg_bin" ]; then
  initdb="$pg_bin/initdb"; pg_ctl="$pg_bin/pg_ctl"
else
  initdb=$(command -v initdb); pg_ctl=$(command -v pg_ctl)
fi

# A throwaway PostgreSQL cluster on loopback, owned by the postgres user (initdb refuses root).
pg_port="${PORTAL_TEST_PG_PORT:-55432}"
pg_dir=$(mktemp -d /tmp/portal-test-pg.XXXXXX)
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
stop_pg() { run_pg "$pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_pg EXIT
run_pg "$initdb" -D "$pg_dir/data" -U portal --auth=trust -E UTF8 >/dev/null
run_pg "$pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -k $pg_dir" start >/dev/null
echo "PostgreSQL test server on 127.0.0.1:$pg_port"
# One database per server the tests start: the in-container tests, and the plain portal.
createdb_bin="$(dirname "$pg_ctl")/createdb"
for db in portal_arq portal_plain; do
  run_pg "$createdb_bin" -h 127.0.0.1 -p "$pg_port" -U portal "$db"
done

# clean: no report, summary or test database left from an earlier run may decide this one
mvn -B ${MAVEN_ARGS:-} clean verify \
  -Dit.pg.url="jdbc:postgresql://127.0.0.1:$pg_port/postgres" -Dit.pg.user=portal -Dit.pg.password=portal \
  -Dit.pg.arq.url="jdbc:postgresql://127.0.0.1:$pg_port/portal_arq" \
  -Dit.pg.plain.url="jdbc:postgresql://127.0.0.1:$pg_port/portal_plain"

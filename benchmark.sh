#!/usr/bin/env bash
# The benchmarks that need PostgreSQL (README, Benchmarks). The first argument names one:
#   jobinfo  generates 2,000,000 job seekers and 200,000 vacancies (reused by the next run), runs the Gatling load and
#            the matching timings (JobInfoBenchmark);
#   sikhi    fills a fresh database with 10,000 SIKHI cases in one kab/kota (-Dbench.cases=N for more) and times the
#            officers' pages (SikhiPagesBenchmark).
# Extra arguments go to Maven, e.g. a small run:
#   ./benchmark.sh jobinfo -Dbench.seekers=20000 -Dbench.vacancies=2000
#   ./benchmark.sh sikhi -Dbench.cases=100000
# PostgreSQL: PORTAL_BENCH_PG_URL (+ PORTAL_BENCH_PG_USER, PORTAL_BENCH_PG_PASSWORD) names a server to use;
# otherwise this script keeps its own cluster in PORTAL_BENCH_PG_DIR (default /var/tmp/portal-bench-pg) on
# 127.0.0.1:PORTAL_BENCH_PG_PORT (default 55439), starts it (creating it on the first run) and stops it at the
# end, keeping its data for the next run. The whole output also goes to portal/target/<name>-benchmark.log.
set -euo pipefail
cd "$(dirname "$0")"
case "${1:-}" in
  jobinfo) name=jobinfo; test_class=JobInfoBenchmark; prefix='JobInfo (benchmark|data)' ;;
  sikhi) name=sikhi; test_class=SikhiPagesBenchmark; prefix='SIKHI benchmark' ;;
  *) echo "usage: $0 jobinfo|sikhi [maven arguments]" >&2; exit 2 ;;
esac
shift

run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg=""
if [ -n "${PORTAL_BENCH_PG_URL:-}" ]; then
  pg_url="$PORTAL_BENCH_PG_URL"; pg_user="${PORTAL_BENCH_PG_USER:-portal}"; pg_password="${PORTAL_BENCH_PG_PASSWORD:-portal}"
else
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ] && ! command -v initdb >/dev/null 2>&1; then
    echo "Installing postgresql from Debian's packages"
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  if [ -n "$pg_bin" ]; then initdb="$pg_bin/initdb"; pg_ctl="$pg_bin/pg_ctl"; else initdb=$(command -v initdb); pg_ctl=$(command -v pg_ctl); fi
  pg_dir="${PORTAL_BENCH_PG_DIR:-/var/tmp/portal-bench-pg}"
  pg_port="${PORTAL_BENCH_PG_PORT:-55439}"
  mkdir -p "$pg_dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  if [ ! -f "$pg_dir/data/PG_VERSION" ]; then
    run_pg "$initdb" -D "$pg_dir/data" -U portal --auth=trust -E UTF8 >/dev/null
  fi
  if ! run_pg "$pg_ctl" -D "$pg_dir/data" status >/dev/null 2>&1; then
    # A server's memory settings, loopback only. fsync off: a throwaway data set, and the measured load only reads.
    run_pg "$pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 120 -o "-c listen_addresses=127.0.0.1 -p $pg_port \
      -k $pg_dir -c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=16MB -c maintenance_work_mem=512MB \
      -c max_wal_size=8GB -c checkpoint_timeout=30min -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    stop_pg="yes"
  fi
  echo "PostgreSQL for the benchmark on 127.0.0.1:$pg_port (data in $pg_dir, kept for the next run)"
  pg_url="jdbc:postgresql://127.0.0.1:$pg_port/postgres"; pg_user=portal; pg_password=portal
fi
cleanup() { if [ -n "$stop_pg" ]; then run_pg "$pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT

mkdir -p portal/target
log="portal/target/$name-benchmark.log"
mvn -B ${MAVEN_ARGS:-} verify -pl portal -am -Dit.test="$test_class" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.pg.url="$pg_url" -Dit.pg.user="$pg_user" -Dit.pg.password="$pg_password" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo
echo "==== $test_class: the numbers (all of them in $log) ===="
grep -E "^($prefix):" "$log" || true
exit "$status"

#!/usr/bin/env bash
# Installs PostgreSQL from Debian if it is missing, starts the cluster, creates a role and a
# database for the tests, and prints their URL on stdout (everything else goes to stderr).
# Used by .ci/run; run it by hand to test the PostgreSQL store and workers on your machine:
#   export ZEGSMAN_TEST_PG=$(bash scripts/start-test-postgres.sh)
set -euo pipefail
exec 3>&1 1>&2

# Runs a command that leaves a daemon behind with every descriptor above stderr closed and its
# own output in a log. A daemon that inherits a pipe keeps it open: the caller's `$(...)`, or a
# CI runner reading this script's output, then waits for an end of file that never comes (the
# CI run of 2026-11-27 hung here until its time ran out).
run_detached() {
  local log status=0
  log=$(mktemp)
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
    done
    exec "$@" </dev/null >"$log" 2>&1
  ) || status=1
  cat "$log"; rm -f "$log"
  return "$status"
}

if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  # Debian's post-install may start the cluster itself: detached, so it holds none of our pipes.
  run_detached apt-get update
  DEBIAN_FRONTEND=noninteractive run_detached apt-get install -y postgresql
fi

version=$(ls /etc/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  run_detached pg_ctlcluster "$version" main start
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')

as_postgres() { runuser -u postgres -- "$@"; }
for _ in $(seq 1 30); do
  as_postgres psql -p "$port" -qAtc 'select 1' >/dev/null 2>&1 && break
  sleep 1
done

role=${ZEGSMAN_PG_ROLE:-zegsman}
password=${ZEGSMAN_PG_PASSWORD:-zegsman}
database=${ZEGSMAN_PG_DATABASE:-zegsman_test}
if [ "$(as_postgres psql -p "$port" -qAtc "select 1 from pg_roles where rolname = '$role'")" != 1 ]; then
  as_postgres psql -p "$port" -qc "create role $role login password '$password'"
fi
if [ "$(as_postgres psql -p "$port" -qAtc "select 1 from pg_database where datname = '$database'")" != 1 ]; then
  as_postgres psql -p "$port" -qc "create database $database owner $role"
fi

echo "postgres://$role:$password@127.0.0.1:$port/$database" >&3

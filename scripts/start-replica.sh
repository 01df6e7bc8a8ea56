#!/usr/bin/env bash
# Starts a PostgreSQL streaming replica of the local cluster `main` (127.0.0.1:5432) on this
# machine, for the test of the server's read replica (test/deploy/replica.test.ts,
# DATABASE_READ_URL). Creates the cluster `replica` on PORT (pg_createcluster), lets `main`
# accept replication connections from 127.0.0.1 (one pg_hba line and a reload, no restart),
# copies `main` into it with pg_basebackup -R, starts it and waits until it streams.
# Running it again with the replica streaming changes nothing. Undo: scripts/stop-replica.sh.
# Usage (as root or postgres): scripts/start-replica.sh PORT
set -euo pipefail
port="${1:?port}"
primary_port=5432
version="$(ls /etc/postgresql | sort -n | tail -n 1)"
name=replica
hba="/etc/postgresql/$version/main/pg_hba.conf"
hba_line="host replication all 127.0.0.1/32 trust # baocao replica"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
ask() { psql -h 127.0.0.1 -p "$1" -U postgres -d postgres -Atc "$2"; }

streaming() {
  [ "$(ask "$port" "select pg_is_in_recovery()" 2>/dev/null)" = t ] &&
    [ "$(ask "$primary_port" "select count(*) from pg_stat_replication where application_name = '$name' and state = 'streaming'" 2>/dev/null)" = 1 ]
}
if streaming; then exit 0; fi

# The primary: replication connections from this machine (the `all` database does not cover them).
if ! grep -qF "$hba_line" "$hba"; then
  echo "$hba_line" >> "$hba"
  ask "$primary_port" "select pg_reload_conf()" >/dev/null
fi

# A half-made cluster of an earlier run is dropped and made again from scratch.
if pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version $name"; then
  pg_ctlcluster --skip-systemctl-redirect "$version" "$name" stop -m fast 2>/dev/null || true
  pg_dropcluster "$version" "$name"
fi
pg_createcluster "$version" "$name" -p "$port" >/dev/null
# The replica lets in whom the primary lets in (here: trust from 127.0.0.1).
install -o postgres -g postgres -m 640 "$hba" "/etc/postgresql/$version/$name/pg_hba.conf"
# The primary's vacuum keeps the rows a long report on the replica still reads, so the report is
# not cancelled by a replication conflict.
echo "hot_standby_feedback = on" >> "/etc/postgresql/$version/$name/postgresql.conf"
data="/var/lib/postgresql/$version/$name"
find "$data" -mindepth 1 -delete
as_postgres pg_basebackup -h 127.0.0.1 -p "$primary_port" -U postgres -D "$data" -R -X stream \
  -d "application_name=$name" --checkpoint=fast
pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
for _ in $(seq 1 60); do streaming && exit 0; sleep 0.5; done
echo "the replica on port $port did not start streaming; see /var/log/postgresql/postgresql-$version-$name.log" >&2
exit 1

#!/usr/bin/env bash
# Undoes scripts/start-replica.sh: stops and drops the cluster `replica` and removes the primary's
# replication line from pg_hba (then reloads it). Nothing to undo is fine.
set -euo pipefail
version="$(ls /etc/postgresql | sort -n | tail -n 1)"
name=replica
hba="/etc/postgresql/$version/main/pg_hba.conf"
if pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version $name"; then
  pg_ctlcluster --skip-systemctl-redirect "$version" "$name" stop -m fast 2>/dev/null || true
  pg_dropcluster "$version" "$name"
fi
if grep -qF "# baocao replica" "$hba"; then
  sed -i '/# baocao replica$/d' "$hba"
  psql -h 127.0.0.1 -U postgres -d postgres -Atc "select pg_reload_conf()" >/dev/null
fi

#!/usr/bin/env bash
# Starts a pgbouncer in transaction mode in front of the local PostgreSQL, for the test that
# runs the server through it (test/deploy/pgbouncer.test.ts). Prints the folder holding its
# config, log and pid file; stop it with: kill "$(cat FOLDER/pgbouncer.pid)".
# Usage: scripts/start-pgbouncer.sh PORT   (PostgreSQL at 127.0.0.1:5432, trust auth)
set -euo pipefail
port="${1:?port}"
dir="$(mktemp -d /tmp/baocao-pgbouncer.XXXXXX)"
cat > "$dir/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=5432
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/userlist.txt
pool_mode = transaction
max_client_conn = 500
default_pool_size = 20
ignore_startup_parameters = extra_float_digits
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
INI
echo '"postgres" ""' > "$dir/userlist.txt"
chmod 755 "$dir" && chmod 644 "$dir"/*
# pgbouncer refuses to run as root; it runs as the postgres system user.
if [ "$(id -u)" = 0 ]; then
  chown -R postgres "$dir"
  pgbouncer -d -u postgres "$dir/pgbouncer.ini"
else
  pgbouncer -d "$dir/pgbouncer.ini"
fi
for _ in $(seq 1 20); do [ -s "$dir/pgbouncer.pid" ] && break; sleep 0.25; done
echo "$dir"

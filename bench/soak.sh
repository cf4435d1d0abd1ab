#!/usr/bin/env bash
# Fault run (`make soak`): 60 s of concurrent resident submissions against gunicorn while
# PostgreSQL is stopped and started again at t≈20 s. Pass: no 500 after the database is
# back, the app serves again within 2 s, every tracking code given out is in the database.
#
# The database is a temporary PostgreSQL cluster of its own (port 5440), so the machine's
# main cluster, which other work uses, is never restarted. Everything is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
PORT=${SOAK_PORT:-8124}
PGPORT=${SOAK_PGPORT:-5440}
DETIK=${SOAK_DETIK:-60}
MATI_PADA=${SOAK_MATI_PADA:-20}   # seconds into the load when PostgreSQL is stopped
MATI_SELAMA=${SOAK_MATI_SELAMA:-5} # seconds it stays down
KLIEN=${SOAK_KLIEN:-4}
PEMBACA=${SOAK_PEMBACA:-1}
WORKERS=${SOAK_WORKERS:-4}
PULIH_MAKS=${SOAK_PULIH_MAKS:-2}  # seconds allowed to serve again
PGBIN=${SOAK_PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)}

# initdb refuses to run as root: the cluster belongs to the postgres user then.
sebagai_pg() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

KERJA=$(mktemp -d /tmp/portal-soak.XXXXXX)
[ "$(id -u)" -eq 0 ] && chown postgres "$KERJA"
DATA="$KERJA/data"
GPID=""
beres() {
  if [ -n "$GPID" ]; then kill "$GPID" 2>/dev/null || true; wait "$GPID" 2>/dev/null || true; fi
  sebagai_pg "$PGBIN/pg_ctl -D $DATA -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$KERJA"
  # collectstatic's folder, made by bench/lingkungan.sh with mktemp -d.
  case "${STATIC_ROOT:-}" in /tmp/tmp.*/static) rm -rf "$(dirname "$STATIC_ROOT")" ;; esac
}
trap beres EXIT

echo "PostgreSQL sementara: $PGBIN, port $PGPORT, $DATA"
sebagai_pg "$PGBIN/initdb -D $DATA -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync" >/dev/null
sebagai_pg "$PGBIN/pg_ctl -D $DATA -o '-p $PGPORT -k $KERJA -c listen_addresses=127.0.0.1' -l $KERJA/pg.log -w start" >/dev/null

DB=portal_soak
# shellcheck source=bench/lingkungan.sh
source bench/lingkungan.sh
export DATABASE_URL="postgres://postgres@127.0.0.1:${PGPORT}/${DB}"
export TASKS_BACKEND=database   # notifications are queued, never sent inside the request
export REDIS_URL=${SOAK_REDIS_URL:-redis://127.0.0.1:6379/9}
# One address sends everything here; the limits are lifted for this server only.
export ASPIRASI_BATAS_KIRIM=1000000/600
export ASPIRASI_BATAS_DRAF=1000000/600
export ASPIRASI_BATAS_LACAK=1000000/600
export DB_CONN_MAX_AGE=${DB_CONN_MAX_AGE:-60}

createdb -h 127.0.0.1 -p "$PGPORT" -U postgres "$DB"
$PY manage.py migrate --noinput -v0
$PY manage.py muat_demo >/dev/null
$PY manage.py muat_demo_kegiatan >/dev/null
$PY manage.py collectstatic --noinput -v0
$PY - <<'EOF'
import django, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pasuruan_portal.settings")
django.setup()
from django.core.cache import cache
cache.clear()  # only this run's Redis db: no counters or pages left from an earlier run
EOF

.venv/bin/gunicorn -c gunicorn.conf.py --bind "127.0.0.1:${PORT}" --workers "$WORKERS" \
  --access-logfile /dev/null pasuruan_portal.wsgi >"$KERJA/gunicorn.log" 2>&1 &
GPID=$!
for _ in $(seq 1 50); do
  curl -fs -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:${PORT}/" && break
  sleep 0.2
done

$PY bench/soak.py --port "$PORT" --pg-port "$PGPORT" --database-url "$DATABASE_URL" \
  --klien "$KLIEN" --pembaca "$PEMBACA" --detik "$DETIK" --pulih-maks "$PULIH_MAKS" &
BEBAN=$!
sleep "$MATI_PADA"
echo "t≈${MATI_PADA} s: PostgreSQL dihentikan (pg_ctl stop -m fast), ${MATI_SELAMA} s kemudian dinyalakan lagi"
sebagai_pg "$PGBIN/pg_ctl -D $DATA -m fast -w stop" >/dev/null
sleep "$MATI_SELAMA"
sebagai_pg "$PGBIN/pg_ctl -D $DATA -o '-p $PGPORT -k $KERJA -c listen_addresses=127.0.0.1' -l $KERJA/pg.log -w start" >/dev/null
hasil=0
wait "$BEBAN" || hasil=$?
echo "log server (500 tercatat): $(grep -c 'Internal Server Error' "$KERJA/gunicorn.log" || true)"
grep -h -o -E '^django\.db\.utils\.[A-Za-z]+Error: [^"]{0,60}' "$KERJA/gunicorn.log" | sort | uniq -c | sort -rn | head -5 || true
exit "$hasil"

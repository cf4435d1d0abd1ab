#!/usr/bin/env bash
# Acceptance (issue 6): with REDIS_URL set, the rate limit holds across 4 gunicorn workers.
# 60 tracking lookups at once from one client address; exactly ASPIRASI_BATAS_LACAK (20)
# must pass. Its own database (no data needed) and Redis database; leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
PORT=${BENCH_BATAS_PORT:-8126}
DB=${BENCH_BATAS_DB:-portal_bench_batas}
REDIS_DB=${BENCH_BATAS_REDIS_DB:-11}
WORKERS=4
export REDIS_URL="redis://127.0.0.1:6379/${REDIS_DB}"
export ASPIRASI_BATAS_LACAK=20/600
# Each refused lookup is a WARNING of django.request: 40 lines of expected noise.
export LOG_LEVEL=ERROR
# shellcheck source=bench/lingkungan.sh
source bench/lingkungan.sh

psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname='${DB}'" | grep -q 1 \
  || createdb -h 127.0.0.1 -U postgres "$DB"
$PY manage.py migrate --noinput -v0
$PY manage.py collectstatic --noinput -v0
redis-cli -n "$REDIS_DB" flushdb >/dev/null

.venv/bin/gunicorn -c gunicorn.conf.py --bind "127.0.0.1:${PORT}" --workers "$WORKERS" \
  --access-logfile /dev/null --log-level warning pasuruan_portal.wsgi &
GPID=$!
trap 'kill $GPID 2>/dev/null || true; wait $GPID 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do
  curl -fs -o /dev/null "http://127.0.0.1:${PORT}/robots.txt" && break
  sleep 0.2
done
echo "gunicorn ${WORKERS} worker (pid anak: $(pgrep -P "$GPID" | wc -l)), Redis db ${REDIS_DB}, ASPIRASI_BATAS_LACAK=${ASPIRASI_BATAS_LACAK}"
$PY bench/batas.py --port "$PORT" --jumlah 60 --serentak 16 --batas "${ASPIRASI_BATAS_LACAK%/*}"

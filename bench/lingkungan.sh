# Shared by the bench scripts: a production-like environment (DEBUG off, Redis cache, no
# mail) for a gunicorn on this machine. Sourced, not run; the caller sets DB first.
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${DB}"
export DEBUG=0
export SECRET_KEY="bench-$(head -c 48 /dev/urandom | base64 | tr -d '/+=' | head -c 60)"
export ALLOWED_HOSTS=127.0.0.1
export SITE_URL="https://127.0.0.1"
export SECURE_SSL_REDIRECT=0
export STATIC_ROOT="$(mktemp -d)/static"
export EMAIL_URL=dummymail://
pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n1)" main start

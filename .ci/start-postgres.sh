# Sourced by .ci/run: makes sure the PostgreSQL server the store's tests use is up, with a database "test".
# node-svc machines start PostgreSQL before the session (trust auth on 127.0.0.1); elsewhere, install and start
# Debian's server when we may. Exports PARALLAX_TEST_PG when the server needs a password.
pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q; }
if ! command -v pg_isready >/dev/null && [ "$(id -u)" = 0 ]; then
  apt-get update && apt-get install -y postgresql
fi
if command -v pg_isready >/dev/null && ! pg_up; then
  cluster="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$cluster" ]; then
    pg_ctlcluster --skip-systemctl-redirect "$cluster" main start || service postgresql start || true
  fi
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
if command -v psql >/dev/null && pg_up; then
  if [ -z "${PARALLAX_TEST_PG:-}" ] && ! psql -h 127.0.0.1 -U postgres -d postgres -tAc 'SELECT 1' >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    # A fresh Debian server asks for a password over TCP: give the test user one.
    su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'parallax'\""
    export PGPASSWORD=parallax PARALLAX_TEST_PG=postgres://postgres:parallax@127.0.0.1:5432/test
  fi
  if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1; then
    psql -h 127.0.0.1 -U postgres -d postgres -qc 'CREATE DATABASE test'
  fi
  echo "PostgreSQL: $(psql -h 127.0.0.1 -U postgres -d test -tAc 'SHOW server_version') on 127.0.0.1:5432, database test"
else
  # The store's tests fail (CI is set) and say why.
  echo "PostgreSQL is not available: the PostgreSQL store's tests will fail" >&2
fi

#!/bin/sh
# One login role per subgraph, with its own password from the postgres container's environment
# (FAMILIES_DB_PASSWORD, ...; compose takes them from .env). The role owns nothing: the compose
# `migrate` service runs the migrations as the owner and then grants each role its rights on its own
# database only. PostgreSQL's image runs this once, when it initialises an empty data folder.
set -eu
for name in families services referrals scheduling; do
  var=$(echo "${name}_DB_PASSWORD" | tr '[:lower:]' '[:upper:]')
  eval password=\${$var:?set $var}
  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname postgres \
    -v role="satupintu_${name}_app" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;
SQL
done

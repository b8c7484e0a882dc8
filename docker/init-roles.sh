#!/bin/sh
# One login role per subgraph, with its own password (from the compose environment). The role is not
# the owner: `npm run migrate` (the compose `migrate` service) runs the migrations as the owner and then
# grants each role its rights on its own database only.
set -eu
for name in families services referrals scheduling; do
  var=$(echo "${name}_DB_PASSWORD" | tr '[:lower:]' '[:upper:]')
  eval password=\${$var}
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="satupintu_${name}_app" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
SQL
done

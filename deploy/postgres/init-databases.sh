#!/bin/bash
# Creates one database and one owner per service on the first start of the PostgreSQL container.
# Passwords come from the environment of the postgres service in docker-compose.yml.
set -euo pipefail
for service in projects funding partnership; do
  password_var="$(echo "${service}_DB_PASSWORD" | tr '[:lower:]' '[:upper:]')"
  password="${!password_var:?$password_var must be set}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE ${service} LOGIN PASSWORD '${password}';
CREATE DATABASE ${service} OWNER ${service} ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8';
SQL
  # pg_trgm (free-text search) is created by the service's own migration; on PostgreSQL 13+ it is a trusted
  # extension, so the database owner may create it.
done

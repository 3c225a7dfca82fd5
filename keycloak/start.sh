#!/usr/bin/env bash
# Starts a Keycloak for development and tests on http://127.0.0.1:8180 with the realm "jabar"
# (keycloak/realm-jabar.json: roles, kab/kota groups, the portal's client, demo users).
# The distribution comes from Maven Central (org.keycloak:keycloak-quarkus-dist, zip), unpacked once
# into keycloak/target. Ctrl+C stops it; its data stays in keycloak/target until `rm -rf keycloak/target`.
#
#   KEYCLOAK_PORT                 default 8180
#   PORTAL_OIDC_CLIENT_SECRET     the portal client's secret; generated once into keycloak/target/client-secret
#   KC_BOOTSTRAP_ADMIN_PASSWORD   password of Keycloak's own "admin" (master realm); generated when unset
set -euo pipefail
cd "$(dirname "$0")"

version="26.4.7"
target="$PWD/target"
dist="$target/keycloak-$version"
port="${KEYCLOAK_PORT:-8180}"

if [ ! -x "$dist/bin/kc.sh" ]; then
  echo "Fetching Keycloak $version from Maven Central"
  mvn -B -q dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" -DoutputDirectory="$target"
fi

# Keycloak 26 wants Java 21+; it also runs on 17. Prefer a newer JDK when one is installed.
java_home=""
for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/*21*; do
  if [ -x "$candidate/bin/java" ]; then java_home="$candidate"; break; fi
done
if [ -z "$java_home" ]; then
  if ! command -v java >/dev/null 2>&1; then
    echo "No Java found: install a JDK (21 or newer preferred, 17 works) and run again." >&2
    exit 1
  fi
  java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  echo "No JDK 21+ found; running Keycloak on $("$java_home/bin/java" -version 2>&1 | head -n 1)"
fi

mkdir -p "$target"
if [ -z "${PORTAL_OIDC_CLIENT_SECRET:-}" ]; then
  [ -f "$target/client-secret" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$target/client-secret"
  PORTAL_OIDC_CLIENT_SECRET="$(cat "$target/client-secret")"
fi
export PORTAL_OIDC_CLIENT_SECRET
if [ -z "${KC_BOOTSTRAP_ADMIN_PASSWORD:-}" ]; then
  [ -f "$target/admin-password" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$target/admin-password"
  KC_BOOTSTRAP_ADMIN_PASSWORD="$(cat "$target/admin-password")"
fi
export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD

mkdir -p "$dist/data/import"
cp realm-jabar.json "$dist/data/import/realm-jabar.json"

echo "Keycloak on http://127.0.0.1:$port/ (realm jabar). The portal client's secret is in $target/client-secret;"
echo "Keycloak's own admin password is in $target/admin-password."
export JAVA_HOME="$java_home"
export JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx256m}"
# Java 24+ needs this for the thread-local reset of the JBoss threads Keycloak runs on.
export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} --add-opens=java.base/java.lang=ALL-UNNAMED"
exec "$dist/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" --import-realm --cache=local

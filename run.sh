#!/usr/bin/env bash
# Builds the portal and starts it on Payara Micro: http://localhost:8080/ (Ctrl+C stops it).
# Configuration: any key of the README's table as an environment variable (PORTAL_DB_URL, ...)
# or as -D in PORTAL_JAVA_OPTS. Data (the H2 database, uploads) stays in PORTAL_DATA_DIR, default ./data.
set -euo pipefail
cd "$(dirname "$0")"

if [ "${PORTAL_SKIP_BUILD:-false}" != "true" ] || [ ! -f portal/target/portal.war ]; then
  mvn -B -q -DskipTests install
fi

port="${PORTAL_HTTP_PORT:-8080}"
address="${PORTAL_HTTP_ADDRESS:-127.0.0.1}"
data="${PORTAL_DATA_DIR:-./data}"
mkdir -p "$data"

# Payara Micro listens on every interface and starts a Hazelcast member unless told otherwise:
# bind HTTP to $address (127.0.0.1 by default) and keep Hazelcast off for a single instance.
preboot="$data/preboot.asadmin"
sed "s/http-listener.address=127.0.0.1/http-listener.address=$address/" portal/src/main/payara/preboot.asadmin > "$preboot"

shown_host="$address"; [ "$address" = "127.0.0.1" ] && shown_host=localhost
echo "Starting the portal at http://$shown_host:$port/ (data in $data)."
echo "First start: sign in as 'admin' with PORTAL_BOOTSTRAP_ADMIN_PASSWORD, or with the password printed"
echo "below in the line 'First administrator created'."

exec java ${PORTAL_JAVA_OPTS:-} -Dportal.data.dir="$data" \
  -jar portal/target/payara-micro.jar \
  --deploy portal/target/portal.war --contextroot / \
  --port "$port" --nocluster --disablephonehome --prebootcommandfile "$preboot"

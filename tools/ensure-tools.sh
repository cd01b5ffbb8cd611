#!/usr/bin/env bash
# Installs the Debian packages ReportingEngine needs when they are missing.
#   run  — fonts the PDF writer embeds (the regulation fonts' open stand-ins)
#   test — the above plus the tools tests drive: poppler-utils, qpdf, LibreOffice, PostgreSQL
set -euo pipefail
want=(fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai fonts-dejavu-core)
if [ "${1:-run}" = "test" ]; then
  want+=(poppler-utils qpdf libreoffice-writer-nogui)
  # PostgreSQL for the job-store and cluster tests; the tests start the cluster themselves (TestSupport/Postgres).
  want+=(postgresql)
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null

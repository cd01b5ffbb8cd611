#!/usr/bin/env bash
# The main job on the embedded sample estate: installs what is missing (fonts), builds,
# creates the SQLite sample database and generates this month's documents into ./out.
set -euo pipefail
cd "$(dirname "$0")"
./tools/ensure-tools.sh run

dotnet build engine/hosts/ReportingEngine.Cli -c Release --nologo -v quiet
reporting() { dotnet engine/hosts/ReportingEngine.Cli/bin/Release/net10.0/reporting.dll "$@"; }

reporting db init --sample
reporting check templates
# This month's documents. The customer notice is the kind available today; the fee-notice batch,
# dossier documents and reports join here as their issues land.
reporting render customer-notice --model templates/customer-notice/sample.json --out out/documents
echo "Documents written to $(pwd)/out/documents"

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
# This month's documents for the sample estate. Its ledger runs to 2026-10, so that is the fee
# period billed; the other documents are dated the 5th of the following month (R-ACC-5).
period=2026-10
as_of=2026-11-05
docs=out/documents
reporting batch fee-notices --period "$period" --out "$docs/fee-notices"
for community in C01 C02 C03; do
  reporting generate borrowings --community "$community" --as-of "$as_of" --out "$docs/borrowings"
done
reporting generate satisfaction-report --all --quarter 2026Q3 --out "$docs/satisfaction"
reporting render customer-notice --model templates/customer-notice/sample.json --out "$docs/notices"
echo "Documents written to $(pwd)/out/documents"

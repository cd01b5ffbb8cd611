#!/usr/bin/env bash
# The issue-5 benchmark in one command: fee-notice batch on 1,000 and 100,000 synthetic units, 1 thread and all
# cores (each configuration in its own process, peak working set per configuration), the notice alone to PDF and
# DOCX, and the LibreOffice and Chromium peers in the same run. Writes a Markdown table to stdout.
#   bench/run-fees.sh                      # 1,000 and 100,000 units, 1 thread and all cores, 40 peer copies
#   UNITS=1000,10000 THREADS=2 bench/run-fees.sh
# Needs: ./tools/ensure-tools.sh bench (LibreOffice, Chromium, CJK fonts). Run it on an idle machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet build bench/ReportingEngine.Bench -c Release -v quiet -nologo >&2
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
exec dotnet bench/ReportingEngine.Bench/bin/Release/net10.0/ReportingEngine.Bench.dll fees \
  --units "${UNITS:-1000,100000}" --threads "${THREADS:-1,$(nproc)}" --copies "${COPIES:-40}"

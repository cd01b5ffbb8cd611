#!/usr/bin/env bash
# Runs every test of ReportingEngine. Installs the tools the tests drive (fonts, poppler,
# qpdf, LibreOffice) when they are missing, so it works on a fresh Debian machine with the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")"
./tools/ensure-tools.sh test

log=$(mktemp)
status=0
# Build the whole solution first: some tests start the CLI and worker hosts as child processes, and
# `dotnet test` alone builds each test project's references only, racing the hosts' builds.
dotnet build ReportingEngine.sln --nologo -c Release -v quiet 2>&1 | tee "$log" || status=$?
if [ "$status" -eq 0 ]; then
  dotnet test ReportingEngine.sln --nologo -c Release --no-build -v quiet --logger "console;verbosity=minimal" 2>&1 | tee -a "$log" || status=$?
fi

# One closing line over all test projects (dotnet test prints one summary per project).
awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { f += $(i+1) + 0 }
      if ($i == "Passed:")  { p += $(i+1) + 0 }
      if ($i == "Skipped:") { s += $(i+1) + 0 }
    }
  }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status

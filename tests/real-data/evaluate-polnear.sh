#!/usr/bin/env bash
# Measures attribution extraction on PolNeAR (Newell, Margolin and Ruths, LREC 2018): precision, recall and F1 of
# source and cue detection, exact and overlap matching, on the test compartment. The corpus is NOT part of this
# repository (measure only): looks for ../shared/datasets/polnear beside the checkout or $POLNEAR_DIR; skips when absent.
# Usage (from the repository root): bash tests/real-data/evaluate-polnear.sh [test|dev]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
polnear=${POLNEAR_DIR:-$root/../shared/datasets/polnear}
if [ ! -d "$polnear/test" ]; then
  echo "PolNeAR not found at $polnear (set POLNEAR_DIR); skipping."
  exit 0
fi
dotnet build "$root/src/FramingAnalyzer.Cli" -c Release -v quiet -nologo >/dev/null
dotnet "$root/src/FramingAnalyzer.Cli/bin/Release/net10.0/framing.dll" evaluate-attributions --polnear "$polnear" --compartment "${1:-test}"

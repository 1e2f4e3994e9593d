#!/usr/bin/env bash
# Retrains the shipped models from the project's own data with the fixed seed, evaluating each on its gold set
# (the gold metrics are stored inside the model and shown in run.json). Run from the repository root:
#   bash corpora/models/retrain.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/FramingAnalyzer.Cli -c Release -v quiet -nologo >/dev/null
framing() { dotnet src/FramingAnalyzer.Cli/bin/Release/net10.0/framing.dll "$@"; }
tail -n +2 corpora/models/manifest.csv | while IFS=, read -r task data gold; do
  args=()
  IFS=';' read -ra files <<< "$data"
  for f in "${files[@]}"; do args+=(--data "corpora/$f"); done
  framing train "$task" "${args[@]}" --gold "corpora/$gold" --seed 42 --out "corpora/models/$task.zip"
done

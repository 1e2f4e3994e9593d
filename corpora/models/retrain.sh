#!/usr/bin/env bash
# Retrains the shipped models from the project's own data (manifest.csv: task, training files, gold set, the L-BFGS
# L2 penalty) with the fixed seed, evaluating each on its gold set
# (the gold metrics are stored inside the model and shown in run.json): the static-tier models into corpora/models/,
# the contextual-tier models (for `framing analyze --encoder contextual`) into corpora/models/contextual/.
# Run from the repository root:
#   bash corpora/models/retrain.sh            (both tiers; the contextual one takes a few minutes)
#   TIERS=static bash corpora/models/retrain.sh
# The static tier also gets the learned cue detector (corpora/models/cue_detector.bin, `framing train-cues`), trained on the
# annotated attributions, the sentence-function training set and the loaded-language sentences (as negatives) with the
# shipped reporting verbs.
# The encoder's vectors (corpora/models/static_vectors.bin) are made by `framing distill` (DISTILL=1 to redo them first;
# every model must then be retrained, since models record the vectors they were trained with).
set -euo pipefail
cd "$(dirname "$0")/../.."
TIERS=${TIERS:-"static contextual"}
dotnet build src/FramingAnalyzer.Cli -c Release -v quiet -nologo >/dev/null
framing() { dotnet src/FramingAnalyzer.Cli/bin/Release/net10.0/framing.dll "$@"; }
if [ "${DISTILL:-0}" = 1 ]; then framing distill --out corpora/models/static_vectors.bin; fi
for tier in $TIERS; do
  folder=corpora/models
  [ "$tier" = contextual ] && folder=corpora/models/contextual
  mkdir -p "$folder"
  tail -n +2 corpora/models/manifest.csv | while IFS=, read -r task data gold l2; do
    args=()
    IFS=';' read -ra files <<< "$data"
    for f in "${files[@]}"; do args+=(--data "corpora/$f"); done
    framing train "$task" "${args[@]}" --gold "corpora/$gold" --seed 42 --encoder "$tier" --l2 "${l2:-0.1}" --out "$folder/$task.zip"
  done
done
case " $TIERS " in
  *" static "*)
    plain=()
    for f in corpora/training/loaded_sentences_part*.csv; do plain+=(--plain "$f"); done
    framing train-cues --brat corpora/attributions --unattributed corpora/training/sentence_functions.csv "${plain[@]}" --out corpora/models/cue_detector.bin ;;
esac

#!/usr/bin/env bash
# Whole-run benchmark of `framing analyze` (see docs/performance.md).
#
#   tests/FramingAnalyzer.Benchmarks/whole-run.sh [SCRATCH]      (default SCRATCH: /tmp/framing-bench)
#
# 1. Generates corpora of 1,000, 10,000 and 100,000 articles for 12 outlets (seed 1) into SCRATCH/corpus-N,
#    unless SCRATCH/corpus-N/.generated already exists.
# 2. Builds the CLI and the harness in Release.
# 3. For each size: `wc -w` over the same files (timed, after one untimed pass that warms the page cache), then
#    `framing analyze SCRATCH/corpus-N --out SCRATCH/out-N` under /usr/bin/time -v (all analyzers, tables, charts).
# 4. On the 10,000 corpus: 4 shards (`--shard K/4`), 2 processes at a time and then 4 at once, then `framing merge`,
#    with wall times; checks that the merged articles.csv equals the single run's.
# Prints Markdown tables and keeps them in SCRATCH/results.md.
#
# Environment: SIZES="1000 10000 100000"  OUTLETS=12  SEED=1  SHARDS=1 (0 skips step 4)  SHARD_SIZE=10000
set -euo pipefail

SCRATCH=${1:-/tmp/framing-bench}
SIZES=${SIZES:-"1000 10000 100000"}
OUTLETS=${OUTLETS:-12}
SEED=${SEED:-1}
SHARDS=${SHARDS:-1}
SHARD_SIZE=${SHARD_SIZE:-10000}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FRAMING="$REPO/src/FramingAnalyzer.Cli/bin/Release/net10.0/framing"
BENCH="$REPO/tests/FramingAnalyzer.Benchmarks/bin/Release/net10.0/FramingAnalyzer.Benchmarks"
RESULTS="$SCRATCH/results.md"

if [[ ! -x /usr/bin/time ]]; then
  echo "error: /usr/bin/time is missing (Debian: apt-get install -y time)" >&2
  exit 2
fi
mkdir -p "$SCRATCH"

echo "== build (Release)" >&2
dotnet build "$REPO/src/FramingAnalyzer.Cli" -c Release --nologo -v q --disable-build-servers >&2
dotnet build "$REPO/tests/FramingAnalyzer.Benchmarks" -c Release --nologo -v q --disable-build-servers >&2

corpus_files() { find "$1" -type f -name '*.txt' -print0; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
peak_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }

for n in $SIZES; do
  corpus="$SCRATCH/corpus-$n"
  if [[ ! -f "$corpus/.generated" ]]; then
    echo "== generate $n articles" >&2
    rm -rf "$corpus"
    "$BENCH" generate --articles "$n" --outlets "$OUTLETS" --seed "$SEED" --out "$corpus" >&2
    touch "$corpus/.generated"
  fi
done

{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), .NET $(dotnet --version)"
  echo
  echo "| articles | words (wc -w) | seconds | articles/s | peak RSS MB | wc -w seconds | time ratio to wc -w |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
} | tee "$RESULTS"

for n in $SIZES; do
  corpus="$SCRATCH/corpus-$n"
  out="$SCRATCH/out-$n"
  corpus_files "$corpus" | xargs -0 cat > /dev/null   # warm the page cache for both wc and framing
  t0=$(now)
  words=$(corpus_files "$corpus" | wc -w --files0-from=- | tail -n 1 | awk '{ print $1 }')
  t1=$(now)
  wc_seconds=$(elapsed "$t0" "$t1")
  echo "== analyze $n articles" >&2
  t0=$(now)
  /usr/bin/time -v -o "$SCRATCH/time-$n.txt" "$FRAMING" analyze "$corpus" --out "$out" 2> "$SCRATCH/analyze-$n.log"
  t1=$(now)
  seconds=$(elapsed "$t0" "$t1")
  awk -v n="$n" -v w="$words" -v s="$seconds" -v rss="$(peak_mb "$SCRATCH/time-$n.txt")" -v wcs="$wc_seconds" \
    'BEGIN { printf "| %d | %d | %.2f | %.0f | %d | %.3f | %.0f× |\n", n, w, s, n / s, rss, wcs, s / wcs }' | tee -a "$RESULTS"
done

if [[ "$SHARDS" != "0" ]]; then
  corpus="$SCRATCH/corpus-$SHARD_SIZE"
  parts="$SCRATCH/shards-$SHARD_SIZE"
  {
    echo
    echo "4-way local shard run on $SHARD_SIZE articles (\`analyze --shard K/4\` as 4 processes, then \`merge\`):"
    echo
    echo "| schedule | shards wall s | merge s | total wall s | articles/s | max shard peak RSS MB | merge peak RSS MB | merged articles.csv = single run |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|"
  } | tee -a "$RESULTS"
  for parallel in 2 4; do
    rm -rf "$parts"
    mkdir -p "$parts"
    echo "== shards, $parallel at a time" >&2
    t0=$(now)
    printf '%s\n' 0 1 2 3 | xargs -P "$parallel" -I{} \
      /usr/bin/time -v -o "$parts/time-{}.txt" "$FRAMING" analyze "$corpus" --shard {}/4 --out "$parts/part{}" 2> /dev/null
    t1=$(now)
    /usr/bin/time -v -o "$parts/time-merge.txt" "$FRAMING" merge "$parts/part0" "$parts/part1" "$parts/part2" "$parts/part3" --out "$parts/merged" 2> /dev/null
    t2=$(now)
    shard_rss=$(for k in 0 1 2 3; do peak_mb "$parts/time-$k.txt"; echo; done | sort -n | tail -n 1)
    same="n/a"
    if [[ -f "$SCRATCH/out-$SHARD_SIZE/articles.csv" ]]; then
      if cmp -s "$parts/merged/articles.csv" "$SCRATCH/out-$SHARD_SIZE/articles.csv"; then same="yes"; else same="NO"; fi
    fi
    awk -v p="$parallel" -v a="$(elapsed "$t0" "$t1")" -v m="$(elapsed "$t1" "$t2")" -v t="$(elapsed "$t0" "$t2")" -v n="$SHARD_SIZE" \
      -v rs="$shard_rss" -v rm="$(peak_mb "$parts/time-merge.txt")" -v same="$same" \
      'BEGIN { printf "| %d at a time | %.2f | %.2f | %.2f | %.0f | %d | %d | %s |\n", p, a, m, t, n / t, rs, rm, same }' | tee -a "$RESULTS"
  done
fi
echo "Results in $RESULTS" >&2

#!/usr/bin/env bash
# Whole-run benchmark of `framing analyze` (see docs/performance.md).
#
#   tests/FramingAnalyzer.Benchmarks/whole-run.sh [SCRATCH]      (default SCRATCH: /tmp/framing-bench)
#
# 1. Generates corpora of 1,000, 10,000 and 100,000 articles for 12 outlets (seed 1) in style STYLE into
#    SCRATCH/corpus-STYLE-N, unless SCRATCH/corpus-STYLE-N/.generated already exists.
# 2. Builds the CLI and the harness in Release.
# 3. For each size: `wc -w` over the same files (timed, after one untimed pass that warms the page cache), then
#    `framing analyze SCRATCH/corpus-STYLE-N --out SCRATCH/out-STYLE-N` under /usr/bin/time -v (all analyzers, tables,
#    charts).
# 4. On the 10,000 corpus: 4 shards (`--shard K/4`), 2 processes at a time and then 4 at once, then `framing merge`,
#    with wall times; checks that the merged articles.csv equals the single run's.
# Prints Markdown tables and keeps them in SCRATCH/results-STYLE.md.
#
# Before each timed run the script waits (up to QUIET_WAIT seconds) until the machine is idle (< 15% CPU busy over
# 2 s), because other work on a 2-core machine distorts wall times; the table also gives CPU seconds (user + system),
# which other load distorts much less, and the CPU busy share seen just before the run.
#
# Environment: SIZES="1000 10000 100000"  OUTLETS=12  SEED=1  SHARDS=1 (0 skips step 4)  SHARD_SIZE=10000
#              QUIET_WAIT=120  RUNS=1 (analyze runs per size; the fastest is reported, with the highest peak RSS of all runs)
#              STYLE=sample|dense (default sample), passed to `generate --style`: sample recombines the sample corpus's
#              paragraphs (300–1,200 words, its sourcing density); dense writes wire-copy density (about 770 words,
#              33 sentences and 28 attributions per article), e.g. `STYLE=dense SIZES=10000 SHARDS=0 whole-run.sh`.
set -euo pipefail

SCRATCH=${1:-/tmp/framing-bench}
SIZES=${SIZES:-"1000 10000 100000"}
OUTLETS=${OUTLETS:-12}
SEED=${SEED:-1}
SHARDS=${SHARDS:-1}
SHARD_SIZE=${SHARD_SIZE:-10000}
QUIET_WAIT=${QUIET_WAIT:-120}
RUNS=${RUNS:-1}
STYLE=${STYLE:-sample}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FRAMING="$REPO/src/FramingAnalyzer.Cli/bin/Release/net10.0/framing"
BENCH="$REPO/tests/FramingAnalyzer.Benchmarks/bin/Release/net10.0/FramingAnalyzer.Benchmarks"
RESULTS="$SCRATCH/results-$STYLE.md"

if [[ "$STYLE" != "sample" && "$STYLE" != "dense" ]]; then
  echo "error: STYLE must be sample or dense, not '$STYLE'" >&2
  exit 2
fi
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
cpu_s() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$1"; }
# Percentage of CPU time busy (all cores) over the next 2 seconds, from /proc/stat.
busy_pct() {
  local a b
  a=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
  sleep 2
  b=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); printf "%.0f", 100 * (y[1] - x[1]) / (y[2] - x[2]) }'
}
# Waits until the machine is idle or QUIET_WAIT seconds have passed; prints the last busy percentage.
wait_quiet() {
  local waited=0 busy
  busy=$(busy_pct)
  while (( busy >= 15 && waited < QUIET_WAIT )); do
    sleep 3
    waited=$((waited + 5))
    busy=$(busy_pct)
  done
  echo "$busy"
}

for n in $SIZES; do
  corpus="$SCRATCH/corpus-$STYLE-$n"
  if [[ ! -f "$corpus/.generated" ]]; then
    echo "== generate $n articles ($STYLE style)" >&2
    rm -rf "$corpus"
    "$BENCH" generate --articles "$n" --outlets "$OUTLETS" --seed "$SEED" --style "$STYLE" --out "$corpus" >&2
    touch "$corpus/.generated"
  fi
done

{
  echo "Corpus style: $STYLE (seed $SEED, $OUTLETS outlets)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), .NET $(dotnet --version)"
  echo
  echo "| articles | words (wc -w) | seconds | articles/s | peak RSS MB | CPU s (user+sys) | wc -w seconds | time ratio to wc -w | CPU busy before run |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} | tee "$RESULTS"

for n in $SIZES; do
  corpus="$SCRATCH/corpus-$STYLE-$n"
  out="$SCRATCH/out-$STYLE-$n"
  corpus_files "$corpus" | xargs -0 cat > /dev/null   # warm the page cache for both wc and framing
  t0=$(now)
  words=$(corpus_files "$corpus" | wc -w --files0-from=- | tail -n 1 | awk '{ print $1 }')
  t1=$(now)
  wc_seconds=$(elapsed "$t0" "$t1")
  seconds="" rss=0 cpu="" busy=""
  for run in $(seq "$RUNS"); do
    echo "== analyze $n articles (run $run of $RUNS)" >&2
    b=$(wait_quiet)
    t0=$(now)
    /usr/bin/time -v -o "$SCRATCH/time-$STYLE-$n.txt" "$FRAMING" analyze "$corpus" --out "$out" 2> "$SCRATCH/analyze-$STYLE-$n.log"
    t1=$(now)
    s=$(elapsed "$t0" "$t1")
    r=$(peak_mb "$SCRATCH/time-$STYLE-$n.txt")
    echo "   run $run: $s s, peak RSS $r MB, CPU $(cpu_s "$SCRATCH/time-$STYLE-$n.txt") s, busy before $b%" >&2
    (( r > rss )) && rss=$r
    if [[ -z "$seconds" ]] || awk -v a="$s" -v b="$seconds" 'BEGIN { exit !(a < b) }'; then
      seconds=$s cpu=$(cpu_s "$SCRATCH/time-$STYLE-$n.txt") busy=$b
    fi
  done
  awk -v n="$n" -v w="$words" -v s="$seconds" -v rss="$rss" -v cpu="$cpu" \
    -v wcs="$wc_seconds" -v busy="$busy" \
    'BEGIN { printf "| %d | %d | %.2f | %.0f | %d | %.1f | %.3f | %.0f× | %d%% |\n", n, w, s, n / s, rss, cpu, wcs, s / wcs, busy }' | tee -a "$RESULTS"
done

if [[ "$SHARDS" != "0" ]]; then
  corpus="$SCRATCH/corpus-$STYLE-$SHARD_SIZE"
  parts="$SCRATCH/shards-$STYLE-$SHARD_SIZE"
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
    wait_quiet > /dev/null
    t0=$(now)
    printf '%s\n' 0 1 2 3 | xargs -P "$parallel" -I{} \
      /usr/bin/time -v -o "$parts/time-{}.txt" "$FRAMING" analyze "$corpus" --shard {}/4 --out "$parts/part{}" 2> /dev/null
    t1=$(now)
    /usr/bin/time -v -o "$parts/time-merge.txt" "$FRAMING" merge "$parts/part0" "$parts/part1" "$parts/part2" "$parts/part3" --out "$parts/merged" 2> /dev/null
    t2=$(now)
    shard_rss=$(for k in 0 1 2 3; do peak_mb "$parts/time-$k.txt"; echo; done | sort -n | tail -n 1)
    same="n/a"
    if [[ -f "$SCRATCH/out-$STYLE-$SHARD_SIZE/articles.csv" ]]; then
      if cmp -s "$parts/merged/articles.csv" "$SCRATCH/out-$STYLE-$SHARD_SIZE/articles.csv"; then same="yes"; else same="NO"; fi
    fi
    awk -v p="$parallel" -v a="$(elapsed "$t0" "$t1")" -v m="$(elapsed "$t1" "$t2")" -v t="$(elapsed "$t0" "$t2")" -v n="$SHARD_SIZE" \
      -v rs="$shard_rss" -v rm="$(peak_mb "$parts/time-merge.txt")" -v same="$same" \
      'BEGIN { printf "| %d at a time | %.2f | %.2f | %.2f | %.0f | %d | %d | %s |\n", p, a, m, t, n / t, rs, rm, same }' | tee -a "$RESULTS"
  done
fi
echo "Results in $RESULTS" >&2

#!/bin/bash
# Slurm job array: one task per shard, then a dependent merge job.
#   sbatch --array=0-15 docs/scale/slurm-array.sh /data/archive /scratch/framing 16
#   sbatch --dependency=afterok:<array job id> --wrap "framing merge /scratch/framing/part-* --out /scratch/framing/report"
#SBATCH --job-name=framing-shard
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=02:00:00
#SBATCH --output=framing-%A_%a.log
set -euo pipefail
input=$1; work=$2; shards=$3
# Every task reads the whole input but analyses only the articles whose stable id falls in its shard.
framing analyze "$input" --shard "${SLURM_ARRAY_TASK_ID}/${shards}" --out "$work/part-${SLURM_ARRAY_TASK_ID}" --workers "${SLURM_CPUS_PER_TASK}"

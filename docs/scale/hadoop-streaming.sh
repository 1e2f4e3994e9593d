#!/bin/bash
# Hadoop Streaming: `framing score` as a map-only job (the mapper reads JSON Lines on stdin), then aggregate.
hadoop jar "$HADOOP_HOME"/share/hadoop/tools/lib/hadoop-streaming-*.jar \
  -D mapreduce.job.reduces=0 \
  -input /archive/articles.jsonl -output /work/scores \
  -mapper "framing score"
hdfs dfs -getmerge /work/scores scores.jsonl
framing aggregate scores.jsonl --out report

# Spark pipe step: each partition of JSON Lines articles is piped through `framing score`, which writes one score
# line per article; the score lines are then aggregated into the report on the driver (or any machine).
#   spark-submit docs/scale/spark-pipe.py hdfs:///archive/*.jsonl hdfs:///work/scores
#   hdfs dfs -getmerge /work/scores scores.jsonl && framing aggregate scores.jsonl --out report
# The tool must be installed on every executor (dotnet tool install --global FramingAnalyzer).
import sys
from pyspark.sql import SparkSession

source, target = sys.argv[1], sys.argv[2]
spark = SparkSession.builder.appName("framing-score").getOrCreate()
lines = spark.sparkContext.textFile(source)
# Each executor process reads its partition's lines on stdin and writes score lines on stdout.
scores = lines.pipe("framing score --workers 2")
scores.saveAsTextFile(target)

#!/usr/bin/env bash
# Time per PDF document (invoice, packing slip, bill of lading, report tables) in a capped heap.
# Usage: bench/pdf-benchmark.sh [heap, default 64m]   (run from the repository root after `mvn install`)
set -euo pipefail
HEAP="${1:-64m}"
cd "$(dirname "$0")/../common-model"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx"$HEAP" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" ems.bench.PdfBenchmark

#!/usr/bin/env bash
# Regenerates the guided tour's screenshots (README, "Guided tour") from the classroom-small sample.
# Needs the jar (mvn package -DskipTests) and xvfb-run; real 3D needs Mesa (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/codesign-explorer.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
study="$work/classroom.codesign.json"
cp samples/classroom-small.codesign.json "$study"
# the fixed-hardware front next to the stored exhaustive (joint) front: every network at maximum clocks
java -jar "$jar" run "$study" --algorithm exhaustive --mode network-only --evaluations 100 --out "$work/fixed" --save
app() {
    xvfb-run -a -s "-screen 0 1600x1300x24" java -Dprism.order=es2,sw -Dprism.forceGPU=true \
        -jar "$jar" --study "$study" --size 1500x1000 "$@"
}
app --select pareto --screenshot assets/screenshots/tour-fronts.png
app --teach 6 --screenshot assets/screenshots/tour-teaching.png
# MobileNetV2 1.0-224, the fastest clocks under the 12 W cap: row 2509 of the exhaustive run
app --focus 2509 --size 1500x1150 --screenshot assets/screenshots/tour-detail.png

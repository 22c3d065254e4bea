#!/usr/bin/env bash
# Regenerates the guided tour's screenshots (README, "Guided tour") from the classroom-small sample.
# Needs the jar (mvn package -DskipTests) and xvfb-run; real 3D needs Mesa (see .ci/run).
# Optional arguments name the shots to make (fronts, teaching, detail, large, matrix); none makes all.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/codesign-explorer.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prepared="$work/prepared.codesign.json"
cp samples/classroom-small.codesign.json "$prepared"
# the fixed-hardware front next to the stored exhaustive (joint) front: every network at maximum clocks
java -jar "$jar" run "$prepared" --algorithm exhaustive --mode network-only --evaluations 100 --out "$work/fixed" --save
# each shot opens its own copy: the app saves its runs into the study (the teaching run would show in the next shot)
app() {
    rm -rf "$work/shot" && mkdir "$work/shot" && cp "$prepared" "$work/shot/classroom.codesign.json"
    xvfb-run -a -s "-screen 0 1600x1300x24" java -Dprism.order=es2,sw -Dprism.forceGPU=true \
        -jar "$jar" --study "$work/shot/classroom.codesign.json" "$@"
}
shots=("${@:-fronts teaching detail large matrix}")
for shot in ${shots[*]}; do
    case $shot in
        fronts) app --size 1500x1000 --colour-by run --select pareto --screenshot assets/screenshots/tour-fronts.png ;;
        teaching) app --size 1500x1000 --teach 6 --screenshot assets/screenshots/tour-teaching.png ;;
        # MobileNetV2 1.0-224, the fastest clocks under the 12 W cap: row 2510 of the exhaustive run
        detail) app --size 1500x1150 --focus 2510 --screenshot assets/screenshots/tour-detail.png ;;
        # the layouts (View > Layout): one projection large, and the scatter-plot matrix
        large) app --size 1500x1000 --colour-by run --select pareto --layout large-xy --screenshot assets/screenshots/layout-large.png ;;
        matrix) app --size 1500x1000 --colour-by run --select pareto --layout matrix --screenshot assets/screenshots/layout-matrix.png ;;
        *) echo "tour.sh: unknown shot '$shot' (fronts, teaching, detail, large, matrix)" >&2; exit 2 ;;
    esac
done

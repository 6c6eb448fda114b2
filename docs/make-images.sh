#!/usr/bin/env bash
# Regenerates the pictures in docs/images that the README shows: runs Tanito's commands into a
# temporary directory, copies their charts, and screenshots a report in headless Chromium
# (Debian's chromium); the What-If probe's views come from its Chromium test (WhatIfBrowserTest).
# Run from the project's root: bash docs/make-images.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
images=docs/images
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./tanito train --data "synthetic:circle?rows=400&noise=0.1" --epochs 100 --quiet --out "$work/circle" >/dev/null
./tanito train --data builtin:digits --epochs 60 --quiet --out "$work/digits" >/dev/null
./tanito train --data builtin:wine --epochs 300 --patience 5 --lr 0.05 --quiet --out "$work/wine" >/dev/null
./tanito train --data "synthetic:plane?rows=400&noise=0.2" --epochs 100 --quiet --out "$work/plane" >/dev/null
./tanito curves learning --data builtin:digits --layers 32 --epochs 30 --out "$work/learning" >/dev/null
./tanito curves validation --data builtin:digits --layers 32 --epochs 30 --param l2 --values 1e-5,1e-4,1e-3,1e-2,1e-1 \
  --out "$work/validation" >/dev/null
./tanito cv --data builtin:wine --folds 5 --epochs 60 --out "$work/cv" >/dev/null
./tanito search --data builtin:iris --random 12 --folds 3 --epochs 40 --out "$work/search" >/dev/null
for name in overfitting standardisation dropout optimisers elephant; do
  ./tanito example "$name" --out "$work/$name" >/dev/null
  cp "$work/$name/$name.png" "$images/example-$name.png"
done
cp "$work/wine/charts/learning-curves.png" "$images/learning-curves.png"
cp "$work/digits/charts/confusion-matrix.png" "$images/confusion-matrix.png"
cp "$work/circle/charts/decision-boundary.png" "$images/decision-boundary.png"
cp "$work/plane/charts/predicted-vs-true.png" "$images/predicted-vs-true.png"
cp "$work/learning/charts/learning-curve.png" "$images/bias-variance-learning-curve.png"
cp "$work/validation/charts/validation-curve.png" "$images/bias-variance-validation-curve.png"
cp "$work/cv/charts/folds.png" "$images/cv-folds.png"
cp "$work/search/charts/candidates.png" "$images/search-candidates.png"
chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --hide-scrollbars --window-size=1000,3300 --screenshot="$images/report.png" \
  "file://$work/circle/report.html" 2>/dev/null
mvn -B -q verify -pl tanito-web -am -Dtest=WhatIfBrowserTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cp tanito-web/target/whatif-*.png "$images/"
echo "wrote $(ls "$images" | wc -l) images to $images"

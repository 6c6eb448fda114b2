#!/usr/bin/python3
"""Tanito's test accuracy against PyTorch's over many seeds, for the benchmark of ../shared/bench.

  tanito-bench/accuracy-seeds.py [--seeds 1-20] [--batch 64] [--epochs 5] [--seed-policy pytorch|tanito]
                                 [--first tanito|pytorch-haswell] [--tanito ./tanito]
                                 [--anchors ../shared/bench/anchors]

Run it from the project's root. For every seed it trains `./tanito bench --seed S` and the PyTorch
anchor with `--seed S` (2 threads, denormals flushed, OMP_WAIT_POLICY=PASSIVE, as compare.sh runs it)
and prints both test accuracies on one line; then each side's mean and standard deviation, the
difference of the means with its 95% interval (Welch's standard error, normal approximation) and how
many seeds' pairs lie within half a point of each other.

Why many seeds: a seed draws the initial weights and every epoch's order. With `--seed-policy tanito`
the two libraries draw different ones from the same seed, and after 5 epochs of Adam that choice
alone moves the test accuracy by about half a point (standard deviation), on either side, so one
seed's pair says little about the implementations; their means over seeds do. With `--seed-policy
pytorch` (the bench's default) Tanito draws PyTorch's weights and orders, and a seed's pair differs
only by the rounding of each operation: then the pairs' differences are the figure to read.
`--first pytorch-haswell` puts PyTorch itself in Tanito's place, with OpenBLAS's Haswell kernels
(OPENBLAS_CORETYPE=Haswell) instead of those OpenBLAS picks: how far rounding alone moves a run.
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys


def seed_range(text):
    first, _, last = text.partition("-")
    seeds = range(int(first), int(last or first) + 1)
    if not seeds:
        raise argparse.ArgumentTypeError(f"--seeds must be FIRST-LAST with FIRST <= LAST, was {text}")
    return seeds


def test_accuracy(cmd, env_extra):
    p = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, **env_extra))
    if p.returncode != 0:
        sys.exit(f"accuracy-seeds: {' '.join(cmd)} failed: {(p.stderr or p.stdout).strip().splitlines()[-1:]}")
    for line in reversed(p.stdout.splitlines()):
        line = line.strip().removeprefix("RESULT ")
        if line.startswith("{"):
            return json.loads(line)["test_acc"]
    sys.exit(f"accuracy-seeds: no JSON in the output of {' '.join(cmd)}")


def summary(first, tanito, torch):
    n = len(tanito)
    mean_t, mean_p = statistics.fmean(tanito), statistics.fmean(torch)
    lines = [f"seeds {n}",
             f"{first} mean {mean_t:.4f}" + (f"  sd {statistics.stdev(tanito):.4f}" if n > 1 else ""),
             f"pytorch mean {mean_p:.4f}" + (f"  sd {statistics.stdev(torch):.4f}" if n > 1 else "")]
    if n > 1:
        se = math.sqrt(statistics.variance(tanito) / n + statistics.variance(torch) / n)
        z = statistics.NormalDist().inv_cdf(0.975)
        diff = mean_t - mean_p
        lines.append(f"difference of the means {100 * diff:+.2f} points, 95% interval "
                     f"[{100 * (diff - z * se):+.2f}, {100 * (diff + z * se):+.2f}]")
    within = sum(round(abs(t - p), 4) <= 0.005 for t, p in zip(tanito, torch))
    gaps = [abs(t - p) for t, p in zip(tanito, torch)]
    lines.append(f"pairs within 0.5 points: {within} of {n}; their gap: mean {100 * statistics.fmean(gaps):.2f}, "
                 f"largest {100 * max(gaps):.2f} points")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=seed_range, default=seed_range("1-20"), help="FIRST-LAST (default 1-20)")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--seed-policy", default="pytorch", choices=["pytorch", "tanito"],
                    help="how Tanito draws the seed's weights and orders (default pytorch, as the bench)")
    ap.add_argument("--first", default="tanito", choices=["tanito", "pytorch-haswell"],
                    help="what is compared with PyTorch (default tanito)")
    ap.add_argument("--tanito", default="./tanito")
    ap.add_argument("--anchors", default=os.path.join("..", "shared", "bench", "anchors"))
    a = ap.parse_args()
    torch_anchor = os.path.join(a.anchors, "torch_anchor.py")
    if not os.path.isfile(torch_anchor):
        sys.exit(f"accuracy-seeds: no PyTorch anchor at {torch_anchor} (set --anchors)")

    tanito, torch = [], []
    print(f"{'seed':>6s} {a.first:>8s} {'pytorch':>8s}", flush=True)
    for seed in a.seeds:
        common = ["--epochs", str(a.epochs), "--seed", str(seed)]
        anchor = [sys.executable, torch_anchor, "--batch", str(a.batch), "--threads", "2", "--ftz", *common]
        if a.first == "tanito":
            tanito.append(test_accuracy([a.tanito, "bench", "--batch-size", str(a.batch), "--json",
                                         "--seed-policy", a.seed_policy, *common], {}))
        else:
            tanito.append(test_accuracy(anchor, {"OMP_WAIT_POLICY": "PASSIVE", "OPENBLAS_CORETYPE": "Haswell"}))
        torch.append(test_accuracy(anchor, {"OMP_WAIT_POLICY": "PASSIVE"}))
        print(f"{seed:6d} {tanito[-1]:8.4f} {torch[-1]:8.4f}", flush=True)
    print("\n".join(summary(a.first, tanito, torch)))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""bench/table.py — `kiln bench --against torch` for many models, one table.

usage: bench/table.py [--kiln build/kiln] [--threads T] [--json OUT] [MODEL.json ...]

Runs `kiln bench MODEL --against torch --json` for each model (default: every
file in models/), one after the other, and prints a Markdown table: the
training step of kiln and of PyTorch (its faster thread count, marked "1t"
when that is one thread) in ms, kiln's speed-up (PyTorch time / kiln time,
above 1 kiln is faster), kiln's % of the machine's measured FMA peak at its
threads, and batch-1 inference latency of both with its ratio.  The machine's
CPU and measured peak head the table.  --json OUT also writes every run's
JSON, as kiln bench printed it, into one list.  A model whose bench fails is
reported with kiln's message and the script exits 1 after the others ran.

Timings are only as quiet as the machine: run it with nothing else running.
"""
import argparse
import glob
import json
import os
import subprocess
import sys


def bench(kiln, model, threads):
    cmd = [kiln, "bench", model, "--against", "torch", "--json"]
    if threads:
        cmd += ["--threads", str(threads)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        return None, p.stderr.strip() or f"exit status {p.returncode}"
    return json.loads(p.stdout), None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("models", nargs="*", help="model files (default: models/*.json)")
    ap.add_argument("--kiln", default=os.path.join(here, "build", "kiln"), help="the kiln binary")
    ap.add_argument("--threads", type=int, default=0, help="kiln's threads (default: every logical CPU)")
    ap.add_argument("--json", metavar="OUT", help="also write every run's JSON here")
    a = ap.parse_args()
    models = a.models or sorted(glob.glob(os.path.join(here, "models", "*.json")))
    runs, failed = [], 0
    for m in models:
        print(f"benchmarking {os.path.basename(m)} ...", file=sys.stderr, flush=True)
        d, err = bench(a.kiln, m, a.threads)
        if d is None:
            print(f"{m}: {err}", file=sys.stderr)
            failed += 1
            continue
        runs.append(d)
    if not runs:
        return 1
    mach = runs[0]["machine"]
    peaks = ", ".join(f"{p['isa']} {p['threads']}t {p['gflops']:.1f}" for p in mach["peak"] if p["runs_here"])
    print(f"CPU: {mach['cpu']}, {mach['logical_cpus']} logical CPUs; measured FP32 FMA peak, GFLOP/s: {peaks}")
    print(f"kiln: {runs[0]['threads']} threads, isa {runs[0]['isa']}; PyTorch {runs[0]['torch']['version']}, "
          "best of 1 and 2 threads\n")
    print("| model | batch | kiln ms/step | PyTorch ms/step | speed-up | kiln % of peak "
          "| batch-1 kiln ms | batch-1 PyTorch ms | batch-1 speed-up |")
    print("|---|---|---|---|---|---|---|---|---|")
    for d in runs:
        k, t = d["kiln"], d["torch"]
        tt = " (1t)" if t.get("train_threads") == 1 else ""
        print(f"| {d['model']} | {d['batch']} | {k['step_ms_median']:.2f} | {t['step_ms_median']:.2f}{tt} "
              f"| {t['step_ms_median'] / k['step_ms_median']:.2f}× | {k['percent_of_peak']:.1f} "
              f"| {k['infer1_ms_median']:.3f} | {t['infer1_ms_median']:.3f} "
              f"| {t['infer1_ms_median'] / k['infer1_ms_median']:.1f}× |")
    print("\n% of peak counts each convolution's direct arithmetic, also where kiln runs it by "
          "Winograd (fewer multiplies): an effective rate, above 100 where Winograd kernels dominate.")
    if a.json:
        tmp = a.json + ".tmp"
        with open(tmp, "w") as f:
            json.dump(runs, f, indent=1)
        os.replace(tmp, a.json)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""`kiln bench` and `kiln profile`: what they print is well-formed and
self-consistent (speed itself is measured, never asserted here).

  kiln profile --json, each entry point of seed002_cnn (with --against
    onednn for train): every kernel of the entry in the module descriptor
    (written by `kiln compile` for the same ISA and batch) appears exactly
    once, in descriptor order, with the descriptor's FLOPs and bytes;
    GFLOP/s = FLOPs / time, GB/s = bytes / time, % of peak = GFLOP/s / peak,
    shares add up to 100 % and sum_ms is the sum of the kernels' times;
    every convolution / inner-product / pooling kernel has a oneDNN time and
    kiln/oneDNN = kiln's time / oneDNN's, every other kernel none;
  kiln bench --json on the autoencoder (binary cross-entropy against its
    input, the model the PyTorch baseline could not build before): img/s,
    GFLOP/s and % of peak follow from the step time, the FLOP count is the
    descriptor's train_step kernels', PyTorch ran with 1 and 2 threads (as
    many as the machine has), its best figures are the minima of its runs
    and the ratios are PyTorch time / kiln time;
  kiln bench --peak-only --json: both probed ISAs at 1 and all threads, a
    measurement exactly where /proc/cpuinfo has the ISA's flags;
  bench/torch_baseline.py --bench builds and trains every model in models/;
  bad flags exit 2.
Prints "N passed, N failed".
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

from kilntest import KILN, check, finish, run

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..")
REL = 1e-9


def close(a, b, rel=REL):
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-300)


def descriptor(model, isa, batch, tmp):
    out = os.path.join(tmp, "desc")
    r = run("compile", model, "-o", out, "--isa", isa, "--batch-size", str(batch))
    check(r.returncode == 0, f"kiln compile {model} failed")
    return json.load(open(os.path.join(out, "descriptor.json")))


ENTRY_BITS = {"train": 1, "eval": 2, "predict": 4}
DNNL_FAMILIES = ("conv_fwd", "conv_bwd_data", "conv_bwd_weights", "gemm")


def test_profile(tmp):
    model = "models/seed002_cnn.json"
    for entry in ("train", "eval", "predict"):
        args = ["profile", model, "--json", "--entry", entry, "--repeats", "3", "--peak-ms", "5"]
        if entry == "train":
            args += ["--against", "onednn"]
        r = run(*args)
        check(r.returncode == 0, f"kiln {' '.join(args)} exited {r.returncode}")
        if r.returncode:
            continue
        p = json.loads(r.stdout)
        d = descriptor(model, p["isa"], p["batch"], tmp)
        # the descriptor.json's kernels carry no entry mask; the C descriptor does,
        # and `kiln compile` writes it into the .c: read it from there
        src = open(os.path.join(tmp, "desc", f"{d['model']}.c")).read()
        masks = {}
        for k in d["kernels"]:
            at = src.index('{"%s", "' % k["name"], src.index("static const kiln_kernel_desc kernels[]"))
            masks[k["name"]] = int(src[at:src.index("}", at)].rsplit(",", 1)[1])
        want = [k for k in d["kernels"] if masks[k["name"]] & ENTRY_BITS[entry]]
        got = [k["name"] for k in p["kernels"]]
        check(got == [k["name"] for k in want], f"profile {entry}: kernels {got} != descriptor's "
              f"{[k['name'] for k in want]}")
        check(len(set(got)) == len(got), f"profile {entry}: a kernel appears twice")
        check(p["entry"] == {"train": "train_step", "eval": "eval_step", "predict": "predict"}[entry],
              f"entry {p['entry']}")
        by = {k["name"]: k for k in want}
        total = 0.0
        for k in p["kernels"]:
            dk = by.get(k["name"])
            if not dk:
                continue
            ms = k["ms"]
            total += ms
            check(ms > 0 and k["calls"] == 3, f"{k['name']}: ms {ms} calls {k['calls']}")
            check(k["flops"] == dk["flops"] and k["bytes"] == dk["bytes"],
                  f"{k['name']}: flops/bytes {k['flops']}/{k['bytes']} vs descriptor {dk['flops']}/{dk['bytes']}")
            check(k["family"] == dk["family"], f"{k['name']}: family {k['family']} vs {dk['family']}")
            check(close(k["gflops"], k["flops"] / (ms * 1e6)), f"{k['name']}: GFLOP/s {k['gflops']} != FLOPs / time")
            check(close(k["gb_per_s"], k["bytes"] / (ms * 1e6)), f"{k['name']}: GB/s {k['gb_per_s']} != bytes / time")
            check(close(k["percent_of_peak"], 100 * k["gflops"] / p["peak_gflops"]),
                  f"{k['name']}: % of peak {k['percent_of_peak']}")
            dn = k["onednn"]
            if entry == "train" and (k["family"] in DNNL_FAMILIES or "maxpool" in k["name"]):
                check(dn is not None and dn.get("ms") and dn["ms"] > 0,
                      f"{k['name']}: no oneDNN time: {dn}")
                if dn and dn.get("ms"):
                    check(close(dn["ratio"], ms / dn["ms"]), f"{k['name']}: kiln/oneDNN {dn['ratio']}")
                    check(dn["primitive"].split()[0] in ("conv", "ip", "pool"), f"{k['name']}: {dn['primitive']}")
            else:
                check(dn is None, f"{k['name']} ({k['family']}) has a oneDNN counterpart: {dn}")
        check(close(sum(k["share_percent"] for k in p["kernels"]), 100, 1e-9),
              f"profile {entry}: shares add up to {sum(k['share_percent'] for k in p['kernels'])}")
        check(close(p["sum_ms"], total, 1e-9), f"profile {entry}: sum_ms {p['sum_ms']} vs {total}")
        check(p["entry_ms"] > 0 and p["peak_gflops"] > 0, f"profile {entry}: entry_ms / peak")
        held = p.get("entry_weights_held_ms")  # eval and predict only: train updates the weights
        check((held is None) == (entry == "train") and (held is None or held > 0),
              f"profile {entry}: entry_weights_held_ms {held}")
        if entry == "train":  # the table lists the same kernels, with oneDNN's column
            r = run(*[a for a in args if a != "--json"])
            check(r.returncode == 0 and all(n in r.stdout for n in got) and "kiln/dnn" in r.stdout,
                  f"profile {entry}: the table lacks kernels")


def test_bench(tmp):
    model = "models/seed003_denoising_ae.json"
    r = run("bench", model, "--json", "--steps", "5", "--peak-ms", "5", "--against", "torch")
    check(r.returncode == 0, f"kiln bench exited {r.returncode}")
    if r.returncode:
        return
    b = json.loads(r.stdout)
    k, t, B = b["kiln"], b["torch"], b["batch"]
    d = descriptor(model, b["isa"], B, tmp)
    src = open(os.path.join(tmp, "desc", f"{d['model']}.c")).read()
    table = src[src.index("static const kiln_kernel_desc kernels[]"):]
    flops = 0.0
    for kd in d["kernels"]:
        at = table.index('{"%s", "' % kd["name"])
        if int(table[at:table.index("}", at)].rsplit(",", 1)[1]) & 1:
            flops += kd["flops"]
    check(B == 64 and b["model"] == "seed003_denoising_ae", f"batch {B} model {b['model']}")
    check(k["steps"] == 5 and k["warmup_steps"] == 3, f"steps {k['steps']}")
    check(k["train_step_flops"] == flops, f"train_step FLOPs {k['train_step_flops']} vs descriptor {flops}")
    check(k["step_ms_min"] <= k["step_ms_median"], "min above median")
    check(close(k["img_per_s"], B / (k["step_ms_median"] * 1e-3)), f"img/s {k['img_per_s']}")
    check(close(k["gflops"], flops / (k["step_ms_median"] * 1e6)), f"GFLOP/s {k['gflops']}")
    peaks = {(p["isa"], p["threads"]): p["gflops"] for p in b["machine"]["peak"]}
    check(close(k["peak_gflops"], peaks[(k["peak_isa"], b["threads"])]), "kiln's peak is not the table's")
    check(close(k["percent_of_peak"], 100 * k["gflops"] / k["peak_gflops"]), f"% of peak {k['percent_of_peak']}")
    c = k["compile_s"]
    check(close(c["cold"], c["codegen"] + c["jit_cold"]) and close(c["cached"], c["codegen"] + c["jit_cached"]),
          f"compile times {c}")
    check(k["infer1_ms_median"] > 0 and k["infer1_calls"] >= 50, "batch-1 inference")
    check(t is not None, "no PyTorch figures")
    if not t:
        return
    threads = sorted(x["threads"] for x in t["runs"])
    cpus = b["machine"]["logical_cpus"]
    check(threads == sorted({1, min(2, cpus), min(b["threads"], cpus)}), f"PyTorch threads {threads}")
    check(close(t["step_ms_median"], min(x["step_ms_median"] for x in t["runs"])), "PyTorch's best step")
    check(close(t["infer1_ms_median"], min(x["infer1_ms_median"] for x in t["runs"])), "PyTorch's best batch-1")
    check(close(t["gflops"], flops / (t["step_ms_median"] * 1e6)), "PyTorch GFLOP/s")
    check(close(b["ratio"]["train_step"], t["step_ms_median"] / k["step_ms_median"]), "train ratio")
    check(close(b["ratio"]["infer1"], t["infer1_ms_median"] / k["infer1_ms_median"]), "infer ratio")
    check(all(x["steps"] >= 5 for x in t["runs"]), "PyTorch timed fewer steps")
    r = run("bench", model, "--steps", "3", "--peak-ms", "5", "--no-torch")
    check(r.returncode == 0 and "training step, median" in r.stdout and "PyTorch (not run)" in r.stdout,
          "the table without PyTorch")


def test_peak():
    r = run("bench", "--peak-only", "--json", "--peak-ms", "5")
    check(r.returncode == 0, "kiln bench --peak-only failed")
    if r.returncode:
        return
    p = json.loads(r.stdout)
    flags = set()
    for line in open("/proc/cpuinfo"):
        if line.startswith("flags"):
            flags = set(line.split(":", 1)[1].split())
            break
    has = {"avx512": {"avx512f", "avx512dq", "avx512cd", "avx512bw", "avx512vl"} <= flags,
           "avx2": {"avx2", "fma"} <= flags}
    cpus = p["logical_cpus"]
    for isa in ("avx512", "avx2"):
        rows = [x for x in p["peak"] if x["isa"] == isa]
        check(sorted(x["threads"] for x in rows) == sorted({1, cpus}), f"{isa}: thread counts {rows}")
        for x in rows:
            check(x["runs_here"] == has[isa], f"{isa}: runs_here {x['runs_here']}, cpuinfo says {has[isa]}")
            check((x["gflops"] is not None and x["gflops"] > 0) == has[isa], f"{isa}: {x}")
    check(p["cpu"] and p["cpu"] != "unknown CPU", f"cpu {p['cpu']}")
    r = run("bench", "--peak-only", "--peak-ms", "5")
    check(r.returncode == 0 and p["cpu"] in r.stdout and "GFLOP/s" in r.stdout, "the peak table")


def test_torch_every_model(tmp):
    sys.path.insert(0, os.path.join(SRC, "bench"))
    import torch_baseline as tb
    for f in sorted(os.listdir(os.path.join(SRC, "models"))):
        spec = json.load(open(os.path.join(SRC, "models", f)))
        shape = spec["input"]["shape"]
        rng = np.random.default_rng(1)
        x = (rng.integers(0, 256, size=(4, *shape)) * np.float32(spec["input"].get("rescale", 1.0)))
        np.save(os.path.join(tmp, "x.npy"), x.astype(np.float32))
        np.save(os.path.join(tmp, "y.npy"), rng.integers(0, 10, size=4).astype(np.int32))
        try:
            out = tb.bench(spec, os.path.join(tmp, "x.npy"), os.path.join(tmp, "y.npy"), 2, 1, 1, 1.0, 3)
            check(out["steps"] >= 2 and np.isfinite(out["loss_last"]) and out["infer1_ms_median"] > 0,
                  f"{f}: {out}")
        except BaseException as e:  # noqa: B902 -- a SystemExit of the script is a failure too
            check(False, f"{f}: torch_baseline --bench: {e!r}")


def test_bad_flags():
    for args in (["bench"], ["bench", "--peak-only", "models/seed002_cnn.json"],
                 ["bench", "models/seed002_cnn.json", "--against", "tensorflow"],
                 ["bench", "models/seed002_cnn.json", "--against", "torch", "--no-torch"],
                 ["profile", "models/seed002_cnn.json", "--entry", "backward"],
                 ["profile", "models/seed002_cnn.json", "--against", "torch"],
                 ["profile", "models/seed002_cnn.json", "--repeats", "0"]):
        r = subprocess.run([KILN, *args], capture_output=True, text=True)
        check(r.returncode == 2 and "error" in r.stderr, f"kiln {' '.join(args)}: exit {r.returncode}, {r.stderr}")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        test_bad_flags()
        test_peak()
        test_profile(tmp)
        test_bench(tmp)
        test_torch_every_model(tmp)
    return finish()


if __name__ == "__main__":
    sys.exit(main())

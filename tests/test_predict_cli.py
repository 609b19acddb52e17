#!/usr/bin/python3
"""`kiln predict` and `kiln evaluate` agree: two entry points of the module
(predict's outputs, eval_step's metric) and two data paths (an .npy file, the
IDX test split) must give the same test accuracy for the same checkpoint.
Also: predictions are probability rows (non-negative, summing to 1), uint8
pixels and the float32 model input they become (pixels * input.rescale) give
the same outputs, and the output file has one row per input.  Prints "N passed, N failed"."""
import json
import os
import re
import sys
import tempfile

import numpy as np

from kilntest import check, finish, run

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
from torch_baseline import idx  # noqa: E402


def main():
    tmp = tempfile.mkdtemp()
    w = os.path.join(tmp, "w.safetensors")
    model = "models/seed003_mlp.json"
    check(run("train", model, "--data", "mnist", "--epochs", "1", "--max-samples", "6000", "--save", w).returncode == 0,
          "kiln train failed")
    ev = run("evaluate", model, "--weights", w, "--data", "mnist")
    m = re.search(r"accuracy: ([0-9.]+)", ev.stdout + ev.stderr)
    check(ev.returncode == 0 and m, f"kiln evaluate printed no accuracy: {ev.stdout!r}")
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.environ["HOME"], ".cache")
    data = os.path.join(cache, "kiln", "datasets", "mnist")
    x = idx(os.path.join(data, "t10k-images-idx3-ubyte")).reshape(-1, 28, 28, 1)
    y = idx(os.path.join(data, "t10k-labels-idx1-ubyte"))
    scale = np.float32(json.load(open(model))["input"]["rescale"])
    outs = []
    for xin in (x, x.astype(np.float32) * scale):
        xp, pp = os.path.join(tmp, "x.npy"), os.path.join(tmp, "p.npy")
        np.save(xp, xin)
        check(run("predict", model, "--weights", w, "--input", xp, "-o", pp).returncode == 0, "kiln predict failed")
        outs.append(np.load(pp))
    p = outs[0]
    check(p.shape == (10000, 10), f"predictions have shape {p.shape}")
    check(np.array_equal(outs[0], outs[1]), "uint8 pixels and their scaled float32 gave different outputs")
    check(bool((p >= 0).all()) and np.allclose(p.sum(1), 1, atol=1e-5), "rows are not probabilities")
    acc = float((p.argmax(1) == y).mean())
    print(f"predict accuracy {acc:.4f}, evaluate accuracy {m.group(1) if m else '?'}")
    check(m and abs(acc - float(m.group(1))) < 1e-4, "predict and evaluate disagree on the test accuracy")
    check(acc > 0.7, f"accuracy {acc} after 47 SGD steps (about 0.8 expected): training did not work")
    return finish()


if __name__ == "__main__":
    sys.exit(main())

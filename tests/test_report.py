#!/usr/bin/python3
"""`kiln evaluate --report` against scikit-learn (Debian's python3-sklearn).

The oracle: `kiln predict` gives the outputs of a checkpoint, numpy's argmax
the predicted classes, and sklearn.metrics.classification_report /
confusion_matrix, run here on those predictions and the true labels, the
report.  kiln evaluate must print exactly print(report); print(matrix) after
its loss line, and --report-json must hold output_dict=True's numbers (within
1e-12) and the matrix.  Checked on the test split, the training split, the
same samples given as arrays (--x/--y: uint8 pixels with int64 ids, float32
inputs with one-hot labels), a hand-picked subset where classes are never
predicted or never true (sklearn's zero division), a 25- and a 40-class model
(NumPy's line wrapping and summarization of the matrix, --digits), the
autoencoder's loss on arrays against NumPy, and bad input: exit status 2, a
message naming the problem, no JSON file.  Prints "N passed, N failed"."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings

import numpy as np
from sklearn.exceptions import UndefinedMetricWarning
from sklearn.metrics import classification_report, confusion_matrix

from kilntest import KILN, check, finish, run, st_write

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
from torch_baseline import idx  # noqa: E402

MODEL = "models/seed003_mlp.json"


def sk_text(y, p, digits=2):
    """What the seeds print: print(classification_report(...)); print(confusion_matrix(...))."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = classification_report(y, p, digits=digits) + "\n" + str(confusion_matrix(y, p)) + "\n"
    return text, any(issubclass(w.category, UndefinedMetricWarning) for w in caught)


def sk_dict(y, p):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return classification_report(y, p, output_dict=True)


def same_report(got, y, p, what):
    """--report-json's sklearn part and matrix against sklearn's."""
    want = sk_dict(y, p)
    worst, inexact = 0.0, []
    for key, row in want.items():
        for col, v in (row.items() if key != "accuracy" else [(None, row)]):
            g = got.get(key, np.inf) if col is None else got.get(key, {}).get(col, np.inf)
            worst = max(worst, abs(g - v))
            if g != v:
                inexact.append(f"{key}/{col}: {g!r} vs {v!r}")
    labels = sorted(set(y.tolist()) | set(p.tolist()))
    check(worst <= 1e-12, f"{what}: JSON differs from output_dict=True by {worst}")
    # kiln follows sklearn's and NumPy's order of operations (pairwise sums):
    # the numbers are the same doubles, not merely close ones.
    check(not inexact, f"{what}: JSON numbers are not sklearn's to the bit: {inexact[:3]}")
    check(got.get("labels") == labels, f"{what}: labels {got.get('labels')} != {labels}")
    check(got.get("confusion_matrix") == confusion_matrix(y, p).tolist(), f"{what}: confusion_matrix differs")


def run_failing(*args):
    """kiln run where failure is the expected outcome: output captured, not echoed."""
    return subprocess.run([KILN, *args], capture_output=True, text=True)


def numbers(line):
    return re.findall(r"[0-9]+\.[0-9]+", line)


def report_run(*args):
    """kiln evaluate with --report; (CompletedProcess, first line, the rest)."""
    r = run("evaluate", *args, "--report")
    first, _, rest = r.stdout.partition("\n")
    return r, first, rest


def diff(got, want):
    gl, wl = got.splitlines(), want.splitlines()
    for i in range(max(len(gl), len(wl))):
        a = gl[i] if i < len(gl) else "<missing>"
        b = wl[i] if i < len(wl) else "<missing>"
        if a != b:
            return f"line {i + 1}: kiln {a!r} sklearn {b!r}"
    return "equal lines, different line endings"


def predict(tmp, w, x, model=MODEL, *extra):
    xp, pp = os.path.join(tmp, "px.npy"), os.path.join(tmp, "pp.npy")
    np.save(xp, x)
    r = run("predict", model, "--weights", w, "--input", xp, "-o", pp, *extra)
    check(r.returncode == 0, "kiln predict failed")
    return np.load(pp).argmax(1) if r.returncode == 0 else np.zeros(len(x), np.int64)


def split_case(tmp, w, split, x, y):
    """The dataset path: text, JSON and the loss line of plain kiln evaluate."""
    p = predict(tmp, w, x)
    plain = run("evaluate", MODEL, "--weights", w, "--data", "mnist", "--split", split)
    j = os.path.join(tmp, f"{split}.json")
    r, first, rest = report_run(MODEL, "--weights", w, "--data", "mnist", "--split", split,
                                "--report-json", j)
    want, _ = sk_text(y, p)
    check(r.returncode == 0 and plain.returncode == 0, f"{split}: kiln evaluate failed")
    check(first == plain.stdout.strip(), f"{split}: --report's loss line {first!r} differs from "
          f"plain evaluate's {plain.stdout.strip()!r}")
    check(first.startswith("Test loss:" if split == "test" else "Train loss:"), f"{split}: line {first!r}")
    check(rest == want, f"{split}: report differs from sklearn's: {diff(rest, want)}")
    got = json.load(open(j)) if os.path.exists(j) else {}
    same_report(got, y, p, split)
    check(got.get("split") == split and got.get("model") == "seed003_mlp" and got.get("data") == "mnist",
          f"{split}: JSON split/model/data {got.get('split')}/{got.get('model')}/{got.get('data')}")
    loss = float(first.split("loss: ")[1].split()[0]) if "loss: " in first else None
    check(loss is not None and abs(got.get("loss", np.inf) - loss) <= 5e-5,
          f"{split}: JSON loss {got.get('loss')} vs printed {loss}")
    print(f"{split}: {first}")
    return p, got, rest


def arrays_case(tmp, w, x, y, p, ref, ref_text):
    """--x/--y on the test split's samples equal the dataset path, to the bit."""
    scale = np.float32(json.load(open(MODEL))["input"]["rescale"])
    cases = [("uint8 pixels, int64 ids", x, y.astype(np.int64)),
             ("uint8 pixels, (n, 1) uint8 ids", x, y.astype(np.uint8).reshape(-1, 1)),
             ("float32 inputs, one-hot float32", x.astype(np.float32) * scale,
              np.eye(10, dtype=np.float32)[y])]
    for what, xs, ys in cases:
        xp, yp, j = (os.path.join(tmp, n) for n in ("ax.npy", "ay.npy", "a.json"))
        np.save(xp, xs)
        np.save(yp, ys)
        r, first, rest = report_run(MODEL, "--weights", w, "--x", xp, "--y", yp, "--report-json", j)
        check(r.returncode == 0, f"--x/--y ({what}) failed")
        got = json.load(open(j)) if os.path.exists(j) else {}
        check(first.startswith("Loss: ") and numbers(first) == numbers(ref["first"]),
              f"--x/--y ({what}): {first!r} vs the test split's {ref['first']!r}")
        check(got.get("loss") == ref["json"].get("loss"),
              f"--x/--y ({what}): loss {got.get('loss')!r} is not the test split's {ref['json'].get('loss')!r}")
        check(rest == ref_text, f"--x/--y ({what}): report differs from the test split's")
        same_report(got, y, p, f"--x/--y ({what})")
        check(got.get("split", "absent") is None and got.get("x") == xp and got.get("y") == yp,
              f"--x/--y ({what}): JSON split/x/y {got.get('split')}/{got.get('x')}/{got.get('y')}")


def zero_division_case(tmp, w, x, y, p):
    """A subset where label t is true but never predicted and label q is
    predicted but never true: precision and recall of 0/0."""
    cm = confusion_matrix(y, p)
    a = int(np.argmax(np.diag(cm)))
    pairs = [(cm[t, q], t, q) for t in range(10) for q in range(10) if len({a, t, q}) == 3]
    _, t, q = max(pairs)
    pick = np.concatenate([np.flatnonzero((y == a) & (p == a))[:5], np.flatnonzero((y == t) & (p == q))[:3]])
    xp, yp = os.path.join(tmp, "zx.npy"), os.path.join(tmp, "zy.npy")
    np.save(xp, x[pick])
    np.save(yp, y[pick].astype(np.int32))
    r, first, rest = report_run(MODEL, "--weights", w, "--x", xp, "--y", yp)
    want, warned = sk_text(y[pick], p[pick])
    check(warned, "the zero-division subset did not make sklearn warn")
    check(r.returncode == 0 and rest == want, f"zero division: report differs from sklearn's: {diff(rest, want)}")
    check("ill-defined" in r.stderr and f" {t} " in r.stderr and f" {q} " in r.stderr,
          f"zero division: no note naming labels {t} and {q} on stderr: {r.stderr!r}")
    print(f"zero division: labels {a}, {t} (never predicted), {q} (never true):\n{rest}")


def many_classes_case(tmp, classes, n, digits):
    """A random Dense(classes) model on random arrays: label widths, --digits,
    NumPy's wrapping (25 classes) and summarization (40 classes, > 1000 cells)."""
    rng = np.random.default_rng(classes)
    m = os.path.join(tmp, f"wide{classes}.json")
    json.dump({"name": f"wide{classes}", "input": {"shape": [16]},
               "layers": [{"type": "Dense", "units": classes, "activation": "softmax"}],
               "loss": "sparse_categorical_crossentropy", "optimizer": "adam", "metrics": ["accuracy"]},
              open(m, "w"))
    w = os.path.join(tmp, f"wide{classes}.safetensors")
    st_write(w, {"dense/kernel": rng.normal(0, 2, (16, classes)), "dense/bias": np.zeros(classes)},
             {"format": "kiln", "model": f"wide{classes}", "step": "0"})
    x = rng.normal(0, 1, (n, 16)).astype(np.float32)
    y = rng.integers(0, classes, n).astype(np.int64)
    xp, yp, j = (os.path.join(tmp, f"wide{classes}{s}") for s in ("x.npy", "y.npy", ".json"))
    np.save(xp, x)
    np.save(yp, y)
    p = predict(tmp, w, x, m, "--batch-size", "100")
    r, first, rest = report_run(m, "--weights", w, "--x", xp, "--y", yp, "--digits", str(digits),
                                "--report-json", j, "--batch-size", "100")
    want, _ = sk_text(y, p, digits)
    check(r.returncode == 0 and rest == want,
          f"{classes} classes, digits {digits}: report differs from sklearn's: {diff(rest, want)}")
    same_report(json.load(open(j)) if os.path.exists(j) else {}, y, p, f"{classes} classes")
    cm, nl = str(confusion_matrix(y, p)), len(set(p.tolist()) | set(y.tolist()))
    print(f"{classes} classes: {nl} labels, the matrix in {len(cm.splitlines())} lines"
          f"{', summarized' if '...' in cm else ''}")
    return cm, nl


def autoencoder_case(tmp):
    """The autoencoder on arrays (--y the clean images): its loss against a
    NumPy forward pass and Keras's binary cross-entropy; --report refused."""
    rng = np.random.default_rng(3)
    sizes = [784, 128, 96, 128, 784]
    names = ["dense", "dense_1", "dense_2", "dense_3"]
    wts = {}
    for i, nm in enumerate(names):
        wts[f"{nm}/kernel"] = rng.normal(0, 0.05, (sizes[i], sizes[i + 1]))
        wts[f"{nm}/bias"] = rng.normal(0, 0.05, sizes[i + 1])
    w = os.path.join(tmp, "ae.safetensors")
    st_write(w, wts, {"format": "kiln", "model": "seed003_denoising_ae", "step": "0"})
    clean = rng.integers(0, 256, (300, 784)).astype(np.uint8)
    noisy = np.where(rng.random(clean.shape) < 0.2, 255, clean).astype(np.uint8)
    xp, yp, j = (os.path.join(tmp, n) for n in ("aex.npy", "aey.npy", "ae.json"))
    np.save(xp, noisy)
    np.save(yp, clean)
    model = "models/seed003_denoising_ae.json"
    r = run("evaluate", model, "--weights", w, "--x", xp, "--y", yp)
    h = noisy.astype(np.float64) / 255
    for i, nm in enumerate(names):
        h = h @ wts[f"{nm}/kernel"].astype(np.float32) + wts[f"{nm}/bias"].astype(np.float32)
        h = np.maximum(h, 0) if i < 3 else 1 / (1 + np.exp(-h))
    t, eps = clean / 255, 1e-7
    hc = np.clip(h, eps, 1 - eps)
    want = float(np.mean(-(t * np.log(hc) + (1 - t) * np.log(1 - hc))))
    got = float(r.stdout.split("Loss: ")[1]) if r.returncode == 0 and "Loss: " in r.stdout else np.nan
    check(abs(got - want) < 2e-4, f"autoencoder on arrays: loss {got} vs NumPy's {want:.4f}")
    bad = run_failing("evaluate", model, "--weights", w, "--x", xp, "--y", yp, "--report-json", j)
    check(bad.returncode == 2 and "has no accuracy" in bad.stderr and not os.path.exists(j),
          f"autoencoder --report-json: exit {bad.returncode}, {bad.stderr!r}")


def error_cases(tmp, w, x, y):
    d = os.path.join(tmp, "errors")
    os.makedirs(d)
    f = lambda n: os.path.join(d, n)  # noqa: E731
    np.save(f("x.npy"), x[:50])
    np.save(f("y.npy"), y[:50].astype(np.int64))
    np.save(f("y49.npy"), y[:49].astype(np.int64))
    np.save(f("y10.npy"), np.where(np.arange(50) == 7, 10, y[:50]).astype(np.int64))
    np.save(f("yf.npy"), y[:50].astype(np.float32))
    np.save(f("ysoft.npy"), np.full((50, 10), 0.1, np.float32))
    np.save(f("y9.npy"), np.eye(9, dtype=np.float32)[y[:50] % 9])
    np.save(f("x27.npy"), np.zeros((50, 27, 27, 1), np.uint8))
    np.save(f("xi.npy"), np.zeros((50, 784), np.int32))
    j = f("r.json")
    base = ["evaluate", MODEL, "--weights", w, "--report", "--report-json", j]
    cases = [
        ("--x without --y", ["--x", f("x.npy")], "--x needs --y"),
        ("--y without --x", ["--y", f("y.npy")], "--y needs --x"),
        ("--x with --data", ["--x", f("x.npy"), "--y", f("y.npy"), "--data", "mnist"], "--data is for a dataset"),
        ("--x with --split", ["--x", f("x.npy"), "--y", f("y.npy"), "--split", "test"], "--split is for a dataset"),
        ("bad split", ["--split", "validation"], "--split: expected one of train|test"),
        ("bad digits", ["--digits", "-1"], "--digits"),
        ("missing X", ["--x", f("none.npy"), "--y", f("y.npy")], f("none.npy")),
        ("missing Y", ["--x", f("x.npy"), "--y", f("none.npy")], f("none.npy")),
        ("rows differ", ["--x", f("x.npy"), "--y", f("y49.npy")], f"{f('y49.npy')}: 49 rows of labels"),
        ("label out of range", ["--x", f("x.npy"), "--y", f("y10.npy")],
         f"{f('y10.npy')}: class id 10 of row 7 is outside 0..9"),
        ("float labels", ["--x", f("x.npy"), "--y", f("yf.npy")], "class ids must be integers"),
        ("not one-hot", ["--x", f("x.npy"), "--y", f("ysoft.npy")], f"{f('ysoft.npy')}: row 0 is not one-hot"),
        ("one-hot of 9", ["--x", f("x.npy"), "--y", f("y9.npy")], "(50, 10) one-hot float32"),
        ("wrong X shape", ["--x", f("x27.npy"), "--y", f("y.npy")],
         f"{f('x27.npy')}: inputs (50, 27, 27, 1) have 729 elements per sample"),
        ("int32 X", ["--x", f("xi.npy"), "--y", f("y.npy")], "expected float32 or uint8"),
    ]
    for what, extra, text in cases:
        r = run_failing(*base, *extra)
        check(r.returncode == 2, f"{what}: exit status {r.returncode}, expected 2")
        check(text in r.stderr, f"{what}: message lacks {text!r}: {r.stderr!r}")
        check(not os.path.exists(j) and not any(n.startswith("r.json") for n in os.listdir(d)),
              f"{what}: a JSON file was written")
        check(r.stdout == "", f"{what}: printed {r.stdout!r}")
    r = run_failing("evaluate", MODEL, "--weights", w, "--digits", "3")
    check(r.returncode == 2 and "give --report" in r.stderr, f"--digits without --report: {r.stderr!r}")


def main():
    tmp = tempfile.mkdtemp()
    try:
        w = os.path.join(tmp, "w.safetensors")
        check(run("train", MODEL, "--data", "mnist", "--epochs", "1", "--max-samples", "6000",
                  "--save", w).returncode == 0, "kiln train failed")
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.environ["HOME"], ".cache")
        data = os.path.join(cache, "kiln", "datasets", "mnist")
        xt = idx(os.path.join(data, "t10k-images-idx3-ubyte")).reshape(-1, 28, 28, 1)
        yt = idx(os.path.join(data, "t10k-labels-idx1-ubyte")).astype(np.int64)
        xr = idx(os.path.join(data, "train-images-idx3-ubyte")).reshape(-1, 28, 28, 1)
        yr = idx(os.path.join(data, "train-labels-idx1-ubyte")).astype(np.int64)

        p, got, text = split_case(tmp, w, "test", xt, yt)
        print(text)
        ref = {"first": run("evaluate", MODEL, "--weights", w).stdout.strip(), "json": got}
        split_case(tmp, w, "train", xr, yr)
        arrays_case(tmp, w, xt, yt, p, ref, text)
        zero_division_case(tmp, w, xt, yt, p)
        cm, nl = many_classes_case(tmp, 25, 3000, 14)
        check("..." not in cm and len(cm.splitlines()) > nl, "25 classes: the matrix is not wrapped")
        cm, nl = many_classes_case(tmp, 40, 2000, 4)
        check("..." in cm and nl >= 32, "40 classes: the matrix is not summarized")
        autoencoder_case(tmp)
        error_cases(tmp, w, xt, yt)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())

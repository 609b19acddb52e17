"""--set overrides and kiln sweep, end to end.

Overrides: a value lands where the path says (spliced into the file's text,
every other line unchanged), [*] reaches every element that has the rest of
the path, missing keys and objects are created, and an invalid value is
reported at the file's line of the field it set, like an error of the file.

Sweep: a two-point grid (1 epoch, 512 samples) gives one progress line per
run, results.csv/.json with the parameters, seed and the run's history, each
run equal to the `kiln train` it stands for, a second call resumes (skips the
finished runs, reruns a missing one), and a bad grid is refused before any
run starts.
"""
import csv
import json
import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from kilntest import check, finish, run  # noqa: E402

MLP = "models/seed003_mlp_l2.json"
CNN = "models/seed002_cnn.json"


def imported(tmp, model, *sets):
    out = os.path.join(tmp, "o.json")
    args = ["import", model, "-o", out]
    for s in sets:
        args += ["--set", s]
    r = run(*args)
    return (json.load(open(out)), open(out).read()) if r.returncode == 0 else (None, "")


def overrides(tmp):
    d, text = imported(tmp, MLP, "fit.epochs=3", "layers[*].kernel_regularizer.l2=0.5",
                       "fit.shuffle=false", "input_noise.type=salt_and_pepper",
                       "input_noise.level=0.1")
    check(d is not None, "overrides applied")
    if d is None:
        return
    check(d["fit"]["epochs"] == 3 and d["fit"]["shuffle"] is False, "fit.epochs set, fit.shuffle added")
    regs = [l.get("kernel_regularizer") for l in d["layers"]]
    check(regs[1]["l2"] == 0.5 and regs[2]["l2"] == 0.5 and regs[0] is None and regs[3] is None,
          f"[*] set the two regularizers only: {regs}")
    check(d["input_noise"] == {"type": "salt_and_pepper", "level": 0.1}, "missing objects are created")
    orig = open(MLP).read().split("\n")
    new = text.split("\n")
    changed = sum(a != b for a, b in zip(orig, new))
    check(len(orig) == len(new) and changed == 5,
          f"only the lines holding the fields changed ({changed})")
    # an invalid override: reported at the file's position of that field
    r = run("summary", CNN, "--set", "layers[0].filters=-3")
    line = next(i + 1 for i, l in enumerate(open(CNN).read().split("\n")) if '"Conv2D"' in l)
    check(r.returncode == 2 and re.search(rf"seed002_cnn\.json:{line}:\d+: \$\.layers\[0\]\.filters: "
                                          r"expected", r.stderr or ""),
          f"invalid --set value reported at line {line}: {r.stderr!r}")
    for bad, msg in [("layers[99].units=3", "index 99 is past the end"),
                     ("layers[0]filters=3", "is not a JSON path"),
                     ("nofield", "expected PATH=VALUE"),
                     ("layers[*].nothing.x=1", "[*] matched no element")]:
        r = run("summary", CNN, "--set", bad)
        check(r.returncode == 2 and msg in r.stderr, f"--set {bad}: {r.stderr!r}")
    r = run("summary", CNN, "--set", "optimizer=sgd", "--set", "layers[0].filters=8")
    check(r.returncode == 0 and "(None, 26, 26, 8)" in r.stdout and "80" in r.stdout,
          "summary reflects --set layers[0].filters=8")


def sweep(tmp):
    out = os.path.join(tmp, "sw")
    args = ["sweep", MLP, "--set", "layers[*].kernel_regularizer.l2=1e-6,1e-3", "--max-samples", "512",
            "--epochs", "1", "--data", "mnist", "--save", "-o", out]
    r = run(*args)
    check(r.returncode == 0, "a two-point sweep runs")
    lines = [l for l in r.stdout.split("\n") if l.startswith("[")]
    check(len(lines) == 2 and lines[0].startswith("[1/2] layers[*].kernel_regularizer.l2=1e-6 "
                                                  "max_samples=512 seed=0: val_accuracy "),
          f"one progress line per run: {lines}")
    rows = list(csv.DictReader(open(os.path.join(out, "results.csv")))) if r.returncode == 0 else []
    check(len(rows) == 2, f"results.csv has 2 rows: {rows}")
    want = ["run", "layers[*].kernel_regularizer.l2", "max_samples", "repeat", "seed", "loss",
            "accuracy", "val_loss", "val_accuracy", "test_loss", "test_accuracy", "epochs", "seconds",
            "status"]
    check(rows and list(rows[0].keys()) == want, f"columns {rows and list(rows[0].keys())}")
    res = json.load(open(os.path.join(out, "results.json"))) if rows else {"runs": []}
    check(res.get("parameters") == ["layers[*].kernel_regularizer.l2"], "results.json parameters")
    for row, js in zip(rows, res["runs"]):
        h = json.load(open(os.path.join(out, "runs", f"{row['run']}.history.json")))
        check(row["status"] == "ok" and row["epochs"] == "1" and row["max_samples"] == "512",
              f"row {row['run']} ok, 1 epoch, 512 samples")
        check(os.path.getsize(os.path.join(out, "runs", f"{row['run']}.safetensors")) > 1000,
              "--save keeps the run's checkpoint")
        check(js["test_accuracy"] == h["test_accuracy"] and js["loss"] == h["epochs"][-1]["loss"],
              "results.json holds the run's history")
        check(abs(float(row["test_accuracy"]) - h["test_accuracy"]) < 1e-6, "results.csv likewise")
    # run 1 is exactly `kiln train` with its flags
    r1 = run("train", MLP, "--set", "layers[*].kernel_regularizer.l2=1e-6", "--seed", "0",
             "--max-samples", "512", "--epochs", "1", "--data", "mnist")
    m = re.search(r"test accuracy: ([0-9.]+)", r1.stdout)
    check(m and res["runs"] and abs(float(m.group(1)) - res["runs"][0]["test_accuracy"]) < 1e-4,
          "a run equals the kiln train it stands for")
    # resume: nothing to do, then only the missing run
    r = run(*args)
    check(r.returncode == 0 and r.stdout.count("done before") == 2, "a second call skips both runs")
    res["runs"] = res["runs"][:1]
    json.dump(res, open(os.path.join(out, "results.json"), "w"))
    r = run(*args)
    check(r.returncode == 0 and r.stdout.count("done before") == 1 and "[2/2]" in r.stdout,
          "a missing run is run again")
    rows = list(csv.DictReader(open(os.path.join(out, "results.csv"))))
    check(len(rows) == 2, "the table is whole again")
    # a bad grid is refused before any run
    bad = os.path.join(tmp, "bad")
    r = run("sweep", MLP, "--set", "layers[9].units=1,2", "-o", bad, "--data", "mnist")
    check(r.returncode == 2 and "index 9" in r.stderr and not os.path.exists(os.path.join(bad, "runs")),
          f"a bad path stops the sweep first: {r.stderr!r}")
    r = run("sweep", MLP, "--set", "fit.epochs=1,,2", "-o", bad)
    check(r.returncode == 2 and "empty value" in r.stderr, "an empty value in the list")
    r = run("sweep", MLP, "--set", "fit.epochs=linspace(1,3,0)", "-o", bad)
    check(r.returncode == 2 and "linspace" in r.stderr, "linspace with no values")


def main():
    tmp = tempfile.mkdtemp()
    try:
        overrides(tmp)
        sweep(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())

"""kiln plot: every figure rendered, in every format, and not blank.

PNGs are decoded here (zlib and the PNG filters, Python's standard library)
to check their size in pixels and that a fair share of them is drawn (not
background white); SVGs must hold drawing elements and the texts they
should show; PDFs must be PDFs of some size (cairo draws PLplot's texts as glyph
outlines, so only the Graphviz diagram's SVG is searched for its texts).  Inputs: a real history (a
1-epoch run), kiln's CSV history and Keras's CSVLogger CSV, a sweep table, a
`kiln evaluate --report-json` report, the model diagram of seed 002, the
denoised samples of a briefly trained seed-003 autoencoder and a classifier's
accuracy on noisy and denoised inputs.
"""
import json
import os
import re
import shutil
import struct
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.dirname(__file__))
from kilntest import check, finish, run  # noqa: E402


def png_pixels(path):
    """(width, height, fraction of pixels that are not white) of an 8-bit
    RGB/RGBA/grey PNG without interlacing."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, w = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and ctype in (0, 2, 4, 6), (depth, ctype)
            bpp = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    drawn = 0
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colour = bpp if bpp in (1, 3) else bpp - 1
        for x in range(w):
            px = line[x * bpp:x * bpp + colour]
            if min(px) < 235:
                drawn += 1
        prev = line
    return w, h, drawn / (w * h)


def figure_ok(path, what, size=None, min_drawn=0.01, texts=()):
    ok = os.path.exists(path) and os.path.getsize(path) > 2000
    check(ok, f"{what}: {path} written ({os.path.getsize(path) if os.path.exists(path) else 0} bytes)")
    if not ok:
        return
    if path.endswith(".png"):
        w, h, drawn = png_pixels(path)
        check(size is None or (w, h) == size, f"{what}: {w}x{h} pixels, expected {size}")
        check(min_drawn <= drawn < 0.95, f"{what}: {drawn:.1%} of the pixels drawn")
    elif path.endswith(".svg"):
        text = open(path, encoding="utf-8", errors="replace").read()
        check("<svg" in text and len(re.findall(r"<(path|polygon|polyline|text|rect|use)\b", text)) > 20,
              f"{what}: an SVG with drawing elements")
        for t in texts:
            check(t in text, f"{what}: the SVG shows {t!r}")
    elif path.endswith(".pdf"):
        check(open(path, "rb").read(5) == b"%PDF-", f"{what}: a PDF")


def main():
    tmp = tempfile.mkdtemp()
    f = lambda n: os.path.join(tmp, n)  # noqa: E731
    try:
        # history: a real 1-epoch run, kiln's JSON and CSV, and Keras's CSVLogger layout
        r = run("train", "models/seed003_mlp.json", "--data", "mnist", "--epochs", "2",
                "--max-samples", "2000", "--history", f("h.json"), "--save", f("mlp.safetensors"))
        check(r.returncode == 0, "a short training for the history")
        run("train", "models/seed003_mlp.json", "--data", "mnist", "--epochs", "2",
            "--max-samples", "2000", "--history", f("h.csv"))
        with open(f("keras.csv"), "w") as k:
            k.write("epoch,accuracy,loss,val_accuracy,val_loss\n0,0.80,0.62,0.88,0.41\n"
                    "1,0.90,0.33,0.91,0.30\n2,0.93,0.24,0.93,0.24\n")
        for src, out in [("h.json", "h.png"), ("h.json", "h.svg"), ("h.json", "h.pdf"),
                         ("h.csv", "hc.png"), ("keras.csv", "hk.png")]:
            r = run("plot", "history", f(src), "-o", f(out), "--title", "seed003_mlp, 2000 samples")
            check(r.returncode == 0, f"plot history {src} -> {out}")
            figure_ok(f(out), f"history {src}", (1000, 1000))
        # sweep: 3 values x 3 repeats spanning decades (log axis), two metrics
        runs = []
        for i, v in enumerate(["1e-06", "0.0005", "0.001"]):
            for rep in range(3):
                runs.append({"run": f"{len(runs) + 1:04d}", "parameters": {"layers[*].l2": v},
                             "max_samples": None, "repeat": rep, "seed": rep, "status": "ok",
                             "accuracy": 0.99 - 0.01 * i, "test_accuracy": 0.98 - 0.005 * i + 0.001 * rep,
                             "epochs": 40, "seconds": 160.0 + rep})
        os.makedirs(f("sw"))
        json.dump({"model": "m", "parameters": ["layers[*].l2"], "runs": runs}, open(f("sw/results.json"), "w"))
        for out in ("s.png", "s.svg", "s.pdf"):
            r = run("plot", "sweep", f("sw"), "-o", f(out), "--metric", "accuracy,test_accuracy")
            check(r.returncode == 0, f"plot sweep -> {out}")
            figure_ok(f(out), "sweep", (900, 750), min_drawn=0.005)
        r = run("plot", "sweep", f("sw"), "-o", f("lin.png"), "--xscale", "linear", "--xlabel", "L2")
        check(r.returncode == 0, "plot sweep --xscale linear --xlabel")
        figure_ok(f("lin.png"), "sweep, linear axis", (900, 750), min_drawn=0.005)
        r = run("plot", "sweep", f("sw"), "-o", f("bad.png"), "--xscale", "cubic")
        check(r.returncode == 2, "plot sweep --xscale cubic is refused")
        r = run("plot", "sweep", f("sw"), "-o", f("bad.png"), "--x", "nothing")
        check(r.returncode == 2 and "not swept" in r.stderr, "plot sweep --x of an unswept parameter")
        # confusion: a real report
        r = run("evaluate", "models/seed003_mlp.json", "--weights", f("mlp.safetensors"), "--data",
                "mnist", "--report-json", f("rep.json"))
        check(r.returncode == 0, "a report to plot")
        for out in ("c.png", "c.svg"):
            r = run("plot", "confusion", f("rep.json"), "-o", f(out))
            check(r.returncode == 0, f"plot confusion -> {out}")
            figure_ok(f(out), "confusion", (900, 850), min_drawn=0.02)
        # model diagram
        for out in ("m.svg", "m.png", "m.pdf"):
            r = run("plot", "model", "models/seed002_cnn.json", "-o", f(out))
            check(r.returncode == 0, f"plot model -> {out}")
            figure_ok(f(out), "model diagram", texts=("conv2d_1: Conv2D", "(None, 26, 26, 32)",
                                                      "dense_1: Dense", "(None, 10)"))
        # samples of the denoising autoencoder
        r = run("train", "models/seed003_denoising_ae.json", "--data", "mnist", "--epochs", "1",
                "--max-samples", "3000", "--save", f("ae.safetensors"))
        check(r.returncode == 0, "a short autoencoder training")
        r = run("plot", "samples", "models/seed003_denoising_ae.json", "--weights", f("ae.safetensors"),
                "--noise", "0,0.4,1", "--count", "3", "-o", f("ae.png"))
        check(r.returncode == 0, "plot samples")
        figure_ok(f("ae.png"), "samples", (200 + 3 * 160, 60 + 9 * 160), min_drawn=0.3)
        # the classifier on noisy and on denoised inputs (seed 003's last figure)
        r = run("plot", "denoise", "models/seed003_mlp.json", "--weights", f("mlp.safetensors"),
                "--autoencoder", "models/seed003_denoising_ae.json", "--ae-weights", f("ae.safetensors"),
                "--noise", "0,0.5,1", "--max-samples", "2000", "-o", f("den.png"))
        rows = [l.split() for l in r.stdout.split("\n")[1:] if l.strip()]
        check(r.returncode == 0 and [x[0] for x in rows] == ["0", "0.5", "1"] and
              all(0 <= float(v) <= 1 for x in rows for v in x[1:]),
              f"plot denoise prints a row per level: {r.stdout!r}")
        check(len(rows) == 3 and float(rows[0][1]) > float(rows[2][1]),
              "noise hurts the classifier's accuracy")
        figure_ok(f("den.png"), "denoise", (900, 750), min_drawn=0.005)
        r = run("plot", "samples", "models/seed002_cnn.json", "--weights", f("mlp.safetensors"),
                "-o", f("x.png"))
        check(r.returncode == 2, "plot samples of a classifier is refused")
        r = run("plot", "nothing", "x", "-o", f("x.png"))
        check(r.returncode == 2 and "expected history, sweep" in r.stderr, "an unknown plot")
        r = run("plot", "history", f("h.json"), "-o", f("x.gif"))
        check(r.returncode == 2 and ".png, .svg or .pdf" in r.stderr, "an unknown figure format")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())

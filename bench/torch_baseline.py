#!/usr/bin/python3
"""A kiln model file, built layer for layer in PyTorch (Debian's
python3-torch, oneDNN inside) with Keras's semantics, and trained on MNIST
or Fashion-MNIST the way `kiln train` does.  It is the library baseline kiln
is compared against: for accuracy (does kiln train as well as a library
does?) and for speed (ms per step on the same machine).

Keras semantics kept: NHWC Flatten order, 'same' padding split as Keras
splits it (the extra row/column at the bottom/right), glorot_uniform kernels
and zero biases, BatchNormalization momentum/epsilon, Keras's Adam (epsilon on
the uncorrected v) and SGD, regularizers added to the loss, the final
softmax/sigmoid folded into the loss.  One difference stays: PyTorch updates
BatchNorm's running variance with the unbiased batch variance.

Data: MNIST-style IDX files or CIFAR-10 binary batches in DATA_DIR, uint8
pixels multiplied by the model's input.rescale (as kiln does).

usage: torch_baseline.py MODEL.json DATA_DIR [--epochs N] [--threads T]
                         [--seed S] [--max-steps N]
Prints one line per epoch: seconds, ms/step, train loss/accuracy, test loss/accuracy.

usage: torch_baseline.py MODEL.json --bench X.npy Y.npy [--steps N] [--threads T]
                         [--warmup W] [--max-seconds S] [--infer-calls M]
The timing mode of `kiln bench`: trains on the one batch X (the model's float32
input, NHWC) with labels Y (class ids) for W untimed and N timed steps, then
times batch-1 inference in eval mode under torch.no_grad(); prints one JSON
object (times in ms).  Every model in models/ is built: classifiers,
the autoencoder (binary cross-entropy against its input), Dropout,
BatchNormalization, L1/L2 regularizers.
"""
import argparse
import gzip
import json
import os
import time

# PyTorch runs its own OpenMP threads; an OpenBLAS that starts as many more
# oversubscribes the cores (measured: 73 instead of 43 ms/step on seed002).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402


def idx(path):
    if not os.path.exists(path):
        path += ".gz"
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def images(data, split):
    """(images NHWC uint8, labels) of split "train" or "test" of DATA_DIR:
    MNIST-style IDX files, or CIFAR-10's binary batches."""
    f = lambda n: os.path.join(data, n)
    if os.path.exists(f("test_batch.bin")):
        names = [f"data_batch_{i}.bin" for i in range(1, 6)] if split == "train" else ["test_batch.bin"]
        rec = np.concatenate([np.fromfile(f(n), dtype=np.uint8).reshape(-1, 3073) for n in names])
        return rec[:, 1:].reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1), rec[:, 0]
    p = "train" if split == "train" else "t10k"
    x = idx(f(f"{p}-images-idx3-ubyte"))
    return x.reshape(*x.shape, 1), idx(f(f"{p}-labels-idx1-ubyte"))


def pair(v, default):
    v = default if v is None else v
    return (v, v) if isinstance(v, int) else tuple(v)


def same_pad(size, k, s):
    """Keras/TF 'same': out = ceil(size/s), the odd pixel goes bottom/right."""
    out = (size + s - 1) // s
    total = max((out - 1) * s + k - size, 0)
    return total // 2, total - total // 2


class Layer(nn.Module):
    def __init__(self, spec, shape):
        super().__init__()
        self.spec, self.t = spec, spec["type"].lower()
        s = spec
        self.act = (s.get("activation") or "linear").lower()
        if self.t == "conv2d":
            kh, kw = pair(s["kernel_size"], None)
            self.stride = pair(s.get("strides"), 1)
            self.k = (kh, kw)
            self.same = s.get("padding", "valid") == "same"
            # Keras's 'same' split as conv's own padding where it is symmetric
            # (what a PyTorch user writes); F.pad only for the odd extra row.
            pads = (0, 0)
            if self.same:
                ph, pw = same_pad(shape[1], kh, self.stride[0]), same_pad(shape[2], kw, self.stride[1])
                if ph[0] == ph[1] and pw[0] == pw[1]:
                    self.same, pads = False, (ph[0], pw[0])
            self.conv = nn.Conv2d(shape[0], s["filters"], (kh, kw), self.stride, pads,
                                  bias=s.get("use_bias", True))
            nn.init.xavier_uniform_(self.conv.weight)
            if self.conv.bias is not None:
                nn.init.zeros_(self.conv.bias)
        elif self.t == "dense":
            self.lin = nn.Linear(shape[0], s["units"], bias=s.get("use_bias", True))
            nn.init.xavier_uniform_(self.lin.weight)
            if self.lin.bias is not None:
                nn.init.zeros_(self.lin.bias)
        elif self.t == "batchnormalization":
            mom, eps = s.get("momentum", 0.99), s.get("epsilon", 1e-3)
            bn = nn.BatchNorm2d if len(shape) == 3 else nn.BatchNorm1d
            self.bn = bn(shape[0], eps=eps, momentum=1 - mom)
        elif self.t in ("maxpooling2d", "maxpool2d"):
            self.k = pair(s.get("pool_size"), 2)
            self.stride = pair(s.get("strides"), self.k[0]) if s.get("strides") else self.k
            self.same = s.get("padding", "valid") == "same"
            self.pool_pad = (0, 0)  # symmetric 'same': max_pool2d's own (-inf) padding
            if self.same:
                ph = same_pad(shape[1], self.k[0], self.stride[0])
                pw = same_pad(shape[2], self.k[1], self.stride[1])
                if ph[0] == ph[1] and pw[0] == pw[1] and 2 * ph[0] <= self.k[0] and 2 * pw[0] <= self.k[1]:
                    self.same, self.pool_pad = False, (ph[0], pw[0])
        elif self.t == "relu":
            self.act = "relu"
        elif self.t == "leakyrelu":
            self.act, self.alpha = "leaky_relu", s.get("alpha", s.get("negative_slope", 0.3))
        if self.act == "leaky_relu" and not hasattr(self, "alpha"):
            self.alpha = 0.2
        self.final = False  # set on the last layer when the loss folds its activation

    def forward(self, x):
        t, s = self.t, self.spec
        if t == "rescaling":
            x = x * s["scale"] + s.get("offset", 0.0)
        elif t == "conv2d":
            if self.same:
                ph = same_pad(x.shape[2], self.k[0], self.stride[0])
                pw = same_pad(x.shape[3], self.k[1], self.stride[1])
                x = F.pad(x, (pw[0], pw[1], ph[0], ph[1]))
            x = self.conv(x)
        elif t == "dense":
            x = self.lin(x)
        elif t == "batchnormalization":
            x = self.bn(x)
        elif t in ("maxpooling2d", "maxpool2d"):
            if self.same:
                ph = same_pad(x.shape[2], self.k[0], self.stride[0])
                pw = same_pad(x.shape[3], self.k[1], self.stride[1])
                x = F.pad(x, (pw[0], pw[1], ph[0], ph[1]), value=float("-inf"))
            x = F.max_pool2d(x, self.k, self.stride, self.pool_pad)
        elif t == "dropout":
            x = F.dropout(x, s["rate"], self.training)
        elif t == "flatten":
            x = x.permute(0, 2, 3, 1).reshape(x.shape[0], -1) if x.dim() == 4 else x
        if self.final:
            return x
        a = self.act
        if a == "relu":
            x = F.relu(x)
        elif a == "leaky_relu":
            x = F.leaky_relu(x, self.alpha)
        elif a == "sigmoid":
            x = torch.sigmoid(x)
        elif a == "tanh":
            x = torch.tanh(x)
        elif a == "softmax":
            x = F.softmax(x, -1 if x.dim() == 2 else 1)
        return x


def out_shape(layer, shape, x):
    with torch.no_grad():
        return tuple(layer.eval()(x).shape[1:])


class KerasAdam(torch.optim.Optimizer):
    """Keras's Adam: lr_t = lr*sqrt(1-b2^t)/(1-b1^t); p -= lr_t*m/(sqrt(v)+eps).
    Written with PyTorch's multi-tensor (_foreach) ops, as torch.optim.Adam
    is, so that the baseline's optimizer step costs what PyTorch's own does."""

    def __init__(self, params, lr, b1, b2, eps):
        super().__init__(params, dict(lr=lr, b1=b1, b2=b2, eps=eps))
        self.t = 0

    @torch.no_grad()
    def step(self):
        self.t += 1
        for g in self.param_groups:
            ps = [p for p in g["params"] if p.grad is not None]
            for p in ps:
                if not self.state[p]:
                    self.state[p]["m"], self.state[p]["v"] = torch.zeros_like(p), torch.zeros_like(p)
            grads = [p.grad for p in ps]
            m = [self.state[p]["m"] for p in ps]
            v = [self.state[p]["v"] for p in ps]
            lr_t = g["lr"] * (1 - g["b2"] ** self.t) ** 0.5 / (1 - g["b1"] ** self.t)
            torch._foreach_mul_(m, g["b1"])
            torch._foreach_add_(m, grads, alpha=1 - g["b1"])
            torch._foreach_mul_(v, g["b2"])
            torch._foreach_addcmul_(v, grads, grads, value=1 - g["b2"])
            denom = torch._foreach_sqrt(v)
            torch._foreach_add_(denom, g["eps"])
            torch._foreach_addcdiv_(ps, m, denom, value=-lr_t)


def regularizer(spec):
    if spec is None:
        return 0.0, 0.0
    if isinstance(spec, str):
        return {"l1": (0.01, 0.0), "l2": (0.0, 0.01), "l1_l2": (0.01, 0.01)}[spec.lower()]
    return spec.get("l1", 0.0), spec.get("l2", 0.0)


def build(model):
    shape = tuple(model["input"]["shape"])
    shape = (shape[2], shape[0], shape[1]) if len(shape) == 3 else shape
    x = torch.zeros((2,) + shape)
    layers = []
    for spec in model["layers"]:
        layer = Layer(spec, shape)
        x = layer.eval()(x)
        shape = tuple(x.shape[1:])
        layers.append(layer)
    loss = model["loss"]
    if loss in ("sparse_categorical_crossentropy", "categorical_crossentropy", "binary_crossentropy"):
        layers[-1].final = True
    return nn.ModuleList(layers)


def regularized(spec, layers):
    """(tensor, l1, l2) for every kernel/bias regularizer of the model file."""
    regs = []
    for layer, s in zip(layers, spec["layers"]):
        for attr, key in (("weight", "kernel_regularizer"), ("bias", "bias_regularizer")):
            l1, l2 = regularizer(s.get(key))
            mod = getattr(layer, "conv", None) or getattr(layer, "lin", None)
            if (l1 or l2) and mod is not None and getattr(mod, attr) is not None:
                regs.append((getattr(mod, attr), l1, l2))
    return regs


def optimizer(spec, layers):
    """The model file's optimizer: Keras's Adam (KerasAdam) or SGD."""
    o = spec.get("optimizer", "adam")
    o = {"type": o} if isinstance(o, str) else o
    params = [p for layer in layers for p in layer.parameters()]
    if o["type"].lower() == "adam":
        return KerasAdam(params, o.get("learning_rate", 1e-3), o.get("beta_1", 0.9), o.get("beta_2", 0.999),
                         o.get("epsilon", 1e-7))
    return torch.optim.SGD(params, o.get("learning_rate", 0.01), momentum=o.get("momentum", 0.0),
                           nesterov=o.get("nesterov", False))


def loss_function(spec, layers):
    """loss(out, x, y) of the model file, regularizers included: categorical
    cross-entropy on class ids (the one-hot form is the same loss), binary
    cross-entropy on the logits (the final sigmoid folded in, as build()
    leaves it out), mean squared error; "target": "input" compares with x."""
    regs, kind = regularized(spec, layers), spec["loss"]
    autoencoder = spec.get("target") == "input"

    def loss(out, x, y):
        t = x.reshape(len(x), -1) if autoencoder else y
        if kind in ("sparse_categorical_crossentropy", "categorical_crossentropy"):
            v = F.cross_entropy(out, t)
        elif kind == "binary_crossentropy":
            v = F.binary_cross_entropy_with_logits(out, t if autoencoder else F.one_hot(t, out.shape[1]).to(out.dtype))
        elif kind == "mean_squared_error":
            v = F.mse_loss(out, t if autoencoder else F.one_hot(t, out.shape[1]).to(out.dtype))
        else:
            raise SystemExit(f"torch_baseline.py: loss {kind} is not built")
        for w, l1, l2 in regs:
            v = v + l1 * w.abs().sum() + l2 * (w * w).sum()
        return v
    return loss


def output_activation(spec, out):
    """What the final layer's activation makes of the logits build() returns."""
    if spec["loss"] in ("sparse_categorical_crossentropy", "categorical_crossentropy"):
        return F.softmax(out, 1)
    if spec["loss"] == "binary_crossentropy":
        return torch.sigmoid(out)
    return out


def bench(spec, xpath, ypath, steps, threads, warmup, max_seconds, infer_calls):
    """Times training steps on one batch and batch-1 inference, as kiln bench
    does for kiln: X.npy (B, H, W, C) or (B, F) float32, the model's input
    (already rescaled), Y.npy (B,) integer class ids.  Returns a dict; times
    in milliseconds, each step timed on its own (time.perf_counter)."""
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    X, Y = np.load(xpath).astype(np.float32), np.load(ypath).astype(np.int64)
    x = torch.from_numpy(X)
    x = x.permute(0, 3, 1, 2).contiguous() if x.dim() == 4 else x.reshape(len(x), -1)
    y = torch.from_numpy(Y.reshape(-1))
    layers = build(spec)
    opt, loss_of = optimizer(spec, layers), loss_function(spec, layers)

    def run(v):
        for layer in layers:
            v = layer(v)
        return v

    def step():
        loss = loss_of(run(x), x, y)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        return loss.item()

    layers.train()
    first = [step() for _ in range(warmup)][0] if warmup else None
    times, t_end = [], time.perf_counter() + max_seconds
    last = None
    while len(times) < steps and (len(times) < 5 or time.perf_counter() < t_end):
        t0 = time.perf_counter()
        last = step()
        times.append(1000 * (time.perf_counter() - t0))
    layers.eval()
    x1, infer = x[:1], []
    with torch.no_grad():
        for _ in range(10):
            output_activation(spec, run(x1))
        t_end = time.perf_counter() + max_seconds / 2
        while len(infer) < infer_calls and (len(infer) < 20 or time.perf_counter() < t_end):
            t0 = time.perf_counter()
            output_activation(spec, run(x1))
            infer.append(1000 * (time.perf_counter() - t0))
    return {"torch": torch.__version__, "threads": threads, "batch": len(x), "steps": len(times),
            "step_ms_median": float(np.median(times)), "step_ms_min": float(np.min(times)),
            "infer1_ms_median": float(np.median(infer)), "infer1_calls": len(infer),
            "loss_first": first, "loss_last": last,
            "openblas_threads": os.environ.get("OPENBLAS_NUM_THREADS")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("data", nargs="?", help="dataset directory (training mode)")
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-steps", type=int, default=0, help="stop each epoch after N steps (timing)")
    ap.add_argument("--bench", nargs=2, metavar=("X.npy", "Y.npy"),
                    help="time training steps on this batch and batch-1 inference; print JSON")
    ap.add_argument("--steps", type=int, default=50, help="--bench: timed training steps")
    ap.add_argument("--warmup", type=int, default=3, help="--bench: untimed steps first")
    ap.add_argument("--max-seconds", type=float, default=10.0,
                    help="--bench: stop timing steps after this long (at least 5 steps)")
    ap.add_argument("--infer-calls", type=int, default=1000, help="--bench: batch-1 inference calls")
    a = ap.parse_args()
    spec = json.load(open(a.model))
    if a.bench:
        print(json.dumps(bench(spec, a.bench[0], a.bench[1], a.steps, a.threads, a.warmup,
                               a.max_seconds, a.infer_calls)))
        return
    if not a.data:
        ap.error("DATA_DIR is required (or --bench X.npy Y.npy)")
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = np.random.default_rng(a.seed)
    fit = spec.get("fit", {})
    epochs, B = a.epochs or fit.get("epochs", 1), fit.get("batch_size", 32)
    if spec.get("target") == "input" or spec["loss"] not in ("sparse_categorical_crossentropy",
                                                             "categorical_crossentropy"):
        raise SystemExit("torch_baseline.py: training on a dataset is built for classifiers with "
                         "categorical cross-entropy only (--bench times every model)")
    layers = build(spec)
    regs = regularized(spec, layers)
    opt = optimizer(spec, layers)
    shape = spec["input"]["shape"]
    scale = np.float32(spec["input"].get("rescale", 1.0))

    def load(split):
        x, y = images(a.data, split)
        x = torch.from_numpy(x.astype(np.float32) * scale)
        x = x.permute(0, 3, 1, 2) if len(shape) == 3 else x.reshape(len(x), -1)
        return x, torch.from_numpy(y.astype(np.int64))

    (xtr, ytr), (xte, yte) = load("train"), load("test")

    def run(x):
        for layer in layers:
            x = layer(x)
        return x

    def loss_of(out, y):
        loss = F.cross_entropy(out, y)
        for w, l1, l2 in regs:
            loss = loss + l1 * w.abs().sum() + l2 * (w * w).sum()
        return loss

    for epoch in range(1, epochs + 1):
        layers.train()
        perm = torch.from_numpy(rng.permutation(len(xtr)))
        t0, steps, tl, tc, seen = time.time(), 0, 0.0, 0, 0
        for s in range(0, len(xtr), B):
            if a.max_steps and steps == a.max_steps:
                break
            i = perm[s:s + B]
            out = run(xtr[i])
            loss = loss_of(out, ytr[i])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            steps += 1
            seen += len(i)
            tl += loss.item() * len(i)
            tc += (out.argmax(1) == ytr[i]).sum().item()
        dt = time.time() - t0
        layers.eval()
        with torch.no_grad():
            vl = vc = 0.0
            for s in range(0, len(xte), 1000):
                out = run(xte[s:s + 1000])
                vl += loss_of(out, yte[s:s + 1000]).item() * len(out)
                vc += (out.argmax(1) == yte[s:s + 1000]).sum().item()
        print(f"epoch {epoch}: {dt:.1f}s {1000 * dt / steps:.1f}ms/step loss {tl / seen:.4f} "
              f"accuracy {tc / seen:.4f} test_loss {vl / len(xte):.4f} test_accuracy {vc / len(xte):.4f}",
              flush=True)


if __name__ == "__main__":
    main()

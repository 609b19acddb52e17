#!/usr/bin/python3
"""kiln against an independent framework: PyTorch (Debian's python3-torch),
in double precision, on the same weights and batch.

For models covering every layer kind without random masks (Conv2D with
'valid', 'same' and strided 'same' padding, MaxPooling2D, BatchNormalization
on images and on features, Dense with and without bias, Flatten, ReLU and
Activation layers, L2 regularization, sparse and one-hot cross-entropy):
    kiln grad  == the loss and every weight gradient of PyTorch's autograd
                  (training mode: batch statistics), in Keras's layouts;
    kiln predict == PyTorch's outputs in inference mode (moving statistics).
The PyTorch model is built from the same model file by
bench/torch_baseline.py, which follows Keras's conventions (NHWC flatten
order, Keras's split of 'same' padding); this test is what holds kiln and
that builder to one meaning of the model file.  Prints "N passed, N failed".
"""
import os
import sys
import tempfile

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import torch_baseline as tb  # noqa: E402
from kilntest import check, finish, run, st_read  # noqa: E402

# Every seed model without Dropout (whose masks no other framework draws alike).
MODELS = ["seed001_cnn_bn", "seed002_cnn", "seed003_cnn", "seed003_mlp_l2", "seed004_cifar_strided"]
TOL = 1e-3
def rel_err(a, b):
    return float(np.abs(a - b).max() / max(np.abs(b).max(), 1e-6))


def load_into_torch(layers, weights):
    """Copies Keras-layout weights into the PyTorch layers, layer by layer in
    order; returns {keras name: torch parameter} for the gradients."""
    names = []
    for k in weights:
        if not k.startswith("optimizer/") and k.split("/")[0] not in names:
            names.append(k.split("/")[0])
    params, it = {}, iter(names)
    for layer in layers:
        mod = getattr(layer, "conv", None) or getattr(layer, "lin", None) or getattr(layer, "bn", None)
        if mod is None:
            continue
        n = next(it)
        t = lambda key: torch.from_numpy(weights[f"{n}/{key}"].astype(np.float64))
        with torch.no_grad():
            if hasattr(layer, "conv"):
                mod.weight.copy_(t("kernel").permute(3, 2, 0, 1))  # HWIO -> OIHW
                params[f"{n}/kernel"] = (mod.weight, lambda g: g.permute(2, 3, 1, 0))
            elif hasattr(layer, "lin"):
                mod.weight.copy_(t("kernel").T)  # (in, out) -> (out, in)
                params[f"{n}/kernel"] = (mod.weight, lambda g: g.T)
            else:
                mod.weight.copy_(t("gamma"))
                mod.bias.copy_(t("beta"))
                mod.running_mean.copy_(t("moving_mean"))
                mod.running_var.copy_(t("moving_variance"))
                params[f"{n}/gamma"] = (mod.weight, lambda g: g)
                params[f"{n}/beta"] = (mod.bias, lambda g: g)
                continue
            if mod.bias is not None:
                mod.bias.copy_(t("bias"))
                params[f"{n}/bias"] = (mod.bias, lambda g: g)
    return params


def cifar_dir(tmp, rng):
    """data_batch_1..5.bin and test_batch.bin of 100 random records each:
    1 label byte, then the R, G and B planes of 32x32 (CIFAR-10's format)."""
    d = os.path.join(tmp, "cifar")
    if not os.path.isdir(d):
        os.makedirs(d)
        for f in [f"data_batch_{i}.bin" for i in range(1, 6)] + ["test_batch.bin"]:
            rec = np.concatenate([rng.integers(0, 10, size=(100, 1)), rng.integers(0, 256, size=(100, 3072))], 1)
            rec.astype(np.uint8).tofile(os.path.join(d, f))
    return d


def main():
    torch.set_default_dtype(torch.float64)
    tmp = tempfile.mkdtemp()
    rng = np.random.default_rng(11)
    for name in MODELS:
        model = f"models/{name}.json"
        spec = tb.json.load(open(model))
        shape = spec["input"]["shape"]
        w = os.path.join(tmp, f"{name}.safetensors")
        # Weights after a few real training steps (biases and BN statistics
        # away from their initial values): MNIST, or for the CIFAR models a
        # small random set in CIFAR-10's binary format written here.
        data = "mnist" if shape[-1] == 1 else cifar_dir(tmp, rng)
        check(run("train", model, "--data", data, "--epochs", "1", "--max-samples", "512", "--save", w).returncode == 0,
              f"{name}: kiln train failed")
        if not os.path.exists(w):
            continue
        weights, _ = st_read(w)
        X = rng.integers(0, 256, size=(8, *shape)).astype(np.float32)
        Y = rng.integers(0, 10, size=(8,)).astype(np.int32)
        np.save(os.path.join(tmp, "x.npy"), X)
        np.save(os.path.join(tmp, "y.npy"), Y)
        g_path = os.path.join(tmp, "g.safetensors")
        check(run("grad", model, "--weights", w, "--x", os.path.join(tmp, "x.npy"), "--y",
                  os.path.join(tmp, "y.npy"), "-o", g_path).returncode == 0, f"{name}: kiln grad failed")
        kg, _ = st_read(g_path)
        layers = tb.build(spec)
        layers.double()
        params = load_into_torch(layers, weights)
        x = torch.from_numpy(X.astype(np.float64))
        x = x.permute(0, 3, 1, 2) if len(shape) == 3 else x.reshape(len(x), -1)
        # inference first: a training-mode forward in PyTorch moves the BN
        # running statistics.  kiln predict vs PyTorch in eval mode.
        p_path = os.path.join(tmp, "p.npy")
        check(run("predict", model, "--weights", w, "--input", os.path.join(tmp, "x.npy"), "-o", p_path).returncode == 0,
              f"{name}: kiln predict failed")
        layers.eval()
        with torch.no_grad():
            out = x
            for layer in layers:
                out = layer(out)
            ref = F.softmax(out, 1).numpy()
        pe = rel_err(np.load(p_path).astype(np.float64), ref)
        check(pe <= TOL, f"{name}: predict rel err {pe:.2e}")
        layers.train()
        out = x
        for layer in layers:
            out = layer(out)
        loss = F.cross_entropy(out, torch.from_numpy(Y.astype(np.int64)))
        for layer, s in zip(layers, spec["layers"]):
            l1, l2 = tb.regularizer(s.get("kernel_regularizer"))
            mod = getattr(layer, "conv", None) or getattr(layer, "lin", None)
            if (l1 or l2) and mod is not None:
                loss = loss + l1 * mod.weight.abs().sum() + l2 * (mod.weight ** 2).sum()
        loss.backward()
        kl = float(np.asarray(kg["loss"]).reshape(-1)[0])
        check(abs(kl - loss.item()) <= TOL * max(abs(loss.item()), 1e-3),
              f"{name}: loss kiln {kl} vs torch {loss.item()}")
        worst = 0.0
        for key, (p, to_keras) in params.items():
            ref = to_keras(p.grad).detach().numpy()
            e = rel_err(kg[key].astype(np.float64), ref)
            worst = max(worst, e)
            check(e <= TOL, f"{name}: gradient {key}: rel err {e:.2e}")
        check(set(params) == set(k for k in kg if k != "loss"), f"{name}: gradient names differ: "
              f"{sorted(set(params) ^ set(k for k in kg if k != 'loss'))}")
        print(f"{name}: loss {kl:.6f} (torch {loss.item():.6f}), worst gradient rel err {worst:.2e}, "
              f"predict rel err {pe:.2e}")
    return finish()


if __name__ == "__main__":
    sys.exit(main())

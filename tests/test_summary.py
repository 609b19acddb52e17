#!/usr/bin/python3
"""`kiln summary` against the seeds' own Keras summaries, row by row.

Each model file in models/ must give, layer for layer, the class, output
shape and parameter count that Keras gives for the seed's model, and the
seed's totals.  Where the seed printed model.summary() (seeds 000 and 001)
the rows below are copied from that print; elsewhere they are what Keras
computes for the seed's layers, from the counts the seeds state (seed 003:
"(784 x 64 + 64) + (64 x 64 + 64) + (64 x 10 + 10) = 55050"; seed 004: 37 146
parameters for the strided and the max-pooling models, a Dense of 2048 x 10 +
10 = 20 490, 23 314 with the two extra layers) and Keras's rules (Conv2D
(kh*kw*c + 1)*f, Dense (in + 1)*units, BatchNormalization 4 per channel of
which 2 trainable).  Layer names are Keras's defaults for a fresh session
(seed 001's print numbers them from conv2d_6 because its notebook ran three
models before).  Also: the text table carries the same rows, and
`--json` is what the text says.  Prints "N passed, N failed".
"""
import json
import re
import sys

from kilntest import check, finish, run

N = None
SEEDS = {
    # seed 000: its model.summary() print
    "seed000_cnn": ([
        ("rescaling", "Rescaling", (N, 28, 28, 1), 0),
        ("conv2d", "Conv2D", (N, 26, 26, 28), 280),
        ("max_pooling2d", "MaxPooling2D", (N, 13, 13, 28), 0),
        ("batch_normalization", "BatchNormalization", (N, 13, 13, 28), 112),
        ("conv2d_1", "Conv2D", (N, 11, 11, 28), 7084),
        ("max_pooling2d_1", "MaxPooling2D", (N, 5, 5, 28), 0),
        ("batch_normalization_1", "BatchNormalization", (N, 5, 5, 28), 112),
        ("flatten", "Flatten", (N, 700), 0),
        ("dense", "Dense", (N, 128), 89728),
        ("dense_1", "Dense", (N, 128), 16512),
        ("dense_2", "Dense", (N, 128), 16512),
        ("dense_3", "Dense", (N, 10), 1290),
    ], (131630, 131518, 112), None),
    # seed 001: its model.summary() print (Keras 3: 104,288 in all with the
    # optimizer's 69,398 after training)
    "seed001_cnn_bn": ([
        ("conv2d", "Conv2D", (N, 28, 28, 32), 320),
        ("batch_normalization", "BatchNormalization", (N, 28, 28, 32), 128),
        ("re_lu", "ReLU", (N, 28, 28, 32), 0),
        ("max_pooling2d", "MaxPooling2D", (N, 14, 14, 32), 0),
        ("conv2d_1", "Conv2D", (N, 14, 14, 32), 9248),
        ("batch_normalization_1", "BatchNormalization", (N, 14, 14, 32), 128),
        ("re_lu_1", "ReLU", (N, 14, 14, 32), 0),
        ("max_pooling2d_1", "MaxPooling2D", (N, 7, 7, 32), 0),
        ("conv2d_2", "Conv2D", (N, 7, 7, 32), 9248),
        ("batch_normalization_2", "BatchNormalization", (N, 7, 7, 32), 128),
        ("re_lu_2", "ReLU", (N, 7, 7, 32), 0),
        ("flatten", "Flatten", (N, 1568), 0),
        ("dropout", "Dropout", (N, 1568), 0),
        ("dense", "Dense", (N, 10), 15690),
    ], (34890, 34698, 192), 69398),
    # seed 002: the model of its section 2.3
    "seed002_cnn": ([
        ("conv2d", "Conv2D", (N, 26, 26, 32), 320),
        ("max_pooling2d", "MaxPooling2D", (N, 13, 13, 32), 0),
        ("conv2d_1", "Conv2D", (N, 11, 11, 64), 18496),
        ("max_pooling2d_1", "MaxPooling2D", (N, 5, 5, 64), 0),
        ("conv2d_2", "Conv2D", (N, 3, 3, 64), 36928),
        ("flatten", "Flatten", (N, 576), 0),
        ("dense", "Dense", (N, 64), 36928),
        ("dense_1", "Dense", (N, 10), 650),
    ], (93322, 93322, 0), None),
    # seed 003, section 1.2.4: 55050
    "seed003_mlp": ([
        ("flatten", "Flatten", (N, 784), 0),
        ("dense", "Dense", (N, 64), 784 * 64 + 64),
        ("dense_1", "Dense", (N, 64), 64 * 64 + 64),
        ("dense_2", "Dense", (N, 10), 64 * 10 + 10),
    ], (55050, 55050, 0), None),
    "seed003_mlp_l2": ([
        ("flatten", "Flatten", (N, 784), 0),
        ("dense", "Dense", (N, 500), 784 * 500 + 500),
        ("dense_1", "Dense", (N, 300), 500 * 300 + 300),
        ("dense_2", "Dense", (N, 10), 300 * 10 + 10),
    ], (545810, 545810, 0), None),
    "seed003_cnn": ([
        ("conv2d", "Conv2D", (N, 26, 26, 32), 320),
        ("conv2d_1", "Conv2D", (N, 24, 24, 64), 18496),
        ("max_pooling2d", "MaxPooling2D", (N, 8, 8, 64), 0),
        ("dropout", "Dropout", (N, 8, 8, 64), 0),
        ("flatten", "Flatten", (N, 4096), 0),
        ("dense", "Dense", (N, 64), 4096 * 64 + 64),
        ("dense_1", "Dense", (N, 10), 650),
    ], (281674, 281674, 0), None),
    "seed003_denoising_ae": ([
        ("dense", "Dense", (N, 128), 784 * 128 + 128),
        ("dense_1", "Dense", (N, 96), 128 * 96 + 96),
        ("dense_2", "Dense", (N, 128), 96 * 128 + 128),
        ("dense_3", "Dense", (N, 784), 128 * 784 + 784),
    ], (226416, 226416, 0), None),
    # seed 004, sections 2.1-2.2: 37146 parameters, the Dense 20490
    "seed004_cifar_strided": ([
        ("conv2d", "Conv2D", (N, 32, 32, 16), 448),
        ("conv2d_1", "Conv2D", (N, 16, 16, 16), 2320),
        ("conv2d_2", "Conv2D", (N, 16, 16, 32), 4640),
        ("conv2d_3", "Conv2D", (N, 8, 8, 32), 9248),
        ("dropout", "Dropout", (N, 8, 8, 32), 0),
        ("flatten", "Flatten", (N, 2048), 0),
        ("dense", "Dense", (N, 10), 20490),
    ], (37146, 37146, 0), None),
    # seed 004, section 2.6: "This MaxPooling2D model has 37146 parameters"
    "seed004_cifar_maxpool": ([
        ("conv2d", "Conv2D", (N, 32, 32, 16), 448),
        ("conv2d_1", "Conv2D", (N, 32, 32, 16), 2320),
        ("max_pooling2d", "MaxPooling2D", (N, 16, 16, 16), 0),
        ("conv2d_2", "Conv2D", (N, 16, 16, 32), 4640),
        ("conv2d_3", "Conv2D", (N, 16, 16, 32), 9248),
        ("max_pooling2d_1", "MaxPooling2D", (N, 8, 8, 32), 0),
        ("dropout", "Dropout", (N, 8, 8, 32), 0),
        ("flatten", "Flatten", (N, 2048), 0),
        ("dense", "Dense", (N, 10), 20490),
    ], (37146, 37146, 0), None),
    # seed 004, section 2.7: "a total of 23314 trainable parameters"
    "seed004_cifar_strided_extra": ([
        ("conv2d", "Conv2D", (N, 32, 32, 8), 224),
        ("conv2d_1", "Conv2D", (N, 16, 16, 8), 584),
        ("conv2d_2", "Conv2D", (N, 16, 16, 16), 1168),
        ("conv2d_3", "Conv2D", (N, 8, 8, 16), 2320),
        ("conv2d_4", "Conv2D", (N, 8, 8, 32), 4640),
        ("conv2d_5", "Conv2D", (N, 4, 4, 32), 9248),
        ("dropout", "Dropout", (N, 4, 4, 32), 0),
        ("flatten", "Flatten", (N, 512), 0),
        ("dense", "Dense", (N, 10), 5130),
    ], (23314, 23314, 0), None),
    "seed004_cifar_maxpool3": ([
        ("conv2d", "Conv2D", (N, 32, 32, 16), 448),
        ("conv2d_1", "Conv2D", (N, 32, 32, 16), 2320),
        ("max_pooling2d", "MaxPooling2D", (N, 16, 16, 16), 0),
        ("conv2d_2", "Conv2D", (N, 16, 16, 32), 4640),
        ("conv2d_3", "Conv2D", (N, 16, 16, 32), 9248),
        ("max_pooling2d_1", "MaxPooling2D", (N, 8, 8, 32), 0),
        ("conv2d_4", "Conv2D", (N, 8, 8, 64), 18496),
        ("conv2d_5", "Conv2D", (N, 8, 8, 64), 36928),
        ("max_pooling2d_2", "MaxPooling2D", (N, 4, 4, 64), 0),
        ("dropout", "Dropout", (N, 4, 4, 64), 0),
        ("flatten", "Flatten", (N, 1024), 0),
        ("dense", "Dense", (N, 10), 10250),
    ], (82330, 82330, 0), None),
    "seed004_cifar_maxpool4": ([
        ("conv2d", "Conv2D", (N, 32, 32, 16), 448),
        ("conv2d_1", "Conv2D", (N, 32, 32, 16), 2320),
        ("max_pooling2d", "MaxPooling2D", (N, 16, 16, 16), 0),
        ("conv2d_2", "Conv2D", (N, 16, 16, 32), 4640),
        ("conv2d_3", "Conv2D", (N, 16, 16, 32), 9248),
        ("max_pooling2d_1", "MaxPooling2D", (N, 8, 8, 32), 0),
        ("conv2d_4", "Conv2D", (N, 8, 8, 64), 18496),
        ("conv2d_5", "Conv2D", (N, 8, 8, 64), 36928),
        ("max_pooling2d_2", "MaxPooling2D", (N, 4, 4, 64), 0),
        ("conv2d_6", "Conv2D", (N, 4, 4, 128), 73856),
        ("conv2d_7", "Conv2D", (N, 4, 4, 128), 147584),
        ("max_pooling2d_3", "MaxPooling2D", (N, 2, 2, 128), 0),
        ("dropout", "Dropout", (N, 2, 2, 128), 0),
        ("flatten", "Flatten", (N, 512), 0),
        ("dense", "Dense", (N, 10), 5130),
    ], (298650, 298650, 0), None),
}


def shape_text(shape):
    inner = ", ".join("None" if d is None else str(d) for d in shape)
    return f"({inner},)" if len(shape) == 1 else f"({inner})"


def main():
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(here, "..", "models")) if f.endswith(".json"))
    check(files == sorted(SEEDS), f"models/ holds {files}, the seeds' models are {sorted(SEEDS)}")
    for name, (rows, (total, trainable, non_trainable), opt) in SEEDS.items():
        r = run("summary", f"models/{name}.json", "--json")
        check(r.returncode == 0, f"{name}: kiln summary --json failed")
        if r.returncode:
            continue
        got = json.loads(r.stdout)
        layers = [(l["name"], l["class"], tuple(l["output_shape"]), l["params"]) for l in got["layers"]]
        check(len(layers) == len(rows), f"{name}: {len(layers)} layers, the seed has {len(rows)}")
        for want, have in zip(rows, layers):
            check(want == have, f"{name}: row {have}, the seed's is {want}")
        check(sum(l["params"] for l in got["layers"]) == total, f"{name}: rows do not add up to {total}")
        check((got["total_params"], got["trainable_params"], got["non_trainable_params"]) ==
              (total, trainable, non_trainable),
              f"{name}: totals {got['total_params']}, {got['trainable_params']}, "
              f"{got['non_trainable_params']}; the seed's {total}, {trainable}, {non_trainable}")
        if opt is not None:
            check(got["optimizer_params"] == opt,
                  f"{name}: {got['optimizer_params']} optimizer params, Keras 3 counts {opt}")
        # The text table: Keras's three columns, a row per layer (names may wrap).
        t = run("summary", f"models/{name}.json")
        text = t.stdout
        for (lname, cls, shape, n) in rows:
            pat = re.escape(f" {lname} ({cls}"[:28]) + r".*?" + re.escape(shape_text(shape)) + r" +" + str(n) + r" *$"
            check(re.search(pat, text, re.M) is not None, f"{name}: text table lacks the row of {lname}")
        check(f"Total params: {total:,}" in text and f"Trainable params: {trainable:,}" in text and
              f"Non-trainable params: {non_trainable:,}" in text, f"{name}: text totals differ")
    return finish()


if __name__ == "__main__":
    sys.exit(main())

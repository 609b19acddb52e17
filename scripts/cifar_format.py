#!/usr/bin/env python3
"""Writes an IDX image dataset (MNIST, Fashion-MNIST) as CIFAR-10 binary files.

    python3 scripts/cifar_format.py SRC_DIR DST_DIR

No source of CIFAR-10 is reachable from the machines kiln is built on, so the
seed-004 experiments (models/seed004_*.json, 32x32x3 inputs) run on data in
CIFAR-10's format made from a dataset that is: each 28x28 grey image is
padded with 2 black pixels on every side to 32x32 and its plane repeated as
R, G and B.  Records are CIFAR-10's: 1 label byte, then 1024 bytes of red,
1024 of green, 1024 of blue, row-major; data_batch_1..5.bin hold the first
50 000 training images (10 000 each), test_batch.bin the 10 000 test images.

SRC_DIR holds train-images-idx3-ubyte, train-labels-idx1-ubyte,
t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte, raw or .gz (for example
/usr/share/datasets/fashion-mnist from Debian's dataset-fashion-mnist).
"""
import gzip
import os
import struct
import sys


def read_idx(src, stem):
    for name in (stem, stem + ".gz"):
        path = os.path.join(src, name)
        if os.path.exists(path):
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as f:
                data = f.read()
            magic, n = struct.unpack(">II", data[:8])
            if magic == 0x803:
                rows, cols = struct.unpack(">II", data[8:16])
                return n, rows, cols, data[16:]
            if magic == 0x801:
                return n, 0, 0, data[8:]
            sys.exit(f"{path}: not an IDX image or label file (magic {magic:#x})")
    sys.exit(f"{src}: no {stem} or {stem}.gz")


def records(images, labels, first, count):
    n, rows, cols, pix = images
    _, _, _, lab = labels
    if (rows, cols) != (28, 28):
        sys.exit(f"images are {rows}x{cols}, expected 28x28")
    out = bytearray()
    for i in range(first, first + count):
        img = pix[i * 784:(i + 1) * 784]
        plane = bytearray(1024)
        for r in range(28):
            plane[(r + 2) * 32 + 2:(r + 2) * 32 + 30] = img[r * 28:(r + 1) * 28]
        out.append(lab[i])
        out += plane * 3
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, dst = sys.argv[1], sys.argv[2]
    os.makedirs(dst, exist_ok=True)
    tr = read_idx(src, "train-images-idx3-ubyte"), read_idx(src, "train-labels-idx1-ubyte")
    te = read_idx(src, "t10k-images-idx3-ubyte"), read_idx(src, "t10k-labels-idx1-ubyte")
    if tr[0][0] < 50000 or te[0][0] < 10000:
        sys.exit("need 50 000 training and 10 000 test images")
    for b in range(5):
        with open(os.path.join(dst, f"data_batch_{b + 1}.bin"), "wb") as f:
            f.write(records(tr[0], tr[1], b * 10000, 10000))
    with open(os.path.join(dst, "test_batch.bin"), "wb") as f:
        f.write(records(te[0], te[1], 0, 10000))
    print(f"{dst}: data_batch_1..5.bin (50000 images), test_batch.bin (10000), 32x32x3")


if __name__ == "__main__":
    main()

"""Shared helpers of the Python tests: pass/fail bookkeeping with the
"N passed, N failed" closing line, running the kiln binary ($KILN_BIN), and
safetensors files read and written with NumPy (the format: an 8-byte
little-endian header length, a JSON header, then the raw data)."""
import json
import os
import struct
import subprocess

import numpy as np

KILN = os.environ["KILN_BIN"]
_passed = _failed = 0


def check(ok, msg):
    """Counts one check; prints msg when it failed."""
    global _passed, _failed
    if ok:
        _passed += 1
    else:
        _failed += 1
        print("FAIL:", msg)


def finish():
    """Prints the closing line; the exit status: 0 when all passed (and some did)."""
    print(f"{_passed} passed, {_failed} failed")
    return 0 if _failed == 0 and _passed > 0 else 1


def run(*args):
    """Runs kiln with args; prints its output when it fails; returns the CompletedProcess."""
    r = subprocess.run([KILN, *args], capture_output=True, text=True)
    if r.returncode:
        print(r.stdout, r.stderr)
    return r


def st_read(path):
    """A safetensors file as ({name: float32 array}, metadata dict)."""
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        b, e = info["data_offsets"]
        assert info["dtype"] == "F32", info
        out[name] = np.frombuffer(data[b:e], dtype="<f4").reshape(info["shape"]).copy()
    return out, header.get("__metadata__", {})


def st_write(path, tensors, meta):
    """Writes {name: array} as float32 safetensors with the given metadata."""
    header, blobs, off = {}, [], 0
    for name, a in tensors.items():
        raw = np.ascontiguousarray(a, dtype="<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(a.shape), "data_offsets": [off, off + len(raw)]}
        blobs.append(raw)
        off += len(raw)
    header["__metadata__"] = meta
    h = json.dumps(header).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))

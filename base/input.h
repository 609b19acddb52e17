/* input.h — opening the files kiln reads, boundedly (docs/architecture.md §6).
 *
 * Every reader of a user's file (model files, .npy, safetensors, IDX, CIFAR-10)
 * opens it here: only a regular file is read — a FIFO, a device such as
 * /dev/zero or a directory is refused at once, without blocking — and only
 * up to a size cap the caller gives, so no input can make kiln wait forever
 * or allocate without bound.  Errors are reported through diag.h as
 * "PATH: cannot open: REASON" / "PATH: not a regular file (a FIFO)" /
 * "PATH: N bytes, more than the LIMIT-byte limit for WHAT" (the user's
 * input: the CLI exits 2).
 */
#ifndef KILN_INPUT_H
#define KILN_INPUT_H

#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Opens `path` for reading as a stdio stream; *size gets its size in bytes.
 * `what` names the kind of file in messages ("model file"); `max_bytes`
 * caps the size (0: no cap).  NULL after reporting. */
FILE *kiln_input_open(const char *path, const char *what, int64_t max_bytes, int64_t *size);

/* The whole file, NUL-terminated (the NUL is not counted in *len); malloc'd.
 * NULL after reporting. */
char *kiln_input_slurp(const char *path, const char *what, int64_t max_bytes, int64_t *len);

#ifdef __cplusplus
}
#endif

#endif /* KILN_INPUT_H */

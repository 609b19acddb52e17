/* formats.h — NumPy .npy and safetensors, read and written.
 *
 * Writers go through base/output.h: a regular file is replaced atomically
 * (a crash never leaves a half-written file), a device or FIFO is written in
 * place, "-" is standard output. Readers report user errors via diag.h naming
 * the file and the problem, and return -1.
 */
#ifndef KILN_FORMATS_H
#define KILN_FORMATS_H

#include <stddef.h>
#include <stdint.h>

typedef enum { KILN_F32 = 0, KILN_I32 = 1, KILN_I64 = 2, KILN_U8 = 3, KILN_F64 = 4 } kiln_dtype;

/* An n-dimensional array in host memory, C order. */
typedef struct {
    kiln_dtype dtype;
    int rank;
    int64_t dims[8];
    void *data;    /* malloc'd; kiln_array_free releases it */
} kiln_array;

int64_t kiln_array_count(const kiln_array *a);
void kiln_array_free(kiln_array *a);

/* .npy version 1.0/2.0, little-endian '<f4' '<i4' '<i8' '|u1' '<f8', C order
 * only (fortran_order True is an error). */
int kiln_npy_read(const char *path, kiln_array *out);
int kiln_npy_write(const char *path, const kiln_array *a);

/* safetensors: 8-byte little-endian header length, JSON header
 * {"name": {"dtype": "F32", "shape": [...], "data_offsets": [b, e]}, ...,
 *  "__metadata__": {string: string}}, then the data. */
typedef struct {
    const char *name;
    kiln_array array;   /* data not owned when writing */
} kiln_named_array;

/* Writes tensors (in the given order) and optional metadata pairs
 * (meta[2*i] key, meta[2*i+1] value; n_meta pairs). */
int kiln_safetensors_write(const char *path, const kiln_named_array *t, int n,
                           const char *const *meta, int n_meta);

/* Reads the whole file. *out is a malloc'd array of n entries whose names and
 * data are owned by it; free with kiln_safetensors_free. Metadata values can
 * be looked up with kiln_safetensors_meta (NULL when absent). */
typedef struct {
    kiln_named_array *t;
    int n;
    char **meta;   /* 2*n_meta strings */
    int n_meta;
} kiln_safetensors;
int kiln_safetensors_read(const char *path, kiln_safetensors *out);
const kiln_named_array *kiln_safetensors_find(const kiln_safetensors *s, const char *name);
const char *kiln_safetensors_meta(const kiln_safetensors *s, const char *key);
void kiln_safetensors_free(kiln_safetensors *s);

#endif

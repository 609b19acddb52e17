/* kiln_limits.h — the sizes kiln compiles, and why (docs/architecture.md §3).
 *
 * A model that passes these limits compiles, allocates and runs: every size
 * the compiler, the emitted C and the runtime compute fits the integer type
 * it is computed in (the emitters print per-sample offsets as C `int`, ×16
 * for channel blocking), the generated code keeps its per-channel work arrays
 * small enough for an OpenMP worker's stack (at most 2^18 floats, 1 MiB:
 * the generic kernels keep a Dense layer's input features, or a layer's
 * channels, in arrays on the stack; 4 million features crashed), and the
 * slabs fit a workstation.
 * parse.c checks the numbers a model file gives (layer count, dims, batch);
 * infer_shapes.c checks every tensor the graph holds, with a message at the
 * layer that made it, naming the size and the limit; compile.c checks the
 * planned arena and the generated C before anything is allocated or JIT'd.
 */
#ifndef KILN_LIMITS_H
#define KILN_LIMITS_H

#include <stdint.h>

#define KILN_MAX_MODEL_FILE_BYTES (16ll << 20) /* a model file: 16 MiB of JSON */
#define KILN_MAX_KERAS_FILE_BYTES (2ll << 30)  /* a .keras/.h5 file or weights shard, weights included */
#define KILN_MAX_LAYERS 1024                   /* layers in a model */
#define KILN_MAX_BATCH (1 << 20)               /* the compiled batch size */
#define KILN_MAX_DIM 65536                     /* input H, W, C; filters; units; windows */
#define KILN_MAX_DENSE_INPUTS (1 << 18)        /* input features of a Dense layer */
#define KILN_MAX_SAMPLE_ELEMENTS (1ll << 26)   /* elements of one sample of any tensor */
#define KILN_MAX_TENSOR_ELEMENTS (1ll << 31)   /* elements of any tensor, whole batch */
#define KILN_MAX_PARAMS (1ll << 28)            /* trainable parameters (4 slabs of 1 GiB) */
#define KILN_MAX_ARENA_BYTES (16ll << 30)      /* the planned activation arena */
#define KILN_MAX_SOURCE_BYTES (64ll << 20)     /* the generated C translation unit */

#endif /* KILN_LIMITS_H */

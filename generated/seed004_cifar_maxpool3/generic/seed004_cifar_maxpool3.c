/* seed004_cifar_maxpool3.c — emitted by kiln from models/seed004_cifar_maxpool3.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA generic. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 82336, state 0, arena 9175040.
 * Entry points: kiln_train_step, kiln_eval_step, kiln_predict; descriptor kiln_module. */

#include <math.h>
#include <stdint.h>
#include <string.h>

/* ---- kiln_abi.h, verbatim ---- */
/* kiln_abi.h — the contract between the kiln runtime and an emitted module.
 *
 * Every module that `kiln compile` emits carries a verbatim copy of this file
 * (the build embeds it in the compiler), so a generated .c file compiles on its
 * own with no include path.  Bump KILN_ABI_VERSION on any change.
 *
 * Slabs (all float32, 64-byte aligned, sizes in elements from the descriptor):
 *   params  n_params   trainable parameters, one after another, Keras layouts
 *   grads   n_params   d<param>, same offsets as params
 *   opt_m   n_params   Adam first moment m_<param> / SGD momentum velocity
 *   opt_v   n_params   Adam second moment v_<param>
 *   state   n_state    non-trainable weights (BatchNormalization moving stats)
 *   arena   n_arena    activations; a static plan reuses it within a step.  Its
 *                      top holds the inference entries' weight copies (weights
 *                      pre-blocked for their kernels), kept between calls
 *
 * Held weights: eval_step and predict copy parameters into their kernels'
 * layouts first.  A caller that calls them many times on unchanged weights
 * (a validation pass, a predict loop, a server) sets weights_version to a
 * nonzero number it changes whenever params or state change, and
 * weights_cached to a word of its own (zero at first): a call that finds
 * *weights_cached == weights_version skips the copies, and every call sets
 * *weights_cached = weights_version.  weights_version 0 (the default) copies
 * on every call.  train_step ignores both.
 */
#ifndef KILN_ABI_H
#define KILN_ABI_H

#include <stdint.h>

#define KILN_ABI_VERSION 3

/* Tensor roles in the descriptor. */
enum kiln_role {
    KILN_ROLE_INPUT = 0,  /* the batch input x, NHWC float32 */
    KILN_ROLE_LABEL = 1,  /* targets: int32 class ids or float32 dense targets */
    KILN_ROLE_PARAM = 2,  /* trainable weight, in the params slab */
    KILN_ROLE_GRAD = 3,   /* gradient of a weight, in the grads slab */
    KILN_ROLE_STATE = 4,  /* non-trainable weight, in the state slab */
    KILN_ROLE_OPT_M = 5,  /* optimizer first moment, in opt_m */
    KILN_ROLE_OPT_V = 6,  /* optimizer second moment, in opt_v */
    KILN_ROLE_ACT = 7,    /* activation or saved value, in the arena */
    KILN_ROLE_OUTPUT = 8  /* predict's model output, made in place in kiln_step.out (its
                             offset is 0: it has no slab) */
};

/* Initializers (Keras defaults). fan_in/fan_out in kiln_tensor_desc. */
enum kiln_init {
    KILN_INIT_NONE = 0,
    KILN_INIT_ZEROS = 1,
    KILN_INIT_ONES = 2,
    KILN_INIT_GLOROT_UNIFORM = 3 /* U(-l, l), l = sqrt(6 / (fan_in + fan_out)) */
};

/* Label kinds: what the runtime must put in kiln_step.y / y_index. */
enum kiln_label {
    KILN_LABEL_SPARSE = 0,  /* y_index: (nb) int32 class ids */
    KILN_LABEL_ONEHOT = 1,  /* y: (nb, classes) float32 one-hot */
    KILN_LABEL_DENSE = 2,   /* y: (nb, outputs) float32 targets */
    KILN_LABEL_INPUT = 3    /* y: (nb, H, W, C) float32, the clean input */
};

typedef struct kiln_tensor_desc {
    const char *name;    /* Keras name: "conv2d/kernel", "dconv2d/kernel", "conv2d_out" */
    int role;            /* enum kiln_role */
    int rank;            /* 1..4 */
    int dims[4];         /* Keras layout; for batched tensors dims[0] is the batch */
    const char *layout;  /* "HWIO", "IO", "O", "C", "NHWC", "NC", "N" */
    int64_t offset;      /* element offset in the tensor's slab */
    int64_t size;        /* elements; 0 for an intermediate a fused kernel never stores */
    int init;            /* enum kiln_init */
    int fan_in, fan_out; /* for glorot_uniform */
} kiln_tensor_desc;

typedef struct kiln_kernel_desc {
    const char *name;      /* k07_conv2d_fwd_n128_h26w26c32, also the C symbol */
    const char *signature; /* the kernel's C prototype */
    double flops;          /* per full batch */
    double bytes;          /* tensor bytes read + written, per full batch */
    int entries;           /* entry points that run it: 1 train_step, 2 eval_step, 4 predict */
} kiln_kernel_desc;

typedef struct kiln_module_desc {
    int abi_version;       /* KILN_ABI_VERSION */
    const char *model;     /* model name from the JSON */
    int batch;             /* compiled batch size (kiln_step.nb <= batch) */
    int in_rank;           /* per-sample input rank */
    int in_dims[3];        /* per-sample input shape, e.g. 28 28 1 */
    float in_scale;        /* the model file's input.rescale: uint8 data (datasets, uint8
                              .npy) enter the model as value * in_scale; 1 without one.
                              float32 inputs are taken as the model's input as they are */
    int out_size;          /* per-sample output elements (predict) */
    int label_kind;        /* enum kiln_label */
    int label_size;        /* per-sample label elements (1 for sparse) */
    int has_accuracy;      /* metric is accuracy (else only loss) */
    int64_t n_params, n_state, n_arena;
    int n_tensors;
    const kiln_tensor_desc *tensors;
    int n_kernels;
    const kiln_kernel_desc *kernels;
    const char *isa;       /* "generic", "avx2", "avx512" */
} kiln_module_desc;

/* Arguments of one entry-point call. The runtime fills the inputs; the
 * module writes loss, metric and (predict) out. */
typedef struct kiln_step {
    float *params, *grads, *opt_m, *opt_v, *state, *arena; /* slabs, see above */
    const float *x;          /* (nb, H, W, C) input, float32: uint8 data * in_scale, or as given */
    const int32_t *y_index;  /* (nb) class ids, for KILN_LABEL_SPARSE */
    const float *y;          /* (nb, label_size), other label kinds */
    float *out;              /* predict: (nb, out_size) model outputs */
    int nb;                  /* valid samples in this batch, 1..batch */
    int training;            /* reserved, 1 in train_step */
    int64_t step;            /* optimizer step t (1-based) of this update */
    float learning_rate;     /* current learning rate */
    uint64_t seed;           /* dropout stream; mixed with step per call */
    double loss;             /* out: mean loss over nb samples, + regularization */
    double metric;           /* out: sum over samples of accuracy (0..nb) */
    uint64_t weights_version; /* held weights (above): nonzero while params/state are unchanged */
    uint64_t *weights_cached; /* in/out: the version the arena's weight copies hold, or NULL */
} kiln_step;

typedef void (*kiln_entry_fn)(kiln_step *s);

/* Uniform [0, 1) from a counter-based hash (splitmix64's finalizer, Steele et
 * al., "Fast splittable pseudorandom number generators", 2014): the dropout
 * mask of element i of dropout layer `salt` at optimizer step `step`. Pure, so
 * the emitted kernels, the reference interpreter and any thread count agree. */
__attribute__((unused)) static inline float kiln_uniform(uint64_t seed, int64_t step, uint32_t salt, int64_t i)
{
    uint64_t z = seed ^ ((uint64_t)step * 0x9E3779B97F4A7C15ull)
               ^ ((uint64_t)salt << 48) ^ ((uint64_t)i * 0xD1B54A32D192ED03ull);
    z ^= z >> 30; z *= 0xBF58476D1CE4E5B9ull;
    z ^= z >> 27; z *= 0x94D049BB133111EBull;
    z ^= z >> 31;
    return (float)(z >> 40) * 0x1p-24f;
}

/* Symbols every module exports. */
#define KILN_SYM_DESC "kiln_module"
#define KILN_SYM_TRAIN "kiln_train_step"
#define KILN_SYM_EVAL "kiln_eval_step"
#define KILN_SYM_PREDICT "kiln_predict"

#endif /* KILN_ABI_H */

/* ---- denormals ---- */

/* While a step runs, every thread of its parallel region flushes denormal
 * floats to zero (MXCSR's FTZ and DAZ bits), as TensorFlow's CPU kernels do:
 * an Adam moment decaying where the gradient is 0, or a vanishing gradient,
 * reaches 1e-38 within a few hundred steps, and each operation on a denormal
 * costs a microcode assist (tens to hundreds of cycles).  The caller's MXCSR
 * is restored before the entry point returns. */
#if defined(__x86_64__) || defined(__i386__)
static inline unsigned kiln_flush_denormals(void)
{
    const unsigned csr = __builtin_ia32_stmxcsr();
    __builtin_ia32_ldmxcsr(csr | 0x8040u);  /* FTZ (bit 15) | DAZ (bit 6) */
    return csr;
}
static inline void kiln_restore_mxcsr(unsigned csr) { __builtin_ia32_ldmxcsr(csr); }
#else
static inline unsigned kiln_flush_denormals(void) { return 0; }
static inline void kiln_restore_mxcsr(unsigned csr) { (void)csr; }
#endif

/* ---- kernels ---- */

/* k00_conv2d_fwd_n128_h32w32c16 — conv_fwd kernel
 *   node n0 "conv2d" (conv2d), from $.layers[0]
 *   in  x                          (128, 32, 32, 3) NHWC
 *   in  conv2d/kernel              (3, 3, 3, 16) HWIO
 *   in  conv2d/bias                (16) C
 *   out conv2d_pre                 (128, 32, 32, 16) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k00_conv2d_fwd_n128_h32w32c16(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 32; i++) {
            for (int j = 0; j < 32; j++) {
                float *yp = conv2d_pre + (((long)n * 32 + i) * 32 + j) * 16;  /* the sums, in place */
                for (int f = 0; f < 16; f++) yp[f] = conv2d_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 32) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 32) continue;
                        const float *xp = x + (((long)n * 32 + h) * 32 + v) * 3;
                        const float *wp = conv2d_kernel + (p * 3 + q) * 48;
                        for (int c = 0; c < 3; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 16; f++) yp[f] += xv * wp[c * 16 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k01_relu_n128_h32w32c16 — eltwise kernel
 *   node n1 "conv2d.relu" (relu), from $.layers[0]
 *   in  conv2d_pre                 (128, 32, 32, 16) NHWC
 *   out conv2d_out                 (128, 32, 32, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k01_relu_n128_h32w32c16(const float *restrict conv2d_pre, float *restrict conv2d_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 16384; e < (long)(n + 1) * 16384; e++) {
            conv2d_out[e] = conv2d_pre[e] > 0.0f ? conv2d_pre[e] : (conv2d_pre[e] != conv2d_pre[e] ? conv2d_pre[e] : 0.0f);
        }
    }
}

/* k02_conv2d_fwd_n128_h32w32c16 — conv_fwd kernel
 *   node n2 "conv2d_1" (conv2d), from $.layers[1]
 *   in  conv2d_out                 (128, 32, 32, 16) NHWC
 *   in  conv2d_1/kernel            (3, 3, 16, 16) HWIO
 *   in  conv2d_1/bias              (16) C
 *   out conv2d_1_pre               (128, 32, 32, 16) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k02_conv2d_fwd_n128_h32w32c16(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 32; i++) {
            for (int j = 0; j < 32; j++) {
                float *yp = conv2d_1_pre + (((long)n * 32 + i) * 32 + j) * 16;  /* the sums, in place */
                for (int f = 0; f < 16; f++) yp[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 32) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 32) continue;
                        const float *xp = conv2d_out + (((long)n * 32 + h) * 32 + v) * 16;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 256;
                        for (int c = 0; c < 16; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 16; f++) yp[f] += xv * wp[c * 16 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k03_relu_n128_h32w32c16 — eltwise kernel
 *   node n3 "conv2d_1.relu" (relu), from $.layers[1]
 *   in  conv2d_1_pre               (128, 32, 32, 16) NHWC
 *   out conv2d_1_out               (128, 32, 32, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k03_relu_n128_h32w32c16(const float *restrict conv2d_1_pre, float *restrict conv2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 16384; e < (long)(n + 1) * 16384; e++) {
            conv2d_1_out[e] = conv2d_1_pre[e] > 0.0f ? conv2d_1_pre[e] : (conv2d_1_pre[e] != conv2d_1_pre[e] ? conv2d_1_pre[e] : 0.0f);
        }
    }
}

/* k04_maxpool_fwd_n128_h16w16c16 — pool kernel
 *   node n4 "max_pooling2d" (maxpool), from $.layers[2]
 *   in  conv2d_1_out               (128, 32, 32, 16) NHWC
 *   out max_pooling2d_out          (128, 16, 16, 16) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k04_maxpool_fwd_n128_h16w16c16(const float *restrict conv2d_1_out, float *restrict max_pooling2d_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float *yp = max_pooling2d_out + (((long)n * 16 + i) * 16 + j) * 16;  /* the maxima, in place */
                for (int c = 0; c < 16; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 32) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 32) continue;
                        const float *xp = conv2d_1_out + (((long)n * 32 + h) * 32 + v) * 16;
                        /* NaN-propagating max */
                        for (int c = 0; c < 16; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k05_conv2d_fwd_n128_h16w16c32 — conv_fwd kernel
 *   node n5 "conv2d_2" (conv2d), from $.layers[3]
 *   in  max_pooling2d_out          (128, 16, 16, 16) NHWC
 *   in  conv2d_2/kernel            (3, 3, 16, 32) HWIO
 *   in  conv2d_2/bias              (32) C
 *   out conv2d_2_pre               (128, 16, 16, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k05_conv2d_fwd_n128_h16w16c32(const float *restrict max_pooling2d_out, const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, float *restrict conv2d_2_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float *yp = conv2d_2_pre + (((long)n * 16 + i) * 16 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_2_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 16) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 16) continue;
                        const float *xp = max_pooling2d_out + (((long)n * 16 + h) * 16 + v) * 16;
                        const float *wp = conv2d_2_kernel + (p * 3 + q) * 512;
                        for (int c = 0; c < 16; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 32; f++) yp[f] += xv * wp[c * 32 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k06_relu_n128_h16w16c32 — eltwise kernel
 *   node n6 "conv2d_2.relu" (relu), from $.layers[3]
 *   in  conv2d_2_pre               (128, 16, 16, 32) NHWC
 *   out conv2d_2_out               (128, 16, 16, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k06_relu_n128_h16w16c32(const float *restrict conv2d_2_pre, float *restrict conv2d_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 8192; e < (long)(n + 1) * 8192; e++) {
            conv2d_2_out[e] = conv2d_2_pre[e] > 0.0f ? conv2d_2_pre[e] : (conv2d_2_pre[e] != conv2d_2_pre[e] ? conv2d_2_pre[e] : 0.0f);
        }
    }
}

/* k07_conv2d_fwd_n128_h16w16c32 — conv_fwd kernel
 *   node n7 "conv2d_3" (conv2d), from $.layers[4]
 *   in  conv2d_2_out               (128, 16, 16, 32) NHWC
 *   in  conv2d_3/kernel            (3, 3, 32, 32) HWIO
 *   in  conv2d_3/bias              (32) C
 *   out conv2d_3_pre               (128, 16, 16, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k07_conv2d_fwd_n128_h16w16c32(const float *restrict conv2d_2_out, const float *restrict conv2d_3_kernel, const float *restrict conv2d_3_bias, float *restrict conv2d_3_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float *yp = conv2d_3_pre + (((long)n * 16 + i) * 16 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_3_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 16) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 16) continue;
                        const float *xp = conv2d_2_out + (((long)n * 16 + h) * 16 + v) * 32;
                        const float *wp = conv2d_3_kernel + (p * 3 + q) * 1024;
                        for (int c = 0; c < 32; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 32; f++) yp[f] += xv * wp[c * 32 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k08_relu_n128_h16w16c32 — eltwise kernel
 *   node n8 "conv2d_3.relu" (relu), from $.layers[4]
 *   in  conv2d_3_pre               (128, 16, 16, 32) NHWC
 *   out conv2d_3_out               (128, 16, 16, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k08_relu_n128_h16w16c32(const float *restrict conv2d_3_pre, float *restrict conv2d_3_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 8192; e < (long)(n + 1) * 8192; e++) {
            conv2d_3_out[e] = conv2d_3_pre[e] > 0.0f ? conv2d_3_pre[e] : (conv2d_3_pre[e] != conv2d_3_pre[e] ? conv2d_3_pre[e] : 0.0f);
        }
    }
}

/* k09_maxpool_fwd_n128_h8w8c32 — pool kernel
 *   node n9 "max_pooling2d_1" (maxpool), from $.layers[5]
 *   in  conv2d_3_out               (128, 16, 16, 32) NHWC
 *   out max_pooling2d_1_out        (128, 8, 8, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k09_maxpool_fwd_n128_h8w8c32(const float *restrict conv2d_3_out, float *restrict max_pooling2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                float *yp = max_pooling2d_1_out + (((long)n * 8 + i) * 8 + j) * 32;  /* the maxima, in place */
                for (int c = 0; c < 32; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 16) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 16) continue;
                        const float *xp = conv2d_3_out + (((long)n * 16 + h) * 16 + v) * 32;
                        /* NaN-propagating max */
                        for (int c = 0; c < 32; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k10_conv2d_fwd_n128_h8w8c64 — conv_fwd kernel
 *   node n10 "conv2d_4" (conv2d), from $.layers[6]
 *   in  max_pooling2d_1_out        (128, 8, 8, 32) NHWC
 *   in  conv2d_4/kernel            (3, 3, 32, 64) HWIO
 *   in  conv2d_4/bias              (64) C
 *   out conv2d_4_pre               (128, 8, 8, 64) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k10_conv2d_fwd_n128_h8w8c64(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_4_kernel, const float *restrict conv2d_4_bias, float *restrict conv2d_4_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                float *yp = conv2d_4_pre + (((long)n * 8 + i) * 8 + j) * 64;  /* the sums, in place */
                for (int f = 0; f < 64; f++) yp[f] = conv2d_4_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 8) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 8) continue;
                        const float *xp = max_pooling2d_1_out + (((long)n * 8 + h) * 8 + v) * 32;
                        const float *wp = conv2d_4_kernel + (p * 3 + q) * 2048;
                        for (int c = 0; c < 32; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 64; f++) yp[f] += xv * wp[c * 64 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k11_relu_n128_h8w8c64 — eltwise kernel
 *   node n11 "conv2d_4.relu" (relu), from $.layers[6]
 *   in  conv2d_4_pre               (128, 8, 8, 64) NHWC
 *   out conv2d_4_out               (128, 8, 8, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k11_relu_n128_h8w8c64(const float *restrict conv2d_4_pre, float *restrict conv2d_4_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            conv2d_4_out[e] = conv2d_4_pre[e] > 0.0f ? conv2d_4_pre[e] : (conv2d_4_pre[e] != conv2d_4_pre[e] ? conv2d_4_pre[e] : 0.0f);
        }
    }
}

/* k12_conv2d_fwd_n128_h8w8c64 — conv_fwd kernel
 *   node n12 "conv2d_5" (conv2d), from $.layers[7]
 *   in  conv2d_4_out               (128, 8, 8, 64) NHWC
 *   in  conv2d_5/kernel            (3, 3, 64, 64) HWIO
 *   in  conv2d_5/bias              (64) C
 *   out conv2d_5_pre               (128, 8, 8, 64) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k12_conv2d_fwd_n128_h8w8c64(const float *restrict conv2d_4_out, const float *restrict conv2d_5_kernel, const float *restrict conv2d_5_bias, float *restrict conv2d_5_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                float *yp = conv2d_5_pre + (((long)n * 8 + i) * 8 + j) * 64;  /* the sums, in place */
                for (int f = 0; f < 64; f++) yp[f] = conv2d_5_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 8) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 8) continue;
                        const float *xp = conv2d_4_out + (((long)n * 8 + h) * 8 + v) * 64;
                        const float *wp = conv2d_5_kernel + (p * 3 + q) * 4096;
                        for (int c = 0; c < 64; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 64; f++) yp[f] += xv * wp[c * 64 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k13_relu_n128_h8w8c64 — eltwise kernel
 *   node n13 "conv2d_5.relu" (relu), from $.layers[7]
 *   in  conv2d_5_pre               (128, 8, 8, 64) NHWC
 *   out conv2d_5_out               (128, 8, 8, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k13_relu_n128_h8w8c64(const float *restrict conv2d_5_pre, float *restrict conv2d_5_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            conv2d_5_out[e] = conv2d_5_pre[e] > 0.0f ? conv2d_5_pre[e] : (conv2d_5_pre[e] != conv2d_5_pre[e] ? conv2d_5_pre[e] : 0.0f);
        }
    }
}

/* k14_maxpool_fwd_n128_h4w4c64 — pool kernel
 *   node n14 "max_pooling2d_2" (maxpool), from $.layers[8]
 *   in  conv2d_5_out               (128, 8, 8, 64) NHWC
 *   out max_pooling2d_2_out        (128, 4, 4, 64) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k14_maxpool_fwd_n128_h4w4c64(const float *restrict conv2d_5_out, float *restrict max_pooling2d_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                float *yp = max_pooling2d_2_out + (((long)n * 4 + i) * 4 + j) * 64;  /* the maxima, in place */
                for (int c = 0; c < 64; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 8) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 8) continue;
                        const float *xp = conv2d_5_out + (((long)n * 8 + h) * 8 + v) * 64;
                        /* NaN-propagating max */
                        for (int c = 0; c < 64; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k15_dropout_n128_h4w4c64 — eltwise kernel
 *   node n15 "dropout" (dropout), from $.layers[9]
 *   in  max_pooling2d_2_out        (128, 4, 4, 64) NHWC
 *   out dropout_out                (128, 4, 4, 64) NHWC
 *   out dropout_mask               (128, 4, 4, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k15_dropout_n128_h4w4c64(const float *restrict max_pooling2d_2_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)
{
    const float keep_scale = 2.0f;  /* 1 / (1 - rate) */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1024; e < (long)(n + 1) * 1024; e++) {
            const float u = kiln_uniform(seed, step, 0, e);
            dropout_mask[e] = u >= 0.5f ? keep_scale : 0.0f;
            dropout_out[e] = max_pooling2d_2_out[e] * dropout_mask[e];
        }
    }
}

/* k16_dense_fwd_n128_k10 — gemm kernel
 *   node n16 "dense" (dense), from $.layers[11]
 *   in  flatten_out                (128, 1024) NC
 *   in  dense/kernel               (1024, 10) IO
 *   in  dense/bias                 (10) C
 *   out dense_pre                  (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k16_dense_fwd_n128_k10(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 1024; k++) {
            const float xv = flatten_out[(long)n * 1024 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_kernel[k * 10 + m];
        }
    }
}

/* k17_conv2d_fwd_n128_h32w32c16 — conv_fwd kernel
 *   node n17 "conv2d_infer" (conv2d), from $.layers[0]
 *   in  x                          (128, 32, 32, 3) NHWC
 *   in  conv2d/kernel              (3, 3, 3, 16) HWIO
 *   in  conv2d/bias                (16) C
 *   out conv2d_pre_infer           (128, 32, 32, 16) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k17_conv2d_fwd_n128_h32w32c16(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 32; i++) {
            for (int j = 0; j < 32; j++) {
                float *yp = conv2d_pre_infer + (((long)n * 32 + i) * 32 + j) * 16;  /* the sums, in place */
                for (int f = 0; f < 16; f++) yp[f] = conv2d_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 32) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 32) continue;
                        const float *xp = x + (((long)n * 32 + h) * 32 + v) * 3;
                        const float *wp = conv2d_kernel + (p * 3 + q) * 48;
                        for (int c = 0; c < 3; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 16; f++) yp[f] += xv * wp[c * 16 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k18_relu_n128_h32w32c16 — eltwise kernel
 *   node n18 "conv2d.relu_infer" (relu), from $.layers[0]
 *   in  conv2d_pre_infer           (128, 32, 32, 16) NHWC
 *   out conv2d_out_infer           (128, 32, 32, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k18_relu_n128_h32w32c16(const float *restrict conv2d_pre_infer, float *restrict conv2d_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 16384; e < (long)(n + 1) * 16384; e++) {
            conv2d_out_infer[e] = conv2d_pre_infer[e] > 0.0f ? conv2d_pre_infer[e] : (conv2d_pre_infer[e] != conv2d_pre_infer[e] ? conv2d_pre_infer[e] : 0.0f);
        }
    }
}

/* k19_conv2d_fwd_n128_h32w32c16 — conv_fwd kernel
 *   node n19 "conv2d_1_infer" (conv2d), from $.layers[1]
 *   in  conv2d_out_infer           (128, 32, 32, 16) NHWC
 *   in  conv2d_1/kernel            (3, 3, 16, 16) HWIO
 *   in  conv2d_1/bias              (16) C
 *   out conv2d_1_pre_infer         (128, 32, 32, 16) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k19_conv2d_fwd_n128_h32w32c16(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 32; i++) {
            for (int j = 0; j < 32; j++) {
                float *yp = conv2d_1_pre_infer + (((long)n * 32 + i) * 32 + j) * 16;  /* the sums, in place */
                for (int f = 0; f < 16; f++) yp[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 32) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 32) continue;
                        const float *xp = conv2d_out_infer + (((long)n * 32 + h) * 32 + v) * 16;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 256;
                        for (int c = 0; c < 16; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 16; f++) yp[f] += xv * wp[c * 16 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k20_relu_n128_h32w32c16 — eltwise kernel
 *   node n20 "conv2d_1.relu_infer" (relu), from $.layers[1]
 *   in  conv2d_1_pre_infer         (128, 32, 32, 16) NHWC
 *   out conv2d_1_out_infer         (128, 32, 32, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k20_relu_n128_h32w32c16(const float *restrict conv2d_1_pre_infer, float *restrict conv2d_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 16384; e < (long)(n + 1) * 16384; e++) {
            conv2d_1_out_infer[e] = conv2d_1_pre_infer[e] > 0.0f ? conv2d_1_pre_infer[e] : (conv2d_1_pre_infer[e] != conv2d_1_pre_infer[e] ? conv2d_1_pre_infer[e] : 0.0f);
        }
    }
}

/* k21_maxpool_fwd_n128_h16w16c16 — pool kernel
 *   node n21 "max_pooling2d_infer" (maxpool), from $.layers[2]
 *   in  conv2d_1_out_infer         (128, 32, 32, 16) NHWC
 *   out max_pooling2d_out_infer    (128, 16, 16, 16) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k21_maxpool_fwd_n128_h16w16c16(const float *restrict conv2d_1_out_infer, float *restrict max_pooling2d_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float *yp = max_pooling2d_out_infer + (((long)n * 16 + i) * 16 + j) * 16;  /* the maxima, in place */
                for (int c = 0; c < 16; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 32) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 32) continue;
                        const float *xp = conv2d_1_out_infer + (((long)n * 32 + h) * 32 + v) * 16;
                        /* NaN-propagating max */
                        for (int c = 0; c < 16; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k22_conv2d_fwd_n128_h16w16c32 — conv_fwd kernel
 *   node n22 "conv2d_2_infer" (conv2d), from $.layers[3]
 *   in  max_pooling2d_out_infer    (128, 16, 16, 16) NHWC
 *   in  conv2d_2/kernel            (3, 3, 16, 32) HWIO
 *   in  conv2d_2/bias              (32) C
 *   out conv2d_2_pre_infer         (128, 16, 16, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k22_conv2d_fwd_n128_h16w16c32(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, float *restrict conv2d_2_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float *yp = conv2d_2_pre_infer + (((long)n * 16 + i) * 16 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_2_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 16) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 16) continue;
                        const float *xp = max_pooling2d_out_infer + (((long)n * 16 + h) * 16 + v) * 16;
                        const float *wp = conv2d_2_kernel + (p * 3 + q) * 512;
                        for (int c = 0; c < 16; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 32; f++) yp[f] += xv * wp[c * 32 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k23_relu_n128_h16w16c32 — eltwise kernel
 *   node n23 "conv2d_2.relu_infer" (relu), from $.layers[3]
 *   in  conv2d_2_pre_infer         (128, 16, 16, 32) NHWC
 *   out conv2d_2_out_infer         (128, 16, 16, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k23_relu_n128_h16w16c32(const float *restrict conv2d_2_pre_infer, float *restrict conv2d_2_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 8192; e < (long)(n + 1) * 8192; e++) {
            conv2d_2_out_infer[e] = conv2d_2_pre_infer[e] > 0.0f ? conv2d_2_pre_infer[e] : (conv2d_2_pre_infer[e] != conv2d_2_pre_infer[e] ? conv2d_2_pre_infer[e] : 0.0f);
        }
    }
}

/* k24_conv2d_fwd_n128_h16w16c32 — conv_fwd kernel
 *   node n24 "conv2d_3_infer" (conv2d), from $.layers[4]
 *   in  conv2d_2_out_infer         (128, 16, 16, 32) NHWC
 *   in  conv2d_3/kernel            (3, 3, 32, 32) HWIO
 *   in  conv2d_3/bias              (32) C
 *   out conv2d_3_pre_infer         (128, 16, 16, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k24_conv2d_fwd_n128_h16w16c32(const float *restrict conv2d_2_out_infer, const float *restrict conv2d_3_kernel, const float *restrict conv2d_3_bias, float *restrict conv2d_3_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float *yp = conv2d_3_pre_infer + (((long)n * 16 + i) * 16 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_3_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 16) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 16) continue;
                        const float *xp = conv2d_2_out_infer + (((long)n * 16 + h) * 16 + v) * 32;
                        const float *wp = conv2d_3_kernel + (p * 3 + q) * 1024;
                        for (int c = 0; c < 32; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 32; f++) yp[f] += xv * wp[c * 32 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k25_relu_n128_h16w16c32 — eltwise kernel
 *   node n25 "conv2d_3.relu_infer" (relu), from $.layers[4]
 *   in  conv2d_3_pre_infer         (128, 16, 16, 32) NHWC
 *   out conv2d_3_out_infer         (128, 16, 16, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k25_relu_n128_h16w16c32(const float *restrict conv2d_3_pre_infer, float *restrict conv2d_3_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 8192; e < (long)(n + 1) * 8192; e++) {
            conv2d_3_out_infer[e] = conv2d_3_pre_infer[e] > 0.0f ? conv2d_3_pre_infer[e] : (conv2d_3_pre_infer[e] != conv2d_3_pre_infer[e] ? conv2d_3_pre_infer[e] : 0.0f);
        }
    }
}

/* k26_maxpool_fwd_n128_h8w8c32 — pool kernel
 *   node n26 "max_pooling2d_1_infer" (maxpool), from $.layers[5]
 *   in  conv2d_3_out_infer         (128, 16, 16, 32) NHWC
 *   out max_pooling2d_1_out_infer  (128, 8, 8, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k26_maxpool_fwd_n128_h8w8c32(const float *restrict conv2d_3_out_infer, float *restrict max_pooling2d_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                float *yp = max_pooling2d_1_out_infer + (((long)n * 8 + i) * 8 + j) * 32;  /* the maxima, in place */
                for (int c = 0; c < 32; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 16) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 16) continue;
                        const float *xp = conv2d_3_out_infer + (((long)n * 16 + h) * 16 + v) * 32;
                        /* NaN-propagating max */
                        for (int c = 0; c < 32; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k27_conv2d_fwd_n128_h8w8c64 — conv_fwd kernel
 *   node n27 "conv2d_4_infer" (conv2d), from $.layers[6]
 *   in  max_pooling2d_1_out_infer  (128, 8, 8, 32) NHWC
 *   in  conv2d_4/kernel            (3, 3, 32, 64) HWIO
 *   in  conv2d_4/bias              (64) C
 *   out conv2d_4_pre_infer         (128, 8, 8, 64) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k27_conv2d_fwd_n128_h8w8c64(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_4_kernel, const float *restrict conv2d_4_bias, float *restrict conv2d_4_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                float *yp = conv2d_4_pre_infer + (((long)n * 8 + i) * 8 + j) * 64;  /* the sums, in place */
                for (int f = 0; f < 64; f++) yp[f] = conv2d_4_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 8) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 8) continue;
                        const float *xp = max_pooling2d_1_out_infer + (((long)n * 8 + h) * 8 + v) * 32;
                        const float *wp = conv2d_4_kernel + (p * 3 + q) * 2048;
                        for (int c = 0; c < 32; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 64; f++) yp[f] += xv * wp[c * 64 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k28_relu_n128_h8w8c64 — eltwise kernel
 *   node n28 "conv2d_4.relu_infer" (relu), from $.layers[6]
 *   in  conv2d_4_pre_infer         (128, 8, 8, 64) NHWC
 *   out conv2d_4_out_infer         (128, 8, 8, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k28_relu_n128_h8w8c64(const float *restrict conv2d_4_pre_infer, float *restrict conv2d_4_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            conv2d_4_out_infer[e] = conv2d_4_pre_infer[e] > 0.0f ? conv2d_4_pre_infer[e] : (conv2d_4_pre_infer[e] != conv2d_4_pre_infer[e] ? conv2d_4_pre_infer[e] : 0.0f);
        }
    }
}

/* k29_conv2d_fwd_n128_h8w8c64 — conv_fwd kernel
 *   node n29 "conv2d_5_infer" (conv2d), from $.layers[7]
 *   in  conv2d_4_out_infer         (128, 8, 8, 64) NHWC
 *   in  conv2d_5/kernel            (3, 3, 64, 64) HWIO
 *   in  conv2d_5/bias              (64) C
 *   out conv2d_5_pre_infer         (128, 8, 8, 64) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k29_conv2d_fwd_n128_h8w8c64(const float *restrict conv2d_4_out_infer, const float *restrict conv2d_5_kernel, const float *restrict conv2d_5_bias, float *restrict conv2d_5_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                float *yp = conv2d_5_pre_infer + (((long)n * 8 + i) * 8 + j) * 64;  /* the sums, in place */
                for (int f = 0; f < 64; f++) yp[f] = conv2d_5_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 8) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 8) continue;
                        const float *xp = conv2d_4_out_infer + (((long)n * 8 + h) * 8 + v) * 64;
                        const float *wp = conv2d_5_kernel + (p * 3 + q) * 4096;
                        for (int c = 0; c < 64; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 64; f++) yp[f] += xv * wp[c * 64 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k30_relu_n128_h8w8c64 — eltwise kernel
 *   node n30 "conv2d_5.relu_infer" (relu), from $.layers[7]
 *   in  conv2d_5_pre_infer         (128, 8, 8, 64) NHWC
 *   out conv2d_5_out_infer         (128, 8, 8, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k30_relu_n128_h8w8c64(const float *restrict conv2d_5_pre_infer, float *restrict conv2d_5_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            conv2d_5_out_infer[e] = conv2d_5_pre_infer[e] > 0.0f ? conv2d_5_pre_infer[e] : (conv2d_5_pre_infer[e] != conv2d_5_pre_infer[e] ? conv2d_5_pre_infer[e] : 0.0f);
        }
    }
}

/* k31_maxpool_fwd_n128_h4w4c64 — pool kernel
 *   node n31 "max_pooling2d_2_infer" (maxpool), from $.layers[8]
 *   in  conv2d_5_out_infer         (128, 8, 8, 64) NHWC
 *   out max_pooling2d_2_out_infer  (128, 4, 4, 64) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k31_maxpool_fwd_n128_h4w4c64(const float *restrict conv2d_5_out_infer, float *restrict max_pooling2d_2_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                float *yp = max_pooling2d_2_out_infer + (((long)n * 4 + i) * 4 + j) * 64;  /* the maxima, in place */
                for (int c = 0; c < 64; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 8) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 8) continue;
                        const float *xp = conv2d_5_out_infer + (((long)n * 8 + h) * 8 + v) * 64;
                        /* NaN-propagating max */
                        for (int c = 0; c < 64; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k32_dense_fwd_n128_k10 — gemm kernel
 *   node n32 "dense_infer" (dense), from $.layers[11]
 *   in  flatten_out_infer          (128, 1024) NC
 *   in  dense/kernel               (1024, 10) IO
 *   in  dense/bias                 (10) C
 *   out dense_pre_infer            (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k32_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 1024; k++) {
            const float xv = flatten_out_infer[(long)n * 1024 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_kernel[k * 10 + m];
        }
    }
}

/* k33_dense_fwd_n128_k10 — gemm kernel
 *   node n33 "dense_predict_infer" (dense), from $.layers[11]
 *   in  flatten_out_infer          (128, 1024) NC
 *   in  dense/kernel               (1024, 10) IO
 *   in  dense/bias                 (10) C
 *   out dense_predict_pre_infer    (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k33_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_predict_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_predict_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 1024; k++) {
            const float xv = flatten_out_infer[(long)n * 1024 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_kernel[k * 10 + m];
        }
    }
}

/* k34_softmax_n128_k10 — loss kernel
 *   node n34 "dense.softmax_infer" (softmax), from $.layers[11]
 *   in  dense_predict_pre_infer    (128, 10) NC
 *   out dense_out_infer            (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k34_softmax_n128_k10(const float *restrict dense_predict_pre_infer, float *restrict dense_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (long r = 0; r < (long)nb * 1; r++) {
        {
            const float *zr = dense_predict_pre_infer + r * 10;
            float *yr = dense_out_infer + r * 10;
            float mx = zr[0];
            for (int k = 1; k < 10; k++) mx = zr[k] > mx ? zr[k] : mx;
            float sum = 0.0f;
            for (int k = 0; k < 10; k++) { yr[k] = expf(zr[k] - mx); sum += yr[k]; }
            for (int k = 0; k < 10; k++) yr[k] /= sum;
        }
    }
}

/* k35_softmax_ce_n128_k10 — loss kernel
 *   node n35 "loss" (softmax_ce), from $.loss
 *   in  dense_pre                  (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs                      (128, 10) NC
 *   tmp dense_pre.per_sample       (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k35_softmax_ce_n128_k10(const float *restrict dense_pre, const float *restrict y, float *restrict probs, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_pre_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_pre + (long)n * 10;
        double total = 0.0, hits = 0.0;
        float *p = probs + (long)n * 10;
        int arg = 0;
        for (int k = 1; k < 10; k++) if (z[k] > z[arg]) arg = k;
        const float mx = z[arg];
        double sum = 0.0;
        for (int k = 0; k < 10; k++) { p[k] = expf(z[k] - mx); sum += p[k]; }
        for (int k = 0; k < 10; k++) p[k] = (float)(p[k] / sum);
        const double lse = mx + log(sum);
        const float *t = y + (long)n * 10;
        int targ = 0;
        for (int k = 0; k < 10; k++) {
            total -= t[k] * (z[k] - lse);
            if (t[k] > t[targ]) targ = k;
        }
        hits = arg == targ;
        per[2 * n] = total;
        per[2 * n + 1] = hits;
    }
    #pragma omp single
    {
        double total = 0.0, hits = 0.0;
        for (int n = 0; n < nb; n++) { total += per[2 * n]; hits += per[2 * n + 1]; }
        *loss = total / nb;
        *metric = hits;
    }
}

/* k36_softmax_ce_n128_k10 — loss kernel
 *   node n36 "loss_eval" (softmax_ce), from $.loss
 *   in  dense_pre_infer            (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k36_softmax_ce_n128_k10(const float *restrict dense_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_pre_infer_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_pre_infer + (long)n * 10;
        double total = 0.0, hits = 0.0;
        float *p = probs_eval + (long)n * 10;
        int arg = 0;
        for (int k = 1; k < 10; k++) if (z[k] > z[arg]) arg = k;
        const float mx = z[arg];
        double sum = 0.0;
        for (int k = 0; k < 10; k++) { p[k] = expf(z[k] - mx); sum += p[k]; }
        for (int k = 0; k < 10; k++) p[k] = (float)(p[k] / sum);
        const double lse = mx + log(sum);
        const float *t = y + (long)n * 10;
        int targ = 0;
        for (int k = 0; k < 10; k++) {
            total -= t[k] * (z[k] - lse);
            if (t[k] > t[targ]) targ = k;
        }
        hits = arg == targ;
        per[2 * n] = total;
        per[2 * n + 1] = hits;
    }
    #pragma omp single
    {
        double total = 0.0, hits = 0.0;
        for (int n = 0; n < nb; n++) { total += per[2 * n]; hits += per[2 * n + 1]; }
        *loss = total / nb;
        *metric = hits;
    }
}

/* k37_regularizer_1024x10 — loss kernel
 *   node n37 "dense.kernel_regularizer" (regularizer), from $.layers[11]
 *   in  dense/kernel               (1024, 10) IO
 *   schedule: one thread; ISA generic */
void k37_regularizer_1024x10(const float *restrict dense_kernel, double *restrict loss)
{
    #pragma omp single
    {
        double s1 = 0.0, s2 = 0.0;
        for (long i = 0; i < 10240; i++) { s1 += fabsf(dense_kernel[i]); }
        *loss += 9.99999975e-05f * s1;
        (void)s2;
    }
}

/* k38_softmax_ce_bwd_n128_k10 — loss kernel
 *   node n39 "dloss" (softmax_ce_bwd), from $.loss
 *   in  probs                      (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out ddense_pre                 (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k38_softmax_ce_bwd_n128_k10(const float *restrict probs, const float *restrict y, float *restrict ddense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *p = probs + (long)n * 10;
        float *d = ddense_pre + (long)n * 10;
        const float *t = y + (long)n * 10;
        float st = 0.0f;
        for (int k = 0; k < 10; k++) st += t[k];
        for (int k = 0; k < 10; k++) d[k] = (p[k] * st - t[k]) / (float)nb;
    }
}

/* k39_dense_bwd_weights_1024x10 — gemm kernel
 *   node n40 "ddense.weights" (dense_bwd_weights), from $.layers[11]
 *   in  ddense_pre                 (128, 10) NC
 *   in  flatten_out                (128, 1024) NC
 *   out ddense/kernel              (1024, 10) IO
 *   out ddense/bias                (10) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k39_dense_bwd_weights_1024x10(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 1024; k++) {
        float *dwr = ddense_kernel + (long)k * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = flatten_out[(long)n * 1024 + k];
            for (int m = 0; m < 10; m++) dwr[m] += xv * ddense_pre[(long)n * 10 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 10; m++) ddense_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 10; m++) ddense_bias[m] += ddense_pre[(long)n * 10 + m];
    }
}

/* k40_dense_bwd_data_n128_k1024 — gemm kernel
 *   node n41 "ddense.data" (dense_bwd_data), from $.layers[11]
 *   in  ddense_pre                 (128, 10) NC
 *   in  dense/kernel               (1024, 10) IO
 *   out dflatten_out               (128, 1024) NC
 *   tmp dense/kernel.transposed    (10, 1024) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k40_dense_bwd_data_n128_k1024(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict dflatten_out, float *restrict dense_kernel_transposed, int nb)
{
    /* Transposed kernel dense_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 1024; k++)
        for (int m = 0; m < 10; m++) dense_kernel_transposed[m * 1024 + k] = dense_kernel[k * 10 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = dflatten_out + (long)n * 1024;  /* the sums, in place */
        for (int k = 0; k < 1024; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 10; m++) {
            const float d = ddense_pre[(long)n * 10 + m];
            for (int k = 0; k < 1024; k++) dxr[k] += d * dense_kernel_transposed[m * 1024 + k];
        }
    }
}

/* k41_dropout_bwd_n128_h4w4c64 — eltwise kernel
 *   node n42 "ddropout" (dropout_bwd), from $.layers[9]
 *   in  ddropout_out               (128, 4, 4, 64) NHWC
 *   in  dropout_mask               (128, 4, 4, 64) NHWC
 *   out dmax_pooling2d_2_out       (128, 4, 4, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k41_dropout_bwd_n128_h4w4c64(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dmax_pooling2d_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1024; e < (long)(n + 1) * 1024; e++) {
            dmax_pooling2d_2_out[e] = ddropout_out[e] * dropout_mask[e];
        }
    }
}

/* k42_maxpool_bwd_n128_h8w8c64 — pool kernel
 *   node n43 "dmax_pooling2d_2" (maxpool_bwd), from $.layers[8]
 *   in  dmax_pooling2d_2_out       (128, 4, 4, 64) NHWC
 *   in  conv2d_5_out               (128, 8, 8, 64) NHWC
 *   out dconv2d_5_out              (128, 8, 8, 64) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k42_maxpool_bwd_n128_h8w8c64(const float *restrict dmax_pooling2d_2_out, const float *restrict conv2d_5_out, float *restrict dconv2d_5_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dconv2d_5_out + (long)n * 4096;
        const float *xn = conv2d_5_out + (long)n * 4096;
        memset(dxn, 0, sizeof(float) * 4096);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                const float *dyp = dmax_pooling2d_2_out + (((long)n * 4 + i) * 4 + j) * 64;
                for (int c = 0; c < 64; c++) {
                    float m = -INFINITY;
                    int at = -1;
                    for (int p = 0; p < 2; p++) {
                        const int h = i * 2 + p - 0;
                        if (h < 0 || h >= 8) continue;
                        for (int q = 0; q < 2; q++) {
                            const int v = j * 2 + q - 0;
                            if (v < 0 || v >= 8) continue;
                            const int e = (h * 8 + v) * 64 + c;
                            if (xn[e] > m || at < 0) { m = xn[e]; at = e; }
                        }
                    }
                    dxn[at] += dyp[c];
                }
            }
        }
    }
}

/* k43_relu_bwd_n128_h8w8c64 — eltwise kernel
 *   node n44 "dconv2d_5.relu" (relu_bwd), from $.layers[7]
 *   in  dconv2d_5_out              (128, 8, 8, 64) NHWC
 *   in  conv2d_5_out               (128, 8, 8, 64) NHWC
 *   out dconv2d_5_pre              (128, 8, 8, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k43_relu_bwd_n128_h8w8c64(const float *restrict dconv2d_5_out, const float *restrict conv2d_5_out, float *restrict dconv2d_5_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            dconv2d_5_pre[e] = conv2d_5_out[e] > 0.0f ? dconv2d_5_out[e] : 0.0f;
        }
    }
}

/* k44_conv2d_bwd_weights_3x3x64x64 — conv_bwd_weights kernel
 *   node n45 "dconv2d_5.weights" (conv2d_bwd_weights), from $.layers[7]
 *   in  dconv2d_5_pre              (128, 8, 8, 64) NHWC
 *   in  conv2d_4_out               (128, 8, 8, 64) NHWC
 *   out dconv2d_5/kernel           (3, 3, 64, 64) HWIO
 *   out dconv2d_5/bias             (64) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k44_conv2d_bwd_weights_3x3x64x64(const float *restrict dconv2d_5_pre, const float *restrict conv2d_4_out, float *restrict dconv2d_5_kernel, float *restrict dconv2d_5_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 16 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 36; unit++) {
        const int p = unit / 12, q = unit / 4 % 3, c0 = unit % 4 * 16;
        const int cn = 64 - c0 < 16 ? 64 - c0 : 16;
        float *dwu = dconv2d_5_kernel + (long)(p * 3 + q) * 4096 + (long)c0 * 64;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 64);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 8; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 8) continue;
                for (int j = 0; j < 8; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 8) continue;
                    const float *xp = conv2d_4_out + (((long)n * 8 + h) * 8 + v) * 64 + c0;
                    const float *dyp = dconv2d_5_pre + (((long)n * 8 + i) * 8 + j) * 64;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 64; f++) dwu[(long)c * 64 + f] += xv * dyp[f];
                    }
                }
            }
        }
    }
    /* Bias gradient: sum of dy over samples and pixels, in sample order. */
    #pragma omp single
    {
    for (int f = 0; f < 64; f++) dconv2d_5_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 64; r++)
        for (int f = 0; f < 64; f++) dconv2d_5_bias[f] += dconv2d_5_pre[r * 64 + f];
    }
}

/* k45_conv2d_bwd_data_n128_h8w8c64 — conv_bwd_data kernel
 *   node n46 "dconv2d_5.data" (conv2d_bwd_data), from $.layers[7]
 *   in  dconv2d_5_pre              (128, 8, 8, 64) NHWC
 *   in  conv2d_5/kernel            (3, 3, 64, 64) HWIO
 *   out dconv2d_4_out              (128, 8, 8, 64) NHWC
 *   tmp conv2d_5/kernel.transposed (3, 3, 64, 64) HWIO, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k45_conv2d_bwd_data_n128_h8w8c64(const float *restrict dconv2d_5_pre, const float *restrict conv2d_5_kernel, float *restrict dconv2d_4_out, float *restrict conv2d_5_kernel_transposed, int nb)
{
    /* Transposed kernel conv2d_5_kernel_transposed[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    #pragma omp for schedule(static)
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 64; c++)
            for (int f = 0; f < 64; f++) conv2d_5_kernel_transposed[(pq * 64 + f) * 64 + c] = conv2d_5_kernel[(pq * 64 + c) * 64 + f];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 8; h++) {
            for (int v = 0; v < 8; v++) {
                float *dxp = dconv2d_4_out + (((long)n * 8 + h) * 8 + v) * 64;  /* the sums, in place */
                for (int c = 0; c < 64; c++) dxp[c] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 1 - p;
                    if (ih < 0 || ih >= 8) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 1 - q;
                        if (jw < 0 || jw >= 8) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_5_pre + (((long)n * 8 + i) * 8 + j) * 64;
                        const float *wp = conv2d_5_kernel_transposed + (p * 3 + q) * 4096;
                        for (int f = 0; f < 64; f++) {
                            const float d = dyp[f];
                            for (int c = 0; c < 64; c++) dxp[c] += d * wp[f * 64 + c];
                        }
                    }
                }
            }
        }
    }
}

/* k46_relu_bwd_n128_h8w8c64 — eltwise kernel
 *   node n47 "dconv2d_4.relu" (relu_bwd), from $.layers[6]
 *   in  dconv2d_4_out              (128, 8, 8, 64) NHWC
 *   in  conv2d_4_out               (128, 8, 8, 64) NHWC
 *   out dconv2d_4_pre              (128, 8, 8, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k46_relu_bwd_n128_h8w8c64(const float *restrict dconv2d_4_out, const float *restrict conv2d_4_out, float *restrict dconv2d_4_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            dconv2d_4_pre[e] = conv2d_4_out[e] > 0.0f ? dconv2d_4_out[e] : 0.0f;
        }
    }
}

/* k47_conv2d_bwd_weights_3x3x32x64 — conv_bwd_weights kernel
 *   node n48 "dconv2d_4.weights" (conv2d_bwd_weights), from $.layers[6]
 *   in  dconv2d_4_pre              (128, 8, 8, 64) NHWC
 *   in  max_pooling2d_1_out        (128, 8, 8, 32) NHWC
 *   out dconv2d_4/kernel           (3, 3, 32, 64) HWIO
 *   out dconv2d_4/bias             (64) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k47_conv2d_bwd_weights_3x3x32x64(const float *restrict dconv2d_4_pre, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_4_kernel, float *restrict dconv2d_4_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 16 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 18; unit++) {
        const int p = unit / 6, q = unit / 2 % 3, c0 = unit % 2 * 16;
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        float *dwu = dconv2d_4_kernel + (long)(p * 3 + q) * 2048 + (long)c0 * 64;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 64);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 8; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 8) continue;
                for (int j = 0; j < 8; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 8) continue;
                    const float *xp = max_pooling2d_1_out + (((long)n * 8 + h) * 8 + v) * 32 + c0;
                    const float *dyp = dconv2d_4_pre + (((long)n * 8 + i) * 8 + j) * 64;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 64; f++) dwu[(long)c * 64 + f] += xv * dyp[f];
                    }
                }
            }
        }
    }
    /* Bias gradient: sum of dy over samples and pixels, in sample order. */
    #pragma omp single
    {
    for (int f = 0; f < 64; f++) dconv2d_4_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 64; r++)
        for (int f = 0; f < 64; f++) dconv2d_4_bias[f] += dconv2d_4_pre[r * 64 + f];
    }
}

/* k48_conv2d_bwd_data_n128_h8w8c32 — conv_bwd_data kernel
 *   node n49 "dconv2d_4.data" (conv2d_bwd_data), from $.layers[6]
 *   in  dconv2d_4_pre              (128, 8, 8, 64) NHWC
 *   in  conv2d_4/kernel            (3, 3, 32, 64) HWIO
 *   out dmax_pooling2d_1_out       (128, 8, 8, 32) NHWC
 *   tmp conv2d_4/kernel.transposed (3, 3, 64, 32) HWIO, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k48_conv2d_bwd_data_n128_h8w8c32(const float *restrict dconv2d_4_pre, const float *restrict conv2d_4_kernel, float *restrict dmax_pooling2d_1_out, float *restrict conv2d_4_kernel_transposed, int nb)
{
    /* Transposed kernel conv2d_4_kernel_transposed[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    #pragma omp for schedule(static)
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 32; c++)
            for (int f = 0; f < 64; f++) conv2d_4_kernel_transposed[(pq * 64 + f) * 32 + c] = conv2d_4_kernel[(pq * 32 + c) * 64 + f];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 8; h++) {
            for (int v = 0; v < 8; v++) {
                float *dxp = dmax_pooling2d_1_out + (((long)n * 8 + h) * 8 + v) * 32;  /* the sums, in place */
                for (int c = 0; c < 32; c++) dxp[c] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 1 - p;
                    if (ih < 0 || ih >= 8) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 1 - q;
                        if (jw < 0 || jw >= 8) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_4_pre + (((long)n * 8 + i) * 8 + j) * 64;
                        const float *wp = conv2d_4_kernel_transposed + (p * 3 + q) * 2048;
                        for (int f = 0; f < 64; f++) {
                            const float d = dyp[f];
                            for (int c = 0; c < 32; c++) dxp[c] += d * wp[f * 32 + c];
                        }
                    }
                }
            }
        }
    }
}

/* k49_maxpool_bwd_n128_h16w16c32 — pool kernel
 *   node n50 "dmax_pooling2d_1" (maxpool_bwd), from $.layers[5]
 *   in  dmax_pooling2d_1_out       (128, 8, 8, 32) NHWC
 *   in  conv2d_3_out               (128, 16, 16, 32) NHWC
 *   out dconv2d_3_out              (128, 16, 16, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k49_maxpool_bwd_n128_h16w16c32(const float *restrict dmax_pooling2d_1_out, const float *restrict conv2d_3_out, float *restrict dconv2d_3_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dconv2d_3_out + (long)n * 8192;
        const float *xn = conv2d_3_out + (long)n * 8192;
        memset(dxn, 0, sizeof(float) * 8192);
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                const float *dyp = dmax_pooling2d_1_out + (((long)n * 8 + i) * 8 + j) * 32;
                for (int c = 0; c < 32; c++) {
                    float m = -INFINITY;
                    int at = -1;
                    for (int p = 0; p < 2; p++) {
                        const int h = i * 2 + p - 0;
                        if (h < 0 || h >= 16) continue;
                        for (int q = 0; q < 2; q++) {
                            const int v = j * 2 + q - 0;
                            if (v < 0 || v >= 16) continue;
                            const int e = (h * 16 + v) * 32 + c;
                            if (xn[e] > m || at < 0) { m = xn[e]; at = e; }
                        }
                    }
                    dxn[at] += dyp[c];
                }
            }
        }
    }
}

/* k50_relu_bwd_n128_h16w16c32 — eltwise kernel
 *   node n51 "dconv2d_3.relu" (relu_bwd), from $.layers[4]
 *   in  dconv2d_3_out              (128, 16, 16, 32) NHWC
 *   in  conv2d_3_out               (128, 16, 16, 32) NHWC
 *   out dconv2d_3_pre              (128, 16, 16, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k50_relu_bwd_n128_h16w16c32(const float *restrict dconv2d_3_out, const float *restrict conv2d_3_out, float *restrict dconv2d_3_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 8192; e < (long)(n + 1) * 8192; e++) {
            dconv2d_3_pre[e] = conv2d_3_out[e] > 0.0f ? dconv2d_3_out[e] : 0.0f;
        }
    }
}

/* k51_conv2d_bwd_weights_3x3x32x32 — conv_bwd_weights kernel
 *   node n52 "dconv2d_3.weights" (conv2d_bwd_weights), from $.layers[4]
 *   in  dconv2d_3_pre              (128, 16, 16, 32) NHWC
 *   in  conv2d_2_out               (128, 16, 16, 32) NHWC
 *   out dconv2d_3/kernel           (3, 3, 32, 32) HWIO
 *   out dconv2d_3/bias             (32) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k51_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_2_out, float *restrict dconv2d_3_kernel, float *restrict dconv2d_3_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 16 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 18; unit++) {
        const int p = unit / 6, q = unit / 2 % 3, c0 = unit % 2 * 16;
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        float *dwu = dconv2d_3_kernel + (long)(p * 3 + q) * 1024 + (long)c0 * 32;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 32);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 16; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 16) continue;
                for (int j = 0; j < 16; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 16) continue;
                    const float *xp = conv2d_2_out + (((long)n * 16 + h) * 16 + v) * 32 + c0;
                    const float *dyp = dconv2d_3_pre + (((long)n * 16 + i) * 16 + j) * 32;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 32; f++) dwu[(long)c * 32 + f] += xv * dyp[f];
                    }
                }
            }
        }
    }
    /* Bias gradient: sum of dy over samples and pixels, in sample order. */
    #pragma omp single
    {
    for (int f = 0; f < 32; f++) dconv2d_3_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 256; r++)
        for (int f = 0; f < 32; f++) dconv2d_3_bias[f] += dconv2d_3_pre[r * 32 + f];
    }
}

/* k52_conv2d_bwd_data_n128_h16w16c32 — conv_bwd_data kernel
 *   node n53 "dconv2d_3.data" (conv2d_bwd_data), from $.layers[4]
 *   in  dconv2d_3_pre              (128, 16, 16, 32) NHWC
 *   in  conv2d_3/kernel            (3, 3, 32, 32) HWIO
 *   out dconv2d_2_out              (128, 16, 16, 32) NHWC
 *   tmp conv2d_3/kernel.transposed (3, 3, 32, 32) HWIO, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k52_conv2d_bwd_data_n128_h16w16c32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_3_kernel, float *restrict dconv2d_2_out, float *restrict conv2d_3_kernel_transposed, int nb)
{
    /* Transposed kernel conv2d_3_kernel_transposed[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    #pragma omp for schedule(static)
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 32; c++)
            for (int f = 0; f < 32; f++) conv2d_3_kernel_transposed[(pq * 32 + f) * 32 + c] = conv2d_3_kernel[(pq * 32 + c) * 32 + f];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 16; h++) {
            for (int v = 0; v < 16; v++) {
                float *dxp = dconv2d_2_out + (((long)n * 16 + h) * 16 + v) * 32;  /* the sums, in place */
                for (int c = 0; c < 32; c++) dxp[c] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 1 - p;
                    if (ih < 0 || ih >= 16) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 1 - q;
                        if (jw < 0 || jw >= 16) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_3_pre + (((long)n * 16 + i) * 16 + j) * 32;
                        const float *wp = conv2d_3_kernel_transposed + (p * 3 + q) * 1024;
                        for (int f = 0; f < 32; f++) {
                            const float d = dyp[f];
                            for (int c = 0; c < 32; c++) dxp[c] += d * wp[f * 32 + c];
                        }
                    }
                }
            }
        }
    }
}

/* k53_relu_bwd_n128_h16w16c32 — eltwise kernel
 *   node n54 "dconv2d_2.relu" (relu_bwd), from $.layers[3]
 *   in  dconv2d_2_out              (128, 16, 16, 32) NHWC
 *   in  conv2d_2_out               (128, 16, 16, 32) NHWC
 *   out dconv2d_2_pre              (128, 16, 16, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k53_relu_bwd_n128_h16w16c32(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_out, float *restrict dconv2d_2_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 8192; e < (long)(n + 1) * 8192; e++) {
            dconv2d_2_pre[e] = conv2d_2_out[e] > 0.0f ? dconv2d_2_out[e] : 0.0f;
        }
    }
}

/* k54_conv2d_bwd_weights_3x3x16x32 — conv_bwd_weights kernel
 *   node n55 "dconv2d_2.weights" (conv2d_bwd_weights), from $.layers[3]
 *   in  dconv2d_2_pre              (128, 16, 16, 32) NHWC
 *   in  max_pooling2d_out          (128, 16, 16, 16) NHWC
 *   out dconv2d_2/kernel           (3, 3, 16, 32) HWIO
 *   out dconv2d_2/bias             (32) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k54_conv2d_bwd_weights_3x3x16x32(const float *restrict dconv2d_2_pre, const float *restrict max_pooling2d_out, float *restrict dconv2d_2_kernel, float *restrict dconv2d_2_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 16 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 9; unit++) {
        const int p = unit / 3, q = unit / 1 % 3, c0 = unit % 1 * 16;
        const int cn = 16 - c0 < 16 ? 16 - c0 : 16;
        float *dwu = dconv2d_2_kernel + (long)(p * 3 + q) * 512 + (long)c0 * 32;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 32);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 16; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 16) continue;
                for (int j = 0; j < 16; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 16) continue;
                    const float *xp = max_pooling2d_out + (((long)n * 16 + h) * 16 + v) * 16 + c0;
                    const float *dyp = dconv2d_2_pre + (((long)n * 16 + i) * 16 + j) * 32;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 32; f++) dwu[(long)c * 32 + f] += xv * dyp[f];
                    }
                }
            }
        }
    }
    /* Bias gradient: sum of dy over samples and pixels, in sample order. */
    #pragma omp single
    {
    for (int f = 0; f < 32; f++) dconv2d_2_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 256; r++)
        for (int f = 0; f < 32; f++) dconv2d_2_bias[f] += dconv2d_2_pre[r * 32 + f];
    }
}

/* k55_conv2d_bwd_data_n128_h16w16c16 — conv_bwd_data kernel
 *   node n56 "dconv2d_2.data" (conv2d_bwd_data), from $.layers[3]
 *   in  dconv2d_2_pre              (128, 16, 16, 32) NHWC
 *   in  conv2d_2/kernel            (3, 3, 16, 32) HWIO
 *   out dmax_pooling2d_out         (128, 16, 16, 16) NHWC
 *   tmp conv2d_2/kernel.transposed (3, 3, 32, 16) HWIO, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k55_conv2d_bwd_data_n128_h16w16c16(const float *restrict dconv2d_2_pre, const float *restrict conv2d_2_kernel, float *restrict dmax_pooling2d_out, float *restrict conv2d_2_kernel_transposed, int nb)
{
    /* Transposed kernel conv2d_2_kernel_transposed[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    #pragma omp for schedule(static)
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 16; c++)
            for (int f = 0; f < 32; f++) conv2d_2_kernel_transposed[(pq * 32 + f) * 16 + c] = conv2d_2_kernel[(pq * 16 + c) * 32 + f];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 16; h++) {
            for (int v = 0; v < 16; v++) {
                float *dxp = dmax_pooling2d_out + (((long)n * 16 + h) * 16 + v) * 16;  /* the sums, in place */
                for (int c = 0; c < 16; c++) dxp[c] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 1 - p;
                    if (ih < 0 || ih >= 16) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 1 - q;
                        if (jw < 0 || jw >= 16) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_2_pre + (((long)n * 16 + i) * 16 + j) * 32;
                        const float *wp = conv2d_2_kernel_transposed + (p * 3 + q) * 512;
                        for (int f = 0; f < 32; f++) {
                            const float d = dyp[f];
                            for (int c = 0; c < 16; c++) dxp[c] += d * wp[f * 16 + c];
                        }
                    }
                }
            }
        }
    }
}

/* k56_maxpool_bwd_n128_h32w32c16 — pool kernel
 *   node n57 "dmax_pooling2d" (maxpool_bwd), from $.layers[2]
 *   in  dmax_pooling2d_out         (128, 16, 16, 16) NHWC
 *   in  conv2d_1_out               (128, 32, 32, 16) NHWC
 *   out dconv2d_1_out              (128, 32, 32, 16) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k56_maxpool_bwd_n128_h32w32c16(const float *restrict dmax_pooling2d_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dconv2d_1_out + (long)n * 16384;
        const float *xn = conv2d_1_out + (long)n * 16384;
        memset(dxn, 0, sizeof(float) * 16384);
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                const float *dyp = dmax_pooling2d_out + (((long)n * 16 + i) * 16 + j) * 16;
                for (int c = 0; c < 16; c++) {
                    float m = -INFINITY;
                    int at = -1;
                    for (int p = 0; p < 2; p++) {
                        const int h = i * 2 + p - 0;
                        if (h < 0 || h >= 32) continue;
                        for (int q = 0; q < 2; q++) {
                            const int v = j * 2 + q - 0;
                            if (v < 0 || v >= 32) continue;
                            const int e = (h * 32 + v) * 16 + c;
                            if (xn[e] > m || at < 0) { m = xn[e]; at = e; }
                        }
                    }
                    dxn[at] += dyp[c];
                }
            }
        }
    }
}

/* k57_relu_bwd_n128_h32w32c16 — eltwise kernel
 *   node n58 "dconv2d_1.relu" (relu_bwd), from $.layers[1]
 *   in  dconv2d_1_out              (128, 32, 32, 16) NHWC
 *   in  conv2d_1_out               (128, 32, 32, 16) NHWC
 *   out dconv2d_1_pre              (128, 32, 32, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k57_relu_bwd_n128_h32w32c16(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 16384; e < (long)(n + 1) * 16384; e++) {
            dconv2d_1_pre[e] = conv2d_1_out[e] > 0.0f ? dconv2d_1_out[e] : 0.0f;
        }
    }
}

/* k58_conv2d_bwd_weights_3x3x16x16 — conv_bwd_weights kernel
 *   node n59 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[1]
 *   in  dconv2d_1_pre              (128, 32, 32, 16) NHWC
 *   in  conv2d_out                 (128, 32, 32, 16) NHWC
 *   out dconv2d_1/kernel           (3, 3, 16, 16) HWIO
 *   out dconv2d_1/bias             (16) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k58_conv2d_bwd_weights_3x3x16x16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 16 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 9; unit++) {
        const int p = unit / 3, q = unit / 1 % 3, c0 = unit % 1 * 16;
        const int cn = 16 - c0 < 16 ? 16 - c0 : 16;
        float *dwu = dconv2d_1_kernel + (long)(p * 3 + q) * 256 + (long)c0 * 16;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 16);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 32; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 32) continue;
                for (int j = 0; j < 32; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 32) continue;
                    const float *xp = conv2d_out + (((long)n * 32 + h) * 32 + v) * 16 + c0;
                    const float *dyp = dconv2d_1_pre + (((long)n * 32 + i) * 32 + j) * 16;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 16; f++) dwu[(long)c * 16 + f] += xv * dyp[f];
                    }
                }
            }
        }
    }
    /* Bias gradient: sum of dy over samples and pixels, in sample order. */
    #pragma omp single
    {
    for (int f = 0; f < 16; f++) dconv2d_1_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 1024; r++)
        for (int f = 0; f < 16; f++) dconv2d_1_bias[f] += dconv2d_1_pre[r * 16 + f];
    }
}

/* k59_conv2d_bwd_data_n128_h32w32c16 — conv_bwd_data kernel
 *   node n60 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[1]
 *   in  dconv2d_1_pre              (128, 32, 32, 16) NHWC
 *   in  conv2d_1/kernel            (3, 3, 16, 16) HWIO
 *   out dconv2d_out                (128, 32, 32, 16) NHWC
 *   tmp conv2d_1/kernel.transposed (3, 3, 16, 16) HWIO, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k59_conv2d_bwd_data_n128_h32w32c16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel, float *restrict dconv2d_out, float *restrict conv2d_1_kernel_transposed, int nb)
{
    /* Transposed kernel conv2d_1_kernel_transposed[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    #pragma omp for schedule(static)
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 16; c++)
            for (int f = 0; f < 16; f++) conv2d_1_kernel_transposed[(pq * 16 + f) * 16 + c] = conv2d_1_kernel[(pq * 16 + c) * 16 + f];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 32; h++) {
            for (int v = 0; v < 32; v++) {
                float *dxp = dconv2d_out + (((long)n * 32 + h) * 32 + v) * 16;  /* the sums, in place */
                for (int c = 0; c < 16; c++) dxp[c] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 1 - p;
                    if (ih < 0 || ih >= 32) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 1 - q;
                        if (jw < 0 || jw >= 32) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_1_pre + (((long)n * 32 + i) * 32 + j) * 16;
                        const float *wp = conv2d_1_kernel_transposed + (p * 3 + q) * 256;
                        for (int f = 0; f < 16; f++) {
                            const float d = dyp[f];
                            for (int c = 0; c < 16; c++) dxp[c] += d * wp[f * 16 + c];
                        }
                    }
                }
            }
        }
    }
}

/* k60_relu_bwd_n128_h32w32c16 — eltwise kernel
 *   node n61 "dconv2d.relu" (relu_bwd), from $.layers[0]
 *   in  dconv2d_out                (128, 32, 32, 16) NHWC
 *   in  conv2d_out                 (128, 32, 32, 16) NHWC
 *   out dconv2d_pre                (128, 32, 32, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k60_relu_bwd_n128_h32w32c16(const float *restrict dconv2d_out, const float *restrict conv2d_out, float *restrict dconv2d_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 16384; e < (long)(n + 1) * 16384; e++) {
            dconv2d_pre[e] = conv2d_out[e] > 0.0f ? dconv2d_out[e] : 0.0f;
        }
    }
}

/* k61_conv2d_bwd_weights_3x3x3x16 — conv_bwd_weights kernel
 *   node n62 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[0]
 *   in  dconv2d_pre                (128, 32, 32, 16) NHWC
 *   in  x                          (128, 32, 32, 3) NHWC
 *   out dconv2d/kernel             (3, 3, 3, 16) HWIO
 *   out dconv2d/bias               (16) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k61_conv2d_bwd_weights_3x3x3x16(const float *restrict dconv2d_pre, const float *restrict x, float *restrict dconv2d_kernel, float *restrict dconv2d_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 3 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 9; unit++) {
        const int p = unit / 3, q = unit / 1 % 3, c0 = unit % 1 * 3;
        const int cn = 3 - c0 < 3 ? 3 - c0 : 3;
        float *dwu = dconv2d_kernel + (long)(p * 3 + q) * 48 + (long)c0 * 16;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 16);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 32; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 32) continue;
                for (int j = 0; j < 32; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 32) continue;
                    const float *xp = x + (((long)n * 32 + h) * 32 + v) * 3 + c0;
                    const float *dyp = dconv2d_pre + (((long)n * 32 + i) * 32 + j) * 16;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 16; f++) dwu[(long)c * 16 + f] += xv * dyp[f];
                    }
                }
            }
        }
    }
    /* Bias gradient: sum of dy over samples and pixels, in sample order. */
    #pragma omp single
    {
    for (int f = 0; f < 16; f++) dconv2d_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 1024; r++)
        for (int f = 0; f < 16; f++) dconv2d_bias[f] += dconv2d_pre[r * 16 + f];
    }
}

/* k62_adam_update_regularizer_bwd_p82336 — optimizer kernel
 *   node n63 "ddense.kernel_regularizer" (regularizer_bwd), from $.layers[11]
 *   node n64 "adam" (adam_update), from $.optimizer
 *   in  dense/kernel               (1024, 10) IO
 *   out ddense/kernel              (1024, 10) IO
 *   schedule: OpenMP over elements; ISA generic */
void k62_adam_update_regularizer_bwd_p82336(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    /* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */
    const float lr_t = (float)(lr * sqrt(1.0 - pow(0.999000013f, (double)t)) / (1.0 - pow(0.899999976f, (double)t)));
    /* slice by slice; a regularized weight's gradient takes its penalty's term (Keras's
     * L1L2: l1 * sign(w) + 2 * l2 * w) and is stored with it; the slices share no
     * element, so only the last waits for the threads */
    #pragma omp for schedule(static) nowait
    for (long i = 0; i < 72080; i++) {
        const float gi = g[i];
        const float mi = 0.899999976f * m[i] + 0.100000024f * gi;
        const float vi = 0.999000013f * v[i] + 0.000999987125f * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p[i] -= lr_t * mi / (sqrtf(vi) + 1.00000001e-07f);
    }
    /* dense/kernel */
    #pragma omp for schedule(static) nowait
    for (long i = 72080; i < 82320; i++) {
        const float gi = g[i] + (9.99999975e-05f * (float)((p[i] > 0.0f) - (p[i] < 0.0f)));
        g[i] = gi;
        const float mi = 0.899999976f * m[i] + 0.100000024f * gi;
        const float vi = 0.999000013f * v[i] + 0.000999987125f * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p[i] -= lr_t * mi / (sqrtf(vi) + 1.00000001e-07f);
    }
    #pragma omp for schedule(static)
    for (long i = 82320; i < 82336; i++) {
        const float gi = g[i];
        const float mi = 0.899999976f * m[i] + 0.100000024f * gi;
        const float vi = 0.999000013f * v[i] + 0.000999987125f * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p[i] -= lr_t * mi / (sqrtf(vi) + 1.00000001e-07f);
    }
}

/* ---- entry points ---- */

/* One training step: forward in training mode, loss, backward, optimizer update.
 * One OpenMP parallel region: the kernels share their work out among its
 * threads (static schedules, a barrier after each). */
void kiln_train_step(kiln_step *s)
{
    const int nb = s->nb;
    float *const P = s->params;
    float *const G = s->grads;
    float *const M = s->opt_m;
    float *const V = s->opt_v;
    float *const A = s->arena;
    (void)A;
    const float *const x = s->x;  /* x (128, 32, 32, 3) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 3, 16) */
    float *const conv2d_bias = P + 432;  /* conv2d/bias (16) */
    float *const conv2d_pre = A + 0;  /* conv2d_pre (128, 32, 32, 16) */
    float *const conv2d_out = A + 2097152;  /* conv2d_out (128, 32, 32, 16) */
    float *const conv2d_1_kernel = P + 448;  /* conv2d_1/kernel (3, 3, 16, 16) */
    float *const conv2d_1_bias = P + 2752;  /* conv2d_1/bias (16) */
    float *const conv2d_1_pre = A + 0;  /* conv2d_1_pre (128, 32, 32, 16) */
    float *const conv2d_1_out = A + 4194304;  /* conv2d_1_out (128, 32, 32, 16) */
    float *const max_pooling2d_out = A + 8388608;  /* max_pooling2d_out (128, 16, 16, 16) */
    float *const conv2d_2_kernel = P + 2768;  /* conv2d_2/kernel (3, 3, 16, 32) */
    float *const conv2d_2_bias = P + 7376;  /* conv2d_2/bias (32) */
    float *const conv2d_2_pre = A + 0;  /* conv2d_2_pre (128, 16, 16, 32) */
    float *const conv2d_2_out = A + 1048576;  /* conv2d_2_out (128, 16, 16, 32) */
    float *const conv2d_3_kernel = P + 7408;  /* conv2d_3/kernel (3, 3, 32, 32) */
    float *const conv2d_3_bias = P + 16624;  /* conv2d_3/bias (32) */
    float *const conv2d_3_pre = A + 0;  /* conv2d_3_pre (128, 16, 16, 32) */
    float *const conv2d_3_out = A + 6291456;  /* conv2d_3_out (128, 16, 16, 32) */
    float *const max_pooling2d_1_out = A + 8912896;  /* max_pooling2d_1_out (128, 8, 8, 32) */
    float *const conv2d_4_kernel = P + 16656;  /* conv2d_4/kernel (3, 3, 32, 64) */
    float *const conv2d_4_bias = P + 35088;  /* conv2d_4/bias (64) */
    float *const conv2d_4_pre = A + 0;  /* conv2d_4_pre (128, 8, 8, 64) */
    float *const conv2d_4_out = A + 524288;  /* conv2d_4_out (128, 8, 8, 64) */
    float *const conv2d_5_kernel = P + 35152;  /* conv2d_5/kernel (3, 3, 64, 64) */
    float *const conv2d_5_bias = P + 72016;  /* conv2d_5/bias (64) */
    float *const conv2d_5_pre = A + 0;  /* conv2d_5_pre (128, 8, 8, 64) */
    float *const conv2d_5_out = A + 7340032;  /* conv2d_5_out (128, 8, 8, 64) */
    float *const max_pooling2d_2_out = A + 0;  /* max_pooling2d_2_out (128, 4, 4, 64) */
    float *const dropout_out = A + 131072;  /* dropout_out (128, 4, 4, 64) */
    float *const dropout_mask = A + 262144;  /* dropout_mask (128, 4, 4, 64) */
    float *const flatten_out = A + 131072;  /* flatten_out (128, 1024) */
    float *const dense_kernel = P + 72080;  /* dense/kernel (1024, 10) */
    float *const dense_bias = P + 82320;  /* dense/bias (10) */
    float *const dense_pre = A + 0;  /* dense_pre (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs = A + 1280;  /* probs (128, 10) */
    float *const dense_pre_per_sample = A + 2560;  /* dense_pre.per_sample (512) */
    float *const ddense_pre = A + 393216;  /* ddense_pre (128, 10) */
    float *const ddense_kernel = G + 72080;  /* ddense/kernel (1024, 10) */
    float *const ddense_bias = G + 82320;  /* ddense/bias (10) */
    float *const dflatten_out = A + 0;  /* dflatten_out (128, 1024) */
    float *const dense_kernel_transposed = A + 131072;  /* dense/kernel.transposed (10, 1024) */
    float *const ddropout_out = A + 0;  /* ddropout_out (128, 4, 4, 64) */
    float *const dmax_pooling2d_2_out = A + 7864320;  /* dmax_pooling2d_2_out (128, 4, 4, 64) */
    float *const dconv2d_5_out = A + 0;  /* dconv2d_5_out (128, 8, 8, 64) */
    float *const dconv2d_5_pre = A + 7864320;  /* dconv2d_5_pre (128, 8, 8, 64) */
    float *const dconv2d_5_kernel = G + 35152;  /* dconv2d_5/kernel (3, 3, 64, 64) */
    float *const dconv2d_5_bias = G + 72016;  /* dconv2d_5/bias (64) */
    float *const dconv2d_4_out = A + 0;  /* dconv2d_4_out (128, 8, 8, 64) */
    float *const conv2d_5_kernel_transposed = A + 7340032;  /* conv2d_5/kernel.transposed (3, 3, 64, 64) */
    float *const dconv2d_4_pre = A + 7340032;  /* dconv2d_4_pre (128, 8, 8, 64) */
    float *const dconv2d_4_kernel = G + 16656;  /* dconv2d_4/kernel (3, 3, 32, 64) */
    float *const dconv2d_4_bias = G + 35088;  /* dconv2d_4/bias (64) */
    float *const dmax_pooling2d_1_out = A + 7864320;  /* dmax_pooling2d_1_out (128, 8, 8, 32) */
    float *const conv2d_4_kernel_transposed = A + 0;  /* conv2d_4/kernel.transposed (3, 3, 64, 32) */
    float *const dconv2d_3_out = A + 0;  /* dconv2d_3_out (128, 16, 16, 32) */
    float *const dconv2d_3_pre = A + 7340032;  /* dconv2d_3_pre (128, 16, 16, 32) */
    float *const dconv2d_3_kernel = G + 7408;  /* dconv2d_3/kernel (3, 3, 32, 32) */
    float *const dconv2d_3_bias = G + 16624;  /* dconv2d_3/bias (32) */
    float *const dconv2d_2_out = A + 0;  /* dconv2d_2_out (128, 16, 16, 32) */
    float *const conv2d_3_kernel_transposed = A + 6291456;  /* conv2d_3/kernel.transposed (3, 3, 32, 32) */
    float *const dconv2d_2_pre = A + 6291456;  /* dconv2d_2_pre (128, 16, 16, 32) */
    float *const dconv2d_2_kernel = G + 2768;  /* dconv2d_2/kernel (3, 3, 16, 32) */
    float *const dconv2d_2_bias = G + 7376;  /* dconv2d_2/bias (32) */
    float *const dmax_pooling2d_out = A + 7340032;  /* dmax_pooling2d_out (128, 16, 16, 16) */
    float *const conv2d_2_kernel_transposed = A + 0;  /* conv2d_2/kernel.transposed (3, 3, 32, 16) */
    float *const dconv2d_1_out = A + 0;  /* dconv2d_1_out (128, 32, 32, 16) */
    float *const dconv2d_1_pre = A + 6291456;  /* dconv2d_1_pre (128, 32, 32, 16) */
    float *const dconv2d_1_kernel = G + 448;  /* dconv2d_1/kernel (3, 3, 16, 16) */
    float *const dconv2d_1_bias = G + 2752;  /* dconv2d_1/bias (16) */
    float *const dconv2d_out = A + 0;  /* dconv2d_out (128, 32, 32, 16) */
    float *const conv2d_1_kernel_transposed = A + 4194304;  /* conv2d_1/kernel.transposed (3, 3, 16, 16) */
    float *const dconv2d_pre = A + 4194304;  /* dconv2d_pre (128, 32, 32, 16) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 3, 16) */
    float *const dconv2d_bias = G + 432;  /* dconv2d/bias (16) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 58751624 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 58751624.5 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_conv2d_fwd_n128_h32w32c16(x, conv2d_kernel, conv2d_bias, conv2d_pre, nb);
        k01_relu_n128_h32w32c16(conv2d_pre, conv2d_out, nb);
        k02_conv2d_fwd_n128_h32w32c16(conv2d_out, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre, nb);
        k03_relu_n128_h32w32c16(conv2d_1_pre, conv2d_1_out, nb);
        k04_maxpool_fwd_n128_h16w16c16(conv2d_1_out, max_pooling2d_out, nb);
        k05_conv2d_fwd_n128_h16w16c32(max_pooling2d_out, conv2d_2_kernel, conv2d_2_bias, conv2d_2_pre, nb);
        k06_relu_n128_h16w16c32(conv2d_2_pre, conv2d_2_out, nb);
        k07_conv2d_fwd_n128_h16w16c32(conv2d_2_out, conv2d_3_kernel, conv2d_3_bias, conv2d_3_pre, nb);
        k08_relu_n128_h16w16c32(conv2d_3_pre, conv2d_3_out, nb);
        k09_maxpool_fwd_n128_h8w8c32(conv2d_3_out, max_pooling2d_1_out, nb);
        k10_conv2d_fwd_n128_h8w8c64(max_pooling2d_1_out, conv2d_4_kernel, conv2d_4_bias, conv2d_4_pre, nb);
        k11_relu_n128_h8w8c64(conv2d_4_pre, conv2d_4_out, nb);
        k12_conv2d_fwd_n128_h8w8c64(conv2d_4_out, conv2d_5_kernel, conv2d_5_bias, conv2d_5_pre, nb);
        k13_relu_n128_h8w8c64(conv2d_5_pre, conv2d_5_out, nb);
        k14_maxpool_fwd_n128_h4w4c64(conv2d_5_out, max_pooling2d_2_out, nb);
        k15_dropout_n128_h4w4c64(max_pooling2d_2_out, dropout_out, dropout_mask, nb, s->seed, s->step);
        k16_dense_fwd_n128_k10(flatten_out, dense_kernel, dense_bias, dense_pre, nb);
        k35_softmax_ce_n128_k10(dense_pre, y, probs, dense_pre_per_sample, nb, &s->loss, &s->metric);
        k37_regularizer_1024x10(dense_kernel, &s->loss);
        k38_softmax_ce_bwd_n128_k10(probs, y, ddense_pre, nb);
        k39_dense_bwd_weights_1024x10(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k40_dense_bwd_data_n128_k1024(ddense_pre, dense_kernel, dflatten_out, dense_kernel_transposed, nb);
        k41_dropout_bwd_n128_h4w4c64(ddropout_out, dropout_mask, dmax_pooling2d_2_out, nb);
        k42_maxpool_bwd_n128_h8w8c64(dmax_pooling2d_2_out, conv2d_5_out, dconv2d_5_out, nb);
        k43_relu_bwd_n128_h8w8c64(dconv2d_5_out, conv2d_5_out, dconv2d_5_pre, nb);
        k44_conv2d_bwd_weights_3x3x64x64(dconv2d_5_pre, conv2d_4_out, dconv2d_5_kernel, dconv2d_5_bias, nb);
        k45_conv2d_bwd_data_n128_h8w8c64(dconv2d_5_pre, conv2d_5_kernel, dconv2d_4_out, conv2d_5_kernel_transposed, nb);
        k46_relu_bwd_n128_h8w8c64(dconv2d_4_out, conv2d_4_out, dconv2d_4_pre, nb);
        k47_conv2d_bwd_weights_3x3x32x64(dconv2d_4_pre, max_pooling2d_1_out, dconv2d_4_kernel, dconv2d_4_bias, nb);
        k48_conv2d_bwd_data_n128_h8w8c32(dconv2d_4_pre, conv2d_4_kernel, dmax_pooling2d_1_out, conv2d_4_kernel_transposed, nb);
        k49_maxpool_bwd_n128_h16w16c32(dmax_pooling2d_1_out, conv2d_3_out, dconv2d_3_out, nb);
        k50_relu_bwd_n128_h16w16c32(dconv2d_3_out, conv2d_3_out, dconv2d_3_pre, nb);
        k51_conv2d_bwd_weights_3x3x32x32(dconv2d_3_pre, conv2d_2_out, dconv2d_3_kernel, dconv2d_3_bias, nb);
        k52_conv2d_bwd_data_n128_h16w16c32(dconv2d_3_pre, conv2d_3_kernel, dconv2d_2_out, conv2d_3_kernel_transposed, nb);
        k53_relu_bwd_n128_h16w16c32(dconv2d_2_out, conv2d_2_out, dconv2d_2_pre, nb);
        k54_conv2d_bwd_weights_3x3x16x32(dconv2d_2_pre, max_pooling2d_out, dconv2d_2_kernel, dconv2d_2_bias, nb);
        k55_conv2d_bwd_data_n128_h16w16c16(dconv2d_2_pre, conv2d_2_kernel, dmax_pooling2d_out, conv2d_2_kernel_transposed, nb);
        k56_maxpool_bwd_n128_h32w32c16(dmax_pooling2d_out, conv2d_1_out, dconv2d_1_out, nb);
        k57_relu_bwd_n128_h32w32c16(dconv2d_1_out, conv2d_1_out, dconv2d_1_pre, nb);
        k58_conv2d_bwd_weights_3x3x16x16(dconv2d_1_pre, conv2d_out, dconv2d_1_kernel, dconv2d_1_bias, nb);
        k59_conv2d_bwd_data_n128_h32w32c16(dconv2d_1_pre, conv2d_1_kernel, dconv2d_out, conv2d_1_kernel_transposed, nb);
        k60_relu_bwd_n128_h32w32c16(dconv2d_out, conv2d_out, dconv2d_pre, nb);
        k61_conv2d_bwd_weights_3x3x3x16(dconv2d_pre, x, dconv2d_kernel, dconv2d_bias, nb);
        k62_adam_update_regularizer_bwd_p82336(P, G, M, V, s->step, s->learning_rate);
        kiln_restore_mxcsr(mxcsr);
    }
}

/* Loss and metric of one batch in inference mode; no update.
 * One OpenMP parallel region: the kernels share their work out among its
 * threads (static schedules, a barrier after each). */
void kiln_eval_step(kiln_step *s)
{
    const int nb = s->nb;
    float *const P = s->params;
    float *const A = s->arena;
    (void)A;
    const float *const x = s->x;  /* x (128, 32, 32, 3) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 3, 16) */
    float *const conv2d_bias = P + 432;  /* conv2d/bias (16) */
    float *const conv2d_pre_infer = A + 0;  /* conv2d_pre_infer (128, 32, 32, 16) */
    float *const conv2d_out_infer = A + 2097152;  /* conv2d_out_infer (128, 32, 32, 16) */
    float *const conv2d_1_kernel = P + 448;  /* conv2d_1/kernel (3, 3, 16, 16) */
    float *const conv2d_1_bias = P + 2752;  /* conv2d_1/bias (16) */
    float *const conv2d_1_pre_infer = A + 0;  /* conv2d_1_pre_infer (128, 32, 32, 16) */
    float *const conv2d_1_out_infer = A + 2097152;  /* conv2d_1_out_infer (128, 32, 32, 16) */
    float *const max_pooling2d_out_infer = A + 1048576;  /* max_pooling2d_out_infer (128, 16, 16, 16) */
    float *const conv2d_2_kernel = P + 2768;  /* conv2d_2/kernel (3, 3, 16, 32) */
    float *const conv2d_2_bias = P + 7376;  /* conv2d_2/bias (32) */
    float *const conv2d_2_pre_infer = A + 0;  /* conv2d_2_pre_infer (128, 16, 16, 32) */
    float *const conv2d_2_out_infer = A + 1048576;  /* conv2d_2_out_infer (128, 16, 16, 32) */
    float *const conv2d_3_kernel = P + 7408;  /* conv2d_3/kernel (3, 3, 32, 32) */
    float *const conv2d_3_bias = P + 16624;  /* conv2d_3/bias (32) */
    float *const conv2d_3_pre_infer = A + 0;  /* conv2d_3_pre_infer (128, 16, 16, 32) */
    float *const conv2d_3_out_infer = A + 1048576;  /* conv2d_3_out_infer (128, 16, 16, 32) */
    float *const max_pooling2d_1_out_infer = A + 524288;  /* max_pooling2d_1_out_infer (128, 8, 8, 32) */
    float *const conv2d_4_kernel = P + 16656;  /* conv2d_4/kernel (3, 3, 32, 64) */
    float *const conv2d_4_bias = P + 35088;  /* conv2d_4/bias (64) */
    float *const conv2d_4_pre_infer = A + 0;  /* conv2d_4_pre_infer (128, 8, 8, 64) */
    float *const conv2d_4_out_infer = A + 524288;  /* conv2d_4_out_infer (128, 8, 8, 64) */
    float *const conv2d_5_kernel = P + 35152;  /* conv2d_5/kernel (3, 3, 64, 64) */
    float *const conv2d_5_bias = P + 72016;  /* conv2d_5/bias (64) */
    float *const conv2d_5_pre_infer = A + 0;  /* conv2d_5_pre_infer (128, 8, 8, 64) */
    float *const conv2d_5_out_infer = A + 524288;  /* conv2d_5_out_infer (128, 8, 8, 64) */
    float *const max_pooling2d_2_out_infer = A + 0;  /* max_pooling2d_2_out_infer (128, 4, 4, 64) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 1024) */
    float *const dense_kernel = P + 72080;  /* dense/kernel (1024, 10) */
    float *const dense_bias = P + 82320;  /* dense/bias (10) */
    float *const dense_pre_infer = A + 131072;  /* dense_pre_infer (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs_eval = A + 0;  /* probs_eval (128, 10) */
    float *const dense_pre_infer_per_sample = A + 1280;  /* dense_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 19923124 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 19923124 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k17_conv2d_fwd_n128_h32w32c16(x, conv2d_kernel, conv2d_bias, conv2d_pre_infer, nb);
        k18_relu_n128_h32w32c16(conv2d_pre_infer, conv2d_out_infer, nb);
        k19_conv2d_fwd_n128_h32w32c16(conv2d_out_infer, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre_infer, nb);
        k20_relu_n128_h32w32c16(conv2d_1_pre_infer, conv2d_1_out_infer, nb);
        k21_maxpool_fwd_n128_h16w16c16(conv2d_1_out_infer, max_pooling2d_out_infer, nb);
        k22_conv2d_fwd_n128_h16w16c32(max_pooling2d_out_infer, conv2d_2_kernel, conv2d_2_bias, conv2d_2_pre_infer, nb);
        k23_relu_n128_h16w16c32(conv2d_2_pre_infer, conv2d_2_out_infer, nb);
        k24_conv2d_fwd_n128_h16w16c32(conv2d_2_out_infer, conv2d_3_kernel, conv2d_3_bias, conv2d_3_pre_infer, nb);
        k25_relu_n128_h16w16c32(conv2d_3_pre_infer, conv2d_3_out_infer, nb);
        k26_maxpool_fwd_n128_h8w8c32(conv2d_3_out_infer, max_pooling2d_1_out_infer, nb);
        k27_conv2d_fwd_n128_h8w8c64(max_pooling2d_1_out_infer, conv2d_4_kernel, conv2d_4_bias, conv2d_4_pre_infer, nb);
        k28_relu_n128_h8w8c64(conv2d_4_pre_infer, conv2d_4_out_infer, nb);
        k29_conv2d_fwd_n128_h8w8c64(conv2d_4_out_infer, conv2d_5_kernel, conv2d_5_bias, conv2d_5_pre_infer, nb);
        k30_relu_n128_h8w8c64(conv2d_5_pre_infer, conv2d_5_out_infer, nb);
        k31_maxpool_fwd_n128_h4w4c64(conv2d_5_out_infer, max_pooling2d_2_out_infer, nb);
        k32_dense_fwd_n128_k10(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
        k36_softmax_ce_n128_k10(dense_pre_infer, y, probs_eval, dense_pre_infer_per_sample, nb, &s->loss, &s->metric);
        k37_regularizer_1024x10(dense_kernel, &s->loss);
        kiln_restore_mxcsr(mxcsr);
    }
}

/* Model outputs of one batch in inference mode, into s->out.
 * One OpenMP parallel region: the kernels share their work out among its
 * threads (static schedules, a barrier after each). */
void kiln_predict(kiln_step *s)
{
    const int nb = s->nb;
    float *const P = s->params;
    float *const A = s->arena;
    (void)A;
    const float *const x = s->x;  /* x (128, 32, 32, 3) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 3, 16) */
    float *const conv2d_bias = P + 432;  /* conv2d/bias (16) */
    float *const conv2d_pre_infer = A + 0;  /* conv2d_pre_infer (128, 32, 32, 16) */
    float *const conv2d_out_infer = A + 2097152;  /* conv2d_out_infer (128, 32, 32, 16) */
    float *const conv2d_1_kernel = P + 448;  /* conv2d_1/kernel (3, 3, 16, 16) */
    float *const conv2d_1_bias = P + 2752;  /* conv2d_1/bias (16) */
    float *const conv2d_1_pre_infer = A + 0;  /* conv2d_1_pre_infer (128, 32, 32, 16) */
    float *const conv2d_1_out_infer = A + 2097152;  /* conv2d_1_out_infer (128, 32, 32, 16) */
    float *const max_pooling2d_out_infer = A + 1048576;  /* max_pooling2d_out_infer (128, 16, 16, 16) */
    float *const conv2d_2_kernel = P + 2768;  /* conv2d_2/kernel (3, 3, 16, 32) */
    float *const conv2d_2_bias = P + 7376;  /* conv2d_2/bias (32) */
    float *const conv2d_2_pre_infer = A + 0;  /* conv2d_2_pre_infer (128, 16, 16, 32) */
    float *const conv2d_2_out_infer = A + 1048576;  /* conv2d_2_out_infer (128, 16, 16, 32) */
    float *const conv2d_3_kernel = P + 7408;  /* conv2d_3/kernel (3, 3, 32, 32) */
    float *const conv2d_3_bias = P + 16624;  /* conv2d_3/bias (32) */
    float *const conv2d_3_pre_infer = A + 0;  /* conv2d_3_pre_infer (128, 16, 16, 32) */
    float *const conv2d_3_out_infer = A + 1048576;  /* conv2d_3_out_infer (128, 16, 16, 32) */
    float *const max_pooling2d_1_out_infer = A + 524288;  /* max_pooling2d_1_out_infer (128, 8, 8, 32) */
    float *const conv2d_4_kernel = P + 16656;  /* conv2d_4/kernel (3, 3, 32, 64) */
    float *const conv2d_4_bias = P + 35088;  /* conv2d_4/bias (64) */
    float *const conv2d_4_pre_infer = A + 0;  /* conv2d_4_pre_infer (128, 8, 8, 64) */
    float *const conv2d_4_out_infer = A + 524288;  /* conv2d_4_out_infer (128, 8, 8, 64) */
    float *const conv2d_5_kernel = P + 35152;  /* conv2d_5/kernel (3, 3, 64, 64) */
    float *const conv2d_5_bias = P + 72016;  /* conv2d_5/bias (64) */
    float *const conv2d_5_pre_infer = A + 0;  /* conv2d_5_pre_infer (128, 8, 8, 64) */
    float *const conv2d_5_out_infer = A + 524288;  /* conv2d_5_out_infer (128, 8, 8, 64) */
    float *const max_pooling2d_2_out_infer = A + 0;  /* max_pooling2d_2_out_infer (128, 4, 4, 64) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 1024) */
    float *const dense_kernel = P + 72080;  /* dense/kernel (1024, 10) */
    float *const dense_bias = P + 82320;  /* dense/bias (10) */
    float *const dense_predict_pre_infer = A + 132352;  /* dense_predict_pre_infer (128, 10) */
    float *const dense_out_infer = s->out;  /* dense_out_infer (128, 10) */
    /* 19922984 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 19922984 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k17_conv2d_fwd_n128_h32w32c16(x, conv2d_kernel, conv2d_bias, conv2d_pre_infer, nb);
        k18_relu_n128_h32w32c16(conv2d_pre_infer, conv2d_out_infer, nb);
        k19_conv2d_fwd_n128_h32w32c16(conv2d_out_infer, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre_infer, nb);
        k20_relu_n128_h32w32c16(conv2d_1_pre_infer, conv2d_1_out_infer, nb);
        k21_maxpool_fwd_n128_h16w16c16(conv2d_1_out_infer, max_pooling2d_out_infer, nb);
        k22_conv2d_fwd_n128_h16w16c32(max_pooling2d_out_infer, conv2d_2_kernel, conv2d_2_bias, conv2d_2_pre_infer, nb);
        k23_relu_n128_h16w16c32(conv2d_2_pre_infer, conv2d_2_out_infer, nb);
        k24_conv2d_fwd_n128_h16w16c32(conv2d_2_out_infer, conv2d_3_kernel, conv2d_3_bias, conv2d_3_pre_infer, nb);
        k25_relu_n128_h16w16c32(conv2d_3_pre_infer, conv2d_3_out_infer, nb);
        k26_maxpool_fwd_n128_h8w8c32(conv2d_3_out_infer, max_pooling2d_1_out_infer, nb);
        k27_conv2d_fwd_n128_h8w8c64(max_pooling2d_1_out_infer, conv2d_4_kernel, conv2d_4_bias, conv2d_4_pre_infer, nb);
        k28_relu_n128_h8w8c64(conv2d_4_pre_infer, conv2d_4_out_infer, nb);
        k29_conv2d_fwd_n128_h8w8c64(conv2d_4_out_infer, conv2d_5_kernel, conv2d_5_bias, conv2d_5_pre_infer, nb);
        k30_relu_n128_h8w8c64(conv2d_5_pre_infer, conv2d_5_out_infer, nb);
        k31_maxpool_fwd_n128_h4w4c64(conv2d_5_out_infer, max_pooling2d_2_out_infer, nb);
        k33_dense_fwd_n128_k10(flatten_out_infer, dense_kernel, dense_bias, dense_predict_pre_infer, nb);
        k34_softmax_n128_k10(dense_predict_pre_infer, dense_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 32, 32, 3}, "NHWC", 0, 393216, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 3, 16}, "HWIO", 0, 432, 3, 27, 144},
    {"conv2d/bias", KILN_ROLE_PARAM, 1, {16, 0, 0, 0}, "C", 432, 16, 1, 0, 0},
    {"conv2d_pre", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 0, 2097152, 0, 0, 0},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 2097152, 2097152, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 16, 16}, "HWIO", 448, 2304, 3, 144, 144},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {16, 0, 0, 0}, "C", 2752, 16, 1, 0, 0},
    {"conv2d_1_pre", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 0, 2097152, 0, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 4194304, 2097152, 0, 0, 0},
    {"max_pooling2d_out", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "NHWC", 8388608, 524288, 0, 0, 0},
    {"conv2d_2/kernel", KILN_ROLE_PARAM, 4, {3, 3, 16, 32}, "HWIO", 2768, 4608, 3, 144, 288},
    {"conv2d_2/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 7376, 32, 1, 0, 0},
    {"conv2d_2_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 0, 1048576, 0, 0, 0},
    {"conv2d_2_out", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 1048576, 1048576, 0, 0, 0},
    {"conv2d_3/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 32}, "HWIO", 7408, 9216, 3, 288, 288},
    {"conv2d_3/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 16624, 32, 1, 0, 0},
    {"conv2d_3_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 0, 1048576, 0, 0, 0},
    {"conv2d_3_out", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 6291456, 1048576, 0, 0, 0},
    {"max_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 8912896, 262144, 0, 0, 0},
    {"conv2d_4/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 64}, "HWIO", 16656, 18432, 3, 288, 576},
    {"conv2d_4/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 35088, 64, 1, 0, 0},
    {"conv2d_4_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"conv2d_4_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 524288, 524288, 0, 0, 0},
    {"conv2d_5/kernel", KILN_ROLE_PARAM, 4, {3, 3, 64, 64}, "HWIO", 35152, 36864, 3, 576, 576},
    {"conv2d_5/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 72016, 64, 1, 0, 0},
    {"conv2d_5_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"conv2d_5_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 7340032, 524288, 0, 0, 0},
    {"max_pooling2d_2_out", KILN_ROLE_ACT, 4, {128, 4, 4, 64}, "NHWC", 0, 131072, 0, 0, 0},
    {"dropout_out", KILN_ROLE_ACT, 4, {128, 4, 4, 64}, "NHWC", 131072, 131072, 0, 0, 0},
    {"dropout_mask", KILN_ROLE_ACT, 4, {128, 4, 4, 64}, "NHWC", 262144, 131072, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {1024, 10, 0, 0}, "IO", 72080, 10240, 3, 1024, 10},
    {"dense/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 82320, 10, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"conv2d_pre_infer", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 0, 2097152, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 2097152, 2097152, 0, 0, 0},
    {"conv2d_1_pre_infer", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 0, 2097152, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 2097152, 2097152, 0, 0, 0},
    {"max_pooling2d_out_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "NHWC", 1048576, 524288, 0, 0, 0},
    {"conv2d_2_pre_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 0, 1048576, 0, 0, 0},
    {"conv2d_2_out_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 1048576, 1048576, 0, 0, 0},
    {"conv2d_3_pre_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 0, 1048576, 0, 0, 0},
    {"conv2d_3_out_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 1048576, 1048576, 0, 0, 0},
    {"max_pooling2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 524288, 262144, 0, 0, 0},
    {"conv2d_4_pre_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"conv2d_4_out_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 524288, 524288, 0, 0, 0},
    {"conv2d_5_pre_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"conv2d_5_out_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 524288, 524288, 0, 0, 0},
    {"max_pooling2d_2_out_infer", KILN_ROLE_ACT, 4, {128, 4, 4, 64}, "NHWC", 0, 131072, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 131072, 1280, 0, 0, 0},
    {"dense_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 132352, 1280, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 393216, 1280, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 82320, 10, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {1024, 10, 0, 0}, "IO", 72080, 10240, 0, 0, 0},
    {"ddropout_out", KILN_ROLE_ACT, 4, {128, 4, 4, 64}, "NHWC", 0, 131072, 0, 0, 0},
    {"dmax_pooling2d_2_out", KILN_ROLE_ACT, 4, {128, 4, 4, 64}, "NHWC", 7864320, 131072, 0, 0, 0},
    {"dconv2d_5_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"dconv2d_5_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 7864320, 524288, 0, 0, 0},
    {"dconv2d_5/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 72016, 64, 0, 0, 0},
    {"dconv2d_5/kernel", KILN_ROLE_GRAD, 4, {3, 3, 64, 64}, "HWIO", 35152, 36864, 0, 0, 0},
    {"dconv2d_4_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"dconv2d_4_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 7340032, 524288, 0, 0, 0},
    {"dconv2d_4/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 35088, 64, 0, 0, 0},
    {"dconv2d_4/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 64}, "HWIO", 16656, 18432, 0, 0, 0},
    {"dmax_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 7864320, 262144, 0, 0, 0},
    {"dconv2d_3_out", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 0, 1048576, 0, 0, 0},
    {"dconv2d_3_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 7340032, 1048576, 0, 0, 0},
    {"dconv2d_3/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 16624, 32, 0, 0, 0},
    {"dconv2d_3/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 32}, "HWIO", 7408, 9216, 0, 0, 0},
    {"dconv2d_2_out", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 0, 1048576, 0, 0, 0},
    {"dconv2d_2_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 6291456, 1048576, 0, 0, 0},
    {"dconv2d_2/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 7376, 32, 0, 0, 0},
    {"dconv2d_2/kernel", KILN_ROLE_GRAD, 4, {3, 3, 16, 32}, "HWIO", 2768, 4608, 0, 0, 0},
    {"dmax_pooling2d_out", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "NHWC", 7340032, 524288, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 0, 2097152, 0, 0, 0},
    {"dconv2d_1_pre", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 6291456, 2097152, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {16, 0, 0, 0}, "C", 2752, 16, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 16, 16}, "HWIO", 448, 2304, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 0, 2097152, 0, 0, 0},
    {"dconv2d_pre", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 4194304, 2097152, 0, 0, 0},
    {"dconv2d/bias", KILN_ROLE_GRAD, 1, {16, 0, 0, 0}, "C", 432, 16, 0, 0, 0},
    {"dconv2d/kernel", KILN_ROLE_GRAD, 4, {3, 3, 3, 16}, "HWIO", 0, 432, 0, 0, 0},
    {"m_conv2d/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 3, 16}, "HWIO", 0, 432, 1, 0, 0},
    {"v_conv2d/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 3, 16}, "HWIO", 0, 432, 1, 0, 0},
    {"m_conv2d/bias", KILN_ROLE_OPT_M, 1, {16, 0, 0, 0}, "C", 432, 16, 1, 0, 0},
    {"v_conv2d/bias", KILN_ROLE_OPT_V, 1, {16, 0, 0, 0}, "C", 432, 16, 1, 0, 0},
    {"m_conv2d_1/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 16, 16}, "HWIO", 448, 2304, 1, 0, 0},
    {"v_conv2d_1/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 16, 16}, "HWIO", 448, 2304, 1, 0, 0},
    {"m_conv2d_1/bias", KILN_ROLE_OPT_M, 1, {16, 0, 0, 0}, "C", 2752, 16, 1, 0, 0},
    {"v_conv2d_1/bias", KILN_ROLE_OPT_V, 1, {16, 0, 0, 0}, "C", 2752, 16, 1, 0, 0},
    {"m_conv2d_2/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 16, 32}, "HWIO", 2768, 4608, 1, 0, 0},
    {"v_conv2d_2/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 16, 32}, "HWIO", 2768, 4608, 1, 0, 0},
    {"m_conv2d_2/bias", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 7376, 32, 1, 0, 0},
    {"v_conv2d_2/bias", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 7376, 32, 1, 0, 0},
    {"m_conv2d_3/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 32, 32}, "HWIO", 7408, 9216, 1, 0, 0},
    {"v_conv2d_3/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 32, 32}, "HWIO", 7408, 9216, 1, 0, 0},
    {"m_conv2d_3/bias", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 16624, 32, 1, 0, 0},
    {"v_conv2d_3/bias", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 16624, 32, 1, 0, 0},
    {"m_conv2d_4/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 32, 64}, "HWIO", 16656, 18432, 1, 0, 0},
    {"v_conv2d_4/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 32, 64}, "HWIO", 16656, 18432, 1, 0, 0},
    {"m_conv2d_4/bias", KILN_ROLE_OPT_M, 1, {64, 0, 0, 0}, "C", 35088, 64, 1, 0, 0},
    {"v_conv2d_4/bias", KILN_ROLE_OPT_V, 1, {64, 0, 0, 0}, "C", 35088, 64, 1, 0, 0},
    {"m_conv2d_5/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 64, 64}, "HWIO", 35152, 36864, 1, 0, 0},
    {"v_conv2d_5/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 64, 64}, "HWIO", 35152, 36864, 1, 0, 0},
    {"m_conv2d_5/bias", KILN_ROLE_OPT_M, 1, {64, 0, 0, 0}, "C", 72016, 64, 1, 0, 0},
    {"v_conv2d_5/bias", KILN_ROLE_OPT_V, 1, {64, 0, 0, 0}, "C", 72016, 64, 1, 0, 0},
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {1024, 10, 0, 0}, "IO", 72080, 10240, 1, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {1024, 10, 0, 0}, "IO", 72080, 10240, 1, 0, 0},
    {"m_dense/bias", KILN_ROLE_OPT_M, 1, {10, 0, 0, 0}, "C", 82320, 10, 1, 0, 0},
    {"v_dense/bias", KILN_ROLE_OPT_V, 1, {10, 0, 0, 0}, "C", 82320, 10, 1, 0, 0},
    {"dense_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dense_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 1280, 512, 0, 0, 0},
    {"dense/kernel.transposed", KILN_ROLE_ACT, 2, {10, 1024, 0, 0}, "IO", 131072, 10240, 0, 0, 0},
    {"conv2d_5/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 64, 64}, "HWIO", 7340032, 36864, 0, 0, 0},
    {"conv2d_4/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 64, 32}, "HWIO", 0, 18432, 0, 0, 0},
    {"conv2d_3/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "HWIO", 6291456, 9216, 0, 0, 0},
    {"conv2d_2/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 32, 16}, "HWIO", 0, 4608, 0, 0, 0},
    {"conv2d_1/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 16, 16}, "HWIO", 4194304, 2304, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_conv2d_fwd_n128_h32w32c16", "void k00_conv2d_fwd_n128_h32w32c16(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre, int nb)", 113246208, 9963264, 1},
    {"k01_relu_n128_h32w32c16", "void k01_relu_n128_h32w32c16(const float *restrict conv2d_pre, float *restrict conv2d_out, int nb)", 4194304, 16777216, 1},
    {"k02_conv2d_fwd_n128_h32w32c16", "void k02_conv2d_fwd_n128_h32w32c16(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre, int nb)", 603979776, 16786496, 1},
    {"k03_relu_n128_h32w32c16", "void k03_relu_n128_h32w32c16(const float *restrict conv2d_1_pre, float *restrict conv2d_1_out, int nb)", 4194304, 16777216, 1},
    {"k04_maxpool_fwd_n128_h16w16c16", "void k04_maxpool_fwd_n128_h16w16c16(const float *restrict conv2d_1_out, float *restrict max_pooling2d_out, int nb)", 2097152, 10485760, 1},
    {"k05_conv2d_fwd_n128_h16w16c32", "void k05_conv2d_fwd_n128_h16w16c32(const float *restrict max_pooling2d_out, const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, float *restrict conv2d_2_pre, int nb)", 301989888, 6310016, 1},
    {"k06_relu_n128_h16w16c32", "void k06_relu_n128_h16w16c32(const float *restrict conv2d_2_pre, float *restrict conv2d_2_out, int nb)", 2097152, 8388608, 1},
    {"k07_conv2d_fwd_n128_h16w16c32", "void k07_conv2d_fwd_n128_h16w16c32(const float *restrict conv2d_2_out, const float *restrict conv2d_3_kernel, const float *restrict conv2d_3_bias, float *restrict conv2d_3_pre, int nb)", 603979776, 8425600, 1},
    {"k08_relu_n128_h16w16c32", "void k08_relu_n128_h16w16c32(const float *restrict conv2d_3_pre, float *restrict conv2d_3_out, int nb)", 2097152, 8388608, 1},
    {"k09_maxpool_fwd_n128_h8w8c32", "void k09_maxpool_fwd_n128_h8w8c32(const float *restrict conv2d_3_out, float *restrict max_pooling2d_1_out, int nb)", 1048576, 5242880, 1},
    {"k10_conv2d_fwd_n128_h8w8c64", "void k10_conv2d_fwd_n128_h8w8c64(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_4_kernel, const float *restrict conv2d_4_bias, float *restrict conv2d_4_pre, int nb)", 301989888, 3219712, 1},
    {"k11_relu_n128_h8w8c64", "void k11_relu_n128_h8w8c64(const float *restrict conv2d_4_pre, float *restrict conv2d_4_out, int nb)", 1048576, 4194304, 1},
    {"k12_conv2d_fwd_n128_h8w8c64", "void k12_conv2d_fwd_n128_h8w8c64(const float *restrict conv2d_4_out, const float *restrict conv2d_5_kernel, const float *restrict conv2d_5_bias, float *restrict conv2d_5_pre, int nb)", 603979776, 4342016, 1},
    {"k13_relu_n128_h8w8c64", "void k13_relu_n128_h8w8c64(const float *restrict conv2d_5_pre, float *restrict conv2d_5_out, int nb)", 1048576, 4194304, 1},
    {"k14_maxpool_fwd_n128_h4w4c64", "void k14_maxpool_fwd_n128_h4w4c64(const float *restrict conv2d_5_out, float *restrict max_pooling2d_2_out, int nb)", 524288, 2621440, 1},
    {"k15_dropout_n128_h4w4c64", "void k15_dropout_n128_h4w4c64(const float *restrict max_pooling2d_2_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)", 262144, 1572864, 1},
    {"k16_dense_fwd_n128_k10", "void k16_dense_fwd_n128_k10(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)", 2621440, 570408, 1},
    {"k17_conv2d_fwd_n128_h32w32c16", "void k17_conv2d_fwd_n128_h32w32c16(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre_infer, int nb)", 113246208, 9963264, 6},
    {"k18_relu_n128_h32w32c16", "void k18_relu_n128_h32w32c16(const float *restrict conv2d_pre_infer, float *restrict conv2d_out_infer, int nb)", 4194304, 16777216, 6},
    {"k19_conv2d_fwd_n128_h32w32c16", "void k19_conv2d_fwd_n128_h32w32c16(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre_infer, int nb)", 603979776, 16786496, 6},
    {"k20_relu_n128_h32w32c16", "void k20_relu_n128_h32w32c16(const float *restrict conv2d_1_pre_infer, float *restrict conv2d_1_out_infer, int nb)", 4194304, 16777216, 6},
    {"k21_maxpool_fwd_n128_h16w16c16", "void k21_maxpool_fwd_n128_h16w16c16(const float *restrict conv2d_1_out_infer, float *restrict max_pooling2d_out_infer, int nb)", 2097152, 10485760, 6},
    {"k22_conv2d_fwd_n128_h16w16c32", "void k22_conv2d_fwd_n128_h16w16c32(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, float *restrict conv2d_2_pre_infer, int nb)", 301989888, 6310016, 6},
    {"k23_relu_n128_h16w16c32", "void k23_relu_n128_h16w16c32(const float *restrict conv2d_2_pre_infer, float *restrict conv2d_2_out_infer, int nb)", 2097152, 8388608, 6},
    {"k24_conv2d_fwd_n128_h16w16c32", "void k24_conv2d_fwd_n128_h16w16c32(const float *restrict conv2d_2_out_infer, const float *restrict conv2d_3_kernel, const float *restrict conv2d_3_bias, float *restrict conv2d_3_pre_infer, int nb)", 603979776, 8425600, 6},
    {"k25_relu_n128_h16w16c32", "void k25_relu_n128_h16w16c32(const float *restrict conv2d_3_pre_infer, float *restrict conv2d_3_out_infer, int nb)", 2097152, 8388608, 6},
    {"k26_maxpool_fwd_n128_h8w8c32", "void k26_maxpool_fwd_n128_h8w8c32(const float *restrict conv2d_3_out_infer, float *restrict max_pooling2d_1_out_infer, int nb)", 1048576, 5242880, 6},
    {"k27_conv2d_fwd_n128_h8w8c64", "void k27_conv2d_fwd_n128_h8w8c64(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_4_kernel, const float *restrict conv2d_4_bias, float *restrict conv2d_4_pre_infer, int nb)", 301989888, 3219712, 6},
    {"k28_relu_n128_h8w8c64", "void k28_relu_n128_h8w8c64(const float *restrict conv2d_4_pre_infer, float *restrict conv2d_4_out_infer, int nb)", 1048576, 4194304, 6},
    {"k29_conv2d_fwd_n128_h8w8c64", "void k29_conv2d_fwd_n128_h8w8c64(const float *restrict conv2d_4_out_infer, const float *restrict conv2d_5_kernel, const float *restrict conv2d_5_bias, float *restrict conv2d_5_pre_infer, int nb)", 603979776, 4342016, 6},
    {"k30_relu_n128_h8w8c64", "void k30_relu_n128_h8w8c64(const float *restrict conv2d_5_pre_infer, float *restrict conv2d_5_out_infer, int nb)", 1048576, 4194304, 6},
    {"k31_maxpool_fwd_n128_h4w4c64", "void k31_maxpool_fwd_n128_h4w4c64(const float *restrict conv2d_5_out_infer, float *restrict max_pooling2d_2_out_infer, int nb)", 524288, 2621440, 6},
    {"k32_dense_fwd_n128_k10", "void k32_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)", 2621440, 570408, 2},
    {"k33_dense_fwd_n128_k10", "void k33_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_predict_pre_infer, int nb)", 2621440, 570408, 4},
    {"k34_softmax_n128_k10", "void k34_softmax_n128_k10(const float *restrict dense_predict_pre_infer, float *restrict dense_out_infer, int nb)", 2560, 10240, 4},
    {"k35_softmax_ce_n128_k10", "void k35_softmax_ce_n128_k10(const float *restrict dense_pre, const float *restrict y, float *restrict probs, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 1},
    {"k36_softmax_ce_n128_k10", "void k36_softmax_ce_n128_k10(const float *restrict dense_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 2},
    {"k37_regularizer_1024x10", "void k37_regularizer_1024x10(const float *restrict dense_kernel, double *restrict loss)", 20480, 40960, 3},
    {"k38_softmax_ce_bwd_n128_k10", "void k38_softmax_ce_bwd_n128_k10(const float *restrict probs, const float *restrict y, float *restrict ddense_pre, int nb)", 2560, 15360, 1},
    {"k39_dense_bwd_weights_1024x10", "void k39_dense_bwd_weights_1024x10(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 2621440, 570408, 1},
    {"k40_dense_bwd_data_n128_k1024", "void k40_dense_bwd_data_n128_k1024(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict dflatten_out, float *restrict dense_kernel_transposed, int nb)", 2621440, 570368, 1},
    {"k41_dropout_bwd_n128_h4w4c64", "void k41_dropout_bwd_n128_h4w4c64(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dmax_pooling2d_2_out, int nb)", 262144, 1572864, 1},
    {"k42_maxpool_bwd_n128_h8w8c64", "void k42_maxpool_bwd_n128_h8w8c64(const float *restrict dmax_pooling2d_2_out, const float *restrict conv2d_5_out, float *restrict dconv2d_5_out, int nb)", 524288, 4718592, 1},
    {"k43_relu_bwd_n128_h8w8c64", "void k43_relu_bwd_n128_h8w8c64(const float *restrict dconv2d_5_out, const float *restrict conv2d_5_out, float *restrict dconv2d_5_pre, int nb)", 1048576, 6291456, 1},
    {"k44_conv2d_bwd_weights_3x3x64x64", "void k44_conv2d_bwd_weights_3x3x64x64(const float *restrict dconv2d_5_pre, const float *restrict conv2d_4_out, float *restrict dconv2d_5_kernel, float *restrict dconv2d_5_bias, int nb)", 603979776, 4342016, 1},
    {"k45_conv2d_bwd_data_n128_h8w8c64", "void k45_conv2d_bwd_data_n128_h8w8c64(const float *restrict dconv2d_5_pre, const float *restrict conv2d_5_kernel, float *restrict dconv2d_4_out, float *restrict conv2d_5_kernel_transposed, int nb)", 603979776, 4341760, 1},
    {"k46_relu_bwd_n128_h8w8c64", "void k46_relu_bwd_n128_h8w8c64(const float *restrict dconv2d_4_out, const float *restrict conv2d_4_out, float *restrict dconv2d_4_pre, int nb)", 1048576, 6291456, 1},
    {"k47_conv2d_bwd_weights_3x3x32x64", "void k47_conv2d_bwd_weights_3x3x32x64(const float *restrict dconv2d_4_pre, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_4_kernel, float *restrict dconv2d_4_bias, int nb)", 301989888, 3219712, 1},
    {"k48_conv2d_bwd_data_n128_h8w8c32", "void k48_conv2d_bwd_data_n128_h8w8c32(const float *restrict dconv2d_4_pre, const float *restrict conv2d_4_kernel, float *restrict dmax_pooling2d_1_out, float *restrict conv2d_4_kernel_transposed, int nb)", 301989888, 3219456, 1},
    {"k49_maxpool_bwd_n128_h16w16c32", "void k49_maxpool_bwd_n128_h16w16c32(const float *restrict dmax_pooling2d_1_out, const float *restrict conv2d_3_out, float *restrict dconv2d_3_out, int nb)", 1048576, 9437184, 1},
    {"k50_relu_bwd_n128_h16w16c32", "void k50_relu_bwd_n128_h16w16c32(const float *restrict dconv2d_3_out, const float *restrict conv2d_3_out, float *restrict dconv2d_3_pre, int nb)", 2097152, 12582912, 1},
    {"k51_conv2d_bwd_weights_3x3x32x32", "void k51_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_2_out, float *restrict dconv2d_3_kernel, float *restrict dconv2d_3_bias, int nb)", 603979776, 8425600, 1},
    {"k52_conv2d_bwd_data_n128_h16w16c32", "void k52_conv2d_bwd_data_n128_h16w16c32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_3_kernel, float *restrict dconv2d_2_out, float *restrict conv2d_3_kernel_transposed, int nb)", 603979776, 8425472, 1},
    {"k53_relu_bwd_n128_h16w16c32", "void k53_relu_bwd_n128_h16w16c32(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_out, float *restrict dconv2d_2_pre, int nb)", 2097152, 12582912, 1},
    {"k54_conv2d_bwd_weights_3x3x16x32", "void k54_conv2d_bwd_weights_3x3x16x32(const float *restrict dconv2d_2_pre, const float *restrict max_pooling2d_out, float *restrict dconv2d_2_kernel, float *restrict dconv2d_2_bias, int nb)", 301989888, 6310016, 1},
    {"k55_conv2d_bwd_data_n128_h16w16c16", "void k55_conv2d_bwd_data_n128_h16w16c16(const float *restrict dconv2d_2_pre, const float *restrict conv2d_2_kernel, float *restrict dmax_pooling2d_out, float *restrict conv2d_2_kernel_transposed, int nb)", 301989888, 6309888, 1},
    {"k56_maxpool_bwd_n128_h32w32c16", "void k56_maxpool_bwd_n128_h32w32c16(const float *restrict dmax_pooling2d_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_out, int nb)", 2097152, 18874368, 1},
    {"k57_relu_bwd_n128_h32w32c16", "void k57_relu_bwd_n128_h32w32c16(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, int nb)", 4194304, 25165824, 1},
    {"k58_conv2d_bwd_weights_3x3x16x16", "void k58_conv2d_bwd_weights_3x3x16x16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)", 603979776, 16786496, 1},
    {"k59_conv2d_bwd_data_n128_h32w32c16", "void k59_conv2d_bwd_data_n128_h32w32c16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel, float *restrict dconv2d_out, float *restrict conv2d_1_kernel_transposed, int nb)", 603979776, 16786432, 1},
    {"k60_relu_bwd_n128_h32w32c16", "void k60_relu_bwd_n128_h32w32c16(const float *restrict dconv2d_out, const float *restrict conv2d_out, float *restrict dconv2d_pre, int nb)", 4194304, 25165824, 1},
    {"k61_conv2d_bwd_weights_3x3x3x16", "void k61_conv2d_bwd_weights_3x3x3x16(const float *restrict dconv2d_pre, const float *restrict x, float *restrict dconv2d_kernel, float *restrict dconv2d_bias, int nb)", 113246208, 9963264, 1},
    {"k62_adam_update_regularizer_bwd_p82336", "void k62_adam_update_regularizer_bwd_p82336(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 843840, 2346368, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed004_cifar_maxpool3",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {32, 32, 3},
    .in_scale = (float)0.00392156886,
    .out_size = 10,
    .label_kind = KILN_LABEL_ONEHOT,
    .label_size = 10,
    .has_accuracy = 1,
    .n_params = 82336,
    .n_state = 0,
    .n_arena = 9175040,
    .n_tensors = 121,
    .tensors = tensors,
    .n_kernels = 63,
    .kernels = kernels,
    .isa = "generic",
};


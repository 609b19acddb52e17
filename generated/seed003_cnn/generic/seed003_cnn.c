/* seed003_cnn.c — emitted by kiln from models/seed003_cnn.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA generic. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 281680, state 0, arena 16924672.
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

/* k00_conv2d_fwd_n128_h26w26c32 — conv_fwd kernel
 *   node n0 "conv2d" (conv2d), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   in  conv2d/bias                (32) C
 *   out conv2d_pre                 (128, 26, 26, 32) NHWC
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k00_conv2d_fwd_n128_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 26; i++) {
            for (int j = 0; j < 26; j++) {
                float *yp = conv2d_pre + (((long)n * 26 + i) * 26 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 0;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 0;
                        const float *xp = x + (((long)n * 28 + h) * 28 + v) * 1;
                        const float *wp = conv2d_kernel + (p * 3 + q) * 32;
                        for (int c = 0; c < 1; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 32; f++) yp[f] += xv * wp[c * 32 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k01_relu_n128_h26w26c32 — eltwise kernel
 *   node n1 "conv2d.relu" (relu), from $.layers[0]
 *   in  conv2d_pre                 (128, 26, 26, 32) NHWC
 *   out conv2d_out                 (128, 26, 26, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k01_relu_n128_h26w26c32(const float *restrict conv2d_pre, float *restrict conv2d_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 21632; e < (long)(n + 1) * 21632; e++) {
            conv2d_out[e] = conv2d_pre[e] > 0.0f ? conv2d_pre[e] : (conv2d_pre[e] != conv2d_pre[e] ? conv2d_pre[e] : 0.0f);
        }
    }
}

/* k02_conv2d_fwd_n128_h24w24c64 — conv_fwd kernel
 *   node n2 "conv2d_1" (conv2d), from $.layers[1]
 *   in  conv2d_out                 (128, 26, 26, 32) NHWC
 *   in  conv2d_1/kernel            (3, 3, 32, 64) HWIO
 *   in  conv2d_1/bias              (64) C
 *   out conv2d_1_pre               (128, 24, 24, 64) NHWC
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k02_conv2d_fwd_n128_h24w24c64(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 24; i++) {
            for (int j = 0; j < 24; j++) {
                float *yp = conv2d_1_pre + (((long)n * 24 + i) * 24 + j) * 64;  /* the sums, in place */
                for (int f = 0; f < 64; f++) yp[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 0;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 0;
                        const float *xp = conv2d_out + (((long)n * 26 + h) * 26 + v) * 32;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 2048;
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

/* k03_relu_n128_h24w24c64 — eltwise kernel
 *   node n3 "conv2d_1.relu" (relu), from $.layers[1]
 *   in  conv2d_1_pre               (128, 24, 24, 64) NHWC
 *   out conv2d_1_out               (128, 24, 24, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k03_relu_n128_h24w24c64(const float *restrict conv2d_1_pre, float *restrict conv2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 36864; e < (long)(n + 1) * 36864; e++) {
            conv2d_1_out[e] = conv2d_1_pre[e] > 0.0f ? conv2d_1_pre[e] : (conv2d_1_pre[e] != conv2d_1_pre[e] ? conv2d_1_pre[e] : 0.0f);
        }
    }
}

/* k04_maxpool_fwd_n128_h8w8c64 — pool kernel
 *   node n4 "max_pooling2d" (maxpool), from $.layers[2]
 *   in  conv2d_1_out               (128, 24, 24, 64) NHWC
 *   out max_pooling2d_out          (128, 8, 8, 64) NHWC
 *   window 3x3, strides 3x3, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k04_maxpool_fwd_n128_h8w8c64(const float *restrict conv2d_1_out, float *restrict max_pooling2d_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                float *yp = max_pooling2d_out + (((long)n * 8 + i) * 8 + j) * 64;  /* the maxima, in place */
                for (int c = 0; c < 64; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 3; p++) {
                    const int h = i * 3 + p - 0;
                    if (h < 0 || h >= 24) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 3 + q - 0;
                        if (v < 0 || v >= 24) continue;
                        const float *xp = conv2d_1_out + (((long)n * 24 + h) * 24 + v) * 64;
                        /* NaN-propagating max */
                        for (int c = 0; c < 64; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k05_dropout_n128_h8w8c64 — eltwise kernel
 *   node n5 "dropout" (dropout), from $.layers[3]
 *   in  max_pooling2d_out          (128, 8, 8, 64) NHWC
 *   out dropout_out                (128, 8, 8, 64) NHWC
 *   out dropout_mask               (128, 8, 8, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k05_dropout_n128_h8w8c64(const float *restrict max_pooling2d_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)
{
    const float keep_scale = 1.66666663f;  /* 1 / (1 - rate) */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            const float u = kiln_uniform(seed, step, 0, e);
            dropout_mask[e] = u >= 0.400000006f ? keep_scale : 0.0f;
            dropout_out[e] = max_pooling2d_out[e] * dropout_mask[e];
        }
    }
}

/* k06_dense_fwd_n128_k64 — gemm kernel
 *   node n6 "dense" (dense), from $.layers[5]
 *   in  flatten_out                (128, 4096) NC
 *   in  dense/kernel               (4096, 64) IO
 *   in  dense/bias                 (64) C
 *   out dense_pre                  (128, 64) NC
 *   schedule: OpenMP over samples; ISA generic */
void k06_dense_fwd_n128_k64(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre + (long)n * 64;  /* the sums, in place */
        for (int m = 0; m < 64; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 4096; k++) {
            const float xv = flatten_out[(long)n * 4096 + k];
            for (int m = 0; m < 64; m++) yr[m] += xv * dense_kernel[k * 64 + m];
        }
    }
}

/* k07_relu_n128_k64 — eltwise kernel
 *   node n7 "dense.relu" (relu), from $.layers[5]
 *   in  dense_pre                  (128, 64) NC
 *   out dense_out                  (128, 64) NC
 *   schedule: OpenMP over samples; ISA generic */
void k07_relu_n128_k64(const float *restrict dense_pre, float *restrict dense_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 64; e < (long)(n + 1) * 64; e++) {
            dense_out[e] = dense_pre[e] > 0.0f ? dense_pre[e] : (dense_pre[e] != dense_pre[e] ? dense_pre[e] : 0.0f);
        }
    }
}

/* k08_dense_fwd_n128_k10 — gemm kernel
 *   node n8 "dense_1" (dense), from $.layers[6]
 *   in  dense_out                  (128, 64) NC
 *   in  dense_1/kernel             (64, 10) IO
 *   in  dense_1/bias               (10) C
 *   out dense_1_pre                (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k08_dense_fwd_n128_k10(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_1_pre + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_1_bias[m];
        for (int k = 0; k < 64; k++) {
            const float xv = dense_out[(long)n * 64 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_1_kernel[k * 10 + m];
        }
    }
}

/* k09_conv2d_fwd_n128_h26w26c32 — conv_fwd kernel
 *   node n9 "conv2d_infer" (conv2d), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   in  conv2d/bias                (32) C
 *   out conv2d_pre_infer           (128, 26, 26, 32) NHWC
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k09_conv2d_fwd_n128_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 26; i++) {
            for (int j = 0; j < 26; j++) {
                float *yp = conv2d_pre_infer + (((long)n * 26 + i) * 26 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 0;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 0;
                        const float *xp = x + (((long)n * 28 + h) * 28 + v) * 1;
                        const float *wp = conv2d_kernel + (p * 3 + q) * 32;
                        for (int c = 0; c < 1; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 32; f++) yp[f] += xv * wp[c * 32 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k10_relu_n128_h26w26c32 — eltwise kernel
 *   node n10 "conv2d.relu_infer" (relu), from $.layers[0]
 *   in  conv2d_pre_infer           (128, 26, 26, 32) NHWC
 *   out conv2d_out_infer           (128, 26, 26, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k10_relu_n128_h26w26c32(const float *restrict conv2d_pre_infer, float *restrict conv2d_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 21632; e < (long)(n + 1) * 21632; e++) {
            conv2d_out_infer[e] = conv2d_pre_infer[e] > 0.0f ? conv2d_pre_infer[e] : (conv2d_pre_infer[e] != conv2d_pre_infer[e] ? conv2d_pre_infer[e] : 0.0f);
        }
    }
}

/* k11_conv2d_fwd_n128_h24w24c64 — conv_fwd kernel
 *   node n11 "conv2d_1_infer" (conv2d), from $.layers[1]
 *   in  conv2d_out_infer           (128, 26, 26, 32) NHWC
 *   in  conv2d_1/kernel            (3, 3, 32, 64) HWIO
 *   in  conv2d_1/bias              (64) C
 *   out conv2d_1_pre_infer         (128, 24, 24, 64) NHWC
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k11_conv2d_fwd_n128_h24w24c64(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 24; i++) {
            for (int j = 0; j < 24; j++) {
                float *yp = conv2d_1_pre_infer + (((long)n * 24 + i) * 24 + j) * 64;  /* the sums, in place */
                for (int f = 0; f < 64; f++) yp[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 0;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 0;
                        const float *xp = conv2d_out_infer + (((long)n * 26 + h) * 26 + v) * 32;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 2048;
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

/* k12_relu_n128_h24w24c64 — eltwise kernel
 *   node n12 "conv2d_1.relu_infer" (relu), from $.layers[1]
 *   in  conv2d_1_pre_infer         (128, 24, 24, 64) NHWC
 *   out conv2d_1_out_infer         (128, 24, 24, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k12_relu_n128_h24w24c64(const float *restrict conv2d_1_pre_infer, float *restrict conv2d_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 36864; e < (long)(n + 1) * 36864; e++) {
            conv2d_1_out_infer[e] = conv2d_1_pre_infer[e] > 0.0f ? conv2d_1_pre_infer[e] : (conv2d_1_pre_infer[e] != conv2d_1_pre_infer[e] ? conv2d_1_pre_infer[e] : 0.0f);
        }
    }
}

/* k13_maxpool_fwd_n128_h8w8c64 — pool kernel
 *   node n13 "max_pooling2d_infer" (maxpool), from $.layers[2]
 *   in  conv2d_1_out_infer         (128, 24, 24, 64) NHWC
 *   out max_pooling2d_out_infer    (128, 8, 8, 64) NHWC
 *   window 3x3, strides 3x3, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k13_maxpool_fwd_n128_h8w8c64(const float *restrict conv2d_1_out_infer, float *restrict max_pooling2d_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                float *yp = max_pooling2d_out_infer + (((long)n * 8 + i) * 8 + j) * 64;  /* the maxima, in place */
                for (int c = 0; c < 64; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 3; p++) {
                    const int h = i * 3 + p - 0;
                    if (h < 0 || h >= 24) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 3 + q - 0;
                        if (v < 0 || v >= 24) continue;
                        const float *xp = conv2d_1_out_infer + (((long)n * 24 + h) * 24 + v) * 64;
                        /* NaN-propagating max */
                        for (int c = 0; c < 64; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k14_dense_fwd_n128_k64 — gemm kernel
 *   node n14 "dense_infer" (dense), from $.layers[5]
 *   in  flatten_out_infer          (128, 4096) NC
 *   in  dense/kernel               (4096, 64) IO
 *   in  dense/bias                 (64) C
 *   out dense_pre_infer            (128, 64) NC
 *   schedule: OpenMP over samples; ISA generic */
void k14_dense_fwd_n128_k64(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre_infer + (long)n * 64;  /* the sums, in place */
        for (int m = 0; m < 64; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 4096; k++) {
            const float xv = flatten_out_infer[(long)n * 4096 + k];
            for (int m = 0; m < 64; m++) yr[m] += xv * dense_kernel[k * 64 + m];
        }
    }
}

/* k15_relu_n128_k64 — eltwise kernel
 *   node n15 "dense.relu_infer" (relu), from $.layers[5]
 *   in  dense_pre_infer            (128, 64) NC
 *   out dense_out_infer            (128, 64) NC
 *   schedule: OpenMP over samples; ISA generic */
void k15_relu_n128_k64(const float *restrict dense_pre_infer, float *restrict dense_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 64; e < (long)(n + 1) * 64; e++) {
            dense_out_infer[e] = dense_pre_infer[e] > 0.0f ? dense_pre_infer[e] : (dense_pre_infer[e] != dense_pre_infer[e] ? dense_pre_infer[e] : 0.0f);
        }
    }
}

/* k16_dense_fwd_n128_k10 — gemm kernel
 *   node n16 "dense_1_infer" (dense), from $.layers[6]
 *   in  dense_out_infer            (128, 64) NC
 *   in  dense_1/kernel             (64, 10) IO
 *   in  dense_1/bias               (10) C
 *   out dense_1_pre_infer          (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k16_dense_fwd_n128_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_1_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_1_bias[m];
        for (int k = 0; k < 64; k++) {
            const float xv = dense_out_infer[(long)n * 64 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_1_kernel[k * 10 + m];
        }
    }
}

/* k17_dense_fwd_n128_k10 — gemm kernel
 *   node n17 "dense_1_predict_infer" (dense), from $.layers[6]
 *   in  dense_out_infer            (128, 64) NC
 *   in  dense_1/kernel             (64, 10) IO
 *   in  dense_1/bias               (10) C
 *   out dense_1_predict_pre_infer  (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k17_dense_fwd_n128_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_predict_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_1_predict_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_1_bias[m];
        for (int k = 0; k < 64; k++) {
            const float xv = dense_out_infer[(long)n * 64 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_1_kernel[k * 10 + m];
        }
    }
}

/* k18_softmax_n128_k10 — loss kernel
 *   node n18 "dense_1.softmax_infer" (softmax), from $.layers[6]
 *   in  dense_1_predict_pre_infer  (128, 10) NC
 *   out dense_1_out_infer          (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k18_softmax_n128_k10(const float *restrict dense_1_predict_pre_infer, float *restrict dense_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (long r = 0; r < (long)nb * 1; r++) {
        {
            const float *zr = dense_1_predict_pre_infer + r * 10;
            float *yr = dense_1_out_infer + r * 10;
            float mx = zr[0];
            for (int k = 1; k < 10; k++) mx = zr[k] > mx ? zr[k] : mx;
            float sum = 0.0f;
            for (int k = 0; k < 10; k++) { yr[k] = expf(zr[k] - mx); sum += yr[k]; }
            for (int k = 0; k < 10; k++) yr[k] /= sum;
        }
    }
}

/* k19_softmax_ce_n128_k10 — loss kernel
 *   node n19 "loss" (softmax_ce), from $.loss
 *   in  dense_1_pre                (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs                      (128, 10) NC
 *   tmp dense_1_pre.per_sample     (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k19_softmax_ce_n128_k10(const float *restrict dense_1_pre, const float *restrict y, float *restrict probs, float *restrict dense_1_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_1_pre_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_1_pre + (long)n * 10;
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

/* k20_softmax_ce_n128_k10 — loss kernel
 *   node n20 "loss_eval" (softmax_ce), from $.loss
 *   in  dense_1_pre_infer          (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_1_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k20_softmax_ce_n128_k10(const float *restrict dense_1_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_1_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_1_pre_infer_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_1_pre_infer + (long)n * 10;
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

/* k21_softmax_ce_bwd_n128_k10 — loss kernel
 *   node n22 "dloss" (softmax_ce_bwd), from $.loss
 *   in  probs                      (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out ddense_1_pre               (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k21_softmax_ce_bwd_n128_k10(const float *restrict probs, const float *restrict y, float *restrict ddense_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *p = probs + (long)n * 10;
        float *d = ddense_1_pre + (long)n * 10;
        const float *t = y + (long)n * 10;
        float st = 0.0f;
        for (int k = 0; k < 10; k++) st += t[k];
        for (int k = 0; k < 10; k++) d[k] = (p[k] * st - t[k]) / (float)nb;
    }
}

/* k22_dense_bwd_weights_64x10 — gemm kernel
 *   node n23 "ddense_1.weights" (dense_bwd_weights), from $.layers[6]
 *   in  ddense_1_pre               (128, 10) NC
 *   in  dense_out                  (128, 64) NC
 *   out ddense_1/kernel            (64, 10) IO
 *   out ddense_1/bias              (10) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k22_dense_bwd_weights_64x10(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 64; k++) {
        float *dwr = ddense_1_kernel + (long)k * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = dense_out[(long)n * 64 + k];
            for (int m = 0; m < 10; m++) dwr[m] += xv * ddense_1_pre[(long)n * 10 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 10; m++) ddense_1_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 10; m++) ddense_1_bias[m] += ddense_1_pre[(long)n * 10 + m];
    }
}

/* k23_dense_bwd_data_n128_k64 — gemm kernel
 *   node n24 "ddense_1.data" (dense_bwd_data), from $.layers[6]
 *   in  ddense_1_pre               (128, 10) NC
 *   in  dense_1/kernel             (64, 10) IO
 *   out ddense_out                 (128, 64) NC
 *   tmp dense_1/kernel.transposed  (10, 64) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k23_dense_bwd_data_n128_k64(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict ddense_out, float *restrict dense_1_kernel_transposed, int nb)
{
    /* Transposed kernel dense_1_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 64; k++)
        for (int m = 0; m < 10; m++) dense_1_kernel_transposed[m * 64 + k] = dense_1_kernel[k * 10 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = ddense_out + (long)n * 64;  /* the sums, in place */
        for (int k = 0; k < 64; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 10; m++) {
            const float d = ddense_1_pre[(long)n * 10 + m];
            for (int k = 0; k < 64; k++) dxr[k] += d * dense_1_kernel_transposed[m * 64 + k];
        }
    }
}

/* k24_relu_bwd_n128_k64 — eltwise kernel
 *   node n25 "ddense.relu" (relu_bwd), from $.layers[5]
 *   in  ddense_out                 (128, 64) NC
 *   in  dense_out                  (128, 64) NC
 *   out ddense_pre                 (128, 64) NC
 *   schedule: OpenMP over samples; ISA generic */
void k24_relu_bwd_n128_k64(const float *restrict ddense_out, const float *restrict dense_out, float *restrict ddense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 64; e < (long)(n + 1) * 64; e++) {
            ddense_pre[e] = dense_out[e] > 0.0f ? ddense_out[e] : 0.0f;
        }
    }
}

/* k25_dense_bwd_weights_4096x64 — gemm kernel
 *   node n26 "ddense.weights" (dense_bwd_weights), from $.layers[5]
 *   in  ddense_pre                 (128, 64) NC
 *   in  flatten_out                (128, 4096) NC
 *   out ddense/kernel              (4096, 64) IO
 *   out ddense/bias                (64) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k25_dense_bwd_weights_4096x64(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 4096; k++) {
        float *dwr = ddense_kernel + (long)k * 64;  /* the sums, in place */
        for (int m = 0; m < 64; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = flatten_out[(long)n * 4096 + k];
            for (int m = 0; m < 64; m++) dwr[m] += xv * ddense_pre[(long)n * 64 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 64; m++) ddense_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 64; m++) ddense_bias[m] += ddense_pre[(long)n * 64 + m];
    }
}

/* k26_dense_bwd_data_n128_k4096 — gemm kernel
 *   node n27 "ddense.data" (dense_bwd_data), from $.layers[5]
 *   in  ddense_pre                 (128, 64) NC
 *   in  dense/kernel               (4096, 64) IO
 *   out dflatten_out               (128, 4096) NC
 *   tmp dense/kernel.transposed    (64, 4096) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k26_dense_bwd_data_n128_k4096(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict dflatten_out, float *restrict dense_kernel_transposed, int nb)
{
    /* Transposed kernel dense_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 4096; k++)
        for (int m = 0; m < 64; m++) dense_kernel_transposed[m * 4096 + k] = dense_kernel[k * 64 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = dflatten_out + (long)n * 4096;  /* the sums, in place */
        for (int k = 0; k < 4096; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 64; m++) {
            const float d = ddense_pre[(long)n * 64 + m];
            for (int k = 0; k < 4096; k++) dxr[k] += d * dense_kernel_transposed[m * 4096 + k];
        }
    }
}

/* k27_dropout_bwd_n128_h8w8c64 — eltwise kernel
 *   node n28 "ddropout" (dropout_bwd), from $.layers[3]
 *   in  ddropout_out               (128, 8, 8, 64) NHWC
 *   in  dropout_mask               (128, 8, 8, 64) NHWC
 *   out dmax_pooling2d_out         (128, 8, 8, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k27_dropout_bwd_n128_h8w8c64(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dmax_pooling2d_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            dmax_pooling2d_out[e] = ddropout_out[e] * dropout_mask[e];
        }
    }
}

/* k28_maxpool_bwd_n128_h24w24c64 — pool kernel
 *   node n29 "dmax_pooling2d" (maxpool_bwd), from $.layers[2]
 *   in  dmax_pooling2d_out         (128, 8, 8, 64) NHWC
 *   in  conv2d_1_out               (128, 24, 24, 64) NHWC
 *   out dconv2d_1_out              (128, 24, 24, 64) NHWC
 *   window 3x3, strides 3x3, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k28_maxpool_bwd_n128_h24w24c64(const float *restrict dmax_pooling2d_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dconv2d_1_out + (long)n * 36864;
        const float *xn = conv2d_1_out + (long)n * 36864;
        memset(dxn, 0, sizeof(float) * 36864);
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                const float *dyp = dmax_pooling2d_out + (((long)n * 8 + i) * 8 + j) * 64;
                for (int c = 0; c < 64; c++) {
                    float m = -INFINITY;
                    int at = -1;
                    for (int p = 0; p < 3; p++) {
                        const int h = i * 3 + p - 0;
                        if (h < 0 || h >= 24) continue;
                        for (int q = 0; q < 3; q++) {
                            const int v = j * 3 + q - 0;
                            if (v < 0 || v >= 24) continue;
                            const int e = (h * 24 + v) * 64 + c;
                            if (xn[e] > m || at < 0) { m = xn[e]; at = e; }
                        }
                    }
                    dxn[at] += dyp[c];
                }
            }
        }
    }
}

/* k29_relu_bwd_n128_h24w24c64 — eltwise kernel
 *   node n30 "dconv2d_1.relu" (relu_bwd), from $.layers[1]
 *   in  dconv2d_1_out              (128, 24, 24, 64) NHWC
 *   in  conv2d_1_out               (128, 24, 24, 64) NHWC
 *   out dconv2d_1_pre              (128, 24, 24, 64) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k29_relu_bwd_n128_h24w24c64(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 36864; e < (long)(n + 1) * 36864; e++) {
            dconv2d_1_pre[e] = conv2d_1_out[e] > 0.0f ? dconv2d_1_out[e] : 0.0f;
        }
    }
}

/* k30_conv2d_bwd_weights_3x3x32x64 — conv_bwd_weights kernel
 *   node n31 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[1]
 *   in  dconv2d_1_pre              (128, 24, 24, 64) NHWC
 *   in  conv2d_out                 (128, 26, 26, 32) NHWC
 *   out dconv2d_1/kernel           (3, 3, 32, 64) HWIO
 *   out dconv2d_1/bias             (64) C
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k30_conv2d_bwd_weights_3x3x32x64(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 16 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 18; unit++) {
        const int p = unit / 6, q = unit / 2 % 3, c0 = unit % 2 * 16;
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        float *dwu = dconv2d_1_kernel + (long)(p * 3 + q) * 2048 + (long)c0 * 64;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 64);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 24; i++) {
                const int h = i * 1 + p - 0;
                for (int j = 0; j < 24; j++) {
                    const int v = j * 1 + q - 0;
                    const float *xp = conv2d_out + (((long)n * 26 + h) * 26 + v) * 32 + c0;
                    const float *dyp = dconv2d_1_pre + (((long)n * 24 + i) * 24 + j) * 64;
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
    for (int f = 0; f < 64; f++) dconv2d_1_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 576; r++)
        for (int f = 0; f < 64; f++) dconv2d_1_bias[f] += dconv2d_1_pre[r * 64 + f];
    }
}

/* k31_conv2d_bwd_data_n128_h26w26c32 — conv_bwd_data kernel
 *   node n32 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[1]
 *   in  dconv2d_1_pre              (128, 24, 24, 64) NHWC
 *   in  conv2d_1/kernel            (3, 3, 32, 64) HWIO
 *   out dconv2d_out                (128, 26, 26, 32) NHWC
 *   tmp conv2d_1/kernel.transposed (3, 3, 64, 32) HWIO, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k31_conv2d_bwd_data_n128_h26w26c32(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel, float *restrict dconv2d_out, float *restrict conv2d_1_kernel_transposed, int nb)
{
    /* Transposed kernel conv2d_1_kernel_transposed[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    #pragma omp for schedule(static)
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 32; c++)
            for (int f = 0; f < 64; f++) conv2d_1_kernel_transposed[(pq * 64 + f) * 32 + c] = conv2d_1_kernel[(pq * 32 + c) * 64 + f];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 26; h++) {
            for (int v = 0; v < 26; v++) {
                float *dxp = dconv2d_out + (((long)n * 26 + h) * 26 + v) * 32;  /* the sums, in place */
                for (int c = 0; c < 32; c++) dxp[c] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 0 - p;
                    if (ih < 0 || ih >= 24) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 0 - q;
                        if (jw < 0 || jw >= 24) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_1_pre + (((long)n * 24 + i) * 24 + j) * 64;
                        const float *wp = conv2d_1_kernel_transposed + (p * 3 + q) * 2048;
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

/* k32_relu_bwd_n128_h26w26c32 — eltwise kernel
 *   node n33 "dconv2d.relu" (relu_bwd), from $.layers[0]
 *   in  dconv2d_out                (128, 26, 26, 32) NHWC
 *   in  conv2d_out                 (128, 26, 26, 32) NHWC
 *   out dconv2d_pre                (128, 26, 26, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k32_relu_bwd_n128_h26w26c32(const float *restrict dconv2d_out, const float *restrict conv2d_out, float *restrict dconv2d_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 21632; e < (long)(n + 1) * 21632; e++) {
            dconv2d_pre[e] = conv2d_out[e] > 0.0f ? dconv2d_out[e] : 0.0f;
        }
    }
}

/* k33_conv2d_bwd_weights_3x3x1x32 — conv_bwd_weights kernel
 *   node n34 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[0]
 *   in  dconv2d_pre                (128, 26, 26, 32) NHWC
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out dconv2d/kernel             (3, 3, 1, 32) HWIO
 *   out dconv2d/bias               (32) C
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k33_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_pre, const float *restrict x, float *restrict dconv2d_kernel, float *restrict dconv2d_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 1 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 9; unit++) {
        const int p = unit / 3, q = unit / 1 % 3, c0 = unit % 1 * 1;
        const int cn = 1 - c0 < 1 ? 1 - c0 : 1;
        float *dwu = dconv2d_kernel + (long)(p * 3 + q) * 32 + (long)c0 * 32;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 32);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 26; i++) {
                const int h = i * 1 + p - 0;
                for (int j = 0; j < 26; j++) {
                    const int v = j * 1 + q - 0;
                    const float *xp = x + (((long)n * 28 + h) * 28 + v) * 1 + c0;
                    const float *dyp = dconv2d_pre + (((long)n * 26 + i) * 26 + j) * 32;
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
    for (int f = 0; f < 32; f++) dconv2d_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 676; r++)
        for (int f = 0; f < 32; f++) dconv2d_bias[f] += dconv2d_pre[r * 32 + f];
    }
}

/* k34_sgd_update_p281680 — optimizer kernel
 *   node n35 "sgd" (sgd_update), from $.optimizer
 *   schedule: OpenMP over elements; ISA generic */
void k34_sgd_update_p281680(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    (void)v; (void)t;
    (void)m;
    #pragma omp for schedule(static)
    for (long i = 0; i < 281680; i++) {
        p[i] -= lr * g[i];
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
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_pre = A + 0;  /* conv2d_pre (128, 26, 26, 32) */
    float *const conv2d_out = A + 14155776;  /* conv2d_out (128, 26, 26, 32) */
    float *const conv2d_1_kernel = P + 320;  /* conv2d_1/kernel (3, 3, 32, 64) */
    float *const conv2d_1_bias = P + 18752;  /* conv2d_1/bias (64) */
    float *const conv2d_1_pre = A + 0;  /* conv2d_1_pre (128, 24, 24, 64) */
    float *const conv2d_1_out = A + 4718592;  /* conv2d_1_out (128, 24, 24, 64) */
    float *const max_pooling2d_out = A + 0;  /* max_pooling2d_out (128, 8, 8, 64) */
    float *const dropout_out = A + 524288;  /* dropout_out (128, 8, 8, 64) */
    float *const dropout_mask = A + 1048576;  /* dropout_mask (128, 8, 8, 64) */
    float *const flatten_out = A + 524288;  /* flatten_out (128, 4096) */
    float *const dense_kernel = P + 18816;  /* dense/kernel (4096, 64) */
    float *const dense_bias = P + 280960;  /* dense/bias (64) */
    float *const dense_pre = A + 0;  /* dense_pre (128, 64) */
    float *const dense_out = A + 8192;  /* dense_out (128, 64) */
    float *const dense_1_kernel = P + 281024;  /* dense_1/kernel (64, 10) */
    float *const dense_1_bias = P + 281664;  /* dense_1/bias (10) */
    float *const dense_1_pre = A + 0;  /* dense_1_pre (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs = A + 1280;  /* probs (128, 10) */
    float *const dense_1_pre_per_sample = A + 2560;  /* dense_1_pre.per_sample (512) */
    float *const ddense_1_pre = A + 16384;  /* ddense_1_pre (128, 10) */
    float *const ddense_1_kernel = G + 281024;  /* ddense_1/kernel (64, 10) */
    float *const ddense_1_bias = G + 281664;  /* ddense_1/bias (10) */
    float *const ddense_out = A + 0;  /* ddense_out (128, 64) */
    float *const dense_1_kernel_transposed = A + 17664;  /* dense_1/kernel.transposed (10, 64) */
    float *const ddense_pre = A + 1572864;  /* ddense_pre (128, 64) */
    float *const ddense_kernel = G + 18816;  /* ddense/kernel (4096, 64) */
    float *const ddense_bias = G + 280960;  /* ddense/bias (64) */
    float *const dflatten_out = A + 0;  /* dflatten_out (128, 4096) */
    float *const dense_kernel_transposed = A + 524288;  /* dense/kernel.transposed (64, 4096) */
    float *const ddropout_out = A + 0;  /* ddropout_out (128, 8, 8, 64) */
    float *const dmax_pooling2d_out = A + 9437184;  /* dmax_pooling2d_out (128, 8, 8, 64) */
    float *const dconv2d_1_out = A + 0;  /* dconv2d_1_out (128, 24, 24, 64) */
    float *const dconv2d_1_pre = A + 9437184;  /* dconv2d_1_pre (128, 24, 24, 64) */
    float *const dconv2d_1_kernel = G + 320;  /* dconv2d_1/kernel (3, 3, 32, 64) */
    float *const dconv2d_1_bias = G + 18752;  /* dconv2d_1/bias (64) */
    float *const dconv2d_out = A + 0;  /* dconv2d_out (128, 26, 26, 32) */
    float *const conv2d_1_kernel_transposed = A + 2768896;  /* conv2d_1/kernel.transposed (3, 3, 64, 32) */
    float *const dconv2d_pre = A + 2768896;  /* dconv2d_pre (128, 26, 26, 32) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 1, 32) */
    float *const dconv2d_bias = G + 288;  /* dconv2d/bias (32) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 66387442 FLOP per sample, 1126720 bytes of parameters: threads at any batch */
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_conv2d_fwd_n128_h26w26c32(x, conv2d_kernel, conv2d_bias, conv2d_pre, nb);
        k01_relu_n128_h26w26c32(conv2d_pre, conv2d_out, nb);
        k02_conv2d_fwd_n128_h24w24c64(conv2d_out, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre, nb);
        k03_relu_n128_h24w24c64(conv2d_1_pre, conv2d_1_out, nb);
        k04_maxpool_fwd_n128_h8w8c64(conv2d_1_out, max_pooling2d_out, nb);
        k05_dropout_n128_h8w8c64(max_pooling2d_out, dropout_out, dropout_mask, nb, s->seed, s->step);
        k06_dense_fwd_n128_k64(flatten_out, dense_kernel, dense_bias, dense_pre, nb);
        k07_relu_n128_k64(dense_pre, dense_out, nb);
        k08_dense_fwd_n128_k10(dense_out, dense_1_kernel, dense_1_bias, dense_1_pre, nb);
        k19_softmax_ce_n128_k10(dense_1_pre, y, probs, dense_1_pre_per_sample, nb, &s->loss, &s->metric);
        k21_softmax_ce_bwd_n128_k10(probs, y, ddense_1_pre, nb);
        k22_dense_bwd_weights_64x10(ddense_1_pre, dense_out, ddense_1_kernel, ddense_1_bias, nb);
        k23_dense_bwd_data_n128_k64(ddense_1_pre, dense_1_kernel, ddense_out, dense_1_kernel_transposed, nb);
        k24_relu_bwd_n128_k64(ddense_out, dense_out, ddense_pre, nb);
        k25_dense_bwd_weights_4096x64(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k26_dense_bwd_data_n128_k4096(ddense_pre, dense_kernel, dflatten_out, dense_kernel_transposed, nb);
        k27_dropout_bwd_n128_h8w8c64(ddropout_out, dropout_mask, dmax_pooling2d_out, nb);
        k28_maxpool_bwd_n128_h24w24c64(dmax_pooling2d_out, conv2d_1_out, dconv2d_1_out, nb);
        k29_relu_bwd_n128_h24w24c64(dconv2d_1_out, conv2d_1_out, dconv2d_1_pre, nb);
        k30_conv2d_bwd_weights_3x3x32x64(dconv2d_1_pre, conv2d_out, dconv2d_1_kernel, dconv2d_1_bias, nb);
        k31_conv2d_bwd_data_n128_h26w26c32(dconv2d_1_pre, conv2d_1_kernel, dconv2d_out, conv2d_1_kernel_transposed, nb);
        k32_relu_bwd_n128_h26w26c32(dconv2d_out, conv2d_out, dconv2d_pre, nb);
        k33_conv2d_bwd_weights_3x3x1x32(dconv2d_pre, x, dconv2d_kernel, dconv2d_bias, nb);
        k34_sgd_update_p281680(P, G, M, V, s->step, s->learning_rate);
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
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_pre_infer = A + 0;  /* conv2d_pre_infer (128, 26, 26, 32) */
    float *const conv2d_out_infer = A + 4718592;  /* conv2d_out_infer (128, 26, 26, 32) */
    float *const conv2d_1_kernel = P + 320;  /* conv2d_1/kernel (3, 3, 32, 64) */
    float *const conv2d_1_bias = P + 18752;  /* conv2d_1/bias (64) */
    float *const conv2d_1_pre_infer = A + 0;  /* conv2d_1_pre_infer (128, 24, 24, 64) */
    float *const conv2d_1_out_infer = A + 4718592;  /* conv2d_1_out_infer (128, 24, 24, 64) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 8, 8, 64) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 4096) */
    float *const dense_kernel = P + 18816;  /* dense/kernel (4096, 64) */
    float *const dense_bias = P + 280960;  /* dense/bias (64) */
    float *const dense_pre_infer = A + 524288;  /* dense_pre_infer (128, 64) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (128, 64) */
    float *const dense_1_kernel = P + 281024;  /* dense_1/kernel (64, 10) */
    float *const dense_1_bias = P + 281664;  /* dense_1/bias (10) */
    float *const dense_1_pre_infer = A + 8192;  /* dense_1_pre_infer (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs_eval = A + 0;  /* probs_eval (128, 10) */
    float *const dense_1_pre_infer_per_sample = A + 1280;  /* dense_1_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 22302612 FLOP per sample, 1126720 bytes of parameters: threads at any batch */
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k09_conv2d_fwd_n128_h26w26c32(x, conv2d_kernel, conv2d_bias, conv2d_pre_infer, nb);
        k10_relu_n128_h26w26c32(conv2d_pre_infer, conv2d_out_infer, nb);
        k11_conv2d_fwd_n128_h24w24c64(conv2d_out_infer, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre_infer, nb);
        k12_relu_n128_h24w24c64(conv2d_1_pre_infer, conv2d_1_out_infer, nb);
        k13_maxpool_fwd_n128_h8w8c64(conv2d_1_out_infer, max_pooling2d_out_infer, nb);
        k14_dense_fwd_n128_k64(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
        k15_relu_n128_k64(dense_pre_infer, dense_out_infer, nb);
        k16_dense_fwd_n128_k10(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
        k20_softmax_ce_n128_k10(dense_1_pre_infer, y, probs_eval, dense_1_pre_infer_per_sample, nb, &s->loss, &s->metric);
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
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_pre_infer = A + 0;  /* conv2d_pre_infer (128, 26, 26, 32) */
    float *const conv2d_out_infer = A + 4718592;  /* conv2d_out_infer (128, 26, 26, 32) */
    float *const conv2d_1_kernel = P + 320;  /* conv2d_1/kernel (3, 3, 32, 64) */
    float *const conv2d_1_bias = P + 18752;  /* conv2d_1/bias (64) */
    float *const conv2d_1_pre_infer = A + 0;  /* conv2d_1_pre_infer (128, 24, 24, 64) */
    float *const conv2d_1_out_infer = A + 4718592;  /* conv2d_1_out_infer (128, 24, 24, 64) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 8, 8, 64) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 4096) */
    float *const dense_kernel = P + 18816;  /* dense/kernel (4096, 64) */
    float *const dense_bias = P + 280960;  /* dense/bias (64) */
    float *const dense_pre_infer = A + 524288;  /* dense_pre_infer (128, 64) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (128, 64) */
    float *const dense_1_kernel = P + 281024;  /* dense_1/kernel (64, 10) */
    float *const dense_1_bias = P + 281664;  /* dense_1/bias (10) */
    float *const dense_1_predict_pre_infer = A + 9472;  /* dense_1_predict_pre_infer (128, 10) */
    float *const dense_1_out_infer = s->out;  /* dense_1_out_infer (128, 10) */
    /* 22302632 FLOP per sample, 1126720 bytes of parameters: threads at any batch */
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k09_conv2d_fwd_n128_h26w26c32(x, conv2d_kernel, conv2d_bias, conv2d_pre_infer, nb);
        k10_relu_n128_h26w26c32(conv2d_pre_infer, conv2d_out_infer, nb);
        k11_conv2d_fwd_n128_h24w24c64(conv2d_out_infer, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre_infer, nb);
        k12_relu_n128_h24w24c64(conv2d_1_pre_infer, conv2d_1_out_infer, nb);
        k13_maxpool_fwd_n128_h8w8c64(conv2d_1_out_infer, max_pooling2d_out_infer, nb);
        k14_dense_fwd_n128_k64(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
        k15_relu_n128_k64(dense_pre_infer, dense_out_infer, nb);
        k17_dense_fwd_n128_k10(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_predict_pre_infer, nb);
        k18_softmax_n128_k10(dense_1_predict_pre_infer, dense_1_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 3, 9, 288},
    {"conv2d/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"conv2d_pre", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "NHWC", 0, 2768896, 0, 0, 0},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "NHWC", 14155776, 2768896, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 64}, "HWIO", 320, 18432, 3, 288, 576},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 18752, 64, 1, 0, 0},
    {"conv2d_1_pre", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "NHWC", 0, 4718592, 0, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "NHWC", 4718592, 4718592, 0, 0, 0},
    {"max_pooling2d_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"dropout_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 524288, 524288, 0, 0, 0},
    {"dropout_mask", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 1048576, 524288, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {4096, 64, 0, 0}, "IO", 18816, 262144, 3, 4096, 64},
    {"dense/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 280960, 64, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 8192, 8192, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {64, 10, 0, 0}, "IO", 281024, 640, 3, 64, 10},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 281664, 10, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"conv2d_pre_infer", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "NHWC", 0, 2768896, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "NHWC", 4718592, 2768896, 0, 0, 0},
    {"conv2d_1_pre_infer", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "NHWC", 0, 4718592, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "NHWC", 4718592, 4718592, 0, 0, 0},
    {"max_pooling2d_out_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 524288, 8192, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 8192, 1280, 0, 0, 0},
    {"dense_1_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 9472, 1280, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 16384, 1280, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 281664, 10, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {64, 10, 0, 0}, "IO", 281024, 640, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 1572864, 8192, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 280960, 64, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {4096, 64, 0, 0}, "IO", 18816, 262144, 0, 0, 0},
    {"ddropout_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"dmax_pooling2d_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 9437184, 524288, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "NHWC", 0, 4718592, 0, 0, 0},
    {"dconv2d_1_pre", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "NHWC", 9437184, 4718592, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 18752, 64, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 64}, "HWIO", 320, 18432, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "NHWC", 0, 2768896, 0, 0, 0},
    {"dconv2d_pre", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "NHWC", 2768896, 2768896, 0, 0, 0},
    {"dconv2d/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 288, 32, 0, 0, 0},
    {"dconv2d/kernel", KILN_ROLE_GRAD, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 0, 0, 0},
    {"dense_1_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dense_1_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 1280, 512, 0, 0, 0},
    {"dense_1/kernel.transposed", KILN_ROLE_ACT, 2, {10, 64, 0, 0}, "IO", 17664, 640, 0, 0, 0},
    {"dense/kernel.transposed", KILN_ROLE_ACT, 2, {64, 4096, 0, 0}, "IO", 524288, 262144, 0, 0, 0},
    {"conv2d_1/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 64, 32}, "HWIO", 2768896, 18432, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_conv2d_fwd_n128_h26w26c32", "void k00_conv2d_fwd_n128_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre, int nb)", 49840128, 11478272, 1},
    {"k01_relu_n128_h26w26c32", "void k01_relu_n128_h26w26c32(const float *restrict conv2d_pre, float *restrict conv2d_out, int nb)", 5537792, 22151168, 1},
    {"k02_conv2d_fwd_n128_h24w24c64", "void k02_conv2d_fwd_n128_h24w24c64(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre, int nb)", 2717908992, 30023936, 1},
    {"k03_relu_n128_h24w24c64", "void k03_relu_n128_h24w24c64(const float *restrict conv2d_1_pre, float *restrict conv2d_1_out, int nb)", 9437184, 37748736, 1},
    {"k04_maxpool_fwd_n128_h8w8c64", "void k04_maxpool_fwd_n128_h8w8c64(const float *restrict conv2d_1_out, float *restrict max_pooling2d_out, int nb)", 4718592, 20971520, 1},
    {"k05_dropout_n128_h8w8c64", "void k05_dropout_n128_h8w8c64(const float *restrict max_pooling2d_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)", 1048576, 6291456, 1},
    {"k06_dense_fwd_n128_k64", "void k06_dense_fwd_n128_k64(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)", 67108864, 3178752, 1},
    {"k07_relu_n128_k64", "void k07_relu_n128_k64(const float *restrict dense_pre, float *restrict dense_out, int nb)", 16384, 65536, 1},
    {"k08_dense_fwd_n128_k10", "void k08_dense_fwd_n128_k10(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)", 163840, 40488, 1},
    {"k09_conv2d_fwd_n128_h26w26c32", "void k09_conv2d_fwd_n128_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre_infer, int nb)", 49840128, 11478272, 6},
    {"k10_relu_n128_h26w26c32", "void k10_relu_n128_h26w26c32(const float *restrict conv2d_pre_infer, float *restrict conv2d_out_infer, int nb)", 5537792, 22151168, 6},
    {"k11_conv2d_fwd_n128_h24w24c64", "void k11_conv2d_fwd_n128_h24w24c64(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre_infer, int nb)", 2717908992, 30023936, 6},
    {"k12_relu_n128_h24w24c64", "void k12_relu_n128_h24w24c64(const float *restrict conv2d_1_pre_infer, float *restrict conv2d_1_out_infer, int nb)", 9437184, 37748736, 6},
    {"k13_maxpool_fwd_n128_h8w8c64", "void k13_maxpool_fwd_n128_h8w8c64(const float *restrict conv2d_1_out_infer, float *restrict max_pooling2d_out_infer, int nb)", 4718592, 20971520, 6},
    {"k14_dense_fwd_n128_k64", "void k14_dense_fwd_n128_k64(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)", 67108864, 3178752, 6},
    {"k15_relu_n128_k64", "void k15_relu_n128_k64(const float *restrict dense_pre_infer, float *restrict dense_out_infer, int nb)", 16384, 65536, 6},
    {"k16_dense_fwd_n128_k10", "void k16_dense_fwd_n128_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)", 163840, 40488, 2},
    {"k17_dense_fwd_n128_k10", "void k17_dense_fwd_n128_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_predict_pre_infer, int nb)", 163840, 40488, 4},
    {"k18_softmax_n128_k10", "void k18_softmax_n128_k10(const float *restrict dense_1_predict_pre_infer, float *restrict dense_1_out_infer, int nb)", 2560, 10240, 4},
    {"k19_softmax_ce_n128_k10", "void k19_softmax_ce_n128_k10(const float *restrict dense_1_pre, const float *restrict y, float *restrict probs, float *restrict dense_1_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 1},
    {"k20_softmax_ce_n128_k10", "void k20_softmax_ce_n128_k10(const float *restrict dense_1_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_1_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 2},
    {"k21_softmax_ce_bwd_n128_k10", "void k21_softmax_ce_bwd_n128_k10(const float *restrict probs, const float *restrict y, float *restrict ddense_1_pre, int nb)", 2560, 15360, 1},
    {"k22_dense_bwd_weights_64x10", "void k22_dense_bwd_weights_64x10(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 163840, 40488, 1},
    {"k23_dense_bwd_data_n128_k64", "void k23_dense_bwd_data_n128_k64(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict ddense_out, float *restrict dense_1_kernel_transposed, int nb)", 163840, 40448, 1},
    {"k24_relu_bwd_n128_k64", "void k24_relu_bwd_n128_k64(const float *restrict ddense_out, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 16384, 98304, 1},
    {"k25_dense_bwd_weights_4096x64", "void k25_dense_bwd_weights_4096x64(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 67108864, 3178752, 1},
    {"k26_dense_bwd_data_n128_k4096", "void k26_dense_bwd_data_n128_k4096(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict dflatten_out, float *restrict dense_kernel_transposed, int nb)", 67108864, 3178496, 1},
    {"k27_dropout_bwd_n128_h8w8c64", "void k27_dropout_bwd_n128_h8w8c64(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dmax_pooling2d_out, int nb)", 1048576, 6291456, 1},
    {"k28_maxpool_bwd_n128_h24w24c64", "void k28_maxpool_bwd_n128_h24w24c64(const float *restrict dmax_pooling2d_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_out, int nb)", 4718592, 39845888, 1},
    {"k29_relu_bwd_n128_h24w24c64", "void k29_relu_bwd_n128_h24w24c64(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, int nb)", 9437184, 56623104, 1},
    {"k30_conv2d_bwd_weights_3x3x32x64", "void k30_conv2d_bwd_weights_3x3x32x64(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)", 2717908992, 30023936, 1},
    {"k31_conv2d_bwd_data_n128_h26w26c32", "void k31_conv2d_bwd_data_n128_h26w26c32(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel, float *restrict dconv2d_out, float *restrict conv2d_1_kernel_transposed, int nb)", 2717908992, 30023680, 1},
    {"k32_relu_bwd_n128_h26w26c32", "void k32_relu_bwd_n128_h26w26c32(const float *restrict dconv2d_out, const float *restrict conv2d_out, float *restrict dconv2d_pre, int nb)", 5537792, 33226752, 1},
    {"k33_conv2d_bwd_weights_3x3x1x32", "void k33_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_pre, const float *restrict x, float *restrict dconv2d_kernel, float *restrict dconv2d_bias, int nb)", 49840128, 11478272, 1},
    {"k34_sgd_update_p281680", "void k34_sgd_update_p281680(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 845040, 7887040, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed003_cnn",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {28, 28, 1},
    .in_scale = (float)0.00392156886,
    .out_size = 10,
    .label_kind = KILN_LABEL_ONEHOT,
    .label_size = 10,
    .has_accuracy = 1,
    .n_params = 281680,
    .n_state = 0,
    .n_arena = 16924672,
    .n_tensors = 54,
    .tensors = tensors,
    .n_kernels = 35,
    .kernels = kernels,
    .isa = "generic",
};


/* seed004_cifar_strided.c — emitted by kiln from models/seed004_cifar_strided.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA generic. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 37152, state 0, arena 6291456.
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

/* k02_conv2d_fwd_n128_h16w16c16 — conv_fwd kernel
 *   node n2 "conv2d_1" (conv2d), from $.layers[1]
 *   in  conv2d_out                 (128, 32, 32, 16) NHWC
 *   in  conv2d_1/kernel            (3, 3, 16, 16) HWIO
 *   in  conv2d_1/bias              (16) C
 *   out conv2d_1_pre               (128, 16, 16, 16) NHWC
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k02_conv2d_fwd_n128_h16w16c16(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float *yp = conv2d_1_pre + (((long)n * 16 + i) * 16 + j) * 16;  /* the sums, in place */
                for (int f = 0; f < 16; f++) yp[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 32) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 2 + q - 0;
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

/* k03_relu_n128_h16w16c16 — eltwise kernel
 *   node n3 "conv2d_1.relu" (relu), from $.layers[1]
 *   in  conv2d_1_pre               (128, 16, 16, 16) NHWC
 *   out conv2d_1_out               (128, 16, 16, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k03_relu_n128_h16w16c16(const float *restrict conv2d_1_pre, float *restrict conv2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            conv2d_1_out[e] = conv2d_1_pre[e] > 0.0f ? conv2d_1_pre[e] : (conv2d_1_pre[e] != conv2d_1_pre[e] ? conv2d_1_pre[e] : 0.0f);
        }
    }
}

/* k04_conv2d_fwd_n128_h16w16c32 — conv_fwd kernel
 *   node n4 "conv2d_2" (conv2d), from $.layers[2]
 *   in  conv2d_1_out               (128, 16, 16, 16) NHWC
 *   in  conv2d_2/kernel            (3, 3, 16, 32) HWIO
 *   in  conv2d_2/bias              (32) C
 *   out conv2d_2_pre               (128, 16, 16, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k04_conv2d_fwd_n128_h16w16c32(const float *restrict conv2d_1_out, const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, float *restrict conv2d_2_pre, int nb)
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
                        const float *xp = conv2d_1_out + (((long)n * 16 + h) * 16 + v) * 16;
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

/* k05_relu_n128_h16w16c32 — eltwise kernel
 *   node n5 "conv2d_2.relu" (relu), from $.layers[2]
 *   in  conv2d_2_pre               (128, 16, 16, 32) NHWC
 *   out conv2d_2_out               (128, 16, 16, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k05_relu_n128_h16w16c32(const float *restrict conv2d_2_pre, float *restrict conv2d_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 8192; e < (long)(n + 1) * 8192; e++) {
            conv2d_2_out[e] = conv2d_2_pre[e] > 0.0f ? conv2d_2_pre[e] : (conv2d_2_pre[e] != conv2d_2_pre[e] ? conv2d_2_pre[e] : 0.0f);
        }
    }
}

/* k06_conv2d_fwd_n128_h8w8c32 — conv_fwd kernel
 *   node n6 "conv2d_3" (conv2d), from $.layers[3]
 *   in  conv2d_2_out               (128, 16, 16, 32) NHWC
 *   in  conv2d_3/kernel            (3, 3, 32, 32) HWIO
 *   in  conv2d_3/bias              (32) C
 *   out conv2d_3_pre               (128, 8, 8, 32) NHWC
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k06_conv2d_fwd_n128_h8w8c32(const float *restrict conv2d_2_out, const float *restrict conv2d_3_kernel, const float *restrict conv2d_3_bias, float *restrict conv2d_3_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                float *yp = conv2d_3_pre + (((long)n * 8 + i) * 8 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_3_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 16) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 2 + q - 0;
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

/* k07_relu_n128_h8w8c32 — eltwise kernel
 *   node n7 "conv2d_3.relu" (relu), from $.layers[3]
 *   in  conv2d_3_pre               (128, 8, 8, 32) NHWC
 *   out conv2d_3_out               (128, 8, 8, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k07_relu_n128_h8w8c32(const float *restrict conv2d_3_pre, float *restrict conv2d_3_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 2048; e < (long)(n + 1) * 2048; e++) {
            conv2d_3_out[e] = conv2d_3_pre[e] > 0.0f ? conv2d_3_pre[e] : (conv2d_3_pre[e] != conv2d_3_pre[e] ? conv2d_3_pre[e] : 0.0f);
        }
    }
}

/* k08_dropout_n128_h8w8c32 — eltwise kernel
 *   node n8 "dropout" (dropout), from $.layers[4]
 *   in  conv2d_3_out               (128, 8, 8, 32) NHWC
 *   out dropout_out                (128, 8, 8, 32) NHWC
 *   out dropout_mask               (128, 8, 8, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k08_dropout_n128_h8w8c32(const float *restrict conv2d_3_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)
{
    const float keep_scale = 2.0f;  /* 1 / (1 - rate) */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 2048; e < (long)(n + 1) * 2048; e++) {
            const float u = kiln_uniform(seed, step, 0, e);
            dropout_mask[e] = u >= 0.5f ? keep_scale : 0.0f;
            dropout_out[e] = conv2d_3_out[e] * dropout_mask[e];
        }
    }
}

/* k09_dense_fwd_n128_k10 — gemm kernel
 *   node n9 "dense" (dense), from $.layers[6]
 *   in  flatten_out                (128, 2048) NC
 *   in  dense/kernel               (2048, 10) IO
 *   in  dense/bias                 (10) C
 *   out dense_pre                  (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k09_dense_fwd_n128_k10(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 2048; k++) {
            const float xv = flatten_out[(long)n * 2048 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_kernel[k * 10 + m];
        }
    }
}

/* k10_conv2d_fwd_n128_h32w32c16 — conv_fwd kernel
 *   node n10 "conv2d_infer" (conv2d), from $.layers[0]
 *   in  x                          (128, 32, 32, 3) NHWC
 *   in  conv2d/kernel              (3, 3, 3, 16) HWIO
 *   in  conv2d/bias                (16) C
 *   out conv2d_pre_infer           (128, 32, 32, 16) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k10_conv2d_fwd_n128_h32w32c16(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre_infer, int nb)
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

/* k11_relu_n128_h32w32c16 — eltwise kernel
 *   node n11 "conv2d.relu_infer" (relu), from $.layers[0]
 *   in  conv2d_pre_infer           (128, 32, 32, 16) NHWC
 *   out conv2d_out_infer           (128, 32, 32, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k11_relu_n128_h32w32c16(const float *restrict conv2d_pre_infer, float *restrict conv2d_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 16384; e < (long)(n + 1) * 16384; e++) {
            conv2d_out_infer[e] = conv2d_pre_infer[e] > 0.0f ? conv2d_pre_infer[e] : (conv2d_pre_infer[e] != conv2d_pre_infer[e] ? conv2d_pre_infer[e] : 0.0f);
        }
    }
}

/* k12_conv2d_fwd_n128_h16w16c16 — conv_fwd kernel
 *   node n12 "conv2d_1_infer" (conv2d), from $.layers[1]
 *   in  conv2d_out_infer           (128, 32, 32, 16) NHWC
 *   in  conv2d_1/kernel            (3, 3, 16, 16) HWIO
 *   in  conv2d_1/bias              (16) C
 *   out conv2d_1_pre_infer         (128, 16, 16, 16) NHWC
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k12_conv2d_fwd_n128_h16w16c16(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float *yp = conv2d_1_pre_infer + (((long)n * 16 + i) * 16 + j) * 16;  /* the sums, in place */
                for (int f = 0; f < 16; f++) yp[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 32) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 2 + q - 0;
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

/* k13_relu_n128_h16w16c16 — eltwise kernel
 *   node n13 "conv2d_1.relu_infer" (relu), from $.layers[1]
 *   in  conv2d_1_pre_infer         (128, 16, 16, 16) NHWC
 *   out conv2d_1_out_infer         (128, 16, 16, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k13_relu_n128_h16w16c16(const float *restrict conv2d_1_pre_infer, float *restrict conv2d_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            conv2d_1_out_infer[e] = conv2d_1_pre_infer[e] > 0.0f ? conv2d_1_pre_infer[e] : (conv2d_1_pre_infer[e] != conv2d_1_pre_infer[e] ? conv2d_1_pre_infer[e] : 0.0f);
        }
    }
}

/* k14_conv2d_fwd_n128_h16w16c32 — conv_fwd kernel
 *   node n14 "conv2d_2_infer" (conv2d), from $.layers[2]
 *   in  conv2d_1_out_infer         (128, 16, 16, 16) NHWC
 *   in  conv2d_2/kernel            (3, 3, 16, 32) HWIO
 *   in  conv2d_2/bias              (32) C
 *   out conv2d_2_pre_infer         (128, 16, 16, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k14_conv2d_fwd_n128_h16w16c32(const float *restrict conv2d_1_out_infer, const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, float *restrict conv2d_2_pre_infer, int nb)
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
                        const float *xp = conv2d_1_out_infer + (((long)n * 16 + h) * 16 + v) * 16;
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

/* k15_relu_n128_h16w16c32 — eltwise kernel
 *   node n15 "conv2d_2.relu_infer" (relu), from $.layers[2]
 *   in  conv2d_2_pre_infer         (128, 16, 16, 32) NHWC
 *   out conv2d_2_out_infer         (128, 16, 16, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k15_relu_n128_h16w16c32(const float *restrict conv2d_2_pre_infer, float *restrict conv2d_2_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 8192; e < (long)(n + 1) * 8192; e++) {
            conv2d_2_out_infer[e] = conv2d_2_pre_infer[e] > 0.0f ? conv2d_2_pre_infer[e] : (conv2d_2_pre_infer[e] != conv2d_2_pre_infer[e] ? conv2d_2_pre_infer[e] : 0.0f);
        }
    }
}

/* k16_conv2d_fwd_n128_h8w8c32 — conv_fwd kernel
 *   node n16 "conv2d_3_infer" (conv2d), from $.layers[3]
 *   in  conv2d_2_out_infer         (128, 16, 16, 32) NHWC
 *   in  conv2d_3/kernel            (3, 3, 32, 32) HWIO
 *   in  conv2d_3/bias              (32) C
 *   out conv2d_3_pre_infer         (128, 8, 8, 32) NHWC
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k16_conv2d_fwd_n128_h8w8c32(const float *restrict conv2d_2_out_infer, const float *restrict conv2d_3_kernel, const float *restrict conv2d_3_bias, float *restrict conv2d_3_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                float *yp = conv2d_3_pre_infer + (((long)n * 8 + i) * 8 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_3_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 16) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 2 + q - 0;
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

/* k17_relu_n128_h8w8c32 — eltwise kernel
 *   node n17 "conv2d_3.relu_infer" (relu), from $.layers[3]
 *   in  conv2d_3_pre_infer         (128, 8, 8, 32) NHWC
 *   out conv2d_3_out_infer         (128, 8, 8, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k17_relu_n128_h8w8c32(const float *restrict conv2d_3_pre_infer, float *restrict conv2d_3_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 2048; e < (long)(n + 1) * 2048; e++) {
            conv2d_3_out_infer[e] = conv2d_3_pre_infer[e] > 0.0f ? conv2d_3_pre_infer[e] : (conv2d_3_pre_infer[e] != conv2d_3_pre_infer[e] ? conv2d_3_pre_infer[e] : 0.0f);
        }
    }
}

/* k18_dense_fwd_n128_k10 — gemm kernel
 *   node n18 "dense_infer" (dense), from $.layers[6]
 *   in  flatten_out_infer          (128, 2048) NC
 *   in  dense/kernel               (2048, 10) IO
 *   in  dense/bias                 (10) C
 *   out dense_pre_infer            (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k18_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 2048; k++) {
            const float xv = flatten_out_infer[(long)n * 2048 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_kernel[k * 10 + m];
        }
    }
}

/* k19_dense_fwd_n128_k10 — gemm kernel
 *   node n19 "dense_predict_infer" (dense), from $.layers[6]
 *   in  flatten_out_infer          (128, 2048) NC
 *   in  dense/kernel               (2048, 10) IO
 *   in  dense/bias                 (10) C
 *   out dense_predict_pre_infer    (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k19_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_predict_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_predict_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 2048; k++) {
            const float xv = flatten_out_infer[(long)n * 2048 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_kernel[k * 10 + m];
        }
    }
}

/* k20_softmax_n128_k10 — loss kernel
 *   node n20 "dense.softmax_infer" (softmax), from $.layers[6]
 *   in  dense_predict_pre_infer    (128, 10) NC
 *   out dense_out_infer            (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k20_softmax_n128_k10(const float *restrict dense_predict_pre_infer, float *restrict dense_out_infer, int nb)
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

/* k21_softmax_ce_n128_k10 — loss kernel
 *   node n21 "loss" (softmax_ce), from $.loss
 *   in  dense_pre                  (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs                      (128, 10) NC
 *   tmp dense_pre.per_sample       (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k21_softmax_ce_n128_k10(const float *restrict dense_pre, const float *restrict y, float *restrict probs, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* k22_softmax_ce_n128_k10 — loss kernel
 *   node n22 "loss_eval" (softmax_ce), from $.loss
 *   in  dense_pre_infer            (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k22_softmax_ce_n128_k10(const float *restrict dense_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* k23_regularizer_2048x10 — loss kernel
 *   node n23 "dense.kernel_regularizer" (regularizer), from $.layers[6]
 *   in  dense/kernel               (2048, 10) IO
 *   schedule: one thread; ISA generic */
void k23_regularizer_2048x10(const float *restrict dense_kernel, double *restrict loss)
{
    #pragma omp single
    {
        double s1 = 0.0, s2 = 0.0;
        for (long i = 0; i < 20480; i++) { s1 += fabsf(dense_kernel[i]); }
        *loss += 9.99999975e-05f * s1;
        (void)s2;
    }
}

/* k24_softmax_ce_bwd_n128_k10 — loss kernel
 *   node n25 "dloss" (softmax_ce_bwd), from $.loss
 *   in  probs                      (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out ddense_pre                 (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k24_softmax_ce_bwd_n128_k10(const float *restrict probs, const float *restrict y, float *restrict ddense_pre, int nb)
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

/* k25_dense_bwd_weights_2048x10 — gemm kernel
 *   node n26 "ddense.weights" (dense_bwd_weights), from $.layers[6]
 *   in  ddense_pre                 (128, 10) NC
 *   in  flatten_out                (128, 2048) NC
 *   out ddense/kernel              (2048, 10) IO
 *   out ddense/bias                (10) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k25_dense_bwd_weights_2048x10(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 2048; k++) {
        float *dwr = ddense_kernel + (long)k * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = flatten_out[(long)n * 2048 + k];
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

/* k26_dense_bwd_data_n128_k2048 — gemm kernel
 *   node n27 "ddense.data" (dense_bwd_data), from $.layers[6]
 *   in  ddense_pre                 (128, 10) NC
 *   in  dense/kernel               (2048, 10) IO
 *   out dflatten_out               (128, 2048) NC
 *   tmp dense/kernel.transposed    (10, 2048) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k26_dense_bwd_data_n128_k2048(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict dflatten_out, float *restrict dense_kernel_transposed, int nb)
{
    /* Transposed kernel dense_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 2048; k++)
        for (int m = 0; m < 10; m++) dense_kernel_transposed[m * 2048 + k] = dense_kernel[k * 10 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = dflatten_out + (long)n * 2048;  /* the sums, in place */
        for (int k = 0; k < 2048; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 10; m++) {
            const float d = ddense_pre[(long)n * 10 + m];
            for (int k = 0; k < 2048; k++) dxr[k] += d * dense_kernel_transposed[m * 2048 + k];
        }
    }
}

/* k27_dropout_bwd_n128_h8w8c32 — eltwise kernel
 *   node n28 "ddropout" (dropout_bwd), from $.layers[4]
 *   in  ddropout_out               (128, 8, 8, 32) NHWC
 *   in  dropout_mask               (128, 8, 8, 32) NHWC
 *   out dconv2d_3_out              (128, 8, 8, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k27_dropout_bwd_n128_h8w8c32(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dconv2d_3_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 2048; e < (long)(n + 1) * 2048; e++) {
            dconv2d_3_out[e] = ddropout_out[e] * dropout_mask[e];
        }
    }
}

/* k28_relu_bwd_n128_h8w8c32 — eltwise kernel
 *   node n29 "dconv2d_3.relu" (relu_bwd), from $.layers[3]
 *   in  dconv2d_3_out              (128, 8, 8, 32) NHWC
 *   in  conv2d_3_out               (128, 8, 8, 32) NHWC
 *   out dconv2d_3_pre              (128, 8, 8, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k28_relu_bwd_n128_h8w8c32(const float *restrict dconv2d_3_out, const float *restrict conv2d_3_out, float *restrict dconv2d_3_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 2048; e < (long)(n + 1) * 2048; e++) {
            dconv2d_3_pre[e] = conv2d_3_out[e] > 0.0f ? dconv2d_3_out[e] : 0.0f;
        }
    }
}

/* k29_conv2d_bwd_weights_3x3x32x32 — conv_bwd_weights kernel
 *   node n30 "dconv2d_3.weights" (conv2d_bwd_weights), from $.layers[3]
 *   in  dconv2d_3_pre              (128, 8, 8, 32) NHWC
 *   in  conv2d_2_out               (128, 16, 16, 32) NHWC
 *   out dconv2d_3/kernel           (3, 3, 32, 32) HWIO
 *   out dconv2d_3/bias             (32) C
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k29_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_2_out, float *restrict dconv2d_3_kernel, float *restrict dconv2d_3_bias, int nb)
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
            for (int i = 0; i < 8; i++) {
                const int h = i * 2 + p - 0;
                if (h < 0 || h >= 16) continue;
                for (int j = 0; j < 8; j++) {
                    const int v = j * 2 + q - 0;
                    if (v < 0 || v >= 16) continue;
                    const float *xp = conv2d_2_out + (((long)n * 16 + h) * 16 + v) * 32 + c0;
                    const float *dyp = dconv2d_3_pre + (((long)n * 8 + i) * 8 + j) * 32;
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
    for (long r = 0; r < (long)nb * 64; r++)
        for (int f = 0; f < 32; f++) dconv2d_3_bias[f] += dconv2d_3_pre[r * 32 + f];
    }
}

/* k30_conv2d_bwd_data_n128_h16w16c32 — conv_bwd_data kernel
 *   node n31 "dconv2d_3.data" (conv2d_bwd_data), from $.layers[3]
 *   in  dconv2d_3_pre              (128, 8, 8, 32) NHWC
 *   in  conv2d_3/kernel            (3, 3, 32, 32) HWIO
 *   out dconv2d_2_out              (128, 16, 16, 32) NHWC
 *   tmp conv2d_3/kernel.transposed (3, 3, 32, 32) HWIO, scratch
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k30_conv2d_bwd_data_n128_h16w16c32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_3_kernel, float *restrict dconv2d_2_out, float *restrict conv2d_3_kernel_transposed, int nb)
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
                    const int ih = h + 0 - p;
                    if (ih < 0 || ih % 2 != 0 || ih / 2 >= 8) continue;
                    const int i = ih / 2;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 0 - q;
                        if (jw < 0 || jw % 2 != 0 || jw / 2 >= 8) continue;
                        const int j = jw / 2;
                        const float *dyp = dconv2d_3_pre + (((long)n * 8 + i) * 8 + j) * 32;
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

/* k31_relu_bwd_n128_h16w16c32 — eltwise kernel
 *   node n32 "dconv2d_2.relu" (relu_bwd), from $.layers[2]
 *   in  dconv2d_2_out              (128, 16, 16, 32) NHWC
 *   in  conv2d_2_out               (128, 16, 16, 32) NHWC
 *   out dconv2d_2_pre              (128, 16, 16, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k31_relu_bwd_n128_h16w16c32(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_out, float *restrict dconv2d_2_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 8192; e < (long)(n + 1) * 8192; e++) {
            dconv2d_2_pre[e] = conv2d_2_out[e] > 0.0f ? dconv2d_2_out[e] : 0.0f;
        }
    }
}

/* k32_conv2d_bwd_weights_3x3x16x32 — conv_bwd_weights kernel
 *   node n33 "dconv2d_2.weights" (conv2d_bwd_weights), from $.layers[2]
 *   in  dconv2d_2_pre              (128, 16, 16, 32) NHWC
 *   in  conv2d_1_out               (128, 16, 16, 16) NHWC
 *   out dconv2d_2/kernel           (3, 3, 16, 32) HWIO
 *   out dconv2d_2/bias             (32) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k32_conv2d_bwd_weights_3x3x16x32(const float *restrict dconv2d_2_pre, const float *restrict conv2d_1_out, float *restrict dconv2d_2_kernel, float *restrict dconv2d_2_bias, int nb)
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
                    const float *xp = conv2d_1_out + (((long)n * 16 + h) * 16 + v) * 16 + c0;
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

/* k33_conv2d_bwd_data_n128_h16w16c16 — conv_bwd_data kernel
 *   node n34 "dconv2d_2.data" (conv2d_bwd_data), from $.layers[2]
 *   in  dconv2d_2_pre              (128, 16, 16, 32) NHWC
 *   in  conv2d_2/kernel            (3, 3, 16, 32) HWIO
 *   out dconv2d_1_out              (128, 16, 16, 16) NHWC
 *   tmp conv2d_2/kernel.transposed (3, 3, 32, 16) HWIO, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k33_conv2d_bwd_data_n128_h16w16c16(const float *restrict dconv2d_2_pre, const float *restrict conv2d_2_kernel, float *restrict dconv2d_1_out, float *restrict conv2d_2_kernel_transposed, int nb)
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
                float *dxp = dconv2d_1_out + (((long)n * 16 + h) * 16 + v) * 16;  /* the sums, in place */
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

/* k34_relu_bwd_n128_h16w16c16 — eltwise kernel
 *   node n35 "dconv2d_1.relu" (relu_bwd), from $.layers[1]
 *   in  dconv2d_1_out              (128, 16, 16, 16) NHWC
 *   in  conv2d_1_out               (128, 16, 16, 16) NHWC
 *   out dconv2d_1_pre              (128, 16, 16, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k34_relu_bwd_n128_h16w16c16(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 4096; e < (long)(n + 1) * 4096; e++) {
            dconv2d_1_pre[e] = conv2d_1_out[e] > 0.0f ? dconv2d_1_out[e] : 0.0f;
        }
    }
}

/* k35_conv2d_bwd_weights_3x3x16x16 — conv_bwd_weights kernel
 *   node n36 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[1]
 *   in  dconv2d_1_pre              (128, 16, 16, 16) NHWC
 *   in  conv2d_out                 (128, 32, 32, 16) NHWC
 *   out dconv2d_1/kernel           (3, 3, 16, 16) HWIO
 *   out dconv2d_1/bias             (16) C
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k35_conv2d_bwd_weights_3x3x16x16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)
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
            for (int i = 0; i < 16; i++) {
                const int h = i * 2 + p - 0;
                if (h < 0 || h >= 32) continue;
                for (int j = 0; j < 16; j++) {
                    const int v = j * 2 + q - 0;
                    if (v < 0 || v >= 32) continue;
                    const float *xp = conv2d_out + (((long)n * 32 + h) * 32 + v) * 16 + c0;
                    const float *dyp = dconv2d_1_pre + (((long)n * 16 + i) * 16 + j) * 16;
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
    for (long r = 0; r < (long)nb * 256; r++)
        for (int f = 0; f < 16; f++) dconv2d_1_bias[f] += dconv2d_1_pre[r * 16 + f];
    }
}

/* k36_conv2d_bwd_data_n128_h32w32c16 — conv_bwd_data kernel
 *   node n37 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[1]
 *   in  dconv2d_1_pre              (128, 16, 16, 16) NHWC
 *   in  conv2d_1/kernel            (3, 3, 16, 16) HWIO
 *   out dconv2d_out                (128, 32, 32, 16) NHWC
 *   tmp conv2d_1/kernel.transposed (3, 3, 16, 16) HWIO, scratch
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k36_conv2d_bwd_data_n128_h32w32c16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel, float *restrict dconv2d_out, float *restrict conv2d_1_kernel_transposed, int nb)
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
                    const int ih = h + 0 - p;
                    if (ih < 0 || ih % 2 != 0 || ih / 2 >= 16) continue;
                    const int i = ih / 2;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 0 - q;
                        if (jw < 0 || jw % 2 != 0 || jw / 2 >= 16) continue;
                        const int j = jw / 2;
                        const float *dyp = dconv2d_1_pre + (((long)n * 16 + i) * 16 + j) * 16;
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

/* k37_relu_bwd_n128_h32w32c16 — eltwise kernel
 *   node n38 "dconv2d.relu" (relu_bwd), from $.layers[0]
 *   in  dconv2d_out                (128, 32, 32, 16) NHWC
 *   in  conv2d_out                 (128, 32, 32, 16) NHWC
 *   out dconv2d_pre                (128, 32, 32, 16) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k37_relu_bwd_n128_h32w32c16(const float *restrict dconv2d_out, const float *restrict conv2d_out, float *restrict dconv2d_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 16384; e < (long)(n + 1) * 16384; e++) {
            dconv2d_pre[e] = conv2d_out[e] > 0.0f ? dconv2d_out[e] : 0.0f;
        }
    }
}

/* k38_conv2d_bwd_weights_3x3x3x16 — conv_bwd_weights kernel
 *   node n39 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[0]
 *   in  dconv2d_pre                (128, 32, 32, 16) NHWC
 *   in  x                          (128, 32, 32, 3) NHWC
 *   out dconv2d/kernel             (3, 3, 3, 16) HWIO
 *   out dconv2d/bias               (16) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k38_conv2d_bwd_weights_3x3x3x16(const float *restrict dconv2d_pre, const float *restrict x, float *restrict dconv2d_kernel, float *restrict dconv2d_bias, int nb)
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

/* k39_adam_update_regularizer_bwd_p37152 — optimizer kernel
 *   node n40 "ddense.kernel_regularizer" (regularizer_bwd), from $.layers[6]
 *   node n41 "adam" (adam_update), from $.optimizer
 *   in  dense/kernel               (2048, 10) IO
 *   out ddense/kernel              (2048, 10) IO
 *   schedule: OpenMP over elements; ISA generic */
void k39_adam_update_regularizer_bwd_p37152(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    /* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */
    const float lr_t = (float)(lr * sqrt(1.0 - pow(0.999000013f, (double)t)) / (1.0 - pow(0.899999976f, (double)t)));
    /* slice by slice; a regularized weight's gradient takes its penalty's term (Keras's
     * L1L2: l1 * sign(w) + 2 * l2 * w) and is stored with it; the slices share no
     * element, so only the last waits for the threads */
    #pragma omp for schedule(static) nowait
    for (long i = 0; i < 16656; i++) {
        const float gi = g[i];
        const float mi = 0.899999976f * m[i] + 0.100000024f * gi;
        const float vi = 0.999000013f * v[i] + 0.000999987125f * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p[i] -= lr_t * mi / (sqrtf(vi) + 1.00000001e-07f);
    }
    /* dense/kernel */
    #pragma omp for schedule(static) nowait
    for (long i = 16656; i < 37136; i++) {
        const float gi = g[i] + (9.99999975e-05f * (float)((p[i] > 0.0f) - (p[i] < 0.0f)));
        g[i] = gi;
        const float mi = 0.899999976f * m[i] + 0.100000024f * gi;
        const float vi = 0.999000013f * v[i] + 0.000999987125f * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p[i] -= lr_t * mi / (sqrtf(vi) + 1.00000001e-07f);
    }
    #pragma omp for schedule(static)
    for (long i = 37136; i < 37152; i++) {
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
    float *const conv2d_1_pre = A + 0;  /* conv2d_1_pre (128, 16, 16, 16) */
    float *const conv2d_1_out = A + 5242880;  /* conv2d_1_out (128, 16, 16, 16) */
    float *const conv2d_2_kernel = P + 2768;  /* conv2d_2/kernel (3, 3, 16, 32) */
    float *const conv2d_2_bias = P + 7376;  /* conv2d_2/bias (32) */
    float *const conv2d_2_pre = A + 0;  /* conv2d_2_pre (128, 16, 16, 32) */
    float *const conv2d_2_out = A + 1048576;  /* conv2d_2_out (128, 16, 16, 32) */
    float *const conv2d_3_kernel = P + 7408;  /* conv2d_3/kernel (3, 3, 32, 32) */
    float *const conv2d_3_bias = P + 16624;  /* conv2d_3/bias (32) */
    float *const conv2d_3_pre = A + 0;  /* conv2d_3_pre (128, 8, 8, 32) */
    float *const conv2d_3_out = A + 262144;  /* conv2d_3_out (128, 8, 8, 32) */
    float *const dropout_out = A + 0;  /* dropout_out (128, 8, 8, 32) */
    float *const dropout_mask = A + 524288;  /* dropout_mask (128, 8, 8, 32) */
    float *const flatten_out = A + 0;  /* flatten_out (128, 2048) */
    float *const dense_kernel = P + 16656;  /* dense/kernel (2048, 10) */
    float *const dense_bias = P + 37136;  /* dense/bias (10) */
    float *const dense_pre = A + 786432;  /* dense_pre (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs = A + 787712;  /* probs (128, 10) */
    float *const dense_pre_per_sample = A + 788992;  /* dense_pre.per_sample (512) */
    float *const ddense_pre = A + 806912;  /* ddense_pre (128, 10) */
    float *const ddense_kernel = G + 16656;  /* ddense/kernel (2048, 10) */
    float *const ddense_bias = G + 37136;  /* ddense/bias (10) */
    float *const dflatten_out = A + 0;  /* dflatten_out (128, 2048) */
    float *const dense_kernel_transposed = A + 786432;  /* dense/kernel.transposed (10, 2048) */
    float *const ddropout_out = A + 0;  /* ddropout_out (128, 8, 8, 32) */
    float *const dconv2d_3_out = A + 786432;  /* dconv2d_3_out (128, 8, 8, 32) */
    float *const dconv2d_3_pre = A + 4194304;  /* dconv2d_3_pre (128, 8, 8, 32) */
    float *const dconv2d_3_kernel = G + 7408;  /* dconv2d_3/kernel (3, 3, 32, 32) */
    float *const dconv2d_3_bias = G + 16624;  /* dconv2d_3/bias (32) */
    float *const dconv2d_2_out = A + 0;  /* dconv2d_2_out (128, 16, 16, 32) */
    float *const conv2d_3_kernel_transposed = A + 4456448;  /* conv2d_3/kernel.transposed (3, 3, 32, 32) */
    float *const dconv2d_2_pre = A + 4194304;  /* dconv2d_2_pre (128, 16, 16, 32) */
    float *const dconv2d_2_kernel = G + 2768;  /* dconv2d_2/kernel (3, 3, 16, 32) */
    float *const dconv2d_2_bias = G + 7376;  /* dconv2d_2/bias (32) */
    float *const dconv2d_1_out = A + 0;  /* dconv2d_1_out (128, 16, 16, 16) */
    float *const conv2d_2_kernel_transposed = A + 524288;  /* conv2d_2/kernel.transposed (3, 3, 32, 16) */
    float *const dconv2d_1_pre = A + 4194304;  /* dconv2d_1_pre (128, 16, 16, 16) */
    float *const dconv2d_1_kernel = G + 448;  /* dconv2d_1/kernel (3, 3, 16, 16) */
    float *const dconv2d_1_bias = G + 2752;  /* dconv2d_1/bias (16) */
    float *const dconv2d_out = A + 0;  /* dconv2d_out (128, 32, 32, 16) */
    float *const conv2d_1_kernel_transposed = A + 4718592;  /* conv2d_1/kernel.transposed (3, 3, 16, 16) */
    float *const dconv2d_pre = A + 4194304;  /* dconv2d_pre (128, 32, 32, 16) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 3, 16) */
    float *const dconv2d_bias = G + 432;  /* dconv2d/bias (16) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 16182782 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 16182782.5 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_conv2d_fwd_n128_h32w32c16(x, conv2d_kernel, conv2d_bias, conv2d_pre, nb);
        k01_relu_n128_h32w32c16(conv2d_pre, conv2d_out, nb);
        k02_conv2d_fwd_n128_h16w16c16(conv2d_out, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre, nb);
        k03_relu_n128_h16w16c16(conv2d_1_pre, conv2d_1_out, nb);
        k04_conv2d_fwd_n128_h16w16c32(conv2d_1_out, conv2d_2_kernel, conv2d_2_bias, conv2d_2_pre, nb);
        k05_relu_n128_h16w16c32(conv2d_2_pre, conv2d_2_out, nb);
        k06_conv2d_fwd_n128_h8w8c32(conv2d_2_out, conv2d_3_kernel, conv2d_3_bias, conv2d_3_pre, nb);
        k07_relu_n128_h8w8c32(conv2d_3_pre, conv2d_3_out, nb);
        k08_dropout_n128_h8w8c32(conv2d_3_out, dropout_out, dropout_mask, nb, s->seed, s->step);
        k09_dense_fwd_n128_k10(flatten_out, dense_kernel, dense_bias, dense_pre, nb);
        k21_softmax_ce_n128_k10(dense_pre, y, probs, dense_pre_per_sample, nb, &s->loss, &s->metric);
        k23_regularizer_2048x10(dense_kernel, &s->loss);
        k24_softmax_ce_bwd_n128_k10(probs, y, ddense_pre, nb);
        k25_dense_bwd_weights_2048x10(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k26_dense_bwd_data_n128_k2048(ddense_pre, dense_kernel, dflatten_out, dense_kernel_transposed, nb);
        k27_dropout_bwd_n128_h8w8c32(ddropout_out, dropout_mask, dconv2d_3_out, nb);
        k28_relu_bwd_n128_h8w8c32(dconv2d_3_out, conv2d_3_out, dconv2d_3_pre, nb);
        k29_conv2d_bwd_weights_3x3x32x32(dconv2d_3_pre, conv2d_2_out, dconv2d_3_kernel, dconv2d_3_bias, nb);
        k30_conv2d_bwd_data_n128_h16w16c32(dconv2d_3_pre, conv2d_3_kernel, dconv2d_2_out, conv2d_3_kernel_transposed, nb);
        k31_relu_bwd_n128_h16w16c32(dconv2d_2_out, conv2d_2_out, dconv2d_2_pre, nb);
        k32_conv2d_bwd_weights_3x3x16x32(dconv2d_2_pre, conv2d_1_out, dconv2d_2_kernel, dconv2d_2_bias, nb);
        k33_conv2d_bwd_data_n128_h16w16c16(dconv2d_2_pre, conv2d_2_kernel, dconv2d_1_out, conv2d_2_kernel_transposed, nb);
        k34_relu_bwd_n128_h16w16c16(dconv2d_1_out, conv2d_1_out, dconv2d_1_pre, nb);
        k35_conv2d_bwd_weights_3x3x16x16(dconv2d_1_pre, conv2d_out, dconv2d_1_kernel, dconv2d_1_bias, nb);
        k36_conv2d_bwd_data_n128_h32w32c16(dconv2d_1_pre, conv2d_1_kernel, dconv2d_out, conv2d_1_kernel_transposed, nb);
        k37_relu_bwd_n128_h32w32c16(dconv2d_out, conv2d_out, dconv2d_pre, nb);
        k38_conv2d_bwd_weights_3x3x3x16(dconv2d_pre, x, dconv2d_kernel, dconv2d_bias, nb);
        k39_adam_update_regularizer_bwd_p37152(P, G, M, V, s->step, s->learning_rate);
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
    float *const conv2d_1_pre_infer = A + 0;  /* conv2d_1_pre_infer (128, 16, 16, 16) */
    float *const conv2d_1_out_infer = A + 1048576;  /* conv2d_1_out_infer (128, 16, 16, 16) */
    float *const conv2d_2_kernel = P + 2768;  /* conv2d_2/kernel (3, 3, 16, 32) */
    float *const conv2d_2_bias = P + 7376;  /* conv2d_2/bias (32) */
    float *const conv2d_2_pre_infer = A + 0;  /* conv2d_2_pre_infer (128, 16, 16, 32) */
    float *const conv2d_2_out_infer = A + 1048576;  /* conv2d_2_out_infer (128, 16, 16, 32) */
    float *const conv2d_3_kernel = P + 7408;  /* conv2d_3/kernel (3, 3, 32, 32) */
    float *const conv2d_3_bias = P + 16624;  /* conv2d_3/bias (32) */
    float *const conv2d_3_pre_infer = A + 0;  /* conv2d_3_pre_infer (128, 8, 8, 32) */
    float *const conv2d_3_out_infer = A + 262144;  /* conv2d_3_out_infer (128, 8, 8, 32) */
    float *const flatten_out_infer = A + 262144;  /* flatten_out_infer (128, 2048) */
    float *const dense_kernel = P + 16656;  /* dense/kernel (2048, 10) */
    float *const dense_bias = P + 37136;  /* dense/bias (10) */
    float *const dense_pre_infer = A + 0;  /* dense_pre_infer (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    float *const dense_pre_infer_per_sample = A + 2560;  /* dense_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 5706068 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 5706068 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k10_conv2d_fwd_n128_h32w32c16(x, conv2d_kernel, conv2d_bias, conv2d_pre_infer, nb);
        k11_relu_n128_h32w32c16(conv2d_pre_infer, conv2d_out_infer, nb);
        k12_conv2d_fwd_n128_h16w16c16(conv2d_out_infer, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre_infer, nb);
        k13_relu_n128_h16w16c16(conv2d_1_pre_infer, conv2d_1_out_infer, nb);
        k14_conv2d_fwd_n128_h16w16c32(conv2d_1_out_infer, conv2d_2_kernel, conv2d_2_bias, conv2d_2_pre_infer, nb);
        k15_relu_n128_h16w16c32(conv2d_2_pre_infer, conv2d_2_out_infer, nb);
        k16_conv2d_fwd_n128_h8w8c32(conv2d_2_out_infer, conv2d_3_kernel, conv2d_3_bias, conv2d_3_pre_infer, nb);
        k17_relu_n128_h8w8c32(conv2d_3_pre_infer, conv2d_3_out_infer, nb);
        k18_dense_fwd_n128_k10(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
        k22_softmax_ce_n128_k10(dense_pre_infer, y, probs_eval, dense_pre_infer_per_sample, nb, &s->loss, &s->metric);
        k23_regularizer_2048x10(dense_kernel, &s->loss);
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
    float *const conv2d_1_pre_infer = A + 0;  /* conv2d_1_pre_infer (128, 16, 16, 16) */
    float *const conv2d_1_out_infer = A + 1048576;  /* conv2d_1_out_infer (128, 16, 16, 16) */
    float *const conv2d_2_kernel = P + 2768;  /* conv2d_2/kernel (3, 3, 16, 32) */
    float *const conv2d_2_bias = P + 7376;  /* conv2d_2/bias (32) */
    float *const conv2d_2_pre_infer = A + 0;  /* conv2d_2_pre_infer (128, 16, 16, 32) */
    float *const conv2d_2_out_infer = A + 1048576;  /* conv2d_2_out_infer (128, 16, 16, 32) */
    float *const conv2d_3_kernel = P + 7408;  /* conv2d_3/kernel (3, 3, 32, 32) */
    float *const conv2d_3_bias = P + 16624;  /* conv2d_3/bias (32) */
    float *const conv2d_3_pre_infer = A + 0;  /* conv2d_3_pre_infer (128, 8, 8, 32) */
    float *const conv2d_3_out_infer = A + 262144;  /* conv2d_3_out_infer (128, 8, 8, 32) */
    float *const flatten_out_infer = A + 262144;  /* flatten_out_infer (128, 2048) */
    float *const dense_kernel = P + 16656;  /* dense/kernel (2048, 10) */
    float *const dense_bias = P + 37136;  /* dense/bias (10) */
    float *const dense_predict_pre_infer = A + 1280;  /* dense_predict_pre_infer (128, 10) */
    float *const dense_out_infer = s->out;  /* dense_out_infer (128, 10) */
    /* 5705768 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 5705768 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k10_conv2d_fwd_n128_h32w32c16(x, conv2d_kernel, conv2d_bias, conv2d_pre_infer, nb);
        k11_relu_n128_h32w32c16(conv2d_pre_infer, conv2d_out_infer, nb);
        k12_conv2d_fwd_n128_h16w16c16(conv2d_out_infer, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre_infer, nb);
        k13_relu_n128_h16w16c16(conv2d_1_pre_infer, conv2d_1_out_infer, nb);
        k14_conv2d_fwd_n128_h16w16c32(conv2d_1_out_infer, conv2d_2_kernel, conv2d_2_bias, conv2d_2_pre_infer, nb);
        k15_relu_n128_h16w16c32(conv2d_2_pre_infer, conv2d_2_out_infer, nb);
        k16_conv2d_fwd_n128_h8w8c32(conv2d_2_out_infer, conv2d_3_kernel, conv2d_3_bias, conv2d_3_pre_infer, nb);
        k17_relu_n128_h8w8c32(conv2d_3_pre_infer, conv2d_3_out_infer, nb);
        k19_dense_fwd_n128_k10(flatten_out_infer, dense_kernel, dense_bias, dense_predict_pre_infer, nb);
        k20_softmax_n128_k10(dense_predict_pre_infer, dense_out_infer, nb);
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
    {"conv2d_1_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "NHWC", 0, 524288, 0, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "NHWC", 5242880, 524288, 0, 0, 0},
    {"conv2d_2/kernel", KILN_ROLE_PARAM, 4, {3, 3, 16, 32}, "HWIO", 2768, 4608, 3, 144, 288},
    {"conv2d_2/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 7376, 32, 1, 0, 0},
    {"conv2d_2_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 0, 1048576, 0, 0, 0},
    {"conv2d_2_out", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 1048576, 1048576, 0, 0, 0},
    {"conv2d_3/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 32}, "HWIO", 7408, 9216, 3, 288, 288},
    {"conv2d_3/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 16624, 32, 1, 0, 0},
    {"conv2d_3_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 0, 262144, 0, 0, 0},
    {"conv2d_3_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 262144, 262144, 0, 0, 0},
    {"dropout_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 0, 262144, 0, 0, 0},
    {"dropout_mask", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 524288, 262144, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {2048, 10, 0, 0}, "IO", 16656, 20480, 3, 2048, 10},
    {"dense/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 37136, 10, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 786432, 1280, 0, 0, 0},
    {"conv2d_pre_infer", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 0, 2097152, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "NHWC", 2097152, 2097152, 0, 0, 0},
    {"conv2d_1_pre_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "NHWC", 0, 524288, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "NHWC", 1048576, 524288, 0, 0, 0},
    {"conv2d_2_pre_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 0, 1048576, 0, 0, 0},
    {"conv2d_2_out_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 1048576, 1048576, 0, 0, 0},
    {"conv2d_3_pre_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 0, 262144, 0, 0, 0},
    {"conv2d_3_out_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 262144, 262144, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 787712, 1280, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 806912, 1280, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 37136, 10, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {2048, 10, 0, 0}, "IO", 16656, 20480, 0, 0, 0},
    {"ddropout_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 0, 262144, 0, 0, 0},
    {"dconv2d_3_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 786432, 262144, 0, 0, 0},
    {"dconv2d_3_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 4194304, 262144, 0, 0, 0},
    {"dconv2d_3/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 16624, 32, 0, 0, 0},
    {"dconv2d_3/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 32}, "HWIO", 7408, 9216, 0, 0, 0},
    {"dconv2d_2_out", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 0, 1048576, 0, 0, 0},
    {"dconv2d_2_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "NHWC", 4194304, 1048576, 0, 0, 0},
    {"dconv2d_2/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 7376, 32, 0, 0, 0},
    {"dconv2d_2/kernel", KILN_ROLE_GRAD, 4, {3, 3, 16, 32}, "HWIO", 2768, 4608, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "NHWC", 0, 524288, 0, 0, 0},
    {"dconv2d_1_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "NHWC", 4194304, 524288, 0, 0, 0},
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
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {2048, 10, 0, 0}, "IO", 16656, 20480, 1, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {2048, 10, 0, 0}, "IO", 16656, 20480, 1, 0, 0},
    {"m_dense/bias", KILN_ROLE_OPT_M, 1, {10, 0, 0, 0}, "C", 37136, 10, 1, 0, 0},
    {"v_dense/bias", KILN_ROLE_OPT_V, 1, {10, 0, 0, 0}, "C", 37136, 10, 1, 0, 0},
    {"dense_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 788992, 512, 0, 0, 0},
    {"dense_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dense/kernel.transposed", KILN_ROLE_ACT, 2, {10, 2048, 0, 0}, "IO", 786432, 20480, 0, 0, 0},
    {"conv2d_3/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "HWIO", 4456448, 9216, 0, 0, 0},
    {"conv2d_2/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 32, 16}, "HWIO", 524288, 4608, 0, 0, 0},
    {"conv2d_1/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 16, 16}, "HWIO", 4718592, 2304, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_conv2d_fwd_n128_h32w32c16", "void k00_conv2d_fwd_n128_h32w32c16(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre, int nb)", 113246208, 9963264, 1},
    {"k01_relu_n128_h32w32c16", "void k01_relu_n128_h32w32c16(const float *restrict conv2d_pre, float *restrict conv2d_out, int nb)", 4194304, 16777216, 1},
    {"k02_conv2d_fwd_n128_h16w16c16", "void k02_conv2d_fwd_n128_h16w16c16(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre, int nb)", 150994944, 10495040, 1},
    {"k03_relu_n128_h16w16c16", "void k03_relu_n128_h16w16c16(const float *restrict conv2d_1_pre, float *restrict conv2d_1_out, int nb)", 1048576, 4194304, 1},
    {"k04_conv2d_fwd_n128_h16w16c32", "void k04_conv2d_fwd_n128_h16w16c32(const float *restrict conv2d_1_out, const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, float *restrict conv2d_2_pre, int nb)", 301989888, 6310016, 1},
    {"k05_relu_n128_h16w16c32", "void k05_relu_n128_h16w16c32(const float *restrict conv2d_2_pre, float *restrict conv2d_2_out, int nb)", 2097152, 8388608, 1},
    {"k06_conv2d_fwd_n128_h8w8c32", "void k06_conv2d_fwd_n128_h8w8c32(const float *restrict conv2d_2_out, const float *restrict conv2d_3_kernel, const float *restrict conv2d_3_bias, float *restrict conv2d_3_pre, int nb)", 150994944, 5279872, 1},
    {"k07_relu_n128_h8w8c32", "void k07_relu_n128_h8w8c32(const float *restrict conv2d_3_pre, float *restrict conv2d_3_out, int nb)", 524288, 2097152, 1},
    {"k08_dropout_n128_h8w8c32", "void k08_dropout_n128_h8w8c32(const float *restrict conv2d_3_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)", 524288, 3145728, 1},
    {"k09_dense_fwd_n128_k10", "void k09_dense_fwd_n128_k10(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)", 5242880, 1135656, 1},
    {"k10_conv2d_fwd_n128_h32w32c16", "void k10_conv2d_fwd_n128_h32w32c16(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre_infer, int nb)", 113246208, 9963264, 6},
    {"k11_relu_n128_h32w32c16", "void k11_relu_n128_h32w32c16(const float *restrict conv2d_pre_infer, float *restrict conv2d_out_infer, int nb)", 4194304, 16777216, 6},
    {"k12_conv2d_fwd_n128_h16w16c16", "void k12_conv2d_fwd_n128_h16w16c16(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre_infer, int nb)", 150994944, 10495040, 6},
    {"k13_relu_n128_h16w16c16", "void k13_relu_n128_h16w16c16(const float *restrict conv2d_1_pre_infer, float *restrict conv2d_1_out_infer, int nb)", 1048576, 4194304, 6},
    {"k14_conv2d_fwd_n128_h16w16c32", "void k14_conv2d_fwd_n128_h16w16c32(const float *restrict conv2d_1_out_infer, const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, float *restrict conv2d_2_pre_infer, int nb)", 301989888, 6310016, 6},
    {"k15_relu_n128_h16w16c32", "void k15_relu_n128_h16w16c32(const float *restrict conv2d_2_pre_infer, float *restrict conv2d_2_out_infer, int nb)", 2097152, 8388608, 6},
    {"k16_conv2d_fwd_n128_h8w8c32", "void k16_conv2d_fwd_n128_h8w8c32(const float *restrict conv2d_2_out_infer, const float *restrict conv2d_3_kernel, const float *restrict conv2d_3_bias, float *restrict conv2d_3_pre_infer, int nb)", 150994944, 5279872, 6},
    {"k17_relu_n128_h8w8c32", "void k17_relu_n128_h8w8c32(const float *restrict conv2d_3_pre_infer, float *restrict conv2d_3_out_infer, int nb)", 524288, 2097152, 6},
    {"k18_dense_fwd_n128_k10", "void k18_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)", 5242880, 1135656, 2},
    {"k19_dense_fwd_n128_k10", "void k19_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_predict_pre_infer, int nb)", 5242880, 1135656, 4},
    {"k20_softmax_n128_k10", "void k20_softmax_n128_k10(const float *restrict dense_predict_pre_infer, float *restrict dense_out_infer, int nb)", 2560, 10240, 4},
    {"k21_softmax_ce_n128_k10", "void k21_softmax_ce_n128_k10(const float *restrict dense_pre, const float *restrict y, float *restrict probs, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 1},
    {"k22_softmax_ce_n128_k10", "void k22_softmax_ce_n128_k10(const float *restrict dense_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 2},
    {"k23_regularizer_2048x10", "void k23_regularizer_2048x10(const float *restrict dense_kernel, double *restrict loss)", 40960, 81920, 3},
    {"k24_softmax_ce_bwd_n128_k10", "void k24_softmax_ce_bwd_n128_k10(const float *restrict probs, const float *restrict y, float *restrict ddense_pre, int nb)", 2560, 15360, 1},
    {"k25_dense_bwd_weights_2048x10", "void k25_dense_bwd_weights_2048x10(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 5242880, 1135656, 1},
    {"k26_dense_bwd_data_n128_k2048", "void k26_dense_bwd_data_n128_k2048(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict dflatten_out, float *restrict dense_kernel_transposed, int nb)", 5242880, 1135616, 1},
    {"k27_dropout_bwd_n128_h8w8c32", "void k27_dropout_bwd_n128_h8w8c32(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dconv2d_3_out, int nb)", 524288, 3145728, 1},
    {"k28_relu_bwd_n128_h8w8c32", "void k28_relu_bwd_n128_h8w8c32(const float *restrict dconv2d_3_out, const float *restrict conv2d_3_out, float *restrict dconv2d_3_pre, int nb)", 524288, 3145728, 1},
    {"k29_conv2d_bwd_weights_3x3x32x32", "void k29_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_2_out, float *restrict dconv2d_3_kernel, float *restrict dconv2d_3_bias, int nb)", 150994944, 5279872, 1},
    {"k30_conv2d_bwd_data_n128_h16w16c32", "void k30_conv2d_bwd_data_n128_h16w16c32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_3_kernel, float *restrict dconv2d_2_out, float *restrict conv2d_3_kernel_transposed, int nb)", 150994944, 5279744, 1},
    {"k31_relu_bwd_n128_h16w16c32", "void k31_relu_bwd_n128_h16w16c32(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_out, float *restrict dconv2d_2_pre, int nb)", 2097152, 12582912, 1},
    {"k32_conv2d_bwd_weights_3x3x16x32", "void k32_conv2d_bwd_weights_3x3x16x32(const float *restrict dconv2d_2_pre, const float *restrict conv2d_1_out, float *restrict dconv2d_2_kernel, float *restrict dconv2d_2_bias, int nb)", 301989888, 6310016, 1},
    {"k33_conv2d_bwd_data_n128_h16w16c16", "void k33_conv2d_bwd_data_n128_h16w16c16(const float *restrict dconv2d_2_pre, const float *restrict conv2d_2_kernel, float *restrict dconv2d_1_out, float *restrict conv2d_2_kernel_transposed, int nb)", 301989888, 6309888, 1},
    {"k34_relu_bwd_n128_h16w16c16", "void k34_relu_bwd_n128_h16w16c16(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, int nb)", 1048576, 6291456, 1},
    {"k35_conv2d_bwd_weights_3x3x16x16", "void k35_conv2d_bwd_weights_3x3x16x16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)", 150994944, 10495040, 1},
    {"k36_conv2d_bwd_data_n128_h32w32c16", "void k36_conv2d_bwd_data_n128_h32w32c16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel, float *restrict dconv2d_out, float *restrict conv2d_1_kernel_transposed, int nb)", 150994944, 10494976, 1},
    {"k37_relu_bwd_n128_h32w32c16", "void k37_relu_bwd_n128_h32w32c16(const float *restrict dconv2d_out, const float *restrict conv2d_out, float *restrict dconv2d_pre, int nb)", 4194304, 25165824, 1},
    {"k38_conv2d_bwd_weights_3x3x3x16", "void k38_conv2d_bwd_weights_3x3x3x16(const float *restrict dconv2d_pre, const float *restrict x, float *restrict dconv2d_kernel, float *restrict dconv2d_bias, int nb)", 113246208, 9963264, 1},
    {"k39_adam_update_regularizer_bwd_p37152", "void k39_adam_update_regularizer_bwd_p37152(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 412480, 1122176, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed004_cifar_strided",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {32, 32, 3},
    .in_scale = (float)0.00392156886,
    .out_size = 10,
    .label_kind = KILN_LABEL_ONEHOT,
    .label_size = 10,
    .has_accuracy = 1,
    .n_params = 37152,
    .n_state = 0,
    .n_arena = 6291456,
    .n_tensors = 82,
    .tensors = tensors,
    .n_kernels = 40,
    .kernels = kernels,
    .isa = "generic",
};


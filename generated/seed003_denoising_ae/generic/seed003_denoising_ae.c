/* seed003_denoising_ae.c — emitted by kiln from models/seed003_denoising_ae.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 64 (kiln_step.nb may be smaller), ISA generic. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 226416, state 0, arena 181248.
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

/* k00_dense_fwd_n64_k128 — gemm kernel
 *   node n0 "dense" (dense), from $.layers[0]
 *   in  x                          (64, 784) NC
 *   in  dense/kernel               (784, 128) IO
 *   in  dense/bias                 (128) C
 *   out dense_pre                  (64, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k00_dense_fwd_n64_k128(const float *restrict x, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre + (long)n * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 784; k++) {
            const float xv = x[(long)n * 784 + k];
            for (int m = 0; m < 128; m++) yr[m] += xv * dense_kernel[k * 128 + m];
        }
    }
}

/* k01_relu_n64_k128 — eltwise kernel
 *   node n1 "dense.relu" (relu), from $.layers[0]
 *   in  dense_pre                  (64, 128) NC
 *   out dense_out                  (64, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k01_relu_n64_k128(const float *restrict dense_pre, float *restrict dense_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            dense_out[e] = dense_pre[e] > 0.0f ? dense_pre[e] : (dense_pre[e] != dense_pre[e] ? dense_pre[e] : 0.0f);
        }
    }
}

/* k02_dense_fwd_n64_k96 — gemm kernel
 *   node n2 "dense_1" (dense), from $.layers[1]
 *   in  dense_out                  (64, 128) NC
 *   in  dense_1/kernel             (128, 96) IO
 *   in  dense_1/bias               (96) C
 *   out dense_1_pre                (64, 96) NC
 *   schedule: OpenMP over samples; ISA generic */
void k02_dense_fwd_n64_k96(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_1_pre + (long)n * 96;  /* the sums, in place */
        for (int m = 0; m < 96; m++) yr[m] = dense_1_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_out[(long)n * 128 + k];
            for (int m = 0; m < 96; m++) yr[m] += xv * dense_1_kernel[k * 96 + m];
        }
    }
}

/* k03_relu_n64_k96 — eltwise kernel
 *   node n3 "dense_1.relu" (relu), from $.layers[1]
 *   in  dense_1_pre                (64, 96) NC
 *   out dense_1_out                (64, 96) NC
 *   schedule: OpenMP over samples; ISA generic */
void k03_relu_n64_k96(const float *restrict dense_1_pre, float *restrict dense_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 96; e < (long)(n + 1) * 96; e++) {
            dense_1_out[e] = dense_1_pre[e] > 0.0f ? dense_1_pre[e] : (dense_1_pre[e] != dense_1_pre[e] ? dense_1_pre[e] : 0.0f);
        }
    }
}

/* k04_dense_fwd_n64_k128 — gemm kernel
 *   node n4 "dense_2" (dense), from $.layers[2]
 *   in  dense_1_out                (64, 96) NC
 *   in  dense_2/kernel             (96, 128) IO
 *   in  dense_2/bias               (128) C
 *   out dense_2_pre                (64, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k04_dense_fwd_n64_k128(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_2_pre + (long)n * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) yr[m] = dense_2_bias[m];
        for (int k = 0; k < 96; k++) {
            const float xv = dense_1_out[(long)n * 96 + k];
            for (int m = 0; m < 128; m++) yr[m] += xv * dense_2_kernel[k * 128 + m];
        }
    }
}

/* k05_relu_n64_k128 — eltwise kernel
 *   node n5 "dense_2.relu" (relu), from $.layers[2]
 *   in  dense_2_pre                (64, 128) NC
 *   out dense_2_out                (64, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k05_relu_n64_k128(const float *restrict dense_2_pre, float *restrict dense_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            dense_2_out[e] = dense_2_pre[e] > 0.0f ? dense_2_pre[e] : (dense_2_pre[e] != dense_2_pre[e] ? dense_2_pre[e] : 0.0f);
        }
    }
}

/* k06_dense_fwd_n64_k784 — gemm kernel
 *   node n6 "dense_3" (dense), from $.layers[3]
 *   in  dense_2_out                (64, 128) NC
 *   in  dense_3/kernel             (128, 784) IO
 *   in  dense_3/bias               (784) C
 *   out dense_3_pre                (64, 784) NC
 *   schedule: OpenMP over samples; ISA generic */
void k06_dense_fwd_n64_k784(const float *restrict dense_2_out, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_3_pre + (long)n * 784;  /* the sums, in place */
        for (int m = 0; m < 784; m++) yr[m] = dense_3_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_2_out[(long)n * 128 + k];
            for (int m = 0; m < 784; m++) yr[m] += xv * dense_3_kernel[k * 784 + m];
        }
    }
}

/* k07_dense_fwd_n64_k128 — gemm kernel
 *   node n7 "dense_infer" (dense), from $.layers[0]
 *   in  x                          (64, 784) NC
 *   in  dense/kernel               (784, 128) IO
 *   in  dense/bias                 (128) C
 *   out dense_pre_infer            (64, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k07_dense_fwd_n64_k128(const float *restrict x, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre_infer + (long)n * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 784; k++) {
            const float xv = x[(long)n * 784 + k];
            for (int m = 0; m < 128; m++) yr[m] += xv * dense_kernel[k * 128 + m];
        }
    }
}

/* k08_relu_n64_k128 — eltwise kernel
 *   node n8 "dense.relu_infer" (relu), from $.layers[0]
 *   in  dense_pre_infer            (64, 128) NC
 *   out dense_out_infer            (64, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k08_relu_n64_k128(const float *restrict dense_pre_infer, float *restrict dense_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            dense_out_infer[e] = dense_pre_infer[e] > 0.0f ? dense_pre_infer[e] : (dense_pre_infer[e] != dense_pre_infer[e] ? dense_pre_infer[e] : 0.0f);
        }
    }
}

/* k09_dense_fwd_n64_k96 — gemm kernel
 *   node n9 "dense_1_infer" (dense), from $.layers[1]
 *   in  dense_out_infer            (64, 128) NC
 *   in  dense_1/kernel             (128, 96) IO
 *   in  dense_1/bias               (96) C
 *   out dense_1_pre_infer          (64, 96) NC
 *   schedule: OpenMP over samples; ISA generic */
void k09_dense_fwd_n64_k96(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_1_pre_infer + (long)n * 96;  /* the sums, in place */
        for (int m = 0; m < 96; m++) yr[m] = dense_1_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_out_infer[(long)n * 128 + k];
            for (int m = 0; m < 96; m++) yr[m] += xv * dense_1_kernel[k * 96 + m];
        }
    }
}

/* k10_relu_n64_k96 — eltwise kernel
 *   node n10 "dense_1.relu_infer" (relu), from $.layers[1]
 *   in  dense_1_pre_infer          (64, 96) NC
 *   out dense_1_out_infer          (64, 96) NC
 *   schedule: OpenMP over samples; ISA generic */
void k10_relu_n64_k96(const float *restrict dense_1_pre_infer, float *restrict dense_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 96; e < (long)(n + 1) * 96; e++) {
            dense_1_out_infer[e] = dense_1_pre_infer[e] > 0.0f ? dense_1_pre_infer[e] : (dense_1_pre_infer[e] != dense_1_pre_infer[e] ? dense_1_pre_infer[e] : 0.0f);
        }
    }
}

/* k11_dense_fwd_n64_k128 — gemm kernel
 *   node n11 "dense_2_infer" (dense), from $.layers[2]
 *   in  dense_1_out_infer          (64, 96) NC
 *   in  dense_2/kernel             (96, 128) IO
 *   in  dense_2/bias               (128) C
 *   out dense_2_pre_infer          (64, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k11_dense_fwd_n64_k128(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_2_pre_infer + (long)n * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) yr[m] = dense_2_bias[m];
        for (int k = 0; k < 96; k++) {
            const float xv = dense_1_out_infer[(long)n * 96 + k];
            for (int m = 0; m < 128; m++) yr[m] += xv * dense_2_kernel[k * 128 + m];
        }
    }
}

/* k12_relu_n64_k128 — eltwise kernel
 *   node n12 "dense_2.relu_infer" (relu), from $.layers[2]
 *   in  dense_2_pre_infer          (64, 128) NC
 *   out dense_2_out_infer          (64, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k12_relu_n64_k128(const float *restrict dense_2_pre_infer, float *restrict dense_2_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            dense_2_out_infer[e] = dense_2_pre_infer[e] > 0.0f ? dense_2_pre_infer[e] : (dense_2_pre_infer[e] != dense_2_pre_infer[e] ? dense_2_pre_infer[e] : 0.0f);
        }
    }
}

/* k13_dense_fwd_n64_k784 — gemm kernel
 *   node n13 "dense_3_infer" (dense), from $.layers[3]
 *   in  dense_2_out_infer          (64, 128) NC
 *   in  dense_3/kernel             (128, 784) IO
 *   in  dense_3/bias               (784) C
 *   out dense_3_pre_infer          (64, 784) NC
 *   schedule: OpenMP over samples; ISA generic */
void k13_dense_fwd_n64_k784(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_3_pre_infer + (long)n * 784;  /* the sums, in place */
        for (int m = 0; m < 784; m++) yr[m] = dense_3_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_2_out_infer[(long)n * 128 + k];
            for (int m = 0; m < 784; m++) yr[m] += xv * dense_3_kernel[k * 784 + m];
        }
    }
}

/* k14_dense_fwd_n64_k784 — gemm kernel
 *   node n14 "dense_3_predict_infer" (dense), from $.layers[3]
 *   in  dense_2_out_infer          (64, 128) NC
 *   in  dense_3/kernel             (128, 784) IO
 *   in  dense_3/bias               (784) C
 *   out dense_3_predict_pre_infer  (64, 784) NC
 *   schedule: OpenMP over samples; ISA generic */
void k14_dense_fwd_n64_k784(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_predict_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_3_predict_pre_infer + (long)n * 784;  /* the sums, in place */
        for (int m = 0; m < 784; m++) yr[m] = dense_3_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_2_out_infer[(long)n * 128 + k];
            for (int m = 0; m < 784; m++) yr[m] += xv * dense_3_kernel[k * 784 + m];
        }
    }
}

/* k15_sigmoid_n64_k784 — eltwise kernel
 *   node n15 "dense_3.sigmoid_infer" (sigmoid), from $.layers[3]
 *   in  dense_3_predict_pre_infer  (64, 784) NC
 *   out dense_3_out_infer          (64, 784) NC
 *   schedule: OpenMP over samples; ISA generic */
void k15_sigmoid_n64_k784(const float *restrict dense_3_predict_pre_infer, float *restrict dense_3_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 784; e < (long)(n + 1) * 784; e++) {
            dense_3_out_infer[e] = 1.0f / (1.0f + expf(-dense_3_predict_pre_infer[e]));
        }
    }
}

/* k16_sigmoid_bce_n64_k784 — loss kernel
 *   node n16 "loss" (sigmoid_bce), from $.loss
 *   in  dense_3_pre                (64, 784) NC
 *   in  y                          (64, 784) NC
 *   out probs                      (64, 784) NC
 *   tmp dense_3_pre.per_sample     (256) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k16_sigmoid_bce_n64_k784(const float *restrict dense_3_pre, const float *restrict y, float *restrict probs, float *restrict dense_3_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_3_pre_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_3_pre + (long)n * 784;
        double total = 0.0, hits = 0.0;
        const float *t = y + (long)n * 784;
        float *p = probs + (long)n * 784;
        double s = 0.0, right = 0.0;
        for (int k = 0; k < 784; k++) {
            const float zk = z[k];
            p[k] = 1.0f / (1.0f + expf(-zk));
            s += (zk > 0.0f ? zk : 0.0f) - zk * t[k] + log1p(exp(-fabs((double)zk)));
            right += (p[k] > 0.5f) == (t[k] > 0.5f);
        }
        total = s / 784.0;
        hits = right / 784.0;
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

/* k17_sigmoid_bce_n64_k784 — loss kernel
 *   node n17 "loss_eval" (sigmoid_bce), from $.loss
 *   in  dense_3_pre_infer          (64, 784) NC
 *   in  y                          (64, 784) NC
 *   out probs_eval                 (64, 784) NC
 *   tmp dense_3_pre_infer.per_sample (256) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k17_sigmoid_bce_n64_k784(const float *restrict dense_3_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_3_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_3_pre_infer_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_3_pre_infer + (long)n * 784;
        double total = 0.0, hits = 0.0;
        const float *t = y + (long)n * 784;
        float *p = probs_eval + (long)n * 784;
        double s = 0.0, right = 0.0;
        for (int k = 0; k < 784; k++) {
            const float zk = z[k];
            p[k] = 1.0f / (1.0f + expf(-zk));
            s += (zk > 0.0f ? zk : 0.0f) - zk * t[k] + log1p(exp(-fabs((double)zk)));
            right += (p[k] > 0.5f) == (t[k] > 0.5f);
        }
        total = s / 784.0;
        hits = right / 784.0;
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

/* k18_sigmoid_bce_bwd_n64_k784 — loss kernel
 *   node n19 "dloss" (sigmoid_bce_bwd), from $.loss
 *   in  probs                      (64, 784) NC
 *   in  y                          (64, 784) NC
 *   out ddense_3_pre               (64, 784) NC
 *   schedule: OpenMP over samples; ISA generic */
void k18_sigmoid_bce_bwd_n64_k784(const float *restrict probs, const float *restrict y, float *restrict ddense_3_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *p = probs + (long)n * 784;
        float *d = ddense_3_pre + (long)n * 784;
        const float *t = y + (long)n * 784;
        for (int k = 0; k < 784; k++) d[k] = (p[k] - t[k]) / ((float)nb * 784.0f);
    }
}

/* k19_dense_bwd_weights_128x784 — gemm kernel
 *   node n20 "ddense_3.weights" (dense_bwd_weights), from $.layers[3]
 *   in  ddense_3_pre               (64, 784) NC
 *   in  dense_2_out                (64, 128) NC
 *   out ddense_3/kernel            (128, 784) IO
 *   out ddense_3/bias              (784) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k19_dense_bwd_weights_128x784(const float *restrict ddense_3_pre, const float *restrict dense_2_out, float *restrict ddense_3_kernel, float *restrict ddense_3_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 128; k++) {
        float *dwr = ddense_3_kernel + (long)k * 784;  /* the sums, in place */
        for (int m = 0; m < 784; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = dense_2_out[(long)n * 128 + k];
            for (int m = 0; m < 784; m++) dwr[m] += xv * ddense_3_pre[(long)n * 784 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 784; m++) ddense_3_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 784; m++) ddense_3_bias[m] += ddense_3_pre[(long)n * 784 + m];
    }
}

/* k20_dense_bwd_data_n64_k128 — gemm kernel
 *   node n21 "ddense_3.data" (dense_bwd_data), from $.layers[3]
 *   in  ddense_3_pre               (64, 784) NC
 *   in  dense_3/kernel             (128, 784) IO
 *   out ddense_2_out               (64, 128) NC
 *   tmp dense_3/kernel.transposed  (784, 128) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k20_dense_bwd_data_n64_k128(const float *restrict ddense_3_pre, const float *restrict dense_3_kernel, float *restrict ddense_2_out, float *restrict dense_3_kernel_transposed, int nb)
{
    /* Transposed kernel dense_3_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 128; k++)
        for (int m = 0; m < 784; m++) dense_3_kernel_transposed[m * 128 + k] = dense_3_kernel[k * 784 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = ddense_2_out + (long)n * 128;  /* the sums, in place */
        for (int k = 0; k < 128; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 784; m++) {
            const float d = ddense_3_pre[(long)n * 784 + m];
            for (int k = 0; k < 128; k++) dxr[k] += d * dense_3_kernel_transposed[m * 128 + k];
        }
    }
}

/* k21_relu_bwd_n64_k128 — eltwise kernel
 *   node n22 "ddense_2.relu" (relu_bwd), from $.layers[2]
 *   in  ddense_2_out               (64, 128) NC
 *   in  dense_2_out                (64, 128) NC
 *   out ddense_2_pre               (64, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k21_relu_bwd_n64_k128(const float *restrict ddense_2_out, const float *restrict dense_2_out, float *restrict ddense_2_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            ddense_2_pre[e] = dense_2_out[e] > 0.0f ? ddense_2_out[e] : 0.0f;
        }
    }
}

/* k22_dense_bwd_weights_96x128 — gemm kernel
 *   node n23 "ddense_2.weights" (dense_bwd_weights), from $.layers[2]
 *   in  ddense_2_pre               (64, 128) NC
 *   in  dense_1_out                (64, 96) NC
 *   out ddense_2/kernel            (96, 128) IO
 *   out ddense_2/bias              (128) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k22_dense_bwd_weights_96x128(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 96; k++) {
        float *dwr = ddense_2_kernel + (long)k * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = dense_1_out[(long)n * 96 + k];
            for (int m = 0; m < 128; m++) dwr[m] += xv * ddense_2_pre[(long)n * 128 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 128; m++) ddense_2_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 128; m++) ddense_2_bias[m] += ddense_2_pre[(long)n * 128 + m];
    }
}

/* k23_dense_bwd_data_n64_k96 — gemm kernel
 *   node n24 "ddense_2.data" (dense_bwd_data), from $.layers[2]
 *   in  ddense_2_pre               (64, 128) NC
 *   in  dense_2/kernel             (96, 128) IO
 *   out ddense_1_out               (64, 96) NC
 *   tmp dense_2/kernel.transposed  (128, 96) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k23_dense_bwd_data_n64_k96(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel, float *restrict ddense_1_out, float *restrict dense_2_kernel_transposed, int nb)
{
    /* Transposed kernel dense_2_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 96; k++)
        for (int m = 0; m < 128; m++) dense_2_kernel_transposed[m * 96 + k] = dense_2_kernel[k * 128 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = ddense_1_out + (long)n * 96;  /* the sums, in place */
        for (int k = 0; k < 96; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 128; m++) {
            const float d = ddense_2_pre[(long)n * 128 + m];
            for (int k = 0; k < 96; k++) dxr[k] += d * dense_2_kernel_transposed[m * 96 + k];
        }
    }
}

/* k24_relu_bwd_n64_k96 — eltwise kernel
 *   node n25 "ddense_1.relu" (relu_bwd), from $.layers[1]
 *   in  ddense_1_out               (64, 96) NC
 *   in  dense_1_out                (64, 96) NC
 *   out ddense_1_pre               (64, 96) NC
 *   schedule: OpenMP over samples; ISA generic */
void k24_relu_bwd_n64_k96(const float *restrict ddense_1_out, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 96; e < (long)(n + 1) * 96; e++) {
            ddense_1_pre[e] = dense_1_out[e] > 0.0f ? ddense_1_out[e] : 0.0f;
        }
    }
}

/* k25_dense_bwd_weights_128x96 — gemm kernel
 *   node n26 "ddense_1.weights" (dense_bwd_weights), from $.layers[1]
 *   in  ddense_1_pre               (64, 96) NC
 *   in  dense_out                  (64, 128) NC
 *   out ddense_1/kernel            (128, 96) IO
 *   out ddense_1/bias              (96) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k25_dense_bwd_weights_128x96(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 128; k++) {
        float *dwr = ddense_1_kernel + (long)k * 96;  /* the sums, in place */
        for (int m = 0; m < 96; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = dense_out[(long)n * 128 + k];
            for (int m = 0; m < 96; m++) dwr[m] += xv * ddense_1_pre[(long)n * 96 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 96; m++) ddense_1_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 96; m++) ddense_1_bias[m] += ddense_1_pre[(long)n * 96 + m];
    }
}

/* k26_dense_bwd_data_n64_k128 — gemm kernel
 *   node n27 "ddense_1.data" (dense_bwd_data), from $.layers[1]
 *   in  ddense_1_pre               (64, 96) NC
 *   in  dense_1/kernel             (128, 96) IO
 *   out ddense_out                 (64, 128) NC
 *   tmp dense_1/kernel.transposed  (96, 128) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k26_dense_bwd_data_n64_k128(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict ddense_out, float *restrict dense_1_kernel_transposed, int nb)
{
    /* Transposed kernel dense_1_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 128; k++)
        for (int m = 0; m < 96; m++) dense_1_kernel_transposed[m * 128 + k] = dense_1_kernel[k * 96 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = ddense_out + (long)n * 128;  /* the sums, in place */
        for (int k = 0; k < 128; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 96; m++) {
            const float d = ddense_1_pre[(long)n * 96 + m];
            for (int k = 0; k < 128; k++) dxr[k] += d * dense_1_kernel_transposed[m * 128 + k];
        }
    }
}

/* k27_relu_bwd_n64_k128 — eltwise kernel
 *   node n28 "ddense.relu" (relu_bwd), from $.layers[0]
 *   in  ddense_out                 (64, 128) NC
 *   in  dense_out                  (64, 128) NC
 *   out ddense_pre                 (64, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k27_relu_bwd_n64_k128(const float *restrict ddense_out, const float *restrict dense_out, float *restrict ddense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            ddense_pre[e] = dense_out[e] > 0.0f ? ddense_out[e] : 0.0f;
        }
    }
}

/* k28_dense_bwd_weights_784x128 — gemm kernel
 *   node n29 "ddense.weights" (dense_bwd_weights), from $.layers[0]
 *   in  ddense_pre                 (64, 128) NC
 *   in  x                          (64, 784) NC
 *   out ddense/kernel              (784, 128) IO
 *   out ddense/bias                (128) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k28_dense_bwd_weights_784x128(const float *restrict ddense_pre, const float *restrict x, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 784; k++) {
        float *dwr = ddense_kernel + (long)k * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = x[(long)n * 784 + k];
            for (int m = 0; m < 128; m++) dwr[m] += xv * ddense_pre[(long)n * 128 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 128; m++) ddense_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 128; m++) ddense_bias[m] += ddense_pre[(long)n * 128 + m];
    }
}

/* k29_adam_update_p226416 — optimizer kernel
 *   node n30 "adam" (adam_update), from $.optimizer
 *   schedule: OpenMP over elements; ISA generic */
void k29_adam_update_p226416(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    /* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */
    const float lr_t = (float)(lr * sqrt(1.0 - pow(0.999000013f, (double)t)) / (1.0 - pow(0.899999976f, (double)t)));
    #pragma omp for schedule(static)
    for (long i = 0; i < 226416; i++) {
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
    const float *const x = s->x;  /* x (64, 784) */
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 128) */
    float *const dense_bias = P + 100352;  /* dense/bias (128) */
    float *const dense_pre = A + 0;  /* dense_pre (64, 128) */
    float *const dense_out = A + 150528;  /* dense_out (64, 128) */
    float *const dense_1_kernel = P + 100480;  /* dense_1/kernel (128, 96) */
    float *const dense_1_bias = P + 112768;  /* dense_1/bias (96) */
    float *const dense_1_pre = A + 0;  /* dense_1_pre (64, 96) */
    float *const dense_1_out = A + 175104;  /* dense_1_out (64, 96) */
    float *const dense_2_kernel = P + 112864;  /* dense_2/kernel (96, 128) */
    float *const dense_2_bias = P + 125152;  /* dense_2/bias (128) */
    float *const dense_2_pre = A + 0;  /* dense_2_pre (64, 128) */
    float *const dense_2_out = A + 158720;  /* dense_2_out (64, 128) */
    float *const dense_3_kernel = P + 125280;  /* dense_3/kernel (128, 784) */
    float *const dense_3_bias = P + 225632;  /* dense_3/bias (784) */
    float *const dense_3_pre = A + 0;  /* dense_3_pre (64, 784) */
    const float *const y = s->y;  /* y (64, 784) */
    float *const probs = A + 50176;  /* probs (64, 784) */
    float *const dense_3_pre_per_sample = A + 100352;  /* dense_3_pre.per_sample (256) */
    float *const ddense_3_pre = A + 100352;  /* ddense_3_pre (64, 784) */
    float *const ddense_3_kernel = G + 125280;  /* ddense_3/kernel (128, 784) */
    float *const ddense_3_bias = G + 225632;  /* ddense_3/bias (784) */
    float *const ddense_2_out = A + 166912;  /* ddense_2_out (64, 128) */
    float *const dense_3_kernel_transposed = A + 0;  /* dense_3/kernel.transposed (784, 128) */
    float *const ddense_2_pre = A + 12288;  /* ddense_2_pre (64, 128) */
    float *const ddense_2_kernel = G + 112864;  /* ddense_2/kernel (96, 128) */
    float *const ddense_2_bias = G + 125152;  /* ddense_2/bias (128) */
    float *const ddense_1_out = A + 20480;  /* ddense_1_out (64, 96) */
    float *const dense_2_kernel_transposed = A + 0;  /* dense_2/kernel.transposed (128, 96) */
    float *const ddense_1_pre = A + 26624;  /* ddense_1_pre (64, 96) */
    float *const ddense_1_kernel = G + 100480;  /* ddense_1/kernel (128, 96) */
    float *const ddense_1_bias = G + 112768;  /* ddense_1/bias (96) */
    float *const ddense_out = A + 12288;  /* ddense_out (64, 128) */
    float *const dense_1_kernel_transposed = A + 0;  /* dense_1/kernel.transposed (96, 128) */
    float *const ddense_pre = A + 0;  /* ddense_pre (64, 128) */
    float *const ddense_kernel = G + 0;  /* ddense/kernel (784, 128) */
    float *const ddense_bias = G + 100352;  /* ddense/bias (128) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 1190898 FLOP per sample: threads from 4 samples on */
    #pragma omp parallel if ((double)nb * 1190897.5 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_dense_fwd_n64_k128(x, dense_kernel, dense_bias, dense_pre, nb);
        k01_relu_n64_k128(dense_pre, dense_out, nb);
        k02_dense_fwd_n64_k96(dense_out, dense_1_kernel, dense_1_bias, dense_1_pre, nb);
        k03_relu_n64_k96(dense_1_pre, dense_1_out, nb);
        k04_dense_fwd_n64_k128(dense_1_out, dense_2_kernel, dense_2_bias, dense_2_pre, nb);
        k05_relu_n64_k128(dense_2_pre, dense_2_out, nb);
        k06_dense_fwd_n64_k784(dense_2_out, dense_3_kernel, dense_3_bias, dense_3_pre, nb);
        k16_sigmoid_bce_n64_k784(dense_3_pre, y, probs, dense_3_pre_per_sample, nb, &s->loss, &s->metric);
        k18_sigmoid_bce_bwd_n64_k784(probs, y, ddense_3_pre, nb);
        k19_dense_bwd_weights_128x784(ddense_3_pre, dense_2_out, ddense_3_kernel, ddense_3_bias, nb);
        k20_dense_bwd_data_n64_k128(ddense_3_pre, dense_3_kernel, ddense_2_out, dense_3_kernel_transposed, nb);
        k21_relu_bwd_n64_k128(ddense_2_out, dense_2_out, ddense_2_pre, nb);
        k22_dense_bwd_weights_96x128(ddense_2_pre, dense_1_out, ddense_2_kernel, ddense_2_bias, nb);
        k23_dense_bwd_data_n64_k96(ddense_2_pre, dense_2_kernel, ddense_1_out, dense_2_kernel_transposed, nb);
        k24_relu_bwd_n64_k96(ddense_1_out, dense_1_out, ddense_1_pre, nb);
        k25_dense_bwd_weights_128x96(ddense_1_pre, dense_out, ddense_1_kernel, ddense_1_bias, nb);
        k26_dense_bwd_data_n64_k128(ddense_1_pre, dense_1_kernel, ddense_out, dense_1_kernel_transposed, nb);
        k27_relu_bwd_n64_k128(ddense_out, dense_out, ddense_pre, nb);
        k28_dense_bwd_weights_784x128(ddense_pre, x, ddense_kernel, ddense_bias, nb);
        k29_adam_update_p226416(P, G, M, V, s->step, s->learning_rate);
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
    const float *const x = s->x;  /* x (64, 784) */
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 128) */
    float *const dense_bias = P + 100352;  /* dense/bias (128) */
    float *const dense_pre_infer = A + 0;  /* dense_pre_infer (64, 128) */
    float *const dense_out_infer = A + 8192;  /* dense_out_infer (64, 128) */
    float *const dense_1_kernel = P + 100480;  /* dense_1/kernel (128, 96) */
    float *const dense_1_bias = P + 112768;  /* dense_1/bias (96) */
    float *const dense_1_pre_infer = A + 0;  /* dense_1_pre_infer (64, 96) */
    float *const dense_1_out_infer = A + 8192;  /* dense_1_out_infer (64, 96) */
    float *const dense_2_kernel = P + 112864;  /* dense_2/kernel (96, 128) */
    float *const dense_2_bias = P + 125152;  /* dense_2/bias (128) */
    float *const dense_2_pre_infer = A + 0;  /* dense_2_pre_infer (64, 128) */
    float *const dense_2_out_infer = A + 100352;  /* dense_2_out_infer (64, 128) */
    float *const dense_3_kernel = P + 125280;  /* dense_3/kernel (128, 784) */
    float *const dense_3_bias = P + 225632;  /* dense_3/bias (784) */
    float *const dense_3_pre_infer = A + 0;  /* dense_3_pre_infer (64, 784) */
    const float *const y = s->y;  /* y (64, 784) */
    float *const probs_eval = A + 50176;  /* probs_eval (64, 784) */
    float *const dense_3_pre_infer_per_sample = A + 100352;  /* dense_3_pre_infer.per_sample (256) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 452832 FLOP per sample: threads from 9 samples on */
    #pragma omp parallel if ((double)nb * 452832 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k07_dense_fwd_n64_k128(x, dense_kernel, dense_bias, dense_pre_infer, nb);
        k08_relu_n64_k128(dense_pre_infer, dense_out_infer, nb);
        k09_dense_fwd_n64_k96(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
        k10_relu_n64_k96(dense_1_pre_infer, dense_1_out_infer, nb);
        k11_dense_fwd_n64_k128(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_pre_infer, nb);
        k12_relu_n64_k128(dense_2_pre_infer, dense_2_out_infer, nb);
        k13_dense_fwd_n64_k784(dense_2_out_infer, dense_3_kernel, dense_3_bias, dense_3_pre_infer, nb);
        k17_sigmoid_bce_n64_k784(dense_3_pre_infer, y, probs_eval, dense_3_pre_infer_per_sample, nb, &s->loss, &s->metric);
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
    const float *const x = s->x;  /* x (64, 784) */
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 128) */
    float *const dense_bias = P + 100352;  /* dense/bias (128) */
    float *const dense_pre_infer = A + 0;  /* dense_pre_infer (64, 128) */
    float *const dense_out_infer = A + 8192;  /* dense_out_infer (64, 128) */
    float *const dense_1_kernel = P + 100480;  /* dense_1/kernel (128, 96) */
    float *const dense_1_bias = P + 112768;  /* dense_1/bias (96) */
    float *const dense_1_pre_infer = A + 0;  /* dense_1_pre_infer (64, 96) */
    float *const dense_1_out_infer = A + 8192;  /* dense_1_out_infer (64, 96) */
    float *const dense_2_kernel = P + 112864;  /* dense_2/kernel (96, 128) */
    float *const dense_2_bias = P + 125152;  /* dense_2/bias (128) */
    float *const dense_2_pre_infer = A + 0;  /* dense_2_pre_infer (64, 128) */
    float *const dense_2_out_infer = A + 100352;  /* dense_2_out_infer (64, 128) */
    float *const dense_3_kernel = P + 125280;  /* dense_3/kernel (128, 784) */
    float *const dense_3_bias = P + 225632;  /* dense_3/bias (784) */
    float *const dense_3_predict_pre_infer = A + 50176;  /* dense_3_predict_pre_infer (64, 784) */
    float *const dense_3_out_infer = s->out;  /* dense_3_out_infer (64, 784) */
    /* 454400 FLOP per sample: threads from 9 samples on */
    #pragma omp parallel if ((double)nb * 454400 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k07_dense_fwd_n64_k128(x, dense_kernel, dense_bias, dense_pre_infer, nb);
        k08_relu_n64_k128(dense_pre_infer, dense_out_infer, nb);
        k09_dense_fwd_n64_k96(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
        k10_relu_n64_k96(dense_1_pre_infer, dense_1_out_infer, nb);
        k11_dense_fwd_n64_k128(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_pre_infer, nb);
        k12_relu_n64_k128(dense_2_pre_infer, dense_2_out_infer, nb);
        k14_dense_fwd_n64_k784(dense_2_out_infer, dense_3_kernel, dense_3_bias, dense_3_predict_pre_infer, nb);
        k15_sigmoid_n64_k784(dense_3_predict_pre_infer, dense_3_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 2, {64, 784, 0, 0}, "NC", 0, 50176, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {784, 128, 0, 0}, "IO", 0, 100352, 3, 784, 128},
    {"dense/bias", KILN_ROLE_PARAM, 1, {128, 0, 0, 0}, "C", 100352, 128, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 150528, 8192, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {128, 96, 0, 0}, "IO", 100480, 12288, 3, 128, 96},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {96, 0, 0, 0}, "C", 112768, 96, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 0, 6144, 0, 0, 0},
    {"dense_1_out", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 175104, 6144, 0, 0, 0},
    {"dense_2/kernel", KILN_ROLE_PARAM, 2, {96, 128, 0, 0}, "IO", 112864, 12288, 3, 96, 128},
    {"dense_2/bias", KILN_ROLE_PARAM, 1, {128, 0, 0, 0}, "C", 125152, 128, 1, 0, 0},
    {"dense_2_pre", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"dense_2_out", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 158720, 8192, 0, 0, 0},
    {"dense_3/kernel", KILN_ROLE_PARAM, 2, {128, 784, 0, 0}, "IO", 125280, 100352, 3, 128, 784},
    {"dense_3/bias", KILN_ROLE_PARAM, 1, {784, 0, 0, 0}, "C", 225632, 784, 1, 0, 0},
    {"dense_3_pre", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 0, 50176, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 8192, 8192, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 0, 6144, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 8192, 6144, 0, 0, 0},
    {"dense_2_pre_infer", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"dense_2_out_infer", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 100352, 8192, 0, 0, 0},
    {"dense_3_pre_infer", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 0, 50176, 0, 0, 0},
    {"dense_3_predict_pre_infer", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 50176, 50176, 0, 0, 0},
    {"dense_3_out_infer", KILN_ROLE_OUTPUT, 2, {64, 784, 0, 0}, "NC", 0, 50176, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {64, 784, 0, 0}, "NC", 0, 50176, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 50176, 50176, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 50176, 50176, 0, 0, 0},
    {"ddense_3_pre", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 100352, 50176, 0, 0, 0},
    {"ddense_3/bias", KILN_ROLE_GRAD, 1, {784, 0, 0, 0}, "C", 225632, 784, 0, 0, 0},
    {"ddense_3/kernel", KILN_ROLE_GRAD, 2, {128, 784, 0, 0}, "IO", 125280, 100352, 0, 0, 0},
    {"ddense_2_out", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 166912, 8192, 0, 0, 0},
    {"ddense_2_pre", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 12288, 8192, 0, 0, 0},
    {"ddense_2/bias", KILN_ROLE_GRAD, 1, {128, 0, 0, 0}, "C", 125152, 128, 0, 0, 0},
    {"ddense_2/kernel", KILN_ROLE_GRAD, 2, {96, 128, 0, 0}, "IO", 112864, 12288, 0, 0, 0},
    {"ddense_1_out", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 20480, 6144, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 26624, 6144, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {96, 0, 0, 0}, "C", 112768, 96, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {128, 96, 0, 0}, "IO", 100480, 12288, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 12288, 8192, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {128, 0, 0, 0}, "C", 100352, 128, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {784, 128, 0, 0}, "IO", 0, 100352, 0, 0, 0},
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {784, 128, 0, 0}, "IO", 0, 100352, 1, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {784, 128, 0, 0}, "IO", 0, 100352, 1, 0, 0},
    {"m_dense/bias", KILN_ROLE_OPT_M, 1, {128, 0, 0, 0}, "C", 100352, 128, 1, 0, 0},
    {"v_dense/bias", KILN_ROLE_OPT_V, 1, {128, 0, 0, 0}, "C", 100352, 128, 1, 0, 0},
    {"m_dense_1/kernel", KILN_ROLE_OPT_M, 2, {128, 96, 0, 0}, "IO", 100480, 12288, 1, 0, 0},
    {"v_dense_1/kernel", KILN_ROLE_OPT_V, 2, {128, 96, 0, 0}, "IO", 100480, 12288, 1, 0, 0},
    {"m_dense_1/bias", KILN_ROLE_OPT_M, 1, {96, 0, 0, 0}, "C", 112768, 96, 1, 0, 0},
    {"v_dense_1/bias", KILN_ROLE_OPT_V, 1, {96, 0, 0, 0}, "C", 112768, 96, 1, 0, 0},
    {"m_dense_2/kernel", KILN_ROLE_OPT_M, 2, {96, 128, 0, 0}, "IO", 112864, 12288, 1, 0, 0},
    {"v_dense_2/kernel", KILN_ROLE_OPT_V, 2, {96, 128, 0, 0}, "IO", 112864, 12288, 1, 0, 0},
    {"m_dense_2/bias", KILN_ROLE_OPT_M, 1, {128, 0, 0, 0}, "C", 125152, 128, 1, 0, 0},
    {"v_dense_2/bias", KILN_ROLE_OPT_V, 1, {128, 0, 0, 0}, "C", 125152, 128, 1, 0, 0},
    {"m_dense_3/kernel", KILN_ROLE_OPT_M, 2, {128, 784, 0, 0}, "IO", 125280, 100352, 1, 0, 0},
    {"v_dense_3/kernel", KILN_ROLE_OPT_V, 2, {128, 784, 0, 0}, "IO", 125280, 100352, 1, 0, 0},
    {"m_dense_3/bias", KILN_ROLE_OPT_M, 1, {784, 0, 0, 0}, "C", 225632, 784, 1, 0, 0},
    {"v_dense_3/bias", KILN_ROLE_OPT_V, 1, {784, 0, 0, 0}, "C", 225632, 784, 1, 0, 0},
    {"dense_3_pre.per_sample", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 100352, 256, 0, 0, 0},
    {"dense_3_pre_infer.per_sample", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 100352, 256, 0, 0, 0},
    {"dense_3/kernel.transposed", KILN_ROLE_ACT, 2, {784, 128, 0, 0}, "IO", 0, 100352, 0, 0, 0},
    {"dense_2/kernel.transposed", KILN_ROLE_ACT, 2, {128, 96, 0, 0}, "IO", 0, 12288, 0, 0, 0},
    {"dense_1/kernel.transposed", KILN_ROLE_ACT, 2, {96, 128, 0, 0}, "IO", 0, 12288, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_dense_fwd_n64_k128", "void k00_dense_fwd_n64_k128(const float *restrict x, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)", 12845056, 635392, 1},
    {"k01_relu_n64_k128", "void k01_relu_n64_k128(const float *restrict dense_pre, float *restrict dense_out, int nb)", 16384, 65536, 1},
    {"k02_dense_fwd_n64_k96", "void k02_dense_fwd_n64_k96(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)", 1572864, 106880, 1},
    {"k03_relu_n64_k96", "void k03_relu_n64_k96(const float *restrict dense_1_pre, float *restrict dense_1_out, int nb)", 12288, 49152, 1},
    {"k04_dense_fwd_n64_k128", "void k04_dense_fwd_n64_k128(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre, int nb)", 1572864, 107008, 1},
    {"k05_relu_n64_k128", "void k05_relu_n64_k128(const float *restrict dense_2_pre, float *restrict dense_2_out, int nb)", 16384, 65536, 1},
    {"k06_dense_fwd_n64_k784", "void k06_dense_fwd_n64_k784(const float *restrict dense_2_out, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre, int nb)", 12845056, 638016, 1},
    {"k07_dense_fwd_n64_k128", "void k07_dense_fwd_n64_k128(const float *restrict x, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)", 12845056, 635392, 6},
    {"k08_relu_n64_k128", "void k08_relu_n64_k128(const float *restrict dense_pre_infer, float *restrict dense_out_infer, int nb)", 16384, 65536, 6},
    {"k09_dense_fwd_n64_k96", "void k09_dense_fwd_n64_k96(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)", 1572864, 106880, 6},
    {"k10_relu_n64_k96", "void k10_relu_n64_k96(const float *restrict dense_1_pre_infer, float *restrict dense_1_out_infer, int nb)", 12288, 49152, 6},
    {"k11_dense_fwd_n64_k128", "void k11_dense_fwd_n64_k128(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre_infer, int nb)", 1572864, 107008, 6},
    {"k12_relu_n64_k128", "void k12_relu_n64_k128(const float *restrict dense_2_pre_infer, float *restrict dense_2_out_infer, int nb)", 16384, 65536, 6},
    {"k13_dense_fwd_n64_k784", "void k13_dense_fwd_n64_k784(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre_infer, int nb)", 12845056, 638016, 2},
    {"k14_dense_fwd_n64_k784", "void k14_dense_fwd_n64_k784(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_predict_pre_infer, int nb)", 12845056, 638016, 4},
    {"k15_sigmoid_n64_k784", "void k15_sigmoid_n64_k784(const float *restrict dense_3_predict_pre_infer, float *restrict dense_3_out_infer, int nb)", 100352, 401408, 4},
    {"k16_sigmoid_bce_n64_k784", "void k16_sigmoid_bce_n64_k784(const float *restrict dense_3_pre, const float *restrict y, float *restrict probs, float *restrict dense_3_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 100352, 602112, 1},
    {"k17_sigmoid_bce_n64_k784", "void k17_sigmoid_bce_n64_k784(const float *restrict dense_3_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_3_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 100352, 602112, 2},
    {"k18_sigmoid_bce_bwd_n64_k784", "void k18_sigmoid_bce_bwd_n64_k784(const float *restrict probs, const float *restrict y, float *restrict ddense_3_pre, int nb)", 100352, 602112, 1},
    {"k19_dense_bwd_weights_128x784", "void k19_dense_bwd_weights_128x784(const float *restrict ddense_3_pre, const float *restrict dense_2_out, float *restrict ddense_3_kernel, float *restrict ddense_3_bias, int nb)", 12845056, 638016, 1},
    {"k20_dense_bwd_data_n64_k128", "void k20_dense_bwd_data_n64_k128(const float *restrict ddense_3_pre, const float *restrict dense_3_kernel, float *restrict ddense_2_out, float *restrict dense_3_kernel_transposed, int nb)", 12845056, 634880, 1},
    {"k21_relu_bwd_n64_k128", "void k21_relu_bwd_n64_k128(const float *restrict ddense_2_out, const float *restrict dense_2_out, float *restrict ddense_2_pre, int nb)", 16384, 98304, 1},
    {"k22_dense_bwd_weights_96x128", "void k22_dense_bwd_weights_96x128(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)", 1572864, 107008, 1},
    {"k23_dense_bwd_data_n64_k96", "void k23_dense_bwd_data_n64_k96(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel, float *restrict ddense_1_out, float *restrict dense_2_kernel_transposed, int nb)", 1572864, 106496, 1},
    {"k24_relu_bwd_n64_k96", "void k24_relu_bwd_n64_k96(const float *restrict ddense_1_out, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)", 12288, 73728, 1},
    {"k25_dense_bwd_weights_128x96", "void k25_dense_bwd_weights_128x96(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 1572864, 106880, 1},
    {"k26_dense_bwd_data_n64_k128", "void k26_dense_bwd_data_n64_k128(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict ddense_out, float *restrict dense_1_kernel_transposed, int nb)", 1572864, 106496, 1},
    {"k27_relu_bwd_n64_k128", "void k27_relu_bwd_n64_k128(const float *restrict ddense_out, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 16384, 98304, 1},
    {"k28_dense_bwd_weights_784x128", "void k28_dense_bwd_weights_784x128(const float *restrict ddense_pre, const float *restrict x, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 12845056, 635392, 1},
    {"k29_adam_update_p226416", "void k29_adam_update_p226416(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 2264160, 6339648, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed003_denoising_ae",
    .batch = 64,
    .in_rank = 1,
    .in_dims = {784, 0, 0},
    .in_scale = (float)0.00392156886,
    .out_size = 784,
    .label_kind = KILN_LABEL_INPUT,
    .label_size = 784,
    .has_accuracy = 0,
    .n_params = 226416,
    .n_state = 0,
    .n_arena = 181248,
    .n_tensors = 64,
    .tensors = tensors,
    .n_kernels = 30,
    .kernels = kernels,
    .isa = "generic",
};


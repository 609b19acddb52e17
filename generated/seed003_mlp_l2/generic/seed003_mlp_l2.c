/* seed003_mlp_l2.c — emitted by kiln from models/seed003_mlp_l2.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA generic. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 545840, state 0, arena 316400.
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

/* k00_dense_fwd_n128_k500 — gemm kernel
 *   node n0 "dense" (dense), from $.layers[1]
 *   in  flatten_out                (128, 784) NC
 *   in  dense/kernel               (784, 500) IO
 *   in  dense/bias                 (500) C
 *   out dense_pre                  (128, 500) NC
 *   schedule: OpenMP over samples; ISA generic */
void k00_dense_fwd_n128_k500(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre + (long)n * 500;  /* the sums, in place */
        for (int m = 0; m < 500; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 784; k++) {
            const float xv = flatten_out[(long)n * 784 + k];
            for (int m = 0; m < 500; m++) yr[m] += xv * dense_kernel[k * 500 + m];
        }
    }
}

/* k01_relu_n128_k500 — eltwise kernel
 *   node n1 "dense.relu" (relu), from $.layers[1]
 *   in  dense_pre                  (128, 500) NC
 *   out dense_out                  (128, 500) NC
 *   schedule: OpenMP over samples; ISA generic */
void k01_relu_n128_k500(const float *restrict dense_pre, float *restrict dense_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 500; e < (long)(n + 1) * 500; e++) {
            dense_out[e] = dense_pre[e] > 0.0f ? dense_pre[e] : (dense_pre[e] != dense_pre[e] ? dense_pre[e] : 0.0f);
        }
    }
}

/* k02_dense_fwd_n128_k300 — gemm kernel
 *   node n2 "dense_1" (dense), from $.layers[2]
 *   in  dense_out                  (128, 500) NC
 *   in  dense_1/kernel             (500, 300) IO
 *   in  dense_1/bias               (300) C
 *   out dense_1_pre                (128, 300) NC
 *   schedule: OpenMP over samples; ISA generic */
void k02_dense_fwd_n128_k300(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_1_pre + (long)n * 300;  /* the sums, in place */
        for (int m = 0; m < 300; m++) yr[m] = dense_1_bias[m];
        for (int k = 0; k < 500; k++) {
            const float xv = dense_out[(long)n * 500 + k];
            for (int m = 0; m < 300; m++) yr[m] += xv * dense_1_kernel[k * 300 + m];
        }
    }
}

/* k03_relu_n128_k300 — eltwise kernel
 *   node n3 "dense_1.relu" (relu), from $.layers[2]
 *   in  dense_1_pre                (128, 300) NC
 *   out dense_1_out                (128, 300) NC
 *   schedule: OpenMP over samples; ISA generic */
void k03_relu_n128_k300(const float *restrict dense_1_pre, float *restrict dense_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 300; e < (long)(n + 1) * 300; e++) {
            dense_1_out[e] = dense_1_pre[e] > 0.0f ? dense_1_pre[e] : (dense_1_pre[e] != dense_1_pre[e] ? dense_1_pre[e] : 0.0f);
        }
    }
}

/* k04_dense_fwd_n128_k10 — gemm kernel
 *   node n4 "dense_2" (dense), from $.layers[3]
 *   in  dense_1_out                (128, 300) NC
 *   in  dense_2/kernel             (300, 10) IO
 *   in  dense_2/bias               (10) C
 *   out dense_2_pre                (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k04_dense_fwd_n128_k10(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_2_pre + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_2_bias[m];
        for (int k = 0; k < 300; k++) {
            const float xv = dense_1_out[(long)n * 300 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_2_kernel[k * 10 + m];
        }
    }
}

/* k05_dense_fwd_n128_k500 — gemm kernel
 *   node n5 "dense_infer" (dense), from $.layers[1]
 *   in  flatten_out_infer          (128, 784) NC
 *   in  dense/kernel               (784, 500) IO
 *   in  dense/bias                 (500) C
 *   out dense_pre_infer            (128, 500) NC
 *   schedule: OpenMP over samples; ISA generic */
void k05_dense_fwd_n128_k500(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre_infer + (long)n * 500;  /* the sums, in place */
        for (int m = 0; m < 500; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 784; k++) {
            const float xv = flatten_out_infer[(long)n * 784 + k];
            for (int m = 0; m < 500; m++) yr[m] += xv * dense_kernel[k * 500 + m];
        }
    }
}

/* k06_relu_n128_k500 — eltwise kernel
 *   node n6 "dense.relu_infer" (relu), from $.layers[1]
 *   in  dense_pre_infer            (128, 500) NC
 *   out dense_out_infer            (128, 500) NC
 *   schedule: OpenMP over samples; ISA generic */
void k06_relu_n128_k500(const float *restrict dense_pre_infer, float *restrict dense_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 500; e < (long)(n + 1) * 500; e++) {
            dense_out_infer[e] = dense_pre_infer[e] > 0.0f ? dense_pre_infer[e] : (dense_pre_infer[e] != dense_pre_infer[e] ? dense_pre_infer[e] : 0.0f);
        }
    }
}

/* k07_dense_fwd_n128_k300 — gemm kernel
 *   node n7 "dense_1_infer" (dense), from $.layers[2]
 *   in  dense_out_infer            (128, 500) NC
 *   in  dense_1/kernel             (500, 300) IO
 *   in  dense_1/bias               (300) C
 *   out dense_1_pre_infer          (128, 300) NC
 *   schedule: OpenMP over samples; ISA generic */
void k07_dense_fwd_n128_k300(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_1_pre_infer + (long)n * 300;  /* the sums, in place */
        for (int m = 0; m < 300; m++) yr[m] = dense_1_bias[m];
        for (int k = 0; k < 500; k++) {
            const float xv = dense_out_infer[(long)n * 500 + k];
            for (int m = 0; m < 300; m++) yr[m] += xv * dense_1_kernel[k * 300 + m];
        }
    }
}

/* k08_relu_n128_k300 — eltwise kernel
 *   node n8 "dense_1.relu_infer" (relu), from $.layers[2]
 *   in  dense_1_pre_infer          (128, 300) NC
 *   out dense_1_out_infer          (128, 300) NC
 *   schedule: OpenMP over samples; ISA generic */
void k08_relu_n128_k300(const float *restrict dense_1_pre_infer, float *restrict dense_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 300; e < (long)(n + 1) * 300; e++) {
            dense_1_out_infer[e] = dense_1_pre_infer[e] > 0.0f ? dense_1_pre_infer[e] : (dense_1_pre_infer[e] != dense_1_pre_infer[e] ? dense_1_pre_infer[e] : 0.0f);
        }
    }
}

/* k09_dense_fwd_n128_k10 — gemm kernel
 *   node n9 "dense_2_infer" (dense), from $.layers[3]
 *   in  dense_1_out_infer          (128, 300) NC
 *   in  dense_2/kernel             (300, 10) IO
 *   in  dense_2/bias               (10) C
 *   out dense_2_pre_infer          (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k09_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_2_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_2_bias[m];
        for (int k = 0; k < 300; k++) {
            const float xv = dense_1_out_infer[(long)n * 300 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_2_kernel[k * 10 + m];
        }
    }
}

/* k10_dense_fwd_n128_k10 — gemm kernel
 *   node n10 "dense_2_predict_infer" (dense), from $.layers[3]
 *   in  dense_1_out_infer          (128, 300) NC
 *   in  dense_2/kernel             (300, 10) IO
 *   in  dense_2/bias               (10) C
 *   out dense_2_predict_pre_infer  (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k10_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_predict_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_2_predict_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_2_bias[m];
        for (int k = 0; k < 300; k++) {
            const float xv = dense_1_out_infer[(long)n * 300 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_2_kernel[k * 10 + m];
        }
    }
}

/* k11_softmax_n128_k10 — loss kernel
 *   node n11 "dense_2.softmax_infer" (softmax), from $.layers[3]
 *   in  dense_2_predict_pre_infer  (128, 10) NC
 *   out dense_2_out_infer          (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k11_softmax_n128_k10(const float *restrict dense_2_predict_pre_infer, float *restrict dense_2_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (long r = 0; r < (long)nb * 1; r++) {
        {
            const float *zr = dense_2_predict_pre_infer + r * 10;
            float *yr = dense_2_out_infer + r * 10;
            float mx = zr[0];
            for (int k = 1; k < 10; k++) mx = zr[k] > mx ? zr[k] : mx;
            float sum = 0.0f;
            for (int k = 0; k < 10; k++) { yr[k] = expf(zr[k] - mx); sum += yr[k]; }
            for (int k = 0; k < 10; k++) yr[k] /= sum;
        }
    }
}

/* k12_softmax_ce_n128_k10 — loss kernel
 *   node n12 "loss" (softmax_ce), from $.loss
 *   in  dense_2_pre                (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs                      (128, 10) NC
 *   tmp dense_2_pre.per_sample     (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k12_softmax_ce_n128_k10(const float *restrict dense_2_pre, const float *restrict y, float *restrict probs, float *restrict dense_2_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_2_pre_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_2_pre + (long)n * 10;
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

/* k13_softmax_ce_n128_k10 — loss kernel
 *   node n13 "loss_eval" (softmax_ce), from $.loss
 *   in  dense_2_pre_infer          (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_2_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k13_softmax_ce_n128_k10(const float *restrict dense_2_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_2_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_2_pre_infer_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_2_pre_infer + (long)n * 10;
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

/* k14_regularizer_784x500 — loss kernel
 *   node n14 "dense.kernel_regularizer" (regularizer), from $.layers[1]
 *   in  dense/kernel               (784, 500) IO
 *   schedule: one thread; ISA generic */
void k14_regularizer_784x500(const float *restrict dense_kernel, double *restrict loss)
{
    #pragma omp single
    {
        double s1 = 0.0, s2 = 0.0;
        for (long i = 0; i < 392000; i++) { s2 += (double)dense_kernel[i] * dense_kernel[i]; }
        *loss += 9.99999997e-07f * s2;
        (void)s1;
    }
}

/* k15_regularizer_500x300 — loss kernel
 *   node n15 "dense_1.kernel_regularizer" (regularizer), from $.layers[2]
 *   in  dense_1/kernel             (500, 300) IO
 *   schedule: one thread; ISA generic */
void k15_regularizer_500x300(const float *restrict dense_1_kernel, double *restrict loss)
{
    #pragma omp single
    {
        double s1 = 0.0, s2 = 0.0;
        for (long i = 0; i < 150000; i++) { s2 += (double)dense_1_kernel[i] * dense_1_kernel[i]; }
        *loss += 9.99999997e-07f * s2;
        (void)s1;
    }
}

/* k16_softmax_ce_bwd_n128_k10 — loss kernel
 *   node n17 "dloss" (softmax_ce_bwd), from $.loss
 *   in  probs                      (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out ddense_2_pre               (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k16_softmax_ce_bwd_n128_k10(const float *restrict probs, const float *restrict y, float *restrict ddense_2_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *p = probs + (long)n * 10;
        float *d = ddense_2_pre + (long)n * 10;
        const float *t = y + (long)n * 10;
        float st = 0.0f;
        for (int k = 0; k < 10; k++) st += t[k];
        for (int k = 0; k < 10; k++) d[k] = (p[k] * st - t[k]) / (float)nb;
    }
}

/* k17_dense_bwd_weights_300x10 — gemm kernel
 *   node n18 "ddense_2.weights" (dense_bwd_weights), from $.layers[3]
 *   in  ddense_2_pre               (128, 10) NC
 *   in  dense_1_out                (128, 300) NC
 *   out ddense_2/kernel            (300, 10) IO
 *   out ddense_2/bias              (10) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k17_dense_bwd_weights_300x10(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 300; k++) {
        float *dwr = ddense_2_kernel + (long)k * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = dense_1_out[(long)n * 300 + k];
            for (int m = 0; m < 10; m++) dwr[m] += xv * ddense_2_pre[(long)n * 10 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 10; m++) ddense_2_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 10; m++) ddense_2_bias[m] += ddense_2_pre[(long)n * 10 + m];
    }
}

/* k18_dense_bwd_data_n128_k300 — gemm kernel
 *   node n19 "ddense_2.data" (dense_bwd_data), from $.layers[3]
 *   in  ddense_2_pre               (128, 10) NC
 *   in  dense_2/kernel             (300, 10) IO
 *   out ddense_1_out               (128, 300) NC
 *   tmp dense_2/kernel.transposed  (10, 300) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k18_dense_bwd_data_n128_k300(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel, float *restrict ddense_1_out, float *restrict dense_2_kernel_transposed, int nb)
{
    /* Transposed kernel dense_2_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 300; k++)
        for (int m = 0; m < 10; m++) dense_2_kernel_transposed[m * 300 + k] = dense_2_kernel[k * 10 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = ddense_1_out + (long)n * 300;  /* the sums, in place */
        for (int k = 0; k < 300; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 10; m++) {
            const float d = ddense_2_pre[(long)n * 10 + m];
            for (int k = 0; k < 300; k++) dxr[k] += d * dense_2_kernel_transposed[m * 300 + k];
        }
    }
}

/* k19_relu_bwd_n128_k300 — eltwise kernel
 *   node n20 "ddense_1.relu" (relu_bwd), from $.layers[2]
 *   in  ddense_1_out               (128, 300) NC
 *   in  dense_1_out                (128, 300) NC
 *   out ddense_1_pre               (128, 300) NC
 *   schedule: OpenMP over samples; ISA generic */
void k19_relu_bwd_n128_k300(const float *restrict ddense_1_out, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 300; e < (long)(n + 1) * 300; e++) {
            ddense_1_pre[e] = dense_1_out[e] > 0.0f ? ddense_1_out[e] : 0.0f;
        }
    }
}

/* k20_dense_bwd_weights_500x300 — gemm kernel
 *   node n21 "ddense_1.weights" (dense_bwd_weights), from $.layers[2]
 *   in  ddense_1_pre               (128, 300) NC
 *   in  dense_out                  (128, 500) NC
 *   out ddense_1/kernel            (500, 300) IO
 *   out ddense_1/bias              (300) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k20_dense_bwd_weights_500x300(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 500; k++) {
        float *dwr = ddense_1_kernel + (long)k * 300;  /* the sums, in place */
        for (int m = 0; m < 300; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = dense_out[(long)n * 500 + k];
            for (int m = 0; m < 300; m++) dwr[m] += xv * ddense_1_pre[(long)n * 300 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 300; m++) ddense_1_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 300; m++) ddense_1_bias[m] += ddense_1_pre[(long)n * 300 + m];
    }
}

/* k21_dense_bwd_data_n128_k500 — gemm kernel
 *   node n22 "ddense_1.data" (dense_bwd_data), from $.layers[2]
 *   in  ddense_1_pre               (128, 300) NC
 *   in  dense_1/kernel             (500, 300) IO
 *   out ddense_out                 (128, 500) NC
 *   tmp dense_1/kernel.transposed  (300, 500) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k21_dense_bwd_data_n128_k500(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict ddense_out, float *restrict dense_1_kernel_transposed, int nb)
{
    /* Transposed kernel dense_1_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 500; k++)
        for (int m = 0; m < 300; m++) dense_1_kernel_transposed[m * 500 + k] = dense_1_kernel[k * 300 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = ddense_out + (long)n * 500;  /* the sums, in place */
        for (int k = 0; k < 500; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 300; m++) {
            const float d = ddense_1_pre[(long)n * 300 + m];
            for (int k = 0; k < 500; k++) dxr[k] += d * dense_1_kernel_transposed[m * 500 + k];
        }
    }
}

/* k22_relu_bwd_n128_k500 — eltwise kernel
 *   node n23 "ddense.relu" (relu_bwd), from $.layers[1]
 *   in  ddense_out                 (128, 500) NC
 *   in  dense_out                  (128, 500) NC
 *   out ddense_pre                 (128, 500) NC
 *   schedule: OpenMP over samples; ISA generic */
void k22_relu_bwd_n128_k500(const float *restrict ddense_out, const float *restrict dense_out, float *restrict ddense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 500; e < (long)(n + 1) * 500; e++) {
            ddense_pre[e] = dense_out[e] > 0.0f ? ddense_out[e] : 0.0f;
        }
    }
}

/* k23_dense_bwd_weights_784x500 — gemm kernel
 *   node n24 "ddense.weights" (dense_bwd_weights), from $.layers[1]
 *   in  ddense_pre                 (128, 500) NC
 *   in  flatten_out                (128, 784) NC
 *   out ddense/kernel              (784, 500) IO
 *   out ddense/bias                (500) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k23_dense_bwd_weights_784x500(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 784; k++) {
        float *dwr = ddense_kernel + (long)k * 500;  /* the sums, in place */
        for (int m = 0; m < 500; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = flatten_out[(long)n * 784 + k];
            for (int m = 0; m < 500; m++) dwr[m] += xv * ddense_pre[(long)n * 500 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 500; m++) ddense_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 500; m++) ddense_bias[m] += ddense_pre[(long)n * 500 + m];
    }
}

/* k24_sgd_update_regularizer_bwd_p545840 — optimizer kernel
 *   node n25 "ddense.kernel_regularizer" (regularizer_bwd), from $.layers[1]
 *   node n26 "ddense_1.kernel_regularizer" (regularizer_bwd), from $.layers[2]
 *   node n27 "sgd" (sgd_update), from $.optimizer
 *   in  dense/kernel               (784, 500) IO
 *   in  dense_1/kernel             (500, 300) IO
 *   out ddense/kernel              (784, 500) IO
 *   out ddense_1/kernel            (500, 300) IO
 *   schedule: OpenMP over elements; ISA generic */
void k24_sgd_update_regularizer_bwd_p545840(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    (void)v; (void)t;
    (void)m;
    /* slice by slice; a regularized weight's gradient takes its penalty's term (Keras's
     * L1L2: l1 * sign(w) + 2 * l2 * w) and is stored with it; the slices share no
     * element, so only the last waits for the threads */
    /* dense/kernel */
    #pragma omp for schedule(static) nowait
    for (long i = 0; i < 392000; i++) {
        const float gi = g[i] + (2.0f * 9.99999997e-07f * p[i]);
        g[i] = gi;
        p[i] -= lr * gi;
    }
    #pragma omp for schedule(static) nowait
    for (long i = 392000; i < 392512; i++) {
        p[i] -= lr * g[i];
    }
    /* dense_1/kernel */
    #pragma omp for schedule(static) nowait
    for (long i = 392512; i < 542512; i++) {
        const float gi = g[i] + (2.0f * 9.99999997e-07f * p[i]);
        g[i] = gi;
        p[i] -= lr * gi;
    }
    #pragma omp for schedule(static)
    for (long i = 542512; i < 545840; i++) {
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
    const float *const flatten_out = s->x;  /* flatten_out (128, 784) */
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 500) */
    float *const dense_bias = P + 392000;  /* dense/bias (500) */
    float *const dense_pre = A + 0;  /* dense_pre (128, 500) */
    float *const dense_out = A + 150000;  /* dense_out (128, 500) */
    float *const dense_1_kernel = P + 392512;  /* dense_1/kernel (500, 300) */
    float *const dense_1_bias = P + 542512;  /* dense_1/bias (300) */
    float *const dense_1_pre = A + 0;  /* dense_1_pre (128, 300) */
    float *const dense_1_out = A + 38400;  /* dense_1_out (128, 300) */
    float *const dense_2_kernel = P + 542816;  /* dense_2/kernel (300, 10) */
    float *const dense_2_bias = P + 545824;  /* dense_2/bias (10) */
    float *const dense_2_pre = A + 0;  /* dense_2_pre (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs = A + 1280;  /* probs (128, 10) */
    float *const dense_2_pre_per_sample = A + 2560;  /* dense_2_pre.per_sample (512) */
    float *const ddense_2_pre = A + 79808;  /* ddense_2_pre (128, 10) */
    float *const ddense_2_kernel = G + 542816;  /* ddense_2/kernel (300, 10) */
    float *const ddense_2_bias = G + 545824;  /* ddense_2/bias (10) */
    float *const ddense_1_out = A + 0;  /* ddense_1_out (128, 300) */
    float *const dense_2_kernel_transposed = A + 76800;  /* dense_2/kernel.transposed (10, 300) */
    float *const ddense_1_pre = A + 278000;  /* ddense_1_pre (128, 300) */
    float *const ddense_1_kernel = G + 392512;  /* ddense_1/kernel (500, 300) */
    float *const ddense_1_bias = G + 542512;  /* ddense_1/bias (300) */
    float *const ddense_out = A + 214000;  /* ddense_out (128, 500) */
    float *const dense_1_kernel_transposed = A + 0;  /* dense_1/kernel.transposed (300, 500) */
    float *const ddense_pre = A + 0;  /* ddense_pre (128, 500) */
    float *const ddense_kernel = G + 0;  /* ddense/kernel (784, 500) */
    float *const ddense_bias = G + 392000;  /* ddense/bias (500) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 2518971 FLOP per sample, 2183360 bytes of parameters: threads at any batch */
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_dense_fwd_n128_k500(flatten_out, dense_kernel, dense_bias, dense_pre, nb);
        k01_relu_n128_k500(dense_pre, dense_out, nb);
        k02_dense_fwd_n128_k300(dense_out, dense_1_kernel, dense_1_bias, dense_1_pre, nb);
        k03_relu_n128_k300(dense_1_pre, dense_1_out, nb);
        k04_dense_fwd_n128_k10(dense_1_out, dense_2_kernel, dense_2_bias, dense_2_pre, nb);
        k12_softmax_ce_n128_k10(dense_2_pre, y, probs, dense_2_pre_per_sample, nb, &s->loss, &s->metric);
        k14_regularizer_784x500(dense_kernel, &s->loss);
        k15_regularizer_500x300(dense_1_kernel, &s->loss);
        k16_softmax_ce_bwd_n128_k10(probs, y, ddense_2_pre, nb);
        k17_dense_bwd_weights_300x10(ddense_2_pre, dense_1_out, ddense_2_kernel, ddense_2_bias, nb);
        k18_dense_bwd_data_n128_k300(ddense_2_pre, dense_2_kernel, ddense_1_out, dense_2_kernel_transposed, nb);
        k19_relu_bwd_n128_k300(ddense_1_out, dense_1_out, ddense_1_pre, nb);
        k20_dense_bwd_weights_500x300(ddense_1_pre, dense_out, ddense_1_kernel, ddense_1_bias, nb);
        k21_dense_bwd_data_n128_k500(ddense_1_pre, dense_1_kernel, ddense_out, dense_1_kernel_transposed, nb);
        k22_relu_bwd_n128_k500(ddense_out, dense_out, ddense_pre, nb);
        k23_dense_bwd_weights_784x500(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k24_sgd_update_regularizer_bwd_p545840(P, G, M, V, s->step, s->learning_rate);
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
    const float *const flatten_out_infer = s->x;  /* flatten_out_infer (128, 784) */
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 500) */
    float *const dense_bias = P + 392000;  /* dense/bias (500) */
    float *const dense_pre_infer = A + 0;  /* dense_pre_infer (128, 500) */
    float *const dense_out_infer = A + 64000;  /* dense_out_infer (128, 500) */
    float *const dense_1_kernel = P + 392512;  /* dense_1/kernel (500, 300) */
    float *const dense_1_bias = P + 542512;  /* dense_1/bias (300) */
    float *const dense_1_pre_infer = A + 0;  /* dense_1_pre_infer (128, 300) */
    float *const dense_1_out_infer = A + 38400;  /* dense_1_out_infer (128, 300) */
    float *const dense_2_kernel = P + 542816;  /* dense_2/kernel (300, 10) */
    float *const dense_2_bias = P + 545824;  /* dense_2/bias (10) */
    float *const dense_2_pre_infer = A + 0;  /* dense_2_pre_infer (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    float *const dense_2_pre_infer_per_sample = A + 2560;  /* dense_2_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 1100089 FLOP per sample, 2183360 bytes of parameters: threads at any batch */
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k05_dense_fwd_n128_k500(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
        k06_relu_n128_k500(dense_pre_infer, dense_out_infer, nb);
        k07_dense_fwd_n128_k300(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
        k08_relu_n128_k300(dense_1_pre_infer, dense_1_out_infer, nb);
        k09_dense_fwd_n128_k10(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_pre_infer, nb);
        k13_softmax_ce_n128_k10(dense_2_pre_infer, y, probs_eval, dense_2_pre_infer_per_sample, nb, &s->loss, &s->metric);
        k14_regularizer_784x500(dense_kernel, &s->loss);
        k15_regularizer_500x300(dense_1_kernel, &s->loss);
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
    const float *const flatten_out_infer = s->x;  /* flatten_out_infer (128, 784) */
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 500) */
    float *const dense_bias = P + 392000;  /* dense/bias (500) */
    float *const dense_pre_infer = A + 0;  /* dense_pre_infer (128, 500) */
    float *const dense_out_infer = A + 64000;  /* dense_out_infer (128, 500) */
    float *const dense_1_kernel = P + 392512;  /* dense_1/kernel (500, 300) */
    float *const dense_1_bias = P + 542512;  /* dense_1/bias (300) */
    float *const dense_1_pre_infer = A + 0;  /* dense_1_pre_infer (128, 300) */
    float *const dense_1_out_infer = A + 38400;  /* dense_1_out_infer (128, 300) */
    float *const dense_2_kernel = P + 542816;  /* dense_2/kernel (300, 10) */
    float *const dense_2_bias = P + 545824;  /* dense_2/bias (10) */
    float *const dense_2_predict_pre_infer = A + 1280;  /* dense_2_predict_pre_infer (128, 10) */
    float *const dense_2_out_infer = s->out;  /* dense_2_out_infer (128, 10) */
    /* 1091640 FLOP per sample, 2183360 bytes of parameters: threads at any batch */
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k05_dense_fwd_n128_k500(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
        k06_relu_n128_k500(dense_pre_infer, dense_out_infer, nb);
        k07_dense_fwd_n128_k300(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
        k08_relu_n128_k300(dense_1_pre_infer, dense_1_out_infer, nb);
        k10_dense_fwd_n128_k10(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_predict_pre_infer, nb);
        k11_softmax_n128_k10(dense_2_predict_pre_infer, dense_2_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {784, 500, 0, 0}, "IO", 0, 392000, 3, 784, 500},
    {"dense/bias", KILN_ROLE_PARAM, 1, {500, 0, 0, 0}, "C", 392000, 500, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 0, 64000, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 150000, 64000, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {500, 300, 0, 0}, "IO", 392512, 150000, 3, 500, 300},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {300, 0, 0, 0}, "C", 542512, 300, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 0, 38400, 0, 0, 0},
    {"dense_1_out", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 38400, 38400, 0, 0, 0},
    {"dense_2/kernel", KILN_ROLE_PARAM, 2, {300, 10, 0, 0}, "IO", 542816, 3000, 3, 300, 10},
    {"dense_2/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 545824, 10, 1, 0, 0},
    {"dense_2_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 0, 64000, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 64000, 64000, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 0, 38400, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 38400, 38400, 0, 0, 0},
    {"dense_2_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_2_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"dense_2_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_2_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 79808, 1280, 0, 0, 0},
    {"ddense_2/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 545824, 10, 0, 0, 0},
    {"ddense_2/kernel", KILN_ROLE_GRAD, 2, {300, 10, 0, 0}, "IO", 542816, 3000, 0, 0, 0},
    {"ddense_1_out", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 0, 38400, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 278000, 38400, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {300, 0, 0, 0}, "C", 542512, 300, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {500, 300, 0, 0}, "IO", 392512, 150000, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 214000, 64000, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 0, 64000, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {500, 0, 0, 0}, "C", 392000, 500, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {784, 500, 0, 0}, "IO", 0, 392000, 0, 0, 0},
    {"dense_2_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dense_2_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dense_2/kernel.transposed", KILN_ROLE_ACT, 2, {10, 300, 0, 0}, "IO", 76800, 3000, 0, 0, 0},
    {"dense_1/kernel.transposed", KILN_ROLE_ACT, 2, {300, 500, 0, 0}, "IO", 0, 150000, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_dense_fwd_n128_k500", "void k00_dense_fwd_n128_k500(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)", 100352000, 2227408, 1},
    {"k01_relu_n128_k500", "void k01_relu_n128_k500(const float *restrict dense_pre, float *restrict dense_out, int nb)", 128000, 512000, 1},
    {"k02_dense_fwd_n128_k300", "void k02_dense_fwd_n128_k300(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)", 38400000, 1010800, 1},
    {"k03_relu_n128_k300", "void k03_relu_n128_k300(const float *restrict dense_1_pre, float *restrict dense_1_out, int nb)", 76800, 307200, 1},
    {"k04_dense_fwd_n128_k10", "void k04_dense_fwd_n128_k10(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre, int nb)", 768000, 170760, 1},
    {"k05_dense_fwd_n128_k500", "void k05_dense_fwd_n128_k500(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)", 100352000, 2227408, 6},
    {"k06_relu_n128_k500", "void k06_relu_n128_k500(const float *restrict dense_pre_infer, float *restrict dense_out_infer, int nb)", 128000, 512000, 6},
    {"k07_dense_fwd_n128_k300", "void k07_dense_fwd_n128_k300(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)", 38400000, 1010800, 6},
    {"k08_relu_n128_k300", "void k08_relu_n128_k300(const float *restrict dense_1_pre_infer, float *restrict dense_1_out_infer, int nb)", 76800, 307200, 6},
    {"k09_dense_fwd_n128_k10", "void k09_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre_infer, int nb)", 768000, 170760, 2},
    {"k10_dense_fwd_n128_k10", "void k10_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_predict_pre_infer, int nb)", 768000, 170760, 4},
    {"k11_softmax_n128_k10", "void k11_softmax_n128_k10(const float *restrict dense_2_predict_pre_infer, float *restrict dense_2_out_infer, int nb)", 2560, 10240, 4},
    {"k12_softmax_ce_n128_k10", "void k12_softmax_ce_n128_k10(const float *restrict dense_2_pre, const float *restrict y, float *restrict probs, float *restrict dense_2_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 1},
    {"k13_softmax_ce_n128_k10", "void k13_softmax_ce_n128_k10(const float *restrict dense_2_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_2_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 2},
    {"k14_regularizer_784x500", "void k14_regularizer_784x500(const float *restrict dense_kernel, double *restrict loss)", 784000, 1568000, 3},
    {"k15_regularizer_500x300", "void k15_regularizer_500x300(const float *restrict dense_1_kernel, double *restrict loss)", 300000, 600000, 3},
    {"k16_softmax_ce_bwd_n128_k10", "void k16_softmax_ce_bwd_n128_k10(const float *restrict probs, const float *restrict y, float *restrict ddense_2_pre, int nb)", 2560, 15360, 1},
    {"k17_dense_bwd_weights_300x10", "void k17_dense_bwd_weights_300x10(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)", 768000, 170760, 1},
    {"k18_dense_bwd_data_n128_k300", "void k18_dense_bwd_data_n128_k300(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel, float *restrict ddense_1_out, float *restrict dense_2_kernel_transposed, int nb)", 768000, 170720, 1},
    {"k19_relu_bwd_n128_k300", "void k19_relu_bwd_n128_k300(const float *restrict ddense_1_out, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)", 76800, 460800, 1},
    {"k20_dense_bwd_weights_500x300", "void k20_dense_bwd_weights_500x300(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 38400000, 1010800, 1},
    {"k21_dense_bwd_data_n128_k500", "void k21_dense_bwd_data_n128_k500(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict ddense_out, float *restrict dense_1_kernel_transposed, int nb)", 38400000, 1009600, 1},
    {"k22_relu_bwd_n128_k500", "void k22_relu_bwd_n128_k500(const float *restrict ddense_out, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 128000, 768000, 1},
    {"k23_dense_bwd_weights_784x500", "void k23_dense_bwd_weights_784x500(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 100352000, 2227408, 1},
    {"k24_sgd_update_regularizer_bwd_p545840", "void k24_sgd_update_regularizer_bwd_p545840(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 2721520, 17451520, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed003_mlp_l2",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {28, 28, 1},
    .in_scale = (float)0.00392156886,
    .out_size = 10,
    .label_kind = KILN_LABEL_ONEHOT,
    .label_size = 10,
    .has_accuracy = 1,
    .n_params = 545840,
    .n_state = 0,
    .n_arena = 316400,
    .n_tensors = 37,
    .tensors = tensors,
    .n_kernels = 25,
    .kernels = kernels,
    .isa = "generic",
};


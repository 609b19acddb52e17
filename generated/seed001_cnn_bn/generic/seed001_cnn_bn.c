/* seed001_cnn_bn.c — emitted by kiln from models/seed001_cnn_bn.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA generic. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 34704, state 192, arena 12863936.
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

/* k00_conv2d_fwd_n128_h28w28c32 — conv_fwd kernel
 *   node n0 "conv2d" (conv2d), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   in  conv2d/bias                (32) C
 *   out conv2d_out                 (128, 28, 28, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k00_conv2d_fwd_n128_h28w28c32(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 28; i++) {
            for (int j = 0; j < 28; j++) {
                float *yp = conv2d_out + (((long)n * 28 + i) * 28 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 28) continue;
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

/* k01_batchnorm_fwd_training_n128_h28w28c32 — batchnorm kernel
 *   node n1 "batch_normalization" (bn_train), from $.layers[1]
 *   in  conv2d_out                 (128, 28, 28, 32) NHWC
 *   in  batch_normalization/gamma  (32) C
 *   in  batch_normalization/beta   (32) C
 *   in  batch_normalization/moving_mean (32) C
 *   in  batch_normalization/moving_variance (32) C
 *   out batch_normalization_out    (128, 28, 28, 32) NHWC
 *   out batch_normalization_mean   (32) C
 *   out batch_normalization_invstd (32) C
 *   schedule: OpenMP over channel blocks; ISA generic */
void k01_batchnorm_fwd_training_n128_h28w28c32(const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, int nb)
{
    const long rows = (long)nb * 784;  /* M: values per channel */
    #pragma omp for schedule(static)
    for (int c0 = 0; c0 < 32; c0 += 16) {
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        double s[16] = {0}, ss[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) s[c] += conv2d_out[r * 32 + c0 + c];
        for (int c = 0; c < cn; c++) s[c] /= (double)rows;
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const double d = conv2d_out[r * 32 + c0 + c] - s[c];
                ss[c] += d * d;
            }
        float scale[16], shift[16];
        for (int c = 0; c < cn; c++) {
            const double var = ss[c] / (double)rows;  /* biased, as Keras */
            const float invstd = (float)(1.0 / sqrt(var + 0.00100000005f));
            batch_normalization_mean[c0 + c] = (float)s[c];
            batch_normalization_invstd[c0 + c] = invstd;
            batch_normalization_moving_mean[c0 + c] = batch_normalization_moving_mean[c0 + c] * 0.99000001f + (float)s[c] * 0.00999999046f;
            batch_normalization_moving_variance[c0 + c] = batch_normalization_moving_variance[c0 + c] * 0.99000001f + (float)var * 0.00999999046f;
            scale[c] = invstd * batch_normalization_gamma[c0 + c];
            shift[c] = batch_normalization_beta[c0 + c] - (float)s[c] * scale[c];
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) batch_normalization_out[r * 32 + c0 + c] = conv2d_out[r * 32 + c0 + c] * scale[c] + shift[c];
    }
}

/* k02_relu_n128_h28w28c32 — eltwise kernel
 *   node n2 "re_lu.relu" (relu), from $.layers[2]
 *   in  batch_normalization_out    (128, 28, 28, 32) NHWC
 *   out re_lu_out                  (128, 28, 28, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k02_relu_n128_h28w28c32(const float *restrict batch_normalization_out, float *restrict re_lu_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 25088; e < (long)(n + 1) * 25088; e++) {
            re_lu_out[e] = batch_normalization_out[e] > 0.0f ? batch_normalization_out[e] : (batch_normalization_out[e] != batch_normalization_out[e] ? batch_normalization_out[e] : 0.0f);
        }
    }
}

/* k03_maxpool_fwd_n128_h14w14c32 — pool kernel
 *   node n3 "max_pooling2d" (maxpool), from $.layers[3]
 *   in  re_lu_out                  (128, 28, 28, 32) NHWC
 *   out max_pooling2d_out          (128, 14, 14, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k03_maxpool_fwd_n128_h14w14c32(const float *restrict re_lu_out, float *restrict max_pooling2d_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float *yp = max_pooling2d_out + (((long)n * 14 + i) * 14 + j) * 32;  /* the maxima, in place */
                for (int c = 0; c < 32; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = re_lu_out + (((long)n * 28 + h) * 28 + v) * 32;
                        /* NaN-propagating max */
                        for (int c = 0; c < 32; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k04_conv2d_fwd_n128_h14w14c32 — conv_fwd kernel
 *   node n4 "conv2d_1" (conv2d), from $.layers[4]
 *   in  max_pooling2d_out          (128, 14, 14, 32) NHWC
 *   in  conv2d_1/kernel            (3, 3, 32, 32) HWIO
 *   in  conv2d_1/bias              (32) C
 *   out conv2d_1_out               (128, 14, 14, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k04_conv2d_fwd_n128_h14w14c32(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float *yp = conv2d_1_out + (((long)n * 14 + i) * 14 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 14) continue;
                        const float *xp = max_pooling2d_out + (((long)n * 14 + h) * 14 + v) * 32;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 1024;
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

/* k05_batchnorm_fwd_training_n128_h14w14c32 — batchnorm kernel
 *   node n5 "batch_normalization_1" (bn_train), from $.layers[5]
 *   in  conv2d_1_out               (128, 14, 14, 32) NHWC
 *   in  batch_normalization_1/gamma (32) C
 *   in  batch_normalization_1/beta (32) C
 *   in  batch_normalization_1/moving_mean (32) C
 *   in  batch_normalization_1/moving_variance (32) C
 *   out batch_normalization_1_out  (128, 14, 14, 32) NHWC
 *   out batch_normalization_1_mean (32) C
 *   out batch_normalization_1_invstd (32) C
 *   schedule: OpenMP over channel blocks; ISA generic */
void k05_batchnorm_fwd_training_n128_h14w14c32(const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, int nb)
{
    const long rows = (long)nb * 196;  /* M: values per channel */
    #pragma omp for schedule(static)
    for (int c0 = 0; c0 < 32; c0 += 16) {
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        double s[16] = {0}, ss[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) s[c] += conv2d_1_out[r * 32 + c0 + c];
        for (int c = 0; c < cn; c++) s[c] /= (double)rows;
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const double d = conv2d_1_out[r * 32 + c0 + c] - s[c];
                ss[c] += d * d;
            }
        float scale[16], shift[16];
        for (int c = 0; c < cn; c++) {
            const double var = ss[c] / (double)rows;  /* biased, as Keras */
            const float invstd = (float)(1.0 / sqrt(var + 0.00100000005f));
            batch_normalization_1_mean[c0 + c] = (float)s[c];
            batch_normalization_1_invstd[c0 + c] = invstd;
            batch_normalization_1_moving_mean[c0 + c] = batch_normalization_1_moving_mean[c0 + c] * 0.99000001f + (float)s[c] * 0.00999999046f;
            batch_normalization_1_moving_variance[c0 + c] = batch_normalization_1_moving_variance[c0 + c] * 0.99000001f + (float)var * 0.00999999046f;
            scale[c] = invstd * batch_normalization_1_gamma[c0 + c];
            shift[c] = batch_normalization_1_beta[c0 + c] - (float)s[c] * scale[c];
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) batch_normalization_1_out[r * 32 + c0 + c] = conv2d_1_out[r * 32 + c0 + c] * scale[c] + shift[c];
    }
}

/* k06_relu_n128_h14w14c32 — eltwise kernel
 *   node n6 "re_lu_1.relu" (relu), from $.layers[6]
 *   in  batch_normalization_1_out  (128, 14, 14, 32) NHWC
 *   out re_lu_1_out                (128, 14, 14, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k06_relu_n128_h14w14c32(const float *restrict batch_normalization_1_out, float *restrict re_lu_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 6272; e < (long)(n + 1) * 6272; e++) {
            re_lu_1_out[e] = batch_normalization_1_out[e] > 0.0f ? batch_normalization_1_out[e] : (batch_normalization_1_out[e] != batch_normalization_1_out[e] ? batch_normalization_1_out[e] : 0.0f);
        }
    }
}

/* k07_maxpool_fwd_n128_h7w7c32 — pool kernel
 *   node n7 "max_pooling2d_1" (maxpool), from $.layers[7]
 *   in  re_lu_1_out                (128, 14, 14, 32) NHWC
 *   out max_pooling2d_1_out        (128, 7, 7, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k07_maxpool_fwd_n128_h7w7c32(const float *restrict re_lu_1_out, float *restrict max_pooling2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                float *yp = max_pooling2d_1_out + (((long)n * 7 + i) * 7 + j) * 32;  /* the maxima, in place */
                for (int c = 0; c < 32; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 14) continue;
                        const float *xp = re_lu_1_out + (((long)n * 14 + h) * 14 + v) * 32;
                        /* NaN-propagating max */
                        for (int c = 0; c < 32; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k08_conv2d_fwd_n128_h7w7c32 — conv_fwd kernel
 *   node n8 "conv2d_2" (conv2d), from $.layers[8]
 *   in  max_pooling2d_1_out        (128, 7, 7, 32) NHWC
 *   in  conv2d_2/kernel            (3, 3, 32, 32) HWIO
 *   in  conv2d_2/bias              (32) C
 *   out conv2d_2_out               (128, 7, 7, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k08_conv2d_fwd_n128_h7w7c32(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, float *restrict conv2d_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                float *yp = conv2d_2_out + (((long)n * 7 + i) * 7 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_2_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 7) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 7) continue;
                        const float *xp = max_pooling2d_1_out + (((long)n * 7 + h) * 7 + v) * 32;
                        const float *wp = conv2d_2_kernel + (p * 3 + q) * 1024;
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

/* k09_batchnorm_fwd_training_n128_h7w7c32 — batchnorm kernel
 *   node n9 "batch_normalization_2" (bn_train), from $.layers[9]
 *   in  conv2d_2_out               (128, 7, 7, 32) NHWC
 *   in  batch_normalization_2/gamma (32) C
 *   in  batch_normalization_2/beta (32) C
 *   in  batch_normalization_2/moving_mean (32) C
 *   in  batch_normalization_2/moving_variance (32) C
 *   out batch_normalization_2_out  (128, 7, 7, 32) NHWC
 *   out batch_normalization_2_mean (32) C
 *   out batch_normalization_2_invstd (32) C
 *   schedule: OpenMP over channel blocks; ISA generic */
void k09_batchnorm_fwd_training_n128_h7w7c32(const float *restrict conv2d_2_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, float *restrict batch_normalization_2_moving_mean, float *restrict batch_normalization_2_moving_variance, float *restrict batch_normalization_2_out, float *restrict batch_normalization_2_mean, float *restrict batch_normalization_2_invstd, int nb)
{
    const long rows = (long)nb * 49;  /* M: values per channel */
    #pragma omp for schedule(static)
    for (int c0 = 0; c0 < 32; c0 += 16) {
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        double s[16] = {0}, ss[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) s[c] += conv2d_2_out[r * 32 + c0 + c];
        for (int c = 0; c < cn; c++) s[c] /= (double)rows;
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const double d = conv2d_2_out[r * 32 + c0 + c] - s[c];
                ss[c] += d * d;
            }
        float scale[16], shift[16];
        for (int c = 0; c < cn; c++) {
            const double var = ss[c] / (double)rows;  /* biased, as Keras */
            const float invstd = (float)(1.0 / sqrt(var + 0.00100000005f));
            batch_normalization_2_mean[c0 + c] = (float)s[c];
            batch_normalization_2_invstd[c0 + c] = invstd;
            batch_normalization_2_moving_mean[c0 + c] = batch_normalization_2_moving_mean[c0 + c] * 0.99000001f + (float)s[c] * 0.00999999046f;
            batch_normalization_2_moving_variance[c0 + c] = batch_normalization_2_moving_variance[c0 + c] * 0.99000001f + (float)var * 0.00999999046f;
            scale[c] = invstd * batch_normalization_2_gamma[c0 + c];
            shift[c] = batch_normalization_2_beta[c0 + c] - (float)s[c] * scale[c];
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) batch_normalization_2_out[r * 32 + c0 + c] = conv2d_2_out[r * 32 + c0 + c] * scale[c] + shift[c];
    }
}

/* k10_relu_n128_h7w7c32 — eltwise kernel
 *   node n10 "re_lu_2.relu" (relu), from $.layers[10]
 *   in  batch_normalization_2_out  (128, 7, 7, 32) NHWC
 *   out re_lu_2_out                (128, 7, 7, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k10_relu_n128_h7w7c32(const float *restrict batch_normalization_2_out, float *restrict re_lu_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1568; e < (long)(n + 1) * 1568; e++) {
            re_lu_2_out[e] = batch_normalization_2_out[e] > 0.0f ? batch_normalization_2_out[e] : (batch_normalization_2_out[e] != batch_normalization_2_out[e] ? batch_normalization_2_out[e] : 0.0f);
        }
    }
}

/* k11_dropout_n128_k1568 — eltwise kernel
 *   node n11 "dropout" (dropout), from $.layers[12]
 *   in  flatten_out                (128, 1568) NC
 *   out dropout_out                (128, 1568) NC
 *   out dropout_mask               (128, 1568) NC
 *   schedule: OpenMP over samples; ISA generic */
void k11_dropout_n128_k1568(const float *restrict flatten_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)
{
    const float keep_scale = 2.0f;  /* 1 / (1 - rate) */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1568; e < (long)(n + 1) * 1568; e++) {
            const float u = kiln_uniform(seed, step, 0, e);
            dropout_mask[e] = u >= 0.5f ? keep_scale : 0.0f;
            dropout_out[e] = flatten_out[e] * dropout_mask[e];
        }
    }
}

/* k12_dense_fwd_n128_k10 — gemm kernel
 *   node n12 "dense" (dense), from $.layers[13]
 *   in  dropout_out                (128, 1568) NC
 *   in  dense/kernel               (1568, 10) IO
 *   in  dense/bias                 (10) C
 *   out dense_pre                  (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k12_dense_fwd_n128_k10(const float *restrict dropout_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 1568; k++) {
            const float xv = dropout_out[(long)n * 1568 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_kernel[k * 10 + m];
        }
    }
}

/* k13_bn_fold_3x3x1x32 — reorder kernel
 *   node n13 "batch_normalization_infer" (bn_fold), from $.layers[1]
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   in  conv2d/bias                (32) C
 *   in  batch_normalization/gamma  (32) C
 *   in  batch_normalization/beta   (32) C
 *   in  batch_normalization/moving_mean (32) C
 *   in  batch_normalization/moving_variance (32) C
 *   out conv2d/kernel.bn_folded    (3, 3, 1, 32) HWIO
 *   out conv2d/bias.bn_folded      (32) C
 *   schedule: OpenMP over samples; ISA generic */
void k13_bn_fold_3x3x1x32(const float *restrict conv2d_kernel, const float *restrict conv2d_bias, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict conv2d_kernel_bn_folded, float *restrict conv2d_bias_bn_folded)
{
    /* s = gamma / sqrt(moving_variance + epsilon): kernel * s, bias (b - moving_mean) * s + beta */
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f++) {
        const float s = batch_normalization_gamma[f] / sqrtf(batch_normalization_moving_variance[f] + 0.00100000005f);
        for (long r = 0; r < 9; r++) conv2d_kernel_bn_folded[r * 32 + f] = conv2d_kernel[r * 32 + f] * s;
        conv2d_bias_bn_folded[f] = (conv2d_bias[f] - batch_normalization_moving_mean[f]) * s + batch_normalization_beta[f];
    }
}

/* k14_conv2d_fwd_n128_h28w28c32 — conv_fwd kernel
 *   node n14 "conv2d_infer" (conv2d), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel.bn_folded    (3, 3, 1, 32) HWIO
 *   in  conv2d/bias.bn_folded      (32) C
 *   out batch_normalization_out_infer (128, 28, 28, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k14_conv2d_fwd_n128_h28w28c32(const float *restrict x, const float *restrict conv2d_kernel_bn_folded, const float *restrict conv2d_bias_bn_folded, float *restrict batch_normalization_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 28; i++) {
            for (int j = 0; j < 28; j++) {
                float *yp = batch_normalization_out_infer + (((long)n * 28 + i) * 28 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_bias_bn_folded[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = x + (((long)n * 28 + h) * 28 + v) * 1;
                        const float *wp = conv2d_kernel_bn_folded + (p * 3 + q) * 32;
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

/* k15_relu_n128_h28w28c32 — eltwise kernel
 *   node n15 "re_lu.relu_infer" (relu), from $.layers[2]
 *   in  batch_normalization_out_infer (128, 28, 28, 32) NHWC
 *   out re_lu_out_infer            (128, 28, 28, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k15_relu_n128_h28w28c32(const float *restrict batch_normalization_out_infer, float *restrict re_lu_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 25088; e < (long)(n + 1) * 25088; e++) {
            re_lu_out_infer[e] = batch_normalization_out_infer[e] > 0.0f ? batch_normalization_out_infer[e] : (batch_normalization_out_infer[e] != batch_normalization_out_infer[e] ? batch_normalization_out_infer[e] : 0.0f);
        }
    }
}

/* k16_maxpool_fwd_n128_h14w14c32 — pool kernel
 *   node n16 "max_pooling2d_infer" (maxpool), from $.layers[3]
 *   in  re_lu_out_infer            (128, 28, 28, 32) NHWC
 *   out max_pooling2d_out_infer    (128, 14, 14, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k16_maxpool_fwd_n128_h14w14c32(const float *restrict re_lu_out_infer, float *restrict max_pooling2d_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float *yp = max_pooling2d_out_infer + (((long)n * 14 + i) * 14 + j) * 32;  /* the maxima, in place */
                for (int c = 0; c < 32; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 28) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 28) continue;
                        const float *xp = re_lu_out_infer + (((long)n * 28 + h) * 28 + v) * 32;
                        /* NaN-propagating max */
                        for (int c = 0; c < 32; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k17_bn_fold_3x3x32x32 — reorder kernel
 *   node n17 "batch_normalization_1_infer" (bn_fold), from $.layers[5]
 *   in  conv2d_1/kernel            (3, 3, 32, 32) HWIO
 *   in  conv2d_1/bias              (32) C
 *   in  batch_normalization_1/gamma (32) C
 *   in  batch_normalization_1/beta (32) C
 *   in  batch_normalization_1/moving_mean (32) C
 *   in  batch_normalization_1/moving_variance (32) C
 *   out conv2d_1/kernel.bn_folded  (3, 3, 32, 32) HWIO
 *   out conv2d_1/bias.bn_folded    (32) C
 *   schedule: OpenMP over samples; ISA generic */
void k17_bn_fold_3x3x32x32(const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict conv2d_1_kernel_bn_folded, float *restrict conv2d_1_bias_bn_folded)
{
    /* s = gamma / sqrt(moving_variance + epsilon): kernel * s, bias (b - moving_mean) * s + beta */
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f++) {
        const float s = batch_normalization_1_gamma[f] / sqrtf(batch_normalization_1_moving_variance[f] + 0.00100000005f);
        for (long r = 0; r < 288; r++) conv2d_1_kernel_bn_folded[r * 32 + f] = conv2d_1_kernel[r * 32 + f] * s;
        conv2d_1_bias_bn_folded[f] = (conv2d_1_bias[f] - batch_normalization_1_moving_mean[f]) * s + batch_normalization_1_beta[f];
    }
}

/* k18_conv2d_fwd_n128_h14w14c32 — conv_fwd kernel
 *   node n18 "conv2d_1_infer" (conv2d), from $.layers[4]
 *   in  max_pooling2d_out_infer    (128, 14, 14, 32) NHWC
 *   in  conv2d_1/kernel.bn_folded  (3, 3, 32, 32) HWIO
 *   in  conv2d_1/bias.bn_folded    (32) C
 *   out batch_normalization_1_out_infer (128, 14, 14, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k18_conv2d_fwd_n128_h14w14c32(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel_bn_folded, const float *restrict conv2d_1_bias_bn_folded, float *restrict batch_normalization_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                float *yp = batch_normalization_1_out_infer + (((long)n * 14 + i) * 14 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_1_bias_bn_folded[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 14) continue;
                        const float *xp = max_pooling2d_out_infer + (((long)n * 14 + h) * 14 + v) * 32;
                        const float *wp = conv2d_1_kernel_bn_folded + (p * 3 + q) * 1024;
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

/* k19_relu_n128_h14w14c32 — eltwise kernel
 *   node n19 "re_lu_1.relu_infer" (relu), from $.layers[6]
 *   in  batch_normalization_1_out_infer (128, 14, 14, 32) NHWC
 *   out re_lu_1_out_infer          (128, 14, 14, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k19_relu_n128_h14w14c32(const float *restrict batch_normalization_1_out_infer, float *restrict re_lu_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 6272; e < (long)(n + 1) * 6272; e++) {
            re_lu_1_out_infer[e] = batch_normalization_1_out_infer[e] > 0.0f ? batch_normalization_1_out_infer[e] : (batch_normalization_1_out_infer[e] != batch_normalization_1_out_infer[e] ? batch_normalization_1_out_infer[e] : 0.0f);
        }
    }
}

/* k20_maxpool_fwd_n128_h7w7c32 — pool kernel
 *   node n20 "max_pooling2d_1_infer" (maxpool), from $.layers[7]
 *   in  re_lu_1_out_infer          (128, 14, 14, 32) NHWC
 *   out max_pooling2d_1_out_infer  (128, 7, 7, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k20_maxpool_fwd_n128_h7w7c32(const float *restrict re_lu_1_out_infer, float *restrict max_pooling2d_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                float *yp = max_pooling2d_1_out_infer + (((long)n * 7 + i) * 7 + j) * 32;  /* the maxima, in place */
                for (int c = 0; c < 32; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 14) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 14) continue;
                        const float *xp = re_lu_1_out_infer + (((long)n * 14 + h) * 14 + v) * 32;
                        /* NaN-propagating max */
                        for (int c = 0; c < 32; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k21_bn_fold_3x3x32x32 — reorder kernel
 *   node n21 "batch_normalization_2_infer" (bn_fold), from $.layers[9]
 *   in  conv2d_2/kernel            (3, 3, 32, 32) HWIO
 *   in  conv2d_2/bias              (32) C
 *   in  batch_normalization_2/gamma (32) C
 *   in  batch_normalization_2/beta (32) C
 *   in  batch_normalization_2/moving_mean (32) C
 *   in  batch_normalization_2/moving_variance (32) C
 *   out conv2d_2/kernel.bn_folded  (3, 3, 32, 32) HWIO
 *   out conv2d_2/bias.bn_folded    (32) C
 *   schedule: OpenMP over samples; ISA generic */
void k21_bn_fold_3x3x32x32(const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, const float *restrict batch_normalization_2_moving_mean, const float *restrict batch_normalization_2_moving_variance, float *restrict conv2d_2_kernel_bn_folded, float *restrict conv2d_2_bias_bn_folded)
{
    /* s = gamma / sqrt(moving_variance + epsilon): kernel * s, bias (b - moving_mean) * s + beta */
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f++) {
        const float s = batch_normalization_2_gamma[f] / sqrtf(batch_normalization_2_moving_variance[f] + 0.00100000005f);
        for (long r = 0; r < 288; r++) conv2d_2_kernel_bn_folded[r * 32 + f] = conv2d_2_kernel[r * 32 + f] * s;
        conv2d_2_bias_bn_folded[f] = (conv2d_2_bias[f] - batch_normalization_2_moving_mean[f]) * s + batch_normalization_2_beta[f];
    }
}

/* k22_conv2d_fwd_n128_h7w7c32 — conv_fwd kernel
 *   node n22 "conv2d_2_infer" (conv2d), from $.layers[8]
 *   in  max_pooling2d_1_out_infer  (128, 7, 7, 32) NHWC
 *   in  conv2d_2/kernel.bn_folded  (3, 3, 32, 32) HWIO
 *   in  conv2d_2/bias.bn_folded    (32) C
 *   out batch_normalization_2_out_infer (128, 7, 7, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k22_conv2d_fwd_n128_h7w7c32(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_2_kernel_bn_folded, const float *restrict conv2d_2_bias_bn_folded, float *restrict batch_normalization_2_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                float *yp = batch_normalization_2_out_infer + (((long)n * 7 + i) * 7 + j) * 32;  /* the sums, in place */
                for (int f = 0; f < 32; f++) yp[f] = conv2d_2_bias_bn_folded[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 1;
                    if (h < 0 || h >= 7) continue;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 1;
                        if (v < 0 || v >= 7) continue;
                        const float *xp = max_pooling2d_1_out_infer + (((long)n * 7 + h) * 7 + v) * 32;
                        const float *wp = conv2d_2_kernel_bn_folded + (p * 3 + q) * 1024;
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

/* k23_relu_n128_h7w7c32 — eltwise kernel
 *   node n23 "re_lu_2.relu_infer" (relu), from $.layers[10]
 *   in  batch_normalization_2_out_infer (128, 7, 7, 32) NHWC
 *   out re_lu_2_out_infer          (128, 7, 7, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k23_relu_n128_h7w7c32(const float *restrict batch_normalization_2_out_infer, float *restrict re_lu_2_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1568; e < (long)(n + 1) * 1568; e++) {
            re_lu_2_out_infer[e] = batch_normalization_2_out_infer[e] > 0.0f ? batch_normalization_2_out_infer[e] : (batch_normalization_2_out_infer[e] != batch_normalization_2_out_infer[e] ? batch_normalization_2_out_infer[e] : 0.0f);
        }
    }
}

/* k24_dense_fwd_n128_k10 — gemm kernel
 *   node n24 "dense_infer" (dense), from $.layers[13]
 *   in  flatten_out_infer          (128, 1568) NC
 *   in  dense/kernel               (1568, 10) IO
 *   in  dense/bias                 (10) C
 *   out dense_pre_infer            (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k24_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 1568; k++) {
            const float xv = flatten_out_infer[(long)n * 1568 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_kernel[k * 10 + m];
        }
    }
}

/* k25_dense_fwd_n128_k10 — gemm kernel
 *   node n25 "dense_predict_infer" (dense), from $.layers[13]
 *   in  flatten_out_infer          (128, 1568) NC
 *   in  dense/kernel               (1568, 10) IO
 *   in  dense/bias                 (10) C
 *   out dense_predict_pre_infer    (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k25_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_predict_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_predict_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 1568; k++) {
            const float xv = flatten_out_infer[(long)n * 1568 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_kernel[k * 10 + m];
        }
    }
}

/* k26_softmax_n128_k10 — loss kernel
 *   node n26 "dense.softmax_infer" (softmax), from $.layers[13]
 *   in  dense_predict_pre_infer    (128, 10) NC
 *   out dense_out_infer            (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k26_softmax_n128_k10(const float *restrict dense_predict_pre_infer, float *restrict dense_out_infer, int nb)
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

/* k27_softmax_ce_sparse_n128_k10 — loss kernel
 *   node n27 "loss" (softmax_ce_sparse), from $.loss
 *   in  dense_pre                  (128, 10) NC
 *   in  y                          (128) N
 *   out probs                      (128, 10) NC
 *   tmp dense_pre.per_sample       (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k27_softmax_ce_sparse_n128_k10(const float *restrict dense_pre, const int32_t *restrict y, float *restrict probs, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
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
        const int label = y[n];
        total = lse - z[label];
        hits = arg == label;
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

/* k28_softmax_ce_sparse_n128_k10 — loss kernel
 *   node n28 "loss_eval" (softmax_ce_sparse), from $.loss
 *   in  dense_pre_infer            (128, 10) NC
 *   in  y                          (128) N
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k28_softmax_ce_sparse_n128_k10(const float *restrict dense_pre_infer, const int32_t *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
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
        const int label = y[n];
        total = lse - z[label];
        hits = arg == label;
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

/* k29_softmax_ce_sparse_bwd_n128_k10 — loss kernel
 *   node n30 "dloss" (softmax_ce_sparse_bwd), from $.loss
 *   in  probs                      (128, 10) NC
 *   in  y                          (128) N
 *   out ddense_pre                 (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k29_softmax_ce_sparse_bwd_n128_k10(const float *restrict probs, const int32_t *restrict y, float *restrict ddense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *p = probs + (long)n * 10;
        float *d = ddense_pre + (long)n * 10;
        const float inv = 1.0f / (float)nb;
        for (int k = 0; k < 10; k++) d[k] = p[k] * inv;
        d[y[n]] -= inv;
    }
}

/* k30_dense_bwd_weights_1568x10 — gemm kernel
 *   node n31 "ddense.weights" (dense_bwd_weights), from $.layers[13]
 *   in  ddense_pre                 (128, 10) NC
 *   in  dropout_out                (128, 1568) NC
 *   out ddense/kernel              (1568, 10) IO
 *   out ddense/bias                (10) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k30_dense_bwd_weights_1568x10(const float *restrict ddense_pre, const float *restrict dropout_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 1568; k++) {
        float *dwr = ddense_kernel + (long)k * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = dropout_out[(long)n * 1568 + k];
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

/* k31_dense_bwd_data_n128_k1568 — gemm kernel
 *   node n32 "ddense.data" (dense_bwd_data), from $.layers[13]
 *   in  ddense_pre                 (128, 10) NC
 *   in  dense/kernel               (1568, 10) IO
 *   out ddropout_out               (128, 1568) NC
 *   tmp dense/kernel.transposed    (10, 1568) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k31_dense_bwd_data_n128_k1568(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict ddropout_out, float *restrict dense_kernel_transposed, int nb)
{
    /* Transposed kernel dense_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 1568; k++)
        for (int m = 0; m < 10; m++) dense_kernel_transposed[m * 1568 + k] = dense_kernel[k * 10 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = ddropout_out + (long)n * 1568;  /* the sums, in place */
        for (int k = 0; k < 1568; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 10; m++) {
            const float d = ddense_pre[(long)n * 10 + m];
            for (int k = 0; k < 1568; k++) dxr[k] += d * dense_kernel_transposed[m * 1568 + k];
        }
    }
}

/* k32_dropout_bwd_n128_k1568 — eltwise kernel
 *   node n33 "ddropout" (dropout_bwd), from $.layers[12]
 *   in  ddropout_out               (128, 1568) NC
 *   in  dropout_mask               (128, 1568) NC
 *   out dflatten_out               (128, 1568) NC
 *   schedule: OpenMP over samples; ISA generic */
void k32_dropout_bwd_n128_k1568(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dflatten_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1568; e < (long)(n + 1) * 1568; e++) {
            dflatten_out[e] = ddropout_out[e] * dropout_mask[e];
        }
    }
}

/* k33_relu_bwd_n128_h7w7c32 — eltwise kernel
 *   node n34 "dre_lu_2.relu" (relu_bwd), from $.layers[10]
 *   in  dre_lu_2_out               (128, 7, 7, 32) NHWC
 *   in  re_lu_2_out                (128, 7, 7, 32) NHWC
 *   out dbatch_normalization_2_out (128, 7, 7, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k33_relu_bwd_n128_h7w7c32(const float *restrict dre_lu_2_out, const float *restrict re_lu_2_out, float *restrict dbatch_normalization_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1568; e < (long)(n + 1) * 1568; e++) {
            dbatch_normalization_2_out[e] = re_lu_2_out[e] > 0.0f ? dre_lu_2_out[e] : 0.0f;
        }
    }
}

/* k34_batchnorm_bwd_n128_h7w7c32 — batchnorm kernel
 *   node n35 "dbatch_normalization_2" (bn_bwd), from $.layers[9]
 *   in  dbatch_normalization_2_out (128, 7, 7, 32) NHWC
 *   in  conv2d_2_out               (128, 7, 7, 32) NHWC
 *   in  batch_normalization_2/gamma (32) C
 *   in  batch_normalization_2_mean (32) C
 *   in  batch_normalization_2_invstd (32) C
 *   out dconv2d_2_out              (128, 7, 7, 32) NHWC
 *   out dbatch_normalization_2/gamma (32) C
 *   out dbatch_normalization_2/beta (32) C
 *   schedule: OpenMP over channel blocks; ISA generic */
void k34_batchnorm_bwd_n128_h7w7c32(const float *restrict dbatch_normalization_2_out, const float *restrict conv2d_2_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_mean, const float *restrict batch_normalization_2_invstd, float *restrict dconv2d_2_out, float *restrict dbatch_normalization_2_gamma, float *restrict dbatch_normalization_2_beta, int nb)
{
    const long rows = (long)nb * 49;
    #pragma omp for schedule(static)
    for (int c0 = 0; c0 < 32; c0 += 16) {
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        double sdy[16] = {0}, sdyx[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_2_out[r * 32 + c0 + c] - batch_normalization_2_mean[c0 + c]) * batch_normalization_2_invstd[c0 + c];
                sdy[c] += dbatch_normalization_2_out[r * 32 + c0 + c];
                sdyx[c] += dbatch_normalization_2_out[r * 32 + c0 + c] * xhat;
            }
        for (int c = 0; c < cn; c++) {
            dbatch_normalization_2_gamma[c0 + c] = (float)sdyx[c];
            dbatch_normalization_2_beta[c0 + c] = (float)sdy[c];
        }
        /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
        float k[16], mdy[16], mdyx[16];
        for (int c = 0; c < cn; c++) {
            k[c] = batch_normalization_2_gamma[c0 + c] * batch_normalization_2_invstd[c0 + c];
            mdy[c] = (float)(sdy[c] / (double)rows);
            mdyx[c] = (float)(sdyx[c] / (double)rows);
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_2_out[r * 32 + c0 + c] - batch_normalization_2_mean[c0 + c]) * batch_normalization_2_invstd[c0 + c];
                dconv2d_2_out[r * 32 + c0 + c] = k[c] * (dbatch_normalization_2_out[r * 32 + c0 + c] - mdy[c] - xhat * mdyx[c]);
            }
    }
}

/* k35_conv2d_bwd_weights_3x3x32x32 — conv_bwd_weights kernel
 *   node n36 "dconv2d_2.weights" (conv2d_bwd_weights), from $.layers[8]
 *   in  dconv2d_2_out              (128, 7, 7, 32) NHWC
 *   in  max_pooling2d_1_out        (128, 7, 7, 32) NHWC
 *   out dconv2d_2/kernel           (3, 3, 32, 32) HWIO
 *   out dconv2d_2/bias             (32) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k35_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_2_out, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_2_kernel, float *restrict dconv2d_2_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 16 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 18; unit++) {
        const int p = unit / 6, q = unit / 2 % 3, c0 = unit % 2 * 16;
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        float *dwu = dconv2d_2_kernel + (long)(p * 3 + q) * 1024 + (long)c0 * 32;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 32);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 7; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 7) continue;
                for (int j = 0; j < 7; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 7) continue;
                    const float *xp = max_pooling2d_1_out + (((long)n * 7 + h) * 7 + v) * 32 + c0;
                    const float *dyp = dconv2d_2_out + (((long)n * 7 + i) * 7 + j) * 32;
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
    for (long r = 0; r < (long)nb * 49; r++)
        for (int f = 0; f < 32; f++) dconv2d_2_bias[f] += dconv2d_2_out[r * 32 + f];
    }
}

/* k36_conv2d_bwd_data_n128_h7w7c32 — conv_bwd_data kernel
 *   node n37 "dconv2d_2.data" (conv2d_bwd_data), from $.layers[8]
 *   in  dconv2d_2_out              (128, 7, 7, 32) NHWC
 *   in  conv2d_2/kernel            (3, 3, 32, 32) HWIO
 *   out dmax_pooling2d_1_out       (128, 7, 7, 32) NHWC
 *   tmp conv2d_2/kernel.transposed (3, 3, 32, 32) HWIO, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k36_conv2d_bwd_data_n128_h7w7c32(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_kernel, float *restrict dmax_pooling2d_1_out, float *restrict conv2d_2_kernel_transposed, int nb)
{
    /* Transposed kernel conv2d_2_kernel_transposed[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    #pragma omp for schedule(static)
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 32; c++)
            for (int f = 0; f < 32; f++) conv2d_2_kernel_transposed[(pq * 32 + f) * 32 + c] = conv2d_2_kernel[(pq * 32 + c) * 32 + f];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 7; h++) {
            for (int v = 0; v < 7; v++) {
                float *dxp = dmax_pooling2d_1_out + (((long)n * 7 + h) * 7 + v) * 32;  /* the sums, in place */
                for (int c = 0; c < 32; c++) dxp[c] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 1 - p;
                    if (ih < 0 || ih >= 7) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 1 - q;
                        if (jw < 0 || jw >= 7) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_2_out + (((long)n * 7 + i) * 7 + j) * 32;
                        const float *wp = conv2d_2_kernel_transposed + (p * 3 + q) * 1024;
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

/* k37_maxpool_bwd_n128_h14w14c32 — pool kernel
 *   node n38 "dmax_pooling2d_1" (maxpool_bwd), from $.layers[7]
 *   in  dmax_pooling2d_1_out       (128, 7, 7, 32) NHWC
 *   in  re_lu_1_out                (128, 14, 14, 32) NHWC
 *   out dre_lu_1_out               (128, 14, 14, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k37_maxpool_bwd_n128_h14w14c32(const float *restrict dmax_pooling2d_1_out, const float *restrict re_lu_1_out, float *restrict dre_lu_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dre_lu_1_out + (long)n * 6272;
        const float *xn = re_lu_1_out + (long)n * 6272;
        memset(dxn, 0, sizeof(float) * 6272);
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                const float *dyp = dmax_pooling2d_1_out + (((long)n * 7 + i) * 7 + j) * 32;
                for (int c = 0; c < 32; c++) {
                    float m = -INFINITY;
                    int at = -1;
                    for (int p = 0; p < 2; p++) {
                        const int h = i * 2 + p - 0;
                        if (h < 0 || h >= 14) continue;
                        for (int q = 0; q < 2; q++) {
                            const int v = j * 2 + q - 0;
                            if (v < 0 || v >= 14) continue;
                            const int e = (h * 14 + v) * 32 + c;
                            if (xn[e] > m || at < 0) { m = xn[e]; at = e; }
                        }
                    }
                    dxn[at] += dyp[c];
                }
            }
        }
    }
}

/* k38_relu_bwd_n128_h14w14c32 — eltwise kernel
 *   node n39 "dre_lu_1.relu" (relu_bwd), from $.layers[6]
 *   in  dre_lu_1_out               (128, 14, 14, 32) NHWC
 *   in  re_lu_1_out                (128, 14, 14, 32) NHWC
 *   out dbatch_normalization_1_out (128, 14, 14, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k38_relu_bwd_n128_h14w14c32(const float *restrict dre_lu_1_out, const float *restrict re_lu_1_out, float *restrict dbatch_normalization_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 6272; e < (long)(n + 1) * 6272; e++) {
            dbatch_normalization_1_out[e] = re_lu_1_out[e] > 0.0f ? dre_lu_1_out[e] : 0.0f;
        }
    }
}

/* k39_batchnorm_bwd_n128_h14w14c32 — batchnorm kernel
 *   node n40 "dbatch_normalization_1" (bn_bwd), from $.layers[5]
 *   in  dbatch_normalization_1_out (128, 14, 14, 32) NHWC
 *   in  conv2d_1_out               (128, 14, 14, 32) NHWC
 *   in  batch_normalization_1/gamma (32) C
 *   in  batch_normalization_1_mean (32) C
 *   in  batch_normalization_1_invstd (32) C
 *   out dconv2d_1_out              (128, 14, 14, 32) NHWC
 *   out dbatch_normalization_1/gamma (32) C
 *   out dbatch_normalization_1/beta (32) C
 *   schedule: OpenMP over channel blocks; ISA generic */
void k39_batchnorm_bwd_n128_h14w14c32(const float *restrict dbatch_normalization_1_out, const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dconv2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, int nb)
{
    const long rows = (long)nb * 196;
    #pragma omp for schedule(static)
    for (int c0 = 0; c0 < 32; c0 += 16) {
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        double sdy[16] = {0}, sdyx[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_1_out[r * 32 + c0 + c] - batch_normalization_1_mean[c0 + c]) * batch_normalization_1_invstd[c0 + c];
                sdy[c] += dbatch_normalization_1_out[r * 32 + c0 + c];
                sdyx[c] += dbatch_normalization_1_out[r * 32 + c0 + c] * xhat;
            }
        for (int c = 0; c < cn; c++) {
            dbatch_normalization_1_gamma[c0 + c] = (float)sdyx[c];
            dbatch_normalization_1_beta[c0 + c] = (float)sdy[c];
        }
        /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
        float k[16], mdy[16], mdyx[16];
        for (int c = 0; c < cn; c++) {
            k[c] = batch_normalization_1_gamma[c0 + c] * batch_normalization_1_invstd[c0 + c];
            mdy[c] = (float)(sdy[c] / (double)rows);
            mdyx[c] = (float)(sdyx[c] / (double)rows);
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_1_out[r * 32 + c0 + c] - batch_normalization_1_mean[c0 + c]) * batch_normalization_1_invstd[c0 + c];
                dconv2d_1_out[r * 32 + c0 + c] = k[c] * (dbatch_normalization_1_out[r * 32 + c0 + c] - mdy[c] - xhat * mdyx[c]);
            }
    }
}

/* k40_conv2d_bwd_weights_3x3x32x32 — conv_bwd_weights kernel
 *   node n41 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[4]
 *   in  dconv2d_1_out              (128, 14, 14, 32) NHWC
 *   in  max_pooling2d_out          (128, 14, 14, 32) NHWC
 *   out dconv2d_1/kernel           (3, 3, 32, 32) HWIO
 *   out dconv2d_1/bias             (32) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k40_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_1_out, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 16 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 18; unit++) {
        const int p = unit / 6, q = unit / 2 % 3, c0 = unit % 2 * 16;
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        float *dwu = dconv2d_1_kernel + (long)(p * 3 + q) * 1024 + (long)c0 * 32;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 32);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 14; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 14) continue;
                for (int j = 0; j < 14; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 14) continue;
                    const float *xp = max_pooling2d_out + (((long)n * 14 + h) * 14 + v) * 32 + c0;
                    const float *dyp = dconv2d_1_out + (((long)n * 14 + i) * 14 + j) * 32;
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
    for (int f = 0; f < 32; f++) dconv2d_1_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 196; r++)
        for (int f = 0; f < 32; f++) dconv2d_1_bias[f] += dconv2d_1_out[r * 32 + f];
    }
}

/* k41_conv2d_bwd_data_n128_h14w14c32 — conv_bwd_data kernel
 *   node n42 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[4]
 *   in  dconv2d_1_out              (128, 14, 14, 32) NHWC
 *   in  conv2d_1/kernel            (3, 3, 32, 32) HWIO
 *   out dmax_pooling2d_out         (128, 14, 14, 32) NHWC
 *   tmp conv2d_1/kernel.transposed (3, 3, 32, 32) HWIO, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over samples; ISA generic */
void k41_conv2d_bwd_data_n128_h14w14c32(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_kernel, float *restrict dmax_pooling2d_out, float *restrict conv2d_1_kernel_transposed, int nb)
{
    /* Transposed kernel conv2d_1_kernel_transposed[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    #pragma omp for schedule(static)
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 32; c++)
            for (int f = 0; f < 32; f++) conv2d_1_kernel_transposed[(pq * 32 + f) * 32 + c] = conv2d_1_kernel[(pq * 32 + c) * 32 + f];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 14; h++) {
            for (int v = 0; v < 14; v++) {
                float *dxp = dmax_pooling2d_out + (((long)n * 14 + h) * 14 + v) * 32;  /* the sums, in place */
                for (int c = 0; c < 32; c++) dxp[c] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 1 - p;
                    if (ih < 0 || ih >= 14) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 1 - q;
                        if (jw < 0 || jw >= 14) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_1_out + (((long)n * 14 + i) * 14 + j) * 32;
                        const float *wp = conv2d_1_kernel_transposed + (p * 3 + q) * 1024;
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

/* k42_maxpool_bwd_n128_h28w28c32 — pool kernel
 *   node n43 "dmax_pooling2d" (maxpool_bwd), from $.layers[3]
 *   in  dmax_pooling2d_out         (128, 14, 14, 32) NHWC
 *   in  re_lu_out                  (128, 28, 28, 32) NHWC
 *   out dre_lu_out                 (128, 28, 28, 32) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k42_maxpool_bwd_n128_h28w28c32(const float *restrict dmax_pooling2d_out, const float *restrict re_lu_out, float *restrict dre_lu_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dre_lu_out + (long)n * 25088;
        const float *xn = re_lu_out + (long)n * 25088;
        memset(dxn, 0, sizeof(float) * 25088);
        for (int i = 0; i < 14; i++) {
            for (int j = 0; j < 14; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                const float *dyp = dmax_pooling2d_out + (((long)n * 14 + i) * 14 + j) * 32;
                for (int c = 0; c < 32; c++) {
                    float m = -INFINITY;
                    int at = -1;
                    for (int p = 0; p < 2; p++) {
                        const int h = i * 2 + p - 0;
                        if (h < 0 || h >= 28) continue;
                        for (int q = 0; q < 2; q++) {
                            const int v = j * 2 + q - 0;
                            if (v < 0 || v >= 28) continue;
                            const int e = (h * 28 + v) * 32 + c;
                            if (xn[e] > m || at < 0) { m = xn[e]; at = e; }
                        }
                    }
                    dxn[at] += dyp[c];
                }
            }
        }
    }
}

/* k43_relu_bwd_n128_h28w28c32 — eltwise kernel
 *   node n44 "dre_lu.relu" (relu_bwd), from $.layers[2]
 *   in  dre_lu_out                 (128, 28, 28, 32) NHWC
 *   in  re_lu_out                  (128, 28, 28, 32) NHWC
 *   out dbatch_normalization_out   (128, 28, 28, 32) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k43_relu_bwd_n128_h28w28c32(const float *restrict dre_lu_out, const float *restrict re_lu_out, float *restrict dbatch_normalization_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 25088; e < (long)(n + 1) * 25088; e++) {
            dbatch_normalization_out[e] = re_lu_out[e] > 0.0f ? dre_lu_out[e] : 0.0f;
        }
    }
}

/* k44_batchnorm_bwd_n128_h28w28c32 — batchnorm kernel
 *   node n45 "dbatch_normalization" (bn_bwd), from $.layers[1]
 *   in  dbatch_normalization_out   (128, 28, 28, 32) NHWC
 *   in  conv2d_out                 (128, 28, 28, 32) NHWC
 *   in  batch_normalization/gamma  (32) C
 *   in  batch_normalization_mean   (32) C
 *   in  batch_normalization_invstd (32) C
 *   out dconv2d_out                (128, 28, 28, 32) NHWC
 *   out dbatch_normalization/gamma (32) C
 *   out dbatch_normalization/beta  (32) C
 *   schedule: OpenMP over channel blocks; ISA generic */
void k44_batchnorm_bwd_n128_h28w28c32(const float *restrict dbatch_normalization_out, const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dconv2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, int nb)
{
    const long rows = (long)nb * 784;
    #pragma omp for schedule(static)
    for (int c0 = 0; c0 < 32; c0 += 16) {
        const int cn = 32 - c0 < 16 ? 32 - c0 : 16;
        double sdy[16] = {0}, sdyx[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_out[r * 32 + c0 + c] - batch_normalization_mean[c0 + c]) * batch_normalization_invstd[c0 + c];
                sdy[c] += dbatch_normalization_out[r * 32 + c0 + c];
                sdyx[c] += dbatch_normalization_out[r * 32 + c0 + c] * xhat;
            }
        for (int c = 0; c < cn; c++) {
            dbatch_normalization_gamma[c0 + c] = (float)sdyx[c];
            dbatch_normalization_beta[c0 + c] = (float)sdy[c];
        }
        /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
        float k[16], mdy[16], mdyx[16];
        for (int c = 0; c < cn; c++) {
            k[c] = batch_normalization_gamma[c0 + c] * batch_normalization_invstd[c0 + c];
            mdy[c] = (float)(sdy[c] / (double)rows);
            mdyx[c] = (float)(sdyx[c] / (double)rows);
        }
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (conv2d_out[r * 32 + c0 + c] - batch_normalization_mean[c0 + c]) * batch_normalization_invstd[c0 + c];
                dconv2d_out[r * 32 + c0 + c] = k[c] * (dbatch_normalization_out[r * 32 + c0 + c] - mdy[c] - xhat * mdyx[c]);
            }
    }
}

/* k45_conv2d_bwd_weights_3x3x1x32 — conv_bwd_weights kernel
 *   node n46 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[0]
 *   in  dconv2d_out                (128, 28, 28, 32) NHWC
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out dconv2d/kernel             (3, 3, 1, 32) HWIO
 *   out dconv2d/bias               (32) C
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k45_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_out, const float *restrict x, float *restrict dconv2d_kernel, float *restrict dconv2d_bias, int nb)
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
            for (int i = 0; i < 28; i++) {
                const int h = i * 1 + p - 1;
                if (h < 0 || h >= 28) continue;
                for (int j = 0; j < 28; j++) {
                    const int v = j * 1 + q - 1;
                    if (v < 0 || v >= 28) continue;
                    const float *xp = x + (((long)n * 28 + h) * 28 + v) * 1 + c0;
                    const float *dyp = dconv2d_out + (((long)n * 28 + i) * 28 + j) * 32;
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
    for (long r = 0; r < (long)nb * 784; r++)
        for (int f = 0; f < 32; f++) dconv2d_bias[f] += dconv2d_out[r * 32 + f];
    }
}

/* k46_adam_update_p34704 — optimizer kernel
 *   node n47 "adam" (adam_update), from $.optimizer
 *   schedule: OpenMP over elements; ISA generic */
void k46_adam_update_p34704(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    /* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */
    const float lr_t = (float)(lr * sqrt(1.0 - pow(0.999000013f, (double)t)) / (1.0 - pow(0.899999976f, (double)t)));
    #pragma omp for schedule(static)
    for (long i = 0; i < 34704; i++) {
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
    float *const S = s->state;
    float *const A = s->arena;
    (void)A;
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_out = A + 0;  /* conv2d_out (128, 28, 28, 32) */
    float *const batch_normalization_gamma = P + 320;  /* batch_normalization/gamma (32) */
    float *const batch_normalization_beta = P + 352;  /* batch_normalization/beta (32) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (32) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (32) */
    float *const batch_normalization_out = A + 3211264;  /* batch_normalization_out (128, 28, 28, 32) */
    float *const batch_normalization_mean = A + 12845056;  /* batch_normalization_mean (32) */
    float *const batch_normalization_invstd = A + 12845088;  /* batch_normalization_invstd (32) */
    float *const re_lu_out = A + 6422528;  /* re_lu_out (128, 28, 28, 32) */
    float *const max_pooling2d_out = A + 3211264;  /* max_pooling2d_out (128, 14, 14, 32) */
    float *const conv2d_1_kernel = P + 384;  /* conv2d_1/kernel (3, 3, 32, 32) */
    float *const conv2d_1_bias = P + 9600;  /* conv2d_1/bias (32) */
    float *const conv2d_1_out = A + 4014080;  /* conv2d_1_out (128, 14, 14, 32) */
    float *const batch_normalization_1_gamma = P + 9632;  /* batch_normalization_1/gamma (32) */
    float *const batch_normalization_1_beta = P + 9664;  /* batch_normalization_1/beta (32) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (32) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (32) */
    float *const batch_normalization_1_out = A + 4816896;  /* batch_normalization_1_out (128, 14, 14, 32) */
    float *const batch_normalization_1_mean = A + 10436608;  /* batch_normalization_1_mean (32) */
    float *const batch_normalization_1_invstd = A + 10436640;  /* batch_normalization_1_invstd (32) */
    float *const re_lu_1_out = A + 5619712;  /* re_lu_1_out (128, 14, 14, 32) */
    float *const max_pooling2d_1_out = A + 4816896;  /* max_pooling2d_1_out (128, 7, 7, 32) */
    float *const conv2d_2_kernel = P + 9696;  /* conv2d_2/kernel (3, 3, 32, 32) */
    float *const conv2d_2_bias = P + 18912;  /* conv2d_2/bias (32) */
    float *const conv2d_2_out = A + 5017600;  /* conv2d_2_out (128, 7, 7, 32) */
    float *const batch_normalization_2_gamma = P + 18944;  /* batch_normalization_2/gamma (32) */
    float *const batch_normalization_2_beta = P + 18976;  /* batch_normalization_2/beta (32) */
    float *const batch_normalization_2_moving_mean = S + 128;  /* batch_normalization_2/moving_mean (32) */
    float *const batch_normalization_2_moving_variance = S + 160;  /* batch_normalization_2/moving_variance (32) */
    float *const batch_normalization_2_out = A + 5218304;  /* batch_normalization_2_out (128, 7, 7, 32) */
    float *const batch_normalization_2_mean = A + 10035200;  /* batch_normalization_2_mean (32) */
    float *const batch_normalization_2_invstd = A + 10035232;  /* batch_normalization_2_invstd (32) */
    float *const re_lu_2_out = A + 5419008;  /* re_lu_2_out (128, 7, 7, 32) */
    float *const flatten_out = A + 5419008;  /* flatten_out (128, 1568) */
    float *const dropout_out = A + 5218304;  /* dropout_out (128, 1568) */
    float *const dropout_mask = A + 9633792;  /* dropout_mask (128, 1568) */
    float *const dense_kernel = P + 19008;  /* dense/kernel (1568, 10) */
    float *const dense_bias = P + 34688;  /* dense/bias (10) */
    float *const dense_pre = A + 9834496;  /* dense_pre (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const probs = A + 9835776;  /* probs (128, 10) */
    float *const dense_pre_per_sample = A + 9837056;  /* dense_pre.per_sample (512) */
    float *const ddense_pre = A + 9850176;  /* ddense_pre (128, 10) */
    float *const ddense_kernel = G + 19008;  /* ddense/kernel (1568, 10) */
    float *const ddense_bias = G + 34688;  /* ddense/bias (10) */
    float *const ddropout_out = A + 5218304;  /* ddropout_out (128, 1568) */
    float *const dense_kernel_transposed = A + 9834496;  /* dense/kernel.transposed (10, 1568) */
    float *const dflatten_out = A + 9834496;  /* dflatten_out (128, 1568) */
    float *const dre_lu_2_out = A + 9834496;  /* dre_lu_2_out (128, 7, 7, 32) */
    float *const dbatch_normalization_2_out = A + 5218304;  /* dbatch_normalization_2_out (128, 7, 7, 32) */
    float *const dconv2d_2_out = A + 5419008;  /* dconv2d_2_out (128, 7, 7, 32) */
    float *const dbatch_normalization_2_gamma = G + 18944;  /* dbatch_normalization_2/gamma (32) */
    float *const dbatch_normalization_2_beta = G + 18976;  /* dbatch_normalization_2/beta (32) */
    float *const dconv2d_2_kernel = G + 9696;  /* dconv2d_2/kernel (3, 3, 32, 32) */
    float *const dconv2d_2_bias = G + 18912;  /* dconv2d_2/bias (32) */
    float *const dmax_pooling2d_1_out = A + 9633792;  /* dmax_pooling2d_1_out (128, 7, 7, 32) */
    float *const conv2d_2_kernel_transposed = A + 4816896;  /* conv2d_2/kernel.transposed (3, 3, 32, 32) */
    float *const dre_lu_1_out = A + 4816896;  /* dre_lu_1_out (128, 14, 14, 32) */
    float *const dbatch_normalization_1_out = A + 9633792;  /* dbatch_normalization_1_out (128, 14, 14, 32) */
    float *const dconv2d_1_out = A + 4816896;  /* dconv2d_1_out (128, 14, 14, 32) */
    float *const dbatch_normalization_1_gamma = G + 9632;  /* dbatch_normalization_1/gamma (32) */
    float *const dbatch_normalization_1_beta = G + 9664;  /* dbatch_normalization_1/beta (32) */
    float *const dconv2d_1_kernel = G + 384;  /* dconv2d_1/kernel (3, 3, 32, 32) */
    float *const dconv2d_1_bias = G + 9600;  /* dconv2d_1/bias (32) */
    float *const dmax_pooling2d_out = A + 9633792;  /* dmax_pooling2d_out (128, 14, 14, 32) */
    float *const conv2d_1_kernel_transposed = A + 3211264;  /* conv2d_1/kernel.transposed (3, 3, 32, 32) */
    float *const dre_lu_out = A + 3211264;  /* dre_lu_out (128, 28, 28, 32) */
    float *const dbatch_normalization_out = A + 9633792;  /* dbatch_normalization_out (128, 28, 28, 32) */
    float *const dconv2d_out = A + 3211264;  /* dconv2d_out (128, 28, 28, 32) */
    float *const dbatch_normalization_gamma = G + 320;  /* dbatch_normalization/gamma (32) */
    float *const dbatch_normalization_beta = G + 352;  /* dbatch_normalization/beta (32) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 1, 32) */
    float *const dconv2d_bias = G + 288;  /* dconv2d/bias (32) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 15275071 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 15275071.25 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_conv2d_fwd_n128_h28w28c32(x, conv2d_kernel, conv2d_bias, conv2d_out, nb);
        k01_batchnorm_fwd_training_n128_h28w28c32(conv2d_out, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out, batch_normalization_mean, batch_normalization_invstd, nb);
        k02_relu_n128_h28w28c32(batch_normalization_out, re_lu_out, nb);
        k03_maxpool_fwd_n128_h14w14c32(re_lu_out, max_pooling2d_out, nb);
        k04_conv2d_fwd_n128_h14w14c32(max_pooling2d_out, conv2d_1_kernel, conv2d_1_bias, conv2d_1_out, nb);
        k05_batchnorm_fwd_training_n128_h14w14c32(conv2d_1_out, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out, batch_normalization_1_mean, batch_normalization_1_invstd, nb);
        k06_relu_n128_h14w14c32(batch_normalization_1_out, re_lu_1_out, nb);
        k07_maxpool_fwd_n128_h7w7c32(re_lu_1_out, max_pooling2d_1_out, nb);
        k08_conv2d_fwd_n128_h7w7c32(max_pooling2d_1_out, conv2d_2_kernel, conv2d_2_bias, conv2d_2_out, nb);
        k09_batchnorm_fwd_training_n128_h7w7c32(conv2d_2_out, batch_normalization_2_gamma, batch_normalization_2_beta, batch_normalization_2_moving_mean, batch_normalization_2_moving_variance, batch_normalization_2_out, batch_normalization_2_mean, batch_normalization_2_invstd, nb);
        k10_relu_n128_h7w7c32(batch_normalization_2_out, re_lu_2_out, nb);
        k11_dropout_n128_k1568(flatten_out, dropout_out, dropout_mask, nb, s->seed, s->step);
        k12_dense_fwd_n128_k10(dropout_out, dense_kernel, dense_bias, dense_pre, nb);
        k27_softmax_ce_sparse_n128_k10(dense_pre, y, probs, dense_pre_per_sample, nb, &s->loss, &s->metric);
        k29_softmax_ce_sparse_bwd_n128_k10(probs, y, ddense_pre, nb);
        k30_dense_bwd_weights_1568x10(ddense_pre, dropout_out, ddense_kernel, ddense_bias, nb);
        k31_dense_bwd_data_n128_k1568(ddense_pre, dense_kernel, ddropout_out, dense_kernel_transposed, nb);
        k32_dropout_bwd_n128_k1568(ddropout_out, dropout_mask, dflatten_out, nb);
        k33_relu_bwd_n128_h7w7c32(dre_lu_2_out, re_lu_2_out, dbatch_normalization_2_out, nb);
        k34_batchnorm_bwd_n128_h7w7c32(dbatch_normalization_2_out, conv2d_2_out, batch_normalization_2_gamma, batch_normalization_2_mean, batch_normalization_2_invstd, dconv2d_2_out, dbatch_normalization_2_gamma, dbatch_normalization_2_beta, nb);
        k35_conv2d_bwd_weights_3x3x32x32(dconv2d_2_out, max_pooling2d_1_out, dconv2d_2_kernel, dconv2d_2_bias, nb);
        k36_conv2d_bwd_data_n128_h7w7c32(dconv2d_2_out, conv2d_2_kernel, dmax_pooling2d_1_out, conv2d_2_kernel_transposed, nb);
        k37_maxpool_bwd_n128_h14w14c32(dmax_pooling2d_1_out, re_lu_1_out, dre_lu_1_out, nb);
        k38_relu_bwd_n128_h14w14c32(dre_lu_1_out, re_lu_1_out, dbatch_normalization_1_out, nb);
        k39_batchnorm_bwd_n128_h14w14c32(dbatch_normalization_1_out, conv2d_1_out, batch_normalization_1_gamma, batch_normalization_1_mean, batch_normalization_1_invstd, dconv2d_1_out, dbatch_normalization_1_gamma, dbatch_normalization_1_beta, nb);
        k40_conv2d_bwd_weights_3x3x32x32(dconv2d_1_out, max_pooling2d_out, dconv2d_1_kernel, dconv2d_1_bias, nb);
        k41_conv2d_bwd_data_n128_h14w14c32(dconv2d_1_out, conv2d_1_kernel, dmax_pooling2d_out, conv2d_1_kernel_transposed, nb);
        k42_maxpool_bwd_n128_h28w28c32(dmax_pooling2d_out, re_lu_out, dre_lu_out, nb);
        k43_relu_bwd_n128_h28w28c32(dre_lu_out, re_lu_out, dbatch_normalization_out, nb);
        k44_batchnorm_bwd_n128_h28w28c32(dbatch_normalization_out, conv2d_out, batch_normalization_gamma, batch_normalization_mean, batch_normalization_invstd, dconv2d_out, dbatch_normalization_gamma, dbatch_normalization_beta, nb);
        k45_conv2d_bwd_weights_3x3x1x32(dconv2d_out, x, dconv2d_kernel, dconv2d_bias, nb);
        k46_adam_update_p34704(P, G, M, V, s->step, s->learning_rate);
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
    float *const S = s->state;
    float *const A = s->arena;
    (void)A;
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const batch_normalization_gamma = P + 320;  /* batch_normalization/gamma (32) */
    float *const batch_normalization_beta = P + 352;  /* batch_normalization/beta (32) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (32) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (32) */
    float *const conv2d_kernel_bn_folded = A + 12845120;  /* conv2d/kernel.bn_folded (3, 3, 1, 32) */
    float *const conv2d_bias_bn_folded = A + 12845408;  /* conv2d/bias.bn_folded (32) */
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const batch_normalization_out_infer = A + 0;  /* batch_normalization_out_infer (128, 28, 28, 32) */
    float *const re_lu_out_infer = A + 3211264;  /* re_lu_out_infer (128, 28, 28, 32) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 14, 14, 32) */
    float *const conv2d_1_kernel = P + 384;  /* conv2d_1/kernel (3, 3, 32, 32) */
    float *const conv2d_1_bias = P + 9600;  /* conv2d_1/bias (32) */
    float *const batch_normalization_1_gamma = P + 9632;  /* batch_normalization_1/gamma (32) */
    float *const batch_normalization_1_beta = P + 9664;  /* batch_normalization_1/beta (32) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (32) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (32) */
    float *const conv2d_1_kernel_bn_folded = A + 12845440;  /* conv2d_1/kernel.bn_folded (3, 3, 32, 32) */
    float *const conv2d_1_bias_bn_folded = A + 12854656;  /* conv2d_1/bias.bn_folded (32) */
    float *const batch_normalization_1_out_infer = A + 802816;  /* batch_normalization_1_out_infer (128, 14, 14, 32) */
    float *const re_lu_1_out_infer = A + 0;  /* re_lu_1_out_infer (128, 14, 14, 32) */
    float *const max_pooling2d_1_out_infer = A + 802816;  /* max_pooling2d_1_out_infer (128, 7, 7, 32) */
    float *const conv2d_2_kernel = P + 9696;  /* conv2d_2/kernel (3, 3, 32, 32) */
    float *const conv2d_2_bias = P + 18912;  /* conv2d_2/bias (32) */
    float *const batch_normalization_2_gamma = P + 18944;  /* batch_normalization_2/gamma (32) */
    float *const batch_normalization_2_beta = P + 18976;  /* batch_normalization_2/beta (32) */
    float *const batch_normalization_2_moving_mean = S + 128;  /* batch_normalization_2/moving_mean (32) */
    float *const batch_normalization_2_moving_variance = S + 160;  /* batch_normalization_2/moving_variance (32) */
    float *const conv2d_2_kernel_bn_folded = A + 12854688;  /* conv2d_2/kernel.bn_folded (3, 3, 32, 32) */
    float *const conv2d_2_bias_bn_folded = A + 12863904;  /* conv2d_2/bias.bn_folded (32) */
    float *const batch_normalization_2_out_infer = A + 0;  /* batch_normalization_2_out_infer (128, 7, 7, 32) */
    float *const re_lu_2_out_infer = A + 200704;  /* re_lu_2_out_infer (128, 7, 7, 32) */
    float *const flatten_out_infer = A + 200704;  /* flatten_out_infer (128, 1568) */
    float *const dense_kernel = P + 19008;  /* dense/kernel (1568, 10) */
    float *const dense_bias = P + 34688;  /* dense/bias (10) */
    float *const dense_pre_infer = A + 0;  /* dense_pre_infer (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    float *const dense_pre_infer_per_sample = A + 2560;  /* dense_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 5096312 FLOP per sample: threads from 1 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 5096312.5 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        if (copy_weights) k13_bn_fold_3x3x1x32(conv2d_kernel, conv2d_bias, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, conv2d_kernel_bn_folded, conv2d_bias_bn_folded);
        k14_conv2d_fwd_n128_h28w28c32(x, conv2d_kernel_bn_folded, conv2d_bias_bn_folded, batch_normalization_out_infer, nb);
        k15_relu_n128_h28w28c32(batch_normalization_out_infer, re_lu_out_infer, nb);
        k16_maxpool_fwd_n128_h14w14c32(re_lu_out_infer, max_pooling2d_out_infer, nb);
        if (copy_weights) k17_bn_fold_3x3x32x32(conv2d_1_kernel, conv2d_1_bias, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, conv2d_1_kernel_bn_folded, conv2d_1_bias_bn_folded);
        k18_conv2d_fwd_n128_h14w14c32(max_pooling2d_out_infer, conv2d_1_kernel_bn_folded, conv2d_1_bias_bn_folded, batch_normalization_1_out_infer, nb);
        k19_relu_n128_h14w14c32(batch_normalization_1_out_infer, re_lu_1_out_infer, nb);
        k20_maxpool_fwd_n128_h7w7c32(re_lu_1_out_infer, max_pooling2d_1_out_infer, nb);
        if (copy_weights) k21_bn_fold_3x3x32x32(conv2d_2_kernel, conv2d_2_bias, batch_normalization_2_gamma, batch_normalization_2_beta, batch_normalization_2_moving_mean, batch_normalization_2_moving_variance, conv2d_2_kernel_bn_folded, conv2d_2_bias_bn_folded);
        k22_conv2d_fwd_n128_h7w7c32(max_pooling2d_1_out_infer, conv2d_2_kernel_bn_folded, conv2d_2_bias_bn_folded, batch_normalization_2_out_infer, nb);
        k23_relu_n128_h7w7c32(batch_normalization_2_out_infer, re_lu_2_out_infer, nb);
        k24_dense_fwd_n128_k10(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
        k28_softmax_ce_sparse_n128_k10(dense_pre_infer, y, probs_eval, dense_pre_infer_per_sample, nb, &s->loss, &s->metric);
        kiln_restore_mxcsr(mxcsr);
    }
    if (s->weights_cached) *s->weights_cached = s->weights_version;
}

/* Model outputs of one batch in inference mode, into s->out.
 * One OpenMP parallel region: the kernels share their work out among its
 * threads (static schedules, a barrier after each). */
void kiln_predict(kiln_step *s)
{
    const int nb = s->nb;
    float *const P = s->params;
    float *const S = s->state;
    float *const A = s->arena;
    (void)A;
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const batch_normalization_gamma = P + 320;  /* batch_normalization/gamma (32) */
    float *const batch_normalization_beta = P + 352;  /* batch_normalization/beta (32) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (32) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (32) */
    float *const conv2d_kernel_bn_folded = A + 12845120;  /* conv2d/kernel.bn_folded (3, 3, 1, 32) */
    float *const conv2d_bias_bn_folded = A + 12845408;  /* conv2d/bias.bn_folded (32) */
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const batch_normalization_out_infer = A + 0;  /* batch_normalization_out_infer (128, 28, 28, 32) */
    float *const re_lu_out_infer = A + 3211264;  /* re_lu_out_infer (128, 28, 28, 32) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 14, 14, 32) */
    float *const conv2d_1_kernel = P + 384;  /* conv2d_1/kernel (3, 3, 32, 32) */
    float *const conv2d_1_bias = P + 9600;  /* conv2d_1/bias (32) */
    float *const batch_normalization_1_gamma = P + 9632;  /* batch_normalization_1/gamma (32) */
    float *const batch_normalization_1_beta = P + 9664;  /* batch_normalization_1/beta (32) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (32) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (32) */
    float *const conv2d_1_kernel_bn_folded = A + 12845440;  /* conv2d_1/kernel.bn_folded (3, 3, 32, 32) */
    float *const conv2d_1_bias_bn_folded = A + 12854656;  /* conv2d_1/bias.bn_folded (32) */
    float *const batch_normalization_1_out_infer = A + 802816;  /* batch_normalization_1_out_infer (128, 14, 14, 32) */
    float *const re_lu_1_out_infer = A + 0;  /* re_lu_1_out_infer (128, 14, 14, 32) */
    float *const max_pooling2d_1_out_infer = A + 802816;  /* max_pooling2d_1_out_infer (128, 7, 7, 32) */
    float *const conv2d_2_kernel = P + 9696;  /* conv2d_2/kernel (3, 3, 32, 32) */
    float *const conv2d_2_bias = P + 18912;  /* conv2d_2/bias (32) */
    float *const batch_normalization_2_gamma = P + 18944;  /* batch_normalization_2/gamma (32) */
    float *const batch_normalization_2_beta = P + 18976;  /* batch_normalization_2/beta (32) */
    float *const batch_normalization_2_moving_mean = S + 128;  /* batch_normalization_2/moving_mean (32) */
    float *const batch_normalization_2_moving_variance = S + 160;  /* batch_normalization_2/moving_variance (32) */
    float *const conv2d_2_kernel_bn_folded = A + 12854688;  /* conv2d_2/kernel.bn_folded (3, 3, 32, 32) */
    float *const conv2d_2_bias_bn_folded = A + 12863904;  /* conv2d_2/bias.bn_folded (32) */
    float *const batch_normalization_2_out_infer = A + 0;  /* batch_normalization_2_out_infer (128, 7, 7, 32) */
    float *const re_lu_2_out_infer = A + 200704;  /* re_lu_2_out_infer (128, 7, 7, 32) */
    float *const flatten_out_infer = A + 200704;  /* flatten_out_infer (128, 1568) */
    float *const dense_kernel = P + 19008;  /* dense/kernel (1568, 10) */
    float *const dense_bias = P + 34688;  /* dense/bias (10) */
    float *const dense_predict_pre_infer = A + 1280;  /* dense_predict_pre_infer (128, 10) */
    float *const dense_out_infer = s->out;  /* dense_out_infer (128, 10) */
    /* 5096332 FLOP per sample: threads from 1 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 5096332.5 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        if (copy_weights) k13_bn_fold_3x3x1x32(conv2d_kernel, conv2d_bias, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, conv2d_kernel_bn_folded, conv2d_bias_bn_folded);
        k14_conv2d_fwd_n128_h28w28c32(x, conv2d_kernel_bn_folded, conv2d_bias_bn_folded, batch_normalization_out_infer, nb);
        k15_relu_n128_h28w28c32(batch_normalization_out_infer, re_lu_out_infer, nb);
        k16_maxpool_fwd_n128_h14w14c32(re_lu_out_infer, max_pooling2d_out_infer, nb);
        if (copy_weights) k17_bn_fold_3x3x32x32(conv2d_1_kernel, conv2d_1_bias, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, conv2d_1_kernel_bn_folded, conv2d_1_bias_bn_folded);
        k18_conv2d_fwd_n128_h14w14c32(max_pooling2d_out_infer, conv2d_1_kernel_bn_folded, conv2d_1_bias_bn_folded, batch_normalization_1_out_infer, nb);
        k19_relu_n128_h14w14c32(batch_normalization_1_out_infer, re_lu_1_out_infer, nb);
        k20_maxpool_fwd_n128_h7w7c32(re_lu_1_out_infer, max_pooling2d_1_out_infer, nb);
        if (copy_weights) k21_bn_fold_3x3x32x32(conv2d_2_kernel, conv2d_2_bias, batch_normalization_2_gamma, batch_normalization_2_beta, batch_normalization_2_moving_mean, batch_normalization_2_moving_variance, conv2d_2_kernel_bn_folded, conv2d_2_bias_bn_folded);
        k22_conv2d_fwd_n128_h7w7c32(max_pooling2d_1_out_infer, conv2d_2_kernel_bn_folded, conv2d_2_bias_bn_folded, batch_normalization_2_out_infer, nb);
        k23_relu_n128_h7w7c32(batch_normalization_2_out_infer, re_lu_2_out_infer, nb);
        k25_dense_fwd_n128_k10(flatten_out_infer, dense_kernel, dense_bias, dense_predict_pre_infer, nb);
        k26_softmax_n128_k10(dense_predict_pre_infer, dense_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
    if (s->weights_cached) *s->weights_cached = s->weights_version;
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 3, 9, 288},
    {"conv2d/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 0, 3211264, 0, 0, 0},
    {"batch_normalization/gamma", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 320, 32, 2, 0, 0},
    {"batch_normalization/beta", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 352, 32, 1, 0, 0},
    {"batch_normalization/moving_mean", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 0, 32, 1, 0, 0},
    {"batch_normalization/moving_variance", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 32, 32, 2, 0, 0},
    {"batch_normalization_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 3211264, 3211264, 0, 0, 0},
    {"batch_normalization_mean", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 12845056, 32, 0, 0, 0},
    {"batch_normalization_invstd", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 12845088, 32, 0, 0, 0},
    {"re_lu_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 6422528, 3211264, 0, 0, 0},
    {"max_pooling2d_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 3211264, 802816, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 32}, "HWIO", 384, 9216, 3, 288, 288},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 9600, 32, 1, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 4014080, 802816, 0, 0, 0},
    {"batch_normalization_1/gamma", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 9632, 32, 2, 0, 0},
    {"batch_normalization_1/beta", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 9664, 32, 1, 0, 0},
    {"batch_normalization_1/moving_mean", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 64, 32, 1, 0, 0},
    {"batch_normalization_1/moving_variance", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 96, 32, 2, 0, 0},
    {"batch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 4816896, 802816, 0, 0, 0},
    {"batch_normalization_1_mean", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 10436608, 32, 0, 0, 0},
    {"batch_normalization_1_invstd", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 10436640, 32, 0, 0, 0},
    {"re_lu_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 5619712, 802816, 0, 0, 0},
    {"max_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 4816896, 200704, 0, 0, 0},
    {"conv2d_2/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 32}, "HWIO", 9696, 9216, 3, 288, 288},
    {"conv2d_2/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 18912, 32, 1, 0, 0},
    {"conv2d_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 5017600, 200704, 0, 0, 0},
    {"batch_normalization_2/gamma", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 18944, 32, 2, 0, 0},
    {"batch_normalization_2/beta", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 18976, 32, 1, 0, 0},
    {"batch_normalization_2/moving_mean", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 128, 32, 1, 0, 0},
    {"batch_normalization_2/moving_variance", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 160, 32, 2, 0, 0},
    {"batch_normalization_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 5218304, 200704, 0, 0, 0},
    {"batch_normalization_2_mean", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 10035200, 32, 0, 0, 0},
    {"batch_normalization_2_invstd", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 10035232, 32, 0, 0, 0},
    {"re_lu_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 5419008, 200704, 0, 0, 0},
    {"dropout_out", KILN_ROLE_ACT, 2, {128, 1568, 0, 0}, "NC", 5218304, 200704, 0, 0, 0},
    {"dropout_mask", KILN_ROLE_ACT, 2, {128, 1568, 0, 0}, "NC", 9633792, 200704, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {1568, 10, 0, 0}, "IO", 19008, 15680, 3, 1568, 10},
    {"dense/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 34688, 10, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 9834496, 1280, 0, 0, 0},
    {"conv2d/kernel.bn_folded", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "HWIO", 12845120, 288, 0, 0, 0},
    {"conv2d/bias.bn_folded", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 12845408, 32, 0, 0, 0},
    {"batch_normalization_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 0, 3211264, 0, 0, 0},
    {"re_lu_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 3211264, 3211264, 0, 0, 0},
    {"max_pooling2d_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 0, 802816, 0, 0, 0},
    {"conv2d_1/kernel.bn_folded", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "HWIO", 12845440, 9216, 0, 0, 0},
    {"conv2d_1/bias.bn_folded", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 12854656, 32, 0, 0, 0},
    {"batch_normalization_1_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 802816, 802816, 0, 0, 0},
    {"re_lu_1_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 0, 802816, 0, 0, 0},
    {"max_pooling2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 802816, 200704, 0, 0, 0},
    {"conv2d_2/kernel.bn_folded", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "HWIO", 12854688, 9216, 0, 0, 0},
    {"conv2d_2/bias.bn_folded", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 12863904, 32, 0, 0, 0},
    {"batch_normalization_2_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 0, 200704, 0, 0, 0},
    {"re_lu_2_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 200704, 200704, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 1, {128, 0, 0, 0}, "N", 0, 128, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 9835776, 1280, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 9850176, 1280, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 34688, 10, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {1568, 10, 0, 0}, "IO", 19008, 15680, 0, 0, 0},
    {"ddropout_out", KILN_ROLE_ACT, 2, {128, 1568, 0, 0}, "NC", 5218304, 200704, 0, 0, 0},
    {"dre_lu_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 9834496, 200704, 0, 0, 0},
    {"dbatch_normalization_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 5218304, 200704, 0, 0, 0},
    {"dconv2d_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 5419008, 200704, 0, 0, 0},
    {"dbatch_normalization_2/gamma", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 18944, 32, 0, 0, 0},
    {"dbatch_normalization_2/beta", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 18976, 32, 0, 0, 0},
    {"dconv2d_2/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 18912, 32, 0, 0, 0},
    {"dconv2d_2/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 32}, "HWIO", 9696, 9216, 0, 0, 0},
    {"dmax_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 9633792, 200704, 0, 0, 0},
    {"dre_lu_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 4816896, 802816, 0, 0, 0},
    {"dbatch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 9633792, 802816, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 4816896, 802816, 0, 0, 0},
    {"dbatch_normalization_1/gamma", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 9632, 32, 0, 0, 0},
    {"dbatch_normalization_1/beta", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 9664, 32, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 9600, 32, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 32}, "HWIO", 384, 9216, 0, 0, 0},
    {"dmax_pooling2d_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "NHWC", 9633792, 802816, 0, 0, 0},
    {"dre_lu_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 3211264, 3211264, 0, 0, 0},
    {"dbatch_normalization_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 9633792, 3211264, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "NHWC", 3211264, 3211264, 0, 0, 0},
    {"dbatch_normalization/gamma", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 320, 32, 0, 0, 0},
    {"dbatch_normalization/beta", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 352, 32, 0, 0, 0},
    {"dconv2d/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 288, 32, 0, 0, 0},
    {"dconv2d/kernel", KILN_ROLE_GRAD, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 0, 0, 0},
    {"m_conv2d/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 1, 0, 0},
    {"v_conv2d/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 1, 0, 0},
    {"m_conv2d/bias", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"v_conv2d/bias", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"m_batch_normalization/gamma", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 320, 32, 1, 0, 0},
    {"v_batch_normalization/gamma", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 320, 32, 1, 0, 0},
    {"m_batch_normalization/beta", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 352, 32, 1, 0, 0},
    {"v_batch_normalization/beta", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 352, 32, 1, 0, 0},
    {"m_conv2d_1/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 32, 32}, "HWIO", 384, 9216, 1, 0, 0},
    {"v_conv2d_1/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 32, 32}, "HWIO", 384, 9216, 1, 0, 0},
    {"m_conv2d_1/bias", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 9600, 32, 1, 0, 0},
    {"v_conv2d_1/bias", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 9600, 32, 1, 0, 0},
    {"m_batch_normalization_1/gamma", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 9632, 32, 1, 0, 0},
    {"v_batch_normalization_1/gamma", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 9632, 32, 1, 0, 0},
    {"m_batch_normalization_1/beta", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 9664, 32, 1, 0, 0},
    {"v_batch_normalization_1/beta", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 9664, 32, 1, 0, 0},
    {"m_conv2d_2/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 32, 32}, "HWIO", 9696, 9216, 1, 0, 0},
    {"v_conv2d_2/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 32, 32}, "HWIO", 9696, 9216, 1, 0, 0},
    {"m_conv2d_2/bias", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 18912, 32, 1, 0, 0},
    {"v_conv2d_2/bias", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 18912, 32, 1, 0, 0},
    {"m_batch_normalization_2/gamma", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 18944, 32, 1, 0, 0},
    {"v_batch_normalization_2/gamma", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 18944, 32, 1, 0, 0},
    {"m_batch_normalization_2/beta", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 18976, 32, 1, 0, 0},
    {"v_batch_normalization_2/beta", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 18976, 32, 1, 0, 0},
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {1568, 10, 0, 0}, "IO", 19008, 15680, 1, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {1568, 10, 0, 0}, "IO", 19008, 15680, 1, 0, 0},
    {"m_dense/bias", KILN_ROLE_OPT_M, 1, {10, 0, 0, 0}, "C", 34688, 10, 1, 0, 0},
    {"v_dense/bias", KILN_ROLE_OPT_V, 1, {10, 0, 0, 0}, "C", 34688, 10, 1, 0, 0},
    {"dense_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 9837056, 512, 0, 0, 0},
    {"dense_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dense/kernel.transposed", KILN_ROLE_ACT, 2, {10, 1568, 0, 0}, "IO", 9834496, 15680, 0, 0, 0},
    {"conv2d_2/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "HWIO", 4816896, 9216, 0, 0, 0},
    {"conv2d_1/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "HWIO", 3211264, 9216, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_conv2d_fwd_n128_h28w28c32", "void k00_conv2d_fwd_n128_h28w28c32(const float *restrict x, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_out, int nb)", 57802752, 13247744, 1},
    {"k01_batchnorm_fwd_training_n128_h28w28c32", "void k01_batchnorm_fwd_training_n128_h28w28c32(const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, int nb)", 25690112, 25690880, 1},
    {"k02_relu_n128_h28w28c32", "void k02_relu_n128_h28w28c32(const float *restrict batch_normalization_out, float *restrict re_lu_out, int nb)", 6422528, 25690112, 1},
    {"k03_maxpool_fwd_n128_h14w14c32", "void k03_maxpool_fwd_n128_h14w14c32(const float *restrict re_lu_out, float *restrict max_pooling2d_out, int nb)", 3211264, 16056320, 1},
    {"k04_conv2d_fwd_n128_h14w14c32", "void k04_conv2d_fwd_n128_h14w14c32(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_out, int nb)", 462422016, 6459520, 1},
    {"k05_batchnorm_fwd_training_n128_h14w14c32", "void k05_batchnorm_fwd_training_n128_h14w14c32(const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, int nb)", 6422528, 6423296, 1},
    {"k06_relu_n128_h14w14c32", "void k06_relu_n128_h14w14c32(const float *restrict batch_normalization_1_out, float *restrict re_lu_1_out, int nb)", 1605632, 6422528, 1},
    {"k07_maxpool_fwd_n128_h7w7c32", "void k07_maxpool_fwd_n128_h7w7c32(const float *restrict re_lu_1_out, float *restrict max_pooling2d_1_out, int nb)", 802816, 4014080, 1},
    {"k08_conv2d_fwd_n128_h7w7c32", "void k08_conv2d_fwd_n128_h7w7c32(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, float *restrict conv2d_2_out, int nb)", 115605504, 1642624, 1},
    {"k09_batchnorm_fwd_training_n128_h7w7c32", "void k09_batchnorm_fwd_training_n128_h7w7c32(const float *restrict conv2d_2_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, float *restrict batch_normalization_2_moving_mean, float *restrict batch_normalization_2_moving_variance, float *restrict batch_normalization_2_out, float *restrict batch_normalization_2_mean, float *restrict batch_normalization_2_invstd, int nb)", 1605632, 1606400, 1},
    {"k10_relu_n128_h7w7c32", "void k10_relu_n128_h7w7c32(const float *restrict batch_normalization_2_out, float *restrict re_lu_2_out, int nb)", 401408, 1605632, 1},
    {"k11_dropout_n128_k1568", "void k11_dropout_n128_k1568(const float *restrict flatten_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)", 401408, 2408448, 1},
    {"k12_dense_fwd_n128_k10", "void k12_dense_fwd_n128_k10(const float *restrict dropout_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)", 4014080, 870696, 1},
    {"k13_bn_fold_3x3x1x32", "void k13_bn_fold_3x3x1x32(const float *restrict conv2d_kernel, const float *restrict conv2d_bias, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict conv2d_kernel_bn_folded, float *restrict conv2d_bias_bn_folded)", 576, 3072, 6},
    {"k14_conv2d_fwd_n128_h28w28c32", "void k14_conv2d_fwd_n128_h28w28c32(const float *restrict x, const float *restrict conv2d_kernel_bn_folded, const float *restrict conv2d_bias_bn_folded, float *restrict batch_normalization_out_infer, int nb)", 57802752, 13247744, 6},
    {"k15_relu_n128_h28w28c32", "void k15_relu_n128_h28w28c32(const float *restrict batch_normalization_out_infer, float *restrict re_lu_out_infer, int nb)", 6422528, 25690112, 6},
    {"k16_maxpool_fwd_n128_h14w14c32", "void k16_maxpool_fwd_n128_h14w14c32(const float *restrict re_lu_out_infer, float *restrict max_pooling2d_out_infer, int nb)", 3211264, 16056320, 6},
    {"k17_bn_fold_3x3x32x32", "void k17_bn_fold_3x3x32x32(const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict conv2d_1_kernel_bn_folded, float *restrict conv2d_1_bias_bn_folded)", 18432, 74496, 6},
    {"k18_conv2d_fwd_n128_h14w14c32", "void k18_conv2d_fwd_n128_h14w14c32(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel_bn_folded, const float *restrict conv2d_1_bias_bn_folded, float *restrict batch_normalization_1_out_infer, int nb)", 462422016, 6459520, 6},
    {"k19_relu_n128_h14w14c32", "void k19_relu_n128_h14w14c32(const float *restrict batch_normalization_1_out_infer, float *restrict re_lu_1_out_infer, int nb)", 1605632, 6422528, 6},
    {"k20_maxpool_fwd_n128_h7w7c32", "void k20_maxpool_fwd_n128_h7w7c32(const float *restrict re_lu_1_out_infer, float *restrict max_pooling2d_1_out_infer, int nb)", 802816, 4014080, 6},
    {"k21_bn_fold_3x3x32x32", "void k21_bn_fold_3x3x32x32(const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, const float *restrict batch_normalization_2_moving_mean, const float *restrict batch_normalization_2_moving_variance, float *restrict conv2d_2_kernel_bn_folded, float *restrict conv2d_2_bias_bn_folded)", 18432, 74496, 6},
    {"k22_conv2d_fwd_n128_h7w7c32", "void k22_conv2d_fwd_n128_h7w7c32(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_2_kernel_bn_folded, const float *restrict conv2d_2_bias_bn_folded, float *restrict batch_normalization_2_out_infer, int nb)", 115605504, 1642624, 6},
    {"k23_relu_n128_h7w7c32", "void k23_relu_n128_h7w7c32(const float *restrict batch_normalization_2_out_infer, float *restrict re_lu_2_out_infer, int nb)", 401408, 1605632, 6},
    {"k24_dense_fwd_n128_k10", "void k24_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)", 4014080, 870696, 2},
    {"k25_dense_fwd_n128_k10", "void k25_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_predict_pre_infer, int nb)", 4014080, 870696, 4},
    {"k26_softmax_n128_k10", "void k26_softmax_n128_k10(const float *restrict dense_predict_pre_infer, float *restrict dense_out_infer, int nb)", 2560, 10240, 4},
    {"k27_softmax_ce_sparse_n128_k10", "void k27_softmax_ce_sparse_n128_k10(const float *restrict dense_pre, const int32_t *restrict y, float *restrict probs, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 10752, 1},
    {"k28_softmax_ce_sparse_n128_k10", "void k28_softmax_ce_sparse_n128_k10(const float *restrict dense_pre_infer, const int32_t *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 10752, 2},
    {"k29_softmax_ce_sparse_bwd_n128_k10", "void k29_softmax_ce_sparse_bwd_n128_k10(const float *restrict probs, const int32_t *restrict y, float *restrict ddense_pre, int nb)", 2560, 10752, 1},
    {"k30_dense_bwd_weights_1568x10", "void k30_dense_bwd_weights_1568x10(const float *restrict ddense_pre, const float *restrict dropout_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 4014080, 870696, 1},
    {"k31_dense_bwd_data_n128_k1568", "void k31_dense_bwd_data_n128_k1568(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict ddropout_out, float *restrict dense_kernel_transposed, int nb)", 4014080, 870656, 1},
    {"k32_dropout_bwd_n128_k1568", "void k32_dropout_bwd_n128_k1568(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dflatten_out, int nb)", 401408, 2408448, 1},
    {"k33_relu_bwd_n128_h7w7c32", "void k33_relu_bwd_n128_h7w7c32(const float *restrict dre_lu_2_out, const float *restrict re_lu_2_out, float *restrict dbatch_normalization_2_out, int nb)", 401408, 2408448, 1},
    {"k34_batchnorm_bwd_n128_h7w7c32", "void k34_batchnorm_bwd_n128_h7w7c32(const float *restrict dbatch_normalization_2_out, const float *restrict conv2d_2_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_mean, const float *restrict batch_normalization_2_invstd, float *restrict dconv2d_2_out, float *restrict dbatch_normalization_2_gamma, float *restrict dbatch_normalization_2_beta, int nb)", 1605632, 2409088, 1},
    {"k35_conv2d_bwd_weights_3x3x32x32", "void k35_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_2_out, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_2_kernel, float *restrict dconv2d_2_bias, int nb)", 115605504, 1642624, 1},
    {"k36_conv2d_bwd_data_n128_h7w7c32", "void k36_conv2d_bwd_data_n128_h7w7c32(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_kernel, float *restrict dmax_pooling2d_1_out, float *restrict conv2d_2_kernel_transposed, int nb)", 115605504, 1642496, 1},
    {"k37_maxpool_bwd_n128_h14w14c32", "void k37_maxpool_bwd_n128_h14w14c32(const float *restrict dmax_pooling2d_1_out, const float *restrict re_lu_1_out, float *restrict dre_lu_1_out, int nb)", 802816, 7225344, 1},
    {"k38_relu_bwd_n128_h14w14c32", "void k38_relu_bwd_n128_h14w14c32(const float *restrict dre_lu_1_out, const float *restrict re_lu_1_out, float *restrict dbatch_normalization_1_out, int nb)", 1605632, 9633792, 1},
    {"k39_batchnorm_bwd_n128_h14w14c32", "void k39_batchnorm_bwd_n128_h14w14c32(const float *restrict dbatch_normalization_1_out, const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dconv2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, int nb)", 6422528, 9634432, 1},
    {"k40_conv2d_bwd_weights_3x3x32x32", "void k40_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_1_out, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)", 462422016, 6459520, 1},
    {"k41_conv2d_bwd_data_n128_h14w14c32", "void k41_conv2d_bwd_data_n128_h14w14c32(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_kernel, float *restrict dmax_pooling2d_out, float *restrict conv2d_1_kernel_transposed, int nb)", 462422016, 6459392, 1},
    {"k42_maxpool_bwd_n128_h28w28c32", "void k42_maxpool_bwd_n128_h28w28c32(const float *restrict dmax_pooling2d_out, const float *restrict re_lu_out, float *restrict dre_lu_out, int nb)", 3211264, 28901376, 1},
    {"k43_relu_bwd_n128_h28w28c32", "void k43_relu_bwd_n128_h28w28c32(const float *restrict dre_lu_out, const float *restrict re_lu_out, float *restrict dbatch_normalization_out, int nb)", 6422528, 38535168, 1},
    {"k44_batchnorm_bwd_n128_h28w28c32", "void k44_batchnorm_bwd_n128_h28w28c32(const float *restrict dbatch_normalization_out, const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dconv2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, int nb)", 25690112, 38535808, 1},
    {"k45_conv2d_bwd_weights_3x3x1x32", "void k45_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_out, const float *restrict x, float *restrict dconv2d_kernel, float *restrict dconv2d_bias, int nb)", 57802752, 13247744, 1},
    {"k46_adam_update_p34704", "void k46_adam_update_p34704(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 347040, 971712, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed001_cnn_bn",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {28, 28, 1},
    .in_scale = (float)0.00392156886,
    .out_size = 10,
    .label_kind = KILN_LABEL_SPARSE,
    .label_size = 1,
    .has_accuracy = 1,
    .n_params = 34704,
    .n_state = 192,
    .n_arena = 12863936,
    .n_tensors = 121,
    .tensors = tensors,
    .n_kernels = 47,
    .kernels = kernels,
    .isa = "generic",
};


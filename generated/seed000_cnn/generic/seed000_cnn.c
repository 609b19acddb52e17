/* seed000_cnn.c — emitted by kiln from models/seed000_cnn.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA generic. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 131552, state 128, arena 7368704.
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

/* k00_rescale_n128_h28w28c1 — eltwise kernel
 *   node n0 "rescaling" (rescale), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out rescaling_out              (128, 28, 28, 1) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k00_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 784; e < (long)(n + 1) * 784; e++) {
            rescaling_out[e] = x[e] * 0.00392156886f + 0.0f;
        }
    }
}

/* k01_conv2d_fwd_n128_h26w26c28 — conv_fwd kernel
 *   node n1 "conv2d" (conv2d), from $.layers[1]
 *   in  rescaling_out              (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel              (3, 3, 1, 28) HWIO
 *   in  conv2d/bias                (28) C
 *   out conv2d_pre                 (128, 26, 26, 28) NHWC
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k01_conv2d_fwd_n128_h26w26c28(const float *restrict rescaling_out, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 26; i++) {
            for (int j = 0; j < 26; j++) {
                float *yp = conv2d_pre + (((long)n * 26 + i) * 26 + j) * 28;  /* the sums, in place */
                for (int f = 0; f < 28; f++) yp[f] = conv2d_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 0;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 0;
                        const float *xp = rescaling_out + (((long)n * 28 + h) * 28 + v) * 1;
                        const float *wp = conv2d_kernel + (p * 3 + q) * 28;
                        for (int c = 0; c < 1; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 28; f++) yp[f] += xv * wp[c * 28 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k02_relu_n128_h26w26c28 — eltwise kernel
 *   node n2 "conv2d.relu" (relu), from $.layers[1]
 *   in  conv2d_pre                 (128, 26, 26, 28) NHWC
 *   out conv2d_out                 (128, 26, 26, 28) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k02_relu_n128_h26w26c28(const float *restrict conv2d_pre, float *restrict conv2d_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 18928; e < (long)(n + 1) * 18928; e++) {
            conv2d_out[e] = conv2d_pre[e] > 0.0f ? conv2d_pre[e] : (conv2d_pre[e] != conv2d_pre[e] ? conv2d_pre[e] : 0.0f);
        }
    }
}

/* k03_maxpool_fwd_n128_h13w13c28 — pool kernel
 *   node n3 "max_pooling2d" (maxpool), from $.layers[2]
 *   in  conv2d_out                 (128, 26, 26, 28) NHWC
 *   out max_pooling2d_out          (128, 13, 13, 28) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k03_maxpool_fwd_n128_h13w13c28(const float *restrict conv2d_out, float *restrict max_pooling2d_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 13; i++) {
            for (int j = 0; j < 13; j++) {
                float *yp = max_pooling2d_out + (((long)n * 13 + i) * 13 + j) * 28;  /* the maxima, in place */
                for (int c = 0; c < 28; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 26) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 26) continue;
                        const float *xp = conv2d_out + (((long)n * 26 + h) * 26 + v) * 28;
                        /* NaN-propagating max */
                        for (int c = 0; c < 28; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k04_batchnorm_fwd_training_n128_h13w13c28 — batchnorm kernel
 *   node n4 "batch_normalization" (bn_train), from $.layers[3]
 *   in  max_pooling2d_out          (128, 13, 13, 28) NHWC
 *   in  batch_normalization/gamma  (28) C
 *   in  batch_normalization/beta   (28) C
 *   in  batch_normalization/moving_mean (28) C
 *   in  batch_normalization/moving_variance (28) C
 *   out batch_normalization_out    (128, 13, 13, 28) NHWC
 *   out batch_normalization_mean   (28) C
 *   out batch_normalization_invstd (28) C
 *   schedule: OpenMP over channel blocks; ISA generic */
void k04_batchnorm_fwd_training_n128_h13w13c28(const float *restrict max_pooling2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, int nb)
{
    const long rows = (long)nb * 169;  /* M: values per channel */
    #pragma omp for schedule(static)
    for (int c0 = 0; c0 < 28; c0 += 16) {
        const int cn = 28 - c0 < 16 ? 28 - c0 : 16;
        double s[16] = {0}, ss[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) s[c] += max_pooling2d_out[r * 28 + c0 + c];
        for (int c = 0; c < cn; c++) s[c] /= (double)rows;
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const double d = max_pooling2d_out[r * 28 + c0 + c] - s[c];
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
            for (int c = 0; c < cn; c++) batch_normalization_out[r * 28 + c0 + c] = max_pooling2d_out[r * 28 + c0 + c] * scale[c] + shift[c];
    }
}

/* k05_conv2d_fwd_n128_h11w11c28 — conv_fwd kernel
 *   node n5 "conv2d_1" (conv2d), from $.layers[4]
 *   in  batch_normalization_out    (128, 13, 13, 28) NHWC
 *   in  conv2d_1/kernel            (3, 3, 28, 28) HWIO
 *   in  conv2d_1/bias              (28) C
 *   out conv2d_1_pre               (128, 11, 11, 28) NHWC
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k05_conv2d_fwd_n128_h11w11c28(const float *restrict batch_normalization_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 11; i++) {
            for (int j = 0; j < 11; j++) {
                float *yp = conv2d_1_pre + (((long)n * 11 + i) * 11 + j) * 28;  /* the sums, in place */
                for (int f = 0; f < 28; f++) yp[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 0;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 0;
                        const float *xp = batch_normalization_out + (((long)n * 13 + h) * 13 + v) * 28;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 784;
                        for (int c = 0; c < 28; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 28; f++) yp[f] += xv * wp[c * 28 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k06_relu_n128_h11w11c28 — eltwise kernel
 *   node n6 "conv2d_1.relu" (relu), from $.layers[4]
 *   in  conv2d_1_pre               (128, 11, 11, 28) NHWC
 *   out conv2d_1_out               (128, 11, 11, 28) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k06_relu_n128_h11w11c28(const float *restrict conv2d_1_pre, float *restrict conv2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 3388; e < (long)(n + 1) * 3388; e++) {
            conv2d_1_out[e] = conv2d_1_pre[e] > 0.0f ? conv2d_1_pre[e] : (conv2d_1_pre[e] != conv2d_1_pre[e] ? conv2d_1_pre[e] : 0.0f);
        }
    }
}

/* k07_maxpool_fwd_n128_h5w5c28 — pool kernel
 *   node n7 "max_pooling2d_1" (maxpool), from $.layers[5]
 *   in  conv2d_1_out               (128, 11, 11, 28) NHWC
 *   out max_pooling2d_1_out        (128, 5, 5, 28) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k07_maxpool_fwd_n128_h5w5c28(const float *restrict conv2d_1_out, float *restrict max_pooling2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                float *yp = max_pooling2d_1_out + (((long)n * 5 + i) * 5 + j) * 28;  /* the maxima, in place */
                for (int c = 0; c < 28; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 11) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 11) continue;
                        const float *xp = conv2d_1_out + (((long)n * 11 + h) * 11 + v) * 28;
                        /* NaN-propagating max */
                        for (int c = 0; c < 28; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k08_batchnorm_fwd_training_n128_h5w5c28 — batchnorm kernel
 *   node n8 "batch_normalization_1" (bn_train), from $.layers[6]
 *   in  max_pooling2d_1_out        (128, 5, 5, 28) NHWC
 *   in  batch_normalization_1/gamma (28) C
 *   in  batch_normalization_1/beta (28) C
 *   in  batch_normalization_1/moving_mean (28) C
 *   in  batch_normalization_1/moving_variance (28) C
 *   out batch_normalization_1_out  (128, 5, 5, 28) NHWC
 *   out batch_normalization_1_mean (28) C
 *   out batch_normalization_1_invstd (28) C
 *   schedule: OpenMP over channel blocks; ISA generic */
void k08_batchnorm_fwd_training_n128_h5w5c28(const float *restrict max_pooling2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, int nb)
{
    const long rows = (long)nb * 25;  /* M: values per channel */
    #pragma omp for schedule(static)
    for (int c0 = 0; c0 < 28; c0 += 16) {
        const int cn = 28 - c0 < 16 ? 28 - c0 : 16;
        double s[16] = {0}, ss[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) s[c] += max_pooling2d_1_out[r * 28 + c0 + c];
        for (int c = 0; c < cn; c++) s[c] /= (double)rows;
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const double d = max_pooling2d_1_out[r * 28 + c0 + c] - s[c];
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
            for (int c = 0; c < cn; c++) batch_normalization_1_out[r * 28 + c0 + c] = max_pooling2d_1_out[r * 28 + c0 + c] * scale[c] + shift[c];
    }
}

/* k09_dense_fwd_n128_k128 — gemm kernel
 *   node n9 "dense" (dense), from $.layers[8]
 *   in  flatten_out                (128, 700) NC
 *   in  dense/kernel               (700, 128) IO
 *   in  dense/bias                 (128) C
 *   out dense_pre                  (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k09_dense_fwd_n128_k128(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre + (long)n * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 700; k++) {
            const float xv = flatten_out[(long)n * 700 + k];
            for (int m = 0; m < 128; m++) yr[m] += xv * dense_kernel[k * 128 + m];
        }
    }
}

/* k10_relu_n128_k128 — eltwise kernel
 *   node n10 "dense.relu" (relu), from $.layers[8]
 *   in  dense_pre                  (128, 128) NC
 *   out dense_out                  (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k10_relu_n128_k128(const float *restrict dense_pre, float *restrict dense_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            dense_out[e] = dense_pre[e] > 0.0f ? dense_pre[e] : (dense_pre[e] != dense_pre[e] ? dense_pre[e] : 0.0f);
        }
    }
}

/* k11_dense_fwd_n128_k128 — gemm kernel
 *   node n11 "dense_1" (dense), from $.layers[9]
 *   in  dense_out                  (128, 128) NC
 *   in  dense_1/kernel             (128, 128) IO
 *   in  dense_1/bias               (128) C
 *   out dense_1_pre                (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k11_dense_fwd_n128_k128(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_1_pre + (long)n * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) yr[m] = dense_1_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_out[(long)n * 128 + k];
            for (int m = 0; m < 128; m++) yr[m] += xv * dense_1_kernel[k * 128 + m];
        }
    }
}

/* k12_relu_n128_k128 — eltwise kernel
 *   node n12 "dense_1.relu" (relu), from $.layers[9]
 *   in  dense_1_pre                (128, 128) NC
 *   out dense_1_out                (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k12_relu_n128_k128(const float *restrict dense_1_pre, float *restrict dense_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            dense_1_out[e] = dense_1_pre[e] > 0.0f ? dense_1_pre[e] : (dense_1_pre[e] != dense_1_pre[e] ? dense_1_pre[e] : 0.0f);
        }
    }
}

/* k13_dense_fwd_n128_k128 — gemm kernel
 *   node n13 "dense_2" (dense), from $.layers[10]
 *   in  dense_1_out                (128, 128) NC
 *   in  dense_2/kernel             (128, 128) IO
 *   in  dense_2/bias               (128) C
 *   out dense_2_pre                (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k13_dense_fwd_n128_k128(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_2_pre + (long)n * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) yr[m] = dense_2_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_1_out[(long)n * 128 + k];
            for (int m = 0; m < 128; m++) yr[m] += xv * dense_2_kernel[k * 128 + m];
        }
    }
}

/* k14_relu_n128_k128 — eltwise kernel
 *   node n14 "dense_2.relu" (relu), from $.layers[10]
 *   in  dense_2_pre                (128, 128) NC
 *   out dense_2_out                (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k14_relu_n128_k128(const float *restrict dense_2_pre, float *restrict dense_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            dense_2_out[e] = dense_2_pre[e] > 0.0f ? dense_2_pre[e] : (dense_2_pre[e] != dense_2_pre[e] ? dense_2_pre[e] : 0.0f);
        }
    }
}

/* k15_dense_fwd_n128_k10 — gemm kernel
 *   node n15 "dense_3" (dense), from $.layers[11]
 *   in  dense_2_out                (128, 128) NC
 *   in  dense_3/kernel             (128, 10) IO
 *   in  dense_3/bias               (10) C
 *   out dense_3_pre                (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k15_dense_fwd_n128_k10(const float *restrict dense_2_out, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_3_pre + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_3_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_2_out[(long)n * 128 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_3_kernel[k * 10 + m];
        }
    }
}

/* k16_rescale_n128_h28w28c1 — eltwise kernel
 *   node n16 "rescaling_infer" (rescale), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out rescaling_out_infer        (128, 28, 28, 1) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k16_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 784; e < (long)(n + 1) * 784; e++) {
            rescaling_out_infer[e] = x[e] * 0.00392156886f + 0.0f;
        }
    }
}

/* k17_conv2d_fwd_n128_h26w26c28 — conv_fwd kernel
 *   node n17 "conv2d_infer" (conv2d), from $.layers[1]
 *   in  rescaling_out_infer        (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel              (3, 3, 1, 28) HWIO
 *   in  conv2d/bias                (28) C
 *   out conv2d_pre_infer           (128, 26, 26, 28) NHWC
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k17_conv2d_fwd_n128_h26w26c28(const float *restrict rescaling_out_infer, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 26; i++) {
            for (int j = 0; j < 26; j++) {
                float *yp = conv2d_pre_infer + (((long)n * 26 + i) * 26 + j) * 28;  /* the sums, in place */
                for (int f = 0; f < 28; f++) yp[f] = conv2d_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 0;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 0;
                        const float *xp = rescaling_out_infer + (((long)n * 28 + h) * 28 + v) * 1;
                        const float *wp = conv2d_kernel + (p * 3 + q) * 28;
                        for (int c = 0; c < 1; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 28; f++) yp[f] += xv * wp[c * 28 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k18_relu_n128_h26w26c28 — eltwise kernel
 *   node n18 "conv2d.relu_infer" (relu), from $.layers[1]
 *   in  conv2d_pre_infer           (128, 26, 26, 28) NHWC
 *   out conv2d_out_infer           (128, 26, 26, 28) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k18_relu_n128_h26w26c28(const float *restrict conv2d_pre_infer, float *restrict conv2d_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 18928; e < (long)(n + 1) * 18928; e++) {
            conv2d_out_infer[e] = conv2d_pre_infer[e] > 0.0f ? conv2d_pre_infer[e] : (conv2d_pre_infer[e] != conv2d_pre_infer[e] ? conv2d_pre_infer[e] : 0.0f);
        }
    }
}

/* k19_maxpool_fwd_n128_h13w13c28 — pool kernel
 *   node n19 "max_pooling2d_infer" (maxpool), from $.layers[2]
 *   in  conv2d_out_infer           (128, 26, 26, 28) NHWC
 *   out max_pooling2d_out_infer    (128, 13, 13, 28) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k19_maxpool_fwd_n128_h13w13c28(const float *restrict conv2d_out_infer, float *restrict max_pooling2d_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 13; i++) {
            for (int j = 0; j < 13; j++) {
                float *yp = max_pooling2d_out_infer + (((long)n * 13 + i) * 13 + j) * 28;  /* the maxima, in place */
                for (int c = 0; c < 28; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 26) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 26) continue;
                        const float *xp = conv2d_out_infer + (((long)n * 26 + h) * 26 + v) * 28;
                        /* NaN-propagating max */
                        for (int c = 0; c < 28; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k20_batchnorm_fwd_inference_n128_h13w13c28 — batchnorm kernel
 *   node n20 "batch_normalization_infer" (bn_infer), from $.layers[3]
 *   in  max_pooling2d_out_infer    (128, 13, 13, 28) NHWC
 *   in  batch_normalization/gamma  (28) C
 *   in  batch_normalization/beta   (28) C
 *   in  batch_normalization/moving_mean (28) C
 *   in  batch_normalization/moving_variance (28) C
 *   out batch_normalization_out_infer (128, 13, 13, 28) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k20_batchnorm_fwd_inference_n128_h13w13c28(const float *restrict max_pooling2d_out_infer, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out_infer, int nb)
{
    /* blocks of 16 channels: scale and shift of a block, then its values */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int c0 = 0; c0 < 28; c0 += 16) {
            const int cn = 28 - c0 < 16 ? 28 - c0 : 16;
            float scale[16], shift[16];
            for (int c = 0; c < cn; c++) {
                scale[c] = batch_normalization_gamma[c0 + c] / sqrtf(batch_normalization_moving_variance[c0 + c] + 0.00100000005f);
                shift[c] = batch_normalization_beta[c0 + c] - batch_normalization_moving_mean[c0 + c] * scale[c];
            }
            for (long r = (long)n * 169; r < (long)(n + 1) * 169; r++)
                for (int c = 0; c < cn; c++) batch_normalization_out_infer[r * 28 + c0 + c] = max_pooling2d_out_infer[r * 28 + c0 + c] * scale[c] + shift[c];
        }
}

/* k21_conv2d_fwd_n128_h11w11c28 — conv_fwd kernel
 *   node n21 "conv2d_1_infer" (conv2d), from $.layers[4]
 *   in  batch_normalization_out_infer (128, 13, 13, 28) NHWC
 *   in  conv2d_1/kernel            (3, 3, 28, 28) HWIO
 *   in  conv2d_1/bias              (28) C
 *   out conv2d_1_pre_infer         (128, 11, 11, 28) NHWC
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k21_conv2d_fwd_n128_h11w11c28(const float *restrict batch_normalization_out_infer, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 11; i++) {
            for (int j = 0; j < 11; j++) {
                float *yp = conv2d_1_pre_infer + (((long)n * 11 + i) * 11 + j) * 28;  /* the sums, in place */
                for (int f = 0; f < 28; f++) yp[f] = conv2d_1_bias[f];
                for (int p = 0; p < 3; p++) {
                    const int h = i * 1 + p - 0;
                    for (int q = 0; q < 3; q++) {
                        const int v = j * 1 + q - 0;
                        const float *xp = batch_normalization_out_infer + (((long)n * 13 + h) * 13 + v) * 28;
                        const float *wp = conv2d_1_kernel + (p * 3 + q) * 784;
                        for (int c = 0; c < 28; c++) {
                            const float xv = xp[c];
                            for (int f = 0; f < 28; f++) yp[f] += xv * wp[c * 28 + f];
                        }
                    }
                }
            }
        }
    }
}

/* k22_relu_n128_h11w11c28 — eltwise kernel
 *   node n22 "conv2d_1.relu_infer" (relu), from $.layers[4]
 *   in  conv2d_1_pre_infer         (128, 11, 11, 28) NHWC
 *   out conv2d_1_out_infer         (128, 11, 11, 28) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k22_relu_n128_h11w11c28(const float *restrict conv2d_1_pre_infer, float *restrict conv2d_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 3388; e < (long)(n + 1) * 3388; e++) {
            conv2d_1_out_infer[e] = conv2d_1_pre_infer[e] > 0.0f ? conv2d_1_pre_infer[e] : (conv2d_1_pre_infer[e] != conv2d_1_pre_infer[e] ? conv2d_1_pre_infer[e] : 0.0f);
        }
    }
}

/* k23_maxpool_fwd_n128_h5w5c28 — pool kernel
 *   node n23 "max_pooling2d_1_infer" (maxpool), from $.layers[5]
 *   in  conv2d_1_out_infer         (128, 11, 11, 28) NHWC
 *   out max_pooling2d_1_out_infer  (128, 5, 5, 28) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k23_maxpool_fwd_n128_h5w5c28(const float *restrict conv2d_1_out_infer, float *restrict max_pooling2d_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                float *yp = max_pooling2d_1_out_infer + (((long)n * 5 + i) * 5 + j) * 28;  /* the maxima, in place */
                for (int c = 0; c < 28; c++) yp[c] = -INFINITY;
                for (int p = 0; p < 2; p++) {
                    const int h = i * 2 + p - 0;
                    if (h < 0 || h >= 11) continue;
                    for (int q = 0; q < 2; q++) {
                        const int v = j * 2 + q - 0;
                        if (v < 0 || v >= 11) continue;
                        const float *xp = conv2d_1_out_infer + (((long)n * 11 + h) * 11 + v) * 28;
                        /* NaN-propagating max */
                        for (int c = 0; c < 28; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];
                    }
                }
            }
        }
    }
}

/* k24_batchnorm_fwd_inference_n128_h5w5c28 — batchnorm kernel
 *   node n24 "batch_normalization_1_infer" (bn_infer), from $.layers[6]
 *   in  max_pooling2d_1_out_infer  (128, 5, 5, 28) NHWC
 *   in  batch_normalization_1/gamma (28) C
 *   in  batch_normalization_1/beta (28) C
 *   in  batch_normalization_1/moving_mean (28) C
 *   in  batch_normalization_1/moving_variance (28) C
 *   out batch_normalization_1_out_infer (128, 5, 5, 28) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k24_batchnorm_fwd_inference_n128_h5w5c28(const float *restrict max_pooling2d_1_out_infer, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out_infer, int nb)
{
    /* blocks of 16 channels: scale and shift of a block, then its values */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int c0 = 0; c0 < 28; c0 += 16) {
            const int cn = 28 - c0 < 16 ? 28 - c0 : 16;
            float scale[16], shift[16];
            for (int c = 0; c < cn; c++) {
                scale[c] = batch_normalization_1_gamma[c0 + c] / sqrtf(batch_normalization_1_moving_variance[c0 + c] + 0.00100000005f);
                shift[c] = batch_normalization_1_beta[c0 + c] - batch_normalization_1_moving_mean[c0 + c] * scale[c];
            }
            for (long r = (long)n * 25; r < (long)(n + 1) * 25; r++)
                for (int c = 0; c < cn; c++) batch_normalization_1_out_infer[r * 28 + c0 + c] = max_pooling2d_1_out_infer[r * 28 + c0 + c] * scale[c] + shift[c];
        }
}

/* k25_dense_fwd_n128_k128 — gemm kernel
 *   node n25 "dense_infer" (dense), from $.layers[8]
 *   in  flatten_out_infer          (128, 700) NC
 *   in  dense/kernel               (700, 128) IO
 *   in  dense/bias                 (128) C
 *   out dense_pre_infer            (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k25_dense_fwd_n128_k128(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_pre_infer + (long)n * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) yr[m] = dense_bias[m];
        for (int k = 0; k < 700; k++) {
            const float xv = flatten_out_infer[(long)n * 700 + k];
            for (int m = 0; m < 128; m++) yr[m] += xv * dense_kernel[k * 128 + m];
        }
    }
}

/* k26_relu_n128_k128 — eltwise kernel
 *   node n26 "dense.relu_infer" (relu), from $.layers[8]
 *   in  dense_pre_infer            (128, 128) NC
 *   out dense_out_infer            (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k26_relu_n128_k128(const float *restrict dense_pre_infer, float *restrict dense_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            dense_out_infer[e] = dense_pre_infer[e] > 0.0f ? dense_pre_infer[e] : (dense_pre_infer[e] != dense_pre_infer[e] ? dense_pre_infer[e] : 0.0f);
        }
    }
}

/* k27_dense_fwd_n128_k128 — gemm kernel
 *   node n27 "dense_1_infer" (dense), from $.layers[9]
 *   in  dense_out_infer            (128, 128) NC
 *   in  dense_1/kernel             (128, 128) IO
 *   in  dense_1/bias               (128) C
 *   out dense_1_pre_infer          (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k27_dense_fwd_n128_k128(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_1_pre_infer + (long)n * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) yr[m] = dense_1_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_out_infer[(long)n * 128 + k];
            for (int m = 0; m < 128; m++) yr[m] += xv * dense_1_kernel[k * 128 + m];
        }
    }
}

/* k28_relu_n128_k128 — eltwise kernel
 *   node n28 "dense_1.relu_infer" (relu), from $.layers[9]
 *   in  dense_1_pre_infer          (128, 128) NC
 *   out dense_1_out_infer          (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k28_relu_n128_k128(const float *restrict dense_1_pre_infer, float *restrict dense_1_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            dense_1_out_infer[e] = dense_1_pre_infer[e] > 0.0f ? dense_1_pre_infer[e] : (dense_1_pre_infer[e] != dense_1_pre_infer[e] ? dense_1_pre_infer[e] : 0.0f);
        }
    }
}

/* k29_dense_fwd_n128_k128 — gemm kernel
 *   node n29 "dense_2_infer" (dense), from $.layers[10]
 *   in  dense_1_out_infer          (128, 128) NC
 *   in  dense_2/kernel             (128, 128) IO
 *   in  dense_2/bias               (128) C
 *   out dense_2_pre_infer          (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k29_dense_fwd_n128_k128(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_2_pre_infer + (long)n * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) yr[m] = dense_2_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_1_out_infer[(long)n * 128 + k];
            for (int m = 0; m < 128; m++) yr[m] += xv * dense_2_kernel[k * 128 + m];
        }
    }
}

/* k30_relu_n128_k128 — eltwise kernel
 *   node n30 "dense_2.relu_infer" (relu), from $.layers[10]
 *   in  dense_2_pre_infer          (128, 128) NC
 *   out dense_2_out_infer          (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k30_relu_n128_k128(const float *restrict dense_2_pre_infer, float *restrict dense_2_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            dense_2_out_infer[e] = dense_2_pre_infer[e] > 0.0f ? dense_2_pre_infer[e] : (dense_2_pre_infer[e] != dense_2_pre_infer[e] ? dense_2_pre_infer[e] : 0.0f);
        }
    }
}

/* k31_dense_fwd_n128_k10 — gemm kernel
 *   node n31 "dense_3_infer" (dense), from $.layers[11]
 *   in  dense_2_out_infer          (128, 128) NC
 *   in  dense_3/kernel             (128, 10) IO
 *   in  dense_3/bias               (10) C
 *   out dense_3_pre_infer          (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k31_dense_fwd_n128_k10(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_3_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_3_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_2_out_infer[(long)n * 128 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_3_kernel[k * 10 + m];
        }
    }
}

/* k32_dense_fwd_n128_k10 — gemm kernel
 *   node n32 "dense_3_predict_infer" (dense), from $.layers[11]
 *   in  dense_2_out_infer          (128, 128) NC
 *   in  dense_3/kernel             (128, 10) IO
 *   in  dense_3/bias               (10) C
 *   out dense_3_predict_pre_infer  (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k32_dense_fwd_n128_k10(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_predict_pre_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *yr = dense_3_predict_pre_infer + (long)n * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) yr[m] = dense_3_bias[m];
        for (int k = 0; k < 128; k++) {
            const float xv = dense_2_out_infer[(long)n * 128 + k];
            for (int m = 0; m < 10; m++) yr[m] += xv * dense_3_kernel[k * 10 + m];
        }
    }
}

/* k33_softmax_n128_k10 — loss kernel
 *   node n33 "dense_3.softmax_infer" (softmax), from $.layers[11]
 *   in  dense_3_predict_pre_infer  (128, 10) NC
 *   out dense_3_out_infer          (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k33_softmax_n128_k10(const float *restrict dense_3_predict_pre_infer, float *restrict dense_3_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (long r = 0; r < (long)nb * 1; r++) {
        {
            const float *zr = dense_3_predict_pre_infer + r * 10;
            float *yr = dense_3_out_infer + r * 10;
            float mx = zr[0];
            for (int k = 1; k < 10; k++) mx = zr[k] > mx ? zr[k] : mx;
            float sum = 0.0f;
            for (int k = 0; k < 10; k++) { yr[k] = expf(zr[k] - mx); sum += yr[k]; }
            for (int k = 0; k < 10; k++) yr[k] /= sum;
        }
    }
}

/* k34_softmax_ce_sparse_n128_k10 — loss kernel
 *   node n34 "loss" (softmax_ce_sparse), from $.loss
 *   in  dense_3_pre                (128, 10) NC
 *   in  y                          (128) N
 *   out probs                      (128, 10) NC
 *   tmp dense_3_pre.per_sample     (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k34_softmax_ce_sparse_n128_k10(const float *restrict dense_3_pre, const int32_t *restrict y, float *restrict probs, float *restrict dense_3_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_3_pre_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_3_pre + (long)n * 10;
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

/* k35_softmax_ce_sparse_n128_k10 — loss kernel
 *   node n35 "loss_eval" (softmax_ce_sparse), from $.loss
 *   in  dense_3_pre_infer          (128, 10) NC
 *   in  y                          (128) N
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_3_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k35_softmax_ce_sparse_n128_k10(const float *restrict dense_3_pre_infer, const int32_t *restrict y, float *restrict probs_eval, float *restrict dense_3_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_3_pre_infer_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_3_pre_infer + (long)n * 10;
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

/* k36_softmax_ce_sparse_bwd_n128_k10 — loss kernel
 *   node n37 "dloss" (softmax_ce_sparse_bwd), from $.loss
 *   in  probs                      (128, 10) NC
 *   in  y                          (128) N
 *   out ddense_3_pre               (128, 10) NC
 *   schedule: OpenMP over samples; ISA generic */
void k36_softmax_ce_sparse_bwd_n128_k10(const float *restrict probs, const int32_t *restrict y, float *restrict ddense_3_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *p = probs + (long)n * 10;
        float *d = ddense_3_pre + (long)n * 10;
        const float inv = 1.0f / (float)nb;
        for (int k = 0; k < 10; k++) d[k] = p[k] * inv;
        d[y[n]] -= inv;
    }
}

/* k37_dense_bwd_weights_128x10 — gemm kernel
 *   node n38 "ddense_3.weights" (dense_bwd_weights), from $.layers[11]
 *   in  ddense_3_pre               (128, 10) NC
 *   in  dense_2_out                (128, 128) NC
 *   out ddense_3/kernel            (128, 10) IO
 *   out ddense_3/bias              (10) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k37_dense_bwd_weights_128x10(const float *restrict ddense_3_pre, const float *restrict dense_2_out, float *restrict ddense_3_kernel, float *restrict ddense_3_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 128; k++) {
        float *dwr = ddense_3_kernel + (long)k * 10;  /* the sums, in place */
        for (int m = 0; m < 10; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = dense_2_out[(long)n * 128 + k];
            for (int m = 0; m < 10; m++) dwr[m] += xv * ddense_3_pre[(long)n * 10 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 10; m++) ddense_3_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 10; m++) ddense_3_bias[m] += ddense_3_pre[(long)n * 10 + m];
    }
}

/* k38_dense_bwd_data_n128_k128 — gemm kernel
 *   node n39 "ddense_3.data" (dense_bwd_data), from $.layers[11]
 *   in  ddense_3_pre               (128, 10) NC
 *   in  dense_3/kernel             (128, 10) IO
 *   out ddense_2_out               (128, 128) NC
 *   tmp dense_3/kernel.transposed  (10, 128) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k38_dense_bwd_data_n128_k128(const float *restrict ddense_3_pre, const float *restrict dense_3_kernel, float *restrict ddense_2_out, float *restrict dense_3_kernel_transposed, int nb)
{
    /* Transposed kernel dense_3_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 128; k++)
        for (int m = 0; m < 10; m++) dense_3_kernel_transposed[m * 128 + k] = dense_3_kernel[k * 10 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = ddense_2_out + (long)n * 128;  /* the sums, in place */
        for (int k = 0; k < 128; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 10; m++) {
            const float d = ddense_3_pre[(long)n * 10 + m];
            for (int k = 0; k < 128; k++) dxr[k] += d * dense_3_kernel_transposed[m * 128 + k];
        }
    }
}

/* k39_relu_bwd_n128_k128 — eltwise kernel
 *   node n40 "ddense_2.relu" (relu_bwd), from $.layers[10]
 *   in  ddense_2_out               (128, 128) NC
 *   in  dense_2_out                (128, 128) NC
 *   out ddense_2_pre               (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k39_relu_bwd_n128_k128(const float *restrict ddense_2_out, const float *restrict dense_2_out, float *restrict ddense_2_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            ddense_2_pre[e] = dense_2_out[e] > 0.0f ? ddense_2_out[e] : 0.0f;
        }
    }
}

/* k40_dense_bwd_weights_128x128 — gemm kernel
 *   node n41 "ddense_2.weights" (dense_bwd_weights), from $.layers[10]
 *   in  ddense_2_pre               (128, 128) NC
 *   in  dense_1_out                (128, 128) NC
 *   out ddense_2/kernel            (128, 128) IO
 *   out ddense_2/bias              (128) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k40_dense_bwd_weights_128x128(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 128; k++) {
        float *dwr = ddense_2_kernel + (long)k * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = dense_1_out[(long)n * 128 + k];
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

/* k41_dense_bwd_data_n128_k128 — gemm kernel
 *   node n42 "ddense_2.data" (dense_bwd_data), from $.layers[10]
 *   in  ddense_2_pre               (128, 128) NC
 *   in  dense_2/kernel             (128, 128) IO
 *   out ddense_1_out               (128, 128) NC
 *   tmp dense_2/kernel.transposed  (128, 128) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k41_dense_bwd_data_n128_k128(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel, float *restrict ddense_1_out, float *restrict dense_2_kernel_transposed, int nb)
{
    /* Transposed kernel dense_2_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 128; k++)
        for (int m = 0; m < 128; m++) dense_2_kernel_transposed[m * 128 + k] = dense_2_kernel[k * 128 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = ddense_1_out + (long)n * 128;  /* the sums, in place */
        for (int k = 0; k < 128; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 128; m++) {
            const float d = ddense_2_pre[(long)n * 128 + m];
            for (int k = 0; k < 128; k++) dxr[k] += d * dense_2_kernel_transposed[m * 128 + k];
        }
    }
}

/* k42_relu_bwd_n128_k128 — eltwise kernel
 *   node n43 "ddense_1.relu" (relu_bwd), from $.layers[9]
 *   in  ddense_1_out               (128, 128) NC
 *   in  dense_1_out                (128, 128) NC
 *   out ddense_1_pre               (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k42_relu_bwd_n128_k128(const float *restrict ddense_1_out, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            ddense_1_pre[e] = dense_1_out[e] > 0.0f ? ddense_1_out[e] : 0.0f;
        }
    }
}

/* k43_dense_bwd_weights_128x128 — gemm kernel
 *   node n44 "ddense_1.weights" (dense_bwd_weights), from $.layers[9]
 *   in  ddense_1_pre               (128, 128) NC
 *   in  dense_out                  (128, 128) NC
 *   out ddense_1/kernel            (128, 128) IO
 *   out ddense_1/bias              (128) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k43_dense_bwd_weights_128x128(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 128; k++) {
        float *dwr = ddense_1_kernel + (long)k * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = dense_out[(long)n * 128 + k];
            for (int m = 0; m < 128; m++) dwr[m] += xv * ddense_1_pre[(long)n * 128 + m];
        }
    }
    #pragma omp single
    {
    for (int m = 0; m < 128; m++) ddense_1_bias[m] = 0.0f;
    for (int n = 0; n < nb; n++)
        for (int m = 0; m < 128; m++) ddense_1_bias[m] += ddense_1_pre[(long)n * 128 + m];
    }
}

/* k44_dense_bwd_data_n128_k128 — gemm kernel
 *   node n45 "ddense_1.data" (dense_bwd_data), from $.layers[9]
 *   in  ddense_1_pre               (128, 128) NC
 *   in  dense_1/kernel             (128, 128) IO
 *   out ddense_out                 (128, 128) NC
 *   tmp dense_1/kernel.transposed  (128, 128) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k44_dense_bwd_data_n128_k128(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict ddense_out, float *restrict dense_1_kernel_transposed, int nb)
{
    /* Transposed kernel dense_1_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 128; k++)
        for (int m = 0; m < 128; m++) dense_1_kernel_transposed[m * 128 + k] = dense_1_kernel[k * 128 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = ddense_out + (long)n * 128;  /* the sums, in place */
        for (int k = 0; k < 128; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 128; m++) {
            const float d = ddense_1_pre[(long)n * 128 + m];
            for (int k = 0; k < 128; k++) dxr[k] += d * dense_1_kernel_transposed[m * 128 + k];
        }
    }
}

/* k45_relu_bwd_n128_k128 — eltwise kernel
 *   node n46 "ddense.relu" (relu_bwd), from $.layers[8]
 *   in  ddense_out                 (128, 128) NC
 *   in  dense_out                  (128, 128) NC
 *   out ddense_pre                 (128, 128) NC
 *   schedule: OpenMP over samples; ISA generic */
void k45_relu_bwd_n128_k128(const float *restrict ddense_out, const float *restrict dense_out, float *restrict ddense_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 128; e < (long)(n + 1) * 128; e++) {
            ddense_pre[e] = dense_out[e] > 0.0f ? ddense_out[e] : 0.0f;
        }
    }
}

/* k46_dense_bwd_weights_700x128 — gemm kernel
 *   node n47 "ddense.weights" (dense_bwd_weights), from $.layers[8]
 *   in  ddense_pre                 (128, 128) NC
 *   in  flatten_out                (128, 700) NC
 *   out ddense/kernel              (700, 128) IO
 *   out ddense/bias                (128) C
 *   schedule: OpenMP over rows of the gradient; ISA generic */
void k46_dense_bwd_weights_700x128(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 700; k++) {
        float *dwr = ddense_kernel + (long)k * 128;  /* the sums, in place */
        for (int m = 0; m < 128; m++) dwr[m] = 0.0f;
        for (int n = 0; n < nb; n++) {
            const float xv = flatten_out[(long)n * 700 + k];
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

/* k47_dense_bwd_data_n128_k700 — gemm kernel
 *   node n48 "ddense.data" (dense_bwd_data), from $.layers[8]
 *   in  ddense_pre                 (128, 128) NC
 *   in  dense/kernel               (700, 128) IO
 *   out dflatten_out               (128, 700) NC
 *   tmp dense/kernel.transposed    (128, 700) IO, scratch
 *   schedule: OpenMP over samples; ISA generic */
void k47_dense_bwd_data_n128_k700(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict dflatten_out, float *restrict dense_kernel_transposed, int nb)
{
    /* Transposed kernel dense_kernel_transposed[m][k] = w[k][m]: the innermost loop runs over k. */
    #pragma omp for schedule(static)
    for (int k = 0; k < 700; k++)
        for (int m = 0; m < 128; m++) dense_kernel_transposed[m * 700 + k] = dense_kernel[k * 128 + m];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxr = dflatten_out + (long)n * 700;  /* the sums, in place */
        for (int k = 0; k < 700; k++) dxr[k] = 0.0f;
        for (int m = 0; m < 128; m++) {
            const float d = ddense_pre[(long)n * 128 + m];
            for (int k = 0; k < 700; k++) dxr[k] += d * dense_kernel_transposed[m * 700 + k];
        }
    }
}

/* k48_batchnorm_bwd_n128_h5w5c28 — batchnorm kernel
 *   node n49 "dbatch_normalization_1" (bn_bwd), from $.layers[6]
 *   in  dbatch_normalization_1_out (128, 5, 5, 28) NHWC
 *   in  max_pooling2d_1_out        (128, 5, 5, 28) NHWC
 *   in  batch_normalization_1/gamma (28) C
 *   in  batch_normalization_1_mean (28) C
 *   in  batch_normalization_1_invstd (28) C
 *   out dmax_pooling2d_1_out       (128, 5, 5, 28) NHWC
 *   out dbatch_normalization_1/gamma (28) C
 *   out dbatch_normalization_1/beta (28) C
 *   schedule: OpenMP over channel blocks; ISA generic */
void k48_batchnorm_bwd_n128_h5w5c28(const float *restrict dbatch_normalization_1_out, const float *restrict max_pooling2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dmax_pooling2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, int nb)
{
    const long rows = (long)nb * 25;
    #pragma omp for schedule(static)
    for (int c0 = 0; c0 < 28; c0 += 16) {
        const int cn = 28 - c0 < 16 ? 28 - c0 : 16;
        double sdy[16] = {0}, sdyx[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (max_pooling2d_1_out[r * 28 + c0 + c] - batch_normalization_1_mean[c0 + c]) * batch_normalization_1_invstd[c0 + c];
                sdy[c] += dbatch_normalization_1_out[r * 28 + c0 + c];
                sdyx[c] += dbatch_normalization_1_out[r * 28 + c0 + c] * xhat;
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
                const float xhat = (max_pooling2d_1_out[r * 28 + c0 + c] - batch_normalization_1_mean[c0 + c]) * batch_normalization_1_invstd[c0 + c];
                dmax_pooling2d_1_out[r * 28 + c0 + c] = k[c] * (dbatch_normalization_1_out[r * 28 + c0 + c] - mdy[c] - xhat * mdyx[c]);
            }
    }
}

/* k49_maxpool_bwd_n128_h11w11c28 — pool kernel
 *   node n50 "dmax_pooling2d_1" (maxpool_bwd), from $.layers[5]
 *   in  dmax_pooling2d_1_out       (128, 5, 5, 28) NHWC
 *   in  conv2d_1_out               (128, 11, 11, 28) NHWC
 *   out dconv2d_1_out              (128, 11, 11, 28) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k49_maxpool_bwd_n128_h11w11c28(const float *restrict dmax_pooling2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dconv2d_1_out + (long)n * 3388;
        const float *xn = conv2d_1_out + (long)n * 3388;
        memset(dxn, 0, sizeof(float) * 3388);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                const float *dyp = dmax_pooling2d_1_out + (((long)n * 5 + i) * 5 + j) * 28;
                for (int c = 0; c < 28; c++) {
                    float m = -INFINITY;
                    int at = -1;
                    for (int p = 0; p < 2; p++) {
                        const int h = i * 2 + p - 0;
                        if (h < 0 || h >= 11) continue;
                        for (int q = 0; q < 2; q++) {
                            const int v = j * 2 + q - 0;
                            if (v < 0 || v >= 11) continue;
                            const int e = (h * 11 + v) * 28 + c;
                            if (xn[e] > m || at < 0) { m = xn[e]; at = e; }
                        }
                    }
                    dxn[at] += dyp[c];
                }
            }
        }
    }
}

/* k50_relu_bwd_n128_h11w11c28 — eltwise kernel
 *   node n51 "dconv2d_1.relu" (relu_bwd), from $.layers[4]
 *   in  dconv2d_1_out              (128, 11, 11, 28) NHWC
 *   in  conv2d_1_out               (128, 11, 11, 28) NHWC
 *   out dconv2d_1_pre              (128, 11, 11, 28) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k50_relu_bwd_n128_h11w11c28(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 3388; e < (long)(n + 1) * 3388; e++) {
            dconv2d_1_pre[e] = conv2d_1_out[e] > 0.0f ? dconv2d_1_out[e] : 0.0f;
        }
    }
}

/* k51_conv2d_bwd_weights_3x3x28x28 — conv_bwd_weights kernel
 *   node n52 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[4]
 *   in  dconv2d_1_pre              (128, 11, 11, 28) NHWC
 *   in  batch_normalization_out    (128, 13, 13, 28) NHWC
 *   out dconv2d_1/kernel           (3, 3, 28, 28) HWIO
 *   out dconv2d_1/bias             (28) C
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k51_conv2d_bwd_weights_3x3x28x28(const float *restrict dconv2d_1_pre, const float *restrict batch_normalization_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 16 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 18; unit++) {
        const int p = unit / 6, q = unit / 2 % 3, c0 = unit % 2 * 16;
        const int cn = 28 - c0 < 16 ? 28 - c0 : 16;
        float *dwu = dconv2d_1_kernel + (long)(p * 3 + q) * 784 + (long)c0 * 28;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 28);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 11; i++) {
                const int h = i * 1 + p - 0;
                for (int j = 0; j < 11; j++) {
                    const int v = j * 1 + q - 0;
                    const float *xp = batch_normalization_out + (((long)n * 13 + h) * 13 + v) * 28 + c0;
                    const float *dyp = dconv2d_1_pre + (((long)n * 11 + i) * 11 + j) * 28;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 28; f++) dwu[(long)c * 28 + f] += xv * dyp[f];
                    }
                }
            }
        }
    }
    /* Bias gradient: sum of dy over samples and pixels, in sample order. */
    #pragma omp single
    {
    for (int f = 0; f < 28; f++) dconv2d_1_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 121; r++)
        for (int f = 0; f < 28; f++) dconv2d_1_bias[f] += dconv2d_1_pre[r * 28 + f];
    }
}

/* k52_conv2d_bwd_data_n128_h13w13c28 — conv_bwd_data kernel
 *   node n53 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[4]
 *   in  dconv2d_1_pre              (128, 11, 11, 28) NHWC
 *   in  conv2d_1/kernel            (3, 3, 28, 28) HWIO
 *   out dbatch_normalization_out   (128, 13, 13, 28) NHWC
 *   tmp conv2d_1/kernel.transposed (3, 3, 28, 28) HWIO, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k52_conv2d_bwd_data_n128_h13w13c28(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel, float *restrict dbatch_normalization_out, float *restrict conv2d_1_kernel_transposed, int nb)
{
    /* Transposed kernel conv2d_1_kernel_transposed[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */
    #pragma omp for schedule(static)
    for (int pq = 0; pq < 9; pq++)
        for (int c = 0; c < 28; c++)
            for (int f = 0; f < 28; f++) conv2d_1_kernel_transposed[(pq * 28 + f) * 28 + c] = conv2d_1_kernel[(pq * 28 + c) * 28 + f];
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (int h = 0; h < 13; h++) {
            for (int v = 0; v < 13; v++) {
                float *dxp = dbatch_normalization_out + (((long)n * 13 + h) * 13 + v) * 28;  /* the sums, in place */
                for (int c = 0; c < 28; c++) dxp[c] = 0.0f;
                for (int p = 0; p < 3; p++) {
                    const int ih = h + 0 - p;
                    if (ih < 0 || ih >= 11) continue;
                    const int i = ih;
                    for (int q = 0; q < 3; q++) {
                        const int jw = v + 0 - q;
                        if (jw < 0 || jw >= 11) continue;
                        const int j = jw;
                        const float *dyp = dconv2d_1_pre + (((long)n * 11 + i) * 11 + j) * 28;
                        const float *wp = conv2d_1_kernel_transposed + (p * 3 + q) * 784;
                        for (int f = 0; f < 28; f++) {
                            const float d = dyp[f];
                            for (int c = 0; c < 28; c++) dxp[c] += d * wp[f * 28 + c];
                        }
                    }
                }
            }
        }
    }
}

/* k53_batchnorm_bwd_n128_h13w13c28 — batchnorm kernel
 *   node n54 "dbatch_normalization" (bn_bwd), from $.layers[3]
 *   in  dbatch_normalization_out   (128, 13, 13, 28) NHWC
 *   in  max_pooling2d_out          (128, 13, 13, 28) NHWC
 *   in  batch_normalization/gamma  (28) C
 *   in  batch_normalization_mean   (28) C
 *   in  batch_normalization_invstd (28) C
 *   out dmax_pooling2d_out         (128, 13, 13, 28) NHWC
 *   out dbatch_normalization/gamma (28) C
 *   out dbatch_normalization/beta  (28) C
 *   schedule: OpenMP over channel blocks; ISA generic */
void k53_batchnorm_bwd_n128_h13w13c28(const float *restrict dbatch_normalization_out, const float *restrict max_pooling2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dmax_pooling2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, int nb)
{
    const long rows = (long)nb * 169;
    #pragma omp for schedule(static)
    for (int c0 = 0; c0 < 28; c0 += 16) {
        const int cn = 28 - c0 < 16 ? 28 - c0 : 16;
        double sdy[16] = {0}, sdyx[16] = {0};
        for (long r = 0; r < rows; r++)
            for (int c = 0; c < cn; c++) {
                const float xhat = (max_pooling2d_out[r * 28 + c0 + c] - batch_normalization_mean[c0 + c]) * batch_normalization_invstd[c0 + c];
                sdy[c] += dbatch_normalization_out[r * 28 + c0 + c];
                sdyx[c] += dbatch_normalization_out[r * 28 + c0 + c] * xhat;
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
                const float xhat = (max_pooling2d_out[r * 28 + c0 + c] - batch_normalization_mean[c0 + c]) * batch_normalization_invstd[c0 + c];
                dmax_pooling2d_out[r * 28 + c0 + c] = k[c] * (dbatch_normalization_out[r * 28 + c0 + c] - mdy[c] - xhat * mdyx[c]);
            }
    }
}

/* k54_maxpool_bwd_n128_h26w26c28 — pool kernel
 *   node n55 "dmax_pooling2d" (maxpool_bwd), from $.layers[2]
 *   in  dmax_pooling2d_out         (128, 13, 13, 28) NHWC
 *   in  conv2d_out                 (128, 26, 26, 28) NHWC
 *   out dconv2d_out                (128, 26, 26, 28) NHWC
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA generic */
void k54_maxpool_bwd_n128_h26w26c28(const float *restrict dmax_pooling2d_out, const float *restrict conv2d_out, float *restrict dconv2d_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        float *dxn = dconv2d_out + (long)n * 18928;
        const float *xn = conv2d_out + (long)n * 18928;
        memset(dxn, 0, sizeof(float) * 18928);
        for (int i = 0; i < 13; i++) {
            for (int j = 0; j < 13; j++) {
                /* the first maximum of each window (row-major p, q) takes the gradient */
                const float *dyp = dmax_pooling2d_out + (((long)n * 13 + i) * 13 + j) * 28;
                for (int c = 0; c < 28; c++) {
                    float m = -INFINITY;
                    int at = -1;
                    for (int p = 0; p < 2; p++) {
                        const int h = i * 2 + p - 0;
                        if (h < 0 || h >= 26) continue;
                        for (int q = 0; q < 2; q++) {
                            const int v = j * 2 + q - 0;
                            if (v < 0 || v >= 26) continue;
                            const int e = (h * 26 + v) * 28 + c;
                            if (xn[e] > m || at < 0) { m = xn[e]; at = e; }
                        }
                    }
                    dxn[at] += dyp[c];
                }
            }
        }
    }
}

/* k55_relu_bwd_n128_h26w26c28 — eltwise kernel
 *   node n56 "dconv2d.relu" (relu_bwd), from $.layers[1]
 *   in  dconv2d_out                (128, 26, 26, 28) NHWC
 *   in  conv2d_out                 (128, 26, 26, 28) NHWC
 *   out dconv2d_pre                (128, 26, 26, 28) NHWC
 *   schedule: OpenMP over samples; ISA generic */
void k55_relu_bwd_n128_h26w26c28(const float *restrict dconv2d_out, const float *restrict conv2d_out, float *restrict dconv2d_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 18928; e < (long)(n + 1) * 18928; e++) {
            dconv2d_pre[e] = conv2d_out[e] > 0.0f ? dconv2d_out[e] : 0.0f;
        }
    }
}

/* k56_conv2d_bwd_weights_3x3x1x28 — conv_bwd_weights kernel
 *   node n57 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[1]
 *   in  dconv2d_pre                (128, 26, 26, 28) NHWC
 *   in  rescaling_out              (128, 28, 28, 1) NHWC
 *   out dconv2d/kernel             (3, 3, 1, 28) HWIO
 *   out dconv2d/bias               (28) C
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   schedule: OpenMP over filter taps x channel blocks; ISA generic */
void k56_conv2d_bwd_weights_3x3x1x28(const float *restrict dconv2d_pre, const float *restrict rescaling_out, float *restrict dconv2d_kernel, float *restrict dconv2d_bias, int nb)
{
    /* One work unit per filter tap (p, q) and block of 1 input channels; each
       owns its slice of the kernel gradient, so no reduction crosses threads. */
    #pragma omp for schedule(static)
    for (int unit = 0; unit < 9; unit++) {
        const int p = unit / 3, q = unit / 1 % 3, c0 = unit % 1 * 1;
        const int cn = 1 - c0 < 1 ? 1 - c0 : 1;
        float *dwu = dconv2d_kernel + (long)(p * 3 + q) * 28 + (long)c0 * 28;  /* the unit's slice: the sums, in place */
        memset(dwu, 0, sizeof(float) * (size_t)cn * 28);
        for (int n = 0; n < nb; n++) {
            for (int i = 0; i < 26; i++) {
                const int h = i * 1 + p - 0;
                for (int j = 0; j < 26; j++) {
                    const int v = j * 1 + q - 0;
                    const float *xp = rescaling_out + (((long)n * 28 + h) * 28 + v) * 1 + c0;
                    const float *dyp = dconv2d_pre + (((long)n * 26 + i) * 26 + j) * 28;
                    for (int c = 0; c < cn; c++) {
                        const float xv = xp[c];
                        for (int f = 0; f < 28; f++) dwu[(long)c * 28 + f] += xv * dyp[f];
                    }
                }
            }
        }
    }
    /* Bias gradient: sum of dy over samples and pixels, in sample order. */
    #pragma omp single
    {
    for (int f = 0; f < 28; f++) dconv2d_bias[f] = 0.0f;
    for (long r = 0; r < (long)nb * 676; r++)
        for (int f = 0; f < 28; f++) dconv2d_bias[f] += dconv2d_pre[r * 28 + f];
    }
}

/* k57_adam_update_p131552 — optimizer kernel
 *   node n58 "adam" (adam_update), from $.optimizer
 *   schedule: OpenMP over elements; ISA generic */
void k57_adam_update_p131552(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    /* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */
    const float lr_t = (float)(lr * sqrt(1.0 - pow(0.999000013f, (double)t)) / (1.0 - pow(0.899999976f, (double)t)));
    #pragma omp for schedule(static)
    for (long i = 0; i < 131552; i++) {
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
    float *const rescaling_out = A + 7268352;  /* rescaling_out (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 28) */
    float *const conv2d_bias = P + 256;  /* conv2d/bias (28) */
    float *const conv2d_pre = A + 0;  /* conv2d_pre (128, 26, 26, 28) */
    float *const conv2d_out = A + 2422784;  /* conv2d_out (128, 26, 26, 28) */
    float *const max_pooling2d_out = A + 0;  /* max_pooling2d_out (128, 13, 13, 28) */
    float *const batch_normalization_gamma = P + 288;  /* batch_normalization/gamma (28) */
    float *const batch_normalization_beta = P + 320;  /* batch_normalization/beta (28) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (28) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (28) */
    float *const batch_normalization_out = A + 605696;  /* batch_normalization_out (128, 13, 13, 28) */
    float *const batch_normalization_mean = A + 2168320;  /* batch_normalization_mean (28) */
    float *const batch_normalization_invstd = A + 2168352;  /* batch_normalization_invstd (28) */
    float *const conv2d_1_kernel = P + 352;  /* conv2d_1/kernel (3, 3, 28, 28) */
    float *const conv2d_1_bias = P + 7408;  /* conv2d_1/bias (28) */
    float *const conv2d_1_pre = A + 1211392;  /* conv2d_1_pre (128, 11, 11, 28) */
    float *const conv2d_1_out = A + 1645056;  /* conv2d_1_out (128, 11, 11, 28) */
    float *const max_pooling2d_1_out = A + 1211392;  /* max_pooling2d_1_out (128, 5, 5, 28) */
    float *const batch_normalization_1_gamma = P + 7440;  /* batch_normalization_1/gamma (28) */
    float *const batch_normalization_1_beta = P + 7472;  /* batch_normalization_1/beta (28) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (28) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (28) */
    float *const batch_normalization_1_out = A + 1300992;  /* batch_normalization_1_out (128, 5, 5, 28) */
    float *const batch_normalization_1_mean = A + 1496576;  /* batch_normalization_1_mean (28) */
    float *const batch_normalization_1_invstd = A + 1496608;  /* batch_normalization_1_invstd (28) */
    float *const flatten_out = A + 1300992;  /* flatten_out (128, 700) */
    float *const dense_kernel = P + 7504;  /* dense/kernel (700, 128) */
    float *const dense_bias = P + 97104;  /* dense/bias (128) */
    float *const dense_pre = A + 1390592;  /* dense_pre (128, 128) */
    float *const dense_out = A + 1406976;  /* dense_out (128, 128) */
    float *const dense_1_kernel = P + 97232;  /* dense_1/kernel (128, 128) */
    float *const dense_1_bias = P + 113616;  /* dense_1/bias (128) */
    float *const dense_1_pre = A + 1390592;  /* dense_1_pre (128, 128) */
    float *const dense_1_out = A + 1423360;  /* dense_1_out (128, 128) */
    float *const dense_2_kernel = P + 113744;  /* dense_2/kernel (128, 128) */
    float *const dense_2_bias = P + 130128;  /* dense_2/bias (128) */
    float *const dense_2_pre = A + 1390592;  /* dense_2_pre (128, 128) */
    float *const dense_2_out = A + 1439744;  /* dense_2_out (128, 128) */
    float *const dense_3_kernel = P + 130256;  /* dense_3/kernel (128, 10) */
    float *const dense_3_bias = P + 131536;  /* dense_3/bias (10) */
    float *const dense_3_pre = A + 1390592;  /* dense_3_pre (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const probs = A + 1391872;  /* probs (128, 10) */
    float *const dense_3_pre_per_sample = A + 1393152;  /* dense_3_pre.per_sample (512) */
    float *const ddense_3_pre = A + 1456128;  /* ddense_3_pre (128, 10) */
    float *const ddense_3_kernel = G + 130256;  /* ddense_3/kernel (128, 10) */
    float *const ddense_3_bias = G + 131536;  /* ddense_3/bias (10) */
    float *const ddense_2_out = A + 1390592;  /* ddense_2_out (128, 128) */
    float *const dense_3_kernel_transposed = A + 1457408;  /* dense_3/kernel.transposed (10, 128) */
    float *const ddense_2_pre = A + 1456128;  /* ddense_2_pre (128, 128) */
    float *const ddense_2_kernel = G + 113744;  /* ddense_2/kernel (128, 128) */
    float *const ddense_2_bias = G + 130128;  /* ddense_2/bias (128) */
    float *const ddense_1_out = A + 1390592;  /* ddense_1_out (128, 128) */
    float *const dense_2_kernel_transposed = A + 1439744;  /* dense_2/kernel.transposed (128, 128) */
    float *const ddense_1_pre = A + 1439744;  /* ddense_1_pre (128, 128) */
    float *const ddense_1_kernel = G + 97232;  /* ddense_1/kernel (128, 128) */
    float *const ddense_1_bias = G + 113616;  /* ddense_1/bias (128) */
    float *const ddense_out = A + 1390592;  /* ddense_out (128, 128) */
    float *const dense_1_kernel_transposed = A + 1423360;  /* dense_1/kernel.transposed (128, 128) */
    float *const ddense_pre = A + 1480192;  /* ddense_pre (128, 128) */
    float *const ddense_kernel = G + 7504;  /* ddense/kernel (700, 128) */
    float *const ddense_bias = G + 97104;  /* ddense/bias (128) */
    float *const dflatten_out = A + 1300992;  /* dflatten_out (128, 700) */
    float *const dense_kernel_transposed = A + 1390592;  /* dense/kernel.transposed (128, 700) */
    float *const dbatch_normalization_1_out = A + 1300992;  /* dbatch_normalization_1_out (128, 5, 5, 28) */
    float *const dmax_pooling2d_1_out = A + 2078720;  /* dmax_pooling2d_1_out (128, 5, 5, 28) */
    float *const dbatch_normalization_1_gamma = G + 7440;  /* dbatch_normalization_1/gamma (28) */
    float *const dbatch_normalization_1_beta = G + 7472;  /* dbatch_normalization_1/beta (28) */
    float *const dconv2d_1_out = A + 1211392;  /* dconv2d_1_out (128, 11, 11, 28) */
    float *const dconv2d_1_pre = A + 4845568;  /* dconv2d_1_pre (128, 11, 11, 28) */
    float *const dconv2d_1_kernel = G + 352;  /* dconv2d_1/kernel (3, 3, 28, 28) */
    float *const dconv2d_1_bias = G + 7408;  /* dconv2d_1/bias (28) */
    float *const dbatch_normalization_out = A + 605696;  /* dbatch_normalization_out (128, 13, 13, 28) */
    float *const conv2d_1_kernel_transposed = A + 1211392;  /* conv2d_1/kernel.transposed (3, 3, 28, 28) */
    float *const dmax_pooling2d_out = A + 4845568;  /* dmax_pooling2d_out (128, 13, 13, 28) */
    float *const dbatch_normalization_gamma = G + 288;  /* dbatch_normalization/gamma (28) */
    float *const dbatch_normalization_beta = G + 320;  /* dbatch_normalization/beta (28) */
    float *const dconv2d_out = A + 0;  /* dconv2d_out (128, 26, 26, 28) */
    float *const dconv2d_pre = A + 4845568;  /* dconv2d_pre (128, 26, 26, 28) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 1, 28) */
    float *const dconv2d_bias = G + 256;  /* dconv2d/bias (28) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 6779006 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 6779005.5 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_rescale_n128_h28w28c1(x, rescaling_out, nb);
        k01_conv2d_fwd_n128_h26w26c28(rescaling_out, conv2d_kernel, conv2d_bias, conv2d_pre, nb);
        k02_relu_n128_h26w26c28(conv2d_pre, conv2d_out, nb);
        k03_maxpool_fwd_n128_h13w13c28(conv2d_out, max_pooling2d_out, nb);
        k04_batchnorm_fwd_training_n128_h13w13c28(max_pooling2d_out, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out, batch_normalization_mean, batch_normalization_invstd, nb);
        k05_conv2d_fwd_n128_h11w11c28(batch_normalization_out, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre, nb);
        k06_relu_n128_h11w11c28(conv2d_1_pre, conv2d_1_out, nb);
        k07_maxpool_fwd_n128_h5w5c28(conv2d_1_out, max_pooling2d_1_out, nb);
        k08_batchnorm_fwd_training_n128_h5w5c28(max_pooling2d_1_out, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out, batch_normalization_1_mean, batch_normalization_1_invstd, nb);
        k09_dense_fwd_n128_k128(flatten_out, dense_kernel, dense_bias, dense_pre, nb);
        k10_relu_n128_k128(dense_pre, dense_out, nb);
        k11_dense_fwd_n128_k128(dense_out, dense_1_kernel, dense_1_bias, dense_1_pre, nb);
        k12_relu_n128_k128(dense_1_pre, dense_1_out, nb);
        k13_dense_fwd_n128_k128(dense_1_out, dense_2_kernel, dense_2_bias, dense_2_pre, nb);
        k14_relu_n128_k128(dense_2_pre, dense_2_out, nb);
        k15_dense_fwd_n128_k10(dense_2_out, dense_3_kernel, dense_3_bias, dense_3_pre, nb);
        k34_softmax_ce_sparse_n128_k10(dense_3_pre, y, probs, dense_3_pre_per_sample, nb, &s->loss, &s->metric);
        k36_softmax_ce_sparse_bwd_n128_k10(probs, y, ddense_3_pre, nb);
        k37_dense_bwd_weights_128x10(ddense_3_pre, dense_2_out, ddense_3_kernel, ddense_3_bias, nb);
        k38_dense_bwd_data_n128_k128(ddense_3_pre, dense_3_kernel, ddense_2_out, dense_3_kernel_transposed, nb);
        k39_relu_bwd_n128_k128(ddense_2_out, dense_2_out, ddense_2_pre, nb);
        k40_dense_bwd_weights_128x128(ddense_2_pre, dense_1_out, ddense_2_kernel, ddense_2_bias, nb);
        k41_dense_bwd_data_n128_k128(ddense_2_pre, dense_2_kernel, ddense_1_out, dense_2_kernel_transposed, nb);
        k42_relu_bwd_n128_k128(ddense_1_out, dense_1_out, ddense_1_pre, nb);
        k43_dense_bwd_weights_128x128(ddense_1_pre, dense_out, ddense_1_kernel, ddense_1_bias, nb);
        k44_dense_bwd_data_n128_k128(ddense_1_pre, dense_1_kernel, ddense_out, dense_1_kernel_transposed, nb);
        k45_relu_bwd_n128_k128(ddense_out, dense_out, ddense_pre, nb);
        k46_dense_bwd_weights_700x128(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k47_dense_bwd_data_n128_k700(ddense_pre, dense_kernel, dflatten_out, dense_kernel_transposed, nb);
        k48_batchnorm_bwd_n128_h5w5c28(dbatch_normalization_1_out, max_pooling2d_1_out, batch_normalization_1_gamma, batch_normalization_1_mean, batch_normalization_1_invstd, dmax_pooling2d_1_out, dbatch_normalization_1_gamma, dbatch_normalization_1_beta, nb);
        k49_maxpool_bwd_n128_h11w11c28(dmax_pooling2d_1_out, conv2d_1_out, dconv2d_1_out, nb);
        k50_relu_bwd_n128_h11w11c28(dconv2d_1_out, conv2d_1_out, dconv2d_1_pre, nb);
        k51_conv2d_bwd_weights_3x3x28x28(dconv2d_1_pre, batch_normalization_out, dconv2d_1_kernel, dconv2d_1_bias, nb);
        k52_conv2d_bwd_data_n128_h13w13c28(dconv2d_1_pre, conv2d_1_kernel, dbatch_normalization_out, conv2d_1_kernel_transposed, nb);
        k53_batchnorm_bwd_n128_h13w13c28(dbatch_normalization_out, max_pooling2d_out, batch_normalization_gamma, batch_normalization_mean, batch_normalization_invstd, dmax_pooling2d_out, dbatch_normalization_gamma, dbatch_normalization_beta, nb);
        k54_maxpool_bwd_n128_h26w26c28(dmax_pooling2d_out, conv2d_out, dconv2d_out, nb);
        k55_relu_bwd_n128_h26w26c28(dconv2d_out, conv2d_out, dconv2d_pre, nb);
        k56_conv2d_bwd_weights_3x3x1x28(dconv2d_pre, rescaling_out, dconv2d_kernel, dconv2d_bias, nb);
        k57_adam_update_p131552(P, G, M, V, s->step, s->learning_rate);
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
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const rescaling_out_infer = A + 2422784;  /* rescaling_out_infer (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 28) */
    float *const conv2d_bias = P + 256;  /* conv2d/bias (28) */
    float *const conv2d_pre_infer = A + 0;  /* conv2d_pre_infer (128, 26, 26, 28) */
    float *const conv2d_out_infer = A + 2422784;  /* conv2d_out_infer (128, 26, 26, 28) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 13, 13, 28) */
    float *const batch_normalization_gamma = P + 288;  /* batch_normalization/gamma (28) */
    float *const batch_normalization_beta = P + 320;  /* batch_normalization/beta (28) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (28) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (28) */
    float *const batch_normalization_out_infer = A + 605696;  /* batch_normalization_out_infer (128, 13, 13, 28) */
    float *const conv2d_1_kernel = P + 352;  /* conv2d_1/kernel (3, 3, 28, 28) */
    float *const conv2d_1_bias = P + 7408;  /* conv2d_1/bias (28) */
    float *const conv2d_1_pre_infer = A + 0;  /* conv2d_1_pre_infer (128, 11, 11, 28) */
    float *const conv2d_1_out_infer = A + 433664;  /* conv2d_1_out_infer (128, 11, 11, 28) */
    float *const max_pooling2d_1_out_infer = A + 0;  /* max_pooling2d_1_out_infer (128, 5, 5, 28) */
    float *const batch_normalization_1_gamma = P + 7440;  /* batch_normalization_1/gamma (28) */
    float *const batch_normalization_1_beta = P + 7472;  /* batch_normalization_1/beta (28) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (28) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (28) */
    float *const batch_normalization_1_out_infer = A + 89600;  /* batch_normalization_1_out_infer (128, 5, 5, 28) */
    float *const flatten_out_infer = A + 89600;  /* flatten_out_infer (128, 700) */
    float *const dense_kernel = P + 7504;  /* dense/kernel (700, 128) */
    float *const dense_bias = P + 97104;  /* dense/bias (128) */
    float *const dense_pre_infer = A + 0;  /* dense_pre_infer (128, 128) */
    float *const dense_out_infer = A + 16384;  /* dense_out_infer (128, 128) */
    float *const dense_1_kernel = P + 97232;  /* dense_1/kernel (128, 128) */
    float *const dense_1_bias = P + 113616;  /* dense_1/bias (128) */
    float *const dense_1_pre_infer = A + 0;  /* dense_1_pre_infer (128, 128) */
    float *const dense_1_out_infer = A + 16384;  /* dense_1_out_infer (128, 128) */
    float *const dense_2_kernel = P + 113744;  /* dense_2/kernel (128, 128) */
    float *const dense_2_bias = P + 130128;  /* dense_2/bias (128) */
    float *const dense_2_pre_infer = A + 0;  /* dense_2_pre_infer (128, 128) */
    float *const dense_2_out_infer = A + 16384;  /* dense_2_out_infer (128, 128) */
    float *const dense_3_kernel = P + 130256;  /* dense_3/kernel (128, 10) */
    float *const dense_3_bias = P + 131536;  /* dense_3/bias (10) */
    float *const dense_3_pre_infer = A + 0;  /* dense_3_pre_infer (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    float *const dense_3_pre_infer_per_sample = A + 2560;  /* dense_3_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 2375132 FLOP per sample: threads from 2 samples on */
    #pragma omp parallel if ((double)nb * 2375132 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k16_rescale_n128_h28w28c1(x, rescaling_out_infer, nb);
        k17_conv2d_fwd_n128_h26w26c28(rescaling_out_infer, conv2d_kernel, conv2d_bias, conv2d_pre_infer, nb);
        k18_relu_n128_h26w26c28(conv2d_pre_infer, conv2d_out_infer, nb);
        k19_maxpool_fwd_n128_h13w13c28(conv2d_out_infer, max_pooling2d_out_infer, nb);
        k20_batchnorm_fwd_inference_n128_h13w13c28(max_pooling2d_out_infer, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out_infer, nb);
        k21_conv2d_fwd_n128_h11w11c28(batch_normalization_out_infer, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre_infer, nb);
        k22_relu_n128_h11w11c28(conv2d_1_pre_infer, conv2d_1_out_infer, nb);
        k23_maxpool_fwd_n128_h5w5c28(conv2d_1_out_infer, max_pooling2d_1_out_infer, nb);
        k24_batchnorm_fwd_inference_n128_h5w5c28(max_pooling2d_1_out_infer, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out_infer, nb);
        k25_dense_fwd_n128_k128(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
        k26_relu_n128_k128(dense_pre_infer, dense_out_infer, nb);
        k27_dense_fwd_n128_k128(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
        k28_relu_n128_k128(dense_1_pre_infer, dense_1_out_infer, nb);
        k29_dense_fwd_n128_k128(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_pre_infer, nb);
        k30_relu_n128_k128(dense_2_pre_infer, dense_2_out_infer, nb);
        k31_dense_fwd_n128_k10(dense_2_out_infer, dense_3_kernel, dense_3_bias, dense_3_pre_infer, nb);
        k35_softmax_ce_sparse_n128_k10(dense_3_pre_infer, y, probs_eval, dense_3_pre_infer_per_sample, nb, &s->loss, &s->metric);
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
    float *const S = s->state;
    float *const A = s->arena;
    (void)A;
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const rescaling_out_infer = A + 2422784;  /* rescaling_out_infer (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 28) */
    float *const conv2d_bias = P + 256;  /* conv2d/bias (28) */
    float *const conv2d_pre_infer = A + 0;  /* conv2d_pre_infer (128, 26, 26, 28) */
    float *const conv2d_out_infer = A + 2422784;  /* conv2d_out_infer (128, 26, 26, 28) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 13, 13, 28) */
    float *const batch_normalization_gamma = P + 288;  /* batch_normalization/gamma (28) */
    float *const batch_normalization_beta = P + 320;  /* batch_normalization/beta (28) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (28) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (28) */
    float *const batch_normalization_out_infer = A + 605696;  /* batch_normalization_out_infer (128, 13, 13, 28) */
    float *const conv2d_1_kernel = P + 352;  /* conv2d_1/kernel (3, 3, 28, 28) */
    float *const conv2d_1_bias = P + 7408;  /* conv2d_1/bias (28) */
    float *const conv2d_1_pre_infer = A + 0;  /* conv2d_1_pre_infer (128, 11, 11, 28) */
    float *const conv2d_1_out_infer = A + 433664;  /* conv2d_1_out_infer (128, 11, 11, 28) */
    float *const max_pooling2d_1_out_infer = A + 0;  /* max_pooling2d_1_out_infer (128, 5, 5, 28) */
    float *const batch_normalization_1_gamma = P + 7440;  /* batch_normalization_1/gamma (28) */
    float *const batch_normalization_1_beta = P + 7472;  /* batch_normalization_1/beta (28) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (28) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (28) */
    float *const batch_normalization_1_out_infer = A + 89600;  /* batch_normalization_1_out_infer (128, 5, 5, 28) */
    float *const flatten_out_infer = A + 89600;  /* flatten_out_infer (128, 700) */
    float *const dense_kernel = P + 7504;  /* dense/kernel (700, 128) */
    float *const dense_bias = P + 97104;  /* dense/bias (128) */
    float *const dense_pre_infer = A + 0;  /* dense_pre_infer (128, 128) */
    float *const dense_out_infer = A + 16384;  /* dense_out_infer (128, 128) */
    float *const dense_1_kernel = P + 97232;  /* dense_1/kernel (128, 128) */
    float *const dense_1_bias = P + 113616;  /* dense_1/bias (128) */
    float *const dense_1_pre_infer = A + 0;  /* dense_1_pre_infer (128, 128) */
    float *const dense_1_out_infer = A + 16384;  /* dense_1_out_infer (128, 128) */
    float *const dense_2_kernel = P + 113744;  /* dense_2/kernel (128, 128) */
    float *const dense_2_bias = P + 130128;  /* dense_2/bias (128) */
    float *const dense_2_pre_infer = A + 0;  /* dense_2_pre_infer (128, 128) */
    float *const dense_2_out_infer = A + 16384;  /* dense_2_out_infer (128, 128) */
    float *const dense_3_kernel = P + 130256;  /* dense_3/kernel (128, 10) */
    float *const dense_3_bias = P + 131536;  /* dense_3/bias (10) */
    float *const dense_3_predict_pre_infer = A + 1280;  /* dense_3_predict_pre_infer (128, 10) */
    float *const dense_3_out_infer = s->out;  /* dense_3_out_infer (128, 10) */
    /* 2375152 FLOP per sample: threads from 2 samples on */
    #pragma omp parallel if ((double)nb * 2375152 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k16_rescale_n128_h28w28c1(x, rescaling_out_infer, nb);
        k17_conv2d_fwd_n128_h26w26c28(rescaling_out_infer, conv2d_kernel, conv2d_bias, conv2d_pre_infer, nb);
        k18_relu_n128_h26w26c28(conv2d_pre_infer, conv2d_out_infer, nb);
        k19_maxpool_fwd_n128_h13w13c28(conv2d_out_infer, max_pooling2d_out_infer, nb);
        k20_batchnorm_fwd_inference_n128_h13w13c28(max_pooling2d_out_infer, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out_infer, nb);
        k21_conv2d_fwd_n128_h11w11c28(batch_normalization_out_infer, conv2d_1_kernel, conv2d_1_bias, conv2d_1_pre_infer, nb);
        k22_relu_n128_h11w11c28(conv2d_1_pre_infer, conv2d_1_out_infer, nb);
        k23_maxpool_fwd_n128_h5w5c28(conv2d_1_out_infer, max_pooling2d_1_out_infer, nb);
        k24_batchnorm_fwd_inference_n128_h5w5c28(max_pooling2d_1_out_infer, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out_infer, nb);
        k25_dense_fwd_n128_k128(flatten_out_infer, dense_kernel, dense_bias, dense_pre_infer, nb);
        k26_relu_n128_k128(dense_pre_infer, dense_out_infer, nb);
        k27_dense_fwd_n128_k128(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_pre_infer, nb);
        k28_relu_n128_k128(dense_1_pre_infer, dense_1_out_infer, nb);
        k29_dense_fwd_n128_k128(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_pre_infer, nb);
        k30_relu_n128_k128(dense_2_pre_infer, dense_2_out_infer, nb);
        k32_dense_fwd_n128_k10(dense_2_out_infer, dense_3_kernel, dense_3_bias, dense_3_predict_pre_infer, nb);
        k33_softmax_n128_k10(dense_3_predict_pre_infer, dense_3_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"rescaling_out", KILN_ROLE_ACT, 4, {128, 28, 28, 1}, "NHWC", 7268352, 100352, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 1, 28}, "HWIO", 0, 252, 3, 9, 252},
    {"conv2d/bias", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 256, 28, 1, 0, 0},
    {"conv2d_pre", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "NHWC", 0, 2422784, 0, 0, 0},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "NHWC", 2422784, 2422784, 0, 0, 0},
    {"max_pooling2d_out", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "NHWC", 0, 605696, 0, 0, 0},
    {"batch_normalization/gamma", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 288, 28, 2, 0, 0},
    {"batch_normalization/beta", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 320, 28, 1, 0, 0},
    {"batch_normalization/moving_mean", KILN_ROLE_STATE, 1, {28, 0, 0, 0}, "C", 0, 28, 1, 0, 0},
    {"batch_normalization/moving_variance", KILN_ROLE_STATE, 1, {28, 0, 0, 0}, "C", 32, 28, 2, 0, 0},
    {"batch_normalization_out", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "NHWC", 605696, 605696, 0, 0, 0},
    {"batch_normalization_mean", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 2168320, 28, 0, 0, 0},
    {"batch_normalization_invstd", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 2168352, 28, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 28, 28}, "HWIO", 352, 7056, 3, 252, 252},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 7408, 28, 1, 0, 0},
    {"conv2d_1_pre", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "NHWC", 1211392, 433664, 0, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "NHWC", 1645056, 433664, 0, 0, 0},
    {"max_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "NHWC", 1211392, 89600, 0, 0, 0},
    {"batch_normalization_1/gamma", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 7440, 28, 2, 0, 0},
    {"batch_normalization_1/beta", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 7472, 28, 1, 0, 0},
    {"batch_normalization_1/moving_mean", KILN_ROLE_STATE, 1, {28, 0, 0, 0}, "C", 64, 28, 1, 0, 0},
    {"batch_normalization_1/moving_variance", KILN_ROLE_STATE, 1, {28, 0, 0, 0}, "C", 96, 28, 2, 0, 0},
    {"batch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "NHWC", 1300992, 89600, 0, 0, 0},
    {"batch_normalization_1_mean", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 1496576, 28, 0, 0, 0},
    {"batch_normalization_1_invstd", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 1496608, 28, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {700, 128, 0, 0}, "IO", 7504, 89600, 3, 700, 128},
    {"dense/bias", KILN_ROLE_PARAM, 1, {128, 0, 0, 0}, "C", 97104, 128, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1390592, 16384, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1406976, 16384, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {128, 128, 0, 0}, "IO", 97232, 16384, 3, 128, 128},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {128, 0, 0, 0}, "C", 113616, 128, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1390592, 16384, 0, 0, 0},
    {"dense_1_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1423360, 16384, 0, 0, 0},
    {"dense_2/kernel", KILN_ROLE_PARAM, 2, {128, 128, 0, 0}, "IO", 113744, 16384, 3, 128, 128},
    {"dense_2/bias", KILN_ROLE_PARAM, 1, {128, 0, 0, 0}, "C", 130128, 128, 1, 0, 0},
    {"dense_2_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1390592, 16384, 0, 0, 0},
    {"dense_2_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1439744, 16384, 0, 0, 0},
    {"dense_3/kernel", KILN_ROLE_PARAM, 2, {128, 10, 0, 0}, "IO", 130256, 1280, 3, 128, 10},
    {"dense_3/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 131536, 10, 1, 0, 0},
    {"dense_3_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1390592, 1280, 0, 0, 0},
    {"rescaling_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 1}, "NHWC", 2422784, 100352, 0, 0, 0},
    {"conv2d_pre_infer", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "NHWC", 0, 2422784, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "NHWC", 2422784, 2422784, 0, 0, 0},
    {"max_pooling2d_out_infer", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "NHWC", 0, 605696, 0, 0, 0},
    {"batch_normalization_out_infer", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "NHWC", 605696, 605696, 0, 0, 0},
    {"conv2d_1_pre_infer", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "NHWC", 0, 433664, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "NHWC", 433664, 433664, 0, 0, 0},
    {"max_pooling2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "NHWC", 0, 89600, 0, 0, 0},
    {"batch_normalization_1_out_infer", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "NHWC", 89600, 89600, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 16384, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 16384, 16384, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 16384, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 16384, 16384, 0, 0, 0},
    {"dense_2_pre_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 16384, 0, 0, 0},
    {"dense_2_out_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 16384, 16384, 0, 0, 0},
    {"dense_3_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_3_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"dense_3_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 1, {128, 0, 0, 0}, "N", 0, 128, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1391872, 1280, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_3_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1456128, 1280, 0, 0, 0},
    {"ddense_3/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 131536, 10, 0, 0, 0},
    {"ddense_3/kernel", KILN_ROLE_GRAD, 2, {128, 10, 0, 0}, "IO", 130256, 1280, 0, 0, 0},
    {"ddense_2_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1390592, 16384, 0, 0, 0},
    {"ddense_2_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1456128, 16384, 0, 0, 0},
    {"ddense_2/bias", KILN_ROLE_GRAD, 1, {128, 0, 0, 0}, "C", 130128, 128, 0, 0, 0},
    {"ddense_2/kernel", KILN_ROLE_GRAD, 2, {128, 128, 0, 0}, "IO", 113744, 16384, 0, 0, 0},
    {"ddense_1_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1390592, 16384, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1439744, 16384, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {128, 0, 0, 0}, "C", 113616, 128, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {128, 128, 0, 0}, "IO", 97232, 16384, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1390592, 16384, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 1480192, 16384, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {128, 0, 0, 0}, "C", 97104, 128, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {700, 128, 0, 0}, "IO", 7504, 89600, 0, 0, 0},
    {"dbatch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "NHWC", 1300992, 89600, 0, 0, 0},
    {"dmax_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "NHWC", 2078720, 89600, 0, 0, 0},
    {"dbatch_normalization_1/gamma", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 7440, 28, 0, 0, 0},
    {"dbatch_normalization_1/beta", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 7472, 28, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "NHWC", 1211392, 433664, 0, 0, 0},
    {"dconv2d_1_pre", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "NHWC", 4845568, 433664, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 7408, 28, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 28, 28}, "HWIO", 352, 7056, 0, 0, 0},
    {"dbatch_normalization_out", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "NHWC", 605696, 605696, 0, 0, 0},
    {"dmax_pooling2d_out", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "NHWC", 4845568, 605696, 0, 0, 0},
    {"dbatch_normalization/gamma", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 288, 28, 0, 0, 0},
    {"dbatch_normalization/beta", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 320, 28, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "NHWC", 0, 2422784, 0, 0, 0},
    {"dconv2d_pre", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "NHWC", 4845568, 2422784, 0, 0, 0},
    {"dconv2d/bias", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 256, 28, 0, 0, 0},
    {"dconv2d/kernel", KILN_ROLE_GRAD, 4, {3, 3, 1, 28}, "HWIO", 0, 252, 0, 0, 0},
    {"m_conv2d/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 1, 28}, "HWIO", 0, 252, 1, 0, 0},
    {"v_conv2d/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 1, 28}, "HWIO", 0, 252, 1, 0, 0},
    {"m_conv2d/bias", KILN_ROLE_OPT_M, 1, {28, 0, 0, 0}, "C", 256, 28, 1, 0, 0},
    {"v_conv2d/bias", KILN_ROLE_OPT_V, 1, {28, 0, 0, 0}, "C", 256, 28, 1, 0, 0},
    {"m_batch_normalization/gamma", KILN_ROLE_OPT_M, 1, {28, 0, 0, 0}, "C", 288, 28, 1, 0, 0},
    {"v_batch_normalization/gamma", KILN_ROLE_OPT_V, 1, {28, 0, 0, 0}, "C", 288, 28, 1, 0, 0},
    {"m_batch_normalization/beta", KILN_ROLE_OPT_M, 1, {28, 0, 0, 0}, "C", 320, 28, 1, 0, 0},
    {"v_batch_normalization/beta", KILN_ROLE_OPT_V, 1, {28, 0, 0, 0}, "C", 320, 28, 1, 0, 0},
    {"m_conv2d_1/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 28, 28}, "HWIO", 352, 7056, 1, 0, 0},
    {"v_conv2d_1/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 28, 28}, "HWIO", 352, 7056, 1, 0, 0},
    {"m_conv2d_1/bias", KILN_ROLE_OPT_M, 1, {28, 0, 0, 0}, "C", 7408, 28, 1, 0, 0},
    {"v_conv2d_1/bias", KILN_ROLE_OPT_V, 1, {28, 0, 0, 0}, "C", 7408, 28, 1, 0, 0},
    {"m_batch_normalization_1/gamma", KILN_ROLE_OPT_M, 1, {28, 0, 0, 0}, "C", 7440, 28, 1, 0, 0},
    {"v_batch_normalization_1/gamma", KILN_ROLE_OPT_V, 1, {28, 0, 0, 0}, "C", 7440, 28, 1, 0, 0},
    {"m_batch_normalization_1/beta", KILN_ROLE_OPT_M, 1, {28, 0, 0, 0}, "C", 7472, 28, 1, 0, 0},
    {"v_batch_normalization_1/beta", KILN_ROLE_OPT_V, 1, {28, 0, 0, 0}, "C", 7472, 28, 1, 0, 0},
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {700, 128, 0, 0}, "IO", 7504, 89600, 1, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {700, 128, 0, 0}, "IO", 7504, 89600, 1, 0, 0},
    {"m_dense/bias", KILN_ROLE_OPT_M, 1, {128, 0, 0, 0}, "C", 97104, 128, 1, 0, 0},
    {"v_dense/bias", KILN_ROLE_OPT_V, 1, {128, 0, 0, 0}, "C", 97104, 128, 1, 0, 0},
    {"m_dense_1/kernel", KILN_ROLE_OPT_M, 2, {128, 128, 0, 0}, "IO", 97232, 16384, 1, 0, 0},
    {"v_dense_1/kernel", KILN_ROLE_OPT_V, 2, {128, 128, 0, 0}, "IO", 97232, 16384, 1, 0, 0},
    {"m_dense_1/bias", KILN_ROLE_OPT_M, 1, {128, 0, 0, 0}, "C", 113616, 128, 1, 0, 0},
    {"v_dense_1/bias", KILN_ROLE_OPT_V, 1, {128, 0, 0, 0}, "C", 113616, 128, 1, 0, 0},
    {"m_dense_2/kernel", KILN_ROLE_OPT_M, 2, {128, 128, 0, 0}, "IO", 113744, 16384, 1, 0, 0},
    {"v_dense_2/kernel", KILN_ROLE_OPT_V, 2, {128, 128, 0, 0}, "IO", 113744, 16384, 1, 0, 0},
    {"m_dense_2/bias", KILN_ROLE_OPT_M, 1, {128, 0, 0, 0}, "C", 130128, 128, 1, 0, 0},
    {"v_dense_2/bias", KILN_ROLE_OPT_V, 1, {128, 0, 0, 0}, "C", 130128, 128, 1, 0, 0},
    {"m_dense_3/kernel", KILN_ROLE_OPT_M, 2, {128, 10, 0, 0}, "IO", 130256, 1280, 1, 0, 0},
    {"v_dense_3/kernel", KILN_ROLE_OPT_V, 2, {128, 10, 0, 0}, "IO", 130256, 1280, 1, 0, 0},
    {"m_dense_3/bias", KILN_ROLE_OPT_M, 1, {10, 0, 0, 0}, "C", 131536, 10, 1, 0, 0},
    {"v_dense_3/bias", KILN_ROLE_OPT_V, 1, {10, 0, 0, 0}, "C", 131536, 10, 1, 0, 0},
    {"dense_3_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 1393152, 512, 0, 0, 0},
    {"dense_3_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dense_3/kernel.transposed", KILN_ROLE_ACT, 2, {10, 128, 0, 0}, "IO", 1457408, 1280, 0, 0, 0},
    {"dense_2/kernel.transposed", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "IO", 1439744, 16384, 0, 0, 0},
    {"dense_1/kernel.transposed", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "IO", 1423360, 16384, 0, 0, 0},
    {"dense/kernel.transposed", KILN_ROLE_ACT, 2, {128, 700, 0, 0}, "IO", 1390592, 89600, 0, 0, 0},
    {"conv2d_1/kernel.transposed", KILN_ROLE_ACT, 4, {3, 3, 28, 28}, "HWIO", 1211392, 7056, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_rescale_n128_h28w28c1", "void k00_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out, int nb)", 200704, 802816, 1},
    {"k01_conv2d_fwd_n128_h26w26c28", "void k01_conv2d_fwd_n128_h26w26c28(const float *restrict rescaling_out, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre, int nb)", 43610112, 10093664, 1},
    {"k02_relu_n128_h26w26c28", "void k02_relu_n128_h26w26c28(const float *restrict conv2d_pre, float *restrict conv2d_out, int nb)", 4845568, 19382272, 1},
    {"k03_maxpool_fwd_n128_h13w13c28", "void k03_maxpool_fwd_n128_h13w13c28(const float *restrict conv2d_out, float *restrict max_pooling2d_out, int nb)", 2422784, 12113920, 1},
    {"k04_batchnorm_fwd_training_n128_h13w13c28", "void k04_batchnorm_fwd_training_n128_h13w13c28(const float *restrict max_pooling2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, int nb)", 4845568, 4846240, 1},
    {"k05_conv2d_fwd_n128_h11w11c28", "void k05_conv2d_fwd_n128_h11w11c28(const float *restrict batch_normalization_out, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre, int nb)", 218566656, 4185776, 1},
    {"k06_relu_n128_h11w11c28", "void k06_relu_n128_h11w11c28(const float *restrict conv2d_1_pre, float *restrict conv2d_1_out, int nb)", 867328, 3469312, 1},
    {"k07_maxpool_fwd_n128_h5w5c28", "void k07_maxpool_fwd_n128_h5w5c28(const float *restrict conv2d_1_out, float *restrict max_pooling2d_1_out, int nb)", 358400, 2093056, 1},
    {"k08_batchnorm_fwd_training_n128_h5w5c28", "void k08_batchnorm_fwd_training_n128_h5w5c28(const float *restrict max_pooling2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, int nb)", 716800, 717472, 1},
    {"k09_dense_fwd_n128_k128", "void k09_dense_fwd_n128_k128(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre, int nb)", 22937600, 782848, 1},
    {"k10_relu_n128_k128", "void k10_relu_n128_k128(const float *restrict dense_pre, float *restrict dense_out, int nb)", 32768, 131072, 1},
    {"k11_dense_fwd_n128_k128", "void k11_dense_fwd_n128_k128(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre, int nb)", 4194304, 197120, 1},
    {"k12_relu_n128_k128", "void k12_relu_n128_k128(const float *restrict dense_1_pre, float *restrict dense_1_out, int nb)", 32768, 131072, 1},
    {"k13_dense_fwd_n128_k128", "void k13_dense_fwd_n128_k128(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre, int nb)", 4194304, 197120, 1},
    {"k14_relu_n128_k128", "void k14_relu_n128_k128(const float *restrict dense_2_pre, float *restrict dense_2_out, int nb)", 32768, 131072, 1},
    {"k15_dense_fwd_n128_k10", "void k15_dense_fwd_n128_k10(const float *restrict dense_2_out, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre, int nb)", 327680, 75816, 1},
    {"k16_rescale_n128_h28w28c1", "void k16_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out_infer, int nb)", 200704, 802816, 6},
    {"k17_conv2d_fwd_n128_h26w26c28", "void k17_conv2d_fwd_n128_h26w26c28(const float *restrict rescaling_out_infer, const float *restrict conv2d_kernel, const float *restrict conv2d_bias, float *restrict conv2d_pre_infer, int nb)", 43610112, 10093664, 6},
    {"k18_relu_n128_h26w26c28", "void k18_relu_n128_h26w26c28(const float *restrict conv2d_pre_infer, float *restrict conv2d_out_infer, int nb)", 4845568, 19382272, 6},
    {"k19_maxpool_fwd_n128_h13w13c28", "void k19_maxpool_fwd_n128_h13w13c28(const float *restrict conv2d_out_infer, float *restrict max_pooling2d_out_infer, int nb)", 2422784, 12113920, 6},
    {"k20_batchnorm_fwd_inference_n128_h13w13c28", "void k20_batchnorm_fwd_inference_n128_h13w13c28(const float *restrict max_pooling2d_out_infer, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out_infer, int nb)", 1211392, 4846016, 6},
    {"k21_conv2d_fwd_n128_h11w11c28", "void k21_conv2d_fwd_n128_h11w11c28(const float *restrict batch_normalization_out_infer, const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, float *restrict conv2d_1_pre_infer, int nb)", 218566656, 4185776, 6},
    {"k22_relu_n128_h11w11c28", "void k22_relu_n128_h11w11c28(const float *restrict conv2d_1_pre_infer, float *restrict conv2d_1_out_infer, int nb)", 867328, 3469312, 6},
    {"k23_maxpool_fwd_n128_h5w5c28", "void k23_maxpool_fwd_n128_h5w5c28(const float *restrict conv2d_1_out_infer, float *restrict max_pooling2d_1_out_infer, int nb)", 358400, 2093056, 6},
    {"k24_batchnorm_fwd_inference_n128_h5w5c28", "void k24_batchnorm_fwd_inference_n128_h5w5c28(const float *restrict max_pooling2d_1_out_infer, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out_infer, int nb)", 179200, 717248, 6},
    {"k25_dense_fwd_n128_k128", "void k25_dense_fwd_n128_k128(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_pre_infer, int nb)", 22937600, 782848, 6},
    {"k26_relu_n128_k128", "void k26_relu_n128_k128(const float *restrict dense_pre_infer, float *restrict dense_out_infer, int nb)", 32768, 131072, 6},
    {"k27_dense_fwd_n128_k128", "void k27_dense_fwd_n128_k128(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_pre_infer, int nb)", 4194304, 197120, 6},
    {"k28_relu_n128_k128", "void k28_relu_n128_k128(const float *restrict dense_1_pre_infer, float *restrict dense_1_out_infer, int nb)", 32768, 131072, 6},
    {"k29_dense_fwd_n128_k128", "void k29_dense_fwd_n128_k128(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_pre_infer, int nb)", 4194304, 197120, 6},
    {"k30_relu_n128_k128", "void k30_relu_n128_k128(const float *restrict dense_2_pre_infer, float *restrict dense_2_out_infer, int nb)", 32768, 131072, 6},
    {"k31_dense_fwd_n128_k10", "void k31_dense_fwd_n128_k10(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre_infer, int nb)", 327680, 75816, 2},
    {"k32_dense_fwd_n128_k10", "void k32_dense_fwd_n128_k10(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_predict_pre_infer, int nb)", 327680, 75816, 4},
    {"k33_softmax_n128_k10", "void k33_softmax_n128_k10(const float *restrict dense_3_predict_pre_infer, float *restrict dense_3_out_infer, int nb)", 2560, 10240, 4},
    {"k34_softmax_ce_sparse_n128_k10", "void k34_softmax_ce_sparse_n128_k10(const float *restrict dense_3_pre, const int32_t *restrict y, float *restrict probs, float *restrict dense_3_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 10752, 1},
    {"k35_softmax_ce_sparse_n128_k10", "void k35_softmax_ce_sparse_n128_k10(const float *restrict dense_3_pre_infer, const int32_t *restrict y, float *restrict probs_eval, float *restrict dense_3_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 10752, 2},
    {"k36_softmax_ce_sparse_bwd_n128_k10", "void k36_softmax_ce_sparse_bwd_n128_k10(const float *restrict probs, const int32_t *restrict y, float *restrict ddense_3_pre, int nb)", 2560, 10752, 1},
    {"k37_dense_bwd_weights_128x10", "void k37_dense_bwd_weights_128x10(const float *restrict ddense_3_pre, const float *restrict dense_2_out, float *restrict ddense_3_kernel, float *restrict ddense_3_bias, int nb)", 327680, 75816, 1},
    {"k38_dense_bwd_data_n128_k128", "void k38_dense_bwd_data_n128_k128(const float *restrict ddense_3_pre, const float *restrict dense_3_kernel, float *restrict ddense_2_out, float *restrict dense_3_kernel_transposed, int nb)", 327680, 75776, 1},
    {"k39_relu_bwd_n128_k128", "void k39_relu_bwd_n128_k128(const float *restrict ddense_2_out, const float *restrict dense_2_out, float *restrict ddense_2_pre, int nb)", 32768, 196608, 1},
    {"k40_dense_bwd_weights_128x128", "void k40_dense_bwd_weights_128x128(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)", 4194304, 197120, 1},
    {"k41_dense_bwd_data_n128_k128", "void k41_dense_bwd_data_n128_k128(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel, float *restrict ddense_1_out, float *restrict dense_2_kernel_transposed, int nb)", 4194304, 196608, 1},
    {"k42_relu_bwd_n128_k128", "void k42_relu_bwd_n128_k128(const float *restrict ddense_1_out, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)", 32768, 196608, 1},
    {"k43_dense_bwd_weights_128x128", "void k43_dense_bwd_weights_128x128(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 4194304, 197120, 1},
    {"k44_dense_bwd_data_n128_k128", "void k44_dense_bwd_data_n128_k128(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel, float *restrict ddense_out, float *restrict dense_1_kernel_transposed, int nb)", 4194304, 196608, 1},
    {"k45_relu_bwd_n128_k128", "void k45_relu_bwd_n128_k128(const float *restrict ddense_out, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 32768, 196608, 1},
    {"k46_dense_bwd_weights_700x128", "void k46_dense_bwd_weights_700x128(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 22937600, 782848, 1},
    {"k47_dense_bwd_data_n128_k700", "void k47_dense_bwd_data_n128_k700(const float *restrict ddense_pre, const float *restrict dense_kernel, float *restrict dflatten_out, float *restrict dense_kernel_transposed, int nb)", 22937600, 782336, 1},
    {"k48_batchnorm_bwd_n128_h5w5c28", "void k48_batchnorm_bwd_n128_h5w5c28(const float *restrict dbatch_normalization_1_out, const float *restrict max_pooling2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dmax_pooling2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, int nb)", 716800, 1075760, 1},
    {"k49_maxpool_bwd_n128_h11w11c28", "void k49_maxpool_bwd_n128_h11w11c28(const float *restrict dmax_pooling2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_out, int nb)", 358400, 3827712, 1},
    {"k50_relu_bwd_n128_h11w11c28", "void k50_relu_bwd_n128_h11w11c28(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, int nb)", 867328, 5203968, 1},
    {"k51_conv2d_bwd_weights_3x3x28x28", "void k51_conv2d_bwd_weights_3x3x28x28(const float *restrict dconv2d_1_pre, const float *restrict batch_normalization_out, float *restrict dconv2d_1_kernel, float *restrict dconv2d_1_bias, int nb)", 218566656, 4185776, 1},
    {"k52_conv2d_bwd_data_n128_h13w13c28", "void k52_conv2d_bwd_data_n128_h13w13c28(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel, float *restrict dbatch_normalization_out, float *restrict conv2d_1_kernel_transposed, int nb)", 218566656, 4185664, 1},
    {"k53_batchnorm_bwd_n128_h13w13c28", "void k53_batchnorm_bwd_n128_h13w13c28(const float *restrict dbatch_normalization_out, const float *restrict max_pooling2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dmax_pooling2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, int nb)", 4845568, 7268912, 1},
    {"k54_maxpool_bwd_n128_h26w26c28", "void k54_maxpool_bwd_n128_h26w26c28(const float *restrict dmax_pooling2d_out, const float *restrict conv2d_out, float *restrict dconv2d_out, int nb)", 2422784, 21805056, 1},
    {"k55_relu_bwd_n128_h26w26c28", "void k55_relu_bwd_n128_h26w26c28(const float *restrict dconv2d_out, const float *restrict conv2d_out, float *restrict dconv2d_pre, int nb)", 4845568, 29073408, 1},
    {"k56_conv2d_bwd_weights_3x3x1x28", "void k56_conv2d_bwd_weights_3x3x1x28(const float *restrict dconv2d_pre, const float *restrict rescaling_out, float *restrict dconv2d_kernel, float *restrict dconv2d_bias, int nb)", 43610112, 10093664, 1},
    {"k57_adam_update_p131552", "void k57_adam_update_p131552(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 1315520, 3683456, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed000_cnn",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {28, 28, 1},
    .in_scale = (float)1,
    .out_size = 10,
    .label_kind = KILN_LABEL_SPARSE,
    .label_size = 1,
    .has_accuracy = 1,
    .n_params = 131552,
    .n_state = 128,
    .n_arena = 7368704,
    .n_tensors = 132,
    .tensors = tensors,
    .n_kernels = 58,
    .kernels = kernels,
    .isa = "generic",
};


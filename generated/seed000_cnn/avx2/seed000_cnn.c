/* seed000_cnn.c — emitted by kiln from models/seed000_cnn.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA avx2. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 131552, state 128, arena 2970256.
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

/* ---- vector vocabulary: AVX2 and FMA (x86-64-v3), 8 float32 lanes, 16 registers ---- */
#define VL 8
typedef float vf __attribute__((ext_vector_type(VL), aligned(4)));
typedef int vi __attribute__((ext_vector_type(VL)));  /* lane masks and indices */
static inline __attribute__((unused)) vf vload(const float *p) { return *(const vf *)p; }
static inline __attribute__((unused)) void vstore(float *p, vf v) { *(vf *)p = v; }
static inline __attribute__((unused)) vf vbcast(float x) { return (vf)x; }
static inline __attribute__((unused)) vf vzero(void) { return (vf)0.0f; }
static inline __attribute__((unused)) vf vfma(vf a, vf b, vf c) { return __builtin_elementwise_fma(a, b, c); }
static inline __attribute__((unused)) vf vmax(vf a, vf b) { return __builtin_elementwise_max(a, b); }
/* the first n lanes of p (the rest 0), and a store of the first n lanes */
static inline __attribute__((unused)) vf vload_part(const float *p, int n) { vf v = vzero(); memcpy(&v, p, sizeof(float) * (size_t)n); return v; }
static inline __attribute__((unused)) void vstore_part(float *p, vf v, int n) { memcpy(p, &v, sizeof(float) * (size_t)n); }
/* lanes 0..3 of a, then lanes 0..3 of b */
static inline __attribute__((unused)) vf vjoin_low(vf a, vf b) { return __builtin_shufflevector(a, b, 0, 1, 2, 3, 8, 9, 10, 11); }
/* lanes 0..3: a's lanes 0..3 plus b's lanes 4..7; lanes 4..7: 0 */
static inline __attribute__((unused)) vf vfold(vf a, vf b)
{
    return __builtin_shufflevector(a, vzero(), 0, 1, 2, 3, 8, 8, 8, 8) + __builtin_shufflevector(b, vzero(), 4, 5, 6, 7, 8, 8, 8, 8);
}
/* VL bytes (a max-pooling's argmax) to and from lane indices */
typedef uint8_t vb __attribute__((ext_vector_type(VL)));
static inline __attribute__((unused)) vi vload_bytes(const uint8_t *p) { vb v; memcpy(&v, p, VL); return __builtin_convertvector(v, vi); }
static inline __attribute__((unused)) void vstore_bytes(uint8_t *p, vi v) { const vb b = __builtin_convertvector(v, vb); memcpy(p, &b, VL); }
/* ReLU that keeps NaN, as the plain kernels' x > 0 ? x : (x != x ? x : 0) */
static inline __attribute__((unused)) vf vrelu(vf v) { return v > 0.0f ? v : (v != v ? v : vzero()); }
typedef double vd __attribute__((ext_vector_type(VL)));  /* loss sums */
/* kiln_uniform (kiln_abi.h) of the VL counters i .. i + VL - 1, lane by lane the same floats */
typedef uint64_t vu64 __attribute__((ext_vector_type(VL)));
static inline __attribute__((unused)) vf vuniform(uint64_t seed, int64_t step, uint32_t salt, int64_t i)
{
    vu64 lane;
    for (int l = 0; l < VL; l++) lane[l] = (uint64_t)l;
    vu64 z = (vu64)(seed ^ ((uint64_t)step * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)salt << 48))
            ^ (((vu64)(uint64_t)i + lane) * 0xD1B54A32D192ED03ull);
    z ^= z >> 30; z *= 0xBF58476D1CE4E5B9ull;
    z ^= z >> 27; z *= 0x94D049BB133111EBull;
    z ^= z >> 31;
    return __builtin_convertvector(__builtin_convertvector(z >> 40, vi), vf) * 0x1p-24f;
}
/* e^x: x = n ln2 + r, |r| <= ln2/2 (ln2 in two parts, so n ln2 is exact), e^r by its
 * Taylor polynomial to r^7/7!, 2^n made in the exponent bits; x is clamped to
 * [ln FLT_MIN, 88] (below: FLT_MIN).  Relative error < 1e-7 (measured against
 * double exp over [-87.33, 0]). */
static inline __attribute__((unused)) vf vexp(vf x)
{
    x = __builtin_elementwise_min(__builtin_elementwise_max(x, (vf)-87.33f), (vf)88.0f);
    const vf n = __builtin_elementwise_roundeven(x * 1.44269504f);
    vf r = vfma(n, (vf)-0.693145751953125f, x);
    r = vfma(n, (vf)-1.42860677e-6f, r);
    vf q = (vf)(1.0f / 5040.0f);
    q = vfma(q, r, (vf)(1.0f / 720.0f));
    q = vfma(q, r, (vf)(1.0f / 120.0f));
    q = vfma(q, r, (vf)(1.0f / 24.0f));
    q = vfma(q, r, (vf)(1.0f / 6.0f));
    q = vfma(q, r, (vf)0.5f);
    q = vfma(q, r, (vf)1.0f);
    q = vfma(q, r, (vf)1.0f);
    const vi bits = (__builtin_convertvector(n, vi) + 127) << 23;
    return q * (vf)bits;
}
/* The logistic sigmoid 1 / (1 + e^-x) by vexp (a Dense's epilogue); NaN stays NaN */
static inline __attribute__((unused)) vf vsigmoid(vf x)
{
    const vf s = 1.0f / (1.0f + vexp(-x));
    return x != x ? x : s;
}
/* log(1 + e) for e in [0, 1]: u = 1 + e = 2^k m, m in [1/sqrt2, sqrt2], log m =
 * 2 atanh(s), s = (m - 1)/(m + 1), |s| < 0.172, by its series to s^9/9; then
 * log(u) e / (u - 1) cancels the rounding of u (Goldberg, "What every computer
 * scientist should know about floating-point arithmetic", 1991, thm. 4).
 * Relative error < 4e-7 (measured against double log1p). */
static inline __attribute__((unused)) vf vlog1p_unit(vf e)
{
    const vf u = 1.0f + e;
    const vi big = u > 1.41421356f;
    const vf m = big ? u * 0.5f : u;
    const vf s = (m - 1.0f) / (m + 1.0f), s2 = s * s;
    vf q = (vf)(1.0f / 9.0f);
    q = vfma(q, s2, (vf)(1.0f / 7.0f));
    q = vfma(q, s2, (vf)(1.0f / 5.0f));
    q = vfma(q, s2, (vf)(1.0f / 3.0f));
    q = vfma(q, s2, (vf)1.0f);
    const vf lu = 2.0f * s * q + (big ? (vf)0.693147182f : vzero());
    return u == 1.0f ? e : lu * (e / (u - 1.0f));
}

/* ---- kernels ---- */

/* k00_rescale_n128_h28w28c1 — eltwise kernel
 *   node n0 "rescaling" (rescale), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out rescaling_out              (128, 28, 28, 1) NHWC
 *   schedule: OpenMP over samples; ISA avx2 */
void k00_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 784; e < (long)(n + 1) * 784; e++) {
            rescaling_out[e] = x[e] * 0.00392156886f + 0.0f;
        }
    }
}

/* k01_reorder_3x3x1x28 — reorder kernel
 *   node n1 "reorder.conv2d/kernel.blocked8" (reorder), from $.layers[1]
 *   in  conv2d/kernel              (3, 3, 1, 28) HWIO
 *   out conv2d/kernel.blocked8     (3, 3, 1, 28) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k01_reorder_3x3x1x28(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8)
{
    /* conv2d/kernel -> conv2d/kernel.blocked8 */
    /* (3, 3, 1, 28) HWIO -> (4, 1, 3, 3, 1, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 1; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 1 + ic, f = ob * 8 + oc;
                            conv2d_kernel_blocked8[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 8 + ic * 8 + oc] = c < 1 && f < 28 ? conv2d_kernel[((kh * 3 + kw) * 1 + c) * 28 + f] : 0.0f;
                        }
}

/* k02_reorder_c28 — reorder kernel
 *   node n2 "reorder.conv2d/bias.padded32" (reorder), from $.layers[1]
 *   in  conv2d/bias                (28) C
 *   out conv2d/bias.padded32       (28) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k02_reorder_c28(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32)
{
    /* conv2d/bias -> conv2d/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_bias_padded32[c] = c < 28 ? conv2d_bias[c] : 0.0f;
}

/* 2 x 2 output pixels x 2 output-channel vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k03_conv2d_fwd_relu_maxpool_n128_h26w26c28_tile_2x2(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
{
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r1c0v0 = vload(bp + 0), acc_r1c0v1 = vload(bp + 8);
    vf acc_r1c1v0 = vload(bp + 0), acc_r1c1v1 = vload(bp + 8);
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 28 + kw * 1;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 8;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 1; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 72 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[1 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[28 + ic]); acc_r1c0v0 = vfma(xb, w0, acc_r1c0v0); acc_r1c0v1 = vfma(xb, w1, acc_r1c0v1); }
                { const vf xb = vbcast(xs[29 + ic]); acc_r1c1v0 = vfma(xb, w0, acc_r1c1v0); acc_r1c1v1 = vfma(xb, w1, acc_r1c1v1); }
            }
        }
    {  /* window (0, 0), channel vector 0 */
        vf m = acc_r0c0v0;
        vi at = (vi)0;
        { const vi gt = acc_r0c1v0 > m; m = gt ? acc_r0c1v0 : m; at = gt ? (vi)1 : at; }
        { const vi gt = acc_r1c0v0 > m; m = gt ? acc_r1c0v0 : m; at = gt ? (vi)2 : at; }
        { const vi gt = acc_r1c1v0 > m; m = gt ? acc_r1c1v0 : m; at = gt ? (vi)3 : at; }
        const vf mx = ((acc_r0c0v0 != acc_r0c0v0) | (acc_r0c1v0 != acc_r0c1v0) | (acc_r1c0v0 != acc_r1c0v0) | (acc_r1c1v0 != acc_r1c1v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 0, mx);
        vstore_bytes(ap + 0, at | ((m > 0.0f) & 0x80));
    }
    {  /* window (0, 0), channel vector 1 */
        vf m = acc_r0c0v1;
        vi at = (vi)0;
        { const vi gt = acc_r0c1v1 > m; m = gt ? acc_r0c1v1 : m; at = gt ? (vi)1 : at; }
        { const vi gt = acc_r1c0v1 > m; m = gt ? acc_r1c0v1 : m; at = gt ? (vi)2 : at; }
        { const vi gt = acc_r1c1v1 > m; m = gt ? acc_r1c1v1 : m; at = gt ? (vi)3 : at; }
        const vf mx = ((acc_r0c0v1 != acc_r0c0v1) | (acc_r0c1v1 != acc_r0c1v1) | (acc_r1c0v1 != acc_r1c0v1) | (acc_r1c1v1 != acc_r1c1v1)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 1352, mx);
        vstore_bytes(ap + 1352, at | ((m > 0.0f) & 0x80));
    }
}

/* k03_conv2d_fwd_relu_maxpool_n128_h26w26c28 — conv_fwd kernel
 *   node n3 "conv2d" (conv2d), from $.layers[1]
 *   node n4 "conv2d.relu" (relu), from $.layers[1]
 *   node n5 "max_pooling2d" (maxpool), from $.layers[2]
 *   in  rescaling_out              (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel.blocked8     (3, 3, 1, 28) 8-blocked
 *   in  conv2d/bias.padded32       (28) C
 *   out max_pooling2d_out          (128, 13, 13, 28) nChw8c
 *   out max_pooling2d_out.argmax   (128, 13, 13, 28) nChw8c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 2x2 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k03_conv2d_fwd_relu_maxpool_n128_h26w26c28(const float *restrict rescaling_out, const float *restrict conv2d_kernel_blocked8, const float *restrict conv2d_bias_padded32, float *restrict max_pooling2d_out, uint8_t *restrict max_pooling2d_out_argmax, int nb)
{
    /* tiles of 2x2 pixels x 2 channel vectors; 2 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 26; oh += 2) {
            const float *xr = rescaling_out + (long)n * 784 + (long)(0 + oh * 1 + 0) * 28 + (long)(0 + 0) * 1;
            float *yr = max_pooling2d_out + (long)n * 5408 + (long)(oh / 2 + 0) * 104 + (long)0 * 8;
            uint8_t *ar = max_pooling2d_out_argmax + (long)n * 5408 + (long)(oh / 2) * 104;
            for (int og = 0; og < 2; og++) {
                const float *wg = conv2d_kernel_blocked8 + (long)og * 144;
                const float *bg = conv2d_bias_padded32 + og * 16;
                float *yg = yr + (long)og * 2704;
                uint8_t *mg = ar + (long)og * 2704;
                for (int ow = 0; ow < 26; ow += 2) k03_conv2d_fwd_relu_maxpool_n128_h26w26c28_tile_2x2(xr + (long)ow * 1, wg, bg, yg + (long)(ow / 2) * 8, mg ? mg + (long)(ow / 2) * 8 : NULL, 0, 3);
            }
        }
}

/* k04_batchnorm_fwd_training_n128_h13w13c28 — batchnorm kernel
 *   node n6 "batch_normalization" (bn_train), from $.layers[3]
 *   in  max_pooling2d_out          (128, 13, 13, 28) nChw8c
 *   in  batch_normalization/gamma  (28) C
 *   in  batch_normalization/beta   (28) C
 *   in  batch_normalization/moving_mean (28) C
 *   in  batch_normalization/moving_variance (28) C
 *   out batch_normalization_out    (128, 13, 13, 28) nChw8c
 *   out batch_normalization_mean   (28) C
 *   out batch_normalization_invstd (28) C
 *   tmp max_pooling2d_out.partial  (256) C, scratch
 *   tmp max_pooling2d_out.stats    (160) C, scratch
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k04_batchnorm_fwd_training_n128_h13w13c28(const float *restrict max_pooling2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, float *restrict max_pooling2d_out_partial, float *restrict max_pooling2d_out_stats, int nb)
{
    /* max_pooling2d_out_stats: mean, scale, shift (32 lanes each, padded channels 0) */
    float *const st_mean = max_pooling2d_out_stats, *const st_scale = max_pooling2d_out_stats + 32, *const st_shift = max_pooling2d_out_stats + 64;
    const double rows = (double)nb * 169;  /* M: values per channel */
    /* pass 1: sums of d = x - K and of d^2, K = x[0, 0, 0, c] */
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        double *part = (double *)max_pooling2d_out_partial + (long)t * 64;
        memset(part, 0, sizeof(double) * 64);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++)
            for (int cb = 0; cb < 4; cb++) {
                vf s1 = vzero(), s2 = vzero();
                for (int h = 0; h < 13; h++)
                    for (int w = 0; w < 13; w++) {
                        const vf v = vload(max_pooling2d_out + (long)n * 5408 + (long)cb * 1352 + (long)(h + 0) * 104 + (long)(w + 0) * 8);
                        s1 += (v - vload(max_pooling2d_out + (long)cb * 1352 + 0));
                        s2 += (v - vload(max_pooling2d_out + (long)cb * 1352 + 0)) * (v - vload(max_pooling2d_out + (long)cb * 1352 + 0));
                    }
                for (int l = 0; l < 8; l++) {
                    part[cb * 8 + l] += s1[l];
                    part[32 + cb * 8 + l] += s2[l];
                }
            }
    }
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        if (c >= 28) { st_mean[c] = st_scale[c] = st_shift[c] = 0.0f; continue; }
        double s1 = 0, s2 = 0;
        for (int t = 0; t < 2; t++) {
            s1 += ((double *)max_pooling2d_out_partial)[(long)t * 64 + c];
            s2 += ((double *)max_pooling2d_out_partial)[(long)t * 64 + 32 + c];
        }
        const double k = max_pooling2d_out[(long)(c / 8) * 1352 + 0 + c % 8];
        const double m1 = s1 / rows, var0 = s2 / rows - m1 * m1;
        const double var = var0 < 0.0 ? 0.0 : var0;  /* biased, as Keras; NaN stays NaN */
        st_mean[c] = (float)(k + m1);
        const float invstd = (float)(1.0 / sqrt(var + 0.00100000005f));
        batch_normalization_mean[c] = st_mean[c];
        batch_normalization_invstd[c] = invstd;
        batch_normalization_moving_mean[c] = batch_normalization_moving_mean[c] * 0.99000001f + st_mean[c] * 0.00999999046f;
        batch_normalization_moving_variance[c] = batch_normalization_moving_variance[c] * 0.99000001f + (float)var * 0.00999999046f;
        st_scale[c] = invstd * batch_normalization_gamma[c];
        st_shift[c] = batch_normalization_beta[c] - st_mean[c] * st_scale[c];
    }
    /* pass 2: y = x * scale + shift */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int h = 0; h < 13; h++)
                for (int w = 0; w < 13; w++) {
                    const vf v = vload(max_pooling2d_out + (long)n * 5408 + (long)cb * 1352 + (long)(h + 0) * 104 + (long)(w + 0) * 8);
                    float *const py = batch_normalization_out + (long)n * 5408 + (long)cb * 1352 + (long)(h + 0) * 104 + (long)(w + 0) * 8;
                    vstore(py, v * vload(st_scale + cb * 8) + vload(st_shift + cb * 8));
                }
}

/* k05_reorder_3x3x28x28 — reorder kernel
 *   node n7 "reorder.conv2d_1/kernel.blocked8" (reorder), from $.layers[4]
 *   in  conv2d_1/kernel            (3, 3, 28, 28) HWIO
 *   out conv2d_1/kernel.blocked8   (3, 3, 28, 28) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k05_reorder_3x3x28x28(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked8 */
    /* (3, 3, 28, 28) HWIO -> (4, 4, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 4; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_1_kernel_blocked8[((((long)ob * 4 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 28 && f < 28 ? conv2d_1_kernel[((kh * 3 + kw) * 28 + c) * 28 + f] : 0.0f;
                        }
}

/* k06_reorder_c28 — reorder kernel
 *   node n8 "reorder.conv2d_1/bias.padded32" (reorder), from $.layers[4]
 *   in  conv2d_1/bias              (28) C
 *   out conv2d_1/bias.padded32     (28) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k06_reorder_c28(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded32)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_1_bias_padded32[c] = c < 28 ? conv2d_1_bias[c] : 0.0f;
}

/* 2 x 6 output pixels x 1 output-channel vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k07_conv2d_fwd_relu_maxpool_n128_h11w11c28_tile_2x6(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
{
    vf acc_r0c0v0 = vload(bp + 0);
    vf acc_r0c1v0 = vload(bp + 0);
    vf acc_r0c2v0 = vload(bp + 0);
    vf acc_r0c3v0 = vload(bp + 0);
    vf acc_r0c4v0 = vload(bp + 0);
    vf acc_r0c5v0 = vload(bp + 0);
    vf acc_r1c0v0 = vload(bp + 0);
    vf acc_r1c1v0 = vload(bp + 0);
    vf acc_r1c2v0 = vload(bp + 0);
    vf acc_r1c3v0 = vload(bp + 0);
    vf acc_r1c4v0 = vload(bp + 0);
    vf acc_r1c5v0 = vload(bp + 0);
    for (int cb = 0; cb < 4; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)cb * 1352 + kh * 104;
        const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < (cb < 3 ? 8 : 4); ic++) {  /* the last block's channels 4..7 are padding */
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0 */
            const vf w1_0 = vload(ws + 64 + ic * 8);  /* column tap 1 */
            const vf w2_0 = vload(ws + 128 + ic * 8);  /* column tap 2 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[56 + ic]); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[104 + ic]); acc_r1c0v0 = vfma(xb, w0_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r1c1v0 = vfma(xb, w0_0, acc_r1c1v0); acc_r1c0v0 = vfma(xb, w1_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[120 + ic]); acc_r1c2v0 = vfma(xb, w0_0, acc_r1c2v0); acc_r1c1v0 = vfma(xb, w1_0, acc_r1c1v0); acc_r1c0v0 = vfma(xb, w2_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r1c3v0 = vfma(xb, w0_0, acc_r1c3v0); acc_r1c2v0 = vfma(xb, w1_0, acc_r1c2v0); acc_r1c1v0 = vfma(xb, w2_0, acc_r1c1v0); }
            { const vf xb = vbcast(xs[136 + ic]); acc_r1c4v0 = vfma(xb, w0_0, acc_r1c4v0); acc_r1c3v0 = vfma(xb, w1_0, acc_r1c3v0); acc_r1c2v0 = vfma(xb, w2_0, acc_r1c2v0); }
            { const vf xb = vbcast(xs[144 + ic]); acc_r1c5v0 = vfma(xb, w0_0, acc_r1c5v0); acc_r1c4v0 = vfma(xb, w1_0, acc_r1c4v0); acc_r1c3v0 = vfma(xb, w2_0, acc_r1c3v0); }
            { const vf xb = vbcast(xs[152 + ic]); acc_r1c5v0 = vfma(xb, w1_0, acc_r1c5v0); acc_r1c4v0 = vfma(xb, w2_0, acc_r1c4v0); }
            { const vf xb = vbcast(xs[160 + ic]); acc_r1c5v0 = vfma(xb, w2_0, acc_r1c5v0); }
        }
    }
    {  /* window (0, 0), channel vector 0 */
        vf m = acc_r0c0v0;
        vi at = (vi)0;
        { const vi gt = acc_r0c1v0 > m; m = gt ? acc_r0c1v0 : m; at = gt ? (vi)1 : at; }
        { const vi gt = acc_r1c0v0 > m; m = gt ? acc_r1c0v0 : m; at = gt ? (vi)2 : at; }
        { const vi gt = acc_r1c1v0 > m; m = gt ? acc_r1c1v0 : m; at = gt ? (vi)3 : at; }
        const vf mx = ((acc_r0c0v0 != acc_r0c0v0) | (acc_r0c1v0 != acc_r0c1v0) | (acc_r1c0v0 != acc_r1c0v0) | (acc_r1c1v0 != acc_r1c1v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 0, mx);
        vstore_bytes(ap + 0, at | ((m > 0.0f) & 0x80));
    }
    {  /* window (0, 1), channel vector 0 */
        vf m = acc_r0c2v0;
        vi at = (vi)0;
        { const vi gt = acc_r0c3v0 > m; m = gt ? acc_r0c3v0 : m; at = gt ? (vi)1 : at; }
        { const vi gt = acc_r1c2v0 > m; m = gt ? acc_r1c2v0 : m; at = gt ? (vi)2 : at; }
        { const vi gt = acc_r1c3v0 > m; m = gt ? acc_r1c3v0 : m; at = gt ? (vi)3 : at; }
        const vf mx = ((acc_r0c2v0 != acc_r0c2v0) | (acc_r0c3v0 != acc_r0c3v0) | (acc_r1c2v0 != acc_r1c2v0) | (acc_r1c3v0 != acc_r1c3v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 8, mx);
        vstore_bytes(ap + 8, at | ((m > 0.0f) & 0x80));
    }
    {  /* window (0, 2), channel vector 0 */
        vf m = acc_r0c4v0;
        vi at = (vi)0;
        { const vi gt = acc_r0c5v0 > m; m = gt ? acc_r0c5v0 : m; at = gt ? (vi)1 : at; }
        { const vi gt = acc_r1c4v0 > m; m = gt ? acc_r1c4v0 : m; at = gt ? (vi)2 : at; }
        { const vi gt = acc_r1c5v0 > m; m = gt ? acc_r1c5v0 : m; at = gt ? (vi)3 : at; }
        const vf mx = ((acc_r0c4v0 != acc_r0c4v0) | (acc_r0c5v0 != acc_r0c5v0) | (acc_r1c4v0 != acc_r1c4v0) | (acc_r1c5v0 != acc_r1c5v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 16, mx);
        vstore_bytes(ap + 16, at | ((m > 0.0f) & 0x80));
    }
}

/* 2 x 4 output pixels x 1 output-channel vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k07_conv2d_fwd_relu_maxpool_n128_h11w11c28_tile_2x4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
{
    vf acc_r0c0v0 = vload(bp + 0);
    vf acc_r0c1v0 = vload(bp + 0);
    vf acc_r0c2v0 = vload(bp + 0);
    vf acc_r0c3v0 = vload(bp + 0);
    vf acc_r1c0v0 = vload(bp + 0);
    vf acc_r1c1v0 = vload(bp + 0);
    vf acc_r1c2v0 = vload(bp + 0);
    vf acc_r1c3v0 = vload(bp + 0);
    for (int cb = 0; cb < 4; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)cb * 1352 + kh * 104;
        const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < (cb < 3 ? 8 : 4); ic++) {  /* the last block's channels 4..7 are padding */
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0 */
            const vf w1_0 = vload(ws + 64 + ic * 8);  /* column tap 1 */
            const vf w2_0 = vload(ws + 128 + ic * 8);  /* column tap 2 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[104 + ic]); acc_r1c0v0 = vfma(xb, w0_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r1c1v0 = vfma(xb, w0_0, acc_r1c1v0); acc_r1c0v0 = vfma(xb, w1_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[120 + ic]); acc_r1c2v0 = vfma(xb, w0_0, acc_r1c2v0); acc_r1c1v0 = vfma(xb, w1_0, acc_r1c1v0); acc_r1c0v0 = vfma(xb, w2_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r1c3v0 = vfma(xb, w0_0, acc_r1c3v0); acc_r1c2v0 = vfma(xb, w1_0, acc_r1c2v0); acc_r1c1v0 = vfma(xb, w2_0, acc_r1c1v0); }
            { const vf xb = vbcast(xs[136 + ic]); acc_r1c3v0 = vfma(xb, w1_0, acc_r1c3v0); acc_r1c2v0 = vfma(xb, w2_0, acc_r1c2v0); }
            { const vf xb = vbcast(xs[144 + ic]); acc_r1c3v0 = vfma(xb, w2_0, acc_r1c3v0); }
        }
    }
    {  /* window (0, 0), channel vector 0 */
        vf m = acc_r0c0v0;
        vi at = (vi)0;
        { const vi gt = acc_r0c1v0 > m; m = gt ? acc_r0c1v0 : m; at = gt ? (vi)1 : at; }
        { const vi gt = acc_r1c0v0 > m; m = gt ? acc_r1c0v0 : m; at = gt ? (vi)2 : at; }
        { const vi gt = acc_r1c1v0 > m; m = gt ? acc_r1c1v0 : m; at = gt ? (vi)3 : at; }
        const vf mx = ((acc_r0c0v0 != acc_r0c0v0) | (acc_r0c1v0 != acc_r0c1v0) | (acc_r1c0v0 != acc_r1c0v0) | (acc_r1c1v0 != acc_r1c1v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 0, mx);
        vstore_bytes(ap + 0, at | ((m > 0.0f) & 0x80));
    }
    {  /* window (0, 1), channel vector 0 */
        vf m = acc_r0c2v0;
        vi at = (vi)0;
        { const vi gt = acc_r0c3v0 > m; m = gt ? acc_r0c3v0 : m; at = gt ? (vi)1 : at; }
        { const vi gt = acc_r1c2v0 > m; m = gt ? acc_r1c2v0 : m; at = gt ? (vi)2 : at; }
        { const vi gt = acc_r1c3v0 > m; m = gt ? acc_r1c3v0 : m; at = gt ? (vi)3 : at; }
        const vf mx = ((acc_r0c2v0 != acc_r0c2v0) | (acc_r0c3v0 != acc_r0c3v0) | (acc_r1c2v0 != acc_r1c2v0) | (acc_r1c3v0 != acc_r1c3v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 8, mx);
        vstore_bytes(ap + 8, at | ((m > 0.0f) & 0x80));
    }
}

/* k07_conv2d_fwd_relu_maxpool_n128_h11w11c28 — conv_fwd kernel
 *   node n9 "conv2d_1" (conv2d), from $.layers[4]
 *   node n10 "conv2d_1.relu" (relu), from $.layers[4]
 *   node n11 "max_pooling2d_1" (maxpool), from $.layers[5]
 *   in  batch_normalization_out    (128, 13, 13, 28) nChw8c
 *   in  conv2d_1/kernel.blocked8   (3, 3, 28, 28) 8-blocked
 *   in  conv2d_1/bias.padded32     (28) C
 *   out max_pooling2d_1_out        (128, 5, 5, 28) nChw8c
 *   out max_pooling2d_1_out.argmax (128, 5, 5, 28) nChw8c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 2x6 pixels, 8 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx2 */
void k07_conv2d_fwd_relu_maxpool_n128_h11w11c28(const float *restrict batch_normalization_out, const float *restrict conv2d_1_kernel_blocked8, const float *restrict conv2d_1_bias_padded32, float *restrict max_pooling2d_1_out, uint8_t *restrict max_pooling2d_1_out_argmax, int nb)
{
    /* tiles of 2x6 pixels x 1 channel vectors; 4 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 10; oh += 2) {
            const float *xr = batch_normalization_out + (long)n * 5408 + (long)(0 + oh * 1 + 0) * 104 + (long)(0 + 0) * 8;
            float *yr = max_pooling2d_1_out + (long)n * 800 + (long)(oh / 2 + 0) * 40 + (long)0 * 8;
            uint8_t *ar = max_pooling2d_1_out_argmax + (long)n * 800 + (long)(oh / 2) * 40;
            for (int og = 0; og < 4; og++) {
                const float *wg = conv2d_1_kernel_blocked8 + (long)og * 2304;
                const float *bg = conv2d_1_bias_padded32 + og * 8;
                float *yg = yr + (long)og * 200;
                uint8_t *mg = ar + (long)og * 200;
                k07_conv2d_fwd_relu_maxpool_n128_h11w11c28_tile_2x6(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 3);
                k07_conv2d_fwd_relu_maxpool_n128_h11w11c28_tile_2x4(xr + 48, wg, bg, yg + 24, mg ? mg + 24 : NULL, 0, 3);
            }
        }
}

/* k08_batchnorm_fwd_training_n128_h5w5c28 — batchnorm kernel
 *   node n12 "batch_normalization_1" (bn_train), from $.layers[6]
 *   in  max_pooling2d_1_out        (128, 5, 5, 28) nChw8c
 *   in  batch_normalization_1/gamma (28) C
 *   in  batch_normalization_1/beta (28) C
 *   in  batch_normalization_1/moving_mean (28) C
 *   in  batch_normalization_1/moving_variance (28) C
 *   out batch_normalization_1_out.part (128, 5, 5, 28) nChw8c
 *   out batch_normalization_1_mean (28) C
 *   out batch_normalization_1_invstd (28) C
 *   tmp max_pooling2d_1_out.partial (256) C, scratch
 *   tmp max_pooling2d_1_out.stats  (160) C, scratch
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k08_batchnorm_fwd_training_n128_h5w5c28(const float *restrict max_pooling2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out_part, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, float *restrict max_pooling2d_1_out_partial, float *restrict max_pooling2d_1_out_stats, int nb)
{
    /* max_pooling2d_1_out_stats: mean, scale, shift (32 lanes each, padded channels 0) */
    float *const st_mean = max_pooling2d_1_out_stats, *const st_scale = max_pooling2d_1_out_stats + 32, *const st_shift = max_pooling2d_1_out_stats + 64;
    const double rows = (double)nb * 25;  /* M: values per channel */
    /* pass 1: sums of d = x - K and of d^2, K = x[0, 0, 0, c] */
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        double *part = (double *)max_pooling2d_1_out_partial + (long)t * 64;
        memset(part, 0, sizeof(double) * 64);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++)
            for (int cb = 0; cb < 4; cb++) {
                vf s1 = vzero(), s2 = vzero();
                for (int h = 0; h < 5; h++)
                    for (int w = 0; w < 5; w++) {
                        const vf v = vload(max_pooling2d_1_out + (long)n * 800 + (long)cb * 200 + (long)(h + 0) * 40 + (long)(w + 0) * 8);
                        s1 += (v - vload(max_pooling2d_1_out + (long)cb * 200 + 0));
                        s2 += (v - vload(max_pooling2d_1_out + (long)cb * 200 + 0)) * (v - vload(max_pooling2d_1_out + (long)cb * 200 + 0));
                    }
                for (int l = 0; l < 8; l++) {
                    part[cb * 8 + l] += s1[l];
                    part[32 + cb * 8 + l] += s2[l];
                }
            }
    }
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        if (c >= 28) { st_mean[c] = st_scale[c] = st_shift[c] = 0.0f; continue; }
        double s1 = 0, s2 = 0;
        for (int t = 0; t < 2; t++) {
            s1 += ((double *)max_pooling2d_1_out_partial)[(long)t * 64 + c];
            s2 += ((double *)max_pooling2d_1_out_partial)[(long)t * 64 + 32 + c];
        }
        const double k = max_pooling2d_1_out[(long)(c / 8) * 200 + 0 + c % 8];
        const double m1 = s1 / rows, var0 = s2 / rows - m1 * m1;
        const double var = var0 < 0.0 ? 0.0 : var0;  /* biased, as Keras; NaN stays NaN */
        st_mean[c] = (float)(k + m1);
        const float invstd = (float)(1.0 / sqrt(var + 0.00100000005f));
        batch_normalization_1_mean[c] = st_mean[c];
        batch_normalization_1_invstd[c] = invstd;
        batch_normalization_1_moving_mean[c] = batch_normalization_1_moving_mean[c] * 0.99000001f + st_mean[c] * 0.00999999046f;
        batch_normalization_1_moving_variance[c] = batch_normalization_1_moving_variance[c] * 0.99000001f + (float)var * 0.00999999046f;
        st_scale[c] = invstd * batch_normalization_1_gamma[c];
        st_shift[c] = batch_normalization_1_beta[c] - st_mean[c] * st_scale[c];
    }
    /* pass 2: y = x * scale + shift */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int h = 0; h < 5; h++)
                for (int w = 0; w < 5; w++) {
                    const vf v = vload(max_pooling2d_1_out + (long)n * 800 + (long)cb * 200 + (long)(h + 0) * 40 + (long)(w + 0) * 8);
                    float *const py = batch_normalization_1_out_part + (long)n * 800 + (long)cb * 200 + (long)(h + 0) * 40 + (long)(w + 0) * 8;
                    vstore(py, v * vload(st_scale + cb * 8) + vload(st_shift + cb * 8));
                }
}

/* k09_reorder_n128_h5w5c28 — reorder kernel
 *   node n13 "reorder.batch_normalization_1_out" (reorder), from $.layers[6]
 *   in  batch_normalization_1_out.part (128, 5, 5, 28) nChw8c
 *   out batch_normalization_1_out  (128, 5, 5, 28) NHWC
 *   schedule: OpenMP over elements; ISA avx2 */
void k09_reorder_n128_h5w5c28(const float *restrict batch_normalization_1_out_part, float *restrict batch_normalization_1_out, int nb)
{
    /* batch_normalization_1_out.part -> batch_normalization_1_out */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++)
            for (int hp = 0; hp < 5; hp++)
                for (int wp = 0; wp < 5; wp++)
                    for (int cl = 0; cl < 28; cl++) {
                        const int h = hp - 0, w = wp - 0, c = cb * 28 + cl;
                        const float v = h >= 0 && h < 5 && w >= 0 && w < 5 && c < 28 ? batch_normalization_1_out_part[((long)(n) * 800 + (long)((c) / 8) * 200 + (long)((h) + 0) * 40 + ((w) + 0) * 8 + (c) % 8)] : 0.0f;
                        batch_normalization_1_out[(long)n * 700 + (long)cb * 0 + (long)hp * 140 + (long)wp * 28 + cl] = v;
                    }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k10_dense_fwd_relu_n128_k128_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 700; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[700 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[1400 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[2100 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[2800 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[3500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
    vstore(c + 128, vrelu(acc_r1v0));
    vstore(c + 136, vrelu(acc_r1v1));
    vstore(c + 256, vrelu(acc_r2v0));
    vstore(c + 264, vrelu(acc_r2v1));
    vstore(c + 384, vrelu(acc_r3v0));
    vstore(c + 392, vrelu(acc_r3v1));
    vstore(c + 512, vrelu(acc_r4v0));
    vstore(c + 520, vrelu(acc_r4v1));
    vstore(c + 640, vrelu(acc_r5v0));
    vstore(c + 648, vrelu(acc_r5v1));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k10_dense_fwd_relu_n128_k128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 700; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
}

/* k10_dense_fwd_relu_n128_k128 — gemm kernel
 *   node n14 "dense" (dense), from $.layers[8]
 *   node n15 "dense.relu" (relu), from $.layers[8]
 *   in  flatten_out                (128, 700) NC
 *   in  dense/kernel               (700, 128) IO
 *   in  dense/bias                 (128) C
 *   out dense_out                  (128, 128) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k10_dense_fwd_relu_n128_k128(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_bias + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_kernel + j0 * 8;
            if (i0 < full_rows) {
                k10_dense_fwd_relu_n128_k128_tile_6x2(flatten_out + (long)i0 * 700, bg, bias_g, dense_out + (long)i0 * 128 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k10_dense_fwd_relu_n128_k128_tile_1x2(flatten_out + (long)i * 700, bg, bias_g, dense_out + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k11_dense_fwd_relu_n128_k128_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
    vstore(c + 128, vrelu(acc_r1v0));
    vstore(c + 136, vrelu(acc_r1v1));
    vstore(c + 256, vrelu(acc_r2v0));
    vstore(c + 264, vrelu(acc_r2v1));
    vstore(c + 384, vrelu(acc_r3v0));
    vstore(c + 392, vrelu(acc_r3v1));
    vstore(c + 512, vrelu(acc_r4v0));
    vstore(c + 520, vrelu(acc_r4v1));
    vstore(c + 640, vrelu(acc_r5v0));
    vstore(c + 648, vrelu(acc_r5v1));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k11_dense_fwd_relu_n128_k128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
}

/* k11_dense_fwd_relu_n128_k128 — gemm kernel
 *   node n16 "dense_1" (dense), from $.layers[9]
 *   node n17 "dense_1.relu" (relu), from $.layers[9]
 *   in  dense_out                  (128, 128) NC
 *   in  dense_1/kernel             (128, 128) IO
 *   in  dense_1/bias               (128) C
 *   out dense_1_out                (128, 128) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k11_dense_fwd_relu_n128_k128(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_1_bias + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_1_kernel + j0 * 8;
            if (i0 < full_rows) {
                k11_dense_fwd_relu_n128_k128_tile_6x2(dense_out + (long)i0 * 128, bg, bias_g, dense_1_out + (long)i0 * 128 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k11_dense_fwd_relu_n128_k128_tile_1x2(dense_out + (long)i * 128, bg, bias_g, dense_1_out + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k12_dense_fwd_relu_n128_k128_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
    vstore(c + 128, vrelu(acc_r1v0));
    vstore(c + 136, vrelu(acc_r1v1));
    vstore(c + 256, vrelu(acc_r2v0));
    vstore(c + 264, vrelu(acc_r2v1));
    vstore(c + 384, vrelu(acc_r3v0));
    vstore(c + 392, vrelu(acc_r3v1));
    vstore(c + 512, vrelu(acc_r4v0));
    vstore(c + 520, vrelu(acc_r4v1));
    vstore(c + 640, vrelu(acc_r5v0));
    vstore(c + 648, vrelu(acc_r5v1));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k12_dense_fwd_relu_n128_k128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
}

/* k12_dense_fwd_relu_n128_k128 — gemm kernel
 *   node n18 "dense_2" (dense), from $.layers[10]
 *   node n19 "dense_2.relu" (relu), from $.layers[10]
 *   in  dense_1_out                (128, 128) NC
 *   in  dense_2/kernel             (128, 128) IO
 *   in  dense_2/bias               (128) C
 *   out dense_2_out                (128, 128) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k12_dense_fwd_relu_n128_k128(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_out, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_2_bias + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_2_kernel + j0 * 8;
            if (i0 < full_rows) {
                k12_dense_fwd_relu_n128_k128_tile_6x2(dense_1_out + (long)i0 * 128, bg, bias_g, dense_2_out + (long)i0 * 128 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k12_dense_fwd_relu_n128_k128_tile_1x2(dense_1_out + (long)i * 128, bg, bias_g, dense_2_out + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k13_reorder_128x10 — reorder kernel
 *   node n20 "reorder.dense_3/kernel.padded16" (reorder), from $.layers[11]
 *   in  dense_3/kernel             (128, 10) IO
 *   out dense_3/kernel.padded16    (128, 10) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k13_reorder_128x10(const float *restrict dense_3_kernel, float *restrict dense_3_kernel_padded16)
{
    /* dense_3/kernel -> dense_3/kernel.padded16 */
    /* (128, 10) -> padded (128, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 128; r++)
        for (int c = 0; c < 16; c++) dense_3_kernel_padded16[(long)r * 16 + c] = c < 10 ? dense_3_kernel[(long)r * 10 + c] : 0.0f;
}

/* k14_reorder_c10 — reorder kernel
 *   node n21 "reorder.dense_3/bias.padded16" (reorder), from $.layers[11]
 *   in  dense_3/bias               (10) C
 *   out dense_3/bias.padded16      (10) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k14_reorder_c10(const float *restrict dense_3_bias, float *restrict dense_3_bias_padded16)
{
    /* dense_3/bias -> dense_3/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_3_bias_padded16[c] = c < 10 ? dense_3_bias[c] : 0.0f;
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k15_dense_fwd_n128_k10_tile_6x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
    vstore(c + 10, acc_r1v0);
    vstore_part(c + 18, acc_r1v1, 2);
    vstore(c + 20, acc_r2v0);
    vstore_part(c + 28, acc_r2v1, 2);
    vstore(c + 30, acc_r3v0);
    vstore_part(c + 38, acc_r3v1, 2);
    vstore(c + 40, acc_r4v0);
    vstore_part(c + 48, acc_r4v1, 2);
    vstore(c + 50, acc_r5v0);
    vstore_part(c + 58, acc_r5v1, 2);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k15_dense_fwd_n128_k10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
}

/* k15_dense_fwd_n128_k10 — gemm kernel
 *   node n22 "dense_3" (dense), from $.layers[11]
 *   in  dense_2_out                (128, 128) NC
 *   in  dense_3/kernel.padded16    (128, 10) IO
 *   in  dense_3/bias.padded16      (10) C
 *   out dense_3_pre                (128, 10) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k15_dense_fwd_n128_k10(const float *restrict dense_2_out, const float *restrict dense_3_kernel_padded16, const float *restrict dense_3_bias_padded16, float *restrict dense_3_pre, int nb)
{
    /* C (nb x 10) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_3_bias_padded16 + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_3_kernel_padded16 + j0 * 8;
            if (i0 < full_rows) {
                k15_dense_fwd_n128_k10_tile_6x2t(dense_2_out + (long)i0 * 128, bg, bias_g, dense_3_pre + (long)i0 * 10 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k15_dense_fwd_n128_k10_tile_1x2t(dense_2_out + (long)i * 128, bg, bias_g, dense_3_pre + (long)i * 10 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k16_rescale_n128_h28w28c1 — eltwise kernel
 *   node n23 "rescaling_infer" (rescale), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out rescaling_out_infer        (128, 28, 28, 1) NHWC
 *   schedule: OpenMP over samples; ISA avx2 */
void k16_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out_infer, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 784; e < (long)(n + 1) * 784; e++) {
            rescaling_out_infer[e] = x[e] * 0.00392156886f + 0.0f;
        }
    }
}

/* k17_reorder_3x3x1x28 — reorder kernel
 *   node n24 "reorder.conv2d/kernel.blocked8.2" (reorder), from $.layers[1]
 *   in  conv2d/kernel              (3, 3, 1, 28) HWIO
 *   out conv2d/kernel.blocked8.2   (3, 3, 1, 28) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k17_reorder_3x3x1x28(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8_2)
{
    /* conv2d/kernel -> conv2d/kernel.blocked8.2 */
    /* (3, 3, 1, 28) HWIO -> (4, 1, 3, 3, 1, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 1; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 1 + ic, f = ob * 8 + oc;
                            conv2d_kernel_blocked8_2[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 8 + ic * 8 + oc] = c < 1 && f < 28 ? conv2d_kernel[((kh * 3 + kw) * 1 + c) * 28 + f] : 0.0f;
                        }
}

/* k18_reorder_c28 — reorder kernel
 *   node n25 "reorder.conv2d/bias.padded32.2" (reorder), from $.layers[1]
 *   in  conv2d/bias                (28) C
 *   out conv2d/bias.padded32.2     (28) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k18_reorder_c28(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32_2)
{
    /* conv2d/bias -> conv2d/bias.padded32.2 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_bias_padded32_2[c] = c < 28 ? conv2d_bias[c] : 0.0f;
}

/* 2 x 2 output pixels x 2 output-channel vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k19_conv2d_fwd_relu_maxpool_n128_h26w26c28_tile_2x2(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
{
    (void)ap;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r1c0v0 = vload(bp + 0), acc_r1c0v1 = vload(bp + 8);
    vf acc_r1c1v0 = vload(bp + 0), acc_r1c1v1 = vload(bp + 8);
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 28 + kw * 1;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 8;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 1; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 72 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[1 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[28 + ic]); acc_r1c0v0 = vfma(xb, w0, acc_r1c0v0); acc_r1c0v1 = vfma(xb, w1, acc_r1c0v1); }
                { const vf xb = vbcast(xs[29 + ic]); acc_r1c1v0 = vfma(xb, w0, acc_r1c1v0); acc_r1c1v1 = vfma(xb, w1, acc_r1c1v1); }
            }
        }
    {  /* window (0, 0), channel vector 0 */
        vf m = acc_r0c0v0;
        m = acc_r0c1v0 > m ? acc_r0c1v0 : m;
        m = acc_r1c0v0 > m ? acc_r1c0v0 : m;
        m = acc_r1c1v0 > m ? acc_r1c1v0 : m;
        const vf mx = ((acc_r0c0v0 != acc_r0c0v0) | (acc_r0c1v0 != acc_r0c1v0) | (acc_r1c0v0 != acc_r1c0v0) | (acc_r1c1v0 != acc_r1c1v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 0, mx);
    }
    {  /* window (0, 0), channel vector 1 */
        vf m = acc_r0c0v1;
        m = acc_r0c1v1 > m ? acc_r0c1v1 : m;
        m = acc_r1c0v1 > m ? acc_r1c0v1 : m;
        m = acc_r1c1v1 > m ? acc_r1c1v1 : m;
        const vf mx = ((acc_r0c0v1 != acc_r0c0v1) | (acc_r0c1v1 != acc_r0c1v1) | (acc_r1c0v1 != acc_r1c0v1) | (acc_r1c1v1 != acc_r1c1v1)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 1352, mx);
    }
}

/* k19_conv2d_fwd_relu_maxpool_n128_h26w26c28 — conv_fwd kernel
 *   node n26 "conv2d_infer" (conv2d), from $.layers[1]
 *   node n27 "conv2d.relu_infer" (relu), from $.layers[1]
 *   node n28 "max_pooling2d_infer" (maxpool), from $.layers[2]
 *   in  rescaling_out_infer        (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel.blocked8.2   (3, 3, 1, 28) 8-blocked
 *   in  conv2d/bias.padded32.2     (28) C
 *   out max_pooling2d_out_infer    (128, 13, 13, 28) nChw8c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 2x2 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k19_conv2d_fwd_relu_maxpool_n128_h26w26c28(const float *restrict rescaling_out_infer, const float *restrict conv2d_kernel_blocked8_2, const float *restrict conv2d_bias_padded32_2, float *restrict max_pooling2d_out_infer, int nb)
{
    /* tiles of 2x2 pixels x 2 channel vectors; 2 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 26; oh += 2) {
            const float *xr = rescaling_out_infer + (long)n * 784 + (long)(0 + oh * 1 + 0) * 28 + (long)(0 + 0) * 1;
            float *yr = max_pooling2d_out_infer + (long)n * 5408 + (long)(oh / 2 + 0) * 104 + (long)0 * 8;
            for (int og = 0; og < 2; og++) {
                const float *wg = conv2d_kernel_blocked8_2 + (long)og * 144;
                const float *bg = conv2d_bias_padded32_2 + og * 16;
                float *yg = yr + (long)og * 2704;
                uint8_t *mg = NULL;
                for (int ow = 0; ow < 26; ow += 2) k19_conv2d_fwd_relu_maxpool_n128_h26w26c28_tile_2x2(xr + (long)ow * 1, wg, bg, yg + (long)(ow / 2) * 8, mg ? mg + (long)(ow / 2) * 8 : NULL, 0, 3);
            }
        }
}

/* k20_batchnorm_fwd_inference_n128_h13w13c28 — batchnorm kernel
 *   node n29 "batch_normalization_infer" (bn_infer), from $.layers[3]
 *   in  max_pooling2d_out_infer    (128, 13, 13, 28) nChw8c
 *   in  batch_normalization/gamma  (28) C
 *   in  batch_normalization/beta   (28) C
 *   in  batch_normalization/moving_mean (28) C
 *   in  batch_normalization/moving_variance (28) C
 *   out batch_normalization_out_infer (128, 13, 13, 28) nChw8c
 *   tmp max_pooling2d_out_infer.stats (160) C, scratch
 *   schedule: OpenMP over samples; ISA avx2 */
void k20_batchnorm_fwd_inference_n128_h13w13c28(const float *restrict max_pooling2d_out_infer, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out_infer, float *restrict max_pooling2d_out_infer_stats, int nb)
{
    float *const st_scale = max_pooling2d_out_infer_stats + 32, *const st_shift = max_pooling2d_out_infer_stats + 64;
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        if (c >= 28) { st_scale[c] = st_shift[c] = 0.0f; continue; }
        st_scale[c] = batch_normalization_gamma[c] / sqrtf(batch_normalization_moving_variance[c] + 0.00100000005f);
        st_shift[c] = batch_normalization_beta[c] - batch_normalization_moving_mean[c] * st_scale[c];
    }
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int h = 0; h < 13; h++)
                for (int w = 0; w < 13; w++) {
                    const vf v = vload(max_pooling2d_out_infer + (long)n * 5408 + (long)cb * 1352 + (long)(h + 0) * 104 + (long)(w + 0) * 8);
                    float *const py = batch_normalization_out_infer + (long)n * 5408 + (long)cb * 1352 + (long)(h + 0) * 104 + (long)(w + 0) * 8;
                    vstore(py, v * vload(st_scale + cb * 8) + vload(st_shift + cb * 8));
                }
}

/* k21_reorder_3x3x28x28 — reorder kernel
 *   node n30 "reorder.conv2d_1/kernel.blocked8.2" (reorder), from $.layers[4]
 *   in  conv2d_1/kernel            (3, 3, 28, 28) HWIO
 *   out conv2d_1/kernel.blocked8.2 (3, 3, 28, 28) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k21_reorder_3x3x28x28(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8_2)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked8.2 */
    /* (3, 3, 28, 28) HWIO -> (4, 4, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 4; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_1_kernel_blocked8_2[((((long)ob * 4 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 28 && f < 28 ? conv2d_1_kernel[((kh * 3 + kw) * 28 + c) * 28 + f] : 0.0f;
                        }
}

/* k22_reorder_c28 — reorder kernel
 *   node n31 "reorder.conv2d_1/bias.padded32.2" (reorder), from $.layers[4]
 *   in  conv2d_1/bias              (28) C
 *   out conv2d_1/bias.padded32.2   (28) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k22_reorder_c28(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded32_2)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded32.2 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_1_bias_padded32_2[c] = c < 28 ? conv2d_1_bias[c] : 0.0f;
}

/* 2 x 6 output pixels x 1 output-channel vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k23_conv2d_fwd_relu_maxpool_n128_h11w11c28_tile_2x6(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
{
    (void)ap;
    vf acc_r0c0v0 = vload(bp + 0);
    vf acc_r0c1v0 = vload(bp + 0);
    vf acc_r0c2v0 = vload(bp + 0);
    vf acc_r0c3v0 = vload(bp + 0);
    vf acc_r0c4v0 = vload(bp + 0);
    vf acc_r0c5v0 = vload(bp + 0);
    vf acc_r1c0v0 = vload(bp + 0);
    vf acc_r1c1v0 = vload(bp + 0);
    vf acc_r1c2v0 = vload(bp + 0);
    vf acc_r1c3v0 = vload(bp + 0);
    vf acc_r1c4v0 = vload(bp + 0);
    vf acc_r1c5v0 = vload(bp + 0);
    for (int cb = 0; cb < 4; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)cb * 1352 + kh * 104;
        const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < (cb < 3 ? 8 : 4); ic++) {  /* the last block's channels 4..7 are padding */
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0 */
            const vf w1_0 = vload(ws + 64 + ic * 8);  /* column tap 1 */
            const vf w2_0 = vload(ws + 128 + ic * 8);  /* column tap 2 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[56 + ic]); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[104 + ic]); acc_r1c0v0 = vfma(xb, w0_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r1c1v0 = vfma(xb, w0_0, acc_r1c1v0); acc_r1c0v0 = vfma(xb, w1_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[120 + ic]); acc_r1c2v0 = vfma(xb, w0_0, acc_r1c2v0); acc_r1c1v0 = vfma(xb, w1_0, acc_r1c1v0); acc_r1c0v0 = vfma(xb, w2_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r1c3v0 = vfma(xb, w0_0, acc_r1c3v0); acc_r1c2v0 = vfma(xb, w1_0, acc_r1c2v0); acc_r1c1v0 = vfma(xb, w2_0, acc_r1c1v0); }
            { const vf xb = vbcast(xs[136 + ic]); acc_r1c4v0 = vfma(xb, w0_0, acc_r1c4v0); acc_r1c3v0 = vfma(xb, w1_0, acc_r1c3v0); acc_r1c2v0 = vfma(xb, w2_0, acc_r1c2v0); }
            { const vf xb = vbcast(xs[144 + ic]); acc_r1c5v0 = vfma(xb, w0_0, acc_r1c5v0); acc_r1c4v0 = vfma(xb, w1_0, acc_r1c4v0); acc_r1c3v0 = vfma(xb, w2_0, acc_r1c3v0); }
            { const vf xb = vbcast(xs[152 + ic]); acc_r1c5v0 = vfma(xb, w1_0, acc_r1c5v0); acc_r1c4v0 = vfma(xb, w2_0, acc_r1c4v0); }
            { const vf xb = vbcast(xs[160 + ic]); acc_r1c5v0 = vfma(xb, w2_0, acc_r1c5v0); }
        }
    }
    {  /* window (0, 0), channel vector 0 */
        vf m = acc_r0c0v0;
        m = acc_r0c1v0 > m ? acc_r0c1v0 : m;
        m = acc_r1c0v0 > m ? acc_r1c0v0 : m;
        m = acc_r1c1v0 > m ? acc_r1c1v0 : m;
        const vf mx = ((acc_r0c0v0 != acc_r0c0v0) | (acc_r0c1v0 != acc_r0c1v0) | (acc_r1c0v0 != acc_r1c0v0) | (acc_r1c1v0 != acc_r1c1v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 0, mx);
    }
    {  /* window (0, 1), channel vector 0 */
        vf m = acc_r0c2v0;
        m = acc_r0c3v0 > m ? acc_r0c3v0 : m;
        m = acc_r1c2v0 > m ? acc_r1c2v0 : m;
        m = acc_r1c3v0 > m ? acc_r1c3v0 : m;
        const vf mx = ((acc_r0c2v0 != acc_r0c2v0) | (acc_r0c3v0 != acc_r0c3v0) | (acc_r1c2v0 != acc_r1c2v0) | (acc_r1c3v0 != acc_r1c3v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 8, mx);
    }
    {  /* window (0, 2), channel vector 0 */
        vf m = acc_r0c4v0;
        m = acc_r0c5v0 > m ? acc_r0c5v0 : m;
        m = acc_r1c4v0 > m ? acc_r1c4v0 : m;
        m = acc_r1c5v0 > m ? acc_r1c5v0 : m;
        const vf mx = ((acc_r0c4v0 != acc_r0c4v0) | (acc_r0c5v0 != acc_r0c5v0) | (acc_r1c4v0 != acc_r1c4v0) | (acc_r1c5v0 != acc_r1c5v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 16, mx);
    }
}

/* 2 x 4 output pixels x 1 output-channel vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k23_conv2d_fwd_relu_maxpool_n128_h11w11c28_tile_2x4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
{
    (void)ap;
    vf acc_r0c0v0 = vload(bp + 0);
    vf acc_r0c1v0 = vload(bp + 0);
    vf acc_r0c2v0 = vload(bp + 0);
    vf acc_r0c3v0 = vload(bp + 0);
    vf acc_r1c0v0 = vload(bp + 0);
    vf acc_r1c1v0 = vload(bp + 0);
    vf acc_r1c2v0 = vload(bp + 0);
    vf acc_r1c3v0 = vload(bp + 0);
    for (int cb = 0; cb < 4; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)cb * 1352 + kh * 104;
        const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < (cb < 3 ? 8 : 4); ic++) {  /* the last block's channels 4..7 are padding */
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0 */
            const vf w1_0 = vload(ws + 64 + ic * 8);  /* column tap 1 */
            const vf w2_0 = vload(ws + 128 + ic * 8);  /* column tap 2 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[104 + ic]); acc_r1c0v0 = vfma(xb, w0_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r1c1v0 = vfma(xb, w0_0, acc_r1c1v0); acc_r1c0v0 = vfma(xb, w1_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[120 + ic]); acc_r1c2v0 = vfma(xb, w0_0, acc_r1c2v0); acc_r1c1v0 = vfma(xb, w1_0, acc_r1c1v0); acc_r1c0v0 = vfma(xb, w2_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r1c3v0 = vfma(xb, w0_0, acc_r1c3v0); acc_r1c2v0 = vfma(xb, w1_0, acc_r1c2v0); acc_r1c1v0 = vfma(xb, w2_0, acc_r1c1v0); }
            { const vf xb = vbcast(xs[136 + ic]); acc_r1c3v0 = vfma(xb, w1_0, acc_r1c3v0); acc_r1c2v0 = vfma(xb, w2_0, acc_r1c2v0); }
            { const vf xb = vbcast(xs[144 + ic]); acc_r1c3v0 = vfma(xb, w2_0, acc_r1c3v0); }
        }
    }
    {  /* window (0, 0), channel vector 0 */
        vf m = acc_r0c0v0;
        m = acc_r0c1v0 > m ? acc_r0c1v0 : m;
        m = acc_r1c0v0 > m ? acc_r1c0v0 : m;
        m = acc_r1c1v0 > m ? acc_r1c1v0 : m;
        const vf mx = ((acc_r0c0v0 != acc_r0c0v0) | (acc_r0c1v0 != acc_r0c1v0) | (acc_r1c0v0 != acc_r1c0v0) | (acc_r1c1v0 != acc_r1c1v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 0, mx);
    }
    {  /* window (0, 1), channel vector 0 */
        vf m = acc_r0c2v0;
        m = acc_r0c3v0 > m ? acc_r0c3v0 : m;
        m = acc_r1c2v0 > m ? acc_r1c2v0 : m;
        m = acc_r1c3v0 > m ? acc_r1c3v0 : m;
        const vf mx = ((acc_r0c2v0 != acc_r0c2v0) | (acc_r0c3v0 != acc_r0c3v0) | (acc_r1c2v0 != acc_r1c2v0) | (acc_r1c3v0 != acc_r1c3v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 8, mx);
    }
}

/* k23_conv2d_fwd_relu_maxpool_n128_h11w11c28 — conv_fwd kernel
 *   node n32 "conv2d_1_infer" (conv2d), from $.layers[4]
 *   node n33 "conv2d_1.relu_infer" (relu), from $.layers[4]
 *   node n34 "max_pooling2d_1_infer" (maxpool), from $.layers[5]
 *   in  batch_normalization_out_infer (128, 13, 13, 28) nChw8c
 *   in  conv2d_1/kernel.blocked8.2 (3, 3, 28, 28) 8-blocked
 *   in  conv2d_1/bias.padded32.2   (28) C
 *   out max_pooling2d_1_out_infer  (128, 5, 5, 28) nChw8c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 2x6 pixels, 8 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx2 */
void k23_conv2d_fwd_relu_maxpool_n128_h11w11c28(const float *restrict batch_normalization_out_infer, const float *restrict conv2d_1_kernel_blocked8_2, const float *restrict conv2d_1_bias_padded32_2, float *restrict max_pooling2d_1_out_infer, int nb)
{
    /* tiles of 2x6 pixels x 1 channel vectors; 4 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 10; oh += 2) {
            const float *xr = batch_normalization_out_infer + (long)n * 5408 + (long)(0 + oh * 1 + 0) * 104 + (long)(0 + 0) * 8;
            float *yr = max_pooling2d_1_out_infer + (long)n * 800 + (long)(oh / 2 + 0) * 40 + (long)0 * 8;
            for (int og = 0; og < 4; og++) {
                const float *wg = conv2d_1_kernel_blocked8_2 + (long)og * 2304;
                const float *bg = conv2d_1_bias_padded32_2 + og * 8;
                float *yg = yr + (long)og * 200;
                uint8_t *mg = NULL;
                k23_conv2d_fwd_relu_maxpool_n128_h11w11c28_tile_2x6(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 3);
                k23_conv2d_fwd_relu_maxpool_n128_h11w11c28_tile_2x4(xr + 48, wg, bg, yg + 24, mg ? mg + 24 : NULL, 0, 3);
            }
        }
}

/* k24_batchnorm_fwd_inference_n128_h5w5c28 — batchnorm kernel
 *   node n35 "batch_normalization_1_infer" (bn_infer), from $.layers[6]
 *   in  max_pooling2d_1_out_infer  (128, 5, 5, 28) nChw8c
 *   in  batch_normalization_1/gamma (28) C
 *   in  batch_normalization_1/beta (28) C
 *   in  batch_normalization_1/moving_mean (28) C
 *   in  batch_normalization_1/moving_variance (28) C
 *   out batch_normalization_1_out_infer.part (128, 5, 5, 28) nChw8c
 *   tmp max_pooling2d_1_out_infer.stats (160) C, scratch
 *   schedule: OpenMP over samples; ISA avx2 */
void k24_batchnorm_fwd_inference_n128_h5w5c28(const float *restrict max_pooling2d_1_out_infer, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out_infer_part, float *restrict max_pooling2d_1_out_infer_stats, int nb)
{
    float *const st_scale = max_pooling2d_1_out_infer_stats + 32, *const st_shift = max_pooling2d_1_out_infer_stats + 64;
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        if (c >= 28) { st_scale[c] = st_shift[c] = 0.0f; continue; }
        st_scale[c] = batch_normalization_1_gamma[c] / sqrtf(batch_normalization_1_moving_variance[c] + 0.00100000005f);
        st_shift[c] = batch_normalization_1_beta[c] - batch_normalization_1_moving_mean[c] * st_scale[c];
    }
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int h = 0; h < 5; h++)
                for (int w = 0; w < 5; w++) {
                    const vf v = vload(max_pooling2d_1_out_infer + (long)n * 800 + (long)cb * 200 + (long)(h + 0) * 40 + (long)(w + 0) * 8);
                    float *const py = batch_normalization_1_out_infer_part + (long)n * 800 + (long)cb * 200 + (long)(h + 0) * 40 + (long)(w + 0) * 8;
                    vstore(py, v * vload(st_scale + cb * 8) + vload(st_shift + cb * 8));
                }
}

/* k25_reorder_n128_h5w5c28 — reorder kernel
 *   node n36 "reorder.batch_normalization_1_out_infer" (reorder), from $.layers[6]
 *   in  batch_normalization_1_out_infer.part (128, 5, 5, 28) nChw8c
 *   out batch_normalization_1_out_infer (128, 5, 5, 28) NHWC
 *   schedule: OpenMP over elements; ISA avx2 */
void k25_reorder_n128_h5w5c28(const float *restrict batch_normalization_1_out_infer_part, float *restrict batch_normalization_1_out_infer, int nb)
{
    /* batch_normalization_1_out_infer.part -> batch_normalization_1_out_infer */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++)
            for (int hp = 0; hp < 5; hp++)
                for (int wp = 0; wp < 5; wp++)
                    for (int cl = 0; cl < 28; cl++) {
                        const int h = hp - 0, w = wp - 0, c = cb * 28 + cl;
                        const float v = h >= 0 && h < 5 && w >= 0 && w < 5 && c < 28 ? batch_normalization_1_out_infer_part[((long)(n) * 800 + (long)((c) / 8) * 200 + (long)((h) + 0) * 40 + ((w) + 0) * 8 + (c) % 8)] : 0.0f;
                        batch_normalization_1_out_infer[(long)n * 700 + (long)cb * 0 + (long)hp * 140 + (long)wp * 28 + cl] = v;
                    }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k26_dense_fwd_relu_n128_k128_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 700; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[700 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[1400 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[2100 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[2800 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[3500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
    vstore(c + 128, vrelu(acc_r1v0));
    vstore(c + 136, vrelu(acc_r1v1));
    vstore(c + 256, vrelu(acc_r2v0));
    vstore(c + 264, vrelu(acc_r2v1));
    vstore(c + 384, vrelu(acc_r3v0));
    vstore(c + 392, vrelu(acc_r3v1));
    vstore(c + 512, vrelu(acc_r4v0));
    vstore(c + 520, vrelu(acc_r4v1));
    vstore(c + 640, vrelu(acc_r5v0));
    vstore(c + 648, vrelu(acc_r5v1));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k26_dense_fwd_relu_n128_k128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 700; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
}

/* k26_dense_fwd_relu_n128_k128 — gemm kernel
 *   node n37 "dense_infer" (dense), from $.layers[8]
 *   node n38 "dense.relu_infer" (relu), from $.layers[8]
 *   in  flatten_out_infer          (128, 700) NC
 *   in  dense/kernel               (700, 128) IO
 *   in  dense/bias                 (128) C
 *   out dense_out_infer            (128, 128) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k26_dense_fwd_relu_n128_k128(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out_infer, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_bias + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_kernel + j0 * 8;
            if (i0 < full_rows) {
                k26_dense_fwd_relu_n128_k128_tile_6x2(flatten_out_infer + (long)i0 * 700, bg, bias_g, dense_out_infer + (long)i0 * 128 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k26_dense_fwd_relu_n128_k128_tile_1x2(flatten_out_infer + (long)i * 700, bg, bias_g, dense_out_infer + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k27_dense_fwd_relu_n128_k128_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
    vstore(c + 128, vrelu(acc_r1v0));
    vstore(c + 136, vrelu(acc_r1v1));
    vstore(c + 256, vrelu(acc_r2v0));
    vstore(c + 264, vrelu(acc_r2v1));
    vstore(c + 384, vrelu(acc_r3v0));
    vstore(c + 392, vrelu(acc_r3v1));
    vstore(c + 512, vrelu(acc_r4v0));
    vstore(c + 520, vrelu(acc_r4v1));
    vstore(c + 640, vrelu(acc_r5v0));
    vstore(c + 648, vrelu(acc_r5v1));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k27_dense_fwd_relu_n128_k128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
}

/* k27_dense_fwd_relu_n128_k128 — gemm kernel
 *   node n39 "dense_1_infer" (dense), from $.layers[9]
 *   node n40 "dense_1.relu_infer" (relu), from $.layers[9]
 *   in  dense_out_infer            (128, 128) NC
 *   in  dense_1/kernel             (128, 128) IO
 *   in  dense_1/bias               (128) C
 *   out dense_1_out_infer          (128, 128) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k27_dense_fwd_relu_n128_k128(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out_infer, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_1_bias + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_1_kernel + j0 * 8;
            if (i0 < full_rows) {
                k27_dense_fwd_relu_n128_k128_tile_6x2(dense_out_infer + (long)i0 * 128, bg, bias_g, dense_1_out_infer + (long)i0 * 128 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k27_dense_fwd_relu_n128_k128_tile_1x2(dense_out_infer + (long)i * 128, bg, bias_g, dense_1_out_infer + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k28_dense_fwd_relu_n128_k128_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
    vstore(c + 128, vrelu(acc_r1v0));
    vstore(c + 136, vrelu(acc_r1v1));
    vstore(c + 256, vrelu(acc_r2v0));
    vstore(c + 264, vrelu(acc_r2v1));
    vstore(c + 384, vrelu(acc_r3v0));
    vstore(c + 392, vrelu(acc_r3v1));
    vstore(c + 512, vrelu(acc_r4v0));
    vstore(c + 520, vrelu(acc_r4v1));
    vstore(c + 640, vrelu(acc_r5v0));
    vstore(c + 648, vrelu(acc_r5v1));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k28_dense_fwd_relu_n128_k128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
}

/* k28_dense_fwd_relu_n128_k128 — gemm kernel
 *   node n41 "dense_2_infer" (dense), from $.layers[10]
 *   node n42 "dense_2.relu_infer" (relu), from $.layers[10]
 *   in  dense_1_out_infer          (128, 128) NC
 *   in  dense_2/kernel             (128, 128) IO
 *   in  dense_2/bias               (128) C
 *   out dense_2_out_infer          (128, 128) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k28_dense_fwd_relu_n128_k128(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_out_infer, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_2_bias + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_2_kernel + j0 * 8;
            if (i0 < full_rows) {
                k28_dense_fwd_relu_n128_k128_tile_6x2(dense_1_out_infer + (long)i0 * 128, bg, bias_g, dense_2_out_infer + (long)i0 * 128 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k28_dense_fwd_relu_n128_k128_tile_1x2(dense_1_out_infer + (long)i * 128, bg, bias_g, dense_2_out_infer + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k29_reorder_128x10 — reorder kernel
 *   node n43 "reorder.dense_3/kernel.padded16.2" (reorder), from $.layers[11]
 *   in  dense_3/kernel             (128, 10) IO
 *   out dense_3/kernel.padded16.2  (128, 10) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k29_reorder_128x10(const float *restrict dense_3_kernel, float *restrict dense_3_kernel_padded16_2)
{
    /* dense_3/kernel -> dense_3/kernel.padded16.2 */
    /* (128, 10) -> padded (128, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 128; r++)
        for (int c = 0; c < 16; c++) dense_3_kernel_padded16_2[(long)r * 16 + c] = c < 10 ? dense_3_kernel[(long)r * 10 + c] : 0.0f;
}

/* k30_reorder_c10 — reorder kernel
 *   node n44 "reorder.dense_3/bias.padded16.2" (reorder), from $.layers[11]
 *   in  dense_3/bias               (10) C
 *   out dense_3/bias.padded16.2    (10) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k30_reorder_c10(const float *restrict dense_3_bias, float *restrict dense_3_bias_padded16_2)
{
    /* dense_3/bias -> dense_3/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_3_bias_padded16_2[c] = c < 10 ? dense_3_bias[c] : 0.0f;
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k31_dense_fwd_n128_k10_tile_6x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
    vstore(c + 10, acc_r1v0);
    vstore_part(c + 18, acc_r1v1, 2);
    vstore(c + 20, acc_r2v0);
    vstore_part(c + 28, acc_r2v1, 2);
    vstore(c + 30, acc_r3v0);
    vstore_part(c + 38, acc_r3v1, 2);
    vstore(c + 40, acc_r4v0);
    vstore_part(c + 48, acc_r4v1, 2);
    vstore(c + 50, acc_r5v0);
    vstore_part(c + 58, acc_r5v1, 2);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k31_dense_fwd_n128_k10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
}

/* k31_dense_fwd_n128_k10 — gemm kernel
 *   node n45 "dense_3_infer" (dense), from $.layers[11]
 *   in  dense_2_out_infer          (128, 128) NC
 *   in  dense_3/kernel.padded16.2  (128, 10) IO
 *   in  dense_3/bias.padded16.2    (10) C
 *   out dense_3_pre_infer          (128, 10) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k31_dense_fwd_n128_k10(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel_padded16_2, const float *restrict dense_3_bias_padded16_2, float *restrict dense_3_pre_infer, int nb)
{
    /* C (nb x 10) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_3_bias_padded16_2 + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_3_kernel_padded16_2 + j0 * 8;
            if (i0 < full_rows) {
                k31_dense_fwd_n128_k10_tile_6x2t(dense_2_out_infer + (long)i0 * 128, bg, bias_g, dense_3_pre_infer + (long)i0 * 10 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k31_dense_fwd_n128_k10_tile_1x2t(dense_2_out_infer + (long)i * 128, bg, bias_g, dense_3_pre_infer + (long)i * 10 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k32_dense_fwd_softmax_n128_k10_tile_6x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
    vstore(c + 10, acc_r1v0);
    vstore_part(c + 18, acc_r1v1, 2);
    vstore(c + 20, acc_r2v0);
    vstore_part(c + 28, acc_r2v1, 2);
    vstore(c + 30, acc_r3v0);
    vstore_part(c + 38, acc_r3v1, 2);
    vstore(c + 40, acc_r4v0);
    vstore_part(c + 48, acc_r4v1, 2);
    vstore(c + 50, acc_r5v0);
    vstore_part(c + 58, acc_r5v1, 2);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k32_dense_fwd_softmax_n128_k10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
}

/* k32_dense_fwd_softmax_n128_k10 — gemm kernel
 *   node n46 "dense_3_predict_infer" (dense), from $.layers[11]
 *   node n47 "dense_3.softmax_infer" (softmax), from $.layers[11]
 *   in  dense_2_out_infer          (128, 128) NC
 *   in  dense_3/kernel.padded16.2  (128, 10) IO
 *   in  dense_3/bias.padded16.2    (10) C
 *   out dense_3_out_infer          (128, 10) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k32_dense_fwd_softmax_n128_k10(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel_padded16_2, const float *restrict dense_3_bias_padded16_2, float *restrict dense_3_out_infer, int nb)
{
    /* C (nb x 10) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_3_bias_padded16_2 + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_3_kernel_padded16_2 + j0 * 8;
            float z[60];  /* the tile's logits */
            if (i0 < full_rows) {
                k32_dense_fwd_softmax_n128_k10_tile_6x2t(dense_2_out_infer + (long)i0 * 128, bg, bias_g, z, db_g, 0, NULL);
                for (int i = 0; i < 6; i++)
                    {
                        const float *zr = z + (long)i * 10;
                        float *yr = dense_3_out_infer + (long)(i0 + i) * 10;
                        float mx = zr[0];
                        for (int k = 1; k < 10; k++) mx = zr[k] > mx ? zr[k] : mx;
                        float sum = 0.0f;
                        for (int k = 0; k < 10; k++) { yr[k] = expf(zr[k] - mx); sum += yr[k]; }
                        for (int k = 0; k < 10; k++) yr[k] /= sum;
                    }
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k32_dense_fwd_softmax_n128_k10_tile_1x2t(dense_2_out_infer + (long)i * 128, bg, bias_g, z, i == 0 ? db_g : NULL, 0, NULL);
                    {
                        const float *zr = z;
                        float *yr = dense_3_out_infer + (long)i * 10;
                        float mx = zr[0];
                        for (int k = 1; k < 10; k++) mx = zr[k] > mx ? zr[k] : mx;
                        float sum = 0.0f;
                        for (int k = 0; k < 10; k++) { yr[k] = expf(zr[k] - mx); sum += yr[k]; }
                        for (int k = 0; k < 10; k++) yr[k] /= sum;
                    }
                }
            }
        }
}

/* k33_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10 — loss kernel
 *   node n48 "loss" (softmax_ce_sparse), from $.loss
 *   node n49 "dloss" (softmax_ce_sparse_bwd), from $.loss
 *   in  dense_3_pre                (128, 10) NC
 *   in  y                          (128) N
 *   out ddense_3_pre               (128, 10) NC
 *   tmp dense_3_pre.per_sample     (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx2 */
void k33_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10(const float *restrict dense_3_pre, const int32_t *restrict y, float *restrict ddense_3_pre, float *restrict dense_3_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_3_pre_per_sample;  /* per sample: loss, hit */
    const float inv = 1.0f / (float)nb;
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_3_pre + (long)n * 10;
        double total = 0.0, hits = 0.0;
        float *p = ddense_3_pre + (long)n * 10;  /* the probabilities, then the gradient */
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
        /* (probs - onehot(label)) / nb */
        for (int k = 0; k < 10; k++) p[k] *= inv;
        p[label] -= inv;
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

/* k34_softmax_ce_sparse_n128_k10 — loss kernel
 *   node n50 "loss_eval" (softmax_ce_sparse), from $.loss
 *   in  dense_3_pre_infer          (128, 10) NC
 *   in  y                          (128) N
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_3_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx2 */
void k34_softmax_ce_sparse_n128_k10(const float *restrict dense_3_pre_infer, const int32_t *restrict y, float *restrict probs_eval, float *restrict dense_3_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* 5 rows x 2 column vectors: 10 accumulators */
static inline __attribute__((always_inline)) void k35_dense_bwd_weights_128x10_tile_5x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 10 + 0), b1 = vload_part(bm + (long)p * 10 + 8, 2);
        __builtin_prefetch(bm + (long)(p + 8) * 10 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[1 + (long)p * 128]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[2 + (long)p * 128]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[3 + (long)p * 128]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[4 + (long)p * 128]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
    vstore(c + 10, acc_r1v0);
    vstore_part(c + 18, acc_r1v1, 2);
    vstore(c + 20, acc_r2v0);
    vstore_part(c + 28, acc_r2v1, 2);
    vstore(c + 30, acc_r3v0);
    vstore_part(c + 38, acc_r3v1, 2);
    vstore(c + 40, acc_r4v0);
    vstore_part(c + 48, acc_r4v1, 2);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore_part(dbias + 8, db1, 2);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k35_dense_bwd_weights_128x10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 10 + 0), b1 = vload_part(bm + (long)p * 10 + 8, 2);
        __builtin_prefetch(bm + (long)(p + 8) * 10 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore_part(dbias + 8, db1, 2);
}

/* k35_dense_bwd_weights_128x10 — gemm kernel
 *   node n52 "ddense_3.weights" (dense_bwd_weights), from $.layers[11]
 *   in  ddense_3_pre               (128, 10) NC
 *   in  dense_2_out                (128, 128) NC
 *   out ddense_3/kernel            (128, 10) IO
 *   out ddense_3/bias              (10) C
 *   register tile: 5 rows x 2 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx2 */
void k35_dense_bwd_weights_128x10(const float *restrict ddense_3_pre, const float *restrict dense_2_out, float *restrict ddense_3_kernel, float *restrict ddense_3_bias, int nb)
{
    /* C (128 x 10) in tiles of 5 rows x 2 vectors of 8 columns */
    const int full_rows = 128 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 128) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_3_bias + j0 * 8 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_3_pre + j0 * 8;
            if (i0 < full_rows) {
                k35_dense_bwd_weights_128x10_tile_5x2t(dense_2_out + (long)i0 * 1, bg, bias_g, ddense_3_kernel + (long)i0 * 10 + j0 * 8, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 128; i++) {  /* the last rows, one at a time */
                    k35_dense_bwd_weights_128x10_tile_1x2t(dense_2_out + (long)i * 1, bg, bias_g, ddense_3_kernel + (long)i * 10 + j0 * 8, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k36_reorder_128x10 — reorder kernel
 *   node n53 "reorder.dense_3/kernel.transposed128" (reorder), from $.layers[11]
 *   in  dense_3/kernel             (128, 10) IO
 *   out dense_3/kernel.transposed128 (128, 10) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k36_reorder_128x10(const float *restrict dense_3_kernel, float *restrict dense_3_kernel_transposed128)
{
    /* dense_3/kernel -> dense_3/kernel.transposed128 */
    /* (128, 10) -> transposed (10, 128), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 10; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 128; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16 && r < 10; r++) dense_3_kernel_transposed128[(long)r * 128 + c] = dense_3_kernel[(long)c * 10 + r];
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k37_dense_bwd_data_relu_bwd_n128_k128_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[10 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[20 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[30 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[40 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[50 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 8, (vload(m + 8) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 128, (vload(m + 128) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 136, (vload(m + 136) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 256, (vload(m + 256) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 264, (vload(m + 264) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 384, (vload(m + 384) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 392, (vload(m + 392) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 512, (vload(m + 512) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 520, (vload(m + 520) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 640, (vload(m + 640) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 648, (vload(m + 648) > 0.0f ? acc_r5v1 : vzero()));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k37_dense_bwd_data_relu_bwd_n128_k128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 8, (vload(m + 8) > 0.0f ? acc_r0v1 : vzero()));
}

/* k37_dense_bwd_data_relu_bwd_n128_k128 — gemm kernel
 *   node n54 "ddense_3.data" (dense_bwd_data), from $.layers[11]
 *   node n55 "ddense_2.relu" (relu_bwd), from $.layers[10]
 *   in  ddense_3_pre               (128, 10) NC
 *   in  dense_3/kernel.transposed128 (128, 10) IO
 *   in  dense_2_out                (128, 128) NC
 *   out ddense_2_pre               (128, 128) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k37_dense_bwd_data_relu_bwd_n128_k128(const float *restrict ddense_3_pre, const float *restrict dense_3_kernel_transposed128, const float *restrict dense_2_out, float *restrict ddense_2_pre, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_3_kernel_transposed128 + j0 * 8;
            if (i0 < full_rows) {
                k37_dense_bwd_data_relu_bwd_n128_k128_tile_6x2(ddense_3_pre + (long)i0 * 10, bg, bias_g, ddense_2_pre + (long)i0 * 128 + j0 * 8, db_g, 0, dense_2_out + (long)i0 * 128 + j0 * 8);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k37_dense_bwd_data_relu_bwd_n128_k128_tile_1x2(ddense_3_pre + (long)i * 10, bg, bias_g, ddense_2_pre + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, 0, dense_2_out + (long)i * 128 + j0 * 8);
                }
            }
        }
}

/* 5 rows x 2 column vectors: 10 accumulators */
static inline __attribute__((always_inline)) void k38_dense_bwd_weights_128x128_tile_5x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[1 + (long)p * 128]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[2 + (long)p * 128]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[3 + (long)p * 128]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[4 + (long)p * 128]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    vstore(c + 128, acc_r1v0);
    vstore(c + 136, acc_r1v1);
    vstore(c + 256, acc_r2v0);
    vstore(c + 264, acc_r2v1);
    vstore(c + 384, acc_r3v0);
    vstore(c + 392, acc_r3v1);
    vstore(c + 512, acc_r4v0);
    vstore(c + 520, acc_r4v1);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 8, db1);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k38_dense_bwd_weights_128x128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 8, db1);
}

/* k38_dense_bwd_weights_128x128 — gemm kernel
 *   node n56 "ddense_2.weights" (dense_bwd_weights), from $.layers[10]
 *   in  ddense_2_pre               (128, 128) NC
 *   in  dense_1_out                (128, 128) NC
 *   out ddense_2/kernel            (128, 128) IO
 *   out ddense_2/bias              (128) C
 *   register tile: 5 rows x 2 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx2 */
void k38_dense_bwd_weights_128x128(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)
{
    /* C (128 x 128) in tiles of 5 rows x 2 vectors of 8 columns */
    const int full_rows = 128 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 8; g++) {
            if (i0 >= 128) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_2_bias + j0 * 8 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_2_pre + j0 * 8;
            if (i0 < full_rows) {
                k38_dense_bwd_weights_128x128_tile_5x2(dense_1_out + (long)i0 * 1, bg, bias_g, ddense_2_kernel + (long)i0 * 128 + j0 * 8, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 128; i++) {  /* the last rows, one at a time */
                    k38_dense_bwd_weights_128x128_tile_1x2(dense_1_out + (long)i * 1, bg, bias_g, ddense_2_kernel + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k39_reorder_128x128 — reorder kernel
 *   node n57 "reorder.dense_2/kernel.transposed128" (reorder), from $.layers[10]
 *   in  dense_2/kernel             (128, 128) IO
 *   out dense_2/kernel.transposed128 (128, 128) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k39_reorder_128x128(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_transposed128)
{
    /* dense_2/kernel -> dense_2/kernel.transposed128 */
    /* (128, 128) -> transposed (128, 128), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 128; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 128; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16; r++) dense_2_kernel_transposed128[(long)r * 128 + c] = dense_2_kernel[(long)c * 128 + r];
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k40_dense_bwd_data_relu_bwd_n128_k128_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 8, (vload(m + 8) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 128, (vload(m + 128) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 136, (vload(m + 136) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 256, (vload(m + 256) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 264, (vload(m + 264) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 384, (vload(m + 384) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 392, (vload(m + 392) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 512, (vload(m + 512) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 520, (vload(m + 520) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 640, (vload(m + 640) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 648, (vload(m + 648) > 0.0f ? acc_r5v1 : vzero()));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k40_dense_bwd_data_relu_bwd_n128_k128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 8, (vload(m + 8) > 0.0f ? acc_r0v1 : vzero()));
}

/* k40_dense_bwd_data_relu_bwd_n128_k128 — gemm kernel
 *   node n58 "ddense_2.data" (dense_bwd_data), from $.layers[10]
 *   node n59 "ddense_1.relu" (relu_bwd), from $.layers[9]
 *   in  ddense_2_pre               (128, 128) NC
 *   in  dense_2/kernel.transposed128 (128, 128) IO
 *   in  dense_1_out                (128, 128) NC
 *   out ddense_1_pre               (128, 128) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k40_dense_bwd_data_relu_bwd_n128_k128(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel_transposed128, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_2_kernel_transposed128 + j0 * 8;
            if (i0 < full_rows) {
                k40_dense_bwd_data_relu_bwd_n128_k128_tile_6x2(ddense_2_pre + (long)i0 * 128, bg, bias_g, ddense_1_pre + (long)i0 * 128 + j0 * 8, db_g, 0, dense_1_out + (long)i0 * 128 + j0 * 8);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k40_dense_bwd_data_relu_bwd_n128_k128_tile_1x2(ddense_2_pre + (long)i * 128, bg, bias_g, ddense_1_pre + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, 0, dense_1_out + (long)i * 128 + j0 * 8);
                }
            }
        }
}

/* 5 rows x 2 column vectors: 10 accumulators */
static inline __attribute__((always_inline)) void k41_dense_bwd_weights_128x128_tile_5x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[1 + (long)p * 128]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[2 + (long)p * 128]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[3 + (long)p * 128]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[4 + (long)p * 128]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    vstore(c + 128, acc_r1v0);
    vstore(c + 136, acc_r1v1);
    vstore(c + 256, acc_r2v0);
    vstore(c + 264, acc_r2v1);
    vstore(c + 384, acc_r3v0);
    vstore(c + 392, acc_r3v1);
    vstore(c + 512, acc_r4v0);
    vstore(c + 520, acc_r4v1);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 8, db1);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k41_dense_bwd_weights_128x128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 8, db1);
}

/* k41_dense_bwd_weights_128x128 — gemm kernel
 *   node n60 "ddense_1.weights" (dense_bwd_weights), from $.layers[9]
 *   in  ddense_1_pre               (128, 128) NC
 *   in  dense_out                  (128, 128) NC
 *   out ddense_1/kernel            (128, 128) IO
 *   out ddense_1/bias              (128) C
 *   register tile: 5 rows x 2 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx2 */
void k41_dense_bwd_weights_128x128(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* C (128 x 128) in tiles of 5 rows x 2 vectors of 8 columns */
    const int full_rows = 128 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 8; g++) {
            if (i0 >= 128) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_1_bias + j0 * 8 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_1_pre + j0 * 8;
            if (i0 < full_rows) {
                k41_dense_bwd_weights_128x128_tile_5x2(dense_out + (long)i0 * 1, bg, bias_g, ddense_1_kernel + (long)i0 * 128 + j0 * 8, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 128; i++) {  /* the last rows, one at a time */
                    k41_dense_bwd_weights_128x128_tile_1x2(dense_out + (long)i * 1, bg, bias_g, ddense_1_kernel + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k42_reorder_128x128 — reorder kernel
 *   node n61 "reorder.dense_1/kernel.transposed128" (reorder), from $.layers[9]
 *   in  dense_1/kernel             (128, 128) IO
 *   out dense_1/kernel.transposed128 (128, 128) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k42_reorder_128x128(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed128)
{
    /* dense_1/kernel -> dense_1/kernel.transposed128 */
    /* (128, 128) -> transposed (128, 128), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 128; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 128; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16; r++) dense_1_kernel_transposed128[(long)r * 128 + c] = dense_1_kernel[(long)c * 128 + r];
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k43_dense_bwd_data_relu_bwd_n128_k128_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 8, (vload(m + 8) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 128, (vload(m + 128) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 136, (vload(m + 136) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 256, (vload(m + 256) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 264, (vload(m + 264) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 384, (vload(m + 384) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 392, (vload(m + 392) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 512, (vload(m + 512) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 520, (vload(m + 520) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 640, (vload(m + 640) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 648, (vload(m + 648) > 0.0f ? acc_r5v1 : vzero()));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k43_dense_bwd_data_relu_bwd_n128_k128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 8, (vload(m + 8) > 0.0f ? acc_r0v1 : vzero()));
}

/* k43_dense_bwd_data_relu_bwd_n128_k128 — gemm kernel
 *   node n62 "ddense_1.data" (dense_bwd_data), from $.layers[9]
 *   node n63 "ddense.relu" (relu_bwd), from $.layers[8]
 *   in  ddense_1_pre               (128, 128) NC
 *   in  dense_1/kernel.transposed128 (128, 128) IO
 *   in  dense_out                  (128, 128) NC
 *   out ddense_pre                 (128, 128) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k43_dense_bwd_data_relu_bwd_n128_k128(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed128, const float *restrict dense_out, float *restrict ddense_pre, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_transposed128 + j0 * 8;
            if (i0 < full_rows) {
                k43_dense_bwd_data_relu_bwd_n128_k128_tile_6x2(ddense_1_pre + (long)i0 * 128, bg, bias_g, ddense_pre + (long)i0 * 128 + j0 * 8, db_g, 0, dense_out + (long)i0 * 128 + j0 * 8);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k43_dense_bwd_data_relu_bwd_n128_k128_tile_1x2(ddense_1_pre + (long)i * 128, bg, bias_g, ddense_pre + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, 0, dense_out + (long)i * 128 + j0 * 8);
                }
            }
        }
}

/* 5 rows x 2 column vectors: 10 accumulators */
static inline __attribute__((always_inline)) void k44_dense_bwd_weights_700x128_tile_5x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 700]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[1 + (long)p * 700]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[2 + (long)p * 700]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[3 + (long)p * 700]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[4 + (long)p * 700]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    vstore(c + 128, acc_r1v0);
    vstore(c + 136, acc_r1v1);
    vstore(c + 256, acc_r2v0);
    vstore(c + 264, acc_r2v1);
    vstore(c + 384, acc_r3v0);
    vstore(c + 392, acc_r3v1);
    vstore(c + 512, acc_r4v0);
    vstore(c + 520, acc_r4v1);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 8, db1);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k44_dense_bwd_weights_700x128_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 700]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 8, db1);
}

/* k44_dense_bwd_weights_700x128 — gemm kernel
 *   node n64 "ddense.weights" (dense_bwd_weights), from $.layers[8]
 *   in  ddense_pre                 (128, 128) NC
 *   in  flatten_out                (128, 700) NC
 *   out ddense/kernel              (700, 128) IO
 *   out ddense/bias                (128) C
 *   register tile: 5 rows x 2 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx2 */
void k44_dense_bwd_weights_700x128(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* C (700 x 128) in tiles of 5 rows x 2 vectors of 8 columns */
    const int full_rows = 700 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 8; g++) {
            if (i0 >= 700) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_bias + j0 * 8 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_pre + j0 * 8;
            if (i0 < full_rows) {
                k44_dense_bwd_weights_700x128_tile_5x2(flatten_out + (long)i0 * 1, bg, bias_g, ddense_kernel + (long)i0 * 128 + j0 * 8, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 700; i++) {  /* the last rows, one at a time */
                    k44_dense_bwd_weights_700x128_tile_1x2(flatten_out + (long)i * 1, bg, bias_g, ddense_kernel + (long)i * 128 + j0 * 8, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k45_reorder_700x128 — reorder kernel
 *   node n65 "reorder.dense/kernel.transposed704" (reorder), from $.layers[8]
 *   in  dense/kernel               (700, 128) IO
 *   out dense/kernel.transposed704 (700, 128) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k45_reorder_700x128(const float *restrict dense_kernel, float *restrict dense_kernel_transposed704)
{
    /* dense/kernel -> dense/kernel.transposed704 */
    /* (700, 128) -> transposed (128, 704), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 128; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 704; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16; r++) dense_kernel_transposed704[(long)r * 704 + c] = c < 700 ? dense_kernel[(long)c * 128 + r] : 0.0f;
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k46_dense_bwd_data_n128_k700_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 704 + 0), b1 = vload(bm + (long)p * 704 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 704 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    vstore(c + 700, acc_r1v0);
    vstore(c + 708, acc_r1v1);
    vstore(c + 1400, acc_r2v0);
    vstore(c + 1408, acc_r2v1);
    vstore(c + 2100, acc_r3v0);
    vstore(c + 2108, acc_r3v1);
    vstore(c + 2800, acc_r4v0);
    vstore(c + 2808, acc_r4v1);
    vstore(c + 3500, acc_r5v0);
    vstore(c + 3508, acc_r5v1);
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k46_dense_bwd_data_n128_k700_tile_6x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 704 + 0), b1 = vload(bm + (long)p * 704 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 704 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 4);
    vstore(c + 700, acc_r1v0);
    vstore_part(c + 708, acc_r1v1, 4);
    vstore(c + 1400, acc_r2v0);
    vstore_part(c + 1408, acc_r2v1, 4);
    vstore(c + 2100, acc_r3v0);
    vstore_part(c + 2108, acc_r3v1, 4);
    vstore(c + 2800, acc_r4v0);
    vstore_part(c + 2808, acc_r4v1, 4);
    vstore(c + 3500, acc_r5v0);
    vstore_part(c + 3508, acc_r5v1, 4);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k46_dense_bwd_data_n128_k700_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 704 + 0), b1 = vload(bm + (long)p * 704 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 704 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k46_dense_bwd_data_n128_k700_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 704 + 0), b1 = vload(bm + (long)p * 704 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 704 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 4);
}

/* k46_dense_bwd_data_n128_k700 — gemm kernel
 *   node n66 "ddense.data" (dense_bwd_data), from $.layers[8]
 *   in  ddense_pre                 (128, 128) NC
 *   in  dense/kernel.transposed704 (700, 128) IO
 *   out dflatten_out               (128, 700) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k46_dense_bwd_data_n128_k700(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed704, float *restrict dflatten_out, int nb)
{
    /* C (nb x 700) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 44; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_kernel_transposed704 + j0 * 8;
            if (i0 < full_rows) {
                if (g < 43) k46_dense_bwd_data_n128_k700_tile_6x2(ddense_pre + (long)i0 * 128, bg, bias_g, dflatten_out + (long)i0 * 700 + j0 * 8, db_g, 0, NULL);
                else k46_dense_bwd_data_n128_k700_tile_6x2t(ddense_pre + (long)i0 * 128, bg, bias_g, dflatten_out + (long)i0 * 700 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 43) k46_dense_bwd_data_n128_k700_tile_1x2(ddense_pre + (long)i * 128, bg, bias_g, dflatten_out + (long)i * 700 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                    else k46_dense_bwd_data_n128_k700_tile_1x2t(ddense_pre + (long)i * 128, bg, bias_g, dflatten_out + (long)i * 700 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k47_reorder_n128_h5w5c28 — reorder kernel
 *   node n67 "reorder.dbatch_normalization_1_out.nChw8c" (reorder), from $.layers[6]
 *   in  dbatch_normalization_1_out (128, 5, 5, 28) NHWC
 *   out dbatch_normalization_1_out.nChw8c (128, 5, 5, 28) nChw8c
 *   schedule: OpenMP over elements; ISA avx2 */
void k47_reorder_n128_h5w5c28(const float *restrict dbatch_normalization_1_out, float *restrict dbatch_normalization_1_out_nChw8c, int nb)
{
    /* dbatch_normalization_1_out -> dbatch_normalization_1_out.nChw8c */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int hp = 0; hp < 5; hp++)
                for (int wp = 0; wp < 5; wp++)
                    for (int cl = 0; cl < 8; cl++) {
                        const int h = hp - 0, w = wp - 0, c = cb * 8 + cl;
                        const float v = h >= 0 && h < 5 && w >= 0 && w < 5 && c < 28 ? dbatch_normalization_1_out[((long)(n) * 700 + (long)((h) + 0) * 140 + ((w) + 0) * 28 + (c))] : 0.0f;
                        dbatch_normalization_1_out_nChw8c[(long)n * 800 + (long)cb * 200 + (long)hp * 40 + (long)wp * 8 + cl] = v;
                    }
}

/* k48_batchnorm_bwd_n128_h5w5c28 — batchnorm kernel
 *   node n68 "dbatch_normalization_1" (bn_bwd), from $.layers[6]
 *   in  dbatch_normalization_1_out.nChw8c (128, 5, 5, 28) nChw8c
 *   in  max_pooling2d_1_out        (128, 5, 5, 28) nChw8c
 *   in  batch_normalization_1/gamma (28) C
 *   in  batch_normalization_1_mean (28) C
 *   in  batch_normalization_1_invstd (28) C
 *   out dmax_pooling2d_1_out       (128, 5, 5, 28) nChw8c
 *   out dbatch_normalization_1/gamma (28) C
 *   out dbatch_normalization_1/beta (28) C
 *   tmp dbatch_normalization_1_out.nChw8c.partial (256) C, scratch
 *   tmp dbatch_normalization_1_out.nChw8c.stats (160) C, scratch
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k48_batchnorm_bwd_n128_h5w5c28(const float *restrict dbatch_normalization_1_out_nChw8c, const float *restrict max_pooling2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dmax_pooling2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, float *restrict dbatch_normalization_1_out_nChw8c_partial, float *restrict dbatch_normalization_1_out_nChw8c_stats, int nb)
{
    /* dbatch_normalization_1_out_nChw8c_stats: mean, invstd, k = gamma * invstd, mean dy, mean dy * xhat (padded lanes 0) */
    float *const st_mean = dbatch_normalization_1_out_nChw8c_stats, *const st_is = dbatch_normalization_1_out_nChw8c_stats + 32, *const st_k = dbatch_normalization_1_out_nChw8c_stats + 64;
    float *const st_mdy = dbatch_normalization_1_out_nChw8c_stats + 96, *const st_mdyx = dbatch_normalization_1_out_nChw8c_stats + 128;
    const double rows = (double)nb * 25;
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        st_mean[c] = c < 28 ? batch_normalization_1_mean[c] : 0.0f;
        st_is[c] = c < 28 ? batch_normalization_1_invstd[c] : 0.0f;
    }
    /* sums of dy and of dy * xhat */
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        double *part = (double *)dbatch_normalization_1_out_nChw8c_partial + (long)t * 64;
        memset(part, 0, sizeof(double) * 64);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++)
            for (int cb = 0; cb < 4; cb++) {
                vf s1 = vzero(), s2 = vzero();
                for (int h = 0; h < 5; h++)
                    for (int w = 0; w < 5; w++) {
                        const vf v = vload(dbatch_normalization_1_out_nChw8c + (long)n * 800 + (long)cb * 200 + (long)(h + 0) * 40 + (long)(w + 0) * 8);
                        const vf v2 = vload(max_pooling2d_1_out + (long)n * 800 + (long)cb * 200 + (long)(h + 0) * 40 + (long)(w + 0) * 8);
                        s1 += v;
                        s2 += v * (v2 - vload(st_mean + cb * 8)) * vload(st_is + cb * 8);
                    }
                for (int l = 0; l < 8; l++) {
                    part[cb * 8 + l] += s1[l];
                    part[32 + cb * 8 + l] += s2[l];
                }
            }
    }
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        double sdy = 0, sdyx = 0;
        for (int t = 0; t < 2; t++) {
            sdy += ((double *)dbatch_normalization_1_out_nChw8c_partial)[(long)t * 64 + c];
            sdyx += ((double *)dbatch_normalization_1_out_nChw8c_partial)[(long)t * 64 + 32 + c];
        }
        if (c >= 28) { st_k[c] = st_mdy[c] = st_mdyx[c] = 0.0f; continue; }
        dbatch_normalization_1_gamma[c] = (float)sdyx;
        dbatch_normalization_1_beta[c] = (float)sdy;
        st_k[c] = batch_normalization_1_gamma[c] * st_is[c];
        st_mdy[c] = (float)(sdy / rows);
        st_mdyx[c] = (float)(sdyx / rows);
    }
    /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int h = 0; h < 5; h++)
                for (int w = 0; w < 5; w++) {
                    const vf v = vload(dbatch_normalization_1_out_nChw8c + (long)n * 800 + (long)cb * 200 + (long)(h + 0) * 40 + (long)(w + 0) * 8);
                    const vf v2 = vload(max_pooling2d_1_out + (long)n * 800 + (long)cb * 200 + (long)(h + 0) * 40 + (long)(w + 0) * 8);
                    float *const py = dmax_pooling2d_1_out + (long)n * 800 + (long)cb * 200 + (long)(h + 0) * 40 + (long)(w + 0) * 8;
                    vstore(py, vload(st_k + cb * 8) * (v - vload(st_mdy + cb * 8) - (v2 - vload(st_mean + cb * 8)) * vload(st_is + cb * 8) * vload(st_mdyx + cb * 8)));
                }
}

/* k49_maxpool_bwd_relu_bwd_n128_h11w11c28 — pool kernel
 *   node n69 "dmax_pooling2d_1" (maxpool_bwd), from $.layers[5]
 *   node n70 "dconv2d_1.relu" (relu_bwd), from $.layers[4]
 *   in  dmax_pooling2d_1_out       (128, 5, 5, 28) nChw8c
 *   in  max_pooling2d_1_out.argmax (128, 5, 5, 28) nChw8c
 *   out dconv2d_1_pre              (128, 11, 11, 28) nChw8c, halo 2 2 2 2
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA avx2 */
void k49_maxpool_bwd_relu_bwd_n128_h11w11c28(const float *restrict dmax_pooling2d_1_out, const uint8_t *restrict max_pooling2d_1_out_argmax, float *restrict dconv2d_1_pre, int nb)
{
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++) {
            float *dxn = dconv2d_1_pre + (long)n * 7200 + (long)cb * 1800;
            for (int hp = 0; hp < 15; hp++) {  /* the pixels no window covers */
                if (hp < 2 || hp >= 12) { memset(dxn + (long)hp * 120, 0, sizeof(float) * 120); continue; }
                memset(dxn + (long)hp * 120, 0, sizeof(float) * 16);
                memset(dxn + (long)hp * 120 + 96, 0, sizeof(float) * 24);
            }
            for (int i = 0; i < 5; i++)
                for (int j = 0; j < 5; j++) {
                    float *dp = dxn + (long)(i * 2 + 2) * 120 + (long)(j * 2 + 2) * 8;
                    vf d = vload(dmax_pooling2d_1_out + (long)n * 800 + (long)cb * 200 + (long)(i + 0) * 40 + (long)(j + 0) * 8);
                    const vi a8 = vload_bytes(max_pooling2d_1_out_argmax + (long)n * 800 + (long)cb * 200 + (long)i * 40 + (long)j * 8);
                    const vi at = a8 & 0x7f;
                    d = (a8 & 0x80) != 0 ? d : vzero();  /* relu'(the maximum) */
                    vstore(dp + 0, at == 0 ? d : vzero());
                    vstore(dp + 8, at == 1 ? d : vzero());
                    vstore(dp + 120, at == 2 ? d : vzero());
                    vstore(dp + 128, at == 3 ? d : vzero());
                }
        }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 2056 floats apart) */
static inline __attribute__((always_inline)) void k50_conv2d_bwd_weights_3x3x28x28_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 104 + c * 8);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 2056, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 2056, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 2056, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 2056, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 2056, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 2056, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 2056 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k50_conv2d_bwd_weights_3x3x28x28_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = r < nr && c < nc ? vload(xp + r * 104 + c * 8) : vzero();
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 2056, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 2056, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 2056, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 2056, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 2056, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 2056, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2056 floats apart); returns the block's sum (the bias gradient's) */
static inline __attribute__((always_inline)) vf k50_conv2d_bwd_weights_3x3x28x28_dy(const float *restrict dp, float *restrict mp)
{
    vf d[4][4], r[6][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) d[i][j] = vload(dp + i * 120 + j * 8);
    for (int j = 0; j < 4; j++) {  /* A dY */
        r[0][j] = d[0][j];
        r[1][j] = d[0][j] + d[1][j] + d[2][j] + d[3][j];
        r[2][j] = d[0][j] - d[1][j] + d[2][j] - d[3][j];
        r[3][j] = d[0][j] + d[1][j] * 2.0f + d[2][j] * 4.0f + d[3][j] * 8.0f;
        r[4][j] = d[0][j] - d[1][j] * 2.0f + d[2][j] * 4.0f - d[3][j] * 8.0f;
        r[5][j] = d[3][j];
    }
    vf sum = vzero();
    for (int i = 0; i < 6; i++) {  /* (A dY) A^T */
        vstore(mp + (i * 6 + 0) * 2056, r[i][0]);
        vstore(mp + (i * 6 + 1) * 2056, r[i][0] + r[i][1] + r[i][2] + r[i][3]);
        vstore(mp + (i * 6 + 2) * 2056, r[i][0] - r[i][1] + r[i][2] - r[i][3]);
        vstore(mp + (i * 6 + 3) * 2056, r[i][0] + r[i][1] * 2.0f + r[i][2] * 4.0f + r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 4) * 2056, r[i][0] - r[i][1] * 2.0f + r[i][2] * 4.0f - r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 5) * 2056, r[i][3]);
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) sum += d[i][j];
    return sum;
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2056 floats apart); returns the block's sum (the bias gradient's); only its first vr rows and vc columns exist, the rest count as zeros */
static inline __attribute__((always_inline)) vf k50_conv2d_bwd_weights_3x3x28x28_dy_edge(const float *restrict dp, float *restrict mp, int vr, int vc)
{
    vf d[4][4], r[6][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) d[i][j] = i < vr && j < vc ? vload(dp + i * 120 + j * 8) : vzero();
    for (int j = 0; j < 4; j++) {  /* A dY */
        r[0][j] = d[0][j];
        r[1][j] = d[0][j] + d[1][j] + d[2][j] + d[3][j];
        r[2][j] = d[0][j] - d[1][j] + d[2][j] - d[3][j];
        r[3][j] = d[0][j] + d[1][j] * 2.0f + d[2][j] * 4.0f + d[3][j] * 8.0f;
        r[4][j] = d[0][j] - d[1][j] * 2.0f + d[2][j] * 4.0f - d[3][j] * 8.0f;
        r[5][j] = d[3][j];
    }
    vf sum = vzero();
    for (int i = 0; i < 6; i++) {  /* (A dY) A^T */
        vstore(mp + (i * 6 + 0) * 2056, r[i][0]);
        vstore(mp + (i * 6 + 1) * 2056, r[i][0] + r[i][1] + r[i][2] + r[i][3]);
        vstore(mp + (i * 6 + 2) * 2056, r[i][0] - r[i][1] + r[i][2] - r[i][3]);
        vstore(mp + (i * 6 + 3) * 2056, r[i][0] + r[i][1] * 2.0f + r[i][2] * 4.0f + r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 4) * 2056, r[i][0] - r[i][1] * 2.0f + r[i][2] * 4.0f - r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 5) * 2056, r[i][3]);
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) sum += d[i][j];
    return sum;
}

/* dU[pos] += V[pos] dM[pos] over a block's 64 tiles, 4 input channels x 2 dy vectors of accumulators:
 * vp at V[pos][cb][0] + ic0, mp at dM[pos][fb0][0], up at dU[pos][c0][f0] (rows of 32) */
static inline __attribute__((always_inline)) void k50_conv2d_bwd_weights_3x3x28x28_product(const float *restrict vp, const float *restrict mp, float *restrict up)
{
    vf acc_c0v0 = vload(up + 0), acc_c0v1 = vload(up + 8);
    vf acc_c1v0 = vload(up + 32), acc_c1v1 = vload(up + 40);
    vf acc_c2v0 = vload(up + 64), acc_c2v1 = vload(up + 72);
    vf acc_c3v0 = vload(up + 96), acc_c3v1 = vload(up + 104);
    for (int j = 0; j < 64; j++) {
        const vf m0 = vload(mp + 0 + j * 8), m1 = vload(mp + 512 + j * 8);
        { const vf vb = vbcast(vp[j * 8 + 0]); acc_c0v0 = vfma(vb, m0, acc_c0v0); acc_c0v1 = vfma(vb, m1, acc_c0v1); }
        { const vf vb = vbcast(vp[j * 8 + 1]); acc_c1v0 = vfma(vb, m0, acc_c1v0); acc_c1v1 = vfma(vb, m1, acc_c1v1); }
        { const vf vb = vbcast(vp[j * 8 + 2]); acc_c2v0 = vfma(vb, m0, acc_c2v0); acc_c2v1 = vfma(vb, m1, acc_c2v1); }
        { const vf vb = vbcast(vp[j * 8 + 3]); acc_c3v0 = vfma(vb, m0, acc_c3v0); acc_c3v1 = vfma(vb, m1, acc_c3v1); }
    }
    vstore(up + 0, acc_c0v0);
    vstore(up + 8, acc_c0v1);
    vstore(up + 32, acc_c1v0);
    vstore(up + 40, acc_c1v1);
    vstore(up + 64, acc_c2v0);
    vstore(up + 72, acc_c2v1);
    vstore(up + 96, acc_c3v0);
    vstore(up + 104, acc_c3v1);
}

/* k50_conv2d_bwd_weights_3x3x28x28 — conv_bwd_weights kernel
 *   node n71 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[4]
 *   in  dconv2d_1_pre              (128, 11, 11, 28) nChw8c, halo 2 2 2 2
 *   in  batch_normalization_out    (128, 13, 13, 28) nChw8c
 *   out dconv2d_1/kernel.part      (3, 3, 28, 28) 8-blocked
 *   out dconv2d_1/bias.part        (28) C
 *   tmp dconv2d_1/kernel.part.partial (73792) C, scratch
 *   tmp dconv2d_1/kernel.part.winograd_tiles (296064) C, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   Winograd F(4x4, 3x3): weight-gradient products of 2 dy vectors x 4 input channels, summed over blocks of 64 tiles
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k50_conv2d_bwd_weights_3x3x28x28(const float *restrict dconv2d_1_pre, const float *restrict batch_normalization_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, float *restrict dconv2d_1_kernel_part_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 3 x 3 tiles of 4x4 dy pixels per sample, in blocks of 64, in 2 chunks
       of consecutive blocks, each into its partial sums dconv2d_1_kernel_part_partial[chunk]: dU[36][32][32] then db[32] */
    const long ntiles = (long)nb * 9, nblocks = (ntiles + 63) / 64;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pu = dconv2d_1_kernel_part_partial + (long)t * 36896, *pb = pu + 36864;
        float *vs = dconv2d_1_kernel_part_winograd_tiles + (long)t * 148032, *ms = vs + 74016;  /* the chunk's V and dM */
        memset(pu, 0, sizeof(float) * 36896);
        vf db[4];
        for (int fb = 0; fb < 4; fb++) db[fb] = vzero();
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 64;
            for (int j = 0; j < 64; j++) {  /* the transforms of x and dy */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++) {
                        for (int cb = 0; cb < 4; cb++) vstore(vs + pos * 2056 + ((long)cb * 64 + j) * 8, vzero());
                        for (int fb = 0; fb < 4; fb++) vstore(ms + pos * 2056 + ((long)fb * 64 + j) * 8, vzero());
                    }
                    continue;
                }
                const int n = (int)(q / 9), ti = (int)(q % 9) / 3, tj = (int)(q % 3);
                const float *xp = batch_normalization_out + (long)n * 5408 + (long)(0 + 4 * ti) * 104 + (long)(0 + 4 * tj) * 8;
                const float *dp = dconv2d_1_pre + (long)n * 7200 + (long)(2 + 4 * ti) * 120 + (long)(2 + 4 * tj) * 8;
                if (ti == 2 || tj == 2) {  /* the last tile row or column: 3 rows, 3 columns of dy; x stores 5, 5 */
                    const int nr = ti == 2 ? 5 : 6, nc = tj == 2 ? 5 : 6;
                    const int vr = ti == 2 ? 3 : 4, vc = tj == 2 ? 3 : 4;
                    for (int cb = 0; cb < 4; cb++) k50_conv2d_bwd_weights_3x3x28x28_input_edge(xp + (long)cb * 1352, vs + ((long)cb * 64 + j) * 8, nr, nc);
                    for (int fb = 0; fb < 4; fb++)
                        db[fb] += k50_conv2d_bwd_weights_3x3x28x28_dy_edge(dp + (long)fb * 1800, ms + ((long)fb * 64 + j) * 8, vr, vc);
                    continue;
                }
                for (int cb = 0; cb < 4; cb++) k50_conv2d_bwd_weights_3x3x28x28_input(xp + (long)cb * 1352, vs + ((long)cb * 64 + j) * 8);
                for (int fb = 0; fb < 4; fb++) db[fb] += k50_conv2d_bwd_weights_3x3x28x28_dy(dp + (long)fb * 1800, ms + ((long)fb * 64 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* dU += V dM */
                for (int c0 = 0; c0 < 28; c0 += 4)  /* channels 28..31 are padding */
                    for (int fb = 0; fb < 4; fb += 2)
                        k50_conv2d_bwd_weights_3x3x28x28_product(vs + pos * 2056 + (long)(c0 / 8) * 512 + c0 % 8, ms + pos * 2056 + (long)fb * 512,
                                                         pu + pos * 1024 + (long)c0 * 32 + fb * 8);
        }
        for (int fb = 0; fb < 4; fb++) vstore(pb + fb * 8, db[fb]);
    }
    /* dg = G^T (sum of the chunks' dU, in chunk order) G, per input channel and dy vector */
    #pragma omp for schedule(static)
    for (int u = 0; u < 128; u++) {
        const int fb = u / 32, c = u % 32;
        vf du[6][6], a[3][6];
        for (int pos = 0; pos < 36; pos++) {
            const long o = pos * 1024 + (long)c * 32 + fb * 8;
            vf s = vload(dconv2d_1_kernel_part_partial + o);
            for (int t = 1; t < 2; t++) s += vload(dconv2d_1_kernel_part_partial + (long)t * 36896 + o);
            du[pos / 6][pos % 6] = s;
        }
        for (int q = 0; q < 6; q++) {  /* G^T dU */
            a[0][q] = du[0][q] * 0.25f - du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.0416666679f + du[4][q] * 0.0416666679f;
            a[1][q] = -du[1][q] * 0.166666672f + du[2][q] * 0.166666672f + du[3][q] * 0.0833333358f - du[4][q] * 0.0833333358f;
            a[2][q] = -du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.166666672f + du[4][q] * 0.166666672f + du[5][q];
        }
        float *dwp = dconv2d_1_kernel_part + (long)fb * 2304 + (long)(c / 8) * 576 + (c % 8) * 8;  /* tap (0, 0) */
        for (int p = 0; p < 3; p++) {  /* (G^T dU) G */
            vstore(dwp + (p * 3 + 0) * 64, a[p][0] * 0.25f - a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.0416666679f + a[p][4] * 0.0416666679f);
            vstore(dwp + (p * 3 + 1) * 64, -a[p][1] * 0.166666672f + a[p][2] * 0.166666672f + a[p][3] * 0.0833333358f - a[p][4] * 0.0833333358f);
            vstore(dwp + (p * 3 + 2) * 64, -a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.166666672f + a[p][4] * 0.166666672f + a[p][5]);
        }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f += 8) {
        vf s = vload(dconv2d_1_kernel_part_partial + 36864 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_1_kernel_part_partial + (long)t * 36896 + 36864 + f);
        vstore(dconv2d_1_bias_part + f, s);
    }
}

/* k51_reorder_3x3x28x28 — reorder kernel
 *   node n72 "reorder.dconv2d_1/kernel" (reorder), from $.layers[4]
 *   in  dconv2d_1/kernel.part      (3, 3, 28, 28) 8-blocked
 *   out dconv2d_1/kernel           (3, 3, 28, 28) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k51_reorder_3x3x28x28(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)
{
    /* dconv2d_1/kernel.part -> dconv2d_1/kernel */
    /* (4, 4, 3, 3, 8, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 28, 28) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 28; c++)
                for (int f = 0; f < 28; f++)
                    dconv2d_1_kernel[((kh * 3 + kw) * 28 + c) * 28 + f] = dconv2d_1_kernel_part[((((long)(f / 8) * 4 + c / 8) * 3 + kh) * 3 + kw) * 64 + (c % 8) * 8 + f % 8];
}

/* k52_reorder_c28 — reorder kernel
 *   node n73 "reorder.dconv2d_1/bias" (reorder), from $.layers[4]
 *   in  dconv2d_1/bias.part        (28) C
 *   out dconv2d_1/bias             (28) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k52_reorder_c28(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)
{
    /* dconv2d_1/bias.part -> dconv2d_1/bias */
    #pragma omp single
    for (int c = 0; c < 28; c++) dconv2d_1_bias[c] = dconv2d_1_bias_part[c];
}

/* k53_reorder_3x3x28x28 — reorder kernel
 *   node n74 "reorder.conv2d_1/kernel.flipped8" (reorder), from $.layers[4]
 *   in  conv2d_1/kernel            (3, 3, 28, 28) HWIO
 *   out conv2d_1/kernel.flipped8   (3, 3, 28, 28) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k53_reorder_3x3x28x28(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped8)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.flipped8 */
    /* (3, 3, 28, 28) HWIO -> (4, 4, 3, 3, 8, 8): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 4; cb++)
        for (int fb = 0; fb < 4; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 8; fl++)
                        for (int cl = 0; cl < 8; cl++) {
                            const int c = cb * 8 + cl, f = fb * 8 + fl;
                            conv2d_1_kernel_flipped8[((((long)cb * 4 + fb) * 3 + p) * 3 + q) * 64 + fl * 8 + cl] = c < 28 && f < 28 ? conv2d_1_kernel[(((2 - p) * 3 + (2 - q)) * 28 + c) * 28 + f] : 0.0f;
                        }
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 64 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k54_conv2d_bwd_data_n128_h13w13c28_weights(const float *restrict gp, float *restrict u)
{
    vf g[3][3], a[6][3];
    for (int p = 0; p < 3; p++)
        for (int q = 0; q < 3; q++) g[p][q] = vload(gp + (p * 3 + q) * 64);
    for (int q = 0; q < 3; q++) {  /* G g */
        a[0][q] = g[0][q] * 0.25f;
        a[1][q] = -g[0][q] * 0.166666672f - g[1][q] * 0.166666672f - g[2][q] * 0.166666672f;
        a[2][q] = -g[0][q] * 0.166666672f + g[1][q] * 0.166666672f - g[2][q] * 0.166666672f;
        a[3][q] = g[0][q] * 0.0416666679f + g[1][q] * 0.0833333358f + g[2][q] * 0.166666672f;
        a[4][q] = g[0][q] * 0.0416666679f - g[1][q] * 0.0833333358f + g[2][q] * 0.166666672f;
        a[5][q] = g[2][q];
    }
    for (int r = 0; r < 6; r++) {  /* (G g) G^T */
        vstore(u + (r * 6 + 0) * 256, a[r][0] * 0.25f);
        vstore(u + (r * 6 + 1) * 256, -a[r][0] * 0.166666672f - a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 2) * 256, -a[r][0] * 0.166666672f + a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 3) * 256, a[r][0] * 0.0416666679f + a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 4) * 256, a[r][0] * 0.0416666679f - a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 5) * 256, a[r][2]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 200 floats apart) */
static inline __attribute__((always_inline)) void k54_conv2d_bwd_data_n128_h13w13c28_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 120 + c * 8);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 200, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 200, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 200, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 200, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 200, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 200, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 200 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k54_conv2d_bwd_data_n128_h13w13c28_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = r < nr && c < nc ? vload(xp + r * 120 + c * 8) : vzero();
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 200, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 200, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 200, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 200, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 200, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 200, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 6 tiles x 2 output-channel vectors, 12 accumulators, over 32 input channels */
static inline __attribute__((always_inline)) void k54_conv2d_bwd_data_n128_h13w13c28_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    for (int cb = 0; cb < 4; cb++) {
        const float *vs = vp + (long)cb * 48, *us = up + (long)cb * 64;
        for (int ic = 0; ic < (cb < 3 ? 8 : 4); ic++) {  /* channels 4..7 of the last block are padding */
            const vf u0 = vload(us + 0 + ic * 8), u1 = vload(us + 9216 + ic * 8);
            { const vf vb = vbcast(vs[0 + ic]); acc_t0v0 = vfma(vb, u0, acc_t0v0); acc_t0v1 = vfma(vb, u1, acc_t0v1); }
            { const vf vb = vbcast(vs[8 + ic]); acc_t1v0 = vfma(vb, u0, acc_t1v0); acc_t1v1 = vfma(vb, u1, acc_t1v1); }
            { const vf vb = vbcast(vs[16 + ic]); acc_t2v0 = vfma(vb, u0, acc_t2v0); acc_t2v1 = vfma(vb, u1, acc_t2v1); }
            { const vf vb = vbcast(vs[24 + ic]); acc_t3v0 = vfma(vb, u0, acc_t3v0); acc_t3v1 = vfma(vb, u1, acc_t3v1); }
            { const vf vb = vbcast(vs[32 + ic]); acc_t4v0 = vfma(vb, u0, acc_t4v0); acc_t4v1 = vfma(vb, u1, acc_t4v1); }
            { const vf vb = vbcast(vs[40 + ic]); acc_t5v0 = vfma(vb, u0, acc_t5v0); acc_t5v1 = vfma(vb, u1, acc_t5v1); }
        }
    }
    vstore(mp + 0, acc_t0v0);
    vstore(mp + 48, acc_t0v1);
    vstore(mp + 8, acc_t1v0);
    vstore(mp + 56, acc_t1v1);
    vstore(mp + 16, acc_t2v0);
    vstore(mp + 64, acc_t2v1);
    vstore(mp + 24, acc_t3v0);
    vstore(mp + 72, acc_t3v1);
    vstore(mp + 32, acc_t4v0);
    vstore(mp + 80, acc_t4v1);
    vstore(mp + 40, acc_t5v0);
    vstore(mp + 88, acc_t5v1);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 200 floats apart), yp at its output pixel (0, 0); then no bias */
static inline __attribute__((always_inline)) void k54_conv2d_bwd_data_n128_h13w13c28_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)bp;
    (void)kp;
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 200);
    for (int c = 0; c < 6; c++) {  /* A^T m */
        s[0][c] = pr[0][c] + pr[1][c] + pr[2][c] + pr[3][c] + pr[4][c];
        s[1][c] = pr[1][c] - pr[2][c] + pr[3][c] * 2.0f - pr[4][c] * 2.0f;
        s[2][c] = pr[1][c] + pr[2][c] + pr[3][c] * 4.0f + pr[4][c] * 4.0f;
        s[3][c] = pr[1][c] - pr[2][c] + pr[3][c] * 8.0f - pr[4][c] * 8.0f + pr[5][c];
    }
    vf y[4][4];
    for (int r = 0; r < 4; r++) {  /* (A^T m) A */
        y[r][0] = s[r][0] + s[r][1] + s[r][2] + s[r][3] + s[r][4];
        y[r][1] = s[r][1] - s[r][2] + s[r][3] * 2.0f - s[r][4] * 2.0f;
        y[r][2] = s[r][1] + s[r][2] + s[r][3] * 4.0f + s[r][4] * 4.0f;
        y[r][3] = s[r][1] - s[r][2] + s[r][3] * 8.0f - s[r][4] * 8.0f + s[r][5];
    }
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++) {
            float *o = yp + r * 104 + c * 8;
            vstore(o, y[r][c]);
        }
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 200 floats apart), yp at its output pixel (0, 0); then no bias; only the first vr rows and vc columns are stored */
static inline __attribute__((always_inline)) void k54_conv2d_bwd_data_n128_h13w13c28_output_edge(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp, int vr, int vc)
{
    (void)bp;
    (void)kp;
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 200);
    for (int c = 0; c < 6; c++) {  /* A^T m */
        s[0][c] = pr[0][c] + pr[1][c] + pr[2][c] + pr[3][c] + pr[4][c];
        s[1][c] = pr[1][c] - pr[2][c] + pr[3][c] * 2.0f - pr[4][c] * 2.0f;
        s[2][c] = pr[1][c] + pr[2][c] + pr[3][c] * 4.0f + pr[4][c] * 4.0f;
        s[3][c] = pr[1][c] - pr[2][c] + pr[3][c] * 8.0f - pr[4][c] * 8.0f + pr[5][c];
    }
    vf y[4][4];
    for (int r = 0; r < 4; r++) {  /* (A^T m) A */
        y[r][0] = s[r][0] + s[r][1] + s[r][2] + s[r][3] + s[r][4];
        y[r][1] = s[r][1] - s[r][2] + s[r][3] * 2.0f - s[r][4] * 2.0f;
        y[r][2] = s[r][1] + s[r][2] + s[r][3] * 4.0f + s[r][4] * 4.0f;
        y[r][3] = s[r][1] - s[r][2] + s[r][3] * 8.0f - s[r][4] * 8.0f + s[r][5];
    }
    for (int r = 0; r < vr; r++)
        for (int c = 0; c < vc; c++) {
            float *o = yp + r * 104 + c * 8;
            vstore(o, y[r][c]);
        }
}

/* k54_conv2d_bwd_data_n128_h13w13c28 — conv_bwd_data kernel
 *   node n75 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[4]
 *   in  dconv2d_1_pre              (128, 11, 11, 28) nChw8c, halo 2 2 2 2
 *   in  conv2d_1/kernel.flipped8   (3, 3, 28, 28) 8-blocked
 *   out dbatch_normalization_out   (128, 13, 13, 28) nChw8c
 *   tmp conv2d_1/kernel.flipped8.winograd (36864) C, scratch
 *   tmp dconv2d_1_pre.winograd_tiles (28800) C, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 6 tiles, in blocks of 6 tiles
 *   schedule: OpenMP over samples; ISA avx2 */
void k54_conv2d_bwd_data_n128_h13w13c28(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel_flipped8, float *restrict dbatch_normalization_out, float *restrict conv2d_1_kernel_flipped8_winograd, float *restrict dconv2d_1_pre_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 3 x 4 tiles of 4x4 output pixels per sample, in blocks of 6;
       products of 6 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 128; u++) {
        const int ocb = u / 32, c = u % 32;
        k54_conv2d_bwd_data_n128_h13w13c28_weights(conv2d_1_kernel_flipped8 + (long)ocb * 2304 + (long)(c / 8) * 576 + (c % 8) * 8, conv2d_1_kernel_flipped8_winograd + (long)ocb * 9216 + (long)c * 8);
    }
    /* 2. blocks of 6 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 5) / 6;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = dconv2d_1_pre_winograd_tiles + (long)t * 14400, *ms = vs + 7200;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 6;
            for (int j = 0; j < 6; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 4; cb++) vstore(vs + pos * 200 + ((long)cb * 6 + j) * 8, vzero());
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = dconv2d_1_pre + (long)n * 7200 + (long)(0 + 4 * ti) * 120 + (long)(0 + 4 * tj) * 8;
                if (ti == 3 || tj == 3)  /* the last tile row or column: x stores 3 rows, 3 columns of it */
                    for (int cb = 0; cb < 4; cb++)
                        k54_conv2d_bwd_data_n128_h13w13c28_input_edge(xp + (long)cb * 1800, vs + ((long)cb * 6 + j) * 8, ti == 3 ? 3 : 6, tj == 3 ? 3 : 6);
                else
                    for (int cb = 0; cb < 4; cb++) k54_conv2d_bwd_data_n128_h13w13c28_input(xp + (long)cb * 1800, vs + ((long)cb * 6 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 2; og++)
                    for (int j = 0; j < 6; j += 6)
                        k54_conv2d_bwd_data_n128_h13w13c28_product(vs + pos * 200 + (long)j * 8, conv2d_1_kernel_flipped8_winograd + (long)og * 18432 + pos * 256,
                                                           ms + pos * 200 + ((long)og * 12 + j) * 8);
            for (int j = 0; j < 6 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                float *yp = dbatch_normalization_out + (long)n * 5408 + (long)(0 + 4 * ti) * 104 + (long)(0 + 4 * tj) * 8;
                if (ti == 3 || tj == 3)  /* the last tile row or column: 1 rows, 1 columns of it exist */
                    for (int kb = 0; kb < 4; kb++)
                        k54_conv2d_bwd_data_n128_h13w13c28_output_edge(ms + ((long)kb * 6 + j) * 8, NULL, yp + (long)kb * 1352, NULL, ti == 3 ? 1 : 4, tj == 3 ? 1 : 4);
                else
                    for (int kb = 0; kb < 4; kb++)
                        k54_conv2d_bwd_data_n128_h13w13c28_output(ms + ((long)kb * 6 + j) * 8, NULL, yp + (long)kb * 1352, NULL);
            }
        }
    }
}

/* k55_batchnorm_bwd_n128_h13w13c28 — batchnorm kernel
 *   node n76 "dbatch_normalization" (bn_bwd), from $.layers[3]
 *   in  dbatch_normalization_out   (128, 13, 13, 28) nChw8c
 *   in  max_pooling2d_out          (128, 13, 13, 28) nChw8c
 *   in  batch_normalization/gamma  (28) C
 *   in  batch_normalization_mean   (28) C
 *   in  batch_normalization_invstd (28) C
 *   out dmax_pooling2d_out         (128, 13, 13, 28) nChw8c
 *   out dbatch_normalization/gamma (28) C
 *   out dbatch_normalization/beta  (28) C
 *   tmp dbatch_normalization_out.partial (256) C, scratch
 *   tmp dbatch_normalization_out.stats (160) C, scratch
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k55_batchnorm_bwd_n128_h13w13c28(const float *restrict dbatch_normalization_out, const float *restrict max_pooling2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dmax_pooling2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, float *restrict dbatch_normalization_out_partial, float *restrict dbatch_normalization_out_stats, int nb)
{
    /* dbatch_normalization_out_stats: mean, invstd, k = gamma * invstd, mean dy, mean dy * xhat (padded lanes 0) */
    float *const st_mean = dbatch_normalization_out_stats, *const st_is = dbatch_normalization_out_stats + 32, *const st_k = dbatch_normalization_out_stats + 64;
    float *const st_mdy = dbatch_normalization_out_stats + 96, *const st_mdyx = dbatch_normalization_out_stats + 128;
    const double rows = (double)nb * 169;
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        st_mean[c] = c < 28 ? batch_normalization_mean[c] : 0.0f;
        st_is[c] = c < 28 ? batch_normalization_invstd[c] : 0.0f;
    }
    /* sums of dy and of dy * xhat */
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        double *part = (double *)dbatch_normalization_out_partial + (long)t * 64;
        memset(part, 0, sizeof(double) * 64);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++)
            for (int cb = 0; cb < 4; cb++) {
                vf s1 = vzero(), s2 = vzero();
                for (int h = 0; h < 13; h++)
                    for (int w = 0; w < 13; w++) {
                        const vf v = vload(dbatch_normalization_out + (long)n * 5408 + (long)cb * 1352 + (long)(h + 0) * 104 + (long)(w + 0) * 8);
                        const vf v2 = vload(max_pooling2d_out + (long)n * 5408 + (long)cb * 1352 + (long)(h + 0) * 104 + (long)(w + 0) * 8);
                        s1 += v;
                        s2 += v * (v2 - vload(st_mean + cb * 8)) * vload(st_is + cb * 8);
                    }
                for (int l = 0; l < 8; l++) {
                    part[cb * 8 + l] += s1[l];
                    part[32 + cb * 8 + l] += s2[l];
                }
            }
    }
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        double sdy = 0, sdyx = 0;
        for (int t = 0; t < 2; t++) {
            sdy += ((double *)dbatch_normalization_out_partial)[(long)t * 64 + c];
            sdyx += ((double *)dbatch_normalization_out_partial)[(long)t * 64 + 32 + c];
        }
        if (c >= 28) { st_k[c] = st_mdy[c] = st_mdyx[c] = 0.0f; continue; }
        dbatch_normalization_gamma[c] = (float)sdyx;
        dbatch_normalization_beta[c] = (float)sdy;
        st_k[c] = batch_normalization_gamma[c] * st_is[c];
        st_mdy[c] = (float)(sdy / rows);
        st_mdyx[c] = (float)(sdyx / rows);
    }
    /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int h = 0; h < 13; h++)
                for (int w = 0; w < 13; w++) {
                    const vf v = vload(dbatch_normalization_out + (long)n * 5408 + (long)cb * 1352 + (long)(h + 0) * 104 + (long)(w + 0) * 8);
                    const vf v2 = vload(max_pooling2d_out + (long)n * 5408 + (long)cb * 1352 + (long)(h + 0) * 104 + (long)(w + 0) * 8);
                    float *const py = dmax_pooling2d_out + (long)n * 5408 + (long)cb * 1352 + (long)(h + 0) * 104 + (long)(w + 0) * 8;
                    vstore(py, vload(st_k + cb * 8) * (v - vload(st_mdy + cb * 8) - (v2 - vload(st_mean + cb * 8)) * vload(st_is + cb * 8) * vload(st_mdyx + cb * 8)));
                }
}

/* k56_maxpool_bwd_relu_bwd_conv2d_bwd_weights_n128_h26w26c28 — pool kernel
 *   node n77 "dmax_pooling2d" (maxpool_bwd), from $.layers[2]
 *   node n78 "dconv2d.relu" (relu_bwd), from $.layers[1]
 *   node n79 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[1]
 *   in  dmax_pooling2d_out         (128, 13, 13, 28) nChw8c
 *   in  max_pooling2d_out.argmax   (128, 13, 13, 28) nChw8c
 *   in  rescaling_out              (128, 28, 28, 1) NHWC
 *   out dconv2d/kernel.part        (3, 3, 1, 28) 8-blocked
 *   out dconv2d/bias.part          (28) C
 *   tmp dconv2d/kernel.part.partial (640) C, scratch
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 3x3 pixels, 1 input channels a step
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k56_maxpool_bwd_relu_bwd_conv2d_bwd_weights_n128_h26w26c28(const float *restrict dmax_pooling2d_out, const uint8_t *restrict max_pooling2d_out_argmax, const float *restrict rescaling_out, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_kernel_part_partial[chunk] (288 weights + 32 biases) */
    const long wsz = 320;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            const float *xn = rescaling_out + (long)n * 784 + (long)(0 - 0) * 28 + (long)(0 - 0) * 1;
            for (int fg = 0; fg < 4; fg++)
            for (int cb = 0; cb < 1; cb++)
            for (int c0 = 0; c0 < 1; c0 += 1)
            for (int kh0 = 0; kh0 < 3; kh0 += 3)
            for (int kw0 = 0; kw0 < 3; kw0 += 3) {
                float *pt = pw + (long)fg * 72 + (((long)cb * 3 + kh0) * 3 + kw0) * 8 + c0 * 8;
                vf acc_t00c0v0 = vload(pt + 0);
                vf acc_t01c0v0 = vload(pt + 8);
                vf acc_t02c0v0 = vload(pt + 16);
                vf acc_t10c0v0 = vload(pt + 24);
                vf acc_t11c0v0 = vload(pt + 32);
                vf acc_t12c0v0 = vload(pt + 40);
                vf acc_t20c0v0 = vload(pt + 48);
                vf acc_t21c0v0 = vload(pt + 56);
                vf acc_t22c0v0 = vload(pt + 64);
                if (cb == 0 && c0 == 0 && kh0 == 0 && kw0 == 0) {  /* with the bias sums */
                    vf sb0 = vzero();
                    for (int i = 0; i < 26; i++)
                        for (int j = 0; j < 26; j++) {
                            const float *xs = xn + (long)cb * 0 + (long)(i * 1 + kh0) * 28 + (long)(j * 1 + kw0) * 1 + c0;
                            vf d0 = vzero();  /* the pooled gradient where the argmax names (i, j) */
                            {
                                const vi a8 = vload_bytes(max_pooling2d_out_argmax + (long)n * 5408 + (long)(fg * 1 + 0) * 1352 + (long)(i / 2) * 104 + (long)(j / 2) * 8);
                                const vf pd = vload(dmax_pooling2d_out + (long)n * 5408 + (long)(fg * 1 + 0) * 1352 + (long)(i / 2 + 0) * 104 + (long)(j / 2 + 0) * 8);
                                d0 = (((a8 & 0x7f) == (vi)((i % 2) * 2 + j % 2)) & ((a8 & 0x80) != 0)) ? pd : vzero();
                            }
                            sb0 += d0;
                            { const vf xb = vbcast(xs[0]); acc_t00c0v0 = vfma(xb, d0, acc_t00c0v0); }
                            { const vf xb = vbcast(xs[1]); acc_t01c0v0 = vfma(xb, d0, acc_t01c0v0); }
                            { const vf xb = vbcast(xs[2]); acc_t02c0v0 = vfma(xb, d0, acc_t02c0v0); }
                            { const vf xb = vbcast(xs[28]); acc_t10c0v0 = vfma(xb, d0, acc_t10c0v0); }
                            { const vf xb = vbcast(xs[29]); acc_t11c0v0 = vfma(xb, d0, acc_t11c0v0); }
                            { const vf xb = vbcast(xs[30]); acc_t12c0v0 = vfma(xb, d0, acc_t12c0v0); }
                            { const vf xb = vbcast(xs[56]); acc_t20c0v0 = vfma(xb, d0, acc_t20c0v0); }
                            { const vf xb = vbcast(xs[57]); acc_t21c0v0 = vfma(xb, d0, acc_t21c0v0); }
                            { const vf xb = vbcast(xs[58]); acc_t22c0v0 = vfma(xb, d0, acc_t22c0v0); }
                        }
                    vstore(pw + 288 + (fg * 1 + 0) * 8, vload(pw + 288 + (fg * 1 + 0) * 8) + sb0);
                } else {
                    for (int i = 0; i < 26; i++)
                        for (int j = 0; j < 26; j++) {
                            const float *xs = xn + (long)cb * 0 + (long)(i * 1 + kh0) * 28 + (long)(j * 1 + kw0) * 1 + c0;
                            vf d0 = vzero();  /* the pooled gradient where the argmax names (i, j) */
                            {
                                const vi a8 = vload_bytes(max_pooling2d_out_argmax + (long)n * 5408 + (long)(fg * 1 + 0) * 1352 + (long)(i / 2) * 104 + (long)(j / 2) * 8);
                                const vf pd = vload(dmax_pooling2d_out + (long)n * 5408 + (long)(fg * 1 + 0) * 1352 + (long)(i / 2 + 0) * 104 + (long)(j / 2 + 0) * 8);
                                d0 = (((a8 & 0x7f) == (vi)((i % 2) * 2 + j % 2)) & ((a8 & 0x80) != 0)) ? pd : vzero();
                            }
                            { const vf xb = vbcast(xs[0]); acc_t00c0v0 = vfma(xb, d0, acc_t00c0v0); }
                            { const vf xb = vbcast(xs[1]); acc_t01c0v0 = vfma(xb, d0, acc_t01c0v0); }
                            { const vf xb = vbcast(xs[2]); acc_t02c0v0 = vfma(xb, d0, acc_t02c0v0); }
                            { const vf xb = vbcast(xs[28]); acc_t10c0v0 = vfma(xb, d0, acc_t10c0v0); }
                            { const vf xb = vbcast(xs[29]); acc_t11c0v0 = vfma(xb, d0, acc_t11c0v0); }
                            { const vf xb = vbcast(xs[30]); acc_t12c0v0 = vfma(xb, d0, acc_t12c0v0); }
                            { const vf xb = vbcast(xs[56]); acc_t20c0v0 = vfma(xb, d0, acc_t20c0v0); }
                            { const vf xb = vbcast(xs[57]); acc_t21c0v0 = vfma(xb, d0, acc_t21c0v0); }
                            { const vf xb = vbcast(xs[58]); acc_t22c0v0 = vfma(xb, d0, acc_t22c0v0); }
                        }
                }
                vstore(pt + 0, acc_t00c0v0);
                vstore(pt + 8, acc_t01c0v0);
                vstore(pt + 16, acc_t02c0v0);
                vstore(pt + 24, acc_t10c0v0);
                vstore(pt + 32, acc_t11c0v0);
                vstore(pt + 40, acc_t12c0v0);
                vstore(pt + 48, acc_t20c0v0);
                vstore(pt + 56, acc_t21c0v0);
                vstore(pt + 64, acc_t22c0v0);
            }
        }
    }
    /* the partial sums in chunk order */
    #pragma omp for schedule(static)
    for (long e = 0; e < 288; e += 8) {
        vf s = vload(dconv2d_kernel_part_partial + e);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_kernel_part_partial + (long)t * wsz + e);
        vstore(dconv2d_kernel_part + e, s);
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f += 8) {
        vf s = vload(dconv2d_kernel_part_partial + 288 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_kernel_part_partial + (long)t * wsz + 288 + f);
        vstore(dconv2d_bias_part + f, s);
    }
}

/* k57_reorder_3x3x1x28 — reorder kernel
 *   node n80 "reorder.dconv2d/kernel" (reorder), from $.layers[1]
 *   in  dconv2d/kernel.part        (3, 3, 1, 28) 8-blocked
 *   out dconv2d/kernel             (3, 3, 1, 28) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k57_reorder_3x3x1x28(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)
{
    /* dconv2d/kernel.part -> dconv2d/kernel */
    /* (4, 1, 3, 3, 1, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 1, 28) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 1; c++)
                for (int f = 0; f < 28; f++)
                    dconv2d_kernel[((kh * 3 + kw) * 1 + c) * 28 + f] = dconv2d_kernel_part[((((long)(f / 8) * 1 + c / 1) * 3 + kh) * 3 + kw) * 8 + (c % 1) * 8 + f % 8];
}

/* k58_reorder_c28 — reorder kernel
 *   node n81 "reorder.dconv2d/bias" (reorder), from $.layers[1]
 *   in  dconv2d/bias.part          (28) C
 *   out dconv2d/bias               (28) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k58_reorder_c28(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)
{
    /* dconv2d/bias.part -> dconv2d/bias */
    #pragma omp single
    for (int c = 0; c < 28; c++) dconv2d_bias[c] = dconv2d_bias_part[c];
}

/* k59_adam_update_p131552 — optimizer kernel
 *   node n82 "adam" (adam_update), from $.optimizer
 *   schedule: OpenMP over elements; ISA avx2 */
void k59_adam_update_p131552(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
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
        p[i] -= lr_t * mi / (__builtin_elementwise_sqrt(vi) + 1.00000001e-07f);
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
    float *const rescaling_out = A + 2775168;  /* rescaling_out (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 28) */
    float *const conv2d_kernel_blocked8 = A + 0;  /* conv2d/kernel.blocked8 (3, 3, 1, 28) 8-blocked */
    float *const conv2d_bias = P + 256;  /* conv2d/bias (28) */
    float *const conv2d_bias_padded32 = A + 288;  /* conv2d/bias.padded32 (28) */
    float *const max_pooling2d_out = A + 921600;  /* max_pooling2d_out (128, 13, 13, 28) nChw8c */
    uint8_t *const max_pooling2d_out_argmax = (uint8_t *)(A + 2602112);  /* max_pooling2d_out.argmax (128, 13, 13, 28) nChw8c */
    float *const batch_normalization_gamma = P + 288;  /* batch_normalization/gamma (28) */
    float *const batch_normalization_beta = P + 320;  /* batch_normalization/beta (28) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (28) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (28) */
    float *const batch_normalization_out = A + 1613824;  /* batch_normalization_out (128, 13, 13, 28) nChw8c */
    float *const batch_normalization_mean = A + 2958528;  /* batch_normalization_mean (28) */
    float *const batch_normalization_invstd = A + 2958560;  /* batch_normalization_invstd (28) */
    float *const max_pooling2d_out_partial = A + 0;  /* max_pooling2d_out.partial (256) */
    float *const max_pooling2d_out_stats = A + 256;  /* max_pooling2d_out.stats (160) */
    float *const conv2d_1_kernel = P + 352;  /* conv2d_1/kernel (3, 3, 28, 28) */
    float *const conv2d_1_kernel_blocked8 = A + 102400;  /* conv2d_1/kernel.blocked8 (3, 3, 28, 28) 8-blocked */
    float *const conv2d_1_bias = P + 7408;  /* conv2d_1/bias (28) */
    float *const conv2d_1_bias_padded32 = A + 111616;  /* conv2d_1/bias.padded32 (28) */
    float *const max_pooling2d_1_out = A + 0;  /* max_pooling2d_1_out (128, 5, 5, 28) nChw8c */
    uint8_t *const max_pooling2d_1_out_argmax = (uint8_t *)(A + 2408448);  /* max_pooling2d_1_out.argmax (128, 5, 5, 28) nChw8c */
    float *const batch_normalization_1_gamma = P + 7440;  /* batch_normalization_1/gamma (28) */
    float *const batch_normalization_1_beta = P + 7472;  /* batch_normalization_1/beta (28) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (28) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (28) */
    float *const batch_normalization_1_out_part = A + 102400;  /* batch_normalization_1_out.part (128, 5, 5, 28) nChw8c */
    float *const batch_normalization_1_mean = A + 310784;  /* batch_normalization_1_mean (28) */
    float *const batch_normalization_1_invstd = A + 310816;  /* batch_normalization_1_invstd (28) */
    float *const max_pooling2d_1_out_partial = A + 204800;  /* max_pooling2d_1_out.partial (256) */
    float *const max_pooling2d_1_out_stats = A + 205056;  /* max_pooling2d_1_out.stats (160) */
    float *const batch_normalization_1_out = A + 204800;  /* batch_normalization_1_out (128, 5, 5, 28) */
    float *const flatten_out = A + 204800;  /* flatten_out (128, 700) */
    float *const dense_kernel = P + 7504;  /* dense/kernel (700, 128) */
    float *const dense_bias = P + 97104;  /* dense/bias (128) */
    float *const dense_out = A + 102400;  /* dense_out (128, 128) */
    float *const dense_1_kernel = P + 97232;  /* dense_1/kernel (128, 128) */
    float *const dense_1_bias = P + 113616;  /* dense_1/bias (128) */
    float *const dense_1_out = A + 118784;  /* dense_1_out (128, 128) */
    float *const dense_2_kernel = P + 113744;  /* dense_2/kernel (128, 128) */
    float *const dense_2_bias = P + 130128;  /* dense_2/bias (128) */
    float *const dense_2_out = A + 135168;  /* dense_2_out (128, 128) */
    float *const dense_3_kernel = P + 130256;  /* dense_3/kernel (128, 10) */
    float *const dense_3_kernel_padded16 = A + 151552;  /* dense_3/kernel.padded16 (128, 10) */
    float *const dense_3_bias = P + 131536;  /* dense_3/bias (10) */
    float *const dense_3_bias_padded16 = A + 154880;  /* dense_3/bias.padded16 (10) */
    float *const dense_3_pre = A + 153600;  /* dense_3_pre (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const ddense_3_pre = A + 167936;  /* ddense_3_pre (128, 10) */
    float *const dense_3_pre_per_sample = A + 151552;  /* dense_3_pre.per_sample (512) */
    float *const ddense_3_kernel = G + 130256;  /* ddense_3/kernel (128, 10) */
    float *const ddense_3_bias = G + 131536;  /* ddense_3/bias (10) */
    float *const dense_3_kernel_transposed128 = A + 169216;  /* dense_3/kernel.transposed128 (128, 10) */
    float *const ddense_2_pre = A + 151552;  /* ddense_2_pre (128, 128) */
    float *const ddense_2_kernel = G + 113744;  /* ddense_2/kernel (128, 128) */
    float *const ddense_2_bias = G + 130128;  /* ddense_2/bias (128) */
    float *const dense_2_kernel_transposed128 = A + 167936;  /* dense_2/kernel.transposed128 (128, 128) */
    float *const ddense_1_pre = A + 135168;  /* ddense_1_pre (128, 128) */
    float *const ddense_1_kernel = G + 97232;  /* ddense_1/kernel (128, 128) */
    float *const ddense_1_bias = G + 113616;  /* ddense_1/bias (128) */
    float *const dense_1_kernel_transposed128 = A + 118784;  /* dense_1/kernel.transposed128 (128, 128) */
    float *const ddense_pre = A + 294400;  /* ddense_pre (128, 128) */
    float *const ddense_kernel = G + 7504;  /* ddense/kernel (700, 128) */
    float *const ddense_bias = G + 97104;  /* ddense/bias (128) */
    float *const dense_kernel_transposed704 = A + 102400;  /* dense/kernel.transposed704 (700, 128) */
    float *const dflatten_out = A + 204800;  /* dflatten_out (128, 700) */
    float *const dbatch_normalization_1_out = A + 204800;  /* dbatch_normalization_1_out (128, 5, 5, 28) */
    float *const dbatch_normalization_1_out_nChw8c = A + 102400;  /* dbatch_normalization_1_out.nChw8c (128, 5, 5, 28) nChw8c */
    float *const dmax_pooling2d_1_out = A + 2306048;  /* dmax_pooling2d_1_out (128, 5, 5, 28) nChw8c */
    float *const dbatch_normalization_1_gamma = G + 7440;  /* dbatch_normalization_1/gamma (28) */
    float *const dbatch_normalization_1_beta = G + 7472;  /* dbatch_normalization_1/beta (28) */
    float *const dbatch_normalization_1_out_nChw8c_partial = A + 204800;  /* dbatch_normalization_1_out.nChw8c.partial (256) */
    float *const dbatch_normalization_1_out_nChw8c_stats = A + 205056;  /* dbatch_normalization_1_out.nChw8c.stats (160) */
    float *const dconv2d_1_pre = A + 0;  /* dconv2d_1_pre (128, 11, 11, 28) nChw8c, halo 2 2 2 2 */
    float *const dconv2d_1_kernel_part = A + 2949312;  /* dconv2d_1/kernel.part (3, 3, 28, 28) 8-blocked */
    float *const dconv2d_1_bias_part = A + 2958592;  /* dconv2d_1/bias.part (28) */
    float *const dconv2d_1_kernel_part_partial = A + 2875520;  /* dconv2d_1/kernel.part.partial (73792) */
    float *const dconv2d_1_kernel_part_winograd_tiles = A + 2306048;  /* dconv2d_1/kernel.part.winograd_tiles (296064) */
    float *const dconv2d_1_kernel = G + 352;  /* dconv2d_1/kernel (3, 3, 28, 28) */
    float *const dconv2d_1_bias = G + 7408;  /* dconv2d_1/bias (28) */
    float *const conv2d_1_kernel_flipped8 = A + 2371712;  /* conv2d_1/kernel.flipped8 (3, 3, 28, 28) 8-blocked */
    float *const dbatch_normalization_out = A + 1613824;  /* dbatch_normalization_out (128, 13, 13, 28) nChw8c */
    float *const conv2d_1_kernel_flipped8_winograd = A + 2306048;  /* conv2d_1/kernel.flipped8.winograd (36864) */
    float *const dconv2d_1_pre_winograd_tiles = A + 2342912;  /* dconv2d_1_pre.winograd_tiles (28800) */
    float *const dmax_pooling2d_out = A + 0;  /* dmax_pooling2d_out (128, 13, 13, 28) nChw8c */
    float *const dbatch_normalization_gamma = G + 288;  /* dbatch_normalization/gamma (28) */
    float *const dbatch_normalization_beta = G + 320;  /* dbatch_normalization/beta (28) */
    float *const dbatch_normalization_out_partial = A + 692224;  /* dbatch_normalization_out.partial (256) */
    float *const dbatch_normalization_out_stats = A + 692480;  /* dbatch_normalization_out.stats (160) */
    float *const dconv2d_kernel_part = A + 692864;  /* dconv2d/kernel.part (3, 3, 1, 28) 8-blocked */
    float *const dconv2d_bias_part = A + 693152;  /* dconv2d/bias.part (28) */
    float *const dconv2d_kernel_part_partial = A + 692224;  /* dconv2d/kernel.part.partial (640) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 1, 28) */
    float *const dconv2d_bias = G + 256;  /* dconv2d/bias (28) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 6784098 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 6784098.03125 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_rescale_n128_h28w28c1(x, rescaling_out, nb);
        k01_reorder_3x3x1x28(conv2d_kernel, conv2d_kernel_blocked8);
        k02_reorder_c28(conv2d_bias, conv2d_bias_padded32);
        k03_conv2d_fwd_relu_maxpool_n128_h26w26c28(rescaling_out, conv2d_kernel_blocked8, conv2d_bias_padded32, max_pooling2d_out, max_pooling2d_out_argmax, nb);
        k04_batchnorm_fwd_training_n128_h13w13c28(max_pooling2d_out, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out, batch_normalization_mean, batch_normalization_invstd, max_pooling2d_out_partial, max_pooling2d_out_stats, nb);
        k05_reorder_3x3x28x28(conv2d_1_kernel, conv2d_1_kernel_blocked8);
        k06_reorder_c28(conv2d_1_bias, conv2d_1_bias_padded32);
        k07_conv2d_fwd_relu_maxpool_n128_h11w11c28(batch_normalization_out, conv2d_1_kernel_blocked8, conv2d_1_bias_padded32, max_pooling2d_1_out, max_pooling2d_1_out_argmax, nb);
        k08_batchnorm_fwd_training_n128_h5w5c28(max_pooling2d_1_out, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out_part, batch_normalization_1_mean, batch_normalization_1_invstd, max_pooling2d_1_out_partial, max_pooling2d_1_out_stats, nb);
        k09_reorder_n128_h5w5c28(batch_normalization_1_out_part, batch_normalization_1_out, nb);
        k10_dense_fwd_relu_n128_k128(flatten_out, dense_kernel, dense_bias, dense_out, nb);
        k11_dense_fwd_relu_n128_k128(dense_out, dense_1_kernel, dense_1_bias, dense_1_out, nb);
        k12_dense_fwd_relu_n128_k128(dense_1_out, dense_2_kernel, dense_2_bias, dense_2_out, nb);
        k13_reorder_128x10(dense_3_kernel, dense_3_kernel_padded16);
        k14_reorder_c10(dense_3_bias, dense_3_bias_padded16);
        k15_dense_fwd_n128_k10(dense_2_out, dense_3_kernel_padded16, dense_3_bias_padded16, dense_3_pre, nb);
        k33_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10(dense_3_pre, y, ddense_3_pre, dense_3_pre_per_sample, nb, &s->loss, &s->metric);
        k35_dense_bwd_weights_128x10(ddense_3_pre, dense_2_out, ddense_3_kernel, ddense_3_bias, nb);
        k36_reorder_128x10(dense_3_kernel, dense_3_kernel_transposed128);
        k37_dense_bwd_data_relu_bwd_n128_k128(ddense_3_pre, dense_3_kernel_transposed128, dense_2_out, ddense_2_pre, nb);
        k38_dense_bwd_weights_128x128(ddense_2_pre, dense_1_out, ddense_2_kernel, ddense_2_bias, nb);
        k39_reorder_128x128(dense_2_kernel, dense_2_kernel_transposed128);
        k40_dense_bwd_data_relu_bwd_n128_k128(ddense_2_pre, dense_2_kernel_transposed128, dense_1_out, ddense_1_pre, nb);
        k41_dense_bwd_weights_128x128(ddense_1_pre, dense_out, ddense_1_kernel, ddense_1_bias, nb);
        k42_reorder_128x128(dense_1_kernel, dense_1_kernel_transposed128);
        k43_dense_bwd_data_relu_bwd_n128_k128(ddense_1_pre, dense_1_kernel_transposed128, dense_out, ddense_pre, nb);
        k44_dense_bwd_weights_700x128(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k45_reorder_700x128(dense_kernel, dense_kernel_transposed704);
        k46_dense_bwd_data_n128_k700(ddense_pre, dense_kernel_transposed704, dflatten_out, nb);
        k47_reorder_n128_h5w5c28(dbatch_normalization_1_out, dbatch_normalization_1_out_nChw8c, nb);
        k48_batchnorm_bwd_n128_h5w5c28(dbatch_normalization_1_out_nChw8c, max_pooling2d_1_out, batch_normalization_1_gamma, batch_normalization_1_mean, batch_normalization_1_invstd, dmax_pooling2d_1_out, dbatch_normalization_1_gamma, dbatch_normalization_1_beta, dbatch_normalization_1_out_nChw8c_partial, dbatch_normalization_1_out_nChw8c_stats, nb);
        k49_maxpool_bwd_relu_bwd_n128_h11w11c28(dmax_pooling2d_1_out, max_pooling2d_1_out_argmax, dconv2d_1_pre, nb);
        k50_conv2d_bwd_weights_3x3x28x28(dconv2d_1_pre, batch_normalization_out, dconv2d_1_kernel_part, dconv2d_1_bias_part, dconv2d_1_kernel_part_partial, dconv2d_1_kernel_part_winograd_tiles, nb);
        k51_reorder_3x3x28x28(dconv2d_1_kernel_part, dconv2d_1_kernel);
        k52_reorder_c28(dconv2d_1_bias_part, dconv2d_1_bias);
        k53_reorder_3x3x28x28(conv2d_1_kernel, conv2d_1_kernel_flipped8);
        k54_conv2d_bwd_data_n128_h13w13c28(dconv2d_1_pre, conv2d_1_kernel_flipped8, dbatch_normalization_out, conv2d_1_kernel_flipped8_winograd, dconv2d_1_pre_winograd_tiles, nb);
        k55_batchnorm_bwd_n128_h13w13c28(dbatch_normalization_out, max_pooling2d_out, batch_normalization_gamma, batch_normalization_mean, batch_normalization_invstd, dmax_pooling2d_out, dbatch_normalization_gamma, dbatch_normalization_beta, dbatch_normalization_out_partial, dbatch_normalization_out_stats, nb);
        k56_maxpool_bwd_relu_bwd_conv2d_bwd_weights_n128_h26w26c28(dmax_pooling2d_out, max_pooling2d_out_argmax, rescaling_out, dconv2d_kernel_part, dconv2d_bias_part, dconv2d_kernel_part_partial, nb);
        k57_reorder_3x3x1x28(dconv2d_kernel_part, dconv2d_kernel);
        k58_reorder_c28(dconv2d_bias_part, dconv2d_bias);
        k59_adam_update_p131552(P, G, M, V, s->step, s->learning_rate);
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
    float *const rescaling_out_infer = A + 692224;  /* rescaling_out_infer (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 28) */
    float *const conv2d_kernel_blocked8_2 = A + 2958624;  /* conv2d/kernel.blocked8.2 (3, 3, 1, 28) 8-blocked */
    float *const conv2d_bias = P + 256;  /* conv2d/bias (28) */
    float *const conv2d_bias_padded32_2 = A + 2958912;  /* conv2d/bias.padded32.2 (28) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 13, 13, 28) nChw8c */
    float *const batch_normalization_gamma = P + 288;  /* batch_normalization/gamma (28) */
    float *const batch_normalization_beta = P + 320;  /* batch_normalization/beta (28) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (28) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (28) */
    float *const batch_normalization_out_infer = A + 692224;  /* batch_normalization_out_infer (128, 13, 13, 28) nChw8c */
    float *const max_pooling2d_out_infer_stats = A + 1384448;  /* max_pooling2d_out_infer.stats (160) */
    float *const conv2d_1_kernel = P + 352;  /* conv2d_1/kernel (3, 3, 28, 28) */
    float *const conv2d_1_kernel_blocked8_2 = A + 2958944;  /* conv2d_1/kernel.blocked8.2 (3, 3, 28, 28) 8-blocked */
    float *const conv2d_1_bias = P + 7408;  /* conv2d_1/bias (28) */
    float *const conv2d_1_bias_padded32_2 = A + 2968160;  /* conv2d_1/bias.padded32.2 (28) */
    float *const max_pooling2d_1_out_infer = A + 0;  /* max_pooling2d_1_out_infer (128, 5, 5, 28) nChw8c */
    float *const batch_normalization_1_gamma = P + 7440;  /* batch_normalization_1/gamma (28) */
    float *const batch_normalization_1_beta = P + 7472;  /* batch_normalization_1/beta (28) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (28) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (28) */
    float *const batch_normalization_1_out_infer_part = A + 102400;  /* batch_normalization_1_out_infer.part (128, 5, 5, 28) nChw8c */
    float *const max_pooling2d_1_out_infer_stats = A + 204800;  /* max_pooling2d_1_out_infer.stats (160) */
    float *const batch_normalization_1_out_infer = A + 0;  /* batch_normalization_1_out_infer (128, 5, 5, 28) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 700) */
    float *const dense_kernel = P + 7504;  /* dense/kernel (700, 128) */
    float *const dense_bias = P + 97104;  /* dense/bias (128) */
    float *const dense_out_infer = A + 89600;  /* dense_out_infer (128, 128) */
    float *const dense_1_kernel = P + 97232;  /* dense_1/kernel (128, 128) */
    float *const dense_1_bias = P + 113616;  /* dense_1/bias (128) */
    float *const dense_1_out_infer = A + 0;  /* dense_1_out_infer (128, 128) */
    float *const dense_2_kernel = P + 113744;  /* dense_2/kernel (128, 128) */
    float *const dense_2_bias = P + 130128;  /* dense_2/bias (128) */
    float *const dense_2_out_infer = A + 16384;  /* dense_2_out_infer (128, 128) */
    float *const dense_3_kernel = P + 130256;  /* dense_3/kernel (128, 10) */
    float *const dense_3_kernel_padded16_2 = A + 2968192;  /* dense_3/kernel.padded16.2 (128, 10) */
    float *const dense_3_bias = P + 131536;  /* dense_3/bias (10) */
    float *const dense_3_bias_padded16_2 = A + 2970240;  /* dense_3/bias.padded16.2 (10) */
    float *const dense_3_pre_infer = A + 0;  /* dense_3_pre_infer (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    float *const dense_3_pre_infer_per_sample = A + 2560;  /* dense_3_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 2376667 FLOP per sample: threads from 2 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 2376667.21875 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k16_rescale_n128_h28w28c1(x, rescaling_out_infer, nb);
        if (copy_weights) k17_reorder_3x3x1x28(conv2d_kernel, conv2d_kernel_blocked8_2);
        if (copy_weights) k18_reorder_c28(conv2d_bias, conv2d_bias_padded32_2);
        k19_conv2d_fwd_relu_maxpool_n128_h26w26c28(rescaling_out_infer, conv2d_kernel_blocked8_2, conv2d_bias_padded32_2, max_pooling2d_out_infer, nb);
        k20_batchnorm_fwd_inference_n128_h13w13c28(max_pooling2d_out_infer, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out_infer, max_pooling2d_out_infer_stats, nb);
        if (copy_weights) k21_reorder_3x3x28x28(conv2d_1_kernel, conv2d_1_kernel_blocked8_2);
        if (copy_weights) k22_reorder_c28(conv2d_1_bias, conv2d_1_bias_padded32_2);
        k23_conv2d_fwd_relu_maxpool_n128_h11w11c28(batch_normalization_out_infer, conv2d_1_kernel_blocked8_2, conv2d_1_bias_padded32_2, max_pooling2d_1_out_infer, nb);
        k24_batchnorm_fwd_inference_n128_h5w5c28(max_pooling2d_1_out_infer, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out_infer_part, max_pooling2d_1_out_infer_stats, nb);
        k25_reorder_n128_h5w5c28(batch_normalization_1_out_infer_part, batch_normalization_1_out_infer, nb);
        k26_dense_fwd_relu_n128_k128(flatten_out_infer, dense_kernel, dense_bias, dense_out_infer, nb);
        k27_dense_fwd_relu_n128_k128(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_out_infer, nb);
        k28_dense_fwd_relu_n128_k128(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_out_infer, nb);
        if (copy_weights) k29_reorder_128x10(dense_3_kernel, dense_3_kernel_padded16_2);
        if (copy_weights) k30_reorder_c10(dense_3_bias, dense_3_bias_padded16_2);
        k31_dense_fwd_n128_k10(dense_2_out_infer, dense_3_kernel_padded16_2, dense_3_bias_padded16_2, dense_3_pre_infer, nb);
        k34_softmax_ce_sparse_n128_k10(dense_3_pre_infer, y, probs_eval, dense_3_pre_infer_per_sample, nb, &s->loss, &s->metric);
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
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const rescaling_out_infer = A + 692224;  /* rescaling_out_infer (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 28) */
    float *const conv2d_kernel_blocked8_2 = A + 2958624;  /* conv2d/kernel.blocked8.2 (3, 3, 1, 28) 8-blocked */
    float *const conv2d_bias = P + 256;  /* conv2d/bias (28) */
    float *const conv2d_bias_padded32_2 = A + 2958912;  /* conv2d/bias.padded32.2 (28) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 13, 13, 28) nChw8c */
    float *const batch_normalization_gamma = P + 288;  /* batch_normalization/gamma (28) */
    float *const batch_normalization_beta = P + 320;  /* batch_normalization/beta (28) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (28) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (28) */
    float *const batch_normalization_out_infer = A + 692224;  /* batch_normalization_out_infer (128, 13, 13, 28) nChw8c */
    float *const max_pooling2d_out_infer_stats = A + 1384448;  /* max_pooling2d_out_infer.stats (160) */
    float *const conv2d_1_kernel = P + 352;  /* conv2d_1/kernel (3, 3, 28, 28) */
    float *const conv2d_1_kernel_blocked8_2 = A + 2958944;  /* conv2d_1/kernel.blocked8.2 (3, 3, 28, 28) 8-blocked */
    float *const conv2d_1_bias = P + 7408;  /* conv2d_1/bias (28) */
    float *const conv2d_1_bias_padded32_2 = A + 2968160;  /* conv2d_1/bias.padded32.2 (28) */
    float *const max_pooling2d_1_out_infer = A + 0;  /* max_pooling2d_1_out_infer (128, 5, 5, 28) nChw8c */
    float *const batch_normalization_1_gamma = P + 7440;  /* batch_normalization_1/gamma (28) */
    float *const batch_normalization_1_beta = P + 7472;  /* batch_normalization_1/beta (28) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (28) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (28) */
    float *const batch_normalization_1_out_infer_part = A + 102400;  /* batch_normalization_1_out_infer.part (128, 5, 5, 28) nChw8c */
    float *const max_pooling2d_1_out_infer_stats = A + 204800;  /* max_pooling2d_1_out_infer.stats (160) */
    float *const batch_normalization_1_out_infer = A + 0;  /* batch_normalization_1_out_infer (128, 5, 5, 28) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 700) */
    float *const dense_kernel = P + 7504;  /* dense/kernel (700, 128) */
    float *const dense_bias = P + 97104;  /* dense/bias (128) */
    float *const dense_out_infer = A + 89600;  /* dense_out_infer (128, 128) */
    float *const dense_1_kernel = P + 97232;  /* dense_1/kernel (128, 128) */
    float *const dense_1_bias = P + 113616;  /* dense_1/bias (128) */
    float *const dense_1_out_infer = A + 0;  /* dense_1_out_infer (128, 128) */
    float *const dense_2_kernel = P + 113744;  /* dense_2/kernel (128, 128) */
    float *const dense_2_bias = P + 130128;  /* dense_2/bias (128) */
    float *const dense_2_out_infer = A + 16384;  /* dense_2_out_infer (128, 128) */
    float *const dense_3_kernel = P + 130256;  /* dense_3/kernel (128, 10) */
    float *const dense_3_kernel_padded16_2 = A + 2968192;  /* dense_3/kernel.padded16.2 (128, 10) */
    float *const dense_3_bias = P + 131536;  /* dense_3/bias (10) */
    float *const dense_3_bias_padded16_2 = A + 2970240;  /* dense_3/bias.padded16.2 (10) */
    float *const dense_3_out_infer = s->out;  /* dense_3_out_infer (128, 10) */
    /* 2376687 FLOP per sample: threads from 2 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 2376687.21875 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k16_rescale_n128_h28w28c1(x, rescaling_out_infer, nb);
        if (copy_weights) k17_reorder_3x3x1x28(conv2d_kernel, conv2d_kernel_blocked8_2);
        if (copy_weights) k18_reorder_c28(conv2d_bias, conv2d_bias_padded32_2);
        k19_conv2d_fwd_relu_maxpool_n128_h26w26c28(rescaling_out_infer, conv2d_kernel_blocked8_2, conv2d_bias_padded32_2, max_pooling2d_out_infer, nb);
        k20_batchnorm_fwd_inference_n128_h13w13c28(max_pooling2d_out_infer, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_out_infer, max_pooling2d_out_infer_stats, nb);
        if (copy_weights) k21_reorder_3x3x28x28(conv2d_1_kernel, conv2d_1_kernel_blocked8_2);
        if (copy_weights) k22_reorder_c28(conv2d_1_bias, conv2d_1_bias_padded32_2);
        k23_conv2d_fwd_relu_maxpool_n128_h11w11c28(batch_normalization_out_infer, conv2d_1_kernel_blocked8_2, conv2d_1_bias_padded32_2, max_pooling2d_1_out_infer, nb);
        k24_batchnorm_fwd_inference_n128_h5w5c28(max_pooling2d_1_out_infer, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_out_infer_part, max_pooling2d_1_out_infer_stats, nb);
        k25_reorder_n128_h5w5c28(batch_normalization_1_out_infer_part, batch_normalization_1_out_infer, nb);
        k26_dense_fwd_relu_n128_k128(flatten_out_infer, dense_kernel, dense_bias, dense_out_infer, nb);
        k27_dense_fwd_relu_n128_k128(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_out_infer, nb);
        k28_dense_fwd_relu_n128_k128(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_out_infer, nb);
        if (copy_weights) k29_reorder_128x10(dense_3_kernel, dense_3_kernel_padded16_2);
        if (copy_weights) k30_reorder_c10(dense_3_bias, dense_3_bias_padded16_2);
        k32_dense_fwd_softmax_n128_k10(dense_2_out_infer, dense_3_kernel_padded16_2, dense_3_bias_padded16_2, dense_3_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
    if (s->weights_cached) *s->weights_cached = s->weights_version;
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"rescaling_out", KILN_ROLE_ACT, 4, {128, 28, 28, 1}, "NHWC", 2775168, 100352, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 1, 28}, "HWIO", 0, 252, 3, 9, 252},
    {"conv2d/bias", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 256, 28, 1, 0, 0},
    {"conv2d_pre", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "nChw8c", 0, 0, 0, 0, 0},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "nChw8c", 0, 0, 0, 0, 0},
    {"max_pooling2d_out", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "nChw8c", 921600, 692224, 0, 0, 0},
    {"batch_normalization/gamma", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 288, 28, 2, 0, 0},
    {"batch_normalization/beta", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 320, 28, 1, 0, 0},
    {"batch_normalization/moving_mean", KILN_ROLE_STATE, 1, {28, 0, 0, 0}, "C", 0, 28, 1, 0, 0},
    {"batch_normalization/moving_variance", KILN_ROLE_STATE, 1, {28, 0, 0, 0}, "C", 32, 28, 2, 0, 0},
    {"batch_normalization_out", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "nChw8c", 1613824, 692224, 0, 0, 0},
    {"batch_normalization_mean", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 2958528, 28, 0, 0, 0},
    {"batch_normalization_invstd", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 2958560, 28, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 28, 28}, "HWIO", 352, 7056, 3, 252, 252},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 7408, 28, 1, 0, 0},
    {"conv2d_1_pre", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "nChw8c, halo 2 2 2 2", 0, 0, 0, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "nChw8c, halo 2 2 2 2", 0, 0, 0, 0, 0},
    {"max_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "nChw8c", 0, 102400, 0, 0, 0},
    {"batch_normalization_1/gamma", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 7440, 28, 2, 0, 0},
    {"batch_normalization_1/beta", KILN_ROLE_PARAM, 1, {28, 0, 0, 0}, "C", 7472, 28, 1, 0, 0},
    {"batch_normalization_1/moving_mean", KILN_ROLE_STATE, 1, {28, 0, 0, 0}, "C", 64, 28, 1, 0, 0},
    {"batch_normalization_1/moving_variance", KILN_ROLE_STATE, 1, {28, 0, 0, 0}, "C", 96, 28, 2, 0, 0},
    {"batch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "NHWC", 204800, 89600, 0, 0, 0},
    {"batch_normalization_1_mean", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 310784, 28, 0, 0, 0},
    {"batch_normalization_1_invstd", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 310816, 28, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {700, 128, 0, 0}, "IO", 7504, 89600, 3, 700, 128},
    {"dense/bias", KILN_ROLE_PARAM, 1, {128, 0, 0, 0}, "C", 97104, 128, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 102400, 16384, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {128, 128, 0, 0}, "IO", 97232, 16384, 3, 128, 128},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {128, 0, 0, 0}, "C", 113616, 128, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_1_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 118784, 16384, 0, 0, 0},
    {"dense_2/kernel", KILN_ROLE_PARAM, 2, {128, 128, 0, 0}, "IO", 113744, 16384, 3, 128, 128},
    {"dense_2/bias", KILN_ROLE_PARAM, 1, {128, 0, 0, 0}, "C", 130128, 128, 1, 0, 0},
    {"dense_2_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_2_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 135168, 16384, 0, 0, 0},
    {"dense_3/kernel", KILN_ROLE_PARAM, 2, {128, 10, 0, 0}, "IO", 130256, 1280, 3, 128, 10},
    {"dense_3/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 131536, 10, 1, 0, 0},
    {"dense_3_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 153600, 1280, 0, 0, 0},
    {"rescaling_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 1}, "NHWC", 692224, 100352, 0, 0, 0},
    {"conv2d_pre_infer", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "nChw8c", 0, 0, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "nChw8c", 0, 0, 0, 0, 0},
    {"max_pooling2d_out_infer", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "nChw8c", 0, 692224, 0, 0, 0},
    {"batch_normalization_out_infer", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "nChw8c", 692224, 692224, 0, 0, 0},
    {"conv2d_1_pre_infer", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "nChw8c", 0, 0, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "nChw8c", 0, 0, 0, 0, 0},
    {"max_pooling2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "nChw8c", 0, 102400, 0, 0, 0},
    {"batch_normalization_1_out_infer", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "NHWC", 0, 89600, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 89600, 16384, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 16384, 0, 0, 0},
    {"dense_2_pre_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_2_out_infer", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 16384, 16384, 0, 0, 0},
    {"dense_3_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_3_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_3_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 1, {128, 0, 0, 0}, "N", 0, 128, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_3_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 167936, 1280, 0, 0, 0},
    {"ddense_3/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 131536, 10, 0, 0, 0},
    {"ddense_3/kernel", KILN_ROLE_GRAD, 2, {128, 10, 0, 0}, "IO", 130256, 1280, 0, 0, 0},
    {"ddense_2_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_2_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 151552, 16384, 0, 0, 0},
    {"ddense_2/bias", KILN_ROLE_GRAD, 1, {128, 0, 0, 0}, "C", 130128, 128, 0, 0, 0},
    {"ddense_2/kernel", KILN_ROLE_GRAD, 2, {128, 128, 0, 0}, "IO", 113744, 16384, 0, 0, 0},
    {"ddense_1_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 135168, 16384, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {128, 0, 0, 0}, "C", 113616, 128, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {128, 128, 0, 0}, "IO", 97232, 16384, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "NC", 294400, 16384, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {128, 0, 0, 0}, "C", 97104, 128, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {700, 128, 0, 0}, "IO", 7504, 89600, 0, 0, 0},
    {"dbatch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "NHWC", 204800, 89600, 0, 0, 0},
    {"dmax_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "nChw8c", 2306048, 102400, 0, 0, 0},
    {"dbatch_normalization_1/gamma", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 7440, 28, 0, 0, 0},
    {"dbatch_normalization_1/beta", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 7472, 28, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "nChw8c, halo 2 2 2 2", 0, 0, 0, 0, 0},
    {"dconv2d_1_pre", KILN_ROLE_ACT, 4, {128, 11, 11, 28}, "nChw8c, halo 2 2 2 2", 0, 921600, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 7408, 28, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 28, 28}, "HWIO", 352, 7056, 0, 0, 0},
    {"dbatch_normalization_out", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "nChw8c", 1613824, 692224, 0, 0, 0},
    {"dmax_pooling2d_out", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "nChw8c", 0, 692224, 0, 0, 0},
    {"dbatch_normalization/gamma", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 288, 28, 0, 0, 0},
    {"dbatch_normalization/beta", KILN_ROLE_GRAD, 1, {28, 0, 0, 0}, "C", 320, 28, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "nChw8c", 0, 0, 0, 0, 0},
    {"dconv2d_pre", KILN_ROLE_ACT, 4, {128, 26, 26, 28}, "nChw8c", 0, 0, 0, 0, 0},
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
    {"conv2d/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 1, 28}, "8-blocked", 0, 288, 0, 0, 0},
    {"conv2d/bias.padded32", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 288, 28, 0, 0, 0},
    {"conv2d_1/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 28, 28}, "8-blocked", 102400, 9216, 0, 0, 0},
    {"conv2d_1/bias.padded32", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 111616, 28, 0, 0, 0},
    {"batch_normalization_1_out.part", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "nChw8c", 102400, 102400, 0, 0, 0},
    {"dense_3/kernel.padded16", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "IO", 151552, 1280, 0, 0, 0},
    {"dense_3/bias.padded16", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 154880, 10, 0, 0, 0},
    {"conv2d/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 1, 28}, "8-blocked", 2958624, 288, 0, 0, 0},
    {"conv2d/bias.padded32.2", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 2958912, 28, 0, 0, 0},
    {"conv2d_1/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 28, 28}, "8-blocked", 2958944, 9216, 0, 0, 0},
    {"conv2d_1/bias.padded32.2", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 2968160, 28, 0, 0, 0},
    {"batch_normalization_1_out_infer.part", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "nChw8c", 102400, 102400, 0, 0, 0},
    {"dense_3/kernel.padded16.2", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "IO", 2968192, 1280, 0, 0, 0},
    {"dense_3/bias.padded16.2", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 2970240, 10, 0, 0, 0},
    {"dense_3/kernel.transposed128", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "IO", 169216, 1280, 0, 0, 0},
    {"dense_2/kernel.transposed128", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "IO", 167936, 16384, 0, 0, 0},
    {"dense_1/kernel.transposed128", KILN_ROLE_ACT, 2, {128, 128, 0, 0}, "IO", 118784, 16384, 0, 0, 0},
    {"dense/kernel.transposed704", KILN_ROLE_ACT, 2, {700, 128, 0, 0}, "IO", 102400, 89600, 0, 0, 0},
    {"dbatch_normalization_1_out.nChw8c", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "nChw8c", 102400, 102400, 0, 0, 0},
    {"dconv2d_1/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 28, 28}, "8-blocked", 2949312, 9216, 0, 0, 0},
    {"dconv2d_1/bias.part", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 2958592, 28, 0, 0, 0},
    {"conv2d_1/kernel.flipped8", KILN_ROLE_ACT, 4, {3, 3, 28, 28}, "8-blocked", 2371712, 9216, 0, 0, 0},
    {"dconv2d/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 1, 28}, "8-blocked", 692864, 288, 0, 0, 0},
    {"dconv2d/bias.part", KILN_ROLE_ACT, 1, {28, 0, 0, 0}, "C", 693152, 28, 0, 0, 0},
    {"max_pooling2d_out.argmax", KILN_ROLE_ACT, 4, {128, 13, 13, 28}, "nChw8c", 2602112, 173056, 0, 0, 0},
    {"max_pooling2d_1_out.argmax", KILN_ROLE_ACT, 4, {128, 5, 5, 28}, "nChw8c", 2408448, 25600, 0, 0, 0},
    {"max_pooling2d_out.partial", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 0, 256, 0, 0, 0},
    {"max_pooling2d_out.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 256, 160, 0, 0, 0},
    {"max_pooling2d_1_out.partial", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 204800, 256, 0, 0, 0},
    {"max_pooling2d_1_out.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 205056, 160, 0, 0, 0},
    {"max_pooling2d_out_infer.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 1384448, 160, 0, 0, 0},
    {"max_pooling2d_1_out_infer.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 204800, 160, 0, 0, 0},
    {"dense_3_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 151552, 512, 0, 0, 0},
    {"dense_3_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dbatch_normalization_1_out.nChw8c.partial", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 204800, 256, 0, 0, 0},
    {"dbatch_normalization_1_out.nChw8c.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 205056, 160, 0, 0, 0},
    {"dconv2d_1/kernel.part.partial", KILN_ROLE_ACT, 1, {73792, 0, 0, 0}, "C", 2875520, 73792, 0, 0, 0},
    {"dconv2d_1/kernel.part.winograd_tiles", KILN_ROLE_ACT, 1, {296064, 0, 0, 0}, "C", 2306048, 296064, 0, 0, 0},
    {"conv2d_1/kernel.flipped8.winograd", KILN_ROLE_ACT, 1, {36864, 0, 0, 0}, "C", 2306048, 36864, 0, 0, 0},
    {"dconv2d_1_pre.winograd_tiles", KILN_ROLE_ACT, 1, {28800, 0, 0, 0}, "C", 2342912, 28800, 0, 0, 0},
    {"dbatch_normalization_out.partial", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 692224, 256, 0, 0, 0},
    {"dbatch_normalization_out.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 692480, 160, 0, 0, 0},
    {"dconv2d/kernel.part.partial", KILN_ROLE_ACT, 1, {640, 0, 0, 0}, "C", 692224, 640, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_rescale_n128_h28w28c1", "void k00_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out, int nb)", 200704, 802816, 1},
    {"k01_reorder_3x3x1x28", "void k01_reorder_3x3x1x28(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8)", 504, 2016, 1},
    {"k02_reorder_c28", "void k02_reorder_c28(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32)", 56, 224, 1},
    {"k03_conv2d_fwd_relu_maxpool_n128_h26w26c28", "void k03_conv2d_fwd_relu_maxpool_n128_h26w26c28(const float *restrict rescaling_out, const float *restrict conv2d_kernel_blocked8, const float *restrict conv2d_bias_padded32, float *restrict max_pooling2d_out, uint8_t *restrict max_pooling2d_out_argmax, int nb)", 50878464, 3431008, 1},
    {"k04_batchnorm_fwd_training_n128_h13w13c28", "void k04_batchnorm_fwd_training_n128_h13w13c28(const float *restrict max_pooling2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, float *restrict max_pooling2d_out_partial, float *restrict max_pooling2d_out_stats, int nb)", 4845568, 4846240, 1},
    {"k05_reorder_3x3x28x28", "void k05_reorder_3x3x28x28(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8)", 14112, 56448, 1},
    {"k06_reorder_c28", "void k06_reorder_c28(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded32)", 56, 224, 1},
    {"k07_conv2d_fwd_relu_maxpool_n128_h11w11c28", "void k07_conv2d_fwd_relu_maxpool_n128_h11w11c28(const float *restrict batch_normalization_out, const float *restrict conv2d_1_kernel_blocked8, const float *restrict conv2d_1_bias_padded32, float *restrict max_pooling2d_1_out, uint8_t *restrict max_pooling2d_1_out_argmax, int nb)", 181859328, 2899120, 1},
    {"k08_batchnorm_fwd_training_n128_h5w5c28", "void k08_batchnorm_fwd_training_n128_h5w5c28(const float *restrict max_pooling2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out_part, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, float *restrict max_pooling2d_1_out_partial, float *restrict max_pooling2d_1_out_stats, int nb)", 716800, 717472, 1},
    {"k09_reorder_n128_h5w5c28", "void k09_reorder_n128_h5w5c28(const float *restrict batch_normalization_1_out_part, float *restrict batch_normalization_1_out, int nb)", 179200, 716800, 1},
    {"k10_dense_fwd_relu_n128_k128", "void k10_dense_fwd_relu_n128_k128(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out, int nb)", 22970368, 782848, 1},
    {"k11_dense_fwd_relu_n128_k128", "void k11_dense_fwd_relu_n128_k128(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out, int nb)", 4227072, 197120, 1},
    {"k12_dense_fwd_relu_n128_k128", "void k12_dense_fwd_relu_n128_k128(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_out, int nb)", 4227072, 197120, 1},
    {"k13_reorder_128x10", "void k13_reorder_128x10(const float *restrict dense_3_kernel, float *restrict dense_3_kernel_padded16)", 2560, 10240, 1},
    {"k14_reorder_c10", "void k14_reorder_c10(const float *restrict dense_3_bias, float *restrict dense_3_bias_padded16)", 20, 80, 1},
    {"k15_dense_fwd_n128_k10", "void k15_dense_fwd_n128_k10(const float *restrict dense_2_out, const float *restrict dense_3_kernel_padded16, const float *restrict dense_3_bias_padded16, float *restrict dense_3_pre, int nb)", 327680, 75816, 1},
    {"k16_rescale_n128_h28w28c1", "void k16_rescale_n128_h28w28c1(const float *restrict x, float *restrict rescaling_out_infer, int nb)", 200704, 802816, 6},
    {"k17_reorder_3x3x1x28", "void k17_reorder_3x3x1x28(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8_2)", 504, 2016, 6},
    {"k18_reorder_c28", "void k18_reorder_c28(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32_2)", 56, 224, 6},
    {"k19_conv2d_fwd_relu_maxpool_n128_h26w26c28", "void k19_conv2d_fwd_relu_maxpool_n128_h26w26c28(const float *restrict rescaling_out_infer, const float *restrict conv2d_kernel_blocked8_2, const float *restrict conv2d_bias_padded32_2, float *restrict max_pooling2d_out_infer, int nb)", 50878464, 2825312, 6},
    {"k20_batchnorm_fwd_inference_n128_h13w13c28", "void k20_batchnorm_fwd_inference_n128_h13w13c28(const float *restrict max_pooling2d_out_infer, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_out_infer, float *restrict max_pooling2d_out_infer_stats, int nb)", 1211392, 4846016, 6},
    {"k21_reorder_3x3x28x28", "void k21_reorder_3x3x28x28(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8_2)", 14112, 56448, 6},
    {"k22_reorder_c28", "void k22_reorder_c28(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded32_2)", 56, 224, 6},
    {"k23_conv2d_fwd_relu_maxpool_n128_h11w11c28", "void k23_conv2d_fwd_relu_maxpool_n128_h11w11c28(const float *restrict batch_normalization_out_infer, const float *restrict conv2d_1_kernel_blocked8_2, const float *restrict conv2d_1_bias_padded32_2, float *restrict max_pooling2d_1_out_infer, int nb)", 181859328, 2809520, 6},
    {"k24_batchnorm_fwd_inference_n128_h5w5c28", "void k24_batchnorm_fwd_inference_n128_h5w5c28(const float *restrict max_pooling2d_1_out_infer, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_out_infer_part, float *restrict max_pooling2d_1_out_infer_stats, int nb)", 179200, 717248, 6},
    {"k25_reorder_n128_h5w5c28", "void k25_reorder_n128_h5w5c28(const float *restrict batch_normalization_1_out_infer_part, float *restrict batch_normalization_1_out_infer, int nb)", 179200, 716800, 6},
    {"k26_dense_fwd_relu_n128_k128", "void k26_dense_fwd_relu_n128_k128(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out_infer, int nb)", 22970368, 782848, 6},
    {"k27_dense_fwd_relu_n128_k128", "void k27_dense_fwd_relu_n128_k128(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out_infer, int nb)", 4227072, 197120, 6},
    {"k28_dense_fwd_relu_n128_k128", "void k28_dense_fwd_relu_n128_k128(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_out_infer, int nb)", 4227072, 197120, 6},
    {"k29_reorder_128x10", "void k29_reorder_128x10(const float *restrict dense_3_kernel, float *restrict dense_3_kernel_padded16_2)", 2560, 10240, 6},
    {"k30_reorder_c10", "void k30_reorder_c10(const float *restrict dense_3_bias, float *restrict dense_3_bias_padded16_2)", 20, 80, 6},
    {"k31_dense_fwd_n128_k10", "void k31_dense_fwd_n128_k10(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel_padded16_2, const float *restrict dense_3_bias_padded16_2, float *restrict dense_3_pre_infer, int nb)", 327680, 75816, 2},
    {"k32_dense_fwd_softmax_n128_k10", "void k32_dense_fwd_softmax_n128_k10(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel_padded16_2, const float *restrict dense_3_bias_padded16_2, float *restrict dense_3_out_infer, int nb)", 330240, 75816, 4},
    {"k33_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10", "void k33_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10(const float *restrict dense_3_pre, const int32_t *restrict y, float *restrict ddense_3_pre, float *restrict dense_3_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 5120, 10752, 1},
    {"k34_softmax_ce_sparse_n128_k10", "void k34_softmax_ce_sparse_n128_k10(const float *restrict dense_3_pre_infer, const int32_t *restrict y, float *restrict probs_eval, float *restrict dense_3_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 10752, 2},
    {"k35_dense_bwd_weights_128x10", "void k35_dense_bwd_weights_128x10(const float *restrict ddense_3_pre, const float *restrict dense_2_out, float *restrict ddense_3_kernel, float *restrict ddense_3_bias, int nb)", 327680, 75816, 1},
    {"k36_reorder_128x10", "void k36_reorder_128x10(const float *restrict dense_3_kernel, float *restrict dense_3_kernel_transposed128)", 2560, 10240, 1},
    {"k37_dense_bwd_data_relu_bwd_n128_k128", "void k37_dense_bwd_data_relu_bwd_n128_k128(const float *restrict ddense_3_pre, const float *restrict dense_3_kernel_transposed128, const float *restrict dense_2_out, float *restrict ddense_2_pre, int nb)", 360448, 141312, 1},
    {"k38_dense_bwd_weights_128x128", "void k38_dense_bwd_weights_128x128(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)", 4194304, 197120, 1},
    {"k39_reorder_128x128", "void k39_reorder_128x128(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_transposed128)", 32768, 131072, 1},
    {"k40_dense_bwd_data_relu_bwd_n128_k128", "void k40_dense_bwd_data_relu_bwd_n128_k128(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel_transposed128, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)", 4227072, 262144, 1},
    {"k41_dense_bwd_weights_128x128", "void k41_dense_bwd_weights_128x128(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 4194304, 197120, 1},
    {"k42_reorder_128x128", "void k42_reorder_128x128(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed128)", 32768, 131072, 1},
    {"k43_dense_bwd_data_relu_bwd_n128_k128", "void k43_dense_bwd_data_relu_bwd_n128_k128(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed128, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 4227072, 262144, 1},
    {"k44_dense_bwd_weights_700x128", "void k44_dense_bwd_weights_700x128(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 22937600, 782848, 1},
    {"k45_reorder_700x128", "void k45_reorder_700x128(const float *restrict dense_kernel, float *restrict dense_kernel_transposed704)", 179200, 716800, 1},
    {"k46_dense_bwd_data_n128_k700", "void k46_dense_bwd_data_n128_k700(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed704, float *restrict dflatten_out, int nb)", 22937600, 782336, 1},
    {"k47_reorder_n128_h5w5c28", "void k47_reorder_n128_h5w5c28(const float *restrict dbatch_normalization_1_out, float *restrict dbatch_normalization_1_out_nChw8c, int nb)", 179200, 716800, 1},
    {"k48_batchnorm_bwd_n128_h5w5c28", "void k48_batchnorm_bwd_n128_h5w5c28(const float *restrict dbatch_normalization_1_out_nChw8c, const float *restrict max_pooling2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dmax_pooling2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, float *restrict dbatch_normalization_1_out_nChw8c_partial, float *restrict dbatch_normalization_1_out_nChw8c_stats, int nb)", 716800, 1075760, 1},
    {"k49_maxpool_bwd_relu_bwd_n128_h11w11c28", "void k49_maxpool_bwd_relu_bwd_n128_h11w11c28(const float *restrict dmax_pooling2d_1_out, const uint8_t *restrict max_pooling2d_1_out_argmax, float *restrict dconv2d_1_pre, int nb)", 1225728, 2182656, 1},
    {"k50_conv2d_bwd_weights_3x3x28x28", "void k50_conv2d_bwd_weights_3x3x28x28(const float *restrict dconv2d_1_pre, const float *restrict batch_normalization_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, float *restrict dconv2d_1_kernel_part_winograd_tiles, int nb)", 218566656, 4185776, 1},
    {"k51_reorder_3x3x28x28", "void k51_reorder_3x3x28x28(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)", 14112, 56448, 1},
    {"k52_reorder_c28", "void k52_reorder_c28(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)", 56, 224, 1},
    {"k53_reorder_3x3x28x28", "void k53_reorder_3x3x28x28(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped8)", 14112, 56448, 1},
    {"k54_conv2d_bwd_data_n128_h13w13c28", "void k54_conv2d_bwd_data_n128_h13w13c28(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel_flipped8, float *restrict dbatch_normalization_out, float *restrict conv2d_1_kernel_flipped8_winograd, float *restrict dconv2d_1_pre_winograd_tiles, int nb)", 218566656, 4185664, 1},
    {"k55_batchnorm_bwd_n128_h13w13c28", "void k55_batchnorm_bwd_n128_h13w13c28(const float *restrict dbatch_normalization_out, const float *restrict max_pooling2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dmax_pooling2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, float *restrict dbatch_normalization_out_partial, float *restrict dbatch_normalization_out_stats, int nb)", 4845568, 7268912, 1},
    {"k56_maxpool_bwd_relu_bwd_conv2d_bwd_weights_n128_h26w26c28", "void k56_maxpool_bwd_relu_bwd_conv2d_bwd_weights_n128_h26w26c28(const float *restrict dmax_pooling2d_out, const uint8_t *restrict max_pooling2d_out_argmax, const float *restrict rescaling_out, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, int nb)", 50878464, 3431008, 1},
    {"k57_reorder_3x3x1x28", "void k57_reorder_3x3x1x28(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)", 504, 2016, 1},
    {"k58_reorder_c28", "void k58_reorder_c28(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)", 56, 224, 1},
    {"k59_adam_update_p131552", "void k59_adam_update_p131552(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 1315520, 3683456, 1},
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
    .n_arena = 2970256,
    .n_tensors = 168,
    .tensors = tensors,
    .n_kernels = 60,
    .kernels = kernels,
    .isa = "avx2",
};


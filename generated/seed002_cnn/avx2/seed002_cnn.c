/* seed002_cnn.c — emitted by kiln from models/seed002_cnn.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 32 (kiln_step.nb may be smaller), ISA avx2. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 93328, state 0, arena 1143056.
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

/* k00_reorder_3x3x1x32 — reorder kernel
 *   node n0 "reorder.conv2d/kernel.blocked8" (reorder), from $.layers[0]
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   out conv2d/kernel.blocked8     (3, 3, 1, 32) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k00_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8)
{
    /* conv2d/kernel -> conv2d/kernel.blocked8 */
    /* (3, 3, 1, 32) HWIO -> (4, 1, 3, 3, 1, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 1; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 1 + ic, f = ob * 8 + oc;
                            conv2d_kernel_blocked8[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 8 + ic * 8 + oc] = c < 1 && f < 32 ? conv2d_kernel[((kh * 3 + kw) * 1 + c) * 32 + f] : 0.0f;
                        }
}

/* k01_reorder_c32 — reorder kernel
 *   node n1 "reorder.conv2d/bias.padded32" (reorder), from $.layers[0]
 *   in  conv2d/bias                (32) C
 *   out conv2d/bias.padded32       (32) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k01_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32)
{
    /* conv2d/bias -> conv2d/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_bias_padded32[c] = c < 32 ? conv2d_bias[c] : 0.0f;
}

/* 2 x 2 output pixels x 2 output-channel vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k02_conv2d_fwd_relu_maxpool_n32_h26w26c32_tile_2x2(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
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

/* k02_conv2d_fwd_relu_maxpool_n32_h26w26c32 — conv_fwd kernel
 *   node n2 "conv2d" (conv2d), from $.layers[0]
 *   node n3 "conv2d.relu" (relu), from $.layers[0]
 *   node n4 "max_pooling2d" (maxpool), from $.layers[1]
 *   in  x                          (32, 28, 28, 1) NHWC
 *   in  conv2d/kernel.blocked8     (3, 3, 1, 32) 8-blocked
 *   in  conv2d/bias.padded32       (32) C
 *   out max_pooling2d_out          (32, 13, 13, 32) nChw8c
 *   out max_pooling2d_out.argmax   (32, 13, 13, 32) nChw8c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 2x2 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k02_conv2d_fwd_relu_maxpool_n32_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel_blocked8, const float *restrict conv2d_bias_padded32, float *restrict max_pooling2d_out, uint8_t *restrict max_pooling2d_out_argmax, int nb)
{
    /* tiles of 2x2 pixels x 2 channel vectors; 2 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 26; oh += 2) {
            const float *xr = x + (long)n * 784 + (long)(0 + oh * 1 + 0) * 28 + (long)(0 + 0) * 1;
            float *yr = max_pooling2d_out + (long)n * 5408 + (long)(oh / 2 + 0) * 104 + (long)0 * 8;
            uint8_t *ar = max_pooling2d_out_argmax + (long)n * 5408 + (long)(oh / 2) * 104;
            for (int og = 0; og < 2; og++) {
                const float *wg = conv2d_kernel_blocked8 + (long)og * 144;
                const float *bg = conv2d_bias_padded32 + og * 16;
                float *yg = yr + (long)og * 2704;
                uint8_t *mg = ar + (long)og * 2704;
                for (int ow = 0; ow < 26; ow += 2) k02_conv2d_fwd_relu_maxpool_n32_h26w26c32_tile_2x2(xr + (long)ow * 1, wg, bg, yg + (long)(ow / 2) * 8, mg ? mg + (long)(ow / 2) * 8 : NULL, 0, 3);
            }
        }
}

/* k03_reorder_3x3x32x64 — reorder kernel
 *   node n5 "reorder.conv2d_1/kernel.blocked8" (reorder), from $.layers[2]
 *   in  conv2d_1/kernel            (3, 3, 32, 64) HWIO
 *   out conv2d_1/kernel.blocked8   (3, 3, 32, 64) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k03_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked8 */
    /* (3, 3, 32, 64) HWIO -> (8, 4, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 8; ob++)
        for (int ib = 0; ib < 4; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_1_kernel_blocked8[((((long)ob * 4 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 32 && f < 64 ? conv2d_1_kernel[((kh * 3 + kw) * 32 + c) * 64 + f] : 0.0f;
                        }
}

/* k04_reorder_c64 — reorder kernel
 *   node n6 "reorder.conv2d_1/bias.padded64" (reorder), from $.layers[2]
 *   in  conv2d_1/bias              (64) C
 *   out conv2d_1/bias.padded64     (64) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k04_reorder_c64(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded64)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded64 */
    #pragma omp single
    for (int c = 0; c < 64; c++) conv2d_1_bias_padded64[c] = c < 64 ? conv2d_1_bias[c] : 0.0f;
}

/* 2 x 6 output pixels x 1 output-channel vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k05_conv2d_fwd_relu_maxpool_n32_h11w11c64_tile_2x6(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
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
        for (int ic = 0; ic < 8; ic++) {
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
static inline __attribute__((always_inline)) void k05_conv2d_fwd_relu_maxpool_n32_h11w11c64_tile_2x4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
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
        for (int ic = 0; ic < 8; ic++) {
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

/* k05_conv2d_fwd_relu_maxpool_n32_h11w11c64 — conv_fwd kernel
 *   node n7 "conv2d_1" (conv2d), from $.layers[2]
 *   node n8 "conv2d_1.relu" (relu), from $.layers[2]
 *   node n9 "max_pooling2d_1" (maxpool), from $.layers[3]
 *   in  max_pooling2d_out          (32, 13, 13, 32) nChw8c
 *   in  conv2d_1/kernel.blocked8   (3, 3, 32, 64) 8-blocked
 *   in  conv2d_1/bias.padded64     (64) C
 *   out max_pooling2d_1_out        (32, 5, 5, 64) nChw8c
 *   out max_pooling2d_1_out.argmax (32, 5, 5, 64) nChw8c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 2x6 pixels, 8 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx2 */
void k05_conv2d_fwd_relu_maxpool_n32_h11w11c64(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel_blocked8, const float *restrict conv2d_1_bias_padded64, float *restrict max_pooling2d_1_out, uint8_t *restrict max_pooling2d_1_out_argmax, int nb)
{
    /* tiles of 2x6 pixels x 1 channel vectors; 8 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 10; oh += 2) {
            const float *xr = max_pooling2d_out + (long)n * 5408 + (long)(0 + oh * 1 + 0) * 104 + (long)(0 + 0) * 8;
            float *yr = max_pooling2d_1_out + (long)n * 1600 + (long)(oh / 2 + 0) * 40 + (long)0 * 8;
            uint8_t *ar = max_pooling2d_1_out_argmax + (long)n * 1600 + (long)(oh / 2) * 40;
            for (int og = 0; og < 8; og++) {
                const float *wg = conv2d_1_kernel_blocked8 + (long)og * 2304;
                const float *bg = conv2d_1_bias_padded64 + og * 8;
                float *yg = yr + (long)og * 200;
                uint8_t *mg = ar + (long)og * 200;
                k05_conv2d_fwd_relu_maxpool_n32_h11w11c64_tile_2x6(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 3);
                k05_conv2d_fwd_relu_maxpool_n32_h11w11c64_tile_2x4(xr + 48, wg, bg, yg + 24, mg ? mg + 24 : NULL, 0, 3);
            }
        }
}

/* k06_reorder_3x3x64x64 — reorder kernel
 *   node n10 "reorder.conv2d_2/kernel.blocked8" (reorder), from $.layers[4]
 *   in  conv2d_2/kernel            (3, 3, 64, 64) HWIO
 *   out conv2d_2/kernel.blocked8   (3, 3, 64, 64) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k06_reorder_3x3x64x64(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked8)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.blocked8 */
    /* (3, 3, 64, 64) HWIO -> (8, 8, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 8; ob++)
        for (int ib = 0; ib < 8; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_2_kernel_blocked8[((((long)ob * 8 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 64 && f < 64 ? conv2d_2_kernel[((kh * 3 + kw) * 64 + c) * 64 + f] : 0.0f;
                        }
}

/* k07_reorder_c64 — reorder kernel
 *   node n11 "reorder.conv2d_2/bias.padded64" (reorder), from $.layers[4]
 *   in  conv2d_2/bias              (64) C
 *   out conv2d_2/bias.padded64     (64) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k07_reorder_c64(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded64)
{
    /* conv2d_2/bias -> conv2d_2/bias.padded64 */
    #pragma omp single
    for (int c = 0; c < 64; c++) conv2d_2_bias_padded64[c] = c < 64 ? conv2d_2_bias[c] : 0.0f;
}

/* 2 x 3 output pixels x 2 output-channel vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k08_conv2d_fwd_relu_n32_h3w3c64_tile_2x3(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 8);
    vf acc_r1c0v0 = vload(bp + 0), acc_r1c0v1 = vload(bp + 8);
    vf acc_r1c1v0 = vload(bp + 0), acc_r1c1v1 = vload(bp + 8);
    vf acc_r1c2v0 = vload(bp + 0), acc_r1c2v1 = vload(bp + 8);
    for (int cb = 0; cb < 8; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)cb * 200 + kh * 40 + kw * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 4608 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[40 + ic]); acc_r1c0v0 = vfma(xb, w0, acc_r1c0v0); acc_r1c0v1 = vfma(xb, w1, acc_r1c0v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r1c1v0 = vfma(xb, w0, acc_r1c1v0); acc_r1c1v1 = vfma(xb, w1, acc_r1c1v1); }
                { const vf xb = vbcast(xs[56 + ic]); acc_r1c2v0 = vfma(xb, w0, acc_r1c2v0); acc_r1c2v1 = vfma(xb, w1, acc_r1c2v1); }
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c0v1));
    vstore(yp + 64, vrelu(acc_r0c1v0));
    vstore(yp + 72, vrelu(acc_r0c1v1));
    vstore(yp + 128, vrelu(acc_r0c2v0));
    vstore(yp + 136, vrelu(acc_r0c2v1));
    vstore(yp + 192, vrelu(acc_r1c0v0));
    vstore(yp + 200, vrelu(acc_r1c0v1));
    vstore(yp + 256, vrelu(acc_r1c1v0));
    vstore(yp + 264, vrelu(acc_r1c1v1));
    vstore(yp + 320, vrelu(acc_r1c2v0));
    vstore(yp + 328, vrelu(acc_r1c2v1));
}

/* 1 x 3 output pixels x 2 output-channel vectors: 6 accumulators */
static inline __attribute__((always_inline)) void k08_conv2d_fwd_relu_n32_h3w3c64_tile_1x3(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 8);
    for (int cb = 0; cb < 8; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)cb * 200 + kh * 40 + kw * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 4608 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c0v1));
    vstore(yp + 64, vrelu(acc_r0c1v0));
    vstore(yp + 72, vrelu(acc_r0c1v1));
    vstore(yp + 128, vrelu(acc_r0c2v0));
    vstore(yp + 136, vrelu(acc_r0c2v1));
}

/* k08_conv2d_fwd_relu_n32_h3w3c64 — conv_fwd kernel
 *   node n12 "conv2d_2" (conv2d), from $.layers[4]
 *   node n13 "conv2d_2.relu" (relu), from $.layers[4]
 *   in  max_pooling2d_1_out        (32, 5, 5, 64) nChw8c
 *   in  conv2d_2/kernel.blocked8   (3, 3, 64, 64) 8-blocked
 *   in  conv2d_2/bias.padded64     (64) C
 *   out conv2d_2_out               (32, 3, 3, 64) NHWC
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 2x3 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k08_conv2d_fwd_relu_n32_h3w3c64(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_2_kernel_blocked8, const float *restrict conv2d_2_bias_padded64, float *restrict conv2d_2_out, int nb)
{
    /* tiles of 2x3 pixels x 2 channel vectors; 4 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 3; oh += 2) {
            const float *xr = max_pooling2d_1_out + (long)n * 1600 + (long)(0 + oh * 1 + 0) * 40 + (long)(0 + 0) * 8;
            float *yr = conv2d_2_out + (long)n * 576 + (long)(0 + oh * 1 + 0) * 192 + (long)(0 + 0) * 64;
            for (int og = 0; og < 4; og++) {
                const float *wg = conv2d_2_kernel_blocked8 + (long)og * 9216;
                const float *bg = conv2d_2_bias_padded64 + og * 16;
                float *yg = yr + (long)og * 16;
                const float *mg = NULL;
                if (oh + 2 <= 3) {
                    k08_conv2d_fwd_relu_n32_h3w3c64_tile_2x3(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 3);
                } else {
                    k08_conv2d_fwd_relu_n32_h3w3c64_tile_1x3(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 3);
                }
            }
        }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k09_dense_fwd_relu_n32_k64_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 576; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[576 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[1152 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[1728 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[2304 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[2880 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
    vstore(c + 64, vrelu(acc_r1v0));
    vstore(c + 72, vrelu(acc_r1v1));
    vstore(c + 128, vrelu(acc_r2v0));
    vstore(c + 136, vrelu(acc_r2v1));
    vstore(c + 192, vrelu(acc_r3v0));
    vstore(c + 200, vrelu(acc_r3v1));
    vstore(c + 256, vrelu(acc_r4v0));
    vstore(c + 264, vrelu(acc_r4v1));
    vstore(c + 320, vrelu(acc_r5v0));
    vstore(c + 328, vrelu(acc_r5v1));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k09_dense_fwd_relu_n32_k64_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 576; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
}

/* k09_dense_fwd_relu_n32_k64 — gemm kernel
 *   node n14 "dense" (dense), from $.layers[6]
 *   node n15 "dense.relu" (relu), from $.layers[6]
 *   in  flatten_out                (32, 576) NC
 *   in  dense/kernel               (576, 64) IO
 *   in  dense/bias                 (64) C
 *   out dense_out                  (32, 64) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k09_dense_fwd_relu_n32_k64(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out, int nb)
{
    /* C (nb x 64) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 4; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_bias + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_kernel + j0 * 8;
            if (i0 < full_rows) {
                k09_dense_fwd_relu_n32_k64_tile_6x2(flatten_out + (long)i0 * 576, bg, bias_g, dense_out + (long)i0 * 64 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k09_dense_fwd_relu_n32_k64_tile_1x2(flatten_out + (long)i * 576, bg, bias_g, dense_out + (long)i * 64 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k10_reorder_64x10 — reorder kernel
 *   node n16 "reorder.dense_1/kernel.padded16" (reorder), from $.layers[7]
 *   in  dense_1/kernel             (64, 10) IO
 *   out dense_1/kernel.padded16    (64, 10) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k10_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded16)
{
    /* dense_1/kernel -> dense_1/kernel.padded16 */
    /* (64, 10) -> padded (64, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 64; r++)
        for (int c = 0; c < 16; c++) dense_1_kernel_padded16[(long)r * 16 + c] = c < 10 ? dense_1_kernel[(long)r * 10 + c] : 0.0f;
}

/* k11_reorder_c10 — reorder kernel
 *   node n17 "reorder.dense_1/bias.padded16" (reorder), from $.layers[7]
 *   in  dense_1/bias               (10) C
 *   out dense_1/bias.padded16      (10) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k11_reorder_c10(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded16)
{
    /* dense_1/bias -> dense_1/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_1_bias_padded16[c] = c < 10 ? dense_1_bias[c] : 0.0f;
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k12_dense_fwd_n32_k10_tile_6x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
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
static inline __attribute__((always_inline)) void k12_dense_fwd_n32_k10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
}

/* k12_dense_fwd_n32_k10 — gemm kernel
 *   node n18 "dense_1" (dense), from $.layers[7]
 *   in  dense_out                  (32, 64) NC
 *   in  dense_1/kernel.padded16    (64, 10) IO
 *   in  dense_1/bias.padded16      (10) C
 *   out dense_1_pre                (32, 10) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k12_dense_fwd_n32_k10(const float *restrict dense_out, const float *restrict dense_1_kernel_padded16, const float *restrict dense_1_bias_padded16, float *restrict dense_1_pre, int nb)
{
    /* C (nb x 10) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_1_bias_padded16 + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_padded16 + j0 * 8;
            if (i0 < full_rows) {
                k12_dense_fwd_n32_k10_tile_6x2t(dense_out + (long)i0 * 64, bg, bias_g, dense_1_pre + (long)i0 * 10 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k12_dense_fwd_n32_k10_tile_1x2t(dense_out + (long)i * 64, bg, bias_g, dense_1_pre + (long)i * 10 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k13_reorder_3x3x1x32 — reorder kernel
 *   node n19 "reorder.conv2d/kernel.blocked8.2" (reorder), from $.layers[0]
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   out conv2d/kernel.blocked8.2   (3, 3, 1, 32) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k13_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8_2)
{
    /* conv2d/kernel -> conv2d/kernel.blocked8.2 */
    /* (3, 3, 1, 32) HWIO -> (4, 1, 3, 3, 1, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 1; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 1 + ic, f = ob * 8 + oc;
                            conv2d_kernel_blocked8_2[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 8 + ic * 8 + oc] = c < 1 && f < 32 ? conv2d_kernel[((kh * 3 + kw) * 1 + c) * 32 + f] : 0.0f;
                        }
}

/* k14_reorder_c32 — reorder kernel
 *   node n20 "reorder.conv2d/bias.padded32.2" (reorder), from $.layers[0]
 *   in  conv2d/bias                (32) C
 *   out conv2d/bias.padded32.2     (32) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k14_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32_2)
{
    /* conv2d/bias -> conv2d/bias.padded32.2 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_bias_padded32_2[c] = c < 32 ? conv2d_bias[c] : 0.0f;
}

/* 2 x 2 output pixels x 2 output-channel vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k15_conv2d_fwd_relu_maxpool_n32_h26w26c32_tile_2x2(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
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

/* k15_conv2d_fwd_relu_maxpool_n32_h26w26c32 — conv_fwd kernel
 *   node n21 "conv2d_infer" (conv2d), from $.layers[0]
 *   node n22 "conv2d.relu_infer" (relu), from $.layers[0]
 *   node n23 "max_pooling2d_infer" (maxpool), from $.layers[1]
 *   in  x                          (32, 28, 28, 1) NHWC
 *   in  conv2d/kernel.blocked8.2   (3, 3, 1, 32) 8-blocked
 *   in  conv2d/bias.padded32.2     (32) C
 *   out max_pooling2d_out_infer    (32, 13, 13, 32) nChw8c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 2x2 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k15_conv2d_fwd_relu_maxpool_n32_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel_blocked8_2, const float *restrict conv2d_bias_padded32_2, float *restrict max_pooling2d_out_infer, int nb)
{
    /* tiles of 2x2 pixels x 2 channel vectors; 2 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 26; oh += 2) {
            const float *xr = x + (long)n * 784 + (long)(0 + oh * 1 + 0) * 28 + (long)(0 + 0) * 1;
            float *yr = max_pooling2d_out_infer + (long)n * 5408 + (long)(oh / 2 + 0) * 104 + (long)0 * 8;
            for (int og = 0; og < 2; og++) {
                const float *wg = conv2d_kernel_blocked8_2 + (long)og * 144;
                const float *bg = conv2d_bias_padded32_2 + og * 16;
                float *yg = yr + (long)og * 2704;
                uint8_t *mg = NULL;
                for (int ow = 0; ow < 26; ow += 2) k15_conv2d_fwd_relu_maxpool_n32_h26w26c32_tile_2x2(xr + (long)ow * 1, wg, bg, yg + (long)(ow / 2) * 8, mg ? mg + (long)(ow / 2) * 8 : NULL, 0, 3);
            }
        }
}

/* k16_reorder_3x3x32x64 — reorder kernel
 *   node n24 "reorder.conv2d_1/kernel.blocked8.2" (reorder), from $.layers[2]
 *   in  conv2d_1/kernel            (3, 3, 32, 64) HWIO
 *   out conv2d_1/kernel.blocked8.2 (3, 3, 32, 64) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k16_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8_2)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked8.2 */
    /* (3, 3, 32, 64) HWIO -> (8, 4, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 8; ob++)
        for (int ib = 0; ib < 4; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_1_kernel_blocked8_2[((((long)ob * 4 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 32 && f < 64 ? conv2d_1_kernel[((kh * 3 + kw) * 32 + c) * 64 + f] : 0.0f;
                        }
}

/* k17_reorder_c64 — reorder kernel
 *   node n25 "reorder.conv2d_1/bias.padded64.2" (reorder), from $.layers[2]
 *   in  conv2d_1/bias              (64) C
 *   out conv2d_1/bias.padded64.2   (64) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k17_reorder_c64(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded64_2)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded64.2 */
    #pragma omp single
    for (int c = 0; c < 64; c++) conv2d_1_bias_padded64_2[c] = c < 64 ? conv2d_1_bias[c] : 0.0f;
}

/* 2 x 6 output pixels x 1 output-channel vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k18_conv2d_fwd_relu_maxpool_n32_h11w11c64_tile_2x6(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
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
        for (int ic = 0; ic < 8; ic++) {
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
static inline __attribute__((always_inline)) void k18_conv2d_fwd_relu_maxpool_n32_h11w11c64_tile_2x4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
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
        for (int ic = 0; ic < 8; ic++) {
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

/* k18_conv2d_fwd_relu_maxpool_n32_h11w11c64 — conv_fwd kernel
 *   node n26 "conv2d_1_infer" (conv2d), from $.layers[2]
 *   node n27 "conv2d_1.relu_infer" (relu), from $.layers[2]
 *   node n28 "max_pooling2d_1_infer" (maxpool), from $.layers[3]
 *   in  max_pooling2d_out_infer    (32, 13, 13, 32) nChw8c
 *   in  conv2d_1/kernel.blocked8.2 (3, 3, 32, 64) 8-blocked
 *   in  conv2d_1/bias.padded64.2   (64) C
 *   out max_pooling2d_1_out_infer  (32, 5, 5, 64) nChw8c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 2x6 pixels, 8 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx2 */
void k18_conv2d_fwd_relu_maxpool_n32_h11w11c64(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel_blocked8_2, const float *restrict conv2d_1_bias_padded64_2, float *restrict max_pooling2d_1_out_infer, int nb)
{
    /* tiles of 2x6 pixels x 1 channel vectors; 8 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 10; oh += 2) {
            const float *xr = max_pooling2d_out_infer + (long)n * 5408 + (long)(0 + oh * 1 + 0) * 104 + (long)(0 + 0) * 8;
            float *yr = max_pooling2d_1_out_infer + (long)n * 1600 + (long)(oh / 2 + 0) * 40 + (long)0 * 8;
            for (int og = 0; og < 8; og++) {
                const float *wg = conv2d_1_kernel_blocked8_2 + (long)og * 2304;
                const float *bg = conv2d_1_bias_padded64_2 + og * 8;
                float *yg = yr + (long)og * 200;
                uint8_t *mg = NULL;
                k18_conv2d_fwd_relu_maxpool_n32_h11w11c64_tile_2x6(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 3);
                k18_conv2d_fwd_relu_maxpool_n32_h11w11c64_tile_2x4(xr + 48, wg, bg, yg + 24, mg ? mg + 24 : NULL, 0, 3);
            }
        }
}

/* k19_reorder_3x3x64x64 — reorder kernel
 *   node n29 "reorder.conv2d_2/kernel.blocked8.2" (reorder), from $.layers[4]
 *   in  conv2d_2/kernel            (3, 3, 64, 64) HWIO
 *   out conv2d_2/kernel.blocked8.2 (3, 3, 64, 64) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k19_reorder_3x3x64x64(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked8_2)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.blocked8.2 */
    /* (3, 3, 64, 64) HWIO -> (8, 8, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 8; ob++)
        for (int ib = 0; ib < 8; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_2_kernel_blocked8_2[((((long)ob * 8 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 64 && f < 64 ? conv2d_2_kernel[((kh * 3 + kw) * 64 + c) * 64 + f] : 0.0f;
                        }
}

/* k20_reorder_c64 — reorder kernel
 *   node n30 "reorder.conv2d_2/bias.padded64.2" (reorder), from $.layers[4]
 *   in  conv2d_2/bias              (64) C
 *   out conv2d_2/bias.padded64.2   (64) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k20_reorder_c64(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded64_2)
{
    /* conv2d_2/bias -> conv2d_2/bias.padded64.2 */
    #pragma omp single
    for (int c = 0; c < 64; c++) conv2d_2_bias_padded64_2[c] = c < 64 ? conv2d_2_bias[c] : 0.0f;
}

/* 2 x 3 output pixels x 2 output-channel vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k21_conv2d_fwd_relu_n32_h3w3c64_tile_2x3(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 8);
    vf acc_r1c0v0 = vload(bp + 0), acc_r1c0v1 = vload(bp + 8);
    vf acc_r1c1v0 = vload(bp + 0), acc_r1c1v1 = vload(bp + 8);
    vf acc_r1c2v0 = vload(bp + 0), acc_r1c2v1 = vload(bp + 8);
    for (int cb = 0; cb < 8; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)cb * 200 + kh * 40 + kw * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 4608 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[40 + ic]); acc_r1c0v0 = vfma(xb, w0, acc_r1c0v0); acc_r1c0v1 = vfma(xb, w1, acc_r1c0v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r1c1v0 = vfma(xb, w0, acc_r1c1v0); acc_r1c1v1 = vfma(xb, w1, acc_r1c1v1); }
                { const vf xb = vbcast(xs[56 + ic]); acc_r1c2v0 = vfma(xb, w0, acc_r1c2v0); acc_r1c2v1 = vfma(xb, w1, acc_r1c2v1); }
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c0v1));
    vstore(yp + 64, vrelu(acc_r0c1v0));
    vstore(yp + 72, vrelu(acc_r0c1v1));
    vstore(yp + 128, vrelu(acc_r0c2v0));
    vstore(yp + 136, vrelu(acc_r0c2v1));
    vstore(yp + 192, vrelu(acc_r1c0v0));
    vstore(yp + 200, vrelu(acc_r1c0v1));
    vstore(yp + 256, vrelu(acc_r1c1v0));
    vstore(yp + 264, vrelu(acc_r1c1v1));
    vstore(yp + 320, vrelu(acc_r1c2v0));
    vstore(yp + 328, vrelu(acc_r1c2v1));
}

/* 1 x 3 output pixels x 2 output-channel vectors: 6 accumulators */
static inline __attribute__((always_inline)) void k21_conv2d_fwd_relu_n32_h3w3c64_tile_1x3(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 8);
    for (int cb = 0; cb < 8; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)cb * 200 + kh * 40 + kw * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 4608 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c0v1));
    vstore(yp + 64, vrelu(acc_r0c1v0));
    vstore(yp + 72, vrelu(acc_r0c1v1));
    vstore(yp + 128, vrelu(acc_r0c2v0));
    vstore(yp + 136, vrelu(acc_r0c2v1));
}

/* k21_conv2d_fwd_relu_n32_h3w3c64 — conv_fwd kernel
 *   node n31 "conv2d_2_infer" (conv2d), from $.layers[4]
 *   node n32 "conv2d_2.relu_infer" (relu), from $.layers[4]
 *   in  max_pooling2d_1_out_infer  (32, 5, 5, 64) nChw8c
 *   in  conv2d_2/kernel.blocked8.2 (3, 3, 64, 64) 8-blocked
 *   in  conv2d_2/bias.padded64.2   (64) C
 *   out conv2d_2_out_infer         (32, 3, 3, 64) NHWC
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 2x3 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k21_conv2d_fwd_relu_n32_h3w3c64(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_2_kernel_blocked8_2, const float *restrict conv2d_2_bias_padded64_2, float *restrict conv2d_2_out_infer, int nb)
{
    /* tiles of 2x3 pixels x 2 channel vectors; 4 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 3; oh += 2) {
            const float *xr = max_pooling2d_1_out_infer + (long)n * 1600 + (long)(0 + oh * 1 + 0) * 40 + (long)(0 + 0) * 8;
            float *yr = conv2d_2_out_infer + (long)n * 576 + (long)(0 + oh * 1 + 0) * 192 + (long)(0 + 0) * 64;
            for (int og = 0; og < 4; og++) {
                const float *wg = conv2d_2_kernel_blocked8_2 + (long)og * 9216;
                const float *bg = conv2d_2_bias_padded64_2 + og * 16;
                float *yg = yr + (long)og * 16;
                const float *mg = NULL;
                if (oh + 2 <= 3) {
                    k21_conv2d_fwd_relu_n32_h3w3c64_tile_2x3(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 3);
                } else {
                    k21_conv2d_fwd_relu_n32_h3w3c64_tile_1x3(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 3);
                }
            }
        }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k22_dense_fwd_relu_n32_k64_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 576; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[576 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[1152 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[1728 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[2304 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[2880 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
    vstore(c + 64, vrelu(acc_r1v0));
    vstore(c + 72, vrelu(acc_r1v1));
    vstore(c + 128, vrelu(acc_r2v0));
    vstore(c + 136, vrelu(acc_r2v1));
    vstore(c + 192, vrelu(acc_r3v0));
    vstore(c + 200, vrelu(acc_r3v1));
    vstore(c + 256, vrelu(acc_r4v0));
    vstore(c + 264, vrelu(acc_r4v1));
    vstore(c + 320, vrelu(acc_r5v0));
    vstore(c + 328, vrelu(acc_r5v1));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k22_dense_fwd_relu_n32_k64_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 576; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 8, vrelu(acc_r0v1));
}

/* k22_dense_fwd_relu_n32_k64 — gemm kernel
 *   node n33 "dense_infer" (dense), from $.layers[6]
 *   node n34 "dense.relu_infer" (relu), from $.layers[6]
 *   in  flatten_out_infer          (32, 576) NC
 *   in  dense/kernel               (576, 64) IO
 *   in  dense/bias                 (64) C
 *   out dense_out_infer            (32, 64) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k22_dense_fwd_relu_n32_k64(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out_infer, int nb)
{
    /* C (nb x 64) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 4; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_bias + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_kernel + j0 * 8;
            if (i0 < full_rows) {
                k22_dense_fwd_relu_n32_k64_tile_6x2(flatten_out_infer + (long)i0 * 576, bg, bias_g, dense_out_infer + (long)i0 * 64 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k22_dense_fwd_relu_n32_k64_tile_1x2(flatten_out_infer + (long)i * 576, bg, bias_g, dense_out_infer + (long)i * 64 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k23_reorder_64x10 — reorder kernel
 *   node n35 "reorder.dense_1/kernel.padded16.2" (reorder), from $.layers[7]
 *   in  dense_1/kernel             (64, 10) IO
 *   out dense_1/kernel.padded16.2  (64, 10) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k23_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded16_2)
{
    /* dense_1/kernel -> dense_1/kernel.padded16.2 */
    /* (64, 10) -> padded (64, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 64; r++)
        for (int c = 0; c < 16; c++) dense_1_kernel_padded16_2[(long)r * 16 + c] = c < 10 ? dense_1_kernel[(long)r * 10 + c] : 0.0f;
}

/* k24_reorder_c10 — reorder kernel
 *   node n36 "reorder.dense_1/bias.padded16.2" (reorder), from $.layers[7]
 *   in  dense_1/bias               (10) C
 *   out dense_1/bias.padded16.2    (10) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k24_reorder_c10(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded16_2)
{
    /* dense_1/bias -> dense_1/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_1_bias_padded16_2[c] = c < 10 ? dense_1_bias[c] : 0.0f;
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k25_dense_fwd_n32_k10_tile_6x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
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
static inline __attribute__((always_inline)) void k25_dense_fwd_n32_k10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
}

/* k25_dense_fwd_n32_k10 — gemm kernel
 *   node n37 "dense_1_infer" (dense), from $.layers[7]
 *   in  dense_out_infer            (32, 64) NC
 *   in  dense_1/kernel.padded16.2  (64, 10) IO
 *   in  dense_1/bias.padded16.2    (10) C
 *   out dense_1_pre_infer          (32, 10) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k25_dense_fwd_n32_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel_padded16_2, const float *restrict dense_1_bias_padded16_2, float *restrict dense_1_pre_infer, int nb)
{
    /* C (nb x 10) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_1_bias_padded16_2 + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_padded16_2 + j0 * 8;
            if (i0 < full_rows) {
                k25_dense_fwd_n32_k10_tile_6x2t(dense_out_infer + (long)i0 * 64, bg, bias_g, dense_1_pre_infer + (long)i0 * 10 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k25_dense_fwd_n32_k10_tile_1x2t(dense_out_infer + (long)i * 64, bg, bias_g, dense_1_pre_infer + (long)i * 10 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k26_dense_fwd_softmax_n32_k10_tile_6x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
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
static inline __attribute__((always_inline)) void k26_dense_fwd_softmax_n32_k10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
}

/* k26_dense_fwd_softmax_n32_k10 — gemm kernel
 *   node n38 "dense_1_predict_infer" (dense), from $.layers[7]
 *   node n39 "dense_1.softmax_infer" (softmax), from $.layers[7]
 *   in  dense_out_infer            (32, 64) NC
 *   in  dense_1/kernel.padded16.2  (64, 10) IO
 *   in  dense_1/bias.padded16.2    (10) C
 *   out dense_1_out_infer          (32, 10) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k26_dense_fwd_softmax_n32_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel_padded16_2, const float *restrict dense_1_bias_padded16_2, float *restrict dense_1_out_infer, int nb)
{
    /* C (nb x 10) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_1_bias_padded16_2 + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_padded16_2 + j0 * 8;
            float z[60];  /* the tile's logits */
            if (i0 < full_rows) {
                k26_dense_fwd_softmax_n32_k10_tile_6x2t(dense_out_infer + (long)i0 * 64, bg, bias_g, z, db_g, 0, NULL);
                for (int i = 0; i < 6; i++)
                    {
                        const float *zr = z + (long)i * 10;
                        float *yr = dense_1_out_infer + (long)(i0 + i) * 10;
                        float mx = zr[0];
                        for (int k = 1; k < 10; k++) mx = zr[k] > mx ? zr[k] : mx;
                        float sum = 0.0f;
                        for (int k = 0; k < 10; k++) { yr[k] = expf(zr[k] - mx); sum += yr[k]; }
                        for (int k = 0; k < 10; k++) yr[k] /= sum;
                    }
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k26_dense_fwd_softmax_n32_k10_tile_1x2t(dense_out_infer + (long)i * 64, bg, bias_g, z, i == 0 ? db_g : NULL, 0, NULL);
                    {
                        const float *zr = z;
                        float *yr = dense_1_out_infer + (long)i * 10;
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

/* k27_softmax_ce_softmax_ce_bwd_n32_k10 — loss kernel
 *   node n40 "loss" (softmax_ce), from $.loss
 *   node n41 "dloss" (softmax_ce_bwd), from $.loss
 *   in  dense_1_pre                (32, 10) NC
 *   in  y                          (32, 10) NC
 *   out ddense_1_pre               (32, 10) NC
 *   tmp dense_1_pre.per_sample     (128) C, scratch
 *   schedule: OpenMP over samples; ISA avx2 */
void k27_softmax_ce_softmax_ce_bwd_n32_k10(const float *restrict dense_1_pre, const float *restrict y, float *restrict ddense_1_pre, float *restrict dense_1_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_1_pre_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_1_pre + (long)n * 10;
        double total = 0.0, hits = 0.0;
        float *p = ddense_1_pre + (long)n * 10;  /* the probabilities, then the gradient */
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
        /* (probs * sum_k y - y) / nb */
        float st = 0.0f;
        for (int k = 0; k < 10; k++) st += t[k];
        for (int k = 0; k < 10; k++) p[k] = (p[k] * st - t[k]) / (float)nb;
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

/* k28_softmax_ce_n32_k10 — loss kernel
 *   node n42 "loss_eval" (softmax_ce), from $.loss
 *   in  dense_1_pre_infer          (32, 10) NC
 *   in  y                          (32, 10) NC
 *   out probs_eval                 (32, 10) NC
 *   tmp dense_1_pre_infer.per_sample (128) C, scratch
 *   schedule: OpenMP over samples; ISA avx2 */
void k28_softmax_ce_n32_k10(const float *restrict dense_1_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_1_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* 5 rows x 2 column vectors: 10 accumulators */
static inline __attribute__((always_inline)) void k29_dense_bwd_weights_64x10_tile_5x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
        { const vf ab = vbcast(a[0 + (long)p * 64]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[1 + (long)p * 64]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[2 + (long)p * 64]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[3 + (long)p * 64]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[4 + (long)p * 64]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
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
static inline __attribute__((always_inline)) void k29_dense_bwd_weights_64x10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 10 + 0), b1 = vload_part(bm + (long)p * 10 + 8, 2);
        __builtin_prefetch(bm + (long)(p + 8) * 10 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 64]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore_part(dbias + 8, db1, 2);
}

/* k29_dense_bwd_weights_64x10 — gemm kernel
 *   node n44 "ddense_1.weights" (dense_bwd_weights), from $.layers[7]
 *   in  ddense_1_pre               (32, 10) NC
 *   in  dense_out                  (32, 64) NC
 *   out ddense_1/kernel            (64, 10) IO
 *   out ddense_1/bias              (10) C
 *   register tile: 5 rows x 2 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx2 */
void k29_dense_bwd_weights_64x10(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* C (64 x 10) in tiles of 5 rows x 2 vectors of 8 columns */
    const int full_rows = 64 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 64) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_1_bias + j0 * 8 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_1_pre + j0 * 8;
            if (i0 < full_rows) {
                k29_dense_bwd_weights_64x10_tile_5x2t(dense_out + (long)i0 * 1, bg, bias_g, ddense_1_kernel + (long)i0 * 10 + j0 * 8, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 64; i++) {  /* the last rows, one at a time */
                    k29_dense_bwd_weights_64x10_tile_1x2t(dense_out + (long)i * 1, bg, bias_g, ddense_1_kernel + (long)i * 10 + j0 * 8, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k30_reorder_64x10 — reorder kernel
 *   node n45 "reorder.dense_1/kernel.transposed64" (reorder), from $.layers[7]
 *   in  dense_1/kernel             (64, 10) IO
 *   out dense_1/kernel.transposed64 (64, 10) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k30_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed64)
{
    /* dense_1/kernel -> dense_1/kernel.transposed64 */
    /* (64, 10) -> transposed (10, 64), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 10; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 64; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16 && r < 10; r++) dense_1_kernel_transposed64[(long)r * 64 + c] = dense_1_kernel[(long)c * 10 + r];
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k31_dense_bwd_data_relu_bwd_n32_k64_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[10 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[20 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[30 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[40 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[50 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 8, (vload(m + 8) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 64, (vload(m + 64) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 72, (vload(m + 72) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 128, (vload(m + 128) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 136, (vload(m + 136) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 192, (vload(m + 192) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 200, (vload(m + 200) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 256, (vload(m + 256) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 264, (vload(m + 264) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 320, (vload(m + 320) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 328, (vload(m + 328) > 0.0f ? acc_r5v1 : vzero()));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k31_dense_bwd_data_relu_bwd_n32_k64_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 8, (vload(m + 8) > 0.0f ? acc_r0v1 : vzero()));
}

/* k31_dense_bwd_data_relu_bwd_n32_k64 — gemm kernel
 *   node n46 "ddense_1.data" (dense_bwd_data), from $.layers[7]
 *   node n47 "ddense.relu" (relu_bwd), from $.layers[6]
 *   in  ddense_1_pre               (32, 10) NC
 *   in  dense_1/kernel.transposed64 (64, 10) IO
 *   in  dense_out                  (32, 64) NC
 *   out ddense_pre                 (32, 64) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k31_dense_bwd_data_relu_bwd_n32_k64(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed64, const float *restrict dense_out, float *restrict ddense_pre, int nb)
{
    /* C (nb x 64) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 4; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_transposed64 + j0 * 8;
            if (i0 < full_rows) {
                k31_dense_bwd_data_relu_bwd_n32_k64_tile_6x2(ddense_1_pre + (long)i0 * 10, bg, bias_g, ddense_pre + (long)i0 * 64 + j0 * 8, db_g, 0, dense_out + (long)i0 * 64 + j0 * 8);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k31_dense_bwd_data_relu_bwd_n32_k64_tile_1x2(ddense_1_pre + (long)i * 10, bg, bias_g, ddense_pre + (long)i * 64 + j0 * 8, i == 0 ? db_g : NULL, 0, dense_out + (long)i * 64 + j0 * 8);
                }
            }
        }
}

/* 5 rows x 2 column vectors: 10 accumulators */
static inline __attribute__((always_inline)) void k32_dense_bwd_weights_576x64_tile_5x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 576]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[1 + (long)p * 576]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[2 + (long)p * 576]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[3 + (long)p * 576]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[4 + (long)p * 576]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    vstore(c + 64, acc_r1v0);
    vstore(c + 72, acc_r1v1);
    vstore(c + 128, acc_r2v0);
    vstore(c + 136, acc_r2v1);
    vstore(c + 192, acc_r3v0);
    vstore(c + 200, acc_r3v1);
    vstore(c + 256, acc_r4v0);
    vstore(c + 264, acc_r4v1);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 8, db1);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k32_dense_bwd_weights_576x64_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 576]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 8, db1);
}

/* k32_dense_bwd_weights_576x64 — gemm kernel
 *   node n48 "ddense.weights" (dense_bwd_weights), from $.layers[6]
 *   in  ddense_pre                 (32, 64) NC
 *   in  flatten_out                (32, 576) NC
 *   out ddense/kernel              (576, 64) IO
 *   out ddense/bias                (64) C
 *   register tile: 5 rows x 2 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx2 */
void k32_dense_bwd_weights_576x64(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* C (576 x 64) in tiles of 5 rows x 2 vectors of 8 columns */
    const int full_rows = 576 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 4; g++) {
            if (i0 >= 576) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_bias + j0 * 8 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_pre + j0 * 8;
            if (i0 < full_rows) {
                k32_dense_bwd_weights_576x64_tile_5x2(flatten_out + (long)i0 * 1, bg, bias_g, ddense_kernel + (long)i0 * 64 + j0 * 8, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 576; i++) {  /* the last rows, one at a time */
                    k32_dense_bwd_weights_576x64_tile_1x2(flatten_out + (long)i * 1, bg, bias_g, ddense_kernel + (long)i * 64 + j0 * 8, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k33_reorder_576x64 — reorder kernel
 *   node n49 "reorder.dense/kernel.transposed576" (reorder), from $.layers[6]
 *   in  dense/kernel               (576, 64) IO
 *   out dense/kernel.transposed576 (576, 64) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k33_reorder_576x64(const float *restrict dense_kernel, float *restrict dense_kernel_transposed576)
{
    /* dense/kernel -> dense/kernel.transposed576 */
    /* (576, 64) -> transposed (64, 576), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 64; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 576; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16; r++) dense_kernel_transposed576[(long)r * 576 + c] = dense_kernel[(long)c * 64 + r];
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k34_dense_bwd_data_n32_k576_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero();
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 576 + 0), b1 = vload(bm + (long)p * 576 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 576 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    vstore(c + 576, acc_r1v0);
    vstore(c + 584, acc_r1v1);
    vstore(c + 1152, acc_r2v0);
    vstore(c + 1160, acc_r2v1);
    vstore(c + 1728, acc_r3v0);
    vstore(c + 1736, acc_r3v1);
    vstore(c + 2304, acc_r4v0);
    vstore(c + 2312, acc_r4v1);
    vstore(c + 2880, acc_r5v0);
    vstore(c + 2888, acc_r5v1);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k34_dense_bwd_data_n32_k576_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 576 + 0), b1 = vload(bm + (long)p * 576 + 8);
        __builtin_prefetch(bm + (long)(p + 8) * 576 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
}

/* k34_dense_bwd_data_n32_k576 — gemm kernel
 *   node n50 "ddense.data" (dense_bwd_data), from $.layers[6]
 *   in  ddense_pre                 (32, 64) NC
 *   in  dense/kernel.transposed576 (576, 64) IO
 *   out dflatten_out               (32, 576) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k34_dense_bwd_data_n32_k576(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed576, float *restrict dflatten_out, int nb)
{
    /* C (nb x 576) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 36; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_kernel_transposed576 + j0 * 8;
            if (i0 < full_rows) {
                k34_dense_bwd_data_n32_k576_tile_6x2(ddense_pre + (long)i0 * 64, bg, bias_g, dflatten_out + (long)i0 * 576 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k34_dense_bwd_data_n32_k576_tile_1x2(ddense_pre + (long)i * 64, bg, bias_g, dflatten_out + (long)i * 576 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k35_relu_bwd_n32_h3w3c64 — eltwise kernel
 *   node n51 "dconv2d_2.relu" (relu_bwd), from $.layers[4]
 *   in  dconv2d_2_out              (32, 3, 3, 64) NHWC
 *   in  conv2d_2_out               (32, 3, 3, 64) NHWC
 *   out dconv2d_2_pre              (32, 3, 3, 64) NHWC
 *   schedule: OpenMP over samples; ISA avx2 */
void k35_relu_bwd_n32_h3w3c64(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_out, float *restrict dconv2d_2_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 576; e < (long)(n + 1) * 576; e++) {
            dconv2d_2_pre[e] = conv2d_2_out[e] > 0.0f ? dconv2d_2_out[e] : 0.0f;
        }
    }
}

/* k36_reorder_n32_h3w3c64 — reorder kernel
 *   node n52 "reorder.dconv2d_2_pre.nChw8c" (reorder), from $.layers[4]
 *   in  dconv2d_2_pre              (32, 3, 3, 64) NHWC
 *   out dconv2d_2_pre.nChw8c       (32, 3, 3, 64) nChw8c
 *   schedule: OpenMP over elements; ISA avx2 */
void k36_reorder_n32_h3w3c64(const float *restrict dconv2d_2_pre, float *restrict dconv2d_2_pre_nChw8c, int nb)
{
    /* dconv2d_2_pre -> dconv2d_2_pre.nChw8c */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 8; cb++)
            for (int hp = 0; hp < 3; hp++)
                for (int wp = 0; wp < 3; wp++)
                    for (int cl = 0; cl < 8; cl++) {
                        const int h = hp - 0, w = wp - 0, c = cb * 8 + cl;
                        const float v = h >= 0 && h < 3 && w >= 0 && w < 3 && c < 64 ? dconv2d_2_pre[((long)(n) * 576 + (long)((h) + 0) * 192 + ((w) + 0) * 64 + (c))] : 0.0f;
                        dconv2d_2_pre_nChw8c[(long)n * 576 + (long)cb * 72 + (long)hp * 24 + (long)wp * 8 + cl] = v;
                    }
}

/* k37_conv2d_bwd_weights_3x3x64x64 — conv_bwd_weights kernel
 *   node n53 "dconv2d_2.weights" (conv2d_bwd_weights), from $.layers[4]
 *   in  dconv2d_2_pre.nChw8c       (32, 3, 3, 64) nChw8c
 *   in  max_pooling2d_1_out        (32, 5, 5, 64) nChw8c
 *   out dconv2d_2/kernel.part      (3, 3, 64, 64) 8-blocked
 *   out dconv2d_2/bias.part        (64) C
 *   tmp dconv2d_2/kernel.part.partial (73856) C, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 1x3 filter taps x 4 output channels (broadcast dy), each a vector of 8 input channels
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k37_conv2d_bwd_weights_3x3x64x64(const float *restrict dconv2d_2_pre_nChw8c, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_kernel_part_partial, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_2_kernel_part_partial[chunk] (36864 weights + 64 biases; the weights as [f][c] blocks of 8x8) */
    const long wsz = 36928;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_2_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            const float *dyn = dconv2d_2_pre_nChw8c + (long)n * 576 + (long)0 * 24 + 0;
            const float *xn = max_pooling2d_1_out + (long)n * 1600 + (long)(0 - 0) * 40 + (long)(0 - 0) * 8;
            for (int fb = 0; fb < 8; fb++)
            for (int cb = 0; cb < 8; cb++)
            for (int f0 = 0; f0 < 8; f0 += 4)
            for (int kh0 = 0; kh0 < 3; kh0 += 1)
            for (int kw0 = 0; kw0 < 3; kw0 += 3) {
                float *pt = pw + (long)fb * 4608 + (((long)cb * 3 + kh0) * 3 + kw0) * 64 + f0 * 8;
                vf acc_t00f0 = vload(pt + 0), acc_t00f1 = vload(pt + 8), acc_t00f2 = vload(pt + 16), acc_t00f3 = vload(pt + 24);
                vf acc_t01f0 = vload(pt + 64), acc_t01f1 = vload(pt + 72), acc_t01f2 = vload(pt + 80), acc_t01f3 = vload(pt + 88);
                vf acc_t02f0 = vload(pt + 128), acc_t02f1 = vload(pt + 136), acc_t02f2 = vload(pt + 144), acc_t02f3 = vload(pt + 152);
                for (int i = 0; i < 3; i++)
                    for (int j = 0; j < 3; j++) {
                        const float *xs = xn + (long)cb * 200 + (long)(i * 1 + kh0) * 40 + (long)(j * 1 + kw0) * 8;
                        const float *ds = dyn + (long)fb * 72 + (long)i * 24 + j * 8;
                        const vf x00 = vload(xs + 0), x01 = vload(xs + 8), x02 = vload(xs + 16);
                        { const vf d = vbcast(ds[f0 + 0]); acc_t00f0 = vfma(x00, d, acc_t00f0); acc_t01f0 = vfma(x01, d, acc_t01f0); acc_t02f0 = vfma(x02, d, acc_t02f0); }
                        { const vf d = vbcast(ds[f0 + 1]); acc_t00f1 = vfma(x00, d, acc_t00f1); acc_t01f1 = vfma(x01, d, acc_t01f1); acc_t02f1 = vfma(x02, d, acc_t02f1); }
                        { const vf d = vbcast(ds[f0 + 2]); acc_t00f2 = vfma(x00, d, acc_t00f2); acc_t01f2 = vfma(x01, d, acc_t01f2); acc_t02f2 = vfma(x02, d, acc_t02f2); }
                        { const vf d = vbcast(ds[f0 + 3]); acc_t00f3 = vfma(x00, d, acc_t00f3); acc_t01f3 = vfma(x01, d, acc_t01f3); acc_t02f3 = vfma(x02, d, acc_t02f3); }
                    }
                vstore(pt + 0, acc_t00f0);
                vstore(pt + 8, acc_t00f1);
                vstore(pt + 16, acc_t00f2);
                vstore(pt + 24, acc_t00f3);
                vstore(pt + 64, acc_t01f0);
                vstore(pt + 72, acc_t01f1);
                vstore(pt + 80, acc_t01f2);
                vstore(pt + 88, acc_t01f3);
                vstore(pt + 128, acc_t02f0);
                vstore(pt + 136, acc_t02f1);
                vstore(pt + 144, acc_t02f2);
                vstore(pt + 152, acc_t02f3);
            }
            /* the bias gradient: the sum of this sample's dy */
            for (int fb = 0; fb < 8; fb++) {
                vf s = vzero();
                for (int i = 0; i < 3; i++)
                    for (int j = 0; j < 3; j++) {
                        const vf d = vload(dyn + (long)(fb) * 72 + (long)i * 24 + j * 8);
                        s += d;
                    }
                vstore(pw + 36864 + fb * 8, vload(pw + 36864 + fb * 8) + s);
            }
        }
    }
    /* the partial sums in chunk order, each [f][c] block transposed into dW's [c][f] */
    #pragma omp for schedule(static)
    for (long e = 0; e < 36864; e += 64) {
        float s[64];
        for (int r = 0; r < 64; r += 8) {
            vf v = vload(dconv2d_2_kernel_part_partial + e + r);
            for (int t = 1; t < 2; t++) v += vload(dconv2d_2_kernel_part_partial + (long)t * wsz + e + r);
            vstore(s + r, v);
        }
        for (int c = 0; c < 8; c++)
            for (int f = 0; f < 8; f++) {
                const long o = e + c * 8 + f;
                dconv2d_2_kernel_part[o] = s[f * 8 + c];
            }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 64; f += 8) {
        vf s = vload(dconv2d_2_kernel_part_partial + 36864 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_2_kernel_part_partial + (long)t * wsz + 36864 + f);
        vstore(dconv2d_2_bias_part + f, s);
    }
}

/* k38_reorder_3x3x64x64 — reorder kernel
 *   node n54 "reorder.dconv2d_2/kernel" (reorder), from $.layers[4]
 *   in  dconv2d_2/kernel.part      (3, 3, 64, 64) 8-blocked
 *   out dconv2d_2/kernel           (3, 3, 64, 64) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k38_reorder_3x3x64x64(const float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_kernel)
{
    /* dconv2d_2/kernel.part -> dconv2d_2/kernel */
    /* (8, 8, 3, 3, 8, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 64, 64) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 64; c++)
                for (int f = 0; f < 64; f++)
                    dconv2d_2_kernel[((kh * 3 + kw) * 64 + c) * 64 + f] = dconv2d_2_kernel_part[((((long)(f / 8) * 8 + c / 8) * 3 + kh) * 3 + kw) * 64 + (c % 8) * 8 + f % 8];
}

/* k39_reorder_c64 — reorder kernel
 *   node n55 "reorder.dconv2d_2/bias" (reorder), from $.layers[4]
 *   in  dconv2d_2/bias.part        (64) C
 *   out dconv2d_2/bias             (64) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k39_reorder_c64(const float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_bias)
{
    /* dconv2d_2/bias.part -> dconv2d_2/bias */
    #pragma omp single
    for (int c = 0; c < 64; c++) dconv2d_2_bias[c] = dconv2d_2_bias_part[c];
}

/* k40_reorder_n32_h3w3c64 — reorder kernel
 *   node n56 "reorder.dconv2d_2_pre.nChw8c.2" (reorder), from $.layers[4]
 *   in  dconv2d_2_pre              (32, 3, 3, 64) NHWC
 *   out dconv2d_2_pre.nChw8c.2     (32, 3, 3, 64) nChw8c, halo 2 2 2 2
 *   schedule: OpenMP over elements; ISA avx2 */
void k40_reorder_n32_h3w3c64(const float *restrict dconv2d_2_pre, float *restrict dconv2d_2_pre_nChw8c_2, int nb)
{
    /* dconv2d_2_pre -> dconv2d_2_pre.nChw8c.2 */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 8; cb++)
            for (int hp = 0; hp < 7; hp++)
                for (int wp = 0; wp < 7; wp++)
                    for (int cl = 0; cl < 8; cl++) {
                        const int h = hp - 2, w = wp - 2, c = cb * 8 + cl;
                        const float v = h >= 0 && h < 3 && w >= 0 && w < 3 && c < 64 ? dconv2d_2_pre[((long)(n) * 576 + (long)((h) + 0) * 192 + ((w) + 0) * 64 + (c))] : 0.0f;
                        dconv2d_2_pre_nChw8c_2[(long)n * 3136 + (long)cb * 392 + (long)hp * 56 + (long)wp * 8 + cl] = v;
                    }
}

/* k41_reorder_3x3x64x64 — reorder kernel
 *   node n57 "reorder.conv2d_2/kernel.flipped8" (reorder), from $.layers[4]
 *   in  conv2d_2/kernel            (3, 3, 64, 64) HWIO
 *   out conv2d_2/kernel.flipped8   (3, 3, 64, 64) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k41_reorder_3x3x64x64(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_flipped8)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.flipped8 */
    /* (3, 3, 64, 64) HWIO -> (8, 8, 3, 3, 8, 8): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 8; cb++)
        for (int fb = 0; fb < 8; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 8; fl++)
                        for (int cl = 0; cl < 8; cl++) {
                            const int c = cb * 8 + cl, f = fb * 8 + fl;
                            conv2d_2_kernel_flipped8[((((long)cb * 8 + fb) * 3 + p) * 3 + q) * 64 + fl * 8 + cl] = c < 64 && f < 64 ? conv2d_2_kernel[(((2 - p) * 3 + (2 - q)) * 64 + c) * 64 + f] : 0.0f;
                        }
}

/* 2 x 5 output pixels x 1 output-channel vectors: 10 accumulators; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k42_conv2d_bwd_data_n32_h5w5c64_tile_2x5_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    (void)mp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    vf acc_r0c4v0 = vzero();
    vf acc_r1c0v0 = vzero();
    vf acc_r1c1v0 = vzero();
    vf acc_r1c2v0 = vzero();
    vf acc_r1c3v0 = vzero();
    vf acc_r1c4v0 = vzero();
    for (int cb = 0; cb < 8; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)cb * 392 + kh * 56;
        const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0: pixels 2..4 */
            const vf w1_0 = vload(ws + 64 + ic * 8);  /* column tap 1: pixels 1..3 */
            const vf w2_0 = vload(ws + 128 + ic * 8);  /* column tap 2: pixels 0..2 */
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[72 + ic]); acc_r1c2v0 = vfma(xb, w0_0, acc_r1c2v0); acc_r1c1v0 = vfma(xb, w1_0, acc_r1c1v0); acc_r1c0v0 = vfma(xb, w2_0, acc_r1c0v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r1c3v0 = vfma(xb, w0_0, acc_r1c3v0); acc_r1c2v0 = vfma(xb, w1_0, acc_r1c2v0); acc_r1c1v0 = vfma(xb, w2_0, acc_r1c1v0); }
            { const vf xb = vbcast(xs[88 + ic]); acc_r1c4v0 = vfma(xb, w0_0, acc_r1c4v0); acc_r1c3v0 = vfma(xb, w1_0, acc_r1c3v0); acc_r1c2v0 = vfma(xb, w2_0, acc_r1c2v0); }
        }
    }
    vstore(yp + 0, acc_r0c0v0);
    vstore(yp + 8, acc_r0c1v0);
    vstore(yp + 16, acc_r0c2v0);
    vstore(yp + 24, acc_r0c3v0);
    vstore(yp + 32, acc_r0c4v0);
    vstore(yp + 40, acc_r1c0v0);
    vstore(yp + 48, acc_r1c1v0);
    vstore(yp + 56, acc_r1c2v0);
    vstore(yp + 64, acc_r1c3v0);
    vstore(yp + 72, acc_r1c4v0);
}

/* 1 x 5 output pixels x 1 output-channel vectors: 5 accumulators; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k42_conv2d_bwd_data_n32_h5w5c64_tile_1x5_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    (void)mp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    vf acc_r0c4v0 = vzero();
    for (int cb = 0; cb < 8; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)cb * 392 + kh * 56;
        const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0: pixels 2..4 */
            const vf w1_0 = vload(ws + 64 + ic * 8);  /* column tap 1: pixels 1..3 */
            const vf w2_0 = vload(ws + 128 + ic * 8);  /* column tap 2: pixels 0..2 */
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
        }
    }
    vstore(yp + 0, acc_r0c0v0);
    vstore(yp + 8, acc_r0c1v0);
    vstore(yp + 16, acc_r0c2v0);
    vstore(yp + 24, acc_r0c3v0);
    vstore(yp + 32, acc_r0c4v0);
}

/* k42_conv2d_bwd_data_n32_h5w5c64 — conv_bwd_data kernel
 *   node n58 "dconv2d_2.data" (conv2d_bwd_data), from $.layers[4]
 *   in  dconv2d_2_pre.nChw8c.2     (32, 3, 3, 64) nChw8c, halo 2 2 2 2
 *   in  conv2d_2/kernel.flipped8   (3, 3, 64, 64) 8-blocked
 *   out dmax_pooling2d_1_out       (32, 5, 5, 64) nChw8c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 2x5 pixels, 8 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx2 */
void k42_conv2d_bwd_data_n32_h5w5c64(const float *restrict dconv2d_2_pre_nChw8c_2, const float *restrict conv2d_2_kernel_flipped8, float *restrict dmax_pooling2d_1_out, int nb)
{
    /* tiles of 2x5 pixels x 1 channel vectors; 8 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 5; oh += 2) {
            const float *xr = dconv2d_2_pre_nChw8c_2 + (long)n * 3136 + (long)(-2 + oh * 1 + 2) * 56 + (long)(-2 + 2) * 8;
            float *yr = dmax_pooling2d_1_out + (long)n * 1600 + (long)(0 + oh * 1 + 0) * 40 + (long)(0 + 0) * 8;
            for (int og = 0; og < 8; og++) {
                const float *wg = conv2d_2_kernel_flipped8 + (long)og * 4608;
                const float *bg = NULL;
                float *yg = yr + (long)og * 200;
                const float *mg = NULL;
                const int kh0 = 1 - oh, kh1 = 5 - oh;  /* the tap rows that reach x's rows */
                if (oh + 2 <= 5) {
                    k42_conv2d_bwd_data_n32_h5w5c64_tile_2x5_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
                } else {
                    k42_conv2d_bwd_data_n32_h5w5c64_tile_1x5_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
                }
            }
        }
}

/* k43_maxpool_bwd_relu_bwd_n32_h11w11c64 — pool kernel
 *   node n59 "dmax_pooling2d_1" (maxpool_bwd), from $.layers[3]
 *   node n60 "dconv2d_1.relu" (relu_bwd), from $.layers[2]
 *   in  dmax_pooling2d_1_out       (32, 5, 5, 64) nChw8c
 *   in  max_pooling2d_1_out.argmax (32, 5, 5, 64) nChw8c
 *   out dconv2d_1_pre              (32, 11, 11, 64) nChw8c, halo 2 2 2 2
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA avx2 */
void k43_maxpool_bwd_relu_bwd_n32_h11w11c64(const float *restrict dmax_pooling2d_1_out, const uint8_t *restrict max_pooling2d_1_out_argmax, float *restrict dconv2d_1_pre, int nb)
{
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 8; cb++) {
            float *dxn = dconv2d_1_pre + (long)n * 14400 + (long)cb * 1800;
            for (int hp = 0; hp < 15; hp++) {  /* the pixels no window covers */
                if (hp < 2 || hp >= 12) { memset(dxn + (long)hp * 120, 0, sizeof(float) * 120); continue; }
                memset(dxn + (long)hp * 120, 0, sizeof(float) * 16);
                memset(dxn + (long)hp * 120 + 96, 0, sizeof(float) * 24);
            }
            for (int i = 0; i < 5; i++)
                for (int j = 0; j < 5; j++) {
                    float *dp = dxn + (long)(i * 2 + 2) * 120 + (long)(j * 2 + 2) * 8;
                    vf d = vload(dmax_pooling2d_1_out + (long)n * 1600 + (long)cb * 200 + (long)(i + 0) * 40 + (long)(j + 0) * 8);
                    const vi a8 = vload_bytes(max_pooling2d_1_out_argmax + (long)n * 1600 + (long)cb * 200 + (long)i * 40 + (long)j * 8);
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
 * vp at V[0][cb][tile] (positions 1128 floats apart) */
static inline __attribute__((always_inline)) void k44_conv2d_bwd_weights_3x3x32x64_input(const float *restrict xp, float *restrict vp)
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
        vstore(vp + (r * 6 + 0) * 1128, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 1128, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 1128, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 1128, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 1128, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 1128, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 1128 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k44_conv2d_bwd_weights_3x3x32x64_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
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
        vstore(vp + (r * 6 + 0) * 1128, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 1128, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 1128, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 1128, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 1128, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 1128, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2248 floats apart); returns the block's sum (the bias gradient's) */
static inline __attribute__((always_inline)) vf k44_conv2d_bwd_weights_3x3x32x64_dy(const float *restrict dp, float *restrict mp)
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
        vstore(mp + (i * 6 + 0) * 2248, r[i][0]);
        vstore(mp + (i * 6 + 1) * 2248, r[i][0] + r[i][1] + r[i][2] + r[i][3]);
        vstore(mp + (i * 6 + 2) * 2248, r[i][0] - r[i][1] + r[i][2] - r[i][3]);
        vstore(mp + (i * 6 + 3) * 2248, r[i][0] + r[i][1] * 2.0f + r[i][2] * 4.0f + r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 4) * 2248, r[i][0] - r[i][1] * 2.0f + r[i][2] * 4.0f - r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 5) * 2248, r[i][3]);
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) sum += d[i][j];
    return sum;
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2248 floats apart); returns the block's sum (the bias gradient's); only its first vr rows and vc columns exist, the rest count as zeros */
static inline __attribute__((always_inline)) vf k44_conv2d_bwd_weights_3x3x32x64_dy_edge(const float *restrict dp, float *restrict mp, int vr, int vc)
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
        vstore(mp + (i * 6 + 0) * 2248, r[i][0]);
        vstore(mp + (i * 6 + 1) * 2248, r[i][0] + r[i][1] + r[i][2] + r[i][3]);
        vstore(mp + (i * 6 + 2) * 2248, r[i][0] - r[i][1] + r[i][2] - r[i][3]);
        vstore(mp + (i * 6 + 3) * 2248, r[i][0] + r[i][1] * 2.0f + r[i][2] * 4.0f + r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 4) * 2248, r[i][0] - r[i][1] * 2.0f + r[i][2] * 4.0f - r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 5) * 2248, r[i][3]);
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) sum += d[i][j];
    return sum;
}

/* dU[pos] += V[pos] dM[pos] over a block's 35 tiles, 4 input channels x 2 dy vectors of accumulators:
 * vp at V[pos][cb][0] + ic0, mp at dM[pos][fb0][0], up at dU[pos][c0][f0] (rows of 64) */
static inline __attribute__((always_inline)) void k44_conv2d_bwd_weights_3x3x32x64_product(const float *restrict vp, const float *restrict mp, float *restrict up)
{
    vf acc_c0v0 = vload(up + 0), acc_c0v1 = vload(up + 8);
    vf acc_c1v0 = vload(up + 64), acc_c1v1 = vload(up + 72);
    vf acc_c2v0 = vload(up + 128), acc_c2v1 = vload(up + 136);
    vf acc_c3v0 = vload(up + 192), acc_c3v1 = vload(up + 200);
    for (int j = 0; j < 35; j++) {
        const vf m0 = vload(mp + 0 + j * 8), m1 = vload(mp + 280 + j * 8);
        { const vf vb = vbcast(vp[j * 8 + 0]); acc_c0v0 = vfma(vb, m0, acc_c0v0); acc_c0v1 = vfma(vb, m1, acc_c0v1); }
        { const vf vb = vbcast(vp[j * 8 + 1]); acc_c1v0 = vfma(vb, m0, acc_c1v0); acc_c1v1 = vfma(vb, m1, acc_c1v1); }
        { const vf vb = vbcast(vp[j * 8 + 2]); acc_c2v0 = vfma(vb, m0, acc_c2v0); acc_c2v1 = vfma(vb, m1, acc_c2v1); }
        { const vf vb = vbcast(vp[j * 8 + 3]); acc_c3v0 = vfma(vb, m0, acc_c3v0); acc_c3v1 = vfma(vb, m1, acc_c3v1); }
    }
    vstore(up + 0, acc_c0v0);
    vstore(up + 8, acc_c0v1);
    vstore(up + 64, acc_c1v0);
    vstore(up + 72, acc_c1v1);
    vstore(up + 128, acc_c2v0);
    vstore(up + 136, acc_c2v1);
    vstore(up + 192, acc_c3v0);
    vstore(up + 200, acc_c3v1);
}

/* k44_conv2d_bwd_weights_3x3x32x64 — conv_bwd_weights kernel
 *   node n61 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[2]
 *   in  dconv2d_1_pre              (32, 11, 11, 64) nChw8c, halo 2 2 2 2
 *   in  max_pooling2d_out          (32, 13, 13, 32) nChw8c
 *   out dconv2d_1/kernel.part      (3, 3, 32, 64) 8-blocked
 *   out dconv2d_1/bias.part        (64) C
 *   tmp dconv2d_1/kernel.part.partial (147584) C, scratch
 *   tmp dconv2d_1/kernel.part.winograd_tiles (243072) C, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   Winograd F(4x4, 3x3): weight-gradient products of 2 dy vectors x 4 input channels, summed over blocks of 35 tiles
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k44_conv2d_bwd_weights_3x3x32x64(const float *restrict dconv2d_1_pre, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, float *restrict dconv2d_1_kernel_part_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 3 x 3 tiles of 4x4 dy pixels per sample, in blocks of 35, in 2 chunks
       of consecutive blocks, each into its partial sums dconv2d_1_kernel_part_partial[chunk]: dU[36][32][64] then db[64] */
    const long ntiles = (long)nb * 9, nblocks = (ntiles + 34) / 35;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pu = dconv2d_1_kernel_part_partial + (long)t * 73792, *pb = pu + 73728;
        float *vs = dconv2d_1_kernel_part_winograd_tiles + (long)t * 121536, *ms = vs + 40608;  /* the chunk's V and dM */
        memset(pu, 0, sizeof(float) * 73792);
        vf db[8];
        for (int fb = 0; fb < 8; fb++) db[fb] = vzero();
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 35;
            for (int j = 0; j < 35; j++) {  /* the transforms of x and dy */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++) {
                        for (int cb = 0; cb < 4; cb++) vstore(vs + pos * 1128 + ((long)cb * 35 + j) * 8, vzero());
                        for (int fb = 0; fb < 8; fb++) vstore(ms + pos * 2248 + ((long)fb * 35 + j) * 8, vzero());
                    }
                    continue;
                }
                const int n = (int)(q / 9), ti = (int)(q % 9) / 3, tj = (int)(q % 3);
                const float *xp = max_pooling2d_out + (long)n * 5408 + (long)(0 + 4 * ti) * 104 + (long)(0 + 4 * tj) * 8;
                const float *dp = dconv2d_1_pre + (long)n * 14400 + (long)(2 + 4 * ti) * 120 + (long)(2 + 4 * tj) * 8;
                if (ti == 2 || tj == 2) {  /* the last tile row or column: 3 rows, 3 columns of dy; x stores 5, 5 */
                    const int nr = ti == 2 ? 5 : 6, nc = tj == 2 ? 5 : 6;
                    const int vr = ti == 2 ? 3 : 4, vc = tj == 2 ? 3 : 4;
                    for (int cb = 0; cb < 4; cb++) k44_conv2d_bwd_weights_3x3x32x64_input_edge(xp + (long)cb * 1352, vs + ((long)cb * 35 + j) * 8, nr, nc);
                    for (int fb = 0; fb < 8; fb++)
                        db[fb] += k44_conv2d_bwd_weights_3x3x32x64_dy_edge(dp + (long)fb * 1800, ms + ((long)fb * 35 + j) * 8, vr, vc);
                    continue;
                }
                for (int cb = 0; cb < 4; cb++) k44_conv2d_bwd_weights_3x3x32x64_input(xp + (long)cb * 1352, vs + ((long)cb * 35 + j) * 8);
                for (int fb = 0; fb < 8; fb++) db[fb] += k44_conv2d_bwd_weights_3x3x32x64_dy(dp + (long)fb * 1800, ms + ((long)fb * 35 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* dU += V dM */
                for (int c0 = 0; c0 < 32; c0 += 4)
                    for (int fb = 0; fb < 8; fb += 2)
                        k44_conv2d_bwd_weights_3x3x32x64_product(vs + pos * 1128 + (long)(c0 / 8) * 280 + c0 % 8, ms + pos * 2248 + (long)fb * 280,
                                                         pu + pos * 2048 + (long)c0 * 64 + fb * 8);
        }
        for (int fb = 0; fb < 8; fb++) vstore(pb + fb * 8, db[fb]);
    }
    /* dg = G^T (sum of the chunks' dU, in chunk order) G, per input channel and dy vector */
    #pragma omp for schedule(static)
    for (int u = 0; u < 256; u++) {
        const int fb = u / 32, c = u % 32;
        vf du[6][6], a[3][6];
        for (int pos = 0; pos < 36; pos++) {
            const long o = pos * 2048 + (long)c * 64 + fb * 8;
            vf s = vload(dconv2d_1_kernel_part_partial + o);
            for (int t = 1; t < 2; t++) s += vload(dconv2d_1_kernel_part_partial + (long)t * 73792 + o);
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
    for (int f = 0; f < 64; f += 8) {
        vf s = vload(dconv2d_1_kernel_part_partial + 73728 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_1_kernel_part_partial + (long)t * 73792 + 73728 + f);
        vstore(dconv2d_1_bias_part + f, s);
    }
}

/* k45_reorder_3x3x32x64 — reorder kernel
 *   node n62 "reorder.dconv2d_1/kernel" (reorder), from $.layers[2]
 *   in  dconv2d_1/kernel.part      (3, 3, 32, 64) 8-blocked
 *   out dconv2d_1/kernel           (3, 3, 32, 64) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k45_reorder_3x3x32x64(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)
{
    /* dconv2d_1/kernel.part -> dconv2d_1/kernel */
    /* (8, 4, 3, 3, 8, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 32, 64) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 32; c++)
                for (int f = 0; f < 64; f++)
                    dconv2d_1_kernel[((kh * 3 + kw) * 32 + c) * 64 + f] = dconv2d_1_kernel_part[((((long)(f / 8) * 4 + c / 8) * 3 + kh) * 3 + kw) * 64 + (c % 8) * 8 + f % 8];
}

/* k46_reorder_c64 — reorder kernel
 *   node n63 "reorder.dconv2d_1/bias" (reorder), from $.layers[2]
 *   in  dconv2d_1/bias.part        (64) C
 *   out dconv2d_1/bias             (64) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k46_reorder_c64(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)
{
    /* dconv2d_1/bias.part -> dconv2d_1/bias */
    #pragma omp single
    for (int c = 0; c < 64; c++) dconv2d_1_bias[c] = dconv2d_1_bias_part[c];
}

/* k47_reorder_3x3x32x64 — reorder kernel
 *   node n64 "reorder.conv2d_1/kernel.flipped8" (reorder), from $.layers[2]
 *   in  conv2d_1/kernel            (3, 3, 32, 64) HWIO
 *   out conv2d_1/kernel.flipped8   (3, 3, 32, 64) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k47_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped8)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.flipped8 */
    /* (3, 3, 32, 64) HWIO -> (4, 8, 3, 3, 8, 8): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 4; cb++)
        for (int fb = 0; fb < 8; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 8; fl++)
                        for (int cl = 0; cl < 8; cl++) {
                            const int c = cb * 8 + cl, f = fb * 8 + fl;
                            conv2d_1_kernel_flipped8[((((long)cb * 8 + fb) * 3 + p) * 3 + q) * 64 + fl * 8 + cl] = c < 32 && f < 64 ? conv2d_1_kernel[(((2 - p) * 3 + (2 - q)) * 32 + c) * 64 + f] : 0.0f;
                        }
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 64 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k48_conv2d_bwd_data_n32_h13w13c32_weights(const float *restrict gp, float *restrict u)
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
        vstore(u + (r * 6 + 0) * 512, a[r][0] * 0.25f);
        vstore(u + (r * 6 + 1) * 512, -a[r][0] * 0.166666672f - a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 2) * 512, -a[r][0] * 0.166666672f + a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 3) * 512, a[r][0] * 0.0416666679f + a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 4) * 512, a[r][0] * 0.0416666679f - a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 5) * 512, a[r][2]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 392 floats apart) */
static inline __attribute__((always_inline)) void k48_conv2d_bwd_data_n32_h13w13c32_input(const float *restrict xp, float *restrict vp)
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
        vstore(vp + (r * 6 + 0) * 392, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 392, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 392, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 392, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 392, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 392, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 392 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k48_conv2d_bwd_data_n32_h13w13c32_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
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
        vstore(vp + (r * 6 + 0) * 392, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 392, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 392, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 392, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 392, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 392, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 6 tiles x 2 output-channel vectors, 12 accumulators, over 64 input channels */
static inline __attribute__((always_inline)) void k48_conv2d_bwd_data_n32_h13w13c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    for (int cb = 0; cb < 8; cb++) {
        const float *vs = vp + (long)cb * 48, *us = up + (long)cb * 64;
        for (int ic = 0; ic < 8; ic++) {
            const vf u0 = vload(us + 0 + ic * 8), u1 = vload(us + 18432 + ic * 8);
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
static inline __attribute__((always_inline)) void k48_conv2d_bwd_data_n32_h13w13c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
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
static inline __attribute__((always_inline)) void k48_conv2d_bwd_data_n32_h13w13c32_output_edge(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp, int vr, int vc)
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

/* k48_conv2d_bwd_data_n32_h13w13c32 — conv_bwd_data kernel
 *   node n65 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[2]
 *   in  dconv2d_1_pre              (32, 11, 11, 64) nChw8c, halo 2 2 2 2
 *   in  conv2d_1/kernel.flipped8   (3, 3, 32, 64) 8-blocked
 *   out dmax_pooling2d_out         (32, 13, 13, 32) nChw8c
 *   tmp conv2d_1/kernel.flipped8.winograd (73728) C, scratch
 *   tmp dconv2d_1_pre.winograd_tiles (42624) C, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 6 tiles, in blocks of 6 tiles
 *   schedule: OpenMP over samples; ISA avx2 */
void k48_conv2d_bwd_data_n32_h13w13c32(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel_flipped8, float *restrict dmax_pooling2d_out, float *restrict conv2d_1_kernel_flipped8_winograd, float *restrict dconv2d_1_pre_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 3 x 4 tiles of 4x4 output pixels per sample, in blocks of 6;
       products of 6 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 256; u++) {
        const int ocb = u / 64, c = u % 64;
        k48_conv2d_bwd_data_n32_h13w13c32_weights(conv2d_1_kernel_flipped8 + (long)ocb * 4608 + (long)(c / 8) * 576 + (c % 8) * 8, conv2d_1_kernel_flipped8_winograd + (long)ocb * 18432 + (long)c * 8);
    }
    /* 2. blocks of 6 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 5) / 6;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = dconv2d_1_pre_winograd_tiles + (long)t * 21312, *ms = vs + 14112;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 6;
            for (int j = 0; j < 6; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 8; cb++) vstore(vs + pos * 392 + ((long)cb * 6 + j) * 8, vzero());
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = dconv2d_1_pre + (long)n * 14400 + (long)(0 + 4 * ti) * 120 + (long)(0 + 4 * tj) * 8;
                if (ti == 3 || tj == 3)  /* the last tile row or column: x stores 3 rows, 3 columns of it */
                    for (int cb = 0; cb < 8; cb++)
                        k48_conv2d_bwd_data_n32_h13w13c32_input_edge(xp + (long)cb * 1800, vs + ((long)cb * 6 + j) * 8, ti == 3 ? 3 : 6, tj == 3 ? 3 : 6);
                else
                    for (int cb = 0; cb < 8; cb++) k48_conv2d_bwd_data_n32_h13w13c32_input(xp + (long)cb * 1800, vs + ((long)cb * 6 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 2; og++)
                    for (int j = 0; j < 6; j += 6)
                        k48_conv2d_bwd_data_n32_h13w13c32_product(vs + pos * 392 + (long)j * 8, conv2d_1_kernel_flipped8_winograd + (long)og * 36864 + pos * 512,
                                                          ms + pos * 200 + ((long)og * 12 + j) * 8);
            for (int j = 0; j < 6 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                float *yp = dmax_pooling2d_out + (long)n * 5408 + (long)(0 + 4 * ti) * 104 + (long)(0 + 4 * tj) * 8;
                if (ti == 3 || tj == 3)  /* the last tile row or column: 1 rows, 1 columns of it exist */
                    for (int kb = 0; kb < 4; kb++)
                        k48_conv2d_bwd_data_n32_h13w13c32_output_edge(ms + ((long)kb * 6 + j) * 8, NULL, yp + (long)kb * 1352, NULL, ti == 3 ? 1 : 4, tj == 3 ? 1 : 4);
                else
                    for (int kb = 0; kb < 4; kb++)
                        k48_conv2d_bwd_data_n32_h13w13c32_output(ms + ((long)kb * 6 + j) * 8, NULL, yp + (long)kb * 1352, NULL);
            }
        }
    }
}

/* k49_maxpool_bwd_relu_bwd_conv2d_bwd_weights_n32_h26w26c32 — pool kernel
 *   node n66 "dmax_pooling2d" (maxpool_bwd), from $.layers[1]
 *   node n67 "dconv2d.relu" (relu_bwd), from $.layers[0]
 *   node n68 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[0]
 *   in  dmax_pooling2d_out         (32, 13, 13, 32) nChw8c
 *   in  max_pooling2d_out.argmax   (32, 13, 13, 32) nChw8c
 *   in  x                          (32, 28, 28, 1) NHWC
 *   out dconv2d/kernel.part        (3, 3, 1, 32) 8-blocked
 *   out dconv2d/bias.part          (32) C
 *   tmp dconv2d/kernel.part.partial (640) C, scratch
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 3x3 pixels, 1 input channels a step
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k49_maxpool_bwd_relu_bwd_conv2d_bwd_weights_n32_h26w26c32(const float *restrict dmax_pooling2d_out, const uint8_t *restrict max_pooling2d_out_argmax, const float *restrict x, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_kernel_part_partial[chunk] (288 weights + 32 biases) */
    const long wsz = 320;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            const float *xn = x + (long)n * 784 + (long)(0 - 0) * 28 + (long)(0 - 0) * 1;
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

/* k50_reorder_3x3x1x32 — reorder kernel
 *   node n69 "reorder.dconv2d/kernel" (reorder), from $.layers[0]
 *   in  dconv2d/kernel.part        (3, 3, 1, 32) 8-blocked
 *   out dconv2d/kernel             (3, 3, 1, 32) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k50_reorder_3x3x1x32(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)
{
    /* dconv2d/kernel.part -> dconv2d/kernel */
    /* (4, 1, 3, 3, 1, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 1, 32) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 1; c++)
                for (int f = 0; f < 32; f++)
                    dconv2d_kernel[((kh * 3 + kw) * 1 + c) * 32 + f] = dconv2d_kernel_part[((((long)(f / 8) * 1 + c / 1) * 3 + kh) * 3 + kw) * 8 + (c % 1) * 8 + f % 8];
}

/* k51_reorder_c32 — reorder kernel
 *   node n70 "reorder.dconv2d/bias" (reorder), from $.layers[0]
 *   in  dconv2d/bias.part          (32) C
 *   out dconv2d/bias               (32) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k51_reorder_c32(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)
{
    /* dconv2d/bias.part -> dconv2d/bias */
    #pragma omp single
    for (int c = 0; c < 32; c++) dconv2d_bias[c] = dconv2d_bias_part[c];
}

/* k52_adam_update_p93328 — optimizer kernel
 *   node n71 "adam" (adam_update), from $.optimizer
 *   schedule: OpenMP over elements; ISA avx2 */
void k52_adam_update_p93328(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    /* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */
    const float lr_t = (float)(lr * sqrt(1.0 - pow(0.999000013f, (double)t)) / (1.0 - pow(0.899999976f, (double)t)));
    #pragma omp for schedule(static)
    for (long i = 0; i < 93328; i++) {
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
    float *const A = s->arena;
    (void)A;
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_kernel_blocked8 = A + 0;  /* conv2d/kernel.blocked8 (3, 3, 1, 32) 8-blocked */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_bias_padded32 = A + 288;  /* conv2d/bias.padded32 (32) */
    const float *const x = s->x;  /* x (32, 28, 28, 1) */
    float *const max_pooling2d_out = A + 703872;  /* max_pooling2d_out (32, 13, 13, 32) nChw8c */
    uint8_t *const max_pooling2d_out_argmax = (uint8_t *)(A + 1024512);  /* max_pooling2d_out.argmax (32, 13, 13, 32) nChw8c */
    float *const conv2d_1_kernel = P + 320;  /* conv2d_1/kernel (3, 3, 32, 64) */
    float *const conv2d_1_kernel_blocked8 = A + 0;  /* conv2d_1/kernel.blocked8 (3, 3, 32, 64) 8-blocked */
    float *const conv2d_1_bias = P + 18752;  /* conv2d_1/bias (64) */
    float *const conv2d_1_bias_padded64 = A + 18432;  /* conv2d_1/bias.padded64 (64) */
    float *const max_pooling2d_1_out = A + 73856;  /* max_pooling2d_1_out (32, 5, 5, 64) nChw8c */
    uint8_t *const max_pooling2d_1_out_argmax = (uint8_t *)(A + 512000);  /* max_pooling2d_1_out.argmax (32, 5, 5, 64) nChw8c */
    float *const conv2d_2_kernel = P + 18816;  /* conv2d_2/kernel (3, 3, 64, 64) */
    float *const conv2d_2_kernel_blocked8 = A + 0;  /* conv2d_2/kernel.blocked8 (3, 3, 64, 64) 8-blocked */
    float *const conv2d_2_bias = P + 55680;  /* conv2d_2/bias (64) */
    float *const conv2d_2_bias_padded64 = A + 55296;  /* conv2d_2/bias.padded64 (64) */
    float *const conv2d_2_out = A + 36864;  /* conv2d_2_out (32, 3, 3, 64) */
    float *const flatten_out = A + 36864;  /* flatten_out (32, 576) */
    float *const dense_kernel = P + 55744;  /* dense/kernel (576, 64) */
    float *const dense_bias = P + 92608;  /* dense/bias (64) */
    float *const dense_out = A + 0;  /* dense_out (32, 64) */
    float *const dense_1_kernel = P + 92672;  /* dense_1/kernel (64, 10) */
    float *const dense_1_kernel_padded16 = A + 2048;  /* dense_1/kernel.padded16 (64, 10) */
    float *const dense_1_bias = P + 93312;  /* dense_1/bias (10) */
    float *const dense_1_bias_padded16 = A + 3392;  /* dense_1/bias.padded16 (10) */
    float *const dense_1_pre = A + 3072;  /* dense_1_pre (32, 10) */
    const float *const y = s->y;  /* y (32, 10) */
    float *const ddense_1_pre = A + 2688;  /* ddense_1_pre (32, 10) */
    float *const dense_1_pre_per_sample = A + 2048;  /* dense_1_pre.per_sample (128) */
    float *const ddense_1_kernel = G + 92672;  /* ddense_1/kernel (64, 10) */
    float *const ddense_1_bias = G + 93312;  /* ddense_1/bias (10) */
    float *const dense_1_kernel_transposed64 = A + 2048;  /* dense_1/kernel.transposed64 (64, 10) */
    float *const ddense_pre = A + 125056;  /* ddense_pre (32, 64) */
    float *const ddense_kernel = G + 55744;  /* ddense/kernel (576, 64) */
    float *const ddense_bias = G + 92608;  /* ddense/bias (64) */
    float *const dense_kernel_transposed576 = A + 0;  /* dense/kernel.transposed576 (576, 64) */
    float *const dflatten_out = A + 55296;  /* dflatten_out (32, 576) */
    float *const dconv2d_2_out = A + 55296;  /* dconv2d_2_out (32, 3, 3, 64) */
    float *const dconv2d_2_pre = A + 161920;  /* dconv2d_2_pre (32, 3, 3, 64) */
    float *const dconv2d_2_pre_nChw8c = A + 180352;  /* dconv2d_2_pre.nChw8c (32, 3, 3, 64) nChw8c */
    float *const dconv2d_2_kernel_part = A + 125056;  /* dconv2d_2/kernel.part (3, 3, 64, 64) 8-blocked */
    float *const dconv2d_2_bias_part = A + 198784;  /* dconv2d_2/bias.part (64) */
    float *const dconv2d_2_kernel_part_partial = A + 0;  /* dconv2d_2/kernel.part.partial (73856) */
    float *const dconv2d_2_kernel = G + 18816;  /* dconv2d_2/kernel (3, 3, 64, 64) */
    float *const dconv2d_2_bias = G + 55680;  /* dconv2d_2/bias (64) */
    float *const dconv2d_2_pre_nChw8c_2 = A + 0;  /* dconv2d_2_pre.nChw8c.2 (32, 3, 3, 64) nChw8c, halo 2 2 2 2 */
    float *const conv2d_2_kernel_flipped8 = A + 100352;  /* conv2d_2/kernel.flipped8 (3, 3, 64, 64) 8-blocked */
    float *const dmax_pooling2d_1_out = A + 460800;  /* dmax_pooling2d_1_out (32, 5, 5, 64) nChw8c */
    float *const dconv2d_1_pre = A + 0;  /* dconv2d_1_pre (32, 11, 11, 64) nChw8c, halo 2 2 2 2 */
    float *const dconv2d_1_kernel_part = A + 1067776;  /* dconv2d_1/kernel.part (3, 3, 32, 64) 8-blocked */
    float *const dconv2d_1_bias_part = A + 1086208;  /* dconv2d_1/bias.part (64) */
    float *const dconv2d_1_kernel_part_partial = A + 876928;  /* dconv2d_1/kernel.part.partial (147584) */
    float *const dconv2d_1_kernel_part_winograd_tiles = A + 460800;  /* dconv2d_1/kernel.part.winograd_tiles (243072) */
    float *const dconv2d_1_kernel = G + 320;  /* dconv2d_1/kernel (3, 3, 32, 64) */
    float *const dconv2d_1_bias = G + 18752;  /* dconv2d_1/bias (64) */
    float *const conv2d_1_kernel_flipped8 = A + 750208;  /* conv2d_1/kernel.flipped8 (3, 3, 32, 64) 8-blocked */
    float *const dmax_pooling2d_out = A + 460800;  /* dmax_pooling2d_out (32, 13, 13, 32) nChw8c */
    float *const conv2d_1_kernel_flipped8_winograd = A + 633856;  /* conv2d_1/kernel.flipped8.winograd (73728) */
    float *const dconv2d_1_pre_winograd_tiles = A + 707584;  /* dconv2d_1_pre.winograd_tiles (42624) */
    float *const dconv2d_kernel_part = A + 640;  /* dconv2d/kernel.part (3, 3, 1, 32) 8-blocked */
    float *const dconv2d_bias_part = A + 928;  /* dconv2d/bias.part (32) */
    float *const dconv2d_kernel_part_partial = A + 0;  /* dconv2d/kernel.part.partial (640) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 1, 32) */
    float *const dconv2d_bias = G + 288;  /* dconv2d/bias (32) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 16596510 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 16596509.625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_reorder_3x3x1x32(conv2d_kernel, conv2d_kernel_blocked8);
        k01_reorder_c32(conv2d_bias, conv2d_bias_padded32);
        k02_conv2d_fwd_relu_maxpool_n32_h26w26c32(x, conv2d_kernel_blocked8, conv2d_bias_padded32, max_pooling2d_out, max_pooling2d_out_argmax, nb);
        k03_reorder_3x3x32x64(conv2d_1_kernel, conv2d_1_kernel_blocked8);
        k04_reorder_c64(conv2d_1_bias, conv2d_1_bias_padded64);
        k05_conv2d_fwd_relu_maxpool_n32_h11w11c64(max_pooling2d_out, conv2d_1_kernel_blocked8, conv2d_1_bias_padded64, max_pooling2d_1_out, max_pooling2d_1_out_argmax, nb);
        k06_reorder_3x3x64x64(conv2d_2_kernel, conv2d_2_kernel_blocked8);
        k07_reorder_c64(conv2d_2_bias, conv2d_2_bias_padded64);
        k08_conv2d_fwd_relu_n32_h3w3c64(max_pooling2d_1_out, conv2d_2_kernel_blocked8, conv2d_2_bias_padded64, conv2d_2_out, nb);
        k09_dense_fwd_relu_n32_k64(flatten_out, dense_kernel, dense_bias, dense_out, nb);
        k10_reorder_64x10(dense_1_kernel, dense_1_kernel_padded16);
        k11_reorder_c10(dense_1_bias, dense_1_bias_padded16);
        k12_dense_fwd_n32_k10(dense_out, dense_1_kernel_padded16, dense_1_bias_padded16, dense_1_pre, nb);
        k27_softmax_ce_softmax_ce_bwd_n32_k10(dense_1_pre, y, ddense_1_pre, dense_1_pre_per_sample, nb, &s->loss, &s->metric);
        k29_dense_bwd_weights_64x10(ddense_1_pre, dense_out, ddense_1_kernel, ddense_1_bias, nb);
        k30_reorder_64x10(dense_1_kernel, dense_1_kernel_transposed64);
        k31_dense_bwd_data_relu_bwd_n32_k64(ddense_1_pre, dense_1_kernel_transposed64, dense_out, ddense_pre, nb);
        k32_dense_bwd_weights_576x64(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k33_reorder_576x64(dense_kernel, dense_kernel_transposed576);
        k34_dense_bwd_data_n32_k576(ddense_pre, dense_kernel_transposed576, dflatten_out, nb);
        k35_relu_bwd_n32_h3w3c64(dconv2d_2_out, conv2d_2_out, dconv2d_2_pre, nb);
        k36_reorder_n32_h3w3c64(dconv2d_2_pre, dconv2d_2_pre_nChw8c, nb);
        k37_conv2d_bwd_weights_3x3x64x64(dconv2d_2_pre_nChw8c, max_pooling2d_1_out, dconv2d_2_kernel_part, dconv2d_2_bias_part, dconv2d_2_kernel_part_partial, nb);
        k38_reorder_3x3x64x64(dconv2d_2_kernel_part, dconv2d_2_kernel);
        k39_reorder_c64(dconv2d_2_bias_part, dconv2d_2_bias);
        k40_reorder_n32_h3w3c64(dconv2d_2_pre, dconv2d_2_pre_nChw8c_2, nb);
        k41_reorder_3x3x64x64(conv2d_2_kernel, conv2d_2_kernel_flipped8);
        k42_conv2d_bwd_data_n32_h5w5c64(dconv2d_2_pre_nChw8c_2, conv2d_2_kernel_flipped8, dmax_pooling2d_1_out, nb);
        k43_maxpool_bwd_relu_bwd_n32_h11w11c64(dmax_pooling2d_1_out, max_pooling2d_1_out_argmax, dconv2d_1_pre, nb);
        k44_conv2d_bwd_weights_3x3x32x64(dconv2d_1_pre, max_pooling2d_out, dconv2d_1_kernel_part, dconv2d_1_bias_part, dconv2d_1_kernel_part_partial, dconv2d_1_kernel_part_winograd_tiles, nb);
        k45_reorder_3x3x32x64(dconv2d_1_kernel_part, dconv2d_1_kernel);
        k46_reorder_c64(dconv2d_1_bias_part, dconv2d_1_bias);
        k47_reorder_3x3x32x64(conv2d_1_kernel, conv2d_1_kernel_flipped8);
        k48_conv2d_bwd_data_n32_h13w13c32(dconv2d_1_pre, conv2d_1_kernel_flipped8, dmax_pooling2d_out, conv2d_1_kernel_flipped8_winograd, dconv2d_1_pre_winograd_tiles, nb);
        k49_maxpool_bwd_relu_bwd_conv2d_bwd_weights_n32_h26w26c32(dmax_pooling2d_out, max_pooling2d_out_argmax, x, dconv2d_kernel_part, dconv2d_bias_part, dconv2d_kernel_part_partial, nb);
        k50_reorder_3x3x1x32(dconv2d_kernel_part, dconv2d_kernel);
        k51_reorder_c32(dconv2d_bias_part, dconv2d_bias);
        k52_adam_update_p93328(P, G, M, V, s->step, s->learning_rate);
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
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_kernel_blocked8_2 = A + 1086272;  /* conv2d/kernel.blocked8.2 (3, 3, 1, 32) 8-blocked */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_bias_padded32_2 = A + 1086560;  /* conv2d/bias.padded32.2 (32) */
    const float *const x = s->x;  /* x (32, 28, 28, 1) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (32, 13, 13, 32) nChw8c */
    float *const conv2d_1_kernel = P + 320;  /* conv2d_1/kernel (3, 3, 32, 64) */
    float *const conv2d_1_kernel_blocked8_2 = A + 1086592;  /* conv2d_1/kernel.blocked8.2 (3, 3, 32, 64) 8-blocked */
    float *const conv2d_1_bias = P + 18752;  /* conv2d_1/bias (64) */
    float *const conv2d_1_bias_padded64_2 = A + 1105024;  /* conv2d_1/bias.padded64.2 (64) */
    float *const max_pooling2d_1_out_infer = A + 173056;  /* max_pooling2d_1_out_infer (32, 5, 5, 64) nChw8c */
    float *const conv2d_2_kernel = P + 18816;  /* conv2d_2/kernel (3, 3, 64, 64) */
    float *const conv2d_2_kernel_blocked8_2 = A + 1105088;  /* conv2d_2/kernel.blocked8.2 (3, 3, 64, 64) 8-blocked */
    float *const conv2d_2_bias = P + 55680;  /* conv2d_2/bias (64) */
    float *const conv2d_2_bias_padded64_2 = A + 1141952;  /* conv2d_2/bias.padded64.2 (64) */
    float *const conv2d_2_out_infer = A + 0;  /* conv2d_2_out_infer (32, 3, 3, 64) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (32, 576) */
    float *const dense_kernel = P + 55744;  /* dense/kernel (576, 64) */
    float *const dense_bias = P + 92608;  /* dense/bias (64) */
    float *const dense_out_infer = A + 18432;  /* dense_out_infer (32, 64) */
    float *const dense_1_kernel = P + 92672;  /* dense_1/kernel (64, 10) */
    float *const dense_1_kernel_padded16_2 = A + 1142016;  /* dense_1/kernel.padded16.2 (64, 10) */
    float *const dense_1_bias = P + 93312;  /* dense_1/bias (10) */
    float *const dense_1_bias_padded16_2 = A + 1143040;  /* dense_1/bias.padded16.2 (10) */
    float *const dense_1_pre_infer = A + 0;  /* dense_1_pre_infer (32, 10) */
    const float *const y = s->y;  /* y (32, 10) */
    float *const probs_eval = A + 320;  /* probs_eval (32, 10) */
    float *const dense_1_pre_infer_per_sample = A + 640;  /* dense_1_pre_infer.per_sample (128) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 5680089 FLOP per sample: threads from 1 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 5680088.625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        if (copy_weights) k13_reorder_3x3x1x32(conv2d_kernel, conv2d_kernel_blocked8_2);
        if (copy_weights) k14_reorder_c32(conv2d_bias, conv2d_bias_padded32_2);
        k15_conv2d_fwd_relu_maxpool_n32_h26w26c32(x, conv2d_kernel_blocked8_2, conv2d_bias_padded32_2, max_pooling2d_out_infer, nb);
        if (copy_weights) k16_reorder_3x3x32x64(conv2d_1_kernel, conv2d_1_kernel_blocked8_2);
        if (copy_weights) k17_reorder_c64(conv2d_1_bias, conv2d_1_bias_padded64_2);
        k18_conv2d_fwd_relu_maxpool_n32_h11w11c64(max_pooling2d_out_infer, conv2d_1_kernel_blocked8_2, conv2d_1_bias_padded64_2, max_pooling2d_1_out_infer, nb);
        if (copy_weights) k19_reorder_3x3x64x64(conv2d_2_kernel, conv2d_2_kernel_blocked8_2);
        if (copy_weights) k20_reorder_c64(conv2d_2_bias, conv2d_2_bias_padded64_2);
        k21_conv2d_fwd_relu_n32_h3w3c64(max_pooling2d_1_out_infer, conv2d_2_kernel_blocked8_2, conv2d_2_bias_padded64_2, conv2d_2_out_infer, nb);
        k22_dense_fwd_relu_n32_k64(flatten_out_infer, dense_kernel, dense_bias, dense_out_infer, nb);
        if (copy_weights) k23_reorder_64x10(dense_1_kernel, dense_1_kernel_padded16_2);
        if (copy_weights) k24_reorder_c10(dense_1_bias, dense_1_bias_padded16_2);
        k25_dense_fwd_n32_k10(dense_out_infer, dense_1_kernel_padded16_2, dense_1_bias_padded16_2, dense_1_pre_infer, nb);
        k28_softmax_ce_n32_k10(dense_1_pre_infer, y, probs_eval, dense_1_pre_infer_per_sample, nb, &s->loss, &s->metric);
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
    float *const A = s->arena;
    (void)A;
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_kernel_blocked8_2 = A + 1086272;  /* conv2d/kernel.blocked8.2 (3, 3, 1, 32) 8-blocked */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_bias_padded32_2 = A + 1086560;  /* conv2d/bias.padded32.2 (32) */
    const float *const x = s->x;  /* x (32, 28, 28, 1) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (32, 13, 13, 32) nChw8c */
    float *const conv2d_1_kernel = P + 320;  /* conv2d_1/kernel (3, 3, 32, 64) */
    float *const conv2d_1_kernel_blocked8_2 = A + 1086592;  /* conv2d_1/kernel.blocked8.2 (3, 3, 32, 64) 8-blocked */
    float *const conv2d_1_bias = P + 18752;  /* conv2d_1/bias (64) */
    float *const conv2d_1_bias_padded64_2 = A + 1105024;  /* conv2d_1/bias.padded64.2 (64) */
    float *const max_pooling2d_1_out_infer = A + 173056;  /* max_pooling2d_1_out_infer (32, 5, 5, 64) nChw8c */
    float *const conv2d_2_kernel = P + 18816;  /* conv2d_2/kernel (3, 3, 64, 64) */
    float *const conv2d_2_kernel_blocked8_2 = A + 1105088;  /* conv2d_2/kernel.blocked8.2 (3, 3, 64, 64) 8-blocked */
    float *const conv2d_2_bias = P + 55680;  /* conv2d_2/bias (64) */
    float *const conv2d_2_bias_padded64_2 = A + 1141952;  /* conv2d_2/bias.padded64.2 (64) */
    float *const conv2d_2_out_infer = A + 0;  /* conv2d_2_out_infer (32, 3, 3, 64) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (32, 576) */
    float *const dense_kernel = P + 55744;  /* dense/kernel (576, 64) */
    float *const dense_bias = P + 92608;  /* dense/bias (64) */
    float *const dense_out_infer = A + 18432;  /* dense_out_infer (32, 64) */
    float *const dense_1_kernel = P + 92672;  /* dense_1/kernel (64, 10) */
    float *const dense_1_kernel_padded16_2 = A + 1142016;  /* dense_1/kernel.padded16.2 (64, 10) */
    float *const dense_1_bias = P + 93312;  /* dense_1/bias (10) */
    float *const dense_1_bias_padded16_2 = A + 1143040;  /* dense_1/bias.padded16.2 (10) */
    float *const dense_1_out_infer = s->out;  /* dense_1_out_infer (32, 10) */
    /* 5680109 FLOP per sample: threads from 1 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 5680108.625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        if (copy_weights) k13_reorder_3x3x1x32(conv2d_kernel, conv2d_kernel_blocked8_2);
        if (copy_weights) k14_reorder_c32(conv2d_bias, conv2d_bias_padded32_2);
        k15_conv2d_fwd_relu_maxpool_n32_h26w26c32(x, conv2d_kernel_blocked8_2, conv2d_bias_padded32_2, max_pooling2d_out_infer, nb);
        if (copy_weights) k16_reorder_3x3x32x64(conv2d_1_kernel, conv2d_1_kernel_blocked8_2);
        if (copy_weights) k17_reorder_c64(conv2d_1_bias, conv2d_1_bias_padded64_2);
        k18_conv2d_fwd_relu_maxpool_n32_h11w11c64(max_pooling2d_out_infer, conv2d_1_kernel_blocked8_2, conv2d_1_bias_padded64_2, max_pooling2d_1_out_infer, nb);
        if (copy_weights) k19_reorder_3x3x64x64(conv2d_2_kernel, conv2d_2_kernel_blocked8_2);
        if (copy_weights) k20_reorder_c64(conv2d_2_bias, conv2d_2_bias_padded64_2);
        k21_conv2d_fwd_relu_n32_h3w3c64(max_pooling2d_1_out_infer, conv2d_2_kernel_blocked8_2, conv2d_2_bias_padded64_2, conv2d_2_out_infer, nb);
        k22_dense_fwd_relu_n32_k64(flatten_out_infer, dense_kernel, dense_bias, dense_out_infer, nb);
        if (copy_weights) k23_reorder_64x10(dense_1_kernel, dense_1_kernel_padded16_2);
        if (copy_weights) k24_reorder_c10(dense_1_bias, dense_1_bias_padded16_2);
        k26_dense_fwd_softmax_n32_k10(dense_out_infer, dense_1_kernel_padded16_2, dense_1_bias_padded16_2, dense_1_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
    if (s->weights_cached) *s->weights_cached = s->weights_version;
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {32, 28, 28, 1}, "NHWC", 0, 25088, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 3, 9, 288},
    {"conv2d/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"conv2d_pre", KILN_ROLE_ACT, 4, {32, 26, 26, 32}, "nChw8c", 0, 0, 0, 0, 0},
    {"conv2d_out", KILN_ROLE_ACT, 4, {32, 26, 26, 32}, "nChw8c", 0, 0, 0, 0, 0},
    {"max_pooling2d_out", KILN_ROLE_ACT, 4, {32, 13, 13, 32}, "nChw8c", 703872, 173056, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 64}, "HWIO", 320, 18432, 3, 288, 576},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 18752, 64, 1, 0, 0},
    {"conv2d_1_pre", KILN_ROLE_ACT, 4, {32, 11, 11, 64}, "nChw8c, halo 2 2 2 2", 0, 0, 0, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {32, 11, 11, 64}, "nChw8c, halo 2 2 2 2", 0, 0, 0, 0, 0},
    {"max_pooling2d_1_out", KILN_ROLE_ACT, 4, {32, 5, 5, 64}, "nChw8c", 73856, 51200, 0, 0, 0},
    {"conv2d_2/kernel", KILN_ROLE_PARAM, 4, {3, 3, 64, 64}, "HWIO", 18816, 36864, 3, 576, 576},
    {"conv2d_2/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 55680, 64, 1, 0, 0},
    {"conv2d_2_pre", KILN_ROLE_ACT, 4, {32, 3, 3, 64}, "NHWC", 0, 0, 0, 0, 0},
    {"conv2d_2_out", KILN_ROLE_ACT, 4, {32, 3, 3, 64}, "NHWC", 36864, 18432, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {576, 64, 0, 0}, "IO", 55744, 36864, 3, 576, 64},
    {"dense/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 92608, 64, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {32, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {32, 64, 0, 0}, "NC", 0, 2048, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {64, 10, 0, 0}, "IO", 92672, 640, 3, 64, 10},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 93312, 10, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {32, 10, 0, 0}, "NC", 3072, 320, 0, 0, 0},
    {"conv2d_pre_infer", KILN_ROLE_ACT, 4, {32, 26, 26, 32}, "nChw8c", 0, 0, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {32, 26, 26, 32}, "nChw8c", 0, 0, 0, 0, 0},
    {"max_pooling2d_out_infer", KILN_ROLE_ACT, 4, {32, 13, 13, 32}, "nChw8c", 0, 173056, 0, 0, 0},
    {"conv2d_1_pre_infer", KILN_ROLE_ACT, 4, {32, 11, 11, 64}, "nChw8c", 0, 0, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {32, 11, 11, 64}, "nChw8c", 0, 0, 0, 0, 0},
    {"max_pooling2d_1_out_infer", KILN_ROLE_ACT, 4, {32, 5, 5, 64}, "nChw8c", 173056, 51200, 0, 0, 0},
    {"conv2d_2_pre_infer", KILN_ROLE_ACT, 4, {32, 3, 3, 64}, "NHWC", 0, 0, 0, 0, 0},
    {"conv2d_2_out_infer", KILN_ROLE_ACT, 4, {32, 3, 3, 64}, "NHWC", 0, 18432, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {32, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {32, 64, 0, 0}, "NC", 18432, 2048, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {32, 10, 0, 0}, "NC", 0, 320, 0, 0, 0},
    {"dense_1_predict_pre_infer", KILN_ROLE_ACT, 2, {32, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_OUTPUT, 2, {32, 10, 0, 0}, "NC", 0, 320, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {32, 10, 0, 0}, "NC", 0, 320, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {32, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {32, 10, 0, 0}, "NC", 320, 320, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {32, 10, 0, 0}, "NC", 2688, 320, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 93312, 10, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {64, 10, 0, 0}, "IO", 92672, 640, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {32, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {32, 64, 0, 0}, "NC", 125056, 2048, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 92608, 64, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {576, 64, 0, 0}, "IO", 55744, 36864, 0, 0, 0},
    {"dconv2d_2_out", KILN_ROLE_ACT, 4, {32, 3, 3, 64}, "NHWC", 55296, 18432, 0, 0, 0},
    {"dconv2d_2_pre", KILN_ROLE_ACT, 4, {32, 3, 3, 64}, "NHWC", 161920, 18432, 0, 0, 0},
    {"dconv2d_2/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 55680, 64, 0, 0, 0},
    {"dconv2d_2/kernel", KILN_ROLE_GRAD, 4, {3, 3, 64, 64}, "HWIO", 18816, 36864, 0, 0, 0},
    {"dmax_pooling2d_1_out", KILN_ROLE_ACT, 4, {32, 5, 5, 64}, "nChw8c", 460800, 51200, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {32, 11, 11, 64}, "nChw8c, halo 2 2 2 2", 0, 0, 0, 0, 0},
    {"dconv2d_1_pre", KILN_ROLE_ACT, 4, {32, 11, 11, 64}, "nChw8c, halo 2 2 2 2", 0, 460800, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 18752, 64, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 64}, "HWIO", 320, 18432, 0, 0, 0},
    {"dmax_pooling2d_out", KILN_ROLE_ACT, 4, {32, 13, 13, 32}, "nChw8c", 460800, 173056, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {32, 26, 26, 32}, "nChw8c", 0, 0, 0, 0, 0},
    {"dconv2d_pre", KILN_ROLE_ACT, 4, {32, 26, 26, 32}, "nChw8c", 0, 0, 0, 0, 0},
    {"dconv2d/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 288, 32, 0, 0, 0},
    {"dconv2d/kernel", KILN_ROLE_GRAD, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 0, 0, 0},
    {"m_conv2d/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 1, 0, 0},
    {"v_conv2d/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 1, 0, 0},
    {"m_conv2d/bias", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"v_conv2d/bias", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"m_conv2d_1/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 32, 64}, "HWIO", 320, 18432, 1, 0, 0},
    {"v_conv2d_1/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 32, 64}, "HWIO", 320, 18432, 1, 0, 0},
    {"m_conv2d_1/bias", KILN_ROLE_OPT_M, 1, {64, 0, 0, 0}, "C", 18752, 64, 1, 0, 0},
    {"v_conv2d_1/bias", KILN_ROLE_OPT_V, 1, {64, 0, 0, 0}, "C", 18752, 64, 1, 0, 0},
    {"m_conv2d_2/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 64, 64}, "HWIO", 18816, 36864, 1, 0, 0},
    {"v_conv2d_2/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 64, 64}, "HWIO", 18816, 36864, 1, 0, 0},
    {"m_conv2d_2/bias", KILN_ROLE_OPT_M, 1, {64, 0, 0, 0}, "C", 55680, 64, 1, 0, 0},
    {"v_conv2d_2/bias", KILN_ROLE_OPT_V, 1, {64, 0, 0, 0}, "C", 55680, 64, 1, 0, 0},
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {576, 64, 0, 0}, "IO", 55744, 36864, 1, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {576, 64, 0, 0}, "IO", 55744, 36864, 1, 0, 0},
    {"m_dense/bias", KILN_ROLE_OPT_M, 1, {64, 0, 0, 0}, "C", 92608, 64, 1, 0, 0},
    {"v_dense/bias", KILN_ROLE_OPT_V, 1, {64, 0, 0, 0}, "C", 92608, 64, 1, 0, 0},
    {"m_dense_1/kernel", KILN_ROLE_OPT_M, 2, {64, 10, 0, 0}, "IO", 92672, 640, 1, 0, 0},
    {"v_dense_1/kernel", KILN_ROLE_OPT_V, 2, {64, 10, 0, 0}, "IO", 92672, 640, 1, 0, 0},
    {"m_dense_1/bias", KILN_ROLE_OPT_M, 1, {10, 0, 0, 0}, "C", 93312, 10, 1, 0, 0},
    {"v_dense_1/bias", KILN_ROLE_OPT_V, 1, {10, 0, 0, 0}, "C", 93312, 10, 1, 0, 0},
    {"conv2d/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "8-blocked", 0, 288, 0, 0, 0},
    {"conv2d/bias.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 288, 32, 0, 0, 0},
    {"conv2d_1/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 32, 64}, "8-blocked", 0, 18432, 0, 0, 0},
    {"conv2d_1/bias.padded64", KILN_ROLE_ACT, 1, {64, 0, 0, 0}, "C", 18432, 64, 0, 0, 0},
    {"conv2d_2/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 64, 64}, "8-blocked", 0, 36864, 0, 0, 0},
    {"conv2d_2/bias.padded64", KILN_ROLE_ACT, 1, {64, 0, 0, 0}, "C", 55296, 64, 0, 0, 0},
    {"dense_1/kernel.padded16", KILN_ROLE_ACT, 2, {64, 10, 0, 0}, "IO", 2048, 640, 0, 0, 0},
    {"dense_1/bias.padded16", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 3392, 10, 0, 0, 0},
    {"conv2d/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "8-blocked", 1086272, 288, 0, 0, 0},
    {"conv2d/bias.padded32.2", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 1086560, 32, 0, 0, 0},
    {"conv2d_1/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 32, 64}, "8-blocked", 1086592, 18432, 0, 0, 0},
    {"conv2d_1/bias.padded64.2", KILN_ROLE_ACT, 1, {64, 0, 0, 0}, "C", 1105024, 64, 0, 0, 0},
    {"conv2d_2/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 64, 64}, "8-blocked", 1105088, 36864, 0, 0, 0},
    {"conv2d_2/bias.padded64.2", KILN_ROLE_ACT, 1, {64, 0, 0, 0}, "C", 1141952, 64, 0, 0, 0},
    {"dense_1/kernel.padded16.2", KILN_ROLE_ACT, 2, {64, 10, 0, 0}, "IO", 1142016, 640, 0, 0, 0},
    {"dense_1/bias.padded16.2", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 1143040, 10, 0, 0, 0},
    {"dense_1/kernel.transposed64", KILN_ROLE_ACT, 2, {64, 10, 0, 0}, "IO", 2048, 640, 0, 0, 0},
    {"dense/kernel.transposed576", KILN_ROLE_ACT, 2, {576, 64, 0, 0}, "IO", 0, 36864, 0, 0, 0},
    {"dconv2d_2_pre.nChw8c", KILN_ROLE_ACT, 4, {32, 3, 3, 64}, "nChw8c", 180352, 18432, 0, 0, 0},
    {"dconv2d_2/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 64, 64}, "8-blocked", 125056, 36864, 0, 0, 0},
    {"dconv2d_2/bias.part", KILN_ROLE_ACT, 1, {64, 0, 0, 0}, "C", 198784, 64, 0, 0, 0},
    {"dconv2d_2_pre.nChw8c.2", KILN_ROLE_ACT, 4, {32, 3, 3, 64}, "nChw8c, halo 2 2 2 2", 0, 100352, 0, 0, 0},
    {"conv2d_2/kernel.flipped8", KILN_ROLE_ACT, 4, {3, 3, 64, 64}, "8-blocked", 100352, 36864, 0, 0, 0},
    {"dconv2d_1/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 32, 64}, "8-blocked", 1067776, 18432, 0, 0, 0},
    {"dconv2d_1/bias.part", KILN_ROLE_ACT, 1, {64, 0, 0, 0}, "C", 1086208, 64, 0, 0, 0},
    {"conv2d_1/kernel.flipped8", KILN_ROLE_ACT, 4, {3, 3, 32, 64}, "8-blocked", 750208, 18432, 0, 0, 0},
    {"dconv2d/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "8-blocked", 640, 288, 0, 0, 0},
    {"dconv2d/bias.part", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 928, 32, 0, 0, 0},
    {"max_pooling2d_out.argmax", KILN_ROLE_ACT, 4, {32, 13, 13, 32}, "nChw8c", 1024512, 43264, 0, 0, 0},
    {"max_pooling2d_1_out.argmax", KILN_ROLE_ACT, 4, {32, 5, 5, 64}, "nChw8c", 512000, 12800, 0, 0, 0},
    {"dense_1_pre.per_sample", KILN_ROLE_ACT, 1, {128, 0, 0, 0}, "C", 2048, 128, 0, 0, 0},
    {"dense_1_pre_infer.per_sample", KILN_ROLE_ACT, 1, {128, 0, 0, 0}, "C", 640, 128, 0, 0, 0},
    {"dconv2d_2/kernel.part.partial", KILN_ROLE_ACT, 1, {73856, 0, 0, 0}, "C", 0, 73856, 0, 0, 0},
    {"dconv2d_1/kernel.part.partial", KILN_ROLE_ACT, 1, {147584, 0, 0, 0}, "C", 876928, 147584, 0, 0, 0},
    {"dconv2d_1/kernel.part.winograd_tiles", KILN_ROLE_ACT, 1, {243072, 0, 0, 0}, "C", 460800, 243072, 0, 0, 0},
    {"conv2d_1/kernel.flipped8.winograd", KILN_ROLE_ACT, 1, {73728, 0, 0, 0}, "C", 633856, 73728, 0, 0, 0},
    {"dconv2d_1_pre.winograd_tiles", KILN_ROLE_ACT, 1, {42624, 0, 0, 0}, "C", 707584, 42624, 0, 0, 0},
    {"dconv2d/kernel.part.partial", KILN_ROLE_ACT, 1, {640, 0, 0, 0}, "C", 0, 640, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_reorder_3x3x1x32", "void k00_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8)", 576, 2304, 1},
    {"k01_reorder_c32", "void k01_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32)", 64, 256, 1},
    {"k02_conv2d_fwd_relu_maxpool_n32_h26w26c32", "void k02_conv2d_fwd_relu_maxpool_n32_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel_blocked8, const float *restrict conv2d_bias_padded32, float *restrict max_pooling2d_out, uint8_t *restrict max_pooling2d_out_argmax, int nb)", 14536704, 966912, 1},
    {"k03_reorder_3x3x32x64", "void k03_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8)", 36864, 147456, 1},
    {"k04_reorder_c64", "void k04_reorder_c64(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded64)", 128, 512, 1},
    {"k05_conv2d_fwd_relu_maxpool_n32_h11w11c64", "void k05_conv2d_fwd_relu_maxpool_n32_h11w11c64(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel_blocked8, const float *restrict conv2d_1_bias_padded64, float *restrict max_pooling2d_1_out, uint8_t *restrict max_pooling2d_1_out_argmax, int nb)", 118665216, 1022208, 1},
    {"k06_reorder_3x3x64x64", "void k06_reorder_3x3x64x64(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked8)", 73728, 294912, 1},
    {"k07_reorder_c64", "void k07_reorder_c64(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded64)", 128, 512, 1},
    {"k08_conv2d_fwd_relu_n32_h3w3c64", "void k08_conv2d_fwd_relu_n32_h3w3c64(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_2_kernel_blocked8, const float *restrict conv2d_2_bias_padded64, float *restrict conv2d_2_out, int nb)", 21270528, 426240, 1},
    {"k09_dense_fwd_relu_n32_k64", "void k09_dense_fwd_relu_n32_k64(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out, int nb)", 2363392, 229632, 1},
    {"k10_reorder_64x10", "void k10_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded16)", 1280, 5120, 1},
    {"k11_reorder_c10", "void k11_reorder_c10(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded16)", 20, 80, 1},
    {"k12_dense_fwd_n32_k10", "void k12_dense_fwd_n32_k10(const float *restrict dense_out, const float *restrict dense_1_kernel_padded16, const float *restrict dense_1_bias_padded16, float *restrict dense_1_pre, int nb)", 40960, 12072, 1},
    {"k13_reorder_3x3x1x32", "void k13_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8_2)", 576, 2304, 6},
    {"k14_reorder_c32", "void k14_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32_2)", 64, 256, 6},
    {"k15_conv2d_fwd_relu_maxpool_n32_h26w26c32", "void k15_conv2d_fwd_relu_maxpool_n32_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel_blocked8_2, const float *restrict conv2d_bias_padded32_2, float *restrict max_pooling2d_out_infer, int nb)", 14536704, 793856, 6},
    {"k16_reorder_3x3x32x64", "void k16_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8_2)", 36864, 147456, 6},
    {"k17_reorder_c64", "void k17_reorder_c64(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded64_2)", 128, 512, 6},
    {"k18_conv2d_fwd_relu_maxpool_n32_h11w11c64", "void k18_conv2d_fwd_relu_maxpool_n32_h11w11c64(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel_blocked8_2, const float *restrict conv2d_1_bias_padded64_2, float *restrict max_pooling2d_1_out_infer, int nb)", 118665216, 971008, 6},
    {"k19_reorder_3x3x64x64", "void k19_reorder_3x3x64x64(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked8_2)", 73728, 294912, 6},
    {"k20_reorder_c64", "void k20_reorder_c64(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded64_2)", 128, 512, 6},
    {"k21_conv2d_fwd_relu_n32_h3w3c64", "void k21_conv2d_fwd_relu_n32_h3w3c64(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_2_kernel_blocked8_2, const float *restrict conv2d_2_bias_padded64_2, float *restrict conv2d_2_out_infer, int nb)", 21270528, 426240, 6},
    {"k22_dense_fwd_relu_n32_k64", "void k22_dense_fwd_relu_n32_k64(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out_infer, int nb)", 2363392, 229632, 6},
    {"k23_reorder_64x10", "void k23_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded16_2)", 1280, 5120, 6},
    {"k24_reorder_c10", "void k24_reorder_c10(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded16_2)", 20, 80, 6},
    {"k25_dense_fwd_n32_k10", "void k25_dense_fwd_n32_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel_padded16_2, const float *restrict dense_1_bias_padded16_2, float *restrict dense_1_pre_infer, int nb)", 40960, 12072, 2},
    {"k26_dense_fwd_softmax_n32_k10", "void k26_dense_fwd_softmax_n32_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel_padded16_2, const float *restrict dense_1_bias_padded16_2, float *restrict dense_1_out_infer, int nb)", 41600, 12072, 4},
    {"k27_softmax_ce_softmax_ce_bwd_n32_k10", "void k27_softmax_ce_softmax_ce_bwd_n32_k10(const float *restrict dense_1_pre, const float *restrict y, float *restrict ddense_1_pre, float *restrict dense_1_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 1280, 3840, 1},
    {"k28_softmax_ce_n32_k10", "void k28_softmax_ce_n32_k10(const float *restrict dense_1_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_1_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 640, 3840, 2},
    {"k29_dense_bwd_weights_64x10", "void k29_dense_bwd_weights_64x10(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 40960, 12072, 1},
    {"k30_reorder_64x10", "void k30_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed64)", 1280, 5120, 1},
    {"k31_dense_bwd_data_relu_bwd_n32_k64", "void k31_dense_bwd_data_relu_bwd_n32_k64(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed64, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 45056, 20224, 1},
    {"k32_dense_bwd_weights_576x64", "void k32_dense_bwd_weights_576x64(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 2359296, 229632, 1},
    {"k33_reorder_576x64", "void k33_reorder_576x64(const float *restrict dense_kernel, float *restrict dense_kernel_transposed576)", 73728, 294912, 1},
    {"k34_dense_bwd_data_n32_k576", "void k34_dense_bwd_data_n32_k576(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed576, float *restrict dflatten_out, int nb)", 2359296, 229376, 1},
    {"k35_relu_bwd_n32_h3w3c64", "void k35_relu_bwd_n32_h3w3c64(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_out, float *restrict dconv2d_2_pre, int nb)", 36864, 221184, 1},
    {"k36_reorder_n32_h3w3c64", "void k36_reorder_n32_h3w3c64(const float *restrict dconv2d_2_pre, float *restrict dconv2d_2_pre_nChw8c, int nb)", 36864, 147456, 1},
    {"k37_conv2d_bwd_weights_3x3x64x64", "void k37_conv2d_bwd_weights_3x3x64x64(const float *restrict dconv2d_2_pre_nChw8c, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_kernel_part_partial, int nb)", 21233664, 426240, 1},
    {"k38_reorder_3x3x64x64", "void k38_reorder_3x3x64x64(const float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_kernel)", 73728, 294912, 1},
    {"k39_reorder_c64", "void k39_reorder_c64(const float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_bias)", 128, 512, 1},
    {"k40_reorder_n32_h3w3c64", "void k40_reorder_n32_h3w3c64(const float *restrict dconv2d_2_pre, float *restrict dconv2d_2_pre_nChw8c_2, int nb)", 36864, 147456, 1},
    {"k41_reorder_3x3x64x64", "void k41_reorder_3x3x64x64(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_flipped8)", 73728, 294912, 1},
    {"k42_conv2d_bwd_data_n32_h5w5c64", "void k42_conv2d_bwd_data_n32_h5w5c64(const float *restrict dconv2d_2_pre_nChw8c_2, const float *restrict conv2d_2_kernel_flipped8, float *restrict dmax_pooling2d_1_out, int nb)", 21233664, 425984, 1},
    {"k43_maxpool_bwd_relu_bwd_n32_h11w11c64", "void k43_maxpool_bwd_relu_bwd_n32_h11w11c64(const float *restrict dmax_pooling2d_1_out, const uint8_t *restrict max_pooling2d_1_out_argmax, float *restrict dconv2d_1_pre, int nb)", 700416, 1247232, 1},
    {"k44_conv2d_bwd_weights_3x3x32x64", "void k44_conv2d_bwd_weights_3x3x32x64(const float *restrict dconv2d_1_pre, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, float *restrict dconv2d_1_kernel_part_winograd_tiles, int nb)", 142737408, 1757440, 1},
    {"k45_reorder_3x3x32x64", "void k45_reorder_3x3x32x64(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)", 36864, 147456, 1},
    {"k46_reorder_c64", "void k46_reorder_c64(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)", 128, 512, 1},
    {"k47_reorder_3x3x32x64", "void k47_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped8)", 36864, 147456, 1},
    {"k48_conv2d_bwd_data_n32_h13w13c32", "void k48_conv2d_bwd_data_n32_h13w13c32(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel_flipped8, float *restrict dmax_pooling2d_out, float *restrict conv2d_1_kernel_flipped8_winograd, float *restrict dconv2d_1_pre_winograd_tiles, int nb)", 142737408, 1757184, 1},
    {"k49_maxpool_bwd_relu_bwd_conv2d_bwd_weights_n32_h26w26c32", "void k49_maxpool_bwd_relu_bwd_conv2d_bwd_weights_n32_h26w26c32(const float *restrict dmax_pooling2d_out, const uint8_t *restrict max_pooling2d_out_argmax, const float *restrict x, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, int nb)", 14536704, 966912, 1},
    {"k50_reorder_3x3x1x32", "void k50_reorder_3x3x1x32(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)", 576, 2304, 1},
    {"k51_reorder_c32", "void k51_reorder_c32(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)", 64, 256, 1},
    {"k52_adam_update_p93328", "void k52_adam_update_p93328(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 933280, 2613184, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed002_cnn",
    .batch = 32,
    .in_rank = 3,
    .in_dims = {28, 28, 1},
    .in_scale = (float)0.00392156886,
    .out_size = 10,
    .label_kind = KILN_LABEL_ONEHOT,
    .label_size = 10,
    .has_accuracy = 1,
    .n_params = 93328,
    .n_state = 0,
    .n_arena = 1143056,
    .n_tensors = 117,
    .tensors = tensors,
    .n_kernels = 53,
    .kernels = kernels,
    .isa = "avx2",
};


/* seed003_cnn.c — emitted by kiln from models/seed003_cnn.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA avx512. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 281680, state 0, arena 12129936.
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

/* ---- vector vocabulary: AVX-512 (x86-64-v4: F, BW, CD, DQ, VL), 16 float32 lanes, 32 registers ---- */
#define VL 16
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
/* lanes 0..7 of a, then lanes 0..7 of b */
static inline __attribute__((unused)) vf vjoin_low(vf a, vf b) { return __builtin_shufflevector(a, b, 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23); }
/* lanes 0..7: a's lanes 0..7 plus b's lanes 8..15; lanes 8..15: 0 */
static inline __attribute__((unused)) vf vfold(vf a, vf b)
{
    return __builtin_shufflevector(a, vzero(), 0, 1, 2, 3, 4, 5, 6, 7, 16, 16, 16, 16, 16, 16, 16, 16) + __builtin_shufflevector(b, vzero(), 8, 9, 10, 11, 12, 13, 14, 15, 16, 16, 16, 16, 16, 16, 16, 16);
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
 *   node n0 "reorder.conv2d/kernel.blocked16" (reorder), from $.layers[0]
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   out conv2d/kernel.blocked16    (3, 3, 1, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k00_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16)
{
    /* conv2d/kernel -> conv2d/kernel.blocked16 */
    /* (3, 3, 1, 32) HWIO -> (2, 1, 3, 3, 1, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 1; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 1 + ic, f = ob * 16 + oc;
                            conv2d_kernel_blocked16[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 16 + ic * 16 + oc] = c < 1 && f < 32 ? conv2d_kernel[((kh * 3 + kw) * 1 + c) * 32 + f] : 0.0f;
                        }
}

/* k01_reorder_c32 — reorder kernel
 *   node n1 "reorder.conv2d/bias.padded32" (reorder), from $.layers[0]
 *   in  conv2d/bias                (32) C
 *   out conv2d/bias.padded32       (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k01_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32)
{
    /* conv2d/bias -> conv2d/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_bias_padded32[c] = c < 32 ? conv2d_bias[c] : 0.0f;
}

/* 1 x 13 output pixels x 2 output-channel vectors: 26 accumulators */
static inline __attribute__((always_inline)) void k02_conv2d_fwd_relu_n128_h26w26c32_tile_1x13(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 16);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 16);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 16);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 16);
    vf acc_r0c4v0 = vload(bp + 0), acc_r0c4v1 = vload(bp + 16);
    vf acc_r0c5v0 = vload(bp + 0), acc_r0c5v1 = vload(bp + 16);
    vf acc_r0c6v0 = vload(bp + 0), acc_r0c6v1 = vload(bp + 16);
    vf acc_r0c7v0 = vload(bp + 0), acc_r0c7v1 = vload(bp + 16);
    vf acc_r0c8v0 = vload(bp + 0), acc_r0c8v1 = vload(bp + 16);
    vf acc_r0c9v0 = vload(bp + 0), acc_r0c9v1 = vload(bp + 16);
    vf acc_r0c10v0 = vload(bp + 0), acc_r0c10v1 = vload(bp + 16);
    vf acc_r0c11v0 = vload(bp + 0), acc_r0c11v1 = vload(bp + 16);
    vf acc_r0c12v0 = vload(bp + 0), acc_r0c12v1 = vload(bp + 16);
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 28 + kw * 1;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 16;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 1; ic++) {
                const vf w0 = vload(ws + 0 + ic * 16), w1 = vload(ws + 144 + ic * 16);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[1 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[2 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[3 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[4 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1, acc_r0c4v1); }
                { const vf xb = vbcast(xs[5 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1, acc_r0c5v1); }
                { const vf xb = vbcast(xs[6 + ic]); acc_r0c6v0 = vfma(xb, w0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w1, acc_r0c6v1); }
                { const vf xb = vbcast(xs[7 + ic]); acc_r0c7v0 = vfma(xb, w0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w1, acc_r0c7v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c8v0 = vfma(xb, w0, acc_r0c8v0); acc_r0c8v1 = vfma(xb, w1, acc_r0c8v1); }
                { const vf xb = vbcast(xs[9 + ic]); acc_r0c9v0 = vfma(xb, w0, acc_r0c9v0); acc_r0c9v1 = vfma(xb, w1, acc_r0c9v1); }
                { const vf xb = vbcast(xs[10 + ic]); acc_r0c10v0 = vfma(xb, w0, acc_r0c10v0); acc_r0c10v1 = vfma(xb, w1, acc_r0c10v1); }
                { const vf xb = vbcast(xs[11 + ic]); acc_r0c11v0 = vfma(xb, w0, acc_r0c11v0); acc_r0c11v1 = vfma(xb, w1, acc_r0c11v1); }
                { const vf xb = vbcast(xs[12 + ic]); acc_r0c12v0 = vfma(xb, w0, acc_r0c12v0); acc_r0c12v1 = vfma(xb, w1, acc_r0c12v1); }
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 10816, vrelu(acc_r0c0v1));
    vstore(yp + 16, vrelu(acc_r0c1v0));
    vstore(yp + 10832, vrelu(acc_r0c1v1));
    vstore(yp + 32, vrelu(acc_r0c2v0));
    vstore(yp + 10848, vrelu(acc_r0c2v1));
    vstore(yp + 48, vrelu(acc_r0c3v0));
    vstore(yp + 10864, vrelu(acc_r0c3v1));
    vstore(yp + 64, vrelu(acc_r0c4v0));
    vstore(yp + 10880, vrelu(acc_r0c4v1));
    vstore(yp + 80, vrelu(acc_r0c5v0));
    vstore(yp + 10896, vrelu(acc_r0c5v1));
    vstore(yp + 96, vrelu(acc_r0c6v0));
    vstore(yp + 10912, vrelu(acc_r0c6v1));
    vstore(yp + 112, vrelu(acc_r0c7v0));
    vstore(yp + 10928, vrelu(acc_r0c7v1));
    vstore(yp + 128, vrelu(acc_r0c8v0));
    vstore(yp + 10944, vrelu(acc_r0c8v1));
    vstore(yp + 144, vrelu(acc_r0c9v0));
    vstore(yp + 10960, vrelu(acc_r0c9v1));
    vstore(yp + 160, vrelu(acc_r0c10v0));
    vstore(yp + 10976, vrelu(acc_r0c10v1));
    vstore(yp + 176, vrelu(acc_r0c11v0));
    vstore(yp + 10992, vrelu(acc_r0c11v1));
    vstore(yp + 192, vrelu(acc_r0c12v0));
    vstore(yp + 11008, vrelu(acc_r0c12v1));
}

/* k02_conv2d_fwd_relu_n128_h26w26c32 — conv_fwd kernel
 *   node n2 "conv2d" (conv2d), from $.layers[0]
 *   node n3 "conv2d.relu" (relu), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel.blocked16    (3, 3, 1, 32) 16-blocked
 *   in  conv2d/bias.padded32       (32) C
 *   out conv2d_out                 (128, 26, 26, 32) nChw16c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 1x13 pixels, 16 input channels a step
 *   schedule: OpenMP over output rows; ISA avx512 */
void k02_conv2d_fwd_relu_n128_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel_blocked16, const float *restrict conv2d_bias_padded32, float *restrict conv2d_out, int nb)
{
    /* tiles of 1x13 pixels x 2 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 26; oh += 1) {
            const float *xr = x + (long)n * 784 + (long)(0 + oh * 1 + 0) * 28 + (long)(0 + 0) * 1;
            float *yr = conv2d_out + (long)n * 21632 + (long)(0 + oh * 1 + 0) * 416 + (long)(0 + 0) * 16;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_kernel_blocked16 + (long)og * 288;
                const float *bg = conv2d_bias_padded32 + og * 32;
                float *yg = yr + (long)og * 21632;
                const float *mg = NULL;
                for (int ow = 0; ow < 26; ow += 13) k02_conv2d_fwd_relu_n128_h26w26c32_tile_1x13(xr + (long)ow * 1, wg, bg, yg + (long)ow * 16, mg ? mg + (long)ow * 16 : NULL, 0, 3);
            }
        }
}

/* k03_reorder_3x3x32x64 — reorder kernel
 *   node n4 "reorder.conv2d_1/kernel.blocked16" (reorder), from $.layers[1]
 *   in  conv2d_1/kernel            (3, 3, 32, 64) HWIO
 *   out conv2d_1/kernel.blocked16  (3, 3, 32, 64) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k03_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked16 */
    /* (3, 3, 32, 64) HWIO -> (4, 2, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_1_kernel_blocked16[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 32 && f < 64 ? conv2d_1_kernel[((kh * 3 + kw) * 32 + c) * 64 + f] : 0.0f;
                        }
}

/* k04_reorder_c64 — reorder kernel
 *   node n5 "reorder.conv2d_1/bias.padded64" (reorder), from $.layers[1]
 *   in  conv2d_1/bias              (64) C
 *   out conv2d_1/bias.padded64     (64) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k04_reorder_c64(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded64)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded64 */
    #pragma omp single
    for (int c = 0; c < 64; c++) conv2d_1_bias_padded64[c] = c < 64 ? conv2d_1_bias[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k05_conv2d_fwd_relu_maxpool_n128_h24w24c64_weights(const float *restrict gp, float *restrict u)
{
    vf g[3][3], a[6][3];
    for (int p = 0; p < 3; p++)
        for (int q = 0; q < 3; q++) g[p][q] = vload(gp + (p * 3 + q) * 256);
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
 * vp at V[0][cb][tile] (positions 592 floats apart) */
static inline __attribute__((always_inline)) void k05_conv2d_fwd_relu_maxpool_n128_h24w24c64_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 416 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 592, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 592, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 592, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 592, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 592, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 592, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 6 tiles x 4 output-channel vectors, 24 accumulators, over 32 input channels */
static inline __attribute__((always_inline)) void k05_conv2d_fwd_relu_maxpool_n128_h24w24c64_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero(), acc_t0v2 = vzero(), acc_t0v3 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero(), acc_t1v2 = vzero(), acc_t1v3 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero(), acc_t2v2 = vzero(), acc_t2v3 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero(), acc_t3v2 = vzero(), acc_t3v3 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero(), acc_t4v2 = vzero(), acc_t4v3 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero(), acc_t5v2 = vzero(), acc_t5v3 = vzero();
    for (int cb = 0; cb < 2; cb++) {
        const float *vs = vp + (long)cb * 288, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16), u1 = vload(us + 18432 + ic * 16), u2 = vload(us + 36864 + ic * 16), u3 = vload(us + 55296 + ic * 16);
            { const vf vb = vbcast(vs[0 + ic]); acc_t0v0 = vfma(vb, u0, acc_t0v0); acc_t0v1 = vfma(vb, u1, acc_t0v1); acc_t0v2 = vfma(vb, u2, acc_t0v2); acc_t0v3 = vfma(vb, u3, acc_t0v3); }
            { const vf vb = vbcast(vs[16 + ic]); acc_t1v0 = vfma(vb, u0, acc_t1v0); acc_t1v1 = vfma(vb, u1, acc_t1v1); acc_t1v2 = vfma(vb, u2, acc_t1v2); acc_t1v3 = vfma(vb, u3, acc_t1v3); }
            { const vf vb = vbcast(vs[32 + ic]); acc_t2v0 = vfma(vb, u0, acc_t2v0); acc_t2v1 = vfma(vb, u1, acc_t2v1); acc_t2v2 = vfma(vb, u2, acc_t2v2); acc_t2v3 = vfma(vb, u3, acc_t2v3); }
            { const vf vb = vbcast(vs[48 + ic]); acc_t3v0 = vfma(vb, u0, acc_t3v0); acc_t3v1 = vfma(vb, u1, acc_t3v1); acc_t3v2 = vfma(vb, u2, acc_t3v2); acc_t3v3 = vfma(vb, u3, acc_t3v3); }
            { const vf vb = vbcast(vs[64 + ic]); acc_t4v0 = vfma(vb, u0, acc_t4v0); acc_t4v1 = vfma(vb, u1, acc_t4v1); acc_t4v2 = vfma(vb, u2, acc_t4v2); acc_t4v3 = vfma(vb, u3, acc_t4v3); }
            { const vf vb = vbcast(vs[80 + ic]); acc_t5v0 = vfma(vb, u0, acc_t5v0); acc_t5v1 = vfma(vb, u1, acc_t5v1); acc_t5v2 = vfma(vb, u2, acc_t5v2); acc_t5v3 = vfma(vb, u3, acc_t5v3); }
        }
    }
    vstore(mp + 0, acc_t0v0);
    vstore(mp + 288, acc_t0v1);
    vstore(mp + 576, acc_t0v2);
    vstore(mp + 864, acc_t0v3);
    vstore(mp + 16, acc_t1v0);
    vstore(mp + 304, acc_t1v1);
    vstore(mp + 592, acc_t1v2);
    vstore(mp + 880, acc_t1v3);
    vstore(mp + 32, acc_t2v0);
    vstore(mp + 320, acc_t2v1);
    vstore(mp + 608, acc_t2v2);
    vstore(mp + 896, acc_t2v3);
    vstore(mp + 48, acc_t3v0);
    vstore(mp + 336, acc_t3v1);
    vstore(mp + 624, acc_t3v2);
    vstore(mp + 912, acc_t3v3);
    vstore(mp + 64, acc_t4v0);
    vstore(mp + 352, acc_t4v1);
    vstore(mp + 640, acc_t4v2);
    vstore(mp + 928, acc_t4v3);
    vstore(mp + 80, acc_t5v0);
    vstore(mp + 368, acc_t5v1);
    vstore(mp + 656, acc_t5v2);
    vstore(mp + 944, acc_t5v3);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 1168 floats apart), zp at its pixel (0, 0) of the band's sums Z, with the bias */
static inline __attribute__((always_inline)) void k05_conv2d_fwd_relu_maxpool_n128_h24w24c64_output(const float *restrict mp, const float *restrict bp, float *restrict zp)
{
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 1168);
    for (int c = 0; c < 6; c++) {  /* A^T m */
        s[0][c] = pr[0][c] + pr[1][c] + pr[2][c] + pr[3][c] + pr[4][c];
        s[1][c] = pr[1][c] - pr[2][c] + pr[3][c] * 2.0f - pr[4][c] * 2.0f;
        s[2][c] = pr[1][c] + pr[2][c] + pr[3][c] * 4.0f + pr[4][c] * 4.0f;
        s[3][c] = pr[1][c] - pr[2][c] + pr[3][c] * 8.0f - pr[4][c] * 8.0f + pr[5][c];
    }
    const vf bias = vload(bp);
    for (int r = 0; r < 4; r++) {  /* (A^T m) A */
        vstore(zp + r * 384 + 0, s[r][0] + s[r][1] + s[r][2] + s[r][3] + s[r][4] + bias);
        vstore(zp + r * 384 + 16, s[r][1] - s[r][2] + s[r][3] * 2.0f - s[r][4] * 2.0f + bias);
        vstore(zp + r * 384 + 32, s[r][1] + s[r][2] + s[r][3] * 4.0f + s[r][4] * 4.0f + bias);
        vstore(zp + r * 384 + 48, s[r][1] - s[r][2] + s[r][3] * 8.0f - s[r][4] * 8.0f + s[r][5] + bias);
    }
}

/* The max-pooling of one 3x3 window of Z (zp at its first pixel, rows 384 floats apart), a vector
 * of channels, to yp and its argmax to ap; the ReLU's, as the direct kernels' epilogue (emit_conv.c) */
static inline __attribute__((always_inline)) void k05_conv2d_fwd_relu_maxpool_n128_h24w24c64_pool(const float *restrict zp, float *restrict yp, uint8_t *restrict ap)
{
    const vf z0 = vload(zp + 0);
    const vf z1 = vload(zp + 16);
    const vf z2 = vload(zp + 32);
    const vf z3 = vload(zp + 384);
    const vf z4 = vload(zp + 400);
    const vf z5 = vload(zp + 416);
    const vf z6 = vload(zp + 768);
    const vf z7 = vload(zp + 784);
    const vf z8 = vload(zp + 800);
    vf m = z0;
    vi at = (vi)0;
    { const vi gt = z1 > m; m = gt ? z1 : m; at = gt ? (vi)1 : at; }
    { const vi gt = z2 > m; m = gt ? z2 : m; at = gt ? (vi)2 : at; }
    { const vi gt = z3 > m; m = gt ? z3 : m; at = gt ? (vi)3 : at; }
    { const vi gt = z4 > m; m = gt ? z4 : m; at = gt ? (vi)4 : at; }
    { const vi gt = z5 > m; m = gt ? z5 : m; at = gt ? (vi)5 : at; }
    { const vi gt = z6 > m; m = gt ? z6 : m; at = gt ? (vi)6 : at; }
    { const vi gt = z7 > m; m = gt ? z7 : m; at = gt ? (vi)7 : at; }
    { const vi gt = z8 > m; m = gt ? z8 : m; at = gt ? (vi)8 : at; }
    const vf mx = ((z0 != z0) | (z1 != z1) | (z2 != z2) | (z3 != z3) | (z4 != z4) | (z5 != z5) | (z6 != z6) | (z7 != z7) | (z8 != z8)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
    vstore(yp, mx);
    vstore_bytes(ap, at | ((m > 0.0f) & 0x80));
}

/* k05_conv2d_fwd_relu_maxpool_n128_h24w24c64 — conv_fwd kernel
 *   node n6 "conv2d_1" (conv2d), from $.layers[1]
 *   node n7 "conv2d_1.relu" (relu), from $.layers[1]
 *   node n8 "max_pooling2d" (maxpool), from $.layers[2]
 *   in  conv2d_out                 (128, 26, 26, 32) nChw16c
 *   in  conv2d_1/kernel.blocked16  (3, 3, 32, 64) 16-blocked
 *   in  conv2d_1/bias.padded64     (64) C
 *   out max_pooling2d_out          (128, 8, 8, 64) nChw16c
 *   out max_pooling2d_out.argmax   (128, 8, 8, 64) nChw16c
 *   tmp conv2d_1/kernel.blocked16.winograd (73728) C, scratch
 *   tmp conv2d_out.winograd_tiles  (163584) C, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   Winograd F(4x4, 3x3): products of 4 output-channel vectors x 6 tiles, in blocks of 18 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k05_conv2d_fwd_relu_maxpool_n128_h24w24c64(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel_blocked16, const float *restrict conv2d_1_bias_padded64, float *restrict max_pooling2d_out, uint8_t *restrict max_pooling2d_out_argmax, float *restrict conv2d_1_kernel_blocked16_winograd, float *restrict conv2d_out_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 6 x 6 tiles of 4x4 output pixels per sample, in blocks of 18;
       products of 6 tiles x 4 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 128; u++) {
        const int ocb = u / 32, c = u % 32;
        k05_conv2d_fwd_relu_maxpool_n128_h24w24c64_weights(conv2d_1_kernel_blocked16 + (long)ocb * 4608 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_1_kernel_blocked16_winograd + (long)ocb * 18432 + (long)c * 16);
    }
    /* 2. a block per band of 12 output rows (3 tile rows, 8 windows of 3x3 a row): its products,
       its sums in Z, then its windows pooled; 2 chunks of consecutive blocks */
    const long nblocks = (long)nb * 2;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = conv2d_out_winograd_tiles + (long)t * 81792, *ms = vs + 21312, *zs = ms + 42048;  /* the chunk's V, M and Z */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const int n = (int)(blk / 2), bd = (int)(blk % 2);
            for (int j = 0; j < 18; j++) {  /* the input transform */
                const int ti = bd * 3 + j / 6, tj = j % 6;
                const float *xp = conv2d_out + (long)n * 21632 + (long)(0 + 4 * ti) * 416 + (long)(0 + 4 * tj) * 16;
                for (int cb = 0; cb < 2; cb++) k05_conv2d_fwd_relu_maxpool_n128_h24w24c64_input(xp + (long)cb * 10816, vs + ((long)cb * 18 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 18; j += 6)
                        k05_conv2d_fwd_relu_maxpool_n128_h24w24c64_product(vs + pos * 592 + (long)j * 16, conv2d_1_kernel_blocked16_winograd + (long)og * 73728 + pos * 512,
                                                                   ms + pos * 1168 + ((long)og * 72 + j) * 16);
            for (int j = 0; j < 18; j++)  /* the output transform into Z */
                for (int kb = 0; kb < 4; kb++)
                    k05_conv2d_fwd_relu_maxpool_n128_h24w24c64_output(ms + ((long)kb * 18 + j) * 16, conv2d_1_bias_padded64 + kb * 16, zs + (long)kb * 4608 + (long)(j / 6) * 1536 + (long)(j % 6) * 64);
            for (int kb = 0; kb < 4; kb++)  /* the band's windows */
                for (int wr = 0; wr < 4; wr++)
                    for (int wc = 0; wc < 8; wc++) {
                        const int pr = bd * 4 + wr;  /* the pooled row */
                        k05_conv2d_fwd_relu_maxpool_n128_h24w24c64_pool(zs + (long)kb * 4608 + (long)wr * 1152 + (long)wc * 48,
                                                                        max_pooling2d_out + (long)n * 4096 + (long)kb * 1024 + (long)(0 + pr) * 128 + (long)(0 + wc) * 16,
                                                                        max_pooling2d_out_argmax + (long)n * 4096 + (long)kb * 1024 + (long)pr * 128 + (long)wc * 16);
                    }
        }
    }
}

/* k06_dropout_n128_h8w8c64 — eltwise kernel
 *   node n9 "dropout" (dropout), from $.layers[3]
 *   in  max_pooling2d_out          (128, 8, 8, 64) nChw16c
 *   out dropout_out                (128, 8, 8, 64) NHWC
 *   out dropout_mask               (128, 8, 8, 64) NHWC
 *   schedule: OpenMP over samples; ISA avx512 */
void k06_dropout_n128_h8w8c64(const float *restrict max_pooling2d_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)
{
    const float keep_scale = 1.66666663f;  /* 1 / (1 - rate) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int h = 0; h < 8; h++)
                for (int w = 0; w < 8; w++) {
                    const long b = ((long)(n) * 4096 + (long)((cb * 16) / 16) * 1024 + (long)((h) + 0) * 128 + ((w) + 0) * 16 + (cb * 16) % 16);  /* in max_pooling2d_out */
                    const long e = (((long)n * 8 + h) * 8 + w) * 64 + cb * 16;  /* logical NHWC */
                    const vf mask = vuniform(seed, step, 0, e) >= 0.400000006f ? (vf)keep_scale : vzero();
                    vstore(dropout_mask + e, mask);
                    vstore(dropout_out + e, vload(max_pooling2d_out + b) * mask);
                }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k07_dense_fwd_relu_n128_k64_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 4096; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[4096 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[8192 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[12288 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[16384 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[20480 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
    vstore(c + 64, vrelu(acc_r1v0));
    vstore(c + 80, vrelu(acc_r1v1));
    vstore(c + 96, vrelu(acc_r1v2));
    vstore(c + 112, vrelu(acc_r1v3));
    vstore(c + 128, vrelu(acc_r2v0));
    vstore(c + 144, vrelu(acc_r2v1));
    vstore(c + 160, vrelu(acc_r2v2));
    vstore(c + 176, vrelu(acc_r2v3));
    vstore(c + 192, vrelu(acc_r3v0));
    vstore(c + 208, vrelu(acc_r3v1));
    vstore(c + 224, vrelu(acc_r3v2));
    vstore(c + 240, vrelu(acc_r3v3));
    vstore(c + 256, vrelu(acc_r4v0));
    vstore(c + 272, vrelu(acc_r4v1));
    vstore(c + 288, vrelu(acc_r4v2));
    vstore(c + 304, vrelu(acc_r4v3));
    vstore(c + 320, vrelu(acc_r5v0));
    vstore(c + 336, vrelu(acc_r5v1));
    vstore(c + 352, vrelu(acc_r5v2));
    vstore(c + 368, vrelu(acc_r5v3));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k07_dense_fwd_relu_n128_k64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 4096; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* k07_dense_fwd_relu_n128_k64 — gemm kernel
 *   node n10 "dense" (dense), from $.layers[5]
 *   node n11 "dense.relu" (relu), from $.layers[5]
 *   in  flatten_out                (128, 4096) NC
 *   in  dense/kernel               (4096, 64) IO
 *   in  dense/bias                 (64) C
 *   out dense_out                  (128, 64) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k07_dense_fwd_relu_n128_k64(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out, int nb)
{
    /* C (nb x 64) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_kernel + j0 * 16;
            if (i0 < full_rows) {
                k07_dense_fwd_relu_n128_k64_tile_6x4(flatten_out + (long)i0 * 4096, bg, bias_g, dense_out + (long)i0 * 64 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k07_dense_fwd_relu_n128_k64_tile_1x4(flatten_out + (long)i * 4096, bg, bias_g, dense_out + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k08_reorder_64x10 — reorder kernel
 *   node n12 "reorder.dense_1/kernel.padded16" (reorder), from $.layers[6]
 *   in  dense_1/kernel             (64, 10) IO
 *   out dense_1/kernel.padded16    (64, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k08_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded16)
{
    /* dense_1/kernel -> dense_1/kernel.padded16 */
    /* (64, 10) -> padded (64, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 64; r++)
        for (int c = 0; c < 16; c++) dense_1_kernel_padded16[(long)r * 16 + c] = c < 10 ? dense_1_kernel[(long)r * 10 + c] : 0.0f;
}

/* k09_reorder_c10 — reorder kernel
 *   node n13 "reorder.dense_1/bias.padded16" (reorder), from $.layers[6]
 *   in  dense_1/bias               (10) C
 *   out dense_1/bias.padded16      (10) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k09_reorder_c10(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded16)
{
    /* dense_1/bias -> dense_1/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_1_bias_padded16[c] = c < 10 ? dense_1_bias[c] : 0.0f;
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k10_dense_fwd_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    vf acc_r1v0 = vload(bias + 0);
    vf acc_r2v0 = vload(bias + 0);
    vf acc_r3v0 = vload(bias + 0);
    vf acc_r4v0 = vload(bias + 0);
    vf acc_r5v0 = vload(bias + 0);
    vf acc_r6v0 = vload(bias + 0);
    vf acc_r7v0 = vload(bias + 0);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[448 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
    vstore_part(c + 10, acc_r1v0, 10);
    vstore_part(c + 20, acc_r2v0, 10);
    vstore_part(c + 30, acc_r3v0, 10);
    vstore_part(c + 40, acc_r4v0, 10);
    vstore_part(c + 50, acc_r5v0, 10);
    vstore_part(c + 60, acc_r6v0, 10);
    vstore_part(c + 70, acc_r7v0, 10);
}

/* 1 rows x 1 column vectors: 1 accumulators */
static inline __attribute__((always_inline)) void k10_dense_fwd_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k10_dense_fwd_n128_k10 — gemm kernel
 *   node n14 "dense_1" (dense), from $.layers[6]
 *   in  dense_out                  (128, 64) NC
 *   in  dense_1/kernel.padded16    (64, 10) IO
 *   in  dense_1/bias.padded16      (10) C
 *   out dense_1_pre                (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k10_dense_fwd_n128_k10(const float *restrict dense_out, const float *restrict dense_1_kernel_padded16, const float *restrict dense_1_bias_padded16, float *restrict dense_1_pre, int nb)
{
    /* C (nb x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = nb / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = dense_1_bias_padded16 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_padded16 + j0 * 16;
            if (i0 < full_rows) {
                k10_dense_fwd_n128_k10_tile_8x1t(dense_out + (long)i0 * 64, bg, bias_g, dense_1_pre + (long)i0 * 10 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k10_dense_fwd_n128_k10_tile_1x1t(dense_out + (long)i * 64, bg, bias_g, dense_1_pre + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k11_reorder_3x3x1x32 — reorder kernel
 *   node n15 "reorder.conv2d/kernel.blocked16.2" (reorder), from $.layers[0]
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   out conv2d/kernel.blocked16.2  (3, 3, 1, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k11_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16_2)
{
    /* conv2d/kernel -> conv2d/kernel.blocked16.2 */
    /* (3, 3, 1, 32) HWIO -> (2, 1, 3, 3, 1, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 1; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 1 + ic, f = ob * 16 + oc;
                            conv2d_kernel_blocked16_2[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 16 + ic * 16 + oc] = c < 1 && f < 32 ? conv2d_kernel[((kh * 3 + kw) * 1 + c) * 32 + f] : 0.0f;
                        }
}

/* k12_reorder_c32 — reorder kernel
 *   node n16 "reorder.conv2d/bias.padded32.2" (reorder), from $.layers[0]
 *   in  conv2d/bias                (32) C
 *   out conv2d/bias.padded32.2     (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k12_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32_2)
{
    /* conv2d/bias -> conv2d/bias.padded32.2 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_bias_padded32_2[c] = c < 32 ? conv2d_bias[c] : 0.0f;
}

/* 1 x 13 output pixels x 2 output-channel vectors: 26 accumulators */
static inline __attribute__((always_inline)) void k13_conv2d_fwd_relu_n128_h26w26c32_tile_1x13(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 16);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 16);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 16);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 16);
    vf acc_r0c4v0 = vload(bp + 0), acc_r0c4v1 = vload(bp + 16);
    vf acc_r0c5v0 = vload(bp + 0), acc_r0c5v1 = vload(bp + 16);
    vf acc_r0c6v0 = vload(bp + 0), acc_r0c6v1 = vload(bp + 16);
    vf acc_r0c7v0 = vload(bp + 0), acc_r0c7v1 = vload(bp + 16);
    vf acc_r0c8v0 = vload(bp + 0), acc_r0c8v1 = vload(bp + 16);
    vf acc_r0c9v0 = vload(bp + 0), acc_r0c9v1 = vload(bp + 16);
    vf acc_r0c10v0 = vload(bp + 0), acc_r0c10v1 = vload(bp + 16);
    vf acc_r0c11v0 = vload(bp + 0), acc_r0c11v1 = vload(bp + 16);
    vf acc_r0c12v0 = vload(bp + 0), acc_r0c12v1 = vload(bp + 16);
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 28 + kw * 1;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 16;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 1; ic++) {
                const vf w0 = vload(ws + 0 + ic * 16), w1 = vload(ws + 144 + ic * 16);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[1 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[2 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[3 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[4 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1, acc_r0c4v1); }
                { const vf xb = vbcast(xs[5 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1, acc_r0c5v1); }
                { const vf xb = vbcast(xs[6 + ic]); acc_r0c6v0 = vfma(xb, w0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w1, acc_r0c6v1); }
                { const vf xb = vbcast(xs[7 + ic]); acc_r0c7v0 = vfma(xb, w0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w1, acc_r0c7v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c8v0 = vfma(xb, w0, acc_r0c8v0); acc_r0c8v1 = vfma(xb, w1, acc_r0c8v1); }
                { const vf xb = vbcast(xs[9 + ic]); acc_r0c9v0 = vfma(xb, w0, acc_r0c9v0); acc_r0c9v1 = vfma(xb, w1, acc_r0c9v1); }
                { const vf xb = vbcast(xs[10 + ic]); acc_r0c10v0 = vfma(xb, w0, acc_r0c10v0); acc_r0c10v1 = vfma(xb, w1, acc_r0c10v1); }
                { const vf xb = vbcast(xs[11 + ic]); acc_r0c11v0 = vfma(xb, w0, acc_r0c11v0); acc_r0c11v1 = vfma(xb, w1, acc_r0c11v1); }
                { const vf xb = vbcast(xs[12 + ic]); acc_r0c12v0 = vfma(xb, w0, acc_r0c12v0); acc_r0c12v1 = vfma(xb, w1, acc_r0c12v1); }
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 10816, vrelu(acc_r0c0v1));
    vstore(yp + 16, vrelu(acc_r0c1v0));
    vstore(yp + 10832, vrelu(acc_r0c1v1));
    vstore(yp + 32, vrelu(acc_r0c2v0));
    vstore(yp + 10848, vrelu(acc_r0c2v1));
    vstore(yp + 48, vrelu(acc_r0c3v0));
    vstore(yp + 10864, vrelu(acc_r0c3v1));
    vstore(yp + 64, vrelu(acc_r0c4v0));
    vstore(yp + 10880, vrelu(acc_r0c4v1));
    vstore(yp + 80, vrelu(acc_r0c5v0));
    vstore(yp + 10896, vrelu(acc_r0c5v1));
    vstore(yp + 96, vrelu(acc_r0c6v0));
    vstore(yp + 10912, vrelu(acc_r0c6v1));
    vstore(yp + 112, vrelu(acc_r0c7v0));
    vstore(yp + 10928, vrelu(acc_r0c7v1));
    vstore(yp + 128, vrelu(acc_r0c8v0));
    vstore(yp + 10944, vrelu(acc_r0c8v1));
    vstore(yp + 144, vrelu(acc_r0c9v0));
    vstore(yp + 10960, vrelu(acc_r0c9v1));
    vstore(yp + 160, vrelu(acc_r0c10v0));
    vstore(yp + 10976, vrelu(acc_r0c10v1));
    vstore(yp + 176, vrelu(acc_r0c11v0));
    vstore(yp + 10992, vrelu(acc_r0c11v1));
    vstore(yp + 192, vrelu(acc_r0c12v0));
    vstore(yp + 11008, vrelu(acc_r0c12v1));
}

/* k13_conv2d_fwd_relu_n128_h26w26c32 — conv_fwd kernel
 *   node n17 "conv2d_infer" (conv2d), from $.layers[0]
 *   node n18 "conv2d.relu_infer" (relu), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel.blocked16.2  (3, 3, 1, 32) 16-blocked
 *   in  conv2d/bias.padded32.2     (32) C
 *   out conv2d_out_infer           (128, 26, 26, 32) nChw16c
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 1x13 pixels, 16 input channels a step
 *   schedule: OpenMP over output rows; ISA avx512 */
void k13_conv2d_fwd_relu_n128_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel_blocked16_2, const float *restrict conv2d_bias_padded32_2, float *restrict conv2d_out_infer, int nb)
{
    /* tiles of 1x13 pixels x 2 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 26; oh += 1) {
            const float *xr = x + (long)n * 784 + (long)(0 + oh * 1 + 0) * 28 + (long)(0 + 0) * 1;
            float *yr = conv2d_out_infer + (long)n * 21632 + (long)(0 + oh * 1 + 0) * 416 + (long)(0 + 0) * 16;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_kernel_blocked16_2 + (long)og * 288;
                const float *bg = conv2d_bias_padded32_2 + og * 32;
                float *yg = yr + (long)og * 21632;
                const float *mg = NULL;
                for (int ow = 0; ow < 26; ow += 13) k13_conv2d_fwd_relu_n128_h26w26c32_tile_1x13(xr + (long)ow * 1, wg, bg, yg + (long)ow * 16, mg ? mg + (long)ow * 16 : NULL, 0, 3);
            }
        }
}

/* k14_reorder_3x3x32x64 — reorder kernel
 *   node n19 "reorder.conv2d_1/kernel.blocked16.2" (reorder), from $.layers[1]
 *   in  conv2d_1/kernel            (3, 3, 32, 64) HWIO
 *   out conv2d_1/kernel.blocked16.2 (3, 3, 32, 64) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k14_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16_2)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked16.2 */
    /* (3, 3, 32, 64) HWIO -> (4, 2, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_1_kernel_blocked16_2[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 32 && f < 64 ? conv2d_1_kernel[((kh * 3 + kw) * 32 + c) * 64 + f] : 0.0f;
                        }
}

/* k15_reorder_c64 — reorder kernel
 *   node n20 "reorder.conv2d_1/bias.padded64.2" (reorder), from $.layers[1]
 *   in  conv2d_1/bias              (64) C
 *   out conv2d_1/bias.padded64.2   (64) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k15_reorder_c64(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded64_2)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded64.2 */
    #pragma omp single
    for (int c = 0; c < 64; c++) conv2d_1_bias_padded64_2[c] = c < 64 ? conv2d_1_bias[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k16_conv2d_fwd_relu_maxpool_n128_h24w24c64_weights(const float *restrict gp, float *restrict u)
{
    vf g[3][3], a[6][3];
    for (int p = 0; p < 3; p++)
        for (int q = 0; q < 3; q++) g[p][q] = vload(gp + (p * 3 + q) * 256);
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
 * vp at V[0][cb][tile] (positions 592 floats apart) */
static inline __attribute__((always_inline)) void k16_conv2d_fwd_relu_maxpool_n128_h24w24c64_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 416 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 592, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 592, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 592, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 592, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 592, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 592, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 6 tiles x 4 output-channel vectors, 24 accumulators, over 32 input channels */
static inline __attribute__((always_inline)) void k16_conv2d_fwd_relu_maxpool_n128_h24w24c64_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero(), acc_t0v2 = vzero(), acc_t0v3 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero(), acc_t1v2 = vzero(), acc_t1v3 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero(), acc_t2v2 = vzero(), acc_t2v3 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero(), acc_t3v2 = vzero(), acc_t3v3 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero(), acc_t4v2 = vzero(), acc_t4v3 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero(), acc_t5v2 = vzero(), acc_t5v3 = vzero();
    for (int cb = 0; cb < 2; cb++) {
        const float *vs = vp + (long)cb * 288, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16), u1 = vload(us + 18432 + ic * 16), u2 = vload(us + 36864 + ic * 16), u3 = vload(us + 55296 + ic * 16);
            { const vf vb = vbcast(vs[0 + ic]); acc_t0v0 = vfma(vb, u0, acc_t0v0); acc_t0v1 = vfma(vb, u1, acc_t0v1); acc_t0v2 = vfma(vb, u2, acc_t0v2); acc_t0v3 = vfma(vb, u3, acc_t0v3); }
            { const vf vb = vbcast(vs[16 + ic]); acc_t1v0 = vfma(vb, u0, acc_t1v0); acc_t1v1 = vfma(vb, u1, acc_t1v1); acc_t1v2 = vfma(vb, u2, acc_t1v2); acc_t1v3 = vfma(vb, u3, acc_t1v3); }
            { const vf vb = vbcast(vs[32 + ic]); acc_t2v0 = vfma(vb, u0, acc_t2v0); acc_t2v1 = vfma(vb, u1, acc_t2v1); acc_t2v2 = vfma(vb, u2, acc_t2v2); acc_t2v3 = vfma(vb, u3, acc_t2v3); }
            { const vf vb = vbcast(vs[48 + ic]); acc_t3v0 = vfma(vb, u0, acc_t3v0); acc_t3v1 = vfma(vb, u1, acc_t3v1); acc_t3v2 = vfma(vb, u2, acc_t3v2); acc_t3v3 = vfma(vb, u3, acc_t3v3); }
            { const vf vb = vbcast(vs[64 + ic]); acc_t4v0 = vfma(vb, u0, acc_t4v0); acc_t4v1 = vfma(vb, u1, acc_t4v1); acc_t4v2 = vfma(vb, u2, acc_t4v2); acc_t4v3 = vfma(vb, u3, acc_t4v3); }
            { const vf vb = vbcast(vs[80 + ic]); acc_t5v0 = vfma(vb, u0, acc_t5v0); acc_t5v1 = vfma(vb, u1, acc_t5v1); acc_t5v2 = vfma(vb, u2, acc_t5v2); acc_t5v3 = vfma(vb, u3, acc_t5v3); }
        }
    }
    vstore(mp + 0, acc_t0v0);
    vstore(mp + 288, acc_t0v1);
    vstore(mp + 576, acc_t0v2);
    vstore(mp + 864, acc_t0v3);
    vstore(mp + 16, acc_t1v0);
    vstore(mp + 304, acc_t1v1);
    vstore(mp + 592, acc_t1v2);
    vstore(mp + 880, acc_t1v3);
    vstore(mp + 32, acc_t2v0);
    vstore(mp + 320, acc_t2v1);
    vstore(mp + 608, acc_t2v2);
    vstore(mp + 896, acc_t2v3);
    vstore(mp + 48, acc_t3v0);
    vstore(mp + 336, acc_t3v1);
    vstore(mp + 624, acc_t3v2);
    vstore(mp + 912, acc_t3v3);
    vstore(mp + 64, acc_t4v0);
    vstore(mp + 352, acc_t4v1);
    vstore(mp + 640, acc_t4v2);
    vstore(mp + 928, acc_t4v3);
    vstore(mp + 80, acc_t5v0);
    vstore(mp + 368, acc_t5v1);
    vstore(mp + 656, acc_t5v2);
    vstore(mp + 944, acc_t5v3);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 1168 floats apart), zp at its pixel (0, 0) of the band's sums Z, with the bias */
static inline __attribute__((always_inline)) void k16_conv2d_fwd_relu_maxpool_n128_h24w24c64_output(const float *restrict mp, const float *restrict bp, float *restrict zp)
{
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 1168);
    for (int c = 0; c < 6; c++) {  /* A^T m */
        s[0][c] = pr[0][c] + pr[1][c] + pr[2][c] + pr[3][c] + pr[4][c];
        s[1][c] = pr[1][c] - pr[2][c] + pr[3][c] * 2.0f - pr[4][c] * 2.0f;
        s[2][c] = pr[1][c] + pr[2][c] + pr[3][c] * 4.0f + pr[4][c] * 4.0f;
        s[3][c] = pr[1][c] - pr[2][c] + pr[3][c] * 8.0f - pr[4][c] * 8.0f + pr[5][c];
    }
    const vf bias = vload(bp);
    for (int r = 0; r < 4; r++) {  /* (A^T m) A */
        vstore(zp + r * 384 + 0, s[r][0] + s[r][1] + s[r][2] + s[r][3] + s[r][4] + bias);
        vstore(zp + r * 384 + 16, s[r][1] - s[r][2] + s[r][3] * 2.0f - s[r][4] * 2.0f + bias);
        vstore(zp + r * 384 + 32, s[r][1] + s[r][2] + s[r][3] * 4.0f + s[r][4] * 4.0f + bias);
        vstore(zp + r * 384 + 48, s[r][1] - s[r][2] + s[r][3] * 8.0f - s[r][4] * 8.0f + s[r][5] + bias);
    }
}

/* The max-pooling of one 3x3 window of Z (zp at its first pixel, rows 384 floats apart), a vector
 * of channels, to yp; the ReLU's, as the direct kernels' epilogue (emit_conv.c) */
static inline __attribute__((always_inline)) void k16_conv2d_fwd_relu_maxpool_n128_h24w24c64_pool(const float *restrict zp, float *restrict yp, uint8_t *restrict ap)
{
    (void)ap;
    const vf z0 = vload(zp + 0);
    const vf z1 = vload(zp + 16);
    const vf z2 = vload(zp + 32);
    const vf z3 = vload(zp + 384);
    const vf z4 = vload(zp + 400);
    const vf z5 = vload(zp + 416);
    const vf z6 = vload(zp + 768);
    const vf z7 = vload(zp + 784);
    const vf z8 = vload(zp + 800);
    vf m = z0;
    m = z1 > m ? z1 : m;
    m = z2 > m ? z2 : m;
    m = z3 > m ? z3 : m;
    m = z4 > m ? z4 : m;
    m = z5 > m ? z5 : m;
    m = z6 > m ? z6 : m;
    m = z7 > m ? z7 : m;
    m = z8 > m ? z8 : m;
    const vf mx = ((z0 != z0) | (z1 != z1) | (z2 != z2) | (z3 != z3) | (z4 != z4) | (z5 != z5) | (z6 != z6) | (z7 != z7) | (z8 != z8)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
    vstore(yp, mx);
}

/* k16_conv2d_fwd_relu_maxpool_n128_h24w24c64 — conv_fwd kernel
 *   node n21 "conv2d_1_infer" (conv2d), from $.layers[1]
 *   node n22 "conv2d_1.relu_infer" (relu), from $.layers[1]
 *   node n23 "max_pooling2d_infer" (maxpool), from $.layers[2]
 *   in  conv2d_out_infer           (128, 26, 26, 32) nChw16c
 *   in  conv2d_1/kernel.blocked16.2 (3, 3, 32, 64) 16-blocked
 *   in  conv2d_1/bias.padded64.2   (64) C
 *   out max_pooling2d_out_infer.part (128, 8, 8, 64) nChw16c
 *   tmp conv2d_1/kernel.blocked16.2.winograd (73728) C, scratch
 *   tmp conv2d_out_infer.winograd_tiles (163584) C, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   Winograd F(4x4, 3x3): products of 4 output-channel vectors x 6 tiles, in blocks of 18 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k16_conv2d_fwd_relu_maxpool_n128_h24w24c64(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel_blocked16_2, const float *restrict conv2d_1_bias_padded64_2, float *restrict max_pooling2d_out_infer_part, float *restrict conv2d_1_kernel_blocked16_2_winograd, float *restrict conv2d_out_infer_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 6 x 6 tiles of 4x4 output pixels per sample, in blocks of 18;
       products of 6 tiles x 4 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 128; u++) {
        const int ocb = u / 32, c = u % 32;
        k16_conv2d_fwd_relu_maxpool_n128_h24w24c64_weights(conv2d_1_kernel_blocked16_2 + (long)ocb * 4608 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_1_kernel_blocked16_2_winograd + (long)ocb * 18432 + (long)c * 16);
    }
    /* 2. a block per band of 12 output rows (3 tile rows, 8 windows of 3x3 a row): its products,
       its sums in Z, then its windows pooled; 2 chunks of consecutive blocks */
    const long nblocks = (long)nb * 2;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = conv2d_out_infer_winograd_tiles + (long)t * 81792, *ms = vs + 21312, *zs = ms + 42048;  /* the chunk's V, M and Z */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const int n = (int)(blk / 2), bd = (int)(blk % 2);
            for (int j = 0; j < 18; j++) {  /* the input transform */
                const int ti = bd * 3 + j / 6, tj = j % 6;
                const float *xp = conv2d_out_infer + (long)n * 21632 + (long)(0 + 4 * ti) * 416 + (long)(0 + 4 * tj) * 16;
                for (int cb = 0; cb < 2; cb++) k16_conv2d_fwd_relu_maxpool_n128_h24w24c64_input(xp + (long)cb * 10816, vs + ((long)cb * 18 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 18; j += 6)
                        k16_conv2d_fwd_relu_maxpool_n128_h24w24c64_product(vs + pos * 592 + (long)j * 16, conv2d_1_kernel_blocked16_2_winograd + (long)og * 73728 + pos * 512,
                                                                   ms + pos * 1168 + ((long)og * 72 + j) * 16);
            for (int j = 0; j < 18; j++)  /* the output transform into Z */
                for (int kb = 0; kb < 4; kb++)
                    k16_conv2d_fwd_relu_maxpool_n128_h24w24c64_output(ms + ((long)kb * 18 + j) * 16, conv2d_1_bias_padded64_2 + kb * 16, zs + (long)kb * 4608 + (long)(j / 6) * 1536 + (long)(j % 6) * 64);
            for (int kb = 0; kb < 4; kb++)  /* the band's windows */
                for (int wr = 0; wr < 4; wr++)
                    for (int wc = 0; wc < 8; wc++) {
                        const int pr = bd * 4 + wr;  /* the pooled row */
                        k16_conv2d_fwd_relu_maxpool_n128_h24w24c64_pool(zs + (long)kb * 4608 + (long)wr * 1152 + (long)wc * 48,
                                                                        max_pooling2d_out_infer_part + (long)n * 4096 + (long)kb * 1024 + (long)(0 + pr) * 128 + (long)(0 + wc) * 16,
                                                                        NULL);
                    }
        }
    }
}

/* k17_reorder_n128_h8w8c64 — reorder kernel
 *   node n24 "reorder.max_pooling2d_out_infer" (reorder), from $.layers[2]
 *   in  max_pooling2d_out_infer.part (128, 8, 8, 64) nChw16c
 *   out max_pooling2d_out_infer    (128, 8, 8, 64) NHWC
 *   schedule: OpenMP over elements; ISA avx512 */
void k17_reorder_n128_h8w8c64(const float *restrict max_pooling2d_out_infer_part, float *restrict max_pooling2d_out_infer, int nb)
{
    /* max_pooling2d_out_infer.part -> max_pooling2d_out_infer */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++)
            for (int hp = 0; hp < 8; hp++)
                for (int wp = 0; wp < 8; wp++)
                    for (int cl = 0; cl < 64; cl++) {
                        const int h = hp - 0, w = wp - 0, c = cb * 64 + cl;
                        const float v = h >= 0 && h < 8 && w >= 0 && w < 8 && c < 64 ? max_pooling2d_out_infer_part[((long)(n) * 4096 + (long)((c) / 16) * 1024 + (long)((h) + 0) * 128 + ((w) + 0) * 16 + (c) % 16)] : 0.0f;
                        max_pooling2d_out_infer[(long)n * 4096 + (long)cb * 0 + (long)hp * 512 + (long)wp * 64 + cl] = v;
                    }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k18_dense_fwd_relu_n128_k64_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 4096; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[4096 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[8192 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[12288 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[16384 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[20480 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
    vstore(c + 64, vrelu(acc_r1v0));
    vstore(c + 80, vrelu(acc_r1v1));
    vstore(c + 96, vrelu(acc_r1v2));
    vstore(c + 112, vrelu(acc_r1v3));
    vstore(c + 128, vrelu(acc_r2v0));
    vstore(c + 144, vrelu(acc_r2v1));
    vstore(c + 160, vrelu(acc_r2v2));
    vstore(c + 176, vrelu(acc_r2v3));
    vstore(c + 192, vrelu(acc_r3v0));
    vstore(c + 208, vrelu(acc_r3v1));
    vstore(c + 224, vrelu(acc_r3v2));
    vstore(c + 240, vrelu(acc_r3v3));
    vstore(c + 256, vrelu(acc_r4v0));
    vstore(c + 272, vrelu(acc_r4v1));
    vstore(c + 288, vrelu(acc_r4v2));
    vstore(c + 304, vrelu(acc_r4v3));
    vstore(c + 320, vrelu(acc_r5v0));
    vstore(c + 336, vrelu(acc_r5v1));
    vstore(c + 352, vrelu(acc_r5v2));
    vstore(c + 368, vrelu(acc_r5v3));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k18_dense_fwd_relu_n128_k64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 4096; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* k18_dense_fwd_relu_n128_k64 — gemm kernel
 *   node n25 "dense_infer" (dense), from $.layers[5]
 *   node n26 "dense.relu_infer" (relu), from $.layers[5]
 *   in  flatten_out_infer          (128, 4096) NC
 *   in  dense/kernel               (4096, 64) IO
 *   in  dense/bias                 (64) C
 *   out dense_out_infer            (128, 64) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k18_dense_fwd_relu_n128_k64(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out_infer, int nb)
{
    /* C (nb x 64) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_kernel + j0 * 16;
            if (i0 < full_rows) {
                k18_dense_fwd_relu_n128_k64_tile_6x4(flatten_out_infer + (long)i0 * 4096, bg, bias_g, dense_out_infer + (long)i0 * 64 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k18_dense_fwd_relu_n128_k64_tile_1x4(flatten_out_infer + (long)i * 4096, bg, bias_g, dense_out_infer + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k19_reorder_64x10 — reorder kernel
 *   node n27 "reorder.dense_1/kernel.padded16.2" (reorder), from $.layers[6]
 *   in  dense_1/kernel             (64, 10) IO
 *   out dense_1/kernel.padded16.2  (64, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k19_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded16_2)
{
    /* dense_1/kernel -> dense_1/kernel.padded16.2 */
    /* (64, 10) -> padded (64, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 64; r++)
        for (int c = 0; c < 16; c++) dense_1_kernel_padded16_2[(long)r * 16 + c] = c < 10 ? dense_1_kernel[(long)r * 10 + c] : 0.0f;
}

/* k20_reorder_c10 — reorder kernel
 *   node n28 "reorder.dense_1/bias.padded16.2" (reorder), from $.layers[6]
 *   in  dense_1/bias               (10) C
 *   out dense_1/bias.padded16.2    (10) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k20_reorder_c10(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded16_2)
{
    /* dense_1/bias -> dense_1/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_1_bias_padded16_2[c] = c < 10 ? dense_1_bias[c] : 0.0f;
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k21_dense_fwd_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    vf acc_r1v0 = vload(bias + 0);
    vf acc_r2v0 = vload(bias + 0);
    vf acc_r3v0 = vload(bias + 0);
    vf acc_r4v0 = vload(bias + 0);
    vf acc_r5v0 = vload(bias + 0);
    vf acc_r6v0 = vload(bias + 0);
    vf acc_r7v0 = vload(bias + 0);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[448 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
    vstore_part(c + 10, acc_r1v0, 10);
    vstore_part(c + 20, acc_r2v0, 10);
    vstore_part(c + 30, acc_r3v0, 10);
    vstore_part(c + 40, acc_r4v0, 10);
    vstore_part(c + 50, acc_r5v0, 10);
    vstore_part(c + 60, acc_r6v0, 10);
    vstore_part(c + 70, acc_r7v0, 10);
}

/* 1 rows x 1 column vectors: 1 accumulators */
static inline __attribute__((always_inline)) void k21_dense_fwd_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k21_dense_fwd_n128_k10 — gemm kernel
 *   node n29 "dense_1_infer" (dense), from $.layers[6]
 *   in  dense_out_infer            (128, 64) NC
 *   in  dense_1/kernel.padded16.2  (64, 10) IO
 *   in  dense_1/bias.padded16.2    (10) C
 *   out dense_1_pre_infer          (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k21_dense_fwd_n128_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel_padded16_2, const float *restrict dense_1_bias_padded16_2, float *restrict dense_1_pre_infer, int nb)
{
    /* C (nb x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = nb / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = dense_1_bias_padded16_2 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_padded16_2 + j0 * 16;
            if (i0 < full_rows) {
                k21_dense_fwd_n128_k10_tile_8x1t(dense_out_infer + (long)i0 * 64, bg, bias_g, dense_1_pre_infer + (long)i0 * 10 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k21_dense_fwd_n128_k10_tile_1x1t(dense_out_infer + (long)i * 64, bg, bias_g, dense_1_pre_infer + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k22_dense_fwd_softmax_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    vf acc_r1v0 = vload(bias + 0);
    vf acc_r2v0 = vload(bias + 0);
    vf acc_r3v0 = vload(bias + 0);
    vf acc_r4v0 = vload(bias + 0);
    vf acc_r5v0 = vload(bias + 0);
    vf acc_r6v0 = vload(bias + 0);
    vf acc_r7v0 = vload(bias + 0);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[448 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
    vstore_part(c + 10, acc_r1v0, 10);
    vstore_part(c + 20, acc_r2v0, 10);
    vstore_part(c + 30, acc_r3v0, 10);
    vstore_part(c + 40, acc_r4v0, 10);
    vstore_part(c + 50, acc_r5v0, 10);
    vstore_part(c + 60, acc_r6v0, 10);
    vstore_part(c + 70, acc_r7v0, 10);
}

/* 1 rows x 1 column vectors: 1 accumulators */
static inline __attribute__((always_inline)) void k22_dense_fwd_softmax_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k22_dense_fwd_softmax_n128_k10 — gemm kernel
 *   node n30 "dense_1_predict_infer" (dense), from $.layers[6]
 *   node n31 "dense_1.softmax_infer" (softmax), from $.layers[6]
 *   in  dense_out_infer            (128, 64) NC
 *   in  dense_1/kernel.padded16.2  (64, 10) IO
 *   in  dense_1/bias.padded16.2    (10) C
 *   out dense_1_out_infer          (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k22_dense_fwd_softmax_n128_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel_padded16_2, const float *restrict dense_1_bias_padded16_2, float *restrict dense_1_out_infer, int nb)
{
    /* C (nb x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = nb / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = dense_1_bias_padded16_2 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_padded16_2 + j0 * 16;
            float z[80];  /* the tile's logits */
            if (i0 < full_rows) {
                k22_dense_fwd_softmax_n128_k10_tile_8x1t(dense_out_infer + (long)i0 * 64, bg, bias_g, z, db_g, 0, NULL);
                for (int i = 0; i < 8; i++)
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
                    k22_dense_fwd_softmax_n128_k10_tile_1x1t(dense_out_infer + (long)i * 64, bg, bias_g, z, i == 0 ? db_g : NULL, 0, NULL);
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

/* k23_softmax_ce_softmax_ce_bwd_n128_k10 — loss kernel
 *   node n32 "loss" (softmax_ce), from $.loss
 *   node n33 "dloss" (softmax_ce_bwd), from $.loss
 *   in  dense_1_pre                (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out ddense_1_pre               (128, 10) NC
 *   tmp dense_1_pre.per_sample     (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k23_softmax_ce_softmax_ce_bwd_n128_k10(const float *restrict dense_1_pre, const float *restrict y, float *restrict ddense_1_pre, float *restrict dense_1_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* k24_softmax_ce_n128_k10 — loss kernel
 *   node n34 "loss_eval" (softmax_ce), from $.loss
 *   in  dense_1_pre_infer          (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_1_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k24_softmax_ce_n128_k10(const float *restrict dense_1_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_1_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k25_dense_bwd_weights_64x10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero();
    vf acc_r1v0 = vzero();
    vf acc_r2v0 = vzero();
    vf acc_r3v0 = vzero();
    vf acc_r4v0 = vzero();
    vf acc_r5v0 = vzero();
    vf acc_r6v0 = vzero();
    vf acc_r7v0 = vzero();
    vf db0 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload_part(bm + (long)p * 10 + 0, 10);
        __builtin_prefetch(bm + (long)(p + 8) * 10 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 64]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[1 + (long)p * 64]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[2 + (long)p * 64]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[3 + (long)p * 64]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[4 + (long)p * 64]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[5 + (long)p * 64]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[6 + (long)p * 64]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[7 + (long)p * 64]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
        db0 += b0; 
    }
    vstore_part(c + 0, acc_r0v0, 10);
    vstore_part(c + 10, acc_r1v0, 10);
    vstore_part(c + 20, acc_r2v0, 10);
    vstore_part(c + 30, acc_r3v0, 10);
    vstore_part(c + 40, acc_r4v0, 10);
    vstore_part(c + 50, acc_r5v0, 10);
    vstore_part(c + 60, acc_r6v0, 10);
    vstore_part(c + 70, acc_r7v0, 10);
    if (dbias) vstore_part(dbias + 0, db0, 10);
}

/* 1 rows x 1 column vectors: 1 accumulators */
static inline __attribute__((always_inline)) void k25_dense_bwd_weights_64x10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero();
    vf db0 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload_part(bm + (long)p * 10 + 0, 10);
        __builtin_prefetch(bm + (long)(p + 8) * 10 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 64]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        db0 += b0; 
    }
    vstore_part(c + 0, acc_r0v0, 10);
    if (dbias) vstore_part(dbias + 0, db0, 10);
}

/* k25_dense_bwd_weights_64x10 — gemm kernel
 *   node n36 "ddense_1.weights" (dense_bwd_weights), from $.layers[6]
 *   in  ddense_1_pre               (128, 10) NC
 *   in  dense_out                  (128, 64) NC
 *   out ddense_1/kernel            (64, 10) IO
 *   out ddense_1/bias              (10) C
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k25_dense_bwd_weights_64x10(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* C (64 x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = 64 / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 64) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_1_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_1_pre + j0 * 16;
            if (i0 < full_rows) {
                k25_dense_bwd_weights_64x10_tile_8x1t(dense_out + (long)i0 * 1, bg, bias_g, ddense_1_kernel + (long)i0 * 10 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 64; i++) {  /* the last rows, one at a time */
                    k25_dense_bwd_weights_64x10_tile_1x1t(dense_out + (long)i * 1, bg, bias_g, ddense_1_kernel + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k26_reorder_64x10 — reorder kernel
 *   node n37 "reorder.dense_1/kernel.transposed64" (reorder), from $.layers[6]
 *   in  dense_1/kernel             (64, 10) IO
 *   out dense_1/kernel.transposed64 (64, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k26_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed64)
{
    /* dense_1/kernel -> dense_1/kernel.transposed64 */
    /* (64, 10) -> transposed (10, 64), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 10; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 64; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16 && r < 10; r++) dense_1_kernel_transposed64[(long)r * 64 + c] = dense_1_kernel[(long)c * 10 + r];
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k27_dense_bwd_data_relu_bwd_n128_k64_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[10 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[20 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[30 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[40 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[50 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
    vstore(c + 64, (vload(m + 64) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 80, (vload(m + 80) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 96, (vload(m + 96) > 0.0f ? acc_r1v2 : vzero()));
    vstore(c + 112, (vload(m + 112) > 0.0f ? acc_r1v3 : vzero()));
    vstore(c + 128, (vload(m + 128) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 144, (vload(m + 144) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 160, (vload(m + 160) > 0.0f ? acc_r2v2 : vzero()));
    vstore(c + 176, (vload(m + 176) > 0.0f ? acc_r2v3 : vzero()));
    vstore(c + 192, (vload(m + 192) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 208, (vload(m + 208) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 224, (vload(m + 224) > 0.0f ? acc_r3v2 : vzero()));
    vstore(c + 240, (vload(m + 240) > 0.0f ? acc_r3v3 : vzero()));
    vstore(c + 256, (vload(m + 256) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 272, (vload(m + 272) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 288, (vload(m + 288) > 0.0f ? acc_r4v2 : vzero()));
    vstore(c + 304, (vload(m + 304) > 0.0f ? acc_r4v3 : vzero()));
    vstore(c + 320, (vload(m + 320) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 336, (vload(m + 336) > 0.0f ? acc_r5v1 : vzero()));
    vstore(c + 352, (vload(m + 352) > 0.0f ? acc_r5v2 : vzero()));
    vstore(c + 368, (vload(m + 368) > 0.0f ? acc_r5v3 : vzero()));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k27_dense_bwd_data_relu_bwd_n128_k64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
}

/* k27_dense_bwd_data_relu_bwd_n128_k64 — gemm kernel
 *   node n38 "ddense_1.data" (dense_bwd_data), from $.layers[6]
 *   node n39 "ddense.relu" (relu_bwd), from $.layers[5]
 *   in  ddense_1_pre               (128, 10) NC
 *   in  dense_1/kernel.transposed64 (64, 10) IO
 *   in  dense_out                  (128, 64) NC
 *   out ddense_pre                 (128, 64) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k27_dense_bwd_data_relu_bwd_n128_k64(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed64, const float *restrict dense_out, float *restrict ddense_pre, int nb)
{
    /* C (nb x 64) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_transposed64 + j0 * 16;
            if (i0 < full_rows) {
                k27_dense_bwd_data_relu_bwd_n128_k64_tile_6x4(ddense_1_pre + (long)i0 * 10, bg, bias_g, ddense_pre + (long)i0 * 64 + j0 * 16, db_g, 0, dense_out + (long)i0 * 64 + j0 * 16);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k27_dense_bwd_data_relu_bwd_n128_k64_tile_1x4(ddense_1_pre + (long)i * 10, bg, bias_g, ddense_pre + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_out + (long)i * 64 + j0 * 16);
                }
            }
        }
}

/* 5 rows x 4 column vectors: 20 accumulators */
static inline __attribute__((always_inline)) void k28_dense_bwd_weights_4096x64_tile_5x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 4096]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[1 + (long)p * 4096]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[2 + (long)p * 4096]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[3 + (long)p * 4096]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[4 + (long)p * 4096]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        db0 += b0; db1 += b1; db2 += b2; db3 += b3; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
    vstore(c + 64, acc_r1v0);
    vstore(c + 80, acc_r1v1);
    vstore(c + 96, acc_r1v2);
    vstore(c + 112, acc_r1v3);
    vstore(c + 128, acc_r2v0);
    vstore(c + 144, acc_r2v1);
    vstore(c + 160, acc_r2v2);
    vstore(c + 176, acc_r2v3);
    vstore(c + 192, acc_r3v0);
    vstore(c + 208, acc_r3v1);
    vstore(c + 224, acc_r3v2);
    vstore(c + 240, acc_r3v3);
    vstore(c + 256, acc_r4v0);
    vstore(c + 272, acc_r4v1);
    vstore(c + 288, acc_r4v2);
    vstore(c + 304, acc_r4v3);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore(dbias + 32, db2);
    if (dbias) vstore(dbias + 48, db3);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k28_dense_bwd_weights_4096x64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 4096]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        db0 += b0; db1 += b1; db2 += b2; db3 += b3; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore(dbias + 32, db2);
    if (dbias) vstore(dbias + 48, db3);
}

/* k28_dense_bwd_weights_4096x64 — gemm kernel
 *   node n40 "ddense.weights" (dense_bwd_weights), from $.layers[5]
 *   in  ddense_pre                 (128, 64) NC
 *   in  flatten_out                (128, 4096) NC
 *   out ddense/kernel              (4096, 64) IO
 *   out ddense/bias                (64) C
 *   register tile: 5 rows x 4 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k28_dense_bwd_weights_4096x64(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* C (4096 x 64) in tiles of 5 rows x 4 vectors of 16 columns */
    const int full_rows = 4096 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 4096) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_pre + j0 * 16;
            if (i0 < full_rows) {
                k28_dense_bwd_weights_4096x64_tile_5x4(flatten_out + (long)i0 * 1, bg, bias_g, ddense_kernel + (long)i0 * 64 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 4096; i++) {  /* the last rows, one at a time */
                    k28_dense_bwd_weights_4096x64_tile_1x4(flatten_out + (long)i * 1, bg, bias_g, ddense_kernel + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k29_reorder_4096x64 — reorder kernel
 *   node n41 "reorder.dense/kernel.transposed4096" (reorder), from $.layers[5]
 *   in  dense/kernel               (4096, 64) IO
 *   out dense/kernel.transposed4096 (4096, 64) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k29_reorder_4096x64(const float *restrict dense_kernel, float *restrict dense_kernel_transposed4096)
{
    /* dense/kernel -> dense/kernel.transposed4096 */
    /* (4096, 64) -> transposed (64, 4096), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 64; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 4096; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16; r++) dense_kernel_transposed4096[(long)r * 4096 + c] = dense_kernel[(long)c * 64 + r];
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k30_dense_bwd_data_n128_k4096_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 4096 + 0), b1 = vload(bm + (long)p * 4096 + 16), b2 = vload(bm + (long)p * 4096 + 32), b3 = vload(bm + (long)p * 4096 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 4096 + 0); __builtin_prefetch(bm + (long)(p + 8) * 4096 + 16); __builtin_prefetch(bm + (long)(p + 8) * 4096 + 32); __builtin_prefetch(bm + (long)(p + 8) * 4096 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
    vstore(c + 4096, acc_r1v0);
    vstore(c + 4112, acc_r1v1);
    vstore(c + 4128, acc_r1v2);
    vstore(c + 4144, acc_r1v3);
    vstore(c + 8192, acc_r2v0);
    vstore(c + 8208, acc_r2v1);
    vstore(c + 8224, acc_r2v2);
    vstore(c + 8240, acc_r2v3);
    vstore(c + 12288, acc_r3v0);
    vstore(c + 12304, acc_r3v1);
    vstore(c + 12320, acc_r3v2);
    vstore(c + 12336, acc_r3v3);
    vstore(c + 16384, acc_r4v0);
    vstore(c + 16400, acc_r4v1);
    vstore(c + 16416, acc_r4v2);
    vstore(c + 16432, acc_r4v3);
    vstore(c + 20480, acc_r5v0);
    vstore(c + 20496, acc_r5v1);
    vstore(c + 20512, acc_r5v2);
    vstore(c + 20528, acc_r5v3);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k30_dense_bwd_data_n128_k4096_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 4096 + 0), b1 = vload(bm + (long)p * 4096 + 16), b2 = vload(bm + (long)p * 4096 + 32), b3 = vload(bm + (long)p * 4096 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 4096 + 0); __builtin_prefetch(bm + (long)(p + 8) * 4096 + 16); __builtin_prefetch(bm + (long)(p + 8) * 4096 + 32); __builtin_prefetch(bm + (long)(p + 8) * 4096 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
}

/* k30_dense_bwd_data_n128_k4096 — gemm kernel
 *   node n42 "ddense.data" (dense_bwd_data), from $.layers[5]
 *   in  ddense_pre                 (128, 64) NC
 *   in  dense/kernel.transposed4096 (4096, 64) IO
 *   out dflatten_out               (128, 4096) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k30_dense_bwd_data_n128_k4096(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed4096, float *restrict dflatten_out, int nb)
{
    /* C (nb x 4096) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 64; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_kernel_transposed4096 + j0 * 16;
            if (i0 < full_rows) {
                k30_dense_bwd_data_n128_k4096_tile_6x4(ddense_pre + (long)i0 * 64, bg, bias_g, dflatten_out + (long)i0 * 4096 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k30_dense_bwd_data_n128_k4096_tile_1x4(ddense_pre + (long)i * 64, bg, bias_g, dflatten_out + (long)i * 4096 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k31_dropout_bwd_n128_h8w8c64 — eltwise kernel
 *   node n43 "ddropout" (dropout_bwd), from $.layers[3]
 *   in  ddropout_out               (128, 8, 8, 64) NHWC
 *   in  dropout_mask               (128, 8, 8, 64) NHWC
 *   out dmax_pooling2d_out         (128, 8, 8, 64) nChw16c
 *   schedule: OpenMP over samples; ISA avx512 */
void k31_dropout_bwd_n128_h8w8c64(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dmax_pooling2d_out, int nb)
{
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int h = 0; h < 8; h++)
                for (int w = 0; w < 8; w++) {
                    const long b = ((long)(n) * 4096 + (long)((cb * 16) / 16) * 1024 + (long)((h) + 0) * 128 + ((w) + 0) * 16 + (cb * 16) % 16);  /* in dmax_pooling2d_out */
                    const long e = (((long)n * 8 + h) * 8 + w) * 64 + cb * 16;  /* logical NHWC */
                    vstore(dmax_pooling2d_out + b, vload(ddropout_out + e) * vload(dropout_mask + e));
                }
}

/* k32_maxpool_bwd_relu_bwd_n128_h24w24c64 — pool kernel
 *   node n44 "dmax_pooling2d" (maxpool_bwd), from $.layers[2]
 *   node n45 "dconv2d_1.relu" (relu_bwd), from $.layers[1]
 *   in  dmax_pooling2d_out         (128, 8, 8, 64) nChw16c
 *   in  max_pooling2d_out.argmax   (128, 8, 8, 64) nChw16c
 *   out dconv2d_1_pre              (128, 24, 24, 64) nChw16c, halo 2 2 2 2
 *   window 3x3, strides 3x3, padding top 0 left 0
 *   schedule: OpenMP over samples; ISA avx512 */
void k32_maxpool_bwd_relu_bwd_n128_h24w24c64(const float *restrict dmax_pooling2d_out, const uint8_t *restrict max_pooling2d_out_argmax, float *restrict dconv2d_1_pre, int nb)
{
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++) {
            float *dxn = dconv2d_1_pre + (long)n * 50176 + (long)cb * 12544;
            for (int hp = 0; hp < 28; hp++) {  /* the pixels no window covers */
                if (hp < 2 || hp >= 26) { memset(dxn + (long)hp * 448, 0, sizeof(float) * 448); continue; }
                memset(dxn + (long)hp * 448, 0, sizeof(float) * 32);
                memset(dxn + (long)hp * 448 + 416, 0, sizeof(float) * 32);
            }
            for (int i = 0; i < 8; i++)
                for (int j = 0; j < 8; j++) {
                    float *dp = dxn + (long)(i * 3 + 2) * 448 + (long)(j * 3 + 2) * 16;
                    vf d = vload(dmax_pooling2d_out + (long)n * 4096 + (long)cb * 1024 + (long)(i + 0) * 128 + (long)(j + 0) * 16);
                    const vi a8 = vload_bytes(max_pooling2d_out_argmax + (long)n * 4096 + (long)cb * 1024 + (long)i * 128 + (long)j * 16);
                    const vi at = a8 & 0x7f;
                    d = (a8 & 0x80) != 0 ? d : vzero();  /* relu'(the maximum) */
                    vstore(dp + 0, at == 0 ? d : vzero());
                    vstore(dp + 16, at == 1 ? d : vzero());
                    vstore(dp + 32, at == 2 ? d : vzero());
                    vstore(dp + 448, at == 3 ? d : vzero());
                    vstore(dp + 464, at == 4 ? d : vzero());
                    vstore(dp + 480, at == 5 ? d : vzero());
                    vstore(dp + 896, at == 6 ? d : vzero());
                    vstore(dp + 912, at == 7 ? d : vzero());
                    vstore(dp + 928, at == 8 ? d : vzero());
                }
        }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 1136 floats apart) */
static inline __attribute__((always_inline)) void k33_conv2d_bwd_weights_3x3x32x64_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 416 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 1136, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 1136, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 1136, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 1136, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 1136, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 1136, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2256 floats apart); returns the block's sum (the bias gradient's) */
static inline __attribute__((always_inline)) vf k33_conv2d_bwd_weights_3x3x32x64_dy(const float *restrict dp, float *restrict mp)
{
    vf d[4][4], r[6][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) d[i][j] = vload(dp + i * 448 + j * 16);
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
        vstore(mp + (i * 6 + 0) * 2256, r[i][0]);
        vstore(mp + (i * 6 + 1) * 2256, r[i][0] + r[i][1] + r[i][2] + r[i][3]);
        vstore(mp + (i * 6 + 2) * 2256, r[i][0] - r[i][1] + r[i][2] - r[i][3]);
        vstore(mp + (i * 6 + 3) * 2256, r[i][0] + r[i][1] * 2.0f + r[i][2] * 4.0f + r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 4) * 2256, r[i][0] - r[i][1] * 2.0f + r[i][2] * 4.0f - r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 5) * 2256, r[i][3]);
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) sum += d[i][j];
    return sum;
}

/* dU[pos] += V[pos] dM[pos] over a block's 35 tiles, 4 input channels x 4 dy vectors of accumulators:
 * vp at V[pos][cb][0] + ic0, mp at dM[pos][fb0][0], up at dU[pos][c0][f0] (rows of 64) */
static inline __attribute__((always_inline)) void k33_conv2d_bwd_weights_3x3x32x64_product(const float *restrict vp, const float *restrict mp, float *restrict up)
{
    vf acc_c0v0 = vload(up + 0), acc_c0v1 = vload(up + 16), acc_c0v2 = vload(up + 32), acc_c0v3 = vload(up + 48);
    vf acc_c1v0 = vload(up + 64), acc_c1v1 = vload(up + 80), acc_c1v2 = vload(up + 96), acc_c1v3 = vload(up + 112);
    vf acc_c2v0 = vload(up + 128), acc_c2v1 = vload(up + 144), acc_c2v2 = vload(up + 160), acc_c2v3 = vload(up + 176);
    vf acc_c3v0 = vload(up + 192), acc_c3v1 = vload(up + 208), acc_c3v2 = vload(up + 224), acc_c3v3 = vload(up + 240);
    for (int j = 0; j < 35; j++) {
        const vf m0 = vload(mp + 0 + j * 16), m1 = vload(mp + 560 + j * 16), m2 = vload(mp + 1120 + j * 16), m3 = vload(mp + 1680 + j * 16);
        { const vf vb = vbcast(vp[j * 16 + 0]); acc_c0v0 = vfma(vb, m0, acc_c0v0); acc_c0v1 = vfma(vb, m1, acc_c0v1); acc_c0v2 = vfma(vb, m2, acc_c0v2); acc_c0v3 = vfma(vb, m3, acc_c0v3); }
        { const vf vb = vbcast(vp[j * 16 + 1]); acc_c1v0 = vfma(vb, m0, acc_c1v0); acc_c1v1 = vfma(vb, m1, acc_c1v1); acc_c1v2 = vfma(vb, m2, acc_c1v2); acc_c1v3 = vfma(vb, m3, acc_c1v3); }
        { const vf vb = vbcast(vp[j * 16 + 2]); acc_c2v0 = vfma(vb, m0, acc_c2v0); acc_c2v1 = vfma(vb, m1, acc_c2v1); acc_c2v2 = vfma(vb, m2, acc_c2v2); acc_c2v3 = vfma(vb, m3, acc_c2v3); }
        { const vf vb = vbcast(vp[j * 16 + 3]); acc_c3v0 = vfma(vb, m0, acc_c3v0); acc_c3v1 = vfma(vb, m1, acc_c3v1); acc_c3v2 = vfma(vb, m2, acc_c3v2); acc_c3v3 = vfma(vb, m3, acc_c3v3); }
    }
    vstore(up + 0, acc_c0v0);
    vstore(up + 16, acc_c0v1);
    vstore(up + 32, acc_c0v2);
    vstore(up + 48, acc_c0v3);
    vstore(up + 64, acc_c1v0);
    vstore(up + 80, acc_c1v1);
    vstore(up + 96, acc_c1v2);
    vstore(up + 112, acc_c1v3);
    vstore(up + 128, acc_c2v0);
    vstore(up + 144, acc_c2v1);
    vstore(up + 160, acc_c2v2);
    vstore(up + 176, acc_c2v3);
    vstore(up + 192, acc_c3v0);
    vstore(up + 208, acc_c3v1);
    vstore(up + 224, acc_c3v2);
    vstore(up + 240, acc_c3v3);
}

/* k33_conv2d_bwd_weights_3x3x32x64 — conv_bwd_weights kernel
 *   node n46 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[1]
 *   in  dconv2d_1_pre              (128, 24, 24, 64) nChw16c, halo 2 2 2 2
 *   in  conv2d_out                 (128, 26, 26, 32) nChw16c
 *   out dconv2d_1/kernel.part      (3, 3, 32, 64) 16-blocked
 *   out dconv2d_1/bias.part        (64) C
 *   tmp dconv2d_1/kernel.part.partial (147584) C, scratch
 *   tmp dconv2d_1/kernel.part.winograd_tiles (244224) C, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   Winograd F(4x4, 3x3): weight-gradient products of 4 dy vectors x 4 input channels, summed over blocks of 35 tiles
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k33_conv2d_bwd_weights_3x3x32x64(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, float *restrict dconv2d_1_kernel_part_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 6 x 6 tiles of 4x4 dy pixels per sample, in blocks of 35, in 2 chunks
       of consecutive blocks, each into its partial sums dconv2d_1_kernel_part_partial[chunk]: dU[36][32][64] then db[64] */
    const long ntiles = (long)nb * 36, nblocks = (ntiles + 34) / 35;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pu = dconv2d_1_kernel_part_partial + (long)t * 73792, *pb = pu + 73728;
        float *vs = dconv2d_1_kernel_part_winograd_tiles + (long)t * 122112, *ms = vs + 40896;  /* the chunk's V and dM */
        memset(pu, 0, sizeof(float) * 73792);
        vf db[4];
        for (int fb = 0; fb < 4; fb++) db[fb] = vzero();
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 35;
            for (int j = 0; j < 35; j++) {  /* the transforms of x and dy */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++) {
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 1136 + ((long)cb * 35 + j) * 16, vzero());
                        for (int fb = 0; fb < 4; fb++) vstore(ms + pos * 2256 + ((long)fb * 35 + j) * 16, vzero());
                    }
                    continue;
                }
                const int n = (int)(q / 36), ti = (int)(q % 36) / 6, tj = (int)(q % 6);
                const float *xp = conv2d_out + (long)n * 21632 + (long)(0 + 4 * ti) * 416 + (long)(0 + 4 * tj) * 16;
                const float *dp = dconv2d_1_pre + (long)n * 50176 + (long)(2 + 4 * ti) * 448 + (long)(2 + 4 * tj) * 16;
                for (int cb = 0; cb < 2; cb++) k33_conv2d_bwd_weights_3x3x32x64_input(xp + (long)cb * 10816, vs + ((long)cb * 35 + j) * 16);
                for (int fb = 0; fb < 4; fb++) db[fb] += k33_conv2d_bwd_weights_3x3x32x64_dy(dp + (long)fb * 12544, ms + ((long)fb * 35 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* dU += V dM */
                for (int c0 = 0; c0 < 32; c0 += 4)
                    for (int fb = 0; fb < 4; fb += 4)
                        k33_conv2d_bwd_weights_3x3x32x64_product(vs + pos * 1136 + (long)(c0 / 16) * 560 + c0 % 16, ms + pos * 2256 + (long)fb * 560,
                                                         pu + pos * 2048 + (long)c0 * 64 + fb * 16);
        }
        for (int fb = 0; fb < 4; fb++) vstore(pb + fb * 16, db[fb]);
    }
    /* dg = G^T (sum of the chunks' dU, in chunk order) G, per input channel and dy vector */
    #pragma omp for schedule(static)
    for (int u = 0; u < 128; u++) {
        const int fb = u / 32, c = u % 32;
        vf du[6][6], a[3][6];
        for (int pos = 0; pos < 36; pos++) {
            const long o = pos * 2048 + (long)c * 64 + fb * 16;
            vf s = vload(dconv2d_1_kernel_part_partial + o);
            for (int t = 1; t < 2; t++) s += vload(dconv2d_1_kernel_part_partial + (long)t * 73792 + o);
            du[pos / 6][pos % 6] = s;
        }
        for (int q = 0; q < 6; q++) {  /* G^T dU */
            a[0][q] = du[0][q] * 0.25f - du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.0416666679f + du[4][q] * 0.0416666679f;
            a[1][q] = -du[1][q] * 0.166666672f + du[2][q] * 0.166666672f + du[3][q] * 0.0833333358f - du[4][q] * 0.0833333358f;
            a[2][q] = -du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.166666672f + du[4][q] * 0.166666672f + du[5][q];
        }
        float *dwp = dconv2d_1_kernel_part + (long)fb * 4608 + (long)(c / 16) * 2304 + (c % 16) * 16;  /* tap (0, 0) */
        for (int p = 0; p < 3; p++) {  /* (G^T dU) G */
            vstore(dwp + (p * 3 + 0) * 256, a[p][0] * 0.25f - a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.0416666679f + a[p][4] * 0.0416666679f);
            vstore(dwp + (p * 3 + 1) * 256, -a[p][1] * 0.166666672f + a[p][2] * 0.166666672f + a[p][3] * 0.0833333358f - a[p][4] * 0.0833333358f);
            vstore(dwp + (p * 3 + 2) * 256, -a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.166666672f + a[p][4] * 0.166666672f + a[p][5]);
        }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 64; f += 16) {
        vf s = vload(dconv2d_1_kernel_part_partial + 73728 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_1_kernel_part_partial + (long)t * 73792 + 73728 + f);
        vstore(dconv2d_1_bias_part + f, s);
    }
}

/* k34_reorder_3x3x32x64 — reorder kernel
 *   node n47 "reorder.dconv2d_1/kernel" (reorder), from $.layers[1]
 *   in  dconv2d_1/kernel.part      (3, 3, 32, 64) 16-blocked
 *   out dconv2d_1/kernel           (3, 3, 32, 64) HWIO
 *   schedule: OpenMP over elements; ISA avx512 */
void k34_reorder_3x3x32x64(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)
{
    /* dconv2d_1/kernel.part -> dconv2d_1/kernel */
    /* (4, 2, 3, 3, 16, 16) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 32, 64) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 32; c++)
                for (int f = 0; f < 64; f++)
                    dconv2d_1_kernel[((kh * 3 + kw) * 32 + c) * 64 + f] = dconv2d_1_kernel_part[((((long)(f / 16) * 2 + c / 16) * 3 + kh) * 3 + kw) * 256 + (c % 16) * 16 + f % 16];
}

/* k35_reorder_c64 — reorder kernel
 *   node n48 "reorder.dconv2d_1/bias" (reorder), from $.layers[1]
 *   in  dconv2d_1/bias.part        (64) C
 *   out dconv2d_1/bias             (64) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k35_reorder_c64(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)
{
    /* dconv2d_1/bias.part -> dconv2d_1/bias */
    #pragma omp single
    for (int c = 0; c < 64; c++) dconv2d_1_bias[c] = dconv2d_1_bias_part[c];
}

/* k36_reorder_3x3x32x64 — reorder kernel
 *   node n49 "reorder.conv2d_1/kernel.flipped16" (reorder), from $.layers[1]
 *   in  conv2d_1/kernel            (3, 3, 32, 64) HWIO
 *   out conv2d_1/kernel.flipped16  (3, 3, 32, 64) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k36_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped16)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.flipped16 */
    /* (3, 3, 32, 64) HWIO -> (2, 4, 3, 3, 16, 16): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 2; cb++)
        for (int fb = 0; fb < 4; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 16; fl++)
                        for (int cl = 0; cl < 16; cl++) {
                            const int c = cb * 16 + cl, f = fb * 16 + fl;
                            conv2d_1_kernel_flipped16[((((long)cb * 4 + fb) * 3 + p) * 3 + q) * 256 + fl * 16 + cl] = c < 32 && f < 64 ? conv2d_1_kernel[(((2 - p) * 3 + (2 - q)) * 32 + c) * 64 + f] : 0.0f;
                        }
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_weights(const float *restrict gp, float *restrict u)
{
    vf g[3][3], a[6][3];
    for (int p = 0; p < 3; p++)
        for (int q = 0; q < 3; q++) g[p][q] = vload(gp + (p * 3 + q) * 256);
    for (int q = 0; q < 3; q++) {  /* G g */
        a[0][q] = g[0][q] * 0.25f;
        a[1][q] = -g[0][q] * 0.166666672f - g[1][q] * 0.166666672f - g[2][q] * 0.166666672f;
        a[2][q] = -g[0][q] * 0.166666672f + g[1][q] * 0.166666672f - g[2][q] * 0.166666672f;
        a[3][q] = g[0][q] * 0.0416666679f + g[1][q] * 0.0833333358f + g[2][q] * 0.166666672f;
        a[4][q] = g[0][q] * 0.0416666679f - g[1][q] * 0.0833333358f + g[2][q] * 0.166666672f;
        a[5][q] = g[2][q];
    }
    for (int r = 0; r < 6; r++) {  /* (G g) G^T */
        vstore(u + (r * 6 + 0) * 1024, a[r][0] * 0.25f);
        vstore(u + (r * 6 + 1) * 1024, -a[r][0] * 0.166666672f - a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 2) * 1024, -a[r][0] * 0.166666672f + a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 3) * 1024, a[r][0] * 0.0416666679f + a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 4) * 1024, a[r][0] * 0.0416666679f - a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 5) * 1024, a[r][2]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 528 floats apart) */
static inline __attribute__((always_inline)) void k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 448 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 528, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 528, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 528, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 528, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 528, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 528, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 528 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = r < nr && c < nc ? vload(xp + r * 448 + c * 16) : vzero();
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 528, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 528, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 528, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 528, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 528, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 528, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 8 tiles x 2 output-channel vectors, 16 accumulators, over 64 input channels */
static inline __attribute__((always_inline)) void k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    vf acc_t6v0 = vzero(), acc_t6v1 = vzero();
    vf acc_t7v0 = vzero(), acc_t7v1 = vzero();
    for (int cb = 0; cb < 4; cb++) {
        const float *vs = vp + (long)cb * 128, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16), u1 = vload(us + 36864 + ic * 16);
            { const vf vb = vbcast(vs[0 + ic]); acc_t0v0 = vfma(vb, u0, acc_t0v0); acc_t0v1 = vfma(vb, u1, acc_t0v1); }
            { const vf vb = vbcast(vs[16 + ic]); acc_t1v0 = vfma(vb, u0, acc_t1v0); acc_t1v1 = vfma(vb, u1, acc_t1v1); }
            { const vf vb = vbcast(vs[32 + ic]); acc_t2v0 = vfma(vb, u0, acc_t2v0); acc_t2v1 = vfma(vb, u1, acc_t2v1); }
            { const vf vb = vbcast(vs[48 + ic]); acc_t3v0 = vfma(vb, u0, acc_t3v0); acc_t3v1 = vfma(vb, u1, acc_t3v1); }
            { const vf vb = vbcast(vs[64 + ic]); acc_t4v0 = vfma(vb, u0, acc_t4v0); acc_t4v1 = vfma(vb, u1, acc_t4v1); }
            { const vf vb = vbcast(vs[80 + ic]); acc_t5v0 = vfma(vb, u0, acc_t5v0); acc_t5v1 = vfma(vb, u1, acc_t5v1); }
            { const vf vb = vbcast(vs[96 + ic]); acc_t6v0 = vfma(vb, u0, acc_t6v0); acc_t6v1 = vfma(vb, u1, acc_t6v1); }
            { const vf vb = vbcast(vs[112 + ic]); acc_t7v0 = vfma(vb, u0, acc_t7v0); acc_t7v1 = vfma(vb, u1, acc_t7v1); }
        }
    }
    vstore(mp + 0, acc_t0v0);
    vstore(mp + 128, acc_t0v1);
    vstore(mp + 16, acc_t1v0);
    vstore(mp + 144, acc_t1v1);
    vstore(mp + 32, acc_t2v0);
    vstore(mp + 160, acc_t2v1);
    vstore(mp + 48, acc_t3v0);
    vstore(mp + 176, acc_t3v1);
    vstore(mp + 64, acc_t4v0);
    vstore(mp + 192, acc_t4v1);
    vstore(mp + 80, acc_t5v0);
    vstore(mp + 208, acc_t5v1);
    vstore(mp + 96, acc_t6v0);
    vstore(mp + 224, acc_t6v1);
    vstore(mp + 112, acc_t7v0);
    vstore(mp + 240, acc_t7v1);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 272 floats apart), yp at its output pixel (0, 0); then the ReLU backward (kp: the ReLU's output, laid out as yp) */
static inline __attribute__((always_inline)) void k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)bp;
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 272);
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
            float *o = yp + r * 416 + c * 16;
            vstore(o, (vload(kp + (o - yp)) > 0.0f ? y[r][c] : vzero()));
        }
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 272 floats apart), yp at its output pixel (0, 0); then the ReLU backward (kp: the ReLU's output, laid out as yp); only the first vr rows and vc columns are stored */
static inline __attribute__((always_inline)) void k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_output_edge(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp, int vr, int vc)
{
    (void)bp;
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 272);
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
            float *o = yp + r * 416 + c * 16;
            vstore(o, (vload(kp + (o - yp)) > 0.0f ? y[r][c] : vzero()));
        }
}

/* k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32 — conv_bwd_data kernel
 *   node n50 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[1]
 *   node n51 "dconv2d.relu" (relu_bwd), from $.layers[0]
 *   in  dconv2d_1_pre              (128, 24, 24, 64) nChw16c, halo 2 2 2 2
 *   in  conv2d_1/kernel.flipped16  (3, 3, 32, 64) 16-blocked
 *   in  conv2d_out                 (128, 26, 26, 32) nChw16c
 *   out dconv2d_pre                (128, 26, 26, 32) nChw16c
 *   tmp conv2d_1/kernel.flipped16.winograd (73728) C, scratch
 *   tmp dconv2d_1_pre.winograd_tiles (57600) C, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 8 tiles, in blocks of 8 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel_flipped16, const float *restrict conv2d_out, float *restrict dconv2d_pre, float *restrict conv2d_1_kernel_flipped16_winograd, float *restrict dconv2d_1_pre_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 6 x 7 tiles of 4x4 output pixels per sample, in blocks of 8;
       products of 8 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 128; u++) {
        const int ocb = u / 64, c = u % 64;
        k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_weights(conv2d_1_kernel_flipped16 + (long)ocb * 9216 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_1_kernel_flipped16_winograd + (long)ocb * 36864 + (long)c * 16);
    }
    /* 2. blocks of 8 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 49, nblocks = (ntiles + 7) / 8;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = dconv2d_1_pre_winograd_tiles + (long)t * 28800, *ms = vs + 19008;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 8;
            for (int j = 0; j < 8; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 4; cb++) vstore(vs + pos * 528 + ((long)cb * 8 + j) * 16, vzero());
                    continue;
                }
                const int n = (int)(q / 49), ti = (int)(q % 49) / 7, tj = (int)(q % 7);
                const float *xp = dconv2d_1_pre + (long)n * 50176 + (long)(0 + 4 * ti) * 448 + (long)(0 + 4 * tj) * 16;
                if (ti == 6 || tj == 6)  /* the last tile row or column: x stores 4 rows, 4 columns of it */
                    for (int cb = 0; cb < 4; cb++)
                        k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_input_edge(xp + (long)cb * 12544, vs + ((long)cb * 8 + j) * 16, ti == 6 ? 4 : 6, tj == 6 ? 4 : 6);
                else
                    for (int cb = 0; cb < 4; cb++) k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_input(xp + (long)cb * 12544, vs + ((long)cb * 8 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 8; j += 8)
                        k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_product(vs + pos * 528 + (long)j * 16, conv2d_1_kernel_flipped16_winograd + (long)og * 73728 + pos * 1024,
                                                                    ms + pos * 272 + ((long)og * 16 + j) * 16);
            for (int j = 0; j < 8 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 49), ti = (int)(q % 49) / 7, tj = (int)(q % 7);
                float *yp = dconv2d_pre + (long)n * 21632 + (long)(0 + 4 * ti) * 416 + (long)(0 + 4 * tj) * 16;
                if (ti == 6 || tj == 6)  /* the last tile row or column: 2 rows, 2 columns of it exist */
                    for (int kb = 0; kb < 2; kb++)
                        k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_output_edge(ms + ((long)kb * 8 + j) * 16, NULL, yp + (long)kb * 10816, conv2d_out + (yp - dconv2d_pre) + (long)kb * 10816, ti == 6 ? 2 : 4, tj == 6 ? 2 : 4);
                else
                    for (int kb = 0; kb < 2; kb++)
                        k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32_output(ms + ((long)kb * 8 + j) * 16, NULL, yp + (long)kb * 10816, conv2d_out + (yp - dconv2d_pre) + (long)kb * 10816);
            }
        }
    }
}

/* k38_conv2d_bwd_weights_3x3x1x32 — conv_bwd_weights kernel
 *   node n52 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[0]
 *   in  dconv2d_pre                (128, 26, 26, 32) nChw16c
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out dconv2d/kernel.part        (3, 3, 1, 32) 16-blocked
 *   out dconv2d/bias.part          (32) C
 *   tmp dconv2d/kernel.part.partial (640) C, scratch
 *   window 3x3, strides 1x1, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 3x3 filter taps, 1 input channels a step
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k38_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_pre, const float *restrict x, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_kernel_part_partial[chunk] (288 weights + 32 biases) */
    const long wsz = 320;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            const float *dyn = dconv2d_pre + (long)n * 21632 + (long)0 * 416 + 0;
            const float *xn = x + (long)n * 784 + (long)(0 - 0) * 28 + (long)(0 - 0) * 1;
            for (int fg = 0; fg < 1; fg++)
            for (int cb = 0; cb < 1; cb++)
            for (int c0 = 0; c0 < 1; c0 += 1)
            for (int kh0 = 0; kh0 < 3; kh0 += 3)
            for (int kw0 = 0; kw0 < 3; kw0 += 3) {
                float *pt = pw + (long)fg * 288 + (((long)cb * 3 + kh0) * 3 + kw0) * 16 + c0 * 16;
                vf acc_t00c0v0 = vload(pt + 0), acc_t00c0v1 = vload(pt + 144);
                vf acc_t01c0v0 = vload(pt + 16), acc_t01c0v1 = vload(pt + 160);
                vf acc_t02c0v0 = vload(pt + 32), acc_t02c0v1 = vload(pt + 176);
                vf acc_t10c0v0 = vload(pt + 48), acc_t10c0v1 = vload(pt + 192);
                vf acc_t11c0v0 = vload(pt + 64), acc_t11c0v1 = vload(pt + 208);
                vf acc_t12c0v0 = vload(pt + 80), acc_t12c0v1 = vload(pt + 224);
                vf acc_t20c0v0 = vload(pt + 96), acc_t20c0v1 = vload(pt + 240);
                vf acc_t21c0v0 = vload(pt + 112), acc_t21c0v1 = vload(pt + 256);
                vf acc_t22c0v0 = vload(pt + 128), acc_t22c0v1 = vload(pt + 272);
                if (cb == 0 && c0 == 0 && kh0 == 0 && kw0 == 0) {  /* with the bias sums */
                    vf sb0 = vzero(), sb1 = vzero();
                    for (int i = 0; i < 26; i++)
                        for (int j = 0; j < 26; j++) {
                            const float *xs = xn + (long)cb * 0 + (long)(i * 1 + kh0) * 28 + (long)(j * 1 + kw0) * 1 + c0;
                            const vf d0 = vload(dyn + (long)(fg * 2 + 0) * 10816 + (long)i * 416 + j * 16);
                            const vf d1 = vload(dyn + (long)(fg * 2 + 1) * 10816 + (long)i * 416 + j * 16);
                            sb0 += d0; sb1 += d1;
                            { const vf xb = vbcast(xs[0]); acc_t00c0v0 = vfma(xb, d0, acc_t00c0v0); acc_t00c0v1 = vfma(xb, d1, acc_t00c0v1); }
                            { const vf xb = vbcast(xs[1]); acc_t01c0v0 = vfma(xb, d0, acc_t01c0v0); acc_t01c0v1 = vfma(xb, d1, acc_t01c0v1); }
                            { const vf xb = vbcast(xs[2]); acc_t02c0v0 = vfma(xb, d0, acc_t02c0v0); acc_t02c0v1 = vfma(xb, d1, acc_t02c0v1); }
                            { const vf xb = vbcast(xs[28]); acc_t10c0v0 = vfma(xb, d0, acc_t10c0v0); acc_t10c0v1 = vfma(xb, d1, acc_t10c0v1); }
                            { const vf xb = vbcast(xs[29]); acc_t11c0v0 = vfma(xb, d0, acc_t11c0v0); acc_t11c0v1 = vfma(xb, d1, acc_t11c0v1); }
                            { const vf xb = vbcast(xs[30]); acc_t12c0v0 = vfma(xb, d0, acc_t12c0v0); acc_t12c0v1 = vfma(xb, d1, acc_t12c0v1); }
                            { const vf xb = vbcast(xs[56]); acc_t20c0v0 = vfma(xb, d0, acc_t20c0v0); acc_t20c0v1 = vfma(xb, d1, acc_t20c0v1); }
                            { const vf xb = vbcast(xs[57]); acc_t21c0v0 = vfma(xb, d0, acc_t21c0v0); acc_t21c0v1 = vfma(xb, d1, acc_t21c0v1); }
                            { const vf xb = vbcast(xs[58]); acc_t22c0v0 = vfma(xb, d0, acc_t22c0v0); acc_t22c0v1 = vfma(xb, d1, acc_t22c0v1); }
                        }
                    vstore(pw + 288 + (fg * 2 + 0) * 16, vload(pw + 288 + (fg * 2 + 0) * 16) + sb0);
                    vstore(pw + 288 + (fg * 2 + 1) * 16, vload(pw + 288 + (fg * 2 + 1) * 16) + sb1);
                } else {
                    for (int i = 0; i < 26; i++)
                        for (int j = 0; j < 26; j++) {
                            const float *xs = xn + (long)cb * 0 + (long)(i * 1 + kh0) * 28 + (long)(j * 1 + kw0) * 1 + c0;
                            const vf d0 = vload(dyn + (long)(fg * 2 + 0) * 10816 + (long)i * 416 + j * 16);
                            const vf d1 = vload(dyn + (long)(fg * 2 + 1) * 10816 + (long)i * 416 + j * 16);
                            { const vf xb = vbcast(xs[0]); acc_t00c0v0 = vfma(xb, d0, acc_t00c0v0); acc_t00c0v1 = vfma(xb, d1, acc_t00c0v1); }
                            { const vf xb = vbcast(xs[1]); acc_t01c0v0 = vfma(xb, d0, acc_t01c0v0); acc_t01c0v1 = vfma(xb, d1, acc_t01c0v1); }
                            { const vf xb = vbcast(xs[2]); acc_t02c0v0 = vfma(xb, d0, acc_t02c0v0); acc_t02c0v1 = vfma(xb, d1, acc_t02c0v1); }
                            { const vf xb = vbcast(xs[28]); acc_t10c0v0 = vfma(xb, d0, acc_t10c0v0); acc_t10c0v1 = vfma(xb, d1, acc_t10c0v1); }
                            { const vf xb = vbcast(xs[29]); acc_t11c0v0 = vfma(xb, d0, acc_t11c0v0); acc_t11c0v1 = vfma(xb, d1, acc_t11c0v1); }
                            { const vf xb = vbcast(xs[30]); acc_t12c0v0 = vfma(xb, d0, acc_t12c0v0); acc_t12c0v1 = vfma(xb, d1, acc_t12c0v1); }
                            { const vf xb = vbcast(xs[56]); acc_t20c0v0 = vfma(xb, d0, acc_t20c0v0); acc_t20c0v1 = vfma(xb, d1, acc_t20c0v1); }
                            { const vf xb = vbcast(xs[57]); acc_t21c0v0 = vfma(xb, d0, acc_t21c0v0); acc_t21c0v1 = vfma(xb, d1, acc_t21c0v1); }
                            { const vf xb = vbcast(xs[58]); acc_t22c0v0 = vfma(xb, d0, acc_t22c0v0); acc_t22c0v1 = vfma(xb, d1, acc_t22c0v1); }
                        }
                }
                vstore(pt + 0, acc_t00c0v0);
                vstore(pt + 144, acc_t00c0v1);
                vstore(pt + 16, acc_t01c0v0);
                vstore(pt + 160, acc_t01c0v1);
                vstore(pt + 32, acc_t02c0v0);
                vstore(pt + 176, acc_t02c0v1);
                vstore(pt + 48, acc_t10c0v0);
                vstore(pt + 192, acc_t10c0v1);
                vstore(pt + 64, acc_t11c0v0);
                vstore(pt + 208, acc_t11c0v1);
                vstore(pt + 80, acc_t12c0v0);
                vstore(pt + 224, acc_t12c0v1);
                vstore(pt + 96, acc_t20c0v0);
                vstore(pt + 240, acc_t20c0v1);
                vstore(pt + 112, acc_t21c0v0);
                vstore(pt + 256, acc_t21c0v1);
                vstore(pt + 128, acc_t22c0v0);
                vstore(pt + 272, acc_t22c0v1);
            }
        }
    }
    /* the partial sums in chunk order */
    #pragma omp for schedule(static)
    for (long e = 0; e < 288; e += 16) {
        vf s = vload(dconv2d_kernel_part_partial + e);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_kernel_part_partial + (long)t * wsz + e);
        vstore(dconv2d_kernel_part + e, s);
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f += 16) {
        vf s = vload(dconv2d_kernel_part_partial + 288 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_kernel_part_partial + (long)t * wsz + 288 + f);
        vstore(dconv2d_bias_part + f, s);
    }
}

/* k39_reorder_3x3x1x32 — reorder kernel
 *   node n53 "reorder.dconv2d/kernel" (reorder), from $.layers[0]
 *   in  dconv2d/kernel.part        (3, 3, 1, 32) 16-blocked
 *   out dconv2d/kernel             (3, 3, 1, 32) HWIO
 *   schedule: OpenMP over elements; ISA avx512 */
void k39_reorder_3x3x1x32(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)
{
    /* dconv2d/kernel.part -> dconv2d/kernel */
    /* (2, 1, 3, 3, 1, 16) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 1, 32) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 1; c++)
                for (int f = 0; f < 32; f++)
                    dconv2d_kernel[((kh * 3 + kw) * 1 + c) * 32 + f] = dconv2d_kernel_part[((((long)(f / 16) * 1 + c / 1) * 3 + kh) * 3 + kw) * 16 + (c % 1) * 16 + f % 16];
}

/* k40_reorder_c32 — reorder kernel
 *   node n54 "reorder.dconv2d/bias" (reorder), from $.layers[0]
 *   in  dconv2d/bias.part          (32) C
 *   out dconv2d/bias               (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k40_reorder_c32(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)
{
    /* dconv2d/bias.part -> dconv2d/bias */
    #pragma omp single
    for (int c = 0; c < 32; c++) dconv2d_bias[c] = dconv2d_bias_part[c];
}

/* k41_sgd_update_p281680 — optimizer kernel
 *   node n55 "sgd" (sgd_update), from $.optimizer
 *   schedule: OpenMP over elements; ISA avx512 */
void k41_sgd_update_p281680(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
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
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_kernel_blocked16 = A + 0;  /* conv2d/kernel.blocked16 (3, 3, 1, 32) 16-blocked */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_bias_padded32 = A + 288;  /* conv2d/bias.padded32 (32) */
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const conv2d_out = A + 6422528;  /* conv2d_out (128, 26, 26, 32) nChw16c */
    float *const conv2d_1_kernel = P + 320;  /* conv2d_1/kernel (3, 3, 32, 64) */
    float *const conv2d_1_kernel_blocked16 = A + 761600;  /* conv2d_1/kernel.blocked16 (3, 3, 32, 64) 16-blocked */
    float *const conv2d_1_bias = P + 18752;  /* conv2d_1/bias (64) */
    float *const conv2d_1_bias_padded64 = A + 780032;  /* conv2d_1/bias.padded64 (64) */
    float *const max_pooling2d_out = A + 0;  /* max_pooling2d_out (128, 8, 8, 64) nChw16c */
    uint8_t *const max_pooling2d_out_argmax = (uint8_t *)(A + 9715712);  /* max_pooling2d_out.argmax (128, 8, 8, 64) nChw16c */
    float *const conv2d_1_kernel_blocked16_winograd = A + 687872;  /* conv2d_1/kernel.blocked16.winograd (73728) */
    float *const conv2d_out_winograd_tiles = A + 524288;  /* conv2d_out.winograd_tiles (163584) */
    float *const dropout_out = A + 524288;  /* dropout_out (128, 8, 8, 64) */
    float *const dropout_mask = A + 1048576;  /* dropout_mask (128, 8, 8, 64) */
    float *const flatten_out = A + 524288;  /* flatten_out (128, 4096) */
    float *const dense_kernel = P + 18816;  /* dense/kernel (4096, 64) */
    float *const dense_bias = P + 280960;  /* dense/bias (64) */
    float *const dense_out = A + 0;  /* dense_out (128, 64) */
    float *const dense_1_kernel = P + 281024;  /* dense_1/kernel (64, 10) */
    float *const dense_1_kernel_padded16 = A + 9472;  /* dense_1/kernel.padded16 (64, 10) */
    float *const dense_1_bias = P + 281664;  /* dense_1/bias (10) */
    float *const dense_1_bias_padded16 = A + 10496;  /* dense_1/bias.padded16 (10) */
    float *const dense_1_pre = A + 8192;  /* dense_1_pre (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const ddense_1_pre = A + 9472;  /* ddense_1_pre (128, 10) */
    float *const dense_1_pre_per_sample = A + 10752;  /* dense_1_pre.per_sample (512) */
    float *const ddense_1_kernel = G + 281024;  /* ddense_1/kernel (64, 10) */
    float *const ddense_1_bias = G + 281664;  /* ddense_1/bias (10) */
    float *const dense_1_kernel_transposed64 = A + 8192;  /* dense_1/kernel.transposed64 (64, 10) */
    float *const ddense_pre = A + 1572864;  /* ddense_pre (128, 64) */
    float *const ddense_kernel = G + 18816;  /* ddense/kernel (4096, 64) */
    float *const ddense_bias = G + 280960;  /* ddense/bias (64) */
    float *const dense_kernel_transposed4096 = A + 524288;  /* dense/kernel.transposed4096 (4096, 64) */
    float *const dflatten_out = A + 0;  /* dflatten_out (128, 4096) */
    float *const ddropout_out = A + 0;  /* ddropout_out (128, 8, 8, 64) */
    float *const dmax_pooling2d_out = A + 9191424;  /* dmax_pooling2d_out (128, 8, 8, 64) nChw16c */
    float *const dconv2d_1_pre = A + 0;  /* dconv2d_1_pre (128, 24, 24, 64) nChw16c, halo 2 2 2 2 */
    float *const dconv2d_1_kernel_part = A + 9583232;  /* dconv2d_1/kernel.part (3, 3, 32, 64) 16-blocked */
    float *const dconv2d_1_bias_part = A + 9601664;  /* dconv2d_1/bias.part (64) */
    float *const dconv2d_1_kernel_part_partial = A + 9435648;  /* dconv2d_1/kernel.part.partial (147584) */
    float *const dconv2d_1_kernel_part_winograd_tiles = A + 9191424;  /* dconv2d_1/kernel.part.winograd_tiles (244224) */
    float *const dconv2d_1_kernel = G + 320;  /* dconv2d_1/kernel (3, 3, 32, 64) */
    float *const dconv2d_1_bias = G + 18752;  /* dconv2d_1/bias (64) */
    float *const conv2d_1_kernel_flipped16 = A + 12091648;  /* conv2d_1/kernel.flipped16 (3, 3, 32, 64) 16-blocked */
    float *const dconv2d_pre = A + 9191424;  /* dconv2d_pre (128, 26, 26, 32) nChw16c */
    float *const conv2d_1_kernel_flipped16_winograd = A + 11960320;  /* conv2d_1/kernel.flipped16.winograd (73728) */
    float *const dconv2d_1_pre_winograd_tiles = A + 12034048;  /* dconv2d_1_pre.winograd_tiles (57600) */
    float *const dconv2d_kernel_part = A + 640;  /* dconv2d/kernel.part (3, 3, 1, 32) 16-blocked */
    float *const dconv2d_bias_part = A + 928;  /* dconv2d/bias.part (32) */
    float *const dconv2d_kernel_part_partial = A + 0;  /* dconv2d/kernel.part.partial (640) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 1, 32) */
    float *const dconv2d_bias = G + 288;  /* dconv2d/bias (32) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 66392434 FLOP per sample, 1126720 bytes of parameters: threads at any batch */
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_reorder_3x3x1x32(conv2d_kernel, conv2d_kernel_blocked16);
        k01_reorder_c32(conv2d_bias, conv2d_bias_padded32);
        k02_conv2d_fwd_relu_n128_h26w26c32(x, conv2d_kernel_blocked16, conv2d_bias_padded32, conv2d_out, nb);
        k03_reorder_3x3x32x64(conv2d_1_kernel, conv2d_1_kernel_blocked16);
        k04_reorder_c64(conv2d_1_bias, conv2d_1_bias_padded64);
        k05_conv2d_fwd_relu_maxpool_n128_h24w24c64(conv2d_out, conv2d_1_kernel_blocked16, conv2d_1_bias_padded64, max_pooling2d_out, max_pooling2d_out_argmax, conv2d_1_kernel_blocked16_winograd, conv2d_out_winograd_tiles, nb);
        k06_dropout_n128_h8w8c64(max_pooling2d_out, dropout_out, dropout_mask, nb, s->seed, s->step);
        k07_dense_fwd_relu_n128_k64(flatten_out, dense_kernel, dense_bias, dense_out, nb);
        k08_reorder_64x10(dense_1_kernel, dense_1_kernel_padded16);
        k09_reorder_c10(dense_1_bias, dense_1_bias_padded16);
        k10_dense_fwd_n128_k10(dense_out, dense_1_kernel_padded16, dense_1_bias_padded16, dense_1_pre, nb);
        k23_softmax_ce_softmax_ce_bwd_n128_k10(dense_1_pre, y, ddense_1_pre, dense_1_pre_per_sample, nb, &s->loss, &s->metric);
        k25_dense_bwd_weights_64x10(ddense_1_pre, dense_out, ddense_1_kernel, ddense_1_bias, nb);
        k26_reorder_64x10(dense_1_kernel, dense_1_kernel_transposed64);
        k27_dense_bwd_data_relu_bwd_n128_k64(ddense_1_pre, dense_1_kernel_transposed64, dense_out, ddense_pre, nb);
        k28_dense_bwd_weights_4096x64(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k29_reorder_4096x64(dense_kernel, dense_kernel_transposed4096);
        k30_dense_bwd_data_n128_k4096(ddense_pre, dense_kernel_transposed4096, dflatten_out, nb);
        k31_dropout_bwd_n128_h8w8c64(ddropout_out, dropout_mask, dmax_pooling2d_out, nb);
        k32_maxpool_bwd_relu_bwd_n128_h24w24c64(dmax_pooling2d_out, max_pooling2d_out_argmax, dconv2d_1_pre, nb);
        k33_conv2d_bwd_weights_3x3x32x64(dconv2d_1_pre, conv2d_out, dconv2d_1_kernel_part, dconv2d_1_bias_part, dconv2d_1_kernel_part_partial, dconv2d_1_kernel_part_winograd_tiles, nb);
        k34_reorder_3x3x32x64(dconv2d_1_kernel_part, dconv2d_1_kernel);
        k35_reorder_c64(dconv2d_1_bias_part, dconv2d_1_bias);
        k36_reorder_3x3x32x64(conv2d_1_kernel, conv2d_1_kernel_flipped16);
        k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32(dconv2d_1_pre, conv2d_1_kernel_flipped16, conv2d_out, dconv2d_pre, conv2d_1_kernel_flipped16_winograd, dconv2d_1_pre_winograd_tiles, nb);
        k38_conv2d_bwd_weights_3x3x1x32(dconv2d_pre, x, dconv2d_kernel_part, dconv2d_bias_part, dconv2d_kernel_part_partial, nb);
        k39_reorder_3x3x1x32(dconv2d_kernel_part, dconv2d_kernel);
        k40_reorder_c32(dconv2d_bias_part, dconv2d_bias);
        k41_sgd_update_p281680(P, G, M, V, s->step, s->learning_rate);
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
    float *const conv2d_kernel_blocked16_2 = A + 12110080;  /* conv2d/kernel.blocked16.2 (3, 3, 1, 32) 16-blocked */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_bias_padded32_2 = A + 12110368;  /* conv2d/bias.padded32.2 (32) */
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const conv2d_out_infer = A + 0;  /* conv2d_out_infer (128, 26, 26, 32) nChw16c */
    float *const conv2d_1_kernel = P + 320;  /* conv2d_1/kernel (3, 3, 32, 64) */
    float *const conv2d_1_kernel_blocked16_2 = A + 12110400;  /* conv2d_1/kernel.blocked16.2 (3, 3, 32, 64) 16-blocked */
    float *const conv2d_1_bias = P + 18752;  /* conv2d_1/bias (64) */
    float *const conv2d_1_bias_padded64_2 = A + 12128832;  /* conv2d_1/bias.padded64.2 (64) */
    float *const max_pooling2d_out_infer_part = A + 2768896;  /* max_pooling2d_out_infer.part (128, 8, 8, 64) nChw16c */
    float *const conv2d_1_kernel_blocked16_2_winograd = A + 3456768;  /* conv2d_1/kernel.blocked16.2.winograd (73728) */
    float *const conv2d_out_infer_winograd_tiles = A + 3293184;  /* conv2d_out_infer.winograd_tiles (163584) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 8, 8, 64) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 4096) */
    float *const dense_kernel = P + 18816;  /* dense/kernel (4096, 64) */
    float *const dense_bias = P + 280960;  /* dense/bias (64) */
    float *const dense_out_infer = A + 524288;  /* dense_out_infer (128, 64) */
    float *const dense_1_kernel = P + 281024;  /* dense_1/kernel (64, 10) */
    float *const dense_1_kernel_padded16_2 = A + 12128896;  /* dense_1/kernel.padded16.2 (64, 10) */
    float *const dense_1_bias = P + 281664;  /* dense_1/bias (10) */
    float *const dense_1_bias_padded16_2 = A + 12129920;  /* dense_1/bias.padded16.2 (10) */
    float *const dense_1_pre_infer = A + 0;  /* dense_1_pre_infer (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    float *const dense_1_pre_infer_per_sample = A + 2560;  /* dense_1_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 22311108 FLOP per sample, 1126720 bytes of parameters: threads at any batch */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        if (copy_weights) k11_reorder_3x3x1x32(conv2d_kernel, conv2d_kernel_blocked16_2);
        if (copy_weights) k12_reorder_c32(conv2d_bias, conv2d_bias_padded32_2);
        k13_conv2d_fwd_relu_n128_h26w26c32(x, conv2d_kernel_blocked16_2, conv2d_bias_padded32_2, conv2d_out_infer, nb);
        if (copy_weights) k14_reorder_3x3x32x64(conv2d_1_kernel, conv2d_1_kernel_blocked16_2);
        if (copy_weights) k15_reorder_c64(conv2d_1_bias, conv2d_1_bias_padded64_2);
        k16_conv2d_fwd_relu_maxpool_n128_h24w24c64(conv2d_out_infer, conv2d_1_kernel_blocked16_2, conv2d_1_bias_padded64_2, max_pooling2d_out_infer_part, conv2d_1_kernel_blocked16_2_winograd, conv2d_out_infer_winograd_tiles, nb);
        k17_reorder_n128_h8w8c64(max_pooling2d_out_infer_part, max_pooling2d_out_infer, nb);
        k18_dense_fwd_relu_n128_k64(flatten_out_infer, dense_kernel, dense_bias, dense_out_infer, nb);
        if (copy_weights) k19_reorder_64x10(dense_1_kernel, dense_1_kernel_padded16_2);
        if (copy_weights) k20_reorder_c10(dense_1_bias, dense_1_bias_padded16_2);
        k21_dense_fwd_n128_k10(dense_out_infer, dense_1_kernel_padded16_2, dense_1_bias_padded16_2, dense_1_pre_infer, nb);
        k24_softmax_ce_n128_k10(dense_1_pre_infer, y, probs_eval, dense_1_pre_infer_per_sample, nb, &s->loss, &s->metric);
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
    float *const conv2d_kernel_blocked16_2 = A + 12110080;  /* conv2d/kernel.blocked16.2 (3, 3, 1, 32) 16-blocked */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_bias_padded32_2 = A + 12110368;  /* conv2d/bias.padded32.2 (32) */
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const conv2d_out_infer = A + 0;  /* conv2d_out_infer (128, 26, 26, 32) nChw16c */
    float *const conv2d_1_kernel = P + 320;  /* conv2d_1/kernel (3, 3, 32, 64) */
    float *const conv2d_1_kernel_blocked16_2 = A + 12110400;  /* conv2d_1/kernel.blocked16.2 (3, 3, 32, 64) 16-blocked */
    float *const conv2d_1_bias = P + 18752;  /* conv2d_1/bias (64) */
    float *const conv2d_1_bias_padded64_2 = A + 12128832;  /* conv2d_1/bias.padded64.2 (64) */
    float *const max_pooling2d_out_infer_part = A + 2768896;  /* max_pooling2d_out_infer.part (128, 8, 8, 64) nChw16c */
    float *const conv2d_1_kernel_blocked16_2_winograd = A + 3456768;  /* conv2d_1/kernel.blocked16.2.winograd (73728) */
    float *const conv2d_out_infer_winograd_tiles = A + 3293184;  /* conv2d_out_infer.winograd_tiles (163584) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 8, 8, 64) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 4096) */
    float *const dense_kernel = P + 18816;  /* dense/kernel (4096, 64) */
    float *const dense_bias = P + 280960;  /* dense/bias (64) */
    float *const dense_out_infer = A + 524288;  /* dense_out_infer (128, 64) */
    float *const dense_1_kernel = P + 281024;  /* dense_1/kernel (64, 10) */
    float *const dense_1_kernel_padded16_2 = A + 12128896;  /* dense_1/kernel.padded16.2 (64, 10) */
    float *const dense_1_bias = P + 281664;  /* dense_1/bias (10) */
    float *const dense_1_bias_padded16_2 = A + 12129920;  /* dense_1/bias.padded16.2 (10) */
    float *const dense_1_out_infer = s->out;  /* dense_1_out_infer (128, 10) */
    /* 22311128 FLOP per sample, 1126720 bytes of parameters: threads at any batch */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        if (copy_weights) k11_reorder_3x3x1x32(conv2d_kernel, conv2d_kernel_blocked16_2);
        if (copy_weights) k12_reorder_c32(conv2d_bias, conv2d_bias_padded32_2);
        k13_conv2d_fwd_relu_n128_h26w26c32(x, conv2d_kernel_blocked16_2, conv2d_bias_padded32_2, conv2d_out_infer, nb);
        if (copy_weights) k14_reorder_3x3x32x64(conv2d_1_kernel, conv2d_1_kernel_blocked16_2);
        if (copy_weights) k15_reorder_c64(conv2d_1_bias, conv2d_1_bias_padded64_2);
        k16_conv2d_fwd_relu_maxpool_n128_h24w24c64(conv2d_out_infer, conv2d_1_kernel_blocked16_2, conv2d_1_bias_padded64_2, max_pooling2d_out_infer_part, conv2d_1_kernel_blocked16_2_winograd, conv2d_out_infer_winograd_tiles, nb);
        k17_reorder_n128_h8w8c64(max_pooling2d_out_infer_part, max_pooling2d_out_infer, nb);
        k18_dense_fwd_relu_n128_k64(flatten_out_infer, dense_kernel, dense_bias, dense_out_infer, nb);
        if (copy_weights) k19_reorder_64x10(dense_1_kernel, dense_1_kernel_padded16_2);
        if (copy_weights) k20_reorder_c10(dense_1_bias, dense_1_bias_padded16_2);
        k22_dense_fwd_softmax_n128_k10(dense_out_infer, dense_1_kernel_padded16_2, dense_1_bias_padded16_2, dense_1_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
    if (s->weights_cached) *s->weights_cached = s->weights_version;
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 3, 9, 288},
    {"conv2d/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"conv2d_pre", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "nChw16c", 6422528, 2768896, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 64}, "HWIO", 320, 18432, 3, 288, 576},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 18752, 64, 1, 0, 0},
    {"conv2d_1_pre", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "nChw16c, halo 2 2 2 2", 0, 0, 0, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "nChw16c, halo 2 2 2 2", 0, 0, 0, 0, 0},
    {"max_pooling2d_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "nChw16c", 0, 524288, 0, 0, 0},
    {"dropout_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 524288, 524288, 0, 0, 0},
    {"dropout_mask", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 1048576, 524288, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {4096, 64, 0, 0}, "IO", 18816, 262144, 3, 4096, 64},
    {"dense/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 280960, 64, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {64, 10, 0, 0}, "IO", 281024, 640, 3, 64, 10},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 281664, 10, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 8192, 1280, 0, 0, 0},
    {"conv2d_pre_infer", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "nChw16c", 0, 2768896, 0, 0, 0},
    {"conv2d_1_pre_infer", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "nChw16c", 0, 0, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "nChw16c", 0, 0, 0, 0, 0},
    {"max_pooling2d_out_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 524288, 8192, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_1_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 9472, 1280, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 281664, 10, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {64, 10, 0, 0}, "IO", 281024, 640, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 1572864, 8192, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 280960, 64, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {4096, 64, 0, 0}, "IO", 18816, 262144, 0, 0, 0},
    {"ddropout_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "NHWC", 0, 524288, 0, 0, 0},
    {"dmax_pooling2d_out", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "nChw16c", 9191424, 524288, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "nChw16c, halo 2 2 2 2", 0, 0, 0, 0, 0},
    {"dconv2d_1_pre", KILN_ROLE_ACT, 4, {128, 24, 24, 64}, "nChw16c, halo 2 2 2 2", 0, 6422528, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 18752, 64, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 64}, "HWIO", 320, 18432, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"dconv2d_pre", KILN_ROLE_ACT, 4, {128, 26, 26, 32}, "nChw16c", 9191424, 2768896, 0, 0, 0},
    {"dconv2d/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 288, 32, 0, 0, 0},
    {"dconv2d/kernel", KILN_ROLE_GRAD, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 0, 0, 0},
    {"conv2d/kernel.blocked16", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "16-blocked", 0, 288, 0, 0, 0},
    {"conv2d/bias.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 288, 32, 0, 0, 0},
    {"conv2d_1/kernel.blocked16", KILN_ROLE_ACT, 4, {3, 3, 32, 64}, "16-blocked", 761600, 18432, 0, 0, 0},
    {"conv2d_1/bias.padded64", KILN_ROLE_ACT, 1, {64, 0, 0, 0}, "C", 780032, 64, 0, 0, 0},
    {"dense_1/kernel.padded16", KILN_ROLE_ACT, 2, {64, 10, 0, 0}, "IO", 9472, 640, 0, 0, 0},
    {"dense_1/bias.padded16", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 10496, 10, 0, 0, 0},
    {"conv2d/kernel.blocked16.2", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "16-blocked", 12110080, 288, 0, 0, 0},
    {"conv2d/bias.padded32.2", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 12110368, 32, 0, 0, 0},
    {"conv2d_1/kernel.blocked16.2", KILN_ROLE_ACT, 4, {3, 3, 32, 64}, "16-blocked", 12110400, 18432, 0, 0, 0},
    {"conv2d_1/bias.padded64.2", KILN_ROLE_ACT, 1, {64, 0, 0, 0}, "C", 12128832, 64, 0, 0, 0},
    {"max_pooling2d_out_infer.part", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "nChw16c", 2768896, 524288, 0, 0, 0},
    {"dense_1/kernel.padded16.2", KILN_ROLE_ACT, 2, {64, 10, 0, 0}, "IO", 12128896, 640, 0, 0, 0},
    {"dense_1/bias.padded16.2", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 12129920, 10, 0, 0, 0},
    {"dense_1/kernel.transposed64", KILN_ROLE_ACT, 2, {64, 10, 0, 0}, "IO", 8192, 640, 0, 0, 0},
    {"dense/kernel.transposed4096", KILN_ROLE_ACT, 2, {4096, 64, 0, 0}, "IO", 524288, 262144, 0, 0, 0},
    {"dconv2d_1/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 32, 64}, "16-blocked", 9583232, 18432, 0, 0, 0},
    {"dconv2d_1/bias.part", KILN_ROLE_ACT, 1, {64, 0, 0, 0}, "C", 9601664, 64, 0, 0, 0},
    {"conv2d_1/kernel.flipped16", KILN_ROLE_ACT, 4, {3, 3, 32, 64}, "16-blocked", 12091648, 18432, 0, 0, 0},
    {"dconv2d/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "16-blocked", 640, 288, 0, 0, 0},
    {"dconv2d/bias.part", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 928, 32, 0, 0, 0},
    {"max_pooling2d_out.argmax", KILN_ROLE_ACT, 4, {128, 8, 8, 64}, "nChw16c", 9715712, 131072, 0, 0, 0},
    {"conv2d_1/kernel.blocked16.winograd", KILN_ROLE_ACT, 1, {73728, 0, 0, 0}, "C", 687872, 73728, 0, 0, 0},
    {"conv2d_out.winograd_tiles", KILN_ROLE_ACT, 1, {163584, 0, 0, 0}, "C", 524288, 163584, 0, 0, 0},
    {"conv2d_1/kernel.blocked16.2.winograd", KILN_ROLE_ACT, 1, {73728, 0, 0, 0}, "C", 3456768, 73728, 0, 0, 0},
    {"conv2d_out_infer.winograd_tiles", KILN_ROLE_ACT, 1, {163584, 0, 0, 0}, "C", 3293184, 163584, 0, 0, 0},
    {"dense_1_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 10752, 512, 0, 0, 0},
    {"dense_1_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dconv2d_1/kernel.part.partial", KILN_ROLE_ACT, 1, {147584, 0, 0, 0}, "C", 9435648, 147584, 0, 0, 0},
    {"dconv2d_1/kernel.part.winograd_tiles", KILN_ROLE_ACT, 1, {244224, 0, 0, 0}, "C", 9191424, 244224, 0, 0, 0},
    {"conv2d_1/kernel.flipped16.winograd", KILN_ROLE_ACT, 1, {73728, 0, 0, 0}, "C", 11960320, 73728, 0, 0, 0},
    {"dconv2d_1_pre.winograd_tiles", KILN_ROLE_ACT, 1, {57600, 0, 0, 0}, "C", 12034048, 57600, 0, 0, 0},
    {"dconv2d/kernel.part.partial", KILN_ROLE_ACT, 1, {640, 0, 0, 0}, "C", 0, 640, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_reorder_3x3x1x32", "void k00_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16)", 576, 2304, 1},
    {"k01_reorder_c32", "void k01_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32)", 64, 256, 1},
    {"k02_conv2d_fwd_relu_n128_h26w26c32", "void k02_conv2d_fwd_relu_n128_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel_blocked16, const float *restrict conv2d_bias_padded32, float *restrict conv2d_out, int nb)", 55377920, 11478272, 1},
    {"k03_reorder_3x3x32x64", "void k03_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16)", 36864, 147456, 1},
    {"k04_reorder_c64", "void k04_reorder_c64(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded64)", 128, 512, 1},
    {"k05_conv2d_fwd_relu_maxpool_n128_h24w24c64", "void k05_conv2d_fwd_relu_maxpool_n128_h24w24c64(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel_blocked16, const float *restrict conv2d_1_bias_padded64, float *restrict max_pooling2d_out, uint8_t *restrict max_pooling2d_out_argmax, float *restrict conv2d_1_kernel_blocked16_winograd, float *restrict conv2d_out_winograd_tiles, int nb)", 2732064768, 13771008, 1},
    {"k06_dropout_n128_h8w8c64", "void k06_dropout_n128_h8w8c64(const float *restrict max_pooling2d_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)", 1048576, 6291456, 1},
    {"k07_dense_fwd_relu_n128_k64", "void k07_dense_fwd_relu_n128_k64(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out, int nb)", 67125248, 3178752, 1},
    {"k08_reorder_64x10", "void k08_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded16)", 1280, 5120, 1},
    {"k09_reorder_c10", "void k09_reorder_c10(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded16)", 20, 80, 1},
    {"k10_dense_fwd_n128_k10", "void k10_dense_fwd_n128_k10(const float *restrict dense_out, const float *restrict dense_1_kernel_padded16, const float *restrict dense_1_bias_padded16, float *restrict dense_1_pre, int nb)", 163840, 40488, 1},
    {"k11_reorder_3x3x1x32", "void k11_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16_2)", 576, 2304, 6},
    {"k12_reorder_c32", "void k12_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32_2)", 64, 256, 6},
    {"k13_conv2d_fwd_relu_n128_h26w26c32", "void k13_conv2d_fwd_relu_n128_h26w26c32(const float *restrict x, const float *restrict conv2d_kernel_blocked16_2, const float *restrict conv2d_bias_padded32_2, float *restrict conv2d_out_infer, int nb)", 55377920, 11478272, 6},
    {"k14_reorder_3x3x32x64", "void k14_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16_2)", 36864, 147456, 6},
    {"k15_reorder_c64", "void k15_reorder_c64(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded64_2)", 128, 512, 6},
    {"k16_conv2d_fwd_relu_maxpool_n128_h24w24c64", "void k16_conv2d_fwd_relu_maxpool_n128_h24w24c64(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel_blocked16_2, const float *restrict conv2d_1_bias_padded64_2, float *restrict max_pooling2d_out_infer_part, float *restrict conv2d_1_kernel_blocked16_2_winograd, float *restrict conv2d_out_infer_winograd_tiles, int nb)", 2732064768, 13246720, 6},
    {"k17_reorder_n128_h8w8c64", "void k17_reorder_n128_h8w8c64(const float *restrict max_pooling2d_out_infer_part, float *restrict max_pooling2d_out_infer, int nb)", 1048576, 4194304, 6},
    {"k18_dense_fwd_relu_n128_k64", "void k18_dense_fwd_relu_n128_k64(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out_infer, int nb)", 67125248, 3178752, 6},
    {"k19_reorder_64x10", "void k19_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded16_2)", 1280, 5120, 6},
    {"k20_reorder_c10", "void k20_reorder_c10(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded16_2)", 20, 80, 6},
    {"k21_dense_fwd_n128_k10", "void k21_dense_fwd_n128_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel_padded16_2, const float *restrict dense_1_bias_padded16_2, float *restrict dense_1_pre_infer, int nb)", 163840, 40488, 2},
    {"k22_dense_fwd_softmax_n128_k10", "void k22_dense_fwd_softmax_n128_k10(const float *restrict dense_out_infer, const float *restrict dense_1_kernel_padded16_2, const float *restrict dense_1_bias_padded16_2, float *restrict dense_1_out_infer, int nb)", 166400, 40488, 4},
    {"k23_softmax_ce_softmax_ce_bwd_n128_k10", "void k23_softmax_ce_softmax_ce_bwd_n128_k10(const float *restrict dense_1_pre, const float *restrict y, float *restrict ddense_1_pre, float *restrict dense_1_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 5120, 15360, 1},
    {"k24_softmax_ce_n128_k10", "void k24_softmax_ce_n128_k10(const float *restrict dense_1_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_1_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 2},
    {"k25_dense_bwd_weights_64x10", "void k25_dense_bwd_weights_64x10(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 163840, 40488, 1},
    {"k26_reorder_64x10", "void k26_reorder_64x10(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed64)", 1280, 5120, 1},
    {"k27_dense_bwd_data_relu_bwd_n128_k64", "void k27_dense_bwd_data_relu_bwd_n128_k64(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed64, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 180224, 73216, 1},
    {"k28_dense_bwd_weights_4096x64", "void k28_dense_bwd_weights_4096x64(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 67108864, 3178752, 1},
    {"k29_reorder_4096x64", "void k29_reorder_4096x64(const float *restrict dense_kernel, float *restrict dense_kernel_transposed4096)", 524288, 2097152, 1},
    {"k30_dense_bwd_data_n128_k4096", "void k30_dense_bwd_data_n128_k4096(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed4096, float *restrict dflatten_out, int nb)", 67108864, 3178496, 1},
    {"k31_dropout_bwd_n128_h8w8c64", "void k31_dropout_bwd_n128_h8w8c64(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dmax_pooling2d_out, int nb)", 1048576, 6291456, 1},
    {"k32_maxpool_bwd_relu_bwd_n128_h24w24c64", "void k32_maxpool_bwd_relu_bwd_n128_h24w24c64(const float *restrict dmax_pooling2d_out, const uint8_t *restrict max_pooling2d_out_argmax, float *restrict dconv2d_1_pre, int nb)", 14155776, 21495808, 1},
    {"k33_conv2d_bwd_weights_3x3x32x64", "void k33_conv2d_bwd_weights_3x3x32x64(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, float *restrict dconv2d_1_kernel_part_winograd_tiles, int nb)", 2717908992, 30023936, 1},
    {"k34_reorder_3x3x32x64", "void k34_reorder_3x3x32x64(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)", 36864, 147456, 1},
    {"k35_reorder_c64", "void k35_reorder_c64(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)", 128, 512, 1},
    {"k36_reorder_3x3x32x64", "void k36_reorder_3x3x32x64(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped16)", 36864, 147456, 1},
    {"k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32", "void k37_conv2d_bwd_data_relu_bwd_n128_h26w26c32(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel_flipped16, const float *restrict conv2d_out, float *restrict dconv2d_pre, float *restrict conv2d_1_kernel_flipped16_winograd, float *restrict dconv2d_1_pre_winograd_tiles, int nb)", 2723446784, 41099264, 1},
    {"k38_conv2d_bwd_weights_3x3x1x32", "void k38_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_pre, const float *restrict x, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, int nb)", 49840128, 11478272, 1},
    {"k39_reorder_3x3x1x32", "void k39_reorder_3x3x1x32(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)", 576, 2304, 1},
    {"k40_reorder_c32", "void k40_reorder_c32(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)", 64, 256, 1},
    {"k41_sgd_update_p281680", "void k41_sgd_update_p281680(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 845040, 7887040, 1},
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
    .n_arena = 12129936,
    .n_tensors = 81,
    .tensors = tensors,
    .n_kernels = 42,
    .kernels = kernels,
    .isa = "avx512",
};


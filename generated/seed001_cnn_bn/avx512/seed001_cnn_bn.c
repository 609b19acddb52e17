/* seed001_cnn_bn.c — emitted by kiln from models/seed001_cnn_bn.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA avx512. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 34704, state 192, arena 7604464.
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

/* k00_reorder_n128_h28w28c1 — reorder kernel
 *   node n0 "reorder.x.padded" (reorder), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out x.padded                   (128, 28, 28, 1) NHWC
 *   schedule: OpenMP over elements; ISA avx512 */
void k00_reorder_n128_h28w28c1(const float *restrict x, float *restrict x_padded, int nb)
{
    /* x -> x.padded */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++)
            for (int hp = 0; hp < 30; hp++)
                for (int wp = 0; wp < 30; wp++)
                    for (int cl = 0; cl < 1; cl++) {
                        const int h = hp - 1, w = wp - 1, c = cb * 1 + cl;
                        const float v = h >= 0 && h < 28 && w >= 0 && w < 28 && c < 1 ? x[((long)(n) * 784 + (long)((h) + 0) * 28 + ((w) + 0) * 1 + (c))] : 0.0f;
                        x_padded[(long)n * 900 + (long)cb * 0 + (long)hp * 30 + (long)wp * 1 + cl] = v;
                    }
}

/* k01_reorder_3x3x1x32 — reorder kernel
 *   node n1 "reorder.conv2d/kernel.blocked16" (reorder), from $.layers[0]
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   out conv2d/kernel.blocked16    (3, 3, 1, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k01_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16)
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

/* k02_reorder_c32 — reorder kernel
 *   node n2 "reorder.conv2d/bias.padded32" (reorder), from $.layers[0]
 *   in  conv2d/bias                (32) C
 *   out conv2d/bias.padded32       (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k02_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32)
{
    /* conv2d/bias -> conv2d/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_bias_padded32[c] = c < 32 ? conv2d_bias[c] : 0.0f;
}

/* 1 x 14 output pixels x 2 output-channel vectors: 28 accumulators */
static inline __attribute__((always_inline)) void k03_conv2d_fwd_n128_h28w28c32_tile_1x14(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    vf acc_r0c13v0 = vload(bp + 0), acc_r0c13v1 = vload(bp + 16);
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 30 + kw * 1;
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
                { const vf xb = vbcast(xs[13 + ic]); acc_r0c13v0 = vfma(xb, w0, acc_r0c13v0); acc_r0c13v1 = vfma(xb, w1, acc_r0c13v1); }
            }
        }
    vstore(yp + 0, acc_r0c0v0);
    vstore(yp + 12544, acc_r0c0v1);
    vstore(yp + 16, acc_r0c1v0);
    vstore(yp + 12560, acc_r0c1v1);
    vstore(yp + 32, acc_r0c2v0);
    vstore(yp + 12576, acc_r0c2v1);
    vstore(yp + 48, acc_r0c3v0);
    vstore(yp + 12592, acc_r0c3v1);
    vstore(yp + 64, acc_r0c4v0);
    vstore(yp + 12608, acc_r0c4v1);
    vstore(yp + 80, acc_r0c5v0);
    vstore(yp + 12624, acc_r0c5v1);
    vstore(yp + 96, acc_r0c6v0);
    vstore(yp + 12640, acc_r0c6v1);
    vstore(yp + 112, acc_r0c7v0);
    vstore(yp + 12656, acc_r0c7v1);
    vstore(yp + 128, acc_r0c8v0);
    vstore(yp + 12672, acc_r0c8v1);
    vstore(yp + 144, acc_r0c9v0);
    vstore(yp + 12688, acc_r0c9v1);
    vstore(yp + 160, acc_r0c10v0);
    vstore(yp + 12704, acc_r0c10v1);
    vstore(yp + 176, acc_r0c11v0);
    vstore(yp + 12720, acc_r0c11v1);
    vstore(yp + 192, acc_r0c12v0);
    vstore(yp + 12736, acc_r0c12v1);
    vstore(yp + 208, acc_r0c13v0);
    vstore(yp + 12752, acc_r0c13v1);
}

/* k03_conv2d_fwd_n128_h28w28c32 — conv_fwd kernel
 *   node n3 "conv2d" (conv2d), from $.layers[0]
 *   in  x.padded                   (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel.blocked16    (3, 3, 1, 32) 16-blocked
 *   in  conv2d/bias.padded32       (32) C
 *   out conv2d_out                 (128, 28, 28, 32) nChw16c
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   register tile: 2 output-channel vectors x 1x14 pixels, 16 input channels a step
 *   schedule: OpenMP over output rows; ISA avx512 */
void k03_conv2d_fwd_n128_h28w28c32(const float *restrict x_padded, const float *restrict conv2d_kernel_blocked16, const float *restrict conv2d_bias_padded32, float *restrict conv2d_out, int nb)
{
    /* tiles of 1x14 pixels x 2 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 28; oh += 1) {
            const float *xr = x_padded + (long)n * 900 + (long)(-1 + oh * 1 + 1) * 30 + (long)(-1 + 1) * 1;
            float *yr = conv2d_out + (long)n * 25088 + (long)(0 + oh * 1 + 0) * 448 + (long)(0 + 0) * 16;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_kernel_blocked16 + (long)og * 288;
                const float *bg = conv2d_bias_padded32 + og * 32;
                float *yg = yr + (long)og * 25088;
                const float *mg = NULL;
                const int kh0 = 1 - oh, kh1 = 29 - oh;  /* the tap rows that reach x's rows */
                for (int ow = 0; ow < 28; ow += 14) k03_conv2d_fwd_n128_h28w28c32_tile_1x14(xr + (long)ow * 1, wg, bg, yg + (long)ow * 16, mg ? mg + (long)ow * 16 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k04_batchnorm_fwd_training_relu_maxpool_n128_h28w28c32 — batchnorm kernel
 *   node n4 "batch_normalization" (bn_train), from $.layers[1]
 *   node n5 "re_lu.relu" (relu), from $.layers[2]
 *   node n6 "max_pooling2d" (maxpool), from $.layers[3]
 *   in  conv2d_out                 (128, 28, 28, 32) nChw16c
 *   in  batch_normalization/gamma  (32) C
 *   in  batch_normalization/beta   (32) C
 *   in  batch_normalization/moving_mean (32) C
 *   in  batch_normalization/moving_variance (32) C
 *   out batch_normalization_mean   (32) C
 *   out batch_normalization_invstd (32) C
 *   out max_pooling2d_out          (128, 14, 14, 32) nChw16c, halo 1 1 1 1
 *   out max_pooling2d_out.argmax   (128, 14, 14, 32) nChw16c
 *   tmp conv2d_out.partial         (256) C, scratch
 *   tmp conv2d_out.stats           (160) C, scratch
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k04_batchnorm_fwd_training_relu_maxpool_n128_h28w28c32(const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, float *restrict max_pooling2d_out, uint8_t *restrict max_pooling2d_out_argmax, float *restrict conv2d_out_partial, float *restrict conv2d_out_stats, int nb)
{
    /* conv2d_out_stats: mean, scale, shift (32 lanes each, padded channels 0) */
    float *const st_mean = conv2d_out_stats, *const st_scale = conv2d_out_stats + 32, *const st_shift = conv2d_out_stats + 64;
    const double rows = (double)nb * 784;  /* M: values per channel */
    /* pass 1: sums of d = x - K and of d^2, K = x[0, 0, 0, c] */
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        double *part = (double *)conv2d_out_partial + (long)t * 64;
        memset(part, 0, sizeof(double) * 64);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++)
            for (int cb = 0; cb < 2; cb++) {
                vf s1 = vzero(), s2 = vzero();
                for (int h = 0; h < 28; h++)
                    for (int w = 0; w < 28; w++) {
                        const vf v = vload(conv2d_out + (long)n * 25088 + (long)cb * 12544 + (long)(h + 0) * 448 + (long)(w + 0) * 16);
                        s1 += (v - vload(conv2d_out + (long)cb * 12544 + 0));
                        s2 += (v - vload(conv2d_out + (long)cb * 12544 + 0)) * (v - vload(conv2d_out + (long)cb * 12544 + 0));
                    }
                for (int l = 0; l < 16; l++) {
                    part[cb * 16 + l] += s1[l];
                    part[32 + cb * 16 + l] += s2[l];
                }
            }
    }
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        if (c >= 32) { st_mean[c] = st_scale[c] = st_shift[c] = 0.0f; continue; }
        double s1 = 0, s2 = 0;
        for (int t = 0; t < 2; t++) {
            s1 += ((double *)conv2d_out_partial)[(long)t * 64 + c];
            s2 += ((double *)conv2d_out_partial)[(long)t * 64 + 32 + c];
        }
        const double k = conv2d_out[(long)(c / 16) * 12544 + 0 + c % 16];
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
    /* pass 2: y = x * scale + shift, then the ReLU after it */
    /* zero the halo of max_pooling2d_out: rows [0, 1) and [15, 16), columns [0, 1) and [15, 16) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = max_pooling2d_out + (long)n * 8192 + (long)cb * 4096;
            for (int hp = 0; hp < 16; hp++) {
                if (hp < 1 || hp >= 15) { memset(p + (long)hp * 256, 0, sizeof(float) * 256); continue; }
                memset(p + (long)hp * 256, 0, sizeof(float) * 16);
                memset(p + (long)hp * 256 + 240, 0, sizeof(float) * 16);
            }
        }
    /* max-pooled 2x2 as it is made: only the pooled tensor is stored */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++)
            for (int ph = 0; ph < 14; ph++)
                for (int pw = 0; pw < 14; pw++) {
                    const float *xw = conv2d_out + (long)n * 25088 + (long)cb * 12544 + (long)(ph * 2 + 0) * 448 + (long)(pw * 2 + 0) * 16;
                    vf e0;
                    { const vf v = vload(xw + 0); e0 = v * vload(st_scale + cb * 16) + vload(st_shift + cb * 16); }
                    vf e1;
                    { const vf v = vload(xw + 16); e1 = v * vload(st_scale + cb * 16) + vload(st_shift + cb * 16); }
                    vf e2;
                    { const vf v = vload(xw + 448); e2 = v * vload(st_scale + cb * 16) + vload(st_shift + cb * 16); }
                    vf e3;
                    { const vf v = vload(xw + 464); e3 = v * vload(st_scale + cb * 16) + vload(st_shift + cb * 16); }
                    vf m = e0;
                    vi at = (vi)0;
                    { const vi gt = e1 > m; m = gt ? e1 : m; at = gt ? (vi)1 : at; }
                    { const vi gt = e2 > m; m = gt ? e2 : m; at = gt ? (vi)2 : at; }
                    { const vi gt = e3 > m; m = gt ? e3 : m; at = gt ? (vi)3 : at; }
                    const vf mx = ((e0 != e0) | (e1 != e1) | (e2 != e2) | (e3 != e3)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
                    vstore(max_pooling2d_out + (long)n * 8192 + (long)cb * 4096 + (long)(ph + 1) * 256 + (long)(pw + 1) * 16, mx);
                    vstore_bytes(max_pooling2d_out_argmax + (long)n * 6272 + (long)cb * 3136 + (long)ph * 224 + (long)pw * 16, at | ((m > 0.0f) & 0x80));
                }
}

/* k05_reorder_3x3x32x32 — reorder kernel
 *   node n7 "reorder.conv2d_1/kernel.blocked16" (reorder), from $.layers[4]
 *   in  conv2d_1/kernel            (3, 3, 32, 32) HWIO
 *   out conv2d_1/kernel.blocked16  (3, 3, 32, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k05_reorder_3x3x32x32(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked16 */
    /* (3, 3, 32, 32) HWIO -> (2, 2, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_1_kernel_blocked16[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 32 && f < 32 ? conv2d_1_kernel[((kh * 3 + kw) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* k06_reorder_c32 — reorder kernel
 *   node n8 "reorder.conv2d_1/bias.padded32" (reorder), from $.layers[4]
 *   in  conv2d_1/bias              (32) C
 *   out conv2d_1/bias.padded32     (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k06_reorder_c32(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded32)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_1_bias_padded32[c] = c < 32 ? conv2d_1_bias[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k07_conv2d_fwd_n128_h14w14c32_weights(const float *restrict gp, float *restrict u)
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
 * vp at V[0][cb][tile] (positions 272 floats apart) */
static inline __attribute__((always_inline)) void k07_conv2d_fwd_n128_h14w14c32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 256 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 272, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 272, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 272, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 272, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 272, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 272, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 272 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k07_conv2d_fwd_n128_h14w14c32_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = r < nr && c < nc ? vload(xp + r * 256 + c * 16) : vzero();
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 272, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 272, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 272, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 272, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 272, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 272, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 8 tiles x 2 output-channel vectors, 16 accumulators, over 32 input channels */
static inline __attribute__((always_inline)) void k07_conv2d_fwd_n128_h14w14c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    vf acc_t6v0 = vzero(), acc_t6v1 = vzero();
    vf acc_t7v0 = vzero(), acc_t7v1 = vzero();
    for (int cb = 0; cb < 2; cb++) {
        const float *vs = vp + (long)cb * 128, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16), u1 = vload(us + 18432 + ic * 16);
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
 * (positions 272 floats apart), yp at its output pixel (0, 0); then the bias */
static inline __attribute__((always_inline)) void k07_conv2d_fwd_n128_h14w14c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)kp;
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
    const vf bias = vload(bp);
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++) {
            float *o = yp + r * 224 + c * 16;
            vstore(o, y[r][c] + bias);
        }
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 272 floats apart), yp at its output pixel (0, 0); then the bias; only the first vr rows and vc columns are stored */
static inline __attribute__((always_inline)) void k07_conv2d_fwd_n128_h14w14c32_output_edge(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp, int vr, int vc)
{
    (void)kp;
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
    const vf bias = vload(bp);
    for (int r = 0; r < vr; r++)
        for (int c = 0; c < vc; c++) {
            float *o = yp + r * 224 + c * 16;
            vstore(o, y[r][c] + bias);
        }
}

/* k07_conv2d_fwd_n128_h14w14c32 — conv_fwd kernel
 *   node n9 "conv2d_1" (conv2d), from $.layers[4]
 *   in  max_pooling2d_out          (128, 14, 14, 32) nChw16c, halo 1 1 1 1
 *   in  conv2d_1/kernel.blocked16  (3, 3, 32, 32) 16-blocked
 *   in  conv2d_1/bias.padded32     (32) C
 *   out conv2d_1_out               (128, 14, 14, 32) nChw16c
 *   tmp conv2d_1/kernel.blocked16.winograd (36864) C, scratch
 *   tmp max_pooling2d_out.winograd_tiles (39168) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 8 tiles, in blocks of 8 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k07_conv2d_fwd_n128_h14w14c32(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel_blocked16, const float *restrict conv2d_1_bias_padded32, float *restrict conv2d_1_out, float *restrict conv2d_1_kernel_blocked16_winograd, float *restrict max_pooling2d_out_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 3 x 4 tiles of 4x4 output pixels per sample, in blocks of 8;
       products of 8 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int ocb = u / 32, c = u % 32;
        k07_conv2d_fwd_n128_h14w14c32_weights(conv2d_1_kernel_blocked16 + (long)ocb * 4608 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_1_kernel_blocked16_winograd + (long)ocb * 18432 + (long)c * 16);
    }
    /* 2. blocks of 8 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 7) / 8;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = max_pooling2d_out_winograd_tiles + (long)t * 19584, *ms = vs + 9792;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 8;
            for (int j = 0; j < 8; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 272 + ((long)cb * 8 + j) * 16, vzero());
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = max_pooling2d_out + (long)n * 8192 + (long)(0 + 4 * ti) * 256 + (long)(0 + 4 * tj) * 16;
                if (ti == 3 || tj == 3)  /* the last tile row or column: x stores 4 rows, 4 columns of it */
                    for (int cb = 0; cb < 2; cb++)
                        k07_conv2d_fwd_n128_h14w14c32_input_edge(xp + (long)cb * 4096, vs + ((long)cb * 8 + j) * 16, ti == 3 ? 4 : 6, tj == 3 ? 4 : 6);
                else
                    for (int cb = 0; cb < 2; cb++) k07_conv2d_fwd_n128_h14w14c32_input(xp + (long)cb * 4096, vs + ((long)cb * 8 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 8; j += 8)
                        k07_conv2d_fwd_n128_h14w14c32_product(vs + pos * 272 + (long)j * 16, conv2d_1_kernel_blocked16_winograd + (long)og * 36864 + pos * 512,
                                                      ms + pos * 272 + ((long)og * 16 + j) * 16);
            for (int j = 0; j < 8 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                float *yp = conv2d_1_out + (long)n * 6272 + (long)(0 + 4 * ti) * 224 + (long)(0 + 4 * tj) * 16;
                if (ti == 3 || tj == 3)  /* the last tile row or column: 2 rows, 2 columns of it exist */
                    for (int kb = 0; kb < 2; kb++)
                        k07_conv2d_fwd_n128_h14w14c32_output_edge(ms + ((long)kb * 8 + j) * 16, conv2d_1_bias_padded32 + kb * 16, yp + (long)kb * 3136, NULL, ti == 3 ? 2 : 4, tj == 3 ? 2 : 4);
                else
                    for (int kb = 0; kb < 2; kb++)
                        k07_conv2d_fwd_n128_h14w14c32_output(ms + ((long)kb * 8 + j) * 16, conv2d_1_bias_padded32 + kb * 16, yp + (long)kb * 3136, NULL);
            }
        }
    }
}

/* k08_batchnorm_fwd_training_relu_maxpool_n128_h14w14c32 — batchnorm kernel
 *   node n10 "batch_normalization_1" (bn_train), from $.layers[5]
 *   node n11 "re_lu_1.relu" (relu), from $.layers[6]
 *   node n12 "max_pooling2d_1" (maxpool), from $.layers[7]
 *   in  conv2d_1_out               (128, 14, 14, 32) nChw16c
 *   in  batch_normalization_1/gamma (32) C
 *   in  batch_normalization_1/beta (32) C
 *   in  batch_normalization_1/moving_mean (32) C
 *   in  batch_normalization_1/moving_variance (32) C
 *   out batch_normalization_1_mean (32) C
 *   out batch_normalization_1_invstd (32) C
 *   out max_pooling2d_1_out        (128, 7, 7, 32) nChw16c, halo 1 1 1 1
 *   out max_pooling2d_1_out.argmax (128, 7, 7, 32) nChw16c
 *   tmp conv2d_1_out.partial       (256) C, scratch
 *   tmp conv2d_1_out.stats         (160) C, scratch
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k08_batchnorm_fwd_training_relu_maxpool_n128_h14w14c32(const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, float *restrict max_pooling2d_1_out, uint8_t *restrict max_pooling2d_1_out_argmax, float *restrict conv2d_1_out_partial, float *restrict conv2d_1_out_stats, int nb)
{
    /* conv2d_1_out_stats: mean, scale, shift (32 lanes each, padded channels 0) */
    float *const st_mean = conv2d_1_out_stats, *const st_scale = conv2d_1_out_stats + 32, *const st_shift = conv2d_1_out_stats + 64;
    const double rows = (double)nb * 196;  /* M: values per channel */
    /* pass 1: sums of d = x - K and of d^2, K = x[0, 0, 0, c] */
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        double *part = (double *)conv2d_1_out_partial + (long)t * 64;
        memset(part, 0, sizeof(double) * 64);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++)
            for (int cb = 0; cb < 2; cb++) {
                vf s1 = vzero(), s2 = vzero();
                for (int h = 0; h < 14; h++)
                    for (int w = 0; w < 14; w++) {
                        const vf v = vload(conv2d_1_out + (long)n * 6272 + (long)cb * 3136 + (long)(h + 0) * 224 + (long)(w + 0) * 16);
                        s1 += (v - vload(conv2d_1_out + (long)cb * 3136 + 0));
                        s2 += (v - vload(conv2d_1_out + (long)cb * 3136 + 0)) * (v - vload(conv2d_1_out + (long)cb * 3136 + 0));
                    }
                for (int l = 0; l < 16; l++) {
                    part[cb * 16 + l] += s1[l];
                    part[32 + cb * 16 + l] += s2[l];
                }
            }
    }
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        if (c >= 32) { st_mean[c] = st_scale[c] = st_shift[c] = 0.0f; continue; }
        double s1 = 0, s2 = 0;
        for (int t = 0; t < 2; t++) {
            s1 += ((double *)conv2d_1_out_partial)[(long)t * 64 + c];
            s2 += ((double *)conv2d_1_out_partial)[(long)t * 64 + 32 + c];
        }
        const double k = conv2d_1_out[(long)(c / 16) * 3136 + 0 + c % 16];
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
    /* pass 2: y = x * scale + shift, then the ReLU after it */
    /* zero the halo of max_pooling2d_1_out: rows [0, 1) and [8, 9), columns [0, 1) and [8, 9) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = max_pooling2d_1_out + (long)n * 2592 + (long)cb * 1296;
            for (int hp = 0; hp < 9; hp++) {
                if (hp < 1 || hp >= 8) { memset(p + (long)hp * 144, 0, sizeof(float) * 144); continue; }
                memset(p + (long)hp * 144, 0, sizeof(float) * 16);
                memset(p + (long)hp * 144 + 128, 0, sizeof(float) * 16);
            }
        }
    /* max-pooled 2x2 as it is made: only the pooled tensor is stored */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++)
            for (int ph = 0; ph < 7; ph++)
                for (int pw = 0; pw < 7; pw++) {
                    const float *xw = conv2d_1_out + (long)n * 6272 + (long)cb * 3136 + (long)(ph * 2 + 0) * 224 + (long)(pw * 2 + 0) * 16;
                    vf e0;
                    { const vf v = vload(xw + 0); e0 = v * vload(st_scale + cb * 16) + vload(st_shift + cb * 16); }
                    vf e1;
                    { const vf v = vload(xw + 16); e1 = v * vload(st_scale + cb * 16) + vload(st_shift + cb * 16); }
                    vf e2;
                    { const vf v = vload(xw + 224); e2 = v * vload(st_scale + cb * 16) + vload(st_shift + cb * 16); }
                    vf e3;
                    { const vf v = vload(xw + 240); e3 = v * vload(st_scale + cb * 16) + vload(st_shift + cb * 16); }
                    vf m = e0;
                    vi at = (vi)0;
                    { const vi gt = e1 > m; m = gt ? e1 : m; at = gt ? (vi)1 : at; }
                    { const vi gt = e2 > m; m = gt ? e2 : m; at = gt ? (vi)2 : at; }
                    { const vi gt = e3 > m; m = gt ? e3 : m; at = gt ? (vi)3 : at; }
                    const vf mx = ((e0 != e0) | (e1 != e1) | (e2 != e2) | (e3 != e3)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
                    vstore(max_pooling2d_1_out + (long)n * 2592 + (long)cb * 1296 + (long)(ph + 1) * 144 + (long)(pw + 1) * 16, mx);
                    vstore_bytes(max_pooling2d_1_out_argmax + (long)n * 1568 + (long)cb * 784 + (long)ph * 112 + (long)pw * 16, at | ((m > 0.0f) & 0x80));
                }
}

/* k09_reorder_3x3x32x32 — reorder kernel
 *   node n13 "reorder.conv2d_2/kernel.blocked16" (reorder), from $.layers[8]
 *   in  conv2d_2/kernel            (3, 3, 32, 32) HWIO
 *   out conv2d_2/kernel.blocked16  (3, 3, 32, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k09_reorder_3x3x32x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked16)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.blocked16 */
    /* (3, 3, 32, 32) HWIO -> (2, 2, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_2_kernel_blocked16[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 32 && f < 32 ? conv2d_2_kernel[((kh * 3 + kw) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* k10_reorder_c32 — reorder kernel
 *   node n14 "reorder.conv2d_2/bias.padded32" (reorder), from $.layers[8]
 *   in  conv2d_2/bias              (32) C
 *   out conv2d_2/bias.padded32     (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k10_reorder_c32(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded32)
{
    /* conv2d_2/bias -> conv2d_2/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_2_bias_padded32[c] = c < 32 ? conv2d_2_bias[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k11_conv2d_fwd_n128_h7w7c32_weights(const float *restrict gp, float *restrict u)
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
 * vp at V[0][cb][tile] (positions 272 floats apart) */
static inline __attribute__((always_inline)) void k11_conv2d_fwd_n128_h7w7c32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 144 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 272, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 272, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 272, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 272, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 272, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 272, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 272 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k11_conv2d_fwd_n128_h7w7c32_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = r < nr && c < nc ? vload(xp + r * 144 + c * 16) : vzero();
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 272, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 272, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 272, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 272, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 272, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 272, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 8 tiles x 2 output-channel vectors, 16 accumulators, over 32 input channels */
static inline __attribute__((always_inline)) void k11_conv2d_fwd_n128_h7w7c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    vf acc_t6v0 = vzero(), acc_t6v1 = vzero();
    vf acc_t7v0 = vzero(), acc_t7v1 = vzero();
    for (int cb = 0; cb < 2; cb++) {
        const float *vs = vp + (long)cb * 128, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16), u1 = vload(us + 18432 + ic * 16);
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
 * (positions 272 floats apart), yp at its output pixel (0, 0); then the bias */
static inline __attribute__((always_inline)) void k11_conv2d_fwd_n128_h7w7c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)kp;
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
    const vf bias = vload(bp);
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++) {
            float *o = yp + r * 112 + c * 16;
            vstore(o, y[r][c] + bias);
        }
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 272 floats apart), yp at its output pixel (0, 0); then the bias; only the first vr rows and vc columns are stored */
static inline __attribute__((always_inline)) void k11_conv2d_fwd_n128_h7w7c32_output_edge(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp, int vr, int vc)
{
    (void)kp;
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
    const vf bias = vload(bp);
    for (int r = 0; r < vr; r++)
        for (int c = 0; c < vc; c++) {
            float *o = yp + r * 112 + c * 16;
            vstore(o, y[r][c] + bias);
        }
}

/* k11_conv2d_fwd_n128_h7w7c32 — conv_fwd kernel
 *   node n15 "conv2d_2" (conv2d), from $.layers[8]
 *   in  max_pooling2d_1_out        (128, 7, 7, 32) nChw16c, halo 1 1 1 1
 *   in  conv2d_2/kernel.blocked16  (3, 3, 32, 32) 16-blocked
 *   in  conv2d_2/bias.padded32     (32) C
 *   out conv2d_2_out               (128, 7, 7, 32) nChw16c
 *   tmp conv2d_2/kernel.blocked16.winograd (36864) C, scratch
 *   tmp max_pooling2d_1_out.winograd_tiles (39168) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 8 tiles, in blocks of 8 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k11_conv2d_fwd_n128_h7w7c32(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_2_kernel_blocked16, const float *restrict conv2d_2_bias_padded32, float *restrict conv2d_2_out, float *restrict conv2d_2_kernel_blocked16_winograd, float *restrict max_pooling2d_1_out_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 1 x 2 tiles of 4x4 output pixels per sample, in blocks of 8;
       products of 8 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int ocb = u / 32, c = u % 32;
        k11_conv2d_fwd_n128_h7w7c32_weights(conv2d_2_kernel_blocked16 + (long)ocb * 4608 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_2_kernel_blocked16_winograd + (long)ocb * 18432 + (long)c * 16);
    }
    /* 2. blocks of 8 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 4, nblocks = (ntiles + 7) / 8;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = max_pooling2d_1_out_winograd_tiles + (long)t * 19584, *ms = vs + 9792;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 8;
            for (int j = 0; j < 8; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 272 + ((long)cb * 8 + j) * 16, vzero());
                    continue;
                }
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                const float *xp = max_pooling2d_1_out + (long)n * 2592 + (long)(0 + 4 * ti) * 144 + (long)(0 + 4 * tj) * 16;
                if (ti == 1 || tj == 1)  /* the last tile row or column: x stores 5 rows, 5 columns of it */
                    for (int cb = 0; cb < 2; cb++)
                        k11_conv2d_fwd_n128_h7w7c32_input_edge(xp + (long)cb * 1296, vs + ((long)cb * 8 + j) * 16, ti == 1 ? 5 : 6, tj == 1 ? 5 : 6);
                else
                    for (int cb = 0; cb < 2; cb++) k11_conv2d_fwd_n128_h7w7c32_input(xp + (long)cb * 1296, vs + ((long)cb * 8 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 8; j += 8)
                        k11_conv2d_fwd_n128_h7w7c32_product(vs + pos * 272 + (long)j * 16, conv2d_2_kernel_blocked16_winograd + (long)og * 36864 + pos * 512,
                                                    ms + pos * 272 + ((long)og * 16 + j) * 16);
            for (int j = 0; j < 8 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                float *yp = conv2d_2_out + (long)n * 1568 + (long)(0 + 4 * ti) * 112 + (long)(0 + 4 * tj) * 16;
                if (ti == 1 || tj == 1)  /* the last tile row or column: 3 rows, 3 columns of it exist */
                    for (int kb = 0; kb < 2; kb++)
                        k11_conv2d_fwd_n128_h7w7c32_output_edge(ms + ((long)kb * 8 + j) * 16, conv2d_2_bias_padded32 + kb * 16, yp + (long)kb * 784, NULL, ti == 1 ? 3 : 4, tj == 1 ? 3 : 4);
                else
                    for (int kb = 0; kb < 2; kb++)
                        k11_conv2d_fwd_n128_h7w7c32_output(ms + ((long)kb * 8 + j) * 16, conv2d_2_bias_padded32 + kb * 16, yp + (long)kb * 784, NULL);
            }
        }
    }
}

/* k12_batchnorm_fwd_training_n128_h7w7c32 — batchnorm kernel
 *   node n16 "batch_normalization_2" (bn_train), from $.layers[9]
 *   in  conv2d_2_out               (128, 7, 7, 32) nChw16c
 *   in  batch_normalization_2/gamma (32) C
 *   in  batch_normalization_2/beta (32) C
 *   in  batch_normalization_2/moving_mean (32) C
 *   in  batch_normalization_2/moving_variance (32) C
 *   out batch_normalization_2_out.part (128, 7, 7, 32) nChw16c
 *   out batch_normalization_2_mean (32) C
 *   out batch_normalization_2_invstd (32) C
 *   tmp conv2d_2_out.partial       (256) C, scratch
 *   tmp conv2d_2_out.stats         (160) C, scratch
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k12_batchnorm_fwd_training_n128_h7w7c32(const float *restrict conv2d_2_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, float *restrict batch_normalization_2_moving_mean, float *restrict batch_normalization_2_moving_variance, float *restrict batch_normalization_2_out_part, float *restrict batch_normalization_2_mean, float *restrict batch_normalization_2_invstd, float *restrict conv2d_2_out_partial, float *restrict conv2d_2_out_stats, int nb)
{
    /* conv2d_2_out_stats: mean, scale, shift (32 lanes each, padded channels 0) */
    float *const st_mean = conv2d_2_out_stats, *const st_scale = conv2d_2_out_stats + 32, *const st_shift = conv2d_2_out_stats + 64;
    const double rows = (double)nb * 49;  /* M: values per channel */
    /* pass 1: sums of d = x - K and of d^2, K = x[0, 0, 0, c] */
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        double *part = (double *)conv2d_2_out_partial + (long)t * 64;
        memset(part, 0, sizeof(double) * 64);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++)
            for (int cb = 0; cb < 2; cb++) {
                vf s1 = vzero(), s2 = vzero();
                for (int h = 0; h < 7; h++)
                    for (int w = 0; w < 7; w++) {
                        const vf v = vload(conv2d_2_out + (long)n * 1568 + (long)cb * 784 + (long)(h + 0) * 112 + (long)(w + 0) * 16);
                        s1 += (v - vload(conv2d_2_out + (long)cb * 784 + 0));
                        s2 += (v - vload(conv2d_2_out + (long)cb * 784 + 0)) * (v - vload(conv2d_2_out + (long)cb * 784 + 0));
                    }
                for (int l = 0; l < 16; l++) {
                    part[cb * 16 + l] += s1[l];
                    part[32 + cb * 16 + l] += s2[l];
                }
            }
    }
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        if (c >= 32) { st_mean[c] = st_scale[c] = st_shift[c] = 0.0f; continue; }
        double s1 = 0, s2 = 0;
        for (int t = 0; t < 2; t++) {
            s1 += ((double *)conv2d_2_out_partial)[(long)t * 64 + c];
            s2 += ((double *)conv2d_2_out_partial)[(long)t * 64 + 32 + c];
        }
        const double k = conv2d_2_out[(long)(c / 16) * 784 + 0 + c % 16];
        const double m1 = s1 / rows, var0 = s2 / rows - m1 * m1;
        const double var = var0 < 0.0 ? 0.0 : var0;  /* biased, as Keras; NaN stays NaN */
        st_mean[c] = (float)(k + m1);
        const float invstd = (float)(1.0 / sqrt(var + 0.00100000005f));
        batch_normalization_2_mean[c] = st_mean[c];
        batch_normalization_2_invstd[c] = invstd;
        batch_normalization_2_moving_mean[c] = batch_normalization_2_moving_mean[c] * 0.99000001f + st_mean[c] * 0.00999999046f;
        batch_normalization_2_moving_variance[c] = batch_normalization_2_moving_variance[c] * 0.99000001f + (float)var * 0.00999999046f;
        st_scale[c] = invstd * batch_normalization_2_gamma[c];
        st_shift[c] = batch_normalization_2_beta[c] - st_mean[c] * st_scale[c];
    }
    /* pass 2: y = x * scale + shift */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++)
            for (int h = 0; h < 7; h++)
                for (int w = 0; w < 7; w++) {
                    const vf v = vload(conv2d_2_out + (long)n * 1568 + (long)cb * 784 + (long)(h + 0) * 112 + (long)(w + 0) * 16);
                    float *const py = batch_normalization_2_out_part + (long)n * 1568 + (long)cb * 784 + (long)(h + 0) * 112 + (long)(w + 0) * 16;
                    vstore(py, v * vload(st_scale + cb * 16) + vload(st_shift + cb * 16));
                }
}

/* k13_reorder_n128_h7w7c32 — reorder kernel
 *   node n17 "reorder.batch_normalization_2_out" (reorder), from $.layers[9]
 *   in  batch_normalization_2_out.part (128, 7, 7, 32) nChw16c
 *   out batch_normalization_2_out  (128, 7, 7, 32) NHWC
 *   schedule: OpenMP over elements; ISA avx512 */
void k13_reorder_n128_h7w7c32(const float *restrict batch_normalization_2_out_part, float *restrict batch_normalization_2_out, int nb)
{
    /* batch_normalization_2_out.part -> batch_normalization_2_out */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++)
            for (int hp = 0; hp < 7; hp++)
                for (int wp = 0; wp < 7; wp++)
                    for (int cl = 0; cl < 32; cl++) {
                        const int h = hp - 0, w = wp - 0, c = cb * 32 + cl;
                        const float v = h >= 0 && h < 7 && w >= 0 && w < 7 && c < 32 ? batch_normalization_2_out_part[((long)(n) * 1568 + (long)((c) / 16) * 784 + (long)((h) + 0) * 112 + ((w) + 0) * 16 + (c) % 16)] : 0.0f;
                        batch_normalization_2_out[(long)n * 1568 + (long)cb * 0 + (long)hp * 224 + (long)wp * 32 + cl] = v;
                    }
}

/* k14_relu_n128_h7w7c32 — eltwise kernel
 *   node n18 "re_lu_2.relu" (relu), from $.layers[10]
 *   in  batch_normalization_2_out  (128, 7, 7, 32) NHWC
 *   out re_lu_2_out                (128, 7, 7, 32) NHWC
 *   schedule: OpenMP over samples; ISA avx512 */
void k14_relu_n128_h7w7c32(const float *restrict batch_normalization_2_out, float *restrict re_lu_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1568; e < (long)(n + 1) * 1568; e++) {
            re_lu_2_out[e] = batch_normalization_2_out[e] > 0.0f ? batch_normalization_2_out[e] : (batch_normalization_2_out[e] != batch_normalization_2_out[e] ? batch_normalization_2_out[e] : 0.0f);
        }
    }
}

/* k15_dropout_n128_k1568 — eltwise kernel
 *   node n19 "dropout" (dropout), from $.layers[12]
 *   in  flatten_out                (128, 1568) NC
 *   out dropout_out                (128, 1568) NC
 *   out dropout_mask               (128, 1568) NC
 *   schedule: OpenMP over samples; ISA avx512 */
void k15_dropout_n128_k1568(const float *restrict flatten_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)
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

/* k16_reorder_1568x10 — reorder kernel
 *   node n20 "reorder.dense/kernel.padded16" (reorder), from $.layers[13]
 *   in  dense/kernel               (1568, 10) IO
 *   out dense/kernel.padded16      (1568, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k16_reorder_1568x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16)
{
    /* dense/kernel -> dense/kernel.padded16 */
    /* (1568, 10) -> padded (1568, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 1568; r++)
        for (int c = 0; c < 16; c++) dense_kernel_padded16[(long)r * 16 + c] = c < 10 ? dense_kernel[(long)r * 10 + c] : 0.0f;
}

/* k17_reorder_c10 — reorder kernel
 *   node n21 "reorder.dense/bias.padded16" (reorder), from $.layers[13]
 *   in  dense/bias                 (10) C
 *   out dense/bias.padded16        (10) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k17_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16)
{
    /* dense/bias -> dense/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_bias_padded16[c] = c < 10 ? dense_bias[c] : 0.0f;
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k18_dense_fwd_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
    for (int p = 0; p < 1568; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[1568 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[3136 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[4704 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[6272 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[7840 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[9408 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[10976 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k18_dense_fwd_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 1568; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k18_dense_fwd_n128_k10 — gemm kernel
 *   node n22 "dense" (dense), from $.layers[13]
 *   in  dropout_out                (128, 1568) NC
 *   in  dense/kernel.padded16      (1568, 10) IO
 *   in  dense/bias.padded16        (10) C
 *   out dense_pre                  (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k18_dense_fwd_n128_k10(const float *restrict dropout_out, const float *restrict dense_kernel_padded16, const float *restrict dense_bias_padded16, float *restrict dense_pre, int nb)
{
    /* C (nb x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = nb / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = dense_bias_padded16 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_kernel_padded16 + j0 * 16;
            if (i0 < full_rows) {
                k18_dense_fwd_n128_k10_tile_8x1t(dropout_out + (long)i0 * 1568, bg, bias_g, dense_pre + (long)i0 * 10 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k18_dense_fwd_n128_k10_tile_1x1t(dropout_out + (long)i * 1568, bg, bias_g, dense_pre + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k19_bn_fold_3x3x1x32 — reorder kernel
 *   node n23 "batch_normalization_infer" (bn_fold), from $.layers[1]
 *   in  conv2d/kernel              (3, 3, 1, 32) HWIO
 *   in  conv2d/bias                (32) C
 *   in  batch_normalization/gamma  (32) C
 *   in  batch_normalization/beta   (32) C
 *   in  batch_normalization/moving_mean (32) C
 *   in  batch_normalization/moving_variance (32) C
 *   out conv2d/kernel.bn_folded    (3, 3, 1, 32) HWIO
 *   out conv2d/bias.bn_folded      (32) C
 *   schedule: OpenMP over samples; ISA avx512 */
void k19_bn_fold_3x3x1x32(const float *restrict conv2d_kernel, const float *restrict conv2d_bias, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict conv2d_kernel_bn_folded, float *restrict conv2d_bias_bn_folded)
{
    /* s = gamma / sqrt(moving_variance + epsilon): kernel * s, bias (b - moving_mean) * s + beta */
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f++) {
        const float s = batch_normalization_gamma[f] / sqrtf(batch_normalization_moving_variance[f] + 0.00100000005f);
        for (long r = 0; r < 9; r++) conv2d_kernel_bn_folded[r * 32 + f] = conv2d_kernel[r * 32 + f] * s;
        conv2d_bias_bn_folded[f] = (conv2d_bias[f] - batch_normalization_moving_mean[f]) * s + batch_normalization_beta[f];
    }
}

/* k20_reorder_n128_h28w28c1 — reorder kernel
 *   node n24 "reorder.x.padded.2" (reorder), from $.layers[0]
 *   in  x                          (128, 28, 28, 1) NHWC
 *   out x.padded.2                 (128, 28, 28, 1) NHWC
 *   schedule: OpenMP over elements; ISA avx512 */
void k20_reorder_n128_h28w28c1(const float *restrict x, float *restrict x_padded_2, int nb)
{
    /* x -> x.padded.2 */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++)
            for (int hp = 0; hp < 30; hp++)
                for (int wp = 0; wp < 30; wp++)
                    for (int cl = 0; cl < 1; cl++) {
                        const int h = hp - 1, w = wp - 1, c = cb * 1 + cl;
                        const float v = h >= 0 && h < 28 && w >= 0 && w < 28 && c < 1 ? x[((long)(n) * 784 + (long)((h) + 0) * 28 + ((w) + 0) * 1 + (c))] : 0.0f;
                        x_padded_2[(long)n * 900 + (long)cb * 0 + (long)hp * 30 + (long)wp * 1 + cl] = v;
                    }
}

/* k21_reorder_3x3x1x32 — reorder kernel
 *   node n25 "reorder.conv2d/kernel.bn_folded.blocked16" (reorder), from $.layers[0]
 *   in  conv2d/kernel.bn_folded    (3, 3, 1, 32) HWIO
 *   out conv2d/kernel.bn_folded.blocked16 (3, 3, 1, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k21_reorder_3x3x1x32(const float *restrict conv2d_kernel_bn_folded, float *restrict conv2d_kernel_bn_folded_blocked16)
{
    /* conv2d/kernel.bn_folded -> conv2d/kernel.bn_folded.blocked16 */
    /* (3, 3, 1, 32) HWIO -> (2, 1, 3, 3, 1, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 1; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 1 + ic, f = ob * 16 + oc;
                            conv2d_kernel_bn_folded_blocked16[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 16 + ic * 16 + oc] = c < 1 && f < 32 ? conv2d_kernel_bn_folded[((kh * 3 + kw) * 1 + c) * 32 + f] : 0.0f;
                        }
}

/* k22_reorder_c32 — reorder kernel
 *   node n26 "reorder.conv2d/bias.bn_folded.padded32" (reorder), from $.layers[0]
 *   in  conv2d/bias.bn_folded      (32) C
 *   out conv2d/bias.bn_folded.padded32 (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k22_reorder_c32(const float *restrict conv2d_bias_bn_folded, float *restrict conv2d_bias_bn_folded_padded32)
{
    /* conv2d/bias.bn_folded -> conv2d/bias.bn_folded.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_bias_bn_folded_padded32[c] = c < 32 ? conv2d_bias_bn_folded[c] : 0.0f;
}

/* 2 x 6 output pixels x 2 output-channel vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k23_conv2d_fwd_relu_maxpool_n128_h28w28c32_tile_2x6(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
{
    (void)ap;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 16);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 16);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 16);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 16);
    vf acc_r0c4v0 = vload(bp + 0), acc_r0c4v1 = vload(bp + 16);
    vf acc_r0c5v0 = vload(bp + 0), acc_r0c5v1 = vload(bp + 16);
    vf acc_r1c0v0 = vload(bp + 0), acc_r1c0v1 = vload(bp + 16);
    vf acc_r1c1v0 = vload(bp + 0), acc_r1c1v1 = vload(bp + 16);
    vf acc_r1c2v0 = vload(bp + 0), acc_r1c2v1 = vload(bp + 16);
    vf acc_r1c3v0 = vload(bp + 0), acc_r1c3v1 = vload(bp + 16);
    vf acc_r1c4v0 = vload(bp + 0), acc_r1c4v1 = vload(bp + 16);
    vf acc_r1c5v0 = vload(bp + 0), acc_r1c5v1 = vload(bp + 16);
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 30 + kw * 1;
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
                { const vf xb = vbcast(xs[30 + ic]); acc_r1c0v0 = vfma(xb, w0, acc_r1c0v0); acc_r1c0v1 = vfma(xb, w1, acc_r1c0v1); }
                { const vf xb = vbcast(xs[31 + ic]); acc_r1c1v0 = vfma(xb, w0, acc_r1c1v0); acc_r1c1v1 = vfma(xb, w1, acc_r1c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r1c2v0 = vfma(xb, w0, acc_r1c2v0); acc_r1c2v1 = vfma(xb, w1, acc_r1c2v1); }
                { const vf xb = vbcast(xs[33 + ic]); acc_r1c3v0 = vfma(xb, w0, acc_r1c3v0); acc_r1c3v1 = vfma(xb, w1, acc_r1c3v1); }
                { const vf xb = vbcast(xs[34 + ic]); acc_r1c4v0 = vfma(xb, w0, acc_r1c4v0); acc_r1c4v1 = vfma(xb, w1, acc_r1c4v1); }
                { const vf xb = vbcast(xs[35 + ic]); acc_r1c5v0 = vfma(xb, w0, acc_r1c5v0); acc_r1c5v1 = vfma(xb, w1, acc_r1c5v1); }
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
        vstore(yp + 4096, mx);
    }
    {  /* window (0, 1), channel vector 0 */
        vf m = acc_r0c2v0;
        m = acc_r0c3v0 > m ? acc_r0c3v0 : m;
        m = acc_r1c2v0 > m ? acc_r1c2v0 : m;
        m = acc_r1c3v0 > m ? acc_r1c3v0 : m;
        const vf mx = ((acc_r0c2v0 != acc_r0c2v0) | (acc_r0c3v0 != acc_r0c3v0) | (acc_r1c2v0 != acc_r1c2v0) | (acc_r1c3v0 != acc_r1c3v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 16, mx);
    }
    {  /* window (0, 1), channel vector 1 */
        vf m = acc_r0c2v1;
        m = acc_r0c3v1 > m ? acc_r0c3v1 : m;
        m = acc_r1c2v1 > m ? acc_r1c2v1 : m;
        m = acc_r1c3v1 > m ? acc_r1c3v1 : m;
        const vf mx = ((acc_r0c2v1 != acc_r0c2v1) | (acc_r0c3v1 != acc_r0c3v1) | (acc_r1c2v1 != acc_r1c2v1) | (acc_r1c3v1 != acc_r1c3v1)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 4112, mx);
    }
    {  /* window (0, 2), channel vector 0 */
        vf m = acc_r0c4v0;
        m = acc_r0c5v0 > m ? acc_r0c5v0 : m;
        m = acc_r1c4v0 > m ? acc_r1c4v0 : m;
        m = acc_r1c5v0 > m ? acc_r1c5v0 : m;
        const vf mx = ((acc_r0c4v0 != acc_r0c4v0) | (acc_r0c5v0 != acc_r0c5v0) | (acc_r1c4v0 != acc_r1c4v0) | (acc_r1c5v0 != acc_r1c5v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 32, mx);
    }
    {  /* window (0, 2), channel vector 1 */
        vf m = acc_r0c4v1;
        m = acc_r0c5v1 > m ? acc_r0c5v1 : m;
        m = acc_r1c4v1 > m ? acc_r1c4v1 : m;
        m = acc_r1c5v1 > m ? acc_r1c5v1 : m;
        const vf mx = ((acc_r0c4v1 != acc_r0c4v1) | (acc_r0c5v1 != acc_r0c5v1) | (acc_r1c4v1 != acc_r1c4v1) | (acc_r1c5v1 != acc_r1c5v1)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 4128, mx);
    }
}

/* 2 x 4 output pixels x 2 output-channel vectors: 16 accumulators */
static inline __attribute__((always_inline)) void k23_conv2d_fwd_relu_maxpool_n128_h28w28c32_tile_2x4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap, int kh0, int kh1)
{
    (void)ap;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 16);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 16);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 16);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 16);
    vf acc_r1c0v0 = vload(bp + 0), acc_r1c0v1 = vload(bp + 16);
    vf acc_r1c1v0 = vload(bp + 0), acc_r1c1v1 = vload(bp + 16);
    vf acc_r1c2v0 = vload(bp + 0), acc_r1c2v1 = vload(bp + 16);
    vf acc_r1c3v0 = vload(bp + 0), acc_r1c3v1 = vload(bp + 16);
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 30 + kw * 1;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 16;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 1; ic++) {
                const vf w0 = vload(ws + 0 + ic * 16), w1 = vload(ws + 144 + ic * 16);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[1 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[2 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[3 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[30 + ic]); acc_r1c0v0 = vfma(xb, w0, acc_r1c0v0); acc_r1c0v1 = vfma(xb, w1, acc_r1c0v1); }
                { const vf xb = vbcast(xs[31 + ic]); acc_r1c1v0 = vfma(xb, w0, acc_r1c1v0); acc_r1c1v1 = vfma(xb, w1, acc_r1c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r1c2v0 = vfma(xb, w0, acc_r1c2v0); acc_r1c2v1 = vfma(xb, w1, acc_r1c2v1); }
                { const vf xb = vbcast(xs[33 + ic]); acc_r1c3v0 = vfma(xb, w0, acc_r1c3v0); acc_r1c3v1 = vfma(xb, w1, acc_r1c3v1); }
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
        vstore(yp + 4096, mx);
    }
    {  /* window (0, 1), channel vector 0 */
        vf m = acc_r0c2v0;
        m = acc_r0c3v0 > m ? acc_r0c3v0 : m;
        m = acc_r1c2v0 > m ? acc_r1c2v0 : m;
        m = acc_r1c3v0 > m ? acc_r1c3v0 : m;
        const vf mx = ((acc_r0c2v0 != acc_r0c2v0) | (acc_r0c3v0 != acc_r0c3v0) | (acc_r1c2v0 != acc_r1c2v0) | (acc_r1c3v0 != acc_r1c3v0)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 16, mx);
    }
    {  /* window (0, 1), channel vector 1 */
        vf m = acc_r0c2v1;
        m = acc_r0c3v1 > m ? acc_r0c3v1 : m;
        m = acc_r1c2v1 > m ? acc_r1c2v1 : m;
        m = acc_r1c3v1 > m ? acc_r1c3v1 : m;
        const vf mx = ((acc_r0c2v1 != acc_r0c2v1) | (acc_r0c3v1 != acc_r0c3v1) | (acc_r1c2v1 != acc_r1c2v1) | (acc_r1c3v1 != acc_r1c3v1)) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 4112, mx);
    }
}

/* k23_conv2d_fwd_relu_maxpool_n128_h28w28c32 — conv_fwd kernel
 *   node n27 "conv2d_infer" (conv2d), from $.layers[0]
 *   node n28 "re_lu.relu_infer" (relu), from $.layers[2]
 *   node n29 "max_pooling2d_infer" (maxpool), from $.layers[3]
 *   in  x.padded.2                 (128, 28, 28, 1) NHWC
 *   in  conv2d/kernel.bn_folded.blocked16 (3, 3, 1, 32) 16-blocked
 *   in  conv2d/bias.bn_folded.padded32 (32) C
 *   out max_pooling2d_out_infer    (128, 14, 14, 32) nChw16c, halo 1 1 1 1
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   register tile: 2 output-channel vectors x 2x6 pixels, 16 input channels a step
 *   schedule: OpenMP over output rows; ISA avx512 */
void k23_conv2d_fwd_relu_maxpool_n128_h28w28c32(const float *restrict x_padded_2, const float *restrict conv2d_kernel_bn_folded_blocked16, const float *restrict conv2d_bias_bn_folded_padded32, float *restrict max_pooling2d_out_infer, int nb)
{
    /* zero the halo of max_pooling2d_out_infer: rows [0, 1) and [15, 16), columns [0, 1) and [15, 16) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = max_pooling2d_out_infer + (long)n * 8192 + (long)cb * 4096;
            for (int hp = 0; hp < 16; hp++) {
                if (hp < 1 || hp >= 15) { memset(p + (long)hp * 256, 0, sizeof(float) * 256); continue; }
                memset(p + (long)hp * 256, 0, sizeof(float) * 16);
                memset(p + (long)hp * 256 + 240, 0, sizeof(float) * 16);
            }
        }
    /* tiles of 2x6 pixels x 2 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 28; oh += 2) {
            const float *xr = x_padded_2 + (long)n * 900 + (long)(-1 + oh * 1 + 1) * 30 + (long)(-1 + 1) * 1;
            float *yr = max_pooling2d_out_infer + (long)n * 8192 + (long)(oh / 2 + 1) * 256 + (long)1 * 16;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_kernel_bn_folded_blocked16 + (long)og * 288;
                const float *bg = conv2d_bias_bn_folded_padded32 + og * 32;
                float *yg = yr + (long)og * 8192;
                uint8_t *mg = NULL;
                for (int ow = 0; ow < 24; ow += 6) k23_conv2d_fwd_relu_maxpool_n128_h28w28c32_tile_2x6(xr + (long)ow * 1, wg, bg, yg + (long)(ow / 2) * 16, mg ? mg + (long)(ow / 2) * 16 : NULL, 0, 3);
                k23_conv2d_fwd_relu_maxpool_n128_h28w28c32_tile_2x4(xr + 24, wg, bg, yg + 192, mg ? mg + 192 : NULL, 0, 3);
            }
        }
}

/* k24_bn_fold_3x3x32x32 — reorder kernel
 *   node n30 "batch_normalization_1_infer" (bn_fold), from $.layers[5]
 *   in  conv2d_1/kernel            (3, 3, 32, 32) HWIO
 *   in  conv2d_1/bias              (32) C
 *   in  batch_normalization_1/gamma (32) C
 *   in  batch_normalization_1/beta (32) C
 *   in  batch_normalization_1/moving_mean (32) C
 *   in  batch_normalization_1/moving_variance (32) C
 *   out conv2d_1/kernel.bn_folded  (3, 3, 32, 32) HWIO
 *   out conv2d_1/bias.bn_folded    (32) C
 *   schedule: OpenMP over samples; ISA avx512 */
void k24_bn_fold_3x3x32x32(const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict conv2d_1_kernel_bn_folded, float *restrict conv2d_1_bias_bn_folded)
{
    /* s = gamma / sqrt(moving_variance + epsilon): kernel * s, bias (b - moving_mean) * s + beta */
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f++) {
        const float s = batch_normalization_1_gamma[f] / sqrtf(batch_normalization_1_moving_variance[f] + 0.00100000005f);
        for (long r = 0; r < 288; r++) conv2d_1_kernel_bn_folded[r * 32 + f] = conv2d_1_kernel[r * 32 + f] * s;
        conv2d_1_bias_bn_folded[f] = (conv2d_1_bias[f] - batch_normalization_1_moving_mean[f]) * s + batch_normalization_1_beta[f];
    }
}

/* k25_reorder_3x3x32x32 — reorder kernel
 *   node n31 "reorder.conv2d_1/kernel.bn_folded.blocked16" (reorder), from $.layers[4]
 *   in  conv2d_1/kernel.bn_folded  (3, 3, 32, 32) HWIO
 *   out conv2d_1/kernel.bn_folded.blocked16 (3, 3, 32, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k25_reorder_3x3x32x32(const float *restrict conv2d_1_kernel_bn_folded, float *restrict conv2d_1_kernel_bn_folded_blocked16)
{
    /* conv2d_1/kernel.bn_folded -> conv2d_1/kernel.bn_folded.blocked16 */
    /* (3, 3, 32, 32) HWIO -> (2, 2, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_1_kernel_bn_folded_blocked16[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 32 && f < 32 ? conv2d_1_kernel_bn_folded[((kh * 3 + kw) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* k26_reorder_c32 — reorder kernel
 *   node n32 "reorder.conv2d_1/bias.bn_folded.padded32" (reorder), from $.layers[4]
 *   in  conv2d_1/bias.bn_folded    (32) C
 *   out conv2d_1/bias.bn_folded.padded32 (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k26_reorder_c32(const float *restrict conv2d_1_bias_bn_folded, float *restrict conv2d_1_bias_bn_folded_padded32)
{
    /* conv2d_1/bias.bn_folded -> conv2d_1/bias.bn_folded.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_1_bias_bn_folded_padded32[c] = c < 32 ? conv2d_1_bias_bn_folded[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k27_conv2d_fwd_relu_maxpool_n128_h14w14c32_weights(const float *restrict gp, float *restrict u)
{
    vf g[3][3], a[4][3];
    for (int p = 0; p < 3; p++)
        for (int q = 0; q < 3; q++) g[p][q] = vload(gp + (p * 3 + q) * 256);
    for (int q = 0; q < 3; q++) {  /* G g */
        a[0][q] = g[0][q];
        a[1][q] = g[0][q] * 0.5f + g[1][q] * 0.5f + g[2][q] * 0.5f;
        a[2][q] = g[0][q] * 0.5f - g[1][q] * 0.5f + g[2][q] * 0.5f;
        a[3][q] = g[2][q];
    }
    for (int r = 0; r < 4; r++) {  /* (G g) G^T */
        vstore(u + (r * 4 + 0) * 512, a[r][0]);
        vstore(u + (r * 4 + 1) * 512, a[r][0] * 0.5f + a[r][1] * 0.5f + a[r][2] * 0.5f);
        vstore(u + (r * 4 + 2) * 512, a[r][0] * 0.5f - a[r][1] * 0.5f + a[r][2] * 0.5f);
        vstore(u + (r * 4 + 3) * 512, a[r][2]);
    }
}

/* V = B^T d B of one 4x4 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 784 floats apart) */
static inline __attribute__((always_inline)) void k27_conv2d_fwd_relu_maxpool_n128_h14w14c32_input(const float *restrict xp, float *restrict vp)
{
    vf d[4][4], e[4][4];
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 4; c++) d[r][c] = vload(xp + r * 256 + c * 16);
    for (int c = 0; c < 4; c++) {  /* B^T d */
        e[0][c] = d[0][c] - d[2][c];
        e[1][c] = d[1][c] + d[2][c];
        e[2][c] = -d[1][c] + d[2][c];
        e[3][c] = d[1][c] - d[3][c];
    }
    for (int r = 0; r < 4; r++) {  /* (B^T d) B */
        vstore(vp + (r * 4 + 0) * 784, e[r][0] - e[r][2]);
        vstore(vp + (r * 4 + 1) * 784, e[r][1] + e[r][2]);
        vstore(vp + (r * 4 + 2) * 784, -e[r][1] + e[r][2]);
        vstore(vp + (r * 4 + 3) * 784, e[r][1] - e[r][3]);
    }
}

/* Winograd-domain product: 8 tiles x 2 output-channel vectors, 16 accumulators, over 32 input channels */
static inline __attribute__((always_inline)) void k27_conv2d_fwd_relu_maxpool_n128_h14w14c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    vf acc_t6v0 = vzero(), acc_t6v1 = vzero();
    vf acc_t7v0 = vzero(), acc_t7v1 = vzero();
    for (int cb = 0; cb < 2; cb++) {
        const float *vs = vp + (long)cb * 384, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16), u1 = vload(us + 8192 + ic * 16);
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
    vstore(mp + 384, acc_t0v1);
    vstore(mp + 16, acc_t1v0);
    vstore(mp + 400, acc_t1v1);
    vstore(mp + 32, acc_t2v0);
    vstore(mp + 416, acc_t2v1);
    vstore(mp + 48, acc_t3v0);
    vstore(mp + 432, acc_t3v1);
    vstore(mp + 64, acc_t4v0);
    vstore(mp + 448, acc_t4v1);
    vstore(mp + 80, acc_t5v0);
    vstore(mp + 464, acc_t5v1);
    vstore(mp + 96, acc_t6v0);
    vstore(mp + 480, acc_t6v1);
    vstore(mp + 112, acc_t7v0);
    vstore(mp + 496, acc_t7v1);
}

/* Y = A^T m A of one tile's 16 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 784 floats apart), yp at its output pixel (0, 0); then the max-pooling of the tile's windows to yp (its first window) and ap, ReLU */
static inline __attribute__((always_inline)) void k27_conv2d_fwd_relu_maxpool_n128_h14w14c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, uint8_t *restrict ap)
{
    (void)ap;
    vf pr[4][4], s[2][4];
    for (int pos = 0; pos < 16; pos++) pr[pos / 4][pos % 4] = vload(mp + pos * 784);
    for (int c = 0; c < 4; c++) {  /* A^T m */
        s[0][c] = pr[0][c] + pr[1][c] + pr[2][c];
        s[1][c] = pr[1][c] - pr[2][c] - pr[3][c];
    }
    vf y[2][2];
    for (int r = 0; r < 2; r++) {  /* (A^T m) A */
        y[r][0] = s[r][0] + s[r][1] + s[r][2];
        y[r][1] = s[r][1] - s[r][2] - s[r][3];
    }
    const vf bias = vload(bp);
    for (int r = 0; r < 2; r++)
        for (int c = 0; c < 2; c++) y[r][c] += bias;
    {  /* window (0, 0) */
        vf m = y[0][0];
        m = y[0][1] > m ? y[0][1] : m;
        m = y[1][0] > m ? y[1][0] : m;
        m = y[1][1] > m ? y[1][1] : m;
        const vf mx = ((y[0][0] != y[0][0]) | (y[0][1] != y[0][1]) | (y[1][0] != y[1][0]) | (y[1][1] != y[1][1])) ? (vf)NAN : (m > 0.0f ? m : vzero());  /* NaN if any element is */
        vstore(yp + 0, mx);
    }
}

/* k27_conv2d_fwd_relu_maxpool_n128_h14w14c32 — conv_fwd kernel
 *   node n33 "conv2d_1_infer" (conv2d), from $.layers[4]
 *   node n34 "re_lu_1.relu_infer" (relu), from $.layers[6]
 *   node n35 "max_pooling2d_1_infer" (maxpool), from $.layers[7]
 *   in  max_pooling2d_out_infer    (128, 14, 14, 32) nChw16c, halo 1 1 1 1
 *   in  conv2d_1/kernel.bn_folded.blocked16 (3, 3, 32, 32) 16-blocked
 *   in  conv2d_1/bias.bn_folded.padded32 (32) C
 *   out max_pooling2d_1_out_infer  (128, 7, 7, 32) nChw16c, halo 1 1 1 1
 *   tmp conv2d_1/kernel.bn_folded.blocked16.winograd (16384) C, scratch
 *   tmp max_pooling2d_out_infer.winograd_tiles (50176) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(2x2, 3x3): products of 2 output-channel vectors x 8 tiles, in blocks of 24 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k27_conv2d_fwd_relu_maxpool_n128_h14w14c32(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel_bn_folded_blocked16, const float *restrict conv2d_1_bias_bn_folded_padded32, float *restrict max_pooling2d_1_out_infer, float *restrict conv2d_1_kernel_bn_folded_blocked16_winograd, float *restrict max_pooling2d_out_infer_winograd_tiles, int nb)
{
    /* Winograd F(2x2, 3x3): 7 x 7 tiles of 2x2 output pixels per sample, in blocks of 24;
       products of 8 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int ocb = u / 32, c = u % 32;
        k27_conv2d_fwd_relu_maxpool_n128_h14w14c32_weights(conv2d_1_kernel_bn_folded_blocked16 + (long)ocb * 4608 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_1_kernel_bn_folded_blocked16_winograd + (long)ocb * 8192 + (long)c * 16);
    }
    /* zero the halo of max_pooling2d_1_out_infer: rows [0, 1) and [8, 9), columns [0, 1) and [8, 9) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = max_pooling2d_1_out_infer + (long)n * 2592 + (long)cb * 1296;
            for (int hp = 0; hp < 9; hp++) {
                if (hp < 1 || hp >= 8) { memset(p + (long)hp * 144, 0, sizeof(float) * 144); continue; }
                memset(p + (long)hp * 144, 0, sizeof(float) * 16);
                memset(p + (long)hp * 144 + 128, 0, sizeof(float) * 16);
            }
        }
    /* 2. blocks of 24 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 49, nblocks = (ntiles + 23) / 24;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = max_pooling2d_out_infer_winograd_tiles + (long)t * 25088, *ms = vs + 12544;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 24;
            for (int j = 0; j < 24; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 16; pos++)
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 784 + ((long)cb * 24 + j) * 16, vzero());
                    continue;
                }
                const int n = (int)(q / 49), ti = (int)(q % 49) / 7, tj = (int)(q % 7);
                const float *xp = max_pooling2d_out_infer + (long)n * 8192 + (long)(0 + 2 * ti) * 256 + (long)(0 + 2 * tj) * 16;
                for (int cb = 0; cb < 2; cb++) k27_conv2d_fwd_relu_maxpool_n128_h14w14c32_input(xp + (long)cb * 4096, vs + ((long)cb * 24 + j) * 16);
            }
            for (int pos = 0; pos < 16; pos++)  /* the 16 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 24; j += 8)
                        k27_conv2d_fwd_relu_maxpool_n128_h14w14c32_product(vs + pos * 784 + (long)j * 16, conv2d_1_kernel_bn_folded_blocked16_winograd + (long)og * 16384 + pos * 512,
                                                                   ms + pos * 784 + ((long)og * 48 + j) * 16);
            for (int j = 0; j < 24 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 49), ti = (int)(q % 49) / 7, tj = (int)(q % 7);
                for (int kb = 0; kb < 2; kb++)
                    k27_conv2d_fwd_relu_maxpool_n128_h14w14c32_output(ms + ((long)kb * 24 + j) * 16, conv2d_1_bias_bn_folded_padded32 + kb * 16,
                                                                      max_pooling2d_1_out_infer + (long)n * 2592 + (long)(1 + 1 * ti) * 144 + (long)(1 + 1 * tj) * 16 + (long)kb * 1296,
                                                                      NULL);
            }
        }
    }
}

/* k28_bn_fold_3x3x32x32 — reorder kernel
 *   node n36 "batch_normalization_2_infer" (bn_fold), from $.layers[9]
 *   in  conv2d_2/kernel            (3, 3, 32, 32) HWIO
 *   in  conv2d_2/bias              (32) C
 *   in  batch_normalization_2/gamma (32) C
 *   in  batch_normalization_2/beta (32) C
 *   in  batch_normalization_2/moving_mean (32) C
 *   in  batch_normalization_2/moving_variance (32) C
 *   out conv2d_2/kernel.bn_folded  (3, 3, 32, 32) HWIO
 *   out conv2d_2/bias.bn_folded    (32) C
 *   schedule: OpenMP over samples; ISA avx512 */
void k28_bn_fold_3x3x32x32(const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, const float *restrict batch_normalization_2_moving_mean, const float *restrict batch_normalization_2_moving_variance, float *restrict conv2d_2_kernel_bn_folded, float *restrict conv2d_2_bias_bn_folded)
{
    /* s = gamma / sqrt(moving_variance + epsilon): kernel * s, bias (b - moving_mean) * s + beta */
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f++) {
        const float s = batch_normalization_2_gamma[f] / sqrtf(batch_normalization_2_moving_variance[f] + 0.00100000005f);
        for (long r = 0; r < 288; r++) conv2d_2_kernel_bn_folded[r * 32 + f] = conv2d_2_kernel[r * 32 + f] * s;
        conv2d_2_bias_bn_folded[f] = (conv2d_2_bias[f] - batch_normalization_2_moving_mean[f]) * s + batch_normalization_2_beta[f];
    }
}

/* k29_reorder_3x3x32x32 — reorder kernel
 *   node n37 "reorder.conv2d_2/kernel.bn_folded.blocked16" (reorder), from $.layers[8]
 *   in  conv2d_2/kernel.bn_folded  (3, 3, 32, 32) HWIO
 *   out conv2d_2/kernel.bn_folded.blocked16 (3, 3, 32, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k29_reorder_3x3x32x32(const float *restrict conv2d_2_kernel_bn_folded, float *restrict conv2d_2_kernel_bn_folded_blocked16)
{
    /* conv2d_2/kernel.bn_folded -> conv2d_2/kernel.bn_folded.blocked16 */
    /* (3, 3, 32, 32) HWIO -> (2, 2, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_2_kernel_bn_folded_blocked16[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 32 && f < 32 ? conv2d_2_kernel_bn_folded[((kh * 3 + kw) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* k30_reorder_c32 — reorder kernel
 *   node n38 "reorder.conv2d_2/bias.bn_folded.padded32" (reorder), from $.layers[8]
 *   in  conv2d_2/bias.bn_folded    (32) C
 *   out conv2d_2/bias.bn_folded.padded32 (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k30_reorder_c32(const float *restrict conv2d_2_bias_bn_folded, float *restrict conv2d_2_bias_bn_folded_padded32)
{
    /* conv2d_2/bias.bn_folded -> conv2d_2/bias.bn_folded.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_2_bias_bn_folded_padded32[c] = c < 32 ? conv2d_2_bias_bn_folded[c] : 0.0f;
}

/* 1 x 7 output pixels x 2 output-channel vectors: 14 accumulators; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k31_conv2d_fwd_relu_n128_h7w7c32_tile_1x7_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 16);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 16);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 16);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 16);
    vf acc_r0c4v0 = vload(bp + 0), acc_r0c4v1 = vload(bp + 16);
    vf acc_r0c5v0 = vload(bp + 0), acc_r0c5v1 = vload(bp + 16);
    vf acc_r0c6v0 = vload(bp + 0), acc_r0c6v1 = vload(bp + 16);
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)cb * 1296 + kh * 144;
        const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0) * 256;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 16; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 16), w0_1 = vload(ws + 4608 + ic * 16);  /* column tap 0: pixels 1..6 */
            const vf w1_0 = vload(ws + 256 + ic * 16), w1_1 = vload(ws + 4864 + ic * 16);  /* column tap 1: pixels 0..6 */
            const vf w2_0 = vload(ws + 512 + ic * 16), w2_1 = vload(ws + 5120 + ic * 16);  /* column tap 2: pixels 0..5 */
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w0_1, acc_r0c1v1); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1_1, acc_r0c0v1); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w0_1, acc_r0c2v1); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1_1, acc_r0c1v1); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w2_1, acc_r0c0v1); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w0_1, acc_r0c3v1); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1_1, acc_r0c2v1); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w2_1, acc_r0c1v1); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w0_1, acc_r0c4v1); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1_1, acc_r0c3v1); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w2_1, acc_r0c2v1); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w0_1, acc_r0c5v1); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1_1, acc_r0c4v1); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w2_1, acc_r0c3v1); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w0_1, acc_r0c6v1); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1_1, acc_r0c5v1); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w2_1, acc_r0c4v1); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w1_1, acc_r0c6v1); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w2_1, acc_r0c5v1); }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 16, vrelu(acc_r0c0v1));
    vstore(yp + 32, vrelu(acc_r0c1v0));
    vstore(yp + 48, vrelu(acc_r0c1v1));
    vstore(yp + 64, vrelu(acc_r0c2v0));
    vstore(yp + 80, vrelu(acc_r0c2v1));
    vstore(yp + 96, vrelu(acc_r0c3v0));
    vstore(yp + 112, vrelu(acc_r0c3v1));
    vstore(yp + 128, vrelu(acc_r0c4v0));
    vstore(yp + 144, vrelu(acc_r0c4v1));
    vstore(yp + 160, vrelu(acc_r0c5v0));
    vstore(yp + 176, vrelu(acc_r0c5v1));
    vstore(yp + 192, vrelu(acc_r0c6v0));
    vstore(yp + 208, vrelu(acc_r0c6v1));
}

/* k31_conv2d_fwd_relu_n128_h7w7c32 — conv_fwd kernel
 *   node n39 "conv2d_2_infer" (conv2d), from $.layers[8]
 *   node n40 "re_lu_2.relu_infer" (relu), from $.layers[10]
 *   in  max_pooling2d_1_out_infer  (128, 7, 7, 32) nChw16c, halo 1 1 1 1
 *   in  conv2d_2/kernel.bn_folded.blocked16 (3, 3, 32, 32) 16-blocked
 *   in  conv2d_2/bias.bn_folded.padded32 (32) C
 *   out re_lu_2_out_infer          (128, 7, 7, 32) NHWC
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   register tile: 2 output-channel vectors x 1x7 pixels, 16 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx512 */
void k31_conv2d_fwd_relu_n128_h7w7c32(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_2_kernel_bn_folded_blocked16, const float *restrict conv2d_2_bias_bn_folded_padded32, float *restrict re_lu_2_out_infer, int nb)
{
    /* tiles of 1x7 pixels x 2 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 7; oh += 1) {
            const float *xr = max_pooling2d_1_out_infer + (long)n * 2592 + (long)(-1 + oh * 1 + 1) * 144 + (long)(-1 + 1) * 16;
            float *yr = re_lu_2_out_infer + (long)n * 1568 + (long)(0 + oh * 1 + 0) * 224 + (long)(0 + 0) * 32;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_2_kernel_bn_folded_blocked16 + (long)og * 9216;
                const float *bg = conv2d_2_bias_bn_folded_padded32 + og * 32;
                float *yg = yr + (long)og * 32;
                const float *mg = NULL;
                const int kh0 = 1 - oh, kh1 = 8 - oh;  /* the tap rows that reach x's rows */
                k31_conv2d_fwd_relu_n128_h7w7c32_tile_1x7_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k32_reorder_1568x10 — reorder kernel
 *   node n41 "reorder.dense/kernel.padded16.2" (reorder), from $.layers[13]
 *   in  dense/kernel               (1568, 10) IO
 *   out dense/kernel.padded16.2    (1568, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k32_reorder_1568x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16_2)
{
    /* dense/kernel -> dense/kernel.padded16.2 */
    /* (1568, 10) -> padded (1568, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 1568; r++)
        for (int c = 0; c < 16; c++) dense_kernel_padded16_2[(long)r * 16 + c] = c < 10 ? dense_kernel[(long)r * 10 + c] : 0.0f;
}

/* k33_reorder_c10 — reorder kernel
 *   node n42 "reorder.dense/bias.padded16.2" (reorder), from $.layers[13]
 *   in  dense/bias                 (10) C
 *   out dense/bias.padded16.2      (10) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k33_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16_2)
{
    /* dense/bias -> dense/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_bias_padded16_2[c] = c < 10 ? dense_bias[c] : 0.0f;
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k34_dense_fwd_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
    for (int p = 0; p < 1568; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[1568 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[3136 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[4704 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[6272 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[7840 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[9408 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[10976 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k34_dense_fwd_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 1568; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k34_dense_fwd_n128_k10 — gemm kernel
 *   node n43 "dense_infer" (dense), from $.layers[13]
 *   in  flatten_out_infer          (128, 1568) NC
 *   in  dense/kernel.padded16.2    (1568, 10) IO
 *   in  dense/bias.padded16.2      (10) C
 *   out dense_pre_infer            (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k34_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_pre_infer, int nb)
{
    /* C (nb x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = nb / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = dense_bias_padded16_2 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_kernel_padded16_2 + j0 * 16;
            if (i0 < full_rows) {
                k34_dense_fwd_n128_k10_tile_8x1t(flatten_out_infer + (long)i0 * 1568, bg, bias_g, dense_pre_infer + (long)i0 * 10 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k34_dense_fwd_n128_k10_tile_1x1t(flatten_out_infer + (long)i * 1568, bg, bias_g, dense_pre_infer + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k35_dense_fwd_softmax_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
    for (int p = 0; p < 1568; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[1568 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[3136 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[4704 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[6272 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[7840 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[9408 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[10976 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k35_dense_fwd_softmax_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 1568; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k35_dense_fwd_softmax_n128_k10 — gemm kernel
 *   node n44 "dense_predict_infer" (dense), from $.layers[13]
 *   node n45 "dense.softmax_infer" (softmax), from $.layers[13]
 *   in  flatten_out_infer          (128, 1568) NC
 *   in  dense/kernel.padded16.2    (1568, 10) IO
 *   in  dense/bias.padded16.2      (10) C
 *   out dense_out_infer            (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k35_dense_fwd_softmax_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_out_infer, int nb)
{
    /* C (nb x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = nb / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = dense_bias_padded16_2 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_kernel_padded16_2 + j0 * 16;
            float z[80];  /* the tile's logits */
            if (i0 < full_rows) {
                k35_dense_fwd_softmax_n128_k10_tile_8x1t(flatten_out_infer + (long)i0 * 1568, bg, bias_g, z, db_g, 0, NULL);
                for (int i = 0; i < 8; i++)
                    {
                        const float *zr = z + (long)i * 10;
                        float *yr = dense_out_infer + (long)(i0 + i) * 10;
                        float mx = zr[0];
                        for (int k = 1; k < 10; k++) mx = zr[k] > mx ? zr[k] : mx;
                        float sum = 0.0f;
                        for (int k = 0; k < 10; k++) { yr[k] = expf(zr[k] - mx); sum += yr[k]; }
                        for (int k = 0; k < 10; k++) yr[k] /= sum;
                    }
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k35_dense_fwd_softmax_n128_k10_tile_1x1t(flatten_out_infer + (long)i * 1568, bg, bias_g, z, i == 0 ? db_g : NULL, 0, NULL);
                    {
                        const float *zr = z;
                        float *yr = dense_out_infer + (long)i * 10;
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

/* k36_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10 — loss kernel
 *   node n46 "loss" (softmax_ce_sparse), from $.loss
 *   node n47 "dloss" (softmax_ce_sparse_bwd), from $.loss
 *   in  dense_pre                  (128, 10) NC
 *   in  y                          (128) N
 *   out ddense_pre                 (128, 10) NC
 *   tmp dense_pre.per_sample       (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k36_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10(const float *restrict dense_pre, const int32_t *restrict y, float *restrict ddense_pre, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_pre_per_sample;  /* per sample: loss, hit */
    const float inv = 1.0f / (float)nb;
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_pre + (long)n * 10;
        double total = 0.0, hits = 0.0;
        float *p = ddense_pre + (long)n * 10;  /* the probabilities, then the gradient */
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

/* k37_softmax_ce_sparse_n128_k10 — loss kernel
 *   node n48 "loss_eval" (softmax_ce_sparse), from $.loss
 *   in  dense_pre_infer            (128, 10) NC
 *   in  y                          (128) N
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k37_softmax_ce_sparse_n128_k10(const float *restrict dense_pre_infer, const int32_t *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k38_dense_bwd_weights_1568x10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
        { const vf ab = vbcast(a[0 + (long)p * 1568]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[1 + (long)p * 1568]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[2 + (long)p * 1568]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[3 + (long)p * 1568]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[4 + (long)p * 1568]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[5 + (long)p * 1568]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[6 + (long)p * 1568]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[7 + (long)p * 1568]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k38_dense_bwd_weights_1568x10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero();
    vf db0 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload_part(bm + (long)p * 10 + 0, 10);
        __builtin_prefetch(bm + (long)(p + 8) * 10 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1568]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        db0 += b0; 
    }
    vstore_part(c + 0, acc_r0v0, 10);
    if (dbias) vstore_part(dbias + 0, db0, 10);
}

/* k38_dense_bwd_weights_1568x10 — gemm kernel
 *   node n50 "ddense.weights" (dense_bwd_weights), from $.layers[13]
 *   in  ddense_pre                 (128, 10) NC
 *   in  dropout_out                (128, 1568) NC
 *   out ddense/kernel              (1568, 10) IO
 *   out ddense/bias                (10) C
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k38_dense_bwd_weights_1568x10(const float *restrict ddense_pre, const float *restrict dropout_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* C (1568 x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = 1568 / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 1568) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_pre + j0 * 16;
            if (i0 < full_rows) {
                k38_dense_bwd_weights_1568x10_tile_8x1t(dropout_out + (long)i0 * 1, bg, bias_g, ddense_kernel + (long)i0 * 10 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 1568; i++) {  /* the last rows, one at a time */
                    k38_dense_bwd_weights_1568x10_tile_1x1t(dropout_out + (long)i * 1, bg, bias_g, ddense_kernel + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k39_reorder_1568x10 — reorder kernel
 *   node n51 "reorder.dense/kernel.transposed1568" (reorder), from $.layers[13]
 *   in  dense/kernel               (1568, 10) IO
 *   out dense/kernel.transposed1568 (1568, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k39_reorder_1568x10(const float *restrict dense_kernel, float *restrict dense_kernel_transposed1568)
{
    /* dense/kernel -> dense/kernel.transposed1568 */
    /* (1568, 10) -> transposed (10, 1568), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 10; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 1568; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16 && r < 10; r++) dense_kernel_transposed1568[(long)r * 1568 + c] = dense_kernel[(long)c * 10 + r];
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k40_dense_bwd_data_n128_k1568_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 1568 + 0), b1 = vload(bm + (long)p * 1568 + 16), b2 = vload(bm + (long)p * 1568 + 32), b3 = vload(bm + (long)p * 1568 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 1568 + 0); __builtin_prefetch(bm + (long)(p + 8) * 1568 + 16); __builtin_prefetch(bm + (long)(p + 8) * 1568 + 32); __builtin_prefetch(bm + (long)(p + 8) * 1568 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[10 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[20 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[30 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[40 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[50 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
    vstore(c + 1568, acc_r1v0);
    vstore(c + 1584, acc_r1v1);
    vstore(c + 1600, acc_r1v2);
    vstore(c + 1616, acc_r1v3);
    vstore(c + 3136, acc_r2v0);
    vstore(c + 3152, acc_r2v1);
    vstore(c + 3168, acc_r2v2);
    vstore(c + 3184, acc_r2v3);
    vstore(c + 4704, acc_r3v0);
    vstore(c + 4720, acc_r3v1);
    vstore(c + 4736, acc_r3v2);
    vstore(c + 4752, acc_r3v3);
    vstore(c + 6272, acc_r4v0);
    vstore(c + 6288, acc_r4v1);
    vstore(c + 6304, acc_r4v2);
    vstore(c + 6320, acc_r4v3);
    vstore(c + 7840, acc_r5v0);
    vstore(c + 7856, acc_r5v1);
    vstore(c + 7872, acc_r5v2);
    vstore(c + 7888, acc_r5v3);
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k40_dense_bwd_data_n128_k1568_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 1568 + 0), b1 = vload(bm + (long)p * 1568 + 16);
        __builtin_prefetch(bm + (long)(p + 8) * 1568 + 0); __builtin_prefetch(bm + (long)(p + 8) * 1568 + 16); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[10 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[20 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[30 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[40 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[50 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 1568, acc_r1v0);
    vstore(c + 1584, acc_r1v1);
    vstore(c + 3136, acc_r2v0);
    vstore(c + 3152, acc_r2v1);
    vstore(c + 4704, acc_r3v0);
    vstore(c + 4720, acc_r3v1);
    vstore(c + 6272, acc_r4v0);
    vstore(c + 6288, acc_r4v1);
    vstore(c + 7840, acc_r5v0);
    vstore(c + 7856, acc_r5v1);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k40_dense_bwd_data_n128_k1568_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 1568 + 0), b1 = vload(bm + (long)p * 1568 + 16), b2 = vload(bm + (long)p * 1568 + 32), b3 = vload(bm + (long)p * 1568 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 1568 + 0); __builtin_prefetch(bm + (long)(p + 8) * 1568 + 16); __builtin_prefetch(bm + (long)(p + 8) * 1568 + 32); __builtin_prefetch(bm + (long)(p + 8) * 1568 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k40_dense_bwd_data_n128_k1568_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 1568 + 0), b1 = vload(bm + (long)p * 1568 + 16);
        __builtin_prefetch(bm + (long)(p + 8) * 1568 + 0); __builtin_prefetch(bm + (long)(p + 8) * 1568 + 16); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
}

/* k40_dense_bwd_data_n128_k1568 — gemm kernel
 *   node n52 "ddense.data" (dense_bwd_data), from $.layers[13]
 *   in  ddense_pre                 (128, 10) NC
 *   in  dense/kernel.transposed1568 (1568, 10) IO
 *   out ddropout_out               (128, 1568) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k40_dense_bwd_data_n128_k1568(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed1568, float *restrict ddropout_out, int nb)
{
    /* C (nb x 1568) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 25; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_kernel_transposed1568 + j0 * 16;
            if (i0 < full_rows) {
                if (g < 24) k40_dense_bwd_data_n128_k1568_tile_6x4(ddense_pre + (long)i0 * 10, bg, bias_g, ddropout_out + (long)i0 * 1568 + j0 * 16, db_g, 0, NULL);
                else k40_dense_bwd_data_n128_k1568_tile_6x2(ddense_pre + (long)i0 * 10, bg, bias_g, ddropout_out + (long)i0 * 1568 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 24) k40_dense_bwd_data_n128_k1568_tile_1x4(ddense_pre + (long)i * 10, bg, bias_g, ddropout_out + (long)i * 1568 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                    else k40_dense_bwd_data_n128_k1568_tile_1x2(ddense_pre + (long)i * 10, bg, bias_g, ddropout_out + (long)i * 1568 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k41_dropout_bwd_n128_k1568 — eltwise kernel
 *   node n53 "ddropout" (dropout_bwd), from $.layers[12]
 *   in  ddropout_out               (128, 1568) NC
 *   in  dropout_mask               (128, 1568) NC
 *   out dflatten_out               (128, 1568) NC
 *   schedule: OpenMP over samples; ISA avx512 */
void k41_dropout_bwd_n128_k1568(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dflatten_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1568; e < (long)(n + 1) * 1568; e++) {
            dflatten_out[e] = ddropout_out[e] * dropout_mask[e];
        }
    }
}

/* k42_relu_bwd_n128_h7w7c32 — eltwise kernel
 *   node n54 "dre_lu_2.relu" (relu_bwd), from $.layers[10]
 *   in  dre_lu_2_out               (128, 7, 7, 32) NHWC
 *   in  re_lu_2_out                (128, 7, 7, 32) NHWC
 *   out dbatch_normalization_2_out (128, 7, 7, 32) NHWC
 *   schedule: OpenMP over samples; ISA avx512 */
void k42_relu_bwd_n128_h7w7c32(const float *restrict dre_lu_2_out, const float *restrict re_lu_2_out, float *restrict dbatch_normalization_2_out, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 1568; e < (long)(n + 1) * 1568; e++) {
            dbatch_normalization_2_out[e] = re_lu_2_out[e] > 0.0f ? dre_lu_2_out[e] : 0.0f;
        }
    }
}

/* k43_reorder_n128_h7w7c32 — reorder kernel
 *   node n55 "reorder.dbatch_normalization_2_out.nChw16c" (reorder), from $.layers[9]
 *   in  dbatch_normalization_2_out (128, 7, 7, 32) NHWC
 *   out dbatch_normalization_2_out.nChw16c (128, 7, 7, 32) nChw16c
 *   schedule: OpenMP over elements; ISA avx512 */
void k43_reorder_n128_h7w7c32(const float *restrict dbatch_normalization_2_out, float *restrict dbatch_normalization_2_out_nChw16c, int nb)
{
    /* dbatch_normalization_2_out -> dbatch_normalization_2_out.nChw16c */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++)
            for (int hp = 0; hp < 7; hp++)
                for (int wp = 0; wp < 7; wp++)
                    for (int cl = 0; cl < 16; cl++) {
                        const int h = hp - 0, w = wp - 0, c = cb * 16 + cl;
                        const float v = h >= 0 && h < 7 && w >= 0 && w < 7 && c < 32 ? dbatch_normalization_2_out[((long)(n) * 1568 + (long)((h) + 0) * 224 + ((w) + 0) * 32 + (c))] : 0.0f;
                        dbatch_normalization_2_out_nChw16c[(long)n * 1568 + (long)cb * 784 + (long)hp * 112 + (long)wp * 16 + cl] = v;
                    }
}

/* k44_batchnorm_bwd_n128_h7w7c32 — batchnorm kernel
 *   node n56 "dbatch_normalization_2" (bn_bwd), from $.layers[9]
 *   in  dbatch_normalization_2_out.nChw16c (128, 7, 7, 32) nChw16c
 *   in  conv2d_2_out               (128, 7, 7, 32) nChw16c
 *   in  batch_normalization_2/gamma (32) C
 *   in  batch_normalization_2_mean (32) C
 *   in  batch_normalization_2_invstd (32) C
 *   out dconv2d_2_out              (128, 7, 7, 32) nChw16c, halo 1 1 1 1
 *   out dbatch_normalization_2/gamma (32) C
 *   out dbatch_normalization_2/beta (32) C
 *   tmp dbatch_normalization_2_out.nChw16c.partial (256) C, scratch
 *   tmp dbatch_normalization_2_out.nChw16c.stats (160) C, scratch
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k44_batchnorm_bwd_n128_h7w7c32(const float *restrict dbatch_normalization_2_out_nChw16c, const float *restrict conv2d_2_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_mean, const float *restrict batch_normalization_2_invstd, float *restrict dconv2d_2_out, float *restrict dbatch_normalization_2_gamma, float *restrict dbatch_normalization_2_beta, float *restrict dbatch_normalization_2_out_nChw16c_partial, float *restrict dbatch_normalization_2_out_nChw16c_stats, int nb)
{
    /* dbatch_normalization_2_out_nChw16c_stats: mean, invstd, k = gamma * invstd, mean dy, mean dy * xhat (padded lanes 0) */
    float *const st_mean = dbatch_normalization_2_out_nChw16c_stats, *const st_is = dbatch_normalization_2_out_nChw16c_stats + 32, *const st_k = dbatch_normalization_2_out_nChw16c_stats + 64;
    float *const st_mdy = dbatch_normalization_2_out_nChw16c_stats + 96, *const st_mdyx = dbatch_normalization_2_out_nChw16c_stats + 128;
    const double rows = (double)nb * 49;
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        st_mean[c] = c < 32 ? batch_normalization_2_mean[c] : 0.0f;
        st_is[c] = c < 32 ? batch_normalization_2_invstd[c] : 0.0f;
    }
    /* sums of dy and of dy * xhat */
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        double *part = (double *)dbatch_normalization_2_out_nChw16c_partial + (long)t * 64;
        memset(part, 0, sizeof(double) * 64);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++)
            for (int cb = 0; cb < 2; cb++) {
                vf s1 = vzero(), s2 = vzero();
                for (int h = 0; h < 7; h++)
                    for (int w = 0; w < 7; w++) {
                        const vf v = vload(dbatch_normalization_2_out_nChw16c + (long)n * 1568 + (long)cb * 784 + (long)(h + 0) * 112 + (long)(w + 0) * 16);
                        const vf v2 = vload(conv2d_2_out + (long)n * 1568 + (long)cb * 784 + (long)(h + 0) * 112 + (long)(w + 0) * 16);
                        s1 += v;
                        s2 += v * (v2 - vload(st_mean + cb * 16)) * vload(st_is + cb * 16);
                    }
                for (int l = 0; l < 16; l++) {
                    part[cb * 16 + l] += s1[l];
                    part[32 + cb * 16 + l] += s2[l];
                }
            }
    }
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        double sdy = 0, sdyx = 0;
        for (int t = 0; t < 2; t++) {
            sdy += ((double *)dbatch_normalization_2_out_nChw16c_partial)[(long)t * 64 + c];
            sdyx += ((double *)dbatch_normalization_2_out_nChw16c_partial)[(long)t * 64 + 32 + c];
        }
        if (c >= 32) { st_k[c] = st_mdy[c] = st_mdyx[c] = 0.0f; continue; }
        dbatch_normalization_2_gamma[c] = (float)sdyx;
        dbatch_normalization_2_beta[c] = (float)sdy;
        st_k[c] = batch_normalization_2_gamma[c] * st_is[c];
        st_mdy[c] = (float)(sdy / rows);
        st_mdyx[c] = (float)(sdyx / rows);
    }
    /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
    /* zero the halo of dconv2d_2_out: rows [0, 1) and [8, 9), columns [0, 1) and [8, 9) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = dconv2d_2_out + (long)n * 2592 + (long)cb * 1296;
            for (int hp = 0; hp < 9; hp++) {
                if (hp < 1 || hp >= 8) { memset(p + (long)hp * 144, 0, sizeof(float) * 144); continue; }
                memset(p + (long)hp * 144, 0, sizeof(float) * 16);
                memset(p + (long)hp * 144 + 128, 0, sizeof(float) * 16);
            }
        }
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++)
            for (int h = 0; h < 7; h++)
                for (int w = 0; w < 7; w++) {
                    const vf v = vload(dbatch_normalization_2_out_nChw16c + (long)n * 1568 + (long)cb * 784 + (long)(h + 0) * 112 + (long)(w + 0) * 16);
                    const vf v2 = vload(conv2d_2_out + (long)n * 1568 + (long)cb * 784 + (long)(h + 0) * 112 + (long)(w + 0) * 16);
                    float *const py = dconv2d_2_out + (long)n * 2592 + (long)cb * 1296 + (long)(h + 1) * 144 + (long)(w + 1) * 16;
                    vstore(py, vload(st_k + cb * 16) * (v - vload(st_mdy + cb * 16) - (v2 - vload(st_mean + cb * 16)) * vload(st_is + cb * 16) * vload(st_mdyx + cb * 16)));
                }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 2064 floats apart) */
static inline __attribute__((always_inline)) void k45_conv2d_bwd_weights_3x3x32x32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 144 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 2064, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 2064, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 2064, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 2064, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 2064, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 2064, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 2064 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k45_conv2d_bwd_weights_3x3x32x32_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = r < nr && c < nc ? vload(xp + r * 144 + c * 16) : vzero();
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 2064, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 2064, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 2064, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 2064, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 2064, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 2064, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2064 floats apart); returns the block's sum (the bias gradient's) */
static inline __attribute__((always_inline)) vf k45_conv2d_bwd_weights_3x3x32x32_dy(const float *restrict dp, float *restrict mp)
{
    vf d[4][4], r[6][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) d[i][j] = vload(dp + i * 144 + j * 16);
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
        vstore(mp + (i * 6 + 0) * 2064, r[i][0]);
        vstore(mp + (i * 6 + 1) * 2064, r[i][0] + r[i][1] + r[i][2] + r[i][3]);
        vstore(mp + (i * 6 + 2) * 2064, r[i][0] - r[i][1] + r[i][2] - r[i][3]);
        vstore(mp + (i * 6 + 3) * 2064, r[i][0] + r[i][1] * 2.0f + r[i][2] * 4.0f + r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 4) * 2064, r[i][0] - r[i][1] * 2.0f + r[i][2] * 4.0f - r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 5) * 2064, r[i][3]);
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) sum += d[i][j];
    return sum;
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2064 floats apart); returns the block's sum (the bias gradient's); only its first vr rows and vc columns exist, the rest count as zeros */
static inline __attribute__((always_inline)) vf k45_conv2d_bwd_weights_3x3x32x32_dy_edge(const float *restrict dp, float *restrict mp, int vr, int vc)
{
    vf d[4][4], r[6][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) d[i][j] = i < vr && j < vc ? vload(dp + i * 144 + j * 16) : vzero();
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
        vstore(mp + (i * 6 + 0) * 2064, r[i][0]);
        vstore(mp + (i * 6 + 1) * 2064, r[i][0] + r[i][1] + r[i][2] + r[i][3]);
        vstore(mp + (i * 6 + 2) * 2064, r[i][0] - r[i][1] + r[i][2] - r[i][3]);
        vstore(mp + (i * 6 + 3) * 2064, r[i][0] + r[i][1] * 2.0f + r[i][2] * 4.0f + r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 4) * 2064, r[i][0] - r[i][1] * 2.0f + r[i][2] * 4.0f - r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 5) * 2064, r[i][3]);
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) sum += d[i][j];
    return sum;
}

/* dU[pos] += V[pos] dM[pos] over a block's 64 tiles, 8 input channels x 2 dy vectors of accumulators:
 * vp at V[pos][cb][0] + ic0, mp at dM[pos][fb0][0], up at dU[pos][c0][f0] (rows of 32) */
static inline __attribute__((always_inline)) void k45_conv2d_bwd_weights_3x3x32x32_product(const float *restrict vp, const float *restrict mp, float *restrict up)
{
    vf acc_c0v0 = vload(up + 0), acc_c0v1 = vload(up + 16);
    vf acc_c1v0 = vload(up + 32), acc_c1v1 = vload(up + 48);
    vf acc_c2v0 = vload(up + 64), acc_c2v1 = vload(up + 80);
    vf acc_c3v0 = vload(up + 96), acc_c3v1 = vload(up + 112);
    vf acc_c4v0 = vload(up + 128), acc_c4v1 = vload(up + 144);
    vf acc_c5v0 = vload(up + 160), acc_c5v1 = vload(up + 176);
    vf acc_c6v0 = vload(up + 192), acc_c6v1 = vload(up + 208);
    vf acc_c7v0 = vload(up + 224), acc_c7v1 = vload(up + 240);
    for (int j = 0; j < 64; j++) {
        const vf m0 = vload(mp + 0 + j * 16), m1 = vload(mp + 1024 + j * 16);
        { const vf vb = vbcast(vp[j * 16 + 0]); acc_c0v0 = vfma(vb, m0, acc_c0v0); acc_c0v1 = vfma(vb, m1, acc_c0v1); }
        { const vf vb = vbcast(vp[j * 16 + 1]); acc_c1v0 = vfma(vb, m0, acc_c1v0); acc_c1v1 = vfma(vb, m1, acc_c1v1); }
        { const vf vb = vbcast(vp[j * 16 + 2]); acc_c2v0 = vfma(vb, m0, acc_c2v0); acc_c2v1 = vfma(vb, m1, acc_c2v1); }
        { const vf vb = vbcast(vp[j * 16 + 3]); acc_c3v0 = vfma(vb, m0, acc_c3v0); acc_c3v1 = vfma(vb, m1, acc_c3v1); }
        { const vf vb = vbcast(vp[j * 16 + 4]); acc_c4v0 = vfma(vb, m0, acc_c4v0); acc_c4v1 = vfma(vb, m1, acc_c4v1); }
        { const vf vb = vbcast(vp[j * 16 + 5]); acc_c5v0 = vfma(vb, m0, acc_c5v0); acc_c5v1 = vfma(vb, m1, acc_c5v1); }
        { const vf vb = vbcast(vp[j * 16 + 6]); acc_c6v0 = vfma(vb, m0, acc_c6v0); acc_c6v1 = vfma(vb, m1, acc_c6v1); }
        { const vf vb = vbcast(vp[j * 16 + 7]); acc_c7v0 = vfma(vb, m0, acc_c7v0); acc_c7v1 = vfma(vb, m1, acc_c7v1); }
    }
    vstore(up + 0, acc_c0v0);
    vstore(up + 16, acc_c0v1);
    vstore(up + 32, acc_c1v0);
    vstore(up + 48, acc_c1v1);
    vstore(up + 64, acc_c2v0);
    vstore(up + 80, acc_c2v1);
    vstore(up + 96, acc_c3v0);
    vstore(up + 112, acc_c3v1);
    vstore(up + 128, acc_c4v0);
    vstore(up + 144, acc_c4v1);
    vstore(up + 160, acc_c5v0);
    vstore(up + 176, acc_c5v1);
    vstore(up + 192, acc_c6v0);
    vstore(up + 208, acc_c6v1);
    vstore(up + 224, acc_c7v0);
    vstore(up + 240, acc_c7v1);
}

/* k45_conv2d_bwd_weights_3x3x32x32 — conv_bwd_weights kernel
 *   node n57 "dconv2d_2.weights" (conv2d_bwd_weights), from $.layers[8]
 *   in  dconv2d_2_out              (128, 7, 7, 32) nChw16c, halo 1 1 1 1
 *   in  max_pooling2d_1_out        (128, 7, 7, 32) nChw16c, halo 1 1 1 1
 *   out dconv2d_2/kernel.part      (3, 3, 32, 32) 16-blocked
 *   out dconv2d_2/bias.part        (32) C
 *   tmp dconv2d_2/kernel.part.partial (73792) C, scratch
 *   tmp dconv2d_2/kernel.part.winograd_tiles (297216) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): weight-gradient products of 2 dy vectors x 8 input channels, summed over blocks of 64 tiles
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k45_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_2_out, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_kernel_part_partial, float *restrict dconv2d_2_kernel_part_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 2 x 2 tiles of 4x4 dy pixels per sample, in blocks of 64, in 2 chunks
       of consecutive blocks, each into its partial sums dconv2d_2_kernel_part_partial[chunk]: dU[36][32][32] then db[32] */
    const long ntiles = (long)nb * 4, nblocks = (ntiles + 63) / 64;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pu = dconv2d_2_kernel_part_partial + (long)t * 36896, *pb = pu + 36864;
        float *vs = dconv2d_2_kernel_part_winograd_tiles + (long)t * 148608, *ms = vs + 74304;  /* the chunk's V and dM */
        memset(pu, 0, sizeof(float) * 36896);
        vf db[2];
        for (int fb = 0; fb < 2; fb++) db[fb] = vzero();
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 64;
            for (int j = 0; j < 64; j++) {  /* the transforms of x and dy */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++) {
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 2064 + ((long)cb * 64 + j) * 16, vzero());
                        for (int fb = 0; fb < 2; fb++) vstore(ms + pos * 2064 + ((long)fb * 64 + j) * 16, vzero());
                    }
                    continue;
                }
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                const float *xp = max_pooling2d_1_out + (long)n * 2592 + (long)(0 + 4 * ti) * 144 + (long)(0 + 4 * tj) * 16;
                const float *dp = dconv2d_2_out + (long)n * 2592 + (long)(1 + 4 * ti) * 144 + (long)(1 + 4 * tj) * 16;
                if (ti == 1 || tj == 1) {  /* the last tile row or column: 3 rows, 3 columns of dy; x stores 5, 5 */
                    const int nr = ti == 1 ? 5 : 6, nc = tj == 1 ? 5 : 6;
                    const int vr = ti == 1 ? 3 : 4, vc = tj == 1 ? 3 : 4;
                    for (int cb = 0; cb < 2; cb++) k45_conv2d_bwd_weights_3x3x32x32_input_edge(xp + (long)cb * 1296, vs + ((long)cb * 64 + j) * 16, nr, nc);
                    for (int fb = 0; fb < 2; fb++)
                        db[fb] += k45_conv2d_bwd_weights_3x3x32x32_dy_edge(dp + (long)fb * 1296, ms + ((long)fb * 64 + j) * 16, vr, vc);
                    continue;
                }
                for (int cb = 0; cb < 2; cb++) k45_conv2d_bwd_weights_3x3x32x32_input(xp + (long)cb * 1296, vs + ((long)cb * 64 + j) * 16);
                for (int fb = 0; fb < 2; fb++) db[fb] += k45_conv2d_bwd_weights_3x3x32x32_dy(dp + (long)fb * 1296, ms + ((long)fb * 64 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* dU += V dM */
                for (int c0 = 0; c0 < 32; c0 += 8)
                    for (int fb = 0; fb < 2; fb += 2)
                        k45_conv2d_bwd_weights_3x3x32x32_product(vs + pos * 2064 + (long)(c0 / 16) * 1024 + c0 % 16, ms + pos * 2064 + (long)fb * 1024,
                                                         pu + pos * 1024 + (long)c0 * 32 + fb * 16);
        }
        for (int fb = 0; fb < 2; fb++) vstore(pb + fb * 16, db[fb]);
    }
    /* dg = G^T (sum of the chunks' dU, in chunk order) G, per input channel and dy vector */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int fb = u / 32, c = u % 32;
        vf du[6][6], a[3][6];
        for (int pos = 0; pos < 36; pos++) {
            const long o = pos * 1024 + (long)c * 32 + fb * 16;
            vf s = vload(dconv2d_2_kernel_part_partial + o);
            for (int t = 1; t < 2; t++) s += vload(dconv2d_2_kernel_part_partial + (long)t * 36896 + o);
            du[pos / 6][pos % 6] = s;
        }
        for (int q = 0; q < 6; q++) {  /* G^T dU */
            a[0][q] = du[0][q] * 0.25f - du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.0416666679f + du[4][q] * 0.0416666679f;
            a[1][q] = -du[1][q] * 0.166666672f + du[2][q] * 0.166666672f + du[3][q] * 0.0833333358f - du[4][q] * 0.0833333358f;
            a[2][q] = -du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.166666672f + du[4][q] * 0.166666672f + du[5][q];
        }
        float *dwp = dconv2d_2_kernel_part + (long)fb * 4608 + (long)(c / 16) * 2304 + (c % 16) * 16;  /* tap (0, 0) */
        for (int p = 0; p < 3; p++) {  /* (G^T dU) G */
            vstore(dwp + (p * 3 + 0) * 256, a[p][0] * 0.25f - a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.0416666679f + a[p][4] * 0.0416666679f);
            vstore(dwp + (p * 3 + 1) * 256, -a[p][1] * 0.166666672f + a[p][2] * 0.166666672f + a[p][3] * 0.0833333358f - a[p][4] * 0.0833333358f);
            vstore(dwp + (p * 3 + 2) * 256, -a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.166666672f + a[p][4] * 0.166666672f + a[p][5]);
        }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f += 16) {
        vf s = vload(dconv2d_2_kernel_part_partial + 36864 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_2_kernel_part_partial + (long)t * 36896 + 36864 + f);
        vstore(dconv2d_2_bias_part + f, s);
    }
}

/* k46_reorder_3x3x32x32 — reorder kernel
 *   node n58 "reorder.dconv2d_2/kernel" (reorder), from $.layers[8]
 *   in  dconv2d_2/kernel.part      (3, 3, 32, 32) 16-blocked
 *   out dconv2d_2/kernel           (3, 3, 32, 32) HWIO
 *   schedule: OpenMP over elements; ISA avx512 */
void k46_reorder_3x3x32x32(const float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_kernel)
{
    /* dconv2d_2/kernel.part -> dconv2d_2/kernel */
    /* (2, 2, 3, 3, 16, 16) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 32, 32) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 32; c++)
                for (int f = 0; f < 32; f++)
                    dconv2d_2_kernel[((kh * 3 + kw) * 32 + c) * 32 + f] = dconv2d_2_kernel_part[((((long)(f / 16) * 2 + c / 16) * 3 + kh) * 3 + kw) * 256 + (c % 16) * 16 + f % 16];
}

/* k47_reorder_c32 — reorder kernel
 *   node n59 "reorder.dconv2d_2/bias" (reorder), from $.layers[8]
 *   in  dconv2d_2/bias.part        (32) C
 *   out dconv2d_2/bias             (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k47_reorder_c32(const float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_bias)
{
    /* dconv2d_2/bias.part -> dconv2d_2/bias */
    #pragma omp single
    for (int c = 0; c < 32; c++) dconv2d_2_bias[c] = dconv2d_2_bias_part[c];
}

/* k48_reorder_3x3x32x32 — reorder kernel
 *   node n60 "reorder.conv2d_2/kernel.flipped16" (reorder), from $.layers[8]
 *   in  conv2d_2/kernel            (3, 3, 32, 32) HWIO
 *   out conv2d_2/kernel.flipped16  (3, 3, 32, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k48_reorder_3x3x32x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_flipped16)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.flipped16 */
    /* (3, 3, 32, 32) HWIO -> (2, 2, 3, 3, 16, 16): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 2; cb++)
        for (int fb = 0; fb < 2; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 16; fl++)
                        for (int cl = 0; cl < 16; cl++) {
                            const int c = cb * 16 + cl, f = fb * 16 + fl;
                            conv2d_2_kernel_flipped16[((((long)cb * 2 + fb) * 3 + p) * 3 + q) * 256 + fl * 16 + cl] = c < 32 && f < 32 ? conv2d_2_kernel[(((2 - p) * 3 + (2 - q)) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k49_conv2d_bwd_data_n128_h7w7c32_weights(const float *restrict gp, float *restrict u)
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
 * vp at V[0][cb][tile] (positions 272 floats apart) */
static inline __attribute__((always_inline)) void k49_conv2d_bwd_data_n128_h7w7c32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 144 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 272, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 272, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 272, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 272, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 272, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 272, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 272 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k49_conv2d_bwd_data_n128_h7w7c32_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = r < nr && c < nc ? vload(xp + r * 144 + c * 16) : vzero();
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 272, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 272, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 272, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 272, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 272, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 272, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 8 tiles x 2 output-channel vectors, 16 accumulators, over 32 input channels */
static inline __attribute__((always_inline)) void k49_conv2d_bwd_data_n128_h7w7c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    vf acc_t6v0 = vzero(), acc_t6v1 = vzero();
    vf acc_t7v0 = vzero(), acc_t7v1 = vzero();
    for (int cb = 0; cb < 2; cb++) {
        const float *vs = vp + (long)cb * 128, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16), u1 = vload(us + 18432 + ic * 16);
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
 * (positions 272 floats apart), yp at its output pixel (0, 0); then no bias */
static inline __attribute__((always_inline)) void k49_conv2d_bwd_data_n128_h7w7c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)bp;
    (void)kp;
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
            float *o = yp + r * 112 + c * 16;
            vstore(o, y[r][c]);
        }
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 272 floats apart), yp at its output pixel (0, 0); then no bias; only the first vr rows and vc columns are stored */
static inline __attribute__((always_inline)) void k49_conv2d_bwd_data_n128_h7w7c32_output_edge(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp, int vr, int vc)
{
    (void)bp;
    (void)kp;
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
            float *o = yp + r * 112 + c * 16;
            vstore(o, y[r][c]);
        }
}

/* k49_conv2d_bwd_data_n128_h7w7c32 — conv_bwd_data kernel
 *   node n61 "dconv2d_2.data" (conv2d_bwd_data), from $.layers[8]
 *   in  dconv2d_2_out              (128, 7, 7, 32) nChw16c, halo 1 1 1 1
 *   in  conv2d_2/kernel.flipped16  (3, 3, 32, 32) 16-blocked
 *   out dmax_pooling2d_1_out       (128, 7, 7, 32) nChw16c
 *   tmp conv2d_2/kernel.flipped16.winograd (36864) C, scratch
 *   tmp dconv2d_2_out.winograd_tiles (39168) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 8 tiles, in blocks of 8 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k49_conv2d_bwd_data_n128_h7w7c32(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_kernel_flipped16, float *restrict dmax_pooling2d_1_out, float *restrict conv2d_2_kernel_flipped16_winograd, float *restrict dconv2d_2_out_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 1 x 2 tiles of 4x4 output pixels per sample, in blocks of 8;
       products of 8 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int ocb = u / 32, c = u % 32;
        k49_conv2d_bwd_data_n128_h7w7c32_weights(conv2d_2_kernel_flipped16 + (long)ocb * 4608 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_2_kernel_flipped16_winograd + (long)ocb * 18432 + (long)c * 16);
    }
    /* 2. blocks of 8 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 4, nblocks = (ntiles + 7) / 8;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = dconv2d_2_out_winograd_tiles + (long)t * 19584, *ms = vs + 9792;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 8;
            for (int j = 0; j < 8; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 272 + ((long)cb * 8 + j) * 16, vzero());
                    continue;
                }
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                const float *xp = dconv2d_2_out + (long)n * 2592 + (long)(0 + 4 * ti) * 144 + (long)(0 + 4 * tj) * 16;
                if (ti == 1 || tj == 1)  /* the last tile row or column: x stores 5 rows, 5 columns of it */
                    for (int cb = 0; cb < 2; cb++)
                        k49_conv2d_bwd_data_n128_h7w7c32_input_edge(xp + (long)cb * 1296, vs + ((long)cb * 8 + j) * 16, ti == 1 ? 5 : 6, tj == 1 ? 5 : 6);
                else
                    for (int cb = 0; cb < 2; cb++) k49_conv2d_bwd_data_n128_h7w7c32_input(xp + (long)cb * 1296, vs + ((long)cb * 8 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 8; j += 8)
                        k49_conv2d_bwd_data_n128_h7w7c32_product(vs + pos * 272 + (long)j * 16, conv2d_2_kernel_flipped16_winograd + (long)og * 36864 + pos * 512,
                                                         ms + pos * 272 + ((long)og * 16 + j) * 16);
            for (int j = 0; j < 8 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                float *yp = dmax_pooling2d_1_out + (long)n * 1568 + (long)(0 + 4 * ti) * 112 + (long)(0 + 4 * tj) * 16;
                if (ti == 1 || tj == 1)  /* the last tile row or column: 3 rows, 3 columns of it exist */
                    for (int kb = 0; kb < 2; kb++)
                        k49_conv2d_bwd_data_n128_h7w7c32_output_edge(ms + ((long)kb * 8 + j) * 16, NULL, yp + (long)kb * 784, NULL, ti == 1 ? 3 : 4, tj == 1 ? 3 : 4);
                else
                    for (int kb = 0; kb < 2; kb++)
                        k49_conv2d_bwd_data_n128_h7w7c32_output(ms + ((long)kb * 8 + j) * 16, NULL, yp + (long)kb * 784, NULL);
            }
        }
    }
}

/* k50_maxpool_bwd_relu_bwd_bn_bwd_n128_h14w14c32 — pool kernel
 *   node n62 "dmax_pooling2d_1" (maxpool_bwd), from $.layers[7]
 *   node n63 "dre_lu_1.relu" (relu_bwd), from $.layers[6]
 *   node n64 "dbatch_normalization_1" (bn_bwd), from $.layers[5]
 *   in  dmax_pooling2d_1_out       (128, 7, 7, 32) nChw16c
 *   in  max_pooling2d_1_out.argmax (128, 7, 7, 32) nChw16c
 *   in  conv2d_1_out               (128, 14, 14, 32) nChw16c
 *   in  batch_normalization_1/gamma (32) C
 *   in  batch_normalization_1_mean (32) C
 *   in  batch_normalization_1_invstd (32) C
 *   out dconv2d_1_out              (128, 14, 14, 32) nChw16c, halo 1 1 1 1
 *   out dbatch_normalization_1/gamma (32) C
 *   out dbatch_normalization_1/beta (32) C
 *   tmp dbatch_normalization_1_out.partial (256) C, scratch
 *   tmp dbatch_normalization_1_out.stats (160) C, scratch
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k50_maxpool_bwd_relu_bwd_bn_bwd_n128_h14w14c32(const float *restrict dmax_pooling2d_1_out, const uint8_t *restrict max_pooling2d_1_out_argmax, const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dconv2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, float *restrict dbatch_normalization_1_out_partial, float *restrict dbatch_normalization_1_out_stats, int nb)
{
    /* dbatch_normalization_1_out_stats: mean, invstd, k = gamma * invstd, mean dy, mean dy * xhat (padded lanes 0) */
    float *const st_mean = dbatch_normalization_1_out_stats, *const st_is = dbatch_normalization_1_out_stats + 32, *const st_k = dbatch_normalization_1_out_stats + 64;
    float *const st_mdy = dbatch_normalization_1_out_stats + 96, *const st_mdyx = dbatch_normalization_1_out_stats + 128;
    const double rows = (double)nb * 196;
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        st_mean[c] = c < 32 ? batch_normalization_1_mean[c] : 0.0f;
        st_is[c] = c < 32 ? batch_normalization_1_invstd[c] : 0.0f;
    }
    /* sums of dy and of dy * xhat */
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        double *part = (double *)dbatch_normalization_1_out_partial + (long)t * 64;
        memset(part, 0, sizeof(double) * 64);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++)
            for (int cb = 0; cb < 2; cb++) {
                vf s1 = vzero(), s2 = vzero();
                for (int h = 0; h < 14; h++)
                    for (int w = 0; w < 14; w++) {
                        vf v = vzero();  /* the pooled gradient where the argmax names (h, w) */
                        {
                            const vi a8 = vload_bytes(max_pooling2d_1_out_argmax + (long)n * 1568 + (long)(cb) * 784 + (long)(h / 2) * 112 + (long)(w / 2) * 16);
                            const vf pd = vload(dmax_pooling2d_1_out + (long)n * 1568 + (long)(cb) * 784 + (long)(h / 2 + 0) * 112 + (long)(w / 2 + 0) * 16);
                            v = (((a8 & 0x7f) == (vi)((h % 2) * 2 + w % 2)) & ((a8 & 0x80) != 0)) ? pd : vzero();
                        }
                        const vf v2 = vload(conv2d_1_out + (long)n * 6272 + (long)cb * 3136 + (long)(h + 0) * 224 + (long)(w + 0) * 16);
                        s1 += v;
                        s2 += v * (v2 - vload(st_mean + cb * 16)) * vload(st_is + cb * 16);
                    }
                for (int l = 0; l < 16; l++) {
                    part[cb * 16 + l] += s1[l];
                    part[32 + cb * 16 + l] += s2[l];
                }
            }
    }
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        double sdy = 0, sdyx = 0;
        for (int t = 0; t < 2; t++) {
            sdy += ((double *)dbatch_normalization_1_out_partial)[(long)t * 64 + c];
            sdyx += ((double *)dbatch_normalization_1_out_partial)[(long)t * 64 + 32 + c];
        }
        if (c >= 32) { st_k[c] = st_mdy[c] = st_mdyx[c] = 0.0f; continue; }
        dbatch_normalization_1_gamma[c] = (float)sdyx;
        dbatch_normalization_1_beta[c] = (float)sdy;
        st_k[c] = batch_normalization_1_gamma[c] * st_is[c];
        st_mdy[c] = (float)(sdy / rows);
        st_mdyx[c] = (float)(sdyx / rows);
    }
    /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
    /* zero the halo of dconv2d_1_out: rows [0, 1) and [15, 16), columns [0, 1) and [15, 16) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = dconv2d_1_out + (long)n * 8192 + (long)cb * 4096;
            for (int hp = 0; hp < 16; hp++) {
                if (hp < 1 || hp >= 15) { memset(p + (long)hp * 256, 0, sizeof(float) * 256); continue; }
                memset(p + (long)hp * 256, 0, sizeof(float) * 16);
                memset(p + (long)hp * 256 + 240, 0, sizeof(float) * 16);
            }
        }
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++)
            for (int h = 0; h < 14; h++)
                for (int w = 0; w < 14; w++) {
                    vf v = vzero();  /* the pooled gradient where the argmax names (h, w) */
                    {
                        const vi a8 = vload_bytes(max_pooling2d_1_out_argmax + (long)n * 1568 + (long)(cb) * 784 + (long)(h / 2) * 112 + (long)(w / 2) * 16);
                        const vf pd = vload(dmax_pooling2d_1_out + (long)n * 1568 + (long)(cb) * 784 + (long)(h / 2 + 0) * 112 + (long)(w / 2 + 0) * 16);
                        v = (((a8 & 0x7f) == (vi)((h % 2) * 2 + w % 2)) & ((a8 & 0x80) != 0)) ? pd : vzero();
                    }
                    const vf v2 = vload(conv2d_1_out + (long)n * 6272 + (long)cb * 3136 + (long)(h + 0) * 224 + (long)(w + 0) * 16);
                    float *const py = dconv2d_1_out + (long)n * 8192 + (long)cb * 4096 + (long)(h + 1) * 256 + (long)(w + 1) * 16;
                    vstore(py, vload(st_k + cb * 16) * (v - vload(st_mdy + cb * 16) - (v2 - vload(st_mean + cb * 16)) * vload(st_is + cb * 16) * vload(st_mdyx + cb * 16)));
                }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 2064 floats apart) */
static inline __attribute__((always_inline)) void k51_conv2d_bwd_weights_3x3x32x32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 256 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 2064, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 2064, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 2064, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 2064, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 2064, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 2064, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 2064 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k51_conv2d_bwd_weights_3x3x32x32_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = r < nr && c < nc ? vload(xp + r * 256 + c * 16) : vzero();
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 2064, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 2064, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 2064, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 2064, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 2064, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 2064, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2064 floats apart); returns the block's sum (the bias gradient's) */
static inline __attribute__((always_inline)) vf k51_conv2d_bwd_weights_3x3x32x32_dy(const float *restrict dp, float *restrict mp)
{
    vf d[4][4], r[6][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) d[i][j] = vload(dp + i * 256 + j * 16);
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
        vstore(mp + (i * 6 + 0) * 2064, r[i][0]);
        vstore(mp + (i * 6 + 1) * 2064, r[i][0] + r[i][1] + r[i][2] + r[i][3]);
        vstore(mp + (i * 6 + 2) * 2064, r[i][0] - r[i][1] + r[i][2] - r[i][3]);
        vstore(mp + (i * 6 + 3) * 2064, r[i][0] + r[i][1] * 2.0f + r[i][2] * 4.0f + r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 4) * 2064, r[i][0] - r[i][1] * 2.0f + r[i][2] * 4.0f - r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 5) * 2064, r[i][3]);
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) sum += d[i][j];
    return sum;
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2064 floats apart); returns the block's sum (the bias gradient's); only its first vr rows and vc columns exist, the rest count as zeros */
static inline __attribute__((always_inline)) vf k51_conv2d_bwd_weights_3x3x32x32_dy_edge(const float *restrict dp, float *restrict mp, int vr, int vc)
{
    vf d[4][4], r[6][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) d[i][j] = i < vr && j < vc ? vload(dp + i * 256 + j * 16) : vzero();
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
        vstore(mp + (i * 6 + 0) * 2064, r[i][0]);
        vstore(mp + (i * 6 + 1) * 2064, r[i][0] + r[i][1] + r[i][2] + r[i][3]);
        vstore(mp + (i * 6 + 2) * 2064, r[i][0] - r[i][1] + r[i][2] - r[i][3]);
        vstore(mp + (i * 6 + 3) * 2064, r[i][0] + r[i][1] * 2.0f + r[i][2] * 4.0f + r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 4) * 2064, r[i][0] - r[i][1] * 2.0f + r[i][2] * 4.0f - r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 5) * 2064, r[i][3]);
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) sum += d[i][j];
    return sum;
}

/* dU[pos] += V[pos] dM[pos] over a block's 64 tiles, 8 input channels x 2 dy vectors of accumulators:
 * vp at V[pos][cb][0] + ic0, mp at dM[pos][fb0][0], up at dU[pos][c0][f0] (rows of 32) */
static inline __attribute__((always_inline)) void k51_conv2d_bwd_weights_3x3x32x32_product(const float *restrict vp, const float *restrict mp, float *restrict up)
{
    vf acc_c0v0 = vload(up + 0), acc_c0v1 = vload(up + 16);
    vf acc_c1v0 = vload(up + 32), acc_c1v1 = vload(up + 48);
    vf acc_c2v0 = vload(up + 64), acc_c2v1 = vload(up + 80);
    vf acc_c3v0 = vload(up + 96), acc_c3v1 = vload(up + 112);
    vf acc_c4v0 = vload(up + 128), acc_c4v1 = vload(up + 144);
    vf acc_c5v0 = vload(up + 160), acc_c5v1 = vload(up + 176);
    vf acc_c6v0 = vload(up + 192), acc_c6v1 = vload(up + 208);
    vf acc_c7v0 = vload(up + 224), acc_c7v1 = vload(up + 240);
    for (int j = 0; j < 64; j++) {
        const vf m0 = vload(mp + 0 + j * 16), m1 = vload(mp + 1024 + j * 16);
        { const vf vb = vbcast(vp[j * 16 + 0]); acc_c0v0 = vfma(vb, m0, acc_c0v0); acc_c0v1 = vfma(vb, m1, acc_c0v1); }
        { const vf vb = vbcast(vp[j * 16 + 1]); acc_c1v0 = vfma(vb, m0, acc_c1v0); acc_c1v1 = vfma(vb, m1, acc_c1v1); }
        { const vf vb = vbcast(vp[j * 16 + 2]); acc_c2v0 = vfma(vb, m0, acc_c2v0); acc_c2v1 = vfma(vb, m1, acc_c2v1); }
        { const vf vb = vbcast(vp[j * 16 + 3]); acc_c3v0 = vfma(vb, m0, acc_c3v0); acc_c3v1 = vfma(vb, m1, acc_c3v1); }
        { const vf vb = vbcast(vp[j * 16 + 4]); acc_c4v0 = vfma(vb, m0, acc_c4v0); acc_c4v1 = vfma(vb, m1, acc_c4v1); }
        { const vf vb = vbcast(vp[j * 16 + 5]); acc_c5v0 = vfma(vb, m0, acc_c5v0); acc_c5v1 = vfma(vb, m1, acc_c5v1); }
        { const vf vb = vbcast(vp[j * 16 + 6]); acc_c6v0 = vfma(vb, m0, acc_c6v0); acc_c6v1 = vfma(vb, m1, acc_c6v1); }
        { const vf vb = vbcast(vp[j * 16 + 7]); acc_c7v0 = vfma(vb, m0, acc_c7v0); acc_c7v1 = vfma(vb, m1, acc_c7v1); }
    }
    vstore(up + 0, acc_c0v0);
    vstore(up + 16, acc_c0v1);
    vstore(up + 32, acc_c1v0);
    vstore(up + 48, acc_c1v1);
    vstore(up + 64, acc_c2v0);
    vstore(up + 80, acc_c2v1);
    vstore(up + 96, acc_c3v0);
    vstore(up + 112, acc_c3v1);
    vstore(up + 128, acc_c4v0);
    vstore(up + 144, acc_c4v1);
    vstore(up + 160, acc_c5v0);
    vstore(up + 176, acc_c5v1);
    vstore(up + 192, acc_c6v0);
    vstore(up + 208, acc_c6v1);
    vstore(up + 224, acc_c7v0);
    vstore(up + 240, acc_c7v1);
}

/* k51_conv2d_bwd_weights_3x3x32x32 — conv_bwd_weights kernel
 *   node n65 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[4]
 *   in  dconv2d_1_out              (128, 14, 14, 32) nChw16c, halo 1 1 1 1
 *   in  max_pooling2d_out          (128, 14, 14, 32) nChw16c, halo 1 1 1 1
 *   out dconv2d_1/kernel.part      (3, 3, 32, 32) 16-blocked
 *   out dconv2d_1/bias.part        (32) C
 *   tmp dconv2d_1/kernel.part.partial (73792) C, scratch
 *   tmp dconv2d_1/kernel.part.winograd_tiles (297216) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): weight-gradient products of 2 dy vectors x 8 input channels, summed over blocks of 64 tiles
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k51_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_1_out, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, float *restrict dconv2d_1_kernel_part_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 4 x 4 tiles of 4x4 dy pixels per sample, in blocks of 64, in 2 chunks
       of consecutive blocks, each into its partial sums dconv2d_1_kernel_part_partial[chunk]: dU[36][32][32] then db[32] */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 63) / 64;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pu = dconv2d_1_kernel_part_partial + (long)t * 36896, *pb = pu + 36864;
        float *vs = dconv2d_1_kernel_part_winograd_tiles + (long)t * 148608, *ms = vs + 74304;  /* the chunk's V and dM */
        memset(pu, 0, sizeof(float) * 36896);
        vf db[2];
        for (int fb = 0; fb < 2; fb++) db[fb] = vzero();
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 64;
            for (int j = 0; j < 64; j++) {  /* the transforms of x and dy */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++) {
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 2064 + ((long)cb * 64 + j) * 16, vzero());
                        for (int fb = 0; fb < 2; fb++) vstore(ms + pos * 2064 + ((long)fb * 64 + j) * 16, vzero());
                    }
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = max_pooling2d_out + (long)n * 8192 + (long)(0 + 4 * ti) * 256 + (long)(0 + 4 * tj) * 16;
                const float *dp = dconv2d_1_out + (long)n * 8192 + (long)(1 + 4 * ti) * 256 + (long)(1 + 4 * tj) * 16;
                if (ti == 3 || tj == 3) {  /* the last tile row or column: 2 rows, 2 columns of dy; x stores 4, 4 */
                    const int nr = ti == 3 ? 4 : 6, nc = tj == 3 ? 4 : 6;
                    const int vr = ti == 3 ? 2 : 4, vc = tj == 3 ? 2 : 4;
                    for (int cb = 0; cb < 2; cb++) k51_conv2d_bwd_weights_3x3x32x32_input_edge(xp + (long)cb * 4096, vs + ((long)cb * 64 + j) * 16, nr, nc);
                    for (int fb = 0; fb < 2; fb++)
                        db[fb] += k51_conv2d_bwd_weights_3x3x32x32_dy_edge(dp + (long)fb * 4096, ms + ((long)fb * 64 + j) * 16, vr, vc);
                    continue;
                }
                for (int cb = 0; cb < 2; cb++) k51_conv2d_bwd_weights_3x3x32x32_input(xp + (long)cb * 4096, vs + ((long)cb * 64 + j) * 16);
                for (int fb = 0; fb < 2; fb++) db[fb] += k51_conv2d_bwd_weights_3x3x32x32_dy(dp + (long)fb * 4096, ms + ((long)fb * 64 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* dU += V dM */
                for (int c0 = 0; c0 < 32; c0 += 8)
                    for (int fb = 0; fb < 2; fb += 2)
                        k51_conv2d_bwd_weights_3x3x32x32_product(vs + pos * 2064 + (long)(c0 / 16) * 1024 + c0 % 16, ms + pos * 2064 + (long)fb * 1024,
                                                         pu + pos * 1024 + (long)c0 * 32 + fb * 16);
        }
        for (int fb = 0; fb < 2; fb++) vstore(pb + fb * 16, db[fb]);
    }
    /* dg = G^T (sum of the chunks' dU, in chunk order) G, per input channel and dy vector */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int fb = u / 32, c = u % 32;
        vf du[6][6], a[3][6];
        for (int pos = 0; pos < 36; pos++) {
            const long o = pos * 1024 + (long)c * 32 + fb * 16;
            vf s = vload(dconv2d_1_kernel_part_partial + o);
            for (int t = 1; t < 2; t++) s += vload(dconv2d_1_kernel_part_partial + (long)t * 36896 + o);
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
    for (int f = 0; f < 32; f += 16) {
        vf s = vload(dconv2d_1_kernel_part_partial + 36864 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_1_kernel_part_partial + (long)t * 36896 + 36864 + f);
        vstore(dconv2d_1_bias_part + f, s);
    }
}

/* k52_reorder_3x3x32x32 — reorder kernel
 *   node n66 "reorder.dconv2d_1/kernel" (reorder), from $.layers[4]
 *   in  dconv2d_1/kernel.part      (3, 3, 32, 32) 16-blocked
 *   out dconv2d_1/kernel           (3, 3, 32, 32) HWIO
 *   schedule: OpenMP over elements; ISA avx512 */
void k52_reorder_3x3x32x32(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)
{
    /* dconv2d_1/kernel.part -> dconv2d_1/kernel */
    /* (2, 2, 3, 3, 16, 16) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 32, 32) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 32; c++)
                for (int f = 0; f < 32; f++)
                    dconv2d_1_kernel[((kh * 3 + kw) * 32 + c) * 32 + f] = dconv2d_1_kernel_part[((((long)(f / 16) * 2 + c / 16) * 3 + kh) * 3 + kw) * 256 + (c % 16) * 16 + f % 16];
}

/* k53_reorder_c32 — reorder kernel
 *   node n67 "reorder.dconv2d_1/bias" (reorder), from $.layers[4]
 *   in  dconv2d_1/bias.part        (32) C
 *   out dconv2d_1/bias             (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k53_reorder_c32(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)
{
    /* dconv2d_1/bias.part -> dconv2d_1/bias */
    #pragma omp single
    for (int c = 0; c < 32; c++) dconv2d_1_bias[c] = dconv2d_1_bias_part[c];
}

/* k54_reorder_3x3x32x32 — reorder kernel
 *   node n68 "reorder.conv2d_1/kernel.flipped16" (reorder), from $.layers[4]
 *   in  conv2d_1/kernel            (3, 3, 32, 32) HWIO
 *   out conv2d_1/kernel.flipped16  (3, 3, 32, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k54_reorder_3x3x32x32(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped16)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.flipped16 */
    /* (3, 3, 32, 32) HWIO -> (2, 2, 3, 3, 16, 16): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 2; cb++)
        for (int fb = 0; fb < 2; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 16; fl++)
                        for (int cl = 0; cl < 16; cl++) {
                            const int c = cb * 16 + cl, f = fb * 16 + fl;
                            conv2d_1_kernel_flipped16[((((long)cb * 2 + fb) * 3 + p) * 3 + q) * 256 + fl * 16 + cl] = c < 32 && f < 32 ? conv2d_1_kernel[(((2 - p) * 3 + (2 - q)) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k55_conv2d_bwd_data_n128_h14w14c32_weights(const float *restrict gp, float *restrict u)
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
 * vp at V[0][cb][tile] (positions 272 floats apart) */
static inline __attribute__((always_inline)) void k55_conv2d_bwd_data_n128_h14w14c32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 256 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 272, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 272, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 272, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 272, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 272, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 272, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 272 floats apart); only its first nr rows and nc columns exist in x, the rest are zeros */
static inline __attribute__((always_inline)) void k55_conv2d_bwd_data_n128_h14w14c32_input_edge(const float *restrict xp, float *restrict vp, int nr, int nc)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = r < nr && c < nc ? vload(xp + r * 256 + c * 16) : vzero();
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 272, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 272, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 272, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 272, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 272, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 272, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 8 tiles x 2 output-channel vectors, 16 accumulators, over 32 input channels */
static inline __attribute__((always_inline)) void k55_conv2d_bwd_data_n128_h14w14c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    vf acc_t6v0 = vzero(), acc_t6v1 = vzero();
    vf acc_t7v0 = vzero(), acc_t7v1 = vzero();
    for (int cb = 0; cb < 2; cb++) {
        const float *vs = vp + (long)cb * 128, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16), u1 = vload(us + 18432 + ic * 16);
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
 * (positions 272 floats apart), yp at its output pixel (0, 0); then no bias */
static inline __attribute__((always_inline)) void k55_conv2d_bwd_data_n128_h14w14c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)bp;
    (void)kp;
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
            float *o = yp + r * 224 + c * 16;
            vstore(o, y[r][c]);
        }
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 272 floats apart), yp at its output pixel (0, 0); then no bias; only the first vr rows and vc columns are stored */
static inline __attribute__((always_inline)) void k55_conv2d_bwd_data_n128_h14w14c32_output_edge(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp, int vr, int vc)
{
    (void)bp;
    (void)kp;
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
            float *o = yp + r * 224 + c * 16;
            vstore(o, y[r][c]);
        }
}

/* k55_conv2d_bwd_data_n128_h14w14c32 — conv_bwd_data kernel
 *   node n69 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[4]
 *   in  dconv2d_1_out              (128, 14, 14, 32) nChw16c, halo 1 1 1 1
 *   in  conv2d_1/kernel.flipped16  (3, 3, 32, 32) 16-blocked
 *   out dmax_pooling2d_out         (128, 14, 14, 32) nChw16c
 *   tmp conv2d_1/kernel.flipped16.winograd (36864) C, scratch
 *   tmp dconv2d_1_out.winograd_tiles (39168) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 8 tiles, in blocks of 8 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k55_conv2d_bwd_data_n128_h14w14c32(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_kernel_flipped16, float *restrict dmax_pooling2d_out, float *restrict conv2d_1_kernel_flipped16_winograd, float *restrict dconv2d_1_out_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 3 x 4 tiles of 4x4 output pixels per sample, in blocks of 8;
       products of 8 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int ocb = u / 32, c = u % 32;
        k55_conv2d_bwd_data_n128_h14w14c32_weights(conv2d_1_kernel_flipped16 + (long)ocb * 4608 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_1_kernel_flipped16_winograd + (long)ocb * 18432 + (long)c * 16);
    }
    /* 2. blocks of 8 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 7) / 8;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = dconv2d_1_out_winograd_tiles + (long)t * 19584, *ms = vs + 9792;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 8;
            for (int j = 0; j < 8; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 272 + ((long)cb * 8 + j) * 16, vzero());
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = dconv2d_1_out + (long)n * 8192 + (long)(0 + 4 * ti) * 256 + (long)(0 + 4 * tj) * 16;
                if (ti == 3 || tj == 3)  /* the last tile row or column: x stores 4 rows, 4 columns of it */
                    for (int cb = 0; cb < 2; cb++)
                        k55_conv2d_bwd_data_n128_h14w14c32_input_edge(xp + (long)cb * 4096, vs + ((long)cb * 8 + j) * 16, ti == 3 ? 4 : 6, tj == 3 ? 4 : 6);
                else
                    for (int cb = 0; cb < 2; cb++) k55_conv2d_bwd_data_n128_h14w14c32_input(xp + (long)cb * 4096, vs + ((long)cb * 8 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 8; j += 8)
                        k55_conv2d_bwd_data_n128_h14w14c32_product(vs + pos * 272 + (long)j * 16, conv2d_1_kernel_flipped16_winograd + (long)og * 36864 + pos * 512,
                                                           ms + pos * 272 + ((long)og * 16 + j) * 16);
            for (int j = 0; j < 8 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                float *yp = dmax_pooling2d_out + (long)n * 6272 + (long)(0 + 4 * ti) * 224 + (long)(0 + 4 * tj) * 16;
                if (ti == 3 || tj == 3)  /* the last tile row or column: 2 rows, 2 columns of it exist */
                    for (int kb = 0; kb < 2; kb++)
                        k55_conv2d_bwd_data_n128_h14w14c32_output_edge(ms + ((long)kb * 8 + j) * 16, NULL, yp + (long)kb * 3136, NULL, ti == 3 ? 2 : 4, tj == 3 ? 2 : 4);
                else
                    for (int kb = 0; kb < 2; kb++)
                        k55_conv2d_bwd_data_n128_h14w14c32_output(ms + ((long)kb * 8 + j) * 16, NULL, yp + (long)kb * 3136, NULL);
            }
        }
    }
}

/* k56_maxpool_bwd_relu_bwd_bn_bwd_n128_h28w28c32 — pool kernel
 *   node n70 "dmax_pooling2d" (maxpool_bwd), from $.layers[3]
 *   node n71 "dre_lu.relu" (relu_bwd), from $.layers[2]
 *   node n72 "dbatch_normalization" (bn_bwd), from $.layers[1]
 *   in  dmax_pooling2d_out         (128, 14, 14, 32) nChw16c
 *   in  max_pooling2d_out.argmax   (128, 14, 14, 32) nChw16c
 *   in  conv2d_out                 (128, 28, 28, 32) nChw16c
 *   in  batch_normalization/gamma  (32) C
 *   in  batch_normalization_mean   (32) C
 *   in  batch_normalization_invstd (32) C
 *   out dconv2d_out                (128, 28, 28, 32) nChw16c
 *   out dbatch_normalization/gamma (32) C
 *   out dbatch_normalization/beta  (32) C
 *   tmp dbatch_normalization_out.partial (256) C, scratch
 *   tmp dbatch_normalization_out.stats (160) C, scratch
 *   window 2x2, strides 2x2, padding top 0 left 0
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k56_maxpool_bwd_relu_bwd_bn_bwd_n128_h28w28c32(const float *restrict dmax_pooling2d_out, const uint8_t *restrict max_pooling2d_out_argmax, const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dconv2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, float *restrict dbatch_normalization_out_partial, float *restrict dbatch_normalization_out_stats, int nb)
{
    /* dbatch_normalization_out_stats: mean, invstd, k = gamma * invstd, mean dy, mean dy * xhat (padded lanes 0) */
    float *const st_mean = dbatch_normalization_out_stats, *const st_is = dbatch_normalization_out_stats + 32, *const st_k = dbatch_normalization_out_stats + 64;
    float *const st_mdy = dbatch_normalization_out_stats + 96, *const st_mdyx = dbatch_normalization_out_stats + 128;
    const double rows = (double)nb * 784;
    #pragma omp single
    for (int c = 0; c < 32; c++) {
        st_mean[c] = c < 32 ? batch_normalization_mean[c] : 0.0f;
        st_is[c] = c < 32 ? batch_normalization_invstd[c] : 0.0f;
    }
    /* sums of dy and of dy * xhat */
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        double *part = (double *)dbatch_normalization_out_partial + (long)t * 64;
        memset(part, 0, sizeof(double) * 64);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++)
            for (int cb = 0; cb < 2; cb++) {
                vf s1 = vzero(), s2 = vzero();
                for (int h = 0; h < 28; h++)
                    for (int w = 0; w < 28; w++) {
                        vf v = vzero();  /* the pooled gradient where the argmax names (h, w) */
                        {
                            const vi a8 = vload_bytes(max_pooling2d_out_argmax + (long)n * 6272 + (long)(cb) * 3136 + (long)(h / 2) * 224 + (long)(w / 2) * 16);
                            const vf pd = vload(dmax_pooling2d_out + (long)n * 6272 + (long)(cb) * 3136 + (long)(h / 2 + 0) * 224 + (long)(w / 2 + 0) * 16);
                            v = (((a8 & 0x7f) == (vi)((h % 2) * 2 + w % 2)) & ((a8 & 0x80) != 0)) ? pd : vzero();
                        }
                        const vf v2 = vload(conv2d_out + (long)n * 25088 + (long)cb * 12544 + (long)(h + 0) * 448 + (long)(w + 0) * 16);
                        s1 += v;
                        s2 += v * (v2 - vload(st_mean + cb * 16)) * vload(st_is + cb * 16);
                    }
                for (int l = 0; l < 16; l++) {
                    part[cb * 16 + l] += s1[l];
                    part[32 + cb * 16 + l] += s2[l];
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
        if (c >= 32) { st_k[c] = st_mdy[c] = st_mdyx[c] = 0.0f; continue; }
        dbatch_normalization_gamma[c] = (float)sdyx;
        dbatch_normalization_beta[c] = (float)sdy;
        st_k[c] = batch_normalization_gamma[c] * st_is[c];
        st_mdy[c] = (float)(sdy / rows);
        st_mdyx[c] = (float)(sdyx / rows);
    }
    /* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++)
            for (int h = 0; h < 28; h++)
                for (int w = 0; w < 28; w++) {
                    vf v = vzero();  /* the pooled gradient where the argmax names (h, w) */
                    {
                        const vi a8 = vload_bytes(max_pooling2d_out_argmax + (long)n * 6272 + (long)(cb) * 3136 + (long)(h / 2) * 224 + (long)(w / 2) * 16);
                        const vf pd = vload(dmax_pooling2d_out + (long)n * 6272 + (long)(cb) * 3136 + (long)(h / 2 + 0) * 224 + (long)(w / 2 + 0) * 16);
                        v = (((a8 & 0x7f) == (vi)((h % 2) * 2 + w % 2)) & ((a8 & 0x80) != 0)) ? pd : vzero();
                    }
                    const vf v2 = vload(conv2d_out + (long)n * 25088 + (long)cb * 12544 + (long)(h + 0) * 448 + (long)(w + 0) * 16);
                    float *const py = dconv2d_out + (long)n * 25088 + (long)cb * 12544 + (long)(h + 0) * 448 + (long)(w + 0) * 16;
                    vstore(py, vload(st_k + cb * 16) * (v - vload(st_mdy + cb * 16) - (v2 - vload(st_mean + cb * 16)) * vload(st_is + cb * 16) * vload(st_mdyx + cb * 16)));
                }
}

/* k57_conv2d_bwd_weights_3x3x1x32 — conv_bwd_weights kernel
 *   node n73 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[0]
 *   in  dconv2d_out                (128, 28, 28, 32) nChw16c
 *   in  x.padded                   (128, 28, 28, 1) NHWC
 *   out dconv2d/kernel.part        (3, 3, 1, 32) 16-blocked
 *   out dconv2d/bias.part          (32) C
 *   tmp dconv2d/kernel.part.partial (640) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   register tile: 2 output-channel vectors x 3x3 filter taps, 1 input channels a step
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k57_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_out, const float *restrict x_padded, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_kernel_part_partial[chunk] (288 weights + 32 biases) */
    const long wsz = 320;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            const float *dyn = dconv2d_out + (long)n * 25088 + (long)0 * 448 + 0;
            const float *xn = x_padded + (long)n * 900 + (long)(1 - 1) * 30 + (long)(1 - 1) * 1;
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
                    for (int i = 0; i < 28; i++)
                        for (int j = 0; j < 28; j++) {
                            const float *xs = xn + (long)cb * 0 + (long)(i * 1 + kh0) * 30 + (long)(j * 1 + kw0) * 1 + c0;
                            const vf d0 = vload(dyn + (long)(fg * 2 + 0) * 12544 + (long)i * 448 + j * 16);
                            const vf d1 = vload(dyn + (long)(fg * 2 + 1) * 12544 + (long)i * 448 + j * 16);
                            sb0 += d0; sb1 += d1;
                            { const vf xb = vbcast(xs[0]); acc_t00c0v0 = vfma(xb, d0, acc_t00c0v0); acc_t00c0v1 = vfma(xb, d1, acc_t00c0v1); }
                            { const vf xb = vbcast(xs[1]); acc_t01c0v0 = vfma(xb, d0, acc_t01c0v0); acc_t01c0v1 = vfma(xb, d1, acc_t01c0v1); }
                            { const vf xb = vbcast(xs[2]); acc_t02c0v0 = vfma(xb, d0, acc_t02c0v0); acc_t02c0v1 = vfma(xb, d1, acc_t02c0v1); }
                            { const vf xb = vbcast(xs[30]); acc_t10c0v0 = vfma(xb, d0, acc_t10c0v0); acc_t10c0v1 = vfma(xb, d1, acc_t10c0v1); }
                            { const vf xb = vbcast(xs[31]); acc_t11c0v0 = vfma(xb, d0, acc_t11c0v0); acc_t11c0v1 = vfma(xb, d1, acc_t11c0v1); }
                            { const vf xb = vbcast(xs[32]); acc_t12c0v0 = vfma(xb, d0, acc_t12c0v0); acc_t12c0v1 = vfma(xb, d1, acc_t12c0v1); }
                            { const vf xb = vbcast(xs[60]); acc_t20c0v0 = vfma(xb, d0, acc_t20c0v0); acc_t20c0v1 = vfma(xb, d1, acc_t20c0v1); }
                            { const vf xb = vbcast(xs[61]); acc_t21c0v0 = vfma(xb, d0, acc_t21c0v0); acc_t21c0v1 = vfma(xb, d1, acc_t21c0v1); }
                            { const vf xb = vbcast(xs[62]); acc_t22c0v0 = vfma(xb, d0, acc_t22c0v0); acc_t22c0v1 = vfma(xb, d1, acc_t22c0v1); }
                        }
                    vstore(pw + 288 + (fg * 2 + 0) * 16, vload(pw + 288 + (fg * 2 + 0) * 16) + sb0);
                    vstore(pw + 288 + (fg * 2 + 1) * 16, vload(pw + 288 + (fg * 2 + 1) * 16) + sb1);
                } else {
                    for (int i = 0; i < 28; i++)
                        for (int j = 0; j < 28; j++) {
                            const float *xs = xn + (long)cb * 0 + (long)(i * 1 + kh0) * 30 + (long)(j * 1 + kw0) * 1 + c0;
                            const vf d0 = vload(dyn + (long)(fg * 2 + 0) * 12544 + (long)i * 448 + j * 16);
                            const vf d1 = vload(dyn + (long)(fg * 2 + 1) * 12544 + (long)i * 448 + j * 16);
                            { const vf xb = vbcast(xs[0]); acc_t00c0v0 = vfma(xb, d0, acc_t00c0v0); acc_t00c0v1 = vfma(xb, d1, acc_t00c0v1); }
                            { const vf xb = vbcast(xs[1]); acc_t01c0v0 = vfma(xb, d0, acc_t01c0v0); acc_t01c0v1 = vfma(xb, d1, acc_t01c0v1); }
                            { const vf xb = vbcast(xs[2]); acc_t02c0v0 = vfma(xb, d0, acc_t02c0v0); acc_t02c0v1 = vfma(xb, d1, acc_t02c0v1); }
                            { const vf xb = vbcast(xs[30]); acc_t10c0v0 = vfma(xb, d0, acc_t10c0v0); acc_t10c0v1 = vfma(xb, d1, acc_t10c0v1); }
                            { const vf xb = vbcast(xs[31]); acc_t11c0v0 = vfma(xb, d0, acc_t11c0v0); acc_t11c0v1 = vfma(xb, d1, acc_t11c0v1); }
                            { const vf xb = vbcast(xs[32]); acc_t12c0v0 = vfma(xb, d0, acc_t12c0v0); acc_t12c0v1 = vfma(xb, d1, acc_t12c0v1); }
                            { const vf xb = vbcast(xs[60]); acc_t20c0v0 = vfma(xb, d0, acc_t20c0v0); acc_t20c0v1 = vfma(xb, d1, acc_t20c0v1); }
                            { const vf xb = vbcast(xs[61]); acc_t21c0v0 = vfma(xb, d0, acc_t21c0v0); acc_t21c0v1 = vfma(xb, d1, acc_t21c0v1); }
                            { const vf xb = vbcast(xs[62]); acc_t22c0v0 = vfma(xb, d0, acc_t22c0v0); acc_t22c0v1 = vfma(xb, d1, acc_t22c0v1); }
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

/* k58_reorder_3x3x1x32 — reorder kernel
 *   node n74 "reorder.dconv2d/kernel" (reorder), from $.layers[0]
 *   in  dconv2d/kernel.part        (3, 3, 1, 32) 16-blocked
 *   out dconv2d/kernel             (3, 3, 1, 32) HWIO
 *   schedule: OpenMP over elements; ISA avx512 */
void k58_reorder_3x3x1x32(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)
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

/* k59_reorder_c32 — reorder kernel
 *   node n75 "reorder.dconv2d/bias" (reorder), from $.layers[0]
 *   in  dconv2d/bias.part          (32) C
 *   out dconv2d/bias               (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k59_reorder_c32(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)
{
    /* dconv2d/bias.part -> dconv2d/bias */
    #pragma omp single
    for (int c = 0; c < 32; c++) dconv2d_bias[c] = dconv2d_bias_part[c];
}

/* k60_adam_update_p34704 — optimizer kernel
 *   node n76 "adam" (adam_update), from $.optimizer
 *   schedule: OpenMP over elements; ISA avx512 */
void k60_adam_update_p34704(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
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
    float *const x_padded = A + 7426048;  /* x.padded (128, 28, 28, 1) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 1, 32) */
    float *const conv2d_kernel_blocked16 = A + 3211264;  /* conv2d/kernel.blocked16 (3, 3, 1, 32) 16-blocked */
    float *const conv2d_bias = P + 288;  /* conv2d/bias (32) */
    float *const conv2d_bias_padded32 = A + 3211552;  /* conv2d/bias.padded32 (32) */
    float *const conv2d_out = A + 0;  /* conv2d_out (128, 28, 28, 32) nChw16c */
    float *const batch_normalization_gamma = P + 320;  /* batch_normalization/gamma (32) */
    float *const batch_normalization_beta = P + 352;  /* batch_normalization/beta (32) */
    float *const batch_normalization_moving_mean = S + 0;  /* batch_normalization/moving_mean (32) */
    float *const batch_normalization_moving_variance = S + 32;  /* batch_normalization/moving_variance (32) */
    float *const batch_normalization_mean = A + 7541664;  /* batch_normalization_mean (32) */
    float *const batch_normalization_invstd = A + 7541696;  /* batch_normalization_invstd (32) */
    float *const max_pooling2d_out = A + 3211264;  /* max_pooling2d_out (128, 14, 14, 32) nChw16c, halo 1 1 1 1 */
    uint8_t *const max_pooling2d_out_argmax = (uint8_t *)(A + 7225344);  /* max_pooling2d_out.argmax (128, 14, 14, 32) nChw16c */
    float *const conv2d_out_partial = A + 4259840;  /* conv2d_out.partial (256) */
    float *const conv2d_out_stats = A + 4260096;  /* conv2d_out.stats (160) */
    float *const conv2d_1_kernel = P + 384;  /* conv2d_1/kernel (3, 3, 32, 32) */
    float *const conv2d_1_kernel_blocked16 = A + 4335872;  /* conv2d_1/kernel.blocked16 (3, 3, 32, 32) 16-blocked */
    float *const conv2d_1_bias = P + 9600;  /* conv2d_1/bias (32) */
    float *const conv2d_1_bias_padded32 = A + 4345088;  /* conv2d_1/bias.padded32 (32) */
    float *const conv2d_1_out = A + 5308416;  /* conv2d_1_out (128, 14, 14, 32) nChw16c */
    float *const conv2d_1_kernel_blocked16_winograd = A + 4299008;  /* conv2d_1/kernel.blocked16.winograd (36864) */
    float *const max_pooling2d_out_winograd_tiles = A + 4259840;  /* max_pooling2d_out.winograd_tiles (39168) */
    float *const batch_normalization_1_gamma = P + 9632;  /* batch_normalization_1/gamma (32) */
    float *const batch_normalization_1_beta = P + 9664;  /* batch_normalization_1/beta (32) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (32) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (32) */
    float *const batch_normalization_1_mean = A + 6763520;  /* batch_normalization_1_mean (32) */
    float *const batch_normalization_1_invstd = A + 6763552;  /* batch_normalization_1_invstd (32) */
    float *const max_pooling2d_1_out = A + 4259840;  /* max_pooling2d_1_out (128, 7, 7, 32) nChw16c, halo 1 1 1 1 */
    uint8_t *const max_pooling2d_1_out_argmax = (uint8_t *)(A + 6713344);  /* max_pooling2d_1_out.argmax (128, 7, 7, 32) nChw16c */
    float *const conv2d_1_out_partial = A + 4591616;  /* conv2d_1_out.partial (256) */
    float *const conv2d_1_out_stats = A + 4591872;  /* conv2d_1_out.stats (160) */
    float *const conv2d_2_kernel = P + 9696;  /* conv2d_2/kernel (3, 3, 32, 32) */
    float *const conv2d_2_kernel_blocked16 = A + 4667648;  /* conv2d_2/kernel.blocked16 (3, 3, 32, 32) 16-blocked */
    float *const conv2d_2_bias = P + 18912;  /* conv2d_2/bias (32) */
    float *const conv2d_2_bias_padded32 = A + 4676864;  /* conv2d_2/bias.padded32 (32) */
    float *const conv2d_2_out = A + 4923392;  /* conv2d_2_out (128, 7, 7, 32) nChw16c */
    float *const conv2d_2_kernel_blocked16_winograd = A + 4630784;  /* conv2d_2/kernel.blocked16.winograd (36864) */
    float *const max_pooling2d_1_out_winograd_tiles = A + 4591616;  /* max_pooling2d_1_out.winograd_tiles (39168) */
    float *const batch_normalization_2_gamma = P + 18944;  /* batch_normalization_2/gamma (32) */
    float *const batch_normalization_2_beta = P + 18976;  /* batch_normalization_2/beta (32) */
    float *const batch_normalization_2_moving_mean = S + 128;  /* batch_normalization_2/moving_mean (32) */
    float *const batch_normalization_2_moving_variance = S + 160;  /* batch_normalization_2/moving_variance (32) */
    float *const batch_normalization_2_out_part = A + 6111232;  /* batch_normalization_2_out.part (128, 7, 7, 32) nChw16c */
    float *const batch_normalization_2_mean = A + 5124512;  /* batch_normalization_2_mean (32) */
    float *const batch_normalization_2_invstd = A + 5124544;  /* batch_normalization_2_invstd (32) */
    float *const conv2d_2_out_partial = A + 4591616;  /* conv2d_2_out.partial (256) */
    float *const conv2d_2_out_stats = A + 4591872;  /* conv2d_2_out.stats (160) */
    float *const batch_normalization_2_out = A + 4591616;  /* batch_normalization_2_out (128, 7, 7, 32) */
    float *const re_lu_2_out = A + 6111232;  /* re_lu_2_out (128, 7, 7, 32) */
    float *const flatten_out = A + 6111232;  /* flatten_out (128, 1568) */
    float *const dropout_out = A + 4591616;  /* dropout_out (128, 1568) */
    float *const dropout_mask = A + 6311936;  /* dropout_mask (128, 1568) */
    float *const dense_kernel = P + 19008;  /* dense/kernel (1568, 10) */
    float *const dense_kernel_padded16 = A + 4792320;  /* dense/kernel.padded16 (1568, 10) */
    float *const dense_bias = P + 34688;  /* dense/bias (10) */
    float *const dense_bias_padded16 = A + 4818688;  /* dense/bias.padded16 (10) */
    float *const dense_pre = A + 4817408;  /* dense_pre (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const ddense_pre = A + 4808000;  /* ddense_pre (128, 10) */
    float *const dense_pre_per_sample = A + 4792320;  /* dense_pre.per_sample (512) */
    float *const ddense_kernel = G + 19008;  /* ddense/kernel (1568, 10) */
    float *const ddense_bias = G + 34688;  /* ddense/bias (10) */
    float *const dense_kernel_transposed1568 = A + 4792320;  /* dense/kernel.transposed1568 (1568, 10) */
    float *const ddropout_out = A + 4591616;  /* ddropout_out (128, 1568) */
    float *const dflatten_out = A + 6512640;  /* dflatten_out (128, 1568) */
    float *const dre_lu_2_out = A + 6512640;  /* dre_lu_2_out (128, 7, 7, 32) */
    float *const dbatch_normalization_2_out = A + 4591616;  /* dbatch_normalization_2_out (128, 7, 7, 32) */
    float *const dbatch_normalization_2_out_nChw16c = A + 6111232;  /* dbatch_normalization_2_out.nChw16c (128, 7, 7, 32) nChw16c */
    float *const dconv2d_2_out = A + 4591616;  /* dconv2d_2_out (128, 7, 7, 32) nChw16c, halo 1 1 1 1 */
    float *const dbatch_normalization_2_gamma = G + 18944;  /* dbatch_normalization_2/gamma (32) */
    float *const dbatch_normalization_2_beta = G + 18976;  /* dbatch_normalization_2/beta (32) */
    float *const dbatch_normalization_2_out_nChw16c_partial = A + 5124096;  /* dbatch_normalization_2_out.nChw16c.partial (256) */
    float *const dbatch_normalization_2_out_nChw16c_stats = A + 5124352;  /* dbatch_normalization_2_out.nChw16c.stats (160) */
    float *const dconv2d_2_kernel_part = A + 5294400;  /* dconv2d_2/kernel.part (3, 3, 32, 32) 16-blocked */
    float *const dconv2d_2_bias_part = A + 5303616;  /* dconv2d_2/bias.part (32) */
    float *const dconv2d_2_kernel_part_partial = A + 5220608;  /* dconv2d_2/kernel.part.partial (73792) */
    float *const dconv2d_2_kernel_part_winograd_tiles = A + 4923392;  /* dconv2d_2/kernel.part.winograd_tiles (297216) */
    float *const dconv2d_2_kernel = G + 9696;  /* dconv2d_2/kernel (3, 3, 32, 32) */
    float *const dconv2d_2_bias = G + 18912;  /* dconv2d_2/bias (32) */
    float *const conv2d_2_kernel_flipped16 = A + 4335872;  /* conv2d_2/kernel.flipped16 (3, 3, 32, 32) 16-blocked */
    float *const dmax_pooling2d_1_out = A + 6111232;  /* dmax_pooling2d_1_out (128, 7, 7, 32) nChw16c */
    float *const conv2d_2_kernel_flipped16_winograd = A + 4299008;  /* conv2d_2/kernel.flipped16.winograd (36864) */
    float *const dconv2d_2_out_winograd_tiles = A + 4259840;  /* dconv2d_2_out.winograd_tiles (39168) */
    float *const dconv2d_1_out = A + 4259840;  /* dconv2d_1_out (128, 14, 14, 32) nChw16c, halo 1 1 1 1 */
    float *const dbatch_normalization_1_gamma = G + 9632;  /* dbatch_normalization_1/gamma (32) */
    float *const dbatch_normalization_1_beta = G + 9664;  /* dbatch_normalization_1/beta (32) */
    float *const dbatch_normalization_1_out_partial = A + 6311936;  /* dbatch_normalization_1_out.partial (256) */
    float *const dbatch_normalization_1_out_stats = A + 6312192;  /* dbatch_normalization_1_out.stats (160) */
    float *const dconv2d_1_kernel_part = A + 5679424;  /* dconv2d_1/kernel.part (3, 3, 32, 32) 16-blocked */
    float *const dconv2d_1_bias_part = A + 5688640;  /* dconv2d_1/bias.part (32) */
    float *const dconv2d_1_kernel_part_partial = A + 5605632;  /* dconv2d_1/kernel.part.partial (73792) */
    float *const dconv2d_1_kernel_part_winograd_tiles = A + 5308416;  /* dconv2d_1/kernel.part.winograd_tiles (297216) */
    float *const dconv2d_1_kernel = G + 384;  /* dconv2d_1/kernel (3, 3, 32, 32) */
    float *const dconv2d_1_bias = G + 9600;  /* dconv2d_1/bias (32) */
    float *const conv2d_1_kernel_flipped16 = A + 3287296;  /* conv2d_1/kernel.flipped16 (3, 3, 32, 32) 16-blocked */
    float *const dmax_pooling2d_out = A + 6422528;  /* dmax_pooling2d_out (128, 14, 14, 32) nChw16c */
    float *const conv2d_1_kernel_flipped16_winograd = A + 3250432;  /* conv2d_1/kernel.flipped16.winograd (36864) */
    float *const dconv2d_1_out_winograd_tiles = A + 3211264;  /* dconv2d_1_out.winograd_tiles (39168) */
    float *const dconv2d_out = A + 3211264;  /* dconv2d_out (128, 28, 28, 32) nChw16c */
    float *const dbatch_normalization_gamma = G + 320;  /* dbatch_normalization/gamma (32) */
    float *const dbatch_normalization_beta = G + 352;  /* dbatch_normalization/beta (32) */
    float *const dbatch_normalization_out_partial = A + 7541248;  /* dbatch_normalization_out.partial (256) */
    float *const dbatch_normalization_out_stats = A + 7541504;  /* dbatch_normalization_out.stats (160) */
    float *const dconv2d_kernel_part = A + 640;  /* dconv2d/kernel.part (3, 3, 1, 32) 16-blocked */
    float *const dconv2d_bias_part = A + 928;  /* dconv2d/bias.part (32) */
    float *const dconv2d_kernel_part_partial = A + 0;  /* dconv2d/kernel.part.partial (640) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 1, 32) */
    float *const dconv2d_bias = G + 288;  /* dconv2d/bias (32) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 15284277 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 15284277.40625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_reorder_n128_h28w28c1(x, x_padded, nb);
        k01_reorder_3x3x1x32(conv2d_kernel, conv2d_kernel_blocked16);
        k02_reorder_c32(conv2d_bias, conv2d_bias_padded32);
        k03_conv2d_fwd_n128_h28w28c32(x_padded, conv2d_kernel_blocked16, conv2d_bias_padded32, conv2d_out, nb);
        k04_batchnorm_fwd_training_relu_maxpool_n128_h28w28c32(conv2d_out, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, batch_normalization_mean, batch_normalization_invstd, max_pooling2d_out, max_pooling2d_out_argmax, conv2d_out_partial, conv2d_out_stats, nb);
        k05_reorder_3x3x32x32(conv2d_1_kernel, conv2d_1_kernel_blocked16);
        k06_reorder_c32(conv2d_1_bias, conv2d_1_bias_padded32);
        k07_conv2d_fwd_n128_h14w14c32(max_pooling2d_out, conv2d_1_kernel_blocked16, conv2d_1_bias_padded32, conv2d_1_out, conv2d_1_kernel_blocked16_winograd, max_pooling2d_out_winograd_tiles, nb);
        k08_batchnorm_fwd_training_relu_maxpool_n128_h14w14c32(conv2d_1_out, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, batch_normalization_1_mean, batch_normalization_1_invstd, max_pooling2d_1_out, max_pooling2d_1_out_argmax, conv2d_1_out_partial, conv2d_1_out_stats, nb);
        k09_reorder_3x3x32x32(conv2d_2_kernel, conv2d_2_kernel_blocked16);
        k10_reorder_c32(conv2d_2_bias, conv2d_2_bias_padded32);
        k11_conv2d_fwd_n128_h7w7c32(max_pooling2d_1_out, conv2d_2_kernel_blocked16, conv2d_2_bias_padded32, conv2d_2_out, conv2d_2_kernel_blocked16_winograd, max_pooling2d_1_out_winograd_tiles, nb);
        k12_batchnorm_fwd_training_n128_h7w7c32(conv2d_2_out, batch_normalization_2_gamma, batch_normalization_2_beta, batch_normalization_2_moving_mean, batch_normalization_2_moving_variance, batch_normalization_2_out_part, batch_normalization_2_mean, batch_normalization_2_invstd, conv2d_2_out_partial, conv2d_2_out_stats, nb);
        k13_reorder_n128_h7w7c32(batch_normalization_2_out_part, batch_normalization_2_out, nb);
        k14_relu_n128_h7w7c32(batch_normalization_2_out, re_lu_2_out, nb);
        k15_dropout_n128_k1568(flatten_out, dropout_out, dropout_mask, nb, s->seed, s->step);
        k16_reorder_1568x10(dense_kernel, dense_kernel_padded16);
        k17_reorder_c10(dense_bias, dense_bias_padded16);
        k18_dense_fwd_n128_k10(dropout_out, dense_kernel_padded16, dense_bias_padded16, dense_pre, nb);
        k36_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10(dense_pre, y, ddense_pre, dense_pre_per_sample, nb, &s->loss, &s->metric);
        k38_dense_bwd_weights_1568x10(ddense_pre, dropout_out, ddense_kernel, ddense_bias, nb);
        k39_reorder_1568x10(dense_kernel, dense_kernel_transposed1568);
        k40_dense_bwd_data_n128_k1568(ddense_pre, dense_kernel_transposed1568, ddropout_out, nb);
        k41_dropout_bwd_n128_k1568(ddropout_out, dropout_mask, dflatten_out, nb);
        k42_relu_bwd_n128_h7w7c32(dre_lu_2_out, re_lu_2_out, dbatch_normalization_2_out, nb);
        k43_reorder_n128_h7w7c32(dbatch_normalization_2_out, dbatch_normalization_2_out_nChw16c, nb);
        k44_batchnorm_bwd_n128_h7w7c32(dbatch_normalization_2_out_nChw16c, conv2d_2_out, batch_normalization_2_gamma, batch_normalization_2_mean, batch_normalization_2_invstd, dconv2d_2_out, dbatch_normalization_2_gamma, dbatch_normalization_2_beta, dbatch_normalization_2_out_nChw16c_partial, dbatch_normalization_2_out_nChw16c_stats, nb);
        k45_conv2d_bwd_weights_3x3x32x32(dconv2d_2_out, max_pooling2d_1_out, dconv2d_2_kernel_part, dconv2d_2_bias_part, dconv2d_2_kernel_part_partial, dconv2d_2_kernel_part_winograd_tiles, nb);
        k46_reorder_3x3x32x32(dconv2d_2_kernel_part, dconv2d_2_kernel);
        k47_reorder_c32(dconv2d_2_bias_part, dconv2d_2_bias);
        k48_reorder_3x3x32x32(conv2d_2_kernel, conv2d_2_kernel_flipped16);
        k49_conv2d_bwd_data_n128_h7w7c32(dconv2d_2_out, conv2d_2_kernel_flipped16, dmax_pooling2d_1_out, conv2d_2_kernel_flipped16_winograd, dconv2d_2_out_winograd_tiles, nb);
        k50_maxpool_bwd_relu_bwd_bn_bwd_n128_h14w14c32(dmax_pooling2d_1_out, max_pooling2d_1_out_argmax, conv2d_1_out, batch_normalization_1_gamma, batch_normalization_1_mean, batch_normalization_1_invstd, dconv2d_1_out, dbatch_normalization_1_gamma, dbatch_normalization_1_beta, dbatch_normalization_1_out_partial, dbatch_normalization_1_out_stats, nb);
        k51_conv2d_bwd_weights_3x3x32x32(dconv2d_1_out, max_pooling2d_out, dconv2d_1_kernel_part, dconv2d_1_bias_part, dconv2d_1_kernel_part_partial, dconv2d_1_kernel_part_winograd_tiles, nb);
        k52_reorder_3x3x32x32(dconv2d_1_kernel_part, dconv2d_1_kernel);
        k53_reorder_c32(dconv2d_1_bias_part, dconv2d_1_bias);
        k54_reorder_3x3x32x32(conv2d_1_kernel, conv2d_1_kernel_flipped16);
        k55_conv2d_bwd_data_n128_h14w14c32(dconv2d_1_out, conv2d_1_kernel_flipped16, dmax_pooling2d_out, conv2d_1_kernel_flipped16_winograd, dconv2d_1_out_winograd_tiles, nb);
        k56_maxpool_bwd_relu_bwd_bn_bwd_n128_h28w28c32(dmax_pooling2d_out, max_pooling2d_out_argmax, conv2d_out, batch_normalization_gamma, batch_normalization_mean, batch_normalization_invstd, dconv2d_out, dbatch_normalization_gamma, dbatch_normalization_beta, dbatch_normalization_out_partial, dbatch_normalization_out_stats, nb);
        k57_conv2d_bwd_weights_3x3x1x32(dconv2d_out, x_padded, dconv2d_kernel_part, dconv2d_bias_part, dconv2d_kernel_part_partial, nb);
        k58_reorder_3x3x1x32(dconv2d_kernel_part, dconv2d_kernel);
        k59_reorder_c32(dconv2d_bias_part, dconv2d_bias);
        k60_adam_update_p34704(P, G, M, V, s->step, s->learning_rate);
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
    float *const conv2d_kernel_bn_folded = A + 7541728;  /* conv2d/kernel.bn_folded (3, 3, 1, 32) */
    float *const conv2d_bias_bn_folded = A + 7542016;  /* conv2d/bias.bn_folded (32) */
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const x_padded_2 = A + 1048576;  /* x.padded.2 (128, 28, 28, 1) */
    float *const conv2d_kernel_bn_folded_blocked16 = A + 7560544;  /* conv2d/kernel.bn_folded.blocked16 (3, 3, 1, 32) 16-blocked */
    float *const conv2d_bias_bn_folded_padded32 = A + 7560832;  /* conv2d/bias.bn_folded.padded32 (32) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 14, 14, 32) nChw16c, halo 1 1 1 1 */
    float *const conv2d_1_kernel = P + 384;  /* conv2d_1/kernel (3, 3, 32, 32) */
    float *const conv2d_1_bias = P + 9600;  /* conv2d_1/bias (32) */
    float *const batch_normalization_1_gamma = P + 9632;  /* batch_normalization_1/gamma (32) */
    float *const batch_normalization_1_beta = P + 9664;  /* batch_normalization_1/beta (32) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (32) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (32) */
    float *const conv2d_1_kernel_bn_folded = A + 7542048;  /* conv2d_1/kernel.bn_folded (3, 3, 32, 32) */
    float *const conv2d_1_bias_bn_folded = A + 7551264;  /* conv2d_1/bias.bn_folded (32) */
    float *const conv2d_1_kernel_bn_folded_blocked16 = A + 7560864;  /* conv2d_1/kernel.bn_folded.blocked16 (3, 3, 32, 32) 16-blocked */
    float *const conv2d_1_bias_bn_folded_padded32 = A + 7570080;  /* conv2d_1/bias.bn_folded.padded32 (32) */
    float *const max_pooling2d_1_out_infer = A + 1048576;  /* max_pooling2d_1_out_infer (128, 7, 7, 32) nChw16c, halo 1 1 1 1 */
    float *const conv2d_1_kernel_bn_folded_blocked16_winograd = A + 1430528;  /* conv2d_1/kernel.bn_folded.blocked16.winograd (16384) */
    float *const max_pooling2d_out_infer_winograd_tiles = A + 1380352;  /* max_pooling2d_out_infer.winograd_tiles (50176) */
    float *const conv2d_2_kernel = P + 9696;  /* conv2d_2/kernel (3, 3, 32, 32) */
    float *const conv2d_2_bias = P + 18912;  /* conv2d_2/bias (32) */
    float *const batch_normalization_2_gamma = P + 18944;  /* batch_normalization_2/gamma (32) */
    float *const batch_normalization_2_beta = P + 18976;  /* batch_normalization_2/beta (32) */
    float *const batch_normalization_2_moving_mean = S + 128;  /* batch_normalization_2/moving_mean (32) */
    float *const batch_normalization_2_moving_variance = S + 160;  /* batch_normalization_2/moving_variance (32) */
    float *const conv2d_2_kernel_bn_folded = A + 7551296;  /* conv2d_2/kernel.bn_folded (3, 3, 32, 32) */
    float *const conv2d_2_bias_bn_folded = A + 7560512;  /* conv2d_2/bias.bn_folded (32) */
    float *const conv2d_2_kernel_bn_folded_blocked16 = A + 7570112;  /* conv2d_2/kernel.bn_folded.blocked16 (3, 3, 32, 32) 16-blocked */
    float *const conv2d_2_bias_bn_folded_padded32 = A + 7579328;  /* conv2d_2/bias.bn_folded.padded32 (32) */
    float *const re_lu_2_out_infer = A + 0;  /* re_lu_2_out_infer (128, 7, 7, 32) */
    float *const dense_kernel = P + 19008;  /* dense/kernel (1568, 10) */
    float *const dense_kernel_padded16_2 = A + 7579360;  /* dense/kernel.padded16.2 (1568, 10) */
    float *const dense_bias = P + 34688;  /* dense/bias (10) */
    float *const dense_bias_padded16_2 = A + 7604448;  /* dense/bias.padded16.2 (10) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 1568) */
    float *const dense_pre_infer = A + 200704;  /* dense_pre_infer (128, 10) */
    const int32_t *const y = s->y_index;  /* y (128) */
    float *const probs_eval = A + 0;  /* probs_eval (128, 10) */
    float *const dense_pre_infer_per_sample = A + 1280;  /* dense_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 5098420 FLOP per sample: threads from 1 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 5098419.65625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        if (copy_weights) k19_bn_fold_3x3x1x32(conv2d_kernel, conv2d_bias, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, conv2d_kernel_bn_folded, conv2d_bias_bn_folded);
        k20_reorder_n128_h28w28c1(x, x_padded_2, nb);
        if (copy_weights) k21_reorder_3x3x1x32(conv2d_kernel_bn_folded, conv2d_kernel_bn_folded_blocked16);
        if (copy_weights) k22_reorder_c32(conv2d_bias_bn_folded, conv2d_bias_bn_folded_padded32);
        k23_conv2d_fwd_relu_maxpool_n128_h28w28c32(x_padded_2, conv2d_kernel_bn_folded_blocked16, conv2d_bias_bn_folded_padded32, max_pooling2d_out_infer, nb);
        if (copy_weights) k24_bn_fold_3x3x32x32(conv2d_1_kernel, conv2d_1_bias, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, conv2d_1_kernel_bn_folded, conv2d_1_bias_bn_folded);
        if (copy_weights) k25_reorder_3x3x32x32(conv2d_1_kernel_bn_folded, conv2d_1_kernel_bn_folded_blocked16);
        if (copy_weights) k26_reorder_c32(conv2d_1_bias_bn_folded, conv2d_1_bias_bn_folded_padded32);
        k27_conv2d_fwd_relu_maxpool_n128_h14w14c32(max_pooling2d_out_infer, conv2d_1_kernel_bn_folded_blocked16, conv2d_1_bias_bn_folded_padded32, max_pooling2d_1_out_infer, conv2d_1_kernel_bn_folded_blocked16_winograd, max_pooling2d_out_infer_winograd_tiles, nb);
        if (copy_weights) k28_bn_fold_3x3x32x32(conv2d_2_kernel, conv2d_2_bias, batch_normalization_2_gamma, batch_normalization_2_beta, batch_normalization_2_moving_mean, batch_normalization_2_moving_variance, conv2d_2_kernel_bn_folded, conv2d_2_bias_bn_folded);
        if (copy_weights) k29_reorder_3x3x32x32(conv2d_2_kernel_bn_folded, conv2d_2_kernel_bn_folded_blocked16);
        if (copy_weights) k30_reorder_c32(conv2d_2_bias_bn_folded, conv2d_2_bias_bn_folded_padded32);
        k31_conv2d_fwd_relu_n128_h7w7c32(max_pooling2d_1_out_infer, conv2d_2_kernel_bn_folded_blocked16, conv2d_2_bias_bn_folded_padded32, re_lu_2_out_infer, nb);
        if (copy_weights) k32_reorder_1568x10(dense_kernel, dense_kernel_padded16_2);
        if (copy_weights) k33_reorder_c10(dense_bias, dense_bias_padded16_2);
        k34_dense_fwd_n128_k10(flatten_out_infer, dense_kernel_padded16_2, dense_bias_padded16_2, dense_pre_infer, nb);
        k37_softmax_ce_sparse_n128_k10(dense_pre_infer, y, probs_eval, dense_pre_infer_per_sample, nb, &s->loss, &s->metric);
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
    float *const conv2d_kernel_bn_folded = A + 7541728;  /* conv2d/kernel.bn_folded (3, 3, 1, 32) */
    float *const conv2d_bias_bn_folded = A + 7542016;  /* conv2d/bias.bn_folded (32) */
    const float *const x = s->x;  /* x (128, 28, 28, 1) */
    float *const x_padded_2 = A + 1048576;  /* x.padded.2 (128, 28, 28, 1) */
    float *const conv2d_kernel_bn_folded_blocked16 = A + 7560544;  /* conv2d/kernel.bn_folded.blocked16 (3, 3, 1, 32) 16-blocked */
    float *const conv2d_bias_bn_folded_padded32 = A + 7560832;  /* conv2d/bias.bn_folded.padded32 (32) */
    float *const max_pooling2d_out_infer = A + 0;  /* max_pooling2d_out_infer (128, 14, 14, 32) nChw16c, halo 1 1 1 1 */
    float *const conv2d_1_kernel = P + 384;  /* conv2d_1/kernel (3, 3, 32, 32) */
    float *const conv2d_1_bias = P + 9600;  /* conv2d_1/bias (32) */
    float *const batch_normalization_1_gamma = P + 9632;  /* batch_normalization_1/gamma (32) */
    float *const batch_normalization_1_beta = P + 9664;  /* batch_normalization_1/beta (32) */
    float *const batch_normalization_1_moving_mean = S + 64;  /* batch_normalization_1/moving_mean (32) */
    float *const batch_normalization_1_moving_variance = S + 96;  /* batch_normalization_1/moving_variance (32) */
    float *const conv2d_1_kernel_bn_folded = A + 7542048;  /* conv2d_1/kernel.bn_folded (3, 3, 32, 32) */
    float *const conv2d_1_bias_bn_folded = A + 7551264;  /* conv2d_1/bias.bn_folded (32) */
    float *const conv2d_1_kernel_bn_folded_blocked16 = A + 7560864;  /* conv2d_1/kernel.bn_folded.blocked16 (3, 3, 32, 32) 16-blocked */
    float *const conv2d_1_bias_bn_folded_padded32 = A + 7570080;  /* conv2d_1/bias.bn_folded.padded32 (32) */
    float *const max_pooling2d_1_out_infer = A + 1048576;  /* max_pooling2d_1_out_infer (128, 7, 7, 32) nChw16c, halo 1 1 1 1 */
    float *const conv2d_1_kernel_bn_folded_blocked16_winograd = A + 1430528;  /* conv2d_1/kernel.bn_folded.blocked16.winograd (16384) */
    float *const max_pooling2d_out_infer_winograd_tiles = A + 1380352;  /* max_pooling2d_out_infer.winograd_tiles (50176) */
    float *const conv2d_2_kernel = P + 9696;  /* conv2d_2/kernel (3, 3, 32, 32) */
    float *const conv2d_2_bias = P + 18912;  /* conv2d_2/bias (32) */
    float *const batch_normalization_2_gamma = P + 18944;  /* batch_normalization_2/gamma (32) */
    float *const batch_normalization_2_beta = P + 18976;  /* batch_normalization_2/beta (32) */
    float *const batch_normalization_2_moving_mean = S + 128;  /* batch_normalization_2/moving_mean (32) */
    float *const batch_normalization_2_moving_variance = S + 160;  /* batch_normalization_2/moving_variance (32) */
    float *const conv2d_2_kernel_bn_folded = A + 7551296;  /* conv2d_2/kernel.bn_folded (3, 3, 32, 32) */
    float *const conv2d_2_bias_bn_folded = A + 7560512;  /* conv2d_2/bias.bn_folded (32) */
    float *const conv2d_2_kernel_bn_folded_blocked16 = A + 7570112;  /* conv2d_2/kernel.bn_folded.blocked16 (3, 3, 32, 32) 16-blocked */
    float *const conv2d_2_bias_bn_folded_padded32 = A + 7579328;  /* conv2d_2/bias.bn_folded.padded32 (32) */
    float *const re_lu_2_out_infer = A + 0;  /* re_lu_2_out_infer (128, 7, 7, 32) */
    float *const dense_kernel = P + 19008;  /* dense/kernel (1568, 10) */
    float *const dense_kernel_padded16_2 = A + 7579360;  /* dense/kernel.padded16.2 (1568, 10) */
    float *const dense_bias = P + 34688;  /* dense/bias (10) */
    float *const dense_bias_padded16_2 = A + 7604448;  /* dense/bias.padded16.2 (10) */
    float *const flatten_out_infer = A + 0;  /* flatten_out_infer (128, 1568) */
    float *const dense_out_infer = s->out;  /* dense_out_infer (128, 10) */
    /* 5098440 FLOP per sample: threads from 1 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 5098439.65625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        if (copy_weights) k19_bn_fold_3x3x1x32(conv2d_kernel, conv2d_bias, batch_normalization_gamma, batch_normalization_beta, batch_normalization_moving_mean, batch_normalization_moving_variance, conv2d_kernel_bn_folded, conv2d_bias_bn_folded);
        k20_reorder_n128_h28w28c1(x, x_padded_2, nb);
        if (copy_weights) k21_reorder_3x3x1x32(conv2d_kernel_bn_folded, conv2d_kernel_bn_folded_blocked16);
        if (copy_weights) k22_reorder_c32(conv2d_bias_bn_folded, conv2d_bias_bn_folded_padded32);
        k23_conv2d_fwd_relu_maxpool_n128_h28w28c32(x_padded_2, conv2d_kernel_bn_folded_blocked16, conv2d_bias_bn_folded_padded32, max_pooling2d_out_infer, nb);
        if (copy_weights) k24_bn_fold_3x3x32x32(conv2d_1_kernel, conv2d_1_bias, batch_normalization_1_gamma, batch_normalization_1_beta, batch_normalization_1_moving_mean, batch_normalization_1_moving_variance, conv2d_1_kernel_bn_folded, conv2d_1_bias_bn_folded);
        if (copy_weights) k25_reorder_3x3x32x32(conv2d_1_kernel_bn_folded, conv2d_1_kernel_bn_folded_blocked16);
        if (copy_weights) k26_reorder_c32(conv2d_1_bias_bn_folded, conv2d_1_bias_bn_folded_padded32);
        k27_conv2d_fwd_relu_maxpool_n128_h14w14c32(max_pooling2d_out_infer, conv2d_1_kernel_bn_folded_blocked16, conv2d_1_bias_bn_folded_padded32, max_pooling2d_1_out_infer, conv2d_1_kernel_bn_folded_blocked16_winograd, max_pooling2d_out_infer_winograd_tiles, nb);
        if (copy_weights) k28_bn_fold_3x3x32x32(conv2d_2_kernel, conv2d_2_bias, batch_normalization_2_gamma, batch_normalization_2_beta, batch_normalization_2_moving_mean, batch_normalization_2_moving_variance, conv2d_2_kernel_bn_folded, conv2d_2_bias_bn_folded);
        if (copy_weights) k29_reorder_3x3x32x32(conv2d_2_kernel_bn_folded, conv2d_2_kernel_bn_folded_blocked16);
        if (copy_weights) k30_reorder_c32(conv2d_2_bias_bn_folded, conv2d_2_bias_bn_folded_padded32);
        k31_conv2d_fwd_relu_n128_h7w7c32(max_pooling2d_1_out_infer, conv2d_2_kernel_bn_folded_blocked16, conv2d_2_bias_bn_folded_padded32, re_lu_2_out_infer, nb);
        if (copy_weights) k32_reorder_1568x10(dense_kernel, dense_kernel_padded16_2);
        if (copy_weights) k33_reorder_c10(dense_bias, dense_bias_padded16_2);
        k35_dense_fwd_softmax_n128_k10(flatten_out_infer, dense_kernel_padded16_2, dense_bias_padded16_2, dense_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
    if (s->weights_cached) *s->weights_cached = s->weights_version;
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 1, 32}, "HWIO", 0, 288, 3, 9, 288},
    {"conv2d/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 288, 32, 1, 0, 0},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "nChw16c", 0, 3211264, 0, 0, 0},
    {"batch_normalization/gamma", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 320, 32, 2, 0, 0},
    {"batch_normalization/beta", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 352, 32, 1, 0, 0},
    {"batch_normalization/moving_mean", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 0, 32, 1, 0, 0},
    {"batch_normalization/moving_variance", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 32, 32, 2, 0, 0},
    {"batch_normalization_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"batch_normalization_mean", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 7541664, 32, 0, 0, 0},
    {"batch_normalization_invstd", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 7541696, 32, 0, 0, 0},
    {"re_lu_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"max_pooling2d_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c, halo 1 1 1 1", 3211264, 1048576, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 32}, "HWIO", 384, 9216, 3, 288, 288},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 9600, 32, 1, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c", 5308416, 802816, 0, 0, 0},
    {"batch_normalization_1/gamma", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 9632, 32, 2, 0, 0},
    {"batch_normalization_1/beta", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 9664, 32, 1, 0, 0},
    {"batch_normalization_1/moving_mean", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 64, 32, 1, 0, 0},
    {"batch_normalization_1/moving_variance", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 96, 32, 2, 0, 0},
    {"batch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"batch_normalization_1_mean", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 6763520, 32, 0, 0, 0},
    {"batch_normalization_1_invstd", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 6763552, 32, 0, 0, 0},
    {"re_lu_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"max_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "nChw16c, halo 1 1 1 1", 4259840, 331776, 0, 0, 0},
    {"conv2d_2/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 32}, "HWIO", 9696, 9216, 3, 288, 288},
    {"conv2d_2/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 18912, 32, 1, 0, 0},
    {"conv2d_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "nChw16c", 4923392, 200704, 0, 0, 0},
    {"batch_normalization_2/gamma", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 18944, 32, 2, 0, 0},
    {"batch_normalization_2/beta", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 18976, 32, 1, 0, 0},
    {"batch_normalization_2/moving_mean", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 128, 32, 1, 0, 0},
    {"batch_normalization_2/moving_variance", KILN_ROLE_STATE, 1, {32, 0, 0, 0}, "C", 160, 32, 2, 0, 0},
    {"batch_normalization_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 4591616, 200704, 0, 0, 0},
    {"batch_normalization_2_mean", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 5124512, 32, 0, 0, 0},
    {"batch_normalization_2_invstd", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 5124544, 32, 0, 0, 0},
    {"re_lu_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 6111232, 200704, 0, 0, 0},
    {"dropout_out", KILN_ROLE_ACT, 2, {128, 1568, 0, 0}, "NC", 4591616, 200704, 0, 0, 0},
    {"dropout_mask", KILN_ROLE_ACT, 2, {128, 1568, 0, 0}, "NC", 6311936, 200704, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {1568, 10, 0, 0}, "IO", 19008, 15680, 3, 1568, 10},
    {"dense/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 34688, 10, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 4817408, 1280, 0, 0, 0},
    {"conv2d/kernel.bn_folded", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "HWIO", 7541728, 288, 0, 0, 0},
    {"conv2d/bias.bn_folded", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 7542016, 32, 0, 0, 0},
    {"batch_normalization_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"re_lu_out_infer", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"max_pooling2d_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c, halo 1 1 1 1", 0, 1048576, 0, 0, 0},
    {"conv2d_1/kernel.bn_folded", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "HWIO", 7542048, 9216, 0, 0, 0},
    {"conv2d_1/bias.bn_folded", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 7551264, 32, 0, 0, 0},
    {"batch_normalization_1_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"re_lu_1_out_infer", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"max_pooling2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "nChw16c, halo 1 1 1 1", 1048576, 331776, 0, 0, 0},
    {"conv2d_2/kernel.bn_folded", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "HWIO", 7551296, 9216, 0, 0, 0},
    {"conv2d_2/bias.bn_folded", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 7560512, 32, 0, 0, 0},
    {"batch_normalization_2_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 0, 0, 0, 0, 0},
    {"re_lu_2_out_infer", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 0, 200704, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 200704, 1280, 0, 0, 0},
    {"dense_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 1, {128, 0, 0, 0}, "N", 0, 128, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 4808000, 1280, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 34688, 10, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {1568, 10, 0, 0}, "IO", 19008, 15680, 0, 0, 0},
    {"ddropout_out", KILN_ROLE_ACT, 2, {128, 1568, 0, 0}, "NC", 4591616, 200704, 0, 0, 0},
    {"dre_lu_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 6512640, 200704, 0, 0, 0},
    {"dbatch_normalization_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "NHWC", 4591616, 200704, 0, 0, 0},
    {"dconv2d_2_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "nChw16c, halo 1 1 1 1", 4591616, 331776, 0, 0, 0},
    {"dbatch_normalization_2/gamma", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 18944, 32, 0, 0, 0},
    {"dbatch_normalization_2/beta", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 18976, 32, 0, 0, 0},
    {"dconv2d_2/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 18912, 32, 0, 0, 0},
    {"dconv2d_2/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 32}, "HWIO", 9696, 9216, 0, 0, 0},
    {"dmax_pooling2d_1_out", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "nChw16c", 6111232, 200704, 0, 0, 0},
    {"dre_lu_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"dbatch_normalization_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c, halo 1 1 1 1", 4259840, 1048576, 0, 0, 0},
    {"dbatch_normalization_1/gamma", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 9632, 32, 0, 0, 0},
    {"dbatch_normalization_1/beta", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 9664, 32, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 9600, 32, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 32}, "HWIO", 384, 9216, 0, 0, 0},
    {"dmax_pooling2d_out", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c", 6422528, 802816, 0, 0, 0},
    {"dre_lu_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"dbatch_normalization_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "nChw16c", 0, 0, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 28, 28, 32}, "nChw16c", 3211264, 3211264, 0, 0, 0},
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
    {"x.padded", KILN_ROLE_ACT, 4, {128, 28, 28, 1}, "NHWC", 7426048, 100352, 0, 0, 0},
    {"conv2d/kernel.blocked16", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "16-blocked", 3211264, 288, 0, 0, 0},
    {"conv2d/bias.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 3211552, 32, 0, 0, 0},
    {"conv2d_1/kernel.blocked16", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 4335872, 9216, 0, 0, 0},
    {"conv2d_1/bias.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 4345088, 32, 0, 0, 0},
    {"conv2d_2/kernel.blocked16", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 4667648, 9216, 0, 0, 0},
    {"conv2d_2/bias.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 4676864, 32, 0, 0, 0},
    {"batch_normalization_2_out.part", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "nChw16c", 6111232, 200704, 0, 0, 0},
    {"dense/kernel.padded16", KILN_ROLE_ACT, 2, {1568, 10, 0, 0}, "IO", 4792320, 15680, 0, 0, 0},
    {"dense/bias.padded16", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 4818688, 10, 0, 0, 0},
    {"x.padded.2", KILN_ROLE_ACT, 4, {128, 28, 28, 1}, "NHWC", 1048576, 100352, 0, 0, 0},
    {"conv2d/kernel.bn_folded.blocked16", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "16-blocked", 7560544, 288, 0, 0, 0},
    {"conv2d/bias.bn_folded.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 7560832, 32, 0, 0, 0},
    {"conv2d_1/kernel.bn_folded.blocked16", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 7560864, 9216, 0, 0, 0},
    {"conv2d_1/bias.bn_folded.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 7570080, 32, 0, 0, 0},
    {"conv2d_2/kernel.bn_folded.blocked16", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 7570112, 9216, 0, 0, 0},
    {"conv2d_2/bias.bn_folded.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 7579328, 32, 0, 0, 0},
    {"dense/kernel.padded16.2", KILN_ROLE_ACT, 2, {1568, 10, 0, 0}, "IO", 7579360, 15680, 0, 0, 0},
    {"dense/bias.padded16.2", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 7604448, 10, 0, 0, 0},
    {"dense/kernel.transposed1568", KILN_ROLE_ACT, 2, {1568, 10, 0, 0}, "IO", 4792320, 15680, 0, 0, 0},
    {"dbatch_normalization_2_out.nChw16c", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "nChw16c", 6111232, 200704, 0, 0, 0},
    {"dconv2d_2/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 5294400, 9216, 0, 0, 0},
    {"dconv2d_2/bias.part", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 5303616, 32, 0, 0, 0},
    {"conv2d_2/kernel.flipped16", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 4335872, 9216, 0, 0, 0},
    {"dconv2d_1/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 5679424, 9216, 0, 0, 0},
    {"dconv2d_1/bias.part", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 5688640, 32, 0, 0, 0},
    {"conv2d_1/kernel.flipped16", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 3287296, 9216, 0, 0, 0},
    {"dconv2d/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 1, 32}, "16-blocked", 640, 288, 0, 0, 0},
    {"dconv2d/bias.part", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 928, 32, 0, 0, 0},
    {"max_pooling2d_out.argmax", KILN_ROLE_ACT, 4, {128, 14, 14, 32}, "nChw16c", 7225344, 200704, 0, 0, 0},
    {"max_pooling2d_1_out.argmax", KILN_ROLE_ACT, 4, {128, 7, 7, 32}, "nChw16c", 6713344, 50176, 0, 0, 0},
    {"conv2d_out.partial", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 4259840, 256, 0, 0, 0},
    {"conv2d_out.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 4260096, 160, 0, 0, 0},
    {"conv2d_1/kernel.blocked16.winograd", KILN_ROLE_ACT, 1, {36864, 0, 0, 0}, "C", 4299008, 36864, 0, 0, 0},
    {"max_pooling2d_out.winograd_tiles", KILN_ROLE_ACT, 1, {39168, 0, 0, 0}, "C", 4259840, 39168, 0, 0, 0},
    {"conv2d_1_out.partial", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 4591616, 256, 0, 0, 0},
    {"conv2d_1_out.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 4591872, 160, 0, 0, 0},
    {"conv2d_2/kernel.blocked16.winograd", KILN_ROLE_ACT, 1, {36864, 0, 0, 0}, "C", 4630784, 36864, 0, 0, 0},
    {"max_pooling2d_1_out.winograd_tiles", KILN_ROLE_ACT, 1, {39168, 0, 0, 0}, "C", 4591616, 39168, 0, 0, 0},
    {"conv2d_2_out.partial", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 4591616, 256, 0, 0, 0},
    {"conv2d_2_out.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 4591872, 160, 0, 0, 0},
    {"conv2d_1/kernel.bn_folded.blocked16.winograd", KILN_ROLE_ACT, 1, {16384, 0, 0, 0}, "C", 1430528, 16384, 0, 0, 0},
    {"max_pooling2d_out_infer.winograd_tiles", KILN_ROLE_ACT, 1, {50176, 0, 0, 0}, "C", 1380352, 50176, 0, 0, 0},
    {"dense_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 4792320, 512, 0, 0, 0},
    {"dense_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 1280, 512, 0, 0, 0},
    {"dbatch_normalization_2_out.nChw16c.partial", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 5124096, 256, 0, 0, 0},
    {"dbatch_normalization_2_out.nChw16c.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 5124352, 160, 0, 0, 0},
    {"dconv2d_2/kernel.part.partial", KILN_ROLE_ACT, 1, {73792, 0, 0, 0}, "C", 5220608, 73792, 0, 0, 0},
    {"dconv2d_2/kernel.part.winograd_tiles", KILN_ROLE_ACT, 1, {297216, 0, 0, 0}, "C", 4923392, 297216, 0, 0, 0},
    {"conv2d_2/kernel.flipped16.winograd", KILN_ROLE_ACT, 1, {36864, 0, 0, 0}, "C", 4299008, 36864, 0, 0, 0},
    {"dconv2d_2_out.winograd_tiles", KILN_ROLE_ACT, 1, {39168, 0, 0, 0}, "C", 4259840, 39168, 0, 0, 0},
    {"dbatch_normalization_1_out.partial", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 6311936, 256, 0, 0, 0},
    {"dbatch_normalization_1_out.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 6312192, 160, 0, 0, 0},
    {"dconv2d_1/kernel.part.partial", KILN_ROLE_ACT, 1, {73792, 0, 0, 0}, "C", 5605632, 73792, 0, 0, 0},
    {"dconv2d_1/kernel.part.winograd_tiles", KILN_ROLE_ACT, 1, {297216, 0, 0, 0}, "C", 5308416, 297216, 0, 0, 0},
    {"conv2d_1/kernel.flipped16.winograd", KILN_ROLE_ACT, 1, {36864, 0, 0, 0}, "C", 3250432, 36864, 0, 0, 0},
    {"dconv2d_1_out.winograd_tiles", KILN_ROLE_ACT, 1, {39168, 0, 0, 0}, "C", 3211264, 39168, 0, 0, 0},
    {"dbatch_normalization_out.partial", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 7541248, 256, 0, 0, 0},
    {"dbatch_normalization_out.stats", KILN_ROLE_ACT, 1, {160, 0, 0, 0}, "C", 7541504, 160, 0, 0, 0},
    {"dconv2d/kernel.part.partial", KILN_ROLE_ACT, 1, {640, 0, 0, 0}, "C", 0, 640, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_reorder_n128_h28w28c1", "void k00_reorder_n128_h28w28c1(const float *restrict x, float *restrict x_padded, int nb)", 200704, 802816, 1},
    {"k01_reorder_3x3x1x32", "void k01_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16)", 576, 2304, 1},
    {"k02_reorder_c32", "void k02_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32)", 64, 256, 1},
    {"k03_conv2d_fwd_n128_h28w28c32", "void k03_conv2d_fwd_n128_h28w28c32(const float *restrict x_padded, const float *restrict conv2d_kernel_blocked16, const float *restrict conv2d_bias_padded32, float *restrict conv2d_out, int nb)", 57802752, 13247744, 1},
    {"k04_batchnorm_fwd_training_relu_maxpool_n128_h28w28c32", "void k04_batchnorm_fwd_training_relu_maxpool_n128_h28w28c32(const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, float *restrict max_pooling2d_out, uint8_t *restrict max_pooling2d_out_argmax, float *restrict conv2d_out_partial, float *restrict conv2d_out_stats, int nb)", 35323904, 16859904, 1},
    {"k05_reorder_3x3x32x32", "void k05_reorder_3x3x32x32(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16)", 18432, 73728, 1},
    {"k06_reorder_c32", "void k06_reorder_c32(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded32)", 64, 256, 1},
    {"k07_conv2d_fwd_n128_h14w14c32", "void k07_conv2d_fwd_n128_h14w14c32(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel_blocked16, const float *restrict conv2d_1_bias_padded32, float *restrict conv2d_1_out, float *restrict conv2d_1_kernel_blocked16_winograd, float *restrict max_pooling2d_out_winograd_tiles, int nb)", 462422016, 6459520, 1},
    {"k08_batchnorm_fwd_training_relu_maxpool_n128_h14w14c32", "void k08_batchnorm_fwd_training_relu_maxpool_n128_h14w14c32(const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, float *restrict max_pooling2d_1_out, uint8_t *restrict max_pooling2d_1_out_argmax, float *restrict conv2d_1_out_partial, float *restrict conv2d_1_out_stats, int nb)", 8830976, 4215552, 1},
    {"k09_reorder_3x3x32x32", "void k09_reorder_3x3x32x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked16)", 18432, 73728, 1},
    {"k10_reorder_c32", "void k10_reorder_c32(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded32)", 64, 256, 1},
    {"k11_conv2d_fwd_n128_h7w7c32", "void k11_conv2d_fwd_n128_h7w7c32(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_2_kernel_blocked16, const float *restrict conv2d_2_bias_padded32, float *restrict conv2d_2_out, float *restrict conv2d_2_kernel_blocked16_winograd, float *restrict max_pooling2d_1_out_winograd_tiles, int nb)", 115605504, 1642624, 1},
    {"k12_batchnorm_fwd_training_n128_h7w7c32", "void k12_batchnorm_fwd_training_n128_h7w7c32(const float *restrict conv2d_2_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, float *restrict batch_normalization_2_moving_mean, float *restrict batch_normalization_2_moving_variance, float *restrict batch_normalization_2_out_part, float *restrict batch_normalization_2_mean, float *restrict batch_normalization_2_invstd, float *restrict conv2d_2_out_partial, float *restrict conv2d_2_out_stats, int nb)", 1605632, 1606400, 1},
    {"k13_reorder_n128_h7w7c32", "void k13_reorder_n128_h7w7c32(const float *restrict batch_normalization_2_out_part, float *restrict batch_normalization_2_out, int nb)", 401408, 1605632, 1},
    {"k14_relu_n128_h7w7c32", "void k14_relu_n128_h7w7c32(const float *restrict batch_normalization_2_out, float *restrict re_lu_2_out, int nb)", 401408, 1605632, 1},
    {"k15_dropout_n128_k1568", "void k15_dropout_n128_k1568(const float *restrict flatten_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)", 401408, 2408448, 1},
    {"k16_reorder_1568x10", "void k16_reorder_1568x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16)", 31360, 125440, 1},
    {"k17_reorder_c10", "void k17_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16)", 20, 80, 1},
    {"k18_dense_fwd_n128_k10", "void k18_dense_fwd_n128_k10(const float *restrict dropout_out, const float *restrict dense_kernel_padded16, const float *restrict dense_bias_padded16, float *restrict dense_pre, int nb)", 4014080, 870696, 1},
    {"k19_bn_fold_3x3x1x32", "void k19_bn_fold_3x3x1x32(const float *restrict conv2d_kernel, const float *restrict conv2d_bias, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict conv2d_kernel_bn_folded, float *restrict conv2d_bias_bn_folded)", 576, 3072, 6},
    {"k20_reorder_n128_h28w28c1", "void k20_reorder_n128_h28w28c1(const float *restrict x, float *restrict x_padded_2, int nb)", 200704, 802816, 6},
    {"k21_reorder_3x3x1x32", "void k21_reorder_3x3x1x32(const float *restrict conv2d_kernel_bn_folded, float *restrict conv2d_kernel_bn_folded_blocked16)", 576, 2304, 6},
    {"k22_reorder_c32", "void k22_reorder_c32(const float *restrict conv2d_bias_bn_folded, float *restrict conv2d_bias_bn_folded_padded32)", 64, 256, 6},
    {"k23_conv2d_fwd_relu_maxpool_n128_h28w28c32", "void k23_conv2d_fwd_relu_maxpool_n128_h28w28c32(const float *restrict x_padded_2, const float *restrict conv2d_kernel_bn_folded_blocked16, const float *restrict conv2d_bias_bn_folded_padded32, float *restrict max_pooling2d_out_infer, int nb)", 67436544, 3613952, 6},
    {"k24_bn_fold_3x3x32x32", "void k24_bn_fold_3x3x32x32(const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict conv2d_1_kernel_bn_folded, float *restrict conv2d_1_bias_bn_folded)", 18432, 74496, 6},
    {"k25_reorder_3x3x32x32", "void k25_reorder_3x3x32x32(const float *restrict conv2d_1_kernel_bn_folded, float *restrict conv2d_1_kernel_bn_folded_blocked16)", 18432, 73728, 6},
    {"k26_reorder_c32", "void k26_reorder_c32(const float *restrict conv2d_1_bias_bn_folded, float *restrict conv2d_1_bias_bn_folded_padded32)", 64, 256, 6},
    {"k27_conv2d_fwd_relu_maxpool_n128_h14w14c32", "void k27_conv2d_fwd_relu_maxpool_n128_h14w14c32(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel_bn_folded_blocked16, const float *restrict conv2d_1_bias_bn_folded_padded32, float *restrict max_pooling2d_1_out_infer, float *restrict conv2d_1_kernel_bn_folded_blocked16_winograd, float *restrict max_pooling2d_out_infer_winograd_tiles, int nb)", 464830464, 4051072, 6},
    {"k28_bn_fold_3x3x32x32", "void k28_bn_fold_3x3x32x32(const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, const float *restrict batch_normalization_2_moving_mean, const float *restrict batch_normalization_2_moving_variance, float *restrict conv2d_2_kernel_bn_folded, float *restrict conv2d_2_bias_bn_folded)", 18432, 74496, 6},
    {"k29_reorder_3x3x32x32", "void k29_reorder_3x3x32x32(const float *restrict conv2d_2_kernel_bn_folded, float *restrict conv2d_2_kernel_bn_folded_blocked16)", 18432, 73728, 6},
    {"k30_reorder_c32", "void k30_reorder_c32(const float *restrict conv2d_2_bias_bn_folded, float *restrict conv2d_2_bias_bn_folded_padded32)", 64, 256, 6},
    {"k31_conv2d_fwd_relu_n128_h7w7c32", "void k31_conv2d_fwd_relu_n128_h7w7c32(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_2_kernel_bn_folded_blocked16, const float *restrict conv2d_2_bias_bn_folded_padded32, float *restrict re_lu_2_out_infer, int nb)", 116006912, 1642624, 6},
    {"k32_reorder_1568x10", "void k32_reorder_1568x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16_2)", 31360, 125440, 6},
    {"k33_reorder_c10", "void k33_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16_2)", 20, 80, 6},
    {"k34_dense_fwd_n128_k10", "void k34_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_pre_infer, int nb)", 4014080, 870696, 2},
    {"k35_dense_fwd_softmax_n128_k10", "void k35_dense_fwd_softmax_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_out_infer, int nb)", 4016640, 870696, 4},
    {"k36_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10", "void k36_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10(const float *restrict dense_pre, const int32_t *restrict y, float *restrict ddense_pre, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 5120, 10752, 1},
    {"k37_softmax_ce_sparse_n128_k10", "void k37_softmax_ce_sparse_n128_k10(const float *restrict dense_pre_infer, const int32_t *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 10752, 2},
    {"k38_dense_bwd_weights_1568x10", "void k38_dense_bwd_weights_1568x10(const float *restrict ddense_pre, const float *restrict dropout_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 4014080, 870696, 1},
    {"k39_reorder_1568x10", "void k39_reorder_1568x10(const float *restrict dense_kernel, float *restrict dense_kernel_transposed1568)", 31360, 125440, 1},
    {"k40_dense_bwd_data_n128_k1568", "void k40_dense_bwd_data_n128_k1568(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed1568, float *restrict ddropout_out, int nb)", 4014080, 870656, 1},
    {"k41_dropout_bwd_n128_k1568", "void k41_dropout_bwd_n128_k1568(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dflatten_out, int nb)", 401408, 2408448, 1},
    {"k42_relu_bwd_n128_h7w7c32", "void k42_relu_bwd_n128_h7w7c32(const float *restrict dre_lu_2_out, const float *restrict re_lu_2_out, float *restrict dbatch_normalization_2_out, int nb)", 401408, 2408448, 1},
    {"k43_reorder_n128_h7w7c32", "void k43_reorder_n128_h7w7c32(const float *restrict dbatch_normalization_2_out, float *restrict dbatch_normalization_2_out_nChw16c, int nb)", 401408, 1605632, 1},
    {"k44_batchnorm_bwd_n128_h7w7c32", "void k44_batchnorm_bwd_n128_h7w7c32(const float *restrict dbatch_normalization_2_out_nChw16c, const float *restrict conv2d_2_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_mean, const float *restrict batch_normalization_2_invstd, float *restrict dconv2d_2_out, float *restrict dbatch_normalization_2_gamma, float *restrict dbatch_normalization_2_beta, float *restrict dbatch_normalization_2_out_nChw16c_partial, float *restrict dbatch_normalization_2_out_nChw16c_stats, int nb)", 1605632, 2409088, 1},
    {"k45_conv2d_bwd_weights_3x3x32x32", "void k45_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_2_out, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_kernel_part_partial, float *restrict dconv2d_2_kernel_part_winograd_tiles, int nb)", 115605504, 1642624, 1},
    {"k46_reorder_3x3x32x32", "void k46_reorder_3x3x32x32(const float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_kernel)", 18432, 73728, 1},
    {"k47_reorder_c32", "void k47_reorder_c32(const float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_bias)", 64, 256, 1},
    {"k48_reorder_3x3x32x32", "void k48_reorder_3x3x32x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_flipped16)", 18432, 73728, 1},
    {"k49_conv2d_bwd_data_n128_h7w7c32", "void k49_conv2d_bwd_data_n128_h7w7c32(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_kernel_flipped16, float *restrict dmax_pooling2d_1_out, float *restrict conv2d_2_kernel_flipped16_winograd, float *restrict dconv2d_2_out_winograd_tiles, int nb)", 115605504, 1642496, 1},
    {"k50_maxpool_bwd_relu_bwd_bn_bwd_n128_h14w14c32", "void k50_maxpool_bwd_relu_bwd_bn_bwd_n128_h14w14c32(const float *restrict dmax_pooling2d_1_out, const uint8_t *restrict max_pooling2d_1_out_argmax, const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dconv2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, float *restrict dbatch_normalization_1_out_partial, float *restrict dbatch_normalization_1_out_stats, int nb)", 8830976, 7426688, 1},
    {"k51_conv2d_bwd_weights_3x3x32x32", "void k51_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_1_out, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, float *restrict dconv2d_1_kernel_part_winograd_tiles, int nb)", 462422016, 6459520, 1},
    {"k52_reorder_3x3x32x32", "void k52_reorder_3x3x32x32(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)", 18432, 73728, 1},
    {"k53_reorder_c32", "void k53_reorder_c32(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)", 64, 256, 1},
    {"k54_reorder_3x3x32x32", "void k54_reorder_3x3x32x32(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped16)", 18432, 73728, 1},
    {"k55_conv2d_bwd_data_n128_h14w14c32", "void k55_conv2d_bwd_data_n128_h14w14c32(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_kernel_flipped16, float *restrict dmax_pooling2d_out, float *restrict conv2d_1_kernel_flipped16_winograd, float *restrict dconv2d_1_out_winograd_tiles, int nb)", 462422016, 6459392, 1},
    {"k56_maxpool_bwd_relu_bwd_bn_bwd_n128_h28w28c32", "void k56_maxpool_bwd_relu_bwd_bn_bwd_n128_h28w28c32(const float *restrict dmax_pooling2d_out, const uint8_t *restrict max_pooling2d_out_argmax, const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dconv2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, float *restrict dbatch_normalization_out_partial, float *restrict dbatch_normalization_out_stats, int nb)", 35323904, 29704832, 1},
    {"k57_conv2d_bwd_weights_3x3x1x32", "void k57_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_out, const float *restrict x_padded, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, int nb)", 57802752, 13247744, 1},
    {"k58_reorder_3x3x1x32", "void k58_reorder_3x3x1x32(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)", 576, 2304, 1},
    {"k59_reorder_c32", "void k59_reorder_c32(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)", 64, 256, 1},
    {"k60_adam_update_p34704", "void k60_adam_update_p34704(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 347040, 971712, 1},
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
    .n_arena = 7604464,
    .n_tensors = 176,
    .tensors = tensors,
    .n_kernels = 61,
    .kernels = kernels,
    .isa = "avx512",
};


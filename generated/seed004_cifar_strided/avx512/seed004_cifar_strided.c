/* seed004_cifar_strided.c — emitted by kiln from models/seed004_cifar_strided.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA avx512. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 37152, state 0, arena 6382368.
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

/* k00_reorder_n128_h32w32c3 — reorder kernel
 *   node n0 "reorder.x.padded" (reorder), from $.layers[0]
 *   in  x                          (128, 32, 32, 3) NHWC
 *   out x.padded                   (128, 32, 32, 3) NHWC
 *   schedule: OpenMP over elements; ISA avx512 */
void k00_reorder_n128_h32w32c3(const float *restrict x, float *restrict x_padded, int nb)
{
    /* x -> x.padded */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++)
            for (int hp = 0; hp < 34; hp++)
                for (int wp = 0; wp < 34; wp++)
                    for (int cl = 0; cl < 3; cl++) {
                        const int h = hp - 1, w = wp - 1, c = cb * 3 + cl;
                        const float v = h >= 0 && h < 32 && w >= 0 && w < 32 && c < 3 ? x[((long)(n) * 3072 + (long)((h) + 0) * 96 + ((w) + 0) * 3 + (c))] : 0.0f;
                        x_padded[(long)n * 3468 + (long)cb * 0 + (long)hp * 102 + (long)wp * 3 + cl] = v;
                    }
}

/* k01_reorder_3x3x3x16 — reorder kernel
 *   node n1 "reorder.conv2d/kernel.blocked16" (reorder), from $.layers[0]
 *   in  conv2d/kernel              (3, 3, 3, 16) HWIO
 *   out conv2d/kernel.blocked16    (3, 3, 3, 16) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k01_reorder_3x3x3x16(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16)
{
    /* conv2d/kernel -> conv2d/kernel.blocked16 */
    /* (3, 3, 3, 16) HWIO -> (1, 1, 3, 3, 3, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 1; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 3; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 3 + ic, f = ob * 16 + oc;
                            conv2d_kernel_blocked16[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 48 + ic * 16 + oc] = c < 3 && f < 16 ? conv2d_kernel[((kh * 3 + kw) * 3 + c) * 16 + f] : 0.0f;
                        }
}

/* k02_reorder_c16 — reorder kernel
 *   node n2 "reorder.conv2d/bias.padded16" (reorder), from $.layers[0]
 *   in  conv2d/bias                (16) C
 *   out conv2d/bias.padded16       (16) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k02_reorder_c16(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded16)
{
    /* conv2d/bias -> conv2d/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) conv2d_bias_padded16[c] = c < 16 ? conv2d_bias[c] : 0.0f;
}

/* 1 x 16 output pixels x 1 output-channel vectors: 16 accumulators */
static inline __attribute__((always_inline)) void k03_conv2d_fwd_relu_n128_h32w32c16_tile_1x16(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0);
    vf acc_r0c1v0 = vload(bp + 0);
    vf acc_r0c2v0 = vload(bp + 0);
    vf acc_r0c3v0 = vload(bp + 0);
    vf acc_r0c4v0 = vload(bp + 0);
    vf acc_r0c5v0 = vload(bp + 0);
    vf acc_r0c6v0 = vload(bp + 0);
    vf acc_r0c7v0 = vload(bp + 0);
    vf acc_r0c8v0 = vload(bp + 0);
    vf acc_r0c9v0 = vload(bp + 0);
    vf acc_r0c10v0 = vload(bp + 0);
    vf acc_r0c11v0 = vload(bp + 0);
    vf acc_r0c12v0 = vload(bp + 0);
    vf acc_r0c13v0 = vload(bp + 0);
    vf acc_r0c14v0 = vload(bp + 0);
    vf acc_r0c15v0 = vload(bp + 0);
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 102 + kw * 3;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 48;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 3; ic++) {
                const vf w0 = vload(ws + 0 + ic * 16);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); }
                { const vf xb = vbcast(xs[3 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); }
                { const vf xb = vbcast(xs[6 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); }
                { const vf xb = vbcast(xs[9 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); }
                { const vf xb = vbcast(xs[12 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); }
                { const vf xb = vbcast(xs[15 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); }
                { const vf xb = vbcast(xs[18 + ic]); acc_r0c6v0 = vfma(xb, w0, acc_r0c6v0); }
                { const vf xb = vbcast(xs[21 + ic]); acc_r0c7v0 = vfma(xb, w0, acc_r0c7v0); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c8v0 = vfma(xb, w0, acc_r0c8v0); }
                { const vf xb = vbcast(xs[27 + ic]); acc_r0c9v0 = vfma(xb, w0, acc_r0c9v0); }
                { const vf xb = vbcast(xs[30 + ic]); acc_r0c10v0 = vfma(xb, w0, acc_r0c10v0); }
                { const vf xb = vbcast(xs[33 + ic]); acc_r0c11v0 = vfma(xb, w0, acc_r0c11v0); }
                { const vf xb = vbcast(xs[36 + ic]); acc_r0c12v0 = vfma(xb, w0, acc_r0c12v0); }
                { const vf xb = vbcast(xs[39 + ic]); acc_r0c13v0 = vfma(xb, w0, acc_r0c13v0); }
                { const vf xb = vbcast(xs[42 + ic]); acc_r0c14v0 = vfma(xb, w0, acc_r0c14v0); }
                { const vf xb = vbcast(xs[45 + ic]); acc_r0c15v0 = vfma(xb, w0, acc_r0c15v0); }
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 16, vrelu(acc_r0c1v0));
    vstore(yp + 32, vrelu(acc_r0c2v0));
    vstore(yp + 48, vrelu(acc_r0c3v0));
    vstore(yp + 64, vrelu(acc_r0c4v0));
    vstore(yp + 80, vrelu(acc_r0c5v0));
    vstore(yp + 96, vrelu(acc_r0c6v0));
    vstore(yp + 112, vrelu(acc_r0c7v0));
    vstore(yp + 128, vrelu(acc_r0c8v0));
    vstore(yp + 144, vrelu(acc_r0c9v0));
    vstore(yp + 160, vrelu(acc_r0c10v0));
    vstore(yp + 176, vrelu(acc_r0c11v0));
    vstore(yp + 192, vrelu(acc_r0c12v0));
    vstore(yp + 208, vrelu(acc_r0c13v0));
    vstore(yp + 224, vrelu(acc_r0c14v0));
    vstore(yp + 240, vrelu(acc_r0c15v0));
}

/* k03_conv2d_fwd_relu_n128_h32w32c16 — conv_fwd kernel
 *   node n3 "conv2d" (conv2d), from $.layers[0]
 *   node n4 "conv2d.relu" (relu), from $.layers[0]
 *   in  x.padded                   (128, 32, 32, 3) NHWC
 *   in  conv2d/kernel.blocked16    (3, 3, 3, 16) 16-blocked
 *   in  conv2d/bias.padded16       (16) C
 *   out conv2d_out                 (128, 32, 32, 16) nChw16c, halo 0 0 1 1
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   register tile: 1 output-channel vectors x 1x16 pixels, 16 input channels a step
 *   schedule: OpenMP over output rows; ISA avx512 */
void k03_conv2d_fwd_relu_n128_h32w32c16(const float *restrict x_padded, const float *restrict conv2d_kernel_blocked16, const float *restrict conv2d_bias_padded16, float *restrict conv2d_out, int nb)
{
    /* zero the halo of conv2d_out: rows [0, 0) and [32, 33), columns [0, 0) and [32, 33) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++) {
            float *p = conv2d_out + (long)n * 17424 + (long)cb * 17424;
            for (int hp = 0; hp < 33; hp++) {
                if (hp < 0 || hp >= 32) { memset(p + (long)hp * 528, 0, sizeof(float) * 528); continue; }
                memset(p + (long)hp * 528 + 512, 0, sizeof(float) * 16);
            }
        }
    /* tiles of 1x16 pixels x 1 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 32; oh += 1) {
            const float *xr = x_padded + (long)n * 3468 + (long)(-1 + oh * 1 + 1) * 102 + (long)(-1 + 1) * 3;
            float *yr = conv2d_out + (long)n * 17424 + (long)(0 + oh * 1 + 0) * 528 + (long)(0 + 0) * 16;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_kernel_blocked16 + (long)og * 432;
                const float *bg = conv2d_bias_padded16 + og * 16;
                float *yg = yr + (long)og * 17424;
                const float *mg = NULL;
                const int kh0 = 1 - oh, kh1 = 33 - oh;  /* the tap rows that reach x's rows */
                for (int ow = 0; ow < 32; ow += 16) k03_conv2d_fwd_relu_n128_h32w32c16_tile_1x16(xr + (long)ow * 3, wg, bg, yg + (long)ow * 16, mg ? mg + (long)ow * 16 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k04_reorder_3x3x16x16 — reorder kernel
 *   node n5 "reorder.conv2d_1/kernel.blocked16" (reorder), from $.layers[1]
 *   in  conv2d_1/kernel            (3, 3, 16, 16) HWIO
 *   out conv2d_1/kernel.blocked16  (3, 3, 16, 16) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k04_reorder_3x3x16x16(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked16 */
    /* (3, 3, 16, 16) HWIO -> (1, 1, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 1; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_1_kernel_blocked16[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 16 && f < 16 ? conv2d_1_kernel[((kh * 3 + kw) * 16 + c) * 16 + f] : 0.0f;
                        }
}

/* k05_reorder_c16 — reorder kernel
 *   node n6 "reorder.conv2d_1/bias.padded16" (reorder), from $.layers[1]
 *   in  conv2d_1/bias              (16) C
 *   out conv2d_1/bias.padded16     (16) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k05_reorder_c16(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded16)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) conv2d_1_bias_padded16[c] = c < 16 ? conv2d_1_bias[c] : 0.0f;
}

/* 1 x 16 output pixels x 1 output-channel vectors: 16 accumulators; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k06_conv2d_fwd_relu_n128_h16w16c16_tile_1x16_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0);
    vf acc_r0c1v0 = vload(bp + 0);
    vf acc_r0c2v0 = vload(bp + 0);
    vf acc_r0c3v0 = vload(bp + 0);
    vf acc_r0c4v0 = vload(bp + 0);
    vf acc_r0c5v0 = vload(bp + 0);
    vf acc_r0c6v0 = vload(bp + 0);
    vf acc_r0c7v0 = vload(bp + 0);
    vf acc_r0c8v0 = vload(bp + 0);
    vf acc_r0c9v0 = vload(bp + 0);
    vf acc_r0c10v0 = vload(bp + 0);
    vf acc_r0c11v0 = vload(bp + 0);
    vf acc_r0c12v0 = vload(bp + 0);
    vf acc_r0c13v0 = vload(bp + 0);
    vf acc_r0c14v0 = vload(bp + 0);
    vf acc_r0c15v0 = vload(bp + 0);
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)0 * 17424 + kh * 528;
        const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0) * 256;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 16; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 16);  /* column tap 0: pixels 0..15 */
            const vf w1_0 = vload(ws + 256 + ic * 16);  /* column tap 1: pixels 0..15 */
            const vf w2_0 = vload(ws + 512 + ic * 16);  /* column tap 2: pixels 0..14 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[144 + ic]); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[160 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[176 + ic]); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[192 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[208 + ic]); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[224 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c6v0 = vfma(xb, w2_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[240 + ic]); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); }
            { const vf xb = vbcast(xs[256 + ic]); acc_r0c8v0 = vfma(xb, w0_0, acc_r0c8v0); acc_r0c7v0 = vfma(xb, w2_0, acc_r0c7v0); }
            { const vf xb = vbcast(xs[272 + ic]); acc_r0c8v0 = vfma(xb, w1_0, acc_r0c8v0); }
            { const vf xb = vbcast(xs[288 + ic]); acc_r0c9v0 = vfma(xb, w0_0, acc_r0c9v0); acc_r0c8v0 = vfma(xb, w2_0, acc_r0c8v0); }
            { const vf xb = vbcast(xs[304 + ic]); acc_r0c9v0 = vfma(xb, w1_0, acc_r0c9v0); }
            { const vf xb = vbcast(xs[320 + ic]); acc_r0c10v0 = vfma(xb, w0_0, acc_r0c10v0); acc_r0c9v0 = vfma(xb, w2_0, acc_r0c9v0); }
            { const vf xb = vbcast(xs[336 + ic]); acc_r0c10v0 = vfma(xb, w1_0, acc_r0c10v0); }
            { const vf xb = vbcast(xs[352 + ic]); acc_r0c11v0 = vfma(xb, w0_0, acc_r0c11v0); acc_r0c10v0 = vfma(xb, w2_0, acc_r0c10v0); }
            { const vf xb = vbcast(xs[368 + ic]); acc_r0c11v0 = vfma(xb, w1_0, acc_r0c11v0); }
            { const vf xb = vbcast(xs[384 + ic]); acc_r0c12v0 = vfma(xb, w0_0, acc_r0c12v0); acc_r0c11v0 = vfma(xb, w2_0, acc_r0c11v0); }
            { const vf xb = vbcast(xs[400 + ic]); acc_r0c12v0 = vfma(xb, w1_0, acc_r0c12v0); }
            { const vf xb = vbcast(xs[416 + ic]); acc_r0c13v0 = vfma(xb, w0_0, acc_r0c13v0); acc_r0c12v0 = vfma(xb, w2_0, acc_r0c12v0); }
            { const vf xb = vbcast(xs[432 + ic]); acc_r0c13v0 = vfma(xb, w1_0, acc_r0c13v0); }
            { const vf xb = vbcast(xs[448 + ic]); acc_r0c14v0 = vfma(xb, w0_0, acc_r0c14v0); acc_r0c13v0 = vfma(xb, w2_0, acc_r0c13v0); }
            { const vf xb = vbcast(xs[464 + ic]); acc_r0c14v0 = vfma(xb, w1_0, acc_r0c14v0); }
            { const vf xb = vbcast(xs[480 + ic]); acc_r0c15v0 = vfma(xb, w0_0, acc_r0c15v0); acc_r0c14v0 = vfma(xb, w2_0, acc_r0c14v0); }
            { const vf xb = vbcast(xs[496 + ic]); acc_r0c15v0 = vfma(xb, w1_0, acc_r0c15v0); }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 16, vrelu(acc_r0c1v0));
    vstore(yp + 32, vrelu(acc_r0c2v0));
    vstore(yp + 48, vrelu(acc_r0c3v0));
    vstore(yp + 64, vrelu(acc_r0c4v0));
    vstore(yp + 80, vrelu(acc_r0c5v0));
    vstore(yp + 96, vrelu(acc_r0c6v0));
    vstore(yp + 112, vrelu(acc_r0c7v0));
    vstore(yp + 128, vrelu(acc_r0c8v0));
    vstore(yp + 144, vrelu(acc_r0c9v0));
    vstore(yp + 160, vrelu(acc_r0c10v0));
    vstore(yp + 176, vrelu(acc_r0c11v0));
    vstore(yp + 192, vrelu(acc_r0c12v0));
    vstore(yp + 208, vrelu(acc_r0c13v0));
    vstore(yp + 224, vrelu(acc_r0c14v0));
    vstore(yp + 240, vrelu(acc_r0c15v0));
}

/* k06_conv2d_fwd_relu_n128_h16w16c16 — conv_fwd kernel
 *   node n7 "conv2d_1" (conv2d), from $.layers[1]
 *   node n8 "conv2d_1.relu" (relu), from $.layers[1]
 *   in  conv2d_out                 (128, 32, 32, 16) nChw16c, halo 0 0 1 1
 *   in  conv2d_1/kernel.blocked16  (3, 3, 16, 16) 16-blocked
 *   in  conv2d_1/bias.padded16     (16) C
 *   out conv2d_1_out               (128, 16, 16, 16) nChw16c, halo 1 1 1 1
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 1x16 pixels, 16 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx512 */
void k06_conv2d_fwd_relu_n128_h16w16c16(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel_blocked16, const float *restrict conv2d_1_bias_padded16, float *restrict conv2d_1_out, int nb)
{
    /* zero the halo of conv2d_1_out: rows [0, 1) and [17, 18), columns [0, 1) and [17, 18) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++) {
            float *p = conv2d_1_out + (long)n * 5184 + (long)cb * 5184;
            for (int hp = 0; hp < 18; hp++) {
                if (hp < 1 || hp >= 17) { memset(p + (long)hp * 288, 0, sizeof(float) * 288); continue; }
                memset(p + (long)hp * 288, 0, sizeof(float) * 16);
                memset(p + (long)hp * 288 + 272, 0, sizeof(float) * 16);
            }
        }
    /* tiles of 1x16 pixels x 1 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 16; oh += 1) {
            const float *xr = conv2d_out + (long)n * 17424 + (long)(0 + oh * 2 + 0) * 528 + (long)(0 + 0) * 16;
            float *yr = conv2d_1_out + (long)n * 5184 + (long)(0 + oh * 1 + 1) * 288 + (long)(0 + 1) * 16;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_1_kernel_blocked16 + (long)og * 2304;
                const float *bg = conv2d_1_bias_padded16 + og * 16;
                float *yg = yr + (long)og * 5184;
                const float *mg = NULL;
                const int kh0 = 0 - oh * 2, kh1 = 32 - oh * 2;  /* the tap rows that reach x's rows */
                k06_conv2d_fwd_relu_n128_h16w16c16_tile_1x16_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k07_reorder_3x3x16x32 — reorder kernel
 *   node n9 "reorder.conv2d_2/kernel.blocked16" (reorder), from $.layers[2]
 *   in  conv2d_2/kernel            (3, 3, 16, 32) HWIO
 *   out conv2d_2/kernel.blocked16  (3, 3, 16, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k07_reorder_3x3x16x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked16)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.blocked16 */
    /* (3, 3, 16, 32) HWIO -> (2, 1, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_2_kernel_blocked16[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 16 && f < 32 ? conv2d_2_kernel[((kh * 3 + kw) * 16 + c) * 32 + f] : 0.0f;
                        }
}

/* k08_reorder_c32 — reorder kernel
 *   node n10 "reorder.conv2d_2/bias.padded32" (reorder), from $.layers[2]
 *   in  conv2d_2/bias              (32) C
 *   out conv2d_2/bias.padded32     (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k08_reorder_c32(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded32)
{
    /* conv2d_2/bias -> conv2d_2/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_2_bias_padded32[c] = c < 32 ? conv2d_2_bias[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k09_conv2d_fwd_relu_n128_h16w16c32_weights(const float *restrict gp, float *restrict u)
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
        vstore(u + (r * 6 + 0) * 256, a[r][0] * 0.25f);
        vstore(u + (r * 6 + 1) * 256, -a[r][0] * 0.166666672f - a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 2) * 256, -a[r][0] * 0.166666672f + a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 3) * 256, a[r][0] * 0.0416666679f + a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 4) * 256, a[r][0] * 0.0416666679f - a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 5) * 256, a[r][2]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 144 floats apart) */
static inline __attribute__((always_inline)) void k09_conv2d_fwd_relu_n128_h16w16c32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 288 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 144, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 144, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 144, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 144, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 144, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 144, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 8 tiles x 2 output-channel vectors, 16 accumulators, over 16 input channels */
static inline __attribute__((always_inline)) void k09_conv2d_fwd_relu_n128_h16w16c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    vf acc_t6v0 = vzero(), acc_t6v1 = vzero();
    vf acc_t7v0 = vzero(), acc_t7v1 = vzero();
    for (int cb = 0; cb < 1; cb++) {
        const float *vs = vp + (long)cb * 128, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16), u1 = vload(us + 9216 + ic * 16);
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
 * (positions 272 floats apart), yp at its output pixel (0, 0); then the bias, ReLU */
static inline __attribute__((always_inline)) void k09_conv2d_fwd_relu_n128_h16w16c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
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
            float *o = yp + r * 288 + c * 16;
            vstore(o, vrelu(y[r][c] + bias));
        }
}

/* k09_conv2d_fwd_relu_n128_h16w16c32 — conv_fwd kernel
 *   node n11 "conv2d_2" (conv2d), from $.layers[2]
 *   node n12 "conv2d_2.relu" (relu), from $.layers[2]
 *   in  conv2d_1_out               (128, 16, 16, 16) nChw16c, halo 1 1 1 1
 *   in  conv2d_2/kernel.blocked16  (3, 3, 16, 32) 16-blocked
 *   in  conv2d_2/bias.padded32     (32) C
 *   out conv2d_2_out               (128, 16, 16, 32) nChw16c, halo 1 1 1 1
 *   tmp conv2d_2/kernel.blocked16.winograd (18432) C, scratch
 *   tmp conv2d_1_out.winograd_tiles (29952) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 8 tiles, in blocks of 8 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k09_conv2d_fwd_relu_n128_h16w16c32(const float *restrict conv2d_1_out, const float *restrict conv2d_2_kernel_blocked16, const float *restrict conv2d_2_bias_padded32, float *restrict conv2d_2_out, float *restrict conv2d_2_kernel_blocked16_winograd, float *restrict conv2d_1_out_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 4 x 4 tiles of 4x4 output pixels per sample, in blocks of 8;
       products of 8 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 32; u++) {
        const int ocb = u / 16, c = u % 16;
        k09_conv2d_fwd_relu_n128_h16w16c32_weights(conv2d_2_kernel_blocked16 + (long)ocb * 2304 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_2_kernel_blocked16_winograd + (long)ocb * 9216 + (long)c * 16);
    }
    /* zero the halo of conv2d_2_out: rows [0, 1) and [17, 18), columns [0, 1) and [17, 18) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = conv2d_2_out + (long)n * 10368 + (long)cb * 5184;
            for (int hp = 0; hp < 18; hp++) {
                if (hp < 1 || hp >= 17) { memset(p + (long)hp * 288, 0, sizeof(float) * 288); continue; }
                memset(p + (long)hp * 288, 0, sizeof(float) * 16);
                memset(p + (long)hp * 288 + 272, 0, sizeof(float) * 16);
            }
        }
    /* 2. blocks of 8 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 7) / 8;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = conv2d_1_out_winograd_tiles + (long)t * 14976, *ms = vs + 5184;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 8;
            for (int j = 0; j < 8; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 1; cb++) vstore(vs + pos * 144 + ((long)cb * 8 + j) * 16, vzero());
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = conv2d_1_out + (long)n * 5184 + (long)(0 + 4 * ti) * 288 + (long)(0 + 4 * tj) * 16;
                for (int cb = 0; cb < 1; cb++) k09_conv2d_fwd_relu_n128_h16w16c32_input(xp + (long)cb * 5184, vs + ((long)cb * 8 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 8; j += 8)
                        k09_conv2d_fwd_relu_n128_h16w16c32_product(vs + pos * 144 + (long)j * 16, conv2d_2_kernel_blocked16_winograd + (long)og * 18432 + pos * 256,
                                                           ms + pos * 272 + ((long)og * 16 + j) * 16);
            for (int j = 0; j < 8 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                float *yp = conv2d_2_out + (long)n * 10368 + (long)(1 + 4 * ti) * 288 + (long)(1 + 4 * tj) * 16;
                for (int kb = 0; kb < 2; kb++)
                    k09_conv2d_fwd_relu_n128_h16w16c32_output(ms + ((long)kb * 8 + j) * 16, conv2d_2_bias_padded32 + kb * 16, yp + (long)kb * 5184, NULL);
            }
        }
    }
}

/* k10_reorder_3x3x32x32 — reorder kernel
 *   node n13 "reorder.conv2d_3/kernel.blocked16" (reorder), from $.layers[3]
 *   in  conv2d_3/kernel            (3, 3, 32, 32) HWIO
 *   out conv2d_3/kernel.blocked16  (3, 3, 32, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k10_reorder_3x3x32x32(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_blocked16)
{
    /* conv2d_3/kernel -> conv2d_3/kernel.blocked16 */
    /* (3, 3, 32, 32) HWIO -> (2, 2, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_3_kernel_blocked16[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 32 && f < 32 ? conv2d_3_kernel[((kh * 3 + kw) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* k11_reorder_c32 — reorder kernel
 *   node n14 "reorder.conv2d_3/bias.padded32" (reorder), from $.layers[3]
 *   in  conv2d_3/bias              (32) C
 *   out conv2d_3/bias.padded32     (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k11_reorder_c32(const float *restrict conv2d_3_bias, float *restrict conv2d_3_bias_padded32)
{
    /* conv2d_3/bias -> conv2d_3/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_3_bias_padded32[c] = c < 32 ? conv2d_3_bias[c] : 0.0f;
}

/* 1 x 8 output pixels x 2 output-channel vectors: 16 accumulators; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k12_conv2d_fwd_relu_n128_h8w8c32_tile_1x8_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)cb * 5184 + kh * 288;
        const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0) * 256;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 16; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 16), w0_1 = vload(ws + 4608 + ic * 16);  /* column tap 0: pixels 0..7 */
            const vf w1_0 = vload(ws + 256 + ic * 16), w1_1 = vload(ws + 4864 + ic * 16);  /* column tap 1: pixels 0..7 */
            const vf w2_0 = vload(ws + 512 + ic * 16), w2_1 = vload(ws + 5120 + ic * 16);  /* column tap 2: pixels 0..6 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w0_1, acc_r0c0v1); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1_1, acc_r0c0v1); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w0_1, acc_r0c1v1); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w2_1, acc_r0c0v1); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1_1, acc_r0c1v1); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w0_1, acc_r0c2v1); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w2_1, acc_r0c1v1); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1_1, acc_r0c2v1); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w0_1, acc_r0c3v1); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w2_1, acc_r0c2v1); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1_1, acc_r0c3v1); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w0_1, acc_r0c4v1); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w2_1, acc_r0c3v1); }
            { const vf xb = vbcast(xs[144 + ic]); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1_1, acc_r0c4v1); }
            { const vf xb = vbcast(xs[160 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w0_1, acc_r0c5v1); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w2_1, acc_r0c4v1); }
            { const vf xb = vbcast(xs[176 + ic]); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1_1, acc_r0c5v1); }
            { const vf xb = vbcast(xs[192 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w0_1, acc_r0c6v1); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w2_1, acc_r0c5v1); }
            { const vf xb = vbcast(xs[208 + ic]); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w1_1, acc_r0c6v1); }
            { const vf xb = vbcast(xs[224 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w0_1, acc_r0c7v1); acc_r0c6v0 = vfma(xb, w2_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w2_1, acc_r0c6v1); }
            { const vf xb = vbcast(xs[240 + ic]); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w1_1, acc_r0c7v1); }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 1296, vrelu(acc_r0c0v1));
    vstore(yp + 16, vrelu(acc_r0c1v0));
    vstore(yp + 1312, vrelu(acc_r0c1v1));
    vstore(yp + 32, vrelu(acc_r0c2v0));
    vstore(yp + 1328, vrelu(acc_r0c2v1));
    vstore(yp + 48, vrelu(acc_r0c3v0));
    vstore(yp + 1344, vrelu(acc_r0c3v1));
    vstore(yp + 64, vrelu(acc_r0c4v0));
    vstore(yp + 1360, vrelu(acc_r0c4v1));
    vstore(yp + 80, vrelu(acc_r0c5v0));
    vstore(yp + 1376, vrelu(acc_r0c5v1));
    vstore(yp + 96, vrelu(acc_r0c6v0));
    vstore(yp + 1392, vrelu(acc_r0c6v1));
    vstore(yp + 112, vrelu(acc_r0c7v0));
    vstore(yp + 1408, vrelu(acc_r0c7v1));
}

/* k12_conv2d_fwd_relu_n128_h8w8c32 — conv_fwd kernel
 *   node n15 "conv2d_3" (conv2d), from $.layers[3]
 *   node n16 "conv2d_3.relu" (relu), from $.layers[3]
 *   in  conv2d_2_out               (128, 16, 16, 32) nChw16c, halo 1 1 1 1
 *   in  conv2d_3/kernel.blocked16  (3, 3, 32, 32) 16-blocked
 *   in  conv2d_3/bias.padded32     (32) C
 *   out conv2d_3_out               (128, 8, 8, 32) nChw16c, halo 1 1 0 0
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 1x8 pixels, 16 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx512 */
void k12_conv2d_fwd_relu_n128_h8w8c32(const float *restrict conv2d_2_out, const float *restrict conv2d_3_kernel_blocked16, const float *restrict conv2d_3_bias_padded32, float *restrict conv2d_3_out, int nb)
{
    /* zero the halo of conv2d_3_out: rows [0, 1) and [9, 9), columns [0, 1) and [9, 9) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = conv2d_3_out + (long)n * 2592 + (long)cb * 1296;
            for (int hp = 0; hp < 9; hp++) {
                if (hp < 1 || hp >= 9) { memset(p + (long)hp * 144, 0, sizeof(float) * 144); continue; }
                memset(p + (long)hp * 144, 0, sizeof(float) * 16);
            }
        }
    /* tiles of 1x8 pixels x 2 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 8; oh += 1) {
            const float *xr = conv2d_2_out + (long)n * 10368 + (long)(0 + oh * 2 + 1) * 288 + (long)(0 + 1) * 16;
            float *yr = conv2d_3_out + (long)n * 2592 + (long)(0 + oh * 1 + 1) * 144 + (long)(0 + 1) * 16;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_3_kernel_blocked16 + (long)og * 9216;
                const float *bg = conv2d_3_bias_padded32 + og * 32;
                float *yg = yr + (long)og * 2592;
                const float *mg = NULL;
                const int kh0 = 0 - oh * 2, kh1 = 16 - oh * 2;  /* the tap rows that reach x's rows */
                k12_conv2d_fwd_relu_n128_h8w8c32_tile_1x8_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k13_dropout_n128_h8w8c32 — eltwise kernel
 *   node n17 "dropout" (dropout), from $.layers[4]
 *   in  conv2d_3_out               (128, 8, 8, 32) nChw16c, halo 1 1 0 0
 *   out dropout_out                (128, 8, 8, 32) NHWC
 *   out dropout_mask               (128, 8, 8, 32) NHWC
 *   schedule: OpenMP over samples; ISA avx512 */
void k13_dropout_n128_h8w8c32(const float *restrict conv2d_3_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)
{
    const float keep_scale = 2.0f;  /* 1 / (1 - rate) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++)
            for (int h = 0; h < 8; h++)
                for (int w = 0; w < 8; w++) {
                    const long b = ((long)(n) * 2592 + (long)((cb * 16) / 16) * 1296 + (long)((h) + 1) * 144 + ((w) + 1) * 16 + (cb * 16) % 16);  /* in conv2d_3_out */
                    const long e = (((long)n * 8 + h) * 8 + w) * 32 + cb * 16;  /* logical NHWC */
                    const vf mask = vuniform(seed, step, 0, e) >= 0.5f ? (vf)keep_scale : vzero();
                    vstore(dropout_mask + e, mask);
                    vstore(dropout_out + e, vload(conv2d_3_out + b) * mask);
                }
}

/* k14_reorder_2048x10 — reorder kernel
 *   node n18 "reorder.dense/kernel.padded16" (reorder), from $.layers[6]
 *   in  dense/kernel               (2048, 10) IO
 *   out dense/kernel.padded16      (2048, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k14_reorder_2048x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16)
{
    /* dense/kernel -> dense/kernel.padded16 */
    /* (2048, 10) -> padded (2048, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 2048; r++)
        for (int c = 0; c < 16; c++) dense_kernel_padded16[(long)r * 16 + c] = c < 10 ? dense_kernel[(long)r * 10 + c] : 0.0f;
}

/* k15_reorder_c10 — reorder kernel
 *   node n19 "reorder.dense/bias.padded16" (reorder), from $.layers[6]
 *   in  dense/bias                 (10) C
 *   out dense/bias.padded16        (10) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k15_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16)
{
    /* dense/bias -> dense/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_bias_padded16[c] = c < 10 ? dense_bias[c] : 0.0f;
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k16_dense_fwd_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
    for (int p = 0; p < 2048; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[2048 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[4096 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[6144 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[8192 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[10240 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[12288 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[14336 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k16_dense_fwd_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 2048; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k16_dense_fwd_n128_k10 — gemm kernel
 *   node n20 "dense" (dense), from $.layers[6]
 *   in  flatten_out                (128, 2048) NC
 *   in  dense/kernel.padded16      (2048, 10) IO
 *   in  dense/bias.padded16        (10) C
 *   out dense_pre                  (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k16_dense_fwd_n128_k10(const float *restrict flatten_out, const float *restrict dense_kernel_padded16, const float *restrict dense_bias_padded16, float *restrict dense_pre, int nb)
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
                k16_dense_fwd_n128_k10_tile_8x1t(flatten_out + (long)i0 * 2048, bg, bias_g, dense_pre + (long)i0 * 10 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k16_dense_fwd_n128_k10_tile_1x1t(flatten_out + (long)i * 2048, bg, bias_g, dense_pre + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k17_reorder_n128_h32w32c3 — reorder kernel
 *   node n21 "reorder.x.padded.2" (reorder), from $.layers[0]
 *   in  x                          (128, 32, 32, 3) NHWC
 *   out x.padded.2                 (128, 32, 32, 3) NHWC
 *   schedule: OpenMP over elements; ISA avx512 */
void k17_reorder_n128_h32w32c3(const float *restrict x, float *restrict x_padded_2, int nb)
{
    /* x -> x.padded.2 */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++)
            for (int hp = 0; hp < 34; hp++)
                for (int wp = 0; wp < 34; wp++)
                    for (int cl = 0; cl < 3; cl++) {
                        const int h = hp - 1, w = wp - 1, c = cb * 3 + cl;
                        const float v = h >= 0 && h < 32 && w >= 0 && w < 32 && c < 3 ? x[((long)(n) * 3072 + (long)((h) + 0) * 96 + ((w) + 0) * 3 + (c))] : 0.0f;
                        x_padded_2[(long)n * 3468 + (long)cb * 0 + (long)hp * 102 + (long)wp * 3 + cl] = v;
                    }
}

/* k18_reorder_3x3x3x16 — reorder kernel
 *   node n22 "reorder.conv2d/kernel.blocked16.2" (reorder), from $.layers[0]
 *   in  conv2d/kernel              (3, 3, 3, 16) HWIO
 *   out conv2d/kernel.blocked16.2  (3, 3, 3, 16) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k18_reorder_3x3x3x16(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16_2)
{
    /* conv2d/kernel -> conv2d/kernel.blocked16.2 */
    /* (3, 3, 3, 16) HWIO -> (1, 1, 3, 3, 3, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 1; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 3; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 3 + ic, f = ob * 16 + oc;
                            conv2d_kernel_blocked16_2[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 48 + ic * 16 + oc] = c < 3 && f < 16 ? conv2d_kernel[((kh * 3 + kw) * 3 + c) * 16 + f] : 0.0f;
                        }
}

/* k19_reorder_c16 — reorder kernel
 *   node n23 "reorder.conv2d/bias.padded16.2" (reorder), from $.layers[0]
 *   in  conv2d/bias                (16) C
 *   out conv2d/bias.padded16.2     (16) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k19_reorder_c16(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded16_2)
{
    /* conv2d/bias -> conv2d/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) conv2d_bias_padded16_2[c] = c < 16 ? conv2d_bias[c] : 0.0f;
}

/* 1 x 16 output pixels x 1 output-channel vectors: 16 accumulators */
static inline __attribute__((always_inline)) void k20_conv2d_fwd_relu_n128_h32w32c16_tile_1x16(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0);
    vf acc_r0c1v0 = vload(bp + 0);
    vf acc_r0c2v0 = vload(bp + 0);
    vf acc_r0c3v0 = vload(bp + 0);
    vf acc_r0c4v0 = vload(bp + 0);
    vf acc_r0c5v0 = vload(bp + 0);
    vf acc_r0c6v0 = vload(bp + 0);
    vf acc_r0c7v0 = vload(bp + 0);
    vf acc_r0c8v0 = vload(bp + 0);
    vf acc_r0c9v0 = vload(bp + 0);
    vf acc_r0c10v0 = vload(bp + 0);
    vf acc_r0c11v0 = vload(bp + 0);
    vf acc_r0c12v0 = vload(bp + 0);
    vf acc_r0c13v0 = vload(bp + 0);
    vf acc_r0c14v0 = vload(bp + 0);
    vf acc_r0c15v0 = vload(bp + 0);
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 102 + kw * 3;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 48;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 3; ic++) {
                const vf w0 = vload(ws + 0 + ic * 16);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); }
                { const vf xb = vbcast(xs[3 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); }
                { const vf xb = vbcast(xs[6 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); }
                { const vf xb = vbcast(xs[9 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); }
                { const vf xb = vbcast(xs[12 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); }
                { const vf xb = vbcast(xs[15 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); }
                { const vf xb = vbcast(xs[18 + ic]); acc_r0c6v0 = vfma(xb, w0, acc_r0c6v0); }
                { const vf xb = vbcast(xs[21 + ic]); acc_r0c7v0 = vfma(xb, w0, acc_r0c7v0); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c8v0 = vfma(xb, w0, acc_r0c8v0); }
                { const vf xb = vbcast(xs[27 + ic]); acc_r0c9v0 = vfma(xb, w0, acc_r0c9v0); }
                { const vf xb = vbcast(xs[30 + ic]); acc_r0c10v0 = vfma(xb, w0, acc_r0c10v0); }
                { const vf xb = vbcast(xs[33 + ic]); acc_r0c11v0 = vfma(xb, w0, acc_r0c11v0); }
                { const vf xb = vbcast(xs[36 + ic]); acc_r0c12v0 = vfma(xb, w0, acc_r0c12v0); }
                { const vf xb = vbcast(xs[39 + ic]); acc_r0c13v0 = vfma(xb, w0, acc_r0c13v0); }
                { const vf xb = vbcast(xs[42 + ic]); acc_r0c14v0 = vfma(xb, w0, acc_r0c14v0); }
                { const vf xb = vbcast(xs[45 + ic]); acc_r0c15v0 = vfma(xb, w0, acc_r0c15v0); }
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 16, vrelu(acc_r0c1v0));
    vstore(yp + 32, vrelu(acc_r0c2v0));
    vstore(yp + 48, vrelu(acc_r0c3v0));
    vstore(yp + 64, vrelu(acc_r0c4v0));
    vstore(yp + 80, vrelu(acc_r0c5v0));
    vstore(yp + 96, vrelu(acc_r0c6v0));
    vstore(yp + 112, vrelu(acc_r0c7v0));
    vstore(yp + 128, vrelu(acc_r0c8v0));
    vstore(yp + 144, vrelu(acc_r0c9v0));
    vstore(yp + 160, vrelu(acc_r0c10v0));
    vstore(yp + 176, vrelu(acc_r0c11v0));
    vstore(yp + 192, vrelu(acc_r0c12v0));
    vstore(yp + 208, vrelu(acc_r0c13v0));
    vstore(yp + 224, vrelu(acc_r0c14v0));
    vstore(yp + 240, vrelu(acc_r0c15v0));
}

/* k20_conv2d_fwd_relu_n128_h32w32c16 — conv_fwd kernel
 *   node n24 "conv2d_infer" (conv2d), from $.layers[0]
 *   node n25 "conv2d.relu_infer" (relu), from $.layers[0]
 *   in  x.padded.2                 (128, 32, 32, 3) NHWC
 *   in  conv2d/kernel.blocked16.2  (3, 3, 3, 16) 16-blocked
 *   in  conv2d/bias.padded16.2     (16) C
 *   out conv2d_out_infer           (128, 32, 32, 16) nChw16c, halo 0 0 1 1
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   register tile: 1 output-channel vectors x 1x16 pixels, 16 input channels a step
 *   schedule: OpenMP over output rows; ISA avx512 */
void k20_conv2d_fwd_relu_n128_h32w32c16(const float *restrict x_padded_2, const float *restrict conv2d_kernel_blocked16_2, const float *restrict conv2d_bias_padded16_2, float *restrict conv2d_out_infer, int nb)
{
    /* zero the halo of conv2d_out_infer: rows [0, 0) and [32, 33), columns [0, 0) and [32, 33) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++) {
            float *p = conv2d_out_infer + (long)n * 17424 + (long)cb * 17424;
            for (int hp = 0; hp < 33; hp++) {
                if (hp < 0 || hp >= 32) { memset(p + (long)hp * 528, 0, sizeof(float) * 528); continue; }
                memset(p + (long)hp * 528 + 512, 0, sizeof(float) * 16);
            }
        }
    /* tiles of 1x16 pixels x 1 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 32; oh += 1) {
            const float *xr = x_padded_2 + (long)n * 3468 + (long)(-1 + oh * 1 + 1) * 102 + (long)(-1 + 1) * 3;
            float *yr = conv2d_out_infer + (long)n * 17424 + (long)(0 + oh * 1 + 0) * 528 + (long)(0 + 0) * 16;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_kernel_blocked16_2 + (long)og * 432;
                const float *bg = conv2d_bias_padded16_2 + og * 16;
                float *yg = yr + (long)og * 17424;
                const float *mg = NULL;
                const int kh0 = 1 - oh, kh1 = 33 - oh;  /* the tap rows that reach x's rows */
                for (int ow = 0; ow < 32; ow += 16) k20_conv2d_fwd_relu_n128_h32w32c16_tile_1x16(xr + (long)ow * 3, wg, bg, yg + (long)ow * 16, mg ? mg + (long)ow * 16 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k21_reorder_3x3x16x16 — reorder kernel
 *   node n26 "reorder.conv2d_1/kernel.blocked16.2" (reorder), from $.layers[1]
 *   in  conv2d_1/kernel            (3, 3, 16, 16) HWIO
 *   out conv2d_1/kernel.blocked16.2 (3, 3, 16, 16) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k21_reorder_3x3x16x16(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16_2)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked16.2 */
    /* (3, 3, 16, 16) HWIO -> (1, 1, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 1; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_1_kernel_blocked16_2[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 16 && f < 16 ? conv2d_1_kernel[((kh * 3 + kw) * 16 + c) * 16 + f] : 0.0f;
                        }
}

/* k22_reorder_c16 — reorder kernel
 *   node n27 "reorder.conv2d_1/bias.padded16.2" (reorder), from $.layers[1]
 *   in  conv2d_1/bias              (16) C
 *   out conv2d_1/bias.padded16.2   (16) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k22_reorder_c16(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded16_2)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) conv2d_1_bias_padded16_2[c] = c < 16 ? conv2d_1_bias[c] : 0.0f;
}

/* 1 x 16 output pixels x 1 output-channel vectors: 16 accumulators; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k23_conv2d_fwd_relu_n128_h16w16c16_tile_1x16_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0);
    vf acc_r0c1v0 = vload(bp + 0);
    vf acc_r0c2v0 = vload(bp + 0);
    vf acc_r0c3v0 = vload(bp + 0);
    vf acc_r0c4v0 = vload(bp + 0);
    vf acc_r0c5v0 = vload(bp + 0);
    vf acc_r0c6v0 = vload(bp + 0);
    vf acc_r0c7v0 = vload(bp + 0);
    vf acc_r0c8v0 = vload(bp + 0);
    vf acc_r0c9v0 = vload(bp + 0);
    vf acc_r0c10v0 = vload(bp + 0);
    vf acc_r0c11v0 = vload(bp + 0);
    vf acc_r0c12v0 = vload(bp + 0);
    vf acc_r0c13v0 = vload(bp + 0);
    vf acc_r0c14v0 = vload(bp + 0);
    vf acc_r0c15v0 = vload(bp + 0);
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)0 * 17424 + kh * 528;
        const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0) * 256;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 16; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 16);  /* column tap 0: pixels 0..15 */
            const vf w1_0 = vload(ws + 256 + ic * 16);  /* column tap 1: pixels 0..15 */
            const vf w2_0 = vload(ws + 512 + ic * 16);  /* column tap 2: pixels 0..14 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[144 + ic]); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[160 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[176 + ic]); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[192 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[208 + ic]); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[224 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c6v0 = vfma(xb, w2_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[240 + ic]); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); }
            { const vf xb = vbcast(xs[256 + ic]); acc_r0c8v0 = vfma(xb, w0_0, acc_r0c8v0); acc_r0c7v0 = vfma(xb, w2_0, acc_r0c7v0); }
            { const vf xb = vbcast(xs[272 + ic]); acc_r0c8v0 = vfma(xb, w1_0, acc_r0c8v0); }
            { const vf xb = vbcast(xs[288 + ic]); acc_r0c9v0 = vfma(xb, w0_0, acc_r0c9v0); acc_r0c8v0 = vfma(xb, w2_0, acc_r0c8v0); }
            { const vf xb = vbcast(xs[304 + ic]); acc_r0c9v0 = vfma(xb, w1_0, acc_r0c9v0); }
            { const vf xb = vbcast(xs[320 + ic]); acc_r0c10v0 = vfma(xb, w0_0, acc_r0c10v0); acc_r0c9v0 = vfma(xb, w2_0, acc_r0c9v0); }
            { const vf xb = vbcast(xs[336 + ic]); acc_r0c10v0 = vfma(xb, w1_0, acc_r0c10v0); }
            { const vf xb = vbcast(xs[352 + ic]); acc_r0c11v0 = vfma(xb, w0_0, acc_r0c11v0); acc_r0c10v0 = vfma(xb, w2_0, acc_r0c10v0); }
            { const vf xb = vbcast(xs[368 + ic]); acc_r0c11v0 = vfma(xb, w1_0, acc_r0c11v0); }
            { const vf xb = vbcast(xs[384 + ic]); acc_r0c12v0 = vfma(xb, w0_0, acc_r0c12v0); acc_r0c11v0 = vfma(xb, w2_0, acc_r0c11v0); }
            { const vf xb = vbcast(xs[400 + ic]); acc_r0c12v0 = vfma(xb, w1_0, acc_r0c12v0); }
            { const vf xb = vbcast(xs[416 + ic]); acc_r0c13v0 = vfma(xb, w0_0, acc_r0c13v0); acc_r0c12v0 = vfma(xb, w2_0, acc_r0c12v0); }
            { const vf xb = vbcast(xs[432 + ic]); acc_r0c13v0 = vfma(xb, w1_0, acc_r0c13v0); }
            { const vf xb = vbcast(xs[448 + ic]); acc_r0c14v0 = vfma(xb, w0_0, acc_r0c14v0); acc_r0c13v0 = vfma(xb, w2_0, acc_r0c13v0); }
            { const vf xb = vbcast(xs[464 + ic]); acc_r0c14v0 = vfma(xb, w1_0, acc_r0c14v0); }
            { const vf xb = vbcast(xs[480 + ic]); acc_r0c15v0 = vfma(xb, w0_0, acc_r0c15v0); acc_r0c14v0 = vfma(xb, w2_0, acc_r0c14v0); }
            { const vf xb = vbcast(xs[496 + ic]); acc_r0c15v0 = vfma(xb, w1_0, acc_r0c15v0); }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 16, vrelu(acc_r0c1v0));
    vstore(yp + 32, vrelu(acc_r0c2v0));
    vstore(yp + 48, vrelu(acc_r0c3v0));
    vstore(yp + 64, vrelu(acc_r0c4v0));
    vstore(yp + 80, vrelu(acc_r0c5v0));
    vstore(yp + 96, vrelu(acc_r0c6v0));
    vstore(yp + 112, vrelu(acc_r0c7v0));
    vstore(yp + 128, vrelu(acc_r0c8v0));
    vstore(yp + 144, vrelu(acc_r0c9v0));
    vstore(yp + 160, vrelu(acc_r0c10v0));
    vstore(yp + 176, vrelu(acc_r0c11v0));
    vstore(yp + 192, vrelu(acc_r0c12v0));
    vstore(yp + 208, vrelu(acc_r0c13v0));
    vstore(yp + 224, vrelu(acc_r0c14v0));
    vstore(yp + 240, vrelu(acc_r0c15v0));
}

/* k23_conv2d_fwd_relu_n128_h16w16c16 — conv_fwd kernel
 *   node n28 "conv2d_1_infer" (conv2d), from $.layers[1]
 *   node n29 "conv2d_1.relu_infer" (relu), from $.layers[1]
 *   in  conv2d_out_infer           (128, 32, 32, 16) nChw16c, halo 0 0 1 1
 *   in  conv2d_1/kernel.blocked16.2 (3, 3, 16, 16) 16-blocked
 *   in  conv2d_1/bias.padded16.2   (16) C
 *   out conv2d_1_out_infer         (128, 16, 16, 16) nChw16c, halo 1 1 1 1
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 1x16 pixels, 16 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx512 */
void k23_conv2d_fwd_relu_n128_h16w16c16(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel_blocked16_2, const float *restrict conv2d_1_bias_padded16_2, float *restrict conv2d_1_out_infer, int nb)
{
    /* zero the halo of conv2d_1_out_infer: rows [0, 1) and [17, 18), columns [0, 1) and [17, 18) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++) {
            float *p = conv2d_1_out_infer + (long)n * 5184 + (long)cb * 5184;
            for (int hp = 0; hp < 18; hp++) {
                if (hp < 1 || hp >= 17) { memset(p + (long)hp * 288, 0, sizeof(float) * 288); continue; }
                memset(p + (long)hp * 288, 0, sizeof(float) * 16);
                memset(p + (long)hp * 288 + 272, 0, sizeof(float) * 16);
            }
        }
    /* tiles of 1x16 pixels x 1 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 16; oh += 1) {
            const float *xr = conv2d_out_infer + (long)n * 17424 + (long)(0 + oh * 2 + 0) * 528 + (long)(0 + 0) * 16;
            float *yr = conv2d_1_out_infer + (long)n * 5184 + (long)(0 + oh * 1 + 1) * 288 + (long)(0 + 1) * 16;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_1_kernel_blocked16_2 + (long)og * 2304;
                const float *bg = conv2d_1_bias_padded16_2 + og * 16;
                float *yg = yr + (long)og * 5184;
                const float *mg = NULL;
                const int kh0 = 0 - oh * 2, kh1 = 32 - oh * 2;  /* the tap rows that reach x's rows */
                k23_conv2d_fwd_relu_n128_h16w16c16_tile_1x16_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k24_reorder_3x3x16x32 — reorder kernel
 *   node n30 "reorder.conv2d_2/kernel.blocked16.2" (reorder), from $.layers[2]
 *   in  conv2d_2/kernel            (3, 3, 16, 32) HWIO
 *   out conv2d_2/kernel.blocked16.2 (3, 3, 16, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k24_reorder_3x3x16x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked16_2)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.blocked16.2 */
    /* (3, 3, 16, 32) HWIO -> (2, 1, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_2_kernel_blocked16_2[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 16 && f < 32 ? conv2d_2_kernel[((kh * 3 + kw) * 16 + c) * 32 + f] : 0.0f;
                        }
}

/* k25_reorder_c32 — reorder kernel
 *   node n31 "reorder.conv2d_2/bias.padded32.2" (reorder), from $.layers[2]
 *   in  conv2d_2/bias              (32) C
 *   out conv2d_2/bias.padded32.2   (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k25_reorder_c32(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded32_2)
{
    /* conv2d_2/bias -> conv2d_2/bias.padded32.2 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_2_bias_padded32_2[c] = c < 32 ? conv2d_2_bias[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k26_conv2d_fwd_relu_n128_h16w16c32_weights(const float *restrict gp, float *restrict u)
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
        vstore(u + (r * 6 + 0) * 256, a[r][0] * 0.25f);
        vstore(u + (r * 6 + 1) * 256, -a[r][0] * 0.166666672f - a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 2) * 256, -a[r][0] * 0.166666672f + a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 3) * 256, a[r][0] * 0.0416666679f + a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 4) * 256, a[r][0] * 0.0416666679f - a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 5) * 256, a[r][2]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 144 floats apart) */
static inline __attribute__((always_inline)) void k26_conv2d_fwd_relu_n128_h16w16c32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 288 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 144, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 144, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 144, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 144, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 144, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 144, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* Winograd-domain product: 8 tiles x 2 output-channel vectors, 16 accumulators, over 16 input channels */
static inline __attribute__((always_inline)) void k26_conv2d_fwd_relu_n128_h16w16c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    vf acc_t6v0 = vzero(), acc_t6v1 = vzero();
    vf acc_t7v0 = vzero(), acc_t7v1 = vzero();
    for (int cb = 0; cb < 1; cb++) {
        const float *vs = vp + (long)cb * 128, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16), u1 = vload(us + 9216 + ic * 16);
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
 * (positions 272 floats apart), yp at its output pixel (0, 0); then the bias, ReLU */
static inline __attribute__((always_inline)) void k26_conv2d_fwd_relu_n128_h16w16c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
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
            float *o = yp + r * 272 + c * 16;
            vstore(o, vrelu(y[r][c] + bias));
        }
}

/* k26_conv2d_fwd_relu_n128_h16w16c32 — conv_fwd kernel
 *   node n32 "conv2d_2_infer" (conv2d), from $.layers[2]
 *   node n33 "conv2d_2.relu_infer" (relu), from $.layers[2]
 *   in  conv2d_1_out_infer         (128, 16, 16, 16) nChw16c, halo 1 1 1 1
 *   in  conv2d_2/kernel.blocked16.2 (3, 3, 16, 32) 16-blocked
 *   in  conv2d_2/bias.padded32.2   (32) C
 *   out conv2d_2_out_infer         (128, 16, 16, 32) nChw16c, halo 0 0 1 1
 *   tmp conv2d_2/kernel.blocked16.2.winograd (18432) C, scratch
 *   tmp conv2d_1_out_infer.winograd_tiles (29952) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 8 tiles, in blocks of 8 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k26_conv2d_fwd_relu_n128_h16w16c32(const float *restrict conv2d_1_out_infer, const float *restrict conv2d_2_kernel_blocked16_2, const float *restrict conv2d_2_bias_padded32_2, float *restrict conv2d_2_out_infer, float *restrict conv2d_2_kernel_blocked16_2_winograd, float *restrict conv2d_1_out_infer_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 4 x 4 tiles of 4x4 output pixels per sample, in blocks of 8;
       products of 8 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 32; u++) {
        const int ocb = u / 16, c = u % 16;
        k26_conv2d_fwd_relu_n128_h16w16c32_weights(conv2d_2_kernel_blocked16_2 + (long)ocb * 2304 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_2_kernel_blocked16_2_winograd + (long)ocb * 9216 + (long)c * 16);
    }
    /* zero the halo of conv2d_2_out_infer: rows [0, 0) and [16, 17), columns [0, 0) and [16, 17) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = conv2d_2_out_infer + (long)n * 9248 + (long)cb * 4624;
            for (int hp = 0; hp < 17; hp++) {
                if (hp < 0 || hp >= 16) { memset(p + (long)hp * 272, 0, sizeof(float) * 272); continue; }
                memset(p + (long)hp * 272 + 256, 0, sizeof(float) * 16);
            }
        }
    /* 2. blocks of 8 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 7) / 8;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = conv2d_1_out_infer_winograd_tiles + (long)t * 14976, *ms = vs + 5184;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 8;
            for (int j = 0; j < 8; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 1; cb++) vstore(vs + pos * 144 + ((long)cb * 8 + j) * 16, vzero());
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = conv2d_1_out_infer + (long)n * 5184 + (long)(0 + 4 * ti) * 288 + (long)(0 + 4 * tj) * 16;
                for (int cb = 0; cb < 1; cb++) k26_conv2d_fwd_relu_n128_h16w16c32_input(xp + (long)cb * 5184, vs + ((long)cb * 8 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 8; j += 8)
                        k26_conv2d_fwd_relu_n128_h16w16c32_product(vs + pos * 144 + (long)j * 16, conv2d_2_kernel_blocked16_2_winograd + (long)og * 18432 + pos * 256,
                                                           ms + pos * 272 + ((long)og * 16 + j) * 16);
            for (int j = 0; j < 8 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                float *yp = conv2d_2_out_infer + (long)n * 9248 + (long)(0 + 4 * ti) * 272 + (long)(0 + 4 * tj) * 16;
                for (int kb = 0; kb < 2; kb++)
                    k26_conv2d_fwd_relu_n128_h16w16c32_output(ms + ((long)kb * 8 + j) * 16, conv2d_2_bias_padded32_2 + kb * 16, yp + (long)kb * 4624, NULL);
            }
        }
    }
}

/* k27_reorder_3x3x32x32 — reorder kernel
 *   node n34 "reorder.conv2d_3/kernel.blocked16.2" (reorder), from $.layers[3]
 *   in  conv2d_3/kernel            (3, 3, 32, 32) HWIO
 *   out conv2d_3/kernel.blocked16.2 (3, 3, 32, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k27_reorder_3x3x32x32(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_blocked16_2)
{
    /* conv2d_3/kernel -> conv2d_3/kernel.blocked16.2 */
    /* (3, 3, 32, 32) HWIO -> (2, 2, 3, 3, 16, 16): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 16; ic++)
                        for (int oc = 0; oc < 16; oc++) {
                            const int c = ib * 16 + ic, f = ob * 16 + oc;
                            conv2d_3_kernel_blocked16_2[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 256 + ic * 16 + oc] = c < 32 && f < 32 ? conv2d_3_kernel[((kh * 3 + kw) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* k28_reorder_c32 — reorder kernel
 *   node n35 "reorder.conv2d_3/bias.padded32.2" (reorder), from $.layers[3]
 *   in  conv2d_3/bias              (32) C
 *   out conv2d_3/bias.padded32.2   (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k28_reorder_c32(const float *restrict conv2d_3_bias, float *restrict conv2d_3_bias_padded32_2)
{
    /* conv2d_3/bias -> conv2d_3/bias.padded32.2 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_3_bias_padded32_2[c] = c < 32 ? conv2d_3_bias[c] : 0.0f;
}

/* 1 x 8 output pixels x 2 output-channel vectors: 16 accumulators; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k29_conv2d_fwd_relu_n128_h8w8c32_tile_1x8_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)cb * 4624 + kh * 272;
        const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0) * 256;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 16; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 16), w0_1 = vload(ws + 4608 + ic * 16);  /* column tap 0: pixels 0..7 */
            const vf w1_0 = vload(ws + 256 + ic * 16), w1_1 = vload(ws + 4864 + ic * 16);  /* column tap 1: pixels 0..7 */
            const vf w2_0 = vload(ws + 512 + ic * 16), w2_1 = vload(ws + 5120 + ic * 16);  /* column tap 2: pixels 0..6 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w0_1, acc_r0c0v1); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1_1, acc_r0c0v1); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w0_1, acc_r0c1v1); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w2_1, acc_r0c0v1); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1_1, acc_r0c1v1); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w0_1, acc_r0c2v1); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w2_1, acc_r0c1v1); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1_1, acc_r0c2v1); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w0_1, acc_r0c3v1); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w2_1, acc_r0c2v1); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1_1, acc_r0c3v1); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w0_1, acc_r0c4v1); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w2_1, acc_r0c3v1); }
            { const vf xb = vbcast(xs[144 + ic]); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1_1, acc_r0c4v1); }
            { const vf xb = vbcast(xs[160 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w0_1, acc_r0c5v1); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w2_1, acc_r0c4v1); }
            { const vf xb = vbcast(xs[176 + ic]); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1_1, acc_r0c5v1); }
            { const vf xb = vbcast(xs[192 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w0_1, acc_r0c6v1); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w2_1, acc_r0c5v1); }
            { const vf xb = vbcast(xs[208 + ic]); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w1_1, acc_r0c6v1); }
            { const vf xb = vbcast(xs[224 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w0_1, acc_r0c7v1); acc_r0c6v0 = vfma(xb, w2_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w2_1, acc_r0c6v1); }
            { const vf xb = vbcast(xs[240 + ic]); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w1_1, acc_r0c7v1); }
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
    vstore(yp + 224, vrelu(acc_r0c7v0));
    vstore(yp + 240, vrelu(acc_r0c7v1));
}

/* k29_conv2d_fwd_relu_n128_h8w8c32 — conv_fwd kernel
 *   node n36 "conv2d_3_infer" (conv2d), from $.layers[3]
 *   node n37 "conv2d_3.relu_infer" (relu), from $.layers[3]
 *   in  conv2d_2_out_infer         (128, 16, 16, 32) nChw16c, halo 0 0 1 1
 *   in  conv2d_3/kernel.blocked16.2 (3, 3, 32, 32) 16-blocked
 *   in  conv2d_3/bias.padded32.2   (32) C
 *   out conv2d_3_out_infer         (128, 8, 8, 32) NHWC
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 1x8 pixels, 16 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx512 */
void k29_conv2d_fwd_relu_n128_h8w8c32(const float *restrict conv2d_2_out_infer, const float *restrict conv2d_3_kernel_blocked16_2, const float *restrict conv2d_3_bias_padded32_2, float *restrict conv2d_3_out_infer, int nb)
{
    /* tiles of 1x8 pixels x 2 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 8; oh += 1) {
            const float *xr = conv2d_2_out_infer + (long)n * 9248 + (long)(0 + oh * 2 + 0) * 272 + (long)(0 + 0) * 16;
            float *yr = conv2d_3_out_infer + (long)n * 2048 + (long)(0 + oh * 1 + 0) * 256 + (long)(0 + 0) * 32;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_3_kernel_blocked16_2 + (long)og * 9216;
                const float *bg = conv2d_3_bias_padded32_2 + og * 32;
                float *yg = yr + (long)og * 32;
                const float *mg = NULL;
                const int kh0 = 0 - oh * 2, kh1 = 16 - oh * 2;  /* the tap rows that reach x's rows */
                k29_conv2d_fwd_relu_n128_h8w8c32_tile_1x8_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k30_reorder_2048x10 — reorder kernel
 *   node n38 "reorder.dense/kernel.padded16.2" (reorder), from $.layers[6]
 *   in  dense/kernel               (2048, 10) IO
 *   out dense/kernel.padded16.2    (2048, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k30_reorder_2048x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16_2)
{
    /* dense/kernel -> dense/kernel.padded16.2 */
    /* (2048, 10) -> padded (2048, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 2048; r++)
        for (int c = 0; c < 16; c++) dense_kernel_padded16_2[(long)r * 16 + c] = c < 10 ? dense_kernel[(long)r * 10 + c] : 0.0f;
}

/* k31_reorder_c10 — reorder kernel
 *   node n39 "reorder.dense/bias.padded16.2" (reorder), from $.layers[6]
 *   in  dense/bias                 (10) C
 *   out dense/bias.padded16.2      (10) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k31_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16_2)
{
    /* dense/bias -> dense/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_bias_padded16_2[c] = c < 10 ? dense_bias[c] : 0.0f;
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k32_dense_fwd_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
    for (int p = 0; p < 2048; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[2048 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[4096 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[6144 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[8192 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[10240 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[12288 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[14336 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k32_dense_fwd_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 2048; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k32_dense_fwd_n128_k10 — gemm kernel
 *   node n40 "dense_infer" (dense), from $.layers[6]
 *   in  flatten_out_infer          (128, 2048) NC
 *   in  dense/kernel.padded16.2    (2048, 10) IO
 *   in  dense/bias.padded16.2      (10) C
 *   out dense_pre_infer            (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k32_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_pre_infer, int nb)
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
                k32_dense_fwd_n128_k10_tile_8x1t(flatten_out_infer + (long)i0 * 2048, bg, bias_g, dense_pre_infer + (long)i0 * 10 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k32_dense_fwd_n128_k10_tile_1x1t(flatten_out_infer + (long)i * 2048, bg, bias_g, dense_pre_infer + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k33_dense_fwd_softmax_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
    for (int p = 0; p < 2048; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[2048 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[4096 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[6144 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[8192 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[10240 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[12288 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[14336 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k33_dense_fwd_softmax_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 2048; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 16 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k33_dense_fwd_softmax_n128_k10 — gemm kernel
 *   node n41 "dense_predict_infer" (dense), from $.layers[6]
 *   node n42 "dense.softmax_infer" (softmax), from $.layers[6]
 *   in  flatten_out_infer          (128, 2048) NC
 *   in  dense/kernel.padded16.2    (2048, 10) IO
 *   in  dense/bias.padded16.2      (10) C
 *   out dense_out_infer            (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k33_dense_fwd_softmax_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_out_infer, int nb)
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
                k33_dense_fwd_softmax_n128_k10_tile_8x1t(flatten_out_infer + (long)i0 * 2048, bg, bias_g, z, db_g, 0, NULL);
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
                    k33_dense_fwd_softmax_n128_k10_tile_1x1t(flatten_out_infer + (long)i * 2048, bg, bias_g, z, i == 0 ? db_g : NULL, 0, NULL);
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

/* k34_softmax_ce_softmax_ce_bwd_n128_k10 — loss kernel
 *   node n43 "loss" (softmax_ce), from $.loss
 *   node n44 "dloss" (softmax_ce_bwd), from $.loss
 *   in  dense_pre                  (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out ddense_pre                 (128, 10) NC
 *   tmp dense_pre.per_sample       (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k34_softmax_ce_softmax_ce_bwd_n128_k10(const float *restrict dense_pre, const float *restrict y, float *restrict ddense_pre, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_pre_per_sample;  /* per sample: loss, hit */
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

/* k35_softmax_ce_n128_k10 — loss kernel
 *   node n45 "loss_eval" (softmax_ce), from $.loss
 *   in  dense_pre_infer            (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k35_softmax_ce_n128_k10(const float *restrict dense_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* k36_regularizer_2048x10 — loss kernel
 *   node n46 "dense.kernel_regularizer" (regularizer), from $.layers[6]
 *   in  dense/kernel               (2048, 10) IO
 *   schedule: one thread; ISA avx512 */
void k36_regularizer_2048x10(const float *restrict dense_kernel, double *restrict loss)
{
    #pragma omp single
    {
        double s1 = 0.0, s2 = 0.0;
        {
            vd a0 = (vd)0.0, a1 = (vd)0.0, a2 = (vd)0.0, a3 = (vd)0.0;  /* |w| */
            for (long i = 0; i < 20480; i += 4 * VL) {
                const vd w0 = __builtin_convertvector(vload(dense_kernel + i + 0 * VL), vd);
                a0 += __builtin_elementwise_abs(w0);
                const vd w1 = __builtin_convertvector(vload(dense_kernel + i + 1 * VL), vd);
                a1 += __builtin_elementwise_abs(w1);
                const vd w2 = __builtin_convertvector(vload(dense_kernel + i + 2 * VL), vd);
                a2 += __builtin_elementwise_abs(w2);
                const vd w3 = __builtin_convertvector(vload(dense_kernel + i + 3 * VL), vd);
                a3 += __builtin_elementwise_abs(w3);
            }
            for (int l = 0; l < VL; l++) {
                s1 += (a0[l] + a1[l]) + (a2[l] + a3[l]);
            }
        }
        *loss += 9.99999975e-05f * s1;
        (void)s2;
    }
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k37_dense_bwd_weights_2048x10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
        { const vf ab = vbcast(a[0 + (long)p * 2048]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[1 + (long)p * 2048]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[2 + (long)p * 2048]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[3 + (long)p * 2048]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[4 + (long)p * 2048]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[5 + (long)p * 2048]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[6 + (long)p * 2048]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[7 + (long)p * 2048]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k37_dense_bwd_weights_2048x10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero();
    vf db0 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload_part(bm + (long)p * 10 + 0, 10);
        __builtin_prefetch(bm + (long)(p + 8) * 10 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 2048]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        db0 += b0; 
    }
    vstore_part(c + 0, acc_r0v0, 10);
    if (dbias) vstore_part(dbias + 0, db0, 10);
}

/* k37_dense_bwd_weights_2048x10 — gemm kernel
 *   node n48 "ddense.weights" (dense_bwd_weights), from $.layers[6]
 *   in  ddense_pre                 (128, 10) NC
 *   in  flatten_out                (128, 2048) NC
 *   out ddense/kernel              (2048, 10) IO
 *   out ddense/bias                (10) C
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k37_dense_bwd_weights_2048x10(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* C (2048 x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = 2048 / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 2048) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_pre + j0 * 16;
            if (i0 < full_rows) {
                k37_dense_bwd_weights_2048x10_tile_8x1t(flatten_out + (long)i0 * 1, bg, bias_g, ddense_kernel + (long)i0 * 10 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 2048; i++) {  /* the last rows, one at a time */
                    k37_dense_bwd_weights_2048x10_tile_1x1t(flatten_out + (long)i * 1, bg, bias_g, ddense_kernel + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k38_reorder_2048x10 — reorder kernel
 *   node n49 "reorder.dense/kernel.transposed2048" (reorder), from $.layers[6]
 *   in  dense/kernel               (2048, 10) IO
 *   out dense/kernel.transposed2048 (2048, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k38_reorder_2048x10(const float *restrict dense_kernel, float *restrict dense_kernel_transposed2048)
{
    /* dense/kernel -> dense/kernel.transposed2048 */
    /* (2048, 10) -> transposed (10, 2048), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 10; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 2048; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16 && r < 10; r++) dense_kernel_transposed2048[(long)r * 2048 + c] = dense_kernel[(long)c * 10 + r];
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k39_dense_bwd_data_n128_k2048_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 2048 + 0), b1 = vload(bm + (long)p * 2048 + 16), b2 = vload(bm + (long)p * 2048 + 32), b3 = vload(bm + (long)p * 2048 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 2048 + 0); __builtin_prefetch(bm + (long)(p + 8) * 2048 + 16); __builtin_prefetch(bm + (long)(p + 8) * 2048 + 32); __builtin_prefetch(bm + (long)(p + 8) * 2048 + 48); 
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
    vstore(c + 2048, acc_r1v0);
    vstore(c + 2064, acc_r1v1);
    vstore(c + 2080, acc_r1v2);
    vstore(c + 2096, acc_r1v3);
    vstore(c + 4096, acc_r2v0);
    vstore(c + 4112, acc_r2v1);
    vstore(c + 4128, acc_r2v2);
    vstore(c + 4144, acc_r2v3);
    vstore(c + 6144, acc_r3v0);
    vstore(c + 6160, acc_r3v1);
    vstore(c + 6176, acc_r3v2);
    vstore(c + 6192, acc_r3v3);
    vstore(c + 8192, acc_r4v0);
    vstore(c + 8208, acc_r4v1);
    vstore(c + 8224, acc_r4v2);
    vstore(c + 8240, acc_r4v3);
    vstore(c + 10240, acc_r5v0);
    vstore(c + 10256, acc_r5v1);
    vstore(c + 10272, acc_r5v2);
    vstore(c + 10288, acc_r5v3);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k39_dense_bwd_data_n128_k2048_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 2048 + 0), b1 = vload(bm + (long)p * 2048 + 16), b2 = vload(bm + (long)p * 2048 + 32), b3 = vload(bm + (long)p * 2048 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 2048 + 0); __builtin_prefetch(bm + (long)(p + 8) * 2048 + 16); __builtin_prefetch(bm + (long)(p + 8) * 2048 + 32); __builtin_prefetch(bm + (long)(p + 8) * 2048 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
}

/* k39_dense_bwd_data_n128_k2048 — gemm kernel
 *   node n50 "ddense.data" (dense_bwd_data), from $.layers[6]
 *   in  ddense_pre                 (128, 10) NC
 *   in  dense/kernel.transposed2048 (2048, 10) IO
 *   out dflatten_out               (128, 2048) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k39_dense_bwd_data_n128_k2048(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed2048, float *restrict dflatten_out, int nb)
{
    /* C (nb x 2048) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 32; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_kernel_transposed2048 + j0 * 16;
            if (i0 < full_rows) {
                k39_dense_bwd_data_n128_k2048_tile_6x4(ddense_pre + (long)i0 * 10, bg, bias_g, dflatten_out + (long)i0 * 2048 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k39_dense_bwd_data_n128_k2048_tile_1x4(ddense_pre + (long)i * 10, bg, bias_g, dflatten_out + (long)i * 2048 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k40_dropout_bwd_n128_h8w8c32 — eltwise kernel
 *   node n51 "ddropout" (dropout_bwd), from $.layers[4]
 *   in  ddropout_out               (128, 8, 8, 32) NHWC
 *   in  dropout_mask               (128, 8, 8, 32) NHWC
 *   out dconv2d_3_out              (128, 8, 8, 32) nChw16c, halo 1 1 0 0
 *   schedule: OpenMP over samples; ISA avx512 */
void k40_dropout_bwd_n128_h8w8c32(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dconv2d_3_out, int nb)
{
    /* zero the halo of dconv2d_3_out: rows [0, 1) and [9, 9), columns [0, 1) and [9, 9) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = dconv2d_3_out + (long)n * 2592 + (long)cb * 1296;
            for (int hp = 0; hp < 9; hp++) {
                if (hp < 1 || hp >= 9) { memset(p + (long)hp * 144, 0, sizeof(float) * 144); continue; }
                memset(p + (long)hp * 144, 0, sizeof(float) * 16);
            }
        }
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++)
            for (int h = 0; h < 8; h++)
                for (int w = 0; w < 8; w++) {
                    const long b = ((long)(n) * 2592 + (long)((cb * 16) / 16) * 1296 + (long)((h) + 1) * 144 + ((w) + 1) * 16 + (cb * 16) % 16);  /* in dconv2d_3_out */
                    const long e = (((long)n * 8 + h) * 8 + w) * 32 + cb * 16;  /* logical NHWC */
                    vstore(dconv2d_3_out + b, vload(ddropout_out + e) * vload(dropout_mask + e));
                }
}

/* k41_relu_bwd_n128_h8w8c32 — eltwise kernel
 *   node n52 "dconv2d_3.relu" (relu_bwd), from $.layers[3]
 *   in  dconv2d_3_out              (128, 8, 8, 32) nChw16c, halo 1 1 0 0
 *   in  conv2d_3_out               (128, 8, 8, 32) nChw16c, halo 1 1 0 0
 *   out dconv2d_3_pre              (128, 8, 8, 32) nChw16c, halo 1 1 0 0
 *   schedule: OpenMP over samples; ISA avx512 */
void k41_relu_bwd_n128_h8w8c32(const float *restrict dconv2d_3_out, const float *restrict conv2d_3_out, float *restrict dconv2d_3_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 2592; e < (long)(n + 1) * 2592; e++) {
            dconv2d_3_pre[e] = conv2d_3_out[e] > 0.0f ? dconv2d_3_out[e] : 0.0f;
        }
    }
}

/* k42_conv2d_bwd_weights_3x3x32x32 — conv_bwd_weights kernel
 *   node n53 "dconv2d_3.weights" (conv2d_bwd_weights), from $.layers[3]
 *   in  dconv2d_3_pre              (128, 8, 8, 32) nChw16c, halo 1 1 0 0
 *   in  conv2d_2_out               (128, 16, 16, 32) nChw16c, halo 1 1 1 1
 *   out dconv2d_3/kernel.part      (3, 3, 32, 32) 16-blocked
 *   out dconv2d_3/bias.part        (32) C
 *   tmp dconv2d_3/kernel.part.partial (18496) C, scratch
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1x3 filter taps x 8 output channels (broadcast dy), each a vector of 16 input channels
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k42_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_2_out, float *restrict dconv2d_3_kernel_part, float *restrict dconv2d_3_bias_part, float *restrict dconv2d_3_kernel_part_partial, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_3_kernel_part_partial[chunk] (9216 weights + 32 biases; the weights as [f][c] blocks of 16x16) */
    const long wsz = 9248;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_3_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            const float *dyn = dconv2d_3_pre + (long)n * 2592 + (long)1 * 144 + 16;
            const float *xn = conv2d_2_out + (long)n * 10368 + (long)(1 - 0) * 288 + (long)(1 - 0) * 16;
            for (int fb = 0; fb < 2; fb++)
            for (int cb = 0; cb < 2; cb++)
            for (int f0 = 0; f0 < 16; f0 += 8)
            for (int kh0 = 0; kh0 < 3; kh0 += 1)
            for (int kw0 = 0; kw0 < 3; kw0 += 3) {
                float *pt = pw + (long)fb * 4608 + (((long)cb * 3 + kh0) * 3 + kw0) * 256 + f0 * 16;
                vf acc_t00f0 = vload(pt + 0), acc_t00f1 = vload(pt + 16), acc_t00f2 = vload(pt + 32), acc_t00f3 = vload(pt + 48), acc_t00f4 = vload(pt + 64), acc_t00f5 = vload(pt + 80), acc_t00f6 = vload(pt + 96), acc_t00f7 = vload(pt + 112);
                vf acc_t01f0 = vload(pt + 256), acc_t01f1 = vload(pt + 272), acc_t01f2 = vload(pt + 288), acc_t01f3 = vload(pt + 304), acc_t01f4 = vload(pt + 320), acc_t01f5 = vload(pt + 336), acc_t01f6 = vload(pt + 352), acc_t01f7 = vload(pt + 368);
                vf acc_t02f0 = vload(pt + 512), acc_t02f1 = vload(pt + 528), acc_t02f2 = vload(pt + 544), acc_t02f3 = vload(pt + 560), acc_t02f4 = vload(pt + 576), acc_t02f5 = vload(pt + 592), acc_t02f6 = vload(pt + 608), acc_t02f7 = vload(pt + 624);
                if (f0 == 0 && cb == 0 && kh0 == 0 && kw0 == 0) {  /* with the bias sums */
                    vf sb0 = vzero();
                    for (int i = 0; i < 8; i++)
                        for (int j = 0; j < 8; j++) {
                            const float *xs = xn + (long)cb * 5184 + (long)(i * 2 + kh0) * 288 + (long)(j * 2 + kw0) * 16;
                            const float *ds = dyn + (long)fb * 1296 + (long)i * 144 + j * 16;
                            const vf x00 = vload(xs + 0), x01 = vload(xs + 16), x02 = vload(xs + 32);
                            sb0 += vload(ds);
                            { const vf d = vbcast(ds[f0 + 0]); acc_t00f0 = vfma(x00, d, acc_t00f0); acc_t01f0 = vfma(x01, d, acc_t01f0); acc_t02f0 = vfma(x02, d, acc_t02f0); }
                            { const vf d = vbcast(ds[f0 + 1]); acc_t00f1 = vfma(x00, d, acc_t00f1); acc_t01f1 = vfma(x01, d, acc_t01f1); acc_t02f1 = vfma(x02, d, acc_t02f1); }
                            { const vf d = vbcast(ds[f0 + 2]); acc_t00f2 = vfma(x00, d, acc_t00f2); acc_t01f2 = vfma(x01, d, acc_t01f2); acc_t02f2 = vfma(x02, d, acc_t02f2); }
                            { const vf d = vbcast(ds[f0 + 3]); acc_t00f3 = vfma(x00, d, acc_t00f3); acc_t01f3 = vfma(x01, d, acc_t01f3); acc_t02f3 = vfma(x02, d, acc_t02f3); }
                            { const vf d = vbcast(ds[f0 + 4]); acc_t00f4 = vfma(x00, d, acc_t00f4); acc_t01f4 = vfma(x01, d, acc_t01f4); acc_t02f4 = vfma(x02, d, acc_t02f4); }
                            { const vf d = vbcast(ds[f0 + 5]); acc_t00f5 = vfma(x00, d, acc_t00f5); acc_t01f5 = vfma(x01, d, acc_t01f5); acc_t02f5 = vfma(x02, d, acc_t02f5); }
                            { const vf d = vbcast(ds[f0 + 6]); acc_t00f6 = vfma(x00, d, acc_t00f6); acc_t01f6 = vfma(x01, d, acc_t01f6); acc_t02f6 = vfma(x02, d, acc_t02f6); }
                            { const vf d = vbcast(ds[f0 + 7]); acc_t00f7 = vfma(x00, d, acc_t00f7); acc_t01f7 = vfma(x01, d, acc_t01f7); acc_t02f7 = vfma(x02, d, acc_t02f7); }
                        }
                    vstore(pw + 9216 + (fb) * 16, vload(pw + 9216 + (fb) * 16) + sb0);
                } else {
                    for (int i = 0; i < 8; i++)
                        for (int j = 0; j < 8; j++) {
                            const float *xs = xn + (long)cb * 5184 + (long)(i * 2 + kh0) * 288 + (long)(j * 2 + kw0) * 16;
                            const float *ds = dyn + (long)fb * 1296 + (long)i * 144 + j * 16;
                            const vf x00 = vload(xs + 0), x01 = vload(xs + 16), x02 = vload(xs + 32);
                            { const vf d = vbcast(ds[f0 + 0]); acc_t00f0 = vfma(x00, d, acc_t00f0); acc_t01f0 = vfma(x01, d, acc_t01f0); acc_t02f0 = vfma(x02, d, acc_t02f0); }
                            { const vf d = vbcast(ds[f0 + 1]); acc_t00f1 = vfma(x00, d, acc_t00f1); acc_t01f1 = vfma(x01, d, acc_t01f1); acc_t02f1 = vfma(x02, d, acc_t02f1); }
                            { const vf d = vbcast(ds[f0 + 2]); acc_t00f2 = vfma(x00, d, acc_t00f2); acc_t01f2 = vfma(x01, d, acc_t01f2); acc_t02f2 = vfma(x02, d, acc_t02f2); }
                            { const vf d = vbcast(ds[f0 + 3]); acc_t00f3 = vfma(x00, d, acc_t00f3); acc_t01f3 = vfma(x01, d, acc_t01f3); acc_t02f3 = vfma(x02, d, acc_t02f3); }
                            { const vf d = vbcast(ds[f0 + 4]); acc_t00f4 = vfma(x00, d, acc_t00f4); acc_t01f4 = vfma(x01, d, acc_t01f4); acc_t02f4 = vfma(x02, d, acc_t02f4); }
                            { const vf d = vbcast(ds[f0 + 5]); acc_t00f5 = vfma(x00, d, acc_t00f5); acc_t01f5 = vfma(x01, d, acc_t01f5); acc_t02f5 = vfma(x02, d, acc_t02f5); }
                            { const vf d = vbcast(ds[f0 + 6]); acc_t00f6 = vfma(x00, d, acc_t00f6); acc_t01f6 = vfma(x01, d, acc_t01f6); acc_t02f6 = vfma(x02, d, acc_t02f6); }
                            { const vf d = vbcast(ds[f0 + 7]); acc_t00f7 = vfma(x00, d, acc_t00f7); acc_t01f7 = vfma(x01, d, acc_t01f7); acc_t02f7 = vfma(x02, d, acc_t02f7); }
                        }
                }
                vstore(pt + 0, acc_t00f0);
                vstore(pt + 16, acc_t00f1);
                vstore(pt + 32, acc_t00f2);
                vstore(pt + 48, acc_t00f3);
                vstore(pt + 64, acc_t00f4);
                vstore(pt + 80, acc_t00f5);
                vstore(pt + 96, acc_t00f6);
                vstore(pt + 112, acc_t00f7);
                vstore(pt + 256, acc_t01f0);
                vstore(pt + 272, acc_t01f1);
                vstore(pt + 288, acc_t01f2);
                vstore(pt + 304, acc_t01f3);
                vstore(pt + 320, acc_t01f4);
                vstore(pt + 336, acc_t01f5);
                vstore(pt + 352, acc_t01f6);
                vstore(pt + 368, acc_t01f7);
                vstore(pt + 512, acc_t02f0);
                vstore(pt + 528, acc_t02f1);
                vstore(pt + 544, acc_t02f2);
                vstore(pt + 560, acc_t02f3);
                vstore(pt + 576, acc_t02f4);
                vstore(pt + 592, acc_t02f5);
                vstore(pt + 608, acc_t02f6);
                vstore(pt + 624, acc_t02f7);
            }
        }
    }
    /* the partial sums in chunk order, each [f][c] block transposed into dW's [c][f] */
    #pragma omp for schedule(static)
    for (long e = 0; e < 9216; e += 256) {
        float s[256];
        for (int r = 0; r < 256; r += 16) {
            vf v = vload(dconv2d_3_kernel_part_partial + e + r);
            for (int t = 1; t < 2; t++) v += vload(dconv2d_3_kernel_part_partial + (long)t * wsz + e + r);
            vstore(s + r, v);
        }
        for (int c = 0; c < 16; c++)
            for (int f = 0; f < 16; f++) {
                const long o = e + c * 16 + f;
                dconv2d_3_kernel_part[o] = s[f * 16 + c];
            }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f += 16) {
        vf s = vload(dconv2d_3_kernel_part_partial + 9216 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_3_kernel_part_partial + (long)t * wsz + 9216 + f);
        vstore(dconv2d_3_bias_part + f, s);
    }
}

/* k43_reorder_3x3x32x32 — reorder kernel
 *   node n54 "reorder.dconv2d_3/kernel" (reorder), from $.layers[3]
 *   in  dconv2d_3/kernel.part      (3, 3, 32, 32) 16-blocked
 *   out dconv2d_3/kernel           (3, 3, 32, 32) HWIO
 *   schedule: OpenMP over elements; ISA avx512 */
void k43_reorder_3x3x32x32(const float *restrict dconv2d_3_kernel_part, float *restrict dconv2d_3_kernel)
{
    /* dconv2d_3/kernel.part -> dconv2d_3/kernel */
    /* (2, 2, 3, 3, 16, 16) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 32, 32) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 32; c++)
                for (int f = 0; f < 32; f++)
                    dconv2d_3_kernel[((kh * 3 + kw) * 32 + c) * 32 + f] = dconv2d_3_kernel_part[((((long)(f / 16) * 2 + c / 16) * 3 + kh) * 3 + kw) * 256 + (c % 16) * 16 + f % 16];
}

/* k44_reorder_c32 — reorder kernel
 *   node n55 "reorder.dconv2d_3/bias" (reorder), from $.layers[3]
 *   in  dconv2d_3/bias.part        (32) C
 *   out dconv2d_3/bias             (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k44_reorder_c32(const float *restrict dconv2d_3_bias_part, float *restrict dconv2d_3_bias)
{
    /* dconv2d_3/bias.part -> dconv2d_3/bias */
    #pragma omp single
    for (int c = 0; c < 32; c++) dconv2d_3_bias[c] = dconv2d_3_bias_part[c];
}

/* k45_reorder_3x3x32x32 — reorder kernel
 *   node n56 "reorder.conv2d_3/kernel.flipped16" (reorder), from $.layers[3]
 *   in  conv2d_3/kernel            (3, 3, 32, 32) HWIO
 *   out conv2d_3/kernel.flipped16  (3, 3, 32, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k45_reorder_3x3x32x32(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_flipped16)
{
    /* conv2d_3/kernel -> conv2d_3/kernel.flipped16 */
    /* (3, 3, 32, 32) HWIO -> (2, 2, 3, 3, 16, 16): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 2; cb++)
        for (int fb = 0; fb < 2; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 16; fl++)
                        for (int cl = 0; cl < 16; cl++) {
                            const int c = cb * 16 + cl, f = fb * 16 + fl;
                            conv2d_3_kernel_flipped16[((((long)cb * 2 + fb) * 3 + p) * 3 + q) * 256 + fl * 16 + cl] = c < 32 && f < 32 ? conv2d_3_kernel[(((2 - p) * 3 + (2 - q)) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* 1 x 8 output pixels x 2 output-channel vectors: 16 accumulators; taps 2x2 from (0, 0) step 2; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32_p00_tile_1x8_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    vf acc_r0c2v0 = vzero(), acc_r0c2v1 = vzero();
    vf acc_r0c3v0 = vzero(), acc_r0c3v1 = vzero();
    vf acc_r0c4v0 = vzero(), acc_r0c4v1 = vzero();
    vf acc_r0c5v0 = vzero(), acc_r0c5v1 = vzero();
    vf acc_r0c6v0 = vzero(), acc_r0c6v1 = vzero();
    vf acc_r0c7v0 = vzero(), acc_r0c7v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..1 that reach x's data */
        const float *xs = xp + (long)cb * 1296 + kh * 144;
        const float *ws = wp + ((cb * 3 + 0 + 2 * kh) * 3 + 0) * 256;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 16; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 16), w0_1 = vload(ws + 4608 + ic * 16);  /* column tap 0: pixels 1..7 */
            const vf w1_0 = vload(ws + 512 + ic * 16), w1_1 = vload(ws + 5120 + ic * 16);  /* column tap 1: pixels 0..7 */
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w0_1, acc_r0c1v1); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1_1, acc_r0c0v1); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w0_1, acc_r0c2v1); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1_1, acc_r0c1v1); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w0_1, acc_r0c3v1); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1_1, acc_r0c2v1); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w0_1, acc_r0c4v1); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1_1, acc_r0c3v1); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w0_1, acc_r0c5v1); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1_1, acc_r0c4v1); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w0_1, acc_r0c6v1); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1_1, acc_r0c5v1); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w0_1, acc_r0c7v1); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w1_1, acc_r0c6v1); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w1_1, acc_r0c7v1); }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 5184, (vload(mp + 5184) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 5216, (vload(mp + 5216) > 0.0f ? acc_r0c1v1 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 5248, (vload(mp + 5248) > 0.0f ? acc_r0c2v1 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 5280, (vload(mp + 5280) > 0.0f ? acc_r0c3v1 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 5312, (vload(mp + 5312) > 0.0f ? acc_r0c4v1 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 5344, (vload(mp + 5344) > 0.0f ? acc_r0c5v1 : vzero()));
    vstore(yp + 192, (vload(mp + 192) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 5376, (vload(mp + 5376) > 0.0f ? acc_r0c6v1 : vzero()));
    vstore(yp + 224, (vload(mp + 224) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 5408, (vload(mp + 5408) > 0.0f ? acc_r0c7v1 : vzero()));
}

/* 1 x 8 output pixels x 2 output-channel vectors: 16 accumulators; taps 2x1 from (0, 1) step 2 */
static inline __attribute__((always_inline)) void k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32_p01_tile_1x8(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    vf acc_r0c2v0 = vzero(), acc_r0c2v1 = vzero();
    vf acc_r0c3v0 = vzero(), acc_r0c3v1 = vzero();
    vf acc_r0c4v0 = vzero(), acc_r0c4v1 = vzero();
    vf acc_r0c5v0 = vzero(), acc_r0c5v1 = vzero();
    vf acc_r0c6v0 = vzero(), acc_r0c6v1 = vzero();
    vf acc_r0c7v0 = vzero(), acc_r0c7v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..1 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)cb * 1296 + kh * 144 + kw * 16;
            const float *ws = wp + ((cb * 3 + 0 + 2 * kh) * 3 + 1 + 2 * kw) * 256;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 16; ic++) {
                const vf w0 = vload(ws + 0 + ic * 16), w1 = vload(ws + 4608 + ic * 16);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1, acc_r0c4v1); }
                { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1, acc_r0c5v1); }
                { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w1, acc_r0c6v1); }
                { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w1, acc_r0c7v1); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 5184, (vload(mp + 5184) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 5216, (vload(mp + 5216) > 0.0f ? acc_r0c1v1 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 5248, (vload(mp + 5248) > 0.0f ? acc_r0c2v1 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 5280, (vload(mp + 5280) > 0.0f ? acc_r0c3v1 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 5312, (vload(mp + 5312) > 0.0f ? acc_r0c4v1 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 5344, (vload(mp + 5344) > 0.0f ? acc_r0c5v1 : vzero()));
    vstore(yp + 192, (vload(mp + 192) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 5376, (vload(mp + 5376) > 0.0f ? acc_r0c6v1 : vzero()));
    vstore(yp + 224, (vload(mp + 224) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 5408, (vload(mp + 5408) > 0.0f ? acc_r0c7v1 : vzero()));
}

/* 1 x 8 output pixels x 2 output-channel vectors: 16 accumulators; taps 1x2 from (1, 0) step 2; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32_p10_tile_1x8_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    vf acc_r0c2v0 = vzero(), acc_r0c2v1 = vzero();
    vf acc_r0c3v0 = vzero(), acc_r0c3v1 = vzero();
    vf acc_r0c4v0 = vzero(), acc_r0c4v1 = vzero();
    vf acc_r0c5v0 = vzero(), acc_r0c5v1 = vzero();
    vf acc_r0c6v0 = vzero(), acc_r0c6v1 = vzero();
    vf acc_r0c7v0 = vzero(), acc_r0c7v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..0 that reach x's data */
        const float *xs = xp + (long)cb * 1296 + kh * 144;
        const float *ws = wp + ((cb * 3 + 1 + 2 * kh) * 3 + 0) * 256;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 16; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 16), w0_1 = vload(ws + 4608 + ic * 16);  /* column tap 0: pixels 1..7 */
            const vf w1_0 = vload(ws + 512 + ic * 16), w1_1 = vload(ws + 5120 + ic * 16);  /* column tap 1: pixels 0..7 */
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w0_1, acc_r0c1v1); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1_1, acc_r0c0v1); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w0_1, acc_r0c2v1); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1_1, acc_r0c1v1); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w0_1, acc_r0c3v1); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1_1, acc_r0c2v1); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w0_1, acc_r0c4v1); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1_1, acc_r0c3v1); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w0_1, acc_r0c5v1); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1_1, acc_r0c4v1); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w0_1, acc_r0c6v1); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1_1, acc_r0c5v1); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w0_1, acc_r0c7v1); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w1_1, acc_r0c6v1); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w1_1, acc_r0c7v1); }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 5184, (vload(mp + 5184) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 5216, (vload(mp + 5216) > 0.0f ? acc_r0c1v1 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 5248, (vload(mp + 5248) > 0.0f ? acc_r0c2v1 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 5280, (vload(mp + 5280) > 0.0f ? acc_r0c3v1 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 5312, (vload(mp + 5312) > 0.0f ? acc_r0c4v1 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 5344, (vload(mp + 5344) > 0.0f ? acc_r0c5v1 : vzero()));
    vstore(yp + 192, (vload(mp + 192) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 5376, (vload(mp + 5376) > 0.0f ? acc_r0c6v1 : vzero()));
    vstore(yp + 224, (vload(mp + 224) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 5408, (vload(mp + 5408) > 0.0f ? acc_r0c7v1 : vzero()));
}

/* 1 x 8 output pixels x 2 output-channel vectors: 16 accumulators; taps 1x1 from (1, 1) step 2 */
static inline __attribute__((always_inline)) void k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32_p11_tile_1x8(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    vf acc_r0c2v0 = vzero(), acc_r0c2v1 = vzero();
    vf acc_r0c3v0 = vzero(), acc_r0c3v1 = vzero();
    vf acc_r0c4v0 = vzero(), acc_r0c4v1 = vzero();
    vf acc_r0c5v0 = vzero(), acc_r0c5v1 = vzero();
    vf acc_r0c6v0 = vzero(), acc_r0c6v1 = vzero();
    vf acc_r0c7v0 = vzero(), acc_r0c7v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..0 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)cb * 1296 + kh * 144 + kw * 16;
            const float *ws = wp + ((cb * 3 + 1 + 2 * kh) * 3 + 1 + 2 * kw) * 256;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 16; ic++) {
                const vf w0 = vload(ws + 0 + ic * 16), w1 = vload(ws + 4608 + ic * 16);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1, acc_r0c4v1); }
                { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1, acc_r0c5v1); }
                { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0, acc_r0c6v0); acc_r0c6v1 = vfma(xb, w1, acc_r0c6v1); }
                { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0, acc_r0c7v0); acc_r0c7v1 = vfma(xb, w1, acc_r0c7v1); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 5184, (vload(mp + 5184) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 5216, (vload(mp + 5216) > 0.0f ? acc_r0c1v1 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 5248, (vload(mp + 5248) > 0.0f ? acc_r0c2v1 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 5280, (vload(mp + 5280) > 0.0f ? acc_r0c3v1 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 5312, (vload(mp + 5312) > 0.0f ? acc_r0c4v1 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 5344, (vload(mp + 5344) > 0.0f ? acc_r0c5v1 : vzero()));
    vstore(yp + 192, (vload(mp + 192) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 5376, (vload(mp + 5376) > 0.0f ? acc_r0c6v1 : vzero()));
    vstore(yp + 224, (vload(mp + 224) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 5408, (vload(mp + 5408) > 0.0f ? acc_r0c7v1 : vzero()));
}

/* k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32 — conv_bwd_data kernel
 *   node n57 "dconv2d_3.data" (conv2d_bwd_data), from $.layers[3]
 *   node n58 "dconv2d_2.relu" (relu_bwd), from $.layers[2]
 *   in  dconv2d_3_pre              (128, 8, 8, 32) nChw16c, halo 1 1 0 0
 *   in  conv2d_3/kernel.flipped16  (3, 3, 32, 32) 16-blocked
 *   in  conv2d_2_out               (128, 16, 16, 32) nChw16c, halo 1 1 1 1
 *   out dconv2d_2_pre              (128, 16, 16, 32) nChw16c, halo 1 1 1 1
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 1x8 pixels, 16 input channels a step; the weights of 2 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx512 */
void k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_3_kernel_flipped16, const float *restrict conv2d_2_out, float *restrict dconv2d_2_pre, int nb)
{
    /* zero the halo of dconv2d_2_pre: rows [0, 1) and [17, 18), columns [0, 1) and [17, 18) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = dconv2d_2_pre + (long)n * 10368 + (long)cb * 5184;
            for (int hp = 0; hp < 18; hp++) {
                if (hp < 1 || hp >= 17) { memset(p + (long)hp * 288, 0, sizeof(float) * 288); continue; }
                memset(p + (long)hp * 288, 0, sizeof(float) * 16);
                memset(p + (long)hp * 288 + 272, 0, sizeof(float) * 16);
            }
        }
    /* tile row tr of every phase in turn: the dx lines they share stay in cache */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int tr = 0; tr < 8; tr++) {
            /* phase p00: dx rows 0 + 2*u, columns 0 + 2*v (8 x 8), taps 2x2 */
            /* tiles of 1x8 pixels x 2 channel vectors; 1 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_3_pre + (long)n * 2592 + (long)(-1 + oh * 1 + 1) * 144 + (long)(-1 + 1) * 16;
                float *yr = dconv2d_2_pre + (long)n * 10368 + (long)(0 + oh * 2 + 1) * 288 + (long)(0 + 1) * 16;
                const float *mr = conv2d_2_out + (yr - dconv2d_2_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 1; og++) {
                    const float *wg = conv2d_3_kernel_flipped16 + (long)og * 9216;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 10368;
                    const float *mg = mr + (long)og * 10368;
                    const int kh0 = 1 - oh, kh1 = 9 - oh;  /* the tap rows that reach x's rows */
                    k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32_p00_tile_1x8_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                }
            }
            /* phase p01: dx rows 0 + 2*u, columns 1 + 2*v (8 x 8), taps 2x1 */
            /* tiles of 1x8 pixels x 2 channel vectors; 1 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_3_pre + (long)n * 2592 + (long)(-1 + oh * 1 + 1) * 144 + (long)(0 + 1) * 16;
                float *yr = dconv2d_2_pre + (long)n * 10368 + (long)(0 + oh * 2 + 1) * 288 + (long)(1 + 1) * 16;
                const float *mr = conv2d_2_out + (yr - dconv2d_2_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 1; og++) {
                    const float *wg = conv2d_3_kernel_flipped16 + (long)og * 9216;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 10368;
                    const float *mg = mr + (long)og * 10368;
                    const int kh0 = 1 - oh, kh1 = 9 - oh;  /* the tap rows that reach x's rows */
                    k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32_p01_tile_1x8(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                }
            }
            /* phase p10: dx rows 1 + 2*u, columns 0 + 2*v (8 x 8), taps 1x2 */
            /* tiles of 1x8 pixels x 2 channel vectors; 1 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_3_pre + (long)n * 2592 + (long)(0 + oh * 1 + 1) * 144 + (long)(-1 + 1) * 16;
                float *yr = dconv2d_2_pre + (long)n * 10368 + (long)(1 + oh * 2 + 1) * 288 + (long)(0 + 1) * 16;
                const float *mr = conv2d_2_out + (yr - dconv2d_2_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 1; og++) {
                    const float *wg = conv2d_3_kernel_flipped16 + (long)og * 9216;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 10368;
                    const float *mg = mr + (long)og * 10368;
                    k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32_p10_tile_1x8_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 1);
                }
            }
            /* phase p11: dx rows 1 + 2*u, columns 1 + 2*v (8 x 8), taps 1x1 */
            /* tiles of 1x8 pixels x 2 channel vectors; 1 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_3_pre + (long)n * 2592 + (long)(0 + oh * 1 + 1) * 144 + (long)(0 + 1) * 16;
                float *yr = dconv2d_2_pre + (long)n * 10368 + (long)(1 + oh * 2 + 1) * 288 + (long)(1 + 1) * 16;
                const float *mr = conv2d_2_out + (yr - dconv2d_2_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 1; og++) {
                    const float *wg = conv2d_3_kernel_flipped16 + (long)og * 9216;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 10368;
                    const float *mg = mr + (long)og * 10368;
                    k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32_p11_tile_1x8(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 1);
                }
            }
        }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 1040 floats apart) */
static inline __attribute__((always_inline)) void k47_conv2d_bwd_weights_3x3x16x32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 288 + c * 16);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 1040, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 1040, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 1040, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 1040, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 1040, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 1040, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2064 floats apart); returns the block's sum (the bias gradient's) */
static inline __attribute__((always_inline)) vf k47_conv2d_bwd_weights_3x3x16x32_dy(const float *restrict dp, float *restrict mp)
{
    vf d[4][4], r[6][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) d[i][j] = vload(dp + i * 288 + j * 16);
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
static inline __attribute__((always_inline)) void k47_conv2d_bwd_weights_3x3x16x32_product(const float *restrict vp, const float *restrict mp, float *restrict up)
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

/* k47_conv2d_bwd_weights_3x3x16x32 — conv_bwd_weights kernel
 *   node n59 "dconv2d_2.weights" (conv2d_bwd_weights), from $.layers[2]
 *   in  dconv2d_2_pre              (128, 16, 16, 32) nChw16c, halo 1 1 1 1
 *   in  conv2d_1_out               (128, 16, 16, 16) nChw16c, halo 1 1 1 1
 *   out dconv2d_2/kernel.part      (3, 3, 16, 32) 16-blocked
 *   out dconv2d_2/bias.part        (32) C
 *   tmp dconv2d_2/kernel.part.partial (36928) C, scratch
 *   tmp dconv2d_2/kernel.part.winograd_tiles (223488) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): weight-gradient products of 2 dy vectors x 8 input channels, summed over blocks of 64 tiles
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k47_conv2d_bwd_weights_3x3x16x32(const float *restrict dconv2d_2_pre, const float *restrict conv2d_1_out, float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_kernel_part_partial, float *restrict dconv2d_2_kernel_part_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 4 x 4 tiles of 4x4 dy pixels per sample, in blocks of 64, in 2 chunks
       of consecutive blocks, each into its partial sums dconv2d_2_kernel_part_partial[chunk]: dU[36][16][32] then db[32] */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 63) / 64;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pu = dconv2d_2_kernel_part_partial + (long)t * 18464, *pb = pu + 18432;
        float *vs = dconv2d_2_kernel_part_winograd_tiles + (long)t * 111744, *ms = vs + 37440;  /* the chunk's V and dM */
        memset(pu, 0, sizeof(float) * 18464);
        vf db[2];
        for (int fb = 0; fb < 2; fb++) db[fb] = vzero();
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 64;
            for (int j = 0; j < 64; j++) {  /* the transforms of x and dy */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++) {
                        for (int cb = 0; cb < 1; cb++) vstore(vs + pos * 1040 + ((long)cb * 64 + j) * 16, vzero());
                        for (int fb = 0; fb < 2; fb++) vstore(ms + pos * 2064 + ((long)fb * 64 + j) * 16, vzero());
                    }
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = conv2d_1_out + (long)n * 5184 + (long)(0 + 4 * ti) * 288 + (long)(0 + 4 * tj) * 16;
                const float *dp = dconv2d_2_pre + (long)n * 10368 + (long)(1 + 4 * ti) * 288 + (long)(1 + 4 * tj) * 16;
                for (int cb = 0; cb < 1; cb++) k47_conv2d_bwd_weights_3x3x16x32_input(xp + (long)cb * 5184, vs + ((long)cb * 64 + j) * 16);
                for (int fb = 0; fb < 2; fb++) db[fb] += k47_conv2d_bwd_weights_3x3x16x32_dy(dp + (long)fb * 5184, ms + ((long)fb * 64 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* dU += V dM */
                for (int c0 = 0; c0 < 16; c0 += 8)
                    for (int fb = 0; fb < 2; fb += 2)
                        k47_conv2d_bwd_weights_3x3x16x32_product(vs + pos * 1040 + (long)(c0 / 16) * 1024 + c0 % 16, ms + pos * 2064 + (long)fb * 1024,
                                                         pu + pos * 512 + (long)c0 * 32 + fb * 16);
        }
        for (int fb = 0; fb < 2; fb++) vstore(pb + fb * 16, db[fb]);
    }
    /* dg = G^T (sum of the chunks' dU, in chunk order) G, per input channel and dy vector */
    #pragma omp for schedule(static)
    for (int u = 0; u < 32; u++) {
        const int fb = u / 16, c = u % 16;
        vf du[6][6], a[3][6];
        for (int pos = 0; pos < 36; pos++) {
            const long o = pos * 512 + (long)c * 32 + fb * 16;
            vf s = vload(dconv2d_2_kernel_part_partial + o);
            for (int t = 1; t < 2; t++) s += vload(dconv2d_2_kernel_part_partial + (long)t * 18464 + o);
            du[pos / 6][pos % 6] = s;
        }
        for (int q = 0; q < 6; q++) {  /* G^T dU */
            a[0][q] = du[0][q] * 0.25f - du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.0416666679f + du[4][q] * 0.0416666679f;
            a[1][q] = -du[1][q] * 0.166666672f + du[2][q] * 0.166666672f + du[3][q] * 0.0833333358f - du[4][q] * 0.0833333358f;
            a[2][q] = -du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.166666672f + du[4][q] * 0.166666672f + du[5][q];
        }
        float *dwp = dconv2d_2_kernel_part + (long)fb * 2304 + (long)(c / 16) * 2304 + (c % 16) * 16;  /* tap (0, 0) */
        for (int p = 0; p < 3; p++) {  /* (G^T dU) G */
            vstore(dwp + (p * 3 + 0) * 256, a[p][0] * 0.25f - a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.0416666679f + a[p][4] * 0.0416666679f);
            vstore(dwp + (p * 3 + 1) * 256, -a[p][1] * 0.166666672f + a[p][2] * 0.166666672f + a[p][3] * 0.0833333358f - a[p][4] * 0.0833333358f);
            vstore(dwp + (p * 3 + 2) * 256, -a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.166666672f + a[p][4] * 0.166666672f + a[p][5]);
        }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f += 16) {
        vf s = vload(dconv2d_2_kernel_part_partial + 18432 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_2_kernel_part_partial + (long)t * 18464 + 18432 + f);
        vstore(dconv2d_2_bias_part + f, s);
    }
}

/* k48_reorder_3x3x16x32 — reorder kernel
 *   node n60 "reorder.dconv2d_2/kernel" (reorder), from $.layers[2]
 *   in  dconv2d_2/kernel.part      (3, 3, 16, 32) 16-blocked
 *   out dconv2d_2/kernel           (3, 3, 16, 32) HWIO
 *   schedule: OpenMP over elements; ISA avx512 */
void k48_reorder_3x3x16x32(const float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_kernel)
{
    /* dconv2d_2/kernel.part -> dconv2d_2/kernel */
    /* (2, 1, 3, 3, 16, 16) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 16, 32) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 16; c++)
                for (int f = 0; f < 32; f++)
                    dconv2d_2_kernel[((kh * 3 + kw) * 16 + c) * 32 + f] = dconv2d_2_kernel_part[((((long)(f / 16) * 1 + c / 16) * 3 + kh) * 3 + kw) * 256 + (c % 16) * 16 + f % 16];
}

/* k49_reorder_c32 — reorder kernel
 *   node n61 "reorder.dconv2d_2/bias" (reorder), from $.layers[2]
 *   in  dconv2d_2/bias.part        (32) C
 *   out dconv2d_2/bias             (32) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k49_reorder_c32(const float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_bias)
{
    /* dconv2d_2/bias.part -> dconv2d_2/bias */
    #pragma omp single
    for (int c = 0; c < 32; c++) dconv2d_2_bias[c] = dconv2d_2_bias_part[c];
}

/* k50_reorder_3x3x16x32 — reorder kernel
 *   node n62 "reorder.conv2d_2/kernel.flipped16" (reorder), from $.layers[2]
 *   in  conv2d_2/kernel            (3, 3, 16, 32) HWIO
 *   out conv2d_2/kernel.flipped16  (3, 3, 16, 32) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k50_reorder_3x3x16x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_flipped16)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.flipped16 */
    /* (3, 3, 16, 32) HWIO -> (1, 2, 3, 3, 16, 16): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 1; cb++)
        for (int fb = 0; fb < 2; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 16; fl++)
                        for (int cl = 0; cl < 16; cl++) {
                            const int c = cb * 16 + cl, f = fb * 16 + fl;
                            conv2d_2_kernel_flipped16[((((long)cb * 2 + fb) * 3 + p) * 3 + q) * 256 + fl * 16 + cl] = c < 16 && f < 32 ? conv2d_2_kernel[(((2 - p) * 3 + (2 - q)) * 16 + c) * 32 + f] : 0.0f;
                        }
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 256 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16_weights(const float *restrict gp, float *restrict u)
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
static inline __attribute__((always_inline)) void k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 288 + c * 16);
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

/* Winograd-domain product: 8 tiles x 1 output-channel vectors, 8 accumulators, over 32 input channels */
static inline __attribute__((always_inline)) void k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero();
    vf acc_t1v0 = vzero();
    vf acc_t2v0 = vzero();
    vf acc_t3v0 = vzero();
    vf acc_t4v0 = vzero();
    vf acc_t5v0 = vzero();
    vf acc_t6v0 = vzero();
    vf acc_t7v0 = vzero();
    for (int cb = 0; cb < 2; cb++) {
        const float *vs = vp + (long)cb * 128, *us = up + (long)cb * 256;
        for (int ic = 0; ic < 16; ic++) {
            const vf u0 = vload(us + 0 + ic * 16);
            { const vf vb = vbcast(vs[0 + ic]); acc_t0v0 = vfma(vb, u0, acc_t0v0); }
            { const vf vb = vbcast(vs[16 + ic]); acc_t1v0 = vfma(vb, u0, acc_t1v0); }
            { const vf vb = vbcast(vs[32 + ic]); acc_t2v0 = vfma(vb, u0, acc_t2v0); }
            { const vf vb = vbcast(vs[48 + ic]); acc_t3v0 = vfma(vb, u0, acc_t3v0); }
            { const vf vb = vbcast(vs[64 + ic]); acc_t4v0 = vfma(vb, u0, acc_t4v0); }
            { const vf vb = vbcast(vs[80 + ic]); acc_t5v0 = vfma(vb, u0, acc_t5v0); }
            { const vf vb = vbcast(vs[96 + ic]); acc_t6v0 = vfma(vb, u0, acc_t6v0); }
            { const vf vb = vbcast(vs[112 + ic]); acc_t7v0 = vfma(vb, u0, acc_t7v0); }
        }
    }
    vstore(mp + 0, acc_t0v0);
    vstore(mp + 16, acc_t1v0);
    vstore(mp + 32, acc_t2v0);
    vstore(mp + 48, acc_t3v0);
    vstore(mp + 64, acc_t4v0);
    vstore(mp + 80, acc_t5v0);
    vstore(mp + 96, acc_t6v0);
    vstore(mp + 112, acc_t7v0);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 144 floats apart), yp at its output pixel (0, 0); then the ReLU backward (kp: the ReLU's output, laid out as yp) */
static inline __attribute__((always_inline)) void k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)bp;
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 144);
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
            float *o = yp + r * 288 + c * 16;
            vstore(o, (vload(kp + (o - yp)) > 0.0f ? y[r][c] : vzero()));
        }
}

/* k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16 — conv_bwd_data kernel
 *   node n63 "dconv2d_2.data" (conv2d_bwd_data), from $.layers[2]
 *   node n64 "dconv2d_1.relu" (relu_bwd), from $.layers[1]
 *   in  dconv2d_2_pre              (128, 16, 16, 32) nChw16c, halo 1 1 1 1
 *   in  conv2d_2/kernel.flipped16  (3, 3, 16, 32) 16-blocked
 *   in  conv2d_1_out               (128, 16, 16, 16) nChw16c, halo 1 1 1 1
 *   out dconv2d_1_pre              (128, 16, 16, 16) nChw16c, halo 1 1 1 1
 *   tmp conv2d_2/kernel.flipped16.winograd (18432) C, scratch
 *   tmp dconv2d_2_pre.winograd_tiles (29952) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 1 output-channel vectors x 8 tiles, in blocks of 8 tiles
 *   schedule: OpenMP over samples; ISA avx512 */
void k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16(const float *restrict dconv2d_2_pre, const float *restrict conv2d_2_kernel_flipped16, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, float *restrict conv2d_2_kernel_flipped16_winograd, float *restrict dconv2d_2_pre_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 4 x 4 tiles of 4x4 output pixels per sample, in blocks of 8;
       products of 8 tiles x 1 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 32; u++) {
        const int ocb = u / 32, c = u % 32;
        k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16_weights(conv2d_2_kernel_flipped16 + (long)ocb * 4608 + (long)(c / 16) * 2304 + (c % 16) * 16, conv2d_2_kernel_flipped16_winograd + (long)ocb * 18432 + (long)c * 16);
    }
    /* zero the halo of dconv2d_1_pre: rows [0, 1) and [17, 18), columns [0, 1) and [17, 18) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++) {
            float *p = dconv2d_1_pre + (long)n * 5184 + (long)cb * 5184;
            for (int hp = 0; hp < 18; hp++) {
                if (hp < 1 || hp >= 17) { memset(p + (long)hp * 288, 0, sizeof(float) * 288); continue; }
                memset(p + (long)hp * 288, 0, sizeof(float) * 16);
                memset(p + (long)hp * 288 + 272, 0, sizeof(float) * 16);
            }
        }
    /* 2. blocks of 8 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 7) / 8;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = dconv2d_2_pre_winograd_tiles + (long)t * 14976, *ms = vs + 9792;  /* the chunk's V and M */
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
                const float *xp = dconv2d_2_pre + (long)n * 10368 + (long)(0 + 4 * ti) * 288 + (long)(0 + 4 * tj) * 16;
                for (int cb = 0; cb < 2; cb++) k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16_input(xp + (long)cb * 5184, vs + ((long)cb * 8 + j) * 16);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 8; j += 8)
                        k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16_product(vs + pos * 272 + (long)j * 16, conv2d_2_kernel_flipped16_winograd + (long)og * 18432 + pos * 512,
                                                                    ms + pos * 144 + ((long)og * 8 + j) * 16);
            for (int j = 0; j < 8 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                float *yp = dconv2d_1_pre + (long)n * 5184 + (long)(1 + 4 * ti) * 288 + (long)(1 + 4 * tj) * 16;
                for (int kb = 0; kb < 1; kb++)
                    k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16_output(ms + ((long)kb * 8 + j) * 16, NULL, yp + (long)kb * 5184, conv2d_1_out + (yp - dconv2d_1_pre) + (long)kb * 5184);
            }
        }
    }
}

/* k52_conv2d_bwd_weights_3x3x16x16 — conv_bwd_weights kernel
 *   node n65 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[1]
 *   in  dconv2d_1_pre              (128, 16, 16, 16) nChw16c, halo 1 1 1 1
 *   in  conv2d_out                 (128, 32, 32, 16) nChw16c, halo 0 0 1 1
 *   out dconv2d_1/kernel.part      (3, 3, 16, 16) 16-blocked
 *   out dconv2d_1/bias.part        (16) C
 *   tmp dconv2d_1/kernel.part.partial (4640) C, scratch
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1x3 filter taps x 8 output channels (broadcast dy), each a vector of 16 input channels
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k52_conv2d_bwd_weights_3x3x16x16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_1_kernel_part_partial[chunk] (2304 weights + 16 biases; the weights as [f][c] blocks of 16x16) */
    const long wsz = 2320;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_1_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            const float *dyn = dconv2d_1_pre + (long)n * 5184 + (long)1 * 288 + 16;
            const float *xn = conv2d_out + (long)n * 17424 + (long)(0 - 0) * 528 + (long)(0 - 0) * 16;
            for (int fb = 0; fb < 1; fb++)
            for (int cb = 0; cb < 1; cb++)
            for (int f0 = 0; f0 < 16; f0 += 8)
            for (int kh0 = 0; kh0 < 3; kh0 += 1)
            for (int kw0 = 0; kw0 < 3; kw0 += 3) {
                float *pt = pw + (long)fb * 2304 + (((long)cb * 3 + kh0) * 3 + kw0) * 256 + f0 * 16;
                vf acc_t00f0 = vload(pt + 0), acc_t00f1 = vload(pt + 16), acc_t00f2 = vload(pt + 32), acc_t00f3 = vload(pt + 48), acc_t00f4 = vload(pt + 64), acc_t00f5 = vload(pt + 80), acc_t00f6 = vload(pt + 96), acc_t00f7 = vload(pt + 112);
                vf acc_t01f0 = vload(pt + 256), acc_t01f1 = vload(pt + 272), acc_t01f2 = vload(pt + 288), acc_t01f3 = vload(pt + 304), acc_t01f4 = vload(pt + 320), acc_t01f5 = vload(pt + 336), acc_t01f6 = vload(pt + 352), acc_t01f7 = vload(pt + 368);
                vf acc_t02f0 = vload(pt + 512), acc_t02f1 = vload(pt + 528), acc_t02f2 = vload(pt + 544), acc_t02f3 = vload(pt + 560), acc_t02f4 = vload(pt + 576), acc_t02f5 = vload(pt + 592), acc_t02f6 = vload(pt + 608), acc_t02f7 = vload(pt + 624);
                if (f0 == 0 && cb == 0 && kh0 == 0 && kw0 == 0) {  /* with the bias sums */
                    vf sb0 = vzero();
                    for (int i = 0; i < 16; i++)
                        for (int j = 0; j < 16; j++) {
                            const float *xs = xn + (long)cb * 17424 + (long)(i * 2 + kh0) * 528 + (long)(j * 2 + kw0) * 16;
                            const float *ds = dyn + (long)fb * 5184 + (long)i * 288 + j * 16;
                            const vf x00 = vload(xs + 0), x01 = vload(xs + 16), x02 = vload(xs + 32);
                            sb0 += vload(ds);
                            { const vf d = vbcast(ds[f0 + 0]); acc_t00f0 = vfma(x00, d, acc_t00f0); acc_t01f0 = vfma(x01, d, acc_t01f0); acc_t02f0 = vfma(x02, d, acc_t02f0); }
                            { const vf d = vbcast(ds[f0 + 1]); acc_t00f1 = vfma(x00, d, acc_t00f1); acc_t01f1 = vfma(x01, d, acc_t01f1); acc_t02f1 = vfma(x02, d, acc_t02f1); }
                            { const vf d = vbcast(ds[f0 + 2]); acc_t00f2 = vfma(x00, d, acc_t00f2); acc_t01f2 = vfma(x01, d, acc_t01f2); acc_t02f2 = vfma(x02, d, acc_t02f2); }
                            { const vf d = vbcast(ds[f0 + 3]); acc_t00f3 = vfma(x00, d, acc_t00f3); acc_t01f3 = vfma(x01, d, acc_t01f3); acc_t02f3 = vfma(x02, d, acc_t02f3); }
                            { const vf d = vbcast(ds[f0 + 4]); acc_t00f4 = vfma(x00, d, acc_t00f4); acc_t01f4 = vfma(x01, d, acc_t01f4); acc_t02f4 = vfma(x02, d, acc_t02f4); }
                            { const vf d = vbcast(ds[f0 + 5]); acc_t00f5 = vfma(x00, d, acc_t00f5); acc_t01f5 = vfma(x01, d, acc_t01f5); acc_t02f5 = vfma(x02, d, acc_t02f5); }
                            { const vf d = vbcast(ds[f0 + 6]); acc_t00f6 = vfma(x00, d, acc_t00f6); acc_t01f6 = vfma(x01, d, acc_t01f6); acc_t02f6 = vfma(x02, d, acc_t02f6); }
                            { const vf d = vbcast(ds[f0 + 7]); acc_t00f7 = vfma(x00, d, acc_t00f7); acc_t01f7 = vfma(x01, d, acc_t01f7); acc_t02f7 = vfma(x02, d, acc_t02f7); }
                        }
                    vstore(pw + 2304 + (fb) * 16, vload(pw + 2304 + (fb) * 16) + sb0);
                } else {
                    for (int i = 0; i < 16; i++)
                        for (int j = 0; j < 16; j++) {
                            const float *xs = xn + (long)cb * 17424 + (long)(i * 2 + kh0) * 528 + (long)(j * 2 + kw0) * 16;
                            const float *ds = dyn + (long)fb * 5184 + (long)i * 288 + j * 16;
                            const vf x00 = vload(xs + 0), x01 = vload(xs + 16), x02 = vload(xs + 32);
                            { const vf d = vbcast(ds[f0 + 0]); acc_t00f0 = vfma(x00, d, acc_t00f0); acc_t01f0 = vfma(x01, d, acc_t01f0); acc_t02f0 = vfma(x02, d, acc_t02f0); }
                            { const vf d = vbcast(ds[f0 + 1]); acc_t00f1 = vfma(x00, d, acc_t00f1); acc_t01f1 = vfma(x01, d, acc_t01f1); acc_t02f1 = vfma(x02, d, acc_t02f1); }
                            { const vf d = vbcast(ds[f0 + 2]); acc_t00f2 = vfma(x00, d, acc_t00f2); acc_t01f2 = vfma(x01, d, acc_t01f2); acc_t02f2 = vfma(x02, d, acc_t02f2); }
                            { const vf d = vbcast(ds[f0 + 3]); acc_t00f3 = vfma(x00, d, acc_t00f3); acc_t01f3 = vfma(x01, d, acc_t01f3); acc_t02f3 = vfma(x02, d, acc_t02f3); }
                            { const vf d = vbcast(ds[f0 + 4]); acc_t00f4 = vfma(x00, d, acc_t00f4); acc_t01f4 = vfma(x01, d, acc_t01f4); acc_t02f4 = vfma(x02, d, acc_t02f4); }
                            { const vf d = vbcast(ds[f0 + 5]); acc_t00f5 = vfma(x00, d, acc_t00f5); acc_t01f5 = vfma(x01, d, acc_t01f5); acc_t02f5 = vfma(x02, d, acc_t02f5); }
                            { const vf d = vbcast(ds[f0 + 6]); acc_t00f6 = vfma(x00, d, acc_t00f6); acc_t01f6 = vfma(x01, d, acc_t01f6); acc_t02f6 = vfma(x02, d, acc_t02f6); }
                            { const vf d = vbcast(ds[f0 + 7]); acc_t00f7 = vfma(x00, d, acc_t00f7); acc_t01f7 = vfma(x01, d, acc_t01f7); acc_t02f7 = vfma(x02, d, acc_t02f7); }
                        }
                }
                vstore(pt + 0, acc_t00f0);
                vstore(pt + 16, acc_t00f1);
                vstore(pt + 32, acc_t00f2);
                vstore(pt + 48, acc_t00f3);
                vstore(pt + 64, acc_t00f4);
                vstore(pt + 80, acc_t00f5);
                vstore(pt + 96, acc_t00f6);
                vstore(pt + 112, acc_t00f7);
                vstore(pt + 256, acc_t01f0);
                vstore(pt + 272, acc_t01f1);
                vstore(pt + 288, acc_t01f2);
                vstore(pt + 304, acc_t01f3);
                vstore(pt + 320, acc_t01f4);
                vstore(pt + 336, acc_t01f5);
                vstore(pt + 352, acc_t01f6);
                vstore(pt + 368, acc_t01f7);
                vstore(pt + 512, acc_t02f0);
                vstore(pt + 528, acc_t02f1);
                vstore(pt + 544, acc_t02f2);
                vstore(pt + 560, acc_t02f3);
                vstore(pt + 576, acc_t02f4);
                vstore(pt + 592, acc_t02f5);
                vstore(pt + 608, acc_t02f6);
                vstore(pt + 624, acc_t02f7);
            }
        }
    }
    /* the partial sums in chunk order, each [f][c] block transposed into dW's [c][f] */
    #pragma omp for schedule(static)
    for (long e = 0; e < 2304; e += 256) {
        float s[256];
        for (int r = 0; r < 256; r += 16) {
            vf v = vload(dconv2d_1_kernel_part_partial + e + r);
            for (int t = 1; t < 2; t++) v += vload(dconv2d_1_kernel_part_partial + (long)t * wsz + e + r);
            vstore(s + r, v);
        }
        for (int c = 0; c < 16; c++)
            for (int f = 0; f < 16; f++) {
                const long o = e + c * 16 + f;
                dconv2d_1_kernel_part[o] = s[f * 16 + c];
            }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 16; f += 16) {
        vf s = vload(dconv2d_1_kernel_part_partial + 2304 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_1_kernel_part_partial + (long)t * wsz + 2304 + f);
        vstore(dconv2d_1_bias_part + f, s);
    }
}

/* k53_reorder_3x3x16x16 — reorder kernel
 *   node n66 "reorder.dconv2d_1/kernel" (reorder), from $.layers[1]
 *   in  dconv2d_1/kernel.part      (3, 3, 16, 16) 16-blocked
 *   out dconv2d_1/kernel           (3, 3, 16, 16) HWIO
 *   schedule: OpenMP over elements; ISA avx512 */
void k53_reorder_3x3x16x16(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)
{
    /* dconv2d_1/kernel.part -> dconv2d_1/kernel */
    /* (1, 1, 3, 3, 16, 16) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 16, 16) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 16; c++)
                for (int f = 0; f < 16; f++)
                    dconv2d_1_kernel[((kh * 3 + kw) * 16 + c) * 16 + f] = dconv2d_1_kernel_part[((((long)(f / 16) * 1 + c / 16) * 3 + kh) * 3 + kw) * 256 + (c % 16) * 16 + f % 16];
}

/* k54_reorder_c16 — reorder kernel
 *   node n67 "reorder.dconv2d_1/bias" (reorder), from $.layers[1]
 *   in  dconv2d_1/bias.part        (16) C
 *   out dconv2d_1/bias             (16) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k54_reorder_c16(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)
{
    /* dconv2d_1/bias.part -> dconv2d_1/bias */
    #pragma omp single
    for (int c = 0; c < 16; c++) dconv2d_1_bias[c] = dconv2d_1_bias_part[c];
}

/* k55_reorder_3x3x16x16 — reorder kernel
 *   node n68 "reorder.conv2d_1/kernel.flipped16" (reorder), from $.layers[1]
 *   in  conv2d_1/kernel            (3, 3, 16, 16) HWIO
 *   out conv2d_1/kernel.flipped16  (3, 3, 16, 16) 16-blocked
 *   schedule: OpenMP over elements; ISA avx512 */
void k55_reorder_3x3x16x16(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped16)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.flipped16 */
    /* (3, 3, 16, 16) HWIO -> (1, 1, 3, 3, 16, 16): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 1; cb++)
        for (int fb = 0; fb < 1; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 16; fl++)
                        for (int cl = 0; cl < 16; cl++) {
                            const int c = cb * 16 + cl, f = fb * 16 + fl;
                            conv2d_1_kernel_flipped16[((((long)cb * 1 + fb) * 3 + p) * 3 + q) * 256 + fl * 16 + cl] = c < 16 && f < 16 ? conv2d_1_kernel[(((2 - p) * 3 + (2 - q)) * 16 + c) * 16 + f] : 0.0f;
                        }
}

/* 1 x 16 output pixels x 1 output-channel vectors: 16 accumulators; taps 2x2 from (0, 0) step 2; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16_p00_tile_1x16_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    vf acc_r0c4v0 = vzero();
    vf acc_r0c5v0 = vzero();
    vf acc_r0c6v0 = vzero();
    vf acc_r0c7v0 = vzero();
    vf acc_r0c8v0 = vzero();
    vf acc_r0c9v0 = vzero();
    vf acc_r0c10v0 = vzero();
    vf acc_r0c11v0 = vzero();
    vf acc_r0c12v0 = vzero();
    vf acc_r0c13v0 = vzero();
    vf acc_r0c14v0 = vzero();
    vf acc_r0c15v0 = vzero();
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..1 that reach x's data */
        const float *xs = xp + (long)0 * 5184 + kh * 288;
        const float *ws = wp + ((0 * 3 + 0 + 2 * kh) * 3 + 0) * 256;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 16; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 16);  /* column tap 0: pixels 1..15 */
            const vf w1_0 = vload(ws + 512 + ic * 16);  /* column tap 1: pixels 0..15 */
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r0c8v0 = vfma(xb, w0_0, acc_r0c8v0); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); }
            { const vf xb = vbcast(xs[144 + ic]); acc_r0c9v0 = vfma(xb, w0_0, acc_r0c9v0); acc_r0c8v0 = vfma(xb, w1_0, acc_r0c8v0); }
            { const vf xb = vbcast(xs[160 + ic]); acc_r0c10v0 = vfma(xb, w0_0, acc_r0c10v0); acc_r0c9v0 = vfma(xb, w1_0, acc_r0c9v0); }
            { const vf xb = vbcast(xs[176 + ic]); acc_r0c11v0 = vfma(xb, w0_0, acc_r0c11v0); acc_r0c10v0 = vfma(xb, w1_0, acc_r0c10v0); }
            { const vf xb = vbcast(xs[192 + ic]); acc_r0c12v0 = vfma(xb, w0_0, acc_r0c12v0); acc_r0c11v0 = vfma(xb, w1_0, acc_r0c11v0); }
            { const vf xb = vbcast(xs[208 + ic]); acc_r0c13v0 = vfma(xb, w0_0, acc_r0c13v0); acc_r0c12v0 = vfma(xb, w1_0, acc_r0c12v0); }
            { const vf xb = vbcast(xs[224 + ic]); acc_r0c14v0 = vfma(xb, w0_0, acc_r0c14v0); acc_r0c13v0 = vfma(xb, w1_0, acc_r0c13v0); }
            { const vf xb = vbcast(xs[240 + ic]); acc_r0c15v0 = vfma(xb, w0_0, acc_r0c15v0); acc_r0c14v0 = vfma(xb, w1_0, acc_r0c14v0); }
            { const vf xb = vbcast(xs[256 + ic]); acc_r0c15v0 = vfma(xb, w1_0, acc_r0c15v0); }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 192, (vload(mp + 192) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 224, (vload(mp + 224) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 256, (vload(mp + 256) > 0.0f ? acc_r0c8v0 : vzero()));
    vstore(yp + 288, (vload(mp + 288) > 0.0f ? acc_r0c9v0 : vzero()));
    vstore(yp + 320, (vload(mp + 320) > 0.0f ? acc_r0c10v0 : vzero()));
    vstore(yp + 352, (vload(mp + 352) > 0.0f ? acc_r0c11v0 : vzero()));
    vstore(yp + 384, (vload(mp + 384) > 0.0f ? acc_r0c12v0 : vzero()));
    vstore(yp + 416, (vload(mp + 416) > 0.0f ? acc_r0c13v0 : vzero()));
    vstore(yp + 448, (vload(mp + 448) > 0.0f ? acc_r0c14v0 : vzero()));
    vstore(yp + 480, (vload(mp + 480) > 0.0f ? acc_r0c15v0 : vzero()));
}

/* 1 x 16 output pixels x 1 output-channel vectors: 16 accumulators; taps 2x1 from (0, 1) step 2 */
static inline __attribute__((always_inline)) void k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16_p01_tile_1x16(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    vf acc_r0c4v0 = vzero();
    vf acc_r0c5v0 = vzero();
    vf acc_r0c6v0 = vzero();
    vf acc_r0c7v0 = vzero();
    vf acc_r0c8v0 = vzero();
    vf acc_r0c9v0 = vzero();
    vf acc_r0c10v0 = vzero();
    vf acc_r0c11v0 = vzero();
    vf acc_r0c12v0 = vzero();
    vf acc_r0c13v0 = vzero();
    vf acc_r0c14v0 = vzero();
    vf acc_r0c15v0 = vzero();
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..1 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)0 * 5184 + kh * 288 + kw * 16;
            const float *ws = wp + ((0 * 3 + 0 + 2 * kh) * 3 + 1 + 2 * kw) * 256;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 16; ic++) {
                const vf w0 = vload(ws + 0 + ic * 16);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); }
                { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); }
                { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); }
                { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0, acc_r0c6v0); }
                { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0, acc_r0c7v0); }
                { const vf xb = vbcast(xs[128 + ic]); acc_r0c8v0 = vfma(xb, w0, acc_r0c8v0); }
                { const vf xb = vbcast(xs[144 + ic]); acc_r0c9v0 = vfma(xb, w0, acc_r0c9v0); }
                { const vf xb = vbcast(xs[160 + ic]); acc_r0c10v0 = vfma(xb, w0, acc_r0c10v0); }
                { const vf xb = vbcast(xs[176 + ic]); acc_r0c11v0 = vfma(xb, w0, acc_r0c11v0); }
                { const vf xb = vbcast(xs[192 + ic]); acc_r0c12v0 = vfma(xb, w0, acc_r0c12v0); }
                { const vf xb = vbcast(xs[208 + ic]); acc_r0c13v0 = vfma(xb, w0, acc_r0c13v0); }
                { const vf xb = vbcast(xs[224 + ic]); acc_r0c14v0 = vfma(xb, w0, acc_r0c14v0); }
                { const vf xb = vbcast(xs[240 + ic]); acc_r0c15v0 = vfma(xb, w0, acc_r0c15v0); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 192, (vload(mp + 192) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 224, (vload(mp + 224) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 256, (vload(mp + 256) > 0.0f ? acc_r0c8v0 : vzero()));
    vstore(yp + 288, (vload(mp + 288) > 0.0f ? acc_r0c9v0 : vzero()));
    vstore(yp + 320, (vload(mp + 320) > 0.0f ? acc_r0c10v0 : vzero()));
    vstore(yp + 352, (vload(mp + 352) > 0.0f ? acc_r0c11v0 : vzero()));
    vstore(yp + 384, (vload(mp + 384) > 0.0f ? acc_r0c12v0 : vzero()));
    vstore(yp + 416, (vload(mp + 416) > 0.0f ? acc_r0c13v0 : vzero()));
    vstore(yp + 448, (vload(mp + 448) > 0.0f ? acc_r0c14v0 : vzero()));
    vstore(yp + 480, (vload(mp + 480) > 0.0f ? acc_r0c15v0 : vzero()));
}

/* 1 x 16 output pixels x 1 output-channel vectors: 16 accumulators; taps 1x2 from (1, 0) step 2; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16_p10_tile_1x16_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    vf acc_r0c4v0 = vzero();
    vf acc_r0c5v0 = vzero();
    vf acc_r0c6v0 = vzero();
    vf acc_r0c7v0 = vzero();
    vf acc_r0c8v0 = vzero();
    vf acc_r0c9v0 = vzero();
    vf acc_r0c10v0 = vzero();
    vf acc_r0c11v0 = vzero();
    vf acc_r0c12v0 = vzero();
    vf acc_r0c13v0 = vzero();
    vf acc_r0c14v0 = vzero();
    vf acc_r0c15v0 = vzero();
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..0 that reach x's data */
        const float *xs = xp + (long)0 * 5184 + kh * 288;
        const float *ws = wp + ((0 * 3 + 1 + 2 * kh) * 3 + 0) * 256;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 16; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 16);  /* column tap 0: pixels 1..15 */
            const vf w1_0 = vload(ws + 512 + ic * 16);  /* column tap 1: pixels 0..15 */
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r0c8v0 = vfma(xb, w0_0, acc_r0c8v0); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); }
            { const vf xb = vbcast(xs[144 + ic]); acc_r0c9v0 = vfma(xb, w0_0, acc_r0c9v0); acc_r0c8v0 = vfma(xb, w1_0, acc_r0c8v0); }
            { const vf xb = vbcast(xs[160 + ic]); acc_r0c10v0 = vfma(xb, w0_0, acc_r0c10v0); acc_r0c9v0 = vfma(xb, w1_0, acc_r0c9v0); }
            { const vf xb = vbcast(xs[176 + ic]); acc_r0c11v0 = vfma(xb, w0_0, acc_r0c11v0); acc_r0c10v0 = vfma(xb, w1_0, acc_r0c10v0); }
            { const vf xb = vbcast(xs[192 + ic]); acc_r0c12v0 = vfma(xb, w0_0, acc_r0c12v0); acc_r0c11v0 = vfma(xb, w1_0, acc_r0c11v0); }
            { const vf xb = vbcast(xs[208 + ic]); acc_r0c13v0 = vfma(xb, w0_0, acc_r0c13v0); acc_r0c12v0 = vfma(xb, w1_0, acc_r0c12v0); }
            { const vf xb = vbcast(xs[224 + ic]); acc_r0c14v0 = vfma(xb, w0_0, acc_r0c14v0); acc_r0c13v0 = vfma(xb, w1_0, acc_r0c13v0); }
            { const vf xb = vbcast(xs[240 + ic]); acc_r0c15v0 = vfma(xb, w0_0, acc_r0c15v0); acc_r0c14v0 = vfma(xb, w1_0, acc_r0c14v0); }
            { const vf xb = vbcast(xs[256 + ic]); acc_r0c15v0 = vfma(xb, w1_0, acc_r0c15v0); }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 192, (vload(mp + 192) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 224, (vload(mp + 224) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 256, (vload(mp + 256) > 0.0f ? acc_r0c8v0 : vzero()));
    vstore(yp + 288, (vload(mp + 288) > 0.0f ? acc_r0c9v0 : vzero()));
    vstore(yp + 320, (vload(mp + 320) > 0.0f ? acc_r0c10v0 : vzero()));
    vstore(yp + 352, (vload(mp + 352) > 0.0f ? acc_r0c11v0 : vzero()));
    vstore(yp + 384, (vload(mp + 384) > 0.0f ? acc_r0c12v0 : vzero()));
    vstore(yp + 416, (vload(mp + 416) > 0.0f ? acc_r0c13v0 : vzero()));
    vstore(yp + 448, (vload(mp + 448) > 0.0f ? acc_r0c14v0 : vzero()));
    vstore(yp + 480, (vload(mp + 480) > 0.0f ? acc_r0c15v0 : vzero()));
}

/* 1 x 16 output pixels x 1 output-channel vectors: 16 accumulators; taps 1x1 from (1, 1) step 2 */
static inline __attribute__((always_inline)) void k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16_p11_tile_1x16(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    vf acc_r0c4v0 = vzero();
    vf acc_r0c5v0 = vzero();
    vf acc_r0c6v0 = vzero();
    vf acc_r0c7v0 = vzero();
    vf acc_r0c8v0 = vzero();
    vf acc_r0c9v0 = vzero();
    vf acc_r0c10v0 = vzero();
    vf acc_r0c11v0 = vzero();
    vf acc_r0c12v0 = vzero();
    vf acc_r0c13v0 = vzero();
    vf acc_r0c14v0 = vzero();
    vf acc_r0c15v0 = vzero();
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..0 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)0 * 5184 + kh * 288 + kw * 16;
            const float *ws = wp + ((0 * 3 + 1 + 2 * kh) * 3 + 1 + 2 * kw) * 256;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 16; ic++) {
                const vf w0 = vload(ws + 0 + ic * 16);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); }
                { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); }
                { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); }
                { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0, acc_r0c6v0); }
                { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0, acc_r0c7v0); }
                { const vf xb = vbcast(xs[128 + ic]); acc_r0c8v0 = vfma(xb, w0, acc_r0c8v0); }
                { const vf xb = vbcast(xs[144 + ic]); acc_r0c9v0 = vfma(xb, w0, acc_r0c9v0); }
                { const vf xb = vbcast(xs[160 + ic]); acc_r0c10v0 = vfma(xb, w0, acc_r0c10v0); }
                { const vf xb = vbcast(xs[176 + ic]); acc_r0c11v0 = vfma(xb, w0, acc_r0c11v0); }
                { const vf xb = vbcast(xs[192 + ic]); acc_r0c12v0 = vfma(xb, w0, acc_r0c12v0); }
                { const vf xb = vbcast(xs[208 + ic]); acc_r0c13v0 = vfma(xb, w0, acc_r0c13v0); }
                { const vf xb = vbcast(xs[224 + ic]); acc_r0c14v0 = vfma(xb, w0, acc_r0c14v0); }
                { const vf xb = vbcast(xs[240 + ic]); acc_r0c15v0 = vfma(xb, w0, acc_r0c15v0); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 192, (vload(mp + 192) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 224, (vload(mp + 224) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 256, (vload(mp + 256) > 0.0f ? acc_r0c8v0 : vzero()));
    vstore(yp + 288, (vload(mp + 288) > 0.0f ? acc_r0c9v0 : vzero()));
    vstore(yp + 320, (vload(mp + 320) > 0.0f ? acc_r0c10v0 : vzero()));
    vstore(yp + 352, (vload(mp + 352) > 0.0f ? acc_r0c11v0 : vzero()));
    vstore(yp + 384, (vload(mp + 384) > 0.0f ? acc_r0c12v0 : vzero()));
    vstore(yp + 416, (vload(mp + 416) > 0.0f ? acc_r0c13v0 : vzero()));
    vstore(yp + 448, (vload(mp + 448) > 0.0f ? acc_r0c14v0 : vzero()));
    vstore(yp + 480, (vload(mp + 480) > 0.0f ? acc_r0c15v0 : vzero()));
}

/* k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16 — conv_bwd_data kernel
 *   node n69 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[1]
 *   node n70 "dconv2d.relu" (relu_bwd), from $.layers[0]
 *   node n71 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[0]
 *   in  dconv2d_1_pre              (128, 16, 16, 16) nChw16c, halo 1 1 1 1
 *   in  conv2d_1/kernel.flipped16  (3, 3, 16, 16) 16-blocked
 *   in  conv2d_out                 (128, 32, 32, 16) nChw16c, halo 0 0 1 1
 *   in  x.padded                   (128, 32, 32, 3) NHWC
 *   out dconv2d/kernel.part        (3, 3, 3, 16) 16-blocked
 *   out dconv2d/bias.part          (16) C
 *   tmp dconv2d/kernel.part.partial (896) C, scratch
 *   tmp dconv2d_pre.sample         (34848) C, scratch
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 1x16 pixels, 16 input channels a step; the weights of 2 column taps held together, each input broadcast once for all of them
 *   then, per sample, the weight gradient: register tile 1 dy vectors x 3x3 filter taps, 3 input channels a step
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx512 */
void k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel_flipped16, const float *restrict conv2d_out, const float *restrict x_padded, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, float *restrict dconv2d_pre_sample, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_kernel_part_partial[chunk] (432 weights + 16 biases) */
    const long wsz = 448;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        float *dys = dconv2d_pre_sample + (long)t * 17424;  /* this chunk's dy, one sample at a time */
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            /* dx of sample n into dys, tile row tr of every phase in turn */
            for (int tr = 0; tr < 16; tr++) {
                /* phase p00: dx rows 0 + 2*u, columns 0 + 2*v (16 x 16), taps 2x2 */
                /* tiles of 1x16 pixels x 1 channel vectors; 1 channel groups */
                {
                    const int oh = tr * 1;
                    const float *xr = dconv2d_1_pre + (long)n * 5184 + (long)(-1 + oh * 1 + 1) * 288 + (long)(-1 + 1) * 16;
                    float *yr = dys + (long)(0 + oh * 2 + 0) * 528 + (long)(0 + 0) * 16;
                    const float *mr = conv2d_out + (long)n * 17424 + (yr - dys);  /* the ReLU's output, laid out as dx */
                    for (int og = 0; og < 1; og++) {
                        const float *wg = conv2d_1_kernel_flipped16 + (long)og * 2304;
                        const float *bg = NULL;
                        float *yg = yr + (long)og * 17424;
                        const float *mg = mr + (long)og * 17424;
                        const int kh0 = 1 - oh, kh1 = 17 - oh;  /* the tap rows that reach x's rows */
                        k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16_p00_tile_1x16_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                    }
                }
                /* phase p01: dx rows 0 + 2*u, columns 1 + 2*v (16 x 16), taps 2x1 */
                /* tiles of 1x16 pixels x 1 channel vectors; 1 channel groups */
                {
                    const int oh = tr * 1;
                    const float *xr = dconv2d_1_pre + (long)n * 5184 + (long)(-1 + oh * 1 + 1) * 288 + (long)(0 + 1) * 16;
                    float *yr = dys + (long)(0 + oh * 2 + 0) * 528 + (long)(1 + 0) * 16;
                    const float *mr = conv2d_out + (long)n * 17424 + (yr - dys);  /* the ReLU's output, laid out as dx */
                    for (int og = 0; og < 1; og++) {
                        const float *wg = conv2d_1_kernel_flipped16 + (long)og * 2304;
                        const float *bg = NULL;
                        float *yg = yr + (long)og * 17424;
                        const float *mg = mr + (long)og * 17424;
                        const int kh0 = 1 - oh, kh1 = 17 - oh;  /* the tap rows that reach x's rows */
                        k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16_p01_tile_1x16(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                    }
                }
                /* phase p10: dx rows 1 + 2*u, columns 0 + 2*v (16 x 16), taps 1x2 */
                /* tiles of 1x16 pixels x 1 channel vectors; 1 channel groups */
                {
                    const int oh = tr * 1;
                    const float *xr = dconv2d_1_pre + (long)n * 5184 + (long)(0 + oh * 1 + 1) * 288 + (long)(-1 + 1) * 16;
                    float *yr = dys + (long)(1 + oh * 2 + 0) * 528 + (long)(0 + 0) * 16;
                    const float *mr = conv2d_out + (long)n * 17424 + (yr - dys);  /* the ReLU's output, laid out as dx */
                    for (int og = 0; og < 1; og++) {
                        const float *wg = conv2d_1_kernel_flipped16 + (long)og * 2304;
                        const float *bg = NULL;
                        float *yg = yr + (long)og * 17424;
                        const float *mg = mr + (long)og * 17424;
                        k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16_p10_tile_1x16_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 1);
                    }
                }
                /* phase p11: dx rows 1 + 2*u, columns 1 + 2*v (16 x 16), taps 1x1 */
                /* tiles of 1x16 pixels x 1 channel vectors; 1 channel groups */
                {
                    const int oh = tr * 1;
                    const float *xr = dconv2d_1_pre + (long)n * 5184 + (long)(0 + oh * 1 + 1) * 288 + (long)(0 + 1) * 16;
                    float *yr = dys + (long)(1 + oh * 2 + 0) * 528 + (long)(1 + 0) * 16;
                    const float *mr = conv2d_out + (long)n * 17424 + (yr - dys);  /* the ReLU's output, laid out as dx */
                    for (int og = 0; og < 1; og++) {
                        const float *wg = conv2d_1_kernel_flipped16 + (long)og * 2304;
                        const float *bg = NULL;
                        float *yg = yr + (long)og * 17424;
                        const float *mg = mr + (long)og * 17424;
                        k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16_p11_tile_1x16(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 1);
                    }
                }
            }
            const float *dyn = dys + (long)0 * 528 + 0;
            const float *xn = x_padded + (long)n * 3468 + (long)(1 - 1) * 102 + (long)(1 - 1) * 3;
            for (int fg = 0; fg < 1; fg++)
            for (int cb = 0; cb < 1; cb++)
            for (int c0 = 0; c0 < 3; c0 += 3)
            for (int kh0 = 0; kh0 < 3; kh0 += 3)
            for (int kw0 = 0; kw0 < 3; kw0 += 3) {
                float *pt = pw + (long)fg * 432 + (((long)cb * 3 + kh0) * 3 + kw0) * 48 + c0 * 16;
                vf acc_t00c0v0 = vload(pt + 0);
                vf acc_t00c1v0 = vload(pt + 16);
                vf acc_t00c2v0 = vload(pt + 32);
                vf acc_t01c0v0 = vload(pt + 48);
                vf acc_t01c1v0 = vload(pt + 64);
                vf acc_t01c2v0 = vload(pt + 80);
                vf acc_t02c0v0 = vload(pt + 96);
                vf acc_t02c1v0 = vload(pt + 112);
                vf acc_t02c2v0 = vload(pt + 128);
                vf acc_t10c0v0 = vload(pt + 144);
                vf acc_t10c1v0 = vload(pt + 160);
                vf acc_t10c2v0 = vload(pt + 176);
                vf acc_t11c0v0 = vload(pt + 192);
                vf acc_t11c1v0 = vload(pt + 208);
                vf acc_t11c2v0 = vload(pt + 224);
                vf acc_t12c0v0 = vload(pt + 240);
                vf acc_t12c1v0 = vload(pt + 256);
                vf acc_t12c2v0 = vload(pt + 272);
                vf acc_t20c0v0 = vload(pt + 288);
                vf acc_t20c1v0 = vload(pt + 304);
                vf acc_t20c2v0 = vload(pt + 320);
                vf acc_t21c0v0 = vload(pt + 336);
                vf acc_t21c1v0 = vload(pt + 352);
                vf acc_t21c2v0 = vload(pt + 368);
                vf acc_t22c0v0 = vload(pt + 384);
                vf acc_t22c1v0 = vload(pt + 400);
                vf acc_t22c2v0 = vload(pt + 416);
                if (cb == 0 && c0 == 0 && kh0 == 0 && kw0 == 0) {  /* with the bias sums */
                    vf sb0 = vzero();
                    for (int i = 0; i < 32; i++)
                        for (int j = 0; j < 32; j++) {
                            const float *xs = xn + (long)cb * 0 + (long)(i * 1 + kh0) * 102 + (long)(j * 1 + kw0) * 3 + c0;
                            const vf d0 = vload(dyn + (long)(fg * 1 + 0) * 17424 + (long)i * 528 + j * 16);
                            sb0 += d0;
                            { const vf xb = vbcast(xs[0]); acc_t00c0v0 = vfma(xb, d0, acc_t00c0v0); }
                            { const vf xb = vbcast(xs[1]); acc_t00c1v0 = vfma(xb, d0, acc_t00c1v0); }
                            { const vf xb = vbcast(xs[2]); acc_t00c2v0 = vfma(xb, d0, acc_t00c2v0); }
                            { const vf xb = vbcast(xs[3]); acc_t01c0v0 = vfma(xb, d0, acc_t01c0v0); }
                            { const vf xb = vbcast(xs[4]); acc_t01c1v0 = vfma(xb, d0, acc_t01c1v0); }
                            { const vf xb = vbcast(xs[5]); acc_t01c2v0 = vfma(xb, d0, acc_t01c2v0); }
                            { const vf xb = vbcast(xs[6]); acc_t02c0v0 = vfma(xb, d0, acc_t02c0v0); }
                            { const vf xb = vbcast(xs[7]); acc_t02c1v0 = vfma(xb, d0, acc_t02c1v0); }
                            { const vf xb = vbcast(xs[8]); acc_t02c2v0 = vfma(xb, d0, acc_t02c2v0); }
                            { const vf xb = vbcast(xs[102]); acc_t10c0v0 = vfma(xb, d0, acc_t10c0v0); }
                            { const vf xb = vbcast(xs[103]); acc_t10c1v0 = vfma(xb, d0, acc_t10c1v0); }
                            { const vf xb = vbcast(xs[104]); acc_t10c2v0 = vfma(xb, d0, acc_t10c2v0); }
                            { const vf xb = vbcast(xs[105]); acc_t11c0v0 = vfma(xb, d0, acc_t11c0v0); }
                            { const vf xb = vbcast(xs[106]); acc_t11c1v0 = vfma(xb, d0, acc_t11c1v0); }
                            { const vf xb = vbcast(xs[107]); acc_t11c2v0 = vfma(xb, d0, acc_t11c2v0); }
                            { const vf xb = vbcast(xs[108]); acc_t12c0v0 = vfma(xb, d0, acc_t12c0v0); }
                            { const vf xb = vbcast(xs[109]); acc_t12c1v0 = vfma(xb, d0, acc_t12c1v0); }
                            { const vf xb = vbcast(xs[110]); acc_t12c2v0 = vfma(xb, d0, acc_t12c2v0); }
                            { const vf xb = vbcast(xs[204]); acc_t20c0v0 = vfma(xb, d0, acc_t20c0v0); }
                            { const vf xb = vbcast(xs[205]); acc_t20c1v0 = vfma(xb, d0, acc_t20c1v0); }
                            { const vf xb = vbcast(xs[206]); acc_t20c2v0 = vfma(xb, d0, acc_t20c2v0); }
                            { const vf xb = vbcast(xs[207]); acc_t21c0v0 = vfma(xb, d0, acc_t21c0v0); }
                            { const vf xb = vbcast(xs[208]); acc_t21c1v0 = vfma(xb, d0, acc_t21c1v0); }
                            { const vf xb = vbcast(xs[209]); acc_t21c2v0 = vfma(xb, d0, acc_t21c2v0); }
                            { const vf xb = vbcast(xs[210]); acc_t22c0v0 = vfma(xb, d0, acc_t22c0v0); }
                            { const vf xb = vbcast(xs[211]); acc_t22c1v0 = vfma(xb, d0, acc_t22c1v0); }
                            { const vf xb = vbcast(xs[212]); acc_t22c2v0 = vfma(xb, d0, acc_t22c2v0); }
                        }
                    vstore(pw + 432 + (fg * 1 + 0) * 16, vload(pw + 432 + (fg * 1 + 0) * 16) + sb0);
                } else {
                    for (int i = 0; i < 32; i++)
                        for (int j = 0; j < 32; j++) {
                            const float *xs = xn + (long)cb * 0 + (long)(i * 1 + kh0) * 102 + (long)(j * 1 + kw0) * 3 + c0;
                            const vf d0 = vload(dyn + (long)(fg * 1 + 0) * 17424 + (long)i * 528 + j * 16);
                            { const vf xb = vbcast(xs[0]); acc_t00c0v0 = vfma(xb, d0, acc_t00c0v0); }
                            { const vf xb = vbcast(xs[1]); acc_t00c1v0 = vfma(xb, d0, acc_t00c1v0); }
                            { const vf xb = vbcast(xs[2]); acc_t00c2v0 = vfma(xb, d0, acc_t00c2v0); }
                            { const vf xb = vbcast(xs[3]); acc_t01c0v0 = vfma(xb, d0, acc_t01c0v0); }
                            { const vf xb = vbcast(xs[4]); acc_t01c1v0 = vfma(xb, d0, acc_t01c1v0); }
                            { const vf xb = vbcast(xs[5]); acc_t01c2v0 = vfma(xb, d0, acc_t01c2v0); }
                            { const vf xb = vbcast(xs[6]); acc_t02c0v0 = vfma(xb, d0, acc_t02c0v0); }
                            { const vf xb = vbcast(xs[7]); acc_t02c1v0 = vfma(xb, d0, acc_t02c1v0); }
                            { const vf xb = vbcast(xs[8]); acc_t02c2v0 = vfma(xb, d0, acc_t02c2v0); }
                            { const vf xb = vbcast(xs[102]); acc_t10c0v0 = vfma(xb, d0, acc_t10c0v0); }
                            { const vf xb = vbcast(xs[103]); acc_t10c1v0 = vfma(xb, d0, acc_t10c1v0); }
                            { const vf xb = vbcast(xs[104]); acc_t10c2v0 = vfma(xb, d0, acc_t10c2v0); }
                            { const vf xb = vbcast(xs[105]); acc_t11c0v0 = vfma(xb, d0, acc_t11c0v0); }
                            { const vf xb = vbcast(xs[106]); acc_t11c1v0 = vfma(xb, d0, acc_t11c1v0); }
                            { const vf xb = vbcast(xs[107]); acc_t11c2v0 = vfma(xb, d0, acc_t11c2v0); }
                            { const vf xb = vbcast(xs[108]); acc_t12c0v0 = vfma(xb, d0, acc_t12c0v0); }
                            { const vf xb = vbcast(xs[109]); acc_t12c1v0 = vfma(xb, d0, acc_t12c1v0); }
                            { const vf xb = vbcast(xs[110]); acc_t12c2v0 = vfma(xb, d0, acc_t12c2v0); }
                            { const vf xb = vbcast(xs[204]); acc_t20c0v0 = vfma(xb, d0, acc_t20c0v0); }
                            { const vf xb = vbcast(xs[205]); acc_t20c1v0 = vfma(xb, d0, acc_t20c1v0); }
                            { const vf xb = vbcast(xs[206]); acc_t20c2v0 = vfma(xb, d0, acc_t20c2v0); }
                            { const vf xb = vbcast(xs[207]); acc_t21c0v0 = vfma(xb, d0, acc_t21c0v0); }
                            { const vf xb = vbcast(xs[208]); acc_t21c1v0 = vfma(xb, d0, acc_t21c1v0); }
                            { const vf xb = vbcast(xs[209]); acc_t21c2v0 = vfma(xb, d0, acc_t21c2v0); }
                            { const vf xb = vbcast(xs[210]); acc_t22c0v0 = vfma(xb, d0, acc_t22c0v0); }
                            { const vf xb = vbcast(xs[211]); acc_t22c1v0 = vfma(xb, d0, acc_t22c1v0); }
                            { const vf xb = vbcast(xs[212]); acc_t22c2v0 = vfma(xb, d0, acc_t22c2v0); }
                        }
                }
                vstore(pt + 0, acc_t00c0v0);
                vstore(pt + 16, acc_t00c1v0);
                vstore(pt + 32, acc_t00c2v0);
                vstore(pt + 48, acc_t01c0v0);
                vstore(pt + 64, acc_t01c1v0);
                vstore(pt + 80, acc_t01c2v0);
                vstore(pt + 96, acc_t02c0v0);
                vstore(pt + 112, acc_t02c1v0);
                vstore(pt + 128, acc_t02c2v0);
                vstore(pt + 144, acc_t10c0v0);
                vstore(pt + 160, acc_t10c1v0);
                vstore(pt + 176, acc_t10c2v0);
                vstore(pt + 192, acc_t11c0v0);
                vstore(pt + 208, acc_t11c1v0);
                vstore(pt + 224, acc_t11c2v0);
                vstore(pt + 240, acc_t12c0v0);
                vstore(pt + 256, acc_t12c1v0);
                vstore(pt + 272, acc_t12c2v0);
                vstore(pt + 288, acc_t20c0v0);
                vstore(pt + 304, acc_t20c1v0);
                vstore(pt + 320, acc_t20c2v0);
                vstore(pt + 336, acc_t21c0v0);
                vstore(pt + 352, acc_t21c1v0);
                vstore(pt + 368, acc_t21c2v0);
                vstore(pt + 384, acc_t22c0v0);
                vstore(pt + 400, acc_t22c1v0);
                vstore(pt + 416, acc_t22c2v0);
            }
        }
    }
    /* the partial sums in chunk order */
    #pragma omp for schedule(static)
    for (long e = 0; e < 432; e += 16) {
        vf s = vload(dconv2d_kernel_part_partial + e);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_kernel_part_partial + (long)t * wsz + e);
        vstore(dconv2d_kernel_part + e, s);
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 16; f += 16) {
        vf s = vload(dconv2d_kernel_part_partial + 432 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_kernel_part_partial + (long)t * wsz + 432 + f);
        vstore(dconv2d_bias_part + f, s);
    }
}

/* k57_reorder_3x3x3x16 — reorder kernel
 *   node n72 "reorder.dconv2d/kernel" (reorder), from $.layers[0]
 *   in  dconv2d/kernel.part        (3, 3, 3, 16) 16-blocked
 *   out dconv2d/kernel             (3, 3, 3, 16) HWIO
 *   schedule: OpenMP over elements; ISA avx512 */
void k57_reorder_3x3x3x16(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)
{
    /* dconv2d/kernel.part -> dconv2d/kernel */
    /* (1, 1, 3, 3, 3, 16) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 3, 16) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 3; c++)
                for (int f = 0; f < 16; f++)
                    dconv2d_kernel[((kh * 3 + kw) * 3 + c) * 16 + f] = dconv2d_kernel_part[((((long)(f / 16) * 1 + c / 3) * 3 + kh) * 3 + kw) * 48 + (c % 3) * 16 + f % 16];
}

/* k58_reorder_c16 — reorder kernel
 *   node n73 "reorder.dconv2d/bias" (reorder), from $.layers[0]
 *   in  dconv2d/bias.part          (16) C
 *   out dconv2d/bias               (16) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k58_reorder_c16(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)
{
    /* dconv2d/bias.part -> dconv2d/bias */
    #pragma omp single
    for (int c = 0; c < 16; c++) dconv2d_bias[c] = dconv2d_bias_part[c];
}

/* k59_adam_update_regularizer_bwd_p37152 — optimizer kernel
 *   node n74 "ddense.kernel_regularizer" (regularizer_bwd), from $.layers[6]
 *   node n75 "adam" (adam_update), from $.optimizer
 *   in  dense/kernel               (2048, 10) IO
 *   out ddense/kernel              (2048, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k59_adam_update_regularizer_bwd_p37152(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
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
        p[i] -= lr_t * mi / (__builtin_elementwise_sqrt(vi) + 1.00000001e-07f);
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
        p[i] -= lr_t * mi / (__builtin_elementwise_sqrt(vi) + 1.00000001e-07f);
    }
    #pragma omp for schedule(static)
    for (long i = 37136; i < 37152; i++) {
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
    const float *const x = s->x;  /* x (128, 32, 32, 3) */
    float *const x_padded = A + 5548032;  /* x.padded (128, 32, 32, 3) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 3, 16) */
    float *const conv2d_kernel_blocked16 = A + 2230272;  /* conv2d/kernel.blocked16 (3, 3, 3, 16) 16-blocked */
    float *const conv2d_bias = P + 432;  /* conv2d/bias (16) */
    float *const conv2d_bias_padded16 = A + 2230704;  /* conv2d/bias.padded16 (16) */
    float *const conv2d_out = A + 0;  /* conv2d_out (128, 32, 32, 16) nChw16c, halo 0 0 1 1 */
    float *const conv2d_1_kernel = P + 448;  /* conv2d_1/kernel (3, 3, 16, 16) */
    float *const conv2d_1_kernel_blocked16 = A + 2230272;  /* conv2d_1/kernel.blocked16 (3, 3, 16, 16) 16-blocked */
    float *const conv2d_1_bias = P + 2752;  /* conv2d_1/bias (16) */
    float *const conv2d_1_bias_padded16 = A + 2232576;  /* conv2d_1/bias.padded16 (16) */
    float *const conv2d_1_out = A + 4884480;  /* conv2d_1_out (128, 16, 16, 16) nChw16c, halo 1 1 1 1 */
    float *const conv2d_2_kernel = P + 2768;  /* conv2d_2/kernel (3, 3, 16, 32) */
    float *const conv2d_2_kernel_blocked16 = A + 3605760;  /* conv2d_2/kernel.blocked16 (3, 3, 16, 32) 16-blocked */
    float *const conv2d_2_bias = P + 7376;  /* conv2d_2/bias (32) */
    float *const conv2d_2_bias_padded32 = A + 3610368;  /* conv2d_2/bias.padded32 (32) */
    float *const conv2d_2_out = A + 2230272;  /* conv2d_2_out (128, 16, 16, 32) nChw16c, halo 1 1 1 1 */
    float *const conv2d_2_kernel_blocked16_winograd = A + 3587328;  /* conv2d_2/kernel.blocked16.winograd (18432) */
    float *const conv2d_1_out_winograd_tiles = A + 3557376;  /* conv2d_1_out.winograd_tiles (29952) */
    float *const conv2d_3_kernel = P + 7408;  /* conv2d_3/kernel (3, 3, 32, 32) */
    float *const conv2d_3_kernel_blocked16 = A + 3889152;  /* conv2d_3/kernel.blocked16 (3, 3, 32, 32) 16-blocked */
    float *const conv2d_3_bias = P + 16624;  /* conv2d_3/bias (32) */
    float *const conv2d_3_bias_padded32 = A + 3898368;  /* conv2d_3/bias.padded32 (32) */
    float *const conv2d_3_out = A + 3557376;  /* conv2d_3_out (128, 8, 8, 32) nChw16c, halo 1 1 0 0 */
    float *const dropout_out = A + 3889152;  /* dropout_out (128, 8, 8, 32) */
    float *const dropout_mask = A + 4220928;  /* dropout_mask (128, 8, 8, 32) */
    float *const dense_kernel = P + 16656;  /* dense/kernel (2048, 10) */
    float *const dense_kernel_padded16 = A + 4151296;  /* dense/kernel.padded16 (2048, 10) */
    float *const dense_bias = P + 37136;  /* dense/bias (10) */
    float *const dense_bias_padded16 = A + 4185344;  /* dense/bias.padded16 (10) */
    float *const flatten_out = A + 3889152;  /* flatten_out (128, 2048) */
    float *const dense_pre = A + 4184064;  /* dense_pre (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const ddense_pre = A + 4151296;  /* ddense_pre (128, 10) */
    float *const dense_pre_per_sample = A + 4152576;  /* dense_pre.per_sample (512) */
    float *const ddense_kernel = G + 16656;  /* ddense/kernel (2048, 10) */
    float *const ddense_bias = G + 37136;  /* ddense/bias (10) */
    float *const dense_kernel_transposed2048 = A + 3889152;  /* dense/kernel.transposed2048 (2048, 10) */
    float *const dflatten_out = A + 4483072;  /* dflatten_out (128, 2048) */
    float *const ddropout_out = A + 4483072;  /* ddropout_out (128, 8, 8, 32) */
    float *const dconv2d_3_out = A + 3889152;  /* dconv2d_3_out (128, 8, 8, 32) nChw16c, halo 1 1 0 0 */
    float *const dconv2d_3_pre = A + 5991936;  /* dconv2d_3_pre (128, 8, 8, 32) nChw16c, halo 1 1 0 0 */
    float *const dconv2d_3_kernel_part = A + 3575872;  /* dconv2d_3/kernel.part (3, 3, 32, 32) 16-blocked */
    float *const dconv2d_3_bias_part = A + 3585088;  /* dconv2d_3/bias.part (32) */
    float *const dconv2d_3_kernel_part_partial = A + 3557376;  /* dconv2d_3/kernel.part.partial (18496) */
    float *const dconv2d_3_kernel = G + 7408;  /* dconv2d_3/kernel (3, 3, 32, 32) */
    float *const dconv2d_3_bias = G + 16624;  /* dconv2d_3/bias (32) */
    float *const conv2d_3_kernel_flipped16 = A + 6323712;  /* conv2d_3/kernel.flipped16 (3, 3, 32, 32) 16-blocked */
    float *const dconv2d_2_pre = A + 3557376;  /* dconv2d_2_pre (128, 16, 16, 32) nChw16c, halo 1 1 1 1 */
    float *const dconv2d_2_kernel_part = A + 2490688;  /* dconv2d_2/kernel.part (3, 3, 16, 32) 16-blocked */
    float *const dconv2d_2_bias_part = A + 2495296;  /* dconv2d_2/bias.part (32) */
    float *const dconv2d_2_kernel_part_partial = A + 2453760;  /* dconv2d_2/kernel.part.partial (36928) */
    float *const dconv2d_2_kernel_part_winograd_tiles = A + 2230272;  /* dconv2d_2/kernel.part.winograd_tiles (223488) */
    float *const dconv2d_2_kernel = G + 2768;  /* dconv2d_2/kernel (3, 3, 16, 32) */
    float *const dconv2d_2_bias = G + 7376;  /* dconv2d_2/bias (32) */
    float *const conv2d_2_kernel_flipped16 = A + 2942208;  /* conv2d_2/kernel.flipped16 (3, 3, 16, 32) 16-blocked */
    float *const dconv2d_1_pre = A + 2230272;  /* dconv2d_1_pre (128, 16, 16, 16) nChw16c, halo 1 1 1 1 */
    float *const conv2d_2_kernel_flipped16_winograd = A + 2923776;  /* conv2d_2/kernel.flipped16.winograd (18432) */
    float *const dconv2d_2_pre_winograd_tiles = A + 2893824;  /* dconv2d_2_pre.winograd_tiles (29952) */
    float *const dconv2d_1_kernel_part = A + 2898464;  /* dconv2d_1/kernel.part (3, 3, 16, 16) 16-blocked */
    float *const dconv2d_1_bias_part = A + 2900768;  /* dconv2d_1/bias.part (16) */
    float *const dconv2d_1_kernel_part_partial = A + 2893824;  /* dconv2d_1/kernel.part.partial (4640) */
    float *const dconv2d_1_kernel = G + 448;  /* dconv2d_1/kernel (3, 3, 16, 16) */
    float *const dconv2d_1_bias = G + 2752;  /* dconv2d_1/bias (16) */
    float *const conv2d_1_kernel_flipped16 = A + 2928672;  /* conv2d_1/kernel.flipped16 (3, 3, 16, 16) 16-blocked */
    float *const dconv2d_kernel_part = A + 2931872;  /* dconv2d/kernel.part (3, 3, 3, 16) 16-blocked */
    float *const dconv2d_bias_part = A + 2932304;  /* dconv2d/bias.part (16) */
    float *const dconv2d_kernel_part_partial = A + 2930976;  /* dconv2d/kernel.part.partial (896) */
    float *const dconv2d_pre_sample = A + 2893824;  /* dconv2d_pre.sample (34848) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 3, 16) */
    float *const dconv2d_bias = G + 432;  /* dconv2d/bias (16) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 16190339 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 16190339.15625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_reorder_n128_h32w32c3(x, x_padded, nb);
        k01_reorder_3x3x3x16(conv2d_kernel, conv2d_kernel_blocked16);
        k02_reorder_c16(conv2d_bias, conv2d_bias_padded16);
        k03_conv2d_fwd_relu_n128_h32w32c16(x_padded, conv2d_kernel_blocked16, conv2d_bias_padded16, conv2d_out, nb);
        k04_reorder_3x3x16x16(conv2d_1_kernel, conv2d_1_kernel_blocked16);
        k05_reorder_c16(conv2d_1_bias, conv2d_1_bias_padded16);
        k06_conv2d_fwd_relu_n128_h16w16c16(conv2d_out, conv2d_1_kernel_blocked16, conv2d_1_bias_padded16, conv2d_1_out, nb);
        k07_reorder_3x3x16x32(conv2d_2_kernel, conv2d_2_kernel_blocked16);
        k08_reorder_c32(conv2d_2_bias, conv2d_2_bias_padded32);
        k09_conv2d_fwd_relu_n128_h16w16c32(conv2d_1_out, conv2d_2_kernel_blocked16, conv2d_2_bias_padded32, conv2d_2_out, conv2d_2_kernel_blocked16_winograd, conv2d_1_out_winograd_tiles, nb);
        k10_reorder_3x3x32x32(conv2d_3_kernel, conv2d_3_kernel_blocked16);
        k11_reorder_c32(conv2d_3_bias, conv2d_3_bias_padded32);
        k12_conv2d_fwd_relu_n128_h8w8c32(conv2d_2_out, conv2d_3_kernel_blocked16, conv2d_3_bias_padded32, conv2d_3_out, nb);
        k13_dropout_n128_h8w8c32(conv2d_3_out, dropout_out, dropout_mask, nb, s->seed, s->step);
        k14_reorder_2048x10(dense_kernel, dense_kernel_padded16);
        k15_reorder_c10(dense_bias, dense_bias_padded16);
        k16_dense_fwd_n128_k10(flatten_out, dense_kernel_padded16, dense_bias_padded16, dense_pre, nb);
        k34_softmax_ce_softmax_ce_bwd_n128_k10(dense_pre, y, ddense_pre, dense_pre_per_sample, nb, &s->loss, &s->metric);
        k36_regularizer_2048x10(dense_kernel, &s->loss);
        k37_dense_bwd_weights_2048x10(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k38_reorder_2048x10(dense_kernel, dense_kernel_transposed2048);
        k39_dense_bwd_data_n128_k2048(ddense_pre, dense_kernel_transposed2048, dflatten_out, nb);
        k40_dropout_bwd_n128_h8w8c32(ddropout_out, dropout_mask, dconv2d_3_out, nb);
        k41_relu_bwd_n128_h8w8c32(dconv2d_3_out, conv2d_3_out, dconv2d_3_pre, nb);
        k42_conv2d_bwd_weights_3x3x32x32(dconv2d_3_pre, conv2d_2_out, dconv2d_3_kernel_part, dconv2d_3_bias_part, dconv2d_3_kernel_part_partial, nb);
        k43_reorder_3x3x32x32(dconv2d_3_kernel_part, dconv2d_3_kernel);
        k44_reorder_c32(dconv2d_3_bias_part, dconv2d_3_bias);
        k45_reorder_3x3x32x32(conv2d_3_kernel, conv2d_3_kernel_flipped16);
        k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32(dconv2d_3_pre, conv2d_3_kernel_flipped16, conv2d_2_out, dconv2d_2_pre, nb);
        k47_conv2d_bwd_weights_3x3x16x32(dconv2d_2_pre, conv2d_1_out, dconv2d_2_kernel_part, dconv2d_2_bias_part, dconv2d_2_kernel_part_partial, dconv2d_2_kernel_part_winograd_tiles, nb);
        k48_reorder_3x3x16x32(dconv2d_2_kernel_part, dconv2d_2_kernel);
        k49_reorder_c32(dconv2d_2_bias_part, dconv2d_2_bias);
        k50_reorder_3x3x16x32(conv2d_2_kernel, conv2d_2_kernel_flipped16);
        k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16(dconv2d_2_pre, conv2d_2_kernel_flipped16, conv2d_1_out, dconv2d_1_pre, conv2d_2_kernel_flipped16_winograd, dconv2d_2_pre_winograd_tiles, nb);
        k52_conv2d_bwd_weights_3x3x16x16(dconv2d_1_pre, conv2d_out, dconv2d_1_kernel_part, dconv2d_1_bias_part, dconv2d_1_kernel_part_partial, nb);
        k53_reorder_3x3x16x16(dconv2d_1_kernel_part, dconv2d_1_kernel);
        k54_reorder_c16(dconv2d_1_bias_part, dconv2d_1_bias);
        k55_reorder_3x3x16x16(conv2d_1_kernel, conv2d_1_kernel_flipped16);
        k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16(dconv2d_1_pre, conv2d_1_kernel_flipped16, conv2d_out, x_padded, dconv2d_kernel_part, dconv2d_bias_part, dconv2d_kernel_part_partial, dconv2d_pre_sample, nb);
        k57_reorder_3x3x3x16(dconv2d_kernel_part, dconv2d_kernel);
        k58_reorder_c16(dconv2d_bias_part, dconv2d_bias);
        k59_adam_update_regularizer_bwd_p37152(P, G, M, V, s->step, s->learning_rate);
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
    float *const x_padded_2 = A + 2230272;  /* x.padded.2 (128, 32, 32, 3) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 3, 16) */
    float *const conv2d_kernel_blocked16_2 = A + 6332928;  /* conv2d/kernel.blocked16.2 (3, 3, 3, 16) 16-blocked */
    float *const conv2d_bias = P + 432;  /* conv2d/bias (16) */
    float *const conv2d_bias_padded16_2 = A + 6333360;  /* conv2d/bias.padded16.2 (16) */
    float *const conv2d_out_infer = A + 0;  /* conv2d_out_infer (128, 32, 32, 16) nChw16c, halo 0 0 1 1 */
    float *const conv2d_1_kernel = P + 448;  /* conv2d_1/kernel (3, 3, 16, 16) */
    float *const conv2d_1_kernel_blocked16_2 = A + 6333376;  /* conv2d_1/kernel.blocked16.2 (3, 3, 16, 16) 16-blocked */
    float *const conv2d_1_bias = P + 2752;  /* conv2d_1/bias (16) */
    float *const conv2d_1_bias_padded16_2 = A + 6335680;  /* conv2d_1/bias.padded16.2 (16) */
    float *const conv2d_1_out_infer = A + 2230272;  /* conv2d_1_out_infer (128, 16, 16, 16) nChw16c, halo 1 1 1 1 */
    float *const conv2d_2_kernel = P + 2768;  /* conv2d_2/kernel (3, 3, 16, 32) */
    float *const conv2d_2_kernel_blocked16_2 = A + 6335696;  /* conv2d_2/kernel.blocked16.2 (3, 3, 16, 32) 16-blocked */
    float *const conv2d_2_bias = P + 7376;  /* conv2d_2/bias (32) */
    float *const conv2d_2_bias_padded32_2 = A + 6340304;  /* conv2d_2/bias.padded32.2 (32) */
    float *const conv2d_2_out_infer = A + 0;  /* conv2d_2_out_infer (128, 16, 16, 32) nChw16c, halo 0 0 1 1 */
    float *const conv2d_2_kernel_blocked16_2_winograd = A + 1213696;  /* conv2d_2/kernel.blocked16.2.winograd (18432) */
    float *const conv2d_1_out_infer_winograd_tiles = A + 1183744;  /* conv2d_1_out_infer.winograd_tiles (29952) */
    float *const conv2d_3_kernel = P + 7408;  /* conv2d_3/kernel (3, 3, 32, 32) */
    float *const conv2d_3_kernel_blocked16_2 = A + 6340336;  /* conv2d_3/kernel.blocked16.2 (3, 3, 32, 32) 16-blocked */
    float *const conv2d_3_bias = P + 16624;  /* conv2d_3/bias (32) */
    float *const conv2d_3_bias_padded32_2 = A + 6349552;  /* conv2d_3/bias.padded32.2 (32) */
    float *const conv2d_3_out_infer = A + 1183744;  /* conv2d_3_out_infer (128, 8, 8, 32) */
    float *const dense_kernel = P + 16656;  /* dense/kernel (2048, 10) */
    float *const dense_kernel_padded16_2 = A + 6349584;  /* dense/kernel.padded16.2 (2048, 10) */
    float *const dense_bias = P + 37136;  /* dense/bias (10) */
    float *const dense_bias_padded16_2 = A + 6382352;  /* dense/bias.padded16.2 (10) */
    float *const flatten_out_infer = A + 1183744;  /* flatten_out_infer (128, 2048) */
    float *const dense_pre_infer = A + 0;  /* dense_pre_infer (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    float *const dense_pre_infer_per_sample = A + 2560;  /* dense_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 5712792 FLOP per sample: threads from 1 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 5712792.40625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k17_reorder_n128_h32w32c3(x, x_padded_2, nb);
        if (copy_weights) k18_reorder_3x3x3x16(conv2d_kernel, conv2d_kernel_blocked16_2);
        if (copy_weights) k19_reorder_c16(conv2d_bias, conv2d_bias_padded16_2);
        k20_conv2d_fwd_relu_n128_h32w32c16(x_padded_2, conv2d_kernel_blocked16_2, conv2d_bias_padded16_2, conv2d_out_infer, nb);
        if (copy_weights) k21_reorder_3x3x16x16(conv2d_1_kernel, conv2d_1_kernel_blocked16_2);
        if (copy_weights) k22_reorder_c16(conv2d_1_bias, conv2d_1_bias_padded16_2);
        k23_conv2d_fwd_relu_n128_h16w16c16(conv2d_out_infer, conv2d_1_kernel_blocked16_2, conv2d_1_bias_padded16_2, conv2d_1_out_infer, nb);
        if (copy_weights) k24_reorder_3x3x16x32(conv2d_2_kernel, conv2d_2_kernel_blocked16_2);
        if (copy_weights) k25_reorder_c32(conv2d_2_bias, conv2d_2_bias_padded32_2);
        k26_conv2d_fwd_relu_n128_h16w16c32(conv2d_1_out_infer, conv2d_2_kernel_blocked16_2, conv2d_2_bias_padded32_2, conv2d_2_out_infer, conv2d_2_kernel_blocked16_2_winograd, conv2d_1_out_infer_winograd_tiles, nb);
        if (copy_weights) k27_reorder_3x3x32x32(conv2d_3_kernel, conv2d_3_kernel_blocked16_2);
        if (copy_weights) k28_reorder_c32(conv2d_3_bias, conv2d_3_bias_padded32_2);
        k29_conv2d_fwd_relu_n128_h8w8c32(conv2d_2_out_infer, conv2d_3_kernel_blocked16_2, conv2d_3_bias_padded32_2, conv2d_3_out_infer, nb);
        if (copy_weights) k30_reorder_2048x10(dense_kernel, dense_kernel_padded16_2);
        if (copy_weights) k31_reorder_c10(dense_bias, dense_bias_padded16_2);
        k32_dense_fwd_n128_k10(flatten_out_infer, dense_kernel_padded16_2, dense_bias_padded16_2, dense_pre_infer, nb);
        k35_softmax_ce_n128_k10(dense_pre_infer, y, probs_eval, dense_pre_infer_per_sample, nb, &s->loss, &s->metric);
        k36_regularizer_2048x10(dense_kernel, &s->loss);
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
    const float *const x = s->x;  /* x (128, 32, 32, 3) */
    float *const x_padded_2 = A + 2230272;  /* x.padded.2 (128, 32, 32, 3) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 3, 16) */
    float *const conv2d_kernel_blocked16_2 = A + 6332928;  /* conv2d/kernel.blocked16.2 (3, 3, 3, 16) 16-blocked */
    float *const conv2d_bias = P + 432;  /* conv2d/bias (16) */
    float *const conv2d_bias_padded16_2 = A + 6333360;  /* conv2d/bias.padded16.2 (16) */
    float *const conv2d_out_infer = A + 0;  /* conv2d_out_infer (128, 32, 32, 16) nChw16c, halo 0 0 1 1 */
    float *const conv2d_1_kernel = P + 448;  /* conv2d_1/kernel (3, 3, 16, 16) */
    float *const conv2d_1_kernel_blocked16_2 = A + 6333376;  /* conv2d_1/kernel.blocked16.2 (3, 3, 16, 16) 16-blocked */
    float *const conv2d_1_bias = P + 2752;  /* conv2d_1/bias (16) */
    float *const conv2d_1_bias_padded16_2 = A + 6335680;  /* conv2d_1/bias.padded16.2 (16) */
    float *const conv2d_1_out_infer = A + 2230272;  /* conv2d_1_out_infer (128, 16, 16, 16) nChw16c, halo 1 1 1 1 */
    float *const conv2d_2_kernel = P + 2768;  /* conv2d_2/kernel (3, 3, 16, 32) */
    float *const conv2d_2_kernel_blocked16_2 = A + 6335696;  /* conv2d_2/kernel.blocked16.2 (3, 3, 16, 32) 16-blocked */
    float *const conv2d_2_bias = P + 7376;  /* conv2d_2/bias (32) */
    float *const conv2d_2_bias_padded32_2 = A + 6340304;  /* conv2d_2/bias.padded32.2 (32) */
    float *const conv2d_2_out_infer = A + 0;  /* conv2d_2_out_infer (128, 16, 16, 32) nChw16c, halo 0 0 1 1 */
    float *const conv2d_2_kernel_blocked16_2_winograd = A + 1213696;  /* conv2d_2/kernel.blocked16.2.winograd (18432) */
    float *const conv2d_1_out_infer_winograd_tiles = A + 1183744;  /* conv2d_1_out_infer.winograd_tiles (29952) */
    float *const conv2d_3_kernel = P + 7408;  /* conv2d_3/kernel (3, 3, 32, 32) */
    float *const conv2d_3_kernel_blocked16_2 = A + 6340336;  /* conv2d_3/kernel.blocked16.2 (3, 3, 32, 32) 16-blocked */
    float *const conv2d_3_bias = P + 16624;  /* conv2d_3/bias (32) */
    float *const conv2d_3_bias_padded32_2 = A + 6349552;  /* conv2d_3/bias.padded32.2 (32) */
    float *const conv2d_3_out_infer = A + 1183744;  /* conv2d_3_out_infer (128, 8, 8, 32) */
    float *const dense_kernel = P + 16656;  /* dense/kernel (2048, 10) */
    float *const dense_kernel_padded16_2 = A + 6349584;  /* dense/kernel.padded16.2 (2048, 10) */
    float *const dense_bias = P + 37136;  /* dense/bias (10) */
    float *const dense_bias_padded16_2 = A + 6382352;  /* dense/bias.padded16.2 (10) */
    float *const flatten_out_infer = A + 1183744;  /* flatten_out_infer (128, 2048) */
    float *const dense_out_infer = s->out;  /* dense_out_infer (128, 10) */
    /* 5712492 FLOP per sample: threads from 1 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 5712492.40625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k17_reorder_n128_h32w32c3(x, x_padded_2, nb);
        if (copy_weights) k18_reorder_3x3x3x16(conv2d_kernel, conv2d_kernel_blocked16_2);
        if (copy_weights) k19_reorder_c16(conv2d_bias, conv2d_bias_padded16_2);
        k20_conv2d_fwd_relu_n128_h32w32c16(x_padded_2, conv2d_kernel_blocked16_2, conv2d_bias_padded16_2, conv2d_out_infer, nb);
        if (copy_weights) k21_reorder_3x3x16x16(conv2d_1_kernel, conv2d_1_kernel_blocked16_2);
        if (copy_weights) k22_reorder_c16(conv2d_1_bias, conv2d_1_bias_padded16_2);
        k23_conv2d_fwd_relu_n128_h16w16c16(conv2d_out_infer, conv2d_1_kernel_blocked16_2, conv2d_1_bias_padded16_2, conv2d_1_out_infer, nb);
        if (copy_weights) k24_reorder_3x3x16x32(conv2d_2_kernel, conv2d_2_kernel_blocked16_2);
        if (copy_weights) k25_reorder_c32(conv2d_2_bias, conv2d_2_bias_padded32_2);
        k26_conv2d_fwd_relu_n128_h16w16c32(conv2d_1_out_infer, conv2d_2_kernel_blocked16_2, conv2d_2_bias_padded32_2, conv2d_2_out_infer, conv2d_2_kernel_blocked16_2_winograd, conv2d_1_out_infer_winograd_tiles, nb);
        if (copy_weights) k27_reorder_3x3x32x32(conv2d_3_kernel, conv2d_3_kernel_blocked16_2);
        if (copy_weights) k28_reorder_c32(conv2d_3_bias, conv2d_3_bias_padded32_2);
        k29_conv2d_fwd_relu_n128_h8w8c32(conv2d_2_out_infer, conv2d_3_kernel_blocked16_2, conv2d_3_bias_padded32_2, conv2d_3_out_infer, nb);
        if (copy_weights) k30_reorder_2048x10(dense_kernel, dense_kernel_padded16_2);
        if (copy_weights) k31_reorder_c10(dense_bias, dense_bias_padded16_2);
        k33_dense_fwd_softmax_n128_k10(flatten_out_infer, dense_kernel_padded16_2, dense_bias_padded16_2, dense_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
    if (s->weights_cached) *s->weights_cached = s->weights_version;
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 32, 32, 3}, "NHWC", 0, 393216, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 3, 16}, "HWIO", 0, 432, 3, 27, 144},
    {"conv2d/bias", KILN_ROLE_PARAM, 1, {16, 0, 0, 0}, "C", 432, 16, 1, 0, 0},
    {"conv2d_pre", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "nChw16c, halo 0 0 1 1", 0, 0, 0, 0, 0},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "nChw16c, halo 0 0 1 1", 0, 2230272, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 16, 16}, "HWIO", 448, 2304, 3, 144, 144},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {16, 0, 0, 0}, "C", 2752, 16, 1, 0, 0},
    {"conv2d_1_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw16c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw16c, halo 1 1 1 1", 4884480, 663552, 0, 0, 0},
    {"conv2d_2/kernel", KILN_ROLE_PARAM, 4, {3, 3, 16, 32}, "HWIO", 2768, 4608, 3, 144, 288},
    {"conv2d_2/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 7376, 32, 1, 0, 0},
    {"conv2d_2_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "nChw16c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"conv2d_2_out", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "nChw16c, halo 1 1 1 1", 2230272, 1327104, 0, 0, 0},
    {"conv2d_3/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 32}, "HWIO", 7408, 9216, 3, 288, 288},
    {"conv2d_3/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 16624, 32, 1, 0, 0},
    {"conv2d_3_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "nChw16c, halo 1 1 0 0", 0, 0, 0, 0, 0},
    {"conv2d_3_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "nChw16c, halo 1 1 0 0", 3557376, 331776, 0, 0, 0},
    {"dropout_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 3889152, 262144, 0, 0, 0},
    {"dropout_mask", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 4220928, 262144, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {2048, 10, 0, 0}, "IO", 16656, 20480, 3, 2048, 10},
    {"dense/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 37136, 10, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 4184064, 1280, 0, 0, 0},
    {"conv2d_pre_infer", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "nChw16c, halo 0 0 1 1", 0, 0, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "nChw16c, halo 0 0 1 1", 0, 2230272, 0, 0, 0},
    {"conv2d_1_pre_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw16c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw16c, halo 1 1 1 1", 2230272, 663552, 0, 0, 0},
    {"conv2d_2_pre_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "nChw16c, halo 0 0 1 1", 0, 0, 0, 0, 0},
    {"conv2d_2_out_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "nChw16c, halo 0 0 1 1", 0, 1183744, 0, 0, 0},
    {"conv2d_3_pre_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 0, 0, 0, 0, 0},
    {"conv2d_3_out_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 1183744, 262144, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 4151296, 1280, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 37136, 10, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {2048, 10, 0, 0}, "IO", 16656, 20480, 0, 0, 0},
    {"ddropout_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "NHWC", 4483072, 262144, 0, 0, 0},
    {"dconv2d_3_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "nChw16c, halo 1 1 0 0", 3889152, 331776, 0, 0, 0},
    {"dconv2d_3_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "nChw16c, halo 1 1 0 0", 5991936, 331776, 0, 0, 0},
    {"dconv2d_3/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 16624, 32, 0, 0, 0},
    {"dconv2d_3/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 32}, "HWIO", 7408, 9216, 0, 0, 0},
    {"dconv2d_2_out", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "nChw16c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"dconv2d_2_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 32}, "nChw16c, halo 1 1 1 1", 3557376, 1327104, 0, 0, 0},
    {"dconv2d_2/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 7376, 32, 0, 0, 0},
    {"dconv2d_2/kernel", KILN_ROLE_GRAD, 4, {3, 3, 16, 32}, "HWIO", 2768, 4608, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw16c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"dconv2d_1_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw16c, halo 1 1 1 1", 2230272, 663552, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {16, 0, 0, 0}, "C", 2752, 16, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 16, 16}, "HWIO", 448, 2304, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "nChw16c, halo 0 0 1 1", 0, 0, 0, 0, 0},
    {"dconv2d_pre", KILN_ROLE_ACT, 4, {128, 32, 32, 16}, "nChw16c, halo 0 0 1 1", 0, 0, 0, 0, 0},
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
    {"x.padded", KILN_ROLE_ACT, 4, {128, 32, 32, 3}, "NHWC", 5548032, 393216, 0, 0, 0},
    {"conv2d/kernel.blocked16", KILN_ROLE_ACT, 4, {3, 3, 3, 16}, "16-blocked", 2230272, 432, 0, 0, 0},
    {"conv2d/bias.padded16", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 2230704, 16, 0, 0, 0},
    {"conv2d_1/kernel.blocked16", KILN_ROLE_ACT, 4, {3, 3, 16, 16}, "16-blocked", 2230272, 2304, 0, 0, 0},
    {"conv2d_1/bias.padded16", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 2232576, 16, 0, 0, 0},
    {"conv2d_2/kernel.blocked16", KILN_ROLE_ACT, 4, {3, 3, 16, 32}, "16-blocked", 3605760, 4608, 0, 0, 0},
    {"conv2d_2/bias.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 3610368, 32, 0, 0, 0},
    {"conv2d_3/kernel.blocked16", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 3889152, 9216, 0, 0, 0},
    {"conv2d_3/bias.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 3898368, 32, 0, 0, 0},
    {"dense/kernel.padded16", KILN_ROLE_ACT, 2, {2048, 10, 0, 0}, "IO", 4151296, 20480, 0, 0, 0},
    {"dense/bias.padded16", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 4185344, 10, 0, 0, 0},
    {"x.padded.2", KILN_ROLE_ACT, 4, {128, 32, 32, 3}, "NHWC", 2230272, 393216, 0, 0, 0},
    {"conv2d/kernel.blocked16.2", KILN_ROLE_ACT, 4, {3, 3, 3, 16}, "16-blocked", 6332928, 432, 0, 0, 0},
    {"conv2d/bias.padded16.2", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 6333360, 16, 0, 0, 0},
    {"conv2d_1/kernel.blocked16.2", KILN_ROLE_ACT, 4, {3, 3, 16, 16}, "16-blocked", 6333376, 2304, 0, 0, 0},
    {"conv2d_1/bias.padded16.2", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 6335680, 16, 0, 0, 0},
    {"conv2d_2/kernel.blocked16.2", KILN_ROLE_ACT, 4, {3, 3, 16, 32}, "16-blocked", 6335696, 4608, 0, 0, 0},
    {"conv2d_2/bias.padded32.2", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 6340304, 32, 0, 0, 0},
    {"conv2d_3/kernel.blocked16.2", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 6340336, 9216, 0, 0, 0},
    {"conv2d_3/bias.padded32.2", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 6349552, 32, 0, 0, 0},
    {"dense/kernel.padded16.2", KILN_ROLE_ACT, 2, {2048, 10, 0, 0}, "IO", 6349584, 20480, 0, 0, 0},
    {"dense/bias.padded16.2", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 6382352, 10, 0, 0, 0},
    {"dense/kernel.transposed2048", KILN_ROLE_ACT, 2, {2048, 10, 0, 0}, "IO", 3889152, 20480, 0, 0, 0},
    {"dconv2d_3/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 3575872, 9216, 0, 0, 0},
    {"dconv2d_3/bias.part", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 3585088, 32, 0, 0, 0},
    {"conv2d_3/kernel.flipped16", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "16-blocked", 6323712, 9216, 0, 0, 0},
    {"dconv2d_2/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 16, 32}, "16-blocked", 2490688, 4608, 0, 0, 0},
    {"dconv2d_2/bias.part", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 2495296, 32, 0, 0, 0},
    {"conv2d_2/kernel.flipped16", KILN_ROLE_ACT, 4, {3, 3, 16, 32}, "16-blocked", 2942208, 4608, 0, 0, 0},
    {"dconv2d_1/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 16, 16}, "16-blocked", 2898464, 2304, 0, 0, 0},
    {"dconv2d_1/bias.part", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 2900768, 16, 0, 0, 0},
    {"conv2d_1/kernel.flipped16", KILN_ROLE_ACT, 4, {3, 3, 16, 16}, "16-blocked", 2928672, 2304, 0, 0, 0},
    {"dconv2d/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 3, 16}, "16-blocked", 2931872, 432, 0, 0, 0},
    {"dconv2d/bias.part", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 2932304, 16, 0, 0, 0},
    {"conv2d_2/kernel.blocked16.winograd", KILN_ROLE_ACT, 1, {18432, 0, 0, 0}, "C", 3587328, 18432, 0, 0, 0},
    {"conv2d_1_out.winograd_tiles", KILN_ROLE_ACT, 1, {29952, 0, 0, 0}, "C", 3557376, 29952, 0, 0, 0},
    {"conv2d_2/kernel.blocked16.2.winograd", KILN_ROLE_ACT, 1, {18432, 0, 0, 0}, "C", 1213696, 18432, 0, 0, 0},
    {"conv2d_1_out_infer.winograd_tiles", KILN_ROLE_ACT, 1, {29952, 0, 0, 0}, "C", 1183744, 29952, 0, 0, 0},
    {"dense_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 4152576, 512, 0, 0, 0},
    {"dense_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dconv2d_3/kernel.part.partial", KILN_ROLE_ACT, 1, {18496, 0, 0, 0}, "C", 3557376, 18496, 0, 0, 0},
    {"dconv2d_2/kernel.part.partial", KILN_ROLE_ACT, 1, {36928, 0, 0, 0}, "C", 2453760, 36928, 0, 0, 0},
    {"dconv2d_2/kernel.part.winograd_tiles", KILN_ROLE_ACT, 1, {223488, 0, 0, 0}, "C", 2230272, 223488, 0, 0, 0},
    {"conv2d_2/kernel.flipped16.winograd", KILN_ROLE_ACT, 1, {18432, 0, 0, 0}, "C", 2923776, 18432, 0, 0, 0},
    {"dconv2d_2_pre.winograd_tiles", KILN_ROLE_ACT, 1, {29952, 0, 0, 0}, "C", 2893824, 29952, 0, 0, 0},
    {"dconv2d_1/kernel.part.partial", KILN_ROLE_ACT, 1, {4640, 0, 0, 0}, "C", 2893824, 4640, 0, 0, 0},
    {"dconv2d/kernel.part.partial", KILN_ROLE_ACT, 1, {896, 0, 0, 0}, "C", 2930976, 896, 0, 0, 0},
    {"dconv2d_pre.sample", KILN_ROLE_ACT, 1, {34848, 0, 0, 0}, "C", 2893824, 34848, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_reorder_n128_h32w32c3", "void k00_reorder_n128_h32w32c3(const float *restrict x, float *restrict x_padded, int nb)", 786432, 3145728, 1},
    {"k01_reorder_3x3x3x16", "void k01_reorder_3x3x3x16(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16)", 864, 3456, 1},
    {"k02_reorder_c16", "void k02_reorder_c16(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded16)", 32, 128, 1},
    {"k03_conv2d_fwd_relu_n128_h32w32c16", "void k03_conv2d_fwd_relu_n128_h32w32c16(const float *restrict x_padded, const float *restrict conv2d_kernel_blocked16, const float *restrict conv2d_bias_padded16, float *restrict conv2d_out, int nb)", 117440512, 9963264, 1},
    {"k04_reorder_3x3x16x16", "void k04_reorder_3x3x16x16(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16)", 4608, 18432, 1},
    {"k05_reorder_c16", "void k05_reorder_c16(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded16)", 32, 128, 1},
    {"k06_conv2d_fwd_relu_n128_h16w16c16", "void k06_conv2d_fwd_relu_n128_h16w16c16(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel_blocked16, const float *restrict conv2d_1_bias_padded16, float *restrict conv2d_1_out, int nb)", 152043520, 10495040, 1},
    {"k07_reorder_3x3x16x32", "void k07_reorder_3x3x16x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked16)", 9216, 36864, 1},
    {"k08_reorder_c32", "void k08_reorder_c32(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded32)", 64, 256, 1},
    {"k09_conv2d_fwd_relu_n128_h16w16c32", "void k09_conv2d_fwd_relu_n128_h16w16c32(const float *restrict conv2d_1_out, const float *restrict conv2d_2_kernel_blocked16, const float *restrict conv2d_2_bias_padded32, float *restrict conv2d_2_out, float *restrict conv2d_2_kernel_blocked16_winograd, float *restrict conv2d_1_out_winograd_tiles, int nb)", 304087040, 6310016, 1},
    {"k10_reorder_3x3x32x32", "void k10_reorder_3x3x32x32(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_blocked16)", 18432, 73728, 1},
    {"k11_reorder_c32", "void k11_reorder_c32(const float *restrict conv2d_3_bias, float *restrict conv2d_3_bias_padded32)", 64, 256, 1},
    {"k12_conv2d_fwd_relu_n128_h8w8c32", "void k12_conv2d_fwd_relu_n128_h8w8c32(const float *restrict conv2d_2_out, const float *restrict conv2d_3_kernel_blocked16, const float *restrict conv2d_3_bias_padded32, float *restrict conv2d_3_out, int nb)", 151519232, 5279872, 1},
    {"k13_dropout_n128_h8w8c32", "void k13_dropout_n128_h8w8c32(const float *restrict conv2d_3_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)", 524288, 3145728, 1},
    {"k14_reorder_2048x10", "void k14_reorder_2048x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16)", 40960, 163840, 1},
    {"k15_reorder_c10", "void k15_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16)", 20, 80, 1},
    {"k16_dense_fwd_n128_k10", "void k16_dense_fwd_n128_k10(const float *restrict flatten_out, const float *restrict dense_kernel_padded16, const float *restrict dense_bias_padded16, float *restrict dense_pre, int nb)", 5242880, 1135656, 1},
    {"k17_reorder_n128_h32w32c3", "void k17_reorder_n128_h32w32c3(const float *restrict x, float *restrict x_padded_2, int nb)", 786432, 3145728, 6},
    {"k18_reorder_3x3x3x16", "void k18_reorder_3x3x3x16(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16_2)", 864, 3456, 6},
    {"k19_reorder_c16", "void k19_reorder_c16(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded16_2)", 32, 128, 6},
    {"k20_conv2d_fwd_relu_n128_h32w32c16", "void k20_conv2d_fwd_relu_n128_h32w32c16(const float *restrict x_padded_2, const float *restrict conv2d_kernel_blocked16_2, const float *restrict conv2d_bias_padded16_2, float *restrict conv2d_out_infer, int nb)", 117440512, 9963264, 6},
    {"k21_reorder_3x3x16x16", "void k21_reorder_3x3x16x16(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16_2)", 4608, 18432, 6},
    {"k22_reorder_c16", "void k22_reorder_c16(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded16_2)", 32, 128, 6},
    {"k23_conv2d_fwd_relu_n128_h16w16c16", "void k23_conv2d_fwd_relu_n128_h16w16c16(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel_blocked16_2, const float *restrict conv2d_1_bias_padded16_2, float *restrict conv2d_1_out_infer, int nb)", 152043520, 10495040, 6},
    {"k24_reorder_3x3x16x32", "void k24_reorder_3x3x16x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked16_2)", 9216, 36864, 6},
    {"k25_reorder_c32", "void k25_reorder_c32(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded32_2)", 64, 256, 6},
    {"k26_conv2d_fwd_relu_n128_h16w16c32", "void k26_conv2d_fwd_relu_n128_h16w16c32(const float *restrict conv2d_1_out_infer, const float *restrict conv2d_2_kernel_blocked16_2, const float *restrict conv2d_2_bias_padded32_2, float *restrict conv2d_2_out_infer, float *restrict conv2d_2_kernel_blocked16_2_winograd, float *restrict conv2d_1_out_infer_winograd_tiles, int nb)", 304087040, 6310016, 6},
    {"k27_reorder_3x3x32x32", "void k27_reorder_3x3x32x32(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_blocked16_2)", 18432, 73728, 6},
    {"k28_reorder_c32", "void k28_reorder_c32(const float *restrict conv2d_3_bias, float *restrict conv2d_3_bias_padded32_2)", 64, 256, 6},
    {"k29_conv2d_fwd_relu_n128_h8w8c32", "void k29_conv2d_fwd_relu_n128_h8w8c32(const float *restrict conv2d_2_out_infer, const float *restrict conv2d_3_kernel_blocked16_2, const float *restrict conv2d_3_bias_padded32_2, float *restrict conv2d_3_out_infer, int nb)", 151519232, 5279872, 6},
    {"k30_reorder_2048x10", "void k30_reorder_2048x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16_2)", 40960, 163840, 6},
    {"k31_reorder_c10", "void k31_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16_2)", 20, 80, 6},
    {"k32_dense_fwd_n128_k10", "void k32_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_pre_infer, int nb)", 5242880, 1135656, 2},
    {"k33_dense_fwd_softmax_n128_k10", "void k33_dense_fwd_softmax_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_out_infer, int nb)", 5245440, 1135656, 4},
    {"k34_softmax_ce_softmax_ce_bwd_n128_k10", "void k34_softmax_ce_softmax_ce_bwd_n128_k10(const float *restrict dense_pre, const float *restrict y, float *restrict ddense_pre, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 5120, 15360, 1},
    {"k35_softmax_ce_n128_k10", "void k35_softmax_ce_n128_k10(const float *restrict dense_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 2},
    {"k36_regularizer_2048x10", "void k36_regularizer_2048x10(const float *restrict dense_kernel, double *restrict loss)", 40960, 81920, 3},
    {"k37_dense_bwd_weights_2048x10", "void k37_dense_bwd_weights_2048x10(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 5242880, 1135656, 1},
    {"k38_reorder_2048x10", "void k38_reorder_2048x10(const float *restrict dense_kernel, float *restrict dense_kernel_transposed2048)", 40960, 163840, 1},
    {"k39_dense_bwd_data_n128_k2048", "void k39_dense_bwd_data_n128_k2048(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed2048, float *restrict dflatten_out, int nb)", 5242880, 1135616, 1},
    {"k40_dropout_bwd_n128_h8w8c32", "void k40_dropout_bwd_n128_h8w8c32(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dconv2d_3_out, int nb)", 524288, 3145728, 1},
    {"k41_relu_bwd_n128_h8w8c32", "void k41_relu_bwd_n128_h8w8c32(const float *restrict dconv2d_3_out, const float *restrict conv2d_3_out, float *restrict dconv2d_3_pre, int nb)", 524288, 3145728, 1},
    {"k42_conv2d_bwd_weights_3x3x32x32", "void k42_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_2_out, float *restrict dconv2d_3_kernel_part, float *restrict dconv2d_3_bias_part, float *restrict dconv2d_3_kernel_part_partial, int nb)", 150994944, 5279872, 1},
    {"k43_reorder_3x3x32x32", "void k43_reorder_3x3x32x32(const float *restrict dconv2d_3_kernel_part, float *restrict dconv2d_3_kernel)", 18432, 73728, 1},
    {"k44_reorder_c32", "void k44_reorder_c32(const float *restrict dconv2d_3_bias_part, float *restrict dconv2d_3_bias)", 64, 256, 1},
    {"k45_reorder_3x3x32x32", "void k45_reorder_3x3x32x32(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_flipped16)", 18432, 73728, 1},
    {"k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32", "void k46_conv2d_bwd_data_relu_bwd_n128_h16w16c32(const float *restrict dconv2d_3_pre, const float *restrict conv2d_3_kernel_flipped16, const float *restrict conv2d_2_out, float *restrict dconv2d_2_pre, int nb)", 153092096, 9474048, 1},
    {"k47_conv2d_bwd_weights_3x3x16x32", "void k47_conv2d_bwd_weights_3x3x16x32(const float *restrict dconv2d_2_pre, const float *restrict conv2d_1_out, float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_kernel_part_partial, float *restrict dconv2d_2_kernel_part_winograd_tiles, int nb)", 301989888, 6310016, 1},
    {"k48_reorder_3x3x16x32", "void k48_reorder_3x3x16x32(const float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_kernel)", 9216, 36864, 1},
    {"k49_reorder_c32", "void k49_reorder_c32(const float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_bias)", 64, 256, 1},
    {"k50_reorder_3x3x16x32", "void k50_reorder_3x3x16x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_flipped16)", 9216, 36864, 1},
    {"k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16", "void k51_conv2d_bwd_data_relu_bwd_n128_h16w16c16(const float *restrict dconv2d_2_pre, const float *restrict conv2d_2_kernel_flipped16, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, float *restrict conv2d_2_kernel_flipped16_winograd, float *restrict dconv2d_2_pre_winograd_tiles, int nb)", 303038464, 8407040, 1},
    {"k52_conv2d_bwd_weights_3x3x16x16", "void k52_conv2d_bwd_weights_3x3x16x16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, int nb)", 150994944, 10495040, 1},
    {"k53_reorder_3x3x16x16", "void k53_reorder_3x3x16x16(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)", 4608, 18432, 1},
    {"k54_reorder_c16", "void k54_reorder_c16(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)", 32, 128, 1},
    {"k55_reorder_3x3x16x16", "void k55_reorder_3x3x16x16(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped16)", 4608, 18432, 1},
    {"k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16", "void k56_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c16(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel_flipped16, const float *restrict conv2d_out, const float *restrict x_padded, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, float *restrict dconv2d_pre_sample, int nb)", 268435456, 12069632, 1},
    {"k57_reorder_3x3x3x16", "void k57_reorder_3x3x3x16(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)", 864, 3456, 1},
    {"k58_reorder_c16", "void k58_reorder_c16(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)", 32, 128, 1},
    {"k59_adam_update_regularizer_bwd_p37152", "void k59_adam_update_regularizer_bwd_p37152(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 412480, 1122176, 1},
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
    .n_arena = 6382368,
    .n_tensors = 124,
    .tensors = tensors,
    .n_kernels = 60,
    .kernels = kernels,
    .isa = "avx512",
};


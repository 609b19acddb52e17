/* seed004_cifar_strided_extra.c — emitted by kiln from models/seed004_cifar_strided_extra.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA avx2. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 23344, state 0, arena 3858736.
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

/* k00_reorder_n128_h32w32c3 — reorder kernel
 *   node n0 "reorder.x.padded" (reorder), from $.layers[0]
 *   in  x                          (128, 32, 32, 3) NHWC
 *   out x.padded                   (128, 32, 32, 3) NHWC
 *   schedule: OpenMP over elements; ISA avx2 */
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

/* k01_reorder_3x3x3x8 — reorder kernel
 *   node n1 "reorder.conv2d/kernel.blocked8" (reorder), from $.layers[0]
 *   in  conv2d/kernel              (3, 3, 3, 8) HWIO
 *   out conv2d/kernel.blocked8     (3, 3, 3, 8) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k01_reorder_3x3x3x8(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8)
{
    /* conv2d/kernel -> conv2d/kernel.blocked8 */
    /* (3, 3, 3, 8) HWIO -> (1, 1, 3, 3, 3, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 1; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 3; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 3 + ic, f = ob * 8 + oc;
                            conv2d_kernel_blocked8[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 24 + ic * 8 + oc] = c < 3 && f < 8 ? conv2d_kernel[((kh * 3 + kw) * 3 + c) * 8 + f] : 0.0f;
                        }
}

/* k02_reorder_c8 — reorder kernel
 *   node n2 "reorder.conv2d/bias.padded8" (reorder), from $.layers[0]
 *   in  conv2d/bias                (8) C
 *   out conv2d/bias.padded8        (8) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k02_reorder_c8(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded8)
{
    /* conv2d/bias -> conv2d/bias.padded8 */
    #pragma omp single
    for (int c = 0; c < 8; c++) conv2d_bias_padded8[c] = c < 8 ? conv2d_bias[c] : 0.0f;
}

/* 1 x 11 output pixels x 1 output-channel vectors: 11 accumulators */
static inline __attribute__((always_inline)) void k03_conv2d_fwd_relu_n128_h32w32c8_tile_1x11(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 102 + kw * 3;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 24;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 3; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8);
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
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 32, vrelu(acc_r0c4v0));
    vstore(yp + 40, vrelu(acc_r0c5v0));
    vstore(yp + 48, vrelu(acc_r0c6v0));
    vstore(yp + 56, vrelu(acc_r0c7v0));
    vstore(yp + 64, vrelu(acc_r0c8v0));
    vstore(yp + 72, vrelu(acc_r0c9v0));
    vstore(yp + 80, vrelu(acc_r0c10v0));
}

/* 1 x 10 output pixels x 1 output-channel vectors: 10 accumulators */
static inline __attribute__((always_inline)) void k03_conv2d_fwd_relu_n128_h32w32c8_tile_1x10(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 102 + kw * 3;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 24;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 3; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8);
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
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 32, vrelu(acc_r0c4v0));
    vstore(yp + 40, vrelu(acc_r0c5v0));
    vstore(yp + 48, vrelu(acc_r0c6v0));
    vstore(yp + 56, vrelu(acc_r0c7v0));
    vstore(yp + 64, vrelu(acc_r0c8v0));
    vstore(yp + 72, vrelu(acc_r0c9v0));
}

/* k03_conv2d_fwd_relu_n128_h32w32c8 — conv_fwd kernel
 *   node n3 "conv2d" (conv2d), from $.layers[0]
 *   node n4 "conv2d.relu" (relu), from $.layers[0]
 *   in  x.padded                   (128, 32, 32, 3) NHWC
 *   in  conv2d/kernel.blocked8     (3, 3, 3, 8) 8-blocked
 *   in  conv2d/bias.padded8        (8) C
 *   out conv2d_out                 (128, 32, 32, 8) nChw8c, halo 0 0 1 1
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   register tile: 1 output-channel vectors x 1x11 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k03_conv2d_fwd_relu_n128_h32w32c8(const float *restrict x_padded, const float *restrict conv2d_kernel_blocked8, const float *restrict conv2d_bias_padded8, float *restrict conv2d_out, int nb)
{
    /* zero the halo of conv2d_out: rows [0, 0) and [32, 33), columns [0, 0) and [32, 33) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++) {
            float *p = conv2d_out + (long)n * 8712 + (long)cb * 8712;
            for (int hp = 0; hp < 33; hp++) {
                if (hp < 0 || hp >= 32) { memset(p + (long)hp * 264, 0, sizeof(float) * 264); continue; }
                memset(p + (long)hp * 264 + 256, 0, sizeof(float) * 8);
            }
        }
    /* tiles of 1x11 pixels x 1 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 32; oh += 1) {
            const float *xr = x_padded + (long)n * 3468 + (long)(-1 + oh * 1 + 1) * 102 + (long)(-1 + 1) * 3;
            float *yr = conv2d_out + (long)n * 8712 + (long)(0 + oh * 1 + 0) * 264 + (long)(0 + 0) * 8;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_kernel_blocked8 + (long)og * 216;
                const float *bg = conv2d_bias_padded8 + og * 8;
                float *yg = yr + (long)og * 8712;
                const float *mg = NULL;
                const int kh0 = 1 - oh, kh1 = 33 - oh;  /* the tap rows that reach x's rows */
                for (int ow = 0; ow < 22; ow += 11) k03_conv2d_fwd_relu_n128_h32w32c8_tile_1x11(xr + (long)ow * 3, wg, bg, yg + (long)ow * 8, mg ? mg + (long)ow * 8 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
                k03_conv2d_fwd_relu_n128_h32w32c8_tile_1x10(xr + 66, wg, bg, yg + 176, mg ? mg + 176 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k04_reorder_3x3x8x8 — reorder kernel
 *   node n5 "reorder.conv2d_1/kernel.blocked8" (reorder), from $.layers[1]
 *   in  conv2d_1/kernel            (3, 3, 8, 8) HWIO
 *   out conv2d_1/kernel.blocked8   (3, 3, 8, 8) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k04_reorder_3x3x8x8(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked8 */
    /* (3, 3, 8, 8) HWIO -> (1, 1, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 1; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_1_kernel_blocked8[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 8 && f < 8 ? conv2d_1_kernel[((kh * 3 + kw) * 8 + c) * 8 + f] : 0.0f;
                        }
}

/* k05_reorder_c8 — reorder kernel
 *   node n6 "reorder.conv2d_1/bias.padded8" (reorder), from $.layers[1]
 *   in  conv2d_1/bias              (8) C
 *   out conv2d_1/bias.padded8      (8) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k05_reorder_c8(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded8)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded8 */
    #pragma omp single
    for (int c = 0; c < 8; c++) conv2d_1_bias_padded8[c] = c < 8 ? conv2d_1_bias[c] : 0.0f;
}

/* 1 x 8 output pixels x 1 output-channel vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k06_conv2d_fwd_relu_n128_h16w16c8_tile_1x8(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)0 * 8712 + kh * 264;
        const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0 */
            const vf w1_0 = vload(ws + 64 + ic * 8);  /* column tap 1 */
            const vf w2_0 = vload(ws + 128 + ic * 8);  /* column tap 2 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[56 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[72 + ic]); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[88 + ic]); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[104 + ic]); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c6v0 = vfma(xb, w2_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[120 + ic]); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r0c7v0 = vfma(xb, w2_0, acc_r0c7v0); }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 32, vrelu(acc_r0c4v0));
    vstore(yp + 40, vrelu(acc_r0c5v0));
    vstore(yp + 48, vrelu(acc_r0c6v0));
    vstore(yp + 56, vrelu(acc_r0c7v0));
}

/* 1 x 8 output pixels x 1 output-channel vectors: 8 accumulators; at column 8, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k06_conv2d_fwd_relu_n128_h16w16c8_tile_1x8_at8(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)0 * 8712 + kh * 264;
        const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0: pixels 0..7 */
            const vf w1_0 = vload(ws + 64 + ic * 8);  /* column tap 1: pixels 0..7 */
            const vf w2_0 = vload(ws + 128 + ic * 8);  /* column tap 2: pixels 0..6 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[56 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[72 + ic]); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[88 + ic]); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[104 + ic]); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c6v0 = vfma(xb, w2_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[120 + ic]); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 32, vrelu(acc_r0c4v0));
    vstore(yp + 40, vrelu(acc_r0c5v0));
    vstore(yp + 48, vrelu(acc_r0c6v0));
    vstore(yp + 56, vrelu(acc_r0c7v0));
}

/* k06_conv2d_fwd_relu_n128_h16w16c8 — conv_fwd kernel
 *   node n7 "conv2d_1" (conv2d), from $.layers[1]
 *   node n8 "conv2d_1.relu" (relu), from $.layers[1]
 *   in  conv2d_out                 (128, 32, 32, 8) nChw8c, halo 0 0 1 1
 *   in  conv2d_1/kernel.blocked8   (3, 3, 8, 8) 8-blocked
 *   in  conv2d_1/bias.padded8      (8) C
 *   out conv2d_1_out               (128, 16, 16, 8) nChw8c, halo 1 1 1 1
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 1x8 pixels, 8 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx2 */
void k06_conv2d_fwd_relu_n128_h16w16c8(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel_blocked8, const float *restrict conv2d_1_bias_padded8, float *restrict conv2d_1_out, int nb)
{
    /* zero the halo of conv2d_1_out: rows [0, 1) and [17, 18), columns [0, 1) and [17, 18) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++) {
            float *p = conv2d_1_out + (long)n * 2592 + (long)cb * 2592;
            for (int hp = 0; hp < 18; hp++) {
                if (hp < 1 || hp >= 17) { memset(p + (long)hp * 144, 0, sizeof(float) * 144); continue; }
                memset(p + (long)hp * 144, 0, sizeof(float) * 8);
                memset(p + (long)hp * 144 + 136, 0, sizeof(float) * 8);
            }
        }
    /* tiles of 1x8 pixels x 1 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 16; oh += 1) {
            const float *xr = conv2d_out + (long)n * 8712 + (long)(0 + oh * 2 + 0) * 264 + (long)(0 + 0) * 8;
            float *yr = conv2d_1_out + (long)n * 2592 + (long)(0 + oh * 1 + 1) * 144 + (long)(0 + 1) * 8;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_1_kernel_blocked8 + (long)og * 576;
                const float *bg = conv2d_1_bias_padded8 + og * 8;
                float *yg = yr + (long)og * 2592;
                const float *mg = NULL;
                const int kh0 = 0 - oh * 2, kh1 = 32 - oh * 2;  /* the tap rows that reach x's rows */
                k06_conv2d_fwd_relu_n128_h16w16c8_tile_1x8(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
                k06_conv2d_fwd_relu_n128_h16w16c8_tile_1x8_at8(xr + 128, wg, bg, yg + 64, mg ? mg + 64 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k07_reorder_3x3x8x16 — reorder kernel
 *   node n9 "reorder.conv2d_2/kernel.blocked8" (reorder), from $.layers[2]
 *   in  conv2d_2/kernel            (3, 3, 8, 16) HWIO
 *   out conv2d_2/kernel.blocked8   (3, 3, 8, 16) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k07_reorder_3x3x8x16(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked8)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.blocked8 */
    /* (3, 3, 8, 16) HWIO -> (2, 1, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_2_kernel_blocked8[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 8 && f < 16 ? conv2d_2_kernel[((kh * 3 + kw) * 8 + c) * 16 + f] : 0.0f;
                        }
}

/* k08_reorder_c16 — reorder kernel
 *   node n10 "reorder.conv2d_2/bias.padded16" (reorder), from $.layers[2]
 *   in  conv2d_2/bias              (16) C
 *   out conv2d_2/bias.padded16     (16) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k08_reorder_c16(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded16)
{
    /* conv2d_2/bias -> conv2d_2/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) conv2d_2_bias_padded16[c] = c < 16 ? conv2d_2_bias[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 64 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k09_conv2d_fwd_relu_n128_h16w16c16_weights(const float *restrict gp, float *restrict u)
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
        vstore(u + (r * 6 + 0) * 64, a[r][0] * 0.25f);
        vstore(u + (r * 6 + 1) * 64, -a[r][0] * 0.166666672f - a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 2) * 64, -a[r][0] * 0.166666672f + a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 3) * 64, a[r][0] * 0.0416666679f + a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 4) * 64, a[r][0] * 0.0416666679f - a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 5) * 64, a[r][2]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 200 floats apart) */
static inline __attribute__((always_inline)) void k09_conv2d_fwd_relu_n128_h16w16c16_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 144 + c * 8);
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

/* Winograd-domain product: 6 tiles x 2 output-channel vectors, 12 accumulators, over 8 input channels */
static inline __attribute__((always_inline)) void k09_conv2d_fwd_relu_n128_h16w16c16_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    for (int cb = 0; cb < 1; cb++) {
        const float *vs = vp + (long)cb * 192, *us = up + (long)cb * 64;
        for (int ic = 0; ic < 8; ic++) {
            const vf u0 = vload(us + 0 + ic * 8), u1 = vload(us + 2304 + ic * 8);
            { const vf vb = vbcast(vs[0 + ic]); acc_t0v0 = vfma(vb, u0, acc_t0v0); acc_t0v1 = vfma(vb, u1, acc_t0v1); }
            { const vf vb = vbcast(vs[8 + ic]); acc_t1v0 = vfma(vb, u0, acc_t1v0); acc_t1v1 = vfma(vb, u1, acc_t1v1); }
            { const vf vb = vbcast(vs[16 + ic]); acc_t2v0 = vfma(vb, u0, acc_t2v0); acc_t2v1 = vfma(vb, u1, acc_t2v1); }
            { const vf vb = vbcast(vs[24 + ic]); acc_t3v0 = vfma(vb, u0, acc_t3v0); acc_t3v1 = vfma(vb, u1, acc_t3v1); }
            { const vf vb = vbcast(vs[32 + ic]); acc_t4v0 = vfma(vb, u0, acc_t4v0); acc_t4v1 = vfma(vb, u1, acc_t4v1); }
            { const vf vb = vbcast(vs[40 + ic]); acc_t5v0 = vfma(vb, u0, acc_t5v0); acc_t5v1 = vfma(vb, u1, acc_t5v1); }
        }
    }
    vstore(mp + 0, acc_t0v0);
    vstore(mp + 192, acc_t0v1);
    vstore(mp + 8, acc_t1v0);
    vstore(mp + 200, acc_t1v1);
    vstore(mp + 16, acc_t2v0);
    vstore(mp + 208, acc_t2v1);
    vstore(mp + 24, acc_t3v0);
    vstore(mp + 216, acc_t3v1);
    vstore(mp + 32, acc_t4v0);
    vstore(mp + 224, acc_t4v1);
    vstore(mp + 40, acc_t5v0);
    vstore(mp + 232, acc_t5v1);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 392 floats apart), yp at its output pixel (0, 0); then the bias, ReLU */
static inline __attribute__((always_inline)) void k09_conv2d_fwd_relu_n128_h16w16c16_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)kp;
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 392);
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
            float *o = yp + r * 144 + c * 8;
            vstore(o, vrelu(y[r][c] + bias));
        }
}

/* k09_conv2d_fwd_relu_n128_h16w16c16 — conv_fwd kernel
 *   node n11 "conv2d_2" (conv2d), from $.layers[2]
 *   node n12 "conv2d_2.relu" (relu), from $.layers[2]
 *   in  conv2d_1_out               (128, 16, 16, 8) nChw8c, halo 1 1 1 1
 *   in  conv2d_2/kernel.blocked8   (3, 3, 8, 16) 8-blocked
 *   in  conv2d_2/bias.padded16     (16) C
 *   out conv2d_2_out               (128, 16, 16, 16) nChw8c, halo 1 1 1 1
 *   tmp conv2d_2/kernel.blocked8.winograd (4608) C, scratch
 *   tmp conv2d_1_out.winograd_tiles (42624) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 6 tiles, in blocks of 24 tiles
 *   schedule: OpenMP over samples; ISA avx2 */
void k09_conv2d_fwd_relu_n128_h16w16c16(const float *restrict conv2d_1_out, const float *restrict conv2d_2_kernel_blocked8, const float *restrict conv2d_2_bias_padded16, float *restrict conv2d_2_out, float *restrict conv2d_2_kernel_blocked8_winograd, float *restrict conv2d_1_out_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 4 x 4 tiles of 4x4 output pixels per sample, in blocks of 24;
       products of 6 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 16; u++) {
        const int ocb = u / 8, c = u % 8;
        k09_conv2d_fwd_relu_n128_h16w16c16_weights(conv2d_2_kernel_blocked8 + (long)ocb * 576 + (long)(c / 8) * 576 + (c % 8) * 8, conv2d_2_kernel_blocked8_winograd + (long)ocb * 2304 + (long)c * 8);
    }
    /* zero the halo of conv2d_2_out: rows [0, 1) and [17, 18), columns [0, 1) and [17, 18) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = conv2d_2_out + (long)n * 5184 + (long)cb * 2592;
            for (int hp = 0; hp < 18; hp++) {
                if (hp < 1 || hp >= 17) { memset(p + (long)hp * 144, 0, sizeof(float) * 144); continue; }
                memset(p + (long)hp * 144, 0, sizeof(float) * 8);
                memset(p + (long)hp * 144 + 136, 0, sizeof(float) * 8);
            }
        }
    /* 2. blocks of 24 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 23) / 24;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = conv2d_1_out_winograd_tiles + (long)t * 21312, *ms = vs + 7200;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 24;
            for (int j = 0; j < 24; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 1; cb++) vstore(vs + pos * 200 + ((long)cb * 24 + j) * 8, vzero());
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = conv2d_1_out + (long)n * 2592 + (long)(0 + 4 * ti) * 144 + (long)(0 + 4 * tj) * 8;
                for (int cb = 0; cb < 1; cb++) k09_conv2d_fwd_relu_n128_h16w16c16_input(xp + (long)cb * 2592, vs + ((long)cb * 24 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 24; j += 6)
                        k09_conv2d_fwd_relu_n128_h16w16c16_product(vs + pos * 200 + (long)j * 8, conv2d_2_kernel_blocked8_winograd + (long)og * 4608 + pos * 64,
                                                           ms + pos * 392 + ((long)og * 48 + j) * 8);
            for (int j = 0; j < 24 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                float *yp = conv2d_2_out + (long)n * 5184 + (long)(1 + 4 * ti) * 144 + (long)(1 + 4 * tj) * 8;
                for (int kb = 0; kb < 2; kb++)
                    k09_conv2d_fwd_relu_n128_h16w16c16_output(ms + ((long)kb * 24 + j) * 8, conv2d_2_bias_padded16 + kb * 8, yp + (long)kb * 2592, NULL);
            }
        }
    }
}

/* k10_reorder_3x3x16x16 — reorder kernel
 *   node n13 "reorder.conv2d_3/kernel.blocked8" (reorder), from $.layers[3]
 *   in  conv2d_3/kernel            (3, 3, 16, 16) HWIO
 *   out conv2d_3/kernel.blocked8   (3, 3, 16, 16) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k10_reorder_3x3x16x16(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_blocked8)
{
    /* conv2d_3/kernel -> conv2d_3/kernel.blocked8 */
    /* (3, 3, 16, 16) HWIO -> (2, 2, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_3_kernel_blocked8[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 16 && f < 16 ? conv2d_3_kernel[((kh * 3 + kw) * 16 + c) * 16 + f] : 0.0f;
                        }
}

/* k11_reorder_c16 — reorder kernel
 *   node n14 "reorder.conv2d_3/bias.padded16" (reorder), from $.layers[3]
 *   in  conv2d_3/bias              (16) C
 *   out conv2d_3/bias.padded16     (16) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k11_reorder_c16(const float *restrict conv2d_3_bias, float *restrict conv2d_3_bias_padded16)
{
    /* conv2d_3/bias -> conv2d_3/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) conv2d_3_bias_padded16[c] = c < 16 ? conv2d_3_bias[c] : 0.0f;
}

/* 1 x 4 output pixels x 2 output-channel vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k12_conv2d_fwd_relu_n128_h8w8c16_tile_1x4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 8);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 8);
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)cb * 2592 + kh * 144 + kw * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 800, vrelu(acc_r0c0v1));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 808, vrelu(acc_r0c1v1));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 816, vrelu(acc_r0c2v1));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 824, vrelu(acc_r0c3v1));
}

/* 1 x 4 output pixels x 2 output-channel vectors: 8 accumulators; at column 4, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k12_conv2d_fwd_relu_n128_h8w8c16_tile_1x4_at4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 8);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 8);
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        {  /* column tap 0: pixels 0..3 */
            const float *xs = xp + (long)cb * 2592 + kh * 144 + 0 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 0) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
            }
        }
        {  /* column tap 1: pixels 0..3 */
            const float *xs = xp + (long)cb * 2592 + kh * 144 + 1 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 1) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
            }
        }
        {  /* column tap 2: pixels 0..2 */
            const float *xs = xp + (long)cb * 2592 + kh * 144 + 2 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 2) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
            }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 800, vrelu(acc_r0c0v1));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 808, vrelu(acc_r0c1v1));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 816, vrelu(acc_r0c2v1));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 824, vrelu(acc_r0c3v1));
}

/* k12_conv2d_fwd_relu_n128_h8w8c16 — conv_fwd kernel
 *   node n15 "conv2d_3" (conv2d), from $.layers[3]
 *   node n16 "conv2d_3.relu" (relu), from $.layers[3]
 *   in  conv2d_2_out               (128, 16, 16, 16) nChw8c, halo 1 1 1 1
 *   in  conv2d_3/kernel.blocked8   (3, 3, 16, 16) 8-blocked
 *   in  conv2d_3/bias.padded16     (16) C
 *   out conv2d_3_out               (128, 8, 8, 16) nChw8c, halo 1 1 1 1
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 1x4 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k12_conv2d_fwd_relu_n128_h8w8c16(const float *restrict conv2d_2_out, const float *restrict conv2d_3_kernel_blocked8, const float *restrict conv2d_3_bias_padded16, float *restrict conv2d_3_out, int nb)
{
    /* zero the halo of conv2d_3_out: rows [0, 1) and [9, 10), columns [0, 1) and [9, 10) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = conv2d_3_out + (long)n * 1600 + (long)cb * 800;
            for (int hp = 0; hp < 10; hp++) {
                if (hp < 1 || hp >= 9) { memset(p + (long)hp * 80, 0, sizeof(float) * 80); continue; }
                memset(p + (long)hp * 80, 0, sizeof(float) * 8);
                memset(p + (long)hp * 80 + 72, 0, sizeof(float) * 8);
            }
        }
    /* tiles of 1x4 pixels x 2 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 8; oh += 1) {
            const float *xr = conv2d_2_out + (long)n * 5184 + (long)(0 + oh * 2 + 1) * 144 + (long)(0 + 1) * 8;
            float *yr = conv2d_3_out + (long)n * 1600 + (long)(0 + oh * 1 + 1) * 80 + (long)(0 + 1) * 8;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_3_kernel_blocked8 + (long)og * 2304;
                const float *bg = conv2d_3_bias_padded16 + og * 16;
                float *yg = yr + (long)og * 1600;
                const float *mg = NULL;
                const int kh0 = 0 - oh * 2, kh1 = 16 - oh * 2;  /* the tap rows that reach x's rows */
                k12_conv2d_fwd_relu_n128_h8w8c16_tile_1x4(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
                k12_conv2d_fwd_relu_n128_h8w8c16_tile_1x4_at4(xr + 64, wg, bg, yg + 32, mg ? mg + 32 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k13_reorder_3x3x16x32 — reorder kernel
 *   node n17 "reorder.conv2d_4/kernel.blocked8" (reorder), from $.layers[4]
 *   in  conv2d_4/kernel            (3, 3, 16, 32) HWIO
 *   out conv2d_4/kernel.blocked8   (3, 3, 16, 32) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k13_reorder_3x3x16x32(const float *restrict conv2d_4_kernel, float *restrict conv2d_4_kernel_blocked8)
{
    /* conv2d_4/kernel -> conv2d_4/kernel.blocked8 */
    /* (3, 3, 16, 32) HWIO -> (4, 2, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_4_kernel_blocked8[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 16 && f < 32 ? conv2d_4_kernel[((kh * 3 + kw) * 16 + c) * 32 + f] : 0.0f;
                        }
}

/* k14_reorder_c32 — reorder kernel
 *   node n18 "reorder.conv2d_4/bias.padded32" (reorder), from $.layers[4]
 *   in  conv2d_4/bias              (32) C
 *   out conv2d_4/bias.padded32     (32) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k14_reorder_c32(const float *restrict conv2d_4_bias, float *restrict conv2d_4_bias_padded32)
{
    /* conv2d_4/bias -> conv2d_4/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_4_bias_padded32[c] = c < 32 ? conv2d_4_bias[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 64 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k15_conv2d_fwd_relu_n128_h8w8c32_weights(const float *restrict gp, float *restrict u)
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
        vstore(u + (r * 6 + 0) * 128, a[r][0] * 0.25f);
        vstore(u + (r * 6 + 1) * 128, -a[r][0] * 0.166666672f - a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 2) * 128, -a[r][0] * 0.166666672f + a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 3) * 128, a[r][0] * 0.0416666679f + a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 4) * 128, a[r][0] * 0.0416666679f - a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 5) * 128, a[r][2]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 200 floats apart) */
static inline __attribute__((always_inline)) void k15_conv2d_fwd_relu_n128_h8w8c32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 80 + c * 8);
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

/* Winograd-domain product: 6 tiles x 2 output-channel vectors, 12 accumulators, over 16 input channels */
static inline __attribute__((always_inline)) void k15_conv2d_fwd_relu_n128_h8w8c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    for (int cb = 0; cb < 2; cb++) {
        const float *vs = vp + (long)cb * 96, *us = up + (long)cb * 64;
        for (int ic = 0; ic < 8; ic++) {
            const vf u0 = vload(us + 0 + ic * 8), u1 = vload(us + 4608 + ic * 8);
            { const vf vb = vbcast(vs[0 + ic]); acc_t0v0 = vfma(vb, u0, acc_t0v0); acc_t0v1 = vfma(vb, u1, acc_t0v1); }
            { const vf vb = vbcast(vs[8 + ic]); acc_t1v0 = vfma(vb, u0, acc_t1v0); acc_t1v1 = vfma(vb, u1, acc_t1v1); }
            { const vf vb = vbcast(vs[16 + ic]); acc_t2v0 = vfma(vb, u0, acc_t2v0); acc_t2v1 = vfma(vb, u1, acc_t2v1); }
            { const vf vb = vbcast(vs[24 + ic]); acc_t3v0 = vfma(vb, u0, acc_t3v0); acc_t3v1 = vfma(vb, u1, acc_t3v1); }
            { const vf vb = vbcast(vs[32 + ic]); acc_t4v0 = vfma(vb, u0, acc_t4v0); acc_t4v1 = vfma(vb, u1, acc_t4v1); }
            { const vf vb = vbcast(vs[40 + ic]); acc_t5v0 = vfma(vb, u0, acc_t5v0); acc_t5v1 = vfma(vb, u1, acc_t5v1); }
        }
    }
    vstore(mp + 0, acc_t0v0);
    vstore(mp + 96, acc_t0v1);
    vstore(mp + 8, acc_t1v0);
    vstore(mp + 104, acc_t1v1);
    vstore(mp + 16, acc_t2v0);
    vstore(mp + 112, acc_t2v1);
    vstore(mp + 24, acc_t3v0);
    vstore(mp + 120, acc_t3v1);
    vstore(mp + 32, acc_t4v0);
    vstore(mp + 128, acc_t4v1);
    vstore(mp + 40, acc_t5v0);
    vstore(mp + 136, acc_t5v1);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 392 floats apart), yp at its output pixel (0, 0); then the bias, ReLU */
static inline __attribute__((always_inline)) void k15_conv2d_fwd_relu_n128_h8w8c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)kp;
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 392);
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
            float *o = yp + r * 80 + c * 8;
            vstore(o, vrelu(y[r][c] + bias));
        }
}

/* k15_conv2d_fwd_relu_n128_h8w8c32 — conv_fwd kernel
 *   node n19 "conv2d_4" (conv2d), from $.layers[4]
 *   node n20 "conv2d_4.relu" (relu), from $.layers[4]
 *   in  conv2d_3_out               (128, 8, 8, 16) nChw8c, halo 1 1 1 1
 *   in  conv2d_4/kernel.blocked8   (3, 3, 16, 32) 8-blocked
 *   in  conv2d_4/bias.padded32     (32) C
 *   out conv2d_4_out               (128, 8, 8, 32) nChw8c, halo 1 1 1 1
 *   tmp conv2d_4/kernel.blocked8.winograd (18432) C, scratch
 *   tmp conv2d_3_out.winograd_tiles (42624) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 6 tiles, in blocks of 12 tiles
 *   schedule: OpenMP over samples; ISA avx2 */
void k15_conv2d_fwd_relu_n128_h8w8c32(const float *restrict conv2d_3_out, const float *restrict conv2d_4_kernel_blocked8, const float *restrict conv2d_4_bias_padded32, float *restrict conv2d_4_out, float *restrict conv2d_4_kernel_blocked8_winograd, float *restrict conv2d_3_out_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 2 x 2 tiles of 4x4 output pixels per sample, in blocks of 12;
       products of 6 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int ocb = u / 16, c = u % 16;
        k15_conv2d_fwd_relu_n128_h8w8c32_weights(conv2d_4_kernel_blocked8 + (long)ocb * 1152 + (long)(c / 8) * 576 + (c % 8) * 8, conv2d_4_kernel_blocked8_winograd + (long)ocb * 4608 + (long)c * 8);
    }
    /* zero the halo of conv2d_4_out: rows [0, 1) and [9, 10), columns [0, 1) and [9, 10) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++) {
            float *p = conv2d_4_out + (long)n * 3200 + (long)cb * 800;
            for (int hp = 0; hp < 10; hp++) {
                if (hp < 1 || hp >= 9) { memset(p + (long)hp * 80, 0, sizeof(float) * 80); continue; }
                memset(p + (long)hp * 80, 0, sizeof(float) * 8);
                memset(p + (long)hp * 80 + 72, 0, sizeof(float) * 8);
            }
        }
    /* 2. blocks of 12 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 4, nblocks = (ntiles + 11) / 12;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = conv2d_3_out_winograd_tiles + (long)t * 21312, *ms = vs + 7200;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 12;
            for (int j = 0; j < 12; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 200 + ((long)cb * 12 + j) * 8, vzero());
                    continue;
                }
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                const float *xp = conv2d_3_out + (long)n * 1600 + (long)(0 + 4 * ti) * 80 + (long)(0 + 4 * tj) * 8;
                for (int cb = 0; cb < 2; cb++) k15_conv2d_fwd_relu_n128_h8w8c32_input(xp + (long)cb * 800, vs + ((long)cb * 12 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 2; og++)
                    for (int j = 0; j < 12; j += 6)
                        k15_conv2d_fwd_relu_n128_h8w8c32_product(vs + pos * 200 + (long)j * 8, conv2d_4_kernel_blocked8_winograd + (long)og * 9216 + pos * 128,
                                                         ms + pos * 392 + ((long)og * 24 + j) * 8);
            for (int j = 0; j < 12 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                float *yp = conv2d_4_out + (long)n * 3200 + (long)(1 + 4 * ti) * 80 + (long)(1 + 4 * tj) * 8;
                for (int kb = 0; kb < 4; kb++)
                    k15_conv2d_fwd_relu_n128_h8w8c32_output(ms + ((long)kb * 12 + j) * 8, conv2d_4_bias_padded32 + kb * 8, yp + (long)kb * 800, NULL);
            }
        }
    }
}

/* k16_reorder_3x3x32x32 — reorder kernel
 *   node n21 "reorder.conv2d_5/kernel.blocked8" (reorder), from $.layers[5]
 *   in  conv2d_5/kernel            (3, 3, 32, 32) HWIO
 *   out conv2d_5/kernel.blocked8   (3, 3, 32, 32) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k16_reorder_3x3x32x32(const float *restrict conv2d_5_kernel, float *restrict conv2d_5_kernel_blocked8)
{
    /* conv2d_5/kernel -> conv2d_5/kernel.blocked8 */
    /* (3, 3, 32, 32) HWIO -> (4, 4, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 4; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_5_kernel_blocked8[((((long)ob * 4 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 32 && f < 32 ? conv2d_5_kernel[((kh * 3 + kw) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* k17_reorder_c32 — reorder kernel
 *   node n22 "reorder.conv2d_5/bias.padded32" (reorder), from $.layers[5]
 *   in  conv2d_5/bias              (32) C
 *   out conv2d_5/bias.padded32     (32) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k17_reorder_c32(const float *restrict conv2d_5_bias, float *restrict conv2d_5_bias_padded32)
{
    /* conv2d_5/bias -> conv2d_5/bias.padded32 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_5_bias_padded32[c] = c < 32 ? conv2d_5_bias[c] : 0.0f;
}

/* 1 x 4 output pixels x 2 output-channel vectors: 8 accumulators; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k18_conv2d_fwd_relu_n128_h4w4c32_tile_1x4_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 8);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 8);
    for (int cb = 0; cb < 4; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        {  /* column tap 0: pixels 0..3 */
            const float *xs = xp + (long)cb * 800 + kh * 80 + 0 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 0) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 2304 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
            }
        }
        {  /* column tap 1: pixels 0..3 */
            const float *xs = xp + (long)cb * 800 + kh * 80 + 1 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 1) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 2304 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
            }
        }
        {  /* column tap 2: pixels 0..2 */
            const float *xs = xp + (long)cb * 800 + kh * 80 + 2 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 2) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 2304 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
            }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 200, vrelu(acc_r0c0v1));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 208, vrelu(acc_r0c1v1));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 216, vrelu(acc_r0c2v1));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 224, vrelu(acc_r0c3v1));
}

/* k18_conv2d_fwd_relu_n128_h4w4c32 — conv_fwd kernel
 *   node n23 "conv2d_5" (conv2d), from $.layers[5]
 *   node n24 "conv2d_5.relu" (relu), from $.layers[5]
 *   in  conv2d_4_out               (128, 8, 8, 32) nChw8c, halo 1 1 1 1
 *   in  conv2d_5/kernel.blocked8   (3, 3, 32, 32) 8-blocked
 *   in  conv2d_5/bias.padded32     (32) C
 *   out conv2d_5_out               (128, 4, 4, 32) nChw8c, halo 1 1 0 0
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 1x4 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k18_conv2d_fwd_relu_n128_h4w4c32(const float *restrict conv2d_4_out, const float *restrict conv2d_5_kernel_blocked8, const float *restrict conv2d_5_bias_padded32, float *restrict conv2d_5_out, int nb)
{
    /* zero the halo of conv2d_5_out: rows [0, 1) and [5, 5), columns [0, 1) and [5, 5) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++) {
            float *p = conv2d_5_out + (long)n * 800 + (long)cb * 200;
            for (int hp = 0; hp < 5; hp++) {
                if (hp < 1 || hp >= 5) { memset(p + (long)hp * 40, 0, sizeof(float) * 40); continue; }
                memset(p + (long)hp * 40, 0, sizeof(float) * 8);
            }
        }
    /* tiles of 1x4 pixels x 2 channel vectors; 2 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 4; oh += 1) {
            const float *xr = conv2d_4_out + (long)n * 3200 + (long)(0 + oh * 2 + 1) * 80 + (long)(0 + 1) * 8;
            float *yr = conv2d_5_out + (long)n * 800 + (long)(0 + oh * 1 + 1) * 40 + (long)(0 + 1) * 8;
            for (int og = 0; og < 2; og++) {
                const float *wg = conv2d_5_kernel_blocked8 + (long)og * 4608;
                const float *bg = conv2d_5_bias_padded32 + og * 16;
                float *yg = yr + (long)og * 400;
                const float *mg = NULL;
                const int kh0 = 0 - oh * 2, kh1 = 8 - oh * 2;  /* the tap rows that reach x's rows */
                k18_conv2d_fwd_relu_n128_h4w4c32_tile_1x4_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k19_dropout_n128_h4w4c32 — eltwise kernel
 *   node n25 "dropout" (dropout), from $.layers[6]
 *   in  conv2d_5_out               (128, 4, 4, 32) nChw8c, halo 1 1 0 0
 *   out dropout_out                (128, 4, 4, 32) NHWC
 *   out dropout_mask               (128, 4, 4, 32) NHWC
 *   schedule: OpenMP over samples; ISA avx2 */
void k19_dropout_n128_h4w4c32(const float *restrict conv2d_5_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)
{
    const float keep_scale = 2.0f;  /* 1 / (1 - rate) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int h = 0; h < 4; h++)
                for (int w = 0; w < 4; w++) {
                    const long b = ((long)(n) * 800 + (long)((cb * 8) / 8) * 200 + (long)((h) + 1) * 40 + ((w) + 1) * 8 + (cb * 8) % 8);  /* in conv2d_5_out */
                    const long e = (((long)n * 4 + h) * 4 + w) * 32 + cb * 8;  /* logical NHWC */
                    const vf mask = vuniform(seed, step, 0, e) >= 0.5f ? (vf)keep_scale : vzero();
                    vstore(dropout_mask + e, mask);
                    vstore(dropout_out + e, vload(conv2d_5_out + b) * mask);
                }
}

/* k20_reorder_512x10 — reorder kernel
 *   node n26 "reorder.dense/kernel.padded16" (reorder), from $.layers[8]
 *   in  dense/kernel               (512, 10) IO
 *   out dense/kernel.padded16      (512, 10) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k20_reorder_512x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16)
{
    /* dense/kernel -> dense/kernel.padded16 */
    /* (512, 10) -> padded (512, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 512; r++)
        for (int c = 0; c < 16; c++) dense_kernel_padded16[(long)r * 16 + c] = c < 10 ? dense_kernel[(long)r * 10 + c] : 0.0f;
}

/* k21_reorder_c10 — reorder kernel
 *   node n27 "reorder.dense/bias.padded16" (reorder), from $.layers[8]
 *   in  dense/bias                 (10) C
 *   out dense/bias.padded16        (10) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k21_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16)
{
    /* dense/bias -> dense/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_bias_padded16[c] = c < 10 ? dense_bias[c] : 0.0f;
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k22_dense_fwd_n128_k10_tile_6x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 512; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[1024 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[1536 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[2048 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[2560 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
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
static inline __attribute__((always_inline)) void k22_dense_fwd_n128_k10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 512; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
}

/* k22_dense_fwd_n128_k10 — gemm kernel
 *   node n28 "dense" (dense), from $.layers[8]
 *   in  flatten_out                (128, 512) NC
 *   in  dense/kernel.padded16      (512, 10) IO
 *   in  dense/bias.padded16        (10) C
 *   out dense_pre                  (128, 10) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k22_dense_fwd_n128_k10(const float *restrict flatten_out, const float *restrict dense_kernel_padded16, const float *restrict dense_bias_padded16, float *restrict dense_pre, int nb)
{
    /* C (nb x 10) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_bias_padded16 + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_kernel_padded16 + j0 * 8;
            if (i0 < full_rows) {
                k22_dense_fwd_n128_k10_tile_6x2t(flatten_out + (long)i0 * 512, bg, bias_g, dense_pre + (long)i0 * 10 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k22_dense_fwd_n128_k10_tile_1x2t(flatten_out + (long)i * 512, bg, bias_g, dense_pre + (long)i * 10 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k23_reorder_n128_h32w32c3 — reorder kernel
 *   node n29 "reorder.x.padded.2" (reorder), from $.layers[0]
 *   in  x                          (128, 32, 32, 3) NHWC
 *   out x.padded.2                 (128, 32, 32, 3) NHWC
 *   schedule: OpenMP over elements; ISA avx2 */
void k23_reorder_n128_h32w32c3(const float *restrict x, float *restrict x_padded_2, int nb)
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

/* k24_reorder_3x3x3x8 — reorder kernel
 *   node n30 "reorder.conv2d/kernel.blocked8.2" (reorder), from $.layers[0]
 *   in  conv2d/kernel              (3, 3, 3, 8) HWIO
 *   out conv2d/kernel.blocked8.2   (3, 3, 3, 8) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k24_reorder_3x3x3x8(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8_2)
{
    /* conv2d/kernel -> conv2d/kernel.blocked8.2 */
    /* (3, 3, 3, 8) HWIO -> (1, 1, 3, 3, 3, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 1; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 3; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 3 + ic, f = ob * 8 + oc;
                            conv2d_kernel_blocked8_2[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 24 + ic * 8 + oc] = c < 3 && f < 8 ? conv2d_kernel[((kh * 3 + kw) * 3 + c) * 8 + f] : 0.0f;
                        }
}

/* k25_reorder_c8 — reorder kernel
 *   node n31 "reorder.conv2d/bias.padded8.2" (reorder), from $.layers[0]
 *   in  conv2d/bias                (8) C
 *   out conv2d/bias.padded8.2      (8) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k25_reorder_c8(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded8_2)
{
    /* conv2d/bias -> conv2d/bias.padded8.2 */
    #pragma omp single
    for (int c = 0; c < 8; c++) conv2d_bias_padded8_2[c] = c < 8 ? conv2d_bias[c] : 0.0f;
}

/* 1 x 11 output pixels x 1 output-channel vectors: 11 accumulators */
static inline __attribute__((always_inline)) void k26_conv2d_fwd_relu_n128_h32w32c8_tile_1x11(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 102 + kw * 3;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 24;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 3; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8);
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
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 32, vrelu(acc_r0c4v0));
    vstore(yp + 40, vrelu(acc_r0c5v0));
    vstore(yp + 48, vrelu(acc_r0c6v0));
    vstore(yp + 56, vrelu(acc_r0c7v0));
    vstore(yp + 64, vrelu(acc_r0c8v0));
    vstore(yp + 72, vrelu(acc_r0c9v0));
    vstore(yp + 80, vrelu(acc_r0c10v0));
}

/* 1 x 10 output pixels x 1 output-channel vectors: 10 accumulators */
static inline __attribute__((always_inline)) void k26_conv2d_fwd_relu_n128_h32w32c8_tile_1x10(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    #pragma clang loop unroll(disable)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        #pragma clang loop unroll(disable)
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)0 * 0 + kh * 102 + kw * 3;
            const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 24;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 3; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8);
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
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 32, vrelu(acc_r0c4v0));
    vstore(yp + 40, vrelu(acc_r0c5v0));
    vstore(yp + 48, vrelu(acc_r0c6v0));
    vstore(yp + 56, vrelu(acc_r0c7v0));
    vstore(yp + 64, vrelu(acc_r0c8v0));
    vstore(yp + 72, vrelu(acc_r0c9v0));
}

/* k26_conv2d_fwd_relu_n128_h32w32c8 — conv_fwd kernel
 *   node n32 "conv2d_infer" (conv2d), from $.layers[0]
 *   node n33 "conv2d.relu_infer" (relu), from $.layers[0]
 *   in  x.padded.2                 (128, 32, 32, 3) NHWC
 *   in  conv2d/kernel.blocked8.2   (3, 3, 3, 8) 8-blocked
 *   in  conv2d/bias.padded8.2      (8) C
 *   out conv2d_out_infer           (128, 32, 32, 8) nChw8c, halo 0 0 1 1
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   register tile: 1 output-channel vectors x 1x11 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k26_conv2d_fwd_relu_n128_h32w32c8(const float *restrict x_padded_2, const float *restrict conv2d_kernel_blocked8_2, const float *restrict conv2d_bias_padded8_2, float *restrict conv2d_out_infer, int nb)
{
    /* zero the halo of conv2d_out_infer: rows [0, 0) and [32, 33), columns [0, 0) and [32, 33) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++) {
            float *p = conv2d_out_infer + (long)n * 8712 + (long)cb * 8712;
            for (int hp = 0; hp < 33; hp++) {
                if (hp < 0 || hp >= 32) { memset(p + (long)hp * 264, 0, sizeof(float) * 264); continue; }
                memset(p + (long)hp * 264 + 256, 0, sizeof(float) * 8);
            }
        }
    /* tiles of 1x11 pixels x 1 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 32; oh += 1) {
            const float *xr = x_padded_2 + (long)n * 3468 + (long)(-1 + oh * 1 + 1) * 102 + (long)(-1 + 1) * 3;
            float *yr = conv2d_out_infer + (long)n * 8712 + (long)(0 + oh * 1 + 0) * 264 + (long)(0 + 0) * 8;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_kernel_blocked8_2 + (long)og * 216;
                const float *bg = conv2d_bias_padded8_2 + og * 8;
                float *yg = yr + (long)og * 8712;
                const float *mg = NULL;
                const int kh0 = 1 - oh, kh1 = 33 - oh;  /* the tap rows that reach x's rows */
                for (int ow = 0; ow < 22; ow += 11) k26_conv2d_fwd_relu_n128_h32w32c8_tile_1x11(xr + (long)ow * 3, wg, bg, yg + (long)ow * 8, mg ? mg + (long)ow * 8 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
                k26_conv2d_fwd_relu_n128_h32w32c8_tile_1x10(xr + 66, wg, bg, yg + 176, mg ? mg + 176 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k27_reorder_3x3x8x8 — reorder kernel
 *   node n34 "reorder.conv2d_1/kernel.blocked8.2" (reorder), from $.layers[1]
 *   in  conv2d_1/kernel            (3, 3, 8, 8) HWIO
 *   out conv2d_1/kernel.blocked8.2 (3, 3, 8, 8) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k27_reorder_3x3x8x8(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8_2)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.blocked8.2 */
    /* (3, 3, 8, 8) HWIO -> (1, 1, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 1; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_1_kernel_blocked8_2[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 8 && f < 8 ? conv2d_1_kernel[((kh * 3 + kw) * 8 + c) * 8 + f] : 0.0f;
                        }
}

/* k28_reorder_c8 — reorder kernel
 *   node n35 "reorder.conv2d_1/bias.padded8.2" (reorder), from $.layers[1]
 *   in  conv2d_1/bias              (8) C
 *   out conv2d_1/bias.padded8.2    (8) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k28_reorder_c8(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded8_2)
{
    /* conv2d_1/bias -> conv2d_1/bias.padded8.2 */
    #pragma omp single
    for (int c = 0; c < 8; c++) conv2d_1_bias_padded8_2[c] = c < 8 ? conv2d_1_bias[c] : 0.0f;
}

/* 1 x 8 output pixels x 1 output-channel vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k29_conv2d_fwd_relu_n128_h16w16c8_tile_1x8(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)0 * 8712 + kh * 264;
        const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0 */
            const vf w1_0 = vload(ws + 64 + ic * 8);  /* column tap 1 */
            const vf w2_0 = vload(ws + 128 + ic * 8);  /* column tap 2 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[56 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[72 + ic]); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[88 + ic]); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[104 + ic]); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c6v0 = vfma(xb, w2_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[120 + ic]); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); }
            { const vf xb = vbcast(xs[128 + ic]); acc_r0c7v0 = vfma(xb, w2_0, acc_r0c7v0); }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 32, vrelu(acc_r0c4v0));
    vstore(yp + 40, vrelu(acc_r0c5v0));
    vstore(yp + 48, vrelu(acc_r0c6v0));
    vstore(yp + 56, vrelu(acc_r0c7v0));
}

/* 1 x 8 output pixels x 1 output-channel vectors: 8 accumulators; at column 8, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k29_conv2d_fwd_relu_n128_h16w16c8_tile_1x8_at8(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        const float *xs = xp + (long)0 * 8712 + kh * 264;
        const float *ws = wp + ((0 * 3 + 0 + 1 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0: pixels 0..7 */
            const vf w1_0 = vload(ws + 64 + ic * 8);  /* column tap 1: pixels 0..7 */
            const vf w2_0 = vload(ws + 128 + ic * 8);  /* column tap 2: pixels 0..6 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w2_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w2_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w2_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[56 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w2_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[72 + ic]); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w2_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[88 + ic]); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[96 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c5v0 = vfma(xb, w2_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[104 + ic]); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[112 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c6v0 = vfma(xb, w2_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[120 + ic]); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 32, vrelu(acc_r0c4v0));
    vstore(yp + 40, vrelu(acc_r0c5v0));
    vstore(yp + 48, vrelu(acc_r0c6v0));
    vstore(yp + 56, vrelu(acc_r0c7v0));
}

/* k29_conv2d_fwd_relu_n128_h16w16c8 — conv_fwd kernel
 *   node n36 "conv2d_1_infer" (conv2d), from $.layers[1]
 *   node n37 "conv2d_1.relu_infer" (relu), from $.layers[1]
 *   in  conv2d_out_infer           (128, 32, 32, 8) nChw8c, halo 0 0 1 1
 *   in  conv2d_1/kernel.blocked8.2 (3, 3, 8, 8) 8-blocked
 *   in  conv2d_1/bias.padded8.2    (8) C
 *   out conv2d_1_out_infer         (128, 16, 16, 8) nChw8c, halo 1 1 1 1
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 1x8 pixels, 8 input channels a step; the weights of 3 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx2 */
void k29_conv2d_fwd_relu_n128_h16w16c8(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel_blocked8_2, const float *restrict conv2d_1_bias_padded8_2, float *restrict conv2d_1_out_infer, int nb)
{
    /* zero the halo of conv2d_1_out_infer: rows [0, 1) and [17, 18), columns [0, 1) and [17, 18) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++) {
            float *p = conv2d_1_out_infer + (long)n * 2592 + (long)cb * 2592;
            for (int hp = 0; hp < 18; hp++) {
                if (hp < 1 || hp >= 17) { memset(p + (long)hp * 144, 0, sizeof(float) * 144); continue; }
                memset(p + (long)hp * 144, 0, sizeof(float) * 8);
                memset(p + (long)hp * 144 + 136, 0, sizeof(float) * 8);
            }
        }
    /* tiles of 1x8 pixels x 1 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 16; oh += 1) {
            const float *xr = conv2d_out_infer + (long)n * 8712 + (long)(0 + oh * 2 + 0) * 264 + (long)(0 + 0) * 8;
            float *yr = conv2d_1_out_infer + (long)n * 2592 + (long)(0 + oh * 1 + 1) * 144 + (long)(0 + 1) * 8;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_1_kernel_blocked8_2 + (long)og * 576;
                const float *bg = conv2d_1_bias_padded8_2 + og * 8;
                float *yg = yr + (long)og * 2592;
                const float *mg = NULL;
                const int kh0 = 0 - oh * 2, kh1 = 32 - oh * 2;  /* the tap rows that reach x's rows */
                k29_conv2d_fwd_relu_n128_h16w16c8_tile_1x8(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
                k29_conv2d_fwd_relu_n128_h16w16c8_tile_1x8_at8(xr + 128, wg, bg, yg + 64, mg ? mg + 64 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k30_reorder_3x3x8x16 — reorder kernel
 *   node n38 "reorder.conv2d_2/kernel.blocked8.2" (reorder), from $.layers[2]
 *   in  conv2d_2/kernel            (3, 3, 8, 16) HWIO
 *   out conv2d_2/kernel.blocked8.2 (3, 3, 8, 16) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k30_reorder_3x3x8x16(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked8_2)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.blocked8.2 */
    /* (3, 3, 8, 16) HWIO -> (2, 1, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 1; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_2_kernel_blocked8_2[((((long)ob * 1 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 8 && f < 16 ? conv2d_2_kernel[((kh * 3 + kw) * 8 + c) * 16 + f] : 0.0f;
                        }
}

/* k31_reorder_c16 — reorder kernel
 *   node n39 "reorder.conv2d_2/bias.padded16.2" (reorder), from $.layers[2]
 *   in  conv2d_2/bias              (16) C
 *   out conv2d_2/bias.padded16.2   (16) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k31_reorder_c16(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded16_2)
{
    /* conv2d_2/bias -> conv2d_2/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) conv2d_2_bias_padded16_2[c] = c < 16 ? conv2d_2_bias[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 64 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k32_conv2d_fwd_relu_n128_h16w16c16_weights(const float *restrict gp, float *restrict u)
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
        vstore(u + (r * 6 + 0) * 64, a[r][0] * 0.25f);
        vstore(u + (r * 6 + 1) * 64, -a[r][0] * 0.166666672f - a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 2) * 64, -a[r][0] * 0.166666672f + a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 3) * 64, a[r][0] * 0.0416666679f + a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 4) * 64, a[r][0] * 0.0416666679f - a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 5) * 64, a[r][2]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 200 floats apart) */
static inline __attribute__((always_inline)) void k32_conv2d_fwd_relu_n128_h16w16c16_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 144 + c * 8);
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

/* Winograd-domain product: 6 tiles x 2 output-channel vectors, 12 accumulators, over 8 input channels */
static inline __attribute__((always_inline)) void k32_conv2d_fwd_relu_n128_h16w16c16_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    for (int cb = 0; cb < 1; cb++) {
        const float *vs = vp + (long)cb * 192, *us = up + (long)cb * 64;
        for (int ic = 0; ic < 8; ic++) {
            const vf u0 = vload(us + 0 + ic * 8), u1 = vload(us + 2304 + ic * 8);
            { const vf vb = vbcast(vs[0 + ic]); acc_t0v0 = vfma(vb, u0, acc_t0v0); acc_t0v1 = vfma(vb, u1, acc_t0v1); }
            { const vf vb = vbcast(vs[8 + ic]); acc_t1v0 = vfma(vb, u0, acc_t1v0); acc_t1v1 = vfma(vb, u1, acc_t1v1); }
            { const vf vb = vbcast(vs[16 + ic]); acc_t2v0 = vfma(vb, u0, acc_t2v0); acc_t2v1 = vfma(vb, u1, acc_t2v1); }
            { const vf vb = vbcast(vs[24 + ic]); acc_t3v0 = vfma(vb, u0, acc_t3v0); acc_t3v1 = vfma(vb, u1, acc_t3v1); }
            { const vf vb = vbcast(vs[32 + ic]); acc_t4v0 = vfma(vb, u0, acc_t4v0); acc_t4v1 = vfma(vb, u1, acc_t4v1); }
            { const vf vb = vbcast(vs[40 + ic]); acc_t5v0 = vfma(vb, u0, acc_t5v0); acc_t5v1 = vfma(vb, u1, acc_t5v1); }
        }
    }
    vstore(mp + 0, acc_t0v0);
    vstore(mp + 192, acc_t0v1);
    vstore(mp + 8, acc_t1v0);
    vstore(mp + 200, acc_t1v1);
    vstore(mp + 16, acc_t2v0);
    vstore(mp + 208, acc_t2v1);
    vstore(mp + 24, acc_t3v0);
    vstore(mp + 216, acc_t3v1);
    vstore(mp + 32, acc_t4v0);
    vstore(mp + 224, acc_t4v1);
    vstore(mp + 40, acc_t5v0);
    vstore(mp + 232, acc_t5v1);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 392 floats apart), yp at its output pixel (0, 0); then the bias, ReLU */
static inline __attribute__((always_inline)) void k32_conv2d_fwd_relu_n128_h16w16c16_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)kp;
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 392);
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
            float *o = yp + r * 136 + c * 8;
            vstore(o, vrelu(y[r][c] + bias));
        }
}

/* k32_conv2d_fwd_relu_n128_h16w16c16 — conv_fwd kernel
 *   node n40 "conv2d_2_infer" (conv2d), from $.layers[2]
 *   node n41 "conv2d_2.relu_infer" (relu), from $.layers[2]
 *   in  conv2d_1_out_infer         (128, 16, 16, 8) nChw8c, halo 1 1 1 1
 *   in  conv2d_2/kernel.blocked8.2 (3, 3, 8, 16) 8-blocked
 *   in  conv2d_2/bias.padded16.2   (16) C
 *   out conv2d_2_out_infer         (128, 16, 16, 16) nChw8c, halo 0 0 1 1
 *   tmp conv2d_2/kernel.blocked8.2.winograd (4608) C, scratch
 *   tmp conv2d_1_out_infer.winograd_tiles (42624) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 6 tiles, in blocks of 24 tiles
 *   schedule: OpenMP over samples; ISA avx2 */
void k32_conv2d_fwd_relu_n128_h16w16c16(const float *restrict conv2d_1_out_infer, const float *restrict conv2d_2_kernel_blocked8_2, const float *restrict conv2d_2_bias_padded16_2, float *restrict conv2d_2_out_infer, float *restrict conv2d_2_kernel_blocked8_2_winograd, float *restrict conv2d_1_out_infer_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 4 x 4 tiles of 4x4 output pixels per sample, in blocks of 24;
       products of 6 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 16; u++) {
        const int ocb = u / 8, c = u % 8;
        k32_conv2d_fwd_relu_n128_h16w16c16_weights(conv2d_2_kernel_blocked8_2 + (long)ocb * 576 + (long)(c / 8) * 576 + (c % 8) * 8, conv2d_2_kernel_blocked8_2_winograd + (long)ocb * 2304 + (long)c * 8);
    }
    /* zero the halo of conv2d_2_out_infer: rows [0, 0) and [16, 17), columns [0, 0) and [16, 17) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = conv2d_2_out_infer + (long)n * 4624 + (long)cb * 2312;
            for (int hp = 0; hp < 17; hp++) {
                if (hp < 0 || hp >= 16) { memset(p + (long)hp * 136, 0, sizeof(float) * 136); continue; }
                memset(p + (long)hp * 136 + 128, 0, sizeof(float) * 8);
            }
        }
    /* 2. blocks of 24 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 23) / 24;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = conv2d_1_out_infer_winograd_tiles + (long)t * 21312, *ms = vs + 7200;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 24;
            for (int j = 0; j < 24; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 1; cb++) vstore(vs + pos * 200 + ((long)cb * 24 + j) * 8, vzero());
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = conv2d_1_out_infer + (long)n * 2592 + (long)(0 + 4 * ti) * 144 + (long)(0 + 4 * tj) * 8;
                for (int cb = 0; cb < 1; cb++) k32_conv2d_fwd_relu_n128_h16w16c16_input(xp + (long)cb * 2592, vs + ((long)cb * 24 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 24; j += 6)
                        k32_conv2d_fwd_relu_n128_h16w16c16_product(vs + pos * 200 + (long)j * 8, conv2d_2_kernel_blocked8_2_winograd + (long)og * 4608 + pos * 64,
                                                           ms + pos * 392 + ((long)og * 48 + j) * 8);
            for (int j = 0; j < 24 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                float *yp = conv2d_2_out_infer + (long)n * 4624 + (long)(0 + 4 * ti) * 136 + (long)(0 + 4 * tj) * 8;
                for (int kb = 0; kb < 2; kb++)
                    k32_conv2d_fwd_relu_n128_h16w16c16_output(ms + ((long)kb * 24 + j) * 8, conv2d_2_bias_padded16_2 + kb * 8, yp + (long)kb * 2312, NULL);
            }
        }
    }
}

/* k33_reorder_3x3x16x16 — reorder kernel
 *   node n42 "reorder.conv2d_3/kernel.blocked8.2" (reorder), from $.layers[3]
 *   in  conv2d_3/kernel            (3, 3, 16, 16) HWIO
 *   out conv2d_3/kernel.blocked8.2 (3, 3, 16, 16) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k33_reorder_3x3x16x16(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_blocked8_2)
{
    /* conv2d_3/kernel -> conv2d_3/kernel.blocked8.2 */
    /* (3, 3, 16, 16) HWIO -> (2, 2, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 2; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_3_kernel_blocked8_2[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 16 && f < 16 ? conv2d_3_kernel[((kh * 3 + kw) * 16 + c) * 16 + f] : 0.0f;
                        }
}

/* k34_reorder_c16 — reorder kernel
 *   node n43 "reorder.conv2d_3/bias.padded16.2" (reorder), from $.layers[3]
 *   in  conv2d_3/bias              (16) C
 *   out conv2d_3/bias.padded16.2   (16) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k34_reorder_c16(const float *restrict conv2d_3_bias, float *restrict conv2d_3_bias_padded16_2)
{
    /* conv2d_3/bias -> conv2d_3/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) conv2d_3_bias_padded16_2[c] = c < 16 ? conv2d_3_bias[c] : 0.0f;
}

/* 1 x 4 output pixels x 2 output-channel vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k35_conv2d_fwd_relu_n128_h8w8c16_tile_1x4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 8);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 8);
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..2 that reach x's data */
        for (int kw = 0; kw < 3; kw++) {
            const float *xs = xp + (long)cb * 2312 + kh * 136 + kw * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
            }
        }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 800, vrelu(acc_r0c0v1));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 808, vrelu(acc_r0c1v1));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 816, vrelu(acc_r0c2v1));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 824, vrelu(acc_r0c3v1));
}

/* 1 x 4 output pixels x 2 output-channel vectors: 8 accumulators; at column 4, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k35_conv2d_fwd_relu_n128_h8w8c16_tile_1x4_at4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 8);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 8);
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        {  /* column tap 0: pixels 0..3 */
            const float *xs = xp + (long)cb * 2312 + kh * 136 + 0 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 0) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
            }
        }
        {  /* column tap 1: pixels 0..3 */
            const float *xs = xp + (long)cb * 2312 + kh * 136 + 1 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 1) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
            }
        }
        {  /* column tap 2: pixels 0..2 */
            const float *xs = xp + (long)cb * 2312 + kh * 136 + 2 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 2) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
            }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 800, vrelu(acc_r0c0v1));
    vstore(yp + 8, vrelu(acc_r0c1v0));
    vstore(yp + 808, vrelu(acc_r0c1v1));
    vstore(yp + 16, vrelu(acc_r0c2v0));
    vstore(yp + 816, vrelu(acc_r0c2v1));
    vstore(yp + 24, vrelu(acc_r0c3v0));
    vstore(yp + 824, vrelu(acc_r0c3v1));
}

/* k35_conv2d_fwd_relu_n128_h8w8c16 — conv_fwd kernel
 *   node n44 "conv2d_3_infer" (conv2d), from $.layers[3]
 *   node n45 "conv2d_3.relu_infer" (relu), from $.layers[3]
 *   in  conv2d_2_out_infer         (128, 16, 16, 16) nChw8c, halo 0 0 1 1
 *   in  conv2d_3/kernel.blocked8.2 (3, 3, 16, 16) 8-blocked
 *   in  conv2d_3/bias.padded16.2   (16) C
 *   out conv2d_3_out_infer         (128, 8, 8, 16) nChw8c, halo 1 1 1 1
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 1x4 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k35_conv2d_fwd_relu_n128_h8w8c16(const float *restrict conv2d_2_out_infer, const float *restrict conv2d_3_kernel_blocked8_2, const float *restrict conv2d_3_bias_padded16_2, float *restrict conv2d_3_out_infer, int nb)
{
    /* zero the halo of conv2d_3_out_infer: rows [0, 1) and [9, 10), columns [0, 1) and [9, 10) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = conv2d_3_out_infer + (long)n * 1600 + (long)cb * 800;
            for (int hp = 0; hp < 10; hp++) {
                if (hp < 1 || hp >= 9) { memset(p + (long)hp * 80, 0, sizeof(float) * 80); continue; }
                memset(p + (long)hp * 80, 0, sizeof(float) * 8);
                memset(p + (long)hp * 80 + 72, 0, sizeof(float) * 8);
            }
        }
    /* tiles of 1x4 pixels x 2 channel vectors; 1 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 8; oh += 1) {
            const float *xr = conv2d_2_out_infer + (long)n * 4624 + (long)(0 + oh * 2 + 0) * 136 + (long)(0 + 0) * 8;
            float *yr = conv2d_3_out_infer + (long)n * 1600 + (long)(0 + oh * 1 + 1) * 80 + (long)(0 + 1) * 8;
            for (int og = 0; og < 1; og++) {
                const float *wg = conv2d_3_kernel_blocked8_2 + (long)og * 2304;
                const float *bg = conv2d_3_bias_padded16_2 + og * 16;
                float *yg = yr + (long)og * 1600;
                const float *mg = NULL;
                const int kh0 = 0 - oh * 2, kh1 = 16 - oh * 2;  /* the tap rows that reach x's rows */
                k35_conv2d_fwd_relu_n128_h8w8c16_tile_1x4(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
                k35_conv2d_fwd_relu_n128_h8w8c16_tile_1x4_at4(xr + 64, wg, bg, yg + 32, mg ? mg + 32 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k36_reorder_3x3x16x32 — reorder kernel
 *   node n46 "reorder.conv2d_4/kernel.blocked8.2" (reorder), from $.layers[4]
 *   in  conv2d_4/kernel            (3, 3, 16, 32) HWIO
 *   out conv2d_4/kernel.blocked8.2 (3, 3, 16, 32) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k36_reorder_3x3x16x32(const float *restrict conv2d_4_kernel, float *restrict conv2d_4_kernel_blocked8_2)
{
    /* conv2d_4/kernel -> conv2d_4/kernel.blocked8.2 */
    /* (3, 3, 16, 32) HWIO -> (4, 2, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 2; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_4_kernel_blocked8_2[((((long)ob * 2 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 16 && f < 32 ? conv2d_4_kernel[((kh * 3 + kw) * 16 + c) * 32 + f] : 0.0f;
                        }
}

/* k37_reorder_c32 — reorder kernel
 *   node n47 "reorder.conv2d_4/bias.padded32.2" (reorder), from $.layers[4]
 *   in  conv2d_4/bias              (32) C
 *   out conv2d_4/bias.padded32.2   (32) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k37_reorder_c32(const float *restrict conv2d_4_bias, float *restrict conv2d_4_bias_padded32_2)
{
    /* conv2d_4/bias -> conv2d_4/bias.padded32.2 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_4_bias_padded32_2[c] = c < 32 ? conv2d_4_bias[c] : 0.0f;
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 64 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k38_conv2d_fwd_relu_n128_h8w8c32_weights(const float *restrict gp, float *restrict u)
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
        vstore(u + (r * 6 + 0) * 128, a[r][0] * 0.25f);
        vstore(u + (r * 6 + 1) * 128, -a[r][0] * 0.166666672f - a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 2) * 128, -a[r][0] * 0.166666672f + a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 3) * 128, a[r][0] * 0.0416666679f + a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 4) * 128, a[r][0] * 0.0416666679f - a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 5) * 128, a[r][2]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 200 floats apart) */
static inline __attribute__((always_inline)) void k38_conv2d_fwd_relu_n128_h8w8c32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 80 + c * 8);
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

/* Winograd-domain product: 6 tiles x 2 output-channel vectors, 12 accumulators, over 16 input channels */
static inline __attribute__((always_inline)) void k38_conv2d_fwd_relu_n128_h8w8c32_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    for (int cb = 0; cb < 2; cb++) {
        const float *vs = vp + (long)cb * 96, *us = up + (long)cb * 64;
        for (int ic = 0; ic < 8; ic++) {
            const vf u0 = vload(us + 0 + ic * 8), u1 = vload(us + 4608 + ic * 8);
            { const vf vb = vbcast(vs[0 + ic]); acc_t0v0 = vfma(vb, u0, acc_t0v0); acc_t0v1 = vfma(vb, u1, acc_t0v1); }
            { const vf vb = vbcast(vs[8 + ic]); acc_t1v0 = vfma(vb, u0, acc_t1v0); acc_t1v1 = vfma(vb, u1, acc_t1v1); }
            { const vf vb = vbcast(vs[16 + ic]); acc_t2v0 = vfma(vb, u0, acc_t2v0); acc_t2v1 = vfma(vb, u1, acc_t2v1); }
            { const vf vb = vbcast(vs[24 + ic]); acc_t3v0 = vfma(vb, u0, acc_t3v0); acc_t3v1 = vfma(vb, u1, acc_t3v1); }
            { const vf vb = vbcast(vs[32 + ic]); acc_t4v0 = vfma(vb, u0, acc_t4v0); acc_t4v1 = vfma(vb, u1, acc_t4v1); }
            { const vf vb = vbcast(vs[40 + ic]); acc_t5v0 = vfma(vb, u0, acc_t5v0); acc_t5v1 = vfma(vb, u1, acc_t5v1); }
        }
    }
    vstore(mp + 0, acc_t0v0);
    vstore(mp + 96, acc_t0v1);
    vstore(mp + 8, acc_t1v0);
    vstore(mp + 104, acc_t1v1);
    vstore(mp + 16, acc_t2v0);
    vstore(mp + 112, acc_t2v1);
    vstore(mp + 24, acc_t3v0);
    vstore(mp + 120, acc_t3v1);
    vstore(mp + 32, acc_t4v0);
    vstore(mp + 128, acc_t4v1);
    vstore(mp + 40, acc_t5v0);
    vstore(mp + 136, acc_t5v1);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 392 floats apart), yp at its output pixel (0, 0); then the bias, ReLU */
static inline __attribute__((always_inline)) void k38_conv2d_fwd_relu_n128_h8w8c32_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)kp;
    vf pr[6][6], s[4][6];
    for (int pos = 0; pos < 36; pos++) pr[pos / 6][pos % 6] = vload(mp + pos * 392);
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
            float *o = yp + r * 72 + c * 8;
            vstore(o, vrelu(y[r][c] + bias));
        }
}

/* k38_conv2d_fwd_relu_n128_h8w8c32 — conv_fwd kernel
 *   node n48 "conv2d_4_infer" (conv2d), from $.layers[4]
 *   node n49 "conv2d_4.relu_infer" (relu), from $.layers[4]
 *   in  conv2d_3_out_infer         (128, 8, 8, 16) nChw8c, halo 1 1 1 1
 *   in  conv2d_4/kernel.blocked8.2 (3, 3, 16, 32) 8-blocked
 *   in  conv2d_4/bias.padded32.2   (32) C
 *   out conv2d_4_out_infer         (128, 8, 8, 32) nChw8c, halo 0 0 1 1
 *   tmp conv2d_4/kernel.blocked8.2.winograd (18432) C, scratch
 *   tmp conv2d_3_out_infer.winograd_tiles (42624) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 6 tiles, in blocks of 12 tiles
 *   schedule: OpenMP over samples; ISA avx2 */
void k38_conv2d_fwd_relu_n128_h8w8c32(const float *restrict conv2d_3_out_infer, const float *restrict conv2d_4_kernel_blocked8_2, const float *restrict conv2d_4_bias_padded32_2, float *restrict conv2d_4_out_infer, float *restrict conv2d_4_kernel_blocked8_2_winograd, float *restrict conv2d_3_out_infer_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 2 x 2 tiles of 4x4 output pixels per sample, in blocks of 12;
       products of 6 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int ocb = u / 16, c = u % 16;
        k38_conv2d_fwd_relu_n128_h8w8c32_weights(conv2d_4_kernel_blocked8_2 + (long)ocb * 1152 + (long)(c / 8) * 576 + (c % 8) * 8, conv2d_4_kernel_blocked8_2_winograd + (long)ocb * 4608 + (long)c * 8);
    }
    /* zero the halo of conv2d_4_out_infer: rows [0, 0) and [8, 9), columns [0, 0) and [8, 9) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++) {
            float *p = conv2d_4_out_infer + (long)n * 2592 + (long)cb * 648;
            for (int hp = 0; hp < 9; hp++) {
                if (hp < 0 || hp >= 8) { memset(p + (long)hp * 72, 0, sizeof(float) * 72); continue; }
                memset(p + (long)hp * 72 + 64, 0, sizeof(float) * 8);
            }
        }
    /* 2. blocks of 12 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 4, nblocks = (ntiles + 11) / 12;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = conv2d_3_out_infer_winograd_tiles + (long)t * 21312, *ms = vs + 7200;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 12;
            for (int j = 0; j < 12; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 200 + ((long)cb * 12 + j) * 8, vzero());
                    continue;
                }
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                const float *xp = conv2d_3_out_infer + (long)n * 1600 + (long)(0 + 4 * ti) * 80 + (long)(0 + 4 * tj) * 8;
                for (int cb = 0; cb < 2; cb++) k38_conv2d_fwd_relu_n128_h8w8c32_input(xp + (long)cb * 800, vs + ((long)cb * 12 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 2; og++)
                    for (int j = 0; j < 12; j += 6)
                        k38_conv2d_fwd_relu_n128_h8w8c32_product(vs + pos * 200 + (long)j * 8, conv2d_4_kernel_blocked8_2_winograd + (long)og * 9216 + pos * 128,
                                                         ms + pos * 392 + ((long)og * 24 + j) * 8);
            for (int j = 0; j < 12 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                float *yp = conv2d_4_out_infer + (long)n * 2592 + (long)(0 + 4 * ti) * 72 + (long)(0 + 4 * tj) * 8;
                for (int kb = 0; kb < 4; kb++)
                    k38_conv2d_fwd_relu_n128_h8w8c32_output(ms + ((long)kb * 12 + j) * 8, conv2d_4_bias_padded32_2 + kb * 8, yp + (long)kb * 648, NULL);
            }
        }
    }
}

/* k39_reorder_3x3x32x32 — reorder kernel
 *   node n50 "reorder.conv2d_5/kernel.blocked8.2" (reorder), from $.layers[5]
 *   in  conv2d_5/kernel            (3, 3, 32, 32) HWIO
 *   out conv2d_5/kernel.blocked8.2 (3, 3, 32, 32) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k39_reorder_3x3x32x32(const float *restrict conv2d_5_kernel, float *restrict conv2d_5_kernel_blocked8_2)
{
    /* conv2d_5/kernel -> conv2d_5/kernel.blocked8.2 */
    /* (3, 3, 32, 32) HWIO -> (4, 4, 3, 3, 8, 8): [oc block][ic block][kh][kw][ic][oc] */
    #pragma omp for schedule(static) collapse(2)
    for (int ob = 0; ob < 4; ob++)
        for (int ib = 0; ib < 4; ib++)
            for (int kh = 0; kh < 3; kh++)
                for (int kw = 0; kw < 3; kw++)
                    for (int ic = 0; ic < 8; ic++)
                        for (int oc = 0; oc < 8; oc++) {
                            const int c = ib * 8 + ic, f = ob * 8 + oc;
                            conv2d_5_kernel_blocked8_2[((((long)ob * 4 + ib) * 3 + kh) * 3 + kw) * 64 + ic * 8 + oc] = c < 32 && f < 32 ? conv2d_5_kernel[((kh * 3 + kw) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* k40_reorder_c32 — reorder kernel
 *   node n51 "reorder.conv2d_5/bias.padded32.2" (reorder), from $.layers[5]
 *   in  conv2d_5/bias              (32) C
 *   out conv2d_5/bias.padded32.2   (32) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k40_reorder_c32(const float *restrict conv2d_5_bias, float *restrict conv2d_5_bias_padded32_2)
{
    /* conv2d_5/bias -> conv2d_5/bias.padded32.2 */
    #pragma omp single
    for (int c = 0; c < 32; c++) conv2d_5_bias_padded32_2[c] = c < 32 ? conv2d_5_bias[c] : 0.0f;
}

/* 1 x 4 output pixels x 2 output-channel vectors: 8 accumulators; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k41_conv2d_fwd_relu_n128_h4w4c32_tile_1x4_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)mp;
    vf acc_r0c0v0 = vload(bp + 0), acc_r0c0v1 = vload(bp + 8);
    vf acc_r0c1v0 = vload(bp + 0), acc_r0c1v1 = vload(bp + 8);
    vf acc_r0c2v0 = vload(bp + 0), acc_r0c2v1 = vload(bp + 8);
    vf acc_r0c3v0 = vload(bp + 0), acc_r0c3v1 = vload(bp + 8);
    for (int cb = 0; cb < 4; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..2 that reach x's data */
        {  /* column tap 0: pixels 0..3 */
            const float *xs = xp + (long)cb * 648 + kh * 72 + 0 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 0) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 2304 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
            }
        }
        {  /* column tap 1: pixels 0..3 */
            const float *xs = xp + (long)cb * 648 + kh * 72 + 1 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 1) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 2304 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
            }
        }
        {  /* column tap 2: pixels 0..2 */
            const float *xs = xp + (long)cb * 648 + kh * 72 + 2 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 1 * kh) * 3 + 0 + 1 * 2) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 2304 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
            }
        }
    }
    vstore(yp + 0, vrelu(acc_r0c0v0));
    vstore(yp + 8, vrelu(acc_r0c0v1));
    vstore(yp + 32, vrelu(acc_r0c1v0));
    vstore(yp + 40, vrelu(acc_r0c1v1));
    vstore(yp + 64, vrelu(acc_r0c2v0));
    vstore(yp + 72, vrelu(acc_r0c2v1));
    vstore(yp + 96, vrelu(acc_r0c3v0));
    vstore(yp + 104, vrelu(acc_r0c3v1));
}

/* k41_conv2d_fwd_relu_n128_h4w4c32 — conv_fwd kernel
 *   node n52 "conv2d_5_infer" (conv2d), from $.layers[5]
 *   node n53 "conv2d_5.relu_infer" (relu), from $.layers[5]
 *   in  conv2d_4_out_infer         (128, 8, 8, 32) nChw8c, halo 0 0 1 1
 *   in  conv2d_5/kernel.blocked8.2 (3, 3, 32, 32) 8-blocked
 *   in  conv2d_5/bias.padded32.2   (32) C
 *   out conv2d_5_out_infer         (128, 4, 4, 32) NHWC
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 1x4 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k41_conv2d_fwd_relu_n128_h4w4c32(const float *restrict conv2d_4_out_infer, const float *restrict conv2d_5_kernel_blocked8_2, const float *restrict conv2d_5_bias_padded32_2, float *restrict conv2d_5_out_infer, int nb)
{
    /* tiles of 1x4 pixels x 2 channel vectors; 2 channel groups */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int oh = 0; oh < 4; oh += 1) {
            const float *xr = conv2d_4_out_infer + (long)n * 2592 + (long)(0 + oh * 2 + 0) * 72 + (long)(0 + 0) * 8;
            float *yr = conv2d_5_out_infer + (long)n * 512 + (long)(0 + oh * 1 + 0) * 128 + (long)(0 + 0) * 32;
            for (int og = 0; og < 2; og++) {
                const float *wg = conv2d_5_kernel_blocked8_2 + (long)og * 4608;
                const float *bg = conv2d_5_bias_padded32_2 + og * 16;
                float *yg = yr + (long)og * 16;
                const float *mg = NULL;
                const int kh0 = 0 - oh * 2, kh1 = 8 - oh * 2;  /* the tap rows that reach x's rows */
                k41_conv2d_fwd_relu_n128_h4w4c32_tile_1x4_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 3 ? kh1 : 3);
            }
        }
}

/* k42_reorder_512x10 — reorder kernel
 *   node n54 "reorder.dense/kernel.padded16.2" (reorder), from $.layers[8]
 *   in  dense/kernel               (512, 10) IO
 *   out dense/kernel.padded16.2    (512, 10) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k42_reorder_512x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16_2)
{
    /* dense/kernel -> dense/kernel.padded16.2 */
    /* (512, 10) -> padded (512, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 512; r++)
        for (int c = 0; c < 16; c++) dense_kernel_padded16_2[(long)r * 16 + c] = c < 10 ? dense_kernel[(long)r * 10 + c] : 0.0f;
}

/* k43_reorder_c10 — reorder kernel
 *   node n55 "reorder.dense/bias.padded16.2" (reorder), from $.layers[8]
 *   in  dense/bias                 (10) C
 *   out dense/bias.padded16.2      (10) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k43_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16_2)
{
    /* dense/bias -> dense/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_bias_padded16_2[c] = c < 10 ? dense_bias[c] : 0.0f;
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k44_dense_fwd_n128_k10_tile_6x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 512; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[1024 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[1536 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[2048 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[2560 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
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
static inline __attribute__((always_inline)) void k44_dense_fwd_n128_k10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 512; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
}

/* k44_dense_fwd_n128_k10 — gemm kernel
 *   node n56 "dense_infer" (dense), from $.layers[8]
 *   in  flatten_out_infer          (128, 512) NC
 *   in  dense/kernel.padded16.2    (512, 10) IO
 *   in  dense/bias.padded16.2      (10) C
 *   out dense_pre_infer            (128, 10) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k44_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_pre_infer, int nb)
{
    /* C (nb x 10) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_bias_padded16_2 + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_kernel_padded16_2 + j0 * 8;
            if (i0 < full_rows) {
                k44_dense_fwd_n128_k10_tile_6x2t(flatten_out_infer + (long)i0 * 512, bg, bias_g, dense_pre_infer + (long)i0 * 10 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k44_dense_fwd_n128_k10_tile_1x2t(flatten_out_infer + (long)i * 512, bg, bias_g, dense_pre_infer + (long)i * 10 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k45_dense_fwd_softmax_n128_k10_tile_6x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 8);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 8);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 8);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 8);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 8);
    for (int p = 0; p < 512; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[1024 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[1536 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[2048 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[2560 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
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
static inline __attribute__((always_inline)) void k45_dense_fwd_softmax_n128_k10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 8);
    for (int p = 0; p < 512; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0), b1 = vload(bm + (long)p * 16 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
}

/* k45_dense_fwd_softmax_n128_k10 — gemm kernel
 *   node n57 "dense_predict_infer" (dense), from $.layers[8]
 *   node n58 "dense.softmax_infer" (softmax), from $.layers[8]
 *   in  flatten_out_infer          (128, 512) NC
 *   in  dense/kernel.padded16.2    (512, 10) IO
 *   in  dense/bias.padded16.2      (10) C
 *   out dense_out_infer            (128, 10) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k45_dense_fwd_softmax_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_out_infer, int nb)
{
    /* C (nb x 10) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = dense_bias_padded16_2 + j0 * 8;
            float *db_g = NULL;
            const float *bg = dense_kernel_padded16_2 + j0 * 8;
            float z[60];  /* the tile's logits */
            if (i0 < full_rows) {
                k45_dense_fwd_softmax_n128_k10_tile_6x2t(flatten_out_infer + (long)i0 * 512, bg, bias_g, z, db_g, 0, NULL);
                for (int i = 0; i < 6; i++)
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
                    k45_dense_fwd_softmax_n128_k10_tile_1x2t(flatten_out_infer + (long)i * 512, bg, bias_g, z, i == 0 ? db_g : NULL, 0, NULL);
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

/* k46_softmax_ce_softmax_ce_bwd_n128_k10 — loss kernel
 *   node n59 "loss" (softmax_ce), from $.loss
 *   node n60 "dloss" (softmax_ce_bwd), from $.loss
 *   in  dense_pre                  (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out ddense_pre                 (128, 10) NC
 *   tmp dense_pre.per_sample       (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx2 */
void k46_softmax_ce_softmax_ce_bwd_n128_k10(const float *restrict dense_pre, const float *restrict y, float *restrict ddense_pre, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* k47_softmax_ce_n128_k10 — loss kernel
 *   node n61 "loss_eval" (softmax_ce), from $.loss
 *   in  dense_pre_infer            (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx2 */
void k47_softmax_ce_n128_k10(const float *restrict dense_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* k48_regularizer_512x10 — loss kernel
 *   node n62 "dense.kernel_regularizer" (regularizer), from $.layers[8]
 *   in  dense/kernel               (512, 10) IO
 *   schedule: one thread; ISA avx2 */
void k48_regularizer_512x10(const float *restrict dense_kernel, double *restrict loss)
{
    #pragma omp single
    {
        double s1 = 0.0, s2 = 0.0;
        {
            vd a0 = (vd)0.0, a1 = (vd)0.0, a2 = (vd)0.0, a3 = (vd)0.0;  /* |w| */
            for (long i = 0; i < 5120; i += 4 * VL) {
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

/* 5 rows x 2 column vectors: 10 accumulators */
static inline __attribute__((always_inline)) void k49_dense_bwd_weights_512x10_tile_5x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
        { const vf ab = vbcast(a[0 + (long)p * 512]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[1 + (long)p * 512]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[2 + (long)p * 512]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[3 + (long)p * 512]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[4 + (long)p * 512]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
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
static inline __attribute__((always_inline)) void k49_dense_bwd_weights_512x10_tile_1x2t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 10 + 0), b1 = vload_part(bm + (long)p * 10 + 8, 2);
        __builtin_prefetch(bm + (long)(p + 8) * 10 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 512]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore_part(c + 8, acc_r0v1, 2);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore_part(dbias + 8, db1, 2);
}

/* k49_dense_bwd_weights_512x10 — gemm kernel
 *   node n64 "ddense.weights" (dense_bwd_weights), from $.layers[8]
 *   in  ddense_pre                 (128, 10) NC
 *   in  flatten_out                (128, 512) NC
 *   out ddense/kernel              (512, 10) IO
 *   out ddense/bias                (10) C
 *   register tile: 5 rows x 2 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx2 */
void k49_dense_bwd_weights_512x10(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* C (512 x 10) in tiles of 5 rows x 2 vectors of 8 columns */
    const int full_rows = 512 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 512) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_bias + j0 * 8 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_pre + j0 * 8;
            if (i0 < full_rows) {
                k49_dense_bwd_weights_512x10_tile_5x2t(flatten_out + (long)i0 * 1, bg, bias_g, ddense_kernel + (long)i0 * 10 + j0 * 8, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 512; i++) {  /* the last rows, one at a time */
                    k49_dense_bwd_weights_512x10_tile_1x2t(flatten_out + (long)i * 1, bg, bias_g, ddense_kernel + (long)i * 10 + j0 * 8, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k50_reorder_512x10 — reorder kernel
 *   node n65 "reorder.dense/kernel.transposed512" (reorder), from $.layers[8]
 *   in  dense/kernel               (512, 10) IO
 *   out dense/kernel.transposed512 (512, 10) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k50_reorder_512x10(const float *restrict dense_kernel, float *restrict dense_kernel_transposed512)
{
    /* dense/kernel -> dense/kernel.transposed512 */
    /* (512, 10) -> transposed (10, 512), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 10; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 512; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16 && r < 10; r++) dense_kernel_transposed512[(long)r * 512 + c] = dense_kernel[(long)c * 10 + r];
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k51_dense_bwd_data_n128_k512_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[10 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[20 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[30 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[40 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[50 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
    vstore(c + 512, acc_r1v0);
    vstore(c + 520, acc_r1v1);
    vstore(c + 1024, acc_r2v0);
    vstore(c + 1032, acc_r2v1);
    vstore(c + 1536, acc_r3v0);
    vstore(c + 1544, acc_r3v1);
    vstore(c + 2048, acc_r4v0);
    vstore(c + 2056, acc_r4v1);
    vstore(c + 2560, acc_r5v0);
    vstore(c + 2568, acc_r5v1);
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k51_dense_bwd_data_n128_k512_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 8);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 8, acc_r0v1);
}

/* k51_dense_bwd_data_n128_k512 — gemm kernel
 *   node n66 "ddense.data" (dense_bwd_data), from $.layers[8]
 *   in  ddense_pre                 (128, 10) NC
 *   in  dense/kernel.transposed512 (512, 10) IO
 *   out dflatten_out               (128, 512) NC
 *   register tile: 6 rows x 2 column vectors
 *   schedule: OpenMP over output rows; ISA avx2 */
void k51_dense_bwd_data_n128_k512(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed512, float *restrict dflatten_out, int nb)
{
    /* C (nb x 512) in tiles of 6 rows x 2 vectors of 8 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 32; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 2;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_kernel_transposed512 + j0 * 8;
            if (i0 < full_rows) {
                k51_dense_bwd_data_n128_k512_tile_6x2(ddense_pre + (long)i0 * 10, bg, bias_g, dflatten_out + (long)i0 * 512 + j0 * 8, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k51_dense_bwd_data_n128_k512_tile_1x2(ddense_pre + (long)i * 10, bg, bias_g, dflatten_out + (long)i * 512 + j0 * 8, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k52_dropout_bwd_n128_h4w4c32 — eltwise kernel
 *   node n67 "ddropout" (dropout_bwd), from $.layers[6]
 *   in  ddropout_out               (128, 4, 4, 32) NHWC
 *   in  dropout_mask               (128, 4, 4, 32) NHWC
 *   out dconv2d_5_out              (128, 4, 4, 32) nChw8c, halo 1 1 0 0
 *   schedule: OpenMP over samples; ISA avx2 */
void k52_dropout_bwd_n128_h4w4c32(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dconv2d_5_out, int nb)
{
    /* zero the halo of dconv2d_5_out: rows [0, 1) and [5, 5), columns [0, 1) and [5, 5) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++) {
            float *p = dconv2d_5_out + (long)n * 800 + (long)cb * 200;
            for (int hp = 0; hp < 5; hp++) {
                if (hp < 1 || hp >= 5) { memset(p + (long)hp * 40, 0, sizeof(float) * 40); continue; }
                memset(p + (long)hp * 40, 0, sizeof(float) * 8);
            }
        }
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++)
            for (int h = 0; h < 4; h++)
                for (int w = 0; w < 4; w++) {
                    const long b = ((long)(n) * 800 + (long)((cb * 8) / 8) * 200 + (long)((h) + 1) * 40 + ((w) + 1) * 8 + (cb * 8) % 8);  /* in dconv2d_5_out */
                    const long e = (((long)n * 4 + h) * 4 + w) * 32 + cb * 8;  /* logical NHWC */
                    vstore(dconv2d_5_out + b, vload(ddropout_out + e) * vload(dropout_mask + e));
                }
}

/* k53_relu_bwd_n128_h4w4c32 — eltwise kernel
 *   node n68 "dconv2d_5.relu" (relu_bwd), from $.layers[5]
 *   in  dconv2d_5_out              (128, 4, 4, 32) nChw8c, halo 1 1 0 0
 *   in  conv2d_5_out               (128, 4, 4, 32) nChw8c, halo 1 1 0 0
 *   out dconv2d_5_pre              (128, 4, 4, 32) nChw8c, halo 1 1 0 0
 *   schedule: OpenMP over samples; ISA avx2 */
void k53_relu_bwd_n128_h4w4c32(const float *restrict dconv2d_5_out, const float *restrict conv2d_5_out, float *restrict dconv2d_5_pre, int nb)
{
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        for (long e = (long)n * 800; e < (long)(n + 1) * 800; e++) {
            dconv2d_5_pre[e] = conv2d_5_out[e] > 0.0f ? dconv2d_5_out[e] : 0.0f;
        }
    }
}

/* k54_conv2d_bwd_weights_3x3x32x32 — conv_bwd_weights kernel
 *   node n69 "dconv2d_5.weights" (conv2d_bwd_weights), from $.layers[5]
 *   in  dconv2d_5_pre              (128, 4, 4, 32) nChw8c, halo 1 1 0 0
 *   in  conv2d_4_out               (128, 8, 8, 32) nChw8c, halo 1 1 1 1
 *   out dconv2d_5/kernel.part      (3, 3, 32, 32) 8-blocked
 *   out dconv2d_5/bias.part        (32) C
 *   tmp dconv2d_5/kernel.part.partial (18496) C, scratch
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1x3 filter taps x 4 output channels (broadcast dy), each a vector of 8 input channels
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k54_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_5_pre, const float *restrict conv2d_4_out, float *restrict dconv2d_5_kernel_part, float *restrict dconv2d_5_bias_part, float *restrict dconv2d_5_kernel_part_partial, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_5_kernel_part_partial[chunk] (9216 weights + 32 biases; the weights as [f][c] blocks of 8x8) */
    const long wsz = 9248;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_5_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            const float *dyn = dconv2d_5_pre + (long)n * 800 + (long)1 * 40 + 8;
            const float *xn = conv2d_4_out + (long)n * 3200 + (long)(1 - 0) * 80 + (long)(1 - 0) * 8;
            for (int fb = 0; fb < 4; fb++)
            for (int cb = 0; cb < 4; cb++)
            for (int f0 = 0; f0 < 8; f0 += 4)
            for (int kh0 = 0; kh0 < 3; kh0 += 1)
            for (int kw0 = 0; kw0 < 3; kw0 += 3) {
                float *pt = pw + (long)fb * 2304 + (((long)cb * 3 + kh0) * 3 + kw0) * 64 + f0 * 8;
                vf acc_t00f0 = vload(pt + 0), acc_t00f1 = vload(pt + 8), acc_t00f2 = vload(pt + 16), acc_t00f3 = vload(pt + 24);
                vf acc_t01f0 = vload(pt + 64), acc_t01f1 = vload(pt + 72), acc_t01f2 = vload(pt + 80), acc_t01f3 = vload(pt + 88);
                vf acc_t02f0 = vload(pt + 128), acc_t02f1 = vload(pt + 136), acc_t02f2 = vload(pt + 144), acc_t02f3 = vload(pt + 152);
                for (int i = 0; i < 4; i++)
                    for (int j = 0; j < 4; j++) {
                        const float *xs = xn + (long)cb * 800 + (long)(i * 2 + kh0) * 80 + (long)(j * 2 + kw0) * 8;
                        const float *ds = dyn + (long)fb * 200 + (long)i * 40 + j * 8;
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
            for (int fb = 0; fb < 4; fb++) {
                vf s = vzero();
                for (int i = 0; i < 4; i++)
                    for (int j = 0; j < 4; j++) {
                        const vf d = vload(dyn + (long)(fb) * 200 + (long)i * 40 + j * 8);
                        s += d;
                    }
                vstore(pw + 9216 + fb * 8, vload(pw + 9216 + fb * 8) + s);
            }
        }
    }
    /* the partial sums in chunk order, each [f][c] block transposed into dW's [c][f] */
    #pragma omp for schedule(static)
    for (long e = 0; e < 9216; e += 64) {
        float s[64];
        for (int r = 0; r < 64; r += 8) {
            vf v = vload(dconv2d_5_kernel_part_partial + e + r);
            for (int t = 1; t < 2; t++) v += vload(dconv2d_5_kernel_part_partial + (long)t * wsz + e + r);
            vstore(s + r, v);
        }
        for (int c = 0; c < 8; c++)
            for (int f = 0; f < 8; f++) {
                const long o = e + c * 8 + f;
                dconv2d_5_kernel_part[o] = s[f * 8 + c];
            }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f += 8) {
        vf s = vload(dconv2d_5_kernel_part_partial + 9216 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_5_kernel_part_partial + (long)t * wsz + 9216 + f);
        vstore(dconv2d_5_bias_part + f, s);
    }
}

/* k55_reorder_3x3x32x32 — reorder kernel
 *   node n70 "reorder.dconv2d_5/kernel" (reorder), from $.layers[5]
 *   in  dconv2d_5/kernel.part      (3, 3, 32, 32) 8-blocked
 *   out dconv2d_5/kernel           (3, 3, 32, 32) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k55_reorder_3x3x32x32(const float *restrict dconv2d_5_kernel_part, float *restrict dconv2d_5_kernel)
{
    /* dconv2d_5/kernel.part -> dconv2d_5/kernel */
    /* (4, 4, 3, 3, 8, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 32, 32) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 32; c++)
                for (int f = 0; f < 32; f++)
                    dconv2d_5_kernel[((kh * 3 + kw) * 32 + c) * 32 + f] = dconv2d_5_kernel_part[((((long)(f / 8) * 4 + c / 8) * 3 + kh) * 3 + kw) * 64 + (c % 8) * 8 + f % 8];
}

/* k56_reorder_c32 — reorder kernel
 *   node n71 "reorder.dconv2d_5/bias" (reorder), from $.layers[5]
 *   in  dconv2d_5/bias.part        (32) C
 *   out dconv2d_5/bias             (32) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k56_reorder_c32(const float *restrict dconv2d_5_bias_part, float *restrict dconv2d_5_bias)
{
    /* dconv2d_5/bias.part -> dconv2d_5/bias */
    #pragma omp single
    for (int c = 0; c < 32; c++) dconv2d_5_bias[c] = dconv2d_5_bias_part[c];
}

/* k57_reorder_3x3x32x32 — reorder kernel
 *   node n72 "reorder.conv2d_5/kernel.flipped8" (reorder), from $.layers[5]
 *   in  conv2d_5/kernel            (3, 3, 32, 32) HWIO
 *   out conv2d_5/kernel.flipped8   (3, 3, 32, 32) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k57_reorder_3x3x32x32(const float *restrict conv2d_5_kernel, float *restrict conv2d_5_kernel_flipped8)
{
    /* conv2d_5/kernel -> conv2d_5/kernel.flipped8 */
    /* (3, 3, 32, 32) HWIO -> (4, 4, 3, 3, 8, 8): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 4; cb++)
        for (int fb = 0; fb < 4; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 8; fl++)
                        for (int cl = 0; cl < 8; cl++) {
                            const int c = cb * 8 + cl, f = fb * 8 + fl;
                            conv2d_5_kernel_flipped8[((((long)cb * 4 + fb) * 3 + p) * 3 + q) * 64 + fl * 8 + cl] = c < 32 && f < 32 ? conv2d_5_kernel[(((2 - p) * 3 + (2 - q)) * 32 + c) * 32 + f] : 0.0f;
                        }
}

/* 1 x 4 output pixels x 1 output-channel vectors: 4 accumulators; taps 2x2 from (0, 0) step 2; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32_p00_tile_1x4_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    for (int cb = 0; cb < 4; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..1 that reach x's data */
        const float *xs = xp + (long)cb * 200 + kh * 40;
        const float *ws = wp + ((cb * 3 + 0 + 2 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0: pixels 1..3 */
            const vf w1_0 = vload(ws + 128 + ic * 8);  /* column tap 1: pixels 0..3 */
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
}

/* 1 x 4 output pixels x 1 output-channel vectors: 4 accumulators; taps 2x1 from (0, 1) step 2 */
static inline __attribute__((always_inline)) void k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32_p01_tile_1x4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    for (int cb = 0; cb < 4; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..1 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)cb * 200 + kh * 40 + kw * 8;
            const float *ws = wp + ((cb * 3 + 0 + 2 * kh) * 3 + 1 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
}

/* 1 x 4 output pixels x 1 output-channel vectors: 4 accumulators; taps 1x2 from (1, 0) step 2; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32_p10_tile_1x4_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    for (int cb = 0; cb < 4; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..0 that reach x's data */
        const float *xs = xp + (long)cb * 200 + kh * 40;
        const float *ws = wp + ((cb * 3 + 1 + 2 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0: pixels 1..3 */
            const vf w1_0 = vload(ws + 128 + ic * 8);  /* column tap 1: pixels 0..3 */
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
}

/* 1 x 4 output pixels x 1 output-channel vectors: 4 accumulators; taps 1x1 from (1, 1) step 2 */
static inline __attribute__((always_inline)) void k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32_p11_tile_1x4(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    for (int cb = 0; cb < 4; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..0 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)cb * 200 + kh * 40 + kw * 8;
            const float *ws = wp + ((cb * 3 + 1 + 2 * kh) * 3 + 1 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
}

/* k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32 — conv_bwd_data kernel
 *   node n73 "dconv2d_5.data" (conv2d_bwd_data), from $.layers[5]
 *   node n74 "dconv2d_4.relu" (relu_bwd), from $.layers[4]
 *   in  dconv2d_5_pre              (128, 4, 4, 32) nChw8c, halo 1 1 0 0
 *   in  conv2d_5/kernel.flipped8   (3, 3, 32, 32) 8-blocked
 *   in  conv2d_4_out               (128, 8, 8, 32) nChw8c, halo 1 1 1 1
 *   out dconv2d_4_pre              (128, 8, 8, 32) nChw8c, halo 1 1 1 1
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 1x8 pixels, 8 input channels a step; the weights of 2 column taps held together, each input broadcast once for all of them
 *   schedule: OpenMP over output rows; ISA avx2 */
void k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32(const float *restrict dconv2d_5_pre, const float *restrict conv2d_5_kernel_flipped8, const float *restrict conv2d_4_out, float *restrict dconv2d_4_pre, int nb)
{
    /* zero the halo of dconv2d_4_pre: rows [0, 1) and [9, 10), columns [0, 1) and [9, 10) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 4; cb++) {
            float *p = dconv2d_4_pre + (long)n * 3200 + (long)cb * 800;
            for (int hp = 0; hp < 10; hp++) {
                if (hp < 1 || hp >= 9) { memset(p + (long)hp * 80, 0, sizeof(float) * 80); continue; }
                memset(p + (long)hp * 80, 0, sizeof(float) * 8);
                memset(p + (long)hp * 80 + 72, 0, sizeof(float) * 8);
            }
        }
    /* tile row tr of every phase in turn: the dx lines they share stay in cache */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int tr = 0; tr < 4; tr++) {
            /* phase p00: dx rows 0 + 2*u, columns 0 + 2*v (4 x 4), taps 2x2 */
            /* tiles of 1x4 pixels x 1 channel vectors; 4 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_5_pre + (long)n * 800 + (long)(-1 + oh * 1 + 1) * 40 + (long)(-1 + 1) * 8;
                float *yr = dconv2d_4_pre + (long)n * 3200 + (long)(0 + oh * 2 + 1) * 80 + (long)(0 + 1) * 8;
                const float *mr = conv2d_4_out + (yr - dconv2d_4_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 4; og++) {
                    const float *wg = conv2d_5_kernel_flipped8 + (long)og * 2304;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 800;
                    const float *mg = mr + (long)og * 800;
                    const int kh0 = 1 - oh, kh1 = 5 - oh;  /* the tap rows that reach x's rows */
                    k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32_p00_tile_1x4_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                }
            }
            /* phase p01: dx rows 0 + 2*u, columns 1 + 2*v (4 x 4), taps 2x1 */
            /* tiles of 1x4 pixels x 1 channel vectors; 4 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_5_pre + (long)n * 800 + (long)(-1 + oh * 1 + 1) * 40 + (long)(0 + 1) * 8;
                float *yr = dconv2d_4_pre + (long)n * 3200 + (long)(0 + oh * 2 + 1) * 80 + (long)(1 + 1) * 8;
                const float *mr = conv2d_4_out + (yr - dconv2d_4_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 4; og++) {
                    const float *wg = conv2d_5_kernel_flipped8 + (long)og * 2304;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 800;
                    const float *mg = mr + (long)og * 800;
                    const int kh0 = 1 - oh, kh1 = 5 - oh;  /* the tap rows that reach x's rows */
                    k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32_p01_tile_1x4(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                }
            }
            /* phase p10: dx rows 1 + 2*u, columns 0 + 2*v (4 x 4), taps 1x2 */
            /* tiles of 1x4 pixels x 1 channel vectors; 4 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_5_pre + (long)n * 800 + (long)(0 + oh * 1 + 1) * 40 + (long)(-1 + 1) * 8;
                float *yr = dconv2d_4_pre + (long)n * 3200 + (long)(1 + oh * 2 + 1) * 80 + (long)(0 + 1) * 8;
                const float *mr = conv2d_4_out + (yr - dconv2d_4_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 4; og++) {
                    const float *wg = conv2d_5_kernel_flipped8 + (long)og * 2304;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 800;
                    const float *mg = mr + (long)og * 800;
                    k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32_p10_tile_1x4_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 1);
                }
            }
            /* phase p11: dx rows 1 + 2*u, columns 1 + 2*v (4 x 4), taps 1x1 */
            /* tiles of 1x4 pixels x 1 channel vectors; 4 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_5_pre + (long)n * 800 + (long)(0 + oh * 1 + 1) * 40 + (long)(0 + 1) * 8;
                float *yr = dconv2d_4_pre + (long)n * 3200 + (long)(1 + oh * 2 + 1) * 80 + (long)(1 + 1) * 8;
                const float *mr = conv2d_4_out + (yr - dconv2d_4_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 4; og++) {
                    const float *wg = conv2d_5_kernel_flipped8 + (long)og * 2304;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 800;
                    const float *mg = mr + (long)og * 800;
                    k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32_p11_tile_1x4(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 1);
                }
            }
        }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 1032 floats apart) */
static inline __attribute__((always_inline)) void k59_conv2d_bwd_weights_3x3x16x32_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 80 + c * 8);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 1032, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 1032, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 1032, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 1032, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 1032, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 1032, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 2056 floats apart); returns the block's sum (the bias gradient's) */
static inline __attribute__((always_inline)) vf k59_conv2d_bwd_weights_3x3x16x32_dy(const float *restrict dp, float *restrict mp)
{
    vf d[4][4], r[6][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) d[i][j] = vload(dp + i * 80 + j * 8);
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
static inline __attribute__((always_inline)) void k59_conv2d_bwd_weights_3x3x16x32_product(const float *restrict vp, const float *restrict mp, float *restrict up)
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

/* k59_conv2d_bwd_weights_3x3x16x32 — conv_bwd_weights kernel
 *   node n75 "dconv2d_4.weights" (conv2d_bwd_weights), from $.layers[4]
 *   in  dconv2d_4_pre              (128, 8, 8, 32) nChw8c, halo 1 1 1 1
 *   in  conv2d_3_out               (128, 8, 8, 16) nChw8c, halo 1 1 1 1
 *   out dconv2d_4/kernel.part      (3, 3, 16, 32) 8-blocked
 *   out dconv2d_4/bias.part        (32) C
 *   tmp dconv2d_4/kernel.part.partial (36928) C, scratch
 *   tmp dconv2d_4/kernel.part.winograd_tiles (222336) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): weight-gradient products of 2 dy vectors x 4 input channels, summed over blocks of 64 tiles
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k59_conv2d_bwd_weights_3x3x16x32(const float *restrict dconv2d_4_pre, const float *restrict conv2d_3_out, float *restrict dconv2d_4_kernel_part, float *restrict dconv2d_4_bias_part, float *restrict dconv2d_4_kernel_part_partial, float *restrict dconv2d_4_kernel_part_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 2 x 2 tiles of 4x4 dy pixels per sample, in blocks of 64, in 2 chunks
       of consecutive blocks, each into its partial sums dconv2d_4_kernel_part_partial[chunk]: dU[36][16][32] then db[32] */
    const long ntiles = (long)nb * 4, nblocks = (ntiles + 63) / 64;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pu = dconv2d_4_kernel_part_partial + (long)t * 18464, *pb = pu + 18432;
        float *vs = dconv2d_4_kernel_part_winograd_tiles + (long)t * 111168, *ms = vs + 37152;  /* the chunk's V and dM */
        memset(pu, 0, sizeof(float) * 18464);
        vf db[4];
        for (int fb = 0; fb < 4; fb++) db[fb] = vzero();
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 64;
            for (int j = 0; j < 64; j++) {  /* the transforms of x and dy */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++) {
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 1032 + ((long)cb * 64 + j) * 8, vzero());
                        for (int fb = 0; fb < 4; fb++) vstore(ms + pos * 2056 + ((long)fb * 64 + j) * 8, vzero());
                    }
                    continue;
                }
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                const float *xp = conv2d_3_out + (long)n * 1600 + (long)(0 + 4 * ti) * 80 + (long)(0 + 4 * tj) * 8;
                const float *dp = dconv2d_4_pre + (long)n * 3200 + (long)(1 + 4 * ti) * 80 + (long)(1 + 4 * tj) * 8;
                for (int cb = 0; cb < 2; cb++) k59_conv2d_bwd_weights_3x3x16x32_input(xp + (long)cb * 800, vs + ((long)cb * 64 + j) * 8);
                for (int fb = 0; fb < 4; fb++) db[fb] += k59_conv2d_bwd_weights_3x3x16x32_dy(dp + (long)fb * 800, ms + ((long)fb * 64 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* dU += V dM */
                for (int c0 = 0; c0 < 16; c0 += 4)
                    for (int fb = 0; fb < 4; fb += 2)
                        k59_conv2d_bwd_weights_3x3x16x32_product(vs + pos * 1032 + (long)(c0 / 8) * 512 + c0 % 8, ms + pos * 2056 + (long)fb * 512,
                                                         pu + pos * 512 + (long)c0 * 32 + fb * 8);
        }
        for (int fb = 0; fb < 4; fb++) vstore(pb + fb * 8, db[fb]);
    }
    /* dg = G^T (sum of the chunks' dU, in chunk order) G, per input channel and dy vector */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int fb = u / 16, c = u % 16;
        vf du[6][6], a[3][6];
        for (int pos = 0; pos < 36; pos++) {
            const long o = pos * 512 + (long)c * 32 + fb * 8;
            vf s = vload(dconv2d_4_kernel_part_partial + o);
            for (int t = 1; t < 2; t++) s += vload(dconv2d_4_kernel_part_partial + (long)t * 18464 + o);
            du[pos / 6][pos % 6] = s;
        }
        for (int q = 0; q < 6; q++) {  /* G^T dU */
            a[0][q] = du[0][q] * 0.25f - du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.0416666679f + du[4][q] * 0.0416666679f;
            a[1][q] = -du[1][q] * 0.166666672f + du[2][q] * 0.166666672f + du[3][q] * 0.0833333358f - du[4][q] * 0.0833333358f;
            a[2][q] = -du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.166666672f + du[4][q] * 0.166666672f + du[5][q];
        }
        float *dwp = dconv2d_4_kernel_part + (long)fb * 1152 + (long)(c / 8) * 576 + (c % 8) * 8;  /* tap (0, 0) */
        for (int p = 0; p < 3; p++) {  /* (G^T dU) G */
            vstore(dwp + (p * 3 + 0) * 64, a[p][0] * 0.25f - a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.0416666679f + a[p][4] * 0.0416666679f);
            vstore(dwp + (p * 3 + 1) * 64, -a[p][1] * 0.166666672f + a[p][2] * 0.166666672f + a[p][3] * 0.0833333358f - a[p][4] * 0.0833333358f);
            vstore(dwp + (p * 3 + 2) * 64, -a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.166666672f + a[p][4] * 0.166666672f + a[p][5]);
        }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 32; f += 8) {
        vf s = vload(dconv2d_4_kernel_part_partial + 18432 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_4_kernel_part_partial + (long)t * 18464 + 18432 + f);
        vstore(dconv2d_4_bias_part + f, s);
    }
}

/* k60_reorder_3x3x16x32 — reorder kernel
 *   node n76 "reorder.dconv2d_4/kernel" (reorder), from $.layers[4]
 *   in  dconv2d_4/kernel.part      (3, 3, 16, 32) 8-blocked
 *   out dconv2d_4/kernel           (3, 3, 16, 32) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k60_reorder_3x3x16x32(const float *restrict dconv2d_4_kernel_part, float *restrict dconv2d_4_kernel)
{
    /* dconv2d_4/kernel.part -> dconv2d_4/kernel */
    /* (4, 2, 3, 3, 8, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 16, 32) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 16; c++)
                for (int f = 0; f < 32; f++)
                    dconv2d_4_kernel[((kh * 3 + kw) * 16 + c) * 32 + f] = dconv2d_4_kernel_part[((((long)(f / 8) * 2 + c / 8) * 3 + kh) * 3 + kw) * 64 + (c % 8) * 8 + f % 8];
}

/* k61_reorder_c32 — reorder kernel
 *   node n77 "reorder.dconv2d_4/bias" (reorder), from $.layers[4]
 *   in  dconv2d_4/bias.part        (32) C
 *   out dconv2d_4/bias             (32) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k61_reorder_c32(const float *restrict dconv2d_4_bias_part, float *restrict dconv2d_4_bias)
{
    /* dconv2d_4/bias.part -> dconv2d_4/bias */
    #pragma omp single
    for (int c = 0; c < 32; c++) dconv2d_4_bias[c] = dconv2d_4_bias_part[c];
}

/* k62_reorder_3x3x16x32 — reorder kernel
 *   node n78 "reorder.conv2d_4/kernel.flipped8" (reorder), from $.layers[4]
 *   in  conv2d_4/kernel            (3, 3, 16, 32) HWIO
 *   out conv2d_4/kernel.flipped8   (3, 3, 16, 32) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k62_reorder_3x3x16x32(const float *restrict conv2d_4_kernel, float *restrict conv2d_4_kernel_flipped8)
{
    /* conv2d_4/kernel -> conv2d_4/kernel.flipped8 */
    /* (3, 3, 16, 32) HWIO -> (2, 4, 3, 3, 8, 8): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 2; cb++)
        for (int fb = 0; fb < 4; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 8; fl++)
                        for (int cl = 0; cl < 8; cl++) {
                            const int c = cb * 8 + cl, f = fb * 8 + fl;
                            conv2d_4_kernel_flipped8[((((long)cb * 4 + fb) * 3 + p) * 3 + q) * 64 + fl * 8 + cl] = c < 16 && f < 32 ? conv2d_4_kernel[(((2 - p) * 3 + (2 - q)) * 16 + c) * 32 + f] : 0.0f;
                        }
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 64 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16_weights(const float *restrict gp, float *restrict u)
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
 * vp at V[0][cb][tile] (positions 392 floats apart) */
static inline __attribute__((always_inline)) void k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 80 + c * 8);
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

/* Winograd-domain product: 6 tiles x 2 output-channel vectors, 12 accumulators, over 32 input channels */
static inline __attribute__((always_inline)) void k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16_product(const float *restrict vp, const float *restrict up, float *restrict mp)
{
    vf acc_t0v0 = vzero(), acc_t0v1 = vzero();
    vf acc_t1v0 = vzero(), acc_t1v1 = vzero();
    vf acc_t2v0 = vzero(), acc_t2v1 = vzero();
    vf acc_t3v0 = vzero(), acc_t3v1 = vzero();
    vf acc_t4v0 = vzero(), acc_t4v1 = vzero();
    vf acc_t5v0 = vzero(), acc_t5v1 = vzero();
    for (int cb = 0; cb < 4; cb++) {
        const float *vs = vp + (long)cb * 96, *us = up + (long)cb * 64;
        for (int ic = 0; ic < 8; ic++) {
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
    vstore(mp + 96, acc_t0v1);
    vstore(mp + 8, acc_t1v0);
    vstore(mp + 104, acc_t1v1);
    vstore(mp + 16, acc_t2v0);
    vstore(mp + 112, acc_t2v1);
    vstore(mp + 24, acc_t3v0);
    vstore(mp + 120, acc_t3v1);
    vstore(mp + 32, acc_t4v0);
    vstore(mp + 128, acc_t4v1);
    vstore(mp + 40, acc_t5v0);
    vstore(mp + 136, acc_t5v1);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 200 floats apart), yp at its output pixel (0, 0); then the ReLU backward (kp: the ReLU's output, laid out as yp) */
static inline __attribute__((always_inline)) void k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)bp;
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
            float *o = yp + r * 80 + c * 8;
            vstore(o, (vload(kp + (o - yp)) > 0.0f ? y[r][c] : vzero()));
        }
}

/* k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16 — conv_bwd_data kernel
 *   node n79 "dconv2d_4.data" (conv2d_bwd_data), from $.layers[4]
 *   node n80 "dconv2d_3.relu" (relu_bwd), from $.layers[3]
 *   in  dconv2d_4_pre              (128, 8, 8, 32) nChw8c, halo 1 1 1 1
 *   in  conv2d_4/kernel.flipped8   (3, 3, 16, 32) 8-blocked
 *   in  conv2d_3_out               (128, 8, 8, 16) nChw8c, halo 1 1 1 1
 *   out dconv2d_3_pre              (128, 8, 8, 16) nChw8c, halo 1 1 1 1
 *   tmp conv2d_4/kernel.flipped8.winograd (18432) C, scratch
 *   tmp dconv2d_4_pre.winograd_tiles (42624) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 2 output-channel vectors x 6 tiles, in blocks of 12 tiles
 *   schedule: OpenMP over samples; ISA avx2 */
void k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16(const float *restrict dconv2d_4_pre, const float *restrict conv2d_4_kernel_flipped8, const float *restrict conv2d_3_out, float *restrict dconv2d_3_pre, float *restrict conv2d_4_kernel_flipped8_winograd, float *restrict dconv2d_4_pre_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 2 x 2 tiles of 4x4 output pixels per sample, in blocks of 12;
       products of 6 tiles x 2 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 64; u++) {
        const int ocb = u / 32, c = u % 32;
        k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16_weights(conv2d_4_kernel_flipped8 + (long)ocb * 2304 + (long)(c / 8) * 576 + (c % 8) * 8, conv2d_4_kernel_flipped8_winograd + (long)ocb * 9216 + (long)c * 8);
    }
    /* zero the halo of dconv2d_3_pre: rows [0, 1) and [9, 10), columns [0, 1) and [9, 10) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = dconv2d_3_pre + (long)n * 1600 + (long)cb * 800;
            for (int hp = 0; hp < 10; hp++) {
                if (hp < 1 || hp >= 9) { memset(p + (long)hp * 80, 0, sizeof(float) * 80); continue; }
                memset(p + (long)hp * 80, 0, sizeof(float) * 8);
                memset(p + (long)hp * 80 + 72, 0, sizeof(float) * 8);
            }
        }
    /* 2. blocks of 12 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 4, nblocks = (ntiles + 11) / 12;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = dconv2d_4_pre_winograd_tiles + (long)t * 21312, *ms = vs + 14112;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 12;
            for (int j = 0; j < 12; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 4; cb++) vstore(vs + pos * 392 + ((long)cb * 12 + j) * 8, vzero());
                    continue;
                }
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                const float *xp = dconv2d_4_pre + (long)n * 3200 + (long)(0 + 4 * ti) * 80 + (long)(0 + 4 * tj) * 8;
                for (int cb = 0; cb < 4; cb++) k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16_input(xp + (long)cb * 800, vs + ((long)cb * 12 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 12; j += 6)
                        k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16_product(vs + pos * 392 + (long)j * 8, conv2d_4_kernel_flipped8_winograd + (long)og * 18432 + pos * 256,
                                                                  ms + pos * 200 + ((long)og * 24 + j) * 8);
            for (int j = 0; j < 12 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 4), ti = (int)(q % 4) / 2, tj = (int)(q % 2);
                float *yp = dconv2d_3_pre + (long)n * 1600 + (long)(1 + 4 * ti) * 80 + (long)(1 + 4 * tj) * 8;
                for (int kb = 0; kb < 2; kb++)
                    k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16_output(ms + ((long)kb * 12 + j) * 8, NULL, yp + (long)kb * 800, conv2d_3_out + (yp - dconv2d_3_pre) + (long)kb * 800);
            }
        }
    }
}

/* k64_conv2d_bwd_weights_3x3x16x16 — conv_bwd_weights kernel
 *   node n81 "dconv2d_3.weights" (conv2d_bwd_weights), from $.layers[3]
 *   in  dconv2d_3_pre              (128, 8, 8, 16) nChw8c, halo 1 1 1 1
 *   in  conv2d_2_out               (128, 16, 16, 16) nChw8c, halo 1 1 1 1
 *   out dconv2d_3/kernel.part      (3, 3, 16, 16) 8-blocked
 *   out dconv2d_3/bias.part        (16) C
 *   tmp dconv2d_3/kernel.part.partial (4640) C, scratch
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1x3 filter taps x 4 output channels (broadcast dy), each a vector of 8 input channels
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k64_conv2d_bwd_weights_3x3x16x16(const float *restrict dconv2d_3_pre, const float *restrict conv2d_2_out, float *restrict dconv2d_3_kernel_part, float *restrict dconv2d_3_bias_part, float *restrict dconv2d_3_kernel_part_partial, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_3_kernel_part_partial[chunk] (2304 weights + 16 biases; the weights as [f][c] blocks of 8x8) */
    const long wsz = 2320;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_3_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            const float *dyn = dconv2d_3_pre + (long)n * 1600 + (long)1 * 80 + 8;
            const float *xn = conv2d_2_out + (long)n * 5184 + (long)(1 - 0) * 144 + (long)(1 - 0) * 8;
            for (int fb = 0; fb < 2; fb++)
            for (int cb = 0; cb < 2; cb++)
            for (int f0 = 0; f0 < 8; f0 += 4)
            for (int kh0 = 0; kh0 < 3; kh0 += 1)
            for (int kw0 = 0; kw0 < 3; kw0 += 3) {
                float *pt = pw + (long)fb * 1152 + (((long)cb * 3 + kh0) * 3 + kw0) * 64 + f0 * 8;
                vf acc_t00f0 = vload(pt + 0), acc_t00f1 = vload(pt + 8), acc_t00f2 = vload(pt + 16), acc_t00f3 = vload(pt + 24);
                vf acc_t01f0 = vload(pt + 64), acc_t01f1 = vload(pt + 72), acc_t01f2 = vload(pt + 80), acc_t01f3 = vload(pt + 88);
                vf acc_t02f0 = vload(pt + 128), acc_t02f1 = vload(pt + 136), acc_t02f2 = vload(pt + 144), acc_t02f3 = vload(pt + 152);
                for (int i = 0; i < 8; i++)
                    for (int j = 0; j < 8; j++) {
                        const float *xs = xn + (long)cb * 2592 + (long)(i * 2 + kh0) * 144 + (long)(j * 2 + kw0) * 8;
                        const float *ds = dyn + (long)fb * 800 + (long)i * 80 + j * 8;
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
            for (int fb = 0; fb < 2; fb++) {
                vf s = vzero();
                for (int i = 0; i < 8; i++)
                    for (int j = 0; j < 8; j++) {
                        const vf d = vload(dyn + (long)(fb) * 800 + (long)i * 80 + j * 8);
                        s += d;
                    }
                vstore(pw + 2304 + fb * 8, vload(pw + 2304 + fb * 8) + s);
            }
        }
    }
    /* the partial sums in chunk order, each [f][c] block transposed into dW's [c][f] */
    #pragma omp for schedule(static)
    for (long e = 0; e < 2304; e += 64) {
        float s[64];
        for (int r = 0; r < 64; r += 8) {
            vf v = vload(dconv2d_3_kernel_part_partial + e + r);
            for (int t = 1; t < 2; t++) v += vload(dconv2d_3_kernel_part_partial + (long)t * wsz + e + r);
            vstore(s + r, v);
        }
        for (int c = 0; c < 8; c++)
            for (int f = 0; f < 8; f++) {
                const long o = e + c * 8 + f;
                dconv2d_3_kernel_part[o] = s[f * 8 + c];
            }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 16; f += 8) {
        vf s = vload(dconv2d_3_kernel_part_partial + 2304 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_3_kernel_part_partial + (long)t * wsz + 2304 + f);
        vstore(dconv2d_3_bias_part + f, s);
    }
}

/* k65_reorder_3x3x16x16 — reorder kernel
 *   node n82 "reorder.dconv2d_3/kernel" (reorder), from $.layers[3]
 *   in  dconv2d_3/kernel.part      (3, 3, 16, 16) 8-blocked
 *   out dconv2d_3/kernel           (3, 3, 16, 16) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k65_reorder_3x3x16x16(const float *restrict dconv2d_3_kernel_part, float *restrict dconv2d_3_kernel)
{
    /* dconv2d_3/kernel.part -> dconv2d_3/kernel */
    /* (2, 2, 3, 3, 8, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 16, 16) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 16; c++)
                for (int f = 0; f < 16; f++)
                    dconv2d_3_kernel[((kh * 3 + kw) * 16 + c) * 16 + f] = dconv2d_3_kernel_part[((((long)(f / 8) * 2 + c / 8) * 3 + kh) * 3 + kw) * 64 + (c % 8) * 8 + f % 8];
}

/* k66_reorder_c16 — reorder kernel
 *   node n83 "reorder.dconv2d_3/bias" (reorder), from $.layers[3]
 *   in  dconv2d_3/bias.part        (16) C
 *   out dconv2d_3/bias             (16) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k66_reorder_c16(const float *restrict dconv2d_3_bias_part, float *restrict dconv2d_3_bias)
{
    /* dconv2d_3/bias.part -> dconv2d_3/bias */
    #pragma omp single
    for (int c = 0; c < 16; c++) dconv2d_3_bias[c] = dconv2d_3_bias_part[c];
}

/* k67_reorder_3x3x16x16 — reorder kernel
 *   node n84 "reorder.conv2d_3/kernel.flipped8" (reorder), from $.layers[3]
 *   in  conv2d_3/kernel            (3, 3, 16, 16) HWIO
 *   out conv2d_3/kernel.flipped8   (3, 3, 16, 16) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k67_reorder_3x3x16x16(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_flipped8)
{
    /* conv2d_3/kernel -> conv2d_3/kernel.flipped8 */
    /* (3, 3, 16, 16) HWIO -> (2, 2, 3, 3, 8, 8): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 2; cb++)
        for (int fb = 0; fb < 2; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 8; fl++)
                        for (int cl = 0; cl < 8; cl++) {
                            const int c = cb * 8 + cl, f = fb * 8 + fl;
                            conv2d_3_kernel_flipped8[((((long)cb * 2 + fb) * 3 + p) * 3 + q) * 64 + fl * 8 + cl] = c < 16 && f < 16 ? conv2d_3_kernel[(((2 - p) * 3 + (2 - q)) * 16 + c) * 16 + f] : 0.0f;
                        }
}

/* 1 x 6 output pixels x 2 output-channel vectors: 12 accumulators; taps 2x2 from (0, 0) step 2; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p00_tile_1x6_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    vf acc_r0c2v0 = vzero(), acc_r0c2v1 = vzero();
    vf acc_r0c3v0 = vzero(), acc_r0c3v1 = vzero();
    vf acc_r0c4v0 = vzero(), acc_r0c4v1 = vzero();
    vf acc_r0c5v0 = vzero(), acc_r0c5v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..1 that reach x's data */
        {  /* column tap 0: pixels 1..5 */
            const float *xs = xp + (long)cb * 800 + kh * 80 + 0 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 2 * kh) * 3 + 0 + 2 * 0) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1, acc_r0c4v1); }
                { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1, acc_r0c5v1); }
            }
        }
        {  /* column tap 1: pixels 0..5 */
            const float *xs = xp + (long)cb * 800 + kh * 80 + 1 * 8;
            const float *ws = wp + ((cb * 3 + 0 + 2 * kh) * 3 + 0 + 2 * 1) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1, acc_r0c4v1); }
                { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1, acc_r0c5v1); }
            }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 2592, (vload(mp + 2592) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 2608, (vload(mp + 2608) > 0.0f ? acc_r0c1v1 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 2624, (vload(mp + 2624) > 0.0f ? acc_r0c2v1 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 2640, (vload(mp + 2640) > 0.0f ? acc_r0c3v1 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 2656, (vload(mp + 2656) > 0.0f ? acc_r0c4v1 : vzero()));
    vstore(yp + 80, (vload(mp + 80) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 2672, (vload(mp + 2672) > 0.0f ? acc_r0c5v1 : vzero()));
}

/* 1 x 2 output pixels x 2 output-channel vectors: 4 accumulators; taps 2x2 from (0, 0) step 2 */
static inline __attribute__((always_inline)) void k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p00_tile_1x2(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..1 that reach x's data */
        for (int kw = 0; kw < 2; kw++) {
            const float *xs = xp + (long)cb * 800 + kh * 80 + kw * 8;
            const float *ws = wp + ((cb * 3 + 0 + 2 * kh) * 3 + 0 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 2592, (vload(mp + 2592) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 2608, (vload(mp + 2608) > 0.0f ? acc_r0c1v1 : vzero()));
}

/* 1 x 6 output pixels x 2 output-channel vectors: 12 accumulators; taps 2x1 from (0, 1) step 2 */
static inline __attribute__((always_inline)) void k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p01_tile_1x6(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    vf acc_r0c2v0 = vzero(), acc_r0c2v1 = vzero();
    vf acc_r0c3v0 = vzero(), acc_r0c3v1 = vzero();
    vf acc_r0c4v0 = vzero(), acc_r0c4v1 = vzero();
    vf acc_r0c5v0 = vzero(), acc_r0c5v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..1 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)cb * 800 + kh * 80 + kw * 8;
            const float *ws = wp + ((cb * 3 + 0 + 2 * kh) * 3 + 1 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1, acc_r0c4v1); }
                { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1, acc_r0c5v1); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 2592, (vload(mp + 2592) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 2608, (vload(mp + 2608) > 0.0f ? acc_r0c1v1 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 2624, (vload(mp + 2624) > 0.0f ? acc_r0c2v1 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 2640, (vload(mp + 2640) > 0.0f ? acc_r0c3v1 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 2656, (vload(mp + 2656) > 0.0f ? acc_r0c4v1 : vzero()));
    vstore(yp + 80, (vload(mp + 80) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 2672, (vload(mp + 2672) > 0.0f ? acc_r0c5v1 : vzero()));
}

/* 1 x 2 output pixels x 2 output-channel vectors: 4 accumulators; taps 2x1 from (0, 1) step 2 */
static inline __attribute__((always_inline)) void k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p01_tile_1x2(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..1 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)cb * 800 + kh * 80 + kw * 8;
            const float *ws = wp + ((cb * 3 + 0 + 2 * kh) * 3 + 1 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 2592, (vload(mp + 2592) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 2608, (vload(mp + 2608) > 0.0f ? acc_r0c1v1 : vzero()));
}

/* 1 x 6 output pixels x 2 output-channel vectors: 12 accumulators; taps 1x2 from (1, 0) step 2; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p10_tile_1x6_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    vf acc_r0c2v0 = vzero(), acc_r0c2v1 = vzero();
    vf acc_r0c3v0 = vzero(), acc_r0c3v1 = vzero();
    vf acc_r0c4v0 = vzero(), acc_r0c4v1 = vzero();
    vf acc_r0c5v0 = vzero(), acc_r0c5v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..0 that reach x's data */
        {  /* column tap 0: pixels 1..5 */
            const float *xs = xp + (long)cb * 800 + kh * 80 + 0 * 8;
            const float *ws = wp + ((cb * 3 + 1 + 2 * kh) * 3 + 0 + 2 * 0) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1, acc_r0c4v1); }
                { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1, acc_r0c5v1); }
            }
        }
        {  /* column tap 1: pixels 0..5 */
            const float *xs = xp + (long)cb * 800 + kh * 80 + 1 * 8;
            const float *ws = wp + ((cb * 3 + 1 + 2 * kh) * 3 + 0 + 2 * 1) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1, acc_r0c4v1); }
                { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1, acc_r0c5v1); }
            }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 2592, (vload(mp + 2592) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 2608, (vload(mp + 2608) > 0.0f ? acc_r0c1v1 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 2624, (vload(mp + 2624) > 0.0f ? acc_r0c2v1 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 2640, (vload(mp + 2640) > 0.0f ? acc_r0c3v1 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 2656, (vload(mp + 2656) > 0.0f ? acc_r0c4v1 : vzero()));
    vstore(yp + 80, (vload(mp + 80) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 2672, (vload(mp + 2672) > 0.0f ? acc_r0c5v1 : vzero()));
}

/* 1 x 2 output pixels x 2 output-channel vectors: 4 accumulators; taps 1x2 from (1, 0) step 2 */
static inline __attribute__((always_inline)) void k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p10_tile_1x2(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..0 that reach x's data */
        for (int kw = 0; kw < 2; kw++) {
            const float *xs = xp + (long)cb * 800 + kh * 80 + kw * 8;
            const float *ws = wp + ((cb * 3 + 1 + 2 * kh) * 3 + 0 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 2592, (vload(mp + 2592) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 2608, (vload(mp + 2608) > 0.0f ? acc_r0c1v1 : vzero()));
}

/* 1 x 6 output pixels x 2 output-channel vectors: 12 accumulators; taps 1x1 from (1, 1) step 2 */
static inline __attribute__((always_inline)) void k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p11_tile_1x6(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    vf acc_r0c2v0 = vzero(), acc_r0c2v1 = vzero();
    vf acc_r0c3v0 = vzero(), acc_r0c3v1 = vzero();
    vf acc_r0c4v0 = vzero(), acc_r0c4v1 = vzero();
    vf acc_r0c5v0 = vzero(), acc_r0c5v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..0 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)cb * 800 + kh * 80 + kw * 8;
            const float *ws = wp + ((cb * 3 + 1 + 2 * kh) * 3 + 1 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); acc_r0c2v1 = vfma(xb, w1, acc_r0c2v1); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); acc_r0c3v1 = vfma(xb, w1, acc_r0c3v1); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); acc_r0c4v1 = vfma(xb, w1, acc_r0c4v1); }
                { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); acc_r0c5v1 = vfma(xb, w1, acc_r0c5v1); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 2592, (vload(mp + 2592) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 2608, (vload(mp + 2608) > 0.0f ? acc_r0c1v1 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 2624, (vload(mp + 2624) > 0.0f ? acc_r0c2v1 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 2640, (vload(mp + 2640) > 0.0f ? acc_r0c3v1 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 2656, (vload(mp + 2656) > 0.0f ? acc_r0c4v1 : vzero()));
    vstore(yp + 80, (vload(mp + 80) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 2672, (vload(mp + 2672) > 0.0f ? acc_r0c5v1 : vzero()));
}

/* 1 x 2 output pixels x 2 output-channel vectors: 4 accumulators; taps 1x1 from (1, 1) step 2 */
static inline __attribute__((always_inline)) void k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p11_tile_1x2(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero(), acc_r0c0v1 = vzero();
    vf acc_r0c1v0 = vzero(), acc_r0c1v1 = vzero();
    for (int cb = 0; cb < 2; cb++)
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..0 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)cb * 800 + kh * 80 + kw * 8;
            const float *ws = wp + ((cb * 3 + 1 + 2 * kh) * 3 + 1 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8), w1 = vload(ws + 1152 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); acc_r0c0v1 = vfma(xb, w1, acc_r0c0v1); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); acc_r0c1v1 = vfma(xb, w1, acc_r0c1v1); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 2592, (vload(mp + 2592) > 0.0f ? acc_r0c0v1 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 2608, (vload(mp + 2608) > 0.0f ? acc_r0c1v1 : vzero()));
}

/* k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16 — conv_bwd_data kernel
 *   node n85 "dconv2d_3.data" (conv2d_bwd_data), from $.layers[3]
 *   node n86 "dconv2d_2.relu" (relu_bwd), from $.layers[2]
 *   in  dconv2d_3_pre              (128, 8, 8, 16) nChw8c, halo 1 1 1 1
 *   in  conv2d_3/kernel.flipped8   (3, 3, 16, 16) 8-blocked
 *   in  conv2d_2_out               (128, 16, 16, 16) nChw8c, halo 1 1 1 1
 *   out dconv2d_2_pre              (128, 16, 16, 16) nChw8c, halo 1 1 1 1
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 2 output-channel vectors x 1x6 pixels, 8 input channels a step
 *   schedule: OpenMP over output rows; ISA avx2 */
void k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16(const float *restrict dconv2d_3_pre, const float *restrict conv2d_3_kernel_flipped8, const float *restrict conv2d_2_out, float *restrict dconv2d_2_pre, int nb)
{
    /* zero the halo of dconv2d_2_pre: rows [0, 1) and [17, 18), columns [0, 1) and [17, 18) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 2; cb++) {
            float *p = dconv2d_2_pre + (long)n * 5184 + (long)cb * 2592;
            for (int hp = 0; hp < 18; hp++) {
                if (hp < 1 || hp >= 17) { memset(p + (long)hp * 144, 0, sizeof(float) * 144); continue; }
                memset(p + (long)hp * 144, 0, sizeof(float) * 8);
                memset(p + (long)hp * 144 + 136, 0, sizeof(float) * 8);
            }
        }
    /* tile row tr of every phase in turn: the dx lines they share stay in cache */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int tr = 0; tr < 8; tr++) {
            /* phase p00: dx rows 0 + 2*u, columns 0 + 2*v (8 x 8), taps 2x2 */
            /* tiles of 1x6 pixels x 2 channel vectors; 1 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_3_pre + (long)n * 1600 + (long)(-1 + oh * 1 + 1) * 80 + (long)(-1 + 1) * 8;
                float *yr = dconv2d_2_pre + (long)n * 5184 + (long)(0 + oh * 2 + 1) * 144 + (long)(0 + 1) * 8;
                const float *mr = conv2d_2_out + (yr - dconv2d_2_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 1; og++) {
                    const float *wg = conv2d_3_kernel_flipped8 + (long)og * 2304;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 5184;
                    const float *mg = mr + (long)og * 5184;
                    const int kh0 = 1 - oh, kh1 = 9 - oh;  /* the tap rows that reach x's rows */
                    k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p00_tile_1x6_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                    k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p00_tile_1x2(xr + 48, wg, bg, yg + 96, mg ? mg + 96 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                }
            }
            /* phase p01: dx rows 0 + 2*u, columns 1 + 2*v (8 x 8), taps 2x1 */
            /* tiles of 1x6 pixels x 2 channel vectors; 1 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_3_pre + (long)n * 1600 + (long)(-1 + oh * 1 + 1) * 80 + (long)(0 + 1) * 8;
                float *yr = dconv2d_2_pre + (long)n * 5184 + (long)(0 + oh * 2 + 1) * 144 + (long)(1 + 1) * 8;
                const float *mr = conv2d_2_out + (yr - dconv2d_2_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 1; og++) {
                    const float *wg = conv2d_3_kernel_flipped8 + (long)og * 2304;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 5184;
                    const float *mg = mr + (long)og * 5184;
                    const int kh0 = 1 - oh, kh1 = 9 - oh;  /* the tap rows that reach x's rows */
                    k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p01_tile_1x6(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                    k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p01_tile_1x2(xr + 48, wg, bg, yg + 96, mg ? mg + 96 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                }
            }
            /* phase p10: dx rows 1 + 2*u, columns 0 + 2*v (8 x 8), taps 1x2 */
            /* tiles of 1x6 pixels x 2 channel vectors; 1 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_3_pre + (long)n * 1600 + (long)(0 + oh * 1 + 1) * 80 + (long)(-1 + 1) * 8;
                float *yr = dconv2d_2_pre + (long)n * 5184 + (long)(1 + oh * 2 + 1) * 144 + (long)(0 + 1) * 8;
                const float *mr = conv2d_2_out + (yr - dconv2d_2_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 1; og++) {
                    const float *wg = conv2d_3_kernel_flipped8 + (long)og * 2304;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 5184;
                    const float *mg = mr + (long)og * 5184;
                    k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p10_tile_1x6_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 1);
                    k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p10_tile_1x2(xr + 48, wg, bg, yg + 96, mg ? mg + 96 : NULL, 0, 1);
                }
            }
            /* phase p11: dx rows 1 + 2*u, columns 1 + 2*v (8 x 8), taps 1x1 */
            /* tiles of 1x6 pixels x 2 channel vectors; 1 channel groups */
            {
                const int oh = tr * 1;
                const float *xr = dconv2d_3_pre + (long)n * 1600 + (long)(0 + oh * 1 + 1) * 80 + (long)(0 + 1) * 8;
                float *yr = dconv2d_2_pre + (long)n * 5184 + (long)(1 + oh * 2 + 1) * 144 + (long)(1 + 1) * 8;
                const float *mr = conv2d_2_out + (yr - dconv2d_2_pre);  /* the ReLU's output, laid out as dx */
                for (int og = 0; og < 1; og++) {
                    const float *wg = conv2d_3_kernel_flipped8 + (long)og * 2304;
                    const float *bg = NULL;
                    float *yg = yr + (long)og * 5184;
                    const float *mg = mr + (long)og * 5184;
                    k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p11_tile_1x6(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 1);
                    k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16_p11_tile_1x2(xr + 48, wg, bg, yg + 96, mg ? mg + 96 : NULL, 0, 1);
                }
            }
        }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 520 floats apart) */
static inline __attribute__((always_inline)) void k69_conv2d_bwd_weights_3x3x8x16_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 144 + c * 8);
    for (int c = 0; c < 6; c++) {  /* B^T d */
        e[0][c] = d[0][c] * 4.0f - d[2][c] * 5.0f + d[4][c];
        e[1][c] = -d[1][c] * 4.0f - d[2][c] * 4.0f + d[3][c] + d[4][c];
        e[2][c] = d[1][c] * 4.0f - d[2][c] * 4.0f - d[3][c] + d[4][c];
        e[3][c] = -d[1][c] * 2.0f - d[2][c] + d[3][c] * 2.0f + d[4][c];
        e[4][c] = d[1][c] * 2.0f - d[2][c] - d[3][c] * 2.0f + d[4][c];
        e[5][c] = d[1][c] * 4.0f - d[3][c] * 5.0f + d[5][c];
    }
    for (int r = 0; r < 6; r++) {  /* (B^T d) B */
        vstore(vp + (r * 6 + 0) * 520, e[r][0] * 4.0f - e[r][2] * 5.0f + e[r][4]);
        vstore(vp + (r * 6 + 1) * 520, -e[r][1] * 4.0f - e[r][2] * 4.0f + e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 2) * 520, e[r][1] * 4.0f - e[r][2] * 4.0f - e[r][3] + e[r][4]);
        vstore(vp + (r * 6 + 3) * 520, -e[r][1] * 2.0f - e[r][2] + e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 4) * 520, e[r][1] * 2.0f - e[r][2] - e[r][3] * 2.0f + e[r][4]);
        vstore(vp + (r * 6 + 5) * 520, e[r][1] * 4.0f - e[r][3] * 5.0f + e[r][5]);
    }
}

/* dM = A dY A^T of one 4x4 block of dy, a vector of output channels: dp at its pixel (0, 0),
 * mp at dM[0][fb][tile] (positions 1032 floats apart); returns the block's sum (the bias gradient's) */
static inline __attribute__((always_inline)) vf k69_conv2d_bwd_weights_3x3x8x16_dy(const float *restrict dp, float *restrict mp)
{
    vf d[4][4], r[6][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) d[i][j] = vload(dp + i * 144 + j * 8);
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
        vstore(mp + (i * 6 + 0) * 1032, r[i][0]);
        vstore(mp + (i * 6 + 1) * 1032, r[i][0] + r[i][1] + r[i][2] + r[i][3]);
        vstore(mp + (i * 6 + 2) * 1032, r[i][0] - r[i][1] + r[i][2] - r[i][3]);
        vstore(mp + (i * 6 + 3) * 1032, r[i][0] + r[i][1] * 2.0f + r[i][2] * 4.0f + r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 4) * 1032, r[i][0] - r[i][1] * 2.0f + r[i][2] * 4.0f - r[i][3] * 8.0f);
        vstore(mp + (i * 6 + 5) * 1032, r[i][3]);
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) sum += d[i][j];
    return sum;
}

/* dU[pos] += V[pos] dM[pos] over a block's 64 tiles, 4 input channels x 2 dy vectors of accumulators:
 * vp at V[pos][cb][0] + ic0, mp at dM[pos][fb0][0], up at dU[pos][c0][f0] (rows of 16) */
static inline __attribute__((always_inline)) void k69_conv2d_bwd_weights_3x3x8x16_product(const float *restrict vp, const float *restrict mp, float *restrict up)
{
    vf acc_c0v0 = vload(up + 0), acc_c0v1 = vload(up + 8);
    vf acc_c1v0 = vload(up + 16), acc_c1v1 = vload(up + 24);
    vf acc_c2v0 = vload(up + 32), acc_c2v1 = vload(up + 40);
    vf acc_c3v0 = vload(up + 48), acc_c3v1 = vload(up + 56);
    for (int j = 0; j < 64; j++) {
        const vf m0 = vload(mp + 0 + j * 8), m1 = vload(mp + 512 + j * 8);
        { const vf vb = vbcast(vp[j * 8 + 0]); acc_c0v0 = vfma(vb, m0, acc_c0v0); acc_c0v1 = vfma(vb, m1, acc_c0v1); }
        { const vf vb = vbcast(vp[j * 8 + 1]); acc_c1v0 = vfma(vb, m0, acc_c1v0); acc_c1v1 = vfma(vb, m1, acc_c1v1); }
        { const vf vb = vbcast(vp[j * 8 + 2]); acc_c2v0 = vfma(vb, m0, acc_c2v0); acc_c2v1 = vfma(vb, m1, acc_c2v1); }
        { const vf vb = vbcast(vp[j * 8 + 3]); acc_c3v0 = vfma(vb, m0, acc_c3v0); acc_c3v1 = vfma(vb, m1, acc_c3v1); }
    }
    vstore(up + 0, acc_c0v0);
    vstore(up + 8, acc_c0v1);
    vstore(up + 16, acc_c1v0);
    vstore(up + 24, acc_c1v1);
    vstore(up + 32, acc_c2v0);
    vstore(up + 40, acc_c2v1);
    vstore(up + 48, acc_c3v0);
    vstore(up + 56, acc_c3v1);
}

/* k69_conv2d_bwd_weights_3x3x8x16 — conv_bwd_weights kernel
 *   node n87 "dconv2d_2.weights" (conv2d_bwd_weights), from $.layers[2]
 *   in  dconv2d_2_pre              (128, 16, 16, 16) nChw8c, halo 1 1 1 1
 *   in  conv2d_1_out               (128, 16, 16, 8) nChw8c, halo 1 1 1 1
 *   out dconv2d_2/kernel.part      (3, 3, 8, 16) 8-blocked
 *   out dconv2d_2/bias.part        (16) C
 *   tmp dconv2d_2/kernel.part.partial (9248) C, scratch
 *   tmp dconv2d_2/kernel.part.winograd_tiles (111744) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): weight-gradient products of 2 dy vectors x 4 input channels, summed over blocks of 64 tiles
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k69_conv2d_bwd_weights_3x3x8x16(const float *restrict dconv2d_2_pre, const float *restrict conv2d_1_out, float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_kernel_part_partial, float *restrict dconv2d_2_kernel_part_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 4 x 4 tiles of 4x4 dy pixels per sample, in blocks of 64, in 2 chunks
       of consecutive blocks, each into its partial sums dconv2d_2_kernel_part_partial[chunk]: dU[36][8][16] then db[16] */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 63) / 64;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pu = dconv2d_2_kernel_part_partial + (long)t * 4624, *pb = pu + 4608;
        float *vs = dconv2d_2_kernel_part_winograd_tiles + (long)t * 55872, *ms = vs + 18720;  /* the chunk's V and dM */
        memset(pu, 0, sizeof(float) * 4624);
        vf db[2];
        for (int fb = 0; fb < 2; fb++) db[fb] = vzero();
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 64;
            for (int j = 0; j < 64; j++) {  /* the transforms of x and dy */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++) {
                        for (int cb = 0; cb < 1; cb++) vstore(vs + pos * 520 + ((long)cb * 64 + j) * 8, vzero());
                        for (int fb = 0; fb < 2; fb++) vstore(ms + pos * 1032 + ((long)fb * 64 + j) * 8, vzero());
                    }
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = conv2d_1_out + (long)n * 2592 + (long)(0 + 4 * ti) * 144 + (long)(0 + 4 * tj) * 8;
                const float *dp = dconv2d_2_pre + (long)n * 5184 + (long)(1 + 4 * ti) * 144 + (long)(1 + 4 * tj) * 8;
                for (int cb = 0; cb < 1; cb++) k69_conv2d_bwd_weights_3x3x8x16_input(xp + (long)cb * 2592, vs + ((long)cb * 64 + j) * 8);
                for (int fb = 0; fb < 2; fb++) db[fb] += k69_conv2d_bwd_weights_3x3x8x16_dy(dp + (long)fb * 2592, ms + ((long)fb * 64 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* dU += V dM */
                for (int c0 = 0; c0 < 8; c0 += 4)
                    for (int fb = 0; fb < 2; fb += 2)
                        k69_conv2d_bwd_weights_3x3x8x16_product(vs + pos * 520 + (long)(c0 / 8) * 512 + c0 % 8, ms + pos * 1032 + (long)fb * 512,
                                                        pu + pos * 128 + (long)c0 * 16 + fb * 8);
        }
        for (int fb = 0; fb < 2; fb++) vstore(pb + fb * 8, db[fb]);
    }
    /* dg = G^T (sum of the chunks' dU, in chunk order) G, per input channel and dy vector */
    #pragma omp for schedule(static)
    for (int u = 0; u < 16; u++) {
        const int fb = u / 8, c = u % 8;
        vf du[6][6], a[3][6];
        for (int pos = 0; pos < 36; pos++) {
            const long o = pos * 128 + (long)c * 16 + fb * 8;
            vf s = vload(dconv2d_2_kernel_part_partial + o);
            for (int t = 1; t < 2; t++) s += vload(dconv2d_2_kernel_part_partial + (long)t * 4624 + o);
            du[pos / 6][pos % 6] = s;
        }
        for (int q = 0; q < 6; q++) {  /* G^T dU */
            a[0][q] = du[0][q] * 0.25f - du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.0416666679f + du[4][q] * 0.0416666679f;
            a[1][q] = -du[1][q] * 0.166666672f + du[2][q] * 0.166666672f + du[3][q] * 0.0833333358f - du[4][q] * 0.0833333358f;
            a[2][q] = -du[1][q] * 0.166666672f - du[2][q] * 0.166666672f + du[3][q] * 0.166666672f + du[4][q] * 0.166666672f + du[5][q];
        }
        float *dwp = dconv2d_2_kernel_part + (long)fb * 576 + (long)(c / 8) * 576 + (c % 8) * 8;  /* tap (0, 0) */
        for (int p = 0; p < 3; p++) {  /* (G^T dU) G */
            vstore(dwp + (p * 3 + 0) * 64, a[p][0] * 0.25f - a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.0416666679f + a[p][4] * 0.0416666679f);
            vstore(dwp + (p * 3 + 1) * 64, -a[p][1] * 0.166666672f + a[p][2] * 0.166666672f + a[p][3] * 0.0833333358f - a[p][4] * 0.0833333358f);
            vstore(dwp + (p * 3 + 2) * 64, -a[p][1] * 0.166666672f - a[p][2] * 0.166666672f + a[p][3] * 0.166666672f + a[p][4] * 0.166666672f + a[p][5]);
        }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 16; f += 8) {
        vf s = vload(dconv2d_2_kernel_part_partial + 4608 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_2_kernel_part_partial + (long)t * 4624 + 4608 + f);
        vstore(dconv2d_2_bias_part + f, s);
    }
}

/* k70_reorder_3x3x8x16 — reorder kernel
 *   node n88 "reorder.dconv2d_2/kernel" (reorder), from $.layers[2]
 *   in  dconv2d_2/kernel.part      (3, 3, 8, 16) 8-blocked
 *   out dconv2d_2/kernel           (3, 3, 8, 16) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k70_reorder_3x3x8x16(const float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_kernel)
{
    /* dconv2d_2/kernel.part -> dconv2d_2/kernel */
    /* (2, 1, 3, 3, 8, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 8, 16) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 8; c++)
                for (int f = 0; f < 16; f++)
                    dconv2d_2_kernel[((kh * 3 + kw) * 8 + c) * 16 + f] = dconv2d_2_kernel_part[((((long)(f / 8) * 1 + c / 8) * 3 + kh) * 3 + kw) * 64 + (c % 8) * 8 + f % 8];
}

/* k71_reorder_c16 — reorder kernel
 *   node n89 "reorder.dconv2d_2/bias" (reorder), from $.layers[2]
 *   in  dconv2d_2/bias.part        (16) C
 *   out dconv2d_2/bias             (16) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k71_reorder_c16(const float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_bias)
{
    /* dconv2d_2/bias.part -> dconv2d_2/bias */
    #pragma omp single
    for (int c = 0; c < 16; c++) dconv2d_2_bias[c] = dconv2d_2_bias_part[c];
}

/* k72_reorder_3x3x8x16 — reorder kernel
 *   node n90 "reorder.conv2d_2/kernel.flipped8" (reorder), from $.layers[2]
 *   in  conv2d_2/kernel            (3, 3, 8, 16) HWIO
 *   out conv2d_2/kernel.flipped8   (3, 3, 8, 16) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k72_reorder_3x3x8x16(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_flipped8)
{
    /* conv2d_2/kernel -> conv2d_2/kernel.flipped8 */
    /* (3, 3, 8, 16) HWIO -> (1, 2, 3, 3, 8, 8): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 1; cb++)
        for (int fb = 0; fb < 2; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 8; fl++)
                        for (int cl = 0; cl < 8; cl++) {
                            const int c = cb * 8 + cl, f = fb * 8 + fl;
                            conv2d_2_kernel_flipped8[((((long)cb * 2 + fb) * 3 + p) * 3 + q) * 64 + fl * 8 + cl] = c < 8 && f < 16 ? conv2d_2_kernel[(((2 - p) * 3 + (2 - q)) * 8 + c) * 16 + f] : 0.0f;
                        }
}

/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:
 * gp at tap (0, 0) of the blocked kernel (taps 64 floats apart), u at U[ocb][0][c] */
static inline __attribute__((always_inline)) void k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8_weights(const float *restrict gp, float *restrict u)
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
        vstore(u + (r * 6 + 0) * 128, a[r][0] * 0.25f);
        vstore(u + (r * 6 + 1) * 128, -a[r][0] * 0.166666672f - a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 2) * 128, -a[r][0] * 0.166666672f + a[r][1] * 0.166666672f - a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 3) * 128, a[r][0] * 0.0416666679f + a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 4) * 128, a[r][0] * 0.0416666679f - a[r][1] * 0.0833333358f + a[r][2] * 0.166666672f);
        vstore(u + (r * 6 + 5) * 128, a[r][2]);
    }
}

/* V = B^T d B of one 6x6 input tile, a vector of input channels: xp at its pixel (0, 0),
 * vp at V[0][cb][tile] (positions 392 floats apart) */
static inline __attribute__((always_inline)) void k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8_input(const float *restrict xp, float *restrict vp)
{
    vf d[6][6], e[6][6];
    for (int r = 0; r < 6; r++)
        for (int c = 0; c < 6; c++) d[r][c] = vload(xp + r * 144 + c * 8);
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

/* Winograd-domain product: 8 tiles x 1 output-channel vectors, 8 accumulators, over 16 input channels */
static inline __attribute__((always_inline)) void k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8_product(const float *restrict vp, const float *restrict up, float *restrict mp)
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
        const float *vs = vp + (long)cb * 192, *us = up + (long)cb * 64;
        for (int ic = 0; ic < 8; ic++) {
            const vf u0 = vload(us + 0 + ic * 8);
            { const vf vb = vbcast(vs[0 + ic]); acc_t0v0 = vfma(vb, u0, acc_t0v0); }
            { const vf vb = vbcast(vs[8 + ic]); acc_t1v0 = vfma(vb, u0, acc_t1v0); }
            { const vf vb = vbcast(vs[16 + ic]); acc_t2v0 = vfma(vb, u0, acc_t2v0); }
            { const vf vb = vbcast(vs[24 + ic]); acc_t3v0 = vfma(vb, u0, acc_t3v0); }
            { const vf vb = vbcast(vs[32 + ic]); acc_t4v0 = vfma(vb, u0, acc_t4v0); }
            { const vf vb = vbcast(vs[40 + ic]); acc_t5v0 = vfma(vb, u0, acc_t5v0); }
            { const vf vb = vbcast(vs[48 + ic]); acc_t6v0 = vfma(vb, u0, acc_t6v0); }
            { const vf vb = vbcast(vs[56 + ic]); acc_t7v0 = vfma(vb, u0, acc_t7v0); }
        }
    }
    vstore(mp + 0, acc_t0v0);
    vstore(mp + 8, acc_t1v0);
    vstore(mp + 16, acc_t2v0);
    vstore(mp + 24, acc_t3v0);
    vstore(mp + 32, acc_t4v0);
    vstore(mp + 40, acc_t5v0);
    vstore(mp + 48, acc_t6v0);
    vstore(mp + 56, acc_t7v0);
}

/* Y = A^T m A of one tile's 36 products, a vector of output channels: mp at M[0][kb][tile]
 * (positions 200 floats apart), yp at its output pixel (0, 0); then the ReLU backward (kp: the ReLU's output, laid out as yp) */
static inline __attribute__((always_inline)) void k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8_output(const float *restrict mp, const float *restrict bp, float *restrict yp, const float *restrict kp)
{
    (void)bp;
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
            float *o = yp + r * 144 + c * 8;
            vstore(o, (vload(kp + (o - yp)) > 0.0f ? y[r][c] : vzero()));
        }
}

/* k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8 — conv_bwd_data kernel
 *   node n91 "dconv2d_2.data" (conv2d_bwd_data), from $.layers[2]
 *   node n92 "dconv2d_1.relu" (relu_bwd), from $.layers[1]
 *   in  dconv2d_2_pre              (128, 16, 16, 16) nChw8c, halo 1 1 1 1
 *   in  conv2d_2/kernel.flipped8   (3, 3, 8, 16) 8-blocked
 *   in  conv2d_1_out               (128, 16, 16, 8) nChw8c, halo 1 1 1 1
 *   out dconv2d_1_pre              (128, 16, 16, 8) nChw8c, halo 1 1 1 1
 *   tmp conv2d_2/kernel.flipped8.winograd (4608) C, scratch
 *   tmp dconv2d_2_pre.winograd_tiles (42624) C, scratch
 *   window 3x3, strides 1x1, padding top 1 left 1
 *   Winograd F(4x4, 3x3): products of 1 output-channel vectors x 8 tiles, in blocks of 24 tiles
 *   schedule: OpenMP over samples; ISA avx2 */
void k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8(const float *restrict dconv2d_2_pre, const float *restrict conv2d_2_kernel_flipped8, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, float *restrict conv2d_2_kernel_flipped8_winograd, float *restrict dconv2d_2_pre_winograd_tiles, int nb)
{
    /* Winograd F(4x4, 3x3): 4 x 4 tiles of 4x4 output pixels per sample, in blocks of 24;
       products of 8 tiles x 1 output-channel vectors */
    /* 1. the filters into U = G g G^T, shared among the threads */
    #pragma omp for schedule(static)
    for (int u = 0; u < 16; u++) {
        const int ocb = u / 16, c = u % 16;
        k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8_weights(conv2d_2_kernel_flipped8 + (long)ocb * 1152 + (long)(c / 8) * 576 + (c % 8) * 8, conv2d_2_kernel_flipped8_winograd + (long)ocb * 4608 + (long)c * 8);
    }
    /* zero the halo of dconv2d_1_pre: rows [0, 1) and [17, 18), columns [0, 1) and [17, 18) */
    #pragma omp for schedule(static) collapse(2)
    for (int n = 0; n < nb; n++)
        for (int cb = 0; cb < 1; cb++) {
            float *p = dconv2d_1_pre + (long)n * 2592 + (long)cb * 2592;
            for (int hp = 0; hp < 18; hp++) {
                if (hp < 1 || hp >= 17) { memset(p + (long)hp * 144, 0, sizeof(float) * 144); continue; }
                memset(p + (long)hp * 144, 0, sizeof(float) * 8);
                memset(p + (long)hp * 144 + 136, 0, sizeof(float) * 8);
            }
        }
    /* 2. blocks of 24 tiles over (sample, tile row, tile column), in 2 chunks of consecutive blocks */
    const long ntiles = (long)nb * 16, nblocks = (ntiles + 23) / 24;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *vs = dconv2d_2_pre_winograd_tiles + (long)t * 21312, *ms = vs + 14112;  /* the chunk's V and M */
        for (long blk = nblocks * t / 2; blk < nblocks * (t + 1) / 2; blk++) {
            const long q0 = blk * 24;
            for (int j = 0; j < 24; j++) {  /* the input transform */
                const long q = q0 + j;
                if (q >= ntiles) {  /* past the last sample: zeros */
                    for (int pos = 0; pos < 36; pos++)
                        for (int cb = 0; cb < 2; cb++) vstore(vs + pos * 392 + ((long)cb * 24 + j) * 8, vzero());
                    continue;
                }
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                const float *xp = dconv2d_2_pre + (long)n * 5184 + (long)(0 + 4 * ti) * 144 + (long)(0 + 4 * tj) * 8;
                for (int cb = 0; cb < 2; cb++) k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8_input(xp + (long)cb * 2592, vs + ((long)cb * 24 + j) * 8);
            }
            for (int pos = 0; pos < 36; pos++)  /* the 36 products */
                for (int og = 0; og < 1; og++)
                    for (int j = 0; j < 24; j += 8)
                        k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8_product(vs + pos * 392 + (long)j * 8, conv2d_2_kernel_flipped8_winograd + (long)og * 4608 + pos * 128,
                                                                   ms + pos * 200 + ((long)og * 24 + j) * 8);
            for (int j = 0; j < 24 && q0 + j < ntiles; j++) {  /* the output transform */
                const long q = q0 + j;
                const int n = (int)(q / 16), ti = (int)(q % 16) / 4, tj = (int)(q % 4);
                float *yp = dconv2d_1_pre + (long)n * 2592 + (long)(1 + 4 * ti) * 144 + (long)(1 + 4 * tj) * 8;
                for (int kb = 0; kb < 1; kb++)
                    k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8_output(ms + ((long)kb * 24 + j) * 8, NULL, yp + (long)kb * 2592, conv2d_1_out + (yp - dconv2d_1_pre) + (long)kb * 2592);
            }
        }
    }
}

/* k74_conv2d_bwd_weights_3x3x8x8 — conv_bwd_weights kernel
 *   node n93 "dconv2d_1.weights" (conv2d_bwd_weights), from $.layers[1]
 *   in  dconv2d_1_pre              (128, 16, 16, 8) nChw8c, halo 1 1 1 1
 *   in  conv2d_out                 (128, 32, 32, 8) nChw8c, halo 0 0 1 1
 *   out dconv2d_1/kernel.part      (3, 3, 8, 8) 8-blocked
 *   out dconv2d_1/bias.part        (8) C
 *   tmp dconv2d_1/kernel.part.partial (1168) C, scratch
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1x3 filter taps x 4 output channels (broadcast dy), each a vector of 8 input channels
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k74_conv2d_bwd_weights_3x3x8x8(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_1_kernel_part_partial[chunk] (576 weights + 8 biases; the weights as [f][c] blocks of 8x8) */
    const long wsz = 584;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_1_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            const float *dyn = dconv2d_1_pre + (long)n * 2592 + (long)1 * 144 + 8;
            const float *xn = conv2d_out + (long)n * 8712 + (long)(0 - 0) * 264 + (long)(0 - 0) * 8;
            for (int fb = 0; fb < 1; fb++)
            for (int cb = 0; cb < 1; cb++)
            for (int f0 = 0; f0 < 8; f0 += 4)
            for (int kh0 = 0; kh0 < 3; kh0 += 1)
            for (int kw0 = 0; kw0 < 3; kw0 += 3) {
                float *pt = pw + (long)fb * 576 + (((long)cb * 3 + kh0) * 3 + kw0) * 64 + f0 * 8;
                vf acc_t00f0 = vload(pt + 0), acc_t00f1 = vload(pt + 8), acc_t00f2 = vload(pt + 16), acc_t00f3 = vload(pt + 24);
                vf acc_t01f0 = vload(pt + 64), acc_t01f1 = vload(pt + 72), acc_t01f2 = vload(pt + 80), acc_t01f3 = vload(pt + 88);
                vf acc_t02f0 = vload(pt + 128), acc_t02f1 = vload(pt + 136), acc_t02f2 = vload(pt + 144), acc_t02f3 = vload(pt + 152);
                for (int i = 0; i < 16; i++)
                    for (int j = 0; j < 16; j++) {
                        const float *xs = xn + (long)cb * 8712 + (long)(i * 2 + kh0) * 264 + (long)(j * 2 + kw0) * 8;
                        const float *ds = dyn + (long)fb * 2592 + (long)i * 144 + j * 8;
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
            for (int fb = 0; fb < 1; fb++) {
                vf s = vzero();
                for (int i = 0; i < 16; i++)
                    for (int j = 0; j < 16; j++) {
                        const vf d = vload(dyn + (long)(fb) * 2592 + (long)i * 144 + j * 8);
                        s += d;
                    }
                vstore(pw + 576 + fb * 8, vload(pw + 576 + fb * 8) + s);
            }
        }
    }
    /* the partial sums in chunk order, each [f][c] block transposed into dW's [c][f] */
    #pragma omp for schedule(static)
    for (long e = 0; e < 576; e += 64) {
        float s[64];
        for (int r = 0; r < 64; r += 8) {
            vf v = vload(dconv2d_1_kernel_part_partial + e + r);
            for (int t = 1; t < 2; t++) v += vload(dconv2d_1_kernel_part_partial + (long)t * wsz + e + r);
            vstore(s + r, v);
        }
        for (int c = 0; c < 8; c++)
            for (int f = 0; f < 8; f++) {
                const long o = e + c * 8 + f;
                dconv2d_1_kernel_part[o] = s[f * 8 + c];
            }
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 8; f += 8) {
        vf s = vload(dconv2d_1_kernel_part_partial + 576 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_1_kernel_part_partial + (long)t * wsz + 576 + f);
        vstore(dconv2d_1_bias_part + f, s);
    }
}

/* k75_reorder_3x3x8x8 — reorder kernel
 *   node n94 "reorder.dconv2d_1/kernel" (reorder), from $.layers[1]
 *   in  dconv2d_1/kernel.part      (3, 3, 8, 8) 8-blocked
 *   out dconv2d_1/kernel           (3, 3, 8, 8) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k75_reorder_3x3x8x8(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)
{
    /* dconv2d_1/kernel.part -> dconv2d_1/kernel */
    /* (1, 1, 3, 3, 8, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 8, 8) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 8; c++)
                for (int f = 0; f < 8; f++)
                    dconv2d_1_kernel[((kh * 3 + kw) * 8 + c) * 8 + f] = dconv2d_1_kernel_part[((((long)(f / 8) * 1 + c / 8) * 3 + kh) * 3 + kw) * 64 + (c % 8) * 8 + f % 8];
}

/* k76_reorder_c8 — reorder kernel
 *   node n95 "reorder.dconv2d_1/bias" (reorder), from $.layers[1]
 *   in  dconv2d_1/bias.part        (8) C
 *   out dconv2d_1/bias             (8) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k76_reorder_c8(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)
{
    /* dconv2d_1/bias.part -> dconv2d_1/bias */
    #pragma omp single
    for (int c = 0; c < 8; c++) dconv2d_1_bias[c] = dconv2d_1_bias_part[c];
}

/* k77_reorder_3x3x8x8 — reorder kernel
 *   node n96 "reorder.conv2d_1/kernel.flipped8" (reorder), from $.layers[1]
 *   in  conv2d_1/kernel            (3, 3, 8, 8) HWIO
 *   out conv2d_1/kernel.flipped8   (3, 3, 8, 8) 8-blocked
 *   schedule: OpenMP over elements; ISA avx2 */
void k77_reorder_3x3x8x8(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped8)
{
    /* conv2d_1/kernel -> conv2d_1/kernel.flipped8 */
    /* (3, 3, 8, 8) HWIO -> (1, 1, 3, 3, 8, 8): [c block][f block][p][q][f][c] = w[2-p][2-q][c][f] */
    #pragma omp for schedule(static) collapse(2)
    for (int cb = 0; cb < 1; cb++)
        for (int fb = 0; fb < 1; fb++)
            for (int p = 0; p < 3; p++)
                for (int q = 0; q < 3; q++)
                    for (int fl = 0; fl < 8; fl++)
                        for (int cl = 0; cl < 8; cl++) {
                            const int c = cb * 8 + cl, f = fb * 8 + fl;
                            conv2d_1_kernel_flipped8[((((long)cb * 1 + fb) * 3 + p) * 3 + q) * 64 + fl * 8 + cl] = c < 8 && f < 8 ? conv2d_1_kernel[(((2 - p) * 3 + (2 - q)) * 8 + c) * 8 + f] : 0.0f;
                        }
}

/* 1 x 11 output pixels x 1 output-channel vectors: 11 accumulators; taps 2x2 from (0, 0) step 2; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p00_tile_1x11_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..1 that reach x's data */
        const float *xs = xp + (long)0 * 2592 + kh * 144;
        const float *ws = wp + ((0 * 3 + 0 + 2 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0: pixels 1..10 */
            const vf w1_0 = vload(ws + 128 + ic * 8);  /* column tap 1: pixels 0..10 */
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[56 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c8v0 = vfma(xb, w0_0, acc_r0c8v0); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); }
            { const vf xb = vbcast(xs[72 + ic]); acc_r0c9v0 = vfma(xb, w0_0, acc_r0c9v0); acc_r0c8v0 = vfma(xb, w1_0, acc_r0c8v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c10v0 = vfma(xb, w0_0, acc_r0c10v0); acc_r0c9v0 = vfma(xb, w1_0, acc_r0c9v0); }
            { const vf xb = vbcast(xs[88 + ic]); acc_r0c10v0 = vfma(xb, w1_0, acc_r0c10v0); }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 80, (vload(mp + 80) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 112, (vload(mp + 112) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c8v0 : vzero()));
    vstore(yp + 144, (vload(mp + 144) > 0.0f ? acc_r0c9v0 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c10v0 : vzero()));
}

/* 1 x 5 output pixels x 1 output-channel vectors: 5 accumulators; taps 2x2 from (0, 0) step 2 */
static inline __attribute__((always_inline)) void k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p00_tile_1x5(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    vf acc_r0c4v0 = vzero();
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..1 that reach x's data */
        const float *xs = xp + (long)0 * 2592 + kh * 144;
        const float *ws = wp + ((0 * 3 + 0 + 2 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0 */
            const vf w1_0 = vload(ws + 128 + ic * 8);  /* column tap 1 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
}

/* 1 x 11 output pixels x 1 output-channel vectors: 11 accumulators; taps 2x1 from (0, 1) step 2 */
static inline __attribute__((always_inline)) void k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p01_tile_1x11(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..1 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)0 * 2592 + kh * 144 + kw * 8;
            const float *ws = wp + ((0 * 3 + 0 + 2 * kh) * 3 + 1 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); }
                { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c6v0 = vfma(xb, w0, acc_r0c6v0); }
                { const vf xb = vbcast(xs[56 + ic]); acc_r0c7v0 = vfma(xb, w0, acc_r0c7v0); }
                { const vf xb = vbcast(xs[64 + ic]); acc_r0c8v0 = vfma(xb, w0, acc_r0c8v0); }
                { const vf xb = vbcast(xs[72 + ic]); acc_r0c9v0 = vfma(xb, w0, acc_r0c9v0); }
                { const vf xb = vbcast(xs[80 + ic]); acc_r0c10v0 = vfma(xb, w0, acc_r0c10v0); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 80, (vload(mp + 80) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 112, (vload(mp + 112) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c8v0 : vzero()));
    vstore(yp + 144, (vload(mp + 144) > 0.0f ? acc_r0c9v0 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c10v0 : vzero()));
}

/* 1 x 5 output pixels x 1 output-channel vectors: 5 accumulators; taps 2x1 from (0, 1) step 2 */
static inline __attribute__((always_inline)) void k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p01_tile_1x5(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    vf acc_r0c4v0 = vzero();
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..1 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)0 * 2592 + kh * 144 + kw * 8;
            const float *ws = wp + ((0 * 3 + 0 + 2 * kh) * 3 + 1 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
}

/* 1 x 11 output pixels x 1 output-channel vectors: 11 accumulators; taps 1x2 from (1, 0) step 2; at column 0, each pixel only the taps inside x */
static inline __attribute__((always_inline)) void k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p10_tile_1x11_at0(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..0 that reach x's data */
        const float *xs = xp + (long)0 * 2592 + kh * 144;
        const float *ws = wp + ((0 * 3 + 1 + 2 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0: pixels 1..10 */
            const vf w1_0 = vload(ws + 128 + ic * 8);  /* column tap 1: pixels 0..10 */
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0_0, acc_r0c5v0); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
            { const vf xb = vbcast(xs[48 + ic]); acc_r0c6v0 = vfma(xb, w0_0, acc_r0c6v0); acc_r0c5v0 = vfma(xb, w1_0, acc_r0c5v0); }
            { const vf xb = vbcast(xs[56 + ic]); acc_r0c7v0 = vfma(xb, w0_0, acc_r0c7v0); acc_r0c6v0 = vfma(xb, w1_0, acc_r0c6v0); }
            { const vf xb = vbcast(xs[64 + ic]); acc_r0c8v0 = vfma(xb, w0_0, acc_r0c8v0); acc_r0c7v0 = vfma(xb, w1_0, acc_r0c7v0); }
            { const vf xb = vbcast(xs[72 + ic]); acc_r0c9v0 = vfma(xb, w0_0, acc_r0c9v0); acc_r0c8v0 = vfma(xb, w1_0, acc_r0c8v0); }
            { const vf xb = vbcast(xs[80 + ic]); acc_r0c10v0 = vfma(xb, w0_0, acc_r0c10v0); acc_r0c9v0 = vfma(xb, w1_0, acc_r0c9v0); }
            { const vf xb = vbcast(xs[88 + ic]); acc_r0c10v0 = vfma(xb, w1_0, acc_r0c10v0); }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 80, (vload(mp + 80) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 112, (vload(mp + 112) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c8v0 : vzero()));
    vstore(yp + 144, (vload(mp + 144) > 0.0f ? acc_r0c9v0 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c10v0 : vzero()));
}

/* 1 x 5 output pixels x 1 output-channel vectors: 5 accumulators; taps 1x2 from (1, 0) step 2 */
static inline __attribute__((always_inline)) void k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p10_tile_1x5(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    vf acc_r0c4v0 = vzero();
    for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..0 that reach x's data */
        const float *xs = xp + (long)0 * 2592 + kh * 144;
        const float *ws = wp + ((0 * 3 + 1 + 2 * kh) * 3 + 0) * 64;
        #pragma clang loop unroll(disable)
        for (int ic = 0; ic < 8; ic++) {
            const vf w0_0 = vload(ws + 0 + ic * 8);  /* column tap 0 */
            const vf w1_0 = vload(ws + 128 + ic * 8);  /* column tap 1 */
            { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0_0, acc_r0c1v0); acc_r0c0v0 = vfma(xb, w1_0, acc_r0c0v0); }
            { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0_0, acc_r0c2v0); acc_r0c1v0 = vfma(xb, w1_0, acc_r0c1v0); }
            { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0_0, acc_r0c3v0); acc_r0c2v0 = vfma(xb, w1_0, acc_r0c2v0); }
            { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0_0, acc_r0c4v0); acc_r0c3v0 = vfma(xb, w1_0, acc_r0c3v0); }
            { const vf xb = vbcast(xs[40 + ic]); acc_r0c4v0 = vfma(xb, w1_0, acc_r0c4v0); }
        }
    }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
}

/* 1 x 11 output pixels x 1 output-channel vectors: 11 accumulators; taps 1x1 from (1, 1) step 2 */
static inline __attribute__((always_inline)) void k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p11_tile_1x11(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
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
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..0 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)0 * 2592 + kh * 144 + kw * 8;
            const float *ws = wp + ((0 * 3 + 1 + 2 * kh) * 3 + 1 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); }
                { const vf xb = vbcast(xs[40 + ic]); acc_r0c5v0 = vfma(xb, w0, acc_r0c5v0); }
                { const vf xb = vbcast(xs[48 + ic]); acc_r0c6v0 = vfma(xb, w0, acc_r0c6v0); }
                { const vf xb = vbcast(xs[56 + ic]); acc_r0c7v0 = vfma(xb, w0, acc_r0c7v0); }
                { const vf xb = vbcast(xs[64 + ic]); acc_r0c8v0 = vfma(xb, w0, acc_r0c8v0); }
                { const vf xb = vbcast(xs[72 + ic]); acc_r0c9v0 = vfma(xb, w0, acc_r0c9v0); }
                { const vf xb = vbcast(xs[80 + ic]); acc_r0c10v0 = vfma(xb, w0, acc_r0c10v0); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
    vstore(yp + 80, (vload(mp + 80) > 0.0f ? acc_r0c5v0 : vzero()));
    vstore(yp + 96, (vload(mp + 96) > 0.0f ? acc_r0c6v0 : vzero()));
    vstore(yp + 112, (vload(mp + 112) > 0.0f ? acc_r0c7v0 : vzero()));
    vstore(yp + 128, (vload(mp + 128) > 0.0f ? acc_r0c8v0 : vzero()));
    vstore(yp + 144, (vload(mp + 144) > 0.0f ? acc_r0c9v0 : vzero()));
    vstore(yp + 160, (vload(mp + 160) > 0.0f ? acc_r0c10v0 : vzero()));
}

/* 1 x 5 output pixels x 1 output-channel vectors: 5 accumulators; taps 1x1 from (1, 1) step 2 */
static inline __attribute__((always_inline)) void k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p11_tile_1x5(const float *restrict xp, const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)
{
    (void)bp;
    vf acc_r0c0v0 = vzero();
    vf acc_r0c1v0 = vzero();
    vf acc_r0c2v0 = vzero();
    vf acc_r0c3v0 = vzero();
    vf acc_r0c4v0 = vzero();
    for (int kh = kh0; kh < kh1; kh++)  /* the taps of rows 0..0 that reach x's data */
        for (int kw = 0; kw < 1; kw++) {
            const float *xs = xp + (long)0 * 2592 + kh * 144 + kw * 8;
            const float *ws = wp + ((0 * 3 + 1 + 2 * kh) * 3 + 1 + 2 * kw) * 64;
            #pragma clang loop unroll(disable)
            for (int ic = 0; ic < 8; ic++) {
                const vf w0 = vload(ws + 0 + ic * 8);
                { const vf xb = vbcast(xs[0 + ic]); acc_r0c0v0 = vfma(xb, w0, acc_r0c0v0); }
                { const vf xb = vbcast(xs[8 + ic]); acc_r0c1v0 = vfma(xb, w0, acc_r0c1v0); }
                { const vf xb = vbcast(xs[16 + ic]); acc_r0c2v0 = vfma(xb, w0, acc_r0c2v0); }
                { const vf xb = vbcast(xs[24 + ic]); acc_r0c3v0 = vfma(xb, w0, acc_r0c3v0); }
                { const vf xb = vbcast(xs[32 + ic]); acc_r0c4v0 = vfma(xb, w0, acc_r0c4v0); }
            }
        }
    vstore(yp + 0, (vload(mp + 0) > 0.0f ? acc_r0c0v0 : vzero()));
    vstore(yp + 16, (vload(mp + 16) > 0.0f ? acc_r0c1v0 : vzero()));
    vstore(yp + 32, (vload(mp + 32) > 0.0f ? acc_r0c2v0 : vzero()));
    vstore(yp + 48, (vload(mp + 48) > 0.0f ? acc_r0c3v0 : vzero()));
    vstore(yp + 64, (vload(mp + 64) > 0.0f ? acc_r0c4v0 : vzero()));
}

/* k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8 — conv_bwd_data kernel
 *   node n97 "dconv2d_1.data" (conv2d_bwd_data), from $.layers[1]
 *   node n98 "dconv2d.relu" (relu_bwd), from $.layers[0]
 *   node n99 "dconv2d.weights" (conv2d_bwd_weights), from $.layers[0]
 *   in  dconv2d_1_pre              (128, 16, 16, 8) nChw8c, halo 1 1 1 1
 *   in  conv2d_1/kernel.flipped8   (3, 3, 8, 8) 8-blocked
 *   in  conv2d_out                 (128, 32, 32, 8) nChw8c, halo 0 0 1 1
 *   in  x.padded                   (128, 32, 32, 3) NHWC
 *   out dconv2d/kernel.part        (3, 3, 3, 8) 8-blocked
 *   out dconv2d/bias.part          (8) C
 *   tmp dconv2d/kernel.part.partial (448) C, scratch
 *   tmp dconv2d_pre.sample         (17424) C, scratch
 *   window 3x3, strides 2x2, padding top 0 left 0
 *   register tile: 1 output-channel vectors x 1x11 pixels, 8 input channels a step; the weights of 2 column taps held together, each input broadcast once for all of them
 *   then, per sample, the weight gradient: register tile 1 dy vectors x 1x3 filter taps, 3 input channels a step
 *   schedule: OpenMP over samples, per-thread partial sums reduced in a fixed order; ISA avx2 */
void k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel_flipped8, const float *restrict conv2d_out, const float *restrict x_padded, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, float *restrict dconv2d_pre_sample, int nb)
{
    /* 2 chunks of the batch, each into its partial sums dconv2d_kernel_part_partial[chunk] (216 weights + 8 biases) */
    const long wsz = 224;
    #pragma omp for schedule(static)
    for (int t = 0; t < 2; t++) {
        float *pw = dconv2d_kernel_part_partial + (long)t * wsz;
        memset(pw, 0, sizeof(float) * (size_t)wsz);
        float *dys = dconv2d_pre_sample + (long)t * 8712;  /* this chunk's dy, one sample at a time */
        const int n0 = (int)((long)nb * t / 2), n1 = (int)((long)nb * (t + 1) / 2);
        for (int n = n0; n < n1; n++) {
            /* dx of sample n into dys, tile row tr of every phase in turn */
            for (int tr = 0; tr < 16; tr++) {
                /* phase p00: dx rows 0 + 2*u, columns 0 + 2*v (16 x 16), taps 2x2 */
                /* tiles of 1x11 pixels x 1 channel vectors; 1 channel groups */
                {
                    const int oh = tr * 1;
                    const float *xr = dconv2d_1_pre + (long)n * 2592 + (long)(-1 + oh * 1 + 1) * 144 + (long)(-1 + 1) * 8;
                    float *yr = dys + (long)(0 + oh * 2 + 0) * 264 + (long)(0 + 0) * 8;
                    const float *mr = conv2d_out + (long)n * 8712 + (yr - dys);  /* the ReLU's output, laid out as dx */
                    for (int og = 0; og < 1; og++) {
                        const float *wg = conv2d_1_kernel_flipped8 + (long)og * 576;
                        const float *bg = NULL;
                        float *yg = yr + (long)og * 8712;
                        const float *mg = mr + (long)og * 8712;
                        const int kh0 = 1 - oh, kh1 = 17 - oh;  /* the tap rows that reach x's rows */
                        k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p00_tile_1x11_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                        k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p00_tile_1x5(xr + 88, wg, bg, yg + 176, mg ? mg + 176 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                    }
                }
                /* phase p01: dx rows 0 + 2*u, columns 1 + 2*v (16 x 16), taps 2x1 */
                /* tiles of 1x11 pixels x 1 channel vectors; 1 channel groups */
                {
                    const int oh = tr * 1;
                    const float *xr = dconv2d_1_pre + (long)n * 2592 + (long)(-1 + oh * 1 + 1) * 144 + (long)(0 + 1) * 8;
                    float *yr = dys + (long)(0 + oh * 2 + 0) * 264 + (long)(1 + 0) * 8;
                    const float *mr = conv2d_out + (long)n * 8712 + (yr - dys);  /* the ReLU's output, laid out as dx */
                    for (int og = 0; og < 1; og++) {
                        const float *wg = conv2d_1_kernel_flipped8 + (long)og * 576;
                        const float *bg = NULL;
                        float *yg = yr + (long)og * 8712;
                        const float *mg = mr + (long)og * 8712;
                        const int kh0 = 1 - oh, kh1 = 17 - oh;  /* the tap rows that reach x's rows */
                        k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p01_tile_1x11(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                        k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p01_tile_1x5(xr + 88, wg, bg, yg + 176, mg ? mg + 176 : NULL, kh0 > 0 ? kh0 : 0, kh1 < 2 ? kh1 : 2);
                    }
                }
                /* phase p10: dx rows 1 + 2*u, columns 0 + 2*v (16 x 16), taps 1x2 */
                /* tiles of 1x11 pixels x 1 channel vectors; 1 channel groups */
                {
                    const int oh = tr * 1;
                    const float *xr = dconv2d_1_pre + (long)n * 2592 + (long)(0 + oh * 1 + 1) * 144 + (long)(-1 + 1) * 8;
                    float *yr = dys + (long)(1 + oh * 2 + 0) * 264 + (long)(0 + 0) * 8;
                    const float *mr = conv2d_out + (long)n * 8712 + (yr - dys);  /* the ReLU's output, laid out as dx */
                    for (int og = 0; og < 1; og++) {
                        const float *wg = conv2d_1_kernel_flipped8 + (long)og * 576;
                        const float *bg = NULL;
                        float *yg = yr + (long)og * 8712;
                        const float *mg = mr + (long)og * 8712;
                        k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p10_tile_1x11_at0(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 1);
                        k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p10_tile_1x5(xr + 88, wg, bg, yg + 176, mg ? mg + 176 : NULL, 0, 1);
                    }
                }
                /* phase p11: dx rows 1 + 2*u, columns 1 + 2*v (16 x 16), taps 1x1 */
                /* tiles of 1x11 pixels x 1 channel vectors; 1 channel groups */
                {
                    const int oh = tr * 1;
                    const float *xr = dconv2d_1_pre + (long)n * 2592 + (long)(0 + oh * 1 + 1) * 144 + (long)(0 + 1) * 8;
                    float *yr = dys + (long)(1 + oh * 2 + 0) * 264 + (long)(1 + 0) * 8;
                    const float *mr = conv2d_out + (long)n * 8712 + (yr - dys);  /* the ReLU's output, laid out as dx */
                    for (int og = 0; og < 1; og++) {
                        const float *wg = conv2d_1_kernel_flipped8 + (long)og * 576;
                        const float *bg = NULL;
                        float *yg = yr + (long)og * 8712;
                        const float *mg = mr + (long)og * 8712;
                        k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p11_tile_1x11(xr + 0, wg, bg, yg + 0, mg ? mg + 0 : NULL, 0, 1);
                        k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8_p11_tile_1x5(xr + 88, wg, bg, yg + 176, mg ? mg + 176 : NULL, 0, 1);
                    }
                }
            }
            const float *dyn = dys + (long)0 * 264 + 0;
            const float *xn = x_padded + (long)n * 3468 + (long)(1 - 1) * 102 + (long)(1 - 1) * 3;
            for (int fg = 0; fg < 1; fg++)
            for (int cb = 0; cb < 1; cb++)
            for (int c0 = 0; c0 < 3; c0 += 3)
            for (int kh0 = 0; kh0 < 3; kh0 += 1)
            for (int kw0 = 0; kw0 < 3; kw0 += 3) {
                float *pt = pw + (long)fg * 216 + (((long)cb * 3 + kh0) * 3 + kw0) * 24 + c0 * 8;
                vf acc_t00c0v0 = vload(pt + 0);
                vf acc_t00c1v0 = vload(pt + 8);
                vf acc_t00c2v0 = vload(pt + 16);
                vf acc_t01c0v0 = vload(pt + 24);
                vf acc_t01c1v0 = vload(pt + 32);
                vf acc_t01c2v0 = vload(pt + 40);
                vf acc_t02c0v0 = vload(pt + 48);
                vf acc_t02c1v0 = vload(pt + 56);
                vf acc_t02c2v0 = vload(pt + 64);
                if (cb == 0 && c0 == 0 && kh0 == 0 && kw0 == 0) {  /* with the bias sums */
                    vf sb0 = vzero();
                    for (int i = 0; i < 32; i++)
                        for (int j = 0; j < 32; j++) {
                            const float *xs = xn + (long)cb * 0 + (long)(i * 1 + kh0) * 102 + (long)(j * 1 + kw0) * 3 + c0;
                            const vf d0 = vload(dyn + (long)(fg * 1 + 0) * 8712 + (long)i * 264 + j * 8);
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
                        }
                    vstore(pw + 216 + (fg * 1 + 0) * 8, vload(pw + 216 + (fg * 1 + 0) * 8) + sb0);
                } else {
                    for (int i = 0; i < 32; i++)
                        for (int j = 0; j < 32; j++) {
                            const float *xs = xn + (long)cb * 0 + (long)(i * 1 + kh0) * 102 + (long)(j * 1 + kw0) * 3 + c0;
                            const vf d0 = vload(dyn + (long)(fg * 1 + 0) * 8712 + (long)i * 264 + j * 8);
                            { const vf xb = vbcast(xs[0]); acc_t00c0v0 = vfma(xb, d0, acc_t00c0v0); }
                            { const vf xb = vbcast(xs[1]); acc_t00c1v0 = vfma(xb, d0, acc_t00c1v0); }
                            { const vf xb = vbcast(xs[2]); acc_t00c2v0 = vfma(xb, d0, acc_t00c2v0); }
                            { const vf xb = vbcast(xs[3]); acc_t01c0v0 = vfma(xb, d0, acc_t01c0v0); }
                            { const vf xb = vbcast(xs[4]); acc_t01c1v0 = vfma(xb, d0, acc_t01c1v0); }
                            { const vf xb = vbcast(xs[5]); acc_t01c2v0 = vfma(xb, d0, acc_t01c2v0); }
                            { const vf xb = vbcast(xs[6]); acc_t02c0v0 = vfma(xb, d0, acc_t02c0v0); }
                            { const vf xb = vbcast(xs[7]); acc_t02c1v0 = vfma(xb, d0, acc_t02c1v0); }
                            { const vf xb = vbcast(xs[8]); acc_t02c2v0 = vfma(xb, d0, acc_t02c2v0); }
                        }
                }
                vstore(pt + 0, acc_t00c0v0);
                vstore(pt + 8, acc_t00c1v0);
                vstore(pt + 16, acc_t00c2v0);
                vstore(pt + 24, acc_t01c0v0);
                vstore(pt + 32, acc_t01c1v0);
                vstore(pt + 40, acc_t01c2v0);
                vstore(pt + 48, acc_t02c0v0);
                vstore(pt + 56, acc_t02c1v0);
                vstore(pt + 64, acc_t02c2v0);
            }
        }
    }
    /* the partial sums in chunk order */
    #pragma omp for schedule(static)
    for (long e = 0; e < 216; e += 8) {
        vf s = vload(dconv2d_kernel_part_partial + e);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_kernel_part_partial + (long)t * wsz + e);
        vstore(dconv2d_kernel_part + e, s);
    }
    #pragma omp for schedule(static)
    for (int f = 0; f < 8; f += 8) {
        vf s = vload(dconv2d_kernel_part_partial + 216 + f);
        for (int t = 1; t < 2; t++) s += vload(dconv2d_kernel_part_partial + (long)t * wsz + 216 + f);
        vstore(dconv2d_bias_part + f, s);
    }
}

/* k79_reorder_3x3x3x8 — reorder kernel
 *   node n100 "reorder.dconv2d/kernel" (reorder), from $.layers[0]
 *   in  dconv2d/kernel.part        (3, 3, 3, 8) 8-blocked
 *   out dconv2d/kernel             (3, 3, 3, 8) HWIO
 *   schedule: OpenMP over elements; ISA avx2 */
void k79_reorder_3x3x3x8(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)
{
    /* dconv2d/kernel.part -> dconv2d/kernel */
    /* (1, 1, 3, 3, 3, 8) [oc block][ic block][kh][kw][ic][oc] -> HWIO (3, 3, 3, 8) */
    #pragma omp for schedule(static)
    for (int kh = 0; kh < 3; kh++)
        for (int kw = 0; kw < 3; kw++)
            for (int c = 0; c < 3; c++)
                for (int f = 0; f < 8; f++)
                    dconv2d_kernel[((kh * 3 + kw) * 3 + c) * 8 + f] = dconv2d_kernel_part[((((long)(f / 8) * 1 + c / 3) * 3 + kh) * 3 + kw) * 24 + (c % 3) * 8 + f % 8];
}

/* k80_reorder_c8 — reorder kernel
 *   node n101 "reorder.dconv2d/bias" (reorder), from $.layers[0]
 *   in  dconv2d/bias.part          (8) C
 *   out dconv2d/bias               (8) C
 *   schedule: OpenMP over elements; ISA avx2 */
void k80_reorder_c8(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)
{
    /* dconv2d/bias.part -> dconv2d/bias */
    #pragma omp single
    for (int c = 0; c < 8; c++) dconv2d_bias[c] = dconv2d_bias_part[c];
}

/* k81_adam_update_regularizer_bwd_p23344 — optimizer kernel
 *   node n102 "ddense.kernel_regularizer" (regularizer_bwd), from $.layers[8]
 *   node n103 "adam" (adam_update), from $.optimizer
 *   in  dense/kernel               (512, 10) IO
 *   out ddense/kernel              (512, 10) IO
 *   schedule: OpenMP over elements; ISA avx2 */
void k81_adam_update_regularizer_bwd_p23344(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    /* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */
    const float lr_t = (float)(lr * sqrt(1.0 - pow(0.999000013f, (double)t)) / (1.0 - pow(0.899999976f, (double)t)));
    /* slice by slice; a regularized weight's gradient takes its penalty's term (Keras's
     * L1L2: l1 * sign(w) + 2 * l2 * w) and is stored with it; the slices share no
     * element, so only the last waits for the threads */
    #pragma omp for schedule(static) nowait
    for (long i = 0; i < 18208; i++) {
        const float gi = g[i];
        const float mi = 0.899999976f * m[i] + 0.100000024f * gi;
        const float vi = 0.999000013f * v[i] + 0.000999987125f * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p[i] -= lr_t * mi / (__builtin_elementwise_sqrt(vi) + 1.00000001e-07f);
    }
    /* dense/kernel */
    #pragma omp for schedule(static) nowait
    for (long i = 18208; i < 23328; i++) {
        const float gi = g[i] + (9.99999975e-05f * (float)((p[i] > 0.0f) - (p[i] < 0.0f)));
        g[i] = gi;
        const float mi = 0.899999976f * m[i] + 0.100000024f * gi;
        const float vi = 0.999000013f * v[i] + 0.000999987125f * gi * gi;
        m[i] = mi;
        v[i] = vi;
        p[i] -= lr_t * mi / (__builtin_elementwise_sqrt(vi) + 1.00000001e-07f);
    }
    #pragma omp for schedule(static)
    for (long i = 23328; i < 23344; i++) {
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
    float *const x_padded = A + 2442240;  /* x.padded (128, 32, 32, 3) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 3, 8) */
    float *const conv2d_kernel_blocked8 = A + 1115136;  /* conv2d/kernel.blocked8 (3, 3, 3, 8) 8-blocked */
    float *const conv2d_bias = P + 224;  /* conv2d/bias (8) */
    float *const conv2d_bias_padded8 = A + 1115360;  /* conv2d/bias.padded8 (8) */
    float *const conv2d_out = A + 0;  /* conv2d_out (128, 32, 32, 8) nChw8c, halo 0 0 1 1 */
    float *const conv2d_1_kernel = P + 240;  /* conv2d_1/kernel (3, 3, 8, 8) */
    float *const conv2d_1_kernel_blocked8 = A + 1115136;  /* conv2d_1/kernel.blocked8 (3, 3, 8, 8) 8-blocked */
    float *const conv2d_1_bias = P + 816;  /* conv2d_1/bias (8) */
    float *const conv2d_1_bias_padded8 = A + 1115712;  /* conv2d_1/bias.padded8 (8) */
    float *const conv2d_1_out = A + 3295744;  /* conv2d_1_out (128, 16, 16, 8) nChw8c, halo 1 1 1 1 */
    float *const conv2d_2_kernel = P + 832;  /* conv2d_2/kernel (3, 3, 8, 16) */
    float *const conv2d_2_kernel_blocked8 = A + 1825920;  /* conv2d_2/kernel.blocked8 (3, 3, 8, 16) 8-blocked */
    float *const conv2d_2_bias = P + 1984;  /* conv2d_2/bias (16) */
    float *const conv2d_2_bias_padded16 = A + 1827072;  /* conv2d_2/bias.padded16 (16) */
    float *const conv2d_2_out = A + 1115136;  /* conv2d_2_out (128, 16, 16, 16) nChw8c, halo 1 1 1 1 */
    float *const conv2d_2_kernel_blocked8_winograd = A + 1821312;  /* conv2d_2/kernel.blocked8.winograd (4608) */
    float *const conv2d_1_out_winograd_tiles = A + 1778688;  /* conv2d_1_out.winograd_tiles (42624) */
    float *const conv2d_3_kernel = P + 2000;  /* conv2d_3/kernel (3, 3, 16, 16) */
    float *const conv2d_3_kernel_blocked8 = A + 1778688;  /* conv2d_3/kernel.blocked8 (3, 3, 16, 16) 8-blocked */
    float *const conv2d_3_bias = P + 4304;  /* conv2d_3/bias (16) */
    float *const conv2d_3_bias_padded16 = A + 1780992;  /* conv2d_3/bias.padded16 (16) */
    float *const conv2d_3_out = A + 2188288;  /* conv2d_3_out (128, 8, 8, 16) nChw8c, halo 1 1 1 1 */
    float *const conv2d_4_kernel = P + 4320;  /* conv2d_4/kernel (3, 3, 16, 32) */
    float *const conv2d_4_kernel_blocked8 = A + 2435712;  /* conv2d_4/kernel.blocked8 (3, 3, 16, 32) 8-blocked */
    float *const conv2d_4_bias = P + 8928;  /* conv2d_4/bias (32) */
    float *const conv2d_4_bias_padded32 = A + 2440320;  /* conv2d_4/bias.padded32 (32) */
    float *const conv2d_4_out = A + 1778688;  /* conv2d_4_out (128, 8, 8, 32) nChw8c, halo 1 1 1 1 */
    float *const conv2d_4_kernel_blocked8_winograd = A + 2886144;  /* conv2d_4/kernel.blocked8.winograd (18432) */
    float *const conv2d_3_out_winograd_tiles = A + 2393088;  /* conv2d_3_out.winograd_tiles (42624) */
    float *const conv2d_5_kernel = P + 8960;  /* conv2d_5/kernel (3, 3, 32, 32) */
    float *const conv2d_5_kernel_blocked8 = A + 2393088;  /* conv2d_5/kernel.blocked8 (3, 3, 32, 32) 8-blocked */
    float *const conv2d_5_bias = P + 18176;  /* conv2d_5/bias (32) */
    float *const conv2d_5_bias_padded32 = A + 2402304;  /* conv2d_5/bias.padded32 (32) */
    float *const conv2d_5_out = A + 2886144;  /* conv2d_5_out (128, 4, 4, 32) nChw8c, halo 1 1 0 0 */
    float *const dropout_out = A + 2988544;  /* dropout_out (128, 4, 4, 32) */
    float *const dropout_mask = A + 3090944;  /* dropout_mask (128, 4, 4, 32) */
    float *const dense_kernel = P + 18208;  /* dense/kernel (512, 10) */
    float *const dense_kernel_padded16 = A + 2393088;  /* dense/kernel.padded16 (512, 10) */
    float *const dense_bias = P + 23328;  /* dense/bias (10) */
    float *const dense_bias_padded16 = A + 2402560;  /* dense/bias.padded16 (10) */
    float *const flatten_out = A + 2988544;  /* flatten_out (128, 512) */
    float *const dense_pre = A + 2401280;  /* dense_pre (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const ddense_pre = A + 2398208;  /* ddense_pre (128, 10) */
    float *const dense_pre_per_sample = A + 2393088;  /* dense_pre.per_sample (512) */
    float *const ddense_kernel = G + 18208;  /* ddense/kernel (512, 10) */
    float *const ddense_bias = G + 23328;  /* ddense/bias (10) */
    float *const dense_kernel_transposed512 = A + 2393088;  /* dense/kernel.transposed512 (512, 10) */
    float *const dflatten_out = A + 3156480;  /* dflatten_out (128, 512) */
    float *const ddropout_out = A + 3156480;  /* ddropout_out (128, 4, 4, 32) */
    float *const dconv2d_5_out = A + 2988544;  /* dconv2d_5_out (128, 4, 4, 32) nChw8c, halo 1 1 0 0 */
    float *const dconv2d_5_pre = A + 3627520;  /* dconv2d_5_pre (128, 4, 4, 32) nChw8c, halo 1 1 0 0 */
    float *const dconv2d_5_kernel_part = A + 2411584;  /* dconv2d_5/kernel.part (3, 3, 32, 32) 8-blocked */
    float *const dconv2d_5_bias_part = A + 2420800;  /* dconv2d_5/bias.part (32) */
    float *const dconv2d_5_kernel_part_partial = A + 2393088;  /* dconv2d_5/kernel.part.partial (18496) */
    float *const dconv2d_5_kernel = G + 8960;  /* dconv2d_5/kernel (3, 3, 32, 32) */
    float *const dconv2d_5_bias = G + 18176;  /* dconv2d_5/bias (32) */
    float *const conv2d_5_kernel_flipped8 = A + 2393088;  /* conv2d_5/kernel.flipped8 (3, 3, 32, 32) 8-blocked */
    float *const dconv2d_4_pre = A + 2886144;  /* dconv2d_4_pre (128, 8, 8, 32) nChw8c, halo 1 1 1 1 */
    float *const dconv2d_4_kernel_part = A + 2037952;  /* dconv2d_4/kernel.part (3, 3, 16, 32) 8-blocked */
    float *const dconv2d_4_bias_part = A + 2042560;  /* dconv2d_4/bias.part (32) */
    float *const dconv2d_4_kernel_part_partial = A + 2001024;  /* dconv2d_4/kernel.part.partial (36928) */
    float *const dconv2d_4_kernel_part_winograd_tiles = A + 1778688;  /* dconv2d_4/kernel.part.winograd_tiles (222336) */
    float *const dconv2d_4_kernel = G + 4320;  /* dconv2d_4/kernel (3, 3, 16, 32) */
    float *const dconv2d_4_bias = G + 8928;  /* dconv2d_4/bias (32) */
    float *const conv2d_4_kernel_flipped8 = A + 1839744;  /* conv2d_4/kernel.flipped8 (3, 3, 16, 32) 8-blocked */
    float *const dconv2d_3_pre = A + 3627520;  /* dconv2d_3_pre (128, 8, 8, 16) nChw8c, halo 1 1 1 1 */
    float *const conv2d_4_kernel_flipped8_winograd = A + 1821312;  /* conv2d_4/kernel.flipped8.winograd (18432) */
    float *const dconv2d_4_pre_winograd_tiles = A + 1778688;  /* dconv2d_4_pre.winograd_tiles (42624) */
    float *const dconv2d_3_kernel_part = A + 1783328;  /* dconv2d_3/kernel.part (3, 3, 16, 16) 8-blocked */
    float *const dconv2d_3_bias_part = A + 1785632;  /* dconv2d_3/bias.part (16) */
    float *const dconv2d_3_kernel_part_partial = A + 1778688;  /* dconv2d_3/kernel.part.partial (4640) */
    float *const dconv2d_3_kernel = G + 2000;  /* dconv2d_3/kernel (3, 3, 16, 16) */
    float *const dconv2d_3_bias = G + 4304;  /* dconv2d_3/bias (16) */
    float *const conv2d_3_kernel_flipped8 = A + 2886144;  /* conv2d_3/kernel.flipped8 (3, 3, 16, 16) 8-blocked */
    float *const dconv2d_2_pre = A + 1778688;  /* dconv2d_2_pre (128, 16, 16, 16) nChw8c, halo 1 1 1 1 */
    float *const dconv2d_2_kernel_part = A + 1236128;  /* dconv2d_2/kernel.part (3, 3, 8, 16) 8-blocked */
    float *const dconv2d_2_bias_part = A + 1237280;  /* dconv2d_2/bias.part (16) */
    float *const dconv2d_2_kernel_part_partial = A + 1226880;  /* dconv2d_2/kernel.part.partial (9248) */
    float *const dconv2d_2_kernel_part_winograd_tiles = A + 1115136;  /* dconv2d_2/kernel.part.winograd_tiles (111744) */
    float *const dconv2d_2_kernel = G + 832;  /* dconv2d_2/kernel (3, 3, 8, 16) */
    float *const dconv2d_2_bias = G + 1984;  /* dconv2d_2/bias (16) */
    float *const conv2d_2_kernel_flipped8 = A + 1494144;  /* conv2d_2/kernel.flipped8 (3, 3, 8, 16) 8-blocked */
    float *const dconv2d_1_pre = A + 1115136;  /* dconv2d_1_pre (128, 16, 16, 8) nChw8c, halo 1 1 1 1 */
    float *const conv2d_2_kernel_flipped8_winograd = A + 1489536;  /* conv2d_2/kernel.flipped8.winograd (4608) */
    float *const dconv2d_2_pre_winograd_tiles = A + 1446912;  /* dconv2d_2_pre.winograd_tiles (42624) */
    float *const dconv2d_1_kernel_part = A + 1448080;  /* dconv2d_1/kernel.part (3, 3, 8, 8) 8-blocked */
    float *const dconv2d_1_bias_part = A + 1448656;  /* dconv2d_1/bias.part (8) */
    float *const dconv2d_1_kernel_part_partial = A + 1446912;  /* dconv2d_1/kernel.part.partial (1168) */
    float *const dconv2d_1_kernel = G + 240;  /* dconv2d_1/kernel (3, 3, 8, 8) */
    float *const dconv2d_1_bias = G + 816;  /* dconv2d_1/bias (8) */
    float *const conv2d_1_kernel_flipped8 = A + 1464336;  /* conv2d_1/kernel.flipped8 (3, 3, 8, 8) 8-blocked */
    float *const dconv2d_kernel_part = A + 1465360;  /* dconv2d/kernel.part (3, 3, 3, 8) 8-blocked */
    float *const dconv2d_bias_part = A + 1465584;  /* dconv2d/bias.part (8) */
    float *const dconv2d_kernel_part_partial = A + 1464912;  /* dconv2d/kernel.part.partial (448) */
    float *const dconv2d_pre_sample = A + 1446912;  /* dconv2d_pre.sample (17424) */
    float *const dconv2d_kernel = G + 0;  /* dconv2d/kernel (3, 3, 3, 8) */
    float *const dconv2d_bias = G + 224;  /* dconv2d/bias (8) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 7191511 FLOP per sample: threads from 1 samples on */
    #pragma omp parallel if ((double)nb * 7191511.15625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_reorder_n128_h32w32c3(x, x_padded, nb);
        k01_reorder_3x3x3x8(conv2d_kernel, conv2d_kernel_blocked8);
        k02_reorder_c8(conv2d_bias, conv2d_bias_padded8);
        k03_conv2d_fwd_relu_n128_h32w32c8(x_padded, conv2d_kernel_blocked8, conv2d_bias_padded8, conv2d_out, nb);
        k04_reorder_3x3x8x8(conv2d_1_kernel, conv2d_1_kernel_blocked8);
        k05_reorder_c8(conv2d_1_bias, conv2d_1_bias_padded8);
        k06_conv2d_fwd_relu_n128_h16w16c8(conv2d_out, conv2d_1_kernel_blocked8, conv2d_1_bias_padded8, conv2d_1_out, nb);
        k07_reorder_3x3x8x16(conv2d_2_kernel, conv2d_2_kernel_blocked8);
        k08_reorder_c16(conv2d_2_bias, conv2d_2_bias_padded16);
        k09_conv2d_fwd_relu_n128_h16w16c16(conv2d_1_out, conv2d_2_kernel_blocked8, conv2d_2_bias_padded16, conv2d_2_out, conv2d_2_kernel_blocked8_winograd, conv2d_1_out_winograd_tiles, nb);
        k10_reorder_3x3x16x16(conv2d_3_kernel, conv2d_3_kernel_blocked8);
        k11_reorder_c16(conv2d_3_bias, conv2d_3_bias_padded16);
        k12_conv2d_fwd_relu_n128_h8w8c16(conv2d_2_out, conv2d_3_kernel_blocked8, conv2d_3_bias_padded16, conv2d_3_out, nb);
        k13_reorder_3x3x16x32(conv2d_4_kernel, conv2d_4_kernel_blocked8);
        k14_reorder_c32(conv2d_4_bias, conv2d_4_bias_padded32);
        k15_conv2d_fwd_relu_n128_h8w8c32(conv2d_3_out, conv2d_4_kernel_blocked8, conv2d_4_bias_padded32, conv2d_4_out, conv2d_4_kernel_blocked8_winograd, conv2d_3_out_winograd_tiles, nb);
        k16_reorder_3x3x32x32(conv2d_5_kernel, conv2d_5_kernel_blocked8);
        k17_reorder_c32(conv2d_5_bias, conv2d_5_bias_padded32);
        k18_conv2d_fwd_relu_n128_h4w4c32(conv2d_4_out, conv2d_5_kernel_blocked8, conv2d_5_bias_padded32, conv2d_5_out, nb);
        k19_dropout_n128_h4w4c32(conv2d_5_out, dropout_out, dropout_mask, nb, s->seed, s->step);
        k20_reorder_512x10(dense_kernel, dense_kernel_padded16);
        k21_reorder_c10(dense_bias, dense_bias_padded16);
        k22_dense_fwd_n128_k10(flatten_out, dense_kernel_padded16, dense_bias_padded16, dense_pre, nb);
        k46_softmax_ce_softmax_ce_bwd_n128_k10(dense_pre, y, ddense_pre, dense_pre_per_sample, nb, &s->loss, &s->metric);
        k48_regularizer_512x10(dense_kernel, &s->loss);
        k49_dense_bwd_weights_512x10(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k50_reorder_512x10(dense_kernel, dense_kernel_transposed512);
        k51_dense_bwd_data_n128_k512(ddense_pre, dense_kernel_transposed512, dflatten_out, nb);
        k52_dropout_bwd_n128_h4w4c32(ddropout_out, dropout_mask, dconv2d_5_out, nb);
        k53_relu_bwd_n128_h4w4c32(dconv2d_5_out, conv2d_5_out, dconv2d_5_pre, nb);
        k54_conv2d_bwd_weights_3x3x32x32(dconv2d_5_pre, conv2d_4_out, dconv2d_5_kernel_part, dconv2d_5_bias_part, dconv2d_5_kernel_part_partial, nb);
        k55_reorder_3x3x32x32(dconv2d_5_kernel_part, dconv2d_5_kernel);
        k56_reorder_c32(dconv2d_5_bias_part, dconv2d_5_bias);
        k57_reorder_3x3x32x32(conv2d_5_kernel, conv2d_5_kernel_flipped8);
        k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32(dconv2d_5_pre, conv2d_5_kernel_flipped8, conv2d_4_out, dconv2d_4_pre, nb);
        k59_conv2d_bwd_weights_3x3x16x32(dconv2d_4_pre, conv2d_3_out, dconv2d_4_kernel_part, dconv2d_4_bias_part, dconv2d_4_kernel_part_partial, dconv2d_4_kernel_part_winograd_tiles, nb);
        k60_reorder_3x3x16x32(dconv2d_4_kernel_part, dconv2d_4_kernel);
        k61_reorder_c32(dconv2d_4_bias_part, dconv2d_4_bias);
        k62_reorder_3x3x16x32(conv2d_4_kernel, conv2d_4_kernel_flipped8);
        k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16(dconv2d_4_pre, conv2d_4_kernel_flipped8, conv2d_3_out, dconv2d_3_pre, conv2d_4_kernel_flipped8_winograd, dconv2d_4_pre_winograd_tiles, nb);
        k64_conv2d_bwd_weights_3x3x16x16(dconv2d_3_pre, conv2d_2_out, dconv2d_3_kernel_part, dconv2d_3_bias_part, dconv2d_3_kernel_part_partial, nb);
        k65_reorder_3x3x16x16(dconv2d_3_kernel_part, dconv2d_3_kernel);
        k66_reorder_c16(dconv2d_3_bias_part, dconv2d_3_bias);
        k67_reorder_3x3x16x16(conv2d_3_kernel, conv2d_3_kernel_flipped8);
        k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16(dconv2d_3_pre, conv2d_3_kernel_flipped8, conv2d_2_out, dconv2d_2_pre, nb);
        k69_conv2d_bwd_weights_3x3x8x16(dconv2d_2_pre, conv2d_1_out, dconv2d_2_kernel_part, dconv2d_2_bias_part, dconv2d_2_kernel_part_partial, dconv2d_2_kernel_part_winograd_tiles, nb);
        k70_reorder_3x3x8x16(dconv2d_2_kernel_part, dconv2d_2_kernel);
        k71_reorder_c16(dconv2d_2_bias_part, dconv2d_2_bias);
        k72_reorder_3x3x8x16(conv2d_2_kernel, conv2d_2_kernel_flipped8);
        k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8(dconv2d_2_pre, conv2d_2_kernel_flipped8, conv2d_1_out, dconv2d_1_pre, conv2d_2_kernel_flipped8_winograd, dconv2d_2_pre_winograd_tiles, nb);
        k74_conv2d_bwd_weights_3x3x8x8(dconv2d_1_pre, conv2d_out, dconv2d_1_kernel_part, dconv2d_1_bias_part, dconv2d_1_kernel_part_partial, nb);
        k75_reorder_3x3x8x8(dconv2d_1_kernel_part, dconv2d_1_kernel);
        k76_reorder_c8(dconv2d_1_bias_part, dconv2d_1_bias);
        k77_reorder_3x3x8x8(conv2d_1_kernel, conv2d_1_kernel_flipped8);
        k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8(dconv2d_1_pre, conv2d_1_kernel_flipped8, conv2d_out, x_padded, dconv2d_kernel_part, dconv2d_bias_part, dconv2d_kernel_part_partial, dconv2d_pre_sample, nb);
        k79_reorder_3x3x3x8(dconv2d_kernel_part, dconv2d_kernel);
        k80_reorder_c8(dconv2d_bias_part, dconv2d_bias);
        k81_adam_update_regularizer_bwd_p23344(P, G, M, V, s->step, s->learning_rate);
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
    float *const x_padded_2 = A + 1115136;  /* x.padded.2 (128, 32, 32, 3) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 3, 8) */
    float *const conv2d_kernel_blocked8_2 = A + 3832320;  /* conv2d/kernel.blocked8.2 (3, 3, 3, 8) 8-blocked */
    float *const conv2d_bias = P + 224;  /* conv2d/bias (8) */
    float *const conv2d_bias_padded8_2 = A + 3832544;  /* conv2d/bias.padded8.2 (8) */
    float *const conv2d_out_infer = A + 0;  /* conv2d_out_infer (128, 32, 32, 8) nChw8c, halo 0 0 1 1 */
    float *const conv2d_1_kernel = P + 240;  /* conv2d_1/kernel (3, 3, 8, 8) */
    float *const conv2d_1_kernel_blocked8_2 = A + 3832560;  /* conv2d_1/kernel.blocked8.2 (3, 3, 8, 8) 8-blocked */
    float *const conv2d_1_bias = P + 816;  /* conv2d_1/bias (8) */
    float *const conv2d_1_bias_padded8_2 = A + 3833136;  /* conv2d_1/bias.padded8.2 (8) */
    float *const conv2d_1_out_infer = A + 1115136;  /* conv2d_1_out_infer (128, 16, 16, 8) nChw8c, halo 1 1 1 1 */
    float *const conv2d_2_kernel = P + 832;  /* conv2d_2/kernel (3, 3, 8, 16) */
    float *const conv2d_2_kernel_blocked8_2 = A + 3833152;  /* conv2d_2/kernel.blocked8.2 (3, 3, 8, 16) 8-blocked */
    float *const conv2d_2_bias = P + 1984;  /* conv2d_2/bias (16) */
    float *const conv2d_2_bias_padded16_2 = A + 3834304;  /* conv2d_2/bias.padded16.2 (16) */
    float *const conv2d_2_out_infer = A + 0;  /* conv2d_2_out_infer (128, 16, 16, 16) nChw8c, halo 0 0 1 1 */
    float *const conv2d_2_kernel_blocked8_2_winograd = A + 634496;  /* conv2d_2/kernel.blocked8.2.winograd (4608) */
    float *const conv2d_1_out_infer_winograd_tiles = A + 591872;  /* conv2d_1_out_infer.winograd_tiles (42624) */
    float *const conv2d_3_kernel = P + 2000;  /* conv2d_3/kernel (3, 3, 16, 16) */
    float *const conv2d_3_kernel_blocked8_2 = A + 3834320;  /* conv2d_3/kernel.blocked8.2 (3, 3, 16, 16) 8-blocked */
    float *const conv2d_3_bias = P + 4304;  /* conv2d_3/bias (16) */
    float *const conv2d_3_bias_padded16_2 = A + 3836624;  /* conv2d_3/bias.padded16.2 (16) */
    float *const conv2d_3_out_infer = A + 591872;  /* conv2d_3_out_infer (128, 8, 8, 16) nChw8c, halo 1 1 1 1 */
    float *const conv2d_4_kernel = P + 4320;  /* conv2d_4/kernel (3, 3, 16, 32) */
    float *const conv2d_4_kernel_blocked8_2 = A + 3836640;  /* conv2d_4/kernel.blocked8.2 (3, 3, 16, 32) 8-blocked */
    float *const conv2d_4_bias = P + 8928;  /* conv2d_4/bias (32) */
    float *const conv2d_4_bias_padded32_2 = A + 3841248;  /* conv2d_4/bias.padded32.2 (32) */
    float *const conv2d_4_out_infer = A + 0;  /* conv2d_4_out_infer (128, 8, 8, 32) nChw8c, halo 0 0 1 1 */
    float *const conv2d_4_kernel_blocked8_2_winograd = A + 374400;  /* conv2d_4/kernel.blocked8.2.winograd (18432) */
    float *const conv2d_3_out_infer_winograd_tiles = A + 331776;  /* conv2d_3_out_infer.winograd_tiles (42624) */
    float *const conv2d_5_kernel = P + 8960;  /* conv2d_5/kernel (3, 3, 32, 32) */
    float *const conv2d_5_kernel_blocked8_2 = A + 3841280;  /* conv2d_5/kernel.blocked8.2 (3, 3, 32, 32) 8-blocked */
    float *const conv2d_5_bias = P + 18176;  /* conv2d_5/bias (32) */
    float *const conv2d_5_bias_padded32_2 = A + 3850496;  /* conv2d_5/bias.padded32.2 (32) */
    float *const conv2d_5_out_infer = A + 331776;  /* conv2d_5_out_infer (128, 4, 4, 32) */
    float *const dense_kernel = P + 18208;  /* dense/kernel (512, 10) */
    float *const dense_kernel_padded16_2 = A + 3850528;  /* dense/kernel.padded16.2 (512, 10) */
    float *const dense_bias = P + 23328;  /* dense/bias (10) */
    float *const dense_bias_padded16_2 = A + 3858720;  /* dense/bias.padded16.2 (10) */
    float *const flatten_out_infer = A + 331776;  /* flatten_out_infer (128, 512) */
    float *const dense_pre_infer = A + 0;  /* dense_pre_infer (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    float *const dense_pre_infer_per_sample = A + 2560;  /* dense_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 2559440 FLOP per sample: threads from 2 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 2559440.28125 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k23_reorder_n128_h32w32c3(x, x_padded_2, nb);
        if (copy_weights) k24_reorder_3x3x3x8(conv2d_kernel, conv2d_kernel_blocked8_2);
        if (copy_weights) k25_reorder_c8(conv2d_bias, conv2d_bias_padded8_2);
        k26_conv2d_fwd_relu_n128_h32w32c8(x_padded_2, conv2d_kernel_blocked8_2, conv2d_bias_padded8_2, conv2d_out_infer, nb);
        if (copy_weights) k27_reorder_3x3x8x8(conv2d_1_kernel, conv2d_1_kernel_blocked8_2);
        if (copy_weights) k28_reorder_c8(conv2d_1_bias, conv2d_1_bias_padded8_2);
        k29_conv2d_fwd_relu_n128_h16w16c8(conv2d_out_infer, conv2d_1_kernel_blocked8_2, conv2d_1_bias_padded8_2, conv2d_1_out_infer, nb);
        if (copy_weights) k30_reorder_3x3x8x16(conv2d_2_kernel, conv2d_2_kernel_blocked8_2);
        if (copy_weights) k31_reorder_c16(conv2d_2_bias, conv2d_2_bias_padded16_2);
        k32_conv2d_fwd_relu_n128_h16w16c16(conv2d_1_out_infer, conv2d_2_kernel_blocked8_2, conv2d_2_bias_padded16_2, conv2d_2_out_infer, conv2d_2_kernel_blocked8_2_winograd, conv2d_1_out_infer_winograd_tiles, nb);
        if (copy_weights) k33_reorder_3x3x16x16(conv2d_3_kernel, conv2d_3_kernel_blocked8_2);
        if (copy_weights) k34_reorder_c16(conv2d_3_bias, conv2d_3_bias_padded16_2);
        k35_conv2d_fwd_relu_n128_h8w8c16(conv2d_2_out_infer, conv2d_3_kernel_blocked8_2, conv2d_3_bias_padded16_2, conv2d_3_out_infer, nb);
        if (copy_weights) k36_reorder_3x3x16x32(conv2d_4_kernel, conv2d_4_kernel_blocked8_2);
        if (copy_weights) k37_reorder_c32(conv2d_4_bias, conv2d_4_bias_padded32_2);
        k38_conv2d_fwd_relu_n128_h8w8c32(conv2d_3_out_infer, conv2d_4_kernel_blocked8_2, conv2d_4_bias_padded32_2, conv2d_4_out_infer, conv2d_4_kernel_blocked8_2_winograd, conv2d_3_out_infer_winograd_tiles, nb);
        if (copy_weights) k39_reorder_3x3x32x32(conv2d_5_kernel, conv2d_5_kernel_blocked8_2);
        if (copy_weights) k40_reorder_c32(conv2d_5_bias, conv2d_5_bias_padded32_2);
        k41_conv2d_fwd_relu_n128_h4w4c32(conv2d_4_out_infer, conv2d_5_kernel_blocked8_2, conv2d_5_bias_padded32_2, conv2d_5_out_infer, nb);
        if (copy_weights) k42_reorder_512x10(dense_kernel, dense_kernel_padded16_2);
        if (copy_weights) k43_reorder_c10(dense_bias, dense_bias_padded16_2);
        k44_dense_fwd_n128_k10(flatten_out_infer, dense_kernel_padded16_2, dense_bias_padded16_2, dense_pre_infer, nb);
        k47_softmax_ce_n128_k10(dense_pre_infer, y, probs_eval, dense_pre_infer_per_sample, nb, &s->loss, &s->metric);
        k48_regularizer_512x10(dense_kernel, &s->loss);
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
    float *const x_padded_2 = A + 1115136;  /* x.padded.2 (128, 32, 32, 3) */
    float *const conv2d_kernel = P + 0;  /* conv2d/kernel (3, 3, 3, 8) */
    float *const conv2d_kernel_blocked8_2 = A + 3832320;  /* conv2d/kernel.blocked8.2 (3, 3, 3, 8) 8-blocked */
    float *const conv2d_bias = P + 224;  /* conv2d/bias (8) */
    float *const conv2d_bias_padded8_2 = A + 3832544;  /* conv2d/bias.padded8.2 (8) */
    float *const conv2d_out_infer = A + 0;  /* conv2d_out_infer (128, 32, 32, 8) nChw8c, halo 0 0 1 1 */
    float *const conv2d_1_kernel = P + 240;  /* conv2d_1/kernel (3, 3, 8, 8) */
    float *const conv2d_1_kernel_blocked8_2 = A + 3832560;  /* conv2d_1/kernel.blocked8.2 (3, 3, 8, 8) 8-blocked */
    float *const conv2d_1_bias = P + 816;  /* conv2d_1/bias (8) */
    float *const conv2d_1_bias_padded8_2 = A + 3833136;  /* conv2d_1/bias.padded8.2 (8) */
    float *const conv2d_1_out_infer = A + 1115136;  /* conv2d_1_out_infer (128, 16, 16, 8) nChw8c, halo 1 1 1 1 */
    float *const conv2d_2_kernel = P + 832;  /* conv2d_2/kernel (3, 3, 8, 16) */
    float *const conv2d_2_kernel_blocked8_2 = A + 3833152;  /* conv2d_2/kernel.blocked8.2 (3, 3, 8, 16) 8-blocked */
    float *const conv2d_2_bias = P + 1984;  /* conv2d_2/bias (16) */
    float *const conv2d_2_bias_padded16_2 = A + 3834304;  /* conv2d_2/bias.padded16.2 (16) */
    float *const conv2d_2_out_infer = A + 0;  /* conv2d_2_out_infer (128, 16, 16, 16) nChw8c, halo 0 0 1 1 */
    float *const conv2d_2_kernel_blocked8_2_winograd = A + 634496;  /* conv2d_2/kernel.blocked8.2.winograd (4608) */
    float *const conv2d_1_out_infer_winograd_tiles = A + 591872;  /* conv2d_1_out_infer.winograd_tiles (42624) */
    float *const conv2d_3_kernel = P + 2000;  /* conv2d_3/kernel (3, 3, 16, 16) */
    float *const conv2d_3_kernel_blocked8_2 = A + 3834320;  /* conv2d_3/kernel.blocked8.2 (3, 3, 16, 16) 8-blocked */
    float *const conv2d_3_bias = P + 4304;  /* conv2d_3/bias (16) */
    float *const conv2d_3_bias_padded16_2 = A + 3836624;  /* conv2d_3/bias.padded16.2 (16) */
    float *const conv2d_3_out_infer = A + 591872;  /* conv2d_3_out_infer (128, 8, 8, 16) nChw8c, halo 1 1 1 1 */
    float *const conv2d_4_kernel = P + 4320;  /* conv2d_4/kernel (3, 3, 16, 32) */
    float *const conv2d_4_kernel_blocked8_2 = A + 3836640;  /* conv2d_4/kernel.blocked8.2 (3, 3, 16, 32) 8-blocked */
    float *const conv2d_4_bias = P + 8928;  /* conv2d_4/bias (32) */
    float *const conv2d_4_bias_padded32_2 = A + 3841248;  /* conv2d_4/bias.padded32.2 (32) */
    float *const conv2d_4_out_infer = A + 0;  /* conv2d_4_out_infer (128, 8, 8, 32) nChw8c, halo 0 0 1 1 */
    float *const conv2d_4_kernel_blocked8_2_winograd = A + 374400;  /* conv2d_4/kernel.blocked8.2.winograd (18432) */
    float *const conv2d_3_out_infer_winograd_tiles = A + 331776;  /* conv2d_3_out_infer.winograd_tiles (42624) */
    float *const conv2d_5_kernel = P + 8960;  /* conv2d_5/kernel (3, 3, 32, 32) */
    float *const conv2d_5_kernel_blocked8_2 = A + 3841280;  /* conv2d_5/kernel.blocked8.2 (3, 3, 32, 32) 8-blocked */
    float *const conv2d_5_bias = P + 18176;  /* conv2d_5/bias (32) */
    float *const conv2d_5_bias_padded32_2 = A + 3850496;  /* conv2d_5/bias.padded32.2 (32) */
    float *const conv2d_5_out_infer = A + 331776;  /* conv2d_5_out_infer (128, 4, 4, 32) */
    float *const dense_kernel = P + 18208;  /* dense/kernel (512, 10) */
    float *const dense_kernel_padded16_2 = A + 3850528;  /* dense/kernel.padded16.2 (512, 10) */
    float *const dense_bias = P + 23328;  /* dense/bias (10) */
    float *const dense_bias_padded16_2 = A + 3858720;  /* dense/bias.padded16.2 (10) */
    float *const flatten_out_infer = A + 331776;  /* flatten_out_infer (128, 512) */
    float *const dense_out_infer = s->out;  /* dense_out_infer (128, 10) */
    /* 2559380 FLOP per sample: threads from 2 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 2559380.28125 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k23_reorder_n128_h32w32c3(x, x_padded_2, nb);
        if (copy_weights) k24_reorder_3x3x3x8(conv2d_kernel, conv2d_kernel_blocked8_2);
        if (copy_weights) k25_reorder_c8(conv2d_bias, conv2d_bias_padded8_2);
        k26_conv2d_fwd_relu_n128_h32w32c8(x_padded_2, conv2d_kernel_blocked8_2, conv2d_bias_padded8_2, conv2d_out_infer, nb);
        if (copy_weights) k27_reorder_3x3x8x8(conv2d_1_kernel, conv2d_1_kernel_blocked8_2);
        if (copy_weights) k28_reorder_c8(conv2d_1_bias, conv2d_1_bias_padded8_2);
        k29_conv2d_fwd_relu_n128_h16w16c8(conv2d_out_infer, conv2d_1_kernel_blocked8_2, conv2d_1_bias_padded8_2, conv2d_1_out_infer, nb);
        if (copy_weights) k30_reorder_3x3x8x16(conv2d_2_kernel, conv2d_2_kernel_blocked8_2);
        if (copy_weights) k31_reorder_c16(conv2d_2_bias, conv2d_2_bias_padded16_2);
        k32_conv2d_fwd_relu_n128_h16w16c16(conv2d_1_out_infer, conv2d_2_kernel_blocked8_2, conv2d_2_bias_padded16_2, conv2d_2_out_infer, conv2d_2_kernel_blocked8_2_winograd, conv2d_1_out_infer_winograd_tiles, nb);
        if (copy_weights) k33_reorder_3x3x16x16(conv2d_3_kernel, conv2d_3_kernel_blocked8_2);
        if (copy_weights) k34_reorder_c16(conv2d_3_bias, conv2d_3_bias_padded16_2);
        k35_conv2d_fwd_relu_n128_h8w8c16(conv2d_2_out_infer, conv2d_3_kernel_blocked8_2, conv2d_3_bias_padded16_2, conv2d_3_out_infer, nb);
        if (copy_weights) k36_reorder_3x3x16x32(conv2d_4_kernel, conv2d_4_kernel_blocked8_2);
        if (copy_weights) k37_reorder_c32(conv2d_4_bias, conv2d_4_bias_padded32_2);
        k38_conv2d_fwd_relu_n128_h8w8c32(conv2d_3_out_infer, conv2d_4_kernel_blocked8_2, conv2d_4_bias_padded32_2, conv2d_4_out_infer, conv2d_4_kernel_blocked8_2_winograd, conv2d_3_out_infer_winograd_tiles, nb);
        if (copy_weights) k39_reorder_3x3x32x32(conv2d_5_kernel, conv2d_5_kernel_blocked8_2);
        if (copy_weights) k40_reorder_c32(conv2d_5_bias, conv2d_5_bias_padded32_2);
        k41_conv2d_fwd_relu_n128_h4w4c32(conv2d_4_out_infer, conv2d_5_kernel_blocked8_2, conv2d_5_bias_padded32_2, conv2d_5_out_infer, nb);
        if (copy_weights) k42_reorder_512x10(dense_kernel, dense_kernel_padded16_2);
        if (copy_weights) k43_reorder_c10(dense_bias, dense_bias_padded16_2);
        k45_dense_fwd_softmax_n128_k10(flatten_out_infer, dense_kernel_padded16_2, dense_bias_padded16_2, dense_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
    if (s->weights_cached) *s->weights_cached = s->weights_version;
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 32, 32, 3}, "NHWC", 0, 393216, 0, 0, 0},
    {"conv2d/kernel", KILN_ROLE_PARAM, 4, {3, 3, 3, 8}, "HWIO", 0, 216, 3, 27, 72},
    {"conv2d/bias", KILN_ROLE_PARAM, 1, {8, 0, 0, 0}, "C", 224, 8, 1, 0, 0},
    {"conv2d_pre", KILN_ROLE_ACT, 4, {128, 32, 32, 8}, "nChw8c, halo 0 0 1 1", 0, 0, 0, 0, 0},
    {"conv2d_out", KILN_ROLE_ACT, 4, {128, 32, 32, 8}, "nChw8c, halo 0 0 1 1", 0, 1115136, 0, 0, 0},
    {"conv2d_1/kernel", KILN_ROLE_PARAM, 4, {3, 3, 8, 8}, "HWIO", 240, 576, 3, 72, 72},
    {"conv2d_1/bias", KILN_ROLE_PARAM, 1, {8, 0, 0, 0}, "C", 816, 8, 1, 0, 0},
    {"conv2d_1_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 8}, "nChw8c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"conv2d_1_out", KILN_ROLE_ACT, 4, {128, 16, 16, 8}, "nChw8c, halo 1 1 1 1", 3295744, 331776, 0, 0, 0},
    {"conv2d_2/kernel", KILN_ROLE_PARAM, 4, {3, 3, 8, 16}, "HWIO", 832, 1152, 3, 72, 144},
    {"conv2d_2/bias", KILN_ROLE_PARAM, 1, {16, 0, 0, 0}, "C", 1984, 16, 1, 0, 0},
    {"conv2d_2_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw8c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"conv2d_2_out", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw8c, halo 1 1 1 1", 1115136, 663552, 0, 0, 0},
    {"conv2d_3/kernel", KILN_ROLE_PARAM, 4, {3, 3, 16, 16}, "HWIO", 2000, 2304, 3, 144, 144},
    {"conv2d_3/bias", KILN_ROLE_PARAM, 1, {16, 0, 0, 0}, "C", 4304, 16, 1, 0, 0},
    {"conv2d_3_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 16}, "nChw8c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"conv2d_3_out", KILN_ROLE_ACT, 4, {128, 8, 8, 16}, "nChw8c, halo 1 1 1 1", 2188288, 204800, 0, 0, 0},
    {"conv2d_4/kernel", KILN_ROLE_PARAM, 4, {3, 3, 16, 32}, "HWIO", 4320, 4608, 3, 144, 288},
    {"conv2d_4/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 8928, 32, 1, 0, 0},
    {"conv2d_4_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "nChw8c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"conv2d_4_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "nChw8c, halo 1 1 1 1", 1778688, 409600, 0, 0, 0},
    {"conv2d_5/kernel", KILN_ROLE_PARAM, 4, {3, 3, 32, 32}, "HWIO", 8960, 9216, 3, 288, 288},
    {"conv2d_5/bias", KILN_ROLE_PARAM, 1, {32, 0, 0, 0}, "C", 18176, 32, 1, 0, 0},
    {"conv2d_5_pre", KILN_ROLE_ACT, 4, {128, 4, 4, 32}, "nChw8c, halo 1 1 0 0", 0, 0, 0, 0, 0},
    {"conv2d_5_out", KILN_ROLE_ACT, 4, {128, 4, 4, 32}, "nChw8c, halo 1 1 0 0", 2886144, 102400, 0, 0, 0},
    {"dropout_out", KILN_ROLE_ACT, 4, {128, 4, 4, 32}, "NHWC", 2988544, 65536, 0, 0, 0},
    {"dropout_mask", KILN_ROLE_ACT, 4, {128, 4, 4, 32}, "NHWC", 3090944, 65536, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {512, 10, 0, 0}, "IO", 18208, 5120, 3, 512, 10},
    {"dense/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 23328, 10, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 2401280, 1280, 0, 0, 0},
    {"conv2d_pre_infer", KILN_ROLE_ACT, 4, {128, 32, 32, 8}, "nChw8c, halo 0 0 1 1", 0, 0, 0, 0, 0},
    {"conv2d_out_infer", KILN_ROLE_ACT, 4, {128, 32, 32, 8}, "nChw8c, halo 0 0 1 1", 0, 1115136, 0, 0, 0},
    {"conv2d_1_pre_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 8}, "nChw8c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"conv2d_1_out_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 8}, "nChw8c, halo 1 1 1 1", 1115136, 331776, 0, 0, 0},
    {"conv2d_2_pre_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw8c, halo 0 0 1 1", 0, 0, 0, 0, 0},
    {"conv2d_2_out_infer", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw8c, halo 0 0 1 1", 0, 591872, 0, 0, 0},
    {"conv2d_3_pre_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 16}, "nChw8c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"conv2d_3_out_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 16}, "nChw8c, halo 1 1 1 1", 591872, 204800, 0, 0, 0},
    {"conv2d_4_pre_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "nChw8c, halo 0 0 1 1", 0, 0, 0, 0, 0},
    {"conv2d_4_out_infer", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "nChw8c, halo 0 0 1 1", 0, 331776, 0, 0, 0},
    {"conv2d_5_pre_infer", KILN_ROLE_ACT, 4, {128, 4, 4, 32}, "NHWC", 0, 0, 0, 0, 0},
    {"conv2d_5_out_infer", KILN_ROLE_ACT, 4, {128, 4, 4, 32}, "NHWC", 331776, 65536, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 2398208, 1280, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 23328, 10, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {512, 10, 0, 0}, "IO", 18208, 5120, 0, 0, 0},
    {"ddropout_out", KILN_ROLE_ACT, 4, {128, 4, 4, 32}, "NHWC", 3156480, 65536, 0, 0, 0},
    {"dconv2d_5_out", KILN_ROLE_ACT, 4, {128, 4, 4, 32}, "nChw8c, halo 1 1 0 0", 2988544, 102400, 0, 0, 0},
    {"dconv2d_5_pre", KILN_ROLE_ACT, 4, {128, 4, 4, 32}, "nChw8c, halo 1 1 0 0", 3627520, 102400, 0, 0, 0},
    {"dconv2d_5/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 18176, 32, 0, 0, 0},
    {"dconv2d_5/kernel", KILN_ROLE_GRAD, 4, {3, 3, 32, 32}, "HWIO", 8960, 9216, 0, 0, 0},
    {"dconv2d_4_out", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "nChw8c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"dconv2d_4_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 32}, "nChw8c, halo 1 1 1 1", 2886144, 409600, 0, 0, 0},
    {"dconv2d_4/bias", KILN_ROLE_GRAD, 1, {32, 0, 0, 0}, "C", 8928, 32, 0, 0, 0},
    {"dconv2d_4/kernel", KILN_ROLE_GRAD, 4, {3, 3, 16, 32}, "HWIO", 4320, 4608, 0, 0, 0},
    {"dconv2d_3_out", KILN_ROLE_ACT, 4, {128, 8, 8, 16}, "nChw8c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"dconv2d_3_pre", KILN_ROLE_ACT, 4, {128, 8, 8, 16}, "nChw8c, halo 1 1 1 1", 3627520, 204800, 0, 0, 0},
    {"dconv2d_3/bias", KILN_ROLE_GRAD, 1, {16, 0, 0, 0}, "C", 4304, 16, 0, 0, 0},
    {"dconv2d_3/kernel", KILN_ROLE_GRAD, 4, {3, 3, 16, 16}, "HWIO", 2000, 2304, 0, 0, 0},
    {"dconv2d_2_out", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw8c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"dconv2d_2_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 16}, "nChw8c, halo 1 1 1 1", 1778688, 663552, 0, 0, 0},
    {"dconv2d_2/bias", KILN_ROLE_GRAD, 1, {16, 0, 0, 0}, "C", 1984, 16, 0, 0, 0},
    {"dconv2d_2/kernel", KILN_ROLE_GRAD, 4, {3, 3, 8, 16}, "HWIO", 832, 1152, 0, 0, 0},
    {"dconv2d_1_out", KILN_ROLE_ACT, 4, {128, 16, 16, 8}, "nChw8c, halo 1 1 1 1", 0, 0, 0, 0, 0},
    {"dconv2d_1_pre", KILN_ROLE_ACT, 4, {128, 16, 16, 8}, "nChw8c, halo 1 1 1 1", 1115136, 331776, 0, 0, 0},
    {"dconv2d_1/bias", KILN_ROLE_GRAD, 1, {8, 0, 0, 0}, "C", 816, 8, 0, 0, 0},
    {"dconv2d_1/kernel", KILN_ROLE_GRAD, 4, {3, 3, 8, 8}, "HWIO", 240, 576, 0, 0, 0},
    {"dconv2d_out", KILN_ROLE_ACT, 4, {128, 32, 32, 8}, "nChw8c, halo 0 0 1 1", 0, 0, 0, 0, 0},
    {"dconv2d_pre", KILN_ROLE_ACT, 4, {128, 32, 32, 8}, "nChw8c, halo 0 0 1 1", 0, 0, 0, 0, 0},
    {"dconv2d/bias", KILN_ROLE_GRAD, 1, {8, 0, 0, 0}, "C", 224, 8, 0, 0, 0},
    {"dconv2d/kernel", KILN_ROLE_GRAD, 4, {3, 3, 3, 8}, "HWIO", 0, 216, 0, 0, 0},
    {"m_conv2d/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 3, 8}, "HWIO", 0, 216, 1, 0, 0},
    {"v_conv2d/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 3, 8}, "HWIO", 0, 216, 1, 0, 0},
    {"m_conv2d/bias", KILN_ROLE_OPT_M, 1, {8, 0, 0, 0}, "C", 224, 8, 1, 0, 0},
    {"v_conv2d/bias", KILN_ROLE_OPT_V, 1, {8, 0, 0, 0}, "C", 224, 8, 1, 0, 0},
    {"m_conv2d_1/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 8, 8}, "HWIO", 240, 576, 1, 0, 0},
    {"v_conv2d_1/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 8, 8}, "HWIO", 240, 576, 1, 0, 0},
    {"m_conv2d_1/bias", KILN_ROLE_OPT_M, 1, {8, 0, 0, 0}, "C", 816, 8, 1, 0, 0},
    {"v_conv2d_1/bias", KILN_ROLE_OPT_V, 1, {8, 0, 0, 0}, "C", 816, 8, 1, 0, 0},
    {"m_conv2d_2/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 8, 16}, "HWIO", 832, 1152, 1, 0, 0},
    {"v_conv2d_2/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 8, 16}, "HWIO", 832, 1152, 1, 0, 0},
    {"m_conv2d_2/bias", KILN_ROLE_OPT_M, 1, {16, 0, 0, 0}, "C", 1984, 16, 1, 0, 0},
    {"v_conv2d_2/bias", KILN_ROLE_OPT_V, 1, {16, 0, 0, 0}, "C", 1984, 16, 1, 0, 0},
    {"m_conv2d_3/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 16, 16}, "HWIO", 2000, 2304, 1, 0, 0},
    {"v_conv2d_3/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 16, 16}, "HWIO", 2000, 2304, 1, 0, 0},
    {"m_conv2d_3/bias", KILN_ROLE_OPT_M, 1, {16, 0, 0, 0}, "C", 4304, 16, 1, 0, 0},
    {"v_conv2d_3/bias", KILN_ROLE_OPT_V, 1, {16, 0, 0, 0}, "C", 4304, 16, 1, 0, 0},
    {"m_conv2d_4/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 16, 32}, "HWIO", 4320, 4608, 1, 0, 0},
    {"v_conv2d_4/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 16, 32}, "HWIO", 4320, 4608, 1, 0, 0},
    {"m_conv2d_4/bias", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 8928, 32, 1, 0, 0},
    {"v_conv2d_4/bias", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 8928, 32, 1, 0, 0},
    {"m_conv2d_5/kernel", KILN_ROLE_OPT_M, 4, {3, 3, 32, 32}, "HWIO", 8960, 9216, 1, 0, 0},
    {"v_conv2d_5/kernel", KILN_ROLE_OPT_V, 4, {3, 3, 32, 32}, "HWIO", 8960, 9216, 1, 0, 0},
    {"m_conv2d_5/bias", KILN_ROLE_OPT_M, 1, {32, 0, 0, 0}, "C", 18176, 32, 1, 0, 0},
    {"v_conv2d_5/bias", KILN_ROLE_OPT_V, 1, {32, 0, 0, 0}, "C", 18176, 32, 1, 0, 0},
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {512, 10, 0, 0}, "IO", 18208, 5120, 1, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {512, 10, 0, 0}, "IO", 18208, 5120, 1, 0, 0},
    {"m_dense/bias", KILN_ROLE_OPT_M, 1, {10, 0, 0, 0}, "C", 23328, 10, 1, 0, 0},
    {"v_dense/bias", KILN_ROLE_OPT_V, 1, {10, 0, 0, 0}, "C", 23328, 10, 1, 0, 0},
    {"x.padded", KILN_ROLE_ACT, 4, {128, 32, 32, 3}, "NHWC", 2442240, 393216, 0, 0, 0},
    {"conv2d/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 3, 8}, "8-blocked", 1115136, 216, 0, 0, 0},
    {"conv2d/bias.padded8", KILN_ROLE_ACT, 1, {8, 0, 0, 0}, "C", 1115360, 8, 0, 0, 0},
    {"conv2d_1/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 8, 8}, "8-blocked", 1115136, 576, 0, 0, 0},
    {"conv2d_1/bias.padded8", KILN_ROLE_ACT, 1, {8, 0, 0, 0}, "C", 1115712, 8, 0, 0, 0},
    {"conv2d_2/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 8, 16}, "8-blocked", 1825920, 1152, 0, 0, 0},
    {"conv2d_2/bias.padded16", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 1827072, 16, 0, 0, 0},
    {"conv2d_3/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 16, 16}, "8-blocked", 1778688, 2304, 0, 0, 0},
    {"conv2d_3/bias.padded16", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 1780992, 16, 0, 0, 0},
    {"conv2d_4/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 16, 32}, "8-blocked", 2435712, 4608, 0, 0, 0},
    {"conv2d_4/bias.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 2440320, 32, 0, 0, 0},
    {"conv2d_5/kernel.blocked8", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "8-blocked", 2393088, 9216, 0, 0, 0},
    {"conv2d_5/bias.padded32", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 2402304, 32, 0, 0, 0},
    {"dense/kernel.padded16", KILN_ROLE_ACT, 2, {512, 10, 0, 0}, "IO", 2393088, 5120, 0, 0, 0},
    {"dense/bias.padded16", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 2402560, 10, 0, 0, 0},
    {"x.padded.2", KILN_ROLE_ACT, 4, {128, 32, 32, 3}, "NHWC", 1115136, 393216, 0, 0, 0},
    {"conv2d/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 3, 8}, "8-blocked", 3832320, 216, 0, 0, 0},
    {"conv2d/bias.padded8.2", KILN_ROLE_ACT, 1, {8, 0, 0, 0}, "C", 3832544, 8, 0, 0, 0},
    {"conv2d_1/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 8, 8}, "8-blocked", 3832560, 576, 0, 0, 0},
    {"conv2d_1/bias.padded8.2", KILN_ROLE_ACT, 1, {8, 0, 0, 0}, "C", 3833136, 8, 0, 0, 0},
    {"conv2d_2/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 8, 16}, "8-blocked", 3833152, 1152, 0, 0, 0},
    {"conv2d_2/bias.padded16.2", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 3834304, 16, 0, 0, 0},
    {"conv2d_3/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 16, 16}, "8-blocked", 3834320, 2304, 0, 0, 0},
    {"conv2d_3/bias.padded16.2", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 3836624, 16, 0, 0, 0},
    {"conv2d_4/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 16, 32}, "8-blocked", 3836640, 4608, 0, 0, 0},
    {"conv2d_4/bias.padded32.2", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 3841248, 32, 0, 0, 0},
    {"conv2d_5/kernel.blocked8.2", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "8-blocked", 3841280, 9216, 0, 0, 0},
    {"conv2d_5/bias.padded32.2", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 3850496, 32, 0, 0, 0},
    {"dense/kernel.padded16.2", KILN_ROLE_ACT, 2, {512, 10, 0, 0}, "IO", 3850528, 5120, 0, 0, 0},
    {"dense/bias.padded16.2", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 3858720, 10, 0, 0, 0},
    {"dense/kernel.transposed512", KILN_ROLE_ACT, 2, {512, 10, 0, 0}, "IO", 2393088, 5120, 0, 0, 0},
    {"dconv2d_5/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "8-blocked", 2411584, 9216, 0, 0, 0},
    {"dconv2d_5/bias.part", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 2420800, 32, 0, 0, 0},
    {"conv2d_5/kernel.flipped8", KILN_ROLE_ACT, 4, {3, 3, 32, 32}, "8-blocked", 2393088, 9216, 0, 0, 0},
    {"dconv2d_4/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 16, 32}, "8-blocked", 2037952, 4608, 0, 0, 0},
    {"dconv2d_4/bias.part", KILN_ROLE_ACT, 1, {32, 0, 0, 0}, "C", 2042560, 32, 0, 0, 0},
    {"conv2d_4/kernel.flipped8", KILN_ROLE_ACT, 4, {3, 3, 16, 32}, "8-blocked", 1839744, 4608, 0, 0, 0},
    {"dconv2d_3/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 16, 16}, "8-blocked", 1783328, 2304, 0, 0, 0},
    {"dconv2d_3/bias.part", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 1785632, 16, 0, 0, 0},
    {"conv2d_3/kernel.flipped8", KILN_ROLE_ACT, 4, {3, 3, 16, 16}, "8-blocked", 2886144, 2304, 0, 0, 0},
    {"dconv2d_2/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 8, 16}, "8-blocked", 1236128, 1152, 0, 0, 0},
    {"dconv2d_2/bias.part", KILN_ROLE_ACT, 1, {16, 0, 0, 0}, "C", 1237280, 16, 0, 0, 0},
    {"conv2d_2/kernel.flipped8", KILN_ROLE_ACT, 4, {3, 3, 8, 16}, "8-blocked", 1494144, 1152, 0, 0, 0},
    {"dconv2d_1/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 8, 8}, "8-blocked", 1448080, 576, 0, 0, 0},
    {"dconv2d_1/bias.part", KILN_ROLE_ACT, 1, {8, 0, 0, 0}, "C", 1448656, 8, 0, 0, 0},
    {"conv2d_1/kernel.flipped8", KILN_ROLE_ACT, 4, {3, 3, 8, 8}, "8-blocked", 1464336, 576, 0, 0, 0},
    {"dconv2d/kernel.part", KILN_ROLE_ACT, 4, {3, 3, 3, 8}, "8-blocked", 1465360, 216, 0, 0, 0},
    {"dconv2d/bias.part", KILN_ROLE_ACT, 1, {8, 0, 0, 0}, "C", 1465584, 8, 0, 0, 0},
    {"conv2d_2/kernel.blocked8.winograd", KILN_ROLE_ACT, 1, {4608, 0, 0, 0}, "C", 1821312, 4608, 0, 0, 0},
    {"conv2d_1_out.winograd_tiles", KILN_ROLE_ACT, 1, {42624, 0, 0, 0}, "C", 1778688, 42624, 0, 0, 0},
    {"conv2d_4/kernel.blocked8.winograd", KILN_ROLE_ACT, 1, {18432, 0, 0, 0}, "C", 2886144, 18432, 0, 0, 0},
    {"conv2d_3_out.winograd_tiles", KILN_ROLE_ACT, 1, {42624, 0, 0, 0}, "C", 2393088, 42624, 0, 0, 0},
    {"conv2d_2/kernel.blocked8.2.winograd", KILN_ROLE_ACT, 1, {4608, 0, 0, 0}, "C", 634496, 4608, 0, 0, 0},
    {"conv2d_1_out_infer.winograd_tiles", KILN_ROLE_ACT, 1, {42624, 0, 0, 0}, "C", 591872, 42624, 0, 0, 0},
    {"conv2d_4/kernel.blocked8.2.winograd", KILN_ROLE_ACT, 1, {18432, 0, 0, 0}, "C", 374400, 18432, 0, 0, 0},
    {"conv2d_3_out_infer.winograd_tiles", KILN_ROLE_ACT, 1, {42624, 0, 0, 0}, "C", 331776, 42624, 0, 0, 0},
    {"dense_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2393088, 512, 0, 0, 0},
    {"dense_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
    {"dconv2d_5/kernel.part.partial", KILN_ROLE_ACT, 1, {18496, 0, 0, 0}, "C", 2393088, 18496, 0, 0, 0},
    {"dconv2d_4/kernel.part.partial", KILN_ROLE_ACT, 1, {36928, 0, 0, 0}, "C", 2001024, 36928, 0, 0, 0},
    {"dconv2d_4/kernel.part.winograd_tiles", KILN_ROLE_ACT, 1, {222336, 0, 0, 0}, "C", 1778688, 222336, 0, 0, 0},
    {"conv2d_4/kernel.flipped8.winograd", KILN_ROLE_ACT, 1, {18432, 0, 0, 0}, "C", 1821312, 18432, 0, 0, 0},
    {"dconv2d_4_pre.winograd_tiles", KILN_ROLE_ACT, 1, {42624, 0, 0, 0}, "C", 1778688, 42624, 0, 0, 0},
    {"dconv2d_3/kernel.part.partial", KILN_ROLE_ACT, 1, {4640, 0, 0, 0}, "C", 1778688, 4640, 0, 0, 0},
    {"dconv2d_2/kernel.part.partial", KILN_ROLE_ACT, 1, {9248, 0, 0, 0}, "C", 1226880, 9248, 0, 0, 0},
    {"dconv2d_2/kernel.part.winograd_tiles", KILN_ROLE_ACT, 1, {111744, 0, 0, 0}, "C", 1115136, 111744, 0, 0, 0},
    {"conv2d_2/kernel.flipped8.winograd", KILN_ROLE_ACT, 1, {4608, 0, 0, 0}, "C", 1489536, 4608, 0, 0, 0},
    {"dconv2d_2_pre.winograd_tiles", KILN_ROLE_ACT, 1, {42624, 0, 0, 0}, "C", 1446912, 42624, 0, 0, 0},
    {"dconv2d_1/kernel.part.partial", KILN_ROLE_ACT, 1, {1168, 0, 0, 0}, "C", 1446912, 1168, 0, 0, 0},
    {"dconv2d/kernel.part.partial", KILN_ROLE_ACT, 1, {448, 0, 0, 0}, "C", 1464912, 448, 0, 0, 0},
    {"dconv2d_pre.sample", KILN_ROLE_ACT, 1, {17424, 0, 0, 0}, "C", 1446912, 17424, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_reorder_n128_h32w32c3", "void k00_reorder_n128_h32w32c3(const float *restrict x, float *restrict x_padded, int nb)", 786432, 3145728, 1},
    {"k01_reorder_3x3x3x8", "void k01_reorder_3x3x3x8(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8)", 432, 1728, 1},
    {"k02_reorder_c8", "void k02_reorder_c8(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded8)", 16, 64, 1},
    {"k03_conv2d_fwd_relu_n128_h32w32c8", "void k03_conv2d_fwd_relu_n128_h32w32c8(const float *restrict x_padded, const float *restrict conv2d_kernel_blocked8, const float *restrict conv2d_bias_padded8, float *restrict conv2d_out, int nb)", 58720256, 5768064, 1},
    {"k04_reorder_3x3x8x8", "void k04_reorder_3x3x8x8(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8)", 1152, 4608, 1},
    {"k05_reorder_c8", "void k05_reorder_c8(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded8)", 16, 64, 1},
    {"k06_conv2d_fwd_relu_n128_h16w16c8", "void k06_conv2d_fwd_relu_n128_h16w16c8(const float *restrict conv2d_out, const float *restrict conv2d_1_kernel_blocked8, const float *restrict conv2d_1_bias_padded8, float *restrict conv2d_1_out, int nb)", 38273024, 5245216, 1},
    {"k07_reorder_3x3x8x16", "void k07_reorder_3x3x8x16(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked8)", 2304, 9216, 1},
    {"k08_reorder_c16", "void k08_reorder_c16(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded16)", 32, 128, 1},
    {"k09_conv2d_fwd_relu_n128_h16w16c16", "void k09_conv2d_fwd_relu_n128_h16w16c16(const float *restrict conv2d_1_out, const float *restrict conv2d_2_kernel_blocked8, const float *restrict conv2d_2_bias_padded16, float *restrict conv2d_2_out, float *restrict conv2d_2_kernel_blocked8_winograd, float *restrict conv2d_1_out_winograd_tiles, int nb)", 76546048, 3150400, 1},
    {"k10_reorder_3x3x16x16", "void k10_reorder_3x3x16x16(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_blocked8)", 4608, 18432, 1},
    {"k11_reorder_c16", "void k11_reorder_c16(const float *restrict conv2d_3_bias, float *restrict conv2d_3_bias_padded16)", 32, 128, 1},
    {"k12_conv2d_fwd_relu_n128_h8w8c16", "void k12_conv2d_fwd_relu_n128_h8w8c16(const float *restrict conv2d_2_out, const float *restrict conv2d_3_kernel_blocked8, const float *restrict conv2d_3_bias_padded16, float *restrict conv2d_3_out, int nb)", 38010880, 2630720, 1},
    {"k13_reorder_3x3x16x32", "void k13_reorder_3x3x16x32(const float *restrict conv2d_4_kernel, float *restrict conv2d_4_kernel_blocked8)", 9216, 36864, 1},
    {"k14_reorder_c32", "void k14_reorder_c32(const float *restrict conv2d_4_bias, float *restrict conv2d_4_bias_padded32)", 64, 256, 1},
    {"k15_conv2d_fwd_relu_n128_h8w8c32", "void k15_conv2d_fwd_relu_n128_h8w8c32(const float *restrict conv2d_3_out, const float *restrict conv2d_4_kernel_blocked8, const float *restrict conv2d_4_bias_padded32, float *restrict conv2d_4_out, float *restrict conv2d_4_kernel_blocked8_winograd, float *restrict conv2d_3_out_winograd_tiles, int nb)", 76021760, 1591424, 1},
    {"k16_reorder_3x3x32x32", "void k16_reorder_3x3x32x32(const float *restrict conv2d_5_kernel, float *restrict conv2d_5_kernel_blocked8)", 18432, 73728, 1},
    {"k17_reorder_c32", "void k17_reorder_c32(const float *restrict conv2d_5_bias, float *restrict conv2d_5_bias_padded32)", 64, 256, 1},
    {"k18_conv2d_fwd_relu_n128_h4w4c32", "void k18_conv2d_fwd_relu_n128_h4w4c32(const float *restrict conv2d_4_out, const float *restrict conv2d_5_kernel_blocked8, const float *restrict conv2d_5_bias_padded32, float *restrict conv2d_5_out, int nb)", 37879808, 1347712, 1},
    {"k19_dropout_n128_h4w4c32", "void k19_dropout_n128_h4w4c32(const float *restrict conv2d_5_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step)", 131072, 786432, 1},
    {"k20_reorder_512x10", "void k20_reorder_512x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16)", 10240, 40960, 1},
    {"k21_reorder_c10", "void k21_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16)", 20, 80, 1},
    {"k22_dense_fwd_n128_k10", "void k22_dense_fwd_n128_k10(const float *restrict flatten_out, const float *restrict dense_kernel_padded16, const float *restrict dense_bias_padded16, float *restrict dense_pre, int nb)", 1310720, 287784, 1},
    {"k23_reorder_n128_h32w32c3", "void k23_reorder_n128_h32w32c3(const float *restrict x, float *restrict x_padded_2, int nb)", 786432, 3145728, 6},
    {"k24_reorder_3x3x3x8", "void k24_reorder_3x3x3x8(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked8_2)", 432, 1728, 6},
    {"k25_reorder_c8", "void k25_reorder_c8(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded8_2)", 16, 64, 6},
    {"k26_conv2d_fwd_relu_n128_h32w32c8", "void k26_conv2d_fwd_relu_n128_h32w32c8(const float *restrict x_padded_2, const float *restrict conv2d_kernel_blocked8_2, const float *restrict conv2d_bias_padded8_2, float *restrict conv2d_out_infer, int nb)", 58720256, 5768064, 6},
    {"k27_reorder_3x3x8x8", "void k27_reorder_3x3x8x8(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked8_2)", 1152, 4608, 6},
    {"k28_reorder_c8", "void k28_reorder_c8(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded8_2)", 16, 64, 6},
    {"k29_conv2d_fwd_relu_n128_h16w16c8", "void k29_conv2d_fwd_relu_n128_h16w16c8(const float *restrict conv2d_out_infer, const float *restrict conv2d_1_kernel_blocked8_2, const float *restrict conv2d_1_bias_padded8_2, float *restrict conv2d_1_out_infer, int nb)", 38273024, 5245216, 6},
    {"k30_reorder_3x3x8x16", "void k30_reorder_3x3x8x16(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked8_2)", 2304, 9216, 6},
    {"k31_reorder_c16", "void k31_reorder_c16(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded16_2)", 32, 128, 6},
    {"k32_conv2d_fwd_relu_n128_h16w16c16", "void k32_conv2d_fwd_relu_n128_h16w16c16(const float *restrict conv2d_1_out_infer, const float *restrict conv2d_2_kernel_blocked8_2, const float *restrict conv2d_2_bias_padded16_2, float *restrict conv2d_2_out_infer, float *restrict conv2d_2_kernel_blocked8_2_winograd, float *restrict conv2d_1_out_infer_winograd_tiles, int nb)", 76546048, 3150400, 6},
    {"k33_reorder_3x3x16x16", "void k33_reorder_3x3x16x16(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_blocked8_2)", 4608, 18432, 6},
    {"k34_reorder_c16", "void k34_reorder_c16(const float *restrict conv2d_3_bias, float *restrict conv2d_3_bias_padded16_2)", 32, 128, 6},
    {"k35_conv2d_fwd_relu_n128_h8w8c16", "void k35_conv2d_fwd_relu_n128_h8w8c16(const float *restrict conv2d_2_out_infer, const float *restrict conv2d_3_kernel_blocked8_2, const float *restrict conv2d_3_bias_padded16_2, float *restrict conv2d_3_out_infer, int nb)", 38010880, 2630720, 6},
    {"k36_reorder_3x3x16x32", "void k36_reorder_3x3x16x32(const float *restrict conv2d_4_kernel, float *restrict conv2d_4_kernel_blocked8_2)", 9216, 36864, 6},
    {"k37_reorder_c32", "void k37_reorder_c32(const float *restrict conv2d_4_bias, float *restrict conv2d_4_bias_padded32_2)", 64, 256, 6},
    {"k38_conv2d_fwd_relu_n128_h8w8c32", "void k38_conv2d_fwd_relu_n128_h8w8c32(const float *restrict conv2d_3_out_infer, const float *restrict conv2d_4_kernel_blocked8_2, const float *restrict conv2d_4_bias_padded32_2, float *restrict conv2d_4_out_infer, float *restrict conv2d_4_kernel_blocked8_2_winograd, float *restrict conv2d_3_out_infer_winograd_tiles, int nb)", 76021760, 1591424, 6},
    {"k39_reorder_3x3x32x32", "void k39_reorder_3x3x32x32(const float *restrict conv2d_5_kernel, float *restrict conv2d_5_kernel_blocked8_2)", 18432, 73728, 6},
    {"k40_reorder_c32", "void k40_reorder_c32(const float *restrict conv2d_5_bias, float *restrict conv2d_5_bias_padded32_2)", 64, 256, 6},
    {"k41_conv2d_fwd_relu_n128_h4w4c32", "void k41_conv2d_fwd_relu_n128_h4w4c32(const float *restrict conv2d_4_out_infer, const float *restrict conv2d_5_kernel_blocked8_2, const float *restrict conv2d_5_bias_padded32_2, float *restrict conv2d_5_out_infer, int nb)", 37879808, 1347712, 6},
    {"k42_reorder_512x10", "void k42_reorder_512x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16_2)", 10240, 40960, 6},
    {"k43_reorder_c10", "void k43_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16_2)", 20, 80, 6},
    {"k44_dense_fwd_n128_k10", "void k44_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_pre_infer, int nb)", 1310720, 287784, 2},
    {"k45_dense_fwd_softmax_n128_k10", "void k45_dense_fwd_softmax_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_out_infer, int nb)", 1313280, 287784, 4},
    {"k46_softmax_ce_softmax_ce_bwd_n128_k10", "void k46_softmax_ce_softmax_ce_bwd_n128_k10(const float *restrict dense_pre, const float *restrict y, float *restrict ddense_pre, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 5120, 15360, 1},
    {"k47_softmax_ce_n128_k10", "void k47_softmax_ce_n128_k10(const float *restrict dense_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 2},
    {"k48_regularizer_512x10", "void k48_regularizer_512x10(const float *restrict dense_kernel, double *restrict loss)", 10240, 20480, 3},
    {"k49_dense_bwd_weights_512x10", "void k49_dense_bwd_weights_512x10(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 1310720, 287784, 1},
    {"k50_reorder_512x10", "void k50_reorder_512x10(const float *restrict dense_kernel, float *restrict dense_kernel_transposed512)", 10240, 40960, 1},
    {"k51_dense_bwd_data_n128_k512", "void k51_dense_bwd_data_n128_k512(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed512, float *restrict dflatten_out, int nb)", 1310720, 287744, 1},
    {"k52_dropout_bwd_n128_h4w4c32", "void k52_dropout_bwd_n128_h4w4c32(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dconv2d_5_out, int nb)", 131072, 786432, 1},
    {"k53_relu_bwd_n128_h4w4c32", "void k53_relu_bwd_n128_h4w4c32(const float *restrict dconv2d_5_out, const float *restrict conv2d_5_out, float *restrict dconv2d_5_pre, int nb)", 131072, 786432, 1},
    {"k54_conv2d_bwd_weights_3x3x32x32", "void k54_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_5_pre, const float *restrict conv2d_4_out, float *restrict dconv2d_5_kernel_part, float *restrict dconv2d_5_bias_part, float *restrict dconv2d_5_kernel_part_partial, int nb)", 37748736, 1347712, 1},
    {"k55_reorder_3x3x32x32", "void k55_reorder_3x3x32x32(const float *restrict dconv2d_5_kernel_part, float *restrict dconv2d_5_kernel)", 18432, 73728, 1},
    {"k56_reorder_c32", "void k56_reorder_c32(const float *restrict dconv2d_5_bias_part, float *restrict dconv2d_5_bias)", 64, 256, 1},
    {"k57_reorder_3x3x32x32", "void k57_reorder_3x3x32x32(const float *restrict conv2d_5_kernel, float *restrict conv2d_5_kernel_flipped8)", 18432, 73728, 1},
    {"k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32", "void k58_conv2d_bwd_data_relu_bwd_n128_h8w8c32(const float *restrict dconv2d_5_pre, const float *restrict conv2d_5_kernel_flipped8, const float *restrict conv2d_4_out, float *restrict dconv2d_4_pre, int nb)", 38273024, 2396160, 1},
    {"k59_conv2d_bwd_weights_3x3x16x32", "void k59_conv2d_bwd_weights_3x3x16x32(const float *restrict dconv2d_4_pre, const float *restrict conv2d_3_out, float *restrict dconv2d_4_kernel_part, float *restrict dconv2d_4_bias_part, float *restrict dconv2d_4_kernel_part_partial, float *restrict dconv2d_4_kernel_part_winograd_tiles, int nb)", 75497472, 1591424, 1},
    {"k60_reorder_3x3x16x32", "void k60_reorder_3x3x16x32(const float *restrict dconv2d_4_kernel_part, float *restrict dconv2d_4_kernel)", 9216, 36864, 1},
    {"k61_reorder_c32", "void k61_reorder_c32(const float *restrict dconv2d_4_bias_part, float *restrict dconv2d_4_bias)", 64, 256, 1},
    {"k62_reorder_3x3x16x32", "void k62_reorder_3x3x16x32(const float *restrict conv2d_4_kernel, float *restrict conv2d_4_kernel_flipped8)", 9216, 36864, 1},
    {"k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16", "void k63_conv2d_bwd_data_relu_bwd_n128_h8w8c16(const float *restrict dconv2d_4_pre, const float *restrict conv2d_4_kernel_flipped8, const float *restrict conv2d_3_out, float *restrict dconv2d_3_pre, float *restrict conv2d_4_kernel_flipped8_winograd, float *restrict dconv2d_4_pre_winograd_tiles, int nb)", 75759616, 2115584, 1},
    {"k64_conv2d_bwd_weights_3x3x16x16", "void k64_conv2d_bwd_weights_3x3x16x16(const float *restrict dconv2d_3_pre, const float *restrict conv2d_2_out, float *restrict dconv2d_3_kernel_part, float *restrict dconv2d_3_bias_part, float *restrict dconv2d_3_kernel_part_partial, int nb)", 37748736, 2630720, 1},
    {"k65_reorder_3x3x16x16", "void k65_reorder_3x3x16x16(const float *restrict dconv2d_3_kernel_part, float *restrict dconv2d_3_kernel)", 4608, 18432, 1},
    {"k66_reorder_c16", "void k66_reorder_c16(const float *restrict dconv2d_3_bias_part, float *restrict dconv2d_3_bias)", 32, 128, 1},
    {"k67_reorder_3x3x16x16", "void k67_reorder_3x3x16x16(const float *restrict conv2d_3_kernel, float *restrict conv2d_3_kernel_flipped8)", 4608, 18432, 1},
    {"k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16", "void k68_conv2d_bwd_data_relu_bwd_n128_h16w16c16(const float *restrict dconv2d_3_pre, const float *restrict conv2d_3_kernel_flipped8, const float *restrict conv2d_2_out, float *restrict dconv2d_2_pre, int nb)", 38797312, 4727808, 1},
    {"k69_conv2d_bwd_weights_3x3x8x16", "void k69_conv2d_bwd_weights_3x3x8x16(const float *restrict dconv2d_2_pre, const float *restrict conv2d_1_out, float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_kernel_part_partial, float *restrict dconv2d_2_kernel_part_winograd_tiles, int nb)", 75497472, 3150400, 1},
    {"k70_reorder_3x3x8x16", "void k70_reorder_3x3x8x16(const float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_kernel)", 2304, 9216, 1},
    {"k71_reorder_c16", "void k71_reorder_c16(const float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_bias)", 32, 128, 1},
    {"k72_reorder_3x3x8x16", "void k72_reorder_3x3x8x16(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_flipped8)", 2304, 9216, 1},
    {"k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8", "void k73_conv2d_bwd_data_relu_bwd_n128_h16w16c8(const float *restrict dconv2d_2_pre, const float *restrict conv2d_2_kernel_flipped8, const float *restrict conv2d_1_out, float *restrict dconv2d_1_pre, float *restrict conv2d_2_kernel_flipped8_winograd, float *restrict dconv2d_2_pre_winograd_tiles, int nb)", 76021760, 4198912, 1},
    {"k74_conv2d_bwd_weights_3x3x8x8", "void k74_conv2d_bwd_weights_3x3x8x8(const float *restrict dconv2d_1_pre, const float *restrict conv2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, int nb)", 37748736, 5245216, 1},
    {"k75_reorder_3x3x8x8", "void k75_reorder_3x3x8x8(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel)", 1152, 4608, 1},
    {"k76_reorder_c8", "void k76_reorder_c8(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias)", 16, 64, 1},
    {"k77_reorder_3x3x8x8", "void k77_reorder_3x3x8x8(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped8)", 1152, 4608, 1},
    {"k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8", "void k78_conv2d_bwd_data_relu_bwd_conv2d_bwd_weights_n128_h32w32c8(const float *restrict dconv2d_1_pre, const float *restrict conv2d_1_kernel_flipped8, const float *restrict conv2d_out, const float *restrict x_padded, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, float *restrict dconv2d_pre_sample, int nb)", 96468992, 6818944, 1},
    {"k79_reorder_3x3x3x8", "void k79_reorder_3x3x3x8(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel)", 432, 1728, 1},
    {"k80_reorder_c8", "void k80_reorder_c8(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias)", 16, 64, 1},
    {"k81_adam_update_regularizer_bwd_p23344", "void k81_adam_update_regularizer_bwd_p23344(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 243680, 674112, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed004_cifar_strided_extra",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {32, 32, 3},
    .in_scale = (float)0.00392156886,
    .out_size = 10,
    .label_kind = KILN_LABEL_ONEHOT,
    .label_size = 10,
    .has_accuracy = 1,
    .n_params = 23344,
    .n_state = 0,
    .n_arena = 3858736,
    .n_tensors = 175,
    .tensors = tensors,
    .n_kernels = 82,
    .kernels = kernels,
    .isa = "avx2",
};


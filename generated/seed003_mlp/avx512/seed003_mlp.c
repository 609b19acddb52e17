/* seed003_mlp.c — emitted by kiln from models/seed003_mlp.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA avx512. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 55056, state 0, arena 29712.
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

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k00_dense_fwd_relu_n128_k64_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[784 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[1568 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[2352 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[3136 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[3920 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
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
static inline __attribute__((always_inline)) void k00_dense_fwd_relu_n128_k64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* k00_dense_fwd_relu_n128_k64 — gemm kernel
 *   node n0 "dense" (dense), from $.layers[1]
 *   node n1 "dense.relu" (relu), from $.layers[1]
 *   in  flatten_out                (128, 784) NC
 *   in  dense/kernel               (784, 64) IO
 *   in  dense/bias                 (64) C
 *   out dense_out                  (128, 64) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k00_dense_fwd_relu_n128_k64(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out, int nb)
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
                k00_dense_fwd_relu_n128_k64_tile_6x4(flatten_out + (long)i0 * 784, bg, bias_g, dense_out + (long)i0 * 64 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k00_dense_fwd_relu_n128_k64_tile_1x4(flatten_out + (long)i * 784, bg, bias_g, dense_out + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k01_dense_fwd_relu_n128_k64_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
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
static inline __attribute__((always_inline)) void k01_dense_fwd_relu_n128_k64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* k01_dense_fwd_relu_n128_k64 — gemm kernel
 *   node n2 "dense_1" (dense), from $.layers[2]
 *   node n3 "dense_1.relu" (relu), from $.layers[2]
 *   in  dense_out                  (128, 64) NC
 *   in  dense_1/kernel             (64, 64) IO
 *   in  dense_1/bias               (64) C
 *   out dense_1_out                (128, 64) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k01_dense_fwd_relu_n128_k64(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out, int nb)
{
    /* C (nb x 64) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_1_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_1_kernel + j0 * 16;
            if (i0 < full_rows) {
                k01_dense_fwd_relu_n128_k64_tile_6x4(dense_out + (long)i0 * 64, bg, bias_g, dense_1_out + (long)i0 * 64 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k01_dense_fwd_relu_n128_k64_tile_1x4(dense_out + (long)i * 64, bg, bias_g, dense_1_out + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k02_reorder_64x10 — reorder kernel
 *   node n4 "reorder.dense_2/kernel.padded16" (reorder), from $.layers[3]
 *   in  dense_2/kernel             (64, 10) IO
 *   out dense_2/kernel.padded16    (64, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k02_reorder_64x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_padded16)
{
    /* dense_2/kernel -> dense_2/kernel.padded16 */
    /* (64, 10) -> padded (64, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 64; r++)
        for (int c = 0; c < 16; c++) dense_2_kernel_padded16[(long)r * 16 + c] = c < 10 ? dense_2_kernel[(long)r * 10 + c] : 0.0f;
}

/* k03_reorder_c10 — reorder kernel
 *   node n5 "reorder.dense_2/bias.padded16" (reorder), from $.layers[3]
 *   in  dense_2/bias               (10) C
 *   out dense_2/bias.padded16      (10) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k03_reorder_c10(const float *restrict dense_2_bias, float *restrict dense_2_bias_padded16)
{
    /* dense_2/bias -> dense_2/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_2_bias_padded16[c] = c < 10 ? dense_2_bias[c] : 0.0f;
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k04_dense_fwd_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
static inline __attribute__((always_inline)) void k04_dense_fwd_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k04_dense_fwd_n128_k10 — gemm kernel
 *   node n6 "dense_2" (dense), from $.layers[3]
 *   in  dense_1_out                (128, 64) NC
 *   in  dense_2/kernel.padded16    (64, 10) IO
 *   in  dense_2/bias.padded16      (10) C
 *   out dense_2_pre                (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k04_dense_fwd_n128_k10(const float *restrict dense_1_out, const float *restrict dense_2_kernel_padded16, const float *restrict dense_2_bias_padded16, float *restrict dense_2_pre, int nb)
{
    /* C (nb x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = nb / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = dense_2_bias_padded16 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_2_kernel_padded16 + j0 * 16;
            if (i0 < full_rows) {
                k04_dense_fwd_n128_k10_tile_8x1t(dense_1_out + (long)i0 * 64, bg, bias_g, dense_2_pre + (long)i0 * 10 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k04_dense_fwd_n128_k10_tile_1x1t(dense_1_out + (long)i * 64, bg, bias_g, dense_2_pre + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k05_dense_fwd_relu_n128_k64_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[784 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[1568 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[2352 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[3136 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[3920 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
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
static inline __attribute__((always_inline)) void k05_dense_fwd_relu_n128_k64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* k05_dense_fwd_relu_n128_k64 — gemm kernel
 *   node n7 "dense_infer" (dense), from $.layers[1]
 *   node n8 "dense.relu_infer" (relu), from $.layers[1]
 *   in  flatten_out_infer          (128, 784) NC
 *   in  dense/kernel               (784, 64) IO
 *   in  dense/bias                 (64) C
 *   out dense_out_infer            (128, 64) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k05_dense_fwd_relu_n128_k64(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out_infer, int nb)
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
                k05_dense_fwd_relu_n128_k64_tile_6x4(flatten_out_infer + (long)i0 * 784, bg, bias_g, dense_out_infer + (long)i0 * 64 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k05_dense_fwd_relu_n128_k64_tile_1x4(flatten_out_infer + (long)i * 784, bg, bias_g, dense_out_infer + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k06_dense_fwd_relu_n128_k64_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
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
static inline __attribute__((always_inline)) void k06_dense_fwd_relu_n128_k64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* k06_dense_fwd_relu_n128_k64 — gemm kernel
 *   node n9 "dense_1_infer" (dense), from $.layers[2]
 *   node n10 "dense_1.relu_infer" (relu), from $.layers[2]
 *   in  dense_out_infer            (128, 64) NC
 *   in  dense_1/kernel             (64, 64) IO
 *   in  dense_1/bias               (64) C
 *   out dense_1_out_infer          (128, 64) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k06_dense_fwd_relu_n128_k64(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out_infer, int nb)
{
    /* C (nb x 64) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_1_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_1_kernel + j0 * 16;
            if (i0 < full_rows) {
                k06_dense_fwd_relu_n128_k64_tile_6x4(dense_out_infer + (long)i0 * 64, bg, bias_g, dense_1_out_infer + (long)i0 * 64 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k06_dense_fwd_relu_n128_k64_tile_1x4(dense_out_infer + (long)i * 64, bg, bias_g, dense_1_out_infer + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k07_reorder_64x10 — reorder kernel
 *   node n11 "reorder.dense_2/kernel.padded16.2" (reorder), from $.layers[3]
 *   in  dense_2/kernel             (64, 10) IO
 *   out dense_2/kernel.padded16.2  (64, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k07_reorder_64x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_padded16_2)
{
    /* dense_2/kernel -> dense_2/kernel.padded16.2 */
    /* (64, 10) -> padded (64, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 64; r++)
        for (int c = 0; c < 16; c++) dense_2_kernel_padded16_2[(long)r * 16 + c] = c < 10 ? dense_2_kernel[(long)r * 10 + c] : 0.0f;
}

/* k08_reorder_c10 — reorder kernel
 *   node n12 "reorder.dense_2/bias.padded16.2" (reorder), from $.layers[3]
 *   in  dense_2/bias               (10) C
 *   out dense_2/bias.padded16.2    (10) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k08_reorder_c10(const float *restrict dense_2_bias, float *restrict dense_2_bias_padded16_2)
{
    /* dense_2/bias -> dense_2/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_2_bias_padded16_2[c] = c < 10 ? dense_2_bias[c] : 0.0f;
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k09_dense_fwd_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
static inline __attribute__((always_inline)) void k09_dense_fwd_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k09_dense_fwd_n128_k10 — gemm kernel
 *   node n13 "dense_2_infer" (dense), from $.layers[3]
 *   in  dense_1_out_infer          (128, 64) NC
 *   in  dense_2/kernel.padded16.2  (64, 10) IO
 *   in  dense_2/bias.padded16.2    (10) C
 *   out dense_2_pre_infer          (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k09_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel_padded16_2, const float *restrict dense_2_bias_padded16_2, float *restrict dense_2_pre_infer, int nb)
{
    /* C (nb x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = nb / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = dense_2_bias_padded16_2 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_2_kernel_padded16_2 + j0 * 16;
            if (i0 < full_rows) {
                k09_dense_fwd_n128_k10_tile_8x1t(dense_1_out_infer + (long)i0 * 64, bg, bias_g, dense_2_pre_infer + (long)i0 * 10 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k09_dense_fwd_n128_k10_tile_1x1t(dense_1_out_infer + (long)i * 64, bg, bias_g, dense_2_pre_infer + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k10_dense_fwd_softmax_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
static inline __attribute__((always_inline)) void k10_dense_fwd_softmax_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k10_dense_fwd_softmax_n128_k10 — gemm kernel
 *   node n14 "dense_2_predict_infer" (dense), from $.layers[3]
 *   node n15 "dense_2.softmax_infer" (softmax), from $.layers[3]
 *   in  dense_1_out_infer          (128, 64) NC
 *   in  dense_2/kernel.padded16.2  (64, 10) IO
 *   in  dense_2/bias.padded16.2    (10) C
 *   out dense_2_out_infer          (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k10_dense_fwd_softmax_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel_padded16_2, const float *restrict dense_2_bias_padded16_2, float *restrict dense_2_out_infer, int nb)
{
    /* C (nb x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = nb / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = dense_2_bias_padded16_2 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_2_kernel_padded16_2 + j0 * 16;
            float z[80];  /* the tile's logits */
            if (i0 < full_rows) {
                k10_dense_fwd_softmax_n128_k10_tile_8x1t(dense_1_out_infer + (long)i0 * 64, bg, bias_g, z, db_g, 0, NULL);
                for (int i = 0; i < 8; i++)
                    {
                        const float *zr = z + (long)i * 10;
                        float *yr = dense_2_out_infer + (long)(i0 + i) * 10;
                        float mx = zr[0];
                        for (int k = 1; k < 10; k++) mx = zr[k] > mx ? zr[k] : mx;
                        float sum = 0.0f;
                        for (int k = 0; k < 10; k++) { yr[k] = expf(zr[k] - mx); sum += yr[k]; }
                        for (int k = 0; k < 10; k++) yr[k] /= sum;
                    }
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k10_dense_fwd_softmax_n128_k10_tile_1x1t(dense_1_out_infer + (long)i * 64, bg, bias_g, z, i == 0 ? db_g : NULL, 0, NULL);
                    {
                        const float *zr = z;
                        float *yr = dense_2_out_infer + (long)i * 10;
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

/* k11_softmax_ce_softmax_ce_bwd_n128_k10 — loss kernel
 *   node n16 "loss" (softmax_ce), from $.loss
 *   node n17 "dloss" (softmax_ce_bwd), from $.loss
 *   in  dense_2_pre                (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out ddense_2_pre               (128, 10) NC
 *   tmp dense_2_pre.per_sample     (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k11_softmax_ce_softmax_ce_bwd_n128_k10(const float *restrict dense_2_pre, const float *restrict y, float *restrict ddense_2_pre, float *restrict dense_2_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_2_pre_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_2_pre + (long)n * 10;
        double total = 0.0, hits = 0.0;
        float *p = ddense_2_pre + (long)n * 10;  /* the probabilities, then the gradient */
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

/* k12_softmax_ce_n128_k10 — loss kernel
 *   node n18 "loss_eval" (softmax_ce), from $.loss
 *   in  dense_2_pre_infer          (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_2_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k12_softmax_ce_n128_k10(const float *restrict dense_2_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_2_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k13_dense_bwd_weights_64x10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
static inline __attribute__((always_inline)) void k13_dense_bwd_weights_64x10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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

/* k13_dense_bwd_weights_64x10 — gemm kernel
 *   node n20 "ddense_2.weights" (dense_bwd_weights), from $.layers[3]
 *   in  ddense_2_pre               (128, 10) NC
 *   in  dense_1_out                (128, 64) NC
 *   out ddense_2/kernel            (64, 10) IO
 *   out ddense_2/bias              (10) C
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k13_dense_bwd_weights_64x10(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)
{
    /* C (64 x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = 64 / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 64) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_2_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_2_pre + j0 * 16;
            if (i0 < full_rows) {
                k13_dense_bwd_weights_64x10_tile_8x1t(dense_1_out + (long)i0 * 1, bg, bias_g, ddense_2_kernel + (long)i0 * 10 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 64; i++) {  /* the last rows, one at a time */
                    k13_dense_bwd_weights_64x10_tile_1x1t(dense_1_out + (long)i * 1, bg, bias_g, ddense_2_kernel + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k14_reorder_64x10 — reorder kernel
 *   node n21 "reorder.dense_2/kernel.transposed64" (reorder), from $.layers[3]
 *   in  dense_2/kernel             (64, 10) IO
 *   out dense_2/kernel.transposed64 (64, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k14_reorder_64x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_transposed64)
{
    /* dense_2/kernel -> dense_2/kernel.transposed64 */
    /* (64, 10) -> transposed (10, 64), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 10; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 64; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16 && r < 10; r++) dense_2_kernel_transposed64[(long)r * 64 + c] = dense_2_kernel[(long)c * 10 + r];
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k15_dense_bwd_data_relu_bwd_n128_k64_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
static inline __attribute__((always_inline)) void k15_dense_bwd_data_relu_bwd_n128_k64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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

/* k15_dense_bwd_data_relu_bwd_n128_k64 — gemm kernel
 *   node n22 "ddense_2.data" (dense_bwd_data), from $.layers[3]
 *   node n23 "ddense_1.relu" (relu_bwd), from $.layers[2]
 *   in  ddense_2_pre               (128, 10) NC
 *   in  dense_2/kernel.transposed64 (64, 10) IO
 *   in  dense_1_out                (128, 64) NC
 *   out ddense_1_pre               (128, 64) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k15_dense_bwd_data_relu_bwd_n128_k64(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel_transposed64, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)
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
            const float *bg = dense_2_kernel_transposed64 + j0 * 16;
            if (i0 < full_rows) {
                k15_dense_bwd_data_relu_bwd_n128_k64_tile_6x4(ddense_2_pre + (long)i0 * 10, bg, bias_g, ddense_1_pre + (long)i0 * 64 + j0 * 16, db_g, 0, dense_1_out + (long)i0 * 64 + j0 * 16);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k15_dense_bwd_data_relu_bwd_n128_k64_tile_1x4(ddense_2_pre + (long)i * 10, bg, bias_g, ddense_1_pre + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_1_out + (long)i * 64 + j0 * 16);
                }
            }
        }
}

/* 5 rows x 4 column vectors: 20 accumulators */
static inline __attribute__((always_inline)) void k16_dense_bwd_weights_64x64_tile_5x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
        { const vf ab = vbcast(a[0 + (long)p * 64]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[1 + (long)p * 64]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[2 + (long)p * 64]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[3 + (long)p * 64]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[4 + (long)p * 64]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
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
static inline __attribute__((always_inline)) void k16_dense_bwd_weights_64x64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 64]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
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

/* k16_dense_bwd_weights_64x64 — gemm kernel
 *   node n24 "ddense_1.weights" (dense_bwd_weights), from $.layers[2]
 *   in  ddense_1_pre               (128, 64) NC
 *   in  dense_out                  (128, 64) NC
 *   out ddense_1/kernel            (64, 64) IO
 *   out ddense_1/bias              (64) C
 *   register tile: 5 rows x 4 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k16_dense_bwd_weights_64x64(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* C (64 x 64) in tiles of 5 rows x 4 vectors of 16 columns */
    const int full_rows = 64 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 64) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_1_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_1_pre + j0 * 16;
            if (i0 < full_rows) {
                k16_dense_bwd_weights_64x64_tile_5x4(dense_out + (long)i0 * 1, bg, bias_g, ddense_1_kernel + (long)i0 * 64 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 64; i++) {  /* the last rows, one at a time */
                    k16_dense_bwd_weights_64x64_tile_1x4(dense_out + (long)i * 1, bg, bias_g, ddense_1_kernel + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k17_reorder_64x64 — reorder kernel
 *   node n25 "reorder.dense_1/kernel.transposed64" (reorder), from $.layers[2]
 *   in  dense_1/kernel             (64, 64) IO
 *   out dense_1/kernel.transposed64 (64, 64) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k17_reorder_64x64(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed64)
{
    /* dense_1/kernel -> dense_1/kernel.transposed64 */
    /* (64, 64) -> transposed (64, 64), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 64; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 64; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16; r++) dense_1_kernel_transposed64[(long)r * 64 + c] = dense_1_kernel[(long)c * 64 + r];
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k18_dense_bwd_data_relu_bwd_n128_k64_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[64 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[320 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
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
static inline __attribute__((always_inline)) void k18_dense_bwd_data_relu_bwd_n128_k64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 64; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
}

/* k18_dense_bwd_data_relu_bwd_n128_k64 — gemm kernel
 *   node n26 "ddense_1.data" (dense_bwd_data), from $.layers[2]
 *   node n27 "ddense.relu" (relu_bwd), from $.layers[1]
 *   in  ddense_1_pre               (128, 64) NC
 *   in  dense_1/kernel.transposed64 (64, 64) IO
 *   in  dense_out                  (128, 64) NC
 *   out ddense_pre                 (128, 64) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k18_dense_bwd_data_relu_bwd_n128_k64(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed64, const float *restrict dense_out, float *restrict ddense_pre, int nb)
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
                k18_dense_bwd_data_relu_bwd_n128_k64_tile_6x4(ddense_1_pre + (long)i0 * 64, bg, bias_g, ddense_pre + (long)i0 * 64 + j0 * 16, db_g, 0, dense_out + (long)i0 * 64 + j0 * 16);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k18_dense_bwd_data_relu_bwd_n128_k64_tile_1x4(ddense_1_pre + (long)i * 64, bg, bias_g, ddense_pre + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_out + (long)i * 64 + j0 * 16);
                }
            }
        }
}

/* 5 rows x 4 column vectors: 20 accumulators */
static inline __attribute__((always_inline)) void k19_dense_bwd_weights_784x64_tile_5x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
        { const vf ab = vbcast(a[0 + (long)p * 784]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[1 + (long)p * 784]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[2 + (long)p * 784]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[3 + (long)p * 784]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[4 + (long)p * 784]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
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
static inline __attribute__((always_inline)) void k19_dense_bwd_weights_784x64_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 64 + 0), b1 = vload(bm + (long)p * 64 + 16), b2 = vload(bm + (long)p * 64 + 32), b3 = vload(bm + (long)p * 64 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 64 + 0); __builtin_prefetch(bm + (long)(p + 8) * 64 + 16); __builtin_prefetch(bm + (long)(p + 8) * 64 + 32); __builtin_prefetch(bm + (long)(p + 8) * 64 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 784]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
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

/* k19_dense_bwd_weights_784x64 — gemm kernel
 *   node n28 "ddense.weights" (dense_bwd_weights), from $.layers[1]
 *   in  ddense_pre                 (128, 64) NC
 *   in  flatten_out                (128, 784) NC
 *   out ddense/kernel              (784, 64) IO
 *   out ddense/bias                (64) C
 *   register tile: 5 rows x 4 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k19_dense_bwd_weights_784x64(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* C (784 x 64) in tiles of 5 rows x 4 vectors of 16 columns */
    const int full_rows = 784 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 784) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_pre + j0 * 16;
            if (i0 < full_rows) {
                k19_dense_bwd_weights_784x64_tile_5x4(flatten_out + (long)i0 * 1, bg, bias_g, ddense_kernel + (long)i0 * 64 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 784; i++) {  /* the last rows, one at a time */
                    k19_dense_bwd_weights_784x64_tile_1x4(flatten_out + (long)i * 1, bg, bias_g, ddense_kernel + (long)i * 64 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k20_sgd_update_p55056 — optimizer kernel
 *   node n29 "sgd" (sgd_update), from $.optimizer
 *   schedule: OpenMP over elements; ISA avx512 */
void k20_sgd_update_p55056(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    (void)v; (void)t;
    (void)m;
    #pragma omp for schedule(static)
    for (long i = 0; i < 55056; i++) {
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
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 64) */
    float *const dense_bias = P + 50176;  /* dense/bias (64) */
    float *const dense_out = A + 0;  /* dense_out (128, 64) */
    float *const dense_1_kernel = P + 50240;  /* dense_1/kernel (64, 64) */
    float *const dense_1_bias = P + 54336;  /* dense_1/bias (64) */
    float *const dense_1_out = A + 8192;  /* dense_1_out (128, 64) */
    float *const dense_2_kernel = P + 54400;  /* dense_2/kernel (64, 10) */
    float *const dense_2_kernel_padded16 = A + 17664;  /* dense_2/kernel.padded16 (64, 10) */
    float *const dense_2_bias = P + 55040;  /* dense_2/bias (10) */
    float *const dense_2_bias_padded16 = A + 18688;  /* dense_2/bias.padded16 (10) */
    float *const dense_2_pre = A + 16384;  /* dense_2_pre (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const ddense_2_pre = A + 24576;  /* ddense_2_pre (128, 10) */
    float *const dense_2_pre_per_sample = A + 17664;  /* dense_2_pre.per_sample (512) */
    float *const ddense_2_kernel = G + 54400;  /* ddense_2/kernel (64, 10) */
    float *const ddense_2_bias = G + 55040;  /* ddense_2/bias (10) */
    float *const dense_2_kernel_transposed64 = A + 25856;  /* dense_2/kernel.transposed64 (64, 10) */
    float *const ddense_1_pre = A + 16384;  /* ddense_1_pre (128, 64) */
    float *const ddense_1_kernel = G + 50240;  /* ddense_1/kernel (64, 64) */
    float *const ddense_1_bias = G + 54336;  /* ddense_1/bias (64) */
    float *const dense_1_kernel_transposed64 = A + 24576;  /* dense_1/kernel.transposed64 (64, 64) */
    float *const ddense_pre = A + 8192;  /* ddense_pre (128, 64) */
    float *const ddense_kernel = G + 0;  /* ddense/kernel (784, 64) */
    float *const ddense_bias = G + 50176;  /* ddense/bias (64) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 231047 FLOP per sample: threads from 18 samples on */
    #pragma omp parallel if ((double)nb * 231046.53125 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_dense_fwd_relu_n128_k64(flatten_out, dense_kernel, dense_bias, dense_out, nb);
        k01_dense_fwd_relu_n128_k64(dense_out, dense_1_kernel, dense_1_bias, dense_1_out, nb);
        k02_reorder_64x10(dense_2_kernel, dense_2_kernel_padded16);
        k03_reorder_c10(dense_2_bias, dense_2_bias_padded16);
        k04_dense_fwd_n128_k10(dense_1_out, dense_2_kernel_padded16, dense_2_bias_padded16, dense_2_pre, nb);
        k11_softmax_ce_softmax_ce_bwd_n128_k10(dense_2_pre, y, ddense_2_pre, dense_2_pre_per_sample, nb, &s->loss, &s->metric);
        k13_dense_bwd_weights_64x10(ddense_2_pre, dense_1_out, ddense_2_kernel, ddense_2_bias, nb);
        k14_reorder_64x10(dense_2_kernel, dense_2_kernel_transposed64);
        k15_dense_bwd_data_relu_bwd_n128_k64(ddense_2_pre, dense_2_kernel_transposed64, dense_1_out, ddense_1_pre, nb);
        k16_dense_bwd_weights_64x64(ddense_1_pre, dense_out, ddense_1_kernel, ddense_1_bias, nb);
        k17_reorder_64x64(dense_1_kernel, dense_1_kernel_transposed64);
        k18_dense_bwd_data_relu_bwd_n128_k64(ddense_1_pre, dense_1_kernel_transposed64, dense_out, ddense_pre, nb);
        k19_dense_bwd_weights_784x64(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k20_sgd_update_p55056(P, G, M, V, s->step, s->learning_rate);
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
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 64) */
    float *const dense_bias = P + 50176;  /* dense/bias (64) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (128, 64) */
    float *const dense_1_kernel = P + 50240;  /* dense_1/kernel (64, 64) */
    float *const dense_1_bias = P + 54336;  /* dense_1/bias (64) */
    float *const dense_1_out_infer = A + 8192;  /* dense_1_out_infer (128, 64) */
    float *const dense_2_kernel = P + 54400;  /* dense_2/kernel (64, 10) */
    float *const dense_2_kernel_padded16_2 = A + 28672;  /* dense_2/kernel.padded16.2 (64, 10) */
    float *const dense_2_bias = P + 55040;  /* dense_2/bias (10) */
    float *const dense_2_bias_padded16_2 = A + 29696;  /* dense_2/bias.padded16.2 (10) */
    float *const dense_2_pre_infer = A + 0;  /* dense_2_pre_infer (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    float *const dense_2_pre_infer_per_sample = A + 2560;  /* dense_2_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 110110 FLOP per sample: threads from 37 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 110110.15625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k05_dense_fwd_relu_n128_k64(flatten_out_infer, dense_kernel, dense_bias, dense_out_infer, nb);
        k06_dense_fwd_relu_n128_k64(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_out_infer, nb);
        if (copy_weights) k07_reorder_64x10(dense_2_kernel, dense_2_kernel_padded16_2);
        if (copy_weights) k08_reorder_c10(dense_2_bias, dense_2_bias_padded16_2);
        k09_dense_fwd_n128_k10(dense_1_out_infer, dense_2_kernel_padded16_2, dense_2_bias_padded16_2, dense_2_pre_infer, nb);
        k12_softmax_ce_n128_k10(dense_2_pre_infer, y, probs_eval, dense_2_pre_infer_per_sample, nb, &s->loss, &s->metric);
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
    const float *const flatten_out_infer = s->x;  /* flatten_out_infer (128, 784) */
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 64) */
    float *const dense_bias = P + 50176;  /* dense/bias (64) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (128, 64) */
    float *const dense_1_kernel = P + 50240;  /* dense_1/kernel (64, 64) */
    float *const dense_1_bias = P + 54336;  /* dense_1/bias (64) */
    float *const dense_1_out_infer = A + 8192;  /* dense_1_out_infer (128, 64) */
    float *const dense_2_kernel = P + 54400;  /* dense_2/kernel (64, 10) */
    float *const dense_2_kernel_padded16_2 = A + 28672;  /* dense_2/kernel.padded16.2 (64, 10) */
    float *const dense_2_bias = P + 55040;  /* dense_2/bias (10) */
    float *const dense_2_bias_padded16_2 = A + 29696;  /* dense_2/bias.padded16.2 (10) */
    float *const dense_2_out_infer = s->out;  /* dense_2_out_infer (128, 10) */
    /* 110130 FLOP per sample: threads from 37 samples on */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel if ((double)nb * 110130.15625 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k05_dense_fwd_relu_n128_k64(flatten_out_infer, dense_kernel, dense_bias, dense_out_infer, nb);
        k06_dense_fwd_relu_n128_k64(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_out_infer, nb);
        if (copy_weights) k07_reorder_64x10(dense_2_kernel, dense_2_kernel_padded16_2);
        if (copy_weights) k08_reorder_c10(dense_2_bias, dense_2_bias_padded16_2);
        k10_dense_fwd_softmax_n128_k10(dense_1_out_infer, dense_2_kernel_padded16_2, dense_2_bias_padded16_2, dense_2_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
    if (s->weights_cached) *s->weights_cached = s->weights_version;
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {784, 64, 0, 0}, "IO", 0, 50176, 3, 784, 64},
    {"dense/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 50176, 64, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {64, 64, 0, 0}, "IO", 50240, 4096, 3, 64, 64},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {64, 0, 0, 0}, "C", 54336, 64, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_1_out", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 8192, 8192, 0, 0, 0},
    {"dense_2/kernel", KILN_ROLE_PARAM, 2, {64, 10, 0, 0}, "IO", 54400, 640, 3, 64, 10},
    {"dense_2/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 55040, 10, 1, 0, 0},
    {"dense_2_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 16384, 1280, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 8192, 8192, 0, 0, 0},
    {"dense_2_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_2_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_2_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_2_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 24576, 1280, 0, 0, 0},
    {"ddense_2/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 55040, 10, 0, 0, 0},
    {"ddense_2/kernel", KILN_ROLE_GRAD, 2, {64, 10, 0, 0}, "IO", 54400, 640, 0, 0, 0},
    {"ddense_1_out", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 16384, 8192, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 54336, 64, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {64, 64, 0, 0}, "IO", 50240, 4096, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 64, 0, 0}, "NC", 8192, 8192, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {64, 0, 0, 0}, "C", 50176, 64, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {784, 64, 0, 0}, "IO", 0, 50176, 0, 0, 0},
    {"dense_2/kernel.padded16", KILN_ROLE_ACT, 2, {64, 10, 0, 0}, "IO", 17664, 640, 0, 0, 0},
    {"dense_2/bias.padded16", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 18688, 10, 0, 0, 0},
    {"dense_2/kernel.padded16.2", KILN_ROLE_ACT, 2, {64, 10, 0, 0}, "IO", 28672, 640, 0, 0, 0},
    {"dense_2/bias.padded16.2", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 29696, 10, 0, 0, 0},
    {"dense_2/kernel.transposed64", KILN_ROLE_ACT, 2, {64, 10, 0, 0}, "IO", 25856, 640, 0, 0, 0},
    {"dense_1/kernel.transposed64", KILN_ROLE_ACT, 2, {64, 64, 0, 0}, "IO", 24576, 4096, 0, 0, 0},
    {"dense_2_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 17664, 512, 0, 0, 0},
    {"dense_2_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_dense_fwd_relu_n128_k64", "void k00_dense_fwd_relu_n128_k64(const float *restrict flatten_out, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out, int nb)", 12861440, 635136, 1},
    {"k01_dense_fwd_relu_n128_k64", "void k01_dense_fwd_relu_n128_k64(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out, int nb)", 1064960, 82176, 1},
    {"k02_reorder_64x10", "void k02_reorder_64x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_padded16)", 1280, 5120, 1},
    {"k03_reorder_c10", "void k03_reorder_c10(const float *restrict dense_2_bias, float *restrict dense_2_bias_padded16)", 20, 80, 1},
    {"k04_dense_fwd_n128_k10", "void k04_dense_fwd_n128_k10(const float *restrict dense_1_out, const float *restrict dense_2_kernel_padded16, const float *restrict dense_2_bias_padded16, float *restrict dense_2_pre, int nb)", 163840, 40488, 1},
    {"k05_dense_fwd_relu_n128_k64", "void k05_dense_fwd_relu_n128_k64(const float *restrict flatten_out_infer, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out_infer, int nb)", 12861440, 635136, 6},
    {"k06_dense_fwd_relu_n128_k64", "void k06_dense_fwd_relu_n128_k64(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out_infer, int nb)", 1064960, 82176, 6},
    {"k07_reorder_64x10", "void k07_reorder_64x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_padded16_2)", 1280, 5120, 6},
    {"k08_reorder_c10", "void k08_reorder_c10(const float *restrict dense_2_bias, float *restrict dense_2_bias_padded16_2)", 20, 80, 6},
    {"k09_dense_fwd_n128_k10", "void k09_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel_padded16_2, const float *restrict dense_2_bias_padded16_2, float *restrict dense_2_pre_infer, int nb)", 163840, 40488, 2},
    {"k10_dense_fwd_softmax_n128_k10", "void k10_dense_fwd_softmax_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel_padded16_2, const float *restrict dense_2_bias_padded16_2, float *restrict dense_2_out_infer, int nb)", 166400, 40488, 4},
    {"k11_softmax_ce_softmax_ce_bwd_n128_k10", "void k11_softmax_ce_softmax_ce_bwd_n128_k10(const float *restrict dense_2_pre, const float *restrict y, float *restrict ddense_2_pre, float *restrict dense_2_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 5120, 15360, 1},
    {"k12_softmax_ce_n128_k10", "void k12_softmax_ce_n128_k10(const float *restrict dense_2_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_2_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 2},
    {"k13_dense_bwd_weights_64x10", "void k13_dense_bwd_weights_64x10(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)", 163840, 40488, 1},
    {"k14_reorder_64x10", "void k14_reorder_64x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_transposed64)", 1280, 5120, 1},
    {"k15_dense_bwd_data_relu_bwd_n128_k64", "void k15_dense_bwd_data_relu_bwd_n128_k64(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel_transposed64, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)", 180224, 73216, 1},
    {"k16_dense_bwd_weights_64x64", "void k16_dense_bwd_weights_64x64(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 1048576, 82176, 1},
    {"k17_reorder_64x64", "void k17_reorder_64x64(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed64)", 8192, 32768, 1},
    {"k18_dense_bwd_data_relu_bwd_n128_k64", "void k18_dense_bwd_data_relu_bwd_n128_k64(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed64, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 1064960, 114688, 1},
    {"k19_dense_bwd_weights_784x64", "void k19_dense_bwd_weights_784x64(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 12845056, 635136, 1},
    {"k20_sgd_update_p55056", "void k20_sgd_update_p55056(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 165168, 1541568, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed003_mlp",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {28, 28, 1},
    .in_scale = (float)0.00392156886,
    .out_size = 10,
    .label_kind = KILN_LABEL_ONEHOT,
    .label_size = 10,
    .has_accuracy = 1,
    .n_params = 55056,
    .n_state = 0,
    .n_arena = 29712,
    .n_tensors = 41,
    .tensors = tensors,
    .n_kernels = 21,
    .kernels = kernels,
    .isa = "avx512",
};


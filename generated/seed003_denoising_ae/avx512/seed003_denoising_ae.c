/* seed003_denoising_ae.c — emitted by kiln from models/seed003_denoising_ae.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 64 (kiln_step.nb may be smaller), ISA avx512. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 226416, state 0, arena 181248.
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
static inline __attribute__((always_inline)) void k00_dense_fwd_relu_n64_k128_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
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
    vstore(c + 128, vrelu(acc_r1v0));
    vstore(c + 144, vrelu(acc_r1v1));
    vstore(c + 160, vrelu(acc_r1v2));
    vstore(c + 176, vrelu(acc_r1v3));
    vstore(c + 256, vrelu(acc_r2v0));
    vstore(c + 272, vrelu(acc_r2v1));
    vstore(c + 288, vrelu(acc_r2v2));
    vstore(c + 304, vrelu(acc_r2v3));
    vstore(c + 384, vrelu(acc_r3v0));
    vstore(c + 400, vrelu(acc_r3v1));
    vstore(c + 416, vrelu(acc_r3v2));
    vstore(c + 432, vrelu(acc_r3v3));
    vstore(c + 512, vrelu(acc_r4v0));
    vstore(c + 528, vrelu(acc_r4v1));
    vstore(c + 544, vrelu(acc_r4v2));
    vstore(c + 560, vrelu(acc_r4v3));
    vstore(c + 640, vrelu(acc_r5v0));
    vstore(c + 656, vrelu(acc_r5v1));
    vstore(c + 672, vrelu(acc_r5v2));
    vstore(c + 688, vrelu(acc_r5v3));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k00_dense_fwd_relu_n64_k128_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* k00_dense_fwd_relu_n64_k128 — gemm kernel
 *   node n0 "dense" (dense), from $.layers[0]
 *   node n1 "dense.relu" (relu), from $.layers[0]
 *   in  x                          (64, 784) NC
 *   in  dense/kernel               (784, 128) IO
 *   in  dense/bias                 (128) C
 *   out dense_out                  (64, 128) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k00_dense_fwd_relu_n64_k128(const float *restrict x, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 2; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_kernel + j0 * 16;
            if (i0 < full_rows) {
                k00_dense_fwd_relu_n64_k128_tile_6x4(x + (long)i0 * 784, bg, bias_g, dense_out + (long)i0 * 128 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k00_dense_fwd_relu_n64_k128_tile_1x4(x + (long)i * 784, bg, bias_g, dense_out + (long)i * 128 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k01_dense_fwd_relu_n64_k96_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16), b2 = vload(bm + (long)p * 96 + 32), b3 = vload(bm + (long)p * 96 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); __builtin_prefetch(bm + (long)(p + 8) * 96 + 32); __builtin_prefetch(bm + (long)(p + 8) * 96 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
    vstore(c + 96, vrelu(acc_r1v0));
    vstore(c + 112, vrelu(acc_r1v1));
    vstore(c + 128, vrelu(acc_r1v2));
    vstore(c + 144, vrelu(acc_r1v3));
    vstore(c + 192, vrelu(acc_r2v0));
    vstore(c + 208, vrelu(acc_r2v1));
    vstore(c + 224, vrelu(acc_r2v2));
    vstore(c + 240, vrelu(acc_r2v3));
    vstore(c + 288, vrelu(acc_r3v0));
    vstore(c + 304, vrelu(acc_r3v1));
    vstore(c + 320, vrelu(acc_r3v2));
    vstore(c + 336, vrelu(acc_r3v3));
    vstore(c + 384, vrelu(acc_r4v0));
    vstore(c + 400, vrelu(acc_r4v1));
    vstore(c + 416, vrelu(acc_r4v2));
    vstore(c + 432, vrelu(acc_r4v3));
    vstore(c + 480, vrelu(acc_r5v0));
    vstore(c + 496, vrelu(acc_r5v1));
    vstore(c + 512, vrelu(acc_r5v2));
    vstore(c + 528, vrelu(acc_r5v3));
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k01_dense_fwd_relu_n64_k96_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 96, vrelu(acc_r1v0));
    vstore(c + 112, vrelu(acc_r1v1));
    vstore(c + 192, vrelu(acc_r2v0));
    vstore(c + 208, vrelu(acc_r2v1));
    vstore(c + 288, vrelu(acc_r3v0));
    vstore(c + 304, vrelu(acc_r3v1));
    vstore(c + 384, vrelu(acc_r4v0));
    vstore(c + 400, vrelu(acc_r4v1));
    vstore(c + 480, vrelu(acc_r5v0));
    vstore(c + 496, vrelu(acc_r5v1));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k01_dense_fwd_relu_n64_k96_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16), b2 = vload(bm + (long)p * 96 + 32), b3 = vload(bm + (long)p * 96 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); __builtin_prefetch(bm + (long)(p + 8) * 96 + 32); __builtin_prefetch(bm + (long)(p + 8) * 96 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k01_dense_fwd_relu_n64_k96_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
}

/* k01_dense_fwd_relu_n64_k96 — gemm kernel
 *   node n2 "dense_1" (dense), from $.layers[1]
 *   node n3 "dense_1.relu" (relu), from $.layers[1]
 *   in  dense_out                  (64, 128) NC
 *   in  dense_1/kernel             (128, 96) IO
 *   in  dense_1/bias               (96) C
 *   out dense_1_out                (64, 96) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k01_dense_fwd_relu_n64_k96(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out, int nb)
{
    /* C (nb x 96) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 2; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_1_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_1_kernel + j0 * 16;
            if (i0 < full_rows) {
                if (g < 1) k01_dense_fwd_relu_n64_k96_tile_6x4(dense_out + (long)i0 * 128, bg, bias_g, dense_1_out + (long)i0 * 96 + j0 * 16, db_g, 0, NULL);
                else k01_dense_fwd_relu_n64_k96_tile_6x2(dense_out + (long)i0 * 128, bg, bias_g, dense_1_out + (long)i0 * 96 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 1) k01_dense_fwd_relu_n64_k96_tile_1x4(dense_out + (long)i * 128, bg, bias_g, dense_1_out + (long)i * 96 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                    else k01_dense_fwd_relu_n64_k96_tile_1x2(dense_out + (long)i * 128, bg, bias_g, dense_1_out + (long)i * 96 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k02_dense_fwd_relu_n64_k128_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 96; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[96 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[288 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[480 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
    vstore(c + 128, vrelu(acc_r1v0));
    vstore(c + 144, vrelu(acc_r1v1));
    vstore(c + 160, vrelu(acc_r1v2));
    vstore(c + 176, vrelu(acc_r1v3));
    vstore(c + 256, vrelu(acc_r2v0));
    vstore(c + 272, vrelu(acc_r2v1));
    vstore(c + 288, vrelu(acc_r2v2));
    vstore(c + 304, vrelu(acc_r2v3));
    vstore(c + 384, vrelu(acc_r3v0));
    vstore(c + 400, vrelu(acc_r3v1));
    vstore(c + 416, vrelu(acc_r3v2));
    vstore(c + 432, vrelu(acc_r3v3));
    vstore(c + 512, vrelu(acc_r4v0));
    vstore(c + 528, vrelu(acc_r4v1));
    vstore(c + 544, vrelu(acc_r4v2));
    vstore(c + 560, vrelu(acc_r4v3));
    vstore(c + 640, vrelu(acc_r5v0));
    vstore(c + 656, vrelu(acc_r5v1));
    vstore(c + 672, vrelu(acc_r5v2));
    vstore(c + 688, vrelu(acc_r5v3));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k02_dense_fwd_relu_n64_k128_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 96; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* k02_dense_fwd_relu_n64_k128 — gemm kernel
 *   node n4 "dense_2" (dense), from $.layers[2]
 *   node n5 "dense_2.relu" (relu), from $.layers[2]
 *   in  dense_1_out                (64, 96) NC
 *   in  dense_2/kernel             (96, 128) IO
 *   in  dense_2/bias               (128) C
 *   out dense_2_out                (64, 128) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k02_dense_fwd_relu_n64_k128(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_out, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 2; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_2_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_2_kernel + j0 * 16;
            if (i0 < full_rows) {
                k02_dense_fwd_relu_n64_k128_tile_6x4(dense_1_out + (long)i0 * 96, bg, bias_g, dense_2_out + (long)i0 * 128 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k02_dense_fwd_relu_n64_k128_tile_1x4(dense_1_out + (long)i * 96, bg, bias_g, dense_2_out + (long)i * 128 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k03_dense_fwd_n64_k784_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0), b1 = vload(bm + (long)p * 784 + 16), b2 = vload(bm + (long)p * 784 + 32), b3 = vload(bm + (long)p * 784 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); __builtin_prefetch(bm + (long)(p + 8) * 784 + 16); __builtin_prefetch(bm + (long)(p + 8) * 784 + 32); __builtin_prefetch(bm + (long)(p + 8) * 784 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
    vstore(c + 784, acc_r1v0);
    vstore(c + 800, acc_r1v1);
    vstore(c + 816, acc_r1v2);
    vstore(c + 832, acc_r1v3);
    vstore(c + 1568, acc_r2v0);
    vstore(c + 1584, acc_r2v1);
    vstore(c + 1600, acc_r2v2);
    vstore(c + 1616, acc_r2v3);
    vstore(c + 2352, acc_r3v0);
    vstore(c + 2368, acc_r3v1);
    vstore(c + 2384, acc_r3v2);
    vstore(c + 2400, acc_r3v3);
    vstore(c + 3136, acc_r4v0);
    vstore(c + 3152, acc_r4v1);
    vstore(c + 3168, acc_r4v2);
    vstore(c + 3184, acc_r4v3);
    vstore(c + 3920, acc_r5v0);
    vstore(c + 3936, acc_r5v1);
    vstore(c + 3952, acc_r5v2);
    vstore(c + 3968, acc_r5v3);
}

/* 6 rows x 1 column vectors: 6 accumulators */
static inline __attribute__((always_inline)) void k03_dense_fwd_n64_k784_tile_6x1(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    vf acc_r1v0 = vload(bias + 0);
    vf acc_r2v0 = vload(bias + 0);
    vf acc_r3v0 = vload(bias + 0);
    vf acc_r4v0 = vload(bias + 0);
    vf acc_r5v0 = vload(bias + 0);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 784, acc_r1v0);
    vstore(c + 1568, acc_r2v0);
    vstore(c + 2352, acc_r3v0);
    vstore(c + 3136, acc_r4v0);
    vstore(c + 3920, acc_r5v0);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k03_dense_fwd_n64_k784_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0), b1 = vload(bm + (long)p * 784 + 16), b2 = vload(bm + (long)p * 784 + 32), b3 = vload(bm + (long)p * 784 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); __builtin_prefetch(bm + (long)(p + 8) * 784 + 16); __builtin_prefetch(bm + (long)(p + 8) * 784 + 32); __builtin_prefetch(bm + (long)(p + 8) * 784 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
}

/* 1 rows x 1 column vectors: 1 accumulators */
static inline __attribute__((always_inline)) void k03_dense_fwd_n64_k784_tile_1x1(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore(c + 0, acc_r0v0);
}

/* k03_dense_fwd_n64_k784 — gemm kernel
 *   node n6 "dense_3" (dense), from $.layers[3]
 *   in  dense_2_out                (64, 128) NC
 *   in  dense_3/kernel             (128, 784) IO
 *   in  dense_3/bias               (784) C
 *   out dense_3_pre                (64, 784) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k03_dense_fwd_n64_k784(const float *restrict dense_2_out, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre, int nb)
{
    /* C (nb x 784) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 13; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_3_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_3_kernel + j0 * 16;
            if (i0 < full_rows) {
                if (g < 12) k03_dense_fwd_n64_k784_tile_6x4(dense_2_out + (long)i0 * 128, bg, bias_g, dense_3_pre + (long)i0 * 784 + j0 * 16, db_g, 0, NULL);
                else k03_dense_fwd_n64_k784_tile_6x1(dense_2_out + (long)i0 * 128, bg, bias_g, dense_3_pre + (long)i0 * 784 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 12) k03_dense_fwd_n64_k784_tile_1x4(dense_2_out + (long)i * 128, bg, bias_g, dense_3_pre + (long)i * 784 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                    else k03_dense_fwd_n64_k784_tile_1x1(dense_2_out + (long)i * 128, bg, bias_g, dense_3_pre + (long)i * 784 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k04_dense_fwd_relu_n64_k128_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
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
    vstore(c + 128, vrelu(acc_r1v0));
    vstore(c + 144, vrelu(acc_r1v1));
    vstore(c + 160, vrelu(acc_r1v2));
    vstore(c + 176, vrelu(acc_r1v3));
    vstore(c + 256, vrelu(acc_r2v0));
    vstore(c + 272, vrelu(acc_r2v1));
    vstore(c + 288, vrelu(acc_r2v2));
    vstore(c + 304, vrelu(acc_r2v3));
    vstore(c + 384, vrelu(acc_r3v0));
    vstore(c + 400, vrelu(acc_r3v1));
    vstore(c + 416, vrelu(acc_r3v2));
    vstore(c + 432, vrelu(acc_r3v3));
    vstore(c + 512, vrelu(acc_r4v0));
    vstore(c + 528, vrelu(acc_r4v1));
    vstore(c + 544, vrelu(acc_r4v2));
    vstore(c + 560, vrelu(acc_r4v3));
    vstore(c + 640, vrelu(acc_r5v0));
    vstore(c + 656, vrelu(acc_r5v1));
    vstore(c + 672, vrelu(acc_r5v2));
    vstore(c + 688, vrelu(acc_r5v3));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k04_dense_fwd_relu_n64_k128_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* k04_dense_fwd_relu_n64_k128 — gemm kernel
 *   node n7 "dense_infer" (dense), from $.layers[0]
 *   node n8 "dense.relu_infer" (relu), from $.layers[0]
 *   in  x                          (64, 784) NC
 *   in  dense/kernel               (784, 128) IO
 *   in  dense/bias                 (128) C
 *   out dense_out_infer            (64, 128) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k04_dense_fwd_relu_n64_k128(const float *restrict x, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out_infer, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 2; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_kernel + j0 * 16;
            if (i0 < full_rows) {
                k04_dense_fwd_relu_n64_k128_tile_6x4(x + (long)i0 * 784, bg, bias_g, dense_out_infer + (long)i0 * 128 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k04_dense_fwd_relu_n64_k128_tile_1x4(x + (long)i * 784, bg, bias_g, dense_out_infer + (long)i * 128 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k05_dense_fwd_relu_n64_k96_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16), b2 = vload(bm + (long)p * 96 + 32), b3 = vload(bm + (long)p * 96 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); __builtin_prefetch(bm + (long)(p + 8) * 96 + 32); __builtin_prefetch(bm + (long)(p + 8) * 96 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
    vstore(c + 96, vrelu(acc_r1v0));
    vstore(c + 112, vrelu(acc_r1v1));
    vstore(c + 128, vrelu(acc_r1v2));
    vstore(c + 144, vrelu(acc_r1v3));
    vstore(c + 192, vrelu(acc_r2v0));
    vstore(c + 208, vrelu(acc_r2v1));
    vstore(c + 224, vrelu(acc_r2v2));
    vstore(c + 240, vrelu(acc_r2v3));
    vstore(c + 288, vrelu(acc_r3v0));
    vstore(c + 304, vrelu(acc_r3v1));
    vstore(c + 320, vrelu(acc_r3v2));
    vstore(c + 336, vrelu(acc_r3v3));
    vstore(c + 384, vrelu(acc_r4v0));
    vstore(c + 400, vrelu(acc_r4v1));
    vstore(c + 416, vrelu(acc_r4v2));
    vstore(c + 432, vrelu(acc_r4v3));
    vstore(c + 480, vrelu(acc_r5v0));
    vstore(c + 496, vrelu(acc_r5v1));
    vstore(c + 512, vrelu(acc_r5v2));
    vstore(c + 528, vrelu(acc_r5v3));
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k05_dense_fwd_relu_n64_k96_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 96, vrelu(acc_r1v0));
    vstore(c + 112, vrelu(acc_r1v1));
    vstore(c + 192, vrelu(acc_r2v0));
    vstore(c + 208, vrelu(acc_r2v1));
    vstore(c + 288, vrelu(acc_r3v0));
    vstore(c + 304, vrelu(acc_r3v1));
    vstore(c + 384, vrelu(acc_r4v0));
    vstore(c + 400, vrelu(acc_r4v1));
    vstore(c + 480, vrelu(acc_r5v0));
    vstore(c + 496, vrelu(acc_r5v1));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k05_dense_fwd_relu_n64_k96_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16), b2 = vload(bm + (long)p * 96 + 32), b3 = vload(bm + (long)p * 96 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); __builtin_prefetch(bm + (long)(p + 8) * 96 + 32); __builtin_prefetch(bm + (long)(p + 8) * 96 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k05_dense_fwd_relu_n64_k96_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
}

/* k05_dense_fwd_relu_n64_k96 — gemm kernel
 *   node n9 "dense_1_infer" (dense), from $.layers[1]
 *   node n10 "dense_1.relu_infer" (relu), from $.layers[1]
 *   in  dense_out_infer            (64, 128) NC
 *   in  dense_1/kernel             (128, 96) IO
 *   in  dense_1/bias               (96) C
 *   out dense_1_out_infer          (64, 96) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k05_dense_fwd_relu_n64_k96(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out_infer, int nb)
{
    /* C (nb x 96) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 2; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_1_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_1_kernel + j0 * 16;
            if (i0 < full_rows) {
                if (g < 1) k05_dense_fwd_relu_n64_k96_tile_6x4(dense_out_infer + (long)i0 * 128, bg, bias_g, dense_1_out_infer + (long)i0 * 96 + j0 * 16, db_g, 0, NULL);
                else k05_dense_fwd_relu_n64_k96_tile_6x2(dense_out_infer + (long)i0 * 128, bg, bias_g, dense_1_out_infer + (long)i0 * 96 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 1) k05_dense_fwd_relu_n64_k96_tile_1x4(dense_out_infer + (long)i * 128, bg, bias_g, dense_1_out_infer + (long)i * 96 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                    else k05_dense_fwd_relu_n64_k96_tile_1x2(dense_out_infer + (long)i * 128, bg, bias_g, dense_1_out_infer + (long)i * 96 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k06_dense_fwd_relu_n64_k128_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 96; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[96 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[288 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[480 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
    vstore(c + 128, vrelu(acc_r1v0));
    vstore(c + 144, vrelu(acc_r1v1));
    vstore(c + 160, vrelu(acc_r1v2));
    vstore(c + 176, vrelu(acc_r1v3));
    vstore(c + 256, vrelu(acc_r2v0));
    vstore(c + 272, vrelu(acc_r2v1));
    vstore(c + 288, vrelu(acc_r2v2));
    vstore(c + 304, vrelu(acc_r2v3));
    vstore(c + 384, vrelu(acc_r3v0));
    vstore(c + 400, vrelu(acc_r3v1));
    vstore(c + 416, vrelu(acc_r3v2));
    vstore(c + 432, vrelu(acc_r3v3));
    vstore(c + 512, vrelu(acc_r4v0));
    vstore(c + 528, vrelu(acc_r4v1));
    vstore(c + 544, vrelu(acc_r4v2));
    vstore(c + 560, vrelu(acc_r4v3));
    vstore(c + 640, vrelu(acc_r5v0));
    vstore(c + 656, vrelu(acc_r5v1));
    vstore(c + 672, vrelu(acc_r5v2));
    vstore(c + 688, vrelu(acc_r5v3));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k06_dense_fwd_relu_n64_k128_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 96; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* k06_dense_fwd_relu_n64_k128 — gemm kernel
 *   node n11 "dense_2_infer" (dense), from $.layers[2]
 *   node n12 "dense_2.relu_infer" (relu), from $.layers[2]
 *   in  dense_1_out_infer          (64, 96) NC
 *   in  dense_2/kernel             (96, 128) IO
 *   in  dense_2/bias               (128) C
 *   out dense_2_out_infer          (64, 128) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k06_dense_fwd_relu_n64_k128(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_out_infer, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 2; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_2_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_2_kernel + j0 * 16;
            if (i0 < full_rows) {
                k06_dense_fwd_relu_n64_k128_tile_6x4(dense_1_out_infer + (long)i0 * 96, bg, bias_g, dense_2_out_infer + (long)i0 * 128 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k06_dense_fwd_relu_n64_k128_tile_1x4(dense_1_out_infer + (long)i * 96, bg, bias_g, dense_2_out_infer + (long)i * 128 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k07_dense_fwd_n64_k784_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0), b1 = vload(bm + (long)p * 784 + 16), b2 = vload(bm + (long)p * 784 + 32), b3 = vload(bm + (long)p * 784 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); __builtin_prefetch(bm + (long)(p + 8) * 784 + 16); __builtin_prefetch(bm + (long)(p + 8) * 784 + 32); __builtin_prefetch(bm + (long)(p + 8) * 784 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
    vstore(c + 784, acc_r1v0);
    vstore(c + 800, acc_r1v1);
    vstore(c + 816, acc_r1v2);
    vstore(c + 832, acc_r1v3);
    vstore(c + 1568, acc_r2v0);
    vstore(c + 1584, acc_r2v1);
    vstore(c + 1600, acc_r2v2);
    vstore(c + 1616, acc_r2v3);
    vstore(c + 2352, acc_r3v0);
    vstore(c + 2368, acc_r3v1);
    vstore(c + 2384, acc_r3v2);
    vstore(c + 2400, acc_r3v3);
    vstore(c + 3136, acc_r4v0);
    vstore(c + 3152, acc_r4v1);
    vstore(c + 3168, acc_r4v2);
    vstore(c + 3184, acc_r4v3);
    vstore(c + 3920, acc_r5v0);
    vstore(c + 3936, acc_r5v1);
    vstore(c + 3952, acc_r5v2);
    vstore(c + 3968, acc_r5v3);
}

/* 6 rows x 1 column vectors: 6 accumulators */
static inline __attribute__((always_inline)) void k07_dense_fwd_n64_k784_tile_6x1(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    vf acc_r1v0 = vload(bias + 0);
    vf acc_r2v0 = vload(bias + 0);
    vf acc_r3v0 = vload(bias + 0);
    vf acc_r4v0 = vload(bias + 0);
    vf acc_r5v0 = vload(bias + 0);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 784, acc_r1v0);
    vstore(c + 1568, acc_r2v0);
    vstore(c + 2352, acc_r3v0);
    vstore(c + 3136, acc_r4v0);
    vstore(c + 3920, acc_r5v0);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k07_dense_fwd_n64_k784_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0), b1 = vload(bm + (long)p * 784 + 16), b2 = vload(bm + (long)p * 784 + 32), b3 = vload(bm + (long)p * 784 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); __builtin_prefetch(bm + (long)(p + 8) * 784 + 16); __builtin_prefetch(bm + (long)(p + 8) * 784 + 32); __builtin_prefetch(bm + (long)(p + 8) * 784 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
}

/* 1 rows x 1 column vectors: 1 accumulators */
static inline __attribute__((always_inline)) void k07_dense_fwd_n64_k784_tile_1x1(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore(c + 0, acc_r0v0);
}

/* k07_dense_fwd_n64_k784 — gemm kernel
 *   node n13 "dense_3_infer" (dense), from $.layers[3]
 *   in  dense_2_out_infer          (64, 128) NC
 *   in  dense_3/kernel             (128, 784) IO
 *   in  dense_3/bias               (784) C
 *   out dense_3_pre_infer          (64, 784) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k07_dense_fwd_n64_k784(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre_infer, int nb)
{
    /* C (nb x 784) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 13; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_3_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_3_kernel + j0 * 16;
            if (i0 < full_rows) {
                if (g < 12) k07_dense_fwd_n64_k784_tile_6x4(dense_2_out_infer + (long)i0 * 128, bg, bias_g, dense_3_pre_infer + (long)i0 * 784 + j0 * 16, db_g, 0, NULL);
                else k07_dense_fwd_n64_k784_tile_6x1(dense_2_out_infer + (long)i0 * 128, bg, bias_g, dense_3_pre_infer + (long)i0 * 784 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 12) k07_dense_fwd_n64_k784_tile_1x4(dense_2_out_infer + (long)i * 128, bg, bias_g, dense_3_pre_infer + (long)i * 784 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                    else k07_dense_fwd_n64_k784_tile_1x1(dense_2_out_infer + (long)i * 128, bg, bias_g, dense_3_pre_infer + (long)i * 784 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k08_dense_fwd_sigmoid_n64_k784_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0), b1 = vload(bm + (long)p * 784 + 16), b2 = vload(bm + (long)p * 784 + 32), b3 = vload(bm + (long)p * 784 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); __builtin_prefetch(bm + (long)(p + 8) * 784 + 16); __builtin_prefetch(bm + (long)(p + 8) * 784 + 32); __builtin_prefetch(bm + (long)(p + 8) * 784 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, vsigmoid(acc_r0v0));
    vstore(c + 16, vsigmoid(acc_r0v1));
    vstore(c + 32, vsigmoid(acc_r0v2));
    vstore(c + 48, vsigmoid(acc_r0v3));
    vstore(c + 784, vsigmoid(acc_r1v0));
    vstore(c + 800, vsigmoid(acc_r1v1));
    vstore(c + 816, vsigmoid(acc_r1v2));
    vstore(c + 832, vsigmoid(acc_r1v3));
    vstore(c + 1568, vsigmoid(acc_r2v0));
    vstore(c + 1584, vsigmoid(acc_r2v1));
    vstore(c + 1600, vsigmoid(acc_r2v2));
    vstore(c + 1616, vsigmoid(acc_r2v3));
    vstore(c + 2352, vsigmoid(acc_r3v0));
    vstore(c + 2368, vsigmoid(acc_r3v1));
    vstore(c + 2384, vsigmoid(acc_r3v2));
    vstore(c + 2400, vsigmoid(acc_r3v3));
    vstore(c + 3136, vsigmoid(acc_r4v0));
    vstore(c + 3152, vsigmoid(acc_r4v1));
    vstore(c + 3168, vsigmoid(acc_r4v2));
    vstore(c + 3184, vsigmoid(acc_r4v3));
    vstore(c + 3920, vsigmoid(acc_r5v0));
    vstore(c + 3936, vsigmoid(acc_r5v1));
    vstore(c + 3952, vsigmoid(acc_r5v2));
    vstore(c + 3968, vsigmoid(acc_r5v3));
}

/* 6 rows x 1 column vectors: 6 accumulators */
static inline __attribute__((always_inline)) void k08_dense_fwd_sigmoid_n64_k784_tile_6x1(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    vf acc_r1v0 = vload(bias + 0);
    vf acc_r2v0 = vload(bias + 0);
    vf acc_r3v0 = vload(bias + 0);
    vf acc_r4v0 = vload(bias + 0);
    vf acc_r5v0 = vload(bias + 0);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
    }
    vstore(c + 0, vsigmoid(acc_r0v0));
    vstore(c + 784, vsigmoid(acc_r1v0));
    vstore(c + 1568, vsigmoid(acc_r2v0));
    vstore(c + 2352, vsigmoid(acc_r3v0));
    vstore(c + 3136, vsigmoid(acc_r4v0));
    vstore(c + 3920, vsigmoid(acc_r5v0));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k08_dense_fwd_sigmoid_n64_k784_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0), b1 = vload(bm + (long)p * 784 + 16), b2 = vload(bm + (long)p * 784 + 32), b3 = vload(bm + (long)p * 784 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); __builtin_prefetch(bm + (long)(p + 8) * 784 + 16); __builtin_prefetch(bm + (long)(p + 8) * 784 + 32); __builtin_prefetch(bm + (long)(p + 8) * 784 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vsigmoid(acc_r0v0));
    vstore(c + 16, vsigmoid(acc_r0v1));
    vstore(c + 32, vsigmoid(acc_r0v2));
    vstore(c + 48, vsigmoid(acc_r0v3));
}

/* 1 rows x 1 column vectors: 1 accumulators */
static inline __attribute__((always_inline)) void k08_dense_fwd_sigmoid_n64_k784_tile_1x1(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore(c + 0, vsigmoid(acc_r0v0));
}

/* k08_dense_fwd_sigmoid_n64_k784 — gemm kernel
 *   node n14 "dense_3_predict_infer" (dense), from $.layers[3]
 *   node n15 "dense_3.sigmoid_infer" (sigmoid), from $.layers[3]
 *   in  dense_2_out_infer          (64, 128) NC
 *   in  dense_3/kernel             (128, 784) IO
 *   in  dense_3/bias               (784) C
 *   out dense_3_out_infer          (64, 784) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k08_dense_fwd_sigmoid_n64_k784(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_out_infer, int nb)
{
    /* C (nb x 784) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 13; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_3_bias + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_3_kernel + j0 * 16;
            if (i0 < full_rows) {
                if (g < 12) k08_dense_fwd_sigmoid_n64_k784_tile_6x4(dense_2_out_infer + (long)i0 * 128, bg, bias_g, dense_3_out_infer + (long)i0 * 784 + j0 * 16, db_g, 0, NULL);
                else k08_dense_fwd_sigmoid_n64_k784_tile_6x1(dense_2_out_infer + (long)i0 * 128, bg, bias_g, dense_3_out_infer + (long)i0 * 784 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 12) k08_dense_fwd_sigmoid_n64_k784_tile_1x4(dense_2_out_infer + (long)i * 128, bg, bias_g, dense_3_out_infer + (long)i * 784 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                    else k08_dense_fwd_sigmoid_n64_k784_tile_1x1(dense_2_out_infer + (long)i * 128, bg, bias_g, dense_3_out_infer + (long)i * 784 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k09_sigmoid_bce_sigmoid_bce_bwd_n64_k784 — loss kernel
 *   node n16 "loss" (sigmoid_bce), from $.loss
 *   node n17 "dloss" (sigmoid_bce_bwd), from $.loss
 *   in  dense_3_pre                (64, 784) NC
 *   in  y                          (64, 784) NC
 *   out ddense_3_pre               (64, 784) NC
 *   tmp dense_3_pre.per_sample     (256) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k09_sigmoid_bce_sigmoid_bce_bwd_n64_k784(const float *restrict dense_3_pre, const float *restrict y, float *restrict ddense_3_pre, float *restrict dense_3_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_3_pre_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_3_pre + (long)n * 784;
        double total = 0.0, hits = 0.0;
        const float *t = y + (long)n * 784;
        float *p = ddense_3_pre + (long)n * 784;
        double s = 0.0, right = 0.0;
        {
            vd sv = (vd)0.0;
            vi rv = (vi)0;
            for (int k = 0; k < 784; k += VL) {
                const vf zk = vload(z + k), tk = vload(t + k);
                const vf e = vexp(-__builtin_elementwise_abs(zk));
                const vf r = 1.0f / (1.0f + e);
                const vf pk = zk >= 0.0f ? r : e * r;
                const vf lk = (zk > 0.0f ? zk : vzero()) - zk * tk + vlog1p_unit(e);
                sv += __builtin_convertvector(lk, vd);
                rv -= (pk > 0.5f) == (tk > 0.5f);  /* -1 where true */
                vstore(p + k, (pk - tk) / ((float)nb * 784.0f));  /* the gradient */
            }
            for (int l = 0; l < VL; l++) { s += sv[l]; right += rv[l]; }
        }
        total = s / 784.0;
        hits = right / 784.0;
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

/* k10_sigmoid_bce_n64_k784 — loss kernel
 *   node n18 "loss_eval" (sigmoid_bce), from $.loss
 *   in  dense_3_pre_infer          (64, 784) NC
 *   in  y                          (64, 784) NC
 *   out probs_eval                 (64, 784) NC
 *   tmp dense_3_pre_infer.per_sample (256) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k10_sigmoid_bce_n64_k784(const float *restrict dense_3_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_3_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
{
    double *const per = (double *)dense_3_pre_infer_per_sample;  /* per sample: loss, hit */
    #pragma omp for schedule(static)
    for (int n = 0; n < nb; n++) {
        const float *z = dense_3_pre_infer + (long)n * 784;
        double total = 0.0, hits = 0.0;
        const float *t = y + (long)n * 784;
        float *p = probs_eval + (long)n * 784;
        double s = 0.0, right = 0.0;
        {
            vd sv = (vd)0.0;
            vi rv = (vi)0;
            for (int k = 0; k < 784; k += VL) {
                const vf zk = vload(z + k), tk = vload(t + k);
                const vf e = vexp(-__builtin_elementwise_abs(zk));
                const vf r = 1.0f / (1.0f + e);
                const vf pk = zk >= 0.0f ? r : e * r;
                const vf lk = (zk > 0.0f ? zk : vzero()) - zk * tk + vlog1p_unit(e);
                sv += __builtin_convertvector(lk, vd);
                rv -= (pk > 0.5f) == (tk > 0.5f);  /* -1 where true */
                vstore(p + k, pk);
            }
            for (int l = 0; l < VL; l++) { s += sv[l]; right += rv[l]; }
        }
        total = s / 784.0;
        hits = right / 784.0;
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

/* 5 rows x 4 column vectors: 20 accumulators */
static inline __attribute__((always_inline)) void k11_dense_bwd_weights_128x784_tile_5x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0), b1 = vload(bm + (long)p * 784 + 16), b2 = vload(bm + (long)p * 784 + 32), b3 = vload(bm + (long)p * 784 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); __builtin_prefetch(bm + (long)(p + 8) * 784 + 16); __builtin_prefetch(bm + (long)(p + 8) * 784 + 32); __builtin_prefetch(bm + (long)(p + 8) * 784 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[1 + (long)p * 128]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[2 + (long)p * 128]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[3 + (long)p * 128]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[4 + (long)p * 128]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        db0 += b0; db1 += b1; db2 += b2; db3 += b3; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
    vstore(c + 784, acc_r1v0);
    vstore(c + 800, acc_r1v1);
    vstore(c + 816, acc_r1v2);
    vstore(c + 832, acc_r1v3);
    vstore(c + 1568, acc_r2v0);
    vstore(c + 1584, acc_r2v1);
    vstore(c + 1600, acc_r2v2);
    vstore(c + 1616, acc_r2v3);
    vstore(c + 2352, acc_r3v0);
    vstore(c + 2368, acc_r3v1);
    vstore(c + 2384, acc_r3v2);
    vstore(c + 2400, acc_r3v3);
    vstore(c + 3136, acc_r4v0);
    vstore(c + 3152, acc_r4v1);
    vstore(c + 3168, acc_r4v2);
    vstore(c + 3184, acc_r4v3);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore(dbias + 32, db2);
    if (dbias) vstore(dbias + 48, db3);
}

/* 5 rows x 1 column vectors: 5 accumulators */
static inline __attribute__((always_inline)) void k11_dense_bwd_weights_128x784_tile_5x1(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero();
    vf acc_r1v0 = vzero();
    vf acc_r2v0 = vzero();
    vf acc_r3v0 = vzero();
    vf acc_r4v0 = vzero();
    vf db0 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[1 + (long)p * 128]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[2 + (long)p * 128]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[3 + (long)p * 128]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[4 + (long)p * 128]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        db0 += b0; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 784, acc_r1v0);
    vstore(c + 1568, acc_r2v0);
    vstore(c + 2352, acc_r3v0);
    vstore(c + 3136, acc_r4v0);
    if (dbias) vstore(dbias + 0, db0);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k11_dense_bwd_weights_128x784_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0), b1 = vload(bm + (long)p * 784 + 16), b2 = vload(bm + (long)p * 784 + 32), b3 = vload(bm + (long)p * 784 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); __builtin_prefetch(bm + (long)(p + 8) * 784 + 16); __builtin_prefetch(bm + (long)(p + 8) * 784 + 32); __builtin_prefetch(bm + (long)(p + 8) * 784 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
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

/* 1 rows x 1 column vectors: 1 accumulators */
static inline __attribute__((always_inline)) void k11_dense_bwd_weights_128x784_tile_1x1(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero();
    vf db0 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 784 + 0);
        __builtin_prefetch(bm + (long)(p + 8) * 784 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        db0 += b0; 
    }
    vstore(c + 0, acc_r0v0);
    if (dbias) vstore(dbias + 0, db0);
}

/* k11_dense_bwd_weights_128x784 — gemm kernel
 *   node n20 "ddense_3.weights" (dense_bwd_weights), from $.layers[3]
 *   in  ddense_3_pre               (64, 784) NC
 *   in  dense_2_out                (64, 128) NC
 *   out ddense_3/kernel            (128, 784) IO
 *   out ddense_3/bias              (784) C
 *   register tile: 5 rows x 4 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k11_dense_bwd_weights_128x784(const float *restrict ddense_3_pre, const float *restrict dense_2_out, float *restrict ddense_3_kernel, float *restrict ddense_3_bias, int nb)
{
    /* C (128 x 784) in tiles of 5 rows x 4 vectors of 16 columns */
    const int full_rows = 128 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 13; g++) {
            if (i0 >= 128) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_3_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_3_pre + j0 * 16;
            if (i0 < full_rows) {
                if (g < 12) k11_dense_bwd_weights_128x784_tile_5x4(dense_2_out + (long)i0 * 1, bg, bias_g, ddense_3_kernel + (long)i0 * 784 + j0 * 16, db_g, nb, NULL);
                else k11_dense_bwd_weights_128x784_tile_5x1(dense_2_out + (long)i0 * 1, bg, bias_g, ddense_3_kernel + (long)i0 * 784 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 128; i++) {  /* the last rows, one at a time */
                    if (g < 12) k11_dense_bwd_weights_128x784_tile_1x4(dense_2_out + (long)i * 1, bg, bias_g, ddense_3_kernel + (long)i * 784 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                    else k11_dense_bwd_weights_128x784_tile_1x1(dense_2_out + (long)i * 1, bg, bias_g, ddense_3_kernel + (long)i * 784 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k12_reorder_128x784 — reorder kernel
 *   node n21 "reorder.dense_3/kernel.transposed128" (reorder), from $.layers[3]
 *   in  dense_3/kernel             (128, 784) IO
 *   out dense_3/kernel.transposed128 (128, 784) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k12_reorder_128x784(const float *restrict dense_3_kernel, float *restrict dense_3_kernel_transposed128)
{
    /* dense_3/kernel -> dense_3/kernel.transposed128 */
    /* (128, 784) -> transposed (784, 128), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 784; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 128; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16; r++) dense_3_kernel_transposed128[(long)r * 128 + c] = dense_3_kernel[(long)c * 784 + r];
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k13_dense_bwd_data_relu_bwd_n64_k128_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[784 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[1568 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[2352 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[3136 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[3920 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
    vstore(c + 128, (vload(m + 128) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 144, (vload(m + 144) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 160, (vload(m + 160) > 0.0f ? acc_r1v2 : vzero()));
    vstore(c + 176, (vload(m + 176) > 0.0f ? acc_r1v3 : vzero()));
    vstore(c + 256, (vload(m + 256) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 272, (vload(m + 272) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 288, (vload(m + 288) > 0.0f ? acc_r2v2 : vzero()));
    vstore(c + 304, (vload(m + 304) > 0.0f ? acc_r2v3 : vzero()));
    vstore(c + 384, (vload(m + 384) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 400, (vload(m + 400) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 416, (vload(m + 416) > 0.0f ? acc_r3v2 : vzero()));
    vstore(c + 432, (vload(m + 432) > 0.0f ? acc_r3v3 : vzero()));
    vstore(c + 512, (vload(m + 512) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 528, (vload(m + 528) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 544, (vload(m + 544) > 0.0f ? acc_r4v2 : vzero()));
    vstore(c + 560, (vload(m + 560) > 0.0f ? acc_r4v3 : vzero()));
    vstore(c + 640, (vload(m + 640) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 656, (vload(m + 656) > 0.0f ? acc_r5v1 : vzero()));
    vstore(c + 672, (vload(m + 672) > 0.0f ? acc_r5v2 : vzero()));
    vstore(c + 688, (vload(m + 688) > 0.0f ? acc_r5v3 : vzero()));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k13_dense_bwd_data_relu_bwd_n64_k128_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
}

/* k13_dense_bwd_data_relu_bwd_n64_k128 — gemm kernel
 *   node n22 "ddense_3.data" (dense_bwd_data), from $.layers[3]
 *   node n23 "ddense_2.relu" (relu_bwd), from $.layers[2]
 *   in  ddense_3_pre               (64, 784) NC
 *   in  dense_3/kernel.transposed128 (128, 784) IO
 *   in  dense_2_out                (64, 128) NC
 *   out ddense_2_pre               (64, 128) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k13_dense_bwd_data_relu_bwd_n64_k128(const float *restrict ddense_3_pre, const float *restrict dense_3_kernel_transposed128, const float *restrict dense_2_out, float *restrict ddense_2_pre, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 2; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_3_kernel_transposed128 + j0 * 16;
            if (i0 < full_rows) {
                k13_dense_bwd_data_relu_bwd_n64_k128_tile_6x4(ddense_3_pre + (long)i0 * 784, bg, bias_g, ddense_2_pre + (long)i0 * 128 + j0 * 16, db_g, 0, dense_2_out + (long)i0 * 128 + j0 * 16);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k13_dense_bwd_data_relu_bwd_n64_k128_tile_1x4(ddense_3_pre + (long)i * 784, bg, bias_g, ddense_2_pre + (long)i * 128 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_2_out + (long)i * 128 + j0 * 16);
                }
            }
        }
}

/* 5 rows x 4 column vectors: 20 accumulators */
static inline __attribute__((always_inline)) void k14_dense_bwd_weights_96x128_tile_5x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 96]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[1 + (long)p * 96]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[2 + (long)p * 96]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[3 + (long)p * 96]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[4 + (long)p * 96]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        db0 += b0; db1 += b1; db2 += b2; db3 += b3; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
    vstore(c + 128, acc_r1v0);
    vstore(c + 144, acc_r1v1);
    vstore(c + 160, acc_r1v2);
    vstore(c + 176, acc_r1v3);
    vstore(c + 256, acc_r2v0);
    vstore(c + 272, acc_r2v1);
    vstore(c + 288, acc_r2v2);
    vstore(c + 304, acc_r2v3);
    vstore(c + 384, acc_r3v0);
    vstore(c + 400, acc_r3v1);
    vstore(c + 416, acc_r3v2);
    vstore(c + 432, acc_r3v3);
    vstore(c + 512, acc_r4v0);
    vstore(c + 528, acc_r4v1);
    vstore(c + 544, acc_r4v2);
    vstore(c + 560, acc_r4v3);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore(dbias + 32, db2);
    if (dbias) vstore(dbias + 48, db3);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k14_dense_bwd_weights_96x128_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 96]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
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

/* k14_dense_bwd_weights_96x128 — gemm kernel
 *   node n24 "ddense_2.weights" (dense_bwd_weights), from $.layers[2]
 *   in  ddense_2_pre               (64, 128) NC
 *   in  dense_1_out                (64, 96) NC
 *   out ddense_2/kernel            (96, 128) IO
 *   out ddense_2/bias              (128) C
 *   register tile: 5 rows x 4 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k14_dense_bwd_weights_96x128(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)
{
    /* C (96 x 128) in tiles of 5 rows x 4 vectors of 16 columns */
    const int full_rows = 96 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 2; g++) {
            if (i0 >= 96) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_2_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_2_pre + j0 * 16;
            if (i0 < full_rows) {
                k14_dense_bwd_weights_96x128_tile_5x4(dense_1_out + (long)i0 * 1, bg, bias_g, ddense_2_kernel + (long)i0 * 128 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 96; i++) {  /* the last rows, one at a time */
                    k14_dense_bwd_weights_96x128_tile_1x4(dense_1_out + (long)i * 1, bg, bias_g, ddense_2_kernel + (long)i * 128 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k15_reorder_96x128 — reorder kernel
 *   node n25 "reorder.dense_2/kernel.transposed96" (reorder), from $.layers[2]
 *   in  dense_2/kernel             (96, 128) IO
 *   out dense_2/kernel.transposed96 (96, 128) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k15_reorder_96x128(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_transposed96)
{
    /* dense_2/kernel -> dense_2/kernel.transposed96 */
    /* (96, 128) -> transposed (128, 96), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 128; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 96; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16; r++) dense_2_kernel_transposed96[(long)r * 96 + c] = dense_2_kernel[(long)c * 128 + r];
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k16_dense_bwd_data_relu_bwd_n64_k96_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16), b2 = vload(bm + (long)p * 96 + 32), b3 = vload(bm + (long)p * 96 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); __builtin_prefetch(bm + (long)(p + 8) * 96 + 32); __builtin_prefetch(bm + (long)(p + 8) * 96 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
    vstore(c + 96, (vload(m + 96) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 112, (vload(m + 112) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 128, (vload(m + 128) > 0.0f ? acc_r1v2 : vzero()));
    vstore(c + 144, (vload(m + 144) > 0.0f ? acc_r1v3 : vzero()));
    vstore(c + 192, (vload(m + 192) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 208, (vload(m + 208) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 224, (vload(m + 224) > 0.0f ? acc_r2v2 : vzero()));
    vstore(c + 240, (vload(m + 240) > 0.0f ? acc_r2v3 : vzero()));
    vstore(c + 288, (vload(m + 288) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 304, (vload(m + 304) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 320, (vload(m + 320) > 0.0f ? acc_r3v2 : vzero()));
    vstore(c + 336, (vload(m + 336) > 0.0f ? acc_r3v3 : vzero()));
    vstore(c + 384, (vload(m + 384) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 400, (vload(m + 400) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 416, (vload(m + 416) > 0.0f ? acc_r4v2 : vzero()));
    vstore(c + 432, (vload(m + 432) > 0.0f ? acc_r4v3 : vzero()));
    vstore(c + 480, (vload(m + 480) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 496, (vload(m + 496) > 0.0f ? acc_r5v1 : vzero()));
    vstore(c + 512, (vload(m + 512) > 0.0f ? acc_r5v2 : vzero()));
    vstore(c + 528, (vload(m + 528) > 0.0f ? acc_r5v3 : vzero()));
}

/* 6 rows x 2 column vectors: 12 accumulators */
static inline __attribute__((always_inline)) void k16_dense_bwd_data_relu_bwd_n64_k96_tile_6x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[128 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[256 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[512 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        { const vf ab = vbcast(a[640 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 96, (vload(m + 96) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 112, (vload(m + 112) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 192, (vload(m + 192) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 208, (vload(m + 208) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 288, (vload(m + 288) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 304, (vload(m + 304) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 384, (vload(m + 384) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 400, (vload(m + 400) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 480, (vload(m + 480) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 496, (vload(m + 496) > 0.0f ? acc_r5v1 : vzero()));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k16_dense_bwd_data_relu_bwd_n64_k96_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16), b2 = vload(bm + (long)p * 96 + 32), b3 = vload(bm + (long)p * 96 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); __builtin_prefetch(bm + (long)(p + 8) * 96 + 32); __builtin_prefetch(bm + (long)(p + 8) * 96 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
}

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k16_dense_bwd_data_relu_bwd_n64_k96_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    for (int p = 0; p < 128; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
}

/* k16_dense_bwd_data_relu_bwd_n64_k96 — gemm kernel
 *   node n26 "ddense_2.data" (dense_bwd_data), from $.layers[2]
 *   node n27 "ddense_1.relu" (relu_bwd), from $.layers[1]
 *   in  ddense_2_pre               (64, 128) NC
 *   in  dense_2/kernel.transposed96 (96, 128) IO
 *   in  dense_1_out                (64, 96) NC
 *   out ddense_1_pre               (64, 96) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k16_dense_bwd_data_relu_bwd_n64_k96(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel_transposed96, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)
{
    /* C (nb x 96) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 2; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_2_kernel_transposed96 + j0 * 16;
            if (i0 < full_rows) {
                if (g < 1) k16_dense_bwd_data_relu_bwd_n64_k96_tile_6x4(ddense_2_pre + (long)i0 * 128, bg, bias_g, ddense_1_pre + (long)i0 * 96 + j0 * 16, db_g, 0, dense_1_out + (long)i0 * 96 + j0 * 16);
                else k16_dense_bwd_data_relu_bwd_n64_k96_tile_6x2(ddense_2_pre + (long)i0 * 128, bg, bias_g, ddense_1_pre + (long)i0 * 96 + j0 * 16, db_g, 0, dense_1_out + (long)i0 * 96 + j0 * 16);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 1) k16_dense_bwd_data_relu_bwd_n64_k96_tile_1x4(ddense_2_pre + (long)i * 128, bg, bias_g, ddense_1_pre + (long)i * 96 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_1_out + (long)i * 96 + j0 * 16);
                    else k16_dense_bwd_data_relu_bwd_n64_k96_tile_1x2(ddense_2_pre + (long)i * 128, bg, bias_g, ddense_1_pre + (long)i * 96 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_1_out + (long)i * 96 + j0 * 16);
                }
            }
        }
}

/* 5 rows x 4 column vectors: 20 accumulators */
static inline __attribute__((always_inline)) void k17_dense_bwd_weights_128x96_tile_5x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16), b2 = vload(bm + (long)p * 96 + 32), b3 = vload(bm + (long)p * 96 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); __builtin_prefetch(bm + (long)(p + 8) * 96 + 32); __builtin_prefetch(bm + (long)(p + 8) * 96 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[1 + (long)p * 128]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[2 + (long)p * 128]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[3 + (long)p * 128]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[4 + (long)p * 128]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        db0 += b0; db1 += b1; db2 += b2; db3 += b3; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
    vstore(c + 96, acc_r1v0);
    vstore(c + 112, acc_r1v1);
    vstore(c + 128, acc_r1v2);
    vstore(c + 144, acc_r1v3);
    vstore(c + 192, acc_r2v0);
    vstore(c + 208, acc_r2v1);
    vstore(c + 224, acc_r2v2);
    vstore(c + 240, acc_r2v3);
    vstore(c + 288, acc_r3v0);
    vstore(c + 304, acc_r3v1);
    vstore(c + 320, acc_r3v2);
    vstore(c + 336, acc_r3v3);
    vstore(c + 384, acc_r4v0);
    vstore(c + 400, acc_r4v1);
    vstore(c + 416, acc_r4v2);
    vstore(c + 432, acc_r4v3);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore(dbias + 32, db2);
    if (dbias) vstore(dbias + 48, db3);
}

/* 5 rows x 2 column vectors: 10 accumulators */
static inline __attribute__((always_inline)) void k17_dense_bwd_weights_128x96_tile_5x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        { const vf ab = vbcast(a[1 + (long)p * 128]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); }
        { const vf ab = vbcast(a[2 + (long)p * 128]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); }
        { const vf ab = vbcast(a[3 + (long)p * 128]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); }
        { const vf ab = vbcast(a[4 + (long)p * 128]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 96, acc_r1v0);
    vstore(c + 112, acc_r1v1);
    vstore(c + 192, acc_r2v0);
    vstore(c + 208, acc_r2v1);
    vstore(c + 288, acc_r3v0);
    vstore(c + 304, acc_r3v1);
    vstore(c + 384, acc_r4v0);
    vstore(c + 400, acc_r4v1);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k17_dense_bwd_weights_128x96_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16), b2 = vload(bm + (long)p * 96 + 32), b3 = vload(bm + (long)p * 96 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); __builtin_prefetch(bm + (long)(p + 8) * 96 + 32); __builtin_prefetch(bm + (long)(p + 8) * 96 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
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

/* 1 rows x 2 column vectors: 2 accumulators */
static inline __attribute__((always_inline)) void k17_dense_bwd_weights_128x96_tile_1x2(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero();
    vf db0 = vzero(), db1 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 96 + 0), b1 = vload(bm + (long)p * 96 + 16);
        __builtin_prefetch(bm + (long)(p + 8) * 96 + 0); __builtin_prefetch(bm + (long)(p + 8) * 96 + 16); 
        { const vf ab = vbcast(a[0 + (long)p * 128]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); }
        db0 += b0; db1 += b1; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
}

/* k17_dense_bwd_weights_128x96 — gemm kernel
 *   node n28 "ddense_1.weights" (dense_bwd_weights), from $.layers[1]
 *   in  ddense_1_pre               (64, 96) NC
 *   in  dense_out                  (64, 128) NC
 *   out ddense_1/kernel            (128, 96) IO
 *   out ddense_1/bias              (96) C
 *   register tile: 5 rows x 4 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k17_dense_bwd_weights_128x96(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* C (128 x 96) in tiles of 5 rows x 4 vectors of 16 columns */
    const int full_rows = 128 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 2; g++) {
            if (i0 >= 128) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_1_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_1_pre + j0 * 16;
            if (i0 < full_rows) {
                if (g < 1) k17_dense_bwd_weights_128x96_tile_5x4(dense_out + (long)i0 * 1, bg, bias_g, ddense_1_kernel + (long)i0 * 96 + j0 * 16, db_g, nb, NULL);
                else k17_dense_bwd_weights_128x96_tile_5x2(dense_out + (long)i0 * 1, bg, bias_g, ddense_1_kernel + (long)i0 * 96 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 128; i++) {  /* the last rows, one at a time */
                    if (g < 1) k17_dense_bwd_weights_128x96_tile_1x4(dense_out + (long)i * 1, bg, bias_g, ddense_1_kernel + (long)i * 96 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                    else k17_dense_bwd_weights_128x96_tile_1x2(dense_out + (long)i * 1, bg, bias_g, ddense_1_kernel + (long)i * 96 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k18_reorder_128x96 — reorder kernel
 *   node n29 "reorder.dense_1/kernel.transposed128" (reorder), from $.layers[1]
 *   in  dense_1/kernel             (128, 96) IO
 *   out dense_1/kernel.transposed128 (128, 96) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k18_reorder_128x96(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed128)
{
    /* dense_1/kernel -> dense_1/kernel.transposed128 */
    /* (128, 96) -> transposed (96, 128), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 96; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 128; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16; r++) dense_1_kernel_transposed128[(long)r * 128 + c] = dense_1_kernel[(long)c * 96 + r];
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k19_dense_bwd_data_relu_bwd_n64_k128_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 96; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[96 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[192 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[288 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[384 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[480 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
    vstore(c + 128, (vload(m + 128) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 144, (vload(m + 144) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 160, (vload(m + 160) > 0.0f ? acc_r1v2 : vzero()));
    vstore(c + 176, (vload(m + 176) > 0.0f ? acc_r1v3 : vzero()));
    vstore(c + 256, (vload(m + 256) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 272, (vload(m + 272) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 288, (vload(m + 288) > 0.0f ? acc_r2v2 : vzero()));
    vstore(c + 304, (vload(m + 304) > 0.0f ? acc_r2v3 : vzero()));
    vstore(c + 384, (vload(m + 384) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 400, (vload(m + 400) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 416, (vload(m + 416) > 0.0f ? acc_r3v2 : vzero()));
    vstore(c + 432, (vload(m + 432) > 0.0f ? acc_r3v3 : vzero()));
    vstore(c + 512, (vload(m + 512) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 528, (vload(m + 528) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 544, (vload(m + 544) > 0.0f ? acc_r4v2 : vzero()));
    vstore(c + 560, (vload(m + 560) > 0.0f ? acc_r4v3 : vzero()));
    vstore(c + 640, (vload(m + 640) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 656, (vload(m + 656) > 0.0f ? acc_r5v1 : vzero()));
    vstore(c + 672, (vload(m + 672) > 0.0f ? acc_r5v2 : vzero()));
    vstore(c + 688, (vload(m + 688) > 0.0f ? acc_r5v3 : vzero()));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k19_dense_bwd_data_relu_bwd_n64_k128_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 96; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
}

/* k19_dense_bwd_data_relu_bwd_n64_k128 — gemm kernel
 *   node n30 "ddense_1.data" (dense_bwd_data), from $.layers[1]
 *   node n31 "ddense.relu" (relu_bwd), from $.layers[0]
 *   in  ddense_1_pre               (64, 96) NC
 *   in  dense_1/kernel.transposed128 (128, 96) IO
 *   in  dense_out                  (64, 128) NC
 *   out ddense_pre                 (64, 128) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k19_dense_bwd_data_relu_bwd_n64_k128(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed128, const float *restrict dense_out, float *restrict ddense_pre, int nb)
{
    /* C (nb x 128) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 2; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_transposed128 + j0 * 16;
            if (i0 < full_rows) {
                k19_dense_bwd_data_relu_bwd_n64_k128_tile_6x4(ddense_1_pre + (long)i0 * 96, bg, bias_g, ddense_pre + (long)i0 * 128 + j0 * 16, db_g, 0, dense_out + (long)i0 * 128 + j0 * 16);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k19_dense_bwd_data_relu_bwd_n64_k128_tile_1x4(ddense_1_pre + (long)i * 96, bg, bias_g, ddense_pre + (long)i * 128 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_out + (long)i * 128 + j0 * 16);
                }
            }
        }
}

/* 5 rows x 4 column vectors: 20 accumulators */
static inline __attribute__((always_inline)) void k20_dense_bwd_weights_784x128_tile_5x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
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
    vstore(c + 128, acc_r1v0);
    vstore(c + 144, acc_r1v1);
    vstore(c + 160, acc_r1v2);
    vstore(c + 176, acc_r1v3);
    vstore(c + 256, acc_r2v0);
    vstore(c + 272, acc_r2v1);
    vstore(c + 288, acc_r2v2);
    vstore(c + 304, acc_r2v3);
    vstore(c + 384, acc_r3v0);
    vstore(c + 400, acc_r3v1);
    vstore(c + 416, acc_r3v2);
    vstore(c + 432, acc_r3v3);
    vstore(c + 512, acc_r4v0);
    vstore(c + 528, acc_r4v1);
    vstore(c + 544, acc_r4v2);
    vstore(c + 560, acc_r4v3);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore(dbias + 32, db2);
    if (dbias) vstore(dbias + 48, db3);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k20_dense_bwd_weights_784x128_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 128 + 0), b1 = vload(bm + (long)p * 128 + 16), b2 = vload(bm + (long)p * 128 + 32), b3 = vload(bm + (long)p * 128 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 128 + 0); __builtin_prefetch(bm + (long)(p + 8) * 128 + 16); __builtin_prefetch(bm + (long)(p + 8) * 128 + 32); __builtin_prefetch(bm + (long)(p + 8) * 128 + 48); 
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

/* k20_dense_bwd_weights_784x128 — gemm kernel
 *   node n32 "ddense.weights" (dense_bwd_weights), from $.layers[0]
 *   in  ddense_pre                 (64, 128) NC
 *   in  x                          (64, 784) NC
 *   out ddense/kernel              (784, 128) IO
 *   out ddense/bias                (128) C
 *   register tile: 5 rows x 4 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k20_dense_bwd_weights_784x128(const float *restrict ddense_pre, const float *restrict x, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* C (784 x 128) in tiles of 5 rows x 4 vectors of 16 columns */
    const int full_rows = 784 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 2; g++) {
            if (i0 >= 784) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_pre + j0 * 16;
            if (i0 < full_rows) {
                k20_dense_bwd_weights_784x128_tile_5x4(x + (long)i0 * 1, bg, bias_g, ddense_kernel + (long)i0 * 128 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 784; i++) {  /* the last rows, one at a time */
                    k20_dense_bwd_weights_784x128_tile_1x4(x + (long)i * 1, bg, bias_g, ddense_kernel + (long)i * 128 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k21_adam_update_p226416 — optimizer kernel
 *   node n33 "adam" (adam_update), from $.optimizer
 *   schedule: OpenMP over elements; ISA avx512 */
void k21_adam_update_p226416(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    /* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */
    const float lr_t = (float)(lr * sqrt(1.0 - pow(0.999000013f, (double)t)) / (1.0 - pow(0.899999976f, (double)t)));
    #pragma omp for schedule(static)
    for (long i = 0; i < 226416; i++) {
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
    const float *const x = s->x;  /* x (64, 784) */
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 128) */
    float *const dense_bias = P + 100352;  /* dense/bias (128) */
    float *const dense_out = A + 150528;  /* dense_out (64, 128) */
    float *const dense_1_kernel = P + 100480;  /* dense_1/kernel (128, 96) */
    float *const dense_1_bias = P + 112768;  /* dense_1/bias (96) */
    float *const dense_1_out = A + 175104;  /* dense_1_out (64, 96) */
    float *const dense_2_kernel = P + 112864;  /* dense_2/kernel (96, 128) */
    float *const dense_2_bias = P + 125152;  /* dense_2/bias (128) */
    float *const dense_2_out = A + 158720;  /* dense_2_out (64, 128) */
    float *const dense_3_kernel = P + 125280;  /* dense_3/kernel (128, 784) */
    float *const dense_3_bias = P + 225632;  /* dense_3/bias (784) */
    float *const dense_3_pre = A + 0;  /* dense_3_pre (64, 784) */
    const float *const y = s->y;  /* y (64, 784) */
    float *const ddense_3_pre = A + 100352;  /* ddense_3_pre (64, 784) */
    float *const dense_3_pre_per_sample = A + 50176;  /* dense_3_pre.per_sample (256) */
    float *const ddense_3_kernel = G + 125280;  /* ddense_3/kernel (128, 784) */
    float *const ddense_3_bias = G + 225632;  /* ddense_3/bias (784) */
    float *const dense_3_kernel_transposed128 = A + 0;  /* dense_3/kernel.transposed128 (128, 784) */
    float *const ddense_2_pre = A + 166912;  /* ddense_2_pre (64, 128) */
    float *const ddense_2_kernel = G + 112864;  /* ddense_2/kernel (96, 128) */
    float *const ddense_2_bias = G + 125152;  /* ddense_2/bias (128) */
    float *const dense_2_kernel_transposed96 = A + 0;  /* dense_2/kernel.transposed96 (96, 128) */
    float *const ddense_1_pre = A + 20480;  /* ddense_1_pre (64, 96) */
    float *const ddense_1_kernel = G + 100480;  /* ddense_1/kernel (128, 96) */
    float *const ddense_1_bias = G + 112768;  /* ddense_1/bias (96) */
    float *const dense_1_kernel_transposed128 = A + 0;  /* dense_1/kernel.transposed128 (128, 96) */
    float *const ddense_pre = A + 12288;  /* ddense_pre (64, 128) */
    float *const ddense_kernel = G + 0;  /* ddense/kernel (784, 128) */
    float *const ddense_bias = G + 100352;  /* ddense/bias (128) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 1194802 FLOP per sample: threads from 4 samples on */
    #pragma omp parallel if ((double)nb * 1194801.5 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_dense_fwd_relu_n64_k128(x, dense_kernel, dense_bias, dense_out, nb);
        k01_dense_fwd_relu_n64_k96(dense_out, dense_1_kernel, dense_1_bias, dense_1_out, nb);
        k02_dense_fwd_relu_n64_k128(dense_1_out, dense_2_kernel, dense_2_bias, dense_2_out, nb);
        k03_dense_fwd_n64_k784(dense_2_out, dense_3_kernel, dense_3_bias, dense_3_pre, nb);
        k09_sigmoid_bce_sigmoid_bce_bwd_n64_k784(dense_3_pre, y, ddense_3_pre, dense_3_pre_per_sample, nb, &s->loss, &s->metric);
        k11_dense_bwd_weights_128x784(ddense_3_pre, dense_2_out, ddense_3_kernel, ddense_3_bias, nb);
        k12_reorder_128x784(dense_3_kernel, dense_3_kernel_transposed128);
        k13_dense_bwd_data_relu_bwd_n64_k128(ddense_3_pre, dense_3_kernel_transposed128, dense_2_out, ddense_2_pre, nb);
        k14_dense_bwd_weights_96x128(ddense_2_pre, dense_1_out, ddense_2_kernel, ddense_2_bias, nb);
        k15_reorder_96x128(dense_2_kernel, dense_2_kernel_transposed96);
        k16_dense_bwd_data_relu_bwd_n64_k96(ddense_2_pre, dense_2_kernel_transposed96, dense_1_out, ddense_1_pre, nb);
        k17_dense_bwd_weights_128x96(ddense_1_pre, dense_out, ddense_1_kernel, ddense_1_bias, nb);
        k18_reorder_128x96(dense_1_kernel, dense_1_kernel_transposed128);
        k19_dense_bwd_data_relu_bwd_n64_k128(ddense_1_pre, dense_1_kernel_transposed128, dense_out, ddense_pre, nb);
        k20_dense_bwd_weights_784x128(ddense_pre, x, ddense_kernel, ddense_bias, nb);
        k21_adam_update_p226416(P, G, M, V, s->step, s->learning_rate);
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
    const float *const x = s->x;  /* x (64, 784) */
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 128) */
    float *const dense_bias = P + 100352;  /* dense/bias (128) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (64, 128) */
    float *const dense_1_kernel = P + 100480;  /* dense_1/kernel (128, 96) */
    float *const dense_1_bias = P + 112768;  /* dense_1/bias (96) */
    float *const dense_1_out_infer = A + 8192;  /* dense_1_out_infer (64, 96) */
    float *const dense_2_kernel = P + 112864;  /* dense_2/kernel (96, 128) */
    float *const dense_2_bias = P + 125152;  /* dense_2/bias (128) */
    float *const dense_2_out_infer = A + 50176;  /* dense_2_out_infer (64, 128) */
    float *const dense_3_kernel = P + 125280;  /* dense_3/kernel (128, 784) */
    float *const dense_3_bias = P + 225632;  /* dense_3/bias (784) */
    float *const dense_3_pre_infer = A + 0;  /* dense_3_pre_infer (64, 784) */
    const float *const y = s->y;  /* y (64, 784) */
    float *const probs_eval = A + 50176;  /* probs_eval (64, 784) */
    float *const dense_3_pre_infer_per_sample = A + 100352;  /* dense_3_pre_infer.per_sample (256) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 452832 FLOP per sample: threads from 9 samples on */
    #pragma omp parallel if ((double)nb * 452832 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k04_dense_fwd_relu_n64_k128(x, dense_kernel, dense_bias, dense_out_infer, nb);
        k05_dense_fwd_relu_n64_k96(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_out_infer, nb);
        k06_dense_fwd_relu_n64_k128(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_out_infer, nb);
        k07_dense_fwd_n64_k784(dense_2_out_infer, dense_3_kernel, dense_3_bias, dense_3_pre_infer, nb);
        k10_sigmoid_bce_n64_k784(dense_3_pre_infer, y, probs_eval, dense_3_pre_infer_per_sample, nb, &s->loss, &s->metric);
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
    const float *const x = s->x;  /* x (64, 784) */
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 128) */
    float *const dense_bias = P + 100352;  /* dense/bias (128) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (64, 128) */
    float *const dense_1_kernel = P + 100480;  /* dense_1/kernel (128, 96) */
    float *const dense_1_bias = P + 112768;  /* dense_1/bias (96) */
    float *const dense_1_out_infer = A + 8192;  /* dense_1_out_infer (64, 96) */
    float *const dense_2_kernel = P + 112864;  /* dense_2/kernel (96, 128) */
    float *const dense_2_bias = P + 125152;  /* dense_2/bias (128) */
    float *const dense_2_out_infer = A + 50176;  /* dense_2_out_infer (64, 128) */
    float *const dense_3_kernel = P + 125280;  /* dense_3/kernel (128, 784) */
    float *const dense_3_bias = P + 225632;  /* dense_3/bias (784) */
    float *const dense_3_out_infer = s->out;  /* dense_3_out_infer (64, 784) */
    /* 454400 FLOP per sample: threads from 9 samples on */
    #pragma omp parallel if ((double)nb * 454400 >= 4000000)
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k04_dense_fwd_relu_n64_k128(x, dense_kernel, dense_bias, dense_out_infer, nb);
        k05_dense_fwd_relu_n64_k96(dense_out_infer, dense_1_kernel, dense_1_bias, dense_1_out_infer, nb);
        k06_dense_fwd_relu_n64_k128(dense_1_out_infer, dense_2_kernel, dense_2_bias, dense_2_out_infer, nb);
        k08_dense_fwd_sigmoid_n64_k784(dense_2_out_infer, dense_3_kernel, dense_3_bias, dense_3_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 2, {64, 784, 0, 0}, "NC", 0, 50176, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {784, 128, 0, 0}, "IO", 0, 100352, 3, 784, 128},
    {"dense/bias", KILN_ROLE_PARAM, 1, {128, 0, 0, 0}, "C", 100352, 128, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 150528, 8192, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {128, 96, 0, 0}, "IO", 100480, 12288, 3, 128, 96},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {96, 0, 0, 0}, "C", 112768, 96, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_1_out", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 175104, 6144, 0, 0, 0},
    {"dense_2/kernel", KILN_ROLE_PARAM, 2, {96, 128, 0, 0}, "IO", 112864, 12288, 3, 96, 128},
    {"dense_2/bias", KILN_ROLE_PARAM, 1, {128, 0, 0, 0}, "C", 125152, 128, 1, 0, 0},
    {"dense_2_pre", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_2_out", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 158720, 8192, 0, 0, 0},
    {"dense_3/kernel", KILN_ROLE_PARAM, 2, {128, 784, 0, 0}, "IO", 125280, 100352, 3, 128, 784},
    {"dense_3/bias", KILN_ROLE_PARAM, 1, {784, 0, 0, 0}, "C", 225632, 784, 1, 0, 0},
    {"dense_3_pre", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 0, 50176, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 8192, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 8192, 6144, 0, 0, 0},
    {"dense_2_pre_infer", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_2_out_infer", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 50176, 8192, 0, 0, 0},
    {"dense_3_pre_infer", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 0, 50176, 0, 0, 0},
    {"dense_3_predict_pre_infer", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_3_out_infer", KILN_ROLE_OUTPUT, 2, {64, 784, 0, 0}, "NC", 0, 50176, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {64, 784, 0, 0}, "NC", 0, 50176, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 50176, 50176, 0, 0, 0},
    {"ddense_3_pre", KILN_ROLE_ACT, 2, {64, 784, 0, 0}, "NC", 100352, 50176, 0, 0, 0},
    {"ddense_3/bias", KILN_ROLE_GRAD, 1, {784, 0, 0, 0}, "C", 225632, 784, 0, 0, 0},
    {"ddense_3/kernel", KILN_ROLE_GRAD, 2, {128, 784, 0, 0}, "IO", 125280, 100352, 0, 0, 0},
    {"ddense_2_out", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_2_pre", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 166912, 8192, 0, 0, 0},
    {"ddense_2/bias", KILN_ROLE_GRAD, 1, {128, 0, 0, 0}, "C", 125152, 128, 0, 0, 0},
    {"ddense_2/kernel", KILN_ROLE_GRAD, 2, {96, 128, 0, 0}, "IO", 112864, 12288, 0, 0, 0},
    {"ddense_1_out", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {64, 96, 0, 0}, "NC", 20480, 6144, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {96, 0, 0, 0}, "C", 112768, 96, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {128, 96, 0, 0}, "IO", 100480, 12288, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {64, 128, 0, 0}, "NC", 12288, 8192, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {128, 0, 0, 0}, "C", 100352, 128, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {784, 128, 0, 0}, "IO", 0, 100352, 0, 0, 0},
    {"m_dense/kernel", KILN_ROLE_OPT_M, 2, {784, 128, 0, 0}, "IO", 0, 100352, 1, 0, 0},
    {"v_dense/kernel", KILN_ROLE_OPT_V, 2, {784, 128, 0, 0}, "IO", 0, 100352, 1, 0, 0},
    {"m_dense/bias", KILN_ROLE_OPT_M, 1, {128, 0, 0, 0}, "C", 100352, 128, 1, 0, 0},
    {"v_dense/bias", KILN_ROLE_OPT_V, 1, {128, 0, 0, 0}, "C", 100352, 128, 1, 0, 0},
    {"m_dense_1/kernel", KILN_ROLE_OPT_M, 2, {128, 96, 0, 0}, "IO", 100480, 12288, 1, 0, 0},
    {"v_dense_1/kernel", KILN_ROLE_OPT_V, 2, {128, 96, 0, 0}, "IO", 100480, 12288, 1, 0, 0},
    {"m_dense_1/bias", KILN_ROLE_OPT_M, 1, {96, 0, 0, 0}, "C", 112768, 96, 1, 0, 0},
    {"v_dense_1/bias", KILN_ROLE_OPT_V, 1, {96, 0, 0, 0}, "C", 112768, 96, 1, 0, 0},
    {"m_dense_2/kernel", KILN_ROLE_OPT_M, 2, {96, 128, 0, 0}, "IO", 112864, 12288, 1, 0, 0},
    {"v_dense_2/kernel", KILN_ROLE_OPT_V, 2, {96, 128, 0, 0}, "IO", 112864, 12288, 1, 0, 0},
    {"m_dense_2/bias", KILN_ROLE_OPT_M, 1, {128, 0, 0, 0}, "C", 125152, 128, 1, 0, 0},
    {"v_dense_2/bias", KILN_ROLE_OPT_V, 1, {128, 0, 0, 0}, "C", 125152, 128, 1, 0, 0},
    {"m_dense_3/kernel", KILN_ROLE_OPT_M, 2, {128, 784, 0, 0}, "IO", 125280, 100352, 1, 0, 0},
    {"v_dense_3/kernel", KILN_ROLE_OPT_V, 2, {128, 784, 0, 0}, "IO", 125280, 100352, 1, 0, 0},
    {"m_dense_3/bias", KILN_ROLE_OPT_M, 1, {784, 0, 0, 0}, "C", 225632, 784, 1, 0, 0},
    {"v_dense_3/bias", KILN_ROLE_OPT_V, 1, {784, 0, 0, 0}, "C", 225632, 784, 1, 0, 0},
    {"dense_3/kernel.transposed128", KILN_ROLE_ACT, 2, {128, 784, 0, 0}, "IO", 0, 100352, 0, 0, 0},
    {"dense_2/kernel.transposed96", KILN_ROLE_ACT, 2, {96, 128, 0, 0}, "IO", 0, 12288, 0, 0, 0},
    {"dense_1/kernel.transposed128", KILN_ROLE_ACT, 2, {128, 96, 0, 0}, "IO", 0, 12288, 0, 0, 0},
    {"dense_3_pre.per_sample", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 50176, 256, 0, 0, 0},
    {"dense_3_pre_infer.per_sample", KILN_ROLE_ACT, 1, {256, 0, 0, 0}, "C", 100352, 256, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_dense_fwd_relu_n64_k128", "void k00_dense_fwd_relu_n64_k128(const float *restrict x, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out, int nb)", 12861440, 635392, 1},
    {"k01_dense_fwd_relu_n64_k96", "void k01_dense_fwd_relu_n64_k96(const float *restrict dense_out, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out, int nb)", 1585152, 106880, 1},
    {"k02_dense_fwd_relu_n64_k128", "void k02_dense_fwd_relu_n64_k128(const float *restrict dense_1_out, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_out, int nb)", 1589248, 107008, 1},
    {"k03_dense_fwd_n64_k784", "void k03_dense_fwd_n64_k784(const float *restrict dense_2_out, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre, int nb)", 12845056, 638016, 1},
    {"k04_dense_fwd_relu_n64_k128", "void k04_dense_fwd_relu_n64_k128(const float *restrict x, const float *restrict dense_kernel, const float *restrict dense_bias, float *restrict dense_out_infer, int nb)", 12861440, 635392, 6},
    {"k05_dense_fwd_relu_n64_k96", "void k05_dense_fwd_relu_n64_k96(const float *restrict dense_out_infer, const float *restrict dense_1_kernel, const float *restrict dense_1_bias, float *restrict dense_1_out_infer, int nb)", 1585152, 106880, 6},
    {"k06_dense_fwd_relu_n64_k128", "void k06_dense_fwd_relu_n64_k128(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel, const float *restrict dense_2_bias, float *restrict dense_2_out_infer, int nb)", 1589248, 107008, 6},
    {"k07_dense_fwd_n64_k784", "void k07_dense_fwd_n64_k784(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_pre_infer, int nb)", 12845056, 638016, 2},
    {"k08_dense_fwd_sigmoid_n64_k784", "void k08_dense_fwd_sigmoid_n64_k784(const float *restrict dense_2_out_infer, const float *restrict dense_3_kernel, const float *restrict dense_3_bias, float *restrict dense_3_out_infer, int nb)", 12945408, 638016, 4},
    {"k09_sigmoid_bce_sigmoid_bce_bwd_n64_k784", "void k09_sigmoid_bce_sigmoid_bce_bwd_n64_k784(const float *restrict dense_3_pre, const float *restrict y, float *restrict ddense_3_pre, float *restrict dense_3_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 200704, 602112, 1},
    {"k10_sigmoid_bce_n64_k784", "void k10_sigmoid_bce_n64_k784(const float *restrict dense_3_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_3_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 100352, 602112, 2},
    {"k11_dense_bwd_weights_128x784", "void k11_dense_bwd_weights_128x784(const float *restrict ddense_3_pre, const float *restrict dense_2_out, float *restrict ddense_3_kernel, float *restrict ddense_3_bias, int nb)", 12845056, 638016, 1},
    {"k12_reorder_128x784", "void k12_reorder_128x784(const float *restrict dense_3_kernel, float *restrict dense_3_kernel_transposed128)", 200704, 802816, 1},
    {"k13_dense_bwd_data_relu_bwd_n64_k128", "void k13_dense_bwd_data_relu_bwd_n64_k128(const float *restrict ddense_3_pre, const float *restrict dense_3_kernel_transposed128, const float *restrict dense_2_out, float *restrict ddense_2_pre, int nb)", 12861440, 667648, 1},
    {"k14_dense_bwd_weights_96x128", "void k14_dense_bwd_weights_96x128(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)", 1572864, 107008, 1},
    {"k15_reorder_96x128", "void k15_reorder_96x128(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_transposed96)", 24576, 98304, 1},
    {"k16_dense_bwd_data_relu_bwd_n64_k96", "void k16_dense_bwd_data_relu_bwd_n64_k96(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel_transposed96, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)", 1585152, 131072, 1},
    {"k17_dense_bwd_weights_128x96", "void k17_dense_bwd_weights_128x96(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 1572864, 106880, 1},
    {"k18_reorder_128x96", "void k18_reorder_128x96(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed128)", 24576, 98304, 1},
    {"k19_dense_bwd_data_relu_bwd_n64_k128", "void k19_dense_bwd_data_relu_bwd_n64_k128(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed128, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 1589248, 139264, 1},
    {"k20_dense_bwd_weights_784x128", "void k20_dense_bwd_weights_784x128(const float *restrict ddense_pre, const float *restrict x, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 12845056, 635392, 1},
    {"k21_adam_update_p226416", "void k21_adam_update_p226416(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 2264160, 6339648, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed003_denoising_ae",
    .batch = 64,
    .in_rank = 1,
    .in_dims = {784, 0, 0},
    .in_scale = (float)0.00392156886,
    .out_size = 784,
    .label_kind = KILN_LABEL_INPUT,
    .label_size = 784,
    .has_accuracy = 0,
    .n_params = 226416,
    .n_state = 0,
    .n_arena = 181248,
    .n_tensors = 64,
    .tensors = tensors,
    .n_kernels = 22,
    .kernels = kernels,
    .isa = "avx512",
};


/* seed003_mlp_l2.c — emitted by kiln from models/seed003_mlp_l2.json. Do not edit: regenerate with `kiln compile`.
 *
 * Batch 128 (kiln_step.nb may be smaller), ISA avx512. Slabs in float32 elements:
 * params/grads/opt_m/opt_v 545840, state 0, arena 1024960.
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

/* k00_reorder_784x500 — reorder kernel
 *   node n0 "reorder.dense/kernel.padded512" (reorder), from $.layers[1]
 *   in  dense/kernel               (784, 500) IO
 *   out dense/kernel.padded512     (784, 500) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k00_reorder_784x500(const float *restrict dense_kernel, float *restrict dense_kernel_padded512)
{
    /* dense/kernel -> dense/kernel.padded512 */
    /* (784, 500) -> padded (784, 512), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 784; r++)
        for (int c = 0; c < 512; c++) dense_kernel_padded512[(long)r * 512 + c] = c < 500 ? dense_kernel[(long)r * 500 + c] : 0.0f;
}

/* k01_reorder_c500 — reorder kernel
 *   node n1 "reorder.dense/bias.padded512" (reorder), from $.layers[1]
 *   in  dense/bias                 (500) C
 *   out dense/bias.padded512       (500) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k01_reorder_c500(const float *restrict dense_bias, float *restrict dense_bias_padded512)
{
    /* dense/bias -> dense/bias.padded512 */
    #pragma omp single
    for (int c = 0; c < 512; c++) dense_bias_padded512[c] = c < 500 ? dense_bias[c] : 0.0f;
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k02_dense_fwd_relu_n128_k500_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
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
    vstore(c + 500, vrelu(acc_r1v0));
    vstore(c + 516, vrelu(acc_r1v1));
    vstore(c + 532, vrelu(acc_r1v2));
    vstore(c + 548, vrelu(acc_r1v3));
    vstore(c + 1000, vrelu(acc_r2v0));
    vstore(c + 1016, vrelu(acc_r2v1));
    vstore(c + 1032, vrelu(acc_r2v2));
    vstore(c + 1048, vrelu(acc_r2v3));
    vstore(c + 1500, vrelu(acc_r3v0));
    vstore(c + 1516, vrelu(acc_r3v1));
    vstore(c + 1532, vrelu(acc_r3v2));
    vstore(c + 1548, vrelu(acc_r3v3));
    vstore(c + 2000, vrelu(acc_r4v0));
    vstore(c + 2016, vrelu(acc_r4v1));
    vstore(c + 2032, vrelu(acc_r4v2));
    vstore(c + 2048, vrelu(acc_r4v3));
    vstore(c + 2500, vrelu(acc_r5v0));
    vstore(c + 2516, vrelu(acc_r5v1));
    vstore(c + 2532, vrelu(acc_r5v2));
    vstore(c + 2548, vrelu(acc_r5v3));
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k02_dense_fwd_relu_n128_k500_tile_6x4t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
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
    vstore_part(c + 48, vrelu(acc_r0v3), 4);
    vstore(c + 500, vrelu(acc_r1v0));
    vstore(c + 516, vrelu(acc_r1v1));
    vstore(c + 532, vrelu(acc_r1v2));
    vstore_part(c + 548, vrelu(acc_r1v3), 4);
    vstore(c + 1000, vrelu(acc_r2v0));
    vstore(c + 1016, vrelu(acc_r2v1));
    vstore(c + 1032, vrelu(acc_r2v2));
    vstore_part(c + 1048, vrelu(acc_r2v3), 4);
    vstore(c + 1500, vrelu(acc_r3v0));
    vstore(c + 1516, vrelu(acc_r3v1));
    vstore(c + 1532, vrelu(acc_r3v2));
    vstore_part(c + 1548, vrelu(acc_r3v3), 4);
    vstore(c + 2000, vrelu(acc_r4v0));
    vstore(c + 2016, vrelu(acc_r4v1));
    vstore(c + 2032, vrelu(acc_r4v2));
    vstore_part(c + 2048, vrelu(acc_r4v3), 4);
    vstore(c + 2500, vrelu(acc_r5v0));
    vstore(c + 2516, vrelu(acc_r5v1));
    vstore(c + 2532, vrelu(acc_r5v2));
    vstore_part(c + 2548, vrelu(acc_r5v3), 4);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k02_dense_fwd_relu_n128_k500_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k02_dense_fwd_relu_n128_k500_tile_1x4t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore_part(c + 48, vrelu(acc_r0v3), 4);
}

/* k02_dense_fwd_relu_n128_k500 — gemm kernel
 *   node n2 "dense" (dense), from $.layers[1]
 *   node n3 "dense.relu" (relu), from $.layers[1]
 *   in  flatten_out                (128, 784) NC
 *   in  dense/kernel.padded512     (784, 500) IO
 *   in  dense/bias.padded512       (500) C
 *   out dense_out                  (128, 500) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k02_dense_fwd_relu_n128_k500(const float *restrict flatten_out, const float *restrict dense_kernel_padded512, const float *restrict dense_bias_padded512, float *restrict dense_out, int nb)
{
    /* C (nb x 500) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_bias_padded512 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_kernel_padded512 + j0 * 16;
            if (i0 < full_rows) {
                if (g < 7) k02_dense_fwd_relu_n128_k500_tile_6x4(flatten_out + (long)i0 * 784, bg, bias_g, dense_out + (long)i0 * 500 + j0 * 16, db_g, 0, NULL);
                else k02_dense_fwd_relu_n128_k500_tile_6x4t(flatten_out + (long)i0 * 784, bg, bias_g, dense_out + (long)i0 * 500 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 7) k02_dense_fwd_relu_n128_k500_tile_1x4(flatten_out + (long)i * 784, bg, bias_g, dense_out + (long)i * 500 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                    else k02_dense_fwd_relu_n128_k500_tile_1x4t(flatten_out + (long)i * 784, bg, bias_g, dense_out + (long)i * 500 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k03_reorder_500x300 — reorder kernel
 *   node n4 "reorder.dense_1/kernel.padded304" (reorder), from $.layers[2]
 *   in  dense_1/kernel             (500, 300) IO
 *   out dense_1/kernel.padded304   (500, 300) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k03_reorder_500x300(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded304)
{
    /* dense_1/kernel -> dense_1/kernel.padded304 */
    /* (500, 300) -> padded (500, 304), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 500; r++)
        for (int c = 0; c < 304; c++) dense_1_kernel_padded304[(long)r * 304 + c] = c < 300 ? dense_1_kernel[(long)r * 300 + c] : 0.0f;
}

/* k04_reorder_c300 — reorder kernel
 *   node n5 "reorder.dense_1/bias.padded304" (reorder), from $.layers[2]
 *   in  dense_1/bias               (300) C
 *   out dense_1/bias.padded304     (300) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k04_reorder_c300(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded304)
{
    /* dense_1/bias -> dense_1/bias.padded304 */
    #pragma omp single
    for (int c = 0; c < 304; c++) dense_1_bias_padded304[c] = c < 300 ? dense_1_bias[c] : 0.0f;
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k05_dense_fwd_relu_n128_k300_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 500; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32), b3 = vload(bm + (long)p * 304 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 304 + 0); __builtin_prefetch(bm + (long)(p + 8) * 304 + 16); __builtin_prefetch(bm + (long)(p + 8) * 304 + 32); __builtin_prefetch(bm + (long)(p + 8) * 304 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[500 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[1000 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[1500 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[2000 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[2500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
    vstore(c + 300, vrelu(acc_r1v0));
    vstore(c + 316, vrelu(acc_r1v1));
    vstore(c + 332, vrelu(acc_r1v2));
    vstore(c + 348, vrelu(acc_r1v3));
    vstore(c + 600, vrelu(acc_r2v0));
    vstore(c + 616, vrelu(acc_r2v1));
    vstore(c + 632, vrelu(acc_r2v2));
    vstore(c + 648, vrelu(acc_r2v3));
    vstore(c + 900, vrelu(acc_r3v0));
    vstore(c + 916, vrelu(acc_r3v1));
    vstore(c + 932, vrelu(acc_r3v2));
    vstore(c + 948, vrelu(acc_r3v3));
    vstore(c + 1200, vrelu(acc_r4v0));
    vstore(c + 1216, vrelu(acc_r4v1));
    vstore(c + 1232, vrelu(acc_r4v2));
    vstore(c + 1248, vrelu(acc_r4v3));
    vstore(c + 1500, vrelu(acc_r5v0));
    vstore(c + 1516, vrelu(acc_r5v1));
    vstore(c + 1532, vrelu(acc_r5v2));
    vstore(c + 1548, vrelu(acc_r5v3));
}

/* 6 rows x 3 column vectors: 18 accumulators */
static inline __attribute__((always_inline)) void k05_dense_fwd_relu_n128_k300_tile_6x3t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32);
    for (int p = 0; p < 500; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32);
        __builtin_prefetch(bm + (long)(p + 8) * 304 + 0); __builtin_prefetch(bm + (long)(p + 8) * 304 + 16); __builtin_prefetch(bm + (long)(p + 8) * 304 + 32); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); }
        { const vf ab = vbcast(a[500 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); }
        { const vf ab = vbcast(a[1000 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); }
        { const vf ab = vbcast(a[1500 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); }
        { const vf ab = vbcast(a[2000 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); }
        { const vf ab = vbcast(a[2500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore_part(c + 32, vrelu(acc_r0v2), 12);
    vstore(c + 300, vrelu(acc_r1v0));
    vstore(c + 316, vrelu(acc_r1v1));
    vstore_part(c + 332, vrelu(acc_r1v2), 12);
    vstore(c + 600, vrelu(acc_r2v0));
    vstore(c + 616, vrelu(acc_r2v1));
    vstore_part(c + 632, vrelu(acc_r2v2), 12);
    vstore(c + 900, vrelu(acc_r3v0));
    vstore(c + 916, vrelu(acc_r3v1));
    vstore_part(c + 932, vrelu(acc_r3v2), 12);
    vstore(c + 1200, vrelu(acc_r4v0));
    vstore(c + 1216, vrelu(acc_r4v1));
    vstore_part(c + 1232, vrelu(acc_r4v2), 12);
    vstore(c + 1500, vrelu(acc_r5v0));
    vstore(c + 1516, vrelu(acc_r5v1));
    vstore_part(c + 1532, vrelu(acc_r5v2), 12);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k05_dense_fwd_relu_n128_k300_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 500; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32), b3 = vload(bm + (long)p * 304 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 304 + 0); __builtin_prefetch(bm + (long)(p + 8) * 304 + 16); __builtin_prefetch(bm + (long)(p + 8) * 304 + 32); __builtin_prefetch(bm + (long)(p + 8) * 304 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* 1 rows x 3 column vectors: 3 accumulators */
static inline __attribute__((always_inline)) void k05_dense_fwd_relu_n128_k300_tile_1x3t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32);
    for (int p = 0; p < 500; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32);
        __builtin_prefetch(bm + (long)(p + 8) * 304 + 0); __builtin_prefetch(bm + (long)(p + 8) * 304 + 16); __builtin_prefetch(bm + (long)(p + 8) * 304 + 32); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore_part(c + 32, vrelu(acc_r0v2), 12);
}

/* k05_dense_fwd_relu_n128_k300 — gemm kernel
 *   node n6 "dense_1" (dense), from $.layers[2]
 *   node n7 "dense_1.relu" (relu), from $.layers[2]
 *   in  dense_out                  (128, 500) NC
 *   in  dense_1/kernel.padded304   (500, 300) IO
 *   in  dense_1/bias.padded304     (300) C
 *   out dense_1_out                (128, 300) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k05_dense_fwd_relu_n128_k300(const float *restrict dense_out, const float *restrict dense_1_kernel_padded304, const float *restrict dense_1_bias_padded304, float *restrict dense_1_out, int nb)
{
    /* C (nb x 300) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 5; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_1_bias_padded304 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_padded304 + j0 * 16;
            if (i0 < full_rows) {
                if (g < 4) k05_dense_fwd_relu_n128_k300_tile_6x4(dense_out + (long)i0 * 500, bg, bias_g, dense_1_out + (long)i0 * 300 + j0 * 16, db_g, 0, NULL);
                else k05_dense_fwd_relu_n128_k300_tile_6x3t(dense_out + (long)i0 * 500, bg, bias_g, dense_1_out + (long)i0 * 300 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 4) k05_dense_fwd_relu_n128_k300_tile_1x4(dense_out + (long)i * 500, bg, bias_g, dense_1_out + (long)i * 300 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                    else k05_dense_fwd_relu_n128_k300_tile_1x3t(dense_out + (long)i * 500, bg, bias_g, dense_1_out + (long)i * 300 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k06_reorder_300x10 — reorder kernel
 *   node n8 "reorder.dense_2/kernel.padded16" (reorder), from $.layers[3]
 *   in  dense_2/kernel             (300, 10) IO
 *   out dense_2/kernel.padded16    (300, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k06_reorder_300x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_padded16)
{
    /* dense_2/kernel -> dense_2/kernel.padded16 */
    /* (300, 10) -> padded (300, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 300; r++)
        for (int c = 0; c < 16; c++) dense_2_kernel_padded16[(long)r * 16 + c] = c < 10 ? dense_2_kernel[(long)r * 10 + c] : 0.0f;
}

/* k07_reorder_c10 — reorder kernel
 *   node n9 "reorder.dense_2/bias.padded16" (reorder), from $.layers[3]
 *   in  dense_2/bias               (10) C
 *   out dense_2/bias.padded16      (10) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k07_reorder_c10(const float *restrict dense_2_bias, float *restrict dense_2_bias_padded16)
{
    /* dense_2/bias -> dense_2/bias.padded16 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_2_bias_padded16[c] = c < 10 ? dense_2_bias[c] : 0.0f;
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k08_dense_fwd_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
    for (int p = 0; p < 300; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[300 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[600 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[900 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[1200 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[1500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[1800 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[2100 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k08_dense_fwd_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 300; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k08_dense_fwd_n128_k10 — gemm kernel
 *   node n10 "dense_2" (dense), from $.layers[3]
 *   in  dense_1_out                (128, 300) NC
 *   in  dense_2/kernel.padded16    (300, 10) IO
 *   in  dense_2/bias.padded16      (10) C
 *   out dense_2_pre                (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k08_dense_fwd_n128_k10(const float *restrict dense_1_out, const float *restrict dense_2_kernel_padded16, const float *restrict dense_2_bias_padded16, float *restrict dense_2_pre, int nb)
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
                k08_dense_fwd_n128_k10_tile_8x1t(dense_1_out + (long)i0 * 300, bg, bias_g, dense_2_pre + (long)i0 * 10 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k08_dense_fwd_n128_k10_tile_1x1t(dense_1_out + (long)i * 300, bg, bias_g, dense_2_pre + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k09_reorder_784x500 — reorder kernel
 *   node n11 "reorder.dense/kernel.padded512.2" (reorder), from $.layers[1]
 *   in  dense/kernel               (784, 500) IO
 *   out dense/kernel.padded512.2   (784, 500) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k09_reorder_784x500(const float *restrict dense_kernel, float *restrict dense_kernel_padded512_2)
{
    /* dense/kernel -> dense/kernel.padded512.2 */
    /* (784, 500) -> padded (784, 512), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 784; r++)
        for (int c = 0; c < 512; c++) dense_kernel_padded512_2[(long)r * 512 + c] = c < 500 ? dense_kernel[(long)r * 500 + c] : 0.0f;
}

/* k10_reorder_c500 — reorder kernel
 *   node n12 "reorder.dense/bias.padded512.2" (reorder), from $.layers[1]
 *   in  dense/bias                 (500) C
 *   out dense/bias.padded512.2     (500) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k10_reorder_c500(const float *restrict dense_bias, float *restrict dense_bias_padded512_2)
{
    /* dense/bias -> dense/bias.padded512.2 */
    #pragma omp single
    for (int c = 0; c < 512; c++) dense_bias_padded512_2[c] = c < 500 ? dense_bias[c] : 0.0f;
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k11_dense_fwd_relu_n128_k500_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
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
    vstore(c + 500, vrelu(acc_r1v0));
    vstore(c + 516, vrelu(acc_r1v1));
    vstore(c + 532, vrelu(acc_r1v2));
    vstore(c + 548, vrelu(acc_r1v3));
    vstore(c + 1000, vrelu(acc_r2v0));
    vstore(c + 1016, vrelu(acc_r2v1));
    vstore(c + 1032, vrelu(acc_r2v2));
    vstore(c + 1048, vrelu(acc_r2v3));
    vstore(c + 1500, vrelu(acc_r3v0));
    vstore(c + 1516, vrelu(acc_r3v1));
    vstore(c + 1532, vrelu(acc_r3v2));
    vstore(c + 1548, vrelu(acc_r3v3));
    vstore(c + 2000, vrelu(acc_r4v0));
    vstore(c + 2016, vrelu(acc_r4v1));
    vstore(c + 2032, vrelu(acc_r4v2));
    vstore(c + 2048, vrelu(acc_r4v3));
    vstore(c + 2500, vrelu(acc_r5v0));
    vstore(c + 2516, vrelu(acc_r5v1));
    vstore(c + 2532, vrelu(acc_r5v2));
    vstore(c + 2548, vrelu(acc_r5v3));
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k11_dense_fwd_relu_n128_k500_tile_6x4t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
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
    vstore_part(c + 48, vrelu(acc_r0v3), 4);
    vstore(c + 500, vrelu(acc_r1v0));
    vstore(c + 516, vrelu(acc_r1v1));
    vstore(c + 532, vrelu(acc_r1v2));
    vstore_part(c + 548, vrelu(acc_r1v3), 4);
    vstore(c + 1000, vrelu(acc_r2v0));
    vstore(c + 1016, vrelu(acc_r2v1));
    vstore(c + 1032, vrelu(acc_r2v2));
    vstore_part(c + 1048, vrelu(acc_r2v3), 4);
    vstore(c + 1500, vrelu(acc_r3v0));
    vstore(c + 1516, vrelu(acc_r3v1));
    vstore(c + 1532, vrelu(acc_r3v2));
    vstore_part(c + 1548, vrelu(acc_r3v3), 4);
    vstore(c + 2000, vrelu(acc_r4v0));
    vstore(c + 2016, vrelu(acc_r4v1));
    vstore(c + 2032, vrelu(acc_r4v2));
    vstore_part(c + 2048, vrelu(acc_r4v3), 4);
    vstore(c + 2500, vrelu(acc_r5v0));
    vstore(c + 2516, vrelu(acc_r5v1));
    vstore(c + 2532, vrelu(acc_r5v2));
    vstore_part(c + 2548, vrelu(acc_r5v3), 4);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k11_dense_fwd_relu_n128_k500_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k11_dense_fwd_relu_n128_k500_tile_1x4t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 784; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore_part(c + 48, vrelu(acc_r0v3), 4);
}

/* k11_dense_fwd_relu_n128_k500 — gemm kernel
 *   node n13 "dense_infer" (dense), from $.layers[1]
 *   node n14 "dense.relu_infer" (relu), from $.layers[1]
 *   in  flatten_out_infer          (128, 784) NC
 *   in  dense/kernel.padded512.2   (784, 500) IO
 *   in  dense/bias.padded512.2     (500) C
 *   out dense_out_infer            (128, 500) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k11_dense_fwd_relu_n128_k500(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded512_2, const float *restrict dense_bias_padded512_2, float *restrict dense_out_infer, int nb)
{
    /* C (nb x 500) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_bias_padded512_2 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_kernel_padded512_2 + j0 * 16;
            if (i0 < full_rows) {
                if (g < 7) k11_dense_fwd_relu_n128_k500_tile_6x4(flatten_out_infer + (long)i0 * 784, bg, bias_g, dense_out_infer + (long)i0 * 500 + j0 * 16, db_g, 0, NULL);
                else k11_dense_fwd_relu_n128_k500_tile_6x4t(flatten_out_infer + (long)i0 * 784, bg, bias_g, dense_out_infer + (long)i0 * 500 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 7) k11_dense_fwd_relu_n128_k500_tile_1x4(flatten_out_infer + (long)i * 784, bg, bias_g, dense_out_infer + (long)i * 500 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                    else k11_dense_fwd_relu_n128_k500_tile_1x4t(flatten_out_infer + (long)i * 784, bg, bias_g, dense_out_infer + (long)i * 500 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k12_reorder_500x300 — reorder kernel
 *   node n15 "reorder.dense_1/kernel.padded304.2" (reorder), from $.layers[2]
 *   in  dense_1/kernel             (500, 300) IO
 *   out dense_1/kernel.padded304.2 (500, 300) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k12_reorder_500x300(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded304_2)
{
    /* dense_1/kernel -> dense_1/kernel.padded304.2 */
    /* (500, 300) -> padded (500, 304), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 500; r++)
        for (int c = 0; c < 304; c++) dense_1_kernel_padded304_2[(long)r * 304 + c] = c < 300 ? dense_1_kernel[(long)r * 300 + c] : 0.0f;
}

/* k13_reorder_c300 — reorder kernel
 *   node n16 "reorder.dense_1/bias.padded304.2" (reorder), from $.layers[2]
 *   in  dense_1/bias               (300) C
 *   out dense_1/bias.padded304.2   (300) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k13_reorder_c300(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded304_2)
{
    /* dense_1/bias -> dense_1/bias.padded304.2 */
    #pragma omp single
    for (int c = 0; c < 304; c++) dense_1_bias_padded304_2[c] = c < 300 ? dense_1_bias[c] : 0.0f;
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k14_dense_fwd_relu_n128_k300_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32), acc_r1v3 = vload(bias + 48);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32), acc_r2v3 = vload(bias + 48);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32), acc_r3v3 = vload(bias + 48);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32), acc_r4v3 = vload(bias + 48);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32), acc_r5v3 = vload(bias + 48);
    for (int p = 0; p < 500; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32), b3 = vload(bm + (long)p * 304 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 304 + 0); __builtin_prefetch(bm + (long)(p + 8) * 304 + 16); __builtin_prefetch(bm + (long)(p + 8) * 304 + 32); __builtin_prefetch(bm + (long)(p + 8) * 304 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[500 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[1000 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[1500 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[2000 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[2500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
    vstore(c + 300, vrelu(acc_r1v0));
    vstore(c + 316, vrelu(acc_r1v1));
    vstore(c + 332, vrelu(acc_r1v2));
    vstore(c + 348, vrelu(acc_r1v3));
    vstore(c + 600, vrelu(acc_r2v0));
    vstore(c + 616, vrelu(acc_r2v1));
    vstore(c + 632, vrelu(acc_r2v2));
    vstore(c + 648, vrelu(acc_r2v3));
    vstore(c + 900, vrelu(acc_r3v0));
    vstore(c + 916, vrelu(acc_r3v1));
    vstore(c + 932, vrelu(acc_r3v2));
    vstore(c + 948, vrelu(acc_r3v3));
    vstore(c + 1200, vrelu(acc_r4v0));
    vstore(c + 1216, vrelu(acc_r4v1));
    vstore(c + 1232, vrelu(acc_r4v2));
    vstore(c + 1248, vrelu(acc_r4v3));
    vstore(c + 1500, vrelu(acc_r5v0));
    vstore(c + 1516, vrelu(acc_r5v1));
    vstore(c + 1532, vrelu(acc_r5v2));
    vstore(c + 1548, vrelu(acc_r5v3));
}

/* 6 rows x 3 column vectors: 18 accumulators */
static inline __attribute__((always_inline)) void k14_dense_fwd_relu_n128_k300_tile_6x3t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32);
    vf acc_r1v0 = vload(bias + 0), acc_r1v1 = vload(bias + 16), acc_r1v2 = vload(bias + 32);
    vf acc_r2v0 = vload(bias + 0), acc_r2v1 = vload(bias + 16), acc_r2v2 = vload(bias + 32);
    vf acc_r3v0 = vload(bias + 0), acc_r3v1 = vload(bias + 16), acc_r3v2 = vload(bias + 32);
    vf acc_r4v0 = vload(bias + 0), acc_r4v1 = vload(bias + 16), acc_r4v2 = vload(bias + 32);
    vf acc_r5v0 = vload(bias + 0), acc_r5v1 = vload(bias + 16), acc_r5v2 = vload(bias + 32);
    for (int p = 0; p < 500; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32);
        __builtin_prefetch(bm + (long)(p + 8) * 304 + 0); __builtin_prefetch(bm + (long)(p + 8) * 304 + 16); __builtin_prefetch(bm + (long)(p + 8) * 304 + 32); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); }
        { const vf ab = vbcast(a[500 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); }
        { const vf ab = vbcast(a[1000 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); }
        { const vf ab = vbcast(a[1500 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); }
        { const vf ab = vbcast(a[2000 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); }
        { const vf ab = vbcast(a[2500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore_part(c + 32, vrelu(acc_r0v2), 12);
    vstore(c + 300, vrelu(acc_r1v0));
    vstore(c + 316, vrelu(acc_r1v1));
    vstore_part(c + 332, vrelu(acc_r1v2), 12);
    vstore(c + 600, vrelu(acc_r2v0));
    vstore(c + 616, vrelu(acc_r2v1));
    vstore_part(c + 632, vrelu(acc_r2v2), 12);
    vstore(c + 900, vrelu(acc_r3v0));
    vstore(c + 916, vrelu(acc_r3v1));
    vstore_part(c + 932, vrelu(acc_r3v2), 12);
    vstore(c + 1200, vrelu(acc_r4v0));
    vstore(c + 1216, vrelu(acc_r4v1));
    vstore_part(c + 1232, vrelu(acc_r4v2), 12);
    vstore(c + 1500, vrelu(acc_r5v0));
    vstore(c + 1516, vrelu(acc_r5v1));
    vstore_part(c + 1532, vrelu(acc_r5v2), 12);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k14_dense_fwd_relu_n128_k300_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32), acc_r0v3 = vload(bias + 48);
    for (int p = 0; p < 500; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32), b3 = vload(bm + (long)p * 304 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 304 + 0); __builtin_prefetch(bm + (long)(p + 8) * 304 + 16); __builtin_prefetch(bm + (long)(p + 8) * 304 + 32); __builtin_prefetch(bm + (long)(p + 8) * 304 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore(c + 32, vrelu(acc_r0v2));
    vstore(c + 48, vrelu(acc_r0v3));
}

/* 1 rows x 3 column vectors: 3 accumulators */
static inline __attribute__((always_inline)) void k14_dense_fwd_relu_n128_k300_tile_1x3t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0), acc_r0v1 = vload(bias + 16), acc_r0v2 = vload(bias + 32);
    for (int p = 0; p < 500; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32);
        __builtin_prefetch(bm + (long)(p + 8) * 304 + 0); __builtin_prefetch(bm + (long)(p + 8) * 304 + 16); __builtin_prefetch(bm + (long)(p + 8) * 304 + 32); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); }
    }
    vstore(c + 0, vrelu(acc_r0v0));
    vstore(c + 16, vrelu(acc_r0v1));
    vstore_part(c + 32, vrelu(acc_r0v2), 12);
}

/* k14_dense_fwd_relu_n128_k300 — gemm kernel
 *   node n17 "dense_1_infer" (dense), from $.layers[2]
 *   node n18 "dense_1.relu_infer" (relu), from $.layers[2]
 *   in  dense_out_infer            (128, 500) NC
 *   in  dense_1/kernel.padded304.2 (500, 300) IO
 *   in  dense_1/bias.padded304.2   (300) C
 *   out dense_1_out_infer          (128, 300) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k14_dense_fwd_relu_n128_k300(const float *restrict dense_out_infer, const float *restrict dense_1_kernel_padded304_2, const float *restrict dense_1_bias_padded304_2, float *restrict dense_1_out_infer, int nb)
{
    /* C (nb x 300) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 5; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = dense_1_bias_padded304_2 + j0 * 16;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_padded304_2 + j0 * 16;
            if (i0 < full_rows) {
                if (g < 4) k14_dense_fwd_relu_n128_k300_tile_6x4(dense_out_infer + (long)i0 * 500, bg, bias_g, dense_1_out_infer + (long)i0 * 300 + j0 * 16, db_g, 0, NULL);
                else k14_dense_fwd_relu_n128_k300_tile_6x3t(dense_out_infer + (long)i0 * 500, bg, bias_g, dense_1_out_infer + (long)i0 * 300 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 4) k14_dense_fwd_relu_n128_k300_tile_1x4(dense_out_infer + (long)i * 500, bg, bias_g, dense_1_out_infer + (long)i * 300 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                    else k14_dense_fwd_relu_n128_k300_tile_1x3t(dense_out_infer + (long)i * 500, bg, bias_g, dense_1_out_infer + (long)i * 300 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* k15_reorder_300x10 — reorder kernel
 *   node n19 "reorder.dense_2/kernel.padded16.2" (reorder), from $.layers[3]
 *   in  dense_2/kernel             (300, 10) IO
 *   out dense_2/kernel.padded16.2  (300, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k15_reorder_300x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_padded16_2)
{
    /* dense_2/kernel -> dense_2/kernel.padded16.2 */
    /* (300, 10) -> padded (300, 16), zero-padded */
    #pragma omp for schedule(static)
    for (int r = 0; r < 300; r++)
        for (int c = 0; c < 16; c++) dense_2_kernel_padded16_2[(long)r * 16 + c] = c < 10 ? dense_2_kernel[(long)r * 10 + c] : 0.0f;
}

/* k16_reorder_c10 — reorder kernel
 *   node n20 "reorder.dense_2/bias.padded16.2" (reorder), from $.layers[3]
 *   in  dense_2/bias               (10) C
 *   out dense_2/bias.padded16.2    (10) C
 *   schedule: OpenMP over elements; ISA avx512 */
void k16_reorder_c10(const float *restrict dense_2_bias, float *restrict dense_2_bias_padded16_2)
{
    /* dense_2/bias -> dense_2/bias.padded16.2 */
    #pragma omp single
    for (int c = 0; c < 16; c++) dense_2_bias_padded16_2[c] = c < 10 ? dense_2_bias[c] : 0.0f;
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k17_dense_fwd_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
    for (int p = 0; p < 300; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[300 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[600 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[900 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[1200 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[1500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[1800 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[2100 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k17_dense_fwd_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 300; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k17_dense_fwd_n128_k10 — gemm kernel
 *   node n21 "dense_2_infer" (dense), from $.layers[3]
 *   in  dense_1_out_infer          (128, 300) NC
 *   in  dense_2/kernel.padded16.2  (300, 10) IO
 *   in  dense_2/bias.padded16.2    (10) C
 *   out dense_2_pre_infer          (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k17_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel_padded16_2, const float *restrict dense_2_bias_padded16_2, float *restrict dense_2_pre_infer, int nb)
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
                k17_dense_fwd_n128_k10_tile_8x1t(dense_1_out_infer + (long)i0 * 300, bg, bias_g, dense_2_pre_infer + (long)i0 * 10 + j0 * 16, db_g, 0, NULL);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    k17_dense_fwd_n128_k10_tile_1x1t(dense_1_out_infer + (long)i * 300, bg, bias_g, dense_2_pre_infer + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, 0, NULL);
                }
            }
        }
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k18_dense_fwd_softmax_n128_k10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
    for (int p = 0; p < 300; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[300 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[600 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[900 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[1200 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[1500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[1800 + (long)p * 1]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[2100 + (long)p * 1]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k18_dense_fwd_softmax_n128_k10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vload(bias + 0);
    for (int p = 0; p < 300; p++) {
        const vf b0 = vload(bm + (long)p * 16 + 0);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
    }
    vstore_part(c + 0, acc_r0v0, 10);
}

/* k18_dense_fwd_softmax_n128_k10 — gemm kernel
 *   node n22 "dense_2_predict_infer" (dense), from $.layers[3]
 *   node n23 "dense_2.softmax_infer" (softmax), from $.layers[3]
 *   in  dense_1_out_infer          (128, 300) NC
 *   in  dense_2/kernel.padded16.2  (300, 10) IO
 *   in  dense_2/bias.padded16.2    (10) C
 *   out dense_2_out_infer          (128, 10) NC
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k18_dense_fwd_softmax_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel_padded16_2, const float *restrict dense_2_bias_padded16_2, float *restrict dense_2_out_infer, int nb)
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
                k18_dense_fwd_softmax_n128_k10_tile_8x1t(dense_1_out_infer + (long)i0 * 300, bg, bias_g, z, db_g, 0, NULL);
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
                    k18_dense_fwd_softmax_n128_k10_tile_1x1t(dense_1_out_infer + (long)i * 300, bg, bias_g, z, i == 0 ? db_g : NULL, 0, NULL);
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

/* k19_softmax_ce_softmax_ce_bwd_n128_k10 — loss kernel
 *   node n24 "loss" (softmax_ce), from $.loss
 *   node n25 "dloss" (softmax_ce_bwd), from $.loss
 *   in  dense_2_pre                (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out ddense_2_pre               (128, 10) NC
 *   tmp dense_2_pre.per_sample     (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k19_softmax_ce_softmax_ce_bwd_n128_k10(const float *restrict dense_2_pre, const float *restrict y, float *restrict ddense_2_pre, float *restrict dense_2_pre_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* k20_softmax_ce_n128_k10 — loss kernel
 *   node n26 "loss_eval" (softmax_ce), from $.loss
 *   in  dense_2_pre_infer          (128, 10) NC
 *   in  y                          (128, 10) NC
 *   out probs_eval                 (128, 10) NC
 *   tmp dense_2_pre_infer.per_sample (512) C, scratch
 *   schedule: OpenMP over samples; ISA avx512 */
void k20_softmax_ce_n128_k10(const float *restrict dense_2_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_2_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)
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

/* k21_regularizer_784x500 — loss kernel
 *   node n27 "dense.kernel_regularizer" (regularizer), from $.layers[1]
 *   in  dense/kernel               (784, 500) IO
 *   schedule: one thread; ISA avx512 */
void k21_regularizer_784x500(const float *restrict dense_kernel, double *restrict loss)
{
    #pragma omp single
    {
        double s1 = 0.0, s2 = 0.0;
        {
            vd q0 = (vd)0.0, q1 = (vd)0.0, q2 = (vd)0.0, q3 = (vd)0.0;  /* w^2 */
            for (long i = 0; i < 392000; i += 4 * VL) {
                const vd w0 = __builtin_convertvector(vload(dense_kernel + i + 0 * VL), vd);
                q0 = __builtin_elementwise_fma(w0, w0, q0);
                const vd w1 = __builtin_convertvector(vload(dense_kernel + i + 1 * VL), vd);
                q1 = __builtin_elementwise_fma(w1, w1, q1);
                const vd w2 = __builtin_convertvector(vload(dense_kernel + i + 2 * VL), vd);
                q2 = __builtin_elementwise_fma(w2, w2, q2);
                const vd w3 = __builtin_convertvector(vload(dense_kernel + i + 3 * VL), vd);
                q3 = __builtin_elementwise_fma(w3, w3, q3);
            }
            for (int l = 0; l < VL; l++) {
                s2 += (q0[l] + q1[l]) + (q2[l] + q3[l]);
            }
        }
        *loss += 9.99999997e-07f * s2;
        (void)s1;
    }
}

/* k22_regularizer_500x300 — loss kernel
 *   node n28 "dense_1.kernel_regularizer" (regularizer), from $.layers[2]
 *   in  dense_1/kernel             (500, 300) IO
 *   schedule: one thread; ISA avx512 */
void k22_regularizer_500x300(const float *restrict dense_1_kernel, double *restrict loss)
{
    #pragma omp single
    {
        double s1 = 0.0, s2 = 0.0;
        {
            vd q0 = (vd)0.0, q1 = (vd)0.0, q2 = (vd)0.0, q3 = (vd)0.0;  /* w^2 */
            for (long i = 0; i < 149952; i += 4 * VL) {
                const vd w0 = __builtin_convertvector(vload(dense_1_kernel + i + 0 * VL), vd);
                q0 = __builtin_elementwise_fma(w0, w0, q0);
                const vd w1 = __builtin_convertvector(vload(dense_1_kernel + i + 1 * VL), vd);
                q1 = __builtin_elementwise_fma(w1, w1, q1);
                const vd w2 = __builtin_convertvector(vload(dense_1_kernel + i + 2 * VL), vd);
                q2 = __builtin_elementwise_fma(w2, w2, q2);
                const vd w3 = __builtin_convertvector(vload(dense_1_kernel + i + 3 * VL), vd);
                q3 = __builtin_elementwise_fma(w3, w3, q3);
            }
            for (int l = 0; l < VL; l++) {
                s2 += (q0[l] + q1[l]) + (q2[l] + q3[l]);
            }
        }
        for (long i = 149952; i < 150000; i++) { s2 += (double)dense_1_kernel[i] * dense_1_kernel[i]; }
        *loss += 9.99999997e-07f * s2;
        (void)s1;
    }
}

/* 8 rows x 1 column vectors: 8 accumulators */
static inline __attribute__((always_inline)) void k23_dense_bwd_weights_300x10_tile_8x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
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
        { const vf ab = vbcast(a[0 + (long)p * 300]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        { const vf ab = vbcast(a[1 + (long)p * 300]); acc_r1v0 = vfma(ab, b0, acc_r1v0); }
        { const vf ab = vbcast(a[2 + (long)p * 300]); acc_r2v0 = vfma(ab, b0, acc_r2v0); }
        { const vf ab = vbcast(a[3 + (long)p * 300]); acc_r3v0 = vfma(ab, b0, acc_r3v0); }
        { const vf ab = vbcast(a[4 + (long)p * 300]); acc_r4v0 = vfma(ab, b0, acc_r4v0); }
        { const vf ab = vbcast(a[5 + (long)p * 300]); acc_r5v0 = vfma(ab, b0, acc_r5v0); }
        { const vf ab = vbcast(a[6 + (long)p * 300]); acc_r6v0 = vfma(ab, b0, acc_r6v0); }
        { const vf ab = vbcast(a[7 + (long)p * 300]); acc_r7v0 = vfma(ab, b0, acc_r7v0); }
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
static inline __attribute__((always_inline)) void k23_dense_bwd_weights_300x10_tile_1x1t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero();
    vf db0 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload_part(bm + (long)p * 10 + 0, 10);
        __builtin_prefetch(bm + (long)(p + 8) * 10 + 0); 
        { const vf ab = vbcast(a[0 + (long)p * 300]); acc_r0v0 = vfma(ab, b0, acc_r0v0); }
        db0 += b0; 
    }
    vstore_part(c + 0, acc_r0v0, 10);
    if (dbias) vstore_part(dbias + 0, db0, 10);
}

/* k23_dense_bwd_weights_300x10 — gemm kernel
 *   node n30 "ddense_2.weights" (dense_bwd_weights), from $.layers[3]
 *   in  ddense_2_pre               (128, 10) NC
 *   in  dense_1_out                (128, 300) NC
 *   out ddense_2/kernel            (300, 10) IO
 *   out ddense_2/bias              (10) C
 *   register tile: 8 rows x 1 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k23_dense_bwd_weights_300x10(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)
{
    /* C (300 x 10) in tiles of 8 rows x 1 vectors of 16 columns */
    const int full_rows = 300 / 8 * 8;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 8; i0 += 8)
        for (int g = 0; g < 1; g++) {
            if (i0 >= 300) continue;
            const int j0 = g * 1;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_2_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_2_pre + j0 * 16;
            if (i0 < full_rows) {
                k23_dense_bwd_weights_300x10_tile_8x1t(dense_1_out + (long)i0 * 1, bg, bias_g, ddense_2_kernel + (long)i0 * 10 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 300; i++) {  /* the last rows, one at a time */
                    k23_dense_bwd_weights_300x10_tile_1x1t(dense_1_out + (long)i * 1, bg, bias_g, ddense_2_kernel + (long)i * 10 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k24_reorder_300x10 — reorder kernel
 *   node n31 "reorder.dense_2/kernel.transposed304" (reorder), from $.layers[3]
 *   in  dense_2/kernel             (300, 10) IO
 *   out dense_2/kernel.transposed304 (300, 10) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k24_reorder_300x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_transposed304)
{
    /* dense_2/kernel -> dense_2/kernel.transposed304 */
    /* (300, 10) -> transposed (10, 304), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 10; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 304; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16 && r < 10; r++) dense_2_kernel_transposed304[(long)r * 304 + c] = c < 300 ? dense_2_kernel[(long)c * 10 + r] : 0.0f;
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k25_dense_bwd_data_relu_bwd_n128_k300_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32), b3 = vload(bm + (long)p * 304 + 48);
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
    vstore(c + 300, (vload(m + 300) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 316, (vload(m + 316) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 332, (vload(m + 332) > 0.0f ? acc_r1v2 : vzero()));
    vstore(c + 348, (vload(m + 348) > 0.0f ? acc_r1v3 : vzero()));
    vstore(c + 600, (vload(m + 600) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 616, (vload(m + 616) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 632, (vload(m + 632) > 0.0f ? acc_r2v2 : vzero()));
    vstore(c + 648, (vload(m + 648) > 0.0f ? acc_r2v3 : vzero()));
    vstore(c + 900, (vload(m + 900) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 916, (vload(m + 916) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 932, (vload(m + 932) > 0.0f ? acc_r3v2 : vzero()));
    vstore(c + 948, (vload(m + 948) > 0.0f ? acc_r3v3 : vzero()));
    vstore(c + 1200, (vload(m + 1200) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 1216, (vload(m + 1216) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 1232, (vload(m + 1232) > 0.0f ? acc_r4v2 : vzero()));
    vstore(c + 1248, (vload(m + 1248) > 0.0f ? acc_r4v3 : vzero()));
    vstore(c + 1500, (vload(m + 1500) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 1516, (vload(m + 1516) > 0.0f ? acc_r5v1 : vzero()));
    vstore(c + 1532, (vload(m + 1532) > 0.0f ? acc_r5v2 : vzero()));
    vstore(c + 1548, (vload(m + 1548) > 0.0f ? acc_r5v3 : vzero()));
}

/* 6 rows x 3 column vectors: 18 accumulators */
static inline __attribute__((always_inline)) void k25_dense_bwd_data_relu_bwd_n128_k300_tile_6x3t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); }
        { const vf ab = vbcast(a[10 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); }
        { const vf ab = vbcast(a[20 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); }
        { const vf ab = vbcast(a[30 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); }
        { const vf ab = vbcast(a[40 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); }
        { const vf ab = vbcast(a[50 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore_part(c + 32, (vload_part(m + 32, 12) > 0.0f ? acc_r0v2 : vzero()), 12);
    vstore(c + 300, (vload(m + 300) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 316, (vload(m + 316) > 0.0f ? acc_r1v1 : vzero()));
    vstore_part(c + 332, (vload_part(m + 332, 12) > 0.0f ? acc_r1v2 : vzero()), 12);
    vstore(c + 600, (vload(m + 600) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 616, (vload(m + 616) > 0.0f ? acc_r2v1 : vzero()));
    vstore_part(c + 632, (vload_part(m + 632, 12) > 0.0f ? acc_r2v2 : vzero()), 12);
    vstore(c + 900, (vload(m + 900) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 916, (vload(m + 916) > 0.0f ? acc_r3v1 : vzero()));
    vstore_part(c + 932, (vload_part(m + 932, 12) > 0.0f ? acc_r3v2 : vzero()), 12);
    vstore(c + 1200, (vload(m + 1200) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 1216, (vload(m + 1216) > 0.0f ? acc_r4v1 : vzero()));
    vstore_part(c + 1232, (vload_part(m + 1232, 12) > 0.0f ? acc_r4v2 : vzero()), 12);
    vstore(c + 1500, (vload(m + 1500) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 1516, (vload(m + 1516) > 0.0f ? acc_r5v1 : vzero()));
    vstore_part(c + 1532, (vload_part(m + 1532, 12) > 0.0f ? acc_r5v2 : vzero()), 12);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k25_dense_bwd_data_relu_bwd_n128_k300_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32), b3 = vload(bm + (long)p * 304 + 48);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
}

/* 1 rows x 3 column vectors: 3 accumulators */
static inline __attribute__((always_inline)) void k25_dense_bwd_data_relu_bwd_n128_k300_tile_1x3t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero();
    for (int p = 0; p < 10; p++) {
        const vf b0 = vload(bm + (long)p * 304 + 0), b1 = vload(bm + (long)p * 304 + 16), b2 = vload(bm + (long)p * 304 + 32);
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore_part(c + 32, (vload_part(m + 32, 12) > 0.0f ? acc_r0v2 : vzero()), 12);
}

/* k25_dense_bwd_data_relu_bwd_n128_k300 — gemm kernel
 *   node n32 "ddense_2.data" (dense_bwd_data), from $.layers[3]
 *   node n33 "ddense_1.relu" (relu_bwd), from $.layers[2]
 *   in  ddense_2_pre               (128, 10) NC
 *   in  dense_2/kernel.transposed304 (300, 10) IO
 *   in  dense_1_out                (128, 300) NC
 *   out ddense_1_pre               (128, 300) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k25_dense_bwd_data_relu_bwd_n128_k300(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel_transposed304, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)
{
    /* C (nb x 300) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 5; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_2_kernel_transposed304 + j0 * 16;
            if (i0 < full_rows) {
                if (g < 4) k25_dense_bwd_data_relu_bwd_n128_k300_tile_6x4(ddense_2_pre + (long)i0 * 10, bg, bias_g, ddense_1_pre + (long)i0 * 300 + j0 * 16, db_g, 0, dense_1_out + (long)i0 * 300 + j0 * 16);
                else k25_dense_bwd_data_relu_bwd_n128_k300_tile_6x3t(ddense_2_pre + (long)i0 * 10, bg, bias_g, ddense_1_pre + (long)i0 * 300 + j0 * 16, db_g, 0, dense_1_out + (long)i0 * 300 + j0 * 16);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 4) k25_dense_bwd_data_relu_bwd_n128_k300_tile_1x4(ddense_2_pre + (long)i * 10, bg, bias_g, ddense_1_pre + (long)i * 300 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_1_out + (long)i * 300 + j0 * 16);
                    else k25_dense_bwd_data_relu_bwd_n128_k300_tile_1x3t(ddense_2_pre + (long)i * 10, bg, bias_g, ddense_1_pre + (long)i * 300 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_1_out + (long)i * 300 + j0 * 16);
                }
            }
        }
}

/* 5 rows x 4 column vectors: 20 accumulators */
static inline __attribute__((always_inline)) void k26_dense_bwd_weights_500x300_tile_5x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 300 + 0), b1 = vload(bm + (long)p * 300 + 16), b2 = vload(bm + (long)p * 300 + 32), b3 = vload(bm + (long)p * 300 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 300 + 0); __builtin_prefetch(bm + (long)(p + 8) * 300 + 16); __builtin_prefetch(bm + (long)(p + 8) * 300 + 32); __builtin_prefetch(bm + (long)(p + 8) * 300 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 500]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[1 + (long)p * 500]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[2 + (long)p * 500]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[3 + (long)p * 500]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[4 + (long)p * 500]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        db0 += b0; db1 += b1; db2 += b2; db3 += b3; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore(c + 48, acc_r0v3);
    vstore(c + 300, acc_r1v0);
    vstore(c + 316, acc_r1v1);
    vstore(c + 332, acc_r1v2);
    vstore(c + 348, acc_r1v3);
    vstore(c + 600, acc_r2v0);
    vstore(c + 616, acc_r2v1);
    vstore(c + 632, acc_r2v2);
    vstore(c + 648, acc_r2v3);
    vstore(c + 900, acc_r3v0);
    vstore(c + 916, acc_r3v1);
    vstore(c + 932, acc_r3v2);
    vstore(c + 948, acc_r3v3);
    vstore(c + 1200, acc_r4v0);
    vstore(c + 1216, acc_r4v1);
    vstore(c + 1232, acc_r4v2);
    vstore(c + 1248, acc_r4v3);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore(dbias + 32, db2);
    if (dbias) vstore(dbias + 48, db3);
}

/* 5 rows x 3 column vectors: 15 accumulators */
static inline __attribute__((always_inline)) void k26_dense_bwd_weights_500x300_tile_5x3t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 300 + 0), b1 = vload(bm + (long)p * 300 + 16), b2 = vload_part(bm + (long)p * 300 + 32, 12);
        __builtin_prefetch(bm + (long)(p + 8) * 300 + 0); __builtin_prefetch(bm + (long)(p + 8) * 300 + 16); __builtin_prefetch(bm + (long)(p + 8) * 300 + 32); 
        { const vf ab = vbcast(a[0 + (long)p * 500]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); }
        { const vf ab = vbcast(a[1 + (long)p * 500]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); }
        { const vf ab = vbcast(a[2 + (long)p * 500]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); }
        { const vf ab = vbcast(a[3 + (long)p * 500]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); }
        { const vf ab = vbcast(a[4 + (long)p * 500]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); }
        db0 += b0; db1 += b1; db2 += b2; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore_part(c + 32, acc_r0v2, 12);
    vstore(c + 300, acc_r1v0);
    vstore(c + 316, acc_r1v1);
    vstore_part(c + 332, acc_r1v2, 12);
    vstore(c + 600, acc_r2v0);
    vstore(c + 616, acc_r2v1);
    vstore_part(c + 632, acc_r2v2, 12);
    vstore(c + 900, acc_r3v0);
    vstore(c + 916, acc_r3v1);
    vstore_part(c + 932, acc_r3v2, 12);
    vstore(c + 1200, acc_r4v0);
    vstore(c + 1216, acc_r4v1);
    vstore_part(c + 1232, acc_r4v2, 12);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore_part(dbias + 32, db2, 12);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k26_dense_bwd_weights_500x300_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 300 + 0), b1 = vload(bm + (long)p * 300 + 16), b2 = vload(bm + (long)p * 300 + 32), b3 = vload(bm + (long)p * 300 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 300 + 0); __builtin_prefetch(bm + (long)(p + 8) * 300 + 16); __builtin_prefetch(bm + (long)(p + 8) * 300 + 32); __builtin_prefetch(bm + (long)(p + 8) * 300 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 500]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
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

/* 1 rows x 3 column vectors: 3 accumulators */
static inline __attribute__((always_inline)) void k26_dense_bwd_weights_500x300_tile_1x3t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 300 + 0), b1 = vload(bm + (long)p * 300 + 16), b2 = vload_part(bm + (long)p * 300 + 32, 12);
        __builtin_prefetch(bm + (long)(p + 8) * 300 + 0); __builtin_prefetch(bm + (long)(p + 8) * 300 + 16); __builtin_prefetch(bm + (long)(p + 8) * 300 + 32); 
        { const vf ab = vbcast(a[0 + (long)p * 500]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); }
        db0 += b0; db1 += b1; db2 += b2; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore_part(c + 32, acc_r0v2, 12);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore_part(dbias + 32, db2, 12);
}

/* k26_dense_bwd_weights_500x300 — gemm kernel
 *   node n34 "ddense_1.weights" (dense_bwd_weights), from $.layers[2]
 *   in  ddense_1_pre               (128, 300) NC
 *   in  dense_out                  (128, 500) NC
 *   out ddense_1/kernel            (500, 300) IO
 *   out ddense_1/bias              (300) C
 *   register tile: 5 rows x 4 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k26_dense_bwd_weights_500x300(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)
{
    /* C (500 x 300) in tiles of 5 rows x 4 vectors of 16 columns */
    const int full_rows = 500 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 5; g++) {
            if (i0 >= 500) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_1_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_1_pre + j0 * 16;
            if (i0 < full_rows) {
                if (g < 4) k26_dense_bwd_weights_500x300_tile_5x4(dense_out + (long)i0 * 1, bg, bias_g, ddense_1_kernel + (long)i0 * 300 + j0 * 16, db_g, nb, NULL);
                else k26_dense_bwd_weights_500x300_tile_5x3t(dense_out + (long)i0 * 1, bg, bias_g, ddense_1_kernel + (long)i0 * 300 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 500; i++) {  /* the last rows, one at a time */
                    if (g < 4) k26_dense_bwd_weights_500x300_tile_1x4(dense_out + (long)i * 1, bg, bias_g, ddense_1_kernel + (long)i * 300 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                    else k26_dense_bwd_weights_500x300_tile_1x3t(dense_out + (long)i * 1, bg, bias_g, ddense_1_kernel + (long)i * 300 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k27_reorder_500x300 — reorder kernel
 *   node n35 "reorder.dense_1/kernel.transposed512" (reorder), from $.layers[2]
 *   in  dense_1/kernel             (500, 300) IO
 *   out dense_1/kernel.transposed512 (500, 300) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k27_reorder_500x300(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed512)
{
    /* dense_1/kernel -> dense_1/kernel.transposed512 */
    /* (500, 300) -> transposed (300, 512), zero-padded */
    #pragma omp for schedule(static)
    for (int r0 = 0; r0 < 300; r0 += 16)  /* 16x16 tiles */
        for (int c0 = 0; c0 < 512; c0 += 16)
            for (int c = c0; c < c0 + 16; c++)
                for (int r = r0; r < r0 + 16 && r < 300; r++) dense_1_kernel_transposed512[(long)r * 512 + c] = c < 500 ? dense_1_kernel[(long)c * 300 + r] : 0.0f;
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k28_dense_bwd_data_relu_bwd_n128_k500_tile_6x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 300; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[300 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[600 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[900 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[1200 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[1500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
    vstore(c + 500, (vload(m + 500) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 516, (vload(m + 516) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 532, (vload(m + 532) > 0.0f ? acc_r1v2 : vzero()));
    vstore(c + 548, (vload(m + 548) > 0.0f ? acc_r1v3 : vzero()));
    vstore(c + 1000, (vload(m + 1000) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 1016, (vload(m + 1016) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 1032, (vload(m + 1032) > 0.0f ? acc_r2v2 : vzero()));
    vstore(c + 1048, (vload(m + 1048) > 0.0f ? acc_r2v3 : vzero()));
    vstore(c + 1500, (vload(m + 1500) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 1516, (vload(m + 1516) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 1532, (vload(m + 1532) > 0.0f ? acc_r3v2 : vzero()));
    vstore(c + 1548, (vload(m + 1548) > 0.0f ? acc_r3v3 : vzero()));
    vstore(c + 2000, (vload(m + 2000) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 2016, (vload(m + 2016) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 2032, (vload(m + 2032) > 0.0f ? acc_r4v2 : vzero()));
    vstore(c + 2048, (vload(m + 2048) > 0.0f ? acc_r4v3 : vzero()));
    vstore(c + 2500, (vload(m + 2500) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 2516, (vload(m + 2516) > 0.0f ? acc_r5v1 : vzero()));
    vstore(c + 2532, (vload(m + 2532) > 0.0f ? acc_r5v2 : vzero()));
    vstore(c + 2548, (vload(m + 2548) > 0.0f ? acc_r5v3 : vzero()));
}

/* 6 rows x 4 column vectors: 24 accumulators */
static inline __attribute__((always_inline)) void k28_dense_bwd_data_relu_bwd_n128_k500_tile_6x4t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf acc_r5v0 = vzero(), acc_r5v1 = vzero(), acc_r5v2 = vzero(), acc_r5v3 = vzero();
    for (int p = 0; p < 300; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        { const vf ab = vbcast(a[300 + (long)p * 1]); acc_r1v0 = vfma(ab, b0, acc_r1v0); acc_r1v1 = vfma(ab, b1, acc_r1v1); acc_r1v2 = vfma(ab, b2, acc_r1v2); acc_r1v3 = vfma(ab, b3, acc_r1v3); }
        { const vf ab = vbcast(a[600 + (long)p * 1]); acc_r2v0 = vfma(ab, b0, acc_r2v0); acc_r2v1 = vfma(ab, b1, acc_r2v1); acc_r2v2 = vfma(ab, b2, acc_r2v2); acc_r2v3 = vfma(ab, b3, acc_r2v3); }
        { const vf ab = vbcast(a[900 + (long)p * 1]); acc_r3v0 = vfma(ab, b0, acc_r3v0); acc_r3v1 = vfma(ab, b1, acc_r3v1); acc_r3v2 = vfma(ab, b2, acc_r3v2); acc_r3v3 = vfma(ab, b3, acc_r3v3); }
        { const vf ab = vbcast(a[1200 + (long)p * 1]); acc_r4v0 = vfma(ab, b0, acc_r4v0); acc_r4v1 = vfma(ab, b1, acc_r4v1); acc_r4v2 = vfma(ab, b2, acc_r4v2); acc_r4v3 = vfma(ab, b3, acc_r4v3); }
        { const vf ab = vbcast(a[1500 + (long)p * 1]); acc_r5v0 = vfma(ab, b0, acc_r5v0); acc_r5v1 = vfma(ab, b1, acc_r5v1); acc_r5v2 = vfma(ab, b2, acc_r5v2); acc_r5v3 = vfma(ab, b3, acc_r5v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore_part(c + 48, (vload_part(m + 48, 4) > 0.0f ? acc_r0v3 : vzero()), 4);
    vstore(c + 500, (vload(m + 500) > 0.0f ? acc_r1v0 : vzero()));
    vstore(c + 516, (vload(m + 516) > 0.0f ? acc_r1v1 : vzero()));
    vstore(c + 532, (vload(m + 532) > 0.0f ? acc_r1v2 : vzero()));
    vstore_part(c + 548, (vload_part(m + 548, 4) > 0.0f ? acc_r1v3 : vzero()), 4);
    vstore(c + 1000, (vload(m + 1000) > 0.0f ? acc_r2v0 : vzero()));
    vstore(c + 1016, (vload(m + 1016) > 0.0f ? acc_r2v1 : vzero()));
    vstore(c + 1032, (vload(m + 1032) > 0.0f ? acc_r2v2 : vzero()));
    vstore_part(c + 1048, (vload_part(m + 1048, 4) > 0.0f ? acc_r2v3 : vzero()), 4);
    vstore(c + 1500, (vload(m + 1500) > 0.0f ? acc_r3v0 : vzero()));
    vstore(c + 1516, (vload(m + 1516) > 0.0f ? acc_r3v1 : vzero()));
    vstore(c + 1532, (vload(m + 1532) > 0.0f ? acc_r3v2 : vzero()));
    vstore_part(c + 1548, (vload_part(m + 1548, 4) > 0.0f ? acc_r3v3 : vzero()), 4);
    vstore(c + 2000, (vload(m + 2000) > 0.0f ? acc_r4v0 : vzero()));
    vstore(c + 2016, (vload(m + 2016) > 0.0f ? acc_r4v1 : vzero()));
    vstore(c + 2032, (vload(m + 2032) > 0.0f ? acc_r4v2 : vzero()));
    vstore_part(c + 2048, (vload_part(m + 2048, 4) > 0.0f ? acc_r4v3 : vzero()), 4);
    vstore(c + 2500, (vload(m + 2500) > 0.0f ? acc_r5v0 : vzero()));
    vstore(c + 2516, (vload(m + 2516) > 0.0f ? acc_r5v1 : vzero()));
    vstore(c + 2532, (vload(m + 2532) > 0.0f ? acc_r5v2 : vzero()));
    vstore_part(c + 2548, (vload_part(m + 2548, 4) > 0.0f ? acc_r5v3 : vzero()), 4);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k28_dense_bwd_data_relu_bwd_n128_k500_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 300; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore(c + 48, (vload(m + 48) > 0.0f ? acc_r0v3 : vzero()));
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k28_dense_bwd_data_relu_bwd_n128_k500_tile_1x4t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    for (int p = 0; p < 300; p++) {
        const vf b0 = vload(bm + (long)p * 512 + 0), b1 = vload(bm + (long)p * 512 + 16), b2 = vload(bm + (long)p * 512 + 32), b3 = vload(bm + (long)p * 512 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 512 + 0); __builtin_prefetch(bm + (long)(p + 8) * 512 + 16); __builtin_prefetch(bm + (long)(p + 8) * 512 + 32); __builtin_prefetch(bm + (long)(p + 8) * 512 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 1]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
    }
    vstore(c + 0, (vload(m + 0) > 0.0f ? acc_r0v0 : vzero()));
    vstore(c + 16, (vload(m + 16) > 0.0f ? acc_r0v1 : vzero()));
    vstore(c + 32, (vload(m + 32) > 0.0f ? acc_r0v2 : vzero()));
    vstore_part(c + 48, (vload_part(m + 48, 4) > 0.0f ? acc_r0v3 : vzero()), 4);
}

/* k28_dense_bwd_data_relu_bwd_n128_k500 — gemm kernel
 *   node n36 "ddense_1.data" (dense_bwd_data), from $.layers[2]
 *   node n37 "ddense.relu" (relu_bwd), from $.layers[1]
 *   in  ddense_1_pre               (128, 300) NC
 *   in  dense_1/kernel.transposed512 (500, 300) IO
 *   in  dense_out                  (128, 500) NC
 *   out ddense_pre                 (128, 500) NC
 *   register tile: 6 rows x 4 column vectors
 *   schedule: OpenMP over output rows; ISA avx512 */
void k28_dense_bwd_data_relu_bwd_n128_k500(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed512, const float *restrict dense_out, float *restrict ddense_pre, int nb)
{
    /* C (nb x 500) in tiles of 6 rows x 4 vectors of 16 columns */
    const int full_rows = nb / 6 * 6;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 6; i0 += 6)
        for (int g = 0; g < 8; g++) {
            if (i0 >= nb) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = NULL;
            const float *bg = dense_1_kernel_transposed512 + j0 * 16;
            if (i0 < full_rows) {
                if (g < 7) k28_dense_bwd_data_relu_bwd_n128_k500_tile_6x4(ddense_1_pre + (long)i0 * 300, bg, bias_g, ddense_pre + (long)i0 * 500 + j0 * 16, db_g, 0, dense_out + (long)i0 * 500 + j0 * 16);
                else k28_dense_bwd_data_relu_bwd_n128_k500_tile_6x4t(ddense_1_pre + (long)i0 * 300, bg, bias_g, ddense_pre + (long)i0 * 500 + j0 * 16, db_g, 0, dense_out + (long)i0 * 500 + j0 * 16);
            } else {
                for (int i = i0; i < nb; i++) {  /* the last rows, one at a time */
                    if (g < 7) k28_dense_bwd_data_relu_bwd_n128_k500_tile_1x4(ddense_1_pre + (long)i * 300, bg, bias_g, ddense_pre + (long)i * 500 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_out + (long)i * 500 + j0 * 16);
                    else k28_dense_bwd_data_relu_bwd_n128_k500_tile_1x4t(ddense_1_pre + (long)i * 300, bg, bias_g, ddense_pre + (long)i * 500 + j0 * 16, i == 0 ? db_g : NULL, 0, dense_out + (long)i * 500 + j0 * 16);
                }
            }
        }
}

/* 5 rows x 4 column vectors: 20 accumulators */
static inline __attribute__((always_inline)) void k29_dense_bwd_weights_784x500_tile_5x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 500 + 0), b1 = vload(bm + (long)p * 500 + 16), b2 = vload(bm + (long)p * 500 + 32), b3 = vload(bm + (long)p * 500 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 500 + 0); __builtin_prefetch(bm + (long)(p + 8) * 500 + 16); __builtin_prefetch(bm + (long)(p + 8) * 500 + 32); __builtin_prefetch(bm + (long)(p + 8) * 500 + 48); 
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
    vstore(c + 500, acc_r1v0);
    vstore(c + 516, acc_r1v1);
    vstore(c + 532, acc_r1v2);
    vstore(c + 548, acc_r1v3);
    vstore(c + 1000, acc_r2v0);
    vstore(c + 1016, acc_r2v1);
    vstore(c + 1032, acc_r2v2);
    vstore(c + 1048, acc_r2v3);
    vstore(c + 1500, acc_r3v0);
    vstore(c + 1516, acc_r3v1);
    vstore(c + 1532, acc_r3v2);
    vstore(c + 1548, acc_r3v3);
    vstore(c + 2000, acc_r4v0);
    vstore(c + 2016, acc_r4v1);
    vstore(c + 2032, acc_r4v2);
    vstore(c + 2048, acc_r4v3);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore(dbias + 32, db2);
    if (dbias) vstore(dbias + 48, db3);
}

/* 5 rows x 4 column vectors: 20 accumulators */
static inline __attribute__((always_inline)) void k29_dense_bwd_weights_784x500_tile_5x4t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf acc_r1v0 = vzero(), acc_r1v1 = vzero(), acc_r1v2 = vzero(), acc_r1v3 = vzero();
    vf acc_r2v0 = vzero(), acc_r2v1 = vzero(), acc_r2v2 = vzero(), acc_r2v3 = vzero();
    vf acc_r3v0 = vzero(), acc_r3v1 = vzero(), acc_r3v2 = vzero(), acc_r3v3 = vzero();
    vf acc_r4v0 = vzero(), acc_r4v1 = vzero(), acc_r4v2 = vzero(), acc_r4v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 500 + 0), b1 = vload(bm + (long)p * 500 + 16), b2 = vload(bm + (long)p * 500 + 32), b3 = vload_part(bm + (long)p * 500 + 48, 4);
        __builtin_prefetch(bm + (long)(p + 8) * 500 + 0); __builtin_prefetch(bm + (long)(p + 8) * 500 + 16); __builtin_prefetch(bm + (long)(p + 8) * 500 + 32); __builtin_prefetch(bm + (long)(p + 8) * 500 + 48); 
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
    vstore_part(c + 48, acc_r0v3, 4);
    vstore(c + 500, acc_r1v0);
    vstore(c + 516, acc_r1v1);
    vstore(c + 532, acc_r1v2);
    vstore_part(c + 548, acc_r1v3, 4);
    vstore(c + 1000, acc_r2v0);
    vstore(c + 1016, acc_r2v1);
    vstore(c + 1032, acc_r2v2);
    vstore_part(c + 1048, acc_r2v3, 4);
    vstore(c + 1500, acc_r3v0);
    vstore(c + 1516, acc_r3v1);
    vstore(c + 1532, acc_r3v2);
    vstore_part(c + 1548, acc_r3v3, 4);
    vstore(c + 2000, acc_r4v0);
    vstore(c + 2016, acc_r4v1);
    vstore(c + 2032, acc_r4v2);
    vstore_part(c + 2048, acc_r4v3, 4);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore(dbias + 32, db2);
    if (dbias) vstore_part(dbias + 48, db3, 4);
}

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k29_dense_bwd_weights_784x500_tile_1x4(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 500 + 0), b1 = vload(bm + (long)p * 500 + 16), b2 = vload(bm + (long)p * 500 + 32), b3 = vload(bm + (long)p * 500 + 48);
        __builtin_prefetch(bm + (long)(p + 8) * 500 + 0); __builtin_prefetch(bm + (long)(p + 8) * 500 + 16); __builtin_prefetch(bm + (long)(p + 8) * 500 + 32); __builtin_prefetch(bm + (long)(p + 8) * 500 + 48); 
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

/* 1 rows x 4 column vectors: 4 accumulators */
static inline __attribute__((always_inline)) void k29_dense_bwd_weights_784x500_tile_1x4t(const float *restrict a, const float *restrict bm, const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)
{
    (void)bias; (void)dbias; (void)np; (void)m;
    vf acc_r0v0 = vzero(), acc_r0v1 = vzero(), acc_r0v2 = vzero(), acc_r0v3 = vzero();
    vf db0 = vzero(), db1 = vzero(), db2 = vzero(), db3 = vzero();
    for (int p = 0; p < np; p++) {
        const vf b0 = vload(bm + (long)p * 500 + 0), b1 = vload(bm + (long)p * 500 + 16), b2 = vload(bm + (long)p * 500 + 32), b3 = vload_part(bm + (long)p * 500 + 48, 4);
        __builtin_prefetch(bm + (long)(p + 8) * 500 + 0); __builtin_prefetch(bm + (long)(p + 8) * 500 + 16); __builtin_prefetch(bm + (long)(p + 8) * 500 + 32); __builtin_prefetch(bm + (long)(p + 8) * 500 + 48); 
        { const vf ab = vbcast(a[0 + (long)p * 784]); acc_r0v0 = vfma(ab, b0, acc_r0v0); acc_r0v1 = vfma(ab, b1, acc_r0v1); acc_r0v2 = vfma(ab, b2, acc_r0v2); acc_r0v3 = vfma(ab, b3, acc_r0v3); }
        db0 += b0; db1 += b1; db2 += b2; db3 += b3; 
    }
    vstore(c + 0, acc_r0v0);
    vstore(c + 16, acc_r0v1);
    vstore(c + 32, acc_r0v2);
    vstore_part(c + 48, acc_r0v3, 4);
    if (dbias) vstore(dbias + 0, db0);
    if (dbias) vstore(dbias + 16, db1);
    if (dbias) vstore(dbias + 32, db2);
    if (dbias) vstore_part(dbias + 48, db3, 4);
}

/* k29_dense_bwd_weights_784x500 — gemm kernel
 *   node n38 "ddense.weights" (dense_bwd_weights), from $.layers[1]
 *   in  ddense_pre                 (128, 500) NC
 *   in  flatten_out                (128, 784) NC
 *   out ddense/kernel              (784, 500) IO
 *   out ddense/bias                (500) C
 *   register tile: 5 rows x 4 column vectors
 *   schedule: OpenMP over rows of the gradient; ISA avx512 */
void k29_dense_bwd_weights_784x500(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)
{
    /* C (784 x 500) in tiles of 5 rows x 4 vectors of 16 columns */
    const int full_rows = 784 / 5 * 5;
    #pragma omp for schedule(static) collapse(2)
    for (int i0 = 0; i0 < full_rows + 5; i0 += 5)
        for (int g = 0; g < 8; g++) {
            if (i0 >= 784) continue;
            const int j0 = g * 4;  /* first column vector */
            const float *bias_g = NULL;
            float *db_g = i0 == 0 ? ddense_bias + j0 * 16 : NULL;  /* the bias gradient, once */
            const float *bg = ddense_pre + j0 * 16;
            if (i0 < full_rows) {
                if (g < 7) k29_dense_bwd_weights_784x500_tile_5x4(flatten_out + (long)i0 * 1, bg, bias_g, ddense_kernel + (long)i0 * 500 + j0 * 16, db_g, nb, NULL);
                else k29_dense_bwd_weights_784x500_tile_5x4t(flatten_out + (long)i0 * 1, bg, bias_g, ddense_kernel + (long)i0 * 500 + j0 * 16, db_g, nb, NULL);
            } else {
                for (int i = i0; i < 784; i++) {  /* the last rows, one at a time */
                    if (g < 7) k29_dense_bwd_weights_784x500_tile_1x4(flatten_out + (long)i * 1, bg, bias_g, ddense_kernel + (long)i * 500 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                    else k29_dense_bwd_weights_784x500_tile_1x4t(flatten_out + (long)i * 1, bg, bias_g, ddense_kernel + (long)i * 500 + j0 * 16, i == 0 ? db_g : NULL, nb, NULL);
                }
            }
        }
}

/* k30_sgd_update_regularizer_bwd_p545840 — optimizer kernel
 *   node n39 "ddense.kernel_regularizer" (regularizer_bwd), from $.layers[1]
 *   node n40 "ddense_1.kernel_regularizer" (regularizer_bwd), from $.layers[2]
 *   node n41 "sgd" (sgd_update), from $.optimizer
 *   in  dense/kernel               (784, 500) IO
 *   in  dense_1/kernel             (500, 300) IO
 *   out ddense/kernel              (784, 500) IO
 *   out ddense_1/kernel            (500, 300) IO
 *   schedule: OpenMP over elements; ISA avx512 */
void k30_sgd_update_regularizer_bwd_p545840(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)
{
    (void)v; (void)t;
    (void)m;
    /* slice by slice; a regularized weight's gradient takes its penalty's term (Keras's
     * L1L2: l1 * sign(w) + 2 * l2 * w) and is stored with it; the slices share no
     * element, so only the last waits for the threads */
    /* dense/kernel */
    #pragma omp for schedule(static) nowait
    for (long i = 0; i < 392000; i++) {
        const float gi = g[i] + (2.0f * 9.99999997e-07f * p[i]);
        g[i] = gi;
        p[i] -= lr * gi;
    }
    #pragma omp for schedule(static) nowait
    for (long i = 392000; i < 392512; i++) {
        p[i] -= lr * g[i];
    }
    /* dense_1/kernel */
    #pragma omp for schedule(static) nowait
    for (long i = 392512; i < 542512; i++) {
        const float gi = g[i] + (2.0f * 9.99999997e-07f * p[i]);
        g[i] = gi;
        p[i] -= lr * gi;
    }
    #pragma omp for schedule(static)
    for (long i = 542512; i < 545840; i++) {
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
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 500) */
    float *const dense_kernel_padded512 = A + 0;  /* dense/kernel.padded512 (784, 500) */
    float *const dense_bias = P + 392000;  /* dense/bias (500) */
    float *const dense_bias_padded512 = A + 465408;  /* dense/bias.padded512 (500) */
    const float *const flatten_out = s->x;  /* flatten_out (128, 784) */
    float *const dense_out = A + 401408;  /* dense_out (128, 500) */
    float *const dense_1_kernel = P + 392512;  /* dense_1/kernel (500, 300) */
    float *const dense_1_kernel_padded304 = A + 0;  /* dense_1/kernel.padded304 (500, 300) */
    float *const dense_1_bias = P + 542512;  /* dense_1/bias (300) */
    float *const dense_1_bias_padded304 = A + 190400;  /* dense_1/bias.padded304 (300) */
    float *const dense_1_out = A + 152000;  /* dense_1_out (128, 300) */
    float *const dense_2_kernel = P + 542816;  /* dense_2/kernel (300, 10) */
    float *const dense_2_kernel_padded16 = A + 0;  /* dense_2/kernel.padded16 (300, 10) */
    float *const dense_2_bias = P + 545824;  /* dense_2/bias (10) */
    float *const dense_2_bias_padded16 = A + 6080;  /* dense_2/bias.padded16 (10) */
    float *const dense_2_pre = A + 4800;  /* dense_2_pre (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const ddense_2_pre = A + 3040;  /* ddense_2_pre (128, 10) */
    float *const dense_2_pre_per_sample = A + 0;  /* dense_2_pre.per_sample (512) */
    float *const ddense_2_kernel = G + 542816;  /* ddense_2/kernel (300, 10) */
    float *const ddense_2_bias = G + 545824;  /* ddense_2/bias (10) */
    float *const dense_2_kernel_transposed304 = A + 0;  /* dense_2/kernel.transposed304 (300, 10) */
    float *const ddense_1_pre = A + 217600;  /* ddense_1_pre (128, 300) */
    float *const ddense_1_kernel = G + 392512;  /* ddense_1/kernel (500, 300) */
    float *const ddense_1_bias = G + 542512;  /* ddense_1/bias (300) */
    float *const dense_1_kernel_transposed512 = A + 0;  /* dense_1/kernel.transposed512 (500, 300) */
    float *const ddense_pre = A + 153600;  /* ddense_pre (128, 500) */
    float *const ddense_kernel = G + 0;  /* ddense/kernel (784, 500) */
    float *const ddense_bias = G + 392000;  /* ddense/bias (500) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 2529890 FLOP per sample, 2183360 bytes of parameters: threads at any batch */
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        k00_reorder_784x500(dense_kernel, dense_kernel_padded512);
        k01_reorder_c500(dense_bias, dense_bias_padded512);
        k02_dense_fwd_relu_n128_k500(flatten_out, dense_kernel_padded512, dense_bias_padded512, dense_out, nb);
        k03_reorder_500x300(dense_1_kernel, dense_1_kernel_padded304);
        k04_reorder_c300(dense_1_bias, dense_1_bias_padded304);
        k05_dense_fwd_relu_n128_k300(dense_out, dense_1_kernel_padded304, dense_1_bias_padded304, dense_1_out, nb);
        k06_reorder_300x10(dense_2_kernel, dense_2_kernel_padded16);
        k07_reorder_c10(dense_2_bias, dense_2_bias_padded16);
        k08_dense_fwd_n128_k10(dense_1_out, dense_2_kernel_padded16, dense_2_bias_padded16, dense_2_pre, nb);
        k19_softmax_ce_softmax_ce_bwd_n128_k10(dense_2_pre, y, ddense_2_pre, dense_2_pre_per_sample, nb, &s->loss, &s->metric);
        k21_regularizer_784x500(dense_kernel, &s->loss);
        k22_regularizer_500x300(dense_1_kernel, &s->loss);
        k23_dense_bwd_weights_300x10(ddense_2_pre, dense_1_out, ddense_2_kernel, ddense_2_bias, nb);
        k24_reorder_300x10(dense_2_kernel, dense_2_kernel_transposed304);
        k25_dense_bwd_data_relu_bwd_n128_k300(ddense_2_pre, dense_2_kernel_transposed304, dense_1_out, ddense_1_pre, nb);
        k26_dense_bwd_weights_500x300(ddense_1_pre, dense_out, ddense_1_kernel, ddense_1_bias, nb);
        k27_reorder_500x300(dense_1_kernel, dense_1_kernel_transposed512);
        k28_dense_bwd_data_relu_bwd_n128_k500(ddense_1_pre, dense_1_kernel_transposed512, dense_out, ddense_pre, nb);
        k29_dense_bwd_weights_784x500(ddense_pre, flatten_out, ddense_kernel, ddense_bias, nb);
        k30_sgd_update_regularizer_bwd_p545840(P, G, M, V, s->step, s->learning_rate);
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
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 500) */
    float *const dense_kernel_padded512_2 = A + 465920;  /* dense/kernel.padded512.2 (784, 500) */
    float *const dense_bias = P + 392000;  /* dense/bias (500) */
    float *const dense_bias_padded512_2 = A + 867328;  /* dense/bias.padded512.2 (500) */
    const float *const flatten_out_infer = s->x;  /* flatten_out_infer (128, 784) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (128, 500) */
    float *const dense_1_kernel = P + 392512;  /* dense_1/kernel (500, 300) */
    float *const dense_1_kernel_padded304_2 = A + 867840;  /* dense_1/kernel.padded304.2 (500, 300) */
    float *const dense_1_bias = P + 542512;  /* dense_1/bias (300) */
    float *const dense_1_bias_padded304_2 = A + 1019840;  /* dense_1/bias.padded304.2 (300) */
    float *const dense_1_out_infer = A + 64000;  /* dense_1_out_infer (128, 300) */
    float *const dense_2_kernel = P + 542816;  /* dense_2/kernel (300, 10) */
    float *const dense_2_kernel_padded16_2 = A + 1020144;  /* dense_2/kernel.padded16.2 (300, 10) */
    float *const dense_2_bias = P + 545824;  /* dense_2/bias (10) */
    float *const dense_2_bias_padded16_2 = A + 1024944;  /* dense_2/bias.padded16.2 (10) */
    float *const dense_2_pre_infer = A + 0;  /* dense_2_pre_infer (128, 10) */
    const float *const y = s->y;  /* y (128, 10) */
    float *const probs_eval = A + 1280;  /* probs_eval (128, 10) */
    float *const dense_2_pre_infer_per_sample = A + 2560;  /* dense_2_pre_infer.per_sample (512) */
    s->loss = 0.0;
    s->metric = 0.0;
    /* 1108617 FLOP per sample, 2183360 bytes of parameters: threads at any batch */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        if (copy_weights) k09_reorder_784x500(dense_kernel, dense_kernel_padded512_2);
        if (copy_weights) k10_reorder_c500(dense_bias, dense_bias_padded512_2);
        k11_dense_fwd_relu_n128_k500(flatten_out_infer, dense_kernel_padded512_2, dense_bias_padded512_2, dense_out_infer, nb);
        if (copy_weights) k12_reorder_500x300(dense_1_kernel, dense_1_kernel_padded304_2);
        if (copy_weights) k13_reorder_c300(dense_1_bias, dense_1_bias_padded304_2);
        k14_dense_fwd_relu_n128_k300(dense_out_infer, dense_1_kernel_padded304_2, dense_1_bias_padded304_2, dense_1_out_infer, nb);
        if (copy_weights) k15_reorder_300x10(dense_2_kernel, dense_2_kernel_padded16_2);
        if (copy_weights) k16_reorder_c10(dense_2_bias, dense_2_bias_padded16_2);
        k17_dense_fwd_n128_k10(dense_1_out_infer, dense_2_kernel_padded16_2, dense_2_bias_padded16_2, dense_2_pre_infer, nb);
        k20_softmax_ce_n128_k10(dense_2_pre_infer, y, probs_eval, dense_2_pre_infer_per_sample, nb, &s->loss, &s->metric);
        k21_regularizer_784x500(dense_kernel, &s->loss);
        k22_regularizer_500x300(dense_1_kernel, &s->loss);
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
    float *const dense_kernel = P + 0;  /* dense/kernel (784, 500) */
    float *const dense_kernel_padded512_2 = A + 465920;  /* dense/kernel.padded512.2 (784, 500) */
    float *const dense_bias = P + 392000;  /* dense/bias (500) */
    float *const dense_bias_padded512_2 = A + 867328;  /* dense/bias.padded512.2 (500) */
    const float *const flatten_out_infer = s->x;  /* flatten_out_infer (128, 784) */
    float *const dense_out_infer = A + 0;  /* dense_out_infer (128, 500) */
    float *const dense_1_kernel = P + 392512;  /* dense_1/kernel (500, 300) */
    float *const dense_1_kernel_padded304_2 = A + 867840;  /* dense_1/kernel.padded304.2 (500, 300) */
    float *const dense_1_bias = P + 542512;  /* dense_1/bias (300) */
    float *const dense_1_bias_padded304_2 = A + 1019840;  /* dense_1/bias.padded304.2 (300) */
    float *const dense_1_out_infer = A + 64000;  /* dense_1_out_infer (128, 300) */
    float *const dense_2_kernel = P + 542816;  /* dense_2/kernel (300, 10) */
    float *const dense_2_kernel_padded16_2 = A + 1020144;  /* dense_2/kernel.padded16.2 (300, 10) */
    float *const dense_2_bias = P + 545824;  /* dense_2/bias (10) */
    float *const dense_2_bias_padded16_2 = A + 1024944;  /* dense_2/bias.padded16.2 (10) */
    float *const dense_2_out_infer = s->out;  /* dense_2_out_infer (128, 10) */
    /* 1100168 FLOP per sample, 2183360 bytes of parameters: threads at any batch */
    /* the weight copies at the arena's top are current while the caller holds the weights */
    const int copy_weights = !(s->weights_version && s->weights_cached
                               && *s->weights_cached == s->weights_version);
    #pragma omp parallel
    {
        const unsigned mxcsr = kiln_flush_denormals();
        if (copy_weights) k09_reorder_784x500(dense_kernel, dense_kernel_padded512_2);
        if (copy_weights) k10_reorder_c500(dense_bias, dense_bias_padded512_2);
        k11_dense_fwd_relu_n128_k500(flatten_out_infer, dense_kernel_padded512_2, dense_bias_padded512_2, dense_out_infer, nb);
        if (copy_weights) k12_reorder_500x300(dense_1_kernel, dense_1_kernel_padded304_2);
        if (copy_weights) k13_reorder_c300(dense_1_bias, dense_1_bias_padded304_2);
        k14_dense_fwd_relu_n128_k300(dense_out_infer, dense_1_kernel_padded304_2, dense_1_bias_padded304_2, dense_1_out_infer, nb);
        if (copy_weights) k15_reorder_300x10(dense_2_kernel, dense_2_kernel_padded16_2);
        if (copy_weights) k16_reorder_c10(dense_2_bias, dense_2_bias_padded16_2);
        k18_dense_fwd_softmax_n128_k10(dense_1_out_infer, dense_2_kernel_padded16_2, dense_2_bias_padded16_2, dense_2_out_infer, nb);
        kiln_restore_mxcsr(mxcsr);
    }
    if (s->weights_cached) *s->weights_cached = s->weights_version;
}

/* ---- module descriptor ---- */

static const kiln_tensor_desc tensors[] = {
    {"x", KILN_ROLE_INPUT, 4, {128, 28, 28, 1}, "NHWC", 0, 100352, 0, 0, 0},
    {"dense/kernel", KILN_ROLE_PARAM, 2, {784, 500, 0, 0}, "IO", 0, 392000, 3, 784, 500},
    {"dense/bias", KILN_ROLE_PARAM, 1, {500, 0, 0, 0}, "C", 392000, 500, 1, 0, 0},
    {"dense_pre", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 401408, 64000, 0, 0, 0},
    {"dense_1/kernel", KILN_ROLE_PARAM, 2, {500, 300, 0, 0}, "IO", 392512, 150000, 3, 500, 300},
    {"dense_1/bias", KILN_ROLE_PARAM, 1, {300, 0, 0, 0}, "C", 542512, 300, 1, 0, 0},
    {"dense_1_pre", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_1_out", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 152000, 38400, 0, 0, 0},
    {"dense_2/kernel", KILN_ROLE_PARAM, 2, {300, 10, 0, 0}, "IO", 542816, 3000, 3, 300, 10},
    {"dense_2/bias", KILN_ROLE_PARAM, 1, {10, 0, 0, 0}, "C", 545824, 10, 1, 0, 0},
    {"dense_2_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 4800, 1280, 0, 0, 0},
    {"dense_pre_infer", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_out_infer", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 0, 64000, 0, 0, 0},
    {"dense_1_pre_infer", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_1_out_infer", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 64000, 38400, 0, 0, 0},
    {"dense_2_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"dense_2_predict_pre_infer", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"dense_2_out_infer", KILN_ROLE_OUTPUT, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"y", KILN_ROLE_LABEL, 2, {128, 10, 0, 0}, "NC", 0, 1280, 0, 0, 0},
    {"probs", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"probs_eval", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 1280, 1280, 0, 0, 0},
    {"ddense_2_pre", KILN_ROLE_ACT, 2, {128, 10, 0, 0}, "NC", 3040, 1280, 0, 0, 0},
    {"ddense_2/bias", KILN_ROLE_GRAD, 1, {10, 0, 0, 0}, "C", 545824, 10, 0, 0, 0},
    {"ddense_2/kernel", KILN_ROLE_GRAD, 2, {300, 10, 0, 0}, "IO", 542816, 3000, 0, 0, 0},
    {"ddense_1_out", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_1_pre", KILN_ROLE_ACT, 2, {128, 300, 0, 0}, "NC", 217600, 38400, 0, 0, 0},
    {"ddense_1/bias", KILN_ROLE_GRAD, 1, {300, 0, 0, 0}, "C", 542512, 300, 0, 0, 0},
    {"ddense_1/kernel", KILN_ROLE_GRAD, 2, {500, 300, 0, 0}, "IO", 392512, 150000, 0, 0, 0},
    {"ddense_out", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 0, 0, 0, 0, 0},
    {"ddense_pre", KILN_ROLE_ACT, 2, {128, 500, 0, 0}, "NC", 153600, 64000, 0, 0, 0},
    {"ddense/bias", KILN_ROLE_GRAD, 1, {500, 0, 0, 0}, "C", 392000, 500, 0, 0, 0},
    {"ddense/kernel", KILN_ROLE_GRAD, 2, {784, 500, 0, 0}, "IO", 0, 392000, 0, 0, 0},
    {"dense/kernel.padded512", KILN_ROLE_ACT, 2, {784, 500, 0, 0}, "IO", 0, 392000, 0, 0, 0},
    {"dense/bias.padded512", KILN_ROLE_ACT, 1, {500, 0, 0, 0}, "C", 465408, 500, 0, 0, 0},
    {"dense_1/kernel.padded304", KILN_ROLE_ACT, 2, {500, 300, 0, 0}, "IO", 0, 150000, 0, 0, 0},
    {"dense_1/bias.padded304", KILN_ROLE_ACT, 1, {300, 0, 0, 0}, "C", 190400, 300, 0, 0, 0},
    {"dense_2/kernel.padded16", KILN_ROLE_ACT, 2, {300, 10, 0, 0}, "IO", 0, 3000, 0, 0, 0},
    {"dense_2/bias.padded16", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 6080, 10, 0, 0, 0},
    {"dense/kernel.padded512.2", KILN_ROLE_ACT, 2, {784, 500, 0, 0}, "IO", 465920, 392000, 0, 0, 0},
    {"dense/bias.padded512.2", KILN_ROLE_ACT, 1, {500, 0, 0, 0}, "C", 867328, 500, 0, 0, 0},
    {"dense_1/kernel.padded304.2", KILN_ROLE_ACT, 2, {500, 300, 0, 0}, "IO", 867840, 150000, 0, 0, 0},
    {"dense_1/bias.padded304.2", KILN_ROLE_ACT, 1, {300, 0, 0, 0}, "C", 1019840, 300, 0, 0, 0},
    {"dense_2/kernel.padded16.2", KILN_ROLE_ACT, 2, {300, 10, 0, 0}, "IO", 1020144, 3000, 0, 0, 0},
    {"dense_2/bias.padded16.2", KILN_ROLE_ACT, 1, {10, 0, 0, 0}, "C", 1024944, 10, 0, 0, 0},
    {"dense_2/kernel.transposed304", KILN_ROLE_ACT, 2, {300, 10, 0, 0}, "IO", 0, 3000, 0, 0, 0},
    {"dense_1/kernel.transposed512", KILN_ROLE_ACT, 2, {500, 300, 0, 0}, "IO", 0, 150000, 0, 0, 0},
    {"dense_2_pre.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 0, 512, 0, 0, 0},
    {"dense_2_pre_infer.per_sample", KILN_ROLE_ACT, 1, {512, 0, 0, 0}, "C", 2560, 512, 0, 0, 0},
};

static const kiln_kernel_desc kernels[] = {
    {"k00_reorder_784x500", "void k00_reorder_784x500(const float *restrict dense_kernel, float *restrict dense_kernel_padded512)", 784000, 3136000, 1},
    {"k01_reorder_c500", "void k01_reorder_c500(const float *restrict dense_bias, float *restrict dense_bias_padded512)", 1000, 4000, 1},
    {"k02_dense_fwd_relu_n128_k500", "void k02_dense_fwd_relu_n128_k500(const float *restrict flatten_out, const float *restrict dense_kernel_padded512, const float *restrict dense_bias_padded512, float *restrict dense_out, int nb)", 100480000, 2227408, 1},
    {"k03_reorder_500x300", "void k03_reorder_500x300(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded304)", 300000, 1200000, 1},
    {"k04_reorder_c300", "void k04_reorder_c300(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded304)", 600, 2400, 1},
    {"k05_dense_fwd_relu_n128_k300", "void k05_dense_fwd_relu_n128_k300(const float *restrict dense_out, const float *restrict dense_1_kernel_padded304, const float *restrict dense_1_bias_padded304, float *restrict dense_1_out, int nb)", 38476800, 1010800, 1},
    {"k06_reorder_300x10", "void k06_reorder_300x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_padded16)", 6000, 24000, 1},
    {"k07_reorder_c10", "void k07_reorder_c10(const float *restrict dense_2_bias, float *restrict dense_2_bias_padded16)", 20, 80, 1},
    {"k08_dense_fwd_n128_k10", "void k08_dense_fwd_n128_k10(const float *restrict dense_1_out, const float *restrict dense_2_kernel_padded16, const float *restrict dense_2_bias_padded16, float *restrict dense_2_pre, int nb)", 768000, 170760, 1},
    {"k09_reorder_784x500", "void k09_reorder_784x500(const float *restrict dense_kernel, float *restrict dense_kernel_padded512_2)", 784000, 3136000, 6},
    {"k10_reorder_c500", "void k10_reorder_c500(const float *restrict dense_bias, float *restrict dense_bias_padded512_2)", 1000, 4000, 6},
    {"k11_dense_fwd_relu_n128_k500", "void k11_dense_fwd_relu_n128_k500(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded512_2, const float *restrict dense_bias_padded512_2, float *restrict dense_out_infer, int nb)", 100480000, 2227408, 6},
    {"k12_reorder_500x300", "void k12_reorder_500x300(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_padded304_2)", 300000, 1200000, 6},
    {"k13_reorder_c300", "void k13_reorder_c300(const float *restrict dense_1_bias, float *restrict dense_1_bias_padded304_2)", 600, 2400, 6},
    {"k14_dense_fwd_relu_n128_k300", "void k14_dense_fwd_relu_n128_k300(const float *restrict dense_out_infer, const float *restrict dense_1_kernel_padded304_2, const float *restrict dense_1_bias_padded304_2, float *restrict dense_1_out_infer, int nb)", 38476800, 1010800, 6},
    {"k15_reorder_300x10", "void k15_reorder_300x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_padded16_2)", 6000, 24000, 6},
    {"k16_reorder_c10", "void k16_reorder_c10(const float *restrict dense_2_bias, float *restrict dense_2_bias_padded16_2)", 20, 80, 6},
    {"k17_dense_fwd_n128_k10", "void k17_dense_fwd_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel_padded16_2, const float *restrict dense_2_bias_padded16_2, float *restrict dense_2_pre_infer, int nb)", 768000, 170760, 2},
    {"k18_dense_fwd_softmax_n128_k10", "void k18_dense_fwd_softmax_n128_k10(const float *restrict dense_1_out_infer, const float *restrict dense_2_kernel_padded16_2, const float *restrict dense_2_bias_padded16_2, float *restrict dense_2_out_infer, int nb)", 770560, 170760, 4},
    {"k19_softmax_ce_softmax_ce_bwd_n128_k10", "void k19_softmax_ce_softmax_ce_bwd_n128_k10(const float *restrict dense_2_pre, const float *restrict y, float *restrict ddense_2_pre, float *restrict dense_2_pre_per_sample, int nb, double *restrict loss, double *restrict metric)", 5120, 15360, 1},
    {"k20_softmax_ce_n128_k10", "void k20_softmax_ce_n128_k10(const float *restrict dense_2_pre_infer, const float *restrict y, float *restrict probs_eval, float *restrict dense_2_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric)", 2560, 15360, 2},
    {"k21_regularizer_784x500", "void k21_regularizer_784x500(const float *restrict dense_kernel, double *restrict loss)", 784000, 1568000, 3},
    {"k22_regularizer_500x300", "void k22_regularizer_500x300(const float *restrict dense_1_kernel, double *restrict loss)", 300000, 600000, 3},
    {"k23_dense_bwd_weights_300x10", "void k23_dense_bwd_weights_300x10(const float *restrict ddense_2_pre, const float *restrict dense_1_out, float *restrict ddense_2_kernel, float *restrict ddense_2_bias, int nb)", 768000, 170760, 1},
    {"k24_reorder_300x10", "void k24_reorder_300x10(const float *restrict dense_2_kernel, float *restrict dense_2_kernel_transposed304)", 6000, 24000, 1},
    {"k25_dense_bwd_data_relu_bwd_n128_k300", "void k25_dense_bwd_data_relu_bwd_n128_k300(const float *restrict ddense_2_pre, const float *restrict dense_2_kernel_transposed304, const float *restrict dense_1_out, float *restrict ddense_1_pre, int nb)", 844800, 324320, 1},
    {"k26_dense_bwd_weights_500x300", "void k26_dense_bwd_weights_500x300(const float *restrict ddense_1_pre, const float *restrict dense_out, float *restrict ddense_1_kernel, float *restrict ddense_1_bias, int nb)", 38400000, 1010800, 1},
    {"k27_reorder_500x300", "void k27_reorder_500x300(const float *restrict dense_1_kernel, float *restrict dense_1_kernel_transposed512)", 300000, 1200000, 1},
    {"k28_dense_bwd_data_relu_bwd_n128_k500", "void k28_dense_bwd_data_relu_bwd_n128_k500(const float *restrict ddense_1_pre, const float *restrict dense_1_kernel_transposed512, const float *restrict dense_out, float *restrict ddense_pre, int nb)", 38528000, 1265600, 1},
    {"k29_dense_bwd_weights_784x500", "void k29_dense_bwd_weights_784x500(const float *restrict ddense_pre, const float *restrict flatten_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb)", 100352000, 2227408, 1},
    {"k30_sgd_update_regularizer_bwd_p545840", "void k30_sgd_update_regularizer_bwd_p545840(float *restrict p, float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr)", 2721520, 17451520, 1},
};

const kiln_module_desc kiln_module = {
    .abi_version = KILN_ABI_VERSION,
    .model = "seed003_mlp_l2",
    .batch = 128,
    .in_rank = 3,
    .in_dims = {28, 28, 1},
    .in_scale = (float)0.00392156886,
    .out_size = 10,
    .label_kind = KILN_LABEL_ONEHOT,
    .label_size = 10,
    .has_accuracy = 1,
    .n_params = 545840,
    .n_state = 0,
    .n_arena = 1024960,
    .n_tensors = 49,
    .tensors = tensors,
    .n_kernels = 31,
    .kernels = kernels,
    .isa = "avx512",
};


/* seed001_cnn_bn.h — the exports of seed001_cnn_bn.c, emitted by kiln. */
#ifndef KILN_MODULE_seed001_cnn_bn_H
#define KILN_MODULE_seed001_cnn_bn_H

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

extern const kiln_module_desc kiln_module;
void kiln_train_step(kiln_step *s);
void kiln_eval_step(kiln_step *s);
void kiln_predict(kiln_step *s);

void k00_reorder_n128_h28w28c1(const float *restrict x, float *restrict x_padded, int nb);
void k01_reorder_3x3x1x32(const float *restrict conv2d_kernel, float *restrict conv2d_kernel_blocked16);
void k02_reorder_c32(const float *restrict conv2d_bias, float *restrict conv2d_bias_padded32);
void k03_conv2d_fwd_n128_h28w28c32(const float *restrict x_padded, const float *restrict conv2d_kernel_blocked16, const float *restrict conv2d_bias_padded32, float *restrict conv2d_out, int nb);
void k04_batchnorm_fwd_training_relu_maxpool_n128_h28w28c32(const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, float *restrict batch_normalization_moving_mean, float *restrict batch_normalization_moving_variance, float *restrict batch_normalization_mean, float *restrict batch_normalization_invstd, float *restrict max_pooling2d_out, uint8_t *restrict max_pooling2d_out_argmax, float *restrict conv2d_out_partial, float *restrict conv2d_out_stats, int nb);
void k05_reorder_3x3x32x32(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_blocked16);
void k06_reorder_c32(const float *restrict conv2d_1_bias, float *restrict conv2d_1_bias_padded32);
void k07_conv2d_fwd_n128_h14w14c32(const float *restrict max_pooling2d_out, const float *restrict conv2d_1_kernel_blocked16, const float *restrict conv2d_1_bias_padded32, float *restrict conv2d_1_out, float *restrict conv2d_1_kernel_blocked16_winograd, float *restrict max_pooling2d_out_winograd_tiles, int nb);
void k08_batchnorm_fwd_training_relu_maxpool_n128_h14w14c32(const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, float *restrict batch_normalization_1_moving_mean, float *restrict batch_normalization_1_moving_variance, float *restrict batch_normalization_1_mean, float *restrict batch_normalization_1_invstd, float *restrict max_pooling2d_1_out, uint8_t *restrict max_pooling2d_1_out_argmax, float *restrict conv2d_1_out_partial, float *restrict conv2d_1_out_stats, int nb);
void k09_reorder_3x3x32x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_blocked16);
void k10_reorder_c32(const float *restrict conv2d_2_bias, float *restrict conv2d_2_bias_padded32);
void k11_conv2d_fwd_n128_h7w7c32(const float *restrict max_pooling2d_1_out, const float *restrict conv2d_2_kernel_blocked16, const float *restrict conv2d_2_bias_padded32, float *restrict conv2d_2_out, float *restrict conv2d_2_kernel_blocked16_winograd, float *restrict max_pooling2d_1_out_winograd_tiles, int nb);
void k12_batchnorm_fwd_training_n128_h7w7c32(const float *restrict conv2d_2_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, float *restrict batch_normalization_2_moving_mean, float *restrict batch_normalization_2_moving_variance, float *restrict batch_normalization_2_out_part, float *restrict batch_normalization_2_mean, float *restrict batch_normalization_2_invstd, float *restrict conv2d_2_out_partial, float *restrict conv2d_2_out_stats, int nb);
void k13_reorder_n128_h7w7c32(const float *restrict batch_normalization_2_out_part, float *restrict batch_normalization_2_out, int nb);
void k14_relu_n128_h7w7c32(const float *restrict batch_normalization_2_out, float *restrict re_lu_2_out, int nb);
void k15_dropout_n128_k1568(const float *restrict flatten_out, float *restrict dropout_out, float *restrict dropout_mask, int nb, uint64_t seed, int64_t step);
void k16_reorder_1568x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16);
void k17_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16);
void k18_dense_fwd_n128_k10(const float *restrict dropout_out, const float *restrict dense_kernel_padded16, const float *restrict dense_bias_padded16, float *restrict dense_pre, int nb);
void k19_bn_fold_3x3x1x32(const float *restrict conv2d_kernel, const float *restrict conv2d_bias, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_beta, const float *restrict batch_normalization_moving_mean, const float *restrict batch_normalization_moving_variance, float *restrict conv2d_kernel_bn_folded, float *restrict conv2d_bias_bn_folded);
void k20_reorder_n128_h28w28c1(const float *restrict x, float *restrict x_padded_2, int nb);
void k21_reorder_3x3x1x32(const float *restrict conv2d_kernel_bn_folded, float *restrict conv2d_kernel_bn_folded_blocked16);
void k22_reorder_c32(const float *restrict conv2d_bias_bn_folded, float *restrict conv2d_bias_bn_folded_padded32);
void k23_conv2d_fwd_relu_maxpool_n128_h28w28c32(const float *restrict x_padded_2, const float *restrict conv2d_kernel_bn_folded_blocked16, const float *restrict conv2d_bias_bn_folded_padded32, float *restrict max_pooling2d_out_infer, int nb);
void k24_bn_fold_3x3x32x32(const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_beta, const float *restrict batch_normalization_1_moving_mean, const float *restrict batch_normalization_1_moving_variance, float *restrict conv2d_1_kernel_bn_folded, float *restrict conv2d_1_bias_bn_folded);
void k25_reorder_3x3x32x32(const float *restrict conv2d_1_kernel_bn_folded, float *restrict conv2d_1_kernel_bn_folded_blocked16);
void k26_reorder_c32(const float *restrict conv2d_1_bias_bn_folded, float *restrict conv2d_1_bias_bn_folded_padded32);
void k27_conv2d_fwd_relu_maxpool_n128_h14w14c32(const float *restrict max_pooling2d_out_infer, const float *restrict conv2d_1_kernel_bn_folded_blocked16, const float *restrict conv2d_1_bias_bn_folded_padded32, float *restrict max_pooling2d_1_out_infer, float *restrict conv2d_1_kernel_bn_folded_blocked16_winograd, float *restrict max_pooling2d_out_infer_winograd_tiles, int nb);
void k28_bn_fold_3x3x32x32(const float *restrict conv2d_2_kernel, const float *restrict conv2d_2_bias, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_beta, const float *restrict batch_normalization_2_moving_mean, const float *restrict batch_normalization_2_moving_variance, float *restrict conv2d_2_kernel_bn_folded, float *restrict conv2d_2_bias_bn_folded);
void k29_reorder_3x3x32x32(const float *restrict conv2d_2_kernel_bn_folded, float *restrict conv2d_2_kernel_bn_folded_blocked16);
void k30_reorder_c32(const float *restrict conv2d_2_bias_bn_folded, float *restrict conv2d_2_bias_bn_folded_padded32);
void k31_conv2d_fwd_relu_n128_h7w7c32(const float *restrict max_pooling2d_1_out_infer, const float *restrict conv2d_2_kernel_bn_folded_blocked16, const float *restrict conv2d_2_bias_bn_folded_padded32, float *restrict re_lu_2_out_infer, int nb);
void k32_reorder_1568x10(const float *restrict dense_kernel, float *restrict dense_kernel_padded16_2);
void k33_reorder_c10(const float *restrict dense_bias, float *restrict dense_bias_padded16_2);
void k34_dense_fwd_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_pre_infer, int nb);
void k35_dense_fwd_softmax_n128_k10(const float *restrict flatten_out_infer, const float *restrict dense_kernel_padded16_2, const float *restrict dense_bias_padded16_2, float *restrict dense_out_infer, int nb);
void k36_softmax_ce_sparse_softmax_ce_sparse_bwd_n128_k10(const float *restrict dense_pre, const int32_t *restrict y, float *restrict ddense_pre, float *restrict dense_pre_per_sample, int nb, double *restrict loss, double *restrict metric);
void k37_softmax_ce_sparse_n128_k10(const float *restrict dense_pre_infer, const int32_t *restrict y, float *restrict probs_eval, float *restrict dense_pre_infer_per_sample, int nb, double *restrict loss, double *restrict metric);
void k38_dense_bwd_weights_1568x10(const float *restrict ddense_pre, const float *restrict dropout_out, float *restrict ddense_kernel, float *restrict ddense_bias, int nb);
void k39_reorder_1568x10(const float *restrict dense_kernel, float *restrict dense_kernel_transposed1568);
void k40_dense_bwd_data_n128_k1568(const float *restrict ddense_pre, const float *restrict dense_kernel_transposed1568, float *restrict ddropout_out, int nb);
void k41_dropout_bwd_n128_k1568(const float *restrict ddropout_out, const float *restrict dropout_mask, float *restrict dflatten_out, int nb);
void k42_relu_bwd_n128_h7w7c32(const float *restrict dre_lu_2_out, const float *restrict re_lu_2_out, float *restrict dbatch_normalization_2_out, int nb);
void k43_reorder_n128_h7w7c32(const float *restrict dbatch_normalization_2_out, float *restrict dbatch_normalization_2_out_nChw16c, int nb);
void k44_batchnorm_bwd_n128_h7w7c32(const float *restrict dbatch_normalization_2_out_nChw16c, const float *restrict conv2d_2_out, const float *restrict batch_normalization_2_gamma, const float *restrict batch_normalization_2_mean, const float *restrict batch_normalization_2_invstd, float *restrict dconv2d_2_out, float *restrict dbatch_normalization_2_gamma, float *restrict dbatch_normalization_2_beta, float *restrict dbatch_normalization_2_out_nChw16c_partial, float *restrict dbatch_normalization_2_out_nChw16c_stats, int nb);
void k45_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_2_out, const float *restrict max_pooling2d_1_out, float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_kernel_part_partial, float *restrict dconv2d_2_kernel_part_winograd_tiles, int nb);
void k46_reorder_3x3x32x32(const float *restrict dconv2d_2_kernel_part, float *restrict dconv2d_2_kernel);
void k47_reorder_c32(const float *restrict dconv2d_2_bias_part, float *restrict dconv2d_2_bias);
void k48_reorder_3x3x32x32(const float *restrict conv2d_2_kernel, float *restrict conv2d_2_kernel_flipped16);
void k49_conv2d_bwd_data_n128_h7w7c32(const float *restrict dconv2d_2_out, const float *restrict conv2d_2_kernel_flipped16, float *restrict dmax_pooling2d_1_out, float *restrict conv2d_2_kernel_flipped16_winograd, float *restrict dconv2d_2_out_winograd_tiles, int nb);
void k50_maxpool_bwd_relu_bwd_bn_bwd_n128_h14w14c32(const float *restrict dmax_pooling2d_1_out, const uint8_t *restrict max_pooling2d_1_out_argmax, const float *restrict conv2d_1_out, const float *restrict batch_normalization_1_gamma, const float *restrict batch_normalization_1_mean, const float *restrict batch_normalization_1_invstd, float *restrict dconv2d_1_out, float *restrict dbatch_normalization_1_gamma, float *restrict dbatch_normalization_1_beta, float *restrict dbatch_normalization_1_out_partial, float *restrict dbatch_normalization_1_out_stats, int nb);
void k51_conv2d_bwd_weights_3x3x32x32(const float *restrict dconv2d_1_out, const float *restrict max_pooling2d_out, float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_kernel_part_partial, float *restrict dconv2d_1_kernel_part_winograd_tiles, int nb);
void k52_reorder_3x3x32x32(const float *restrict dconv2d_1_kernel_part, float *restrict dconv2d_1_kernel);
void k53_reorder_c32(const float *restrict dconv2d_1_bias_part, float *restrict dconv2d_1_bias);
void k54_reorder_3x3x32x32(const float *restrict conv2d_1_kernel, float *restrict conv2d_1_kernel_flipped16);
void k55_conv2d_bwd_data_n128_h14w14c32(const float *restrict dconv2d_1_out, const float *restrict conv2d_1_kernel_flipped16, float *restrict dmax_pooling2d_out, float *restrict conv2d_1_kernel_flipped16_winograd, float *restrict dconv2d_1_out_winograd_tiles, int nb);
void k56_maxpool_bwd_relu_bwd_bn_bwd_n128_h28w28c32(const float *restrict dmax_pooling2d_out, const uint8_t *restrict max_pooling2d_out_argmax, const float *restrict conv2d_out, const float *restrict batch_normalization_gamma, const float *restrict batch_normalization_mean, const float *restrict batch_normalization_invstd, float *restrict dconv2d_out, float *restrict dbatch_normalization_gamma, float *restrict dbatch_normalization_beta, float *restrict dbatch_normalization_out_partial, float *restrict dbatch_normalization_out_stats, int nb);
void k57_conv2d_bwd_weights_3x3x1x32(const float *restrict dconv2d_out, const float *restrict x_padded, float *restrict dconv2d_kernel_part, float *restrict dconv2d_bias_part, float *restrict dconv2d_kernel_part_partial, int nb);
void k58_reorder_3x3x1x32(const float *restrict dconv2d_kernel_part, float *restrict dconv2d_kernel);
void k59_reorder_c32(const float *restrict dconv2d_bias_part, float *restrict dconv2d_bias);
void k60_adam_update_p34704(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, int64_t t, float lr);

#endif

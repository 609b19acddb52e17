/* ops.h — the op table. One row per op:
 *   OP(ID, "name", inputs, outputs, shape rule, gradient rule, flags)
 * Included with OP defined to generate the enum (ir.h), the property table
 * (ir.c), the shape rules (infer_shapes.c) and the gradient rules
 * (autodiff.c).  Inputs marked [opt] may be -1.
 *
 * Notation: nb = valid samples in the batch (kiln_step.nb, <= the compiled
 * batch N); every batched loop runs n = 0..nb-1 only, so the last, smaller
 * batch of an epoch is exact.  Images are NHWC, conv kernels (KH, KW, C, F),
 * dense kernels (K, M) — Keras's layouts.  Out-of-range image reads are 0
 * (conv) or skipped (pool).
 *
 * Forward
 *  RESCALE      x -> y                y = x * scale + offset            (Keras Rescaling)
 *  CONV2D       x, w, b[opt] -> y     y[n,i,j,f] = b[f] + sum_{p,q,c} x[n, i*sh+p-pt, j*sw+q-pl, c] * w[p,q,c,f]
 *  DENSE        x, w, b[opt] -> y     y[n,m] = b[m] + sum_k x[n,k] w[k,m]
 *  MAXPOOL      x -> y                y[n,i,j,c] = max_{p<kh,q<kw, in range} x[n, i*sh+p-pt, j*sw+q-pl, c]
 *  BN_TRAIN     x, gamma, beta, moving_mean, moving_var -> y, mean, invstd
 *               over M = nb*H*W values per channel c (last axis):
 *               mean = sum x / M, var = sum (x-mean)^2 / M (biased, as Keras),
 *               invstd = 1/sqrt(var + epsilon), y = (x-mean)*invstd*gamma + beta,
 *               and in place: moving_mean = moving_mean*momentum + mean*(1-momentum),
 *               moving_var likewise with var.  (Keras BatchNormalization, training=True)
 *  BN_INFER     x, gamma, beta, moving_mean, moving_var -> y
 *               y = (x-moving_mean)/sqrt(moving_var+epsilon)*gamma + beta
 *  DROPOUT      x -> y, mask          mask[e] = u(e) >= rate ? 1/(1-rate) : 0, y = x*mask,
 *               u(e) = kiln_uniform(seed, step, salt, e) (kiln_abi.h), e the flat index
 *  RELU         x -> y                max(x, 0)
 *  LEAKY_RELU   x -> y                x > 0 ? x : alpha*x
 *  SIGMOID      x -> y                1/(1+exp(-x))
 *  TANH         x -> y                tanh(x)
 *  SOFTMAX      x -> y                over the last axis, max-subtracted
 *  OUTPUT       y -> (none)           predict: copies y (nb rows) to kiln_step.out
 *  REORDER      x -> y                y = x: the same values in another physical layout
 *                                     (added by choose_layouts; ir.h kiln_tensor.block)
 *  BN_FOLD      w, b[opt], gamma, beta, moving_mean, moving_var -> w', b'
 *               the inference BN_INFER after a linear CONV2D folded into its weights
 *               (lower.c): s[f] = gamma[f]/sqrt(moving_var[f]+epsilon),
 *               w'[p,q,c,f] = w[p,q,c,f]*s[f], b'[f] = (b[f] - moving_mean[f])*s[f] + beta[f]
 *               (b = 0 when absent), so CONV2D(x, w', b') = BN_INFER(CONV2D(x, w, b))
 * Losses (mean over the nb samples; they SET kiln_step.loss and .metric)
 *  SOFTMAX_CE_SPARSE  logits(N,K), labels(N) int32 -> probs(N,K)
 *               loss = mean_n (logsumexp(z_n) - z_n[label_n]);
 *               metric = count of argmax_k z_n == label_n (first max wins)
 *  SOFTMAX_CE   logits(N,K), y(N,K) -> probs;  loss = mean_n -sum_k y log softmax(z);
 *               metric = count of argmax z == argmax y
 *  SIGMOID_BCE  logits(N,K), y(N,K) -> probs;  loss = mean_n mean_k
 *               [max(z,0) - z*y + log(1+exp(-|z|))]  (Keras BCE on a sigmoid output);
 *               metric = sum_n mean_k [(p > 0.5) == (y > 0.5)]  (binary_accuracy)
 *  MSE          pred(N,K), y(N,K) -> (none);  loss = mean_n mean_k (pred-y)^2; metric 0
 *  REG          w -> (none)           ADDS l1*sum|w| + l2*sum w^2 to kiln_step.loss
 * Backward (outputs are written, or added to when attrs.accumulate is 1)
 *  CONV2D_BWD_DATA     dy, w -> dx          dx[n,h,v,c] = sum dy[n,i,j,f] w[p,q,c,f] over h = i*sh+p-pt, v = j*sw+q-pl
 *  CONV2D_BWD_WEIGHTS  dy, x -> dw, db[opt] dw[p,q,c,f] = sum_{n<nb,i,j} dy[n,i,j,f] x[n,i*sh+p-pt,j*sw+q-pl,c]; db[f] = sum dy
 *  DENSE_BWD_DATA      dy, w -> dx          dx = dy w^T
 *  DENSE_BWD_WEIGHTS   dy, x -> dw, db[opt] dw = x^T dy (over n<nb); db = sum_n dy
 *  MAXPOOL_BWD         dy, x -> dx          dx = 0, then each dy goes to the first (row-major p,q)
 *                                           in-range maximum of its window
 *  BN_BWD              dy, x, gamma, mean, invstd -> dx, dgamma, dbeta
 *               xhat = (x-mean)*invstd; dbeta = sum dy; dgamma = sum dy*xhat;
 *               dx = gamma*invstd/M * (M*dy - dbeta - xhat*dgamma)
 *  DROPOUT_BWD         dy, mask -> dx       dx = dy*mask
 *  RELU_BWD            dy, y -> dx          y > 0 ? dy : 0
 *  LEAKY_RELU_BWD      dy, x -> dx          x > 0 ? dy : alpha*dy
 *  SIGMOID_BWD         dy, y -> dx          dy*y*(1-y)
 *  TANH_BWD            dy, y -> dx          dy*(1-y^2)
 *  SOFTMAX_BWD         dy, y -> dx          y*(dy - sum_k dy*y)
 *  SOFTMAX_CE_SPARSE_BWD  probs, labels -> dlogits   (probs - onehot(label))/nb
 *  SOFTMAX_CE_BWD      probs, y -> dlogits  (probs*sum_k y - y)/nb
 *  SIGMOID_BCE_BWD     probs, y -> dlogits  (probs - y)/(nb*K)
 *  MSE_BWD             pred, y -> dpred     2*(pred - y)/(nb*K)
 *  REG_BWD             w -> dw              dw += l1*sign(w) + 2*l2*w   (always accumulates)
 * Optimizer (over the whole params/grads/opt_m/opt_v slabs; no tensor operands)
 *  ADAM_UPDATE  t = step, lr_t = lr*sqrt(1-beta_2^t)/(1-beta_1^t);
 *               m = b1*m + (1-b1)*g; v = b2*v + (1-b2)*g^2; p -= lr_t*m/(sqrt(v)+epsilon)
 *               (Keras Adam, epsilon applied to the uncorrected v)
 *  SGD_UPDATE   momentum 0: p -= lr*g; else v = momentum*v - lr*g (v in opt_m),
 *               p += v, or with nesterov p += momentum*v - lr*g  (Keras SGD)
 */
#ifndef OP
#error "define OP(ID, name, nin, nout, shape_rule, grad_rule, flags) before including ops.h"
#endif

/*  ID                     name                    in out  shape rule      gradient rule    flags */
OP(RESCALE,               "rescale",               1, 1, shape_same,      grad_none,       OPF_ELEMENTWISE)
OP(CONV2D,                "conv2d",                3, 1, shape_conv2d,    grad_conv2d,     0)
OP(DENSE,                 "dense",                 3, 1, shape_dense,     grad_dense,      0)
OP(MAXPOOL,               "maxpool",               1, 1, shape_pool,      grad_maxpool,    0)
OP(BN_TRAIN,              "bn_train",              5, 3, shape_bn,        grad_bn,         0)
OP(BN_INFER,              "bn_infer",              5, 1, shape_bn,        grad_none,       0)
OP(DROPOUT,               "dropout",               1, 2, shape_dropout,   grad_dropout,    OPF_ELEMENTWISE)
OP(RELU,                  "relu",                  1, 1, shape_same,      grad_relu,       OPF_ELEMENTWISE)
OP(LEAKY_RELU,            "leaky_relu",            1, 1, shape_same,      grad_leaky_relu, OPF_ELEMENTWISE)
OP(SIGMOID,               "sigmoid",               1, 1, shape_same,      grad_sigmoid,    OPF_ELEMENTWISE)
OP(TANH,                  "tanh",                  1, 1, shape_same,      grad_tanh,       OPF_ELEMENTWISE)
OP(SOFTMAX,               "softmax",               1, 1, shape_same,      grad_softmax,    0)
OP(OUTPUT,                "output",                1, 0, shape_none,      grad_none,       0)
OP(REORDER,               "reorder",               1, 1, shape_same,      grad_none,       0)
OP(BN_FOLD,               "bn_fold",               6, 2, shape_bn_fold,   grad_none,       0)
OP(SOFTMAX_CE_SPARSE,     "softmax_ce_sparse",     2, 1, shape_loss,      grad_ce_sparse,  OPF_LOSS)
OP(SOFTMAX_CE,            "softmax_ce",            2, 1, shape_loss,      grad_ce,         OPF_LOSS)
OP(SIGMOID_BCE,           "sigmoid_bce",           2, 1, shape_loss,      grad_bce,        OPF_LOSS)
OP(MSE,                   "mse",                   2, 0, shape_none,      grad_mse,        OPF_LOSS)
OP(REG,                   "regularizer",           1, 0, shape_none,      grad_reg,        OPF_LOSS)
OP(CONV2D_BWD_DATA,       "conv2d_bwd_data",       2, 1, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(CONV2D_BWD_WEIGHTS,    "conv2d_bwd_weights",    2, 2, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(DENSE_BWD_DATA,        "dense_bwd_data",        2, 1, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(DENSE_BWD_WEIGHTS,     "dense_bwd_weights",     2, 2, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(MAXPOOL_BWD,           "maxpool_bwd",           2, 1, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(BN_BWD,                "bn_bwd",                5, 3, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(DROPOUT_BWD,           "dropout_bwd",           2, 1, shape_bwd,       grad_none,       OPF_BACKWARD | OPF_ELEMENTWISE)
OP(RELU_BWD,              "relu_bwd",              2, 1, shape_bwd,       grad_none,       OPF_BACKWARD | OPF_ELEMENTWISE)
OP(LEAKY_RELU_BWD,        "leaky_relu_bwd",        2, 1, shape_bwd,       grad_none,       OPF_BACKWARD | OPF_ELEMENTWISE)
OP(SIGMOID_BWD,           "sigmoid_bwd",           2, 1, shape_bwd,       grad_none,       OPF_BACKWARD | OPF_ELEMENTWISE)
OP(TANH_BWD,              "tanh_bwd",              2, 1, shape_bwd,       grad_none,       OPF_BACKWARD | OPF_ELEMENTWISE)
OP(SOFTMAX_BWD,           "softmax_bwd",           2, 1, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(SOFTMAX_CE_SPARSE_BWD, "softmax_ce_sparse_bwd", 2, 1, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(SOFTMAX_CE_BWD,        "softmax_ce_bwd",        2, 1, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(SIGMOID_BCE_BWD,       "sigmoid_bce_bwd",       2, 1, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(MSE_BWD,               "mse_bwd",               2, 1, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(REG_BWD,               "regularizer_bwd",       1, 1, shape_bwd,       grad_none,       OPF_BACKWARD)
OP(ADAM_UPDATE,           "adam_update",           0, 0, shape_none,      grad_none,       OPF_OPTIMIZER)
OP(SGD_UPDATE,            "sgd_update",            0, 0, shape_none,      grad_none,       OPF_OPTIMIZER)

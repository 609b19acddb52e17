/* interp.c — the reference interpreter (interp.h).
 *
 * One function per op, each a literal transcription of its formula in ops.h,
 * in double precision.  Nothing here is fast or clever on purpose: this file
 * is the oracle the emitted kernels are judged by, so it must be easy to
 * check by reading.  Indexing is spelled out (NHWC: ((n*H + h)*W + w)*C + c;
 * conv kernel HWIO: ((p*KW + q)*C + c)*F + f; dense kernel: k*M + m).
 */
#include "interp.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

struct kiln_interp {
    const kiln_graph *g;
    double **buf;         /* [g->nt]: storage tensors own a buffer, aliases NULL */
    double *out;          /* OUTPUT's copy: (N, out_size) */
    int64_t out_size;     /* elements per sample of the output */
    double loss, metric;  /* what loss ops set and REG ops add */
    /* arguments of the current run */
    int nb;
    int64_t step;
    double lr;
    uint64_t seed;
};

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) KILN_BUG("out of memory (%zu x %zu bytes)", n, size);
    return p;
}

/* ---- tensor access ------------------------------------------------------- */

/* Buffer of tensor id, or NULL for an absent (-1) optional operand. */
static double *buf(kiln_interp *ip, int id)
{
    if (id < 0) return NULL;
    return ip->buf[kiln_tensor_storage(ip->g, id)];
}

static const kiln_tensor *tens(const kiln_interp *ip, int id)
{
    KILN_ASSERT(id >= 0 && id < ip->g->nt);
    return &ip->g->t[id];
}

/* Elements a run touches: nb rows of a batched tensor, all of another. */
static int64_t valid(const kiln_interp *ip, int id)
{
    const kiln_tensor *t = tens(ip, id);
    return t->batched ? (int64_t)ip->nb * kiln_tensor_per_sample(ip->g, id) : t->size;
}

/* Size of the last axis (channels, classes). */
static int last_dim(const kiln_interp *ip, int id)
{
    const kiln_tensor *t = tens(ip, id);
    return t->rank > 0 ? t->dims[t->rank - 1] : 1;
}

/* A backward output: written, or added to when accumulating. */
static void put(double *dst, double v, int accumulate)
{
    if (accumulate)
        *dst += v;
    else
        *dst = v;
}

/* ---- forward ------------------------------------------------------------- */

/* RESCALE: y = x * scale + offset (Keras Rescaling). */
static void rescale_forward(kiln_interp *ip, const kiln_node *nd)
{
    const double *x = buf(ip, nd->in[0]);
    double *y = buf(ip, nd->out[0]);
    double scale = nd->a.scale, offset = nd->a.offset;
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++) y[e] = x[e] * scale + offset;
}

/* CONV2D: y[n,i,j,f] = b[f] + sum_{p,q,c} x[n, i*sh+p-pt, j*sw+q-pl, c] * w[p,q,c,f],
 * out-of-range x reads 0.  x (N,H,W,C), w (KH,KW,C,F), b (F) or absent, y (N,OH,OW,F). */
static void conv2d_forward(kiln_interp *ip, const kiln_node *nd)
{
    const kiln_tensor *tx = tens(ip, nd->in[0]), *tw = tens(ip, nd->in[1]);
    const kiln_tensor *ty = tens(ip, nd->out[0]);
    KILN_ASSERT(tx->rank == 4 && tw->rank == 4 && ty->rank == 4);
    int H = tx->dims[1], W = tx->dims[2], C = tx->dims[3];
    int KH = tw->dims[0], KW = tw->dims[1], F = tw->dims[3];
    int OH = ty->dims[1], OW = ty->dims[2];
    KILN_ASSERT(tw->dims[2] == C && ty->dims[3] == F);
    int sh = nd->a.sh, sw = nd->a.sw, pt = nd->a.pad_top, pl = nd->a.pad_left;
    KILN_ASSERT(sh >= 1 && sw >= 1);
    const double *x = buf(ip, nd->in[0]), *w = buf(ip, nd->in[1]), *b = buf(ip, nd->in[2]);
    double *y = buf(ip, nd->out[0]);

    for (int n = 0; n < ip->nb; n++)
        for (int i = 0; i < OH; i++)
            for (int j = 0; j < OW; j++)
                for (int f = 0; f < F; f++) {
                    double s = b ? b[f] : 0.0;
                    for (int p = 0; p < KH; p++)
                        for (int q = 0; q < KW; q++) {
                            int h = i * sh + p - pt, v = j * sw + q - pl;
                            if (h < 0 || h >= H || v < 0 || v >= W) continue;
                            for (int c = 0; c < C; c++)
                                s += x[(((int64_t)n * H + h) * W + v) * C + c] *
                                     w[(((int64_t)p * KW + q) * C + c) * F + f];
                        }
                    y[(((int64_t)n * OH + i) * OW + j) * F + f] = s;
                }
}

/* DENSE: y[n,m] = b[m] + sum_k x[n,k] w[k,m].  x (N,K) (or any batched
 * tensor of K elements per sample), w (K,M), b (M) or absent, y (N,M). */
static void dense_forward(kiln_interp *ip, const kiln_node *nd)
{
    const kiln_tensor *tw = tens(ip, nd->in[1]);
    KILN_ASSERT(tw->rank == 2);
    int K = tw->dims[0], M = tw->dims[1];
    KILN_ASSERT(kiln_tensor_per_sample(ip->g, nd->in[0]) == K);
    KILN_ASSERT(kiln_tensor_per_sample(ip->g, nd->out[0]) == M);
    const double *x = buf(ip, nd->in[0]), *w = buf(ip, nd->in[1]), *b = buf(ip, nd->in[2]);
    double *y = buf(ip, nd->out[0]);

    for (int n = 0; n < ip->nb; n++)
        for (int m = 0; m < M; m++) {
            double s = b ? b[m] : 0.0;
            for (int k = 0; k < K; k++) s += x[(int64_t)n * K + k] * w[(int64_t)k * M + m];
            y[(int64_t)n * M + m] = s;
        }
}

/* MAXPOOL: y[n,i,j,c] = max over in-range p<kh, q<kw of x[n, i*sh+p-pt, j*sw+q-pl, c]. */
static void maxpool_forward(kiln_interp *ip, const kiln_node *nd)
{
    const kiln_tensor *tx = tens(ip, nd->in[0]), *ty = tens(ip, nd->out[0]);
    KILN_ASSERT(tx->rank == 4 && ty->rank == 4);
    int H = tx->dims[1], W = tx->dims[2], C = tx->dims[3];
    int OH = ty->dims[1], OW = ty->dims[2];
    KILN_ASSERT(ty->dims[3] == C);
    int kh = nd->a.kh, kw = nd->a.kw, sh = nd->a.sh, sw = nd->a.sw;
    int pt = nd->a.pad_top, pl = nd->a.pad_left;
    KILN_ASSERT(kh >= 1 && kw >= 1 && sh >= 1 && sw >= 1);
    const double *x = buf(ip, nd->in[0]);
    double *y = buf(ip, nd->out[0]);

    for (int n = 0; n < ip->nb; n++)
        for (int i = 0; i < OH; i++)
            for (int j = 0; j < OW; j++)
                for (int c = 0; c < C; c++) {
                    double m = -INFINITY;
                    int any = 0;
                    for (int p = 0; p < kh; p++)
                        for (int q = 0; q < kw; q++) {
                            int h = i * sh + p - pt, v = j * sw + q - pl;
                            if (h < 0 || h >= H || v < 0 || v >= W) continue;
                            double xv = x[(((int64_t)n * H + h) * W + v) * C + c];
                            if (!any || xv > m) m = xv;
                            any = 1;
                        }
                    KILN_ASSERT(any);
                    y[(((int64_t)n * OH + i) * OW + j) * C + c] = m;
                }
}

/* BN_TRAIN: per channel c (last axis) over the M = nb*H*W values:
 * mean, biased var, invstd = 1/sqrt(var+eps), y = (x-mean)*invstd*gamma + beta;
 * moving_mean/moving_var updated in place with momentum (Keras, training=True).
 * gamma/beta absent mean 1/0 (Keras scale=False/center=False). */
static void bn_train_forward(kiln_interp *ip, const kiln_node *nd)
{
    int C = last_dim(ip, nd->in[0]);
    int64_t M = valid(ip, nd->in[0]) / C;
    const double *x = buf(ip, nd->in[0]), *gamma = buf(ip, nd->in[1]), *beta = buf(ip, nd->in[2]);
    double *mmean = buf(ip, nd->in[3]), *mvar = buf(ip, nd->in[4]);
    double *y = buf(ip, nd->out[0]), *mean_out = buf(ip, nd->out[1]), *invstd_out = buf(ip, nd->out[2]);
    double eps = nd->a.epsilon, momentum = nd->a.momentum;

    for (int c = 0; c < C; c++) {
        double sum = 0;
        for (int64_t r = 0; r < M; r++) sum += x[r * C + c];
        double mean = sum / (double)M;
        double sq = 0;
        for (int64_t r = 0; r < M; r++) sq += (x[r * C + c] - mean) * (x[r * C + c] - mean);
        double var = sq / (double)M;
        double invstd = 1.0 / sqrt(var + eps);
        double g = gamma ? gamma[c] : 1.0, b = beta ? beta[c] : 0.0;
        for (int64_t r = 0; r < M; r++) y[r * C + c] = (x[r * C + c] - mean) * invstd * g + b;
        if (mean_out) mean_out[c] = mean;
        if (invstd_out) invstd_out[c] = invstd;
        if (mmean) mmean[c] = mmean[c] * momentum + mean * (1.0 - momentum);
        if (mvar) mvar[c] = mvar[c] * momentum + var * (1.0 - momentum);
    }
}

/* BN_INFER: y = (x - moving_mean)/sqrt(moving_var + eps)*gamma + beta. */
static void bn_infer_forward(kiln_interp *ip, const kiln_node *nd)
{
    int C = last_dim(ip, nd->in[0]);
    int64_t M = valid(ip, nd->in[0]) / C;
    const double *x = buf(ip, nd->in[0]), *gamma = buf(ip, nd->in[1]), *beta = buf(ip, nd->in[2]);
    const double *mmean = buf(ip, nd->in[3]), *mvar = buf(ip, nd->in[4]);
    double *y = buf(ip, nd->out[0]);
    double eps = nd->a.epsilon;

    for (int64_t r = 0; r < M; r++)
        for (int c = 0; c < C; c++) {
            double g = gamma ? gamma[c] : 1.0, b = beta ? beta[c] : 0.0;
            y[r * C + c] = (x[r * C + c] - mmean[c]) / sqrt(mvar[c] + eps) * g + b;
        }
}

/* DROPOUT: mask[e] = u(e) >= rate ? 1/(1-rate) : 0, y = x*mask, with
 * u(e) = kiln_uniform(seed, step, salt, e), e the flat index in the nb rows.
 * The comparison is made in float, as the emitted code makes it, so both
 * draw the same mask. */
static void dropout_forward(kiln_interp *ip, const kiln_node *nd)
{
    const double *x = buf(ip, nd->in[0]);
    double *y = buf(ip, nd->out[0]), *mask = buf(ip, nd->out[1]);
    float rate = nd->a.rate;
    double keep_scale = 1.0 / (1.0 - (double)rate);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++) {
        float u = kiln_uniform(ip->seed, ip->step, (uint32_t)nd->a.salt, e);
        double m = u >= rate ? keep_scale : 0.0;
        if (mask) mask[e] = m;
        y[e] = x[e] * m;
    }
}

/* RELU: max(x, 0). */
static void relu_forward(kiln_interp *ip, const kiln_node *nd)
{
    const double *x = buf(ip, nd->in[0]);
    double *y = buf(ip, nd->out[0]);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++) y[e] = x[e] > 0 ? x[e] : 0.0;
}

/* LEAKY_RELU: x > 0 ? x : alpha*x. */
static void leaky_relu_forward(kiln_interp *ip, const kiln_node *nd)
{
    const double *x = buf(ip, nd->in[0]);
    double *y = buf(ip, nd->out[0]);
    double alpha = nd->a.alpha;
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++) y[e] = x[e] > 0 ? x[e] : alpha * x[e];
}

/* SIGMOID: 1/(1+exp(-x)). */
static void sigmoid_forward(kiln_interp *ip, const kiln_node *nd)
{
    const double *x = buf(ip, nd->in[0]);
    double *y = buf(ip, nd->out[0]);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++) y[e] = 1.0 / (1.0 + exp(-x[e]));
}

/* TANH: tanh(x). */
static void tanh_forward(kiln_interp *ip, const kiln_node *nd)
{
    const double *x = buf(ip, nd->in[0]);
    double *y = buf(ip, nd->out[0]);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++) y[e] = tanh(x[e]);
}

/* SOFTMAX over the last axis, max-subtracted: y_k = exp(x_k - max)/sum exp(x - max). */
static void softmax_forward(kiln_interp *ip, const kiln_node *nd)
{
    int K = last_dim(ip, nd->in[0]);
    int64_t rows = valid(ip, nd->in[0]) / K;
    const double *x = buf(ip, nd->in[0]);
    double *y = buf(ip, nd->out[0]);
    for (int64_t r = 0; r < rows; r++) {
        const double *xr = x + r * K;
        double *yr = y + r * K;
        double m = xr[0];
        for (int k = 1; k < K; k++)
            if (xr[k] > m) m = xr[k];
        double s = 0;
        for (int k = 0; k < K; k++) s += exp(xr[k] - m);
        for (int k = 0; k < K; k++) yr[k] = exp(xr[k] - m) / s;
    }
}

/* REORDER: y = x.  Layouts are physical; the interpreter holds values. */
static void reorder(kiln_interp *ip, const kiln_node *nd)
{
    const double *x = buf(ip, nd->in[0]);
    double *y = buf(ip, nd->out[0]);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++) y[e] = x[e];
}

/* BN_FOLD: s = gamma/sqrt(moving_var + eps); w' = w*s over the last axis,
 * b' = (b - moving_mean)*s + beta (b = 0 when absent). */
static void bn_fold(kiln_interp *ip, const kiln_node *nd)
{
    int F = last_dim(ip, nd->in[0]);
    int64_t rows = tens(ip, nd->in[0])->size / F;
    const double *w = buf(ip, nd->in[0]), *b = buf(ip, nd->in[1]), *gamma = buf(ip, nd->in[2]);
    const double *beta = buf(ip, nd->in[3]), *mmean = buf(ip, nd->in[4]), *mvar = buf(ip, nd->in[5]);
    double *wf = buf(ip, nd->out[0]), *bf = buf(ip, nd->out[1]);
    for (int f = 0; f < F; f++) {
        double s = gamma[f] / sqrt(mvar[f] + nd->a.epsilon);
        for (int64_t r = 0; r < rows; r++) wf[r * F + f] = w[r * F + f] * s;
        bf[f] = ((b ? b[f] : 0.0) - mmean[f]) * s + beta[f];
    }
}

/* OUTPUT: copies y (nb rows) to the output buffer. */
static void output_forward(kiln_interp *ip, const kiln_node *nd)
{
    const double *y = buf(ip, nd->in[0]);
    KILN_ASSERT(kiln_tensor_per_sample(ip->g, nd->in[0]) == ip->out_size);
    for (int64_t e = 0; e < valid(ip, nd->in[0]); e++) ip->out[e] = y[e];
}

/* ---- losses (means over the nb samples; they set loss and metric) -------- */

/* SOFTMAX_CE_SPARSE: logits (N,K), labels (N) -> probs (N,K).
 * loss = mean_n (logsumexp(z_n) - z_n[label_n]); metric = #(first argmax == label). */
static void softmax_ce_sparse_forward(kiln_interp *ip, const kiln_node *nd)
{
    int64_t K = kiln_tensor_per_sample(ip->g, nd->in[0]);
    const double *z = buf(ip, nd->in[0]), *label = buf(ip, nd->in[1]);
    double *probs = buf(ip, nd->out[0]);
    double loss = 0, correct = 0;
    for (int n = 0; n < ip->nb; n++) {
        const double *zn = z + n * K;
        int lbl = (int)label[n];
        KILN_ASSERT(lbl >= 0 && lbl < K && (double)lbl == label[n]);
        double m = zn[0];
        int64_t argmax = 0;
        for (int64_t k = 1; k < K; k++)
            if (zn[k] > m) m = zn[k], argmax = k;
        double s = 0;
        for (int64_t k = 0; k < K; k++) s += exp(zn[k] - m);
        double lse = m + log(s);
        loss += lse - zn[lbl];
        if (probs)
            for (int64_t k = 0; k < K; k++) probs[n * K + k] = exp(zn[k] - lse);
        correct += argmax == lbl;
    }
    ip->loss = loss / ip->nb;
    ip->metric = correct;
}

/* SOFTMAX_CE: logits (N,K), y (N,K) -> probs.  loss = mean_n -sum_k y log softmax(z);
 * metric = #(argmax z == argmax y), first maximum wins in both. */
static void softmax_ce_forward(kiln_interp *ip, const kiln_node *nd)
{
    int64_t K = kiln_tensor_per_sample(ip->g, nd->in[0]);
    const double *z = buf(ip, nd->in[0]), *y = buf(ip, nd->in[1]);
    double *probs = buf(ip, nd->out[0]);
    double loss = 0, correct = 0;
    for (int n = 0; n < ip->nb; n++) {
        const double *zn = z + n * K, *yn = y + n * K;
        double m = zn[0];
        int64_t argmax_z = 0, argmax_y = 0;
        for (int64_t k = 1; k < K; k++) {
            if (zn[k] > m) m = zn[k], argmax_z = k;
            if (yn[k] > yn[argmax_y]) argmax_y = k;
        }
        double s = 0;
        for (int64_t k = 0; k < K; k++) s += exp(zn[k] - m);
        double lse = m + log(s);
        for (int64_t k = 0; k < K; k++) loss -= yn[k] * (zn[k] - lse);
        if (probs)
            for (int64_t k = 0; k < K; k++) probs[n * K + k] = exp(zn[k] - lse);
        correct += argmax_z == argmax_y;
    }
    ip->loss = loss / ip->nb;
    ip->metric = correct;
}

/* SIGMOID_BCE: logits (N,K), y (N,K) -> probs = sigmoid(z).
 * loss = mean_n mean_k [max(z,0) - z*y + log(1+exp(-|z|))] (log1p for the last term);
 * metric = sum_n mean_k [(p > 0.5) == (y > 0.5)] (Keras binary_accuracy). */
static void sigmoid_bce_forward(kiln_interp *ip, const kiln_node *nd)
{
    int64_t K = kiln_tensor_per_sample(ip->g, nd->in[0]);
    const double *z = buf(ip, nd->in[0]), *y = buf(ip, nd->in[1]);
    double *probs = buf(ip, nd->out[0]);
    double loss = 0, metric = 0;
    for (int n = 0; n < ip->nb; n++) {
        double ln = 0, agree = 0;
        for (int64_t k = 0; k < K; k++) {
            double zv = z[n * K + k], yv = y[n * K + k];
            double p = 1.0 / (1.0 + exp(-zv));
            ln += (zv > 0 ? zv : 0.0) - zv * yv + log1p(exp(-fabs(zv)));
            if (probs) probs[n * K + k] = p;
            agree += (p > 0.5) == (yv > 0.5);
        }
        loss += ln / (double)K;
        metric += agree / (double)K;
    }
    ip->loss = loss / ip->nb;
    ip->metric = metric;
}

/* MSE: pred (N,K), y (N,K).  loss = mean_n mean_k (pred-y)^2; metric 0. */
static void mse_forward(kiln_interp *ip, const kiln_node *nd)
{
    int64_t K = kiln_tensor_per_sample(ip->g, nd->in[0]);
    const double *pred = buf(ip, nd->in[0]), *y = buf(ip, nd->in[1]);
    double loss = 0;
    for (int n = 0; n < ip->nb; n++) {
        double ln = 0;
        for (int64_t k = 0; k < K; k++) {
            double d = pred[n * K + k] - y[n * K + k];
            ln += d * d;
        }
        loss += ln / (double)K;
    }
    ip->loss = loss / ip->nb;
    ip->metric = 0;
}

/* REG: loss += l1*sum|w| + l2*sum w^2 (Keras regularizers). */
static void reg_forward(kiln_interp *ip, const kiln_node *nd)
{
    const double *w = buf(ip, nd->in[0]);
    double l1 = nd->a.l1, l2 = nd->a.l2, s1 = 0, s2 = 0;
    for (int64_t e = 0; e < valid(ip, nd->in[0]); e++) {
        s1 += fabs(w[e]);
        s2 += w[e] * w[e];
    }
    ip->loss += l1 * s1 + l2 * s2;
}

/* ---- backward (outputs written, or added to when attrs.accumulate) ------- */

/* CONV2D_BWD_DATA: dy (N,OH,OW,F), w (KH,KW,C,F) -> dx (N,H,W,C);
 * dx[n,h,v,c] = sum dy[n,i,j,f] w[p,q,c,f] over h = i*sh+p-pt, v = j*sw+q-pl.
 * Gathered per dx element: for each (p,q), i = (h+pt-p)/sh when it divides. */
static void conv2d_bwd_data(kiln_interp *ip, const kiln_node *nd)
{
    const kiln_tensor *tdy = tens(ip, nd->in[0]), *tw = tens(ip, nd->in[1]);
    const kiln_tensor *tdx = tens(ip, nd->out[0]);
    KILN_ASSERT(tdy->rank == 4 && tw->rank == 4 && tdx->rank == 4);
    int H = tdx->dims[1], W = tdx->dims[2], C = tdx->dims[3];
    int KH = tw->dims[0], KW = tw->dims[1], F = tw->dims[3];
    int OH = tdy->dims[1], OW = tdy->dims[2];
    KILN_ASSERT(tw->dims[2] == C && tdy->dims[3] == F);
    int sh = nd->a.sh, sw = nd->a.sw, pt = nd->a.pad_top, pl = nd->a.pad_left;
    KILN_ASSERT(sh >= 1 && sw >= 1);
    const double *dy = buf(ip, nd->in[0]), *w = buf(ip, nd->in[1]);
    double *dx = buf(ip, nd->out[0]);

    for (int n = 0; n < ip->nb; n++)
        for (int h = 0; h < H; h++)
            for (int v = 0; v < W; v++)
                for (int c = 0; c < C; c++) {
                    double s = 0;
                    for (int p = 0; p < KH; p++)
                        for (int q = 0; q < KW; q++) {
                            int ih = h + pt - p, jw = v + pl - q;   /* = i*sh, j*sw */
                            if (ih < 0 || jw < 0 || ih % sh != 0 || jw % sw != 0) continue;
                            int i = ih / sh, j = jw / sw;
                            if (i >= OH || j >= OW) continue;
                            for (int f = 0; f < F; f++)
                                s += dy[(((int64_t)n * OH + i) * OW + j) * F + f] *
                                     w[(((int64_t)p * KW + q) * C + c) * F + f];
                        }
                    put(&dx[(((int64_t)n * H + h) * W + v) * C + c], s, nd->a.accumulate);
                }
}

/* CONV2D_BWD_WEIGHTS: dy (N,OH,OW,F), x (N,H,W,C) -> dw (KH,KW,C,F), db (F) [opt];
 * dw[p,q,c,f] = sum_{n<nb,i,j} dy[n,i,j,f] x[n,i*sh+p-pt,j*sw+q-pl,c]; db[f] = sum dy. */
static void conv2d_bwd_weights(kiln_interp *ip, const kiln_node *nd)
{
    const kiln_tensor *tdy = tens(ip, nd->in[0]), *tx = tens(ip, nd->in[1]);
    const kiln_tensor *tdw = tens(ip, nd->out[0]);
    KILN_ASSERT(tdy->rank == 4 && tx->rank == 4 && tdw->rank == 4);
    int H = tx->dims[1], W = tx->dims[2], C = tx->dims[3];
    int KH = tdw->dims[0], KW = tdw->dims[1], F = tdw->dims[3];
    int OH = tdy->dims[1], OW = tdy->dims[2];
    KILN_ASSERT(tdw->dims[2] == C && tdy->dims[3] == F);
    int sh = nd->a.sh, sw = nd->a.sw, pt = nd->a.pad_top, pl = nd->a.pad_left;
    KILN_ASSERT(sh >= 1 && sw >= 1);
    const double *dy = buf(ip, nd->in[0]), *x = buf(ip, nd->in[1]);
    double *dw = buf(ip, nd->out[0]), *db = buf(ip, nd->out[1]);

    for (int p = 0; p < KH; p++)
        for (int q = 0; q < KW; q++)
            for (int c = 0; c < C; c++)
                for (int f = 0; f < F; f++) {
                    double s = 0;
                    for (int n = 0; n < ip->nb; n++)
                        for (int i = 0; i < OH; i++)
                            for (int j = 0; j < OW; j++) {
                                int h = i * sh + p - pt, v = j * sw + q - pl;
                                if (h < 0 || h >= H || v < 0 || v >= W) continue;
                                s += dy[(((int64_t)n * OH + i) * OW + j) * F + f] *
                                     x[(((int64_t)n * H + h) * W + v) * C + c];
                            }
                    put(&dw[(((int64_t)p * KW + q) * C + c) * F + f], s, nd->a.accumulate);
                }
    if (db)
        for (int f = 0; f < F; f++) {
            double s = 0;
            for (int n = 0; n < ip->nb; n++)
                for (int i = 0; i < OH; i++)
                    for (int j = 0; j < OW; j++) s += dy[(((int64_t)n * OH + i) * OW + j) * F + f];
            put(&db[f], s, nd->a.accumulate);
        }
}

/* DENSE_BWD_DATA: dy (N,M), w (K,M) -> dx (N,K); dx = dy w^T. */
static void dense_bwd_data(kiln_interp *ip, const kiln_node *nd)
{
    const kiln_tensor *tw = tens(ip, nd->in[1]);
    KILN_ASSERT(tw->rank == 2);
    int K = tw->dims[0], M = tw->dims[1];
    KILN_ASSERT(kiln_tensor_per_sample(ip->g, nd->in[0]) == M);
    KILN_ASSERT(kiln_tensor_per_sample(ip->g, nd->out[0]) == K);
    const double *dy = buf(ip, nd->in[0]), *w = buf(ip, nd->in[1]);
    double *dx = buf(ip, nd->out[0]);
    for (int n = 0; n < ip->nb; n++)
        for (int k = 0; k < K; k++) {
            double s = 0;
            for (int m = 0; m < M; m++) s += dy[(int64_t)n * M + m] * w[(int64_t)k * M + m];
            put(&dx[(int64_t)n * K + k], s, nd->a.accumulate);
        }
}

/* DENSE_BWD_WEIGHTS: dy (N,M), x (N,K) -> dw (K,M), db (M) [opt];
 * dw = x^T dy and db = sum_n dy, over n < nb. */
static void dense_bwd_weights(kiln_interp *ip, const kiln_node *nd)
{
    const kiln_tensor *tdw = tens(ip, nd->out[0]);
    KILN_ASSERT(tdw->rank == 2);
    int K = tdw->dims[0], M = tdw->dims[1];
    KILN_ASSERT(kiln_tensor_per_sample(ip->g, nd->in[0]) == M);
    KILN_ASSERT(kiln_tensor_per_sample(ip->g, nd->in[1]) == K);
    const double *dy = buf(ip, nd->in[0]), *x = buf(ip, nd->in[1]);
    double *dw = buf(ip, nd->out[0]), *db = buf(ip, nd->out[1]);
    for (int k = 0; k < K; k++)
        for (int m = 0; m < M; m++) {
            double s = 0;
            for (int n = 0; n < ip->nb; n++) s += x[(int64_t)n * K + k] * dy[(int64_t)n * M + m];
            put(&dw[(int64_t)k * M + m], s, nd->a.accumulate);
        }
    if (db)
        for (int m = 0; m < M; m++) {
            double s = 0;
            for (int n = 0; n < ip->nb; n++) s += dy[(int64_t)n * M + m];
            put(&db[m], s, nd->a.accumulate);
        }
}

/* MAXPOOL_BWD: dy (N,OH,OW,C), x (N,H,W,C) -> dx (N,H,W,C); dx = 0, then each
 * dy goes to the first (row-major p,q) in-range maximum of its window.
 * The contributions are summed in a scratch buffer, then written or added. */
static void maxpool_bwd(kiln_interp *ip, const kiln_node *nd)
{
    const kiln_tensor *tdy = tens(ip, nd->in[0]), *tx = tens(ip, nd->in[1]);
    KILN_ASSERT(tdy->rank == 4 && tx->rank == 4);
    int H = tx->dims[1], W = tx->dims[2], C = tx->dims[3];
    int OH = tdy->dims[1], OW = tdy->dims[2];
    int kh = nd->a.kh, kw = nd->a.kw, sh = nd->a.sh, sw = nd->a.sw;
    int pt = nd->a.pad_top, pl = nd->a.pad_left;
    KILN_ASSERT(kh >= 1 && kw >= 1 && sh >= 1 && sw >= 1);
    const double *dy = buf(ip, nd->in[0]), *x = buf(ip, nd->in[1]);
    double *dx = buf(ip, nd->out[0]);
    int64_t nx = valid(ip, nd->in[1]);
    double *acc = xcalloc((size_t)nx, sizeof *acc);

    for (int n = 0; n < ip->nb; n++)
        for (int i = 0; i < OH; i++)
            for (int j = 0; j < OW; j++)
                for (int c = 0; c < C; c++) {
                    int64_t best = -1;
                    for (int p = 0; p < kh; p++)
                        for (int q = 0; q < kw; q++) {
                            int h = i * sh + p - pt, v = j * sw + q - pl;
                            if (h < 0 || h >= H || v < 0 || v >= W) continue;
                            int64_t e = (((int64_t)n * H + h) * W + v) * C + c;
                            if (best < 0 || x[e] > x[best]) best = e;
                        }
                    KILN_ASSERT(best >= 0);
                    acc[best] += dy[(((int64_t)n * OH + i) * OW + j) * C + c];
                }
    for (int64_t e = 0; e < nx; e++) put(&dx[e], acc[e], nd->a.accumulate);
    free(acc);
}

/* BN_BWD: dy, x, gamma [absent: 1], mean (C), invstd (C) -> dx, dgamma [opt], dbeta [opt];
 * per channel over M = nb*H*W: xhat = (x-mean)*invstd; dbeta = sum dy;
 * dgamma = sum dy*xhat; dx = gamma*invstd/M * (M*dy - dbeta - xhat*dgamma). */
static void bn_bwd(kiln_interp *ip, const kiln_node *nd)
{
    int C = last_dim(ip, nd->in[1]);
    int64_t M = valid(ip, nd->in[1]) / C;
    const double *dy = buf(ip, nd->in[0]), *x = buf(ip, nd->in[1]), *gamma = buf(ip, nd->in[2]);
    const double *mean = buf(ip, nd->in[3]), *invstd = buf(ip, nd->in[4]);
    double *dx = buf(ip, nd->out[0]), *dgamma = buf(ip, nd->out[1]), *dbeta = buf(ip, nd->out[2]);
    int acc = nd->a.accumulate;

    for (int c = 0; c < C; c++) {
        double sum_dy = 0, sum_dy_xhat = 0;
        for (int64_t r = 0; r < M; r++) {
            double xhat = (x[r * C + c] - mean[c]) * invstd[c];
            sum_dy += dy[r * C + c];
            sum_dy_xhat += dy[r * C + c] * xhat;
        }
        double g = gamma ? gamma[c] : 1.0;
        for (int64_t r = 0; r < M; r++) {
            double xhat = (x[r * C + c] - mean[c]) * invstd[c];
            double v = g * invstd[c] / (double)M *
                       ((double)M * dy[r * C + c] - sum_dy - xhat * sum_dy_xhat);
            put(&dx[r * C + c], v, acc);
        }
        if (dgamma) put(&dgamma[c], sum_dy_xhat, acc);
        if (dbeta) put(&dbeta[c], sum_dy, acc);
    }
}

/* DROPOUT_BWD: dx = dy*mask. */
static void dropout_bwd(kiln_interp *ip, const kiln_node *nd)
{
    const double *dy = buf(ip, nd->in[0]), *mask = buf(ip, nd->in[1]);
    double *dx = buf(ip, nd->out[0]);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++) put(&dx[e], dy[e] * mask[e], nd->a.accumulate);
}

/* RELU_BWD: dy, y -> dx = y > 0 ? dy : 0. */
static void relu_bwd(kiln_interp *ip, const kiln_node *nd)
{
    const double *dy = buf(ip, nd->in[0]), *y = buf(ip, nd->in[1]);
    double *dx = buf(ip, nd->out[0]);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++)
        put(&dx[e], y[e] > 0 ? dy[e] : 0.0, nd->a.accumulate);
}

/* LEAKY_RELU_BWD: dy, x -> dx = x > 0 ? dy : alpha*dy. */
static void leaky_relu_bwd(kiln_interp *ip, const kiln_node *nd)
{
    const double *dy = buf(ip, nd->in[0]), *x = buf(ip, nd->in[1]);
    double *dx = buf(ip, nd->out[0]);
    double alpha = nd->a.alpha;
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++)
        put(&dx[e], x[e] > 0 ? dy[e] : alpha * dy[e], nd->a.accumulate);
}

/* SIGMOID_BWD: dy, y -> dx = dy*y*(1-y). */
static void sigmoid_bwd(kiln_interp *ip, const kiln_node *nd)
{
    const double *dy = buf(ip, nd->in[0]), *y = buf(ip, nd->in[1]);
    double *dx = buf(ip, nd->out[0]);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++)
        put(&dx[e], dy[e] * y[e] * (1.0 - y[e]), nd->a.accumulate);
}

/* TANH_BWD: dy, y -> dx = dy*(1-y^2). */
static void tanh_bwd(kiln_interp *ip, const kiln_node *nd)
{
    const double *dy = buf(ip, nd->in[0]), *y = buf(ip, nd->in[1]);
    double *dx = buf(ip, nd->out[0]);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++)
        put(&dx[e], dy[e] * (1.0 - y[e] * y[e]), nd->a.accumulate);
}

/* SOFTMAX_BWD: dy, y -> dx = y*(dy - sum_k dy*y), per row of the last axis. */
static void softmax_bwd(kiln_interp *ip, const kiln_node *nd)
{
    int K = last_dim(ip, nd->in[1]);
    int64_t rows = valid(ip, nd->in[1]) / K;
    const double *dy = buf(ip, nd->in[0]), *y = buf(ip, nd->in[1]);
    double *dx = buf(ip, nd->out[0]);
    for (int64_t r = 0; r < rows; r++) {
        double dot = 0;
        for (int k = 0; k < K; k++) dot += dy[r * K + k] * y[r * K + k];
        for (int k = 0; k < K; k++)
            put(&dx[r * K + k], y[r * K + k] * (dy[r * K + k] - dot), nd->a.accumulate);
    }
}

/* SOFTMAX_CE_SPARSE_BWD: probs (N,K), labels (N) -> dlogits = (probs - onehot(label))/nb. */
static void softmax_ce_sparse_bwd(kiln_interp *ip, const kiln_node *nd)
{
    int64_t K = kiln_tensor_per_sample(ip->g, nd->in[0]);
    const double *probs = buf(ip, nd->in[0]), *label = buf(ip, nd->in[1]);
    double *dz = buf(ip, nd->out[0]);
    for (int n = 0; n < ip->nb; n++) {
        int lbl = (int)label[n];
        KILN_ASSERT(lbl >= 0 && lbl < K);
        for (int64_t k = 0; k < K; k++)
            put(&dz[n * K + k], (probs[n * K + k] - (k == lbl ? 1.0 : 0.0)) / ip->nb,
                nd->a.accumulate);
    }
}

/* SOFTMAX_CE_BWD: probs, y -> dlogits = (probs*sum_k y - y)/nb. */
static void softmax_ce_bwd(kiln_interp *ip, const kiln_node *nd)
{
    int64_t K = kiln_tensor_per_sample(ip->g, nd->in[0]);
    const double *probs = buf(ip, nd->in[0]), *y = buf(ip, nd->in[1]);
    double *dz = buf(ip, nd->out[0]);
    for (int n = 0; n < ip->nb; n++) {
        double ysum = 0;
        for (int64_t k = 0; k < K; k++) ysum += y[n * K + k];
        for (int64_t k = 0; k < K; k++)
            put(&dz[n * K + k], (probs[n * K + k] * ysum - y[n * K + k]) / ip->nb,
                nd->a.accumulate);
    }
}

/* SIGMOID_BCE_BWD: probs, y -> dlogits = (probs - y)/(nb*K). */
static void sigmoid_bce_bwd(kiln_interp *ip, const kiln_node *nd)
{
    int64_t K = kiln_tensor_per_sample(ip->g, nd->in[0]);
    const double *probs = buf(ip, nd->in[0]), *y = buf(ip, nd->in[1]);
    double *dz = buf(ip, nd->out[0]);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++)
        put(&dz[e], (probs[e] - y[e]) / ((double)ip->nb * (double)K), nd->a.accumulate);
}

/* MSE_BWD: pred, y -> dpred = 2*(pred - y)/(nb*K). */
static void mse_bwd(kiln_interp *ip, const kiln_node *nd)
{
    int64_t K = kiln_tensor_per_sample(ip->g, nd->in[0]);
    const double *pred = buf(ip, nd->in[0]), *y = buf(ip, nd->in[1]);
    double *dp = buf(ip, nd->out[0]);
    for (int64_t e = 0; e < valid(ip, nd->out[0]); e++)
        put(&dp[e], 2.0 * (pred[e] - y[e]) / ((double)ip->nb * (double)K), nd->a.accumulate);
}

/* REG_BWD: w -> dw += l1*sign(w) + 2*l2*w (always accumulates; sign(0) = 0). */
static void reg_bwd(kiln_interp *ip, const kiln_node *nd)
{
    const double *w = buf(ip, nd->in[0]);
    double *dw = buf(ip, nd->out[0]);
    double l1 = nd->a.l1, l2 = nd->a.l2;
    for (int64_t e = 0; e < valid(ip, nd->in[0]); e++) {
        double sign = w[e] > 0 ? 1.0 : w[e] < 0 ? -1.0 : 0.0;
        dw[e] += l1 * sign + 2.0 * l2 * w[e];
    }
}

/* ---- optimizer (every KILN_ROLE_PARAM tensor with a gradient) ------------- */

/* The tensor of `role` (OPT_M / OPT_V) whose .param is param, or -1. */
static int moment_of(const kiln_interp *ip, int param, int role)
{
    for (int i = 0; i < ip->g->nt; i++)
        if (ip->g->t[i].role == role && ip->g->t[i].param == param) return i;
    return -1;
}

/* ADAM_UPDATE (Keras Adam): lr_t = lr*sqrt(1-b2^t)/(1-b1^t);
 * m = b1*m + (1-b1)*g; v = b2*v + (1-b2)*g^2; p -= lr_t*m/(sqrt(v)+eps). */
static void adam_update(kiln_interp *ip, const kiln_node *nd)
{
    KILN_ASSERT(ip->step >= 1);
    double b1 = nd->a.beta_1, b2 = nd->a.beta_2, eps = nd->a.opt_epsilon;
    double t = (double)ip->step;
    double lr_t = ip->lr * sqrt(1.0 - pow(b2, t)) / (1.0 - pow(b1, t));
    for (int id = 0; id < ip->g->nt; id++) {
        const kiln_tensor *tp = &ip->g->t[id];
        if (tp->role != KILN_ROLE_PARAM || tp->grad < 0) continue;
        int im = moment_of(ip, id, KILN_ROLE_OPT_M), iv = moment_of(ip, id, KILN_ROLE_OPT_V);
        if (im < 0 || iv < 0) KILN_BUG("adam_update: parameter %s has no m/v tensors", tp->name);
        double *p = buf(ip, id), *g = buf(ip, tp->grad), *m = buf(ip, im), *v = buf(ip, iv);
        for (int64_t e = 0; e < tp->size; e++) {
            m[e] = b1 * m[e] + (1.0 - b1) * g[e];
            v[e] = b2 * v[e] + (1.0 - b2) * g[e] * g[e];
            p[e] -= lr_t * m[e] / (sqrt(v[e]) + eps);
        }
    }
}

/* SGD_UPDATE (Keras SGD): momentum 0: p -= lr*g; else v = momentum*v - lr*g
 * (v in OPT_M), then p += v, or with nesterov p += momentum*v - lr*g. */
static void sgd_update(kiln_interp *ip, const kiln_node *nd)
{
    double mom = nd->a.sgd_momentum, lr = ip->lr;
    for (int id = 0; id < ip->g->nt; id++) {
        const kiln_tensor *tp = &ip->g->t[id];
        if (tp->role != KILN_ROLE_PARAM || tp->grad < 0) continue;
        double *p = buf(ip, id), *g = buf(ip, tp->grad);
        if (mom == 0.0) {
            for (int64_t e = 0; e < tp->size; e++) p[e] -= lr * g[e];
            continue;
        }
        int im = moment_of(ip, id, KILN_ROLE_OPT_M);
        if (im < 0) KILN_BUG("sgd_update: parameter %s has no velocity tensor", tp->name);
        double *v = buf(ip, im);
        for (int64_t e = 0; e < tp->size; e++) {
            v[e] = mom * v[e] - lr * g[e];
            if (nd->a.nesterov)
                p[e] += mom * v[e] - lr * g[e];
            else
                p[e] += v[e];
        }
    }
}

/* ---- driver --------------------------------------------------------------- */

static void run_node(kiln_interp *ip, const kiln_node *nd)
{
    switch (nd->op) {
    case OP_RESCALE: rescale_forward(ip, nd); break;
    case OP_CONV2D: conv2d_forward(ip, nd); break;
    case OP_DENSE: dense_forward(ip, nd); break;
    case OP_MAXPOOL: maxpool_forward(ip, nd); break;
    case OP_BN_TRAIN: bn_train_forward(ip, nd); break;
    case OP_BN_INFER: bn_infer_forward(ip, nd); break;
    case OP_DROPOUT: dropout_forward(ip, nd); break;
    case OP_RELU: relu_forward(ip, nd); break;
    case OP_LEAKY_RELU: leaky_relu_forward(ip, nd); break;
    case OP_SIGMOID: sigmoid_forward(ip, nd); break;
    case OP_TANH: tanh_forward(ip, nd); break;
    case OP_SOFTMAX: softmax_forward(ip, nd); break;
    case OP_OUTPUT: output_forward(ip, nd); break;
    case OP_REORDER: reorder(ip, nd); break;
    case OP_BN_FOLD: bn_fold(ip, nd); break;
    case OP_SOFTMAX_CE_SPARSE: softmax_ce_sparse_forward(ip, nd); break;
    case OP_SOFTMAX_CE: softmax_ce_forward(ip, nd); break;
    case OP_SIGMOID_BCE: sigmoid_bce_forward(ip, nd); break;
    case OP_MSE: mse_forward(ip, nd); break;
    case OP_REG: reg_forward(ip, nd); break;
    case OP_CONV2D_BWD_DATA: conv2d_bwd_data(ip, nd); break;
    case OP_CONV2D_BWD_WEIGHTS: conv2d_bwd_weights(ip, nd); break;
    case OP_DENSE_BWD_DATA: dense_bwd_data(ip, nd); break;
    case OP_DENSE_BWD_WEIGHTS: dense_bwd_weights(ip, nd); break;
    case OP_MAXPOOL_BWD: maxpool_bwd(ip, nd); break;
    case OP_BN_BWD: bn_bwd(ip, nd); break;
    case OP_DROPOUT_BWD: dropout_bwd(ip, nd); break;
    case OP_RELU_BWD: relu_bwd(ip, nd); break;
    case OP_LEAKY_RELU_BWD: leaky_relu_bwd(ip, nd); break;
    case OP_SIGMOID_BWD: sigmoid_bwd(ip, nd); break;
    case OP_TANH_BWD: tanh_bwd(ip, nd); break;
    case OP_SOFTMAX_BWD: softmax_bwd(ip, nd); break;
    case OP_SOFTMAX_CE_SPARSE_BWD: softmax_ce_sparse_bwd(ip, nd); break;
    case OP_SOFTMAX_CE_BWD: softmax_ce_bwd(ip, nd); break;
    case OP_SIGMOID_BCE_BWD: sigmoid_bce_bwd(ip, nd); break;
    case OP_MSE_BWD: mse_bwd(ip, nd); break;
    case OP_REG_BWD: reg_bwd(ip, nd); break;
    case OP_ADAM_UPDATE: adam_update(ip, nd); break;
    case OP_SGD_UPDATE: sgd_update(ip, nd); break;
    default: KILN_BUG("interp: unknown op %d in node %s", (int)nd->op, nd->name);
    }
}

kiln_interp *kiln_interp_new(const kiln_graph *g)
{
    kiln_interp *ip = xcalloc(1, sizeof *ip);
    ip->g = g;
    ip->buf = xcalloc((size_t)(g->nt ? g->nt : 1), sizeof *ip->buf);
    for (int i = 0; i < g->nt; i++)
        if (g->t[i].alias < 0) ip->buf[i] = xcalloc((size_t)g->t[i].size, sizeof(double));
    for (int i = 0; i < g->nn; i++)
        if (g->n[i].op == OP_OUTPUT && !ip->out) {
            int y = g->n[i].in[0];
            ip->out_size = kiln_tensor_per_sample(g, y);
            ip->out = xcalloc((size_t)g->t[y].size, sizeof(double));
        }
    return ip;
}

double *kiln_interp_tensor(kiln_interp *ip, int tensor_id)
{
    KILN_ASSERT(tensor_id >= 0 && tensor_id < ip->g->nt);
    return buf(ip, tensor_id);
}

void kiln_interp_run(kiln_interp *ip, int entry_mask, int nb, int64_t step,
                     double learning_rate, uint64_t seed)
{
    KILN_ASSERT(nb >= 1 && nb <= ip->g->batch);
    ip->nb = nb;
    ip->step = step;
    ip->lr = learning_rate;
    ip->seed = seed;
    ip->loss = 0;
    ip->metric = 0;
    for (int i = 0; i < ip->g->nn; i++)
        if (ip->g->n[i].entries & entry_mask) run_node(ip, &ip->g->n[i]);
}

double kiln_interp_loss(const kiln_interp *ip) { return ip->loss; }
double kiln_interp_metric(const kiln_interp *ip) { return ip->metric; }
double *kiln_interp_output(kiln_interp *ip) { return ip->out; }
int64_t kiln_interp_output_size(const kiln_interp *ip) { return ip->out_size; }

void kiln_interp_free(kiln_interp *ip)
{
    if (!ip) return;
    for (int i = 0; i < ip->g->nt; i++) free(ip->buf[i]);
    free(ip->buf);
    free(ip->out);
    free(ip);
}

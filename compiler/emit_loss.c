/* emit_loss.c — softmax, the losses and their gradients, regularizers
 * (emit.h).  Loss values are summed in double on one thread in sample order,
 * so the reported loss does not depend on the thread count. */
#include <math.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

/* Softmax over the last axis, row by row. */
static void k_softmax(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]);
    int K = x->dims[x->rank - 1];
    int64_t R = kiln_tensor_per_sample(E->g, n->in[0]) / K;
    const char *X = E->tname[n->in[0]], *Y = E->tname[n->out[0]];
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (long r = 0; r < (long)nb * %lld; r++) {\n", (long long)R);
    kiln_emit_softmax_row(E, I2, kiln_arena_printf(E->a, "%s + r * %d", X, K), kiln_arena_printf(E->a, "%s + r * %d", Y, K), K);
    P(b, I1 "}\n");
}

void kiln_emit_softmax_row(emitter *E, const char *ind, const char *z, const char *y, int K)
{
    sbuf *b = E->b;
    P(b, "%s{\n", ind);
    P(b, "%s    const float *zr = %s;\n%s    float *yr = %s;\n", ind, z, ind, y);
    P(b, "%s    float mx = zr[0];\n", ind);
    P(b, "%s    for (int k = 1; k < %d; k++) mx = zr[k] > mx ? zr[k] : mx;\n", ind, K);
    P(b, "%s    float sum = 0.0f;\n", ind);
    P(b, "%s    for (int k = 0; k < %d; k++) { yr[k] = expf(zr[k] - mx); sum += yr[k]; }\n", ind, K);
    P(b, "%s    for (int k = 0; k < %d; k++) yr[k] /= sum;\n", ind, K);
    P(b, "%s}\n", ind);
}

static void k_softmax_bwd(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *y = T(E, n->in[1]);
    int K = y->dims[y->rank - 1];
    int64_t R = kiln_tensor_per_sample(E->g, n->in[1]) / K;
    const char *DY = E->tname[n->in[0]], *Y = E->tname[n->in[1]], *DX = E->tname[n->out[0]];
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (long r = 0; r < (long)nb * %lld; r++) {\n", (long long)R);
    P(b, I2 "float s = 0.0f;\n");
    P(b, I2 "for (int k = 0; k < %d; k++) s += %s[r * %d + k] * %s[r * %d + k];\n", K, DY, K, Y, K);
    P(b, I2 "for (int k = 0; k < %d; k++) %s[r * %d + k] %s %s[r * %d + k] * (%s[r * %d + k] - s);\n", K, DX, K,
      store(n), Y, K, DY, K);
    P(b, I1 "}\n");
}

/* Losses.  Each sample's loss and hit is computed in parallel into a
 * scratch pair of doubles; one thread then adds them in sample order, so the
 * reported loss does not depend on the thread count.  With the loss's
 * gradient fused (the kernel's second node, in the training step) the
 * probabilities are made in the gradient's rows and turned into the
 * gradient there: never stored on their own. */
static void k_loss(emitter *E, const kiln_kernel *kk, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_node *gn = kk->n_nodes > 1 ? &E->g->n[kk->nodes[1]] : NULL;
    const char *Z = E->tname[n->in[0]], *L = E->tname[n->in[1]], *S = E->tname[kk->scratch[0]];
    int K = (int)kiln_tensor_per_sample(E->g, n->in[0]);
    const char *PR = n->out[0] >= 0 ? E->tname[gn ? gn->out[0] : n->out[0]] : NULL;
    P(b, I1 "double *const per = (double *)%s;  /* per sample: loss, hit */\n", S);
    if (gn && n->op == OP_SOFTMAX_CE_SPARSE) P(b, I1 "const float inv = 1.0f / (float)nb;\n");
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "const float *z = %s + (long)n * %d;\n", Z, K);
    P(b, I2 "double total = 0.0, hits = 0.0;\n");
    switch (n->op) {
    case OP_SOFTMAX_CE_SPARSE:
    case OP_SOFTMAX_CE: {
        P(b, I2 "float *p = %s + (long)n * %d;%s\n", PR, K, gn ? "  /* the probabilities, then the gradient */" : "");
        P(b, I2 "int arg = 0;\n");
        P(b, I2 "for (int k = 1; k < %d; k++) if (z[k] > z[arg]) arg = k;\n", K);
        P(b, I2 "const float mx = z[arg];\n");
        P(b, I2 "double sum = 0.0;\n");
        P(b, I2 "for (int k = 0; k < %d; k++) { p[k] = expf(z[k] - mx); sum += p[k]; }\n", K);
        P(b, I2 "for (int k = 0; k < %d; k++) p[k] = (float)(p[k] / sum);\n", K);
        P(b, I2 "const double lse = mx + log(sum);\n");
        if (n->op == OP_SOFTMAX_CE_SPARSE) {
            P(b, I2 "const int label = %s[n];\n", L);
            P(b, I2 "total = lse - z[label];\n");
            P(b, I2 "hits = arg == label;\n");
            if (gn) {
                P(b, I2 "/* (probs - onehot(label)) / nb */\n");
                P(b, I2 "for (int k = 0; k < %d; k++) p[k] *= inv;\n", K);
                P(b, I2 "p[label] -= inv;\n");
            }
        } else {
            P(b, I2 "const float *t = %s + (long)n * %d;\n", L, K);
            P(b, I2 "int targ = 0;\n");
            P(b, I2 "for (int k = 0; k < %d; k++) {\n", K);
            P(b, I3 "total -= t[k] * (z[k] - lse);\n");
            P(b, I3 "if (t[k] > t[targ]) targ = k;\n");
            P(b, I2 "}\n");
            P(b, I2 "hits = arg == targ;\n");
            if (gn) {
                P(b, I2 "/* (probs * sum_k y - y) / nb */\n");
                P(b, I2 "float st = 0.0f;\n" I2 "for (int k = 0; k < %d; k++) st += t[k];\n", K);
                P(b, I2 "for (int k = 0; k < %d; k++) p[k] = (p[k] * st - t[k]) / (float)nb;\n", K);
            }
        }
        break;
    }
    case OP_SIGMOID_BCE: {
        P(b, I2 "const float *t = %s + (long)n * %d;\n", L, K);
        P(b, I2 "float *p = %s + (long)n * %d;\n", PR, K);
        P(b, I2 "double s = 0.0, right = 0.0;\n");
        int kv = E->g->isa->lanes > 1 ? K / E->g->isa->lanes * E->g->isa->lanes : 0;
        if (kv) {
            /* VL units at a time: e = exp(-|z|) once, the sigmoid from it (1/(1+e) or
             * e/(1+e)), log(1 + exp(-|z|)) = log1p(e); sums per lane in double, added
             * in lane order */
            P(b, I2 "{\n");
            P(b, I3 "vd sv = (vd)0.0;\n" I3 "vi rv = (vi)0;\n");
            P(b, I3 "for (int k = 0; k < %d; k += VL) {\n", kv);
            P(b, I4 "const vf zk = vload(z + k), tk = vload(t + k);\n");
            P(b, I4 "const vf e = vexp(-__builtin_elementwise_abs(zk));\n");
            P(b, I4 "const vf r = 1.0f / (1.0f + e);\n");
            P(b, I4 "const vf pk = zk >= 0.0f ? r : e * r;\n");
            P(b, I4 "const vf lk = (zk > 0.0f ? zk : vzero()) - zk * tk + vlog1p_unit(e);\n");
            P(b, I4 "sv += __builtin_convertvector(lk, vd);\n");
            P(b, I4 "rv -= (pk > 0.5f) == (tk > 0.5f);  /* -1 where true */\n");
            if (gn) P(b, I4 "vstore(p + k, (pk - tk) / ((float)nb * %d.0f));  /* the gradient */\n", K);
            else P(b, I4 "vstore(p + k, pk);\n");
            P(b, I3 "}\n");
            P(b, I3 "for (int l = 0; l < VL; l++) { s += sv[l]; right += rv[l]; }\n");
            P(b, I2 "}\n");
        }
        if (kv == K) {
            P(b, I2 "total = s / %d.0;\n" I2 "hits = right / %d.0;\n", K, K);
            break;
        }
        P(b, I2 "for (int k = %d; k < %d; k++) {\n", kv, K);
        P(b, I3 "const float zk = z[k];\n");
        P(b, I3 "p[k] = 1.0f / (1.0f + expf(-zk));\n");
        P(b, I3 "s += (zk > 0.0f ? zk : 0.0f) - zk * t[k] + log1p(exp(-fabs((double)zk)));\n");
        P(b, I3 "right += (p[k] > 0.5f) == (t[k] > 0.5f);\n");
        if (gn) P(b, I3 "p[k] = (p[k] - t[k]) / ((float)nb * %d.0f);  /* the gradient */\n", K);
        P(b, I2 "}\n");
        P(b, I2 "total = s / %d.0;\n" I2 "hits = right / %d.0;\n", K, K);
        break;
    }
    case OP_MSE:
        P(b, I2 "const float *t = %s + (long)n * %d;\n", L, K);
        P(b, I2 "double s = 0.0;\n");
        P(b, I2 "for (int k = 0; k < %d; k++) s += ((double)z[k] - t[k]) * ((double)z[k] - t[k]);\n", K);
        P(b, I2 "total = s / %d.0;\n", K);
        break;
    default: KILN_BUG("not a loss");
    }
    P(b, I2 "per[2 * n] = total;\n" I2 "per[2 * n + 1] = hits;\n");
    P(b, I1 "}\n");
    P(b, I1 "#pragma omp single\n" I1 "{\n");
    P(b, I2 "double total = 0.0, hits = 0.0;\n");
    P(b, I2 "for (int n = 0; n < nb; n++) { total += per[2 * n]; hits += per[2 * n + 1]; }\n");
    P(b, I2 "*loss = total / nb;\n" I2 "*metric = hits;\n");
    P(b, I1 "}\n");
}

static void k_loss_bwd(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const char *PR = E->tname[n->in[0]], *L = E->tname[n->in[1]], *D = E->tname[n->out[0]];
    int K = (int)kiln_tensor_per_sample(E->g, n->in[0]);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "const float *p = %s + (long)n * %d;\n" I2 "float *d = %s + (long)n * %d;\n", PR, K, D, K);
    switch (n->op) {
    case OP_SOFTMAX_CE_SPARSE_BWD:
        P(b, I2 "const float inv = 1.0f / (float)nb;\n");
        P(b, I2 "for (int k = 0; k < %d; k++) d[k] %s p[k] * inv;\n", K, store(n));
        P(b, I2 "d[%s[n]] -= inv;\n", L);
        if (n->a.accumulate) KILN_BUG("accumulating loss gradient");
        break;
    case OP_SOFTMAX_CE_BWD:
        P(b, I2 "const float *t = %s + (long)n * %d;\n", L, K);
        P(b, I2 "float st = 0.0f;\n" I2 "for (int k = 0; k < %d; k++) st += t[k];\n", K);
        P(b, I2 "for (int k = 0; k < %d; k++) d[k] %s (p[k] * st - t[k]) / (float)nb;\n", K, store(n));
        break;
    case OP_SIGMOID_BCE_BWD:
        P(b, I2 "const float *t = %s + (long)n * %d;\n", L, K);
        P(b, I2 "for (int k = 0; k < %d; k++) d[k] %s (p[k] - t[k]) / ((float)nb * %d.0f);\n", K, store(n), K);
        break;
    case OP_MSE_BWD:
        P(b, I2 "const float *t = %s + (long)n * %d;\n", L, K);
        P(b, I2 "for (int k = 0; k < %d; k++) d[k] %s 2.0f * (p[k] - t[k]) / ((float)nb * %d.0f);\n", K, store(n), K);
        break;
    default: KILN_BUG("not a loss gradient");
    }
    P(b, I1 "}\n");
}

/* The regularizer's loss l1 sum|w| + l2 sum w^2 (Keras's L1L2) and its
 * gradient l1 sign(w) + 2 l2 w, a term left out where its factor is 0.  The
 * loss is summed on one thread in double, VL lanes by 4 chains (so the adds
 * do not wait on each other) and then lane by lane: a fixed order, the same
 * for any thread count. */
static void k_reg(emitter *E, const kiln_node *n, int bwd)
{
    sbuf *b = E->b;
    const kiln_tensor *w = T(E, n->in[0]);
    const char *W = E->tname[n->in[0]];
    const char *l1 = flt(E->a, n->a.l1), *l2 = flt(E->a, n->a.l2);
    const int has1 = n->a.l1 != 0, has2 = n->a.l2 != 0 || !has1;
    const long long N = (long long)w->size;
    if (!bwd) {
        const int vl = E->g->isa->lanes;
        const long long nv = vl > 1 ? N / (4 * vl) * (4 * vl) : 0;
        P(b, I1 "#pragma omp single\n" I1 "{\n");
        P(b, I2 "double s1 = 0.0, s2 = 0.0;\n");
        if (nv) {
            P(b, I2 "{\n");
            if (has1) P(b, I3 "vd a0 = (vd)0.0, a1 = (vd)0.0, a2 = (vd)0.0, a3 = (vd)0.0;  /* |w| */\n");
            if (has2) P(b, I3 "vd q0 = (vd)0.0, q1 = (vd)0.0, q2 = (vd)0.0, q3 = (vd)0.0;  /* w^2 */\n");
            P(b, I3 "for (long i = 0; i < %lld; i += 4 * VL) {\n", nv);
            for (int c = 0; c < 4; c++) {
                P(b, I4 "const vd w%d = __builtin_convertvector(vload(%s + i + %d * VL), vd);\n", c, W, c);
                if (has1) P(b, I4 "a%d += __builtin_elementwise_abs(w%d);\n", c, c);
                if (has2) P(b, I4 "q%d = __builtin_elementwise_fma(w%d, w%d, q%d);\n", c, c, c, c);
            }
            P(b, I3 "}\n");
            P(b, I3 "for (int l = 0; l < VL; l++) {\n");
            if (has1) P(b, I4 "s1 += (a0[l] + a1[l]) + (a2[l] + a3[l]);\n");
            if (has2) P(b, I4 "s2 += (q0[l] + q1[l]) + (q2[l] + q3[l]);\n");
            P(b, I3 "}\n");
            P(b, I2 "}\n");
        }
        if (nv < N) {
            P(b, I2 "for (long i = %lld; i < %lld; i++) {", nv, N);
            if (has1) P(b, " s1 += fabsf(%s[i]);", W);
            if (has2) P(b, " s2 += (double)%s[i] * %s[i];", W, W);
            P(b, " }\n");
        }
        P(b, I2 "*loss += ");
        if (has1) P(b, "%s * s1%s", l1, has2 ? " + " : "");
        if (has2) P(b, "%s * s2", l2);
        P(b, ";\n");
        if (!has1) P(b, I2 "(void)s1;\n");
        if (!has2) P(b, I2 "(void)s2;\n");
        P(b, I1 "}\n");
    } else {
        P(b, I1 "#pragma omp for schedule(static)\n");
        P(b, I1 "for (long i = 0; i < %lld; i++)\n", N);
        P(b, I2 "%s[i] += %s;\n", E->tname[n->out[0]], kiln_reg_grad_term(E, n, kiln_arena_printf(E->a, "%s[i]", W)));
    }
}

const char *kiln_reg_grad_term(emitter *E, const kiln_node *n, const char *w)
{
    const char *l1 = flt(E->a, n->a.l1), *l2 = flt(E->a, n->a.l2);
    const int has1 = n->a.l1 != 0, has2 = n->a.l2 != 0 || !has1;
    const char *t1 = has1 ? kiln_arena_printf(E->a, "%s * (float)((%s > 0.0f) - (%s < 0.0f))", l1, w, w) : "";
    const char *t2 = has2 ? kiln_arena_printf(E->a, "2.0f * %s * %s", l2, w) : "";
    return kiln_arena_printf(E->a, "%s%s%s", t1, has1 && has2 ? " + " : "", t2);
}

void kiln_emit_loss(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    switch (n->op) {
    case OP_SOFTMAX: k_softmax(E, n); break;
    case OP_SOFTMAX_BWD: k_softmax_bwd(E, n); break;
    case OP_SOFTMAX_CE_SPARSE: case OP_SOFTMAX_CE: case OP_SIGMOID_BCE: case OP_MSE: k_loss(E, k, n); break;
    case OP_SOFTMAX_CE_SPARSE_BWD: case OP_SOFTMAX_CE_BWD: case OP_SIGMOID_BCE_BWD: case OP_MSE_BWD:
        k_loss_bwd(E, n);
        break;
    case OP_REG: k_reg(E, n, 0); break;
    case OP_REG_BWD: k_reg(E, n, 1); break;
    default: KILN_BUG("not a loss op: %s", kiln_ops[n->op].name);
    }
}

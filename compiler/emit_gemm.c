/* emit_gemm.c — Dense kernels (emit.h): forward y = x w + b, backward-data
 * dx = dy w^T, backward-weights dw = x^T dy, db = sum dy.  Generic family:
 * loops in Keras's layouts, the innermost over output features. */
#include <math.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

static void k_dense(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]), *y = T(E, n->out[0]);
    int K = x->dims[1], M = y->dims[1];
    const char *X = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *Y = E->tname[n->out[0]];
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "float *yr = %s + (long)n * %d;  /* the sums, in place */\n", Y, M);
    if (n->in[2] >= 0) P(b, I2 "for (int m = 0; m < %d; m++) yr[m] = %s[m];\n", M, E->tname[n->in[2]]);
    else P(b, I2 "for (int m = 0; m < %d; m++) yr[m] = 0.0f;\n", M);
    P(b, I2 "for (int k = 0; k < %d; k++) {\n", K);
    P(b, I3 "const float xv = %s[(long)n * %d + k];\n", X, K);
    P(b, I3 "for (int m = 0; m < %d; m++) yr[m] += xv * %s[k * %d + m];\n", M, Wt, M);
    P(b, I2 "}\n");
    P(b, I1 "}\n");
}

static void k_dense_bwd_data(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *dx = T(E, n->out[0]);
    int K = dx->dims[1], M = dy->dims[1];
    const char *DY = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *DX = E->tname[n->out[0]];
    const char *WT = E->tname[E->k->scratch[0]];
    P(b, I1 "/* Transposed kernel %s[m][k] = w[k][m]: the innermost loop runs over k. */\n", WT);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int k = 0; k < %d; k++)\n", K);
    P(b, I2 "for (int m = 0; m < %d; m++) %s[m * %d + k] = %s[k * %d + m];\n", M, WT, K, Wt, M);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "float *dxr = %s + (long)n * %d;  /* the sums, in place */\n", DX, K);
    if (!n->a.accumulate) P(b, I2 "for (int k = 0; k < %d; k++) dxr[k] = 0.0f;\n", K);
    P(b, I2 "for (int m = 0; m < %d; m++) {\n", M);
    P(b, I3 "const float d = %s[(long)n * %d + m];\n", DY, M);
    P(b, I3 "for (int k = 0; k < %d; k++) dxr[k] += d * %s[m * %d + k];\n", K, WT, K);
    P(b, I2 "}\n");
    P(b, I1 "}\n");
}

static void k_dense_bwd_weights(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]);
    int K = x->dims[1], M = dy->dims[1];
    const char *DY = E->tname[n->in[0]], *X = E->tname[n->in[1]], *DW = E->tname[n->out[0]];
    P(b, I1 "/* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */\n");
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int k = 0; k < %d; k++) {\n", K);
    P(b, I2 "float *dwr = %s + (long)k * %d;  /* the sums, in place */\n", DW, M);
    if (!n->a.accumulate) P(b, I2 "for (int m = 0; m < %d; m++) dwr[m] = 0.0f;\n", M);
    P(b, I2 "for (int n = 0; n < nb; n++) {\n");
    P(b, I3 "const float xv = %s[(long)n * %d + k];\n", X, K);
    P(b, I3 "for (int m = 0; m < %d; m++) dwr[m] += xv * %s[(long)n * %d + m];\n", M, DY, M);
    P(b, I2 "}\n");
    P(b, I1 "}\n");
    if (n->out[1] >= 0) {
        P(b, I1 "#pragma omp single\n" I1 "{\n");
        const char *DB = E->tname[n->out[1]];
        if (!n->a.accumulate) P(b, I1 "for (int m = 0; m < %d; m++) %s[m] = 0.0f;\n", M, DB);
        P(b, I1 "for (int n = 0; n < nb; n++)\n");
        P(b, I2 "for (int m = 0; m < %d; m++) %s[m] += %s[(long)n * %d + m];\n", M, DB, DY, M);
        P(b, I1 "}\n");
    }
}

/* ---- vector family: register-tiled small GEMMs without packing -------------
 * C (rows x columns, row-major) (=|+=) A B (+ bias, activation), vectorised
 * over C's columns: a tile of R rows x JV column vectors in named
 * accumulators; per step of the reduction, JV vectors of B and R broadcast
 * elements of A.  The three Dense passes are this product:
 *   forward          C = y (N, M),  A = x (N, K),   B = w (K, M padded)
 *   backward-data    C = dx (N, K), A = dy (N, M),  B = w^T (M, K padded)
 *   backward-weights C = dw (K, M), A = x^T (K, N): element (k, n) = x[n][k],
 *                    B = dy (N, M); db = sum_n dy in the tile that holds row 0.
 * Rows run to the run-time nb (forward, backward-data) in tiles of R, the
 * last rows one at a time; the last column vector stores only the columns
 * that exist. */

typedef struct {
    const char *name;
    int rows, vecs;        /* tile */
    int tail;              /* valid lanes of the last vector (0: all) */
    long a_row, a_step;    /* A(i, p) = a[i * a_row + p * a_step] */
    long b_step;           /* B(p, j) = b[p * b_step + j * VL] */
    long c_row;            /* C(i, j) = c[i * c_row + j * VL] */
    int steps;             /* the reduction length; 0: the run-time argument np */
    int bias, act, accumulate, bias_grad;  /* act: the epilogue's activation, GEMM_RELU or GEMM_SIGMOID */
    int b_partial;         /* B's rows are not padded: load only the columns of the last vector */
    int mask;              /* a ReLU backward fused: C = (M > 0 ? product : 0), M laid out as C */
    int k_split;           /* > 1: one row, the reduction in k_split interleaved partial sums */
} gemm_tile;

enum { GEMM_RELU = 1, GEMM_SIGMOID = 2 };

/* The epilogue's activation of the accumulator expression v. */
static const char *act_expr(emitter *E, int act, const char *v)
{
    if (act == GEMM_RELU) return kiln_arena_printf(E->a, "vrelu(%s)", v);
    if (act == GEMM_SIGMOID) return kiln_arena_printf(E->a, "vsigmoid(%s)", v);
    return v;
}

/* The product of one row (a batch of one): accumulator v of column vector
 * j sums the reduction steps p = v mod KS, so that KS FMAs per vector are in
 * flight; the sums are added pairwise after the loop, then the bias and the
 * activation.  (A row's JV accumulators alone would each wait on the FMA
 * before it: four cycles' latency.)  Forward only: no accumulation, mask or
 * bias gradient. */
static void gemm_microkernel_split(emitter *E, const gemm_tile *t)
{
    sbuf *b = E->b;
    int VL = E->g->isa->lanes, KS = t->k_split;
    KILN_ASSERT(t->rows == 1 && t->steps % KS == 0 && !t->accumulate && !t->mask && !t->bias_grad);
    for (int u = 0; u < KS; u++) {
        P(b, I1 "vf");
        for (int j = 0; j < t->vecs; j++) P(b, "%s acc_v%dk%d = vzero()", j ? "," : "", j, u);
        P(b, ";\n");
    }
    P(b, I1 "for (int p = 0; p < %d; p += %d) {\n", t->steps, KS);
    /* as gemm_microkernel: B's row 8 steps ahead asked for where the panel
     * is larger than L1 */
    int pf = t->steps * t->b_step * 4 > 32 * 1024;
    for (int u = 0; u < KS; u++) {
        if (t->a_step == 1) P(b, I2 "{ const vf ab = vbcast(a[p + %d]);", u);
        else P(b, I2 "{ const vf ab = vbcast(a[(long)(p + %d) * %ld]);", u, t->a_step);
        for (int j = 0; j < t->vecs; j++) {
            int last = j == t->vecs - 1 && t->tail && t->b_partial;
            const char *bv = kiln_arena_printf(E->a, "bm + (long)(p + %d) * %ld + %d", u, t->b_step, j * VL);
            P(b, " acc_v%dk%d = vfma(ab, %s, acc_v%dk%d);", j, u,
              last ? kiln_arena_printf(E->a, "vload_part(%s, %d)", bv, t->tail) : kiln_arena_printf(E->a, "vload(%s)", bv),
              j, u);
        }
        P(b, " }\n");
        if (pf) {
            P(b, I2);
            for (int j = 0; j < t->vecs; j += 64 / (VL * 4) > 0 ? 64 / (VL * 4) : 1)
                P(b, "__builtin_prefetch(bm + (long)(p + %d) * %ld + %d); ", u + 8, t->b_step, j * VL);
            P(b, "\n");
        }
    }
    P(b, I1 "}\n");
    for (int j = 0; j < t->vecs; j++) {
        /* pairwise: (k0 + k1) + (k2 + k3), ... */
        for (int w = 1; w < KS; w *= 2)
            for (int u = 0; u + w < KS; u += 2 * w) P(b, I1 "acc_v%dk%d += acc_v%dk%d;\n", j, u, j, u + w);
        int last = j == t->vecs - 1 && t->tail;
        const char *v = kiln_arena_printf(E->a, "acc_v%dk0%s", j,
                                          t->bias ? kiln_arena_printf(E->a, " + vload(bias + %d)", j * VL) : "");
        v = act_expr(E, t->act, v);
        if (last) P(b, I1 "vstore_part(c + %d, %s, %d);\n", j * VL, v, t->tail);
        else P(b, I1 "vstore(c + %d, %s);\n", j * VL, v);
    }
    P(b, "}\n\n");
}

static void gemm_microkernel(emitter *E, const gemm_tile *t)
{
    sbuf *b = E->b;
    int VL = E->g->isa->lanes;
    P(b, "/* %d rows x %d column vectors: %d accumulators */\n", t->rows, t->vecs, t->rows * t->vecs);
    P(b, "static inline __attribute__((always_inline)) void %s(const float *restrict a, const float *restrict bm, "
         "const float *restrict bias, float *restrict c, float *restrict dbias, int np, const float *restrict m)\n{\n",
      t->name);
    P(b, I1 "(void)bias; (void)dbias; (void)np; (void)m;\n");
    if (t->k_split > 1) {
        gemm_microkernel_split(E, t);
        return;
    }
    for (int i = 0; i < t->rows; i++) {
        P(b, I1 "vf");
        for (int j = 0; j < t->vecs; j++) {
            int last = j == t->vecs - 1 && t->tail;
            long co = (long)i * t->c_row + (long)j * VL;
            const char *init = t->accumulate && !t->mask ? (last ? kiln_arena_printf(E->a, "vload_part(c + %ld, %d)", co, t->tail)
                                                      : kiln_arena_printf(E->a, "vload(c + %ld)", co))
                             : t->bias ? kiln_arena_printf(E->a, "vload(bias + %d)", j * VL)
                                       : "vzero()";
            P(b, "%s acc_r%dv%d = %s", j ? "," : "", i, j, init);
        }
        P(b, ";\n");
    }
    if (t->bias_grad) {
        P(b, I1 "vf");
        for (int j = 0; j < t->vecs; j++) P(b, "%s db%d = vzero()", j ? "," : "", j);
        P(b, ";\n");
    }
    P(b, I1 "for (int p = 0; p < %s; p++) {\n", t->steps ? kiln_arena_printf(E->a, "%d", t->steps) : "np");
    P(b, I2 "const vf");
    for (int j = 0; j < t->vecs; j++) {
        int last = j == t->vecs - 1 && t->tail && t->b_partial;  /* B = dy unpadded: its last vector is partial */
        P(b, "%s b%d = %s", j ? "," : "", j,
          last ? kiln_arena_printf(E->a, "vload_part(bm + (long)p * %ld + %d, %d)", t->b_step, j * VL, t->tail)
               : kiln_arena_printf(E->a, "vload(bm + (long)p * %ld + %d)", t->b_step, j * VL));
    }
    P(b, ";\n");
    /* B's rows lie b_step floats apart: a panel larger than L1 streams from
     * L2 in strides the hardware prefetchers follow late; each step asks for
     * the row 8 steps ahead, one request per cache line (seed003_mlp_l2's
     * 784 x 500 forward, AVX-512: 0.467 -> 0.295 ms; 4 and 16 steps ahead
     * were slower) */
    const int pf = 8;
    if ((t->steps ? t->steps : 1 << 20) * t->b_step * 4 > 32 * 1024) {
        P(b, I2);
        for (int j = 0; j < t->vecs; j += 64 / (VL * 4) > 0 ? 64 / (VL * 4) : 1)
            P(b, "__builtin_prefetch(bm + (long)(p + %d) * %ld + %d); ", pf, t->b_step, j * VL);
        P(b, "\n");
    }
    for (int i = 0; i < t->rows; i++) {
        P(b, I2 "{ const vf ab = vbcast(a[%ld + (long)p * %ld]);", (long)i * t->a_row, t->a_step);
        for (int j = 0; j < t->vecs; j++) P(b, " acc_r%dv%d = vfma(ab, b%d, acc_r%dv%d);", i, j, j, i, j);
        P(b, " }\n");
    }
    if (t->bias_grad) {
        P(b, I2);
        for (int j = 0; j < t->vecs; j++) P(b, "db%d += b%d; ", j, j);
        P(b, "\n");
    }
    P(b, I1 "}\n");
    for (int i = 0; i < t->rows; i++)
        for (int j = 0; j < t->vecs; j++) {
            int last = j == t->vecs - 1 && t->tail;
            long co = (long)i * t->c_row + (long)j * VL;
            const char *v = act_expr(E, t->act, kiln_arena_printf(E->a, "acc_r%dv%d", i, j));
            if (t->mask) {
                const char *mv = last ? kiln_arena_printf(E->a, "vload_part(m + %ld, %d)", co, t->tail)
                                      : kiln_arena_printf(E->a, "vload(m + %ld)", co);
                v = kiln_arena_printf(E->a, "(%s > 0.0f ? %s : vzero())", mv, v);
                if (t->accumulate)
                    v = kiln_arena_printf(E->a, "%s + %s", last ? kiln_arena_printf(E->a, "vload_part(c + %ld, %d)", co, t->tail)
                                                                 : kiln_arena_printf(E->a, "vload(c + %ld)", co), v);
            }
            if (last) P(b, I1 "vstore_part(c + %ld, %s, %d);\n", co, v, t->tail);
            else P(b, I1 "vstore(c + %ld, %s);\n", co, v);
        }
    if (t->bias_grad)
        for (int j = 0; j < t->vecs; j++) {
            int last = j == t->vecs - 1 && t->tail;
            const char *v = t->accumulate ? kiln_arena_printf(E->a, "db%d + %s", j,
                                                              last ? kiln_arena_printf(E->a, "vload_part(dbias + %d, %d)", j * VL, t->tail)
                                                                   : kiln_arena_printf(E->a, "vload(dbias + %d)", j * VL))
                                          : kiln_arena_printf(E->a, "db%d", j);
            if (last) P(b, I1 "if (dbias) vstore_part(dbias + %d, %s, %d);\n", j * VL, v, t->tail);
            else P(b, I1 "if (dbias) vstore(dbias + %d, %s);\n", j * VL, v);
        }
    P(b, "}\n\n");
}

/* The geometry of kernel k's product (see above). */
typedef struct {
    int rows, cols, steps;  /* C is rows x cols; reduction length (0: nb) */
    long a_row, a_step, b_step, c_row;
    int A, B, C, bias, dbias, mask;  /* mask: y of a fused ReLU backward, -1 without */
    int relu, sigmoid, accumulate, batch_rows;  /* batch_rows: C's rows run to nb */
    int softmax;  /* forward: the softmax of the layer in the epilogue (fuse.c), C its output */
} gemm_problem;

static gemm_problem gemm_problem_of(const emitter *E, const kiln_kernel *k)
{
    const kiln_graph *g = E->g;
    const kiln_node *n = &g->n[k->anchor];
    gemm_problem q;
    memset(&q, 0, sizeof q);
    q.bias = q.dbias = q.mask = -1;
    if (n->op == OP_DENSE) {
        const kiln_tensor *x = T(E, n->in[0]), *w = T(E, n->in[1]), *y = T(E, n->out[0]);
        q.rows = y->dims[0];
        q.cols = y->dims[1];
        q.steps = x->dims[1];
        q.a_row = x->dims[1];
        q.a_step = 1;
        q.b_step = w->cpad;
        q.c_row = y->dims[1];
        q.A = n->in[0];
        q.B = n->in[1];
        q.C = k->out[0];
        q.bias = n->in[2];
        q.relu = k->n_nodes > 1 && g->n[k->nodes[1]].op == OP_RELU;
        q.sigmoid = k->n_nodes > 1 && g->n[k->nodes[1]].op == OP_SIGMOID;
        q.softmax = k->n_nodes > 1 && g->n[k->nodes[1]].op == OP_SOFTMAX;
        q.batch_rows = 1;
    } else if (n->op == OP_DENSE_BWD_DATA) {
        const kiln_tensor *dy = T(E, n->in[0]), *wt = T(E, n->in[1]), *dx = T(E, n->out[0]);
        q.rows = dx->dims[0];
        q.cols = dx->dims[1];
        q.steps = dy->dims[1];
        q.a_row = dy->dims[1];
        q.a_step = 1;
        q.b_step = wt->cpad;
        q.c_row = dx->dims[1];
        q.A = n->in[0];
        q.B = n->in[1];
        q.C = n->out[0];
        q.accumulate = n->a.accumulate;
        q.batch_rows = 1;
        if (k->n_nodes > 1) {  /* the ReLU backward after it */
            const kiln_node *r = &g->n[k->nodes[1]];
            q.mask = r->in[1];
            q.C = r->out[0];
            q.accumulate = r->a.accumulate;
        }
    } else {
        const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]);
        q.rows = x->dims[1];
        q.cols = dy->dims[1];
        q.steps = 0;
        q.a_row = 1;
        q.a_step = x->dims[1];
        q.b_step = dy->dims[1];
        q.c_row = dy->dims[1];
        q.A = n->in[1];
        q.B = n->in[0];
        q.C = n->out[0];
        q.dbias = n->out[1];
        q.accumulate = n->a.accumulate;
    }
    return q;
}

static const char *gemm_tile_name(kiln_arena *a, const kiln_kernel *k, int rows, int vecs, int tail)
{
    return kiln_arena_printf(a, "%s_tile_%dx%d%s", k->name, rows, vecs, tail ? "t" : "");
}

/* The column groups of kernel k's product: groups of JV vectors, the last
 * with lastv vectors whose last one holds `tail` columns (0: all). */
typedef struct {
    int groups, lastv, tail;
    int has_main, has_last;  /* the variants needed: (JV, no tail) and (lastv, tail) */
} gemm_cols;

static gemm_cols gemm_cols_of(const emitter *E, const kiln_kernel *k, const gemm_problem *q)
{
    int VL = E->g->isa->lanes, JV = k->tile.oc_vectors;
    gemm_cols c;
    int nvec = (q->cols + VL - 1) / VL;
    c.groups = (nvec + JV - 1) / JV;
    c.lastv = nvec - (c.groups - 1) * JV;
    c.tail = q->cols % VL;
    c.has_last = c.tail || c.lastv != JV;
    c.has_main = c.groups > 1 || !c.has_last;
    return c;
}

static const char *gemm_variant(emitter *E, const kiln_kernel *k, const gemm_cols *c, int rows, int last)
{
    return last ? gemm_tile_name(E->a, k, rows, c->lastv, c->tail) : gemm_tile_name(E->a, k, rows, k->tile.oc_vectors, 0);
}

/* The microkernels kernel k calls, before it. */
void kiln_emit_gemm_helpers(emitter *E, const kiln_kernel *k)
{
    if (!k->tile.oc_vectors) return;
    gemm_problem q = gemm_problem_of(E, k);
    gemm_cols c = gemm_cols_of(E, k, &q);
    int R = k->tile.oh_regs, JV = k->tile.oc_vectors;
    int rows[2] = {R, 1};
    for (int r = 0; r < (R > 1 ? 2 : 1); r++)
        for (int last = 0; last < 2; last++) {
            if (last ? !c.has_last : !c.has_main) continue;
            int vecs = last ? c.lastv : JV, tl = last ? c.tail : 0;
            gemm_tile t = {gemm_variant(E, k, &c, rows[r], last), rows[r], vecs, tl, q.a_row, q.a_step, q.b_step,
                           q.c_row, q.steps, q.bias >= 0, q.relu ? GEMM_RELU : q.sigmoid ? GEMM_SIGMOID : 0, q.accumulate, q.dbias >= 0, !q.batch_rows,
                           q.mask >= 0, rows[r] == 1 ? k->tile.k_split : 0};
            gemm_microkernel(E, &t);
        }
}

static void gemm_call(emitter *E, const kiln_kernel *k, const gemm_cols *c, int rows, const char *args, const char *ind)
{
    sbuf *b = E->b;
    if (c->has_main && c->has_last) {
        P(b, "%sif (g < %d) %s(%s);\n", ind, c->groups - 1, gemm_variant(E, k, c, rows, 0), args);
        P(b, "%selse %s(%s);\n", ind, gemm_variant(E, k, c, rows, 1), args);
    } else {
        P(b, "%s%s(%s);\n", ind, gemm_variant(E, k, c, rows, c->has_last), args);
    }
}

static void k_gemm_vector(emitter *E, const kiln_kernel *k)
{
    sbuf *b = E->b;
    gemm_problem q = gemm_problem_of(E, k);
    gemm_cols c = gemm_cols_of(E, k, &q);
    int VL = E->g->isa->lanes, R = k->tile.oh_regs, JV = k->tile.oc_vectors;
    const char *A = NAME(E, q.A), *B = NAME(E, q.B), *C = NAME(E, q.C);
    const char *BIAS = q.bias >= 0 ? NAME(E, q.bias) : "NULL", *DB = q.dbias >= 0 ? NAME(E, q.dbias) : "NULL";
    const char *rows = q.batch_rows ? "nb" : kiln_arena_printf(E->a, "%d", q.rows);
    const char *np = q.steps ? "0" : "nb";
    P(b, I1 "/* C (%s x %d) in tiles of %d rows x %d vectors of %d columns */\n", rows, q.cols, R, JV, VL);
    P(b, I1 "const int full_rows = %s / %d * %d;\n", rows, R, R);
    P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
    P(b, I1 "for (int i0 = 0; i0 < full_rows + %d; i0 += %d)\n", R > 1 ? R : 0, R);
    P(b, I2 "for (int g = 0; g < %d; g++) {\n", c.groups);
    P(b, I3 "if (i0 >= %s) continue;\n", rows);
    P(b, I3 "const int j0 = g * %d;  /* first column vector */\n", JV);
    P(b, I3 "const float *bias_g = %s%s;\n", BIAS, q.bias >= 0 ? kiln_arena_printf(E->a, " + j0 * %d", VL) : "");
    if (q.dbias >= 0) P(b, I3 "float *db_g = i0 == 0 ? %s + j0 * %d : NULL;  /* the bias gradient, once */\n", DB, VL);
    else P(b, I3 "float *db_g = NULL;\n");
    P(b, I3 "const float *bg = %s + j0 * %d;\n", B, VL);
    /* with the softmax: the tile's logits into z (one column group: j0 = 0),
     * then each row's probabilities into C */
    if (q.softmax) {
        KILN_ASSERT(c.groups == 1);
        P(b, I3 "float z[%ld];  /* the tile's logits */\n", (long)R * q.c_row);
    }
    P(b, I3 "if (i0 < full_rows) {\n");
    gemm_call(E, k, &c, R,
              kiln_arena_printf(E->a, "%s + (long)i0 * %ld, bg, bias_g, %s, db_g, %s, %s", A, q.a_row,
                                q.softmax ? "z" : kiln_arena_printf(E->a, "%s + (long)i0 * %ld + j0 * %d", C, q.c_row, VL), np,
                                q.mask >= 0 ? kiln_arena_printf(E->a, "%s + (long)i0 * %ld + j0 * %d", NAME(E, q.mask), q.c_row, VL) : "NULL"),
              I4);
    if (q.softmax) {
        P(b, I4 "for (int i = 0; i < %d; i++)\n", R);
        kiln_emit_softmax_row(E, I5, kiln_arena_printf(E->a, "z + (long)i * %ld", q.c_row),
                              kiln_arena_printf(E->a, "%s + (long)(i0 + i) * %ld", C, q.c_row), q.cols);
    }
    P(b, I3 "} else {\n");
    if (R > 1) {
        P(b, I4 "for (int i = i0; i < %s; i++) {  /* the last rows, one at a time */\n", rows);
        gemm_call(E, k, &c, 1,
                  kiln_arena_printf(E->a, "%s + (long)i * %ld, bg, bias_g, %s, i == 0 ? db_g : NULL, %s, %s",
                                    A, q.a_row, q.softmax ? "z" : kiln_arena_printf(E->a, "%s + (long)i * %ld + j0 * %d", C, q.c_row, VL), np,
                                    q.mask >= 0 ? kiln_arena_printf(E->a, "%s + (long)i * %ld + j0 * %d", NAME(E, q.mask), q.c_row, VL) : "NULL"),
                  I5);
        if (q.softmax) kiln_emit_softmax_row(E, I5, "z", kiln_arena_printf(E->a, "%s + (long)i * %ld", C, q.c_row), q.cols);
        P(b, I4 "}\n");
    }
    P(b, I3 "}\n" I2 "}\n");
}

void kiln_emit_gemm(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    if (k->tile.oc_vectors) {
        k_gemm_vector(E, k);
        return;
    }
    switch (n->op) {
    case OP_DENSE: k_dense(E, n); break;
    case OP_DENSE_BWD_DATA: k_dense_bwd_data(E, n); break;
    case OP_DENSE_BWD_WEIGHTS: k_dense_bwd_weights(E, n); break;
    default: KILN_BUG("not a Dense op: %s", kiln_ops[n->op].name);
    }
}

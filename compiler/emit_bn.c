/* emit_bn.c — batch-normalization kernels (emit.h): training forward with
 * batch statistics and the moving averages, inference forward, backward. */
#include <math.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

/* Batch statistics per channel over nb * HW values, in blocks of 16
 * channels (one 64-byte line per pixel) shared out among threads. */
static void k_bn_train(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]);
    int C = x->dims[x->rank - 1];
    int64_t HW = kiln_tensor_per_sample(E->g, n->in[0]) / C;
    const char *X = E->tname[n->in[0]], *G = E->tname[n->in[1]], *Bt = E->tname[n->in[2]];
    const char *MM = E->tname[n->in[3]], *MV = E->tname[n->in[4]];
    const char *Y = E->tname[n->out[0]], *MEAN = E->tname[n->out[1]], *IS = E->tname[n->out[2]];
    P(b, I1 "const long rows = (long)nb * %lld;  /* M: values per channel */\n", (long long)HW);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int c0 = 0; c0 < %d; c0 += 16) {\n", C);
    P(b, I2 "const int cn = %d - c0 < 16 ? %d - c0 : 16;\n", C, C);
    P(b, I2 "double s[16] = {0}, ss[16] = {0};\n");
    P(b, I2 "for (long r = 0; r < rows; r++)\n");
    P(b, I3 "for (int c = 0; c < cn; c++) s[c] += %s[r * %d + c0 + c];\n", X, C);
    P(b, I2 "for (int c = 0; c < cn; c++) s[c] /= (double)rows;\n");
    P(b, I2 "for (long r = 0; r < rows; r++)\n");
    P(b, I3 "for (int c = 0; c < cn; c++) {\n");
    P(b, I4 "const double d = %s[r * %d + c0 + c] - s[c];\n", X, C);
    P(b, I4 "ss[c] += d * d;\n");
    P(b, I3 "}\n");
    P(b, I2 "float scale[16], shift[16];\n");
    P(b, I2 "for (int c = 0; c < cn; c++) {\n");
    P(b, I3 "const double var = ss[c] / (double)rows;  /* biased, as Keras */\n");
    P(b, I3 "const float invstd = (float)(1.0 / sqrt(var + %s));\n", flt(E->a, n->a.epsilon));
    P(b, I3 "%s[c0 + c] = (float)s[c];\n", MEAN);
    P(b, I3 "%s[c0 + c] = invstd;\n", IS);
    P(b, I3 "%s[c0 + c] = %s[c0 + c] * %s + (float)s[c] * %s;\n", MM, MM, flt(E->a, n->a.momentum),
      flt(E->a, 1.0 - n->a.momentum));
    P(b, I3 "%s[c0 + c] = %s[c0 + c] * %s + (float)var * %s;\n", MV, MV, flt(E->a, n->a.momentum),
      flt(E->a, 1.0 - n->a.momentum));
    P(b, I3 "scale[c] = invstd * %s[c0 + c];\n", G);
    P(b, I3 "shift[c] = %s[c0 + c] - (float)s[c] * scale[c];\n", Bt);
    P(b, I2 "}\n");
    P(b, I2 "for (long r = 0; r < rows; r++)\n");
    P(b, I3 "for (int c = 0; c < cn; c++) %s[r * %d + c0 + c] = %s[r * %d + c0 + c] * scale[c] + shift[c];\n", Y, C,
      X, C);
    P(b, I1 "}\n");
}

static void k_bn_infer(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]);
    int C = x->dims[x->rank - 1];
    int64_t HW = kiln_tensor_per_sample(E->g, n->in[0]) / C;
    const char *X = E->tname[n->in[0]], *G = E->tname[n->in[1]], *Bt = E->tname[n->in[2]];
    const char *MM = E->tname[n->in[3]], *MV = E->tname[n->in[4]], *Y = E->tname[n->out[0]];
    P(b, I1 "/* blocks of 16 channels: scale and shift of a block, then its values */\n");
    P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
    P(b, I1 "for (int n = 0; n < nb; n++)\n");
    P(b, I2 "for (int c0 = 0; c0 < %d; c0 += 16) {\n", C);
    P(b, I3 "const int cn = %d - c0 < 16 ? %d - c0 : 16;\n", C, C);
    P(b, I3 "float scale[16], shift[16];\n");
    P(b, I3 "for (int c = 0; c < cn; c++) {\n");
    P(b, I4 "scale[c] = %s[c0 + c] / sqrtf(%s[c0 + c] + %s);\n", G, MV, flt(E->a, n->a.epsilon));
    P(b, I4 "shift[c] = %s[c0 + c] - %s[c0 + c] * scale[c];\n", Bt, MM);
    P(b, I3 "}\n");
    P(b, I3 "for (long r = (long)n * %lld; r < (long)(n + 1) * %lld; r++)\n", (long long)HW, (long long)HW);
    P(b, I4 "for (int c = 0; c < cn; c++) %s[r * %d + c0 + c] = %s[r * %d + c0 + c] * scale[c] + shift[c];\n", Y, C,
      X, C);
    P(b, I2 "}\n");
}

static void k_bn_bwd(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[1]);
    int C = x->dims[x->rank - 1];
    int64_t HW = kiln_tensor_per_sample(E->g, n->in[1]) / C;
    const char *DY = E->tname[n->in[0]], *X = E->tname[n->in[1]], *G = E->tname[n->in[2]];
    const char *MEAN = E->tname[n->in[3]], *IS = E->tname[n->in[4]];
    P(b, I1 "const long rows = (long)nb * %lld;\n", (long long)HW);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int c0 = 0; c0 < %d; c0 += 16) {\n", C);
    P(b, I2 "const int cn = %d - c0 < 16 ? %d - c0 : 16;\n", C, C);
    P(b, I2 "double sdy[16] = {0}, sdyx[16] = {0};\n");
    P(b, I2 "for (long r = 0; r < rows; r++)\n");
    P(b, I3 "for (int c = 0; c < cn; c++) {\n");
    P(b, I4 "const float xhat = (%s[r * %d + c0 + c] - %s[c0 + c]) * %s[c0 + c];\n", X, C, MEAN, IS);
    P(b, I4 "sdy[c] += %s[r * %d + c0 + c];\n", DY, C);
    P(b, I4 "sdyx[c] += %s[r * %d + c0 + c] * xhat;\n", DY, C);
    P(b, I3 "}\n");
    P(b, I2 "for (int c = 0; c < cn; c++) {\n");
    P(b, I3 "%s[c0 + c] %s (float)sdyx[c];\n", E->tname[n->out[1]], store(n));
    P(b, I3 "%s[c0 + c] %s (float)sdy[c];\n", E->tname[n->out[2]], store(n));
    P(b, I2 "}\n");
    if (n->out[0] >= 0) {
        P(b, I2 "/* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */\n");
        P(b, I2 "float k[16], mdy[16], mdyx[16];\n");
        P(b, I2 "for (int c = 0; c < cn; c++) {\n");
        P(b, I3 "k[c] = %s[c0 + c] * %s[c0 + c];\n", G, IS);
        P(b, I3 "mdy[c] = (float)(sdy[c] / (double)rows);\n");
        P(b, I3 "mdyx[c] = (float)(sdyx[c] / (double)rows);\n");
        P(b, I2 "}\n");
        P(b, I2 "for (long r = 0; r < rows; r++)\n");
        P(b, I3 "for (int c = 0; c < cn; c++) {\n");
        P(b, I4 "const float xhat = (%s[r * %d + c0 + c] - %s[c0 + c]) * %s[c0 + c];\n", X, C, MEAN, IS);
        P(b, I4 "%s[r * %d + c0 + c] %s k[c] * (%s[r * %d + c0 + c] - mdy[c] - xhat * mdyx[c]);\n",
          E->tname[n->out[0]], C, store(n), DY, C);
        P(b, I3 "}\n");
    }
    P(b, I1 "}\n");
}

/* ---- blocked family ---------------------------------------------------------
 * Per-channel sums over the nb * H * W values of a channel, on nChw{VL}c: the
 * batch is cut into P chunks (the threads the module is compiled for); chunk
 * t adds each sample's float sums into its double partials in sample order,
 * and one thread adds the partials in chunk order, so results depend on P
 * only.  Scratch: the partials (P x 2 x cpad doubles) and per-channel
 * vectors (scale, shift, and the rest, 4 x cpad floats, zero in padded lanes
 * so padded channels stay 0); the halo is written 0. */

/* Address of element vector (n, cb, h, w) of image tensor t, as C. */
static const char *at_vec(emitter *E, int t)
{
    kiln_geom g = kiln_geometry(T(E, t));
    int VL = E->g->isa->lanes;
    return kiln_arena_printf(E->a, "(long)n * %ld + (long)cb * %ld + (long)(h + %d) * %ld + (long)(w + %d) * %d", g.sample,
                             g.cblock, g.top, g.row, g.left, VL);
}

/* Prints `v`, the vector of tensor a at (n, cb, h, w): a load, or, for the
 * gradient a fused pooling backward makes (kiln_emit_pooled_dy), made from
 * the pooled gradient. */
static void load_v(emitter *E, int a, const char *ind)
{
    const kiln_node *pb = kiln_fused_pool_bwd(E);
    if (pb && a == E->g->n[E->k->nodes[E->k->n_nodes - 1]].in[0]) kiln_emit_pooled_dy(E, ind, "v", "cb", "h", "w");
    else P(E->b, "%sconst vf v = vload(%s + %s);\n", ind, NAME(E, a), at_vec(E, a));
}

/* Prints the pass that sums f1 (and f2) over every value of each channel
 * into the partials, one per chunk; the expressions use `v` (the vector of
 * tensor a at (n, cb, h, w)), `v2` (of tensor b, when b >= 0) and `cb`. */
static void bn_sums(emitter *E, int a, int b2, const char *f1, const char *f2)
{
    sbuf *b = E->b;
    kiln_geom gx = kiln_geometry(T(E, a));
    int VL = E->g->isa->lanes, PT = E->g->threads;
    const char *PART = NAME(E, E->k->scratch[0]);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int t = 0; t < %d; t++) {\n", PT);
    P(b, I2 "double *part = (double *)%s + (long)t * %d;\n", PART, 2 * gx.cpad);
    P(b, I2 "memset(part, 0, sizeof(double) * %d);\n", 2 * gx.cpad);
    P(b, I2 "const int n0 = (int)((long)nb * t / %d), n1 = (int)((long)nb * (t + 1) / %d);\n", PT, PT);
    P(b, I2 "for (int n = n0; n < n1; n++)\n");
    P(b, I3 "for (int cb = 0; cb < %d; cb++) {\n", gx.CB);
    P(b, I4 "vf s1 = vzero()%s;\n", f2 ? ", s2 = vzero()" : "");
    P(b, I4 "for (int h = 0; h < %d; h++)\n", gx.H);
    P(b, I5 "for (int w = 0; w < %d; w++) {\n", gx.W);
    load_v(E, a, I5 "    ");
    if (b2 >= 0) P(b, I5 "    const vf v2 = vload(%s + %s);\n", NAME(E, b2), at_vec(E, b2));
    P(b, I5 "    s1 += %s;\n", f1);
    if (f2) P(b, I5 "    s2 += %s;\n", f2);
    P(b, I5 "}\n");
    P(b, I4 "for (int l = 0; l < %d; l++) {\n", VL);
    P(b, I5 "part[cb * %d + l] += s1[l];\n", VL);
    if (f2) P(b, I5 "part[%d + cb * %d + l] += s2[l];\n", gx.cpad, VL);
    P(b, I4 "}\n" I3 "}\n" I1 "}\n");
}

/* Prints the pass y (=|+=) expr over every value (v of tensor a, v2 of b),
 * with y's halo zeroed. */
static void bn_apply(emitter *E, int a, int b2, int yt, const char *expr, int accumulate)
{
    sbuf *b = E->b;
    kiln_geom gx = kiln_geometry(T(E, a));
    kiln_emit_zero_halo(E, yt);
    P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
    P(b, I1 "for (int n = 0; n < nb; n++)\n");
    P(b, I2 "for (int cb = 0; cb < %d; cb++)\n", gx.CB);
    P(b, I3 "for (int h = 0; h < %d; h++)\n", gx.H);
    P(b, I4 "for (int w = 0; w < %d; w++) {\n", gx.W);
    load_v(E, a, I5);
    if (b2 >= 0) P(b, I5 "const vf v2 = vload(%s + %s);\n", NAME(E, b2), at_vec(E, b2));
    P(b, I5 "float *const py = %s + %s;\n", NAME(E, yt), at_vec(E, yt));
    P(b, I5 "vstore(py, %s%s);\n", accumulate ? "vload(py) + " : "", expr);
    P(b, I4 "}\n");
}

/* The max-pooling fused after a BN kernel (fuse.c pool_in_epilogue), or NULL. */
static const kiln_node *bn_pool(const emitter *E)
{
    for (int q = 1; q < E->k->n_nodes; q++)
        if (E->g->n[E->k->nodes[q]].op == OP_MAXPOOL) return &E->g->n[E->k->nodes[q]];
    return NULL;
}

/* Prints the pass of a BN kernel with a max-pooling fused after it: per
 * window of x (kh x kw pixels, strides = window, 'valid') the values expr
 * (of `v`, x's vector, and `cb`), their first maximum, then the ReLU when
 * relu, stored in the pooled tensor y (with its halo zeroed); NaN if any
 * value of the window is.  With an argmax (a pooling backward reads it):
 * one byte per pooled element as the convolution's pooling epilogue writes
 * it (fuse.c add_argmax: bits 0-6 the window element, bit 7 the maximum >
 * 0).  The full-size activation is never stored. */
static void bn_apply_pool(emitter *E, int a, const kiln_node *pool, const char *expr, int relu)
{
    sbuf *b = E->b;
    int VL = E->g->isa->lanes, yt = pool->out[0], am = E->g->t[pool->in[0]].argmax;
    int KH = pool->a.kh, KW = pool->a.kw;
    kiln_geom gx = kiln_geometry(T(E, a)), gy = kiln_geometry(T(E, yt));
    kiln_emit_zero_halo(E, yt);
    P(b, I1 "/* max-pooled %dx%d as it is made: only the pooled tensor is stored */\n", KH, KW);
    P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
    P(b, I1 "for (int n = 0; n < nb; n++)\n");
    P(b, I2 "for (int cb = 0; cb < %d; cb++)\n", gx.CB);
    P(b, I3 "for (int ph = 0; ph < %d; ph++)\n", gy.H);
    P(b, I4 "for (int pw = 0; pw < %d; pw++) {\n", gy.W);
    P(b, I5 "const float *xw = %s + (long)n * %ld + (long)cb * %ld + (long)(ph * %d + %d) * %ld + (long)(pw * %d + %d) * %d;\n",
      NAME(E, a), gx.sample, gx.cblock, KH, gx.top, gx.row, KW, gx.left, VL);
    const char *e[16];
    int idx = 0;
    for (int i = 0; i < KH; i++)
        for (int j = 0; j < KW; j++, idx++) {
            e[idx] = kiln_arena_printf(E->a, "e%d", idx);
            P(b, I5 "vf e%d;\n" I5 "{ const vf v = vload(xw + %ld); e%d = %s; }\n", idx, (long)i * gx.row + (long)j * VL,
              idx, expr);
        }
    kiln_emit_window_max(E, I5, e, idx, am >= 0, relu);
    P(b, I5 "vstore(%s + (long)n * %ld + (long)cb * %ld + (long)(ph + %d) * %ld + (long)(pw + %d) * %d, mx);\n", NAME(E, yt),
      gy.sample, gy.cblock, gy.top, gy.row, gy.left, VL);
    if (am >= 0) {
        kiln_geom ga = kiln_geometry(T(E, am));
        P(b, I5 "vstore_bytes(%s + (long)n * %ld + (long)cb * %ld + (long)ph * %ld + (long)pw * %d, at | ((m > 0.0f) & 0x80));\n",
          NAME(E, am), ga.sample, ga.cblock, ga.row, VL);
    }
    P(b, I4 "}\n");
}

/* The output a BN kernel writes: its own, or that of the ReLU fused after it. */
static int bn_out(const emitter *E, const kiln_node *n, int *relu)
{
    const kiln_kernel *k = E->k;
    *relu = k->n_nodes > 1 && E->g->n[k->nodes[1]].op == OP_RELU;
    return *relu ? E->g->n[k->nodes[1]].out[0] : n->out[0];
}

static void k_bn_train_blocked(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]);
    kiln_geom gx = kiln_geometry(x);
    int C = x->dims[3], CP = gx.cpad, VL = E->g->isa->lanes, PT = E->g->threads;
    const char *G = NAME(E, n->in[1]), *Bt = NAME(E, n->in[2]);
    const char *MM = NAME(E, n->in[3]), *MV = NAME(E, n->in[4]), *MEAN = NAME(E, n->out[1]), *IS = NAME(E, n->out[2]);
    const char *PART = NAME(E, E->k->scratch[0]), *ST = NAME(E, E->k->scratch[1]);
    P(b, I1 "/* %s: mean, scale, shift (%d lanes each, padded channels 0) */\n", ST, CP);
    P(b, I1 "float *const st_mean = %s, *const st_scale = %s + %d, *const st_shift = %s + %d;\n", ST, ST, CP, ST, 2 * CP);
    P(b, I1 "const double rows = (double)nb * %d;  /* M: values per channel */\n", gx.H * gx.W);
    /* One pass over x for both moments, on data shifted by K, channel c's
     * value at the first sample's first pixel: d = x - K sums to S1 and d^2
     * to S2, mean = K + S1/M, var = S2/M - (S1/M)^2.  With K among the data
     * the subtraction loses no more than the two-pass form (mean, then the
     * mean of (x - mean)^2, as Keras's tf.nn.moments) does (Chan, Golub and
     * LeVeque, "Algorithms for computing the sample variance", 1983), and x
     * is read once instead of twice. */
    const long k_at = (long)gx.top * gx.row + (long)gx.left * VL;
    const char *X = NAME(E, n->in[0]);
    const char *d = kiln_arena_printf(E->a, "(v - vload(%s + (long)cb * %ld + %ld))", X, gx.cblock, k_at);
    P(b, I1 "/* pass 1: sums of d = x - K and of d^2, K = x[0, 0, 0, c] */\n");
    bn_sums(E, n->in[0], -1, d, kiln_arena_printf(E->a, "%s * %s", d, d));
    P(b, I1 "#pragma omp single\n" I1 "for (int c = 0; c < %d; c++) {\n", CP);
    P(b, I2 "if (c >= %d) { st_mean[c] = st_scale[c] = st_shift[c] = 0.0f; continue; }\n", C);
    P(b, I2 "double s1 = 0, s2 = 0;\n");
    P(b, I2 "for (int t = 0; t < %d; t++) {\n", PT);
    P(b, I3 "s1 += ((double *)%s)[(long)t * %d + c];\n", PART, 2 * CP);
    P(b, I3 "s2 += ((double *)%s)[(long)t * %d + %d + c];\n", PART, 2 * CP, CP);
    P(b, I2 "}\n");
    P(b, I2 "const double k = %s[(long)(c / %d) * %ld + %ld + c %% %d];\n", X, VL, gx.cblock, k_at, VL);
    P(b, I2 "const double m1 = s1 / rows, var0 = s2 / rows - m1 * m1;\n");
    P(b, I2 "const double var = var0 < 0.0 ? 0.0 : var0;  /* biased, as Keras; NaN stays NaN */\n");
    P(b, I2 "st_mean[c] = (float)(k + m1);\n");
    P(b, I2 "const float invstd = (float)(1.0 / sqrt(var + %s));\n", flt(E->a, n->a.epsilon));
    P(b, I2 "%s[c] = st_mean[c];\n" I2 "%s[c] = invstd;\n", MEAN, IS);
    P(b, I2 "%s[c] = %s[c] * %s + st_mean[c] * %s;\n", MM, MM, flt(E->a, n->a.momentum), flt(E->a, 1.0 - n->a.momentum));
    P(b, I2 "%s[c] = %s[c] * %s + (float)var * %s;\n", MV, MV, flt(E->a, n->a.momentum), flt(E->a, 1.0 - n->a.momentum));
    P(b, I2 "st_scale[c] = invstd * %s[c];\n", G);
    P(b, I2 "st_shift[c] = %s[c] - st_mean[c] * st_scale[c];\n", Bt);
    P(b, I1 "}\n");
    int relu, out = bn_out(E, n, &relu);
    P(b, I1 "/* pass 2: y = x * scale + shift%s */\n", relu ? ", then the ReLU after it" : "");
    const char *e = kiln_arena_printf(E->a, "v * vload(st_scale + cb * %d) + vload(st_shift + cb * %d)", VL, VL);
    const kiln_node *pool = bn_pool(E);
    if (pool) bn_apply_pool(E, n->in[0], pool, e, relu);
    else bn_apply(E, n->in[0], -1, out, relu ? kiln_arena_printf(E->a, "vrelu(%s)", e) : e, 0);
}

static void k_bn_infer_blocked(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]);
    kiln_geom gx = kiln_geometry(x);
    int C = x->dims[3], CP = gx.cpad, VL = E->g->isa->lanes;
    const char *G = NAME(E, n->in[1]), *Bt = NAME(E, n->in[2]), *MM = NAME(E, n->in[3]), *MV = NAME(E, n->in[4]);
    const char *ST = NAME(E, E->k->scratch[1]);
    P(b, I1 "float *const st_scale = %s + %d, *const st_shift = %s + %d;\n", ST, CP, ST, 2 * CP);
    P(b, I1 "#pragma omp single\n" I1 "for (int c = 0; c < %d; c++) {\n", CP);
    P(b, I2 "if (c >= %d) { st_scale[c] = st_shift[c] = 0.0f; continue; }\n", C);
    P(b, I2 "st_scale[c] = %s[c] / sqrtf(%s[c] + %s);\n", G, MV, flt(E->a, n->a.epsilon));
    P(b, I2 "st_shift[c] = %s[c] - %s[c] * st_scale[c];\n", Bt, MM);
    P(b, I1 "}\n");
    int relu, out = bn_out(E, n, &relu);
    const char *e = kiln_arena_printf(E->a, "v * vload(st_scale + cb * %d) + vload(st_shift + cb * %d)", VL, VL);
    const kiln_node *pool = bn_pool(E);
    if (pool) bn_apply_pool(E, n->in[0], pool, e, relu);
    else bn_apply(E, n->in[0], -1, out, relu ? kiln_arena_printf(E->a, "vrelu(%s)", e) : e, 0);
}

static void k_bn_bwd_blocked(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[1]);
    kiln_geom gx = kiln_geometry(x);
    int C = x->dims[3], CP = gx.cpad, VL = E->g->isa->lanes, PT = E->g->threads;
    const char *G = NAME(E, n->in[2]);
    const char *MEAN = NAME(E, n->in[3]), *IS = NAME(E, n->in[4]);
    const char *PART = NAME(E, E->k->scratch[0]), *ST = NAME(E, E->k->scratch[1]);
    P(b, I1 "/* %s: mean, invstd, k = gamma * invstd, mean dy, mean dy * xhat (padded lanes 0) */\n", ST);
    P(b, I1 "float *const st_mean = %s, *const st_is = %s + %d, *const st_k = %s + %d;\n", ST, ST, CP, ST, 2 * CP);
    P(b, I1 "float *const st_mdy = %s + %d, *const st_mdyx = %s + %d;\n", ST, 3 * CP, ST, 4 * CP);
    P(b, I1 "const double rows = (double)nb * %d;\n", gx.H * gx.W);
    P(b, I1 "#pragma omp single\n" I1 "for (int c = 0; c < %d; c++) {\n", CP);
    P(b, I2 "st_mean[c] = c < %d ? %s[c] : 0.0f;\n", C, MEAN);
    P(b, I2 "st_is[c] = c < %d ? %s[c] : 0.0f;\n", C, IS);
    P(b, I1 "}\n");
    P(b, I1 "/* sums of dy and of dy * xhat */\n");
    const char *xhat = kiln_arena_printf(E->a, "(v2 - vload(st_mean + cb * %d)) * vload(st_is + cb * %d)", VL, VL);
    bn_sums(E, n->in[0], n->in[1], "v", kiln_arena_printf(E->a, "v * %s", xhat));
    P(b, I1 "#pragma omp single\n" I1 "for (int c = 0; c < %d; c++) {\n", CP);
    P(b, I2 "double sdy = 0, sdyx = 0;\n");
    P(b, I2 "for (int t = 0; t < %d; t++) {\n", PT);
    P(b, I3 "sdy += ((double *)%s)[(long)t * %d + c];\n", PART, 2 * CP);
    P(b, I3 "sdyx += ((double *)%s)[(long)t * %d + %d + c];\n", PART, 2 * CP, CP);
    P(b, I2 "}\n");
    P(b, I2 "if (c >= %d) { st_k[c] = st_mdy[c] = st_mdyx[c] = 0.0f; continue; }\n", C);
    P(b, I2 "%s[c] %s (float)sdyx;\n", NAME(E, n->out[1]), store(n));
    P(b, I2 "%s[c] %s (float)sdy;\n", NAME(E, n->out[2]), store(n));
    P(b, I2 "st_k[c] = %s[c] * st_is[c];\n", G);
    P(b, I2 "st_mdy[c] = (float)(sdy / rows);\n" I2 "st_mdyx[c] = (float)(sdyx / rows);\n");
    P(b, I1 "}\n");
    if (n->out[0] >= 0) {
        P(b, I1 "/* dx = gamma*invstd/M * (M*dy - sum dy - xhat * sum dy*xhat) */\n");
        const char *e = kiln_arena_printf(E->a,
                                          "vload(st_k + cb * %d) * (v - vload(st_mdy + cb * %d) - %s * vload(st_mdyx + cb * %d))",
                                          VL, VL, xhat, VL);
        bn_apply(E, n->in[0], n->in[1], n->out[0], e, n->a.accumulate);
    }
}

void kiln_emit_bn_bwd_from_pool(emitter *E, const kiln_kernel *k)
{
    k_bn_bwd_blocked(E, &E->g->n[k->nodes[k->n_nodes - 1]]);
}

void kiln_emit_bn(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    if (T(E, n->in[0])->block) {
        switch (n->op) {
        case OP_BN_TRAIN: k_bn_train_blocked(E, n); return;
        case OP_BN_INFER: k_bn_infer_blocked(E, n); return;
        case OP_BN_BWD: k_bn_bwd_blocked(E, n); return;
        default: break;
        }
    }
    switch (n->op) {
    case OP_BN_TRAIN: k_bn_train(E, n); break;
    case OP_BN_INFER: k_bn_infer(E, n); break;
    case OP_BN_BWD: k_bn_bwd(E, n); break;
    default: KILN_BUG("not a batch-normalization op: %s", kiln_ops[n->op].name);
    }
}

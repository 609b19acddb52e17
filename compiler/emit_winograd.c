/* emit_winograd.c — convolution kernels by Winograd's minimal filtering
 * (emit.h), for the 3x3 stride-1 forward, backward-data and
 * backward-weights kernels schedule.c gives tile.winograd = m (2 or 4).
 *
 * Lavin and Gray, "Fast Algorithms for Convolutional Neural Networks"
 * (CVPR 2016): F(m x m, 3x3) computes an m x m block of output pixels of a
 * 3x3 correlation from an a x a input tile d (a = m + 2) as
 *   Y = A^T [ (G g G^T) . (B^T d B) ] A,  summed over the input channels,
 * a^2 products per channel pair where the direct form takes 9 m^2 (F(2x2):
 * 16 for 36, F(4x4): 36 for 144).  With U = G g G^T and V = B^T d B the
 * products become a^2 independent matrix products over the channels,
 *   M[pos][k][tile] = sum_c U[pos][c][k] V[pos][c][tile],
 * one per position pos = a r + c of the tile.  For the weight gradient the
 * same equations differentiated (Y is linear in M, M = U . V):
 *   dM = A dY A^T,  dU[pos][c][f] = sum over tiles of V[pos][c] dM[pos][f],
 *   dg = G^T dU G.
 * The constants are the paper's (§4, the points 0, 1, -1 and, for F(4x4),
 * 2, -2 and infinity).
 *
 * Work goes in blocks of NT tiles, taken in order over the flattened
 * (sample, tile row, tile column) index, and the blocks in P chunks of
 * consecutive blocks (P the threads the module is compiled for), each chunk
 * with its own transform scratch (and, for the weight gradient, its own
 * partial sums, added in chunk order after): the results depend on P only.
 * A block past the last sample's tiles computes zeros that are never
 * stored.  Where m does not divide the output (a partial tiling, schedule.c
 * winograd_m) the last tile row and column read only what x stores (zeros
 * beyond) and store only the pixels that exist; a weight gradient counts
 * dy as zeros past them.  A fused max-pooling whose windows the tiles do
 * not hold whole (3x3 over 4x4 tiles) takes bands of whole tiles and
 * windows, pooled from scratch (band_helpers).  Scratch layouts, in floats, one vector of padding after each
 * position (a power of two apart, the positions' stores shared L1 sets:
 * seed003_cnn's 3x3x32x64 weight gradient spent a third of its time in
 * them): V[pos][cb][tile][VL], M or dM[pos][kb][tile][VL]; U[ocb][pos][c][VL]
 * (forward, backward-data; c over the padded input channels), and per chunk
 * dU[pos][c][f] then db[f] (backward-weights). */
#include <math.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

typedef struct {
    int m, a;            /* output tile m x m, input tile a x a */
    double BT[6][6];     /* B^T, a x a */
    double G[6][3];      /* G, a x 3 */
    double AT[4][6];     /* A^T, m x a */
} wino_mats;

static const wino_mats F2 = {
    2, 4,
    {{1, 0, -1, 0}, {0, 1, 1, 0}, {0, -1, 1, 0}, {0, 1, 0, -1}},
    {{1, 0, 0}, {0.5, 0.5, 0.5}, {0.5, -0.5, 0.5}, {0, 0, 1}},
    {{1, 1, 1, 0}, {0, 1, -1, -1}},
};

static const wino_mats F4 = {
    4, 6,
    {{4, 0, -5, 0, 1, 0},
     {0, -4, -4, 1, 1, 0},
     {0, 4, -4, -1, 1, 0},
     {0, -2, -1, 2, 1, 0},
     {0, 2, -1, -2, 1, 0},
     {0, 4, 0, -5, 0, 1}},
    {{1 / 4., 0, 0},
     {-1 / 6., -1 / 6., -1 / 6.},
     {-1 / 6., 1 / 6., -1 / 6.},
     {1 / 24., 1 / 12., 1 / 6.},
     {1 / 24., -1 / 12., 1 / 6.},
     {0, 0, 1}},
    {{1, 1, 1, 1, 1, 0}, {0, 1, -1, 2, -2, 0}, {0, 1, 1, 4, 4, 0}, {0, 1, -1, 8, -8, 1}},
};

/* sum_k c[k * cs] * x(k), k < n, as C: the nonzero terms, 1 and -1 without
 * a multiply; x(k) is fmt with k substituted for its one %d. */
static const char *lin(emitter *E, const double *c, int cs, int n, const char *fmt)
{
    const char *r = NULL;
    for (int k = 0; k < n; k++) {
        double v = c[k * cs];
        if (v == 0) continue;
        const char *x = kiln_arena_printf(E->a, fmt, k);
        const char *t = fabs(v) == 1 ? x : kiln_arena_printf(E->a, "%s * %s", x, flt(E->a, fabs(v)));
        r = !r ? (v < 0 ? kiln_arena_printf(E->a, "-%s", t) : t)
               : kiln_arena_printf(E->a, "%s %s %s", r, v < 0 ? "-" : "+", t);
    }
    return r ? r : "vzero()";
}

static const wino_mats *mats_of(int m)
{
    KILN_ASSERT(m == 2 || m == 4);
    return m == 4 ? &F4 : &F2;
}

/* The input transform of one a x a tile and channel vector, NAME_input(xp,
 * vp): V = B^T d B, x rows `row` floats apart, V's positions `vpos` apart.
 * With `edge`, NAME_input_edge(xp, vp, nr, nc) of a tile at the last row or
 * column of a partial tiling: only the nr x nc pixels x stores are read,
 * the rest are zeros. */
static void wino_input(emitter *E, const wino_mats *F, const char *name, long row, long vpos, int edge)
{
    sbuf *b = E->b;
    int VL = E->g->isa->lanes, A = F->a;
    P(b, "/* V = B^T d B of one %dx%d input tile, a vector of input channels: xp at its pixel (0, 0),\n"
         " * vp at V[0][cb][tile] (positions %ld floats apart)%s */\n", A, A, vpos,
      edge ? "; only its first nr rows and nc columns exist in x, the rest are zeros" : "");
    P(b, "static inline __attribute__((always_inline)) void %s_input%s(const float *restrict xp, float *restrict vp%s)\n{\n",
      name, edge ? "_edge" : "", edge ? ", int nr, int nc" : "");
    P(b, I1 "vf d[%d][%d], e[%d][%d];\n", A, A, A, A);
    if (edge)
        P(b, I1 "for (int r = 0; r < %d; r++)\n"
             I2 "for (int c = 0; c < %d; c++) d[r][c] = r < nr && c < nc ? vload(xp + r * %ld + c * %d) : vzero();\n",
          A, A, row, VL);
    else
        P(b, I1 "for (int r = 0; r < %d; r++)\n" I2 "for (int c = 0; c < %d; c++) d[r][c] = vload(xp + r * %ld + c * %d);\n",
          A, A, row, VL);
    P(b, I1 "for (int c = 0; c < %d; c++) {  /* B^T d */\n", A);
    for (int i = 0; i < A; i++) P(b, I2 "e[%d][c] = %s;\n", i, lin(E, F->BT[i], 1, A, "d[%d][c]"));
    P(b, I1 "}\n");
    P(b, I1 "for (int r = 0; r < %d; r++) {  /* (B^T d) B */\n", A);
    for (int j = 0; j < A; j++)
        P(b, I2 "vstore(vp + (r * %d + %d) * %ld, %s);\n", A, j, vpos, lin(E, F->BT[j], 1, A, "e[r][%d]"));
    P(b, I1 "}\n}\n\n");
}

/* ---- forward and stride-1 backward-data ---------------------------------- */

typedef struct {
    kiln_conv_problem cp;
    const wino_mats *F;
    kiln_geom gx, gy;
    int m, A, NP;                             /* tile sizes; positions a^2 */
    int VL, CB, KB, CP, NT, TT, OCV, TC, TPI; /* TC tiles per row, TPI per sample */
    int TR, vr, vc;                           /* tile rows; output rows and columns of the last
                                                 tile row and column (m, or fewer: a partial tiling) */
    int nr, nc;                               /* input rows and columns x stores from the last
                                                 tile row's and column's first pixel (a, or fewer) */
    long vpos, mpos, upos, uocb;              /* strides of pos in V, M, U and of ocb in U */
} wino;

static wino wino_of(const emitter *E, const kiln_kernel *k)
{
    wino w;
    memset(&w, 0, sizeof w);
    w.cp = kiln_conv_problem_of(E, k);
    w.F = mats_of(k->tile.winograd);
    w.m = w.F->m;
    w.A = w.F->a;
    w.NP = w.A * w.A;
    w.gx = kiln_geometry(T(E, w.cp.x));
    w.gy = kiln_geometry(T(E, w.cp.y));
    w.VL = E->g->isa->lanes;
    w.CB = w.gx.CB;
    w.KB = w.gy.CB;
    w.CP = w.CB * w.VL;
    w.NT = k->tile.oh_regs;
    w.TT = k->tile.ow_regs;
    w.OCV = k->tile.oc_vectors;
    KILN_ASSERT(w.cp.nph == 1 && w.cp.KH == 3 && w.cp.KW == 3 && w.gx.block == w.VL && w.gy.block == w.VL &&
                w.NT % w.TT == 0 && w.KB % w.OCV == 0 && w.cp.icpb == w.VL);
    const struct conv_phase *f = &w.cp.ph[0];
    w.TC = (f->cols + w.m - 1) / w.m;
    w.TR = (f->rows + w.m - 1) / w.m;
    w.TPI = w.TR * w.TC;
    w.vr = f->rows - (w.TR - 1) * w.m;
    w.vc = f->cols - (w.TC - 1) * w.m;
    w.nr = w.gx.Hp - (w.gx.top + f->x_r0 + (w.TR - 1) * w.m);
    w.nc = w.gx.Wp - (w.gx.left + f->x_c0 + (w.TC - 1) * w.m);
    if (w.nr > w.A) w.nr = w.A;
    if (w.nc > w.A) w.nc = w.A;
    w.vpos = ((long)w.CB * w.NT + 1) * w.VL;
    w.mpos = ((long)w.KB * w.NT + 1) * w.VL;
    w.upos = (long)w.CP * w.VL;
    w.uocb = w.NP * w.upos;
    return w;
}

/* The product of one position for TT tiles x OCV output-channel vectors:
 * vp at V[pos][0][t0], up at U[ocb0][pos][0], mp at M[pos][kb0][t0]. */
static void wino_product(emitter *E, const kiln_kernel *k, const wino *w)
{
    sbuf *b = E->b;
    int VL = w->VL, TT = w->TT, OCV = w->OCV;
    P(b, "/* Winograd-domain product: %d tiles x %d output-channel vectors, %d accumulators, over %d input channels */\n",
      TT, OCV, TT * OCV, w->cp.icbn * VL);
    P(b, "static inline __attribute__((always_inline)) void %s_product(const float *restrict vp, const float *restrict up, "
         "float *restrict mp)\n{\n", k->name);
    for (int t = 0; t < TT; t++) {
        P(b, I1 "vf");
        for (int v = 0; v < OCV; v++) P(b, "%s acc_t%dv%d = vzero()", v ? "," : "", t, v);
        P(b, ";\n");
    }
    const char *icn = w->cp.iclast == VL ? kiln_arena_printf(E->a, "%d", VL)
                    : w->cp.icbn == 1 ? kiln_arena_printf(E->a, "%d", w->cp.iclast)
                                      : kiln_arena_printf(E->a, "(cb < %d ? %d : %d)", w->cp.icbn - 1, VL, w->cp.iclast);
    P(b, I1 "for (int cb = 0; cb < %d; cb++) {\n", w->cp.icbn);
    P(b, I2 "const float *vs = vp + (long)cb * %ld, *us = up + (long)cb * %d;\n", (long)w->NT * VL, VL * VL);
    P(b, I2 "for (int ic = 0; ic < %s; ic++) {%s\n", icn,
      w->cp.iclast == VL ? "" : kiln_arena_printf(E->a, "  /* channels %d..%d of the last block are padding */",
                                                  w->cp.iclast, VL - 1));
    P(b, I3 "const vf");
    for (int v = 0; v < OCV; v++) P(b, "%s u%d = vload(us + %ld + ic * %d)", v ? "," : "", v, v * w->uocb, VL);
    P(b, ";\n");
    for (int t = 0; t < TT; t++) {
        P(b, I3 "{ const vf vb = vbcast(vs[%d + ic]);", t * VL);
        for (int v = 0; v < OCV; v++) P(b, " acc_t%dv%d = vfma(vb, u%d, acc_t%dv%d);", t, v, v, t, v);
        P(b, " }\n");
    }
    P(b, I2 "}\n" I1 "}\n");
    for (int t = 0; t < TT; t++)
        for (int v = 0; v < OCV; v++)
            P(b, I1 "vstore(mp + %ld, acc_t%dv%d);\n", (long)v * w->NT * VL + (long)t * VL, t, v);
    P(b, "}\n\n");
}

/* The first half of an output transform: the tile's products pr, loaded
 * from mp, and s = A^T pr. */
static void wino_at_m(emitter *E, const wino *w)
{
    sbuf *b = E->b;
    int A = w->A, m = w->m;
    P(b, I1 "vf pr[%d][%d], s[%d][%d];\n", A, A, m, A);
    P(b, I1 "for (int pos = 0; pos < %d; pos++) pr[pos / %d][pos %% %d] = vload(mp + pos * %ld);\n", w->NP, A, A, w->mpos);
    P(b, I1 "for (int c = 0; c < %d; c++) {  /* A^T m */\n", A);
    for (int i = 0; i < m; i++) P(b, I2 "s[%d][c] = %s;\n", i, lin(E, w->F->AT[i], 1, A, "pr[%d][c]"));
    P(b, I1 "}\n");
}

/* The block's products, pos by pos and output-channel group by group, TT
 * tiles at a time, from the chunk's V (vs) and U into its M (ms). */
static void wino_products(emitter *E, const kiln_kernel *k, const wino *w)
{
    sbuf *b = E->b;
    int VL = w->VL;
    P(b, I3 "for (int pos = 0; pos < %d; pos++)  /* the %d products */\n", w->NP, w->NP);
    P(b, I4 "for (int og = 0; og < %d; og++)\n", w->KB / w->OCV);
    P(b, I5 "for (int j = 0; j < %d; j += %d)\n", w->NT, w->TT);
    P(b, I5 "    %s_product(vs + pos * %ld + (long)j * %d, %s + (long)og * %ld + pos * %ld,\n", k->name, w->vpos, VL,
      NAME(E, k->scratch[0]), w->OCV * w->uocb, w->upos);
    P(b, I5 "    %*s ms + pos * %ld + ((long)og * %d + j) * %d);\n", (int)strlen(k->name), "", w->mpos,
      w->OCV * w->NT, VL);
}

/* A pooling whose windows the tiles do not hold whole (kiln_winograd_band):
 * the output transform writes a band's sums (and bias) to the chunk's Z,
 * [kb][band row][column][VL]; then each window of the band is pooled from
 * Z. */
static void band_helpers(emitter *E, const kiln_kernel *k, const wino *w, int band)
{
    sbuf *b = E->b;
    const kiln_conv_problem *cp = &w->cp;
    const wino_mats *F = w->F;
    int VL = w->VL, A = w->A, m = w->m, kh = cp->pkh, kw = cp->pkw;
    long zrow = (long)cp->ph[0].cols * VL;
    P(b, "/* Y = A^T m A of one tile's %d products, a vector of output channels: mp at M[0][kb][tile]\n"
         " * (positions %ld floats apart), zp at its pixel (0, 0) of the band's sums Z%s */\n", w->NP, w->mpos,
      cp->bias >= 0 ? ", with the bias" : "");
    P(b, "static inline __attribute__((always_inline)) void %s_output(const float *restrict mp, const float *restrict bp, "
         "float *restrict zp)\n{\n", k->name);
    if (cp->bias < 0) P(b, I1 "(void)bp;\n");
    wino_at_m(E, w);
    if (cp->bias >= 0) P(b, I1 "const vf bias = vload(bp);\n");
    P(b, I1 "for (int r = 0; r < %d; r++) {  /* (A^T m) A */\n", m);
    for (int j = 0; j < m; j++)
        P(b, I2 "vstore(zp + r * %ld + %d, %s%s);\n", zrow, j * VL, lin(E, F->AT[j], 1, A, "s[r][%d]"),
          cp->bias >= 0 ? " + bias" : "");
    P(b, I1 "}\n}\n\n");
    P(b, "/* The max-pooling of one %dx%d window of Z (zp at its first pixel, rows %ld floats apart), a vector\n"
         " * of channels, to yp%s%s */\n", kh, kw, zrow, cp->argmax >= 0 ? " and its argmax to ap" : "",
      cp->relu ? "; the ReLU's, as the direct kernels' epilogue (emit_conv.c)" : "");
    P(b, "static inline __attribute__((always_inline)) void %s_pool(const float *restrict zp, float *restrict yp, "
         "uint8_t *restrict ap)\n{\n", k->name);
    if (cp->argmax < 0) P(b, I1 "(void)ap;\n");
    const char *e[16];
    KILN_ASSERT(kh * kw <= 16);
    for (int q = 0; q < kh * kw; q++) {
        e[q] = kiln_arena_printf(E->a, "z%d", q);
        P(b, I1 "const vf z%d = vload(zp + %ld);\n", q, (long)(q / kw) * zrow + (long)(q % kw) * VL);
    }
    kiln_emit_window_max(E, I1, e, kh * kw, cp->argmax >= 0, cp->relu);
    P(b, I1 "vstore(yp, mx);\n");
    if (cp->argmax >= 0) P(b, I1 "vstore_bytes(ap, at | ((m > 0.0f) & 0x80));\n");
    P(b, "}\n\n");
}

static void output_helper(emitter *E, const kiln_kernel *k, const wino *wp, int edge);

/* The C condition of a tile (ti, tj) in the last tile row (when `rows`) or
 * column (when `cols`), or NULL when neither. */
static const char *edge_test(emitter *E, int TR, int TC, int rows, int cols)
{
    if (rows && cols) return kiln_arena_printf(E->a, "ti == %d || tj == %d", TR - 1, TC - 1);
    if (rows) return kiln_arena_printf(E->a, "ti == %d", TR - 1);
    if (cols) return kiln_arena_printf(E->a, "tj == %d", TC - 1);
    return NULL;
}

static void conv_helpers(emitter *E, const kiln_kernel *k)
{
    sbuf *b = E->b;
    wino w = wino_of(E, k);
    const kiln_conv_problem *cp = &w.cp;
    const wino_mats *F = w.F;
    int VL = w.VL, A = w.A, m = w.m;
    P(b, "/* U = G g G^T of one input channel's 3x3 filters, a vector of output channels:\n"
         " * gp at tap (0, 0) of the blocked kernel (taps %d floats apart), u at U[ocb][0][c] */\n", cp->icpb * VL);
    P(b, "static inline __attribute__((always_inline)) void %s_weights(const float *restrict gp, float *restrict u)\n{\n",
      k->name);
    P(b, I1 "vf g[3][3], a[%d][3];\n", A);
    P(b, I1 "for (int p = 0; p < 3; p++)\n" I2 "for (int q = 0; q < 3; q++) g[p][q] = vload(gp + (p * 3 + q) * %d);\n",
      cp->icpb * VL);
    P(b, I1 "for (int q = 0; q < 3; q++) {  /* G g */\n");
    for (int i = 0; i < A; i++) P(b, I2 "a[%d][q] = %s;\n", i, lin(E, F->G[i], 1, 3, "g[%d][q]"));
    P(b, I1 "}\n");
    P(b, I1 "for (int r = 0; r < %d; r++) {  /* (G g) G^T */\n", A);
    for (int j = 0; j < A; j++)
        P(b, I2 "vstore(u + (r * %d + %d) * %ld, %s);\n", A, j, w.upos, lin(E, F->G[j], 1, 3, "a[r][%d]"));
    P(b, I1 "}\n}\n\n");
    int partial = w.vr < m || w.vc < m;
    wino_input(E, F, k->name, w.gx.row, w.vpos, 0);
    if (partial) wino_input(E, F, k->name, w.gx.row, w.vpos, 1);
    wino_product(E, k, &w);
    /* the output transform and epilogue of one tile and output-channel vector */
    int band = cp->pkh ? kiln_winograd_band(m, cp->pkh, cp->pkw) : 0;
    KILN_ASSERT(!partial || !cp->pkh);
    if (band) {
        band_helpers(E, k, &w, band);
        return;
    }
    for (int edge = 0; edge <= partial; edge++) output_helper(E, k, &w, edge);
}

/* The output transform and epilogue of one tile and output-channel vector:
 * NAME_output, or with `edge` NAME_output_edge, which stores only the first
 * vr rows and vc columns of the tile (the last of a partial tiling). */
static void output_helper(emitter *E, const kiln_kernel *k, const wino *wp, int edge)
{
    sbuf *b = E->b;
    const wino w = *wp;
    const kiln_conv_problem *cp = &w.cp;
    const wino_mats *F = w.F;
    int VL = w.VL, A = w.A, m = w.m;
    const char *what = cp->pkh ? "the max-pooling of the tile's windows to yp (its first window) and ap"
                     : cp->mask >= 0 ? "the ReLU backward (kp: the ReLU's output, laid out as yp)"
                     : cp->bias >= 0 ? "the bias" : "no bias";
    P(b, "/* Y = A^T m A of one tile's %d products, a vector of output channels: mp at M[0][kb][tile]\n"
         " * (positions %ld floats apart), yp at its output pixel (0, 0); then %s%s%s%s */\n", w.NP, w.mpos, what,
      cp->relu ? ", ReLU" : "", cp->accumulate ? ", added to yp" : "",
      edge ? "; only the first vr rows and vc columns are stored" : "");
    P(b, "static inline __attribute__((always_inline)) void %s_output%s(const float *restrict mp, const float *restrict bp, "
         "float *restrict yp, %s%s)\n{\n", k->name, edge ? "_edge" : "",
      cp->pkh ? "uint8_t *restrict ap" : "const float *restrict kp", edge ? ", int vr, int vc" : "");
    if (cp->bias < 0) P(b, I1 "(void)bp;\n");
    if (cp->pkh && cp->argmax < 0) P(b, I1 "(void)ap;\n");
    if (!cp->pkh && cp->mask < 0) P(b, I1 "(void)kp;\n");
    wino_at_m(E, &w);
    P(b, I1 "vf y[%d][%d];\n", m, m);
    P(b, I1 "for (int r = 0; r < %d; r++) {  /* (A^T m) A */\n", m);
    for (int j = 0; j < m; j++) P(b, I2 "y[r][%d] = %s;\n", j, lin(E, F->AT[j], 1, A, "s[r][%d]"));
    P(b, I1 "}\n");
    if (cp->bias >= 0) P(b, I1 "const vf bias = vload(bp);\n");
    if (cp->pkh) {
        int kh = cp->pkh, kw = cp->pkw;
        KILN_ASSERT(m % kh == 0 && m % kw == 0 && kh * kw <= 16);
        kiln_geom ga = cp->argmax >= 0 ? kiln_geometry(T(E, cp->argmax)) : w.gy;
        if (cp->bias >= 0)
            P(b, I1 "for (int r = 0; r < %d; r++)\n" I2 "for (int c = 0; c < %d; c++) y[r][c] += bias;\n", m, m);
        for (int wr = 0; wr < m / kh; wr++)
            for (int wc = 0; wc < m / kw; wc++) {
                P(b, I1 "{  /* window (%d, %d) */\n", wr, wc);
                const char *e[16];
                for (int q = 0; q < kh * kw; q++)
                    e[q] = kiln_arena_printf(E->a, "y[%d][%d]", kh * wr + q / kw, kw * wc + q % kw);
                kiln_emit_window_max(E, I2, e, kh * kw, cp->argmax >= 0, cp->relu);
                P(b, I2 "vstore(yp + %ld, mx);\n", (long)wr * w.gy.row + (long)wc * VL);
                if (cp->argmax >= 0)
                    P(b, I2 "vstore_bytes(ap + %ld, at | ((m > 0.0f) & 0x80));\n", (long)wr * ga.row + (long)wc * VL);
                P(b, I1 "}\n");
            }
        P(b, "}\n\n");
        return;
    }
    if (edge) P(b, I1 "for (int r = 0; r < vr; r++)\n" I2 "for (int c = 0; c < vc; c++) {\n");
    else P(b, I1 "for (int r = 0; r < %d; r++)\n" I2 "for (int c = 0; c < %d; c++) {\n", m, m);
    P(b, I3 "float *o = yp + r * %ld + c * %d;\n", w.gy.row, VL);
    const char *val = cp->bias >= 0 ? "y[r][c] + bias" : "y[r][c]";
    if (cp->relu) val = kiln_arena_printf(E->a, "vrelu(%s)", val);
    if (cp->mask >= 0) val = kiln_arena_printf(E->a, "(vload(kp + (o - yp)) > 0.0f ? %s : vzero())", val);
    if (cp->accumulate) val = kiln_arena_printf(E->a, "vload(o) + %s", val);
    P(b, I3 "vstore(o, %s);\n" I2 "}\n}\n\n", val);
}

/* The blocks of a band-pooled forward (band_helpers): one block per band of
 * `band` output rows of a sample, its tiles in row-major order. */
static void band_body(emitter *E, const kiln_kernel *k, const wino *w, int band)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    const kiln_conv_problem *cp = &w->cp;
    const struct conv_phase *f = &cp->ph[0];
    int VL = w->VL, PT = g->threads, m = w->m, kh = cp->pkh, kw = cp->pkw, cols = f->cols;
    int bands = f->rows / band, BR = band / m;
    long zrow = (long)cols * VL, zcb = band * zrow;
    long vsz = w->NP * w->vpos, msz = w->NP * w->mpos, zsz = w->KB * zcb;
    KILN_ASSERT(w->NT == BR * w->TC && f->rows % band == 0 && cols % kw == 0 && band % kh == 0);
    const char *X = NAME(E, cp->x), *Y = NAME(E, cp->y), *S = NAME(E, k->scratch[1]);
    const char *B = cp->bias >= 0 ? NAME(E, cp->bias) : NULL;
    P(b, I1 "/* 2. a block per band of %d output rows (%d tile rows, %d windows of %dx%d a row): its products,\n"
         I1 "   its sums in Z, then its windows pooled; %d chunks of consecutive blocks */\n", band, BR, cols / kw, kh,
      kw, PT);
    P(b, I1 "const long nblocks = (long)nb * %d;\n", bands);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int t = 0; t < %d; t++) {\n", PT);
    P(b, I2 "float *vs = %s + (long)t * %ld, *ms = vs + %ld, *zs = ms + %ld;  /* the chunk's V, M and Z */\n", S,
      vsz + msz + zsz, vsz, msz);
    P(b, I2 "for (long blk = nblocks * t / %d; blk < nblocks * (t + 1) / %d; blk++) {\n", PT, PT);
    P(b, I3 "const int n = (int)(blk / %d), bd = (int)(blk %% %d);\n", bands, bands);
    P(b, I3 "for (int j = 0; j < %d; j++) {  /* the input transform */\n", w->NT);
    P(b, I4 "const int ti = bd * %d + j / %d, tj = j %% %d;\n", BR, w->TC, w->TC);
    P(b, I4 "const float *xp = %s + (long)n * %ld + (long)(%d + %d * ti) * %ld + (long)(%d + %d * tj) * %d;\n", X,
      w->gx.sample, w->gx.top + f->x_r0, m, w->gx.row, w->gx.left + f->x_c0, m, VL);
    P(b, I4 "for (int cb = 0; cb < %d; cb++) %s_input(xp + (long)cb * %ld, vs + ((long)cb * %d + j) * %d);\n",
      cp->icbn, k->name, w->gx.cblock, w->NT, VL);
    P(b, I3 "}\n");
    wino_products(E, k, w);
    P(b, I3 "for (int j = 0; j < %d; j++)  /* the output transform into Z */\n", w->NT);
    P(b, I4 "for (int kb = 0; kb < %d; kb++)\n", w->KB);
    P(b, I5 "%s_output(ms + ((long)kb * %d + j) * %d, %s, zs + (long)kb * %ld + (long)(j / %d) * %ld + (long)(j %% %d) * %d);\n",
      k->name, w->NT, VL, B ? kiln_arena_printf(E->a, "%s + kb * %d", B, VL) : "NULL", zcb, w->TC, m * zrow, w->TC,
      m * VL);
    kiln_geom ga = cp->argmax >= 0 ? kiln_geometry(T(E, cp->argmax)) : w->gy;
    P(b, I3 "for (int kb = 0; kb < %d; kb++)  /* the band's windows */\n", w->KB);
    P(b, I4 "for (int wr = 0; wr < %d; wr++)\n", band / kh);
    P(b, I5 "for (int wc = 0; wc < %d; wc++) {\n", cols / kw);
    P(b, I5 "    const int pr = bd * %d + wr;  /* the pooled row */\n", band / kh);
    P(b, I5 "    %s_pool(zs + (long)kb * %ld + (long)wr * %ld + (long)wc * %d,\n", k->name, zcb, kh * zrow, kw * VL);
    P(b, I5 "    %*s %s + (long)n * %ld + (long)kb * %ld + (long)(%d + pr) * %ld + (long)(%d + wc) * %d,\n",
      (int)strlen(k->name) + 5, "", Y, w->gy.sample, w->gy.cblock, w->gy.top, w->gy.row, w->gy.left, VL);
    if (cp->argmax >= 0)
        P(b, I5 "    %*s %s + (long)n * %ld + (long)kb * %ld + (long)pr * %ld + (long)wc * %d);\n",
          (int)strlen(k->name) + 5, "", NAME(E, cp->argmax), ga.sample, ga.cblock, ga.row, VL);
    else
        P(b, I5 "    %*s NULL);\n", (int)strlen(k->name) + 5, "");
    P(b, I5 "}\n");
    P(b, I2 "}\n" I1 "}\n");
}

/* Forward or stride-1 backward-data: the filters into U (the threads
 * sharing them), then per block the input transform, the a^2 products and
 * the output transform with the epilogue. */
static void conv_body(emitter *E, const kiln_kernel *k)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    wino w = wino_of(E, k);
    const kiln_conv_problem *cp = &w.cp;
    const struct conv_phase *f = &cp->ph[0];
    int VL = w.VL, PT = g->threads, m = w.m;
    const char *X = NAME(E, cp->x), *Wt = NAME(E, cp->w), *Y = NAME(E, cp->y);
    const char *U = NAME(E, k->scratch[0]), *S = NAME(E, k->scratch[1]);
    long vsz = w.NP * w.vpos, msz = w.NP * w.mpos;
    P(b, I1 "/* Winograd F(%dx%d, 3x3): %d x %d tiles of %dx%d output pixels per sample, in blocks of %d;\n"
         I1 "   products of %d tiles x %d output-channel vectors */\n", m, m, f->rows / m, w.TC, m, m, w.NT, w.TT,
      w.OCV);
    P(b, I1 "/* 1. the filters into U = G g G^T, shared among the threads */\n");
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int u = 0; u < %d; u++) {\n", w.KB * cp->icbn * VL);
    P(b, I2 "const int ocb = u / %d, c = u %% %d;\n", cp->icbn * VL, cp->icbn * VL);
    P(b, I2 "%s_weights(%s + (long)ocb * %ld + (long)(c / %d) * %d + (c %% %d) * %d, %s + (long)ocb * %ld + (long)c * %d);\n",
      k->name, Wt, cp->wocb, VL, 9 * cp->icpb * VL, VL, VL, U, w.uocb, VL);
    P(b, I1 "}\n");
    kiln_emit_zero_halo(E, cp->y);
    int band = cp->pkh ? kiln_winograd_band(m, cp->pkh, cp->pkw) : 0;
    if (band) {
        band_body(E, k, &w, band);
        return;
    }
    P(b, I1 "/* 2. blocks of %d tiles over (sample, tile row, tile column), in %d chunks of consecutive blocks */\n",
      w.NT, PT);
    P(b, I1 "const long ntiles = (long)nb * %d, nblocks = (ntiles + %d) / %d;\n", w.TPI, w.NT - 1, w.NT);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int t = 0; t < %d; t++) {\n", PT);
    P(b, I2 "float *vs = %s + (long)t * %ld, *ms = vs + %ld;  /* the chunk's V and M */\n", S, vsz + msz, vsz);
    P(b, I2 "for (long blk = nblocks * t / %d; blk < nblocks * (t + 1) / %d; blk++) {\n", PT, PT);
    P(b, I3 "const long q0 = blk * %d;\n", w.NT);
    P(b, I3 "for (int j = 0; j < %d; j++) {  /* the input transform */\n", w.NT);
    P(b, I4 "const long q = q0 + j;\n");
    P(b, I4 "if (q >= ntiles) {  /* past the last sample: zeros */\n");
    P(b, I5 "for (int pos = 0; pos < %d; pos++)\n", w.NP);
    P(b, I5 "    for (int cb = 0; cb < %d; cb++) vstore(vs + pos * %ld + ((long)cb * %d + j) * %d, vzero());\n", w.CB,
      w.vpos, w.NT, VL);
    P(b, I5 "continue;\n" I4 "}\n");
    P(b, I4 "const int n = (int)(q / %d), ti = (int)(q %% %d) / %d, tj = (int)(q %% %d);\n", w.TPI, w.TPI, w.TC, w.TC);
    P(b, I4 "const float *xp = %s + (long)n * %ld + (long)(%d + %d * ti) * %ld + (long)(%d + %d * tj) * %d;\n", X,
      w.gx.sample, w.gx.top + f->x_r0, m, w.gx.row, w.gx.left + f->x_c0, m, VL);
    const char *in_edge = edge_test(E, w.TR, w.TC, w.nr < w.A, w.nc < w.A);
    if (in_edge) {
        P(b, I4 "if (%s)  /* the last tile row or column: x stores %d rows, %d columns of it */\n", in_edge, w.nr, w.nc);
        P(b, I5 "for (int cb = 0; cb < %d; cb++)\n", cp->icbn);
        P(b, I5 "    %s_input_edge(xp + (long)cb * %ld, vs + ((long)cb * %d + j) * %d, %s, %s);\n", k->name,
          w.gx.cblock, w.NT, VL, w.nr < w.A ? kiln_arena_printf(E->a, "ti == %d ? %d : %d", w.TR - 1, w.nr, w.A) : kiln_arena_printf(E->a, "%d", w.A),
          w.nc < w.A ? kiln_arena_printf(E->a, "tj == %d ? %d : %d", w.TC - 1, w.nc, w.A) : kiln_arena_printf(E->a, "%d", w.A));
        P(b, I4 "else\n");
        P(b, I5 "for (int cb = 0; cb < %d; cb++) %s_input(xp + (long)cb * %ld, vs + ((long)cb * %d + j) * %d);\n",
          cp->icbn, k->name, w.gx.cblock, w.NT, VL);
    } else {
        P(b, I4 "for (int cb = 0; cb < %d; cb++) %s_input(xp + (long)cb * %ld, vs + ((long)cb * %d + j) * %d);\n",
          cp->icbn, k->name, w.gx.cblock, w.NT, VL);
    }
    P(b, I3 "}\n");
    wino_products(E, k, &w);
    P(b, I3 "for (int j = 0; j < %d && q0 + j < ntiles; j++) {  /* the output transform */\n", w.NT);
    P(b, I4 "const long q = q0 + j;\n");
    P(b, I4 "const int n = (int)(q / %d), ti = (int)(q %% %d) / %d, tj = (int)(q %% %d);\n", w.TPI, w.TPI, w.TC, w.TC);
    const char *B = cp->bias >= 0 ? NAME(E, cp->bias) : NULL;
    const char *bk = B ? kiln_arena_printf(E->a, "%s + kb * %d", B, VL) : "NULL";
    if (cp->pkh) {  /* y is the pooled tensor: the tile's windows start at (m/kh ti, m/kw tj) */
        long ywin = m / cp->pkh, xwin = m / cp->pkw;
        const char *ap = "NULL";
        if (cp->argmax >= 0) {
            kiln_geom ga = kiln_geometry(T(E, cp->argmax));
            ap = kiln_arena_printf(E->a, "%s + (long)n * %ld + (long)(%ld * ti) * %ld + (long)(%ld * tj) * %d + (long)kb * %ld",
                                   NAME(E, cp->argmax), ga.sample, ywin, ga.row, xwin, VL, ga.cblock);
        }
        P(b, I4 "for (int kb = 0; kb < %d; kb++)\n", w.KB);
        P(b, I5 "%s_output(ms + ((long)kb * %d + j) * %d, %s,\n", k->name, w.NT, VL, bk);
        P(b, I5 "%*s %s + (long)n * %ld + (long)(%d + %ld * ti) * %ld + (long)(%d + %ld * tj) * %d + (long)kb * %ld,\n",
          (int)strlen(k->name) + 7, "", Y, w.gy.sample, w.gy.top, ywin, w.gy.row, w.gy.left, xwin, VL, w.gy.cblock);
        P(b, I5 "%*s %s);\n", (int)strlen(k->name) + 7, "", ap);
    } else {
        P(b, I4 "float *yp = %s + (long)n * %ld + (long)(%d + %d * ti) * %ld + (long)(%d + %d * tj) * %d;\n", Y,
          w.gy.sample, w.gy.top + f->y_r0, m, w.gy.row, w.gy.left + f->y_c0, m, VL);
        const char *kp = cp->mask >= 0 ? kiln_arena_printf(E->a, "%s + (yp - %s) + (long)kb * %ld", NAME(E, cp->mask), Y,
                                                           w.gy.cblock)
                                        : "NULL";
        const char *out_edge = edge_test(E, w.TR, w.TC, w.vr < m, w.vc < m);
        if (out_edge) {
            P(b, I4 "if (%s)  /* the last tile row or column: %d rows, %d columns of it exist */\n", out_edge, w.vr,
              w.vc);
            P(b, I5 "for (int kb = 0; kb < %d; kb++)\n", w.KB);
            P(b, I5 "    %s_output_edge(ms + ((long)kb * %d + j) * %d, %s, yp + (long)kb * %ld, %s, %s, %s);\n", k->name,
              w.NT, VL, bk, w.gy.cblock, kp,
              w.vr < m ? kiln_arena_printf(E->a, "ti == %d ? %d : %d", w.TR - 1, w.vr, m) : kiln_arena_printf(E->a, "%d", m),
              w.vc < m ? kiln_arena_printf(E->a, "tj == %d ? %d : %d", w.TC - 1, w.vc, m) : kiln_arena_printf(E->a, "%d", m));
            P(b, I4 "else\n");
            P(b, I5 "for (int kb = 0; kb < %d; kb++)\n", w.KB);
            P(b, I5 "    %s_output(ms + ((long)kb * %d + j) * %d, %s, yp + (long)kb * %ld, %s);\n", k->name, w.NT, VL, bk,
              w.gy.cblock, kp);
        } else {
            P(b, I4 "for (int kb = 0; kb < %d; kb++)\n", w.KB);
            P(b, I5 "%s_output(ms + ((long)kb * %d + j) * %d, %s, yp + (long)kb * %ld, %s);\n", k->name, w.NT, VL, bk,
              w.gy.cblock, kp);
        }
    }
    P(b, I3 "}\n" I2 "}\n" I1 "}\n");
}

/* ---- backward-weights ---------------------------------------------------- */

static void bwd_weights_helpers(emitter *E, const kiln_kernel *k)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    const kiln_node *n = &g->n[k->anchor];
    const wino_mats *F = mats_of(k->tile.winograd);
    kiln_geom gd = kiln_geometry(T(E, n->in[0])), gx = kiln_geometry(T(E, n->in[1]));
    int VL = g->isa->lanes, NT = k->tile.oh_regs, FV = k->tile.oc_vectors, CR = k->tile.ow_regs, m = F->m, A = F->a;
    int FP = gd.CB * VL;
    long vpos = ((long)gx.CB * NT + 1) * VL, mpos = ((long)gd.CB * NT + 1) * VL;
    int partial = gd.H % m || gd.W % m;
    wino_input(E, F, k->name, gx.row, vpos, 0);
    if (partial) wino_input(E, F, k->name, gx.row, vpos, 1);
    for (int edge = 0; edge <= partial; edge++) {
    P(b, "/* dM = A dY A^T of one %dx%d block of dy, a vector of output channels: dp at its pixel (0, 0),\n"
         " * mp at dM[0][fb][tile] (positions %ld floats apart); returns the block's sum (the bias gradient's)%s */\n",
      m, m, mpos, edge ? "; only its first vr rows and vc columns exist, the rest count as zeros" : "");
    P(b, "static inline __attribute__((always_inline)) vf %s_dy%s(const float *restrict dp, float *restrict mp%s)\n{\n",
      k->name, edge ? "_edge" : "", edge ? ", int vr, int vc" : "");
    P(b, I1 "vf d[%d][%d], r[%d][%d];\n", m, m, A, m);
    if (edge)
        P(b, I1 "for (int i = 0; i < %d; i++)\n"
             I2 "for (int j = 0; j < %d; j++) d[i][j] = i < vr && j < vc ? vload(dp + i * %ld + j * %d) : vzero();\n",
          m, m, gd.row, VL);
    else
        P(b, I1 "for (int i = 0; i < %d; i++)\n" I2 "for (int j = 0; j < %d; j++) d[i][j] = vload(dp + i * %ld + j * %d);\n",
          m, m, gd.row, VL);
    P(b, I1 "for (int j = 0; j < %d; j++) {  /* A dY */\n", m);
    for (int i = 0; i < A; i++) P(b, I2 "r[%d][j] = %s;\n", i, lin(E, &F->AT[0][i], 6, m, "d[%d][j]"));
    P(b, I1 "}\n");
    P(b, I1 "vf sum = vzero();\n");
    P(b, I1 "for (int i = 0; i < %d; i++) {  /* (A dY) A^T */\n", A);
    for (int j = 0; j < A; j++)
        P(b, I2 "vstore(mp + (i * %d + %d) * %ld, %s);\n", A, j, mpos, lin(E, &F->AT[0][j], 6, m, "r[i][%d]"));
    P(b, I1 "}\n");
    P(b, I1 "for (int i = 0; i < %d; i++)\n" I2 "for (int j = 0; j < %d; j++) sum += d[i][j];\n", m, m);
    P(b, I1 "return sum;\n}\n\n");
    }
    P(b, "/* dU[pos] += V[pos] dM[pos] over a block's %d tiles, %d input channels x %d dy vectors of accumulators:\n"
         " * vp at V[pos][cb][0] + ic0, mp at dM[pos][fb0][0], up at dU[pos][c0][f0] (rows of %d) */\n", NT, CR, FV,
      FP);
    P(b, "static inline __attribute__((always_inline)) void %s_product(const float *restrict vp, const float *restrict mp, "
         "float *restrict up)\n{\n", k->name);
    for (int c = 0; c < CR; c++) {
        P(b, I1 "vf");
        for (int v = 0; v < FV; v++) P(b, "%s acc_c%dv%d = vload(up + %d)", v ? "," : "", c, v, c * FP + v * VL);
        P(b, ";\n");
    }
    P(b, I1 "for (int j = 0; j < %d; j++) {\n", NT);
    P(b, I2 "const vf");
    for (int v = 0; v < FV; v++) P(b, "%s m%d = vload(mp + %ld + j * %d)", v ? "," : "", v, (long)v * NT * VL, VL);
    P(b, ";\n");
    for (int c = 0; c < CR; c++) {
        P(b, I2 "{ const vf vb = vbcast(vp[j * %d + %d]);", VL, c);
        for (int v = 0; v < FV; v++) P(b, " acc_c%dv%d = vfma(vb, m%d, acc_c%dv%d);", c, v, v, c, v);
        P(b, " }\n");
    }
    P(b, I1 "}\n");
    for (int c = 0; c < CR; c++)
        for (int v = 0; v < FV; v++) P(b, I1 "vstore(up + %d, acc_c%dv%d);\n", c * FP + v * VL, c, v);
    P(b, "}\n\n");
}

static void bwd_weights_body(emitter *E, const kiln_kernel *k)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    const kiln_node *n = &g->n[k->anchor];
    const wino_mats *F = mats_of(k->tile.winograd);
    const kiln_tensor *dwt = T(E, n->out[0]);
    kiln_geom gd = kiln_geometry(T(E, n->in[0])), gx = kiln_geometry(T(E, n->in[1]));
    int VL = g->isa->lanes, NT = k->tile.oh_regs, FV = k->tile.oc_vectors, CR = k->tile.ow_regs, PT = g->threads;
    int m = F->m, A = F->a, NP = A * A;
    int CB = gx.CB, FB = gd.CB, CP = CB * VL, FP = FB * VL, C = gx.C;
    int ICBN = (C + VL - 1) / VL;  /* the weight's input-channel blocks */
    KILN_ASSERT(dwt->icb == VL && VL % CR == 0 && FB % FV == 0 && ICBN <= CB);
    int TC = (gd.W + m - 1) / m, TR = (gd.H + m - 1) / m, TPI = TR * TC, has_b = n->out[1] >= 0, acc = n->a.accumulate;
    /* a partial tiling: the last tile row's and column's dy rows and columns, and the x rows and
     * columns stored from their first pixel */
    int vr = gd.H - (TR - 1) * m, vc = gd.W - (TC - 1) * m;
    int nr = gx.Hp - (gx.top - n->a.pad_top + (TR - 1) * m), nc = gx.Wp - (gx.left - n->a.pad_left + (TC - 1) * m);
    if (nr > A) nr = A;
    if (nc > A) nc = A;
    long vpos = ((long)CB * NT + 1) * VL, mpos = ((long)FB * NT + 1) * VL, vsz = NP * vpos, msz = NP * mpos;
    long usz = (long)NP * CP * FP, psz = usz + FP, wocb = (long)ICBN * 9 * VL * VL;
    const char *DY = NAME(E, n->in[0]), *X = NAME(E, n->in[1]), *DW = NAME(E, n->out[0]);
    const char *PART = NAME(E, k->scratch[0]), *S = NAME(E, k->scratch[1]);
    P(b, I1 "/* Winograd F(%dx%d, 3x3): %d x %d tiles of %dx%d dy pixels per sample, in blocks of %d, in %d chunks\n"
         I1 "   of consecutive blocks, each into its partial sums %s[chunk]: dU[%d][%d][%d] then db[%d] */\n",
      m, m, TR, TC, m, m, NT, PT, PART, NP, CP, FP, FP);
    P(b, I1 "const long ntiles = (long)nb * %d, nblocks = (ntiles + %d) / %d;\n", TPI, NT - 1, NT);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int t = 0; t < %d; t++) {\n", PT);
    P(b, I2 "float *pu = %s + (long)t * %ld, *pb = pu + %ld;\n", PART, psz, usz);
    P(b, I2 "float *vs = %s + (long)t * %ld, *ms = vs + %ld;  /* the chunk's V and dM */\n", S, vsz + msz, vsz);
    P(b, I2 "memset(pu, 0, sizeof(float) * %ld);\n", psz);
    P(b, I2 "vf db[%d];\n", FB);
    P(b, I2 "for (int fb = 0; fb < %d; fb++) db[fb] = vzero();\n", FB);
    P(b, I2 "for (long blk = nblocks * t / %d; blk < nblocks * (t + 1) / %d; blk++) {\n", PT, PT);
    P(b, I3 "const long q0 = blk * %d;\n", NT);
    P(b, I3 "for (int j = 0; j < %d; j++) {  /* the transforms of x and dy */\n", NT);
    P(b, I4 "const long q = q0 + j;\n");
    P(b, I4 "if (q >= ntiles) {  /* past the last sample: zeros */\n");
    P(b, I5 "for (int pos = 0; pos < %d; pos++) {\n", NP);
    P(b, I5 "    for (int cb = 0; cb < %d; cb++) vstore(vs + pos * %ld + ((long)cb * %d + j) * %d, vzero());\n", CB,
      vpos, NT, VL);
    P(b, I5 "    for (int fb = 0; fb < %d; fb++) vstore(ms + pos * %ld + ((long)fb * %d + j) * %d, vzero());\n", FB,
      mpos, NT, VL);
    P(b, I5 "}\n" I5 "continue;\n" I4 "}\n");
    P(b, I4 "const int n = (int)(q / %d), ti = (int)(q %% %d) / %d, tj = (int)(q %% %d);\n", TPI, TPI, TC, TC);
    P(b, I4 "const float *xp = %s + (long)n * %ld + (long)(%d + %d * ti) * %ld + (long)(%d + %d * tj) * %d;\n", X,
      gx.sample, gx.top - n->a.pad_top, m, gx.row, gx.left - n->a.pad_left, m, VL);
    P(b, I4 "const float *dp = %s + (long)n * %ld + (long)(%d + %d * ti) * %ld + (long)(%d + %d * tj) * %d;\n", DY,
      gd.sample, gd.top, m, gd.row, gd.left, m, VL);
    if (vr < m || vc < m) {
        const char *et = edge_test(E, TR, TC, vr < m, vc < m);
        P(b, I4 "if (%s) {  /* the last tile row or column: %d rows, %d columns of dy; x stores %d, %d */\n", et, vr,
          vc, nr, nc);
        P(b, I5 "const int nr = ti == %d ? %d : %d, nc = tj == %d ? %d : %d;\n", TR - 1, nr, A, TC - 1, nc, A);
        P(b, I5 "const int vr = ti == %d ? %d : %d, vc = tj == %d ? %d : %d;\n", TR - 1, vr, m, TC - 1, vc, m);
        P(b, I5 "for (int cb = 0; cb < %d; cb++) %s_input_edge(xp + (long)cb * %ld, vs + ((long)cb * %d + j) * %d, nr, nc);\n",
          CB, k->name, gx.cblock, NT, VL);
        P(b, I5 "for (int fb = 0; fb < %d; fb++)\n", FB);
        P(b, I5 "    db[fb] += %s_dy_edge(dp + (long)fb * %ld, ms + ((long)fb * %d + j) * %d, vr, vc);\n", k->name,
          gd.cblock, NT, VL);
        P(b, I5 "continue;\n" I4 "}\n");
    }
    P(b, I4 "for (int cb = 0; cb < %d; cb++) %s_input(xp + (long)cb * %ld, vs + ((long)cb * %d + j) * %d);\n", CB,
      k->name, gx.cblock, NT, VL);
    P(b, I4 "for (int fb = 0; fb < %d; fb++) db[fb] += %s_dy(dp + (long)fb * %ld, ms + ((long)fb * %d + j) * %d);\n",
      FB, k->name, gd.cblock, NT, VL);
    P(b, I3 "}\n");
    P(b, I3 "for (int pos = 0; pos < %d; pos++)  /* dU += V dM */\n", NP);
    int CRND = (C + CR - 1) / CR * CR;  /* the padding channels' V are 0: their products are skipped */
    if (CRND < ICBN * VL)
        P(b, I4 "for (int c0 = 0; c0 < %d; c0 += %d)  /* channels %d..%d are padding */\n", CRND, CR, CRND,
          ICBN * VL - 1);
    else
        P(b, I4 "for (int c0 = 0; c0 < %d; c0 += %d)\n", ICBN * VL, CR);
    P(b, I5 "for (int fb = 0; fb < %d; fb += %d)\n", FB, FV);
    P(b, I5 "    %s_product(vs + pos * %ld + (long)(c0 / %d) * %d + c0 %% %d, ms + pos * %ld + (long)fb * %d,\n", k->name,
      vpos, VL, NT * VL, VL, mpos, NT * VL);
    P(b, I5 "    %*s pu + pos * %ld + (long)c0 * %d + fb * %d);\n", (int)strlen(k->name), "", (long)CP * FP, FP, VL);
    P(b, I2 "}\n");
    P(b, I2 "for (int fb = 0; fb < %d; fb++) vstore(pb + fb * %d, db[fb]);\n", FB, VL);
    P(b, I1 "}\n");
    P(b, I1 "/* dg = G^T (sum of the chunks' dU, in chunk order) G, per input channel and dy vector */\n");
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int u = 0; u < %d; u++) {\n", FB * ICBN * VL);
    P(b, I2 "const int fb = u / %d, c = u %% %d;\n", ICBN * VL, ICBN * VL);
    P(b, I2 "vf du[%d][%d], a[3][%d];\n", A, A, A);
    P(b, I2 "for (int pos = 0; pos < %d; pos++) {\n", NP);
    P(b, I3 "const long o = pos * %ld + (long)c * %d + fb * %d;\n", (long)CP * FP, FP, VL);
    P(b, I3 "vf s = vload(%s + o);\n", PART);
    if (PT > 1) P(b, I3 "for (int t = 1; t < %d; t++) s += vload(%s + (long)t * %ld + o);\n", PT, PART, psz);
    P(b, I3 "du[pos / %d][pos %% %d] = s;\n" I2 "}\n", A, A);
    P(b, I2 "for (int q = 0; q < %d; q++) {  /* G^T dU */\n", A);
    for (int p = 0; p < 3; p++) P(b, I3 "a[%d][q] = %s;\n", p, lin(E, &F->G[0][p], 3, A, "du[%d][q]"));
    P(b, I2 "}\n");
    P(b, I2 "float *dwp = %s + (long)fb * %ld + (long)(c / %d) * %d + (c %% %d) * %d;  /* tap (0, 0) */\n", DW, wocb,
      VL, 9 * VL * VL, VL, VL);
    P(b, I2 "for (int p = 0; p < 3; p++) {  /* (G^T dU) G */\n");
    for (int q = 0; q < 3; q++) {
        const char *v = lin(E, &F->G[0][q], 3, A, "a[p][%d]");
        P(b, I3 "vstore(dwp + (p * 3 + %d) * %d, %s%s);\n", q, VL * VL,
          acc ? kiln_arena_printf(E->a, "vload(dwp + (p * 3 + %d) * %d) + ", q, VL * VL) : "", v);
    }
    P(b, I2 "}\n" I1 "}\n");
    if (has_b) {
        const char *DB = NAME(E, n->out[1]);
        P(b, I1 "#pragma omp for schedule(static)\n");
        P(b, I1 "for (int f = 0; f < %d; f += %d) {\n", FP, VL);
        P(b, I2 "vf s = vload(%s + %ld + f);\n", PART, usz);
        if (PT > 1) P(b, I2 "for (int t = 1; t < %d; t++) s += vload(%s + (long)t * %ld + %ld + f);\n", PT, PART, psz, usz);
        P(b, I2 "vstore(%s + f, %s);\n", DB, acc ? kiln_arena_printf(E->a, "vload(%s + f) + s", DB) : "s");
        P(b, I1 "}\n");
    }
}

void kiln_emit_winograd_helpers(emitter *E, const kiln_kernel *k)
{
    if (E->g->n[k->anchor].op == OP_CONV2D_BWD_WEIGHTS) bwd_weights_helpers(E, k);
    else conv_helpers(E, k);
}

void kiln_emit_winograd(emitter *E, const kiln_kernel *k)
{
    if (E->g->n[k->anchor].op == OP_CONV2D_BWD_WEIGHTS) bwd_weights_body(E, k);
    else conv_body(E, k);
}

/* emit_conv.c — convolution kernels (emit.h): forward, backward-data,
 * backward-weights.  Generic family: direct loops in Keras's layouts (NHWC,
 * HWIO), the innermost loop over output channels. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

static void k_conv2d(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]), *w = T(E, n->in[1]), *y = T(E, n->out[0]);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], OH = y->dims[1], OW = y->dims[2], F = y->dims[3];
    int KH = w->dims[0], KW = w->dims[1];
    const kiln_attrs *a = &n->a;
    int padded = a->pad_top || a->pad_left || (OH - 1) * a->sh + KH > H || (OW - 1) * a->sw + KW > W;
    const char *X = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *Y = E->tname[n->out[0]];
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (int i = 0; i < %d; i++) {\n", OH);
    P(b, I3 "for (int j = 0; j < %d; j++) {\n", OW);
    P(b, I4 "float *yp = %s + (((long)n * %d + i) * %d + j) * %d;  /* the sums, in place */\n", Y, OH, OW, F);
    if (n->in[2] >= 0) P(b, I4 "for (int f = 0; f < %d; f++) yp[f] = %s[f];\n", F, E->tname[n->in[2]]);
    else P(b, I4 "for (int f = 0; f < %d; f++) yp[f] = 0.0f;\n", F);
    P(b, I4 "for (int p = 0; p < %d; p++) {\n", KH);
    P(b, I5 "const int h = i * %d + p - %d;\n", a->sh, a->pad_top);
    if (padded) P(b, I5 "if (h < 0 || h >= %d) continue;\n", H);
    P(b, I5 "for (int q = 0; q < %d; q++) {\n", KW);
    P(b, I5 "    const int v = j * %d + q - %d;\n", a->sw, a->pad_left);
    if (padded) P(b, I5 "    if (v < 0 || v >= %d) continue;\n", W);
    P(b, I5 "    const float *xp = %s + (((long)n * %d + h) * %d + v) * %d;\n", X, H, W, C);
    P(b, I5 "    const float *wp = %s + (p * %d + q) * %d;\n", Wt, KW, C * F);
    P(b, I5 "    for (int c = 0; c < %d; c++) {\n", C);
    P(b, I5 "        const float xv = xp[c];\n");
    P(b, I5 "        for (int f = 0; f < %d; f++) yp[f] += xv * wp[c * %d + f];\n", F, F);
    P(b, I5 "    }\n" I5 "}\n" I4 "}\n");
    P(b, I3 "}\n" I2 "}\n" I1 "}\n");
}

static void k_conv2d_bwd_data(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *w = T(E, n->in[1]), *dx = T(E, n->out[0]);
    int H = dx->dims[1], W = dx->dims[2], C = dx->dims[3], OH = dy->dims[1], OW = dy->dims[2], F = dy->dims[3];
    int KH = w->dims[0], KW = w->dims[1], SH = n->a.sh, SW = n->a.sw;
    const char *DY = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *DX = E->tname[n->out[0]];
    const char *WT = E->tname[E->k->scratch[0]];
    P(b, I1 "/* Transposed kernel %s[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */\n", WT);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int pq = 0; pq < %d; pq++)\n", KH * KW);
    P(b, I2 "for (int c = 0; c < %d; c++)\n", C);
    P(b, I3 "for (int f = 0; f < %d; f++) %s[(pq * %d + f) * %d + c] = %s[(pq * %d + c) * %d + f];\n", F, WT, F,
      C, Wt, C, F);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (int h = 0; h < %d; h++) {\n", H);
    P(b, I3 "for (int v = 0; v < %d; v++) {\n", W);
    P(b, I4 "float *dxp = %s + (((long)n * %d + h) * %d + v) * %d;  /* the sums, in place */\n", DX, H, W, C);
    if (!n->a.accumulate) P(b, I4 "for (int c = 0; c < %d; c++) dxp[c] = 0.0f;\n", C);
    P(b, I4 "for (int p = 0; p < %d; p++) {\n", KH);
    P(b, I5 "const int ih = h + %d - p;\n", n->a.pad_top);
    if (SH == 1) P(b, I5 "if (ih < 0 || ih >= %d) continue;\n" I5 "const int i = ih;\n", OH);
    else P(b, I5 "if (ih < 0 || ih %% %d != 0 || ih / %d >= %d) continue;\n" I5 "const int i = ih / %d;\n", SH, SH, OH, SH);
    P(b, I5 "for (int q = 0; q < %d; q++) {\n", KW);
    P(b, I5 "    const int jw = v + %d - q;\n", n->a.pad_left);
    if (SW == 1) P(b, I5 "    if (jw < 0 || jw >= %d) continue;\n" I5 "    const int j = jw;\n", OW);
    else P(b, I5 "    if (jw < 0 || jw %% %d != 0 || jw / %d >= %d) continue;\n" I5 "    const int j = jw / %d;\n", SW, SW, OW, SW);
    P(b, I5 "    const float *dyp = %s + (((long)n * %d + i) * %d + j) * %d;\n", DY, OH, OW, F);
    P(b, I5 "    const float *wp = %s + (p * %d + q) * %d;\n", WT, KW, F * C);
    P(b, I5 "    for (int f = 0; f < %d; f++) {\n", F);
    P(b, I5 "        const float d = dyp[f];\n");
    P(b, I5 "        for (int c = 0; c < %d; c++) dxp[c] += d * wp[f * %d + c];\n", C, C);
    P(b, I5 "    }\n" I5 "}\n" I4 "}\n");
    P(b, I3 "}\n" I2 "}\n" I1 "}\n");
}

static void k_conv2d_bwd_weights(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]), *dw = T(E, n->out[0]);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], OH = dy->dims[1], OW = dy->dims[2], F = dy->dims[3];
    int KH = dw->dims[0], KW = dw->dims[1];
    int CB = C < 16 ? C : 16;     /* channels per work unit */
    int NCB = (C + CB - 1) / CB;
    int padded = n->a.pad_top || n->a.pad_left || (OH - 1) * n->a.sh + KH > H || (OW - 1) * n->a.sw + KW > W;
    const char *DY = E->tname[n->in[0]], *X = E->tname[n->in[1]], *DW = E->tname[n->out[0]];
    P(b, I1 "/* One work unit per filter tap (p, q) and block of %d input channels; each\n"
         I1 "   owns its slice of the kernel gradient, so no reduction crosses threads. */\n", CB);
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int unit = 0; unit < %d; unit++) {\n", KH * KW * NCB);
    P(b, I2 "const int p = unit / %d, q = unit / %d %% %d, c0 = unit %% %d * %d;\n", KW * NCB, NCB, KW, NCB, CB);
    P(b, I2 "const int cn = %d - c0 < %d ? %d - c0 : %d;\n", C, CB, C, CB);
    P(b, I2 "float *dwu = %s + (long)(p * %d + q) * %d + (long)c0 * %d;  /* the unit's slice: the sums, in place */\n",
      DW, KW, C * F, F);
    if (!n->a.accumulate) P(b, I2 "memset(dwu, 0, sizeof(float) * (size_t)cn * %d);\n", F);
    P(b, I2 "for (int n = 0; n < nb; n++) {\n");
    P(b, I3 "for (int i = 0; i < %d; i++) {\n", OH);
    P(b, I4 "const int h = i * %d + p - %d;\n", n->a.sh, n->a.pad_top);
    if (padded) P(b, I4 "if (h < 0 || h >= %d) continue;\n", H);
    P(b, I4 "for (int j = 0; j < %d; j++) {\n", OW);
    P(b, I5 "const int v = j * %d + q - %d;\n", n->a.sw, n->a.pad_left);
    if (padded) P(b, I5 "if (v < 0 || v >= %d) continue;\n", W);
    P(b, I5 "const float *xp = %s + (((long)n * %d + h) * %d + v) * %d + c0;\n", X, H, W, C);
    P(b, I5 "const float *dyp = %s + (((long)n * %d + i) * %d + j) * %d;\n", DY, OH, OW, F);
    P(b, I5 "for (int c = 0; c < cn; c++) {\n");
    P(b, I5 "    const float xv = xp[c];\n");
    P(b, I5 "    for (int f = 0; f < %d; f++) dwu[(long)c * %d + f] += xv * dyp[f];\n", F, F);
    P(b, I5 "}\n" I4 "}\n" I3 "}\n" I2 "}\n");
    P(b, I1 "}\n");
    if (n->out[1] >= 0) {
        P(b, I1 "/* Bias gradient: sum of dy over samples and pixels, in sample order. */\n");
        P(b, I1 "#pragma omp single\n" I1 "{\n");
        const char *DB = E->tname[n->out[1]];
        if (!n->a.accumulate) P(b, I1 "for (int f = 0; f < %d; f++) %s[f] = 0.0f;\n", F, DB);
        P(b, I1 "for (long r = 0; r < (long)nb * %d; r++)\n", OH * OW);
        P(b, I2 "for (int f = 0; f < %d; f++) %s[f] += %s[r * %d + f];\n", F, DB, DY, F);
        P(b, I1 "}\n");
    }
}

/* ---- blocked family (vector ISAs) ----------------------------------------- */

static int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
static int ceil_div(int a, int b) { return -floor_div(-a, b); }

/* One axis of a backward-data phase phi (see above). */
static void bwd_phase_axis(int H, int K, int s, int pt, int phi, int *T, int *t0, int *n, int *y0, int *x0)
{
    *T = phi < K ? (K - phi + s - 1) / s : 0;
    int u_lo = ceil_div(pt - phi, s), u_hi = floor_div(H - 1 + pt - phi, s);
    *n = u_hi >= u_lo ? u_hi - u_lo + 1 : 0;
    *t0 = K - 1 - phi - s * (*T > 0 ? *T - 1 : 0);  /* first tap in the flipped kernel */
    *y0 = s * u_lo + phi - pt;
    *x0 = u_lo - (*T > 0 ? *T - 1 : 0);
}

kiln_conv_problem kiln_conv_problem_of(const emitter *E, const kiln_kernel *k)
{
    const kiln_graph *g = E->g;
    const kiln_node *n = &g->n[k->anchor];
    const kiln_tensor *w = T(E, n->in[1]);
    kiln_conv_problem cp;
    memset(&cp, 0, sizeof cp);
    int VL = g->isa->lanes;
    cp.x = n->in[0];
    cp.w = n->in[1];
    cp.y = k->out[0];
    cp.mask = -1;
    cp.argmax = -1;
    cp.KH = w->dims[0];
    cp.KW = w->dims[1];
    if (n->op == OP_CONV2D) {
        const kiln_tensor *y = T(E, n->out[0]);
        cp.bias = n->in[2];
        cp.icpb = w->icb;
        cp.icbn = (w->dims[2] + cp.icpb - 1) / cp.icpb;
        cp.iclast = w->dims[2] - (cp.icbn - 1) * cp.icpb;
        cp.relu = k->n_nodes > 1 && g->n[k->nodes[1]].op == OP_RELU;
        cp.nph = 1;
        cp.ph[0] = (struct conv_phase){cp.KH, cp.KW, 0, 0, 1, 1, y->dims[1], y->dims[2], 0, 0, 1, 1,
                                       -n->a.pad_top, -n->a.pad_left, n->a.sh, n->a.sw, ""};
        for (int q = 1; q < k->n_nodes; q++) {
            const kiln_node *pn = &g->n[k->nodes[q]];
            if (pn->op != OP_MAXPOOL) continue;
            /* only the pixels of whole windows are computed, pooled as they come */
            const kiln_tensor *py = T(E, pn->out[0]);
            cp.pkh = pn->a.kh;
            cp.pkw = pn->a.kw;
            cp.y = pn->out[0];
            cp.argmax = T(E, pn->in[0])->argmax;
            cp.ph[0].rows = py->dims[1] * cp.pkh;
            cp.ph[0].cols = py->dims[2] * cp.pkw;
        }
    } else {  /* CONV2D_BWD_DATA */
        const kiln_tensor *dx = T(E, n->out[0]);
        cp.bias = -1;
        if (k->n_nodes > 1) {  /* the ReLU backward after it */
            const kiln_node *r = &g->n[k->nodes[1]];
            cp.mask = r->in[1];
            cp.y = r->out[0];
        }
        cp.icpb = VL;
        cp.icbn = (w->dims[3] + VL - 1) / VL;
        cp.iclast = w->dims[3] - (cp.icbn - 1) * VL;
        cp.accumulate = k->n_nodes > 1 ? g->n[k->nodes[1]].a.accumulate : n->a.accumulate;
        int sh = n->a.sh, sw = n->a.sw;
        KILN_ASSERT(sh * sw <= 16);
        for (int a = 0; a < sh; a++)
            for (int c = 0; c < sw; c++) {
                struct conv_phase *f = &cp.ph[cp.nph++];
                bwd_phase_axis(dx->dims[1], cp.KH, sh, n->a.pad_top, a, &f->th, &f->p0, &f->rows, &f->y_r0, &f->x_r0);
                bwd_phase_axis(dx->dims[2], cp.KW, sw, n->a.pad_left, c, &f->tw, &f->q0, &f->cols, &f->y_c0, &f->x_c0);
                f->ps = sh;
                f->qs = sw;
                f->y_rs = sh;
                f->y_cs = sw;
                f->x_rs = f->x_cs = 1;
                if (sh * sw > 1) snprintf(f->tag, sizeof f->tag, "_p%d%d", a, c);
            }
    }
    cp.wocb = (long)cp.icbn * cp.KH * cp.KW * cp.icpb * VL;
    return cp;
}

/* The microkernel of phase f: `rows` x `cols` output pixels x OCV
 * output-channel vectors held in named accumulators, over every input
 * channel and the phase's taps; the bias (or, accumulating, the output)
 * starts the accumulators, the activation is the epilogue.  xp points at the
 * tile's first input pixel (halo included), wp at the tile's first weight
 * block, yp at its first output pixel, mp (a fused ReLU backward) at the
 * ReLU output laid out as yp. */
/* Where output-channel vector v of pixel (r, c) of a tile lies: blocked,
 * v channel blocks on; Keras's NHWC, v vectors on within the pixel. */
static long out_vec(const kiln_geom *gy, int VL, int v) { return gy->block ? (long)v * gy->cblock : (long)v * VL; }

/* A vector of image tensor g at p (a C expression): a whole vector, or where
 * g lies in half-vector blocks (choose_layouts.c) the block's lanes, the
 * rest 0; and the store of v there (its first block lanes). */
static const char *img_load(emitter *E, const kiln_geom *g, const char *p)
{
    if (g->block && g->block < E->g->isa->lanes) return kiln_arena_printf(E->a, "vload_part(%s, %d)", p, g->block);
    return kiln_arena_printf(E->a, "vload(%s)", p);
}

static const char *img_store(emitter *E, const kiln_geom *g, const char *p, const char *v)
{
    if (g->block && g->block < E->g->isa->lanes)
        return kiln_arena_printf(E->a, "vstore_part(%s, %s, %d)", p, v, g->block);
    return kiln_arena_printf(E->a, "vstore(%s, %s)", p, v);
}

/* The bound of a microkernel's input-channel loop: the padding channels
 * of a partial last block have zero weights. */
static const char *channel_bound(emitter *E, const kiln_conv_problem *cp)
{
    if (cp->iclast == cp->icpb) return kiln_arena_printf(E->a, "%d", cp->icpb);
    if (cp->icbn == 1) return kiln_arena_printf(E->a, "%d", cp->iclast);
    return kiln_arena_printf(E->a, "(cb < %d ? %d : %d)", cp->icbn - 1, cp->icpb, cp->iclast);
}

/* What a microkernel stores at yp + yo for the sums `acc` (a C
 * expression): the activation, or with a fused ReLU backward the gradient
 * where the ReLU's output at mp + yo is positive (added to y's when
 * accumulating). */
static const char *epilogue_value(emitter *E, const kiln_conv_problem *cp, const kiln_geom *gy, long yo,
                                  const char *acc)
{
    const char *val = cp->relu ? kiln_arena_printf(E->a, "vrelu(%s)", acc) : acc;
    if (cp->mask < 0) return val;
    val = kiln_arena_printf(E->a, "(%s > 0.0f ? %s : vzero())", img_load(E, gy, kiln_arena_printf(E->a, "mp + %ld", yo)),
                            val);
    if (cp->accumulate) val = kiln_arena_printf(E->a, "%s + %s", img_load(E, gy, kiln_arena_printf(E->a, "yp + %ld", yo)), val);
    return val;
}

/* Runs of tiles along a row of a phase's output: `n` tiles of `cols` pixels
 * from column ow0 on, and `at` >= 0 when the run is one tile at column `at`
 * whose taps in part read x's left or right halo. */
typedef struct {
    int ow0, n, cols, at;
} tile_run;

/* Does a tile of `cols` pixels at output column ow read x's halo columns? */
static int cols_clipped(const struct conv_phase *f, const kiln_geom *gx, int ow, int cols)
{
    return f->tw && (f->x_c0 + ow * f->x_cs < 0 || f->x_c0 + (ow + cols - 1) * f->x_cs + f->tw > gx->W);
}

/* The tiles of a row of phase f, OWT pixels wide (the last narrower): a
 * clipped first, last or remainder tile gets a run of its own, so that its
 * microkernel leaves out the taps that would read only halo zeros. */
static int tile_runs(const kiln_conv_problem *cp, const struct conv_phase *f, const kiln_geom *gx, int OWT, tile_run *r)
{
    int n = 0, OWM = f->cols / OWT * OWT, rem = f->cols % OWT;
    if (cp->icpb < 4) {  /* few input channels: the unrolled column taps would spill (see below) */
        if (OWM) r[n++] = (tile_run){0, OWM / OWT, OWT, -1};
        if (rem) r[n++] = (tile_run){OWM, 1, rem, -1};
        return n;
    }
    if (OWM) {
        int first = 0, last = OWM - OWT, lo = 0, hi = OWM;
        if (cols_clipped(f, gx, first, OWT)) {
            r[n++] = (tile_run){first, 1, OWT, first};
            lo = OWT;
        }
        int own_last = last >= lo && cols_clipped(f, gx, last, OWT);
        if (own_last) hi = last;
        if (hi > lo) r[n++] = (tile_run){lo, (hi - lo) / OWT, OWT, -1};
        if (own_last) r[n++] = (tile_run){last, 1, OWT, last};
    }
    if (rem) r[n++] = (tile_run){OWM, 1, rem, cols_clipped(f, gx, OWM, rem) ? OWM : -1};
    return n;
}

/* The epilogue of a tile whose max-pooling is fused, per window and channel
 * vector: the first strict maximum m of its pixels in row-major order (the
 * one the pooling backward routes to) and its index; the pooled value is
 * act(m), or NaN when any pixel is NaN — the NaN-propagating maximum of the
 * activated pixels that the pooling kernel computes, since ReLU is monotone
 * and m > 0 exactly where the maximum of the activated pixels is.  With a
 * backward, the argmax byte goes to ap: the index, and bit 7 when m > 0 (the
 * ReLU backward's mask; where it is clear the gradient is 0 wherever it
 * goes). */
static void pool_epilogue(emitter *E, const kiln_conv_problem *cp, int rows, int cols, int OCV, int last_lanes)
{
    sbuf *b = E->b;
    int VL = E->g->isa->lanes;
    kiln_geom gy = kiln_geometry(T(E, cp->y));
    long ypix = gy.pixel;  /* blocked: the block; NHWC: the padded channels */
    kiln_geom ga = cp->argmax >= 0 ? kiln_geometry(T(E, cp->argmax)) : gy;
    for (int wr = 0; wr < rows / cp->pkh; wr++)
        for (int wc = 0; wc < cols / cp->pkw; wc++)
            for (int v = 0; v < OCV; v++) {
                P(b, I1 "{  /* window (%d, %d), channel vector %d */\n", wr, wc, v);
                const char *e[16];
                int idx = 0;
                for (int p = 0; p < cp->pkh; p++)
                    for (int q = 0; q < cp->pkw; q++, idx++)
                        e[idx] = kiln_arena_printf(E->a, "acc_r%dc%dv%d", wr * cp->pkh + p, wc * cp->pkw + q, v);
                kiln_emit_window_max(E, I2, e, idx, cp->argmax >= 0, cp->relu);
                long yo = out_vec(&gy, VL, v) + (long)wr * gy.row + (long)wc * ypix;
                if (last_lanes && v == OCV - 1) P(b, I2 "vstore_part(yp + %ld, mx, %d);\n", yo, last_lanes);
                else P(b, I2 "vstore(yp + %ld, mx);\n", yo);
                if (cp->argmax >= 0)
                    P(b, I2 "vstore_bytes(ap + %ld, at | ((m > 0.0f) & 0x80));\n",
                      (long)v * ga.cblock + (long)wr * ga.row + (long)wc * VL);
                P(b, I1 "}\n");
            }
}

/* Paired column taps, for one output-channel vector of at most VL/2
 * channels (the other half padding, zero weights): the weights of column
 * taps a and a + s (s the step of x's column per output pixel) share one
 * vector, tap a's output channels in the low half and tap a + s's in the
 * high, so one FMA does the work of two taps.  The x column that tap a
 * reads for pixel c is the one tap a + s reads for pixel c - 1: accumulator
 * Z_c holds pixel c's sums in its low half and pixel c - 1's in its high
 * half, a row keeps one accumulator more than it has pixels, and the
 * epilogue folds y[c] = low(Z_c) + high(Z_{c+1}).  A tap without a partner
 * keeps its zero padding lanes in the high half.  Used where no tap of the
 * tile reads past x's halo columns: a tile at column `at` (>= 0) whose
 * taps in part read the halo multiplies its zeros, where the unpaired
 * kernel leaves them out.  Returns the weight vectors of a row tap (0: the
 * tile does not qualify); lo[j], hi[j] the taps of vector j, hi[j] = -1
 * alone; *qmax the last x column the tile reads (from its first). */
static int paired_taps(const emitter *E, const kiln_kernel *k, const kiln_conv_problem *cp, const struct conv_phase *f,
                       int rows, int cols, int last_lanes, int at, int lo[16], int hi[16], int *qmax)
{
    const kiln_isa *isa = E->g->isa;
    kiln_geom gy = kiln_geometry(T(E, cp->y)), gx = kiln_geometry(T(E, cp->x));
    int VL = isa->lanes, s = f->x_cs, n = 0, pairs = 0, used[16] = {0};
    if (VL < 8 || k->tile.oc_vectors != 1 || !gy.block || gy.C > VL / 2 || cp->pkh || last_lanes) return 0;
    if (!f->th || f->tw < 2 || f->tw > 16) return 0;
    for (int a = 0; a < f->tw; a++) {
        if (used[a]) continue;
        used[a] = 1;
        lo[n] = a;
        hi[n] = -1;
        if (a + s < f->tw && !used[a + s]) {
            hi[n] = a + s;
            used[a + s] = 1;
            pairs++;
        }
        n++;
    }
    if (!pairs || rows * (cols + 1) + n + 1 > isa->registers) return 0;
    /* input column q feeds accumulator c of vector j where c * s + lo[j] = q:
     * c < cols + 1 for a pair, c < cols alone */
    *qmax = 0;
    for (int j = 0; j < n; j++) {
        int q = (cols - (hi[j] < 0)) * s + lo[j];
        if (q > *qmax) *qmax = q;
    }
    if (at >= 0) {
        int x0 = f->x_c0 + at * s;  /* x's column of the tile's first (halo columns < 0 and >= W) */
        if (x0 < -gx.left || x0 + *qmax >= gx.Wp - gx.left) return 0;
    }
    return n;
}

static void conv_microkernel_paired(emitter *E, const kiln_kernel *k, const kiln_conv_problem *cp,
                                    const struct conv_phase *f, int rows, int cols, int at, int nv, const int *lo,
                                    const int *hi, int qmax)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    kiln_geom gx = kiln_geometry(T(E, cp->x)), gy = kiln_geometry(T(E, cp->y));
    int VL = g->isa->lanes, s = f->x_cs;
    long ypix = gy.pixel;  /* blocked: the block; NHWC: the padded channels */
    P(b, "/* %d x %d output pixels x 1 output-channel vector of %d channels, column taps paired in its halves:\n"
         " * %d accumulators, pixel c's sums in the low half of acc_r.c<c>v0 and in the high half of\n"
         " * acc_r.c<c+1>v0%s */\n",
      rows, cols, gy.C, rows * (cols + 1),
      *f->tag ? kiln_arena_printf(E->a, "; taps %dx%d from (%d, %d) step %d", f->th, f->tw, f->p0, f->q0, f->ps) : "");
    P(b, "static inline __attribute__((always_inline)) void %s%s_tile_%dx%d%s(const float *restrict xp, "
         "const float *restrict wp, const float *restrict bp, float *restrict yp, const float *restrict mp, int kh0, int kh1)\n{\n",
      k->name, f->tag, rows, cols, at >= 0 ? kiln_arena_printf(E->a, "_at%d", at) : "");
    if (cp->bias < 0) P(b, I1 "(void)bp;\n");
    if (cp->mask < 0) P(b, I1 "(void)mp;\n");
    for (int r = 0; r < rows; r++) {
        P(b, I1 "vf");
        for (int c = 0; c <= cols; c++) {
            long yo = (long)r * f->y_rs * gy.row + (long)c * f->y_cs * ypix;
            const char *init = c == cols ? "vzero()"
                             : cp->accumulate && cp->mask < 0 ? img_load(E, &gy, kiln_arena_printf(E->a, "yp + %ld", yo))
                             : cp->bias >= 0                  ? "vload(bp)"
                                                              : "vzero()";
            P(b, "%s acc_r%dc%dv0 = %s", c ? "," : "", r, c, init);
        }
        P(b, ";\n");
    }
    const char *cb = cp->icbn > 1 ? "cb" : "0";
    const char *icn = channel_bound(E, cp);
    if (cp->icbn > 1) P(b, I1 "for (int cb = 0; cb < %d; cb++)\n", cp->icbn);
    P(b, I1 "for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..%d that reach x's data */\n", f->th - 1);
    P(b, I2 "const float *xs = xp + (long)%s * %ld + kh * %ld;\n", cb, gx.cblock, gx.row);
    P(b, I2 "const float *ws = wp + ((%s * %d + %d + %d * kh) * %d + %d) * %d;\n", cb, cp->KH, f->p0, f->ps, cp->KW,
      f->q0, cp->icpb * VL);
    P(b, I2 "#pragma clang loop unroll(disable)\n");
    P(b, I2 "for (int ic = 0; ic < %s; ic++) {\n", icn);
    long tap = (long)f->qs * cp->icpb * VL;  /* weight elements from one column tap to the next */
    for (int j = 0; j < nv; j++) {
        if (hi[j] >= 0)
            P(b, I3 "const vf w%d = vjoin_low(vload(ws + %ld + ic * %d), vload(ws + %ld + ic * %d));  /* column taps %d | %d */\n",
              j, lo[j] * tap, VL, hi[j] * tap, VL, lo[j], hi[j]);
        else
            P(b, I3 "const vf w%d = vload(ws + %ld + ic * %d);  /* column tap %d */\n", j, lo[j] * tap, VL, lo[j]);
    }
    for (int r = 0; r < rows; r++)
        for (int q = 0; q <= qmax; q++) {
            int any = 0;
            for (int j = 0; j < nv; j++) {
                int d = q - lo[j], ncol = cols + (hi[j] >= 0);
                if (d < 0 || d % s || d / s >= ncol) continue;
                if (!any) P(b, I3 "{ const vf xb = vbcast(xs[%ld + ic]);", (long)r * f->x_rs * gx.row + (long)q * gx.pixel);
                any = 1;
                P(b, " acc_r%dc%dv0 = vfma(xb, w%d, acc_r%dc%dv0);", r, d / s, j, r, d / s);
            }
            if (any) P(b, " }\n");
        }
    P(b, I2 "}\n" I1 "}\n");
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++) {
            long yo = (long)r * f->y_rs * gy.row + (long)c * f->y_cs * ypix;
            const char *val = epilogue_value(E, cp, &gy, yo,
                                             kiln_arena_printf(E->a, "vfold(acc_r%dc%dv0, acc_r%dc%dv0)", r, c, r, c + 1));
            P(b, I1 "%s;\n", img_store(E, &gy, kiln_arena_printf(E->a, "yp + %ld", yo), val));
        }
    P(b, "}\n\n");
}

static void conv_microkernel(emitter *E, const kiln_kernel *k, const kiln_conv_problem *cp, const struct conv_phase *f,
                             int rows, int cols, int last_lanes, int at)
{
    {
        int lo[16], hi[16], qmax, nv = paired_taps(E, k, cp, f, rows, cols, last_lanes, at, lo, hi, &qmax);
        if (nv) {
            conv_microkernel_paired(E, k, cp, f, rows, cols, at, nv, lo, hi, qmax);
            return;
        }
    }
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    kiln_geom gx = kiln_geometry(T(E, cp->x)), gy = kiln_geometry(T(E, cp->y));
    int VL = g->isa->lanes, OCV = k->tile.oc_vectors;
    long ypix = gy.pixel;  /* blocked: the block; NHWC: the padded channels */
    P(b, "/* %d x %d output pixels x %d output-channel vectors: %d accumulators%s%s */\n", rows, cols, OCV,
      rows * cols * OCV,
      *f->tag ? kiln_arena_printf(E->a, "; taps %dx%d from (%d, %d) step %d", f->th, f->tw, f->p0, f->q0, f->ps) : "",
      at >= 0 ? kiln_arena_printf(E->a, "; at column %d, each pixel only the taps inside x", at) : "");
    P(b, "static inline __attribute__((always_inline)) void %s%s_tile_%dx%d%s%s(const float *restrict xp, "
         "const float *restrict wp, const float *restrict bp, float *restrict yp, %s, int kh0, int kh1)\n{\n",
      k->name, f->tag, rows, cols, last_lanes ? "t" : "", at >= 0 ? kiln_arena_printf(E->a, "_at%d", at) : "",
      cp->pkh ? "uint8_t *restrict ap" : "const float *restrict mp");
    if (cp->bias < 0) P(b, I1 "(void)bp;\n");
    if (cp->pkh && cp->argmax < 0) P(b, I1 "(void)ap;\n");
    if (!cp->pkh && cp->mask < 0) P(b, I1 "(void)mp;\n");
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++) {
            P(b, I1 "vf");
            for (int v = 0; v < OCV; v++) {
                long yo = out_vec(&gy, VL, v) + (long)r * f->y_rs * gy.row + (long)c * f->y_cs * ypix;
                const char *init = cp->accumulate && cp->mask < 0 ? img_load(E, &gy, kiln_arena_printf(E->a, "yp + %ld", yo))
                                 : cp->bias >= 0 ? kiln_arena_printf(E->a, "vload(bp + %d)", v * VL)
                                                 : "vzero()";
                P(b, "%s acc_r%dc%dv%d = %s", v ? "," : "", r, c, v, init);
            }
            P(b, ";\n");
        }
    const char *cb = cp->icbn > 1 ? "cb" : "0";
    /* the channel loop's bound: the padding channels of a partial last block
     * have zero weights */
    const char *icn = channel_bound(E, cp);
    const char *icn_note = cp->iclast == cp->icpb ? ""
                         : kiln_arena_printf(E->a, "  /* %schannels %d..%d are padding */",
                                             cp->icbn == 1 ? "" : "the last block's ", cp->iclast, cp->icpb - 1);
    if (f->th && f->tw >= 2 && k->tile.col_taps) {
        /* The column taps' weights held together (tile.col_taps): per row tap
         * and input channel, each input pixel of the tile's rows is broadcast
         * once and serves every output pixel c and column tap kw with
         * c * stride + kw = its column, instead of once per tap.  A clipped
         * tile (at >= 0) leaves out the pairs that would read x's halo, as
         * below. */
        int c_lo[16], c_hi[16], s = f->x_cs;
        KILN_ASSERT(f->tw <= 16);
        for (int kw = 0; kw < f->tw; kw++) {
            c_lo[kw] = 0;
            c_hi[kw] = cols;
            if (at < 0) continue;
            while (c_lo[kw] < cols && f->x_c0 + (at + c_lo[kw]) * s + kw < 0) c_lo[kw]++;
            while (c_hi[kw] > c_lo[kw] && f->x_c0 + (at + c_hi[kw] - 1) * s + kw >= gx.W) c_hi[kw]--;
        }
        if (cp->icbn > 1) P(b, I1 "for (int cb = 0; cb < %d; cb++)\n", cp->icbn);
        P(b, I1 "for (int kh = kh0; kh < kh1; kh++) {  /* the taps of rows 0..%d that reach x's data */\n", f->th - 1);
        P(b, I2 "const float *xs = xp + (long)%s * %ld + kh * %ld;\n", cb, gx.cblock, gx.row);
        P(b, I2 "const float *ws = wp + ((%s * %d + %d + %d * kh) * %d + %d) * %d;\n", cb, cp->KH, f->p0, f->ps, cp->KW,
          f->q0, cp->icpb * VL);
        P(b, I2 "#pragma clang loop unroll(disable)\n");
        P(b, I2 "for (int ic = 0; ic < %s; ic++) {%s\n", icn, icn_note);
        for (int kw = 0; kw < f->tw; kw++) {
            if (c_lo[kw] == c_hi[kw]) continue;
            P(b, I3 "const vf");
            for (int v = 0; v < OCV; v++)
                P(b, "%s w%d_%d = vload(ws + %ld + ic * %d)", v ? "," : "", kw, v,
                  (long)f->qs * kw * cp->icpb * VL + v * cp->wocb, VL);
            P(b, ";  /* column tap %d%s */\n", kw,
              at >= 0 ? kiln_arena_printf(E->a, ": pixels %d..%d", c_lo[kw], c_hi[kw] - 1) : "");
        }
        /* input column q (from the tile's first) feeds output pixel c by
         * tap kw where c * s + kw = q */
#define FEEDS(q, kw) ((q) - (kw) >= 0 && ((q) - (kw)) % s == 0 && ((q) - (kw)) / s >= c_lo[kw] && ((q) - (kw)) / s < c_hi[kw])
        for (int r = 0; r < rows; r++)
            for (int q = 0; q < (cols - 1) * s + f->tw; q++) {
                int used = 0;
                for (int kw = 0; kw < f->tw; kw++) used |= FEEDS(q, kw);
                if (!used) continue;
                long off = (long)r * f->x_rs * gx.row + (long)q * gx.pixel;
                P(b, I3 "{ const vf xb = vbcast(xs[%ld + ic]);", off);
                for (int kw = 0; kw < f->tw; kw++) {
                    if (!FEEDS(q, kw)) continue;
                    int c = (q - kw) / s;
                    for (int v = 0; v < OCV; v++)
                        P(b, " acc_r%dc%dv%d = vfma(xb, w%d_%d, acc_r%dc%dv%d);", r, c, v, kw, v, r, c, v);
                }
                P(b, " }\n");
            }
#undef FEEDS
        P(b, I2 "}\n" I1 "}\n");
    } else if (f->th && f->tw) {
        if (cp->icbn > 1) P(b, I1 "for (int cb = 0; cb < %d; cb++)\n", cp->icbn);
        /* With few input channels per block (the first layer) an unrolled tap
         * loop lets the compiler keep each broadcast input for the next tap's
         * neighbouring pixel, more live values than registers: spills.  Kept
         * rolled there, each tap loads afresh. */
        if (cp->icpb < 4) P(b, I1 "#pragma clang loop unroll(disable)\n");
        P(b, I1 "for (int kh = kh0; kh < kh1; kh++)%s  /* the taps of rows 0..%d that reach x's data */\n",
          at >= 0 ? " {" : "", f->th - 1);
        /* Clipped (at >= 0): the column taps unrolled, each with the pixels
         * whose x column at + c*x_cs + kw lies inside x. */
        for (int kw = 0; kw < (at >= 0 ? f->tw : 1); kw++) {
            int c_lo = 0, c_hi = cols;
            const char *kws = "kw";
            if (at >= 0) {
                while (c_lo < cols && f->x_c0 + (at + c_lo) * f->x_cs + kw < 0) c_lo++;
                while (c_hi > c_lo && f->x_c0 + (at + c_hi - 1) * f->x_cs + kw >= gx.W) c_hi--;
                if (c_lo == c_hi) continue;
                kws = kiln_arena_printf(E->a, "%d", kw);
                P(b, I2 "{  /* column tap %d: pixels %d..%d */\n", kw, c_lo, c_hi - 1);
            } else {
                if (cp->icpb < 4) P(b, I2 "#pragma clang loop unroll(disable)\n");
                P(b, I2 "for (int kw = 0; kw < %d; kw++) {\n", f->tw);
            }
            P(b, I3 "const float *xs = xp + (long)%s * %ld + kh * %ld + %s * %ld;\n", cb, gx.cblock, gx.row, kws, gx.pixel);
            P(b, I3 "const float *ws = wp + ((%s * %d + %d + %d * kh) * %d + %d + %d * %s) * %d;\n", cb, cp->KH, f->p0,
              f->ps, cp->KW, f->q0, f->qs, kws, cp->icpb * VL);
            /* Unrolled, the channel loop would let the compiler keep each
             * broadcast input for the next column tap's neighbouring pixel:
             * more live values than registers, spills (seen with 8 channels). */
            P(b, I3 "#pragma clang loop unroll(disable)\n");
            P(b, I3 "for (int ic = 0; ic < %s; ic++) {%s\n", icn, icn_note);
            P(b, I4 "const vf");
            for (int v = 0; v < OCV; v++) P(b, "%s w%d = vload(ws + %ld + ic * %d)", v ? "," : "", v, v * cp->wocb, VL);
            P(b, ";\n");
            for (int r = 0; r < rows; r++)
                for (int c = c_lo; c < c_hi; c++) {
                    long off = (long)r * f->x_rs * gx.row + (long)c * f->x_cs * gx.pixel;
                    P(b, I4 "{ const vf xb = vbcast(xs[%ld + ic]);", off);
                    for (int v = 0; v < OCV; v++)
                        P(b, " acc_r%dc%dv%d = vfma(xb, w%d, acc_r%dc%dv%d);", r, c, v, v, r, c, v);
                    P(b, " }\n");
                }
            P(b, I3 "}\n" I2 "}\n");
        }
        if (at >= 0) P(b, I1 "}\n");
    } else {
        P(b, I1 "(void)xp; (void)wp; (void)kh0; (void)kh1;  /* no tap reaches these pixels */\n");
    }
    if (cp->pkh) {
        pool_epilogue(E, cp, rows, cols, OCV, last_lanes);
        P(b, "}\n\n");
        return;
    }
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            for (int v = 0; v < OCV; v++) {
                long yo = out_vec(&gy, VL, v) + (long)r * f->y_rs * gy.row + (long)c * f->y_cs * ypix;
                const char *val = epilogue_value(E, cp, &gy, yo, kiln_arena_printf(E->a, "acc_r%dc%dv%d", r, c, v));
                if (last_lanes && v == OCV - 1) /* the channels that exist of the last vector (NHWC) */
                    P(b, I1 "vstore_part(yp + %ld, %s, %d);\n", yo, val, last_lanes);
                else
                    P(b, I1 "%s;\n", img_store(E, &gy, kiln_arena_printf(E->a, "yp + %ld", yo), val));
            }
    P(b, "}\n\n");
}

static int is_direct_conv(const kiln_graph *g, const kiln_kernel *k)
{
    const kiln_node *n = &g->n[k->anchor];
    return (n->op == OP_CONV2D || n->op == OP_CONV2D_BWD_DATA) && k->tile.oc_vectors && !k->tile.winograd;
}

/* Lanes of the last output-channel vector that hold channels, when the
 * output is NHWC with channels not a multiple of the vector; else 0. */
static int out_tail(const emitter *E, const kiln_conv_problem *cp)
{
    const kiln_tensor *y = T(E, cp->y);
    int VL = E->g->isa->lanes;
    return !y->block && y->dims[3] % VL ? y->dims[3] % VL : 0;
}

void kiln_emit_conv_helpers(emitter *E, const kiln_kernel *k)
{
    if (k->tile.winograd) kiln_emit_winograd_helpers(E, k);
    if (!is_direct_conv(E->g, k)) return;
    kiln_conv_problem cp = kiln_conv_problem_of(E, k);
    int tail = out_tail(E, &cp);
    int OHT = k->tile.oh_regs, OWT = k->tile.ow_regs;
    kiln_geom gx = kiln_geometry(T(E, cp.x));
    for (int p = 0; p < cp.nph; p++) {
        const struct conv_phase *f = &cp.ph[p];
        if (!f->rows || !f->cols) continue;
        int oht = OHT < f->rows ? OHT : f->rows, owt = OWT < f->cols ? OWT : f->cols;
        int rr[2] = {oht, f->rows % oht};
        tile_run runs[4];
        int nr = tile_runs(&cp, f, &gx, owt, runs);
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < nr; j++) {
                int dup = 0;  /* one microkernel per (cols, at) */
                for (int q = 0; q < j; q++) dup |= runs[q].cols == runs[j].cols && runs[q].at == runs[j].at;
                if (!rr[i] || dup) continue;
                conv_microkernel(E, k, &cp, f, rr[i], runs[j].cols, 0, runs[j].at);
                if (tail) conv_microkernel(E, k, &cp, f, rr[i], runs[j].cols, tail, runs[j].at);
            }
    }
}

/* Appends text to b with every line indented by one more level. */
static void append_indented(sbuf *b, const char *text)
{
    for (const char *l = text; *l;) {
        const char *e = strchr(l, '\n');
        int len = e ? (int)(e - l) : (int)strlen(l);
        P(b, "%s%.*s\n", len ? I1 : "", len, l);
        l += len + (e ? 1 : 0);
    }
}

/* Forward or backward-data: tiles of the output pixels, shared out by
 * (sample, tile row); each walks the output-channel groups and the tiles
 * of its row.  Where the tile rows are too few to share evenly (a batch of
 * one) the channel groups are shared out with them: (sample, tile row,
 * group), each output computed as before (seed002's batch-1 11x11x64
 * forward with pooling, five row pairs: 0.0131 -> 0.0105 ms).  Phases write disjoint pixels; a strided backward-data runs
 * them all for one tile row before the next, so the lines of dx (and of
 * the ReLU output of a fused backward) the phases share are still in cache:
 * phase by phase over the whole batch, the stride-2 backward-data into
 * 128x32x32x8 took 0.85 ms, tile row by tile row 0.41. */
static void k_conv_direct(emitter *E, const kiln_kernel *k, const char *sample_buf)
{
    const kiln_graph *g = E->g;
    /* sample_buf: a backward-data for the one sample n of the code around
     * it (k_conv_bwd_weights_blocked), into the buffer of that name laid out
     * as one sample of y; printed one level in */
    sbuf *real = E->b, whole = {0};
    if (sample_buf) E->b = &whole;
    sbuf *b = E->b;
    kiln_conv_problem cp = kiln_conv_problem_of(E, k);
    const kiln_tensor *y = T(E, cp.y);
    kiln_geom gx = kiln_geometry(T(E, cp.x)), gy = kiln_geometry(y);
    int VL = g->isa->lanes, OCV = k->tile.oc_vectors;
    int OCG = (gy.block ? gy.CB : (y->dims[3] + VL - 1) / VL) / OCV, tail = out_tail(E, &cp);
    long ypix = gy.pixel;  /* blocked: the block; NHWC: the padded channels */
    const char *X = NAME(E, cp.x), *Wt = NAME(E, cp.w), *Y = NAME(E, cp.y);
    const char *B = cp.bias >= 0 ? NAME(E, cp.bias) : "NULL";
    if (gy.block && !sample_buf) kiln_emit_zero_halo(E, cp.y);
    KILN_ASSERT(!sample_buf || (cp.nph > 1 && !cp.pkh));
    const char *ybase = sample_buf ? sample_buf : kiln_arena_printf(E->a, "%s + (long)n * %ld", Y, gy.sample);
    const char *ysub = sample_buf ? sample_buf : Y;  /* where yr's offset is counted from */
    /* the tile rows of each phase, and of the phase with the most */
    int nrt[16], NRT = 0;
    for (int p = 0; p < cp.nph; p++) {
        const struct conv_phase *f = &cp.ph[p];
        int OHT = k->tile.oh_regs < f->rows ? k->tile.oh_regs : f->rows;
        nrt[p] = f->rows && f->cols ? (f->rows + OHT - 1) / OHT : 0;
        if (nrt[p] > NRT) NRT = nrt[p];
    }
    /* Too few tile rows to share evenly among the threads (a batch of one):
     * the channel groups are shared out with them, where that evens the
     * work; each output is computed as before */
    int split_og = 0;
    if (!sample_buf && cp.nph == 1 && OCG > 1) {
        long units = (long)g->batch * nrt[0], T = g->threads;
        double even = (double)units / (T * ((units + T - 1) / T));
        double even_og = (double)(units * OCG) / (T * ((units * OCG + T - 1) / T));
        split_og = even_og > even + 0.02;
    }
    if (sample_buf) {
        P(b, I2 "/* dx of sample n into %s, tile row tr of every phase in turn */\n", sample_buf);
        P(b, I2 "for (int tr = 0; tr < %d; tr++) {\n", NRT);
    } else if (cp.nph > 1) {
        P(b, I1 "/* tile row tr of every phase in turn: the dx lines they share stay in cache */\n");
        P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
        P(b, I1 "for (int n = 0; n < nb; n++)\n");
        P(b, I2 "for (int tr = 0; tr < %d; tr++) {\n", NRT);
    }
    sbuf *out = b, body = {0};
    for (int p = 0; p < cp.nph; p++) {
        const struct conv_phase *f = &cp.ph[p];
        if (!nrt[p]) continue;
        int OHT = k->tile.oh_regs < f->rows ? k->tile.oh_regs : f->rows;
        int OWT = k->tile.ow_regs < f->cols ? k->tile.ow_regs : f->cols;
        if (cp.nph > 1) {
            P(b, I3 "/* phase %s: dx rows %d + %d*u, columns %d + %d*v (%d x %d), taps %dx%d */\n", f->tag + 1, f->y_r0,
              f->y_rs, f->y_c0, f->y_cs, f->rows, f->cols, f->th, f->tw);
            P(b, I3 "/* tiles of %dx%d pixels x %d channel vectors; %d channel groups */\n", OHT, OWT, OCV, OCG);
            if (nrt[p] < NRT) P(b, I3 "if (tr < %d) {\n", nrt[p]);
            else P(b, I3 "{\n");
            P(b, I4 "const int oh = tr * %d;\n", OHT);
            body.len = 0;
            if (body.s) body.s[0] = 0;
            E->b = b = &body;
        } else if (split_og) {
            int R = nrt[p];
            P(b, I1 "/* tiles of %dx%d pixels x %d channel vectors; %d channel groups, shared out with the tile rows: "
                    "a batch of %d has %d tile row%s for %d threads */\n",
              OHT, OWT, OCV, OCG, g->batch, g->batch * R, g->batch * R == 1 ? "" : "s", g->threads);
            P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
            P(b, I1 "for (int n = 0; n < nb; n++)\n");
            P(b, I2 "for (int u = 0; u < %d; u++) {  /* tile row u / %d, channel group u %% %d */\n", R * OCG, OCG, OCG);
            P(b, I3 "const int oh = u / %d * %d, og0 = u %% %d;\n", OCG, OHT, OCG);
        } else {
            P(b, I1 "/* tiles of %dx%d pixels x %d channel vectors; %d channel groups */\n", OHT, OWT, OCV, OCG);
            P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
            P(b, I1 "for (int n = 0; n < nb; n++)\n");
            P(b, I2 "for (int oh = 0; oh < %d; oh += %d) {\n", f->rows, OHT);
        }
        P(b, I3 "const float *xr = %s + (long)n * %ld + (long)(%d + oh * %d + %d) * %ld + (long)(%d + %d) * %ld;\n", X,
          gx.sample, f->x_r0, f->x_rs, gx.top, gx.row, f->x_c0, gx.left, gx.pixel);
        if (cp.pkh) {  /* y is the pooled tensor: window row oh / pkh */
            P(b, I3 "float *yr = %s + (long)n * %ld + (long)(oh / %d + %d) * %ld + (long)%d * %ld;\n", Y, gy.sample,
              cp.pkh, gy.top, gy.row, gy.left, ypix);
            if (cp.argmax >= 0) {
                kiln_geom ga = kiln_geometry(T(E, cp.argmax));
                P(b, I3 "uint8_t *ar = %s + (long)n * %ld + (long)(oh / %d) * %ld;\n", NAME(E, cp.argmax), ga.sample,
                  cp.pkh, ga.row);
            }
        } else {
            P(b, I3 "float *yr = %s + (long)(%d + oh * %d + %d) * %ld + (long)(%d + %d) * %ld;\n", ybase, f->y_r0,
              f->y_rs, gy.top, gy.row, f->y_c0, gy.left, ypix);
        }
        if (cp.mask >= 0)
            P(b, I3 "const float *mr = %s%s + (yr - %s);  /* the ReLU's output, laid out as dx */\n", NAME(E, cp.mask),
              sample_buf ? kiln_arena_printf(E->a, " + (long)n * %ld", gy.sample) : "", ysub);
        if (split_og) P(b, I3 "for (int og = og0; og < og0 + 1; og++) {\n");
        else P(b, I3 "for (int og = 0; og < %d; og++) {\n", OCG);
        P(b, I4 "const float *wg = %s + (long)og * %ld;\n", Wt, (long)OCV * cp.wocb);
        P(b, I4 "const float *bg = %s%s;\n", B, cp.bias >= 0 ? kiln_arena_printf(E->a, " + og * %d", OCV * VL) : "");
        long ogstep = out_vec(&gy, VL, OCV);
        P(b, I4 "float *yg = yr + (long)og * %ld;\n", ogstep);
        if (cp.pkh && cp.argmax >= 0)
            P(b, I4 "uint8_t *mg = ar + (long)og * %ld;\n", (long)OCV * kiln_geometry(T(E, cp.argmax)).cblock);
        else if (cp.pkh)
            P(b, I4 "uint8_t *mg = NULL;\n");
        else
            P(b, I4 "const float *mg = %s;\n",
              cp.mask >= 0 ? kiln_arena_printf(E->a, "mr + (long)og * %ld", ogstep) : "NULL");
        /* Tap rows kh of a tile at output row oh read x row x_r0 + (oh + r) * x_rs
         * + kh (r < OHT); the rows outside 0..H-1 are halo zeros and are left
         * out: kh from max(0, -(x_r0 + (oh + OHT - 1) * x_rs)) to
         * min(th, H - x_r0 - oh * x_rs).  Where no tile is clipped (most
         * forward convolutions) the bounds are the constants 0 and th. */
        int clipped = 0;
        for (int oh = 0; oh < f->rows; oh += OHT)
            clipped |= f->x_r0 + (oh + OHT - 1) * f->x_rs < 0 || gx.H - f->x_r0 - oh * f->x_rs < f->th;
        const char *khs = kiln_arena_printf(E->a, "0, %d", f->th);
        if (clipped && f->th) {
            const char *ohs = f->x_rs == 1 ? "oh" : kiln_arena_printf(E->a, "oh * %d", f->x_rs);
            P(b, I4 "const int kh0 = %d - %s, kh1 = %d - %s;  /* the tap rows that reach x's rows */\n",
              -f->x_r0 - (OHT - 1) * f->x_rs, ohs, gx.H - f->x_r0, ohs);
            khs = kiln_arena_printf(E->a, "kh0 > 0 ? kh0 : 0, kh1 < %d ? kh1 : %d", f->th, f->th);
        }
        int rem_r = f->rows % OHT;
        tile_run runs[4];
        int nr = tile_runs(&cp, f, &gx, OWT, runs);
        long xstep = (long)f->x_cs * gx.pixel, ystep = (long)f->y_cs * ypix;
        for (int part = 0; part < (rem_r ? 2 : 1); part++) {
            int rows = part ? rem_r : OHT;
            const char *ind = rem_r ? I5 : I4;
            if (rem_r) P(b, part ? I4 "} else {\n" : I4 "if (oh + %d <= %d) {\n", OHT, f->rows);
            for (int tl = 0; tl < (tail ? 2 : 1); tl++) {
                /* with NHWC output and a partial last vector: the last group stores part of it */
                const char *t = tl ? "t" : "", *in2 = tail ? kiln_arena_printf(E->a, "%s    ", ind) : ind;
                if (tail) P(b, "%s%s {\n", ind, tl ? "else" : kiln_arena_printf(E->a, "if (og < %d)", OCG - 1));
                for (int j = 0; j < nr; j++) {
                    const tile_run *u = &runs[j];
                    const char *at = u->at >= 0 ? kiln_arena_printf(E->a, "_at%d", u->at) : "";
                    /* where the tile's outputs go: pixel ow, or window ow / pkw of the pooled tensor */
                    const char *yo = cp.pkh ? kiln_arena_printf(E->a, "(long)(ow / %d) * %ld", cp.pkw, ypix)
                                            : kiln_arena_printf(E->a, "(long)ow * %ld", ystep);
                    const char *mo = cp.pkh ? kiln_arena_printf(E->a, "(long)(ow / %d) * %d", cp.pkw, VL) : yo;
                    long yo0 = cp.pkh ? (long)(u->ow0 / cp.pkw) * ypix : (long)u->ow0 * ystep;
                    long mo0 = cp.pkh ? (long)(u->ow0 / cp.pkw) * VL : yo0;
                    if (u->n > 1)
                        P(b, "%sfor (int ow = %d; ow < %d; ow += %d) %s%s_tile_%dx%d%s(xr + (long)ow * %ld, wg, bg, "
                             "yg + %s, mg ? mg + %s : NULL, %s);\n",
                          in2, u->ow0, u->ow0 + u->n * u->cols, u->cols, k->name, f->tag, rows, u->cols, t, xstep, yo,
                          mo, khs);
                    else
                        P(b, "%s%s%s_tile_%dx%d%s%s(xr + %ld, wg, bg, yg + %ld, mg ? mg + %ld : NULL, %s);\n", in2,
                          k->name, f->tag, rows, u->cols, t, at, (long)u->ow0 * xstep, yo0, mo0, khs);
                }
                if (tail) P(b, "%s}\n", ind);
            }
        }
        if (rem_r) P(b, I4 "}\n");
        P(b, I3 "}\n");
        if (cp.nph > 1) {
            E->b = b = out;
            if (body.s) append_indented(b, body.s);
            P(b, I3 "}\n");
        } else {
            P(b, I2 "}\n");
        }
    }
    if (cp.nph > 1) P(b, I2 "}\n");
    free(body.s);
    if (sample_buf) {
        E->b = real;
        if (whole.s) append_indented(real, whole.s);
        free(whole.s);
    }
}

/* The dy vector of channel block `fb` (a C expression) at pixel (i, j) of
 * sample n, declared as `name`: a load from dyn, or made from the pooled
 * gradient when a pooling backward is fused before the kernel. */
static void dy_vector(emitter *E, const char *ind, const char *name, const char *fb, const kiln_geom *gd)
{
    if (kiln_fused_pool_bwd(E)) {
        kiln_emit_pooled_dy(E, ind, name, fb, "i", "j");
        return;
    }
    P(E->b, "%sconst vf %s = %s;\n", ind, name,
      img_load(E, gd, kiln_arena_printf(E->a, "dyn + (long)(%s) * %ld + (long)i * %ld + j * %ld", fb, gd->cblock, gd->row,
                                        gd->pixel)));
}

/* Backward-weights on blocked layouts:
 *   dw[p, q, c, f] (=|+=) sum_{n < nb, i, j} x[n, i*sh + p - pt, j*sw + q - pl, c] dy[n, i, j, f]
 *   db[f] (=|+=) sum_{n, i, j} dy[n, i, j, f]
 * The batch is cut into P chunks of consecutive samples (P the threads the
 * module is compiled for); chunk t sums into its private partial buffers in
 * sample order, pixel by pixel in row-major order, then the partials are
 * added in chunk order 0..P-1.  The result depends on P, never on which
 * thread ran which chunk.  The register tile, kept over every pixel of a
 * sample, has one of two forms (schedule.c chooses):
 *   direct: FV dy vectors (output channels) x TH x TW filter taps x CR input
 *     channels, each FMA with an x value broadcast;
 *   transposed (tile.dy_scalars = FR): TH x TW filter taps x FR output
 *     channels, each accumulator a vector over the input channels of an x
 *     pixel and each FMA with a dy value broadcast; the partial sums hold
 *     [f][c] blocks, which the reduction transposes into dW's [c][f].
 * The bias gradient rides along in the first tile of a channel group, or is
 * a separate sum over dy in the same chunks. */
static void k_conv_bwd_weights_blocked(emitter *E, const kiln_kernel *k)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    const kiln_node *n = &g->n[k->nodes[k->n_nodes - 1]];  /* the anchor, or after a fused pooling backward */
    /* after a fused backward-data (fuse.c): dy made sample by sample into a
     * per-thread buffer; this node's tile is then tile2 */
    int from_bwd_data = g->n[k->anchor].op == OP_CONV2D_BWD_DATA;
    const kiln_tile *tl = from_bwd_data ? &k->tile2 : &k->tile;
    const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]), *dwb = T(E, n->out[0]);
    kiln_geom gd = kiln_geometry(dy), gx = kiln_geometry(x);
    int VL = g->isa->lanes, KH = dwb->dims[0], KW = dwb->dims[1], C = x->dims[3], F = dy->dims[3];
    int ICPB = dwb->icb, ICBN = (C + ICPB - 1) / ICPB, FB = gd.CB;
    int FV = tl->oc_vectors, TH = tl->oh_regs, TW = tl->ow_regs, CR = tl->ic_block;
    int FR = tl->dy_scalars;  /* > 0: the transposed form */
    int OH = dy->dims[1], OW = dy->dims[2], PT = g->threads;
    /* transposed: a cache block of RB rows of dy (tiles of one dy and one x
     * channel block run over it in turn), the rows of both in about 16 KB (half a 32 KB L1) */
    int RB = OH;
    if (FR) {
        long dy_row = (long)OW * VL * 4, x_row = (long)gx.Wp * VL * 4;
        RB = 1;
        while (RB < OH && dy_row * (RB + 1) + x_row * ((long)RB * n->a.sh + KH) <= 16 * 1024) RB++;  /* RB + 1 rows fit */
        /* a block of few pixels reloads and stores the accumulators too
         * often: measured, 2 rows of 16 (stride-2 3x3x16x16) 0.49 -> 0.61 ms
         * and 2 rows of 32 (3x3x16x16) 1.70 -> 1.88 ms slower than no block,
         * 4 rows of 24 (3x3x32x64) 7.66 -> 7.32 ms faster */
        if (RB * OW < 96) RB = OH;
    }
    long WOCB = (long)ICBN * KH * KW * ICPB * VL, WSZ = (long)FB * WOCB;
    int has_b = n->out[1] >= 0;
    const char *DY = NAME(E, n->in[0]), *X = NAME(E, n->in[1]), *DW = NAME(E, n->out[0]);
    const char *DB = has_b ? NAME(E, n->out[1]) : NULL;
    const char *PART = NAME(E, k->scratch[0]);
    KILN_ASSERT(!FR || (ICPB == VL && !kiln_fused_pool_bwd(E)));
    P(b, I1 "/* %d chunks of the batch, each into its partial sums %s[chunk] (%ld weights%s%s) */\n", PT, PART, WSZ,
      has_b ? kiln_arena_printf(E->a, " + %d biases", FB * VL) : "",
      FR ? kiln_arena_printf(E->a, "; the weights as [f][c] blocks of %dx%d", VL, VL) : "");
    P(b, I1 "const long wsz = %ld;\n", WSZ + (has_b ? FB * VL : 0));
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int t = 0; t < %d; t++) {\n", PT);
    P(b, I2 "float *pw = %s + (long)t * wsz;\n", PART);
    P(b, I2 "memset(pw, 0, sizeof(float) * (size_t)wsz);\n");
    const char *DYS = from_bwd_data ? NAME(E, k->scratch[1]) : NULL;
    if (from_bwd_data)
        P(b, I2 "float *dys = %s + (long)t * %ld;  /* this chunk's dy, one sample at a time */\n", DYS, gd.sample);
    P(b, I2 "const int n0 = (int)((long)nb * t / %d), n1 = (int)((long)nb * (t + 1) / %d);\n", PT, PT);
    P(b, I2 "for (int n = n0; n < n1; n++) {\n");
    if (from_bwd_data) {
        k_conv_direct(E, k, "dys");
        P(b, I3 "const float *dyn = dys + (long)%d * %ld + %ld;\n", gd.top, gd.row, (long)gd.left * gd.pixel);
    } else if (!kiln_fused_pool_bwd(E)) {
        P(b, I3 "const float *dyn = %s + (long)n * %ld + (long)%d * %ld + %ld;\n", DY, gd.sample, gd.top, gd.row,
          (long)gd.left * gd.pixel);
    }
    P(b, I3 "const float *xn = %s + (long)n * %ld + (long)(%d - %d) * %ld + (long)(%d - %d) * %ld;\n", X, gx.sample,
      gx.top, n->a.pad_top, gx.row, gx.left, n->a.pad_left, gx.pixel);
    const char *first;  /* the condition of the first tile of a channel group, which sums the bias too */
    if (FR) {
        /* the padding channels of dy's last block have no weights: skipped */
        int FLAST = F - (FB - 1) * VL, FLR = (FLAST + FR - 1) / FR * FR;
        P(b, I3 "for (int fb = 0; fb < %d; fb++)\n", FB);
        P(b, I3 "for (int cb = 0; cb < %d; cb++)\n", ICBN);
        if (RB < OH) {
            P(b, I3 "for (int i0 = 0; i0 < %d; i0 += %d) {  /* %d rows of dy, and the rows of x they read, stay in L1 for every tile below */\n",
              OH, RB, RB);
            P(b, I3 "const int i1 = i0 + %d < %d ? i0 + %d : %d;\n", RB, OH, RB, OH);
        }
        if (FLR >= VL) P(b, I3 "for (int f0 = 0; f0 < %d; f0 += %d)\n", VL, FR);
        else
            P(b, I3 "for (int f0 = 0; f0 < (fb < %d ? %d : %d); f0 += %d)  /* the last block's channels %d..%d are padding */\n",
              FB - 1, VL, FLR, FR, FLR, VL - 1);
        first = "f0 == 0 && cb == 0 && kh0 == 0 && kw0 == 0";
    } else {
        P(b, I3 "for (int fg = 0; fg < %d; fg++)\n", FB / FV);
        P(b, I3 "for (int cb = 0; cb < %d; cb++)\n", ICBN);
        /* the padding channels of x's last block have no weights: skipped, their
         * partial sums stay 0 */
        int CLAST = C - (ICBN - 1) * ICPB, CLR = (CLAST + CR - 1) / CR * CR;
        if (CLR >= ICPB)
            P(b, I3 "for (int c0 = 0; c0 < %d; c0 += %d)\n", ICPB, CR);
        else if (ICBN == 1)
            P(b, I3 "for (int c0 = 0; c0 < %d; c0 += %d)  /* channels %d..%d are padding */\n", CLR, CR, CLR, ICPB - 1);
        else
            P(b, I3 "for (int c0 = 0; c0 < (cb < %d ? %d : %d); c0 += %d)  /* the last block's channels %d..%d are padding */\n",
              ICBN - 1, ICPB, CLR, CR, CLR, ICPB - 1);
        first = "cb == 0 && c0 == 0 && kh0 == 0 && kw0 == 0";
    }
    P(b, I3 "for (int kh0 = 0; kh0 < %d; kh0 += %d)\n", KH, TH);
    P(b, I3 "for (int kw0 = 0; kw0 < %d; kw0 += %d) {\n", KW, TW);
    /* accumulator j of tap (th, tw) lives at pt + at(th, tw, j): direct, j
     * = (c, v) at v*WOCB + (th*KW + tw)*ICPB*VL + c*VL; transposed, j = f
     * at (th*KW + tw)*VL*VL + f*VL */
    int NJ = FR ? FR : CR * FV;
    long at[64];
    for (int th = 0, q = 0; th < TH; th++)
        for (int tw = 0; tw < TW; tw++)
            for (int j = 0; j < NJ; j++, q++) {
                KILN_ASSERT(q < 64);
                at[q] = FR ? ((long)th * KW + tw) * VL * VL + (long)j * VL
                           : (long)(j % FV) * WOCB + ((long)th * KW + tw) * ICPB * VL + (long)(j / FV) * VL;
            }
    if (FR)
        P(b, I4 "float *pt = pw + (long)fb * %ld + (((long)cb * %d + kh0) * %d + kw0) * %d + f0 * %d;\n", WOCB, KH, KW,
          VL * VL, VL);
    else
        P(b, I4 "float *pt = pw + (long)fg * %ld + (((long)cb * %d + kh0) * %d + kw0) * %d + c0 * %d;\n",
          (long)FV * WOCB, KH, KW, ICPB * VL, VL);
    /* names: direct acc_t<th><tw>c<c>v<v>, transposed acc_t<th><tw>f<f> */
#define ACC(th, tw, j)                                                                                          \
    (FR ? kiln_arena_printf(E->a, "acc_t%d%df%d", th, tw, j)                                                    \
        : kiln_arena_printf(E->a, "acc_t%d%dc%dv%d", th, tw, (j) / FV, (j) % FV))
    /* Transposed with x's channels in half a vector: column taps tw and
     * tw + 1 paired in the halves of one accumulator (tw's channels low,
     * tw + 1's high), their x vectors joined the same way and both times the
     * same dy value, so one FMA serves two taps (as conv_microkernel_paired
     * for the forward).  partner[tw]: the tap paired with tw, -1 none, -2
     * when tw is itself the high half of tw - 1. */
    /* Direct with one dy vector of at most half a vector of channels: taps
     * tw and tw + sw share an accumulator, tw's sums of pixel j in the low
     * half and tw + sw's of pixel j - 1 in the high (the x value tap tw + sw
     * reads for pixel j - 1 is the one tap tw reads for pixel j), dy of
     * pixel j joined with that of pixel j - 1; after a row, one more step
     * adds the row's last pixel to the high halves. */
    int partner[16], SW = n->a.sw, step = FR ? 1 : SW;
    int paired = VL >= 8 && TW == KW && KW >= 2 && KW <= 16 &&
                 (FR ? C <= VL / 2 : FV == 1 && F <= VL / 2 && KW > SW);
    for (int tw = 0; tw < TW && tw < 16; tw++) partner[tw] = -1;
    for (int tw = 0; paired && tw < TW; tw++)
        if (partner[tw] == -1 && tw + step < TW && partner[tw + step] == -1) {
            partner[tw] = tw + step;
            partner[tw + step] = -2;
        }
    if (paired) {
        P(b, I4 "/* %s %d channels: column taps", FR ? "x has" : "dy has", FR ? C : F);
        for (int tw = 0; tw < TW; tw++)
            if (partner[tw] >= 0) P(b, " %d | %d", tw, partner[tw]);
        P(b, " paired in the halves of the accumulators%s */\n",
          FR ? " and x vectors" : kiln_arena_printf(E->a, " (the high half one pixel earlier)"));
    }
#define QI(th, tw, j) (((th) * TW + (tw)) * NJ + (j))
    for (int th = 0, q = 0; th < TH; th++)
        for (int tw = 0; tw < TW; tw++) {
            if (paired && partner[tw] == -2) {
                q += NJ;
                continue;
            }
            for (int j = 0; j < NJ; j++, q++) {
                const char *init = paired && partner[tw] >= 0
                                 ? kiln_arena_printf(E->a, "vjoin_low(vload(pt + %ld), vload(pt + %ld))", at[q],
                                                     at[QI(th, partner[tw], j)])
                                 : kiln_arena_printf(E->a, "vload(pt + %ld)", at[q]);
                P(b, "%s%s = %s%s", j % (FR ? FR : FV) ? ", " : I4 "vf ", ACC(th, tw, j), init,
                  (j + 1) % (FR ? FR : FV) ? "" : ";\n");
            }
        }
    /* The bias gradient rides along in the first tile of each channel group
     * (one more accumulator per dy vector, when the register file holds
     * them): the same sums, in the same order, as a pass of its own over dy
     * would make. */
    int nacc = TH * TW * NJ, live = FR ? TH * TW + 1 : FV + 1, nb_acc = FR ? 1 : FV;
    int fused_b = has_b && nacc + live + 2 * nb_acc <= g->isa->registers;
    const char *fbx = FR ? "fb" : kiln_arena_printf(E->a, "fg * %d + %%d", FV);
    for (int part = 0; part < (fused_b ? 2 : 1); part++) {
        const char *ind = fused_b ? I5 : I4;
        if (fused_b) {
            P(b, part ? I4 "} else {\n" : I4 "if (%s) {  /* with the bias sums */\n", first);
            if (!part) {
                P(b, I5 "vf");
                for (int v = 0; v < nb_acc; v++) P(b, "%s sb%d = vzero()", v ? "," : "", v);
                P(b, ";\n");
            }
        }
        int with_b = fused_b && !part;
        int pd = paired && !FR;  /* the direct form's pairs carry dy of the previous pixel */
        if (RB < OH) P(b, "%sfor (int i = i0; i < i1; i++)%s\n", ind, pd ? " {" : "");
        else P(b, "%sfor (int i = 0; i < %d; i++)%s\n", ind, OH, pd ? " {" : "");
        if (pd) P(b, "%s    vf dprev = vzero();  /* dy of pixel j - 1 */\n", ind);
        P(b, "%s    for (int j = 0; j < %d; j++) {\n", ind, OW);
        const char *in2 = kiln_arena_printf(E->a, "%s        ", ind);
        if (FR) {
            P(b, "%sconst float *xs = xn + (long)cb * %ld + (long)(i * %d + kh0) * %ld + (long)(j * %d + kw0) * %ld;\n",
              in2, gx.cblock, n->a.sh, gx.row, n->a.sw, gx.pixel);
            P(b, "%sconst float *ds = dyn + (long)fb * %ld + (long)i * %ld + j * %ld;\n", in2, gd.cblock, gd.row, gd.pixel);
            P(b, "%sconst vf", in2);
            for (int th = 0; th < TH; th++)
                for (int tw = 0; tw < TW; tw++) {
                    long xo = (long)th * gx.row + (long)tw * gx.pixel;
                    if (paired && partner[tw] == -2) continue;
                    if (paired && partner[tw] >= 0)
                        P(b, "%s x%d%d = vjoin_low(vload(xs + %ld), vload(xs + %ld))", th + tw ? "," : "", th, tw, xo,
                          xo + gx.pixel);
                    else
                        P(b, "%s x%d%d = vload(xs + %ld)", th + tw ? "," : "", th, tw, xo);
                }
            P(b, ";\n");
            if (with_b) P(b, "%ssb0 += %s;\n", in2, img_load(E, &gd, "ds"));
            for (int j = 0; j < FR; j++) {
                P(b, "%s{ const vf d = vbcast(ds[f0 + %d]);", in2, j);
                for (int th = 0; th < TH; th++)
                    for (int tw = 0; tw < TW; tw++) {
                        if (paired && partner[tw] == -2) continue;
                        const char *a = ACC(th, tw, j);
                        P(b, " %s = vfma(x%d%d, d, %s);", a, th, tw, a);
                    }
                P(b, " }\n");
            }
        } else {
            P(b, "%sconst float *xs = xn + (long)cb * %ld + (long)(i * %d + kh0) * %ld + (long)(j * %d + kw0) * %ld + c0;\n",
              in2, gx.cblock, n->a.sh, gx.row, n->a.sw, gx.pixel);
            for (int v = 0; v < FV; v++)
                dy_vector(E, in2, kiln_arena_printf(E->a, "d%d", v), kiln_arena_printf(E->a, "fg * %d + %d", FV, v), &gd);
            if (with_b) {
                P(b, "%s", in2);
                for (int v = 0; v < FV; v++) P(b, "%ssb%d += d%d;", v ? " " : "", v, v);
                P(b, "\n");
            }
            if (pd) P(b, "%sconst vf dd = vjoin_low(d0, dprev);  /* pixel j low, pixel j - 1 high */\n%sdprev = d0;\n",
                      in2, in2);
            for (int th = 0; th < TH; th++)
                for (int tw = 0; tw < TW; tw++)
                    for (int c = 0; c < CR; c++) {
                        if (pd && partner[tw] == -2) continue;
                        P(b, "%s{ const vf xb = vbcast(xs[%ld]);", in2, (long)th * gx.row + (long)tw * gx.pixel + c);
                        for (int v = 0; v < FV; v++) {
                            const char *a = ACC(th, tw, c * FV + v);
                            P(b, " %s = vfma(xb, %s, %s);", a,
                              pd && partner[tw] >= 0 ? "dd" : kiln_arena_printf(E->a, "d%d", v), a);
                        }
                        P(b, " }\n");
                    }
        }
        P(b, "%s    }\n", ind);
        if (pd) {  /* the row's last pixel into the high halves: what tap tw reads for a pixel OW */
            P(b, "%s    {\n", ind);
            P(b, "%s        const int j = %d;\n", ind, OW);
            P(b, "%sconst float *xs = xn + (long)cb * %ld + (long)(i * %d + kh0) * %ld + (long)(j * %d + kw0) * %ld + c0;\n",
              in2, gx.cblock, n->a.sh, gx.row, n->a.sw, gx.pixel);
            P(b, "%sconst vf dd = vjoin_low(vzero(), dprev);\n", in2);
            for (int th = 0; th < TH; th++)
                for (int tw = 0; tw < TW; tw++)
                    for (int c = 0; c < CR; c++) {
                        if (partner[tw] < 0) continue;
                        const char *a = ACC(th, tw, c);
                        P(b, "%s{ const vf xb = vbcast(xs[%ld]); %s = vfma(xb, dd, %s); }\n", in2,
                          (long)th * gx.row + (long)tw * gx.pixel + c, a, a);
                    }
            P(b, "%s    }\n%s}\n", ind, ind);
        }
        if (with_b)
            for (int v = 0; v < nb_acc; v++) {
                const char *f = kiln_arena_printf(E->a, fbx, v);
                P(b, I5 "vstore(pw + %ld + (%s) * %d, vload(pw + %ld + (%s) * %d) + sb%d);\n", WSZ, f, VL, WSZ, f, VL, v);
            }
    }
    if (fused_b) P(b, I4 "}\n");
    for (int th = 0, q = 0; th < TH; th++)
        for (int tw = 0; tw < TW; tw++)
            for (int j = 0; j < NJ; j++, q++) {
                if (paired && partner[tw] == -2) continue;
                if (paired && partner[tw] >= 0) {  /* the low half to tap tw, the high half to its partner */
                    P(b, I4 "vstore(pt + %ld, vfold(%s, vzero()));\n", at[q], ACC(th, tw, j));
                    P(b, I4 "vstore(pt + %ld, vfold(vzero(), %s));\n", at[QI(th, partner[tw], j)], ACC(th, tw, j));
                } else {
                    P(b, I4 "vstore(pt + %ld, %s);\n", at[q], ACC(th, tw, j));
                }
            }
#undef QI
#undef ACC
    P(b, I3 "}\n");
    if (RB < OH) P(b, I3 "}\n");
    if (has_b && !fused_b) {
        P(b, I3 "/* the bias gradient: the sum of this sample's dy */\n");
        P(b, I3 "for (int fb = 0; fb < %d; fb++) {\n", FB);
        P(b, I4 "vf s = vzero();\n");
        P(b, I4 "for (int i = 0; i < %d; i++)\n", OH);
        P(b, I5 "for (int j = 0; j < %d; j++) {\n", OW);
        dy_vector(E, I5 I1, "d", "fb", &gd);
        P(b, I5 I1 "s += d;\n" I5 "}\n");
        P(b, I4 "vstore(pw + %ld + fb * %d, vload(pw + %ld + fb * %d) + s);\n", WSZ, VL, WSZ, VL);
        P(b, I3 "}\n");
    }
    P(b, I2 "}\n" I1 "}\n");
    const char *acc_dw = n->a.accumulate ? kiln_arena_printf(E->a, "%s[o] + ", DW) : "";
    if (FR) {
        P(b, I1 "/* the partial sums in chunk order, each [f][c] block transposed into dW's [c][f] */\n");
        P(b, I1 "#pragma omp for schedule(static)\n");
        P(b, I1 "for (long e = 0; e < %ld; e += %d) {\n", WSZ, VL * VL);
        P(b, I2 "float s[%d];\n", VL * VL);
        P(b, I2 "for (int r = 0; r < %d; r += %d) {\n", VL * VL, VL);
        P(b, I3 "vf v = vload(%s + e + r);\n", PART);
        P(b, I3 "for (int t = 1; t < %d; t++) v += vload(%s + (long)t * wsz + e + r);\n", PT, PART);
        P(b, I3 "vstore(s + r, v);\n" I2 "}\n");
        P(b, I2 "for (int c = 0; c < %d; c++)\n", VL);
        P(b, I3 "for (int f = 0; f < %d; f++) {\n", VL);
        P(b, I4 "const long o = e + c * %d + f;\n", VL);
        P(b, I4 "%s[o] = %ss[f * %d + c];\n", DW, acc_dw, VL);
        P(b, I3 "}\n" I1 "}\n");
    } else {
        P(b, I1 "/* the partial sums in chunk order */\n");
        P(b, I1 "#pragma omp for schedule(static)\n");
        P(b, I1 "for (long e = 0; e < %ld; e += %d) {\n", WSZ, VL);
        P(b, I2 "vf s = vload(%s + e);\n", PART);
        P(b, I2 "for (int t = 1; t < %d; t++) s += vload(%s + (long)t * wsz + e);\n", PT, PART);
        P(b, I2 "vstore(%s + e, %s);\n", DW, n->a.accumulate ? kiln_arena_printf(E->a, "vload(%s + e) + s", DW) : "s");
        P(b, I1 "}\n");
    }
    if (has_b) {
        P(b, I1 "#pragma omp for schedule(static)\n");
        P(b, I1 "for (int f = 0; f < %d; f += %d) {\n", FB * VL, VL);
        P(b, I2 "vf s = vload(%s + %ld + f);\n", PART, WSZ);
        P(b, I2 "for (int t = 1; t < %d; t++) s += vload(%s + (long)t * wsz + %ld + f);\n", PT, PART, WSZ);
        P(b, I2 "vstore(%s + f, %s);\n", DB, n->a.accumulate ? kiln_arena_printf(E->a, "vload(%s + f) + s", DB) : "s");
        P(b, I1 "}\n");
    }
}

void kiln_emit_conv_bwd_weights_from_pool(emitter *E, const kiln_kernel *k)
{
    k_conv_bwd_weights_blocked(E, k);
}

void kiln_emit_conv(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    if (k->tile.winograd) {
        kiln_emit_winograd(E, k);
        return;
    }
    if (n->op == OP_CONV2D_BWD_DATA && E->g->n[k->nodes[k->n_nodes - 1]].op == OP_CONV2D_BWD_WEIGHTS) {
        k_conv_bwd_weights_blocked(E, k);  /* fuse.c: the gradient sample by sample into the weight gradient */
        return;
    }
    if (is_direct_conv(E->g, k)) {
        k_conv_direct(E, k, NULL);
        return;
    }
    if (n->op == OP_CONV2D_BWD_WEIGHTS && k->tile.oc_vectors) {
        k_conv_bwd_weights_blocked(E, k);
        return;
    }
    switch (n->op) {
    case OP_CONV2D: k_conv2d(E, n); break;
    case OP_CONV2D_BWD_DATA: k_conv2d_bwd_data(E, n); break;
    case OP_CONV2D_BWD_WEIGHTS: k_conv2d_bwd_weights(E, n); break;
    default: KILN_BUG("not a convolution: %s", kiln_ops[n->op].name);
    }
}

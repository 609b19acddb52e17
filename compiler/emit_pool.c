/* emit_pool.c — max-pooling kernels (emit.h): forward, and backward routing
 * each gradient to the first maximum of its window. */
#include <math.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

static void k_maxpool(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]), *y = T(E, n->out[0]);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], OH = y->dims[1], OW = y->dims[2];
    const kiln_attrs *a = &n->a;
    const char *X = E->tname[n->in[0]], *Y = E->tname[n->out[0]];
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (int i = 0; i < %d; i++) {\n", OH);
    P(b, I3 "for (int j = 0; j < %d; j++) {\n", OW);
    P(b, I4 "float *yp = %s + (((long)n * %d + i) * %d + j) * %d;  /* the maxima, in place */\n", Y, OH, OW, C);
    P(b, I4 "for (int c = 0; c < %d; c++) yp[c] = -INFINITY;\n", C);
    P(b, I4 "for (int p = 0; p < %d; p++) {\n", a->kh);
    P(b, I5 "const int h = i * %d + p - %d;\n", a->sh, a->pad_top);
    P(b, I5 "if (h < 0 || h >= %d) continue;\n", H);
    P(b, I5 "for (int q = 0; q < %d; q++) {\n", a->kw);
    P(b, I5 "    const int v = j * %d + q - %d;\n", a->sw, a->pad_left);
    P(b, I5 "    if (v < 0 || v >= %d) continue;\n", W);
    P(b, I5 "    const float *xp = %s + (((long)n * %d + h) * %d + v) * %d;\n", X, H, W, C);
    P(b, I5 "    /* NaN-propagating max */\n");
    P(b, I5 "    for (int c = 0; c < %d; c++) yp[c] = (xp[c] > yp[c] || xp[c] != xp[c]) ? xp[c] : yp[c];\n", C);
    P(b, I5 "}\n" I4 "}\n");
    P(b, I3 "}\n" I2 "}\n" I1 "}\n");
}

static void k_maxpool_bwd(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], OH = dy->dims[1], OW = dy->dims[2];
    const kiln_attrs *a = &n->a;
    const char *DY = E->tname[n->in[0]], *X = E->tname[n->in[1]], *DX = E->tname[n->out[0]];
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "float *dxn = %s + (long)n * %d;\n", DX, H * W * C);
    P(b, I2 "const float *xn = %s + (long)n * %d;\n", X, H * W * C);
    if (!n->a.accumulate) P(b, I2 "memset(dxn, 0, sizeof(float) * %d);\n", H * W * C);
    P(b, I2 "for (int i = 0; i < %d; i++) {\n", OH);
    P(b, I3 "for (int j = 0; j < %d; j++) {\n", OW);
    P(b, I4 "/* the first maximum of each window (row-major p, q) takes the gradient */\n");
    P(b, I4 "const float *dyp = %s + (((long)n * %d + i) * %d + j) * %d;\n", DY, OH, OW, C);
    P(b, I4 "for (int c = 0; c < %d; c++) {\n", C);
    P(b, I5 "float m = -INFINITY;\n" I5 "int at = -1;\n");
    P(b, I5 "for (int p = 0; p < %d; p++) {\n", a->kh);
    P(b, I5 "    const int h = i * %d + p - %d;\n", a->sh, a->pad_top);
    P(b, I5 "    if (h < 0 || h >= %d) continue;\n", H);
    P(b, I5 "    for (int q = 0; q < %d; q++) {\n", a->kw);
    P(b, I5 "        const int v = j * %d + q - %d;\n", a->sw, a->pad_left);
    P(b, I5 "        if (v < 0 || v >= %d) continue;\n", W);
    P(b, I5 "        const int e = (h * %d + v) * %d + c;\n", W, C);
    P(b, I5 "        if (xn[e] > m || at < 0) { m = xn[e]; at = e; }\n");
    P(b, I5 "    }\n" I5 "}\n");
    P(b, I5 "dxn[at] += dyp[c];\n");
    P(b, I4 "}\n" I3 "}\n" I2 "}\n" I1 "}\n");
}

/* ---- blocked family: one vector of VL channels at a time -------------------- */

/* 'valid' max-pooling forward on nChw{VL}c: the NaN-propagating maximum of
 * each window, vector by vector. */
static void k_maxpool_blocked(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]), *y = T(E, n->out[0]);
    kiln_geom gx = kiln_geometry(x), gy = kiln_geometry(y);
    const kiln_attrs *a = &n->a;
    int VL = E->g->isa->lanes;
    kiln_emit_zero_halo(E, n->out[0]);
    P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
    P(b, I1 "for (int n = 0; n < nb; n++)\n");
    P(b, I2 "for (int cb = 0; cb < %d; cb++)\n", gy.CB);
    P(b, I3 "for (int i = 0; i < %d; i++)\n", y->dims[1]);
    P(b, I4 "for (int j = 0; j < %d; j++) {\n", y->dims[2]);
    P(b, I5 "const float *xp = %s + (long)n * %ld + (long)cb * %ld + (long)(i * %d + %d) * %ld + (long)(j * %d + %d) * %d;\n",
      NAME(E, n->in[0]), gx.sample, gx.cblock, a->sh, gx.top, gx.row, a->sw, gx.left, VL);
    P(b, I5 "vf m = vload(xp);\n");
    for (int p = 0; p < a->kh; p++)
        for (int q = 0; q < a->kw; q++) {
            if (!p && !q) continue;
            P(b, I5 "{ const vf v = vload(xp + %ld); m = (v > m | v != v) ? v : m; }\n", (long)p * gx.row + (long)q * VL);
        }
    P(b, I5 "vstore(%s + (long)n * %ld + (long)cb * %ld + (long)(i + %d) * %ld + (long)(j + %d) * %d, m);\n",
      NAME(E, n->out[0]), gy.sample, gy.cblock, gy.top, gy.row, gy.left, VL);
    P(b, I4 "}\n");
}

/* Backward: each dy goes to the first maximum of its window (row-major,
 * a later element only when strictly greater), lane by lane — found again
 * in x, or read from the argmax of a pooling fused into the convolution
 * before it (x is then never stored).  With the ReLU
 * backward of the pooled activation fused (the kernel's second node), only
 * where that maximum is positive: relu'(x) at the one element that gets a
 * gradient, and the intermediate gradient is never stored. */
static void k_maxpool_bwd_blocked(emitter *E, const kiln_kernel *k)
{
    sbuf *b = E->b;
    const kiln_node *n = &E->g->n[k->anchor];
    const kiln_node *relu = k->n_nodes > 1 ? &E->g->n[k->nodes[1]] : NULL;
    int out = relu ? relu->out[0] : n->out[0], acc = relu ? relu->a.accumulate : n->a.accumulate;
    const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]), *dx = T(E, out);
    kiln_geom gd = kiln_geometry(dy), gx = kiln_geometry(x), gdx = kiln_geometry(dx);
    const kiln_attrs *a = &n->a;
    int VL = E->g->isa->lanes, am = x->argmax;
    P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
    P(b, I1 "for (int n = 0; n < nb; n++)\n");
    P(b, I2 "for (int cb = 0; cb < %d; cb++) {\n", gd.CB);
    P(b, I3 "float *dxn = %s + (long)n * %ld + (long)cb * %ld;\n", NAME(E, out), gdx.sample, gdx.cblock);
    /* Windows that tile without overlap write each pixel they cover once:
     * stored, not added, and only the pixels no window covers (the halo, a
     * remainder row or column) zeroed first. */
    int tiles = !acc && a->sh == a->kh && a->sw == a->kw;
    int r0 = gdx.top, r1 = gdx.top + dy->dims[1] * a->kh, c0 = gdx.left, c1 = gdx.left + dy->dims[2] * a->kw;
    if (tiles && (r0 > 0 || r1 < gdx.Hp || c0 > 0 || c1 < gdx.Wp)) {
        P(b, I3 "for (int hp = 0; hp < %d; hp++) {  /* the pixels no window covers */\n", gdx.Hp);
        P(b, I4 "if (hp < %d || hp >= %d) { memset(dxn + (long)hp * %ld, 0, sizeof(float) * %ld); continue; }\n", r0, r1,
          gdx.row, gdx.row);
        if (c0 > 0) P(b, I4 "memset(dxn + (long)hp * %ld, 0, sizeof(float) * %ld);\n", gdx.row, (long)c0 * VL);
        if (c1 < gdx.Wp)
            P(b, I4 "memset(dxn + (long)hp * %ld + %ld, 0, sizeof(float) * %ld);\n", gdx.row, (long)c1 * VL,
              (long)(gdx.Wp - c1) * VL);
        P(b, I3 "}\n");
    } else if (!acc && !tiles) {
        P(b, I3 "memset(dxn, 0, sizeof(float) * %ld);\n", gdx.cblock);
    }
    P(b, I3 "for (int i = 0; i < %d; i++)\n", dy->dims[1]);
    P(b, I4 "for (int j = 0; j < %d; j++) {\n", dy->dims[2]);
    if (am < 0)
        P(b, I5 "const float *xp = %s + (long)n * %ld + (long)cb * %ld + (long)(i * %d + %d) * %ld + (long)(j * %d + %d) * %d;\n",
          NAME(E, n->in[1]), gx.sample, gx.cblock, a->sh, gx.top, gx.row, a->sw, gx.left, VL);
    P(b, I5 "float *dp = dxn + (long)(i * %d + %d) * %ld + (long)(j * %d + %d) * %d;\n", a->sh, gdx.top, gdx.row, a->sw,
      gdx.left, VL);
    P(b, I5 "%s d = vload(%s + (long)n * %ld + (long)cb * %ld + (long)(i + %d) * %ld + (long)(j + %d) * %d);\n",
      relu ? "vf" : "const vf", NAME(E, n->in[0]), gd.sample, gd.cblock, gd.top, gd.row, gd.left, VL);
    int idx = 0;
    if (am >= 0) {  /* the argmax the convolution's epilogue wrote (fuse.c add_argmax) */
        kiln_geom ga = kiln_geometry(T(E, am));
        P(b, I5 "const vi a8 = vload_bytes(%s + (long)n * %ld + (long)cb * %ld + (long)i * %ld + (long)j * %d);\n",
          NAME(E, am), ga.sample, ga.cblock, ga.row, VL);
        P(b, I5 "const vi at = a8 & 0x7f;\n");
        if (relu) P(b, I5 "d = (a8 & 0x80) != 0 ? d : vzero();  /* relu'(the maximum) */\n");
    } else {
        P(b, I5 "vf m = vload(xp);\n" I5 "vi at = (vi)0;\n");
        for (int p = 0; p < a->kh; p++)
            for (int q = 0; q < a->kw; q++, idx++) {
                if (!idx) continue;
                P(b, I5 "{ const vf v = vload(xp + %ld); const vi gt = v > m; m = gt ? v : m; at = gt ? (vi)%d : at; }\n",
                  (long)p * gx.row + (long)q * VL, idx);
            }
        if (relu) P(b, I5 "d = m > 0.0f ? d : vzero();  /* relu'(the maximum) */\n");
    }
    idx = 0;
    for (int p = 0; p < a->kh; p++)
        for (int q = 0; q < a->kw; q++, idx++) {
            long o = (long)p * gdx.row + (long)q * VL;
            if (tiles) P(b, I5 "vstore(dp + %ld, at == %d ? d : vzero());\n", o, idx);
            else P(b, I5 "vstore(dp + %ld, vload(dp + %ld) + (at == %d ? d : vzero()));\n", o, o, idx);
        }
    P(b, I4 "}\n" I2 "}\n");
}

const kiln_node *kiln_fused_pool_bwd(const emitter *E)
{
    const kiln_kernel *k = E->k;
    if (!k || k->n_nodes < 2 || E->g->n[k->anchor].op != OP_MAXPOOL_BWD) return NULL;
    kiln_op last = E->g->n[k->nodes[k->n_nodes - 1]].op;
    return last == OP_BN_BWD || last == OP_CONV2D_BWD_WEIGHTS ? &E->g->n[k->anchor] : NULL;
}

void kiln_emit_pooled_dy(emitter *E, const char *ind, const char *name, const char *cb, const char *h, const char *w)
{
    sbuf *b = E->b;
    const kiln_kernel *k = E->k;
    const kiln_node *pb = kiln_fused_pool_bwd(E), *last = &E->g->n[k->nodes[k->n_nodes - 1]];
    int relu = k->n_nodes > 2 && E->g->n[k->nodes[1]].op == OP_RELU_BWD;
    int VL = E->g->isa->lanes, KH = pb->a.kh, KW = pb->a.kw, am = E->g->t[pb->in[1]].argmax;
    kiln_geom gp = kiln_geometry(T(E, pb->in[0])), ga = kiln_geometry(T(E, am)), gd = kiln_geometry(T(E, last->in[0]));
    int clip = gp.H * KH < gd.H || gp.W * KW < gd.W;  /* pixels no window covers get 0 */
    P(b, "%svf %s = vzero();  /* the pooled gradient where the argmax names (%s, %s) */\n", ind, name, h, w);
    if (clip) P(b, "%sif (%s < %d && %s < %d) {\n", ind, h, gp.H * KH, w, gp.W * KW);
    else P(b, "%s{\n", ind);
    P(b, "%s    const vi a8 = vload_bytes(%s + (long)n * %ld + (long)(%s) * %ld + (long)(%s / %d) * %ld + (long)(%s / %d) * %d);\n",
      ind, NAME(E, am), ga.sample, cb, ga.cblock, h, KH, ga.row, w, KW, VL);
    P(b, "%s    const vf pd = vload(%s + (long)n * %ld + (long)(%s) * %ld + (long)(%s / %d + %d) * %ld + (long)(%s / %d + %d) * %d);\n",
      ind, NAME(E, pb->in[0]), gp.sample, cb, gp.cblock, h, KH, gp.top, gp.row, w, KW, gp.left, VL);
    P(b, "%s    %s = (%s(a8 & 0x7f) == (vi)((%s %% %d) * %d + %s %% %d)%s) ? pd : vzero();\n", ind, name,
      relu ? "(" : "", h, KH, KW, w, KW, relu ? ") & ((a8 & 0x80) != 0)" : "");
    P(b, "%s}\n", ind);
}

void kiln_emit_window_max(emitter *E, const char *ind, const char *const *e, int n, int argmax, int relu)
{
    sbuf *b = E->b;
    const char *nan = "";
    for (int i = 0; i < n; i++) {
        nan = kiln_arena_printf(E->a, "%s%s(%s != %s)", nan, i ? " | " : "", e[i], e[i]);
        if (!i) {
            P(b, "%svf m = %s;\n", ind, e[0]);
            if (argmax) P(b, "%svi at = (vi)0;\n", ind);
        } else if (argmax) {
            P(b, "%s{ const vi gt = %s > m; m = gt ? %s : m; at = gt ? (vi)%d : at; }\n", ind, e[i], e[i], i);
        } else {
            P(b, "%sm = %s > m ? %s : m;\n", ind, e[i], e[i]);
        }
    }
    P(b, "%sconst vf mx = (%s) ? (vf)NAN : %s;  /* NaN if any element is */\n", ind, nan,
      relu ? "(m > 0.0f ? m : vzero())" : "m");
}

void kiln_emit_pool(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    if (n->op == OP_MAXPOOL_BWD && E->g->n[k->nodes[k->n_nodes - 1]].op == OP_BN_BWD) {
        kiln_emit_bn_bwd_from_pool(E, k);  /* fuse.c: dy made where BN reads it */
        return;
    }
    if (n->op == OP_MAXPOOL_BWD && E->g->n[k->nodes[k->n_nodes - 1]].op == OP_CONV2D_BWD_WEIGHTS) {
        kiln_emit_conv_bwd_weights_from_pool(E, k);  /* fuse.c: dy made where the microkernel reads it */
        return;
    }
    if (T(E, n->in[0])->block) {
        if (n->op == OP_MAXPOOL) k_maxpool_blocked(E, n);
        else k_maxpool_bwd_blocked(E, k);
        return;
    }
    switch (n->op) {
    case OP_MAXPOOL: k_maxpool(E, n); break;
    case OP_MAXPOOL_BWD: k_maxpool_bwd(E, n); break;
    default: KILN_BUG("not a pooling op: %s", kiln_ops[n->op].name);
    }
}

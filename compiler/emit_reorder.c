/* emit_reorder.c — layout changes (emit.h): a REORDER node copies a tensor
 * into another physical layout (ir.h: block, form, halo).  The loop runs
 * over the destination's stored elements, finds each one's logical
 * coordinates and reads the source there; halo and padded channels become 0.
 * A reorder that accumulates adds instead.  Also the layout geometry the
 * other emitters address images with. */
#include <string.h>

#include "diag.h"
#include "emit.h"

kiln_geom kiln_geometry(const kiln_tensor *t)
{
    kiln_geom g;
    memset(&g, 0, sizeof g);
    KILN_ASSERT(t->rank == 4 && t->batched);
    g.H = t->dims[1];
    g.W = t->dims[2];
    g.C = t->dims[3];
    g.cpad = t->cpad ? t->cpad : g.C;
    g.block = t->block;
    g.top = t->halo[0];
    g.left = t->halo[1];
    g.Hp = g.H + t->halo[0] + t->halo[2];
    g.Wp = g.W + t->halo[1] + t->halo[3];
    if (g.block) {
        g.CB = g.cpad / g.block;
        g.pixel = g.block;
        g.row = (long)g.Wp * g.block;
        g.cblock = (long)g.Hp * g.row;
        g.sample = g.CB * g.cblock;
    } else {
        g.CB = 1;
        g.pixel = g.cpad;
        g.row = (long)g.Wp * g.cpad;
        g.cblock = 0;
        g.sample = (long)g.Hp * g.row;
    }
    return g;
}

const char *kiln_image_at(kiln_arena *a, const kiln_tensor *t, const char *n, const char *h, const char *w,
                          const char *c)
{
    kiln_geom g = kiln_geometry(t);
    if (!g.block)
        return kiln_arena_printf(a, "((long)(%s) * %ld + (long)((%s) + %d) * %ld + ((%s) + %d) * %ld + (%s))", n,
                                 g.sample, h, g.top, g.row, w, g.left, g.pixel, c);
    return kiln_arena_printf(a,
                             "((long)(%s) * %ld + (long)((%s) / %d) * %ld + (long)((%s) + %d) * %ld + "
                             "((%s) + %d) * %d + (%s) %% %d)",
                             n, g.sample, c, g.block, g.cblock, h, g.top, g.row, w, g.left, g.block, c, g.block);
}

void kiln_emit_zero_halo(emitter *E, int t)
{
    const kiln_tensor *x = T(E, t);
    if (!(x->halo[0] || x->halo[1] || x->halo[2] || x->halo[3])) return;
    kiln_geom g = kiln_geometry(x);
    sbuf *b = E->b;
    const char *Y = NAME(E, t);
    int H0 = g.top, H1 = g.top + g.H, W0 = g.left, W1 = g.left + g.W;
    P(b, I1 "/* zero the halo of %s: rows [0, %d) and [%d, %d), columns [0, %d) and [%d, %d) */\n", x->name, H0,
      H1, g.Hp, W0, W1, g.Wp);
    P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
    P(b, I1 "for (int n = 0; n < nb; n++)\n");
    P(b, I2 "for (int cb = 0; cb < %d; cb++) {\n", g.CB);
    P(b, I3 "float *p = %s + (long)n * %ld + (long)cb * %ld;\n", Y, g.sample, g.cblock);
    P(b, I3 "for (int hp = 0; hp < %d; hp++) {\n", g.Hp);
    P(b, I4 "if (hp < %d || hp >= %d) { memset(p + (long)hp * %ld, 0, sizeof(float) * %ld); continue; }\n", H0, H1,
      g.row, g.row);
    if (W0) P(b, I4 "memset(p + (long)hp * %ld, 0, sizeof(float) * %ld);\n", g.row, (long)W0 * g.pixel);
    if (W1 < g.Wp)
        P(b, I4 "memset(p + (long)hp * %ld + %ld, 0, sizeof(float) * %ld);\n", g.row, (long)W1 * g.pixel,
          (long)(g.Wp - W1) * g.pixel);
    P(b, I3 "}\n" I2 "}\n");
}

/* The source element at logical (n, h, w, c) of an image, or its (kh, kw, c, f)
 * of a Keras conv kernel, as a C expression. */
static const char *source_at(emitter *E, const kiln_tensor *x, const char *X, const char *i0, const char *i1,
                             const char *i2, const char *i3)
{
    if (x->rank == 4 && x->batched) return kiln_arena_printf(E->a, "%s[%s]", X, kiln_image_at(E->a, x, i0, i1, i2, i3));
    if (x->block || x->form != FORM_KERAS) KILN_BUG("reorder from %s: unsupported source layout", x->name);
    if (x->rank == 4)
        return kiln_arena_printf(E->a, "%s[(((long)(%s) * %d + (%s)) * %d + (%s)) * %d + (%s)]", X, i0, x->dims[1],
                                 i1, x->dims[2], i2, x->dims[3], i3);
    if (x->rank == 2) return kiln_arena_printf(E->a, "%s[(long)(%s) * %d + (%s)]", X, i0, x->dims[1], i1);
    return kiln_arena_printf(E->a, "%s[%s]", X, i0);
}

/* BN_FOLD (ops.h): the inference batch normalization after a convolution
 * folded into its kernel and bias, in Keras's layouts; a weight copy
 * (plan_memory.c), so it runs once while the caller holds the weights. */
static void k_bn_fold(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *w = T(E, n->in[0]);
    int F = w->dims[w->rank - 1];
    int64_t rows = w->size / F;
    const char *W = NAME(E, n->in[0]), *G = NAME(E, n->in[2]), *BT = NAME(E, n->in[3]);
    const char *MM = NAME(E, n->in[4]), *MV = NAME(E, n->in[5]), *WF = NAME(E, n->out[0]), *BF = NAME(E, n->out[1]);
    const char *eps = flt(E->a, n->a.epsilon);
    P(b, I1 "/* s = gamma / sqrt(moving_variance + epsilon): kernel * s, bias (b - moving_mean) * s + beta */\n");
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int f = 0; f < %d; f++) {\n", F);
    P(b, I2 "const float s = %s[f] / sqrtf(%s[f] + %s);\n", G, MV, eps);
    P(b, I2 "for (long r = 0; r < %lld; r++) %s[r * %d + f] = %s[r * %d + f] * s;\n", (long long)rows, WF, F, W, F);
    P(b, I2 "%s[f] = (%s - %s[f]) * s + %s[f];\n", BF,
      n->in[1] >= 0 ? kiln_arena_printf(E->a, "%s[f]", NAME(E, n->in[1])) : "0.0f", MM, BT);
    P(b, I1 "}\n");
}

void kiln_emit_reorder(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    if (n->op == OP_BN_FOLD) {
        k_bn_fold(E, n);
        return;
    }
    const kiln_tensor *x = T(E, n->in[0]), *y = T(E, n->out[0]);
    sbuf *b = E->b;
    const char *X = NAME(E, n->in[0]), *Y = NAME(E, n->out[0]), *op = store(n);
    P(b, I1 "/* %s -> %s */\n", x->name, y->name);
    if (y->rank == 4 && y->batched) {
        kiln_geom g = kiln_geometry(y);
        P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
        P(b, I1 "for (int n = 0; n < nb; n++)\n");
        P(b, I2 "for (int cb = 0; cb < %d; cb++)\n", g.CB);
        P(b, I3 "for (int hp = 0; hp < %d; hp++)\n", g.Hp);
        P(b, I4 "for (int wp = 0; wp < %d; wp++)\n", g.Wp);
        P(b, I5 "for (int cl = 0; cl < %ld; cl++) {\n", g.pixel);
        P(b, I5 "    const int h = hp - %d, w = wp - %d, c = cb * %ld + cl;\n", g.top, g.left, g.pixel);
        P(b, I5 "    const float v = h >= 0 && h < %d && w >= 0 && w < %d && c < %d ? %s : 0.0f;\n", g.H, g.W, g.C,
          source_at(E, x, X, "n", "h", "w", "c"));
        P(b, I5 "    %s[(long)n * %ld + (long)cb * %ld + (long)hp * %ld + (long)wp * %ld + cl] %s v;\n", Y, g.sample,
          g.cblock, g.row, g.pixel, op);
        P(b, I5 "}\n");
        return;
    }
    if (y->form == FORM_CONV_W) {
        int KH = y->dims[0], KW = y->dims[1], C = y->dims[2], F = y->dims[3], VLB = y->block, IB = y->icb;
        int OCB = (F + VLB - 1) / VLB, ICBN = (C + IB - 1) / IB;
        P(b, I1 "/* (%d, %d, %d, %d) HWIO -> (%d, %d, %d, %d, %d, %d): [oc block][ic block][kh][kw][ic][oc] */\n", KH,
          KW, C, F, OCB, ICBN, KH, KW, IB, VLB);
        P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
        P(b, I1 "for (int ob = 0; ob < %d; ob++)\n", OCB);
        P(b, I2 "for (int ib = 0; ib < %d; ib++)\n", ICBN);
        P(b, I3 "for (int kh = 0; kh < %d; kh++)\n", KH);
        P(b, I4 "for (int kw = 0; kw < %d; kw++)\n", KW);
        P(b, I5 "for (int ic = 0; ic < %d; ic++)\n", IB);
        P(b, I5 "    for (int oc = 0; oc < %d; oc++) {\n", VLB);
        P(b, I5 "        const int c = ib * %d + ic, f = ob * %d + oc;\n", IB, VLB);
        P(b, I5 "        %s[((((long)ob * %d + ib) * %d + kh) * %d + kw) * %d + ic * %d + oc] %s c < %d && f < %d ? "
             "%s[((kh * %d + kw) * %d + c) * %d + f] : 0.0f;\n",
          Y, ICBN, KH, KW, IB * VLB, VLB, op, C, F, X, KW, C, F);
        P(b, I5 "    }\n");
        return;
    }
    if (y->form == FORM_CONV_WT) {
        int KH = y->dims[0], KW = y->dims[1], C = y->dims[2], F = y->dims[3], B = y->block;
        int CB = (C + B - 1) / B, FB = (F + B - 1) / B;
        P(b, I1 "/* (%d, %d, %d, %d) HWIO -> (%d, %d, %d, %d, %d, %d): [c block][f block][p][q][f][c] = "
             "w[%d-p][%d-q][c][f] */\n", KH, KW, C, F, CB, FB, KH, KW, B, B, KH - 1, KW - 1);
        P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
        P(b, I1 "for (int cb = 0; cb < %d; cb++)\n", CB);
        P(b, I2 "for (int fb = 0; fb < %d; fb++)\n", FB);
        P(b, I3 "for (int p = 0; p < %d; p++)\n", KH);
        P(b, I4 "for (int q = 0; q < %d; q++)\n", KW);
        P(b, I5 "for (int fl = 0; fl < %d; fl++)\n", B);
        P(b, I5 "    for (int cl = 0; cl < %d; cl++) {\n", B);
        P(b, I5 "        const int c = cb * %d + cl, f = fb * %d + fl;\n", B, B);
        P(b, I5 "        %s[((((long)cb * %d + fb) * %d + p) * %d + q) * %d + fl * %d + cl] %s c < %d && f < %d ? "
             "%s[(((%d - p) * %d + (%d - q)) * %d + c) * %d + f] : 0.0f;\n",
          Y, FB, KH, KW, B * B, B, op, C, F, X, KH - 1, KW, KW - 1, C, F);
        P(b, I5 "    }\n");
        return;
    }
    if (x->form == FORM_CONV_W && y->form == FORM_KERAS) {
        int KH = x->dims[0], KW = x->dims[1], C = x->dims[2], F = x->dims[3], B = x->block, IB = x->icb;
        int ICBN = (C + IB - 1) / IB;
        P(b, I1 "/* (%d, %d, %d, %d, %d, %d) [oc block][ic block][kh][kw][ic][oc] -> HWIO (%d, %d, %d, %d) */\n",
          (F + B - 1) / B, ICBN, KH, KW, IB, B, KH, KW, C, F);
        P(b, I1 "#pragma omp for schedule(static)\n");
        P(b, I1 "for (int kh = 0; kh < %d; kh++)\n", KH);
        P(b, I2 "for (int kw = 0; kw < %d; kw++)\n", KW);
        P(b, I3 "for (int c = 0; c < %d; c++)\n", C);
        P(b, I4 "for (int f = 0; f < %d; f++)\n", F);
        P(b, I5 "%s[((kh * %d + kw) * %d + c) * %d + f] %s %s[((((long)(f / %d) * %d + c / %d) * %d + kh) * %d + kw) * "
             "%d + (c %% %d) * %d + f %% %d];\n",
          Y, KW, C, F, op, X, B, ICBN, IB, KH, KW, IB * B, IB, B, B);
        return;
    }
    if (y->form == FORM_GEMM_W || y->form == FORM_GEMM_WT) {
        int K = y->dims[0], M = y->dims[1], tr = y->form == FORM_GEMM_WT;
        P(b, I1 "/* (%d, %d) -> %s (%d, %d), zero-padded */\n", K, M, tr ? "transposed" : "padded", tr ? M : K, y->cpad);
        P(b, I1 "#pragma omp for schedule(static)\n");
        if (tr) {
            /* In 16x16 tiles: each source line is read once and the tile's 16 destination lines stay in L1
             * (row by row, every source element was a line of its own: 15 GB/s for a 700x128 kernel). */
            P(b, I1 "for (int r0 = 0; r0 < %d; r0 += 16)  /* 16x16 tiles */\n", M);
            P(b, I2 "for (int c0 = 0; c0 < %d; c0 += 16)\n", y->cpad);
            if (y->cpad % 16) P(b, I3 "for (int c = c0; c < c0 + 16 && c < %d; c++)\n", y->cpad);
            else P(b, I3 "for (int c = c0; c < c0 + 16; c++)\n");
            if (M % 16) P(b, I4 "for (int r = r0; r < r0 + 16 && r < %d; r++)", M);
            else P(b, I4 "for (int r = r0; r < r0 + 16; r++)");
            if (K < y->cpad) P(b, " %s[(long)r * %d + c] %s c < %d ? %s[(long)c * %d + r] : 0.0f;\n", Y, y->cpad, op, K, X, M);
            else P(b, " %s[(long)r * %d + c] %s %s[(long)c * %d + r];\n", Y, y->cpad, op, X, M);
            return;
        }
        P(b, I1 "for (int r = 0; r < %d; r++)\n", K);
        P(b, I2 "for (int c = 0; c < %d; c++) %s[(long)r * %d + c] %s c < %d ? %s[(long)r * %d + c] : 0.0f;\n", y->cpad, Y,
          y->cpad, op, M, X, M);
        return;
    }
    if (x->form == FORM_VEC && y->form == FORM_KERAS) {
        P(b, I1 "#pragma omp single\n");
        P(b, I1 "for (int c = 0; c < %d; c++) %s[c] %s %s[c];\n", y->dims[0], Y, op, X);
        return;
    }
    if (y->form == FORM_VEC) {
        P(b, I1 "#pragma omp single\n");
        P(b, I1 "for (int c = 0; c < %d; c++) %s[c] %s c < %d ? %s[c] : 0.0f;\n", y->cpad, Y, op, x->dims[x->rank - 1],
          X);
        return;
    }
    if (y->rank == 2 && y->batched) {
        P(b, I1 "#pragma omp for schedule(static)\n");
        P(b, I1 "for (int n = 0; n < nb; n++)\n");
        P(b, I2 "for (int c = 0; c < %d; c++) %s[(long)n * %d + c] %s c < %d ? %s : 0.0f;\n", y->cpad, Y, y->cpad, op,
          y->dims[1], source_at(E, x, X, "n", "c", "", ""));
        return;
    }
    if (x->block || y->block || x->form || y->form) KILN_BUG("reorder %s: no emitter for this pair of layouts", n->name);
    int64_t per = kiln_tensor_per_sample(E->g, n->in[0]);
    P(b, I1 "#pragma omp for schedule(static)\n");
    if (x->batched) P(b, I1 "for (long e = 0; e < (long)nb * %lld; e++)\n", (long long)per);
    else P(b, I1 "for (long e = 0; e < %lld; e++)\n", (long long)x->size);
    P(b, I2 "%s[e] %s %s[e];\n", Y, op, X);
}

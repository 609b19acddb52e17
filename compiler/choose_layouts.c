/* choose_layouts.c — the physical layout of every tensor (docs/architecture.md §4).
 *
 * Parameters, gradients, optimizer moments, state, the input and the labels
 * keep Keras's layouts: the runtime, checkpoints and the reference
 * interpreter see only those.  For the generic ISA every tensor keeps them,
 * and the generic kernel family (plain loops) reads and writes them.
 *
 * For a vector ISA of VL lanes, activations around the convolutions are
 * channel-blocked: nChw{VL}c, (N, ceil(C/VL), H, W, VL), channels padded with
 * zeros, and with a zero halo of rows and columns around H and W where a
 * convolution reads past the border ('same' padding), so its microkernel
 * never tests a bound.  Tensors joined by elementwise ops that map zero to
 * zero (ReLU and its gradient, ...) form a class that shares one layout, so
 * those ops run over the stored elements as they lie.  A class is blocked
 * when a convolution touches it and nothing pins it to Keras's layout (the
 * input, a Flatten view, a tensor outside the arena); a class of at most
 * VL/2 channels whose nodes all take it so (half_ok) in blocks of VL/2.
 *
 * Weights are pre-blocked once per step into arena copies: a REORDER node
 * before the kernels that read them.  Where a node needs another layout than
 * its operand has, a REORDER node is added: before it for an input, after it
 * (through a temporary) for an output — only at those edges.
 *
 * storage is what plan_memory places: the elements of the physical layout
 * for the full batch.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "ir.h"

/* ---- layouts ---- */

typedef struct {
    int block, form, cpad, icb, halo[4];
} layout;

static layout keras_layout(const kiln_tensor *t)
{
    layout l = {0, FORM_KERAS, t->rank ? t->dims[t->rank - 1] : 1, 0, {0, 0, 0, 0}};
    return l;
}

static layout layout_of(const kiln_tensor *t)
{
    layout l = {t->block, t->form, t->cpad, t->icb, {t->halo[0], t->halo[1], t->halo[2], t->halo[3]}};
    return l;
}

static int same_layout(layout a, layout b)
{
    return a.block == b.block && a.form == b.form && a.cpad == b.cpad && a.icb == b.icb &&
           !memcmp(a.halo, b.halo, sizeof a.halo);
}

static int round_up(int v, int m) { return m > 0 ? (v + m - 1) / m * m : v; }

/* floor and ceiling of a / b for b > 0, a of any sign */
static int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
static int ceil_div(int a, int b) { return -floor_div(-a, b); }

/* Backward-data of a convolution, phase by phase (emit_conv.c): the rows h
 * of dx with (h + pt) mod s = phi take the taps p = phi, phi + s, ... (T of
 * them) at rows u - T + 1 ... u of dy, u = (h + pt - phi) / s.  The halo dy
 * must carry so that every phase reads inside it: before row 0 and after
 * the last, per axis.  For s = 1 this is (KH-1-pt, H-OH+pt). */
static void bwd_data_axis(int H, int OH, int K, int s, int pt, int *before, int *after)
{
    *before = *after = 0;
    for (int phi = 0; phi < s; phi++) {
        int T = phi < K ? (K - phi + s - 1) / s : 0;
        int u_lo = ceil_div(pt - phi, s), u_hi = floor_div(H - 1 + pt - phi, s);
        if (!T || u_lo > u_hi) continue;
        if (T - 1 - u_lo > *before) *before = T - 1 - u_lo;
        if (u_hi - (OH - 1) > *after) *after = u_hi - (OH - 1);
    }
}

static void bwd_data_halo(const kiln_node *n, const kiln_tensor *dy, const kiln_tensor *dx, const kiln_tensor *w,
                          int halo[4])
{
    bwd_data_axis(dx->dims[1], dy->dims[1], w->dims[0], n->a.sh, n->a.pad_top, &halo[0], &halo[2]);
    bwd_data_axis(dx->dims[2], dy->dims[2], w->dims[1], n->a.sw, n->a.pad_left, &halo[1], &halo[3]);
}

/* The blocked backward-data handles every stride (phase by phase). */
static int blocked_bwd_data(const kiln_node *n) { (void)n; return 1; }

/* Pooling and batch normalization have blocked kernels: 'valid' max-pooling
 * (a 'same' one pads with -inf, not with a zero halo) and BatchNormalization
 * of images.  The ops whose image operands may be blocked, and which. */
static int blocked_pool(const kiln_node *n) { return !n->a.same; }

static int blocked_operand(const kiln_graph *g, const kiln_node *n, int k)
{
    int t = k < n->nin ? n->in[k] : n->out[k - n->nin];
    if (t < 0 || g->t[t].rank != 4 || !g->t[t].batched) return 0;
    switch (n->op) {
    case OP_MAXPOOL: case OP_MAXPOOL_BWD: return blocked_pool(n);
    case OP_BN_TRAIN: case OP_BN_INFER: return k == 0 || k == n->nin;
    case OP_BN_BWD: return k <= 1 || k == n->nin;
    default: return 0;
    }
}

/* Elements of t's storage in layout l, for the full batch. */
static int64_t storage_of(const kiln_tensor *t, layout l)
{
    switch (l.form) {
    case FORM_CONV_W: {  /* (ceil(F/b), ceil(C/icb), KH, KW, icb, b) */
        int64_t ocb = (t->dims[3] + l.block - 1) / l.block, icbn = (t->dims[2] + l.icb - 1) / l.icb;
        return ocb * icbn * t->dims[0] * t->dims[1] * l.icb * l.block;
    }
    case FORM_CONV_WT: {  /* (ceil(C/b), ceil(F/b), KH, KW, b, b) */
        int64_t cb = (t->dims[2] + l.block - 1) / l.block, fb = (t->dims[3] + l.block - 1) / l.block;
        return cb * fb * t->dims[0] * t->dims[1] * l.block * l.block;
    }
    case FORM_VEC: return l.cpad;
    case FORM_GEMM_W: return (int64_t)t->dims[0] * l.cpad;
    case FORM_GEMM_WT: return (int64_t)t->dims[1] * l.cpad;
    default: break;
    }
    if (t->rank == 4 && t->batched) {
        int64_t hp = t->dims[1] + l.halo[0] + l.halo[2], wp = t->dims[2] + l.halo[1] + l.halo[3];
        return (int64_t)t->dims[0] * hp * wp * l.cpad;
    }
    if (t->rank == 2 && t->batched) return (int64_t)t->dims[0] * l.cpad;
    return t->size;
}

static void set_layout(kiln_tensor *t, layout l)
{
    t->block = l.block;
    t->form = l.form;
    t->cpad = l.cpad;
    t->icb = l.icb;
    memcpy(t->halo, l.halo, sizeof t->halo);
    t->storage = storage_of(t, l);
}

/* ---- what each node needs ---- */

/* Ops whose output is elementwise in their inputs with f(0, ...) = 0, so they
 * run over a blocked, zero-padded, zero-haloed tensor as stored. */
static int zero_preserving(kiln_op op)
{
    switch (op) {
    case OP_RELU: case OP_RELU_BWD: case OP_LEAKY_RELU: case OP_LEAKY_RELU_BWD:
    case OP_TANH: case OP_TANH_BWD:
        return 1;
    default: return 0;
    }
}

/* Input channels at which the forward convolution reads a Keras-layout
 * input itself (the first layer: no backward-data, nothing to block). */
#define FIRST_LAYER_MAX_C 4

/* Halo a convolution or pooling window needs around its input: the rows and
 * columns it reads outside the image (Keras 'same': top/left = total/2). */
static void window_halo(const kiln_node *n, const kiln_tensor *x, const kiln_tensor *y, int kh, int kw,
                        int halo[4])
{
    int bottom = (y->dims[1] - 1) * n->a.sh + kh - x->dims[1] - n->a.pad_top;
    int right = (y->dims[2] - 1) * n->a.sw + kw - x->dims[2] - n->a.pad_left;
    halo[0] = n->a.pad_top;
    halo[1] = n->a.pad_left;
    halo[2] = bottom > 0 ? bottom : 0;
    halo[3] = right > 0 ? right : 0;
}

static int half_ok(const kiln_graph *g, const kiln_node *n, int k);

/* The layout node n needs for operand k (k < nin: input k; else output
 * k - nin), given the layout `cur` the tensor has now. */
static layout wanted(const kiln_graph *g, const kiln_node *n, int k, layout cur)
{
    int VL = g->isa->lanes;
    /* the block the node's kernels take this operand in: the vector's, or
     * half of it where assign_classes gave the class half blocks */
    int HB = VL >= 8 && cur.block == VL / 2 && half_ok(g, n, k) ? VL / 2 : VL;
    int t = k < n->nin ? n->in[k] : n->out[k - n->nin];
    const kiln_tensor *x = &g->t[t];
    if (VL <= 1) return keras_layout(x);
    if (n->op == OP_CONV2D) {
        const kiln_tensor *in = &g->t[n->in[0]], *w = &g->t[n->in[1]], *y = &g->t[n->out[0]];
        int need[4];
        window_halo(n, in, y, w->dims[0], w->dims[1], need);
        int C = in->dims[3], F = w->dims[3];
        layout xin = layout_of(in);
        if (k == 0) {
            layout l = cur;
            if (!(cur.block == HB || (cur.block == 0 && C <= FIRST_LAYER_MAX_C)) || cur.form != FORM_KERAS) {
                l = keras_layout(x);
                if (C > FIRST_LAYER_MAX_C) l.block = VL, l.cpad = round_up(C, VL);
            }
            for (int i = 0; i < 4; i++)
                if (l.halo[i] < need[i]) l.halo[i] = need[i];
            return l;
        }
        if (k == 1) {
            layout l = {VL, FORM_CONV_W, round_up(F, VL), 0, {0, 0, 0, 0}};
            l.icb = xin.block ? xin.block : C;
            return l;
        }
        if (k == 2) return (layout){0, FORM_VEC, round_up(F, VL), 0, {0, 0, 0, 0}};
        /* output: blocked, with whatever halo its class keeps; or Keras's NHWC
         * when its class stays there (before a Flatten): the epilogue stores
         * each channel vector into its pixel */
        if (cur.block == HB && cur.form == FORM_KERAS) return cur;
        if (cur.block == 0 && cur.form == FORM_KERAS && !cur.halo[0] && !cur.halo[1] && !cur.halo[2] && !cur.halo[3])
            return cur;
        layout l = keras_layout(x);
        l.block = VL;
        l.cpad = round_up(F, VL);
        return l;
    }
    if (n->op == OP_CONV2D_BWD_DATA && blocked_bwd_data(n)) {
        const kiln_tensor *dy = &g->t[n->in[0]], *w = &g->t[n->in[1]], *dx = &g->t[n->out[0]];
        if (k == 0) {
            int need[4];
            bwd_data_halo(n, dy, dx, w, need);
            layout l = cur;
            if (cur.block != VL || cur.form != FORM_KERAS) {
                l = keras_layout(x);
                l.block = VL;
                l.cpad = round_up(dy->dims[3], VL);
            }
            for (int i = 0; i < 4; i++)
                if (l.halo[i] < need[i]) l.halo[i] = need[i];
            return l;
        }
        if (k == 1) return (layout){VL, FORM_CONV_WT, round_up(w->dims[2], VL), VL, {0, 0, 0, 0}};
        if (cur.block == HB && cur.form == FORM_KERAS) return cur;
        layout l = keras_layout(x);
        l.block = VL;
        l.cpad = round_up(dx->dims[3], VL);
        return l;
    }
    if (n->op == OP_CONV2D_BWD_WEIGHTS) {
        const kiln_tensor *dy = &g->t[n->in[0]], *in = &g->t[n->in[1]], *dw = &g->t[n->out[0]];
        int C = in->dims[3], F = dy->dims[3];
        if (k == 0) {
            if (cur.block == HB && cur.form == FORM_KERAS) return cur;
            layout l = keras_layout(x);
            l.block = VL;
            l.cpad = round_up(F, VL);
            return l;
        }
        if (k == 1) {
            /* as the forward reads it */
            layout l = cur;
            if (!(cur.block == HB || (cur.block == 0 && C <= FIRST_LAYER_MAX_C)) || cur.form != FORM_KERAS) {
                l = keras_layout(x);
                if (C > FIRST_LAYER_MAX_C) l.block = VL, l.cpad = round_up(C, VL);
            }
            int need[4];
            const kiln_tensor *yy = dy;
            window_halo(n, in, yy, dw->dims[0], dw->dims[1], need);
            for (int i = 0; i < 4; i++)
                if (l.halo[i] < need[i]) l.halo[i] = need[i];
            return l;
        }
        const kiln_tensor *xin = &g->t[n->in[1]];
        if (k == n->nin) {
            layout l = {VL, FORM_CONV_W, round_up(F, VL), 0, {0, 0, 0, 0}};
            l.icb = xin->block ? xin->block : C;
            return l;
        }
        return (layout){0, FORM_VEC, round_up(F, VL), 0, {0, 0, 0, 0}};
    }
    if (n->op == OP_DENSE || n->op == OP_DENSE_BWD_DATA) {
        /* the vector GEMM reads its kernel with rows padded to whole vectors */
        const kiln_tensor *w = &g->t[n->in[1]];
        int K = w->dims[0], M = w->dims[1];
        if (k == 1 && n->op == OP_DENSE)
            return M % VL ? (layout){0, FORM_GEMM_W, round_up(M, VL), 0, {0, 0, 0, 0}} : keras_layout(x);
        if (k == 1) return (layout){0, FORM_GEMM_WT, round_up(K, VL), 0, {0, 0, 0, 0}};
        if (k == 2 && n->op == OP_DENSE && M % VL)
            return (layout){0, FORM_VEC, round_up(M, VL), 0, {0, 0, 0, 0}};
        return keras_layout(x);
    }
    if (blocked_operand(g, n, k)) {
        /* any blocked layout and halo, as the tensor is */
        if (cur.block == HB && cur.form == FORM_KERAS) return cur;
        layout l = keras_layout(x);
        l.block = VL;
        l.cpad = round_up(x->dims[3], VL);
        return l;
    }
    if ((n->op == OP_DROPOUT && k == 0) || (n->op == OP_DROPOUT_BWD && k == n->nin)) {
        /* dropout reads its input, and its backward writes its gradient, in
         * any layout (its masks and the rest in Keras's, at the logical
         * index the reference draws them at) */
        if (cur.form == FORM_KERAS) return cur;
    }
    if (zero_preserving(n->op) && x->rank == 4 && x->batched) {
        /* every operand in the layout of the first output */
        const kiln_tensor *o = &g->t[n->out[0]];
        return layout_of(o);
    }
    return keras_layout(x);
}

/* ---- classes of tensors that share a layout ---- */

static int find(int *p, int x)
{
    while (p[x] != x) x = p[x] = p[p[x]];
    return x;
}

static void join(int *p, int a, int b)
{
    a = find(p, a);
    b = find(p, b);
    if (a != b) p[a < b ? b : a] = a < b ? a : b;
}

/* Could schedule.c give this convolution node a Winograd kernel (3x3,
 * stride 1, its image operands blocked by the vector)?  Those keep whole
 * vectors of channels. */
static int may_winograd(const kiln_graph *g, const kiln_node *n)
{
    const kiln_tensor *w = &g->t[n->op == OP_CONV2D_BWD_WEIGHTS ? n->out[0] : n->in[1]];
    if (w->dims[0] != 3 || w->dims[1] != 3 || n->a.sh != 1 || n->a.sw != 1) return 0;
    if (n->op == OP_CONV2D_BWD_DATA) return 1;
    return g->t[n->in[n->op == OP_CONV2D ? 0 : 1]].dims[3] > FIRST_LAYER_MAX_C;  /* x blocked */
}

/* May node n's operand k lie in half-vector channel blocks (nChw{VL/2}c,
 * for a class of at most VL/2 channels: half the bytes of padding them to
 * a vector)?  The operands whose kernels read and write them so: a direct
 * convolution's input and output, a backward-data's output, a
 * backward-weights' dy and x, and the elementwise ops of the class. */
static int half_ok(const kiln_graph *g, const kiln_node *n, int k)
{
    switch (n->op) {
    case OP_CONV2D: return (k == 0 || k == n->nin) && !may_winograd(g, n);
    case OP_CONV2D_BWD_DATA: return k == n->nin && !may_winograd(g, n);
    case OP_CONV2D_BWD_WEIGHTS: return (k == 0 || k == 1) && !may_winograd(g, n);
    case OP_RELU: case OP_RELU_BWD: return 1;
    default: return 0;
    }
}

/* Decides the layout of every activation class (see the top of the file). */
static void assign_classes(kiln_graph *g)
{
    int VL = g->isa->lanes, nt = g->nt;
    int *p = malloc(sizeof(int) * (size_t)nt);
    for (int t = 0; t < nt; t++) p[t] = t;
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        if (!zero_preserving(n->op)) continue;
        int first = -1;
        for (int k = 0; k < n->nin + n->nout; k++) {
            int t = k < n->nin ? n->in[k] : n->out[k - n->nin];
            if (t < 0 || g->t[t].rank != 4 || !g->t[t].batched) continue;
            t = kiln_tensor_storage(g, t);
            if (first < 0) first = t;
            else join(p, first, t);
        }
    }
    char *conv = calloc((size_t)nt, 1), *pinned = calloc((size_t)nt, 1);
    int(*halo)[4] = calloc((size_t)nt, sizeof *halo);
    int *cmax = calloc((size_t)nt, sizeof *cmax);
    for (int t = 0; t < nt; t++) {
        const kiln_tensor *x = &g->t[t];
        int r = find(p, kiln_tensor_storage(g, t));
        if (x->role != KILN_ROLE_ACT || x->rank != 4 || !x->batched) pinned[r] = 1;
        if (x->alias >= 0) pinned[find(p, kiln_tensor_storage(g, x->alias))] = 1;
        if (x->rank == 4 && x->dims[3] > cmax[r]) cmax[r] = x->dims[3];
    }
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        if (n->op == OP_CONV2D_BWD_DATA && blocked_bwd_data(n)) {
            int rdy = find(p, kiln_tensor_storage(g, n->in[0])), rdx = find(p, kiln_tensor_storage(g, n->out[0]));
            conv[rdy] = conv[rdx] = 1;
            int need[4];
            bwd_data_halo(n, &g->t[n->in[0]], &g->t[n->out[0]], &g->t[n->in[1]], need);
            for (int j = 0; j < 4; j++)
                if (need[j] > halo[rdy][j]) halo[rdy][j] = need[j];
            continue;
        }
        if (n->op == OP_CONV2D_BWD_WEIGHTS) {
            conv[find(p, kiln_tensor_storage(g, n->in[0]))] = 1;
            continue;
        }
        for (int k = 0; k < n->nin + n->nout; k++)
            if (blocked_operand(g, n, k)) {
                int t = k < n->nin ? n->in[k] : n->out[k - n->nin];
                conv[find(p, kiln_tensor_storage(g, t))] = 1;
            }
        if (n->op != OP_CONV2D) continue;
        const kiln_tensor *in = &g->t[n->in[0]], *w = &g->t[n->in[1]], *y = &g->t[n->out[0]];
        int ry = find(p, kiln_tensor_storage(g, n->out[0]));
        conv[ry] = 1;
        if (in->dims[3] > FIRST_LAYER_MAX_C) {
            int rx = find(p, kiln_tensor_storage(g, n->in[0]));
            conv[rx] = 1;
            int need[4];
            window_halo(n, in, y, w->dims[0], w->dims[1], need);
            for (int j = 0; j < 4; j++)
                if (need[j] > halo[rx][j]) halo[rx][j] = need[j];
        }
    }
    /* half-vector blocks: a class of at most VL/2 channels whose every
     * reader and writer takes them (half_ok) */
    char *half = calloc((size_t)nt, 1);
    for (int t = 0; t < nt; t++) half[t] = VL >= 8 && cmax[t] <= VL / 2;
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        for (int k = 0; k < n->nin + n->nout; k++) {
            int t = k < n->nin ? n->in[k] : n->out[k - n->nin];
            if (t < 0 || g->t[t].rank != 4 || !g->t[t].batched) continue;
            if (!half_ok(g, n, k)) half[find(p, kiln_tensor_storage(g, t))] = 0;
        }
    }
    for (int t = 0; t < nt; t++) {
        kiln_tensor *x = &g->t[t];
        if (x->alias >= 0) continue;
        int r = find(p, t);
        if (x->role != KILN_ROLE_ACT || x->rank != 4 || !x->batched || !conv[r] || pinned[r]) continue;
        layout l = keras_layout(x);
        l.block = half[r] ? VL / 2 : VL;
        l.cpad = round_up(cmax[r], l.block);
        memcpy(l.halo, halo[r], sizeof l.halo);
        set_layout(x, l);
    }
    free(p);
    free(half);
    free(conv);
    free(pinned);
    free(halo);
    free(cmax);
}

/* ---- REORDER nodes at the edges ---- */

typedef struct {
    int src, dst, entries;
    layout l;
} copy_entry;

typedef struct {
    kiln_graph *g;
    kiln_node *out;      /* the new node list */
    int nout, cap;
    copy_entry *copies;  /* reordered inputs already made, per entry group */
    int ncopies, capc;
} rewriter;

static void push(rewriter *R, const kiln_node *n)
{
    if (R->nout == R->cap) {
        R->cap = R->cap ? 2 * R->cap : 64;
        kiln_node *m = KILN_NEW(R->g->arena, kiln_node, R->cap);
        if (R->nout) memcpy(m, R->out, sizeof *m * (size_t)R->nout);
        R->out = m;
    }
    R->out[R->nout++] = *n;
}

static const char *layout_suffix(kiln_arena *a, layout l)
{
    switch (l.form) {
    case FORM_CONV_W: return kiln_arena_printf(a, "blocked%d", l.block);
    case FORM_CONV_WT: return kiln_arena_printf(a, "flipped%d", l.block);
    case FORM_GEMM_W: return kiln_arena_printf(a, "padded%d", l.cpad);
    case FORM_GEMM_WT: return kiln_arena_printf(a, "transposed%d", l.cpad);
    case FORM_VEC: return kiln_arena_printf(a, "padded%d", l.cpad);
    default: break;
    }
    if (l.block) return kiln_arena_printf(a, "nChw%dc", l.block);
    return l.halo[0] || l.halo[1] || l.halo[2] || l.halo[3] ? "padded" : "nhwc";
}

/* A new arena tensor with t's shape in layout l, named t.what (t.what.2, ...
 * when that name is taken). */
static int copy_tensor(kiln_graph *g, int t, layout l, const char *what)
{
    char name[256];
    snprintf(name, sizeof name, "%s.%s", g->t[t].name, what);
    for (int k = 2;; k++) {
        int taken = 0;
        for (int u = 0; u < g->nt && !taken; u++) taken = !strcmp(g->t[u].name, name);
        if (!taken) break;
        snprintf(name, sizeof name, "%s.%s.%d", g->t[t].name, what, k);
    }
    const kiln_tensor *x = &g->t[t];
    int c = kiln_graph_add_tensor(g, name, x->origin, KILN_ROLE_ACT, x->dtype, x->rank, x->dims, x->batched);
    set_layout(&g->t[c], l);
    return c;
}

static kiln_node reorder_node(kiln_graph *g, int src, int dst, int entries, int accumulate,
                              const char *origin)
{
    kiln_node r;
    memset(&r, 0, sizeof r);
    r.op = OP_REORDER;
    r.nin = r.nout = 1;
    for (int i = 0; i < KILN_MAX_IN; i++) r.in[i] = -1;
    for (int i = 0; i < KILN_MAX_OUT; i++) r.out[i] = -1;
    r.in[0] = src;
    r.out[0] = dst;
    r.entries = entries;
    r.a.accumulate = accumulate;
    r.group = -1;
    r.name = kiln_arena_printf(g->arena, "reorder.%s", g->t[dst].name);
    r.origin = origin;
    return r;
}

void kiln_choose_layouts(kiln_graph *g)
{
    for (int t = 0; t < g->nt; t++) {
        kiln_tensor *x = &g->t[t];
        set_layout(x, keras_layout(x));
        x->kernel_local = 0;
    }
    if (g->isa->lanes <= 1) return;
    assign_classes(g);
    for (int t = 0; t < g->nt; t++) {  /* a Flatten view shares its storage's layout */
        kiln_tensor *x = &g->t[t];
        if (x->alias >= 0) {
            layout l = layout_of(&g->t[kiln_tensor_storage(g, t)]);
            if (l.block) KILN_BUG("Flatten view %s of a blocked tensor", x->name);
        }
    }

    rewriter R = {.g = g};
    int n0 = g->nn;
    kiln_node *old = g->n;
    for (int i = 0; i < n0; i++) {
        kiln_node n = old[i];
        kiln_node after[KILN_MAX_OUT];
        int nafter = 0;
        for (int k = 0; k < n.nin; k++) {
            int t = n.in[k];
            if (t < 0) continue;
            layout have = layout_of(&g->t[t]), want = wanted(g, &n, k, have);
            if (same_layout(have, want)) continue;
            /* the group of entries a copy serves: train, or eval and predict */
            int grp = n.entries & ENTRY_TRAIN ? ENTRY_TRAIN : ENTRY_EVAL | ENTRY_PREDICT;
            int c = -1;  /* a copy made for an earlier node that this one reads as it is */
            for (int j = 0; j < R.ncopies && c < 0; j++)
                if (R.copies[j].src == t && R.copies[j].entries == grp &&
                    (same_layout(R.copies[j].l, want) ||
                     same_layout(wanted(g, &n, k, R.copies[j].l), R.copies[j].l)))
                    c = R.copies[j].dst;
            if (c < 0) {
                c = copy_tensor(g, t, want, layout_suffix(g->arena, want));
                kiln_node r = reorder_node(g, t, c, n.entries, 0, n.origin);
                push(&R, &r);
                if (R.ncopies == R.capc) {
                    R.capc = R.capc ? 2 * R.capc : 32;
                    copy_entry *e = realloc(R.copies, sizeof *e * (size_t)R.capc);
                    if (!e) KILN_BUG("out of memory");
                    R.copies = e;
                }
                R.copies[R.ncopies++] = (copy_entry){t, c, grp, want};
            } else {
                /* widen the existing reorder to this node's entries */
                for (int j = 0; j < R.nout; j++)
                    if (R.out[j].op == OP_REORDER && R.out[j].out[0] == c) R.out[j].entries |= n.entries;
            }
            n.in[k] = c;
        }
        /* Outputs: the node writes a temporary in the layout it wants, a
         * reorder stores it.  An accumulating node writes every output fresh
         * then, and its reorders accumulate. */
        int any = 0;
        for (int k = 0; k < n.nout; k++)
            if (n.out[k] >= 0 && !same_layout(layout_of(&g->t[n.out[k]]),
                                              wanted(g, &n, n.nin + k, layout_of(&g->t[n.out[k]]))))
                any = 1;
        for (int k = 0; any && k < n.nout; k++) {
            int t = n.out[k];
            if (t < 0) continue;
            layout have = layout_of(&g->t[t]), want = wanted(g, &n, n.nin + k, have);
            if (same_layout(have, want) && !n.a.accumulate) continue;
            int tmp = copy_tensor(g, t, want, "part");
            after[nafter++] = reorder_node(g, tmp, t, n.entries, n.a.accumulate, n.origin);
            n.out[k] = tmp;
        }
        if (any) n.a.accumulate = 0;
        push(&R, &n);
        for (int j = 0; j < nafter; j++) push(&R, &after[j]);
    }
    free(R.copies);
    g->n = R.out;
    g->nn = g->cap_n = R.nout;
}

int kiln_layout_expected(const kiln_graph *g, const kiln_kernel *k, int t)
{
    const kiln_node *n = &g->n[k->anchor];
    for (int j = 0; j < n->nin + n->nout; j++) {
        int u = j < n->nin ? n->in[j] : n->out[j - n->nin];
        if (u != t) continue;
        if (n->op == OP_REORDER) return g->t[t].block;  /* a reorder takes any layouts */
        layout w = wanted(g, n, j, layout_of(&g->t[t]));
        return w.block;
    }
    return g->t[t].block;  /* a scratch tensor: the kernel's own */
}

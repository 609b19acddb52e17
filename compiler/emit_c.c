/* emit_c.c — the graph as one C translation unit.
 *
 * Output, in order: a banner; a verbatim copy of kiln_abi.h (so the file
 * compiles alone); one function per node — a kernel named by its op and
 * output shape (k07_conv2d_fwd_n128_h26w26c32) under a comment listing the
 * node, its model-file origin and its formula; the module descriptor; and
 * the three entry points, which name every buffer after its tensor and call
 * the kernels in node order.  Every shape is a compile-time constant; only
 * the batch loop bound nb (valid samples) is a run-time value.
 *
 * Kernels are plain C written for Clang's vectoriser: the innermost loop of
 * every kernel runs over channels (NHWC) or output features with unit
 * stride and no reduction, so it vectorises without -ffast-math; batched
 * loops are OpenMP static work-sharing loops over samples (or over filter
 * taps for backward-weights), so results are reproducible for a thread count.
 * Register tiling and fusion are the next stage (docs/architecture.md §4).
 *
 * The output is deterministic: no timestamps, no pointers, no hash order.
 */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "kiln.h"
#include "kiln_abi_text.h"

/* ---- string builder ---- */
typedef struct {
    char *s;
    size_t len, cap;
} sbuf;

static void sb_vprintf(sbuf *b, const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (b->len + (size_t)n + 1 > b->cap) {
        b->cap = (b->len + (size_t)n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s) KILN_BUG("out of memory");
    }
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

static void __attribute__((format(printf, 2, 3))) P(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

/* ---- names ---- */
typedef struct {
    const kiln_graph *g;
    kiln_arena *a;
    sbuf *b;
    char **tname;   /* C identifier per tensor */
    char **kname;   /* kernel name per node */
    const char *isa;
} emitter;

static char *c_ident(kiln_arena *a, const char *s)
{
    char *r = kiln_arena_strdup(a, s);
    for (char *p = r; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))) *p = '_';
    return r;
}

/* A float constant as C source that round-trips exactly. */
static const char *flt(kiln_arena *a, double v)
{
    if (isinf(v)) return v > 0 ? "INFINITY" : "-INFINITY";
    char *s = kiln_arena_printf(a, "%.9g", (double)(float)v);
    if (!strpbrk(s, ".eEn")) s = kiln_arena_printf(a, "%s.0", s);
    return kiln_arena_printf(a, "%sf", s);
}

static const kiln_tensor *T(const emitter *E, int id) { return &E->g->t[id]; }

static const char *shape_suffix(kiln_arena *a, const kiln_tensor *t)
{
    if (t->rank == 4 && t->batched)
        return kiln_arena_printf(a, "n%d_h%dw%dc%d", t->dims[0], t->dims[1], t->dims[2], t->dims[3]);
    if (t->rank == 4) return kiln_arena_printf(a, "%dx%dx%dx%d", t->dims[0], t->dims[1], t->dims[2], t->dims[3]);
    if (t->rank == 2 && t->batched) return kiln_arena_printf(a, "n%d_k%d", t->dims[0], t->dims[1]);
    if (t->rank == 2) return kiln_arena_printf(a, "%dx%d", t->dims[0], t->dims[1]);
    if (t->rank == 1) return kiln_arena_printf(a, "%s%d", t->batched ? "n" : "c", t->dims[0]);
    return "";
}

static const char *kernel_base(const kiln_node *n)
{
    switch (n->op) {
    case OP_CONV2D: return "conv2d_fwd";
    case OP_DENSE: return "dense_fwd";
    case OP_MAXPOOL: return "maxpool_fwd";
    case OP_BN_TRAIN: return "batchnorm_fwd_training";
    case OP_BN_INFER: return "batchnorm_fwd_inference";
    case OP_CONV2D_BWD_DATA: return "conv2d_bwd_data";
    case OP_CONV2D_BWD_WEIGHTS: return "conv2d_bwd_weights";
    case OP_DENSE_BWD_DATA: return "dense_bwd_data";
    case OP_DENSE_BWD_WEIGHTS: return "dense_bwd_weights";
    case OP_BN_BWD: return "batchnorm_bwd";
    default: return kiln_ops[n->op].name;
    }
}

/* The tensor whose shape names a kernel: its first output, else first input. */
static int naming_tensor(const kiln_node *n)
{
    for (int k = 0; k < n->nout; k++) if (n->out[k] >= 0) return n->out[k];
    return n->nin ? n->in[0] : -1;
}

/* ---- kernel signatures ---- */
static int reads_and_writes(const kiln_node *n, int k)
{
    return n->op == OP_BN_TRAIN && (k == 3 || k == 4);  /* moving statistics */
}

static int is_loss_fwd(kiln_op op)
{
    return op == OP_SOFTMAX_CE_SPARSE || op == OP_SOFTMAX_CE || op == OP_SIGMOID_BCE || op == OP_MSE ||
           op == OP_REG;
}

static int uses_nb(const kiln_node *n)
{
    if (kiln_ops[n->op].flags & OPF_OPTIMIZER) return 0;
    if (n->op == OP_REG || n->op == OP_REG_BWD) return 0;
    return 1;
}

/* Writes the parameter list; with `call` set, the arguments instead. */
static void params(const emitter *E, const kiln_node *n, int call)
{
    sbuf *b = E->b;
    int first = 1;
#define SEP() (first ? (first = 0, "") : ", ")
    if (kiln_ops[n->op].flags & OPF_OPTIMIZER) {
        if (call) P(b, "P, G, M, V, s->step, s->learning_rate");
        else P(b, "float *restrict p, const float *restrict g, float *restrict m, float *restrict v, "
                  "int64_t t, float lr");
        return;
    }
    for (int k = 0; k < n->nin; k++) {
        if (n->in[k] < 0) continue;
        const kiln_tensor *t = T(E, n->in[k]);
        if (call) P(b, "%s%s", SEP(), E->tname[n->in[k]]);
        else P(b, "%s%s%s *restrict %s", SEP(), reads_and_writes(n, k) ? "" : "const ",
               t->dtype == DT_I32 ? "int32_t" : "float", E->tname[n->in[k]]);
    }
    for (int k = 0; k < n->nout; k++) {
        if (n->out[k] < 0) continue;
        if (call) P(b, "%s%s", SEP(), E->tname[n->out[k]]);
        else P(b, "%sfloat *restrict %s", SEP(), E->tname[n->out[k]]);
    }
    if (n->op == OP_OUTPUT) P(b, "%s%s", SEP(), call ? "s->out" : "float *restrict out");
    if (uses_nb(n)) P(b, "%s%s", SEP(), call ? "nb" : "int nb");
    if (n->op == OP_DROPOUT) P(b, "%s%s", SEP(), call ? "s->seed, s->step" : "uint64_t seed, int64_t step");
    if (is_loss_fwd(n->op)) {
        if (n->op == OP_REG) P(b, "%s%s", SEP(), call ? "&s->loss" : "double *restrict loss");
        else P(b, "%s%s", SEP(), call ? "&s->loss, &s->metric" : "double *restrict loss, double *restrict metric");
    }
#undef SEP
}

/* ---- kernels ---- */
#define I1 "    "
#define I2 "        "
#define I3 "            "
#define I4 "                "
#define I5 "                    "

/* "=" or "+=" for a backward output. */
static const char *store(const kiln_node *n) { return n->a.accumulate ? "+=" : "="; }

static void k_elementwise(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]);
    int64_t per = kiln_tensor_per_sample(E->g, n->in[0]);
    const char *X = E->tname[n->in[0]], *Y = E->tname[n->out[0]];
    const char *X1 = n->nin > 1 ? E->tname[n->in[1]] : "";
    (void)x;
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (long e = (long)n * %lld; e < (long)(n + 1) * %lld; e++) {\n", (long long)per, (long long)per);
    kiln_arena *a = E->a;
    switch (n->op) {
    case OP_RESCALE: P(b, I3 "%s[e] = %s[e] * %s + %s;\n", Y, X, flt(a, n->a.scale), flt(a, n->a.offset)); break;
    case OP_RELU: P(b, I3 "%s[e] = %s[e] > 0.0f ? %s[e] : (%s[e] != %s[e] ? %s[e] : 0.0f);\n", Y, X, X, X, X, X); break;
    case OP_LEAKY_RELU: P(b, I3 "%s[e] = %s[e] > 0.0f ? %s[e] : %s * %s[e];\n", Y, X, X, flt(a, n->a.alpha), X); break;
    case OP_SIGMOID: P(b, I3 "%s[e] = 1.0f / (1.0f + expf(-%s[e]));\n", Y, X); break;
    case OP_TANH: P(b, I3 "%s[e] = tanhf(%s[e]);\n", Y, X); break;
    case OP_DROPOUT_BWD: P(b, I3 "%s[e] %s %s[e] * %s[e];\n", Y, store(n), X, X1); break;
    case OP_RELU_BWD: P(b, I3 "%s[e] %s %s[e] > 0.0f ? %s[e] : 0.0f;\n", Y, store(n), X1, X); break;
    case OP_LEAKY_RELU_BWD:
        P(b, I3 "%s[e] %s %s[e] > 0.0f ? %s[e] : %s * %s[e];\n", Y, store(n), X1, X, flt(a, n->a.alpha), X);
        break;
    case OP_SIGMOID_BWD: P(b, I3 "%s[e] %s %s[e] * %s[e] * (1.0f - %s[e]);\n", Y, store(n), X, X1, X1); break;
    case OP_TANH_BWD: P(b, I3 "%s[e] %s %s[e] * (1.0f - %s[e] * %s[e]);\n", Y, store(n), X, X1, X1); break;
    default: KILN_BUG("not elementwise: %s", kiln_ops[n->op].name);
    }
    P(b, I2 "}\n" I1 "}\n");
}

static void k_dropout(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    int64_t per = kiln_tensor_per_sample(E->g, n->in[0]);
    const char *X = E->tname[n->in[0]], *Y = E->tname[n->out[0]], *M = E->tname[n->out[1]];
    P(b, I1 "const float keep_scale = %s;  /* 1 / (1 - rate) */\n", flt(E->a, 1.0 / (1.0 - n->a.rate)));
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (long e = (long)n * %lld; e < (long)(n + 1) * %lld; e++) {\n", (long long)per, (long long)per);
    P(b, I3 "const float u = kiln_uniform(seed, step, %d, e);\n", n->a.salt);
    P(b, I3 "%s[e] = u >= %s ? keep_scale : 0.0f;\n", M, flt(E->a, n->a.rate));
    P(b, I3 "%s[e] = %s[e] * %s[e];\n", Y, X, M);
    P(b, I2 "}\n" I1 "}\n");
}

static void k_conv2d(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]), *w = T(E, n->in[1]), *y = T(E, n->out[0]);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], OH = y->dims[1], OW = y->dims[2], F = y->dims[3];
    int KH = w->dims[0], KW = w->dims[1];
    const kiln_attrs *a = &n->a;
    int padded = a->pad_top || a->pad_left || (OH - 1) * a->sh + KH > H || (OW - 1) * a->sw + KW > W;
    const char *X = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *Y = E->tname[n->out[0]];
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (int i = 0; i < %d; i++) {\n", OH);
    P(b, I3 "for (int j = 0; j < %d; j++) {\n", OW);
    P(b, I4 "float acc[%d];\n", F);
    if (n->in[2] >= 0) P(b, I4 "for (int f = 0; f < %d; f++) acc[f] = %s[f];\n", F, E->tname[n->in[2]]);
    else P(b, I4 "for (int f = 0; f < %d; f++) acc[f] = 0.0f;\n", F);
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
    P(b, I5 "        for (int f = 0; f < %d; f++) acc[f] += xv * wp[c * %d + f];\n", F, F);
    P(b, I5 "    }\n" I5 "}\n" I4 "}\n");
    P(b, I4 "float *yp = %s + (((long)n * %d + i) * %d + j) * %d;\n", Y, OH, OW, F);
    P(b, I4 "for (int f = 0; f < %d; f++) yp[f] = acc[f];\n", F);
    P(b, I3 "}\n" I2 "}\n" I1 "}\n");
}

static void k_conv2d_bwd_data(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *w = T(E, n->in[1]), *dx = T(E, n->out[0]);
    int H = dx->dims[1], W = dx->dims[2], C = dx->dims[3], OH = dy->dims[1], OW = dy->dims[2], F = dy->dims[3];
    int KH = w->dims[0], KW = w->dims[1], SH = n->a.sh, SW = n->a.sw;
    const char *DY = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *DX = E->tname[n->out[0]];
    P(b, I1 "/* Transposed kernel wt[p][q][f][c] = w[p][q][c][f]: the innermost loop runs over c. */\n");
    P(b, I1 "static float wt[%d] __attribute__((aligned(64)));\n", KH * KW * C * F);
    P(b, I1 "for (int pq = 0; pq < %d; pq++)\n", KH * KW);
    P(b, I2 "for (int c = 0; c < %d; c++)\n", C);
    P(b, I3 "for (int f = 0; f < %d; f++) wt[(pq * %d + f) * %d + c] = %s[(pq * %d + c) * %d + f];\n", F, F, C,
      Wt, C, F);
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (int h = 0; h < %d; h++) {\n", H);
    P(b, I3 "for (int v = 0; v < %d; v++) {\n", W);
    P(b, I4 "float acc[%d] = {0};\n", C);
    P(b, I4 "for (int p = 0; p < %d; p++) {\n", KH);
    P(b, I5 "const int ih = h + %d - p;\n", n->a.pad_top);
    if (SH == 1) P(b, I5 "if (ih < 0 || ih >= %d) continue;\n" I5 "const int i = ih;\n", OH);
    else P(b, I5 "if (ih < 0 || ih %% %d != 0 || ih / %d >= %d) continue;\n" I5 "const int i = ih / %d;\n", SH, SH, OH, SH);
    P(b, I5 "for (int q = 0; q < %d; q++) {\n", KW);
    P(b, I5 "    const int jw = v + %d - q;\n", n->a.pad_left);
    if (SW == 1) P(b, I5 "    if (jw < 0 || jw >= %d) continue;\n" I5 "    const int j = jw;\n", OW);
    else P(b, I5 "    if (jw < 0 || jw %% %d != 0 || jw / %d >= %d) continue;\n" I5 "    const int j = jw / %d;\n", SW, SW, OW, SW);
    P(b, I5 "    const float *dyp = %s + (((long)n * %d + i) * %d + j) * %d;\n", DY, OH, OW, F);
    P(b, I5 "    const float *wp = wt + (p * %d + q) * %d;\n", KW, F * C);
    P(b, I5 "    for (int f = 0; f < %d; f++) {\n", F);
    P(b, I5 "        const float d = dyp[f];\n");
    P(b, I5 "        for (int c = 0; c < %d; c++) acc[c] += d * wp[f * %d + c];\n", C, C);
    P(b, I5 "    }\n" I5 "}\n" I4 "}\n");
    P(b, I4 "float *dxp = %s + (((long)n * %d + h) * %d + v) * %d;\n", DX, H, W, C);
    P(b, I4 "for (int c = 0; c < %d; c++) dxp[c] %s acc[c];\n", C, store(n));
    P(b, I3 "}\n" I2 "}\n" I1 "}\n");
}

static void k_conv2d_bwd_weights(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]), *dw = T(E, n->out[0]);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], OH = dy->dims[1], OW = dy->dims[2], F = dy->dims[3];
    int KH = dw->dims[0], KW = dw->dims[1];
    int CB = 8192 / F;            /* channels per work unit: CB x F accumulators of 32 KiB at most */
    if (CB < 1) CB = 1;
    if (CB > C) CB = C;
    int NCB = (C + CB - 1) / CB;
    int padded = n->a.pad_top || n->a.pad_left || (OH - 1) * n->a.sh + KH > H || (OW - 1) * n->a.sw + KW > W;
    const char *DY = E->tname[n->in[0]], *X = E->tname[n->in[1]], *DW = E->tname[n->out[0]];
    P(b, I1 "/* One work unit per filter tap (p, q) and block of %d input channels; each\n"
         I1 "   owns its slice of the kernel gradient, so no reduction crosses threads. */\n", CB);
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int unit = 0; unit < %d; unit++) {\n", KH * KW * NCB);
    P(b, I2 "const int p = unit / %d, q = unit / %d %% %d, c0 = unit %% %d * %d;\n", KW * NCB, NCB, KW, NCB, CB);
    P(b, I2 "const int cn = %d - c0 < %d ? %d - c0 : %d;\n", C, CB, C, CB);
    P(b, I2 "float acc[%d][%d];\n", CB, F);
    P(b, I2 "memset(acc, 0, sizeof acc);\n");
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
    P(b, I5 "    for (int f = 0; f < %d; f++) acc[c][f] += xv * dyp[f];\n", F);
    P(b, I5 "}\n" I4 "}\n" I3 "}\n" I2 "}\n");
    P(b, I2 "for (int c = 0; c < cn; c++)\n");
    P(b, I3 "for (int f = 0; f < %d; f++) %s[((p * %d + q) * %d + c0 + c) * %d + f] %s acc[c][f];\n", F, DW, KW, C,
      F, store(n));
    P(b, I1 "}\n");
    if (n->out[1] >= 0) {
        P(b, I1 "/* Bias gradient: sum of dy over samples and pixels, in sample order. */\n");
        P(b, I1 "float accb[%d] = {0};\n", F);
        P(b, I1 "for (long r = 0; r < (long)nb * %d; r++)\n", OH * OW);
        P(b, I2 "for (int f = 0; f < %d; f++) accb[f] += %s[r * %d + f];\n", F, DY, F);
        P(b, I1 "for (int f = 0; f < %d; f++) %s[f] %s accb[f];\n", F, E->tname[n->out[1]], store(n));
    }
}

static void k_dense(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]), *y = T(E, n->out[0]);
    int K = x->dims[1], M = y->dims[1];
    const char *X = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *Y = E->tname[n->out[0]];
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "float acc[%d];\n", M);
    if (n->in[2] >= 0) P(b, I2 "for (int m = 0; m < %d; m++) acc[m] = %s[m];\n", M, E->tname[n->in[2]]);
    else P(b, I2 "for (int m = 0; m < %d; m++) acc[m] = 0.0f;\n", M);
    P(b, I2 "for (int k = 0; k < %d; k++) {\n", K);
    P(b, I3 "const float xv = %s[(long)n * %d + k];\n", X, K);
    P(b, I3 "for (int m = 0; m < %d; m++) acc[m] += xv * %s[k * %d + m];\n", M, Wt, M);
    P(b, I2 "}\n");
    P(b, I2 "for (int m = 0; m < %d; m++) %s[(long)n * %d + m] = acc[m];\n", M, Y, M);
    P(b, I1 "}\n");
}

static void k_dense_bwd_data(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *dx = T(E, n->out[0]);
    int K = dx->dims[1], M = dy->dims[1];
    const char *DY = E->tname[n->in[0]], *Wt = E->tname[n->in[1]], *DX = E->tname[n->out[0]];
    P(b, I1 "/* Transposed kernel wt[m][k] = w[k][m]: the innermost loop runs over k. */\n");
    P(b, I1 "static float wt[%d] __attribute__((aligned(64)));\n", K * M);
    P(b, I1 "for (int k = 0; k < %d; k++)\n", K);
    P(b, I2 "for (int m = 0; m < %d; m++) wt[m * %d + k] = %s[k * %d + m];\n", M, K, Wt, M);
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "float acc[%d] = {0};\n", K);
    P(b, I2 "for (int m = 0; m < %d; m++) {\n", M);
    P(b, I3 "const float d = %s[(long)n * %d + m];\n", DY, M);
    P(b, I3 "for (int k = 0; k < %d; k++) acc[k] += d * wt[m * %d + k];\n", K, K);
    P(b, I2 "}\n");
    P(b, I2 "for (int k = 0; k < %d; k++) %s[(long)n * %d + k] %s acc[k];\n", K, DX, K, store(n));
    P(b, I1 "}\n");
}

static void k_dense_bwd_weights(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]);
    int K = x->dims[1], M = dy->dims[1];
    const char *DY = E->tname[n->in[0]], *X = E->tname[n->in[1]], *DW = E->tname[n->out[0]];
    P(b, I1 "/* Each thread owns rows k of the kernel gradient: no cross-thread reduction. */\n");
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int k = 0; k < %d; k++) {\n", K);
    P(b, I2 "float acc[%d] = {0};\n", M);
    P(b, I2 "for (int n = 0; n < nb; n++) {\n");
    P(b, I3 "const float xv = %s[(long)n * %d + k];\n", X, K);
    P(b, I3 "for (int m = 0; m < %d; m++) acc[m] += xv * %s[(long)n * %d + m];\n", M, DY, M);
    P(b, I2 "}\n");
    P(b, I2 "for (int m = 0; m < %d; m++) %s[k * %d + m] %s acc[m];\n", M, DW, M, store(n));
    P(b, I1 "}\n");
    if (n->out[1] >= 0) {
        P(b, I1 "float accb[%d] = {0};\n", M);
        P(b, I1 "for (int n = 0; n < nb; n++)\n");
        P(b, I2 "for (int m = 0; m < %d; m++) accb[m] += %s[(long)n * %d + m];\n", M, DY, M);
        P(b, I1 "for (int m = 0; m < %d; m++) %s[m] %s accb[m];\n", M, E->tname[n->out[1]], store(n));
    }
}

static void k_maxpool(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]), *y = T(E, n->out[0]);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], OH = y->dims[1], OW = y->dims[2];
    const kiln_attrs *a = &n->a;
    const char *X = E->tname[n->in[0]], *Y = E->tname[n->out[0]];
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (int i = 0; i < %d; i++) {\n", OH);
    P(b, I3 "for (int j = 0; j < %d; j++) {\n", OW);
    P(b, I4 "float m[%d];\n", C);
    P(b, I4 "for (int c = 0; c < %d; c++) m[c] = -INFINITY;\n", C);
    P(b, I4 "for (int p = 0; p < %d; p++) {\n", a->kh);
    P(b, I5 "const int h = i * %d + p - %d;\n", a->sh, a->pad_top);
    P(b, I5 "if (h < 0 || h >= %d) continue;\n", H);
    P(b, I5 "for (int q = 0; q < %d; q++) {\n", a->kw);
    P(b, I5 "    const int v = j * %d + q - %d;\n", a->sw, a->pad_left);
    P(b, I5 "    if (v < 0 || v >= %d) continue;\n", W);
    P(b, I5 "    const float *xp = %s + (((long)n * %d + h) * %d + v) * %d;\n", X, H, W, C);
    P(b, I5 "    /* NaN-propagating max */\n");
    P(b, I5 "    for (int c = 0; c < %d; c++) m[c] = (xp[c] > m[c] || xp[c] != xp[c]) ? xp[c] : m[c];\n", C);
    P(b, I5 "}\n" I4 "}\n");
    P(b, I4 "float *yp = %s + (((long)n * %d + i) * %d + j) * %d;\n", Y, OH, OW, C);
    P(b, I4 "for (int c = 0; c < %d; c++) yp[c] = m[c];\n", C);
    P(b, I3 "}\n" I2 "}\n" I1 "}\n");
}

static void k_maxpool_bwd(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *dy = T(E, n->in[0]), *x = T(E, n->in[1]);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], OH = dy->dims[1], OW = dy->dims[2];
    const kiln_attrs *a = &n->a;
    const char *DY = E->tname[n->in[0]], *X = E->tname[n->in[1]], *DX = E->tname[n->out[0]];
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "float *dxn = %s + (long)n * %d;\n", DX, H * W * C);
    P(b, I2 "const float *xn = %s + (long)n * %d;\n", X, H * W * C);
    if (!n->a.accumulate) P(b, I2 "memset(dxn, 0, sizeof(float) * %d);\n", H * W * C);
    P(b, I2 "for (int i = 0; i < %d; i++) {\n", OH);
    P(b, I3 "for (int j = 0; j < %d; j++) {\n", OW);
    P(b, I4 "/* the first maximum of each window (row-major p, q) takes the gradient */\n");
    P(b, I4 "float m[%d];\n" I4 "int at[%d];\n", C, C);
    P(b, I4 "for (int c = 0; c < %d; c++) { m[c] = -INFINITY; at[c] = -1; }\n", C);
    P(b, I4 "for (int p = 0; p < %d; p++) {\n", a->kh);
    P(b, I5 "const int h = i * %d + p - %d;\n", a->sh, a->pad_top);
    P(b, I5 "if (h < 0 || h >= %d) continue;\n", H);
    P(b, I5 "for (int q = 0; q < %d; q++) {\n", a->kw);
    P(b, I5 "    const int v = j * %d + q - %d;\n", a->sw, a->pad_left);
    P(b, I5 "    if (v < 0 || v >= %d) continue;\n", W);
    P(b, I5 "    const int base = (h * %d + v) * %d;\n", W, C);
    P(b, I5 "    for (int c = 0; c < %d; c++)\n", C);
    P(b, I5 "        if (xn[base + c] > m[c] || at[c] < 0) { m[c] = xn[base + c]; at[c] = base + c; }\n");
    P(b, I5 "}\n" I4 "}\n");
    P(b, I4 "const float *dyp = %s + (((long)n * %d + i) * %d + j) * %d;\n", DY, OH, OW, C);
    P(b, I4 "for (int c = 0; c < %d; c++) dxn[at[c]] += dyp[c];\n", C);
    P(b, I3 "}\n" I2 "}\n" I1 "}\n");
}

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
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
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
    P(b, I1 "float scale[%d], shift[%d];\n", C, C);
    P(b, I1 "for (int c = 0; c < %d; c++) {\n", C);
    P(b, I2 "scale[c] = %s[c] / sqrtf(%s[c] + %s);\n", G, MV, flt(E->a, n->a.epsilon));
    P(b, I2 "shift[c] = %s[c] - %s[c] * scale[c];\n", Bt, MM);
    P(b, I1 "}\n");
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++)\n");
    P(b, I2 "for (long r = (long)n * %lld; r < (long)(n + 1) * %lld; r++)\n", (long long)HW, (long long)HW);
    P(b, I3 "for (int c = 0; c < %d; c++) %s[r * %d + c] = %s[r * %d + c] * scale[c] + shift[c];\n", C, Y, C, X, C);
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
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
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

/* Softmax over the last axis, row by row. */
static void k_softmax(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]);
    int K = x->dims[x->rank - 1];
    int64_t R = kiln_tensor_per_sample(E->g, n->in[0]) / K;
    const char *X = E->tname[n->in[0]], *Y = E->tname[n->out[0]];
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (long r = 0; r < (long)nb * %lld; r++) {\n", (long long)R);
    P(b, I2 "const float *z = %s + r * %d;\n" I2 "float *y = %s + r * %d;\n", X, K, Y, K);
    P(b, I2 "float mx = z[0];\n");
    P(b, I2 "for (int k = 1; k < %d; k++) mx = z[k] > mx ? z[k] : mx;\n", K);
    P(b, I2 "float sum = 0.0f;\n");
    P(b, I2 "for (int k = 0; k < %d; k++) { y[k] = expf(z[k] - mx); sum += y[k]; }\n", K);
    P(b, I2 "for (int k = 0; k < %d; k++) y[k] /= sum;\n", K);
    P(b, I1 "}\n");
}

static void k_softmax_bwd(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *y = T(E, n->in[1]);
    int K = y->dims[y->rank - 1];
    int64_t R = kiln_tensor_per_sample(E->g, n->in[1]) / K;
    const char *DY = E->tname[n->in[0]], *Y = E->tname[n->in[1]], *DX = E->tname[n->out[0]];
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
    P(b, I1 "for (long r = 0; r < (long)nb * %lld; r++) {\n", (long long)R);
    P(b, I2 "float s = 0.0f;\n");
    P(b, I2 "for (int k = 0; k < %d; k++) s += %s[r * %d + k] * %s[r * %d + k];\n", K, DY, K, Y, K);
    P(b, I2 "for (int k = 0; k < %d; k++) %s[r * %d + k] %s %s[r * %d + k] * (%s[r * %d + k] - s);\n", K, DX, K,
      store(n), Y, K, DY, K);
    P(b, I1 "}\n");
}

/* Losses: serial over the nb samples in double, so the reported loss does
 * not depend on the thread count. */
static void k_loss(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const char *Z = E->tname[n->in[0]], *L = E->tname[n->in[1]];
    int K = (int)kiln_tensor_per_sample(E->g, n->in[0]);
    P(b, I1 "double total = 0.0, hits = 0.0;\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "const float *z = %s + (long)n * %d;\n", Z, K);
    switch (n->op) {
    case OP_SOFTMAX_CE_SPARSE:
    case OP_SOFTMAX_CE: {
        const char *PR = E->tname[n->out[0]];
        P(b, I2 "float *p = %s + (long)n * %d;\n", PR, K);
        P(b, I2 "int arg = 0;\n");
        P(b, I2 "for (int k = 1; k < %d; k++) if (z[k] > z[arg]) arg = k;\n", K);
        P(b, I2 "const float mx = z[arg];\n");
        P(b, I2 "double sum = 0.0;\n");
        P(b, I2 "for (int k = 0; k < %d; k++) { p[k] = expf(z[k] - mx); sum += p[k]; }\n", K);
        P(b, I2 "for (int k = 0; k < %d; k++) p[k] = (float)(p[k] / sum);\n", K);
        P(b, I2 "const double lse = mx + log(sum);\n");
        if (n->op == OP_SOFTMAX_CE_SPARSE) {
            P(b, I2 "const int label = %s[n];\n", L);
            P(b, I2 "total += lse - z[label];\n");
            P(b, I2 "hits += arg == label;\n");
        } else {
            P(b, I2 "const float *t = %s + (long)n * %d;\n", L, K);
            P(b, I2 "int targ = 0;\n");
            P(b, I2 "for (int k = 0; k < %d; k++) {\n", K);
            P(b, I3 "total -= t[k] * (z[k] - lse);\n");
            P(b, I3 "if (t[k] > t[targ]) targ = k;\n");
            P(b, I2 "}\n");
            P(b, I2 "hits += arg == targ;\n");
        }
        break;
    }
    case OP_SIGMOID_BCE: {
        const char *PR = E->tname[n->out[0]];
        P(b, I2 "const float *t = %s + (long)n * %d;\n", L, K);
        P(b, I2 "float *p = %s + (long)n * %d;\n", PR, K);
        P(b, I2 "double s = 0.0, right = 0.0;\n");
        P(b, I2 "for (int k = 0; k < %d; k++) {\n", K);
        P(b, I3 "const float zk = z[k];\n");
        P(b, I3 "p[k] = 1.0f / (1.0f + expf(-zk));\n");
        P(b, I3 "s += (zk > 0.0f ? zk : 0.0f) - zk * t[k] + log1p(exp(-fabs((double)zk)));\n");
        P(b, I3 "right += (p[k] > 0.5f) == (t[k] > 0.5f);\n");
        P(b, I2 "}\n");
        P(b, I2 "total += s / %d.0;\n" I2 "hits += right / %d.0;\n", K, K);
        break;
    }
    case OP_MSE:
        P(b, I2 "const float *t = %s + (long)n * %d;\n", L, K);
        P(b, I2 "double s = 0.0;\n");
        P(b, I2 "for (int k = 0; k < %d; k++) s += ((double)z[k] - t[k]) * ((double)z[k] - t[k]);\n", K);
        P(b, I2 "total += s / %d.0;\n", K);
        break;
    default: KILN_BUG("not a loss");
    }
    P(b, I1 "}\n");
    P(b, I1 "*loss = total / nb;\n" I1 "*metric = hits;\n");
}

static void k_loss_bwd(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const char *PR = E->tname[n->in[0]], *L = E->tname[n->in[1]], *D = E->tname[n->out[0]];
    int K = (int)kiln_tensor_per_sample(E->g, n->in[0]);
    P(b, I1 "#pragma omp parallel for schedule(static)\n");
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

static void k_reg(emitter *E, const kiln_node *n, int bwd)
{
    sbuf *b = E->b;
    const kiln_tensor *w = T(E, n->in[0]);
    const char *W = E->tname[n->in[0]];
    const char *l1 = flt(E->a, n->a.l1), *l2 = flt(E->a, n->a.l2);
    if (!bwd) {
        P(b, I1 "double s1 = 0.0, s2 = 0.0;\n");
        P(b, I1 "for (long i = 0; i < %lld; i++) { s1 += fabsf(%s[i]); s2 += (double)%s[i] * %s[i]; }\n",
          (long long)w->size, W, W, W);
        P(b, I1 "*loss += %s * s1 + %s * s2;\n", l1, l2);
    } else {
        P(b, I1 "for (long i = 0; i < %lld; i++)\n", (long long)w->size);
        P(b, I2 "%s[i] += %s * (float)((%s[i] > 0.0f) - (%s[i] < 0.0f)) + 2.0f * %s * %s[i];\n",
          E->tname[n->out[0]], l1, W, W, l2, W);
    }
}

static void k_optimizer(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_attrs *a = &n->a;
    long long np = (long long)E->g->n_params;
    if (n->op == OP_ADAM_UPDATE) {
        P(b, I1 "/* Keras Adam: lr_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t) */\n");
        P(b, I1 "const float lr_t = (float)(lr * sqrt(1.0 - pow(%s, (double)t)) / (1.0 - pow(%s, (double)t)));\n",
          flt(E->a, a->beta_2), flt(E->a, a->beta_1));
        P(b, I1 "#pragma omp parallel for schedule(static)\n");
        P(b, I1 "for (long i = 0; i < %lld; i++) {\n", np);
        P(b, I2 "const float gi = g[i];\n");
        P(b, I2 "const float mi = %s * m[i] + %s * gi;\n", flt(E->a, a->beta_1), flt(E->a, 1.0 - a->beta_1));
        P(b, I2 "const float vi = %s * v[i] + %s * gi * gi;\n", flt(E->a, a->beta_2), flt(E->a, 1.0 - a->beta_2));
        P(b, I2 "m[i] = mi;\n" I2 "v[i] = vi;\n");
        P(b, I2 "p[i] -= lr_t * mi / (sqrtf(vi) + %s);\n", flt(E->a, a->opt_epsilon));
        P(b, I1 "}\n");
    } else {
        P(b, I1 "(void)v; (void)t;\n");
        if (a->sgd_momentum == 0) P(b, I1 "(void)m;\n");
        P(b, I1 "#pragma omp parallel for schedule(static)\n");
        P(b, I1 "for (long i = 0; i < %lld; i++) {\n", np);
        if (a->sgd_momentum == 0) {
            P(b, I2 "p[i] -= lr * g[i];\n");
        } else {
            P(b, I2 "const float vi = %s * m[i] - lr * g[i];\n", flt(E->a, a->sgd_momentum));
            P(b, I2 "m[i] = vi;\n");
            if (a->nesterov) P(b, I2 "p[i] += %s * vi - lr * g[i];\n", flt(E->a, a->sgd_momentum));
            else P(b, I2 "p[i] += vi;\n");
        }
        P(b, I1 "}\n");
    }
}

static void k_output(emitter *E, const kiln_node *n)
{
    int64_t per = kiln_tensor_per_sample(E->g, n->in[0]);
    P(E->b, I1 "memcpy(out, %s, sizeof(float) * (size_t)nb * %lld);\n", E->tname[n->in[0]], (long long)per);
}

static void kernel_body(emitter *E, const kiln_node *n)
{
    switch (n->op) {
    case OP_RESCALE: case OP_RELU: case OP_LEAKY_RELU: case OP_SIGMOID: case OP_TANH:
    case OP_DROPOUT_BWD: case OP_RELU_BWD: case OP_LEAKY_RELU_BWD: case OP_SIGMOID_BWD: case OP_TANH_BWD:
        k_elementwise(E, n); break;
    case OP_DROPOUT: k_dropout(E, n); break;
    case OP_CONV2D: k_conv2d(E, n); break;
    case OP_CONV2D_BWD_DATA: k_conv2d_bwd_data(E, n); break;
    case OP_CONV2D_BWD_WEIGHTS: k_conv2d_bwd_weights(E, n); break;
    case OP_DENSE: k_dense(E, n); break;
    case OP_DENSE_BWD_DATA: k_dense_bwd_data(E, n); break;
    case OP_DENSE_BWD_WEIGHTS: k_dense_bwd_weights(E, n); break;
    case OP_MAXPOOL: k_maxpool(E, n); break;
    case OP_MAXPOOL_BWD: k_maxpool_bwd(E, n); break;
    case OP_BN_TRAIN: k_bn_train(E, n); break;
    case OP_BN_INFER: k_bn_infer(E, n); break;
    case OP_BN_BWD: k_bn_bwd(E, n); break;
    case OP_SOFTMAX: k_softmax(E, n); break;
    case OP_SOFTMAX_BWD: k_softmax_bwd(E, n); break;
    case OP_SOFTMAX_CE_SPARSE: case OP_SOFTMAX_CE: case OP_SIGMOID_BCE: case OP_MSE: k_loss(E, n); break;
    case OP_SOFTMAX_CE_SPARSE_BWD: case OP_SOFTMAX_CE_BWD: case OP_SIGMOID_BCE_BWD: case OP_MSE_BWD:
        k_loss_bwd(E, n); break;
    case OP_REG: k_reg(E, n, 0); break;
    case OP_REG_BWD: k_reg(E, n, 1); break;
    case OP_ADAM_UPDATE: case OP_SGD_UPDATE: k_optimizer(E, n); break;
    case OP_OUTPUT: k_output(E, n); break;
    default: KILN_BUG("no emitter for %s", kiln_ops[n->op].name);
    }
}

static const char *layout_of(const kiln_tensor *t)
{
    if (t->batched) return t->rank == 4 ? "NHWC" : t->rank == 2 ? "NC" : "N";
    if (t->rank == 4) return "HWIO";
    if (t->rank == 2) return "IO";
    return "C";
}

static const char *role_enum(int r)
{
    static const char *names[] = {"KILN_ROLE_INPUT", "KILN_ROLE_LABEL", "KILN_ROLE_PARAM", "KILN_ROLE_GRAD",
                                  "KILN_ROLE_STATE", "KILN_ROLE_OPT_M", "KILN_ROLE_OPT_V", "KILN_ROLE_ACT"};
    return names[r];
}

/* Pointer expression of a tensor inside an entry point. */
static const char *tensor_ptr(const emitter *E, int id)
{
    const kiln_graph *g = E->g;
    int s = kiln_tensor_storage(g, id);
    const kiln_tensor *t = &g->t[s];
    switch (t->role) {
    case KILN_ROLE_INPUT: return "s->x";
    case KILN_ROLE_LABEL: return t->dtype == DT_I32 ? "s->y_index" : "s->y";
    case KILN_ROLE_PARAM: return kiln_arena_printf(E->a, "P + %lld", (long long)t->offset);
    case KILN_ROLE_GRAD: return kiln_arena_printf(E->a, "G + %lld", (long long)t->offset);
    case KILN_ROLE_STATE: return kiln_arena_printf(E->a, "S + %lld", (long long)t->offset);
    case KILN_ROLE_ACT: return kiln_arena_printf(E->a, "A + %lld", (long long)t->offset);
    default: KILN_BUG("tensor %s has no pointer in an entry", t->name);
    }
}

static void entry(emitter *E, const char *fname, int mask, const char *doc)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    P(b, "/* %s */\n", doc);
    P(b, "void %s(kiln_step *s)\n{\n", fname);
    P(b, I1 "const int nb = s->nb;\n");
    int used_slab[5] = {0};
    char *declared = calloc((size_t)g->nt, 1);
    /* Slabs actually used. */
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        if (!(n->entries & mask)) continue;
        if (kiln_ops[n->op].flags & OPF_OPTIMIZER) used_slab[0] = used_slab[1] = used_slab[2] = used_slab[3] = 1;
        for (int k = 0; k < n->nin + n->nout; k++) {
            int t = k < n->nin ? n->in[k] : n->out[k - n->nin];
            if (t < 0) continue;
            int r = g->t[kiln_tensor_storage(g, t)].role;
            if (r == KILN_ROLE_PARAM) used_slab[0] = 1;
            if (r == KILN_ROLE_GRAD) used_slab[1] = 1;
            if (r == KILN_ROLE_STATE) used_slab[4] = 1;
        }
    }
    if (used_slab[0]) P(b, I1 "float *const P = s->params;\n");
    if (used_slab[1]) P(b, I1 "float *const G = s->grads;\n");
    if (used_slab[2]) P(b, I1 "float *const M = s->opt_m;\n");
    if (used_slab[3]) P(b, I1 "float *const V = s->opt_v;\n");
    if (used_slab[4]) P(b, I1 "float *const S = s->state;\n");
    P(b, I1 "float *const A = s->arena;\n");
    P(b, I1 "(void)A;\n");
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        if (!(n->entries & mask)) continue;
        for (int k = 0; k < n->nin + n->nout; k++) {
            int t = k < n->nin ? n->in[k] : n->out[k - n->nin];
            if (t < 0 || declared[t]) continue;
            declared[t] = 1;
            const kiln_tensor *x = &g->t[t];
            const char *ty = x->dtype == DT_I32 ? "int32_t" : "float";
            int ro = x->role == KILN_ROLE_INPUT || x->role == KILN_ROLE_LABEL;
            P(b, I1 "%s%s *const %s = %s;  /* %s (", ro ? "const " : "", ty, E->tname[t], tensor_ptr(E, t),
              x->name);
            for (int d = 0; d < x->rank; d++) P(b, "%s%d", d ? ", " : "", x->dims[d]);
            P(b, ") */\n");
        }
    }
    if (mask & ENTRY_EVAL) P(b, I1 "s->loss = 0.0;\n" I1 "s->metric = 0.0;\n");
    if (mask & ENTRY_TRAIN) P(b, I1 "s->loss = 0.0;\n" I1 "s->metric = 0.0;\n");
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        if (!(n->entries & mask)) continue;
        P(b, I1 "%s(", E->kname[i]);
        params(E, n, 1);
        P(b, ");\n");
    }
    P(b, "}\n\n");
    free(declared);
}

static void descriptor(emitter *E)
{
    const kiln_graph *g = E->g;
    const kiln_model *m = g->model;
    sbuf *b = E->b;
    P(b, "/* ---- module descriptor ---- */\n\n");
    P(b, "static const kiln_tensor_desc tensors[] = {\n");
    int nt = 0;
    for (int t = 0; t < g->nt; t++) {
        const kiln_tensor *x = &g->t[t];
        if (x->alias >= 0) continue;
        int64_t off = x->offset < 0 ? 0 : x->offset;
        P(b, I1 "{\"%s\", %s, %d, {%d, %d, %d, %d}, \"%s\", %lld, %lld, %d, %d, %d},\n", x->name, role_enum(x->role),
          x->rank, x->dims[0], x->rank > 1 ? x->dims[1] : 0, x->rank > 2 ? x->dims[2] : 0,
          x->rank > 3 ? x->dims[3] : 0, layout_of(x), (long long)off, (long long)x->size, x->init, x->fan_in,
          x->fan_out);
        nt++;
    }
    P(b, "};\n\n");
    P(b, "static const kiln_kernel_desc kernels[] = {\n");
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        /* signature string */
        sbuf sig = {0};
        sbuf *saved = E->b;
        E->b = &sig;
        P(&sig, "void %s(", E->kname[i]);
        params(E, n, 0);
        P(&sig, ")");
        E->b = saved;
        P(b, I1 "{\"%s\", \"%s\", %.17g, %.17g, %d},\n", E->kname[i], sig.s, kiln_node_flops(g, n), kiln_node_bytes(g, n), n->entries);
        free(sig.s);
    }
    P(b, "};\n\n");
    const kiln_tensor *x = &g->t[g->x];
    int has_acc = m->metric_accuracy && m->loss != LOSS_MEAN_SQUARED_ERROR;
    P(b, "const kiln_module_desc kiln_module = {\n");
    P(b, I1 ".abi_version = KILN_ABI_VERSION,\n");
    P(b, I1 ".model = \"%s\",\n", m->name);
    P(b, I1 ".batch = %d,\n", g->batch);
    P(b, I1 ".in_rank = %d,\n", x->rank - 1);
    P(b, I1 ".in_dims = {%d, %d, %d},\n", x->dims[1], x->rank > 2 ? x->dims[2] : 0, x->rank > 3 ? x->dims[3] : 0);
    P(b, I1 ".in_scale = (float)%.9g,\n", (double)m->input_rescale);
    P(b, I1 ".out_size = %lld,\n", (long long)kiln_tensor_per_sample(g, g->out_infer));
    static const char *lk[] = {"KILN_LABEL_SPARSE", "KILN_LABEL_ONEHOT", "KILN_LABEL_DENSE", "KILN_LABEL_INPUT"};
    P(b, I1 ".label_kind = %s,\n", lk[g->label_kind]);
    P(b, I1 ".label_size = %lld,\n", (long long)kiln_tensor_per_sample(g, g->label));
    P(b, I1 ".has_accuracy = %d,\n", has_acc);
    P(b, I1 ".n_params = %lld,\n" I1 ".n_state = %lld,\n" I1 ".n_arena = %lld,\n", (long long)g->n_params,
      (long long)g->n_state, (long long)g->n_arena);
    P(b, I1 ".n_tensors = %d,\n" I1 ".tensors = tensors,\n", nt);
    P(b, I1 ".n_kernels = %d,\n" I1 ".kernels = kernels,\n", g->nn);
    P(b, I1 ".isa = \"%s\",\n", E->isa);
    P(b, "};\n\n");
}

static void origin_comment(emitter *E, const kiln_node *n, int idx)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    P(b, "/* %s — node n%d \"%s\" (%s), from %s\n", E->kname[idx], idx, n->name, kiln_ops[n->op].name,
      n->origin[0] ? n->origin : "(kiln)");
    for (int k = 0; k < n->nin; k++) {
        if (n->in[k] < 0) continue;
        const kiln_tensor *t = &g->t[n->in[k]];
        P(b, " *   in  %-26s (", t->name);
        for (int d = 0; d < t->rank; d++) P(b, "%s%d", d ? ", " : "", t->dims[d]);
        P(b, ") %s\n", layout_of(t));
    }
    for (int k = 0; k < n->nout; k++) {
        if (n->out[k] < 0) continue;
        const kiln_tensor *t = &g->t[n->out[k]];
        P(b, " *   out %-26s (", t->name);
        for (int d = 0; d < t->rank; d++) P(b, "%s%d", d ? ", " : "", t->dims[d]);
        P(b, ") %s%s\n", layout_of(t), n->a.accumulate ? ", accumulated" : "");
    }
    if (n->op == OP_CONV2D || n->op == OP_CONV2D_BWD_DATA || n->op == OP_CONV2D_BWD_WEIGHTS || n->op == OP_MAXPOOL ||
        n->op == OP_MAXPOOL_BWD)
        P(b, " *   window %dx%d, strides %dx%d, padding top %d left %d\n", n->a.kh ? n->a.kh : g->t[n->in[1]].dims[0],
          n->a.kw ? n->a.kw : g->t[n->in[1]].dims[1], n->a.sh, n->a.sw, n->a.pad_top, n->a.pad_left);
    P(b, " *   schedule: plain loops, OpenMP over samples; ISA %s via -march */\n", E->isa);
}

void kiln_emit_c(const kiln_graph *g, const char *isa, kiln_arena *a, kiln_compiled *out)
{
    sbuf b = {0};
    emitter E = {.g = g, .a = a, .b = &b, .isa = isa};
    E.tname = KILN_NEW(a, char *, g->nt);
    E.kname = KILN_NEW(a, char *, g->nn);
    for (int t = 0; t < g->nt; t++) E.tname[t] = c_ident(a, g->t[t].name);
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        int nt = naming_tensor(n);
        const char *sfx = nt >= 0 ? shape_suffix(a, &g->t[nt]) : "";
        if (kiln_ops[n->op].flags & OPF_OPTIMIZER) sfx = kiln_arena_printf(a, "p%lld", (long long)g->n_params);
        E.kname[i] = kiln_arena_printf(a, "k%02d_%s%s%s", i, kernel_base(n), *sfx ? "_" : "", sfx);
    }
    if (g->batch < 1 || g->t[g->x].batched != 1) KILN_BUG("bad batch");

    P(&b, "/* %s.c — emitted by kiln from %s. Do not edit: regenerate with `kiln compile`.\n",
      g->model->name, g->model->file);
    P(&b, " *\n * Batch %d (kiln_step.nb may be smaller), ISA %s. Slabs in float32 elements:\n", g->batch, isa);
    P(&b, " * params/grads/opt_m/opt_v %lld, state %lld, arena %lld.\n", (long long)g->n_params,
      (long long)g->n_state, (long long)g->n_arena);
    P(&b, " * Entry points: kiln_train_step, kiln_eval_step, kiln_predict; descriptor kiln_module. */\n\n");
    P(&b, "#include <math.h>\n#include <stdint.h>\n#include <string.h>\n\n");
    P(&b, "/* ---- kiln_abi.h, verbatim ---- */\n%s\n", (const char *)kiln_abi_text);
    P(&b, "/* ---- kernels ---- */\n\n");
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        origin_comment(&E, n, i);
        P(&b, "void %s(", E.kname[i]);
        params(&E, n, 0);
        P(&b, ")\n{\n");
        kernel_body(&E, n);
        P(&b, "}\n\n");
    }
    P(&b, "/* ---- entry points ---- */\n\n");
    entry(&E, "kiln_train_step", ENTRY_TRAIN,
          "One training step: forward in training mode, loss, backward, optimizer update.");
    entry(&E, "kiln_eval_step", ENTRY_EVAL, "Loss and metric of one batch in inference mode; no update.");
    entry(&E, "kiln_predict", ENTRY_PREDICT, "Model outputs of one batch in inference mode, into s->out.");
    descriptor(&E);

    out->source = kiln_arena_strdup(a, b.s);
    out->source_len = (long)b.len;
    free(b.s);

    /* Header: the ABI and the exports. */
    sbuf h = {0};
    P(&h, "/* %s.h — the exports of %s.c, emitted by kiln. */\n", g->model->name, g->model->name);
    P(&h, "#ifndef KILN_MODULE_%s_H\n#define KILN_MODULE_%s_H\n\n", c_ident(a, g->model->name), c_ident(a, g->model->name));
    P(&h, "%s\n", (const char *)kiln_abi_text);
    P(&h, "extern const kiln_module_desc kiln_module;\n");
    P(&h, "void kiln_train_step(kiln_step *s);\nvoid kiln_eval_step(kiln_step *s);\nvoid kiln_predict(kiln_step *s);\n\n");
    for (int i = 0; i < g->nn; i++) {
        E.b = &h;
        P(&h, "void %s(", E.kname[i]);
        params(&E, &g->n[i], 0);
        P(&h, ");\n");
    }
    P(&h, "\n#endif\n");
    out->header = kiln_arena_strdup(a, h.s);
    free(h.s);
    E.b = &b;

    /* Descriptor as JSON, for tools that do not load the module. */
    sbuf j = {0};
    P(&j, "{\n  \"abi_version\": %d,\n  \"model\": \"%s\",\n  \"batch\": %d,\n  \"isa\": \"%s\",\n", KILN_ABI_VERSION,
      g->model->name, g->batch, isa);
    P(&j, "  \"input_rescale\": %.9g,\n", (double)g->model->input_rescale);
    P(&j, "  \"n_params\": %lld,\n  \"n_state\": %lld,\n  \"n_arena\": %lld,\n", (long long)g->n_params,
      (long long)g->n_state, (long long)g->n_arena);
    P(&j, "  \"entry_points\": [\"kiln_train_step\", \"kiln_eval_step\", \"kiln_predict\"],\n  \"tensors\": [\n");
    int first = 1;
    static const char *roles[] = {"input", "label", "param", "grad", "state", "opt_m", "opt_v", "act"};
    for (int t = 0; t < g->nt; t++) {
        const kiln_tensor *x = &g->t[t];
        if (x->alias >= 0) continue;
        P(&j, "%s    {\"name\": \"%s\", \"role\": \"%s\", \"shape\": [", first ? "" : ",\n", x->name, roles[x->role]);
        for (int d = 0; d < x->rank; d++) P(&j, "%s%d", d ? ", " : "", x->dims[d]);
        P(&j, "], \"layout\": \"%s\", \"offset\": %lld}", layout_of(x), (long long)(x->offset < 0 ? 0 : x->offset));
        first = 0;
    }
    P(&j, "\n  ],\n  \"kernels\": [\n");
    for (int i = 0; i < g->nn; i++)
        P(&j, "    {\"name\": \"%s\", \"node\": \"%s\", \"origin\": \"%s\", \"flops\": %.17g, \"bytes\": %.17g}%s\n",
          E.kname[i], g->n[i].name, g->n[i].origin, kiln_node_flops(g, &g->n[i]), kiln_node_bytes(g, &g->n[i]),
          i + 1 < g->nn ? "," : "");
    P(&j, "  ]\n}\n");
    out->descriptor_json = kiln_arena_strdup(a, j.s);
    free(j.s);
}

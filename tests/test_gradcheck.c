/* test_gradcheck.c — every backward op of ops.h against central finite
 * differences, in double precision, through the reference interpreter
 * (compiler/interp.c).  docs/architecture.md §8.
 *
 * Each case builds a tiny graph by hand: the forward op(s) on ENTRY_EVAL, the
 * backward op(s) on ENTRY_TRAIN.  The objective is L = sum(R * y) over the nb
 * valid rows of the forward output y, with R a random tensor that is also the
 * backward's dy; for loss ops L is the loss itself.  For every element of
 * every input with a gradient,
 *     numeric = (L(x+h) - L(x-h)) / 2h,   h = 1e-6,
 * and the analytic gradient (one forward+backward run) must agree to a
 * relative error < 1e-6, or, where |gradient| < 1e-3, to an absolute error
 * < 1e-9.  Each case also checks that
 *   - it runs with nb < batch (mostly batch 3, nb 2): rows n >= nb of every
 *     batched input and of dy are NaN, so reading them poisons the result,
 *     and rows n >= nb of every gradient hold a sentinel that must survive;
 *   - backward outputs overwrite what was there (they start as garbage);
 *   - with attrs.accumulate = 1 they add to an existing gradient instead.
 * Then: forward spot checks on hand-computed values, loss values and metrics
 * by hand (means over nb), dropout masks against kiln_uniform, BN moving
 * statistics, MAXPOOL_BWD tie-breaking, and two ADAM / SGD steps against the
 * formulas written out here.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "interp.h"
#include "ir.h"
#include "testutil.h"

enum { FWD = ENTRY_EVAL, BWD = ENTRY_TRAIN };

#define STEP 3             /* optimizer step passed to runs (dropout stream) */
#define SEED 0x5eedf00dull /* dropout seed */
#define FD_H 1e-6          /* finite-difference step */
#define REL_TOL 1e-6       /* on |analytic - numeric| / max(|analytic|, |numeric|) */
#define TINY 1e-3          /* gradients smaller than this are judged by ... */
#define ABS_TOL 1e-9       /* ... absolute error instead (= REL_TOL * TINY) */
#define SENTINEL (-777.25) /* rows n >= nb of gradients: must stay */
#define GARBAGE 1234.5     /* gradients before a non-accumulating backward */

/* ---- deterministic random numbers (splitmix64) ---------------------------- */

static uint64_t rng_state = 12345;

static double urand(void) /* [0, 1) */
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return (double)(z >> 11) * 0x1p-53;
}

static double gen_unit(void) { return 2.0 * urand() - 1.0; }          /* [-1, 1) */
static double gen_wide(void) { return 6.0 * urand() - 3.0; }          /* [-3, 3) */
static double gen_positive(void) { return 0.5 + urand(); }           /* [0.5, 1.5) */
static double gen_prob(void) { return urand(); }                       /* [0, 1) */
static double gen_away(void) /* [-1, 1) with |x| >= 0.05: away from kinks at 0 */
{
    double v;
    do v = gen_unit(); while (fabs(v) < 0.05);
    return v;
}

/* ---- a hand-built graph and its interpreter ------------------------------- */

typedef struct {
    kiln_arena arena;
    kiln_graph g;
    kiln_interp *ip;
    int nb;
    int y, dy;        /* objective sum(dy * y) over y's valid rows; y < 0: the loss */
    const char *tag;  /* printed after the op name, e.g. "s2 same" */
} gc_case;

static void gc_begin(gc_case *c, int batch, int nb, const char *tag)
{
    memset(c, 0, sizeof *c);
    c->g.arena = &c->arena;
    c->g.batch = batch;
    c->g.x = c->g.label = c->g.out_train = c->g.out_infer = -1;
    c->nb = nb;
    c->y = c->dy = -1;
    c->tag = tag;
}

/* Call once the graph is complete (the interpreter keeps pointers into it). */
static void gc_start(gc_case *c) { c->ip = kiln_interp_new(&c->g); }

static void gc_end(gc_case *c)
{
    kiln_interp_free(c->ip);
    kiln_arena_free(&c->arena);
}

/* A float tensor; batched tensors have d0 = the batch. */
static int ten(gc_case *c, const char *name, int role, int batched, int rank,
               int d0, int d1, int d2, int d3)
{
    int dims[4] = {d0, d1, d2, d3};
    return kiln_graph_add_tensor(&c->g, name, "", role, DT_F32, rank, dims, batched);
}

static int labels_tensor(gc_case *c)
{
    int dims[1] = {c->g.batch};
    return kiln_graph_add_tensor(&c->g, "labels", "", KILN_ROLE_LABEL, DT_I32, 1, dims, 1);
}

/* A gradient tensor shaped like x. */
static int grad_of(gc_case *c, int x, const char *name)
{
    kiln_tensor t = c->g.t[x];
    int role = t.role == KILN_ROLE_PARAM ? KILN_ROLE_GRAD : KILN_ROLE_ACT;
    int id = kiln_graph_add_tensor(&c->g, name, "", role, DT_F32, t.rank, t.dims, t.batched);
    if (t.role == KILN_ROLE_PARAM) {
        c->g.t[x].grad = id;
        c->g.t[id].param = x;
    }
    return id;
}

static void nod(gc_case *c, kiln_op op, const char *name, int entries, const int *in,
                const int *out, const kiln_attrs *a)
{
    kiln_graph_add_node(&c->g, op, name, "", entries, in, kiln_ops[op].nin, out,
                        kiln_ops[op].nout, a);
}

static int64_t nvalid(const gc_case *c, int id)
{
    const kiln_tensor *t = &c->g.t[id];
    return t->batched ? (int64_t)c->nb * kiln_tensor_per_sample(&c->g, id) : t->size;
}

static double *tbuf(gc_case *c, int id) { return kiln_interp_tensor(c->ip, id); }

/* Valid elements from gen; rows n >= nb NaN (so any read of them shows). */
static void fill(gc_case *c, int id, double (*gen)(void))
{
    double *p = tbuf(c, id);
    for (int64_t e = 0; e < c->g.t[id].size; e++) p[e] = e < nvalid(c, id) ? gen() : NAN;
}

/* Distinct values, at least 0.01 apart, in shuffled order (max pooling). */
static void fill_distinct(gc_case *c, int id)
{
    double *p = tbuf(c, id);
    int64_t n = nvalid(c, id);
    for (int64_t e = 0; e < n; e++) p[e] = (double)(e - n / 2) * 0.0137;
    for (int64_t e = n - 1; e > 0; e--) {
        int64_t k = (int64_t)(urand() * (double)(e + 1));
        double t = p[e];
        p[e] = p[k];
        p[k] = t;
    }
    for (int64_t e = n; e < c->g.t[id].size; e++) p[e] = NAN;
}

/* Class ids 0..K-1 for the valid rows; an out-of-range id after them. */
static void fill_labels(gc_case *c, int id, int K)
{
    double *p = tbuf(c, id);
    for (int n = 0; n < c->g.batch; n++) p[n] = n < c->nb ? (double)(int)(urand() * K) : 99.0;
}

/* ---- the finite-difference check ------------------------------------------ */

typedef struct {
    const char *name;  /* the backward op and which gradient: "conv2d_bwd_weights dw" */
    int x, dx;         /* perturbed tensor, its gradient */
    int adds;          /* REG_BWD: always adds, so dx starts at 0 */
} wrt;

static double objective(gc_case *c)
{
    kiln_interp_run(c->ip, FWD, c->nb, STEP, 0.0, SEED);
    if (c->y < 0) return kiln_interp_loss(c->ip);
    const double *y = tbuf(c, c->y), *r = tbuf(c, c->dy);
    double L = 0;
    for (int64_t e = 0; e < nvalid(c, c->y); e++) L += r[e] * y[e];
    return L;
}

/* Rows n >= nb of tensor id all equal v. */
static int tail_is(gc_case *c, int id, double v)
{
    const double *p = tbuf(c, id);
    for (int64_t e = nvalid(c, id); e < c->g.t[id].size; e++)
        if (!(p[e] == v)) return 0;
    return 1;
}

static void set_accumulate(gc_case *c, int on)
{
    for (int i = 0; i < c->g.nn; i++)
        if (kiln_ops[c->g.n[i].op].flags & OPF_BACKWARD) c->g.n[i].a.accumulate = on;
}

/* Checks every gradient in w[0..nw) against finite differences of the
 * objective; with check_accumulate, also that accumulate=1 adds the same
 * gradient to an existing one (only for graphs whose backward outputs are all
 * in w: an accumulating intermediate gradient would be stale). */
static void gradcheck(gc_case *c, const wrt *w, int nw, int check_accumulate)
{
    double *ana[8];
    KILN_ASSERT(nw <= 8);
    for (int k = 0; k < nw; k++) {
        KILN_ASSERT(c->g.t[w[k].x].size == c->g.t[w[k].dx].size);
        double *dx = tbuf(c, w[k].dx);
        for (int64_t e = 0; e < c->g.t[w[k].dx].size; e++)
            dx[e] = e < nvalid(c, w[k].dx) ? (w[k].adds ? 0.0 : GARBAGE) : SENTINEL;
    }
    kiln_interp_run(c->ip, FWD | BWD, c->nb, STEP, 0.0, SEED);
    for (int k = 0; k < nw; k++) {
        int64_t n = nvalid(c, w[k].dx);
        ana[k] = malloc(sizeof(double) * (size_t)n);
        memcpy(ana[k], tbuf(c, w[k].dx), sizeof(double) * (size_t)n);
        CHECK(tail_is(c, w[k].dx, SENTINEL), "%s [%s]: rows n >= nb of the gradient were written",
              w[k].name, c->tag);
    }
    if (c->y >= 0)
        CHECK(tail_is(c, c->y, 0.0), "%s [%s]: forward wrote rows n >= nb", w[0].name, c->tag);

    for (int k = 0; k < nw; k++) {
        double *x = tbuf(c, w[k].x);
        double max_abs = 0, max_rel = 0;
        int bad = 0;
        int64_t worst = -1;
        double worst_a = 0, worst_n = 0;
        for (int64_t e = 0; e < nvalid(c, w[k].x); e++) {
            double x0 = x[e], xp = x0 + FD_H, xm = x0 - FD_H;
            x[e] = xp;
            double Lp = objective(c);
            x[e] = xm;
            double Lm = objective(c);
            x[e] = x0;
            double num = (Lp - Lm) / (xp - xm), a = ana[k][e];
            double err = fabs(a - num), scale = fmax(fabs(a), fabs(num));
            int ok;
            if (err > max_abs) max_abs = err;
            if (scale >= TINY) {
                double rel = err / scale;
                if (rel > max_rel) max_rel = rel;
                ok = rel < REL_TOL;
            } else {
                ok = err < ABS_TOL;
            }
            if (!ok && !bad++) worst = e, worst_a = a, worst_n = num;
        }
        char label[128];
        snprintf(label, sizeof label, "%s [%s]:", w[k].name, c->tag);
        printf("  %-60s max abs %.1e, max rel %.1e\n", label, max_abs, max_rel);
        CHECK(bad == 0, "%s [%s]: %d elements off; first at %lld: analytic %.10g, numeric %.10g",
              w[k].name, c->tag, bad, (long long)worst, worst_a, worst_n);
    }

    if (check_accumulate) {
        double *g0[8];
        set_accumulate(c, 1);
        for (int k = 0; k < nw; k++) {
            int64_t n = nvalid(c, w[k].dx);
            double *dx = tbuf(c, w[k].dx);
            g0[k] = malloc(sizeof(double) * (size_t)n);
            for (int64_t e = 0; e < n; e++) dx[e] = g0[k][e] = gen_unit();
        }
        kiln_interp_run(c->ip, FWD | BWD, c->nb, STEP, 0.0, SEED);
        for (int k = 0; k < nw; k++) {
            const double *dx = tbuf(c, w[k].dx);
            int bad = 0;
            for (int64_t e = 0; e < nvalid(c, w[k].dx); e++)
                if (!(fabs(dx[e] - g0[k][e] - ana[k][e]) <= 1e-12 * (1.0 + fabs(ana[k][e])))) bad++;
            CHECK(bad == 0, "%s [%s]: accumulate=1 did not add the gradient (%d elements)",
                  w[k].name, c->tag, bad);
            CHECK(tail_is(c, w[k].dx, SENTINEL), "%s [%s]: accumulate wrote rows n >= nb",
                  w[k].name, c->tag);
            free(g0[k]);
        }
        set_accumulate(c, 0);
    }
    for (int k = 0; k < nw; k++) free(ana[k]);
}

/* ---- forward ops with a gradient ------------------------------------------ */

/* CONV2D, x (3,H,W,C) * w (KH,KW,C,F) [+ b] -> y (3,OH,OW,F), nb 2. */
static void check_conv2d(const char *tag, int H, int W, int C, int KH, int KW, int F,
                         int sh, int sw, int pt, int pl, int OH, int OW, int bias)
{
    gc_case c;
    gc_begin(&c, 3, 2, tag);
    int x = ten(&c, "x", KILN_ROLE_INPUT, 1, 4, 3, H, W, C);
    int w = ten(&c, "conv2d/kernel", KILN_ROLE_PARAM, 0, 4, KH, KW, C, F);
    int b = bias ? ten(&c, "conv2d/bias", KILN_ROLE_PARAM, 0, 1, F, 0, 0, 0) : -1;
    int y = ten(&c, "conv2d_out", KILN_ROLE_ACT, 1, 4, 3, OH, OW, F);
    int dy = ten(&c, "dconv2d_out", KILN_ROLE_ACT, 1, 4, 3, OH, OW, F);
    int dx = grad_of(&c, x, "dx");
    int dw = grad_of(&c, w, "dconv2d/kernel");
    int db = bias ? grad_of(&c, b, "dconv2d/bias") : -1;
    kiln_attrs a = {.kh = KH, .kw = KW, .sh = sh, .sw = sw, .pad_top = pt, .pad_left = pl};
    nod(&c, OP_CONV2D, "conv2d", FWD, (int[]){x, w, b}, (int[]){y}, &a);
    nod(&c, OP_CONV2D_BWD_DATA, "dconv2d.data", BWD, (int[]){dy, w}, (int[]){dx}, &a);
    nod(&c, OP_CONV2D_BWD_WEIGHTS, "dconv2d.weights", BWD, (int[]){dy, x}, (int[]){dw, db}, &a);
    gc_start(&c);
    fill(&c, x, gen_unit);
    fill(&c, w, gen_unit);
    if (bias) fill(&c, b, gen_unit);
    fill(&c, dy, gen_unit);
    c.y = y, c.dy = dy;
    wrt ws[] = {{"conv2d_bwd_data dx", x, dx, 0},
                {"conv2d_bwd_weights dw", w, dw, 0},
                {"conv2d_bwd_weights db", b, db, 0}};
    gradcheck(&c, ws, bias ? 3 : 2, 1);
    gc_end(&c);
}

/* DENSE, x (batch,K) * w (K,M) [+ b] -> y (batch,M). */
static void check_dense(const char *tag, int batch, int nb, int K, int M, int bias)
{
    gc_case c;
    gc_begin(&c, batch, nb, tag);
    int x = ten(&c, "x", KILN_ROLE_INPUT, 1, 2, batch, K, 0, 0);
    int w = ten(&c, "dense/kernel", KILN_ROLE_PARAM, 0, 2, K, M, 0, 0);
    int b = bias ? ten(&c, "dense/bias", KILN_ROLE_PARAM, 0, 1, M, 0, 0, 0) : -1;
    int y = ten(&c, "dense_out", KILN_ROLE_ACT, 1, 2, batch, M, 0, 0);
    int dy = ten(&c, "ddense_out", KILN_ROLE_ACT, 1, 2, batch, M, 0, 0);
    int dx = grad_of(&c, x, "dx");
    int dw = grad_of(&c, w, "ddense/kernel");
    int db = bias ? grad_of(&c, b, "ddense/bias") : -1;
    nod(&c, OP_DENSE, "dense", FWD, (int[]){x, w, b}, (int[]){y}, NULL);
    nod(&c, OP_DENSE_BWD_DATA, "ddense.data", BWD, (int[]){dy, w}, (int[]){dx}, NULL);
    nod(&c, OP_DENSE_BWD_WEIGHTS, "ddense.weights", BWD, (int[]){dy, x}, (int[]){dw, db}, NULL);
    gc_start(&c);
    fill(&c, x, gen_unit);
    fill(&c, w, gen_unit);
    if (bias) fill(&c, b, gen_unit);
    fill(&c, dy, gen_unit);
    c.y = y, c.dy = dy;
    wrt ws[] = {{"dense_bwd_data dx", x, dx, 0},
                {"dense_bwd_weights dw", w, dw, 0},
                {"dense_bwd_weights db", b, db, 0}};
    gradcheck(&c, ws, bias ? 3 : 2, 1);
    gc_end(&c);
}

/* MAXPOOL, x (3,H,W,C) -> y (3,OH,OW,C), distinct inputs. */
static void check_maxpool(const char *tag, int H, int W, int C, int k, int s, int pad, int OH, int OW)
{
    gc_case c;
    gc_begin(&c, 3, 2, tag);
    int x = ten(&c, "x", KILN_ROLE_INPUT, 1, 4, 3, H, W, C);
    int y = ten(&c, "max_pooling2d_out", KILN_ROLE_ACT, 1, 4, 3, OH, OW, C);
    int dy = ten(&c, "dmax_pooling2d_out", KILN_ROLE_ACT, 1, 4, 3, OH, OW, C);
    int dx = grad_of(&c, x, "dx");
    kiln_attrs a = {.kh = k, .kw = k, .sh = s, .sw = s, .pad_top = pad, .pad_left = pad};
    nod(&c, OP_MAXPOOL, "max_pooling2d", FWD, (int[]){x}, (int[]){y}, &a);
    nod(&c, OP_MAXPOOL_BWD, "dmax_pooling2d", BWD, (int[]){dy, x}, (int[]){dx}, &a);
    gc_start(&c);
    fill_distinct(&c, x);
    fill(&c, dy, gen_unit);
    c.y = y, c.dy = dy;
    wrt ws[] = {{"maxpool_bwd dx", x, dx, 0}};
    gradcheck(&c, ws, 1, 1);
    gc_end(&c);
}

/* BN_TRAIN over x (batch, d1[, d2, C]); also its moving statistics. */
static void check_bn(const char *tag, int batch, int nb, int rank, int d1, int d2, int d3)
{
    gc_case c;
    gc_begin(&c, batch, nb, tag);
    int C = rank == 2 ? d1 : d3;
    int x = ten(&c, "x", KILN_ROLE_INPUT, 1, rank, batch, d1, d2, d3);
    int gamma = ten(&c, "bn/gamma", KILN_ROLE_PARAM, 0, 1, C, 0, 0, 0);
    int beta = ten(&c, "bn/beta", KILN_ROLE_PARAM, 0, 1, C, 0, 0, 0);
    int mm = ten(&c, "bn/moving_mean", KILN_ROLE_STATE, 0, 1, C, 0, 0, 0);
    int mv = ten(&c, "bn/moving_variance", KILN_ROLE_STATE, 0, 1, C, 0, 0, 0);
    int y = ten(&c, "bn_out", KILN_ROLE_ACT, 1, rank, batch, d1, d2, d3);
    int mean = ten(&c, "bn_mean", KILN_ROLE_ACT, 0, 1, C, 0, 0, 0);
    int invstd = ten(&c, "bn_invstd", KILN_ROLE_ACT, 0, 1, C, 0, 0, 0);
    int dy = ten(&c, "dbn_out", KILN_ROLE_ACT, 1, rank, batch, d1, d2, d3);
    int dx = grad_of(&c, x, "dx");
    int dgamma = grad_of(&c, gamma, "dbn/gamma");
    int dbeta = grad_of(&c, beta, "dbn/beta");
    kiln_attrs a = {.momentum = 0.99f, .epsilon = 1e-3f};
    nod(&c, OP_BN_TRAIN, "bn", FWD, (int[]){x, gamma, beta, mm, mv}, (int[]){y, mean, invstd}, &a);
    nod(&c, OP_BN_BWD, "dbn", BWD, (int[]){dy, x, gamma, mean, invstd}, (int[]){dx, dgamma, dbeta}, &a);
    gc_start(&c);
    fill(&c, x, gen_wide);
    fill(&c, gamma, gen_positive);
    fill(&c, beta, gen_unit);
    fill(&c, mm, gen_unit);
    fill(&c, mv, gen_positive);
    fill(&c, dy, gen_unit);

    /* moving statistics after one training forward, by hand */
    double *mm0 = malloc(sizeof(double) * (size_t)C), *mv0 = malloc(sizeof(double) * (size_t)C);
    memcpy(mm0, tbuf(&c, mm), sizeof(double) * (size_t)C);
    memcpy(mv0, tbuf(&c, mv), sizeof(double) * (size_t)C);
    kiln_interp_run(c.ip, FWD, nb, STEP, 0.0, SEED);
    const double *xv = tbuf(&c, x);
    int64_t M = nvalid(&c, x) / C;
    double worst = 0;
    for (int ch = 0; ch < C; ch++) {
        double s = 0, s2 = 0;
        for (int64_t r = 0; r < M; r++) s += xv[r * C + ch];
        for (int64_t r = 0; r < M; r++) s2 += pow(xv[r * C + ch] - s / M, 2);
        double want_m = 0.99f * mm0[ch] + (1 - 0.99f) * (s / M);
        double want_v = 0.99f * mv0[ch] + (1 - 0.99f) * (s2 / M);
        worst = fmax(worst, fabs(tbuf(&c, mm)[ch] - want_m) + fabs(tbuf(&c, mv)[ch] - want_v));
        worst = fmax(worst, fabs(tbuf(&c, invstd)[ch] - 1 / sqrt(s2 / M + 1e-3f)));
    }
    CHECK(worst < 1e-12, "bn_train [%s]: mean/var/moving statistics off by %g", tag, worst);
    free(mm0);
    free(mv0);

    c.y = y, c.dy = dy;
    wrt ws[] = {{"bn_bwd dx", x, dx, 0}, {"bn_bwd dgamma", gamma, dgamma, 0}, {"bn_bwd dbeta", beta, dbeta, 0}};
    gradcheck(&c, ws, 3, 1);
    gc_end(&c);
}

/* DROPOUT rate 0.3, x (3,4,2) -> y, mask; the mask against kiln_uniform. */
static void check_dropout(void)
{
    gc_case c;
    gc_begin(&c, 3, 2, "rate 0.3");
    int x = ten(&c, "x", KILN_ROLE_INPUT, 1, 3, 3, 4, 2, 0);
    int y = ten(&c, "dropout_out", KILN_ROLE_ACT, 1, 3, 3, 4, 2, 0);
    int mask = ten(&c, "dropout_mask", KILN_ROLE_ACT, 1, 3, 3, 4, 2, 0);
    int dy = ten(&c, "ddropout_out", KILN_ROLE_ACT, 1, 3, 3, 4, 2, 0);
    int dx = grad_of(&c, x, "dx");
    kiln_attrs a = {.rate = 0.3f, .salt = 1};
    nod(&c, OP_DROPOUT, "dropout", FWD, (int[]){x}, (int[]){y, mask}, &a);
    nod(&c, OP_DROPOUT_BWD, "ddropout", BWD, (int[]){dy, mask}, (int[]){dx}, &a);
    gc_start(&c);
    fill(&c, x, gen_unit);
    fill(&c, dy, gen_unit);

    kiln_interp_run(c.ip, FWD, c.nb, STEP, 0.0, SEED);
    const double *m = tbuf(&c, mask);
    int wrong = 0, dropped = 0, kept = 0;
    for (int64_t e = 0; e < nvalid(&c, mask); e++) {
        double want = kiln_uniform(SEED, STEP, 1, e) >= 0.3f ? 1.0 / (1.0 - (double)0.3f) : 0.0;
        wrong += m[e] != want;
        dropped += m[e] == 0, kept += m[e] != 0;
    }
    CHECK(wrong == 0, "dropout: %d mask elements differ from kiln_uniform", wrong);
    CHECK(dropped > 0 && kept > 0, "dropout: mask drops %d, keeps %d", dropped, kept);
    CHECK(tail_is(&c, mask, 0.0), "dropout: mask rows n >= nb written");

    c.y = y, c.dy = dy;
    wrt ws[] = {{"dropout_bwd dx", x, dx, 0}};
    gradcheck(&c, ws, 1, 1);
    gc_end(&c);
}

/* An elementwise/row-wise activation on x (3,2,4) -> y; its backward takes
 * (dy, y) or, for LEAKY_RELU, (dy, x). */
static void check_activation(kiln_op fwd, kiln_op bwd, const char *bwd_name, const char *tag,
                             double (*gen)(void), int bwd_takes_x)
{
    gc_case c;
    gc_begin(&c, 3, 2, tag);
    int x = ten(&c, "x", KILN_ROLE_INPUT, 1, 3, 3, 2, 4, 0);
    int y = ten(&c, "act_out", KILN_ROLE_ACT, 1, 3, 3, 2, 4, 0);
    int dy = ten(&c, "dact_out", KILN_ROLE_ACT, 1, 3, 3, 2, 4, 0);
    int dx = grad_of(&c, x, "dx");
    kiln_attrs a = {.alpha = 0.2f};
    nod(&c, fwd, "act", FWD, (int[]){x}, (int[]){y}, &a);
    nod(&c, bwd, "dact", BWD, (int[]){dy, bwd_takes_x ? x : y}, (int[]){dx}, &a);
    gc_start(&c);
    fill(&c, x, gen);
    fill(&c, dy, gen_unit);
    c.y = y, c.dy = dy;
    char name[64];
    snprintf(name, sizeof name, "%s dx", bwd_name);
    wrt ws[] = {{name, x, dx, 0}};
    gradcheck(&c, ws, 1, 1);
    gc_end(&c);
}

/* ---- losses --------------------------------------------------------------- */

/* SOFTMAX_CE_SPARSE, logits (3,5), labels (3) -> probs; L = the loss. */
static void check_softmax_ce_sparse(void)
{
    gc_case c;
    gc_begin(&c, 3, 2, "K 5");
    int K = 5;
    int z = ten(&c, "logits", KILN_ROLE_ACT, 1, 2, 3, K, 0, 0);
    int lab = labels_tensor(&c);
    int probs = ten(&c, "probs", KILN_ROLE_ACT, 1, 2, 3, K, 0, 0);
    int dz = grad_of(&c, z, "dlogits");
    nod(&c, OP_SOFTMAX_CE_SPARSE, "loss", FWD, (int[]){z, lab}, (int[]){probs}, NULL);
    nod(&c, OP_SOFTMAX_CE_SPARSE_BWD, "dloss", BWD, (int[]){probs, lab}, (int[]){dz}, NULL);
    gc_start(&c);
    fill(&c, z, gen_wide);
    fill_labels(&c, lab, K);
    /* row 0 predicts its label, row 1 does not: metric 1 */
    double *zv = tbuf(&c, z), *lv = tbuf(&c, lab);
    lv[0] = 2, zv[0 * K + 2] = 5.0;
    lv[1] = 4, zv[1 * K + 0] = 5.0;

    kiln_interp_run(c.ip, FWD, c.nb, STEP, 0.0, SEED);
    double want = 0;
    for (int n = 0; n < c.nb; n++) {
        double s = 0;
        for (int k = 0; k < K; k++) s += exp(zv[n * K + k]);
        want += -log(exp(zv[n * K + (int)lv[n]]) / s);
    }
    want /= c.nb;
    CHECK(fabs(kiln_interp_loss(c.ip) - want) < 1e-12, "softmax_ce_sparse: loss %.15g, want %.15g",
          kiln_interp_loss(c.ip), want);
    CHECK(kiln_interp_metric(c.ip) == 1.0, "softmax_ce_sparse: metric %g, want 1", kiln_interp_metric(c.ip));

    wrt ws[] = {{"softmax_ce_sparse_bwd dlogits", z, dz, 0}};
    gradcheck(&c, ws, 1, 1);
    gc_end(&c);
}

/* SOFTMAX_CE, logits (3,4), y (3,4) not summing to 1 (tests probs*sum y). */
static void check_softmax_ce(void)
{
    gc_case c;
    gc_begin(&c, 3, 2, "K 4");
    int K = 4;
    int z = ten(&c, "logits", KILN_ROLE_ACT, 1, 2, 3, K, 0, 0);
    int t = ten(&c, "labels", KILN_ROLE_LABEL, 1, 2, 3, K, 0, 0);
    int probs = ten(&c, "probs", KILN_ROLE_ACT, 1, 2, 3, K, 0, 0);
    int dz = grad_of(&c, z, "dlogits");
    nod(&c, OP_SOFTMAX_CE, "loss", FWD, (int[]){z, t}, (int[]){probs}, NULL);
    nod(&c, OP_SOFTMAX_CE_BWD, "dloss", BWD, (int[]){probs, t}, (int[]){dz}, NULL);
    gc_start(&c);
    fill(&c, z, gen_wide);
    fill(&c, t, gen_prob);
    double *zv = tbuf(&c, z), *tv = tbuf(&c, t);
    /* row 0: argmax z == argmax y; row 1: not */
    zv[0 * K + 1] = 5.0, tv[0 * K + 1] = 2.0;
    zv[1 * K + 3] = 5.0, tv[1 * K + 0] = 2.0;

    kiln_interp_run(c.ip, FWD, c.nb, STEP, 0.0, SEED);
    double want = 0;
    for (int n = 0; n < c.nb; n++) {
        double s = 0;
        for (int k = 0; k < K; k++) s += exp(zv[n * K + k]);
        for (int k = 0; k < K; k++) want -= tv[n * K + k] * log(exp(zv[n * K + k]) / s);
    }
    want /= c.nb;
    CHECK(fabs(kiln_interp_loss(c.ip) - want) < 1e-12, "softmax_ce: loss %.15g, want %.15g",
          kiln_interp_loss(c.ip), want);
    CHECK(kiln_interp_metric(c.ip) == 1.0, "softmax_ce: metric %g, want 1", kiln_interp_metric(c.ip));

    wrt ws[] = {{"softmax_ce_bwd dlogits", z, dz, 0}};
    gradcheck(&c, ws, 1, 1);
    gc_end(&c);
}

/* SIGMOID_BCE, logits (3,2,3) -> probs, y in [0,1]. */
static void check_sigmoid_bce(void)
{
    gc_case c;
    gc_begin(&c, 3, 2, "K 6");
    int z = ten(&c, "logits", KILN_ROLE_ACT, 1, 3, 3, 2, 3, 0);
    int t = ten(&c, "labels", KILN_ROLE_LABEL, 1, 3, 3, 2, 3, 0);
    int probs = ten(&c, "probs", KILN_ROLE_ACT, 1, 3, 3, 2, 3, 0);
    int dz = grad_of(&c, z, "dlogits");
    nod(&c, OP_SIGMOID_BCE, "loss", FWD, (int[]){z, t}, (int[]){probs}, NULL);
    nod(&c, OP_SIGMOID_BCE_BWD, "dloss", BWD, (int[]){probs, t}, (int[]){dz}, NULL);
    gc_start(&c);
    fill(&c, z, gen_wide);
    fill(&c, t, gen_prob);

    kiln_interp_run(c.ip, FWD, c.nb, STEP, 0.0, SEED);
    const double *zv = tbuf(&c, z), *tv = tbuf(&c, t);
    int K = 6;
    double want = 0, want_metric = 0;
    for (int n = 0; n < c.nb; n++)
        for (int k = 0; k < K; k++) {
            double zz = zv[n * K + k], yy = tv[n * K + k], p = 1 / (1 + exp(-zz));
            want += -(yy * log(p) + (1 - yy) * log(1 - p)) / K;
            want_metric += ((p > 0.5) == (yy > 0.5)) / (double)K;
        }
    want /= c.nb;
    CHECK(fabs(kiln_interp_loss(c.ip) - want) < 1e-12, "sigmoid_bce: loss %.15g, want %.15g",
          kiln_interp_loss(c.ip), want);
    CHECK(fabs(kiln_interp_metric(c.ip) - want_metric) < 1e-12, "sigmoid_bce: metric %g, want %g",
          kiln_interp_metric(c.ip), want_metric);

    wrt ws[] = {{"sigmoid_bce_bwd dlogits", z, dz, 0}};
    gradcheck(&c, ws, 1, 1);
    gc_end(&c);
}

/* MSE, pred (3,2,2,2) (an autoencoder's image output), y the same shape. */
static void check_mse(void)
{
    gc_case c;
    gc_begin(&c, 3, 2, "K 8");
    int p = ten(&c, "pred", KILN_ROLE_ACT, 1, 4, 3, 2, 2, 2);
    int t = ten(&c, "labels", KILN_ROLE_LABEL, 1, 4, 3, 2, 2, 2);
    int dp = grad_of(&c, p, "dpred");
    nod(&c, OP_MSE, "loss", FWD, (int[]){p, t}, NULL, NULL);
    nod(&c, OP_MSE_BWD, "dloss", BWD, (int[]){p, t}, (int[]){dp}, NULL);
    gc_start(&c);
    fill(&c, p, gen_unit);
    fill(&c, t, gen_unit);

    kiln_interp_run(c.ip, FWD, c.nb, STEP, 0.0, SEED);
    const double *pv = tbuf(&c, p), *tv = tbuf(&c, t);
    double want = 0;
    for (int e = 0; e < 2 * 8; e++) want += (pv[e] - tv[e]) * (pv[e] - tv[e]);
    want /= 2 * 8;  /* mean over nb = 2 samples of the mean over K = 8 */
    CHECK(fabs(kiln_interp_loss(c.ip) - want) < 1e-12, "mse: loss %.15g, want %.15g",
          kiln_interp_loss(c.ip), want);
    CHECK(kiln_interp_metric(c.ip) == 0.0, "mse: metric %g, want 0", kiln_interp_metric(c.ip));

    wrt ws[] = {{"mse_bwd dpred", p, dp, 0}};
    gradcheck(&c, ws, 1, 1);
    gc_end(&c);
}

/* MSE then three REG nodes (l1 only, l2 only, both): the loss op sets the
 * loss, each REG adds; REG_BWD always adds. */
static void check_reg(void)
{
    gc_case c;
    gc_begin(&c, 3, 2, "l1, l2, l1_l2 + mse");
    int p = ten(&c, "pred", KILN_ROLE_ACT, 1, 2, 3, 3, 0, 0);
    int t = ten(&c, "labels", KILN_ROLE_LABEL, 1, 2, 3, 3, 0, 0);
    int w1 = ten(&c, "dense/kernel", KILN_ROLE_PARAM, 0, 2, 3, 4, 0, 0);
    int w2 = ten(&c, "dense_1/kernel", KILN_ROLE_PARAM, 0, 1, 5, 0, 0, 0);
    int w3 = ten(&c, "conv2d/kernel", KILN_ROLE_PARAM, 0, 4, 2, 2, 1, 2);
    int dp = grad_of(&c, p, "dpred");
    int dw1 = grad_of(&c, w1, "ddense/kernel");
    int dw2 = grad_of(&c, w2, "ddense_1/kernel");
    int dw3 = grad_of(&c, w3, "dconv2d/kernel");
    kiln_attrs r1 = {.l1 = 0.01f}, r2 = {.l2 = 0.02f}, r3 = {.l1 = 0.01f, .l2 = 0.01f};
    nod(&c, OP_MSE, "loss", FWD, (int[]){p, t}, NULL, NULL);
    nod(&c, OP_REG, "reg1", FWD, (int[]){w1}, NULL, &r1);
    nod(&c, OP_REG, "reg2", FWD, (int[]){w2}, NULL, &r2);
    nod(&c, OP_REG, "reg3", FWD, (int[]){w3}, NULL, &r3);
    nod(&c, OP_MSE_BWD, "dloss", BWD, (int[]){p, t}, (int[]){dp}, NULL);
    nod(&c, OP_REG_BWD, "dreg1", BWD, (int[]){w1}, (int[]){dw1}, &r1);
    nod(&c, OP_REG_BWD, "dreg2", BWD, (int[]){w2}, (int[]){dw2}, &r2);
    nod(&c, OP_REG_BWD, "dreg3", BWD, (int[]){w3}, (int[]){dw3}, &r3);
    gc_start(&c);
    fill(&c, p, gen_unit);
    fill(&c, t, gen_unit);
    fill(&c, w1, gen_away);
    fill(&c, w2, gen_away);
    fill(&c, w3, gen_away);

    kiln_interp_run(c.ip, FWD, c.nb, STEP, 0.0, SEED);
    const double *pv = tbuf(&c, p), *tv = tbuf(&c, t);
    double want = 0;
    for (int e = 0; e < 2 * 3; e++) want += (pv[e] - tv[e]) * (pv[e] - tv[e]) / (2 * 3);
    for (int e = 0; e < 12; e++) want += 0.01f * fabs(tbuf(&c, w1)[e]);
    for (int e = 0; e < 5; e++) want += 0.02f * tbuf(&c, w2)[e] * tbuf(&c, w2)[e];
    for (int e = 0; e < 8; e++)
        want += 0.01f * fabs(tbuf(&c, w3)[e]) + 0.01f * tbuf(&c, w3)[e] * tbuf(&c, w3)[e];
    CHECK(fabs(kiln_interp_loss(c.ip) - want) < 1e-12, "mse + reg: loss %.15g, want %.15g",
          kiln_interp_loss(c.ip), want);

    c.y = -1;
    wrt ws[] = {{"mse_bwd dpred", p, dp, 0},
                {"regularizer_bwd dw (l1)", w1, dw1, 1},
                {"regularizer_bwd dw (l2)", w2, dw2, 1},
                {"regularizer_bwd dw (l1_l2)", w3, dw3, 1}};
    gradcheck(&c, ws, 4, 1);
    gc_end(&c);
}

/* A small network, through a Flatten alias: conv 3x3 same + bias -> relu ->
 * maxpool 2x2 -> flatten -> dense -> softmax_ce_sparse; gradients of the
 * loss w.r.t. every parameter through the chained backward ops. */
static void check_chain(void)
{
    gc_case c;
    gc_begin(&c, 3, 2, "conv-relu-pool-flatten-dense-ce");
    int x = ten(&c, "x", KILN_ROLE_INPUT, 1, 4, 3, 4, 4, 1);
    int w = ten(&c, "conv2d/kernel", KILN_ROLE_PARAM, 0, 4, 3, 3, 1, 2);
    int b = ten(&c, "conv2d/bias", KILN_ROLE_PARAM, 0, 1, 2, 0, 0, 0);
    int cv = ten(&c, "conv2d_out", KILN_ROLE_ACT, 1, 4, 3, 4, 4, 2);
    int r = ten(&c, "relu_out", KILN_ROLE_ACT, 1, 4, 3, 4, 4, 2);
    int pool = ten(&c, "pool_out", KILN_ROLE_ACT, 1, 4, 3, 2, 2, 2);
    int flat = ten(&c, "flatten_out", KILN_ROLE_ACT, 1, 2, 3, 8, 0, 0);
    int w2 = ten(&c, "dense/kernel", KILN_ROLE_PARAM, 0, 2, 8, 3, 0, 0);
    int b2 = ten(&c, "dense/bias", KILN_ROLE_PARAM, 0, 1, 3, 0, 0, 0);
    int z = ten(&c, "logits", KILN_ROLE_ACT, 1, 2, 3, 3, 0, 0);
    int lab = labels_tensor(&c);
    int probs = ten(&c, "probs", KILN_ROLE_ACT, 1, 2, 3, 3, 0, 0);
    int dz = ten(&c, "dlogits", KILN_ROLE_ACT, 1, 2, 3, 3, 0, 0);
    int dpool = ten(&c, "dpool_out", KILN_ROLE_ACT, 1, 4, 3, 2, 2, 2);
    int dflat = ten(&c, "dflatten_out", KILN_ROLE_ACT, 1, 2, 3, 8, 0, 0);
    int dr = ten(&c, "drelu_out", KILN_ROLE_ACT, 1, 4, 3, 4, 4, 2);
    int dcv = ten(&c, "dconv2d_out", KILN_ROLE_ACT, 1, 4, 3, 4, 4, 2);
    int dw = grad_of(&c, w, "dconv2d/kernel"), db = grad_of(&c, b, "dconv2d/bias");
    int dw2 = grad_of(&c, w2, "ddense/kernel"), db2 = grad_of(&c, b2, "ddense/bias");
    c.g.t[flat].alias = pool;
    c.g.t[dflat].alias = dpool;
    kiln_attrs ca = {.kh = 3, .kw = 3, .sh = 1, .sw = 1, .pad_top = 1, .pad_left = 1};
    kiln_attrs pa = {.kh = 2, .kw = 2, .sh = 2, .sw = 2};
    nod(&c, OP_CONV2D, "conv2d", FWD, (int[]){x, w, b}, (int[]){cv}, &ca);
    nod(&c, OP_RELU, "relu", FWD, (int[]){cv}, (int[]){r}, NULL);
    nod(&c, OP_MAXPOOL, "pool", FWD, (int[]){r}, (int[]){pool}, &pa);
    nod(&c, OP_DENSE, "dense", FWD, (int[]){flat, w2, b2}, (int[]){z}, NULL);
    nod(&c, OP_SOFTMAX_CE_SPARSE, "loss", FWD, (int[]){z, lab}, (int[]){probs}, NULL);
    nod(&c, OP_SOFTMAX_CE_SPARSE_BWD, "dloss", BWD, (int[]){probs, lab}, (int[]){dz}, NULL);
    nod(&c, OP_DENSE_BWD_WEIGHTS, "ddense.weights", BWD, (int[]){dz, flat}, (int[]){dw2, db2}, NULL);
    nod(&c, OP_DENSE_BWD_DATA, "ddense.data", BWD, (int[]){dz, w2}, (int[]){dflat}, NULL);
    nod(&c, OP_MAXPOOL_BWD, "dpool", BWD, (int[]){dpool, r}, (int[]){dr}, &pa);
    nod(&c, OP_RELU_BWD, "drelu", BWD, (int[]){dr, r}, (int[]){dcv}, NULL);
    nod(&c, OP_CONV2D_BWD_WEIGHTS, "dconv2d.weights", BWD, (int[]){dcv, x}, (int[]){dw, db}, &ca);
    gc_start(&c);
    CHECK(kiln_interp_tensor(c.ip, flat) == kiln_interp_tensor(c.ip, pool),
          "interp: an alias must share its target's buffer");
    fill(&c, x, gen_unit);
    fill(&c, w, gen_unit);
    fill(&c, b, gen_unit);
    fill(&c, w2, gen_unit);
    fill(&c, b2, gen_unit);
    fill_labels(&c, lab, 3);
    c.y = -1;
    wrt ws[] = {{"chain dconv2d/kernel", w, dw, 0}, {"chain dconv2d/bias", b, db, 0},
                {"chain ddense/kernel", w2, dw2, 0}, {"chain ddense/bias", b2, db2, 0}};
    gradcheck(&c, ws, 4, 0);
    gc_end(&c);
}

/* ---- forward spot checks on hand-computed values --------------------------- */

static void check_forward_values(void)
{
    /* x = 1..9 as (1,3,3,1).  conv 3x3 ones, stride 2, 'same' (pad 1):
     * windows centred on (0,0), (0,2), (2,0), (2,2) -> 12 16 24 28.
     * maxpool 3x3, stride 2, pad 1 over the same windows -> 5 6 8 9. */
    gc_case c;
    gc_begin(&c, 1, 1, "spot");
    int x = ten(&c, "x", KILN_ROLE_INPUT, 1, 4, 1, 3, 3, 1);
    int w = ten(&c, "k", KILN_ROLE_PARAM, 0, 4, 3, 3, 1, 1);
    int y = ten(&c, "conv", KILN_ROLE_ACT, 1, 4, 1, 2, 2, 1);
    int p = ten(&c, "pool", KILN_ROLE_ACT, 1, 4, 1, 2, 2, 1);
    int x2 = ten(&c, "x2", KILN_ROLE_INPUT, 1, 2, 1, 2, 0, 0);
    int w2 = ten(&c, "k2", KILN_ROLE_PARAM, 0, 2, 2, 3, 0, 0);
    int b2 = ten(&c, "b2", KILN_ROLE_PARAM, 0, 1, 3, 0, 0, 0);
    int y2 = ten(&c, "dense", KILN_ROLE_ACT, 1, 2, 1, 3, 0, 0);
    int s = ten(&c, "softmax", KILN_ROLE_ACT, 1, 2, 1, 3, 0, 0);
    kiln_attrs a = {.kh = 3, .kw = 3, .sh = 2, .sw = 2, .pad_top = 1, .pad_left = 1};
    nod(&c, OP_CONV2D, "conv", FWD, (int[]){x, w, -1}, (int[]){y}, &a);
    nod(&c, OP_MAXPOOL, "pool", FWD, (int[]){x}, (int[]){p}, &a);
    nod(&c, OP_DENSE, "dense", FWD, (int[]){x2, w2, b2}, (int[]){y2}, NULL);
    nod(&c, OP_SOFTMAX, "softmax", FWD, (int[]){y2}, (int[]){s}, NULL);
    nod(&c, OP_OUTPUT, "output", ENTRY_PREDICT, (int[]){s}, NULL, NULL);
    gc_start(&c);
    for (int e = 0; e < 9; e++) tbuf(&c, x)[e] = e + 1, tbuf(&c, w)[e] = 1;
    /* dense: [1 2] * [[1 2 3] [4 5 6]] + [0.5 0 -0.5] = [9.5 12 14.5] */
    memcpy(tbuf(&c, x2), (double[]){1, 2}, sizeof(double[2]));
    memcpy(tbuf(&c, w2), (double[]){1, 2, 3, 4, 5, 6}, sizeof(double[6]));
    memcpy(tbuf(&c, b2), (double[]){0.5, 0, -0.5}, sizeof(double[3]));
    kiln_interp_run(c.ip, FWD | ENTRY_PREDICT, 1, 1, 0.0, SEED);
    const double want_conv[4] = {12, 16, 24, 28}, want_pool[4] = {5, 6, 8, 9};
    const double want_dense[3] = {9.5, 12, 14.5};
    for (int e = 0; e < 4; e++) {
        CHECK(tbuf(&c, y)[e] == want_conv[e], "conv2d s2 same: y[%d] = %g, want %g", e, tbuf(&c, y)[e], want_conv[e]);
        CHECK(tbuf(&c, p)[e] == want_pool[e], "maxpool 3x3 s2 pad 1: y[%d] = %g, want %g", e, tbuf(&c, p)[e], want_pool[e]);
    }
    double z = exp(-5) + exp(-2.5) + 1;
    const double want_sm[3] = {exp(-5) / z, exp(-2.5) / z, 1 / z};
    for (int e = 0; e < 3; e++) {
        CHECK(tbuf(&c, y2)[e] == want_dense[e], "dense: y[%d] = %g, want %g", e, tbuf(&c, y2)[e], want_dense[e]);
        CHECK(fabs(tbuf(&c, s)[e] - want_sm[e]) < 1e-15, "softmax: y[%d] = %.17g, want %.17g", e,
              tbuf(&c, s)[e], want_sm[e]);
        CHECK(kiln_interp_output(c.ip)[e] == tbuf(&c, s)[e], "output: copy of y[%d] differs", e);
    }
    CHECK(kiln_interp_output_size(c.ip) == 3, "output size %lld, want 3",
          (long long)kiln_interp_output_size(c.ip));
    gc_end(&c);
}

/* MAXPOOL_BWD sends dy to the first in-range maximum in row-major (p, q). */
static void check_maxpool_ties(void)
{
    gc_case c;
    gc_begin(&c, 1, 1, "ties");
    int x = ten(&c, "x", KILN_ROLE_INPUT, 1, 4, 1, 2, 4, 1);
    int dy = ten(&c, "dy", KILN_ROLE_ACT, 1, 4, 1, 1, 2, 1);
    int dx = ten(&c, "dx", KILN_ROLE_ACT, 1, 4, 1, 2, 4, 1);
    kiln_attrs a = {.kh = 2, .kw = 2, .sh = 2, .sw = 2};
    nod(&c, OP_MAXPOOL_BWD, "dpool", BWD, (int[]){dy, x}, (int[]){dx}, &a);
    gc_start(&c);
    /* window 0: all equal -> (0,0); window 1: max 3 at (0,1) and (1,0) -> (0,1) */
    memcpy(tbuf(&c, x), (double[]){7, 7, 1, 3, 7, 7, 3, 2}, sizeof(double[8]));
    memcpy(tbuf(&c, dy), (double[]){0.5, -2}, sizeof(double[2]));
    kiln_interp_run(c.ip, BWD, 1, 1, 0.0, SEED);
    const double want[8] = {0.5, 0, 0, -2, 0, 0, 0, 0};
    int bad = 0;
    for (int e = 0; e < 8; e++) bad += tbuf(&c, dx)[e] != want[e];
    CHECK(bad == 0, "maxpool_bwd: ties must go to the first maximum (%d elements off)", bad);
    gc_end(&c);
}

/* ---- optimizer: two steps against the formulas, by hand ------------------- */

typedef struct {
    gc_case c;
    int p, g, m, v;   /* param, its grad, moments (m/v -1 when absent) */
    int other, frozen, state;
} opt_graph;

/* p (3) with grad and moments as given; a frozen param (no grad) and a state
 * tensor, which the update must leave alone. */
static void opt_build(opt_graph *o, kiln_op op, const kiln_attrs *a, int with_m, int with_v)
{
    gc_begin(&o->c, 1, 1, "opt");
    o->p = ten(&o->c, "w", KILN_ROLE_PARAM, 0, 1, 3, 0, 0, 0);
    o->g = grad_of(&o->c, o->p, "dw");
    o->m = with_m ? ten(&o->c, "m_w", KILN_ROLE_OPT_M, 0, 1, 3, 0, 0, 0) : -1;
    o->v = with_v ? ten(&o->c, "v_w", KILN_ROLE_OPT_V, 0, 1, 3, 0, 0, 0) : -1;
    if (o->m >= 0) o->c.g.t[o->m].param = o->p;
    if (o->v >= 0) o->c.g.t[o->v].param = o->p;
    o->frozen = ten(&o->c, "frozen", KILN_ROLE_PARAM, 0, 1, 3, 0, 0, 0);
    o->state = ten(&o->c, "bn/moving_mean", KILN_ROLE_STATE, 0, 1, 3, 0, 0, 0);
    nod(&o->c, op, "update", BWD, NULL, NULL, a);
    gc_start(&o->c);
    for (int e = 0; e < 3; e++) {
        tbuf(&o->c, o->frozen)[e] = 1.5;
        tbuf(&o->c, o->state)[e] = 2.5;
    }
    memcpy(tbuf(&o->c, o->p), (double[]){0.5, -1.0, 2.0}, sizeof(double[3]));
}

static const double opt_grads[2][3] = {{0.1, -0.2, 0.3}, {-0.05, 0.4, 0.3}};

static int near(const double *got, const double *want, int n)
{
    for (int e = 0; e < n; e++)
        if (!(fabs(got[e] - want[e]) <= 1e-14 * (1 + fabs(want[e])))) return 0;
    return 1;
}

static void opt_check_untouched(opt_graph *o, const char *what)
{
    int ok = 1;
    for (int e = 0; e < 3; e++)
        ok &= tbuf(&o->c, o->frozen)[e] == 1.5 && tbuf(&o->c, o->state)[e] == 2.5;
    CHECK(ok, "%s: a parameter without gradient or a state tensor was updated", what);
}

static void check_adam(void)
{
    const double lr = 0.01, b1 = 0.9f, b2 = 0.999f, eps = 1e-7f;
    kiln_attrs a = {.beta_1 = 0.9f, .beta_2 = 0.999f, .opt_epsilon = 1e-7f};
    opt_graph o;
    opt_build(&o, OP_ADAM_UPDATE, &a, 1, 1);
    double p[3] = {0.5, -1.0, 2.0}, m[3] = {0}, v[3] = {0};
    for (int t = 1; t <= 2; t++) {
        memcpy(tbuf(&o.c, o.g), opt_grads[t - 1], sizeof(double[3]));
        kiln_interp_run(o.c.ip, BWD, 1, t, lr, SEED);
        /* Keras Adam: m_t = b1 m + (1-b1) g; v_t = b2 v + (1-b2) g^2;
         * p -= lr * sqrt(1-b2^t)/(1-b1^t) * m_t / (sqrt(v_t) + eps) */
        for (int e = 0; e < 3; e++) {
            double g = opt_grads[t - 1][e];
            m[e] = b1 * m[e] + (1 - b1) * g;
            v[e] = b2 * v[e] + (1 - b2) * g * g;
            double alpha = lr * sqrt(1 - pow(b2, t)) / (1 - pow(b1, t));
            p[e] = p[e] - alpha * m[e] / (sqrt(v[e]) + eps);
        }
        CHECK(near(tbuf(&o.c, o.m), m, 3), "adam step %d: m differs", t);
        CHECK(near(tbuf(&o.c, o.v), v, 3), "adam step %d: v differs", t);
        CHECK(near(tbuf(&o.c, o.p), p, 3), "adam step %d: p = %.17g %.17g %.17g, want %.17g %.17g %.17g", t,
              tbuf(&o.c, o.p)[0], tbuf(&o.c, o.p)[1], tbuf(&o.c, o.p)[2], p[0], p[1], p[2]);
    }
    opt_check_untouched(&o, "adam_update");
    gc_end(&o.c);
}

static void check_sgd(const char *what, float momentum, int nesterov)
{
    const double lr = 0.1, mu = momentum;
    kiln_attrs a = {.sgd_momentum = momentum, .nesterov = nesterov};
    opt_graph o;
    opt_build(&o, OP_SGD_UPDATE, &a, momentum != 0, 0);
    double p[3] = {0.5, -1.0, 2.0}, vel[3] = {0};
    for (int t = 1; t <= 2; t++) {
        memcpy(tbuf(&o.c, o.g), opt_grads[t - 1], sizeof(double[3]));
        kiln_interp_run(o.c.ip, BWD, 1, t, lr, SEED);
        /* Keras SGD: velocity = momentum*velocity - lr*g;
         * p += velocity, or (nesterov) p += momentum*velocity - lr*g; plain p -= lr*g */
        for (int e = 0; e < 3; e++) {
            double g = opt_grads[t - 1][e];
            if (momentum == 0) {
                p[e] -= lr * g;
            } else {
                vel[e] = mu * vel[e] - lr * g;
                p[e] += nesterov ? mu * vel[e] - lr * g : vel[e];
            }
        }
        CHECK(near(tbuf(&o.c, o.p), p, 3), "%s step %d: p = %.17g %.17g %.17g, want %.17g %.17g %.17g",
              what, t, tbuf(&o.c, o.p)[0], tbuf(&o.c, o.p)[1], tbuf(&o.c, o.p)[2], p[0], p[1], p[2]);
        if (momentum != 0) CHECK(near(tbuf(&o.c, o.m), vel, 3), "%s step %d: velocity differs", what, t);
    }
    opt_check_untouched(&o, what);
    gc_end(&o.c);
}

int main(void)
{
    printf("gradient checks (central differences, h = %g; rel tol %g, abs tol %g below |g| %g)\n",
           FD_H, REL_TOL, ABS_TOL, TINY);
    /*            tag                     H  W  C KH KW  F sh sw pt pl OH OW bias */
    check_conv2d("s1 valid +bias",        5, 5, 2, 3, 3, 3, 1, 1, 0, 0, 3, 3, 1);
    check_conv2d("s2 same",               5, 5, 2, 3, 3, 3, 2, 2, 1, 1, 3, 3, 0);
    check_conv2d("s1 same 2x3 +bias",     4, 5, 2, 2, 3, 2, 1, 1, 0, 1, 4, 5, 1);
    check_conv2d("s2x1 same 6x6 +bias",   6, 6, 1, 3, 3, 2, 2, 1, 0, 1, 3, 6, 1);
    check_dense("+bias nb 2/3", 3, 2, 4, 5, 1);
    check_dense("no bias nb 2/2", 2, 2, 4, 5, 0);
    check_maxpool("2x2 s2", 4, 4, 2, 2, 2, 0, 2, 2);
    check_maxpool("3x3 s2 pad 1", 5, 5, 2, 3, 2, 1, 3, 3);
    check_bn("NHWC nb 2/3", 3, 2, 4, 2, 2, 3);
    check_bn("NC nb 3/4", 4, 3, 2, 4, 0, 0);
    check_dropout();
    check_activation(OP_RELU, OP_RELU_BWD, "relu_bwd", "|x| >= 0.05", gen_away, 0);
    check_activation(OP_LEAKY_RELU, OP_LEAKY_RELU_BWD, "leaky_relu_bwd", "alpha 0.2", gen_away, 1);
    check_activation(OP_SIGMOID, OP_SIGMOID_BWD, "sigmoid_bwd", "x in [-3,3)", gen_wide, 0);
    check_activation(OP_TANH, OP_TANH_BWD, "tanh_bwd", "x in [-3,3)", gen_wide, 0);
    check_activation(OP_SOFTMAX, OP_SOFTMAX_BWD, "softmax_bwd", "last axis 4", gen_wide, 0);
    check_softmax_ce_sparse();
    check_softmax_ce();
    check_sigmoid_bce();
    check_mse();
    check_reg();
    check_chain();
    check_forward_values();
    check_maxpool_ties();
    check_adam();
    check_sgd("sgd_update", 0.0f, 0);
    check_sgd("sgd_update momentum", 0.9f, 0);
    check_sgd("sgd_update nesterov", 0.9f, 1);
    return test_finish();
}

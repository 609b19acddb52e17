/* emit_eltwise.c — elementwise kernels (emit.h): activations and their
 * gradients, dropout with its mask, rescaling, and predict's output copy.
 * Generic family: one loop over the samples' elements, shared out by sample. */
#include <math.h>
#include <string.h>

#include "diag.h"
#include "emit.h"

/* Elements per sample as stored: every operand of an elementwise node shares
 * one layout (choose_layouts.c), and f(0) = 0 keeps halo and padding zero. */
static int64_t stored_per_sample(const emitter *E, int t)
{
    const kiln_tensor *x = T(E, t);
    return x->batched ? x->storage / x->dims[0] : x->storage;
}

static void k_elementwise(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    const kiln_tensor *x = T(E, n->in[0]);
    int64_t per = stored_per_sample(E, n->in[0]);
    const char *X = E->tname[n->in[0]], *Y = E->tname[n->out[0]];
    const char *X1 = n->nin > 1 ? E->tname[n->in[1]] : "";
    (void)x;
    P(b, I1 "#pragma omp for schedule(static)\n");
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

/* Dropout whose input (forward) or gradient (backward) is channel-blocked:
 * the loop runs over the logical NHWC index e, the one the reference draws
 * the mask at, reading (or writing) the blocked tensor there; the mask and
 * the other operand are in Keras's layout.  The backward also writes the
 * padded channels 0 and zeroes the halo. */
static void k_dropout_blocked(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    int bwd = n->op == OP_DROPOUT_BWD, img = bwd ? n->out[0] : n->in[0];
    const kiln_tensor *x = T(E, img);
    kiln_geom gx = kiln_geometry(x);
    int H = x->dims[1], W = x->dims[2], C = x->dims[3], VL = gx.block;
    if (bwd) kiln_emit_zero_halo(E, img);
    if (!bwd) P(b, I1 "const float keep_scale = %s;  /* 1 / (1 - rate) */\n", flt(E->a, 1.0 / (1.0 - n->a.rate)));
    if (VL > 1 && VL == E->g->isa->lanes && C % VL == 0) {
        /* a channel vector at a time: its VL channels are consecutive in the
         * NHWC mask, and vuniform gives each lane kiln_uniform of its index */
        P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
        P(b, I1 "for (int n = 0; n < nb; n++)\n");
        P(b, I2 "for (int cb = 0; cb < %d; cb++)\n", gx.CB);
        P(b, I3 "for (int h = 0; h < %d; h++)\n", H);
        P(b, I4 "for (int w = 0; w < %d; w++) {\n", W);
        const char *c0 = kiln_arena_printf(E->a, "cb * %d", VL);
        P(b, I5 "const long b = %s;  /* in %s */\n", kiln_image_at(E->a, x, "n", "h", "w", c0), x->name);
        P(b, I5 "const long e = (((long)n * %d + h) * %d + w) * %d + %s;  /* logical NHWC */\n", H, W, C, c0);
        if (bwd) {
            const char *v = kiln_arena_printf(E->a, "vload(%s + e) * vload(%s + e)", NAME(E, n->in[0]), NAME(E, n->in[1]));
            if (n->a.accumulate) v = kiln_arena_printf(E->a, "vload(%s + b) + %s", NAME(E, n->out[0]), v);
            P(b, I5 "vstore(%s + b, %s);\n", NAME(E, n->out[0]), v);
        } else {
            P(b, I5 "const vf mask = vuniform(seed, step, %d, e) >= %s ? (vf)keep_scale : vzero();\n", n->a.salt,
              flt(E->a, n->a.rate));
            P(b, I5 "vstore(%s + e, mask);\n", NAME(E, n->out[1]));
            P(b, I5 "vstore(%s + e, vload(%s + b) * mask);\n", NAME(E, n->out[0]), NAME(E, n->in[0]));
        }
        P(b, I4 "}\n");
        return;
    }
    P(b, I1 "#pragma omp for schedule(static) collapse(2)\n");
    P(b, I1 "for (int n = 0; n < nb; n++)\n");
    P(b, I2 "for (int h = 0; h < %d; h++)\n", H);
    P(b, I3 "for (int w = 0; w < %d; w++)\n", W);
    P(b, I4 "for (int c = 0; c < %d; c++) {\n", gx.cpad);
    P(b, I5 "const long b = %s;  /* in %s */\n", kiln_image_at(E->a, x, "n", "h", "w", "c"), x->name);
    P(b, I5 "const long e = (((long)n * %d + h) * %d + w) * %d + c;  /* logical NHWC */\n", H, W, C);
    if (bwd) {
        P(b, I5 "%s[b] %s c < %d ? %s[e] * %s[e] : 0.0f;\n", NAME(E, n->out[0]), store(n), C, NAME(E, n->in[0]),
          NAME(E, n->in[1]));
    } else {
        P(b, I5 "if (c >= %d) continue;\n", C);
        P(b, I5 "const float u = kiln_uniform(seed, step, %d, e);\n", n->a.salt);
        P(b, I5 "%s[e] = u >= %s ? keep_scale : 0.0f;\n", NAME(E, n->out[1]), flt(E->a, n->a.rate));
        P(b, I5 "%s[e] = %s[b] * %s[e];\n", NAME(E, n->out[0]), NAME(E, n->in[0]), NAME(E, n->out[1]));
    }
    P(b, I4 "}\n");
    (void)VL;
}

/* An image in another layout than dense NHWC (blocked, or with a halo). */
static int laid_out(const kiln_tensor *t)
{
    return t->rank == 4 && t->batched && (t->block || t->halo[0] || t->halo[1] || t->halo[2] || t->halo[3]);
}

static void k_dropout(emitter *E, const kiln_node *n)
{
    sbuf *b = E->b;
    int64_t per = kiln_tensor_per_sample(E->g, n->in[0]);
    const char *X = E->tname[n->in[0]], *Y = E->tname[n->out[0]], *M = E->tname[n->out[1]];
    P(b, I1 "const float keep_scale = %s;  /* 1 / (1 - rate) */\n", flt(E->a, 1.0 / (1.0 - n->a.rate)));
    P(b, I1 "#pragma omp for schedule(static)\n");
    P(b, I1 "for (int n = 0; n < nb; n++) {\n");
    P(b, I2 "for (long e = (long)n * %lld; e < (long)(n + 1) * %lld; e++) {\n", (long long)per, (long long)per);
    P(b, I3 "const float u = kiln_uniform(seed, step, %d, e);\n", n->a.salt);
    P(b, I3 "%s[e] = u >= %s ? keep_scale : 0.0f;\n", M, flt(E->a, n->a.rate));
    P(b, I3 "%s[e] = %s[e] * %s[e];\n", Y, X, M);
    P(b, I2 "}\n" I1 "}\n");
}

static void k_output(emitter *E, const kiln_node *n)
{
    int64_t per = kiln_tensor_per_sample(E->g, n->in[0]);
    P(E->b, I1 "#pragma omp single\n");
    P(E->b, I1 "memcpy(out, %s, sizeof(float) * (size_t)nb * %lld);\n", E->tname[n->in[0]], (long long)per);
}

void kiln_emit_eltwise(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    switch (n->op) {
    case OP_DROPOUT:
        if (laid_out(T(E, n->in[0]))) k_dropout_blocked(E, n);
        else k_dropout(E, n);
        break;
    case OP_DROPOUT_BWD:
        if (laid_out(T(E, n->out[0]))) k_dropout_blocked(E, n);
        else k_elementwise(E, n);
        break;
    case OP_OUTPUT: k_output(E, n); break;
    default: k_elementwise(E, n); break;
    }
}

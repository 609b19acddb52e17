/* emit_c.c — the kernel plan as one C translation unit (docs/architecture.md §4).
 *
 * Output, in order: a banner; a verbatim copy of kiln_abi.h (so the file
 * compiles alone); the ISA's vector prelude; one function per kernel of the
 * plan — named by what it does and its shape (k07_conv2d_fwd_n128_h26w26c32)
 * under a comment listing the graph nodes it covers with their model-file
 * origin, its operands with shapes and layouts, its schedule and ISA — whose
 * body the kernel's family emitter prints (emit.h); the module descriptor;
 * and the three entry points, each one OpenMP parallel region that names
 * every buffer after its tensor and calls the kernels in plan order.  Every
 * shape is a compile-time constant; only the batch loop bound nb (valid
 * samples) is a run-time value.
 *
 * The output is deterministic: no timestamps, no pointers, no hash order.
 */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "emit.h"
#include "kiln_abi_text.h"

/* ---- strings ---- */

void kiln_sb_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap, aq;
    va_start(ap, fmt);
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (b->len + (size_t)n + 1 > b->cap) {
        b->cap = (b->len + (size_t)n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s) KILN_BUG("out of memory");
    }
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

static char *c_ident(kiln_arena *a, const char *s)
{
    char *r = kiln_arena_strdup(a, s);
    for (char *p = r; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))) *p = '_';
    return r;
}

const char *kiln_emit_float(kiln_arena *a, double v)
{
    if (isinf(v)) return v > 0 ? "INFINITY" : "-INFINITY";
    char *s = kiln_arena_printf(a, "%.9g", (double)(float)v);
    if (!strpbrk(s, ".eEn")) s = kiln_arena_printf(a, "%s.0", s);
    return kiln_arena_printf(a, "%sf", s);
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

static int uses_nb(const kiln_graph *g, const kiln_node *n)
{
    if (kiln_ops[n->op].flags & OPF_OPTIMIZER) return 0;
    if (n->op == OP_REG || n->op == OP_REG_BWD || n->op == OP_BN_FOLD) return 0;
    if (n->op == OP_REORDER) return g->t[n->out[0]].batched;
    return 1;
}

/* Writes kernel k's parameter list; with `call` set, the arguments instead:
 * its boundary tensors (inputs, then outputs), then its scratch tensors,
 * then what its ops need of kiln_step (nb, the dropout stream, the loss, the
 * slabs). */
static void params(const emitter *E, const kiln_kernel *k, int call)
{
    const kiln_graph *g = E->g;
    const kiln_node *a = &g->n[k->anchor];
    sbuf *b = E->b;
    int first = 1;
#define SEP() (first ? (first = 0, "") : ", ")
    if (kiln_ops[a->op].flags & OPF_OPTIMIZER) {
        /* with regularizer gradients fused (fuse.c) it stores into g */
        if (call) P(b, "P, G, M, V, s->step, s->learning_rate");
        else P(b, "float *restrict p, %sfloat *restrict g, float *restrict m, float *restrict v, "
                  "int64_t t, float lr", k->n_nodes > 1 ? "" : "const ");
        return;
    }
    int nb = 0, dropout = 0, loss = 0, reg = 0, output = 0;
    for (int j = 0; j < k->n_nodes; j++) {
        const kiln_node *n = &g->n[k->nodes[j]];
        nb |= uses_nb(g, n);
        dropout |= n->op == OP_DROPOUT;
        loss |= is_loss_fwd(n->op) && n->op != OP_REG;
        reg |= n->op == OP_REG;
        output |= n->op == OP_OUTPUT;
    }
    for (int j = 0; j < k->n_in; j++) {
        int t = k->in[j];
        int rw = 0;  /* read and written in place (BN moving statistics) */
        for (int q = 0; q < k->n_nodes; q++) {
            const kiln_node *n = &g->n[k->nodes[q]];
            for (int i = 0; i < n->nin; i++)
                if (n->in[i] == t && reads_and_writes(n, i)) rw = 1;
        }
        if (call) P(b, "%s%s", SEP(), E->tname[t]);
        else P(b, "%s%s%s *restrict %s", SEP(), rw ? "" : "const ", ctype(T(E, t)), E->tname[t]);
    }
    for (int j = 0; j < k->n_out; j++) {
        if (call) P(b, "%s%s", SEP(), E->tname[k->out[j]]);
        else P(b, "%s%s *restrict %s", SEP(), ctype(T(E, k->out[j])), E->tname[k->out[j]]);
    }
    for (int s = 0; s < 2; s++) {
        if (k->scratch[s] < 0) continue;
        if (call) P(b, "%s%s", SEP(), E->tname[k->scratch[s]]);
        else P(b, "%sfloat *restrict %s", SEP(), E->tname[k->scratch[s]]);
    }
    if (output) P(b, "%s%s", SEP(), call ? "s->out" : "float *restrict out");
    if (nb) P(b, "%s%s", SEP(), call ? "nb" : "int nb");
    if (dropout) P(b, "%s%s", SEP(), call ? "s->seed, s->step" : "uint64_t seed, int64_t step");
    if (reg) P(b, "%s%s", SEP(), call ? "&s->loss" : "double *restrict loss");
    if (loss) P(b, "%s%s", SEP(), call ? "&s->loss, &s->metric" : "double *restrict loss, double *restrict metric");
#undef SEP
}

static void kernel_body(emitter *E, const kiln_kernel *k)
{
    switch (k->family) {
    case FAM_CONV_FWD: case FAM_CONV_BWD_DATA: case FAM_CONV_BWD_WEIGHTS: kiln_emit_conv(E, k); break;
    case FAM_GEMM: kiln_emit_gemm(E, k); break;
    case FAM_ELTWISE: kiln_emit_eltwise(E, k); break;
    case FAM_POOL: kiln_emit_pool(E, k); break;
    case FAM_BN: kiln_emit_bn(E, k); break;
    case FAM_LOSS: kiln_emit_loss(E, k); break;
    case FAM_OPTIMIZER: kiln_emit_opt(E, k); break;
    case FAM_REORDER: kiln_emit_reorder(E, k); break;
    default: KILN_BUG("kernel %s has no family emitter", k->name);
    }
}

/* ---- layouts, roles, pointers ---- */

static const char *layout_of(const kiln_tensor *t)
{
    if (t->batched) return t->rank == 4 ? "NHWC" : t->rank == 2 ? "NC" : "N";
    if (t->rank == 4) return "HWIO";
    if (t->rank == 2) return "IO";
    return "C";
}

/* The physical layout of an activation, for comments: "NHWC", "nChw16c". */
static const char *phys_layout(kiln_arena *a, const kiln_tensor *t)
{
    if (!t->block) return layout_of(t);
    const char *base = t->rank == 4 && t->batched ? "nChw%dc" : t->rank == 2 && t->batched ? "nC%dc" : "%d-blocked";
    const char *s = kiln_arena_printf(a, base, t->block);
    if (t->halo[0] || t->halo[1] || t->halo[2] || t->halo[3])
        s = kiln_arena_printf(a, "%s, halo %d %d %d %d", s, t->halo[0], t->halo[1], t->halo[2], t->halo[3]);
    return s;
}

static const char *role_enum(int r)
{
    static const char *names[] = {"KILN_ROLE_INPUT", "KILN_ROLE_LABEL", "KILN_ROLE_PARAM", "KILN_ROLE_GRAD",
                                  "KILN_ROLE_STATE", "KILN_ROLE_OPT_M", "KILN_ROLE_OPT_V", "KILN_ROLE_ACT",
                                  "KILN_ROLE_OUTPUT"};
    return names[r];
}

/* Pointer expression of a tensor inside an entry point. */
static const char *tensor_ptr(const emitter *E, int id)
{
    const kiln_graph *g = E->g;
    int s = kiln_tensor_storage(g, id);
    const kiln_tensor *t = &g->t[s];
    if (t->to_out) return "s->out";  /* predict's output, made in place (fuse.c) */
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

/* Every tensor kernel k touches: inputs, outputs, scratch. */
static int kernel_tensors(const kiln_kernel *k, int *out)
{
    int n = 0;
    for (int j = 0; j < k->n_in; j++) out[n++] = k->in[j];
    for (int j = 0; j < k->n_out; j++) out[n++] = k->out[j];
    for (int j = 0; j < 2; j++)
        if (k->scratch[j] >= 0) out[n++] = k->scratch[j];
    return n;
}

/* FLOPs below which an entry point runs on one thread. */
#define SERIAL_FLOPS 4e6
/* Parameter bytes from which it runs on its threads whatever the FLOPs: one
 * core re-reads weights that do not fit its L2 from L3 at every call, while
 * each thread's share stays in its own (seed003_mlp_l2's 2.2 MB, batch 1:
 * 0.049 ms on one thread, 0.027 on two).  About half a 2 MB L2; a fixed
 * figure, so that the generated code does not depend on the machine. */
#define SERIAL_MAX_PARAM_BYTES (1 << 20)

static void entry(emitter *E, const char *fname, int mask, const char *doc)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    P(b, "/* %s\n * One OpenMP parallel region: the kernels share their work out among its\n"
         " * threads (static schedules, a barrier after each). */\n", doc);
    P(b, "void %s(kiln_step *s)\n{\n", fname);
    P(b, I1 "const int nb = s->nb;\n");
    int used_slab[5] = {0};
    char *declared = calloc((size_t)g->nt, 1);
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *k = &g->k[i];
        if (!(k->entries & mask)) continue;
        if (k->family == FAM_OPTIMIZER) used_slab[0] = used_slab[1] = used_slab[2] = used_slab[3] = 1;
        int ts[KILN_MAX_KIN + KILN_MAX_KOUT + 2], nts = kernel_tensors(k, ts);
        for (int j = 0; j < nts; j++) {
            int r = g->t[kiln_tensor_storage(g, ts[j])].role;
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
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *k = &g->k[i];
        if (!(k->entries & mask)) continue;
        int ts[KILN_MAX_KIN + KILN_MAX_KOUT + 2], nts = kernel_tensors(k, ts);
        for (int j = 0; j < nts; j++) {
            int t = ts[j];
            if (declared[t]) continue;
            declared[t] = 1;
            const kiln_tensor *x = &g->t[t];
            const char *ty = ctype(x);
            int sr = g->t[kiln_tensor_storage(g, t)].role;
            int ro = sr == KILN_ROLE_INPUT || sr == KILN_ROLE_LABEL;
            const char *ptr = tensor_ptr(E, t);
            if (x->dtype == DT_U8) ptr = kiln_arena_printf(E->a, "(uint8_t *)(%s)", ptr);  /* bytes in the float arena */
            P(b, I1 "%s%s *const %s = %s;  /* %s (", ro ? "const " : "", ty, E->tname[t], ptr, x->name);
            for (int d = 0; d < x->rank; d++) P(b, "%s%d", d ? ", " : "", x->dims[d]);
            P(b, ")%s%s */\n", x->block ? " " : "", x->block ? phys_layout(E->a, x) : "");
        }
    }
    if (mask & (ENTRY_EVAL | ENTRY_TRAIN)) P(b, I1 "s->loss = 0.0;\n" I1 "s->metric = 0.0;\n");
    /* A step too small to pay for the threads' start and barriers (the
     * 1-sample predict of an MLP) runs on the calling thread alone, unless
     * its parameters are too many for one core's cache. */
    double per_sample = 0;
    for (int i = 0; i < g->nn; i++)
        if (g->n[i].entries & mask) per_sample += kiln_node_flops(g, &g->n[i]);
    per_sample /= g->batch;
    double param_bytes = 4.0 * (double)g->n_params;
    int always = param_bytes >= SERIAL_MAX_PARAM_BYTES;
    if (always)
        P(b, I1 "/* %.0f FLOP per sample, %.0f bytes of parameters: threads at any batch */\n", per_sample,
          param_bytes);
    else
        P(b, I1 "/* %.0f FLOP per sample: threads from %.0f samples on */\n", per_sample,
          ceil(SERIAL_FLOPS / (per_sample > 1 ? per_sample : 1)));
    int copies = 0;
    for (int i = 0; i < g->nk; i++) copies |= (g->k[i].entries & mask) && g->k[i].weight_copy;
    if (copies)
        P(b, I1 "/* the weight copies at the arena's top are current while the caller holds the weights */\n"
             I1 "const int copy_weights = !(s->weights_version && s->weights_cached\n"
             I1 "                           && *s->weights_cached == s->weights_version);\n");
    if (always) P(b, I1 "#pragma omp parallel\n" I1 "{\n");
    else P(b, I1 "#pragma omp parallel if ((double)nb * %.17g >= %.17g)\n" I1 "{\n", per_sample, SERIAL_FLOPS);
    P(b, I2 "const unsigned mxcsr = kiln_flush_denormals();\n");
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *k = &g->k[i];
        if (!(k->entries & mask)) continue;
        P(b, I2 "%s%s(", k->weight_copy ? "if (copy_weights) " : "", k->name);
        E->k = k;
        params(E, k, 1);
        P(b, ");\n");
    }
    P(b, I2 "kiln_restore_mxcsr(mxcsr);\n");
    P(b, I1 "}\n");
    if (copies) P(b, I1 "if (s->weights_cached) *s->weights_cached = s->weights_version;\n");
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
        int64_t off = x->offset < 0 || x->to_out ? 0 : x->offset;
        /* an intermediate a fused kernel never stores takes no space: size 0 */
        int64_t size = x->kernel_local && x->role == KILN_ROLE_ACT ? 0 : x->block ? x->storage : x->size;
        P(b, I1 "{\"%s\", %s, %d, {%d, %d, %d, %d}, \"%s\", %lld, %lld, %d, %d, %d},\n", x->name,
          role_enum(x->to_out ? KILN_ROLE_OUTPUT : x->role),
          x->rank, x->dims[0], x->rank > 1 ? x->dims[1] : 0, x->rank > 2 ? x->dims[2] : 0,
          x->rank > 3 ? x->dims[3] : 0, x->block ? phys_layout(E->a, x) : layout_of(x), (long long)off,
          (long long)size, x->init, x->fan_in, x->fan_out);
        nt++;
    }
    P(b, "};\n\n");
    P(b, "static const kiln_kernel_desc kernels[] = {\n");
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *k = &g->k[i];
        sbuf sig = {0};
        sbuf *saved = E->b;
        E->b = &sig;
        P(&sig, "void %s(", k->name);
        params(E, k, 0);
        P(&sig, ")");
        E->b = saved;
        double flops, bytes;
        kiln_kernel_cost(g, k, &flops, &bytes);
        P(b, I1 "{\"%s\", \"%s\", %.17g, %.17g, %d},\n", k->name, sig.s, flops, bytes, k->entries);
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
    P(b, I1 ".n_kernels = %d,\n" I1 ".kernels = kernels,\n", g->nk);
    P(b, I1 ".isa = \"%s\",\n", g->isa->name);
    P(b, "};\n\n");
}

static const char *parallel_name(kiln_parallel p)
{
    switch (p) {
    case PAR_SINGLE: return "one thread";
    case PAR_BATCH: return "OpenMP over samples";
    case PAR_ROWS: return "OpenMP over output rows";
    case PAR_ELEMENTS: return "OpenMP over elements";
    case PAR_CHANNELS: return "OpenMP over channel blocks";
    case PAR_TAPS: return "OpenMP over filter taps x channel blocks";
    case PAR_OUTPUT_ROWS: return "OpenMP over rows of the gradient";
    }
    return "?";
}

static void operand_line(emitter *E, const char *what, int t, const char *extra)
{
    const kiln_tensor *x = T(E, t);
    P(E->b, " *   %s %-26s (", what, x->name);
    for (int d = 0; d < x->rank; d++) P(E->b, "%s%d", d ? ", " : "", x->dims[d]);
    P(E->b, ") %s%s\n", phys_layout(E->a, x), extra);
}

/* The comment above a kernel: what it covers, its operands, its schedule. */
static void kernel_comment(emitter *E, const kiln_kernel *k)
{
    const kiln_graph *g = E->g;
    sbuf *b = E->b;
    const kiln_node *a = &g->n[k->anchor];
    P(b, "/* %s — %s kernel\n", k->name, kiln_family_name(k->family));
    for (int j = 0; j < k->n_nodes; j++) {
        const kiln_node *n = &g->n[k->nodes[j]];
        P(b, " *   node n%d \"%s\" (%s), from %s\n", k->nodes[j], n->name, kiln_ops[n->op].name,
          n->origin[0] ? n->origin : "(kiln)");
    }
    for (int j = 0; j < k->n_in; j++) operand_line(E, "in ", k->in[j], "");
    for (int j = 0; j < k->n_out; j++) operand_line(E, "out", k->out[j], a->a.accumulate ? ", accumulated" : "");
    for (int j = 0; j < 2; j++)
        if (k->scratch[j] >= 0) operand_line(E, "tmp", k->scratch[j], ", scratch");
    if (a->op == OP_CONV2D || a->op == OP_CONV2D_BWD_DATA || a->op == OP_CONV2D_BWD_WEIGHTS ||
        a->op == OP_MAXPOOL || a->op == OP_MAXPOOL_BWD)
        P(b, " *   window %dx%d, strides %dx%d, padding top %d left %d\n",
          a->a.kh ? a->a.kh : g->t[a->in[1]].dims[0], a->a.kw ? a->a.kw : g->t[a->in[1]].dims[1], a->a.sh,
          a->a.sw, a->a.pad_top, a->a.pad_left);
    if (k->tile.winograd && a->op == OP_CONV2D_BWD_WEIGHTS)
        P(b, " *   Winograd F(%dx%d, 3x3): weight-gradient products of %d dy vectors x %d input channels, summed over blocks of %d tiles\n",
          k->tile.winograd, k->tile.winograd, k->tile.oc_vectors, k->tile.ow_regs, k->tile.oh_regs);
    else if (k->tile.winograd)
        P(b, " *   Winograd F(%dx%d, 3x3): products of %d output-channel vectors x %d tiles, in blocks of %d tiles\n",
          k->tile.winograd, k->tile.winograd, k->tile.oc_vectors, k->tile.ow_regs, k->tile.oh_regs);
    else if (k->tile.dy_scalars)
        P(b, " *   register tile: %dx%d filter taps x %d output channels (broadcast dy), each a vector of %d input channels\n",
          k->tile.oh_regs, k->tile.ow_regs, k->tile.dy_scalars, k->tile.ic_block);
    else if (k->family == FAM_GEMM && k->tile.oc_vectors)
        P(b, " *   register tile: %d rows x %d column vectors%s\n", k->tile.oh_regs, k->tile.oc_vectors,
          k->tile.k_split > 1 ? kiln_arena_printf(E->a, ", the reduction in %d interleaved partial sums", k->tile.k_split) : "");
    else if (k->tile.oc_vectors)
        P(b, " *   register tile: %d output-channel vectors x %dx%d %s, %d input channels a step%s\n",
          k->tile.oc_vectors, k->tile.oh_regs, k->tile.ow_regs, a->op == OP_CONV2D_BWD_WEIGHTS ? "filter taps" : "pixels",
          k->tile.ic_block,
          k->tile.col_taps ? kiln_arena_printf(E->a, "; the weights of %d column taps held together, each input broadcast once for all of them",
                                               k->tile.col_taps)
                           : "");
    if (k->tile2.oc_vectors)  /* a backward-weights after the backward-data (fuse.c) */
        P(b, " *   then, per sample, the weight gradient: register tile %d dy vectors x %dx%d filter taps, %d input channels a step\n",
          k->tile2.oc_vectors, k->tile2.oh_regs, k->tile2.ow_regs, k->tile2.ic_block);
    P(b, " *   schedule: %s%s; ISA %s */\n", parallel_name(k->parallel),
      k->partial_sums ? ", per-thread partial sums reduced in a fixed order" : "", g->isa->name);
}

/* The per-ISA vector vocabulary the blocked kernel families are written in:
 * vf is one register of VL float32 lanes (Clang's ext_vector_type), and
 * vload/vstore/vbcast/vfma/vmax/vzero the operations on it. */
static void prelude(emitter *E)
{
    const kiln_isa *isa = E->g->isa;
    sbuf *b = E->b;
    if (isa->lanes <= 1) return;
    P(b, "/* ---- vector vocabulary: %s, %d float32 lanes, %d registers ---- */\n", isa->what, isa->lanes,
      isa->registers);
    P(b, "#define VL %d\n", isa->lanes);
    P(b, "typedef float vf __attribute__((ext_vector_type(VL), aligned(4)));\n");
    P(b, "typedef int vi __attribute__((ext_vector_type(VL)));  /* lane masks and indices */\n");
    P(b, "static inline __attribute__((unused)) vf vload(const float *p) { return *(const vf *)p; }\n");
    P(b, "static inline __attribute__((unused)) void vstore(float *p, vf v) { *(vf *)p = v; }\n");
    P(b, "static inline __attribute__((unused)) vf vbcast(float x) { return (vf)x; }\n");
    P(b, "static inline __attribute__((unused)) vf vzero(void) { return (vf)0.0f; }\n");
    P(b, "static inline __attribute__((unused)) vf vfma(vf a, vf b, vf c) { return __builtin_elementwise_fma(a, b, c); }\n");
    P(b, "static inline __attribute__((unused)) vf vmax(vf a, vf b) { return __builtin_elementwise_max(a, b); }\n");
    P(b, "/* the first n lanes of p (the rest 0), and a store of the first n lanes */\n");
    P(b, "static inline __attribute__((unused)) vf vload_part(const float *p, int n) { vf v = vzero(); memcpy(&v, p, sizeof(float) * (size_t)n); return v; }\n");
    P(b, "static inline __attribute__((unused)) void vstore_part(float *p, vf v, int n) { memcpy(p, &v, sizeof(float) * (size_t)n); }\n");
    {
        /* the half-vector pairs of emit_conv.c's paired column taps */
        int H = isa->lanes / 2;
        sbuf lo = {0}, hi = {0}, join = {0}, z = {0};
        for (int l = 0; l < H; l++) {
            P(&lo, "%s%d", l ? ", " : "", l);
            P(&hi, "%s%d", l ? ", " : "", H + l);
            P(&z, ", %d", isa->lanes);
        }
        for (int l = 0; l < H; l++) P(&join, ", %d", isa->lanes + l);
        P(b, "/* lanes 0..%d of a, then lanes 0..%d of b */\n", H - 1, H - 1);
        P(b, "static inline __attribute__((unused)) vf vjoin_low(vf a, vf b) { return __builtin_shufflevector(a, b, %s%s); }\n",
          lo.s, join.s);
        P(b, "/* lanes 0..%d: a's lanes 0..%d plus b's lanes %d..%d; lanes %d..%d: 0 */\n", H - 1, H - 1, H,
          isa->lanes - 1, H, isa->lanes - 1);
        P(b, "static inline __attribute__((unused)) vf vfold(vf a, vf b)\n{\n"
             I1 "return __builtin_shufflevector(a, vzero(), %s%s) + __builtin_shufflevector(b, vzero(), %s%s);\n}\n",
          lo.s, z.s, hi.s, z.s);
        free(lo.s);
        free(hi.s);
        free(join.s);
        free(z.s);
    }
    P(b, "/* VL bytes (a max-pooling's argmax) to and from lane indices */\n");
    P(b, "typedef uint8_t vb __attribute__((ext_vector_type(VL)));\n");
    P(b, "static inline __attribute__((unused)) vi vload_bytes(const uint8_t *p) { vb v; memcpy(&v, p, VL); return __builtin_convertvector(v, vi); }\n");
    P(b, "static inline __attribute__((unused)) void vstore_bytes(uint8_t *p, vi v) { const vb b = __builtin_convertvector(v, vb); memcpy(p, &b, VL); }\n");
    P(b, "/* ReLU that keeps NaN, as the plain kernels' x > 0 ? x : (x != x ? x : 0) */\n");
    P(b, "static inline __attribute__((unused)) vf vrelu(vf v) { return v > 0.0f ? v : (v != v ? v : vzero()); }\n");
    P(b, "typedef double vd __attribute__((ext_vector_type(VL)));  /* loss sums */\n");
    P(b, "/* kiln_uniform (kiln_abi.h) of the VL counters i .. i + VL - 1, lane by lane the same floats */\n");
    P(b, "typedef uint64_t vu64 __attribute__((ext_vector_type(VL)));\n");
    P(b, "static inline __attribute__((unused)) vf vuniform(uint64_t seed, int64_t step, uint32_t salt, int64_t i)\n{\n"
         I1 "vu64 lane;\n"
         I1 "for (int l = 0; l < VL; l++) lane[l] = (uint64_t)l;\n"
         I1 "vu64 z = (vu64)(seed ^ ((uint64_t)step * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)salt << 48))\n"
         I1 "        ^ (((vu64)(uint64_t)i + lane) * 0xD1B54A32D192ED03ull);\n"
         I1 "z ^= z >> 30; z *= 0xBF58476D1CE4E5B9ull;\n"
         I1 "z ^= z >> 27; z *= 0x94D049BB133111EBull;\n"
         I1 "z ^= z >> 31;\n"
         I1 "return __builtin_convertvector(__builtin_convertvector(z >> 40, vi), vf) * 0x1p-24f;\n}\n");
    P(b, "/* e^x: x = n ln2 + r, |r| <= ln2/2 (ln2 in two parts, so n ln2 is exact), e^r by its\n"
         " * Taylor polynomial to r^7/7!, 2^n made in the exponent bits; x is clamped to\n"
         " * [ln FLT_MIN, 88] (below: FLT_MIN).  Relative error < 1e-7 (measured against\n"
         " * double exp over [-87.33, 0]). */\n");
    P(b, "static inline __attribute__((unused)) vf vexp(vf x)\n{\n"
         I1 "x = __builtin_elementwise_min(__builtin_elementwise_max(x, (vf)-87.33f), (vf)88.0f);\n"
         I1 "const vf n = __builtin_elementwise_roundeven(x * 1.44269504f);\n"
         I1 "vf r = vfma(n, (vf)-0.693145751953125f, x);\n"
         I1 "r = vfma(n, (vf)-1.42860677e-6f, r);\n"
         I1 "vf q = (vf)(1.0f / 5040.0f);\n"
         I1 "q = vfma(q, r, (vf)(1.0f / 720.0f));\n"
         I1 "q = vfma(q, r, (vf)(1.0f / 120.0f));\n"
         I1 "q = vfma(q, r, (vf)(1.0f / 24.0f));\n"
         I1 "q = vfma(q, r, (vf)(1.0f / 6.0f));\n"
         I1 "q = vfma(q, r, (vf)0.5f);\n"
         I1 "q = vfma(q, r, (vf)1.0f);\n"
         I1 "q = vfma(q, r, (vf)1.0f);\n"
         I1 "const vi bits = (__builtin_convertvector(n, vi) + 127) << 23;\n"
         I1 "return q * (vf)bits;\n}\n");
    P(b, "/* The logistic sigmoid 1 / (1 + e^-x) by vexp (a Dense's epilogue); NaN stays NaN */\n");
    P(b, "static inline __attribute__((unused)) vf vsigmoid(vf x)\n{\n"
         I1 "const vf s = 1.0f / (1.0f + vexp(-x));\n"
         I1 "return x != x ? x : s;\n}\n");
    P(b, "/* log(1 + e) for e in [0, 1]: u = 1 + e = 2^k m, m in [1/sqrt2, sqrt2], log m =\n"
         " * 2 atanh(s), s = (m - 1)/(m + 1), |s| < 0.172, by its series to s^9/9; then\n"
         " * log(u) e / (u - 1) cancels the rounding of u (Goldberg, \"What every computer\n"
         " * scientist should know about floating-point arithmetic\", 1991, thm. 4).\n"
         " * Relative error < 4e-7 (measured against double log1p). */\n");
    P(b, "static inline __attribute__((unused)) vf vlog1p_unit(vf e)\n{\n"
         I1 "const vf u = 1.0f + e;\n"
         I1 "const vi big = u > 1.41421356f;\n"
         I1 "const vf m = big ? u * 0.5f : u;\n"
         I1 "const vf s = (m - 1.0f) / (m + 1.0f), s2 = s * s;\n"
         I1 "vf q = (vf)(1.0f / 9.0f);\n"
         I1 "q = vfma(q, s2, (vf)(1.0f / 7.0f));\n"
         I1 "q = vfma(q, s2, (vf)(1.0f / 5.0f));\n"
         I1 "q = vfma(q, s2, (vf)(1.0f / 3.0f));\n"
         I1 "q = vfma(q, s2, (vf)1.0f);\n"
         I1 "const vf lu = 2.0f * s * q + (big ? (vf)0.693147182f : vzero());\n"
         I1 "return u == 1.0f ? e : lu * (e / (u - 1.0f));\n}\n\n");
}

void kiln_emit_c(const kiln_graph *g, kiln_arena *a, kiln_compiled *out)
{
    sbuf b = {0};
    emitter E = {.g = g, .isa = g->isa, .a = a, .b = &b};
    E.tname = KILN_NEW(a, char *, g->nt);
    for (int t = 0; t < g->nt; t++) E.tname[t] = c_ident(a, g->t[t].name);
    if (g->batch < 1 || g->t[g->x].batched != 1) KILN_BUG("bad batch");
    const char *isa = g->isa->name;

    P(&b, "/* %s.c — emitted by kiln from %s. Do not edit: regenerate with `kiln compile`.\n",
      g->model->name, g->model->file);
    P(&b, " *\n * Batch %d (kiln_step.nb may be smaller), ISA %s. Slabs in float32 elements:\n", g->batch, isa);
    P(&b, " * params/grads/opt_m/opt_v %lld, state %lld, arena %lld.\n", (long long)g->n_params,
      (long long)g->n_state, (long long)g->n_arena);
    P(&b, " * Entry points: kiln_train_step, kiln_eval_step, kiln_predict; descriptor kiln_module. */\n\n");
    P(&b, "#include <math.h>\n#include <stdint.h>\n#include <string.h>\n\n");
    P(&b, "/* ---- kiln_abi.h, verbatim ---- */\n%s\n", (const char *)kiln_abi_text);
    P(&b, "/* ---- denormals ---- */\n\n"
          "/* While a step runs, every thread of its parallel region flushes denormal\n"
          " * floats to zero (MXCSR's FTZ and DAZ bits), as TensorFlow's CPU kernels do:\n"
          " * an Adam moment decaying where the gradient is 0, or a vanishing gradient,\n"
          " * reaches 1e-38 within a few hundred steps, and each operation on a denormal\n"
          " * costs a microcode assist (tens to hundreds of cycles).  The caller's MXCSR\n"
          " * is restored before the entry point returns. */\n"
          "#if defined(__x86_64__) || defined(__i386__)\n"
          "static inline unsigned kiln_flush_denormals(void)\n"
          "{\n"
          I1 "const unsigned csr = __builtin_ia32_stmxcsr();\n"
          I1 "__builtin_ia32_ldmxcsr(csr | 0x8040u);  /* FTZ (bit 15) | DAZ (bit 6) */\n"
          I1 "return csr;\n"
          "}\n"
          "static inline void kiln_restore_mxcsr(unsigned csr) { __builtin_ia32_ldmxcsr(csr); }\n"
          "#else\n"
          "static inline unsigned kiln_flush_denormals(void) { return 0; }\n"
          "static inline void kiln_restore_mxcsr(unsigned csr) { (void)csr; }\n"
          "#endif\n\n");
    prelude(&E);
    P(&b, "/* ---- kernels ---- */\n\n");
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *k = &g->k[i];
        E.k = k;
        if (k->family == FAM_CONV_FWD || k->family == FAM_CONV_BWD_DATA || k->family == FAM_CONV_BWD_WEIGHTS) kiln_emit_conv_helpers(&E, k);
        if (k->family == FAM_GEMM) kiln_emit_gemm_helpers(&E, k);
        kernel_comment(&E, k);
        P(&b, "void %s(", k->name);
        params(&E, k, 0);
        P(&b, ")\n{\n");
        kernel_body(&E, k);
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
    E.b = &h;
    for (int i = 0; i < g->nk; i++) {
        P(&h, "void %s(", g->k[i].name);
        params(&E, &g->k[i], 0);
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
    static const char *roles[] = {"input", "label", "param", "grad", "state", "opt_m", "opt_v", "act", "output"};
    for (int t = 0; t < g->nt; t++) {
        const kiln_tensor *x = &g->t[t];
        if (x->alias >= 0) continue;
        P(&j, "%s    {\"name\": \"%s\", \"role\": \"%s\", \"shape\": [", first ? "" : ",\n", x->name,
          roles[x->to_out ? KILN_ROLE_OUTPUT : x->role]);
        for (int d = 0; d < x->rank; d++) P(&j, "%s%d", d ? ", " : "", x->dims[d]);
        P(&j, "], \"layout\": \"%s\", \"offset\": %lld}", x->block ? phys_layout(a, x) : layout_of(x),
          (long long)(x->offset < 0 || x->to_out ? 0 : x->offset));
        first = 0;
    }
    P(&j, "\n  ],\n  \"kernels\": [\n");
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *k = &g->k[i];
        double flops, bytes;
        kiln_kernel_cost(g, k, &flops, &bytes);
        P(&j, "    {\"name\": \"%s\", \"family\": \"%s\", \"nodes\": [", k->name, kiln_family_name(k->family));
        for (int n = 0; n < k->n_nodes; n++) P(&j, "%s\"%s\"", n ? ", " : "", g->n[k->nodes[n]].name);
        P(&j, "], \"origin\": \"%s\", \"flops\": %.17g, \"bytes\": %.17g}%s\n", g->n[k->anchor].origin, flops,
          bytes, i + 1 < g->nk ? "," : "");
    }
    P(&j, "  ]\n}\n");
    out->descriptor_json = kiln_arena_strdup(a, j.s);
    free(j.s);
}

/* dump.c — the IR as text (--dump-after=PASS) and as Graphviz (--dot).
 *
 * Text form, one node a line:
 *   %12 conv2d_1 = conv2d(%7 max_pooling2d_out (128,13,13,32), %3 conv2d_1/kernel (3,3,32,64), ...)  [train] $.layers[3]
 */
#include "ir.h"

static const char *role_name(int r)
{
    static const char *names[] = {"input", "label", "param", "grad", "state", "m", "v", "act"};
    return r >= 0 && r < 8 ? names[r] : "?";
}

static void shape(const kiln_tensor *t, FILE *f)
{
    fputc('(', f);
    for (int i = 0; i < t->rank; i++) fprintf(f, "%s%d", i ? "," : "", t->dims[i]);
    fputc(')', f);
}

static void entries(int e, FILE *f)
{
    fprintf(f, "[%s%s%s]", e & ENTRY_TRAIN ? "train" : "", e & ENTRY_EVAL ? (e & ENTRY_TRAIN ? ",eval" : "eval") : "",
            e & ENTRY_PREDICT ? (e & (ENTRY_TRAIN | ENTRY_EVAL) ? ",predict" : "predict") : "");
}

void kiln_dump(const kiln_graph *g, FILE *f)
{
    fprintf(f, "graph %s batch=%d params=%lld state=%lld arena=%lld\n", g->model ? g->model->name : "?",
            g->batch, (long long)g->n_params, (long long)g->n_state, (long long)g->n_arena);
    for (int t = 0; t < g->nt; t++) {
        const kiln_tensor *x = &g->t[t];
        fprintf(f, "  t%-3d %-28s %-5s %s ", t, x->name, role_name(x->role), x->dtype == DT_I32 ? "i32" : x->dtype == DT_U8 ? "u8" : "f32");
        shape(x, f);
        if (x->block)
            fprintf(f, " [block %d, C padded to %d, halo %d %d %d %d, %lld elements]", x->block, x->cpad,
                    x->halo[0], x->halo[1], x->halo[2], x->halo[3], (long long)x->storage);
        if (x->kernel_local) fprintf(f, " (kept in registers)");
        if (x->alias >= 0) fprintf(f, " view of t%d", x->alias);
        else if (x->offset >= 0) fprintf(f, " @%lld", (long long)x->offset);
        fputc('\n', f);
    }
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        fprintf(f, "  n%-3d ", i);
        for (int k = 0; k < n->nout; k++)
            if (n->out[k] >= 0) fprintf(f, "%s%%%d", k ? ", " : "", n->out[k]);
        fprintf(f, "%s%s(", n->nout ? " = " : "", kiln_ops[n->op].name);
        for (int k = 0; k < n->nin; k++) {
            if (k) fputs(", ", f);
            if (n->in[k] < 0) { fputs("-", f); continue; }
            fprintf(f, "%%%d %s ", n->in[k], g->t[n->in[k]].name);
            shape(&g->t[n->in[k]], f);
        }
        fprintf(f, ")%s ", n->a.accumulate ? " +=" : "");
        entries(n->entries, f);
        fprintf(f, " %s %s\n", n->name, n->origin);
    }
    /* The kernel plan, once fuse.c has made it. */
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *k = &g->k[i];
        fprintf(f, "  kernel %s (%s) nodes", k->name, kiln_family_name(k->family));
        for (int j = 0; j < k->n_nodes; j++) fprintf(f, " n%d", k->nodes[j]);
        fprintf(f, " in");
        for (int j = 0; j < k->n_in; j++) fprintf(f, " t%d", k->in[j]);
        fprintf(f, " out");
        for (int j = 0; j < k->n_out; j++) fprintf(f, " t%d", k->out[j]);
        for (int j = 0; j < 2; j++)
            if (k->scratch[j] >= 0) fprintf(f, " scratch t%d", k->scratch[j]);
        if (k->tile.oc_vectors)
            fprintf(f, " tile %dv x %dx%d ic%d", k->tile.oc_vectors, k->tile.oh_regs, k->tile.ow_regs,
                    k->tile.ic_block);
        if (k->tile.dy_scalars) fprintf(f, " dy%d", k->tile.dy_scalars);
        if (k->tile.col_taps) fprintf(f, " taps%d", k->tile.col_taps);
        if (k->tile.winograd) fprintf(f, " winograd F(%d,3)", k->tile.winograd);
        fprintf(f, " parallel %d%s ", k->parallel, k->partial_sums ? " partial-sums" : "");
        entries(k->entries, f);
        fputc('\n', f);
    }
}

void kiln_dump_dot(const kiln_graph *g, FILE *f)
{
    fprintf(f, "digraph \"%s\" {\n  rankdir=TB;\n  node [fontname=\"monospace\", fontsize=10];\n",
            g->model ? g->model->name : "kiln");
    for (int t = 0; t < g->nt; t++) {
        const kiln_tensor *x = &g->t[t];
        fprintf(f, "  t%d [shape=note, label=\"%s\\n", t, x->name);
        shape(x, f);
        fprintf(f, "\"%s];\n", x->role == KILN_ROLE_PARAM ? ", style=filled, fillcolor=lightyellow" : "");
    }
    /* Kernels (fusion groups) are clusters, labelled with the kernel's name. */
    int max_group = -1;
    for (int i = 0; i < g->nn; i++) if (g->n[i].group > max_group) max_group = g->n[i].group;
    for (int grp = 0; grp <= max_group; grp++) {
        fprintf(f, "  subgraph cluster_%d {\n    label=\"%s\"; style=dashed;\n", grp,
                grp < g->nk ? g->k[grp].name : "?");
        for (int i = 0; i < g->nn; i++)
            if (g->n[i].group == grp) fprintf(f, "    n%d;\n", i);
        fprintf(f, "  }\n");
    }
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        const char *color = n->entries & ENTRY_TRAIN
                                ? (kiln_ops[n->op].flags & OPF_BACKWARD ? "lightpink" : "lightblue")
                                : "palegreen";
        fprintf(f, "  n%d [shape=box, style=filled, fillcolor=%s, label=\"%s\\n%s\"];\n", i, color,
                kiln_ops[n->op].name, n->name);
        for (int k = 0; k < n->nin; k++)
            if (n->in[k] >= 0) fprintf(f, "  t%d -> n%d;\n", n->in[k], i);
        for (int k = 0; k < n->nout; k++)
            if (n->out[k] >= 0) fprintf(f, "  n%d -> t%d;\n", i, n->out[k]);
    }
    fprintf(f, "}\n");
}

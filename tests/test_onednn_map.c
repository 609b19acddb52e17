/* test_onednn_map.c — kiln profile --against onednn times the right problem.
 *
 * For every convolution, inner-product and max-pooling kernel of the train,
 * eval and predict entry points of models with 'valid', 'same' and strided
 * 'same' convolutions and 2x2 / 3x3 pooling (seed 002, seed 004 strided and
 * max-pooling-3), the oneDNN problem kiln builds (bench/onednn_map.c) must:
 *   - have kiln's own shapes: minibatch, channels and spatial sizes of the
 *     tensors the node reads and writes, its window and strides;
 *   - pad as Keras/TF do, recomputed here from Keras's definition, not from
 *     kiln's shape rule: 'same' -> out = ceil(in / s), total =
 *     max((out - 1) * s + k - in, 0), top/left = total / 2, the rest
 *     bottom/right; 'valid' -> out = (in - k) / s + 1, no pads;
 *   - satisfy oneDNN's shape rule, out = (in + pad_l + pad_r - k) / s + 1;
 *   - be accepted by oneDNN itself (bench/onednn_time builds the primitive)
 *     with the destination dims oneDNN reports equal to kiln's output.
 * Also: a problem whose pads contradict its output size is refused by
 * oneDNN (so the agreement above is oneDNN's check, not an echo), and
 * kernels of other families have no problem.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"
#include "diag.h"
#include "kiln.h"
#include "onednn_map.h"
#include "subprocess.h"
#include "testutil.h"

static int keras_out(int in, int k, int s, int same, int *near, int *far)
{
    if (!same) {
        *near = *far = 0;
        return (in - k) / s + 1;
    }
    int out = (in + s - 1) / s;
    int total = (out - 1) * s + k - in;
    if (total < 0) total = 0;
    *near = total / 2;
    *far = total - total / 2;
    return out;
}

typedef struct {
    char line[512];
    int dims[4];          /* kiln's output (N, C, H, W) as oneDNN names it */
    char what[128];
} expect;

static expect want[512];
static int n_want;

static void check_model(const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/models/%s.json", test_src(), name);
    kiln_arena a = {0};
    kiln_model model;
    kiln_compiled c;
    kiln_compile_options o = {.batch = 8};
    if (kiln_parse_model_file(path, &a, &model) || kiln_compile(&model, &o, &a, &c)) {
        CHECK(0, "%s does not compile", name);
        kiln_arena_free(&a);
        return;
    }
    const kiln_graph *g = c.graph;
    int mapped = 0, same_strided = 0, relu_bwd = 0, fused_bww = 0;
    for (int e = ENTRY_TRAIN; e <= ENTRY_PREDICT; e <<= 1) {
        for (int i = 0; i < g->nk; i++) {
            const kiln_kernel *k = &g->k[i];
            if (!(k->entries & e)) continue;
            const kiln_node *n = &g->n[k->anchor];
            kiln_onednn_problem p;
            int has = kiln_onednn_problem_of(g, k, e, &p);
            /* a kernel is compared with every primitive that does its work,
             * or with none: the fused pooling backward + ReLU backward +
             * backward-weights of a first layer is three, in that order */
            kiln_onednn_problem all[4];
            int nall = kiln_onednn_kernel_problems(g, k, e, all, 4), has_bn = 0;
            for (int q = 0; q < k->n_nodes; q++)
                has_bn |= g->n[k->nodes[q]].op == OP_BN_TRAIN || g->n[k->nodes[q]].op == OP_BN_BWD ||
                          g->n[k->nodes[q]].op == OP_BN_INFER;
            if (has_bn) CHECK(nall == 0, "%s %s: compared with oneDNN without its batch normalization", name, k->name);
            const kiln_node *last = &g->n[k->nodes[k->n_nodes - 1]];
            if (n->op == OP_MAXPOOL_BWD && last->op == OP_CONV2D_BWD_WEIGHTS) {
                fused_bww++;
                const kiln_tensor *dy = &g->t[last->in[0]], *xw = &g->t[last->in[1]];
                CHECK(nall == 3 && !strcmp(all[0].prim, "pool") && !strcmp(all[1].prim, "eltwise") &&
                          !strcmp(all[2].prim, "conv") && !strcmp(all[2].pass, "bwd_weights") &&
                          all[2].mb == dy->dims[0] && all[2].oc == dy->dims[3] && all[2].oh == dy->dims[1] &&
                          all[2].ow == dy->dims[2] && all[2].ic == xw->dims[3] && all[2].ih == xw->dims[1],
                      "%s %s: %d problems, expected pool bwd, eltwise bwd, conv bwd_weights of dy %dx%dx%dx%d",
                      name, k->name, nall, dy->dims[0], dy->dims[3], dy->dims[1], dy->dims[2]);
                if (nall == 3 && n_want < 512) {
                    expect *w = &want[n_want++];
                    kiln_onednn_problem_line(&all[2], w->line, sizeof w->line);
                    w->dims[0] = dy->dims[0], w->dims[1] = dy->dims[3], w->dims[2] = dy->dims[1], w->dims[3] = dy->dims[2];
                    snprintf(w->what, sizeof w->what, "%s %s (its backward-weights)", name, k->name);
                }
            }
            int want_one = n->op == OP_CONV2D || n->op == OP_CONV2D_BWD_DATA ||
                           n->op == OP_CONV2D_BWD_WEIGHTS || n->op == OP_DENSE ||
                           n->op == OP_DENSE_BWD_DATA || n->op == OP_DENSE_BWD_WEIGHTS ||
                           n->op == OP_MAXPOOL || n->op == OP_MAXPOOL_BWD;
            CHECK(has == want_one, "%s %s (%s): mapped %d, expected %d", name, k->name,
                  kiln_ops[n->op].name, has, want_one);
            if (!has) continue;
            mapped++;
            /* the tensors: (src, dst) in forward terms */
            int src, dst;
            switch (n->op) {
            case OP_CONV2D: case OP_DENSE: case OP_MAXPOOL: src = n->in[0], dst = n->out[0]; break;
            case OP_CONV2D_BWD_DATA: case OP_DENSE_BWD_DATA: src = n->out[0], dst = n->in[0]; break;
            default: src = n->in[1], dst = n->in[0]; break;
            }
            const kiln_tensor *S = &g->t[src], *D = &g->t[dst];
            const char *pass = n->op == OP_CONV2D || n->op == OP_DENSE || n->op == OP_MAXPOOL
                                   ? (e == ENTRY_TRAIN ? "fwd_training" : "fwd_inference")
                               : n->op == OP_MAXPOOL_BWD ? "bwd"
                               : n->op == OP_CONV2D_BWD_DATA || n->op == OP_DENSE_BWD_DATA
                                   ? "bwd_data" : "bwd_weights";
            const char *prim = n->op == OP_DENSE || n->op == OP_DENSE_BWD_DATA ||
                               n->op == OP_DENSE_BWD_WEIGHTS ? "ip"
                             : n->op == OP_MAXPOOL || n->op == OP_MAXPOOL_BWD ? "pool" : "conv";
            CHECK(!strcmp(p.pass, pass) && !strcmp(p.prim, prim), "%s %s: %s %s, expected %s %s",
                  name, k->name, p.prim, p.pass, prim, pass);
            CHECK(p.mb == S->dims[0] && p.mb == g->batch, "%s %s: mb %d", name, k->name, p.mb);
            if (S->rank == 4) {
                int kh = n->a.kh, kw = n->a.kw;
                CHECK(p.ic == S->dims[3] && p.ih == S->dims[1] && p.iw == S->dims[2],
                      "%s %s: source %dx%dx%d vs kiln's %dx%dx%d", name, k->name, p.ic, p.ih, p.iw,
                      S->dims[3], S->dims[1], S->dims[2]);
                CHECK(p.oc == D->dims[3] && p.oh == D->dims[1] && p.ow == D->dims[2],
                      "%s %s: destination %dx%dx%d vs kiln's %dx%dx%d", name, k->name, p.oc, p.oh,
                      p.ow, D->dims[3], D->dims[1], D->dims[2]);
                CHECK(p.kh == kh && p.kw == kw && p.sh == n->a.sh && p.sw == n->a.sw,
                      "%s %s: window %dx%d / %dx%d", name, k->name, p.kh, p.kw, p.sh, p.sw);
                int t, l, b, r;
                int oh = keras_out(S->dims[1], p.kh, p.sh, n->a.same, &t, &b);
                int ow = keras_out(S->dims[2], p.kw, p.sw, n->a.same, &l, &r);
                CHECK(oh == D->dims[1] && ow == D->dims[2], "%s %s: Keras gives %dx%d, kiln %dx%d",
                      name, k->name, oh, ow, D->dims[1], D->dims[2]);
                CHECK(p.pt == t && p.pb == b && p.pl == l && p.pr == r,
                      "%s %s: pads t%d b%d l%d r%d, Keras's t%d b%d l%d r%d", name, k->name, p.pt,
                      p.pb, p.pl, p.pr, t, b, l, r);
                CHECK((p.ih + p.pt + p.pb - p.kh) / p.sh + 1 == p.oh &&
                          (p.iw + p.pl + p.pr - p.kw) / p.sw + 1 == p.ow,
                      "%s %s: oneDNN's shape rule disagrees", name, k->name);
                if (n->a.same && p.sh > 1 && p.pb != p.pt) same_strided++;
            } else {
                CHECK(p.ic == S->dims[1] && p.oc == D->dims[1], "%s %s: ip %d -> %d vs %d -> %d",
                      name, k->name, p.ic, p.oc, S->dims[1], D->dims[1]);
            }
            if (n_want < 512) {
                expect *w = &want[n_want++];
                kiln_onednn_problem_line(&p, w->line, sizeof w->line);
                w->dims[0] = D->dims[0];
                w->dims[1] = D->rank == 4 ? D->dims[3] : D->dims[1];
                w->dims[2] = D->rank == 4 ? D->dims[1] : 0;
                w->dims[3] = D->rank == 4 ? D->dims[2] : 0;
                snprintf(w->what, sizeof w->what, "%s %s", name, k->name);
            }
            /* a ReLU backward folded into a backward-data: oneDNN's eltwise
             * backward on the gradient kiln writes, dx */
            kiln_onednn_problem q;
            if (n->op == OP_CONV2D_BWD_DATA && kiln_onednn_epilogue_relu_bwd(g, k, &q)) {
                CHECK(!strcmp(q.prim, "eltwise") && !strcmp(q.pass, "bwd") && !strcmp(q.post, "relu") &&
                          q.mb == S->dims[0] && q.ic == S->dims[3] && q.ih == S->dims[1] &&
                          q.iw == S->dims[2],
                      "%s %s: ReLU backward %s %s %s %dx%dx%dx%d vs dx %dx%dx%dx%d", name, k->name,
                      q.prim, q.pass, q.post, q.mb, q.ic, q.ih, q.iw, S->dims[0], S->dims[3],
                      S->dims[1], S->dims[2]);
                relu_bwd++;
                if (n_want < 512) {
                    expect *w = &want[n_want++];
                    kiln_onednn_problem_line(&q, w->line, sizeof w->line);
                    w->dims[0] = S->dims[0], w->dims[1] = S->dims[3];
                    w->dims[2] = S->dims[1], w->dims[3] = S->dims[2];
                    snprintf(w->what, sizeof w->what, "%s %s (its ReLU backward)", name, k->name);
                }
            }
        }
    }
    if (!strcmp(name, "seed004_cifar_strided"))
        CHECK(relu_bwd > 0, "%s: no backward-data kernel with its ReLU backward mapped", name);
    if (!strcmp(name, "seed002_cnn"))
        CHECK(fused_bww > 0, "%s: no pooling backward fused with the first layer's backward-weights", name);
    CHECK(mapped > 0, "%s: no kernel mapped", name);
    if (!strcmp(name, "seed004_cifar_strided"))
        CHECK(same_strided > 0, "%s: no strided 'same' kernel with the odd pad at the bottom", name);
    kiln_arena_free(&a);
}

/* Runs the oneDNN timer over `lines`; returns its output (to free) or NULL. */
static char *run_timer(const char *const *lines, int n)
{
    const char *helper = kiln_onednn_timer();
    if (!helper[0] || access(helper, X_OK) != 0) {
        CHECK(0, "bench/onednn_time was not built (%s): install libdnnl-dev (bash scripts/setup.sh) "
                 "and rebuild", helper);
        return NULL;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/problems.txt", test_tmpdir());
    FILE *f = fopen(path, "w");
    for (int i = 0; i < n; i++) fprintf(f, "%s\n", lines[i]);
    fclose(f);
    const char *argv[] = {helper, "--repeats", "1", NULL};
    const char *env[] = {"OMP_NUM_THREADS=1", NULL};
    char *out = NULL;
    int rc = kiln_subprocess(argv, env, path, &out);
    CHECK(rc == 0, "%s exited %d", helper, rc);
    return out;
}

int main(void)
{
    const char *models[] = {"seed002_cnn", "seed004_cifar_strided", "seed004_cifar_maxpool3",
                            "seed003_mlp"};
    for (size_t i = 0; i < sizeof models / sizeof models[0]; i++) check_model(models[i]);

    /* oneDNN accepts every problem, with kiln's output dims */
    const char *lines[512];
    for (int i = 0; i < n_want; i++) lines[i] = want[i].line;
    char *out = run_timer(lines, n_want);
    if (out) {
        char *save = NULL, *line = strtok_r(out, "\n", &save);
        CHECK(line && !strncmp(line, "isa ", 4), "first line: %s", line ? line : "(none)");
        int ok = 0;
        for (int i = 0; i < n_want; i++) {
            line = strtok_r(NULL, "\n", &save);
            CHECK(line && !strncmp(line, "ok ", 3), "%s: oneDNN refused '%s': %s", want[i].what,
                  want[i].line, line ? line : "(no answer)");
            if (!line || strncmp(line, "ok ", 3)) continue;
            const char *ds = strstr(line, "dst=");
            char expect_dims[64];
            if (want[i].dims[2])
                snprintf(expect_dims, sizeof expect_dims, "dst=%dx%dx%dx%d", want[i].dims[0],
                         want[i].dims[1], want[i].dims[2], want[i].dims[3]);
            else
                snprintf(expect_dims, sizeof expect_dims, "dst=%dx%d", want[i].dims[0], want[i].dims[1]);
            CHECK(ds && !strcmp(ds, expect_dims), "%s: oneDNN's destination %s, kiln's %s",
                  want[i].what, ds ? ds : "?", expect_dims);
            ok++;
        }
        printf("oneDNN built %d of %d primitives of kiln's kernels, every one with kiln's output "
               "dims\n", ok, n_want);
        free(out);
    }
    /* pads that contradict the output size: oneDNN says no */
    const char *bad[] = {
        "conv fwd_training mb=8 ic=3 ih=32 iw=32 oc=16 oh=16 ow=16 kh=3 kw=3 sh=2 sw=2 pt=0 pl=0 "
        "pb=3 pr=3 bias=1",
    };
    out = run_timer(bad, 1);
    if (out) {
        const char *second = strchr(out, '\n');
        CHECK(second && !strncmp(second + 1, "error", 5), "inconsistent pads accepted: %s", out);
        free(out);
    }
    return test_finish();
}

/* add_optimizer.c — the parameter update as the last node of train_step.
 *
 * Parameters, gradients and the optimizer moments share one slab layout, so
 * the update is a single loop over all of them (ops.h: ADAM_UPDATE,
 * SGD_UPDATE).  The moment tensors m_<name>, v_<name> are created here so
 * the descriptor and checkpoints can name them.
 */
#include "diag.h"
#include "ir.h"

void kiln_add_optimizer(kiln_graph *g)
{
    const kiln_optimizer *o = &g->model->optimizer;
    int adam = o->type == OPT_ADAM;
    int with_m = adam || o->momentum != 0, with_v = adam;
    int nt = g->nt;
    for (int t = 0; t < nt; t++) {
        if (g->t[t].role != KILN_ROLE_PARAM) continue;
        for (int k = 0; k < 2; k++) {
            if (!(k ? with_v : with_m)) continue;
            char name[300];
            snprintf(name, sizeof name, "%s_%s", k ? "v" : "m", g->t[t].name);
            const kiln_tensor p = g->t[t];
            int id = kiln_graph_add_tensor(g, name, p.origin, k ? KILN_ROLE_OPT_V : KILN_ROLE_OPT_M,
                                           DT_F32, p.rank, p.dims, 0);
            g->t[id].param = t;
            g->t[id].offset = p.offset;
            g->t[id].init = KILN_INIT_ZEROS;
        }
    }
    kiln_attrs a = {0};
    a.beta_1 = o->beta_1;
    a.beta_2 = o->beta_2;
    a.opt_epsilon = o->epsilon;
    a.sgd_momentum = o->momentum;
    a.nesterov = o->nesterov;
    kiln_graph_add_node(g, adam ? OP_ADAM_UPDATE : OP_SGD_UPDATE, adam ? "adam" : "sgd", "$.optimizer",
                        ENTRY_TRAIN, NULL, 0, NULL, 0, &a);
}

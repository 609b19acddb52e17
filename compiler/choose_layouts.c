/* choose_layouts.c — the physical layout of every tensor (docs/architecture.md §4).
 *
 * Every tensor starts in Keras's layout (ir.h: block 0, dense, no halo).
 * Parameters, gradients, optimizer moments, state, the input and the labels
 * always keep it: the runtime, checkpoints and the reference interpreter see
 * only those.  For the generic ISA every activation keeps it too, and the
 * generic kernel family (plain loops) reads and writes Keras layouts.
 *
 * storage is what plan_memory places: the elements of the physical layout
 * for the full batch (equal to size for a dense Keras layout).
 */
#include "diag.h"
#include "ir.h"

void kiln_choose_layouts(kiln_graph *g)
{
    for (int t = 0; t < g->nt; t++) {
        kiln_tensor *x = &g->t[t];
        x->block = 0;
        x->cpad = x->rank ? x->dims[x->rank - 1] : 1;
        x->halo[0] = x->halo[1] = x->halo[2] = x->halo[3] = 0;
        x->storage = x->size;
        x->kernel_local = 0;
    }
}

int kiln_layout_expected(const kiln_graph *g, const kiln_kernel *k, int t)
{
    (void)g;
    (void)k;
    (void)t;
    return 0;  /* every family reads and writes Keras's layouts */
}

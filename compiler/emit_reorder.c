/* emit_reorder.c — layout changes (emit.h): a REORDER node copies a tensor
 * into another physical layout (ir.h kiln_tensor.block, halo).  Between two
 * Keras layouts it is a plain copy. */
#include <string.h>

#include "diag.h"
#include "emit.h"

void kiln_emit_reorder(emitter *E, const kiln_kernel *k)
{
    const kiln_node *n = &E->g->n[k->anchor];
    const kiln_tensor *x = T(E, n->in[0]), *y = T(E, n->out[0]);
    sbuf *b = E->b;
    if (x->block || y->block) KILN_BUG("reorder %s: no emitter for blocked layouts yet", n->name);
    int64_t per = kiln_tensor_per_sample(E->g, n->in[0]);
    P(b, I1 "#pragma omp for schedule(static)\n");
    if (x->batched) P(b, I1 "for (long e = 0; e < (long)nb * %lld; e++)\n", (long long)per);
    else P(b, I1 "for (long e = 0; e < %lld; e++)\n", (long long)x->size);
    P(b, I2 "%s[e] = %s[e];\n", NAME(E, n->out[0]), NAME(E, n->in[0]));
}

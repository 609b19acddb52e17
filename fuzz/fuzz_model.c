/* fuzz_model.c — the model parser (compiler/parse.c), then lower and
 * infer_shapes on what it accepts: kiln's limits must stop any model before
 * an overflow or an absurd allocation. */
#include "fuzz.h"
#include "ir.h"
#include "model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("model", ".json", data, size);
    kiln_arena a = {0};
    kiln_model m;
    if (kiln_parse_model_file(path, &a, &m) == 0) {
        FUZZ_ASSERT(m.n_layers >= 1 && m.name && m.name[0]);
        kiln_graph *g = KILN_NEW(&a, kiln_graph, 1);
        g->arena = &a;
        g->isa = kiln_isa_named("generic");
        g->threads = 1;
        if (kiln_lower(g, &m, m.batch_size) == 0) kiln_infer_shapes(g);
    }
    kiln_arena_free(&a);
    kiln_diag_reset();
    return 0;
}

/* compile.c — the pass driver: one flat list that reads like docs/architecture.md §3. */
#include <omp.h>
#include <string.h>

#include "diag.h"
#include "kiln.h"
#include "kiln_limits.h"

const char *kiln_host_isa(void) { return kiln_isa_host()->name; }

static void dump(const kiln_compile_options *o, const kiln_graph *g, const char *pass)
{
    if (!o->dump_after) return;
    if (strcmp(o->dump_after, pass) && strcmp(o->dump_after, "all")) return;
    FILE *f = o->dump_stream ? o->dump_stream : stderr;
    fprintf(f, "# IR after %s\n", pass);
    kiln_dump(g, f);
}

/* Every pass name --dump-after accepts, in pipeline order. */
const char *const kiln_pass_names[] = {"lower", "infer_shapes", "autodiff", "add_optimizer",
                                       "choose_layouts", "fuse", "schedule", "plan_memory", NULL};

int kiln_compile(const kiln_model *m, const kiln_compile_options *o, kiln_arena *a, kiln_compiled *out)
{
    kiln_graph *g = KILN_NEW(a, kiln_graph, 1);
    g->arena = a;
    int batch = o->batch > 0 ? o->batch : m->batch_size;
    g->isa = o->isa ? kiln_isa_named(o->isa) : kiln_isa_host();
    if (!g->isa) KILN_BUG("unknown ISA '%s'", o->isa);
    g->threads = o->threads > 0 ? o->threads : omp_get_max_threads();
    if (g->threads < 1) g->threads = 1;

    if (kiln_lower(g, m, batch)) return -1;
    dump(o, g, "lower");
    if (kiln_infer_shapes(g)) return -1;
    dump(o, g, "infer_shapes");
    kiln_verify(g, "infer_shapes");
    kiln_autodiff(g);
    dump(o, g, "autodiff");
    kiln_add_optimizer(g);
    dump(o, g, "add_optimizer");
    if (kiln_infer_shapes(g)) return -1;
    kiln_verify(g, "add_optimizer");
    kiln_choose_layouts(g);
    dump(o, g, "choose_layouts");
    kiln_fuse(g);
    dump(o, g, "fuse");
    kiln_schedule(g);
    dump(o, g, "schedule");
    kiln_plan_memory(g);
    dump(o, g, "plan_memory");
    if (g->n_arena > KILN_MAX_ARENA_BYTES / 4) {
        kiln_error_at(m->file, 0, 0, NULL,
                      "the activation arena of batch %d would be %.2f GiB, more than kiln's limit "
                      "of %lld GiB; compile for a smaller batch (--batch-size)", batch,
                      (double)g->n_arena * 4 / (1 << 30), (long long)(KILN_MAX_ARENA_BYTES >> 30));
        return -1;
    }
    kiln_verify(g, "plan_memory");
    kiln_verify_plan(g, "plan_memory");
    kiln_emit_c(g, a, out);
    out->graph = g;
    if (out->source_len > KILN_MAX_SOURCE_BYTES) {
        kiln_error_at(m->file, 0, 0, NULL,
                      "the generated C is %ld bytes, more than kiln's limit of %lld for one "
                      "module; the model has too many layers", out->source_len,
                      (long long)KILN_MAX_SOURCE_BYTES);
        return -1;
    }
    return 0;
}

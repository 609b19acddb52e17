/* kiln.c — the command line (docs/architecture.md §7): one binary, one verb per task.
 *
 *   kiln train    MODEL.json [--data …] [--epochs N] [--batch-size B] …
 *   kiln evaluate MODEL.json --weights W.safetensors [--data …] [--split train|test]
 *                 [--x X.npy --y Y.npy] [--report] [--report-json R.json]
 *   kiln predict  MODEL.json --weights W.safetensors --input X.npy [-o P.npy]
 *   kiln compile  MODEL.json -o DIR [--isa …]
 *   kiln summary  MODEL.json
 *   kiln grad     MODEL.json --weights W --x X.npy --y Y.npy -o G.safetensors
 *   kiln bench    MODEL.json [--batch-size B] [--threads T] [--against torch] [--json]
 *   kiln profile  MODEL.json [--entry train|eval|predict] [--against onednn] [--json]
 *
 * Every verb runs the same front half: kiln_parse_model_file → kiln_compile
 * (the whole pipeline of docs/architecture.md §3) → kiln_module_jit → the runtime.
 *
 * Exit status (one per class of failure, EXIT_STATUS_HELP below, README):
 *   0 success; 1 a failure of kiln itself (the generated C does not compile,
 *   an internal error); 2 the user's input or environment (a bad flag, model
 *   file, data or checkpoint; an output that cannot be written, standard
 *   output included) — reported, and nothing written; 3 training stopped on a
 *   non-finite loss or weights (TerminateOnNaN), no checkpoint written from
 *   them; 130 interrupted by SIGINT (Ctrl-C), 143 by SIGTERM, after saving.
 * Only this file calls exit().
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <omp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "bench.h"
#include "data.h"
#include "denoise.h"
#include "diag.h"
#include "evaluate.h"
#include "formats.h"
#include "kiln.h"
#include "model.h"
#include "keras_file.h"
#include "model_load.h"
#include "module.h"
#include "pyformat.h"
#include "plot.h"
#include "report.h"
#include "sweep.h"
#include "train.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
/* The sanitizer build (-DKILN_SANITIZE=ON): the CLI exits on an error path
 * without freeing what the OS reclaims anyway, so leaks are not checked in
 * this binary; the unit tests and the fuzzers check the library's. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }
#endif
#endif

enum {
    EXIT_FAIL = 1,          /* kiln's own failure */
    EXIT_USER = 2,          /* the user's input or environment */
    EXIT_NONFINITE = 3,     /* training stopped on a non-finite loss or weights */
    EXIT_INTERRUPTED = 130, /* SIGINT: 128 + 2 */
    EXIT_TERMINATED = 143   /* SIGTERM: 128 + 15 */
};

static const char EXIT_STATUS_HELP[] =
    "exit status:\n"
    "  0    success\n"
    "  1    kiln's own failure (the generated C does not compile, an internal error)\n"
    "  2    the user's input or environment: a bad flag, model file, data or\n"
    "       checkpoint, an output that cannot be written (standard output too);\n"
    "       reported, and nothing written\n"
    "  3    training stopped on a non-finite loss or weights (TerminateOnNaN);\n"
    "       no checkpoint is written from them\n"
    "  130  interrupted by SIGINT (Ctrl-C), 143 by SIGTERM: --save is written first\n";

/* Exits 2 unless every output path can be written: checked before any long
 * work, so a run never ends by failing to save it. */
static void check_outputs(const char *const *paths, const char *const *flags, int n)
{
    int bad = 0;
    for (int i = 0; i < n; i++)
        if (paths[i] && kiln_output_check(paths[i], flags[i])) bad = 1;
    if (bad) exit(EXIT_USER);
}

/* ---- flags --------------------------------------------------------------- */

typedef struct {
    const char *name;     /* "--epochs"; "-o" for short ones */
    const char *alias;    /* another spelling ("--output"), or NULL */
    const char *metavar;  /* NULL: a switch without value */
    const char *help;
} flag_def;

#define MAX_FLAGS 40

typedef struct {
    const char *name, *brief, *synopsis, *summary;
    const flag_def *flags;
    int (*run)(void *args);
} verb_def;

/* Verbs that check for MODEL.json themselves (kiln bench --peak-only needs none). */
static int model_optional(const verb_def *v) { return strcmp(v->name, "bench") == 0; }

#define MAX_SETS 64

typedef struct {
    const verb_def *verb;
    const char *model;               /* the positional MODEL.json */
    const char *value[MAX_FLAGS];    /* by index in verb->flags; "" for a switch given */
    const char *sets[MAX_SETS];      /* every --set PATH=VALUE, in order (the one
                                        repeatable flag) */
    int n_sets;
} args_t;

static void usage_error(const verb_def *v, const char *fmt, ...)
    __attribute__((format(printf, 2, 3), noreturn));

static void usage_error(const verb_def *v, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "kiln %s: error: ", v->name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n(see 'kiln %s --help')\n", v->name);
    exit(EXIT_USER);
}

static void print_verb_help(const verb_def *v, FILE *f)
{
    fprintf(f, "usage: kiln %s %s\n\n%s\n\nflags:\n", v->name, v->synopsis, v->summary);
    for (const flag_def *d = v->flags; d->name; d++) {
        char left[96];
        if (d->metavar)
            snprintf(left, sizeof left, "%s%s%s %s", d->name, d->alias ? ", " : "",
                     d->alias ? d->alias : "", d->metavar);
        else
            snprintf(left, sizeof left, "%s%s%s", d->name, d->alias ? ", " : "",
                     d->alias ? d->alias : "");
        if (strlen(left) > 30) fprintf(f, "  %s\n  %-30s ", left, "");
        else fprintf(f, "  %-30s ", left);
        /* indent continuation lines of the help text under the first */
        for (const char *c = d->help; *c; c++) {
            fputc(*c, f);
            if (*c == '\n') fprintf(f, "  %-30s ", "");
        }
        fputc('\n', f);
    }
    fprintf(f, "  %-30s %s\n", "-h, --help", "show this help and exit");
    fprintf(f, "\n%s", EXIT_STATUS_HELP);
}

static const flag_def *find_flag(const verb_def *v, const char *name, size_t len, int *idx)
{
    for (int i = 0; v->flags[i].name; i++) {
        const flag_def *d = &v->flags[i];
        KILN_ASSERT(i < MAX_FLAGS);
        if ((strlen(d->name) == len && strncmp(d->name, name, len) == 0) ||
            (d->alias && strlen(d->alias) == len && strncmp(d->alias, name, len) == 0)) {
            *idx = i;
            return d;
        }
    }
    return NULL;
}

/* Parses argv[first..argc) for verb v: one positional MODEL.json, flags as
 * "--flag value" or "--flag=value". Exits 2 on anything wrong, 0 after --help. */
static void parse_args(const verb_def *v, int argc, char **argv, int first, args_t *a)
{
    memset(a, 0, sizeof *a);
    a->verb = v;
    for (int i = first; i < argc; i++) {
        const char *s = argv[i];
        if (strcmp(s, "-h") == 0 || strcmp(s, "--help") == 0) {
            print_verb_help(v, stdout);
            exit(0);
        }
        if (s[0] == '-' && s[1] != 0) {
            const char *eq = strchr(s, '=');
            size_t len = eq ? (size_t)(eq - s) : strlen(s);
            int idx;
            const flag_def *d = find_flag(v, s, len, &idx);
            if (!d) usage_error(v, "unknown flag '%.*s'", (int)len, s);
            if (!d->metavar) {
                if (eq) usage_error(v, "%s takes no value", d->name);
                a->value[idx] = "";
                continue;
            }
            const char *val = eq ? eq + 1 : NULL;
            if (!val) {
                if (i + 1 >= argc) usage_error(v, "%s needs a value (%s)", d->name, d->metavar);
                val = argv[++i];
            }
            if (!*val) usage_error(v, "%s needs a non-empty value (%s)", d->name, d->metavar);
            a->value[idx] = val;
            if (!strcmp(d->name, "--set")) {
                if (a->n_sets == MAX_SETS) usage_error(v, "more than %d --set flags", MAX_SETS);
                a->sets[a->n_sets++] = val;
            }
            continue;
        }
        if (a->model) usage_error(v, "one model file expected, got '%s' and '%s'", a->model, s);
        a->model = s;
    }
    if (!a->model && !model_optional(v)) usage_error(v, "no model file given (%s)", v->synopsis);
}

static const char *get(const args_t *a, const char *name)
{
    for (int i = 0; a->verb->flags[i].name; i++)
        if (strcmp(a->verb->flags[i].name, name) == 0) return a->value[i];
    KILN_BUG("flag %s not declared for verb %s", name, a->verb->name);
}

static const char *need(const args_t *a, const char *name)
{
    const char *v = get(a, name);
    if (!v) usage_error(a->verb, "%s is required", name);
    return v;
}

/* A required output file's path, checked writable (kiln_output_check)
 * before any work: exits 2 otherwise. */
static const char *need_output(const args_t *a, const char *name)
{
    const char *v = need(a, name);
    if (kiln_output_check(v, name)) exit(EXIT_USER);
    return v;
}

static long long get_int(const args_t *a, const char *name, long long def, long long lo,
                         long long hi)
{
    const char *s = get(a, name);
    if (!s) return def;
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || *end || end == s || v < lo || v > hi)
        usage_error(a->verb, "%s: expected an integer in %lld..%lld, got '%s'", name, lo, hi, s);
    return v;
}

/* A real number in [lo, hi] (lo_open: lo excluded, hi_open: hi excluded). */
static double get_real(const args_t *a, const char *name, double def, double lo, int lo_open,
                       double hi, int hi_open)
{
    const char *s = get(a, name);
    if (!s) return def;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    int ok = !errno && !*end && end != s && isfinite(v) && (lo_open ? v > lo : v >= lo) &&
             (hi_open ? v < hi : v <= hi);
    if (!ok)
        usage_error(a->verb, "%s: expected a number in %s%g, %g%s, got '%s'", name,
                    lo_open ? "(" : "[", lo, hi, hi_open ? ")" : "]", s);
    return v;
}

static const char *get_choice(const args_t *a, const char *name, const char *const *choices)
{
    const char *s = get(a, name);
    if (!s) return NULL;
    for (int i = 0; choices[i]; i++)
        if (strcmp(s, choices[i]) == 0) return s;
    char list[128] = "";
    for (int i = 0; choices[i]; i++)
        snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? "|" : "", choices[i]);
    usage_error(a->verb, "%s: expected one of %s, got '%s'", name, list, s);
}

static const char *const ISAS[] = {"generic", "avx2", "avx512", NULL};
static const char *const JITS[] = {"orc", "driver", NULL};

/* ---- the front half: parse, compile, JIT ---------------------------------- */

typedef struct {
    kiln_arena arena;
    kiln_model model;
    kiln_loaded_model loaded;  /* what the file was, and the weights a Keras file holds */
    kiln_compiled comp;
    kiln_module *mod;
    int verbose;
    char display[1024];    /* generated/<name>/<isa>/<name>.c */
} session;

/* --set, --loss and --optimizer of a verb that has them. */
static int has_flag(const verb_def *v, const char *name)
{
    for (const flag_def *d = v->flags; d->name; d++)
        if (!strcmp(d->name, name)) return 1;
    return 0;
}

static kiln_load_options load_options(const args_t *a)
{
    kiln_load_options lo = {0};
    lo.sets = a->sets;
    lo.n_sets = a->n_sets;
    if (has_flag(a->verb, "--loss")) lo.loss = get(a, "--loss");
    if (has_flag(a->verb, "--optimizer")) lo.optimizer = get(a, "--optimizer");
    return lo;
}

/* The weights of a run: --weights (a kiln checkpoint, or a Keras .h5), else
 * those a Keras model file holds; `required` makes their absence an error.
 * 0 (none, or loaded) or EXIT_USER after reporting. */
static int load_run_weights(session *s, const args_t *a, int with_optimizer, int required)
{
    const char *w = get(a, "--weights");
    if (w) return kiln_load_weights_file(s->mod, w, with_optimizer) ? EXIT_USER : 0;
    if (s->loaded.n_weights)
        return kiln_module_set_weights(s->mod, s->loaded.weights, s->loaded.n_weights, a->model)
                   ? EXIT_USER : 0;
    if (required)
        usage_error(a->verb, "--weights is required: %s holds no weights", a->model);
    return 0;
}

/* Parses and compiles MODEL.json; exits 2 after reporting model errors. */
static void front_compile(session *s, const args_t *a, int batch, const char *dump_after)
{
    memset(&s->arena, 0, sizeof s->arena);
    s->verbose = get(a, "-v") != NULL;
    kiln_load_options lo = load_options(a);
    if (kiln_load_model(a->model, &lo, &s->arena, &s->loaded) != 0) exit(EXIT_USER);
    s->model = s->loaded.model;
    /* verbs that run trained weights need them before anything is compiled */
    if (has_flag(a->verb, "--weights") && strcmp(a->verb->name, "train") && !get(a, "--weights") &&
        !s->loaded.n_weights)
        usage_error(a->verb, "--weights is required: %s holds no weights", a->model);
    kiln_compile_options co = {0};
    co.batch = batch;
    co.isa = has_flag(a->verb, "--isa") ? get_choice(a, "--isa", ISAS) : NULL;
    co.dump_after = dump_after;
    co.dump_stream = stderr;
    if (kiln_compile(&s->model, &co, &s->arena, &s->comp) != 0) exit(EXIT_USER);
    snprintf(s->display, sizeof s->display, "generated/%s/%s/%s.c", s->model.name, s->comp.graph->isa->name,
             s->model.name);
}

/* JIT-compiles the compiled module; exits 1 when the generated C fails. */
static void front_jit(session *s, const args_t *a)
{
    kiln_jit_options jo = {0};
    const char *j = has_flag(a->verb, "--jit") ? get_choice(a, "--jit", JITS) : NULL;
    jo.mode = j && strcmp(j, "driver") == 0 ? KILN_JIT_DRIVER : KILN_JIT_ORC;
    jo.opt_level = "-O3";
    const kiln_isa *isa = s->comp.graph->isa;
    jo.march = isa->march;
    if (!kiln_isa_runs_here(isa)) {
        kiln_error("this CPU cannot run %s kernels (%s); the widest ISA it runs is %s: pick "
                   "--isa %s, or use `kiln compile` to only write the code",
                   isa->name, isa->what, kiln_isa_host()->name, kiln_isa_host()->name);
        exit(EXIT_USER);
    }
    jo.use_cache = 1;
    jo.verbose = s->verbose;
    if (s->verbose)
        fprintf(stderr, "kiln: jit %s (%ld bytes of C, %s, batch %d)\n", s->display,
                s->comp.source_len, jo.mode == KILN_JIT_DRIVER ? "driver" : "orc",
                s->comp.graph ? s->comp.graph->batch : 0);
    s->mod = kiln_module_jit(&s->comp, s->display, &jo);
    if (!s->mod) exit(EXIT_FAIL);
}

static void set_threads(const args_t *a)
{
    long long t = get_int(a, "--threads", 0, 1, 4096);
    if (t > 0) omp_set_num_threads((int)t);
}

/* Loads a split and checks, before any JIT work, that its samples have the
 * element count of the compiled input; exits 2 otherwise. */
static void load_split(const session *s, const char *data, const char *split, kiln_dataset *d)
{
    if (kiln_load_dataset(data, split, d) != 0) exit(EXIT_USER);
    const kiln_graph *g = s->comp.graph;
    int64_t per = (int64_t)d->h * d->w * d->c, want = kiln_tensor_per_sample(g, g->x);
    if (per != want) {
        kiln_error("%s (%s split): samples are %dx%dx%d (%" PRId64 " elements) but model '%s' "
                   "takes %" PRId64 " elements per sample; pick the dataset the model was "
                   "written for", data, split, d->h, d->w, d->c, per, s->model.name, want);
        exit(EXIT_USER);
    }
}

/* A float from the model file as the decimal it was written as (0.2f -> 0.2). */
static double model_real(float f)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.7g", f);
    return strtod(buf, NULL);
}

static kiln_input_noise model_noise(const kiln_model *m, uint64_t seed)
{
    kiln_input_noise n = {0};
    n.salt_and_pepper = m->noise_salt_and_pepper;
    n.level = m->noise_level;
    n.seed = seed;
    n.every_epoch = m->noise_every_epoch;
    return n;
}

static void print_test(const kiln_module *m, double loss, double acc)
{
    char l[32];
    if (isnan(loss)) snprintf(l, sizeof l, "nan");  /* a diverged run; not C's "-nan" */
    else snprintf(l, sizeof l, "%.4f", loss);
    if (m->desc->has_accuracy) printf("Test loss: %s - test accuracy: %.4f\n", l, acc);
    else printf("Test loss: %s\n", l);
}

/* ---- kiln train ------------------------------------------------------------ */

static const flag_def train_flags[] = {
    {"--data", NULL, "mnist|fashion-mnist|DIR",
     "dataset: a name kiln knows or a directory of IDX or CIFAR-10\nbinary files "
     "(default: the model's fit.dataset)"},
    {"--epochs", NULL, "N", "epochs to train (default: fit.epochs)"},
    {"--batch-size", NULL, "B", "compile the model for batches of B (default: fit.batch_size)"},
    {"--seed", NULL, "S", "seed of the weights, shuffling, dropout and input noise (default 0)"},
    {"--threads", NULL, "T", "OpenMP threads (default: OMP_NUM_THREADS or all cores)"},
    {"--save", NULL, "W.safetensors",
     "write a checkpoint (weights, optimizer state, step) at the end,\nor on Ctrl-C"},
    {"--history", NULL, "H.json|H.csv", "write per-epoch loss/accuracy and the test result"},
    {"--validation-split", NULL, "F",
     "validate on the last fraction F of the training set (Keras),\ninstead of the test split"},
    {"--learning-rate", NULL, "LR", "learning rate (default: the model's optimizer)"},
    {"--jit", NULL, "orc|driver", "in-process ORC JIT (default) or clang-19 driver + dlopen"},
    {"--isa", NULL, "generic|avx2|avx512", "instruction set of the kernels (default: this CPU's)"},
    {"--max-samples", NULL, "N", "train on the first N training samples only (quick runs)"},
    {"--weights", NULL, "W.safetensors|W.h5",
     "start from this checkpoint (its optimizer state and step too,\nwhen present), or "
     "Keras weights; a .keras/.h5 model starts\nfrom the weights it holds: a new run on them"},
    {"--resume", NULL, "W.safetensors",
     "continue the run this checkpoint (--save, a Ctrl-C/SIGTERM save,\n"
     "ModelCheckpoint) comes from, where it was: the same epoch and\n"
     "step, optimizer state, learning rate, seed, shuffling, dropout and\n"
     "callback state (EarlyStopping's kept best weights excepted);\n"
     "--epochs counts from the start of the run (Keras's initial_epoch);\n"
     "--history H.json continues H.json.  2 epochs straight equal 1,\n"
     "a resume and 1 more, bit for bit"},
    {"--early-stopping", NULL, "MONITOR:PATIENCE[:restore]",
     "Keras's EarlyStopping(monitor=MONITOR, patience=PATIENCE,\n"
     "restore_best_weights=True with ':restore', verbose=1): stop when\n"
     "MONITOR (loss, val_loss, accuracy, val_accuracy) has not improved\n"
     "for PATIENCE epochs; e.g. val_loss:5 or val_accuracy:3:restore"},
    {"--model-checkpoint", NULL, "PATH",
     "ModelCheckpoint(PATH, monitor='val_loss', save_best_only=True,\n"
     "verbose=1): the full checkpoint of the best epoch so far; PATH ends\n"
     "in .safetensors and may hold {epoch:02d}, {val_loss:.4f}, ..."},
    {"--reduce-lr-on-plateau", NULL, "MONITOR:FACTOR:PATIENCE[:COOLDOWN[:MIN_LR]]",
     "ReduceLROnPlateau(monitor, factor, patience, cooldown=0, min_lr=0,\n"
     "verbose=1): lr = max(lr * FACTOR, MIN_LR) after PATIENCE epochs\n"
     "without improvement; e.g. val_loss:0.2:3"},
    {"--terminate-on-nan", NULL, NULL,
     "TerminateOnNaN: stop at the first batch whose loss is NaN or\n"
     "infinite (or an epoch that ends with non-finite weights); no\n"
     "checkpoint is written then, and kiln exits 3.  On by default"},
    {"--no-terminate-on-nan", NULL, NULL,
     "train on through a non-finite loss (no TerminateOnNaN); a checkpoint\n"
     "is still never written from non-finite weights (exit 3 then)"},
    {"--csv-logger", NULL, "FILE", "CSVLogger(FILE): a CSV row of the logs after every epoch"},
    {"--tensorboard", NULL, "DIR[:epoch|batch|N]",
     "TensorBoard(log_dir=DIR, update_freq=...): event files in DIR/train\n"
     "and DIR/validation, per epoch (default), or also every N batches"},
    {"--no-callbacks", NULL, NULL, "ignore the model file's fit.callbacks"},
    {"--set", NULL, "PATH=VALUE",
     "change one field of the model file before it is compiled,\nvalidated like the file: "
     "fit.epochs=40,\nlayers[1].kernel_regularizer.l2=1e-5, input.rescale=0.5;\n"
     "[*] sets it in every element that has it; repeatable"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one (or instead\nof the file's)"},
    {"--optimizer", NULL, "adam|sgd|JSON",
     "the optimizer, e.g. '{\"type\": \"SGD\", \"learning_rate\": 0.1}'"},
    {"-v", "--verbose", NULL, "print JIT, cache and data details on stderr"},
    {NULL, NULL, NULL, NULL},
};

/* ---- callbacks from flags ------------------------------------------------- */

/* Splits s at ':' into at most n parts (each < 1024 bytes); returns the
 * number of parts, or n + 1 when there are more. */
static int split_colons(const char *s, char parts[][1024], int n)
{
    int k = 0;
    for (const char *c = s;; k++) {
        const char *e = strchr(c, ':');
        size_t len = e ? (size_t)(e - c) : strlen(c);
        if (k == n) return n + 1;
        snprintf(parts[k], 1024, "%.*s", (int)len, c);
        if (!e) return k + 1;
        c = e + 1;
    }
}

/* MONITOR of a flag: a quantity the model logs. */
static const char *flag_monitor(const verb_def *v, const char *flag, const char *s,
                                const kiln_model *m)
{
    static const char *const names[] = {"loss", "val_loss", "accuracy", "val_accuracy"};
    for (int i = 0; i < 4; i++) {
        if (strcmp(s, names[i])) continue;
        if (i >= 2 && !m->metric_accuracy)
            usage_error(v, "%s: the model logs no accuracy (its metrics have no \"accuracy\"); "
                        "monitor loss or val_loss, got '%s'", flag, s);
        return names[i];
    }
    usage_error(v, "%s: MONITOR must be one of loss, val_loss%s, got '%s'", flag,
                m->metric_accuracy ? ", accuracy, val_accuracy" : "", s);
}

static long long flag_int(const verb_def *v, const char *flag, const char *what, const char *s)
{
    char *end;
    errno = 0;
    long long x = strtoll(s, &end, 10);
    if (errno || end == s || *end || x < 0 || x > 1000000)
        usage_error(v, "%s: %s must be a non-negative integer, got '%s'", flag, what, s);
    return x;
}

/* A number of a flag: in (0, 1) when `fraction`, else in [0, inf). */
static double flag_real(const verb_def *v, const char *flag, const char *what, const char *s,
                        int fraction)
{
    char *end;
    errno = 0;
    double x = strtod(s, &end);
    int ok = !errno && end != s && !*end && isfinite(x) && (fraction ? x > 0 && x < 1 : x >= 0);
    if (!ok)
        usage_error(v, "%s: %s must be a number in %s, got '%s'", flag, what,
                    fraction ? "(0, 1)" : "[0, inf)", s);
    return x;
}

static kiln_callback flag_callback(kiln_callback_type type, const char *flag)
{
    kiln_callback c;
    kiln_callback_defaults(&c, type);
    c.path = flag;
    c.verbose = 1;
    return c;
}

/* The callbacks of the run: the model file's (unless --no-callbacks), less
 * those of a class a flag gives, then the flags' in the order of --help.
 * Exits 2 on a bad flag value. */
static kiln_callback *train_callbacks(const args_t *a, session *s, int *n)
{
    const verb_def *v = a->verb;
    const kiln_model *m = &s->model;
    kiln_callback f[7];
    int nf = 0;
    char parts[6][1024];
    const char *x;
    if ((x = get(a, "--early-stopping"))) {
        int k = split_colons(x, parts, 3);
        if (k < 2 || k > 3 || (k == 3 && strcmp(parts[2], "restore")))
            usage_error(v, "--early-stopping: expected MONITOR:PATIENCE[:restore] (e.g. "
                        "val_loss:5), got '%s'", x);
        f[nf] = flag_callback(CB_EARLY_STOPPING, "--early-stopping");
        f[nf].monitor = flag_monitor(v, "--early-stopping", parts[0], m);
        f[nf].patience = (int)flag_int(v, "--early-stopping", "PATIENCE", parts[1]);
        f[nf++].restore_best_weights = k == 3;
    }
    if ((x = get(a, "--model-checkpoint"))) {
        /* the fields of the model's logs; whether this run validates is
         * checked with the other callbacks (kiln_callbacks_check) */
        kiln_pyformat_field fl[6];
        int nfl = 0;
        fl[nfl++] = (kiln_pyformat_field){"epoch", 1, 1};
        fl[nfl++] = (kiln_pyformat_field){"loss", 0, 0.5};
        if (m->metric_accuracy) fl[nfl++] = (kiln_pyformat_field){"accuracy", 0, 0.5};
        fl[nfl++] = (kiln_pyformat_field){"val_loss", 0, 0.5};
        if (m->metric_accuracy) fl[nfl++] = (kiln_pyformat_field){"val_accuracy", 0, 0.5};
        fl[nfl++] = (kiln_pyformat_field){"learning_rate", 0, 0.001};
        char err[256];
        size_t len = strlen(x);
        if (kiln_pyformat(x, fl, nfl, NULL, 0, err, sizeof err))
            usage_error(v, "--model-checkpoint: '%s' is not a file name kiln can fill: %s", x, err);
        if (len < 12 || strcmp(x + len - 12, ".safetensors"))
            usage_error(v, "--model-checkpoint: the file name must end in .safetensors (kiln "
                        "writes safetensors checkpoints), got '%s'", x);
        f[nf] = flag_callback(CB_MODEL_CHECKPOINT, "--model-checkpoint");
        f[nf].filepath = x;
        f[nf++].save_best_only = 1;
    }
    if ((x = get(a, "--reduce-lr-on-plateau"))) {
        int k = split_colons(x, parts, 5);
        if (k < 3 || k > 5)
            usage_error(v, "--reduce-lr-on-plateau: expected MONITOR:FACTOR:PATIENCE"
                        "[:COOLDOWN[:MIN_LR]] (e.g. val_loss:0.2:3), got '%s'", x);
        const char *fl = "--reduce-lr-on-plateau";
        f[nf] = flag_callback(CB_REDUCE_LR_ON_PLATEAU, fl);
        f[nf].monitor = flag_monitor(v, fl, parts[0], m);
        f[nf].factor = flag_real(v, fl, "FACTOR", parts[1], 1);
        f[nf].patience = (int)flag_int(v, fl, "PATIENCE", parts[2]);
        if (k > 3) f[nf].cooldown = (int)flag_int(v, fl, "COOLDOWN", parts[3]);
        if (k > 4) f[nf].min_lr = flag_real(v, fl, "MIN_LR", parts[4], 0);
        nf++;
    }
    if (get(a, "--terminate-on-nan") && get(a, "--no-terminate-on-nan"))
        usage_error(v, "--terminate-on-nan and --no-terminate-on-nan contradict each other");
    if (get(a, "--terminate-on-nan")) f[nf++] = flag_callback(CB_TERMINATE_ON_NAN, "--terminate-on-nan");
    if ((x = get(a, "--csv-logger"))) {
        f[nf] = flag_callback(CB_CSV_LOGGER, "--csv-logger");
        f[nf++].filepath = x;
    }
    if ((x = get(a, "--tensorboard"))) {
        f[nf] = flag_callback(CB_TENSORBOARD, "--tensorboard");
        const char *colon = strrchr(x, ':');
        const char *freq = colon ? colon + 1 : "";
        int digits = *freq != 0;
        for (const char *c = freq; *c; c++) digits &= isdigit((unsigned char)*c) != 0;
        char *dir = kiln_arena_strdup(&s->arena, x);
        if (colon && (!strcmp(freq, "epoch") || !strcmp(freq, "batch") || digits)) {
            dir[colon - x] = 0;
            long long nfreq = digits ? flag_int(v, "--tensorboard", "update_freq", freq) : 0;
            if (digits && nfreq < 1)
                usage_error(v, "--tensorboard: update_freq must be epoch, batch or a positive "
                            "number of batches, got '%s'", freq);
            f[nf].update_freq = !strcmp(freq, "batch") ? 1 : (int)nfreq;
        }
        if (!*dir) usage_error(v, "--tensorboard: expected DIR[:epoch|batch|N], got '%s'", x);
        f[nf++].filepath = dir;
    }
    int nm = get(a, "--no-callbacks") ? 0 : m->n_callbacks;
    int no_nan = get(a, "--no-terminate-on-nan") != NULL;
    kiln_callback *all = KILN_NEW(&s->arena, kiln_callback, nm + nf + 2);
    int k = 0, has_nan = 0;
    for (int i = 0; i < nm; i++) {
        int replaced = no_nan && m->callbacks[i].type == CB_TERMINATE_ON_NAN;
        for (int j = 0; j < nf; j++) replaced |= f[j].type == m->callbacks[i].type;
        if (!replaced) all[k++] = m->callbacks[i];
    }
    for (int j = 0; j < nf; j++) all[k++] = f[j];
    for (int i = 0; i < k; i++) has_nan |= all[i].type == CB_TERMINATE_ON_NAN;
    /* TerminateOnNaN is on by default: a diverged run stops and says so */
    if (!has_nan && !no_nan) all[k++] = flag_callback(CB_TERMINATE_ON_NAN, "TerminateOnNaN (default)");
    *n = k;
    return all;
}

static int run_train(void *p)
{
    const args_t *a = p;
    long long batch = get_int(a, "--batch-size", 0, 1, 1 << 20);
    long long epochs = get_int(a, "--epochs", -1, 1, 1000000);
    uint64_t seed = (uint64_t)get_int(a, "--seed", 0, 0, INT64_MAX);
    if (get(a, "--weights") && get(a, "--resume"))
        usage_error(a->verb, "--weights starts a new run from a checkpoint's weights, --resume "
                    "continues its run: give one");
    long long max_samples = get_int(a, "--max-samples", -1, 1, INT64_MAX);
    double split = get_real(a, "--validation-split", -1, 0, 0, 1, 1);
    double lr = get_real(a, "--learning-rate", -1, 0, 1, 1e6, 0);
    const char *hist_path = get(a, "--history");
    {
        const char *paths[] = {get(a, "--save"), hist_path};
        const char *flags[] = {"--save", "--history"};
        check_outputs(paths, flags, 2);
    }
    if (hist_path) {
        size_t n = strlen(hist_path);
        if (!(n > 5 && strcasecmp(hist_path + n - 5, ".json") == 0) &&
            !(n > 4 && strcasecmp(hist_path + n - 4, ".csv") == 0))
            usage_error(a->verb, "--history: the file name must end in .json or .csv, got '%s'",
                        hist_path);
    }
    set_threads(a);

    session s;
    front_compile(&s, a, (int)batch, NULL);
    /* Callbacks are checked before any data is read or anything written:
     * whether the run validates follows from the flags and the model. */
    int n_callbacks;
    kiln_callback *callbacks = train_callbacks(a, &s, &n_callbacks);
    double vsplit = split >= 0 ? split : model_real(s.model.validation_split);
    int has_val = vsplit > 0 || s.model.validation_data || split == 0;
    if (kiln_callbacks_check(callbacks, n_callbacks, s.model.metric_accuracy, has_val))
        return EXIT_USER;
    const char *data = get(a, "--data");
    if (!data) data = s.model.dataset;
    if (!data) {
        kiln_error("%s: no dataset: the model has no fit.dataset; give --data", a->model);
        return EXIT_USER;
    }
    kiln_dataset train = {0}, test = {0};
    load_split(&s, data, "train", &train);
    load_split(&s, data, "test", &test);
    kiln_dataset tr = train;
    if (max_samples > 0 && max_samples < tr.n) tr.n = max_samples;

    front_jit(&s, a);
    kiln_module *m = s.mod;
    kiln_module_init_weights(m, seed);
    const char *resume = get(a, "--resume");
    if (load_run_weights(&s, a, 1, 0)) return EXIT_USER;
    m->pos.valid = 0;  /* --weights or the model's own weights: a new run on them */
    kiln_history old_hist = {0};
    if (resume) {
        if (kiln_module_load_weights(m, resume, 1) != 0) return EXIT_USER;
        if (!m->pos.valid) {
            kiln_error("--resume %s: the checkpoint holds no training position (it was written "
                       "with save_weights_only, or by kiln before --resume existed); start a new "
                       "run from its weights with --weights", resume);
            return EXIT_USER;
        }
        if (get(a, "--seed") && (uint64_t)seed != m->pos.seed) {
            kiln_error("--resume %s: the run used --seed %" PRIu64 ", not %" PRIu64
                       "; drop --seed", resume, m->pos.seed, seed);
            return EXIT_USER;
        }
        seed = m->pos.seed;
        if (lr > 0)
            fprintf(stderr, "kiln: note: --learning-rate %g replaces the checkpoint's rate %g\n",
                    lr, (double)m->pos.learning_rate);
        if (lr > 0) m->pos.learning_rate = (float)lr;
        struct stat hs;
        if (hist_path && strcasecmp(hist_path + strlen(hist_path) - 5, ".json") == 0 &&
            stat(hist_path, &hs) == 0) {
            if (kiln_history_read(hist_path, &old_hist) != 0) return EXIT_USER;
            if (strcmp(old_hist.model, m->desc->model) != 0) {
                kiln_error("--history %s: the history of model '%s', not of '%s'", hist_path,
                           old_hist.model, m->desc->model);
                return EXIT_USER;
            }
        }
    }

    kiln_fit_options o;
    kiln_fit_defaults(&o);
    o.epochs = epochs > 0 ? (int)epochs : (s.model.epochs > 0 ? s.model.epochs : 1);
    o.seed = seed;
    o.learning_rate = lr > 0 ? (float)lr : s.model.optimizer.learning_rate;
    o.shuffle = s.model.shuffle;
    o.validation_split = vsplit;
    if (o.validation_split <= 0 && (s.model.validation_data || split == 0)) o.val = &test;
    o.test = &test;
    o.noise = model_noise(&s.model, seed);
    o.save_path = get(a, "--save");
    o.resume = resume != NULL;
    o.callbacks = callbacks;
    o.n_callbacks = n_callbacks;
    if (s.verbose)
        fprintf(stderr, "kiln: %s: batch %d, isa %s, %" PRId64 " parameters; %s: %" PRId64
                " training samples, %s, %d epochs, learning rate %g, seed %" PRIu64 "\n",
                m->desc->model, m->desc->batch, m->desc->isa ? m->desc->isa : "?",
                m->desc->n_params, data, tr.n,
                o.validation_split > 0 ? "validation split"
                : o.val ? "validating on the test split" : "no validation",
                o.epochs, o.learning_rate, seed);

    kiln_history h;
    int rc = kiln_fit(m, &tr, &o, &h);
    int status = 0;
    if (rc == KILN_FIT_ERROR) {
        status = kiln_error_count() ? EXIT_USER : EXIT_FAIL;
    } else {
        if (old_hist.n) {
            /* --resume: the earlier epochs of the history file, then this run's */
            int first = h.n ? h.epochs[0].epoch : INT32_MAX, keep = 0;
            while (keep < old_hist.n && old_hist.epochs[keep].epoch < first) keep++;
            kiln_epoch_record *e = malloc(sizeof *e * (size_t)(keep + h.n + 1));
            if (!e) {
                kiln_error("out of memory merging the history");
                return EXIT_FAIL;
            }
            memcpy(e, old_hist.epochs, sizeof *e * (size_t)keep);
            if (h.n) memcpy(e + keep, h.epochs, sizeof *e * (size_t)h.n);
            free(h.epochs);
            h.epochs = e;
            h.n = h.cap = keep + h.n;
            h.has_learning_rate |= old_hist.has_learning_rate;
        }
        if (hist_path && kiln_history_write(&h, hist_path) != 0) status = EXIT_USER;
        if (rc == KILN_FIT_INTERRUPTED)
            status = h.signal == SIGTERM ? EXIT_TERMINATED : EXIT_INTERRUPTED;
        else if (h.has_test) print_test(m, h.test_loss, h.test_accuracy);
        if (!status && (h.terminated_on_nan || !kiln_module_weights_finite(m))) {
            kiln_error("%s: training diverged: %s; no checkpoint was written from it (lower the "
                       "learning rate, currently %g)", a->model,
                       h.terminated_on_nan ? "the loss or the weights became NaN or infinite "
                                             "(TerminateOnNaN stopped it)"
                                           : "the weights are not finite",
                       h.n ? h.epochs[h.n - 1].learning_rate : (double)o.learning_rate);
            status = EXIT_NONFINITE;
        }
    }
    kiln_history_free(&h);
    kiln_history_free(&old_hist);
    kiln_module_free(m);
    kiln_dataset_free(&train);
    kiln_dataset_free(&test);
    kiln_arena_free(&s.arena);
    return status;
}

/* ---- kiln evaluate --------------------------------------------------------- */

static const flag_def evaluate_flags[] = {
    {"--weights", NULL, "W.safetensors|W.h5",
     "the checkpoint to evaluate (a kiln checkpoint or Keras\nweights; default: the weights a .keras/.h5 model holds)"},
    {"--data", NULL, "mnist|fashion-mnist|DIR",
     "dataset whose split is evaluated (default:\nfit.dataset)"},
    {"--split", NULL, "train|test", "the split evaluated (default: test)"},
    {"--x", NULL, "X.npy",
     "evaluate these inputs instead of a dataset\n"
     "(needs --y): (n, H, W, C) or (n, features),\n"
     "uint8 (times the model's input.rescale) or\n"
     "float32 (the model's input as is); the model's\n"
     "input noise is not added to them"},
    {"--y", NULL, "Y.npy",
     "the labels of --x: (n,) or (n, 1) int32, int64\n"
     "or uint8 class ids, or (n, classes) one-hot\n"
     "float32 (keras.utils.to_categorical); for an\n"
     "autoencoder its target images, like --x"},
    {"--report", NULL, NULL,
     "also print scikit-learn's classification_report\n"
     "(precision, recall, f1-score and support per\n"
     "class; accuracy, macro and weighted averages)\n"
     "and confusion_matrix, as NumPy prints it, of the\n"
     "predicted classes (argmax of the outputs)"},
    {"--digits", NULL, "N", "decimals of --report's scores (sklearn's\ndigits, default 2)"},
    {"--report-json", NULL, "R.json",
     "write the report as JSON, as sklearn's\n"
     "classification_report(..., output_dict=True),\n"
     "plus \"confusion_matrix\", \"labels\", \"model\",\n"
     "\"loss\", \"data\" and \"split\" (or \"x\" and \"y\");\n"
     "written to a temporary file and renamed"},
    {"--batch-size", NULL, "B", "compile for batches of B (default: fit.batch_size)"},
    {"--seed", NULL, "S",
     "seed of the model's input noise on a dataset,\nif it has any (default 0)"},
    {"--threads", NULL, "T", "OpenMP threads"},
    {"--jit", NULL, "orc|driver", "in-process ORC JIT (default) or clang-19 driver + dlopen"},
    {"--isa", NULL, "generic|avx2|avx512", "instruction set of the kernels (default: this CPU's)"},
    {"--set", NULL, "PATH=VALUE",
     "change one field of the model file before it is compiled,\nvalidated like the file: "
     "fit.epochs=40,\nlayers[1].kernel_regularizer.l2=1e-5, input.rescale=0.5;\n"
     "[*] sets it in every element that has it; repeatable"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one (or instead\nof the file's)"},
    {"--optimizer", NULL, "adam|sgd|JSON",
     "the optimizer, e.g. '{\"type\": \"SGD\", \"learning_rate\": 0.1}'"},
    {"-v", "--verbose", NULL, "print JIT and cache details on stderr"},
    {NULL, NULL, NULL, NULL},
};

static const char *const SPLITS[] = {"train", "test", NULL};

/* "Test loss: 0.2913 - test accuracy: 0.9172" for a split ("Train loss: …"
 * for the training split), "Loss: … - accuracy: …" for arrays. */
static void print_evaluation(const kiln_module *m, const char *split, double loss, double acc)
{
    const char *Split = !split ? "" : strcmp(split, "train") == 0 ? "Train " : "Test ";
    const char *lower = !split ? "" : strcmp(split, "train") == 0 ? "train " : "test ";
    if (m->desc->has_accuracy)
        printf("%s%s: %.4f - %saccuracy: %.4f\n", Split, split ? "loss" : "Loss", loss, lower, acc);
    else printf("%s%s: %.4f\n", Split, split ? "loss" : "Loss", loss);
}

/* Prints the text report and the matrix as the seeds do, print(report) then
 * print(matrix), notes a zero division on stderr, and writes the JSON. */
static int emit_report(const args_t *a, const kiln_module *m, const kiln_class_report *r,
                       int digits, const char *data, const char *split, double loss)
{
    char *note = kiln_class_report_zero_division_note(r);
    if (note) {
        for (char *line = strtok(note, "\n"); line; line = strtok(NULL, "\n"))
            fprintf(stderr, "kiln evaluate: note: %s\n", line);
        free(note);
    }
    if (get(a, "--report")) {
        char *text = kiln_class_report_text(r, digits);
        char *cm = kiln_confusion_matrix_text(r);
        if (!text || !cm) {
            free(text);
            free(cm);
            return EXIT_FAIL;
        }
        printf("%s\n%s\n", text, cm);
        free(text);
        free(cm);
    }
    const char *jpath = get(a, "--report-json");
    if (!jpath) return 0;
    cJSON *root = kiln_class_report_json(r);
    if (!root) return EXIT_FAIL;
    cJSON_AddStringToObject(root, "model", m->desc->model);
    if (split) {
        cJSON_AddStringToObject(root, "data", data);
        cJSON_AddStringToObject(root, "split", split);
    } else {
        cJSON_AddNullToObject(root, "split");
        cJSON_AddStringToObject(root, "x", get(a, "--x"));
        cJSON_AddStringToObject(root, "y", get(a, "--y"));
    }
    cJSON_AddItemToObject(root, "loss", kiln_json_double(loss));
    char *json = cJSON_Print(root);
    cJSON_Delete(root);
    if (!json) {
        kiln_error("out of memory formatting %s", jpath);
        return EXIT_FAIL;
    }
    size_t len = strlen(json);
    json[len] = '\n';  /* the terminating NUL's byte becomes the final newline */
    int rc = kiln_write_file_atomic(jpath, json, len + 1);
    free(json);
    return rc ? EXIT_USER : 0;
}

static int run_evaluate(void *p)
{
    const args_t *a = p;
    long long batch = get_int(a, "--batch-size", 0, 1, 1 << 20);
    uint64_t seed = (uint64_t)get_int(a, "--seed", 0, 0, INT64_MAX);
    int digits = (int)get_int(a, "--digits", 2, 0, 30);
    const char *split = get_choice(a, "--split", SPLITS);
    const char *xpath = get(a, "--x"), *ypath = get(a, "--y");
    int want_report = get(a, "--report") || get(a, "--report-json");
    if (!xpath != !ypath)
        usage_error(a->verb, "%s needs %s too: --x X.npy --y Y.npy evaluate a pair of arrays",
                    xpath ? "--x" : "--y", xpath ? "--y" : "--x");
    if (xpath && (get(a, "--data") || split || get(a, "--seed")))
        usage_error(a->verb, "--x/--y evaluate arrays as they are; %s is for a dataset: give "
                    "one or the other", get(a, "--data") ? "--data" : split ? "--split" : "--seed");
    if (get(a, "--digits") && !get(a, "--report"))
        usage_error(a->verb, "--digits sets the decimals of --report's text; give --report");
    if (!xpath && !split) split = "test";
    {
        const char *paths[] = {get(a, "--report-json")};
        const char *flags[] = {"--report-json"};
        check_outputs(paths, flags, 1);
    }
    set_threads(a);

    session s;
    front_compile(&s, a, (int)batch, NULL);
    const char *data = NULL;
    kiln_dataset set = {0};
    if (!xpath) {
        data = get(a, "--data");
        if (!data) data = s.model.dataset;
        if (!data) {
            kiln_error("%s: no dataset: the model has no fit.dataset; give --data, or --x and --y",
                       a->model);
            return EXIT_USER;
        }
        load_split(&s, data, split, &set);
    }
    front_jit(&s, a);
    kiln_module *m = s.mod;
    const kiln_module_desc *d = m->desc;
    if (want_report && (!d->has_accuracy || !kiln_label_classes(d))) {
        kiln_error("model '%s' has no accuracy metric (%s): there are no predicted classes "
                   "to report on; drop --report/--report-json", d->model,
                   s.model.target_is_input ? "an autoencoder: its target is its input"
                                           : "its loss is its only metric");
        return EXIT_USER;
    }
    kiln_eval_arrays arr = {0};
    if (xpath && kiln_eval_arrays_load(d, xpath, ypath, &arr) != 0) return EXIT_USER;
    if (load_run_weights(&s, a, 0, 1)) return EXIT_USER;

    int64_t n = xpath ? arr.n : set.n;
    int32_t *pred = want_report ? malloc((size_t)(n > 0 ? n : 1) * sizeof *pred) : NULL;
    if (want_report && !pred) {
        kiln_error("out of memory (%" PRId64 " predictions)", n);
        return EXIT_FAIL;
    }
    kiln_input_noise noise = model_noise(&s.model, seed);
    double loss, acc;
    int rc;
    if (xpath) rc = kiln_evaluate_arrays(m, &arr, &loss, &acc, pred);
    else if (want_report) rc = kiln_evaluate_dataset(m, &set, &noise, &loss, &acc, pred);
    else rc = kiln_evaluate(m, &set, &noise, &loss, &acc);
    if (rc != 0) return EXIT_USER;
    int status = 0;
    if (want_report) {
        kiln_class_report r;
        int classes = kiln_label_classes(d);
        if (d->out_size > classes) classes = d->out_size;
        if (kiln_class_report_compute(xpath ? arr.ids : set.labels, pred, n, classes, &r) != 0)
            return EXIT_FAIL;
        print_evaluation(m, split, loss, acc);
        status = emit_report(a, m, &r, digits, data, split, loss);
        kiln_class_report_free(&r);
    } else {
        print_evaluation(m, split, loss, acc);
    }
    free(pred);
    kiln_eval_arrays_free(&arr);
    kiln_module_free(m);
    kiln_dataset_free(&set);
    kiln_arena_free(&s.arena);
    return status;
}

/* ---- kiln predict ---------------------------------------------------------- */

static const flag_def predict_flags[] = {
    {"--weights", NULL, "W.safetensors|W.h5",
     "the checkpoint to run (default: the weights a .keras/.h5\nmodel holds)"},
    {"--input", NULL, "X.npy", "inputs (n, H, W, C) or (n, features), float32 or uint8 (required)"},
    {"-o", "--output", "P.npy",
     "write the (n, outputs) float32 predictions here\n(default: print them, one row per line)"},
    {"--batch-size", NULL, "B", "compile for batches of B (default: fit.batch_size)"},
    {"--threads", NULL, "T", "OpenMP threads"},
    {"--jit", NULL, "orc|driver", "in-process ORC JIT (default) or clang-19 driver + dlopen"},
    {"--isa", NULL, "generic|avx2|avx512", "instruction set of the kernels (default: this CPU's)"},
    {"--set", NULL, "PATH=VALUE",
     "change one field of the model file before it is compiled,\nvalidated like the file: "
     "fit.epochs=40,\nlayers[1].kernel_regularizer.l2=1e-5, input.rescale=0.5;\n"
     "[*] sets it in every element that has it; repeatable"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one (or instead\nof the file's)"},
    {"--optimizer", NULL, "adam|sgd|JSON",
     "the optimizer, e.g. '{\"type\": \"SGD\", \"learning_rate\": 0.1}'"},
    {"-v", "--verbose", NULL, "print JIT and cache details on stderr"},
    {NULL, NULL, NULL, NULL},
};

static int run_predict(void *p)
{
    const args_t *a = p;
    const char *in = need(a, "--input");
    const char *out = get(a, "-o");
    long long batch = get_int(a, "--batch-size", 0, 1, 1 << 20);
    {
        const char *paths[] = {out};
        const char *flags[] = {"-o"};
        check_outputs(paths, flags, 1);
    }
    set_threads(a);
    session s;
    front_compile(&s, a, (int)batch, NULL);
    kiln_array x;
    if (kiln_npy_read(in, &x) != 0) return EXIT_USER;
    if (x.dtype != KILN_F32 && x.dtype != KILN_U8) {
        kiln_error("%s: inputs must be float32 or uint8", in);
        return EXIT_USER;
    }
    front_jit(&s, a);
    if (load_run_weights(&s, a, 0, 1)) return EXIT_USER;
    int64_t n = x.rank > 0 ? x.dims[0] : 0;
    int k = s.mod->desc->out_size;
    float *y = malloc((size_t)(n > 0 ? n : 1) * (size_t)k * sizeof(float));
    if (!y) {
        kiln_error("out of memory (%" PRId64 " x %d outputs)", n, k);
        return EXIT_FAIL;
    }
    if (kiln_predict(s.mod, &x, y) != 0) return EXIT_USER;
    int status = 0;
    if (out) {
        kiln_array pa = {KILN_F32, 2, {n, k}, y};
        if (kiln_npy_write(out, &pa) != 0) status = EXIT_USER;
    } else {
        for (int64_t i = 0; i < n; i++)
            for (int j = 0; j < k; j++) printf("%.6g%c", y[i * k + j], j + 1 < k ? ' ' : '\n');
    }
    free(y);
    kiln_array_free(&x);
    kiln_module_free(s.mod);
    kiln_arena_free(&s.arena);
    return status;
}

/* ---- kiln compile ---------------------------------------------------------- */

static const flag_def compile_flags[] = {
    {"-o", "--output", "DIR",
     "write DIR/<model>.c, DIR/<model>.h and DIR/descriptor.json\n(created if missing; required)"},
    {"--isa", NULL, "generic|avx2|avx512", "instruction set of the kernels (default: this CPU's)"},
    {"--batch-size", NULL, "B", "compile for batches of B (default: fit.batch_size)"},
    {"--threads", NULL, "T",
     "compile for T threads: reductions that are split (backward-weights,\nbatch-normalization "
     "statistics) are cut into T chunks (default: all\ncores; generated/ uses 2)"},
    {"--dump-after", NULL, "PASS",
     "print the IR on stderr after pass PASS (lower, infer_shapes,\nautodiff, add_optimizer, "
     "choose_layouts, fuse, schedule,\nplan_memory; with the kernel plan from fuse on) or after\n"
     "every pass (all)"},
    {"--dot", NULL, "FILE", "write the final graph as Graphviz to FILE"},
    {"--set", NULL, "PATH=VALUE",
     "change one field of the model file before it is compiled,\nvalidated like the file: "
     "fit.epochs=40,\nlayers[1].kernel_regularizer.l2=1e-5, input.rescale=0.5;\n"
     "[*] sets it in every element that has it; repeatable"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one (or instead\nof the file's)"},
    {"--optimizer", NULL, "adam|sgd|JSON",
     "the optimizer, e.g. '{\"type\": \"SGD\", \"learning_rate\": 0.1}'"},
    {"-v", "--verbose", NULL, "print what was written"},
    {NULL, NULL, NULL, NULL},
};

/* mkdir -p */
static int make_dirs(const char *path)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *c = buf + 1;; c++) {
        if (*c == '/' || *c == 0) {
            char save = *c;
            *c = 0;
            if (mkdir(buf, 0777) != 0 && errno != EEXIST) {
                kiln_error("%s: cannot create directory: %s", buf, strerror(errno));
                return -1;
            }
            *c = save;
            if (!save) break;
        }
    }
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        kiln_error("%s: not a directory", path);
        return -1;
    }
    return 0;
}

/* 0 when DIR is a writable directory or can be made one (its nearest
 * existing ancestor is a writable directory); else reports. */
static int check_output_dir(const char *dir)
{
    char p[4096];
    if (snprintf(p, sizeof p, "%s", dir) >= (int)sizeof p) {
        kiln_error("-o %s: the directory name is too long", dir);
        return -1;
    }
    for (;;) {
        struct stat st;
        if (stat(p, &st) == 0) {
            if (!S_ISDIR(st.st_mode)) {
                kiln_error("-o %s: cannot be a directory: %s is not one", dir, p);
                return -1;
            }
            if (access(p, W_OK | X_OK) != 0) {
                kiln_error("-o %s: cannot be written: %s: %s", dir, p, strerror(errno));
                return -1;
            }
            return 0;
        }
        if (errno != ENOENT) {
            kiln_error("-o %s: %s: %s", dir, p, strerror(errno));
            return -1;
        }
        char *slash = strrchr(p, '/');
        while (slash && slash > p && slash[1] == 0) *slash = 0, slash = strrchr(p, '/');
        if (!slash) {  /* relative: the current directory decides */
            if (!strcmp(p, ".")) return 0;
            snprintf(p, sizeof p, ".");
            continue;
        }
        if (slash == p) slash[1] = 0;
        else *slash = 0;
    }
}

static int write_text(const char *dir, const char *name, const char *ext, const char *text,
                      size_t len, int verbose)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s%s", dir, name, ext);
    if (kiln_write_file_atomic(path, text ? text : "", text ? len : 0) != 0) return -1;
    if (verbose) fprintf(stderr, "kiln: wrote %s (%zu bytes)\n", path, len);
    return 0;
}

static int write_dot(const kiln_graph *g, const char *path)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) {
        kiln_error("%s: %s", path, strerror(errno));
        return -1;
    }
    kiln_dump_dot(g, f);
    fclose(f);
    int rc = kiln_write_file_atomic(path, buf, len);
    free(buf);
    return rc;
}

static int run_compile(void *p)
{
    const args_t *a = p;
    const char *dir = need(a, "-o");
    long long batch = get_int(a, "--batch-size", 0, 1, 1 << 20);
    const char *dump = get(a, "--dump-after");
    int known = dump == NULL || strcmp(dump, "all") == 0;
    for (int i = 0; !known && kiln_pass_names[i]; i++) known = strcmp(dump, kiln_pass_names[i]) == 0;
    if (!known) usage_error(a->verb, "--dump-after: unknown pass '%s'", dump);
    if (check_output_dir(dir)) return EXIT_USER;
    {
        const char *paths[] = {get(a, "--dot")};
        const char *flags[] = {"--dot"};
        check_outputs(paths, flags, 1);
    }
    set_threads(a);
    session s;
    front_compile(&s, a, (int)batch, dump);
    const kiln_compiled *c = &s.comp;
    if (make_dirs(dir) != 0) return EXIT_USER;
    const char *name = s.model.name;
    int rc = write_text(dir, name, ".c", c->source, (size_t)c->source_len, s.verbose);
    if (!rc) rc = write_text(dir, name, ".h", c->header, c->header ? strlen(c->header) : 0, s.verbose);
    if (!rc)
        rc = write_text(dir, "descriptor", ".json", c->descriptor_json,
                        c->descriptor_json ? strlen(c->descriptor_json) : 0, s.verbose);
    const char *dot = get(a, "--dot");
    if (!rc && dot) rc = write_dot(c->graph, dot);
    kiln_arena_free(&s.arena);
    return rc ? EXIT_USER : 0;
}

/* ---- kiln summary ---------------------------------------------------------- */

static const flag_def summary_flags[] = {
    {"--batch-size", NULL, "B", "batch the slab sizes are given for (default: fit.batch_size)"},
    {"--isa", NULL, "generic|avx2|avx512", "instruction set compiled for (default: this CPU's)"},
    {"--json", NULL, NULL,
     "print the table as JSON instead: per layer its name, class, output\nshape and parameters, "
     "then the totals"},
    {"--set", NULL, "PATH=VALUE",
     "change one field of the model file before it is compiled,\nvalidated like the file: "
     "fit.epochs=40,\nlayers[1].kernel_regularizer.l2=1e-5, input.rescale=0.5;\n"
     "[*] sets it in every element that has it; repeatable"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one (or instead\nof the file's)"},
    {"--optimizer", NULL, "adam|sgd|JSON",
     "the optimizer, e.g. '{\"type\": \"SGD\", \"learning_rate\": 0.1}'"},
    {"-v", "--verbose", NULL, "also list every kernel with its FLOPs"},
    {NULL, NULL, NULL, NULL},
};

static const char *keras_class(kiln_layer_type t)
{
    switch (t) {
    case LAYER_RESCALING: return "Rescaling";
    case LAYER_CONV2D: return "Conv2D";
    case LAYER_MAXPOOLING2D: return "MaxPooling2D";
    case LAYER_BATCHNORMALIZATION: return "BatchNormalization";
    case LAYER_DENSE: return "Dense";
    case LAYER_DROPOUT: return "Dropout";
    case LAYER_FLATTEN: return "Flatten";
    case LAYER_RELU: return "ReLU";
    case LAYER_LEAKYRELU: return "LeakyReLU";
    case LAYER_ACTIVATION: return "Activation";
    }
    return "?";
}

/* 93322 -> "93,322" */
static char *thousands(char *buf, int n, int64_t v)
{
    char tmp[32];
    int len = snprintf(tmp, sizeof tmp, "%" PRId64, v < 0 ? -v : v), k = 0;
    if (v < 0 && k < n - 1) buf[k++] = '-';
    for (int i = 0; i < len && k < n - 1; i++) {
        buf[k++] = tmp[i];
        if ((len - i - 1) % 3 == 0 && i + 1 < len && k < n - 1) buf[k++] = ',';
    }
    buf[k] = 0;
    return buf;
}

/* One row of Keras's print_summary (line_length 65, positions 29/55/65):
 * each column cut to its width less 2 and wrapped onto further lines. */
static void summary_row(const char *c0, const char *c1, const char *c2)
{
    static const int pos[3] = {29, 55, 65};
    const char *left[3] = {c0, c1, c2};
    while (*left[0] || *left[1] || *left[2]) {
        char line[256];
        int len = 0;
        for (int col = 0; col < 3; col++) {
            int start = col ? pos[col - 1] : 0, space = col < 2 ? 2 : 0;
            int cutoff = pos[col] - start - space;
            int take = (int)strlen(left[col]);
            if (take > cutoff) take = cutoff;
            if (col == 0) line[len++] = ' ';
            memcpy(line + len, left[col], (size_t)take);
            len += take;
            left[col] += take;
            for (int i = 0; i < space; i++) line[len++] = ' ';
            while (len < pos[col]) line[len++] = ' ';
        }
        line[len] = 0;
        puts(line);
    }
}

/* "(None, 26, 26, 32)": a graph tensor's dims, None for the batch. */
static void shape_of(const kiln_graph *g, int t, char *buf, int n)
{
    if (t < 0 || t >= g->nt) {
        snprintf(buf, (size_t)n, "?");
        return;
    }
    const kiln_tensor *x = &g->t[t];
    int k = snprintf(buf, (size_t)n, "(");
    for (int i = 0; i < x->rank && k < n; i++) {
        if (i) k += snprintf(buf + k, (size_t)(n - k), ", ");
        if (i == 0 && x->batched) k += snprintf(buf + k, (size_t)(n - k), "None");
        else k += snprintf(buf + k, (size_t)(n - k), "%d", x->dims[i]);
    }
    if (x->rank == 1 && k < n) k += snprintf(buf + k, (size_t)(n - k), ",");
    if (k < n) snprintf(buf + k, (size_t)(n - k), ")");
}

/* FLOPs per sample of train_step and of predict, from the compiler's own
 * per-node counts (the ones the module descriptor carries). */
static void flops_per_sample(const kiln_compiled *c, double *train, double *predict)
{
    const kiln_graph *g = c->graph;
    *train = *predict = 0;
    for (int i = 0; i < g->nn; i++) {
        double f = kiln_node_flops(g, &g->n[i]);
        if (g->n[i].entries & ENTRY_TRAIN) *train += f;
        if (g->n[i].entries & ENTRY_PREDICT) *predict += f;
    }
    *train /= g->batch;
    *predict /= g->batch;
}

static void print_flops(const char *what, double f)
{
    const char *unit[] = {"", "K", "M", "G", "T"};
    int u = 0;
    double v = f;
    while (v >= 1000 && u < 4) v /= 1000, u++;
    printf("%s%.2f %sFLOP per sample\n", what, v, unit[u]);
}

/* Parameters of model layer l: all of them, and the trainable ones.  A
 * weight's origin is its layer's JSON path "$.layers[i]", read back as i (one
 * pass over the tensors, not one per layer). */
static int64_t layer_params(const kiln_graph *g, const kiln_layer *l, int64_t *trainable)
{
    int64_t n = 0;
    *trainable = 0;
    int want = -1, at;
    if (!l->path || sscanf(l->path, "$.layers[%d]", &want) != 1) return 0;
    for (int t = 0; t < g->nt; t++) {
        const kiln_tensor *x = &g->t[t];
        if ((x->role != KILN_ROLE_PARAM && x->role != KILN_ROLE_STATE) || !x->origin ||
            strncmp(x->origin, "$.layers[", 9) || sscanf(x->origin + 9, "%d", &at) != 1 ||
            at != want || strcmp(x->origin, l->path))
            continue;
        n += x->size;
        if (x->role == KILN_ROLE_PARAM) *trainable += x->size;
    }
    return n;
}

/* The optimizer's variables as Keras 3 counts them in its summary ("Optimizer
 * params"): its iteration counter and learning rate, and one slot per
 * trainable weight for each moment it keeps (Adam m and v; SGD with momentum
 * its velocity). */
static int64_t optimizer_params(const kiln_model *m, int64_t trainable)
{
    int slots = m->optimizer.type == OPT_ADAM ? 2 : m->optimizer.momentum != 0 ? 1 : 0;
    return 2 + slots * trainable;
}

static int summary_json(const session *s)
{
    const kiln_graph *g = s->comp.graph;
    const kiln_model *m = &s->model;
    cJSON *root = cJSON_CreateObject(), *rows = cJSON_CreateArray();
    cJSON_AddStringToObject(root, "model", m->name);
    cJSON_AddItemToObject(root, "layers", rows);
    int64_t total = 0, trainable = 0;
    for (int i = 0; i < m->n_layers; i++) {
        const kiln_layer *l = &m->layers[i];
        int64_t tr, n = layer_params(g, l, &tr);
        total += n;
        trainable += tr;
        cJSON *r = cJSON_CreateObject(), *shape = cJSON_CreateArray();
        cJSON_AddStringToObject(r, "name", l->name);
        cJSON_AddStringToObject(r, "class", keras_class(l->type));
        const kiln_tensor *x = g->layer_out ? &g->t[g->layer_out[i]] : NULL;
        for (int d = 0; x && d < x->rank; d++)
            cJSON_AddItemToArray(shape, d == 0 && x->batched ? cJSON_CreateNull()
                                                             : cJSON_CreateNumber(x->dims[d]));
        cJSON_AddItemToObject(r, "output_shape", shape);
        cJSON_AddNumberToObject(r, "params", (double)n);
        cJSON_AddNumberToObject(r, "trainable_params", (double)tr);
        cJSON_AddItemToArray(rows, r);
    }
    cJSON_AddNumberToObject(root, "total_params", (double)total);
    cJSON_AddNumberToObject(root, "trainable_params", (double)trainable);
    cJSON_AddNumberToObject(root, "non_trainable_params", (double)(total - trainable));
    cJSON_AddNumberToObject(root, "optimizer_params", (double)optimizer_params(m, trainable));
    char *text = cJSON_Print(root);
    cJSON_Delete(root);
    if (!text) {
        kiln_error("out of memory");
        return EXIT_FAIL;
    }
    puts(text);
    free(text);
    return 0;
}

static int run_summary(void *p)
{
    const args_t *a = p;
    long long batch = get_int(a, "--batch-size", 0, 1, 1 << 20);
    session s;
    front_compile(&s, a, (int)batch, NULL);
    const kiln_graph *g = s.comp.graph;
    const kiln_model *m = &s.model;
    if (get(a, "--json")) {
        int rc = summary_json(&s);
        kiln_arena_free(&s.arena);
        return rc;
    }
    char line[66];
    printf("Model: \"%s\"\n", m->name);
    memset(line, '_', 65);
    line[65] = 0;
    puts(line);
    summary_row("Layer (type)", "Output Shape", "Param #");
    memset(line, '=', 65);
    puts(line);
    int64_t total = 0, trainable = 0;
    for (int i = 0; i < m->n_layers; i++) {
        const kiln_layer *l = &m->layers[i];
        int64_t tr, n = layer_params(g, l, &tr);
        total += n;
        trainable += tr;
        char c0[160], c1[96], c2[32];
        snprintf(c0, sizeof c0, "%s (%s)", l->name, keras_class(l->type));
        if (g->layer_out) shape_of(g, g->layer_out[i], c1, sizeof c1);
        else snprintf(c1, sizeof c1, "?");
        snprintf(c2, sizeof c2, "%" PRId64, n);
        summary_row(c0, c1, c2);
        if (i + 1 < m->n_layers) puts("");
    }
    memset(line, '=', 65);
    puts(line);
    char b[32];
    printf("Total params: %s\n", thousands(b, sizeof b, total));
    printf("Trainable params: %s\n", thousands(b, sizeof b, trainable));
    printf("Non-trainable params: %s\n", thousands(b, sizeof b, total - trainable));
    printf("Optimizer params: %s (Keras 3 counts them in its total)\n",
           thousands(b, sizeof b, optimizer_params(m, trainable)));
    memset(line, '_', 65);
    puts(line);

    double ft, fp;
    flops_per_sample(&s.comp, &ft, &fp);
    printf("kiln: compiled for batch %d\n", g->batch);
    print_flops("Predict:       ", fp);
    print_flops("Training step: ", ft);
    double mib = 1.0 / (1024.0 * 1024.0);
    printf("Slabs: params %.2f MiB, grads %.2f MiB, optimizer moments %.2f MiB, "
           "state %.2f MiB, activation arena %.2f MiB\n",
           (double)g->n_params * 4 * mib, (double)g->n_params * 4 * mib,
           (double)g->n_params * 8 * mib, (double)g->n_state * 4 * mib,
           (double)g->n_arena * 4 * mib);
    if (s.verbose)
        for (int i = 0; i < g->nn; i++)
            printf("  %-28s %-18s %12.0f FLOP/batch\n", g->n[i].name, kiln_ops[g->n[i].op].name,
                   kiln_node_flops(g, &g->n[i]));
    kiln_arena_free(&s.arena);
    return 0;
}

/* ---- kiln grad ------------------------------------------------------------- */

static const flag_def grad_flags[] = {
    {"--weights", NULL, "W.safetensors|W.h5",
     "the weights the gradient is taken at (default: the weights\na .keras/.h5 model holds)"},
    {"--x", NULL, "X.npy", "the batch (n, H, W, C) or (n, features), float32 or uint8 (required);\n"
                           "the model is compiled for batch n"},
    {"--y", NULL, "Y.npy",
     "targets: (n) int32/int64 class ids, or (n, outputs) float32\n(one-hot or dense); "
     "optional for \"target\": \"input\" models"},
    {"-o", "--output", "G.safetensors",
     "write \"loss\" (F32 scalar) and every gradient under its weight's\nname and Keras layout "
     "(required)"},
    {"--seed", NULL, "S", "dropout seed (default 0)"},
    {"--threads", NULL, "T", "OpenMP threads"},
    {"--jit", NULL, "orc|driver", "in-process ORC JIT (default) or clang-19 driver + dlopen"},
    {"--isa", NULL, "generic|avx2|avx512", "instruction set of the kernels (default: this CPU's)"},
    {"--set", NULL, "PATH=VALUE",
     "change one field of the model file before it is compiled,\nvalidated like the file: "
     "fit.epochs=40,\nlayers[1].kernel_regularizer.l2=1e-5, input.rescale=0.5;\n"
     "[*] sets it in every element that has it; repeatable"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one (or instead\nof the file's)"},
    {"--optimizer", NULL, "adam|sgd|JSON",
     "the optimizer, e.g. '{\"type\": \"SGD\", \"learning_rate\": 0.1}'"},
    {"-v", "--verbose", NULL, "print JIT and cache details on stderr"},
    {NULL, NULL, NULL, NULL},
};

/* Converts Y to what the module's label kind needs; returns 0 or -1 (reported). */
static int grad_targets(const kiln_module_desc *d, const char *ypath, const kiln_array *y,
                        const float *x, int64_t n, int64_t per, int32_t *yi, float *yf)
{
    int is_int = y && (y->dtype == KILN_I32 || y->dtype == KILN_I64 || y->dtype == KILN_U8);
    int64_t cnt = y ? kiln_array_count(y) : 0;
    if (d->label_kind == KILN_LABEL_INPUT && !y) {
        memcpy(yf, x, (size_t)(n * per) * sizeof(float));
        return 0;
    }
    if (!y) {
        kiln_error("model '%s' needs targets: give --y", d->model);
        return -1;
    }
    if (y->rank < 1 || y->dims[0] != n) {
        kiln_error("%s: %" PRId64 " rows of targets for %" PRId64 " inputs", ypath,
                   y->rank ? y->dims[0] : 0, n);
        return -1;
    }
    int classes = d->label_kind == KILN_LABEL_SPARSE ? d->out_size : d->label_size;
    if (is_int && cnt == n && d->label_kind != KILN_LABEL_INPUT) {
        for (int64_t i = 0; i < n; i++) {
            int64_t c = y->dtype == KILN_I32 ? ((int32_t *)y->data)[i]
                      : y->dtype == KILN_I64 ? ((int64_t *)y->data)[i] : ((uint8_t *)y->data)[i];
            if (c < 0 || c >= classes) {
                kiln_error("%s: class id %" PRId64 " of row %" PRId64 " is outside 0..%d", ypath,
                           c, i, classes - 1);
                return -1;
            }
            if (d->label_kind == KILN_LABEL_SPARSE) {
                yi[i] = (int32_t)c;
            } else {
                memset(yf + i * d->label_size, 0, (size_t)d->label_size * sizeof(float));
                yf[i * d->label_size + c] = 1.0f;
            }
        }
        return 0;
    }
    if (d->label_kind != KILN_LABEL_SPARSE && y->dtype == KILN_F32 &&
        cnt == n * (int64_t)d->label_size) {
        memcpy(yf, y->data, (size_t)cnt * sizeof(float));
        return 0;
    }
    char s[160];
    kiln_shape_str(s, sizeof s, y->rank, y->dims);
    if (d->label_kind == KILN_LABEL_SPARSE)
        kiln_error("%s: targets %s: model '%s' takes (%" PRId64 ",) integer class ids", ypath, s,
                   d->model, n);
    else
        kiln_error("%s: targets %s: model '%s' takes (%" PRId64 ", %d) float32%s", ypath, s,
                   d->model, n, d->label_size,
                   d->label_kind == KILN_LABEL_INPUT ? "" : " or integer class ids");
    return -1;
}

static int run_grad(void *p)
{
    const args_t *a = p;
    const char *xpath = need(a, "--x");
    const char *ypath = get(a, "--y");
    const char *out = need(a, "-o");
    uint64_t seed = (uint64_t)get_int(a, "--seed", 0, 0, INT64_MAX);
    {
        const char *paths[] = {out};
        const char *flags[] = {"-o"};
        check_outputs(paths, flags, 1);
    }
    set_threads(a);

    kiln_array x = {0}, y = {0};
    if (kiln_npy_read(xpath, &x) != 0) return EXIT_USER;
    if ((x.dtype != KILN_F32 && x.dtype != KILN_U8) || x.rank < 2 || x.dims[0] < 1) {
        kiln_error("%s: expected float32 or uint8 inputs (n, ...) with n >= 1", xpath);
        return EXIT_USER;
    }
    if (ypath && kiln_npy_read(ypath, &y) != 0) return EXIT_USER;
    if (x.dims[0] > (1 << 20)) {
        kiln_error("%s: %" PRId64 " rows is more than one batch should be", xpath, x.dims[0]);
        return EXIT_USER;
    }
    int n = (int)x.dims[0];
    session s;
    front_compile(&s, a, n, NULL);
    front_jit(&s, a);
    kiln_module *m = s.mod;
    const kiln_module_desc *d = m->desc;
    int64_t per = kiln_array_count(&x) / n, want = 1;
    for (int i = 0; i < d->in_rank; i++) want *= d->in_dims[i];
    if (per != want) {
        kiln_error("%s: %" PRId64 " elements per sample; model '%s' takes %" PRId64, xpath, per,
                   d->model, want);
        return EXIT_USER;
    }
    if (load_run_weights(&s, a, 0, 1)) return EXIT_USER;

    float *xf = malloc((size_t)(n * per) * sizeof(float));
    float *yf = calloc((size_t)n * (size_t)(d->label_size > 0 ? d->label_size : 1), sizeof(float));
    int32_t *yi = calloc((size_t)n, sizeof(int32_t));
    if (!xf || !yf || !yi) {
        kiln_error("out of memory");
        return EXIT_FAIL;
    }
    kiln_input_rows(d, &x, 0, n, xf);
    if (grad_targets(d, ypath, ypath ? &y : NULL, xf, n, per, yi, yf) != 0) return EXIT_USER;

    kiln_step st = {0};
    st.x = xf;
    if (d->label_kind == KILN_LABEL_SPARSE) st.y_index = yi;
    else st.y = yf;
    st.nb = n;
    st.learning_rate = s.model.optimizer.learning_rate;
    st.seed = seed;
    if (kiln_module_gradients(m, &st) != 0) return EXIT_FAIL;

    int np = 0;
    for (int i = 0; i < d->n_tensors; i++) np += d->tensors[i].role == KILN_ROLE_PARAM;
    kiln_named_array *t = calloc((size_t)np + 1, sizeof *t);
    float loss = (float)st.loss;
    t[0].name = "loss";
    t[0].array.dtype = KILN_F32;
    t[0].array.rank = 0;
    t[0].array.data = &loss;
    int k = 1;
    for (int i = 0; i < d->n_tensors; i++) {
        const kiln_tensor_desc *td = &d->tensors[i];
        if (td->role != KILN_ROLE_PARAM) continue;
        t[k].name = td->name;
        t[k].array.dtype = KILN_F32;
        t[k].array.rank = td->rank;
        for (int r = 0; r < td->rank; r++) t[k].array.dims[r] = td->dims[r];
        t[k].array.data = m->grads + td->offset;
        k++;
    }
    const char *meta[] = {"format", "kiln-grad", "model", d->model};
    int rc = kiln_safetensors_write(out, t, k, meta, 2);
    if (s.verbose) fprintf(stderr, "kiln: loss %.9g, %d gradients written to %s\n", st.loss, k - 1, out);
    free(t);
    free(xf);
    free(yf);
    free(yi);
    kiln_array_free(&x);
    if (ypath) kiln_array_free(&y);
    kiln_module_free(m);
    kiln_arena_free(&s.arena);
    return rc == 0 ? 0 : EXIT_USER;
}


/* ---- kiln import / kiln export ----------------------------------------------- */

static const flag_def import_flags[] = {
    {"-o", "--output", "MODEL.json", "write kiln's model description here (required)"},
    {"--weights-out", NULL, "W.safetensors",
     "also write the weights the file holds as a kiln checkpoint\n(weights only: a fresh optimizer)"},
    {"--set", NULL, "PATH=VALUE", "change a field of the description (repeatable), e.g.\n"
                                  "input.rescale=0.00392156862745098 or fit.dataset=mnist"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one"},
    {"--optimizer", NULL, "adam|sgd|JSON", "the optimizer, for a Keras file saved without one"},
    {"-v", "--verbose", NULL, "say what was read and written"},
    {NULL, NULL, NULL, NULL},
};

/* A module's PARAM and STATE tensors as named arrays over its slabs (not owned). */
static kiln_named_array *module_weights(const kiln_module *m, int *n)
{
    const kiln_module_desc *d = m->desc;
    kiln_named_array *w = calloc((size_t)d->n_tensors + 1, sizeof *w);
    int k = 0;
    for (int i = 0; w && i < d->n_tensors; i++) {
        const kiln_tensor_desc *t = &d->tensors[i];
        if (t->role != KILN_ROLE_PARAM && t->role != KILN_ROLE_STATE) continue;
        w[k].name = t->name;
        w[k].array.dtype = KILN_F32;
        w[k].array.rank = t->rank;
        for (int r = 0; r < t->rank; r++) w[k].array.dims[r] = t->dims[r];
        w[k].array.data = kiln_module_tensor_data(m, t);
        k++;
    }
    *n = k;
    return w;
}

static int run_import(void *p)
{
    const args_t *a = p;
    const char *out = need_output(a, "-o");
    const char *wout = get(a, "--weights-out");
    if (wout && kiln_output_check(wout, "--weights-out")) return EXIT_USER;
    session s;
    front_compile(&s, a, 0, NULL);
    if (s.loaded.format == KILN_FILE_KILN)
        fprintf(stderr, "kiln import: note: %s is already a kiln model description\n", a->model);
    int rc = 0;
    if (wout) {
        if (!s.loaded.n_weights) {
            kiln_error("%s: --weights-out: the %s holds no weights", a->model,
                       kiln_model_format_name(s.loaded.format));
            return EXIT_USER;
        }
        front_jit(&s, a);
        if (kiln_module_set_weights(s.mod, s.loaded.weights, s.loaded.n_weights, a->model))
            return EXIT_USER;
        rc = kiln_module_save_weights(s.mod, wout) ? EXIT_FAIL : 0;
        kiln_module_free(s.mod);
    }
    size_t len = strlen(s.loaded.json);
    char *text = malloc(len + 2);
    memcpy(text, s.loaded.json, len);
    if (!len || text[len - 1] != '\n') text[len++] = '\n';
    if (!rc && kiln_write_file_atomic(out, text, len) != 0) rc = EXIT_USER;  /* reported: the user's path */
    if (!rc && s.verbose)
        fprintf(stderr, "kiln: %s (%s%s%s): wrote %s%s%s\n", a->model,
                kiln_model_format_name(s.loaded.format), s.loaded.keras_version ? ", Keras " : "",
                s.loaded.keras_version ? s.loaded.keras_version : "", out, wout ? " and " : "",
                wout ? wout : "");
    free(text);
    kiln_loaded_model_free(&s.loaded);
    kiln_arena_free(&s.arena);
    return rc;
}

static const flag_def export_flags[] = {
    {"--weights", NULL, "W.safetensors|W.h5",
     "the weights to export (default: those the model file holds)"},
    {"-o", "--output", "M.keras|M.h5",
     "write a Keras 3 archive (.keras) or a Keras 2 HDF5 file (.h5)\n(required)"},
    {"--set", NULL, "PATH=VALUE", "change a field of the model first (repeatable)"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one"},
    {"--optimizer", NULL, "adam|sgd|JSON", "the optimizer, for a Keras file saved without one"},
    {"-v", "--verbose", NULL, "say what was written"},
    {NULL, NULL, NULL, NULL},
};

static int run_export(void *p)
{
    const args_t *a = p;
    const char *out = need(a, "-o");
    size_t ol = strlen(out);
    if (!(ol > 6 && !strcmp(out + ol - 6, ".keras")) && !(ol > 3 && !strcmp(out + ol - 3, ".h5")))
        usage_error(a->verb, "-o: the file name must end in .keras (Keras 3) or .h5 (Keras 2), "
                    "got '%s'", out);
    if (kiln_output_check(out, "-o")) return EXIT_USER;
    session s;
    front_compile(&s, a, 0, NULL);
    front_jit(&s, a);
    if (load_run_weights(&s, a, 0, 1)) return EXIT_USER;
    int n;
    kiln_named_array *w = module_weights(s.mod, &n);
    cJSON *desc = cJSON_Parse(s.loaded.json);
    int rc = kiln_keras_write(out, &s.model, desc, w, n) ? EXIT_FAIL : 0;
    if (!rc && s.verbose) fprintf(stderr, "kiln: wrote %s (%d weights)\n", out, n);
    cJSON_Delete(desc);
    free(w);
    kiln_module_free(s.mod);
    kiln_loaded_model_free(&s.loaded);
    kiln_arena_free(&s.arena);
    return rc;
}


/* ---- kiln sweep ------------------------------------------------------------- */

static const flag_def sweep_flags[] = {
    {"--set", NULL, "PATH=V1,V2,...",
     "a field and the values it takes (repeatable): e.g.\n"
     "layers[*].kernel_regularizer.l2=linspace(1e-6,1e-3,5)\n"
     "(NumPy's linspace) or fit.epochs=10,20; one value: fixed"},
    {"--max-samples", NULL, "N1,N2,...", "training-set sizes: the first N training samples"},
    {"--repeats", NULL, "R", "runs per grid point, seeds S, S+1, ... (default 1)"},
    {"--seed", NULL, "S", "seed of the first repeat (default 0)"},
    {"-o", "--output", "DIR", "results.csv, results.json and runs/ go here (required)"},
    {"--data", NULL, "mnist|fashion-mnist|cifar10|DIR", "dataset of every run (default: fit.dataset)"},
    {"--epochs", NULL, "N", "epochs of every run (default: fit.epochs)"},
    {"--batch-size", NULL, "B", "batch size of every run"},
    {"--threads", NULL, "T", "OpenMP threads of every run"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one"},
    {"--optimizer", NULL, "adam|sgd|JSON", "the optimizer, for a Keras file saved without one"},
    {"--save", NULL, NULL, "keep every run's checkpoint as DIR/runs/ID.safetensors"},
    {NULL, NULL, NULL, NULL},
};

static int run_sweep(void *p)
{
    const args_t *a = p;
    const char *dir = need(a, "-o");
    if (check_output_dir(dir)) return EXIT_USER;
    long long repeats = get_int(a, "--repeats", 1, 1, 100000);
    uint64_t seed = (uint64_t)get_int(a, "--seed", 0, 0, INT64_MAX);
    get_int(a, "--epochs", 1, 1, 1000000);
    get_int(a, "--batch-size", 1, 1, 1 << 20);
    get_int(a, "--threads", 1, 1, 4096);
    /* the grid's first point must be a valid model: check it before any run */
    const char *first[MAX_SETS];
    char **vals[MAX_SETS];
    int nv[MAX_SETS];
    kiln_arena ar = {0};
    for (int i = 0; i < a->n_sets; i++) {
        const char *eq = strchr(a->sets[i], '=');
        if (!eq) usage_error(a->verb, "--set '%s': expected PATH=V1,V2,...", a->sets[i]);
        nv[i] = kiln_sweep_values(eq + 1, &vals[i]);
        if (!nv[i]) return EXIT_USER;
        first[i] = kiln_arena_printf(&ar, "%.*s=%s", (int)(eq - a->sets[i]), a->sets[i], vals[i][0]);
    }
    if (get(a, "--max-samples")) {
        char **ms;
        if (!kiln_sweep_values(get(a, "--max-samples"), &ms)) return EXIT_USER;
    }
    kiln_load_options lo = load_options(a);
    lo.sets = first;
    kiln_loaded_model lm;
    if (kiln_load_model(a->model, &lo, &ar, &lm) != 0) return EXIT_USER;
    if (!get(a, "--data") && !lm.model.dataset) {
        kiln_error("%s: no dataset: the model has no fit.dataset; give --data", a->model);
        return EXIT_USER;
    }
    kiln_loaded_model_free(&lm);
    const char *targs[16];
    int k = 0;
    static const char *const pass[] = {"--data", "--epochs", "--batch-size", "--threads",
                                       "--loss", "--optimizer", NULL};
    for (int i = 0; pass[i]; i++)
        if (get(a, pass[i])) targs[k++] = pass[i], targs[k++] = get(a, pass[i]);
    targs[k] = NULL;
    kiln_sweep_options o = {0};
    o.model = a->model;
    o.sets = a->sets;
    o.n_sets = a->n_sets;
    o.max_samples = get(a, "--max-samples");
    o.repeats = (int)repeats;
    o.seed = seed;
    o.dir = dir;
    o.train_args = targs;
    o.exe = "/proc/self/exe";
    o.save = get(a, "--save") != NULL;
    int rc = kiln_sweep(&o);
    kiln_arena_free(&ar);
    return rc;
}


/* ---- kiln plot ---------------------------------------------------------------- */

static const flag_def plot_history_flags[] = {
    {"-o", "--output", "F.png|F.svg|F.pdf", "the figure (required)"},
    {"--title", NULL, "TEXT", "the figure's title"},
    {NULL, NULL, NULL, NULL},
};

static const flag_def plot_sweep_flags[] = {
    {"-o", "--output", "F.png|F.svg|F.pdf", "the figure (required)"},
    {"--metric", NULL, "M1,M2,...",
     "result columns to draw (default test_accuracy): accuracy,\nval_accuracy, test_accuracy, "
     "loss, val_loss, test_loss,\nseconds, fit_seconds"},
    {"--x", NULL, "PARAM", "only the panel of this swept parameter (or max_samples)"},
    {"--xlabel", NULL, "TEXT", "the x axis's name (one panel), e.g. \"Regularization factor\""},
    {"--xscale", NULL, "auto|log|linear",
     "the x axis (default auto: log when the values span two decades)"},
    {"--title", NULL, "TEXT", "the figure's title"},
    {NULL, NULL, NULL, NULL},
};

static const flag_def plot_confusion_flags[] = {
    {"-o", "--output", "F.png|F.svg|F.pdf", "the figure (required)"},
    {"--title", NULL, "TEXT", "the figure's title"},
    {NULL, NULL, NULL, NULL},
};

static const flag_def plot_model_flags[] = {
    {"-o", "--output", "F.svg|F.png|F.pdf", "the diagram (required)"},
    {"--set", NULL, "PATH=VALUE", "change a field of the model first (repeatable)"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one"},
    {"--optimizer", NULL, "adam|sgd|JSON", "the optimizer, for a Keras file saved without one"},
    {"-v", "--verbose", NULL, "say what was written"},
    {NULL, NULL, NULL, NULL},
};

static const flag_def plot_samples_flags[] = {
    {"-o", "--output", "F.png|F.svg|F.pdf", "the figure (required)"},
    {"--weights", NULL, "W.safetensors|W.h5", "the trained autoencoder (default: the model file's)"},
    {"--data", NULL, "mnist|fashion-mnist|DIR", "the test split shown (default: fit.dataset)"},
    {"--noise", NULL, "L1,L2,...",
     "salt-and-pepper levels, one row triple each (default\n0,0.2,0.4,0.6,0.8,1: seed 003's "
     "np.linspace(0, 1, 6))"},
    {"--count", NULL, "N", "test samples shown (default 3)"},
    {"--first", NULL, "I", "index of the first test sample (default 0)"},
    {"--seed", NULL, "S", "seed of the noise (default 0)"},
    {"--title", NULL, "TEXT", "the figure's title"},
    {"--set", NULL, "PATH=VALUE", "change a field of the model first (repeatable)"},
    {"--threads", NULL, "T", "OpenMP threads"},
    {"-v", "--verbose", NULL, "print JIT details"},
    {NULL, NULL, NULL, NULL},
};

static int run_plot_history(void *p)
{
    const args_t *a = p;
    return kiln_plot_history(a->model, need_output(a, "-o"), get(a, "--title")) ? EXIT_USER : 0;
}

static int run_plot_sweep(void *p)
{
    const args_t *a = p;
    static const char *const scales[] = {"auto", "log", "linear", NULL};
    const char *sc = get_choice(a, "--xscale", scales);
    int xscale = !sc || !strcmp(sc, "auto") ? 0 : !strcmp(sc, "log") ? 1 : 2;
    return kiln_plot_sweep(a->model, need_output(a, "-o"), get(a, "--metric"), get(a, "--x"),
                           get(a, "--xlabel"), xscale, get(a, "--title")) ? EXIT_USER : 0;
}

static int run_plot_confusion(void *p)
{
    const args_t *a = p;
    return kiln_plot_confusion(a->model, need_output(a, "-o"), get(a, "--title")) ? EXIT_USER : 0;
}

static int run_plot_model(void *p)
{
    const args_t *a = p;
    const char *out = need_output(a, "-o");
    session s;
    front_compile(&s, a, 0, NULL);
    int rc = kiln_plot_model(&s.model, s.comp.graph, out) ? EXIT_USER : 0;
    if (!rc && s.verbose) fprintf(stderr, "kiln: wrote %s\n", out);
    kiln_loaded_model_free(&s.loaded);
    kiln_arena_free(&s.arena);
    return rc;
}

static int run_plot_samples(void *p)
{
    const args_t *a = p;
    const char *out = need_output(a, "-o");
    int count = (int)get_int(a, "--count", 3, 1, 64);
    long long first = get_int(a, "--first", 0, 0, INT64_MAX);
    uint64_t seed = (uint64_t)get_int(a, "--seed", 0, 0, INT64_MAX);
    char **levels;
    int nl = kiln_sweep_values(get(a, "--noise") ? get(a, "--noise") : "0,0.2,0.4,0.6,0.8,1",
                               &levels);
    if (!nl) return EXIT_USER;
    double lv[64];
    for (int i = 0; i < nl && i < 64; i++) {
        char *end;
        lv[i] = strtod(levels[i], &end);
        if (*end || !(lv[i] >= 0 && lv[i] <= 1))
            usage_error(a->verb, "--noise: '%s' is not a level in [0, 1]", levels[i]);
    }
    if (nl > 64) usage_error(a->verb, "--noise: at most 64 levels");
    set_threads(a);
    session s;
    front_compile(&s, a, count, NULL);
    const kiln_model *m = &s.model;
    int h = 0, w = 0;
    if (m->input_rank == 3 && m->input_shape[2] == 1) h = m->input_shape[0], w = m->input_shape[1];
    else if (m->input_rank == 1) {
        int r = (int)lround(sqrt((double)m->input_shape[0]));
        if (r * r == m->input_shape[0]) h = w = r;
    }
    if (!h) {
        kiln_error("%s: plot samples draws grey square images; the model's input is not one "
                   "(H, W, 1) image or a square vector", a->model);
        return EXIT_USER;
    }
    const char *data = get(a, "--data") ? get(a, "--data") : m->dataset;
    if (!data) {
        kiln_error("%s: no dataset: give --data", a->model);
        return EXIT_USER;
    }
    kiln_dataset set = {0};
    load_split(&s, data, "test", &set);
    if (first + count > set.n) {
        kiln_error("%s: the test split has %" PRId64 " samples; --first %lld --count %d is past it",
                   data, set.n, first, count);
        return EXIT_USER;
    }
    front_jit(&s, a);
    if (load_run_weights(&s, a, 0, 1)) return EXIT_USER;
    const kiln_module_desc *d = s.mod->desc;
    if (d->out_size != h * w) {
        kiln_error("model '%s' outputs %d values per sample, not a %dx%d image: plot samples "
                   "shows an autoencoder's reconstructions", d->model, d->out_size, h, w);
        return EXIT_USER;
    }
    int rc = kiln_denoise_samples(s.mod, &set, first, count, lv, nl, seed, h, w, out,
                                  get(a, "--title")) ? EXIT_USER : 0;
    kiln_module_free(s.mod);
    kiln_dataset_free(&set);
    kiln_arena_free(&s.arena);
    return rc;
}

static const flag_def plot_denoise_flags[] = {
    {"-o", "--output", "F.png|F.svg|F.pdf", "the figure (required)"},
    {"--weights", NULL, "W.safetensors|W.h5", "the classifier's weights (default: its file's)"},
    {"--autoencoder", NULL, "AE.json", "the denoising autoencoder (required)"},
    {"--ae-weights", NULL, "W.safetensors|W.h5", "its weights (default: its file's)"},
    {"--data", NULL, "mnist|fashion-mnist|DIR", "the test split (default: fit.dataset)"},
    {"--noise", NULL, "L1,L2,...", "salt-and-pepper levels (default 0,0.2,0.4,0.6,0.8,1)"},
    {"--max-samples", NULL, "N", "the first N test samples (default: all)"},
    {"--seed", NULL, "S", "seed of the noise (default 0)"},
    {"--title", NULL, "TEXT", "the figure's title"},
    {"--set", NULL, "PATH=VALUE", "change a field of the classifier's model first (repeatable)"},
    {"--threads", NULL, "T", "OpenMP threads"},
    {"-v", "--verbose", NULL, "print JIT details"},
    {NULL, NULL, NULL, NULL},
};

static int run_plot_denoise(void *p)
{
    const args_t *a = p;
    const char *out = need_output(a, "-o");
    const char *ae_path = need(a, "--autoencoder");
    uint64_t seed = (uint64_t)get_int(a, "--seed", 0, 0, INT64_MAX);
    long long maxn = get_int(a, "--max-samples", -1, 1, INT64_MAX);
    char **levels;
    int nl = kiln_sweep_values(get(a, "--noise") ? get(a, "--noise") : "0,0.2,0.4,0.6,0.8,1",
                               &levels);
    if (!nl || nl > 64) usage_error(a->verb, "--noise: 1 to 64 levels");
    double lv[64];
    for (int i = 0; i < nl; i++) {
        char *end;
        lv[i] = strtod(levels[i], &end);
        if (*end || !(lv[i] >= 0 && lv[i] <= 1))
            usage_error(a->verb, "--noise: '%s' is not a level in [0, 1]", levels[i]);
    }
    set_threads(a);
    session s;
    front_compile(&s, a, 0, NULL);
    const char *data = get(a, "--data") ? get(a, "--data") : s.model.dataset;
    if (!data) {
        kiln_error("%s: no dataset: give --data", a->model);
        return EXIT_USER;
    }
    kiln_dataset set = {0};
    load_split(&s, data, "test", &set);
    if (maxn > 0 && maxn < set.n) set.n = maxn;
    front_jit(&s, a);
    if (load_run_weights(&s, a, 0, 1)) return EXIT_USER;
    const kiln_module_desc *dc = s.mod->desc;
    if (!dc->has_accuracy || !kiln_label_classes(dc)) {
        kiln_error("%s: the classifier has no accuracy metric", a->model);
        return EXIT_USER;
    }
    kiln_arena ar = {0};
    kiln_loaded_model lm;
    kiln_module *ae = kiln_load_module(ae_path, NULL, get(a, "--ae-weights"), 0, &ar, &lm);
    if (!ae) return EXIT_USER;
    const kiln_module_desc *da = ae->desc;
    int64_t per = (int64_t)set.h * set.w * set.c;
    if (da->out_size != per || da->label_kind != KILN_LABEL_INPUT) {
        kiln_error("%s: not an autoencoder of %s's %" PRId64 "-element images", ae_path, data, per);
        return EXIT_USER;
    }
    double acc_noisy[64], acc_denoised[64];
    int rc = kiln_denoise_accuracy(s.mod, ae, &set, lv, nl, seed, acc_noisy, acc_denoised, out,
                                   get(a, "--title")) ? EXIT_USER : 0;
    kiln_module_free(ae);
    kiln_loaded_model_free(&lm);
    kiln_arena_free(&ar);
    kiln_module_free(s.mod);
    kiln_dataset_free(&set);
    kiln_arena_free(&s.arena);
    return rc;
}

static const verb_def plot_verbs[] = {
    {"plot history", "accuracy and loss per epoch, train and validation", "H.json|H.csv -o F",
     "Draws seed 004's figure of a history: Model Accuracy above Model Loss,\n"
     "train and validation per epoch.  H is kiln train's --history (JSON or\n"
     "CSV), a CSVLogger file, or a pandas DataFrame(history.history) CSV.",
     plot_history_flags, run_plot_history},
    {"plot sweep", "a metric against each swept parameter, mean +- std", "DIR -o F [--metric M]",
     "Draws a kiln sweep's results: per swept parameter (and the training-set\n"
     "size), the metric's mean over the runs sharing a value, with a +-1\n"
     "standard deviation bar (seed 003's errorbar figure); a log x axis\n"
     "when the values span two decades or more.",
     plot_sweep_flags, run_plot_sweep},
    {"plot confusion", "an annotated heat map of a confusion matrix", "REPORT.json -o F",
     "Draws the confusion_matrix of `kiln evaluate --report-json R.json`:\n"
     "rows true labels, columns predicted, each cell annotated with its count.",
     plot_confusion_flags, run_plot_confusion},
    {"plot model", "the layer diagram with shapes (Keras's plot_model)", "MODEL.json -o F.svg",
     "Draws the model as Keras's plot_model(show_shapes=True,\n"
     "show_layer_names=True) does: one box per layer with its name, class,\n"
     "input and output shapes, laid out by Graphviz.",
     plot_model_flags, run_plot_model},
    {"plot samples", "an autoencoder's inputs, noisy inputs and outputs",
     "MODEL.json --weights W -o F [--noise L1,L2,...] [--count N]",
     "Draws seed 003's denoising figure: for each noise level, a row of test\n"
     "images, the same with salt-and-pepper noise of that level (kiln's\n"
     "input_noise), and the model's outputs for the noisy ones.",
     plot_samples_flags, run_plot_samples},
    {"plot denoise", "a classifier's accuracy on noisy and on denoised inputs",
     "CLASSIFIER.json --weights W --autoencoder AE.json --ae-weights W2 -o F",
     "Seed 003's last figure: for each noise level, the classifier's accuracy\n"
     "on the test images with salt-and-pepper noise of that level, and on\n"
     "the autoencoder's reconstructions of them; prints the table too.",
     plot_denoise_flags, run_plot_denoise},
};
#define N_PLOT_VERBS ((int)(sizeof plot_verbs / sizeof plot_verbs[0]))

/* ---- kiln bench ------------------------------------------------------------ */

static const flag_def bench_flags[] = {
    {"--batch-size", NULL, "B", "the training batch (default: fit.batch_size)"},
    {"--threads", NULL, "T",
     "OpenMP threads kiln runs with (default: every logical CPU);\n"
     "PyTorch runs with 1, 2 and T threads and the fastest is kept"},
    {"--isa", NULL, "generic|avx2|avx512", "instruction set of the kernels (default: this CPU's)"},
    {"--steps", NULL, "N",
     "timed training steps, after 3 warm-up steps (default: as many\n"
     "as fill about 2 s, 10 to 2000); PyTorch times as many, at most 5 s"},
    {"--against", NULL, "torch",
     "compare with PyTorch (the default): bench/torch_baseline.py --bench\n"
     "under /usr/bin/python3 (Debian's python3-torch) on the same batch;\n"
     "given explicitly, a failing baseline makes the run fail (exit 1)"},
    {"--no-torch", NULL, NULL, "kiln only: skip the PyTorch baseline"},
    {"--data", NULL, "mnist|fashion-mnist|DIR",
     "the batch is the first B samples of this dataset's training split\n"
     "(default: a random batch of the model's shape, seed 0)"},
    {"--json", NULL, NULL,
     "print one JSON object instead of the table: machine (cpu, peak\n"
     "per ISA and thread count), kiln, torch, ratio; times in ms or s as\n"
     "the keys say"},
    {"--peak-only", NULL, NULL,
     "only measure and print the FMA peak (FP32 GFLOP/s per ISA at 1 and\n"
     "all threads, or T with --threads); MODEL.json is not needed"},
    {"--peak-ms", NULL, "MS", "length of one peak run (5 runs, best kept; default 60)"},
    {"--set", NULL, "PATH=VALUE",
     "change one field of the model file before it is compiled,\nvalidated like the file: "
     "fit.epochs=40,\nlayers[1].kernel_regularizer.l2=1e-5, input.rescale=0.5;\n"
     "[*] sets it in every element that has it; repeatable"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one (or instead\nof the file's)"},
    {"--optimizer", NULL, "adam|sgd|JSON",
     "the optimizer, e.g. '{\"type\": \"SGD\", \"learning_rate\": 0.1}'"},
    {"-v", "--verbose", NULL, "print JIT/cache notes and the PyTorch commands on stderr"},
    {NULL, NULL, NULL, NULL},
};

static const char *const AGAINST_TORCH[] = {"torch", NULL};
static const char *const AGAINST_ONEDNN[] = {"onednn", NULL};

static int run_bench(void *p)
{
    const args_t *a = p;
    kiln_bench_options o = {0};
    o.model_path = a->model;
    o.peak_only = get(a, "--peak-only") != NULL;
    if (!o.model_path && !o.peak_only)
        usage_error(a->verb, "no model file given (%s); --peak-only needs none", a->verb->synopsis);
    if (o.peak_only && o.model_path)
        usage_error(a->verb, "--peak-only measures the machine, not a model: drop '%s'", a->model);
    o.batch = (int)get_int(a, "--batch-size", 0, 1, 1 << 20);
    o.threads = (int)get_int(a, "--threads", 0, 1, 4096);
    o.isa = get_choice(a, "--isa", ISAS);
    o.steps = (int)get_int(a, "--steps", 0, 1, 1000000);
    const char *against = get_choice(a, "--against", AGAINST_TORCH);
    if (against && get(a, "--no-torch"))
        usage_error(a->verb, "--against torch and --no-torch contradict each other");
    o.torch = !get(a, "--no-torch");
    o.torch_required = against != NULL;
    o.json = get(a, "--json") != NULL;
    o.data = get(a, "--data");
    o.peak_seconds = get_real(a, "--peak-ms", 60, 1, 0, 10000, 0) * 1e-3;
    o.verbose = get(a, "-v") != NULL;
    o.load = load_options(a);
    return kiln_bench(&o);
}

/* ---- kiln profile ---------------------------------------------------------- */

static const flag_def profile_flags[] = {
    {"--batch-size", NULL, "B", "compile for batches of B (default: fit.batch_size)"},
    {"--threads", NULL, "T", "OpenMP threads (default: every logical CPU)"},
    {"--isa", NULL, "generic|avx2|avx512", "instruction set of the kernels (default: this CPU's)"},
    {"--entry", NULL, "train|eval|predict",
     "the entry point whose kernels are timed (default: train)"},
    {"--repeats", NULL, "N",
     "timed calls per kernel, after one untimed call (default: 10 to\n"
     "1000, as many as fill about 30 ms)"},
    {"--against", NULL, "onednn",
     "also time, for every convolution, inner-product and max-pooling\n"
     "kernel, the oneDNN primitive of the same shape and pass (Debian's\n"
     "libdnnl, in the helper bench/onednn_time), and print kiln/oneDNN"},
    {"--json", NULL, NULL,
     "print one JSON object instead of the table (kernels in plan order,\n"
     "times in ms)"},
    {"--peak-ms", NULL, "MS", "length of one peak run (5 runs, best kept; default 60)"},
    {"--set", NULL, "PATH=VALUE",
     "change one field of the model file before it is compiled,\nvalidated like the file: "
     "fit.epochs=40,\nlayers[1].kernel_regularizer.l2=1e-5, input.rescale=0.5;\n"
     "[*] sets it in every element that has it; repeatable"},
    {"--loss", NULL, "NAME", "the loss, for a Keras file saved without one (or instead\nof the file's)"},
    {"--optimizer", NULL, "adam|sgd|JSON",
     "the optimizer, e.g. '{\"type\": \"SGD\", \"learning_rate\": 0.1}'"},
    {"-v", "--verbose", NULL, "print JIT/cache notes and the oneDNN helper's command on stderr"},
    {NULL, NULL, NULL, NULL},
};

static const char *const ENTRIES[] = {"train", "eval", "predict", NULL};

static int run_profile(void *p)
{
    const args_t *a = p;
    kiln_profile_options o = {0};
    o.model_path = a->model;
    o.batch = (int)get_int(a, "--batch-size", 0, 1, 1 << 20);
    o.threads = (int)get_int(a, "--threads", 0, 1, 4096);
    o.isa = get_choice(a, "--isa", ISAS);
    o.repeats = (int)get_int(a, "--repeats", 0, 1, 1000000);
    const char *e = get_choice(a, "--entry", ENTRIES);
    o.entry = !e || !strcmp(e, "train") ? ENTRY_TRAIN : !strcmp(e, "eval") ? ENTRY_EVAL
                                                                           : ENTRY_PREDICT;
    o.onednn = get_choice(a, "--against", AGAINST_ONEDNN) != NULL;
    o.json = get(a, "--json") != NULL;
    o.peak_seconds = get_real(a, "--peak-ms", 60, 1, 0, 10000, 0) * 1e-3;
    o.verbose = get(a, "-v") != NULL;
    o.load = load_options(a);
    return kiln_profile(&o);
}

/* ---- main ------------------------------------------------------------------ */

static const verb_def verbs[] = {
    {"train", "train a model (Keras's fit), validate, test", "MODEL.json [flags]",
     "Trains the model as Keras's fit does: shuffled batches, the last one\n"
     "partial, a progress line per epoch, validation every epoch (the test\n"
     "split, or --validation-split), then the test loss and accuracy.\n"
     "The model file's fit.callbacks run as Keras runs them; a callback flag\n"
     "below replaces the file's callbacks of its class (the others stay),\n"
     "--no-callbacks drops the file's.  A checkpoint is never written from\n"
     "weights that are not finite.\n"
     "Ctrl-C finishes the current step, saves --save and exits 130.",
     train_flags, run_train},
    {"evaluate", "loss, accuracy and classification report of a checkpoint",
     "MODEL.json --weights W.safetensors\n"
     "         [--data D] [--split train|test] [--x X.npy --y Y.npy]\n"
     "         [--report] [--digits N] [--report-json R.json] [flags]",
     "Evaluates a checkpoint as Keras's model.evaluate does: the loss and\n"
     "accuracy over a split of the dataset (the test split by default) or\n"
     "over the arrays --x, --y.  --report adds scikit-learn's\n"
     "classification_report and confusion_matrix of the predicted classes\n"
     "(argmax of the outputs, first maximum on ties) against the true ones,\n"
     "exactly as print(classification_report(y_true, y_pred)) and\n"
     "print(confusion_matrix(y_true, y_pred)) show them; --report-json writes\n"
     "them as JSON.  Scores of a label never predicted (or never true) are\n"
     "0.0, as sklearn's zero_division default, with a note on stderr.",
     evaluate_flags, run_evaluate},
    {"predict", "run a checkpoint over X.npy, write the outputs", "MODEL.json --weights W.safetensors --input X.npy [-o P.npy] [flags]",
     "Runs the model in inference mode over X and writes its outputs.", predict_flags,
     run_predict},
    {"compile", "write the generated C, its header and descriptor", "MODEL.json -o DIR [flags]",
     "Emits the model's C module: DIR/<model>.c, its header DIR/<model>.h and\n"
     "DIR/descriptor.json (tensors, kernels, entry points). Each file is\n"
     "written to a temporary and renamed into place.",
     compile_flags, run_compile},
    {"summary", "Keras's model.summary(), FLOPs and memory", "MODEL.json [flags]",
     "Prints Keras's model.summary() table, then FLOPs per sample for predict\n"
     "and for a training step and the sizes of the runtime's slabs.",
     summary_flags, run_summary},
    {"grad", "loss and gradients of one batch, no update", "MODEL.json --weights W --x X.npy [--y Y.npy] -o G.safetensors [flags]",
     "One training-mode forward and backward pass on the batch X, Y at the\n"
     "given weights, without the optimizer update: writes the loss and every\n"
     "gradient under its weight's own name and Keras layout (checking kiln\n"
     "against another framework).",
     grad_flags, run_grad},
    {"import", "a Keras model file (.json, model.json, .keras, .h5) as kiln's",
     "KERAS_FILE -o MODEL.json [--weights-out W.safetensors] [flags]",
     "Reads a model Keras wrote — model.to_json() of Keras 1, 2 or 3, a\n"
     "TensorFlow.js model.json, a .keras archive or a legacy .h5 file — and\n"
     "writes kiln's own model description of it (and, with --weights-out, the\n"
     "weights it holds).  Every kiln verb takes these files directly too;\n"
     "import shows the description they become.  A layer or argument kiln\n"
     "does not compile is an error at its line and JSON path, never\n"
     "approximated.  Keras files do not record preprocessing done outside the\n"
     "model (x / 255): add it with --set input.rescale=0.00392156862745098.",
     import_flags, run_import},
    {"export", "a kiln model and its weights as a Keras .keras or .h5 file",
     "MODEL.json --weights W.safetensors -o M.keras|M.h5 [flags]",
     "Writes the model and its weights in Keras's own layout: a .keras\n"
     "archive as Keras 3 saves it (config.json, metadata.json,\n"
     "model.weights.h5) or an .h5 file as Keras 2 saves it (model_config,\n"
     "training_config, model_weights), which keras.models.load_model opens.",
     export_flags, run_export},
    {"sweep", "a grid of training runs (values x sizes x repeats), one table",
     "MODEL.json --set PATH=V1,V2,... [--set ...] [--repeats R]\n"
     "         [--max-samples N1,N2,...] -o DIR [flags]",
     "Trains the model once per point of the grid: every combination of the\n"
     "--set values and --max-samples sizes, each --repeats times (seeds S,\n"
     "S+1, ...).  Each run is its own `kiln train` process (output in\n"
     "DIR/runs/ID.log, history in DIR/runs/ID.history.json); after every run\n"
     "DIR/results.csv and DIR/results.json are rewritten with the run's\n"
     "parameters, seed, train/validation/test loss and accuracy, epochs and\n"
     "seconds, and a progress line is printed.  Run again, a sweep skips the\n"
     "runs the table already holds: it resumes.",
     sweep_flags, run_sweep},
    {"bench", "training step and batch-1 latency, kiln beside PyTorch",
     "MODEL.json [--batch-size B] [--threads T] [--against torch] [--json] [flags]\n"
     "       kiln bench --peak-only [--threads T] [--json]",
     "Measures, in one invocation: the machine's FP32 FMA peak per ISA\n"
     "(bench/peak.c: AVX-512 and AVX2, 1 and all threads); kiln's cold\n"
     "(JIT cache off) and cached compile time; its training step on one\n"
     "batch (median and min over the timed steps: ms, img/s, GFLOP/s from\n"
     "the compiler's FLOP count, % of the measured peak of the module's ISA\n"
     "at T threads); batch-1 inference latency (predict compiled for batch\n"
     "1, median of many calls); then the same model in PyTorch on the same\n"
     "batch (idiomatic NCHW, Keras semantics, bench/torch_baseline.py) with\n"
     "1, 2 and T threads, the fastest kept, and the ratios PyTorch time /\n"
     "kiln time (above 1, kiln is faster).  Timings are only as quiet as the\n"
     "machine: take them with nothing else running.",
     bench_flags, run_bench},
    {"profile", "every kernel on its own: time, GFLOP/s, % of peak, vs oneDNN",
     "MODEL.json [--entry train|eval|predict] [--against onednn] [--json] [flags]",
     "Runs one real training step, then replays the entry point kernel by\n"
     "kernel in plan order, each called through libffi with the C signature\n"
     "of the module descriptor from every thread of one OpenMP parallel\n"
     "region, as the entry point calls it.  Per kernel: its time per call\n"
     "(median of the repeats), FLOPs and bytes (the descriptor's), GFLOP/s,\n"
     "GB/s, % of the measured FMA peak of the module's ISA at T threads and\n"
     "its share of the sum over the kernels.  --against onednn times the\n"
     "same convolution (forward, backward-data, backward-weights),\n"
     "inner-product and max-pooling shapes in oneDNN beside each kernel,\n"
     "with kiln/oneDNN (above 1, oneDNN is faster); kernels without a\n"
     "oneDNN counterpart show \"—\".  Last, the entry point's own time per\n"
     "call; for eval and predict also with the weights held (their blocked\n"
     "copies made once, as a validation pass, a serving loop and kiln bench's\n"
     "batch-1 latency call them).",
     profile_flags, run_profile},
};
#define N_VERBS ((int)(sizeof verbs / sizeof verbs[0]))

static void print_main_help(FILE *f)
{
    fprintf(f, "usage: kiln VERB MODEL.json [flags]\n\n"
               "kiln compiles a Keras-style model description to C for this CPU, JIT-compiles\n"
               "it and trains or runs it.\n\nverbs:\n");
    for (int i = 0; i < N_VERBS; i++) fprintf(f, "  %-10s %s\n", verbs[i].name, verbs[i].brief);
    fprintf(f, "  %-10s the seeds' figures:\n", "plot");
    for (int i = 0; i < N_PLOT_VERBS; i++)
        fprintf(f, "    %-18s %s\n", plot_verbs[i].name + 5, plot_verbs[i].brief);
    fprintf(f, "\n'kiln VERB --help' explains a verb's flags.\n\n%s", EXIT_STATUS_HELP);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_main_help(stderr);
        return EXIT_USER;
    }
    const char *v = argv[1];
    if (strcmp(v, "-h") == 0 || strcmp(v, "--help") == 0 || strcmp(v, "help") == 0) {
        if (strcmp(v, "help") == 0 && argc > 2) {
            for (int i = 0; i < N_VERBS; i++)
                if (strcmp(argv[2], verbs[i].name) == 0) {
                    print_verb_help(&verbs[i], stdout);
                    return 0;
                }
        }
        print_main_help(stdout);
        return 0;
    }
    if (strcmp(v, "--version") == 0) {
        printf("kiln (module ABI %d)\n", KILN_ABI_VERSION);
        return 0;
    }
    if (strcmp(v, "plot") == 0) {
        const char *kind = argc > 2 ? argv[2] : "";
        for (int i = 0; i < N_PLOT_VERBS; i++) {
            if (strcmp(kind, plot_verbs[i].name + 5)) continue;
            args_t a;
            parse_args(&plot_verbs[i], argc, argv, 3, &a);
            int rc = plot_verbs[i].run(&a);
            fflush(stdout);
            return rc;
        }
        fprintf(stderr, "kiln plot: error: expected history, sweep, confusion, model, samples or "
                        "denoise, "
                        "got '%s'\n", kind);
        return EXIT_USER;
    }
    for (int i = 0; i < N_VERBS; i++) {
        if (strcmp(v, verbs[i].name) == 0) {
            args_t a;
            parse_args(&verbs[i], argc, argv, 2, &a);
            int rc = verbs[i].run(&a);
            /* a verb's output that did not reach standard output failed it */
            if (kiln_stdout_close() != 0 && (rc == 0 || rc == EXIT_NONFINITE)) rc = EXIT_USER;
            return rc;
        }
    }
    fprintf(stderr, "kiln: error: unknown verb '%s'\n\n", v);
    print_main_help(stderr);
    return EXIT_USER;
}

/* sweep.h — kiln sweep: a grid of training runs, as the seeds' experiments.
 *
 * The grid is the product of every swept field's values (--set
 * PATH=V1,V2,... or PATH=linspace(A,B,N), NumPy's linspace), the training-set
 * sizes (--max-samples N1,N2,...) and the repeats (seed = base seed + repeat
 * index).  Each run is one `kiln train` process (the same binary, the
 * overrides as --set flags): a fresh compile per run — one JIT-cache hit when
 * only the data differs — and a crash or Ctrl-C loses one run at most.  Its
 * output goes to DIR/runs/<id>.log, its history to DIR/runs/<id>.history.json
(and, with save, its checkpoint to DIR/runs/<id>.safetensors).
 *
 * After every run DIR/results.csv and DIR/results.json are rewritten
 * (atomically): one row per run with its parameters, max_samples, repeat,
 * seed, the last epoch's loss/accuracy (train, as Keras logs them) and
 * val_loss/val_accuracy, the final test_loss/test_accuracy, epochs run,
 * seconds (wall clock of the process) and status ("ok" or "failed (exit N)").
 * Run again with the same grid, a sweep skips the runs results.json already
 * holds as "ok": it resumes.
 */
#ifndef KILN_SWEEP_H
#define KILN_SWEEP_H

typedef struct {
    const char *model;               /* MODEL (any file kiln_load_model takes) */
    const char *const *sets;         /* "PATH=V1,V2,..." (swept) or "PATH=V" (fixed) */
    int n_sets;
    const char *max_samples;         /* "N1,N2,..." or NULL */
    int repeats;                     /* >= 1 */
    unsigned long long seed;         /* seed of repeat 0 */
    const char *dir;                 /* output directory (created) */
    const char *const *train_args;   /* more `kiln train` flags for every run (NULL-terminated) */
    const char *exe;                 /* the kiln binary ("/proc/self/exe") */
    int save;                        /* 1: keep each run's checkpoint, DIR/runs/<id>.safetensors */
} kiln_sweep_options;

/* Runs the grid; returns 0 when every run succeeded, 1 when some failed, 2
 * after reporting a bad grid (a value list that does not parse, an
 * unwritable directory). */
int kiln_sweep(const kiln_sweep_options *o);

/* Splits a value list at top-level commas (not inside [], {} or quotes) and
 * expands linspace(A,B,N) into N values formatted with %.10g; returns the
 * number of values (0 after reporting), *out malloc'd strings. */
int kiln_sweep_values(const char *list, char ***out);

#endif /* KILN_SWEEP_H */

/* sweep.c — kiln sweep (see sweep.h). */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "diag.h"
#include "input.h"
#include "sweep.h"
#include "train.h"

extern char **environ;

/* ---- value lists ----------------------------------------------------------- */

static char *dup_n(const char *s, size_t n)
{
    char *r = malloc(n + 1);
    memcpy(r, s, n);
    r[n] = 0;
    /* trim blanks */
    char *b = r;
    while (*b == ' ') b++;
    size_t l = strlen(b);
    while (l && b[l - 1] == ' ') b[--l] = 0;
    if (b != r) memmove(r, b, l + 1);
    return r;
}

int kiln_sweep_values(const char *list, char ***out)
{
    *out = NULL;
    int n = 0, cap = 8;
    char **v = malloc(sizeof *v * (size_t)cap);
    double a, b;
    int cnt;
    char tail;
    if (sscanf(list, " linspace ( %lf , %lf , %d ) %c", &a, &b, &cnt, &tail) == 3) {
        if (cnt < 1 || cnt > 100000) {
            kiln_error("linspace(%g, %g, %d): the count must be 1..100000", a, b, cnt);
            free(v);
            return 0;
        }
        v = realloc(v, sizeof *v * (size_t)cnt);
        for (int i = 0; i < cnt; i++) {
            /* numpy.linspace: start + i * step, the last one exactly stop */
            double x = cnt == 1 ? a : i == cnt - 1 ? b : a + i * ((b - a) / (cnt - 1));
            char buf[64];
            snprintf(buf, sizeof buf, "%.10g", x);
            v[i] = strdup(buf);
        }
        *out = v;
        return cnt;
    }
    int depth = 0, quote = 0;
    const char *start = list;
    for (const char *c = list;; c++) {
        if (*c == '"' && (c == list || c[-1] != '\\')) quote = !quote;
        else if (!quote && (*c == '[' || *c == '{')) depth++;
        else if (!quote && (*c == ']' || *c == '}')) depth--;
        if (*c == 0 || (*c == ',' && !depth && !quote)) {
            if (n == cap) v = realloc(v, sizeof *v * (size_t)(cap *= 2));
            v[n] = dup_n(start, (size_t)(c - start));
            if (!*v[n]) {
                kiln_error("'%s': an empty value in the list", list);
                for (int i = 0; i <= n; i++) free(v[i]);
                free(v);
                return 0;
            }
            n++;
            if (!*c) break;
            start = c + 1;
        }
    }
    *out = v;
    return n;
}

/* ---- the grid ------------------------------------------------------------------ */

typedef struct {
    char *path;        /* "layers[1].kernel_regularizer.l2" */
    char **values;
    int n;
} axis;

typedef struct {
    cJSON *rows;       /* the results array */
    const char *dir;
    const char *model;
    axis *axes;
    int n_axes;
} table;

static int mkdirs(const char *path)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *c = buf + 1;; c++) {
        if (*c == '/' || !*c) {
            char s = *c;
            *c = 0;
            if (mkdir(buf, 0777) != 0 && errno != EEXIST) {
                kiln_error("%s: cannot create directory: %s", buf, strerror(errno));
                return -1;
            }
            *c = s;
            if (!s) break;
        }
    }
    return 0;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec * 1e-9;
}

/* A file a run or an earlier sweep wrote: NULL when there is none; else a
 * regular file of at most 64 MiB (base/input.h), NULL after reporting. */
static char *slurp(const char *path)
{
    if (access(path, F_OK) != 0) return NULL;
    int64_t n;
    return kiln_input_slurp(path, "sweep file", 64ll << 20, &n);
}

static const char *csv_cols[] = {"loss", "accuracy", "val_loss", "val_accuracy", "test_loss",
                                 "test_accuracy", NULL};

static void csv_cell(char **s, size_t *n, size_t *cap, const char *t)
{
    size_t l = strlen(t);
    int q = strpbrk(t, ",\"\n") != NULL;
    while (*n + 2 * l + 4 > *cap) *s = realloc(*s, *cap *= 2);
    if (q) (*s)[(*n)++] = '"';
    for (size_t i = 0; i < l; i++) {
        if (t[i] == '"') (*s)[(*n)++] = '"';
        (*s)[(*n)++] = t[i];
    }
    if (q) (*s)[(*n)++] = '"';
    (*s)[*n] = 0;
}

/* results.csv and results.json, rewritten atomically. */
static int write_table(const table *t)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "model", t->model);
    cJSON *params = cJSON_AddArrayToObject(root, "parameters");
    for (int i = 0; i < t->n_axes; i++) cJSON_AddItemToArray(params, cJSON_CreateString(t->axes[i].path));
    cJSON_AddItemToObject(root, "runs", cJSON_Duplicate(t->rows, 1));
    char *json = cJSON_Print(root);
    cJSON_Delete(root);
    char path[4096];
    snprintf(path, sizeof path, "%s/results.json", t->dir);
    size_t jl = strlen(json);
    json = realloc(json, jl + 2);
    json[jl++] = '\n';
    int rc = kiln_write_file_atomic(path, json, jl);
    free(json);

    size_t n = 0, cap = 4096;
    char *s = malloc(cap);
    s[0] = 0;
    csv_cell(&s, &n, &cap, "run");
    for (int i = 0; i < t->n_axes; i++) {
        s[n++] = ',';
        csv_cell(&s, &n, &cap, t->axes[i].path);
    }
    static const char *const tail[] = {"max_samples", "repeat", "seed", "loss", "accuracy",
                                       "val_loss", "val_accuracy", "test_loss", "test_accuracy",
                                       "epochs", "seconds", "status", NULL};
    for (int i = 0; tail[i]; i++) {
        s[n++] = ',';
        csv_cell(&s, &n, &cap, tail[i]);
    }
    s[n++] = '\n';
    for (const cJSON *r = t->rows->child; r; r = r->next) {
        char buf[64];
        csv_cell(&s, &n, &cap, cJSON_GetObjectItem(r, "run")->valuestring);
        const cJSON *pv = cJSON_GetObjectItem(r, "parameters");
        for (int i = 0; i < t->n_axes; i++) {
            const cJSON *x = cJSON_GetObjectItem(pv, t->axes[i].path);
            s[n++] = ',';
            csv_cell(&s, &n, &cap, cJSON_IsString(x) ? x->valuestring : "");
        }
        const char *ints[] = {"max_samples", "repeat", "seed"};
        for (int i = 0; i < 3; i++) {
            const cJSON *x = cJSON_GetObjectItem(r, ints[i]);
            if (cJSON_IsNumber(x)) snprintf(buf, sizeof buf, "%.0f", x->valuedouble);
            else buf[0] = 0;
            s[n++] = ',';
            csv_cell(&s, &n, &cap, buf);
        }
        for (int i = 0; csv_cols[i]; i++) {
            const cJSON *x = cJSON_GetObjectItem(r, csv_cols[i]);
            if (cJSON_IsNumber(x)) snprintf(buf, sizeof buf, "%.6g", x->valuedouble);
            else buf[0] = 0;
            s[n++] = ',';
            csv_cell(&s, &n, &cap, buf);
        }
        const cJSON *x = cJSON_GetObjectItem(r, "epochs");
        snprintf(buf, sizeof buf, "%.0f", cJSON_IsNumber(x) ? x->valuedouble : 0);
        s[n++] = ',';
        csv_cell(&s, &n, &cap, buf);
        x = cJSON_GetObjectItem(r, "seconds");
        snprintf(buf, sizeof buf, "%.2f", cJSON_IsNumber(x) ? x->valuedouble : 0);
        s[n++] = ',';
        csv_cell(&s, &n, &cap, buf);
        s[n++] = ',';
        csv_cell(&s, &n, &cap, cJSON_GetObjectItem(r, "status")->valuestring);
        while (n + 2 > cap) s = realloc(s, cap *= 2);
        s[n++] = '\n';
        s[n] = 0;
    }
    snprintf(path, sizeof path, "%s/results.csv", t->dir);
    rc |= kiln_write_file_atomic(path, s, n);
    free(s);
    return rc;
}

/* Same parameters, max_samples and seed, finished "ok". */
static const cJSON *done_before(const cJSON *old, const cJSON *row)
{
    for (const cJSON *r = old ? old->child : NULL; r; r = r->next) {
        const cJSON *st = cJSON_GetObjectItem(r, "status");
        if (!cJSON_IsString(st) || strcmp(st->valuestring, "ok")) continue;
        if (!cJSON_Compare(cJSON_GetObjectItem(r, "parameters"), cJSON_GetObjectItem(row, "parameters"), 1))
            continue;
        const char *k[] = {"max_samples", "seed"};
        int same = 1;
        for (int i = 0; i < 2; i++) {
            const cJSON *a = cJSON_GetObjectItem(r, k[i]), *b = cJSON_GetObjectItem(row, k[i]);
            same &= (cJSON_IsNull(a) || !a) == (cJSON_IsNull(b) || !b) &&
                    (!cJSON_IsNumber(a) || (cJSON_IsNumber(b) && a->valuedouble == b->valuedouble));
        }
        if (same) return r;
    }
    return NULL;
}

/* Runs argv with stdout and stderr into `log`; returns the exit status. */
static int run(char *const *argv, const char *log)
{
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    pid_t pid;
    int rc = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        kiln_error("cannot start %s: %s", argv[0], strerror(rc));
        return -1;
    }
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void add_result(cJSON *row, const char *hist_path)
{
    char *text = slurp(hist_path);
    cJSON *h = text ? cJSON_Parse(text) : NULL;
    free(text);
    const cJSON *ep = h ? cJSON_GetObjectItem(h, "epochs") : NULL;
    int n = cJSON_GetArraySize(ep);
    const cJSON *last = n ? cJSON_GetArrayItem(ep, n - 1) : NULL;
    const char *k[] = {"loss", "accuracy", "val_loss", "val_accuracy"};
    for (int i = 0; i < 4; i++) {
        const cJSON *x = last ? cJSON_GetObjectItem(last, k[i]) : NULL;
        if (cJSON_IsNumber(x)) cJSON_AddNumberToObject(row, k[i], x->valuedouble);
    }
    const char *t[] = {"test_loss", "test_accuracy"};
    for (int i = 0; i < 2; i++) {
        const cJSON *x = h ? cJSON_GetObjectItem(h, t[i]) : NULL;
        if (cJSON_IsNumber(x)) cJSON_AddNumberToObject(row, t[i], x->valuedouble);
    }
    cJSON_AddNumberToObject(row, "epochs", n);
    double train_s = 0;
    for (const cJSON *e = ep ? ep->child : NULL; e; e = e->next)
        train_s += cJSON_GetObjectItem(e, "seconds") ? cJSON_GetObjectItem(e, "seconds")->valuedouble : 0;
    cJSON_AddNumberToObject(row, "fit_seconds", train_s);
    cJSON_Delete(h);
}

int kiln_sweep(const kiln_sweep_options *o)
{
    if (mkdirs(o->dir) != 0) return 2;
    char runs_dir[4096];
    snprintf(runs_dir, sizeof runs_dir, "%s/runs", o->dir);
    if (mkdirs(runs_dir) != 0) return 2;
    axis *axes = calloc((size_t)o->n_sets + 1, sizeof *axes);
    int na = 0;
    for (int i = 0; i < o->n_sets; i++) {
        const char *eq = strchr(o->sets[i], '=');
        if (!eq || eq == o->sets[i]) {
            kiln_error("--set '%s': expected PATH=V1,V2,... or PATH=linspace(A,B,N)", o->sets[i]);
            return 2;
        }
        axes[na].path = dup_n(o->sets[i], (size_t)(eq - o->sets[i]));
        axes[na].n = kiln_sweep_values(eq + 1, &axes[na].values);
        if (!axes[na].n) return 2;
        na++;
    }
    char **ms = NULL;
    int nms = 0;
    if (o->max_samples) {
        nms = kiln_sweep_values(o->max_samples, &ms);
        if (!nms) return 2;
        for (int i = 0; i < nms; i++) {
            char *end;
            long long v = strtoll(ms[i], &end, 10);
            if (*end || v < 1) {
                kiln_error("--max-samples: '%s' is not a positive integer", ms[i]);
                return 2;
            }
        }
    }
    long total = o->repeats * (nms ? nms : 1);
    for (int i = 0; i < na; i++) total *= axes[i].n;

    char path[4096];
    snprintf(path, sizeof path, "%s/results.json", o->dir);
    char *old_text = slurp(path);
    cJSON *old = old_text ? cJSON_Parse(old_text) : NULL;
    free(old_text);
    const cJSON *old_runs = old ? cJSON_GetObjectItem(old, "runs") : NULL;
    table t = {cJSON_CreateArray(), o->dir, o->model, axes, na};
    int failed = 0;
    int *idx = calloc((size_t)na + 1, sizeof *idx);
    for (long r = 0; r < total; r++) {
        /* decode r: repeats fastest, then max_samples, then the last axis ... */
        long q = r;
        int rep = (int)(q % o->repeats);
        q /= o->repeats;
        int mi = nms ? (int)(q % nms) : -1;
        if (nms) q /= nms;
        for (int i = na - 1; i >= 0; i--) idx[i] = (int)(q % axes[i].n), q /= axes[i].n;
        unsigned long long seed = o->seed + (unsigned long long)rep;
        cJSON *row = cJSON_CreateObject();
        char id[32];
        snprintf(id, sizeof id, "%04ld", r + 1);
        cJSON_AddStringToObject(row, "run", id);
        cJSON *pv = cJSON_AddObjectToObject(row, "parameters");
        char label[2048] = "";
        for (int i = 0; i < na; i++) {
            cJSON_AddStringToObject(pv, axes[i].path, axes[i].values[idx[i]]);
            if (axes[i].n > 1)
                snprintf(label + strlen(label), sizeof label - strlen(label), "%s=%s ",
                         axes[i].path, axes[i].values[idx[i]]);
        }
        if (nms) {
            cJSON_AddNumberToObject(row, "max_samples", strtod(ms[mi], NULL));
            snprintf(label + strlen(label), sizeof label - strlen(label), "max_samples=%s ", ms[mi]);
        } else {
            cJSON_AddNullToObject(row, "max_samples");
        }
        cJSON_AddNumberToObject(row, "repeat", rep);
        cJSON_AddNumberToObject(row, "seed", (double)seed);
        const cJSON *prev = done_before(old_runs, row);
        if (prev) {
            cJSON_Delete(row);
            row = cJSON_Duplicate(prev, 1);
            cJSON_ReplaceItemInObject(row, "run", cJSON_CreateString(id));
            cJSON_AddItemToArray(t.rows, row);
            printf("[%ld/%ld] %sseed=%llu: done before (results.json), skipped\n", r + 1, total,
                   label, seed);
            fflush(stdout);
            continue;
        }
        /* kiln train MODEL --set P=V ... --seed S [--max-samples N] --history H */
        char hist[4096], log[4096], ckpt[4096], sb[32];
        snprintf(hist, sizeof hist, "%s/%s.history.json", runs_dir, id);
        snprintf(log, sizeof log, "%s/%s.log", runs_dir, id);
        snprintf(ckpt, sizeof ckpt, "%s/%s.safetensors", runs_dir, id);
        snprintf(sb, sizeof sb, "%llu", seed);
        int argc_max = 16 + 2 * na;
        for (const char *const *x = o->train_args; x && *x; x++) argc_max++;
        char **argv = calloc((size_t)argc_max, sizeof *argv);
        int k = 0;
        argv[k++] = (char *)o->exe;
        argv[k++] = "train";
        argv[k++] = (char *)o->model;
        char **owned = calloc((size_t)na + 1, sizeof *owned);
        for (int i = 0; i < na; i++) {
            size_t l = strlen(axes[i].path) + strlen(axes[i].values[idx[i]]) + 2;
            owned[i] = malloc(l);
            snprintf(owned[i], l, "%s=%s", axes[i].path, axes[i].values[idx[i]]);
            argv[k++] = "--set";
            argv[k++] = owned[i];
        }
        argv[k++] = "--seed";
        argv[k++] = sb;
        if (nms) {
            argv[k++] = "--max-samples";
            argv[k++] = ms[mi];
        }
        argv[k++] = "--history";
        argv[k++] = hist;
        if (o->save) {
            argv[k++] = "--save";
            argv[k++] = ckpt;
        }
        for (const char *const *x = o->train_args; x && *x; x++) argv[k++] = (char *)*x;
        argv[k] = NULL;
        unlink(hist);
        double t0 = now();
        int st = run(argv, log);
        double secs = now() - t0;
        for (int i = 0; i < na; i++) free(owned[i]);
        free(owned);
        free(argv);
        cJSON_AddNumberToObject(row, "seconds", secs);
        char status[64];
        if (st == 0) snprintf(status, sizeof status, "ok");
        else snprintf(status, sizeof status, "failed (exit %d, see runs/%s.log)", st, id);
        if (st != 0) failed++;
        add_result(row, hist);
        cJSON_AddStringToObject(row, "status", status);
        cJSON_AddItemToArray(t.rows, row);
        const cJSON *ta = cJSON_GetObjectItem(row, "test_accuracy");
        const cJSON *tl = cJSON_GetObjectItem(row, "test_loss");
        const cJSON *va = cJSON_GetObjectItem(row, "val_accuracy");
        printf("[%ld/%ld] %sseed=%llu: ", r + 1, total, label, seed);
        if (st) printf("%s", status);
        else {
            if (cJSON_IsNumber(va)) printf("val_accuracy %.4f - ", va->valuedouble);
            if (cJSON_IsNumber(ta)) printf("test_accuracy %.4f", ta->valuedouble);
            else if (cJSON_IsNumber(tl)) printf("test_loss %.4f", tl->valuedouble);
            printf(" (%d epochs, %.1f s)", (int)cJSON_GetObjectItem(row, "epochs")->valuedouble, secs);
        }
        printf("\n");
        fflush(stdout);
        if (write_table(&t) != 0) return 1;
        if (st == 130) break;  /* Ctrl-C: stop the sweep too */
    }
    int rc = write_table(&t);
    printf("kiln sweep: %ld runs, %d failed; %s/results.csv, %s/results.json\n", total, failed,
           o->dir, o->dir);
    cJSON_Delete(t.rows);
    cJSON_Delete(old);
    free(idx);
    return rc ? 1 : failed ? 1 : 0;
}

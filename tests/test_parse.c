/* test_parse.c — the model parser (compiler/parse.c, docs/architecture.md §2).
 *
 * 1. Every tests/bad_models/NAME.json must fail to parse with exactly the
 *    diagnostics in NAME.expected (paths relative to the repository root; the
 *    test runs there).  KILN_UPDATE_EXPECTED=1 rewrites the .expected files
 *    from the current output — review the diff before keeping it.
 * 2. Good models, parsed from memory, must give every field Keras would:
 *    defaults, default names, shorthands, case-insensitive class names.
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "diag.h"
#include "model.h"
#include "testutil.h"

#define FEQ(a, b) (fabsf((float)(a) - (float)(b)) <= 1e-7f * fmaxf(1.0f, fabsf((float)(b))))

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *s = malloc(cap);
    size_t k;
    while ((k = fread(s + n, 1, cap - n - 1, f)) > 0) {
        n += k;
        if (n + 1 == cap) s = realloc(s, cap *= 2);
    }
    s[n] = '\0';
    fclose(f);
    return s;
}

/* Reads back what was written to the capture stream f (malloc'd). */
static char *slurp(FILE *f)
{
    long n = ftell(f);
    char *s = malloc((size_t)n + 1);
    rewind(f);
    size_t k = fread(s, 1, (size_t)n, f);
    s[k] = '\0';
    return s;
}

/* Parses `text` (or the file `path` when text is NULL) with diagnostics
 * captured into *diags (malloc'd). */
static int parse_captured(const char *path, const char *text, kiln_arena *a, kiln_model *m,
                          char **diags)
{
    FILE *f = tmpfile();
    if (!f) {
        perror("tmpfile");
        exit(1);
    }
    kiln_diag_reset();
    kiln_diag_set_stream(f);
    int rc = text ? kiln_parse_model_text(path, text, (long)strlen(text), a, m)
                  : kiln_parse_model_file(path, a, m);
    kiln_diag_set_stream(NULL);
    *diags = slurp(f);
    fclose(f);
    return rc;
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Each tests/bad_models/NAME.json against NAME.expected. */
static void test_bad_models(void)
{
    const char *dir = "tests/bad_models";
    DIR *d = opendir(dir);
    CHECK(d != NULL, "cannot open %s", dir);
    if (!d) return;
    char *names[512];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 512) {
        size_t len = strlen(e->d_name);
        if (len > 5 && !strcmp(e->d_name + len - 5, ".json")) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, by_name);
    int update = getenv("KILN_UPDATE_EXPECTED") && *getenv("KILN_UPDATE_EXPECTED") == '1';
    for (int i = 0; i < n; i++) {
        char path[1024], exp_path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        snprintf(exp_path, sizeof exp_path, "%s/%.*s.expected", dir,
                 (int)strlen(names[i]) - 5, names[i]);
        kiln_arena a = {0};
        kiln_model m;
        char *got;
        int rc = parse_captured(path, NULL, &a, &m, &got);
        int errors = kiln_error_count();
        if (update) {
            FILE *f = fopen(exp_path, "wb");
            if (f) fputs(got, f), fclose(f);
        }
        char *want = read_file(exp_path);
        CHECK(want != NULL, "%s: missing %s", path, exp_path);
        CHECK(rc == -1, "%s: parse returned %d, expected -1", path, rc);
        if (want) {
            CHECK(!strcmp(got, want), "%s: diagnostics differ\n--- expected\n%s--- got\n%s", path,
                  want, got);
            CHECK(errors == count_lines(want), "%s: %d errors counted, %d expected", path, errors,
                  count_lines(want));
        }
        free(want);
        free(got);
        free(names[i]);
        kiln_arena_free(&a);
    }
    CHECK(n >= 12, "only %d bad models in %s", n, dir);
}

/* A model written as docs/architecture.md §2 describes model files. */
static const char *seed002 =
    "{\n"
    "  \"name\": \"seed002_cnn\",\n"
    "  \"input\": {\"shape\": [28, 28, 1]},\n"
    "  \"layers\": [\n"
    "    {\"type\": \"Rescaling\", \"scale\": 0.00392156862745098},\n"
    "    {\"type\": \"Conv2D\", \"filters\": 32, \"kernel_size\": 3, \"activation\": \"relu\"},\n"
    "    {\"type\": \"MaxPooling2D\", \"pool_size\": 2},\n"
    "    {\"type\": \"Conv2D\", \"filters\": 64, \"kernel_size\": 3, \"activation\": \"relu\"},\n"
    "    {\"type\": \"MaxPooling2D\", \"pool_size\": 2},\n"
    "    {\"type\": \"Conv2D\", \"filters\": 64, \"kernel_size\": 3, \"activation\": \"relu\"},\n"
    "    {\"type\": \"Flatten\"},\n"
    "    {\"type\": \"Dense\", \"units\": 64, \"activation\": \"relu\"},\n"
    "    {\"type\": \"Dense\", \"units\": 10, \"activation\": \"softmax\"}\n"
    "  ],\n"
    "  \"loss\": \"sparse_categorical_crossentropy\",\n"
    "  \"optimizer\": {\"type\": \"Adam\", \"learning_rate\": 0.001},\n"
    "  \"metrics\": [\"accuracy\"],\n"
    "  \"fit\": {\"dataset\": \"mnist\", \"batch_size\": 128, \"epochs\": 5}\n"
    "}\n";

/* Parses a model that must be good; prints the diagnostics if not. */
static int parse_good(const char *path, const char *text, kiln_arena *a, kiln_model *m)
{
    char *diags;
    int rc = parse_captured(path, text, a, m, &diags);
    CHECK(rc == 0 && !*diags, "%s: expected to parse, got rc %d:\n%s", path, rc, diags);
    free(diags);
    return rc;
}

static void test_seed002(void)
{
    kiln_arena a = {0};
    kiln_model m;
    if (parse_good("models/seed002_cnn.json", seed002, &a, &m)) goto out;
    CHECK(!strcmp(m.file, "models/seed002_cnn.json"), "file %s", m.file);
    CHECK(!strcmp(m.name, "seed002_cnn"), "name %s", m.name);
    CHECK(m.input_rank == 3 && m.input_shape[0] == 28 && m.input_shape[1] == 28 &&
              m.input_shape[2] == 1,
          "input shape %d: %d %d %d", m.input_rank, m.input_shape[0], m.input_shape[1],
          m.input_shape[2]);
    CHECK(m.n_layers == 9, "n_layers %d", m.n_layers);
    if (m.n_layers != 9) goto out;
    static const kiln_layer_type types[] = {
        LAYER_RESCALING,    LAYER_CONV2D,  LAYER_MAXPOOLING2D, LAYER_CONV2D, LAYER_MAXPOOLING2D,
        LAYER_CONV2D,       LAYER_FLATTEN, LAYER_DENSE,        LAYER_DENSE};
    static const char *const names[] = {"rescaling",  "conv2d",   "max_pooling2d",
                                        "conv2d_1",   "max_pooling2d_1", "conv2d_2",
                                        "flatten",    "dense",    "dense_1"};
    for (int i = 0; i < 9; i++) {
        const kiln_layer *L = &m.layers[i];
        char path[32];
        snprintf(path, sizeof path, "$.layers[%d]", i);
        CHECK(L->type == types[i], "layer %d type %d", i, L->type);
        CHECK(!strcmp(L->name, names[i]), "layer %d name %s, expected %s", i, L->name, names[i]);
        CHECK(!strcmp(L->path, path), "layer %d path %s", i, L->path);
        CHECK(L->line == 5 + i && L->col == 5, "layer %d at %d:%d, expected %d:5", i, L->line,
              L->col, 5 + i);
    }
    const kiln_layer *r = &m.layers[0], *c0 = &m.layers[1], *p0 = &m.layers[2],
                     *c1 = &m.layers[3], *d0 = &m.layers[7], *d1 = &m.layers[8];
    CHECK(FEQ(r->scale, 1.0 / 255) && r->offset == 0, "rescaling %g %g", r->scale, r->offset);
    CHECK(c0->filters == 32 && c1->filters == 64, "filters %d %d", c0->filters, c1->filters);
    CHECK(c0->kernel_size[0] == 3 && c0->kernel_size[1] == 3, "kernel_size %d %d",
          c0->kernel_size[0], c0->kernel_size[1]);
    CHECK(c0->strides[0] == 1 && c0->strides[1] == 1, "conv strides default %d %d",
          c0->strides[0], c0->strides[1]);
    CHECK(!c0->padding_same && c0->use_bias && c0->activation == ACT_RELU,
          "conv padding %d use_bias %d activation %d", c0->padding_same, c0->use_bias,
          c0->activation);
    CHECK(!c0->kernel_regularizer.active && !c0->bias_regularizer.active, "no regularizer");
    CHECK(p0->pool_size[0] == 2 && p0->pool_size[1] == 2 && p0->strides[0] == 2 &&
              p0->strides[1] == 2 && !p0->padding_same,
          "pool %dx%d strides %dx%d", p0->pool_size[0], p0->pool_size[1], p0->strides[0],
          p0->strides[1]);
    CHECK(d0->filters == 64 && d0->activation == ACT_RELU && d0->use_bias, "dense units %d",
          d0->filters);
    CHECK(d1->filters == 10 && d1->activation == ACT_SOFTMAX, "dense_1 units %d act %d",
          d1->filters, d1->activation);
    CHECK(m.loss == LOSS_SPARSE_CATEGORICAL_CROSSENTROPY, "loss %d", m.loss);
    CHECK(m.optimizer.type == OPT_ADAM && FEQ(m.optimizer.learning_rate, 1e-3) &&
              FEQ(m.optimizer.beta_1, 0.9) && FEQ(m.optimizer.beta_2, 0.999) &&
              FEQ(m.optimizer.epsilon, 1e-7),
          "adam %g %g %g %g", m.optimizer.learning_rate, m.optimizer.beta_1, m.optimizer.beta_2,
          m.optimizer.epsilon);
    CHECK(m.metric_accuracy, "metric_accuracy");
    CHECK(m.dataset && !strcmp(m.dataset, "mnist"), "dataset %s", m.dataset);
    CHECK(m.batch_size == 128 && m.epochs == 5 && m.validation_split == 0 && m.shuffle,
          "fit %d %d %g %d", m.batch_size, m.epochs, m.validation_split, m.shuffle);
    CHECK(!m.target_is_input && !m.noise_salt_and_pepper, "no target/noise");
out:
    kiln_arena_free(&a);
}

/* String shorthands, case-insensitive class names, every layer's defaults. */
static void test_shorthands(void)
{
    const char *text =
        "{\"input\": {\"shape\": [32, 32, 3]},\n"
        " \"layers\": [\n"
        "  {\"type\": \"conv2d\", \"filters\": 8, \"kernel_size\": [3, 5], \"strides\": [2, 1],\n"
        "   \"padding\": \"SAME\", \"kernel_regularizer\": \"l2\", \"bias_regularizer\": \"l1_l2\",\n"
        "   \"use_bias\": false, \"kernel_initializer\": \"GlorotUniform\",\n"
        "   \"bias_initializer\": \"zeros\", \"data_format\": \"channels_last\",\n"
        "   \"dilation_rate\": [1, 1], \"trainable\": true},\n"
        "  {\"type\": \"BATCHNORMALIZATION\", \"axis\": -1},\n"
        "  {\"type\": \"relu\"},\n"
        "  {\"type\": \"MaxPool2D\", \"pool_size\": 3},\n"
        "  {\"type\": \"maxpooling2d\", \"pool_size\": [3, 2], \"strides\": 1, \"padding\": \"same\"},\n"
        "  {\"type\": \"Convolution2D\", \"filters\": 4, \"kernel_size\": 1, \"activation\": null,\n"
        "   \"kernel_regularizer\": {\"type\": \"L1L2\", \"l2\": 0.001},\n"
        "   \"bias_regularizer\": {\"type\": \"l1\", \"l1\": 0.5}},\n"
        "  {\"type\": \"LeakyReLU\"},\n"
        "  {\"type\": \"leakyrelu\", \"negative_slope\": 0.1},\n"
        "  {\"type\": \"Flatten\"},\n"
        "  {\"type\": \"dropout\", \"rate\": 0.25},\n"
        "  {\"type\": \"DENSE\", \"units\": 16, \"activation\": \"leaky_relu\",\n"
        "   \"kernel_regularizer\": {\"type\": \"l1_l2\"}},\n"
        "  {\"type\": \"Activation\", \"activation\": \"Sigmoid\"},\n"
        "  {\"type\": \"Dense\", \"units\": 1, \"kernel_regularizer\": {\"type\": \"L2\", \"l2\": 0.001}},\n"
        "  {\"type\": \"batchnormalization\", \"momentum\": 0.9, \"epsilon\": 0.01,\n"
        "   \"center\": false, \"scale\": false},\n"
        "  {\"type\": \"Rescaling\", \"scale\": 2, \"offset\": -1}\n"
        " ],\n"
        " \"loss\": \"BinaryCrossentropy\",\n"
        " \"optimizer\": \"adam\"\n"
        "}\n";
    kiln_arena a = {0};
    kiln_model m;
    if (parse_good("models/my-model.json", text, &a, &m)) goto out;
    CHECK(!strcmp(m.name, "my_model"), "default name from the file stem, made an identifier: %s",
          m.name);
    CHECK(m.n_layers == 15, "n_layers %d", m.n_layers);
    if (m.n_layers != 15) goto out;
    static const char *const names[] = {
        "conv2d",     "batch_normalization", "re_lu",   "max_pooling2d", "max_pooling2d_1",
        "conv2d_1",   "leaky_re_lu",         "leaky_re_lu_1", "flatten", "dropout",
        "dense",      "activation",          "dense_1", "batch_normalization_1", "rescaling"};
    for (int i = 0; i < 15; i++)
        CHECK(!strcmp(m.layers[i].name, names[i]), "layer %d name %s, expected %s", i,
              m.layers[i].name, names[i]);
    const kiln_layer *L = m.layers;
    CHECK(L[0].type == LAYER_CONV2D && L[0].kernel_size[0] == 3 && L[0].kernel_size[1] == 5 &&
              L[0].strides[0] == 2 && L[0].strides[1] == 1 && L[0].padding_same &&
              !L[0].use_bias && L[0].activation == ACT_LINEAR,
          "conv2d fields");
    CHECK(L[0].kernel_regularizer.active && L[0].kernel_regularizer.l1 == 0 &&
              FEQ(L[0].kernel_regularizer.l2, 0.01),
          "\"l2\" shorthand: l1 %g l2 %g", L[0].kernel_regularizer.l1,
          L[0].kernel_regularizer.l2);
    CHECK(L[0].bias_regularizer.active && FEQ(L[0].bias_regularizer.l1, 0.01) &&
              FEQ(L[0].bias_regularizer.l2, 0.01),
          "\"l1_l2\" shorthand");
    CHECK(L[1].type == LAYER_BATCHNORMALIZATION && FEQ(L[1].momentum, 0.99) &&
              FEQ(L[1].epsilon, 1e-3) && L[1].center && L[1].scale_gamma,
          "batchnorm defaults %g %g", L[1].momentum, L[1].epsilon);
    CHECK(L[2].type == LAYER_RELU, "relu type");
    CHECK(L[3].type == LAYER_MAXPOOLING2D && L[3].pool_size[0] == 3 && L[3].pool_size[1] == 3 &&
              L[3].strides[0] == 3 && L[3].strides[1] == 3 && !L[3].padding_same,
          "MaxPool2D alias: strides default to pool_size");
    CHECK(L[4].pool_size[0] == 3 && L[4].pool_size[1] == 2 && L[4].strides[0] == 1 &&
              L[4].strides[1] == 1 && L[4].padding_same,
          "pool explicit strides");
    CHECK(L[5].type == LAYER_CONV2D && L[5].filters == 4 && L[5].kernel_size[0] == 1 &&
              L[5].activation == ACT_LINEAR,
          "Convolution2D alias");
    CHECK(L[5].kernel_regularizer.active && L[5].kernel_regularizer.l1 == 0 &&
              FEQ(L[5].kernel_regularizer.l2, 0.001),
          "L1L2 class defaults l1 to 0: %g", L[5].kernel_regularizer.l1);
    CHECK(FEQ(L[5].bias_regularizer.l1, 0.5) && L[5].bias_regularizer.l2 == 0, "l1 object");
    CHECK(L[6].type == LAYER_LEAKYRELU && FEQ(L[6].alpha, 0.3), "LeakyReLU alpha %g",
          L[6].alpha);
    CHECK(FEQ(L[7].alpha, 0.1), "negative_slope %g", L[7].alpha);
    CHECK(L[8].type == LAYER_FLATTEN && L[9].type == LAYER_DROPOUT && FEQ(L[9].rate, 0.25),
          "dropout rate %g", L[9].rate);
    CHECK(L[10].activation == ACT_LEAKY_RELU && FEQ(L[10].alpha, 0.2) && L[10].filters == 16,
          "leaky_relu activation alpha %g", L[10].alpha);
    CHECK(FEQ(L[10].kernel_regularizer.l1, 0.01) && FEQ(L[10].kernel_regularizer.l2, 0.01),
          "{\"type\": \"l1_l2\"} defaults");
    CHECK(L[11].type == LAYER_ACTIVATION && L[11].activation == ACT_SIGMOID, "Activation");
    CHECK(L[12].type == LAYER_DENSE && L[12].activation == ACT_LINEAR &&
              FEQ(L[12].kernel_regularizer.l2, 0.001),
          "dense_1");
    CHECK(FEQ(L[13].momentum, 0.9) && FEQ(L[13].epsilon, 0.01) && !L[13].center &&
              !L[13].scale_gamma,
          "batchnorm arguments");
    CHECK(L[14].type == LAYER_RESCALING && L[14].scale == 2 && L[14].offset == -1, "rescaling");
    CHECK(m.loss == LOSS_BINARY_CROSSENTROPY, "loss class name");
    CHECK(m.optimizer.type == OPT_ADAM && FEQ(m.optimizer.learning_rate, 1e-3), "\"adam\"");
    CHECK(!m.metric_accuracy && m.batch_size == 32 && m.epochs == 1 && m.shuffle &&
              m.dataset == NULL,
          "fit defaults");
out:
    kiln_arena_free(&a);
}

/* An MLP autoencoder with SGD, named layers and the fit/noise keys. */
static void test_mlp_sgd(void)
{
    const char *text =
        "\xEF\xBB\xBF{\"name\": \"dae\", \"input\": {\"shape\": [784]},\n"
        " \"layers\": [{\"type\": \"Dense\", \"units\": 32, \"name\": \"enc\"},\n"
        "            {\"type\": \"Dense\", \"units\": 784, \"activation\": \"sigmoid\"}],\n"
        " \"loss\": \"mse\", \"metrics\": [],\n"
        " \"optimizer\": {\"type\": \"sgd\", \"momentum\": 0.9, \"nesterov\": true},\n"
        " \"target\": \"input\", \"input_noise\": {\"type\": \"salt_and_pepper\", \"level\": 0.4},\n"
        " \"fit\": {\"dataset\": \"fashion_mnist\", \"batch_size\": 256, \"epochs\": 3,\n"
        "         \"validation_split\": 0.1, \"shuffle\": false}}";
    kiln_arena a = {0};
    kiln_model m;
    if (parse_good("dae.json", text, &a, &m)) goto out;
    CHECK(m.input_rank == 1 && m.input_shape[0] == 784, "rank-1 input %d %d", m.input_rank,
          m.input_shape[0]);
    CHECK(m.n_layers == 2 && !strcmp(m.layers[0].name, "enc") &&
              !strcmp(m.layers[1].name, "dense"),
          "a named layer takes no number: %s %s", m.layers[0].name, m.layers[1].name);
    CHECK(m.layers[0].line == 2 && m.layers[0].col == 13, "layer 0 at %d:%d", m.layers[0].line,
          m.layers[0].col);
    CHECK(m.loss == LOSS_MEAN_SQUARED_ERROR, "mse");
    CHECK(m.optimizer.type == OPT_SGD && FEQ(m.optimizer.learning_rate, 0.01) &&
              FEQ(m.optimizer.momentum, 0.9) && m.optimizer.nesterov,
          "sgd %g %g %d", m.optimizer.learning_rate, m.optimizer.momentum, m.optimizer.nesterov);
    CHECK(m.target_is_input && m.noise_salt_and_pepper && FEQ(m.noise_level, 0.4),
          "target/noise");
    CHECK(!strcmp(m.dataset, "fashion-mnist") && m.batch_size == 256 && m.epochs == 3 &&
              FEQ(m.validation_split, 0.1) && !m.shuffle,
          "fit");
out:
    kiln_arena_free(&a);

    kiln_model m2;
    if (!parse_good("x.json", "{\"input\": {\"shape\": [4]}, \"layers\": [{\"type\": \"Dense\", "
                              "\"units\": 1}], \"loss\": \"mse\", \"optimizer\": \"SGD\"}",
                    &a, &m2)) {
        CHECK(m2.optimizer.type == OPT_SGD && FEQ(m2.optimizer.learning_rate, 0.01) &&
                  m2.optimizer.momentum == 0 && !m2.optimizer.nesterov,
              "\"SGD\" shorthand");
        CHECK(!strcmp(m2.name, "x"), "stem %s", m2.name);
    }
    kiln_arena_free(&a);
}

/* fit.callbacks: Keras's defaults for every class, case-insensitive class
 * names, every argument read. */
static void test_callbacks(void)
{
    const char *text =
        "{\"input\": {\"shape\": [784]},\n"
        " \"layers\": [{\"type\": \"Dense\", \"units\": 10, \"activation\": \"softmax\"}],\n"
        " \"loss\": \"sparse_categorical_crossentropy\", \"metrics\": [\"accuracy\"],\n"
        " \"fit\": {\"callbacks\": [\n"
        "  {\"type\": \"EarlyStopping\"},\n"
        "  {\"type\": \"ModelCheckpoint\", \"filepath\": \"m.safetensors\"},\n"
        "  {\"type\": \"ReduceLROnPlateau\"},\n"
        "  {\"type\": \"terminateonnan\"},\n"
        "  {\"type\": \"CSVLogger\", \"filename\": \"log.csv\"},\n"
        "  {\"type\": \"TensorBoard\"},\n"
        "  {\"type\": \"earlystopping\", \"monitor\": \"val_accuracy\", \"min_delta\": -0.01,\n"
        "   \"patience\": 5, \"verbose\": 1, \"mode\": \"max\", \"baseline\": 0.9,\n"
        "   \"restore_best_weights\": true, \"start_from_epoch\": 2},\n"
        "  {\"type\": \"MODELCHECKPOINT\", \"filepath\": \"ck/{epoch:02d}-{val_loss:.2f}.safetensors\",\n"
        "   \"monitor\": \"loss\", \"verbose\": 1, \"save_best_only\": true,\n"
        "   \"save_weights_only\": true, \"mode\": \"min\", \"save_freq\": \"epoch\",\n"
        "   \"initial_value_threshold\": 0.5},\n"
        "  {\"type\": \"ReduceLROnPlateau\", \"monitor\": \"accuracy\", \"factor\": 0.5,\n"
        "   \"patience\": 2, \"mode\": \"auto\", \"min_delta\": 0.001, \"cooldown\": 3,\n"
        "   \"min_lr\": 1e-5},\n"
        "  {\"type\": \"CSVLogger\", \"filename\": \"a.csv\", \"separator\": \";\", \"append\": true},\n"
        "  {\"type\": \"tensorboard\", \"log_dir\": \"logs/scalars\", \"update_freq\": \"batch\",\n"
        "   \"histogram_freq\": 0, \"write_graph\": true},\n"
        "  {\"type\": \"TensorBoard\", \"update_freq\": 50}\n"
        " ]}}\n";
    kiln_arena a = {0};
    kiln_model m;
    if (parse_good("cb.json", text, &a, &m)) goto out;
    CHECK(m.n_callbacks == 12, "n_callbacks %d", m.n_callbacks);
    if (m.n_callbacks != 12) goto out;
    const kiln_callback *c = m.callbacks;
    static const kiln_callback_type types[] = {
        CB_EARLY_STOPPING, CB_MODEL_CHECKPOINT, CB_REDUCE_LR_ON_PLATEAU, CB_TERMINATE_ON_NAN,
        CB_CSV_LOGGER,     CB_TENSORBOARD,      CB_EARLY_STOPPING,       CB_MODEL_CHECKPOINT,
        CB_REDUCE_LR_ON_PLATEAU, CB_CSV_LOGGER, CB_TENSORBOARD,          CB_TENSORBOARD};
    for (int i = 0; i < 12; i++) {
        char path[32];
        snprintf(path, sizeof path, "$.fit.callbacks[%d]", i);
        CHECK(c[i].type == types[i] && !strcmp(c[i].path, path) && !strcmp(c[i].file, "cb.json"),
              "callback %d: type %d at %s", i, c[i].type, c[i].path);
    }
    CHECK(c[0].line == 5 && c[0].col == 3, "callback 0 at %d:%d", c[0].line, c[0].col);
    /* Keras's defaults */
    CHECK(!strcmp(c[0].monitor, "val_loss") && c[0].min_delta == 0 && c[0].patience == 0 &&
              c[0].mode == CB_MODE_AUTO && !c[0].has_baseline && !c[0].restore_best_weights &&
              c[0].start_from_epoch == 0 && c[0].verbose == 0,
          "EarlyStopping defaults");
    CHECK(!strcmp(c[1].filepath, "m.safetensors") && !strcmp(c[1].monitor, "val_loss") &&
              !c[1].save_best_only && !c[1].save_weights_only && c[1].mode == CB_MODE_AUTO &&
              !c[1].has_baseline && c[1].verbose == 0,
          "ModelCheckpoint defaults");
    CHECK(!strcmp(c[2].monitor, "val_loss") && c[2].factor == 0.1 && c[2].patience == 10 &&
              c[2].mode == CB_MODE_AUTO && c[2].min_delta == 1e-4 && c[2].cooldown == 0 &&
              c[2].min_lr == 0 && c[2].verbose == 0,
          "ReduceLROnPlateau defaults: factor %g patience %d min_delta %g", c[2].factor,
          c[2].patience, c[2].min_delta);
    CHECK(!strcmp(c[4].filepath, "log.csv") && c[4].separator == ',' && !c[4].append,
          "CSVLogger defaults");
    CHECK(!strcmp(c[5].filepath, "logs") && c[5].update_freq == 0, "TensorBoard defaults");
    /* every argument */
    CHECK(!strcmp(c[6].monitor, "val_accuracy") && c[6].min_delta == 0.01 &&
              c[6].patience == 5 && c[6].verbose == 1 && c[6].mode == CB_MODE_MAX &&
              c[6].has_baseline && c[6].baseline == 0.9 && c[6].restore_best_weights &&
              c[6].start_from_epoch == 2,
          "EarlyStopping arguments (min_delta taken as |min_delta|: %g)", c[6].min_delta);
    CHECK(!strcmp(c[7].filepath, "ck/{epoch:02d}-{val_loss:.2f}.safetensors") &&
              !strcmp(c[7].monitor, "loss") && c[7].verbose == 1 && c[7].save_best_only &&
              c[7].save_weights_only && c[7].mode == CB_MODE_MIN && c[7].has_baseline &&
              c[7].baseline == 0.5,
          "ModelCheckpoint arguments");
    CHECK(!strcmp(c[8].monitor, "accuracy") && c[8].factor == 0.5 && c[8].patience == 2 &&
              c[8].min_delta == 0.001 && c[8].cooldown == 3 && c[8].min_lr == 1e-5,
          "ReduceLROnPlateau arguments");
    CHECK(!strcmp(c[9].filepath, "a.csv") && c[9].separator == ';' && c[9].append,
          "CSVLogger arguments");
    CHECK(!strcmp(c[10].filepath, "logs/scalars") && c[10].update_freq == 1 &&
              c[11].update_freq == 50,
          "TensorBoard update_freq \"batch\" = 1, N = N");
out:
    kiln_arena_free(&a);

    kiln_model m2;
    if (!parse_good("n.json", "{\"input\": {\"shape\": [4]}, \"layers\": [{\"type\": \"Dense\", "
                              "\"units\": 1}], \"loss\": \"mse\", \"fit\": {\"callbacks\": null}}",
                    &a, &m2))
        CHECK(m2.n_callbacks == 0 && m2.callbacks == NULL, "callbacks null: none");
    kiln_arena_free(&a);
}

/* kiln_parse_model_file on a real file, and on a missing one. */
static void test_files(void)
{
    const char *dir = test_tmpdir();
    char path[1024];
    snprintf(path, sizeof path, "%s/seed002.json", dir);
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL, "cannot write %s", path);
    if (!f) return;
    fputs(seed002, f);
    fclose(f);
    kiln_arena a = {0};
    kiln_model m;
    if (!parse_good(path, NULL, &a, &m))
        CHECK(m.n_layers == 9 && !strcmp(m.file, path), "file parse: %d layers", m.n_layers);
    remove(path);
    rmdir(dir);

    char *diags;
    int rc = parse_captured("tests/bad_models/no_such_model.json", NULL, &a, &m, &diags);
    CHECK(rc == -1 && !strcmp(diags, "tests/bad_models/no_such_model.json: cannot read the "
                                     "model file: No such file or directory\n"),
          "missing file: rc %d: %s", rc, diags);
    free(diags);

    kiln_arena_free(&a);
}

int main(void)
{
    if (chdir(test_src()) != 0) {
        perror(test_src());
        return 1;
    }
    test_bad_models();
    test_seed002();
    test_shorthands();
    test_mlp_sgd();
    test_callbacks();
    test_files();
    return test_finish();
}

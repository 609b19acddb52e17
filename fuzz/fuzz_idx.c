/* fuzz_idx.c — IDX images and labels, raw or gzip (runtime/data.c). */
#include "data.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("idx", "", data, size);
    kiln_dataset d;
    if (kiln_idx_read_images(path, &d) == 0) {
        FUZZ_ASSERT(d.n >= 0 && d.h >= 1 && d.w >= 1 && d.c == 1 && d.images);
        kiln_dataset_free(&d);
    }
    int32_t *labels;
    int64_t n;
    if (kiln_idx_read_labels(path, &labels, &n) == 0) {
        FUZZ_ASSERT(n >= 0 && labels);
        for (int64_t i = 0; i < n; i++) FUZZ_ASSERT(labels[i] >= 0 && labels[i] <= 255);
        free(labels);
    }
    kiln_diag_reset();
    return 0;
}

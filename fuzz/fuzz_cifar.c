/* fuzz_cifar.c — CIFAR-10 binary batches (runtime/data.c). */
#include "data.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("cifar", ".bin", data, size);
    const char *files[2] = {path, path};
    kiln_dataset d;
    if (kiln_cifar10_read(files, 1 + (size & 1), &d) == 0) {
        FUZZ_ASSERT(d.n >= 1 && d.h == 32 && d.w == 32 && d.c == 3);
        for (int64_t i = 0; i < d.n; i++) FUZZ_ASSERT(d.labels[i] >= 0 && d.labels[i] <= 9);
        kiln_dataset_free(&d);
    }
    kiln_diag_reset();
    return 0;
}

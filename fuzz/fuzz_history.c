/* fuzz_history.c — the history reader (runtime/history.c): what it accepts
 * has increasing epochs and a model name. */
#include "fuzz.h"
#include "train.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("history", ".json", data, size);
    kiln_history h;
    if (kiln_history_read(path, &h) == 0) {
        FUZZ_ASSERT(h.model && h.n >= 0 && h.n <= h.cap);
        for (int i = 1; i < h.n; i++) FUZZ_ASSERT(h.epochs[i].epoch > h.epochs[i - 1].epoch);
        kiln_history_free(&h);
    }
    kiln_diag_reset();
    return 0;
}

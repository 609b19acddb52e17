/* fuzz_safetensors.c — safetensors headers and data (runtime/formats.c): an
 * accepted file has contiguous, non-overlapping tensors covering its data. */
#include "formats.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("safetensors", ".safetensors", data, size);
    kiln_safetensors s;
    if (kiln_safetensors_read(path, &s) == 0) {
        for (int i = 0; i < s.n; i++) {
            FUZZ_ASSERT(s.t[i].name && s.t[i].name[0] && s.t[i].array.data);
            FUZZ_ASSERT(kiln_safetensors_find(&s, s.t[i].name) == &s.t[i]);
        }
        for (int i = 0; i < s.n_meta; i++) FUZZ_ASSERT(kiln_safetensors_meta(&s, s.meta[2 * i]));
        kiln_safetensors_free(&s);
    }
    kiln_diag_reset();
    return 0;
}

/* Cleans the file named by argv[1] as a text scrape with the C API and
 * prints the text, so the caller can compare it with the pith tool's. Exits
 * 1 on any failure; also checks the API's contracts on bad arguments. */
#include <pith/pith_c.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char* slurp(const char* path, size_t* length) {
    FILE* f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char* buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char* bigger = realloc(buf, cap *= 2);
            if (!bigger) { free(buf); buf = NULL; }
            else buf = bigger;
        }
    }
    fclose(f);
    *length = n;
    return buf;
}

int main(int argc, char** argv) {
    if (argc != 2) return 1;
    size_t length = 0;
    char* data = slurp(argv[1], &length);
    if (!data) return 1;

    pith_options opts;
    pith_options_init(&opts);
    opts.mode = PITH_MODE_TEXT;
    pith_result* r = pith_clean(data, length, &opts);
    free(data);
    if (!r || pith_result_status(r) != PITH_OK || !pith_result_ok(r)) {
        fprintf(stderr, "consumer_c: %s\n", r ? pith_result_message(r, NULL) : "no handle");
        return 1;
    }
    size_t text_length = 0;
    const char* text = pith_result_text(r, &text_length);
    if (strlen(text) != text_length || pith_result_mode(r) != PITH_MODE_TEXT) return 1;
    size_t kept = 0;
    for (size_t i = 0; i < pith_result_block_count(r); ++i) kept += (size_t)pith_result_block_kept(r, i);
    if (kept == 0 || kept == pith_result_block_count(r)) {
        fprintf(stderr, "consumer_c: expected some blocks kept and some dropped\n");
        return 1;
    }
    fwrite(text, 1, text_length, stdout);
    pith_result_free(r);

    /* Contracts: NULL data with a length is refused, NULL handles are safe. */
    pith_result* bad = pith_clean(NULL, 5, NULL);
    if (!bad || pith_result_status(bad) != PITH_INVALID_ARGUMENT) return 1;
    pith_result_free(bad);
    pith_result_free(NULL);
    if (pith_result_block_count(NULL) != 0 || strcmp(pith_result_text(NULL, NULL), "") != 0) return 1;
    return 0;
}

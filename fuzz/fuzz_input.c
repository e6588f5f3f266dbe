/* libFuzzer target: the front ends (src/input/), HTML pages and .docx
 * files, then the parse of what they read with every position resolved
 * through the origin map and every diagnostic printed with its snippet of
 * the page.
 *
 * The input's first byte picks the kind (0 auto, 1 html, 2 docx, 3 text;
 * others auto), so the mutator reaches every front end from any seed; the
 * seeds are the pages and the .docx template under tests/input/ with a
 * kind byte before them (make fuzz writes them).
 *
 * Build: make fuzz (with fuzz_parse), or cmake -DCMAKE_C_COMPILER=clang
 * -DXXGK_FUZZ=ON -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "input.h"
#include "parse_input.h"
#include "xxgk.h"

/* The harness's only state: a sink for output, opened once. */
static FILE *sink;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    sink = fopen("/dev/null", "w");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int kinds[] = {XXGK_INPUT_AUTO, XXGK_INPUT_HTML, XXGK_INPUT_DOCX, XXGK_INPUT_TEXT};
    int kind = data[0] < 4 ? kinds[data[0]] : XXGK_INPUT_AUTO;
    xxgk_input in;
    if (xxgk_input_read(&in, data + 1, size - 1, kind, -1)) {
        xxgk_doc *doc = xxgk_parse_input("fuzz", &in, NULL);
        if (doc) {
            size_t len;
            xxgk_doc_source(doc, &len);
            /* every offset of the text maps into the page and back to a
             * line and column */
            for (size_t off = 0; off <= len; off += 1 + len / 64)
                xxgk_doc_position(doc, (uint32_t)off);
            xxgk_print_diags(sink, doc, false);
            xxgk_export_jsonl(sink, doc);
            xxgk_doc_free(doc);
        }
    }
    xxgk_input_free(&in);
    return 0;
}

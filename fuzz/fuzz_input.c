/* libFuzzer target: the front ends (src/input/), HTML pages and .docx
 * files, then the parse of what they read with every position resolved
 * through the origin map and every diagnostic printed with its snippet of
 * the page.
 *
 * Each input is read as its content says (a zip with word/ reaches the
 * .docx front end, a compound file the .doc one, a page the HTML one),
 * and, when that is not HTML, once more forced as HTML, so the HTML front
 * end sees every mutation. Seeds: the pages, the .docx and the .doc files
 * under tests/input/.
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

/* Read as kind, parse, print, resolve positions, free. */
static void one(const uint8_t *data, size_t size, int kind)
{
    xxgk_input in;
    if (xxgk_input_read(&in, data, size, kind, -1, NULL)) {
        xxgk_doc *doc = xxgk_parse_input("fuzz", &in, NULL);
        if (doc) {
            size_t len;
            xxgk_doc_source(doc, &len);
            /* offsets of the text map into the page and to a line and
             * column */
            for (size_t off = 0; off <= len; off += 1 + len / 64)
                xxgk_doc_position(doc, (uint32_t)off);
            xxgk_print_diags(sink, doc, false);
            xxgk_export_jsonl(sink, doc, NULL);
            xxgk_doc_free(doc);
        }
    }
    xxgk_input_free(&in);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    one(data, size, XXGK_INPUT_AUTO);
    if (xxgk_input_detect(data, size) != XXGK_INPUT_HTML)
        one(data, size, XXGK_INPUT_HTML);
    return 0;
}

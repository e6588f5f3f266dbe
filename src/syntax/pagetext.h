/* Run-together page text: the breaks a crawler's text lost.
 *
 * A crawler saves a page body as a few long lines: headings, prose and
 * table cells follow each other with no line break. The pre-pass finds the
 * places where the grammar expects a new line (a section heading such as
 * 一、总体情况 in the middle of a line, a sub-heading （一） after a
 * sentence in a prose section) and gives them to the scanner as virtual
 * line breaks. Nothing is copied: spans stay byte offsets into the input. */
#ifndef XXGK_PAGETEXT_H
#define XXGK_PAGETEXT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"

/* A virtual line break at `at`; when entry >= 0 a section heading (the
 * label entry of its title) spans [at, end) and another break follows it;
 * when entry is PT_TITLE the report's title line spans [at, end) and the
 * heading 一 that follows it starts at end. */
enum { PT_LINE = -1, PT_TITLE = -2 };
typedef struct pt_break {
    uint32_t at, end;
    int entry;
} pt_break;

/* Lines shorter than this are ordinary lines, searched only when they start
 * with a section heading that has its text run on after its title (a page
 * flattened per block), and only in a document whose table rows show their
 * cells glued, none parted by a TAB (pagetext.c runon_evidence). */
enum { PT_MIN_LINE = 1024 };

/* Places in page text where a number's end is unproven: a missed
 * section's numbering glued to its last digit (…24252.3110823.收到和处理…,
 * pagetext.c missed_glued), in order. The number token over such a place
 * is a glued one (P046, no cell). */
typedef struct pt_ends {
    const uint32_t *at;
    size_t n;
} pt_ends;

/* The virtual breaks of the document, in order (allocated in its arena), or
 * 0 when it does not read as run-together page text: at least two section
 * headings must stand inline (or start a line with their text run on), in
 * increasing order. *UNPROVEN: the numbers' unproven ends found with them
 * (none when 0 is returned). */
size_t pagetext_breaks(xxgk_doc *doc, pt_break **out, pt_ends *unproven);

/* Section headings run onto the end of the line before them in a text
 * that is not page text (pagetext_breaks found none): the heading of the
 * section now due, its numeral, 、 and the template's full title ending a
 * line after a sentence end (。；) or a row's last number (…1534条。二、主动
 * 公开政府信息情况, …1414⇥6092五、存在的主要问题及改进情况). Each gets a
 * virtual break before it (its entry set) and a note (P049); 0 when none.
 * The breaks of such a text are only these: it is no page text. */
size_t runon_breaks(xxgk_doc *doc, pt_break **out);

/* The starts of the lines that hold a table glued as a crawler glues it
 * (two rows or more glued to their labels, 规章000行政规范性文件1970…, or
 * table 四's fifteen cells glued to its header) in a text that is not page
 * text: such a line and the rest of its table are read as page text
 * (tokens.c glued_line_mode), the other tables as typed. In order, in
 * the document's arena; 0 when none. One pass over the text. */
size_t pagetext_glued_lines(xxgk_doc *doc, uint32_t **out);

/* Is the digit run [k, d) of SRC (LEN bytes) one that may make its line a
 * glued table's (pagetext_glued_lines counts it)? The scanner asks it of
 * its number tokens: a text with none is not searched for glued lines. */
bool pagetext_run_glued(const uint8_t *src, uint32_t len, uint32_t k, uint32_t d);

/* Can a three-byte numeral 1 to 9 start with byte b? They are 一 … 九
 * and １ … ９, whose first byte is E4, E5 or EF (a unit test holds
 * numeral_digit to this): the heading search rejects most of a list's 、
 * without decoding what stands before it. */
static inline bool pt_numeral_lead(uint8_t b)
{
    return b == 0xE4 || b == 0xE5 || b == 0xEF;
}
/* Tests only (tests/unit/test_pagetext_seq3.c): next_seq3_any's pass over
 * [from, to) for the N (1…3) three-byte sequences SEQ (SEQ[0] 、, the
 * others numerals 一…六), byte by byte (avx2 false) or by AVX2 first (true,
 * where pt_seq3_avx2_supported); the start of the first found, *which it
 * is, else to (*which -1). SRC must be readable up to to + 32. */
bool pt_seq3_avx2_supported(void);
uint32_t pt_seq3_pass(const uint8_t *src, uint32_t from, uint32_t to, const uint8_t (*seq)[3], int n, int *which,
                      bool avx2);

#endif

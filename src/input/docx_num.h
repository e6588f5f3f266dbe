/* Word's automatic numbering (word/numbering.xml, the numbering a
 * paragraph style carries in word/styles.xml), rendered as Word shows it:
 * a heading whose 一、 is a list number, not text, reads 一、总体情况 as the
 * page does (docx_num.c). */
#ifndef XXGK_DOCX_NUM_H
#define XXGK_DOCX_NUM_H
#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct docx_numbering docx_numbering;

/* The numbering of a .docx from its parsed numbering.xml and styles.xml
 * (either may be NULL); NULL when there is none or memory ran out (no
 * paragraph is numbered then: the text is read as it is). */
docx_numbering *docx_numbering_new(const xmlNode *numbering_root, const xmlNode *styles_root);
void docx_numbering_free(docx_numbering *nb);

/* The number Word shows before paragraph p (its pPr), counted now: its
 * list's counter goes one on (and the levels below it start over). The
 * label goes into buf (lvlText with its %1..%9 rendered, then a space for
 * a tab or space suffix); *core (may be NULL) gets the length of the
 * label's own numeral for the level p is at (一 of 一、). Returns the
 * label's length, 0 when p is not numbered or its format is one xxgk
 * cannot render (bullets, unknown formats: the text is left as it is). */
size_t docx_number_paragraph(docx_numbering *nb, const xmlNode *p, char *buf, size_t cap,
                             const char **core, size_t *ncore);
#endif

/* A list item's number as Word (w:numFmt) and browsers (list-style-type)
 * show it (list_num.c). */
#ifndef XXGK_LIST_NUM_H
#define XXGK_LIST_NUM_H
#include <stdbool.h>
#include <stddef.h>

typedef enum num_fmt {
    FMT_UNKNOWN, /* bullet, none, or a format not rendered: the text as it is */
    FMT_DECIMAL,
    FMT_DECIMAL_ZERO,
    FMT_DECIMAL_FULL,
    FMT_CN_COUNT,      /* chineseCounting, cjk-ideographic, … : 一 … 十 十一 … 九十九 */
    FMT_CN_LEGAL,      /* chineseLegalSimplified: 壹 贰 叁 … 拾 */
    FMT_IDEO_DIGITAL,  /* ideographDigital, cjk-decimal: each digit, 一〇 for 10 */
    FMT_IDEO_TRAD,     /* ideographTraditional, cjk-heavenly-stem: 甲 乙 丙 … 癸 */
    FMT_IDEO_ZODIAC,   /* ideographZodiac, cjk-earthly-branch: 子 丑 寅 … 亥 */
    FMT_CIRCLE,        /* decimalEnclosedCircle(Chinese): ① … ⑳ */
    FMT_PAREN,         /* decimalEnclosedParen: ⑴ … ⒇ */
    FMT_FULLSTOP,      /* decimalEnclosedFullstop: ⒈ … ⒛ */
    FMT_LOWER_LETTER,
    FMT_UPPER_LETTER,
    FMT_LOWER_ROMAN,
    FMT_UPPER_ROMAN
} num_fmt;

/* The value v in format f into b (cap bytes, NUL-terminated); its length,
 * 0 when f cannot show v (the text is then left as it is). */
size_t list_num_render(char *b, size_t cap, int v, num_fmt f);

/* Is a numbered paragraph's text (len bytes) already printed with the
 * number Word puts before it (label, n bytes; its numeral core, ncore
 * bytes)? A heading typed 一、总体情况 whose paragraph is numbered 一、 too
 * reads once: the label, or its numeral and a 、 or a dot, after blanks.
 * The .docx and the .doc front ends ask it alike. */
bool list_num_typed(const char *text, size_t len, const char *label, size_t n, const char *core, size_t ncore);
#endif

/* A cut table's continuation caption (续表, 表3（续）, 续表三, 接上页):
 * the one reading shared by the input layer, which joins a cut HTML or
 * Word table's parts by it (grid.c), and the parser, which notes it as
 * layout inside a table (tokens.c), so that every form one accepts the
 * other accepts. */
#ifndef XXGK_CONT_CAPTION_H
#define XXGK_CONT_CAPTION_H
#include <stdbool.h>
#include <stddef.h>

enum { CONT_CAPTION_BYTES = 36 }; /* twelve CJK characters, blanks and brackets aside */

/* A table's number at s[*i] (3, 三, ３, 十二): 1..99, *i past it; 0 if
 * none (a year, 2020, is none). */
int caption_table_number(const char *s, size_t *i, size_t n);
/* A continuation caption at the head of s[0, n), a title after it past
 * a blank, a bracket or a colon (续表3：政府信息公开行政复议、行政诉讼情况,
 * 表3（续） 收到和处理…): the caption's number as cont_caption_number's,
 * *title the offset of the title's first byte (n when the line is the
 * caption alone); -1 when the line opens with no such caption. A total's
 * label after it (续表3 总计) is its title: cont_caption_title_total. */
int cont_caption_titled(const char *s, size_t n, size_t *title);
/* cont_caption_titled with the number's part (*part: 续表3-1, 表3-2（续）,
 * 续表三（1）: 1, 2, 1; 0 none): a part never names the table. */
int cont_caption_parts(const char *s, size_t n, size_t *title, int *part);
/* A part after a table's number at s[*i] (-1, －2, —1, .1, 之二: a mark,
 * then a number): its number, *i past it; 0 if none. */
int caption_part_number(const char *s, size_t *i, size_t n);
/* A numbered caption glued to its title (续表三收到和处理…, 续表3-2收到…,
 * the blank between them lost): its number, *part its part's (0 none),
 * *title the title's offset; -1 none (a total's label glued: 续表3总计). */
int cont_caption_glued(const char *s, size_t n, size_t *title, int *part);
/* Is a caption's title s[0, n) a total row's label (总计, 合计数, 總 計,
 * 小计（件）), naming no table? */
bool cont_caption_title_total(const char *s, size_t n);
/* Does s[0, n) open with a caption's first word (续, 續, 接 or 表, blanks
 * and brackets before it aside)? The test before a line is sought's end:
 * a few bytes, no caption without it. */
bool cont_caption_may_open(const char *s, size_t n);
/* Does a caption's title (a, na bytes) agree with a table's (b, nb: its
 * heading's or caption's words after the number): one holds the other,
 * blanks, punctuation and script aside? False when either is empty. */
bool caption_title_agrees(const char *a, size_t na, const char *b, size_t nb);
/* The table number a continuation caption s[0, n) names (表3（续）: 3),
 * 0 when it names none (续表, 接上页), -1 when s is no such caption. */
int cont_caption_number(const char *s, size_t n);
#endif

/* A growing UTF-8 text with the origin of each run of it: what the front
 * ends write the report's text into, cell by cell and line by line. */
#ifndef XXGK_TEXTBUF_H
#define XXGK_TEXTBUF_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"

typedef struct textbuf {
    char *s;
    size_t len, cap;
    xxgk_origin_run *runs;
    size_t nruns, capruns;
    bool failed;             /* memory ran out: the text is cut */
} textbuf;

/* n bytes that stand at src.. in the file, byte for byte */
void tb_put(textbuf *t, const char *s, size_t n, uint32_t src);
/* n bytes made by the front end or decoded (an entity, a TAB): all of
 * them point at src */
void tb_put_at(textbuf *t, const char *s, size_t n, uint32_t src);
/* append another buffer's text and runs */
void tb_append(textbuf *t, const textbuf *o);
/* append the bytes [from, to) of another buffer with their origins */
void tb_append_range(textbuf *t, const textbuf *o, size_t from, size_t to);
/* the last byte, 0 when empty */
int tb_last(const textbuf *t);
/* insert n bytes made by the front end (all pointing at src) at byte at
 * of the text */
void tb_insert_at(textbuf *t, size_t at, const char *s, size_t n, uint32_t src);
/* drop trailing blanks (spaces, TABs) */
void tb_trim_end(textbuf *t);
/* append block p (a paragraph of a table cell) to the cell's text t on a
 * line of its own: blanks at p's ends dropped, an empty p adds nothing
 * (the .docx and the .doc readers write a cell so; p is left trimmed) */
void tb_cell_block(textbuf *t, textbuf *p);
void tb_free(textbuf *t);
/* the length of the digit (0-9, full-width ０-９) at s[i], 0 if none */
size_t tb_digit_at(const char *s, size_t len, size_t i);
/* the length of the string of set (NULL-ended) at s[i], 0 if none */
size_t tb_one_of(const char *s, size_t len, size_t i, const char *const *set);
/* does t read as a number a cell holds (a sign, digits, commas, a point,
 * a short unit), not as a label (1.本机关…)? a text box's test */
bool tb_reads_as_number(const textbuf *t);
/* does a cell's text t read as a statistics cell's number: a number, or
 * digits and a unit in brackets (64（件）) or on its own line (64 then 件)? */
bool tb_reads_as_cell_number(const textbuf *t);
/* does t end in a digit (0-9 or a superscript one: 8¹)? */
bool tb_ends_in_digit(const textbuf *t);
/* is m a mark of 1 to 8 characters, no blank, no closing ₎ or ⁾? */
bool tb_short_mark(const textbuf *m);
/* is every byte of m an ASCII digit (83, 1)? */
bool tb_all_digits(const textbuf *m);
/* a raised (up) or lowered run's text m after t: a footnote mark (83¹,
 * 64⁽注1⁾, or text between spaces), as the Word readers write it; true
 * when m is raised digits right after a number's digit (64 then a raised
 * 1: 64¹), which the file cannot tell from the number's own last digits
 * set raised (L063, told at the cell by the reader) */
bool tb_put_mark(textbuf *t, const textbuf *m, bool up);
/* the last word of t (from its last blank, TAB or line end on, blanks at
 * its end left out) into q, cut to fit cap keeping its end: the number
 * and its mark a note quotes (64¹) */
void tb_last_word(const textbuf *t, char *q, size_t cap);
/* does a text box's text b read as a footnote mark (注1, ※, †, ②)? */
bool tb_reads_as_mark(const textbuf *b);
/* The frame test: a layout table is known by what it holds. A cell that
 * spans its row alone and holds the report's body (a section's heading,
 * 一、…, and a sentence, …。, among its lines) is a box of text, never a
 * statistics cell (its label or its number) nor a caption row (a heading
 * alone) nor a note row (a sentence alone); so are such rows holding two
 * headings and a sentence between them (the body a paragraph a row); a row of two cells one of
 * which reads as a number (tb_reads_as_cell_number: 12, 64（件）, 64 then
 * 件) is a statistics row, and so is any row of three or more cells, and
 * a table holding one is no frame (its body cell stays L037). A frame's
 * other rows (a signature: 某某办公室 | 2024年1月20日, a logo and a title)
 * are lines of the body with the rest. */
typedef struct tb_frame {
    bool body, stats, sentence;
    size_t headings;
} tb_frame;
/* does a cell's text open with a note's mark (注, 注：)? its lines are
 * no body's for the frame test */
bool tb_note_cell(const textbuf *t);
bool tb_heading_line(const char *s, size_t len);
bool tb_sentence_line(const char *s, size_t len);
void tb_frame_cell(tb_frame *f, size_t ncells, size_t headings, bool sentence, bool number);
bool tb_frame_is(const tb_frame *f);
#endif

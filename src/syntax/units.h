/* Units of money as a report prints them: beside a number (35.62万元,
 * 0.3562亿元, 356.2 千元), in a column header (本年收费金额（单位：元）) or on
 * a unit line of a table (单位：元). Read by the scanner (a number's unit)
 * and the builder (the header's and the unit line's). */
#ifndef XXGK_UNITS_H
#define XXGK_UNITS_H
#include <stddef.h>
#include <stdint.h>

#include "xxgk.h"

/* A unit word that names no exact power of ten of 元: "more than" (万余元,
 * 多万元) or another currency (美元, 港元). Only in tokens, never a cell's:
 * the builder gives its number no cell (P029). */
enum { UNIT_INEXACT = XXGK_UNIT__COUNT };
/* A number printed with a mark of approximation or of another quantity
 * (约1534, 1534余, 15%: the scanner's APRE, APOST). Only in tokens, never a
 * cell's: the builder gives the number no cell (P034). */
enum { UNIT_APPROX = XXGK_UNIT__COUNT + 1 };
/* A count's unit word (件 项 个) where a statement may name one
 * (unit_after_label, unit_statement_whole), or beside a number (40件,
 * 3 人次: the scanner's CNTW): no unit of money. Only in tokens and the
 * builder's reading of a statement, never a cell's (a count's cell has the
 * column's unit; under money the builder refuses it: count_unit_fits). */
enum { UNIT_COUNT = XXGK_UNIT__COUNT + 2 };
/* A number printed in brackets in a value's place ((12), （40）: the
 * scanner's bracketed_number): the negative of accounting, or a note's
 * number, no count as printed. Only in tokens, never a cell's: the builder
 * gives it no cell (P009 quoting it). */
enum { UNIT_BRACKETED = XXGK_UNIT__COUNT + 3 };
/* A unit statement's longest reach past the label it follows, in bytes
 * (（金额单位：人民币万元） is 36): a header's cell is read no further. */
enum { UNIT_STMT_MAX = 96 };

/* The unit word at [p, end): magnitude characters (十 百 千 万 亿, their
 * traditional and financial forms), spaces between them, and 元; or 万 or
 * 亿 alone. Returns the unit (enum xxgk_unit), UNIT_INEXACT, or
 * XXGK_UNIT_NONE when no unit word starts at p; *len is its length. */
int unit_word(const uint8_t *p, const uint8_t *end, size_t *len);

/* The end of the number that starts at s, before end: its sign, digits
 * (ASCII and full-width), point, separators and exponent. */
const uint8_t *number_text_end(const uint8_t *s, const uint8_t *end);

/* The unit printed after the number that starts at s and ends, with its
 * unit, at end (the scanner's NUMBER token): the number's characters,
 * spaces and an opening bracket skipped. */
int unit_after_number(const uint8_t *s, const uint8_t *end);

/* A unit statement in [p, end): （单位：元）, 单位：万元, 金额单位：元,
 * (元), （万元）. Returns the unit (or UNIT_INEXACT), XXGK_UNIT_NONE when
 * there is none; *word is the unit word's place, *stmt the statement's. */
int unit_statement(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen,
                   const uint8_t **stmt, size_t *slen);

/* A unit statement of counts, the whole of [p, end): [（][注：]单位[：]件[）]
 * (單位, 个 條 项 次 人次 份 …). What a table of requests and appeals counts
 * in: the table's own language, no text in it and no value. */
bool count_unit_line(const uint8_t *p, const uint8_t *end);

/* A bracketed unit statement right after a row label, at p (blanks
 * before it skipped by the caller, not a TAB: a unit in a cell of its own
 * is none): （件）, (万元), 【元】, （单位：件）. Returns the unit, UNIT_COUNT
 * for a count's, or UNIT_INEXACT; XXGK_UNIT_NONE when there is none or it
 * is not closed. *word is the unit word's place; *slen the length from p
 * to the closing bracket's end. */
int unit_after_label(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen, size_t *slen);

/* [p, end) is a unit statement and nothing else, spaces aside: 单位：件,
 * （单位：万元）, （件）. Returns the unit, UNIT_COUNT for a count's, or
 * UNIT_INEXACT; XXGK_UNIT_NONE when it is none. */
int unit_statement_whole(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen);
/* A unit after a slash at p, up to a blank or end: /元, ／万元, /件 (a
 * column header's unit: 本年收费金额/元). Returns the unit, UNIT_COUNT for
 * a count's, or UNIT_INEXACT; XXGK_UNIT_NONE when there is none. *word is
 * the unit word's place. */
int unit_after_slash(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen);

/* A group at p that names money in words no unit statement reads: an
 * opening bracket to its closing one, or a slash to a blank, holding 元,
 * 万 or 亿 (（元/年）, （万元，含税）, /百万). Its length, else 0. */
size_t unit_group_unread(const uint8_t *p, const uint8_t *end);

/* The one money unit a group found by unit_group_unread (p to end) names
 * among words of its own (（万元，下同）, （单位为元）, （以万元为单位）,
 * （按万元计）, （人民币：万元）, /万元（人民币）): the unit, *word its unit
 * word. UNIT_INEXACT when it is unclear: a rate (（元/年）, （万元/件）,
 * 每), two different units, a count's unit as a word of its own, 万余元. */
int unit_group_money(const uint8_t *p, const uint8_t *end, const uint8_t **word, size_t *wlen);
#endif

/* A browser's print of a report's web page: the furniture it adds to every
 * page (docs/grammar.md, "Page numbers"). chromium, Firefox and Edge print
 * the date and time of printing and the page's title at a page's top
 * (2024/1/31 下午3:07 <title>) and the page's address and its number at the
 * foot (https://…/t20230220_80629.htm 3/8). Text copied from such a PDF
 * keeps both lines wherever the page broke: between two rows, between a
 * row's label and its numbers, between two cells printed one a line. */
#ifndef XXGK_PRINT_FURNITURE_H
#define XXGK_PRINT_FURNITURE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum pf_kind { PF_NONE = 0, PF_FOOT = 1, PF_HEAD = 2 };

/* What the whole line [s, e) (no line break in it) is: a print's foot (a
 * web address, blanks, a page count n/m), a print's head (a date, a time,
 * then nothing or a page's title: pf_page_title), or neither. */
enum pf_kind pf_line(const uint8_t *s, const uint8_t *e);

/* A web address at p (https://, http://, www., file://), up to a blank;
 * its end, or NULL. */
const uint8_t *pf_web_address(const uint8_t *p, const uint8_t *e);

/* A print's date and time at p (blanks before them skipped): its end, a
 * blank or e after it; or NULL. */
const uint8_t *pf_date_time(const uint8_t *p, const uint8_t *e);

/* [p, e) reads as a page's title after a print's date and time, not as a
 * row's words and values. */
bool pf_page_title(const uint8_t *p, const uint8_t *e);

/* The scanning steps the furniture's readers share (build_pageno.c reads
 * a viewer's page numbers with them): a blank at p (space, TAB, U+3000,
 * NBSP; its length in *len); p past blanks; one to max ASCII digits and no
 * digit after them (their end, or NULL); the ASCII word w at p, its
 * letters in either case (its length in *len). */
bool pf_blank_at(const uint8_t *p, const uint8_t *e, size_t *len);
const uint8_t *pf_skip_blanks(const uint8_t *p, const uint8_t *e);
const uint8_t *pf_digits(const uint8_t *p, const uint8_t *e, int max);
bool pf_word_at(const uint8_t *p, const uint8_t *e, const char *w, size_t *len);

#endif

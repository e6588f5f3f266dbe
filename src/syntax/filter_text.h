/* Shapes of text the token filter (tokens.c) asks about: pure functions of
 * the source bytes, no parse state. */
#ifndef XXGK_FILTER_TEXT_H
#define XXGK_FILTER_TEXT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A heading's title: from after the marker to the first sentence break
 * (。；：) or E. Returns the title's end. */
uint32_t ft_title_end(const uint8_t *src, uint32_t s, uint32_t e);
/* Page text: the end of a title at its first blank (or E). */
uint32_t ft_blank_before(const uint8_t *src, uint32_t s, uint32_t e);
/* A short line without a sentence, a date, a time or a web address: it can
 * name the agency above a title. */
bool ft_agency_line(const uint8_t *src, uint32_t s, uint32_t e);
/* A page's chrome line over [S, E): FT_CHROME_WIDGET for a reading
 * widget or a crumb (【字体：大 中 小】, 打印 关闭 as buttons, 字號：,
 * 星期一, 您现在的位置：), FT_CHROME_DAY for a day's date alone or with
 * 星期X, a time or a field (2024年1月15日 星期一, 成文日期：2022年2月5日);
 * never a line where a period follows the date or a name precedes it
 * (青禾县教育局2023年1月1日—12月31日: a title's line). */
enum { FT_CHROME_NONE, FT_CHROME_WIDGET, FT_CHROME_DAY };
int ft_chrome_line(const uint8_t *src, uint32_t s, uint32_t e);
/* A date or time stamp opening [S, E) (2024/1/26 10:15, then a blank or a
 * TAB: a browser's print header before the title): where the text after it
 * starts, or S when there is none. */
uint32_t ft_stamp_end(const uint8_t *src, uint32_t s, uint32_t e);
/* A sign-off's date alone on [B, E): 2024年1月20日, 二〇二四年一月二十日,
 * 2024-01-20, 2024.1.20, 2024/01/20 (a day that exists), into ymd. */
bool ft_signoff_date(const uint8_t *src, uint32_t b, uint32_t e, int ymd[3]);
/* A blank a line may carry at either end at S[I]: space, tab, CR or
 * U+3000, its length in *LEN. */
bool ft_blank_at(const uint8_t *s, uint32_t i, uint32_t e, int *len);
/* E with the blanks before it (ft_blank_at) dropped, B at least. */
uint32_t ft_trim_end(const uint8_t *s, uint32_t b, uint32_t e);
/* B past the blanks after it (ft_blank_at), E at most: the first byte a
 * reader sees of an indented line (　　青禾县). */
uint32_t ft_trim_start(const uint8_t *s, uint32_t b, uint32_t e);
/* A sign-off's agency on [B, E): an agency's name (meta_name_kind), all
 * CJK, no blank inside, not a sponsor's line (…主办 …承办 …协办). */
bool ft_signoff_agency(const uint8_t *s, uint32_t b, uint32_t e);
/* AGENCY wrapped after its place: [b, be) a place alone on its line
 * (青禾县), [m, e) the next line's office words (教育局), no agency
 * alone, the two joined an agency's name (ft_signoff_agency). */
bool ft_signoff_agency_wrapped(const uint8_t *s, uint32_t b, uint32_t be, uint32_t m, uint32_t e);
/* A sign-off on one line [B, E): AGENCY, blanks, a date (ft_signoff_date)
 * as its last word: the agency's end in *AE, the date's start in *DS. */
bool ft_signoff_line(const uint8_t *s, uint32_t b, uint32_t e, uint32_t *ae, uint32_t *ds, int ymd[3]);
/* A sign-off's line of one part, [B, E), blanks at its ends dropped, as
 * the two-line sign-off reads its lines (ft_signoff_two_lines): a date
 * alone (ft_signoff_date, or with blanks around its numbers: 2024 年 1 月
 * 15 日), an agency's name alone (ft_signoff_agency, or letter-spaced,
 * a seal's note （公章） after it dropped). */
bool ft_signoff_date_alone(const uint8_t *s, uint32_t b, uint32_t e, int ymd[3]);
bool ft_signoff_agency_alone(const uint8_t *s, uint32_t b, uint32_t e);
/* A two-line sign-off from the line at B: the line an agency's name
 * (ft_signoff_agency; a seal's note after it, （印章） （公章）, dropped),
 * then, after one blank line at most, a line holding a date alone
 * (ft_signoff_date): the date line's end, before its line break, in *DE. */
bool ft_signoff_two_lines(const uint8_t *s, uint32_t b, uint32_t len, uint32_t *de);
/* Only dashes, slashes or 无: the usual print of "nothing" in a cell. */
bool ft_placeholder(const uint8_t *src, uint32_t s, uint32_t e);
/* The numeral 一 alone (blanks around it). */
bool ft_one_dash(const uint8_t *src, uint32_t s, uint32_t e);
/* ft_placeholder, or 一 alone: a mark already read as an empty cell. */
bool ft_cell_mark(const uint8_t *src, uint32_t s, uint32_t e);
/* Two or more words between blanks, each a piece of a table label. */
bool ft_header_words(const uint8_t *src, uint32_t s, uint32_t e);
/* The title of a section heading [S, E): after its numeral and separator,
 * without trailing blanks. */
void ft_section_title(const uint8_t *src, uint32_t s, uint32_t e, uint32_t *ts, uint32_t *te);
/* The numbering style of a section heading [S, E) (enum xxgk_numbering):
 * XXGK_NUM_CN_DUN for the template's 一、 and 第一部分, XXGK_NUM_PAREN_CN
 * for （一） (一), XXGK_NUM_ARABIC for 1、 1.; markup before it skipped. */
int ft_heading_numbering(const uint8_t *src, uint32_t s, uint32_t e);
/* "CN、" opening [S, E): the numeral's value 1..6 (一…六), else 0. */
int ft_dun_numeral(const uint8_t *src, uint32_t s, uint32_t e);
/* Is [S, E) four digits of a year (19xx, 20xx)? */
bool ft_year_digits(const uint8_t *src, uint32_t s, uint32_t e);
/* Is [S, E) the character 年? */
bool ft_is_nian(const uint8_t *src, uint32_t s, uint32_t e);
/* A sentence of prose that lost its closing 。 (an HTML paragraph, a
 * wrapped PDF line, a crawler's text), the line from S: a full-width clause
 * mark outside brackets (，；; not ：, which ends a table's prefix:
 * 其中：行政处罚 23), words after it, then a number standing alone among
 * words, no other number or signed number next to it, blanks aside
 * (…申请，全年共计收到申请1402件，办结共计12件; …收到申请 1402 件;
 * …收到申请1402 at the line end). A table row's numbers stand in a run
 * after its label (…不计其他情形） 3 29 5 …); its clause marks are inside
 * its label's brackets (（二）部分公开（区分处理的，只计这一情形，…）, the
 * 勾稽 note); a row printed 规章：17 has no words between the mark and its
 * number; a TAB or | on the line makes it a row's: none is read so. A
 * closing bracket that closes nothing on the line (a label wrapped from
 * the line above) takes back the marks before it. */
bool ft_sentence_number(const uint8_t *src, uint32_t s);

/* True when the line from SRC + S (its start) is a clause whose count
 * follows a colon only, no cell delimiter on it: it opens with an
 * ideograph, names a count verb before its first ： or : outside brackets
 * (收到 受理 办结 办理, 共计 共收到…, either script), and the colon is
 * followed by an integer and a unit 件 个 条 项 人次, then the line end or
 * ，；。 (全年共收到政府信息公开申请：1402件). A table's prefix or row has
 * no such verb or no unit (其中：行政处罚 23, 单位：件, 合计：12,
 * 行政许可：1364). */
bool ft_colon_count(const uint8_t *src, uint32_t s);
/* A table's caption, the line [S, E) (its end, no line break): 表 or 附表,
 * the table's number (digits or Chinese numerals, 表2-1 a part), a
 * separator (：、. or blanks), then title words with no number that
 * could be a value (a year before 年 is none) and no cell after a TAB or
 * |: 表2：收到和处理政府信息公开申请情况（单位：件）, 表1 主动公开…统计表,
 * 表3. The number may stand in brackets (表（1）, 表〔2〕, 附表(二)), the
 * whole name too (【表1】, 《表1》, （表1）, 〔附表一〕, 「表1」, ［表1］, 〈表1〉:
 * closed after the number by its pair, half- or full-width alike), and
 * the table's name in markdown's bold (**表1** 主动公开…, copied text).
 * The title's start, else 0. A data row never opens with 表. */
uint32_t ft_table_caption(const uint8_t *src, uint32_t s, uint32_t e);
/* May a caption (ft_table_caption) start with the byte B: 表's, 附's, the
 * bold's *, or the lead byte of an opening bracket it reads? */
bool ft_caption_lead(uint8_t b);
/* An HTML tag or entity left in a text at P, before END (<br>, </p><p>,
 * <span class="x">, &nbsp;, &#12288;; <sup>…</sup> whole): its length,
 * else 0 (filter_text.c). */
size_t ft_html_tag_at(const uint8_t *p, const uint8_t *end);
/* Markup a reader of the page does not see, left in a text at P, before
 * END: a tag, a comment whole (<!--青禾县…-->), a blank entity, its ;
 * missing (&#12288) or escaped again (&amp;nbsp;): its length, else 0
 * (&amp; and other entities are characters). A walk keeps *unclosed (NULL
 * at its start, or UNCLOSED NULL): where a comment found no close before
 * END, so none opened after it is searched again. */
size_t ft_unseen_markup_at(const uint8_t *p, const uint8_t *end, const uint8_t **unclosed);
#endif

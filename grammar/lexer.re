/* The xxgk scanner: UTF-8 text to raw tokens.
 *
 * Generated into generated/lexer.c by
 *   re2c -8 --input-encoding utf8 -i --no-generation-date --no-version \
 *        -I generated -o generated/lexer.c grammar/lexer.re
 *
 * Three scanners share the definitions below:
 *   - scan_bol_prose: the start of a line in prose (headings, sub-headings,
 *     title, date and note lines, page markers, markdown '#');
 *   - scan_bol_table: the start of a line inside a table section (section
 *     headings, page markers); everything else goes to scan_table;
 *   - scan_table: labels of the three tables (generated from
 *     grammar/labels.def), numbers, cell delimiters, and one code point at a
 *     time for anything else, so that a known label always wins over text.
 * The rest of a prose line is one RT_TEXT token.
 *
 * Tokens are byte ranges of the input; nothing is copied. Invalid UTF-8, NUL
 * bytes and control characters become diagnostics and are skipped. */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "label_hash.h"
#include "labels_spell.h"
#include "lex.h"
#include "decimal.h"
#include "doc.h"
#include "encoding.h"
#include "numerals.h"
#include "pagetext.h"
#include "print_furniture.h"
#include "script_fold.h"
#include "utf8.h"
#include "units.h"

static void note_word_fold(scanner *sc, const uint8_t *s, const uint8_t *e);
static void format_chars(scanner *sc, const uint8_t *s, const uint8_t *e);

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "sc->cur";
    re2c:define:YYLIMIT = "sc->lim";
    re2c:define:YYMARKER = "mark";
    re2c:define:YYCTXMARKER = "ctxmark";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;
    re2c:indent:string = "    ";

    SP    = [ \t\f\u3000\u00A0];
    /* between two characters of a label or a heading (labels.def's
       rules): blanks, line breaks, and an invisible format character
       (FMT below: a soft hyphen, a zero-width space … a reader sees the
       label; the token's characters are each an L034, label_fmt) */
    SPN   = [ \t\f\r\n\u3000\u00A0\u200B-\u200D\u2060\uFEFF\u00AD];
    SPT   = [ \f\u3000\u00A0]; /* space between cells: every TAB is a delimiter */
    EOL   = "\r\n" | "\n"; /* a lone CR is an LF by now (doc.c, doc_build_lines) */
    /* a line end of Unicode's (U+2028, U+2029) or of ISO 6429 (NEL): the
       text is read again with each written as an LF (doc.c,
       doc_line_seps_to_lf); the scanner only tells it met one */
    LSEP  = [\u2028\u2029\u0085];
    /* a box-drawing corner or junction (┌ ┐ └ ┘ ├ ┤ ┬ ┴ ┼, their heavy,
       double and rounded forms): what makes a line of box characters a
       rule line; the pure horizontals and verticals (─ ━ ═ │ ┃ ║ and the
       dashed ones) are left out, since a lone ─ can be a cell's dash */
    BOXJOIN = [\u250C-\u254B\u2552-\u2570];
    CN    = [一二三四五六七八九十];
    CNY   = [〇○零一二三四五六七八九];
    DIG   = [0-9\uFF10-\uFF19];
    DASH  = [\-\u2014\u2013\uFF0D\u2012];
    LP    = [（(];
    RP    = [）)];
    DUN   = [、.．];
    CTRL  = [\x01-\x08\x0B\x0E-\x1F\x7F]; /* \f is a page break of PDF text: space */
    /* A section heading: its numeral, then its title (labels.def) alone on
       the line. The template numbers sections 一、 (or 第一部分); reports
       also print （一） (一) 1、 1. there, which the filter takes as the
       section only in the heading's due place (tokens.c, on_section).
       Markup around the heading is layout: **…** and __…__ (markdown bold
       from HTML converters), 【…】 〖…〗 […]. */
    MKO   = "**" | "__" | [【〖\[];
    MKC   = "**" | "__" | [】〗\]];
    sec_num  = CN SP* DUN | "第" SP* CN SP* "部分" SP* [、：:]? | LP SP* CN SP* RP
             | DIG{1,2} SP* [、.．] | CN SP+; /* 一 总体情况: the 、 lost (tokens.c: its due place only) */
    /* blanks, or an invisible format character (SPN's), between the
       number and the title and after the title */
    SPF   = [ \t\f\u3000\u00A0\u200B-\u200D\u2060\uFEFF\u00AD];
    sec_lead = (MKO SP*)? sec_num SPF*;
    sec_tail = SPF* [：:。.]? SPF* (MKC SP*)?;
    /* a minus sign: the hyphen-minus, its full-width form, and the dashes
       a word processor prints in its place (– — ― ‒ −: dec_minus_len) */
    MINUS = [\-\uFF0D\u2012-\u2015\u2212];
    /* a plus sign right before digits is the number's own sign (+172 of
       本年增/减 is 172, as -35 is -35): never a mark of the number before */
    PLUS  = [+\uFF0B];
    /* the word of the 2019 form's 本年增/减 column printed as the sign of
       its number (增2 is +2, 减2 is -2, as +2 and -2): at a cell's start
       only (change_word_number) */
    CHGW  = "增" | "减" | "減" | "增加" | "减少" | "減少";
    UNUM  = (DIG+ | DIG{1,3} ([,，] DIG{3})+) ([.．] DIG+)?;
    NUMBER = (MINUS | PLUS)? (DIG+ | DIG{1,3} ([,，] DIG{3})+) ([.．] DIG+)? ([eE] [+\-]? DIG+)?;
    /* a mark of approximation or of another quantity than a count, right
       before or after a number (约1534, 近1534, 超过1534, 1534余, 1534多,
       1534+, 1534以上, 1534左右, 15%, 3‰): the number is no exact count.
       Only blanks inside a cell stand between the number and the mark
       (SPT: a TAB ends the cell), and a + with a digit after it is the
       next number's sign (PLUS), no mark: 402	+172 is two cells */
    APRE  = "约" | "約" | "大约" | "大約" | "近" | "将近" | "將近" | "逾" | "超过" | "超過" | "不足" | "不到";
    APOST = [余餘多%％‰] | "以上" | "左右" | "上下";
    /* An invisible format character (Unicode Cf: zero-width space, non-
       joiner, joiner, word joiner, a BOM inside the text, soft hyphen):
       an editor's or a CMS's, never the report's. Skipped with L034, and
       inside a number's digits read through (94<ZWSP>19 is 9419): NUMF is
       NUMBER with such characters between its digits, a longer match than
       NUMBER only when it holds one. */
    FMT   = [\u200B-\u200D\u2060\uFEFF\u00AD];
    DIGF  = DIG+ (FMT+ DIG+)*;
    /* and around its exponent's letter (1.0074845<ZWSP>E7: Excel's
       notation; read as 1.0074845 and a row E, the amount was wrong) */
    NUMF  = (MINUS | PLUS)? DIGF ([.．] DIGF)? (FMT* [eE] FMT* [+\-]? DIGF)?;
    /* the blanks between a number and its unit word, or a format
       character (12<ZWSP>元: the unit is the number's, as in 12元; read
       past, the cell took the column's 万元, a wrong amount) */
    SPZ   = SP | FMT;
    /* A letter glued to a number's digits (11O, 9o19, 3O5.62, 1l026): a
       Latin letter in either width, or a character drawn like 0 or 1
       (〇 ○ 丨). OCR and retyping make these of 0 and 1; what the digits
       were cannot be known, so the whole run is one token (P046). */
    GLUE  = [A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A\u3007\u25CB\u4E28];
    /* so is a mark no report puts between digits, with a digit after it:
       an apostrophe (11'833: a foreign thousands mark, or a misread 1) or
       a middle dot (35·62: a decimal point, or not), or asterisks (4*6,
       4**6: a product, a mark or a broken bold, never one number); and
       any of these or a footnote mark before a decimal point and a digit
       (1357※.52, 1268·.5, 1268*.5, 12¹.5): a mark ends a number, so the
       fraction cannot be told its number's (skipping the mark read
       1357※.52 as 1357 and 52, silently). A footnote mark with a digit
       right after it is no glue: the digit is the next row's item number
       in run-on page text (0※2.其他…) or the next cell whose blank was
       lost (86※12): the mark is then text (P019/P009) as it always was.
       So is an ideographic full stop between digits (12。5, 1268。5, ｡ its
       half-width form): a Chinese input method types 。 for the decimal
       point, and no cell ends a sentence; read as the end of a number it
       had put 12 in the cell and made 。5 an unknown row (P008) that did
       not flag the 12, a silent wrong amount. It cannot be known which the
       report meant, 12.5 or 12 and 5: one token, P046, no cell.
       A semicolon (12；5, 12;5) is the same: a clause mark no cell holds
       between two digits. So is either mark with an invisible format
       character beside it (12<ZWSP>。5: the editor's, FMT) or with one
       blank after it (12。 5: the input method's space after a stop)
       or one blank before it (12 ；5: the same slip on the mark's other
       side; a blank on one side only, so it could be one number);
       two blanks or a TAB after the mark set the next cell apart (27。
       then TAB then 1268.5 stays 27, the 。 text: P009), and so does a
       line break. Prose is untouched: 共办结12。 2023年起 is a sentence's
       text either way (the paragraph keeps it). STOPSEP's look is one
       blank and the format characters beside it: no rescan. */
    MARKIN  = [\u00B9\u00B2\u00B3\u2070\u2074-\u2079\u2460-\u2473\u203B\u2020\u2021];
    STOPSEP = FMT* [\u3002\uFF61\uFF1B;] FMT* ([ \u3000\u00A0] FMT*)?
            | FMT* [ \u3000\u00A0] FMT* [\u3002\uFF61\uFF1B;] FMT*;
    GLUESEP = (['\u2019\uFF07\u00B7] | [*\uFF0A]+ | STOPSEP) DIG
            | (['\u2019\uFF07\u00B7] | [*\uFF0A]+ | MARKIN+) [.\uFF0E] DIG;
    /* A footnote mark right after a number's last digit (12¹, 12①, 12※,
       12*): superscript digits, a circled number, a reference mark, an
       asterisk (one: ** is markdown's bold). Not the number's: skipped
       with P036 (note_mark), so that the number keeps its cell and the
       row its later numbers. */
    /* a raised or lowered run: superscript digits, or a mark of a few
       characters between raised or lowered brackets, as the Word readers
       write one (textbuf.c tb_put_mark: ⁽注2⁾, ₍a₎); runs one after
       another are one mark (64¹₍2₎: a raised 1, a lowered 2) */
    RUNMARK  = [\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+
             | "\u207D" [^\u207E\u208E\r\n\t]{1,8} "\u207E" | "\u208D" [^\u207E\u208E\r\n\t]{1,8} "\u208E";
    NOTEMARK = RUNMARK+ | [\u2460-\u2473] | [\u203B\u2020\u2021\uFF0A] | "*";
    /* a footnote mark between a number and the unit printed beside it
       (240② 万元, 125000[1] 元, 3（注）万元): NOTEMARK, or one in brackets
       as tokens.c bracketed_mark_end reads it (round brackets hold no
       plain digit: (3) is a row's number) */
    BMC      = [\u00B9\u00B2\u00B3\u2070\u2074-\u2079\u2460-\u2473\u203B\u2020\u2021*\uFF0A注];
    UNITMARK = NOTEMARK | LP BMC{1,4} RP | [[\uFF3B] (BMC | [0-9]){1,4} [\]\uFF3D];
    /* and a footnote mark after a decimal fraction's digit with a digit
       after it (3.6※2): the fraction's digits go on past the mark, never a
       next row's item number nor a next cell (those follow integers) */
    NUMDEC   = (MINUS | PLUS)? (DIG+ | DIG{1,3} ([,，] DIG{3})+) [.．] DIG+;
    /* and a decimal point with a letter after it (1268.S, 24252．O, 3.l:
       OCR's 5, 0 or 1 after the point): read as the end of a number it
       put 1268 in the cell and left .S a stray (P019), a silent wrong
       amount; the fraction it lost cannot be known (P046, no cell) */
    NUMGLUED = (NUMBER (GLUE | GLUESEP | [.．] GLUE) | NUMDEC MARKIN+ DIG) (GLUE | DIG | [.．,，] DIG | GLUESEP)*;
    /* A stray character between a number's digits that is none of the
       above, nor a digit, a blank, a cell's separator (| , 、 / : ? ( )
       and the dashes), a sign, a unit, a CJK ideograph (a glued word:
       tokens.c glued_word_value), a bracket (3[1]: a footnote mark) nor a
       footnote mark (86※12: the next cell): a symbol (# @ ~ ★ ●), the
       replacement character a broken decoding leaves (1<U+FFFD>4), a
       private-use character, a letter of another script. Read as the end
       of the number it had put 1 in the cell unflagged and made #4 an
       unknown row (P008): the digits it split cannot be known, so the run
       is one token (P046, no cell), as 1a4 is. Only where the run ends a
       cell (a blank, a TAB, a bar, a line's end) or a CJK word follows it
       (page text's next label), never before an item's point (0•2.其他…:
       the next row's number, as after a footnote mark). */
    STRAY = [!#$&<=>@\\^_`{}~\uFF01-\uFF04\uFF06\uFF1C-\uFF1E\uFF20\uFF3C\uFF3E-\uFF40\uFF5B\uFF5D\uFF5E\uFFFD\uE000-\uF8FF]
          | [\u00A1-\u00A9\u00AB\u00AC\u00AE-\u00B1\u00B4-\u00B6\u00B8\u00BA-\u024F]
          | [\u0370-\u052F\u0590-\u06FF\u0E00-\u0E7F\u1100-\u11FF\u3040-\u30FB\u3130-\u318F\uAC00-\uD7AF]
          | [\u2016-\u2018\u201A-\u201F\u2022-\u2027\u2031-\u203A\u203C-\u205E\u20A0-\u20CF\u2100-\u245F\u2474-\u24FF\u2580-\u27BF];
    /* letters after the run's last digit are the run's too (1#4a: main
       had read 1 and left #4a text, P019) */
    NUMSTRAY = NUMBER (STRAY+ DIGF)+ ([.．] DIG+)? GLUE*;
    /* and a run of more than four such groups (1#1#1#1#1#1.) whatever
       follows it: no report prints one (two at most in the corpus), and
       without it a long run that fails NUMSTRAY's look after it was
       scanned again from each of its numbers, a cost quadratic in the
       run (20,000 1# took a second). One token (P046, no cell); four
       groups or fewer before a mark that is no cell's end (0#1#2.其他…)
       are read as before, and no scan from their numbers goes past a
       fifth group */
    NUMSTRAYRUN = NUMBER (STRAY+ DIGF){5} (STRAY+ DIGF)* ([.．] DIG+)? GLUE*;
    /* An opening bracket between digits, never closed before the run
       ends its cell (1[4, 1【4, 1〔4, 1《4): no footnote mark in brackets
       (3[1] closes its bracket), a stray as the symbols are; read as the
       end of the number it had put 1 in the cell unflagged and made [4 an
       unknown row (P008). A closing one (1]4, 1】4) may end a bracketed
       mark (6[1]2: the next cell after it), so the scanner leaves it to
       the builder, which knows the row's columns (build_row.c
       mark_inside_number). */
    BROPEN   = [\[\uFF3B\u3008\u300A\u300E\u3010\u3014\u3016];
    NUMBRSTRAY = NUMBER BROPEN DIGF ([.．] DIG+)? GLUE*;
    STRAYEND = [ \t\f\u3000\u00A0|\uFF5C\r\n\x00] | [\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF];
    /* A stray, or a ? (the mark an encoder leaves for a character it
       could not write: 40? was 40 and a lost character, a digit as like as
       not), after a number's last digit at a cell's end (40#⇥, 40?⇥, 40★
       on its line): the same damage as a stray between digits, one token
       (P046, no cell). Read as 40, the ? had been dropped unflagged and a
       stray had ended the row (P009, P013: every value after it lost). */
    NUMSTRAYTAIL = NUMBER ((STRAY \ [_]) | [?\uFF1F])+;
    /* its end: a cell's own, never a word (3●规范性文件: a bullet before
       the next row's label) nor a markdown bold (87__, _ is no stray) */
    TAILEND  = [ \t\f\u3000\u00A0|\uFF5C\r\n\x00];
    /* A number's brackets where a value is due: the opening ones of
       footnote marks and headings (BROPEN) and their closing ones, and
       round ones; (12), [40], (40 and 40) are one damaged cell each
       (bracketed_number) */
    BRCLOSE  = [\]\uFF3D\u3009\u300B\u300F\u3011\u3015\u3017];
    CELLEND  = SPT | "\t" | [|｜│┃║] | EOL;
    /* An item's serial (1 to 99) and its point with OCR junk after it,
       before a word (2.Q其他法律…, 2.QA 其他…): when it starts a cell
       (item_serial_at) the serial is the item's mark and the rest an
       unknown label (P008), never a value glued to a letter that joins
       the row above and empties its cells (P006). A number glued to the
       text before it (page text run together: …信息0000000.S（六）,
       …数量74.S二、) is a value: P046 as above. */
    PTITEM   = [1-9\uFF11-\uFF19] DIG? [.．] GLUE+;
    UNIT  = "万元" | "萬元" | "元";
    PG    = [页頁];
    /* a page number alone on its line (PDF text): - 3 -, 第3页, 第3页 共12页, 3/12 */
    PAGENO = DASH SP* DIG+ SP* DASH
           | "第" SP* DIG+ SP* PG (SP* [,，/／]? SP* "共" SP* DIG+ SP* PG)?
           | DIG+ SP* [/／] SP* DIG+;
    WAN   = [万萬];
    YUAN  = "元";
    /* a unit word beside a number (units.c: unit_word): magnitudes, "more
       than" and other currencies' first characters, then 元; or a big
       magnitude alone (万, 百万, 亿), maybe with "more than" */
    UMAG  = [十拾百佰千仟];
    UBIG  = [万萬亿億];
    UCH   = [十拾百佰千仟万萬亿億余餘多美欧歐港日英韩韓澳];
    UNITW = (UCH SP*)* YUAN | (UMAG SP*)? UBIG (SP* [余餘多])? | [余餘多] SP* UBIG;
    /* a count's unit word beside a number (40件, 40 人次, 3个, 2293份,
       5宗, 3起, 2篇, 4笔, 1例, 6户, 2单, 12项次): what a table of counts
       counts in, never a value or text (units.h: UNIT_COUNT), in either
       script; the two-character words before 次 alone, the longest match */
    CNTW  = "件次" | "人次" | "项次" | "項次" | "条次" | "條次" | "批次"
          | [件个個项項条條次份宗起篇笔筆例户戶单單];
    /* a CJK ideograph: after a count's unit word it makes the unit part
       of a longer word (89个工作日, 89条建议, 1次开庭, 412件次审批) */
    HAN   = [\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF];
*/

/* The line from p: its end (before the line break), the first CR or LF
 * at or after p. Taken from the document's line index, which has found
 * every line start already (xxgk_doc_line: a CR inside a line is always
 * the CR of a CR LF), not searched again: sc->li follows the lines forward
 * as the scanner does. p on the LF of a CR LF ends its own empty line; p at
 * lim (past the line break parse.c appends) ends at lim. Remembered for the
 * line: page text (pagetext.h) starts many virtual lines on one physical
 * line, and each asks for its end. */
static const uint8_t *line_end_lookup(scanner *sc, const uint8_t *p);

static inline const uint8_t *line_end(scanner *sc, const uint8_t *p)
{
    const doc_lines *d = &sc->doc->lines;
    uint32_t off = (uint32_t)(p - sc->base), end;
    /* the common case, inline: p starts the line after the cursor's */
    if (d->starts && sc->li + 2 < d->n && d->starts[sc->li + 1] == off) {
        sc->li++;
        end = d->starts[sc->li + 1] - 1;
        if (d->has_cr && d->src[end] == '\n' && end > off && d->src[end - 1] == '\r')
            end--;
        sc->eol_from = p;
        sc->eol = sc->base + end;
        return sc->eol;
    }
    return line_end_lookup(sc, p);
}

/* line_end past its common case: the remembered line, the cursor moved
 * on, or a line behind it. */
__attribute__((noinline)) static const uint8_t *line_end_lookup(scanner *sc, const uint8_t *p)
{
    const doc_lines *d = &sc->doc->lines;
    uint32_t off = (uint32_t)(p - sc->base), end;
    if (sc->eol && p >= sc->eol_from && p <= sc->eol)
        return sc->eol;
    if (d->starts && sc->li < d->n && d->starts[sc->li] <= off) {
        while (sc->li + 1 < d->n && d->starts[sc->li + 1] <= off)
            sc->li++;
        end = sc->li + 1 < d->n ? d->starts[sc->li + 1] - 1 : d->len;
        if (end < d->len && d->src[end] == '\n' && end > d->starts[sc->li] && d->src[end - 1] == '\r')
            end--;
    } else {
        end = xxgk_doc_line(sc->doc, off).end; /* a line behind the cursor */
    }
    const uint8_t *e = sc->base + (end > off ? end : off);
    sc->eol_from = p;
    sc->eol = e;
    return e;
}

/* |---|:--:| alone on the line from p (ASCII dashes, colons, pipes,
 * spaces), up to its first CR or LF: read to the first byte that is none
 * of those, which must be the line's break (the text ends in one, parse.c
 * appends it; past it comes the NUL, which ends the line's read too). */
static bool md_separator(const uint8_t *p)
{
    bool dash = false, pipe = false;
    for (;; p++) {
        if (*p == '-')
            dash = true;
        else if (*p == '|')
            pipe = true;
        else if (*p != ' ' && *p != '\t' && *p != ':')
            return dash && pipe && (*p == '\r' || *p == '\n');
    }
}

/* A cell of a pipe row that is a number, a dash or nothing but blanks and
 * digits: a value, not a header word. */
static bool value_cell(const uint8_t *p, const uint8_t *e)
{
    for (; p < e; p++)
        if (*p >= 0x80 || !(*p == ' ' || *p == '\t' || *p == '.' || *p == ',' || *p == '-' ||
                             (*p >= '0' && *p <= '9')))
            return false;
    return true;
}

/* markdown row → header row: it starts with |, none of its cells holds a
 * value or a money unit alone, one holds a word, and a separator row follows. PDF-to-markdown
 * tools repeat such rows (| 项目 | 列1 | … | 总计 |) inside a table.
 * The separator first: every row of a pipe table starts with |, and the
 * line after most is no separator, known from its first bytes. The row is
 * the current line (sc->line_eol: found at its start). */
static bool md_header_row(scanner *sc)
{
    const uint8_t *p = sc->cur;
    while (p < sc->lim && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= sc->lim || *p != '|')
        return false;
    const uint8_t *e = sc->line_eol;
    const uint8_t *n = e;
    if (n < sc->lim && *n == '\r')
        n++;
    if (n < sc->lim && *n == '\n')
        n++;
    if (!md_separator(n))
        return false;
    bool word = false, units_only = true;
    for (const uint8_t *c = p + 1; c < e;) {
        const uint8_t *d = c;
        while (d < e && *d != '|')
            d++;
        bool blank = true;
        for (const uint8_t *q = c; q < d; q++)
            blank = blank && (*q == ' ' || *q == '\t');
        if (!blank && value_cell(c, d))
            return false;
        /* a cell that is a money unit alone (|  | （元） |: a header wrapped
         * onto a second row before the separator) states the unit of the
         * column above it: a line of the table, read as a unit line */
        const uint8_t *uw;
        size_t ul;
        int u = blank ? XXGK_UNIT_NONE : unit_statement_whole(c, d, &uw, &ul);
        if (u != XXGK_UNIT_NONE && u != UNIT_COUNT)
            return false;
        units_only = units_only && (blank || u == UNIT_COUNT);
        word = word || !blank;
        c = d + 1;
    }
    /* a row of count units alone (|  | （件） |) is a line of units too,
     * each read under its column: never layout that hides a count's
     * unit over the fee column */
    return word && !units_only;
}

/* A cell delimiter between sc->cur and eol, the end of its
 * line. The last one of the line is remembered: later virtual lines of the
 * same physical line (page text) are answered without a walk. */
static bool last_delimiter_from(scanner *sc, const uint8_t *eol)
{
    if (sc->delim_eol != eol || sc->delim_from > sc->cur) {
        const uint8_t *last = NULL;
        for (const uint8_t *p = eol; p > sc->cur && !last;) {
            p--;
            if (*p == '\t' || *p == '|' || (p + 2 < eol && utf8_wide_bar(p)))
                last = p; /* | or ｜ */
        }
        sc->delim_eol = eol;
        sc->delim_from = sc->cur;
        sc->last_delim = last;
    }
    return sc->last_delim && sc->last_delim >= sc->cur;
}

/* The report's title again inside a table (a running page header of PDF
 * text): a line ending in 年度报告 with no cell delimiter. Checked here in C:
 * as a DFA rule ("any text, then 年度报告") it more than doubled lexer.c. */
static bool title_again(scanner *sc)
{
    const uint8_t *eol = sc->line_eol, *e = eol;
    /* most lines end in none of 告 (E5 91 8A), a space or U+3000 (E3 80 80) */
    if (e == sc->cur || (e[-1] != 0x8A && e[-1] != ' ' && e[-1] != 0x80))
        return false;
    while (e > sc->cur && (e[-1] == ' ' || (e - sc->cur >= 3 && e[-3] == 0xE3 && e[-2] == 0x80 && e[-1] == 0x80)))
        e -= e[-1] == ' ' ? 1 : 3;
    static const char *const ends[] = {"年度报告", "年度報告"};
    bool ends_title = false;
    for (int i = 0; i < 2; i++) {
        size_t n = strlen(ends[i]);
        if ((size_t)(e - sc->cur) >= n && memcmp(e - n, ends[i], n) == 0)
            ends_title = true;
    }
    if (!ends_title)
        return false;
    return !last_delimiter_from(sc, eol);
}

/* A line of a table section that reads as prose: a sentence end and no
 * cell delimiter (TAB or |), up to the line end or the next virtual break.
 * A row's line ends in its cells (行政许可<TAB>3<TAB>0): a TAB or a | right
 * before its last digits and spaces is a delimiter in the line, which is
 * then no prose, known from its end without a search. Else the 。 first
 * (memchr for its lead byte): most table lines have none. */
static bool line_is_prose(const scanner *sc)
{
    const uint8_t *e = sc->ibrk < sc->nbrk ? sc->base + sc->brk[sc->ibrk].at : sc->lim;
    if (e > sc->line_eol)
        e = sc->line_eol;
    if (e <= sc->cur)
        return false;
    const uint8_t *b = e;
    while (b > sc->cur && ((b[-1] >= '0' && b[-1] <= '9') || b[-1] == ' '))
        b--;
    if (b > sc->cur && (b[-1] == '\t' || b[-1] == '|'))
        return false;
    bool sentence = false;
    for (const uint8_t *p = sc->cur; !sentence && (p = memchr(p, 0xE3, (size_t)(e - p))); p++)
        sentence = p + 2 < sc->lim && p[1] == 0x80 && p[2] == 0x82; /* 。 */
    size_t n = (size_t)(e - sc->cur);
    return sentence && !memchr(sc->cur, '\t', n) && !memchr(sc->cur, '|', n);
}

enum { KEPT_END = 0x110000 }; /* past every code point */

/* The next code point from *p that label_fold keeps (it drops blanks,
 * CR, LF, ? and ？, | and bytes that are not UTF-8), or KEPT_END at e. */
static inline uint32_t next_kept(const uint8_t **p, const uint8_t *e)
{
    while (*p < e) {
        const uint8_t *q = *p;
        if (q[0] - 0xE4u < 6u && e - q >= 3 && ((q[1] | q[2] << 8) & 0xC0C0) == 0x8080) {
            /* an ideograph U+4000..U+9FFF: kept (most lines open with one) */
            *p = q + 3;
            return (uint32_t)(q[0] & 0x0F) << 12 | (uint32_t)(q[1] & 0x3F) << 6 | (q[2] & 0x3Fu);
        }
        uint32_t cp;
        int l = utf8_decode(*p, (size_t)(e - *p), &cp);
        *p += l ? l : 1;
        if (l && cp != ' ' && cp != '\t' && cp != '\r' && cp != '\n' && cp != 0x3000 && cp != '?' &&
            cp != 0xFF1F && cp != '|')
            return cp;
    }
    return KEPT_END;
}

/* 一…十: the numerals of a heading */
static bool cn_numeral(uint32_t cp)
{
    switch (cp) {
    case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94:
    case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341:
        return true;
    default:
        return false;
    }
}

/* Can the line [s, e) fold to a heading's start, [第] 一…十 and . or 部分?
 * Read on the source, not the fold: only 、 and ． fold to '.', and no
 * other character to a numeral, 第, 部 or 分 (label_fold_cp, checked over
 * every code point). Most table lines that start with a numeral are rows
 * (第二十条第（五）项) and need no fold. */
static bool may_start_heading(const uint8_t *s, const uint8_t *e)
{
    uint32_t cp = next_kept(&s, e);
    if (cp == 0x7B2C) /* 第 */
        cp = next_kept(&s, e);
    int numerals = 0;
    for (; cn_numeral(cp); numerals++)
        cp = next_kept(&s, e);
    if (!numerals)
        return false;
    if (cp == '.' || cp == 0x3001 || cp == 0xFF0E)
        return true;
    return cp == 0x90E8 && next_kept(&s, e) == 0x5206; /* 部分 */
}

/* The end of the run of bytes from p that a spelling of label_spells may
 * hold (every byte of a multi-byte character, '.' and '/': genlabels'
 * spell_byte past the first byte), before e. Sixteen bytes at a time
 * while sixteen are left before e (SSE2: the high bit and the two
 * compares as a mask), then one at a time. */
static const uint8_t *spell_run_end(const uint8_t *p, const uint8_t *e)
{
#ifdef __SSE2__
    while (e - p >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
        unsigned keep = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(v, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('/')))));
        if (keep != 0xFFFF)
            return p + __builtin_ctz(~keep);
        p += 16;
    }
#endif
    while (p < e && (*p >= 0x80 || *p == '.' || *p == '/'))
        p++;
    return p;
}

/* Do the N bytes at a (four or more) equal those at b? Eight bytes at a
 * time, the last eight (or four) read where they end: a spelling is a few
 * dozen bytes, and memcmp's call cost more than the compare. */
static bool same_spelling(const uint8_t *a, const char *b, size_t n)
{
    uint64_t x, y;
    uint32_t u, v;
    if (n < 8) {
        memcpy(&u, a, 4), memcpy(&v, b, 4);
        if (u != v)
            return false;
        memcpy(&u, a + n - 4, 4), memcpy(&v, b + n - 4, 4);
        return u == v;
    }
    for (size_t i = 0; i + 8 < n; i += 8) {
        memcpy(&x, a + i, 8), memcpy(&y, b + i, 8);
        if (x != y)
            return false;
    }
    memcpy(&x, a + n - 8, 8), memcpy(&y, b + n - 8, 8);
    return x == y;
}

/* The length of the run from s that spelling_at looks up: s's byte, then
 * the bytes spell_run_end steps over. The run is read to its end once
 * (sc->spell_from, sc->spell_to): a token that starts inside the last run
 * read ends its run at the same place, so a line of one-character tokens
 * (a run of ideographs or bad bytes in a table) is read once, not up to
 * LABEL_SPELL_MAX bytes again at every token. */
static inline size_t spell_run(scanner *sc, const uint8_t *s)
{
    if (!(s > sc->spell_from && s < sc->spell_to)) {
        sc->spell_from = s;
        sc->spell_to = spell_run_end(s + 1, sc->lim);
    }
    return (size_t)(sc->spell_to - s);
}

/* The rule of labels_table.re.inc the DFA of scan_table would take at s,
 * and the length it reads (*LEN), when the run of bytes from s
 * (spell_run_end; an ASCII digit may open it: 1.属于国家秘密) is one of
 * the spellings labels.def writes that genlabels indexed: those the DFA
 * takes by one rule whatever follows them (no longer label starts with
 * their characters, and its blanks and line breaks cannot carry the
 * match on). -1 for any other run (a label with blanks inside, one cut
 * or glued to text, a spelling of mixed script), which the DFA reads.
 * The run is read to its end once (spell_run): a long run of text costs
 * no more per token. Always inlined: scan_table asks it of most
 * tokens it reads, and the call cost a third of its work. */
static inline __attribute__((always_inline)) int spelling_at(scanner *sc, const uint8_t *s, size_t *len)
{
    if (s[0] < 0x80 && (s[0] < '1' || s[0] > '9'))
        return -1;
    size_t n = spell_run(sc, s);
    if (n < LABEL_SPELL_MIN || n > LABEL_SPELL_MAX)
        return -1;
    const uint32_t mask = (1u << LABEL_SPELL_BITS) - 1;
    for (uint32_t h = label_spell_hash(s, n);; h = (h + 1) & mask) {
        int i = label_spell_slots[h];
        if (i < 0)
            return -1;
        if (label_spells[i].len == n && same_spelling(s, label_spells[i].text, n)) {
            *len = n;
            return label_spells[i].rule;
        }
    }
}

/* The label the DFA of scan_table would read at s (spelling_at), the
 * cursor moved past it: one look-up in place of the DFA's walk, the same
 * token. -1: the DFA reads. */
static int spelled_label(scanner *sc, const uint8_t *s)
{
    size_t n;
    int rule = spelling_at(sc, s, &n);
    if (rule >= 0)
        sc->cur = s + n;
    return rule;
}

/* Is the line [s, e) a table label written with a section's numeral and
 * 、 (四、结转下年度继续办理), in either script (spelling_at: its rule's
 * text as labels.def writes it opens with them), then ASCII only, or its
 * cells and any words glued after them (label_cells_follow)? As
 * label_numbered_row_line, whose spellings are simplified only: a
 * spelling the rule takes folds as the rule's text does (its characters
 * are in the rule's classes). Such a line is a row, never a heading: with
 * ASCII only after the label its fold holds no keyword heading; with words
 * glued after its cells (a page's header, stop 70) its fold may hold one,
 * and the table scanner reads those words (glued_page_header). */
static bool numbered_row_spelled(scanner *sc, const uint8_t *s, const uint8_t *e)
{
    size_t n;
    int rule = spelling_at(sc, s, &n);
    if (rule < 0)
        return false;
    const char *d = label_entry_at(rule)->display;
    uint32_t cp;
    if (utf8_decode((const uint8_t *)d, strlen(d), &cp) != 3 || !cn_numeral(cp) || memcmp(d + 3, "、", 3) != 0)
        return false;
    for (const uint8_t *p = s + n; p < e; p++)
        if (*p >= 0x80)
            return label_cells_follow(s + n, e);
    return true;
}

/* Whether the three bytes at f are one of the numerals in cn (three bytes
 * each). Compared as bytes: the folded line may hold a NUL, which a string
 * search would take for the end of its needle (and match anywhere). */
static bool is_cn_numeral3(const char *cn, const char *f)
{
    for (; *cn; cn += 3)
        if (cn[0] == f[0] && cn[1] == f[1] && cn[2] == f[2])
            return true;
    return false;
}

/* The end of a title's words in the line [s, te) (te past its last
 * non-blank), NULL when the line cannot be a title: the words end in 告
 * (报告) or 报/報 (年报), before what may close a title — one 》 (a title
 * written as a document's name, 《…报告》) and then a year in brackets
 * （2023年） （2023年度） (2023年), then markdown's closing ** of bold.
 * Bytes only: every prose line asks. */
static inline const uint8_t *title_words_end(const uint8_t *s, const uint8_t *te)
{
    const uint8_t *e = te;
    /* the last byte of 告 报 報 》 ） ) *: most lines end in none */
    if (e == s)
        return NULL;
    switch (e[-1]) {
    case 0x8A: case 0xA5: case 0xB1: case 0x8B: case 0x89: case ')': case '*':
        break;
    default:
        return NULL;
    }
    /* markdown's bold (**…报告**) */
    while (e > s && (e[-1] == '*' || e[-1] == ' '))
        e--;
    /* ） or ), with 年 inside and （ or ( at most 8 code points before */
    bool close = (e - s >= 3 && e[-3] == 0xEF && e[-2] == 0xBC && e[-1] == 0x89) || (e > s && e[-1] == ')');
    if (close) {
        const uint8_t *p = e - (e[-1] == ')' ? 1 : 3), *open = NULL;
        bool year = false;
        for (const uint8_t *q = p; q > s && p - q < 24 && !open; q--) {
            if (q[-1] == '(')
                open = q - 1;
            else if (q - s >= 3 && q[-3] == 0xEF && q[-2] == 0xBC && q[-1] == 0x88)
                open = q - 3;
            else if (q - s >= 3 && q[-3] == 0xE5 && q[-2] == 0xB9 && q[-1] == 0xB4) /* 年 */
                year = true;
        }
        if (!open || !year)
            return NULL;
        e = open;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
            e--;
    }
    if (e - s >= 3 && e[-3] == 0xE3 && e[-2] == 0x80 && e[-1] == 0x8B) /* 》 */
        e -= 3;
    if (e - s < 3)
        return NULL;
    if (e[-3] == 0xE5 && e[-2] == 0x91 && e[-1] == 0x8A) /* 告 */
        return e;
    if (!(e[-3] == 0xE6 && e[-2] == 0x8A && e[-1] == 0xA5) && !(e[-3] == 0xE5 && e[-2] == 0xA0 && e[-1] == 0xB1))
        return NULL; /* neither 报 nor 報 */
    /* 年报: 年 before it; a label's colon or a crumb's > makes the line a
     * site's (栏目: 政府信息公开年报), known before any fold */
    if (e - s < 6 || e[-6] != 0xE5 || e[-5] != 0xB9 || e[-4] != 0xB4 || memchr(s, ':', (size_t)(e - s)) ||
        memchr(s, '>', (size_t)(e - s)))
        return NULL;
    for (const uint8_t *p = s; (p = memchr(p, 0xEF, (size_t)(e - p))) && e - p >= 3; p++)
        if (p[1] == 0xBC && (p[2] == 0x9A || p[2] == 0x9E)) /* ： ＞ */
            return NULL;
    return e;
}

/* The words after a breadcrumb's last separator (> ＞ › ») in the folded
 * line F, else F: 首页 > 信息公开 > 年度报告 is a site's path whose last
 * crumb is a category, no title; 首页 > 年报 > 某县…信息公开工作年度报告
 * ends in one. */
static const char *last_crumb(const char *f)
{
    static const char *const seps[] = {">", "＞", "›", "»", NULL};
    const char *after = f;
    for (int k = 0; seps[k]; k++)
        for (const char *p = strstr(f, seps[k]); p; p = strstr(p + 1, seps[k]))
            if (p + strlen(seps[k]) > after)
                after = p + strlen(seps[k]);
    return after;
}

/* The title's words [s, we) (the whole line folded in FOLDED, n bytes):
 * they speak of 信息公开 and end in 报告; or end in 年报 with more than
 * a site's category (政府信息公开年报 alone, 栏目：…, a breadcrumb's
 * …>政府信息公开年报) in front: words before 信息公开 other than 政府,
 * and no label's colon or crumb's separator. WHOLE: [s, we) is the line
 * (less its blanks), FOLDED its fold. */
__attribute__((noinline)) static bool title_words(const uint8_t *s, const uint8_t *we, bool whole, const char *folded, size_t n)
{
    char words[1024];
    size_t w = n;
    const char *f = folded;
    if (!whole) {
        w = label_fold(s, (size_t)(we - s), words, sizeof words);
        f = words;
    }
    if (w < 6)
        return false;
    /* 现将…年度报告 (現將 folds to it) hands the report over: a sentence
     * a blank line broke before its 如下, never the title (review year61 s12) */
    if (strncmp(f, "现将", 6) == 0)
        return false;
    if (strcmp(f + w - 6, "报告") == 0)
        return strstr(last_crumb(f), "信息公开") != NULL;
    const char *info = w >= 12 && strcmp(f + w - 6, "年报") == 0 ? strstr(f, "信息公开") : NULL;
    if (!info)
        return false;
    size_t before = (size_t)(info - f);
    if (before >= 6 && strncmp(info - 6, "政府", 6) == 0)
        before -= 6;
    if (before == 0)
        return false;
    static const char *const seps[] = {":", "：", ">", "＞", "›", "»", "/", NULL};
    for (int k = 0; seps[k]; k++)
        if (strstr(f, seps[k]))
            return false;
    return true;
}

/* The bytes of a line taken whole (a heading, the title) that are no
 * UTF-8, or NUL: each reported at its place (L001, L002) as in any other
 * line, the words read without them as the fold skips them. */
static void bad_byte(scanner *sc, const uint8_t *at);
static void line_bad_bytes(scanner *sc, const uint8_t *s, const uint8_t *e)
{
    while (s < e) {
        uint32_t cp;
        int l = *s < 0x80 ? 1 : utf8_decode(s, (size_t)(e - s), &cp);
        if (l <= 0 || *s == 0) {
            bad_byte(sc, s);
            l = 1;
        }
        s += l;
    }
}

/* Whole-line forms that a DFA would pay for dearly (their rules would be
 * "anything, then a keyword" and multiply the automaton): headings matched
 * by keywords (labels.def, variant '?') and the title line. Returns a token
 * kind after consuming the line, or -1. */
static int line_kind(scanner *sc, raw_token *t, bool prose)
{
    const uint8_t *s = sc->cur;
    const uint8_t *e = sc->line_eol; /* the line of s: found once at its start */
    /* a heading run onto the line (runon_breaks: 四、结转下年度继续办理⇥0…0四、…)
     * ends it at its virtual break: the row is no heading by its words */
    if (sc->ibrk < sc->nbrk && sc->base + sc->brk[sc->ibrk].at > s && sc->base + sc->brk[sc->ibrk].at < e)
        e = sc->base + sc->brk[sc->ibrk].at;
    /* headings and titles are short lines: long prose costs nothing here */
    if (e - s > 300)
        return -1;
    const uint8_t *te = e;
    while (te > s && (te[-1] == ' ' || te[-1] == '\t'))
        te--;
    /* a title only in prose: a table's line ends in 告 or not */
    const uint8_t *we = prose ? title_words_end(s, te) : NULL;
    bool ends_report = prose ? we != NULL : te - s >= 3 && te[-3] == 0xE5 && te[-2] == 0x91 && te[-1] == 0x8A;
    /* a numeral 一…十 (lead E4 or E5), 第 (E7) or a full-width digit 1…9
     * (EF) first: the lead byte alone rules out most lines */
    uint32_t first;
    bool starts_numeral = (s[0] == 0xE4 || s[0] == 0xE5 || s[0] == 0xE7 || s[0] == 0xEF) &&
                          utf8_decode(s, (size_t)(e - s), &first) == 3 &&
                          (cn_numeral(first) || (first >= 0xFF11 && first <= 0xFF19) || first == 0x7B2C);
    if (!ends_report && !starts_numeral)
        return -1;
    /* outside prose only a heading can come of the fold */
    bool heading = may_start_heading(s, e);
    if (!heading && !(prose && ends_report))
        return -1; /* neither a heading nor the title: no fold */
    /* a heading by its keywords needs a character that folds to the first
     * of one (label_may_name_keyword): most rows of table 三 printed with
     * their group label in front (三、本年度办理结果⇥（一）予以公开⇥0…) hold
     * none, and are given back to the table scanner unfolded (asked before
     * the numbered rows' look-ups: 0.03 M less over bench300) */
    if (!(prose && ends_report) && !label_may_name_keyword(s, e))
        return -1;
    /* a row of table 三 as the template writes it (一、本年新收…), or in
     * traditional script, and its cells: no heading, known without the
     * fold */
    if (!prose && (label_numbered_row_line(s, e) || numbered_row_spelled(sc, s, e)))
        return -1;
    char folded[1024];
    size_t n = label_fold(s, (size_t)(e - s), folded, sizeof folded);
    if (n == 0 || n >= sizeof folded - 4)
        return -1;
    /* a heading: a numeral and 、 or . first */
    static const char cn[] = "一二三四五六七八九十";
    size_t k = 0;
    if (strncmp(folded, "第", 3) == 0)
        k = 3;
    size_t digits = k;
    while (digits + 3 <= n && is_cn_numeral3(cn, folded + digits))
        digits += 3;
    if (heading && digits > k && digits < n && (folded[digits] == '.' || strncmp(folded + digits, "部分", 6) == 0)) {
        int entry = label_keyword_heading(folded + digits);
        if (entry >= 0) {
            t->label = entry;
            note_word_fold(sc, s, e);
            line_bad_bytes(sc, s, e);
            sc->cur = e;
            return RT_SECTION;
        }
    }
    /* the title: a line ending in 报告 (or 年报) that speaks of 信息公开 */
    if (prose && ends_report && title_words(s, we, we == te, folded, n)) {
        note_word_fold(sc, s, e);
        line_bad_bytes(sc, s, e);
        sc->cur = e;
        return RT_TITLE;
    }
    return -1;
}

/* The byte of a decoded file that the 0xFF at OFF of the text marks
 * (input.c: one not valid in the file's encoding), NULL when none. */
static const xxgk_bad_byte *decoded_bad(const xxgk_doc *d, uint32_t off)
{
    uint32_t lo = 0, hi = d->nbad;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (d->bad[mid].at < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->nbad && d->bad[lo].at == off ? &d->bad[lo] : NULL;
}

/* A byte that is no UTF-8 character: the file's byte (its offset past a
 * byte-order mark); in a decoded file, the byte of the file's encoding it
 * stands for, and where it is in the file (L053), not the mark's 0xFF. */
static void bad_byte(scanner *sc, const uint8_t *at)
{
    uint32_t off = (uint32_t)(at - sc->base);
    xxgk_span sp = {off, off + 1};
    if (sc->bad_bytes++ >= BAD_BYTES_REPORTED) {
        if (sc->bad_bytes == BAD_BYTES_REPORTED + 1)
            sc->first_unreported = off;
        return;
    }
    const xxgk_doc *d = sc->doc;
    const xxgk_bad_byte *b = *at == 0xFF && d->nbad ? decoded_bad(d, off) : NULL;
    if (b) {
        char hex[16]; /* a UTF-16 code unit as its two bytes, in the file's order */
        if (b->len == 2)
            snprintf(hex, sizeof hex, "0x%02X 0x%02X", (unsigned)(b->value >> 8), (unsigned)(b->value & 0xFF));
        else
            snprintf(hex, sizeof hex, "0x%02X", (unsigned)b->value);
        xxgk_doc_add_diag(sc->doc, XXGK_L_DECODED_BAD_BYTE, sp, hex, (unsigned)b->orig, d->bad_enc);
    } else if (*at == 0) {
        xxgk_doc_add_diag(sc->doc, XXGK_L_NUL_BYTE, sp, doc_file_offset(d, off));
    } else {
        xxgk_doc_add_diag(sc->doc, XXGK_L_INVALID_UTF8, sp, (unsigned)*at, doc_file_offset(d, off));
    }
}

/* The first word of [s, e) of the source that a word fold reads as
 * another (資訊 as 信息, script_fold.def `=`): noted once a report (P060)
 * at its place. Asked of the tokens of labels that hold such a word (the
 * rules of genlabels with word_ in their action), of titles and headings
 * found by their words: a few a report. */
static void note_word_fold(scanner *sc, const uint8_t *s, const uint8_t *e)
{
    if (sc->word_noted || script_word_plain(s, (size_t)(e - s)))
        return; /* a title that writes 信息 itself: no 資訊 looked for */
    /* a character of three bytes that ends such a word once folded (讯
     * 訊): one bit of script_word_bits first, which most characters fail
     * (it also holds every character that folds: those are folded and
     * tested again) */
    for (const uint8_t *p = s; p + 3 <= e; p++) {
        if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            continue;
        uint32_t cp = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3Fu);
        if (!script_word_stop(cp))
            continue;
        uint32_t f = script_to_simplified(cp), prev = 0, prev_cp = 0, to[2];
        if (!script_word_stop(f) || script_folds(f))
            continue;
        /* the character before it, blanks skipped (the label rules read
         * blanks between characters) */
        const uint8_t *q = p;
        while (q > s && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\r' || q[-1] == '\n'))
            q--;
        if (q - s >= 3 && q[-3] == 0xE3 && q[-2] == 0x80 && q[-1] == 0x80) /* U+3000 */
            q -= 3;
        if (q - s < 3 || utf8_decode(q - 3, 3, &prev_cp) != 3)
            continue;
        prev = script_to_simplified(prev_cp);
        if (!script_word_fold(prev, f, to))
            continue;
        char from[16], into[16];
        size_t k = utf8_put(from, prev_cp); /* as printed: 資訊 */
        from[k + utf8_put(from + k, cp)] = 0;
        k = utf8_put(into, to[0]);
        into[k + utf8_put(into + k, to[1])] = 0;
        xxgk_span sp = {(uint32_t)(q - 3 - sc->base), (uint32_t)(p + 3 - sc->base)};
        xxgk_doc_add_diag(sc->doc, XXGK_P_WORD_FOLD, sp, from, into);
        sc->word_noted = true;
        return;
    }
}

/* A label or heading the DFA read (labels.def's rules, whose SPN takes
 * an invisible format character between two characters): each such
 * character inside it an L034 at its place, as the table scanner's FMT
 * rule tells one between tokens. A spelling taken without the DFA holds
 * none (spelling_at). */
static inline void label_fmt(scanner *sc, const uint8_t *s)
{
    /* the lead bytes of those characters (C2, E2, EF BB): a label's
     * ideographs (E4..E9) and its punctuation (E3 80, EF BC) are none.
     * Sixteen bytes at a time where sixteen and the one after them are
     * in the text (a label is a few dozen bytes; the test of every byte
     * was 2 % of a check); the first such byte of the label, then
     * format_chars from it, as the byte test found it */
    const uint8_t *p = s, *e = sc->cur;
#ifdef __SSE2__
    for (; p < e && sc->lim - p >= 16; p += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
        __m128i lead = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
                                    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2)));
        __m128i bom = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF)),
                                    _mm_cmpeq_epi8(w, _mm_set1_epi8((char)0xBB)));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(lead, bom));
        if (e - p < 16)
            m &= (1u << (e - p)) - 1;
        if (m) {
            /* an EF at the label's last byte: its BB (w) is past the label */
            const uint8_t *c = p + __builtin_ctz(m);
            if (c + 1 < e || *c != 0xEF)
                format_chars(sc, c, e);
            return;
        }
    }
#endif
    for (; p < e; p++)
        if (*p == 0xC2 || *p == 0xE2 || (*p == 0xEF && p + 1 < e && p[1] == 0xBB)) {
            format_chars(sc, p, e);
            return;
        }
}

#define section_token(sc, id) (label_fmt(sc, s), t->label = (id), RT_SECTION)
/* the same for a label that holds a word a word fold reads as (信息) */
#define word_section_token(sc, id) (note_word_fold(sc, s, sc->cur), section_token(sc, id))
#define word_label_token(sc, id) (note_word_fold(sc, s, sc->cur), label_token(sc, id))
#define word_bare_label_token(sc, id) (note_word_fold(sc, s, sc->cur), bare_label_token(sc, id))
#define label_token(sc, id) (label_fmt(sc, s), t->label = (id), RT_LABEL)
/* a label spelling_at found: no format character inside */
#define spelled_label_token(sc, id) (t->label = (id), RT_LABEL)
/* a numbered row label printed without its number (属于国家秘密): aux 1 */
#define bare_label_token(sc, id) (label_fmt(sc, s), t->label = (id), t->aux = 1, RT_LABEL)

/* Beginning of a prose line. Returns a token kind, or -1 to scan the rest
 * of the line as text from sc->cur. */
static int scan_bol_prose(scanner *sc, raw_token *t)
{
    const uint8_t *mark = NULL, *ctxmark = NULL, *s;
    (void)mark;
    (void)ctxmark;
    for (;;) {
        s = sc->cur;
        t->start = (uint32_t)(s - sc->base);
    /*!re2c
        $               { return RT_EOF; }
        EOL             { return RT_NL; }
        SP+             { continue; }
        "\xEF\xBB\xBF"  { continue; }
        "#"+ SP*        { sc->md_level = 0; for (const uint8_t *p = s; p < sc->cur && *p == '#'; p++) sc->md_level++; continue; }
        [?？]+          { continue; }
        PAGENO SP* / [\r\n]
                        { return RT_PAGE; }
        !include "labels_section.re.inc";
        LP SP* CN+ SP* RP      { t->aux = XXGK_NUM_PAREN_CN; t->label = numeral_first(s, sc->cur); return RT_SUBHEAD; }
        CN+ SP* [、]           { const uint8_t *m = sc->cur;
                                 sc->cur = s;
                                 if (line_kind(sc, t, false) == RT_SECTION)
                                     return RT_SECTION; /* a heading known by its keywords */
                                 sc->cur = m;
                                 t->aux = XXGK_NUM_CN_DUN; t->label = numeral_first(s, sc->cur); return RT_SUBHEAD; }
        DIG{1,2} SP* DUN / [^0-9\uFF10-\uFF19]
                               { t->aux = XXGK_NUM_ARABIC; t->label = numeral_first(s, sc->cur); return RT_SUBHEAD; }
        LP SP* DIG{1,2} SP* RP { t->aux = XXGK_NUM_PAREN_ARABIC; t->label = numeral_first(s, sc->cur); return RT_SUBHEAD; }
        CN "是"                { t->aux = XXGK_NUM_CN_SHI; t->label = numeral_first(s, sc->cur - 3); return RT_SUBHEAD; }
        "20" DIG DIG SP* "年" SP* DIG{1,2} SP* "月" SP* DIG{1,2} SP* "日" SP* / [\r\n]
                        { return RT_DATE; }
        "二" CNY{3} SP* "年" SP* CN{1,2} SP* "月" SP* CN{1,3} SP* "日" SP* / [\r\n]
                        { return RT_DATE; }
        LP SP* "此" SP* [件页頁] [^\r\n）)]{0,12} RP SP* / [\r\n]
                        { return RT_NOTE; }
        LSEP            { sc->line_sep = true; sc->cur = s; return line_kind(sc, t, true); }
        *               { sc->cur = s; return line_kind(sc, t, true); }
    */
    }
}

/* A table line that opens as a browser print's furniture does (a web
 * address, a date): the whole line a print's foot or head
 * (print_furniture.h) is one RT_PAGE token from s, its aux telling which
 * (the filter notes it, P064 or P072), wherever the page broke; any other
 * line is read from s as the line-start scanner's fallback reads it. Not
 * in page text, whose lines run a table on. */
static int print_furniture(scanner *sc, raw_token *t, const uint8_t *s)
{
    /* the line ends at its next virtual break, as line_kind's does: a
     * heading run on after it is read there, never the furniture's */
    const uint8_t *e = sc->line_eol;
    if (sc->ibrk < sc->nbrk && sc->base + sc->brk[sc->ibrk].at > s && sc->base + sc->brk[sc->ibrk].at < e)
        e = sc->base + sc->brk[sc->ibrk].at;
    if (!sc_pagetext(sc) && (t->aux = pf_line(s, e)) != PF_NONE) {
        sc->cur = e;
        return RT_PAGE;
    }
    sc->cur = s;
    return line_kind(sc, t, false);
}

/* Beginning of a line in a table section: -1 means scan the line with
 * scan_table (or as prose when it reads as a sentence). */
static int scan_bol_table(scanner *sc, raw_token *t)
{
    const uint8_t *mark = NULL, *ctxmark = NULL, *s;
    (void)mark;
    (void)ctxmark;
    for (;;) {
        s = sc->cur;
        t->start = (uint32_t)(s - sc->base);
    /*!re2c
        $               { return RT_EOF; }
        EOL             { return RT_NL; }
        SP+             { continue; }
        "#"+ SP*        { sc->md_level = 0; for (const uint8_t *p = s; p < sc->cur && *p == '#'; p++) sc->md_level++; continue; }
        [?？]+          { continue; }
        PAGENO SP* / [\r\n]
                        { return RT_PAGE; }
        !include "labels_section.re.inc";
        SP* [|｜│┃║] (SP* [:：]? [\-—]+ [:：]? SP* [|｜│┃║])+ (SP* [:：]? [\-—]+ [:：]? SP*)? / [\r\n]
                        { return RT_PAGE; } /* a markdown separator row: layout */
        SP* [:：]? [\-—]+ [:：]? SP* ([|｜│┃║] SP* [:：]? [\-—]+ [:：]? SP*)+ [|｜│┃║]? SP* / [\r\n]
                        { return RT_PAGE; } /* the same without its outer pipes (---|---); but
                                               "- |" alone is a cell printed empty */
        'http' 's'? '://' | 'www.' | 'file://' | [0-9]{1,4} [/.\-] [0-9]{1,2} [/.\-] [0-9]{1,4}
                        { return print_furniture(sc, t, s); }
        SP* ([\u2500-\u257F] SP*)* BOXJOIN (SP* [\u2500-\u257F])* SP* / [\r\n]
                        { return RT_PAGE; } /* a rule line of a box-drawn table (┌──┬──┐,
                                               ├──┼──┤, ╠══╬══╣): layout only with a
                                               corner or junction in it; a line of
                                               horizontals alone (─, ━━, ══) may be a
                                               cell printed as a dash, and one of
                                               verticals alone is no rule */
        LSEP            { sc->line_sep = true; sc->cur = s; return line_kind(sc, t, false); }
        *               { sc->cur = s; return line_kind(sc, t, false); }
    */
    }
}

/* A byte the text rule below takes alone: printable ASCII, TAB and FF. */
static bool text_ascii(uint8_t c)
{
    return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\f';
}

/* Length of the well-formed UTF-8 sequence at p, or 0. The three-byte
 * forms that can be neither overlong nor a surrogate (lead E1..EC, EE, EF:
 * most CJK text) need only their continuation bytes checked. */
static int text_cp_len(const uint8_t *p, const uint8_t *lim)
{
    if (((p[0] >= 0xE1 && p[0] <= 0xEC) || p[0] >= 0xEE) && p[0] <= 0xEF && lim - p >= 3)
        return (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 ? 3 : 0;
    uint32_t cp;
    return utf8_decode(p, (size_t)(lim - p), &cp);
}

/* The text rule's match from p, found without the DFA when that is sure:
 * a run of text bytes and well-formed UTF-8 sequences that ends at an
 * ASCII byte the rule does not take (a line break, a control byte, NUL) or
 * at `stop`, the next virtual break of page text (clip_token would cut the
 * DFA's longer match there). Returns the run's end, or NULL when the run
 * stops at anything else (a bad byte, a surrogate): the DFA then scans
 * from p, so its rules decide every token and the output is the same. One
 * pass over the bytes instead of a table jump per byte, and never past
 * the break: a page text line is no longer rescanned to its end for every
 * token on it. */
/* A lead byte of a three-byte character that can be neither overlong nor
 * a surrogate: E1..EC, EE, EF. */
static bool plain_lead3(uint8_t c) { return (uint8_t)(c - 0xE1) <= 0x0E && c != 0xED; }

/* Two such characters at p (eight bytes readable): two three-byte forms
 * (utf8_two_form3) whose leads' low nibbles are neither 0 nor D (bit n of
 * 0xDFFE: the nibbles allowed). */
static bool two_plain_chars(const uint8_t *p)
{
    return utf8_two_form3(p) && (0xDFFEu >> (p[0] & 0xF) & 0xDFFEu >> (p[3] & 0xF) & 1u);
}

/* The sixteen bytes at p tested at once, for the loops of text_run below:
 * each is a byte text_ascii takes other than TAB and FF, a lead
 * plain_lead3 takes, or a continuation byte, and the continuation bytes
 * are exactly the two after each lead. Returns how many bytes at p are
 * such whole characters (16, or 14 or 15 when the last character goes on
 * past the block), or 0 when any byte fails (the loops decide there, one
 * character at a time): the same characters, at the same boundaries, as
 * those loops take. SSE2 (every x86-64): a byte compare for each test, a
 * mask of 16 bits from it, and the masks compared as integers. */
static unsigned plain_block(const uint8_t *p)
{
#ifdef __SSE2__
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    unsigned high = (unsigned)_mm_movemask_epi8(v); /* 80..FF */
    /* below ' ' as signed bytes: control bytes, and every high byte */
    unsigned low = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(_mm_set1_epi8(' '), v));
    unsigned del = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
    unsigned cont = (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xC0)), _mm_set1_epi8((char)0x80)));
    unsigned lead = (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xF0)), _mm_set1_epi8((char)0xE0)));
    unsigned e0_ed = (unsigned)_mm_movemask_epi8(_mm_or_si128(
        _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE0)), _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED))));
    unsigned want = (lead << 1 | lead << 2) & 0xFFFF; /* bit i: byte i */
    if ((cont ^ want) | (high & ~(cont | lead)) | (low & ~high) | del | e0_ed)
        return 0;
    if (lead & 0x4000) /* a lead at byte 14 */
        return 14;
    return lead & 0x8000 ? 15 : 16;
#else
    (void)p;
    return 0;
#endif
}

/* Five three-byte characters at p (sixteen bytes readable) whose leads
 * plain_lead3 takes: the common block of Chinese prose, in fewer steps
 * than plain_block, which takes these fifteen bytes too (as do the loops
 * below it). Each byte's top bits against its place's (1110xxxx at 0, 3,
 * 6, 9, 12, 10xxxxxx between; byte 15 not tested), then no lead E0 or ED
 * (a continuation byte is neither). */
static bool five_plain_chars(const uint8_t *p)
{
#ifdef __SSE2__
    const __m128i top = _mm_setr_epi8((char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0,
                                      (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0,
                                      (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0, 0);
    const __m128i form = _mm_setr_epi8((char)0xE0, (char)0x80, (char)0x80, (char)0xE0, (char)0x80,
                                       (char)0x80, (char)0xE0, (char)0x80, (char)0x80, (char)0xE0,
                                       (char)0x80, (char)0x80, (char)0xE0, (char)0x80, (char)0x80, 0);
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, top), form)) != 0xFFFF)
        return false;
    __m128i e0_ed = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE0)),
                                 _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED)));
    return (_mm_movemask_epi8(e0_ed) & 0x7FFF) == 0;
#else
    (void)p;
    return false;
#endif
}

static const uint8_t *text_run(const uint8_t *p, const uint8_t *stop, const uint8_t *lim)
{
    const uint8_t *s = p;
    while (p < stop) {
        unsigned n;
        while (stop - p >= 16) {
            if (five_plain_chars(p))
                p += 15;
            else if ((n = plain_block(p)) > 0)
                p += n;
            else
                break;
        }
        /* a run of three-byte characters in a tight loop, most of Chinese
         * text: two at a time (the eight bytes read all before stop), then
         * one */
        while (stop - p >= 8 && two_plain_chars(p))
            p += 6;
        while (stop - p >= 3 && plain_lead3(p[0]) && ((p[1] | p[2] << 8) & 0xC0C0) == 0x8080)
            p += 3;
        if (p >= stop)
            break;
        if (*p < 0x80) {
            if (text_ascii(*p)) {
                p++;
                continue;
            }
            return p > s ? p : NULL;
        }
        int l = text_cp_len(p, lim);
        if (!l || l > stop - p)
            return NULL;
        p += l;
    }
    return p > s && stop < lim ? p : NULL;
}

/* The rest of a prose line: text up to the line end. */
static int scan_prose(scanner *sc, raw_token *t)
{
    const uint8_t *mark = NULL, *ctxmark = NULL, *s;
    (void)mark;
    (void)ctxmark;
    for (;;) {
        s = sc->cur;
        t->start = (uint32_t)(s - sc->base);
        const uint8_t *stop = sc->ibrk < sc->nbrk ? sc->base + sc->brk[sc->ibrk].at : sc->lim;
        const uint8_t *run = text_run(s, stop < sc->lim ? stop : sc->lim, sc->lim);
        if (run) {
            sc->cur = run;
            return RT_TEXT;
        }
    /*!re2c
        $               { return RT_EOF; }
        EOL             { return RT_NL; }
        [^\r\n\x00-\x08\x0B\x0E-\x1F\x7F\u2028\u2029\u0085]+ { return RT_TEXT; }
        LSEP            { sc->line_sep = true; return RT_TEXT; }
        "\x00"          { bad_byte(sc, s); continue; }
        CTRL            { xxgk_span sp = {t->start, t->start + 1};
                          xxgk_doc_add_diag(sc->doc, XXGK_L_CONTROL_CHAR, sp, (unsigned)*s); continue; }
        *               { bad_byte(sc, s); continue; }
    */
    }
}

/* FMT characters in [s, e) (the scanner's rules): each one a warning
 * naming its code point (L034), skipped by the reader of the token. */
static void format_chars(scanner *sc, const uint8_t *s, const uint8_t *e)
{
    for (const uint8_t *p = s; p < e;) {
        size_t l = utf8_format_len(p, (size_t)(e - p));
        if (!l) {
            p++;
            continue;
        }
        uint32_t cp;
        utf8_decode(p, l, &cp);
        xxgk_span sp = {(uint32_t)(p - sc->base), (uint32_t)(p - sc->base + l)};
        xxgk_doc_add_diag(sc->doc, XXGK_L_FORMAT_CHAR, sp, (unsigned)cp);
        p += l;
    }
}

/* A dash right before digits is the number's minus sign (–2 as -2), but
 * where a dash is as likely the empty-cell mark with the next cell glued
 * to it, the dash alone is given back (RT_CHAR: the mark, then the number,
 * as before dashes were signs): in page text, whose cells run together
 * (—2 of a 2021 table, which has no column that may be negative, is an
 * empty cell and 2), and after another dash (——2). The hyphen-minus and
 * －, read as signs always, stay so. S: the token's start. */
/* A number token whose digits touch a non-ASCII byte or follow a blank
 * (规章000行政…, …总计2012577…, 0 0 2规范性文件) may be a glued table's
 * row: pagetext_run_glued says whether it is one that its line's count
 * takes. Set once, the text's glued lines are looked for after the parse
 * (parse.c): a typed report's numbers stand between TABs, blanks and
 * digits, and cost a byte test each. The 15-digit run of table 四 at a
 * line's end is plain_token's (lex.h). S: the token's start. */
static inline void glued_hint(scanner *sc, const uint8_t *s)
{
    if (sc->glued_hint || s == sc->base || *s < '0' || *s > '9')
        return;
    uint8_t b = s[-1];
    if (b < 0x80 && b != ' ' && b != '|')
        return;
    const uint8_t *d = s;
    while (*d >= '0' && *d <= '9')
        d++;
    if (*d >= 0x80 || *d == ' ' || *d == '|' || *d == '-' || *d == '(' || *d == '.' || *d == '\r' || *d == '\n' ||
        d - s >= 15)
        sc->glued_hint = pagetext_run_glued(sc->base, (uint32_t)(sc->lim - 1 - sc->base), (uint32_t)(s - sc->base),
                                            (uint32_t)(d - sc->base));
}

static int signed_number(scanner *sc, const uint8_t *s)
{
    glued_hint(sc, s);
    if (s[0] != 0xE2 || !dec_minus_len(s, (size_t)(sc->lim - s)))
        return RT_NUMBER;
    bool after_dash = s - sc->base >= 3 && s[-3] == 0xE2 && dec_minus_len(s - 3, 3);
    if (!sc_pagetext(sc) && !after_dash)
        return RT_NUMBER;
    sc->cur = s + 3;
    return RT_CHAR;
}

/* CHGW UNUM: 增 or 减 (or 增加, 减少) right before the digits, at a cell's
 * start (the line's, after a TAB, a '|' or a blank), is the number's sign,
 * as + and - are (增2, 减少2 in 本年增/减 of the 2019 form: 2, -2). Inside words
 * (新增2件) the word stays a character of the text. S: the token's start. */
static int change_word_number(scanner *sc, const uint8_t *s)
{
    uint8_t b = s > sc->base ? s[-1] : '\n';
    bool cell_start = b == '\n' || b == '\t' || b == '|' || b == ' ' ||
                      (s - sc->base >= 3 && ((s[-3] == 0xE3 && s[-2] == 0x80 && s[-1] == 0x80) || /* U+3000 */
                                             utf8_wide_bar(s - 3)));  /* a wide bar: ｜ │ ┃ ║ */
    if (cell_start)
        return RT_NUMBER;
    sc->cur = s + 3;
    return RT_CHAR;
}

/* NUMF: a number with format characters between its digits, its sign
 * decided as NUMBER's (signed_number); the characters of the token it
 * keeps are each an L034 (a dash given back is read again, and warned of
 * then). */
static int format_number(scanner *sc, const uint8_t *s)
{
    int k = signed_number(sc, s);
    if (k == RT_NUMBER)
        format_chars(sc, s, sc->cur);
    return k;
}

/* "**" or "__" at S..cur is emphasis when it opens or closes a cell: only
 * blanks between it and the cell's start (the line's start, a TAB or a
 * '|') or its end (a TAB, a '|' or the line's end). */
static bool md_emphasis(scanner *sc, const uint8_t *s)
{
    const uint8_t *p = s;
    while (p > sc->base && (p[-1] == ' ' || (p - sc->base >= 3 && p[-3] == 0xE3 && p[-2] == 0x80 && p[-1] == 0x80)))
        p -= p[-1] == ' ' ? 1 : 3; /* blanks: ' ' and U+3000 */
    if (p == sc->base || p[-1] == '\t' || p[-1] == '|' || p[-1] == '\n' ||
        (p - sc->base >= 3 && utf8_wide_bar(p - 3))) /* ｜ or a box-drawn │ ┃ ║ */
        return true;
    p = sc->cur;
    while (p < sc->lim && (*p == ' ' || (sc->lim - p >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)))
        p += *p == ' ' ? 1 : 3;
    return p == sc->lim || *p == '\t' || *p == '|' || *p == '\n' || *p == '\r' ||
           (sc->lim - p >= 3 && utf8_wide_bar(p));
}

/* Is the mark S..E closed by a raised or lowered bracket (⁽①⁾, ⁽¹⁾,
 * ₍a₎)? Its end is then printed: a digit right after it is no piece of
 * the mark nor of the number before it (a mark goes after a number's
 * last digit), but the next number, whose TAB or blank a Word copy lost
 * (3⁽①⁾2); the row's count of cells then says where it goes. */
static bool closed_mark(const uint8_t *s, const uint8_t *e)
{
    return e - s >= 6 && e[-3] == 0xE2 && ((e[-2] == 0x81 && e[-1] == 0xBE) || (e[-2] == 0x82 && e[-1] == 0x8E));
}

/* PTITEM at S..cur (2.Q before a word): an item's serial when it starts
 * a cell, at the text's or a line's start or after a blank or a TAB (a
 * label's place); then the token is the serial and its point (RT_MARK,
 * sc->cur moved back after the point) and the letters are the label's
 * text. After other text (page text run together) it is a value. */
static bool item_serial_at(scanner *sc, const uint8_t *s)
{
    bool start = s == sc->base || s[-1] == '\n' || s[-1] == '\t' || s[-1] == ' ' ||
                 (s - sc->base >= 3 && s[-3] == 0xE3 && s[-2] == 0x80 && s[-1] == 0x80) ||
                 (s - sc->base >= 2 && s[-2] == 0xC2 && s[-1] == 0xA0);
    if (!start)
        return false;
    const uint8_t *p = s;
    while (p < sc->cur && ((*p >= '0' && *p <= '9') || (p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99)))
        p += *p < 0x80 ? 1 : 3;
    sc->cur = p + (*p == '.' ? 1 : 3); /* . or ． */
    return true;
}

/* NOTEMARK at S..cur: a footnote mark when a digit ends right before it
 * and no digit or letter after it (a digit may follow a bracketed
 * one: closed_mark; a lone * only: never a run of asterisks), told with P036 over the
 * number and its mark (the cell's flags then carry it) and skipped; else
 * its first character is an ordinary one (RT_CHAR), as before. */
static bool note_mark(scanner *sc, const uint8_t *s)
{
    const uint8_t *b = s, *floor = s - sc->base > 64 ? s - 64 : sc->base;
    for (;;) { /* back over the number's digits and separators */
        if (b > floor && ((b[-1] >= '0' && b[-1] <= '9') || b[-1] == '.' || b[-1] == ','))
            b--;
        else if (b - floor >= 3 && b[-3] == 0xEF && b[-2] == 0xBC && ((b[-1] >= 0x90 && b[-1] <= 0x99) || b[-1] == 0x8C || b[-1] == 0x8E))
            b -= 3; /* ０-９ ， ． */
        else
            break;
    }
    bool digit = b < s && ((s[-1] >= '0' && s[-1] <= '9') || (s[-1] >= 0x90 && s[-1] <= 0x99 && s - b >= 3));
    bool stars = *s == '*' && ((s > sc->base && s[-1] == '*') || (sc->cur < sc->lim && *sc->cur == '*'));
    /* a digit or a letter right after it: no mark (4*6 is NUMGLUED) */
    const uint8_t *q = sc->cur;
    bool digit_after = q < sc->lim && ((*q >= '0' && *q <= '9') ||
                                       (sc->lim - q >= 3 && q[0] == 0xEF && q[1] == 0xBC && q[2] >= 0x90 && q[2] <= 0x99));
    bool glued = (digit_after && !closed_mark(s, sc->cur)) || (q < sc->lim && (*q | 0x20) >= 'a' && (*q | 0x20) <= 'z');
    if (digit && !stars && !glued) {
        while (b < s && (*b == '.' || *b == ',' || (b[0] == 0xEF && (b[2] == 0x8C || b[2] == 0x8E))))
            b += *b == 0xEF ? 3 : 1; /* a separator first belongs to what is before */
        xxgk_span sp = {(uint32_t)(b - sc->base), (uint32_t)(sc->cur - sc->base)};
        char mark[40];
        size_t n = (size_t)(sc->cur - s) < sizeof mark - 1 ? (size_t)(sc->cur - s) : sizeof mark - 1;
        memcpy(mark, s, n);
        mark[n] = 0;
        xxgk_doc_add_diag(sc->doc, XXGK_P_NOTE_MARK, sp, mark);
        return true;
    }
    uint32_t cp;
    int n = utf8_decode(s, (size_t)(sc->lim - s), &cp);
    sc->cur = s + (n > 0 ? n : 1);
    return false;
}

/* NUMBER UNITMARK SP* UNIT at S..cur: a footnote mark between a number
 * and the unit printed beside it (240② 万元, 3575.52※万元, 125000[1] 元,
 * 3¹（万元）, 12① 件): the mark is the number's (note_mark: P036 over the
 * number and its mark) and so is the unit, as printed without the mark.
 * The unit had been dropped as a piece of a header and the number read
 * bare, in the column's unit: 125000① 元 under 本年收费金额（单位：万元） was
 * 125000 万元, 3※ 万元 under a count 3, with a note only. A count's word
 * running on into a word (3①单位…) is no unit, as without the mark: the
 * number alone then, its mark read next as before. COUNT: the unit is a
 * count's (CNTW). */
static int marked_number_unit(scanner *sc, const uint8_t *s, raw_token *t, bool count)
{
    const uint8_t *end = sc->cur, *m = number_text_end(s, end), *p = m;
    int k = signed_number(sc, s);
    if (k != RT_NUMBER)
        return k; /* a dash read as an empty cell: the number is rescanned */
    /* the mark's end: the first blank, bracket or ideograph after its
     * first character (注 is a mark's: [注1], （注）) */
    uint32_t cp = 0;
    for (int n = 0; p < end; p += n > 0 ? n : 1) {
        n = utf8_decode(p, (size_t)(end - p), &cp);
        if (p > m && (cp == ' ' || cp == '\t' || cp == '\f' || cp == 0x3000 || cp == 0xA0 || cp == '(' ||
                      cp == 0xFF08 || (cp >= 0x4E00 && cp <= 0x9FFF && cp != 0x6CE8)))
            break;
    }
    int unit = count ? UNIT_COUNT : unit_after_number(p, end);
    bool runs_on = count && end < sc->lim && utf8_decode(end, (size_t)(sc->lim - end), &cp) > 0 &&
                   ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF));
    sc->cur = p;
    if (unit == XXGK_UNIT_NONE || runs_on || !note_mark(sc, m)) {
        sc->cur = m;
        t->aux = XXGK_UNIT_NONE;
        t->label = 0;
        return RT_NUMBER;
    }
    sc->cur = end;
    t->aux = unit;
    t->label = 1;
    return RT_NUMBER;
}

/* Does a cell open at S: the text's start, or a blank, a line break or a
 * cell's border (TAB, |, ｜ │ ┃ ║) right before it? Words right before a
 * bracket (续表（3）, 行政许可(12)) are text the bracket goes on. */
static bool opens_cell(const scanner *sc, const uint8_t *s)
{
    if (s == sc->base)
        return true;
    uint8_t c = s[-1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '|')
        return true;
    if (s - sc->base >= 2 && s[-2] == 0xC2 && c == 0xA0)
        return true; /* U+00A0 */
    if (s - sc->base < 3)
        return false;
    return !memcmp(s - 3, "\xE3\x80\x80", 3) || utf8_wide_bar(s - 3); /* U+3000, or ｜ │ ┃ ║ */
}

/* Is S a wide opening bracket: （ ［ or one of BROPEN's 〈《『【〔〖? */
static bool opens_wide_bracket(const uint8_t *s)
{
    if (s[0] == 0xEF && s[1] == 0xBC)
        return s[2] == 0x88 || s[2] == 0xBB;
    return s[0] == 0xE3 && s[1] == 0x80 && (s[2] == 0x88 || s[2] == 0x8A || s[2] == 0x8E || s[2] == 0x90 || s[2] == 0x94 || s[2] == 0x96);
}

/* Is S a wide closing bracket: ） ］ or one of BRCLOSE's 〉》』】〕〗? */
static bool closes_wide_bracket(const uint8_t *s)
{
    if (s[0] == 0xEF && s[1] == 0xBC)
        return s[2] == 0x89 || s[2] == 0xBD;
    return s[0] == 0xE3 && s[1] == 0x80 && (s[2] == 0x89 || s[2] == 0x8B || s[2] == 0x8F || s[2] == 0x91 || s[2] == 0x95 || s[2] == 0x97);
}

/* Is a bracket opened before S on its line and not yet closed, within
 * BRACKET_REACH bytes (（编号301 行政规范性文件3 7 37）: the closing bracket
 * after 37 is the note's)? The look is bounded, so a line of many 1)
 * costs no more than linear time. */
enum { BRACKET_REACH = 256 };
static bool bracket_open_before(const scanner *sc, const uint8_t *s)
{
    const uint8_t *p = s - sc->base > BRACKET_REACH ? s - BRACKET_REACH : sc->base;
    for (const uint8_t *q = s; q > p; q--)
        if (q[-1] == '\n' || q[-1] == '\r') {
            p = q;
            break;
        }
    int open = 0;
    for (; p < s; p++) {
        if (*p == '(' || *p == '[' || (s - p >= 3 && opens_wide_bracket(p)))
            open++;
        else if ((*p == ')' || *p == ']' || (s - p >= 3 && closes_wide_bracket(p))) && open > 0)
            open--;
    }
    return open > 0;
}

/* A number in brackets at S, the token's start ((12), （40）, [40], or a
 * bracket that lost its pair: (40, 40)): glued to words before it, it is
 * theirs (续表（3）): text as before. First on its line (blanks alone
 * before it) with more on the line after it, it is a row's number printed
 * in a cell of its own before the label ((1)⇥规章⇥…, 1)⇥规章⇥…), read as
 * before: the scanner gives back an opening bracket alone (RT_CHAR), or
 * the number without its closing one. Elsewhere, or alone on its line
 * (one cell a line), it is a value's place whose number is no count as
 * printed (P009 in the builder). */
static int bracketed_number(scanner *sc, const uint8_t *s, raw_token *t)
{
    const uint8_t *p = s, *q = sc->cur;
    while (p > sc->base && (p[-1] == ' ' || p[-1] == '\t'))
        p--;
    while (q < sc->lim && (*q == ' ' || *q == '\t'))
        q++;
    bool alone = q >= sc->lim || *q == '\n' || *q == '\r';
    bool first = p == sc->base || p[-1] == '\n' || p[-1] == '\r';
    bool round = *s == '(' || (s[0] == 0xEF && s[1] == 0xBC && s[2] == 0x88);
    bool opening = *s == '(' || *s == '[' || opens_wide_bracket(s);
    /* alone on its line in square or tortoise-shell brackets it is a
       page's number (〔 3 〕, ［3］: build_pageno.c); a closing bracket
       whose pair opened before it on the line closes a note */
    if (!opens_cell(sc, s) || (first && (!alone || (opening && !round))) ||
        (!opening && bracket_open_before(sc, s))) {
        if (opening) {
            sc->cur = s + (*s < 0x80 ? 1 : 3);
            return RT_CHAR;
        }
        sc->cur -= sc->cur[-1] < 0x80 ? 1 : 3; /* a number and its closing bracket */
        t->aux = XXGK_UNIT_NONE;
        t->label = 0;
        return format_number(sc, s);
    }
    t->aux = UNIT_BRACKETED;
    t->label = 1;
    return RT_NUMBER;
}

/* The table scanner's DFA, after table_token found no label spelled at
 * the cursor: the same look-up is asked again only after the blanks or
 * bad bytes the DFA skips (AGAIN). */
static int scan_table(scanner *sc, raw_token *t)
{
    const uint8_t *mark = NULL, *ctxmark = NULL, *s;
    (void)mark;
    (void)ctxmark;
    for (bool again = false;; again = true) {
        s = sc->cur;
        t->start = (uint32_t)(s - sc->base);
        int spelled = again ? spelled_label(sc, s) : -1;
        if (spelled >= 0)
            return spelled_label_token(sc, spelled);
    /*!re2c
        $               { return RT_EOF; }
        EOL             { return RT_NL; }
        /* in a bar row (bar_row_line) a TAB pads a bar: blank, as a space */
        "\t"            { if (sc->bar_row) continue;
                          return RT_TAB; }
        SPT* [|｜│┃║]      { return RT_PIPE; }
        SPT+            { continue; }
        !include "labels_table.re.inc";
        NUMBER          { t->aux = XXGK_UNIT_NONE; t->label = 0; return signed_number(sc, s); }
        CHGW UNUM / [^0-9\uFF10-\uFF19.．,，]
                        { t->aux = XXGK_UNIT_NONE; t->label = 0; return change_word_number(sc, s); }
        /* a unit printed beside the number, however spelled: 万元, 万 元,
           （万元）, 0.3562亿元, 356.2千元, and 万 or 亿 alone (a reader would
           be off by 10^4 without it); a word naming no exact amount in 元
           (万余元, 美元) is read too, so that it is refused, never dropped
           (units.c says which is which) */
        NUMBER SP* UNITW  { t->aux = unit_after_number(s, sc->cur); t->label = 1; return signed_number(sc, s); }
        NUMBER SP* LP SP* UNITW SP* RP
                        { t->aux = unit_after_number(s, sc->cur); t->label = 1; return signed_number(sc, s); }
        NUMBER SP* CNTW { t->aux = UNIT_COUNT; t->label = 1; return signed_number(sc, s); }
        NUMBER UNITMARK SP* (UNITW | LP SP* UNITW SP* RP)
                        { return marked_number_unit(sc, s, t, false); }
        NUMBER UNITMARK SP* CNTW
                        { return marked_number_unit(sc, s, t, true); }
        /* a count's unit word running on into a word (89个工作日, 1次开庭):
           no unit, the number bare and the whole word after it text, as
           without CNTW (the longer match wins over CNTW's) */
        NUMBER / SP* CNTW HAN
                        { t->aux = XXGK_UNIT_NONE; t->label = 0; return signed_number(sc, s); }
        /* a number with a mark of approximation (约1534, 1534余, 15%): one
           token, so that the builder withholds it with one finding at the
           mark (P034), never reads the digits as an exact count; a raised
           number right after it (约10³, 约83¹, 10³余: a power or a mark)
           is the token's too: the number is withheld whichever it is, so
           no P036 says it is read without its mark */
        NUMBER NOTEMARK? SPT* APOST | APRE SP* NUMBER NOTEMARK? (SP* UNITW)? (SPT* APOST)?
                        { t->aux = UNIT_APPROX; t->label = 1; return RT_NUMBER; }
        NUMBER SPT* PLUS / [^0-9\uFF10-\uFF19]
                        { t->aux = UNIT_APPROX; t->label = 1; return RT_NUMBER; }
        APRE SP* NUMBER (SP* UNITW)? SPT* PLUS / [^0-9\uFF10-\uFF19]
                        { t->aux = UNIT_APPROX; t->label = 1; return RT_NUMBER; }
                                /* after NUMBER's rules: a number without a format character
           inside is theirs (the same match, the first rule) */
        NUMF            { t->aux = XXGK_UNIT_NONE; t->label = 0; return format_number(sc, s); }
        NUMF SPZ* UNITW { t->aux = unit_after_number(s, sc->cur); t->label = 1; return format_number(sc, s); }
        NUMF SPZ* LP SPZ* UNITW SPZ* RP
                        { t->aux = unit_after_number(s, sc->cur); t->label = 1; return format_number(sc, s); }
        NUMF SPZ* CNTW  { t->aux = UNIT_COUNT; t->label = 1; return format_number(sc, s); }
        NUMF / SPZ* CNTW HAN
                        { t->aux = XXGK_UNIT_NONE; t->label = 0; return format_number(sc, s); }
        FMT             { format_chars(sc, s, sc->cur); continue; }
        /* markdown bold around a cell's text (| **规章** | **4** |, from
           HTML converters): layout, as around a heading (MKO) */
        "**" | "__"     { if (md_emphasis(sc, s)) continue;
                          sc->cur = s + 1; return RT_CHAR; }
        NOTEMARK        { if (note_mark(sc, s)) continue;
                          return RT_CHAR; }
        /* after NUMBER's: 1e5 stays a number; one token (aux RT_GLUED),
           which takes a value's place and gives no value (P046) */
        NUMGLUED        { t->aux = RT_GLUED; return RT_CHAR; }
        NUMSTRAY / STRAYEND
                        { t->aux = RT_GLUED; return RT_CHAR; }
        NUMSTRAYRUN     { t->aux = RT_GLUED; return RT_CHAR; }
        NUMBRSTRAY / STRAYEND
                        { t->aux = RT_GLUED; return RT_CHAR; }
        NUMSTRAYTAIL / TAILEND
                        { t->aux = RT_GLUED; return RT_CHAR; }
        /* but a unit word after it, a word of its own (12.S万元, 1.S 件,
           3.O人次⇥): the letters are a damaged number's, as before a
           blank, a TAB, a bar or a line end (P046); an item's label
           starts with no unit (1.S个工作日 is one) */
        PTITEM / SPT* (UNITW | CNTW) [^\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]
                        { t->aux = RT_GLUED; return RT_CHAR; }
        PTITEM / SPT* HAN
                        { if (item_serial_at(sc, s)) return RT_MARK;
                          t->aux = RT_GLUED; return RT_CHAR; }
        DIG{1,2} SP* DUN SP* / [^0-9\uFF10-\uFF19 \t\r\n]
                        { return RT_MARK; }
        /* (3) before words: a row's number, never a value; 3) too, the
           list numbering of a word processor (3)不予公开) */
        LP SP* DIG{1,2} SP* RP SP* / [^0-9\uFF10-\uFF19 \t\r\n]
                        { return RT_MARK; }
        DIG{1,2} SP* RP SP* / [^0-9\uFF10-\uFF19 \t\r\n]
                        { return RT_MARK; }
        /* a number in brackets in a value's place, a blank, a delimiter or
           the line end after it ((12), （40）: accounting's −12, or a note's
           number): one token, which takes the value's place and makes no
           cell, never the count 12 nor the row's end (bracketed_number) */
        (LP | BROPEN) SPT* NUMBER (SPT* (RP | BRCLOSE))? / CELLEND
                        { return bracketed_number(sc, s, t); }
        /* and a closing bracket with no opening one (40), 40]): the
           bracket lost its pair, the number is as unsure */
        NUMBER (RP | BRCLOSE) / CELLEND
                        { return bracketed_number(sc, s, t); }
        "\x00"          { bad_byte(sc, s); continue; }
        CTRL            { xxgk_span sp = {t->start, t->start + 1};
                          xxgk_doc_add_diag(sc->doc, XXGK_L_CONTROL_CHAR, sp, (unsigned)*s); continue; }
        LSEP            { sc->line_sep = true; return RT_CHAR; }
        [^]             { return RT_CHAR; }
        *               { bad_byte(sc, s); continue; }
    */
    }
}

/* The table scanner: a label spelled as labels.def writes it
 * (spelled_label) taken without the DFA's call, whose set-up cost as much
 * again as the look-up; anything else the DFA's. */
static inline int table_token(scanner *sc, raw_token *t)
{
    const uint8_t *s = sc->cur;
    int spelled = spelled_label(sc, s);
    if (spelled < 0)
        return scan_table(sc, t);
    t->start = (uint32_t)(s - sc->base);
    return spelled_label_token(sc, spelled);
}

void scanner_init(scanner *sc, xxgk_doc *doc)
{
    memset(sc, 0, sizeof *sc);
    sc->doc = doc;
    sc->base = doc->src;
    sc->cur = doc->src;
    sc->lim = doc->src + doc->len + 1; /* the line break parse.c appends */
    sc->bol = true;
}

/* Page text: at a virtual line break, end the line (a zero-width RT_NL)
 * unless it has just ended, then give the inline heading that starts there.
 * Returns a token kind, or -1 to scan on. */
static int virtual_break(scanner *sc, raw_token *t)
{
    if (sc->ibrk >= sc->nbrk)
        return -1;
    const pt_break *b = &sc->brk[sc->ibrk];
    uint32_t at = (uint32_t)(sc->cur - sc->base);
    if (at < b->at)
        return -1;
    t->start = b->at;
    if (!sc->bol) {
        sc->cur = sc->base + b->at;
        return RT_NL;
    }
    sc->ibrk++;
    if (b->entry == PT_LINE)
        return -1;
    sc->cur = sc->base + b->end;
    note_word_fold(sc, sc->base + b->at, sc->cur);
    if (b->entry == PT_TITLE)
        return RT_TITLE;
    t->label = b->entry;
    return RT_SECTION;
}

/* Page text: does the number token t (ending at sc->cur) run over a place
 * where a number's end is unproven (pagetext.h pt_ends: a missed
 * section's numbering glued to its last digit)? Places before it are
 * passed; the one it runs over is taken. */
static bool unproven_end(scanner *sc, const raw_token *t)
{
    uint32_t end = (uint32_t)(sc->cur - sc->base);
    while (sc->iunproven < sc->nunproven && sc->unproven[sc->iunproven] <= t->start)
        sc->iunproven++;
    if (sc->iunproven == sc->nunproven || sc->unproven[sc->iunproven] >= end)
        return false;
    sc->iunproven++;
    return true;
}

/* Page text: a token must not run over the next virtual break. A number
 * glued to the item number of the next label (10000016.属于四类…) gives
 * the last digit back: 6. starts the label; so does one on a glued
 * table's line in a typed text (glued_line), never one on a typed row
 * after it, read as page text to the table's end (行政许可 618. and
 * 总计<TAB>141. keep their digits: the . is the cell's). */
static int clip_token(scanner *sc, raw_token *t, int k)
{
    if (!sc_pagetext(sc))
        return k;
    if (sc->ibrk < sc->nbrk && sc->cur > sc->base + sc->brk[sc->ibrk].at) {
        uint32_t at = sc->brk[sc->ibrk].at;
        sc->cur = sc->base + at;
        if (t->start >= at) { /* blanks skipped over the break: end the line there */
            t->start = at;
            return RT_NL;
        }
        return k;
    }
    if (k != RT_NUMBER)
        return k;
    /* numbers only: the places are asked of no other token */
    if (__builtin_expect(sc->iunproven < sc->nunproven, 0) && unproven_end(sc, t)) {
        t->aux = RT_GLUED; /* 24252.3110823.收到…: the digits' end unknown, one glued token */
        t->label = 0;
        return RT_CHAR;
    }
    if (((sc->nbrk && !sc->runon) || sc->glued_line) && sc->cur - sc->base >= t->start + 2 && sc->cur + 1 < sc->lim) {
        for (const uint8_t *p = sc->base + t->start; p < sc->cur; p++)
            if (*p < '0' || *p > '9')
                return k;
        uint32_t cp;
        int l = utf8_decode(sc->cur, (size_t)(sc->lim - sc->cur), &cp);
        bool dot = l && (cp == '.' || cp == 0xFF0E || cp == 0x3001);
        if (dot && sc->cur[-1] != '0' && !(sc->cur[l] >= '0' && sc->cur[l] <= '9'))
            sc->cur--; /* items are numbered from 1 */
    }
    return k;
}

/* The end of every token: its kind and end, the summary of bad bytes at
 * the end of the text, and the line state for the next token. */
static void token_done(scanner *sc, raw_token *t, int k)
{
    t->kind = k;
    t->end = (uint32_t)(sc->cur - sc->base);
    if (k == RT_EOF && sc->bad_bytes > BAD_BYTES_REPORTED && !sc->bad_summary_done) {
        xxgk_span sp = {sc->first_unreported, sc->first_unreported + 1};
        xxgk_doc_add_diag(sc->doc, XXGK_L_TOO_MANY_BAD_BYTES, sp,
                          (unsigned)(sc->bad_bytes - BAD_BYTES_REPORTED));
        sc->bad_summary_done = true;
    }
    t->md_level = sc->md_level;
    if (k == RT_NL || k == RT_EOF) {
        sc->bol = true;
        sc->md_level = 0;
        sc->md_header = false;
    } else {
        sc->bol = false;
    }
}

/* A line of a table whose bytes are only ASCII digits, spaces, TABs and
 * | (0 |, 0<TAB>0<TAB>0), one of them a digit or a |: none of the
 * line-start tests can hold for it (a page marker, a section heading, a
 * markdown separator or header row, a title, a sentence each need other
 * bytes), so its first token is the table scanner's, after the blanks
 * skipped at a line's start. */
static bool plain_line(scanner *sc, raw_token *t)
{
    if (sc_pagetext(sc) || sc->mode != MODE_TABLE)
        return false;
    bool cell = false;
    for (const uint8_t *p = sc->cur; p < sc->line_eol; p++) {
        if ((*p >= '0' && *p <= '9') || *p == '|')
            cell = true;
        else if (*p != ' ' && *p != '\t')
            return false;
    }
    if (!cell)
        return false;
    sc->md_header = false;
    t->header = false;
    while (*sc->cur == ' ' || *sc->cur == '\t')
        sc->cur++;
    int k = plain_token(sc, &t->start);
    token_done(sc, t, k >= 0 ? k : table_token(sc, t));
    return true;
}

/* A line start outside page text whose first token needs none of
 * scan_edge's tests, read as scan_edge reads it:
 *   - a blank line (spaces and TABs before its break): in either mode the
 *     line-start scanner skips the blanks (SP+) and reads the break (EOL),
 *     which starts the token; every test before it needs a byte the line
 *     lacks (a cell, a '|', text ending in 年度报告);
 *   - in a table, a line whose first word is a run of ASCII digits that
 *     plain_token reads as a whole NUMBER, with a TAB or a '|' after it or
 *     its line break (after spaces and TABs). No line-start rule reads it
 *     otherwise: a page number (3/12), a section's number (1、) and a
 *     markdown separator or header row need other bytes after or before
 *     the digits, line_kind wants a numeral or 第 first, and the TAB or
 *     '|' makes the line no title (title_again) and no sentence
 *     (line_is_prose), as its ending in ASCII does without one. The
 *     number is then the table scanner's, as it would be at that cursor.
 * line_end is asked as scan_edge asks it, so the scanner follows the lines
 * as it would. Else -1, nothing read: scan_edge reads the token. A line
 * of a table made of such numbers is read without a walk to its end
 * first (plain_line): its tokens are read once. */
int scan_plain_bol(scanner *sc, plain_tok *t)
{
    const uint8_t *s = sc->cur, *p = s;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == '\n' || *p == '\r') { /* the break of a blank line: bol stays */
        sc->line_eol = line_end(sc, s);
        t->start = (uint32_t)(p - sc->base);
        sc->cur = p + (p[0] == '\r' ? 2 : 1); /* a CR here is a CR LF's */
        t->kind = RT_NL;
        t->end = (uint32_t)(sc->cur - sc->base);
        sc->md_level = 0;
        sc->md_header = false;
        return RT_NL;
    }
    if (sc->mode != MODE_TABLE || *p < '0' || *p > '9')
        return -1;
    sc->bar_row = false; /* a line opening with a digit */
    const uint8_t *d = p, *q;
    while (*d >= '0' && *d <= '9')
        d++;
    bool tab = false;
    for (q = d; *q == ' ' || *q == '\t'; q++)
        tab = tab || *q == '\t';
    /* plain_token's NUMBER at p: the digits a whole match */
    if ((!tab && *q != '|' && *q != '\n' && *q != '\r') || !digits_whole(d, sc->lim))
        return -1;
    t->start = (uint32_t)(p - sc->base);
    sc->cur = d;
    sc->line_eol = line_end(sc, s);
    sc->md_header = false;
    sc->bol = false;
    t->kind = RT_NUMBER;
    t->end = (uint32_t)(sc->cur - sc->base);
    return RT_NUMBER;
}

/* bar_row := BAR (cell BAR)+ with blanks around it: a table line that
 * opens AND closes with a cell bar (│<TAB>规章<TAB>│<TAB>12<TAB>│, a
 * box-drawn or pipe table copied with TAB padding). Its cells are read by
 * the bars and its TABs are padding (scan_table, plain_token), each had
 * been an empty cell of its own (P006 on every row). Only such a line: in
 * a table drawn without bars every TAB delimits and a lone bar between
 * TABs stays a cell (规章<TAB>|<TAB>12: P006, never two cells merged,
 * tests/grammar/damage3b-lone-bar-in-tab-row.txt). Not in page text, whose
 * physical line holds many rows. Cost: the line's leading and trailing
 * blanks, once a line (utf8_bar_framed, which build_row.c asks too). */
static bool bar_row_line(const scanner *sc)
{
    return sc->mode == MODE_TABLE && !sc_pagetext(sc) && utf8_bar_framed(sc->cur, sc->line_eol);
}

/* Can a line whose first character past its spaces and TABs is at F
 * open with a cell bar (bar_row_line)? utf8_bar_framed skips the blanks
 * utf8_blank_len takes (space, TAB, U+3000, NBSP) and then wants a bar
 * ('|', ｜ EF BD 9C, │ ┃ ║ utf8_wide_bar). F is past the spaces and TABs,
 * so only a bar at F or a U+3000 or NBSP there (which may have more
 * blanks and a bar after it) can: the whole character is asked, not its
 * lead byte alone, so that a line opening with （ ● 、 “ (leads EF E2 E3,
 * table 三's rows (一)… among them) costs no walk of its edges either.
 * F's bytes are read only while the ones before match: the text ends in
 * a line break and a NUL. */
static bool may_open_bar(const uint8_t *f)
{
    switch (f[0]) {
    case '|': return true;
    case 0xEF: case 0xE2: return utf8_wide_bar(f);
    case 0xE3: return f[1] == 0x80 && f[2] == 0x80; /* U+3000 */
    case 0xC2: return f[1] == 0xA0;                  /* NBSP */
    default: return false;
    }
}

/* An ideograph that opens no rule of the line-start scanners: U+4000 to
 * U+9FFF (lead byte E4 to E9, well formed), but for the numerals 一…十 and
 * 第, which open the section headings (every title of labels.def starts
 * with sec_lead), page numbers (第3页), sub-headings (一、 一是) and dates
 * (二〇二四年). A line that opens with one is none of those: in a table
 * line_kind finds nothing either (a heading needs [第] 一…十 first); in
 * prose only its title test is left. */
static bool opens_with_word(const uint8_t *s)
{
    if (s[0] < 0xE4 || s[0] > 0xE9 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
        return false;
    uint32_t cp = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    return cp != 0x7B2C && !cn_numeral(cp);
}

/* The start of a line: its scanner, or what is left of it for a line that
 * opens with a word (opens_with_word). -1: scan the line on. */
static int scan_bol(scanner *sc, raw_token *t)
{
    if (!opens_with_word(sc->cur))
        return sc->mode == MODE_TABLE ? scan_bol_table(sc, t) : scan_bol_prose(sc, t);
    if (sc->mode == MODE_TABLE)
        return -1;
    t->start = (uint32_t)(sc->cur - sc->base);
    return line_kind(sc, t, true);
}

/* A token at the start of a line, or anywhere in page text: the virtual
 * breaks, the whole-line tests and the line-start scanners. Kept out of
 * scan_next, whose common case (inside a line of plain text) then costs
 * only the scanner of the mode. */
__attribute__((noinline)) static void scan_edge(scanner *sc, raw_token *t)
{
    int k = virtual_break(sc, t);
    if (k >= 0) {
        t->kind = k;
        t->end = (uint32_t)(sc->cur - sc->base);
        t->md_level = 0;
        t->header = false;
        sc->bol = k == RT_NL;
        sc->md_level = 0;
        return;
    }
    if (sc->bol) {
        sc->line_eol = line_end(sc, sc->cur);
        /* the line's first byte after its blanks: a line of cells
         * (plain_line) opens with a digit or a '|', a markdown header row
         * (md_header_row) with a '|', a bar row (bar_row_line) with a bar;
         * most table lines open with a word and need none of the walks */
        const uint8_t *f = sc->cur;
        while (*f == ' ' || *f == '\t')
            f++;
        sc->bar_row = may_open_bar(f) && bar_row_line(sc);
        if (((*f >= '0' && *f <= '9') || *f == '|') && plain_line(sc, t))
            return;
        sc->md_header = *f == '|' && sc->mode == MODE_TABLE && md_header_row(sc);
    }
    t->header = sc->md_header;
    if (sc->bol && sc->mode == MODE_TABLE && title_again(sc)) {
        t->start = (uint32_t)(sc->cur - sc->base);
        /* a page's header is dropped, its bad bytes told (L001, L002) as
         * in any line taken whole (stop 72, fuzz42: NUL or 0xFF in a
         * running title inside a table went unseen) */
        line_bad_bytes(sc, sc->cur, sc->line_eol);
        sc->cur = sc->line_eol;
        k = RT_PAGE;
    } else if (sc->bol) {
        k = scan_bol(sc, t);
        if (k < 0 && sc->mode == MODE_TABLE && line_is_prose(sc)) {
            t->start = (uint32_t)(sc->cur - sc->base);
            k = scan_prose(sc, t); /* text_run stops at the next break */
        }
    }
    if (k < 0)
        k = sc->mode == MODE_TABLE ? table_token(sc, t) : scan_prose(sc, t);
    token_done(sc, t, clip_token(sc, t, k));
}

void scan_next(scanner *sc, raw_token *t)
{
    t->label = t->aux = 0;
    t->md_level = 0;
    t->bol = sc->bol;
    if (sc->bol || sc_pagetext(sc)) {
        scan_edge(sc, t);
        return;
    }
    /* inside a line of plain text: no line test, no virtual break */
    t->header = sc->md_header;
    if (sc->mode == MODE_TABLE) {
        int k = plain_token(sc, &t->start);
        token_done(sc, t, k >= 0 ? k : table_token(sc, t));
    }
    else
        token_done(sc, t, scan_prose(sc, t));
}

void scan_table_next(scanner *sc, raw_token *t)
{
    t->label = t->aux = 0;
    t->md_level = 0;
    t->bol = false;
    t->header = false;
    token_done(sc, t, table_token(sc, t));
}

/* The heading numeral that opens [s, e) in a numbering the line reader's
 * headings accept: sec_num above, the one rule (一、 一. 一． 第一部分
 * （一） (一) 1、 1. and 一 before blanks, its 、 lost). Page text finds its
 * inline headings by it (pagetext.c). The match stops at a byte no
 * numbering holds (every text here ends in a NUL or a line break: none
 * does); the blanks a match takes past e (sec_num's SP* after 部分 or
 * after 一) are ASCII ones only, the callers' e trimmed of those. The
 * numeral's value (1..99), *after past the numbering and the blanks after
 * it (space, TAB, U+3000, NBSP), else 0. */
int lex_section_numeral(const uint8_t *s, const uint8_t *e, const uint8_t **after)
{
    const uint8_t *cur = s, *mark = NULL;
    (void)mark;
    if (s >= e)
        return 0;
    /*!local:re2c
        re2c:define:YYCURSOR = "cur";
        re2c:define:YYMARKER = "mark";
        re2c:eof = -1;
        re2c:yyfill:enable = 0;
        sec_num { goto matched; }
        *       { return 0; }
    */
matched:
    for (const uint8_t *p = e; p < cur; p++)
        if (*p != ' ' && *p != '\t')
            return 0; /* the numbering runs past e */
    if (cur > e)
        cur = e;
    int n = numeral_first(s, cur);
    uint32_t b;
    while (cur < e && (b = utf8_blank_len(cur, e)) > 0)
        cur += b;
    *after = cur;
    return n > 0 ? n : 0;
}

/* Is it an agency's name, and is it the full one?
 *
 * name    := place+ office?       杭州市 卫生健康委员会, 微山县 两城镇 人民政府
 *          | national-body        国家统计局, 财政部
 *          | institution          云南大学, 昆明医科大学第一附属医院
 *                                 (meta_name_kind_own only: title, sign-off)
 * place   := CJK+ level           level: 省 自治区 市 州 盟 县 旗 区 镇 乡 街道
 * A name ends in an administrative suffix (局 委 会 办 室 处 厅 府 院 …) and
 * is all CJK; it holds no field label, no 报告 or 信息公开, nothing from a
 * document's name in 《》. A name that starts with a level word (市财政局,
 * 县教育局) names no place: it is relative, no name. A town, township or
 * street without its county (两城镇人民政府) is partial: the text may give
 * the full name elsewhere (meta_name_parent). */
#include <stdlib.h>
#include <string.h>

#include "meta.h"
#include "utf8.h"

enum { NAME_MIN = 2, NAME_MAX = 30, PARENT_MAX = 10 };

/* A place's level word: 1 for county level or above, 2 for a town,
 * township or street (length of the word in *len), 0 for none. */
static int level_cp(uint32_t f)
{
    switch (f) {
    case 0x7701: /* 省 */ case 0x5E02: /* 市 */ case 0x5DDE: /* 州 */ case 0x76DF: /* 盟 */
    case 0x53BF: /* 县 */ case 0x65D7: /* 旗 */ case 0x533A: /* 区 */
        return 1;
    case 0x9547: /* 镇 */ case 0x4E61: /* 乡 */
        return 2;
    }
    return 0;
}

static int level_at(const mt_text *t, int k, int j, int *len)
{
    *len = 1;
    if (level_cp(t->f[k]))
        return level_cp(t->f[k]);
    switch (t->f[k]) {
    case 0x8857: /* 街 */
        if (k + 1 < j && t->f[k + 1] == 0x9053) { /* 街道 */
            *len = 2;
            return 2;
        }
        return 0;
    }
    return 0;
}

/* The last character of an agency's name (a switch: the preamble's scan
 * asks it of every string). */
static bool office_suffix(uint32_t f)
{
    switch (f) {
    case 0x5C40: /* 局 */ case 0x59D4: /* 委 */ case 0x4F1A: /* 会 */ case 0x529E: /* 办 */
    case 0x5BA4: /* 室 */ case 0x5904: /* 处 */ case 0x5385: /* 厅 */ case 0x5E9C: /* 府 */
    case 0x9662: /* 院 */ case 0x6240: /* 所 */ case 0x7AD9: /* 站 */ case 0x90E8: /* 部 */
    case 0x7F72: /* 署 */ case 0x53F8: /* 司 */ case 0x961F: /* 队 */ case 0x9986: /* 馆 */
    case 0x5FC3: /* 心 */ case 0x9053: /* 道 */ case 0x533A: /* 区 */ case 0x53BF: /* 县 */
    case 0x5E02: /* 市 */ case 0x5DDE: /* 州 */ case 0x7701: /* 省 */ case 0x9547: /* 镇 */
    case 0x4E61: /* 乡 */ case 0x65D7: /* 旗 */ case 0x76DF: /* 盟 */
        return true;
    }
    return false;
}

/* The two-character words a name ends in beyond an office's suffix, one
 * table read by the rules (bank_suffix, school_suffix, institution_end)
 * and by meta_name_last_char, so that an ending added here also joins a
 * wrapped name's lines (filter_text.c ft_signoff_agency).
 * NAME_BANK: …银行, …支行, …分行: the central bank and its branches
 * (中国人民银行, 中国人民银行杭州中心支行), the one 行 an agency's name ends
 * in (not the 进行 or 执行 of prose).
 * NAME_SCHOOL: …大学, …中学, …小学, …学校: a school's name ends in the
 * word, never in a lone 学 or 校 (科学, 教学, 学校's 校 only after 学).
 * NAME_INSTITUTION: 学院 and 医院 (institution_end; they end in 院, an
 * office's suffix already). */
enum name_ending_kind { NAME_BANK, NAME_SCHOOL, NAME_INSTITUTION };
static const struct {
    uint32_t before, last;
    enum name_ending_kind kind;
} name_ending[] = {
    {0x94F6 /* 银 */, 0x884C /* 行 */, NAME_BANK},   {0x652F /* 支 */, 0x884C /* 行 */, NAME_BANK},
    {0x5206 /* 分 */, 0x884C /* 行 */, NAME_BANK},   {0x5927 /* 大 */, 0x5B66 /* 学 */, NAME_SCHOOL},
    {0x4E2D /* 中 */, 0x5B66 /* 学 */, NAME_SCHOOL}, {0x5C0F /* 小 */, 0x5B66 /* 学 */, NAME_SCHOOL},
    {0x5B66 /* 学 */, 0x6821 /* 校 */, NAME_SCHOOL}, {0x5B66 /* 学 */, 0x9662 /* 院 */, NAME_INSTITUTION},
    {0x533B /* 医 */, 0x9662 /* 院 */, NAME_INSTITUTION},
};
enum { NAME_ENDINGS = sizeof name_ending / sizeof name_ending[0] };

/* Does the text before j end in a word of KIND from name_ending? */
static bool ends_in_name_word(const mt_text *t, int j, enum name_ending_kind kind)
{
    if (j < 2)
        return false;
    uint32_t last = t->f[j - 1], before = t->f[j - 2];
    for (int k = 0; k < NAME_ENDINGS; k++)
        if (name_ending[k].last == last && name_ending[k].before == before && name_ending[k].kind == kind)
            return true;
    return false;
}

static bool bank_suffix(const mt_text *t, int j)
{
    return ends_in_name_word(t, j, NAME_BANK);
}

static bool school_suffix(const mt_text *t, int j)
{
    return ends_in_name_word(t, j, NAME_SCHOOL);
}

bool meta_name_last_char(uint32_t f)
{
    if (office_suffix(f))
        return true;
    for (int k = 0; k < NAME_ENDINGS; k++)
        if (name_ending[k].last == f)
            return true;
    return false;
}

bool meta_name_may_end(const mt_text *t, int j)
{
    if (j > 0 && j < t->n && t->f[j - 1] == 0x6240 /* 所 */ && (t->f[j] == 0x5C5E || t->f[j] == 0x5C6C) /* 属 屬 */)
        return false; /* 所属: no office's 所 (青禾县财政局及所|属单位, review year69 B5) */
    return j > 0 && j <= t->n && (office_suffix(t->f[j - 1]) || bank_suffix(t, j));
}

/* 工作 right before an office's last character (社会工作部, 社区工作部,
 * 机关工作委员会: a department for a kind of work) is the office's word,
 * not the report's own 工作 (政府信息公开工作年度报告). */
static bool work_office(const mt_text *t, int k, int j)
{
    return mt_word_at(t, k, U"工作") && k + 2 < j && office_suffix(t->f[k + 2]);
}

/* Words no name holds: the report's own words and the page's chrome. */
static bool has_foreign_word(const mt_text *t, int i, int j)
{
    for (int k = i; k < j; k++)
        if (t->foreign[k] && k + t->foreign[k] <= j && !work_office(t, k, j))
            return true;
    return false;
}

/* A word that makes a name relative: 市财政局, 本局, 我县, 全区. */
static bool relative_start(uint32_t f)
{
    return level_cp(f) || f == 0x672C /* 本 */ || f == 0x6211 /* 我 */ || f == 0x8BE5 /* 该 */ ||
           f == 0x5168 /* 全 */ || f == 0x5404 /* 各 */ || f == 0x539F /* 原 */;
}

/* A body of the State Council or the nation named without a place:
 * 国家…, 国务院…, 中华人民共和国…, …部; 中国… (中国人民银行, 中国气象局,
 * 中国证券监督管理委员会: not 中国共产党…, a party's, nor the 中国特色… of
 * prose), 最高人民法院, 最高人民检察院, …总署 and 审计署 (海关总署: not
 * the 部署 of prose, which ends in 部署). */
static bool china_body(const mt_text *t, int i, int j)
{
    if (!mt_word_at(t, i, U"中国") || j - i < 5)
        return false;
    for (int k = i + 2; k + 1 < j; k++)
        if (mt_word_at(t, k, U"共产党") || mt_word_at(t, k, U"特色"))
            return false;
    return true;
}

static bool national(const mt_text *t, int i, int j)
{
    if (mt_word_at(t, i, U"国家") || mt_word_at(t, i, U"国务院") || mt_word_at(t, i, U"中华人民共和国") ||
        t->f[j - 1] == 0x90E8) /* 部 */
        return true;
    if (t->f[j - 1] == 0x7F72) /* 署 */
        return (j - i == 4 && t->f[j - 2] == 0x603B) /* …总署 */ || (j - i == 3 && mt_word_at(t, i, U"审计署"));
    return china_body(t, i, j) || mt_word_at(t, i, U"最高人民法院") == j - i || mt_word_at(t, i, U"最高人民检察院") == j - i;
}

/* A level word that opens a word of an office's name, not a place:
 * 市场 (文化和市场管理局), 市政, 市容, 区域, 县域; or that closes one:
 * the 区 of 社区 (社区工作部, a party committee's department). */
static bool level_in_word(const mt_text *t, int k)
{
    return mt_word_at(t, k, U"市场") || mt_word_at(t, k, U"市政") || mt_word_at(t, k, U"市容") ||
           mt_word_at(t, k, U"市民") || mt_word_at(t, k, U"区域") || mt_word_at(t, k, U"县域") ||
           (k > 0 && mt_word_at(t, k - 1, U"社区"));
}

/* Is a level word of county level or above at k the level of a place
 * (桐乡市's 市), not the first character of an office's word (海淀区市场
 * 监督管理局's 市场: the place stays the district)? */
static bool place_level_at(const mt_text *t, int k, int j)
{
    return k < j && level_cp(t->f[k]) == 1 && !level_in_word(t, k);
}

int meta_name_place_at(const mt_text *t, int k, int j)
{
    int len, lv = level_at(t, k, j, &len);
    if (lv && place_level_at(t, k + len, j))
        return 0; /* 桐乡市: the place is the city */
    return lv;
}

/* The tests of meta_name_kind after the characters' own (all CJK, outside
 * 《》, no foreign word): the suffix 道 and 府 in context, then the level
 * of the first place (first, meta_name_place_at of the first k of [i, j)
 * where it is not 0; 0 when none), or a national body. */
static int place_kind_given(const mt_text *t, int i, int j, int first)
{
    if (t->f[j - 1] == 0x9053 && t->f[j - 2] != 0x8857) /* 道 only in 街道 */
        return NAME_BAD;
    if (t->f[j - 1] == 0x5E9C /* 府 */ && j < t->n && mt_word_at(t, j, U"信息")) /* …政府信息公开条例 */
        return NAME_BAD;
    if (first)
        return first == 1 ? NAME_OK : NAME_PARTIAL;
    return national(t, i, j) ? NAME_OK : NAME_BAD;
}

static int place_kind(const mt_text *t, int i, int j)
{
    int first = 0;
    for (int k = i; k < j && !first; k++)
        first = meta_name_place_at(t, k, j);
    return place_kind_given(t, i, j, first);
}

/* The length and the two ends: the cheap tests, asked first. */
static bool name_ends(const mt_text *t, int i, int j)
{
    return i >= 0 && j <= t->n && j - i >= NAME_MIN && j - i <= NAME_MAX &&
           (office_suffix(t->f[j - 1]) || bank_suffix(t, j)) && !relative_start(t->f[i]);
}

/* The text from i to j is all CJK, outside 《》, with no foreign word: the
 * characters a name is made of. */
static bool name_chars(const mt_text *t, int i, int j)
{
    for (int k = i; k < j; k++)
        if (t->book[k] || !mt_cjk(t->f[k]))
            return false;
    return !has_foreign_word(t, i, j);
}

int meta_name_kind(const mt_text *t, int i, int j)
{
    return name_ends(t, i, j) && name_chars(t, i, j) ? place_kind(t, i, j) : NAME_BAD;
}

/* institution := CJK{2,} (大学 | 学院 | 医院 | 中学 | 小学 | 学校): a public
 * institution (云南大学, 昆明医科大学第一附属医院, 湖南师范大学附属中学,
 * 青禾县第一中学) is named by its own name, a place in it or not. Two
 * characters at least before the word, so that 本院, 该校 and a bare 医院
 * or 大学 stay no name. Only where a report names itself (its title, its
 * sign-off: meta_name_kind_own): in prose (section 一's subject, the
 * preamble) a school or a hospital is more often what an agency works
 * with (青禾市政府与青禾大学共建…, 辖区内中小学) than who reports. */
static bool institution_end(const mt_text *t, int i, int j)
{
    if (j - i < 4)
        return false;
    return school_suffix(t, j) || ends_in_name_word(t, j, NAME_INSTITUTION);
}

/* Words no institution's name holds: a joining word (青禾市政府与青禾大学,
 * 智慧校园和平安中小学: two things, no one name), a set of them (各中小学,
 * 所属医院, 教育系统…, 辖区内…), a verb (推进智慧医院: a phrase that ends
 * in the word). A name is at most NAME_MAX characters and the lists are
 * fixed: a bounded test. */
static bool institution_word_at(const mt_text *t, int k)
{
    static const char32_t *const words[] = {
        U"所属", U"系统", U"辖区", U"推进", U"推动", U"建设", U"共建", U"创建", U"打造", U"开展",
        U"加强", U"提升", U"落实", U"实施", U"完善", U"协同", U"深化", U"新建", U"改建", U"扩建",
        U"举办", U"成立", U"组织", U"指导", U"联合", U"覆盖", NULL};
    uint32_t f = t->f[k];
    if (f == 0x4E0E /* 与 */ || f == 0x548C /* 和 */ || f == 0x53CA /* 及 */ || f == 0x5404 /* 各 */ ||
        f == 0x3001 /* 、 */)
        return true;
    for (int w = 0; words[w]; w++)
        if (mt_word_at(t, k, words[w]))
            return true;
    return false;
}

static bool institution(const mt_text *t, int i, int j)
{
    if (i < 0 || j > t->n || j - i > NAME_MAX || !institution_end(t, i, j) || relative_start(t->f[i]))
        return false;
    for (int k = i; k < j; k++)
        if (institution_word_at(t, k))
            return false;
    return name_chars(t, i, j);
}

int meta_name_kind_own(const mt_text *t, int i, int j)
{
    int kind = meta_name_kind(t, i, j);
    return kind == NAME_BAD && institution(t, i, j) ? NAME_OK : kind;
}

int meta_name_kind_plain(const mt_text *t, int i, int j)
{
    return name_ends(t, i, j) ? place_kind(t, i, j) : NAME_BAD;
}

int meta_name_kind_placed(const mt_text *t, int i, int j, int first)
{
    return name_ends(t, i, j) ? place_kind_given(t, i, j, first) : NAME_BAD;
}

/* [i, j) is two agencies joined, no one name: an office's last character,
 * a joining word (和 与 及 并 暨 同 、, 会同 指导 联合 以及), then a place's
 * level word within six characters (青禾市教育局和青禾市体育局, …办公室指导
 * 青禾市教育局, 青禾市教育局、青禾市体育局); or an office's last character
 * right before the name's own first place again (青禾市教育局青禾市体育局:
 * two names of a joint sign-off, the blank between them gone), asked only
 * when side_by_side; in a title (MT_SIDE_BANNER) not after a government's
 * name, a site's banner glued to the title (青禾市人民政府 青禾市教育局
 * 2023年…: its 青禾市教育局 the agency, as before); and not when the second
 * ends as a unit of the first (unit_end). Inside （…） nothing joins
 * (办公室（外事办公室、港澳事务办公室）: one office's other names). A lower
 * place right after an office is one name (杭州市公安局滨江区分局, 国家税务
 * 总局青禾市税务局: no place first to repeat), and 和 inside an office's
 * name is none (住房和城乡建设局: no place after it). */
static bool joiner1(uint32_t f)
{
    return f == 0x548C /* 和 */ || f == 0x4E0E /* 与 */ || f == 0x53CA /* 及 */ || f == 0x5E76 /* 并 */ ||
           f == 0x66A8 /* 暨 */ || f == 0x540C /* 同 */ || f == 0x3001 /* 、 */;
}

/* The party's prefix of a party organ's name (中共青禾县委办公室,
 * 中国共产党青禾县委员会): its length, else 0. The name's place starts
 * after it. */
static int party_prefix(const mt_text *t, int i, int j)
{
    int n = mt_word_at(t, i, U"中国共产党");
    if (!n)
        n = mt_word_at(t, i, U"中共");
    return n && i + n < j ? n : 0;
}

/* The length of the name's first place, through its level word (青禾市 of
 * 青禾市教育局: 3), when the name starts with one; 0 when not. */
static int first_place_len(const mt_text *t, int i, int j)
{
    for (int k = i + 1; k < j && k <= i + PARENT_MAX; k++) {
        int len;
        if (meta_name_place_at(t, k, j) == 1 && level_at(t, k, j, &len))
            return k + len - i;
    }
    return 0;
}

/* Does the name's first place (len characters from i) stand again at p?
 * No place (len 0, or below 0: a party organ whose place first_place_len
 * cannot find, 中共青石镇委员会) repeats. */
static bool place_again(const mt_text *t, int i, int len, int p, int j)
{
    if (len <= 0 || p + len >= j)
        return false;
    for (int k = 0; k < len; k++)
        if (t->f[i + k] != t->f[p + k])
            return false;
    return true;
}

/* Does the name ending at j name a unit of the office before it (its
 * 分局, 支队, 大队, 派出所 …): 青禾市公安局青禾市交通警察支队 is the
 * 支队, one agency, the city's name repeated in the unit's own. */
static bool unit_end(const mt_text *t, int j)
{
    uint32_t last = t->f[j - 1], before = j >= 2 ? t->f[j - 2] : 0;
    return last == 0x961F /* 队 */ || last == 0x6240 /* 所 */ ||
           (before == 0x5206 /* 分 */ &&
            (last == 0x5C40 /* 局 */ || last == 0x9662 /* 院 */ || last == 0x884C /* 行 */ || last == 0x4F1A /* 会 */)) ||
           (j >= 3 && t->f[j - 3] == 0x5206 && before == 0x4E2D /* 中 */ && last == 0x5FC3 /* 心: 分中心 */);
}

/* An opening or a closing bracket (（ ( or ） )): +1, -1; else 0. */
static int paren_step(uint32_t f)
{
    return (f == 0xFF08 || f == '(') ? 1 : (f == 0xFF09 || f == ')') ? -1 : 0;
}

int meta_name_doubled(const mt_text *t, int i, int j)
{
    int h = (j - i) / 2;
    if (h < 3 || j - i != 2 * h)
        return 0;
    for (int k = 0; k < h; k++)
        if (t->f[i + k] != t->f[i + h + k])
            return 0;
    return h;
}

/* Does the name [i, p) end in 人民政府 or 网站 (门户网站), or in 政府 right
 * after a place's level word (青禾县政府, 人民 left out: the government's
 * short form): a government or its site, whose banner stands before the
 * title of a report of one of its offices? */
static bool government_end(const mt_text *t, int i, int p)
{
    return (p - i > 4 && mt_word_at(t, p - 4, U"人民政府")) || (p - i > 2 && mt_word_at(t, p - 2, U"网站")) ||
           (p - i > 3 && mt_word_at(t, p - 2, U"政府") && level_cp(t->f[p - 3]));
}

/* A relative name (市体育局, 县人民政府办公室) runs from k to j, the
 * second of two: its level word no word of an office's (市场…). */
static bool relative_second(const mt_text *t, int k, int j)
{
    return !level_in_word(t, k) && meta_name_relative(t, k, j);
}

/* Does [k, j) name a place of its own (a place's level word after its
 * first character, 青禾县青石镇人民政府, 青石镇人民政府), not a bare office
 * (组织部, 宣传部: the rest of one party organ's name after a blank)? */
static bool names_own_place(const mt_text *t, int k, int j)
{
    for (int m = k + 1; m < j; m++)
        if (meta_name_place_at(t, m, j) && !level_in_word(t, m))
            return true;
    return false;
}

/* Does [i, j) hold a set's word (中小学, 公办, 民办, 乡镇, 市直 县直 区直
 * not 直属: 白河市中小学校, 白河市公办中小学校, 白河市乡镇中心学校,
 * 白河市市直学校)? Schools of a kind in a place, no one unit (review
 * year71 N1). 各 and 所属 are institution_word_at's. */
static bool set_word_in(const mt_text *t, int i, int j)
{
    static const char32_t *const set[] = {U"中小学", U"公办", U"民办", U"乡镇", NULL};
    for (int k = i; k < j; k++) {
        for (int w = 0; set[w]; w++)
            if (mt_word_at(t, k, set[w]))
                return true;
        if (k + 2 < j && level_cp(t->f[k]) && t->f[k + 1] == 0x76F4 /* 直 */ && t->f[k + 2] != 0x5C5E /* 属 */ &&
            t->f[k + 2] != 0x8F96 /* 辖 */)
            return true;
    }
    return false;
}

/* A school or a hospital named with its place before its last word
 * (白河市第一中学, 青禾县实验小学, 青禾县人民医院): an institution of its
 * own, a member a list of reporting units can name. A set or a kind
 * (中小学校, 中等职业学校, 实验小学, 所属学校, 白河市公办中小学校,
 * 白河市乡镇中心学校, 白河市市直学校: set_word_in) holds no place: none. */
bool meta_name_placed_institution(const mt_text *t, int i, int j)
{
    return institution(t, i, j) && names_own_place(t, i, j - 2) && !set_word_in(t, i, j);
}

/* 和 or 同 right after a place's level word opens the next place's name
 * (安徽省和县, 天津市和平区, 厦门市同安区, 临夏回族自治州和政县): no
 * joining word there. */
static bool joins_after(const mt_text *t, int p)
{
    uint32_t f = t->f[p];
    return !((f == 0x548C /* 和 */ || f == 0x540C /* 同 */) && level_cp(t->f[p - 1]));
}

/* The party committee itself and a government's office under both
 * (中共青禾市委青禾市人民政府信访局, the 信访局 of the committee and the
 * government): one agency. The first [i, p) is the party's prefix, a
 * place (first long with the prefix) and 委, no office of its own; the
 * second the same place's 人民政府 and an office after it. */
static bool party_and_government_office(const mt_text *t, int i, int first, int p, int j)
{
    int place = first - party_prefix(t, i, p);
    return party_prefix(t, i, p) && place > 0 && p == i + first + 1 && t->f[p - 1] == 0x59D4 /* 委 */ &&
           mt_word_at(t, p + place, U"人民政府") && p + place + 4 < j;
}

bool meta_name_joins_two(const mt_text *t, int i, int j, int side_by_side)
{
    int first = side_by_side ? first_place_len(t, i, j) : 0;
    int party = party_prefix(t, i, j); /* the place repeats without 中共 */
    int depth = 0; /* inside （…）: the office's other names, 、 no joint */
    for (int p = i + 2; p + 1 < j; p++) {
        depth += paren_step(t->f[p - 1]);
        if (depth > 0 || !office_suffix(t->f[p - 1]))
            continue;
        if (p > i + first && place_again(t, i + party, first - party, p, j) && !unit_end(t, j) &&
            !(side_by_side == MT_SIDE_BANNER && government_end(t, i, p)) &&
            !party_and_government_office(t, i, first, p, j))
            return true;
        /* a sign-off's second name relative to the place it leaves
         * unsaid, a blank before it (青禾市教育局  市体育局) */
        if (side_by_side && t->gap[p] && relative_second(t, p, j) &&
            !(side_by_side == MT_SIDE_BANNER && government_end(t, i, p)))
            return true;
        /* a party organ's name, a blank, then another name (中共青石镇委员会
         * 青禾县青石镇人民政府: the town's committee and its government, the
         * second with its county): a party organ's name goes on after no
         * blank, nor is it a site's banner */
        if (side_by_side && party && t->gap[p] && meta_name_kind(t, p, j) != NAME_BAD && names_own_place(t, p, j) &&
            !party_and_government_office(t, i, first, p, j))
            return true;
        /* a name, a blank, then a party organ's of the same place
         * (青禾县人民政府办公室⏎中共青禾县委办公室): two, the second's place
         * after its prefix */
        if (side_by_side && t->gap[p] && party_prefix(t, p, j) && p > i + first &&
            place_again(t, i + party, first - party, p + party_prefix(t, p, j), j))
            return true;
        int w = joiner1(t->f[p]) && joins_after(t, p) ? 1 : 0;
        if (!w && (mt_word_at(t, p, U"会同") || mt_word_at(t, p, U"指导") || mt_word_at(t, p, U"联合") ||
                   mt_word_at(t, p, U"以及")))
            w = 2;
        /* the place's level word within a place's length after the word
         * (与青禾市…: 市 three on), or right after it opening a relative
         * name (和市体育局) */
        if (w && p + w < j && meta_name_relative(t, p + w, j))
            return true;
        for (int k = p + w + 1; w && k < j && k <= p + w + 6; k++)
            if (meta_name_place_at(t, k, j))
                return true;
    }
    return false;
}


/* [a, b) the party committee's office (中共青禾县委办公室, 中共青禾县委员会
 * 办公室) and [c, d) the government's office (青禾县人民政府办公室) of the
 * same place: the two offices (两办) that publish one report together. */
static bool party_office_and_government_office(const mt_text *t, int a, int b, int c, int d)
{
    int n = party_prefix(t, a, b), len = first_place_len(t, c, d);
    if (!n || len <= 0 || d - c != len + 7 || !mt_word_at(t, c + len, U"人民政府办公室"))
        return false;
    if (!place_again(t, c, len, a + n, b))
        return false;
    int k = a + n + len;
    return (b - k == 4 && mt_word_at(t, k, U"委办公室")) || (b - k == 6 && mt_word_at(t, k, U"委员会办公室"));
}

bool meta_name_two_offices(const mt_text *t, int i, int p, int j)
{
    return party_office_and_government_office(t, i, p, p, j) || party_office_and_government_office(t, p, j, i, p);
}

int meta_name_banner_end(const mt_text *t, int i, int j)
{
    int first = first_place_len(t, i, j), party = party_prefix(t, i, j);
    if (party || !first)
        return 0;
    for (int p = i + first + 2; p + first < j; p++) /* 政府 at the least */
        if (government_end(t, i, p) && place_again(t, i, first, p, j) && meta_name_kind(t, p, j) == NAME_OK)
            return p;
    /* or a name relative to the banner's place after a blank (青禾市人民政府
     * 市教育局): the relative name is the title's, never glued to it */
    for (int p = i + first + 4; p + 2 < j; p++)
        if (t->gap[p] && government_end(t, i, p) && relative_second(t, p, j))
            return p;
    return 0;
}

/* A name relative to a place the report does not print: one level word of
 * county level or above, then an office (市财政局, 县教育局, 区人民政府),
 * the rest as a name holds it (all CJK, no foreign word, outside 《》). */
bool meta_name_relative(const mt_text *t, int i, int j)
{
    if (i < 0 || j > t->n || j - i < 3 || j - i > NAME_MAX || level_cp(t->f[i]) != 1 ||
        (level_cp(t->f[i + 1]) && !level_in_word(t, i + 1)) || !office_suffix(t->f[j - 1]))
        return false;
    if (!name_chars(t, i, j))
        return false;
    /* 市南关区…: a place after it names one; not the 市 of 县市场监督管理局
     * (a level word opening a word of the office's) */
    for (int k = i + 1; k < j; k++)
        if (meta_name_place_at(t, k, j) && !level_in_word(t, k))
            return false;
    if (t->f[j - 1] == 0x9053) /* 道: only in 街道, a place */
        return false;
    return !(t->f[j - 1] == 0x5E9C && j < t->n && mt_word_at(t, j, U"信息")); /* …政府信息公开 */
}

/* Full name at the same place: an abbreviated ending written out (委 →
 * 委员会, 街道 → 街道办事处), when the longer name is a full one too. Its
 * callers widen a full name only (NAME_OK, the kind they have asked): the
 * kind is not asked again. */
void meta_name_widen(const mt_text *t, int *i, int *j)
{
    static const char32_t *const written_out[] = {U"员会", U"办事处", U"事处", U"公室", NULL};
    for (int w = 0; written_out[w]; w++) {
        int l = mt_word_at(t, *j, written_out[w]); /* its length where it follows */
        if (l && meta_name_kind(t, *i, *j + l) == NAME_OK) {
            *j += l;
            return;
        }
    }
}

/* Characters a parent place cannot hold: words that end the text before a
 * name (请与…联系, 由…编制, 址：…). */
static bool parent_stop(uint32_t f)
{
    static const char stops[] = "由与和及在对向于的是为据按请经从将被了着同至即以给我本年址";
    char u[5] = {0};
    utf8_put(u, f);
    return !mt_cjk(f) || strstr(stops, u) != NULL;
}

/* The first place of the name at [i, j) is below county level or is a
 * county (区, 县, 旗): a parent may stand in front of it. */
bool meta_name_wants_parent(const mt_text *t, int i, int j)
{
    for (int k = i; k < j; k++) {
        int len, lv = level_at(t, k, j, &len);
        if (lv && place_level_at(t, k + len, j))
            continue; /* 桐乡市 (not 海淀区市场…: the district wants its city) */
        if (lv == 2)
            return true;
        if (lv == 1) {
            uint32_t f = t->f[k];
            return f == 0x533A || f == 0x53BF || f == 0x65D7;
        }
    }
    return false;
}

/* The same name printed elsewhere in r with a parent place in front
 * (佳木斯市 前进区教育局, 微山县 两城镇人民政府): the start of the longest
 * such parent in *ps and the occurrence in [*ps, *pe); false when none. */
bool meta_name_parent(const mt_text *t, int i, int j, const mt_text *r, int *ps, int *pe)
{
    if (!meta_name_wants_parent(t, i, j))
        return false;
    int n = j - i, best = 0;
    const uint32_t *rf = r->f, *name = t->f + i;
    for (int k = 1; k + n <= r->n; k++) {
        if (rf[k] != name[0]) /* most places: the first character differs */
            continue;
        int m = 1;
        while (m < n && rf[k + m] == name[m])
            m++;
        if (m < n || r->book[k])
            continue;
        /* the parent: CJK back to a stop, ending in a level word */
        int len;
        if (!level_at(r, k - 1, k, &len))
            continue;
        int b = k - 1;
        while (b > 0 && k - b < PARENT_MAX && !parent_stop(r->f[b - 1]) && !r->book[b - 1])
            b--;
        while (b < k - 1 && relative_start(r->f[b])) /* a parent names its place */
            b++;
        if (k - b >= 2 && k - b > best && meta_name_kind(r, b, k + n) == NAME_OK) {
            best = k - b;
            *ps = b;
            *pe = k + n;
        }
    }
    return best > 0;
}

/* A city bureau's branch in a county or district is named two ways: the
 * district's 公安分局 (滨江区公安分局) and the city bureau's branch
 * (杭州市公安局滨江区分局). t's [i, j) = PLACE DEPT 分局, PLACE a county or
 * district; r prints CITY DEPT 局 PLACE 分局, CITY a place of county level or
 * above back to a stop as for meta_name_parent: that occurrence, the
 * longest, in [*ps, *pe). */
bool meta_name_branch(const mt_text *t, int i, int j, const mt_text *r, int *ps, int *pe)
{
    if (j - i < 5 || !mt_word_at(t, j - 2, U"分局"))
        return false;
    int k = i;
    while (k < j - 2 && !meta_name_place_at(t, k, j))
        k++;
    uint32_t lf = k < j - 2 ? t->f[k] : 0;
    if (meta_name_place_at(t, k, j) != 1 || (lf != 0x533A && lf != 0x53BF && lf != 0x65D7))
        return false; /* the first place is a county's, 区 县 旗 */
    int np = k + 1 - i, nd = j - 2 - (k + 1), best = 0;
    if (nd < 1)
        return false;
    for (int q = nd + 2; q + np + 2 <= r->n; q++) {
        if (r->book[q] || memcmp(r->f + q, t->f + i, (size_t)np * 4) || !mt_word_at(r, q + np, U"分局"))
            continue;
        int d = q - nd - 1; /* DEPT 局 right before the place */
        if (memcmp(r->f + d, t->f + k + 1, (size_t)nd * 4) || r->f[q - 1] != 0x5C40 /* 局 */)
            continue;
        int len;
        if (d < 1 || level_at(r, d - 1, d, &len) != 1)
            continue;
        int b = d - 1;
        while (b > 0 && d - b < PARENT_MAX && !parent_stop(r->f[b - 1]) && !r->book[b - 1])
            b--;
        while (b < d - 1 && relative_start(r->f[b]))
            b++;
        if (d - b >= 2 && d - b > best && meta_name_kind(r, b, q + np + 2) == NAME_OK) {
            best = d - b;
            *ps = b;
            *pe = q + np + 2;
        }
    }
    return best > 0;
}

static bool level_word(uint32_t f) { return level_cp(f) != 0; }

/* meta_name_parent takes an occurrence whose code point before is a level
 * word (level_at of k - 1 before k: level_cp alone). */
bool meta_name_parent_may(const mt_text *t, int i, int j, const uint8_t *src, uint32_t s, uint32_t e)
{
    return j > i && mt_holds_after(src, s, e, t->f + i, j - i, level_word);
}

const char *meta_name_text(xxgk_doc *doc, const mt_text *t, int i, int j)
{
    size_t bytes = 0;
    for (int k = i; k < j; k++)
        bytes += 4;
    char *out = xxgk_doc_alloc(doc, bytes + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (int k = i; k < j; k++)
        o += utf8_put(out + o, t->cp[k] < 0x20 ? 0xFFFD : t->cp[k]); /* a NUL kept in a damaged name: shown, never its end */
    out[o] = 0;
    return out;
}

/* mt_load folds each code point it keeps as meta_fold_cp does (t->f):
 * the key of the name's text is that of its folds. */
const char *meta_name_key(xxgk_doc *doc, const mt_text *t, int i, int j)
{
    char *out = xxgk_doc_alloc(doc, (size_t)(j - i) * 4 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (int k = i; k < j; k++)
        o += utf8_put(out + o, t->f[k]);
    out[o] = 0;
    return out;
}

/* Names of rows and columns in the validator's messages: the template's own
 * labels (template.md), shortened where the template's text runs long, with
 * the group numeral in front of numbered sub-rows so that "3.其他" says
 * which group it is in. */
#include "check_int.h"

static const char *const row_names[XXGK_R__COUNT] = {
    [XXGK_R_RULES] = "规章",
    [XXGK_R_NORMATIVE_DOCS] = "行政规范性文件",
    [XXGK_R_LICENSING] = "行政许可",
    [XXGK_R_OTHER_SERVICES] = "其他对外管理服务事项",
    [XXGK_R_PENALTY] = "行政处罚",
    [XXGK_R_COERCION] = "行政强制",
    [XXGK_R_FEES] = "行政事业性收费",
    [XXGK_R_CENTRAL_PROCUREMENT] = "政府集中采购",
    [XXGK_R_NEW_REQUESTS] = "一、本年新收政府信息公开申请数量",
    [XXGK_R_CARRIED_IN] = "二、上年结转政府信息公开申请数量",
    [XXGK_R_GRANTED] = "（一）予以公开",
    [XXGK_R_PARTLY_GRANTED] = "（二）部分公开",
    [XXGK_R_DENIED_STATE_SECRET] = "（三）1.属于国家秘密",
    [XXGK_R_DENIED_PROHIBITED_BY_LAW] = "（三）2.其他法律行政法规禁止公开",
    [XXGK_R_DENIED_SECURITY_STABILITY] = "（三）3.危及“三安全一稳定”",
    [XXGK_R_DENIED_THIRD_PARTY] = "（三）4.保护第三方合法权益",
    [XXGK_R_DENIED_INTERNAL_AFFAIRS] = "（三）5.属于三类内部事务信息",
    [XXGK_R_DENIED_PROCESS_INFO] = "（三）6.属于四类过程性信息",
    [XXGK_R_DENIED_ENFORCEMENT_FILES] = "（三）7.属于行政执法案卷",
    [XXGK_R_DENIED_QUERY_MATTERS] = "（三）8.属于行政查询事项",
    [XXGK_R_UNAVAILABLE_NOT_HELD] = "（四）1.本机关不掌握相关政府信息",
    [XXGK_R_UNAVAILABLE_NEEDS_CREATION] = "（四）2.没有现成信息需要另行制作",
    [XXGK_R_UNAVAILABLE_UNCLEAR] = "（四）3.补正后申请内容仍不明确",
    [XXGK_R_NOT_PROCESSED_PETITION] = "（五）1.信访举报投诉类申请",
    [XXGK_R_NOT_PROCESSED_DUPLICATE] = "（五）2.重复申请",
    [XXGK_R_NOT_PROCESSED_PUBLICATION] = "（五）3.要求提供公开出版物",
    [XXGK_R_NOT_PROCESSED_EXCESSIVE] = "（五）4.无正当理由大量反复申请",
    [XXGK_R_NOT_PROCESSED_REISSUE] = "（五）5.要求行政机关确认或重新出具已获取信息",
    [XXGK_R_OTHER_NO_CORRECTION] = "（六）1.申请人无正当理由逾期不补正",
    [XXGK_R_OTHER_FEE_UNPAID] = "（六）2.申请人逾期未按收费通知要求缴纳费用",
    [XXGK_R_OTHER_OTHER] = "（六）3.其他",
    [XXGK_R_OTHER] = "（六）其他处理",
    [XXGK_R_HANDLED_TOTAL] = "（七）总计",
    [XXGK_R_CARRIED_OUT] = "四、结转下年度继续办理",
    [XXGK_R_REVIEW] = "行政复议",
    [XXGK_R_SUIT_DIRECT] = "行政诉讼（未经复议直接起诉）",
    [XXGK_R_SUIT_AFTER_REVIEW] = "行政诉讼（复议后起诉）",
};

static const char *const col_names[XXGK_C__COUNT] = {
    [XXGK_C_ISSUED] = "本年制发件数",
    [XXGK_C_REPEALED] = "本年废止件数",
    [XXGK_C_IN_FORCE] = "现行有效件数",
    [XXGK_C_DECISIONS] = "本年处理决定数量",
    [XXGK_C_AMOUNT_WAN_YUAN] = "本年收费金额（单位：万元）",
    [XXGK_C_NEW_MADE] = "本年新制作数量",
    [XXGK_C_NEW_PUBLISHED] = "本年新公开数量",
    [XXGK_C_TOTAL_PUBLISHED] = "对外公开总数量",
    [XXGK_C_PREV_ITEMS] = "上一年项目数量",
    [XXGK_C_CHANGE] = "本年增/减",
    [XXGK_C_ITEMS] = "采购项目数量",
    [XXGK_C_AMOUNT] = "采购总金额",
    [XXGK_C_NATURAL_PERSON] = "自然人",
    [XXGK_C_COMMERCIAL] = "商业企业",
    [XXGK_C_RESEARCH] = "科研机构",
    [XXGK_C_PUBLIC_INTEREST] = "社会公益组织",
    [XXGK_C_LEGAL_SERVICES] = "法律服务机构",
    [XXGK_C_OTHER_ORG] = "其他",
    [XXGK_C_LEGAL_SUBTOTAL] = "小计",
    [XXGK_C_TOTAL] = "总计",
    [XXGK_C_UPHELD] = "结果维持",
    [XXGK_C_CORRECTED] = "结果纠正",
    [XXGK_C_OTHER] = "其他结果",
    [XXGK_C_PENDING] = "尚未审结",
};

const char *ck_row_name(int row)
{
    return row > 0 && row < XXGK_R__COUNT && row_names[row] ? row_names[row] : "?";
}

const char *ck_col_name(int col)
{
    return col > 0 && col < XXGK_C__COUNT && col_names[col] ? col_names[col] : "?";
}

const char *ck_cell_name(ck *c, const xxgk_cell *cell)
{
    return doc_printf(c->doc, "%s · %s", ck_row_name(cell->row), ck_col_name(cell->col));
}

/* The template's labels for export --labels zh (xxgk.h). */
const char *xxgk_row_label(int row) { return ck_row_name(row); }
const char *xxgk_col_label(int col) { return ck_col_name(col); }

# Regenerate the diff fixtures of tests/diff/ from corpus/ (run from the
# repository root: python3 tests/diff/make_fixtures.py). The tables are
# pingtan's with every number set to 0, then the few values the tests need.
import re
P19 = open('corpus/pingtan-2019.txt', encoding='utf-8').read().split('\n')
P21 = open('corpus/pingtan-2021.txt', encoding='utf-8').read().split('\n')
num = re.compile(r'^-?[0-9]+(\.[0-9]+)?(元|万元)?$')

def zero(lines):
    out = []
    for l in lines:
        f = l.split('\t')
        f = ['0' if num.match(x) else x for x in f]
        out.append('\t'.join(f))
    return out

def setrow(lines, label, vals):
    for i, l in enumerate(lines):
        if label in l:
            f = l.split('\t')
            idx = [k for k, x in enumerate(f) if num.match(x)]
            assert len(idx) == len(vals), (label, l, idx)
            for k, v in zip(idx, vals):
                f[k] = str(v)
            lines[i] = '\t'.join(f)
            return
    raise SystemExit('no row ' + label)

t21 = zero(P21[8:57])   # lines 9..57: sections 二, 三, 四
t19 = zero(P19[26:77])  # lines 27..77

AG = '测试县教育局'
def report(year, tables, overview, problems, other, signoff):
    head = [f'{AG}{year}年政府信息公开工作年度报告',
            f'根据《中华人民共和国政府信息公开条例》要求，现公布{AG}{year}年政府信息公开工作年度报告。统计期限为{year}年1月1日至{year}年12月31日。',
            '一、总体情况']
    tail = ['五、存在的主要问题及改进情况'] + problems + ['六、其他需要报告的事项'] + other + [''] + signoff
    return '\n'.join(head + overview + tables + tail) + '\n'

ov21 = ['2021年，本局认真贯彻落实政务公开工作要求，推进决策、执行、管理、服务、结果公开。',
        '（一）主动公开', '全年主动公开政府信息120条，其中机构职能类信息12条。',
        '（二）依申请公开', '畅通申请渠道，规范答复文书格式，按时答复每一件申请。',
        '（三）政府信息管理', '严格执行保密审查制度，动态更新政府信息公开目录。',
        '（四）平台建设', '持续维护门户网站政府信息公开专栏，及时发布各类信息。',
        '（五）监督保障', '将政务公开工作纳入年度考核，定期开展专项检查。']
pr21 = ['（一）存在的问题', '政策解读形式较为单一，图解和视频解读偏少。',
        '（二）改进措施', '丰富政策解读形式，提高解读质量。']
ot21 = ['本年度未收取信息处理费。']

# NEW: (一) renamed, (二)/(三) swapped, (四) renamed, (五) moved into 六, a heading added in 五
ov22 = ['2022年，本局认真贯彻落实政务公开工作要求，推进决策、执行、管理、服务、结果公开。',
        '（一）主动公开情况', '全年主动公开政府信息120条，其中机构职能类信息12条。',
        '（二）政府信息管理', '严格执行保密审查制度，动态更新政府信息公开目录。',
        '（三）依申请公开', '畅通申请渠道，规范答复文书格式，按时答复每一件申请。',
        '（四）网站平台建设', '持续维护门户网站政府信息公开专栏，及时发布各类信息。']
pr22 = pr21 + ['（三）下一步工作计划', '加强业务培训，提升工作人员的政务公开能力。']
ot22 = ['（一）监督保障', '将政务公开工作纳入年度考核，定期开展专项检查。',
        '（二）信息处理费', '本年度未收取信息处理费。']

open('tests/diff/headings-2021.txt', 'w', encoding='utf-8').write(
    report(2021, t21, ov21, pr21, ot21, [AG, '2022年1月20日']))
open('tests/diff/headings-2022.txt', 'w', encoding='utf-8').write(
    report(2022, t21, ov22, pr22, ot22, [AG, '2023年1月18日']))

# template change: 2020 on the 2019 template, 2021 on the 2021 template
t19[:] = t19
setrow(t19, '一、本年新收', [3, 1, 0, 0, 0, 0, 4])
setrow(t19, '（六）其他处理', [3, 1, 0, 0, 0, 0, 4])
setrow(t19, '（七）总计', [3, 1, 0, 0, 0, 0, 4])
setrow(t19, '规范性文件', [5, 5, 40])
setrow(t19, '行政许可', [10, 0, 25])
t21b = list(t21)
setrow(t21b, '一、本年新收', [3, 0, 0, 0, 0, 0, 3])
setrow(t21b, '1.申请人无正当理由逾期不补正', [1, 0, 0, 0, 0, 0, 1])
setrow(t21b, '2.申请人逾期未按收费通知', [1, 0, 0, 0, 0, 0, 1])
setrow(t21b, '3.其他', [1, 0, 0, 0, 0, 0, 1])
setrow(t21b, '（七）总计', [3, 0, 0, 0, 0, 0, 3])
setrow(t21b, '行政规范性文件', [6, 1, 45])
setrow(t21b, '行政许可', [30])
ov20 = ['2020年，本局认真贯彻落实政务公开工作要求。', '（一）主动公开', '全年主动公开政府信息100条。']
ov21b = ['2021年，本局认真贯彻落实政务公开工作要求。', '（一）主动公开', '全年主动公开政府信息120条。']
open('tests/diff/template-2020.txt', 'w', encoding='utf-8').write(
    report(2020, t19, ov20, ['政策解读形式较为单一。'], ot21, [AG, '2021年1月20日']))
open('tests/diff/template-2021.txt', 'w', encoding='utf-8').write(
    report(2021, t21b, ov21b, ['政策解读形式较为单一。'], ot21, [AG, '2022年1月20日']))
# The same agency's 2019 report on the same tables, its 行政许可 本年增/减 −2:
# 2020's 上一年项目数量 (10) should be 10 − 2 = 8 (the items.licensing check).
t19b = list(t19)
setrow(t19b, '行政许可', [10, -2, 25])
ov19 = ['2019年，本局认真贯彻落实政务公开工作要求。', '（一）主动公开', '全年主动公开政府信息100条。']
open('tests/diff/items-2019.txt', 'w', encoding='utf-8').write(
    report(2019, t19b, ov19, ['政策解读形式较为单一。'], ot21, [AG, '2020年1月20日']))
# pingtan 2022 without what a report may lack or its reading lose: the row
# 二、上年结转 (line 34), the row 2.重复申请 (49) and table 四 under its
# heading (59-62): against corpus/pingtan-2021.txt each is said once, and
# carry_over is skipped once.
P22 = open('corpus/pingtan-2022.txt', encoding='utf-8').read().split('\n')
cut = [l for i, l in enumerate(P22, 1) if i not in (34, 49) and not 59 <= i <= 62]
open('tests/diff/missing-2022.txt', 'w', encoding='utf-8').write('\n'.join(cut))

/* The command line's own messages (usage and I/O trouble) in English and
 * Chinese: --lang zh, or LANG=zh_* without --lang, gives them in Chinese
 * like the diagnostics. The located diagnostics have their own catalogue
 * (src/diag_codes.def). */
#include <errno.h>
#include <string.h>

#include "cli.h"
#include "files.h"

const char *cli_strerror(int e, char *buf, size_t size) { return file_strerror(e, buf, size); }

static const char *const texts[CLI_T__COUNT][2] = {
    [CLI_T_IS_DIR] = {"is a directory", "是一个目录，不是文件"},
    [CLI_T_NO_MEMORY] = {"out of memory", "内存不足"},
    [CLI_T_TOO_LARGE] = {"larger than 4 GiB", "文件大于 4 GiB"},
    [CLI_T_TOO_LARGE_OFFSETS] = {"larger than 4 GiB, the limit of byte offsets", "文件大于 4 GiB（字节偏移的上限）"},
    [CLI_T_NO_ICONV] = {"cannot convert from %s (out of memory or no iconv support)", "无法从 %s 转换（内存不足或不支持 iconv）"},
    [CLI_T_BAD_TEXT] = {"not valid %s text at byte %zu", "第 %2$zu 字节处不是有效的 %1$s 文本"},
    [CLI_T_JOBS] = {"-j needs a number of threads from 1 to %d", "-j 需要 1 到 %d 之间的线程数"},
    [CLI_T_UNKNOWN_FORMAT] = {"unknown format '%s' (%s)", "未知格式“%s”（可用 %s）"},
    [CLI_T_UNKNOWN_LANG] = {"unknown language '%s' (en or zh)", "未知语言“%s”（可用 en 或 zh）"},
    [CLI_T_UNKNOWN_OPTION] = {"unknown option '%s'", "未知选项“%s”"},
    [CLI_T_NO_FILES] = {"no input files ('-' reads standard input)", "没有给出输入文件（“-”读标准输入）"},
    [CLI_T_CANNOT_LIST] = {"cannot list the folder: %s", "无法列出文件夹：%s"},
    [CLI_T_NO_REPORTS] = {"no reports in this folder (*.txt, *.text, *.htm, *.html, *.pdf, *.docx, *.doc)",
                          "文件夹中没有报告（*.txt、*.text、*.htm、*.html、*.pdf、*.docx、*.doc）"},
    [CLI_T_WRITE_ERROR] = {"error writing the output", "写入输出时出错"},
};

const char *cli_text(int t, int lang)
{
    return t >= 0 && t < CLI_T__COUNT ? texts[t][lang == XXGK_LANG_ZH] : "";
}

const char *cli_errno_text(int e, int lang, char *buf, size_t size)
{
    return file_errno_text(e, lang == XXGK_LANG_ZH, buf, size);
}

# 桌面界面。

app-name = Entente
app-tagline = 卫生领域人工智能合作协定
banner-dismiss = 关闭
    .aria-label = 关闭此消息
dialog-cancel = 取消
dialog-close = 关闭
author-unknown = 未设置代表团

## 本机所属代表团（首选项）

delegation-button = 代表团：{ $delegation }
delegation-button-unset = 设置代表团
preferences-heading = 首选项
preferences-delegation = 所属代表团
preferences-delegation-hint = 将记录为本机所作每项更改的作者，例如“肯尼亚”或“秘书处”。
preferences-save = 保存首选项
preferences-interface-language = 界面语文
preferences-interface-language-hint = 菜单和消息所用的语文。每项协定的语文随协定一并选择。
preferences-pseudo-languages = 供开发人员使用
preferences-pseudo-accented = 伪区域设置，带重音符号并加长
preferences-pseudo-right-to-left = 伪区域设置，从右到左

## 翻译：各语文的状态，以及译者自己的文件

translations-button = 翻译
translations-heading = 翻译
translations-column-language = 语文
translations-column-messages = 界面消息
translations-column-own-files = 您的文件
translations-column-templates = 条款模板
translations-templates-current = 均为最新
translations-templates = 缺少：{ $missing } · 过时：{ $stale }
translations-messages = { $percent }%（共{ $total }条，已翻译{ $translated }条）
translations-own-files = { $count ->
        [0] 无
       *[other] { $count }个文件
    }
translations-folder = 如需在不重新构建 Entente 的情况下更改译文，请将 .ftl 文件放入 { $folder } 下以语文代码命名的文件夹（例如 fr）。这些文件将覆盖内置消息；文件中没有的消息仍使用内置文字。
translations-reload = 重新加载译文
translations-reloaded = 译文已重新加载。
translations-problems-heading = 您的翻译文件中的问题
translations-problems-hint = 含有错误的消息在文件更正之前仍使用内置文字。
translations-no-problems = 您的翻译文件没有错误。
terms-heading = 术语库
terms-language = 所显示术语的语言
terms-hint = 条款库使用的关键术语，按联合国惯用写法列出；模板和译文检查据此核对文本。如需添加或修改术语，请在 { $folder } 中放入以语言命名的文件（如 zh.tsv）：概念、术语、不应使用的写法和出处，以制表符分隔。
terms-column-english = 英文
terms-column-term = 术语
terms-column-avoid = 不应使用
terms-column-source = 出处
translations-banner = 翻译文件有{ $count }个错误：{ $first }

## 备份：数据库的副本，以及恢复其中一份

backups-button = 备份
backups-heading = 备份
backups-hint = 本机上的数据库副本，位于 { $folder }。Entente 在打开期间每天创建一份（保留最近七份），每次升级前也创建一份。
backups-now = 立即备份
backups-made = 已备份为 { $name }。
backups-none = 尚无备份。
backups-column-when = 创建时间
backups-column-why = 原因
backups-column-size = 大小
backups-size = { $kilobytes } KB
backups-reason-upgrade = 升级前
backups-reason-daily = 每日
backups-reason-manual = 手动
backups-reason-before-restore = 恢复前
backups-choose = 请选择要恢复的副本。
backups-restore = 恢复所选副本
backups-restore-confirm = 是否用 { $when } 创建的副本替换数据库？此后所作的更改将被替换。系统会先备份数据库的当前状态，因此此操作可以撤销。
backups-restore-yes = 是，恢复
backups-restored = { $when } 创建的副本已恢复。数据库原来的状态已另存为一份“恢复前”备份。

## 启动

startup-error-heading = Entente 无法打开其数据库
startup-error-help = 未作任何更改。请使用其他数据目录启动 Entente（--data-dir DIR 或环境变量 ENTENTE_DATA_DIR），或将该文件移走。

## 协定

agreements-heading = 协定
agreements-empty = 尚无协定。
new-agreement = 新建协定
start-heading = 起草卫生领域人工智能合作协定
start-empty = 新建一项协定：为其拟定标题，选择谈判语文并标明作准语文。然后逐条拟订案文，并记录参加谈判的各缔约方。
start-choose = 从列表中选择一项协定，或新建一项协定。
start-sample = 打开示例谈判
start-sample-hint = 该示例是十二个国家以英文和法文谈判的一项卫生领域人工智能框架协定，包含立场、状态和两个修订本。
agreement-languages = 谈判语文
agreement-meta = { $kind }
agreement-meta-with-symbol = { $symbol } · { $kind }
language-chip-title = { $language }{ $authentic ->
        [true] ，作准
       *[false] {""}
    }{ $working ->
        [true] ，工作语文
       *[false] {""}
    }
language-authentic = 作准
language-working = 工作语文
language-missing = 缺失

new-agreement-heading = 新建协定
agreement-details-heading = 协定详情
agreement-details-save = 保存详情
agreement-details-edit = 编辑详情
new-agreement-create = 创建协定
new-agreement-title-working = { $language }标题（工作语文）
new-agreement-title-in = { $language }标题（可选）
new-agreement-kind = 文书类型
new-agreement-symbol = 文号
new-agreement-symbol-input =
    .placeholder = AI-HEALTH/2026/1
new-agreement-symbol-hint = 将显示在每个语文本上。
new-agreement-languages = 谈判语文
new-agreement-column-include = 纳入
new-agreement-column-language = 语文
new-agreement-column-authentic = 作准
new-agreement-authentic-label = { $language }文本为作准文本
new-agreement-add-language = 添加其他语文…
new-agreement-working-language = 工作语文

## 已打开协定的选项卡

tab-text = 案文
tab-parties = 缔约方（{ $count }）
tab-versions = 版本

## 案文：结构、编辑器、历史记录

structure-heading = 结构
structure-empty = 案文为空。请使用上方按钮添加序言段、章或条。
structure-empty-version = 此版本没有案文。
add-toolbar = 添加条款
add-label = 添加
add-recital = 序言段
    .title = 添加序言段
add-part = 部分
    .title = 添加部分
add-chapter = 章
    .title = 添加章
add-section = 节
    .title = 添加一节（置于条或款之上的标题）
add-article = 条
    .title = 添加条（在所选条之后，或在所选章之内）
add-paragraph = 款
    .title = 在所选条中添加款
add-subparagraph = 项
    .title = 在所选款中添加项
add-point = 目
    .title = 在所选项下添加一目
add-annex = 附件
    .title = 添加附件
numbering-label = 编号
numbering-counted = 依次编号
numbering-unnumbered = 不编号
numbering-inserted = 接续前一条（之二、之三）
missing-languages = 尚无{ $languages }案文
deleted-heading = 已删除的条款

editor-empty = 在结构中选择一项条款以编辑其案文，或添加一项条款。
editor-empty-version = 选择一项条款，阅读其在此版本中的案文。
editor-heading-label = { $language }标题
editor-body-label = { $language }案文
editor-other-language = 在工作语文旁显示的语文
editor-unsaved = 未保存的更改
editor-deleted = 此条款已删除。它保留在历史记录中，可在原位置恢复。
save-text = 保存
    .title = 保存所显示各语文的案文（Ctrl+S）
restore = 恢复
delete-provision = 删除
    .title = 删除此条款（保留在历史记录中，可恢复）
move-up = 上移
    .title = 上移（在结构中按 Alt+↑）
move-down = 下移
    .title = 下移（在结构中按 Alt+↓）
move-to-label = 移入…
move-to-placeholder = 移入…
move-to-top = 案文顶层
move-into = 移动

history-heading = 历史记录
history-empty = 选择一项条款，查看对其所作的全部更改。
history-created = 已创建
history-text-changed = 案文已更改
history-moved = 已移动
history-deleted = 已删除
history-restored = 已恢复

## 缔约方

parties-heading = 缔约方、观察员和集团
parties-empty = 尚无缔约方。请添加参加谈判的国家和组织，以及代表其中若干方发言的集团。
party-name-in = { $language }名称
party-kind = 类型
party-kind-state = 国家
party-kind-organisation = 组织
party-kind-group = 集团
party-role = 身份
party-role-party = 缔约方
party-role-observer = 观察员
party-members = 成员
party-members-empty = 尚无成员
party-members-none = 请先添加国家或组织；集团将其列为成员。
party-members-save = 保存成员
party-actions = 操作
party-remove = 移除
party-remove-label = 移除{ $name }
party-add-heading = 添加缔约方
party-add = 添加缔约方

## 版本

versions-heading = 命名版本
versions-loading = 正在加载…
versions-empty = 尚无命名版本。保存一个版本，即可冻结当前的完整案文。
version-save-heading = 保存版本
version-save-hint = 命名版本以所有语文保存当前的完整案文，日后可以只读方式打开。
version-name = 名称
version-name-input =
    .placeholder = Rev.1
version-save = 保存版本
version-column-name = 版本
version-column-saved = 保存时间
version-column-author = 保存者
version-open = 打开
version-reading = 您正在阅读{ $name }，由{ $author }于{ $date }保存。此案文为只读。
version-back = 返回当前案文

## 谈判：状态和立场

status-pending = 待定
status-informally-agreed = 非正式商定
status-agreed-ad-referendum = 商定待核准
status-agreed = 已商定
status-label = 新状态
status-note-input =
    .placeholder = 异议或备注（可选）
    .aria-label = 随更改一并记录的异议或备注
status-change = 更改状态
history-status-changed = 状态已更改
history-status-change = { $before } → { $after }

positions-heading = 各缔约方的立场
positions-no-parties = 请在“缔约方”选项卡中添加缔约方，以记录其立场。
positions-column-party = 缔约方
positions-column-stance = 立场
positions-column-detail = 详情
positions-column-recorded = 记录时间
positions-through-group = 通过{ $group }
positions-party = 缔约方或集团
positions-stance = 立场
positions-amendment = 拟议措辞
positions-clearance = 首都核准
positions-cleared-on = 核准日期
positions-note = 备注
positions-record = 记录立场
stance-none = 未记录
stance-supports = 支持
stance-opposes = 反对
stance-proposes-amendment = 提出修正
stance-reservation = 保留
stance-flexible = 灵活
stance-no-instructions = 尚无指示
clearance-none = 无需核准
clearance-pending-capital = 待首都核准
clearance-cleared = 已核准
clearance-cleared-on = 首都已于{ $date }核准

## 立场矩阵

tab-matrix = 矩阵
matrix-heading = 逐条立场
matrix-progress-heading = 进展
matrix-progress = 已商定{ $percent }%（共{ $provisions }项条款）
matrix-status-count = { $status }：{ $count }
matrix-blocked-heading = 受阻
matrix-blocked = { $provision }：{ $parties }反对
matrix-blocked-none = 没有受阻的条款。
matrix-parties-and-more = { $parties }及其他{ $count }方
matrix-more = 另有{ $count }项
matrix-near-heading = 最接近协商一致
matrix-near = { $provision }：{ $count ->
        [0] 所有缔约方均支持
       *[other] 尚需说服{ $count }个缔约方
    }
matrix-near-all-agreed = 所有条款均已商定。
matrix-near-no-support = 尚无任何条款获得任何缔约方支持。
matrix-reservations-heading = 保留最多
matrix-reservations = { $party }：{ $count }项保留
matrix-reservations-none = 未记录任何保留。
matrix-clearances-heading = 待首都核准
matrix-clearance = { $provision }：{ $party }
matrix-clearances-none = 没有待核准事项。
matrix-filter-status = 状态
matrix-filter-all-statuses = 所有状态
matrix-filter-chapter = 章
matrix-filter-all-chapters = 全部案文
matrix-filter-parties = 缔约方
matrix-filter-all-parties = 所有缔约方
matrix-filter-groups = 集团成员
matrix-filter-one-party = 单个缔约方
matrix-column-provision = 条款
matrix-empty = 没有符合这些筛选条件的条款或缔约方。
matrix-legend = 图例
matrix-symbol-supports = ✓
matrix-symbol-flexible = ≈
matrix-symbol-proposes-amendment = 修
matrix-symbol-reservation = 保
matrix-symbol-opposes = ✗
matrix-symbol-no-instructions = ?
matrix-through-group = 通过集团
matrix-symbol-none = ·

## 私密层

private-heading = 私密备注
private-badge = 仅限本机
private-hint = 本代表团的后备立场、红线和备注。它们绝不会出现在任何导出文件、报告、版本或发给他人的文件中。
private-kind = 备注类型
private-text = 备注内容
private-kind-fallback = 后备立场
private-kind-red-line = 红线
private-kind-note = 备注
private-empty = 此条款没有私密备注。
private-add = 添加私密备注
private-remove = 移除

## 版本比较

compare-heading = 比较案文的两个状态
compare-from = 从
compare-to = 到
compare-current = 当前案文
compare-button = 比较
compare-nothing = 两份案文相同。
compare-summary = { $changed }项条款有更改；{ $unchanged }项未更改。
compare-was = { $label }（原为{ $previous }）
compare-change-added = 新增
compare-change-deleted = 删除
compare-change-amended = 修改
compare-change-moved = 移动或重新编号
compare-change-status-changed = 状态更改
compare-change-restored = 恢复
compare-option-added = 备选案文{ $n }已提出
compare-option-amended = 备选案文{ $n }已修改
compare-option-withdrawn = 备选案文{ $n }已撤回
matrix-chart-heading = 商定进展
matrix-chart-label = 截至{ $day }每日已商定案文所占比例：{ $percent }%
editor-text-in-parts = 本条的文字分列于其各款：请在结构中选择一款进行编辑。

## 备选案文

options-heading = 备选案文
options-none = 没有相互竞争的措辞：上述案文是目前唯一的案文。
option-label = 备选案文{ $n }
option-withdrawn-label = 已撤回的备选案文
option-proposed-by = 由{ $parties }提出
option-unattributed = 未注明提出方
option-text-label = { $language }措辞
option-save = 保存措辞
option-withdraw = 撤回
option-add-summary = 添加备选案文
option-new-text = { $language }措辞
option-proposers-legend = 提出方
option-add = 添加备选案文
positions-preferred = 倾向的备选案文
positions-no-preference = 无倾向
positions-prefers = 倾向备选案文{ $n }
positions-option-stances = 对各备选案文的立场
positions-option-stance-none = 未说明
positions-option-stance = 备选案文{ $n }：{ $stance }
history-option-added = 已添加备选案文
history-option-changed = 备选案文措辞已更改
history-option-withdrawn = 备选案文已撤回
editor-bracket = ⟦ 括号 ⟧
    .title = 将所选词语标为尚未商定
editor-bracket-proposer = 括号内词语的提出方
editor-bracket-unattributed = 未注明提出方
brackets-legend = 括号内词语及其提出方
brackets-proposed-by = 由{ $parties }提出
brackets-unattributed = 未注明提出方

## 发言

statements-heading = 发言
statements-none = 此条款没有记录任何发言。
statement-add-summary = 记录发言
statement-party = 缔约方或集团
statement-day = 发言日期
statement-kind = 记录方式
statement-kind-summary = 摘要
statement-kind-verbatim = 逐字
statement-text = 发言内容
statement-source = 出处
statement-source-input =
    .placeholder = 第三届会议第2次会议
statement-add = 记录发言
statement-meta = { $day } · { $kind }
statement-meta-source = { $day } · { $kind } · { $source }

## 导出

export-button = 导出
export-dialog-heading = 导出协定
export-languages = 语文
export-renderings = 文本形式
export-rendering-clean = 清洁案文（商定措辞）
export-rendering-bracketed = 带括号案文，注明各项提案的提出方
export-rendering-compilation = 所有备选案文和修正的汇编
export-rendering-parallel = 平行案文，第一种语文与其他每种语文对照
export-rendering-report = 谈判报告（矩阵和汇总）
export-formats = 格式
export-format-md = Markdown
export-format-html = HTML
export-format-docx = Word (.docx)
export-draft = 草案：在清洁案文成为最后案文之前将其导出，所有未解决之处均予标明
export-place = 订立地点
export-date = 订立日期
export-folder = 文件夹
export-folder-hint = 文件将写入此文件夹，并附 manifest.json，列出每个文件及其 SHA-256。
export-final-ready = 清洁案文已是最后案文：所有条款均已商定，在每种作准语文中均无备选案文或括号。
export-not-final-heading = 有{ $count }个问题使清洁案文尚不能成为最后案文
export-not-final-hint = 这些问题解决之前，不能导出最后清洁案文；现在可以导出草案。
export-submit = 导出
export-writing = 正在写入文件…
export-done = 已将{ $count }个文件写入 { $folder }
export-open-folder = 打开文件夹

## 条款库

library-button = + 从条款库添加
library-heading = 条款库
library-search = 搜索条款
library-category = 类别
library-all-categories = 所有类别
library-empty = 没有符合条件的条款。
library-choose = 选择一项条款，查看其内容并填写各项值。
library-version = 版本{ $version } · 提供本协定{ $languages }种语文的文本
library-variable = { $name }
library-variable-optional = { $name }（可选）
library-no-party = 无
library-text-per-language = 按语言分别填写
library-preview = 预览语文
library-language = 预览所用的语文
library-insert = 插入条款
library-write-again = 重新生成条款
template-origin = 取自条款库：{ $template }，版本 { $version }
template-modified = 此后其文字经过人工修改；以新的值重新生成将替换这些修改。
template-change-values = 更改其值
library-problems = 有{ $count }个模板无法加载
library-house = 秘书处自己的模板放在 { $folder } 中，每个条款各设一个文件夹；这些模板与内置模板一并显示在此处。
template-category-preamble = 序言
template-category-general = 一般规定
template-category-data = 卫生数据
template-category-standards = 标准和问责
template-category-capacity = 能力和创新
template-category-governance = 治理和保障措施
template-category-institutional = 机构和财务
template-category-final = 最后条款

## 从协定模板包新建协定

kit-button = 从协定模板包新建
kit-heading = 从协定模板包新建协定
kit-hint = 协定模板包利用条款库，以联合国六种语文编排出一项完整协定：序言、各章和各条，以及最后条款。每项条款事后均可更改。
kit-choice = 协定模板包
kit-title = 标题
kit-symbol = 文号（可选）
kit-parties = 缔约方
kit-parties-hint = 每行一个国家，使用其在工作语文中的名称。
kit-start = 创建协定

## Exchange: agreements and positions carried between machines as files

exchange-button = 以文件形式发送
exchange-dialog-heading = 以文件形式发送
exchange-what = 发送内容
exchange-what-bundle = 整项协定（协定包），供在另一台计算机上打开
exchange-what-packet = 一个缔约方的立场（立场包），供秘书处合并
exchange-party = 缔约方
exchange-path = 要写入的文件
exchange-private-hint = 私密备注、后备立场和红线绝不会离开本机：此处生成的任何文件均不包含这些内容。
exchange-submit = 写入文件
exchange-bundle-written = 协定包已写入：{ $path }
exchange-packet-written = 立场包已写入：{ $path }（涉及{ $count }项条款的立场）
import-button = 导入…
import-dialog-heading = 导入
import-kind = 导入内容
import-kind-bundle = 协定包（.entente）
import-kind-packet = 代表团的立场包（.positions）
import-kind-text = 协定案文：Word 文档（.docx）、Markdown 或纯文本
import-path = 要读取的文件
import-path-hint = 文件的完整路径，例如 U 盘上的路径；文件可以是 Word 文档（.docx）、Markdown 或纯文本。
# The system's file dialogs, opened by the button beside a path.
choose-path = 选择…
file-dialog-import = 选择要导入的文件
file-dialog-export = 选择导出到的文件夹
file-dialog-send = 将要发送的文件另存为
file-dialog-filter-import = 协定包、立场包和协定案文
import-language = 案文语文
import-title = 标题（适用于案文开头没有标题的情况）
import-submit = 导入
import-unplaced-heading = { $unit ->
        [paragraph] 有{ $count }个段落无法归入协定的任何位置：
       *[line] 有{ $count }行无法归入协定的任何位置：
    }
import-unplaced-line = { $unit ->
        [paragraph] 第{ $line }段
       *[line] 第{ $line }行
    }：{ $words }
import-open-agreement = 打开协定
import-keep-unplaced = 保留无法归入任何位置的内容，作为无编号段落留在原处
import-accept-changes = 将 Word 文档中的修订视为已接受（不勾选此项时，含有修订的文档将被拒绝）
import-word-comments = 已略去文档中的{ $count }条批注。
import-word-changes = 已将{ $count }处修订视为已接受。
import-read = 读取案文
import-confirm = 导入
import-found-heading = 案文内容
import-found-title = 标题：{ $words }
import-found-symbol = 文号：{ $words }
import-found-kind = 类型：{ $words }
import-found-front-matter = 文头：{ $words }
import-found-opening = 序言开头：{ $words }
import-found-closing-line = 序言结尾：{ $words }
import-found-closing = 结尾套语：{ $words }
import-found-count = { $kind }：{ $count }
import-found-headings = 前几个标题
import-found-nothing = 此案文中未发现任何条款。
import-unplaced-refused = 如需连同这些内容一并导入案文，请勾选“保留无法归入任何位置的内容”；或修改案文后重新读取。
import-alignment-matched = 案文中有{ $count }项条款与协定中的对应条款相符。
import-alignment-text-only = 仅见于案文
import-alignment-agreement-only = 仅见于协定，此语文暂无案文
import-alignment-line = { $unit ->
        [paragraph] 第{ $line }段
       *[line] 第{ $line }行
    }：{ $label }
import-pair-with = 对应到
import-pair-leave = 不对应任何条款：略去
import-into = 导入目标
import-into-new = 新协定
import-revision = 作为新修订本，名称为
import-revision-hint = 留空则将该案文作为此语文案文附入协定；填写名称（例如 Rev.3）则将其作为协定案文的新修订本读入。
import-revision-saved = { $name }已保存：修改{ $amended }项，新增{ $added }项，移动{ $moved }项
import-unmatched-heading = 修订本中没有以下条款，已保持原样，待您解决：
merge-summary = { $party }：已应用{ $applied }项，未更改{ $unchanged }项，待解决{ $conflicts }项
merge-applied-heading = 已应用
merge-conflicts-heading = 待解决：立场包生成后，本机记录已有更改
merge-column-provision = 条款
merge-column-ours = 本机
merge-column-theirs = 立场包中
merge-take-theirs = 采用代表团的立场
merge-recorded = { $by } · { $at }

## 在案文中搜索（Ctrl+F）
search-label = 在案文中搜索
search-placeholder = 搜索（Ctrl+F）
search-language = 搜索的语文
search-all-languages = 全部
search-results = 搜索结果
search-none = 未找到。
search-count = 找到 { $count } 处。
search-listed = 列出前 { $shown } 处。
search-keys = Enter：下一处；Shift+Enter：上一处。
search-in-text = { $citation } — { $language }
search-in-option = { $citation }，备选案文 { $number } — { $language }
search-in-statement = { $citation }，{ $party }的发言
search-in-note = { $citation }，私人备注

## 键盘（F1）
keys-button = 键盘
keys-title = 键盘快捷键
keys-close = 关闭
keys-help = 本快捷键列表。
keys-search = 在所打开协定的案文中搜索。
keys-search-results = 在搜索框中：下一处或上一处搜索结果。
keys-escape = 清除搜索；关闭对话框而不作任何更改。
keys-save = 保存正在编辑的案文。
keys-new-paragraph = 在任何位置：在所选款之后或所选条内新增一款，可直接输入。
keys-record-position = 在任何位置：记录一方对所选条款的立场。
keys-tree = 在结构中：下一条或上一条条款。
keys-next-provision = 在任何位置：下一条或上一条条款。
keys-move = 在结构中：将所选条款下移或上移。
keys-zoom = 放大页面、缩小页面或恢复原始大小。
keys-tab = 转到下一个控件，或返回上一个控件。

# entente 命令行。

cli-about = Entente：离线起草卫生领域人工智能合作国际协定。
cli-data-dir-help = 存放数据库的文件夹（也可用 ENTENTE_DATA_DIR；默认：桌面应用的数据文件夹）。
cli-usage-heading = 用法：
cli-commands-heading = 命令：
cli-arguments-heading = 参数：
cli-options-heading = 选项：
cli-help-help = 显示本帮助。
cli-version-help = 显示版本。
cli-json-help = 输出供脚本使用的 JSON，而非文本。
cli-list-about = 列出本机上的协定。
cli-show-about = 显示一项协定：基本信息、结构和统计数字。
cli-show-id-help = 协定的 ID，即“entente list”所输出的 ID。
cli-no-home = 本机没有可用于存放数据的主目录
cli-list-empty = 尚无协定。请启动桌面应用起草协定。
cli-list-line = { $id }  { $title }  [{ $languages }]
cli-list-line-with-symbol = { $id }  { $title }  ({ $symbol })  [{ $languages }]
cli-show-summary = { $title }
    ID：{ $id }   类型：{ $kind }   文号：{ $symbol }
    语文：{ $languages }（* 为作准语文；工作语文：{ $working }）
    { $recitals }个序言段、{ $parts }个部分、{ $chapters }章、{ $articles }条、{ $paragraphs }款
    { $parties }个缔约方、{ $observers }个观察员、{ $groups }个集团
    结构：
cli-sample-about = 创建示例谈判（一项卫生领域人工智能框架协定，使用英文和法文），并输出其 ID。
cli-report-about = 谈判报告：案文进展情况，以及每个缔约方对每项条款的立场。
cli-export-about = 以谈判的每种语文将一项协定导出为 Markdown 或 HTML，并附 manifest.json；输出所写入的每个文件。
cli-export-out-help = 写入的文件夹（如不存在则予以创建）。
cli-export-lang-help = all（默认），或要写入的语文，例如 en,fr。
cli-export-mode-help = clean（默认）：商定案文；bracketed：括号和备选案文保留原位，并注明提出方；compilation：全部备选案文和修正；parallel：两种语文逐条对照；report：矩阵和汇总。可用逗号分隔给出多个，或 all：一次运行全部写出。
cli-export-format-help = md（默认）、html 或 docx（Word）。可用逗号分隔给出多个，或 all：一次运行全部写出。
cli-export-draft-help = 导出尚非最后案文的清洁案文，所有未解决之处均予标明。
cli-export-place-help = 协定的订立地点，用于结尾套语。
cli-export-date-help = 协定的订立日期（YYYY-MM-DD），用于结尾套语。
cli-import-about = 导入按秘书处惯常格式排版的现有案文（Word 文档（.docx）、Markdown 或纯文本）：作为新协定，作为某项协定的另一语文文本（--into），或作为某项协定的新修订本（--into 与 --revision 合用）。输出新协定的 ID。
cli-import-file-help = 要读取的文本：Word 文档（.docx）、Markdown 或纯文本。
cli-import-lang-help = 文本所用语文，例如 zh。
cli-import-title-help = 标题，适用于文本开头没有标题的情况。
cli-import-into-help = 本机上已有的一项协定（其 ID）：将文本作为该协定的此语文案文附入，每项条款附入类型和编号相同的条款；没有对应条款的，逐一列出，两相对照。
cli-import-revision-help = 与 --into 合用：将文本作为协定的新修订本读入，并保存为以此命名的版本（例如 Rev.3）。
cli-import-keep-help = 保留无法归入任何位置的内容，作为无编号段落留在原处。不使用此选项时，此类案文将被拒绝，并列出无法归入任何位置的内容。
cli-import-preview-help = 仅说明案文所含内容（基本信息、按类型统计的条款、标题、无法归入任何位置的行；与 --into 合用时，还说明案文与协定的对应情况）；不创建任何内容。
cli-import-pair-help = 与 --into 合用：将案文中从第 LINE 行（Word 文档中为第 LINE 段）开始的条款对应到协定中的条款 ID（LINE:ID；可多次使用）。
cli-import-accept-changes-help = 将 Word 文档中的修订视为已接受。不使用此选项时，含有修订的文档将被拒绝。
cli-import-paragraph = 第{ $number }段
cli-import-word-comments = 已略去文档中的{ $count }条批注。
cli-import-word-changes = 已将{ $count }处修订视为已接受。
cli-import-unplaced = 无法归入任何位置：{ $words }
cli-import-kept = 已作为无编号段落保留：{ $words }
cli-import-matched = 案文中有{ $count }项条款与协定中的对应条款相符。
cli-import-text-only = 仅见于案文，{ $unit ->
        [paragraph] 第{ $line }段
       *[line] 第{ $line }行
    }：{ $label } { $words }
cli-import-agreement-only = 仅见于协定，条款{ $id }：{ $label } { $words }
cli-import-preview-title = 标题：{ $words }
cli-import-preview-symbol = 文号：{ $words }
cli-import-preview-kind = 类型：{ $words }
cli-import-preview-front-matter = 文头：{ $words }
cli-import-preview-opening = 序言开头：{ $words }
cli-import-preview-closing-line = 序言结尾：{ $words }
cli-import-preview-closing = 结尾套语：{ $words }
cli-import-preview-count = { $kind }：{ $count }
cli-import-preview-heading = { $unit ->
        [paragraph] 第{ $line }段
       *[line] 第{ $line }行
    }：{ $label } { $heading }
cli-import-preview-unplaced = { $unit ->
        [paragraph] 第{ $line }段
       *[line] 第{ $line }行
    }无法归入任何位置：{ $words }
cli-revision-imported = { $name }已保存：修改{ $amended }项，新增{ $added }项，移动{ $moved }项。
cli-revision-unmatched = 修订本中没有，已保持原样：{ $label }（条款{ $id }）
cli-backup-about = 将数据库复制到其旁边的备份文件夹，或列出已有备份（桌面应用每天也会备份一次，Entente 每次升级前也会备份一次）。
cli-backup-list-help = 列出备份（最新的在前），而不创建备份。
cli-backup-done = 已备份至 { $path }
cli-backup-none = 尚无备份。
cli-backup-line = { $taken }  { $reason }  { $kilobytes } KB  { $name }
cli-restore-about = 用一份备份替换数据库：可以是“entente backup --list”列出的名称，也可以是某个副本的路径（例如 U 盘上的副本）。替换前会先备份数据库的当前状态。
cli-restore-backup-help = 备份的名称，或副本的路径。
cli-restore-done = 已恢复 { $name }。数据库原来的状态已保存为 { $before }。
cli-bundle-about = 将整项协定作为一个文件转移到另一台计算机；其私密备注留在本机。
cli-bundle-export-about = 将一项协定连同其版本、缔约方和可共享的立场写入协定包文件。
cli-bundle-import-about = 创建协定包所含的协定；输出新协定的 ID。
cli-bundle-out-help = 要写入的协定包文件。
cli-bundle-file-help = 要读取的协定包文件。
cli-bundle-written = 已写入 { $path }（{ $bytes } 字节）。
cli-packet-about = 将代表团的立场作为文件送交秘书处，并在秘书处合并。
cli-packet-export-about = 将一个缔约方对一项协定的可共享立场连同其历史记录写入立场包文件。
cli-packet-import-about = 将代表团的立场包合并到本机记录中；输出已应用的内容和每项冲突。
cli-packet-party-help = 要写入其立场的缔约方（其 ID，见 entente show --json 的输出）。
cli-packet-out-help = 要写入的立场包文件。
cli-packet-file-help = 要读取的立场包文件。
cli-packet-take-theirs-help = 条款（ID，以逗号分隔）：立场包生成后本机上这些条款的记录已有更改，将以立场包中的立场取而代之。
cli-packet-written = 已写入 { $path }：涉及{ $count }项条款的立场。
cli-packet-merged = { $party }：已应用{ $applied }项，未更改{ $unchanged }项，待解决{ $conflicts }项。
cli-packet-applied = 已应用：{ $label }
cli-packet-conflict = 待解决：{ $label }（条款{ $id }）。本机：{ $ours }。立场包中：{ $theirs }。如采用立场包中的立场：--take-theirs { $id }
cli-packet-position = { $stance }{ $noted ->
        [yes] ，“{ $note }”
       *[no] {""}
    }（由{ $by }于{ $at }记录）
cli-check-templates-about = 检查条款模板：template.json、标记、变量、复数形式、各语文结构是否一致、译文是否过时。每个问题一行，格式为“<路径>:<行>:<列>: <消息>”。
cli-check-templates-dir-help = 为每个条款各设一个文件夹的上级文件夹（默认：Entente 内置的模板）。
cli-check-locales-about = 在交回区域设置文件之前对其进行检查：语法、缺失和过时的消息、变量、复数形式。每个问题一行，格式为“<路径>:<行>:<列>: <消息>”。
cli-check-locales-dir-help = 为每种语文各设一个文件夹的上级文件夹（默认：Entente 内置的区域设置）。
cli-check-locales-reference-help = 检查其他语文时所依据的参照语文（默认：en）。
cli-fix-help = 先改正DIR中文件可机械改正的排印问题（法文不间断空格、中文和阿拉伯文标点、俄文引号）。
cli-fix-mended = 已改正{ $count }处排印问题。
cli-report-format-help = md 供秘书处存档（默认），json 供脚本使用。

report-heading = 谈判报告：{ $title }
report-where-heading = 案文进展情况
report-progress = 共{ $provisions }项条款：已商定{ $percent }%（已商定{ $agreed }项，商定待核准{ $agreed-ad-referendum }项，非正式商定{ $informally-agreed }项，待定{ $pending }项）
report-blocked = { $provision }受阻：{ $parties }反对
report-near-consensus = { $provision }接近协商一致：尚需说服{ $count }个缔约方
report-reservations = { $party }有{ $count }项保留
report-pending-clearance = { $provision }：{ $party }等待其首都核准
report-matrix-heading = 立场
report-column-provision = 条款
report-column-status = 状态
report-stance-none = —
report-stance = { $stance ->
        [supports] 支持
        [opposes] 反对
        [proposes-amendment] 修正
        [reservation] 保留
        [flexible] 灵活
       *[no-instructions] 尚无指示
    }{ $group ->
        [yes] （集团）
       *[no] {""}
    }

cli-search-about = 查找协定中出现某些词语的地方，可查全部语文或一种语文，包括备选案文、发言和私人备注。
cli-search-words-help = 要查找的词语，按其顺序；最后一个可以是词的开头。不区分大小写和重音符号。
cli-search-lang-help = 仅查此语文的文本（发言和备注始终包括在内）。
cli-search-summary = { $total ->
    [0] 未找到“{ $words }”。
   *[other] 共有 { $total } 处出现“{ $words }”：
}
cli-search-shown = 仅显示前 { $shown } 处。
cli-search-in-text = { $citation } — { $language }
cli-search-in-option = { $citation }，备选案文 { $number } — { $language }
cli-search-in-statement = { $citation }，{ $party }的发言
cli-search-in-note = { $citation }，私人备注

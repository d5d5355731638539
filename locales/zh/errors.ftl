# 向用户解释的错误。每个消息 ID 均为“error-”加上错误代码；该代码也以
# {code, message} 形式传至界面。

error-empty-field = { $field ->
        [title] 标题不能为空：请用协定的工作语文为其拟定标题。
        [name] 名称不能为空：请至少用一种语文为该缔约方命名。
        [languages] 请至少为谈判选择一种语文。
        [version-name] 请为版本命名，例如“Rev.1”。
        [amendment] 拟议修正须填写措辞。
        [note] 请先写好备注再添加。
        [option] 备选案文至少须有一种语文的措辞。
        [statement] 请写下发言内容。
        [made-on] 请填写发言日期。
        [cleared-on] 请填写首都核准的日期。
       *[other] 此字段不能为空。
    }
error-unknown-language = “{ $code }”不是 Entente 能识别的语文代码。请使用两个字母的 ISO 639-1 代码，例如 en、fr、es、ar、zh 或 ru。
error-language-not-in-agreement = “{ $code }”不是本协定的语文之一。请先将其添加到本协定的语文中。
error-language-in-use = 本协定的案文或缔约方名称已有以“{ $code }”书写的内容：不能移除该语文。
error-invalid-value = { $field ->
        [kind] “{ $value }”不是 Entente 能识别的协定类型。
        [party-kind] “{ $value }”不是缔约方类型（国家、组织或集团）。
        [party-role] “{ $value }”不是谈判中的身份（缔约方或观察员）。
        [provision-kind] “{ $value }”不是条款类型。
        [languages] 语文“{ $value }”列出了两次。
        [members] 只有集团才能有成员。
        [group] 缔约方{ $value }不是集团。
        [cleared-on] “{ $value }”不是以 YYYY-MM-DD 格式书写的过去日期：核准日期不能晚于今天。
        [status] “{ $value }”不是条款的状态。
        [stance] “{ $value }”不是立场（支持、反对、提出修正、保留、灵活、尚无指示）。
        [clearance] “{ $value }”不是核准状态（无需核准、待首都核准、已核准）。
        [made-on] “{ $value }”不是以 YYYY-MM-DD 格式书写的过去日期：发言日期不能晚于今天。
        [preferred-option] 倾向的备选案文必须是本条款仍在讨论中的备选案文之一。
        [template-variable] “{ $value }”不是本条款的变量，或其值与该变量不符（类型、范围或可选值），或该变量为必填但为空。
        [option] 对本条款仍在讨论中的每项备选案文只能表明一次立场。
       *[other] “{ $value }”不是此处的有效值。
    }
error-duplicate-party = 本协定中已有名为“{ $name }”的缔约方。
error-party-has-positions = { $name }已有记录在案的立场或提案：移除该缔约方会抹去部分谈判历史，因此不能移除。
error-not-found = { $what ->
        [agreement] 协定{ $id }不存在。运行“entente list”可查看本机上的协定。
        [provision] 本协定中不存在条款{ $id }。
        [party] 本协定中不存在缔约方{ $id }。
        [version] 版本{ $id }不存在。
        [note] 此备注已不存在。
        [option] 此备选案文不存在。
       *[other] { $what } { $id }不存在。
    }
error-provision-deleted = 此条款或其所属条款已被删除（可能是在另一个窗口中）。请先从已删除条款列表中将其恢复，再进行编辑。
error-option-withdrawn = 此备选案文已撤回；它保留在历史记录中，但不能再更改，也不能设为倾向的备选案文。
error-brackets = { $problem ->
        [nested] 括号不能嵌套：在另一段括号内案文中又开启了 ⟦
        [unopened] ⟧ 所关闭的括号从未开启
        [proposers] 紧随 ⟧ 之后的花括号内必须列出提出这些词语的缔约方的 ID，例如 ⟦…⟧{"{"}3,7{"}"}
        [unknown-proposer] 某段括号内案文所列的提出方不是本协定的缔约方
       *[unclosed] ⟦ 未关闭
    }（{ $language }{ $part ->
        [heading] 标题
       *[body] 案文
    }，第{ $line }行，第{ $column }列）。
error-move-under-itself = 条款不能移至其自身之下，也不能移至其下级条款之下。
error-invalid-placement = { $child ->
        [recital] “序言段”
        [part] “部分”
        [chapter] “章”
        [article] “条”
        [paragraph] “款”
        [subparagraph] “项”
       *[annex] “附件”
    }{ $placement ->
        [top-level] 不能置于案文顶层。
        [part] 不能置于“部分”之内。
        [chapter] 不能置于“章”之内。
        [article] 不能置于“条”之内。
        [paragraph] 不能置于“款”之内。
        [subparagraph] 不能置于“项”之内。
        [annex] 不能置于“附件”之内。
       *[recital] 不能置于“序言段”之内。
    }
error-group-in-group = 集团不能成为另一集团的成员。
error-no-data-dir = 本机没有可用于存放 Entente 数据的主目录。请使用 --data-dir DIR 启动 Entente，或设置 ENTENTE_DATA_DIR。
error-no-database = { $path } 中没有 Entente 数据库。请检查数据目录（--data-dir 或 ENTENTE_DATA_DIR），或先启动一次桌面应用以创建数据库。
error-not-a-database = { $path } 不是 Entente 数据库（不是 SQLite 文件）。请将其移走，或选择其他数据目录。
error-database-too-new = { $path } 由较新版本的 Entente 写入（架构版本 { $found }；本版本最高可读取 { $supported }）。请安装较新版本后再打开；未作任何更改。
error-data-dir-not-writable = Entente 无法写入数据目录 { $path }：{ $reason }。请使用 --data-dir 或 ENTENTE_DATA_DIR 选择其他目录。
error-database-busy = 数据库 { $path } 正忙：另一个 Entente 进程（应用或命令）已持续写入该数据库数秒。请稍后重试；未作任何更改。
error-backup-not-found = 本机的备份文件夹中没有名为 { $name } 的备份。
error-backup-unreadable = { $path } 不是 Entente 可以恢复的备份：它不是 SQLite 数据库，或已损坏。未作任何更改。
error-not-final = 清洁案文不能作为最后案文导出：尚有{ $count }个问题。请先解决这些问题，或导出草案，草案中所有未解决之处均予标明。
export-problem = { $label }：{ $problem ->
        [not-agreed] 尚未商定（{ $status }）
        [options] 仍有备选案文
        [brackets] { $language }案文中有括号内词语
       *[missing-text] 没有{ $language }案文，而{ $language }是作准语文
    }
error-unknown-template = 条款库中没有条款模板“{ $id }”。
error-no-template-folder = { $path } 不是文件夹：check-templates 读取的文件夹应为每个条款各设一个文件夹。
error-no-locale-folder = { $path } 不是区域设置文件夹：check-locales 读取的文件夹应为每种语文各设一个文件夹（en、fr 等），其中包括参照语文。
error-file-too-large = { $path } 大小为 { $bytes } 字节，超过交换文件的容量上限（{ $limit } 字节）。未读取该文件，未作任何更改。
error-language-has-text = 该协定已有 { $code } 文本：附加此文本会将其覆盖。如需纳入该文本的新版本，请将其作为修订本导入。未作任何更改。
error-no-title = 案文开头没有标题（例如第一行为“# 关于……的框架协定”）。请提供标题：在命令行中使用 --title，或在“导入”对话框的“标题”字段中填写。未导入任何内容。
error-not-placed = { $unit ->
        [paragraph] { $path } 中有{ $count }个段落无法归入协定的任何位置（已在上文列出，并注明段号）。如需将其作为无编号段落保留在原处，请选择“保留无法归入任何位置的内容”（--keep-unplaced）后导入；或修改文档。未导入任何内容。
       *[line] { $path } 中有{ $count }行无法归入协定的任何位置（已在上文列出，并注明行号）。如需将其作为无编号段落保留在原处，请选择“保留无法归入任何位置的内容”（--keep-unplaced）后导入；或修改案文。未导入任何内容。
    }
error-text-too-large = { $path }有{ $bytes }字节，超过任何协定案文的大小（Entente读取的案文最多为{ $limit }字节）。未读取该文件，也未作任何更改。
error-empty-text = { $path }中没有Entente可以读取的任何条款：既无序言段，也无条或款。未导入任何内容。
error-not-text = { $path } 不是 UTF-8 编码的文本（第一个不符合 UTF-8 的字节位置，从 0 起算：{ $offset }）。请将其另存为 UTF-8 文本后重新导入；未作任何更改。
error-not-a-word-document = { $path } 不是 Word 文档（.docx）：它不是 Word 保存的文件包，或其中不含文档。请在原程序中将其另存为 Word 文档（.docx）或文本后重新导入；未作任何更改。
error-word-old-or-protected = { $path } 是 Word 97–2003 文档（.doc），或受密码保护。请在 Word 或 LibreOffice 中打开该文件，另存为不设密码的 Word 文档（.docx），然后导入该文档；未作任何更改。
error-word-too-large = { $path } 打开后将超过 { $limit } 字节，远大于任何协定，因此未读取该文件。未作任何更改。
error-exchange-expands-too-large = { $path } 打开后将超过 { $limit } 字节，远大于任何协定，因此未读取该文件。未作任何更改。
error-word-tracked-changes = { $path } 中有{ $count }处修订。请在 Word 中接受或拒绝修订，或选择“将修订视为已接受”（--accept-changes）后导入该文档。未导入任何内容。
error-word-damaged = { $path } 已损坏，无法作为 Word 文档读取（{ $problem }）。请重新索取该文件，或在 Word 中打开后重新保存；未作任何更改。
error-exchange-unreadable = { $path }:{ $line }:{ $column }：{ $problem ->
        [truncated] 文件提前结束，可能在复制时被截断。请重新索取该文件
       *[garbled] 文件此处已损坏，无法读取。请重新索取该文件
    }。未作任何更改。
error-not-an-exchange-file = { $path } 不是 Entente 生成的{ $expected ->
        [packet] 立场包
       *[bundle] 协定包
    }。未作任何更改。
error-exchange-too-new = { $path } 由较新版本的 Entente 生成（格式版本 { $found }；本版本最高可读取 { $supported }）。请安装较新版本后再读取；未作任何更改。
error-exchange-invalid = { $path }:{ $line }:{ $column }：文件此处的内容与 Entente 的预期不符，未予导入。详细信息：{ $detail }
error-bundle-broken = { $path }：“{ $table }”的第{ $row }行与协定包所描述的协定不符，因此未导入该协定包。详细信息：{ $detail }
error-agreement-already-here = 本机上已有此协定，标题为“{ $title }”（ID：{ $id }）。协定包用于带入一项新协定；如需带入某代表团的立场，请导入其立场包。未作任何更改。
error-packet-agreement-not-here = 该立场包针对的是“{ $title }”，而本机上没有该协定。请先导入该协定的协定包；未作任何更改。
error-packet-party-not-in-agreement = 该立场包来自{ $name }，但本机上的这份协定中没有这一缔约方：该缔约方是在生成立场包所依据的副本中添加的。未作任何更改。
error-packet-text-not-here = 立场包中有对{ $count }项条款或备选案文的立场，而本机上的这份协定中没有这些条款或备选案文：它们是在生成立场包所依据的副本中添加的。请向该代表团索取其对秘书处分发的案文的立场；未作任何更改。
error-database = 数据库报告了错误：{ $reason }
error-io = 无法读取或写入文件：{ $reason }
error-window = 窗口无法执行该操作：{ $reason }
error-corrupt = 无法读取已存储的数据：{ $reason }
error-invalid-request = Entente 无法读取此请求，未作任何更改。供错误报告使用的详细信息：{ $detail }

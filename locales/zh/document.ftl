# 案文本身的用语：协定类型、条款类型以及为条款编号的标签。由界面和导出文件
# 共用。

agreement-kind-treaty = 条约
agreement-kind-framework-agreement = 框架协定
agreement-kind-memorandum-of-understanding = 谅解备忘录
agreement-kind-joint-declaration = 联合宣言
agreement-kind-resolution = 决议

provision-kind-recital = 序言段
provision-kind-part = 部分
provision-kind-chapter = 章
provision-kind-article = 条
provision-kind-paragraph = 款
provision-kind-subparagraph = 项
provision-kind-annex = 附件
provision-kind-section = 节
provision-kind-point = 目

# 显示编号。$n 为序数，$roman 和 $letter 为以罗马数字和字母表示的同一编号，
# $ordinal 为以汉字写出的序数（第一）；各语文自选其书写形式。中文条约的条、款、
# 章和部分写作第一条、第二款、第三章；附件不加"第"（附件二），故按 $roman
# 选择汉字数字，超出范围时保留罗马数字。
provision-label-recital = 序言{ $ordinal }段
provision-label-part = { $ordinal }部分
provision-label-chapter = { $ordinal }章
provision-label-article = { $ordinal }条
provision-label-paragraph = { $ordinal }款
provision-label-subparagraph = ({ $letter })项
provision-label-annex = 附件{ $roman ->
        [I] 一
        [II] 二
        [III] 三
        [IV] 四
        [V] 五
        [VI] 六
        [VII] 七
        [VIII] 八
        [IX] 九
        [X] 十
        [XI] 十一
        [XII] 十二
        [XIII] 十三
        [XIV] 十四
        [XV] 十五
        [XVI] 十六
        [XVII] 十七
        [XVIII] 十八
        [XIX] 十九
        [XX] 二十
        [XXI] 二十一
        [XXII] 二十二
        [XXIII] 二十三
        [XXIV] 二十四
        [XXV] 二十五
        [XXVI] 二十六
        [XXVII] 二十七
        [XXVIII] 二十八
        [XXIX] 二十九
        [XXX] 三十
       *[other] { $roman }
    }
provision-label-section = { $ordinal }节
provision-label-point = ({ $small_roman })目
# 插入的条款沿用前一条的编号，加"之二""之三"：第3条之二。
provision-label-inserted = { $label }之{ $nth ->
        [1] 二
        [2] 三
        [3] 四
        [4] 五
        [5] 六
        [6] 七
        [7] 八
        [8] 九
       *[other] { $latin }
    }

preamble = 序言

## 导出文件。每份文件均供其他程序读取：只用纯文字。

export-facts = { $kind } · { $symbol }
export-notice-draft = 草案，并非最后案文：尚未商定之处均已标明。
export-notice-bracketed = 带括号案文：方括号内的词语尚未商定；文末的注说明其提出方。
export-notice-compilation = 提案汇编：逐条列出所有备选案文和拟议修正。
export-notice-parallel = 平行案文：每一条款依次以两种语文列出。
export-heading = { $label }　{ $heading }
export-option = 备选案文{ $n }：
export-amendment = 拟议修正：
export-subparagraph = ({ $letter })
export-point = ({ $small_roman })
export-proposed-by = 由{ $parties }提出。
export-missing-text = 尚无此语文案文。
export-not-agreed = [尚未商定：{ $status }]

## 条款前后的套语，按文书类型区分（$kind：treaty、framework-agreement、
## memorandum-of-understanding、joint-declaration）。自带套语的文本保留其套语。

# 序言的第一行：由谁发言。
export-preamble-opening = { $kind ->
        [memorandum-of-understanding] 各参与方，
        [joint-declaration] 我们，下列签署人，
        [framework-agreement] 本协定缔约方，
       *[other] 本条约缔约方，
    }
# 序言各段与执行部分之间的一行。
export-preamble-closing = { $kind ->
        [memorandum-of-understanding] 达成谅解如下：
        [joint-declaration] 兹宣布如下：
       *[other] 兹协议如下：
    }
export-testimonium = { $kind ->
        [memorandum-of-understanding] 下列签署人经正式授权，在本谅解备忘录上签字，以昭信守。
        [joint-declaration] 下列签署人在本宣言上签字，以昭信守。
        [framework-agreement] 下列签署人经正式授权，在本协定上签字，以昭信守。
       *[other] 下列签署人经正式授权，在本条约上签字，以昭信守。
    }
# $languages：各作准语文，按中文的顺序排列，每种语文采用 export-formula-language
# 的写法，以"、"和"和"连接。
export-done-at = { $count ->
        [1] { $date }订于{ $place }，正本一份，以{ $languages }写成。
       *[other] { $date }订于{ $place }，正本一份，{ $languages }文本同等作准。
    }
# 结尾套语中语文的名称；$name 为该语文在界面中的名称，用于此处没有专门写法的语文。
export-formula-language = { $code ->
        [ar] 阿拉伯文
        [zh] 中文
        [en] 英文
        [fr] 法文
        [ru] 俄文
        [es] 西班牙文
       *[other] { $name }
    }
# 中文列举联合国语文的顺序（沿用英文顺序）：语文代码。
export-language-order = ar zh en fr ru es
# 中文对常见会议地点的名称（$city：标识；$name：所输入的地点，用于未列出者）。
export-city = { $city ->
        [geneva] 日内瓦
        [new-york] 纽约
        [vienna] 维也纳
        [nairobi] 内罗毕
        [paris] 巴黎
        [rome] 罗马
        [bangkok] 曼谷
        [addis-ababa] 亚的斯亚贝巴
        [santiago] 圣地亚哥
        [beirut] 贝鲁特
        [strasbourg] 斯特拉斯堡
        [the-hague] 海牙
        [brussels] 布鲁塞尔
        [montreal] 蒙特利尔
        [washington] 华盛顿
       *[other] { $name }
    }
# 同一地点单独书写时的名称，即用户输入的形式。
export-city-name = { $city ->
        [geneva] 日内瓦
        [new-york] 纽约
        [vienna] 维也纳
        [nairobi] 内罗毕
        [paris] 巴黎
        [rome] 罗马
        [bangkok] 曼谷
        [addis-ababa] 亚的斯亚贝巴
        [santiago] 圣地亚哥
        [beirut] 贝鲁特
        [strasbourg] 斯特拉斯堡
        [the-hague] 海牙
        [brussels] 布鲁塞尔
        [montreal] 蒙特利尔
        [washington] 华盛顿
       *[other] { $name }
    }

## 文本读取。除上述编号外，文本书写标题的其他方式，以及标示其各部分的词语。
## 列表各项以" | "分隔；以"…"开头的项可出现在行中任何位置。

reader-label-article = { $form ->
       *[other] 第{ $n }条
    }
reader-label-annex = { $form ->
       *[other] 附件{ $roman }
    }
reader-closing = 下列签字人 | 下列签署人 | 为此 | …订于 | …签订于 | …通过于 | …次全体会议
reader-opening = 大会 | 我们 | 本公约缔约国 | 本协定缔约方 | 本议定书缔约方 | 缔约各方 | 各缔约方 | 缔约国 | 世界卫生大会 | 双方
reader-front-matter = Distr. | 原件 | 议程项目 | 届会 | 大会决议 | 联合国 | 大会 | 安全理事会 | 世界卫生大会 | 执行委员会 | 经济及社会理事会 | 人权理事会 | 欧洲委员会 | 临时议程
reader-title-resolution = 决议 | 决定
reader-title-memorandum-of-understanding = 备忘录
reader-title-joint-declaration = 宣言 | 公报 | 声明
reader-title-framework-agreement = 框架
# 从PDF复制的文本在行间保留的页码。
reader-page = 第{ $n }页，共{ $count }页

# How the provisions of a citation are joined: "Article 12, paragraph 3".
citation-separator = {"，"}

# check-locales 对译者文件所作的说明（以及应用程序对出错的覆盖文件所作的
# 说明）。每条消息以译者熟悉的措辞解释一个问题；$id 为消息 ID，$reference
# 为参照语文（en）。

check-warning = 警告
check-summary = 已检查{ $languages }种语文：{ $errors }个错误，{ $warnings }个警告。
check-templates-summary = 已检查{ $templates }个模板：{ $errors }个错误，{ $warnings }个警告。
check-unreadable = 无法读取此文件：{ $reason }
check-syntax-expected = Fluent 此处需要“{ $token }”。
check-syntax-expected-name = 此处应为以字母开头的名称：消息标识符、$ 之后的变量或函数名。
check-syntax-no-value = “{ $id }”没有文字：请在“=”之后写出其文字。
check-syntax-missing-value = 此处应有一个值。
check-syntax-no-default = 此选择需要一个以 * 标记的默认变体（例如 *[other]）。
check-syntax-two-defaults = 此选择有两个默认变体：只能用 * 标记其中一个。
check-syntax-unterminated-string = 此带引号的文字没有结束：请添加结尾的 "。
check-syntax-unbalanced-brace = 此右花括号 {"}"} 没有对应的左花括号 {"{"}。
check-syntax-escape = “{ $sequence }”不是 Fluent 能识别的转义序列。
check-syntax-other = 这不是有效的 Fluent：{ $detail }
check-duplicate = “{ $id }”在此处被再次定义；以第一次定义为准。
check-duplicate-attribute = “{ $id }”的属性 .{ $attribute } 出现了两次。
check-missing-file = 缺少此文件：参照语文（{ $reference }）中有此文件。
check-obsolete-file = 参照语文（{ $reference }）中没有此文件，因此永远不会读取此文件。
check-missing-message = 此文件中缺少“{ $id }”：参照语文（{ $reference }）中有此消息。
check-obsolete-message = 参照语文（{ $reference }）中已不再有“{ $id }”。
check-missing-attribute = “{ $id }”缺少属性 .{ $attribute }。
check-obsolete-attribute = “{ $id }”有参照语文中所没有的属性 .{ $attribute }。
check-unknown-variable = “{ $id }”使用了变量 { "{" } ${ $variable } { "}" }，但参照语文（{ $reference }）并不传递该变量：它将显示为空白。
check-dropped-variable = “{ $id }”遗漏了参照语文（{ $reference }）中显示的变量 { "{" } ${ $variable } { "}" }。
check-variant-drops-variable = 在“{ $id }”中，变体 [{ $variant }] 没有显示 { "{" } ${ $variable } { "}" }。
check-unknown-function = { $function }() 不是 Entente 提供的函数（仅提供 NUMBER）。
check-plural-categories = “{ $id }”按数字进行选择，但缺少本语文所需的复数形式：{ $missing }。
check-template-syntax = “{ $id }”含有 {"{{"}…{"}}"}：这是条款模板语法，不是 Fluent 语法（请写作 { "{" } $name { "}" }）。
check-empty = “{ $id }”为空。
check-unknown-reference = “{ $id }”引用了“{ $target }”，但本语文中没有该消息。
check-cyclic = “{ $id }”引用了其自身。
check-too-complex = 无法格式化“{ $id }”：其中的占位符过多，或有某个选择缺少默认变体。

## check-templates：条款模板存在的问题。$variable 为变量名，$language 为语文代码，
## $source 为源文件。

check-template-no-manifest = 此模板没有 template.json。
check-template-manifest = 无法读取 template.json：{ $detail }
check-template-id = ID 必须是文件夹的名称“{ $folder }”。
check-template-version = 版本号必须写作 MAJOR.MINOR.PATCH，例如 1.0.0。
check-template-category = 类别必须是下列之一：{ $categories }。
check-template-no-source = 源语文不在本模板的语文之中。
check-template-no-options = “{ $variable }”是选择型变量，但没有可选值。
check-template-bounds = “{ $variable }”的最小值大于其最大值。
check-template-default = “{ $variable }”的默认值与该变量不符（{ $reason ->
        [out-of-bounds] 超出其范围
        [too-long] 超过允许的长度
        [not-a-date] 不是以 YYYY-MM-DD 格式书写的日期
        [not-an-option] 不是其可选值之一
       *[other] 不属于其类型
    }）。
check-template-no-title = 本模板没有{ $language }标题。
check-template-no-label = “{ $variable }”在{ $language }中没有标签（其本身或其某个选项）：表单将只显示其原始名称。
check-template-missing-file = template.json 中指定的{ $language }案文缺失。
check-template-unclosed-tag = 此 {"{{"} 没有以 {"}}"} 结束。
check-template-stray-close = 此 {"}}"} 没有结束任何标记。
check-template-unclosed-block = 此块没有结束。
check-template-mismatched-close = 此处结束的块不是当前开启的块。
check-template-misplaced-else = {"{{"}else{"}}"} 只能出现在 {"{{"}#if{"}}"} 之内。
check-template-outside-case = 在 {"{{"}#alt{"}}"} 之内，所有内容都必须位于某个 {"{{"}#case{"}}"} 中。
check-template-unknown-tag = 此标记不是 Entente 能识别的标记：{ $detail }
check-template-undeclared = “{ $variable }”未在 template.json 中声明。
check-template-unused = “{ $variable }”已声明，但没有任何语文使用。
check-template-if-not-boolean = {"{{"}#if{"}}"} 需要布尔变量，而“{ $variable }”不是布尔变量。
check-template-optional-not-optional = {"{{"}#optional{"}}"} 需要可选变量，而“{ $variable }”不是可选变量。
check-template-cases = “{ $variable }”的各个分支必须与其可选值一一对应，每个可选值只出现一次：{ $options }。
check-template-number-not-integer = {"{{"}{ $tag }{"}}"} 需要整数变量，而“{ $variable }”不是整数变量。
check-template-plural-forms = “{ $variable }”的复数缺少本语文所需的复数形式：{ $missing }。
check-template-tags-differ = 本语文所用的变量、块和分支与 { $source } 不同：{ $differences }。
check-template-structure = 本语文的标题、款和项与 { $source } 不一致。
check-template-stale = { $language }案文译自较早的 { $source }：请对照源文件进行核对，然后记录新的哈希值。
check-template-no-hash = { $language }案文没有记录其所译源文件的哈希值。

check-typography-fr-space = 法文此处应为不间断空格：位于 ; : ! ? 和 » 之前、« 之后。--fix 选项会加上该空格。
check-typography-zh-punctuation = 中文在汉字旁使用全角标点：此处应为“{ $mend }”。
check-typography-ar-punctuation = 阿拉伯文在阿拉伯文词语之后使用阿拉伯文标点：此处应为“{ $mend }”。
check-typography-ar-tanween = 阿拉伯文文本不写开口符鼻音（tanween fath），与术语库写法一致（وفقا）。check --fix 会将其删除。
check-typography-ru-quotes = 俄文使用书名号式引号：此处应为“{ $mend }”。
check-term-avoided = 术语库此处写作“{ $term }”，而非“{ $found }”。
check-term-missing = 原文此行写有“{ $source }”，本文本从未使用其术语：“{ $term }”。
check-terms-line = 术语库的每一行至少包含一个概念和一个术语，以制表符分隔。

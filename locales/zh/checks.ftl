# check-locales 对译者文件所作的说明（以及应用程序对出错的覆盖文件所作的
# 说明）。每条消息以译者熟悉的措辞解释一个问题；$id 为消息 ID，$reference
# 为参照语文（en）。

check-warning = 警告
check-summary = 已检查{ $languages }种语文：{ $errors }个错误，{ $warnings }个警告。
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

# Что check-locales сообщает о файлах переводчика (а приложение — о
# неисправном заменяющем файле). Каждое сообщение объясняет одну проблему
# понятными переводчику словами; $id — идентификатор сообщения, $reference —
# эталонный язык (en).

check-warning = предупреждение
check-summary = { $languages ->
        [one] Проверен { $languages } язык
        [few] Проверено { $languages } языка
        [many] Проверено { $languages } языков
       *[other] Проверено { $languages } языка
    }: { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибки
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    }.
check-templates-summary = { $templates ->
        [one] Проверен { $templates } шаблон
        [few] Проверено { $templates } шаблона
        [many] Проверено { $templates } шаблонов
       *[other] Проверено { $templates } шаблона
    }: { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибки
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    }.
check-unreadable = Не удалось прочитать этот файл: { $reason }
check-syntax-expected = Здесь Fluent ожидал «{ $token }».
check-syntax-expected-name = Здесь ожидалось имя, начинающееся с буквы: идентификатор сообщения, переменная после $ или функция.
check-syntax-no-value = У сообщения «{ $id }» нет текста: напишите его после «=».
check-syntax-missing-value = Здесь ожидалось значение.
check-syntax-no-default = В этой конструкции выбора нужен вариант по умолчанию, отмеченный знаком * (например, *[other]).
check-syntax-two-defaults = В этой конструкции выбора два варианта по умолчанию: отметьте знаком * только один.
check-syntax-unterminated-string = Этот текст в кавычках не закрыт: добавьте закрывающую кавычку ".
check-syntax-unbalanced-brace = У этой закрывающей фигурной скобки {"}"} нет открывающей {"{"}.
check-syntax-escape = «{ $sequence }» — escape-последовательность, неизвестная Fluent.
check-syntax-other = Недопустимый синтаксис Fluent: { $detail }
check-duplicate = Сообщение «{ $id }» определено здесь повторно; действует первое определение.
check-duplicate-attribute = У сообщения «{ $id }» дважды указан атрибут .{ $attribute }.
check-missing-file = Этот файл отсутствует: он есть в эталонном языке ({ $reference }).
check-obsolete-file = Этого файла нет в эталонном языке ({ $reference }), и он никогда не читается.
check-missing-message = Сообщение «{ $id }» отсутствует в этом файле: оно есть в эталонном языке ({ $reference }).
check-obsolete-message = Сообщения «{ $id }» больше нет в эталонном языке ({ $reference }).
check-missing-attribute = У сообщения «{ $id }» нет атрибута .{ $attribute }.
check-obsolete-attribute = У сообщения «{ $id }» есть атрибут .{ $attribute }, которого нет в эталонном языке.
check-unknown-variable = Сообщение «{ $id }» использует переменную { "{" } ${ $variable } { "}" }, которую эталонный язык ({ $reference }) не передаёт: на её месте будет пропуск.
check-dropped-variable = В сообщении «{ $id }» пропущена переменная { "{" } ${ $variable } { "}" }, которую показывает эталонный язык ({ $reference }).
check-variant-drops-variable = В сообщении «{ $id }» вариант [{ $variant }] не показывает { "{" } ${ $variable } { "}" }.
check-unknown-function = { $function }() — функция, которой нет в Entente (есть только NUMBER).
check-plural-categories = Сообщение «{ $id }» выбирает форму по числу, но в нём нет нужных этому языку форм множественного числа: { $missing }.
check-template-syntax = Сообщение «{ $id }» содержит {"{{"}…{"}}"}: это синтаксис шаблонов положений, а не Fluent (пишите { "{" } $name { "}" }).
check-empty = Сообщение «{ $id }» пусто.
check-unknown-reference = Сообщение «{ $id }» ссылается на «{ $target }», которого нет в этом языке.
check-cyclic = Сообщение «{ $id }» ссылается само на себя.
check-too-complex = Не удалось отформатировать сообщение «{ $id }»: в нём слишком много подстановок или есть конструкция выбора без варианта по умолчанию.

## check-templates: что не так с шаблоном положения. $variable — имя
## переменной, $language — код языка, $source — исходный файл.

check-template-no-manifest = У этого шаблона нет файла template.json.
check-template-manifest = Не удалось прочитать template.json: { $detail }
check-template-id = Идентификатор должен совпадать с именем каталога: «{ $folder }».
check-template-version = Версия должна быть записана в формате MAJOR.MINOR.PATCH, например 1.0.0.
check-template-category = Категория должна быть одной из следующих: { $categories }.
check-template-no-source = Исходного языка нет среди языков шаблона.
check-template-no-options = Переменная «{ $variable }» предусматривает выбор, но не имеет вариантов.
check-template-bounds = У переменной «{ $variable }» минимум больше максимума.
check-template-default = Значение по умолчанию не подходит для переменной «{ $variable }» ({ $reason ->
        [out-of-bounds] выходит за её пределы
        [too-long] длиннее допустимого
        [not-a-date] не является датой в формате ГГГГ-ММ-ДД
        [not-an-option] не входит в число её вариантов
       *[other] не соответствует её типу
    }).
check-template-no-title = У шаблона нет названия на языке { $language }.
check-template-no-label = У «{ $variable }» нет подписи на языке { $language } (у самой переменной или у одного из вариантов): форма покажет её голое имя.
check-template-missing-file = Текст на языке { $language }, указанный в template.json, отсутствует.
check-template-unclosed-tag = Эти скобки {"{{"} нигде не закрываются скобками {"}}"}.
check-template-stray-close = Эти скобки {"}}"} не закрывают ни одного тега.
check-template-unclosed-block = Этот блок нигде не закрывается.
check-template-mismatched-close = Этот тег закрывает не тот блок, который открыт.
check-template-misplaced-else = {"{{"}else{"}}"} допускается только внутри {"{{"}#if{"}}"}.
check-template-outside-case = Внутри {"{{"}#alt{"}}"} всё должно находиться в {"{{"}#case{"}}"}.
check-template-unknown-tag = Этот тег неизвестен Entente: { $detail }
check-template-undeclared = Переменная «{ $variable }» не объявлена в template.json.
check-template-unused = Переменная «{ $variable }» объявлена, но не используется ни в одном языке.
check-template-if-not-boolean = Для {"{{"}#if{"}}"} нужна логическая переменная, а «{ $variable }» не является логической.
check-template-optional-not-optional = Для {"{{"}#optional{"}}"} нужна необязательная переменная, а «{ $variable }» не является необязательной.
check-template-cases = Случаи переменной «{ $variable }» должны соответствовать её вариантам, каждому по одному разу: { $options }.
check-template-number-not-integer = Для {"{{"}{ $tag }{"}}"} нужна целочисленная переменная, а «{ $variable }» не является целочисленной.
check-template-plural-forms = Для переменной «{ $variable }» нет нужных этому языку форм множественного числа: { $missing }.
check-template-tags-differ = В этом языке используются не те же переменные, блоки и случаи, что в { $source }: { $differences }.
check-template-structure = В этом языке не такие же заголовок, пункты и подпункты, как в { $source }.
check-template-stale = Текст на языке { $language } переведён с более ранней версии { $source }: сверьте его с исходным текстом, затем запишите новый хеш.
check-template-no-hash = В тексте на языке { $language } не записан хеш исходного текста, с которого он переведён.

check-typography-fr-space = Во французском тексте здесь нужен неразрывный пробел: перед ; : ! ? и », после «. Параметр --fix вставляет его.
check-typography-zh-punctuation = В китайском тексте рядом с иероглифами пишутся полноширинные знаки: здесь «{ $mend }».
check-typography-ar-punctuation = В арабском тексте после арабских слов пишутся арабские знаки: здесь «{ $mend }».
check-typography-ar-tanween = Арабские тексты пишутся без танвина фатха, как в терминологической базе (وفقا). check --fix удаляет его.
check-typography-ru-quotes = В русском тексте используются кавычки-«ёлочки»: здесь «{ $mend }».
check-term-avoided = Согласно терминологической базе здесь пишется «{ $term }», а не «{ $found }».
check-term-missing = В исходном тексте в этой строке сказано «{ $source }», а в этом тексте соответствующий термин не встречается: «{ $term }».
check-terms-line = Строка терминологической базы содержит как минимум понятие и термин, разделенные знаком табуляции.

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

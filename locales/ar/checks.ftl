# ما يقوله الأمر check-locales عن ملفات المترجم (وما يقوله التطبيق عن ملف
# معطوب يحلّ محل الرسائل المضمّنة). تشرح كل رسالة مشكلة واحدة بكلمات يفهمها
# المترجم؛ $id معرّف رسالة، و$reference اللغة المرجعية (en).

check-warning = تحذير
check-summary = { $languages ->
        [zero] لم تُفحص أي لغة
        [one] فُحصت لغة واحدة
        [two] فُحصت لغتان
        [few] فُحصت { $languages } لغات
        [many] فُحصت { $languages } لغة
       *[other] فُحصت { $languages } لغة
    }: { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }.
check-unreadable = تعذّرت قراءة هذا الملف: { $reason }
check-syntax-expected = كان Fluent يتوقّع «{ $token }» هنا.
check-syntax-expected-name = كان من المتوقع هنا اسم يبدأ بحرف: معرّف رسالة، أو متغير بعد $، أو دالة.
check-syntax-no-value = ليس للرسالة «{ $id }» نص: اكتب كلماتها بعد علامة «=».
check-syntax-missing-value = كان من المتوقّع وجود قيمة هنا.
check-syntax-no-default = يحتاج هذا الاختيار إلى بديل افتراضي يُوسَم بالعلامة * (مثل *[other]).
check-syntax-two-defaults = لهذا الاختيار بديلان افتراضيان: ضع العلامة * على بديل واحد فقط.
check-syntax-unterminated-string = لم يُغلق هذا النص الوارد بين علامتي اقتباس: أضف علامة " الختامية.
check-syntax-unbalanced-brace = لا تقابل هذه الحاصرة الختامية {"}"} أي حاصرة افتتاحية {"{"}.
check-syntax-escape = «{ $sequence }» ليس تسلسل هروب يعرفه Fluent.
check-syntax-other = هذا ليس نص Fluent صالحًا: { $detail }
check-duplicate = عُرِّفت الرسالة «{ $id }» مرة ثانية هنا؛ والعبرة بالتعريف الأول.
check-duplicate-attribute = تتضمن الرسالة «{ $id }» السمة .{ $attribute } مرتين.
check-missing-file = هذا الملف ناقص: فهو موجود في اللغة المرجعية ({ $reference }).
check-obsolete-file = هذا الملف غير موجود في اللغة المرجعية ({ $reference }) ولا يُقرأ أبدًا.
check-missing-message = الرسالة «{ $id }» ناقصة في هذا الملف: فهي موجودة في اللغة المرجعية ({ $reference }).
check-obsolete-message = الرسالة «{ $id }» لم تعد موجودة في اللغة المرجعية ({ $reference }).
check-missing-attribute = تفتقر الرسالة «{ $id }» إلى سمتها .{ $attribute }.
check-obsolete-attribute = للرسالة «{ $id }» سمة .{ $attribute } لا توجد في اللغة المرجعية.
check-unknown-variable = تستخدم الرسالة «{ $id }» المتغيّر { "{" } ${ $variable } { "}" }، الذي لا تمرّره اللغة المرجعية ({ $reference }): وسيظهر مكانه فراغ.
check-dropped-variable = تُسقط الرسالة «{ $id }» المتغيّر { "{" } ${ $variable } { "}" } الذي تعرضه اللغة المرجعية ({ $reference }).
check-variant-drops-variable = في الرسالة «{ $id }»، لا يعرض البديل [{ $variant }] المتغيّر { "{" } ${ $variable } { "}" }.
check-unknown-function = { $function }() ليست دالة من الدوال التي يوفّرها Entente (لا يوفّر إلا NUMBER).
check-plural-categories = تختار الرسالة «{ $id }» حسب العدد، ولكنها تفتقر إلى صيغ الجمع التي تحتاج إليها هذه اللغة: { $missing }.
check-template-syntax = تتضمن الرسالة «{ $id }» {"{{"}…{"}}"}: وهذا بناء جملة قوالب البنود، لا بناء جملة Fluent (اكتب { "{" } $name { "}" }).
check-empty = الرسالة «{ $id }» فارغة.
check-unknown-reference = تشير الرسالة «{ $id }» إلى «{ $target }»، ولا وجود له في هذه اللغة.
check-cyclic = تشير الرسالة «{ $id }» إلى نفسها.
check-too-complex = تعذّر تنسيق الرسالة «{ $id }»: ففيها عدد مفرط من العناصر النائبة أو اختيار بلا بديل افتراضي.

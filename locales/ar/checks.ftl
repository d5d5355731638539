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
        [many] { $errors } خطأ
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرا
       *[other] { $warnings } تحذير
    }.
check-templates-summary = { $templates ->
        [zero] لم يُفحص أي قالب
        [one] فُحص قالب واحد
        [two] فُحص قالبان
        [few] فُحصت { $templates } قوالب
        [many] فُحص { $templates } قالبا
       *[other] فُحص { $templates } قالب
    }: { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأ
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرا
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
check-syntax-other = هذا ليس نص Fluent صالحا: { $detail }
check-duplicate = عُرِّفت الرسالة «{ $id }» مرة ثانية هنا؛ والعبرة بالتعريف الأول.
check-duplicate-attribute = تتضمن الرسالة «{ $id }» السمة .{ $attribute } مرتين.
check-missing-file = هذا الملف ناقص: فهو موجود في اللغة المرجعية ({ $reference }).
check-obsolete-file = هذا الملف غير موجود في اللغة المرجعية ({ $reference }) ولا يُقرأ أبدا.
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

## check-templates: ما يعيب قالب البند. $variable اسم متغيّر، و$language رمز
## لغة، و$source الملف المصدر.

check-template-no-manifest = ليس لهذا القالب ملف template.json.
check-template-manifest = تعذّرت قراءة template.json: { $detail }
check-template-id = يجب أن يكون المعرّف هو اسم المجلد، «{ $folder }».
check-template-version = يجب أن يُكتب الإصدار بالصيغة MAJOR.MINOR.PATCH، مثل 1.0.0.
check-template-category = يجب أن تكون الفئة واحدة مما يلي: { $categories }.
check-template-no-source = اللغة المصدر ليست من لغات القالب.
check-template-no-options = «{ $variable }» متغيّر اختيار بلا خيارات.
check-template-bounds = الحد الأدنى للمتغيّر «{ $variable }» أكبر من حده الأقصى.
check-template-default = القيمة الافتراضية للمتغيّر «{ $variable }» لا تناسبه ({ $reason ->
        [out-of-bounds] فهي خارج حدوده
        [too-long] فهي أطول من المسموح به
        [not-a-date] فهي ليست يوما مكتوبا بالصيغة YYYY-MM-DD
        [not-an-option] فهي ليست أحد خياراته
       *[other] فهي ليست من نوعه
    }).
check-template-no-title = ليس للقالب عنوان باللغة { $language }.
check-template-no-label = لا توجد للمتغير «{ $variable }» تسمية باللغة { $language } (له أو لأحد خياراته): سيعرض النموذج اسمه المجرد.
check-template-missing-file = النص باللغة { $language } المذكور في template.json غير موجود.
check-template-unclosed-tag = يُفتح {"{{"} هنا ولا يُغلق أبدا بـ {"}}"}.
check-template-stray-close = لا يُغلق {"}}"} هنا أي وسم.
check-template-unclosed-block = تُفتح هذه الكتلة ولا تُغلق أبدا.
check-template-mismatched-close = يُغلق هذا الوسم كتلة غير الكتلة المفتوحة.
check-template-misplaced-else = لا يوضع {"{{"}else{"}}"} إلا داخل {"{{"}#if{"}}"}.
check-template-outside-case = داخل {"{{"}#alt{"}}"}، يجب أن يكون كل شيء ضمن {"{{"}#case{"}}"}.
check-template-unknown-tag = هذا الوسم ليس من الوسوم التي يعرفها Entente: { $detail }
check-template-undeclared = المتغيّر «{ $variable }» غير مُعلَن في template.json.
check-template-unused = المتغيّر «{ $variable }» مُعلَن ولكن لا تستخدمه أي لغة.
check-template-if-not-boolean = يحتاج {"{{"}#if{"}}"} إلى متغيّر منطقي، و«{ $variable }» ليس متغيّرا منطقيا.
check-template-optional-not-optional = يحتاج {"{{"}#optional{"}}"} إلى متغيّر اختياري، و«{ $variable }» ليس اختياريا.
check-template-cases = يجب أن تكون حالات «{ $variable }» هي خياراته، كلٌّ منها مرة واحدة: { $options }.
check-template-number-not-integer = يحتاج {"{{"}{ $tag }{"}}"} إلى عدد صحيح، و«{ $variable }» ليس عددا صحيحا.
check-template-plural-forms = تفتقر صيغ الجمع للمتغيّر «{ $variable }» إلى الصيغ التي تحتاج إليها هذه اللغة: { $missing }.
check-template-tags-differ = لا تستخدم هذه اللغة المتغيّرات والكتل والحالات نفسها التي يستخدمها { $source }: { $differences }.
check-template-structure = ليس لهذه اللغة العنوان والفقرات والفقرات الفرعية نفسها التي في { $source }.
check-template-stale = تُرجم النص باللغة { $language } عن { $source } قبل تعديله: راجعه مقابل المصدر، ثم سجّل قيمة التجزئة الجديدة.
check-template-no-hash = لا يسجّل النص باللغة { $language } قيمة تجزئة المصدر الذي تُرجم عنه.

check-typography-fr-space = تضع الفرنسية هنا مسافة غير قابلة للكسر: قبل ; : ! ? و»، وبعد «. يضيفها الخيار --fix.
check-typography-zh-punctuation = تستخدم الصينية علامات ترقيم كاملة العرض بجوار الحروف الصينية: «{ $mend }» هنا.
check-typography-ar-punctuation = تستخدم العربية علامات ترقيمها الخاصة بعد الكلمات العربية: «{ $mend }» هنا.
check-typography-ar-tanween = تُكتب النصوص العربية بلا تنوين فتح، كما تكتبها قاعدة المصطلحات (وفقا). ويحذفه check --fix.
check-typography-ru-quotes = تستخدم الروسية علامات الاقتباس « »: «{ $mend }» هنا.
check-term-avoided = تكتب قاعدة المصطلحات هنا «{ $term }»، لا «{ $found }».
check-term-missing = يقول النص المصدر «{ $source }» في هذا السطر، ولا يكتب هذا النص مصطلحه أبدا: «{ $term }».
check-terms-line = يتضمن كل سطر من قاعدة المصطلحات مفهوما ومصطلحا على الأقل، تفصل بينهما علامة جدولة.

# سطر أوامر entente.

cli-about = Entente: صياغة اتفاقات دولية بشأن التعاون في استخدام الذكاء الاصطناعي في مجال الصحة، دون اتصال بالإنترنت.
cli-data-dir-help = المجلد الذي يحتوي على قاعدة البيانات (أو ENTENTE_DATA_DIR؛ الافتراضي: مجلد بيانات تطبيق سطح المكتب).
cli-usage-heading = الاستخدام:
cli-commands-heading = الأوامر:
cli-arguments-heading = الوسائط:
cli-options-heading = الخيارات:
cli-help-help = عرض هذه التعليمات.
cli-version-help = عرض رقم الإصدار.
cli-json-help = طباعة JSON للبرامج النصية بدلا من النص.
cli-list-about = عرض قائمة الاتفاقات الموجودة على هذا الجهاز.
cli-show-about = عرض اتفاق: بياناته وهيكله وأعداد عناصره.
cli-show-id-help = معرّف الاتفاق، كما يطبعه الأمر «entente list».
cli-no-home = لا يوجد على هذا الجهاز مجلد رئيسي لحفظ البيانات
cli-list-empty = لا توجد اتفاقات بعد. شغّل تطبيق سطح المكتب لصياغة اتفاق.
cli-list-line = { $id }  { $title }  [{ $languages }]
cli-list-line-with-symbol = { $id }  { $title }  ({ $symbol })  [{ $languages }]
cli-show-summary = { $title }
    المعرّف: { $id }   النوع: { $kind }   الرمز: { $symbol }
    اللغات: { $languages } (* ذات حجية؛ لغة العمل: { $working })
    فقرات الديباجة: { $recitals }، الأجزاء: { $parts }، الفصول: { $chapters }، المواد: { $articles }، الفقرات: { $paragraphs }
    الأطراف: { $parties }، المراقبون: { $observers }، المجموعات: { $groups }
    الهيكل:
cli-sample-about = إنشاء المفاوضات النموذجية (اتفاق إطاري بشأن الذكاء الاصطناعي من أجل الصحة، بالإنكليزية والفرنسية) وطباعة معرّفها.
cli-report-about = تقرير المفاوضات: ما وصل إليه النص، وموقف كل طرف من كل حكم.
cli-export-about = تصدير اتفاق بصيغة Markdown أو HTML بجميع لغات المفاوضات، مع الملف manifest.json؛ ويطبع كل ملف يُكتب.
cli-export-out-help = المجلد الذي تُكتب فيه الملفات (يُنشأ عند الحاجة).
cli-export-lang-help = all (الافتراضي)، أو اللغات المطلوب كتابتها، مثل en,fr.
cli-export-mode-help = clean (الافتراضي): النص المتفق عليه؛ bracketed: الأقواس المعقوفة والخيارات في مواضعها مع مقدّميها؛ compilation: جميع الخيارات والتعديلات؛ parallel: لغتان حكما حكما؛ report: المصفوفة والخلاصة. يمكن ذكر أكثر من واحد مفصولة بفواصل، أو all: تُكتب كلها في تشغيل واحد.
cli-export-format-help = md (الافتراضي) أو html أو docx (Word). يمكن ذكر أكثر من واحد مفصولة بفواصل، أو all: تُكتب كلها في تشغيل واحد.
cli-export-draft-help = تصدير نص نظيف لم يصبح نهائيا بعد، مع وسم جميع المواضع التي لم تُحسم.
cli-export-place-help = مكان تحرير الاتفاق، لأجل الصيغة الختامية.
cli-export-date-help = يوم تحرير الاتفاق (YYYY-MM-DD)، لأجل الصيغة الختامية.
cli-import-about = استيراد نص موجود، منسق على النحو الذي تتبعه الأمانات، من مستند Word (.docx) أو من نص بصيغة Markdown أو نص عادي: بوصفه اتفاقا جديدا، أو نصا لاتفاق قائم بلغة أخرى (--into)، أو نسخة منقّحة جديدة من اتفاق قائم (--into مع --revision). ويُطبع معرّف الاتفاق الجديد.
cli-import-file-help = النص المراد قراءته: مستند Word (.docx)، أو نص بصيغة Markdown، أو نص عادي.
cli-import-lang-help = اللغة التي كُتب بها، مثل ar.
cli-import-title-help = العنوان، إذا لم يبدأ النص بعنوان.
cli-import-into-help = اتفاق موجود بالفعل على هذا الجهاز (معرّفه): يُلحَق به النص بهذه اللغة، ويُلحَق كل حكم بالحكم المماثل له نوعا ورقما؛ وما لا نظير له يُدرَج في قائمة، جنبا إلى جنب.
cli-import-revision-help = مع --into: قراءة النص بوصفه نسخة منقّحة جديدة من الاتفاق، تُحفظ بوصفها النسخة التي تحمل هذا الاسم (مثل Rev.3).
cli-import-keep-help = الإبقاء على ما لا موضع له في الاتفاق، بوصفه فقرات غير مرقّمة في موضعه. وبدون هذا الخيار، يُرفض هذا النص ويُدرَج ما لا موضع له في قائمة.
cli-import-preview-help = الاكتفاء ببيان ما يتضمنه النص (بياناته، وأحكامه حسب النوع، وعناوينه، والأسطر التي لا موضع لها في الاتفاق، ومع --into مدى تقابله مع الاتفاق)؛ دون إنشاء أي شيء.
cli-import-pair-help = مع --into: إسناد حكم النص الذي يبدأ في السطر LINE (وفي مستند Word، في الفقرة LINE) إلى الحكم ID من الاتفاق (LINE:ID؛ ويجوز تكراره).
cli-import-accept-changes-help = اعتبار التغييرات المتعقبة في مستند Word مقبولة. وبدون هذا الخيار، يُرفض المستند الذي يتضمن تغييرات متعقبة.
cli-import-paragraph = الفقرة { $number }
cli-import-word-comments = { $count ->
        [zero] لم يُستبعد أي تعليق من تعليقات المستند.
        [one] استُبعد تعليق واحد من تعليقات المستند.
        [two] استُبعد تعليقان من تعليقات المستند.
        [few] استُبعدت { $count } تعليقات من تعليقات المستند.
        [many] استُبعد { $count } تعليقا من تعليقات المستند.
       *[other] استُبعد { $count } تعليق من تعليقات المستند.
    }
cli-import-word-changes = { $count ->
        [zero] لم يُعتبر أي تغيير متعقب مقبولا.
        [one] اعتُبر تغيير متعقب واحد مقبولا.
        [two] اعتُبر تغييران متعقبان مقبولين.
        [few] اعتُبرت { $count } تغييرات متعقبة مقبولة.
        [many] اعتُبر { $count } تغييرا متعقبا مقبولا.
       *[other] اعتُبر { $count } تغيير متعقب مقبولا.
    }
cli-import-unplaced = تعذّر وضعه في موضع: { $words }
cli-import-kept = أُبقي عليه فقرة غير مرقّمة: { $words }
cli-import-matched = عدد أحكام النص التي لها نظائر في الاتفاق: { $count }.
cli-import-text-only = في النص فقط، { $unit ->
        [paragraph] الفقرة
       *[line] السطر
    } { $line }: { $label } { $words }
cli-import-agreement-only = في الاتفاق فقط، الحكم { $id }: { $label } { $words }
cli-import-preview-title = العنوان: { $words }
cli-import-preview-symbol = الرمز: { $words }
cli-import-preview-kind = النوع: { $words }
cli-import-preview-front-matter = ترويسة الوثيقة: { $words }
cli-import-preview-opening = مستهل الديباجة: { $words }
cli-import-preview-closing-line = ختام الديباجة: { $words }
cli-import-preview-closing = الصيغة الختامية: { $words }
cli-import-preview-count = { $kind }: { $count }
cli-import-preview-heading = { $unit ->
        [paragraph] الفقرة
       *[line] السطر
    } { $line }: { $label } { $heading }
cli-import-preview-unplaced = { $unit ->
        [paragraph] الفقرة { $line } لا موضع لها
       *[line] السطر { $line } لا موضع له
    } في الاتفاق: { $words }
cli-revision-imported = حُفظت النسخة { $name }: المعدَّل { $amended }، والمضاف { $added }، والمنقول { $moved }.
cli-revision-unmatched = لا يرد في النسخة المنقّحة، وتُرك على حاله: { $label } (الحكم { $id })
cli-backup-about = نسخ قاعدة البيانات إلى مجلد النسخ الاحتياطية المجاور لها، أو عرض قائمة النسخ (ويُنشئ التطبيق أيضا نسخة كل يوم، وينشئ Entente نسخة قبل كل ترقية).
cli-backup-list-help = عرض قائمة النسخ الاحتياطية، من الأحدث إلى الأقدم، بدلا من إنشاء نسخة.
cli-backup-done = أُنشئت نسخة احتياطية في { $path }
cli-backup-none = لا توجد نسخ احتياطية بعد.
cli-backup-line = { $taken }  { $reason }  { $kilobytes } كيلوبايت  { $name }
cli-restore-about = وضع نسخة احتياطية محل قاعدة البيانات: اسم من القائمة التي يعرضها الأمر «entente backup --list»، أو مسار نسخة (على ذاكرة USB مثلا). وتُنشأ أولا نسخة احتياطية من قاعدة البيانات على حالتها الراهنة.
cli-restore-backup-help = اسم النسخة الاحتياطية، أو مسار نسخة.
cli-restore-done = استُعيدت النسخة { $name }. وحُفظت قاعدة البيانات كما كانت باسم { $before }.
cli-bundle-about = نقل اتفاق كامل إلى جهاز آخر في ملف واحد؛ وتبقى ملاحظاته الخاصة على هذا الجهاز.
cli-bundle-export-about = كتابة اتفاق، مع نسخه وأطرافه ومواقفه المتاحة للتبادل، في حزمة اتفاق.
cli-bundle-import-about = إنشاء الاتفاق الذي تتضمنه حزمة اتفاق؛ ويُطبع معرّف الاتفاق الجديد.
cli-bundle-out-help = ملف حزمة الاتفاق المراد كتابته.
cli-bundle-file-help = ملف حزمة الاتفاق المراد قراءته.
cli-bundle-written = كُتب { $path } ({ $bytes } بايت).
cli-packet-about = نقل مواقف وفد إلى الأمانة في ملف مواقف، ودمجها في سجلها.
cli-packet-export-about = كتابة مواقف طرف واحد المتاحة للتبادل بشأن اتفاق، مع سجلها، في ملف مواقف.
cli-packet-import-about = دمج ملف مواقف وفد في السجل الموجود على هذا الجهاز؛ ويُطبع ما طُبِّق وكل تعارض.
cli-packet-party-help = الطرف المراد كتابة مواقفه (معرّفه، كما يعرضه الأمر entente show --json).
cli-packet-out-help = ملف المواقف المراد كتابته.
cli-packet-file-help = ملف المواقف المراد قراءته.
cli-packet-take-theirs-help = الأحكام (معرّفاتها، مفصولة بفواصل) التي يحلّ فيها الموقف الوارد في ملف المواقف محلّ سجل على هذا الجهاز تغيّر منذ إنشاء ملف المواقف.
cli-packet-written = كُتب { $path }: { $count ->
        [zero] لا توجد مواقف بشأن أي حكم
        [one] مواقف بشأن حكم واحد
        [two] مواقف بشأن حكمين
        [few] مواقف بشأن { $count } أحكام
        [many] مواقف بشأن { $count } حكما
       *[other] مواقف بشأن { $count } حكم
    }.
cli-packet-merged = { $party }: المطبَّق { $applied }، وغير المتغيّر { $unchanged }، والمطلوب حسمه { $conflicts }.
cli-packet-applied = طُبِّق: { $label }
cli-packet-conflict = مطلوب حسمه: { $label } (الحكم { $id }). هنا: { $ours }. في ملف المواقف: { $theirs }. لاعتماد الموقف الوارد في ملف المواقف: --take-theirs { $id }
cli-packet-position = { $stance }{ $noted ->
        [yes] ، «{ $note }»
       *[no] {""}
    } (سُجّل في { $at } بواسطة { $by })
cli-check-templates-about = فحص قوالب البنود: ملفات template.json، والوسوم، والمتغيّرات، وصيغ الجمع، وتطابق الهيكل في جميع اللغات، والترجمات التي لم تعد مطابقة لمصدرها. سطر واحد لكل مشكلة، بالصيغة path:line:col: message.
cli-check-templates-dir-help = مجلد يحتوي على مجلد لكل بند (الافتراضي: القوالب المضمّنة في Entente).
cli-check-locales-about = فحص ملفات الترجمة قبل إعادة إرسالها: بناء الجملة، والرسائل الناقصة والمتقادمة، والمتغيّرات، وصيغ الجمع. سطر واحد لكل مشكلة، بالصيغة path:line:col: message.
cli-check-locales-dir-help = مجلد يحتوي على مجلد لكل لغة (الافتراضي: ملفات الترجمة المضمّنة في Entente).
cli-check-locales-reference-help = اللغة المرجعية التي تُقارَن بها اللغات الأخرى عند الفحص (الافتراضي: en).
cli-fix-help = صحّح أولا في ملفات DIR ما يمكن تصحيحه آليا من أخطاء الطباعة (المسافات غير القابلة للكسر في الفرنسية، وعلامات الترقيم الصينية والعربية، وعلامات الاقتباس الروسية).
cli-fix-mended = عدد أخطاء الطباعة المصحَّحة: { $count }.
cli-report-format-help = الصيغة md لسجلات الأمانة (الافتراضية)، والصيغة json للبرامج النصية.

report-heading = تقرير المفاوضات: { $title }
report-where-heading = ما وصل إليه النص
report-progress = { $provisions ->
        [zero] لا توجد أحكام
        [one] حكم واحد
        [two] حكمان
        [few] { $provisions } أحكام
        [many] { $provisions } حكما
       *[other] { $provisions } حكم
    }: نسبة المتفق عليه { $percent }٪ (متفق عليه: { $agreed }، متفق عليه بشرط الرجوع إلى الحكومة: { $agreed-ad-referendum }، متفق عليه بصورة غير رسمية: { $informally-agreed }، معلّق: { $pending })
report-blocked = تعثّر التفاوض على { $provision }: معارضة من { $parties }
report-near-consensus = توافق الآراء قريب بشأن { $provision }: { $count ->
        [zero] لم يبقَ أي طرف يتعيّن إقناعه
        [one] لا يزال يتعيّن إقناع طرف واحد
        [two] لا يزال يتعيّن إقناع طرفين
        [few] لا يزال يتعيّن إقناع { $count } أطراف
        [many] لا يزال يتعيّن إقناع { $count } طرفا
       *[other] لا يزال يتعيّن إقناع { $count } طرف
    }
report-reservations = { $count ->
        [zero] ليس لدى { $party } أي تحفّظ
        [one] لدى { $party } تحفّظ واحد
        [two] لدى { $party } تحفّظان
        [few] لدى { $party } { $count } تحفّظات
        [many] لدى { $party } { $count } تحفّظا
       *[other] لدى { $party } { $count } تحفّظ
    }
report-pending-clearance = { $provision }: { $party } بانتظار موافقة العاصمة
report-matrix-heading = المواقف
report-column-provision = الحكم
report-column-status = الحالة
report-stance-none = —
report-stance = { $stance ->
        [supports] تأييد
        [opposes] معارضة
        [proposes-amendment] اقتراح تعديل
        [reservation] تحفّظ
        [flexible] مرونة
       *[no-instructions] لا تعليمات
    }{ $group ->
        [yes] {" "}(مجموعة)
       *[no] {""}
    }

cli-search-about = البحث عن مواضع كلمات في اتفاق، بكل اللغات أو بلغة واحدة، بما في ذلك الخيارات والبيانات والملاحظات الخاصة.
cli-search-words-help = الكلمات المطلوبة بترتيبها؛ ويجوز أن تكون الأخيرة بداية كلمة. ولا عبرة بحالة الأحرف ولا بالتشكيل.
cli-search-lang-help = النصوص المكتوبة بهذه اللغة فقط (تُحتسب البيانات والملاحظات دائما).
cli-search-summary = { $total ->
    [zero] لم يُعثر على «{ $words }».
    [one] وردت «{ $words }» في موضع واحد:
    [two] وردت «{ $words }» في موضعين:
    [few] وردت «{ $words }» في { $total } مواضع:
    [many] وردت «{ $words }» في { $total } موضعا:
   *[other] وردت «{ $words }» في { $total } موضع:
}
cli-search-shown = تُعرض المواضع الـ { $shown } الأولى.
cli-search-in-text = { $citation } — { $language }
cli-search-in-option = { $citation }، الخيار { $number } — { $language }
cli-search-in-statement = { $citation }، بيان { $party }
cli-search-in-note = { $citation }، ملاحظة خاصة

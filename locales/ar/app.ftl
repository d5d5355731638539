# واجهة تطبيق سطح المكتب.

app-name = Entente
app-tagline = اتفاقات بشأن التعاون في استخدام الذكاء الاصطناعي في مجال الصحة
banner-dismiss = إغلاق
    .aria-label = إغلاق هذه الرسالة
dialog-cancel = إلغاء
dialog-close = إغلاق
author-unknown = لم يُحدَّد الوفد

## وفد هذا الجهاز (الإعدادات)

delegation-button = الوفد: { $delegation }
delegation-button-unset = تحديد وفدك
preferences-heading = الإعدادات
preferences-delegation = وفدك
preferences-delegation-hint = يُسجَّل بوصفه صاحب كل تغيير يُجرى على هذا الجهاز، مثل «كينيا» أو «الأمانة».
preferences-save = حفظ الإعدادات
preferences-interface-language = لغة الواجهة
preferences-interface-language-hint = لغة القوائم والرسائل. أما لغات كل اتفاق فتُختار مع الاتفاق نفسه.
preferences-pseudo-languages = للمطوّرين
preferences-pseudo-accented = لغة زائفة، بأحرف مشكولة ونص أطول
preferences-pseudo-right-to-left = لغة زائفة، من اليمين إلى اليسار

## الترجمات: حالة كل لغة، وملفات الترجمة الخاصة بالمترجم

translations-button = الترجمات
translations-heading = الترجمات
translations-column-language = اللغة
translations-column-messages = رسائل الواجهة
translations-column-own-files = ملفاتك
translations-column-templates = قوالب البنود
translations-templates-current = جميعها محدَّثة
translations-templates = ناقصة: { $missing } · متقادمة: { $stale }
translations-messages = { $percent }٪ ({ $translated } من { $total })
translations-own-files = { $count ->
        [0] لا يوجد
        [zero] لا يوجد
        [one] ملف واحد
        [two] ملفان
        [few] { $count } ملفات
        [many] { $count } ملفا
       *[other] { $count } ملف
    }
translations-folder = لتغيير ترجمة دون إعادة بناء Entente، ضع ملفات .ftl في { $folder }، داخل مجلد يحمل اسم اللغة (مثل fr). وتحلّ هذه الملفات محل الرسائل المضمّنة؛ أما الكلمات التي لا ترد فيها فتبقى كما هي في الرسائل المضمّنة.
translations-reload = إعادة تحميل الترجمات
translations-reloaded = أُعيد تحميل الترجمات.
translations-problems-heading = مشكلات في ملفات الترجمة الخاصة بك
translations-problems-hint = تحتفظ الرسالة التي تتضمن خطأ بكلماتها المضمّنة إلى أن يُصحَّح الملف.
translations-no-problems = لا توجد أخطاء في ملفات الترجمة الخاصة بك.
terms-heading = قاعدة المصطلحات
terms-language = لغة المصطلحات المعروضة
terms-hint = المصطلحات الرئيسية التي تكتبها مكتبة البنود، كما تكتبها الأمم المتحدة؛ وتتحقق عمليات فحص النماذج والترجمات من التزام النصوص بها. لإضافة مصطلحات أو تغييرها، ضع في { $folder } ملفا يحمل اسم اللغة (مثل ar.tsv): المفهوم، والمصطلح، والصيغ التي لا تُكتب، والمصدر، تفصل بينها علامات جدولة.
terms-column-english = الإنكليزية
terms-column-term = المصطلح
terms-column-avoid = لا يُكتب
terms-column-source = المصدر
translations-banner = { $count ->
        [zero] لا توجد أخطاء في ملفات الترجمة
        [one] يتضمن أحد ملفات الترجمة خطأ
        [two] تتضمن ملفات الترجمة خطأين
        [few] تتضمن ملفات الترجمة { $count } أخطاء
        [many] تتضمن ملفات الترجمة { $count } خطأ
       *[other] تتضمن ملفات الترجمة { $count } خطأ
    }: { $first }

## النسخ الاحتياطية: نسخ من قاعدة البيانات، واستعادة إحداها

backups-button = النسخ الاحتياطية
backups-heading = النسخ الاحتياطية
backups-hint = نسخ من قاعدة البيانات على هذا الجهاز، في { $folder }. ينشئ Entente نسخة كل يوم ما دام مفتوحا (ويُحتفظ بآخر سبع نسخ)، ونسخة قبل كل ترقية.
backups-now = إنشاء نسخة احتياطية الآن
backups-made = أُنشئت نسخة احتياطية باسم { $name }.
backups-none = لا توجد نسخ احتياطية بعد.
backups-column-when = تاريخ الإنشاء
backups-column-why = السبب
backups-column-size = الحجم
backups-size = { $kilobytes } كيلوبايت
backups-reason-upgrade = قبل ترقية
backups-reason-daily = يومية
backups-reason-manual = يدوية
backups-reason-before-restore = قبل استعادة
backups-choose = اختر النسخة المراد استعادتها.
backups-restore = استعادة النسخة المختارة
backups-restore-confirm = هل تريد وضع النسخة المُنشأة في { $when } محل قاعدة البيانات؟ سيُستبدل كل ما تغيّر منذ ذلك الحين. وتُنشأ أولا نسخة احتياطية من قاعدة البيانات على حالتها الراهنة، ولذلك يمكن التراجع عن هذه العملية.
backups-restore-yes = نعم، استعادتها
backups-restored = استُعيدت النسخة المُنشأة في { $when }. وحُفظت قاعدة البيانات كما كانت في نسخة احتياطية أُنشئت قبل الاستعادة.

## بدء التشغيل

startup-error-heading = تعذّر على Entente فتح قاعدة بياناته
startup-error-help = لم يُغيَّر أي شيء. شغّل Entente باستخدام مجلد بيانات آخر (--data-dir DIR، أو متغير البيئة ENTENTE_DATA_DIR)، أو انقل الملف إلى مكان آخر.

## الاتفاقات

agreements-heading = الاتفاقات
agreements-empty = لا توجد اتفاقات بعد.
new-agreement = اتفاق جديد
start-heading = صياغة اتفاقات بشأن التعاون في استخدام الذكاء الاصطناعي في مجال الصحة
start-empty = ابدأ اتفاقا جديدا: أعطه عنوانا، واختر لغات المفاوضات، وحدّد اللغات ذات الحجية. ثم أنشئ نصه حكما حكما، وسجّل الأطراف المشاركة في المفاوضات.
start-choose = اختر اتفاقا من القائمة، أو ابدأ اتفاقا جديدا.
start-sample = فتح مفاوضات نموذجية
start-sample-hint = النموذج اتفاق إطاري بشأن الذكاء الاصطناعي من أجل الصحة تتفاوض عليه اثنتا عشرة دولة، بالإنكليزية والفرنسية، ويتضمن مواقف وحالات ونسختين منقّحتين.
agreement-languages = لغات المفاوضات
agreement-meta = { $kind }
agreement-meta-with-symbol = { $symbol } · { $kind }
language-chip-title = { $language }{ $authentic ->
        [true] ، ذات حجية
       *[false] {""}
    }{ $working ->
        [true] ، لغة العمل
       *[false] {""}
    }
language-authentic = ذات حجية
language-working = لغة العمل
language-missing = غير متوفرة

new-agreement-heading = اتفاق جديد
agreement-details-heading = تفاصيل الاتفاق
agreement-details-save = حفظ التفاصيل
agreement-details-edit = تعديل التفاصيل
new-agreement-create = إنشاء الاتفاق
new-agreement-title-working = العنوان باللغة { $language } (لغة العمل)
new-agreement-title-in = العنوان باللغة { $language } (اختياري)
new-agreement-kind = نوع الصك
new-agreement-symbol = رمز الوثيقة
new-agreement-symbol-input =
    .placeholder = AI-HEALTH/2026/1
new-agreement-symbol-hint = كما سيظهر في النسخ بجميع اللغات.
new-agreement-languages = لغات المفاوضات
new-agreement-column-include = إدراج
new-agreement-column-language = اللغة
new-agreement-column-authentic = ذات حجية
new-agreement-authentic-label = النص باللغة { $language } ذو حجية
new-agreement-add-language = إضافة لغة أخرى…
new-agreement-working-language = لغة العمل

## علامات التبويب في الاتفاق المفتوح

tab-text = النص
tab-parties = الأطراف ({ $count })
tab-versions = النسخ

## النص: الهيكل والمحرر والسجل

structure-heading = الهيكل
structure-empty = النص فارغ. أضف فقرة من الديباجة أو فصلا أو مادة باستخدام الأزرار أعلاه.
structure-empty-version = لم يكن في هذه النسخة أي نص.
add-toolbar = إضافة حكم
add-label = إضافة
add-recital = فقرة من الديباجة
    .title = إضافة فقرة إلى الديباجة
add-part = جزء
    .title = إضافة جزء
add-chapter = فصل
    .title = إضافة فصل
add-section = فرع
    .title = إضافة فرع (عنوان فوق مواد أو فقرات)
add-article = مادة
    .title = إضافة مادة (بعد المادة المحددة، أو داخل الفصل المحدد)
add-paragraph = فقرة
    .title = إضافة فقرة إلى المادة المحددة
add-subparagraph = فقرة فرعية
    .title = إضافة فقرة فرعية إلى الفقرة المحددة
add-point = بند
    .title = إضافة بند إلى الفقرة الفرعية المحددة
add-annex = مرفق
    .title = إضافة مرفق
numbering-label = الترقيم
numbering-counted = مرقّم بالتسلسل
numbering-unnumbered = بلا رقم
numbering-inserted = تالٍ للسابق (مكررا)
missing-languages = لا يوجد نص بعد باللغات: { $languages }
deleted-heading = الأحكام المحذوفة

editor-empty = اختر حكما في الهيكل لتحرير نصه، أو أضف حكما.
editor-empty-version = اختر حكما لقراءة نصه كما كان في هذه النسخة.
editor-heading-label = العنوان باللغة { $language }
editor-body-label = النص باللغة { $language }
editor-other-language = اللغة المعروضة بجانب لغة العمل
editor-unsaved = تغييرات غير محفوظة
editor-deleted = حُذف هذا الحكم. وهو محفوظ في السجل ويمكن استعادته في موضعه.
save-text = حفظ
    .title = حفظ النص بجميع اللغات المعروضة (Ctrl+S)
restore = استعادة
delete-provision = حذف
    .title = حذف هذا الحكم (يبقى في السجل ويمكن استعادته)
move-up = نقل لأعلى
    .title = نقل لأعلى (Alt+↑ في الهيكل)
move-down = نقل لأسفل
    .title = نقل لأسفل (Alt+↓ في الهيكل)
move-to-label = نقل إلى داخل…
move-to-placeholder = نقل إلى داخل…
move-to-top = المستوى الأعلى من النص
move-into = نقل

history-heading = السجل
history-empty = اختر حكما لعرض كل التغييرات التي أُجريت عليه.
history-created = إنشاء
history-text-changed = تغيير النص
history-moved = نقل
history-deleted = حذف
history-restored = استعادة

## الأطراف

parties-heading = الأطراف والمراقبون والمجموعات
parties-empty = لا توجد أطراف بعد. أضف الدول والمنظمات المشاركة في المفاوضات، والمجموعات التي تتحدث باسم عدد منها.
party-name-in = الاسم باللغة { $language }
party-kind = النوع
party-kind-state = دولة
party-kind-organisation = منظمة
party-kind-group = مجموعة
party-role = الدور
party-role-party = طرف
party-role-observer = مراقب
party-members = الأعضاء
party-members-empty = لا يوجد أعضاء بعد
party-members-none = أضف الدول أو المنظمات أولا؛ فالمجموعة تُدرجها بوصفها أعضاءها.
party-members-save = حفظ الأعضاء
party-actions = الإجراءات
party-remove = إزالة
party-remove-label = إزالة { $name }
party-add-heading = إضافة طرف
party-add = إضافة الطرف

## النسخ

versions-heading = النسخ المسمّاة
versions-loading = جارٍ التحميل…
versions-empty = لا توجد نسخ مسمّاة بعد. احفظ نسخة لتثبيت النص كاملا على حالته الراهنة.
version-save-heading = حفظ نسخة
version-save-hint = تحتفظ النسخة المسمّاة بالنص كاملا على حالته الراهنة، بجميع اللغات. ويمكن فتحها لاحقا للقراءة فقط.
version-name = الاسم
version-name-input =
    .placeholder = Rev.1
version-save = حفظ النسخة
version-column-name = النسخة
version-column-saved = تاريخ الحفظ
version-column-author = بواسطة
version-open = فتح
version-reading = أنت تطّلع على النسخة { $name }، المحفوظة في { $date } بواسطة { $author }. هذا النص للقراءة فقط.
version-back = العودة إلى النص الحالي

## التفاوض: الحالة والمواقف

status-pending = معلّق
status-informally-agreed = متفق عليه بصورة غير رسمية
status-agreed-ad-referendum = متفق عليه بشرط الرجوع إلى الحكومة
status-agreed = متفق عليه
status-label = الحالة الجديدة
status-note-input =
    .placeholder = اعتراض أو ملاحظة (اختياري)
    .aria-label = اعتراض أو ملاحظة تُسجَّل مع التغيير
status-change = تغيير الحالة
history-status-changed = تغيير الحالة
history-status-change = { $before } ← { $after }

positions-heading = مواقف الأطراف
positions-no-parties = أضف الأطراف في علامة التبويب «الأطراف» لتسجيل مواقفها.
positions-column-party = الطرف
positions-column-stance = الموقف
positions-column-detail = التفاصيل
positions-column-recorded = تاريخ التسجيل
positions-through-group = عن طريق { $group }
positions-party = الطرف أو المجموعة
positions-stance = الموقف
positions-amendment = الصياغة المقترحة
positions-clearance = موافقة العاصمة
positions-cleared-on = تاريخ الموافقة
positions-note = ملاحظة
positions-record = تسجيل الموقف
stance-none = غير مسجّل
stance-supports = تأييد
stance-opposes = معارضة
stance-proposes-amendment = اقتراح تعديل
stance-reservation = تحفّظ
stance-flexible = مرونة
stance-no-instructions = لا تعليمات بعد
clearance-none = غير مطلوبة
clearance-pending-capital = بانتظار العاصمة
clearance-cleared = تمت الموافقة
clearance-cleared-on = وافقت العاصمة في { $date }

## المصفوفة

tab-matrix = المصفوفة
matrix-heading = المواقف حكما حكما
matrix-progress-heading = التقدّم المحرز
matrix-progress = { $provisions ->
        [zero] لا توجد أحكام بعد
        [one] اتُّفق على { $percent }٪ من حكم واحد
        [two] اتُّفق على { $percent }٪ من حكمين
        [few] اتُّفق على { $percent }٪ من { $provisions } أحكام
        [many] اتُّفق على { $percent }٪ من { $provisions } حكما
       *[other] اتُّفق على { $percent }٪ من { $provisions } حكم
    }
matrix-status-count = { $status }: { $count }
matrix-blocked-heading = أحكام متعثّرة
matrix-blocked = { $provision }: معارضة من { $parties }
matrix-blocked-none = لا يوجد حكم متعثّر.
matrix-parties-and-more = { $parties } و{ $count ->
        [zero] { $count } طرف آخر
        [one] طرف آخر
        [two] طرفان آخران
        [few] { $count } أطراف أخرى
        [many] { $count } طرفا آخر
       *[other] { $count } طرف آخر
    }
matrix-more = { $count ->
        [zero] و{ $count } عنصر آخر
        [one] وعنصر آخر
        [two] وعنصران آخران
        [few] و{ $count } عناصر أخرى
        [many] و{ $count } عنصرا آخر
       *[other] و{ $count } عنصر آخر
    }
matrix-near-heading = الأقرب إلى توافق الآراء
matrix-near = { $provision }: { $count ->
        [0] تأييد من جميع الأطراف
        [zero] تأييد من جميع الأطراف
        [one] لا يزال يتعيّن إقناع طرف واحد
        [two] لا يزال يتعيّن إقناع طرفين
        [few] لا يزال يتعيّن إقناع { $count } أطراف
        [many] لا يزال يتعيّن إقناع { $count } طرفا
       *[other] لا يزال يتعيّن إقناع { $count } طرف
    }
matrix-near-all-agreed = اتُّفق على جميع الأحكام.
matrix-near-no-support = لا يحظى أي حكم بتأييد أي طرف بعد.
matrix-reservations-heading = الأطراف الأكثر تحفّظا
matrix-reservations = { $party }: { $count ->
        [zero] لا تحفّظات
        [one] تحفّظ واحد
        [two] تحفّظان
        [few] { $count } تحفّظات
        [many] { $count } تحفّظا
       *[other] { $count } تحفّظ
    }
matrix-reservations-none = لم تُسجَّل أي تحفّظات.
matrix-clearances-heading = بانتظار العواصم
matrix-clearance = { $provision }: { $party }
matrix-clearances-none = لا توجد موافقات معلّقة.
matrix-filter-status = الحالة
matrix-filter-all-statuses = جميع الحالات
matrix-filter-chapter = الفصل
matrix-filter-all-chapters = النص كله
matrix-filter-parties = الأطراف
matrix-filter-all-parties = جميع الأطراف
matrix-filter-groups = أعضاء مجموعة
matrix-filter-one-party = طرف واحد
matrix-column-provision = الحكم
matrix-empty = لا يوجد حكم أو طرف يطابق عوامل التصفية هذه.
matrix-legend = مفتاح الرموز
matrix-symbol-supports = ✓
matrix-symbol-flexible = ≈
matrix-symbol-proposes-amendment = ت
matrix-symbol-reservation = ح
matrix-symbol-opposes = ✗
matrix-symbol-no-instructions = ؟
matrix-through-group = من خلال مجموعة
matrix-symbol-none = ·

## الطبقة الخاصة

private-heading = ملاحظات خاصة
private-badge = هذا الجهاز فقط
private-hint = المواقف الاحتياطية والخطوط الحمراء وملاحظات وفدك. لا تظهر أبدا في أي ملف مُصدَّر أو تقرير أو نسخة أو ملف يُرسَل إلى الآخرين.
private-kind = نوع الملاحظة
private-text = نص الملاحظة
private-kind-fallback = موقف احتياطي
private-kind-red-line = خط أحمر
private-kind-note = ملاحظة
private-empty = لا توجد ملاحظات خاصة بشأن هذا الحكم.
private-add = إضافة ملاحظة خاصة
private-remove = إزالة

## مقارنة النسخ

compare-heading = مقارنة حالتين للنص
compare-from = من
compare-to = إلى
compare-current = النص الحالي
compare-button = مقارنة
compare-nothing = النصان متطابقان.
compare-summary = { $changed ->
        [zero] لم يتغيّر أي حكم
        [one] تغيّر حكم واحد
        [two] تغيّر حكمان
        [few] تغيّرت { $changed } أحكام
        [many] تغيّر { $changed } حكما
       *[other] تغيّر { $changed } حكم
    }؛ وعدد الأحكام التي لم تتغيّر: { $unchanged }.
compare-was = { $label } (سابقا { $previous })
compare-change-added = أُضيف
compare-change-deleted = حُذف
compare-change-amended = عُدِّل
compare-change-moved = نُقل أو أُعيد ترقيمه
compare-change-status-changed = تغيّرت الحالة
compare-change-restored = استُعيد
compare-option-added = اقتُرح الخيار { $n }
compare-option-amended = عُدِّل الخيار { $n }
compare-option-withdrawn = سُحب الخيار { $n }
matrix-chart-heading = تطوّر الاتفاق بمرور الوقت
matrix-chart-label = نسبة النص المتفق عليه، يوما بيوم، حتى { $day }: { $percent }٪
editor-text-in-parts = ترد صياغة هذه المادة في فقراتها: اختر إحداها في الهيكل لتحريرها.

## الخيارات

options-heading = الخيارات
options-none = لا توجد صياغات بديلة: النص أعلاه هو الوحيد المطروح.
option-label = الخيار { $n }
option-withdrawn-label = خيار مسحوب
option-proposed-by = مقترح من { $parties }
option-unattributed = غير منسوب
option-text-label = الصياغة باللغة { $language }
option-save = حفظ الصياغة
option-withdraw = سحب
option-add-summary = إضافة خيار
option-new-text = الصياغة باللغة { $language }
option-proposers-legend = مقترح من
option-add = إضافة الخيار
positions-preferred = الخيار المفضّل
positions-no-preference = لا تفضيل
positions-prefers = يُفضَّل الخيار { $n }
positions-option-stances = الموقف من كل خيار
positions-option-stance-none = غير مُعلَن
positions-option-stance = الخيار { $n }: { $stance }
history-option-added = إضافة خيار
history-option-changed = تغيير صياغة خيار
history-option-withdrawn = سحب خيار
editor-bracket = ⟦ وضع بين قوسين معقوفين ⟧
    .title = وسم الكلمات المحددة بأنها لم يُتفق عليها بعد
editor-bracket-proposer = مقدِّم الكلمات الواردة بين قوسين معقوفين
editor-bracket-unattributed = غير منسوبة
brackets-legend = الكلمات الواردة بين قوسين معقوفين ومقدِّموها
brackets-proposed-by = مقترحة من { $parties }
brackets-unattributed = غير منسوبة

## البيانات

statements-heading = البيانات
statements-none = لم يُسجَّل أي بيان بشأن هذا الحكم.
statement-add-summary = تسجيل بيان
statement-party = الطرف أو المجموعة
statement-day = تاريخ الإدلاء به
statement-kind = طريقة التسجيل
statement-kind-summary = موجز
statement-kind-verbatim = حرفي
statement-text = ما قيل
statement-source = المصدر
statement-source-input =
    .placeholder = الدورة الثالثة، الجلسة الثانية
statement-add = تسجيل البيان
statement-meta = { $day } · { $kind }
statement-meta-source = { $day } · { $kind } · { $source }

## التصدير

export-button = تصدير
export-dialog-heading = تصدير الاتفاق
export-languages = اللغات
export-renderings = أشكال النص
export-rendering-clean = النص النظيف (الصياغة المتفق عليها)
export-rendering-bracketed = النص بأقواسه المعقوفة، مع بيان مقدِّمي كل اقتراح
export-rendering-compilation = تجميع لجميع الخيارات والتعديلات
export-rendering-parallel = نص متواز، اللغة الأولى مقابل كل لغة من اللغات الأخرى
export-rendering-report = تقرير التفاوض (المصفوفة والخلاصة)
export-formats = الصيغ
export-format-md = Markdown
export-format-html = HTML
export-format-docx = Word (.docx)
export-draft = مشروع: تصدير النص النظيف قبل أن يصبح نهائيا، مع وسم جميع المواضع التي لم تُحسم
export-place = مكان التحرير
export-date = تاريخ التحرير
export-folder = المجلد
export-folder-hint = تُكتب الملفات في هذا المجلد، مع الملف manifest.json الذي يسرد كل ملف منها وقيمة SHA-256 الخاصة به.
export-final-ready = النص النظيف نهائي: اتُّفق على جميع الأحكام، دون خيارات أو أقواس معقوفة، بجميع اللغات ذات الحجية.
export-not-final-heading = { $count ->
        [zero] لا شيء يحول دون أن يكون النص النظيف نهائيا
        [one] مسألة واحدة تحول دون أن يكون النص النظيف نهائيا
        [two] مسألتان تحولان دون أن يكون النص النظيف نهائيا
        [few] { $count } مسائل تحول دون أن يكون النص النظيف نهائيا
        [many] { $count } مسألة تحول دون أن يكون النص النظيف نهائيا
       *[other] { $count } مسألة تحول دون أن يكون النص النظيف نهائيا
    }
export-not-final-hint = يُرفض تصدير النص النظيف بوصفه نصا نهائيا إلى أن تُحسم هذه المسائل؛ ويمكن تصدير مشروع الآن.
export-submit = تصدير
export-writing = جارٍ كتابة الملفات…
export-done = { $count ->
        [zero] لم يُكتب أي ملف في { $folder }
        [one] كُتب ملف واحد في { $folder }
        [two] كُتب ملفان في { $folder }
        [few] كُتبت { $count } ملفات في { $folder }
        [many] كُتب { $count } ملفا في { $folder }
       *[other] كُتب { $count } ملف في { $folder }
    }
export-open-folder = فتح المجلد

## مكتبة البنود

library-button = + من المكتبة
library-heading = مكتبة البنود
library-search = البحث في البنود
library-category = الفئة
library-all-categories = جميع الفئات
library-empty = لا يوجد بند مطابق.
library-choose = اختر بندا لعرضه وملء قيمه.
library-version = الإصدار { $version } · { $languages ->
        [zero] غير متوفر بأي لغة من لغات هذا الاتفاق
        [one] متوفر بلغة واحدة من لغات هذا الاتفاق
        [two] متوفر بلغتين من لغات هذا الاتفاق
        [few] متوفر بـ{ $languages } لغات من لغات هذا الاتفاق
        [many] متوفر بـ{ $languages } لغة من لغات هذا الاتفاق
       *[other] متوفر بـ{ $languages } لغة من لغات هذا الاتفاق
    }
library-variable = { $name }
library-variable-optional = { $name } (اختياري)
library-no-party = لا يوجد
library-text-per-language = بكل لغة
library-preview = معاينة باللغة
library-language = لغة المعاينة
library-insert = إدراج البند
library-write-again = إعادة صياغة البند
template-origin = من مكتبة البنود: { $template }، الإصدار { $version }
template-modified = عُدِّل نصه يدويا منذ ذلك الحين؛ وإعادة صياغته بقيم جديدة تحل محل تلك التعديلات.
template-change-values = تغيير قيمه
library-problems = { $count ->
        [zero] لا يوجد قالب تعذّر تحميله
        [one] تعذّر تحميل قالب واحد
        [two] تعذّر تحميل قالبين
        [few] تعذّر تحميل { $count } قوالب
        [many] تعذّر تحميل { $count } قالبا
       *[other] تعذّر تحميل { $count } قالب
    }
library-house = توضع القوالب الخاصة بالأمانة في { $folder }، في مجلد لكل بند؛ وتظهر هنا إلى جانب القوالب المضمّنة.
template-category-preamble = الديباجة
template-category-general = أحكام عامة
template-category-data = البيانات الصحية
template-category-standards = المعايير والمساءلة
template-category-capacity = القدرات والابتكار
template-category-governance = الحوكمة والضمانات
template-category-institutional = المؤسسات والتمويل
template-category-final = الأحكام الختامية

## بدء اتفاق من نموذج اتفاق

kit-button = البدء من نموذج اتفاق
kit-heading = بدء اتفاق من نموذج اتفاق
kit-hint = يُنشئ نموذج الاتفاق اتفاقا كاملا من مكتبة البنود، بلغات الأمم المتحدة الست: الديباجة، والفصول والمواد، والأحكام الختامية. ويمكن تعديل أي بند لاحقا.
kit-choice = نموذج الاتفاق
kit-title = العنوان
kit-symbol = رمز الوثيقة (اختياري)
kit-parties = الأطراف
kit-parties-hint = دولة واحدة في كل سطر، باسمها بلغة العمل.
kit-start = بدء الاتفاق

## Exchange: agreements and positions carried between machines as files

exchange-button = إرسال في ملف
exchange-dialog-heading = إرسال في ملف
exchange-what = المحتوى المراد إرساله
exchange-what-bundle = الاتفاق كاملا (حزمة الاتفاق)، لفتحه على جهاز آخر
exchange-what-packet = مواقف طرف واحد (ملف المواقف)، لتدمجها الأمانة
exchange-party = الطرف
exchange-path = الملف المراد كتابته
exchange-private-hint = لا تغادر الملاحظات الخاصة والمواقف الاحتياطية والخطوط الحمراء هذا الجهاز أبدا: لا يتضمنها أي ملف يُنشأ هنا.
exchange-submit = كتابة الملف
exchange-bundle-written = كُتبت حزمة الاتفاق: { $path }
exchange-packet-written = كُتب ملف المواقف: { $path } ({ $count ->
        [zero] لا توجد مواقف بشأن أي حكم
        [one] مواقف بشأن حكم واحد
        [two] مواقف بشأن حكمين
        [few] مواقف بشأن { $count } أحكام
        [many] مواقف بشأن { $count } حكما
       *[other] مواقف بشأن { $count } حكم
    })
import-button = استيراد…
import-dialog-heading = استيراد
import-kind = المحتوى المراد استيراده
import-kind-bundle = حزمة اتفاق (.entente)
import-kind-packet = ملف مواقف وفد (.positions)
import-kind-text = نص اتفاق: مستند Word ‏(.docx)، أو بصيغة Markdown، أو نصا عاديا
import-path = الملف المراد قراءته
import-path-hint = المسار الكامل للملف، على ذاكرة USB مثلا: مستند Word (.docx)، أو نص بصيغة Markdown، أو نص عادي.
# The system's file dialogs, opened by the button beside a path.
choose-path = اختيار…
file-dialog-import = اختر ملفا لاستيراده
file-dialog-export = اختر المجلد الذي يُصدَّر إليه
file-dialog-send = احفظ الملف المراد إرساله باسم
file-dialog-filter-import = حزم الاتفاقات وملفات المواقف ونصوص الاتفاقات
import-language = لغة النص
import-title = العنوان، إذا لم يبدأ النص بعنوان
import-submit = استيراد
import-unplaced-heading = { $unit ->
        [paragraph] { $count ->
            [zero] لا توجد فقرات لا موضع لها في الاتفاق:
            [one] فقرة واحدة لا موضع لها في الاتفاق:
            [two] فقرتان لا موضع لهما في الاتفاق:
            [few] { $count } فقرات لا موضع لها في الاتفاق:
            [many] { $count } فقرة لا موضع لها في الاتفاق:
           *[other] { $count } فقرة لا موضع لها في الاتفاق:
        }
       *[line] { $count ->
            [zero] لا توجد أسطر لا موضع لها في الاتفاق:
            [one] سطر واحد لا موضع له في الاتفاق:
            [two] سطران لا موضع لهما في الاتفاق:
            [few] { $count } أسطر لا موضع لها في الاتفاق:
            [many] { $count } سطرا لا موضع لها في الاتفاق:
           *[other] { $count } سطر لا موضع لها في الاتفاق:
        }
    }
import-unplaced-line = { $unit ->
        [paragraph] الفقرة
       *[line] السطر
    } { $line }: { $words }
import-open-agreement = فتح الاتفاق
import-keep-unplaced = الإبقاء على ما لا موضع له في الاتفاق، بوصفه فقرات غير مرقّمة في موضعه
import-accept-changes = اعتبار التغييرات المتعقبة في مستند Word مقبولة (وبدون ذلك، يُرفض المستند الذي يتضمن تغييرات متعقبة)
import-word-comments = { $count ->
        [zero] لم يُستبعد أي تعليق من تعليقات المستند.
        [one] استُبعد تعليق واحد من تعليقات المستند.
        [two] استُبعد تعليقان من تعليقات المستند.
        [few] استُبعدت { $count } تعليقات من تعليقات المستند.
        [many] استُبعد { $count } تعليقا من تعليقات المستند.
       *[other] استُبعد { $count } تعليق من تعليقات المستند.
    }
import-word-changes = { $count ->
        [zero] لم يُعتبر أي تغيير متعقب مقبولا.
        [one] اعتُبر تغيير متعقب واحد مقبولا.
        [two] اعتُبر تغييران متعقبان مقبولين.
        [few] اعتُبرت { $count } تغييرات متعقبة مقبولة.
        [many] اعتُبر { $count } تغييرا متعقبا مقبولا.
       *[other] اعتُبر { $count } تغيير متعقب مقبولا.
    }
import-read = قراءة النص
import-confirm = استيراد
import-found-heading = محتوى النص
import-found-title = العنوان: { $words }
import-found-symbol = الرمز: { $words }
import-found-kind = النوع: { $words }
import-found-front-matter = ترويسة الوثيقة: { $words }
import-found-opening = مستهل الديباجة: { $words }
import-found-closing-line = ختام الديباجة: { $words }
import-found-closing = الصيغة الختامية: { $words }
import-found-count = { $kind }: { $count }
import-found-headings = العناوين الأولى
import-found-nothing = لم يُعثر على أي حكم في هذا النص.
import-unplaced-refused = حدِّد خانة «الإبقاء على ما لا موضع له في الاتفاق» لاستيراد النص مع ما لا موضع له، أو صحّح النص ثم اقرأه مرة أخرى.
import-alignment-matched = { $count ->
        [zero] ليس في النص أي حكم يقابل نظيره في الاتفاق.
        [one] في النص حكم واحد يقابل نظيره في الاتفاق.
        [two] في النص حكمان يقابلان نظيريهما في الاتفاق.
        [few] في النص { $count } أحكام تقابل نظائرها في الاتفاق.
        [many] في النص { $count } حكما تقابل نظائرها في الاتفاق.
       *[other] في النص { $count } حكم تقابل نظائرها في الاتفاق.
    }
import-alignment-text-only = في النص فقط
import-alignment-agreement-only = في الاتفاق فقط، وتبقى دون نص بهذه اللغة
import-alignment-line = { $unit ->
        [paragraph] الفقرة
       *[line] السطر
    } { $line }: { $label }
import-pair-with = إسناده إلى
import-pair-leave = لا يُسند إلى أي حكم: يُستبعد
import-into = الاتفاق المراد الاستيراد إليه
import-into-new = اتفاق جديد
import-revision = بوصفه نسخة منقّحة جديدة باسم
import-revision-hint = اتركه فارغا لإلحاق النص بالاتفاق بهذه اللغة؛ أو أدخل اسما، مثل Rev.3، لقراءته بوصفه نسخة منقّحة جديدة من نص الاتفاق.
import-revision-saved = حُفظت النسخة { $name }: المعدَّل { $amended }، والمضاف { $added }، والمنقول { $moved }
import-unmatched-heading = أحكام لا ترد في النسخة المنقّحة، وقد تُركت على حالها لتحسم أمرها:
merge-summary = { $party }: المطبَّق { $applied }، وغير المتغيّر { $unchanged }، والمطلوب حسمه { $conflicts }
merge-applied-heading = ما طُبِّق
merge-conflicts-heading = المطلوب حسمه: تغيّر السجل على هذا الجهاز بعد إنشاء ملف المواقف
merge-column-provision = الحكم
merge-column-ours = هنا
merge-column-theirs = في ملف المواقف
merge-take-theirs = اعتماد موقف الوفد
merge-recorded = { $by } · { $at }

## البحث في النص (Ctrl+F)
search-label = البحث في النص
search-placeholder = بحث (Ctrl+F)
search-language = لغة البحث
search-all-languages = الكل
search-results = نتائج البحث
search-none = لم يُعثر على شيء.
search-count = { $count ->
    [zero] لم يُعثر على شيء.
    [one] عُثر على موضع واحد.
    [two] عُثر على موضعين.
    [few] عُثر على { $count } مواضع.
    [many] عُثر على { $count } موضعا.
   *[other] عُثر على { $count } موضع.
}
search-listed = تُعرض المواضع الـ { $shown } الأولى.
search-keys = Enter: التالي، Shift+Enter: السابق.
search-in-text = { $citation } — { $language }
search-in-option = { $citation }، الخيار { $number } — { $language }
search-in-statement = { $citation }، بيان { $party }
search-in-note = { $citation }، ملاحظة خاصة

## لوحة المفاتيح (F1)
keys-button = لوحة المفاتيح
keys-title = اختصارات لوحة المفاتيح
keys-close = إغلاق
keys-help = قائمة الاختصارات هذه.
keys-search = البحث في نص الاتفاق المفتوح.
keys-search-results = في خانة البحث: الموضع التالي أو السابق من نتائج البحث.
keys-escape = مسح البحث؛ وإغلاق مربع الحوار دون تغيير أي شيء.
keys-save = حفظ النص الجاري تحريره.
keys-new-paragraph = في أي مكان: فقرة جديدة بعد الفقرة المحددة، أو في المادة المحددة، جاهزة للكتابة.
keys-record-position = في أي مكان: تسجيل موقف طرف من الحكم المحدد.
keys-tree = في الهيكل: الحكم التالي أو السابق.
keys-next-provision = في أي مكان: الحكم التالي أو السابق.
keys-move = في الهيكل: نقل الحكم المحدد إلى أسفل أو إلى أعلى.
keys-zoom = تكبير الصفحة أو تصغيرها أو إعادتها إلى حجمها الأصلي.
keys-tab = الانتقال من عنصر تحكم إلى التالي، أو الرجوع إلى السابق.

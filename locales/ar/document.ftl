# كلمات النص نفسه: أنواع الاتفاقات والأحكام، والتسميات التي تُرقَّم بها
# الأحكام. تشترك فيها الواجهة والملفات المُصدَّرة.

agreement-kind-treaty = معاهدة
agreement-kind-framework-agreement = اتفاق إطاري
agreement-kind-memorandum-of-understanding = مذكرة تفاهم
agreement-kind-joint-declaration = إعلان مشترك
agreement-kind-resolution = قرار

provision-kind-recital = فقرة من الديباجة
provision-kind-part = جزء
provision-kind-chapter = فصل
provision-kind-article = مادة
provision-kind-paragraph = فقرة
provision-kind-subparagraph = فقرة فرعية
provision-kind-annex = مرفق
provision-kind-section = فرع
provision-kind-point = بند

# أرقام العرض. $n هو الرقم الترتيبي، و$roman و$letter الرقم نفسه بالأرقام
# الرومانية وبالحروف اللاتينية؛ وتختار كل لغة الصيغة التي تكتب بها. في العربية
# تُكتب الأجزاء والفصول والمرفقات بالأعداد الترتيبية (الفصل الأول)، والفقرات
# الفرعية بالحروف الأبجدية (أ)، (ب)، (ج)…، مع الرجوع إلى القيمة الأصلية بعد ذلك.
provision-label-recital = الفقرة { $n } من الديباجة
provision-label-part = الجزء { $roman ->
        [I] الأول
        [II] الثاني
        [III] الثالث
        [IV] الرابع
        [V] الخامس
        [VI] السادس
        [VII] السابع
        [VIII] الثامن
        [IX] التاسع
        [X] العاشر
        [XI] الحادي عشر
        [XII] الثاني عشر
        [XIII] الثالث عشر
        [XIV] الرابع عشر
        [XV] الخامس عشر
        [XVI] السادس عشر
        [XVII] السابع عشر
        [XVIII] الثامن عشر
        [XIX] التاسع عشر
        [XX] العشرون
       *[other] { $roman }
    }
provision-label-chapter = الفصل { $roman ->
        [I] الأول
        [II] الثاني
        [III] الثالث
        [IV] الرابع
        [V] الخامس
        [VI] السادس
        [VII] السابع
        [VIII] الثامن
        [IX] التاسع
        [X] العاشر
        [XI] الحادي عشر
        [XII] الثاني عشر
        [XIII] الثالث عشر
        [XIV] الرابع عشر
        [XV] الخامس عشر
        [XVI] السادس عشر
        [XVII] السابع عشر
        [XVIII] الثامن عشر
        [XIX] التاسع عشر
        [XX] العشرون
       *[other] { $roman }
    }
provision-label-article = المادة { $n }
provision-label-paragraph = الفقرة { $n }
provision-label-subparagraph = الفقرة الفرعية ({ $letter ->
        [a] أ
        [b] ب
        [c] ج
        [d] د
        [e] هـ
        [f] و
        [g] ز
        [h] ح
        [i] ط
        [j] ي
        [k] ك
        [l] ل
        [m] م
        [n] ن
        [o] س
        [p] ع
        [q] ف
        [r] ص
        [s] ق
        [t] ر
        [u] ش
        [v] ت
        [w] ث
        [x] خ
        [y] ذ
        [z] ض
        [aa] ظ
        [bb] غ
       *[other] { $letter }
    })
provision-label-annex = المرفق { $roman ->
        [I] الأول
        [II] الثاني
        [III] الثالث
        [IV] الرابع
        [V] الخامس
        [VI] السادس
        [VII] السابع
        [VIII] الثامن
        [IX] التاسع
        [X] العاشر
        [XI] الحادي عشر
        [XII] الثاني عشر
        [XIII] الثالث عشر
        [XIV] الرابع عشر
        [XV] الخامس عشر
        [XVI] السادس عشر
        [XVII] السابع عشر
        [XVIII] الثامن عشر
        [XIX] التاسع عشر
        [XX] العشرون
       *[other] { $roman }
    }
provision-label-section = الفرع { $n }
provision-label-point = البند ({ $small_roman })
provision-label-inserted = { $label } { $nth ->
        [1] مكررا
        [2] مكررا ثانيا
        [3] مكررا ثالثا
       *[other] { $latin }
    }

preamble = الديباجة

## الوثائق المُصدَّرة. تقرؤها برامج أخرى: كلمات عادية فقط.

export-facts = { $kind } · { $symbol }
export-notice-draft = مشروع، وليس نصا نهائيا: وُسِمت المواضع التي لم يُتفق عليها بعد.
export-notice-bracketed = نص بأقواسه المعقوفة: الكلمات الواردة بين قوسين معقوفين لم يُتفق عليها بعد؛ وتبيّن الملاحظات الواردة في النهاية مقدِّميها.
export-notice-compilation = تجميع للمقترحات: جميع الخيارات والتعديلات المقترحة، حكما حكما.
export-notice-parallel = نص متواز: كل حكم باللغتين، الواحدة تلو الأخرى.
export-heading = { $label } - { $heading }
export-option = الخيار { $n }:
export-amendment = تعديل مقترح:
export-subparagraph = ({ $letter ->
        [a] أ
        [b] ب
        [c] ج
        [d] د
        [e] هـ
        [f] و
        [g] ز
        [h] ح
        [i] ط
        [j] ي
        [k] ك
        [l] ل
        [m] م
        [n] ن
        [o] س
        [p] ع
        [q] ف
        [r] ص
        [s] ق
        [t] ر
        [u] ش
        [v] ت
        [w] ث
        [x] خ
        [y] ذ
        [z] ض
        [aa] ظ
        [bb] غ
       *[other] { $letter }
    })
export-point = ({ $small_roman })
export-proposed-by = اقتراح مقدَّم من { $parties }.
export-missing-text = لا يوجد نص بهذه اللغة بعد.
export-not-agreed = [لم يُتفق عليه بعد: { $status }]

## الصيغ التي تحيط بالأحكام، بحسب نوع الصك ($kind: treaty،
## framework-agreement، memorandum-of-understanding، joint-declaration).
## والنص الذي ورد بصيغه الخاصة يحتفظ بها.

# السطر الأول من الديباجة: من المتكلم.
# الطرفان ($parties = 2) بالمثنى: إن طرفي هذا الاتفاق.
export-preamble-opening = { $kind ->
        [memorandum-of-understanding] إن المشاركين،
        [joint-declaration] نحن الموقعين أدناه،
        [framework-agreement] { $parties ->
            [2] إن طرفي هذا الاتفاق،
           *[other] إن الأطراف في هذا الاتفاق،
        }
       *[other] { $parties ->
            [2] إن طرفي هذه المعاهدة،
           *[other] إن الأطراف في هذه المعاهدة،
        }
    }
# السطر الفاصل بين فقرات الديباجة والمنطوق.
export-preamble-closing = { $kind ->
        [memorandum-of-understanding] { $parties ->
            [2] قد توصلا إلى التفاهم التالي:
           *[other] قد توصلوا إلى التفاهم التالي:
        }
        [joint-declaration] نعلن ما يلي:
       *[other] { $parties ->
            [2] قد اتفقا على ما يلي:
           *[other] قد اتفقت على ما يلي:
        }
    }
# يطابق اسم الإشارة جنس اسم الصك: هذه المعاهدة، هذا الاتفاق، مذكرة التفاهم هذه، هذا الإعلان.
export-testimonium = { $kind ->
        [memorandum-of-understanding] وإثباتا لذلك، قام الموقعون أدناه، المفوضون بذلك حسب الأصول، بالتوقيع على مذكرة التفاهم هذه.
        [joint-declaration] وإثباتا لذلك، قام الموقعون أدناه بالتوقيع على هذا الإعلان.
        [framework-agreement] وإثباتا لذلك، قام الموقعون أدناه، المفوضون بذلك حسب الأصول، بالتوقيع على هذا الاتفاق.
       *[other] وإثباتا لذلك، قام الموقعون أدناه، المفوضون بذلك حسب الأصول، بالتوقيع على هذه المعاهدة.
    }
# $languages: اللغات ذات الحجية بالترتيب العربي، كل منها بالصيغة التي تكتبها بها
# export-formula-language، موصولة بالواو.
export-done-at = { $count ->
        [zero] حُرِّر في { $place } في { $date }.
        [one] حُرِّر في { $place } في { $date }، في نسخة أصلية واحدة باللغة { $languages }.
        [two] حُرِّر في { $place } في { $date }، في نسخة أصلية واحدة باللغتين { $languages }، وهما نصان متساويان في الحجية.
        [few] حُرِّر في { $place } في { $date }، في نسخة أصلية واحدة باللغات { $languages }، وهي نصوص متساوية في الحجية.
        [many] حُرِّر في { $place } في { $date }، في نسخة أصلية واحدة باللغات { $languages }، وهي نصوص متساوية في الحجية.
       *[other] حُرِّر في { $place } في { $date }، في نسخة أصلية واحدة باللغات { $languages }، وهي نصوص متساوية في الحجية.
    }
# اسم اللغة كما تذكره الصيغة الختامية (صفة معرّفة: باللغتين الإنكليزية والفرنسية)؛
# و$name اسمها في الواجهة، للغة ليست لها هنا صيغة خاصة.
export-formula-language = { $code ->
        [ar] العربية
        [zh] الصينية
        [en] الإنكليزية
        [fr] الفرنسية
        [ru] الروسية
        [es] الإسبانية
       *[other] { $name }
    }
# الترتيب الذي تذكر به العربية لغات الأمم المتحدة (الترتيب الألفبائي لأسمائها): رموزها.
export-language-order = es en ru zh ar fr
# أسماء أماكن المؤتمرات المعتادة كما تكتبها العربية ($city: معرِّف؛ $name: المكان
# كما كُتب، لمكان غير مدرج).
export-city = { $city ->
        [geneva] جنيف
        [new-york] نيويورك
        [vienna] فيينا
        [nairobi] نيروبي
        [paris] باريس
        [rome] روما
        [bangkok] بانكوك
        [addis-ababa] أديس أبابا
        [santiago] سانتياغو
        [beirut] بيروت
        [strasbourg] ستراسبورغ
        [the-hague] لاهاي
        [brussels] بروكسل
        [montreal] مونتريال
        [washington] واشنطن
       *[other] { $name }
    }
# الأماكن نفسها بأسمائها المفردة كما يكتبها المستخدم.
export-city-name = { $city ->
        [geneva] جنيف
        [new-york] نيويورك
        [vienna] فيينا
        [nairobi] نيروبي
        [paris] باريس
        [rome] روما
        [bangkok] بانكوك
        [addis-ababa] أديس أبابا
        [santiago] سانتياغو
        [beirut] بيروت
        [strasbourg] ستراسبورغ
        [the-hague] لاهاي
        [brussels] بروكسل
        [montreal] مونتريال
        [washington] واشنطن
       *[other] { $name }
    }

## قراءة النصوص. إلى جانب التسميات الواردة أعلاه، الطرق الأخرى التي يكتب بها النص
## عنوانا، والكلمات التي تدل على أجزائه. تُفصل عناصر القائمة بعلامة « | ».

reader-label-article = { $form ->
        [1] مادة { $n }
       *[other] المادة { $n ->
                [1] الأولى
                [2] الثانية
                [3] الثالثة
                [4] الرابعة
                [5] الخامسة
                [6] السادسة
                [7] السابعة
                [8] الثامنة
                [9] التاسعة
                [10] العاشرة
                [11] الحادية عشرة
                [12] الثانية عشرة
                [13] الثالثة عشرة
                [14] الرابعة عشرة
                [15] الخامسة عشرة
                [16] السادسة عشرة
                [17] السابعة عشرة
                [18] الثامنة عشرة
                [19] التاسعة عشرة
                [20] العشرون
               *[other] { $n }
            }
    }
reader-label-annex = { $form ->
        [1] التذييل { $roman }
       *[other] المرفق { $roman }
    }
reader-closing = وإثباتاً لذلك | وإثباتا لذلك | حُرِّر في | حرر في | اعتُمد في | اعتمد في | …الجلسة العامة
reader-opening = إن | نحن | الدول الأطراف | الأطراف
reader-front-matter = Distr. | الأصل | البند | الدورة | قرار اتخذته | مقرر اتخذته | الأمم المتحدة | الجمعية العامة | مجلس الأمن | جمعية الصحة العالمية | المجلس التنفيذي | المجلس الاقتصادي والاجتماعي | مجلس حقوق الإنسان | مجلس أوروبا | جدول الأعمال المؤقت
reader-title-resolution = قرار | مقرر
reader-title-memorandum-of-understanding = مذكرة تفاهم
reader-title-joint-declaration = إعلان | بيان
reader-title-framework-agreement = الإطاري | إطارية
# رقم الصفحة الذي يبقى بين أسطر نص منسوخ من ملف PDF.
reader-page = الصفحة { $n } من { $count }

# How the provisions of a citation are joined: "Article 12, paragraph 3".
citation-separator = {"، "}

# أسماء اللغات، بحسب رموز ISO 639-1، كما تُكتب بالعربية.

# اسم هذه اللغة بلغتها نفسها، كما يظهر في قائمة لغات الواجهة.
language-endonym = العربية

language-ar = العربية
language-zh = الصينية
language-en = الإنكليزية
language-fr = الفرنسية
language-ru = الروسية
language-es = الإسبانية
language-pt = البرتغالية
language-de = الألمانية
language-it = الإيطالية
language-ja = اليابانية
language-ko = الكورية
language-hi = الهندية
language-id = الإندونيسية
language-sw = السواحيلية
language-tr = التركية
language-fa = الفارسية
language-nl = الهولندية
language-pl = البولندية
language-uk = الأوكرانية
language-bn = البنغالية
language-ur = الأردية
language-am = الأمهرية
language-ha = الهوسا
language-vi = الفيتنامية
language-th = التايلندية
language-ms = الملايوية

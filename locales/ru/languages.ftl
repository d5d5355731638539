# Названия языков по кодам ISO 639-1, как их пишут по-русски.

# Название этого языка на нём самом, предлагаемое в списке языков интерфейса.
language-endonym = Русский

language-ar = Арабский
language-zh = Китайский
language-en = Английский
language-fr = Французский
language-ru = Русский
language-es = Испанский
language-pt = Португальский
language-de = Немецкий
language-it = Итальянский
language-ja = Японский
language-ko = Корейский
language-hi = Хинди
language-id = Индонезийский
language-sw = Суахили
language-tr = Турецкий
language-fa = Персидский
language-nl = Нидерландский
language-pl = Польский
language-uk = Украинский
language-bn = Бенгальский
language-ur = Урду
language-am = Амхарский
language-ha = Хауса
language-vi = Вьетнамский
language-th = Тайский
language-ms = Малайский

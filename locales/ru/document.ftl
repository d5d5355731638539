# Слова самого текста: виды соглашений и положений, а также обозначения,
# которыми нумеруются положения. Общие для интерфейса и экспорта.

agreement-kind-treaty = Договор
agreement-kind-framework-agreement = Рамочное соглашение
agreement-kind-memorandum-of-understanding = Меморандум о взаимопонимании
agreement-kind-joint-declaration = Совместная декларация
agreement-kind-resolution = Резолюция

provision-kind-recital = Пункт преамбулы
provision-kind-part = Часть
provision-kind-chapter = Глава
provision-kind-article = Статья
provision-kind-paragraph = Пункт
provision-kind-subparagraph = Подпункт
provision-kind-annex = Приложение
provision-kind-section = Раздел
provision-kind-point = Подпункт второго уровня

# Отображаемые номера. $n — порядковый номер, $roman и $letter — тот же номер
# римскими цифрами и буквой; каждый язык выбирает свою форму записи.
provision-label-recital = Пункт преамбулы { $n }
provision-label-part = Часть { $roman }
provision-label-chapter = Глава { $roman }
provision-label-article = Статья { $n }
provision-label-paragraph = Пункт { $n }
provision-label-subparagraph = Подпункт ({ $letter })
provision-label-annex = Приложение { $roman }
provision-label-section = Раздел { $n }
provision-label-point = Подпункт ({ $small_roman })
provision-label-inserted = { $nth ->
       *[other] { $label } { $latin }
    }

preamble = Преамбула

## Экспортируемые документы. Каждый из них читают другие программы: только обычный текст.

export-facts = { $kind } · { $symbol }
export-notice-draft = Проект, не окончательный текст: еще не согласованные места отмечены.
export-notice-bracketed = Текст в скобках: слова в квадратных скобках еще не согласованы; в примечаниях в конце указано, кем они предложены.
export-notice-compilation = Подборка предложений: все варианты и предлагаемые поправки, положение за положением.
export-notice-parallel = Параллельный текст: каждое положение на обоих языках, одно за другим.
export-heading = { $label }. { $heading }
export-option = Вариант { $n }:
export-amendment = Предлагаемая поправка:
export-subparagraph = { $letter })
export-point = { $small_roman })
export-proposed-by = Предложено: { $parties }.
export-missing-text = Текста на этом языке пока нет.
export-not-agreed = [Еще не согласовано: { $status }]

## Формулы, обрамляющие положения, в зависимости от вида документа ($kind:
## treaty, framework-agreement, memorandum-of-understanding,
## joint-declaration). Текст, поступивший со своими формулами, сохраняет их.

# Первая строка преамбулы: кто говорит.
export-preamble-opening = { $kind ->
        [memorandum-of-understanding] Участники,
        [joint-declaration] Мы, нижеподписавшиеся,
        [framework-agreement] Стороны настоящего Соглашения,
       *[other] Стороны настоящего Договора,
    }
# Строка между пунктами преамбулы и постановляющей частью.
export-preamble-closing = { $kind ->
        [memorandum-of-understanding] пришли к следующему взаимопониманию:
        [joint-declaration] заявляем следующее:
       *[other] согласились о нижеследующем:
    }
# «Настоящий» согласуется в роде с названием документа: настоящий Договор,
# настоящее Соглашение, настоящий Меморандум, настоящую Декларацию.
export-testimonium = { $kind ->
        [memorandum-of-understanding] В УДОСТОВЕРЕНИЕ ЧЕГО нижеподписавшиеся, должным образом на то уполномоченные, подписали настоящий Меморандум о взаимопонимании.
        [joint-declaration] В УДОСТОВЕРЕНИЕ ЧЕГО нижеподписавшиеся подписали настоящую Декларацию.
        [framework-agreement] В УДОСТОВЕРЕНИЕ ЧЕГО нижеподписавшиеся, должным образом на то уполномоченные, подписали настоящее Соглашение.
       *[other] В УДОСТОВЕРЕНИЕ ЧЕГО нижеподписавшиеся, должным образом на то уполномоченные, подписали настоящий Договор.
    }
# $place: город в предложном падеже (см. export-city); $languages: языки,
# имеющие силу, в русском порядке, каждый в форме export-formula-language
# (прилагательное в предложном падеже), соединенные союзом «и».
export-done-at = { $count ->
        [1] Совершено в { $place } { $date } в одном подлинном экземпляре на { $languages } языке.
        [one] Совершено в { $place } { $date } в одном подлинном экземпляре на { $languages } языках, причем все тексты являются равно аутентичными.
        [few] Совершено в { $place } { $date } в одном подлинном экземпляре на { $languages } языках, причем все тексты являются равно аутентичными.
        [many] Совершено в { $place } { $date } в одном подлинном экземпляре на { $languages } языках, причем все тексты являются равно аутентичными.
       *[other] Совершено в { $place } { $date } в одном подлинном экземпляре на { $languages } языках, причем все тексты являются равно аутентичными.
    }
# Название языка так, как его пишет заключительная формула: прилагательное
# в предложном падеже со строчной буквы («на английском и французском
# языках»); $name — его название в интерфейсе, для языка без собственной
# формы здесь.
export-formula-language = { $code ->
        [ar] арабском
        [zh] китайском
        [en] английском
        [fr] французском
        [ru] русском
        [es] испанском
       *[other] { $name }
    }
# Порядок, в котором русский текст перечисляет языки ООН (по алфавиту их
# названий): их коды.
export-language-order = en ar es zh ru fr
# Обычные места проведения конференций так, как их называет русский язык
# ($city: идентификатор; $name: место, как оно введено, для не указанного
# здесь). Город стоит в предложном падеже, как того требует формула
# «Совершено в …» (в Женеве, в Нью-Йорке).
export-city = { $city ->
        [geneva] Женеве
        [new-york] Нью-Йорке
        [vienna] Вене
        [nairobi] Найроби
        [paris] Париже
        [rome] Риме
        [bangkok] Бангкоке
        [addis-ababa] Аддис-Абебе
        [santiago] Сантьяго
        [beirut] Бейруте
        [strasbourg] Страсбурге
        [the-hague] Гааге
        [brussels] Брюсселе
        [montreal] Монреале
        [washington] Вашингтоне
       *[other] { $name }
    }
# Те же города в именительном падеже, как их вводит пользователь.
export-city-name = { $city ->
        [geneva] Женева
        [new-york] Нью-Йорк
        [vienna] Вена
        [nairobi] Найроби
        [paris] Париж
        [rome] Рим
        [bangkok] Бангкок
        [addis-ababa] Аддис-Абеба
        [santiago] Сантьяго
        [beirut] Бейрут
        [strasbourg] Страсбург
        [the-hague] Гаага
        [brussels] Брюссель
        [montreal] Монреаль
        [washington] Вашингтон
       *[other] { $name }
    }

## Чтение текстов. Помимо приведенных выше обозначений, другие способы, которыми
## текст пишет заголовок, и слова, отмечающие его части. Элементы списка
## разделяются знаком « | ».

reader-label-article = { $form ->
        [1] Ст. { $n }
       *[other] Статья { $n }
    }
reader-label-annex = { $form ->
        [1] Добавление { $roman }
       *[other] Приложение { $roman }
    }
reader-closing = В УДОСТОВЕРЕНИЕ ЧЕГО | Совершено в | Принято в | Принята в | Подписано в | …пленарное заседание
reader-opening = Генеральная Ассамблея | Государства | Стороны | Участники | Высокие Договаривающиеся Стороны | Всемирная ассамблея здравоохранения | Мы
reader-front-matter = Distr. | Original: | Пункт | сессия | Резолюция, принятая | Решение, принятое | Организация Объединенных Наций | Генеральная Ассамблея | Совет Безопасности | Всемирная ассамблея здравоохранения | Исполнительный комитет | Экономический и Социальный Совет | Совет по правам человека | Совет Европы | Предварительная повестка дня
reader-title-resolution = резолюция | решение
reader-title-memorandum-of-understanding = меморандум
reader-title-joint-declaration = декларация | коммюнике | заявление
reader-title-framework-agreement = рамочн
# Номер страницы, сохраняющийся между строками текста, скопированного из PDF.
reader-page = Страница { $n } из { $count }

# How the provisions of a citation are joined: "Article 12, paragraph 3".
citation-separator = {", "}

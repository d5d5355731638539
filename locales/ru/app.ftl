# Интерфейс настольного приложения.

app-name = Entente
app-tagline = Соглашения о сотрудничестве в области ИИ в здравоохранении
banner-dismiss = Закрыть
    .aria-label = Закрыть это сообщение
dialog-cancel = Отмена
dialog-close = Закрыть
author-unknown = Делегация не указана

## Делегация этого компьютера (настройки)

delegation-button = Делегация: { $delegation }
delegation-button-unset = Указать делегацию
preferences-heading = Настройки
preferences-delegation = Ваша делегация
preferences-delegation-hint = Указывается как автор каждого изменения, внесённого на этом компьютере, например «Кения» или «Секретариат».
preferences-save = Сохранить настройки
preferences-interface-language = Язык интерфейса
preferences-interface-language-hint = Язык меню и сообщений. Языки каждого соглашения выбираются в самом соглашении.
preferences-pseudo-languages = Для разработчиков
preferences-pseudo-accented = Псевдолокаль: с диакритическими знаками и удлинённым текстом
preferences-pseudo-right-to-left = Псевдолокаль: письмо справа налево

## Переводы: состояние каждого языка и собственные файлы переводчика

translations-button = Переводы
translations-heading = Переводы
translations-column-language = Язык
translations-column-messages = Сообщения интерфейса
translations-column-own-files = Ваши файлы
translations-column-templates = Шаблоны положений
translations-templates-current = Все актуальны
translations-templates = Нет перевода: { $missing } · устарели: { $stale }
translations-messages = { $percent } % ({ $translated } из { $total })
translations-own-files = { $count ->
        [0] Нет
        [one] { $count } файл
        [few] { $count } файла
        [many] { $count } файлов
       *[other] { $count } файла
    }
translations-folder = Чтобы изменить перевод без повторной сборки Entente, поместите файлы .ftl в каталог { $folder }, во вложенный каталог с кодом языка (например, fr). Они заменяют встроенные сообщения; для всего, чего в них нет, используется встроенный текст.
translations-reload = Перезагрузить переводы
translations-reloaded = Переводы перезагружены.
translations-problems-heading = Проблемы в ваших файлах перевода
translations-problems-hint = Сообщение с ошибкой сохраняет встроенный текст, пока файл не будет исправлен.
translations-no-problems = В ваших файлах перевода нет ошибок.
terms-heading = Терминологическая база
terms-language = Язык отображаемых терминов
terms-hint = Ключевые термины библиотеки статей в том виде, в каком их пишут в Организации Объединенных Наций; проверки шаблонов и переводов сверяют с ними тексты. Чтобы добавить или изменить термины, поместите в { $folder } файл с названием языка (например, ru.tsv): понятие, термин, варианты, которые не следует писать, и источник, разделенные знаками табуляции.
terms-column-english = Английский
terms-column-term = Термин
terms-column-avoid = Не писать
terms-column-source = Источник
translations-banner = { $count ->
        [one] В файлах перевода { $count } ошибка
        [few] В файлах перевода { $count } ошибки
        [many] В файлах перевода { $count } ошибок
       *[other] В файлах перевода { $count } ошибки
    }: { $first }

## Резервные копии: копии базы данных и восстановление из копии

backups-button = Резервные копии
backups-heading = Резервные копии
backups-hint = Копии базы данных на этом компьютере, в каталоге { $folder }. Entente создаёт копию каждый день, пока приложение открыто (хранятся семь последних), и перед каждым обновлением.
backups-now = Создать резервную копию
backups-made = Резервная копия создана: { $name }.
backups-none = Резервных копий пока нет.
backups-column-when = Создана
backups-column-why = Причина
backups-column-size = Размер
backups-size = { $kilobytes } КБ
backups-reason-upgrade = Перед обновлением
backups-reason-daily = Ежедневная
backups-reason-manual = Вручную
backups-reason-before-restore = Перед восстановлением
backups-choose = Выберите копию для восстановления.
backups-restore = Восстановить выбранную копию
backups-restore-confirm = Заменить базу данных копией от { $when }? Всё, что было изменено с тех пор, будет заменено. Перед этим создаётся резервная копия базы данных в её текущем состоянии, поэтому это действие можно отменить.
backups-restore-yes = Да, восстановить
backups-restored = Копия от { $when } восстановлена. База данных в прежнем состоянии сохранена как резервная копия, созданная перед восстановлением.

## Запуск

startup-error-heading = Entente не удалось открыть базу данных
startup-error-help = Ничего не изменено. Запустите Entente с другим каталогом данных (--data-dir DIR или переменная среды ENTENTE_DATA_DIR) либо переместите файл в другое место.

## Соглашения

agreements-heading = Соглашения
agreements-empty = Соглашений пока нет.
new-agreement = Новое соглашение
start-heading = Подготовка соглашений о сотрудничестве в области ИИ в здравоохранении
start-empty = Начните новое соглашение: дайте ему название, выберите языки переговоров и отметьте аутентичные. Затем составьте его текст положение за положением и внесите стороны, участвующие в переговорах.
start-choose = Выберите соглашение из списка или начните новое.
start-sample = Открыть учебные переговоры
start-sample-hint = Пример — рамочное соглашение об ИИ в интересах здравоохранения, которое обсуждают двенадцать государств на английском и французском языках, с позициями, статусами и двумя редакциями.
agreement-languages = Языки переговоров
agreement-meta = { $kind }
agreement-meta-with-symbol = { $symbol } · { $kind }
language-chip-title = { $language }{ $authentic ->
        [true] , аутентичный текст
       *[false] {""}
    }{ $working ->
        [true] , рабочий язык
       *[false] {""}
    }
language-authentic = аутентичный текст
language-working = рабочий язык
language-missing = нет текста

new-agreement-heading = Новое соглашение
agreement-details-heading = Сведения о соглашении
agreement-details-save = Сохранить сведения
agreement-details-edit = Изменить сведения
new-agreement-create = Создать соглашение
new-agreement-title-working = Название ({ $language }, рабочий язык)
new-agreement-title-in = Название ({ $language }, необязательно)
new-agreement-kind = Вид документа
new-agreement-symbol = Условное обозначение документа
new-agreement-symbol-input =
    .placeholder = AI-HEALTH/2026/1
new-agreement-symbol-hint = Так оно будет указано на каждой языковой версии.
new-agreement-languages = Языки переговоров
new-agreement-column-include = Включить
new-agreement-column-language = Язык
new-agreement-column-authentic = Аутентичный текст
new-agreement-authentic-label = { $language }: текст аутентичен
new-agreement-add-language = Добавить другой язык…
new-agreement-working-language = Рабочий язык

## Вкладки открытого соглашения

tab-text = Текст
tab-parties = Стороны ({ $count })
tab-versions = Версии

## Текст: структура, редактор, история

structure-heading = Структура
structure-empty = Текст пуст. Добавьте пункт преамбулы, главу или статью с помощью кнопок выше.
structure-empty-version = В этой версии не было текста.
add-toolbar = Добавить положение
add-label = Добавить
add-recital = Пункт преамбулы
    .title = Добавить пункт преамбулы
add-part = Часть
    .title = Добавить часть
add-chapter = Глава
    .title = Добавить главу
add-section = Раздел
    .title = Добавить раздел (заголовок над статьями или пунктами)
add-article = Статья
    .title = Добавить статью (после выбранной или внутри выбранной главы)
add-paragraph = Пункт
    .title = Добавить пункт в выбранную статью
add-subparagraph = Подпункт
    .title = Добавить подпункт в выбранный пункт
add-point = Подпункт второго уровня
    .title = Добавить подпункт второго уровня к выбранному подпункту
add-annex = Приложение
    .title = Добавить приложение
numbering-label = Нумерация
numbering-counted = По порядку
numbering-unnumbered = Без номера
numbering-inserted = Вслед за предыдущим (бис, тер)
missing-languages = Ещё нет текста на языках: { $languages }
deleted-heading = Удалённые положения

editor-empty = Выберите положение в структуре, чтобы изменить его текст, или добавьте новое.
editor-empty-version = Выберите положение, чтобы прочитать его текст в том виде, в каком он был в этой версии.
editor-heading-label = Заголовок ({ $language })
editor-body-label = Текст ({ $language })
editor-other-language = Язык, показываемый рядом с рабочим
editor-unsaved = Несохранённые изменения
editor-deleted = Это положение удалено. Оно сохраняется в истории, и его можно восстановить на прежнем месте.
save-text = Сохранить
    .title = Сохранить текст на всех показанных языках (Ctrl+S)
restore = Восстановить
delete-provision = Удалить
    .title = Удалить это положение (оно сохранится в истории, и его можно будет восстановить)
move-up = Переместить вверх
    .title = Переместить вверх (Alt+↑ в структуре)
move-down = Переместить вниз
    .title = Переместить вниз (Alt+↓ в структуре)
move-to-label = Переместить в…
move-to-placeholder = Переместить в…
move-to-top = Верхний уровень текста
move-into = Переместить

history-heading = История
history-empty = Выберите положение, чтобы увидеть все внесённые в него изменения.
history-created = Создано
history-text-changed = Текст изменён
history-moved = Перемещено
history-deleted = Удалено
history-restored = Восстановлено

## Стороны

parties-heading = Стороны, наблюдатели и группы
parties-empty = Сторон пока нет. Добавьте государства и организации, участвующие в переговорах, и группы, выступающие от имени нескольких из них.
party-name-in = Наименование ({ $language })
party-kind = Вид
party-kind-state = Государство
party-kind-organisation = Организация
party-kind-group = Группа
party-role = Роль
party-role-party = Сторона
party-role-observer = Наблюдатель
party-members = Члены
party-members-empty = Членов пока нет
party-members-none = Сначала добавьте государства или организации; группа указывает их в качестве своих членов.
party-members-save = Сохранить состав
party-actions = Действия
party-remove = Удалить
party-remove-label = Удалить: { $name }
party-add-heading = Добавление стороны
party-add = Добавить сторону

## Версии

versions-heading = Именованные версии
versions-loading = Загрузка…
versions-empty = Именованных версий пока нет. Сохраните версию, чтобы зафиксировать весь текст в его нынешнем виде.
version-save-heading = Сохранение версии
version-save-hint = Именованная версия сохраняет весь текст в его нынешнем виде на всех языках. Её можно будет открыть позже только для чтения.
version-name = Название
version-name-input =
    .placeholder = Rev.1
version-save = Сохранить версию
version-column-name = Версия
version-column-saved = Сохранена
version-column-author = Автор
version-open = Открыть
version-reading = Вы просматриваете версию «{ $name }», сохранённую { $date } (автор: { $author }). Этот текст доступен только для чтения.
version-back = Вернуться к текущему тексту

## Переговоры: статус и позиции

status-pending = На рассмотрении
status-informally-agreed = Неофициально согласовано
status-agreed-ad-referendum = Согласовано ad referendum
status-agreed = Согласовано
status-label = Новый статус
status-note-input =
    .placeholder = Возражение или примечание (необязательно)
    .aria-label = Возражение или примечание, записываемое вместе с изменением
status-change = Изменить статус
history-status-changed = Статус изменён
history-status-change = { $before } → { $after }

positions-heading = Позиции сторон
positions-no-parties = Добавьте стороны на вкладке «Стороны», чтобы записывать их позиции.
positions-column-party = Сторона
positions-column-stance = Позиция
positions-column-detail = Подробности
positions-column-recorded = Записано
positions-through-group = через группу: { $group }
positions-party = Сторона или группа
positions-stance = Позиция
positions-amendment = Предлагаемая формулировка
positions-clearance = Одобрение ad referendum
positions-cleared-on = Дата одобрения
positions-note = Примечание
positions-record = Записать позицию
stance-none = Не записана
stance-supports = Поддерживает
stance-opposes = Возражает
stance-proposes-amendment = Предлагает поправку
stance-reservation = Оговорка
stance-flexible = Проявляет гибкость
stance-no-instructions = Пока нет инструкций
clearance-none = Не требуется
clearance-pending-capital = Ожидается ответ столицы
clearance-cleared = Одобрено
clearance-cleared-on = Одобрено столицей { $date }

## Матрица

tab-matrix = Матрица
matrix-heading = Позиции по каждому положению
matrix-progress-heading = Ход работы
matrix-progress = { $provisions ->
        [one] Согласовано { $percent } % из { $provisions } положения
        [few] Согласовано { $percent } % из { $provisions } положений
        [many] Согласовано { $percent } % из { $provisions } положений
       *[other] Согласовано { $percent } % из { $provisions } положения
    }
matrix-status-count = { $status }: { $count }
matrix-blocked-heading = Заблокированные
matrix-blocked = { $provision }: против — { $parties }
matrix-blocked-none = Заблокированных положений нет.
matrix-parties-and-more = { $parties } и ещё { $count ->
        [one] { $count } сторона
        [few] { $count } стороны
        [many] { $count } сторон
       *[other] { $count } стороны
    }
matrix-more = { $count ->
        [one] и ещё { $count }
        [few] и ещё { $count }
        [many] и ещё { $count }
       *[other] и ещё { $count }
    }
matrix-near-heading = Ближе всего к консенсусу
matrix-near = { $provision }: { $count ->
        [0] поддерживают все стороны
        [one] осталось убедить { $count } сторону
        [few] осталось убедить { $count } стороны
        [many] осталось убедить { $count } сторон
       *[other] осталось убедить { $count } стороны
    }
matrix-near-all-agreed = Все положения согласованы.
matrix-near-no-support = Пока ни одно положение не получило поддержки ни одной стороны.
matrix-reservations-heading = Больше всего оговорок
matrix-reservations = { $party }: { $count ->
        [one] { $count } оговорка
        [few] { $count } оговорки
        [many] { $count } оговорок
       *[other] { $count } оговорки
    }
matrix-reservations-none = Оговорок не записано.
matrix-clearances-heading = Ожидается ответ столиц
matrix-clearance = { $provision }: { $party }
matrix-clearances-none = Одобрения столиц не ожидается.
matrix-filter-status = Статус
matrix-filter-all-statuses = Все статусы
matrix-filter-chapter = Глава
matrix-filter-all-chapters = Весь текст
matrix-filter-parties = Стороны
matrix-filter-all-parties = Все стороны
matrix-filter-groups = Члены группы
matrix-filter-one-party = Одна сторона
matrix-column-provision = Положение
matrix-empty = Ни одно положение и ни одна сторона не соответствуют этим фильтрам.
matrix-legend = Условные обозначения
matrix-symbol-supports = ✓
matrix-symbol-flexible = ≈
matrix-symbol-proposes-amendment = П
matrix-symbol-reservation = О
matrix-symbol-opposes = ✗
matrix-symbol-no-instructions = ?
matrix-through-group = через группу
matrix-symbol-none = ·

## Закрытый слой

private-heading = Закрытые заметки
private-badge = Только на этом компьютере
private-hint = Запасные позиции, красные линии и заметки вашей делегации. Они никогда не попадают в экспорт, доклады, версии или файлы, передаваемые другим.
private-kind = Вид заметки
private-text = Текст заметки
private-kind-fallback = Запасная позиция
private-kind-red-line = Красная линия
private-kind-note = Заметка
private-empty = Закрытых заметок по этому положению нет.
private-add = Добавить закрытую заметку
private-remove = Удалить

## Сравнение версий

compare-heading = Сравнение двух состояний текста
compare-from = Было
compare-to = Стало
compare-current = Текущий текст
compare-button = Сравнить
compare-nothing = Тексты совпадают.
compare-summary = { $changed ->
        [one] Изменено { $changed } положение
        [few] Изменено { $changed } положения
        [many] Изменено { $changed } положений
       *[other] Изменено { $changed } положения
    }; без изменений — { $unchanged }.
compare-was = { $label } (ранее { $previous })
compare-change-added = Добавлено
compare-change-deleted = Удалено
compare-change-amended = Изменено
compare-change-moved = Перемещено или перенумеровано
compare-change-status-changed = Статус изменён
compare-change-restored = Восстановлено
compare-option-added = Предложен вариант { $n }
compare-option-amended = Вариант { $n } изменён
compare-option-withdrawn = Вариант { $n } снят
matrix-chart-heading = Согласование по дням
matrix-chart-label = Доля согласованного текста по дням по состоянию на { $day }: { $percent } %
editor-text-in-parts = Текст этой статьи содержится в её пунктах: чтобы изменить пункт, выберите его в структуре.

## Варианты

options-heading = Варианты
options-none = Альтернативных формулировок нет: на рассмотрении только приведённый выше текст.
option-label = Вариант { $n }
option-withdrawn-label = Снятый вариант
option-proposed-by = предложено: { $parties }
option-unattributed = автор не указан
option-text-label = Формулировка ({ $language })
option-save = Сохранить формулировку
option-withdraw = Снять
option-add-summary = Добавить вариант
option-new-text = Формулировка ({ $language })
option-proposers-legend = Кем предложено
option-add = Добавить вариант
positions-preferred = Предпочтительный вариант
positions-no-preference = Без предпочтения
positions-prefers = предпочитает вариант { $n }
positions-option-stances = Позиция по каждому варианту
positions-option-stance-none = Не указана
positions-option-stance = Вариант { $n }: { $stance }
history-option-added = Вариант добавлен
history-option-changed = Формулировка варианта изменена
history-option-withdrawn = Вариант снят
editor-bracket = ⟦ В скобки ⟧
    .title = Заключить выделенные слова в скобки как ещё не согласованные
editor-bracket-proposer = Автор текста в скобках
editor-bracket-unattributed = Автор не указан
brackets-legend = Текст в скобках и его авторы
brackets-proposed-by = предложено: { $parties }
brackets-unattributed = автор не указан

## Заявления

statements-heading = Заявления
statements-none = По этому положению заявлений не записано.
statement-add-summary = Записать заявление
statement-party = Сторона или группа
statement-day = Дата заявления
statement-kind = Форма записи
statement-kind-summary = Краткое изложение
statement-kind-verbatim = Дословно
statement-text = Что было сказано
statement-source = Источник
statement-source-input =
    .placeholder = Третья сессия, второе заседание
statement-add = Записать заявление
statement-meta = { $day } · { $kind }
statement-meta-source = { $day } · { $kind } · { $source }

## Экспорт

export-button = Экспорт
export-dialog-heading = Экспорт соглашения
export-languages = Языки
export-renderings = Вид текста
export-rendering-clean = Чистый текст (согласованная формулировка)
export-rendering-bracketed = Текст в скобках с указанием авторов предложений
export-rendering-compilation = Подборка всех вариантов и поправок
export-rendering-parallel = Параллельный текст: первый язык рядом с каждым из остальных
export-rendering-report = Отчёт о переговорах (матрица и сводка)
export-formats = Форматы
export-format-md = Markdown
export-format-html = HTML
export-format-docx = Word (.docx)
export-draft = Проект: экспортировать чистый текст до того, как он станет окончательным, отметив каждое неурегулированное место
export-place = Совершено в (место)
export-date = Дата совершения
export-folder = Каталог
export-folder-hint = Файлы записываются в этот каталог вместе с файлом manifest.json, в котором перечислены все файлы и их хеши SHA-256.
export-final-ready = Чистый текст окончательный: все положения согласованы, вариантов и скобок нет, текст есть на всех аутентичных языках.
export-not-final-heading = { $count ->
        [one] { $count } проблема не позволяет считать чистый текст окончательным
        [few] { $count } проблемы не позволяют считать чистый текст окончательным
        [many] { $count } проблем не позволяют считать чистый текст окончательным
       *[other] { $count } проблемы не позволяют считать чистый текст окончательным
    }
export-not-final-hint = Окончательный чистый текст нельзя экспортировать, пока проблемы не устранены; проект можно экспортировать уже сейчас.
export-submit = Экспортировать
export-writing = Запись файлов…
export-done = { $count ->
        [one] { $count } файл записан в каталог { $folder }
        [few] { $count } файла записаны в каталог { $folder }
        [many] { $count } файлов записано в каталог { $folder }
       *[other] { $count } файла записано в каталог { $folder }
    }
export-open-folder = Открыть каталог

## Библиотека положений

library-button = + Из библиотеки
library-heading = Библиотека положений
library-search = Поиск положений
library-category = Категория
library-all-categories = Все категории
library-empty = Подходящих положений нет.
library-choose = Выберите положение, чтобы увидеть его текст и заполнить значения.
library-version = Версия { $version } · { $languages ->
        [one] на { $languages } языке этого соглашения
        [few] на { $languages } языках этого соглашения
        [many] на { $languages } языках этого соглашения
       *[other] на { $languages } языках этого соглашения
    }
library-variable = { $name }
library-variable-optional = { $name } (необязательно)
library-no-party = Нет
library-text-per-language = На каждом языке
library-preview = Предварительный просмотр на языке
library-language = Язык предварительного просмотра
library-insert = Вставить положение
library-write-again = Переписать положение заново
template-origin = Из библиотеки положений: { $template }, версия { $version }
template-modified = С тех пор его текст правили вручную; новая редакция с другими значениями заменит эти правки.
template-change-values = Изменить значения
library-problems = { $count ->
        [one] Не удалось загрузить { $count } шаблон положения
        [few] Не удалось загрузить { $count } шаблона положений
        [many] Не удалось загрузить { $count } шаблонов положений
       *[other] Не удалось загрузить { $count } шаблона положений
    }
library-house = Собственные шаблоны положений секретариата помещаются в каталог { $folder }, по одному каталогу на каждое положение; они отображаются здесь рядом со встроенными.
template-category-preamble = Преамбула
template-category-general = Общие положения
template-category-data = Медицинские данные
template-category-standards = Стандарты и подотчётность
template-category-capacity = Потенциал и инновации
template-category-governance = Управление и гарантии
template-category-institutional = Органы и финансирование
template-category-final = Заключительные положения

## Создание соглашения на основе типового комплекта

kit-button = Начать с типового комплекта
kit-heading = Создание соглашения на основе типового комплекта
kit-hint = Типовой комплект формирует соглашение целиком на основе библиотеки положений на шести языках Организации Объединённых Наций: преамбулу, главы и статьи, а также заключительные положения. Любое положение можно впоследствии изменить.
kit-choice = Типовой комплект
kit-title = Название
kit-symbol = Условное обозначение документа (необязательно)
kit-parties = Стороны
kit-parties-hint = По одному государству в строке, под его наименованием на рабочем языке.
kit-start = Создать соглашение

## Exchange: agreements and positions carried between machines as files

exchange-button = Отправить в виде файла
exchange-dialog-heading = Отправить в виде файла
exchange-what = Что отправить
exchange-what-bundle = Соглашение целиком (пакет соглашения), чтобы открыть его на другом компьютере
exchange-what-packet = Позиции одной стороны (пакет позиций), чтобы секретариат включил их в свои записи
exchange-party = Сторона
exchange-path = Файл для записи
exchange-private-hint = Закрытые заметки, запасные позиции и красные линии никогда не покидают этот компьютер: ни один созданный здесь файл их не содержит.
exchange-submit = Записать файл
exchange-bundle-written = Пакет соглашения записан: { $path }
exchange-packet-written = Пакет позиций записан: { $path } (позиции по { $count ->
        [one] { $count } положению
        [few] { $count } положениям
        [many] { $count } положениям
       *[other] { $count } положения
    })
import-button = Импорт…
import-dialog-heading = Импорт
import-kind = Что импортировать
import-kind-bundle = Пакет соглашения (.entente)
import-kind-packet = Пакет позиций делегации (.positions)
import-kind-text = Текст соглашения: документ Word (.docx), Markdown или простой текст
import-path = Файл для чтения
import-path-hint = Полный путь к файлу, например на USB-накопителе: документ Word (.docx), текст в формате Markdown или простой текст.
# The system's file dialogs, opened by the button beside a path.
choose-path = Выбрать…
file-dialog-import = Выберите файл для импорта
file-dialog-export = Выберите папку для экспорта
file-dialog-send = Сохранить файл для отправки как
file-dialog-filter-import = Пакеты соглашений, пакеты позиций и тексты соглашений
import-language = Язык текста
import-title = Название, если текст не начинается с него
import-submit = Импортировать
import-unplaced-heading = { $unit ->
        [paragraph] { $count ->
            [one] Для { $count } абзаца нет места в соглашении:
            [few] Для { $count } абзацев нет места в соглашении:
            [many] Для { $count } абзацев нет места в соглашении:
           *[other] Для { $count } абзаца нет места в соглашении:
        }
       *[line] { $count ->
            [one] Для { $count } строки нет места в соглашении:
            [few] Для { $count } строк нет места в соглашении:
            [many] Для { $count } строк нет места в соглашении:
           *[other] Для { $count } строки нет места в соглашении:
        }
    }
import-unplaced-line = { $unit ->
        [paragraph] Абзац
       *[line] Строка
    } { $line }: { $words }
import-open-agreement = Открыть соглашение
import-keep-unplaced = Сохранить то, для чего нет места в соглашении, как ненумерованные пункты на прежнем месте
import-accept-changes = Считать исправления в документе Word (режим рецензирования) принятыми (без этого документ с исправлениями не принимается)
import-word-comments = { $count ->
        [one] { $count } примечание документа опущено.
        [few] { $count } примечания документа опущены.
        [many] { $count } примечаний документа опущено.
       *[other] { $count } примечания документа опущено.
    }
import-word-changes = { $count ->
        [one] { $count } исправление учтено как принятое.
        [few] { $count } исправления учтены как принятые.
        [many] { $count } исправлений учтены как принятые.
       *[other] { $count } исправления учтены как принятые.
    }
import-read = Прочитать текст
import-confirm = Импортировать
import-found-heading = Содержание текста
import-found-title = Название: { $words }
import-found-symbol = Условное обозначение: { $words }
import-found-kind = Вид: { $words }
import-found-front-matter = Реквизиты документа: { $words }
import-found-opening = Начало преамбулы: { $words }
import-found-closing-line = Конец преамбулы: { $words }
import-found-closing = Заключительная формула: { $words }
import-found-count = { $kind }: { $count }
import-found-headings = Первые заголовки
import-found-nothing = В этом тексте не найдено ни одного положения.
import-unplaced-refused = Отметьте «Сохранить то, для чего нет места в соглашении», чтобы импортировать текст целиком, или исправьте текст и прочитайте его снова.
import-alignment-matched = { $count ->
        [one] { $count } положение текста имеет соответствие в соглашении.
        [few] { $count } положения текста имеют соответствие в соглашении.
        [many] { $count } положений текста имеют соответствие в соглашении.
       *[other] { $count } положения текста имеют соответствие в соглашении.
    }
import-alignment-text-only = Только в тексте
import-alignment-agreement-only = Только в соглашении; на этом языке остаются без текста
import-alignment-line = { $unit ->
        [paragraph] Абзац
       *[line] Строка
    } { $line }: { $label }
import-pair-with = Сопоставить с
import-pair-leave = Ни с каким положением — пропустить
import-into = Куда импортировать
import-into-new = Новое соглашение
import-revision = Как новую редакцию под названием
import-revision-hint = Оставьте поле пустым, чтобы добавить его в соглашение как текст на этом языке; укажите название, например Rev.3, чтобы прочитать его как новую редакцию текста соглашения.
import-revision-saved = Версия «{ $name }» сохранена: изменено — { $amended }, добавлено — { $added }, перемещено — { $moved }
import-unmatched-heading = Положения, которых нет в новой редакции, оставлены без изменений и требуют вашего решения:
merge-summary = { $party }: применено — { $applied }, без изменений — { $unchanged }, требуют решения — { $conflicts }
merge-applied-heading = Применено
merge-conflicts-heading = Требуют решения: записи на этом компьютере изменились после создания пакета позиций
merge-column-provision = Положение
merge-column-ours = Здесь
merge-column-theirs = В пакете позиций
merge-take-theirs = Принять позицию делегации
merge-recorded = { $by } · { $at }

## Поиск по тексту (Ctrl+F)
search-label = Поиск по тексту
search-placeholder = Поиск (Ctrl+F)
search-language = Язык поиска
search-all-languages = Все
search-results = Результаты поиска
search-none = Ничего не найдено.
search-count = { $count ->
    [one] Найдено { $count } место.
    [few] Найдено { $count } места.
    [many] Найдено { $count } мест.
   *[other] Найдено { $count } места.
}
search-listed = Показаны первые { $shown }.
search-keys = Enter — следующее, Shift+Enter — предыдущее.
search-in-text = { $citation } — { $language }
search-in-option = { $citation }, вариант { $number } — { $language }
search-in-statement = { $citation }, заявление: { $party }
search-in-note = { $citation }, личная заметка

## Клавиатура (F1)
keys-button = Клавиатура
keys-title = Сочетания клавиш
keys-close = Закрыть
keys-help = Этот список сочетаний клавиш.
keys-search = Поиск по тексту открытого соглашения.
keys-search-results = В поле поиска: следующее или предыдущее найденное место.
keys-escape = Очистить поиск; закрыть диалоговое окно, ничего не меняя.
keys-save = Сохранить редактируемый текст.
keys-new-paragraph = В любом месте: новый пункт после выбранного пункта или в выбранной статье, готовый для ввода текста.
keys-record-position = В любом месте: записать позицию стороны по выбранному положению.
keys-tree = В структуре: следующее или предыдущее положение.
keys-next-provision = В любом месте: следующее или предыдущее положение.
keys-move = В структуре: переместить выбранное положение вниз или вверх.
keys-zoom = Увеличить страницу, уменьшить её или вернуть обычный размер.
keys-tab = Перейти к следующему элементу управления или вернуться к предыдущему.

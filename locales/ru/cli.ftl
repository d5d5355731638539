# Командная строка entente.

cli-about = Entente: подготовка международных соглашений о сотрудничестве в области ИИ в здравоохранении без подключения к сети.
cli-data-dir-help = Каталог с базой данных (также ENTENTE_DATA_DIR; по умолчанию — каталог данных настольного приложения).
cli-usage-heading = Использование:
cli-commands-heading = Команды:
cli-arguments-heading = Аргументы:
cli-options-heading = Параметры:
cli-help-help = Показать эту справку.
cli-version-help = Показать версию.
cli-json-help = Выводить JSON для скриптов вместо текста.
cli-list-about = Вывести список соглашений на этом компьютере.
cli-show-about = Показать соглашение: основные сведения, структуру и количественные данные.
cli-show-id-help = Идентификатор соглашения в том виде, в каком его выводит «entente list».
cli-no-home = на этом компьютере нет домашнего каталога для хранения данных
cli-list-empty = Соглашений пока нет. Запустите настольное приложение, чтобы подготовить проект соглашения.
cli-list-line = { $id }  { $title }  [{ $languages }]
cli-list-line-with-symbol = { $id }  { $title }  ({ $symbol })  [{ $languages }]
cli-show-summary = { $title }
    ID: { $id }   Вид: { $kind }   Условное обозначение: { $symbol }
    Языки: { $languages } (* — аутентичный текст; рабочий язык: { $working })
    Пунктов преамбулы: { $recitals }, частей: { $parts }, глав: { $chapters }, статей: { $articles }, пунктов: { $paragraphs }
    Сторон: { $parties }, наблюдателей: { $observers }, групп: { $groups }
    Структура:
cli-sample-about = Создать учебные переговоры (рамочное соглашение об ИИ в интересах здравоохранения на английском и французском языках) и вывести их идентификатор.
cli-report-about = Доклад о ходе переговоров: состояние текста и позиция каждой стороны по каждому положению.
cli-export-about = Экспортировать соглашение в формате Markdown или HTML на всех языках переговоров вместе с файлом manifest.json и вывести каждый записанный файл.
cli-export-out-help = Каталог, в который записываются файлы (при необходимости создаётся).
cli-export-lang-help = all (по умолчанию) или языки, на которых записать файлы, например en,fr.
cli-export-mode-help = clean (по умолчанию) — согласованный текст; bracketed — квадратные скобки и варианты с указанием авторов; compilation — все варианты и поправки; parallel — два языка по положениям; report — матрица и сводка.
cli-export-format-help = md (по умолчанию) или html.
cli-export-draft-help = Экспортировать чистый текст, который ещё не стал окончательным, отметив каждое неурегулированное место.
cli-export-place-help = Место совершения для заключительной формулы, в предложном падеже, как после «Совершено в», например: Женеве.
cli-export-date-help = Дата совершения (ГГГГ-ММ-ДД) для заключительной формулы.
cli-import-md-about = Создать соглашение из существующего текста в Markdown (или простого текста, оформленного как договор); выводит идентификатор нового соглашения.
cli-import-md-file-help = Текст, который нужно прочитать.
cli-import-md-lang-help = Язык текста, например ru.
cli-import-md-title-help = Название, если текст не начинается с него.
cli-import-md-unplaced = не удалось разместить, строка пропущена: { $words }
cli-check-templates-about = Проверить шаблоны положений: манифесты, теги, переменные, формы множественного числа, одинаковую структуру на всех языках, устаревшие переводы. По одной строке на каждую проблему в формате путь:строка:столбец: сообщение.
cli-check-templates-dir-help = Каталог, содержащий по одному каталогу на каждое положение (по умолчанию — шаблоны, встроенные в Entente).
cli-check-locales-about = Проверить файлы локализации перед отправкой: синтаксис, отсутствующие и устаревшие сообщения, переменные, формы множественного числа. По одной строке на каждую проблему в формате путь:строка:столбец: сообщение.
cli-check-locales-dir-help = Каталог, содержащий по одному каталогу на каждый язык (по умолчанию — локализации, встроенные в Entente).
cli-check-locales-reference-help = Язык, с которым сверяются остальные (по умолчанию — en).
cli-report-format-help = md — для документации секретариата (по умолчанию), json — для скриптов.

report-heading = Доклад о ходе переговоров: { $title }
report-where-heading = Состояние текста
report-progress = { $provisions ->
        [one] { $provisions } положение
        [few] { $provisions } положения
        [many] { $provisions } положений
       *[other] { $provisions } положения
    }: согласовано { $percent } % (согласовано: { $agreed }; согласовано ad referendum: { $agreed-ad-referendum }; неофициально согласовано: { $informally-agreed }; на рассмотрении: { $pending })
report-blocked = { $provision } блокируется: против — { $parties }
report-near-consensus = { $provision } — близко к консенсусу: осталось убедить { $count ->
        [one] { $count } сторону
        [few] { $count } стороны
        [many] { $count } сторон
       *[other] { $count } стороны
    }
report-reservations = { $party }: { $count ->
        [one] { $count } оговорка
        [few] { $count } оговорки
        [many] { $count } оговорок
       *[other] { $count } оговорки
    }
report-pending-clearance = { $provision }: { $party } ожидает одобрения своей столицы
report-matrix-heading = Позиции
report-column-provision = Положение
report-column-status = Статус
report-stance-none = —
report-stance = { $stance ->
        [supports] Поддерживает
        [opposes] Возражает
        [proposes-amendment] Поправка
        [reservation] Оговорка
        [flexible] Проявляет гибкость
       *[no-instructions] Нет инструкций
    }{ $group ->
        [yes] {" "}(группа)
       *[no] {""}
    }

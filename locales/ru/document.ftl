# Слова самого текста: виды соглашений и положений, а также обозначения,
# которыми нумеруются положения. Общие для интерфейса и экспорта.

agreement-kind-treaty = Договор
agreement-kind-framework-agreement = Рамочное соглашение
agreement-kind-memorandum-of-understanding = Меморандум о взаимопонимании
agreement-kind-joint-declaration = Совместная декларация

provision-kind-recital = Пункт преамбулы
provision-kind-part = Часть
provision-kind-chapter = Глава
provision-kind-article = Статья
provision-kind-paragraph = Пункт
provision-kind-subparagraph = Подпункт
provision-kind-annex = Приложение

# Отображаемые номера. $n — порядковый номер, $roman и $letter — тот же номер
# римскими цифрами и буквой; каждый язык выбирает свою форму записи.
provision-label-recital = Пункт преамбулы { $n }
provision-label-part = Часть { $roman }
provision-label-chapter = Глава { $roman }
provision-label-article = Статья { $n }
provision-label-paragraph = Пункт { $n }
provision-label-subparagraph = Подпункт ({ $letter })
provision-label-annex = Приложение { $roman }

preamble = Преамбула

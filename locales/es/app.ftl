# La interfaz de escritorio.

app-name = Entente
app-tagline = Acuerdos de cooperación sobre IA en el ámbito de la salud
banner-dismiss = Cerrar
    .aria-label = Cerrar este mensaje
dialog-cancel = Cancelar
dialog-close = Cerrar
author-unknown = Sin delegación definida

## La delegación de este equipo (preferencias)

delegation-button = Delegación: { $delegation }
delegation-button-unset = Definir su delegación
preferences-heading = Preferencias
preferences-delegation = Su delegación
preferences-delegation-hint = Se registra como autora de todos los cambios hechos en este equipo, por ejemplo «Kenya» o «Secretaría».
preferences-save = Guardar preferencias
preferences-interface-language = Idioma de la interfaz
preferences-interface-language-hint = El idioma de los menús y los mensajes. Los idiomas de cada acuerdo se eligen en el propio acuerdo.
preferences-pseudo-languages = Para desarrolladores
preferences-pseudo-accented = Pseudoidioma, con acentos y más largo
preferences-pseudo-right-to-left = Pseudoidioma, de derecha a izquierda

## Traducciones: el estado de cada idioma y los archivos propios de un traductor

translations-button = Traducciones
translations-heading = Traducciones
translations-column-language = Idioma
translations-column-messages = Mensajes de la interfaz
translations-column-own-files = Sus archivos
translations-column-templates = Plantillas de cláusulas
translations-templates-current = Todas al día
translations-templates = Faltan: { $missing } · desactualizadas: { $stale }
translations-messages = { $percent } % ({ $translated } de { $total })
translations-own-files = { $count ->
        [0] Ninguno
        [one] Un archivo
        [many] { $count } de archivos
       *[other] { $count } archivos
    }
translations-folder = Para modificar una traducción sin volver a compilar Entente, coloque archivos .ftl en { $folder }, en una carpeta con el código del idioma (por ejemplo, fr). Prevalecen sobre los mensajes integrados; lo que no contengan se mantiene como en los mensajes integrados.
translations-reload = Recargar traducciones
translations-reloaded = Traducciones recargadas.
translations-problems-heading = Problemas en sus archivos de traducción
translations-problems-hint = Un mensaje con un error conserva su texto integrado hasta que se corrija el archivo.
translations-no-problems = Sus archivos de traducción no tienen errores.
terms-heading = Base terminológica
terms-language = Idioma de los términos mostrados
terms-hint = Los términos clave que escribe la biblioteca de cláusulas, tal como los escribe el uso de las Naciones Unidas; las verificaciones de las plantillas y de las traducciones someten los textos a ellos. Para añadir o cambiar términos, coloque en { $folder } un archivo con el nombre del idioma (por ejemplo, es.tsv): un concepto, el término, las variantes que no deben escribirse y la fuente, separados por tabuladores.
terms-column-english = Inglés
terms-column-term = Término
terms-column-avoid = No escribir
terms-column-source = Fuente
translations-banner = { $count ->
        [one] Un archivo de traducción tiene un error
        [many] Los archivos de traducción tienen { $count } de errores
       *[other] Los archivos de traducción tienen { $count } errores
    }: { $first }

## Copias de seguridad: copias de la base de datos y restauración de una de ellas

backups-button = Copias de seguridad
backups-heading = Copias de seguridad
backups-hint = Copias de la base de datos en este equipo, en { $folder }. Entente hace una cada día mientras la aplicación está abierta (se conservan las siete últimas) y otra antes de cada actualización.
backups-now = Hacer una copia de seguridad ahora
backups-made = Copia de seguridad guardada como { $name }.
backups-none = Aún no hay copias de seguridad.
backups-column-when = Hecha el
backups-column-why = Motivo
backups-column-size = Tamaño
backups-size = { $kilobytes } KB
backups-reason-upgrade = Antes de una actualización
backups-reason-daily = Diaria
backups-reason-manual = Manual
backups-reason-before-restore = Antes de una restauración
backups-choose = Elija la copia que desea restaurar.
backups-restore = Restaurar la copia elegida
backups-restore-confirm = ¿Poner la copia hecha el { $when } en lugar de la base de datos? Se sustituirá lo que se haya modificado desde entonces. Antes se hace una copia de seguridad de la base de datos tal como está ahora, por lo que esta operación puede deshacerse.
backups-restore-yes = Sí, restaurarla
backups-restored = Se ha restaurado la copia hecha el { $when }. La base de datos tal como estaba se conserva como copia de seguridad hecha antes de la restauración.

## Inicio

startup-error-heading = Entente no pudo abrir su base de datos
startup-error-help = No se ha modificado nada. Inicie Entente con otro directorio de datos (--data-dir DIR o la variable de entorno ENTENTE_DATA_DIR) o traslade el archivo a otro lugar.

## Acuerdos

agreements-heading = Acuerdos
agreements-empty = Aún no hay acuerdos.
new-agreement = Nuevo acuerdo
start-heading = Redacte acuerdos de cooperación sobre IA en el ámbito de la salud
start-empty = Cree un nuevo acuerdo: dele un título, elija los idiomas de la negociación y marque los auténticos. Después, elabore su texto disposición por disposición y registre las Partes presentes en la mesa.
start-choose = Elija un acuerdo de la lista o cree uno nuevo.
start-sample = Abrir una negociación de ejemplo
start-sample-hint = El ejemplo es un acuerdo marco sobre IA para la salud negociado por doce Estados, en francés e inglés, con posiciones, estados y dos revisiones.
agreement-languages = Idiomas de la negociación
agreement-meta = { $kind }
agreement-meta-with-symbol = { $symbol } · { $kind }
language-chip-title = { $language }{ $authentic ->
        [true] , auténtico
       *[false] {""}
    }{ $working ->
        [true] , idioma de trabajo
       *[false] {""}
    }
language-authentic = auténtico
language-working = idioma de trabajo
language-missing = sin texto

new-agreement-heading = Nuevo acuerdo
agreement-details-heading = Datos del acuerdo
agreement-details-save = Guardar datos
agreement-details-edit = Modificar datos
new-agreement-create = Crear acuerdo
new-agreement-title-working = Título en { $language } (idioma de trabajo)
new-agreement-title-in = Título en { $language } (opcional)
new-agreement-kind = Tipo de instrumento
new-agreement-symbol = Signatura del documento
new-agreement-symbol-input =
    .placeholder = AI-HEALTH/2026/1
new-agreement-symbol-hint = Tal como figurará en todas las versiones lingüísticas.
new-agreement-languages = Idiomas de la negociación
new-agreement-column-include = Incluir
new-agreement-column-language = Idioma
new-agreement-column-authentic = Auténtico
new-agreement-authentic-label = El texto en { $language } es auténtico
new-agreement-add-language = Añadir otro idioma…
new-agreement-working-language = Idioma de trabajo

## Pestañas de un acuerdo abierto

tab-text = Texto
tab-parties = Partes ({ $count })
tab-versions = Versiones

## El texto: estructura, editor, historial

structure-heading = Estructura
structure-empty = El texto está vacío. Añada un considerando del preámbulo, un capítulo o un artículo con los botones de arriba.
structure-empty-version = Esta versión no tenía texto.
add-toolbar = Añadir una disposición
add-label = Añadir
add-recital = Considerando
    .title = Añadir un considerando del preámbulo
add-part = Parte
    .title = Añadir una parte
add-chapter = Capítulo
    .title = Añadir un capítulo
add-section = Sección
    .title = Añadir una sección (un título sobre artículos o párrafos)
add-article = Artículo
    .title = Añadir un artículo (después del seleccionado o dentro del capítulo seleccionado)
add-paragraph = Párrafo
    .title = Añadir un párrafo al artículo seleccionado
add-subparagraph = Apartado
    .title = Añadir un apartado al párrafo seleccionado
add-point = Inciso
    .title = Añadir un inciso al apartado seleccionado
add-annex = Anexo
    .title = Añadir un anexo
numbering-label = Numeración
numbering-counted = Numerado a continuación
numbering-unnumbered = Sin número
numbering-inserted = A continuación del anterior (bis, ter)
missing-languages = Aún no hay texto en { $languages }
deleted-heading = Disposiciones suprimidas

editor-empty = Seleccione una disposición en la estructura para modificar su texto, o añada una.
editor-empty-version = Seleccione una disposición para leer su texto tal como figuraba en esta versión.
editor-heading-label = Epígrafe en { $language }
editor-body-label = Texto en { $language }
editor-other-language = Idioma mostrado junto al idioma de trabajo
editor-unsaved = Cambios sin guardar
editor-deleted = Esta disposición se ha suprimido. Se conserva en el historial y puede restablecerse en el lugar que ocupaba.
save-text = Guardar
    .title = Guardar el texto en todos los idiomas mostrados (Ctrl+S)
restore = Restablecer
delete-provision = Suprimir
    .title = Suprimir esta disposición (se conserva en el historial y puede restablecerse)
move-up = Subir
    .title = Subir (Alt+↑ en la estructura)
move-down = Bajar
    .title = Bajar (Alt+↓ en la estructura)
move-to-label = Trasladar a…
move-to-placeholder = Trasladar a…
move-to-top = El nivel superior del texto
move-into = Trasladar

history-heading = Historial
history-empty = Seleccione una disposición para ver todos los cambios realizados en ella.
history-created = Creada
history-text-changed = Texto modificado
history-moved = Trasladada
history-deleted = Suprimida
history-restored = Restablecida

## Partes

parties-heading = Partes, observadores y grupos
parties-empty = Aún no hay Partes. Añada los Estados y las organizaciones presentes en la mesa, y los grupos que hablan en nombre de varios de ellos.
party-name-in = Nombre en { $language }
party-kind = Tipo
party-kind-state = Estado
party-kind-organisation = Organización
party-kind-group = Grupo
party-role = Función
party-role-party = Parte
party-role-observer = Observador
party-members = Miembros
party-members-empty = Aún no hay miembros
party-members-none = Añada primero Estados u organizaciones; un grupo los enumera como sus miembros.
party-members-save = Guardar miembros
party-actions = Acciones
party-remove = Quitar
party-remove-label = Quitar { $name }
party-add-heading = Añadir una Parte
party-add = Añadir Parte

## Versiones

versions-heading = Versiones con nombre
versions-loading = Cargando…
versions-empty = Aún no hay versiones con nombre. Guarde una para fijar todo el texto tal como está ahora.
version-save-heading = Guardar una versión
version-save-hint = Una versión con nombre conserva todo el texto tal como está ahora, en todos los idiomas. Puede abrirse más adelante, en modo de solo lectura.
version-name = Nombre
version-name-input =
    .placeholder = Rev.1
version-save = Guardar versión
version-column-name = Versión
version-column-saved = Guardada
version-column-author = Autor
version-open = Abrir
version-reading = Está leyendo { $name }, guardada el { $date } por { $author }. Este texto es de solo lectura.
version-back = Volver al texto actual

## Negociación: estado y posiciones

status-pending = Pendiente
status-informally-agreed = Acordada oficiosamente
status-agreed-ad-referendum = Acordada ad referendum
status-agreed = Acordada
status-label = Nuevo estado
status-note-input =
    .placeholder = Objeción o nota (opcional)
    .aria-label = Objeción o nota registrada con el cambio
status-change = Cambiar estado
history-status-changed = Estado modificado
history-status-change = { $before } → { $after }

positions-heading = Posiciones de las Partes
positions-no-parties = Añada las Partes en la pestaña Partes para registrar sus posiciones.
positions-column-party = Parte
positions-column-stance = Posición
positions-column-detail = Detalles
positions-column-recorded = Registrada
positions-through-group = por conducto de { $group }
positions-party = Parte o grupo
positions-stance = Posición
positions-amendment = Redacción propuesta
positions-clearance = Confirmación ad referendum
positions-cleared-on = Confirmada el
positions-note = Nota
positions-record = Registrar posición
stance-none = No registrada
stance-supports = Apoya
stance-opposes = Se opone
stance-proposes-amendment = Propone una enmienda
stance-reservation = Reserva
stance-flexible = Flexible
stance-no-instructions = Aún sin instrucciones
clearance-none = No necesaria
clearance-pending-capital = Pendiente de la capital
clearance-cleared = Confirmada
clearance-cleared-on = Confirmada por la capital el { $date }

## La matriz

tab-matrix = Matriz
matrix-heading = Posiciones, disposición por disposición
matrix-progress-heading = Avance
matrix-progress = { $provisions ->
        [one] Acordado el { $percent } % de la única disposición
        [many] Acordado el { $percent } % de { $provisions } de disposiciones
       *[other] Acordado el { $percent } % de { $provisions } disposiciones
    }
matrix-status-count = { $status }: { $count }
matrix-blocked-heading = Bloqueadas
matrix-blocked = { $provision }: oposición de { $parties }
matrix-blocked-none = No hay nada bloqueado.
matrix-parties-and-more = { $parties } y { $count ->
        [one] una más
       *[other] { $count } más
    }
matrix-more = { $count ->
        [one] y una más
       *[other] y { $count } más
    }
matrix-near-heading = Más cerca del consenso
matrix-near = { $provision }: { $count ->
        [0] cuenta con el apoyo de todas las Partes
        [one] queda una Parte por convencer
        [many] quedan { $count } de Partes por convencer
       *[other] quedan { $count } Partes por convencer
    }
matrix-near-all-agreed = Todas las disposiciones están acordadas.
matrix-near-no-support = Ninguna disposición cuenta aún con el apoyo de ninguna Parte.
matrix-reservations-heading = Más reservas
matrix-reservations = { $party }: { $count ->
        [one] una reserva
        [many] { $count } de reservas
       *[other] { $count } reservas
    }
matrix-reservations-none = No se ha registrado ninguna reserva.
matrix-clearances-heading = A la espera de las capitales
matrix-clearance = { $provision }: { $party }
matrix-clearances-none = Ninguna confirmación pendiente.
matrix-filter-status = Estado
matrix-filter-all-statuses = Todos los estados
matrix-filter-chapter = Capítulo
matrix-filter-all-chapters = Todo el texto
matrix-filter-parties = Partes
matrix-filter-all-parties = Todas las Partes
matrix-filter-groups = Miembros de un grupo
matrix-filter-one-party = Una Parte
matrix-column-provision = Disposición
matrix-empty = Ninguna disposición ni Parte coincide con estos filtros.
matrix-legend = Leyenda
matrix-symbol-supports = ✓
matrix-symbol-flexible = ≈
matrix-symbol-proposes-amendment = E
matrix-symbol-reservation = R
matrix-symbol-opposes = ✗
matrix-symbol-no-instructions = ?
matrix-through-group = por medio de un grupo
matrix-symbol-none = ·

## La capa privada

private-heading = Notas privadas
private-badge = Solo en este equipo
private-hint = Posiciones de repliegue, líneas rojas y notas de su delegación. Nunca figuran en ninguna exportación, informe, versión ni archivo enviado a terceros.
private-kind = Tipo de nota
private-text = Texto de la nota
private-kind-fallback = Posición de repliegue
private-kind-red-line = Línea roja
private-kind-note = Nota
private-empty = No hay notas privadas sobre esta disposición.
private-add = Añadir nota privada
private-remove = Eliminar

## Comparación de versiones

compare-heading = Comparar dos estados del texto
compare-from = De
compare-to = A
compare-current = Texto actual
compare-button = Comparar
compare-nothing = Los dos textos son idénticos.
compare-summary = { $changed ->
        [one] Una disposición modificada
        [many] { $changed } de disposiciones modificadas
       *[other] { $changed } disposiciones modificadas
    }; { $unchanged } sin cambios.
compare-was = { $label } (antes { $previous })
compare-change-added = Añadida
compare-change-deleted = Suprimida
compare-change-amended = Modificada
compare-change-moved = Trasladada o renumerada
compare-change-status-changed = Estado modificado
compare-change-restored = Restablecida
compare-option-added = Opción { $n } propuesta
compare-option-amended = Opción { $n } modificada
compare-option-withdrawn = Opción { $n } retirada
matrix-chart-heading = Texto acordado a lo largo del tiempo
matrix-chart-label = Proporción del texto acordada, día a día, hasta el { $day }: { $percent } %
editor-text-in-parts = El texto de este artículo figura en sus párrafos: seleccione uno en la estructura para modificarlo.

## Opciones

options-heading = Opciones
options-none = No hay redacciones alternativas: el texto anterior es el único sobre la mesa.
option-label = Opción { $n }
option-withdrawn-label = Opción retirada
option-proposed-by = propuesta por { $parties }
option-unattributed = sin atribuir
option-text-label = Redacción en { $language }
option-save = Guardar redacción
option-withdraw = Retirar
option-add-summary = Añadir una opción
option-new-text = Redacción en { $language }
option-proposers-legend = Propuesta por
option-add = Añadir opción
positions-preferred = Opción preferida
positions-no-preference = Sin preferencia
positions-prefers = prefiere la opción { $n }
positions-option-stances = Posición sobre cada opción
positions-option-stance-none = No indicada
positions-option-stance = Opción { $n }: { $stance }
history-option-added = Opción añadida
history-option-changed = Redacción de la opción modificada
history-option-withdrawn = Opción retirada
editor-bracket = ⟦ Corchetes ⟧
    .title = Marcar las palabras seleccionadas como aún no acordadas
editor-bracket-proposer = Proponente del texto entre corchetes
editor-bracket-unattributed = Sin atribuir
brackets-legend = Texto entre corchetes y quién lo propuso
brackets-proposed-by = propuesto por { $parties }
brackets-unattributed = sin atribuir

## Declaraciones

statements-heading = Declaraciones
statements-none = No se ha registrado ninguna declaración sobre esta disposición.
statement-add-summary = Registrar una declaración
statement-party = Parte o grupo
statement-day = Formulada el
statement-kind = Constancia
statement-kind-summary = Resumida
statement-kind-verbatim = Literal
statement-text = Lo que se dijo
statement-source = Fuente
statement-source-input =
    .placeholder = Tercer período de sesiones, segunda sesión
statement-add = Registrar declaración
statement-meta = { $day } · { $kind }
statement-meta-source = { $day } · { $kind } · { $source }

## Exportación

export-button = Exportar
export-dialog-heading = Exportar el acuerdo
export-languages = Idiomas
export-renderings = Presentaciones del texto
export-rendering-clean = Texto limpio (la redacción acordada)
export-rendering-bracketed = Texto entre corchetes, con quién propuso qué
export-rendering-compilation = Compilación de todas las opciones y enmiendas
export-rendering-parallel = Texto paralelo, el primer idioma frente a cada uno de los demás
export-rendering-report = Informe de la negociación (matriz y resumen)
export-formats = Formatos
export-format-md = Markdown
export-format-html = HTML
export-format-docx = Word (.docx)
export-draft = Borrador: exportar el texto limpio antes de que sea definitivo, con cada punto pendiente señalado
export-place = Hecho en (lugar)
export-date = Hecho el (fecha)
export-folder = Carpeta
export-folder-hint = Los archivos se escriben en esta carpeta, con un manifest.json que enumera cada uno de ellos y su SHA-256.
export-final-ready = El texto limpio es definitivo: todas las disposiciones están acordadas, sin opciones ni corchetes, en todos los idiomas auténticos.
export-not-final-heading = { $count ->
        [one] Un problema impide que el texto limpio sea definitivo
       *[other] { $count } problemas impiden que el texto limpio sea definitivo
    }
export-not-final-hint = No se puede exportar un texto limpio definitivo hasta que se resuelvan; un borrador puede exportarse ya.
export-submit = Exportar
export-writing = Escribiendo los archivos…
export-done = { $count ->
        [one] Se ha escrito un archivo en { $folder }
       *[other] Se han escrito { $count } archivos en { $folder }
    }
export-open-folder = Abrir la carpeta

## La biblioteca de cláusulas

library-button = + Desde la biblioteca
library-heading = Biblioteca de cláusulas
library-search = Buscar cláusulas
library-category = Categoría
library-all-categories = Todas las categorías
library-empty = No hay ninguna cláusula que coincida.
library-choose = Elija una cláusula para verla y completar sus valores.
library-version = Versión { $version } · disponible en { $languages ->
        [one] un idioma de este acuerdo
       *[other] { $languages } idiomas de este acuerdo
    }
library-variable = { $name }
library-variable-optional = { $name } (opcional)
library-no-party = Ninguna
library-text-per-language = En cada idioma
library-preview = Vista previa en
library-language = Idioma de la vista previa
library-insert = Insertar la cláusula
library-write-again = Volver a redactar la cláusula
template-origin = De la biblioteca de cláusulas: { $template }, versión { $version }
template-modified = Su texto se ha modificado después a mano; volver a redactarla con nuevos valores sustituye esas modificaciones.
template-change-values = Cambiar sus valores
library-problems = { $count ->
        [one] No se pudo cargar una plantilla de cláusula
       *[other] No se pudieron cargar { $count } plantillas de cláusulas
    }
library-house = Las plantillas de cláusulas propias de una secretaría se colocan en { $folder }, una carpeta por cláusula; aparecen aquí junto a las integradas en Entente.
template-category-preamble = Preámbulo
template-category-general = Disposiciones generales
template-category-data = Datos de salud
template-category-standards = Normas y rendición de cuentas
template-category-capacity = Creación de capacidad e innovación
template-category-governance = Gobernanza y salvaguardias
template-category-institutional = Instituciones y financiación
template-category-final = Cláusulas finales

## Crear un acuerdo a partir de un modelo de acuerdo

kit-button = Partir de un modelo de acuerdo
kit-heading = Crear un acuerdo a partir de un modelo de acuerdo
kit-hint = Un modelo de acuerdo compone un acuerdo completo a partir de la biblioteca de cláusulas, en los seis idiomas de las Naciones Unidas: el preámbulo, los capítulos y artículos, y las cláusulas finales. Todas las cláusulas pueden modificarse después.
kit-choice = Modelo de acuerdo
kit-title = Título
kit-symbol = Signatura del documento (opcional)
kit-parties = Partes
kit-parties-hint = Un Estado por línea, con el nombre que tenga en el idioma de trabajo.
kit-start = Crear el acuerdo

## Exchange: agreements and positions carried between machines as files

exchange-button = Enviar como archivo
exchange-dialog-heading = Enviar como archivo
exchange-what = Qué enviar
exchange-what-bundle = El acuerdo completo (expediente de acuerdo), para abrirlo en otro equipo
exchange-what-packet = Las posiciones de una Parte (paquete de posiciones), para que la secretaría las integre
exchange-party = Parte
exchange-path = Archivo que se escribirá
exchange-private-hint = Las notas privadas, las posiciones de repliegue y las líneas rojas nunca salen de este equipo: ningún archivo creado aquí las contiene.
exchange-submit = Escribir el archivo
exchange-bundle-written = Expediente de acuerdo escrito: { $path }
exchange-packet-written = Paquete de posiciones escrito: { $path } (posiciones sobre { $count ->
        [one] una disposición
       *[other] { $count } disposiciones
    })
import-button = Importar…
import-dialog-heading = Importar
import-kind = Qué importar
import-kind-bundle = Un expediente de acuerdo (.entente)
import-kind-packet = El paquete de posiciones de una delegación (.positions)
import-kind-text = El texto de un acuerdo: un documento de Word (.docx), Markdown o texto plano
import-path = Archivo que se leerá
import-path-hint = La ruta completa del archivo, por ejemplo en una memoria USB: un documento de Word (.docx), o un texto en Markdown o en texto plano.
# The system's file dialogs, opened by the button beside a path.
choose-path = Elegir…
file-dialog-import = Elegir un archivo para importar
file-dialog-export = Elegir la carpeta donde exportar
file-dialog-send = Guardar el archivo que se enviará como
file-dialog-filter-import = Expedientes de acuerdo, paquetes de posiciones y textos de acuerdos
import-language = Idioma del texto
import-title = Título, si el texto no empieza por uno
import-submit = Importar
import-unplaced-heading = { $unit ->
        [paragraph] { $count ->
            [one] Un párrafo no encaja en ningún lugar de un acuerdo:
            [many] { $count } de párrafos no encajan en ningún lugar de un acuerdo:
           *[other] { $count } párrafos no encajan en ningún lugar de un acuerdo:
        }
       *[line] { $count ->
            [one] Una línea no encaja en ningún lugar de un acuerdo:
            [many] { $count } de líneas no encajan en ningún lugar de un acuerdo:
           *[other] { $count } líneas no encajan en ningún lugar de un acuerdo:
        }
    }
import-unplaced-line = { $unit ->
        [paragraph] Párrafo
       *[line] Línea
    } { $line }: { $words }
import-open-agreement = Abrir el acuerdo
import-keep-unplaced = Conservar lo que no encaja en ningún lugar, como párrafos sin numerar donde figura
import-accept-changes = Dar por aceptados los cambios registrados (control de cambios) de un documento de Word (sin esta opción, se rechaza todo documento que contenga cambios registrados)
import-word-comments = { $count ->
        [one] Se ha omitido un comentario del documento.
        [many] Se han omitido { $count } de comentarios del documento.
       *[other] Se han omitido { $count } comentarios del documento.
    }
import-word-changes = { $count ->
        [one] Se ha dado por aceptado un cambio registrado.
        [many] Se han dado por aceptados { $count } de cambios registrados.
       *[other] Se han dado por aceptados { $count } cambios registrados.
    }
import-read = Leer el texto
import-confirm = Importar
import-found-heading = Contenido del texto
import-found-title = Título: { $words }
import-found-symbol = Signatura: { $words }
import-found-kind = Tipo: { $words }
import-found-front-matter = Encabezamiento: { $words }
import-found-opening = Comienzo del preámbulo: { $words }
import-found-closing-line = Fin del preámbulo: { $words }
import-found-closing = Fórmula final: { $words }
import-found-count = { $kind }: { $count }
import-found-headings = Primeros epígrafes
import-found-nothing = No se ha encontrado ninguna disposición en este texto.
import-unplaced-refused = Marque «Conservar lo que no encaja en ningún lugar» para importar el texto con esos elementos, o corrija el texto y vuelva a leerlo.
import-alignment-matched = { $count ->
        [one] Una disposición del texto tiene su homóloga en el acuerdo.
        [many] { $count } de disposiciones del texto tienen su homóloga en el acuerdo.
       *[other] { $count } disposiciones del texto tienen su homóloga en el acuerdo.
    }
import-alignment-text-only = Solo en el texto
import-alignment-agreement-only = Solo en el acuerdo; quedarán sin texto en este idioma
import-alignment-line = { $unit ->
        [paragraph] Párrafo
       *[line] Línea
    } { $line }: { $label }
import-pair-with = Asignarla a
import-pair-leave = Ninguna disposición: dejarla fuera
import-into = Dónde importar
import-into-new = Un acuerdo nuevo
import-revision = Como nueva revisión con el nombre
import-revision-hint = Déjelo vacío para incorporar el texto al acuerdo en este idioma; indique un nombre, por ejemplo Rev.3, para leerlo como una nueva revisión del texto del acuerdo.
import-revision-saved = { $name } guardada: { $amended } modificadas, { $added } añadidas, { $moved } trasladadas
import-unmatched-heading = Disposiciones que no figuran en la revisión; se han dejado como estaban, pendientes de que usted las resuelva:
merge-summary = { $party }: { $applied } aplicadas, { $unchanged } sin cambios, { $conflicts } por resolver
merge-applied-heading = Aplicadas
merge-conflicts-heading = Por resolver: el registro de este equipo cambió después de crearse el paquete de posiciones
merge-column-provision = Disposición
merge-column-ours = Aquí
merge-column-theirs = En el paquete de posiciones
merge-take-theirs = Adoptar la de la delegación
merge-recorded = { $by } · { $at }

## Búsqueda en el texto (Ctrl+F)
search-label = Buscar en el texto
search-placeholder = Buscar (Ctrl+F)
search-language = Idioma de la búsqueda
search-all-languages = Todos
search-results = Resultados de la búsqueda
search-none = No se encontró nada.
search-count = { $count ->
    [one] Se encontró un pasaje.
   *[other] Se encontraron { $count } pasajes.
}
search-listed = Se muestran los { $shown } primeros.
search-keys = Intro: siguiente; Mayús+Intro: anterior.
search-in-text = { $citation } — { $language }
search-in-option = { $citation }, opción { $number } — { $language }
search-in-statement = { $citation }, declaración de { $party }
search-in-note = { $citation }, nota privada

## El teclado (F1)
keys-button = Teclado
keys-title = Atajos de teclado
keys-close = Cerrar
keys-help = Esta lista de atajos.
keys-search = Buscar en el texto del acuerdo abierto.
keys-search-results = En el cuadro de búsqueda: el pasaje encontrado siguiente o anterior.
keys-escape = Borrar la búsqueda; cerrar un cuadro de diálogo sin cambiar nada.
keys-save = Guardar el texto que se está editando.
keys-new-paragraph = En cualquier lugar: un nuevo párrafo después del párrafo seleccionado, o en el artículo seleccionado, listo para escribir.
keys-record-position = En cualquier lugar: registrar la posición de una parte sobre la disposición seleccionada.
keys-tree = En la estructura: la disposición siguiente o anterior.
keys-next-provision = En cualquier lugar: la disposición siguiente o anterior.
keys-move = En la estructura: mover la disposición seleccionada hacia abajo o hacia arriba.
keys-zoom = Ampliar la página, reducirla o devolverle su tamaño.
keys-tab = Pasar de un control al siguiente, o volver al anterior.

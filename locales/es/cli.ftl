# La línea de comandos de entente.

cli-about = Entente: redacte acuerdos internacionales de cooperación sobre IA en el ámbito de la salud, sin conexión.
cli-data-dir-help = La carpeta que contiene la base de datos (también ENTENTE_DATA_DIR; por defecto: la carpeta de datos de la aplicación de escritorio).
cli-usage-heading = Uso:
cli-commands-heading = Órdenes:
cli-arguments-heading = Argumentos:
cli-options-heading = Opciones:
cli-help-help = Mostrar esta ayuda.
cli-version-help = Mostrar la versión.
cli-json-help = Imprimir JSON para scripts en lugar de texto.
cli-list-about = Enumerar los acuerdos de este equipo.
cli-show-about = Mostrar un acuerdo: sus datos, su estructura y sus recuentos.
cli-show-id-help = El identificador del acuerdo, tal como lo imprime «entente list».
cli-no-home = este equipo no tiene directorio personal donde guardar los datos
cli-list-empty = Aún no hay acuerdos. Inicie la aplicación de escritorio para redactar uno.
cli-list-line = { $id }  { $title }  [{ $languages }]
cli-list-line-with-symbol = { $id }  { $title }  ({ $symbol })  [{ $languages }]
cli-show-summary = { $title }
    ID: { $id }   Tipo: { $kind }   Signatura: { $symbol }
    Idiomas: { $languages } (* auténtico; idioma de trabajo: { $working })
    { $recitals } considerandos, { $parts } partes, { $chapters } capítulos, { $articles } artículos, { $paragraphs } párrafos
    { $parties } Partes, { $observers } observadores, { $groups } grupos
    Estructura:
cli-sample-about = Crear la negociación de ejemplo (un acuerdo marco sobre IA para la salud, en francés e inglés) e imprimir su identificador.
cli-report-about = El informe de la negociación: la situación del texto y la posición de cada Parte sobre cada disposición.
cli-export-about = Exportar un acuerdo en Markdown o HTML en todos los idiomas de la negociación, con manifest.json; imprime cada archivo escrito.
cli-export-out-help = La carpeta en la que se escribe (se crea si es necesario).
cli-export-lang-help = all (por defecto) o los idiomas que se escriben, por ejemplo en,fr.
cli-export-mode-help = clean (por defecto): el texto acordado; bracketed: corchetes y opciones en su lugar, con quién los propuso; compilation: todas las opciones y enmiendas; parallel: dos idiomas disposición por disposición; report: la matriz y el resumen. Pueden indicarse varios, separados por comas, o all: una sola ejecución los escribe todos.
cli-export-format-help = md (el valor predeterminado), html o docx (Word). Pueden indicarse varios, separados por comas, o all: una sola ejecución los escribe todos.
cli-export-draft-help = Exportar un texto limpio que aún no es definitivo, con cada punto pendiente señalado.
cli-export-place-help = El lugar en que se hace el acuerdo, para la fórmula final.
cli-export-date-help = El día en que se hace (AAAA-MM-DD), para la fórmula final.
cli-import-about = Incorporar un texto existente, con la presentación que usan las secretarías, a partir de un documento de Word (.docx) o de un texto en Markdown o en texto plano: como acuerdo nuevo, como versión de un acuerdo en otro idioma (--into) o como nueva revisión de un acuerdo (--into con --revision). Muestra el identificador del nuevo acuerdo.
cli-import-file-help = El texto que se leerá: un documento de Word (.docx), o un texto en Markdown o en texto plano.
cli-import-lang-help = El idioma en que está escrito, por ejemplo es.
cli-import-title-help = El título, si el texto no empieza por uno.
cli-import-into-help = Un acuerdo que ya está en este equipo (su identificador): el texto se incorpora a él en ese idioma, cada disposición a la del mismo tipo y número; lo que no tiene homólogo se enumera, con el texto y el acuerdo uno junto al otro.
cli-import-revision-help = Con --into: leer el texto como una nueva revisión del acuerdo, guardada como la versión con ese nombre (por ejemplo, Rev.3).
cli-import-keep-help = Conservar lo que no encaja en ningún lugar, como párrafos sin numerar donde figura. Sin esta opción, el texto se rechaza y se enumera lo que no encaja en ningún lugar.
cli-import-preview-help = Limitarse a indicar lo que contiene el texto (datos, disposiciones por tipo, epígrafes, líneas que no encajan en ningún lugar y, con --into, cómo se corresponde con el acuerdo); no se crea nada.
cli-import-pair-help = Con --into: asignar la disposición del texto que empieza en la línea LINE (en un documento de Word, en el párrafo LINE) a la disposición ID del acuerdo (LINE:ID; puede repetirse).
cli-import-accept-changes-help = Dar por aceptados los cambios registrados (control de cambios) de un documento de Word. Sin esta opción, se rechaza todo documento que contenga cambios registrados.
cli-import-paragraph = párrafo { $number }
cli-import-word-comments = { $count ->
        [one] Se ha omitido un comentario del documento.
        [many] Se han omitido { $count } de comentarios del documento.
       *[other] Se han omitido { $count } comentarios del documento.
    }
cli-import-word-changes = { $count ->
        [one] Se ha dado por aceptado un cambio registrado.
        [many] Se han dado por aceptados { $count } de cambios registrados.
       *[other] Se han dado por aceptados { $count } cambios registrados.
    }
cli-import-unplaced = no se pudo ubicar: { $words }
cli-import-kept = se conserva como párrafo sin numerar: { $words }
cli-import-matched = Disposiciones del texto que tienen su homóloga en el acuerdo: { $count }.
cli-import-text-only = solo en el texto, { $unit ->
        [paragraph] párrafo
       *[line] línea
    } { $line }: { $label } { $words }
cli-import-agreement-only = solo en el acuerdo, disposición { $id }: { $label } { $words }
cli-import-preview-title = Título: { $words }
cli-import-preview-symbol = Signatura: { $words }
cli-import-preview-kind = Tipo: { $words }
cli-import-preview-front-matter = Encabezamiento: { $words }
cli-import-preview-opening = Comienzo del preámbulo: { $words }
cli-import-preview-closing-line = Fin del preámbulo: { $words }
cli-import-preview-closing = Fórmula final: { $words }
cli-import-preview-count = { $kind }: { $count }
cli-import-preview-heading = { $unit ->
        [paragraph] párrafo
       *[line] línea
    } { $line }: { $label } { $heading }
cli-import-preview-unplaced = { $unit ->
        [paragraph] El párrafo
       *[line] La línea
    } { $line } no encaja en ningún lugar: { $words }
cli-revision-imported = { $name } guardada: { $amended } modificadas, { $added } añadidas, { $moved } trasladadas.
cli-revision-unmatched = no figura en la revisión, se ha dejado como estaba: { $label } (disposición { $id })
cli-backup-about = Copiar la base de datos en la carpeta de copias de seguridad que está junto a ella, o enumerar las copias (la aplicación también hace una cada día, y Entente una antes de cada actualización).
cli-backup-list-help = Enumerar las copias de seguridad, de la más reciente a la más antigua, en lugar de hacer una.
cli-backup-done = Copia de seguridad guardada en { $path }
cli-backup-none = Aún no hay copias de seguridad.
cli-backup-line = { $taken }  { $reason }  { $kilobytes } KB  { $name }
cli-restore-about = Poner una copia de seguridad en lugar de la base de datos: un nombre de los que muestra «entente backup --list», o la ruta de una copia (por ejemplo, en una memoria USB). Antes se hace una copia de seguridad de la base de datos tal como está.
cli-restore-backup-help = El nombre de la copia de seguridad, o la ruta de una copia.
cli-restore-done = Se ha restaurado { $name }. La base de datos tal como estaba se conserva como { $before }.
cli-bundle-about = Llevar un acuerdo completo a otro equipo en un solo archivo; sus notas privadas se quedan en este equipo.
cli-bundle-export-about = Escribir un acuerdo, con sus versiones, sus Partes y las posiciones compartidas, en un expediente de acuerdo.
cli-bundle-import-about = Crear el acuerdo que contiene un expediente de acuerdo; muestra el identificador del nuevo acuerdo.
cli-bundle-out-help = El expediente de acuerdo que se escribirá.
cli-bundle-file-help = El expediente de acuerdo que se leerá.
cli-bundle-written = Se ha escrito { $path } ({ $bytes } bytes).
cli-packet-about = Las posiciones de una delegación, llevadas a la secretaría en un archivo e integradas allí.
cli-packet-export-about = Escribir las posiciones compartidas de una Parte sobre un acuerdo, con su historial, en un paquete de posiciones.
cli-packet-import-about = Integrar el paquete de posiciones de una delegación en el registro de este equipo; muestra lo que se ha aplicado y cada conflicto.
cli-packet-party-help = La Parte cuyas posiciones se escribirán (su identificador, según entente show --json).
cli-packet-out-help = El paquete de posiciones que se escribirá.
cli-packet-file-help = El paquete de posiciones que se leerá.
cli-packet-take-theirs-help = Disposiciones (identificadores separados por comas) en las que la posición del paquete de posiciones debe sustituir a un registro de este equipo que ha cambiado desde que se creó el paquete.
cli-packet-written = Se ha escrito { $path }: posiciones sobre { $count ->
        [one] una disposición
       *[other] { $count } disposiciones
    }.
cli-packet-merged = { $party }: { $applied } aplicadas, { $unchanged } sin cambios, { $conflicts } por resolver.
cli-packet-applied = aplicada: { $label }
cli-packet-conflict = por resolver: { $label } (disposición { $id }). Aquí: { $ours }. En el paquete de posiciones: { $theirs }. Para adoptar la posición del paquete: --take-theirs { $id }
cli-packet-position = { $stance }{ $noted ->
        [yes] , «{ $note }»
       *[no] {""}
    } (registrada el { $at } por { $by })
cli-check-templates-about = Comprobar las plantillas de cláusulas: manifiestos, etiquetas, variables, formas del plural, la misma estructura en todos los idiomas, traducciones desfasadas. Una línea por problema, en la forma ruta:línea:columna: mensaje.
cli-check-templates-dir-help = Una carpeta que contiene una carpeta por cláusula (por defecto: las plantillas integradas en Entente).
cli-check-locales-about = Comprobar los archivos de traducción antes de devolverlos: sintaxis, mensajes que faltan y obsoletos, variables, formas del plural. Una línea por problema, en la forma ruta:línea:columna: mensaje.
cli-check-locales-dir-help = Una carpeta que contiene una carpeta por idioma (por defecto: las traducciones integradas en Entente).
cli-check-locales-reference-help = El idioma con el que se comparan los demás (por defecto: en).
cli-fix-help = Corregir primero, en los archivos de DIR, la tipografía que se corrige mecánicamente (espacios de no separación del francés, puntuación china y árabe, comillas rusas).
cli-fix-mended = { $count ->
        [one] Se ha corregido un error tipográfico.
       *[other] Se han corregido { $count } errores tipográficos.
    }
cli-report-format-help = md para los archivos de la secretaría (por defecto), json para scripts.

report-heading = Informe de la negociación: { $title }
report-where-heading = Situación del texto
report-progress = { $provisions ->
        [one] Una disposición
        [many] { $provisions } de disposiciones
       *[other] { $provisions } disposiciones
    }: { $percent } % acordado ({ $agreed } acordadas, { $agreed-ad-referendum } acordadas ad referendum, { $informally-agreed } acordadas oficiosamente, { $pending } pendientes)
report-blocked = Bloqueo en { $provision }: oposición de { $parties }
report-near-consensus = { $provision }, cerca del consenso: { $count ->
        [one] queda una Parte por convencer
        [many] quedan { $count } de Partes por convencer
       *[other] quedan { $count } Partes por convencer
    }
report-reservations = { $party } mantiene { $count ->
        [one] una reserva
        [many] { $count } de reservas
       *[other] { $count } reservas
    }
report-pending-clearance = { $provision }: { $party } espera la confirmación de su capital
report-matrix-heading = Posiciones
report-column-provision = Disposición
report-column-status = Estado
report-stance-none = —
report-stance = { $stance ->
        [supports] Apoya
        [opposes] Se opone
        [proposes-amendment] Enmienda
        [reservation] Reserva
        [flexible] Flexible
       *[no-instructions] Sin instrucciones
    }{ $group ->
        [yes] {" "}(grupo)
       *[no] {""}
    }

cli-search-about = Encontrar dónde dice un acuerdo ciertas palabras, en todos los idiomas o en uno, con sus opciones, declaraciones y notas privadas.
cli-search-words-help = Las palabras que se buscan, en su orden; la última puede ser el comienzo de una palabra. No importan las mayúsculas ni los acentos.
cli-search-lang-help = Solo los textos en este idioma (las declaraciones y las notas cuentan siempre).
cli-search-summary = { $total ->
    [0] No se encontró «{ $words }».
    [one] Un pasaje contiene «{ $words }»:
   *[other] { $total } pasajes contienen «{ $words }»:
}
cli-search-shown = Se muestran los { $shown } primeros.
cli-search-in-text = { $citation } — { $language }
cli-search-in-option = { $citation }, opción { $number } — { $language }
cli-search-in-statement = { $citation }, declaración de { $party }
cli-search-in-note = { $citation }, nota privada

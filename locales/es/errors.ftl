# Errores explicados al usuario. Cada identificador de mensaje es "error-" seguido
# del código del error; el código también llega a la interfaz como {code, message}.

error-empty-field = { $field ->
        [title] El título no puede estar vacío: dé al acuerdo un título en su idioma de trabajo.
        [name] El nombre no puede estar vacío: dé a la Parte un nombre en al menos un idioma.
        [languages] Elija al menos un idioma para la negociación.
        [version-name] Dé un nombre a la versión, por ejemplo «Rev.1».
        [amendment] Una enmienda propuesta necesita su redacción.
        [note] Escriba la nota antes de añadirla.
        [option] Una opción necesita su redacción en al menos un idioma.
        [statement] Escriba lo que se dijo.
        [made-on] Indique el día en que se formuló la declaración.
        [cleared-on] Indique el día en que la capital dio su confirmación.
       *[other] Este campo no puede estar vacío.
    }
error-unknown-language = «{ $code }» no es un código de idioma que Entente conozca. Utilice un código ISO 639-1 de dos letras, como en, fr, es, ar, zh o ru.
error-language-not-in-agreement = «{ $code }» no es uno de los idiomas de este acuerdo. Añádalo primero a los idiomas del acuerdo.
error-language-in-use = El texto o los nombres de las Partes de este acuerdo ya están escritos en «{ $code }»: ese idioma no puede quitarse.
error-invalid-value = { $field ->
        [kind] «{ $value }» no es un tipo de acuerdo que Entente conozca.
        [party-kind] «{ $value }» no es un tipo de Parte (Estado, organización o grupo).
        [party-role] «{ $value }» no es una función en la mesa (Parte u observador).
        [provision-kind] «{ $value }» no es un tipo de disposición.
        [languages] El idioma «{ $value }» figura dos veces.
        [members] Solo un grupo puede tener miembros.
        [group] La Parte { $value } no es un grupo.
        [cleared-on] «{ $value }» no es un día pasado escrito AAAA-MM-DD: una confirmación no puede tener fecha futura.
        [status] «{ $value }» no es un estado de una disposición.
        [stance] «{ $value }» no es una posición (apoya, se opone, propone una enmienda, reserva, flexible, aún sin instrucciones).
        [clearance] «{ $value }» no es un estado de confirmación (no necesaria, pendiente de la capital, confirmada).
        [made-on] «{ $value }» no es un día pasado escrito AAAA-MM-DD: una declaración no puede tener fecha futura.
        [preferred-option] La opción preferida debe ser una de las opciones de esta disposición que siguen sobre la mesa.
        [template-variable] «{ $value }» no es una variable de esta cláusula, o su valor no se ajusta a ella (tipo, límites u opciones), o es obligatoria y está vacía.
        [option] Solo puede indicarse una posición una vez sobre cada una de las opciones de esta disposición que siguen sobre la mesa.
       *[other] «{ $value }» no es un valor válido aquí.
    }
error-duplicate-party = Ya hay en este acuerdo una Parte llamada «{ $name }».
error-party-has-positions = { $name } tiene posiciones o propuestas registradas: no se puede quitar una Parte sin borrar parte del historial de la negociación.
error-not-found = { $what ->
        [agreement] El acuerdo { $id } no existe. Ejecute «entente list» para ver los acuerdos de este equipo.
        [provision] La disposición { $id } no existe en este acuerdo.
        [party] La Parte { $id } no existe en este acuerdo.
        [version] La versión { $id } no existe.
        [note] Esta nota ya no existe.
        [option] Esta opción no existe.
       *[other] { $what } { $id } no existe.
    }
error-provision-deleted = Esta disposición, o aquella en la que figura, se ha suprimido, quizá en otra ventana. Restablézcala desde la lista de disposiciones suprimidas antes de modificarla.
error-option-withdrawn = Esta opción se ha retirado; se conserva en el historial, pero ya no puede modificarse ni preferirse.
error-brackets = { $problem ->
        [nested] Los corchetes no pueden anidarse: un ⟦ se abre dentro de otro pasaje entre corchetes
        [unopened] Un ⟧ cierra un corchete que nunca se abrió
        [proposers] Las llaves que siguen inmediatamente a ⟧ deben enumerar los identificadores de las Partes que propusieron las palabras, por ejemplo ⟦…⟧{"{"}3,7{"}"}
        [unknown-proposer] Un pasaje entre corchetes indica como proponente a una Parte que no figura en este acuerdo
       *[unclosed] Un ⟦ nunca se cierra
    } ({ $part ->
        [heading] epígrafe
       *[body] texto
    } en { $language }, línea { $line }, columna { $column }).
error-move-under-itself = Una disposición no puede trasladarse bajo sí misma ni bajo una de sus propias subdivisiones.
error-invalid-placement = { $child ->
        [recital] Un considerando del preámbulo
        [part] Una parte
        [chapter] Un capítulo
        [article] Un artículo
        [paragraph] Un párrafo
        [subparagraph] Un apartado
       *[annex] Un anexo
    } { $placement ->
        [top-level] no puede figurar en el nivel superior del texto.
        [part] no puede colocarse dentro de una parte.
        [chapter] no puede colocarse dentro de un capítulo.
        [article] no puede colocarse dentro de un artículo.
        [paragraph] no puede colocarse dentro de un párrafo.
        [subparagraph] no puede colocarse dentro de un apartado.
        [annex] no puede colocarse dentro de un anexo.
       *[recital] no puede colocarse dentro de un considerando del preámbulo.
    }
error-group-in-group = Un grupo no puede ser miembro de otro grupo.
error-no-data-dir = Este equipo no tiene directorio personal donde guardar los datos de Entente. Inicie Entente con --data-dir DIR o defina ENTENTE_DATA_DIR.
error-no-database = No hay ninguna base de datos de Entente en { $path }. Compruebe el directorio de datos (--data-dir o ENTENTE_DATA_DIR) o inicie una vez la aplicación de escritorio para crear una.
error-not-a-database = { $path } no es una base de datos de Entente (no es un archivo SQLite). Trasládelo a otro lugar o elija otro directorio de datos.
error-database-too-new = { $path } fue escrito por una versión más reciente de Entente (esquema { $found }; esta versión lee hasta el { $supported }). Instale la versión más reciente para abrirlo; no se ha modificado nada.
error-data-dir-not-writable = Entente no puede escribir en el directorio de datos { $path }: { $reason }. Elija otro directorio con --data-dir o ENTENTE_DATA_DIR.
error-database-busy = La base de datos { $path } está ocupada: otra instancia de Entente (la aplicación o una orden) lleva varios segundos escribiendo en ella. Vuelva a intentarlo dentro de un momento; no se ha modificado nada.
error-backup-not-found = No hay ninguna copia de seguridad llamada { $name } en la carpeta de copias de seguridad de este equipo.
error-backup-unreadable = { $path } no es una copia de seguridad que Entente pueda restaurar: no es una base de datos SQLite o está dañada. No se ha modificado nada.
error-not-final = El texto limpio no puede exportarse como definitivo: { $count ->
        [one] queda un problema
       *[other] quedan { $count } problemas
    }. Resuélvalos o exporte un borrador, en el que se señala cada punto pendiente.
export-problem = { $label }: { $problem ->
        [not-agreed] sin acordar aún ({ $status })
        [options] aún tiene opciones
        [brackets] tiene palabras entre corchetes en { $language }
       *[missing-text] no tiene texto en { $language }, que es un idioma auténtico
    }
error-unknown-template = No hay ninguna plantilla de cláusula «{ $id }» en la biblioteca.
error-no-template-folder = { $path } no es una carpeta: check-templates lee una carpeta que contiene una carpeta por cláusula.
error-no-locale-folder = { $path } no es una carpeta de traducciones: check-locales lee una carpeta que contiene una carpeta por idioma (en, fr…), entre ellas la del idioma de referencia.
error-file-too-large = { $path } ocupa { $bytes } bytes, más de lo que puede contener un archivo de intercambio ({ $limit } bytes). No se ha leído y no se ha modificado nada.
error-language-has-text = El acuerdo ya tiene su texto en { $code }: adjuntar este lo sobrescribiría. Para incorporar una nueva versión de ese texto, impórtela como revisión. No se ha modificado nada.
error-no-title = El texto no empieza por su título (una primera línea como «# Acuerdo marco sobre …»). Indique el título: con --title en la línea de comandos, o en el campo «Título» de la ventana Importar. No se ha importado nada.
error-not-placed = { $unit ->
        [paragraph] { $count ->
            [one] Un párrafo de { $path } no encaja en ningún lugar de un acuerdo (se indica más arriba con su número). Importe el documento con la opción «Conservar lo que no encaja en ningún lugar» (--keep-unplaced) para conservarlo como párrafo sin numerar donde figura, o corrija el documento. No se ha importado nada.
           *[other] { $count } párrafos de { $path } no encajan en ningún lugar de un acuerdo (se indican más arriba con sus números). Importe el documento con la opción «Conservar lo que no encaja en ningún lugar» (--keep-unplaced) para conservarlos como párrafos sin numerar donde figuran, o corrija el documento. No se ha importado nada.
        }
       *[line] { $count ->
            [one] Una línea de { $path } no encaja en ningún lugar de un acuerdo (se indica más arriba con su número). Importe el texto con la opción «Conservar lo que no encaja en ningún lugar» (--keep-unplaced) para conservarla como párrafo sin numerar donde figura, o corrija el texto. No se ha importado nada.
           *[other] { $count } líneas de { $path } no encajan en ningún lugar de un acuerdo (se indican más arriba con sus números). Importe el texto con la opción «Conservar lo que no encaja en ningún lugar» (--keep-unplaced) para conservarlas como párrafos sin numerar donde figuran, o corrija el texto. No se ha importado nada.
        }
    }
error-text-too-large = { $path } ocupa { $bytes } bytes: más que cualquier texto de un acuerdo (Entente lee textos de hasta { $limit } bytes). No se ha leído y no se ha modificado nada.
error-empty-text = { $path } no contiene ninguna disposición que Entente pueda leer: ni considerandos, ni artículos, ni párrafos. No se ha importado nada.
error-not-text = { $path } no es un texto en UTF-8 (primer byte que no lo es, contando desde 0: { $offset }). Guárdelo como texto UTF-8 y vuelva a importarlo; no se ha modificado nada.
error-not-a-word-document = { $path } no es un documento de Word (.docx): no es el paquete que guarda Word o no contiene ningún documento. Guárdelo desde su programa de origen como documento de Word (.docx) o como texto y vuelva a importarlo; no se ha modificado nada.
error-word-old-or-protected = { $path } es un documento de Word 97–2003 (.doc) o está protegido con contraseña. Ábralo en Word o LibreOffice, guárdelo como documento de Word (.docx) sin contraseña e importe ese documento; no se ha modificado nada.
error-word-too-large = Una vez abierto, { $path } ocuparía más de { $limit } bytes: mucho más que cualquier acuerdo, por lo que no se ha leído. No se ha modificado nada.
error-exchange-expands-too-large = Una vez abierto, { $path } ocuparía más de { $limit } bytes: mucho más que cualquier acuerdo, por lo que no se ha leído. No se ha modificado nada.
error-word-tracked-changes = { $count ->
        [one] { $path } contiene un cambio registrado. Acéptelo o rechácelo en Word, o importe el documento con la opción «Dar por aceptados los cambios registrados» (--accept-changes). No se ha importado nada.
       *[other] { $path } contiene { $count } cambios registrados. Acéptelos o rechácelos en Word, o importe el documento con la opción «Dar por aceptados los cambios registrados» (--accept-changes). No se ha importado nada.
    }
error-word-damaged = { $path } está dañado y no se puede leer como documento de Word ({ $problem }). Vuelva a solicitarlo, o ábralo en Word y guárdelo de nuevo; no se ha modificado nada.
error-exchange-unreadable = { $path }:{ $line }:{ $column }: { $problem ->
        [truncated] el archivo termina antes de tiempo; probablemente quedó incompleto al copiarse. Pídalo de nuevo
       *[garbled] el archivo está dañado en este punto y no puede leerse. Pídalo de nuevo
    }. No se ha modificado nada.
error-not-an-exchange-file = { $path } no es { $expected ->
        [packet] un paquete de posiciones creado por Entente
       *[bundle] un expediente de acuerdo creado por Entente
    }. No se ha modificado nada.
error-exchange-too-new = { $path } fue creado por una versión más reciente de Entente (formato { $found }; esta versión lee hasta el { $supported }). Instale la versión más reciente para leerlo; no se ha modificado nada.
error-exchange-invalid = { $path }:{ $line }:{ $column }: el archivo no contiene aquí lo que Entente espera, por lo que no se ha importado. Detalles: { $detail }
error-bundle-broken = { $path }: la fila { $row } de «{ $table }» no se ajusta al acuerdo que describe el expediente de acuerdo, por lo que este no se ha importado. Detalles: { $detail }
error-agreement-already-here = Este acuerdo ya está en este equipo, como «{ $title }» (n.º { $id }). Un expediente de acuerdo aporta un acuerdo nuevo; para incorporar las posiciones de una delegación, importe su paquete de posiciones. No se ha modificado nada.
error-packet-agreement-not-here = El paquete de posiciones corresponde a «{ $title }», que no está en este equipo. Importe primero el expediente de ese acuerdo; no se ha modificado nada.
error-packet-party-not-in-agreement = El paquete de posiciones procede de { $name }, que no es Parte en este acuerdo en este equipo: se añadió en la copia a partir de la cual se creó el paquete. No se ha modificado nada.
error-packet-text-not-here = El paquete de posiciones contiene posiciones sobre { $count ->
        [one] una disposición u opción
       *[other] { $count } disposiciones u opciones
    } que esta copia del acuerdo no tiene: se añadieron en la copia a partir de la cual se creó el paquete. Pida a la delegación sus posiciones sobre el texto tal como lo distribuyó la secretaría; no se ha modificado nada.
error-database = La base de datos notificó un error: { $reason }
error-io = No se pudo leer o escribir un archivo: { $reason }
error-window = La ventana no pudo hacerlo: { $reason }
error-corrupt = No se pudieron leer los datos almacenados: { $reason }
error-invalid-request = Entente no pudo leer esta solicitud y no se ha modificado nada. Detalles para un informe de errores: { $detail }

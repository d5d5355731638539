# Las palabras del propio texto: tipos de acuerdo y de disposición, y las
# etiquetas que numeran las disposiciones. Comunes a la interfaz y a las exportaciones.

agreement-kind-treaty = Tratado
agreement-kind-framework-agreement = Acuerdo marco
agreement-kind-memorandum-of-understanding = Memorando de entendimiento
agreement-kind-joint-declaration = Declaración conjunta
agreement-kind-resolution = Resolución

provision-kind-recital = Considerando
provision-kind-part = Parte
provision-kind-chapter = Capítulo
provision-kind-article = Artículo
provision-kind-paragraph = Párrafo
provision-kind-subparagraph = Apartado
provision-kind-annex = Anexo
provision-kind-section = Sección
provision-kind-point = Inciso

# Números que se muestran. $n es el ordinal, y $roman y $letter, el mismo número
# en números romanos y en letras; cada idioma elige la forma que escribe.
provision-label-recital = Considerando { $n }
provision-label-part = Parte { $roman }
provision-label-chapter = Capítulo { $roman }
provision-label-article = Artículo { $n }
provision-label-paragraph = Párrafo { $n }
provision-label-subparagraph = Apartado { $letter })
provision-label-annex = Anexo { $roman }
provision-label-section = Sección { $n }
provision-label-point = Inciso { $small_roman })
provision-label-inserted = { $nth ->
       *[other] { $label } { $latin }
    }

preamble = Preámbulo

## Documentos exportados. Otros programas los leen: solo texto sin formato.

export-facts = { $kind } · { $symbol }
export-notice-draft = Proyecto, no es un texto definitivo: se señalan los pasajes aún no acordados.
export-notice-bracketed = Texto entre corchetes: las palabras entre corchetes aún no están acordadas; las notas finales indican quién las propuso.
export-notice-compilation = Compilación de propuestas: todas las opciones y enmiendas propuestas, disposición por disposición.
export-notice-parallel = Texto paralelo: cada disposición en ambos idiomas, una tras otra.
export-heading = { $label }. { $heading }
export-option = Opción { $n }:
export-amendment = Enmienda propuesta:
export-subparagraph = { $letter })
export-point = { $small_roman })
export-proposed-by = Propuesta por { $parties }.
export-missing-text = Aún no hay texto en este idioma.
export-not-agreed = [Sin acordar aún: { $status }]

## Las fórmulas que enmarcan las disposiciones, según el tipo de instrumento
## ($kind: treaty, framework-agreement, memorandum-of-understanding,
## joint-declaration). Un texto que llegó con sus propias fórmulas las conserva.

# La primera línea del preámbulo: quién habla.
export-preamble-opening = { $kind ->
        [memorandum-of-understanding] Los Participantes,
        [joint-declaration] Nosotros, los abajo firmantes,
        [framework-agreement] Las Partes en el presente Acuerdo,
       *[other] Las Partes en el presente Tratado,
    }
# La línea entre los considerandos y la parte dispositiva.
export-preamble-closing = { $kind ->
        [memorandum-of-understanding] Han llegado al siguiente entendimiento:
        [joint-declaration] Declaramos lo siguiente:
       *[other] Han convenido en lo siguiente:
    }
# El instrumento se nombra a sí mismo con mayúsculas, como en la práctica de las
# Naciones Unidas: «el presente Memorando de Entendimiento», como «el presente
# Acuerdo»; el tipo de instrumento, nombre común, se escribe en minúscula
# (agreement-kind-*: «Memorando de entendimiento», «Acuerdo marco»).
export-testimonium = { $kind ->
        [memorandum-of-understanding] EN TESTIMONIO DE LO CUAL, los infrascritos, debidamente autorizados para ello, han firmado el presente Memorando de Entendimiento.
        [joint-declaration] EN TESTIMONIO DE LO CUAL, los infrascritos han firmado la presente Declaración.
        [framework-agreement] EN TESTIMONIO DE LO CUAL, los infrascritos, debidamente autorizados para ello, han firmado el presente Acuerdo.
       *[other] EN TESTIMONIO DE LO CUAL, los infrascritos, debidamente autorizados para ello, han firmado el presente Tratado.
    }
# $languages: los idiomas auténticos en el orden del español, cada uno como lo
# escribe export-formula-language, unidos con «y».
export-done-at = { $count ->
        [one] Hecho en { $place }, el { $date }, en un solo ejemplar original en idioma { $languages }.
       *[other] Hecho en { $place }, el { $date }, en un solo ejemplar original en los idiomas { $languages }, siendo cada texto igualmente auténtico.
    }
# El nombre de un idioma tal como lo enumera la fórmula final (adjetivo en
# minúscula); $name es su nombre en la interfaz, para un idioma que no tiene
# aquí forma propia.
export-formula-language = { $code ->
        [ar] árabe
        [zh] chino
        [en] inglés
        [fr] francés
        [ru] ruso
        [es] español
       *[other] { $name }
    }
# El orden en que el español enumera los idiomas de las Naciones Unidas
# (orden alfabético de sus nombres): sus códigos.
export-language-order = ar zh es fr en ru
# Los lugares habituales de las conferencias tal como los nombra el español
# ($city: un identificador; $name: el lugar tal como se escribió, para uno que
# no figura en la lista).
export-city = { $city ->
        [geneva] Ginebra
        [new-york] Nueva York
        [vienna] Viena
        [nairobi] Nairobi
        [paris] París
        [rome] Roma
        [bangkok] Bangkok
        [addis-ababa] Addis Abeba
        [santiago] Santiago
        [beirut] Beirut
        [strasbourg] Estrasburgo
        [the-hague] La Haya
        [brussels] Bruselas
        [montreal] Montreal
        [washington] Washington
       *[other] { $name }
    }
# Los mismos lugares nombrados solos, tal como se escriben.
export-city-name = { $city ->
        [geneva] Ginebra
        [new-york] Nueva York
        [vienna] Viena
        [nairobi] Nairobi
        [paris] París
        [rome] Roma
        [bangkok] Bangkok
        [addis-ababa] Addis Abeba
        [santiago] Santiago
        [beirut] Beirut
        [strasbourg] Estrasburgo
        [the-hague] La Haya
        [brussels] Bruselas
        [montreal] Montreal
        [washington] Washington
       *[other] { $name }
    }

## Lectura de textos. Además de las etiquetas anteriores, las otras formas en
## que un texto escribe un encabezado y las palabras que marcan sus partes.
## Una lista separa sus elementos con « | ».

reader-label-article = { $form ->
        [1] Art. { $n }
        [2] Cláusula { $n }
        [3] Artículo { $n }.º
        [4] Artículo { $n ->
                [1] primero
                [2] segundo
                [3] tercero
                [4] cuarto
                [5] quinto
                [6] sexto
                [7] séptimo
                [8] octavo
                [9] noveno
                [10] décimo
               *[other] { $n }
            }
       *[other] Artículo { $n ->
                [1] primero
               *[other] { $n }
            }
    }
reader-label-annex = { $form ->
        [1] Apéndice { $roman }
       *[other] Anexo { $roman }
    }
reader-closing = EN TESTIMONIO DE LO CUAL | Hecho en | Hecha en | Adoptado en | Adoptada en | Firmado en | …sesión plenaria
reader-opening = Los | Las | La | El | Nosotros | Nosotras
reader-front-matter = Distr. | Original: | Tema | período de sesiones | Resolución aprobada por | Decisión aprobada por | Naciones Unidas | Asamblea General | Consejo de Seguridad | Asamblea Mundial de la Salud | Consejo Ejecutivo | Consejo Económico y Social | Consejo de Derechos Humanos | Consejo de Europa | Programa provisional
reader-title-resolution = resolución | decisión
reader-title-memorandum-of-understanding = memorando | memorándum
reader-title-joint-declaration = declaración | comunicado
reader-title-framework-agreement = marco
# Número de página que un texto copiado de un PDF conserva entre sus líneas.
reader-page = Página { $n } de { $count }

# How the provisions of a citation are joined: "Article 12, paragraph 3".
citation-separator = {", "}

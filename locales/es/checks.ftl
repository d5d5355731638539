# Lo que check-locales dice de los archivos de un traductor (y lo que dice la
# aplicación de un archivo de sustitución con errores). Cada mensaje explica un
# problema con palabras de traductor; $id es un identificador de mensaje, y
# $reference, el idioma de referencia (en).

check-warning = advertencia
check-summary = { $languages ->
        [one] Se ha comprobado un idioma
        [many] Se han comprobado { $languages } de idiomas
       *[other] Se han comprobado { $languages } idiomas
    }: { $errors ->
        [one] un error
        [many] { $errors } de errores
       *[other] { $errors } errores
    }, { $warnings ->
        [one] una advertencia
        [many] { $warnings } de advertencias
       *[other] { $warnings } advertencias
    }.
check-templates-summary = { $templates ->
        [one] Se ha comprobado una plantilla
       *[other] Se han comprobado { $templates } plantillas
    }: { $errors ->
        [one] un error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] una advertencia
       *[other] { $warnings } advertencias
    }.
check-unreadable = No se pudo leer este archivo: { $reason }
check-syntax-expected = Fluent esperaba aquí «{ $token }».
check-syntax-expected-name = Aquí se esperaba un nombre que empiece por una letra: un identificador de mensaje, una variable después de $ o una función.
check-syntax-no-value = «{ $id }» no tiene texto: escriba sus palabras después del «=».
check-syntax-missing-value = Aquí se esperaba un valor.
check-syntax-no-default = Esta selección necesita una variante por defecto, marcada con * (por ejemplo, *[other]).
check-syntax-two-defaults = Esta selección tiene dos variantes por defecto: marque solo una con *.
check-syntax-unterminated-string = Este texto entre comillas nunca se cierra: añada la comilla " de cierre.
check-syntax-unbalanced-brace = Esta llave de cierre {"}"} no tiene llave de apertura {"{"}.
check-syntax-escape = «{ $sequence }» no es una secuencia de escape que Fluent conozca.
check-syntax-other = Esto no es Fluent válido: { $detail }
check-duplicate = «{ $id }» se define aquí por segunda vez; solo cuenta la primera definición.
check-duplicate-attribute = «{ $id }» tiene dos veces el atributo .{ $attribute }.
check-missing-file = Falta este archivo: figura en el idioma de referencia ({ $reference }).
check-obsolete-file = Este archivo no figura en el idioma de referencia ({ $reference }) y nunca se lee.
check-missing-message = Falta «{ $id }» en este archivo: figura en el idioma de referencia ({ $reference }).
check-obsolete-message = «{ $id }» ya no figura en el idioma de referencia ({ $reference }).
check-missing-attribute = A «{ $id }» le falta su atributo .{ $attribute }.
check-obsolete-attribute = «{ $id }» tiene un atributo .{ $attribute } que el idioma de referencia no tiene.
check-unknown-variable = «{ $id }» utiliza la variable { "{" } ${ $variable } { "}" }, que el idioma de referencia ({ $reference }) no proporciona: se mostraría como un hueco.
check-dropped-variable = «{ $id }» omite la variable { "{" } ${ $variable } { "}" } que muestra el idioma de referencia ({ $reference }).
check-variant-drops-variable = En «{ $id }», la variante [{ $variant }] no muestra { "{" } ${ $variable } { "}" }.
check-unknown-function = { $function }() no es una función que Entente proporcione (solo NUMBER).
check-plural-categories = «{ $id }» elige según un número, pero le faltan las formas del plural que necesita este idioma: { $missing }.
check-template-syntax = «{ $id }» contiene {"{{"}…{"}}"}: esa es la sintaxis de las plantillas de cláusulas, no la de Fluent (escriba { "{" } $name { "}" }).
check-empty = «{ $id }» está vacío.
check-unknown-reference = «{ $id }» remite a «{ $target }», que no existe en este idioma.
check-cyclic = «{ $id }» remite a sí mismo.
check-too-complex = No se pudo dar formato a «{ $id }»: tiene demasiados marcadores de posición o una selección sin variante por defecto.

## check-templates: lo que falla en una plantilla de cláusula. $variable es el
## nombre de una variable; $language, un código de idioma, y $source, el archivo
## de origen.

check-template-no-manifest = Esta plantilla no tiene template.json.
check-template-manifest = No se puede leer template.json: { $detail }
check-template-id = El identificador debe ser el nombre de la carpeta, «{ $folder }».
check-template-version = La versión debe escribirse MAYOR.MENOR.PARCHE, por ejemplo 1.0.0.
check-template-category = La categoría debe ser una de las siguientes: { $categories }.
check-template-no-source = El idioma de origen no figura entre los idiomas de la plantilla.
check-template-no-options = «{ $variable }» es una selección sin opciones.
check-template-bounds = «{ $variable }» tiene un mínimo superior a su máximo.
check-template-default = El valor por defecto de «{ $variable }» no se ajusta a ella ({ $reason ->
        [out-of-bounds] está fuera de sus límites
        [too-long] es más largo de lo permitido
        [not-a-date] no es un día escrito AAAA-MM-DD
        [not-an-option] no es una de sus opciones
       *[other] no es de su tipo
    }).
check-template-no-title = La plantilla no tiene título en { $language }.
check-template-no-label = «{ $variable }» no tiene etiqueta en { $language } (ni ella ni alguna de sus opciones): el formulario mostraría su nombre sin más.
check-template-missing-file = Falta el texto en { $language } indicado en template.json.
check-template-unclosed-tag = Este {"{{"} nunca se cierra con {"}}"}.
check-template-stray-close = Este {"}}"} no cierra ninguna etiqueta.
check-template-unclosed-block = Este bloque nunca se cierra.
check-template-mismatched-close = Esto cierra un bloque distinto del que está abierto.
check-template-misplaced-else = {"{{"}else{"}}"} solo puede figurar dentro de {"{{"}#if{"}}"}.
check-template-outside-case = Dentro de {"{{"}#alt{"}}"}, todo debe figurar en un {"{{"}#case{"}}"}.
check-template-unknown-tag = Entente no conoce esta etiqueta: { $detail }
check-template-undeclared = «{ $variable }» no está declarada en template.json.
check-template-unused = «{ $variable }» está declarada, pero ningún idioma la utiliza.
check-template-if-not-boolean = {"{{"}#if{"}}"} necesita una variable booleana, y «{ $variable }» no lo es.
check-template-optional-not-optional = {"{{"}#optional{"}}"} necesita una variable opcional, y «{ $variable }» no lo es.
check-template-cases = Los casos de «{ $variable }» deben ser sus opciones, cada una una sola vez: { $options }.
check-template-number-not-integer = {"{{"}{ $tag }{"}}"} necesita un número entero, y «{ $variable }» no lo es.
check-template-plural-forms = Al plural de «{ $variable }» le faltan las formas que necesita este idioma: { $missing }.
check-template-tags-differ = Este idioma no utiliza las mismas variables, bloques y casos que { $source }: { $differences }.
check-template-structure = Este idioma no tiene el mismo epígrafe ni los mismos párrafos y apartados que { $source }.
check-template-stale = El texto en { $language } se tradujo de una versión anterior de { $source }: compárelo con el texto de origen y, después, registre el nuevo hash.
check-template-no-hash = El texto en { $language } no registra el hash del texto de origen del que se tradujo.

check-typography-fr-space = El francés pone aquí un espacio de no separación: antes de ; : ! ? y », después de «. La opción --fix lo inserta.
check-typography-zh-punctuation = El chino escribe puntuación de ancho completo junto a los caracteres chinos: «{ $mend }» aquí.
check-typography-ar-punctuation = El árabe escribe su propia puntuación después de las palabras árabes: «{ $mend }» aquí.
check-typography-ar-tanween = Los textos árabes se escriben sin tanwín fath, como los escribe la base terminológica (وفقا). check --fix lo quita.
check-typography-ru-quotes = El ruso usa comillas angulares: «{ $mend }» aquí.
check-term-avoided = La base terminológica escribe «{ $term }» aquí, y no «{ $found }».
check-term-missing = El texto de origen dice «{ $source }» en esta línea, y este texto nunca escribe su término: «{ $term }».
check-terms-line = Una línea de la base terminológica da al menos un concepto y un término, separados por un tabulador.

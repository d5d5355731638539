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

# Ce que check-locales signale dans les fichiers d’un traducteur (et ce que
# l’application signale d’un fichier de remplacement défectueux). Chaque message
# explique un problème dans des termes parlants pour un traducteur ; $id est un
# identifiant de message, $reference la langue de référence (en).

check-warning = avertissement
check-summary = { $languages ->
        [one] Une langue vérifiée
       *[other] { $languages } langues vérifiées
    } : { $errors ->
        [0] aucune erreur
        [one] une erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [0] aucun avertissement
        [one] un avertissement
       *[other] { $warnings } avertissements
    }.
check-templates-summary = { $templates ->
        [0] Aucun modèle vérifié
        [one] Un modèle vérifié
       *[other] { $templates } modèles vérifiés
    } : { $errors ->
        [0] aucune erreur
        [one] une erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [0] aucun avertissement
        [one] un avertissement
       *[other] { $warnings } avertissements
    }.
check-unreadable = Ce fichier n’a pas pu être lu : { $reason }
check-syntax-expected = Fluent attendait « { $token } » ici.
check-syntax-expected-name = Un nom était attendu ici, commençant par une lettre : un identifiant de message, une variable après $, ou une fonction.
check-syntax-no-value = « { $id } » n’a pas de texte : écrivez son texte après le « = ».
check-syntax-missing-value = Une valeur était attendue ici.
check-syntax-no-default = Ce choix doit avoir une variante par défaut, marquée d’un * (par exemple *[other]).
check-syntax-two-defaults = Ce choix a deux variantes par défaut : n’en marquez qu’une seule d’un *.
check-syntax-unterminated-string = Ce texte entre guillemets n’est jamais fermé : ajoutez le " fermant.
check-syntax-unbalanced-brace = Cette accolade fermante {"}"} n’a pas d’accolade ouvrante {"{"}.
check-syntax-escape = « { $sequence } » n’est pas une séquence d’échappement connue de Fluent.
check-syntax-other = Ce n’est pas du Fluent valide : { $detail }
check-duplicate = « { $id } » est défini une seconde fois ici ; seule la première définition compte.
check-duplicate-attribute = « { $id } » a deux fois l’attribut .{ $attribute }.
check-missing-file = Ce fichier est manquant : il existe dans la langue de référence ({ $reference }).
check-obsolete-file = Ce fichier n’existe pas dans la langue de référence ({ $reference }) et n’est jamais lu.
check-missing-message = « { $id } » manque dans ce fichier : il existe dans la langue de référence ({ $reference }).
check-obsolete-message = « { $id } » n’existe plus dans la langue de référence ({ $reference }).
check-missing-attribute = Il manque à « { $id } » son attribut .{ $attribute }.
check-obsolete-attribute = « { $id } » a un attribut .{ $attribute } que la référence n’a pas.
check-unknown-variable = « { $id } » utilise la variable { "{" } ${ $variable } { "}" }, que la référence ({ $reference }) ne transmet pas : elle laisserait un blanc dans le texte.
check-dropped-variable = « { $id } » omet la variable { "{" } ${ $variable } { "}" } que la référence ({ $reference }) affiche.
check-variant-drops-variable = Dans « { $id } », la variante [{ $variant }] n’affiche pas { "{" } ${ $variable } { "}" }.
check-unknown-function = { $function }() n’est pas une fonction fournie par Entente (seule NUMBER l’est).
check-plural-categories = « { $id } » varie selon un nombre mais il lui manque des formes du pluriel nécessaires à cette langue : { $missing }.
check-template-syntax = « { $id } » contient {"{{"}…{"}}"} : c’est la syntaxe des modèles de clauses, pas celle de Fluent (écrivez { "{" } $name { "}" }).
check-empty = « { $id } » est vide.
check-unknown-reference = « { $id } » renvoie à « { $target } », qui n’existe pas dans cette langue.
check-cyclic = « { $id } » renvoie à lui-même.
check-too-complex = « { $id } » n’a pas pu être mis en forme : il contient trop d’expressions entre accolades ou un choix sans variante par défaut.

## check-templates : ce qui ne va pas dans un modèle de clause. $variable est le
## nom d’une variable, $language un code de langue, $source le fichier source.

check-template-no-manifest = Ce modèle n’a pas de fichier template.json.
check-template-manifest = Le fichier template.json ne peut pas être lu : { $detail }
check-template-id = L’identifiant doit être le nom du dossier, « { $folder } ».
check-template-version = La version doit s’écrire MAJEURE.MINEURE.CORRECTIVE, par exemple 1.0.0.
check-template-category = La catégorie doit être l’une des suivantes : { $categories }.
check-template-no-source = La langue source ne figure pas parmi les langues du modèle.
check-template-no-options = « { $variable } » est un choix sans options.
check-template-bounds = Le minimum de « { $variable } » est supérieur à son maximum.
check-template-default = La valeur par défaut de « { $variable } » ne lui convient pas ({ $reason ->
        [out-of-bounds] hors de ses bornes
        [too-long] plus longue que permis
        [not-a-date] pas une date au format AAAA-MM-JJ
        [not-an-option] pas l’une de ses options
       *[other] pas du type attendu
    }).
check-template-no-title = Le modèle n’a pas de titre en { $language }.
check-template-no-label = « { $variable } » n’a pas de libellé en { $language } (pour elle-même ou pour l’une de ses options) : le formulaire afficherait son nom brut.
check-template-missing-file = Le texte en { $language } indiqué dans template.json est manquant.
check-template-unclosed-tag = Ce {"{{"} n’est jamais fermé par {"}}"}.
check-template-stray-close = Ce {"}}"} ne ferme aucune balise.
check-template-unclosed-block = Ce bloc n’est jamais fermé.
check-template-mismatched-close = Ceci ferme un autre bloc que celui qui est ouvert.
check-template-misplaced-else = {"{{"}else{"}}"} n’a sa place qu’à l’intérieur de {"{{"}#if{"}}"}.
check-template-outside-case = À l’intérieur de {"{{"}#alt{"}}"}, tout doit figurer dans un {"{{"}#case{"}}"}.
check-template-unknown-tag = Cette balise n’est pas connue d’Entente : { $detail }
check-template-undeclared = « { $variable } » n’est pas déclarée dans template.json.
check-template-unused = « { $variable } » est déclarée mais aucune langue ne l’utilise.
check-template-if-not-boolean = {"{{"}#if{"}}"} exige un booléen, et « { $variable } » n’en est pas un.
check-template-optional-not-optional = {"{{"}#optional{"}}"} exige une variable facultative, et « { $variable } » n’est pas facultative.
check-template-cases = Les cas de « { $variable } » doivent être ses options, chacune une seule fois : { $options }.
check-template-number-not-integer = {"{{"}{ $tag }{"}}"} exige un entier, et « { $variable } » n’en est pas un.
check-template-plural-forms = Il manque au pluriel de « { $variable } » des formes nécessaires à cette langue : { $missing }.
check-template-tags-differ = Cette langue n’utilise pas les mêmes variables, blocs et cas que { $source } : { $differences }.
check-template-structure = Cette langue n’a pas le même intitulé, les mêmes paragraphes et les mêmes alinéas que { $source }.
check-template-stale = Le texte en { $language } a été traduit d’une version antérieure de { $source } : vérifiez-le par rapport à la source, puis enregistrez la nouvelle empreinte.
check-template-no-hash = Le texte en { $language } n’indique pas l’empreinte de la source à partir de laquelle il a été traduit.

check-typography-fr-space = Le français met ici une espace insécable : avant le point-virgule, le deux-points, les points d’exclamation et d’interrogation et le guillemet fermant, après le guillemet ouvrant. L’option --fix l’insère.
check-typography-zh-punctuation = Le chinois écrit une ponctuation pleine chasse à côté des caractères chinois : « { $mend } » ici.
check-typography-ar-punctuation = L’arabe écrit sa propre ponctuation après les mots arabes : « { $mend } » ici.
check-typography-ar-tanween = Les textes arabes s’écrivent sans tanwin fath, comme les écrit la base terminologique (وفقا). check --fix le retire.
check-typography-ru-quotes = Le russe emploie les guillemets chevrons : « { $mend } » ici.
check-term-avoided = La base terminologique écrit « { $term } » ici, et non « { $found } ».
check-term-missing = La source écrit « { $source } » à cette ligne, et ce texte n’en écrit jamais le terme : « { $term } ».
check-terms-line = Une ligne de la base terminologique donne au moins un concept et un terme, séparés par une tabulation.

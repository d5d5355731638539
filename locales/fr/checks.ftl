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

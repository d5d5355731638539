greeting = Bonjour, { $name } !
provisions = { $count ->
        [one] Une disposition
       *[other] { $count } dispositions
    }
save = {""}
    .title = Enregistrer le texte

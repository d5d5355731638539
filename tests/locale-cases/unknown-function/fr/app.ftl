greeting = Bonjour, { $name } !
provisions = { $count ->
        [one] Une disposition
       *[other] { $count } dispositions
    }
save = Enregistrer le { DATETIME($day) }
    .title = Enregistrer le texte

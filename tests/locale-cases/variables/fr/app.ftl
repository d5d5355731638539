greeting = Bonjour, { $nom } !
provisions = { $count ->
        [one] Une disposition
       *[other] { $count } dispositions
    }
save = Enregistrer
    .title = Enregistrer le texte

greeting = Bonjour, { $name } !
provisions = { $count ->
        [one] Une disposition
       *[other] plusieurs dispositions
    }
save = Enregistrer
    .title = Enregistrer le texte

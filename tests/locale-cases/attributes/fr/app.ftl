greeting = Bonjour, { $name } !
provisions = { $count ->
        [one] Une disposition
       *[other] { $count } dispositions
    }
save = Enregistrer
    .accesskey = E

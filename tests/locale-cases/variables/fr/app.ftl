greeting = Bonjour, { $nom } !
provisions = { $count ->
        [one] Une disposition
       *[other] { $count } dispositions
    }
save = Enregistrer
    .title = Enregistrer le texte

article = Article { $ordinal }
chapter = Chapitre { $rang }

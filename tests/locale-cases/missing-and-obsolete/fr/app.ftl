greeting = Bonjour, { $name } !
provisions = { $count ->
        [one] Une disposition
       *[other] { $count } dispositions
    }
farewell = Au revoir

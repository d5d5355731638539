greeting = Hello, { $name }!
provisions = { $count ->
        [one] One provision
       *[other] { $count } provisions
    }
save = Save
    .title = Save the text

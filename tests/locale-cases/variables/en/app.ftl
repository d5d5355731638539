greeting = Hello, { $name }!
provisions = { $count ->
        [one] One provision
       *[other] { $count } provisions
    }
save = Save
    .title = Save the text

## Numbered things. $ordinal is the same number in words, for the languages
## that write it so.

# $n is the number.
article = Article { $n }
chapter = Chapter { $n }

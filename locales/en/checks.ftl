# What check-locales says of a translator's files (and the app of a broken
# override). Each message explains one problem in a translator's words;
# $id is a message id, $reference the reference language (en).

check-warning = warning
check-summary = Checked { $languages ->
        [one] one language
       *[other] { $languages } languages
    }: { $errors ->
        [one] one error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] one warning
       *[other] { $warnings } warnings
    }.
check-unreadable = This file could not be read: { $reason }
check-syntax-expected = Fluent expected “{ $token }” here.
check-syntax-expected-name = A name was expected here, starting with a letter: a message id, a variable after $, or a function.
check-syntax-no-value = “{ $id }” has no text: write its words after the “=”.
check-syntax-missing-value = A value was expected here.
check-syntax-no-default = This choice needs a default variant, marked with * (such as *[other]).
check-syntax-two-defaults = This choice has two default variants: mark only one with *.
check-syntax-unterminated-string = This quoted text is never closed: add the closing ".
check-syntax-unbalanced-brace = This closing brace {"}"} has no opening brace {"{"}.
check-syntax-escape = “{ $sequence }” is not an escape Fluent knows.
check-syntax-other = This is not valid Fluent: { $detail }
check-duplicate = “{ $id }” is defined a second time here; the first one counts.
check-duplicate-attribute = “{ $id }” has the attribute .{ $attribute } twice.
check-missing-file = This file is missing: it is in the reference language ({ $reference }).
check-obsolete-file = This file is not in the reference language ({ $reference }) and is never read.
check-missing-message = “{ $id }” is missing from this file: it is in the reference language ({ $reference }).
check-obsolete-message = “{ $id }” is not in the reference language ({ $reference }) any more.
check-missing-attribute = “{ $id }” lacks its attribute .{ $attribute }.
check-obsolete-attribute = “{ $id }” has an attribute .{ $attribute } that the reference does not have.
check-unknown-variable = “{ $id }” uses the variable { "{" } ${ $variable } { "}" }, which the reference ({ $reference }) does not pass: it would show as a gap.
check-dropped-variable = “{ $id }” leaves out the variable { "{" } ${ $variable } { "}" } that the reference ({ $reference }) shows.
check-variant-drops-variable = In “{ $id }”, the variant [{ $variant }] does not show { "{" } ${ $variable } { "}" }.
check-unknown-function = { $function }() is not a function Entente provides (only NUMBER).
check-plural-categories = “{ $id }” chooses by number but lacks the plural forms this language needs: { $missing }.
check-template-syntax = “{ $id }” contains {"{{"}…{"}}"}: that is clause-template syntax, not Fluent (write { "{" } $name { "}" }).
check-empty = “{ $id }” is empty.
check-unknown-reference = “{ $id }” refers to “{ $target }”, which does not exist in this language.
check-cyclic = “{ $id }” refers to itself.
check-too-complex = “{ $id }” could not be formatted: it has too many placeables or a choice without a default.

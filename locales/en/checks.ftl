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
check-templates-summary = Checked { $templates ->
        [one] one template
       *[other] { $templates } templates
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

## check-templates: what is wrong with a clause template. $variable is a
## variable's name, $language a language code, $source the source file.

check-template-no-manifest = This template has no template.json.
check-template-manifest = template.json cannot be read: { $detail }
check-template-id = The id must be the folder's name, “{ $folder }”.
check-template-version = The version must be written MAJOR.MINOR.PATCH, such as 1.0.0.
check-template-category = The category must be one of: { $categories }.
check-template-no-source = The source language is not among the template's languages.
check-template-no-options = “{ $variable }” is a choice without options.
check-template-bounds = “{ $variable }” has a minimum above its maximum.
check-template-default = The default of “{ $variable }” does not fit it ({ $reason ->
        [out-of-bounds] outside its bounds
        [too-long] longer than allowed
        [not-a-date] not a day written YYYY-MM-DD
        [not-an-option] not one of its options
       *[other] not of its type
    }).
check-template-no-title = The template has no title in { $language }.
check-template-no-label = “{ $variable }” has no label in { $language } (for it, or for one of its options): the form would show its bare name.
check-template-missing-file = The { $language } text named in template.json is missing.
check-template-unclosed-tag = This {"{{"} is never closed with {"}}"}.
check-template-stray-close = This {"}}"} closes no tag.
check-template-unclosed-block = This block is never closed.
check-template-mismatched-close = This closes a different block than the one open.
check-template-misplaced-else = {"{{"}else{"}}"} belongs only inside {"{{"}#if{"}}"}.
check-template-outside-case = Inside {"{{"}#alt{"}}"}, everything must be in a {"{{"}#case{"}}"}.
check-template-unknown-tag = This tag is not one Entente knows: { $detail }
check-template-undeclared = “{ $variable }” is not declared in template.json.
check-template-unused = “{ $variable }” is declared but no language uses it.
check-template-if-not-boolean = {"{{"}#if{"}}"} needs a boolean, and “{ $variable }” is not one.
check-template-optional-not-optional = {"{{"}#optional{"}}"} needs an optional variable, and “{ $variable }” is not optional.
check-template-cases = The cases of “{ $variable }” must be its options, each once: { $options }.
check-template-number-not-integer = {"{{"}{ $tag }{"}}"} needs an integer, and “{ $variable }” is not one.
check-template-plural-forms = The plural of “{ $variable }” lacks the forms this language needs: { $missing }.
check-template-tags-differ = This language does not use the same variables, blocks and cases as { $source }: { $differences }.
check-template-structure = This language does not have the same heading, paragraphs and sub-paragraphs as { $source }.
check-template-stale = The { $language } text was translated from an earlier { $source }: check it against the source, then record the new hash.
check-template-no-hash = The { $language } text does not record the hash of the source it was translated from.

# Typography of each language's texts (a --fix mends what is mechanical).
check-typography-fr-space = French puts a no-break space here: before ; : ! ? and », after «. check --fix puts it in.
check-typography-zh-punctuation = Chinese writes full-width punctuation beside Chinese characters: “{ $mend }” here.
check-typography-ar-punctuation = Arabic writes its own punctuation after Arabic words: “{ $mend }” here.
check-typography-ar-tanween = The Arabic texts are written without tanween fath, as the term base writes them (وفقا). check --fix takes it out.
check-typography-ru-quotes = Russian quotes with guillemets: “{ $mend }” here.
check-term-avoided = The term base writes “{ $term }” here, not “{ $found }”.
check-term-missing = The source says “{ $source }” on this line, and this text never writes its term: “{ $term }”.
check-terms-line = A line of the term base needs at least a concept and a term, separated by a tab.

# The words of the text itself: kinds of agreement and of provision, and the
# labels that number provisions. Shared by the interface and the exports.

agreement-kind-treaty = Treaty
agreement-kind-framework-agreement = Framework agreement
agreement-kind-memorandum-of-understanding = Memorandum of understanding
agreement-kind-joint-declaration = Joint declaration
agreement-kind-resolution = Resolution

provision-kind-recital = Recital
provision-kind-part = Part
provision-kind-chapter = Chapter
provision-kind-article = Article
provision-kind-paragraph = Paragraph
provision-kind-subparagraph = Sub-paragraph
provision-kind-annex = Annex
provision-kind-section = Section
provision-kind-point = Point

# Display numbers. $n is the ordinal, $roman and $letter the same number as
# Roman numerals and letters, $ordinal the same number as an ordinal in this
# language's words ("first", 第一: Chinese 第一条); each language picks the
# form it writes.
provision-label-recital = Recital { $n }
provision-label-part = Part { $roman }
provision-label-chapter = Chapter { $roman }
provision-label-article = Article { $n }
provision-label-paragraph = Paragraph { $n }
provision-label-subparagraph = Sub-paragraph ({ $letter })
provision-label-annex = Annex { $roman }
provision-label-section = Section { $n }
provision-label-point = Point ({ $small_roman })
# A provision inserted after another keeps its number and takes a Latin
# adverb: Article 3 bis, Article 3 ter. $nth counts them (1 for bis).
provision-label-inserted = { $nth ->
       *[other] { $label } { $latin }
    }

preamble = Preamble

## Exported documents. Each is read by other programs: plain words only.

export-facts = { $kind } · { $symbol }
export-notice-draft = Draft, not a final text: the places not yet agreed are marked.
export-notice-bracketed = Bracketed text: words in square brackets are not yet agreed; the notes at the end say who proposed them.
export-notice-compilation = Compilation of proposals: every option and proposed amendment, provision by provision.
export-notice-parallel = Parallel text: each provision in both languages, one after the other.
export-heading = { $label } — { $heading }
export-option = Option { $n }:
export-amendment = Proposed amendment:
export-subparagraph = ({ $letter })
export-point = ({ $small_roman })
export-proposed-by = Proposed by { $parties }.
export-missing-text = No text in this language yet.
export-not-agreed = [Not yet agreed: { $status }]

## The formulas around the provisions, by the kind of instrument ($kind:
## treaty, framework-agreement, memorandum-of-understanding,
## joint-declaration). $parties is how many parties sign, for the languages
## whose words agree with two of them (Arabic's dual). A text that came with
## formulas of its own keeps them.

# The preamble's opening line: who speaks.
export-preamble-opening = { $kind ->
        [memorandum-of-understanding] The Participants,
        [joint-declaration] We, the undersigned,
        [framework-agreement] The Parties to this Agreement,
       *[other] The Parties to this Treaty,
    }
# The line between the recitals and the provisions.
export-preamble-closing = { $kind ->
        [memorandum-of-understanding] Have reached the following understanding:
        [joint-declaration] Declare as follows:
       *[other] Have agreed as follows:
    }
export-testimonium = { $kind ->
        [memorandum-of-understanding] IN WITNESS WHEREOF the undersigned, being duly authorized thereto, have signed this Memorandum of Understanding.
        [joint-declaration] IN WITNESS WHEREOF the undersigned have signed this Declaration.
        [framework-agreement] IN WITNESS WHEREOF the undersigned, being duly authorized thereto, have signed this Agreement.
       *[other] IN WITNESS WHEREOF the undersigned, being duly authorized thereto, have signed this Treaty.
    }
# $languages: the authentic languages in this language's order, each as
# export-formula-language writes it, joined with "and".
export-done-at = { $count ->
        [one] Done at { $place }, on { $date }, in the { $languages } language.
       *[other] Done at { $place }, on { $date }, in a single original in the { $languages } languages, each text being equally authentic.
    }
# A language's name as the closing formula lists it; $name is its name in
# the interface, for a language without a form of its own here.
export-formula-language = { $code ->
        [ar] Arabic
        [zh] Chinese
        [en] English
        [fr] French
        [ru] Russian
        [es] Spanish
       *[other] { $name }
    }
# The order in which this language lists the UN languages: their codes.
export-language-order = ar zh en fr ru es
# The usual places of conferences as this language names them ($city: an
# id; $name: the place as typed, for one not listed).
export-city = { $city ->
        [geneva] Geneva
        [new-york] New York
        [vienna] Vienna
        [nairobi] Nairobi
        [paris] Paris
        [rome] Rome
        [bangkok] Bangkok
        [addis-ababa] Addis Ababa
        [santiago] Santiago
        [beirut] Beirut
        [strasbourg] Strasbourg
        [the-hague] The Hague
        [brussels] Brussels
        [montreal] Montreal
        [washington] Washington
       *[other] { $name }
    }
# The same places as named alone, as a user types them.
export-city-name = { $city ->
        [geneva] Geneva
        [new-york] New York
        [vienna] Vienna
        [nairobi] Nairobi
        [paris] Paris
        [rome] Rome
        [bangkok] Bangkok
        [addis-ababa] Addis Ababa
        [santiago] Santiago
        [beirut] Beirut
        [strasbourg] Strasbourg
        [the-hague] The Hague
        [brussels] Brussels
        [montreal] Montreal
        [washington] Washington
       *[other] { $name }
    }

## Reading texts. Besides the labels above, the other ways a text writes a
## heading, and the words that mark its parts. The reader of imported texts
## takes its words from here; a list separates its items with " | ".

# Other forms of a label; $form counts them from 1 (the default is the last).
reader-label-article = { $form ->
        [1] Art. { $n }
        [2] Clause { $n }
       *[other] Article { $n }
    }
reader-label-annex = { $form ->
        [1] Appendix { $roman }
       *[other] Annex { $roman }
    }
# How the closing formula begins.
reader-closing = IN WITNESS WHEREOF | Done at | Done in | Adopted at | Adopted in | Signed at | Signed in | …plenary meeting
# How the preamble's opening line begins: who speaks ("The General Assembly,").
reader-opening = The | We
# Words of the lines before a resolution's title: symbol, distribution, session.
reader-front-matter = Distr. | Original: | Agenda item | session | Resolution adopted by | Decision adopted by | United Nations | General Assembly | Security Council | World Health Assembly | Executive Board | Economic and Social Council | Human Rights Council | Council of Europe | Treaty Series | Provisional agenda
# Words of a title that say what kind of instrument the text is.
reader-title-resolution = resolution | decision
reader-title-memorandum-of-understanding = memorandum
reader-title-joint-declaration = declaration | communiqué | statement
reader-title-framework-agreement = framework
# A page number a text copied out of a PDF keeps between its lines.
reader-page = Page { $n } of { $count }

# How the provisions of a citation are joined: "Article 12, paragraph 3".
citation-separator = {", "}

# The words of the text itself: kinds of agreement and of provision, and the
# labels that number provisions. Shared by the interface and the exports.

agreement-kind-treaty = Treaty
agreement-kind-framework-agreement = Framework agreement
agreement-kind-memorandum-of-understanding = Memorandum of understanding
agreement-kind-joint-declaration = Joint declaration

provision-kind-recital = Recital
provision-kind-part = Part
provision-kind-chapter = Chapter
provision-kind-article = Article
provision-kind-paragraph = Paragraph
provision-kind-subparagraph = Sub-paragraph
provision-kind-annex = Annex

# Display numbers. $n is the ordinal, $roman and $letter the same number as
# Roman numerals and letters; each language picks the form it writes.
provision-label-recital = Recital { $n }
provision-label-part = Part { $roman }
provision-label-chapter = Chapter { $roman }
provision-label-article = Article { $n }
provision-label-paragraph = Paragraph { $n }
provision-label-subparagraph = Sub-paragraph ({ $letter })
provision-label-annex = Annex { $roman }

preamble = Preamble

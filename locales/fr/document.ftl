# Les mots du texte lui-même : types d’accord et de disposition, et libellés
# qui numérotent les dispositions. Communs à l’interface et aux exportations.

agreement-kind-treaty = Traité
agreement-kind-framework-agreement = Accord-cadre
agreement-kind-memorandum-of-understanding = Mémorandum d’accord
agreement-kind-joint-declaration = Déclaration commune

provision-kind-recital = Alinéa du préambule
provision-kind-part = Partie
provision-kind-chapter = Chapitre
provision-kind-article = Article
provision-kind-paragraph = Paragraphe
provision-kind-subparagraph = Alinéa
provision-kind-annex = Annexe

# Numéros affichés. $n est le numéro d’ordre, $roman et $letter le même numéro
# en chiffres romains et en lettres ; chaque langue choisit la forme qu’elle écrit.
# En français, l’article 1 s’intitule « Article premier » et l’alinéa s’écrit « a) ».
provision-label-recital = Alinéa { $n } du préambule
provision-label-part = Partie { $roman }
provision-label-chapter = Chapitre { $roman }
provision-label-article = { $n ->
        [1] Article premier
       *[other] Article { $n }
    }
provision-label-paragraph = Paragraphe { $n }
provision-label-subparagraph = Alinéa { $letter })
provision-label-annex = Annexe { $roman }

preamble = Préambule

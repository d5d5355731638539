# Les mots du texte lui-même : types d’accord et de disposition, et libellés
# qui numérotent les dispositions. Communs à l’interface et aux exportations.

agreement-kind-treaty = Traité
agreement-kind-framework-agreement = Accord-cadre
agreement-kind-memorandum-of-understanding = Mémorandum d’accord
agreement-kind-joint-declaration = Déclaration commune
agreement-kind-resolution = Résolution

provision-kind-recital = Alinéa du préambule
provision-kind-part = Partie
provision-kind-chapter = Chapitre
provision-kind-article = Article
provision-kind-paragraph = Paragraphe
provision-kind-subparagraph = Alinéa
provision-kind-annex = Annexe
provision-kind-section = Section
provision-kind-point = Sous-alinéa

# Numéros affichés. $n est le numéro d’ordre, $roman et $letter le même numéro
# en chiffres romains et en lettres ; chaque langue choisit la forme qu’elle écrit.
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
provision-label-section = Section { $n }
provision-label-point = Sous-alinéa { $small_roman })
provision-label-inserted = { $nth ->
       *[other] { $label } { $latin }
    }

preamble = Préambule

## Documents exportés. Chacun est lu par d’autres programmes : des mots simples uniquement.

export-facts = { $kind } · { $symbol }
export-notice-draft = Projet, et non texte définitif : les passages qui ne sont pas encore convenus sont signalés.
export-notice-bracketed = Texte entre crochets : les mots entre crochets ne sont pas encore convenus ; les notes figurant à la fin indiquent qui les a proposés.
export-notice-compilation = Compilation des propositions : toutes les options et tous les amendements proposés, disposition par disposition.
export-notice-parallel = Texte parallèle : chaque disposition dans les deux langues, l’une après l’autre.
export-heading = { $label } — { $heading }
export-option = Option { $n } :
export-amendment = Amendement proposé :
export-subparagraph = { $letter })
export-point = { $small_roman })
export-proposed-by = Proposition présentée par { $parties }.
export-missing-text = Pas encore de texte dans cette langue.
export-not-agreed = [Non encore convenu : { $status }]

## Les formules qui encadrent les dispositions, selon le type d’instrument ($kind :
## treaty, framework-agreement, memorandum-of-understanding,
## joint-declaration). Un texte arrivé avec ses propres formules les garde.

# La première ligne du préambule : qui parle.
export-preamble-opening = { $kind ->
        [memorandum-of-understanding] Les Participants,
        [joint-declaration] Nous, soussignés,
        [framework-agreement] Les Parties au présent Accord,
       *[other] Les Parties au présent Traité,
    }
# La ligne entre les alinéas du préambule et le dispositif (« Parties » est féminin).
export-preamble-closing = { $kind ->
        [memorandum-of-understanding] Sont parvenus à l’entente suivante :
        [joint-declaration] Déclarons ce qui suit :
       *[other] Sont convenues de ce qui suit :
    }
export-testimonium = { $kind ->
        [memorandum-of-understanding] EN FOI DE QUOI, les soussignés, à ce dûment autorisés, ont signé le présent Mémorandum d’accord.
        [joint-declaration] EN FOI DE QUOI, les soussignés ont signé la présente Déclaration.
        [framework-agreement] EN FOI DE QUOI, les soussignés, à ce dûment autorisés, ont signé le présent Accord.
       *[other] EN FOI DE QUOI, les soussignés, à ce dûment autorisés, ont signé le présent Traité.
    }
# $languages : les langues faisant foi dans l’ordre du français, chacune sous
# la forme que lui donne export-formula-language (adjectif au féminin, accordé
# avec « langues »), reliées par « et ».
export-done-at = { $count ->
        [one] Fait à { $place }, le { $date }, en un seul exemplaire original en langue { $languages }.
       *[other] Fait à { $place }, le { $date }, en un seul exemplaire original en langues { $languages }, chacun des textes faisant également foi.
    }
# Le nom d’une langue tel que la formule finale l’écrit : l’adjectif au
# féminin (« en langues anglaise et française ») ; $name est son nom dans
# l’interface, pour une langue qui n’a pas de forme propre ici.
export-formula-language = { $code ->
        [ar] arabe
        [zh] chinoise
        [en] anglaise
        [fr] française
        [ru] russe
        [es] espagnole
       *[other] { $name }
    }
# L’ordre dans lequel le français énumère les langues de l’ONU (ordre
# alphabétique des noms) : leurs codes.
export-language-order = en ar zh es fr ru
# Les lieux habituels des conférences tels que le français les nomme ($city :
# un identifiant ; $name : le lieu tel que saisi, pour un lieu non listé).
export-city = { $city ->
        [geneva] Genève
        [new-york] New York
        [vienna] Vienne
        [nairobi] Nairobi
        [paris] Paris
        [rome] Rome
        [bangkok] Bangkok
        [addis-ababa] Addis-Abeba
        [santiago] Santiago
        [beirut] Beyrouth
        [strasbourg] Strasbourg
        [the-hague] La Haye
        [brussels] Bruxelles
        [montreal] Montréal
        [washington] Washington
       *[other] { $name }
    }
# Les mêmes lieux nommés seuls, tels qu’on les saisit.
export-city-name = { $city ->
        [geneva] Genève
        [new-york] New York
        [vienna] Vienne
        [nairobi] Nairobi
        [paris] Paris
        [rome] Rome
        [bangkok] Bangkok
        [addis-ababa] Addis-Abeba
        [santiago] Santiago
        [beirut] Beyrouth
        [strasbourg] Strasbourg
        [the-hague] La Haye
        [brussels] Bruxelles
        [montreal] Montréal
        [washington] Washington
       *[other] { $name }
    }

## Lecture des textes. Outre les libellés ci-dessus, les autres façons dont un
## texte écrit un intitulé, et les mots qui en marquent les parties. Une liste
## sépare ses éléments par « | ».

reader-label-article = { $form ->
        [1] Art. { $n }
        [2] Clause { $n }
       *[other] Article { $n }
    }
reader-label-annex = { $form ->
        [1] Appendice { $roman }
       *[other] Annexe { $roman }
    }
reader-closing = EN FOI DE QUOI | Fait à | Fait en | Adopté à | Adoptée à | Adoptée en | Signé à | …séance plénière
reader-opening = Les | La | Le | L’ | L' | Nous
reader-front-matter = Distr. | Original : | Original: | Point | session | Résolution adoptée par | Décision adoptée par | Nations Unies | Assemblée générale | Conseil de sécurité | Assemblée mondiale de la Santé | Conseil exécutif | Conseil économique et social | Conseil des droits de l’homme | Conseil de l’Europe | Série des traités | Ordre du jour provisoire
reader-title-resolution = résolution | décision
reader-title-memorandum-of-understanding = mémorandum
reader-title-joint-declaration = déclaration | communiqué
reader-title-framework-agreement = accord-cadre | convention-cadre
# Numéro de page qu’un texte copié d’un PDF garde entre ses lignes.
reader-page = Page { $n } sur { $count }

# How the provisions of a citation are joined: "Article 12, paragraph 3".
citation-separator = {", "}

# L’interface de bureau.

app-name = Entente
app-tagline = Accords de coopération sur l’IA dans le domaine de la santé
banner-dismiss = Fermer
    .aria-label = Fermer ce message
dialog-cancel = Annuler
dialog-close = Fermer
author-unknown = Aucune délégation définie

## La délégation de cet ordinateur (préférences)

delegation-button = Délégation : { $delegation }
delegation-button-unset = Définir votre délégation
preferences-heading = Préférences
preferences-delegation = Votre délégation
preferences-delegation-hint = Enregistrée comme auteur de chaque modification faite sur cet ordinateur, par exemple « Kenya » ou « Secrétariat ».
preferences-save = Enregistrer les préférences
preferences-interface-language = Langue de l’interface
preferences-interface-language-hint = La langue des menus et des messages. Les langues de chaque accord se choisissent avec l’accord.
preferences-pseudo-languages = Pour les développeurs
preferences-pseudo-accented = Pseudo-langue, accentuée et allongée
preferences-pseudo-right-to-left = Pseudo-langue, de droite à gauche

## Traductions : l’état de chaque langue, et les fichiers propres d’un traducteur

translations-button = Traductions
translations-heading = Traductions
translations-column-language = Langue
translations-column-messages = Messages de l’interface
translations-column-own-files = Vos fichiers
translations-column-templates = Modèles de clauses
translations-templates-current = Tous à jour
translations-templates = Manquants : { $missing } · périmés : { $stale }
translations-messages = { $percent } % ({ $translated } sur { $total })
translations-own-files = { $count ->
        [0] Aucun
        [one] Un fichier
       *[other] { $count } fichiers
    }
translations-folder = Pour modifier une traduction sans recompiler Entente, placez des fichiers .ftl dans { $folder }, dans un dossier portant le nom de la langue (par exemple fr). Ils remplacent les messages fournis avec Entente ; les messages qu’ils ne contiennent pas restent ceux fournis avec Entente.
translations-reload = Recharger les traductions
translations-reloaded = Traductions rechargées.
translations-problems-heading = Problèmes dans vos fichiers de traduction
translations-problems-hint = Un message qui comporte une erreur conserve le texte fourni avec Entente jusqu’à la correction du fichier.
translations-no-problems = Vos fichiers de traduction ne comportent aucune erreur.
terms-heading = Base terminologique
terms-language = Langue des termes affichés
terms-hint = Les termes clés qu’écrit la bibliothèque de clauses, tels que l’usage des Nations Unies les écrit ; les vérifications des modèles et des traductions y soumettent les textes. Pour ajouter ou modifier des termes, placez dans { $folder } un fichier nommé d’après la langue (par exemple fr.tsv) : un concept, le terme, les variantes à ne pas écrire et la source, séparés par des tabulations.
terms-column-english = Anglais
terms-column-term = Terme
terms-column-avoid = À ne pas écrire
terms-column-source = Source
translations-banner = { $count ->
        [one] Un fichier de traduction comporte une erreur
       *[other] Les fichiers de traduction comportent { $count } erreurs
    } : { $first }

## Sauvegardes : copies de la base de données, et restauration de l’une d’elles

backups-button = Sauvegardes
backups-heading = Sauvegardes
backups-hint = Copies de la base de données sur cet ordinateur, dans { $folder }. Entente en fait une chaque jour tant que l’application est ouverte (les sept dernières sont conservées) et une avant chaque mise à niveau.
backups-now = Sauvegarder maintenant
backups-made = Sauvegarde enregistrée sous le nom { $name }.
backups-none = Aucune sauvegarde pour l’instant.
backups-column-when = Faite le
backups-column-why = Motif
backups-column-size = Taille
backups-size = { $kilobytes } Ko
backups-reason-upgrade = Avant une mise à niveau
backups-reason-daily = Quotidienne
backups-reason-manual = Manuelle
backups-reason-before-restore = Avant une restauration
backups-choose = Choisissez la copie à restaurer.
backups-restore = Restaurer la copie choisie
backups-restore-confirm = Mettre la copie faite le { $when } à la place de la base de données ? Ce qui a été modifié depuis sera remplacé. La base de données dans son état actuel est d’abord sauvegardée ; cette opération peut donc être annulée.
backups-restore-yes = Oui, la restaurer
backups-restored = La copie faite le { $when } est restaurée. La base de données dans son état antérieur est conservée comme sauvegarde faite avant la restauration.

## Démarrage

startup-error-heading = Entente n’a pas pu ouvrir sa base de données
startup-error-help = Rien n’a été modifié. Lancez Entente avec un autre répertoire de données (--data-dir DIR, ou la variable d’environnement ENTENTE_DATA_DIR), ou déplacez le fichier ailleurs.

## Accords

agreements-heading = Accords
agreements-empty = Aucun accord pour l’instant.
new-agreement = Nouvel accord
start-heading = Rédiger des accords de coopération sur l’IA dans le domaine de la santé
start-empty = Commencez un nouvel accord : donnez-lui un titre, choisissez les langues de la négociation et indiquez celles qui font foi. Rédigez ensuite son texte disposition par disposition, et inscrivez les Parties à la négociation.
start-choose = Choisissez un accord dans la liste, ou commencez-en un nouveau.
start-sample = Ouvrir l’exemple de négociation
start-sample-hint = L’exemple est un accord-cadre sur l’IA au service de la santé négocié par douze États, en anglais et en français, avec des positions, des statuts et deux révisions.
agreement-languages = Langues de la négociation
agreement-meta = { $kind }
agreement-meta-with-symbol = { $symbol } · { $kind }
language-chip-title = { $language }{ $authentic ->
        [true] , faisant foi
       *[false] {""}
    }{ $working ->
        [true] , langue de travail
       *[false] {""}
    }
language-authentic = faisant foi
language-working = langue de travail
language-missing = manquant

new-agreement-heading = Nouvel accord
agreement-details-heading = Détails de l’accord
agreement-details-save = Enregistrer les détails
agreement-details-edit = Modifier les détails
new-agreement-create = Créer l’accord
new-agreement-title-working = Titre en { $language } (langue de travail)
new-agreement-title-in = Titre en { $language } (facultatif)
new-agreement-kind = Type d’instrument
new-agreement-symbol = Cote du document
new-agreement-symbol-input =
    .placeholder = AI-HEALTH/2026/1
new-agreement-symbol-hint = Telle qu’elle figurera sur chaque version linguistique.
new-agreement-languages = Langues de la négociation
new-agreement-column-include = Inclure
new-agreement-column-language = Langue
new-agreement-column-authentic = Fait foi
new-agreement-authentic-label = Le texte en { $language } fait foi
new-agreement-add-language = Ajouter une autre langue…
new-agreement-working-language = Langue de travail

## Onglets d’un accord ouvert

tab-text = Texte
tab-parties = Parties ({ $count })
tab-versions = Versions

## Le texte : structure, éditeur, historique

structure-heading = Structure
structure-empty = Le texte est vide. Ajoutez un alinéa du préambule, un chapitre ou un article à l’aide des boutons ci-dessus.
structure-empty-version = Cette version ne comportait aucun texte.
add-toolbar = Ajouter une disposition
add-label = Ajouter
add-recital = Alinéa du préambule
    .title = Ajouter un alinéa du préambule
add-part = Partie
    .title = Ajouter une partie
add-chapter = Chapitre
    .title = Ajouter un chapitre
add-section = Section
    .title = Ajouter une section (un intitulé au-dessus d’articles ou de paragraphes)
add-article = Article
    .title = Ajouter un article (après l’article sélectionné, ou dans le chapitre sélectionné)
add-paragraph = Paragraphe
    .title = Ajouter un paragraphe à l’article sélectionné
add-subparagraph = Alinéa
    .title = Ajouter un alinéa au paragraphe sélectionné
add-point = Sous-alinéa
    .title = Ajouter un sous-alinéa à l’alinéa sélectionné
add-annex = Annexe
    .title = Ajouter une annexe
numbering-label = Numérotation
numbering-counted = Numéroté à la suite
numbering-unnumbered = Sans numéro
numbering-inserted = À la suite du précédent (bis, ter)
missing-languages = Pas encore de texte en { $languages }
deleted-heading = Dispositions supprimées

editor-empty = Sélectionnez une disposition dans la structure pour modifier son texte, ou ajoutez-en une.
editor-empty-version = Sélectionnez une disposition pour lire son texte tel qu’il figurait dans cette version.
editor-heading-label = Intitulé en { $language }
editor-body-label = Texte en { $language }
editor-other-language = Langue affichée à côté de la langue de travail
editor-unsaved = Modifications non enregistrées
editor-deleted = Cette disposition a été supprimée. Elle est conservée dans l’historique et peut être rétablie à son emplacement.
save-text = Enregistrer
    .title = Enregistrer le texte dans toutes les langues affichées (Ctrl+S)
restore = Rétablir
delete-provision = Supprimer
    .title = Supprimer cette disposition (elle reste dans l’historique et peut être rétablie)
move-up = Monter
    .title = Monter (Alt+↑ dans la structure)
move-down = Descendre
    .title = Descendre (Alt+↓ dans la structure)
move-to-label = Déplacer dans…
move-to-placeholder = Déplacer dans…
move-to-top = Le premier niveau du texte
move-into = Déplacer

history-heading = Historique
history-empty = Sélectionnez une disposition pour voir toutes les modifications qui lui ont été apportées.
history-created = Créée
history-text-changed = Texte modifié
history-moved = Déplacée
history-deleted = Supprimée
history-restored = Rétablie

## Parties

parties-heading = Parties, observateurs et groupes
parties-empty = Aucune Partie pour l’instant. Ajoutez les États et les organisations présents à la table, et les groupes qui s’expriment au nom de plusieurs d’entre eux.
party-name-in = Nom en { $language }
party-kind = Type
party-kind-state = État
party-kind-organisation = Organisation
party-kind-group = Groupe
party-role = Rôle
party-role-party = Partie
party-role-observer = Observateur
party-members = Membres
party-members-empty = Aucun membre pour l’instant
party-members-none = Ajoutez d’abord des États ou des organisations ; les membres d’un groupe sont choisis parmi eux.
party-members-save = Enregistrer les membres
party-actions = Actions
party-remove = Retirer
party-remove-label = Retirer { $name }
party-add-heading = Ajouter une Partie
party-add = Ajouter la Partie

## Versions

versions-heading = Versions nommées
versions-loading = Chargement…
versions-empty = Aucune version nommée pour l’instant. Enregistrez-en une pour figer l’ensemble du texte dans son état actuel.
version-save-heading = Enregistrer une version
version-save-hint = Une version nommée conserve l’ensemble du texte dans son état actuel, dans toutes les langues. Elle peut être rouverte plus tard, en lecture seule.
version-name = Nom
version-name-input =
    .placeholder = Rev.1
version-save = Enregistrer la version
version-column-name = Version
version-column-saved = Enregistrée le
version-column-author = Par
version-open = Ouvrir
version-reading = Vous consultez { $name }, enregistrée le { $date } par { $author }. Ce texte est en lecture seule.
version-back = Revenir au texte actuel

## Négociation : statut et positions

status-pending = En suspens
status-informally-agreed = Convenu officieusement
status-agreed-ad-referendum = Convenu ad referendum
status-agreed = Convenu
status-label = Nouveau statut
status-note-input =
    .placeholder = Objection ou note (facultatif)
    .aria-label = Objection ou note consignée avec la modification
status-change = Changer le statut
history-status-changed = Statut modifié
history-status-change = { $before } → { $after }

positions-heading = Positions des Parties
positions-no-parties = Ajoutez les Parties dans l’onglet Parties pour consigner leurs positions.
positions-column-party = Partie
positions-column-stance = Position
positions-column-detail = Détails
positions-column-recorded = Consignation
positions-through-group = via { $group }
positions-party = Partie ou groupe
positions-stance = Position
positions-amendment = Libellé proposé
positions-clearance = Approbation ad referendum
positions-cleared-on = Approuvée le
positions-note = Note
positions-record = Consigner la position
stance-none = Non consignée
stance-supports = Appuie
stance-opposes = S’oppose
stance-proposes-amendment = Propose un amendement
stance-reservation = Réserve
stance-flexible = Souple
stance-no-instructions = Pas encore d’instructions
clearance-none = Non requise
clearance-pending-capital = En attente de la capitale
clearance-cleared = Approuvée
clearance-cleared-on = Approuvée par la capitale le { $date }

## La matrice

tab-matrix = Matrice
matrix-heading = Positions, disposition par disposition
matrix-progress-heading = Avancement
matrix-progress = { $provisions ->
        [0] Aucune disposition
        [one] Une disposition : { $percent } % convenue
       *[other] { $provisions } dispositions : { $percent } % convenues
    }
matrix-status-count = { $status } : { $count }
matrix-blocked-heading = Dispositions bloquées
matrix-blocked = { $provision } (opposants : { $parties })
matrix-blocked-none = Aucune disposition n’est bloquée.
matrix-parties-and-more = { $parties } et { $count ->
        [one] une autre Partie
       *[other] { $count } autres Parties
    }
matrix-more = { $count ->
        [one] et une autre
       *[other] et { $count } autres
    }
matrix-near-heading = Les plus proches du consensus
matrix-near = { $provision } : { $count ->
        [0] toutes les Parties l’appuient
        [one] une Partie reste à convaincre
       *[other] { $count } Parties restent à convaincre
    }
matrix-near-all-agreed = Toutes les dispositions sont convenues.
matrix-near-no-support = Aucune disposition n’a encore l’appui d’une Partie.
matrix-reservations-heading = Parties ayant le plus de réserves
matrix-reservations = { $party } : { $count ->
        [0] aucune réserve
        [one] une réserve
       *[other] { $count } réserves
    }
matrix-reservations-none = Aucune réserve consignée.
matrix-clearances-heading = En attente des capitales
matrix-clearance = { $provision } : { $party }
matrix-clearances-none = Aucune approbation en attente.
matrix-filter-status = Statut
matrix-filter-all-statuses = Tous les statuts
matrix-filter-chapter = Chapitre
matrix-filter-all-chapters = Texte entier
matrix-filter-parties = Parties
matrix-filter-all-parties = Toutes les Parties
matrix-filter-groups = Membres d’un groupe
matrix-filter-one-party = Une Partie
matrix-column-provision = Disposition
matrix-empty = Aucune disposition ni aucune Partie ne correspond à ces filtres.
matrix-legend = Légende
matrix-symbol-supports = ✓
matrix-symbol-flexible = ≈
matrix-symbol-proposes-amendment = A
matrix-symbol-reservation = R
matrix-symbol-opposes = ✗
matrix-symbol-no-instructions = ?
matrix-through-group = par l’intermédiaire d’un groupe
matrix-symbol-none = ·

## Les notes privées

private-heading = Notes privées
private-badge = Sur cet ordinateur uniquement
private-hint = Positions de repli, lignes rouges et notes de votre délégation. Elles n’apparaissent jamais dans les exportations, rapports, versions ou fichiers communiqués à d’autres.
private-kind = Type de note
private-text = Texte de la note
private-kind-fallback = Position de repli
private-kind-red-line = Ligne rouge
private-kind-note = Note
private-empty = Aucune note privée sur cette disposition.
private-add = Ajouter une note privée
private-remove = Supprimer

## Comparaison de versions

compare-heading = Comparer deux états du texte
compare-from = De
compare-to = À
compare-current = Texte actuel
compare-button = Comparer
compare-nothing = Les deux textes sont identiques.
compare-summary = { $changed ->
        [0] Aucune disposition modifiée
        [one] Une disposition modifiée
       *[other] { $changed } dispositions modifiées
    } ; { $unchanged } sans changement.
compare-was = { $label } (anciennement { $previous })
compare-change-added = Ajoutée
compare-change-deleted = Supprimée
compare-change-amended = Modifiée
compare-change-moved = Déplacée ou renumérotée
compare-change-status-changed = Statut modifié
compare-change-restored = Rétablie
compare-option-added = Option { $n } proposée
compare-option-amended = Option { $n } modifiée
compare-option-withdrawn = Option { $n } retirée
matrix-chart-heading = Texte convenu au fil du temps
matrix-chart-label = Part du texte convenue, jour par jour, jusqu’au { $day } : { $percent } %
editor-text-in-parts = Le texte de cet article figure dans ses paragraphes : sélectionnez-en un dans la structure pour le modifier.

## Options

options-heading = Options
options-none = Aucun libellé concurrent : le texte ci-dessus est le seul en discussion.
option-label = Option { $n }
option-withdrawn-label = Option retirée
option-proposed-by = proposée par { $parties }
option-unattributed = non attribuée
option-text-label = Libellé en { $language }
option-save = Enregistrer le libellé
option-withdraw = Retirer
option-add-summary = Ajouter une option
option-new-text = Libellé en { $language }
option-proposers-legend = Proposée par
option-add = Ajouter l’option
positions-preferred = Option préférée
positions-no-preference = Aucune préférence
positions-prefers = préfère l’option { $n }
positions-option-stances = Position sur chaque option
positions-option-stance-none = Non exprimée
positions-option-stance = Option { $n } : { $stance }
history-option-added = Option ajoutée
history-option-changed = Libellé de l’option modifié
history-option-withdrawn = Option retirée
editor-bracket = ⟦ Crochets ⟧
    .title = Mettre entre crochets les mots sélectionnés (texte non encore convenu)
editor-bracket-proposer = Auteur du passage entre crochets
editor-bracket-unattributed = Non attribué
brackets-legend = Passages entre crochets et leurs auteurs
brackets-proposed-by = proposé par { $parties }
brackets-unattributed = non attribué

## Déclarations

statements-heading = Déclarations
statements-none = Aucune déclaration consignée sur cette disposition.
statement-add-summary = Consigner une déclaration
statement-party = Partie ou groupe
statement-day = Faite le
statement-kind = Consignation
statement-kind-summary = En résumé
statement-kind-verbatim = In extenso
statement-text = Propos tenus
statement-source = Source
statement-source-input =
    .placeholder = Troisième session, deuxième séance
statement-add = Consigner la déclaration
statement-meta = { $day } · { $kind }
statement-meta-source = { $day } · { $kind } · { $source }

## Exportation

export-button = Exporter
export-dialog-heading = Exporter l’accord
export-languages = Langues
export-renderings = Présentations
export-rendering-clean = Texte au net (le libellé convenu)
export-rendering-bracketed = Texte entre crochets, avec l’auteur de chaque proposition
export-rendering-compilation = Compilation de toutes les options et de tous les amendements
export-rendering-parallel = Texte parallèle, la première langue en regard de chacune des autres
export-rendering-report = Rapport de négociation (matrice et synthèse)
export-formats = Formats
export-format-md = Markdown
export-format-html = HTML
export-format-docx = Word (.docx)
export-draft = Projet : exporter le texte au net avant qu’il soit définitif, chaque passage non résolu étant signalé
export-place = Fait à (lieu)
export-date = Fait le (date)
export-folder = Dossier
export-folder-hint = Les fichiers sont écrits dans ce dossier, avec un fichier manifest.json qui répertorie chacun d’eux et son empreinte SHA-256.
export-final-ready = Le texte au net est définitif : toutes les dispositions sont convenues, sans options ni crochets, dans toutes les langues faisant foi.
export-not-final-heading = { $count ->
        [one] { $count } point empêche le texte au net d’être définitif
       *[other] { $count } points empêchent le texte au net d’être définitif
    }
export-not-final-hint = Un texte au net définitif est refusé tant que ces points ne sont pas réglés ; un projet peut être exporté dès maintenant.
export-submit = Exporter
export-writing = Écriture des fichiers…
export-done = { $count ->
        [one] { $count } fichier écrit dans { $folder }
       *[other] { $count } fichiers écrits dans { $folder }
    }
export-open-folder = Ouvrir le dossier

## La bibliothèque de clauses

library-button = + Depuis la bibliothèque
library-heading = Bibliothèque de clauses
library-search = Rechercher des clauses
library-category = Catégorie
library-all-categories = Toutes les catégories
library-empty = Aucune clause ne correspond.
library-choose = Choisissez une clause pour l’afficher et renseigner ses valeurs.
library-version = Version { $version } · disponible en { $languages ->
        [one] { $languages } langue de cet accord
       *[other] { $languages } langues de cet accord
    }
library-variable = { $name }
library-variable-optional = { $name } (facultatif)
library-no-party = Aucune
library-text-per-language = Dans chaque langue
library-preview = Aperçu en
library-language = Langue de l’aperçu
library-insert = Insérer la clause
library-write-again = Rédiger à nouveau la clause
template-origin = Tirée de la bibliothèque de clauses : { $template }, version { $version }
template-modified = Son texte a depuis été modifié à la main ; la rédiger à nouveau avec d’autres valeurs remplace ces modifications.
template-change-values = Modifier ses valeurs
library-problems = { $count ->
        [one] { $count } modèle de clause n’a pas pu être chargé
       *[other] { $count } modèles de clauses n’ont pas pu être chargés
    }
library-house = Les modèles de clauses propres à un secrétariat se placent dans { $folder }, un dossier par clause ; ils apparaissent ici à côté des modèles fournis avec Entente.
template-category-preamble = Préambule
template-category-general = Dispositions générales
template-category-data = Données de santé
template-category-standards = Normes et responsabilité
template-category-capacity = Renforcement des capacités et innovation
template-category-governance = Gouvernance et garanties
template-category-institutional = Institutions et financement
template-category-final = Clauses finales

## Commencer un accord à partir d’un modèle d’accord

kit-button = Partir d’un modèle d’accord
kit-heading = Commencer un accord à partir d’un modèle d’accord
kit-hint = Un modèle d’accord compose un accord complet à partir de la bibliothèque de clauses, dans les six langues de l’Organisation des Nations Unies : le préambule, les chapitres et les articles, ainsi que les clauses finales. Chaque clause peut ensuite être modifiée.
kit-choice = Modèle d’accord
kit-title = Titre
kit-symbol = Cote du document (facultative)
kit-parties = Parties
kit-parties-hint = Un État par ligne, tel qu’il est désigné dans la langue de travail.
kit-start = Commencer l’accord

## Exchange: agreements and positions carried between machines as files

exchange-button = Envoyer sous forme de fichier
exchange-dialog-heading = Envoyer sous forme de fichier
exchange-what = Que faut-il envoyer ?
exchange-what-bundle = L’accord entier (dossier), à ouvrir sur un autre ordinateur
exchange-what-packet = Les positions d’une partie (paquet), à intégrer par le secrétariat
exchange-party = Partie
exchange-path = Fichier à écrire
exchange-private-hint = Les notes privées, positions de repli et lignes rouges ne quittent jamais cet ordinateur : aucun fichier créé ici ne les contient.
exchange-submit = Écrire le fichier
exchange-bundle-written = Dossier écrit : { $path }
exchange-packet-written = Paquet écrit : { $path } (positions sur { $count ->
        [one] { $count } disposition
       *[other] { $count } dispositions
    })
import-button = Importer…
import-dialog-heading = Importer
import-kind = Que faut-il importer ?
import-kind-bundle = Un dossier d’accord (.entente)
import-kind-packet = Le paquet de positions d’une délégation (.positions)
import-kind-text = Le texte d’un accord : document Word (.docx), Markdown ou texte brut
import-path = Fichier à lire
import-path-hint = Le chemin complet du fichier, par exemple sur une clé USB : un document Word (.docx), ou un texte en Markdown ou en texte brut.
# The system's file dialogs, opened by the button beside a path.
choose-path = Choisir…
file-dialog-import = Choisir un fichier à importer
file-dialog-export = Choisir le dossier où exporter
file-dialog-send = Enregistrer le fichier à envoyer sous
file-dialog-filter-import = Dossiers d’accord, paquets de positions et textes d’accord
import-language = Langue du texte
import-title = Titre, si le texte ne commence pas par un titre
import-submit = Importer
import-unplaced-heading = { $unit ->
        [paragraph] { $count ->
            [one] { $count } paragraphe ne trouve sa place nulle part dans un accord :
           *[other] { $count } paragraphes ne trouvent leur place nulle part dans un accord :
        }
       *[line] { $count ->
            [one] { $count } ligne ne trouve sa place nulle part dans un accord :
           *[other] { $count } lignes ne trouvent leur place nulle part dans un accord :
        }
    }
import-unplaced-line = { $unit ->
        [paragraph] Paragraphe
       *[line] Ligne
    } { $line } : { $words }
import-open-agreement = Ouvrir l’accord
import-keep-unplaced = Conserver ce qui ne trouve sa place nulle part, comme paragraphes non numérotés à l’endroit où cela figure
import-accept-changes = Tenir pour acceptées les modifications suivies d’un document Word (à défaut, un document qui comporte des modifications suivies est refusé)
import-word-comments = { $count ->
        [one] { $count } commentaire du document n’a pas été repris.
       *[other] { $count } commentaires du document n’ont pas été repris.
    }
import-word-changes = { $count ->
        [one] { $count } modification suivie a été tenue pour acceptée.
       *[other] { $count } modifications suivies ont été tenues pour acceptées.
    }
import-read = Lire le texte
import-confirm = Importer
import-found-heading = Contenu du texte
import-found-title = Titre : { $words }
import-found-symbol = Cote : { $words }
import-found-kind = Nature : { $words }
import-found-front-matter = En-tête : { $words }
import-found-opening = Début du préambule : { $words }
import-found-closing-line = Fin du préambule : { $words }
import-found-closing = Formule finale : { $words }
import-found-count = { $kind } : { $count }
import-found-headings = Premiers intitulés
import-found-nothing = Aucune disposition n’a été trouvée dans ce texte.
import-unplaced-refused = Cochez « Conserver ce qui ne trouve sa place nulle part » pour importer le texte avec ces éléments, ou corrigez le texte et lisez-le à nouveau.
import-alignment-matched = { $count ->
        [0] Aucune disposition du texte ne trouve son pendant dans l’accord.
        [one] { $count } disposition du texte trouve son pendant dans l’accord.
       *[other] { $count } dispositions du texte trouvent leur pendant dans l’accord.
    }
import-alignment-text-only = Uniquement dans le texte
import-alignment-agreement-only = Uniquement dans l’accord, et laissées sans texte dans cette langue
import-alignment-line = { $unit ->
        [paragraph] Paragraphe
       *[line] Ligne
    } { $line } : { $label }
import-pair-with = La rattacher à
import-pair-leave = Aucune disposition : l’écarter
import-into = Dans
import-into-new = Un nouvel accord
import-revision = Comme nouvelle révision intitulée
import-revision-hint = Laissez vide pour rattacher le texte à l’accord dans cette langue ; donnez un nom, par exemple Rev.3, pour le lire comme une nouvelle révision du texte de l’accord.
import-revision-saved = { $name } enregistrée : { $amended } modifiées, { $added } ajoutées, { $moved } déplacées
import-unmatched-heading = Absentes de la révision et laissées telles quelles, à régler par vos soins :
merge-summary = { $party } : { $applied } appliquées, { $unchanged } inchangées, { $conflicts } à régler
merge-applied-heading = Appliquées
merge-conflicts-heading = À régler : le relevé a été modifié ici après la création du paquet
merge-column-provision = Disposition
merge-column-ours = Ici
merge-column-theirs = Dans le paquet
merge-take-theirs = Retenir celle de la délégation
merge-recorded = { $by } · { $at }

## Recherche dans le texte (Ctrl+F)
search-label = Rechercher dans le texte
search-placeholder = Rechercher (Ctrl+F)
search-language = Langue de la recherche
search-all-languages = Toutes
search-results = Résultats de la recherche
search-none = Aucun résultat.
search-count = { $count ->
    [one] Un passage trouvé.
   *[other] { $count } passages trouvés.
}
search-listed = Les { $shown } premiers sont listés.
search-keys = Entrée : suivant, Maj+Entrée : précédent.
search-in-text = { $citation } — { $language }
search-in-option = { $citation }, option { $number } — { $language }
search-in-statement = { $citation }, déclaration de { $party }
search-in-note = { $citation }, note privée

## Le clavier (F1)
keys-button = Clavier
keys-title = Raccourcis clavier
keys-close = Fermer
keys-help = Cette liste de raccourcis.
keys-search = Rechercher dans le texte de l’accord ouvert.
keys-search-results = Dans la zone de recherche : le passage trouvé suivant ou précédent.
keys-escape = Effacer la recherche ; fermer une boîte de dialogue sans rien changer.
keys-save = Enregistrer le texte en cours de modification.
keys-new-paragraph = Partout : un nouveau paragraphe après le paragraphe sélectionné, ou dans l'article sélectionné, prêt à être saisi.
keys-record-position = Partout : consigner la position d'une partie sur la disposition sélectionnée.
keys-tree = Dans la structure : la disposition suivante ou précédente.
keys-next-provision = Partout : la disposition suivante ou précédente.
keys-move = Dans la structure : déplacer la disposition choisie vers le bas ou vers le haut.
keys-zoom = Agrandir la page, la réduire, ou la remettre à sa taille.
keys-tab = Passer d’une commande à la suivante, ou revenir en arrière.

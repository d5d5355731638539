# La ligne de commande entente.

cli-about = Entente : rédiger hors ligne des accords internationaux de coopération sur l’IA dans le domaine de la santé.
cli-data-dir-help = Le dossier qui contient la base de données (aussi ENTENTE_DATA_DIR ; par défaut : le dossier de données de l’application de bureau).
cli-usage-heading = Utilisation :
cli-commands-heading = Commandes :
cli-arguments-heading = Arguments :
cli-options-heading = Options :
cli-help-help = Afficher cette aide.
cli-version-help = Afficher la version.
cli-json-help = Produire du JSON pour les scripts au lieu de texte.
cli-list-about = Lister les accords présents sur cet ordinateur.
cli-show-about = Afficher un accord : ses données, sa structure et ses décomptes.
cli-show-id-help = L’identifiant de l’accord, tel que l’affiche « entente list ».
cli-no-home = cet ordinateur n’a pas de répertoire personnel où conserver les données
cli-list-empty = Aucun accord pour l’instant. Lancez l’application de bureau pour en rédiger un.
cli-list-line = { $id }  { $title }  [{ $languages }]
cli-list-line-with-symbol = { $id }  { $title }  ({ $symbol })  [{ $languages }]
cli-show-summary = { $title }
    Identifiant : { $id }   Type : { $kind }   Cote : { $symbol }
    Langues : { $languages } (* faisant foi ; langue de travail : { $working })
    { $recitals ->
        [one] { $recitals } alinéa du préambule
       *[other] { $recitals } alinéas du préambule
    }, { $parts ->
        [one] { $parts } partie
       *[other] { $parts } parties
    }, { $chapters ->
        [one] { $chapters } chapitre
       *[other] { $chapters } chapitres
    }, { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    }, { $paragraphs ->
        [one] { $paragraphs } paragraphe
       *[other] { $paragraphs } paragraphes
    }
    { $parties ->
        [one] { $parties } Partie
       *[other] { $parties } Parties
    }, { $observers ->
        [one] { $observers } observateur
       *[other] { $observers } observateurs
    }, { $groups ->
        [one] { $groups } groupe
       *[other] { $groups } groupes
    }
    Structure :
cli-sample-about = Créer l’exemple de négociation (un accord-cadre sur l’IA au service de la santé, en anglais et en français) et afficher son identifiant.
cli-report-about = Le rapport de négociation : où en est le texte, et la position de chaque Partie sur chaque disposition.
cli-export-about = Exporter un accord au format Markdown ou HTML dans chaque langue de la négociation, avec un fichier manifest.json ; affiche chaque fichier écrit.
cli-export-out-help = Le dossier où écrire (créé si nécessaire).
cli-export-lang-help = all (par défaut), ou les langues à écrire, par exemple en,fr.
cli-export-mode-help = clean (par défaut) : le texte convenu ; bracketed : crochets et options en place, avec leurs auteurs ; compilation : toutes les options et tous les amendements ; parallel : deux langues disposition par disposition ; report : la matrice et la synthèse. Plusieurs peuvent être donnés, séparés par des virgules, ou all : une seule exécution les écrit tous.
cli-export-format-help = md (par défaut), html ou docx (Word). Plusieurs peuvent être donnés, séparés par des virgules, ou all : une seule exécution les écrit tous.
cli-export-draft-help = Exporter un texte au net qui n’est pas encore définitif, chaque passage non résolu étant signalé.
cli-export-place-help = Le lieu où l’accord est fait, pour la formule finale.
cli-export-date-help = Le jour où il est fait (AAAA-MM-JJ), pour la formule finale.
cli-import-about = Importer un texte existant, présenté à la manière des secrétariats, à partir d’un document Word (.docx) ou d’un texte en Markdown ou en texte brut : comme nouvel accord, comme autre version linguistique d’un accord (--into) ou comme nouvelle révision d’un accord (--into avec --revision). Affiche l’identifiant du nouvel accord.
cli-import-file-help = Le texte à lire : un document Word (.docx), ou un texte en Markdown ou en texte brut.
cli-import-lang-help = La langue dans laquelle il est écrit, par exemple fr.
cli-import-title-help = Le titre, si le texte ne commence pas par un titre.
cli-import-into-help = Un accord déjà présent (son identifiant) : le texte lui est rattaché dans cette langue, chaque disposition à celle de même type et de même numéro ; ce qui n’a pas de pendant est énuméré, le texte et l’accord en regard.
cli-import-revision-help = Avec --into : lire le texte comme une nouvelle révision de l’accord, enregistrée comme la version de ce nom (par exemple Rev.3).
cli-import-keep-help = Conserver ce qui ne trouve sa place nulle part, comme paragraphes non numérotés à l’endroit où cela figure. Sans cette option, un tel texte est refusé et ce qui ne trouve sa place nulle part est énuméré.
cli-import-preview-help = Indiquer seulement ce que contient le texte (données, dispositions par type, intitulés, lignes qui ne trouvent leur place nulle part et, avec --into, sa correspondance avec l’accord) ; ne rien créer.
cli-import-pair-help = Avec --into : rattacher la disposition du texte qui commence à la ligne LINE (dans un document Word, au paragraphe LINE) à la disposition ID de l’accord ({ "LINE:ID" } ; option répétable).
cli-import-accept-changes-help = Tenir pour acceptées les modifications suivies d’un document Word. Sans cette option, un document qui comporte des modifications suivies est refusé.
cli-import-paragraph = paragraphe { $number }
cli-import-word-comments = { $count ->
        [one] { $count } commentaire du document n’a pas été repris.
       *[other] { $count } commentaires du document n’ont pas été repris.
    }
cli-import-word-changes = { $count ->
        [one] { $count } modification suivie a été tenue pour acceptée.
       *[other] { $count } modifications suivies ont été tenues pour acceptées.
    }
cli-import-unplaced = impossible à placer : { $words }
cli-import-kept = ajout d’un paragraphe non numéroté : { $words }
cli-import-matched = Dispositions du texte ayant leur pendant dans l’accord : { $count }.
cli-import-text-only = uniquement dans le texte, { $unit ->
        [paragraph] paragraphe
       *[line] ligne
    } { $line } : { $label } { $words }
cli-import-agreement-only = uniquement dans l’accord, disposition { $id } : { $label } { $words }
cli-import-preview-title = Titre : { $words }
cli-import-preview-symbol = Cote : { $words }
cli-import-preview-kind = Nature : { $words }
cli-import-preview-front-matter = En-tête : { $words }
cli-import-preview-opening = Début du préambule : { $words }
cli-import-preview-closing-line = Fin du préambule : { $words }
cli-import-preview-closing = Formule finale : { $words }
cli-import-preview-count = { $kind } : { $count }
cli-import-preview-heading = { $unit ->
        [paragraph] paragraphe
       *[line] ligne
    } { $line } : { $label } { $heading }
cli-import-preview-unplaced = { $unit ->
        [paragraph] Le paragraphe
       *[line] La ligne
    } { $line } ne trouve sa place nulle part : { $words }
cli-revision-imported = { $name } enregistrée : { $amended } modifiées, { $added } ajoutées, { $moved } déplacées.
cli-revision-unmatched = absente de la révision, laissée telle quelle : { $label } (disposition { $id })
cli-backup-about = Copier la base de données dans le dossier des sauvegardes situé à côté d’elle, ou lister les copies (l’application en fait aussi une chaque jour, et Entente une avant chaque mise à niveau).
cli-backup-list-help = Lister les sauvegardes, de la plus récente à la plus ancienne, au lieu d’en faire une.
cli-backup-done = Sauvegarde enregistrée dans { $path }
cli-backup-none = Aucune sauvegarde pour l’instant.
cli-backup-line = { $taken }  { $reason }  { $kilobytes } Ko  { $name }
cli-restore-about = Mettre une sauvegarde à la place de la base de données : un nom donné par « entente backup --list », ou le chemin d’une copie (sur une clé USB, par exemple). La base de données est d’abord sauvegardée dans son état actuel.
cli-restore-backup-help = Le nom de la sauvegarde, ou le chemin d’une copie.
cli-restore-done = Sauvegarde { $name } restaurée. La base de données dans son état antérieur est conservée sous le nom { $before }.
cli-bundle-about = Transporter un accord entier vers un autre ordinateur sous la forme d’un seul fichier ; ses notes privées restent ici.
cli-bundle-export-about = Écrire un accord, avec ses versions, ses parties et les positions partagées, dans un fichier de dossier.
cli-bundle-import-about = Créer l’accord que contient un dossier ; affiche le numéro du nouvel accord.
cli-bundle-out-help = Le fichier de dossier à écrire.
cli-bundle-file-help = Le fichier de dossier à lire.
cli-bundle-written = { $path } écrit ({ $bytes } octets).
cli-packet-about = Les positions d’une délégation, transmises au secrétariat sous la forme d’un fichier et intégrées à son relevé.
cli-packet-export-about = Écrire les positions partagées d’une partie sur un accord, avec leur historique, dans un fichier de paquet.
cli-packet-import-about = Intégrer le paquet d’une délégation au relevé de cet ordinateur ; affiche ce qui a été appliqué et chaque conflit.
cli-packet-party-help = La partie dont il faut écrire les positions (son numéro, donné par entente show --json).
cli-packet-out-help = Le fichier de paquet à écrire.
cli-packet-file-help = Le fichier de paquet à lire.
cli-packet-take-theirs-help = Les dispositions (numéros séparés par des virgules) pour lesquelles la position du paquet doit remplacer un relevé modifié ici depuis la création du paquet.
cli-packet-written = { $path } écrit : positions sur { $count ->
        [one] { $count } disposition
       *[other] { $count } dispositions
    }.
cli-packet-merged = { $party } : { $applied } appliquées, { $unchanged } inchangées, { $conflicts } à régler.
cli-packet-applied = appliquée : { $label }
cli-packet-conflict = à régler : { $label } (disposition { $id }). Ici : { $ours }. Dans le paquet : { $theirs }. Pour retenir la position du paquet : --take-theirs { $id }
cli-packet-position = { $stance }{ $noted ->
        [yes] , « { $note } »
       *[no] {""}
    } (enregistrée le { $at } par { $by })
cli-check-templates-about = Vérifier les modèles de clauses : manifestes, balises, variables, formes du pluriel, même structure dans chaque langue, traductions périmées. Une ligne par problème, sous la forme chemin :ligne :colonne : message.
cli-check-templates-dir-help = Un dossier contenant un dossier par clause (par défaut : les modèles fournis avec Entente).
cli-check-locales-about = Vérifier les fichiers de traduction avant de les renvoyer : syntaxe, messages manquants et obsolètes, variables, formes du pluriel. Une ligne par problème, sous la forme chemin :ligne :colonne : message.
cli-check-locales-dir-help = Un dossier contenant un dossier par langue (par défaut : les traductions fournies avec Entente).
cli-check-locales-reference-help = La langue à laquelle les autres sont comparées (par défaut : en).
cli-fix-help = Corriger d’abord, dans les fichiers de DIR, la typographie qui se corrige mécaniquement (espaces insécables du français, ponctuation chinoise et arabe, guillemets russes).
cli-fix-mended = { $count ->
        [one] { $count } faute de typographie corrigée.
       *[other] { $count } fautes de typographie corrigées.
    }
cli-report-format-help = md pour les archives du secrétariat (par défaut), json pour les scripts.

report-heading = Rapport de négociation : { $title }
report-where-heading = Où en est le texte
report-progress = { $provisions ->
        [0] Aucune disposition
        [one] Une disposition : { $percent } % convenue
       *[other] { $provisions } dispositions : { $percent } % convenues
    } ({ $agreed ->
        [one] { $agreed } convenue
       *[other] { $agreed } convenues
    }, { $agreed-ad-referendum ->
        [one] { $agreed-ad-referendum } convenue ad referendum
       *[other] { $agreed-ad-referendum } convenues ad referendum
    }, { $informally-agreed ->
        [one] { $informally-agreed } convenue officieusement
       *[other] { $informally-agreed } convenues officieusement
    }, { $pending } en suspens)
report-blocked = { $provision } : blocage (opposants : { $parties })
report-near-consensus = { $provision } : proche du consensus, { $count ->
        [0] toutes les Parties l’appuient
        [one] une Partie reste à convaincre
       *[other] { $count } Parties restent à convaincre
    }
report-reservations = { $party } maintient { $count ->
        [0] aucune réserve
        [one] une réserve
       *[other] { $count } réserves
    }
report-pending-clearance = { $provision } : { $party } attend l’approbation de sa capitale
report-matrix-heading = Positions
report-column-provision = Disposition
report-column-status = Statut
report-stance-none = —
report-stance = { $stance ->
        [supports] Appuie
        [opposes] S’oppose
        [proposes-amendment] Amendement
        [reservation] Réserve
        [flexible] Souple
       *[no-instructions] Sans instructions
    }{ $group ->
        [yes] {" "}(groupe)
       *[no] {""}
    }

cli-search-about = Trouver où un accord emploie certains mots, dans toutes les langues ou une seule, options, déclarations et notes privées comprises.
cli-search-words-help = Les mots à trouver, dans leur ordre ; le dernier peut être le début d’un mot. Majuscules et accents sont indifférents.
cli-search-lang-help = Seulement les textes dans cette langue (les déclarations et les notes comptent toujours).
cli-search-summary = { $total ->
    [0] Rien trouvé pour « { $words } ».
    [one] Un passage contient « { $words } » :
   *[other] { $total } passages contiennent « { $words } » :
}
cli-search-shown = Les { $shown } premiers sont affichés.
cli-search-in-text = { $citation } — { $language }
cli-search-in-option = { $citation }, option { $number } — { $language }
cli-search-in-statement = { $citation }, déclaration de { $party }
cli-search-in-note = { $citation }, note privée

# Erreurs expliquées à l’utilisateur. Chaque identifiant de message est « error- »
# suivi du code de l’erreur ; le code parvient aussi à l’interface sous la forme {code, message}.

error-empty-field = { $field ->
        [title] Le titre ne peut pas être vide : donnez à l’accord un titre dans sa langue de travail.
        [name] Le nom ne peut pas être vide : donnez à la Partie un nom dans au moins une langue.
        [languages] Choisissez au moins une langue pour la négociation.
        [version-name] Donnez un nom à la version, par exemple « Rev.1 ».
        [amendment] Un amendement proposé doit comporter son libellé.
        [note] Rédigez la note avant de l’ajouter.
        [option] Une option doit comporter son libellé dans au moins une langue.
        [statement] Indiquez les propos tenus.
        [made-on] Indiquez la date à laquelle la déclaration a été faite.
        [cleared-on] Indiquez la date à laquelle la capitale a donné son approbation.
       *[other] Ce champ ne peut pas être vide.
    }
error-unknown-language = « { $code } » n’est pas un code de langue connu d’Entente. Utilisez un code ISO 639-1 à deux lettres, comme en, fr, es, ar, zh ou ru.
error-language-not-in-agreement = « { $code } » ne fait pas partie des langues de cet accord. Ajoutez-la d’abord aux langues de l’accord.
error-language-in-use = Le texte ou les noms des Parties de cet accord sont déjà rédigés en « { $code } » : cette langue ne peut pas être retirée.
error-invalid-value = { $field ->
        [kind] « { $value } » n’est pas un type d’accord connu d’Entente.
        [party-kind] « { $value } » n’est pas un type de Partie (État, organisation ou groupe).
        [party-role] « { $value } » n’est pas un rôle dans la négociation (Partie ou observateur).
        [provision-kind] « { $value } » n’est pas un type de disposition.
        [languages] La langue « { $value } » figure deux fois dans la liste.
        [members] Seul un groupe peut avoir des membres.
        [group] La Partie { $value } n’est pas un groupe.
        [cleared-on] « { $value } » n’est pas une date passée au format AAAA-MM-JJ : une approbation ne peut pas venir du futur.
        [status] « { $value } » n’est pas un statut de disposition.
        [stance] « { $value } » n’est pas une position (appuie, s’oppose, propose un amendement, réserve, souple, pas encore d’instructions).
        [clearance] « { $value } » n’est pas un état d’approbation (non requise, en attente de la capitale, approuvée).
        [made-on] « { $value } » n’est pas une date passée au format AAAA-MM-JJ : une déclaration ne peut pas venir du futur.
        [preferred-option] L’option préférée doit être l’une des options de cette disposition encore en discussion.
        [template-variable] « { $value } » n’est pas une variable de cette clause, ou sa valeur ne lui convient pas (type, bornes ou options), ou elle est obligatoire et vide.
        [option] Une position ne peut être indiquée qu’une seule fois pour chacune des options de cette disposition encore en discussion.
       *[other] « { $value } » n’est pas une valeur valide ici.
    }
error-duplicate-party = Une Partie nommée « { $name } » figure déjà dans cet accord.
error-party-has-positions = { $name } a des positions ou des propositions consignées : une Partie ne peut pas être retirée sans effacer une part de l’historique de la négociation.
error-not-found = { $what ->
        [agreement] L’accord { $id } n’existe pas. Exécutez « entente list » pour voir les accords présents sur cet ordinateur.
        [provision] La disposition { $id } n’existe pas dans cet accord.
        [party] La Partie { $id } n’existe pas dans cet accord.
        [version] La version { $id } n’existe pas.
        [note] Cette note n’existe plus.
        [option] Cette option n’existe pas.
       *[other] { $what } { $id } n’existe pas.
    }
error-provision-deleted = Cette disposition, ou celle qui la contient, a été supprimée, peut-être dans une autre fenêtre. Rétablissez-la depuis la liste des dispositions supprimées avant de la modifier.
error-option-withdrawn = Cette option a été retirée ; elle reste dans l’historique mais ne peut plus être modifiée ni préférée.
error-brackets = { $problem ->
        [nested] Les crochets ne peuvent pas être imbriqués : un ⟦ s’ouvre à l’intérieur d’un autre passage entre crochets
        [unopened] Un ⟧ ferme un crochet qui n’a jamais été ouvert
        [proposers] Les accolades placées juste après ⟧ doivent indiquer les identifiants des Parties qui ont proposé le passage, par exemple ⟦…⟧{"{"}3,7{"}"}
        [unknown-proposer] Un passage entre crochets attribue sa proposition à une Partie qui ne participe pas à cet accord
       *[unclosed] Un ⟦ n’est jamais fermé
    } ({ $part ->
        [heading] intitulé
       *[body] texte
    }, langue { $language }, ligne { $line }, colonne { $column }).
error-move-under-itself = Une disposition ne peut pas être déplacée sous elle-même ni sous l’une de ses propres subdivisions.
error-invalid-placement = { $child ->
        [recital] Un alinéa du préambule
        [part] Une partie
        [chapter] Un chapitre
        [article] Un article
        [paragraph] Un paragraphe
        [subparagraph] Un alinéa
       *[annex] Une annexe
    } { $placement ->
        [top-level] ne peut pas figurer au premier niveau du texte.
        [part] ne peut pas figurer dans une partie.
        [chapter] ne peut pas figurer dans un chapitre.
        [article] ne peut pas figurer dans un article.
        [paragraph] ne peut pas figurer dans un paragraphe.
        [subparagraph] ne peut pas figurer dans un alinéa.
        [annex] ne peut pas figurer dans une annexe.
       *[recital] ne peut pas figurer dans un alinéa du préambule.
    }
error-group-in-group = Un groupe ne peut pas être membre d’un autre groupe.
error-no-data-dir = Cet ordinateur n’a pas de répertoire personnel où conserver les données d’Entente. Lancez Entente avec --data-dir DIR ou définissez ENTENTE_DATA_DIR.
error-no-database = Il n’y a pas de base de données Entente dans { $path }. Vérifiez le répertoire de données (--data-dir ou ENTENTE_DATA_DIR), ou lancez une fois l’application de bureau pour en créer une.
error-not-a-database = { $path } n’est pas une base de données Entente (ce n’est pas un fichier SQLite). Déplacez-le ailleurs ou choisissez un autre répertoire de données.
error-database-too-new = { $path } a été écrit par une version plus récente d’Entente (schéma { $found } ; cette version lit jusqu’au schéma { $supported }). Installez la version plus récente pour l’ouvrir ; rien n’a été modifié.
error-data-dir-not-writable = Entente ne peut pas écrire dans le répertoire de données { $path } : { $reason }. Choisissez un autre répertoire avec --data-dir ou ENTENTE_DATA_DIR.
error-database-busy = La base de données { $path } est occupée : une autre instance d’Entente (l’application ou une commande) y écrit depuis plusieurs secondes. Réessayez dans un instant ; rien n’a été modifié.
error-backup-not-found = Il n’y a pas de sauvegarde nommée { $name } dans le dossier des sauvegardes de cet ordinateur.
error-backup-unreadable = { $path } n’est pas une sauvegarde qu’Entente puisse restaurer : ce n’est pas une base de données SQLite, ou le fichier est endommagé. Rien n’a été modifié.
error-not-final = Le texte au net ne peut pas être exporté comme texte définitif : { $count ->
        [one] { $count } problème subsiste. Résolvez-le
       *[other] { $count } problèmes subsistent. Résolvez-les
    }, ou exportez un projet, dans lequel chaque passage non résolu est signalé.
export-problem = { $label } : { $problem ->
        [not-agreed] texte pas encore convenu ({ $status })
        [options] comporte encore des options
        [brackets] comporte des mots entre crochets en { $language }
       *[missing-text] pas de texte en { $language }, langue faisant foi
    }
error-unknown-template = La bibliothèque ne contient aucun modèle de clause « { $id } ».
error-no-template-folder = { $path } n’est pas un dossier : check-templates lit un dossier qui contient un dossier par clause.
error-no-locale-folder = { $path } n’est pas un dossier de traductions : check-locales lit un dossier qui contient un dossier par langue (en, fr…), dont celui de la langue de référence.
error-file-too-large = { $path } fait { $bytes } octets, davantage que ce qu’un fichier d’échange peut contenir ({ $limit } octets). Il n’a pas été lu et rien n’a été modifié.
error-language-has-text = L’accord a déjà son texte en { $code } : y rattacher celui-ci l’écraserait. Pour intégrer une nouvelle version de ce texte, importez-la comme révision. Rien n’a été modifié.
error-no-title = Le texte ne commence pas par son titre (une première ligne telle que « # Accord-cadre sur … »). Indiquez le titre : avec --title en ligne de commande, ou dans le champ Titre de la fenêtre d’importation. Rien n’a été importé.
error-not-placed = { $unit ->
        [paragraph] { $count ->
            [one] { $count } paragraphe de { $path } ne trouve sa place nulle part dans un accord (il est indiqué ci-dessus avec son numéro). Importez le document avec l’option « Conserver ce qui ne trouve sa place nulle part » (--keep-unplaced) pour le conserver comme paragraphe non numéroté à l’endroit où il figure, ou corrigez le document. Rien n’a été importé.
           *[other] { $count } paragraphes de { $path } ne trouvent leur place nulle part dans un accord (ils sont indiqués ci-dessus avec leur numéro). Importez le document avec l’option « Conserver ce qui ne trouve sa place nulle part » (--keep-unplaced) pour les conserver comme paragraphes non numérotés à l’endroit où ils figurent, ou corrigez le document. Rien n’a été importé.
        }
       *[line] { $count ->
            [one] { $count } ligne de { $path } ne trouve sa place nulle part dans un accord (elle est indiquée ci-dessus avec son numéro). Importez le texte avec l’option « Conserver ce qui ne trouve sa place nulle part » (--keep-unplaced) pour la conserver comme paragraphe non numéroté à l’endroit où elle figure, ou corrigez le texte. Rien n’a été importé.
           *[other] { $count } lignes de { $path } ne trouvent leur place nulle part dans un accord (elles sont indiquées ci-dessus avec leur numéro). Importez le texte avec l’option « Conserver ce qui ne trouve sa place nulle part » (--keep-unplaced) pour les conserver comme paragraphes non numérotés à l’endroit où elles figurent, ou corrigez le texte. Rien n’a été importé.
        }
    }
error-text-too-large = { $path } compte { $bytes } octets : plus qu’aucun texte d’accord (Entente lit les textes d’au plus { $limit } octets). Il n’a pas été lu et rien n’a été modifié.
error-empty-text = { $path } ne contient aucune disposition qu’Entente puisse lire : ni alinéa du préambule, ni article, ni paragraphe. Rien n’a été importé.
error-not-text = { $path } n’est pas un texte encodé en UTF-8 (premier octet fautif, compté à partir de 0 : { $offset }). Enregistrez-le en texte UTF-8 et importez-le à nouveau ; rien n’a été modifié.
error-not-a-word-document = { $path } n’est pas un document Word (.docx) : ce n’est pas le paquet de fichiers qu’enregistre Word, ou il ne contient aucun document. Enregistrez-le depuis son programme d’origine comme document Word (.docx) ou comme texte, puis importez-le à nouveau ; rien n’a été modifié.
error-word-old-or-protected = { $path } est un document Word 97–2003 (.doc) ou est protégé par un mot de passe. Ouvrez-le dans Word ou LibreOffice, enregistrez-le comme document Word (.docx) sans mot de passe, puis importez ce dernier ; rien n’a été modifié.
error-word-too-large = Une fois ouvert, { $path } occuperait plus de { $limit } octets : bien plus qu’aucun accord ; il n’a donc pas été lu. Rien n’a été modifié.
error-exchange-expands-too-large = Une fois ouvert, { $path } occuperait plus de { $limit } octets : bien plus qu’aucun accord ; il n’a donc pas été lu. Rien n’a été modifié.
error-word-tracked-changes = { $count ->
        [one] { $path } comporte { $count } modification suivie. Acceptez-la ou refusez-la dans Word, ou importez le document avec l’option « Tenir pour acceptées les modifications suivies » (--accept-changes). Rien n’a été importé.
       *[other] { $path } comporte { $count } modifications suivies. Acceptez-les ou refusez-les dans Word, ou importez le document avec l’option « Tenir pour acceptées les modifications suivies » (--accept-changes). Rien n’a été importé.
    }
error-word-damaged = { $path } est endommagé et ne peut pas être lu comme document Word ({ $problem }). Demandez-le à nouveau, ou ouvrez-le dans Word et enregistrez-le à nouveau ; rien n’a été modifié.
error-exchange-unreadable = { $path }:{ $line }:{ $column } : { $problem ->
        [truncated] le fichier s’interrompt trop tôt ; il a sans doute été tronqué lors d’une copie. Demandez-le à nouveau
       *[garbled] le fichier est endommagé à cet endroit et ne peut pas être lu. Demandez-le à nouveau
    }. Rien n’a été modifié.
error-not-an-exchange-file = { $path } n’est pas { $expected ->
        [packet] un paquet de positions créé par Entente
       *[bundle] un dossier d’accord créé par Entente
    }. Rien n’a été modifié.
error-exchange-too-new = { $path } a été créé par une version plus récente d’Entente (format { $found } ; cette version lit jusqu’au format { $supported }). Installez la version plus récente pour le lire ; rien n’a été modifié.
error-exchange-invalid = { $path }:{ $line }:{ $column } : le fichier ne contient pas ce qu’Entente attend à cet endroit et n’a pas été importé. Détails : { $detail }
error-bundle-broken = { $path } : la ligne { $row } de « { $table } » ne correspond pas à l’accord que décrit le dossier ; le dossier n’a donc pas été importé. Détails : { $detail }
error-agreement-already-here = Cet accord se trouve déjà sur cet ordinateur, sous le titre « { $title } » (numéro { $id }). Un dossier apporte un nouvel accord ; pour intégrer les positions d’une délégation, importez son paquet de positions. Rien n’a été modifié.
error-packet-agreement-not-here = Le paquet concerne « { $title } », qui ne se trouve pas sur cet ordinateur. Importez d’abord le dossier de l’accord ; rien n’a été modifié.
error-packet-party-not-in-agreement = Le paquet provient de { $name }, qui n’est pas partie à cet accord ici : elle a été ajoutée sur la copie à partir de laquelle le paquet a été créé. Rien n’a été modifié.
error-packet-text-not-here = Le paquet contient des positions sur { $count ->
        [one] une disposition ou option
       *[other] { $count } dispositions ou options
    } que cette copie de l’accord ne comporte pas : elles ont été ajoutées sur la copie à partir de laquelle le paquet a été créé. Demandez à la délégation ses positions sur le texte tel que le secrétariat l’a diffusé ; rien n’a été modifié.
error-database = La base de données a signalé une erreur : { $reason }
error-io = Un fichier n’a pas pu être lu ou écrit : { $reason }
error-window = La fenêtre n’a pas pu effectuer cette action : { $reason }
error-corrupt = Des données enregistrées n’ont pas pu être lues : { $reason }
error-invalid-request = Entente n’a pas pu lire cette requête, et rien n’a été modifié. Détails pour un rapport d’anomalie : { $detail }

# Errors explained to the user. Each message id is "error-" followed by the
# error's code; the code also travels to the interface as {code, message}.

error-empty-field = { $field ->
        [title] The title must not be empty: give the agreement a title in its working language.
        [name] The name must not be empty: give the party a name in at least one language.
        [languages] Choose at least one language for the negotiation.
        [version-name] Give the version a name, such as “Rev.1”.
        [amendment] A proposed amendment needs its wording.
        [note] Write the note before adding it.
        [option] An option needs its wording in at least one language.
        [statement] Write what was said.
        [made-on] Give the day the statement was made.
        [cleared-on] Give the day the capital cleared it.
       *[other] This field must not be empty.
    }
error-unknown-language = “{ $code }” is not a language code Entente knows. Use a two-letter ISO 639-1 code such as en, fr, es, ar, zh or ru.
error-language-not-in-agreement = “{ $code }” is not one of the languages of this agreement. Add it to the agreement's languages first.
error-language-in-use = The text or the party names of this agreement are already written in “{ $code }”: that language cannot be taken away.
error-invalid-value = { $field ->
        [kind] “{ $value }” is not a kind of agreement Entente knows.
        [party-kind] “{ $value }” is not a kind of party (state, organisation or group).
        [party-role] “{ $value }” is not a role at the table (party or observer).
        [provision-kind] “{ $value }” is not a kind of provision.
        [languages] The language “{ $value }” is listed twice.
        [members] Only a group can have members.
        [group] Party { $value } is not a group.
        [cleared-on] “{ $value }” is not a past day written YYYY-MM-DD: a clearance cannot come from the future.
        [status] “{ $value }” is not a status of a provision.
        [stance] “{ $value }” is not a stance (supports, opposes, proposes amendment, reservation, flexible, no instructions yet).
        [clearance] “{ $value }” is not a clearance (none, pending capital, cleared).
        [made-on] “{ $value }” is not a past day written YYYY-MM-DD: a statement cannot come from the future.
        [preferred-option] The preferred option must be one of this provision's options still on the table.
        [template-variable] “{ $value }” is not a variable of this clause, or its value does not fit it (type, bounds or options), or it is required and empty.
        [option] A stance can be given only once on each of this provision's options still on the table.
       *[other] “{ $value }” is not a valid value here.
    }
error-duplicate-party = A party named “{ $name }” is already in this agreement.
error-party-has-positions = { $name } has positions or proposals on record: a party cannot be removed without erasing part of the negotiation's history.
error-not-found = { $what ->
        [agreement] Agreement { $id } does not exist. Run “entente list” to see the agreements on this machine.
        [provision] Provision { $id } does not exist in this agreement.
        [party] Party { $id } does not exist in this agreement.
        [version] Version { $id } does not exist.
        [note] This note does not exist any more.
        [option] This option does not exist.
       *[other] { $what } { $id } does not exist.
    }
error-provision-deleted = This provision, or the one it stands in, has been deleted, perhaps in another window. Restore it from the list of deleted provisions before editing it.
error-option-withdrawn = This option has been withdrawn; it stays in the history but can no longer be changed or preferred.
error-brackets = { $problem ->
        [nested] Brackets cannot be nested: a ⟦ opens inside another bracketed span
        [unopened] A ⟧ closes a bracket that was never opened
        [proposers] Braces right after ⟧ must list the ids of the parties that proposed the words, such as ⟦…⟧{"{"}3,7{"}"}
        [unknown-proposer] A bracketed span names as its proposer a party that is not in this agreement
       *[unclosed] A ⟦ is never closed
    } ({ $part ->
        [heading] heading
       *[body] text
    } in { $language }, line { $line }, column { $column }).
error-move-under-itself = A provision cannot be moved under itself or under one of its own sub-provisions.
error-invalid-placement = { $child ->
        [recital] A preamble recital
        [part] A part
        [chapter] A chapter
        [article] An article
        [paragraph] A paragraph
        [subparagraph] A sub-paragraph
       *[annex] An annex
    } { $placement ->
        [top-level] cannot stand at the top level of the text.
        [part] cannot be placed inside a part.
        [chapter] cannot be placed inside a chapter.
        [article] cannot be placed inside an article.
        [paragraph] cannot be placed inside a paragraph.
        [subparagraph] cannot be placed inside a sub-paragraph.
        [annex] cannot be placed inside an annex.
       *[recital] cannot be placed inside a preamble recital.
    }
error-group-in-group = A group cannot be a member of another group.
error-no-data-dir = This machine has no home directory to keep Entente's data in. Start Entente with --data-dir DIR or set ENTENTE_DATA_DIR.
error-no-database = There is no Entente database in { $path }. Check the data directory (--data-dir or ENTENTE_DATA_DIR), or start the desktop app once to create one.
error-not-a-database = { $path } is not an Entente database (it is not an SQLite file). Move it aside or choose another data directory.
error-database-too-new = { $path } was written by a newer version of Entente (schema { $found }; this version reads up to { $supported }). Install the newer version to open it; nothing was changed.
error-data-dir-not-writable = Entente cannot write to the data directory { $path }: { $reason }. Choose another directory with --data-dir or ENTENTE_DATA_DIR.
error-database-busy = The database { $path } is busy: another Entente (the app or a command) has been writing to it for several seconds. Try again in a moment; nothing was changed.
error-backup-not-found = There is no backup named { $name } in the backups folder of this machine.
error-backup-unreadable = { $path } is not a backup Entente can restore: it is not an SQLite database, or it is damaged. Nothing was changed.
error-not-final = The clean text cannot be exported as final: { $count ->
        [one] one problem remains
       *[other] { $count } problems remain
    }. Resolve them, or export a draft, in which every unresolved place is marked.
export-problem = { $label }: { $problem ->
        [not-agreed] not agreed yet ({ $status })
        [options] still has options
        [brackets] has words in brackets in { $language }
       *[missing-text] has no text in { $language }, an authentic language
    }
error-unknown-template = There is no clause template “{ $id }” in the library.
error-no-template-folder = { $path } is not a folder: check-templates reads a folder that holds one folder per clause.
error-no-locale-folder = { $path } is not a locale folder: check-locales reads a folder that holds one folder per language (en, fr …), the reference language among them.
error-file-too-large = { $path } is { $bytes } bytes, more than an exchange file may hold ({ $limit } bytes). It was not read, and nothing was changed.
error-language-has-text = The agreement already has its text in { $code }: attaching this one would write over it. To bring in a new version of that text, import it as a revision. Nothing was changed.
error-no-title = The text does not begin with its title (a first line such as “# Framework Agreement on …”). Give the title: with --title on the command line, or in the Title field of the import dialog. Nothing was imported.
error-not-placed = { $unit ->
        [paragraph] { $count ->
            [one] One paragraph of { $path } fits nowhere in an agreement (listed above with its number). Import it with “keep what fits nowhere” (--keep-unplaced) to keep it as an unnumbered paragraph where it stands, or correct the document. Nothing was imported.
           *[other] { $count } paragraphs of { $path } fit nowhere in an agreement (listed above with their numbers). Import them with “keep what fits nowhere” (--keep-unplaced) to keep them as unnumbered paragraphs where they stand, or correct the document. Nothing was imported.
        }
       *[line] { $count ->
            [one] One line of { $path } fits nowhere in an agreement (listed above with its number). Import it with “keep what fits nowhere” (--keep-unplaced) to keep it as an unnumbered paragraph where it stands, or correct the text. Nothing was imported.
           *[other] { $count } lines of { $path } fit nowhere in an agreement (listed above with their numbers). Import them with “keep what fits nowhere” (--keep-unplaced) to keep them as unnumbered paragraphs where they stand, or correct the text. Nothing was imported.
        }
    }
error-text-too-large = { $path } is { $bytes } bytes: more than any agreement text (Entente reads texts of up to { $limit } bytes). It was not read, and nothing was changed.
error-empty-text = { $path } holds no provision that Entente can read: no recital, article or paragraph. Nothing was imported.
error-not-text = { $path } is not a text in UTF-8 (the first byte that is not, counted from 0: { $offset }). Save it as UTF-8 text and import it again; nothing was changed.
error-not-a-word-document = { $path } is not a Word document (.docx): it is not the package Word saves, or it holds no document. Save it from its program as a Word document (.docx) or as text, and import it again; nothing was changed.
error-word-old-or-protected = { $path } is a Word 97–2003 document (.doc) or is protected by a password. Open it in Word or LibreOffice, save it as a Word document (.docx) without a password, and import that; nothing was changed.
error-word-too-large = { $path } would take more than { $limit } bytes once opened: far more than any agreement, so it was not read. Nothing was changed.
error-exchange-expands-too-large = { $path } would take more than { $limit } bytes once opened: far more than any agreement, so it was not read. Nothing was changed.
error-word-tracked-changes = { $count ->
        [one] { $path } has a tracked change. Accept or reject it in Word, or import the document with “take the tracked changes as accepted” (--accept-changes). Nothing was imported.
       *[other] { $path } has { $count } tracked changes. Accept or reject them in Word, or import the document with “take the tracked changes as accepted” (--accept-changes). Nothing was imported.
    }
error-word-damaged = { $path } is damaged and cannot be read as a Word document ({ $problem }). Ask for it again, or open it in Word and save it again; nothing was changed.
error-exchange-unreadable = { $path }:{ $line }:{ $column }: { $problem ->
        [truncated] the file ends too early; it was probably cut short in copying. Ask for it again
       *[garbled] the file is damaged here and cannot be read. Ask for it again
    }. Nothing was changed.
error-not-an-exchange-file = { $path } is not { $expected ->
        [packet] a position packet made by Entente
       *[bundle] an agreement bundle made by Entente
    }. Nothing was changed.
error-exchange-too-new = { $path } was made by a newer version of Entente (format { $found }; this version reads up to { $supported }). Install the newer version to read it; nothing was changed.
error-exchange-invalid = { $path }:{ $line }:{ $column }: the file does not hold what Entente expects here, and was not imported. Details: { $detail }
error-bundle-broken = { $path }: row { $row } of “{ $table }” does not fit the agreement the bundle describes, so the bundle was not imported. Details: { $detail }
error-agreement-already-here = This agreement is already on this machine, as “{ $title }” (no. { $id }). A bundle brings a new agreement; to bring in a delegation’s positions, import its position packet. Nothing was changed.
error-packet-agreement-not-here = The packet is for “{ $title }”, which is not on this machine. Import the agreement’s bundle first; nothing was changed.
error-packet-party-not-in-agreement = The packet is from { $name }, which is not a party to this agreement here: it was added on the copy the packet was made from. Nothing was changed.
error-packet-text-not-here = The packet has positions on { $count ->
        [one] a provision or option
       *[other] { $count } provisions or options
    } that this copy of the agreement does not have: they were added on the copy the packet was made from. Ask the delegation for its positions on the text as the secretariat circulated it; nothing was changed.
error-database = The database reported an error: { $reason }
error-io = A file could not be read or written: { $reason }
error-window = The window could not do that: { $reason }
error-corrupt = Stored data could not be read: { $reason }
error-invalid-request = Entente could not read this request, and nothing was changed. Details for a bug report: { $detail }

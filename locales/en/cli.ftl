# The entente command line.

cli-about = Entente: draft international agreements on AI cooperation in health, offline.
cli-data-dir-help = The folder that holds the database (also ENTENTE_DATA_DIR; default: the desktop app's data folder).
cli-usage-heading = Usage:
cli-commands-heading = Commands:
cli-arguments-heading = Arguments:
cli-options-heading = Options:
cli-help-help = Print this help.
cli-version-help = Print the version.
cli-json-help = Print JSON for scripts instead of text.
cli-list-about = List the agreements on this machine.
cli-show-about = Show an agreement: its facts, its structure and its counts.
cli-show-id-help = The agreement's id, as “entente list” prints it.
cli-no-home = this machine has no home directory to keep data in
cli-list-empty = No agreements yet. Start the desktop app to draft one.
cli-list-line = { $id }  { $title }  [{ $languages }]
cli-list-line-with-symbol = { $id }  { $title }  ({ $symbol })  [{ $languages }]
cli-show-summary = { $title }
    Id: { $id }   Kind: { $kind }   Symbol: { $symbol }
    Languages: { $languages } (* authentic; working language: { $working })
    { $recitals } recitals, { $parts } parts, { $chapters } chapters, { $articles } articles, { $paragraphs } paragraphs
    { $parties } parties, { $observers } observers, { $groups } groups
    Structure:
cli-sample-about = Create the sample negotiation (a framework agreement on AI for health, in English and French) and print its id.
cli-report-about = The negotiation report: where the text stands, and every party's position on every provision.
cli-export-about = Export an agreement as Markdown or HTML in every language of the negotiation, with manifest.json; prints each file written.
cli-export-out-help = The folder to write into (created if need be).
cli-export-lang-help = all (the default), or the languages to write, such as en,fr.
cli-export-mode-help = clean (the default): the agreed wording; bracketed: brackets and options in place, with who proposed them; compilation: every option and amendment; parallel: two languages provision by provision; report: the matrix and roll-up. Several may be given, separated by commas, or all: one run writes them all.
cli-export-format-help = md (the default), html or docx (Word). Several may be given, separated by commas, or all: one run writes them all.
cli-export-draft-help = Export a clean text that is not final yet, every unresolved place marked.
cli-export-place-help = Where the agreement is done, for the closing formula.
cli-export-date-help = The day it is done (YYYY-MM-DD), for the closing formula.
cli-import-about = Bring in an existing text, as secretariats lay them out, from a Word document (.docx), Markdown or plain text: a new agreement, another language of one (--into), or a new revision of one (--into with --revision). Prints the new agreement's id.
cli-import-file-help = The text to read: a Word document (.docx), Markdown or plain text.
cli-import-lang-help = The language it is written in, such as en.
cli-import-title-help = The title, when the text does not begin with one.
cli-import-into-help = An agreement already here (its id): the text is attached to it in this language, each provision to the one of the same kind and number; what has no counterpart is listed, side by side.
cli-import-revision-help = With --into: read the text as a new revision of the agreement, saved as the version of this name (such as Rev.3).
cli-import-keep-help = Keep what fits nowhere, as unnumbered paragraphs where it stands. Without it, such a text is refused and what fits nowhere is listed.
cli-import-preview-help = Only say what the text holds (details, provisions by kind, headings, lines that fit nowhere, and with --into how it meets the agreement); make nothing.
cli-import-pair-help = With --into: give the provision of the text that begins on line LINE (in a Word document, paragraph LINE) to the provision ID of the agreement (LINE:ID; may be repeated).
cli-import-accept-changes-help = Take a Word document's tracked changes as accepted. Without it, a document with tracked changes is refused.
cli-import-paragraph = paragraph { $number }
cli-import-word-comments = { $count ->
        [one] One comment of the document was left out.
       *[other] { $count } comments of the document were left out.
    }
cli-import-word-changes = { $count ->
        [one] One tracked change was taken as accepted.
       *[other] { $count } tracked changes were taken as accepted.
    }
cli-import-unplaced = could not be placed: { $words }
cli-import-kept = kept as an unnumbered paragraph: { $words }
cli-import-matched = { $count } provisions of the text met their counterparts in the agreement.
cli-import-text-only = in the text only, { $unit ->
        [paragraph] paragraph
       *[line] line
    } { $line }: { $label } { $words }
cli-import-agreement-only = in the agreement only, provision { $id }: { $label } { $words }
cli-import-preview-title = Title: { $words }
cli-import-preview-symbol = Symbol: { $words }
cli-import-preview-kind = Kind: { $words }
cli-import-preview-front-matter = Front matter: { $words }
cli-import-preview-opening = The preamble opens: { $words }
cli-import-preview-closing-line = The preamble closes: { $words }
cli-import-preview-closing = Closing formula: { $words }
cli-import-preview-count = { $kind }: { $count }
cli-import-preview-heading = { $unit ->
        [paragraph] paragraph
       *[line] line
    } { $line }: { $label } { $heading }
cli-import-preview-unplaced = { $unit ->
        [paragraph] Paragraph
       *[line] Line
    } { $line } fits nowhere: { $words }
cli-revision-imported = { $name } saved: { $amended } amended, { $added } added, { $moved } moved.
cli-revision-unmatched = not in the revision, left as it was: { $label } (provision { $id })
cli-backup-about = Copy the database into the backups folder beside it, or list the copies (the app also makes one each day, and Entente one before each upgrade).
cli-backup-list-help = List the backups, newest first, instead of making one.
cli-backup-done = Backed up to { $path }
cli-backup-none = No backups yet.
cli-backup-line = { $taken }  { $reason }  { $kilobytes } KB  { $name }
cli-restore-about = Put a backup in place of the database: a name from “entente backup --list”, or the path of a copy (from a USB key, say). The database as it was is backed up first.
cli-restore-backup-help = The backup's name, or the path of a copy.
cli-restore-done = Restored { $name }. The database as it was is kept as { $before }.
cli-bundle-about = Carry a whole agreement to another machine as one file; its private notes stay here.
cli-bundle-export-about = Write an agreement, with its versions, parties and shared positions, to a bundle file.
cli-bundle-import-about = Make the agreement a bundle holds; prints the new agreement's id.
cli-bundle-out-help = The bundle file to write.
cli-bundle-file-help = The bundle file to read.
cli-bundle-written = Wrote { $path } ({ $bytes } bytes).
cli-packet-about = A delegation's positions carried to the secretariat as a file, and merged there.
cli-packet-export-about = Write one party's shared positions on an agreement, with their history, to a packet file.
cli-packet-import-about = Merge a delegation's packet into the record here; prints what was applied and each conflict.
cli-packet-party-help = The party whose positions to write (its id, from entente show --json).
cli-packet-out-help = The packet file to write.
cli-packet-file-help = The packet file to read.
cli-packet-take-theirs-help = Provisions (ids, separated by commas) on which the packet's position is to replace a record here that changed since the packet was made.
cli-packet-written = Wrote { $path }: positions on { $count ->
        [one] one provision
       *[other] { $count } provisions
    }.
cli-packet-merged = { $party }: { $applied } applied, { $unchanged } unchanged, { $conflicts } to resolve.
cli-packet-applied = applied: { $label }
cli-packet-conflict = to resolve: { $label } (provision { $id }). Here: { $ours }. In the packet: { $theirs }. To take the packet's position: --take-theirs { $id }
cli-packet-position = { $stance }{ $noted ->
        [yes] , “{ $note }”
       *[no] {""}
    } (recorded { $at } by { $by })
cli-check-templates-about = Check clause templates: manifests, tags, variables, plural forms, the same structure in every language, stale translations. One line per problem, as path:line:col: message.
cli-check-templates-dir-help = A folder holding one folder per clause (default: the templates bundled with Entente).
cli-check-locales-about = Check locale files before sending them back: syntax, missing and obsolete messages, variables, plural forms. One line per problem, as path:line:col: message.
cli-check-locales-dir-help = A folder holding one folder per language (default: the locales bundled with Entente).
cli-check-locales-reference-help = The language the others are checked against (default: en).
cli-fix-help = First mend the typography of the files in DIR that is mechanical to mend (French no-break spaces, Chinese and Arabic punctuation, Russian quotation marks).
cli-fix-mended = { $count ->
        [one] One typography slip mended.
       *[other] { $count } typography slips mended.
    }
cli-report-format-help = md for the secretariat's records (the default), json for scripts.

report-heading = Negotiation report: { $title }
report-where-heading = Where the text stands
report-progress = { $provisions ->
        [one] One provision
       *[other] { $provisions } provisions
    }: { $percent }% agreed ({ $agreed } agreed, { $agreed-ad-referendum } agreed ad referendum, { $informally-agreed } informally agreed, { $pending } pending)
report-blocked = { $provision } is blocked: opposed by { $parties }
report-near-consensus = { $provision } is close to consensus: { $count ->
        [one] one party still to convince
       *[other] { $count } parties still to convince
    }
report-reservations = { $party } holds { $count ->
        [one] one reservation
       *[other] { $count } reservations
    }
report-pending-clearance = { $provision }: { $party } awaits its capital's clearance
report-matrix-heading = Positions
report-column-provision = Provision
report-column-status = Status
report-stance-none = —
report-stance = { $stance ->
        [supports] Supports
        [opposes] Opposes
        [proposes-amendment] Amendment
        [reservation] Reservation
        [flexible] Flexible
       *[no-instructions] No instructions
    }{ $group ->
        [yes] {" "}(group)
       *[no] {""}
    }

cli-search-about = Find where an agreement says some words, in every language or one, its options, statements and private notes included.
cli-search-words-help = The words to find, in their order; the last may be the start of a word. Letter case and accents do not matter.
cli-search-lang-help = Only the texts in this language (statements and notes always count).
cli-search-summary = { $total ->
    [0] Nothing found for “{ $words }”.
    [one] One place holds “{ $words }”:
   *[other] { $total } places hold “{ $words }”:
}
cli-search-shown = The first { $shown } are shown.
cli-search-in-text = { $citation } — { $language }
cli-search-in-option = { $citation }, option { $number } — { $language }
cli-search-in-statement = { $citation }, statement by { $party }
cli-search-in-note = { $citation }, private note

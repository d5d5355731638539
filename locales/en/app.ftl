# The desktop interface.

app-name = Entente
app-tagline = Agreements on AI cooperation in health
banner-dismiss = Dismiss
    .aria-label = Dismiss this message
dialog-cancel = Cancel
dialog-close = Close
author-unknown = No delegation set

## The delegation of this machine (preferences)

delegation-button = Delegation: { $delegation }
delegation-button-unset = Set your delegation
preferences-heading = Preferences
preferences-delegation = Your delegation
preferences-delegation-hint = Recorded as the author of every change made on this machine, for example “Kenya” or “Secretariat”.
preferences-save = Save preferences
preferences-interface-language = Interface language
preferences-interface-language-hint = The language of menus and messages. The languages of each agreement are chosen with the agreement.
preferences-pseudo-languages = For developers
preferences-pseudo-accented = Pseudo-locale, accented and longer
preferences-pseudo-right-to-left = Pseudo-locale, right to left

## Translations: the status of each language, and a translator's own files

translations-button = Translations
translations-heading = Translations
translations-column-language = Language
translations-column-messages = Interface messages
translations-column-own-files = Your files
translations-column-templates = Clause templates
translations-templates-current = All up to date
translations-templates = Missing: { $missing } · stale: { $stale }
translations-messages = { $percent }% ({ $translated } of { $total })
translations-own-files = { $count ->
        [0] None
        [one] One file
       *[other] { $count } files
    }
translations-folder = To change a translation without rebuilding Entente, put .ftl files in { $folder }, in a folder named by the language (such as fr). They override the bundled messages; the words they lack stay as bundled.
translations-reload = Reload translations
translations-reloaded = Translations reloaded.
translations-problems-heading = Problems in your translation files
translations-problems-hint = A message with an error keeps its bundled words until the file is corrected.
translations-no-problems = Your translation files have no errors.
terms-heading = Term base
terms-language = Language of the terms shown
terms-hint = The key terms the clause library writes, as UN usage writes them; the template and translation checks hold texts to them. To add or change terms, put a file named by the language (such as fr.tsv) in { $folder }: a concept, the term, the variants not to write and the source, separated by tabs.
terms-column-english = English
terms-column-term = Term
terms-column-avoid = Not to write
terms-column-source = Source
translations-banner = { $count ->
        [one] A translation file has an error
       *[other] Translation files have { $count } errors
    }: { $first }

## Backups: copies of the database, and bringing one back

backups-button = Backups
backups-heading = Backups
backups-hint = Copies of the database on this machine, in { $folder }. Entente makes one each day while it is open (the last seven are kept) and one before each upgrade.
backups-now = Back up now
backups-made = Backed up as { $name }.
backups-none = No backups yet.
backups-column-when = Made
backups-column-why = Why
backups-column-size = Size
backups-size = { $kilobytes } KB
backups-reason-upgrade = Before an upgrade
backups-reason-daily = Daily
backups-reason-manual = By hand
backups-reason-before-restore = Before a restore
backups-choose = Choose the copy to restore.
backups-restore = Restore the chosen copy
backups-restore-confirm = Put the copy made { $when } in place of the database? What was changed since then is replaced. The database as it is now is backed up first, so this can be undone.
backups-restore-yes = Yes, restore it
backups-restored = The copy made { $when } is restored. The database as it was is kept as a backup made before the restore.

## Start-up

startup-error-heading = Entente could not open its database
startup-error-help = Nothing has been changed. Start Entente with another data directory (--data-dir DIR, or the ENTENTE_DATA_DIR environment variable), or move the file aside.

## Agreements

agreements-heading = Agreements
agreements-empty = No agreements yet.
new-agreement = New agreement
start-heading = Draft agreements on AI cooperation in health
start-empty = Start a new agreement: give it a title, choose the languages of the negotiation and mark the authentic ones. Then build its text provision by provision, and record the parties at the table.
start-choose = Choose an agreement from the list, or start a new one.
start-sample = Open a sample negotiation
start-sample-hint = The sample is a framework agreement on AI for health negotiated by twelve States, in English and French, with positions, statuses and two revisions.
agreement-languages = Languages of the negotiation
agreement-meta = { $kind }
agreement-meta-with-symbol = { $symbol } · { $kind }
language-chip-title = { $language }{ $authentic ->
        [true] , authentic
       *[false] {""}
    }{ $working ->
        [true] , working language
       *[false] {""}
    }
language-authentic = authentic
language-working = working language
language-missing = missing

new-agreement-heading = New agreement
agreement-details-heading = Details of the agreement
agreement-details-save = Save details
agreement-details-edit = Edit details
new-agreement-create = Create agreement
new-agreement-title-working = Title in { $language } (the working language)
new-agreement-title-in = Title in { $language } (optional)
new-agreement-kind = Kind of instrument
new-agreement-symbol = Document symbol
new-agreement-symbol-input =
    .placeholder = AI-HEALTH/2026/1
new-agreement-symbol-hint = As it will appear on every language version.
new-agreement-languages = Languages of the negotiation
new-agreement-column-include = Include
new-agreement-column-language = Language
new-agreement-column-authentic = Authentic
new-agreement-authentic-label = { $language } text is authentic
new-agreement-add-language = Add another language…
new-agreement-working-language = Working language

## Tabs of an open agreement

tab-text = Text
tab-parties = Parties ({ $count })
tab-versions = Versions

## The text: structure, editor, history

structure-heading = Structure
structure-empty = The text is empty. Add a preamble recital, a chapter or an article with the buttons above.
structure-empty-version = This version had no text.
add-toolbar = Add a provision
add-label = Add
add-recital = Recital
    .title = Add a preamble recital
add-part = Part
    .title = Add a part
add-chapter = Chapter
    .title = Add a chapter
add-section = Section
    .title = Add a section (a heading over articles or paragraphs)
add-article = Article
    .title = Add an article (after the selected one, or inside the selected chapter)
add-paragraph = Paragraph
    .title = Add a paragraph to the selected article
add-subparagraph = Sub-paragraph
    .title = Add a sub-paragraph to the selected paragraph
add-point = Point
    .title = Add a point to the selected sub-paragraph
add-annex = Annex
    .title = Add an annex
numbering-label = Numbering
numbering-counted = Numbered in turn
numbering-unnumbered = Without a number
numbering-inserted = After the one before it (bis, ter)
missing-languages = No text yet in { $languages }
deleted-heading = Deleted provisions

editor-empty = Select a provision in the structure to edit its text, or add one.
editor-empty-version = Select a provision to read its text as it stood in this version.
editor-heading-label = Heading in { $language }
editor-body-label = Text in { $language }
editor-other-language = Language shown beside the working language
editor-unsaved = Unsaved changes
editor-deleted = This provision has been deleted. It is kept in the history and can be restored where it stood.
save-text = Save
    .title = Save the text in every language shown (Ctrl+S)
restore = Restore
delete-provision = Delete
    .title = Delete this provision (it stays in the history and can be restored)
move-up = Move up
    .title = Move up (Alt+↑ in the structure)
move-down = Move down
    .title = Move down (Alt+↓ in the structure)
move-to-label = Move into…
move-to-placeholder = Move into…
move-to-top = The top level of the text
move-into = Move

history-heading = History
history-empty = Select a provision to see every change made to it.
history-created = Created
history-text-changed = Text changed
history-moved = Moved
history-deleted = Deleted
history-restored = Restored

## Parties

parties-heading = Parties, observers and groups
parties-empty = No parties yet. Add the states and organisations at the table, and the groups that speak for several of them.
party-name-in = Name in { $language }
party-kind = Kind
party-kind-state = State
party-kind-organisation = Organisation
party-kind-group = Group
party-role = Role
party-role-party = Party
party-role-observer = Observer
party-members = Members
party-members-empty = No members yet
party-members-none = Add states or organisations first; a group lists them as its members.
party-members-save = Save members
party-actions = Actions
party-remove = Remove
party-remove-label = Remove { $name }
party-add-heading = Add a party
party-add = Add party

## Versions

versions-heading = Named versions
versions-loading = Loading…
versions-empty = No named versions yet. Save one to freeze the whole text as it stands now.
version-save-heading = Save a version
version-save-hint = A named version keeps the whole text as it stands now, in every language. It can be opened later, read-only.
version-name = Name
version-name-input =
    .placeholder = Rev.1
version-save = Save version
version-column-name = Version
version-column-saved = Saved
version-column-author = By
version-open = Open
version-reading = You are reading { $name }, saved { $date } by { $author }. This text is read-only.
version-back = Back to the current text

## Negotiation: status and positions

status-pending = Pending
status-informally-agreed = Informally agreed
status-agreed-ad-referendum = Agreed ad referendum
status-agreed = Agreed
status-label = New status
status-note-input =
    .placeholder = Objection or note (optional)
    .aria-label = Objection or note recorded with the change
status-change = Change status
history-status-changed = Status changed
history-status-change = { $before } → { $after }

positions-heading = Positions of the parties
positions-no-parties = Add the parties in the Parties tab to record their positions.
positions-column-party = Party
positions-column-stance = Position
positions-column-detail = Details
positions-column-recorded = Recorded
positions-through-group = through { $group }
positions-party = Party or group
positions-stance = Position
positions-amendment = Proposed wording
positions-clearance = Ad referendum clearance
positions-cleared-on = Cleared on
positions-note = Note
positions-record = Record position
stance-none = Not recorded
stance-supports = Supports
stance-opposes = Opposes
stance-proposes-amendment = Proposes an amendment
stance-reservation = Reservation
stance-flexible = Flexible
stance-no-instructions = No instructions yet
clearance-none = Not needed
clearance-pending-capital = Pending capital
clearance-cleared = Cleared
clearance-cleared-on = Cleared by the capital on { $date }

## The matrix

tab-matrix = Matrix
matrix-heading = Positions, provision by provision
matrix-progress-heading = Progress
matrix-progress = { $provisions ->
        [one] { $percent }% of one provision agreed
       *[other] { $percent }% of { $provisions } provisions agreed
    }
matrix-status-count = { $status }: { $count }
matrix-blocked-heading = Blocked
matrix-blocked = { $provision }: opposed by { $parties }
matrix-blocked-none = Nothing is blocked.
matrix-parties-and-more = { $parties } and { $count ->
        [one] one other
       *[other] { $count } others
    }
matrix-more = { $count ->
        [one] and one more
       *[other] and { $count } more
    }
matrix-near-heading = Closest to consensus
matrix-near = { $provision }: { $count ->
        [0] every party supports it
        [one] one party still to convince
       *[other] { $count } parties still to convince
    }
matrix-near-all-agreed = Every provision is agreed.
matrix-near-no-support = No provision has the support of any party yet.
matrix-reservations-heading = Most reservations
matrix-reservations = { $party }: { $count ->
        [one] one reservation
       *[other] { $count } reservations
    }
matrix-reservations-none = No reservations recorded.
matrix-clearances-heading = Awaiting capitals
matrix-clearance = { $provision }: { $party }
matrix-clearances-none = No clearance pending.
matrix-filter-status = Status
matrix-filter-all-statuses = All statuses
matrix-filter-chapter = Chapter
matrix-filter-all-chapters = Whole text
matrix-filter-parties = Parties
matrix-filter-all-parties = All parties
matrix-filter-groups = Members of a group
matrix-filter-one-party = One party
matrix-column-provision = Provision
matrix-empty = No provision or party matches these filters.
matrix-legend = Legend
matrix-symbol-supports = ✓
matrix-symbol-flexible = ≈
matrix-symbol-proposes-amendment = A
matrix-symbol-reservation = R
matrix-symbol-opposes = ✗
matrix-symbol-no-instructions = ?
matrix-through-group = through a group
matrix-symbol-none = ·

## The private layer

private-heading = Private notes
private-badge = This machine only
private-hint = Fallback positions, red lines and notes of your delegation. They never appear in any export, report, version or file sent to others.
private-kind = Kind of note
private-text = Text of the note
private-kind-fallback = Fallback
private-kind-red-line = Red line
private-kind-note = Note
private-empty = No private notes on this provision.
private-add = Add private note
private-remove = Remove

## Comparing versions

compare-heading = Compare two states of the text
compare-from = From
compare-to = To
compare-current = Current text
compare-button = Compare
compare-nothing = The two texts are the same.
compare-summary = { $changed ->
        [one] One provision changed
       *[other] { $changed } provisions changed
    }; { $unchanged } unchanged.
compare-was = { $label } (was { $previous })
compare-change-added = Added
compare-change-deleted = Deleted
compare-change-amended = Amended
compare-change-moved = Moved or renumbered
compare-change-status-changed = Status changed
compare-change-restored = Restored
compare-option-added = Option { $n } proposed
compare-option-amended = Option { $n } amended
compare-option-withdrawn = Option { $n } withdrawn
matrix-chart-heading = Agreed over time
matrix-chart-label = Share of the text agreed, day by day, up to { $day }: { $percent }%
editor-text-in-parts = The words of this article are in its paragraphs: select one in the structure to edit it.

## Options

options-heading = Options
options-none = No competing wordings: the text above is the only one on the table.
option-label = Option { $n }
option-withdrawn-label = Withdrawn option
option-proposed-by = proposed by { $parties }
option-unattributed = unattributed
option-text-label = Wording in { $language }
option-save = Save wording
option-withdraw = Withdraw
option-add-summary = Add an option
option-new-text = Wording in { $language }
option-proposers-legend = Proposed by
option-add = Add option
positions-preferred = Preferred option
positions-no-preference = No preference
positions-prefers = prefers Option { $n }
positions-option-stances = Stance on each option
positions-option-stance-none = Not stated
positions-option-stance = Option { $n }: { $stance }
history-option-added = Option added
history-option-changed = Option wording changed
history-option-withdrawn = Option withdrawn
editor-bracket = ⟦ Bracket ⟧
    .title = Mark the selected words as not yet agreed
editor-bracket-proposer = Proposer of the bracketed words
editor-bracket-unattributed = Unattributed
brackets-legend = Bracketed words and who proposed them
brackets-proposed-by = proposed by { $parties }
brackets-unattributed = unattributed

## Statements

statements-heading = Statements
statements-none = No statement recorded on this provision.
statement-add-summary = Record a statement
statement-party = Party or group
statement-day = Made on
statement-kind = Recorded
statement-kind-summary = In summary
statement-kind-verbatim = Verbatim
statement-text = What was said
statement-source = Source
statement-source-input =
    .placeholder = Third session, second meeting
statement-add = Record statement
statement-meta = { $day } · { $kind }
statement-meta-source = { $day } · { $kind } · { $source }

## Export

export-button = Export
export-dialog-heading = Export the agreement
export-languages = Languages
export-renderings = Renderings
export-rendering-clean = Clean text (the agreed wording)
export-rendering-bracketed = Bracketed text, with who proposed what
export-rendering-compilation = Compilation of every option and amendment
export-rendering-parallel = Parallel text, the first language against each other one
export-rendering-report = Negotiation report (the matrix and roll-up)
export-formats = Formats
export-format-md = Markdown
export-format-html = HTML
export-format-docx = Word (.docx)
export-draft = Draft: export the clean text before it is final, every unresolved place marked
export-place = Done at (place)
export-date = Done on (date)
export-folder = Folder
export-folder-hint = The files are written into this folder, with manifest.json listing each one and its SHA-256.
export-final-ready = The clean text is final: every provision is agreed, without options or brackets, in every authentic language.
export-not-final-heading = { $count ->
        [one] One thing keeps the clean text from being final
       *[other] { $count } things keep the clean text from being final
    }
export-not-final-hint = A final clean text is refused until they are resolved; a draft can be exported now.
export-submit = Export
export-writing = Writing the files…
export-done = { $count ->
        [one] One file written to { $folder }
       *[other] { $count } files written to { $folder }
    }
export-open-folder = Open the folder

## The clause library

library-button = + From the library
library-heading = Clause library
library-search = Search clauses
library-category = Category
library-all-categories = All categories
library-empty = No clause matches.
library-choose = Choose a clause to see it and fill in its values.
library-version = Version { $version } · in { $languages ->
        [one] one language of this agreement
       *[other] { $languages } languages of this agreement
    }
library-variable = { $name }
library-variable-optional = { $name } (optional)
library-no-party = None
library-text-per-language = In each language
library-preview = Preview in
library-language = Language of the preview
library-insert = Insert the clause
library-write-again = Write the clause again
template-origin = From the clause library: { $template }, version { $version }
template-modified = Its words were since edited by hand; writing it again with new values replaces them.
template-change-values = Change its values
library-problems = { $count ->
        [one] One template could not be loaded
       *[other] { $count } templates could not be loaded
    }
library-house = A secretariat's own templates go in { $folder }, one folder per clause; they appear here beside the bundled ones.
template-category-preamble = Preamble
template-category-general = General provisions
template-category-data = Health data
template-category-standards = Standards and accountability
template-category-capacity = Capacity and innovation
template-category-governance = Governance and safeguards
template-category-institutional = Institutions and finance
template-category-final = Final clauses

## Starting an agreement from a kit

kit-button = Start from a kit
kit-heading = Start an agreement from a kit
kit-hint = A kit lays out a whole agreement from the clause library, in the six languages of the United Nations: the preamble, the chapters and articles, and the final clauses. Every clause can be changed afterwards.
kit-choice = Kit
kit-title = Title
kit-symbol = Document symbol (optional)
kit-parties = Parties
kit-parties-hint = One State per line, as it is named in the working language.
kit-start = Start the agreement

## Exchange: agreements and positions carried between machines as files

exchange-button = Send as a file
exchange-dialog-heading = Send as a file
exchange-what = What to send
exchange-what-bundle = The whole agreement (bundle), to open on another machine
exchange-what-packet = One party’s positions (packet), for the secretariat to merge
exchange-party = Party
exchange-path = File to write
exchange-private-hint = Private notes, fallbacks and red lines never leave this machine: no file made here holds them.
exchange-submit = Write the file
exchange-bundle-written = Bundle written: { $path }
exchange-packet-written = Packet written: { $path } (positions on { $count ->
        [one] one provision
       *[other] { $count } provisions
    })
import-button = Import…
import-dialog-heading = Import
import-kind = What to import
import-kind-bundle = An agreement bundle (.entente)
import-kind-packet = A delegation’s position packet (.positions)
import-kind-text = An agreement text: a Word document (.docx), Markdown or plain text
import-path = File to read
import-path-hint = The full path of the file, for instance on a USB key: a Word document (.docx), Markdown or plain text.
# The system's file dialogs, opened by the button beside a path.
choose-path = Choose…
file-dialog-import = Choose a file to import
file-dialog-export = Choose the folder to export into
file-dialog-send = Save the file to send as
file-dialog-filter-import = Bundles, position packets and agreement texts
import-language = Language of the text
import-title = Title, if the text does not begin with one
import-submit = Import
import-unplaced-heading = { $unit ->
        [paragraph] { $count ->
            [one] One paragraph fits nowhere in an agreement:
           *[other] { $count } paragraphs fit nowhere in an agreement:
        }
       *[line] { $count ->
            [one] One line fits nowhere in an agreement:
           *[other] { $count } lines fit nowhere in an agreement:
        }
    }
import-unplaced-line = { $unit ->
        [paragraph] Paragraph
       *[line] Line
    } { $line }: { $words }
import-open-agreement = Open the agreement
import-keep-unplaced = Keep what fits nowhere, as unnumbered paragraphs where it stands
import-accept-changes = Take the tracked changes of a Word document as accepted (without this, a document with tracked changes is refused)
import-word-comments = { $count ->
        [one] One comment of the document was left out.
       *[other] { $count } comments of the document were left out.
    }
import-word-changes = { $count ->
        [one] One tracked change was taken as accepted.
       *[other] { $count } tracked changes were taken as accepted.
    }
import-read = Read the text
import-confirm = Import
import-found-heading = What the text holds
import-found-title = Title: { $words }
import-found-symbol = Symbol: { $words }
import-found-kind = Kind: { $words }
import-found-front-matter = Front matter: { $words }
import-found-opening = The preamble opens: { $words }
import-found-closing-line = The preamble closes: { $words }
import-found-closing = Closing formula: { $words }
import-found-count = { $kind }: { $count }
import-found-headings = The first headings
import-found-nothing = No provision was found in this text.
import-unplaced-refused = Tick “Keep what fits nowhere” to import the text with it, or correct the text and read it again.
import-alignment-matched = { $count ->
        [one] One provision of the text meets its counterpart in the agreement.
       *[other] { $count } provisions of the text meet their counterparts in the agreement.
    }
import-alignment-text-only = In the text only
import-alignment-agreement-only = In the agreement only, left without words in this language
import-alignment-line = { $unit ->
        [paragraph] Paragraph
       *[line] Line
    } { $line }: { $label }
import-pair-with = Give it to
import-pair-leave = No provision: leave it out
import-into = Into
import-into-new = A new agreement
import-revision = As a new revision named
import-revision-hint = Leave empty to attach the text to the agreement in this language; give a name, such as Rev.3, to read it as a new revision of the agreement's text.
import-revision-saved = { $name } saved: { $amended } amended, { $added } added, { $moved } moved
import-unmatched-heading = Not in the revision, and left as they were for you to resolve:
merge-summary = { $party }: { $applied } applied, { $unchanged } unchanged, { $conflicts } to resolve
merge-applied-heading = Applied
merge-conflicts-heading = To resolve: the record here changed after the packet was made
merge-column-provision = Provision
merge-column-ours = Here
merge-column-theirs = In the packet
merge-take-theirs = Take the delegation’s
merge-recorded = { $by } · { $at }

## Search in the text (Ctrl+F)
search-label = Search the text
search-placeholder = Search (Ctrl+F)
search-language = Language to search in
search-all-languages = All
search-results = Search results
search-none = Nothing found.
search-count = { $count ->
    [one] One place found.
   *[other] { $count } places found.
}
search-listed = The first { $shown } are listed.
search-keys = Enter: next, Shift+Enter: previous.
search-in-text = { $citation } — { $language }
search-in-option = { $citation }, option { $number } — { $language }
search-in-statement = { $citation }, statement by { $party }
search-in-note = { $citation }, private note

## The keyboard (F1)
keys-button = Keyboard
keys-title = Keyboard shortcuts
keys-close = Close
keys-help = This list of shortcuts.
keys-search = Search the text of the open agreement.
keys-search-results = In the search box: the next or the previous place found.
keys-escape = Clear the search; close a dialog without changing anything.
keys-save = Save the text being edited.
keys-new-paragraph = Anywhere: a new paragraph after the selected paragraph, or in the selected article, ready to type.
keys-record-position = Anywhere: record a party's position on the selected provision.
keys-tree = In the structure: the next or the previous provision.
keys-next-provision = Anywhere: the next or the previous provision.
keys-move = In the structure: move the selected provision down or up.
keys-zoom = Enlarge the page, make it smaller, or put it back as it was.
keys-tab = Go from one control to the next, or back.

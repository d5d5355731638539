# The entente command line.

cli-about = Entente: draft international agreements on AI cooperation in health, offline.
cli-data-dir-help = The folder that holds the database (default: the desktop app's data folder).
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

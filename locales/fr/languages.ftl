# Noms des langues, par code ISO 639-1, tels qu’un francophone les écrit
# (en minuscules, comme au milieu d’une phrase : « Titre en anglais »).

# Le nom que cette langue se donne, proposé dans la liste des langues de l’interface.
language-endonym = Français

language-ar = arabe
language-zh = chinois
language-en = anglais
language-fr = français
language-ru = russe
language-es = espagnol
language-pt = portugais
language-de = allemand
language-it = italien
language-ja = japonais
language-ko = coréen
language-hi = hindi
language-id = indonésien
language-sw = swahili
language-tr = turc
language-fa = persan
language-nl = néerlandais
language-pl = polonais
language-uk = ukrainien
language-bn = bengali
language-ur = ourdou
language-am = amharique
language-ha = haoussa
language-vi = vietnamien
language-th = thaï
language-ms = malais

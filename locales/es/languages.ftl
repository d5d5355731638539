# Nombres de los idiomas, por código ISO 639-1, tal como se escriben en español.

# El nombre de este idioma en el propio idioma, que se ofrece en la lista de idiomas de la interfaz.
language-endonym = Español

language-ar = árabe
language-zh = chino
language-en = inglés
language-fr = francés
language-ru = ruso
language-es = español
language-pt = portugués
language-de = alemán
language-it = italiano
language-ja = japonés
language-ko = coreano
language-hi = hindi
language-id = indonesio
language-sw = suajili
language-tr = turco
language-fa = persa
language-nl = neerlandés
language-pl = polaco
language-uk = ucraniano
language-bn = bengalí
language-ur = urdu
language-am = amárico
language-ha = hausa
language-vi = vietnamita
language-th = tailandés
language-ms = malayo

# Language names, by ISO 639-1 code, as an English speaker writes them.

# This language's name for itself, offered in the interface-language list.
language-endonym = English

language-ar = Arabic
language-zh = Chinese
language-en = English
language-fr = French
language-ru = Russian
language-es = Spanish
language-pt = Portuguese
language-de = German
language-it = Italian
language-ja = Japanese
language-ko = Korean
language-hi = Hindi
language-id = Indonesian
language-sw = Swahili
language-tr = Turkish
language-fa = Persian
language-nl = Dutch
language-pl = Polish
language-uk = Ukrainian
language-bn = Bengali
language-ur = Urdu
language-am = Amharic
language-ha = Hausa
language-vi = Vietnamese
language-th = Thai
language-ms = Malay

# Las palabras del propio texto: tipos de acuerdo y de disposición, y las
# etiquetas que numeran las disposiciones. Comunes a la interfaz y a las exportaciones.

agreement-kind-treaty = Tratado
agreement-kind-framework-agreement = Acuerdo marco
agreement-kind-memorandum-of-understanding = Memorando de entendimiento
agreement-kind-joint-declaration = Declaración conjunta

provision-kind-recital = Considerando
provision-kind-part = Parte
provision-kind-chapter = Capítulo
provision-kind-article = Artículo
provision-kind-paragraph = Párrafo
provision-kind-subparagraph = Apartado
provision-kind-annex = Anexo

# Números que se muestran. $n es el ordinal, y $roman y $letter, el mismo número
# en números romanos y en letras; cada idioma elige la forma que escribe.
provision-label-recital = Considerando { $n }
provision-label-part = Parte { $roman }
provision-label-chapter = Capítulo { $roman }
provision-label-article = Artículo { $n }
provision-label-paragraph = Párrafo { $n }
provision-label-subparagraph = Apartado { $letter })
provision-label-annex = Anexo { $roman }

preamble = Preámbulo

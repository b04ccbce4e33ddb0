# Words shared by every part of the interface.

# A bank's language, by its code (en, ko).
common-language-en = English
common-language-ko = Korean

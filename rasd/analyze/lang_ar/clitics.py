"""Arabic proclitics, as data (normalized forms: see rasd.analyze.arabic.normalize).

Proclitics of Modern Standard Arabic news (Buckwalter/Habash, *Introduction to Arabic NLP*, 2010,
ch. 4): conjunctions و ف, prepositions ب ل ك, and the article ال; ل + ال is written لل.
"""

import re

#: A prefix that is certainly clitics + article: (و|ف)? (ب|ك)? ال, or (و|ف)? لل.
#: At least two letters must remain, so الا / الي / لله keep their letters.
ARTICLE_PREFIX_RE = re.compile(r"^(?:[وف]?[بك]?ال|[وف]?لل)(?=\w\w)")

#: Conjunctions that may open a word.
CONJUNCTIONS = "وف"

#: Single-letter prepositions that may open a word (after an optional conjunction).
PROCLITIC_LETTERS = "بلك"

#: Proclitic combinations a search for a bare word also tries in front of it (بيروت → وبيروت).
QUERY_PREFIXES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")

"""Fields of the plugin's tables and layers: their kinds (a table is a tuple of (name, kind) pairs
the QGIS side turns into fields: toolbelt/tables.qgs_fields), and which field of a table or layer
holds a thing, guessed from the field names: one rule for the whole plugin. A name matches a usual spelling when both read the same with Unicode compatibility
forms (full-width letters), case, blanks, underscores and a bracketed unit (（t/h）, (m)) set aside;
failing every spelling, a name containing one of the given phrases (中心经度 for 经度) is taken."""
import re
import unicodedata

TEXT, NUMBER, INTEGER = "text", "number", "integer"


def utf8_prefix(text, limit):
    """`text` cut to at most `limit` bytes of UTF-8 at a character boundary (a shapefile's field
    names and texts, PostgreSQL's identifiers count bytes, not characters)."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def field_key(name):
    """`name` as the guess compares it: NFKC, case folded, without blanks, underscores and
    bracketed parts."""
    name = unicodedata.normalize("NFKC", str(name or "")).casefold()
    return re.sub(r"[\s_]+|[(（][^)）]*[)）]", "", name)


def guess_field(names, spellings, phrases=(), taken=()):
    """The field of `names` (not among `taken`) that holds what `spellings` spell, or None: for each
    spelling in order, the field of that very name, else the first whose field_key is the spelling's;
    then the first field whose key contains a phrase, phrases in order."""
    free = [n for n in names if n not in taken]
    keys = {n: field_key(n) for n in free}
    for spelling in spellings:
        if spelling in free:
            return spelling
        found = next((n for n in free if keys[n] == field_key(spelling)), None)
        if found is not None:
            return found
    for phrase in phrases:
        found = next((n for n in free if field_key(phrase) in keys[n]), None)
        if found is not None:
            return found
    return None

"""Toponym finding by a dictionary scan, and resolution of each name in the context of its article."""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterable

from ..model import Place
from ._dateline import parse_dateline
from ._gazetteer import Candidate, Gazetteer, bears_name, fold, name_key

_WORD = re.compile(r"[^\W_]+")
_MAX_TOKENS = 8
# Arabic articles written in lower case and hyphenated to a name ("al-Tanf", "el-Arish"): a name may start
# on one, as on "the", but the article alone is never a place.
_ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "ez"}

# Capitalised words that also name some town: as a single word they are never taken for a place.
# Countries, regions and admin1 with these names are unaffected ("Chad" is handled by _PERSONISH).
_STOP = set("""
a an the of in on at to by for from with and or but if as is it its he she we they you i me my our their his her this
that these those there here then than so not no yes all any some many more most much such very can could will would
shall should may might must do does did done has have had be been being was were are am said says say new old
mr mrs ms dr sir president minister prime king queen prince general gen col lt sgt captain police army navy military
government state states city town village province region district capital republic kingdom union parliament
congress senate court party bank university school church hospital airport station port island islands river
lake mountain valley north south east west central northern southern eastern western upper lower greater little
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december today tomorrow yesterday christmas easter ramadan eid
god allah jesus christ islam muslim christian jewish sunni shia arab arabs
un eu nato gulf spring summer autumn winter fall alliance commonwealth council justice roman harvard cornell
yale princeton stanford gallup earnest australian canadian
area center centre supreme
guardian times post herald tribune telegraph mirror express independent observer
time page home world news people media press report reports source sources share email print
premier league cup club united city rovers wanderers
she he it one two three four five six seven eight nine ten first second third last next
free open close start end top bottom main high low long short big small great good bad
social national international global local federal public private royal imperial
american british french german russian chinese iranian iraqi syrian israeli palestinian
afghan pakistani indian african european asian western eastern
liberal conservative labour labor green reform democrat democratic republican
""".split())
# Given names and surnames that also name towns: part of a person's name when next to a capitalised word,
# and never a place on their own.
_GIVEN = set("""john paul peter james george william charles henry david michael robert thomas joseph richard
edward mary elizabeth anne victoria florence chelsea hamilton lincoln jackson johnson clinton obama trump
biden jefferson madison franklin grant lee douglas nelson wilson kennedy carter reagan bush mitchell
hassan ali ahmed mohammed muhammad omar hussein abbas karim nigel caroline ariel angus""".split())
# Ordinary English words that are also real towns ("Nice", "Split"): a place only after "in", "near"...
# and not at the start of a sentence.
_SOFT = set("""male female same nice mobile split reading bath sale best hope deal gap marks mark independence
liberty victory union progress unity justice freedom peace friendship concord providence enterprise commerce
industry success harmony paradise eden bethlehem nazareth goshen canaan zion orange eagle wells bury
chester march superior sterling brick""".split())
# Country names that are also common given names: dropped when they sit next to another capitalised word.
_PERSONISH = {"chad", "jordan", "georgia", "india", "israel", "kenya", "chile", "jamaica", "china", "france",
              "lebanon", "grenada", "guinea"}

# Capitalised words that may precede a place without making it part of a longer proper name.
_LEADS = set("""in at on near from to into outside inside around across throughout toward towards via
the a and but or while when after before since during until as if of for with by both across between
northern southern eastern western central north south east west northeast northwest southeast southwest
greater upper lower inner outer rural urban
""".split())
# Capitalised words that may follow a place without making it part of an organisation's name.
_HEADS = {"province", "region", "state", "governorate", "district", "oblast", "prefecture", "department",
          "county", "borough", "city", "town", "village", "valley", "river", "delta", "basin", "border", "airport",
          "air", "base", "airbase", "camp", "area", "strip", "coast", "highlands", "mountains", "desert",
          "plateau", "peninsula", "island", "islands", "region's", "and", "on",
          # offices held for a place: "Iowa Congressman", "Texas Governor", "Ohio Democrat"
          "congressman", "congresswoman", "senator", "governor", "mayor", "premier", "representative", "assemblyman",
          "legislator", "lawmaker", "lawmakers", "democrat", "democrats", "republican", "republicans",
          # ... and its institutions: "in Manhattan Federal Court", "Basra Police said"
          "federal", "court", "police",
          # ... abbreviated ("South Dakota Gov. Kristi Noem", "Ohio Sen. Sherrod Brown"), and a part of the place
          # ("Kowloon West district", "Yobe North senatorial district", "Inner Mongolia Autonomous Region")
          "gov", "sen", "rep", "autonomous", "north", "south", "east", "west",
          # ... and a treaty named for where it was signed ("the Paris Accord", "the Oslo Accords")
          "accord", "accords"}
# A wire story's day after a place ("will leave Washington Tuesday evening", "arrive in London Monday to")
# does not glue it into a name, when what follows the day is no noun of a name ("Sheffield Wednesday manager").
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_AFTER_DAY = re.compile(r"^(?:\s*(?:[.,;:)!?\"'’”]|$)|\s+(?:morning|afternoon|evening|night|to|for|and|after|"
                        r"before|at|in|on|with|when|while|as|but|or|that|said|says|amid|following)\b)")
# ... nor does a date ("will take place in Venice June 8-10", "talks in Geneva March 3").
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                "dec"}
_DAY_NUMBER = re.compile(r"^\.?\s+\d{1,2}\b")
# Titles that make the next capitalised word a person's name ("Mr Leigh", "Lady Boothroyd"). Matched as
# written, so "DR Congo" is not "Dr Congo".
_HONORIFICS = {"Mr", "Mrs", "Ms", "Mme", "Dr", "Lord", "Lady", "Sir", "Dame", "Baroness", "Baron",
               "Prof", "Rev", "Messrs", "Mister",
               # rulers' and princes' titles: "Sheikh Sabah", "Emir Jaber", "Prince Sultan", "King Hussein"
               "Sheikh", "Sheik", "Shaikh", "Emir", "Amir", "Prince", "Princess", "King", "Queen", "Sultan"}
_ADMIN_WORDS = {"province", "region", "state", "governorate", "district", "oblast", "prefecture", "department",
                "county", "regions", "provinces"}
# Type words that make a name an admin2 first ("Kupwara district", "Harrison County", "Wandsworth borough");
# the others ("X province/state/prefecture/department") read it as an admin1 first, then as an admin2
# (Philippine provinces and French departements are GeoNames admin2).
_ADMIN2_FIRST = {"district", "county", "borough"}
# Type words that may name an admin2 at all: "Pacific region" is the ocean, not Pacific County.
_ADMIN2_FORCE = _ADMIN2_FIRST | {"province", "prefecture", "department"}
# Words inside an admin2's own name that say what it is ("Harrison County", "Karachi District").
_ADMIN2_TYPED = {"county", "co", "district", "borough", "province", "prefecture", "parish", "municipality",
                 "governorate", "department", "departement", "rayon", "raion"}
_CUE = re.compile(r"(?:\b(?:in|near|at|from|to|into|outside|around|across|toward|towards|via|"
                  r"northern|southern|eastern|western|central)"
                  r"|\b(?:towns?|city|cities|villages?|resorts?|ports?|outskirts|district|county|borough|prefecture|province|region|capital|"
                  r"suburbs?|north|south|east|west)\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_SENT_END = re.compile(r"(?:[.!?]['\"’”]?\s+|\n\s*|^\s*|[\"“‘'(\[]\s*)$")
_POSS_CAPITAL = re.compile(r"^['’]s\s+capital(?:\s+city)?\b", re.IGNORECASE)
_CAPITAL_OF = re.compile(r"\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ADMIN_AFTER = re.compile(r"^\s+(province|region|state|governorate|district|oblast|prefecture|department|county|"
                          r"borough)\b", re.IGNORECASE)
# "Orange and Riverside counties", "the Kunar and Nangarhar provinces": each name of the list is one.
_ADMIN_LIST_AFTER = re.compile(r"^(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*\s+"
                               r"(?i:(counties|districts|boroughs|provinces|prefectures|departments|states|"
                               r"governorates|oblasts))\b")
_SINGULAR = {"counties": "county", "districts": "district", "boroughs": "borough", "provinces": "province",
             "prefectures": "prefecture", "departments": "department", "states": "state",
             "governorates": "governorate", "oblasts": "oblast"}
# "the district of Kupwara", "the London borough of Wandsworth": the name after is the admin2 itself.
_ADMIN_BEFORE = re.compile(r"\b(district|county|borough)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A capital or seat of power doing what governments do: an actor, not a location.
# What a government does. An auxiliary alone ("Delhi is India's breadbasket", "Paris has also long
# struggled with smog") says nothing: it must lead to one of these.
_GOV_VERBS = (r"said|says|say|announced|announces|warned|warns|accused|accuses|denied|denies|rejected|rejects|"
              r"wants?|wanted|insisted|insists|signall?ed|signals|responded|responds|demanded|demands|urged|urges|"
              r"called|calls|condemned|condemns|threatened|threatens|agreed|agrees|refused|refuses|believes|"
              r"hopes|fears|sees|sent|sends|imposed|imposes|ordered|orders|approved|approves|backed|backs|"
              r"supports|supported|opposes|opposed|recogni[sz]ed|recogni[sz]es|expelled|summoned|vowed|vows|"
              r"pledged|pledges|attempted|attempts|tried|tries|expects|expected|plans|planned|intends|intended|"
              r"seeks|sought|decided|decides|launched|launches|claimed|claims|argued|argues|maintains|"
              r"welcomed|welcomes|critici[sz]ed|critici[sz]es|blamed|blames|retaliated|protested|objected|"
              r"signed|signs|joined|considers|considered|regards|views|viewed|stated|stressed|confirmed|"
              r"confirms|reiterated|asserted|concluded|concludes|accepted|accepts|offered|offers|pressed|"
              r"presses|pushed|pushes|asked|asks|told|tells|declared|declares|suspended|suspends|halted|"
              r"vetoed|denounced|denounces|slammed|promised|promises|concedes|conceded|notified|informed|"
              r"trying|seeking|pushing|pressing|pressuring|considering|weighing|refusing|demanding|insisting|"
              r"planning|preparing|threatening|urging|calling|negotiating|holding|held|hold|concerned|"
              r"worried|ready|willing|determined|keen|committed|unwilling|reluctant|expected\s+to|likely\s+to|"
              r"ensured|ensures|guaranteed|assured|released|freed|detained|arrested|deployed|allowed|allows|"
              r"permitted|granted|authori[sz]ed|negotiated|mediated|brokered|retaliates|responded")
_AUX = (r"(?:(?:has|have|had|is|was|are|were|will|would|could|can|may|might|must|should|did|does|do|also|not|"
        r"n['’]t|now|still|already|long|repeatedly|previously|recently|quickly|reportedly|then|just|been|"
        r"publicly|strongly|officially|formally|firmly)\s+)*")
_ACTOR_VERB = re.compile(rf"^(?:['’]s\s+\w+\s+)?\s*(?:,\s*)?(?:{_AUX}(?:{_GOV_VERBS})|"
                         r"and\s+(?:its|their)\s+allies)\b", re.I)
# "Washington and the Taliban had been holding talks": a capital sharing its verb with another actor.
_ACTOR_AND = re.compile(rf"^\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+{_AUX}(?:{_GOV_VERBS})\b")
# "Washington's move", "Beijing's stance": a capital's possessive on what governments have.
_GOV_POSSESSION = re.compile(r"^['’]s?\s+(?:\w+\s+)?(?:move|moves|decision|decisions|policy|policies|position|"
                             r"stance|support|demands?|response|plans?|proposals?|ally|allies|envoys?|ambassador|"
                             r"approach|efforts?|claims?|relations|strategy|refusal|offer|request|announcement|"
                             r"warnings?|accusations?|sanctions|withdrawal|intervention|recognition|backing|"
                             r"objections?|insistence|commitment|administration|leadership|rulers|regime|"
                             r"government|officials|diplomats|negotiators|delegation)\b", re.I)
# "a new Tehran offensive", "Tehran radio": a capital in front of its state's campaign or its broadcaster names the
# government that wages or runs it, not where it is. (Not "the Manila government", "the Tehran leadership", "Seoul
# officials": the golds count those capitals as places, and nothing happens in them that the story places elsewhere.)
_GOV_ATTRIBUTE = re.compile(r"^\s+(?:offensives?|radio|television|tv)\b", re.I)
# "accused Beijing of", "talks with Washington", "autonomy under Beijing": the object is the government.
_GOV_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|urg(?:ed|es|ing)|press(?:ed|es|ing)|pressur(?:ed|es|ing)|"
                         r"critici[sz](?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|call(?:ed|s|ing)\s+on|"
                         r"pressure\s+on|ties\s+with|talks\s+with|relations\s+with|relationship\s+with|"
                         r"deal\s+with|agreement\s+with|negotiations\s+with|dialogue\s+with|dispute\s+with|"
                         r"tensions\s+with|(?:reached|struck|signed)\s+with|under)\s+$", re.I)
# Where a capital is the place itself: "via Moscow and Paris", "the air over Delhi", "cities like Beijing".
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|around|via|over|through|across|toward|"
                              r"towards|like|within|throughout|beyond|inside)\s+(?:the\s+)?$", re.I)
_AREAS = ("country", "region", "water", "landform")
_AREA_TAIL = re.compile(r"\s+(?:North|South|East|West|Central|Province|Region|State|District)")
_COMPASS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
            "northeast", "northwest", "southeast", "southwest", "north east", "north west", "south east",
            "south west", "middle", "upper", "lower", "far"}
# "the Swiss resort of Davos", "the Pakistani city of Lahore": the demonym names the town's country.
_DEMONYM_OF = re.compile(r"\bthe\s+([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s+(?:city|town|village|resort|port|"
                         r"capital|province|region|district|island|state|county|enclave|oasis)\s+of\s+$")
# "the Cenepa and Santiago rivers", "the Santiago River": a river, not the town of that name.
_RIVER_AFTER = re.compile(r"^(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)[A-Z][\w'-]*)*\s+(?:rivers?|mountains|hills|lakes?)\b",
                          re.IGNORECASE)
_SEATS = {"Kremlin", "White House", "Pentagon", "Downing Street", "Elysee Palace", "Whitehall", "Westminster",
          "Capitol Hill"}
# Words before a seat of power that make it a location ("talks at the White House", "protest outside
# Downing Street", "flew to the Kremlin").
_AT_SEAT = re.compile(r"\b(?:in|at|near|from|to|into|outside|inside|around|toward|towards|across|opposite|"
                      r"left|leaving|leave|entered|entering|visited|visiting|visit|reached|arrived|walked|"
                      r"gates\s+of|steps\s+of|grounds\s+of)\s+(?:the\s+|No\.?\s*\d+\s+|\d+\s+)?$", re.IGNORECASE)
# "the Downing Street talks", "a White House meeting": a seat of power before a gathering names where it met.
_SEAT_GATHERING = re.compile(r"^\s+(?:talks|meeting|meetings|summit|press\s+conference|news\s+conference|reception|"
                             r"dinner|lunch|breakfast|ceremony|lawn|rose\s+garden|briefing\s+room)\b", re.IGNORECASE)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    key: str
    cands: list[Candidate]
    tok_start: int
    tok_end: int
    forced: str | None = None  # 'admin' after "X province", 'capital' for "Y's capital"
    admin_word: str = ""  # the type word that forced 'admin', as written ("County", "province")
    cue: bool = False
    chosen: Candidate | None = None
    qualified: bool = False  # "Arlington, Virginia": the state or country after the comma picked the town


def _is_cap(tok: str) -> bool:
    return tok[0].isupper() or tok[0].isdigit()


def _scan(text: str, gaz: Gazetteer, exclude: list[tuple[int, int]]) -> list[_Mention]:
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    keys = [fold(t[2]) for t in toks]
    n = len(toks)
    out: list[_Mention] = []
    i = 0
    while i < n:
        s0, e0, t0 = toks[i]
        article = keys[i] in _ARTICLES and text[e0:e0 + 1] in "-‑" and i + 1 < n and _is_cap(toks[i + 1][2]) \
            and toks[i + 1][0] == e0 + 1
        if not (_is_cap(t0) or keys[i] == "the" or article):
            i += 1
            continue
        if keys[i] == "the" and i + 2 < n and toks[i + 1][2] in _COMPASS_ADJ and _is_cap(toks[i + 2][2]):
            # "the southern Gulf", "the northern Caucasus": a compass adjective inside a name known with
            # its article; the place is the name after the adjective.
            got = _after_compass(text, toks, keys, i + 2, gaz)
            if got is not None:
                out.append(got)
                i = got.tok_end
                continue
        best = _longest(text, toks, keys, i, gaz, article)
        if best >= 0 and keys[i] == "the" and i + 1 < n and _longest(text, toks, keys, i + 1, gaz, False) > best:
            # "the Gulf of Aden": a longer name the index knows without its article ("Gulf of Aden") beats the
            # short one it knows with it ("the Gulf").
            best = -1
        if best < 0:
            i += 1
            continue
        start, end = toks[i][0], toks[best][1]
        if len(toks[best][2]) == 1 and text[end:end + 1] == ".":
            end += 1  # keep the full stop of "U.S."
        key = " ".join(keys[i:best + 1])
        cands = gaz.lookup_key(key)
        # A span the caller excludes (NER's PERSON) does not block a name of several words that the
        # gazetteer knows only as a country, region or sea ("Iraqi Kurdistan", "South Ossetia").
        # Nor does one that is a province or country plus a compass or type word ("Yobe North", "Kowloon
        # West" taken for people's names). Nor one that is a big town or a province under its own name
        # ("Mato Grosso", "Cap Haitien"), unless the story uses part of it alone as a surname.
        if any(a < end and start < b for a, b in exclude) and not (
                best > i and keys[i] != "the" and cands and cands[0].feature in _AREAS
                and all(start <= a and b <= end for a, b in exclude if a < end and start < b)) and not (
                cands and any(c.feature in _AREAS + ("admin1",) for c in cands)
                and all(a == start and _AREA_TAIL.fullmatch(text[end:b])
                        for a, b in exclude if a < end and start < b)) \
                and not _toponym_taken_for_person(text, toks, keys, i, best, cands, exclude):
            i = best + 1
            continue
        out.append(_Mention(start, end, key, cands, i, best + 1))
        i = best + 1
    _context(text, out)
    return out


# Big towns, provinces and states the tagger may take for a person's name of two or three words ("Mato Grosso",
# "Cap Haitien"): a place when the name is the whole span, a place is expected there and no part of it is used
# alone as a surname.
_PERSON_OVERRIDE_POPULATION = 100_000


def _toponym_taken_for_person(text: str, toks, keys, i: int, best: int, cands: list[Candidate],
                              exclude: list[tuple[int, int]]) -> bool:
    """Whether a name of several words that the caller's NER took for a PERSON is a well-known place all the
    same: the PERSON span is exactly the name, the gazetteer knows it under that very name as a province or
    state or a town of 100,000 people or more, it opens with no given name or title, a preposition of place comes
    before it or a common noun of a site after it, and the story never uses its last word alone (a surname is
    named alone again: "Carlos Santana ... Santana said")."""
    start, end = toks[i][0], toks[best][1]
    if best == i or keys[i] == "the" or keys[i] in _GIVEN:
        return False
    if not all((a, b) == (start, end) for a, b in exclude if a < end and start < b):
        return False
    if i > 0 and toks[i - 1][2] in _HONORIFICS:
        return False
    # Only where a place is expected: after a preposition of place ("from Para to Mato Grosso") or before a common
    # noun of a site ("the Cap Haitien church radio"); "the striker Santa Cruz scored" stays a person.
    after = re.match(r"\s+([a-z]+)\b", text[end:end + 20])
    if not _CUE.search(text[max(0, start - 40):start]) and not (after and after.group(1) in _FACILITY_NOUNS):
        return False
    key = " ".join(keys[i:best + 1])
    big = [c for c in cands if c.feature == "admin1"
           or (c.feature == "city" and (c.capital or c.population >= _PERSON_OVERRIDE_POPULATION))]
    if not any(bears_name(c, key) for c in big):
        return False
    last = toks[best][2]
    alone = [m.start() for m in re.finditer(rf"\b{re.escape(last)}\b", text)]
    return all(any(s <= a < e for s, e in _spans_of(text, toks[i][2], last)) for a in alone)


def _spans_of(text: str, first: str, last: str) -> list[tuple[int, int]]:
    """Where a name from ``first`` to ``last`` (two to four words) is written in full."""
    pattern = rf"\b{re.escape(first)}(?:[\s-]+\S+){{0,2}}?[\s-]+{re.escape(last)}\b"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _longest(text: str, toks, keys, i: int, gaz: Gazetteer, article: bool) -> int:
    """The last token of the longest name the index knows that starts at token ``i`` (-1 if none)."""
    n = len(toks)
    cur = keys[i]
    best = -1
    j = i
    while True:
        last_ok = _is_cap(toks[j][2]) or cur in gaz.lower_ok
        if j > i or (keys[i] != "the" and not article):
            if last_ok and gaz.has(cur):
                best = j
        if cur not in gaz.prefixes or j + 1 >= n or j - i + 1 >= _MAX_TOKENS:
            break
        gap = text[toks[j][1]:toks[j + 1][0]]
        if not _joinable(gap, toks[j][2]):
            break
        j += 1
        cur = cur + " " + keys[j]
    return best


_COMPASS_ADJ = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                "upper", "lower", "north-west", "north-east", "south-west", "south-east"}


def _after_compass(text: str, toks, keys, k: int, gaz: Gazetteer) -> "_Mention | None":
    """The name at token ``k`` read with the article before its compass adjective ("the [southern] Gulf")."""
    cur, best = "the " + keys[k], -1
    j = k
    while True:
        if gaz.has(cur) and _is_cap(toks[j][2]):
            best = j
        if cur not in gaz.prefixes or j + 1 >= len(toks) or j - k + 2 >= _MAX_TOKENS \
                or not _joinable(text[toks[j][1]:toks[j + 1][0]], toks[j][2]):
            break
        j += 1
        cur = cur + " " + keys[j]
    if best < 0:
        return None
    key = " ".join(["the", *keys[k:best + 1]])
    cands = [c for c in gaz.lookup_key(key) if c.feature in _AREAS]
    if not cands:
        return None
    # Its tokens run from the article, as those of "the Gulf" do: the name is not a bare one-word mention.
    return _Mention(toks[k][0], toks[best][1], key, cands, k - 2, best + 1)


def _joinable(gap: str, prev: str) -> bool:
    if gap in (" ", "-", "'", "’", ".", "", "‘", "-"):
        return True
    # "U. S." and "D. C.": a full stop and a space only after a single letter.
    return gap == ". " and len(prev) == 1


_CONJUNCT_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")


def _context(text: str, mentions: list[_Mention]) -> None:
    _cues(text, mentions)
    for prev, m in zip(mentions, mentions[1:]):
        # "the towns of Salfit and Tulkarem": a cue covers the whole list it introduces.
        if prev.cue and not m.cue and _CONJUNCT_GAP.match(text[prev.end:m.start]):
            m.cue = True


def _cues(text: str, mentions: list[_Mention]) -> None:
    for m in mentions:
        before = text[max(0, m.start - 40):m.start]
        after = text[m.end:m.end + 40]
        m.cue = bool(_CUE.search(before))
        if _POSS_CAPITAL.match(after) and any(c.feature == "country" for c in m.cands):
            m.forced = "capital"
            m.end += _POSS_CAPITAL.match(after).end()
        elif _CAPITAL_OF.search(before) and any(c.feature == "country" for c in m.cands):
            m.forced = "capital"
            m.start -= len(before) - _CAPITAL_OF.search(before).start()
        else:
            # "Hale County State Bank": a name that already ends on its type word takes no second one.
            am = None if m.key.rsplit(" ", 1)[-1] in _ADMIN2_TYPED else _ADMIN_AFTER.match(after)
            ab = _ADMIN_BEFORE.search(before)
            a2 = am and am.group(1).lower() in _ADMIN2_FORCE and any(c.feature == "admin2" for c in m.cands)
            if am and m.key not in _LEADS and (a2 or any(c.feature in ("admin1", "region") for c in m.cands)):
                m.forced, m.admin_word = "admin", am.group(1)
                m.end += am.end()
            elif ab and any(c.feature == "admin2" for c in m.cands):
                m.forced, m.admin_word = "admin", ab.group(1)
                m.start -= len(before) - ab.start()
            elif (lm := _ADMIN_LIST_AFTER.match(after)) and m.key not in _LEADS and any(
                    c.feature in ("admin1", "admin2", "region") for c in m.cands):
                m.forced, m.admin_word = "admin", _SINGULAR[lm.group(1).lower()]
            elif am and am.group(1).lower() in _ADMIN2_FIRST:
                # "Kupwara district" with no such district in the index: the type word still says that a
                # place is named, as "town of" does; the town of that name stands for its district.
                m.cue = True


def _sentence_initial(text: str, start: int) -> bool:
    return bool(_SENT_END.search(text[max(0, start - 4):start])) or start == 0


def _glued_left(text: str, m: _Mention, toks, keys, known: set[int]) -> bool:
    """The word before the name is capitalised and joined to it ("Union Texas", "Ford Mustang")."""
    i = m.tok_start
    return i > 0 and text[toks[i - 1][1]:toks[i][0]] == " " and _is_cap(toks[i - 1][2]) \
        and keys[i - 1] not in _LEADS and (i - 1) not in known and not toks[i - 1][2].isupper()


def _starts_sentence(text: str, start: int) -> bool:
    """Stricter than :func:`_sentence_initial`: a line break inside hard-wrapped wire copy is no sentence end."""
    before = text[max(0, start - 12):start]
    stripped = before.rstrip()
    if not stripped:
        return start < 12 or not text[:start].strip()
    return stripped[-1] in ".!?:\"”’'" or "\n\n" in before[len(stripped):]


# "in London 13 years ago", "in Paris five days later": a number that counts something after the name is no
# part of it (unlike "Perm 35", "Apollo 11").
_NUMBER_COUNT = re.compile(r"\d[\d.,]*\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times|km|kms|kilometres?|"
                           r"kilometers?|miles?|people|persons|men|women|soldiers|troops|pct|percent|per\s+cent)\b")


def _adjacent_cap(text: str, m: _Mention, toks, keys, known: set[int],
                  glued: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """True when the name is glued to another capitalised word: part of a person's or an org's name."""
    i, j = m.tok_start, m.tok_end
    if _glued_left(text, m, toks, keys, known):
        # A sentence's first word is capitalised anyway, unless it is a given name or the pair is
        # glued elsewhere in the story, mid-sentence ("Union Texas said" after "owns 49.7 pct of Union Texas").
        if not _sentence_initial(text, toks[i - 1][0]) or keys[i - 1] in _GIVEN or (keys[i - 1], m.key) in glued:
            return True
    if j < len(toks) and text[toks[j - 1][1]:toks[j][0]] == " " and _is_cap(toks[j][2]) \
            and keys[j] not in _HEADS and j not in known and not toks[j][2].isupper() \
            and not _facility_modifier(text, toks, keys, j) \
            and not _NUMBER_COUNT.match(text[toks[j][0]:toks[j][0] + 40]) \
            and not (keys[j] in _WEEKDAYS and (_AFTER_DAY.match(text[toks[j][1]:toks[j][1] + 12])
                                               or _dated_after_preposition(text, m, toks, keys, j))) \
            and not (keys[j] in _MONTH_NAMES and _DAY_NUMBER.match(text[toks[j][1]:toks[j][1] + 6])):
        return True
    return False


def _dated_after_preposition(text: str, m: _Mention, toks, keys, j: int) -> bool:
    """Whether a day follows a place named after a preposition of place and is followed by a lower-case word ("the
    accord reached in Vienna Saturday set a ceiling", "arrived in Lima Monday for talks"): a wire's date, not a
    name's next word ("the Sheffield Wednesday manager" has no "in" before the town)."""
    i = m.tok_start
    return i > 0 and keys[i - 1] in _PLACE_PREPOSITIONS and text[toks[i - 1][1]:toks[i][0]] == " " and \
        bool(re.match(r"\s+[a-z]", text[toks[j][1]:toks[j][1] + 3]))


_PLACE_PREPOSITIONS = {"in", "at", "from", "to", "into", "near", "outside", "inside", "via"}


# Common nouns for a building, site or gathering that a town's name can head as a modifier, with one capitalised
# word between ("a Toowoomba Anglican school", "the Townsville Peace conference"): the town is where it is.
_FACILITY_NOUNS = {"school", "church", "mosque", "temple", "cathedral", "hospital", "prison", "jail", "gaol",
                   "camp", "centre", "center", "museum", "reactor", "plant", "mine", "refinery", "airport", "base",
                   "station", "conference", "meeting", "talks", "summit", "court", "university", "college"}
# Words of a firm's or body's name: "the Toyota Motor plant" is the firm's plant, not one in the town of Toyota.
_FIRM_WORDS = {"motor", "motors", "corp", "co", "inc", "ltd", "plc", "group", "steel", "oil", "electric", "chemical",
               "chemicals", "airlines", "airways", "bank", "energy", "power", "mining", "industries", "holdings",
               "international", "petroleum", "gas", "telecom", "brothers", "company", "business", "law", "medical"}


def _facility_modifier(text: str, toks, keys, j: int) -> bool:
    """Whether the capitalised word at ``j`` after a place name and the lowercase noun after it describe a site or
    gathering in that place ("Anglican school", "Peace conference"), not a firm's or person's name: the one
    capitalised word is no firm word and the noun after it is a common noun of a site or gathering."""
    if keys[j] in _FIRM_WORDS or j + 1 >= len(toks) or text[toks[j][1]:toks[j + 1][0]] != " ":
        return False
    noun = toks[j + 1][2]
    return noun.islower() and noun in _FACILITY_NOUNS


# Capitalised prefixes that join a place name by a hyphen without making it part of another name
# ("Sino-Soviet", "Anti-Tehran", "Greater-London" in a headline).
_HYPHEN_PREFIXES = {"anti", "pro", "pan", "trans", "sino", "franco", "anglo", "indo", "afro", "euro", "russo",
                    "austro", "greco", "italo", "ex", "neo", "post", "pre", "non", "mid", "sub", "cross", "inter",
                    "greater", "upper", "lower", "inner", "outer", "north", "south", "east", "west", "central",
                    "northern", "southern", "eastern", "western", "new", "old", "all", "us", "un", "eu"}


def _hyphen_compound(text: str, m: _Mention, toks, keys, known: set[int]) -> bool:
    """"Ould-Khail", "Abu-Hail": a one-word name glued by a hyphen to a capitalised word that is no place and
    no prefix is the second half of a person's or a firm's name, not a town."""
    i = m.tok_start
    if m.tok_end - i != 1 or i == 0 or m.qualified:
        return False
    left = toks[i - 1]
    if text[left[1]:toks[i][0]] not in ("-", "‑") or not left[2][:1].isupper():
        return False
    return (i - 1) not in known and keys[i - 1] not in _HYPHEN_PREFIXES and keys[i - 1] not in _ARTICLES


def _after_honorific(text: str, m: _Mention, toks) -> bool:
    """"Mr Leigh", "Lady Boothroyd", "Dr. Houston": a person's name, whatever else it names."""
    i = m.tok_start
    return i > 0 and toks[i - 1][2] in _HONORIFICS and text[toks[i - 1][1]:toks[i][0]] in (" ", ". ")


def _pick(m: _Mention, countries: set[str], states: frozenset[tuple[str, str]] = frozenset(),
          weight: dict[str, int] | None = None) -> Candidate | None:
    cands = m.cands
    if m.forced == "admin":
        a1 = [c for c in cands if c.feature in ("admin1", "region")]
        a2 = [c for c in cands if c.feature == "admin2"] if m.admin_word.lower() in _ADMIN2_FORCE else []
        # "Harrison County", "Kupwara district": an admin2 first; but "an Ohio county" is the state.
        word = m.admin_word
        if a2 and (not a1 or (word.lower() in _ADMIN2_FIRST and word[0].isupper())):
            return _pick_admin2(a2, countries, states)
        cands = a1 or cands
    inside = [c for c in cands if c.country_code in countries]
    top = cands[0]
    if top.feature == "region" and top.country_code is None:
        # "Punjab" spans India and Pakistan: in a story about one of them, that one's province or state.
        # Named in both, the country the story names more often.
        own = sorted((c for c in inside if c.feature == "admin1" and bears_name(c, m.key)),
                     key=lambda c: (weight or {}).get(c.country_code, 0), reverse=True)
        # Also when the story names another country the region lies across: news that says "Kashmir" mostly
        # means the Indian-administered valley, the one place of that name (reverted in the fifteenth session,
        # where making it the whole region cost a held-out event location).
        if len(own) == 1 or (len(own) > 1 and (weight or {}).get(own[0].country_code, 0)
                             > (weight or {}).get(own[1].country_code, 0)):
            return own[0]
    if top.feature in ("region", "landform") and top.country_code and top.country_code not in countries:
        # "the Midlands" in a story about Zimbabwe is its province, not England's region; "Midlands
        # province" with no story country is the province too (a type word names an admin1).
        key = m.key[4:] if m.key.startswith("the ") else m.key  # "the Midlands" is indexed only as the region
        pool = cands if key == m.key else Gazetteer.default().lookup_key(key)
        own = [c for c in pool if c.feature == "admin1" and bears_name(c, key)
               and (c.country_code in countries or (m.forced == "admin" and m.admin_word.lower() != "region"))]
        if own:
            return own[0]
    if top.feature in ("country", "region", "water", "site", "landform"):
        # "Georgia" after "Atlanta": the US state, when only the US is otherwise in the story.
        if top.feature == "country" and top.country_code not in countries:
            big = [c for c in inside if c.feature == "admin1" and c.population >= 1_000_000]
            if big:
                return big[0]
        return top
    # A town of the story's country beats a far bigger namesake only if not dwarfed by it
    # ("Birmingham" in a US story is Alabama's; "Paris" is still France's).
    # A town famous far beyond its size (Geneva, Venice) is not a namesake's to lose.
    famous = top.geonameid in Gazetteer.default().prominent and (not inside or inside[0].score() < top.score())
    c = inside[0] if inside and inside[0].score() * 50 >= top.score() and not famous else top
    if c.feature == "admin2":
        # "Washington County" in a story about Oregon is Oregon's.
        return next((x for x in cands if x.feature == "admin2" and x.country_code == c.country_code
                     and (x.country_code, x.admin1) in states), c)
    return c


def _pick_admin2(pool: list[Candidate], countries: set[str], states: frozenset[tuple[str, str]]) -> Candidate:
    """Of many same-named districts or counties ("Washington County"), the one inside a state the story
    names, else inside its country, else the most populous."""
    return next((c for c in pool if (c.country_code, c.admin1) in states), None) \
        or next((c for c in pool if c.country_code in countries), None) or pool[0]


def _accept(text: str, m: _Mention, c: Candidate, countries: set[str], toks, keys, known: set[int],
            glued: frozenset[tuple[str, str]] = frozenset(),
            states: frozenset[tuple[str, str]] = frozenset(), names: frozenset[str] = frozenset(),
            others: frozenset[str] = frozenset()) -> bool:
    single = m.tok_end - m.tok_start == 1
    surface = keys[m.tok_start]
    if m.forced:
        return True
    if _after_honorific(text, m, toks):
        return False
    if c.feature in ("city", "admin2") and _hyphen_compound(text, m, toks, keys, known):
        return False
    # "the North East", "the South West": a name of compass words only is a part of some country, never the
    # hamlet GeoNames happens to know by it (North East, Pennsylvania).
    words = m.key.split(" ")[1:] if m.key.startswith("the ") else m.key.split(" ")
    if c.feature == "city" and len(words) > 1 and all(w in _COMPASS for w in words) and not m.qualified:
        return False
    if c.feature in ("city", "admin1", "admin2"):
        # "The Bank said": a town known as "the" + a common word only by an alternate name is the word
        # ("the Big Apple" is still New York).
        # "the Center" is no Windham, Connecticut: "the" + one word naming a town only by an alternate name
        # is an ordinary noun, whatever the word.
        parts = m.key.split(" ")
        if len(parts) == 2 and parts[0] == "the" and not bears_name(c, m.key) and not m.qualified \
                and not (c.feature == "admin1" and bears_name(c, parts[1])):
            return False
        # "the University of Texas", "Kabul Polytechnic College": an institution, not a town.
        if {"university", "college", "institute", "academy", "school"} & set(parts):
            return False
        # "the Cenepa and Santiago rivers": a river or range bearing a town's name is not the town.
        if _RIVER_AFTER.match(text[m.end:m.end + 60]) and not m.qualified:
            return False
    # "the University of Maryland", "the Bank of England", "the Archbishop of Canterbury", "the Prince of Wales": the
    # name after an institution's or a title's "of" is part of its name (a country stays: "the Bank of Japan" still
    # tells which state's bank acts).
    if c.feature in ("city", "admin1", "admin2", "region", "site", "landform") \
            and _INSTITUTION_OF.search(text[max(0, m.start - 40):m.start]):
        return False
    # "the Gulf of Venezuela", "the Bay of Bengal" where the index lacks the whole name: the bare "Gulf" or "Bay"
    # is that other gulf or bay, not the one the word alone means ("the Gulf").
    if c.feature in ("water", "landform") and m.key.split(" ")[-1] in _GENERIC_WATER \
            and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[m.end:m.end + 20]):
        return False
    # "Jacob's Creek", "Baker's Falls": a generic word of geography alone names no town, whatever town GeoNames
    # knows by it.
    if single and c.feature in ("city", "admin2") and m.key in _GENERIC_FEATURE and not m.qualified:
        return False
    # "Sheikh Sabah al-Ahmed al-Sabah", "Saud al-Faisal": a name with an article that follows another name is a
    # family name, not the province or town it also is.
    if _FAMILY_NAME.search(text[max(0, m.start - 30):m.start]) and not m.cue and c.feature != "country":
        return False
    if c.feature == "country":
        if m.key in _PERSONISH and _adjacent_cap(text, m, toks, keys, known, glued):
            return False
        # "the Uruguay Round", "the Tokyo Round" of trade talks: a negotiation's name, not the place.
        if re.match(r"\s+Round\b", text[m.end:m.end + 8]):
            return False
        # "US" the country, not "us" in an all-capitals headline.
        return not (m.key == "us" and text[m.start:m.end] != "US")
    if single and (surface in _STOP or surface in _GIVEN) and not m.qualified:
        return False
    # "Germany's benchmark Dax index": a small town's name before "index" is a share index's, not the town.
    if single and c.feature == "city" and not c.capital and c.population < 100_000 and not m.cue \
            and re.match(r"\s+ind(?:ex|ices)\b", text[m.end:m.end + 10], re.I):
        return False
    # "Brent crude", "Dubai crude", "the Urals blend": a town's name before "crude" or "blend" names an oil grade.
    if c.feature in ("city", "admin1", "admin2", "region", "landform", "site") \
            and re.match(r"\s+(?:crude|blend)\b", text[m.end:m.end + 8], re.I):
        return False
    # One sense per story, for firms and products: a name the story shows to be a firm ("France's Suez" for a
    # town in Egypt) or a product ("phones now have Java onboard") is that firm or product wherever it is named
    # bare; "in Suez" or "the island of Java" still say place.
    if single and c.feature != "country" and m.key in others and not (m.cue or m.qualified):
        return False
    word = text[m.start:m.end]
    # An all-capitals word amid ordinary text is an acronym ("IRNA", "UN"), not a town.
    if single and word.isupper() and len(word) <= 5 and not text[max(0, m.start - 30):m.end + 30].isupper():
        return False
    if single and surface in _SOFT and (not m.cue or _sentence_initial(text, m.start)) and not m.qualified:
        return False
    # A sentence's first word that names a town only by an alternate name unlike its own is an ordinary
    # word ("Due to enter service" is not Douai, "Gold and currency reserves" not Gold Coast); a spelling
    # variant ("Basra" for Basrah, "Kiev" for Kyiv) is not.
    if single and c.feature == "city" and not bears_name(c, m.key) and not m.cue \
            and _starts_sentence(text, m.start) \
            and SequenceMatcher(None, m.key, name_key(c.name)).ratio() < 0.7:
        return False
    # "the Far East", "the Near East": a word that names a town only by an alternate name ("Far" for Pharr,
    # Texas), followed by a capitalised compass word, is part of the name of a part of the world.
    if single and c.feature == "city" and not bears_name(c, m.key) and not m.qualified \
            and re.match(r" (?:East|West|North|South)\b", text[m.end:m.end + 7]):
        return False
    # A short alternate name that is a clipped or unlike form of the town's own ("Feng" for Fengcheng,
    # "Kan" for Ganzhou) is a surname or a broadcaster far more often: a place only after a cue. "Kiev"
    # for Kyiv is a spelling variant and stays.
    if single and c.feature == "city" and not bears_name(c, m.key) and not m.cue and not m.qualified \
            and len(m.key) <= 4 and (name_key(c.name).startswith(m.key)
                                     or SequenceMatcher(None, m.key, name_key(c.name)).ratio() < 0.5):
        return False
    # A word that names a town only as an alternate name unlike the town's own ("Google" for Topeka, "Vauxhall" for
    # Millburn, "Plain" for Simpsonville) is a firm's, a brand's or a common name far more often: a place only after a
    # cue or with a qualifier. A former name of a city of a million ("Bombay", "Peking") or a capital stays.
    if single and c.feature == "city" and not bears_name(c, m.key) and not m.cue and not m.qualified \
            and not c.capital and c.population < 1_000_000 \
            and SequenceMatcher(None, m.key, name_key(c.name)).ratio() < 0.5:
        return False
    if c.feature in ("region", "water", "site", "landform"):
        return not (single and _adjacent_cap(text, m, toks, keys, known, glued))
    if _adjacent_cap(text, m, toks, keys, known, glued):
        return False
    if c.feature == "admin1":
        # "Southern District" (Israel), "Western District" (American Samoa), "Central Province": a name of
        # compass and type words only is some country's admin1 only in a story about that country ("the U.S.
        # attorney for the Southern District of New York").
        if all(w in _COMPASS or w in _ADMIN_WORDS for w in m.key.split(" ")):
            return c.country_code in countries
        # A one-word province of a country the story never names, with no cue, is a person's or a building's name
        # as often as the province ("his divorce from Diana", "the Soriano group", "bought the Connaught"): only a
        # big one is named so ("drilling in Rajasthan", "a pulp mill in Texas" have cues anyway).
        if single and c.country_code not in countries and not m.cue:
            return c.population >= _BARE_PROVINCE_POPULATION
        return c.country_code in countries or c.population >= 10_000 or m.cue
    if c.feature == "admin2":
        # Named with its type word ("Harrison County") or by its own name ("Buckinghamshire"), an admin2
        # passes the filters of a town its size: the story's country or a cue, and both below 100,000
        # people. A bare form alone ("Harrison", "Ford", "Park" for US counties) is a word or a surname far
        # more often than a county: it names one only with its type word or a qualifier (handled above).
        in_doc = c.country_code in countries or m.qualified or (c.country_code, c.admin1) in states
        if not (bears_name(c, m.key) or _ADMIN2_TYPED & set(m.key.split(" "))):
            return m.qualified
        if c.population >= 100_000 or _ADMIN2_TYPED & set(m.key.split(" ")):
            return in_doc or m.cue
        # "East Renfrewshire" in a British story: a name of several words is no ordinary word or surname.
        return in_doc and (m.cue or (not single and bears_name(c, m.key)))
    # "Chibougamau, Quebec": the qualifier puts the story in the town's country.
    in_doc = c.country_code in countries or m.qualified
    # One sense per story: a word that is a person's or a firm's name elsewhere in it ("Robert Napier ...
    # the Napier case", "Tata Teleservices ... at Tata") is that name when bare too, unless it is a big
    # town or one in the story's country of 15,000 people or more ("Michael Webb ... Webb's room" is no
    # Webb, Alabama, even in an American story).
    # Nor is a town under 100,000 named bare, with no cue, in its own country ("Johsen Takahashi ...
    # Takahashi said" is no Takahashi, Okayama, in a Tokyo story).
    famous = c.geonameid in Gazetteer.default().prominent
    if single and not c.capital and not famous and m.key in names and (
            (c.population < 100_000 and (not in_doc or not (m.cue or m.qualified)))
            or (c.population < 15_000 and not m.qualified)
            or (c.population < 1_000_000 and _SAID_AFTER.match(text[m.end:m.end + 12]))):
        return False
    # Known only by an alternate name ("Hamas" is an old name of Hamm): the story must be about its country.
    if not bears_name(c, m.key) and not in_doc and c.population < 500_000:
        return False
    if c.capital or c.population >= 100_000 or famous:
        return True
    if c.population >= 15_000:
        return in_doc or m.cue
    return in_doc and m.cue


_BARE_PROVINCE_POPULATION = 1_000_000
_INSTITUTION_OF = re.compile(r"\b(?:University|College|Institute|Academy|School|Ministry|Department|Museum|"
                             r"Library|Conservatory|Polytechnic|"
                             # "the Bank of England", "the Church of Scotland": a body named for where it is
                             r"Bank|Church|Diocese|"
                             # "the Archbishop of Canterbury", "the Duchess of Cornwall": a title named for a see
                             # or an estate, no place the story is in
                             r"Archbishop|Bishop|Duke|Duchess|Earl|Countess|Marquess|Marquis|Viscount|"
                             r"Prince|Princess)\s+of\s+(?:the\s+)?$")
_GENERIC_WATER = {"gulf", "bay", "sea", "strait", "straits", "channel", "sound", "bight"}
_GENERIC_FEATURE = {"creek", "bay", "river", "lake", "falls", "springs", "hill", "hills", "valley", "harbour",
                    "harbor", "port", "point", "island", "mount", "beach", "heights", "park", "gulf", "sea", "cape",
                    "ford", "bridge", "junction", "crossing", "forest", "canyon", "bluff", "rapids", "grove"}
_FAMILY_NAME = re.compile(r"\b[A-Z][\w'’-]+\s+(?:al-|el-|bin\s+|ibn\s+)$")


def _plausible(m: _Mention, keys) -> bool:
    """A mention that may well be a place in its own right, before any context is weighed."""
    top = m.cands[0]
    if m.tok_end - m.tok_start == 1 and keys[m.tok_start] in (_STOP | _GIVEN | _SOFT) and top.feature != "country":
        return False
    if top.feature == "city" and not bears_name(top, m.key):
        return False  # "Drug" is an alternate name of Durg: "Sterling Drug" is a firm
    if top.feature == "admin2":
        # Only "Harrison County", "Karachi District" vouch for a neighbour; "Trafford Centre" is a mall.
        return bool(_ADMIN2_TYPED & set(m.key.split(" ")))
    return top.feature != "city" or top.capital or top.population >= 100_000


# A person's surname speaking ("Ueda said"), when the story writes it as a person's name elsewhere too.
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|argued|noted|wrote|asked)\b")
# ("Reinosa, in northern Spain", "Ayacucho, in the Andes of Peru" is not one: the area must follow "in" at once,
# with at most a compass word before it)
_QUALIFIER = re.compile(r"^,\s*(?:in\s+(?:(?:the\s+)?"
                        r"(?i:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+)?)?"
                        r"(?:([A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.)|([A-Z]))")


# A town this big named after a comma is a second town of a list, not a qualifier, where the first name also names a
# town of its country.
_LISTED_TOWN_POPULATION = 20_000


def _qualify(text: str, mentions: list[_Mention]) -> None:
    """"Arlington, Virginia", "Beaufort, S.C.", "Lahore, Punjab": a town followed by its state, province or
    country is the namesake inside it, and a place however small."""
    starts = {m.start: m for m in mentions}
    for m in mentions:
        if m.forced or m.cands[0].feature not in ("city", "site", "admin2"):
            continue
        if m.tok_end - m.tok_start == 1 and m.key in (_STOP | _GIVEN):
            # "In March, China announced", "said Monday, Iran ...": a month or a word before a country is no
            # town of it.
            continue
        q = _QUALIFIER.match(text[m.end:m.end + 32])
        if not q:
            continue
        area: Candidate | None = None
        if q.group(1):
            nation, state = _ABBREVIATED_STATES.get(name_key(q.group(1)), (None, None))
            if not state:
                continue
            inside = [c for c in m.cands if c.feature in ("city", "admin2") and c.country_code == nation
                      and c.admin1 == state]
            area = next((a for a in Gazetteer.default().lookup(state) if a.feature == "admin1"
                         and a.country_code == nation), None)
        else:
            nxt = starts.get(m.end + q.start(2))
            if nxt is not None and text[nxt.end:nxt.end + 2] in ("'s", "’s"):
                # "the Ministry of Commerce, Peru's exports": a name in the possessive opens a new phrase; it
                # qualifies nothing before the comma.
                continue
            area = next((c for c in nxt.cands if c.feature in ("admin1", "country")), None) if nxt else None
            if area is not None and all(w in _COMPASS for w in nxt.key.split(" ")):
                # "Shrewsbury, North Dorset": a compass word is the start of a name the index lacks, not the North
                # Province of Cameroon.
                continue
            if area is None and nxt is not None:
                # "Henley-on-Thames, Oxfordshire", "Hinckley, Leicestershire": a county or district after the
                # comma names the town inside it (within about 80 km of its point), and only such a town.
                # A county's short form ("Richmond, North Yorks", "Andover, Hants") names it as well.
                county = next((c for c in nxt.cands if c.feature == "admin2" and (
                    bears_name(c, nxt.key) or nxt.key in Gazetteer.default().alias_keys)), None)
                near = [c for c in m.cands if county is not None and c.feature == "city"
                        and c.country_code == county.country_code and c.admin1 == county.admin1
                        and abs(c.lat - county.lat) < 0.75 and abs(c.lon - county.lon) < 1.1]
                if near:
                    m.cands, m.cue, m.qualified = near, True, True
                    # and the county is the one the town lies in ("Camberley, Surrey" is England's Surrey, not
                    # the Canadian city)
                    nxt.cands, nxt.cue, nxt.qualified = [county], True, True
                continue
            if area is None:
                continue
            # "stood in Wells, Canterbury and Shrewsbury": two towns of one country in a list, not a town of a far
            # region bearing the second name (Canterbury, New Zealand), when the second also names a real town
            # where the first does and the first has no namesake in the region.
            towns_of = {c.country_code for c in m.cands if c.feature == "city" and bears_name(c, m.key)}
            if area.feature == "admin1" and area.country_code not in towns_of and any(
                    c.feature == "city" and c.population >= _LISTED_TOWN_POPULATION and c.country_code in towns_of
                    and bears_name(c, nxt.key) for c in nxt.cands):
                continue
            # "Washington, Oregon" is a list of states, not a town of Oregon.
            if area.feature == "admin1" and any(c.feature == "admin1" and c.country_code == area.country_code
                                                for c in m.cands):
                continue
            inside = [c for c in m.cands if c.feature in ("city", "admin2") and c.country_code == area.country_code
                      and (area.feature == "country" or c.admin1 == area.admin1)]
        top = m.cands[0]
        if not inside and area is not None and (q.group(1) or not (top.capital or top.population >= 100_000)) \
                and any(bears_name(c, m.key) for c in m.cands):
            # "San Ysidro, California" where the index knows only San Ysidro, New Mexico: the qualifier says
            # where the place is; its state or country stands for it, never a namesake elsewhere. (A big town
            # before a country is more likely a list: "in Paris, Germany and Italy"; a word that only an
            # alternate name makes a town is a word: "In the U.S. Market, France was awarded ...".)
            inside = [c for c in m.cands if c.country_code == area.country_code
                      and (area.feature == "country" or c.admin1 == area.admin1)] \
                or [Gazetteer.default().standing_for_town(area)]
        if inside:
            m.cands, m.cue, m.qualified = inside, True, True


def _demonym_qualify(text: str, mentions: list[_Mention]) -> None:
    """"the Swiss resort of Davos", "the Pakistani city of Lahore": the town inside the demonym's country,
    as "Davos, Switzerland" would say."""
    for m in mentions:
        if m.forced or m.qualified or not m.cands or m.cands[0].feature in _AREAS:
            continue
        d = _DEMONYM_OF.search(text[max(0, m.start - 60):m.start])
        if not d:
            continue
        from ..actors import resolve_phrase  # the demonym table lives with the actors

        res = resolve_phrase(d.group(1))
        code = getattr(res, "code", None) if res is not None else None
        if not code or len(code) != 3 or getattr(res, "kind", None) not in ("norp", "country"):
            code = _province_demonym_country(d.group(1))
            if code is None:
                continue
        inside = [c for c in m.cands if c.feature in ("city", "admin1", "admin2", "site") and c.country_code == code]
        if inside:
            m.cands, m.cue, m.qualified = inside, True, True


def _province_demonym_country(word: str) -> str | None:
    """The country of the province or state an adjective is made from ("Sardinian" Sardinia, "Sicilian" Sicily,
    "Tuscan" Tuscany, "Texan" Texas), when the gazetteer knows exactly one such province; else None."""
    if " " in word or "-" in word or len(word) < 5:
        return None
    forms = {word[:-1], word[:-1] + "s", word + "y"}
    if word.endswith("ian"):
        forms.add(word[:-3] + "y")
    gaz = Gazetteer.default()
    codes = {c.country_code for f in forms for c in gaz.lookup(f)
             if c.feature == "admin1" and c.country_code and bears_name(c, name_key(f))}
    return codes.pop() if len(codes) == 1 else None


def _names_elsewhere(text: str, mentions: list[_Mention], toks, keys, known: set[int],
                     glued: frozenset[tuple[str, str]]) -> frozenset[str]:
    """One-word town names that the story also writes as part of a person's or a firm's name: glued to a
    capitalised neighbour ("Robert Napier", "Tata Teleservices") or after an honorific ("Mr Napier")."""
    out: set[str] = set()
    at: dict[str, list[int]] = {}
    for p, k in enumerate(keys):
        at.setdefault(k, []).append(p)
    for m in mentions:
        if m.tok_end - m.tok_start != 1 or m.forced or m.cands[0].feature != "city" or m.key in out:
            continue
        for p in at.get(m.key, ()):
            if p == m.tok_start:
                continue
            k = keys[p]
            other = _Mention(toks[p][0], toks[p][1], k, m.cands, p, p + 1)
            if _after_honorific(text, other, toks) or _adjacent_cap(text, other, toks, keys, known - {p}, glued):
                out.add(m.key)
                break
    return frozenset(out)


# "France's Suez", "Spain's Telefonica": a possessive country before a name.
_COUNTRY_POSS = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+$")
# Words of computing: a one-word island or region named bare in a sentence about software is a product ("Java").
_TECH_WORDS = re.compile(r"\b(?:software|computers?|(?:mobile\s+)?phones|handsets?|programming|applets?|browsers?|"
                         r"operating\s+systems?|apps)\b", re.I)


def _other_senses(text: str, mentions: list[_Mention], gaz: Gazetteer) -> frozenset[str]:
    """One-word names the story uses for a firm or a product: a town after a possessive country it is not in
    ("France's Suez", a town of Egypt), or an island or region named bare, with no cue, in a sentence about
    software ("phones now have Java onboard")."""
    out: set[str] = set()
    for m in mentions:
        if m.tok_end - m.tok_start != 1 or m.forced or m.qualified:
            continue
        top = m.cands[0]
        if top.feature == "city" and not top.capital:
            poss = _COUNTRY_POSS.search(text[max(0, m.start - 30):m.start])
            if poss:
                owner = [c for c in gaz.lookup(poss.group(1)) if c.feature == "country"]
                if owner and not any(c.country_code == owner[0].country_code for c in m.cands):
                    out.add(m.key)
                    continue
        if top.feature in ("landform", "region") and not m.cue:
            lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
            hi = text.find(". ", m.end)
            if _TECH_WORDS.search(text[lo + 1:hi if hi >= 0 else len(text)]):
                out.add(m.key)
    return frozenset(out)


# Reuters marks firms in angle brackets ("<Pratt and Whitney>", "<Banca D'America e D'Italia>"): no place inside.
_MARKUP = re.compile(r"<[A-Z][^<>\n]{0,80}>")


_POSSESSIVE_INSIDE = re.compile(r"\w['’]s\s+[A-Z]")


def find_places(text: str, *, doc_countries: Iterable[str] = (), dateline: str | None = None,
                exclude_spans: Iterable[tuple[int, int]] = ()) -> list[Place]:
    """Places named in ``text``, each resolved in the context of the whole article."""
    gaz = Gazetteer.default()
    # A person's name holds no possessive: a span "Punjab's Bhatinda" the caller took for a PERSON is two names.
    exclude = sorted(span for span in exclude_spans if not _POSSESSIVE_INSIDE.search(text[span[0]:span[1]]))
    mentions = _scan(text, gaz, exclude)
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    keys = [fold(t[2]) for t in toks]
    # Neighbouring place names do not glue a name into a longer one ("Kabul Afghanistan"); a rejected
    # namesake does ("Ford Mustang": Ford is a hamlet, "Union Texas": Union is a stop word).
    known = {k for m in mentions if _plausible(m, keys) for k in range(m.tok_start, m.tok_end)}
    glued = frozenset((keys[m.tok_start - 1], m.key) for m in mentions
                      if _glued_left(text, m, toks, keys, known)
                      and not _sentence_initial(text, toks[m.tok_start - 1][0]))

    given = set(doc_countries)
    if dateline:
        dl = resolve_dateline(dateline)
        if dl and dl.country_code:
            given.add(dl.country_code)
    # The story's own dateline ("ROME, April 1 -") is a place however short or capitalised.
    dl_city: tuple[int, int, Candidate | None] | None = None
    found_dl = parse_dateline(text)
    if found_dl is None and dateline:
        # A headline or a standfirst may come first: the dateline opens the first paragraph of the body.
        for para in re.finditer(r"(?<=\n)[^\S\n]*(?=\S)", text[:1200]):
            got = parse_dateline(text[para.end():])
            if got is not None and got[0].split(",")[0].strip().lower() == dateline.split(",")[0].strip().lower():
                found_dl = (got[0], got[1] + para.end(), got[2] + para.end())
                break
    if found_dl:
        dl_text, dl_start, dl_end = found_dl
        city_end = dl_start + len(dl_text.split(",")[0])
        dl_city = (dl_start, city_end, _dateline_candidate(dl_text))
        # Only the city: the qualifier of "JACKSONVILLE, Fla." is an abbreviation, not Fla in Norway.
        for m in mentions:
            if (m.start, m.end) == (dl_start, city_end):
                m.forced = m.forced or "dateline"
    _qualify(text, mentions)
    _demonym_qualify(text, mentions)
    names = _names_elsewhere(text, mentions, toks, keys, known, glued)
    others = _other_senses(text, mentions, gaz)
    markup = [(b.start(), b.end()) for b in _MARKUP.finditer(text)]
    if markup:
        mentions = [m for m in mentions if not any(lo < m.start and m.end < hi for lo, hi in markup)]
    # Countries the story is about: those named outright, then those of big unambiguous towns.
    evidence: dict[str, set[int]] = {}
    for n, m in enumerate(mentions):
        top = m.cands[0]
        if top.feature == "country" and _accept(text, m, top, given, toks, keys, known, glued):
            evidence.setdefault(top.country_code, set()).add(n)
        elif top.feature == "city" and (top.population >= 100_000 or top.capital) and \
                (len(m.cands) == 1 or top.score() >= 5 * m.cands[1].score()) and \
                _accept(text, m, top, given, toks, keys, known, glued):
            evidence.setdefault(top.country_code, set()).add(n)

    # States and provinces the story names, to place its "Washington County" or "district of Kupwara".
    states = frozenset((m.cands[0].country_code, m.cands[0].admin1) for m in mentions
                       if m.cands[0].feature == "admin1" and not m.forced)
    weight = {cc: len(ns) for cc, ns in evidence.items()}
    places: list[Place] = []
    cued: dict[str, Candidate] = {}  # names placed with a cue or qualifier, by key
    # One sense per story for a qualified name: "steel mills at Reinosa, in northern Spain ... battles in Reinosa last
    # month" is Spain's Reinosa both times, not Mexico's Reynosa (also spelt "Reinosa") the second.
    pinned = {m.key: m.cands[0] for m in reversed(mentions) if m.qualified and not m.forced and m.cands}
    rejected: list[_Mention] = []
    for n, m in enumerate(mentions):
        # A mention cannot vouch for itself: "Georgia" alone does not prove the country.
        countries = given | {cc for cc, ns in evidence.items() if ns - {n}}
        if n and (within := _region_owner(text, mentions[n - 1], m, gaz)):
            countries = countries | within  # "Punjab's Bhatinda": a town of one of the region's countries
        if m.forced == "capital":
            country = next(c for c in m.cands if c.feature == "country")
            c = gaz.capital(country.country_code) or country
        elif dl_city and (m.start, m.end) == dl_city[:2]:
            # "WALL, N.J.": a town the index lacks in the state its dateline names is no namesake elsewhere.
            if dl_city[2] not in m.cands:
                continue
            c = dl_city[2]
        elif not m.qualified and m.key in pinned and pinned[m.key] in m.cands:
            c = pinned[m.key]
        else:
            c = _pick(m, countries, states, weight)
        if c is None or not _accept(text, m, c, countries, toks, keys, known, glued, states, names, others):
            rejected.append(m)
            continue
        if (m.cue or m.qualified) and c.feature != "country":
            cued.setdefault(m.key, c)
        places.append(_place(text[m.start:m.end], m.start, m.end, c))
    if dl_city and dl_city[2] is not None and not any(m.start == dl_city[0] for m in mentions):
        # "KASHIKOJIMA, JAPAN -": a town too small for the index still lies in the country or state its dateline
        # names; the story keeps its place as that (resolution 1 or 2, never a town's pin).
        places.append(_place(text[dl_city[0]:dl_city[1]], dl_city[0], dl_city[1], dl_city[2]))
    places.extend(_again(text, rejected, cued, toks, keys, known, glued))
    places.extend(_demonym_capitals(text, places, gaz))
    places = _demonym_parts(text, places, gaz)
    places.extend(_demonym_grounds(text, places, gaz))
    places.sort(key=lambda p: p.start)
    return places


def _again(text: str, rejected: list[_Mention], cued: dict[str, Candidate], toks, keys, known: set[int],
           glued: frozenset[tuple[str, str]]) -> list[Place]:
    """One sense per story for a small place: a name of two words or more that the story has placed with a cue or a
    qualifier ("in the Sardinian resort of Porto Cervo") is that place when named again bare ("the Porto Cervo
    meeting"), unless glued to another name or after a title there."""
    out = []
    for m in rejected:
        c = cued.get(m.key)
        if c is None or m.tok_end - m.tok_start < 2 or _after_honorific(text, m, toks) \
                or _adjacent_cap(text, m, toks, keys, known, glued):
            continue
        out.append(_place(text[m.start:m.end], m.start, m.end, c))
    return out


def _region_owner(text: str, prev: _Mention, m: _Mention, gaz: Gazetteer) -> frozenset[str]:
    """The countries of a region lying across several that owns the name after it ("Punjab's Bhatinda", "Kashmir's
    Srinagar"): the town is in one of them. Empty when ``prev`` is no such region or is not possessive on ``m``."""
    if not re.fullmatch(r"['’]s\s+", text[prev.end:m.start]):
        return frozenset()
    return frozenset().union(*(gaz.spanned(c.name) for c in prev.cands if c.country_code is None))


def _demonym_country(word: str) -> str | None:
    """The country code a demonym or country name stands for ("Kuwaiti", "Pakistan"), or None."""
    from ..actors import resolve_phrase  # the demonym table lives with the actors

    res = resolve_phrase(word)
    if res is None or not res.code or len(res.code) != 3 or getattr(res, "kind", None) not in ("norp", "country"):
        return None
    return res.code


# "Indian Kashmir", "Pakistan-held Kashmir", "Turkish Kurdistan": a country's part of a region that lies across
# several. Not a possessive ("Pakistan's Kashmir policy" is a policy about all of it), nor "occupied": whose ground
# an occupied land is, is the dispute itself.
_DEMONYM_PART = re.compile(r"\b([A-Z][a-z]+)(?:-(?:controlled|administered|held|ruled)|\s+(?:controlled|"
                           r"administered|held|ruled))?\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,2})")


def _demonym_parts(text: str, found: list[Place], gaz: Gazetteer) -> list[Place]:
    """A region of several countries named with one of them ("Indian Kashmir", "Pakistani-administered
    Kashmir") is that country's part: the region's point, with that country. Replaces the bare region found
    inside the phrase, if any."""
    out = list(found)
    for m in _DEMONYM_PART.finditer(text):
        code = _demonym_country(m.group(1))
        if code is None:
            continue
        words = m.group(2).split()
        # The longest run of the following words that names a region spanning the demonym's country.
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            region = next((c for c in gaz.lookup(name) if c.feature in ("region", "landform") and c.country_code is None
                           and code in gaz.spanned(c.name)), None)
            if region is not None:
                break
        else:
            continue
        end = m.start(2) + len(name)
        if any(p.start < end and m.start(2) < p.end and p.country_code is not None for p in out):
            continue  # the region's words already name a place of one country ("Iraqi Kurdistan", "India's Punjab")
        out = [p for p in out if not (p.start < end and m.start() < p.end)]
        out.append(_place(text[m.start():end], m.start(), end, region._replace(country_code=code)))
    return out


# A state's waters, airspace or ground named by its demonym: "hit in Kuwaiti waters", "strayed into Iraqi airspace",
# "on Pakistani soil". Only after a preposition of place: "Iranian territory" as a subject or object is a claim's
# topic ("Iraq holds Iranian territory") as often as a place.
_DEMONYM_GROUND = re.compile(r"\b(?:in|into|inside|within|from|off|over|on|across|entered|violated)\s+(?:the\s+)?"
                             r"([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s+(?:territorial\s+)?(?:waters|airspace|air\s+space|"
                             r"territory|soil)\b")


def _demonym_grounds(text: str, found: list[Place], gaz: Gazetteer) -> list[Place]:
    """"in Kuwaiti waters", "into Iraqi airspace", "on Pakistani soil": the demonym's country, as a whole country
    (its waters and airspace are no town of it)."""
    out = []
    for m in _DEMONYM_GROUND.finditer(text):
        if any(p.start < m.end() and m.start(1) < p.end for p in found):
            continue
        code = _demonym_country(m.group(1))
        country = gaz.country(code) if code else None
        if country is not None:
            out.append(_place(text[m.start(1):m.end()], m.start(1), m.end(), country))
    return out


# "the Haitian capital"; a wire story may drop the article ("in the heart of Afghan capital").
_DEMONYM_CAPITAL = re.compile(r"\b(?:([Tt]he)|of|in|into|near|outside|across|from|to)\s+([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
                              r"\s+capital(?:\s+city)?\b")


# A state that no longer exists had its own capital, whatever the country that took its place has now: "the West
# German capital" was Bonn, never Berlin; "the South Vietnamese capital" was Saigon.
_FORMER_CAPITALS = {"west german": ("Bonn", "DEU"), "south vietnamese": ("Ho Chi Minh City", "VNM"),
                    "south yemeni": ("Aden", "YEM")}


def _former_capital(demonym: str, gaz: Gazetteer) -> Candidate | None:
    name, cc = _FORMER_CAPITALS.get(demonym.lower().replace("-", " "), (None, None))
    if name is None:
        return None
    return next((c for c in gaz.lookup(name) if c.country_code == cc and c.feature == "city"), None)


def _demonym_capitals(text: str, found: list[Place], gaz: Gazetteer) -> list[Place]:
    """"the Haitian capital", "the Afghan capital": the capital of the demonym's country."""
    out = []
    for m in _DEMONYM_CAPITAL.finditer(text):
        if any(p.start < m.end() and m.start(2) < p.end for p in found):
            continue
        start = m.start() if m.group(1) else m.start(2)
        former = _former_capital(m.group(2), gaz)
        if former is not None:
            out.append(_place(text[start:m.end()], start, m.end(), former))
            continue
        from ..actors import resolve_phrase  # the demonym table lives with the actors

        res = resolve_phrase(m.group(2))
        if res is None or not res.code or len(res.code) != 3 or getattr(res, "kind", None) not in ("norp", "country"):
            continue
        cap = gaz.capital(res.code)
        start = m.start() if m.group(1) else m.start(2)
        if cap is not None:
            out.append(_place(text[start:m.end()], start, m.end(), cap))
    return out


def _place(text: str, start: int, end: int, c: Candidate) -> Place:
    return Place(text=text, start=start, end=end, resolved_place=c.name, geonameid=c.geonameid, lat=c.lat,
                 lon=c.lon, country_code=c.country_code, admin1=c.admin1, feature=c.feature,
                 resolution=c.resolution)


def is_metonymic(place: Place, text: str) -> bool:
    """Cheap guess that a capital or seat of power stands for its government ("Washington said",
    "the Kremlin warned", "Washington and Paris"): the caller may pass such spans as ``exclude_spans``."""
    gaz = Gazetteer.default()
    if place.resolved_place in _SEATS:
        seat = True
    elif place.feature == "city" and place.country_code:
        cap = gaz.capital(place.country_code)
        seat = cap is not None and cap.geonameid == place.geonameid
    else:
        seat = False
    if not seat:
        return False
    after = text[place.end:place.end + 60]
    if place.resolved_place in _SEATS:
        # A seat of power is named for the people in it ("Pentagon officials", "the Kremlin's wish",
        # "Whitehall departments") unless it is where something happens; its possessive is the institution's.
        before = text[max(0, place.start - 30):place.start]
        if _SEAT_GATHERING.match(after):
            return False
        return bool(re.match(r"['’]s\b", after)) or bool(re.search(r"\baccording\s+to\s+(?:the\s+)?$", before, re.I)) \
            or not _AT_SEAT.search(before)
    before = text[max(0, place.start - 30):place.start]
    listed = _comma_list(text, place)
    if listed is not None:
        # "Delegates from Madrid, Vienna and Oslo met", "the Paris, Amsterdam and Lisbon stock exchanges": a list of
        # three names or more is read as a whole, from what comes before its first name and after its last.
        lo, hi = listed
        head, tail = text[max(0, lo - 30):lo], text[hi:hi + 60]
        if _LOCATIVE_BEFORE.search(head):
            return False
        return bool(_ACTOR_VERB.match(tail) or _GOV_BEFORE.search(head))
    if _LOCATIVE_BEFORE.search(before):
        return False
    if re.search(r",\s*$", before) and re.match(r"\s*,", after):
        # "Kerdix Inc, Boulder, and Nakamichi Corp, Tokyo, have agreed": a capital set off by commas
        # after a name says where that firm or person is, not what a government did.
        return False
    if _ACTOR_VERB.match(after) or _ACTOR_AND.match(after) or _GOV_POSSESSION.match(after) \
            or _GOV_ATTRIBUTE.match(after) or _GOV_BEFORE.search(before):
        return True
    # Two capitals joined by "and" are two governments far more often than two cities.
    both = re.match(r"^\s+and\s+([A-Z][\w-]+)", after)
    if both:
        other = gaz.lookup(both.group(1))
        return bool(other) and other[0].feature == "city" and other[0].capital
    return False


_LIST_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_LIST_LINK = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_FIRM_SUFFIX = re.compile(r"\b(?:AG|Inc|Ltd|Corp|Co|Plc|PLC|SA|NV|SpA|GmbH|Bhd|Group|Bank)\b")
_LIST_BEFORE = re.compile(rf"(?<![\w'’.-])(?:{_LIST_NAME}{_LIST_LINK})+$")
_LIST_AFTER = re.compile(rf"(?:{_LIST_LINK}{_LIST_NAME})+")


def _comma_list(text: str, place: Place) -> tuple[int, int] | None:
    """Where the list of three capitalised names or more that ``place`` belongs to starts and ends ("Madrid, Vienna
    and Oslo"), when it is such a list with a comma between two of its names; None otherwise (a pair "Washington
    and Paris" is judged as before, a capital with the name after it)."""
    back = _LIST_BEFORE.search(text[max(0, place.start - 120):place.start])
    ahead = _LIST_AFTER.match(text, place.end)
    lo = place.start - len(back.group()) if back else place.start
    hi = ahead.end() if ahead else place.end
    span = text[lo:hi]
    links = re.findall(_LIST_LINK, span)
    if len(links) < 2 or "," not in span or _FIRM_SUFFIX.search(span):
        # ("Siemens AG, Acme Optics Inc, Denver, Colorado, and Hitachi Ltd, Tokyo": firms with their seats)
        return None
    return lo, hi


def resolve_place(name: str, *, doc_countries: Iterable[str] = (), near: tuple[float, float] | None = None
                  ) -> Place | None:
    """The most likely place ``name`` stands for, preferring ones inside ``doc_countries`` or ``near``."""
    gaz = Gazetteer.default()
    cands = gaz.lookup(name)
    if not cands:
        return None
    countries = set(doc_countries)
    c = cands[0]
    if near is not None and c.feature != "country":
        # Within about 500 km of the anchor beats any prior.
        close = [x for x in cands if (x.lat - near[0]) ** 2 + (x.lon - near[1]) ** 2 < 25]
        if close:
            c = close[0]
    elif countries and c.feature != "country":
        inside = [x for x in cands if x.country_code in countries]
        if inside and inside[0].score() * 50 >= c.score():
            c = inside[0]
    return _place(name, 0, len(name), c)


# AP-style US state abbreviations, as datelines write them ("RICHMOND, Va.").
_US_STATES = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "cal": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia",
    "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana",
    "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi",
    "mo": "Missouri", "mont": "Montana", "neb": "Nebraska", "nebr": "Nebraska", "nev": "Nevada",
    "n h": "New Hampshire", "n j": "New Jersey", "n m": "New Mexico", "n y": "New York", "n c": "North Carolina",
    "n d": "North Dakota", "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "penn": "Pennsylvania",
    "r i": "Rhode Island", "s c": "South Carolina", "s d": "South Dakota", "tenn": "Tennessee", "tex": "Texas",
    "vt": "Vermont", "va": "Virginia", "wash": "Washington", "w va": "West Virginia", "wis": "Wisconsin",
    "wisc": "Wisconsin", "wyo": "Wyoming", "d c": "District of Columbia", "me": "Maine",
}
# Canada's provinces as wires abbreviate them after a town ("Kimberley, B.C.", "Sudbury, Ont.").
_CA_PROVINCES = {
    "b c": "British Columbia", "ont": "Ontario", "que": "Quebec", "alta": "Alberta", "sask": "Saskatchewan",
    "man": "Manitoba", "n s": "Nova Scotia", "n b": "New Brunswick", "nfld": "Newfoundland and Labrador",
}
# An abbreviated state or province after a town: its country and the admin1's name.
_ABBREVIATED_STATES = {**{k: ("USA", v) for k, v in _US_STATES.items()},
                       **{k: ("CAN", v) for k, v in _CA_PROVINCES.items()}}


def resolve_dateline(place_text: str) -> Place | None:
    """Resolve a dateline's place ("BAGHDAD", "HANOI, Vietnam", "RICHMOND, Va."): no context cues are
    needed here, the dateline itself says it is a place."""
    c = _dateline_candidate(place_text)
    return _place(place_text, 0, len(place_text), c) if c is not None else None


# Datelines that name a seat rather than a town: "UNITED NATIONS, March 5 -" is filed from the UN's headquarters.
# (Only as a dateline: in prose "the United Nations" is the body, an actor, never a place.)
_DATELINE_SEATS = {"united nations": "New York City"}


def _dateline_candidate(place_text: str) -> Candidate | None:
    gaz = Gazetteer.default()
    city, _, qual = place_text.partition(",")
    seat = _DATELINE_SEATS.get(name_key(city))
    if seat is not None:
        return next(iter(gaz.lookup(seat)), None)
    cands = [c for c in gaz.lookup(city) if c.feature not in ("admin1", "admin2")] or gaz.lookup(city)
    qual = qual.strip()
    if not cands:
        # A town too small for the index still lies in the state or country its dateline names.
        if not qual:
            return None
        cands = [c for c in gaz.lookup(_ABBREVIATED_STATES.get(name_key(qual), (None, qual))[1])
                 if c.feature != "city"]
        return gaz.standing_for_town(cands[0]) if cands else None
    if qual:
        qk = name_key(qual)
        nation, state = _ABBREVIATED_STATES.get(qk, (None, None))
        if state:
            inside = [c for c in cands if c.country_code == nation and c.admin1 == state]
            if inside:
                return inside[0]
            # A town the index lacks ("ROCKY HILL, Conn.") lies in its state, not in a namesake's.
            admin = [a for a in gaz.lookup(state) if a.country_code == nation and a.feature == "admin1"]
            return gaz.standing_for_town(admin[0]) if admin else \
                next((c for c in cands if c.country_code == nation), cands[0])
        q = gaz.lookup_key(qk)
        if q:
            inside = [c for c in cands if c.country_code == q[0].country_code
                      and (q[0].feature not in ("admin1", "admin2") or c.admin1 == q[0].admin1)]
            c = inside[0] if inside else q[0]
            return c
    return cands[0]

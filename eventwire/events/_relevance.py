"""Political relevance at the level of an event's parties: firms' dealings with firms are no PLOVER event.

PLOVER codes political events: acts of states, political, armed, intergovernmental and
non-governmental, labour and protest actors, and what is done to the public. Business news is full
of verbs the lexicon knows in their political sense ("agreed to buy a stake", "rejected the offer",
"suspended flights", "launched operations", "overtaking its rival") whose parties are all firms or
the people who run them. An event none of whose named parties is political, and one of whose
parties is a business, is dropped, unless

- it is a protest, or harm done to or by the public ("a bank guard shot a customer");
- nobody names who acted and the act is one an authority does unnamed ("the firm was charged",
  "its offices were raided");
- the sentence names a political party anyway ("agreed to pay a fine to the Department of Justice")
  or a labour party stands in it or the one before (an employer's offer to a striking union);
- it is an undertaking (AGREE) with no firm named as the partner ("agreed to compensate the victims");
- the act bears on a public matter or a protest ("backs the bill", "rejected calls for a windfall tax",
  "agreed to postpone the demonstration").

An organisation no table codes, or one the tables give a country but no sector, counts neither way: it may be
a firm or a movement the tables lack. The parties a coder guessed from the story's countries ("(the story's country)") are no evidence
either way; only the parties the text names are read. ``unpolitical_reason`` returns why an event
is not political (for the trace and the tests), or None.
"""
from __future__ import annotations

import re
from typing import Any

from . import _syntax as syn
from ._vocabulary import CURRENCY_NAMES, FIRM_CODE, NON_STATE_CODES, STATE_ORGAN_SECTORS, coded_as_firm

# PLOVER sectors of states and political life (manual, "Sector Codes"): government and its arms,
# parties and opposition, armed groups, former officials, labour and farmers, religious and
# civil-society organisations, refugees and partially recognised entities.
POLITICAL_SECTORS = STATE_ORGAN_SECTORS | {"PRM", "PTY", "REB", "UAF", "OPP", "ELI", "PRE", "LAB", "AGR", "REL", "SOC",
                                         "REF", "IGO", "NGO"}
# Non-state codes of political bodies; MNC (multinational corporations) is the one that is not.
POLITICAL_CODES = NON_STATE_CODES - {FIRM_CODE}
# Head words that make a name a firm when the tables give it a country but no sector
# ("Japan's Yamanouchi Pharmaceutical", "the Norland airline Skyfare"); not "group", which is as often a
# political movement or an armed group ("the Haitian group Veye Yo").
BUSINESS_WORDS = frozenset({
    "company", "companies", "firm", "firms", "corp", "corporation", "giant", "maker", "makers", "carrier",
    "airline", "airlines", "bank", "banks", "brewer", "retailer", "insurer", "operator", "conglomerate", "manufacturer",
    "producer", "supplier", "lender", "exporter", "importer", "investor", "investors", "shareholders",
    "inc", "ltd", "plc", "holdings", "industries", "motors", "pharmaceutical", "pharmaceuticals", "airways",
    "telecom", "telecoms", "bancorp", "broker", "brokers", "dealer", "dealers", "securities", "associates",
    "ventures", "enterprises", "investments",
})
# Acts an authority does without being named: "was charged", "was fined", "its offices were raided".
AUTHORITY_TYPES = frozenset({"ACCUSE", "COERCE", "ASSAULT", "SANCTION"})
# Harm between a party and the public stays an event whoever the party is.
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
# Matters of public policy: a firm's or a person's act that bears on one is political ("backs the
# bill", "rejected calls for a windfall tax", "lobbied against the tariff").
PUBLIC_MATTERS = frozenset({
    "law", "laws", "bill", "bills", "legislation", "act", "tax", "taxes", "tariff", "tariffs", "regulation",
    "regulations", "policy", "policies", "election", "elections", "vote", "votes", "referendum", "government",
    "governments", "parliament", "congress", "court", "courts", "ban", "bans", "sanction", "sanctions", "embargo",
    "rule", "rules", "quota", "quotas", "duty", "duties",
    "subsidy", "subsidies", "budget", "reform", "reforms", "constitution", "treaty", "treaties", "minister",
    "ministers", "ministry", "regulator", "regulators", "authorities", "nationalisation", "nationalization",
    "privatisation", "privatization",
    # a protest is political whoever calls it off: "agreed to postpone Saturday's demonstration"
    "demonstration", "demonstrations", "protest", "protests", "rally", "rallies", "marches", "boycott",
    "blockade", "strike", "strikes", "sit-in",
})
# Words of a labour dispute: whoever the parties are, it is one between labour and employers.
LABOUR_WORDS = frozenset({"strike", "strikes", "striker", "strikers", "walkout", "walkouts", "stoppage", "stoppages",
                          "union", "unions", "guild", "picket", "pickets"})
# An enterprise a state owns acts for it: its dealings are a state's ("the state-owned airline").
STATE_OWNED = re.compile(r"\b(state|government)[- ](owned|run|controlled)\b|\bstate (oil|gas|energy|airline|firm|company|bank)",
                         re.I)
GUESSED = "(the story"  # the coder's parties inferred from the story's countries, named by no word
INFERRED = "(unnamed)"  # an unnamed doer the coder inferred from an authority's or the forces' act


def _label(document: Any, text: str) -> str | None:
    """The tagger's label for the first mention with this text (PERSON, ORG, GPE, NORP, AGENT ...). prc45: a party
    named with its owner's possessive ("Italy's Illva Saronno", "GM's Rick Wagoner") is no mention of its own; its
    label is that of the name after the possessive, which the tagger marked, so that such a person or firm is read as
    the same name on its own would be, not as the state whose code it carries."""
    entities = getattr(document, "entities", ())
    label = next((e.label for e in entities if e.text == text), None)
    if label is None and (named := re.split(r"['\u2019]s\s+", text)[-1].strip()) != text.strip() and named:
        label = next((e.label for e in entities if e.text == named), None)
    return label


# Makers that are no business: "lawmakers", "policymakers", "peacemakers".
NON_BUSINESS_MAKERS = frozenset({"lawmaker", "policymaker", "peacemaker", "decisionmaker", "kingmaker", "troublemaker",
                                 "matchmaker", "dealmaker", "rulemaker", "mischiefmaker", "filmmaker", "holidaymaker",
                                 "homemaker", "opinionmaker"})


def _business_word(word: str) -> bool:
    """A word that makes a name a firm: a business word, or a maker of goods written as one word ("winemaker",
    "carmaker", "chipmaker"), not a maker of laws or peace."""
    if word in BUSINESS_WORDS:
        return True
    one = word.replace("-", "").rstrip("s")
    return one.endswith("maker") and len(one) > len("maker") and one not in NON_BUSINESS_MAKERS


def _head_word(text: str) -> str:
    words = text.lower().replace("'s", " ").replace("\u2019s", " ").split()
    return words[-1].strip(".,\"'") if words else ""


def party_kind(document: Any, party: Any) -> str:
    """'guess' (no word names it), 'political', 'business', 'unknown' (an organisation no table codes) or
    'private' (a person, the public, a hospital, a newspaper: PLOVER's CVL, MED, EDU, JRN, CRM, UNK)."""
    text = party.entity_text or ""
    if text.startswith(GUESSED):
        return "guess"
    if text.startswith(INFERRED) or party.sector in POLITICAL_SECTORS or party.code in POLITICAL_CODES:
        return "political"
    if STATE_OWNED.search(text):
        return "political"  # "the state-run oil company", "state gas firm Gazprom": an enterprise of a state
    if coded_as_firm(party):
        return "business"
    if party.sector is not None:
        return "private"
    words = set(text.lower().replace("'s", " ").split())
    if _business_word(_head_word(text)) or (words & BUSINESS_WORDS and _label(document, text) == "ORG"):
        return "business"
    if party.code is not None and any(_business_word(w) for w in words - BUSINESS_WORDS):
        return "business"  # "Australian winemaker Southcorp": a maker of goods, named with its country
    label = _label(document, text)
    if party.code is None:
        # an organisation no table codes may be a firm ("Inbev") or a movement the tables lack ("the
        # Haitian group Veye Yo"): it neither makes the event political nor shows that it is business
        return "unknown" if label == "ORG" else "private"
    if label == "PERSON":
        return "private"  # "Anil", "Mr Khodorkovsky": a person known only by nationality
    if label == "ORG":
        # an organisation the tables give a country but no sector ("Fundamental Brokers Institutional Associates"
        # coded USA from its address) may be a firm or a body: like an uncoded one, it counts neither way
        return "unknown"
    return "political"  # "India", "the US", "Chinese", a pronoun standing for a country: a state


def _political_mention(ctx: Any, sent: Any) -> bool:
    """The sentence names a political party somewhere, whether or not the roles took it in."""
    for i in range(sent.start, sent.end):
        ent = ctx.entity_at.get(i)
        if ent is not None and (ent.sector in POLITICAL_SECTORS or ent.code in POLITICAL_CODES):
            return True
    return False


def _labour_near(ctx: Any, sent: Any) -> bool:
    """A labour party or a strike in this sentence or the one before: an employer's offer or refusal is
    then part of a labour dispute, which PLOVER codes ("It also offered to cut the working week", "the
    strike was called after the companies refused to negotiate")."""
    start = sent.start
    if start > 0:
        start = ctx.doc[start - 1].sent.start
    return any(getattr(ctx.entity_at.get(i), "sector", None) == "LAB" or _labour_word(ctx.doc[i])
               for i in range(start, sent.end))


def _labour_word(tok: Any) -> bool:
    """A noun of a labour dispute ("the strike", "a walkout", "the union"), not "struck a deal"."""
    return tok.pos_ == "NOUN" and tok.lower_ in LABOUR_WORDS  # word forms: "striking a deal" is no strike


def _public_matter(tok: Any) -> bool:
    """The act bears on a matter of public policy named among its dependents ("backs the bill",
    "rejected calls for a windfall tax")."""
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass", "punct", "aux", "auxpass", "neg", "advmod", "cc", "conj"):
            continue
        if any(t.pos_ in ("NOUN", "PROPN") and t.lower_ in PUBLIC_MATTERS and not _naming_modifier(t)
               for t in child.subtree):
            return True
    return False


# Public bodies whose name, put before another noun, only says what a thing deals in or is called: "MKI Government
# Brokers", "government bonds", "parliament building", "court reporter".
BODY_MATTERS = frozenset({"government", "governments", "parliament", "congress", "court", "courts", "minister",
                          "ministers", "ministry", "regulator", "regulators", "authorities"})


def _naming_modifier(tok: Any) -> bool:
    """A body word used as a modifier of a noun that is no public matter ("MKI Government Brokers", "U.S.
    government securities"): part of a firm's name or of what it trades, not the public matter itself."""
    return tok.lower_ in BODY_MATTERS and tok.dep_ == "compound" and tok.head.lower_ not in PUBLIC_MATTERS


# Pronouns by which a firm speaks of itself in its own statement: "the company said it was withdrawing its filing".
SELF_PRONOUNS = frozenset({"it", "we", "its", "our"})


def _business_speaker(ctx: Any, tok: Any) -> bool:
    """Whether the trigger is told in the reported words of a firm ("the company announced that it was withdrawing
    its filing", "Acme Corp said it had asked the bank to ..."): the firm's "it" or "we" there is the firm."""
    reporter = syn.governing_reporter(tok) if tok.pos_ in ("VERB", "AUX") else None
    subj = syn.subject_of(reporter) if reporter is not None else None
    if subj is None:
        return False
    ent = ctx.entity_at.get(subj.i)
    if ent is not None and coded_as_firm(ent):
        return True
    words = [subj, *(c for c in subj.children if c.dep_ in ("compound", "appos"))]
    return any(w.lower_ in BUSINESS_WORDS for w in words)


def _kind(ctx: Any, party: Any, business_speaker: bool, sent: Any = None) -> str:
    """``party_kind``, with a firm's own pronoun in its reported words read as the firm, and a country's adjective
    that only says where a firm is from read as the firm."""
    if business_speaker and (party.entity_text or "").lower() in SELF_PRONOUNS and not party.code:
        return "business"
    if sent is not None and _firm_of_a_country(sent, party):
        return "business"
    return party_kind(ctx.document, party)


def _firm_of_a_country(sent: Any, party: Any) -> bool:
    """A party named only by a country's adjective on a firm's noun ("its Philippine partner of 20 years, Delta Motor
    Corp", "its South African investments", "the Japanese carmaker"): the firm, not the state, is the party."""
    words = (party.entity_text or "").split()
    if not words or party.sector is not None or len(words) > 3:
        return False
    for tok in sent:
        if tok.text != words[-1] or tok.dep_ not in ("amod", "compound", "nmod"):
            continue
        if " ".join(t.text for t in tok.doc[tok.i - len(words) + 1: tok.i + 1]) != party.entity_text:
            continue
        noun = tok.head
        if noun.pos_ != "NOUN":
            continue
        if _business_word(noun.lower_) or _business_word(noun.lemma_.lower()):
            return True
        if any(c.dep_ == "appos" and (_business_word(c.lower_) or any(_business_word(w.lower_) for w in c.subtree))
               for c in noun.children):
            return True  # "its Philippine partner of 20 years, <Delta Motor Corp>"
    return False


# Those who comment on markets and economies: their views and reactions are commentary, not a party's act ("other
# economists disagreed, saying ...", "Analysts and investors have welcomed the government decision"). Not "experts"
# nor "observers", who are often a body's officials or monitors ("EC trade experts will meet", "election observers").
COMMENTATOR_NOUNS = frozenset({"economist", "economists", "analyst", "analysts", "investor", "investors", "forecaster",
                               "forecasters", "strategist", "strategists", "commentator", "commentators"})
# Words by which commentators are a body's own staff ("government economists", "central bank analysts").
OFFICIAL_WORDS = BODY_MATTERS | {"central", "treasury", "state"}
# Types told by a view or a reaction, which a commentator's words can take the form of.
VIEW_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "AGREE", "CONCEDE", "THREATEN"})


def _commentary(event: Any) -> str | None:
    """Why an event whose every named doer is a commentator of no political body (an economist, not an IMF or a
    government economist) is commentary; None otherwise."""
    named = [p for p in event.actor if not (p.entity_text or "").startswith((GUESSED, INFERRED))]
    if event.event not in VIEW_TYPES or not named:
        return None
    if all(_head_word(p.entity_text or "") in COMMENTATOR_NOUNS and p.sector not in POLITICAL_SECTORS
           and p.code not in POLITICAL_CODES and not set((p.entity_text or "").lower().split()) & OFFICIAL_WORDS
           for p in named):
        return f"'{named[0].entity_text}': commentators' views, no party's act"
    return None


def unpolitical_reason(ctx: Any, tok: Any, event: Any) -> str | None:
    """Why ``event`` (coded on trigger ``tok``) is business between firms, or commentary on markets, rather than a
    political event; None when it may be political."""
    if event.event == "PROTEST":
        return None
    if why := _commentary(event):
        return why
    if why := campaign_appeal(tok, event):
        return why
    if why := press_question(tok, event):
        return why
    if why := commercial_deal(ctx, tok, event):
        return why
    speaker = _business_speaker(ctx, tok)
    sides = [("actor", p, _kind(ctx, p, speaker, tok.sent)) for p in event.actor] + \
            [("recipient", p, _kind(ctx, p, speaker, tok.sent)) for p in event.recipient]
    named = [(side, p, kind) for side, p, kind in sides if kind != "guess"]
    kinds = {kind for _, _, kind in named}
    if not named or "political" in kinds or "business" not in kinds:
        return None
    if not any(side == "actor" for side, _, _ in named) and event.event in AUTHORITY_TYPES:
        return None  # "the firm was charged": an unnamed authority may have acted
    if event.event == "AGREE" and (goods := _goods_offered(tok)) is not None:
        return f"'{tok.text} {goods.text}': a business offering its goods or services, commerce"
    if event.event == "AGREE" and not any(side == "recipient" and kind == "business" for side, _, kind in named):
        # "the company agreed to pay the victims", "agreed to leave the country": an undertaking with no firm
        # named as its partner may answer a public demand; a deal between two firms is business
        return None
    if event.event in HARM_TYPES and "private" in kinds:
        return None  # harm to or by the public
    sent = tok.sent
    if _political_mention(ctx, sent) or _labour_near(ctx, sent) or _public_matter(tok):
        return None
    firms = ", ".join(p.entity_text for _, p, kind in named if kind == "business")
    return f"no political party: a dealing of business ({firms})"


# prc41: the electorate as the only party asked or promised something: a candidate's or a party's appeal to voters
# ("urging voters to hold him to account", "assured voters he would not raise taxes", "urging people ... to vote
# Conservative") is campaign rhetoric, no request of or undertaking to a party (the golds list none).
ELECTORATE_WORDS = frozenset({"voter", "voters", "electorate", "electors"})
APPEAL_TYPES = frozenset({"REQUEST", "AGREE"})


def _asked_acts(tok: Any) -> list[Any]:
    """The trigger's clausal complements, and those the parser hung inside its object ("urged people who feel
    ignored to vote Labour": "to vote" under "ignored")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return [*tok.children, *(t for o in objs for t in o.subtree)]


def campaign_appeal(tok: Any, event: Any) -> str | None:
    """Why a REQUEST or an AGREE is an appeal to the electorate: every party the text names as its recipient is the
    voters, or the act asked of the public is to vote (not of a parliament or a union's members: "urged MPs to vote
    against the bill" asks a political body); None otherwise."""
    if event.event not in APPEAL_TYPES:
        return None
    named = [p for p in event.recipient if not (p.entity_text or "").startswith((GUESSED, INFERRED))]
    if not named:
        return None
    if all(_head_word(p.entity_text or "") in ELECTORATE_WORDS for p in named):
        return f"'{tok.text} {named[0].entity_text}': an appeal to the electorate, campaign rhetoric"
    if event.event == "REQUEST" and all(p.sector not in POLITICAL_SECTORS and p.code not in POLITICAL_CODES
                                        and p.sector is not None for p in named) and any(
            c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "vote" for c in _asked_acts(tok)):
        return f"'{tok.text} ... to vote': a call on the public to vote, campaign rhetoric"
    return None


# prc41: a question put by the press, or put to a speaker about a matter ("the spokesman was asked by journalists
# about his view", "Baker was asked after a speech about U.S. policy"), asks nobody to act: no REQUEST. A party asked
# to act ("was asked to form a government") or asked by a party ("Kondo was asked by both sides") stays.
PRESS_NOUNS = frozenset({"reporter", "journalist", "press", "interviewer", "correspondent", "newsman"})
ASKING_VERBS = frozenset({"ask", "question"})


def press_question(tok: Any, event: Any) -> str | None:
    """Why a REQUEST told by "ask" is a question to a speaker, not a request; None otherwise."""
    if event.event != "REQUEST" or tok.pos_ != "VERB" or tok.lemma_.lower() not in ASKING_VERBS:
        return None
    asker = syn.agent_of(tok) if syn.is_passive(tok) else syn.subject_of(tok)
    if asker is not None and asker.lemma_.lower() in PRESS_NOUNS:
        return f"'{asker.text} {tok.text}': a question from the press, no request"
    if not syn.is_passive(tok) or asker is not None:
        return None
    if any(c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("for", "to")) for c in tok.children):
        return None  # "was asked to form a government", "was asked for help"
    topics = [o for o in syn.prep_objects(tok, ("about", "on", "over")) if o.ent_type_ not in ("DATE", "TIME")]
    if topics or _deeper_about(tok):
        return f"'{tok.text} about ...': a question put to a speaker, no request"
    return None


def _deeper_about(verb: Any) -> bool:
    """An "about" the parser hung on a noun of the verb's own phrases ("was asked after a speech to the
    Conference about U.S. policy": "about" under "Conference")."""
    for t in verb.subtree:
        if t.dep_ == "prep" and t.lower_ == "about":
            up = t.head
            while up.i != verb.i and up.dep_ in ("pobj", "prep") and up.head.i != up.i:
                up = up.head
            if up.i == verb.i:
                return True
    return False


# A firm changing hands: buying, selling or merging a business or a holding in one. With no political party
# in it, such a deal is commerce, which PLOVER leaves out whatever the verb of agreeing or negotiating.
TRANSFER_VERBS = frozenset({"buy", "acquire", "purchase", "sell", "merge", "divest"})
TRANSFER_NOUNS = frozenset({"takeover", "merger", "acquisition", "buyout", "buy-back", "buyback", "purchase", "sale",
                            "bid"})
HOLDING_NOUNS = frozenset({"stake", "share", "shares", "asset", "assets", "unit", "subsidiary", "division", "business",
                           "operation", "operations", "holding", "holdings", "interest", "company", "firm", "group",
                           "brand", "chain", "plant", "factory"})
PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our", "he", "she", "his", "her"})


def _holding(tok: Any) -> bool:
    """A business or a part of one: a firm's name, a business word ("the wine company Chalone"), a holding ("a 20%
    stake")."""
    return any(t.lemma_.lower() in HOLDING_NOUNS or t.lower_ in BUSINESS_WORDS or t.lemma_.lower() in BUSINESS_WORDS
               for t in (tok, *(c for c in tok.children if c.dep_ in ("compound", "appos")))) or (
        tok.ent_type_ == "ORG" and tok.pos_ == "PROPN")


def _transfer(tok: Any) -> Any:
    """The word of a firm changing hands that ``tok`` is or governs ("agreed to buy Chalone", "agreed a share
    buy-back", "talks on a merger", "negotiating a takeover"), or None."""
    near = [tok, *tok.children, *(g for c in tok.children if c.dep_ in ("xcomp", "prep", "dobj", "conj", "acl")
                                  for g in c.children)]
    for t in near:
        lemma = t.lemma_.lower()
        if _hyphenated_buyback(t):
            return t
        if t.pos_ == "VERB" and lemma in TRANSFER_VERBS:
            if lemma == "merge" or any(o.dep_ == "dobj" and _holding(o) for o in t.children) or any(
                    o.dep_ == "prep" and o.lower_ in ("in", "of") for o in t.children):
                return t
        if t.pos_ == "VERB" and lemma == "take" and _taking_over(t):
            return t
        if t.pos_ == "NOUN" and lemma in TRANSFER_NOUNS and (lemma != "bid" and lemma != "sale" or any(
                p.dep_ == "prep" and p.lower_ in ("for", "of") for p in t.children)):
            return t
        if t.pos_ == "NOUN" and lemma == "stake" and any(p.dep_ == "prep" and p.lower_ == "in" for p in t.children):
            return t  # prc41: "negotiating a minority stake in the courier firm": a holding in a firm changing hands
        if t.pos_ == "NOUN" and lemma == "offer" and any(
                p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and _holding(o) for o in p.children)
                for p in t.children):
            return t  # "withdrew its two billion dlr offer for Harcourt": a bid for a firm
    return None


def _hyphenated_buyback(tok: Any) -> bool:
    """"agreed a share buy-back": the tokenizer splits "buy-back" into "buy", "-", "back", so the noun is its last
    part with "buy" before the hyphen."""
    doc = tok.doc
    return tok.lower_ == "back" and tok.pos_ == "NOUN" and tok.i >= 2 and doc[tok.i - 1].text == "-" and \
        doc[tok.i - 2].lower_ == "buy"


def _taking_over(verb: Any) -> bool:
    """"take over Vendex's 50-pct interest", "take full control of the courier company": a business or a holding
    taken over (not "took control of the town", whose object is no business)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        return any(_holding(o) for o in objs)
    control = [o for o in objs if o.lemma_.lower() == "control"]
    return any(p.dep_ == "pobj" and _holding(p) for o in control for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children)


def _political_party_named(event: Any) -> bool:
    """A party of the event the text names (not a pronoun, not a guess) in a political sector or body."""
    return any((p.sector in POLITICAL_SECTORS or p.code in POLITICAL_CODES)
               and not (p.entity_text or "").startswith((GUESSED, INFERRED))
               and (p.entity_text or "").lower() not in PRONOUNS
               for p in [*event.actor, *event.recipient])


def commercial_deal(ctx: Any, tok: Any, event: Any) -> str | None:
    """A deal by which a firm or a holding in one changes hands ("Diageo has agreed to buy the wine maker",
    "the two banks agreed plans to merge", "is negotiating a takeover of the carrier") with no political party
    named in it: commerce, not a political event. A state buying or selling ("the government agreed to sell its
    stake") or a deal that bears on public policy stays."""
    if event.event not in DEAL_TYPES or _political_party_named(event):
        return None
    deal = _transfer(tok) or _share_price(tok) or _firm_selling(ctx, tok, event)
    if deal is None or _public_matter(tok) or _labour_near(ctx, tok.sent):
        return None
    return f"'{deal.text}': a firm changing hands, commerce"


# What a price a share is quoted in: a currency, its small change or its sign.
MONEY_UNITS = CURRENCY_NAMES | {"$", "cents", "cent", "pence", "p", "euros", "euro", "marks", "crowns"}


def _share_price(tok: Any) -> Any:
    """prc41: a price a share ("an offer of 41.75 dlrs a share", "20 dlrs per share in cash") in the trigger's
    phrase: a bid for a listed company's stock, commerce whoever makes it (a state's bid names a political party,
    which commercial_deal keeps)."""
    words = list(tok.subtree)
    for i, t in enumerate(words):
        if t.lower_ in ("share", "shr") and i >= 2 and words[i - 1].lower_ in ("a", "per") and \
                any(w.lower_ in MONEY_UNITS or w.text == "$" for w in words[max(0, i - 5): i - 1]):
            return t
    return None


def _firm_selling(ctx: Any, tok: Any, event: Any) -> Any:
    """prc41: a firm named as the doer agreeing or offering to buy or sell anything ("Gencorp has agreed to sell two
    of its stations", "offered to acquire the group for 1.4 billion dlrs"): its goods or its holdings change hands,
    commerce. Only when every doer the text names is a firm: "Japan agreed to buy more U.S. chips" is no firm's."""
    named = [p for p in event.actor if not (p.entity_text or "").startswith((GUESSED, INFERRED))]
    if not named or any(party_kind(ctx.document, p) != "business" for p in named):
        return None
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_.lower() in TRANSFER_VERBS and any(
                o.dep_ == "dobj" for o in c.children):
            return c
    return None


# Types under which a deal of commerce is told: agreeing, negotiating, backing or rejecting it.
DEAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "REJECT", "RETREAT", "CONCEDE"})


# Verbs by which a business puts its wares on the market: "offered cheaper machines", "sold tickets at half price".
OFFERING_VERBS = frozenset({"offer", "sell", "supply", "market", "launch"})
# What a business may offer that answers a public or a labour demand rather than a market: an undertaking stays
# an AGREE ("offered compensation to the savers", "offered its workers a pay rise", "offered an apology").
UNDERTAKING_NOUNS = frozenset({
    "compensation", "apology", "apologies", "refund", "refunds", "settlement", "concession", "concessions", "rise",
    "raise", "increase", "pay", "wage", "wages", "deal", "agreement", "guarantee", "guarantees", "assurance",
    "assurances", "pledge", "help", "aid", "support", "talks", "resignation", "cooperation", "truce", "reparations",
    "damages", "redress", "bonus", "terms", "proposal", "plan",
})


def _goods_offered(tok: Any) -> Any:
    """The goods a business offers or sells ("offered cheaper machines", "offered tickets at half the fare"): the
    object of an offering verb that is neither an undertaking nor a public matter, with no one named to receive it.
    A firm's offer of its wares is trade, not PLOVER's AGREE; None when the act may be one."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in OFFERING_VERBS:
        return None
    if any(c.dep_ in ("dative", "xcomp", "ccomp") for c in tok.children):
        return None  # "offered its workers a rise", "offered to pay", "offered the government a loan"
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in UNDERTAKING_NOUNS or obj.lower_ in UNDERTAKING_NOUNS:
        return None
    if _public_matter(tok) or any(t.lower_ in PUBLIC_MATTERS for t in obj.subtree):
        return None
    return obj


# Money, goods or help (AID's rows: contribute, donate, give, provide, assist, help, loans): between political parties
# they are aid; given by people or firms with nobody named to receive them ("the doctors contributed money to pay
# for the vaccines", "helping out behind cash tills"), they are private spending or work that PLOVER leaves out.
def unreceived_private_giving(ctx: Any, event: Any, trigger: Any) -> str | None:
    """Why an AID event is private giving to no named party; None when a political party gives or one is named to
    receive, as a party or as the place the help goes to ("flew ten tonnes of medicine into Chad"). A recipient the
    coder guessed from the story's country names nobody."""
    if event.event != "AID" or not event.actor:
        return None
    if any(party_kind(ctx.document, p) != "guess" for p in event.recipient) or _sent_to_a_land(trigger):
        return None
    givers = [party_kind(ctx.document, p) for p in event.actor]
    if any(kind in ("political", "guess") for kind in givers):
        return None
    return "private giving with no party named to receive it"


def _sent_to_a_land(trigger: Any) -> bool:
    """Whether the help is sent to or into a named country or people ("into Chad", "to the Kurds")."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and
               any(g.ent_type_ in ("GPE", "NORP") for g in c.subtree) for c in trigger.children)


# What a firm withdraws when it leaves a market or a deal: its filing for a share sale, a bid, its products. A
# withdrawal is PLOVER's RETREAT only for forces, people or a party leaving a place, a post or a political stand.
WITHDRAWING_VERBS = frozenset({"withdraw", "pull", "retract"})
MARKET_THINGS = frozenset({
    "filing", "prospectus", "registration", "listing", "offering", "ipo", "flotation", "float", "bid", "tender",
    "takeover", "product", "products", "brand", "brands", "drug", "share", "shares", "bond", "bonds", "market",
    "markets", "s-1",
})


def market_withdrawal(tok: Any, event: Any) -> str | None:
    """Why a RETREAT is a firm's withdrawal from a market or a deal ("withdrawing its S-1 filing for an initial
    public offering", "withdrew its bid for the airline", "pulled the drug from the market"); None otherwise."""
    if event.event != "RETREAT" or tok.lemma_.lower() not in WITHDRAWING_VERBS:
        return None
    withdrawn = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + \
        [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    for thing in withdrawn:
        if thing.pos_ == "PROPN":
            continue  # "withdraw from the Common Market": a union of states, not a market
        words = {thing.lemma_.lower(), thing.lower_} | {c.lower_ for c in thing.children if c.dep_ in ("compound", "amod")}
        if words & MARKET_THINGS:
            return f"'{tok.text} ... {thing.text}': a withdrawal from a market or a deal, commerce"
    return None


# --- Word sense: the head class of the doer or of the object selects the verb's sense -----------------------
# The lexicon's rows read a verb in its political sense ("decline" an offer, "threaten" a party, "call for" an act,
# "meet" a minister, "agree" to a deal). The same verbs have other senses, and which one a sentence uses is told
# by the head noun of the doer or of the object, not by the verb: a figure "declines" by falling, raids "endanger"
# a boom without anyone threatening, a law's section "calls for" what it lays down, a government "meets" a target
# by reaching it, a chairman "agrees with" a prediction by sharing it. Each class below is a kind of head noun that
# cannot do or undergo the political act; ``word_sense_reason`` tests the trigger's doer and object against them.

# Quantities and market values: they rise and fall, nobody acts through them ("the volume of exports has declined
# 40 pct", "the Taiwan dollar has appreciated ..., further encouraging speculators"). Not "figure" (a party's
# "senior figures") nor counts of people ("a number of", "a majority of").
FIGURE_NOUNS = frozenset({
    "price", "rate", "volume", "export", "import", "output", "production", "index", "dollar", "yen", "sterling",
    "franc", "lira", "peso", "rupee", "currency", "earnings", "profit", "sale", "growth", "inflation", "deficit",
    "surplus", "value", "cost", "spending", "revenue", "income", "yield", "bond", "stock", "share", "unemployment",
    "turnover", "reserve",
})
# Standing texts and plans: what their verbs tell is their content, not an act done when the story happened
# ("Section 404 of the Act calls for all firms to certify", "The Democrat budget plan calls for new taxes", "the
# treaty bans tests"). Not the voice of a body ("report", "statement", "resolution", "letter"): a report that
# criticises is its authors' act.
PROVISION_NOUNS = frozenset({
    "law", "act", "section", "clause", "article", "paragraph", "provision", "bill", "legislation", "amendment",
    "treaty", "charter", "constitution", "accord", "pact", "agreement", "rule", "regulation", "directive", "code",
    "guideline", "plan", "program", "programme", "scheme", "proposal", "package", "budget", "draft", "formula",
    "framework", "deal", "contract", "measure", "policy",
})
# Verbs by which a thing is received or fares, not acted out: "the plan won the backing of the cabinet", "the
# proposals have met with disapproval", "the surplus has come under fire" (someone else's act is told).
FARING_VERBS = frozenset({"win", "gain", "receive", "get", "draw", "attract", "earn", "meet", "face", "come", "pass",
                          "clear", "survive", "suffer", "encounter", "run"})
# Occurrences, states and acts as doers of a verb of effect: "rebel raids endanger the oil boom", "the seamen's
# strike threatens exports", "the trade action would help negotiations", "Brazil's action ... influencing current
# talks". The effect is told; no party threatens, helps or forces anyone by it. (Not "remove" or "ease": "Gorbachev's
# new offer ... removed a major barrier to agreement" tells the offer's concession through its effect.)
OCCURRENCE_NOUNS = frozenset({
    "action", "move", "decision", "offer", "step", "reform", "freeze", "tax", "tariff", "increase", "rise", "cut",
    "fall", "decline", "crisis", "situation", "tension", "conflict", "dispute", "war", "violence", "unrest", "strike",
    "raid", "attack", "fighting", "instability", "uncertainty", "recession", "shortage", "drought", "flood",
    "problem", "difficulty", "development", "change", "trend", "event", "incident", "scandal", "row", "controversy",
    "affair", "election", "vote", "sanction", "embargo", "ban", "boycott", "devaluation", "revaluation",
})
EFFECT_VERBS = frozenset({"threaten", "endanger", "jeopardise", "jeopardize", "imperil", "undermine", "help",
                          "influence", "encourage", "force", "drive", "hurt", "harm", "weaken",
                          "strengthen", "boost", "support", "promote", "benefit", "require", "demand", "need",
                          "necessitate", "call"})
# Verbs of needing: an activity told by a gerund needs something, nobody asks ("meeting the Lisbon targets
# requires a political commitment").
NEEDING_VERBS = frozenset({"require", "demand", "need", "necessitate", "call", "entail", "mean", "take"})
# What one "meets" by reaching or paying it, not a party met (CONSULT): "on course to meet the deficit target",
# "meeting the Lisbon agenda", "to meet its obligations", "meet the costs".
GOAL_NOUNS = frozenset({
    "target", "goal", "objective", "aim", "deadline", "criterion", "criteria", "standard", "requirement",
    "expectation", "forecast", "estimate", "quota", "obligation", "need", "cost", "bill", "payment", "challenge",
    "test", "agenda", "budget", "condition", "commitment", "shortfall", "liability", "debt", "schedule", "timetable",
})
MEETING_VERBS = frozenset({"meet"})
# Ills one fights as a policy, no party attacked (ASSAULT) or held (COERCE): "to fight inflation", "combat
# unemployment", "tackle the deficit", "curb drug smuggling".
ILL_NOUNS = frozenset({
    "inflation", "deficit", "unemployment", "poverty", "corruption", "crime", "terrorism", "drug", "disease",
    "epidemic", "recession", "slump", "shortage", "pollution", "fraud", "evasion", "smuggling", "piracy",
    "speculation", "protectionism", "hunger", "famine", "illiteracy", "inequality", "discrimination", "racism",
    "trafficking", "abuse", "waste", "bureaucracy", "debt",
})
FIGHTING_VERBS = frozenset({"attack", "battle", "combat", "fight", "tackle", "defeat", "curb", "hit"})
# Holding up a currency or prices in a market is no backing of a party (SUPPORT): "central banks ... supporting
# weaker currencies", "to defend the dollar", "support farm prices".
BACKING_VERBS = frozenset({"support", "back", "defend", "bolster", "prop", "underpin", "shore"})
# prc41: raising a currency's value is no appreciation of a party (SUPPORT, CAMEO 051): "South Korea has been
# gradually appreciating its currency", "Taipei let the currency strengthen". (A party wanting another's currency to
# rise asks it to act: that REQUEST is read elsewhere and stays.)
VALUING_VERBS = frozenset({"appreciate", "strengthen"})
# prc41: what a firm or a government blames for its results without blaming any party (ACCUSE): "It blamed weak
# demand in western Europe and currency losses", "blamed the poor harvest on the weather" (an "on" party is read
# as the one blamed, so such a sentence is left to the rows).
BLAMED_CONDITIONS = FIGURE_NOUNS | frozenset({
    "demand", "loss", "weather", "uncertainty", "competition", "slowdown", "downturn", "market", "condition",
    "exchange", "fluctuation", "weakness", "strength", "harvest", "consumption",
})
BLAMING_VERBS = frozenset({"blame"})
# prc45: what is charged as a price, or the customer it is charged to: "the councils charge reasonable levels of
# council tax", "charged clients for access", "banks charge a fee", "were charged 5 dlrs". Charging a price accuses
# nobody (ACCUSE allege is "charged him with", "charged that"). Not people at large ("students", "two men"), whom
# police and prosecutors charge.
PRICE_NOUNS = CURRENCY_NAMES | frozenset({
    "fee", "price", "rate", "interest", "premium", "tax", "levy", "commission", "rent", "toll", "fare", "surcharge",
    "cost", "sum", "amount", "money", "level", "pct", "percent", "cent", "cents", "dlr", "dlrs", "dollar", "stg",
    "customer", "client", "consumer", "passenger", "subscriber", "shipper", "motorist", "household", "tenant",
    "borrower", "depositor", "buyer", "user",
})
PRICING_VERBS = frozenset({"charge"})
# (verbs, head class of the object, why): the object of a row that names none selects the verb's other sense
OBJECT_SENSES = (
    (MEETING_VERBS, GOAL_NOUNS, "a target or a cost met, no meeting"),
    (FIGHTING_VERBS, ILL_NOUNS, "an ill fought as a policy, no party attacked or held"),
    (BACKING_VERBS, FIGURE_NOUNS, "a currency or prices held up in a market, no party backed"),
    (VALUING_VERBS, FIGURE_NOUNS, "a currency's value raised, no party appreciated"),
    (BLAMING_VERBS, BLAMED_CONDITIONS, "market conditions blamed for results, no party accused"),
)
# Views one agrees with by sharing them, no undertaking (AGREE): "he agrees with one analyst's prediction that
# ...", "agreed with the assessment", "They agreed with Kjeldsen, who said ...".
VIEW_NOUNS = frozenset({
    "prediction", "view", "assessment", "analysis", "estimate", "forecast", "conclusion", "comment", "remark",
    "argument", "criticism", "finding", "assertion", "opinion", "claim", "idea", "notion", "contention",
    "sentiment", "verdict", "diagnosis", "judgment", "judgement", "observation", "point", "thesis",
    "interpretation", "description", "characterisation", "characterization", "premise", "analyst", "economist",
})
CONCURRING_VERBS = frozenset({"agree", "concur"})
# prc41: whom one meets or visits in a private capacity: one's kin, friends, lawyers, a firm's shareholders ("visiting
# his brother", "would be meeting their lawyers", "spent last week meeting with shareholders"). Such a meeting consults
# no party (CONSULT); not "the families of the victims" nor "investors", whom officials meet in their office.
SEEING_VERBS = frozenset({"meet", "visit", "see"})
PRIVATE_COUNTERPARTS = frozenset({"brother", "sister", "wife", "husband", "son", "daughter", "mother", "father",
                                  "parent", "relative", "cousin", "friend", "girlfriend", "boyfriend", "lawyer",
                                  "attorney", "solicitor", "shareholder", "stockholder"})


def _private_counterpart(verb: Any) -> Any:
    """The one met or visited, when every one named is a private counterpart (PRIVATE_COUNTERPARTS), or None."""
    met = [c for c in verb.children if c.dep_ == "dobj"] + syn.prep_objects(verb, ("with",))
    met = [m for c in met for m in (c, *syn.conjuncts(c))]
    if met and all(m.pos_ == "NOUN" and m.lemma_.lower() in PRIVATE_COUNTERPARTS for m in met):
        return met[0]
    return None


# prc41: "talking up the dollar", "talked down the yen", "talked up its chances": praising or running down a thing in
# words, no talks with anybody (CONSULT).
TALKING_VERBS = frozenset({"talk"})
VIEW_SAYING_VERBS = frozenset({"say", "predict", "argue", "believe", "think", "suggest", "claim", "forecast",
                               "estimate", "contend", "maintain", "note", "warn"})
# Parties named by a name the tagger marks: a name is a party even when its head word is a common noun
# ("Christian Aid", "British Printing", "the Economic Policy Council").
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


def _doer(verb: Any) -> Any:
    """The verb's doer: the agent of a passive or of a participle after a noun, the noun a present participle
    follows, else the subject (through relative clauses, coordination and control) or a clausal subject ("meeting
    the targets requires ...")."""
    if syn.is_passive(verb):
        return syn.agent_of(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and syn.agent_of(verb) is not None:
        return syn.agent_of(verb)  # "A free trade pact, backed by President Reagan": the agent, not the pact
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "school leavers seeking jobs", "legislation banning heirs from ..."; not a participle whose own object
        # is a pronoun for the noun, which the parser hung on it ("he opposed the plans, branding them ...")
        return None if any(c.dep_ in ("dobj", "dative", "nsubj") and c.tag_ == "PRP" for c in verb.children) \
            else verb.head
    if verb.dep_ == "relcl" and syn.to_infinitive(verb):
        return None  # "the deal to open talks with Ankara": the noun names the act's purpose, not its doer
    return syn.subject_of(verb) or syn.first_child(verb, "csubj")


def _common_thing(tok: Any, nouns: frozenset[str]) -> bool:
    """A common noun of the class, not part of a name ("Christian Aid"), whose "of" object, if any, names no party
    ("the volume of exports" is a figure; "the budget of the Commission" stands for the Commission's act)."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in NAME_LABELS:
        return False
    if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
        return False
    return not any(o.ent_type_ in NAME_LABELS or o.pos_ == "PRON" for o in syn.prep_objects(tok, ("of",)))


# Verbs by which a body makes a text its own: what "a measure that endorsed the strike", voted for or passed, says is
# the voters' act (SUPPORT), not a standing text's content.
ADOPTING_VERBS = frozenset({"vote", "pass", "approve", "adopt", "enact", "ratify", "sign", "endorse", "back"})


def _adopted_text(text_noun: Any) -> bool:
    """The text is the object of a verb by which a body adopts it ("Senators voted for a measure that ...", "the
    assembly passed a resolution which ...")."""
    verb = text_noun.head
    if text_noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    return text_noun.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" and verb.lemma_.lower() in ADOPTING_VERBS


def _bare_row(how: str) -> bool:
    """The lexicon row that matched is a verb's own, naming no object ("verb 'meet'", not "verb 'attend' +
    'meeting'" nor a light verb): only such a row leaves the object's sense unread."""
    first = how.split(";")[0]
    return first.startswith("verb '") and " + '" not in first


def _with_view(verb: Any) -> Any:
    """The view a concurring verb is "with": a view noun ("agrees with one analyst's prediction") or a person
    whose view a relative clause tells ("agreed with Kjeldsen, who said ...")."""
    for obj in syn.prep_objects(verb, ("with",)):
        if _common_thing(obj, VIEW_NOUNS):
            return obj
        if any(c.dep_ == "relcl" and c.lemma_.lower() in VIEW_SAYING_VERBS for c in obj.children):
            return obj
    return None


def _blamed_on(verb: Any) -> bool:
    """"blamed the losses on the government": an "on" object names whom the blame is laid on."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # (the parser may hang "on" on the object)
    return any(syn.prep_objects(h, ("on", "upon")) for h in heads)


def word_sense_reason(tok: Any, trig: Any, how: str) -> str | None:
    """Why a verb trigger is read in a sense that is no political act, told by the head class of its doer or
    its object; None otherwise. See the classes above."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    doer = _doer(tok) if lemma not in FARING_VERBS else None  # a thing that fares is no doer
    if doer is not None and doer.tag_ == "VBG" and doer.dep_ in ("csubj", "nsubj") and lemma in NEEDING_VERBS:
        return f"'{doer.text} ... {tok.text}': an activity needs something, no request"
    if _common_thing(doer, FIGURE_NOUNS):
        return f"'{doer.text} ... {tok.text}': a figure rises or falls, it does not act"
    if _common_thing(doer, PROVISION_NOUNS) and not _adopted_text(doer):
        return f"'{doer.text} ... {tok.text}': a text's or a plan's content, no act"
    if lemma in EFFECT_VERBS and _common_thing(doer, OCCURRENCE_NOUNS):
        return f"'{doer.text} ... {tok.text}': the effect of an occurrence, no party's act"
    for verbs, nouns, why in OBJECT_SENSES:
        if lemma in verbs and _bare_row(how):
            obj = syn.first_child(tok, "dobj") or (tok.head if tok.dep_ == "relcl" else None)
            if syn.is_passive(tok):
                obj = syn.first_child(tok, "nsubjpass")
            if _common_thing(obj, nouns) and not (verbs is BLAMING_VERBS and _blamed_on(tok)):
                return f"'{tok.text} ... {obj.text}': {why}"
    if lemma in PRICING_VERBS and _bare_row(how) and not syn.prep_objects(tok, ("with",)):
        priced = next((c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")
                       and _common_thing(c, PRICE_NOUNS)), None)
        if priced is not None:
            return f"'{tok.text} ... {priced.text}': a price charged, no accusation"
    # (the parser reads "up" as a particle or as a preposition: "talking [up the dollar]")
    raised = next((c for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ in ("up", "down")
                   and c.i == tok.i + 1), None)
    if lemma in TALKING_VERBS and raised is not None:
        return f"'{tok.text} {raised.text}': talking a thing up or down, no talks"
    if lemma in SEEING_VERBS and (kin := _private_counterpart(tok)) is not None:
        return f"'{tok.text} ... {kin.text}': a private visit or meeting, no consultation of a party"
    if lemma in CONCURRING_VERBS and trig.plover == "AGREE":
        view = _with_view(tok)
        if view is not None:
            return f"'{tok.text} with {view.text}': sharing a view, no undertaking"
    return None

"""Writes articles.json for the eleventh article gold. The annotations are data, written by hand below.
Run from this folder: python3 build_gold.py; then check with
(cd ../gold-wire && python3 check_gold.py ../gold-eleventh/articles.json)."""
import json

UN, IMG = ["UNO", "IGO"], "IMG"
OPT = {"required": False}


def ev(types, anchor, actor=(), recipient=(), **extra):
    """One gold event; types, actor and recipient may be given as a space-separated string."""
    split = lambda v: v.split() if isinstance(v, str) else list(v)
    out = {"types": split(types)}
    if actor:
        out["actor"] = split(actor)
    if recipient:
        out["recipient"] = split(recipient)
    out["anchor"] = anchor
    out.update(extra)
    return out


def article(rid, published, events, forbid=(), places=(), dates=(), quantities=(), reuter_line=False):
    return {"file": f"reuters21578.jsonl.gz#reuters-{rid}", "published": published, "events": events,
            "forbid": [{"phrase": p, **({"allow_types": a.split()} if a else {})} for p, a in forbid],
            "places": [{"text": t, "country": c} for t, c in places],
            "dates": [{"text": t, "value": v} for t, v in dates],
            "quantities": [{"text": t, "value": v, "of": o} for t, v, o in quantities],
            "boilerplate": ["REUTER"] if reuter_line else []}


H, F_, OFF = "historical", "future", "official"
ARTICLES = [
    # 1. Baldrige in Hong Kong: hopes Nakasone brings trade proposals, wants to lift chip sanctions (Mon 1987-04-27)
    article("17274", "1987-04-27", [
        ev("REQUEST", "hopes Japanese Prime Minister Yasuhiro Nakasone will make specific proposals", "USA", "JPN",
           attribution=OFF),
        ev("AGREE CONSULT", "at a meeting with President Reagan this week", "USA JPN", modality=F_, **OPT),
        ev("SANCTION", "sanctions imposed against Japan for alleged violations", "USA", "JPN", modality=H, **OPT),
        ev("CONCEDE", "soon be able to lift sanctions", "USA", "JPN", modality=F_, **OPT),
        ev("CONCEDE", "We want to lift the sanctions", "USA", "JPN", **OPT),
        ev("SANCTION", "duties it imposed on Japanese electronics goods", "USA", "JPN", modality=H,
           date="1987-04-17"),
        ev("ACCUSE", "take about one month to determine whether", "USA", "JPN", modality=F_, **OPT),
        ev("CONCEDE", "may be able to lift trade sanctions against Japan", "USA", "JPN", modality="hypothetical",
           attribution="anonymous", **OPT),
        ev("SUPPORT", "Japan is a friend and our ally", "USA", "JPN", **OPT),
        ev("SANCTION", "no choice but to impose the trade sanctions", "USA", "JPN", modality=H, **OPT),
    ], forbid=[("Japan would have to show that it had stopped", "REQUEST")],
        places=[("Hong Kong", "HKG"), ("Japan", "JPN")],
        dates=[("April 17", "1987-04-17"), ("today", "1987-04-27"), ("this week", "1987-04")],
        reuter_line=True),

    # 2. New Zealand imposes sanctions on Fiji after it becomes a republic (Mon 1987-10-19)
    article("21565", "1987-10-19", [
        ev("SANCTION", "New Zealand has imposed sanctions against Fiji", "NZL", "FJI", attribution=OFF),
        ev("SANCTION", "will end all military cooperation and cut economic aid", "NZL", "FJI", **OPT),
        ev("SANCTION REJECT", "will also not renew an agreement", "NZL", "FJI", modality=F_, **OPT),
        ev("SANCTION CONSULT", "asked High Commissioner Rod Gates to return from Suva", "NZL", "FJI", **OPT),
        ev("SANCTION", "The sanctions were approved by the cabinet", "NZL", "FJI", modality=H, **OPT),
        ev("COERCE ASSAULT", "staged his second coup on September 25", "FJI", "FJI", modality=H,
           date="1987-09-25", **OPT),
        ev("SANCTION", "Fiji's membership of the Commonwealth had lapsed", "IGO", "FJI", **OPT),
        ev("SUPPORT", "the cabinet was happy with the statement", "NZL", "IGO", **OPT),
    ], forbid=[("We won't be reacting further", "")],
        places=[("New Zealand", "NZL"), ("Fiji", "FJI"), ("Suva", "FJI"), ("Vancouver", "CAN"),
                ("Hawaii", "USA")],
        dates=[("September 25", "1987-09-25"), ("March", "1988-03")],
        quantities=[], reuter_line=True),

    # 3. Reagan's news conference on the Iran arms affair (Thu 1987-03-19)
    article("7525", "1987-03-19", [
        ev("REJECT", "President Reagan denied he had been told", "USA"),
        ev("AID COOPERATE", "diverted, possibly illegally, to the contras", "USA", ["NIC", IMG], modality=H, **OPT),
        ev("RETREAT", "the release of three American hostages", ["LBN", IMG], "USA", modality=H, **OPT),
        ev("ACCUSE", "a presidential commission that investigated the scandal", "USA", "USA", modality=H, **OPT),
        ev("AID COOPERATE", "approved an August, 1985, shipment", "USA", "IRN", modality=H, date="1985-08",
           **OPT),
        ev("REJECT", "stated his opposition to tax increases", "USA", **OPT),
        ev("REQUEST", "called for a constitutional amendment", "USA", "USA", **OPT),
        ev("REJECT", "had opposed the arms sales", "USA", **OPT),
    ], places=[("Iran", "IRN"), ("Nicaragua", "NIC"), ("Lebanon", "LBN"), ("Israel", "ISR")],
        dates=[("August, 1985", "1985-08"), ("Tonight", "1987-03-19")],
        quantities=[("three American hostages", 3, "people")]),

    # 4. Pentagon: US forces in the Gulf protect only American-flag ships (Tue 1987-06-02)
    article("18231", "1987-06-02", [
        ev("MOBILIZE", "under orders to protect only American flag vessels", "USA", **OPT),
        ev("REJECT", "No one has ever stated or supported a policy", "USA", **OPT),
        ev("MOBILIZE", "drew up plans to increase the protective", "USA", modality=F_, **OPT),
        ev("REJECT", "Sims denied published reports", "USA", attribution=OFF),
        ev("COOPERATE AID", "protected a Kuwaiti ship", "USA", "KWT", modality=H, **OPT),
        ev("AGREE", "Washington had received assurances", "BHR KWT", "USA", **OPT),
        ev("COOPERATE", "turning 11 oil tankers over", "KWT", "USA", **OPT),
        ev("ACCUSE", "despite Iranian charges that Kuwait is supporting Iraq", "IRN", "KWT", **OPT),
        ev("ASSAULT", "have come under repeated Iranian attack", "IRN", "KWT", modality=H, **OPT),
        ev("MOBILIZE", "will beef up its seven-ship Middle East Task Force", "USA", modality=F_, **OPT),
        ev("MOBILIZE", "additional ships and air cover are under consideration", "USA", modality="hypothetical",
           **OPT),
    ], places=[("Bahrain", "BHR"), ("Kuwait", "KWT"), ("Iran", "IRN"), ("Iraq", "IRQ")],
        dates=[("today", "1987-06-02")],
        quantities=[("11 oil tankers", 11, "tankers")]),

    # 5. Auto workers' union signals a strike against GM and Ford (Mon 1987-04-13)
    article("16220", "1987-04-13", [
        ev("THREATEN", "signaled their intent for a major work stoppage", "USA", "USA"),
        ev("REQUEST", "fail to satisfy demands for job security", "USA", "USA", **OPT),
        ev("THREATEN", "ready to go to", "USA", "USA", date="1987-04-12", **OPT),
        ev("PROTEST", "a six-day selective national strike", "USA", "USA", modality=H, date="1984", **OPT),
        ev("REJECT", "they would oppose the UAW's demand", "USA", "USA"),
        ev("REQUEST", "the union will stress job security", "USA", "USA", **OPT),
    ], forbid=[("would likely be the most difficult of the decade", ""),
               ("Ford has not been hit by a national strike", ""),
               ("some union analysts to suggest", "")],
        places=[],
        dates=[("yesterday", "1987-04-12"), ("September 14", "1987-09-14"), ("in 1984", "1984")],
        quantities=[("some 3,000", 3000, "people"), ("500,000", 500000, "people")]),

    # 6. Kuwait rejects Iran's spy-boat charges, summons Iran's charge d'affaires (Tue 1987-06-02)
    article("17925", "1987-06-02", [
        ev("REJECT", "today rejected charges that fishing vessels", "KWT", "IRN", date="1987-06-02",
           attribution=OFF),
        ev("COERCE", "seized recently by Iran", "IRN", "KWT", modality=H, **OPT),
        ev("REJECT", "There are no bases of truth", "KWT", "IRN", **OPT),
        ev("ACCUSE CONSULT", "was summoned by the Ministry yesterday", "KWT", "IRN", date="1987-06-01",
           attribution=OFF),
        ev("COERCE", "Iran had seized seven Kuwaiti speed boats", "IRN", "KWT", attribution="media"),
        ev("ACCUSE", "confessed to spying for Iraq", "IRN", "KWT", **OPT),
        ev("COERCE", "the boats were intercepted", "IRN", "KWT", **OPT),
        ev("ASSAULT COERCE", "captured by Iran last year", "IRN", "IRQ", modality=H, date="1986", **OPT),
        ev("CONSULT", "Iranian envoys toured Gulf Arab states", "IRN", **OPT),
        ev("AGREE CONSULT", "scheduled today to meet Kuwait's Crown Prince", "USA KWT", modality=F_, **OPT),
        ev("COERCE", "had held back a number of vessels", "IRN", "KWT", modality=H, **OPT),
        ev("REQUEST", "had sought to release through diplomatic contacts", "KWT", "IRN", modality=H, **OPT),
        ev("ACCUSE", "Shaheen condemned the detentions", "KWT", "IRN", attribution=OFF),
        ev("REQUEST", "asked Tehran to free all fishing boats", "KWT", "IRN", attribution=OFF),
        ev("SUPPORT", "the emirate's backing for Iraq", "KWT", "IRQ", **OPT),
    ], places=[("Kuwait", "KWT"), ("Iraq", "IRQ"), ("Faw peninsula", "IRQ"), ("Tehran", "IRN")],
        dates=[("today", "1987-06-02"), ("yesterday", "1987-06-01"), ("on Sunday", "1987-05-31"),
               ("last year", "1986")],
        quantities=[("seven Kuwaiti speed boats", 7, "boats")], reuter_line=True),

    # 7. Iran presses its Karbala-8 offensive east of Basra; Iraqi jets hit Ahvaz (Wed 1987-04-08)
    article("15142", "1987-04-08", [
        ev("ASSAULT THREATEN", "decided to continue its operations east of Basra", "IRN", "IRQ",
           location_country="IRQ", attribution=OFF),
        ev("ASSAULT", "Iran continued its Karbala-8 operation", "IRN", "IRQ", date="1987-04-07",
           attribution="media"),
        ev("ASSAULT", "had beaten back the latest attacks", "IRQ", "IRN", date="1987-04-08", attribution=OFF),
        ev("ASSAULT", "broken the back of the military forces", "IRN", "IRQ", **OPT),
        ev("ASSAULT", "their assault on Iraqi lines", "IRN", "IRQ", location_country="IRQ", **OPT),
        ev("ASSAULT", "destroyed an oil pumping station", "IRQ", "IRN", date="1987-04-08", location_country="IRN",
           attribution=OFF),
    ], forbid=[("over 2,600 Iraqis had been killed or wounded", "ASSAULT")],
        places=[("Basra", "IRQ"), ("Baghdad", "IRQ"), ("Ahvaz", "IRN")],
        dates=[("today", "1987-04-08"), ("yesterday", "1987-04-07")],
        quantities=[("over 1,500", 1500, "people"), ("over 2,600", 2600, "people")]),

    # 8. Osaka police arrest former gold-firm executives for fraud (Sat 1987-03-21)
    article("8068", "1987-03-21", [
        ev("COERCE", "arrested five former senior executives", "JPN", "JPN", date="1987-03-21",
           location_country="JPN", attribution=OFF),
        ev("ASSAULT", "was stabbed to death here", (), "JPN", modality=H, date="1985-06", **OPT),
        ev("COERCE", "the five arrested on charge of fraud", "JPN", "JPN", **OPT),
        ev("COERCE ACCUSE", "placed on a wanted list", "JPN", "JPN", **OPT),
        ev("ACCUSE", "were suspected of having collaborated", "JPN", "JPN", **OPT),
        ev("ACCUSE", "two years of joint investigation", "JPN", "JPN", modality=H, **OPT),
    ], places=[("Osaka", "JPN"), ("Kobe", "JPN")],
        dates=[("today", "1987-03-21"), ("June, 1985", "1985-06"), ("July, 1985", "1985-07")],
        quantities=[("five former senior executives", 5, "people"), ("about 450", 450, "people"),
                    ("about 3,000", 3000, "people")], reuter_line=True),
]

ABOUT = open("about.txt").read().strip()

if __name__ == "__main__":
    json.dump({"about": ABOUT, "articles": ARTICLES}, open("articles.json", "w"), indent=1, ensure_ascii=False)
    n = sum(len(a["events"]) for a in ARTICLES)
    req = sum(1 for a in ARTICLES for e in a["events"] if e.get("required", True))
    print(len(ARTICLES), "articles,", n, "events,", req, "required")

#!/usr/bin/env python3
"""Build the INSP!R annual activity report 2020 as a small, valid PDF.

Standard library only.  The output is byte-for-byte reproducible: there are no
timestamps other than the fixed CreationDate, no random IDs and no compression.

Usage:
    python3 tools/make_report_pdf.py [output.pdf]

Default output: public/reports/inspir-annual-activity-report-2020.pdf
(relative to the repository root, i.e. the parent of this tools/ directory).

Text comes from the organisation's own "What we do" page (quoted or lightly
condensed).  Fonts are the standard Type 1 fonts Helvetica and Helvetica-Bold
with WinAnsiEncoding; characters such as curly quotes and dashes are mapped to
their WinAnsi codes (e.g. U+2019 -> 0x92, U+2018 -> 0x91, U+2013 -> 0x96,
U+2014 -> 0x97).
"""

import hashlib
import os
import sys

# --------------------------------------------------------------------------
# Page geometry (A4 portrait, points)
# --------------------------------------------------------------------------
PAGE_W, PAGE_H = 595, 842
MARGIN_L, MARGIN_R = 64, 64
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
TOP_Y = PAGE_H - 72          # baseline of the first line on a content page
BOTTOM_Y = 84                # text must stay above this baseline
FOOTER_Y = 44

# Colours (RGB 0..1)
TEAL = (0.043, 0.333, 0.388)     # #0b5563
ORANGE = (0.910, 0.467, 0.180)   # #e8772e
INK = (0.114, 0.169, 0.212)      # #1d2b36
SAND = (0.957, 0.914, 0.847)     # #f4e9d8
LIGHT_TEAL = (0.812, 0.906, 0.898)  # #cfe7e5
WHITE = (1, 1, 1)

# --------------------------------------------------------------------------
# Font metrics: advance widths (1/1000 em) for WinAnsi codes 32..255
# (Adobe core font metrics for Helvetica and Helvetica-Bold).
# --------------------------------------------------------------------------
_HELVETICA = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350,
    556, 350, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350,
    350, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 350, 500, 667,
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
]
_HELVETICA_BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 350,
    556, 350, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350,
    350, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 350, 500, 667,
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
]
assert len(_HELVETICA) == 224 and len(_HELVETICA_BOLD) == 224

FONTS = {
    "F1": ("Helvetica", _HELVETICA),
    "F2": ("Helvetica-Bold", _HELVETICA_BOLD),
}

# Characters outside cp1252/WinAnsi that might appear, mapped to something
# WinAnsi can show.  (cp1252 already maps curly quotes, dashes, ellipsis ...
# to their WinAnsi codes: ' 0x91, ' 0x92, " 0x93, " 0x94, - 0x96, -- 0x97.)
_FALLBACK = {
    "\u00a0": " ",     # no-break space
    "\u2009": " ",     # thin space
    "\u202f": " ",     # narrow no-break space
    "\u2010": "-",     # hyphen
    "\u2011": "-",     # non-breaking hyphen
    "\u2212": "-",     # minus sign
}


def winansi(text):
    """Encode a str to WinAnsiEncoding bytes (cp1252 is the same table)."""
    out = bytearray()
    for ch in text:
        ch = _FALLBACK.get(ch, ch)
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            out += b"?"
    return bytes(out)


# Sanity checks for the mappings the brief calls out explicitly.
assert winansi("\u2019\u2018\u2013\u2014") == b"\x92\x91\x96\x97"


def text_width(text, font, size):
    widths = FONTS[font][1]
    total = 0
    for b in winansi(text):
        total += widths[b - 32] if b >= 32 else 0
    return total * size / 1000.0


def pdf_string(text):
    """A PDF literal string: escape ( ) \\ and write non-ASCII as octal."""
    out = ["("]
    for b in winansi(text):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    out.append(")")
    return "".join(out)


def utf16_hex(text):
    """A PDF text string (for the Info dictionary) as UTF-16BE hex with BOM."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def num(v):
    """Deterministic, compact number formatting."""
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if text_width(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------
# Content (the organisation's own wording, quoted or lightly condensed)
# --------------------------------------------------------------------------
TITLE = "INSP!R \u2014 Annual activity report 2020"
SUBTITLE = "A network of civil society organisations for universal social protection"

INTRO = (
    "This report presents the work of the INSP!R network: its objective, its "
    "members, the themes it works on, the allies it works with and its outlook "
    "for the years ahead. The text follows the network\u2019s own presentation "
    "of what it does."
)

THEMES = [
    ("Social and solidarity economy (SSE)",
     "Social and solidarity economy (SSE) is composed of enterprises and "
     "organisations which have the specific feature of producing goods, services "
     "and knowledge while pursuing both economic and social aims and fostering "
     "solidarity. According to ILO, the SSE is a viable solution to re-balancing "
     "economic, social and environmental objectives. SSE organisations have "
     "value-driven, human-centred approaches in addressing the challenges in the "
     "changing world of work and can therefore help build a new economy that "
     "strives for social justice and decent work."),
    ("Access to employment",
     "Practical and political changes achieved by INSP!R provide sustainable "
     "access to decent jobs, ensure labour rights, access to universal social "
     "protection for all with effective social or structural dialogue with social "
     "partners and civil society. INSP!R is committed to cooperate with trade "
     "unions who implement and monitor in their countries the decent work "
     "standards. Within the network, tools are shared with other member "
     "organisations to help respect these standards in their intervention and "
     "partnership strategy."),
    ("Access to health",
     "As one of the four components of the social protection floor (ILO R202), "
     "equal access to quality health care is an essential component of "
     "INSP!R\u2019s action. It gathers multi-actors like trade unions, social "
     "movements of women, elderly, people with disabilities or people living with "
     "HIV/AIDS with other stakeholders at national, regional and international "
     "level. The network also carries out structural exchanges with the Belgian "
     "health mutuality, which promotes Health in All Policies (HiaP). Mutual "
     "health organisations are actively involved in the development of basic "
     "health care and the availability of essential pharmaceutical products, and "
     "advocate on behalf of their patients for access to quality health care. The "
     "goal remains universal health coverage, through adequate legal support and "
     "subsidies for certain groups to ensure no one is left behind."),
    ("Gender equality",
     "For INSP!R, gender equality is essential to ensure the sustainability and "
     "inclusiveness of development. It therefore commits to contribute to the "
     "implementation of existing international, European and Belgian legislation "
     "in this field, such as SDG 5 aiming to \u2018achieve gender equality and "
     "empower all women and girls\u2019. The network uses a rights-based approach "
     "that leaves no one behind, which builds on the relevant ILO conventions such "
     "as Conventions C100 and 111 prohibiting all forms of discrimination, as well "
     "as the most recent C190 regarding gender-based violence."),
    ("Human Rights Due Diligence (HRDD)",
     "Human Rights Due Diligence (HRDD) is a model allowing to hold businesses "
     "accountable for their impact on people and the planet. Rules on mandatory "
     "human rights and environmental due diligence should require all companies, "
     "from fossil fuel giants and agribusiness to fashion retailers and "
     "electronics makers, to establish effective policies to make sure human "
     "rights and the environment are not being harmed in their global operations "
     "and supply chains. It is a crucial action point for INSP!R, in its strive to "
     "promote decent work and social protection rights all over the world."),
    ("Environment",
     "INSP!R promotes decent life and work on a viable planet, leaving no one "
     "behind. The economy needs to be at the service of the well-being of people, "
     "while respecting the ecosystems of our planet, and should value cooperation "
     "and equitable redistribution instead of competition and profit "
     "maximization. This requires a broad global alliance between civil society, "
     "business and political leaders to transition to a low-carbon economy that "
     "values people and the planet. Social protection and environmental "
     "protection are two inseparable and mutually reinforcing objectives."),
    ("Advocacy",
     "To achieve systemic change, INSP!R must exert all its weight on political "
     "decisions concerning social protection rights at national, regional and "
     "international level. To do this, it acts as an expert on the subject, "
     "drawing on the experience of the hundred or so organisations in the field "
     "that it represents. Its advocacy work is also based on the many alliances it "
     "has been able to forge with recognised civil society organisations and "
     "international bodies."),
    ("Social security",
     "According to the ILO, social security is a human right which responds to "
     "the universal need for protection against certain life risks and social "
     "needs. Social security is the formal social protection system in countries "
     "that have developed a system of social coverage worthy of the name for its "
     "citizens. Generally, it provides compensation in cash and/or in kind in the "
     "event of absence or loss of income (illness, pregnancy, old age, widowhood, "
     "etc.)."),
    ("Vocational training",
     "The defence of social protection rights implies offering decent job "
     "opportunities giving access to comprehensive social protection. Hence the "
     "importance of quality and affordable vocational training for all, provided "
     "by competent specialists, towards promising sectors, with professional "
     "integration strategies in accordance with the realities of the labour "
     "market, in favour of gender equality and respect of the environment."),
    ("Capacity building",
     "Strengthening the members\u2019 and beneficiaries\u2019 capacities is a key "
     "strategy to achieve technical, social and financial sustainability of the "
     "network and, ultimately, the defence of social protection rights for all. "
     "It can take the form of awareness-raising actions or internal training, but "
     "also reciprocal capacity interactions between INSP!R member organisations "
     "within a same country, continent or internationally."),
    ("Investigation",
     "In order to demand respect for the social protection rights of workers in "
     "the world, INSP!R needs to be able to base itself on concrete and objective "
     "data which reflect the reality on the ground of the people to be "
     "represented and to defend."),
]

ALLIES = [
    ("USP2030 \u2014 Global Partnership for Universal Social Protection",
     "USP2030 was initiated by the United Nations in the framework of the "
     "Sustainable Development Goals, in particular SDG target 1.3 regarding social "
     "protection coverage, and it joins forces of all actors who want to turn this "
     "right into reality. The fact that some of its members are part of it helps "
     "INSP!R make the voice of civil society and unions heard in favour of social "
     "protection for all in the world."),
    ("SPIAC-B \u2014 Social Protection Inter-Agency Cooperation Board",
     "A light, lean and agile inter-agency coordination mechanism, composed of "
     "representatives of international organisations and bilateral institutions, "
     "to enhance global coordination and advocacy on social protection issues and "
     "to coordinate international cooperation in country demand-driven actions."),
    ("Global Coalition for Social Protection Floors", None),
]

AHEAD = [
    "Extend and strengthen the multi-stakeholder nature of the network.",
    "Sustainable financing for social protection: a Global Fund for Social "
    "Protection?",
    "Universal access to the Covid-19 vaccines?",
    "Strengthening the specific themes linked to our vision on the right to "
    "social protection: gender equality, climate change, demographic changes, "
    "\u2026",
    "Raise our profile towards other donors as a pool of expertise.",
]

QUOTE = ("\u201cA society that does not translate solidarity into structures and "
         "institutions is a disaster for vulnerable people.\u201d")
QUOTE_BY = "\u2014 Andre Kiekens"


def build_blocks():
    b = []
    b.append(("h1", "Our objective"))
    b.append(("p",
              "The objective of INSP!R is to contribute to universal social "
              "protection and to claim a leading role for civil society in the "
              "implementation of national, comprehensive and widely supported "
              "social protection policies."))
    b.append(("h1", "Our members"))
    b.append(("p",
              "The members of INSP!R \u2013 trade unions, mutual health "
              "organisations, organisations of women, young people, older "
              "persons, migrant or precarious workers \u2013 all contribute to "
              "decent work in their countries. Among the 4 pillars of the Decent "
              "Work Agenda, INSP!R mainly promotes the pillar related to "
              "(universal) social protection rights, through the creation of "
              "decent work, labour rights and social dialogue. These strategies "
              "enable the multiplication of practical and policy changes for the "
              "final beneficiaries: formal and informal economy workers in "
              "vulnerable and precarious work situations, their families and "
              "precarious social groups."))
    b.append(("h1", "Our themes"))
    b.append(("p",
              "We work on a multitude of issues that are tools to fight for "
              "universal social protection. The network works on the following "
              "eleven themes."))
    for i, (head, body) in enumerate(THEMES, 1):
        b.append(("h2", "%d. %s" % (i, head)))
        b.append(("p", body))
    b.append(("h1", "Allies and references"))
    for head, body in ALLIES:
        b.append(("h2", head))
        b.append(("p", body) if body else ("gap", 6))
    b.append(("h1", "Looking ahead"))
    b.append(("p", "Upcoming for the years ahead:"))
    for item in AHEAD:
        b.append(("li", item))
    b.append(("quote", QUOTE, QUOTE_BY))
    return b


# --------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------
BODY = ("F1", 10.5, 15.0)     # font, size, leading
H1 = ("F2", 15.0, 20.0)
H2 = ("F2", 11.0, 15.0)
BULLET_INDENT = 14


class Page:
    def __init__(self):
        self.ops = []

    def color(self, rgb, stroke=False):
        self.ops.append("%s %s %s %s" % (num(rgb[0]), num(rgb[1]), num(rgb[2]),
                                          "RG" if stroke else "rg"))

    def rect(self, x, y, w, h, rgb):
        self.color(rgb)
        self.ops.append("%s %s %s %s re f" % (num(x), num(y), num(w), num(h)))

    def text(self, x, y, s, font, size, rgb=INK):
        self.color(rgb)
        self.ops.append("BT /%s %s Tf %s %s Td %s Tj ET"
                        % (font, num(size), num(x), num(y), pdf_string(s)))

    def text_right(self, x_right, y, s, font, size, rgb=INK):
        self.text(x_right - text_width(s, font, size), y, s, font, size, rgb)


def layout_content(blocks):
    """Flow blocks onto content pages.  Returns (pages, h1_page_index)."""
    pages = [Page()]
    y = TOP_Y
    toc = []

    def new_page():
        pages.append(Page())
        return TOP_Y

    for blk in blocks:
        kind = blk[0]
        if kind in ("h1", "h2"):
            font, size, lead = H1 if kind == "h1" else H2
            before = 16 if kind == "h1" else 6
            lines = wrap(blk[1], font, size, TEXT_W)
            # keep the heading with at least two lines of what follows
            need = before + lead * len(lines) + BODY[2] * 2
            if y != TOP_Y and y - need < BOTTOM_Y:
                y = new_page()
            elif y != TOP_Y:
                y -= before
            if kind == "h1":
                toc.append((blk[1], len(pages)))
                pages[-1].rect(MARGIN_L, y + size + 2, 28, 3, ORANGE)
            for ln in lines:
                pages[-1].text(MARGIN_L, y, ln, font, size, TEAL)
                y -= lead
            y -= 2 if kind == "h1" else 0
        elif kind in ("p", "li"):
            font, size, lead = BODY
            indent = BULLET_INDENT if kind == "li" else 0
            lines = wrap(blk[1], font, size, TEXT_W - indent)
            for i, ln in enumerate(lines):
                if y < BOTTOM_Y:
                    y = new_page()
                if kind == "li" and i == 0:
                    pages[-1].text(MARGIN_L + 2, y, "\u2022", font, size, ORANGE)
                pages[-1].text(MARGIN_L + indent, y, ln, font, size, INK)
                y -= lead
            y -= 6 if kind == "p" else 2
        elif kind == "quote":
            font, size, lead = "F2", 13.0, 18.0
            lines = wrap(blk[1], font, size, TEXT_W - 20)
            height = lead * len(lines) + 26
            y -= 18
            if y - height < BOTTOM_Y:
                y = new_page()
            top = y + size
            for ln in lines:
                pages[-1].text(MARGIN_L + 20, y, ln, font, size, TEAL)
                y -= lead
            y -= 4
            pages[-1].text(MARGIN_L + 20, y, blk[2], "F1", 10.5, INK)
            pages[-1].rect(MARGIN_L, y - 4, 4, top - (y - 4), ORANGE)
            y -= lead
        elif kind == "gap":
            y -= blk[1]
    return pages, toc


def title_page(toc):
    p = Page()
    band_y = 500
    p.rect(0, band_y, PAGE_W, PAGE_H - band_y, TEAL)
    p.rect(MARGIN_L, 760, 44, 5, ORANGE)
    y = 712
    # break the title after the dash rather than leaving "2020" on its own
    for ln in wrap("INSP!R \u2014", "F2", 30, TEXT_W) + wrap(
            "Annual activity report 2020", "F2", 30, TEXT_W):
        p.text(MARGIN_L, y, ln, "F2", 30, WHITE)
        y -= 38
    y -= 8
    for ln in wrap(SUBTITLE, "F1", 14, TEXT_W):
        p.text(MARGIN_L, y, ln, "F1", 14, LIGHT_TEAL)
        y -= 20
    p.text(MARGIN_L, band_y + 30, "Published by INSP!R", "F2", 10.5, WHITE)

    y = band_y - 50
    for ln in wrap(INTRO, "F1", 11, TEXT_W):
        p.text(MARGIN_L, y, ln, "F1", 11, INK)
        y -= 16
    y -= 24
    p.text(MARGIN_L, y, "Contents", "F2", 13, TEAL)
    y -= 8
    p.rect(MARGIN_L, y, TEXT_W, 0.8, LIGHT_TEAL)
    y -= 18
    for head, page_no in toc:
        p.text(MARGIN_L, y, head, "F1", 11, INK)
        p.text_right(PAGE_W - MARGIN_R, y, str(page_no), "F1", 11, INK)
        y -= 19
    return p


def add_footers(pages):
    total = len(pages)
    for i, p in enumerate(pages, 1):
        p.rect(MARGIN_L, FOOTER_Y + 14, TEXT_W, 0.6, LIGHT_TEAL)
        p.text(MARGIN_L, FOOTER_Y, TITLE, "F1", 8.5, TEAL)
        p.text_right(PAGE_W - MARGIN_R, FOOTER_Y, "Page %d of %d" % (i, total),
                     "F1", 8.5, TEAL)


# --------------------------------------------------------------------------
# PDF writer
# --------------------------------------------------------------------------
def build_pdf(pages):
    objects = {}  # number -> bytes (without "n 0 obj" wrapper)
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    first = 6
    kids = []
    for i, pg in enumerate(pages):
        page_no = first + 2 * i
        content_no = page_no + 1
        kids.append(page_no)
        stream = ("\n".join(pg.ops) + "\n").encode("latin-1")
        objects[content_no] = (b"<< /Length %d >>\nstream\n" % len(stream)
                               + stream + b"endstream")
        objects[page_no] = (
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> "
            "/ProcSet [/PDF /Text] >> /Contents %d 0 R >>"
            % (PAGE_W, PAGE_H, content_no)).encode("latin-1")
    objects[1] = (b"<< /Type /Catalog /Pages 2 0 R /Lang (en) "
                  b"/ViewerPreferences << /DisplayDocTitle true >> >>")
    objects[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                  % (" ".join("%d 0 R" % k for k in kids), n_pages)
                  ).encode("latin-1")
    for num_, (name, _) in ((3, FONTS["F1"]), (4, FONTS["F2"])):
        objects[num_] = ("<< /Type /Font /Subtype /Type1 /BaseFont /%s "
                         "/Encoding /WinAnsiEncoding >>" % name).encode("latin-1")
    objects[5] = (
        "<< /Title %s /Author %s /Subject %s /Keywords %s /Creator %s "
        "/Producer %s /CreationDate (D:20210301000000Z) "
        "/ModDate (D:20210301000000Z) >>" % (
            utf16_hex(TITLE),
            utf16_hex("INSP!R"),
            utf16_hex("Annual activity report 2020: objective, members, "
                      "themes and allies of the INSP!R network"),
            utf16_hex("social protection, decent work, civil society, INSP!R"),
            utf16_hex("tools/make_report_pdf.py"),
            utf16_hex("make_report_pdf.py (Python standard library)"),
        )).encode("latin-1")

    count = max(objects) + 1
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = [0] * count
    for n in range(1, count):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objects[n] + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n" % count
    out += b"0000000000 65535 f \n"
    for n in range(1, count):
        out += b"%010d 00000 n \n" % offsets[n]
    doc_id = hashlib.md5(bytes(out)).hexdigest().upper()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R "
            b"/ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (count, doc_id.encode(), doc_id.encode(), xref_at))
    return bytes(out)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    default = os.path.join(root, "public", "reports",
                           "inspir-annual-activity-report-2020.pdf")
    target = sys.argv[1] if len(sys.argv) > 1 else default

    content_pages, toc = layout_content(build_blocks())
    # content pages start at page 2 (page 1 is the title page)
    toc = [(head, idx + 1) for head, idx in toc]
    pages = [title_page(toc)] + content_pages
    add_footers(pages)
    data = build_pdf(pages)

    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    with open(target, "wb") as fh:
        fh.write(data)
    print("wrote %s (%d bytes, %d pages)" % (target, len(data), len(pages)))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Builds the kiosk's extra TrueType faces from Debian's font packages (reproducible, offline).

    apt-get install fonttools fonts-noto-cjk fonts-hanazono
    /usr/bin/python3 peripherals/fonts-build/make_fonts.py

Why each face, and why subset:
- NotoSansSC-Bold.ttf: headings. GB2312 (6763 hanzi) + Latin + punctuation + every character of the
  kiosk's bundles; any other character falls back to the regular face.
- NotoSansTC-Regular.ttf / NotoSansTC-Bold.ttf: Traditional-shaped glyphs for zh-TW screens: Big5
  level 1 (5401 common hanzi) + bundles, 4 MB each (all of Big5 would be 10 MB); rarer characters
  fall back to Noto Sans SC, which has them in Simplified-region shapes.
- KioskHanExt.ttf / KioskHanGaps.ttf: fallback for rare name characters, from HanaMinB / HanaMinA
  (GlyphWiki, SIL OFL 1.1 or Hanazono licence): CJK Ext-B..F complete; and the BMP characters Noto's
  subset lacks (check boxes, Ext-A and compatibility ideographs). Renamed because the OFL reserves the
  names "HanaMinA"/"HanaMinB" for unmodified fonts.
Debian ships Noto CJK as CFF OpenType; PDFBox embeds CJK only from TrueType, so outlines are converted
to quadratic glyf (cu2qu, max error 1 unit of 1000). No hinting: screens and the printer raster at
>= 24 px do not need it and it would double the size.
"""
import glob
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "kiosk", "fonts")
BUNDLES = os.path.join(HERE, "..", "..", "kiosk-app", "src", "main", "resources", "kiosk", "app", "i18n")
REGULAR = os.path.join(OUT, "NotoSansSC-Regular.ttf")
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
HANA = "/usr/share/fonts/truetype/hanazono/HanaMin{}.ttf"


def double_byte(codec, lead, trail):
    out = set()
    for a in lead:
        for b in trail:
            try:
                out.update(bytes([a, b]).decode(codec))
            except UnicodeDecodeError:
                pass
    return {ord(c) for c in out}


def common():
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x180)) | set(range(0x2000, 0x206F))
    cps |= set(range(0x2100, 0x2200)) | set(range(0x2190, 0x21FF)) | set(range(0x2460, 0x24FF))
    cps |= set(range(0x25A0, 0x2600)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    for path in glob.glob(os.path.join(BUNDLES, "*.properties")):
        with open(path, encoding="utf-8") as f:
            cps |= {ord(c) for c in f.read()}
    return cps


def noto_face(weight, lang):
    collection = TTCollection(NOTO.format(weight))
    for font in collection.fonts:
        if font["name"].getDebugName(1) == "Noto Sans CJK " + lang:
            return font
    sys.exit("no Noto Sans CJK %s in %s" % (lang, NOTO.format(weight)))


def to_truetype(font):
    """Replaces CFF outlines by quadratic TrueType ones (the fontTools otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        glyph.recalcBounds(glyf)
        width, _ = hmtx[name]
        hmtx[name] = (width, getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\0\1\0\0"


def subset_font(font, cps):
    options = subset.Options()
    options.hinting = False
    options.glyph_names = False
    options.layout_features = ["*"]
    options.drop_tables += ["vhea", "vmtx", "VORG", "BASE", "FFTM"]
    options.name_languages = ["*"]
    sub = subset.Subsetter(options)
    sub.populate(unicodes=cps)
    sub.subset(font)


def rename(font, family, style):
    name = font["name"]
    full = family if style == "Regular" else family + " " + style
    ps = (family + "-" + style).replace(" ", "")
    for rec in list(name.names):
        if rec.nameID in (1, 2, 3, 4, 6, 16, 17):
            name.removeNames(nameID=rec.nameID)
    for nid, text in ((1, family), (2, style), (3, ps + ";kiosk-subset"), (4, full), (6, ps)):
        name.setName(text, nid, 3, 1, 0x409)
        name.setName(text, nid, 1, 0, 0)


def noto(weight, lang, family, cps, out):
    font = noto_face(weight, lang)
    subset_font(font, cps)
    to_truetype(font)
    rename(font, family, weight)
    font.save(os.path.join(OUT, out))


def hana_fallback():
    """Two files: one font holds at most 65,535 glyphs, and Ext-B..F alone fill 60,000."""
    regular = set(TTFont(REGULAR, lazy=True).getBestCmap())
    b = TTFont(HANA.format("B"))
    subset_font(b, set(range(0x20000, 0x2FFFF)))
    rename(b, "Kiosk Han Ext", "Regular")
    b.save(os.path.join(OUT, "KioskHanExt.ttf"))
    a = TTFont(HANA.format("A"))
    gaps = {cp for cp in a.getBestCmap() if cp not in regular and 0x2000 <= cp < 0x20000}
    subset_font(a, gaps)
    rename(a, "Kiosk Han Gaps", "Regular")
    a.save(os.path.join(OUT, "KioskHanGaps.ttf"))


def main():
    base = common()
    gb2312 = double_byte("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))
    big5_level1 = double_byte("big5", range(0xA4, 0xC7), range(0x40, 0xFF))
    what = sys.argv[1:] or ["sc-bold", "tc-regular", "tc-bold", "han-ext"]
    if "sc-bold" in what:
        noto("Bold", "SC", "Noto Sans SC", base | gb2312, "NotoSansSC-Bold.ttf")
    if "tc-regular" in what:
        noto("Regular", "TC", "Noto Sans TC", base | big5_level1, "NotoSansTC-Regular.ttf")
    if "tc-bold" in what:
        noto("Bold", "TC", "Noto Sans TC", base | big5_level1, "NotoSansTC-Bold.ttf")
    if "han-ext" in what:
        hana_fallback()


if __name__ == "__main__":
    main()

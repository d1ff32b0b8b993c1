#!/usr/bin/python3
"""Builds the fonts the app fetches on demand (dist/fonts/), from Debian's font packages.

    web_fonts.py inter --out-dir DIST/fonts   # inter-regular.otf, inter-semibold.otf
    web_fonts.py cjk --out-dir DIST/fonts     # noto-sans-cjk.otf

cadence.wasm embeds only Inter's Latin (tools/embed_assets.py) to keep the first download small.
The rest of Inter (Greek, Cyrillic, Vietnamese, symbols: its whole character map but the private
use area) and a subset of Noto Sans CJK SC are separate files that the app fetches from its own
origin the first time a character needs them (src/web/font_loader.h).

The CJK subset holds the characters of the national standard sets that cover everyday names and
words, taken from Python's own codecs (no download): GB 2312 (6,763 simplified hanzi), Big5 level 1
(5,401 common traditional), JIS X 0208 (6,355 kanji), KS X 1001 (2,350 hangul syllables), plus
kana, CJK punctuation, compatibility jamo and full-width forms: about 13,000 characters, 2.6 MB.
Rarer characters draw as "?" (ImGui's fallback glyph). Subsetting takes a minute or two.
Needs Debian's python3-fonttools (so it runs with /usr/bin/python3).
"""
import argparse
import pathlib

from fontTools import subset
from fontTools.ttLib import TTFont

INTER_DIR = pathlib.Path("/usr/share/fonts/opentype/inter")
CJK_COLLECTION = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_SC_INDEX = 2  # JP, KR, SC, TC, HK, then the Mono faces: SC is the third


def save_subset(font, unicodes, out_path):
    options = subset.Options()
    options.layout_features = []  # Dear ImGui draws no kerning, ligatures or vertical forms
    options.name_IDs = []
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["FFTM", "GPOS", "GSUB", "GDEF", "BASE", "VORG", "vhea", "vmtx"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = out_path.with_suffix(".part")
    font.save(str(temporary))
    temporary.replace(out_path)  # a half-written file never looks finished to make
    print(f"web_fonts: {out_path.name} {out_path.stat().st_size // 1024} KB, {len(unicodes)} characters")


def standard_set(codec, lead_bytes, trail_bytes):
    """Every character a double-byte codec maps from lead_bytes x trail_bytes."""
    characters = set()
    for lead in lead_bytes:
        for trail in trail_bytes:
            try:
                text = bytes([lead, trail]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                characters.add(ord(text))
    return characters


def common_cjk():
    han = (standard_set("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))
           | standard_set("big5", range(0xA4, 0xC7), range(0x40, 0xFF))
           | standard_set("euc_jp", range(0xB0, 0xF5), range(0xA1, 0xFF)))
    hangul = {c for c in standard_set("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF)) if 0xAC00 <= c <= 0xD7A3}
    blocks = set(range(0x3000, 0x3100)) | set(range(0x3130, 0x3190)) | set(range(0xFF00, 0xFFF0))
    return sorted({c for c in han if 0x3400 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF} | hangul | blocks)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("which", choices=["inter", "cjk"])
    parser.add_argument("--out-dir", required=True, type=pathlib.Path)
    args = parser.parse_args()
    if args.which == "inter":
        for weight, name in [("Regular", "inter-regular.otf"), ("SemiBold", "inter-semibold.otf")]:
            font = TTFont(str(INTER_DIR / f"Inter-{weight}.otf"))
            unicodes = sorted(c for c in font.getBestCmap() if not 0xE000 <= c <= 0xF8FF)
            save_subset(font, unicodes, args.out_dir / name)
    else:
        font = TTFont(str(CJK_COLLECTION), fontNumber=CJK_SC_INDEX)
        save_subset(font, common_cjk(), args.out_dir / "noto-sans-cjk.otf")


if __name__ == "__main__":
    main()

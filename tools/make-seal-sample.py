#!/usr/bin/python3
"""Draws templates/_assets/seal-sample.png: a red round SAMPLE seal (样章) for previews and tests.

It is deliberately marked 样章 ("sample seal") in its centre so nobody mistakes it for a real
company seal. Deterministic: same Pillow + font => same pixels.

Needs Debian's python3-pil and fonts-wqy-zenhei:
    apt-get install -y python3-pil fonts-wqy-zenhei
    /usr/bin/python3 tools/make-seal-sample.py [OUTPUT]
"""
import math
import os
import sys

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SIZE = 600            # final edge in pixels
SCALE = 3             # supersampling for smooth edges
RED = (218, 30, 40)
NAME = "示例物业服务中心"
BOTTOM = "样章"        # "sample seal": printed where a real seal carries its purpose
MARK = "SAMPLE 仅供测试"


def star(draw, cx, cy, r_outer, fill):
    r_inner = r_outer * math.sin(math.radians(18)) / math.sin(math.radians(126))
    points = []
    for i in range(10):
        r = r_outer if i % 2 == 0 else r_inner
        a = math.radians(-90 + i * 36)
        points.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    draw.polygon(points, fill=fill)


def glyph(text, font, angle_deg):
    """One character drawn upright on its own transparent tile, then rotated."""
    box = font.getbbox(text)
    w, h = box[2] - box[0], box[3] - box[1]
    tile = Image.new("RGBA", (w + 8, h + 8), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((4 - box[0], 4 - box[1]), text, font=font, fill=RED + (255,))
    return tile.rotate(angle_deg, resample=Image.BICUBIC, expand=True)


def main(out):
    n = SIZE * SCALE
    c = n / 2
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)

    ring = 16 * SCALE
    margin = 6 * SCALE
    draw.ellipse((margin, margin, n - margin, n - margin), outline=RED + (255,), width=ring)
    star(draw, c, c, 75 * SCALE, RED + (255,))

    # Company name along the upper arc, read left to right, each glyph facing the centre.
    name_font = ImageFont.truetype(FONT, 62 * SCALE, index=0)
    radius = c - margin - ring - 48 * SCALE
    span = 240.0
    step = span / (len(NAME) - 1)
    for i, ch in enumerate(NAME):
        angle = -90 - span / 2 + i * step           # degrees, 0 = 3 o'clock, clockwise positive
        rad = math.radians(angle)
        x, y = c + radius * math.cos(rad), c + radius * math.sin(rad)
        tile = glyph(ch, name_font, -(angle + 90))
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))

    mark_font = ImageFont.truetype(FONT, 54 * SCALE, index=0)
    w = draw.textlength(BOTTOM, font=mark_font)
    draw.text((c - w / 2, c + 100 * SCALE), BOTTOM, font=mark_font, fill=RED + (255,))
    small = ImageFont.truetype(FONT, 26 * SCALE, index=0)
    w = draw.textlength(MARK, font=small)
    draw.text((c - w / 2, c + 172 * SCALE), MARK, font=small, fill=RED + (255,))

    # Ink colour everywhere, the shape in the alpha channel alone: resampling leaves dark, varying RGB in the
    # transparent and edge pixels, which costs ~3x the bytes in every PNG, PDF and DOCX the seal is printed into.
    # Stored as a palette image: 256 entries of the ink colour, one per opacity (tRNS), one byte per pixel.
    alpha = img.resize((SIZE, SIZE), Image.LANCZOS).getchannel("A")
    img = Image.new("P", (SIZE, SIZE))
    img.putpalette(list(RED) * 256)
    img.putdata(list(alpha.getdata()))
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    img.save(out, "PNG", optimize=True, transparency=bytes(range(256)))


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "templates", "_assets", "seal-sample.png")
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(default))

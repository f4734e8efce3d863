#!/usr/bin/env python3
"""Draws NorthPool's Teams icons with the standard library only (run once; the PNGs are committed).

color.png   192x192: a blue disc (96 px symbol area + padding) with a white check, fully transparent around it.
outline.png  32x32:  the same symbol as a white ring and check on a fully transparent background, no padding.
"""
import math, struct, zlib, pathlib

def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    pathlib.Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

def near_check(px, py, points, width):
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        if math.hypot(px - (ax + t * dx), py - (ay + t * dy)) <= width:
            return True
    return False

def color(x, y, size):
    c = size / 2
    r = math.hypot(x + 0.5 - c, y + 0.5 - c)
    check = [(c - 22, c + 2), (c - 6, c + 18), (c + 24, c - 16)]
    if r > 48:
        return (0, 0, 0, 0)
    if near_check(x + 0.5, y + 0.5, check, 7):
        return (255, 255, 255, 255)
    return (0x2B, 0x57, 0x9A, 255)

def outline(x, y, size):
    c = size / 2
    r = math.hypot(x + 0.5 - c, y + 0.5 - c)
    check = [(c - 7, c + 1), (c - 2, c + 6), (c + 8, c - 5)]
    on = 13.5 <= r <= 16 or near_check(x + 0.5, y + 0.5, check, 1.6)
    return (255, 255, 255, 255) if on else (0, 0, 0, 0)

here = pathlib.Path(__file__).parent
png(here / "color.png", 192, color)
png(here / "outline.png", 32, outline)

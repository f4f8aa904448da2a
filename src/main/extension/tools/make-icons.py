"""Draws the Verbatim extension icons (blue tile, white quote marks, green tick) without any imaging library."""
# Usage: python3 src/main/extension/tools/make-icons.py src/main/extension/icons
import math, struct, zlib, sys

def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))

def shade(x, y):
    """Colour at a point of the 64x64 design space, or None outside the tile."""
    r = 14
    cx = min(max(x, r), 64 - r); cy = min(max(y, r), 64 - r)
    if math.hypot(x - cx, y - cy) > r: return None
    # tick
    if min(seg_dist(x, y, 30, 46, 36, 52), seg_dist(x, y, 36, 52, 50, 36)) <= 3.2:
        return (126, 226, 168)
    # two quote marks: a filled blob plus a tail curving up-left
    for ox in (0, 15):
        if math.hypot(x - (19 + ox), y - (26)) <= 5: return (255, 255, 255)
        if seg_dist(x, y, 15 + ox, 26, 20 + ox, 15) <= 2.2: return (255, 255, 255)
    return (11, 92, 173)

def render(size, ss=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    x = (px + (sx + .5) / ss) * 64 / size
                    y = (py + (sy + .5) / ss) * 64 / size
                    c = shade(x, y)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            n = ss * ss
            if acc[3]:
                row += bytes([acc[0] // acc[3], acc[1] // acc[3], acc[2] // acc[3], 255 * acc[3] // n])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

for s in (16, 32, 48, 128):
    open(f'{sys.argv[1]}/icon{s}.png', 'wb').write(render(s))

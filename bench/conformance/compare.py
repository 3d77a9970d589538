"""Strip generated code from a copy of the corpus, and compare a regenerated copy with it.

    compare.py strip CORPUS WORK
    compare.py compare CORPUS WORK FLOOR_FILE [--update]
"""
import difflib
import os
import re
import sys

TOPS = ("Modules", "Objects", "Python", "PC")
START = re.compile(r"^\s*/\*\[clinic input\]\n?$")
STOP = "[clinic start generated code]*/"
END = re.compile(r"^\s*/\*\[clinic end generated code: .+\]\*/\n?$")


def files_with_blocks(tree):
    for top in TOPS:
        for dirpath, _, names in os.walk(os.path.join(tree, top)):
            for name in sorted(names):
                if name.endswith((".c", ".h", ".cpp")):
                    path = os.path.join(dirpath, name)
                    with open(path, "rb") as f:
                        if b"[clinic input]" in f.read():
                            yield os.path.relpath(path, tree)


def strip(work):
    """Drops the output and end marker of every [clinic input] block; deletes clinic/*.h."""
    for rel in list(files_with_blocks(work)):
        path = os.path.join(work, rel)
        if os.path.basename(os.path.dirname(rel)) == "clinic":
            os.remove(path)
            continue
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
        out, i = [], 0
        while i < len(lines):
            out.append(lines[i])
            if START.match(lines[i]):
                i += 1
                while i < len(lines) and not lines[i].startswith(STOP):
                    out.append(lines[i])
                    i += 1
                if i < len(lines):
                    out.append(lines[i])
                    i += 1
                j = i
                while j < len(lines) and not END.match(lines[j]) and not START.match(lines[j]):
                    j += 1
                if j < len(lines) and END.match(lines[j]):
                    i = j + 1
                continue
            i += 1
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(out)


def compare(corpus, work, floor_file, mode):
    total = identical = differing_lines = 0
    worst = []
    for rel in files_with_blocks(corpus):
        total += 1
        with open(os.path.join(corpus, rel), "rb") as f:
            a = f.read()
        try:
            with open(os.path.join(work, rel), "rb") as f:
                b = f.read()
        except FileNotFoundError:
            b = b""
        if a == b:
            identical += 1
            continue
        d = [l for l in difflib.unified_diff(a.decode().splitlines(), b.decode().splitlines(),
                                             lineterm="", n=0)
             if l[:1] in "+-" and not l.startswith(("+++", "---"))]
        differing_lines += len(d)
        worst.append((len(d), rel))
    with open(floor_file) as f:
        floor = int(f.read().split()[0])
    print(f"identical files: {identical}/{total} (floor {floor}); differing lines: {differing_lines}")
    for n, p in sorted(worst, reverse=True)[:40]:
        print(f"  {n:6d} {p}")
    with open(os.path.join(work, "generate.err")) as f:
        errors = [l for l in f if ": error: " in l]
    if errors:
        print(f"{len(errors)} errors from generate; first ones:")
        for l in errors[:15]:
            print("  " + l.rstrip())
    if mode == "--update" and identical > floor:
        with open(floor_file, "w") as f:
            f.write(f"{identical}\n")
        print(f"floor raised to {identical}")
    return 0 if identical >= floor else 1


if __name__ == "__main__":
    if sys.argv[1] == "strip":
        strip(sys.argv[3])
    else:
        sys.exit(compare(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else ""))

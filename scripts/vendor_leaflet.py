"""Vendor Leaflet's built files (npm package `leaflet`) into the web package, once.

The dashboard serves Leaflet from the package itself: no CDN, no tile server, nothing fetched at run
time. Re-run only to update Leaflet:

    npm pack leaflet@1.9.4 && python scripts/vendor_leaflet.py leaflet-1.9.4.tgz

Leaflet is BSD-2-Clause (Copyright (c) 2010-2023 Volodymyr Agafonkin, (c) 2010-2011 CloudMade); its
LICENSE file is copied next to the code.
"""
from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "flashpoint" / "web" / "static" / "vendor" / "leaflet"
FILES = ["dist/leaflet.js", "dist/leaflet.css", "LICENSE", "dist/images/marker-icon.png",
         "dist/images/marker-icon-2x.png", "dist/images/marker-shadow.png", "dist/images/layers.png",
         "dist/images/layers-2x.png"]


def main(tgz: Path) -> None:
    with tarfile.open(tgz) as tf:
        version = json.load(tf.extractfile("package/package.json"))["version"]
        for name in FILES:
            data = tf.extractfile(f"package/{name}").read()
            dest = OUT / name.removeprefix("dist/")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
    (OUT / "VERSION").write_text(f"leaflet {version} (npm), vendored by scripts/vendor_leaflet.py\n", "utf-8")
    print(f"vendored leaflet {version} into {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/vendor_leaflet.py leaflet-X.Y.Z.tgz")
    main(Path(sys.argv[1]))

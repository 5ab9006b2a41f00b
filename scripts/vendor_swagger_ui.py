"""Vendor Swagger UI's built files (npm package `swagger-ui-dist`) into the web package, once.

`flashpoint serve` shows the API's OpenAPI docs at /docs with these files: FastAPI's default page loads
Swagger UI from a CDN, so it was blank offline. Nothing is fetched at run time. Re-run only to update:

    npm pack swagger-ui-dist@5.32.6 && python scripts/vendor_swagger_ui.py swagger-ui-dist-5.32.6.tgz

Swagger UI is Apache-2.0 (SmartBear Software); its LICENSE, NOTICE and the bundle's third-party licence list
are copied next to the code. The source-map comment is dropped (the maps are not vendored).
"""
from __future__ import annotations

import json
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "flashpoint" / "web" / "static" / "vendor" / "swagger-ui"
FILES = ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "LICENSE", "NOTICE",
         "swagger-ui-bundle.js.LICENSE.txt"]


def main(tgz: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tgz) as tf:
        version = json.load(tf.extractfile("package/package.json"))["version"]
        for name in FILES:
            data = tf.extractfile(f"package/{name}").read()
            if name.endswith((".js", ".css")):
                data = re.sub(rb"\n?/[/*]# sourceMappingURL=\S+?(?: \*/)?\s*$", b"\n", data)
            (OUT / name).write_bytes(data)
    (OUT / "VERSION").write_text(f"swagger-ui-dist {version} (npm), vendored by scripts/vendor_swagger_ui.py\n",
                                 "utf-8")
    print(f"vendored swagger-ui-dist {version} into {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/vendor_swagger_ui.py swagger-ui-dist-X.Y.Z.tgz")
    main(Path(sys.argv[1]))

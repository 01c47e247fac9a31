"""Render one article's viewer page to PNG with headless Chromium (a visual check of RTL).

    python scripts/screenshot_viewer.py --doc 000_a2099a625d713edd/1 --out /tmp/view.png
    python scripts/screenshot_viewer.py --html report/docs/x.html --out /tmp/view.png

With --doc, the article is analysed from --inputs (default: data/raw/seed), or read
from the tables in --pred DIR (written by `python -m analysis run`). With --html, an
existing page is shot. Chromium runs offline-friendly: no sync, no component
updates, no background networking, a throwaway profile.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


def chromium_path() -> str | None:
    """The Chromium binary, if installed."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    return shutil.which("chromium") or shutil.which("chromium-browser")


def screenshot(
    html_path: str | Path,
    png_path: str | Path,
    width: int = 1000,
    height: int = 1400,
    timeout: float = 120,
) -> Path:
    """Shoot `html_path` (a local file) into `png_path`; raises when Chromium fails."""
    exe = chromium_path()
    if exe is None:
        raise FileNotFoundError("chromium is not installed (apt-get install -y chromium)")
    html_path, png_path = Path(html_path).resolve(), Path(png_path).resolve()
    png_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pna-chromium-") as profile:
        cmd = [
            exe,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={png_path}",
            html_path.as_uri(),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    if not png_path.exists() or png_path.stat().st_size == 0:
        raise RuntimeError(
            f"chromium wrote no screenshot (exit {proc.returncode}): {proc.stderr[-800:]}"
        )
    return png_path


def _page_for(doc_id: str, pred: str | None, inputs: list[str]) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from analysis.corpus import iter_articles
    from analysis.pipeline import analyze, read_tables
    from analysis.viewer import show

    tables = read_tables(pred) if pred else analyze(iter_articles(inputs))
    return show(doc_id, tables).page()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--doc", help="doc_id of the article to render")
    what.add_argument("--html", help="an existing HTML file to shoot")
    parser.add_argument("--out", required=True, help="PNG file to write")
    parser.add_argument("--pred", default=None, help="tables directory (default: analyse --inputs)")
    parser.add_argument("--inputs", nargs="*", default=["data/raw/seed"])
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=1400)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pna-page-") as tmp:
        page = Path(args.html) if args.html else Path(tmp) / "page.html"
        if args.doc:
            page.write_text(_page_for(args.doc, args.pred, args.inputs), encoding="utf-8")
        out = screenshot(page, args.out, args.width, args.height)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``claimdesk`` command: headless subcommands, and the window.

``extract``, ``export``, ``merge`` (three-way merge, a git merge driver) and
``eval`` (score the extractor against gold files) run in the core, without
Qt or a display. Only a PDF export needs Qt: the core's export registry
loads it from the ``gui`` package (:mod:`claims.export`).

``claimdesk`` alone opens the window on the bundled sample, and
``extract`` takes a file or a web address (:mod:`claims.fetch`).
``claimdesk open PATH`` on an article (``.txt``) or a claim sheet
(``.yaml``): both hand over to ``gui.app.run``, imported only then (the
core never imports ``gui`` or Qt statically). Where PySide6 or the ``gui``
package cannot be imported they say so in one line.

Exit status: 0 done; 1 a merge left conflicts (or the window's opening was
cancelled); 2 bad input, with one line naming the file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from claims.errors import ClaimDeskError

if TYPE_CHECKING:
    from claims.article import ImportedArticle
    from claims.model import Article

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("csv", "xlsx", "md", "html", "pdf", "claimreview")
"""The names of :data:`claims.export.FORMATS` (a test keeps them equal),
spelt out so that ``extract`` or ``merge`` need not import every exporter."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimdesk",
        description="Find, check and export the claims of a news article.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command")
    open_cmd = sub.add_parser(
        "open", help="open an article (.txt) or a claim sheet (.yaml) in the window"
    )
    open_cmd.add_argument("path", type=Path)
    extract = sub.add_parser(
        "extract",
        help="extract the claims of an article (text, Markdown, web page, Word, PDF) "
        "into a claim sheet",
    )
    extract.add_argument(
        "article", help="the article: a file, or a web address (http or https) to fetch"
    )
    extract.add_argument(
        "-o", "--output", type=Path, help="sheet to write (default: standard output)"
    )
    extract.add_argument(
        "--lang", choices=["fr", "en"], help="article language (default: detected)"
    )
    for flag, what in (
        ("--title", "the article's title"),
        ("--url", "the article's address (http or https)"),
        ("--publisher", "who published the article"),
        ("--author", "who signed the article"),
        ("--published", "the publication date, YYYY-MM-DD"),
    ):
        extract.add_argument(flag, help=f"{what} (default: from the file's metadata)")
    existing = extract.add_mutually_exclusive_group()
    existing.add_argument(
        "--update",
        action="store_true",
        help="the sheet -o names exists: carry its claims and verdicts over to the "
        "article's text as it is now, and add the new figures",
    )
    existing.add_argument(
        "--force",
        action="store_true",
        help="replace the sheet -o names with a fresh extraction (its checked work is lost)",
    )
    export = sub.add_parser(
        "export",
        help="export a claim sheet (CSV, XLSX, Markdown, HTML, PDF, ClaimReview)",
        description="Export a claim sheet for editors and publishers. Text formats go to "
        "standard output without -o; XLSX and PDF need -o. ClaimReview takes the desk's "
        "name, site and review URL from the preferences unless given here.",
    )
    export.add_argument("sheet", type=Path)
    export.add_argument("--format", "-f", required=True, choices=EXPORT_FORMATS)
    export.add_argument(
        "--status",
        help="export only claims with these statuses, comma-separated "
        "(verified,false,misleading,inconclusive,in_progress,unchecked); default all",
    )
    export.add_argument(
        "--lang", choices=["fr", "en"], help="label language (default: the article's)"
    )
    export.add_argument("--bom", action="store_true", help="CSV: start with a UTF-8 BOM (Excel)")
    export.add_argument(
        "--semicolon",
        action="store_true",
        help="CSV: separate fields with ';' (Excel with French settings)",
    )
    export.add_argument("--desk-name", help="ClaimReview: the desk publishing the reviews")
    export.add_argument("--desk-url", help="ClaimReview: the desk's web site")
    export.add_argument(
        "--review-url", help="ClaimReview: each review's address, {id} being the claim id"
    )
    export.add_argument(
        "-o", "--output", type=Path, help="file to write (default: standard output)"
    )
    merge = sub.add_parser(
        "merge",
        help="three-way merge of claim sheets (also a git merge driver)",
        description="Merge OURS and THEIRS, both edited from BASE, claim by claim and field by "
        "field. Exit 0 when clean, 1 when conflicts are left recorded on their claims.",
    )
    merge.add_argument("base", type=Path)
    merge.add_argument("ours", type=Path)
    merge.add_argument("theirs", type=Path)
    merge.add_argument(
        "-o", "--output", type=Path, help="sheet to write (default: standard output)"
    )
    evaluate = sub.add_parser(
        "eval", help="score the extractor against gold files (NAME.txt + NAME.gold.yaml)"
    )
    evaluate.add_argument(
        "paths", type=Path, nargs="+", metavar="CORPUS", help="gold files or folders of them"
    )
    evaluate.add_argument(
        "--details", action="store_true", help="list every miss, spurious figure and field error"
    )
    evaluate.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def _evaluate(args: argparse.Namespace) -> int:
    import json

    from claims.evaluate import format_report, score_corpus
    from claims.gold import gold_paths, load_gold

    result = score_corpus([load_gold(path) for path in gold_paths(args.paths)])
    if args.json:
        sys.stdout.write(json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_report(result, details=args.details))
    return 0


def _merge(args: argparse.Namespace) -> int:
    from claims.merge import MergeError, merge_sheets
    from claims.sheet import dump_sheet, load_sheet, save_sheet

    try:
        result = merge_sheets(load_sheet(args.base), load_sheet(args.ours), load_sheet(args.theirs))
    except MergeError as exc:
        raise MergeError(f"{args.base}, {args.ours}, {args.theirs}: {exc}") from exc
    for note in result.notes:
        log.warning("%s", note)
    if args.output:
        save_sheet(result.sheet, args.output)
    else:
        sys.stdout.write(dump_sheet(result.sheet))
    if result.clean:
        return 0
    log.warning("%d conflict(s) recorded on their claims", result.conflicts)
    return 1


def _extract(args: argparse.Namespace) -> int:
    from claims.extract import extract_sheet
    from claims.links import is_web_url
    from claims.sheet import dump_sheet, save_sheet

    output: Path | None = args.output
    web = is_web_url(args.article)
    if output and not web and output.resolve() == Path(args.article).resolve():
        raise ClaimDeskError(f"{output}: this is the article itself; write the sheet elsewhere")
    if (args.update or args.force) and not output:
        raise ClaimDeskError("--update and --force need the sheet to write: give it with -o")
    imported = _import(args.article, args.lang, web)
    for note in imported.notes:
        log.info("%s: %s", args.article, note)
    article = _with_facts(imported.article, args)
    if output and output.exists() and not args.force:
        if not args.update:
            raise ClaimDeskError(
                f"{output} already exists: --update carries its claims over to the article's "
                "text as it is now, --force replaces it (losing its checked work)"
            )
        return _update(output, article, args)
    sheet = extract_sheet(article)
    if output:
        save_sheet(sheet, output)
        log.info("wrote %d claims to %s", len(sheet.claims), output)
    else:
        sys.stdout.write(dump_sheet(sheet))
    return 0


def _import(source: str, lang: str | None, web: bool) -> ImportedArticle:
    """The article at ``source``: fetched when it is a web address, else read
    from the file."""
    if web:
        from claims.fetch import fetch_article

        return fetch_article(source, lang)
    from claims.article import import_article

    return import_article(Path(source), lang)


def _with_facts(article: Article, args: argparse.Namespace) -> Article:
    """``article`` with the facts given on the command line (they win over
    the file's metadata). Raises :class:`ClaimDeskError` on a bad date or a
    URL that is not a web address."""
    import datetime as dt

    from claims.links import is_web_url

    facts: dict[str, object] = {
        name: " ".join(value.split())
        for name in ("title", "publisher", "author")
        if (value := getattr(args, name)) is not None
    }
    if args.url is not None:
        if not is_web_url(args.url):
            raise ClaimDeskError(f"--url {args.url!r} is not a web address (http or https)")
        facts["url"] = args.url
    if args.published is not None:
        try:
            facts["published"] = dt.date.fromisoformat(args.published)
        except ValueError as exc:
            raise ClaimDeskError(f"--published {args.published!r}: {exc} (YYYY-MM-DD)") from exc
    return article.model_copy(update=facts) if facts else article


def _update(output: Path, article: Article, args: argparse.Namespace) -> int:
    """``extract --update``: the sheet at ``output`` carried over to ``article``."""
    from claims.document import DiskBase, DiskState, sheet_lock
    from claims.extract import extract_sheet
    from claims.preferences import checker_name, load_preferences
    from claims.reanchor import reanchor
    from claims.sheet import save_sheet

    base = DiskBase.read(output)
    assert base.sheet is not None
    if base.sheet.article.text == article.text:
        log.info("%s already checks this text: nothing to update", output)
        return 0
    carried = reanchor(base.sheet, article, extract_sheet, checker_name(load_preferences()))
    assert carried is not None  # extract_sheet is never cancelled
    with sheet_lock(output):
        if base.state(output) is not DiskState.SAME:
            raise ClaimDeskError(f"{output} was saved by someone else meanwhile: run again")
        facts = _with_facts(carried.sheet.article, args)  # given facts win
        save_sheet(carried.sheet.model_copy(update={"article": facts}), output)
    log.info("%s: %s", output, carried.summary())
    return 0


def _statuses(text: str | None) -> list[str]:
    from claims.errors import ExportError
    from claims.model import Status

    if text is None:
        return []
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    if not chosen:
        raise ExportError("--status needs at least one status")
    known = {s.value for s in Status}
    unknown = [part for part in chosen if part not in known]
    if unknown:
        raise ExportError(
            f"unknown status {', '.join(unknown)}; choose from {', '.join(sorted(known))}"
        )
    return chosen


def _export(args: argparse.Namespace) -> int:
    from claims.errors import ExportError
    from claims.export import export_format, export_sheet, options_from, render
    from claims.preferences import load_preferences
    from claims.sheet import load_sheet

    sheet = load_sheet(args.sheet)
    preferences = load_preferences()
    for option, field in (
        ("desk_name", "desk_name"),
        ("desk_url", "desk_url"),
        ("review_url", "review_url"),
    ):
        if getattr(args, option):
            setattr(preferences, field, getattr(args, option))
    options = options_from(
        preferences,
        language=args.lang or "",
        statuses=_statuses(args.status),
        csv_bom=args.bom,
        csv_delimiter=";" if args.semicolon else ",",
    )
    if not options.claims(sheet):
        log.warning("no claim to export: the file holds only the headers")
    if args.output:
        rendered = export_sheet(sheet, args.format, args.output, options, sheet_path=args.sheet)
        log.info("wrote %s", args.output)
    else:
        if not export_format(args.format).is_text:
            raise ExportError(f"the {args.format} export is binary: give a file with -o")
        rendered = render(sheet, args.format, options)
        sys.stdout.flush()
        sys.stdout.buffer.write(rendered.data)  # the bytes as exported: BOM, \r\n
        sys.stdout.buffer.flush()
    for note in rendered.notes:
        log.warning("%s", note)
    return 0


class WindowUnavailable(ClaimDeskError):
    """The window cannot open here: PySide6 or the ``gui`` package is missing."""


WINDOW_MODULE = "gui.app"
"""The module whose ``run(path) -> int`` shows the window."""


def _window(path: Path | None) -> int:
    """Hand over to the window (``gui.app.run``), imported only now."""
    try:
        importlib.import_module("PySide6.QtWidgets")
    except ImportError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise WindowUnavailable(
            "the window needs PySide6 (the ClaimDesk GUI package), which cannot be "
            f"loaded here: {reason}; the extract, export, merge and eval commands work without it"
        ) from exc
    try:
        window = importlib.import_module(WINDOW_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name not in ("gui", WINDOW_MODULE):
            raise
        raise WindowUnavailable(
            "the window needs the ClaimDesk GUI package (gui), which is not installed; "
            "the extract, export, merge and eval commands work without it"
        ) from exc
    status: int = window.run(path)
    return status


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``claimdesk`` console script; returns the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="claimdesk: %(message)s",
    )
    if not args.verbose:  # httpx logs every request at INFO
        logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "export":
            return _export(args)
        if args.command == "eval":
            return _evaluate(args)
        if args.command == "merge":
            return _merge(args)
        return _window(args.path if args.command == "open" else None)
    except ClaimDeskError as exc:
        sys.stderr.write(f"claimdesk: error: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"claimdesk: error: {exc.filename or ''}: {exc.strerror}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())

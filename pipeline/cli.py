"""The ``policyalign`` command.

    policyalign extract FILE... [--format json|table|text] [--out PATH]
    policyalign diff CHILD [PARENT] [--corpus DIR] [--format json|text|html|xlsx] [--out PATH]
    policyalign graph CORPUS_DIR --out corpus.graphml
    policyalign batch DIR... --db notices.duckdb

Exit codes: 0 ok, 2 bad input (the message says which file, what is wrong
and what to do), 1 an internal error. Output files are written whole or not
at all (a temporary file renamed into place).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

from pipeline.errors import InputError, LexiconError, PolicyalignError

BUNDLED_CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "notices"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except (PolicyalignError, LexiconError) as e:   # bad input, no parent to diff against, a broken rule table
        print(f"policyalign: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception:  # a defect, not bad input: show it whole
        traceback.print_exc()
        return 1


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="policyalign", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="analyse notices: metadata, clause tree, units, deadlines, targets")
    ex.add_argument("files", nargs="+", metavar="FILE")
    ex.add_argument("--format", choices=("json", "table", "text"), default="json")
    ex.add_argument("--out", help="write here instead of standard output")
    _input_options(ex)
    ex.set_defaults(run=_extract)

    df = sub.add_parser("diff", help="align a notice with its parent and list the divergences")
    df.add_argument("child", metavar="CHILD")
    df.add_argument("parent", nargs="?", metavar="PARENT",
                    help="the parent notice; default: resolved from CHILD's citations in --corpus")
    df.add_argument("--corpus", default=str(BUNDLED_CORPUS), help="directory of candidate parents")
    df.add_argument("--format", choices=("json", "text", "html", "xlsx"), default="json")
    df.add_argument("--out", help="write here instead of standard output (required for xlsx)")
    _input_options(df)
    df.set_defaults(run=_diff)

    gr = sub.add_parser("graph", help="export the corpus graph (documents, clauses, roles, citations)")
    gr.add_argument("corpus", metavar="CORPUS_DIR")
    gr.add_argument("--out", required=True, help="corpus.graphml, or a .json file for node-link JSON")
    _input_options(gr)
    gr.set_defaults(run=_graph)

    bt = sub.add_parser("batch", help="analyse every notice under DIR into a DuckDB store; failures are recorded")
    bt.add_argument("dirs", nargs="+", metavar="DIR")
    bt.add_argument("--db", required=True, help="DuckDB file to create or update")
    _input_options(bt)
    bt.set_defaults(run=_batch)
    return p


def _input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-size", type=float, default=50, metavar="MB", help="refuse larger files (default 50)")
    p.add_argument("--password", help="password of an encrypted PDF")
    p.add_argument("--ocr", choices=("auto", "on", "off"), default="auto",
                   help="OCR scans: auto = PDFs/OFDs without a text layer and images (default), "
                        "on = every PDF, off = refuse scans")


def _analyze(path: str, args):
    from pipeline import analyze
    return analyze(path, max_bytes=int(args.max_size * 2**20), password=args.password, ocr=getattr(args, "ocr", "auto"))


def _extract(args) -> int:
    from pipeline.output import document_json
    from pipeline.output.text import clause_table
    outputs, failed = [], 0
    for path in args.files:
        try:
            notice = _analyze(path, args)
        except InputError as e:
            print(f"policyalign: {e}", file=sys.stderr)
            failed += 1
            continue
        if args.format == "json":
            doc = document_json(notice)
            outputs.append(json.dumps(doc, ensure_ascii=False, indent=None if len(args.files) > 1 else 2))
        elif args.format == "table":
            outputs.append(clause_table(notice))
        else:
            outputs.append(notice.text.text)
    if outputs:
        _emit("\n".join(outputs) + "\n", args.out)
    return 2 if failed else 0


def _diff(args) -> int:
    if args.format == "xlsx" and not args.out:
        print("policyalign: --format xlsx needs --out FILE.xlsx", file=sys.stderr)
        return 2
    from pipeline.align import diff_notices
    child = _analyze(args.child, args)
    if args.parent:
        parent = _analyze(args.parent, args)
    else:
        from pipeline.corpus import resolve_parent
        parent = resolve_parent(child, args.corpus, _loader(args))
    diff = diff_notices(child, parent)
    if args.format == "json":
        from pipeline.output import diff_json
        _emit(json.dumps(diff_json(diff), ensure_ascii=False, indent=2) + "\n", args.out)
    elif args.format == "text":
        from pipeline.output.text import diff_text
        _emit(diff_text(diff), args.out)
    elif args.format == "html":
        from pipeline.output.html import diff_html
        _emit(diff_html(diff), args.out)
    else:
        from pipeline.output.excel import write_diff_xlsx
        _atomic(args.out, lambda tmp: write_diff_xlsx(diff, tmp))
    return 0


def _loader(args):
    return lambda path: _analyze(str(path), args)


def _graph(args) -> int:
    from pipeline.corpus import build_graph, load_corpus, write_graph
    notices, errors = load_corpus(args.corpus, _loader(args))
    for e in errors:
        print(f"policyalign: skipped {e}", file=sys.stderr)
    graph = build_graph(notices)
    _atomic(args.out, lambda tmp: write_graph(graph, tmp, fmt="json" if args.out.endswith(".json") else "graphml"))
    print(f"wrote {args.out}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", file=sys.stderr)
    return 0


def _batch(args) -> int:
    from pipeline.batch import run_batch
    report = run_batch(args.dirs, args.db, _loader(args))
    for path, err in report.failures:
        print(f"policyalign: failed {err}", file=sys.stderr)
    print(f"{report.ok} notices stored in {args.db}, {len(report.failures)} failed", file=sys.stderr)
    return 2 if report.failures and not report.ok else 0


def _emit(content: str, out: str | None) -> None:
    if out:
        _atomic(out, lambda tmp: Path(tmp).write_text(content, encoding="utf-8"))
    else:
        sys.stdout.write(content)


def _atomic(out: str, write) -> None:
    """Write through a temporary file in the same directory, then rename: never a half-written file."""
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=target.suffix)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)     # mkstemp makes 0600; give the file the mode a plain open() would
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


if __name__ == "__main__":
    sys.exit(main())

"""The ``policyalign`` command.

    policyalign extract FILE... [--format json|table|text] [--out PATH]
    policyalign diff CHILD [PARENT] [--corpus DIR] [--chain] [--format json|text|html|xlsx] [--out PATH]
    policyalign graph CORPUS_DIR --out corpus.graphml
    policyalign batch PATH... [--db FILE] [--workers N] [--engine local|dask] [--scheduler ADDR] [--prune]
    policyalign export DB --parquet DIR
    policyalign report DB --out DIR

Exit codes: 0 ok, 2 bad input (the message says which file, what is wrong
and what to do), 1 an internal error. Output files are written whole or not
at all (a temporary file renamed into place).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import traceback
from pathlib import Path

from pipeline.errors import InputError, LexiconError, PolicyalignError

BUNDLED_CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "notices"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _FORCE[0] = getattr(args, "force", False)
    try:
        return args.run(args)
    except (PolicyalignError, LexiconError) as e:   # bad input, no parent to diff against, a broken rule table
        print(f"policyalign: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:           # the user stopped it: no traceback, the shell's code for SIGINT
        print("policyalign: interrupted", file=sys.stderr)
        return 130
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
    df.add_argument("--chain", action="store_true",
                    help="align against the nearest parent in --corpus and trace each measure up to its top ancestor")
    _input_options(df)
    df.set_defaults(run=_diff)

    gr = sub.add_parser("graph", help="export the corpus graph (documents, clauses, roles, citations)")
    gr.add_argument("corpus", metavar="CORPUS_DIR")
    gr.add_argument("--out", required=True, help="corpus.graphml, or a .json file for node-link JSON")
    _input_options(gr)
    gr.set_defaults(run=_graph)

    bt = sub.add_parser("batch", help="analyse every notice under PATH into a DuckDB store, resolve parents, "
                                      "diff each child with its parent; unchanged files are skipped")
    bt.add_argument("dirs", nargs="+", metavar="PATH")
    bt.add_argument("--db", default="outputs/policyalign.duckdb",
                    help="DuckDB file to create or update (default outputs/policyalign.duckdb)")
    bt.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    bt.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local = a process pool here; dask = dask.distributed workers")
    bt.add_argument("--scheduler", metavar="ADDR", help="with --engine dask: tcp://host:8786 of a running cluster "
                                                       "(default: a LocalCluster of --workers processes)")
    bt.add_argument("--prune", action="store_true", help="drop the rows of files that are gone from PATH")
    _input_options(bt)
    bt.set_defaults(run=_batch)

    xp = sub.add_parser("export", help="write every table of a batch store as Parquet")
    xp.add_argument("db", metavar="DB")
    xp.add_argument("--parquet", required=True, metavar="DIR", help="directory for <table>.parquet files")
    xp.set_defaults(run=_export)

    rp = sub.add_parser("report", help="write the corpus overview site (index, heatmap, one diff page per child)")
    rp.add_argument("db", metavar="DB", help="a DuckDB store written by `policyalign batch`")
    rp.add_argument("--out", required=True, help="directory for index.html and diffs/")
    rp.set_defaults(run=_report)
    return p


def _megabytes(value: str) -> float:
    """A size limit in MB: a finite number above zero (argparse turns the error into exit 2)."""
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of megabytes") from None
    if not math.isfinite(mb) or mb <= 0:
        raise argparse.ArgumentTypeError(f"{value!r}: give a finite size above 0, e.g. --max-size 200")
    return mb


def _input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--force", action="store_true", help="replace a read-only output file")
    p.add_argument("--max-size", type=_megabytes, default=50, metavar="MB", help="refuse larger files (default 50)")
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
    if args.chain:
        from pipeline.align.chain import diff_chain
        from pipeline.corpus import load_corpus
        notices, _ = load_corpus(args.corpus, _loader(args))
        diff = diff_chain(child, [n for n in notices if n.path != child.path] + (
            [_analyze(args.parent, args)] if args.parent else []))
    elif args.parent:
        diff = diff_notices(child, _analyze(args.parent, args))
    else:
        from pipeline.corpus import resolve_parent
        diff = diff_notices(child, resolve_parent(child, args.corpus, _loader(args)))
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
    from pipeline.batch.tasks import Options
    options = Options(max_bytes=int(args.max_size * 2**20), password=args.password, ocr=args.ocr)
    report = run_batch(args.dirs, args.db, workers=args.workers, engine=args.engine, scheduler=args.scheduler,
                       prune=args.prune, options=options)
    for path, kind, message in report.failures + report.diff_failures:
        print(f"policyalign: failed ({kind}) {message.splitlines()[0] if message else path}", file=sys.stderr)
    for path in report.vanished:
        print(f"policyalign: {'pruned' if args.prune else 'vanished (--prune drops it)'} {path}", file=sys.stderr)
    print(f"policyalign: {args.db}: {report.summary()}", file=sys.stderr)
    return 2 if report.failures and not report.stored and not report.skipped else 0


def _export(args) -> int:
    from pipeline.batch import export_parquet
    written = export_parquet(args.db, args.parquet)
    print(f"wrote {len(written)} tables to {args.parquet}", file=sys.stderr)
    return 0


def _report(args) -> int:
    if not Path(args.db).is_file():
        print(f"policyalign: {args.db}: no such store; write one with `policyalign batch DIR --db {args.db}`",
              file=sys.stderr)
        return 2
    from pipeline.output.site import write_site
    print(f"wrote {write_site(args.db, args.out)}", file=sys.stderr)
    return 0


def _emit(content: str, out: str | None) -> None:
    if out:
        _atomic(out, lambda tmp: Path(tmp).write_text(content, encoding="utf-8"))
    else:
        sys.stdout.write(content)


def _atomic(out: str, write) -> None:
    """Write whole or not at all onto a safe target (``pipeline.output.files``); --force replaces a read-only file."""
    from pipeline.output.files import write_atomic
    write_atomic(out, write, force=_FORCE[0])


#: --force of the running command (set once in ``main``)
_FORCE = [False]


if __name__ == "__main__":
    sys.exit(main())

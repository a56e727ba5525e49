"""The `coach` command: ask, index, eval (and the bot's other entry points)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bot.chat import run_chat
from bot.engine.safety_net import SafetyNet, triage_with_net
from bot.engine.triage_eval import LabelledSetError, evaluate_triage, load_cases
from bot.engine.triage_reply import compose_reply
from bot.knowledge import KnowledgeError, load_passages
from bot.retrieval.embedder import ModelError
from bot.retrieval.embedding_cache import CachingEmbedder
from bot.retrieval.evaluation import EvalSetError, evaluate, load_eval_set
from bot.retrieval.index_store import IndexLoadError, read_manifest, staleness
from bot.retrieval.service import CALIBRATION_SET, build_index
from bot.runtime import export_model, open_knowledge, open_model
from bot.settings import ConfigError, Settings, load_settings
from bot.storage.db import StorageError, safe_url, upgrade
from bot.unicode_text import well_formed


class UsageError(ValueError):
    """Bad input from the command line; reported in one line with exit code 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coach", description="Hip Thrust Coach")
    commands = parser.add_subparsers(dest="command", required=True)

    ask = commands.add_parser("ask", help="answer a question from the knowledge base")
    ask.add_argument("question", nargs="?", help="the question (omit with --jsonl)")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print one JSON object")
    mode.add_argument("--jsonl", action="store_true", help="read one question per line from stdin, write JSON lines")

    index = commands.add_parser("index", help="build or inspect the embedding index")
    index_commands = index.add_subparsers(dest="index_command", required=True)
    build = index_commands.add_parser("build", help="embed knowledge/ into index/")
    build.add_argument("--if-stale", action="store_true", help="only build when missing or out of date")
    index_commands.add_parser("status", help="report what the index was built from and whether it is current")

    ev = commands.add_parser("eval", help="retrieval metrics on a labelled question set")
    ev.add_argument("--set", default="all", help="dev, heldout, all (default), a set in knowledge/eval, or a path")
    ev.add_argument("--misses", action="store_true", help="list every question answered wrongly")

    triage = commands.add_parser("triage", help="triage a pain message")
    triage.add_argument("text", nargs="?", help="the message (omit with --jsonl)")
    triage_mode = triage.add_mutually_exclusive_group()
    triage_mode.add_argument("--json", action="store_true", help="print one JSON object")
    triage_mode.add_argument("--jsonl", action="store_true", help="read one message per line from stdin")
    triage.add_argument("--eval", metavar="YAML", help="score a labelled set (cases: [{text, level}]) instead")
    triage.add_argument(
        "--rules-only", action="store_true", help="skip the embedding model's second opinion (faster, less safe)"
    )

    commands.add_parser("chat", help="talk to the coach in the terminal (same engine and database as the bot)")

    run = commands.add_parser(
        "run", help="run the bot: Telegram when TELEGRAM_BOT_TOKEN is set, else the terminal chat"
    )
    run.add_argument("--webhook", metavar="URL", help="public HTTPS URL for Telegram webhooks instead of long polling")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply the schema migrations (keeps all data)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for name in ("text", "question"):  # arguments that are not UTF-8 reach Python as lone surrogates
        if isinstance(getattr(args, name, None), str):
            setattr(args, name, well_formed(getattr(args, name)))
    try:
        settings = load_settings()
        if args.command == "ask":
            return cmd_ask(settings, args.question, as_json=args.json, jsonl=args.jsonl)
        if args.command == "index":
            if args.index_command == "build":
                return cmd_index_build(settings, args.if_stale)
            return cmd_index_status(settings)
        if args.command == "eval":
            return cmd_eval(settings, args.set, args.misses)
        if args.command == "triage":
            return cmd_triage(
                settings,
                args.text, rules_only=args.rules_only, as_json=args.json, jsonl=args.jsonl, eval_path=args.eval
            )
        if args.command == "chat":
            return asyncio.run(run_chat(settings))
        if args.command == "run":
            return cmd_run(settings, args.webhook)
        if args.command == "db":
            asyncio.run(upgrade(settings.database_url))
            print(f"database is at the latest schema ({safe_url(settings.database_url)})")
            return 0
    except UsageError as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return 2
    except (
        ConfigError, KnowledgeError, IndexLoadError, ModelError, EvalSetError, LabelledSetError, StorageError
    ) as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return 1
    raise AssertionError(f"unhandled command {args.command}")


def cmd_ask(settings: Settings, question: str | None, *, as_json: bool, jsonl: bool) -> int:
    if jsonl:
        if question:
            raise UsageError("--jsonl reads questions from standard input; do not pass one as an argument")
        kb = open_knowledge(settings)
        return _json_lines(lambda q: kb.answer(q).to_json(), "question")
    if question is None or not question.strip():
        raise UsageError('the question is empty: coach ask "how high should the bench be?"')
    answer = open_knowledge(settings).answer(question.strip())
    print(json.dumps(answer.to_json(), ensure_ascii=False) if as_json else answer.text)
    return 0


def _json_lines(handle: Callable[[str], dict[str, Any]], what: str) -> int:
    """One JSON object per stdin line; an empty line gets an error object, so callers can zip input and output."""
    status = 0
    for line in sys.stdin:
        text = well_formed(line.strip())
        if not text:
            print(json.dumps({"error": f"empty {what}"}), flush=True)
            status = 2
            continue
        print(json.dumps(handle(text), ensure_ascii=False), flush=True)
    return status


def cmd_index_build(settings: Settings, if_stale: bool) -> int:
    # A full build exports again: it is what the error for an export that will not load tells the operator to run.
    doing = "exporting the model to ONNX" + (" and its int8 copy" if settings.embedding_runtime == "onnx-int8" else "")
    export_model(settings, lambda: print(doing, file=sys.stderr, flush=True), again=not if_stale)
    embedder = open_model(settings)
    if if_stale:
        try:
            manifest = read_manifest(settings.index_dir)
            reason = staleness(manifest, settings.knowledge_dir, embedder.name, embedder.fingerprint)
        except IndexLoadError as exc:
            reason = str(exc)
        if reason is None:
            SafetyNet(embedder, cache_dir=settings.index_dir)  # reads its cached vectors, or caches them now
            print(f"index is up to date ({settings.index_dir})")
            return 0
        print(f"rebuilding the index: {reason}")

    def progress(done: int, total: int) -> None:
        print(f"\rembedding {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    manifest = build_index(settings.knowledge_dir, settings.index_dir, embedder, progress)
    SafetyNet(embedder, cache_dir=settings.index_dir)  # its example vectors, so workers start without embedding them
    calibrated = (
        f"off-topic threshold {manifest.calibration['threshold']:.3f} calibrated on {CALIBRATION_SET}"
        if manifest.calibration
        else f"no {CALIBRATION_SET}: off-topic fallback is off"
    )
    print(
        f"built {settings.index_dir}: {len(manifest.passage_ids)} passages, {len(manifest.vector_passages)} vectors, "
        f"{manifest.build_seconds:.1f}s; {calibrated}"
    )
    return 0


def cmd_index_status(settings: Settings) -> int:
    manifest = read_manifest(settings.index_dir)
    passages = load_passages(settings.knowledge_dir)
    print(f"index: {settings.index_dir}")
    print(f"model: {manifest.model} ({manifest.dimension} dimensions)")
    print(f"built: {manifest.built_at} in {manifest.build_seconds:.1f}s")
    print(f"passages: {len(manifest.passage_ids)} indexed, {len(passages)} in {settings.knowledge_dir}")
    print(f"vectors: {len(manifest.vector_passages)}")
    if manifest.calibration:
        print(f"off-topic threshold: {manifest.calibration['threshold']:.3f}")
    reason = staleness(manifest, settings.knowledge_dir, settings.embedding_model, None)
    print("status: up to date" if reason is None else f"status: STALE ({reason}); run `coach index build`")
    return 0 if reason is None else 1


def eval_paths(settings: Settings, which: str) -> list[Path]:
    eval_dir = settings.knowledge_dir / "eval"
    named = {"dev": [eval_dir / "dev.yaml"], "heldout": [eval_dir / "heldout.yaml"]}
    named["all"] = named["dev"] + named["heldout"]
    # Any set in knowledge/eval can be named without its path ("blind2"); anything else is a path.
    paths = named.get(which) or [eval_dir / f"{which}.yaml" if (eval_dir / f"{which}.yaml").exists() else Path(which)]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UsageError(f"evaluation set not found: {', '.join(missing)}")
    return paths


def cmd_eval(settings: Settings, which: str, show_misses: bool) -> int:
    paths = eval_paths(settings, which)
    kb = open_knowledge(settings)
    ids = {p.id for p in kb.passages}
    for path in paths:
        report = evaluate(kb.answer_many, load_eval_set(path, ids))
        print(f"== {path.name}")
        for line in report.lines():
            print(line)
        if show_misses:
            for question, expected, got in report.misses:
                print(f"  miss: {question!r} expected {expected} got {got}")
    return 0


def triage_json(text: str, net: SafetyNet | None) -> dict[str, Any]:
    result = triage_with_net(text, net)
    return {"text": text, "level": result.level.value, "flags": list(result.flags), "reply": compose_reply(result)}


def cmd_triage(
    settings: Settings, text: str | None, *, rules_only: bool, as_json: bool, jsonl: bool, eval_path: str | None
) -> int:
    # Bad input is refused before the seconds spent loading the model for the safety net.
    if eval_path and not Path(eval_path).exists():
        raise UsageError(f"labelled set not found: {eval_path}")
    if jsonl and text:
        raise UsageError("--jsonl reads messages from standard input; do not pass one as an argument")
    if not eval_path and not jsonl and (text is None or not text.strip()):
        raise UsageError('the message is empty: coach triage "sharp pain down my leg"')
    cases = load_cases(Path(eval_path)) if eval_path else None  # a broken set is refused before the model loads
    # Cached: the net's neighbours, its sentences and the screens read the same vectors.
    net = None if rules_only else SafetyNet(CachingEmbedder(open_model(settings)), cache_dir=settings.index_dir)
    if cases is not None:
        print(evaluate_triage(cases, net=net).summary())
        return 0
    if jsonl:
        return _json_lines(lambda message: triage_json(message, net), "message")
    assert text is not None
    data = triage_json(text.strip(), net)
    print(json.dumps(data, ensure_ascii=False) if as_json else data["reply"])
    return 0


def cmd_run(settings: Settings, webhook: str | None) -> int:
    if settings.telegram_bot_token is None:
        if webhook:
            raise UsageError("--webhook needs TELEGRAM_BOT_TOKEN (from @BotFather)")
        print("TELEGRAM_BOT_TOKEN is not set: starting the terminal chat instead of Telegram.")
        return asyncio.run(run_chat(settings))
    from bot.observability.logs import configure_logging
    from bot.telegram_app import run as telegram  # imported only when Telegram is actually used

    configure_logging(settings)

    if webhook:
        telegram.run_webhook(settings, webhook)
    else:
        telegram.run_polling(settings)
    return 0

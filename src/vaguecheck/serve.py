"""``vaguecheck serve``: the checker over HTTP (Starlette on uvicorn; the ``serve`` extra).

Endpoints (docs/serve.md):

- ``POST /api/v1/check``  JSON ``{"text", "select", "ignore", "backend"}`` -> ``Report.to_dict()``
- ``GET /api/v1/rules``, ``GET /api/v1/openapi.json``, ``GET /healthz``
- ``POST /v2/check``, ``GET /v2/languages``: the LanguageTool HTTP API, offsets in UTF-16 units
- ``GET /``: a page for care managers (static files in ``vaguecheck/web``)

Report texts are personal health information: no request body is logged or stored, the
access log is off, and an error names only the kind of problem.  ``check()`` runs in a
worker thread (the event loop keeps serving), one shared Checker per process.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
import threading
import time
from bisect import bisect_left
from collections import OrderedDict
from functools import lru_cache
from importlib.resources import files
from typing import IO, Any, Callable
from urllib.parse import parse_qs

try:
    import anyio
    import uvicorn
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.requests import Request
    from starlette.responses import FileResponse, JSONResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles
except ImportError as exc:  # pragma: no cover - exercised by a subprocess test
    raise ImportError(
        "vaguecheck serve には追加のパッケージが必要です。"
        " `pip install \"vaguecheck[serve]\"` でインストールしてください"
        f" (the serve extra is missing: {exc.name})"
    ) from exc

from . import __version__
from .checker import Checker
from .lexicon import Rule
from .model import Finding, Report
from .ruledocs import category_title, help_uri

log = logging.getLogger("vaguecheck.serve")

DEFAULT_MAX_BYTES = 256 * 1024
DEFAULT_TIMEOUT = 10.0
#: How many checks may run at once in one worker; the rest wait (within the time limit).
THREADS = 8
_CHECKER_CACHE = 16
_ENV = {"max_bytes": "VAGUECHECK_SERVE_MAX_BYTES", "timeout": "VAGUECHECK_SERVE_TIMEOUT",
        "allow_origin": "VAGUECHECK_SERVE_ALLOW_ORIGIN"}
_WEB = files("vaguecheck") / "web"
_JSON_FIELDS = {"text", "select", "ignore", "backend"}
_BACKENDS = ("fugashi", "ginza")
_LT_LANGUAGES = ("ja-JP", "ja", "auto")
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"),
]


class ApiError(Exception):
    """A 4xx/5xx answer with a code a program can test and a message a person can read."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(code)
        self.status, self.code, self.message = status, code, message


def _error_response(status: int, code: str, message: str) -> Response:
    return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status_code=status,
                        headers={"cache-control": "no-store"})


# ---------------------------------------------------------------- offsets for LanguageTool

def utf16_index(text: str) -> Callable[[int], int]:
    """Map a code-point offset into ``text`` to its UTF-16 code-unit offset (as JavaScript counts).

    A character outside the BMP (an emoji, a rare kanji) is one code point but two code units.
    """
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect_left(astral, i)


# ---------------------------------------------------------------- the service

class Service:
    """Settings, the shared Checkers and the thread limiter of one worker process."""

    def __init__(self, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT,
                 checker_factory: Callable[..., Checker] = Checker) -> None:
        self.max_bytes = max_bytes
        self.timeout = timeout
        self._factory = checker_factory
        self._checkers: OrderedDict[tuple, Checker] = OrderedDict()
        self._lock = threading.Lock()
        self._limiter: anyio.CapacityLimiter | None = None  # made inside the event loop

    def checker(self, select: tuple[str, ...] | None, ignore: tuple[str, ...] | None, backend: str) -> Checker:
        """One Checker per selection, built once and shared by every request of this worker."""
        key = (select, ignore, backend)
        with self._lock:
            found = self._checkers.get(key)
            if found is not None:
                self._checkers.move_to_end(key)
                return found
        made = self._factory(select=select, ignore=ignore, backend=backend)  # may raise ValueError / ImportError
        with self._lock:
            self._checkers[key] = made
            while len(self._checkers) > _CHECKER_CACHE:
                self._checkers.popitem(last=False)
        return made

    async def run(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` in a worker thread within the time limit; the event loop keeps serving meanwhile."""
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(THREADS)
        try:
            with anyio.fail_after(self.timeout):
                # A thread cannot be stopped; past the limit the request is answered and the thread
                # finishes its check on its own (texts are bounded by the body limit).
                return await anyio.to_thread.run_sync(fn, abandon_on_cancel=True, limiter=self._limiter)
        except TimeoutError:
            raise ApiError(503, "timeout", f"{self.timeout:g} 秒以内にチェックが終わりませんでした。文章を分けるか、しばらくしてから送ってください。") from None
        except ApiError:
            raise
        except Exception as exc:  # log the kind of failure only: a traceback may quote the text
            log.error("check failed: %s", type(exc).__name__)
            raise ApiError(500, "internal", "サーバー内部でエラーが起きました。時間をおいてもう一度お試しください。") from None

    async def check(self, text: str, select: tuple[str, ...] | None, ignore: tuple[str, ...] | None,
                    backend: str = "fugashi") -> tuple[Checker, Report]:
        def work() -> tuple[Checker, Report]:
            try:
                checker = self.checker(select, ignore, backend)
            except ValueError as exc:  # an unknown selector names itself
                raise ApiError(400, "unknown-rule", f"指定されたルールが見つかりません（{exc}）。"
                                                    "VC101 のようなルール番号、VC1 のような頭の部分、vague-time のような分類名で指定してください。") from None
            except ImportError:
                raise ApiError(400, "backend-unavailable",
                               f"解析器 {backend} はこのサーバーにインストールされていません。") from None
            return checker, checker.check(text)

        return await self.run(work)

    async def body(self, request: Request) -> bytes:
        """The request body, read up to the limit: a clear 413 past it, whether or not Content-Length was sent."""
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                raise ApiError(400, "bad-content-length", "Content-Length ヘッダーが正しくありません。")
            if int(declared) > self.max_bytes:
                raise self._too_large()
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_bytes:
                raise self._too_large()
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_large(self) -> ApiError:
        return ApiError(413, "body-too-large",
                        f"送られた内容が大きすぎます（上限 {self.max_bytes:,} バイト）。報告書を分けて送ってください。")


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _selectors(value: Any, name: str) -> tuple[str, ...] | None:
    """``select``/``ignore``: a list of strings, or one comma-separated string, or null."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ApiError(400, "invalid-request", f"「{name}」は文字列の配列で指定してください（例: [\"VC101\", \"vague-time\"]）。")
    return tuple(v.strip() for v in value if v.strip())


def parse_check_request(body: bytes) -> tuple[str, tuple[str, ...] | None, tuple[str, ...] | None, str]:
    """Validate the JSON of ``POST /api/v1/check``; every mistake is a 400 that names the field."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise ApiError(400, "invalid-json", "JSON として読めませんでした。UTF-8 の JSON を送ってください。") from None
    if not isinstance(data, dict):
        raise ApiError(400, "invalid-request", "JSON オブジェクト（{\"text\": \"...\"}）を送ってください。")
    unknown = sorted(set(data) - _JSON_FIELDS)
    if unknown:
        raise ApiError(400, "invalid-request",
                       f"知らない項目があります: {', '.join(unknown)}（使える項目: text, select, ignore, backend）。")
    text = data.get("text")
    if text is None:
        raise ApiError(400, "invalid-request", "「text」（報告書の本文）がありません。")
    if not isinstance(text, str):
        raise ApiError(400, "invalid-request", "「text」は文字列で指定してください。")
    backend = data.get("backend") or "fugashi"
    if backend not in _BACKENDS:
        raise ApiError(400, "unknown-backend", f"「backend」は {' または '.join(_BACKENDS)} で指定してください。")
    return text, _selectors(data.get("select"), "select"), _selectors(data.get("ignore"), "ignore"), backend


# ---------------------------------------------------------------- LanguageTool protocol

def _short_title(category: str) -> str:
    return category_title(category).split(" / ")[0]


def _lt_params(body: bytes) -> dict[str, str]:
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, errors="strict", max_num_fields=64)
    except ValueError:
        raise ApiError(400, "invalid-form", "フォームの内容を読めませんでした（UTF-8 の application/x-www-form-urlencoded）。") from None
    return {k: v[-1] for k, v in parsed.items()}


def _annotation(data: str) -> tuple[str, str, list[int]]:
    """LanguageTool's ``data`` parameter: markup is skipped (or read as its ``interpretAs``) but still
    counted in the offsets.  Returns (original, checked, origin) with origin[i] the original offset of
    checked[i] (one extra entry for the end)."""
    try:
        parts = json.loads(data)["annotation"]
        if not isinstance(parts, list):
            raise TypeError
    except (ValueError, TypeError, KeyError):
        raise ApiError(400, "invalid-request", "「data」は {\"annotation\": [{\"text\": ...}, {\"markup\": ...}]} の形で送ってください。") from None
    original: list[str] = []
    checked: list[str] = []
    origin: list[int] = []
    pos = 0
    for part in parts:
        if not isinstance(part, dict) or not all(isinstance(v, str) for v in part.values()):
            raise ApiError(400, "invalid-request", "「data」の annotation の各要素は text か markup を持つオブジェクトにしてください。")
        if "text" in part:
            t = part["text"]
            original.append(t)
            checked.append(t)
            origin.extend(range(pos, pos + len(t)))
            pos += len(t)
        elif "markup" in part:
            m = part["markup"]
            as_text = part.get("interpretAs", "")
            original.append(m)
            checked.append(as_text)
            origin.extend([pos] * len(as_text))
            pos += len(m)
    origin.append(pos)
    return "".join(original), "".join(checked), origin


def _lt_match(f: Finding, report: Report, rule: Rule | None, u16_original: Callable[[int], int],
              u16_checked: Callable[[int], int], origin: list[int] | None) -> dict[str, Any]:
    text = report.text
    start, end = f.start, f.end
    if origin is not None:  # back from the checked text to the annotated original
        start, end = origin[f.start], (origin[f.end - 1] + 1 if f.end > f.start else origin[f.start])
    a, b = max(0, f.start - 40), min(len(text), f.end + 40)
    before, after = ("..." if a > 0 else ""), ("..." if b < len(text) else "")
    snippet = text[a:b].replace("\r", " ").replace("\n", " ")
    sentence = next((s.text for s in report.sentences if s.start <= f.start < max(s.end, s.start + 1)), "")
    tips = ""
    if f.suggestion.questions:
        tips += " 確かめること: " + " / ".join(f.suggestion.questions)
    if f.suggestion.example:
        tips += f" 例: {f.suggestion.example}"
    cat_id = f.category.upper().replace("-", "_")
    return {
        "message": f.message + tips,
        "shortMessage": _short_title(f.category),
        # The example is a whole-sentence rewrite, not a replacement for the marked words.
        "replacements": [],
        "offset": u16_original(start),
        "length": u16_original(end) - u16_original(start),
        "context": {
            "text": before + snippet + after,
            "offset": len(before) + u16_checked(f.start) - u16_checked(a),
            "length": u16_checked(f.end) - u16_checked(f.start),
        },
        "sentence": sentence,
        "type": {"typeName": "Hint"},
        "rule": {
            "id": f.rule,
            "description": rule.summary if rule else f.message,
            "issueType": "style",
            "category": {"id": cat_id, "name": _short_title(f.category)},
            **({"urls": [{"value": help_uri(rule)}]} if rule else {}),
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


_LANGUAGE = {"name": "Japanese", "code": "ja-JP"}


def lt_response(report: Report, checker: Checker, original: str | None = None,
                origin: list[int] | None = None) -> dict[str, Any]:
    """A LanguageTool ``/v2/check`` answer for ``report``."""
    u16_checked = utf16_index(report.text)
    u16_original = utf16_index(original) if original is not None else u16_checked
    rules = checker.lexicon.rules
    return {
        "software": {"name": "vaguecheck", "version": __version__, "buildDate": None, "apiVersion": 1,
                     "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {**_LANGUAGE, "detectedLanguage": {**_LANGUAGE, "confidence": 1.0}},
        "matches": [_lt_match(f, report, rules.get(f.rule), u16_original, u16_checked, origin) for f in report.findings],
    }


def _lt_selection(params: dict[str, str], known: set[str], default_rules: tuple[str, ...] = ()) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """enabledRules/enabledOnly and disabledRules, keeping our rule ids (a client may send LanguageTool's own);
    ``default_rules``: the rules on by default, to which enabledRules adds."""
    def ids(name: str) -> tuple[str, ...]:
        return tuple(r for r in (x.strip() for x in params.get(name, "").split(",")) if r in known)

    enabled = ids("enabledRules")
    if params.get("enabledOnly") == "true":
        select: tuple[str, ...] | None = enabled
    else:  # as in LanguageTool, enabledRules without enabledOnly turns on rules that are off by default (VC302)
        select = (*default_rules, *enabled) if enabled else None
    ignore = ids("disabledRules") or None
    return select, ignore


# ---------------------------------------------------------------- OpenAPI

@lru_cache(maxsize=1)
def openapi() -> dict[str, Any]:
    """The OpenAPI document; Finding and Element come from the CLI's JSON Schema (one definition)."""
    schemas = files("vaguecheck") / "schemas"
    doc = json.loads((schemas / "openapi.json").read_text(encoding="utf-8"))
    cli = json.loads((schemas / "cli-output.schema.json").read_text(encoding="utf-8"))
    doc["info"]["version"] = __version__
    doc["components"]["schemas"]["Finding"] = cli["$defs"]["finding"]
    doc["components"]["schemas"]["Element"] = cli["$defs"]["element"]
    return doc


def rule_dict(rule: Rule) -> dict[str, Any]:
    return {"id": rule.id, "name": rule.name, "category": rule.category, "category_title": category_title(rule.category),
            "severity": rule.severity, "summary": rule.summary, "help_uri": help_uri(rule), "opt_in": rule.opt_in}


# ---------------------------------------------------------------- the application

def create_app(*, max_bytes: int | None = None, timeout: float | None = None, allow_origin: str | None = None,
               checker_factory: Callable[..., Checker] = Checker) -> Any:
    """The ASGI application.  Settings not given come from the environment (set by ``vaguecheck serve``,
    so that every uvicorn worker process reads the same ones)."""
    if max_bytes is None:
        max_bytes = int(os.environ.get(_ENV["max_bytes"], DEFAULT_MAX_BYTES))
    if timeout is None:
        timeout = float(os.environ.get(_ENV["timeout"], DEFAULT_TIMEOUT))
    if allow_origin is None:
        allow_origin = os.environ.get(_ENV["allow_origin"]) or None
    service = Service(max_bytes=max_bytes, timeout=timeout, checker_factory=checker_factory)

    async def api_check(request: Request) -> Response:
        if _media_type(request) != "application/json":
            raise ApiError(415, "unsupported-media-type", "Content-Type: application/json で送ってください。")
        text, select, ignore, backend = parse_check_request(await service.body(request))
        _checker, report = await service.check(text, select, ignore, backend)
        return JSONResponse(report.to_dict(), headers={"cache-control": "no-store"})

    async def api_rules(request: Request) -> Response:
        checker = await service.run(lambda: service.checker(None, None, "fugashi"))
        rules = sorted(checker.lexicon.rules.values(), key=lambda r: r.id)
        return JSONResponse([rule_dict(r) for r in rules])

    async def api_openapi(request: Request) -> Response:
        return JSONResponse(openapi())

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "version": __version__})

    async def lt_check(request: Request) -> Response:
        if _media_type(request) not in ("application/x-www-form-urlencoded", ""):
            raise ApiError(415, "unsupported-media-type", "Content-Type: application/x-www-form-urlencoded で送ってください。")
        params = _lt_params(await service.body(request))
        language = params.get("language", "")
        if language not in _LT_LANGUAGES:
            raise ApiError(400, "unsupported-language", f"language={language or '（なし）'} には対応していません。ja-JP を指定してください。")
        origin = original = None
        if "text" in params:
            text = params["text"]
        elif "data" in params:
            original, text, origin = _annotation(params["data"])
        else:
            raise ApiError(400, "invalid-request", "「text」または「data」がありません。")
        default = await service.run(lambda: service.checker(None, None, "fugashi"))
        select, ignore = _lt_selection(params, set(default.lexicon.rules), tuple(sorted(default.active)))
        checker, report = await service.check(text, select, ignore)
        return JSONResponse(lt_response(report, checker, original, origin), headers={"cache-control": "no-store"})

    async def lt_languages(request: Request) -> Response:
        return JSONResponse([{"name": "Japanese", "code": "ja", "longCode": "ja-JP"}])

    async def page(request: Request) -> Response:
        return FileResponse(str(_WEB / "index.html"), media_type="text/html; charset=utf-8")

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return _error_response(exc.status, exc.code, exc.message)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code, message = {404: ("not-found", "そのアドレスはありません。"),
                         405: ("method-not-allowed", "その方法（HTTP メソッド）には対応していません。")}.get(
            exc.status_code, ("http-error", "リクエストを処理できませんでした。"))
        response = _error_response(exc.status_code, code, message)
        response.headers.update(exc.headers or {})
        return response

    async def on_crash(request: Request, exc: Exception) -> Response:  # logged by _SecurityHeaders
        return _error_response(500, "internal", "サーバー内部でエラーが起きました。時間をおいてもう一度お試しください。")

    async def warm_up(app: Any):  # build the Checker and start MeCab before the first request
        await service.run(lambda: service.checker(None, None, "fugashi").check("最近、元気がありません。"))
        yield

    from contextlib import asynccontextmanager

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/api/v1/check", api_check, methods=["POST"]),
        Route("/api/v1/rules", api_rules, methods=["GET"]),
        Route("/api/v1/openapi.json", api_openapi, methods=["GET"]),
        Route("/v2/check", lt_check, methods=["POST"]),
        Route("/v2/languages", lt_languages, methods=["GET"]),
        Mount("/static", app=StaticFiles(directory=str(_WEB)), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=asynccontextmanager(warm_up),
                    exception_handlers={ApiError: on_api_error, HTTPException: on_http_error, Exception: on_crash})
    app.state.service = service
    if allow_origin:  # LanguageTool's --allow-origin: for clients that call /v2 from a web page
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=[o.strip() for o in allow_origin.split(",")],
                           allow_methods=["GET", "POST"], allow_headers=["content-type"])
    return _SecurityHeaders(app)


class _SecurityHeaders:
    """Adds nosniff, no-referrer and a same-origin Content-Security-Policy to every answer, and keeps
    tracebacks (which may quote a report) out of the server's log."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.state = app.state

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:  # answered with a 500 already; log the kind only, a traceback may quote the text
            log.error("internal error in %s %s: %s", scope.get("method"), scope.get("path"), type(exc).__name__)


# ---------------------------------------------------------------- command line

def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vaguecheck serve",
        description="報告文チェックを HTTP で提供します（JSON API、LanguageTool 互換 API、ブラウザ用ページ）。\n"
                    "Serves the checker over HTTP: a JSON API, a LanguageTool-compatible API and a page.\n"
                    "Binds 127.0.0.1 by default; see docs/serve.md before exposing it.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default: 1; one per core)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"largest request body in bytes (default: {DEFAULT_MAX_BYTES})")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"time limit for one check (default: {DEFAULT_TIMEOUT:g})")
    p.add_argument("--allow-origin", metavar="ORIGINS",
                   help="comma-separated origins allowed to call the API from a web page (CORS; default: none)")
    return p


def main(argv: list[str], *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    err = stderr or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.workers < 1 or args.max_bytes < 1 or args.timeout <= 0:
        err.write("vaguecheck serve: --workers, --max-bytes and --timeout must be positive\n")
        return 2
    # Worker processes read their settings from the environment.
    os.environ[_ENV["max_bytes"]] = str(args.max_bytes)
    os.environ[_ENV["timeout"]] = str(args.timeout)
    os.environ[_ENV["allow_origin"]] = args.allow_origin or ""
    options = dict(app="vaguecheck.serve:create_app", factory=True, host=args.host, port=args.port,
                   server_header=False, log_level="info", timeout_graceful_shutdown=5,
                   access_log=False)  # an access line is harmless, but a client may put text in a query string
    try:
        if args.workers == 1:
            server = uvicorn.Server(uvicorn.Config(**options))
            server.run()
            return 0 if server.started else 1
        return _run_workers(options, args.workers, err)
    except KeyboardInterrupt:
        return 0


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    # Connections inherit TCP_NODELAY from the listening socket; without it an answer written as
    # head + body waits for the client's delayed ACK (40 ms).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _worker(options: dict[str, Any], sock: socket.socket) -> None:
    uvicorn.Server(uvicorn.Config(**options)).run(sockets=[sock])


def _run_workers(options: dict[str, Any], workers: int, err: IO[str]) -> int:
    """Worker processes, each with its own SO_REUSEPORT socket on the same port.

    With one shared socket (uvicorn's --workers) the worker that wakes first takes every waiting
    connection, so a client with a few keep-alive connections keeps one worker busy and the other
    idle; with a socket per worker the kernel spreads new connections over the workers.
    """
    import multiprocessing
    import signal

    if not hasattr(socket, "SO_REUSEPORT"):  # pragma: no cover - not Linux/BSD: uvicorn's own supervisor
        uvicorn.run(**options, workers=workers)
        return 0
    first = _listening_socket(options["host"], options["port"])
    port = first.getsockname()[1]
    sockets = [first, *(_listening_socket(options["host"], port) for _ in range(workers - 1))]
    err.write(f"vaguecheck serve: {workers} workers on http://{options['host']}:{port} (Ctrl+C to stop)\n")
    err.flush()
    ctx = multiprocessing.get_context("spawn")
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    procs = [ctx.Process(target=_worker, args=(options, s), name=f"vaguecheck-worker-{i}") for i, s in enumerate(sockets)]
    for p in procs:
        p.start()
    restarts: list[float] = []
    failed = False
    while not stop.wait(0.5):
        for i, p in enumerate(procs):
            if p.is_alive():
                continue
            # A worker that died is replaced on the same socket, unless workers keep dying (a start-up
            # failure, such as a broken lexicon, would otherwise restart forever).
            now = time.monotonic()
            restarts = [t for t in restarts if now - t < 60] + [now]
            if len(restarts) > 3 * workers:
                err.write("vaguecheck serve: workers keep exiting; stopping\n")
                failed = True
                stop.set()
                break
            err.write(f"vaguecheck serve: worker {p.pid} exited ({p.exitcode}); starting another\n")
            procs[i] = ctx.Process(target=_worker, args=(options, sockets[i]), name=p.name)
            procs[i].start()
    for p in procs:
        p.terminate()  # SIGTERM: uvicorn finishes the requests in flight
    for p in procs:
        p.join(10)
        if p.is_alive():
            p.kill()
            p.join()
    return 1 if failed else 0


__all__ = ["create_app", "main", "utf16_index", "lt_response", "openapi", "Service", "ApiError"]

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))

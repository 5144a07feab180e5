"""`vaguecheck serve`: the real server on a free loopback port, driven over HTTP.

The server runs as `python -m vaguecheck serve` in a subprocess (uvicorn, as a user starts it);
a few tests use the ASGI app in-process where they must swap the Checker (thread pool, time limit).
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("starlette", reason="the serve extra is not installed (pip install '.[serve]')")
pytest.importorskip("uvicorn", reason="the serve extra is not installed (pip install '.[serve]')")

import jsonschema  # noqa: E402

import vaguecheck  # noqa: E402
from vaguecheck import serve  # noqa: E402

pytestmark = pytest.mark.slow

REPORTS = [
    "最近、元気がありません。発熱があります。",
    "3日前から38.2℃の発熱があります。",
    "夜間、時々大声を出されます。\r\n薬が余っているようです。",
    "大変お世話になっております。歩くのが大変そうです。",
    "",
]
#: Printed into no log: the tests look for it in the server's output.
SECRET = "山田花子様は最近元気がありません秘密の記録"


# ---------------------------------------------------------------- the server

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, log_path: Path, *args: str) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._log = open(log_path, "wb")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "vaguecheck", "serve", "--port", str(self.port), *args],
                                     stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited: {log_path.read_text(errors='replace')}")
            try:
                if get(self, "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the server did not start in 60 s: {log_path.read_text(errors='replace')}")
            time.sleep(0.2)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log.close()


def call(server: Server, method: str, path: str, body: bytes | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], Any]:
    req = urllib.request.Request(server.base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            status, head, raw = resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        status, head, raw = exc.code, dict(exc.headers), exc.read()
    ctype = head.get("content-type", "")
    return status, {k.lower(): v for k, v in head.items()}, (json.loads(raw) if "json" in ctype else raw.decode("utf-8"))


def get(server: Server, path: str) -> tuple[int, dict[str, str], Any]:
    return call(server, "GET", path)


def post_json(server: Server, payload: Any, path: str = "/api/v1/check") -> tuple[int, dict[str, str], Any]:
    return call(server, "POST", path, json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                {"Content-Type": "application/json"})


def post_form(server: Server, fields: dict[str, str], path: str = "/v2/check") -> tuple[int, dict[str, str], Any]:
    return call(server, "POST", path, urllib.parse.urlencode(fields).encode("ascii"),
                {"Content-Type": "application/x-www-form-urlencoded"})


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    s = Server(tmp_path_factory.mktemp("serve") / "server.log")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def checker() -> vaguecheck.Checker:
    return vaguecheck.Checker()


# ---------------------------------------------------------------- the published schema

def _validator(component: str) -> jsonschema.Draft202012Validator:
    doc = serve.openapi()
    return jsonschema.Draft202012Validator({"$ref": f"#/components/schemas/{component}", "components": doc["components"]})


def assert_valid(instance: Any, component: str) -> None:
    errors = sorted(_validator(component).iter_errors(instance), key=str)
    assert not errors, [e.message for e in errors[:5]]


def assert_error(status: int, body: Any, expected_status: int, code: str) -> None:
    assert status == expected_status, body
    assert_valid(body, "Error")
    assert body["error"]["code"] == code
    assert body["error"]["status"] == expected_status


def still_serving(server: Server) -> None:
    status, _, body = post_json(server, {"text": "最近、元気がありません。"})
    assert status == 200 and [f["rule"] for f in body["findings"]] == ["VC301", "VC101"]


def test_openapi_document_is_served_and_is_valid_json_schema(server: Server) -> None:
    status, _, doc = get(server, "/api/v1/openapi.json")
    assert status == 200
    assert doc == serve.openapi()
    assert doc["openapi"].startswith("3.1") and doc["info"]["version"] == vaguecheck.__version__
    for name, schema in doc["components"]["schemas"].items():
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema.get("type") or schema.get("oneOf"), f"{name} was not filled in"
    # Every path the app routes is documented, and every documented path answers.
    for path, methods in doc["paths"].items():
        for method in methods:
            if method == "get":
                assert get(server, path)[0] == 200, path


# ---------------------------------------------------------------- /api/v1

def test_the_readme_curl_example(server: Server, checker: vaguecheck.Checker) -> None:
    """The README's curl command (a program in another language), run as written against the real server."""
    import re
    import shutil

    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- serve-example.*?```bash\n(.*?)```", readme, re.S)
    assert block, "README has no serve example"
    command = block.group(1).replace("127.0.0.1:8000", f"127.0.0.1:{server.port}")
    out = subprocess.run(["bash", "-c", command], capture_output=True, text=True, check=True, timeout=60).stdout
    payload = json.loads(re.search(r"-d '(.*?)'", command, re.S).group(1))
    expected = vaguecheck.Checker(ignore=payload["ignore"]).check(payload["text"]).to_dict()
    assert json.loads(out) == json.loads(json.dumps(expected))
    assert [f["rule"] for f in expected["findings"]][:1] == ["VC301"]  # what the README's comment shows


@pytest.mark.parametrize("text", REPORTS)
def test_check_answers_what_check_returns_in_process(server: Server, checker: vaguecheck.Checker, text: str) -> None:
    status, headers, body = post_json(server, {"text": text})
    assert status == 200
    assert body == json.loads(json.dumps(checker.check(text).to_dict()))
    assert_valid(body, "Report")
    assert headers["cache-control"] == "no-store"


def test_check_with_an_emoji_keeps_code_point_offsets(server: Server) -> None:
    text = "😀最近、元気がありません。"
    status, _, body = post_json(server, {"text": text})
    assert status == 200
    assert [(f["start"], f["end"]) for f in body["findings"]][0] == (1, 3)
    assert all(text[f["start"]:f["end"]] == f["text"] for f in body["findings"])


@pytest.mark.parametrize("payload, gone, kept", [
    ({"ignore": ["VC301"]}, {"VC301"}, {"VC101", "VC601"}),
    ({"ignore": "VC301,subjective"}, {"VC301", "VC101"}, {"VC601"}),
    ({"select": ["vague-time"]}, {"VC101", "VC601"}, {"VC301"}),
])
def test_select_and_ignore(server: Server, payload: dict, gone: set[str], kept: set[str]) -> None:
    status, _, body = post_json(server, {"text": "最近、元気がありません。発熱があります。", **payload})
    assert status == 200
    rules = {f["rule"] for f in body["findings"]}
    assert kept <= rules and not (gone & rules)


def test_rules_lists_every_rule(server: Server) -> None:
    status, _, body = get(server, "/api/v1/rules")
    assert status == 200
    assert [r["id"] for r in body] == [r.id for r in vaguecheck.rules()]
    for r in body:
        assert_valid(r, "Rule")
    assert next(r for r in body if r["id"] == "VC301")["category_title"].startswith("あいまいな時期")


def test_healthz(server: Server) -> None:
    status, _, body = get(server, "/healthz")
    assert status == 200
    assert_valid(body, "Health")


# ---------------------------------------------------------------- malformed requests

MALFORMED = [
    pytest.param(b'{"text": "abc"', "application/json", 400, "invalid-json", id="bad-json"),
    pytest.param(b"\xff\xfe\x00", "application/json", 400, "invalid-json", id="not-utf8"),
    pytest.param(b'["text"]', "application/json", 400, "invalid-request", id="not-an-object"),
    pytest.param(b"{}", "application/json", 400, "invalid-request", id="missing-text"),
    pytest.param(b'{"text": 12}', "application/json", 400, "invalid-request", id="text-not-a-string"),
    pytest.param(b'{"text": "a", "select": 5}', "application/json", 400, "invalid-request", id="select-not-a-list"),
    pytest.param(b'{"text": "a", "ignore": [1]}', "application/json", 400, "invalid-request", id="ignore-not-strings"),
    pytest.param(b'{"text": "a", "selct": ["VC101"]}', "application/json", 400, "invalid-request", id="unknown-field"),
    pytest.param(b'{"text": "a", "select": ["VC999"]}', "application/json", 400, "unknown-rule", id="unknown-rule"),
    pytest.param(b'{"text": "a", "ignore": ["no-such-category"]}', "application/json", 400, "unknown-rule", id="unknown-category"),
    pytest.param(b'{"text": "a", "backend": "mecab"}', "application/json", 400, "unknown-backend", id="unknown-backend"),
    pytest.param('{"text": "最近"}'.encode(), "text/plain", 415, "unsupported-media-type", id="text-plain"),
    pytest.param(b"text=abc", "application/x-www-form-urlencoded", 415, "unsupported-media-type", id="form-to-json-api"),
]


@pytest.mark.parametrize("body, ctype, expected, code", MALFORMED)
def test_malformed_requests_get_a_clear_4xx_and_the_server_keeps_serving(
        server: Server, body: bytes, ctype: str, expected: int, code: str) -> None:
    status, _, answer = call(server, "POST", "/api/v1/check", body, {"Content-Type": ctype})
    assert_error(status, answer, expected, code)
    assert answer["error"]["message"].endswith("。")  # a Japanese sentence for a person
    still_serving(server)


def test_too_large_with_content_length(server: Server) -> None:
    text = "最近、元気がありません。" * (serve.DEFAULT_MAX_BYTES // 30)
    status, _, answer = post_json(server, {"text": text})
    assert_error(status, answer, 413, "body-too-large")
    still_serving(server)


def test_too_large_without_content_length(server: Server) -> None:
    """A chunked body has no Content-Length: the limit still holds while reading."""
    chunk = b" " * 16384
    n = serve.DEFAULT_MAX_BYTES // len(chunk) + 4
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request("POST", "/api/v1/check", body=iter([b'{"text": "', *([chunk] * n), b'"}']),
                     headers={"Content-Type": "application/json"}, encode_chunked=True)
        resp = conn.getresponse()
        assert_error(resp.status, json.loads(resp.read()), 413, "body-too-large")
    finally:
        conn.close()
    still_serving(server)


def test_just_under_the_limit_is_checked(server: Server) -> None:
    unit = "最近、元気がありません。"
    text = unit * ((serve.DEFAULT_MAX_BYTES - 64) // len(unit.encode("utf-8")))
    status, _, body = post_json(server, {"text": text})
    assert status == 200 and len(body["findings"]) >= text.count(unit)


@pytest.mark.parametrize("method, path, expected, code", [
    ("GET", "/api/v1/check", 405, "method-not-allowed"),
    ("POST", "/healthz", 405, "method-not-allowed"),
    ("GET", "/api/v2/check", 404, "not-found"),
])
def test_wrong_method_or_path(server: Server, method: str, path: str, expected: int, code: str) -> None:
    status, _, answer = call(server, method, path, b"" if method == "POST" else None)
    assert_error(status, answer, expected, code)


def test_no_report_text_in_the_server_output(server: Server) -> None:
    post_json(server, {"text": SECRET})
    post_form(server, {"text": SECRET, "language": "ja-JP"})
    call(server, "POST", "/api/v1/check", f'{{"text": "{SECRET}"'.encode(), {"Content-Type": "application/json"})
    call(server, "POST", "/api/v1/check", json.dumps({"text": SECRET, "select": ["VC999"]}).encode(),
         {"Content-Type": "application/json"})
    still_serving(server)
    out = server.log()
    assert "Uvicorn running" in out  # the log is the server's, and it is being written
    assert SECRET not in out and "山田" not in out


# ---------------------------------------------------------------- LanguageTool protocol

def _utf16_slice(text: str, offset: int, length: int) -> str:
    units = text.encode("utf-16-le")
    return units[2 * offset:2 * (offset + length)].decode("utf-16-le")


def test_lt_languages(server: Server) -> None:
    status, _, body = get(server, "/v2/languages")
    assert status == 200 and {"name": "Japanese", "code": "ja", "longCode": "ja-JP"} in body


@pytest.mark.parametrize("prefix", ["", "😀", "👍🏻 ", "𠮷野家で"])
def test_lt_offsets_are_utf16_code_units(server: Server, checker: vaguecheck.Checker, prefix: str) -> None:
    text = prefix + "最近、元気がありません。\n発熱があります。"
    status, _, body = post_form(server, {"text": text, "language": "ja-JP"})
    assert status == 200
    assert_valid(body, "LTCheckResponse")
    findings = checker.check(text).findings
    assert [m["rule"]["id"] for m in body["matches"]] == [f.rule for f in findings]
    astral = sum(1 for ch in prefix if ord(ch) > 0xFFFF)
    for m, f in zip(body["matches"], findings, strict=True):
        assert _utf16_slice(text, m["offset"], m["length"]) == f.text
        assert m["offset"] == f.start + astral  # each character outside the BMP counts twice
        ctx = m["context"]
        assert _utf16_slice(ctx["text"], ctx["offset"], ctx["length"]) == f.text
        assert m["message"].startswith(f.message) and m["shortMessage"]


def test_lt_emoji_shifts_a_finding_by_two(server: Server) -> None:
    plain = post_form(server, {"text": "最近、元気がありません。", "language": "ja-JP"})[2]["matches"]
    emoji = post_form(server, {"text": "😀最近、元気がありません。", "language": "ja-JP"})[2]["matches"]
    assert [m["offset"] + 2 for m in plain] == [m["offset"] for m in emoji]
    assert [m["length"] for m in plain] == [m["length"] for m in emoji]


def test_lt_data_with_markup_counts_markup_in_offsets(server: Server) -> None:
    data = {"annotation": [{"markup": "<p>"}, {"text": "最近、"}, {"markup": "<b>"}, {"text": "元気がありません。"},
                           {"markup": "</b></p>", "interpretAs": "\n\n"}, {"text": "😀時々、大声を出されます。"}]}
    original = "".join(p.get("text", p.get("markup")) for p in data["annotation"])
    status, _, body = post_form(server, {"data": json.dumps(data, ensure_ascii=False), "language": "ja-JP"})
    assert status == 200
    found = [_utf16_slice(original, m["offset"], m["length"]) for m in body["matches"]]
    assert "最近" in found and "元気がありません" in found and "時々" in found
    assert all("<" not in t for t in found)


def test_lt_disabled_and_enabled_rules(server: Server) -> None:
    text = "最近、元気がありません。"
    off = post_form(server, {"text": text, "language": "ja-JP", "disabledRules": "VC301,WHITESPACE_RULE"})[2]
    assert [m["rule"]["id"] for m in off["matches"]] == ["VC101"]
    only = post_form(server, {"text": text, "language": "ja-JP", "enabledRules": "VC301", "enabledOnly": "true"})[2]
    assert [m["rule"]["id"] for m in only["matches"]] == ["VC301"]
    # as in LanguageTool, enabledRules without enabledOnly turns on a rule that is off by default, beside the defaults
    rough = "ここ2〜3日、元気がありません。"
    plain = post_form(server, {"text": rough, "language": "ja-JP"})[2]
    assert "VC302" not in {m["rule"]["id"] for m in plain["matches"]}
    more = post_form(server, {"text": rough, "language": "ja-JP", "enabledRules": "VC302"})[2]
    assert {"VC302", "VC101"} <= {m["rule"]["id"] for m in more["matches"]}


@pytest.mark.parametrize("fields, ctype, expected, code", [
    ({"text": "最近", "language": "en-US"}, "application/x-www-form-urlencoded", 400, "unsupported-language"),
    ({"language": "ja-JP"}, "application/x-www-form-urlencoded", 400, "invalid-request"),
    ({"data": "{not json", "language": "ja-JP"}, "application/x-www-form-urlencoded", 400, "invalid-request"),
    ({"text": "最近", "language": "ja-JP"}, "application/json", 415, "unsupported-media-type"),
])
def test_lt_malformed(server: Server, fields: dict, ctype: str, expected: int, code: str) -> None:
    status, _, answer = call(server, "POST", "/v2/check", urllib.parse.urlencode(fields).encode(), {"Content-Type": ctype})
    assert_error(status, answer, expected, code)
    still_serving(server)


def test_language_tool_python_client_gets_the_findings(server: Server, checker: vaguecheck.Checker,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real LanguageTool client library, pointed at us with its remote-server option.

    It must not download or start LanguageTool: every HTTP request it makes is recorded and must
    go to this server, and its download directory must stay empty.
    """
    lt = pytest.importorskip("language_tool_python", reason="language-tool-python (test extra) is not installed")
    import requests

    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    urls: list[str] = []
    real_request = requests.Session.request

    def recording(self, method, url, *args, **kwargs):  # type: ignore[no-untyped-def]
        urls.append(url)
        return real_request(self, method, url, *args, **kwargs)

    monkeypatch.setattr(requests.Session, "request", recording)
    text = "😀最近、元気がありません。🏥夜間、時々大声を出されます。"
    tool = lt.LanguageTool("ja-JP", remote_server=server.base)
    try:
        assert tool.is_remote
        matches = tool.check(text)
    finally:
        tool.close()
    expected = checker.check(text).findings
    assert [m.rule_id for m in matches] == [f.rule for f in expected]
    # The client turns UTF-16 offsets back into Python offsets, so they point into our text.
    assert [(m.offset, text[m.offset:m.offset + m.error_length]) for m in matches] == [(f.start, f.text) for f in expected]
    assert all(m.message and m.category for m in matches)
    assert urls and all(u.startswith(server.base + "/v2/") for u in urls), urls
    assert not (tmp_path / "ltp").exists() or not any((tmp_path / "ltp").iterdir())


# ---------------------------------------------------------------- the page

def test_page_and_its_files_are_served_from_the_package(server: Server) -> None:
    status, headers, html = get(server, "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert '<html lang="ja">' in html and "報告書チェック" in html
    assert "default-src 'self'" in headers["content-security-policy"]
    # No CDN, no web fonts: every script and stylesheet is our own.
    import re

    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/") for a in assets), assets
    for asset in assets:
        assert get(server, asset)[0] == 200, asset
    js = get(server, "/static/app.js")[2]
    assert "http://" not in js and "https://" not in js


# ---------------------------------------------------------------- processes and imports

def test_two_workers_serve(tmp_path: Path, checker: vaguecheck.Checker) -> None:
    s = Server(tmp_path / "server.log", "--workers", "2")
    try:
        children = Path(f"/proc/{s.proc.pid}/task/{s.proc.pid}/children")
        if children.exists():
            deadline = time.monotonic() + 30
            while len(children.read_text().split()) < 2 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert len(children.read_text().split()) >= 2
        for text in REPORTS[:3]:
            status, _, body = post_json(s, {"text": text})
            assert status == 200 and body == json.loads(json.dumps(checker.check(text).to_dict()))
    finally:
        s.stop()


def test_workers_that_keep_failing_stop_the_server() -> None:
    """A worker that cannot start (here: an app that does not exist) is not restarted forever."""
    code = ("import sys; from vaguecheck import serve\n"
            "options = dict(app='vaguecheck.serve:no_such_app', factory=True, host='127.0.0.1', port=0, log_level='critical')\n"
            "sys.exit(serve._run_workers(options, 2, sys.stderr))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 1
    assert "keep exiting" in proc.stderr and proc.stderr.count("starting another") == 6


def test_import_vaguecheck_does_not_import_starlette() -> None:
    code = "import sys, vaguecheck; vaguecheck.check('最近'); print(sorted(m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn', 'anyio')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_serve_without_the_extra_says_how_to_install_it() -> None:
    code = ("import sys; sys.modules['starlette'] = None\n"
            "from vaguecheck.cli import main\n"
            "sys.exit(main(['serve']))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "vaguecheck[serve]" in proc.stderr and "Traceback" not in proc.stderr


def test_serve_rejects_bad_options() -> None:
    import io

    from vaguecheck.cli import main

    err = io.StringIO()
    assert main(["serve", "--workers", "0"], stdout=io.StringIO(), stderr=err) == 2
    assert "--workers" in err.getvalue()


# ---------------------------------------------------------------- in-process: thread pool and time limit

class _Gated:
    """A Checker whose check waits for a gate, so a test can hold a request in the middle of it."""

    started: Any = None
    gate: Any = None

    def __init__(self, **options: Any) -> None:
        self.real = vaguecheck.Checker(**options)
        self.lexicon = self.real.lexicon

    def check(self, text: str) -> Any:
        type(self).started.set()
        type(self).released = type(self).gate.wait(10)
        return self.real.check(text)


def _asgi_client(app: Any) -> Any:
    httpx = pytest.importorskip("httpx", reason="httpx is needed for the in-process tests")
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


def test_a_running_check_does_not_block_other_requests() -> None:
    import asyncio
    import threading

    _Gated.started, _Gated.gate = threading.Event(), threading.Event()
    app = serve.create_app(checker_factory=_Gated)

    async def scenario() -> tuple[int, int]:
        async with _asgi_client(app) as client:
            pending = asyncio.create_task(client.post("/api/v1/check", json={"text": "最近、元気がありません。"}))
            for _ in range(500):  # until the check is inside its thread
                if _Gated.started.is_set():
                    break
                await asyncio.sleep(0.01)
            health = await client.get("/healthz")  # answered while the check waits
            _Gated.gate.set()
            return health.status_code, (await pending).status_code

    assert asyncio.run(scenario()) == (200, 200)
    assert _Gated.released, "the check waited out its gate: /healthz was not answered while it ran"


def test_a_check_past_the_time_limit_gets_503() -> None:
    import asyncio
    import threading

    _Gated.started, _Gated.gate = threading.Event(), threading.Event()
    app = serve.create_app(checker_factory=_Gated, timeout=0.3)

    async def scenario() -> Any:
        async with _asgi_client(app) as client:
            return await client.post("/api/v1/check", json={"text": "最近"})

    try:
        response = asyncio.run(scenario())
    finally:
        _Gated.gate.set()
    assert_error(response.status_code, response.json(), 503, "timeout")


@pytest.mark.parametrize("allowed", [None, "https://care.example"])
def test_cross_origin_calls_only_when_allowed(allowed: str | None) -> None:
    import asyncio

    app = serve.create_app(allow_origin=allowed)
    origin = {"Origin": "https://care.example"}

    async def scenario() -> tuple[Any, Any]:
        async with _asgi_client(app) as client:
            pre = await client.options("/v2/check", headers={**origin, "Access-Control-Request-Method": "POST"})
            got = await client.post("/v2/check", data={"text": "最近", "language": "ja-JP"}, headers=origin)
            return pre, got

    pre, got = asyncio.run(scenario())
    assert got.status_code == 200
    if allowed:
        assert pre.status_code == 200 and got.headers["access-control-allow-origin"] == allowed
    else:
        assert "access-control-allow-origin" not in got.headers and pre.status_code == 405


class _Leaky:
    """A Checker that fails with the report's text in its error, as a bug might."""

    def __init__(self, **options: Any) -> None:
        pass

    def check(self, text: str) -> Any:
        raise ValueError(f"cannot read {text}")

    @property
    def lexicon(self) -> Any:
        raise RuntimeError(f"broken lexicon near {SECRET}")


def test_a_failing_check_answers_500_and_logs_no_text(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture) -> None:
    import asyncio
    import logging

    app = serve.create_app(checker_factory=_Leaky)

    async def scenario() -> list[Any]:
        async with _asgi_client(app) as client:
            return [await client.post("/api/v1/check", json={"text": SECRET}),  # fails in the thread
                    await client.post("/v2/check", data={"text": SECRET, "language": "ja-JP"})]  # fails in the handler

    with caplog.at_level(logging.DEBUG):
        responses = asyncio.run(scenario())
    for r in responses:
        assert_error(r.status_code, r.json(), 500, "internal")
    logged = caplog.text + "".join(capfd.readouterr())
    assert "ValueError" in logged and "RuntimeError" in logged  # the kind of failure is logged
    assert SECRET not in logged and "山田" not in logged


# ---------------------------------------------------------------- UTF-16 offsets, as a property

@given(st.text(max_size=40))
def test_utf16_index_counts_code_units(text: str) -> None:
    to16 = serve.utf16_index(text)
    for i in range(len(text) + 1):
        assert to16(i) == len(text[:i].encode("utf-16-le", "surrogatepass")) // 2


_PARTS = st.lists(st.one_of(
    st.builds(lambda t: {"text": t}, st.text(max_size=8)),
    st.builds(lambda m: {"markup": m}, st.text(min_size=1, max_size=5)),
    st.builds(lambda m, a: {"markup": m, "interpretAs": a}, st.text(min_size=1, max_size=5), st.text(max_size=3)),
), max_size=8)


@given(_PARTS)
def test_annotation_maps_every_checked_character_back_into_the_original(parts: list[dict[str, str]]) -> None:
    original, checked, origin = serve._annotation(json.dumps({"annotation": parts}))
    assert original == "".join(p.get("text", p.get("markup", "")) for p in parts)
    assert checked == "".join(p.get("text", p.get("interpretAs", "")) for p in parts)
    assert len(origin) == len(checked) + 1 and origin[-1] == len(original)
    assert origin == sorted(origin)
    pos = i = 0
    for p in parts:  # a text character maps onto itself; interpretAs onto the start of its markup
        piece = p.get("text", p.get("interpretAs", ""))
        for k in range(len(piece)):
            assert origin[i + k] == pos + (k if "text" in p else 0)
        i += len(piece)
        pos += len(p.get("text", p.get("markup", "")))

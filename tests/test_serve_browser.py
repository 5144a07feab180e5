"""The page at GET /, driven in headless Chromium (Debian's chromium + chromium-driver, through selenium).

The server is the real one (`python -m vaguecheck serve` on a free loopback port).  The screenshot
goes to the test's temporary folder; set VAGUECHECK_SCREENSHOT=docs/serve.png to refresh the one
in the documentation.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium chromium-driver; .ci/run installs them)",
                allow_module_level=True)
pytest.importorskip("selenium", reason="selenium (test extra) is not installed")
pytest.importorskip("starlette", reason="the serve extra is not installed (pip install '.[serve]')")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

import vaguecheck  # noqa: E402
from test_serve import Server  # noqa: E402

pytestmark = pytest.mark.slow

REPORT = ("佐藤先生\n"
          "いつもお世話になっております。ケアマネジャーの田中です。\n"
          "山田様のご様子について、ご報告とご相談です。\n"
          "最近、元気がありません。食欲もあまりないようです。\n"
          "夜間、時々大声を出されます。\n"
          "発熱があります。\n"
          "何かあればご指導をお願いします。")  # a vague ask: with a clear one every finding would be a detail (参考)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
         "--window-size=1280,1400"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    s = Server(tmp_path_factory.mktemp("serve-browser") / "server.log")
    yield s
    s.stop()


@pytest.fixture()
def browser(tmp_path: Path):
    options = Options()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def test_paste_a_report_and_see_highlights_and_questions(server: Server, browser, tmp_path: Path) -> None:
    expected = vaguecheck.Checker().check(REPORT)
    assert expected.findings, "the report must have findings for this test to mean anything"
    browser.get(server.base + "/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja"
    assert not browser.find_element(By.ID, "result").is_displayed()

    box = browser.find_element(By.ID, "report")
    box.send_keys(REPORT)
    assert box.get_attribute("value") == REPORT
    browser.find_element(By.ID, "check").click()
    wait = WebDriverWait(browser, 30)
    wait.until(lambda d: d.find_element(By.ID, "result").is_displayed())

    shot = tmp_path / "serve.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("VAGUECHECK_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["VAGUECHECK_SCREENSHOT"])

    # Every finding is numbered in the text and explained in the list, in order.
    refs = browser.find_elements(By.CSS_SELECTOR, "#highlighted a.ref")
    spans = [f for f in expected.findings if f.end > f.start]
    assert [r.text for r in refs] == [str(i + 1) for i, f in enumerate(expected.findings) if f.end > f.start]
    items = browser.find_elements(By.CSS_SELECTOR, "#findings > li")
    assert len(items) == len(expected.findings)
    assert not any(f.secondary for f in expected.findings), "the questions are shown for findings in front"
    for item, f in zip(items, expected.findings, strict=True):
        assert f.message in item.text
        for q in f.suggestion.questions:
            assert q in item.text
        if f.suggestion.example:
            assert f.suggestion.example in item.text

    # The marked text is the report itself, and every finding's words are inside a mark.
    marks = browser.find_elements(By.CSS_SELECTOR, "#highlighted mark")
    marked = "".join(m.text for m in marks)
    for f in spans:
        assert f.text.replace("\n", "") in marked.replace("\n", "") or f.text in marked
    shown = browser.execute_script(
        "const b = document.getElementById('highlighted').cloneNode(true);"
        "b.querySelectorAll('a.ref').forEach(a => a.remove()); return b.textContent;")
    assert shown == REPORT

    # Colour is never the only cue: kinds differ in line style too.
    styles = {browser.execute_script("return getComputedStyle(arguments[0]).textDecorationStyle", m)
              for m in marks}
    kinds = {m.get_attribute("class") for m in marks}
    assert len(styles) == len(kinds) >= 2

    # By keyboard: Tab from the button reaches the first number; Enter shows its explanation.
    browser.find_element(By.ID, "check").send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.get_attribute("class").startswith("ref") and active.text == "1"
    active.send_keys(Keys.ENTER)
    wait.until(lambda d: d.switch_to.active_element.get_attribute("id") == "finding-1")
    assert "active" in browser.find_element(By.ID, "finding-1").get_attribute("class")

    # The outline panel shows when, and only when, the report carries an outline.
    assert browser.find_element(By.ID, "outline").is_displayed() == ("outline" in expected.to_dict())


OUTLINES = [
    (None, None),
    ({"is_report": True, "purpose": {"text": "ご報告とご相談です。", "start": 0, "end": 10}, "request": "clear",
      "requests": [{"text": "往診をお願いできますか。", "start": 11, "end": 23}], "urgent": []},
     ["✓ 目的：「ご報告とご相談です。」", "✓ 依頼：「往診をお願いできますか。」"]),
    ({"is_report": True, "purpose": None, "requests": [],
      "urgent": [{"text": "黒い便が出ました", "start": 0, "end": 8, "symptom": "黒色便"}]},
     ["✗ 目的", "✗ 依頼", "⚠ 至急：「黒い便が出ました」（黒色便）"]),
    ({"is_report": False, "purpose": None, "request": None, "requests": [], "urgent": []}, ["短い文なので"]),
]


@pytest.mark.parametrize("outline, lines", OUTLINES)
def test_the_outline_panel(server: Server, browser, outline, lines) -> None:
    """目的 ✓/✗, 依頼 ✓/✗, 至急 ⚠ from an outline; no panel without one."""
    browser.get(server.base + "/")
    browser.execute_script("renderOutline(arguments[0])", outline)
    panel = browser.find_element(By.ID, "outline")
    if outline is None:
        assert not panel.is_displayed()
        return
    assert panel.is_displayed()
    shown = [li.text.replace("\n", "") for li in panel.find_elements(By.CSS_SELECTOR, "li")]
    assert len(shown) == len(lines)
    for text, expected in zip(shown, lines, strict=True):
        assert text.replace(" ", "").startswith(expected.replace(" ", "")), (text, expected)


def test_an_empty_report_is_answered_on_the_page(server: Server, browser) -> None:
    browser.get(server.base + "/")
    browser.find_element(By.ID, "check").click()
    status = browser.find_element(By.ID, "status")
    assert "入力してください" in status.text and status.get_attribute("role") == "alert"
    assert not browser.find_element(By.ID, "result").is_displayed()


def test_an_emoji_before_a_finding_keeps_the_marks_on_the_right_words(server: Server, browser) -> None:
    """The answer counts code points and JavaScript counts UTF-16 units: the page must mark the right words.

    chromedriver types only BMP characters, so the text is pasted with a script; Ctrl+Enter checks.
    """
    text = "😀👍🏻最近、元気がありません。🏥夜間、時々大声を出されます。"
    expected = [f.text for f in vaguecheck.Checker().check(text).findings if f.end > f.start]
    browser.get(server.base + "/")
    box = browser.find_element(By.ID, "report")
    browser.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", box, text)
    box.send_keys(Keys.CONTROL, Keys.ENTER)
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "result").is_displayed())
    marked = browser.execute_script(
        "return Array.from(document.querySelectorAll('#highlighted a.ref')).map(a => {"
        "  const n = a.textContent; return Array.from(document.querySelectorAll('#highlighted mark'))"
        "    .filter(m => m.dataset.findings.split(' ').includes(n)).map(m => m.textContent).join('');"
        "});")
    assert marked == expected


def test_details_beside_a_red_flag_come_last_marked_and_without_questions(server: Server, browser) -> None:
    text = ("佐藤先生\nいつもお世話になっております。\n最近、食事を残すことが多かったようです。\n"
            "今朝、便が真っ黒だったとヘルパーさんが言っていました。\n来週またデイに行く予定です。")
    expected = vaguecheck.Checker().check(text).findings
    later = [f for f in expected if f.secondary]
    assert later and len(later) < len(expected), "the report must have details beside its red flag"
    browser.get(server.base + "/")
    box = browser.find_element(By.ID, "report")
    browser.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", box, text)
    box.send_keys(Keys.CONTROL, Keys.ENTER)
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "result").is_displayed())
    items = browser.find_elements(By.CSS_SELECTOR, "#findings > li")
    ranked = [f for f in expected if not f.secondary] + later
    assert len(items) == len(ranked)
    for item, f in zip(items, ranked, strict=True):
        assert f.message in item.text
        assert ("参考" in item.find_element(By.CSS_SELECTOR, ".head").text) == f.secondary
        assert bool(item.find_elements(By.CSS_SELECTOR, ".questions")) == (not f.secondary and bool(f.suggestion.questions))


def test_details_of_a_settled_report_say_why_they_wait(server: Server, browser) -> None:
    # session 30: a message without a red flag whose request is clear lists its details marked 参考, with a note that
    # the matter and the ask are clear (not the red flag's note)
    text = REPORT.replace("何かあればご指導をお願いします。", "一度、往診をお願いできますでしょうか。")
    expected = vaguecheck.Checker().check(text).findings
    assert expected and all(f.secondary for f in expected if f.category not in ("purpose", "request", "urgency"))
    browser.get(server.base + "/")
    box = browser.find_element(By.ID, "report")
    browser.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", box, text)
    box.send_keys(Keys.CONTROL, Keys.ENTER)
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "result").is_displayed())
    notes = [e.get_attribute("title") for e in browser.find_elements(By.CSS_SELECTOR, "#findings .later")]
    assert notes and all("医師にしてほしいことは、はっきり書かれています" in n for n in notes), notes
    assert not browser.find_elements(By.CSS_SELECTOR, "#findings .questions")

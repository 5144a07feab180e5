// The page for care managers: send the pasted report to /api/v1/check and show the findings.
// Plain JavaScript, no build step and nothing loaded from outside this server.
// Offsets in the answer count Unicode code points (Python), so the text is split with Array.from.
"use strict";

const KINDS = {
  subjective: "impression", inference: "impression",
  "vague-time": "vague", "vague-frequency": "vague", "vague-quantity": "vague",
  "missing-time": "missing", "missing-quantity": "missing", "missing-frequency": "missing",
};
const KIND_LABELS = { impression: "印象・推測", vague: "あいまい", missing: "情報の不足", report: "報告の形" };
const SEVERITY_LABELS = { error: "重要", warning: "注意", info: "参考" };
let categoryTitles = {};

function kindOf(category) {
  return KINDS[category] || "report";
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

async function loadTitles() {
  try {
    const response = await fetch("/api/v1/rules");
    for (const rule of await response.json()) {
      categoryTitles[rule.category] = rule.category_title.split(" / ")[0];
    }
  } catch (e) {
    categoryTitles = {};
  }
}

function setStatus(message, isError) {
  const status = document.getElementById("status");
  status.textContent = message;
  status.classList.toggle("error", Boolean(isError));
  status.setAttribute("role", isError ? "alert" : "status");
}

// The report text with a <mark> on every stretch that a finding covers and a numbered link after each finding.
function renderHighlighted(text, findings) {
  const chars = Array.from(text);
  const box = document.getElementById("highlighted");
  box.replaceChildren();
  const bounds = new Set([0, chars.length]);
  findings.forEach((f) => { bounds.add(f.start); bounds.add(f.end); });
  const cuts = [...bounds].sort((a, b) => a - b);
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i], b = cuts[i + 1];
    const piece = chars.slice(a, b).join("");
    const covering = findings.filter((f) => f.start <= a && b <= f.end);
    if (covering.length === 0) {
      box.append(piece);
    } else {
      const kinds = [...new Set(covering.map((f) => kindOf(f.category)))];
      const labels = covering.map((f) => `${f.number}. ${KIND_LABELS[kindOf(f.category)]}`).join("、");
      box.append(el("mark", { class: `mark k-${kinds[0]}`, title: labels, "data-findings": covering.map((f) => f.number).join(" ") }, piece));
    }
    for (const f of findings) {
      if (f.end === b && f.end > f.start) {
        box.append(el("a", { class: `ref k-${kindOf(f.category)}`, href: `#finding-${f.number}`,
                             "aria-label": `指摘 ${f.number}（${KIND_LABELS[kindOf(f.category)]}）へ` }, String(f.number)));
      }
    }
  }
}

const SECONDARY_NOTE = "急ぎの症状とは別の細かな点です。主治医への連絡のあとで見直してください。";
// the same for a report without a red flag whose request is clear, or that needs no reply
const SETTLED_NOTE = "医師にしてほしいことは、はっきり書かれています。細かな点です。必要なら見直してください。";
// any other message: a vague word in a sentence that tells nothing of the person's state, a blank status line (特変なし)
const ASIDE_NOTE = "主治医の判断には関わりにくい細かな点です。必要なら見直してください。";

function renderFindings(findings, outline) {
  const settled = outline && ["clear", "no-reply-needed"].includes(outline.request);
  const note = !outline || (outline.urgent || []).length ? SECONDARY_NOTE : settled ? SETTLED_NOTE : ASIDE_NOTE;
  const list = document.getElementById("findings");
  list.replaceChildren();
  for (const f of findings) {
    const kind = kindOf(f.category);
    const title = categoryTitles[f.category] || f.category;
    const head = el("div", { class: "head" },
      el("span", { class: `num k-${kind}` }, String(f.number)),
      el("span", { class: "kind" }, `${KIND_LABELS[kind]}：${title}`),
      el("span", { class: `severity s-${f.severity}` }, SEVERITY_LABELS[f.severity] || f.severity));
    // a detail beside a red flag or a clear request (secondary): listed last, marked 参考, without questions or example
    if (f.secondary) head.append(el("span", { class: "later", title: note }, "参考"));
    const item = el("li", { id: `finding-${f.number}`, class: `finding k-${kind}${f.secondary ? " secondary" : ""}`, tabindex: "-1" }, head);
    if (f.text) item.append(el("p", { class: "words" }, `「${f.text}」`));
    item.append(el("p", { class: "message" }, f.message));
    if (f.secondary) {
      list.append(item);
      continue;
    }
    const questions = (f.suggestion && f.suggestion.questions) || [];
    if (questions.length) {
      item.append(el("div", { class: "questions" },
        el("h3", {}, "確かめること"),
        el("ul", {}, ...questions.map((q) => el("li", {}, q)))));
    }
    if (f.suggestion && f.suggestion.example) {
      item.append(el("p", { class: "example" }, el("span", { class: "label" }, "書き方の例："), f.suggestion.example));
    }
    list.append(item);
  }
}

// The outline (目的 ✓/✗, 依頼 ✓/✗, 至急 ⚠), when the checker gives one; the panel stays hidden otherwise.
const REQUEST_NOTES = {
  "no-reply-needed": "返事が要らないことが書かれています",
  unordered: "依頼がいくつもあります。番号や優先順をつけると伝わりやすくなります",
  vague: "何をしてほしいのかがはっきりしません。指示・意見・往診など、してほしいことを書きましょう",
  none: "見つかりません。医師にお願いしたいことがあれば書きましょう",
};

function renderOutline(outline) {
  const section = document.getElementById("outline");
  if (!outline) {
    section.hidden = true;
    return;
  }
  const list = document.getElementById("outline-list");
  list.replaceChildren();
  const line = (cls, icon, label, detail) => el("li", { class: cls },
    el("span", { class: "icon", "aria-hidden": "true" }, icon), el("strong", {}, label), detail);
  const quote = (passages) => passages.map((p) => `「${p.text}」`).join("、");
  if (outline.is_report === false) {
    list.append(el("li", { class: "note" }, "短い文なので、報告書としての骨組み（目的・依頼）は確かめていません。"));
  } else {
    list.append(outline.purpose
      ? line("ok", "✓", "目的", `：${quote([outline.purpose])}`)
      : line("no", "✗", "目的", "：見つかりません。報告・相談・依頼のどれなのかを最初に書きましょう。"));
    const requests = outline.requests || [];
    const state = outline.request || (requests.length ? "clear" : "none");
    const ok = state === "clear" || state === "no-reply-needed" || state === "unordered";
    const detail = state === "clear" ? quote(requests)
      : (requests.length && state !== "none" ? `${quote(requests)} — ` : "") + REQUEST_NOTES[state];
    list.append(line(ok ? "ok" : "no", ok ? "✓" : "✗", "依頼", `：${detail}${state === "clear" ? "" : "。"}`));
  }
  for (const u of outline.urgent || []) {
    list.append(line("urgent", "⚠", "至急", `：「${u.text}」${u.symptom ? `（${u.symptom}）` : ""} — すぐに医師へ連絡が必要な症状かもしれません。`));
  }
  section.hidden = false;
}

async function check() {
  const text = document.getElementById("report").value;
  const button = document.getElementById("check");
  if (!text.trim()) {
    setStatus("報告文を入力してください。", true);
    return;
  }
  button.disabled = true;
  setStatus("チェックしています…", false);
  try {
    const response = await fetch("/api/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text }),
    });
    const data = await response.json();
    if (!response.ok) {
      setStatus((data.error && data.error.message) || "チェックできませんでした。", true);
      return;
    }
    // the details beside a red flag or a clear request after the rest (Array.prototype.sort is stable)
    const ranked = [...data.findings].sort((a, b) => Number(Boolean(a.secondary)) - Number(Boolean(b.secondary)));
    const findings = ranked.map((f, i) => ({ ...f, number: i + 1 }));
    renderHighlighted(data.text, findings);
    renderFindings(findings, data.outline);
    renderOutline(data.outline);
    document.getElementById("summary").textContent = findings.length
      ? `${findings.length} 件の指摘があります。番号を選ぶと説明に移ります。`
      : "指摘はありません。";
    document.getElementById("result").hidden = false;
    setStatus("チェックが終わりました。", false);
  } catch (e) {
    setStatus("サーバーにつながりませんでした。時間をおいてもう一度お試しください。", true);
  } finally {
    button.disabled = false;
  }
}

function showFinding(number) {
  const item = document.getElementById(`finding-${number}`);
  if (!item) return;
  document.querySelectorAll(".finding.active").forEach((n) => n.classList.remove("active"));
  item.classList.add("active");
  item.focus();
}

document.addEventListener("DOMContentLoaded", () => {
  loadTitles();
  document.getElementById("check").addEventListener("click", check);
  document.getElementById("report").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      check();
    }
  });
  document.getElementById("highlighted").addEventListener("click", (event) => {
    const ref = event.target.closest("a.ref");
    const mark = event.target.closest("mark");
    if (ref) {
      event.preventDefault();
      showFinding(ref.textContent);
    } else if (mark) {
      showFinding(mark.dataset.findings.split(" ")[0]);
    }
  });
});

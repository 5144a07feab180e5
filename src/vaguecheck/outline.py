"""The report's outline: what each sentence does, the purpose, the request, urgent symptoms.

This stage reads the whole :class:`~vaguecheck.document.Document`: the ``[[cues]]`` and
``[[urgent]]`` matches per sentence (lexicons/report.toml), its elements and its negation
cues.  Which words signal what is data; this module holds only how they combine:

- the *opening* is every sentence up to the second one that is not frame (addressee,
  greeting, self-introduction, header, closing); the purpose must be stated there;
- a *request* is a sentence with a request form (ください, いただけますか, お願いします) that is not
  only a closing formula; it is clear when it names an action (指示, 意見, 往診 ...) and is not
  one of the vague formulas (何かございましたら, 一応ご報告まで);
- an *urgent symptom* is a ``[[urgent]]`` match that no negation cue covers, with its
  conditions met (a head strike in the same sentence, an anticoagulant anywhere, SpO2 below 90),
  and that its clause does not put in the past or in a hypothesis: a ``history`` cue
  (以前から, 後遺症, 3年前) undoes it unless an ``onset`` cue (今朝, 急に) shares the
  sentence, a ``hypothetical`` cue (場合, もし, ないよう) undoes it.  Many items are composed
  of concepts (macros ``RF_*``: a side × a limb × a loss of function, an abrupt onset × a
  core function, a severity × a pain of the head, chest or abdomen); a vital sign is read
  as measured (SpO2 88%) or as spoken (酸素が86くらい, 熱が39度台, 上が200).

A text is a report when it has three or more sentences, an addressee or greeting line counting
as one (佐藤先生 / お世話になっております / 発熱があります is a report); one or two sentences never are,
whatever they say: their outline says so and nothing else; nor is a record's line of short negated notes
(発熱なし。咳嗽なし。嘔吐なし。: pertinent negatives, written blind in three batches as must-not-flag).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from . import _regex
from .context import (
    ALL_ALONG,
    ALL_OF,
    CHANGE_NOUNS,
    NOT_WORSE,
    QUESTION_CUES,
    asides,
    cancelled,
    clause_break,
    contrast_particle,
    counted_none,
    ends_the_sentence,
    hearsay_scope,
    inflected_end,
    names_another_person,
    other_person_scopes,
    predicate_break,
    qualified_item_end,
    relays,
    steady_marks,
    toka_width,
)
from .document import Document, names_a_drug
from .lexicon import Cue, UrgentCondition, UrgentSign
from .matcher import Match
from .model import Element, Outline, Passage, Sentence, Token, token_starting_at

#: Below this many sentences (addressee and greeting lines included), a text is not a report.
MIN_REPORT_SENTENCES = 3
#: How many content sentences (not frame) the opening holds: the purpose must be stated there.
OPENING_CONTENT_SENTENCES = 2
#: Several requests without any of these markers (or あわせて, tying one to the last) are "unordered".
_ORDER = _regex.lazy(r"[0-9０-９一二三四五]点目|[一二三四五]つ目|第[一二三四五1-5]に|次に|最後に|優先|以下の[0-9０-９一二三四五]点|あわせて|併せて")
#: まず orders the asks only when the others are not tacked on informally after it (まず…。それから…。あと…: blind85).
_FIRST = _regex.lazy(r"まず(?!い|ま|かっ|く)")
_UNORDERED_AT = 3
#: The field of a conference's minutes that lists who attended (出席：…, 参加者：…).
_ATTENDEES = _regex.lazy(r"[【■・]?(?:出席者?|参加者|同席者)[】]?[：:]")
#: A request opened as the fallback of the one before it (難しい場合は…, 往診が無理なら…, できなければ…).
_FALLBACK = _regex.lazy(r"[^。、]{0,15}?(?:(?:難しい|無理な|困難な|できない|出来ない|不可能な|都合が悪い)(?:場合(?:は|には|、)|ようでしたら|ようなら)"
                       r"|難しければ|無理なら|無理であれば|できなければ|出来なければ)")
#: An add-on to the ask before it, left to the physician's judgement (必要であれば、その際に血液検査も: blind80), and an
#: offer made on a condition of the physician's (〜から変更いただければ、…体制を整えます): neither adds a matter to the
#: asks (blind80's physician: "requests are already clear"). 必要なら、1日の上限量をご指示ください asks a matter of its own.
_JUDGED_ADD_ON = _regex.lazy(r"[^。、]{0,5}?必要(?:であれば|なら|でしたら|があれば)[、,]?\s*(?:その際に?|あわせて|併せて)[^。]*も")
#: One more also, tied to the visit the ask before arranges (その際に皮膚の状態も診ていただけると助かります: blind209's
#: physician, 'the requests are clear') or left to the physician's judgement (必要であれば本日の往診もお願いします: blind210):
#: the particle も right before a verb of seeing to it or of asking, deciding nothing of its own (not その時に腰を打ったような
#: ので、受診が必要かもご指示ください).  Only beside one other ask: among more, it is one of several matters (the reviews).
_TIED_ADD_ON = _regex.lazy(r"(?:(?:その際|そのとき|その時|その折)(?:に|には|は)?[、,]?"
                           r"|[^。、]{0,5}?必要(?:であれば|なら|でしたら|があれば)[、,]?\s*)"
                           r"(?:(?!要否|可否|かどうか|必要か|よいか|いいか)[^。])*?"
                           r"も(?:診て|みて|見て|確認|お願い|ご確認|ご指示|ご検討|ご判断|いただけ|頂け|くださ|下さ)")
#: A purpose word that leads the ask it introduces (ご相談なんですが、今日往診に来ていただけますか / それで依頼なんですが、
#: 指示書を…): the writer says what the report is, wherever the sentence stands (every report so written in blind1–91
#: is marked purpose-stated by its writer; a closing ご報告まで, which asks nothing, is not this), or labels it (ご相談：本日中に…
#: ご判断をお願いします at the end of a phone memo: blind91).
_LEADS_AN_ASK = _regex.lazy(r"(?:それで|そこで|で)?[、,]?\s*(?:ご|御)?(?:相談|依頼|お願い)(?:なん|な)?(?:です|でございます)?"
                           r"(?:が|けど|けれど|けれども)[、,]"
                           r"|[【■\[]?(?:ご|御)?(?:相談|依頼)(?:事項|内容)?(?:[】■\]]|\s*[:：])")
#: An ask that names itself the report's matter at its end (…出していただけないかというご相談です: blind92).
_NAMES_ITS_MATTER = _regex.lazy(r"(?:という|との)(?:ご|御)?(?:相談|依頼|お願い)(?:です|でございます)[。．]?\s*$")
#: An alternative to the ask before it (それとも、すぐ病院に行ったほうがいいでしょうか: blind92): the same question.
_ALTERNATIVE = _regex.lazy(r"(?:それとも|あるいは|もしくは)")


#: Where the paper the ask before asks for is to be sent (指示書はステーションあおぞらへ直接FAXしていただけますと助かります:
#: blind142's physician, "the fax route is part of it, not a competing request").
#: (or after the paper is made: 作成後はステーション（FAX 0178-XX-XXXX）へ直接お送りいただけますと幸いです, blind167's clear ask)
_DELIVERY = _regex.lazy(r"(?:(?:訪問看護)?(?:指示書|意見書|診断書|情報提供書|同意書|処方箋|処方せん|書類|お返事|ご返信)(?:は|につきましては|については)"
                       r"|ご?(?:作成|記入|準備)(?:後|の後)(?:は|に)?)[、,]?"
                       r"[^。、,]{0,40}?(?:へ|に|宛て?に?)[^。、,]{0,8}?(?:FAX|ＦＡＸ|ファックス|ファクス|送付|郵送|送って|お送り|ご送付|お届け|届けて)")


def _how_to_answer(text: str) -> bool:
    """The sentence only says how or when to answer the ask before it (:data:`_HOW_TO_ANSWER`), asking nothing of its own."""
    return bool(_HOW_TO_ANSWER.match(text.strip())) and not _ASKS_ITSELF.search(text)


#: What makes a contact line an ask of its own (搬送してよいか, 方針, 連絡先と搬送先).
_ASKS_ITSELF = _regex.lazy(r"よいか|良いか|いいか|方針|搬送|入院|受診|往診|処方|指示書|意見書|(?:の|と)(?:ご)?指示")
#: How the ask before is to be answered, not one more matter: by when and by what channel (13時までにMCSでご指示を
#: いただけますか, ご返信はMCSにてお願いいたします), or whom to call if it is urgent (お急ぎの場合は山本の携帯へお電話ください:
#: blind133's good report); a line that asks something itself (緊急の場合は…搬送してよいか、ご指示を) is not one.
_HOW_TO_ANSWER = _regex.lazy(
    r"(?:(?:お忙しい|ご多忙の|ご多用の)?(?:ところ)?(?:恐れ入りますが|恐縮ですが|申し訳ありませんが|すみませんが)?[、,]?\s*)"
    r"(?:(?:(?:お?急ぎ|緊急|至急|急変)(?:の場合|の際|時|でしたら|なら|のとき|の時)|何かあれば|何かありましたら)[はに、,\s]*"
    r"[^。、]{0,24}?(?:携帯|お?電話|ご?連絡)[^。、]{0,4}?(?:お?電話|ご?連絡)?(?:を)?(?:ください|下さい|お願いします|お願いいたします|お願い致します)"
    r"|(?:(?!指示|返信|返事|連絡|回答)[^。、]){0,12}(?:まで|中)に[、,]?\s*(?:(?:MCS|ＭＣＳ|FAX|ＦＡＸ|ファックス|メール|お電話|電話)(?:で|にて)[、,]?\s*)?"
    r"(?:ご|お)?(?:指示|返信|返事|連絡|回答)(?:を|だけでも)?(?:いただけ|頂け|くださ|下さ|お願い)[^。、]{0,12}"
    # by when, the object left unsaid (月末までにいただけますと助かります: blind228): a time and nothing else before it (not
    # 紹介状月曜までにお願いします, 湿布明日までに…: the session 61 review)
    r"|(?:本日|今日|明日|明後日|あさって|今週|来週|今月|来月|月末|週末|年内|年末|[0-9０-９]+(?:月|日|時|/|／)?|[月火水木金土日]曜日?"
    r"|[（）()・、,\s])+(?:まで|中)に[、,]?\s*(?:いただけ|頂け|くださ|下さ|お願い)[^。、]{0,12}"
    # the writer's side to call back (長男様の携帯または当事業所のいずれかにご連絡ください: blind226); not a third party to be
    # told a matter (…注意点を、担当のヘルパーにご連絡いただけますか: the session 61 review)
    r"|(?:(?!を|について|結果|注意|様子|状態|病状|説明)[^。]){0,40}?(?:当事業所|当方|弊所|私|いずれか)(?:の携帯)?(?:に|へ|まで)[、,]?\s*"
    r"(?:ご|お)?(?:連絡|電話|返信|返事)(?:を)?(?:ください|下さい|いただけ|頂け|お願い)[^。、]{0,12}"
    r"|(?:ご|お)?(?:返信|返事|回答|連絡)は?(?:MCS|ＭＣＳ|FAX|ＦＡＸ|ファックス|メール|お電話|電話)(?:で|にて)(?:ください|下さい|お願い)[^。、]{0,10}"
    r"|(?:MCS|ＭＣＳ|FAX|ＦＡＸ|ファックス|メール)(?:で|にて)(?:ご|お)?(?:返信|返事|回答|連絡)(?:を)?(?:ください|下さい|お願い|いただけ)[^。、]{0,10}"
    # where the answer is to go (ご指示は長男様携帯（…）または当事業所（…）へいただけますと幸いです, 連絡はこのMCSか、北川携帯
    # 090-…へお願いします: blind210's physician, 'the flagged line is just contact details'), naming nothing more to decide
    # (not ご指示は、ショートステイの利用の可否も含めて…, ご指示は、点滴の量と期間を…, ご連絡は、降圧剤を続けるべきか否か、…:
    # the session 59 reviews)
    r"|(?:ご|お)?(?:指示|返信|返事|回答|連絡)は(?:(?!も|を|か|について|含め|可否|要否)[^。]){0,60}?(?:へ|まで)[、,]?\s*"
    r"(?:いただけ|頂け|くださ|下さ|お願い)[^。、]{0,12})"
    r"[。．！!]?\s*$")
#: A form's line that gives the asks' deadline (期限：12月20日の次回定期往診時にご判断いただければ幸いです: blind210's physician,
#: 'the request and its deadline'): not one more matter when it names no action but as a time (not 期限：12/20までに意見書の
#: 作成をお願いします) and adds nothing with も (期限：明日まで、湿布も…: the session 59 review).
_DEADLINE_LINE = _regex.lazy(r"\s*[【■・]?(?:回答|返信|ご?返答|お?返事)?期限[】]?\s*[:：][^。も]*$")
_OFFER = _regex.lazy(r"(?:いただ|頂)ければ[、,][^。]{0,60}?(?:体制を整え|準備(?:を)?(?:し|いたし)|手配(?:を)?(?:し|いたし)|共有(?:を)?(?:し|いたし))"
                    r"|(?:ご判断|ご指示|ご了承|ご許可)を?(?:いただ|頂)(?:ければ|けましたら|けたら)[、,][^。]{0,40}?調整(?:を)?いたします[。．]?\s*$")
#: A sentence that ends asking (…ください, …いただけますか, …お願いします): an offer in it does not make it no ask.
_ASK_END = _regex.lazy(r"(?:ください|いただけ(?:ます|ません)(?:でしょう)?か|お願い(?:いた)?します|お願いできますか|幸いです|幸いに存じます|助かります)[。．？?]?\s*$")
#: A sentence opening with one of these after a request adds one more ask to the list (それから湿布が
#: もうすぐ無くなるそうです。あと、爪が…), unless a number follows (あと3日分): informal speech's "and also".
_ADD_ON = ("あと", "それと", "それから", "ついでに", "あわせて")
#: A sentence opening with one of these and a comma after an ask adds one more ask (また、…もお願いしたいです).
_GOES_ON = (*_ADD_ON, "また", "さらに", "加えて", "なお")
#: A line this short with no predicate is a label (MCS投稿), not the report's first content.
_LABEL_LINE = 15
#: A line that ends in a person's honorific, a bracket (age, diagnoses) after it: a title naming the person, read as a
#: label up to this length.
_NAME_LINE = _regex.lazy(r".*\S(?:さん|様|氏|殿)\s*(?:[（(][^）)]*[）)])?$")
_NAME_LINE_LEN = 40
#: A header field's line (発信：居宅介護支援事業所せきがはら　介護支援専門員 後藤 進（TEL …）) read as frame up to this length.
_FIELD_LINE_LEN = 80
#: Words that say why the writer is in touch: …いただきたくご連絡しました, …をお願いしたくFAXいたします.
_WHY_IN_TOUCH = frozenset(("連絡", "FAX", "ファックス", "ファクス", "送信", "送る", "送付"))
#: Words that make a call a plan rather than a fact.
_INTENT = frozenset(("予定", "積もり", "つもり", "たい", "思う", "検討", "場合", "べし", "可能", "迷う"))
#: Words that say a call did not reach the physician (お電話しましたが話し中で).
_NOT_REACHED = ("話し中", "留守", "不在", "つながら", "繋がら")
#: A call nobody answered (お電話しましたが出られず、…).
_NO_ANSWER = ("出られ", "出ませ", "出なかっ", "出ず", "応答がな", "応答な")
#: What ends a clause's stretch inside a sentence.
_COMMAS = frozenset(("、", ",", "，"))
#: A call that is negated (救急車を呼ぶほどではない, 電話はしていません).
_NEGATIVE = frozenset(("ない", "無い", "ぬ", "ず"))
#: ... and with the record's なし: a word that denies what comes before it (発熱なし, 再発はありません).
_DENIES = _NEGATIVE | {"無し"}
#: Cue kinds that decide whether a red flag is current: see _past and _hypothetical.
_GUARDS = frozenset(("history", "hypothetical", "onset"))
#: Negation items that do not undo a red flag: 「not-an-event」 reads 吐血について or コーヒーのかすのようなもの
#: as a named thing, which for an observation lacking elements is right and for a red flag is not;
#: 「conditional-verb」 is a bare たら / ば right after an observation's own verb (熱が出たら), and the outline reads
#: any cue of a clause, so it would take 飴をなめたらしゃんとした (what happened) as a condition.
_NOT_URGENT_NEGATIONS = frozenset(("settled", NOT_WORSE, "not-an-event", "not-an-event-thing", "conditional-verb", "topic-compound", "conditional-chain",
                                   "asked-to-examine"))
#: Negation items that say "there is none" (ない, なし, 一度もない): a short quoted answer may give one.
_THERE_IS_NONE = frozenset(("nashi", "never"))
#: Negation items that deny a whole event, verbs linked by て included (冷や汗かいてぼーっとすることもない).
_WHOLE_EVENT = frozenset(("koto-mo-nai", "not-the-case"))
#: Negation cues that do not undo a condition word: お薬カレンダーを見たら、…空になっていた (the looking is conditional).
_CONDITION_KEEP = frozenset(("conditional",))
#: Verbs whose negation does not deny a sign: measuring (「HI」表示で測れず: the reading failed), the
#: hedge かもしれない (打ってしまったかもしれない), and not knowing it (インスリンを打ったのを知らず、
#: もう1回打った: the sign happened, someone did not know; 覚えない and 気づかない do deny: 胸の痛みは覚えない).
_NOT_DENYING = frozenset(("測る", "計る", "測れる", "計れる", "測定", "計測", "知れる", "知る",
                          # 問題ない is a judgement, not that the thing before it is absent (鉄剤による黒色便で問題ないか: blind106)
                          "問題", "差し支え", "支障"))


def _not_denying(toks: tuple[Token, ...], k: int) -> bool:
    """Whether the negation at token k follows a verb of ``_NOT_DENYING``, politeness ます between
    (紫っぽかったかもしれません: blind68)."""
    n = k
    k -= 1
    while k > 0 and toks[k].lemma == "ます":
        k -= 1
    if k >= 0 and toks[k].lemma == "心配":
        # 鉄剤による黒い便なので心配ないとのご説明: the clinician's reassurance (blind143), not that the iron is absent; not
        # the writer's or the person's own (鉄剤のせいなら心配ないと思いますが / 本人は…心配ないと言いますが: the session 46
        # review), which leaves the sign unexplained
        return any(t.lemma in ("説明", "診断", "所見", "指摘") for t in toks[n + 1 : n + 6])
    return k >= 0 and toks[k].lemma in _NOT_DENYING


def build(doc: Document) -> Outline:
    sentences = doc.sentences
    content = [i for i, s in enumerate(sentences) if has_content(s)]
    if len(content) < MIN_REPORT_SENTENCES or all(_denied_note(sentences[i]) for i in content):
        return Outline(is_report=False)  # (発熱なし。咳嗽なし。嘔吐なし。: a record's line of pertinent negatives)
    cues = {i: _cues(doc, i) for i in content}

    def names_action(i: int) -> bool:
        """往診, 処方の調整 name an action; ご意見, ご指示 do only with a topic (…について, …か), or
        right after a sentence that puts the question (受診した方がいいのか、判断がつかず連絡しました。
        ご指示いただけますでしょうか。)."""
        if any(not _names_a_time(sentences[i].tokens, m) for m in cues[i].get("action", ())):
            return True
        if _LISTED_BELOW.search(sentences[i].text) and any(
                "action" in cues[k] for k in content if i < k <= i + 4):
            return True  # つきましては、以下2点をお願いできますでしょうか。 / 1. …の開始指示を12月13日までに (blind169)
        before = [k for k in content if k < i]
        if "open-action" not in cues[i]:
            # (or a verb of doing whose object the sentence before names: 診療情報提供書を求められています。12/13までに書いて
            # いただけますでしょうか。, …診療情報提供書が必要と連絡がありました。…あてにご送付いただけますと幸いです: blind175)
            # (a paper, not any action: 受診を予定しています。書いていただけますか asks nothing named: the session 54 review)
            return bool(before) and any(t.lemma in _DOING for t in sentences[i].tokens) and "ask" not in cues[before[-1]] \
                and _PAPER.search(sentences[before[-1]].text) is not None
        return "topic" in cues[i] or (bool(before) and _puts_question(sentences[before[-1]], cues[before[-1]]))

    opening: list[int] = []
    seen_content = 0
    for i in content:
        opening.append(i)
        # (a short line with no predicate, ・11月7日訪問分 or 田中花子様（85歳）。, is content but not yet the message)
        if not _is_frame(sentences[i], cues[i]) and not _unpredicated(sentences[i]):
            seen_content += 1
            if seen_content >= OPENING_CONTENT_SENTENCES:
                break
    # 往診いただけるとのこと、ありがとうございます: what the physician already agreed to is not asked
    # (次回受診まで待ってよい場合はその旨お知らせください: how to answer the ask before it, no ask of its own: blind90)
    # (an ask put off to another time, それもまた今度相談させてください, asks nothing of this letter: blind98)
    deferred = {i for i in content if _deferred(cues[i])}
    requests = [i for i in content if "ask" in cues[i] and not _only_closing(cues[i]) and not _only_arranged(sentences[i], cues[i])
                and i not in deferred and not _quoted_question(sentences[i].tokens, cues[i])
                and not ("reply-by" in cues[i] and not _acts_beside_a_time(sentences[i].tokens, cues[i]))
                and not (i > 0 and "その旨" in sentences[i].text and "ask" in cues.get(i - 1, {}))
                and not (_left_open(cues[i]) and _goes_on_without_asking(i, content, sentences, cues))]
    # 【お願い】①採血のご検討 ②栄養補助食品の処方可否 / お願いしたいこと：／1．外用薬の処方のご指示: items under a
    # request label that name an action are asks, with no verb of asking (blind82, blind83's physicians)
    labels, items = _labelled_asks(doc, content)
    items = [i for i in items if names_action(i) and "arranged" not in cues[i] and not _DONE.search(sentences[i].text)]
    listed_under_label = bool(items)  # the writer put the asks in one place, in order
    if listed_under_label:
        requests = sorted((set(requests) - labels) | set(items))
    # (定期受診時にお返事いただければ十分です says when to reply to the ask before it)
    # a request put first is the purpose unless more asks are added on (あと、それから) or listed (①②)
    # (a bullet that asks is a listed ask too: ・訪問リハビリの指示書をお願いしたいです／・…証明書が欲しいとのこと, blind71;
    # a bullet that does not ask lists details), and a first ask that lists more in itself (意見書をお願いしたいのと、
    # あとお薬が…出してもらえますか) is not one matter either
    one_matter = not requests or not (
        any(_adds_on(sentences[i].tokens) or _NUMBERED.match(sentences[i].text)
            or (i in requests and _LIST_ITEM.match(sentences[i].text)) for i in content if i > requests[0])
        or _listed(sentences[requests[0]].tokens))
    # a sentence that adds one more ask to an ask (…いかがでしょうか。また、…もお願いしたいです) does not say
    # what the report is
    purpose_at = next((i for i in opening if not _adds_to_an_ask(sentences, content, cues, i)
                       and _states_purpose(sentences[i], cues[i], one_matter)), None)
    if purpose_at is None:  # ご相談なんですが、…いただけますか: the purpose leads its ask, later in the report (blind91)
        purpose_at = next((i for i in requests if _LEADS_AN_ASK.match(sentences[i].text.lstrip())
                           or _NAMES_ITS_MATTER.search(sentences[i].text)), None)

    # an ask told for later (意見書をお願いすることになると思います) counts among the asks, but asks nothing now,
    # unless the sentence also asks something now (…お願いする予定ですので、ご都合をお知らせください)
    # (an open ask, ご指示をお願いいたします, after a purpose that names the question, 本日中の受診の要否について
    # ご相談します: the purpose put the question, the deck's order: blind73)
    question_put = purpose_at is not None and "action" in cues[purpose_at] and any(
        t.lemma in _WHETHER for t in sentences[purpose_at].tokens)
    clear = [i for i in requests if (names_action(i) or (question_put and i > purpose_at and "open-action" in cues[i]))
             and not _vague_ask(sentences[i], cues[i]) and not _only_later(cues[i])]
    # the opening that says what the report is (〜について確認させてください) announces the asks after it
    asks = requests[1:] if len(requests) > 1 and requests[0] == purpose_at else requests
    # a fallback for the ask before it (難しい場合は受診先のご指示をお願いします: blind70) is no further matter
    asks = [i for k, i in enumerate(asks) if not (k and (_FALLBACK.match(sentences[i].text.lstrip())
                                                          or _JUDGED_ADD_ON.match(sentences[i].text.lstrip())
                                                          or _ALTERNATIVE.match(sentences[i].text.lstrip())
                                                          or ((_DELIVERY.match(sentences[i].text.lstrip())
                                                               or (_ON_ARRIVAL.match(sentences[i].text.lstrip())
                                                                   and _shares_a_matter(sentences[asks[k - 1]], sentences[i])))
                                                              and not _ALSO.search(sentences[i].text))
                                                          or _how_to_answer(sentences[i].text)
                                                          or (_DEADLINE_LINE.match(sentences[i].text) and not any(
                                                              not _names_a_time(sentences[i].tokens, m) for m in cues[i].get("action", ())))))]
    # one also tied to the only other ask (その際に…も診ていただけると助かります) is part of that ask
    if len(asks) == 2 and _TIED_ADD_ON.match(sentences[asks[1]].text.lstrip()):
        asks = asks[:1]
    # the first ask that says why the letter came (〜をご検討いただきたくご連絡いたしました) announces what a later ask puts
    # again (the same matter named), and an offer that asks nothing itself (〜いただければ、…体制を整えます) asks
    # nothing more: neither is one more matter (blind80)
    kept = [i for k, i in enumerate(asks) if not ((k == 0 and len(asks) > 1 and _announces(sentences[i].tokens)
                                                   and any(_shares_a_matter(sentences[i], sentences[j]) for j in asks[1:]))
                                                  or (_OFFER.search(sentences[i].text) and not _ASK_END.search(sentences[i].text)))]
    asks = kept or asks
    no_reply = any("no-reply" in cues[i] for i in content)
    vague_anywhere = any("vague-request" in cues[i] for i in content)
    if no_reply:
        state = "no-reply-needed"
    elif ((counted := _asks(sentences, [i for i in content if i not in deferred], asks)
                       + _trailing_asks(sentences, content, asks, cues)) >= _UNORDERED_AT
          and not any(_ORDER.search(sentences[i].text) for i in requests) and not listed_under_label
          # (an ask that announces its items below, 次の2点を12/13までにご教示いただけますでしょうか。／1. …／2. …: the writer
          # listed them in one place, blind174's FAX)
          and not any(_LISTED_BELOW.search(sentences[i].text) for i in requests)
          and not _one_main_ask(sentences, asks, counted) and not _one_matter(sentences, asks, counted)
          and not (any(_FIRST.search(sentences[i].text) for i in requests)
                   and not any(_adds_on(sentences[i].tokens) for i in requests[1:]))):
        state = "unordered"
    elif clear:
        state = "clear"
    elif requests or vague_anywhere:
        state = "vague"
    else:
        state = "none"
    phoned = any(_completed(sentences[i], c) and _before_asks(sentences[i], c, cues[i].get("ask", ()))
                 for i in content for c in cues[i].get("phoned", ()))
    # A message (addressed, signed, with a purpose or a request form, or told in sentences) can lack a
    # purpose or a request; a bare record of measurements (体温36.5℃。血圧…。脈拍…。) is not a letter.
    # An unaddressed chat post told in sentences is (blind24, blind25: 今日も足むくんでます。…以上。).
    message = (any({"frame", "purpose", "ask", "vague-request", "no-reply"} & cues[i].keys() for i in content)
               or not all(_measurement(doc, i) for i in content))
    return Outline(
        is_report=True,
        message=message,
        purpose=_passage(sentences[purpose_at]) if purpose_at is not None else None,
        request=state,
        requests=tuple(_passage(sentences[i]) for i in (clear or requests)),
        urgent=tuple(_urgent(doc, content, cues)),
        phoned=phoned,
    )


def _announces(toks: tuple[Token, ...]) -> bool:
    """〜をご検討いただきたく(ご)連絡いたしました: a wish (たく) then being in touch (連絡, FAX, 送付) then する / 致す:
    the letter says why it came."""
    for k, t in enumerate(toks):
        if t.lemma == "たい" and t.cform.startswith("連用形"):
            rest = [u for u in toks[k + 1 : k + 5] if u.norm not in ("、", ",") and u.lemma != "御"]
            if len(rest) >= 2 and rest[0].lemma in _WHY_IN_TOUCH and rest[1].lemma in ("為る", "致す", "差し上げる"):
                return True
    return False


def _shares_a_matter(a: Sentence, b: Sentence) -> bool:
    """Both sentences name the same thing (一包化, 往診, 指示書): a content noun of two characters or more."""
    def nouns(s: Sentence) -> set[str]:
        toks = s.tokens
        out = set()
        for k, t in enumerate(toks):
            if t.pos1 != "名詞":
                continue
            # a noun with the suffixes after it (意見|書 is 意見書, 主治|医 is 主治医: blind173's 主治医意見書…。市から意見書の…)
            j = k + 1
            while j < len(toks) and toks[j].pos1 == "接尾辞" and toks[j].pos2 == "名詞的":
                j += 1
            word = t.lemma + "".join(x.lemma for x in toks[k + 1 : j])
            if len(t.surface) >= 2 and t.lemma not in _FORMAL:
                out.add(t.lemma)
            if j > k + 1 and word not in _FORMAL:
                out.add(word)
        return out
    return bool(nouns(a) & nouns(b))


#: Nouns any ask may use, which name no matter (ご指示, ご検討, 本日, こと).
_FORMAL = frozenset(("指示", "検討", "判断", "相談", "連絡", "願い", "本日", "今日", "事", "こと", "場合", "先生", "可能", "必要",
                     "本人", "受診", "次回", "今後", "状況", "様子", "対応", "要否", "確認", "意見"))


#: What makes 「どうしたらよいか」 open-ended, whatever follows (今後どうしたらよいか、ご指示お願いします: the writers of
#: blind102, 112, 113, 116, 118, 120 and 121 marked it vague; 本日どうしたらよいかご指示ください stays clear).
_FROM_NOW_ON = _regex.lazy(r"今後|その後|其の後")


def _vague_ask(sent: Sentence, per: dict[str, list[Match[Any]]]) -> bool:
    """The sentence asks only vaguely: a vague-request cue, unless it is 「どうしたらよいか」 leading in to
    a named question after it (今後どうしたらよいか、脳外科受診が必要かどうかご指示いただけますか: blind71) or to
    instructions asked outright (どうしたらいいか指示をください: six blind writers of seven marked it clear, a
    tentative 〜ご指示いただければと思います vague; advice, ご助言 / アドバイス, stays vague), or asking what to do with
    a medicine named right before it (インスリンをどうしたらいいか: an action cue over both)."""
    toks = sent.tokens
    # the named question: a か (…必要かどうか) or 要否 / 可否, not any topic (今後について)
    topics = [t for t in per.get("topic", ()) if any(x.norm == "か" or x.lemma in _WHETHER for x in toks[t.first:t.last])]
    outright = not _TENTATIVE.search(sent.text)

    def leads_in(m: Match[Any]) -> bool:
        if m.item.id == "what-next":  # 受診や精神科紹介を含めた今後の対応について, 受診が必要かどうか、今後の対応について:
            # what it covers named before it (含めた, など) or a question put in the sentence (…か, 要否)
            return bool(topics) or any(t.lemma in ("含める", "等", "など") for t in toks[: m.first])
        if m.item.id == "anything-tell":  # 薬の調整が必要かどうか、…何かすることがあれば教えてください: the question put before it
            # (or a yes/no question, 入浴を再開してもよいか、何か注意することがあれば: the session 45 review)
            return any(t.last <= m.first for t in topics) or bool(_YES_NO.search(sent.text[: toks[m.first].start - sent.start]))
        if m.item.id == "what-do-you-think":  # ショートステイを利用してよいか、先生はどう思われますか: the question named before
            before = sent.text[: toks[m.first].start - sent.start]
            return any(t.last <= m.first for t in topics) or bool(_NAMED_BEFORE.search(before))
        return m.item.id == "how-should-we" and (
            any(t.first >= m.last for t in topics)
            # the medicine it asks about named before it (今日のインスリンをどうしたらいいか教えてください: blind96)
            or any(a.first < m.first and a.last >= m.last for a in per.get("action", ()))
            or (outright and not _FROM_NOW_ON.search(sent.text[: toks[m.first].start - sent.start])
                and any(a.first >= m.last and any(t.lemma == "指示" for t in toks[a.first:a.last])
                        for a in per.get("open-action", ()))))

    return any(not leads_in(m) for m in per.get("vague-request", ()))


#: A matter or a question named before an ask for the physician's view (〜ことについて、, 〜か、, 〜と思いますか、): its か、 takes
#: every yes/no question of :data:`_YES_NO` too.
_NAMED_BEFORE = _regex.lazy(r"について|に関して|に関する|の件|か[、,]")
#: A yes/no question put to the physician (〜てもよいか、, 続けてよいか、, 大丈夫か、).
_YES_NO = _regex.lazy(r"(?:よい|良い|いい|宜しい|大丈夫|必要|可能)(?:の|ん)?(?:でしょう)?か[、,]")


#: The predicates of a wish or an ask before の (お願いしたいのと, 出してほしいのと).
_WISHING = frozenset(("たい", "欲しい", "願う", "貰う", "頂く", "下さる"))


#: An ask that points to what is listed below it (以下2点をお願いできますでしょうか, 下記の件, 以下について…ご返信いただけますと
#: 幸いです: blind260's FAX): its items say what is asked.
_LISTED_BELOW = _regex.lazy(r"(?:以下|下記|次)の?(?:[0-9０-９一二三四五六]点|点|件|こと|事項|内容)|(?:以下|下記)(?:について|につき|に関して)")
#: Words of a question put for a decision (受診の要否, 往診の可否); not 是非, UniDic's lemma of the adverb ぜひ too.
_WHETHER = frozenset(("要否", "可否"))


#: A request made tentative (〜いただければと思います, 〜いただけたらと存じます): an ask that does not ask outright.
_TENTATIVE = _regex.lazy(r"(?:ば|たら)と(?:思|存)")


#: The most tokens a line of a bare record has (体温36.5℃。 / 血圧 132/78mmHg。).
_RECORD_LINE = 8


def _measurement(doc: Document, i: int) -> bool:
    """Sentence ``i`` is a line of a bare record: short, with a measured value."""
    return len(doc.sentences[i].tokens) <= _RECORD_LINE and any(e.kind == "quantity" for e in doc.elements[i])


def first_content_sentence(doc: Document) -> int | None:
    """The first sentence that is not frame (addressee, greeting, self-introduction, header)."""
    return next((i for i, s in enumerate(doc.sentences) if has_content(s) and not _is_frame(s, _cues(doc, i))
                 and not is_self_introduction(doc, i)), None)


def request_sentences(doc: Document) -> list[int]:
    """Every sentence that asks the physician something (a request form that is not only a closing
    formula), clear or not: VC703 reads them for a reply asked for today."""
    return [i for i, s in enumerate(doc.sentences) if has_content(s) and "ask" in (per := _cues(doc, i)) and not _only_closing(per)]


#: Pseudo phrases whose words are no red flag's (元の1日2回に戻して: a dose put back, not a vomit).
_NOT_A_SIGN = frozenset(("put-back",))


def is_frame(doc: Document, i: int) -> bool:
    """Whether sentence i is frame (addressee, greeting, self-introduction, header, closing) or empty."""
    return not has_content(doc.sentences[i]) or _is_frame(doc.sentences[i], _cues(doc, i))


def is_addressee(doc: Document, i: int) -> bool:
    """Whether sentence i is the addressee line (〇〇クリニック 佐藤先生, 地域連携室御中): names, never an
    observation of the patient (なかゆくい内科クリニック 比嘉先生 names no itch)."""
    per = _cues(doc, i)
    # (a sender's line only when nothing is told on it: 報告者：訪問介護 田中 昨夜から元気がなく… is the report's line: the
    # session 25 review)
    return not ("purpose" in per or "action" in per) and any(
        m.item.id in _ADDRESSEE and (m.item.id != "sender-field" or _unpredicated(doc.sentences[i], _FIELD_LINE_LEN))
        for m in per.get("frame", ()))


#: A subject line's label (件名：, 【件名】, Re:): the line names the matter; the body gives its facts.
_SUBJECT = _regex.lazy(r"[\s\ufeff【\[（(■□◆◇●○・＜<〈]*(?:件名|表題|題名|タイトル|subject|re|fw|fwd)\s*(?:[】\]）)＞>〉]\s*[:：]?|[:：])",
                      re.IGNORECASE)


def is_subject_line(doc: Document, i: int) -> bool:
    """Whether sentence i is a message's subject line (件名：息切れ・体重増加の報告と往診のお願い): it names the matter,
    and its words are no observation lacking figures nor a vague word (blind74-75: the physicians rated findings on a
    subject line false alarms; the body gives the facts).  The outline still reads it for the purpose."""
    sent = doc.sentences[i]
    if _SUBJECT.match(sent.text):
        return True
    # 【ご相談・至急】山本 正男様（82歳）心不全 体重増加と息切れ: a title line in a purpose bracket, with no predicate, first
    # in the message (blind85's physician: "title word; the body already gives SpO2 92%, orthopnea and vitals")
    toks = sent.tokens
    if not (i < 2 and bool(_TITLE.match(sent.text)) and not sent.text.rstrip().endswith("。")
            and not any((t.pos1 == "動詞" and not _verb_as_noun(toks, k)) or t.pos1 == "助動詞"
                        or (t.pos1 == "形容詞" and not _nominalised(toks, k)) for k, t in enumerate(toks))):
        return False
    # (an adjective made a noun by さ/み, 息苦しさ増悪, is a title's noun when the body tells it again and the title says
    # nothing of when or how often: blind113; 最近の息苦しさと時々の胸の痛み is read as any line is: the session 38 review)
    made = {t.lemma for k, t in enumerate(toks) if t.pos1 == "形容詞" or (t.pos1 == "動詞" and _verb_as_noun(toks, k))}
    if any(t.pos1 == "動詞" and k and toks[k - 1].norm == "が" for k, t in enumerate(toks)):
        return False  # 食事量が減り体重減少: a verb with its own subject is a predicate (the session 47 review)
    return not made or (not any("副詞" in t.tag for t in toks) and all(
        any(t.lemma == lemma for later in doc.sentences[i + 1:] for t in later.tokens) for lemma in made))


def _verb_as_noun(toks: Sequence[Token], k: int) -> bool:
    """Whether the verb at k is a noun in its 連用形 (むせ|込み|後|の発熱, ふらつき・…): a title's noun, not its predicate
    (blind142's good report: 【至急ご相談】食事中のむせ込み後の発熱・湿性咳嗽)."""
    while k < len(toks) and toks[k].pos1 == "動詞" and toks[k].cform.startswith("連用形"):
        k += 1
    return k < len(toks) and (toks[k].pos1 in ("名詞", "接尾辞") or toks[k].surface in ("の", "と", "や", "・", "（", "("))


def _nominalised(toks: Sequence[Token], k: int) -> bool:
    """Whether the adjective at k is made a noun by the suffix after it (息苦し|さ, 痛|み)."""
    return (toks[k].pos1 == "形容詞" and k + 1 < len(toks) and toks[k + 1].pos1 == "接尾辞"
            and toks[k + 1].surface in ("さ", "み"))


#: A title's purpose bracket: 【ご相談・至急】, 【報告】, ■依頼■.
_TITLE = _regex.lazy(r"\s*[【■\[]\s*(?:ご|御)?(?:相談|報告|依頼|連絡|お願い|至急|緊急)[^】■\]]{0,12}[】■\]]")


#: A form's field naming the person: the label, a name, 様/さん, then at most one bracket (age, care level, diagnoses).
_PATIENT_FIELD = _regex.lazy(r"[\s\ufeff【\[■□◆◇●○・]*(?:ご?利用者|氏名|患者|対象者)\s*(?:[】\]]\s*[:：]?|[:：])\s*"
                            r"[^\s（(、。，,：:]{1,8}(?:[ 　][^\s（(、。，,：:]{1,8})?\s*(?:様|さん|氏|殿)?\s*"
                            r"(?P<bracket>[（(][^）)]*[）)])?\s*$")
#: What a bracket of the person's field must not hold: words of a present state or its course.
_NOT_ON_FILE = _regex.lazy(r"最近|近頃|この頃|昨日|今朝|本日|今日|から|頃|ごろ|増強|増加|減少|低下|悪化|出現|あり|なし|多い|少ない")


def is_patient_field(doc: Document, i: int) -> bool:
    """Whether sentence i is a form's field naming the person, with their age and diagnoses in one bracket
    (利用者：沼尾 キン 様（83歳、2型糖尿病・両下肢浮腫）): the diagnoses are the person's history on file, no
    observation lacking its onset (blind82's physician: "part of the diagnosis line").  Only the label, a name and
    the bracket: a field that goes on (利用者：沼尾様　最近、食事量が少し減少) or a bracket that tells a present state
    (（最近食欲が落ちている）, 昨日から…増強) is read as any line is (the session 23 review)."""
    m = _PATIENT_FIELD.match(doc.sentences[i].text)
    return bool(m) and not (m.group("bracket") and _NOT_ON_FILE.search(m.group("bracket")))


def is_self_introduction(doc: Document, i: int) -> bool:
    """Whether sentence i only says who writes (居宅介護支援事業所ぽぷらの介護支援専門員、丸山です): an office's
    name is never a vague word (ぽぷら is no 〜っぽい: blind72 physician rating). Nothing else may be in it: no
    purpose, ask or action, no observation or red flag (but one that begins the office's name, せきの里: _office_name), and it ends in です, でございます or と申します, or it is a
    line of its own that ends in a person's name (a signature: くらぶち ぶち is no 〜ぶち: blind84's physician)."""
    per = _cues(doc, i)
    toks = doc.sentences[i].tokens
    # (a signature that names the office by 居宅 alone, あおば居宅　山田, is one too; 居宅 in a sentence is no office)
    if not (any(m.item.id in _SELF_INTRODUCTION for m in per.get("frame", ()))
            or (_office_signature(doc.sentences[i]) and not doc.entries[i])) or per.keys() - {"frame"}:
        return False
    # (a bare signature, no particle in it, names only an office and a person: 居宅介護支援事業所 せきのした 介護支援専門員 岩渕
    # 千春 tells no cough, blind150)
    # (nor one that names the office by its kind, whatever UniDic makes of its kana name: せき|の|し|た)
    text = doc.sentences[i].text.strip()
    bare = (_signature(toks) and not any(t.pos1 == "助詞" for t in toks)) or (
        bool(toks) and toks[-1].pos3 == "人名" and len(text) <= 40 and not any(c in text for c in "、。,")
        and _OFFICE_KIND.search(text) is not None)
    if not bare and (any(not _office_name(toks, m) for m in doc.observations[i]) or any(
            isinstance(m.item, UrgentSign) and not _office_name(toks, m) for m in doc.report[i])):
        return False
    words = [t for t in toks if t.pos1 not in ("補助記号", "空白")]
    return bool(words) and (words[-1].lemma in ("です", "御座る", "ござる") or (
        len(words) > 1 and words[-1].lemma == "申す" and words[-2].norm == "と") or _signature(toks) or bare
        or (_office_signature(doc.sentences[i]) and not doc.entries[i]))  # (居宅訪問時 最近元気なし is a record's line)


#: The cues that say who writes (a name alone: 安田です).
_SELF_INTRODUCTION = frozenset(("self-introduction", "self-introduction-name"))


#: The particles that end an office's name read backwards from a word (センターで咳, 事業所から咳).
_CASE_MARKS = frozenset(("が", "を", "に", "で", "は", "も", "から", "へ", "と", "より"))
#: The last word of an office's or a home's name (せきの里, いたみ中央診療所).
_FACILITY = frozenset(("里", "苑", "園", "荘", "郷", "ホーム", "クリニック", "診療所", "病院", "医院", "事業所", "センター",
                       "ステーション", "居宅"))


def _office_name(toks: tuple[Token, ...], m: Match[Any]) -> bool:
    """An observation word that begins an office's name (せきの里 ケアマネジャーの林です: せき is the town of 関, no cough:
    blind102's physician): nouns, joined by の at most, up to a facility's word, within four tokens."""
    for k in range(m.last, min(len(toks), m.last + 4)):
        if toks[k].lemma in _FACILITY or toks[k].surface in _FACILITY:
            return True
        if not (toks[k].pos1 in ("名詞", "接尾辞") or toks[k].norm == "の"):
            break
    # (or ends a name that a facility's word opens, written on with no space: 居宅介護支援事業所しものせき names no cough:
    # blind123's signature)
    # (not across a case or topic particle: 居宅介護支援センターで咳 tells a cough)
    k = m.first
    while k > 0 and m.first - k < 5 and toks[k - 1].pos1 not in ("補助記号", "空白") and toks[k - 1].norm not in _CASE_MARKS:
        k -= 1
    return any(word in "".join(t.surface for t in toks[k : m.first]) for word in _FACILITY)


def _signature(toks) -> bool:
    """A signature line (居宅介護支援事業所 くらぶち　介護支援専門員 吉田 智子): it ends in a person's name, with no
    comma and no verb, adjective or case particle in it (not ・デイより、最近元気がないとの報告あり 佐藤, a record's
    line signed by its writer)."""
    return (bool(toks) and toks[-1].pos3 == "人名"
            and not any(t.pos1 in ("動詞", "形容詞") or t.surface in ("、", ",", "，", "が", "を") for t in toks))


def _office_then_name(toks) -> bool:
    """The line opens with the office's kind and ends in a name: a proper noun, or a noun after a space (小山, which UniDic
    may read as a small hill)."""
    return (bool(toks) and _OFFICE_KIND.match("".join(t.surface for t in toks)) is not None and toks[-1].pos1 == "名詞"
            and (toks[-1].pos2 == "固有名詞" or len(toks) > 1 and toks[-2].end < toks[-1].start)
            and not any(t.pos1 in ("動詞", "形容詞") or t.surface in ("、", ",", "，", "が", "を") for t in toks))


def is_signature(doc: Document, i: int) -> bool:
    """Sentence i is a line of its own that signs the letter (ケアマネ　岩城, 介護支援専門員 吉田 智子): no observation, red
    flag, purpose or ask in it (:func:`_signature`)."""
    sent = doc.sentences[i]
    per = _cues(doc, i)
    toks = [t for t in sent.tokens if t.pos1 not in ("空白", "補助記号")]
    # (or a role, then a proper noun UniDic may read as a place, ケアマネ 岩城: blind148)
    # (or a line that opens with the office's kind and ends in a surname UniDic reads as a place or a noun, ケアプランセンター
    # 杜の風　小山: blind190's packet, where the request's finding stood at the signature; no observation in it, 事業所内 転倒)
    # (or a form's field for who wrote it, 記入：ケアマネ　相楽: blind255's packet, where the request's finding stood at it)
    # (its 記入 is read as an action: the field's label only)
    field = _WRITER_FIELD.match(sent.text.strip()) is not None
    signed = _signature(sent.tokens) or _office_then_name(sent.tokens) or field or (
        len(toks) <= 4 and bool(toks) and toks[-1].pos2 == "固有名詞"
        and any(m.item.id in _SELF_INTRODUCTION for m in per.get("frame", ()))
        and not any(t.pos1 in ("動詞", "形容詞", "助詞", "助動詞") for t in toks))
    return (signed and not doc.same_line(i) and not (i and doc.same_line(i - 1))
            and not doc.observations[i] and not any(isinstance(m.item, UrgentSign) for m in doc.report[i])
            and not (per.keys() - ({"frame", "action"} if field else {"frame"})))


#: A form's field for who wrote it, with the writer's role and name only (記入：ケアマネ　相楽, 担当: 介護支援専門員 山田; not
#: 記入：娘さん 眠剤希望, an ask: the second review).
_WRITER_FIELD = _regex.lazy(r"(?:記入|記載|作成|担当|報告者|文責|送信者|発信者)(?:者)?\s*[：:]\s*(?!.*(?:希望|依頼|願|要|薬|受診|往診|相談))"
                            r"(?:ケアマネ(?:ジャー)?|介護支援専門員|CM)?"
                            r"[\s　]*[^\s　、。,.：:]{1,6}(?:[\s　]+[^\s　、。,.：:]{1,6})?\s*$")


#: The kind of office a signature names (居宅介護支援事業所, ケアプランセンター, 介護支援専門員).
_OFFICE_KIND = _regex.lazy(r"事業所|ケアプランセンター|支援センター|介護支援専門員|居宅")


def _office_signature(sent: Sentence) -> bool:
    """A short line that signs with an office named by 居宅 (あおば居宅　山田, ・森田（かしはら居宅）; UniDic often reads the
    office's kana name as a verb): no comma or period and no case or topic particle (not 居宅での生活は…, 居宅に戻られて)."""
    text = sent.text.strip()
    return ("居宅" in text and len(text) <= 20 and not any(c in text for c in "、。,")
            and not any(t.pos1 == "助詞" and t.pos2 in ("格助詞", "係助詞") for t in sent.tokens))


#: The frame cues that name whom the letter is for.
_ADDRESSEE = frozenset(("addressee", "addressee-field", "sender-field"))


#: A note this short that ends in a negation (発熱なし。) is a pertinent negative of a record, not a report's sentence.
_NOTE = 12


def _qualified_last(toks, m: Match[Any], b: int) -> bool:
    """From the end of sign ``m`` to the negation at ``b`` stands only the list's last item, a noun its own short clause
    qualifies (息切れ、夜間の呼吸苦、尿が出ない時間帯はありません: blind142's good report): the negation is the list's."""
    return m.last < b and qualified_item_end(toks, m.last, b, m.first) > m.last


def _denied_note(sent: Sentence) -> bool:
    """A short record note ending in a negation (発熱なし, 嘔吐無し, 咳嗽認めず)."""
    words = [t for t in sent.tokens if t.pos1 not in ("補助記号", "空白")]
    return len(sent.text.strip()) <= _NOTE and bool(words) and words[-1].lemma in _DENIES


def has_content(sent: Sentence) -> bool:
    """Anything but punctuation and white space."""
    return any(t.pos1 not in ("補助記号", "空白") for t in sent.tokens)


def _cues(doc: Document, i: int) -> dict[str, list[Match[Any]]]:
    """Sentence i's ``[[cues]]`` matches by kind, each where its ``position`` allows (kept in ``doc.cues``: not to be
    changed by the reader)."""
    per = doc.cues.get(i)
    if per is not None:
        return per
    per = doc.cues[i] = {}
    quoted = doc.quotes[i] if doc.quotes else ()
    toks = doc.sentences[i].tokens
    for m in doc.report[i]:
        if isinstance(m.item, Cue) and in_position(doc.sentences[i], m):
            if m.item.kind in _NOT_QUOTED and any(a <= toks[m.first].start < b for a, b in quoted):
                continue  # 本人「電動のベッドが欲しか」, 施設から「一包化してほしい」と: someone else's wish, not the writer's ask
            if m.item.kind == "ask" and _told_on(toks, m.last):
                continue  # 水分はとってくださいとお伝えしてきました: what the writer told the family, not an ask
            if m.item.kind == "ask" and _musing(toks, m.last):
                continue  # マットも変えたほうがええんかなぁ。: the writer wondering aloud, not a question put (blind130)
            if m.item.kind == "ask" and _asked_before(toks, m.last):
                continue  # 福祉用具屋さんにお願いしときました, 全員そろいそうで助かりました: done or thanked (blind182)
            if m.item.kind == "ask" and _you_know(toks, m):
                continue  # 先月肺炎で入院してたじゃないですか、: a reminder of what the reader knows, not a question (blind186)
            per.setdefault(m.item.kind, []).append(m)
    return per


def _you_know(toks, m: Match[Any]) -> bool:
    """〜たじゃないですか / 〜たではないですか with a comma after it: the speaker reminds the reader of something both know
    (先月肺炎で入院してたじゃないですか、退院してからは…), a turn of talk, not a question put; 〜じゃないですか？ and one
    that ends its sentence may still ask (肺炎じゃないですか？)."""
    k = m.first
    # (after a past た only, 入院してたじゃないですか、: not 再発じゃないですか、先生 or 診てもらった方がいいんじゃないですか、
    # — a question or a suggestion with a comma after it, the session 56 review)
    return (k >= 3 and toks[k].norm == "です" and toks[k - 1].lemma == "無い" and toks[k - 2].norm in ("じゃ", "では")
            and toks[k - 3].lemma == "た" and m.last < len(toks) and toks[m.last].norm in ("、", ","))


def _musing(toks, last: int) -> bool:
    """A question of the nominaliser (〜のか, 〜んか) closed by な / なあ / なぁ with no question mark after it
    (〜ええんかなぁ。, 〜いいんかな、と): the writer wondering aloud; 〜いいんかな？ puts the question to the reader
    (blind120), and a negative's ん asks a favour (減らせんかな, 出してもらえんかな〜と思っちょります: blind77, blind112)."""
    # (the nominaliser after an attributive form, ええんか; UniDic reads a negative's ん as one too, 減らせんか, ならんか,
    # after a form that is not attributive)
    if not (2 < last < len(toks) and toks[last - 1].norm == "か" and toks[last - 2].pos2 == "準体助詞"
            and toks[last - 3].cform.startswith("連体形") and toks[last].pos2 == "終助詞" and toks[last].lemma == "な"):
        return False
    # (not put to the physician: 先生 named, a question mark or a plain ask after it, a favour asked, 出してもらえるんかなぁ,
    # or leave asked, 増やしてもええんかなぁ: the session 42 review)
    if any(t.norm in ("？", "?") or t.lemma in ("教える", "下さる", "先生") for t in toks[last:]) or any(
            t.lemma == "先生" for t in toks[:last]):
        return False
    if toks[last - 3].lemma in _FAVOUR or (last >= 5 and toks[last - 4].norm == "も" and toks[last - 5].norm == "て"):
        return False
    return True


#: The last words of an ask's forms that, told in the past, say it was made or thanked for (お願いしました, 助かりました).
_ASKED_BEFORE = frozenset(("助かる", "願う", "為る", "致す", "申し上げる", "頼む"))
#: What may stand between them and the past: する, a dialect's ておく (しとき), ます.
_BEFORE_PAST = frozenset(("為る", "とく", "置く", "て", "ます", "致す"))


def _asked_before(toks, last: int) -> bool:
    """An ask's form told in the past as a thanks (全員そろいそうで助かりました), as an arrangement made (福祉用具屋さんに
    お願いしときました, お願いしておきました) or as an ask made of a named third party (受付の人に伝えてもらうようにお願いしました:
    blind196, whose reception was asked to pass a message on; :data:`_THIRD_PARTY`): not a request to the reader; not 〜たら
    (お願いできたら, a condition), nor a plain お願いしました, which a renewed ask may point back to (前回お願いしましたが、…再度
    お願いできますでしょうか: the second review), or which asks the physician through the clinic (受付でお願いしました,
    お電話で往診をお願いしました: the session 57 review)."""
    if not last or toks[last - 1].lemma not in _ASKED_BEFORE:
        return False
    k = last
    while k < len(toks) and toks[k].lemma in _BEFORE_PAST:
        k += 1
    if not (k < len(toks) and toks[k].lemma == "た" and not toks[k].cform.startswith("仮定形")):
        return False
    if toks[last - 1].lemma != "助かる" and not any(t.lemma in ("とく", "置く") for t in toks[last:k]) and not _of_a_third_party(toks, last):
        return False
    # (told as the sentence's or clause's predicate: not 先月お願いした意見書, a relative clause, nor Kyushu お願いしたか
    # です, たか for たい)
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or (after.pos1 in ("補助記号", "助詞", "助動詞") and after.norm != "か")


#: Verbs of the writer telling someone something (〜してくださいとお伝えしました, 〜するようにと説明しました); not 言う or
#: 話す, which relay a family's ask as often as they tell one (〜してほしいと言われました is an ask to the physician).
_TOLD_ON = frozenset(("伝える", "説明", "指導", "声掛け", "声かけ", "頼む", "勧める"))


def _told_on(toks, last: int) -> bool:
    """An ask followed by と and a verb of telling (水分はとってくださいとお伝えしてきました, 〜してねと言いました):
    reported, unquoted, as what the writer told another (blind76: the family told to drink)."""
    j = last
    while j < len(toks) and toks[j].lemma in ("ます", "ね", "よ", "な"):
        j += 1
    if j + 1 >= len(toks) or toks[j].norm != "と" or toks[j].pos1 != "助詞":
        return False
    k = j + 2 if toks[j + 1].norm in ("お", "ご", "御") and j + 2 < len(toks) else j + 1
    passive = any(t.lemma in ("れる", "られる") for t in toks[k + 1 : k + 4])  # 〜とお伝えいただく / 伝えられた: not the writer
    return toks[k].lemma in _TOLD_ON and not passive


#: Cue kinds that are the writer's own only outside a quotation: an ask, a vague request, an action asked for.
_NOT_QUOTED = frozenset(("ask", "vague-request", "open-action"))


#: Frame cues whose line stays frame whatever action its words name: an addressee, a form's title.
_TITLE_FRAMES = frozenset(("addressee", "form-title", "form-title-dated"))


def _is_frame(sent: Sentence, per: dict[str, list[Match[Any]]]) -> bool:
    """Addressee, greeting, self-introduction, header, closing or a label line, unless it also
    states the purpose or names an action (【目的】往診のお願い); a minutes' attendee field is a header
    whatever action its names make up (出席：ご本人、…)."""
    if "purpose" in per:
        return False
    if "action" in per:  # who attended is a header, whatever its value names (出席：ご本人、長女、…: blind70)
        # (an addressee line with no predicate names a department, 脳神経内科 外来担当医 御侍史: blind73; a form's
        # title names 至急 and 連絡, 【至急】医療・介護連携連絡票　2024/11/30 8:50: blind82)
        return bool(_ATTENDEES.match(sent.text.lstrip())) or (
            any(m.item.id in _TITLE_FRAMES for m in per.get("frame", ())) and not any(
                t.pos1 in ("動詞", "助動詞") for t in sent.tokens))
    return "frame" in per or _label_line(sent)


#: Brackets that hold a title at the start of a line (【件名】, ■依頼■): the title ends at the first closing one.
_TITLE_OPEN = ("【", "■", "[", "［")
_TITLE_CLOSE = frozenset(("】", "■", "]", "］"))
#: A subject line's label before its bracketed title (件名：【ご確認のお願い】…: blind185's FAX).
_SUBJECT_LABEL = _regex.lazy(r"\s*(?:件名|表題|題名|用件|タイトル)\s*[:：]?\s*")


def _after_label(text: str) -> str:
    """The line after a subject line's label (件名：), or the whole line."""
    label = _SUBJECT_LABEL.match(text)
    return text[label.end():] if label else text


def in_position(sent: Sentence, m: Match[Any]) -> bool:
    """A cue with a ``position`` counts only where it begins / ends / fills the sentence,
    brackets and punctuation aside (佐藤先生 at the end of an addressee line, 【利用者】 at the start)."""
    where = getattr(m.item, "position", None)
    if where is None:
        return True
    toks = sent.tokens
    first = next((k for k, t in enumerate(toks) if t.pos1 not in ("補助記号", "空白")), None)
    if first is None:
        return False
    last = next(k for k in range(len(toks) - 1, first - 1, -1) if toks[k].pos1 not in ("補助記号", "空白"))
    starts, ends = m.first <= first, m.last > last
    purpose = getattr(m.item, "kind", None) == "purpose"
    # (a title in brackets that opens the line ends there: 【本日受診のご判断のお願い】尿が出ていません。: blind89)
    # (a purpose's cue only: 【山田様】昨夜から… is no addressee line, 【11月20日】山田様が… no date line: the session 25 review)
    ends = ends or (purpose and m.last < len(sent.tokens) and sent.tokens[m.last].surface in _TITLE_CLOSE
                    and _after_label(sent.text).lstrip().startswith(_TITLE_OPEN)
                    and sent.text.find(sent.tokens[m.last].surface) ==
                    sent.tokens[m.last].start - sent.start)
    # (a label that opens the line, then a full-width space or a colon and the matter: ご依頼　お薬の処方日数について,
    # 報告：転倒の件: blind260's FAX)
    # (a report's, consultation's or request's label only, and a matter named without a predicate: not 緊急連絡：長男様,
    # お問い合わせ　03-…, ご確認：済, ご報告　遅くなり申し訳ありません: the session 64 review)
    after = toks[m.last - 1].end - sent.start
    ends = ends or (purpose and starts and sent.text[after : after + 1] in _LABEL_BREAK
                    and any(toks[k].lemma in _LABELS for k in range(m.first, m.last))
                    and not any((t.pos1 in ("動詞", "助動詞", "形容詞") and t.lemma not in _ABOUT) or t.pos2 == "数詞"
                                for t in toks[m.last:]))
    return starts if where == "start" else ends if where == "end" else starts and ends


#: What ends a label that opens a line before its matter (ご依頼　…, 報告：…).
_LABEL_BREAK = ("　", "：", ":")
#: The labels that may open a line before their matter.
_LABELS = frozenset(("報告", "相談", "依頼", "知らせ"))
#: The verbs of について / に関して, which name a matter, no predicate.
_ABOUT = frozenset(("付く", "就く", "つく", "関する", "対する"))


#: する and its humble forms, as a purpose noun's predicate (ご報告いたします).
_DO = ("致す", "為る", "申し上げる")


def _named_predicate(sent: Sentence, m: Match[Any]) -> bool:
    """The purpose word is what the sentence is, a noun with its copula or a present-tense する
    (救急搬送についてのお知らせです。 / 本日の救急搬送についてご報告いたします。): a call named before
    it is the report's subject, not the call that carried it (お電話でご報告しました is the call)."""
    rest = [t.lemma for t in sent.tokens[m.last:] if t.pos1 not in ("補助記号", "空白")]
    last = sent.tokens[m.last - 1]
    closing = sent.text.find("】")
    if sent.text.startswith("【") and closing > 0 and last.end - sent.start <= closing:
        return True  # a heading in brackets names the report: 【救急搬送のご報告とお願い】
    if last.lemma in ("です", "でござる") and m.last - m.first > 1:  # the pattern took the copula: ご報告|です
        return rest == []
    if last.lemma in _DO:  # the pattern took the する: ご報告|いたし + ます
        return rest in ([], ["ます"])
    return last.pos1 == "名詞" and (rest in ([], ["です"], ["でござる"]) or (
        len(rest) <= 2 and rest[:1] in ([d] for d in _DO) and rest[1:] in ([], ["ます"])))


#: Verbs of thinking or seeing that make a later pain a feeling (思うと胸が痛い, 顔を見るたび胸が痛む).
_FEELING_VERBS = frozenset(("思う", "考える", "見る", "聞く", "思い出す"))


#: Verbs of visiting that make a later pain the writer's feeling with たび (行くたびに胸が痛みます).
_VISIT_VERBS = frozenset(("行く", "会う", "訪問", "伺う", "訪ねる"))


def _thinking_of(toks, first: int) -> bool:
    """The red flag follows 思うと / 考えると in its clause (息子のことを思うと胸が痛い), or a situation as its
    subject (母ちゃんを一人にしとくのは胸が痛む): a feeling."""
    if first >= 2 and toks[first].lemma == "胸" and toks[first - 1].norm == "は" and toks[first - 2].lemma in ("の", "事"):
        return True
    # 大野さんのお宅のことで、ちょっと胸が痛むことがありまして: a matter that pains the writer (blind101)
    j = first - 1
    while j > 0 and (toks[j].norm in ("、", ",") or toks[j].pos1 == "副詞"):
        j -= 1
    ache = next((k for k in range(first + 1, min(first + 3, len(toks))) if toks[k].lemma == "痛む"), None)
    if (toks[first].lemma == "胸" and j >= 1 and toks[j].norm == "で" and toks[j - 1].lemma == "事" and ache is not None
            and ache + 1 < len(toks) and toks[ache + 1].lemma in ("事", "思い")):
        return True  # (the idiom's 痛むこと / 痛む思い; not 胸が痛いと言われました, 胸が痛むと言って: the session 30 review)
    ends_on_it = toks[first].lemma == "胸" and _feeling_ends_it(toks, first)
    if (ends_on_it and first >= 2 and toks[first - 1].norm in ("、", ",") and toks[first - 2].norm == "て"
            and _watching_a_situation(toks, first - 2, heard_before=True)):
        return True  # 奥様が泣いておられるのを見て、胸が痛みました
    for k in range(first - 1, 0, -1):
        if toks[k].norm in ("、", ",", "。"):
            return False
        if toks[k].lemma in ("と", "たら", "ば", "度", "たび") and toks[k - 1].lemma in _FEELING_VERBS:
            return True
        if toks[k].lemma in ("度", "たび") and toks[k - 1].lemma in _VISIT_VERBS:
            return True  # 行くたびに胸が痛みます: the writer's feeling at each visit
        if (toks[k].norm == "て" and toks[first].lemma == "胸"
                and _watching_a_situation(toks, k, heard_before=ends_on_it)
                and not any(t.lemma in _SUDDEN_TEXT for t in toks[k:first])):
            return True  # 母が弱っていくのを見ていて胸が痛む: the chest's ache at what is seen, a feeling (blind98); not
            # 孫が遊んでいるのを見ていて急に胸が痛いと (the session 29 review)
    return False




def _feeling_ends_it(toks, first: int) -> bool:
    """The sentence ends on the ache that begins at ``first`` (…のを見て、胸が痛みました): the writer's own feeling.  Told
    on (…胸が痛くなったと話されています, …とのことです, …そうです, …と訴えがありました), or with ご本人 named before it, it
    is the person's symptom, whatever they were watching when it came (the session 35 reviews)."""
    if any(t.lemma == "本人" for t in toks[:first]):
        return False
    p = next((j for j in range(first + 1, len(toks)) if toks[j].pos1 in ("動詞", "形容詞")), None)
    return p is not None and ends_the_sentence(toks[p + 1 :])


def _watching_a_situation(toks, k: int, heard_before: bool = False) -> bool:
    """Token ``k`` is the て of a verb of seeing, hearing or thinking (``_FEELING_VERBS``) whose object is a situation
    (…のを見て, …ことを考えていて), or, with ``heard_before`` (the caller found the sentence ending on the feeling), that
    opens its clause after a comma: what the clause before told (…そうで、聞いていて)."""
    j = k - 1
    if j >= 2 and toks[j].lemma in ("居る", "いる") and toks[j - 1].norm == "て":
        j -= 2  # 見|て|い|て
    elif j >= 1 and toks[j].lemma in ("とる", "てる", "ちょる") and toks[j].pos1 == "助動詞":
        j -= 1  # 聞い|とっ|て (Chugoku speech: blind104)
    # (or a talk heard: 話を聞いとって胸が痛みました, the writer's feeling at the person's words: blind104; or what the
    # clause before told, heard: …出て行ってしまったそうで、聞いていて胸が痛みました, blind109's physician)
    return (j >= 2 and toks[j].lemma in _FEELING_VERBS and toks[j - 1].norm == "を"
            and (toks[j - 2].norm in ("の", "ん") or toks[j - 2].lemma == "事"
                 or (toks[j].lemma == "聞く" and toks[j - 2].lemma in ("話", "お話")))) or (
        heard_before and j >= 1 and toks[j].lemma in _FEELING_VERBS and toks[j - 1].norm in ("、", ","))


#: The negation cue of a symptom gone (治まった, 止まった): its own ない (止まらない) says it goes on.
_RESOLVED = "resolved"
#: Tohoku 〜ぐね (痛ぐね = 痛くない), which denies only the sign whose last word it closes.
_GUNE = "tohoku-gune"


def _negates_a_resolution(toks, first: int, unresolved: set[int]) -> bool:
    """The negation at ``first`` is the ない of a resolution just before it (止まら|ない, 止まり|ませ|ん)."""
    return any(first == e or (first > e and all(t.lemma == "ます" for t in toks[e:first])) for e in unresolved)


def _goes_on(toks, m: Match[Any]) -> bool:
    """The purpose word's predicate links by て to more (相談し|て、): what the writer did, not what the report is."""
    k = m.last
    while k < len(toks) and toks[k].lemma in _DO:
        k += 1
    # (or by たら: 先生から説明があったことをお伝えしたら、安心されていました tells what happened then: blind101)
    # (or, a consultation with others, by a comma or ながら: ご家族とも相談し、訪問看護を入れることにいたしました, ヘルパーさんとも
    # 相談しながらやっています: blind180 and blind182; not with the physician, 先生とご相談しながら…ご連絡いたしました, nor a
    # call told, お電話でご報告し、ご指示をいただきました: the session 55 review)
    # (the partner named by と / とも right before 相談: not the humble ご相談し、ご指示を仰ぎたく, which is the physician's:
    # the second review)
    consulted = any(toks[j].lemma == "相談" and (toks[j - 1].surface in ("と", "とも") or (
        j > 1 and toks[j - 1].surface == "も" and toks[j - 2].surface == "と"))
                    for j in range(max(m.first - 1, 1), m.last)) and not any(
        t.lemma in ("先生", "主治医", "医師", "ドクター") for t in toks[: m.first])
    if consulted and k < len(toks) and (toks[k].norm == "ながら" or (
            toks[k].norm in ("、", ",") and toks[k - 1].pos1 == "動詞" and toks[k - 1].cform.startswith("連用形"))):
        return True
    return k < len(toks) and ((toks[k].lemma == "て" and toks[k].pos1 == "助詞") or toks[k].norm == "たら")


def _also(toks, m: Match[Any]) -> bool:
    """The purpose word's matter is closed by も (睡眠薬のことも相談したいです, 便秘についてもご相談させてください): one more
    matter among others, told after them, not what the report is (blind243's MCS post of five asks).  Only a word of what the
    message is (相談, 報告, 依頼: not FAXもお送りします, the same message sent another way), after a noun or 〜について, not
    after a time (今日も相談です, 今回もご相談させてください, 今月も報告します: the same kind of message again, the session 62
    review)."""
    if not any(t.lemma in ("相談", "報告", "依頼") for t in toks[m.first : min(m.last, m.first + 2)]):
        return False
    k = m.first - 1 if m.first and toks[m.first - 1].lemma == "御" else m.first  # (ご相談: the cue may begin after its ご)
    if k < 2 or toks[k - 1].norm != "も" or toks[k - 1].pos1 != "助詞":
        return False
    before = toks[k - 2]
    return (before.pos1 == "名詞" and not before.tag.endswith("副詞可能")) or (
        before.norm == "て" and k > 2 and toks[k - 3].lemma in ("付く", "就く", "つく"))


def _made_late(toks, m: Match[Any]) -> bool:
    """The purpose word is what came late (ご報告が遅くなりすみません, ご連絡が遅れまして申し訳ありません): an apology, not what
    the report is (blind180's FAX); but not one that names its matter (転倒のご報告が遅くなりました) or goes on to a clause
    that names something (ご依頼が遅くなり恐縮ですが、指示書の作成をお願いいたします; 遅くなりましたが、先週の受診後の様子です:
    the session 55 review), where a closing after it (〜遅くなりましたが、よろしくお願いいたします) is still the apology."""
    k = m.last if toks[m.last - 1].norm in ("が", "の") else m.last + 1  # (the cue may end on its particle)
    if not (k < len(toks) and toks[k - 1].norm in ("が", "の") and toks[k].lemma in ("遅い", "遅れる", "遅れ")):
        return False
    first = m.first
    if (first >= 2 and toks[first - 1].norm == "の" and toks[first - 2].pos1 in ("名詞", "接尾辞")
            and not toks[first - 2].tag.endswith("副詞可能")):  # (前回のご報告が遅くなり names no matter: the second review)
        return False
    # (goes on to a clause of its own that names something: not only a closing, 〜が、よろしくお願いいたします, or an apology)
    link = next((j for j in range(k + 1, len(toks)) if toks[j].pos2 == "接続助詞" and toks[j].norm not in ("て", "で")), None)
    return link is None or not any(t.pos1 == "名詞" and t.lemma not in _CLOSING_NOUNS for t in toks[link + 1 :])


#: The nouns of a closing or an apology (よろしくお願いいたします, 失礼いたしました, 申し訳ありません).
_CLOSING_NOUNS = frozenset(("お願い", "願い", "失礼", "申し訳", "恐縮", "手数", "面倒", "迷惑"))


def _states_purpose(sent: Sentence, per: dict[str, list[Match[Any]]], only_ask: bool = False) -> bool:
    """ご相談です, 【目的】報告, or a request put first (処方をご検討いただきたくご連絡しました).
    A purpose word in the clause of a call already made (先ほどお電話でもお伝えしましたが) is
    about the call; 救急搬送となりましたのでご報告します still states its purpose."""
    calls = per.get("phoned", ())
    # not a purpose word in a clause the sentence goes on from (業者さんと相談して、来週入ることになりました)
    # (救急搬送のご報告と…のお願い: the call named as the matter, joined by の, is what the report is: blind67)
    # (nor one an ask told for later covers: 意見書を依頼させていただくことになると思います, blind71)
    later = per.get("later", ())
    # (nor, where the report asks of several matters, the ask of the first of them: ・訪問リハビリの指示書をお願いしたい
    # です／・…, blind71)
    purposes = [m for m in per.get("purpose", ()) if not _goes_on(sent.tokens, m) and not _whom_only(sent.tokens, m)
                and not _made_late(sent.tokens, m) and not _also(sent.tokens, m)
                and not any(c.first < m.last and m.first < c.last for c in later)
                and (only_ask or "ask" not in per or not any(t.lemma in ("願う", "願い") for t in sent.tokens[m.first:m.last]))
                and (_named_predicate(sent, m) or not any(
        c.first <= m.first and not clause_break(sent.tokens, c.last, m.first)
        and not (c.last < m.first and all(t.norm == "の" or t.lemma == "御" for t in sent.tokens[c.last:m.first]))
        for c in calls))]
    # a request put first counts when the sentence says it is why the writer is in touch
    # (…をご検討いただきたくご連絡しました), not for the first of a list of asks
    sent_for = any(t.lemma in _WHY_IN_TOUCH for t in sent.tokens)
    # or, when the report asks of one matter (``only_ask``), when it names its topic or its reason
    # (…貸与について、医学的所見のご確認をお願いいたします; 更新時期となりましたので、意見書の作成を
    # お願いいたします), unless it is an item of a list (①…); the first of several asks is not a purpose
    # (呼吸状態悪化のため: UniDic's lemma of ため is 為; 〜の可能性があり、ご指示を: a clause of what there is)
    framed = "topic" in per or any(t.lemma in ("ので", "ため", "為") for t in sent.tokens) or _there_is_then(sent.tokens)
    asked_first = ("ask" in per and bool({"action", "open-action"} & per.keys())
                   and (sent_for or (framed and only_ask and not _LIST_ITEM.match(sent.text))))
    return bool(purposes) or asked_first or _sends_now(sent)


def _whom_only(toks, m: Match[Any]) -> bool:
    """〜様の件でご連絡です / 〜様のことでご連絡です names whom the message is about, not whether it is a 報告, 相談 or 依頼
    (コツ1: blind99's and blind101's writers),
    as 〜の件でご連絡しました never did (lexicons/report.toml, purpose-honorific-noun)."""
    # (住宅改修の件でご連絡です names its matter: blind29)
    return (m.first >= 4 and toks[m.first - 2].lemma in ("件", "事") and toks[m.first - 1].norm == "で" and toks[m.first - 3].norm == "の"
            and (toks[m.first - 4].lemma in _PERSON_SUFFIXES or toks[m.first - 4].tag.startswith("名詞-固有名詞"))
            and any(t.lemma == "連絡" for t in toks[m.first : m.last]))


#: What ends a person's name (林様, 鈴木さん).
_PERSON_SUFFIXES = frozenset(("様", "さん", "氏", "殿", "ちゃん", "君"))


def _only_later(per: dict[str, list[Match[Any]]]) -> bool:
    """Every request form of the sentence is an ask told for later (the ``later`` cue covers it)."""
    later = per.get("later", ())
    return bool(later) and all(any(c.first < a.last and a.first < c.last for c in later) for a in per.get("ask", ()))


def _quoted_question(toks, per: dict[str, list[Match[Any]]]) -> bool:
    """Every request form of the sentence is a question the writer quotes and goes on from: with って, a talk about it
    (ショートとか増やした方がいいんだべかって話もしてで) or taking it back (先生のご都合いかがでしょうか…ってこれは連携室さんに
    聞けばいいですよね); with と思う, a plain question the writer wonders about (どうしたもんだかと思って): blind100.  Not a
    question someone asked to pass on (お風呂に入っていいかって娘さんが聞いていました), nor a polite ask put as a thought
    (往診していただけないかと思いまして: its 頂ける asks)."""
    asks = per.get("ask", ())

    def quoted(a: Match[Any]) -> bool:
        k, asked = a.last, toks[a.last - 1].norm == "か"
        while k < len(toks) and (toks[k].norm == "か" or (toks[k].pos1 == "補助記号" and toks[k].norm not in ("。", "、"))):
            asked = asked or toks[k].norm == "か"
            k += 1  # the か the form ends on, and …
        if k + 1 >= len(toks) or not asked:
            return False
        if toks[k].surface == "って":
            return toks[k + 1].lemma in ("話", "此れ", "其れ")
        return (toks[k].norm == "と" and toks[k + 1].lemma == "思う"
                and all(t.lemma in _PLAIN_QUESTION for t in toks[a.first : a.last])
                and any(t.lemma in _QUESTION_WORDS for t in toks[:a.first]))  # not 〜てもいいのでしょうかと思いまして

    return bool(asks) and all(quoted(a) for a in asks)


#: Question words: a question that wonders (どうしたもんだか), not one that asks leave (増やしてもいいのでしょうか).
_QUESTION_WORDS = frozenset(("何", "如何", "どう", "どう為る", "何時", "いつ", "何処", "どこ", "誰", "何れ", "どれ", "何故", "なぜ"))
#: The words of a plain question's ending (もんだか, いいですか, どうでしょうか).
_PLAIN_QUESTION = frozenset(("だ", "です", "ます", "か", "ん", "の"))


def _deferred(per: dict[str, list[Match[Any]]]) -> bool:
    """Every ask of the sentence is told for later, one of them put off to another time by the ``put-off`` cue
    (それもまた今度相談させてください)."""
    return "ask" in per and _only_later(per) and any(c.item.id == "put-off" for c in per.get("later", ()))


def _there_is_then(toks) -> bool:
    """A clause of what there is, then the ask (3日分の薬をまとめて飲んだ可能性があり、ご指示をお願いします):
    有る in its continuative form and a comma before the sentence's request form; so is what is suspected
    (カテーテル閉塞が疑われ、本日午前中の往診をお願いします: blind82)."""
    return any(k + 1 < len(toks) and toks[k + 1].norm in ("、", ",") and t.cform.startswith("連用形")
               and (t.lemma == "有る" or (t.lemma in ("れる", "られる") and k and toks[k - 1].lemma == "疑う"))
               for k, t in enumerate(toks))


#: Predicates of a question that asks for something (いただけるか, もらえるか, できるか, 入れていいか).
_ASKING_PREDICATES = frozenset(("頂ける", "いただける", "戴ける", "貰える", "もらえる", "出来る", "できる", "良い", "いい", "よい",
                                "宜しい", "呉れる", "くれる", "下さる", "くださる",
                                "頂く", "いただく", "貰う", "もらう"))  # UniDic's lemmas of いただける, もらえる


#: A sentence that opens a list item: ①, 1., (1), ・
_LIST_ITEM = _regex.lazy(r"\s*(?:[①-⑳]|[(（]?[0-9０-９]+[)）.．、]|[・･\-－])")
#: A sentence that opens a numbered item: ①, 1., (1) (not a bullet, which lists details)
_NUMBERED = _regex.lazy(r"\s*(?:[①-⑳]|[(（]?[0-9０-９]+[)）.．])")
#: What a record sent as a confirmation is about (〜の件、確認のためFAXいたします).
_SENT_ABOUT = frozenset(("件", "確認", "記録", "共有"))


def _sends_now(sent: Sentence) -> bool:
    """The sentence sends the report as a record of a matter (本日お電話でご相談した降圧薬の件、確認のため
    FAXいたします): a sending word, a matter, and no past tense after the sending word."""
    toks = sent.tokens
    at = next((k for k, t in enumerate(toks) if t.lemma in _WHY_IN_TOUCH), None)
    return (at is not None and any(t.lemma in _SENT_ABOUT for t in toks[:at])
            and not any(t.lemma == "た" for t in toks[at:]) and any(t.lemma in _DO for t in toks[at + 1:]))


def _puts_question(sent: Sentence, per: dict[str, list[Match[Any]]]) -> bool:
    """A topic cue that ends on the question particle か (…いいのか, …必要かどうか): the sentence
    puts the question an open action after it answers.  Not …の件 (a subject, not a question)."""
    toks = sent.tokens
    return any(toks[m.last - 1].lemma == "か" and (m.last == len(toks) or toks[m.last].lemma != "も")  # かもしれない
               for m in per.get("topic", ()))


#: The papers a physician is asked to write or send (意見書, 診療情報提供書, 紹介状).
_PAPER = _regex.lazy(r"意見書|提供書|診断書|紹介状|指示書|同意書|証明書|報告書|書類|診療情報|処方箋|情報提供")
#: Verbs of doing a paper whose object may stand in the sentence before the ask (書いていただけますか, ご送付ください).
_DOING = frozenset(("書く", "送る", "送付", "作成", "記入", "提出", "発行", "郵送", "返送", "記載"))
#: What makes an action noun a time (受診の際に, 往診の時にでも): when, not what is asked.
_TIME_NOUNS = frozenset(("時", "際", "折", "とき", "ついで", "序で"))


def _names_a_time(toks, m: Match[Any]) -> bool:
    """また受診の時にでも話を聞いてあげてください: 受診 says when, and what is asked is something else."""
    return m.last + 1 < len(toks) and toks[m.last].norm == "の" and toks[m.last + 1].lemma in _TIME_NOUNS


def _acts_beside_a_time(toks, per: dict[str, list[Match[Any]]]) -> bool:
    """An action word that is not a time (受診時, 往診の際: when), in a sentence that says when to reply."""
    return any(not _names_a_time(toks, m) and not (m.last < len(toks) and toks[m.last].lemma in ("時", "際"))
               for m in per.get("action", ()))


#: A label that heads the asks: 【お願い】, お願い：, お願いしたいこと：, ご依頼事項：, ■依頼内容, ■お願い alone on its line (not ご相談: a
#: consultation's heading lists what is told as often as what is asked).
_ASK_LABEL = _regex.lazy(r"\s*[【■◆●□\[＜<]?\s*(?:お願い|ご?依頼)(?:したいこと|したい事|事項|内容)?\s*(?:[】\]＞>]\s*[:：]?|[:：]|$)\s*")


def _labelled_asks(doc: Document, content: list[int]) -> tuple[set[int], list[int]]:
    """The request labels and the list items they head: the rest of the label's own line when it begins a list
    (【お願い】①…のご検討 ②…), or, when the label stands alone, the list items on the lines after it, up to a blank
    line (お願いしたいこと：／1．…のご指示／2．…のご判断). A label followed by a sentence (【依頼】意見書作成のお願い,
    ■お願い：受診となった場合は…) is a subject line or an ask of its own, read as before."""
    sentences = doc.sentences
    labels: set[int] = set()
    items: list[int] = []
    for k, i in enumerate(content):
        text = sentences[i].text
        label = _ASK_LABEL.match(text)
        if label is None:
            continue
        if label.end() < len(text.rstrip()):
            if _LIST_ITEM.match(text, label.end()):
                items.append(i)
            continue
        before = sentences[i]
        for j in content[k + 1:]:
            if not _LIST_ITEM.match(sentences[j].text) or _BLANK.search(doc.text, before.end, sentences[j].start):
                break
            items.append(j)
            labels.add(i)
            before = sentences[j]
    return labels, items


#: A blank line between two sentences: the end of a list.
_BLANK = _regex.lazy(r"\n[ \t\u3000]*\r?\n|\r[ \t\u3000]*\r")


#: An item that tells what was done or thanks for it (処方いただきました, ありがとうございます) asks nothing.
_DONE = _regex.lazy(r"(?:ました|でした|ありがとう|有難う|有り難う)[^。]{0,8}[。．]?\s*$")


def _of_a_third_party(toks, last: int) -> bool:
    """Someone other than the physician is named with に before the ask ending at token ``last`` (受付の人に, ヘルパーさんに)."""
    return any(t.norm == "に" and t.pos1 == "助詞" and _THIRD_PARTY.search("".join(x.surface for x in toks[max(0, k - 3) : k]))
               for k, t in enumerate(toks[:last]))


#: Whom a care manager asks besides the physician, named right before に (受付の人に, ヘルパーさんに, 薬局に, 娘さんに).
_THIRD_PARTY = _regex.lazy(r"(?:受付|ヘルパー|看護師|訪問看護|薬局|薬剤師|家族|娘|息子|嫁|奥様|奥さん|主人|事業所|デイ|スタッフ|職員|相談員|"
                          r"ケアマネ|施設|包括)(?:の人|の方|さん|様|さま)?$")


def _label_line(sent: Sentence) -> bool:
    """A short line with no predicate (MCS投稿, 【FAX】, ○○居宅介護支援事業所): a label, not content. An item
    of a list (・昨夜22時就寝時は普段通り。) and a sentence closed by 。 (血圧高めとのこと。ご本人元気。: blind70)
    are content, told in record style."""
    text = sent.text.strip()
    if text.startswith("・") or text.endswith("。"):
        return False
    # a chat's title line naming the person, whatever its length ([MCS] 秋田 堀井 正一さん（パーキンソン病）: blind88)
    named = _NAME_LINE.match(text) if "、" not in text else None  # (本日朝から右半身の麻痺、発見者は長女さん is a record's line)
    return _unpredicated(sent, _LABEL_LINE if named is None else _NAME_LINE_LEN)


def _unpredicated(sent: Sentence, longest: int = 0) -> bool:
    """A short line (``longest`` characters at most) with no verb, auxiliary or adjective."""
    return len(sent.text.strip()) <= (longest or _LABEL_LINE) and not any(t.pos1 in ("動詞", "助動詞", "形容詞") for t in sent.tokens)


#: A sentence that settles a question among the writer or others (相談してみます, 話し合います, 検討中です, 迷っています).
_HANDLED_HERE = _regex.lazy(r"てみ(?:ます|る)|話し合|検討(?:中|して|します)|調整(?:して|します|中)|相談(?:して|します|中)|迷っ|迷う|迷い")
#: A next sentence that still waits on the physician's answer: it names them or puts a condition (次回の往診の際にご相談
#: します, 再開できる場合は…調整します: the session 36 review).
_WAITS_ON_THE_PHYSICIAN = _regex.lazy(r"先生|ご相談|御相談|往診|受診|ご意見|ご指示|ご判断|場合|なら|れば")


def _left_open(per: dict[str, list[Match[Any]]]) -> bool:
    """The sentence asks only by a question left open at its end (…てよいかどうか。, …できんろうか。): an ask of the reader
    as the message's last word or among other asks; followed by a sentence that asks nothing, it is the writer musing or
    someone else's dilemma (夕方の訪問を増やしたらえいろうか。ご家族と相談してみます。: the session 36 review)."""
    return all(m.item.id == "ask-left-open" for m in per.get("ask", ()))


def _goes_on_without_asking(i: int, content: list[int], sentences: tuple[Sentence, ...],
                            cues: dict[int, dict[str, list[Match[Any]]]]) -> bool:
    """The next sentence after i says the question is handled elsewhere and asks nothing (…かどうか。来月の担当者会議で
    話し合います。 / …えいろうか。ご家族と相談してみます。); told on with other matters (…入ってもいいかどうか。血圧の
    お薬のことで…), i still asks."""
    nxt = next((k for k in content if k > i and not _is_frame(sentences[k], cues[k])), None)
    return (nxt is not None and "ask" not in cues[nxt] and bool(_HANDLED_HERE.search(sentences[nxt].text))
            and not _WAITS_ON_THE_PHYSICIAN.search(sentences[nxt].text))


def _only_arranged(sent: Sentence, per: dict[str, list[Match[Any]]]) -> bool:
    """The sentence tells what the physician already agreed to (紹介状を書いていただけるとのこと) and asks nothing after it; not
    one that goes on to ask (…とのことでしたので、14時までにご準備をお願いします: blind233's FAX).  A closing (…とのことでした
    ので、よろしくお願いします), thanks, or an ask made of someone else (訪問看護にも同席をお願いしております, …と娘さんに伝え
    ました) asks nothing more (the session 61 review)."""
    arranged = per.get("arranged", ())
    if not arranged:
        return False
    end = max(a.last for a in arranged)
    closings = [m for m in per.get("frame", ()) if m.item.id in _CLOSINGS]
    after = [m for m in per.get("ask", ()) if m.first >= end and not any(c.first <= m.first < c.last for c in closings)]
    rest = "".join(t.surface for t in sent.tokens[end:])
    return not after or bool(_NOT_ASKED_AFTER.search(rest))


#: The frame cues that close a letter or thank for care given, asking nothing (よろしくお願いいたします, 厚く御礼申し上げます).
_CLOSINGS = frozenset(("closing", "thanks-for-care"))
#: After what was agreed, words that ask the physician nothing: a closing, thanks, an ask made of someone else.
_NOT_ASKED_AFTER = _regex.lazy(r"よろしく|宜しく|ありがと|有難|有り難|ご安心|しております|しています|伝えました|お願いしました")


def _only_closing(per: dict[str, list[Match[Any]]]) -> bool:
    """よろしくお願いいたします asks nothing; 受診の要否をご指示のほどよろしくお願いいたします does; nor does a greeting's
    thanks for care given (格別のご配慮を賜り、厚く御礼申し上げます: blind117) or its question after the reader's health
    (お変わりなくお過ごしでしょうか: blind226)."""
    return (any(m.item.id in _CLOSINGS or m.item.id == "wellbeing" for m in per.get("frame", ()))
            and not ({"action", "open-action", "vague-request"} & per.keys()))


def _asks(sentences: tuple[Sentence, ...], content: list[int], requests: list[int]) -> int:
    """How many things the report asks: each request sentence, each further thing it lists by a
    noun's と、 (リハビリのことと、お薬のことと、…もお願い; 続けていいかと、塩分のことも教えて), and each
    later sentence that adds one with an informal "and also" (それから湿布が無くなるそうです)."""
    if not requests:
        return 0
    listed = sum(_listed(sentences[i].tokens) for i in requests)
    # それから湿布が無くなるそうです (a further thing) / あと、入浴は続けてよいでしょうか (a further ask, so one more)
    added = sum(1 for i in content if i > requests[0] and _adds_on(sentences[i].tokens))
    return len(requests) + listed + added


def _trailing_asks(sentences: tuple[Sentence, ...], content: list[int], requests: list[int],
                   cues: dict[int, dict[str, list[Match[Any]]]]) -> int:
    """Asks left unfinished after a request (…を紹介してほしいです。入浴も嫌がるので、何かいい方法があれば。):
    a later sentence with a vague-request cue that breaks off on a condition (…あれば, …たら), or with an action cue that
    breaks off on a question (紹介状いるかどうか), and has no request form of its own is one more thing asked; 参考までに… is
    not an ask."""
    if not requests:
        return 0
    return sum(1 for i in content if i > requests[0] and i not in requests and "ask" not in cues[i]
               and (("vague-request" in cues[i] and _breaks_off(sentences[i].tokens))
                    or ("action" in cues[i] and _question_broken_off(sentences[i].tokens))))


#: What a question left open for the physician asks about (紹介状いるかどうか, 入浴していいか): a need, a leave, an ability.
_OPEN_QUESTION_OF = frozenset(("要る", "必要", "良い", "いい", "よい", "宜しい", "大丈夫", "可能", "出来る", "できる"))


def _question_broken_off(toks) -> bool:
    """The sentence ends on a question left open, with no verb of asking after it, about whether something is needed or
    allowed (息子さんが眼科にも連れて行きたいそうで、紹介状いるかどうか: blind167's jumbled asks): one more thing asked in a
    chat.  Not a musing (処方が変わったせいかな, 伝え忘れたかな, 入院したほうがいいのかな) nor hearsay (変更があったとか):
    the session 52 review."""
    words = [t for t in toks if t.pos1 not in ("補助記号", "空白")]
    norms = [t.norm for t in words]
    if norms[-3:] == ["か", "どう", "か"]:
        words = words[:-3]
    elif norms[-1:] == ["か"]:
        words = words[:-1]
    else:
        return False
    # (UniDic reads 要る after a paper as 居る: 紹介状|いる)
    needs_paper = len(words) > 1 and words[-1].lemma == "居る" and words[-2].lemma in ("状", "書", "証", "箋")
    return bool(words) and (words[-1].lemma in _OPEN_QUESTION_OF or needs_paper)


#: A sentence that ends on one of these breaks off on a condition (何かいい方法があれば。).
_CONDITIONAL = frozenset(("ば", "たら", "なら"))


def _breaks_off(toks) -> bool:
    words = [t for t in toks if t.pos1 not in ("補助記号", "空白")]
    return bool(words) and words[-1].norm in _CONDITIONAL


def _listed(toks) -> int:
    """Further things listed by と、 after a noun or a question and closed by も (薬の変更と、意見書も
    お願いしたい; 続けていいかと、塩分のことも教えて): "A, and also B".  Not one question about a
    combination (手技の確認と、製剤の変更が可能かご検討を), nor a conditional と after a verb (飲むと、)."""
    def honorific_noun(k: int) -> bool:  # お|願い|と、 (UniDic: the verb's stem, and と a conjunctive particle)
        return k > 1 and toks[k - 2].pos1 == "接頭辞" and toks[k - 1].pos1 == "動詞"

    joins = [k for k in range(1, len(toks) - 1)
             if toks[k].norm == "と" and (toks[k].tag.startswith("助詞-格助詞") or honorific_noun(k)) and toks[k + 1].norm in _COMMAS
             and (toks[k - 1].pos1 in ("名詞", "接尾辞") or toks[k - 1].tag.startswith("助詞-終助詞") or honorific_noun(k)
                  or (toks[k - 1].tag.startswith("助詞-準体助詞") and k > 1 and toks[k - 2].lemma in _WISHING))]
    # (お願いしたいのと、: one ask, then another; not a reason, 飲み忘れが増えているのと、…ため)
    # "and also" inside the sentence (…お願いしたいのと、…話が出ていて、あとお薬が…: blind71), not あと3日 / あと数日
    added = [k for k in range(1, len(toks) - 1) if toks[k].surface in _ADD_ON and toks[k - 1].norm in _COMMAS
             and not toks[k + 1].surface[:1].isdigit() and not toks[k + 1].tag.startswith("名詞-数詞")
             and toks[k + 1].lemma not in ("数", "何", "少し", "僅か", "一寸")]
    # (UniDic reads それと as それ|と: …できるか、それとショートを増やすなら…: blind231's jumbled asks; only after a question put,
    # not それと同時に, それと関係する, 不眠、それと傾眠について: the session 61 review)
    added += [k for k in range(2, len(toks) - 2) if toks[k].lemma == "其れ" and toks[k + 1].norm == "と"
              and toks[k - 1].norm in _COMMAS and toks[k - 2].norm == "か" and toks[k - 2].pos1 == "助詞"
              and toks[k + 2].pos1 not in ("補助記号", "助詞") and toks[k + 2].lemma not in _NOT_ANOTHER_ASK]
    # (two asks or more joined so are a list by themselves: 整理してもらうのと、減らしてもらうのと、…お願いします; not nouns
    # of one ask, 血圧と、脈拍と、体重の推移をご確認ください)
    clausal = [k for k in joins if toks[k - 1].tag.startswith("助詞-準体助詞") or honorific_noun(k)]
    closed = bool(joins) and (bool(added) or len(clausal) >= 2 or any(t.norm == "も" and t.pos1 == "助詞" for t in toks[joins[-1] + 2:]))
    # three questions or more in a row, each closed by か and a comma (出していただけるか、注射はできるか、
    # 薬を変えてもらえるか、…お返事お願いします: blind66); two are the alternatives of one question
    # (受診した方がいいか、様子を見てよいか)
    # (only questions that ask for something: 出していただけるか, できるか, 入れていいか; 安定しているか、
    # むくみが増えていないか、…診ていただけますか are the checkpoints of one ask)
    questions = [k for k in range(1, len(toks) - 1)
                 if toks[k].norm == "か" and toks[k].pos1 == "助詞" and toks[k + 1].norm in _COMMAS
                 and toks[k - 1].lemma in _ASKING_PREDICATES]
    # or three things or more in a row, each closed by a comma, a paper or a decision among them (受診の要否、訪問看護の回数を
    # 増やすかどうか、区分変更の意見書、便秘薬を続けてよいか、教えてください: blind196's jumbled asks): each a matter of its own
    # (UniDic reads 意見|書 and 指示|書 as a noun and a suffix; かどうか as か|どう|か)
    # (a paper among decisions of other kinds: the options of one decision, 受診の要否、様子を見てよいか、救急搬送すべきか, and
    # papers asked together, 意見書、指示書、情報提供書を12/10までに, are one matter each: the session 57 review)
    def closes(k: int, words: frozenset[str]) -> bool:
        return toks[k + 1].norm in _COMMAS and (toks[k].lemma in words or toks[k - 1].surface + toks[k].surface in words)

    papers = [k for k in range(1, len(toks) - 1) if closes(k, _PAPERS)]
    if papers:
        decided = [k for k in range(1, len(toks) - 1) if closes(k, _DECISIONS)]
        whether = [k for k in range(1, len(toks) - 1) if toks[k].norm == "か" and toks[k].pos1 == "助詞" and toks[k + 1].norm in _COMMAS
                   and (toks[k - 1].pos1 in ("動詞", "形容詞", "助動詞") or toks[k - 1].lemma == "どう" and k > 1 and toks[k - 2].norm == "か")]
        if decided + whether and len(papers) + len(decided) + len(whether) >= 3:
            questions = sorted({*papers, *decided, *whether})
    # or three matters or more named in a row by のこと、 to be talked over (薬のこと、ショートの予定のこと、往診のこと、…相談したい
    # です: blind196); not the topics of one paper or one talk (病状のこと、治療のこと、お薬のこと、ご家族にご説明いただけますか:
    # the session 61 review)
    matters = [k for k in range(2, len(toks) - 1) if toks[k].lemma == "事" and toks[k - 1].norm == "の" and toks[k + 1].norm in _COMMAS]
    if matters and not any(t.lemma == "相談" for t in toks[matters[-1]:]):
        matters = []
    return ((len(joins) if closed else 0) + len(added) + (len(questions) if len(questions) >= 3 else 0)
            + (len(matters) if len(matters) >= 3 else 0))


#: What follows それと when it adds no ask (それと同時に, それと並行して, それと関係する, それとなく).
_NOT_ANOTHER_ASK = frozenset(("同時", "並行", "共", "関係", "重なる", "同じ", "無い", "なく", "一緒"))
#: The papers a physician is asked for, and the decisions, named as a list's items (意見書, 指示書; 要否, 可否).
_PAPERS = frozenset(("意見書", "指示書", "紹介状", "診断書", "同意書", "証明書", "情報提供書"))
_DECISIONS = frozenset(("要否", "可否"))


def _adds_to_an_ask(sentences, content: list[int], cues, i: int) -> bool:
    """The sentence opens with また、/あと、 (a marker and its comma) right after a sentence that asks."""
    toks = sentences[i].tokens
    if not (len(toks) > 1 and toks[0].surface in _GOES_ON and toks[1].norm in _COMMAS):
        return False
    before = [k for k in content if k < i]
    return bool(before) and "ask" in cues[before[-1]]


#: A deadline in an ask (本日12時までに, 12/10までに).
_BY_WHEN = _regex.lazy(r"(?<!これ|それ|ここ|参考)(?<!今)までに")
#: An ask tacked on to the main one (〜についてもご指示ください, 〜も併せてお願いします).
#: An ask that opens on when the last ask's matter arrives (市から意見書の依頼が届きましたら、1月10日までにご提出いただけ
#: ますと幸いです after 主治医意見書の作成をお願い申し上げます: blind173's FAX, one matter and its deadline).
_ON_ARRIVAL = _regex.lazy(r"[^。、]{0,30}?(?:届き|来|参り|着き|でき|出来|揃い)(?:まし)?たら[、,]")
_ALSO = _regex.lazy(r"について(?:も|は併せて)|もあわせて|も併せて|もご(?:指示|教示|確認|検討|意見)|もお願い")


def _one_main_ask(sentences, asks: list[int], counted: int) -> bool:
    """The first ask names its deadline and one more is tacked on to it (つきましては、紹介状を本日12時までにご作成
    いただけますでしょうか。…服用可否についてもご指示ください: blind148's physician, "requests are clear with deadline"):
    the main ask is plain, so the asks are not unordered.  Three or more tacked on are other matters that want an order
    (眠剤の処方も…。入浴の可否も…。手すりのレンタルについても…: test_session45)."""
    return (len(asks) == 2 and counted <= 3 and bool(_BY_WHEN.search(sentences[asks[0]].text))
            and all(_ALSO.search(sentences[i].text) for i in asks[1:]))


def _one_matter(sentences, asks: list[int], counted: int) -> bool:
    """Every ask names a matter an earlier one names (入浴の可否をご相談させてください。…入浴してもいいか確認してほしいと
    のことでした。…入浴を続けてよいか、12月16日までにご指示いただけますでしょうか; 指示書のご作成を…。提出先：…FAXでの
    ご送付を…。期限：…までにご送付いただけますと幸いです: blind166's physician, "only one request with a deadline"), and
    nothing else is listed or added: one matter put again, not several in no order."""
    return counted == len(asks) and len(asks) >= 2 and all(
        any(_shares_a_matter(sentences[asks[j]], sentences[asks[k]]) for j in range(k)) for k in range(1, len(asks)))


def _adds_on(toks) -> bool:
    words = [t for t in toks if t.pos1 not in ("補助記号", "空白")]
    text = "".join(t.surface for t in words[:3])
    for marker in _ADD_ON:
        if text.startswith(marker):
            rest = text[len(marker):]
            return not rest[:1].isdigit()
    return False


def _completed(sent: Sentence, call: Match[Any]) -> bool:
    """A call or ambulance that happened (お電話でお伝えしました, お電話でご報告し、…, 電話して…伝えてあります, 119番通報。), not a
    plan (お電話しようと思いましたが, お電話する予定です), a call that did not get through (お電話しましたが
    話し中で), a doubt (お電話した方がいいのか迷って), a hypothesis (胸痛が出た場合は救急車を呼ぶよう) or a
    negation (救急車を呼ぶほどではない).  These count only in the call's own stretch, between the commas
    around its cue: in 電話で報告済み、…受診予定です the plan is the visit, not the call."""
    toks = sent.tokens
    span = toks[slice(*_stretch(toks, call))]
    written = "".join(t.surface for t in span)
    if any(t.cform.startswith("意志推量形") or t.lemma in _INTENT or (t.lemma in _NEGATIVE and t.pos1 in ("助動詞", "形容詞"))
           for t in span) or any(w in written for w in _NOT_REACHED):
        return False
    if _called_someone_else(toks, span, call):
        return False  # ご家族には電話で連絡しました: someone else was called, not the clinic (the session 38 review)
    after = toks[call.first:]
    return (any((t.lemma == "た" and t.pos1 == "助動詞") or t.lemma in ("済み", "済む", "てる") or
                (t.lemma == "て" and k + 1 < len(after) and after[k + 1].lemma == "居る") for k, t in enumerate(after))
            or _told_as_done(sent, call)
            or all(t.pos1 in ("補助記号", "空白") for t in toks[call.last:]))  # 119番通報。


#: The verbs whose 〜てあります tells a call made (電話してあります, 電話して、看護師さんに伝えてあります).
_TOLD = frozenset(("伝える", "報告", "連絡", "電話", "知らせる"))
#: Between a call and its 〜てあります, what makes it an instruction, a plan or a booking (…するよう, …することに, 予約).
_NOT_DONE_BETWEEN = frozenset(("様", "よう", "事", "こと", "予約", "ば", "たら", "なら", "場合", "時", "際", "と"))
#: The people and places other than the clinic that a care manager calls or is called by (family, pharmacy, staff).
_OTHERS = "家族|長女|長男|次女|次男|娘|息子|嫁|奥様|奥さん|ご主人|妻|薬局|薬剤師|ヘルパー|デイ|職員"
#: Who else a call went to (長女さんには電話してあります, 薬局にも電話で確認してあります): not the clinic.
_NOT_THE_CLINIC = _regex.lazy(rf"(?:{_OTHERS}|夫|ケアマネ)(?:さん|様)?(?:に|へ|と|から)")


#: Whom a call told in the past went to, or came from, named right before its cue (ご家族には電話で, 長女さんへ連絡, 奥さんから
#: 電話で), or whose call it was (朝8時のデイの電話では普通だった: blind276): not the clinic.  Only there (ヘルパーから報告を受けて…お電話で, ご家族と相談のうえ name a source or a partner: the
#: session 39 review).
_CALLED_ELSEWHERE = _regex.lazy(rf"(?:{_OTHERS})(?:さん|様)?(?:に|へ|から|と|が|の)(?:は|も)?[、,]?$")
#: The clinic named as the one called in the same stretch (クリニックにはご家族からお電話されて): the call reached it.
_THE_CLINIC = _regex.lazy(r"(?:貴院|御院|医院|クリニック|診療所|病院|内科|外科|先生|主治医|Dr|外来)(?:さん|様)?(?:に|へ)")
#: A call's words that take the person to hospital (救急車, 119番, 緊急受診, 搬送): no one else to call.
_AMBULANCE = ("救急", "119", "受診", "搬送")


def _called_someone_else(toks, span, call: Match[Any]) -> bool:
    """The call told in the past went to the family, a pharmacy or the staff (ご家族には電話で連絡しました, 長女さんに電話で
    伝えました), came from them (今朝、奥さんから電話で、…, 娘さんが電話で…と言っていました: the writer was called, blind142) or was a
    talk with them (お嫁さんと電話で): the one called, calling or talked with is named with に / へ / から / と / が right before the
    call's cue, and the clinic is not named as the one called in its stretch (クリニックにはご家族からお電話されて; after が, also
    after the cue: 長女さんがお電話で貴院にご相談し); not an ambulance or a hospital visit."""
    called = "".join(t.surface for t in toks[call.first : call.last])
    if any(w in called for w in _AMBULANCE):
        return False
    before = "".join(t.surface for t in span if t.start < toks[call.first].start).rstrip("御お")
    if _CALLED_ELSEWHERE.search(before) is None:
        return False
    # (the one who called, named with が, may have called the clinic, named after the cue: 長女さんがお電話で貴院にご相談し:
    # the session 45 review)
    told = before + ("".join(t.surface for t in span if t.start >= toks[call.first].start) if before.endswith("が") else "")
    return not _THE_CLINIC.search(told)


def _told_as_done(sent: Sentence, call: Match[Any]) -> bool:
    """A call told in 〜てあります (電話してあります, クリニックに電話して、看護師さんに伝えてあります: blind117): the てある closes the
    call's own verb or a verb of telling right after it, with no instruction, plan or booking between (…連絡するよう、ご家族に
    お伝えしてあります, 電話で予約してあります), and no one but the clinic named as the one called (長女さんには電話してあります:
    the session 38 review)."""
    toks = sent.tokens
    if _NOT_THE_CLINIC.search(sent.text):
        return False
    for k in range(call.first, len(toks) - 1):
        if toks[k].lemma == "て" and toks[k + 1].lemma == "有る":
            verb = toks[k - 1] if toks[k - 1].lemma != "為る" else toks[k - 2]
            return verb.lemma in _TOLD and not any(t.lemma in _NOT_DONE_BETWEEN or t.norm in _NOT_DONE_BETWEEN
                                                   for t in toks[call.last : k - 1])
    return False


def _stretch(toks, call: Match[Any]) -> tuple[int, int]:
    """The call's own stretch of the sentence: from the comma before its cue to the comma after it."""
    commas = [k for k, t in enumerate(toks) if t.norm in _COMMAS]
    return (max((k + 1 for k in commas if k < call.first), default=0),
            next((k for k in commas if k >= call.last), len(toks)))


def _before_asks(sent: Sentence, call: Match[Any], asks: Sequence[Match[Any]]) -> bool:
    """Whether a call ends its stretch (up to the next comma) before any ask of the sentence begins: in
    先生へお電話で報告済みと聞いていますが、往診のご予定を教えていただけますか the call is told, while in
    お電話でご指示をいただけますか it is what is asked for."""
    if not asks:
        return True
    toks = sent.tokens
    end = _stretch(toks, call)[1]
    if not all(a.first > end for a in asks):
        return False
    # a call that did not get through, told before the ask (お電話しましたが、つながらなかったため、折り返し…);
    # a reply not yet received (報告済みですが、まだお返事がないため、…) does not undo the call
    between = "".join(t.surface for t in toks[call.last : min(a.first for a in asks)])
    return not any(w in between for w in (*_NOT_REACHED, *_NO_ANSWER))


def _passage(sent: Sentence) -> Passage:
    return Passage(sent.start, sent.end, sent.text)


#: A line with at most this many sentences is an item of a list or a record (・12/10 尻もち。頭部打撲なし。), read whole.
_ITEM_LINE = 3
_LINE_BREAK = _regex.lazy("\n")


def _near_sentences(doc: Document):
    """The sentences near sentence ``i`` for ``with_near``: the one before and after, and, where its line is a
    short item (a bullet of one to three sentences), every sentence of that line and of the item before and
    after it (・転倒。頭部打撲なし。／・本朝より…立てません。: the fall and the inability are adjacent items)."""
    breaks = [m.start() for m in _LINE_BREAK.finditer(doc.analysis.text.original)]
    line = [bisect_right(breaks, s.start) for s in doc.sentences]
    per_line: dict[int, list[int]] = {}
    for k, n in enumerate(line):
        per_line.setdefault(n, []).append(k)

    def near(i: int) -> set[int]:
        out = {i - 1, i, i + 1}
        if len(per_line[line[i]]) <= _ITEM_LINE:
            for n in (line[i] - 1, line[i] + 1):
                if len(per_line.get(n, ())) <= _ITEM_LINE:
                    out.update(per_line.get(n, ()))
            out.update(per_line[line[i]])
        return out

    return near


#: Words whose negation says a state is as it was (変わらず, 変わりない, 変化なし), not that a sign is absent (the report
#: pass reads them too: a guess that only tells no change is a detail).
CHANGE_WORDS = frozenset(("変わる", "変わり", "変化"))


#: How far after a red flag (in characters) its zero count may stand: 転倒は0回, 転倒：0回, 転倒 0回.
_ZERO_REACH = 3
#: The period a list's count of zero is over, told before it (11月中, この8日間).
_PERIOD = r"(?:[0-9０-９]{1,2}月|先月|今月|先週|今週)中?|(?:この|ここ)?[0-9０-９一二三四五六七八九十]{1,3}(?:日|週|か月|ヶ月|カ月)間?"
#: What may stand between a red flag and a count of zero of a list it heads: more listed signs and what they are called
#: (・息切れの訴えは, 、動悸などの症状は; the sign's own suffix and what it is called before the list: 息苦し|さの訴え・救急受診：0回, blind186).
_LISTED_BEFORE_A_COUNT = _regex.lazy(r"[さみ]?(?:の?(?:訴え|症状|発作))?(?:[・、,][^、。・,\n]{1,8}?)*(?:など|等)?の?(?:訴え|症状|発作|出現|回数)?(?:は|も)?\s*[:：]?\s*"
                                    # (and the month or days counted over: 胸痛・胸部圧迫感の訴えは11月中0回でした, blind200)
                                    rf"(?:{_PERIOD})?(?:で|の間|間)?\s*")
#: That period found anywhere before the count.
_PERIOD_COUNTED = _regex.lazy(_PERIOD)


def _counted_next(doc: Document, i: int) -> bool:
    """The sentence after ``i`` counts something again or tells it came (12月に入り毎日あります, 昨日と今日、各1回ありました)."""
    if i + 1 >= len(doc.sentences):
        return False
    # (a dose is no count of it: メトホルミン500mg 1日2回, blind176's good report)
    return any(el.kind == "frequency" and el.value.get("amount") != 0
               and not _A_DOSE.search(doc.text, max(0, el.start - _DOSE_REACH), el.end + _DOSE_REACH) for el in doc.elements[i + 1]) \
        or bool(_CAME_AGAIN.search(doc.sentences[i + 1].text))


#: A medicine's dose around a count (500mg 1日2回, 1回1錠, 内服).
_A_DOSE = _regex.lazy(r"mg|ｍｇ|錠|包|内服|服用|処方|投与")
#: How far around a count, in characters, a dose's word makes it a dose.
_DOSE_REACH = 8


#: A sentence that tells the thing came (again): 毎日あります, 各1回ありました, また出ました.
_CAME_AGAIN = _regex.lazy(r"毎日|また|再び|あり(?:ます|ました)(?!ん)|出(?:ます|ました|ている|てい)")


#: What after a list's count of zero tells more than none: a change or a contrast (/週→3回/週; でしたが; のはずが; ただし).
_MORE_AFTER_ZERO = _regex.lazy(r"→|⇒|ただし|但し|が[、,]|けど|はず|でしたが")
#: How far after that zero, in characters, a second count or a contrast belongs to it (0回（昨日まで）、本日2回).
_MORE_REACH = 12
#: What after a zero count makes it the start of a change (0回から3回に, 0回→2回) rather than none.
_RISES = ("→", "->", "⇒", "から", "〜", "~", "～")


def _counted_zero(doc: Document, i: int, end: int, listed: bool = True) -> bool:
    """A lone count of zero right after a red flag (転倒は0回, 冷や汗：0回): it did not happen. Not a range
    (1日0〜2回), a score (JCS0→JCS10), nor the start of a rise (黒色便は0回から3回に増えました). With ``listed``, also a
    count after a list the flag heads (胸痛・息切れの訴えは0回)."""
    sent = doc.sentences[i]
    lone = [el for el in doc.elements[i] if el.kind == "frequency" and not el.value.get("max")
            and not sent.text[el.end - sent.start:].lstrip().startswith(_RISES)]
    if counted_none(lone, end, end + _ZERO_REACH + 1):
        return True
    if not listed:
        return False
    # (a list of signs counted together, 胸痛・息切れの訴えは0回: blind163's physician, "chest pain is negated (0 episodes)")
    # (and nothing counted or contrasted after the zero: not 息苦しさの訴え：0回（昨日まで）、本日2回, 0回/週→3回/週, 0回のはずが
    # — the session 56 review)
    return any(el.value.get("amount") == 0 and el.start > end and _LISTED_BEFORE_A_COUNT.fullmatch(doc.text, end, el.start)
               and not _more_after_zero(doc, i, el)
               # (a count over a period, 訴えは11月中0回, then the next sentence counts anew, 12月に入り毎日あります: not none
               # now, the session 58 review)
               and not (_PERIOD_COUNTED.search(doc.text, end, el.start) and _counted_next(doc, i)) for el in lone)


def _more_after_zero(doc: Document, i: int, zero: Element) -> bool:
    """Right after a list's count of zero the sentence counts again or contrasts it (、本日2回; /週→3回/週; でしたが;
    のはずが): not none.  Another item's reading further on (…0回、安静時血圧120〜134mmHg) is not this (blind163)."""
    reach = min(doc.sentences[i].end, zero.end + _MORE_REACH)
    return bool(_MORE_AFTER_ZERO.search(doc.text, zero.end, reach)) or any(
        o.kind == "frequency" and zero.end <= o.start < reach for o in doc.elements[i])


#: A period a tally is made over, told before what it counts: a month or more, two weeks or more, or a range of dates
#: (11/15〜12/14の30日間で、…, この1か月で; not 1日で, この3日間で, which may be today's events: the session 48 review).
_TALLY_PERIOD = _regex.lazy(r"(?:[0-9０-９一二三四五六七八九十]+\s*(?:か月|ヶ月|カ月|ケ月|箇月|年)間?"
                           r"|(?:[2-9２-９]|[1-9１-９][0-9０-９])\s*週間|(?:1[4-9]|[2-9][0-9]|１[４-９]|[２-９][０-９])\s*日間"
                           r"|[0-9０-９]{1,2}[/／月][0-9０-９]{1,2}日?\s*[〜～~\-－ー][^、。]{0,12}[0-9０-９]{1,2}日?[^、。]{0,8})で")
#: The count a tally gives right after what it counts (重複内服 2回, 重複内服：2回).
_TALLY_COUNT = _regex.lazy(r"\s*[:：]?\s*[0-9０-９一二三四五六七八九十]+\s*回")
#: With a particle (重複服用が1回: blind219), only of a dose taken twice: 12/1〜12/7の7日間で、黒い便が3回ありました is a
#: bleeding told, not a tally (the session 60 review).
_TALLY_COUNT_SAID = _regex.lazy(r"\s*(?:が|は|も)\s*[0-9０-９一二三四五六七八九十]+\s*回")
_DOSE_ERRORS = frozenset(("double-dose",))


def _tallied(doc: Document, i: int, m: Match[Any]) -> bool:
    """A red flag counted over a period told before it in its sentence (11/15〜12/14の30日間で、飲み忘れ 朝7回・夕4回、
    重複内服 2回): a tally of the month, not an event to act on today (blind150's physician)."""
    sent, toks = doc.sentences[i], doc.sentences[i].tokens
    after = toks[m.last - 1].end - sent.start
    return bool(_TALLY_PERIOD.search(sent.text, 0, toks[m.first].start - sent.start)
                and (_TALLY_COUNT.match(sent.text, after)
                     or (m.item.id in _DOSE_ERRORS and _TALLY_COUNT_SAID.match(sent.text, after))))


#: The report says its own matter is settled, at the start of a sentence (本件は解決済みのため、ご返信は不要です), not
#: negated (本件は解決済みではなく) nor quoted (…と訪看より).
_SETTLED = _regex.lazy(r"(?:^|[。\n・])[ 　]*(?:本件|この件|今回の件)は?[、，,]?\s*(?:既に|すでに)?"
                      r"(?:解決済み|解決いたしました|解決しました|解決しております)(?!では|でな|じゃ)(?![^。\n]*[とっ]て?(?:訪看|言|話|伺|聞|の(?:こと|報告)))")


def _settled_at(doc: Document) -> int | None:
    """Where the report first says in a sentence of its own that its matter is settled (本件は解決済みのため、ご返信は不要です:
    blind152's good report, a blocked catheter changed the same morning), else None: a red flag told before it is over.
    Not a settlement negated, quoted or of another matter named before it in its sentence (前回ご相談した褥瘡の件は、本件は…:
    the session 48 review).  The caller asks it only of a report that also says no reply is needed (the no-reply cues)."""
    m = _SETTLED.search(doc.text)
    return m.start() if m else None


def _urgent(doc: Document, content: list[int], cues: dict[int, dict[str, list[Match[Any]]]]) -> list[Passage]:
    """Red-flag mentions in text order, the first of each sign that no negation covers."""
    def negated(i: int, m: Match[Any], words: frozenset[int] = frozenset(), keep: frozenset[str] = frozenset()) -> bool:
        """Any negation cue after ``m`` in its clause: 胸痛なし, 頭は打っていない,
        コーヒーかす様のものは混じっていません, 抗凝固薬の服用はありません; not one that ends a
        later predicate linked by て (手がしびれて箸が持てません, 胸が苦しくて眠れない), nor one
        after a word the sign is read with (``words``, where they begin): 急に + 話せなくなった,
        揺すっても + 起きません carry their negation in that word.  A negation inside a quotation
        the sign is not in is the person's words (急に「知らない人がいる」と大声を出して)."""
        toks = doc.sentences[i].tokens

        def quoted_apart(n: Match[Any]) -> bool:
            # the quotations only: a pseudo phrase (以前から変わらず, blocked for the vague-word passes) is the writer's
            k = n.first
            return any(a <= toks[k].start < b and not a <= toks[m.first].start < b
                       and not (n.item.id in _THERE_IS_NONE and answered(a, b)) for a, b in (doc.quotes[i] if doc.quotes else ()))

        def unchanged(n: Match[Any]) -> bool:
            # 黒い便が以前と変わらず出ています: 変わらず before the sign's own predicate says it goes on as it was, not that it
            # is absent (the session 19 review); ending its clause (しびれは以前から変わらず、…; 変わりません) it tells a
            # long-standing state, which is no new red flag
            return (any(t.lemma in CHANGE_WORDS for t in toks[max(0, n.first - 1) : n.last])
                    and n.last < len(toks) and toks[n.last].pos1 in ("動詞", "形容詞"))

        def answered(a: int, b: int) -> bool:
            """A short quotation that answers for the sign's topic (冷や汗・ふるえは…「一度もない」とのこと): a
            "there is none" in few words, after は / も, with no predicate or comma between the sign and it."""
            opening = token_starting_at(toks, a)
            if opening is None or opening <= m.last or toks[opening - 1].norm not in ("は", "も", "とも"):
                return False
            between = toks[m.last:opening]
            bracketed = asides(between, [])  # 低血糖症状（冷や汗・ふるえ）は: a bracket's contents do not count
            return len([t for t in toks if a < t.start < b]) <= 6 and not any(
                t.pos1 in ("動詞", "形容詞", "助動詞") or t.norm in ("、", ",")
                for k, t in enumerate(between) if k not in bracketed)

        # the negation cues that may undo a sign (not 心配 or 時, which name a thing or a plan)
        # (nor a resolution its negation cancels, nor that very negation: 下痢が止まらない / 止まりません goes on, blind91;
        # a later item's なし is its own: 咳止まらず胸痛なし, the session 26 review)
        unresolved = {n.last for n in doc.context[i] if n.item.id == _RESOLVED and cancelled(n.item.not_before, toks, n.last)}
        denials = [n for n in doc.context[i] if n.item.kind == "negation" and n.item.id not in _NOT_URGENT_NEGATIONS
                   and n.item.id not in keep and not unchanged(n)
                   and not (n.item.id == _RESOLVED and n.last in unresolved)
                   and not _negates_a_resolution(toks, n.first, unresolved)
                   # (Tohoku 〜ぐね denies only the sign it ends, 胸も痛ぐねし; not 胸の痛みは、まだよぐねぇ, "not better yet":
                   # the session 61 review)
                   and not (n.item.id == _GUNE and n.first != m.last)]
        # (a question after the talk asks about it, 胸いたいって。いつものことでしょうか: blind73, and denies nothing)
        if _denied_saying(toks, m, [n for n in denials if n.item.id not in QUESTION_CUES]):
            return True  # 死にたいとか、そういう言葉は出ていません: the words given as an example of what was not said
        def whole(n: Match[Any]) -> bool:
            # 冷や汗かいてぼーっとすることもない: the event's verbs; not 胸が痛くて救急車を呼ぶようなことはない; one event
            # with its subject, no clause between (急に力が入らなくなることはなく: blind101) is denied whole
            between = toks[m.last:n.first]
            return n.item.id in _WHOLE_EVENT and (
                not any(t.norm in ("を", "が", "は") for t in between)
                or not (any(t.tag.startswith("助詞-接続助詞") or t.norm in ("、", ",") for t in between)
                        or _links_on(toks, m.last - 1, n.first) or _asked_after(toks, n.last)))

        if any(m.first < n.first and n.last < m.last and toks[n.last].tag.startswith("補助記号-括弧開")
               and toks[n.last - 1].lemma in _DENIES
               and not any(t.tag.startswith("補助記号-括弧開") for t in toks[m.first : n.first]) for n in denials):
            return True  # 黒色便なし（便は茶色…）: a pattern with gaps ran on over the sign's own なし and its bracket (blind102)
        if any(n.first >= m.last and n.item.id in _WHOLE_EVENT
               and (_tari_listed(toks, m.last, n.first) or _toka_listed(toks, m.last, n.first)) for n in denials):
            return True  # 急に力が入らなくなったり、ろれつが回らなかったりといったことはありません: the list denied whole
        if any(n.first >= m.last and (_listed_denial(toks, m.last, n.first) or _mo_listed(toks, m.last, n.first))
               and not quoted_apart(n) and not _not_denying(toks, n.first) and not _asks_at(toks, n.first, n.last)
               and not _denial_undone(toks, n.first, n.last) for n in denials):
            # 胸が痛いとか、息が苦しいとかはない: an item of a list whose denial comes after its last item; 頭痛も吐き気もありません:
            # nouns each closed by も, denied together (blind233)
            return True
        return any(n.first >= m.last and (whole(n) or not any(m.last <= w <= n.first for w in words))
                   and not _not_denying(toks, n.first)
                   and not _asks_at(toks, n.first, n.last)
                   and not _unlike_before(toks, n.first) and not _not_only(toks, n.first)
                   and not _consequence(toks, m, n.first)
                   and (not clause_break(toks, m.last, n.first) or _noun_list(toks, m.last, n.first)
                        or _topic_comma(toks, m.last, n.first) or _qualified_last(toks, m, n.first))
                   and (whole(n) or not _next_predicate(toks, m.last, n.first) or _qualified_last(toks, m, n.first))
                   and not quoted_apart(n) and not _only(toks, m.last, n.first)
                   and not _aside_of_its_own(toks, m.last, n.first)
                   and not (n.item.id in QUESTION_CUES and _cause_between(toks, m.last, n.first))
                   and not _asked_within(toks, m.last, n.first) for n in denials)

    def conditions(i: int, scope: str, checked: bool) -> set[str]:
        """Conditions met in sentence i.  One elsewhere in the report (``checked``) that is negated is
        not met, nor one in a plan (冷や汗や震えがあれば、ブドウ糖を…伝える予定です: the insulin
        of the sentence before is not in trouble); one in the sign's own sentence (左 in
        左の手足の感覚がない) shares its negation and its hypothesis, but not the negation that is its sign's own
        predicate (薬が2日分なくなっていて: the medicine is not denied, the days' doses are gone)."""
        def its_sign(m: Match[Any]) -> frozenset[int]:
            return frozenset(s.first for s in doc.report[i]
                             if isinstance(s.item, UrgentSign) and s.item.id == m.item.sign and s.first >= m.last)

        sent = doc.sentences[i]
        # (asked once a sentence, not once a condition: whether it counts anything zero, whether it holds a bound with none
        # past it)
        zero = checked and any(el.kind == "frequency" and el.value.get("amount") == 0 for el in doc.elements[i])
        bound = checked and _NONE_PAST.search(sent.text) is not None

        def counted_none_after(m: Match[Any]) -> bool:
            # a condition counted none right after it, 38℃以上の発熱は0回; not a list's count, 立てない、排尿は0回 (the last
            # review)
            return (zero and _counted_zero(doc, i, sent.tokens[m.last - 1].end, listed=False)) or (
                bound and _NONE_PAST.match(sent.text, sent.tokens[m.first].start - sent.start) is not None)

        return {m.item.sign for m in doc.report[i] if isinstance(m.item, UrgentCondition) and m.item.scope == scope
                and not (checked and negated(i, m, its_sign(m), _CONDITION_KEEP))
                and not (checked and _hypothetical(sent.tokens, cues.get(i, {}), m))
                and not (checked and counted_none_after(m))
                and not _no_fever(sent.tokens, m)}

    report_conditions = set().union(*(conditions(i, "report", True) for i in content))
    near_conditions = {i: conditions(i, "near", True) for i in content}  # each negation-checked, in the sign's sentence too
    near = None  # the sentences near each sentence (_near_sentences), made when a with_near sign needs them
    # 鉄剤 explains 便が黒色; not 鉄剤は出ていない, nor a question (鉄の薬なんか飲んでたっけ？)
    # (an explanation the report denies anywhere does not hold: 「鉄の薬のせいやろ」…鉄の薬は飲んでないと思います)
    unless = [(i, m) for i in content for m in doc.report[i] if isinstance(m.item, UrgentCondition) and m.item.scope == "unless"]

    # (a sign of _EXPLAINED_IN_ITS_SENTENCE is explained only before it in its own sentence, 胃カメラのため朝から何も食べず: a
    # visit arranged for it elsewhere explains nothing; and there the sign's own negation after the explanation does not deny
    # it: the session 65 reviews)
    def own_sign(i: int, m: Match[Any]) -> frozenset[int]:
        if m.item.sign not in _EXPLAINED_IN_ITS_SENTENCE:
            return frozenset()
        return frozenset(o.first for o in doc.report[i] if isinstance(o.item, UrgentSign) and o.item.id == m.item.sign
                         and o.first >= m.last)

    own = {id(m): own_sign(i, m) for i, m in unless}  # (read once: the filter and both denials ask it)
    unless = [(i, m) for i, m in unless if m.item.sign not in _EXPLAINED_IN_ITS_SENTENCE or own[id(m)]]

    denied = {m.item.sign for i, m in unless  # (a question about it is no denial: 鉄剤の飲み方の調整が必要か)
              if negated(i, m, own[id(m)], QUESTION_CUES)
              or (not own[id(m)] and _denied_in_speech(doc.sentences[i].tokens, m))}
    explained = {m.item.sign for i, m in unless if not _asked(doc.sentences[i], m)} - denied
    doc.explained = frozenset(explained)  # (the missing pass asks nothing of a sign explained: passes/missing.py)
    out: list[Passage] = []
    taken: set[str] = set()  # one mention per sign: the first
    past: set[str] = set()  # signs the report has put in the past: a later mention needs an onset of its own
    spouse_of_patient: frozenset[str] | None = None  # made when first needed
    settled = _settled_at(doc) if any("no-reply" in cues[i] for i in content) else None
    for i in content:
        sent = doc.sentences[i]
        toks = sent.tokens
        here = doc.report[i]
        sentence_conditions = conditions(i, "sentence", False)
        per = {kind: ms for kind, ms in cues[i].items() if kind in _GUARDS}
        others: list[tuple[int, int, int, bool]] | None = None  # made when a sign of this sentence gets that far
        signs = sorted((m for m in here if isinstance(m.item, UrgentSign)), key=lambda m: (m.first, -m.last))
        if any(a.first == b.first and a.last == b.last for a, b in zip(signs, signs[1:], strict=False)):
            # signs read over the same words, in the lexicon's order (not in the order the index's tries give them)
            rank = {id(s): k for k, s in enumerate(doc.lexicon.urgent)}
            signs.sort(key=lambda m: (m.first, -m.last, rank.get(id(m.item), 0)))
        given = len(out)  # this sentence's signs start here (for the overrides below)
        for m in signs:
            sign: UrgentSign = m.item
            if sign.id in taken:
                continue
            if sign.with_sentence and sign.id not in sentence_conditions:
                continue
            if sign.with_after and not any(isinstance(c.item, UrgentCondition) and c.item.sign == sign.id
                                           and c.item.scope == "sentence" and c.first >= m.last for c in here):
                continue  # うとうとされる時間がありますが、声をかければすぐ目を開けて: the response told first is not to the call
            if sign.with_report and sign.id not in report_conditions:
                continue
            if sign.id in explained:
                continue  # 鉄剤開始後、便が黒色: an expected effect named in the report
            if any(c.item.id in _NOT_A_SIGN and c.first <= m.first and m.last <= c.last for c in doc.context[i]):
                continue  # マグミットを元の1日2回に戻してよいか: a dose put back, not a vomit (blind127's physician)
            if sign.with_near and near is None:
                near = _near_sentences(doc)
            if sign.with_near and not any(sign.id in near_conditions.get(k, ()) for k in near(i)):
                continue  # 自室で転倒。左の股関節を痛がり、立てません。: the sign and its fall in adjacent sentences
            if sign.change_below is not None and _small_change(doc, i, sign):
                continue  # 体重：46.0kg → 47.5kg（1週間で+1.5kg）: below the guidance's 2 kg (blind71)
            if (sign.below is not None or sign.above is not None) and (
                    names_a_drug(toks, m.last) or not _vital_beyond(doc, i, sign, m, cues)):
                continue  # 新しい血圧の薬が追加…: a medicine named, not a reading (blind52: its 78/46 is told later)
            # a condition word carries a negation that follows it within its phrase (急に + 話せなくなった);
            # one past a bracket or a colon belongs to a list (低血糖症状（冷汗・ふるえ・ぼんやり）：なし)
            # (not a condition listed with the sign, which shares its negation: 黒い変色やにおいはありません)
            words = frozenset(c.first for c in here if isinstance(c.item, UrgentCondition) and c.item.sign == sign.id
                              and not any(t.pos1 == "補助記号" for t in toks[c.last : _next_negation(doc, i, c.first)])
                              and not _listed_with(toks, m.last, c.first))
            if negated(i, m, words, QUESTION_CUES if sign.despite_question else frozenset()):
                continue  # a sign read with a word (急に + 話せなくなった) may carry a negation in that word
            if _counted_zero(doc, i, toks[m.last - 1].end):
                continue  # 転倒は0回: counted and none (blind78)
            if _tallied(doc, i, m):
                continue  # 30日間で、…重複内服 2回: the month's tally (blind150)
            if settled is not None and toks[m.first].start < settled:
                continue  # …尿流出なし…交換後すぐに尿流出あり…本件は解決済みのため: settled (blind152)
            if sign.id in past and not per.get("onset"):
                continue  # 先日の低血糖後の経過をお知らせします。…11/24に血糖48の低血糖があり: the event the report follows up
            if _hypothetical(toks, per, m) or _asked_and_denied(toks, m) or (not sign.despite_question and _if_then_asked(toks, m)):
                continue
            if _past(toks, per, m):
                past.add(sign.id)
                continue
            if not per.get("onset") and (_none_since(toks, m, doc.report[i], lambda o, i=i: negated(i, o))
                                         or _no_recurrence(toks, m)):
                continue  # 10/30の転倒（後頭部打撲…）以降、転倒はありません: the event that began a quiet period
                # (11/20に低血糖（冷汗・ふらつき）がありましたが、…減量後、再発はありません: blind49)
            if _quiet_since_later(doc, i, m, lambda j, o: negated(j, o) or _no_recurrence(doc.sentences[j].tokens, o)
                                  or _counted_zero(doc, j, doc.sentences[j].tokens[o.last - 1].end)):
                continue  # 11/28 22時頃に胸の痛みを訴え…。11/29〜12/5の7日間、胸痛の再発はなく: the dated event a quiet period
                # told later followed (blind199, blind200's calm reports); a later mention is read on its own (…12/6 胸痛あり:
                # the session 58 review)
            if not per.get("onset") and i + 1 in cues and _still_the_same(doc, i + 1, cues[i + 1], toks[m.first : m.last]):
                continue  # SpO2が86〜88％まで下がり、休憩で92％に戻ります。3か月前から同じ傾向です。
            if not per.get("onset") and i + 1 in cues and _quiet_since(doc, i + 1, cues[i + 1], toks) and not any(
                    cues[j].get("onset") for j in content if j > i + 1):
                continue  # …頭部を打撲されましたが、CTで異常なし。その後1か月、頭痛・吐き気の悪化はなく (not when a later sentence
                # tells something from today: 転倒後3週間、頭痛・嘔吐はありません。本日、頭痛があります: the session 52 review)
            if not per.get("onset") and i > 0 and i - 1 in cues and m.last <= _since_head(toks) \
                    and _quiet_since(doc, i, per, doc.sentences[i - 1].tokens):
                continue  # 転倒後10日間、頭痛・嘔吐はありません: the quiet period's own count names the event before it, no new one
            if others is None:
                # another person's state (奥様は腰痛で〜, 娘さんも〜): the hearsay items that also silence
                # missing-* (娘さんが声をかけたら、返事は…: past the comma the patient is the news again)
                # (not one named with が whose clause ends in what they said: 娘さんが先日、便が黒っぽかったと言っていました)
                others = [(a, b, h.last, any(t.norm == "は" for t in toks[h.first:h.last]))
                          for h in doc.context[i] if names_another_person(h)
                          for a, b in [hearsay_scope(toks, h)] if not relays(toks, h, b)]
                if spouse_of_patient is None:
                    spouse_of_patient = _spouse_of_patient(doc.text)
                if spouse_of_patient:
                    others += [(k, len(toks), k + 2, toks[k + 1].norm == "は") for k in range(len(toks) - 1)
                               if toks[k].lemma in spouse_of_patient and toks[k + 1].norm in ("が", "は")]
                if not per.get("onset") and _theirs_told_on(doc, i):
                    others.append((0, len(toks), 0, True))
            # (a call answered weakly is the patient's state when the other person is the caller, named with が right before the
            # call: 娘さんが声をかけても目をあまり開けず, blind204; not a person made the topic, 奥様は呼んでも返事がない, nor one
            # another calls, 同室の方がスタッフが呼んでも反応しない: the session 58 review)
            if any(a <= m.first < b and (topic or not (sign.id == _WEAK_RESPONSE and _calls(toks, h_last, m.first)) and (
                       not predicate_break(toks, h_last, m.first) or _carries_subject(toks, h_last, m.first)))
                   for a, b, h_last, topic in others):
                continue  # 主介護者の奥様が胸痛で救急搬送され: another person's sign, in that person's clause
                # (a topic with は carries on past a comma: 娘さんは熱が４０度近く出て、ぐったりしてた)
            taken.add(sign.id)
            first = m.first
            while first + 1 < m.last and toks[first].pos1 == "補助記号":
                first += 1  # 「知らん男がおる: a pattern may open on the quotation mark; the passage opens on the words
            last = m.last
            while last < len(toks) and (toks[last].pos1 == "接尾辞" or (last > m.last and toks[last].lemma in ("た", "ます"))):
                last += 1  # 便が黒|っぽかっ|た: the whole predicate
            tail = inflected_end(toks, last)
            if (tail + 1 < len(toks) and toks[tail + 1].lemma in _FIGURATIVE) or _thinking_of(toks, m.first):
                continue  # 訪問するたびに胸が痛む思いです, 息子のことを思うと胸が痛い: a feeling, not a symptom
            start, end = toks[first].start, toks[tail].end
            out.append(Passage(start, end, sent.text[start - sent.start : end - sent.start], sign.label, sign.id))
        # a sign the sentence gives that another sign it gives overrides (咳をすると、赤い血が痰に混じります: hemoptysis, not
        # a gut bleed; blind80 and the session 22 review), whatever order the two were read in; an overriding sign the
        # sentence denies overrides nothing (血痰はありませんが、便に血が混じっていました)
        # (only a sign read over words the overriding one shares: 吐いたものに血が混じっていて、下血もありました keeps 下血,
        # the session 44 review)
        mine = out[given:]
        overrides = {m.item.id: m.item.overrides for m in signs}
        gone = {id(p) for p in mine for q in mine if p.id in overrides[q.id] and p.start < q.end and q.start < p.end}
        if gone:
            taken -= {p.id for p in mine if id(p) in gone and not any(r.id == p.id and id(r) not in gone for r in mine)}
            out[given:] = [p for p in mine if id(p) not in gone]
    return out


#: Verbs whose negation denies the thing before them (胸痛はありません, 黒色便は見られない).
_EXISTENCE = frozenset(("有る", "ある", "無い", "ない", "見る", "見られる", "認める", "出る", "来る", "為る", "起こる", "起きる", "続く", "居る"))


def _consequence(toks, m: Match[Any], k: int) -> bool:
    """The negation at ``k`` ends a verb the red flag causes, linked by で (背中の激痛で起き上がれません,
    頭痛で眠れない): what the symptom prevents, not a denial of it."""
    between = toks[m.last:k]
    j = k - 1
    while j > m.last and toks[j].pos1 == "助動詞":
        j -= 1  # 起き上がれ|ませ|ん: the verb before ます
    return (any(t.norm == "で" for t in between[:2]) and j >= m.last and toks[j].pos1 == "動詞"
            and toks[j].lemma not in _EXISTENCE)


def _not_only(toks, k: int) -> bool:
    """だけでなく / のみならず: "not only", no denial (貼った所だけでなく、全身に発疹が広がっています)."""
    return k >= 2 and toks[k - 1].norm == "で" and toks[k - 2].norm in ("だけ", "ばかり")


def _denied_in_speech(toks, m: Match[Any]) -> bool:
    """A regional or spoken negation ends the clause of ``m`` (鉄の薬なんか飲んでへんのになぁ, 飲んどらん)."""
    for k in range(m.last, len(toks)):
        t = toks[k]
        if t.norm in ("、", ",", "。", "」"):
            return False
        if t.norm == "ん" and toks[k - 1].pos1 == "動詞" and toks[k - 1].cform.startswith(("終止形-一般", "連体形-一般")):
            continue  # 起きるんよ: the ん of のだ after a verb's plain form (UniDic reads it ず), not 起きんよ's negation
        if t.norm in ("へん", "ひん", "ん", "ねえ", "ない", "ず") and (
                t.pos1 in ("助動詞", "形容詞") or toks[k - 1].lemma == "て" or toks[k - 1].pos1 == "動詞") and not _not_denying(toks, k):
            return not _asks_at(toks, k, k + 1)  # UniDic reads 飲んで|へん's へん as 辺; 出してもらえないでしょうか asks
    return False


def _asked(sent: Sentence, m: Match[Any]) -> bool:
    """A question mark ends the clause of ``m``: the thing is asked about, not told; or the clause
    only guesses it (入れ歯を外しているせいかと思いましたが、入れ歯を入れても…: a cause guessed, then
    the sign told despite it)."""
    rest = sent.text[sent.tokens[m.last - 1].end - sent.start:]
    clause = rest.split("、")[0]
    return any(q in clause for q in ("？", "?")) or any(g in clause for g in _GUESSED)


#: Verbs of asking: the writer asked about the sign (胸の痛みについてお聞きしましたが).
_ASKING = frozenset(("聞く", "伺う", "尋ねる", "訊く", "確認", "質問"))
#: Answers that say the thing is not there (大丈夫とのこと, 「なんともねぇ」).
_ALL_RIGHT = frozenset(("大丈夫", "平気", "問題"))


def _asked_and_denied(toks, m: Match[Any]) -> bool:
    """The sign is what the writer asked about (胸の痛みや息苦しさについて毎回お聞きしていますが、) and the
    rest of the sentence answers no (「胸っこはなんともねぇ」とのこと, ないとのことでした, 大丈夫とのこと); an
    answer that tells it (昨夜から痛むとのこと) leaves the sign told."""
    ask = next((k for k in range(m.last, min(len(toks), m.last + 10)) if toks[k].lemma in _ASKING), None)
    quoted = None  # 息苦しさについて本人は「別にこわくねぇよ、だいじだ」と: the answer in the person's words (blind95)
    k0 = m.last
    while k0 < len(toks) and toks[k0].pos1 == "接尾辞":
        k0 += 1  # 息苦し|さ
    if ask is None and [t.lemma.replace("付く", "つく") for t in toks[k0 : k0 + 3]] == ["に", "つく", "て"]:
        quoted = next((k for k in range(k0 + 3, min(len(toks), k0 + 8)) if toks[k].norm == "「"), None)
        ask = quoted
    if ask is None or not any(t.norm in ("に", "を", "は", "も") for t in toks[m.last:ask]):
        return False
    if any(t.pos1 in ("動詞", "形容詞") and t.lemma not in ("付く", "つく") and toks[k + 1].pos1 != "接尾辞"
           for k, t in enumerate(toks[m.last:ask], m.last)):
        return False  # 胸が痛いと言うので確認しました: a sign told, then checked (not 息苦し|さ, a noun in a list)
    # the answer: from the first link after the asking (が, ところ, と, 、) to its first predicate, or the quotation
    link = quoted if quoted is not None else next(
        (k for k in range(ask + 1, len(toks)) if toks[k].norm in ("が", "けど", "ところ", "と", "、")), None)
    if link is None:
        return False
    rest = toks[link + 1:]
    sign_words = {t.lemma for t in toks[:ask]}  # what was asked about (胸の痛みや息苦しさ → 「胸っこは…」)
    for k, t in enumerate(rest):
        if t.pos1 == "名詞" and t.lemma not in sign_words and t.lemma not in ("何", "特", "特段", "全く", "事", "別") and t.lemma not in _ALL_RIGHT:
            return False  # ニトロも効果がないとのこと: the answer denies something else
        if t.lemma in ("無い", "ない") or t.lemma in _ALL_RIGHT:
            return True
        if t.lemma == "何" and k + 2 < len(rest) and rest[k + 1].norm == "と" and rest[k + 2].norm == "も":
            return True
        if t.pos1 in ("動詞", "形容詞"):
            # (an adjective the answer denies at once is a no: 「こわくねぇ」, 苦しくないとのこと; not a verb: 治まらない,
            # 息ができない tell the sign)
            return (t.pos1 == "形容詞" and k + 1 < len(rest) and rest[k + 1].lemma in ("無い", "ない")
                    and rest[k + 1].pos1 in ("形容詞", "助動詞"))
    return False


#: A cause told as a guess, not found: …せいかと思いました, …ためかもしれません.
_GUESSED = ("かと思", "かとも思", "かもしれ", "かも知れ")


def _unlike_before(toks, k: int) -> bool:
    """これまでになく強い, いつになく: a なく between に and an adjective says "as never before"."""
    return (0 < k < len(toks) - 1 and toks[k - 1].norm == "に" and toks[k].lemma in ("無い", "ない")
            and toks[k + 1].pos1 in ("形容詞", "形状詞", "副詞"))


def _listed_with(toks, first: int, last: int) -> bool:
    """Tokens ``first``..``last`` join two nouns as items of one list (変色|や|におい)."""
    between = toks[first:last]
    return (any(t.norm in ("や", "と", "、", "・") for t in between)
            and all(t.norm in _LIST_WORDS or t.pos1 in ("名詞", "接尾辞") for t in between))


#: Nouns a red flag's predicate may qualify that make it a figure of speech (胸が痛む思い, 頭が痛い問題).
_FIGURATIVE = frozenset(("思い", "気持ち", "問題", "思い出", "話題", "出来事"))
#: Particles that end a list item before its comma (右半身のまひと、言葉が出にくい).
_LIST_LINKS = frozenset(("と", "や", "とか"))
#: Words that say a state is as it was (同じ傾向, 変わりない, 相変わらず).
_SAME = frozenset(("同じ", "変わる", "変わり", "変化", "相変わらず", "横ばい"))
#: The most tokens a sentence that only says so may have (3か月前から同じ傾向です。).
_SHORT = 15
#: Words that name a sign as what an old illness left, as written (UniDic splits 後遺|症).
_SEQUEL = ("後遺症", "名残", "なごり")


#: What opens a sentence that counts the time since the event before it (その後1か月, それ以降2週間).
_SINCE_THEN = frozenset(("後", "以降", "以来", "以後"))
#: The same words opening a sentence alone (以後1か月、…なし).
_SINCE_ALONE = frozenset(("以降", "以来", "以後"))
#: What a sentence denies when nothing happened (悪化はなく, 症状はありません, 変化なし).
_QUIET_WORDS = frozenset(("悪化", "増悪", "症状", "変化", "異常", "再発", "変わり", "訴え"))
#: The only verbs such a sentence may have: existence, seeing, auxiliaries (UniDic's lemmas and GiNZA's kana).
_QUIET_VERBS = frozenset(("為る", "有る", "居る", "見る", "見られる", "見受ける", "する", "ある", "いる", "おる", "みる"))
#: The last word of a part of a list that denies it (頭痛なし, 嘔吐はありません, 認めず).
_DENIED_LAST = _DENIES | {"ん"}
#: Units of a duration counted since then.
_SPAN_UNITS = frozenset(("日", "日間", "週", "週間", "箇月", "ヶ月", "か月", "カ月", "月", "年", "年間"))
#: Events whose 後 opens a period as その後 does (転倒後3週間、) where the sentence before names the same event: an injury,
#: not a stay or an operation (退院後2週間、変化はありません says nothing of a chest pain told before it: the session 52 review).
_EVENTS_SINCE = frozenset(("転倒", "転落", "打撲", "受傷"))


def _since_head(toks) -> int:
    """Where the count of a quiet period ends: its first comma (転倒後10日間、)."""
    return next((k for k, t in enumerate(toks) if t.norm in ("、", ",")), 0)


def _quiet_since(doc: Document, j: int, per: dict[str, list[Match[Any]]], before) -> bool:
    """Sentence ``j`` opens by counting a time since what the sentence before told (その後1か月、それ以降2週間、; or since
    an injury that sentence names, ``before`` its tokens: 打撲後3週間（1月27日まで）、, 転倒後12/3〜12/12の10日間、: blind161,
    blind167) and says nothing happened in it (悪化はなく, 症状はありません), with no onset cue: the event before it
    is over."""
    # (a bracket that names who checked stands aside: …はいずれもありません（家族・訪問看護による毎日の確認）, blind270's calm
    # report; not one that tells something of the body, （娘さんは最近ぼんやりしていると話されています）: the session 65 review)
    sent = doc.sentences[j]
    bracketed = _checker_brackets(doc, j)
    toks = [t for k, t in enumerate(sent.tokens) if k not in bracketed and (t.pos1 != "補助記号" or t.norm in ("、", ","))]
    # (a verb made a noun by its suffixes, 手足の動かし|にく|さ, is an item; not a predicate, 歩き|にくい)
    nominal = {k for k in range(len(toks) - 2) if toks[k].pos1 == "動詞" and toks[k + 1].pos1 == "接尾辞" and toks[k + 2].norm == "さ"}
    head = toks[:5]
    since = next((k for k, t in enumerate(head) if t.lemma in _SINCE_THEN
                  and ((k > 0 and head[k - 1].lemma in ("其の", "其れ", "その", "それ")) or (k == 0 and t.lemma in _SINCE_ALONE)
                       or (k == 1 and t.lemma == "後" and head[0].lemma in _EVENTS_SINCE
                           and any(b.lemma == head[0].lemma for b in before)))), None)
    if since is None or since + 2 >= len(toks):
        return False
    # a span counted before the first comma (その後1か月、; 転倒後12/3〜12/12の10日間、), not a rate (その後は1日2回訪問して:
    # the session 52 review)
    stop = next((k for k in range(since + 1, len(toks)) if toks[k].norm in ("、", ",")), len(toks))
    counted = any(toks[k].pos2 == "数詞" and (toks[k + 1].lemma in _SPAN_UNITS or toks[k + 1].norm in _SPAN_UNITS)
                  and not any(x.lemma in ("回", "度") for x in toks[k + 2 : k + 4])
                  for k in range(since + 1, min(stop, len(toks) - 1)))
    # what is denied is a worsening, a symptom or a change (悪化はなく, 症状はありません), not a recovery or an
    # ability (痛みは治まっていません, 食べられず): review of session 11
    # or a list of the symptoms themselves, each part denied (その後5日間、頭痛・嘔吐・ふらつきなし: blind52; not
    # 頭痛なし、嘔吐あり: a part told present is news)
    comma = next((k for k in range(since + 1, len(toks)) if toks[k].norm in ("、", ",")), None)
    rest = toks[comma + 1:] if comma is not None else []
    parts: list[list[Any]] = [[]]
    for t in rest:
        if t.norm in ("、", ","):
            parts.append([])
        else:
            parts[-1].append(t)
    # (a noun of a noun inside an item: 言葉のもつれ, 手足の脱力)
    # (いずれも of the list's denial, 頭痛・嘔吐…はいずれもありません: blind173's calm trap)
    offset = comma + 1 if comma is not None else 0
    suffixes = {k + d for k in nominal for d in (1, 2)}
    listed = bool(rest) and all(t.pos1 in ("名詞", "助動詞", "接尾辞") and (t.pos1 != "接尾辞" or offset + n in suffixes)
                                or offset + n in nominal or t.norm in ("は", "も", "、", ",") or t.lemma in _QUIET_VERBS
                                or t.lemma == "何れ"
                                or (t.norm == "の" and 0 < n < len(rest) - 1 and rest[n - 1].pos1 == "名詞" and rest[n + 1].pos1 == "名詞")
                                for n, t in enumerate(rest)) and all(p and p[-1].lemma in _DENIED_LAST for p in parts)
    negated = ((any(n.item.kind == "negation" for n in doc.context[j]) or any(t.lemma == "無い" for t in toks))
               and (any(t.lemma in _QUIET_WORDS for t in toks) or listed)
               and not any(t.pos1 == "動詞" and t.lemma not in _QUIET_VERBS and k not in nominal for k, t in enumerate(toks)))
    # (the signs it names are those it denies: その後1か月、頭痛・吐き気の悪化はなく; a new one has an onset cue)
    return counted and negated and not per.get("onset")


#: Words by which a bracket tells a finding: that it is there, and since when (（少しあり）, （今朝から）).
_TELLING = frozenset(("有る", "有り", "から", "今朝", "本日", "今日", "昨日", "昨夜", "昨晩", "さっき", "先程", "少し", "やや", "時々", "たまに"))


def _value_brackets(toks) -> frozenset[int]:
    """Tokens of the brackets that tell no finding of their own (（最低95%）, （36℃台）, （両側とも）, （痰がらみなし）): no
    percentage below 90 (an SpO2), no temperature of 37.5 or more, no あり, no time it began (今朝から) and no predicate
    other than a denial (（階段で少しあり）, （右手のみ今朝から）, （階段昇降時のみ軽く） tell something: the session 65 reviews)."""
    out: set[int] = set()
    for run in _bracket_runs(toks):
        words = [toks[x] for x in run if toks[x].norm not in ("（", "(", "）", ")")]
        tells = any(t.lemma in _TELLING or (t.pos1 in ("動詞", "形容詞") and t.lemma not in ("無い", "ない")) for t in words)
        if not tells and not _out_of_range(words):
            out.update(run)
    return frozenset(out)


def _bracket_runs(toks) -> list[list[int]]:
    """The token indices of each bracket of a sentence (:func:`context.asides` with no element spans), one list a bracket."""
    runs: list[list[int]] = []
    for k in sorted(asides(toks, [])):
        if runs and k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _out_of_range(words) -> bool:
    """A number before % below 90, or before ℃ (UniDic's 度) of 37.5 or more."""
    for a, b in zip(words, words[1:], strict=False):
        if a.tag.startswith("名詞-数詞"):
            try:
                value = float(a.norm.translate(_FULL_DIGITS))
            except ValueError:
                continue
            if (b.norm in ("%", "％") and value < 90) or ((b.norm in ("℃", "度", "°C") or b.lemma == "度") and value >= 37.5):
                return True
    return False


#: Signs whose explanation counts only before them in their own sentence (nothing-taken-since: 胃カメラのため朝から何も
#: 食べず, not 受診のため介護タクシーを手配 elsewhere in the report).
_EXPLAINED_IN_ITS_SENTENCE = frozenset(("nothing-taken-since",))
#: Words of who checked or how (家族による確認, 訪問看護の記録, ヘルパーより).
_CHECKED_BY = frozenset(("確認", "記録", "因る", "より", "測定", "聞き取り", "家族", "看護", "ヘルパー", "観察", "チェック"))


def _checker_brackets(doc: Document, j: int) -> frozenset[int]:
    """Tokens of sentence ``j``'s brackets that tell who checked or how (（家族・訪問看護による毎日の確認）): no observation,
    topic word, red flag or figure inside."""
    toks = doc.sentences[j].tokens
    runs = _bracket_runs(toks)
    if not runs:
        return frozenset()
    told = {k for o in (*doc.observations[j], *doc.topic_words[j]) for k in range(o.first, o.last)}
    told |= {k for o in doc.report[j] if isinstance(o.item, UrgentSign) for k in range(o.first, o.last)}
    return frozenset(k for run in runs if any(toks[x].lemma in _CHECKED_BY for x in run) and not any(
        x in told or toks[x].tag.startswith("名詞-数詞") or toks[x].pos1 == "接続詞" for x in run) for k in run)


#: A family member marked as the patient (奥様（ご利用者様）, 妻（本人）), and the words of their spouse.
_PATIENT_MARK = _regex.lazy(r"(奥様|奥さん|妻|家内|ご主人|主人|夫|旦那さん|旦那様)\s*[（(]\s*(?:ご)?(?:利用者|本人)(?:様|さん)?\s*[）)]")
_SPOUSE_WORDS = {"wife": frozenset(("主人", "夫", "旦那")), "husband": frozenset(("奥", "奥様", "奥さん", "妻", "家内"))}


def _spouse_of_patient(text: str) -> frozenset[str]:
    """When the report names the patient as a spouse (奥様（ご利用者様）によると、ご主人が…), the words of the other
    spouse: a red flag told of them with が / は is theirs (ご主人が朝「胸が苦しい」言うて). Empty otherwise, where
    ご主人が in a family's account is often the patient (other-person-topic)."""
    m = _PATIENT_MARK.search(text)
    if m is None:
        return frozenset()
    return _SPOUSE_WORDS["wife" if m.group(1) in ("奥様", "奥さん", "妻", "家内") else "husband"]


#: Verbs after which the next clause tells what the other person found, not their own state.
_FINDING_VERBS = frozenset(("訪問", "訪ねる", "掛ける", "かける", "呼ぶ", "呼び掛ける", "来る", "見る", "気付く", "気づく", "行く",
                            "伺う", "覗く", "起こす", "見つける", "発見", "確認", "帰る", "戻る"))


def _theirs_told_on(doc: Document, i: int) -> bool:
    """Sentence ``i`` goes on telling, as hearsay and with no person of its own, the illness of another person
    that the sentence before told to its end (娘さんが先月脳梗塞で倒れて、入院しているそうです。右の手足が動かなくて、
    言葉も出にくいらしいです。: the daughter's, blind55). The sentence before must name their own illness (a red flag
    or an observation in their clause), not only how they feel (奥様が心配されています。右手がしびれるらしいです。)."""
    if i == 0 or "\n\n" in doc.text[doc.sentences[i - 1].end : doc.sentences[i].start]:
        return False
    toks, before = doc.sentences[i].tokens, doc.sentences[i - 1].tokens
    if not _hearsay_end(toks) or any(t.lemma in ("本人", "利用者") or t.norm in ("様", "さん") for t in toks):
        return False
    for h in doc.context[i - 1]:
        if not names_another_person(h):
            continue
        a, b = hearsay_scope(before, h)
        if b < len(before) or (predicate_break(before, h.last, len(before) - 1) and not _carries_subject(before, h.last, len(before) - 1)):
            continue
        if any(a <= x.first for x in (*doc.observations[i - 1], *(u for u in doc.report[i - 1] if isinstance(u.item, UrgentSign)))):
            return True
    return False


def _hearsay_end(toks) -> bool:
    """The sentence ends as hearsay: 〜らしいです, 〜そうです after a plain form, 〜とのことです."""
    k = len(toks) - 1
    while k > 0 and (toks[k].pos1 == "補助記号" or toks[k].lemma in ("です", "だ", "ます", "よ", "ね")):
        k -= 1
    if k <= 0:
        return False
    tok = toks[k]
    return (tok.lemma == "らしい" or (tok.lemma == "そう" and toks[k - 1].cform.startswith("終止形"))
            or (tok.lemma == "事" and toks[k - 1].norm == "の" and k > 1 and toks[k - 2].norm == "と"))


def _carries_subject(toks, first: int, last: int) -> bool:
    """Every clause that ends between ``first`` and ``last`` ends in a て-form or a 連用形 (奥様が転倒され、頭を打って /
    お孫さんがゼーゼー言ってて、唇も紫っぽく): another person's が-subject carries on to the sign; a conditional or a
    contrast (娘さんが声をかけたら、返事は…; 〜ですが、) hands the sentence back to the patient."""
    if any(t.lemma in _FINDING_VERBS for t in toks[first:last]):
        return False  # 長女様が今朝訪問して、右手に力が入らず: the relative found the patient so
    ends = [k for k in range(first, last) if toks[k].norm in ("、", ",") and k > 0
            and (toks[k - 1].pos1 in ("動詞", "形容詞", "助動詞") or toks[k - 1].tag.startswith("助詞-接続助詞"))]
    if ends and any(t.norm in ("が", "は") and t.tag.startswith("助詞-") for t in toks[ends[-1] + 1 : last]):
        return False  # 奥様が昨夜入院し、本日から健二様が一人の状態です: a new subject after the comma
    return bool(ends) and all(
        (toks[k - 1].tag.startswith("助詞-接続助詞") and toks[k - 1].lemma in ("て", "で"))
        or (toks[k - 1].pos1 in ("動詞", "形容詞", "助動詞") and toks[k - 1].cform.startswith("連用形")
            and toks[k - 1].lemma not in ("た", "だ"))
        for k in ends)


def _still_the_same(doc: Document, j: int, per: dict[str, list[Match[Any]]], sign: Sequence[Token] = ()) -> bool:
    """Sentence ``j`` only says that what the sentence before told is long-standing: a short
    sentence with a history cue and a word of sameness, no onset cue and no red flag of its own
    (3か月前から同じ傾向です。; 以前から変わりありません。); not a caveat (ただ, でも, しかし) whose topic is another matter
    than the sign's words (水もほとんど飲まず…。ただ食欲は昔からあまりない方なので。: the appetite is long-standing, blind118)."""
    toks = doc.sentences[j].tokens
    own = {t.lemma for t in sign}
    # (a caveat that opens on a contrast, ただ / でも / しかし, and names its own topic: only a topic that contrasts; この状態は,
    # 症状は, ご本人は name the sign or its teller: the session 39 review)
    if toks and toks[0].lemma in _CAVEAT and any(
            t.pos1 == "名詞" and t.lemma not in own and t.lemma not in _SAME and toks[k + 1].norm == "は" and toks[k + 1].pos1 == "助詞"
            and not any(c.first <= k < c.last for c in per.get("history", ())) for k, t in enumerate(toks[:-1])):
        return False
    # a history cue of its own past (3か月前から, 以前から), not only the sameness (その後はいつもと変わりない: recovered)
    past = [c for c in per.get("history", ()) if not any(t.lemma in _SAME for t in toks[c.first:c.last])]
    # (以前から同じ薬を飲んでいます is about the medicine: no object in the sentence)
    # (a sequel named, 5年前の顔面神経麻痺のなごりで、ずっと変わらんそうです, may take a longer sentence)
    # (or only where it began, long ago: 3年前の脳梗塞のあとからとのこと。, blind49: no verb but the telling)
    origin = any(t.lemma == "から" for t in toks) and not any(t.pos1 == "動詞" and t.lemma not in _SAYING for t in toks)
    # (or a longer one that names the sign's own word as there all along: 去年の脳梗塞の後からずっとあるしびれで、娘さんも
    # 「前からだから」とおっしゃっています, blind175's chat)
    # (only where it says no more: not past a contrast or a word of worsening, しびれは前からずっとですが、だんだん範囲が広がって
    # きている, ろれつは前からずっと悪かったけど、ここ2日はほとんど聞き取れん, しびれは前からずっとで、ここ2、3日は強い:
    # the session 54 review)
    named = any(t.pos1 == "名詞" and t.lemma in own for t in toks) and not any(
        contrast_particle(t) or (t.tag.startswith("助詞-接続助詞") and t.norm in _DIALECT_BUT)
        or t.lemma in _WORSENING or t.norm in _WORSENING
        or (t.lemma == "此の" and k + 1 < len(toks) and toks[k + 1].lemma in ("所", "頃")) for k, t in enumerate(toks))
    always = named and any(t.lemma in ALL_ALONG and k + 1 < len(toks) and toks[k + 1].lemma in ("有る", "ある")
                           for k, t in enumerate(toks))
    return ((len(toks) <= _SHORT or any(w in doc.sentences[j].text for w in _SEQUEL) or named) and bool(past)
            and not per.get("onset") and not any(t.norm == "を" for t in toks)
            and (any(t.lemma in _SAME for t in toks) or origin or always)
            and not any(isinstance(m.item, UrgentSign) for m in doc.report[j]))


#: A dialect's particles of a contrast, beside context.CONTRAST (ばってん, けんど, ども).
_DIALECT_BUT = frozenset(("ばってん", "ども", "けんど"))
#: Words of a sign growing or worse than usual (強い, 広がる, ひどい, 悪い, だんだん, いつもより).
#: (より of a comparison, いつもより; ここ of a recent stretch, ここ2日)
_WORSENING = frozenset(("強い", "強まる", "広がる", "酷い", "ひどい", "悪い", "悪化", "増える", "増す", "進む", "段々", "だんだん",
                        "次第", "徐々", "最近", "此処", "ここ", "急", "より"))
#: Words that open a caveat about another matter (ただ食欲は昔から…).
_CAVEAT = frozenset(("唯", "只", "ただ", "但し", "でも", "然し", "しかし", "けど", "だけど"))


def _next_negation(doc: Document, i: int, k: int) -> int:
    """Where the first negation cue at or after token ``k`` of sentence ``i`` begins (the sentence's end if none)."""
    return min((n.first for n in doc.context[i] if n.item.kind == "negation" and n.first >= k), default=len(doc.sentences[i].tokens))


#: Verbs that continue a predicate after て (混じって|いない, 打って|しまった): not a new predicate.
_AFTER_TE = frozenset(("居る", "仕舞う", "ちゃう", "来る", "行く", "おる", "御座る"))


def _next_predicate(toks, first: int, last: int) -> bool:
    """Whether a new predicate begins between ``first`` and ``last``: a て/で that links to
    something other than an auxiliary verb (しびれ|て|箸が持て, 苦しく|て|眠れ)."""
    return any((toks[k].lemma == "て" and toks[k].pos1 == "助詞" and k + 1 < last and toks[k + 1].lemma not in _AFTER_TE)
               or (k + 1 < last and _continues(toks, k))
               for k in range(first, last)) or (0 < first < last and _continues(toks, first - 1))


#: What may follow an adjective's 連用形 inside one predicate (苦しく|ない, 強く|なる).
_ADVERBIAL_OK = frozenset(("無い", "ない", "成る", "なる", "為る"))


def _continues(toks, k: int) -> bool:
    """Token ``k`` ends a clause that a new predicate follows without a comma: an adjective's 連用形
    before a new phrase (痛みが強く|寝返りもできない), or the で after a value (血圧が80/50|で|立ち上がれない)."""
    t, nxt = toks[k], toks[k + 1]
    if t.pos1 == "形容詞" and t.cform.startswith("連用形") and nxt.pos1 not in ("助詞", "助動詞", "補助記号", "接尾辞", "形容詞"):
        return nxt.lemma not in _ADVERBIAL_OK
    return t.norm == "で" and k > 0 and toks[k - 1].tag.startswith("名詞-数詞") and nxt.pos1 == "動詞"


#: What may join the items of a list before its negation (尿が出ない、下腹部の張りや痛みはありません).
_LIST_WORDS = frozenset(("、", ",", "の", "や", "と", "は", "も", "が", "など", "等", "及び", "・"))


#: 今まで, これまで before a negation: "ever", no time's limit (今朝までは, それまで are one).
_EVER = frozenset(("今", "此れ", "是"))


#: The negation that closes a list: there is none (はありません, なし), not a verb's (覚醒せず).
_THERE_IS_NOT = frozenset(("無い", "有る", "御座る", "無し", "ない", "なし", "見る", "見られる", "認める"))


#: Words that start a period after an event: 以降, 以来.
_SINCE = frozenset(("以降", "以来"))
#: What tells an event was seen to (処置済み, 入院加療): after it, その後 opens a quiet period as 以降 does.
_TREATED = frozenset(("処置", "治療", "加療", "手術", "止血", "入院", "精査", "済み", "済む"))


def _none_since(toks, m: Match[Any], report, denied) -> bool:
    """The sign names the event a period began with, and the sentence denies the same sign since
    (10/30の転倒（後頭部打撲）以降、転倒はありません): not 転倒以来、歩けていません (something else), nor 今朝の
    吐血以降 (the caller skips a sentence with an onset cue: the event is today's)."""
    # (or その後 after the event's treatment: 11月の黒色便は…止血処置済みで、その後黒色便はありません, blind154's good report;
    # not おとといコーヒーのかすのようなものを吐いたが、その後は吐いていない, still to be seen today: blind113)
    since = next((k for k in range(m.last, len(toks)) if toks[k].lemma in _SINCE or (
        toks[k].lemma == "後" and k > m.last and toks[k - 1].lemma in ("其の", "その")
        and any(t.lemma in _TREATED for t in toks[m.last : k]))), None)
    if since is None:
        return False
    earlier = {o.item.id for o in report if isinstance(o.item, UrgentSign) and o.last <= since}
    return any(isinstance(o.item, UrgentSign) and o.first > since and o.item.id in earlier and denied(o) for o in report)


#: Today's and last night's words, and a state still going on: an event told with one is current, whatever is told after it.
_TODAYS = _regex.lazy(r"今日|本日|今朝|さっき|先ほど|先程|今しがた|昨夜|昨晩|夕べ|ゆうべ|今夜|今も|現在|まだ|続いて|続く|続け|状態です")
#: A quiet period's opening (以後, 以降, その後, あれから, 再発).
_QUIET_FROM = _regex.lazy(r"以後|以降|その後|其の後|あれから|それから|再発")


def _quiet_since_later(doc: Document, i: int, m: Match[Any], denied) -> bool:
    """The sign's sentence dates it (11/28 22時頃に胸の痛みを訴え; 10月5日の肉眼的血尿は) with no word of today or last night
    and no state still going on, and a later sentence denies the same sign over a period it names, dated on or after the event
    (11/29〜12/5の7日間、胸痛の再発はなく; 以後12月20日まで血尿は0回です): an event the report follows up, not today's
    (blind199, blind200's calm reports).  Not その後は吐いていない alone (no period: still to be seen today, blind113), nor a
    quiet period dated before the event (11/20の発作以降、12/8まで…胸痛はありませんでした after 12/9's chest pain: the session
    58 review).  ``denied(j, o)``: whether mention ``o`` of sentence ``j`` is denied."""
    event = _dates(doc, i)
    if not event or _TODAYS.search(doc.sentences[i].text):
        return False
    # (the period is told by its dates, which must be on or after the event's: not 11/20の発作以降、12/8までの18日間は胸痛は
    # ありませんでした told after a chest pain of 12/9, a quiet period before today's episode: the session 58 review)
    for j in range(i + 1, len(doc.sentences)):
        dates = _dates(doc, j)
        if not dates or min(dates) < event[0] or not _QUIET_FROM.search(doc.sentences[j].text):
            continue
        if any(isinstance(o.item, UrgentSign) and o.item.id == m.item.id and denied(j, o) for o in doc.report[j]):
            return True
    return False


def _asked_within(toks, first: int, last: int) -> bool:
    """A question embedded after the sign's predicate stands between it and the negation (いつ転んだかははっきりしない,
    どこで転んだのかは分かりません): the negation is of knowing when or where, not of the event (blind201's fall
    found on the floor); not かもしれない, a guess."""
    # (after the predicate or its の: 転んだ|か, 転んだ|の|か; not a list's とか, 胸の痛みとか動悸はない)
    return any(toks[k].norm == "か" and toks[k].tag.startswith("助詞-副助詞")
               and (toks[k - 1].pos1 in ("助動詞", "動詞") or (toks[k - 1].tag.startswith("助詞-準体助詞") and k >= 2
                                                          and toks[k - 2].pos1 in ("助動詞", "動詞")))
               and not (k + 1 < len(toks) and toks[k + 1].norm in ("も", "どう")) for k in range(max(first, 1), last))


def _follow_up_of(toks, m: Match[Any], c: Match[Any]) -> bool:
    """The follow-up cue ``c`` (以降の経過) comes after the sign ``m``, a date stands before the sign, and the cue is what the
    sentence reports (…以降の経過をご報告いたします / をお知らせします)."""
    return (c.first >= m.last and any(toks[k].tag.startswith("名詞-数詞") and toks[k + 1].norm in ("/", "／", "月")
                                      for k in range(m.first - 1))
            and any(t.lemma in _REPORTING for t in toks[c.last : c.last + 4]))


#: Verbs and nouns of reporting after a follow-up (ご報告, お知らせ, 連絡, 伝える).
_REPORTING = frozenset(("報告", "知らせる", "知らせ", "連絡", "伝える", "共有"))


#: The red flag of a call answered weakly (lexicons/report.toml).
_WEAK_RESPONSE = "weak-response"


def _calls(toks, h_last: int, first: int) -> bool:
    """The person whose words end at ``h_last`` is the one who calls: their が stands right before the call at ``first``
    (娘さんが|声をかけても; the person's words may run on into the call), not another's (同室の方が|スタッフが|呼んでも)."""
    return 0 < first <= h_last + 1 and toks[first - 1].norm == "が"


#: The history cue of a follow-up (以降の経過): lexicons/report.toml.
_FOLLOW_UP = "history-follow-up"


def _dates(doc: Document, i: int) -> list[int]:
    """The dates (a month and a day) written in sentence ``i``, in text order, as numbers that order them within a year (a
    report rarely spans a new year).  Read from the text, not from the time elements, which miss a date right after a
    bracket (件名：【ご報告・返信不要】12/8 救急受診: blind171's calm report)."""
    return [int(mo.translate(_FULL_DIGITS)) * 32 + int(d.translate(_FULL_DIGITS)) for mo, d in _MONTH_DAY.findall(doc.sentences[i].text)]


#: A month and day (11/28, 12月20日).
_MONTH_DAY = _regex.lazy(r"([0-9０-９]{1,2})\s*[/／月]\s*([0-9０-９]{1,2})")
_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _no_recurrence(toks, m: Match[Any]) -> bool:
    """Later in the sentence the sign's event is said not to have come back (再発はありません, 再発なし).  (Not "none since
    then", あれから一度も出ていない: tried in session 60 and withdrawn, since the words after it may be of another thing,
    冷や汗はあれから出ていません, or the sign itself, それから一度も起きていません, おしっこがそれから一度も出ていません.)"""
    return any(toks[k].lemma == "再発" and any(t.lemma in _DENIES for t in toks[k + 1 : k + 5])
               for k in range(m.last, len(toks)))


#: Verbs of telling a denial is quoted by (ないとおっしゃってます, ないと話されています).
#: (also the verbs _only_long_standing lets a sentence have: a wider set, 言う/為る/居る/有る/御座る, bound to a name the
#: later set shadowed until session 53, was never in effect, and putting it in force silenced 胸が痛いと言われます。先週から
#: あるとのことです: the session 53 review)
_SAYING = frozenset(("言う", "仰る", "おっしゃる", "話す", "申す", "訴える"))


def _after_the_telling(toks, k: int):
    """The tokens from ``k`` on, less a verb of telling that quotes the denial right there, with its endings, up to the
    clause's end (…ないとおっしゃってます: the person's denial, not a sentence going on to tell the sign)."""
    # (the one who said it may stand between: ないとご家族が言っていました, blind201)
    said = k + 1
    if said < len(toks) and toks[k].norm == "と" and toks[said].lemma not in _SAYING:
        while said < min(len(toks), k + 5) and (toks[said].pos1 in ("名詞", "接頭辞", "接尾辞") or toks[said].norm in ("が", "も")):
            said += 1
    if said < len(toks) and toks[k].norm == "と" and toks[said].lemma in _SAYING:
        j = said + 1
        while j < len(toks) and (toks[j].pos1 in ("助動詞", "助詞") or toks[j].lemma in ("居る", "おる", "為る", "れる", "られる")) \
                and toks[j].norm not in ("、", ",", "。", "が", "けど", "けれど"):
            j += 1
        return toks[j:]
    return toks[k:]


#: あれ, それ before から: since that time (UniDic's lemmas).
_THAT_TIME = frozenset(("彼れ", "其れ"))


def _topic_comma(toks, first: int, last: int) -> bool:
    """The only commas between the sign and its negation follow its topic particle (黒い便は、退院後は一度も
    なく): a topic's comma, not a clause's end."""
    # (the person put between commas as the speaker is set aside: 胸の痛みとか息苦しさは、ご本人、ないとおっしゃってます, the
    # session 45 review; context.asides)
    aside = asides(toks, [])
    every = [k for k in range(first, last) if toks[k].norm in ("、", ",")]
    commas = [k for k in every if k not in aside]
    # (not when a predicate or a new subject stands between: リウマトレックスは、ご本人がいつもどおり飲んだ; nor a
    # time's limit, 今朝までは; nor when the sentence goes on to tell it: 昨日はなく、今朝から続いています)
    # (あれから, それから: since then, the recurrence the negation denies: 冷や汗とかも、あれからはないと, blind201)
    return bool(every) and all(k > first and toks[k - 1].norm in ("は", "も") for k in commas) and not any(
        toks[k].pos1 in ("動詞", "形容詞") or toks[k].norm in ("が", "まで")
        or (toks[k].norm == "から" and not (k > first and toks[k - 1].lemma in _THAT_TIME)) for k in range(first, last)
    ) and not any(t.pos1 == "動詞" and t.lemma not in ("居る", "為る", "有る") or t.norm == "から"
                  for t in _after_the_telling(toks, last + 1))


#: What may stand between a sign and the next item of its list (胸痛、息切れ; 頭痛・胸痛).
_ITEM_BREAKS = frozenset(("、", ",", "・"))


def _noun_list(toks, first: int, last: int) -> bool:
    """The sign is the first item of a list that the negation closes: a comma, then nouns joined by
    の / や / と and the topic particle (尿が出ない、下腹部の張りや痛みはありません; 胸痛、息切れはなし)."""
    if not (first < last and last < len(toks) and toks[last].lemma in _THERE_IS_NOT):
        return False
    while first < last - 1 and toks[first].pos1 == "接尾辞":
        first += 1  # the sign's own suffix (息苦し|さ、顔色不良はなく)
    if (first + 2 < last and toks[first].norm == "の" and toks[first + 1].lemma in CHANGE_NOUNS
            and toks[first + 1].lemma not in ("出現", "再発", "再燃") and any(t.lemma in ALL_OF for t in toks[first:last + 1])):
        first += 2  # the sign and its change, one item, in a list denied whole (呼吸苦の増悪、発熱、痰の色の変化はいずれも
        # ありません: blind149; not 胸痛の出現、呼吸苦はありません, an event told, the session 47 review)
    # (頭痛・胸痛・息苦しさ・めまい、いずれもなし: items joined by ・, then いずれも: blind66)
    opens_with = toks[first].norm in _ITEM_BREAKS
    listed = opens_with or any(toks[k].norm in ("や", "といった", "など", "等") for k in range(first, last))
    # (an item's value in brackets stands aside: 発熱、SpO2低下（最低95%）はありませんでした, blind268's calm report; not a
    # bracket that tells a finding, （右手のみ今朝から）, nor a value out of range, （最低88%）: the session 65 review)
    bracketed = _value_brackets(toks) if listed and any(t.norm in ("（", "(") for t in toks[first:last]) else frozenset()
    return listed and all(
        k in bracketed or toks[k].norm in _LIST_WORDS or toks[k].pos1 in ("名詞", "接尾辞", "接頭辞", "代名詞")  # …はいずれもなし
        or (toks[k].norm in ("：", ":") and k > first + opens_with and _last_colon(toks, k, last))  # 胸痛、息切れ、動悸の訴え：いずれもなし
        or toks[k].lemma == "訴える"  # 胸痛、息苦しさの訴えなし: UniDic reads 訴え as the verb
        or (toks[k].norm == "まで" and toks[k - 1].lemma in _EVER)  # …息苦しさは今まで一度もない (blind102)
        or (toks[k].pos1 == "動詞" and k + 1 < last and toks[k + 1].pos1 == "接尾辞")  # 胸痛や麻痺、むせ|込みも: a verb made a noun
        or (toks[k].pos1 == "形容詞" and toks[k + 1].pos1 == "接尾辞")  # GiNZA's 痛|み
        or (toks[k].norm in ("と", "いっ", "言っ", "た", "いう", "言う") and _such_as(toks, k))  # 〜といった症状
        for k in range(first + opens_with, last))


def _last_colon(toks, k: int, last: int) -> bool:
    """The record's colon at ``k`` is the list's one label before its denial at ``last``: no other colon or item after it
    (胸痛、息切れ、動悸の訴え：11月中はいずれもなし, blind186; not 胸痛、動悸：夜間、息切れ：なし, each item its own value —
    the session 56 review)."""
    return not any(t.norm in ("：", ":", "、", ",", "・") for t in toks[k + 1 : last])


def _tari_listed(toks, first: int, last: int) -> bool:
    """Events listed by 〜たり, 〜たり and closed by (といった|などの) こと before the negation at ``last``
    (急に力が入らなくなったり、ろれつが回らなかったりといったことはありません: blind69)."""
    tari = [k for k in range(first, last) if toks[k].norm == "たり"]
    return bool(tari) and all(t.norm in _AFTER_TARI for t in toks[tari[-1] + 1 : last])


def _links_on(toks, first: int, last: int) -> bool:
    """A verb or adjective in its continuative form from ``first`` (the sign's last word) to ``last`` that goes on to another predicate
    (胸が痛く救急車を呼ぶ, 意識を失い救急車を呼ぶ, 鈍くなり受診する: the session 30 review): the negation after it is that
    predicate's, not the sign's.  Not a periphrastic なる / する / いる (入らなくなる, 痛くなる)."""
    return any(toks[k].pos1 in ("動詞", "形容詞") and toks[k].cform.startswith("連用形")
               and toks[k + 1].pos1 in ("名詞", "動詞", "形容詞", "副詞", "接頭辞") and toks[k + 1].lemma not in _PERIPHRASTIC
               for k in range(first, min(last, len(toks) - 1)))


#: Verbs that go on a continuative form as one predicate (入らなく|なる, 痛く|なる, 痛く|し|て).
_PERIPHRASTIC = frozenset(("成る", "為る", "居る", "来る", "仕舞う", "出す"))


def _asked_after(toks, end: int) -> bool:
    """The negation ending at ``end`` is asked (ことはないですか, ことはありませんか): a question, not a denial."""
    return any(t.norm == "か" for t in toks[end : end + 4])


def _toka_listed(toks, first: int, last: int) -> bool:
    """Events listed by 〜とか (UniDic: と|か after a verb) and closed by という / といった before the negation at ``last``
    (急に力が入らなくなるとか、片側だけということはなく: blind101)."""
    return (any(toka_width(toks, k, len(toks)) for k in range(first, last))
            and any(w in "".join(t.norm for t in toks[max(first, last - 3) : last + 2]) for w in ("という", "といっ")))


#: What closes a list of items before its denial: とか, といった / という / などの (+ a noun that names them), then は / も
#: (胸が痛いとか、息が苦しいとかは; 胸が痛い、息が苦しいといった訴えは).
_LIST_CLOSE = _regex.lazy(r"(?:とか|といった|という|などの?|等の?)の?(?:訴え|症状|こと|事|様子|話)?(?:は|も)?$")
#: The most tokens from a sign's end to its list's denial.
_LIST_REACH = 14


def _mo_listed(toks, first: int, last: int) -> bool:
    """The sign ending at ``first`` and the nouns after it up to the negation at ``last`` are each closed by も (頭痛も吐き気も
    ありません, 頭痛も、吐き気もなく): "neither … nor", which denies every item; no predicate or clause between."""
    between = toks[first:last]
    if not 1 < len(between) <= _LIST_REACH or between[0].norm != "も" or between[-1].norm != "も" or toks[first - 1].pos1 != "名詞":
        return False
    return not any(t.pos1 in ("動詞", "形容詞", "助動詞") or t.tag.startswith("助詞-接続助詞") or t.norm in ("。", "？", "?")
                   for t in between)


def _listed_denial(toks, first: int, last: int) -> bool:
    """The sign ending at ``first`` is an item of a list that the negation at ``last`` denies: the list runs on with a comma
    or とか right after the sign, every comma follows a とか or the sign itself, no clause ends between (no conjunctive
    particle: 胸が痛いと言っていましたが、…), and とか / といった closes it (胸が痛いとか、息が苦しいとかはないそうです;
    胸が痛い、息が苦しいといった訴えはありません: blind160's physician, "chest pain is explicitly denied")."""
    between = toks[first:last]
    # (the sign's own predicate may come first, its item closed by たり: 吐いたものに血が|混じっ|たり|とか、黒い便とかは
    # なかったです, blind182's chat)
    lead = 0
    while lead < min(4, len(between)) and (between[lead].pos1 in ("動詞", "助動詞") or (
            lead == 0 and between[lead].norm in ("が", "は", "も"))):
        lead += 1
    if lead and lead < len(between) and between[lead].norm == "たり" and between[lead - 1].pos1 in ("動詞", "助動詞"):
        between = between[lead + 1 :]
    if not between or len(between) > _LIST_REACH or not (between[0].norm in ("、", ",") or toka_width(between, 0, len(between))):
        return False
    for k, t in enumerate(between):
        if t.norm in ("。", "．", "？", "?") or t.tag.startswith("助詞-接続助詞"):
            return False
        if t.norm in ("、", ",") and k > 0 and between[k - 1].norm not in ("とか", "か"):
            return False
    return bool(_LIST_CLOSE.search("".join(t.norm for t in between)))


#: What undoes a denial right after it: a question (ないか, ないですか), a hedge (ないかもしれません), a double negative
#: (なくはない, ないとも言い切れません, ないとは限りません, ないわけではありません).
_UNDOING = frozenset(("か", "かも", "わけ", "訳", "限る", "言い切る"))
#: The particles a double negative runs on with (なく|は|ない, ない|と|は|限らない, ない|とも|言い切れない).
_DENIED_AGAIN = frozenset(("は", "と", "とも", "とは"))
#: A turn after a denial told in the past (なかったのですが、今朝から; ないと言っていたのに).
_TURN = frozenset(("が", "けど", "けれど", "けれども", "のに", "ものの"))


def _denial_undone(toks, first: int, k: int) -> bool:
    """The tokens after a negation at ``first``..``k`` ask, hedge or deny it again (胸が痛いとか、息が苦しいとかはないかと聞いたら、
    あると言っていました; はなくはないそうです), or put it in the past before a turn (昨日までは…とかはなかったのですが、今朝から
    訴えがあります; ないと言っていたのに、今日になって): the session 50 review.  A present denial before a turn still denies
    (…とかはないですが、足がむくんでいます)."""
    if first >= 2 and toks[first - 1].norm in _DENIED_AGAIN and toks[first - 2].lemma in ("無い", "ない"):
        return True  # なく|は|ない: the denial before it denied again
    past = False
    for j in range(k, len(toks)):
        t = toks[j]
        if t.norm in ("。", "．", "？", "?"):
            return False
        if j < k + 3 and (t.norm in _UNDOING or t.lemma in _UNDOING):
            return True
        if j < k + 2 and t.norm in _DENIED_AGAIN and j + 1 < len(toks) and toks[j + 1].lemma in ("無い", "ない", "限る", "言い切る"):
            return True
        past = past or t.lemma == "た"
        if past and (t.norm in _TURN and t.tag.startswith("助詞-接続助詞")
                     or t.norm == "の" and j + 1 < len(toks) and toks[j + 1].norm == "に"):  # (UniDic's の|に of のに)
            return True
    return False


#: What may stand between the last 〜たり of a list and its こと (といった, などの, とか).
_AFTER_TARI = frozenset(("と", "いっ", "言っ", "た", "など", "の", "とか", "事", "こと"))


def _such_as(toks, k: int) -> bool:
    """Token ``k`` is part of といった / という before a noun (しびれといった症状はありません)."""
    window = "".join(t.norm for t in toks[max(0, k - 2) : k + 3])
    return "といった" in window or "という" in window


#: What makes the words before it an example of talk (死にたいとか, 死にたいなどの).
_EXAMPLE_OF = frozenset(("とか", "など", "等", "って", "という"))
#: What the talk is called when it is denied (そういう言葉は出ていません, という話はなく).
_TALK = frozenset(("言葉", "発言", "話", "訴え", "口", "こと", "事"))


def _denied_saying(toks, m: Match[Any], negations: list[Match[Any]]) -> bool:
    """The sign is quoted as an example of talk that the sentence then denies: 死にたいとか、そういう
    言葉はこの2か月出ていません; 具体的に死にたいとか…という話はなく."""
    k = m.last
    if k < len(toks) and toks[k].norm in ("」", "』"):
        k += 1  # 「死にたい」って、口に出すことはありません: the talk quoted, then named
    if k >= len(toks) or not (toks[k].lemma in _EXAMPLE_OF or (toks[k].norm == "と" and k + 1 < len(toks) and toks[k + 1].norm == "か")):
        return False  # UniDic reads とか as と|か
    talk = [j for j in range(k + 1, len(toks)) if (toks[j].lemma in _TALK or _such_one(toks, j))
            and (toks[j].lemma != "口" or any(t.lemma in ("出す", "為る") for t in toks[j + 1 : j + 3]))]
    # (口 is talk in 口に出す / 口にする, not in 口さ入れね: nothing put in the mouth)
    # the denial closes the talk's own clause (…という話はなく), not a later one (…言うことがあり、食事もとらない)
    if talk and _such_one(toks, talk[0]):
        # (そういうの only with its topic particle and a denial of there being any right after it, adverbs between:
        # not そういうので夜も眠れない, そういうのがなかなか良くならない — the session 56 review)
        j = talk[0] + 2
        while j < len(toks) and toks[j].pos1 == "副詞":
            j += 1
        return (talk[0] + 1 < len(toks) and toks[talk[0] + 1].norm in ("は", "も") and j < len(toks)
                and (toks[j].lemma in ("無い", "ない") or (toks[j].lemma == "有る" and any(n.first in (j, j + 1, j + 2) for n in negations))))
    return bool(talk) and any(n.first > talk[0] and not clause_break(toks, talk[0], n.first) for n in negations)


#: What points back at the examples before it as one kind (そういうの, そんなの, ああいうの).
_SUCH = frozenset(("そんな", "こんな", "あんな"))


def _such_one(toks, j: int) -> bool:
    """The nominaliser の after そういう / こういう / ああいう or そんな: the examples given before it, as a kind
    (手足のしびれとか、ろれつがまわらんとか、そういうのはまったくない: blind187's calm trap)."""
    if not (toks[j].norm == "の" and toks[j].pos1 == "助詞" and j > 0):
        return False
    before = toks[j - 1]
    return before.norm in _SUCH or (before.lemma == "言う" and j > 1 and toks[j - 2].norm in ("そう", "こう", "ああ"))


def _aside_of_its_own(toks, first: int, k: int) -> bool:
    """The negation at ``k`` closes a bracket opened after ``first`` that has a topic of its own
    (糖尿病の薬（名前は分かりません、白い小さいの）: the name is unknown, the medicine is not denied) or an object of
    its own (右上肢の脱力（コップを持てない）: what the weakness keeps from being done, blind169); a bracket that only holds
    the denial (発熱（なし）) still denies what it follows."""
    depth = 0
    for j in range(k - 1, first - 1, -1):
        norm = toks[j].norm
        if norm in ("）", ")"):
            depth += 1
        elif norm in ("（", "("):
            if depth == 0:
                return any(t.norm in ("は", "が", "を") and t.pos1 == "助詞" for t in toks[j + 1 : k])
            depth -= 1
    return False


def _only(toks, first: int, last: int) -> bool:
    """しか … ない is "only", not a negation (上が70しかありませんでした); the しか may end the words read
    (おしっこも朝から1回しか|出てへん: blind201)."""
    return any(toks[k].norm == "しか" for k in range(max(first - 1, 0), last))


#: Words that make a sentence an instruction or a plan (〜するようお伝えしました, ご指示ください).
_PLAN_WORDS = frozenset(("様", "伝える", "指示", "説明", "下さる", "予定", "方針", "確認", "相談", "決める"))


#: A visit whose time heads a record (訪問時：, 訪問看護時：, 訪看時：).
_VISITS = frozenset(("訪問", "看護", "訪看", "介護", "来所", "来院", "受診", "到着", "帰宅"))
#: The colons that head a record's values.
_RECORD_COLONS = frozenset(("：", ":"))
#: What makes a record's line an instruction: a step (→), a condition (なら, 以下, 未満, 以上), a check to make (有無, 事 of すること).
_INSTRUCTION_MARKS = frozenset(("→", "⇒", "なら", "ならば", "以下", "未満", "以上", "有無", "次回", "こと", "事"))


def _dated_before(toks, k: int) -> bool:
    """A clock time, a date or today's word stands in the few tokens before the visit at ``k`` (10:30訪問看護時, 本日訪問時)."""
    window = toks[max(0, k - 6) : k - 1]
    # (not a time to come or a standing one, 明日10時到着時：, 毎週水曜15時帰宅時：: the session 64 reviews)
    return not any(t.lemma in _TO_COME for t in window) and any(
        t.tag.startswith("名詞-数詞") or t.lemma in ("本日", "今日", "今朝") for t in window)


#: Words of a time to come or a standing one before a visit's time (次回, 明日, 来週, 毎週).
_TO_COME = frozenset(("次回", "明日", "明後日", "来週", "来月", "今後", "次", "翌日", "毎週", "毎日", "毎朝", "毎晩", "毎回", "何時も",
                      "いつも"))


def _past_occasion(toks, c: Match[Any]) -> bool:
    """A 際 after a past verb and before に (買い物に出た際に「胸が…」), or a 時 / 際 after a clock time
    (13時の訪問時は): the occasion it happened on, not a plan (発熱した際は: a topic, still a plan)."""
    k = c.first
    if toks[k].lemma in ("時", "際") and any(
        toks[j].lemma == "時" and toks[j - 1].tag.startswith("名詞-数詞") and toks[j + 1].norm == "の"
        and all(t.pos1 in ("名詞", "接尾辞", "接頭辞") for t in toks[j + 2 : k])
        for j in range(max(1, k - 5), k - 1)
    ):
        return True  # 13時の訪問時は: a visit at a clock time happened
    if (toks[k].lemma == "時" and k > 0 and toks[k - 1].lemma in _VISITS and k + 1 < len(toks) and toks[k + 1].norm in _RECORD_COLONS
            and _dated_before(toks, k) and not any(t.lemma in _PLAN_WORDS or t.norm in _INSTRUCTION_MARKS
                                                   or t.cform.startswith("仮定形") for t in toks[k + 2 :])):
        # 10:30訪問看護時：SpO2 89%: a record of a visit told by its time (blind202's urgent FAX), not 発熱時： of a plan, nor a
        # standing instruction (訪問介護時：SpO2 90%未満なら訪看へ連絡, 次回訪問時：…確認します: the session 58 review)
        return True
    if toks[k].lemma in ("時", "際") and k > 0 and (toks[k - 1].lemma == "た" or toks[k - 1].pos1 == "動詞") \
            and any(t.lemma == "た" for t in toks[c.last:][-3:]):
        # 今日お伺いした時は呼んでも目を開けはらへん時がありました, 体を洗う際にタオルを右手で持てず…使っていました: an
        # occasion told in the past (not 痛くなった時は…伝えています, nor 〜際は…お伝えしました, a plan)
        return not any(t.lemma in _PLAN_WORDS for t in toks[c.last:])
    if toks[k].lemma in ("時", "際") and k > 0 and toks[k - 1].lemma in ("其の", "彼の") and k + 1 < len(toks) \
            and toks[k + 1].norm == "に" and any(t.lemma in ("た", "居る") for t in toks[c.last:]) \
            and not any(t.lemma in _PLAN_WORDS or t.norm in ("ば", "たら", "なら") for t in toks[c.last:]):
        # ただその際にお餅でむせてしまわれて、その日の夜からお熱が出て、…咳が続いているそうです: the occasion the sentence
        # before told (餅つきをいたしました), not a plan (その際はご連絡ください; blind219)
        return True
    return (toks[k].lemma == "際" and c.last - c.first == 1 and k > 0 and toks[k - 1].lemma == "た"
            and k + 1 < len(toks) and toks[k + 1].norm == "に" and not (k + 2 < len(toks) and toks[k + 2].norm in ("は", "も"))
            # 胸の痛みが出た際に、ニトロを舌下するようお伝えしました: a plan told
            and not any(t.lemma in _PLAN_WORDS for t in toks[k + 1 :]))


def _in_clause(toks, m: Match[Any], c: Match[Any]) -> bool:
    """Cue ``c`` stands in the red flag ``m``'s clause.  A cue may carry its clause's comma
    (もし、意識が…) to reach the next one."""
    lo, hi = (c.last, m.first) if c.last <= m.first else (m.last, c.first)
    # 以前は、食べても吐く / 右手のしびれは、5年前の脳梗塞の後から: a topic's comma is not a clause's end
    if c.item.kind == "history":
        # (脳梗塞の後遺症で、右半身のまひ: a cause's で and its comma too)
        while lo < hi and toks[lo].norm in ("は", "も", "、", ",", "で"):
            lo += 1
        # 後遺症で、右半身のまひと、言葉が出にくい: a list's commas (after と / や) do not end the history's clause,
        # nor a topic's (左の手足のまひとしびれは、前の脳梗塞からずっと同じ: blind56)
        # (nor, before a follow-up told after the sign, a comma in brackets: 11/8の低血糖（血糖 52mg/dL、貴院で対応済み）以降の
        # 経過, blind202; other history cues keep the brackets' commas: 胸の痛み（左胸、締め付け）は先月より強い, the session 58 review)
        bracketed = asides(toks, []) if (c.item.id == _FOLLOW_UP and c.first >= m.last
                                         and any(t.norm in ("(", "（") for t in toks[lo:hi])) else frozenset()
        return lo >= hi or not any(toks[k].norm in ("、", ",", "。") and toks[k - 1].norm not in _LIST_LINKS
                                   and not (lo < k and toks[k - 1].norm in ("は", "も") and toks[k - 1].pos1 == "助詞")
                                   and k not in bracketed
                                   for k in range(lo, hi))
    # もし意識がおかしくなったり、呼んでも起きなかったりしたら: a たり list's commas are one condition
    return lo >= hi or not any(toks[k].norm in ("、", ",", "。") and not (k > 0 and toks[k - 1].norm == "たり")
                               for k in range(lo, hi))


def _hypothetical(toks, per: dict[str, list[Match[Any]]], m: Match[Any]) -> bool:
    """The red flag's clause puts it in a hypothesis: a ``hypothetical`` cue in the same clause
    (胸痛が出た場合は, 転ばないよう) undoes it always, and one also covers the list of conditions before
    it (呼吸が苦しい、SpO2が90％未満、意識がおかしい場合は: a plan)."""
    return any(_in_clause(toks, m, c) or (c.first >= m.last and _conditions_listed(toks, m.last, c.first))
               for c in per.get("hypothetical", ()) if not _past_occasion(toks, c) and not _became(toks, c)
               and not _occasion_of(toks, c, m))


def _occasion_of(toks, c: Match[Any], m: Match[Any]) -> bool:
    """A 際 after a verb, with に, right before the red flag that ends its clause in record style: the occasion it
    happened on (ベッドから立ち上がる際に転倒。, 移乗する際に転倒し、: blind175's FAX), not a plan (転倒した際は, 立ち上がる際
    に転倒しないよう, 移乗する際に転倒する危険: the other cues of those still hold)."""
    k = c.first
    if not (toks[k].lemma == "際" and c.last - c.first == 1 and k > 0 and toks[k - 1].pos1 == "動詞"
            and k + 1 < len(toks) and toks[k + 1].norm == "に" and m.first - (k + 2) <= 1):
        return False
    after = toks[m.last] if m.last < len(toks) else None
    if after is None or after.pos1 == "補助記号":
        return True
    # (転倒し、 / 転倒して / 転倒しました: it happened; not 転倒しやすい, 転倒しそう, 転倒しかける, a risk: the session 54 review)
    # (and in honorific form, 転倒され、 / 転倒されました: blind249's FAX)
    at = m.last + 1
    if after.lemma == "為る" and after.cform.startswith("未然形") and at < len(toks) and toks[at].lemma in ("れる", "られる") \
            and toks[at].cform.startswith("連用形"):
        after, at = toks[at], at + 1
        # (not when the rest of the sentence makes it a worry or a condition, 転倒されても…心配, 転倒されて、けがをされ
        # たら困ります, 転倒されて、頭を打つと危ない: the session 63 review)
        rest = toks[at:]
        if (at + 1 < len(toks) and toks[at + 1].norm == "も") or any(
                t.lemma in _WORRIES or t.cform.startswith("仮定形") or (t.norm == "と" and t.pos2 == "接続助詞") for t in rest):
            return False
    then = toks[at] if at < len(toks) else None
    return (after.lemma in ("為る", "れる", "られる") and after.cform.startswith("連用形") and then is not None
            and (then.norm in ("、", ",", "。", "て", "た") or then.lemma == "ます")
            and not any(t.lemma in _PLAN_WORDS for t in toks[m.last:]))


#: Words of a worry that make a fall told before them a risk (転倒されて、けがをされないか心配です).
_WORRIES = frozenset(("心配", "困る", "危ない", "大変", "不安", "怖い", "危険"))


def _became(toks, c: Match[Any]) -> bool:
    """A 〜ないように cue that goes on to なる tells a change that happened (口がまわらんようになって: blind68),
    not a plan to prevent one (転ばないように)."""
    k = c.last
    if toks[k - 1].norm != "に" or k >= len(toks) or toks[k].lemma != "成る":
        return False
    # ようになった / なって / なりました tell it; ようになったら, なれば, なると, なっては are conditions again
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is None:
        return False
    if after.lemma == "て":
        return not (k + 2 < len(toks) and toks[k + 2].norm in ("は", "も"))
    if after.lemma in _ASPECT and after.pos1 == "助動詞" and not after.cform.startswith(("仮定形", "未然形")):
        # (a dialect's ている, 立てんようになっとった, 歩けんようになっとる: blind165's writer; not なっとったら, なっとらん,
        # なっとるかも, なっとっても: the session 51 review) — told as a fact: past, or the clause's end, or heard
        # (飲み込まんようになっとるらしいです: blind170's writer)
        nxt = toks[k + 2] if k + 2 < len(toks) else None
        return nxt is None or (nxt.lemma == "た" and not nxt.cform.startswith("仮定形")) or nxt.pos1 == "補助記号" or (
            nxt.lemma in ("です", "ます", "よ", "ね", "わ", "らしい")) or nxt.lemma == "そう-伝聞" or (  # (なっとります: polite)
            _quoted_on(toks, k + 2))  # (立てんようになっとると連絡がありました: blind180's chat)
    return (after.lemma == "た" and not after.cform.startswith("仮定形")) or after.lemma == "ます"


#: The auxiliaries of a dialect's ている after a verb, as UniDic reads them (なっ|とる, なっ|とっ|た, なっ|てる, なっ|よる).
_ASPECT = frozenset(("とる", "てる", "よる"))
#: Verbs and nouns of telling and hearing a quoted fact is followed by (〜と連絡がありました, 〜と聞きました, 〜って言うとった).
_TOLD_SO = _SAYING | {"連絡", "電話", "報告", "聞く", "伺う"}


def _quoted_on(toks, k: int) -> bool:
    """The quotative と or って at ``k`` followed by a verb or noun of telling (と連絡, と聞きました, って言うとった), by
    のこと (とのことです), or って closing the clause: what comes before is told as a fact heard, not a condition
    (〜ようになっとると困る)."""
    if k >= len(toks) or toks[k].norm not in ("と", "って"):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or (toks[k].norm == "って" and nxt.pos1 == "補助記号"):
        return toks[k].norm == "って"
    if nxt.norm == "の" and k + 2 < len(toks) and toks[k + 2].lemma in ("事", "こと"):
        return True
    # (the teller may come first: 〜とヘルパーさんから連絡ありました; a verb or adjective before the telling word is a
    # clause of its own, 〜と困る)
    for j in range(k + 1, min(k + 6, len(toks))):
        t = toks[j]
        if t.lemma in _TOLD_SO:
            return _teller_says_so(toks, j + 1)
        if t.pos1 in ("動詞", "形容詞", "補助記号"):
            return False
    return False


def _teller_says_so(toks, k: int) -> bool:
    """The clause from ``k`` after a word of telling says it is told: not negated, not a plan or a condition (〜と連絡
    ありました, 〜と娘さんが言うとります; not 〜と電話するよう頼んであります, 〜との連絡はまだありません, 〜って言われたら,
    〜と連絡が来ることになっとります: the session 55 review)."""
    for j in range(k, len(toks)):
        t = toks[j]
        if t.pos1 == "補助記号" and t.norm in ("。", "、", "，", ",", "！", "？", "!", "?"):
            break
        nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
        if t.lemma in ("ない", "ず", "ぬ", "予定", "つもり") or t.norm in ("たら", "ば", "なら"):
            return False
        # (電話するよう頼んで, くれるように: a plan; 連絡が来ることになっとります: an arrangement; not 〜があったようです, 〜が
        # あったとのことです, 〜ことをご報告します: hearsay, the second review)
        if (t.lemma == "様" and nxt not in ("です", "だ", "でし", "だっ", "で")) or (t.lemma in ("事", "こと") and nxt == "に"):
            return False
    return True


#: What a clause after 〜たら / 〜ば asks: leave, what to do, a request (息苦しくなったら、酸素上げていいんだっぺか);
#: a question か is read only at a clause's end (とか is UniDic's と|か).
_WHAT_THEN = frozenset(("良い", "いい", "宜しい", "よろしい", "どう", "如何", "下さる", "教える", "願う", "お願い"))
#: What may follow a question か at a clause's end.
_AFTER_QUESTION = frozenset(("。", "」", "』", "、", "?", "？", "と", "な", "ね", "なあ", "ねえ", "って"))
#: Days and moments that place an event (not 夜中 or 急に, which a plan's condition names too).
_THIS_TIME = frozenset(("今朝", "本日", "今日", "昨夜", "昨晩", "昨日", "先程", "さっき", "未明", "今夜"))
#: What a writer promises to do if a sign comes (〜たら、すぐにご連絡します; 〜たら救急車を呼びます): told in the non-past.
_CALLS_THEN = frozenset(("連絡", "電話", "報告", "相談", "受診", "救急", "呼ぶ", "知らせる", "搬送", "通報"))
#: Words after which a past tense tells an instruction given, not what happened (〜たらすぐ連絡するよう伝えました).
_PLAN_TOLD = frozenset(("伝える", "指導", "説明", "お願い", "願う", "指示"))


def _if_then_asked(toks, m: Match[Any]) -> bool:
    """The red flag is the condition of a question or a request: its predicate ends in たら / ば within a few
    tokens (息が苦しいってなったら) and the rest of its quotation, or of the sentence, asks what to do then
    (…酸素上げていいんだっぺか: blind57) or tells the instruction given (…すぐ連絡するよう伝えました). Not where an
    onset places the sign (今朝、息が苦しくなったら、酸素を上げてもいいですか), nor where the rest goes on in the past
    to what happened (苦しくなったら、冷や汗とかも出てきたそうです; 背中をさすっていただいた)."""
    if any(t.lemma in _THIS_TIME for t in toks[: m.first]):
        return False  # 今朝、息が苦しくなったら…: a day named, an event (夜中に / 急に may be a plan's too)
    k = m.last
    while k < min(len(toks), m.last + 4):
        t = toks[k]
        if (t.lemma == "た" and t.cform.startswith("仮定形")) or (t.lemma == "ば" and k > 0 and toks[k - 1].cform.startswith("仮定形")):
            break
        if t.norm in ("、", ",", "。", "」") or t.lemma in ("が", "けど", "ので"):
            return False
        k += 1
    else:
        return False
    end = next((j for j in range(k, len(toks)) if toks[j].norm in ("」", "』")), len(toks))
    rest = toks[k + 1 : end]
    if any(t.lemma == "様" for t in rest) and any(t.lemma in _PLAN_TOLD for t in rest):
        return True  # 〜たらすぐ連絡するよう伝えました: the instruction given
    if any(t.lemma == "た" and t.pos1 == "助動詞" and not t.cform.startswith("仮定形") for t in rest):
        return False  # what happened then
    if _promised_call(toks, m, rest):
        return True  # 胸が痛くなったら、すぐにご連絡します: a promise for then, not past (blind168's good examples)
    asked = any(t.lemma in _WHAT_THEN for t in rest)
    return asked or any(t.lemma == "か" and t.pos1 == "助詞" and (j + 1 >= len(rest) or rest[j + 1].norm in _AFTER_QUESTION)
                        for j, t in enumerate(rest))


#: What may stand in the clause after 〜たら before the call it promises (すぐにご連絡します, 直ちに救急車を呼びます).
_BEFORE_THE_CALL = frozenset(("すぐ", "直ぐ", "直ちに", "速やか", "早急", "至急", "に", "を", "へ", "御", "救急車", "先生", "主治医",
                              "クリニック", "病院", "貴院", "医院", "事業所", "私", "こちら", "ケアマネ", "本人", "家族"))


def _promised_call(toks, m: Match[Any], rest) -> bool:
    """The clause right after the sign's 〜たら is the call the writer promises (胸が痛くなったら、すぐにご連絡します; 急に話せなく
    なったら、すぐに救急車を呼ぶよう…): what may come before the call word is only how soon and to whom.  Not where that clause
    tells a state first (なかなか治まらず, 今も続いているので, ぼーっとしているので, まだ止まらないので), nor where an onset
    places the sign (夕方から息が苦しくなったら, 朝から…: the session 52 review)."""
    if any(t.norm == "から" and t.pos1 == "助詞" and k > 0 and (
            _a_time_word(toks[k - 1 : k]) or (toks[k - 1].lemma in ("時", "分") and _a_time_word(toks[max(0, k - 2) : k - 1])))
           for k, t in enumerate(toks[: m.first])):
        return False  # 夕方から, 朝から, 10時から: the sign has an onset, it happened
    for t in rest:
        if t.norm in ("、", ","):
            continue
        if t.lemma in _CALLS_THEN:
            return True
        if t.lemma not in _BEFORE_THE_CALL and t.norm not in _BEFORE_THE_CALL:
            return False
    return False


def _past(toks, per: dict[str, list[Match[Any]]], m: Match[Any]) -> bool:
    """The red flag's clause puts it in the past: a ``history`` cue in the same clause
    (両手のしびれは以前からで / 脳梗塞の後遺症で右手に麻痺), or one that ends the sentence and so covers
    all of it (SpO2は安静時で90〜92％、労作後88％くらいで、これまでと変わりありません), unless an ``onset``
    cue stands anywhere in the sentence (以前からのしびれが今朝から強くなった)."""
    # (a follow-up, 以降の経過, dates only a sign told before it on a date, as the matter of the report: 11/8の低血糖…以降の経過
    # をご報告いたします; not 退院以降のご様子：黒い便が出ています, nor 転倒以降のご様子：左股関節を痛がって立てません: the session
    # 58 review)
    history = [c for c in per.get("history", ()) if not (c.item.id == _FOLLOW_UP and not _follow_up_of(toks, m, c))]
    if history and any(t.norm in ("(", "（") for t in toks):
        # a history cue in brackets the red flag is not in tells another time (右手に力が入らず…を確認（7時の朝食時は
        # 普段どおりと奥様）: the last time seen well, blind118's good report), not this sign's past
        bracketed = asides(toks, [])
        history = [c for c in history if c.first not in bracketed or m.first in bracketed
                   or not _timed_aside(toks, bracketed, c.first)]
    past = [c for c in history if _in_clause(toks, m, c) or _sums_up(toks, c) or _sets_the_time(toks, m, c)]
    return bool(past) and not any(not _told_unchanged(toks, c) and not _elsewhen(toks, m, c, past)
                                  for c in per.get("onset", ()))


def _a_time_word(toks) -> bool:
    """The history cue's words name a time (去年, 3年前, 以前), not a state (残存, 残っ|てた薬)."""
    return any("副詞可能" in t.tag or t.tag.startswith("名詞-数詞") for t in toks)


def _elsewhen(toks, m: Match[Any], onset: Match[Any], past: list[Match[Any]]) -> bool:
    """The onset cue dates another clause than the red flag's: a history cue stands between it and the sign (今日、原口さん
    とこに行ったら、去年の今ごろ胸が痛くなって: today is the visit's, last year the pain's), or it comes after the sign past a
    contrast (3年前に黒色便で入院歴がありますが、…今回は定期検査: blind149's calm reports)."""
    # (only where the onset ends a clause of its own, 今日、…行ったら、, and nothing likens the sign to the old episode:
    # 今朝7時から、昨年の心筋梗塞の時と同じような胸の痛み is today's, the session 47 review)
    if any(onset.last <= c.first and c.last <= m.first and _a_time_word(toks[c.first : c.last])
           and any((t.tag.startswith("助詞-接続助詞") and t.lemma in ("ば", "と", "て") and toks[k - 1].pos1 in ("動詞", "助動詞"))
                   or (t.lemma == "た" and t.cform.startswith("仮定形"))
                   for k, t in enumerate(toks[onset.last : c.first], onset.last))
           and not any(t.lemma in _LIKENED for t in toks[c.last : m.first]) for c in past):
        return True
    # (a time within a hospital stay, 入院中は夜中に…せん妄みたいなことがあったそうですが、家に帰ってからは出ていない: the onset
    # cue is a time of the stay, in the stay's clause, and the sentence goes on past a contrast to deny the sign since:
    # blind171's calm trap; not 以前から夜中に胸が痛くなる, a standing complaint)
    if any(c.last <= onset.first and onset.last <= m.first and _a_stay(toks[c.first : c.last])
           and not any(t.norm in ("、", ",") for t in toks[c.last : onset.first]) for c in past) and _denied_after_a_contrast(toks, m.last):
        return True
    # (a topic, 今回は, not an onset, 今朝から強くなりました: the same sign worse now; and only past a denial of the sign's
    # return, 再発はなく: 2年前にも吐血がありましたが、今回はコップ半分ほどの量です is today's, the session 47 review)
    topic = onset.last < len(toks) and toks[onset.last].norm == "は" or toks[onset.last - 1].norm == "は"
    between = toks[m.last : onset.first]
    return topic and onset.first >= m.last and any(
        t.tag.startswith("助詞-接続助詞") and t.lemma in ("が", "けど", "けれど", "けれども", "のに") for t in between) and any(
        _a_denial(t) for t in between)


def _a_denial(t) -> bool:
    """A token that denies: the adjective 無い or the auxiliaries ない / ず (出ていない, 一度もない)."""
    return t.lemma in ("無い", "ない", "ず") and t.pos1 in ("形容詞", "助動詞")


def _a_stay(toks) -> bool:
    """A history cue's words name a hospital stay as the time (入院中, 入院時)."""
    return any(t.lemma == "入院" for t in toks) and any(t.lemma in ("中", "時") for t in toks)


def _denied_after_a_contrast(toks, k: int) -> bool:
    """After token ``k`` a contrast (が, けど) opens a clause that ends in a denial of a presence (…あったそうですが、家に
    帰ってからは出ていない / 一度もない) with no subject or object of its own (便が出ていない, 食欲がない), no word of its going on
    (退院後も, まだ, また, 続く), no degree (前ほど, あまり, 毎晩は) and no question or double negative after it (出ていないか心配,
    出ていないわけではない): the session 53 reviews."""
    at = next((j for j in range(k, len(toks)) if toks[j].tag.startswith("助詞-接続助詞")
               and toks[j].lemma in ("が", "けど", "けれど", "けれども")), None)
    if at is None:
        return False
    for j in range(at + 1, len(toks)):
        t = toks[j]
        if (t.norm == "。" or (t.tag.startswith("助詞-接続助詞") and t.lemma not in ("て", "で")) or t.lemma in _SIGN_GOES_ON
                or t.lemma in _PARTLY or t.norm in ("が", "を")
                or (t.norm == "も" and j > at + 1 and toks[j - 1].pos1 in ("名詞", "助詞") and toks[j - 1].lemma not in _ONCE)
                or (t.norm == "は" and j > at + 1 and ("副詞可能" in toks[j - 1].tag or toks[j - 1].pos2 == "数詞")
                    and toks[j - 1].lemma not in _SINCE_THEN)):
            return False
        if _a_denial(t):
            after = toks[j + 1 : j + 3]
            if any(x.lemma in ("訳", "か") for x in after) or [x.norm for x in after] == ["と", "は"]:
                return False  # 出ていないわけではない, 出ていないか心配, 出ていないとは
            if t.pos1 == "形容詞":
                return j >= 2 and toks[j - 1].norm in ("は", "も") and toks[j - 2].lemma in _SINCE_WORDS
            verb = next((x for x in reversed(toks[at + 1 : j]) if x.pos1 == "動詞" and x.lemma not in ("居る", "為る")), None)
            return verb is not None and verb.lemma in _PRESENT
    return False


#: Words of a sign going on or coming back (まだ, また, 続く, 再び), which no denial after a stay undoes (not _GOES_ON, the
#: words that add one more ask).
_SIGN_GOES_ON = frozenset(("未だ", "まだ", "又", "また", "続く", "再び", "相変わらず"))
#: Words of a degree or a part that make a denial partial (前ほど出ていない, あまり出ていない, 完全には).
_PARTLY = frozenset(("程", "ほど", "余り", "あまり", "其れ程", "それほど", "然程", "さほど", "そんなに", "完全"))
#: A count before も that makes a denial "not even once" (一度も, 1回も), not a going on (退院後も).
_ONCE = frozenset(("一度", "度", "回", "一回"))
#: What an adjective ない may follow, with は / も, to deny a presence since a time or not even once (家に帰ってからはない,
#: 一度もない).
_SINCE_WORDS = frozenset(("から", "以降", "後", "以来")) | _ONCE
#: Verbs of a sign's presence whose denial says it is absent (出ていない, 見られない, 起きていない).
_PRESENT = frozenset(("出る", "有る", "ある", "起きる", "起こる", "見られる", "現れる", "見せる"))


#: Words that liken a sign to an old episode (昨年の…時と同じような, 以前と同様に, 前回みたいに): the sign is told now.
_LIKENED = frozenset(("同じ", "同様", "様", "みたい", "似る", "如し"))


#: Words in a bracketed aside that make it the sign's own history, whatever time it names.
_SEQUEL_WORDS = frozenset(("後遺症", "既往", "脳梗塞", "脳出血", "脳卒中", "以前", "前々", "元々", "もともと", "持病"))


def _timed_aside(toks, bracketed: frozenset[int], k: int) -> bool:
    """The bracketed aside that holds token ``k`` names a time of its own (（7時の朝食時は普段どおり）), not only a
    note on the sign (しびれがあります（以前から）)."""
    lo = hi = k
    while lo - 1 in bracketed:
        lo -= 1
    while hi + 1 in bracketed:
        hi += 1
    # a clock time only: a date in brackets may date the old event itself (（令和4年10月の脳梗塞後遺症）, （以前から、11月10日の
    # 受診時も同程度）: the session 39 review), and one that names a sequel or a diagnosis is the sign's history
    return (any(toks[j].tag.startswith("名詞-数詞") and toks[j + 1].norm in ("時", "分") for j in range(lo, min(hi, len(toks) - 1)))
            and not any(t.lemma in _SEQUEL_WORDS for t in toks[lo : hi + 1]))


def _told_unchanged(toks, c: Match[Any]) -> bool:
    """The onset cue ``c`` (今日, 本日) opens a clause that tells the state unchanged (今日も前回の訪問時と変わりありません
    でした: blind19), which dates no new onset: a mark of ``context.steady_marks`` of 変わる / 変化 told negated in that
    clause (変わりありません, 変化なし; not 変わりました, 変化あり, nor a question 変わりないか)."""
    stop = next((k for k in range(c.last, len(toks)) if toks[k].norm in ("、", ",", "。")), len(toks))
    return any(c.last <= k < stop and toks[k].lemma in CHANGE_WORDS for k in steady_marks(toks))


def _sets_the_time(toks, m: Match[Any], c: Match[Any]) -> bool:
    """A history cue that opens the sentence or a clause as its topic (あの時は熱が39℃も出て、息もぜいぜいして) sets the time of
    every clause after it, up to a contrast (〜が、 / 〜けど、) that may bring the present back."""
    opens = c.first <= 1 or toks[c.first - 1].norm in ("、", ",")  # the sentence's or a clause's first words
    if not opens or c.last >= len(toks) or toks[c.last - 1].norm != "は" or m.first < c.last:
        return False
    return not any(t.tag.startswith("助詞-接続助詞") and t.lemma in ("が", "けど", "けれど", "けれども", "のに")
                   for t in toks[c.last : m.first])


#: Conjunctive particles that end a told clause (苦しいので、悪化した場合は: the first clause is news).
_TOLD_LINKS = frozenset(("て", "で", "ので", "から", "が", "けど", "けれど", "けれども", "し", "のに", "ば", "たら"))


#: What may follow the last condition of a plan's list (意識がない等の場合).
_LIST_END = frozenset(("等", "など", "場合", "時", "際"))


def _conditions_listed(toks, first: int, last: int) -> bool:
    """Tokens ``first``..``last`` (from a red flag to a hypothetical cue after it) only list more
    conditions: no past tense and no conjunctive particle that would make the red flag a clause told
    as fact (顔がゆがむ、手足に力が入らない、血を吐く、ひどく胸が痛いときは迷わず119番)."""
    for k in range(first, last):
        t = toks[k]
        if t.lemma == "た" and k + 1 == last:
            continue  # 緑色になった場合: the conditional's own past
        if t.lemma == "た" and k >= 2 and toks[k - 1].lemma == "言う" and toks[k - 2].norm == "と":
            continue  # ろれつが回らない、手足に力が入らないといった様子があった場合: "such as", not a past
        if t.tag.startswith("助詞-接続助詞") and t.lemma == "て" and k + 1 < last and toks[k + 1].lemma in _AFTER_TE:
            continue  # 呼吸が止まっている、…場合: a progressive, not a clause told as fact
        if t.lemma == "た" or (t.tag.startswith("助詞-接続助詞") and t.lemma in _TOLD_LINKS) or t.norm in ("（", "(", "。"):
            return False
        if t.cform.startswith("終止形") and k + 2 < last and toks[k + 1].norm == "と" and toks[k + 2].lemma == "言う":
            continue  # 手足に力が入らないといった様子: "such as"
        if t.cform.startswith("終止形") and k + 1 < last and toks[k + 1].norm not in ("、", ",") and toks[k + 1].lemma not in _LIST_END:
            return False  # 右手足が動かない状態に気づく（…時は: a predicate that ends a told clause
    return True


#: Conjunctive particles of cause: the clause before them is told as fact, whatever the sentence then asks.
_CAUSE = frozenset(("から", "ので"))


def _cause_between(toks, first: int, last: int) -> bool:
    """A clause of cause ends between tokens ``first`` and ``last`` (ワーファリン飲んでるから|あざになりやすいのかな:
    the question wonders about the bruise, the warfarin is taken; blind62)."""
    return any(toks[k].norm in _CAUSE and toks[k].tag.startswith("助詞-接続助詞") for k in range(first, last))


def _sums_up(toks, c: Match[Any]) -> bool:
    """The history cue ends the sentence (…これまでと変わりありません。): it says so of all of it;
    not one closing an aside (（前日22時の就寝時は普段どおり）)."""
    return all((t.pos1 in ("補助記号", "空白", "助動詞") or (t.lemma == "為る" and toks[c.last - 1].lemma == "経過"))
               and t.norm not in ("）", ")") for t in toks[c.last:])


def _settled(doc: Document, k: int, per: dict[str, list[Match[Any]]], end: int) -> bool:
    """A value ending at ``end`` in sentence ``k`` is no news for a sign in another sentence: the
    sentence calls it long-standing (…88％くらいで、これまでと変わりありません) or a condition of a plan
    (SpO2が90％未満、意識がおかしい場合はすぐにクリニックへ電話)."""
    toks = doc.sentences[k].tokens
    if not per.get("onset") and any(_sums_up(toks, c) for c in per.get("history", ())):
        return True
    after = next((j for j, t in enumerate(toks) if t.start >= end), len(toks))
    if any(c.first >= after and _conditions_listed(toks, after, c.first) for c in per.get("hypothetical", ())):
        return True
    # SpO2が90%を切ったりしたら、すぐお電話します: a condition (たら / ば) after the value, in a sentence that ends
    # on what will be done, not on what happened (帰ったら、倒れていました is an occasion)
    clause = toks[after:]
    clause = clause[: next((n for n, t in enumerate(clause) if t.norm in ("、", ",", "。")), len(clause))]
    conditional = any(t.lemma == "た" and t.cform.startswith("仮定形") for t in clause)
    return conditional and not any(t.lemma == "た" and not t.cform.startswith("仮定形") for t in toks[-3:])


#: Verbs of receiving a favour whose negative question is a polite ask (出してもらえないでしょうか).
_FAVOUR = frozenset(("貰える", "頂ける", "呉れる", "下さる", "貰う", "頂く"))


def _asks_at(toks, first: int, last: int) -> bool:
    """Tokens ``first:last`` are the present negation of a verb of receiving a favour asked as a question,
    〜てもらえないでしょうか / 〜いただけないか: a polite ask that denies nothing (鉄の薬を30日分出してもらえないでしょうか
    does not deny the iron that explains a black stool: blind54). Not a past or a plain statement
    (飲んでもらえなかったです, 飲んでくれないです: the iron was refused)."""
    if first == 0 or toks[first - 1].lemma not in _FAVOUR:
        return False
    after = toks[last:last + 3]
    return (not any(t.lemma == "た" for t in after)
            and any(t.lemma == "か" and t.pos1 == "助詞" for t in after))


def _count_of_events(sent: Sentence, el: Element) -> bool:
    """The count ``el`` tallies events, in all or over days (全8回参加, 週2回, 1日3回, 計5回): not a count per minute
    (1分間数えたら30回: the session 60 review found a window for 分 too narrow)."""
    return _EVENTS_COUNTED.search(sent.text, 0, el.start - sent.start) is not None


#: What opens a count of events right before its number (全, 週, 月, 日, 年, 毎日, 計).
_EVENTS_COUNTED = _regex.lazy(r"(?:全|週|月|日|年|計|合計|毎日|毎週)\s*(?:に|で)?\s*$")


def _vital_beyond(doc: Document, i: int, sign: UrgentSign, m: Match[Any],
                  cues: dict[int, dict[str, list[Match[Any]]]]) -> bool:
    """A measured value of the sign's units beyond its threshold (SpO2 88%, 39.2℃), in this
    sentence or the two on either side (寒気がすると言って震えていた。熱は39℃あった。), or a value
    spoken right after the sign's word (酸素が86くらい, 熱が39度台, 上が200, 血圧が78/50)."""
    own_reading = any((el.value.get("unit") or "") in sign.vital for el in doc.elements[i])
    if _within_at_rest(doc, i, sign, m):
        return False  # NRS 動作時 8/10、安静時 3/10: a pain on moving, calm at rest (blind80, blind119's writers: not urgent)
    for k in range(max(0, i - 2), min(len(doc.sentences), i + 3)):
        for el in doc.elements[k]:
            unit, amount = el.value.get("unit") or "", el.value.get("amount")
            if unit not in sign.vital or not isinstance(amount, (int, float)):
                continue
            if unit == "mg" and k != i:
                continue  # ・内服：…メトホルミン500mg 朝夕 two lines below a glucose's: a dose, not a reading (blind90)
            if unit == "回" and k != i and _count_of_events(doc.sentences[k], el):
                continue  # ・呼吸数：16〜20回/分 / ・デイサービス…は全8回参加: a neighbour's count of days, not a rate (blind221)
            if el.kind != "quantity" and not (el.kind == "frequency" and unit and _plausible(sign, amount)):
                continue  # 夜に38.5度 is read as a rate (per 夜); a temperature's size tells it apart from 1日3度
            if _second_of_pair(doc.sentences[k], el.start) or _a_change(doc.sentences[k], el.end):
                continue  # 140〜152/82〜90mmHg: the diastolic half; 30mmHg低下: a difference, not a level
            if _earlier_value(doc.sentences[k], el.end, sign):
                continue  # NRS：11/1 7 → 11/10 4 → 11/20 2: the course's earlier values, not where it stands
            if k != i and k in cues and _settled(doc, k, cues[k], el.end):
                continue  # a neighbour's value that is long-standing or a plan's threshold
            if k != i and own_reading and _another_persons(doc, k, el.start):
                continue  # 奥さんは…熱も39℃くらい出たそうです。武田さんは…熱も36.4℃でした。: the wife's fever (blind71)
                # (only where the sign's sentence gives the patient's own reading: 娘さんが、熱は39.5℃あったと話しています
                # tells the patient's, with the daughter as its source)
            if k in cues and _in_hypothesis(doc.sentences[k], cues[k], el.start, el.end):
                continue  # もしSpO2が90%未満になった場合や…、酸素流量の変更: a plan's threshold, not a reading
            if _recovers_as_usual(doc.sentences[k], el.end):
                continue  # 労作時は88〜90％まで下がりますが数分で戻ります: a known pattern, not an event
            if _usual_range(doc.sentences[k], sign, el):
                continue  # 労作後89〜91%で、この1年間と同じ範囲です: a range reaching back within the limit, told as the usual one
            if _NONE_PAST.match(doc.sentences[k].text, el.start - doc.sentences[k].start):
                continue  # 38℃以上の発熱は0回: a bound with no reading past it (blind183's good report)
            if _before_a_dose(doc.sentences[k], el, doc.elements[k]):
                continue  # 痛みは使用前NRS 7、使用1時間後NRS 3: the score a rescue dose brings down (blind131's physician)
            if k == i and _bottom_of_the_band(doc.sentences[k], sign, el.value.get("max") or amount, unit, el.start):
                continue  # 11月25日頃より腰痛が強まり、起き上がり・歩行時NRS 7: a consultation (blind132's writer)
            if _remeasured_within(doc, k, el.end, sign):
                continue  # 手が冷たく88％、温めて測り直すと96％: the first reading was the probe's, not the person's
            if not unit and not (k == i and _plausible(sign, amount)):  # a bare number: only beside the sign
                continue
            if (sign.below is not None and sign.above is None and amount < sign.below / 2) or _ambient(doc.sentences[k], el.start):
                continue  # 室温8℃ beside 体温34.6℃: not a value of this measure
            top = el.value.get("max") or amount
            past = _past_bound(doc.sentences[k], el.end)  # 90%を切る: below 90; 38℃を超える: above 38
            if _past_beyond(sign, past, amount, max(amount, top)):
                return True
            if _beyond(sign, min(amount, top)) or _beyond(sign, max(amount, top)):
                return True
    spoken = _spoken_value(doc.sentences[i].tokens, m.last, sign)
    if spoken is None:
        return False
    value, end = spoken
    if _remeasured_within(doc, i, end, sign):
        return False
    # (the value spoken after the sign's word is an element's too: 使用前NRS 7、使用1時間後NRS 3)
    if any(el.start < end <= el.end and _before_a_dose(doc.sentences[i], el, doc.elements[i]) for el in doc.elements[i]):
        return False
    if any(el.start < end <= el.end and _bottom_of_the_band(doc.sentences[i], sign, value, el.value.get("unit"), el.start)
           for el in doc.elements[i]):
        return False
    past = _past_bound(doc.sentences[i], end)  # 上の血圧が90を切って: below 90
    return _beyond(sign, value) or _past_beyond(sign, past, value, value)


#: What labels a value as measured at rest (安静時 3/10, 安静時は4/10).
_AT_REST = "安静"
#: What labels a value as taken on moving (動作時 8/10, 起き上がり・立ち上がり時に強く).
#: Acts a value is labelled as taken during (歩行時, 体動時).
_MOVING_ACTS = "動作|体動|歩行|労作|移動|移乗"
_ON_MOVING = _regex.lazy(rf"(?:{_MOVING_ACTS})時|起き上がり|立ち上がり|寝返り|歩く(?:と|時)|動く(?:と|時)")
#: What makes a pain more than a movement's: at night, waking, a rescue dose taken.
_NOT_ONLY_MOVING = _regex.lazy(r"夜間|夜中|眠れ|目が覚め|目覚め|レスキュー|頓用|頓服")


def _within_at_rest(doc: Document, i: int, sign: UrgentSign, m: Match[Any]) -> bool:
    """The sign's sentence, or the one after it, gives the sign's own measure at rest within its limit, and the value
    beyond it is told as taken on moving (NRS 動作時 8/10、安静時 3/10; 起き上がり・立ち上がり時に強く、安静時は4/10):
    a pain on moving, which a physician reviews at the next visit, not the same day (blind80, blind119's writers).  Not
    a rest value of another time or pain (a sentence before: 昨日まで安静時NRS 2でした), one a course goes on from (安静時
    NRS 4→8), nor where the pain wakes the person at night or needs a rescue dose (the session 40 review).  The measure
    is the unit of the value that holds the sign's word (NRS 7/10).  Only for a sign told by a value above its limit: a
    fall on exertion is itself the news (SpO2 安静時93%、歩行後88% in a heart failure: blind40's writer)."""
    if sign.above is None or sign.below is not None:
        return False
    at = doc.sentences[i].tokens[m.first].start
    units = {el.value.get("unit") for el in doc.elements[i] if el.start <= at < el.end} - {None, ""}
    if not units:
        return False
    window = range(i, min(len(doc.sentences), i + 2))
    told = "".join(doc.sentences[k].text for k in window)
    if not _ON_MOVING.search(told) or _NOT_ONLY_MOVING.search(told):
        return False
    calm = False
    for k in window:
        sent = doc.sentences[k]
        for el in doc.elements[k]:
            amount = el.value.get("amount")
            if el.value.get("unit") not in units or not isinstance(amount, (int, float)):
                continue
            label = sent.text[max(0, el.start - sent.start - 4) : el.end - sent.start]
            if _AT_REST not in label:
                continue
            top = max(amount, el.value.get("max") or amount)
            if _beyond(sign, top) or _earlier_value(sent, el.end, sign):
                return False  # 安静時も8 / 安静時NRS 4→8: at rest beyond it too
            calm = True
    return calm


#: A value in a unit, with the date that may label it (46.0kg, 6月7日 47.5kg, 11/10 50.6kg); chained by arrows.
_VALUE_IN = r"(?:(?:\d{{1,2}}\s*月\s*(?:\d{{1,2}}\s*日)?|\d{{1,2}}/\d{{1,2}})\s*)?(\d+(?:\.\d+)?)\s*{u}"
_ARROW = r"\s*(?:→|->|⇒|から)\s*"
#: A gain told as a difference: +1.5kg, 1.5kg増 / 1.5キロ増えた.
_GAIN_TOLD = r"[+＋]\s*(\d+(?:\.\d+)?)\s*{u}|(\d+(?:\.\d+)?)\s*{u}\s*の?(?:増|アップ)"
#: Words that make a gain sudden whatever its size.
#: (also the words before a red flag that make it a sudden onset in _feeling: the wider set 急に/突然/いきなり was bound to a
#: name this one shadowed until session 53 and never in effect)
_SUDDEN_TEXT = ("急", "一気")
#: How many sentences on either side of the sign may tell its change (a form's ■経過 line, two items below ■ご相談).
_CHANGE_REACH = 3
#: How far before a chain of values the measure must be named (・体重：5月31日 46.0kg → …): the first word of one of
#: the sign's patterns (体重 of 体重 <RF_P>? … 増える), so the lexicon, not the code, says what is measured.
_NAMED_WITHIN = 12


def _small_change(doc: Document, i: int, sign: UrgentSign) -> bool:
    """The sentences around the sign (three on each side) tell the gain in the sign's units (``vital``: 体重 46.0kg →
    47.5kg, a chain 46.0 → 47.5 → 49.0 read from its first value to its last; 1週間で+1.5kg), the measure (the first
    word of one of the sign's patterns: 体重) named just before a chain, and every gain they tell is below ``change_below`` (a loss is below it): a slow gain, not the
    guidance's sudden one (blind71). A report that tells no gain, or calls it sudden (急に増え), keeps the sign."""
    if any(w in doc.sentences[i].text for w in _SUDDEN_TEXT):
        return False
    text = unicodedata.normalize("NFKC", doc.text_around(i, _CHANGE_REACH, _CHANGE_REACH))
    units = "(?:" + "|".join(re.escape(u) for u in sign.vital) + ")"
    value = _VALUE_IN.format(u=units)
    measures = {word for pattern in sign.patterns for word in pattern.split()[0].split("|") if not word.startswith(("<", "[", "_"))}
    gains: list[float] = []
    for m in re.finditer(value + "(?:" + _ARROW + value + ")+", text):
        values = [float(v) for v in re.findall(value, m.group(0))]
        if any(w in text[max(0, m.start() - _NAMED_WITHIN) : m.start()] for w in measures):
            gains.append(values[-1] - values[0])
    gains += [float(g or h) for g, h in re.findall(_GAIN_TOLD.format(u=units), text)]
    return bool(gains) and all(round(g, 3) < (sign.change_below or 0) for g in gains)


def _another_persons(doc: Document, k: int, start: int) -> bool:
    """The character at original offset ``start`` of sentence ``k`` is in a clause that tells another person's
    state (奥さんは咳がひどくて…、熱も39℃くらい出たそうです), not a clinician's verdict."""
    toks = doc.sentences[k].tokens
    at = next((n for n, t in enumerate(toks) if t.start <= start < t.end), None)
    return at is not None and any(a <= at < b for a, b in other_person_scopes(
        toks, [h for h in doc.context[k] if h.item.id != "clinician-verdict"]))


def _in_hypothesis(sent: Sentence, per: dict[str, list[Match[Any]]], start: int, end: int) -> bool:
    """The value at ``start``..``end`` (original offsets) is in a clause a ``hypothetical`` cue puts in a hypothesis."""
    if not per.get("hypothetical"):
        return False
    toks = sent.tokens
    inside = [k for k, t in enumerate(toks) if t.start >= start and t.end <= end]
    return bool(inside) and _hypothetical(toks, per, Match(inside[0], inside[-1] + 1, None))


#: Measuring again: 測り直す, 計り直す, 測定し直す, 再測定, 再検.
_AGAIN = frozenset(("計り直す", "測り直す", "再検"))


#: What treats a low or high reading: a value taken again after it is the treatment's effect, not the
#: first reading's error (ブドウ糖10gを口に含ませ、再測定 96mg/dL).
_TREATMENT = frozenset((
    "ブドウ糖", "糖", "砂糖", "飴", "ジュース", "酸素", "投与", "内服", "服用", "舌下", "ニトロ", "吸入", "注射", "点滴",
    "吸引", "含む", "含ませる", "飲む", "食べる", "使う", "使用", "処置", "深呼吸", "体位", "姿勢", "起こす", "座る", "座らせる",
))


def _measured_again(toks, n: int) -> bool:
    """Token ``n`` tells a measurement taken again: 測り直す / 計り直す (one word or 測る|直す), 測定し直す,
    再測定, 再検査, 再検; not 直す alone (姿勢を直す)."""
    t = toks[n]
    before = toks[n - 1].lemma if n else ""
    return (t.lemma in _AGAIN or (t.lemma in ("測定", "検査") and before == "再")
            or (t.lemma == "直す" and (before in ("測る", "計る") or (before == "為る" and n > 1 and toks[n - 2].lemma == "測定"))))


def _remeasured_within(doc: Document, k: int, end: int, sign: UrgentSign) -> bool:
    """After a value ending at ``end`` (sentence ``k``), the report measures again (測り直すと, 再測定で) within
    the next two sentences, with nothing given in between to treat it, and finds a value in the sign's
    units that is not beyond its threshold: the first reading was the probe's (手が冷たく88％)."""
    treated = False
    for j in range(k, min(len(doc.sentences), k + 3)):
        toks = doc.sentences[j].tokens
        again = next((t.end for n, t in enumerate(toks) if (t.start >= end or j > k) and _measured_again(toks, n)), None)
        treated = treated or any(
            (t.lemma in _TREATMENT or (t.lemma == "呼吸" and n and toks[n - 1].surface == "深"))  # 深|呼吸
            and (t.start >= end or j > k) and (again is None or t.end <= again)
            for n, t in enumerate(toks))
        if again is None:
            continue
        if treated:
            return False
        return any(el.start >= again and (el.value.get("unit") or "") in sign.vital and isinstance(el.value.get("amount"), (int, float))
                   and not _beyond(sign, el.value["amount"]) and not _near_limit(sign, el.value["amount"])
                   for jj in range(j, min(len(doc.sentences), j + 2))
                   for el in doc.elements[jj] if jj > j or el.start >= again)
    return False


def _near_limit(sign: UrgentSign, value: float) -> bool:
    """A second oxygen saturation at the limit itself (90% against below 90) has not recovered from the first (blind133's
    writer: 89％, 再検でも90％ is the red flag); above it, the first reading was the probe's (88％ → 91％, 96％).  Only the
    saturation: a temperature or a blood pressure read again is read as it is (the session 43 review)."""
    return sign.below is not None and "%" in sign.vital and value <= sign.below


def _past_beyond(sign: UrgentSign, past: int, low: float, high: float) -> bool:
    """A value told as a bound the measure went past (:func:`_past_bound`) is beyond the sign's
    threshold: below it for 90%を切る (the value ``low``), above it for 38℃を超える (``high``)."""
    return ((past < 0 and sign.below is not None and low <= sign.below)
            or (past > 0 and sign.above is not None and high >= sign.above))


#: Words before a temperature that make it the room's or the bath's, not the body's.
_AMBIENT = ("室温", "気温", "部屋", "外気", "湯温", "水温", "お湯", "湯", "浴室", "室内", "ストーブ", "エアコン")


def _ambient(sent: Sentence, start: int) -> bool:
    """The value starting at ``start`` is told of the room or the water (室温は18℃, 部屋が35度)."""
    before = sent.text[max(0, start - sent.start - 6) : start - sent.start]
    return any(w in before for w in _AMBIENT)


#: A bound followed by a count of none (38℃以上の発熱は0回, 90%未満になったことはなし): no reading went past it; not the
#: start of a rise (0回から3回に, any of _RISES after it: the last review).
_NONE_PAST = _regex.lazy(r"[\d.０-９．]+\s*(?:℃|度|%|％|mmHg|mg/dL)?\s*(?:以上|以下|未満|を?超え(?:る)?|を?下回る)の?"
                        r"(?:発熱|熱|高熱|低下|上昇|値|数値|測定値|状態|回数)?(?:に?なった(?:こと|日)?)?(?:は|が|も)?\s*"
                        r"(?:[0０]\s*回|ゼロ|一度も(?:ない|ありません|なし)|なし|無し|ありません)"
                        r"(?!\s*(?:" + "|".join(map(re.escape, _RISES)) + "))")
#: What follows a value to say the measure went past it: below (90%を切る, 下回る, 未満) or above (超える).
_BELOW_WORDS = ("を切", "切", "を下回", "下回", "未満", "以下")
_ABOVE_WORDS = ("を超", "超", "を越", "越", "を上回", "上回", "以上")


#: Verbs that say a measure came back (数分で戻ります, 休憩で回復します).
_COMES_BACK = frozenset(("戻る", "回復", "改善", "落ち着く"))


#: How far below the limit a usual band's bottom may reach (労作後89〜91%: 1 below 90).
_NEAR_BAND = 3
#: A sameness denied (同じ範囲ではない, 同じやない).
_NOT_SAME = _regex.lazy(r"[でじ]?(?:は|ゃ|や)?(?:ない|ありません|なく|ねえ|ねぇ|へん)")
#: A value told falling (下がる, 低下, 落ちる, 減る).
_FALLS = frozenset(("下がる", "低下", "落ちる", "減る", "減少"))
#: The range told is the usual one (この1年間と同じ範囲です, 12月と同程度です, 変わりありません).
_SAME_RANGE = _regex.lazy(r"同じ(?:範囲|くらい|程度|ぐらい)|同程度|変わり(?:なく|ありません|ない)|変化(?:なし|はなく|ありません|ない)")


def _usual_range(sent: Sentence, sign: UrgentSign, el: Element) -> bool:
    """The value ``el`` is a range whose other end is within the sign's limit (労作後89〜91%), and the rest of its sentence
    says the range is the usual one (この1年間と同じ範囲です, 12月と同程度です): a chronic patient's known band, not an event
    (blind226 and blind229's calm reports on home oxygen).  Not a single value (SpO2は86%で、先月と同程度です; 血圧は上が210で、
    先週と同程度です: the session 61 review), nor a range wholly beyond the limit, nor a high band."""
    amount, top = el.value.get("amount"), el.value.get("max")
    if el.value.get("unit") != "%" or not isinstance(amount, (int, float)) or not isinstance(top, (int, float)):
        return False
    # (only a saturation's band reaching back within the limit, its bottom near it: not 80〜90%, nor a glucose, a temperature or
    # a pulse; a fever or a pressure told as high as usual is still one to act on: the session 61 review)
    if sign.below is None or sign.above is not None or max(amount, top) < sign.below or min(amount, top) < sign.below - _NEAR_BAND:
        return False
    same = _SAME_RANGE.search(sent.text, el.end - sent.start)
    if same is None or _NOT_SAME.match(sent.text, same.end()):
        return False
    # (the sameness told of the value: nothing between names another topic or a fall, 86〜90%に下がり、食欲は変わりない)
    between = [t for t in sent.tokens if el.end <= t.start and t.end <= sent.start + same.start()]
    return not any((t.pos1 == "助詞" and t.norm in ("は", "が")) or t.lemma in _FALLS for t in between)


def _recovers_as_usual(sent: Sentence, end: int) -> bool:
    """After the value ending at ``end``, the sentence says the measure comes back, in the present
    (下がりますが数分で戻ります: what happens each time), not that it came back once (戻りました) or does not."""
    toks = [t for t in sent.tokens if t.start >= end]
    for k, t in enumerate(toks):
        if t.lemma in _COMES_BACK:
            after = toks[k + 1 : k + 4]
            return not any(a.lemma in ("た", "ない", "ず", "無い") for a in after)
    return False


def _past_bound(sent: Sentence, end: int) -> int:
    """-1 when the value ending at ``end`` is told as a bound the measure fell below (SpO2が90%を切って),
    1 when one it rose above (38℃を超える熱), 0 otherwise."""
    after = sent.text[end - sent.start : end - sent.start + 4]
    if after.startswith(_BELOW_WORDS):
        return -1
    return 1 if after.startswith(_ABOVE_WORDS) else 0


def _bottom_of_the_band(sent: Sentence, sign: UrgentSign, value: float, unit: str | None, at: int | None = None) -> bool:
    """A pain score at the bottom of the severe band (NRS 7) labelled as taken on moving (起き上がり・歩行時NRS 7) or told
    for a pain that grew over days or weeks (11月25日頃より腰痛が強まり…NRS 7): the blind writers asked a physician about it
    at the next visit, not the same day, in every such report (blind100, blind113, blind132).  Not where the sentence
    tells a rescue dose that fails, a sudden rise, a rise since yesterday, pain that keeps the person awake, pain at rest
    or a pain that stops the person moving (the session 43 reviews: レスキュー使用後もNRS7のまま, 安静にしていても,
    起き上がりができないほどの痛みで).  ``at``: where the value starts in the text."""
    if unit not in _PAIN_SCALES or sign.above is None or value != sign.above + 1:
        return False
    text = sent.text
    before = text[: at - sent.start] if at is not None and sent.start <= at <= sent.end else text
    on_moving = bool(_ON_MOVING_LABEL.search(before[-14:]) or _WALKED_SO_FAR.search(text))
    return (on_moving or bool(_GREW.search(text))) and not _NOT_A_CONSULTATION.search(text)


#: A score labelled as taken on moving, right before it (歩行時NRS 7, 起き上がり・歩行時 7/10, 歩くとNRS 7).
_ON_MOVING_LABEL = _regex.lazy(rf"(?:(?:{_MOVING_ACTS}|起き上がり|立ち上がり|寝返り)時|歩くと|動くと)(?:は|に|の|で|が)?\s*(?:NRS|ＮＲＳ|VAS)?\s*(?:は|で|が|:|：)?\s*$")
#: A pain that comes after walking so far (屋外歩行は50m（約5分）で痛みNRS 7となり).
_WALKED_SO_FAR = _regex.lazy(r"(?:歩行|歩く|歩い)[^。]{0,8}?[0-9０-９]+\s*(?:m|ｍ|メートル)")
#: A pain grown over days or weeks (11月25日頃より腰痛が強まり).
_GREW = _regex.lazy(r"(?:頃|ごろ)(?:から|より)[^。]{0,16}?(?:強ま|強く|増強|悪化|増し)|徐々に|だんだん|次第に")
#: What makes it more than a consultation.
_NOT_A_CONSULTATION = _regex.lazy(
    r"レスキュー[^。、]{0,8}?(?:効か|効いて|使っても|使用後も|しても)|頓用[^。、]{0,8}?(?:効か|使っても)|効果(?:が)?(?:ない|なく|乏し)"
    r"|急に|突然(?!の痛みではなく)|急激|昨日|前日|本日|今朝|今日|→"
    r"|(?:眠れ|寝れ|寝られ)(?:ない|ず|ません|へん|ん)|目が覚め|安静時も|安静にしていても|動かなくても|できないほど|できず")


#: A label that puts a value before a dose, a later value after it (使用前NRS 7、使用1時間後NRS 3).
_BEFORE_A_DOSE = _regex.lazy(r"(?:使用|服用|内服|投与|頓服|レスキュー|貼付)前\s*(?:の|は|が|:|：)?\s*(?:NRS|ＮＲＳ)?\s*(?:で|は|:|：)?\s*$")
_PAIN_SCALES = frozenset(("NRS", "VAS"))
_AFTER_A_DOSE = _regex.lazy(r"(?:使用|服用|内服|投与|頓服|レスキュー|貼付)(?:[0-9０-９]+(?:時間|分))?後")


def _before_a_dose(sent: Sentence, el, elements) -> bool:
    """A pain score labelled as before a dose (使用前NRS 7) with a lower score labelled after it later in the sentence:
    where the rescue dose brings the pain is where it stands.  Only a pain scale: an SpO2 of 86% before oxygen is the red flag
    whatever the oxygen brings it to (the session 42 review)."""
    unit = el.value.get("unit")
    if unit not in _PAIN_SCALES:
        return False
    before = sent.text[max(0, el.start - sent.start - 12) : el.start - sent.start]
    if not _BEFORE_A_DOSE.search(before):
        return False
    rest = sent.text[el.end - sent.start :]
    amount = el.value.get("amount")
    return bool(_AFTER_A_DOSE.search(rest)) and any(
        o.start >= el.end and o.value.get("unit") == unit and isinstance(o.value.get("amount"), (int, float))
        and isinstance(amount, (int, float)) and o.value["amount"] < amount for o in elements)


#: What follows a value that a later one replaced (7 → 4 → 2).
_COURSE_MARKS = ("→", "⇒", "->", "➡")


def _earlier_value(sent: Sentence, end: int, sign: UrgentSign) -> bool:
    """The value ending at ``end`` is an earlier point of a course told to a later one: after an
    arrow always, after から only for a sign told by a value above its threshold (NRSで3から8: read on
    to 8).  For a value below a threshold the low point stands (SpO2 86%から酸素で93%: the 86 is the
    news)."""
    after = _BRACKETED.sub("", sent.text[end - sent.start : end - sent.start + 24], count=1).lstrip(" 　")
    if not (after.startswith(_COURSE_MARKS) or (after.startswith("から") and sign.above is not None)):
        return False
    # (a value must follow: NRS 8（本日10時）→ 様子観察中 / NRS 9→レスキュー使用 go on to what was done: the session 40 review)
    return bool(_A_LATER_VALUE.match(after))


#: A later value after a course's mark: a number within a few characters (→ NRS 3, → 11/10 4, から8に), not an action.
_A_LATER_VALUE = _regex.lazy(r"(?:→|⇒|->|➡|から)\s*[^\d０-９。、]{0,8}[\d０-９]")


#: A bracketed aside right after a value, before the course goes on (NRS 7（9月末）→ NRS 3).
_BRACKETED = _regex.lazy(r"^\s*[（(][^）)]{0,10}[）)]")


def _second_of_pair(sent: Sentence, start: int) -> bool:
    """Whether a value at ``start`` is the second of a pair written A/B (the diastolic of 140/82), or a value labelled
    the diastolic (拡張期70〜82mmHg, 最低血圧68: blind104, a stable record read as a low blood pressure)."""
    k = start - sent.start
    return 0 < k <= len(sent.text) and (sent.text[k - 1] in "/／" or bool(_DIASTOLIC.search(sent.text[max(0, k - 6) : k])))


#: A diastolic value's label right before it.
_DIASTOLIC = _regex.lazy(r"(?:拡張期(?:血圧)?|最低血圧|下の血圧|下)\s*(?:は|が|:|：)?\s*$")


#: Words right after a value that make it a difference (30mmHg低下), not a level (86%まで低下).
_CHANGE = ("低下", "上昇", "増加", "減少", "下降", "の低下", "の上昇", "アップ", "ダウン")


def _a_change(sent: Sentence, end: int) -> bool:
    return sent.text[end - sent.start:].lstrip().startswith(_CHANGE)


#: How far after a vital sign's word its spoken value may stand (熱 は 測る たら 39 度 台).
_SPOKEN_REACH = 6
#: What may follow a spoken value besides the sign's units, particles and punctuation.
_SPOKEN_AFTER = frozenset(("台", "前後", "程度", "位", "くらい", "ぐらい", "近く", "超え", "超える", "以上", "以下", "辺り", "有る"))


#: The words of a fever, and the temperature below which a body temperature is not one (37.5℃).
_FEVER_WORDS = frozenset(("熱", "発熱", "高熱", "熱発"))
_FEVER_FROM = 37.5
#: What makes a temperature more than one plain value: a course, a range, a decade, a fraction of a degree.
_A_COURSE_OR_RANGE = frozenset(("から", "→", "～", "〜", "~", "台", "分", "まで"))


def _no_fever(toks, m: Match[Any]) -> bool:
    """A condition told by a fever word whose temperature, right after it, is not a fever
    (熱は36.5前後で落ち着いて: 熱 is no fever beside むせ)."""
    if not any(t.lemma in _FEVER_WORDS for t in toks[m.first:m.last]):
        return False
    clause = toks[m.last:]
    stop = next((k for k, t in enumerate(clause) if t.norm in ("、", ",", "。")), len(clause))
    clause = clause[:stop]  # 熱は36.5前後で落ち着いていて、…SpO2 97％: the fever word's own clause
    values = [_number(t.norm) for t in clause if t.tag.startswith("名詞-数詞")]
    if len(values) != 1 or values[0] is None or any(t.norm in _A_COURSE_OR_RANGE for t in clause):
        return False  # 37.0℃から37.8℃に, 37度8分, 37度台後半: not one normal temperature
    return 34 <= values[0] < _FEVER_FROM


def _spoken_value(toks, after: int, sign: UrgentSign) -> tuple[float, int] | None:
    """The first number within reach after the sign's word that reads as its value, with where it
    ends: followed by one of its units, 台 / くらい / 前後, a particle or punctuation (not 3日, not 2L),
    and within a factor of two of the threshold (not 脈が3回飛ぶ).  80台 reads as 80."""
    depth = seen = 0
    skip = -1  # the day of a date (11/1) is not a value either
    for k in range(after, len(toks)):
        t = toks[k]
        if k <= skip:
            continue
        if t.norm == "。" or seen >= _SPOKEN_REACH:
            return None
        depth = max(0, depth + (t.norm in ("（", "(")) - (t.norm in ("）", ")")))
        if depth > 0 or t.norm in ("）", ")"):
            continue  # 酸素（指で測るやつ）が88: an aside in brackets does not count towards the reach
        seen += 1
        value = _number(t.norm) if t.tag.startswith("名詞-数詞") else None
        if value is None:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and _a_date(toks, k, value):
            skip = k + 2
            continue  # NRS：11/1 7 → 4: a date, read on to the value
        j = _past_aside(toks, k + 1)  # NRS 7（9月末）→ NRS 3: the course goes on after the date's aside
        later = toks[j] if j is not None else None
        if later is not None and (later.norm in _COURSE_MARKS or (later.lemma == "から" and sign.above is not None)) \
                and any(t.tag.startswith("名詞-数詞") for t in toks[j + 1 : j + 5]):
            continue  # NRSで3から8に: an earlier value, read on to where it stands (not a low point: SpO2 86から)
            # (only when a value follows: NRS 9（本日朝）→ レスキュー使用, NRS 9→レスキュー使用 tell where it stands)
        fits = (nxt is None or nxt.pos1 in ("助詞", "助動詞", "補助記号") or nxt.norm in sign.vital
                or nxt.lemma in sign.vital or nxt.norm in _SPOKEN_AFTER or nxt.lemma in _SPOKEN_AFTER
                # 酸素が87やった: the western copula や, which UniDic reads as 遣る (blind108)
                or (nxt.lemma == "遣る" and nxt.surface.startswith("や")
                    and not (k + 2 < len(toks) and toks[k + 2].cform.startswith("仮定形"))))  # (not 88やったら連絡: a threshold)
        return (value, t.end) if fits and _plausible(sign, value) else None
    return None


def _past_aside(toks, k: int) -> int | None:
    """``k``, or the index of the first token after a short bracketed aside that opens there (（9月末）)."""
    if k >= len(toks) or toks[k].norm not in ("（", "("):
        return k if k < len(toks) else None
    close = next((j for j in range(k + 1, min(len(toks), k + 8)) if toks[j].norm in ("）", ")")), None)
    return close + 1 if close is not None and close + 1 < len(toks) else None


def _a_date(toks, k: int, value: float) -> bool:
    """11/1: a month and a day written with a slash (a blood pressure's 150/90 is not one, nor a
    score out of ten, NRS 3/10)."""
    if k + 2 >= len(toks) or toks[k + 1].norm not in ("/", "／") or not toks[k + 2].tag.startswith("名詞-数詞"):
        return False
    day = _number(toks[k + 2].norm)
    return value.is_integer() and 1 <= value <= 12 and day is not None and 1 <= day <= 31 and not (day == 10 and value <= 10)


def _plausible(sign: UrgentSign, value: float) -> bool:
    """Within a factor of two of a threshold: 86 can be an SpO2, 3 cannot be a pulse."""
    return any(t / 2 <= value <= t * 2 for t in (sign.below, sign.above) if t is not None)


def _beyond(sign: UrgentSign, value: float) -> bool:
    return (sign.below is not None and value < sign.below) or (sign.above is not None and value > sign.above)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None

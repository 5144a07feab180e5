"""Extract time, quantity and frequency elements from a sentence.

Works on the normalised text (ASCII digits, full-width folded) with regular
expressions, then maps spans back to the original.  Kanji numerals (三日, 五割,
十数回) are read too.  Where two candidates overlap, the longer wins, so
「2時間おき」 is one frequency, not a quantity 「2時間」 plus a stray 「おき」.
"""

from __future__ import annotations

import re
from typing import Any

from . import _regex
from ._normalize import NormalizedText
from .model import Element

# A number starts where a digit run starts and has at most 9 digits before the point:
# the look-behind stops every position inside a long run of digits from starting a
# (backtracking) match, so a 100,000-digit line costs linear time, and no value can
# overflow to infinity.
_DIGITS = r"(?<![0-9.,])[0-9]{1,9}(?:,[0-9]{3}){0,3}(?:\.[0-9]{1,4})?(?![0-9])"
# 一 alone counts only before a counter (一日に一回, 一週間前, 一錠): 一時 (for a while), 一度も, 一度ならず,
# 一緒, 一部, 一人で are not numbers, nor 一度 before a request (一度ご確認, 一度診て: at some time, batch 70).
_KANJI = (
    r"(?<![〇一二三四五六七八九十百千万])"
    r"(?:十数|数十|[二三四五六七八九十百千〇][一二三四五六七八九十百千〇]{0,6}|一[十百千〇二三四五六七八九][一二三四五六七八九十百千〇]{0,5}"
    r"|一(?=回|度(?!も|ならず|ご|御|お|診|見て)|日|週|年|時間|分|錠|包|割|枚|食|晩|杯|口|か月|ヶ月|カ月|ヵ月|箇月))"
)
# Kanji numerals are rewritten to same-length runs of "0" in a matching copy of the
# sentence (values are read from the real text), so the patterns below only need
# ASCII digits: compiling the kanji alternative into each of them cost ~60 ms at start-up.
# A lone 一 becomes "1", so the patterns' {_ONE} (1日, 1回の食事) still see it.
_KANJI_RX = _regex.compile(_KANJI)
_NUM = _DIGITS
_N1 = rf"(?P<n1>{_NUM})"
# a range: 2〜3, 2-3, and the spoken 2、3 (two or three: one digit, a comma, one digit)
_N2 = rf"(?:(?:\s*+[〜~\-−ー]\s*+|(?<=(?<![0-9.,])[0-9])、(?=[0-9](?![0-9.])))(?P<n2>{_NUM}))?"
_APPROX_PRE = r"(?:(?P<pre>約|およそ|おおよそ|ほぼ|大体|だいたい)\s*+)?"  # the space only after the word: 約 50kg, not " 50kg"
_APPROX_POST = r"(?P<post>ほど|程度|程|くらい|ぐらい|位|前後|ごろ|頃|余り|以下|以上|未満|以内|強|弱)?"
_ONE = r"(?:1|一)"
# a score out of ten after what names it (痛みは7/10, 安静時 3/10), and what after it makes the pair a date (8/10から)
_OUT_OF_TEN = rf"\s*+(?:は|で|が|:|：)?\s*+{_APPROX_PRE}{_N1}{_N2}/(?P<of>10)(?![0-9])"
_DATE_AFTER = r"から|より|頃|ごろ|〜|~|日|に"

_TIME_UNIT = r"(?:日|週間|週|か月|ヵ月|ヶ月|カ月|ケ月|箇月|ヶ年|年|時間|分)"
_SINCE = r"(?P<rel>から|より|以降|以来)?"
#: A part of a year (令和5年春, 2023年の秋, 令和4年末).
_SEASON = r"(?:春先|春|夏|秋|冬|初め|始め|前半|後半|末)"

_PATTERNS: list[tuple[str, str | None, str]] = [
    # (kind, relation, pattern)
    ("time", "ago", rf"{_APPROX_PRE}{_N1}{_N2}(?P<unit>{_TIME_UNIT})(?:ほど|程|くらい|ぐらい)?前{_SINCE}"),
    ("time", "ago", rf"{_APPROX_PRE}(?P<half>半)(?P<unit>年|月|日)(?:ほど|程|くらい|ぐらい)?前{_SINCE}"),
    # 令和5年春から, 2023年の秋頃, 平成30年から: a year, by the era or in four figures, with its season or as a since
    # (a date a physician can use); not a birth year (昭和15年生まれ)
    ("time", "at", rf"(?:(?:令和|平成|昭和){_NUM}|(?<![0-9])[12][0-9]{{3}})年(?=の?{_SEASON}|(?:頃|ごろ)?(?:から|より|以降|以来))(?:の?{_SEASON})?(?:頃|ごろ)?{_SINCE}"),
    ("time", "at", rf"(?:(?:令和|平成|昭和)?{_N1}年)?(?P<month>{_NUM})月(?:(?P<day>{_NUM})日(?:\s*+[〜~\-−ー]\s*+(?:(?P<month2>{_NUM})月)?(?P<day2>{_NUM})日)?|上旬|中旬|下旬|初旬|初め|末|頃|ごろ|(?=に|から|より|以降|中|は|の))(?:頃|ごろ)?{_SINCE}"),
    # (11/30夕〜持続: a part of the day and a since after the date)
    # (咳嗽11/26〜、: a since after the date, not a range of fractions, 1/2〜2/3)
    ("time", "at", rf"(?P<month>[0-9]{{1,2}})/(?P<day>[0-9]{{1,2}})(?=から|より|以降|以前(?:の|は|に)|に|頃|ごろ|の|\(|（|(?:朝|昼|夕|夜)(?:〜|~|から|より|以降)|[〜~～](?![0-9全半割量]))(?:頃|ごろ)?(?:(?P<tilde>[〜~～](?![0-9全半割量]))|{_SINCE})"),
    # 11/26〜28の3晩: a stretch of days within one month (the days rise: not a range of fractions, 1/2〜2/3)
    ("time", "at", r"(?<![0-9/.])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12][0-9]|0?[1-9])\s*+[〜~～]\s*+(?P<day2>3[01]|[12][0-9]|0?[1-9])日?(?=の|に|まで|は|、|で)"),
    # 11/20、 / 11/20朝 / (11/20〜) / ・3/13夜：: a slash date at the start of a sentence or after a space,
    # comma, bracket or list bullet, or after a day named relative to today (昨日12/3: blind84); elsewhere 1/2 is a fraction (主食1/2、副食全量), and so is one with a
    # counter after it (・1/2錠)
    (
        "time",
        "at",
        r"(?:^|(?<=[\s、,(（「【:・•●○◯◆■□＊*])|(?<=昨日|本日|今日|前日|当日|翌日|同日))(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12][0-9]|0?[1-9])"
        r"(?![0-9/錠量包杯個本割枚程摂]|ほど|くらい|ぐらい|で(?:した|す))(?:頃|ごろ)?"
        r"(?P<rel>から|より|以降|以来|〜|~)?",
    ),
    (
        "time",
        "at",
        rf"(?P<ampm>午前|午後|朝|夕方|夜|深夜|明け方)?{_N1}(?P<clock>時)(?!間)(?:(?P<minute>{_NUM})分|(?P<half>半))?"
        rf"(?P<about>頃|ごろ|過ぎ)?{_SINCE}",
    ),
    ("time", "at", rf"(?<![0-9])(?P<hh>[01]?[0-9]|2[0-3]):(?P<mm>[0-5][0-9])(?![0-9])(?P<about>頃|ごろ)?{_SINCE}"),
    (
        "time",
        "at",
        # (and in kana, as chat writes them: きのうの晩から, けさ, ゆうべ; きょう only as a day, not きょうだい: batch 120)
        r"(?:一昨日|おととい|昨日|きのう|昨夜|昨晩|昨夕|昨朝|ゆうべ|ゆんべ|今朝|けさ(?=から|より|は|の|も|、|に|\d)|本日|今日"
        r"|きょう(?=から|より|は|の|も|、|\d)|今夜|前日|当日|翌日|翌朝|同日|先々週|先週|今週"
        r"|先々月|先月|今月|昨年|去年|今年|入院前|入院中|入院後|入院時|退院前|退院後|退院時|受診時|受診後|術後|発症後|転倒後)"
        r"(?:末|初め|上旬|中旬|下旬|の(?:朝|昼|夕方|夜|晩|午前|午後|夜間))?(?P<rel>から|より|以降|以来)?",
    ),
    # a day of the week told as when something happened (日曜の夜に38.2℃の熱が出た, 月曜から息苦しさ, 先週の金曜、転倒: blind190's
    # physician, "onset (Sunday night) is already written"): with a part of the day, as an onset, or after 先週 / 今週; not a
    # schedule's day (デイは水曜日です, 週1回水曜に, 月曜日に受診予定, 往診の日を水曜から金曜に, 月曜から金曜まで: the session
    # 57 review), nor a weekday's initial alone (月, 水: a month, water)
    (
        "time",
        "at",
        r"(?<!毎)(?<!毎週)(?<!隔週)(?<!を)(?<!から)(?<!と)(?<![・/])(?<!曜、)(?<!曜,)(?<!曜日、)(?:"
        r"(?<=先週)|(?<=先週の)|(?<=今週)|(?<=今週の)|(?<=先々週の)|(?=[月火水木金土日]曜日?(?:の(?:朝|昼|夕方|夕|夜|晩|午前|午後|夜間|深夜|明け方)|から|より|以降|以来)))"
        r"(?:月|火|水|木|金|土|日)曜(?!日?[・、,と/](?:[月火水木金土日]曜)|日?(?:と|や|・)[月火水木金土日]|日?から[^。、]{0,6}(?:まで|に(?:変|移|ずら)))(?:日)?"
        r"(?:の(?:朝|昼|夕方|夕|夜|晩|午前|午後|夜間|深夜|明け方))?(?P<rel>から|より|以降|以来)?",
    ),
    # days in a row before a missed dose (3日連続で朝の薬飲み忘れてた: batch 115): how many times, not how long
    # (before the stretch of days, which ties with it)
    ("frequency", "count", rf"{_N1}{_N2}(?P<unit>日|回|晩)連続(?=で?[、,]?[^。、]{{0,8}}?(?:飲み忘れ|のみ忘れ|飲み残し|服薬忘れ|内服忘れ|飲み忘))"),
    # 以上/以内 are left to _APPROX_POST, which reads them as a bound; 週 is not 週間 cut short
    ("time", "duration", rf"{_APPROX_PRE}{_N1}{_N2}(?P<unit>日|週間|週(?!間)|か月|ヵ月|ヶ月|カ月|ケ月|年)(?:間|ぶり|後|続|連続|(?=以上|以内)){_APPROX_POST}"),
    ("time", "duration", rf"{_APPROX_PRE}{_N1}{_N2}(?P<unit>週間|か月|ヵ月|ヶ月|カ月|ケ月){_APPROX_POST}"),
    # days back from today (ここ5日ほど, ここ2、3日, この3日): a stretch, told roughly or not (VC302 asks for the date, opt-in)
    ("time", "duration", rf"(?<=ここ|この){_APPROX_PRE}{_N1}{_N2}(?P<unit>日)(?!から|より|以降|に|の(?:朝|昼|夕方|夜|午前|午後)){_APPROX_POST}"),
    # and a stretch of days told roughly (4日ほどお通じもない: blind92)
    ("time", "duration", rf"{_APPROX_PRE}{_N1}{_N2}(?P<unit>日)(?P<post>ほど|程度|くらい|ぐらい)(?!前|後|で|に|おき|ごと)"),
    ("time", "at", rf"{_N1}日(?=から|より|以降|に|の(?:朝|昼|夕方|夜|午前|午後))(?P<rel>から|より|以降)?"),
    # the doses missed counted in days' or doses' worth (3日分飲み忘れ, 21日分の飲み忘れ: batches 85, 91): how often, not a
    # supply (3日分の薬をもらっています) or a dose (1回2錠): only right before the missed dose
    ("frequency", "count", rf"{_APPROX_PRE}{_N1}{_N2}(?P<unit>日分|回分)(?=の?(?:飲み忘れ|のみ忘れ|飲み残し|服薬忘れ|内服忘れ|飲み忘))"),
    # or counted in the brackets after it (12/2から飲み忘れ（薬袋の残数で確認、4日分）: blind134's good report)
    ("frequency", "count", rf"(?:飲み忘れ|のみ忘れ|飲み残し|服薬忘れ|内服忘れ)[^。（(]{{0,3}}[（(][^）)。]{{0,12}}?(?:残数|残薬|残り)[^）)。]{{0,8}}?(?P<span>{_APPROX_PRE}{_N1}{_N2}(?P<unit>日分|回分))"),
    # frequency before quantity: the longer match wins anyway, this only breaks ties
    (
        "frequency",
        "per",
        # not after a numeral: 10月に2回 is a date and a count, not "2 times a month"; not after a
        # kanji either: 昨日38度 and 今朝37.8度 are a day and a temperature, not "38 times a day"
        rf"(?<![0-9\u4e00-\u9fff々])(?P<per>{_ONE}日|日|{_ONE}週間|週|{_ONE}(?:か月|ヶ月|カ月)|月|{_ONE}年|年|夜間|日中|夜中|夜|朝|午前中|午後"
        rf"|{_ONE}時間|{_ONE}分間?|{_ONE}回の食事|毎食|毎日|毎晩|毎朝|毎夜|毎週|毎月|食事中|{_ONE}食)(?:に|で|あたり|当たり|の間に|中)?\s*+{_APPROX_PRE}{_N1}{_N2}"
        rf"(?P<unit>回|度|日|錠|包|夜|晩){_APPROX_POST}",  # 週に3夜: nights in a week
    ),
    (
        "frequency",
        "per",
        rf"(?P<per>{_NUM}(?:日|週間|週|か月|ヶ月|カ月|時間))に\s*+{_APPROX_PRE}{_N1}{_N2}(?P<unit>回|度){_APPROX_POST}",
    ),
    # 7日中6日, 3食中2食, 6日間のうち4日: a count out of a stated number of days or meals
    ("frequency", "per", rf"(?P<per>{_NUM}(?:日間|日|回|食|週間|週))(?:中|のうち)\s*+{_APPROX_PRE}{_N1}{_N2}(?P<unit>日|回|食|週){_APPROX_POST}"),
    ("frequency", "interval", rf"{_APPROX_PRE}{_N1}{_N2}(?P<unit>時間|日|分|週間|週)(?:おき|置き|毎|ごと)"),
    ("frequency", "every", r"毎(?:日|晩|朝|夕|夜|週|月|年|食(?:前|後|間)?|回|時間)|連日|隔日|隔週|朝夕|毎食"),
    # (not from a date's day: 11/26〜 4回/日 is a date, then four a day, not 26 to 4 times: batch 43)
    ("frequency", "count", rf"{_APPROX_PRE}(?<![0-9/.]){_N1}{_N2}(?P<unit>回)(?!目(?!が覚|を覚|覚め|ざめ|が醒|を醒)|分){_APPROX_POST}"),
    # the count so far of an episode told over a span (12/3から本日までで3回目: blind156's good report): how many times
    ("frequency", "count", rf"(?:(?<=までで)|(?<=以来)|(?<=以来で))\s*+(?<![0-9/.]){_N1}{_N2}(?P<unit>回)(?=目)"),
    ("quantity", "rate", rf"{_APPROX_PRE}{_N1}{_N2}\s*+(?P<unit>回/分|bpm|/分)"),
    # a pulse named and read without its unit (脈拍116、ぐったり; P 76 不整: blind67 physician rating): only a
    # plausible rate, and not a date or a pressure (脈拍12/5)
    ("quantity", "rate", r"(?:(?<![A-Za-z])(?:脈拍数?|脈|心拍数?|HR|PR)|(?:^|(?<=[\s、。,・（(:：]))P)\s*+(?:は|が|:|：|=)?\s*+(?P<span>(?P<n1>[3-9][0-9]|1[0-9]{2}|2[0-2][0-9]))(?![0-9./])"),
    # (one run of white space between the parts, each part's own after it: three optional \s* in a row backtrack
    # cubically on a long run of spaces: the session 28 review)
    ("quantity", "scale", rf"(?P<unit>NRS|VAS|JCS|GCS|SpO2|SPO2|SpO₂|サチュレーション|BMI|HDS-R|MMSE|ブリストル(?:スケール)?|Bristol|フェイススケール|グレード|Grade)\s*+(?:(?:にて|で|は|が|:|=)(?:[、,](?=\s*+(?:安静時|歩行時|体動時|動作時|労作時|夜間|起床時)))?\s*+)?(?:(?:安静時|歩行時|体動時|動作時|労作時|夜間|起床時)\s*+)?{_APPROX_PRE}{_N1}{_N2}(?:/(?P<of>10|5|100)(?![0-9]))?(?:%|点|桁)?"),
    # a pain score with its scale named first and the moment it was scored between (痛みの強さ（NRS）：レスキュー前6〜7:
    # blind96): up to eight letters, no digit, comma or full stop, then a score of 0 to 10 and no counter or date after it
    ("quantity", "scale", rf"(?P<unit>NRS)(?:\s*+[）)])?\s*+(?:(?:にて|で|は|が|:|：|=)\s*+)?[^0-9０-９、。,\s（(]{{1,8}}?\s*+{_APPROX_PRE}(?P<n1>10|[0-9])(?:\s*+[〜~\-−ー]\s*+(?P<n2>10|[0-9]))?(?![0-9.:：/／時日月回歳年%％ｍm部名段かヶカケポ件枚人])"),
    # a score out of ten after 評価, a pain word or the moment it was scored (本人評価8/10, 痛みは7/10: blind67 physician
    # rating; NRS 動作時 8/10、安静時 3/10: blind80); a bare 8/10 is a date
    ("quantity", "scale", rf"(?:評価|痛み|痛さ|疼痛|(?:腰|頭|腹|胸|膝|背部|肩|関節)痛){_OUT_OF_TEN}(?!\s*+(?:{_DATE_AFTER}))"),
    # a pitting oedema's grade (下肢浮腫2+, 浮腫（3+）, 主治医評価で2+: batch 67; 浮腫グレード1+: batch 90), after the oedema
    # or an assessment only
    ("quantity", "scale", r"(?:浮腫|むくみ|圧痕|評価)\s*+(?:グレード|Grade|grade)?\s*+(?:は|で|が|:|：)?\s*+[（(]?\s*+(?P<span>(?P<n1>[1-4])\s*+(?P<unit>[+＋]))(?![0-9+＋])"),
    # graded by two or three pluses in brackets, right after the oedema or a side (浮腫（++）, 下肢浮腫 両側（+++））; a single
    # （+） says only that it is there, a minus that it is not, and another symptom's bracket is its own (the session 37 review)
    ("quantity", "scale", r"(?:浮腫|むくみ)\s*+(?:(?:両側|両方|右|左|両)\s*+)?[（(]\s*+(?P<span>(?P<unit>[+＋])[+＋]{1,2})\s*+[）)]"),
    # (at a moment only, not before a time of day: ・転倒：歩行時 9/10 早朝 is a date: the session 22 review)
    ("quantity", "scale", rf"(?:安静時|歩行時|体動時|動作時|労作時|起床時){_OUT_OF_TEN}(?!\s*+(?:{_DATE_AFTER}|[0-9]+[:：時]|早朝|朝|昼|夕|夜|未明))"),
    # a score out of ten with the scale unnamed (痛みは10のうち6, 10段階で6, 10点中6点): a numeric rating scale
    # (only 点 or no counter after the score: 10のうち6つ, 6名, 6包 and 5番目 count things)
    ("quantity", "scale", rf"(?<![0-9.])(?P<of>10)(?:段階|点満点)?(?:の?うち|点?中|で)\s*+{_APPROX_PRE}{_N1}{_N2}点?(?=$|[\s、。，,.)）]|で|だ|や|と|て|っ|の|く|ぐ|程|ほど|位)"),
    # a pressure-injury grade (NPUAP分類ステージⅡ, DESIGN-R d2-e3s6i0g1n0p0): the wound measured on its scale
    # (a bare ステージ is a cancer's or a kidney disease's stage too: the scale must be named)
    ("quantity", "scale", r"(?P<unit>NPUAP|EPUAP|NPIAP)(?:分類)?\s*+(?:で|は|:|：)?\s*+(?:ステージ|Stage|stage|カテゴリー|カテゴリ)?\s*+(?P<grade>IV|III|II|I|Ⅳ|Ⅲ|Ⅱ|Ⅰ|[1-4])(?![0-9A-Za-z])"),
    # (ステージⅡ（NPUAP）: the scale named after the grade, in brackets)
    ("quantity", "scale", r"(?:ステージ|Stage|stage|カテゴリー|カテゴリ)\s*+(?P<grade>IV|III|II|I|Ⅳ|Ⅲ|Ⅱ|Ⅰ|[1-4])\s*+[（(]\s*+(?P<unit>NPUAP|EPUAP|NPIAP)"),
    # (DESIGN-R® 2020でd2, DESIGN-R評価でd2: the depth item graded, the scale named before it)
    ("quantity", "scale", r"(?P<unit>DESIGN-R)®?\s*+(?:2020)?\s*+(?:評価)?(?:で|は|にて|:|：)?\s*+(?P<grade>[dD](?:[0-5]|DTI|U))(?![0-9A-Za-z])"),
    # (the exudate graded on DESIGN-R, 滲出液はDESIGN-Rにてe1, DESIGN-R滲出液e1: what a sentence about the exudate measures,
    # batches 90, 93; another item, DESIGN-RにてI0, measures nothing of the wound's size: the session 36 review)
    ("quantity", "scale", r"(?:滲出液|浸出液)[^。\n]{0,6}?(?P<unit>DESIGN-R)®?\s*+(?:にて|で|は|:|：)?\s*+(?P<grade>[eE][0-3])(?![0-9A-Za-z])"),
    ("quantity", "scale", r"(?P<unit>DESIGN-R)®?\s*+(?:にて|で|は|の|:|：)?\s*+(?:滲出液|浸出液)\s*+(?:は|が|:|：)?\s*+(?P<grade>[eE][0-3])(?![0-9A-Za-z])"),
    ("quantity", "scale", r"(?<![A-Za-z])(?P<code>[dD](?:[0-5]|DTI|U)[-‐]?[eE][0-9][sS][0-9]{1,2}[iI][0-9][gG][0-9][nN][0-9][pP][0-9]{1,2})"),
    # (the size item of a DESIGN-R record written item by item after its depth or exudate item, DESIGN-R e1（少量）s6: the
    # wound's size on its scale, batch 110; not a room, S8号室: the session 42 review)
    ("quantity", "scale", r"(?P<unit>DESIGN-R)®?\s*+[^。\n]{0,6}?(?<![A-Za-z0-9])[dDeE](?:[0-5]|DTI|U)(?![0-9])[^。\n]{0,8}?(?<![A-Za-z0-9])(?P<grade>[sS](?:0|3|6|8|9|12|15))(?![0-9A-Za-z号])"),
    # (褥瘡の深さはd2: the depth item graded, named by its word, the scale unnamed: batch 61)
    ("quantity", "scale", r"(?:深さ|深達度)\s*+(?:は|が|:|：)?\s*+(?P<grade>[dD](?:[0-5]|DTI|U))(?![0-9A-Za-z])"),
    # the element is the reading (group "span"), as with 体温38.2℃ -> 38.2℃
    ("quantity", "pressure", r"(?<![0-9])(?P<span>(?P<n1>[0-9]{2,3})/(?P<n2>[0-9]{2,3})\s*+(?P<unit>mmHg))"),
    ("quantity", "pressure", r"(?:血圧|BP)\s*+(?:は|:)?\s*+(?P<span>(?P<n1>[0-9]{2,3})/(?P<n2>[0-9]{2,3}))(?![0-9])"),
    # a bare pair read as a blood pressure only where no date or score can be (extract checks 50-260 over 30-160,
    # systolic above diastolic): ﾍﾙﾊﾟｰさんが測ったら76/40で (blind49); 12/10 is a date, 21/30 a score
    ("quantity", "pressure", r"(?<![0-9/.:])(?P<span>(?P<bare>(?P<n1>[0-9]{2,3})/(?P<n2>[0-9]{2,3})))(?![0-9/])"),
    # a pressure told by its decade (家庭血圧は130台/80前後: blind62): a reading, approximately
    # (checked as a bare pair is: 車いす10台/20台 is no reading)
    ("quantity", "pressure", r"(?<![0-9/.:])(?P<span>(?P<bare>(?P<n1>[0-9]{2,3})台\s*+/\s*+(?P<n2>[0-9]{2,3})(?:台)?)(?P<post>前後|程度|くらい|ぐらい)?)(?![0-9/])"),
    # the systolic alone, named by 血圧 or BP right before it (血圧は130前後で安定: blind65): a reading, approximately
    # when told so; only a plausible systolic, and not a count, a time or a dose (血圧は1日2回)
    ("quantity", "pressure", r"(?:血圧|BP)\s*+(?:は|が|も|:|：)?[、,]?\s*+(?:上が?)?\s*+(?P<span>(?P<n1>[6-9][0-9]|1[0-9]{2}|2[0-4][0-9])(?P<post>台|前後|程度|くらい|ぐらい)?)(?=\s*+(?:で|です|でした|だ|、|。|と|まで|から|を|に|が|の|$|[)）]))"),
    # readings told by a range of decades (１４０〜１５０台が多い: blind78): approximately, the lower bound
    # (a systolic range, from 100, in a sentence that names the pressure: 脈拍 60〜70台, 血糖は200〜240台 are not one)
    ("quantity", "pressure", r"(?:血圧|BP)(?:(?!血糖|脈|体重|体温|SpO|BS|HR)[^。\n]){0,30}?(?<![0-9/.:])(?P<span>(?P<n1>1[0-9]{2}|2[0-4][0-9])[〜~～](?:1[0-9]{2}|2[0-4][0-9])台)(?![0-9/])"),
    ("quantity", "fraction", rf"(?P<n2>{_NUM})分の(?P<n1>{_NUM}){_APPROX_POST}"),
    ("quantity", "fraction", r"(?P<frac>半分|半量|全量|全部|完食|全粥)(?P<post>以下|以上|未満|程度|ほど|くらい|ぐらい)?"),
    # a size told by a coin or a thing everyone knows (500円玉大, 10円玉くらい, 鶏卵大, 母指頭大: blind80's physician:
    # "size (500-yen coin) already given"): the nurse's and the care record's measure of a redness or a swelling
    # (a coin named as a size only: 500円玉大, 500円玉くらい, 500円玉の大きさ; not 10円玉を数える: the session 22 review)
    ("quantity", None, rf"{_APPROX_PRE}{_N1}\s*+(?P<unit>円玉|円硬貨)(?:大|サイズ|(?=くらい|ぐらい|ほど|程度|位|程|の大きさ)){_APPROX_POST}"),
    ("quantity", None, r"(?P<unit>鶏卵|鵞卵|うずらの?卵|ピンポン玉|ゴルフボール|テニスボール|手のひら|手掌|手拳|母指頭|拇指頭|小指頭|米粒|粟粒|小豆|大豆|あずき|クルミ|胡桃|梅干し?)(?P<post>大|くらい|ぐらい|ほど|程度)"),
    (
        "quantity",
        None,
        rf"(?:(?P<per>{_ONE}日|{_ONE}回|毎食|{_ONE}食)(?:に|で|あたり|当たり)?)?{_APPROX_PRE}{_N1}{_N2}\s*+"
        r"(?P<unit>割|分(?!の|おき|ごと|毎|後)|秒|時間(?!おき|ごと|毎|後)|℃|°C|度(?!目|も)|mmHg|ml|mL|cc|ミリリットル|ミリ(?!グラム|も)|kg|mg/dl|mg/dL|mg|g(?![a-zA-Z])|L(?![a-zA-Z])|%|パーセント|錠|包(?!化)|単位|本|センチメートル|センチ|cm|mm|km|m(?![a-zA-Z])|メートル|歩|枚|口(?!ずつ|大)|杯|個|食分|日分|回分|kcal|キロ|リットル|人前|点|bpm|拍|段)"
        + _APPROX_POST,
    ),
]

# Characters one of which must occur for the pattern above to match at all, in the
# same order ("" = always try).  A substring test is far cheaper than a regex scan.
_TRIGGERS = (
    "前", "前", "年", "月", "/", "/", "/", "時", ":", "", "曜", "連", "間ぶ後以続連", "週月", "こ", "ほ程くぐ", "日", "分", "分",
    "回度日錠包夜晩", "回度", "中う", "おき置毎ご", "毎連隔朝", "回", "回", "/b", "脈心HP", "NVJGSBHMブフサ", "N", "評痛疼", "+＋", "+＋", "安歩体動労起", "1", "NE", "P", "D", "D", "D", "dD", "D", "深", "/", "/", "/", "台", "血B", "血B", "分", "半全完", "円", "大くぐほ程", "",
)
# (kind, relation, index into _PATTERNS, triggers). A pattern is compiled (_pattern) the first time a sentence
# has one of its trigger characters: compiling all 45 took about a fifth of a cold `vaguecheck FILE`
# (issue #13's cold-start target), and one short report needs only some of them.
_SPECS = [(kind, rel, i, frozenset(trig)) for i, ((kind, rel, _p), trig) in enumerate(zip(_PATTERNS, _TRIGGERS, strict=True))]
_RX: list[re.Pattern[str] | None] = [None] * len(_PATTERNS)
# Most patterns need a numeral; a sentence without one only runs the others
# (昨日, 毎晩, 半分), which keeps extraction cheap on wordy sentences.
_NUMERAL = _regex.compile(r"[0-9〇二三四五六七八九十百千]")
_KANJI_CHAR = _regex.compile(r"[〇一二三四五六七八九十百千]")
_WITHOUT_NUMERAL = [c for c in _SPECS if _NUM not in _PATTERNS[c[2]][2] and "[0-9]" not in _PATTERNS[c[2]][2]]


def _pattern(i: int) -> re.Pattern[str]:
    """Element pattern ``i``, compiled on first use."""
    rx = _RX[i]
    if rx is None:
        rx = _RX[i] = _regex.compile(_PATTERNS[i][2])
    return rx


_KIND_RANK = {"frequency": 0, "time": 1, "quantity": 2}

_GRADES = {"I": 1, "II": 2, "III": 3, "IV": 4, "Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4}
#: Counts in kana before a counter the amount patterns read (ひと口程度, ふた杯): one and two, in a same-length stand-in
#: "01" (blind80: 水分はひと口程度). Not ひと口ずつ / ひと口大 (how food is given or cut, no amount: the session 22
#: review), ひと月 (a 月 pattern would read a month's name) nor ひとつ (ひとつ気になるのは).
_KANA_RX = _regex.compile(r"(?:ひと|ふた)(?=口(?!ずつ|大|も)|杯|個|枚|錠|包)")
_KANA_NUMBERS = {"ひと": 1.0, "ふた": 2.0}
_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}


def parse_number(text: str) -> tuple[float, float | None, bool]:
    """Read 1,500 / 37.8 / 三 / 二十五 / 十数.  Returns (amount, upper, approximate)."""
    if text in _KANA_NUMBERS:
        return _KANA_NUMBERS[text], None, False
    if text in ("十数",):
        return 11.0, 19.0, True
    if text == "数十":
        return 20.0, 90.0, True
    if text[0].isdigit() and text.isascii():
        return float(text.replace(",", "")), None, False
    if not any(ch in _KANJI_UNITS for ch in text):  # positional: 二〇 = 20
        return float(int("".join(str(_KANJI_DIGITS[ch]) for ch in text if ch in _KANJI_DIGITS) or 0)), None, False
    total = 0
    current = 0
    for ch in text:
        if ch in _KANJI_DIGITS:
            current = _KANJI_DIGITS[ch]
        elif ch in _KANJI_UNITS:
            total += (current or 1) * _KANJI_UNITS[ch]
            current = 0
    return float(total + current), None, False


#: Time relations that place an event: a day or clock time (at: 今朝, 11/29 21時), an onset (since: 昨夜から), a distance
#: back (ago: 3日前); not a length (duration: 5日間).
_ONSET_RELATIONS = frozenset(("at", "since", "ago"))


def places_in_time(elements: list[Element]) -> bool:
    """Whether ``elements`` (a sentence's) place an event in time: a day or clock time, an onset or a distance back."""
    return any(el.kind == "time" and el.value.get("relation") in _ONSET_RELATIONS for el in elements)


def _value(kind: str, relation: str | None, m: re.Match[str], text: str) -> dict[str, Any]:
    # group texts from the real sentence, not the matching copy with kanji numerals zeroed
    groups = {k: text[m.start(k) : m.end(k)] for k, v in m.groupdict().items() if v}
    value: dict[str, Any] = {"amount": None, "max": None, "unit": groups.get("unit"), "relation": relation,
                             "per": None, "approximate": False}
    if "n1" in groups:
        amount, upper, approx = parse_number(groups["n1"])
        value["amount"] = amount
        value["max"] = upper
        value["approximate"] = approx
    if "n2" in groups:
        value["max"] = parse_number(groups["n2"])[0]
    if relation == "fraction" and "n2" in groups and "n1" in groups:  # 3分の1: n2 is the denominator
        value["amount"] = value["amount"] / parse_number(groups["n2"])[0] if parse_number(groups["n2"])[0] else None
        value["max"] = None
        value["unit"] = "ratio"
    if "half" in groups and "clock" not in groups:  # 半年前; the 半 of 3時半 is read with the clock
        value["amount"] = 0.5
    if "frac" in groups:
        value["amount"] = {"半分": 0.5, "半量": 0.5}.get(groups["frac"], 1.0) if groups["frac"] != "全粥" else None
        value["unit"] = "ratio"
    if "month" in groups:
        value["month"] = parse_number(groups["month"])[0]
        if "day" in groups:
            value["day"] = parse_number(groups["day"])[0]
        if "day2" in groups:  # 12月1日〜7日: the last day of the stretch
            value["until"] = {"month": parse_number(groups["month2"])[0] if "month2" in groups else value["month"],
                              "day": parse_number(groups["day2"])[0]}
    if "hh" in groups:
        # parse_number, not float: the pattern matched a copy with kanji numerals as 0 (二:00)
        value["amount"] = parse_number(groups["hh"])[0] + parse_number(groups["mm"])[0] / 60
        value["unit"] = "時"
    if "clock" in groups:
        hour = value["amount"] or 0.0
        if groups.get("ampm") in ("午後", "夕方", "夜") and hour < 12:
            hour += 12
        minutes = parse_number(groups["minute"])[0] if "minute" in groups else (30.0 if "half" in groups else 0.0)
        value["amount"] = hour + minutes / 60
        value["unit"] = "時"
    if groups.get("about") in ("頃", "ごろ"):
        value["approximate"] = True
    elif groups.get("about") == "過ぎ":
        value["bound"] = "at-least"
    if "grade" in groups:  # ステージⅡ: the grade as a number; DESIGN-R d2: the depth's (DTI, U: none)
        grade = groups["grade"]
        if grade[0] in "dD":
            value["amount"] = float(grade[1]) if grade[1:].isdigit() else None
        elif groups.get("unit") == "DESIGN-R" and grade[1:].isdigit():  # DESIGN-R e1, s6: the item's score
            value["amount"] = float(grade[1:])
        else:
            value["amount"] = float(_GRADES.get(grade) or parse_number(grade)[0])
        # (a bare d-grade, 褥瘡の深さはd2, is DESIGN-R's depth item)
        value["unit"] = groups["unit"] if "unit" in groups else "DESIGN-R" if grade[0] in "dD" else None
    if "code" in groups:  # a DESIGN-R record: the code names the scale, its items are not one number
        value["unit"] = "DESIGN-R"
    if relation == "rate" and value["unit"] is None:  # 脈拍116: a pulse read without its unit
        value["unit"] = "回/分"
    if "of" in groups:  # NRSで6/10: six on a scale of ten
        value["of"] = parse_number(groups["of"])[0]
        if relation == "scale" and value["unit"] is None:  # 10のうち6: a numeric rating scale, unnamed
            value["unit"] = "NRS"
    if relation == "pressure":
        value["diastolic"] = value.pop("max")
        value["max"] = None
        value["unit"] = "mmHg"
        if "台" in text[m.start() : m.end()]:  # 130台/80: in the 130s
            value["approximate"] = True
    if "pre" in groups or groups.get("post") in ("ほど", "程度", "程", "くらい", "ぐらい", "位", "前後", "ごろ", "頃"):
        value["approximate"] = True
    post = groups.get("post")
    if post in ("以下", "未満", "以内", "弱"):
        value["bound"] = "at-most"
    elif post in ("以上", "強", "余り"):
        value["bound"] = "at-least"
    if "per" in groups:
        value["per"] = groups["per"]
        if kind == "quantity":
            value["relation"] = "per"
    rel = groups.get("rel") or groups.get("tilde")
    if rel:
        value["relation"] = "since"
        if relation == "ago":
            value["ago"] = True
    if kind == "time" and relation == "at" and value["unit"] is None and value["amount"] is None and "month" not in groups:
        value["unit"] = "relative"
    return value


def _plausible_pressure(systolic: int, diastolic: int) -> bool:
    """A bare pair (76/40) that can only be a blood pressure: no month or day reaches 50 over 30, and a
    score (21/30, 6/10) has its smaller number first."""
    return 50 <= systolic <= 260 and 30 <= diastolic <= 160 and systolic > diastolic + 10


def extract(nt: NormalizedText, start: int, end: int) -> list[Element]:
    """Elements in ``nt.norm[start:end]``, sorted by position, not overlapping."""
    norm = nt.norm
    text = norm[start:end]
    segment = _KANJI_RX.sub(lambda k: "1" if k.group() == "一" else "0" * len(k.group()), text) if _KANJI_CHAR.search(text) else text
    if "ひと" in segment or "ふた" in segment:
        segment = _KANA_RX.sub("01", segment)  # ひと口, ふた口: read from the real text by parse_number
    candidates: list[tuple[int, int, int, str, str | None, re.Match[str]]] = []
    patterns = _SPECS if _NUMERAL.search(segment) else _WITHOUT_NUMERAL
    chars = set(segment)
    for rank, (kind, relation, i, triggers) in enumerate(patterns):
        if triggers and triggers.isdisjoint(chars):
            continue
        for m in _pattern(i).finditer(segment):  # never empty, never ending on a space (tests/test_elements.py)
            s, e = m.span()
            if text[s:e] == "十分" and text[e : e + 1] not in ("間", "後"):
                # 十分に, 十分な: "enough", not ten minutes (十分前, 十分程, 十分ほど/くらい/ぐらい are
                # longer matches of their own patterns, which win over this one)
                continue
            if m.groupdict().get("bare") is not None and not _plausible_pressure(int(m.group("n1")), int(m.group("n2"))):
                continue
            if "day2" in m.re.groupindex and "month2" not in m.re.groupindex and int(m.group("day2")) <= int(m.group("day")):
                continue  # 11/26〜28 rises; 12/28〜3 is no stretch of one month
            if m.groupdict().get("span") is not None:
                s, e = m.span("span")
            candidates.append((s, e, rank, kind, relation, m))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int]] = []
    chosen: list[Element] = []
    for s, e, _rank, kind, relation, m in candidates:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        o_start, o_end = nt.span(start + s, start + e)
        chosen.append(Element(kind, o_start, o_end, nt.original[o_start:o_end], _value(kind, relation, m, text)))  # type: ignore[arg-type]
    chosen.sort(key=lambda el: (el.start, el.end))
    return chosen


# Body parts a care worker names (部位): the location a physician needs for pain, redness,
# swelling, wounds and numbness.  A part followed by あたり / 付近 / 周り is not a place yet
# (お尻のあたりが赤い: where exactly?), so it does not count.
_BODY_PART = _regex.compile(
    r"(?:[右左両]|両側|左右)?(?:"
    r"頭部?|後頭部|前頭部|側頭部|額|おでこ|顔面?|頬|目(?!立|覚|安|標|途|指|処|下|的|線|盛|次|録|前|撃|玉|上|新|先)|眼|瞼|まぶた|(?:(?<!お)耳|耳(?!に(?:入|い)れ|に(?:挟|はさ)|を(?:傾|かたむ)))|鼻|口唇?|口腔|唇|歯ぐき|歯茎|歯肉|歯(?!科|医|ブラシ|磨|みがき|車|止|切|形)|舌|顎|あご|喉|のど|首|頸部|頚部|"
    r"肩|腕|上腕|前腕|肘|ひじ|手首|手指|手掌|手背|手の甲|手のひら|指先?|親指|爪|手|上肢|腋|脇|わき|脇腹|"
    r"胸部?|乳房|背中|背部|腰背部|腰部?|腹部?|お腹|おなか|下腹部?|上腹部|側腹部|みぞおち|鳩尾|心窩部?|胃(?:ろう|瘻)(?:部|周囲|の周囲|挿入部)|胃(?!薬|カメラ|腸|潰瘍|がん|ガン|癌|内視鏡|炎|もたれ|ろう|瘻|切除|全摘|管|酸|の薬|の手術)|臍|へそ|鼠径部?|陰部|臀部|殿部|お尻|おしり|尻|"
    r"仙骨部?|仙尾部|尾骨部?|坐骨部?|大転子部?|腸骨部?|肛門|股関節|股|太もも|太腿|大腿部?|膝|ひざ|膝関節|すね|脛|下腿|ふくらはぎ|"
    r"外果部?|内果部?|外踝|内踝|足関節|腓腹部?|前脛骨部?|母趾|肩甲骨?部?|耳介|"
    r"足首|くるぶし|踝|踵|かかと|足背|足の甲|足底|足の裏|足趾|足指|つま先|足先|足|脚|下肢|関節"
    r")"
)
_VAGUE_PLACE = _regex.compile(r"の?(?:あたり|辺り|付近|周辺|周り|辺)")
#: A part's girth measured (足首周りが右25センチ, 下腿周囲径32cm): a place exactly (batch 117).
_MEASURED_AROUND = _regex.compile(r"の?(?:周り|周囲)径?(?:が|は|:|：)?[^。、]{0,4}?[0-9０-９]")


def locations(text: str) -> list[tuple[int, int]]:
    """Spans of body parts named in ``text`` (仙骨部, 右膝, 足の甲); one left vague
    (お尻のあたり) is not a location."""
    return [m.span() for m in _BODY_PART.finditer(text)
            if not _VAGUE_PLACE.match(text, m.end()) or _MEASURED_AROUND.match(text, m.end())]


def nearest_location(text: str, start: int, end: int) -> str | None:
    """The body part named in ``text`` nearest the span ``start``–``end`` (offsets into ``text``): the
    site a suggestion's example is written about (顔が少し赤い: 顔), or None."""
    spans = locations(text)
    if not spans:
        return None

    def apart(s: tuple[int, int]) -> bool:  # a clause mark between the part and the span: another clause's
        lo, hi = (s[1], start) if s[1] <= start else (end, s[0])
        return any(c in text[lo:hi] for c in "、，,。")

    a, b = min(spans, key=lambda s: (apart(s), max(s[0] - end, start - s[1], 0), s[0]))
    return text[a:b]

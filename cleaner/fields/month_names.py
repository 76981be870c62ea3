"""Month names of the languages dates are read in, for the textual dates of pages not in English.

Taken from dateparser's own translation data (``dateparser/data/date_translation_data``, CLDR-derived),
lower-cased, words of fewer than three letters left out (a date's month word has at least three). A span
such as "30. Juli 2018" or "22 de outubro de 2010" is read with this table in microseconds; dateparser,
which read it before, spent ~0.1-0.5 s building its regexes for every new language and ~10 ms on every
new string. Norwegian is absent because dateparser has no "no" locale either (it has "nb").
"""

from __future__ import annotations

# Language -> the twelve months, January first, separated by "|"; each month's names separated by spaces.
_MONTHS: dict[str, str] = {
    "cs": "led leden ledna lednu | úno únor února únr únoru | bře březen března březnu | dub duben dubna dubnu | kvě květen května květnu | červen června čvn čer červnu | července červenec čvc črc červenci črv | srp srpen srpna srpnu | zář září | říj říjen října říjnu | lis listopad listopadu | pro prosince prosinec prosinci",
    "da": "jan januar | feb februar | mar marts | apr april | maj | jun juni | jul juli | aug august | sep september | okt oktober | nov november | dec december",
    "de": "jan januar jänner | feb februar feber | mär märz mrz | apr april | mai | jun juni | jul juli | aug august | sep sept september | okt oktober | nov november | dez dezember",
    "es": "ene enero | feb febrero | mar marzo | abr abril | may mayo | jun junio | jul julio | ago agosto | sept septiembre setiembre sep set | oct octubre | nov noviembre | dic diciembre",
    "fi": "tammi tammik tammikuu tammikuuta tammikuussa | helmi helmik helmikuu helmikuuta helmikuussa | maalis maalisk maaliskuu maaliskuuta maaliskuussa | huhti huhtik huhtikuu huhtikuuta huhtikuussa | touko toukok toukokuu toukokuuta toukokuussa | kesä kesäk kesäkuu kesäkuuta kesäkuussa | heinä heinäk heinäkuu heinäkuuta heinäkuussa | elo elok elokuu elokuuta elokuussa | syys syysk syyskuu syyskuuta syyskuussa | loka lokak lokakuu lokakuuta lokakuussa | marras marrask marraskuu marraskuuta marraskuussa | joulu jouluk joulukuu joulukuuta joulukuussa",
    "fr": "janv janvier jan | févr février fév | mars | avr avril | mai | juin jun | juil juillet jul | août aoû | sept septembre sep | oct octobre | nov novembre | déc décembre",
    "hu": "jan január | febr február feb | márc március már iii | ápr április | máj május | jún június | júl július vii | aug augusztus viii | szept szeptember | okt október | nov november | dec december xii",
    "id": "jan januari djan djanuari | feb februari peb pebruari | mar maret mrt | apr april | mei mai | jun juni djuni | jul juli djuli | agu agustus agt | sep september sept | okt oktober | nov november nop nopember | des desember",
    "it": "gen gennaio | feb febbraio | mar marzo | apr aprile | mag maggio | giu giugno | lug luglio | ago agosto | set settembre | ott ottobre | nov novembre | dic dicembre",
    "nl": "jan januari | feb februari | maart mrt | apr april | mei | jun juni | jul juli | aug augustus | sep september | okt oktober | nov november | dec december",
    "pl": "sty styczeń stycznia styczen styczniu | lut lutego luty lutym | mar marca marzec marcu | kwi kwiecień kwietnia kwiecien kwietniu kwie | maj maja maju | cze czerwca czerwiec czerwcu | lip lipca lipiec lipcu | sie sierpień sierpnia sierpien sierpniu | wrz wrzesień września wrzesien wrzesnia wrześniu wrzesniu | paź październik października pazdziernik pazdziernika październiku pazdzierniku paz | lis listopad listopada listopadzie | gru grudnia grudzień grudzien grudniu",
    "pt": "jan janeiro | fev fevereiro | mar março | abr abril | mai maio | jun junho | jul julho | ago agosto | set setembro septembro | out outubro | nov novembro | dez dezembro",
    "ro": "ian ianuarie | feb februarie febr | mar martie mart | apr aprilie | mai | iun iunie | iul iulie | aug august | sept septembrie sep | oct octombrie | noiembrie nov noiem | dec decembrie",
    "ru": "янв январь января | февр февраль февраля фев | мар март марта | апр апрель апреля | май мая | июн июнь июня | июл июль июля | авг август августа | сент сентябрь сентября сен | окт октябрь октября | нояб ноябрь ноября ноя | дек декабрь декабря",
    "sv": "jan januari | feb februari | mars | apr april | maj | juni jun | juli jul | aug augusti | sep september sept | okt oktober | nov november | dec december",
    "tr": "oca ocak | şub şubat | mar mart | nis nisan | may mayıs | haz haziran | tem temmuz | ağu ağustos | eyl eylül | eki ekim | kas kasım | ara aralık",
}


def _month_table(row: str) -> dict[str, int]:
    """Each name of a row (twelve months separated by '|', a month's names by spaces) -> its number."""
    return {name: number for number, names in enumerate(row.split("|"), 1) for name in names.split()}


MONTHS: dict[str, dict[str, int]] = {lang: _month_table(row) for lang, row in _MONTHS.items()}

# Every language's month words together: no word names two different months in the tables above.
ANY_LANGUAGE_MONTHS: dict[str, int] = {
    name: number for months in MONTHS.values() for name, number in months.items()
}

# English month names and their short forms, lower-cased: English dates are read by dateutil, not the tables
# above; this is for a cheap test of a month word ('Jun 9', a day without its year).
ENGLISH_MONTHS: dict[str, int] = _month_table(
    "jan january | feb february | mar march | apr april | may | jun june | jul july | aug august"
    " | sep sept september | oct october | nov november | dec december"
)

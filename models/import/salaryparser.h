// Salary strings as job boards write them, turned into a Salary (min, max, ISO 4217 currency, period).
//
// Accepted amounts
//   "120000", "120,000", "120.000" and "60.000" (a single '.' or ',' followed by exactly three digits
//   groups thousands), "1,234.50", "1.234,50", "18 000" (space, NBSP or narrow NBSP), "120'000" and
//   "120’000" (Swiss), "18,00,000" (Indian grouping), "35.50", "55,5k" (with a k/M suffix a single
//   '.' or ',' is a decimal point), "120k", "120 K", "1.2M", "18 LPA" / "18 lakh" (x 100,000), "2 crore".
//   A number glued to an unknown word ("H1B", "5G", "5years"), followed by '%', negative ("-1", the
//   Glassdoor "unknown" marker), zero, or grouped inconsistently ("1.2.3") is never used.
// Ranges
//   "a - b" with '-', '–', '—', '−', '~' or "to"; "between a and b". Each bound may carry its own
//   currency ("CA$95,000–CA$115,000"). A suffix on one bound only applies to the other when that keeps
//   min <= max ("$90-115k" is 90,000-115,000; "900-1.2k" is 900-1,200). Reversed bounds are swapped.
//   One amount sets min and max ("$70/hr"), except "up to", "upto", "max", "maximum", "until",
//   "under" (max only) and "from", "min", "minimum", "starting", "at least", "55k+" (min only).
// Currency
//   ISO codes anywhere in the text ("USD 120,000", "120000 USD/yr", "4,565 eur"; lowercase only for
//   usd eur gbp cad aud chf pln inr uah), symbols € £ ₹ ¥ ₩ ₽ ₴ ₺ ₪ ₱ ₦ ₫ ฿ $, prefixed dollars CA$ C$
//   A$ AU$ NZ$ US$ HK$ S$ SG$ MX$ R$, words zł/zl, euro(s), dollar(s), pound(s), rupee(s), and
//   INR for "LPA". An explicit code or prefixed symbol beats a bare '$' (USD) or '¥' (JPY); currencyHint
//   (an ISO code) is used when the text names no currency and replaces a bare '$' or '¥' when it is a
//   currency written that way (CAD, AUD, MXN ... / CNY). "kr" takes SEK, NOK, DKK or ISK only from the
//   hint. The currency is empty when neither the text nor the hint says.
// Period
//   Taken from the first period word: hour, hr, hourly, ph, "/h"; day, daily, "/d"; week, weekly,
//   wk, pw, "/w"; month, monthly, mo, mth, pcm, "/m"; year, yr, yearly, annum, annual, annually, pa,
//   p.a., "/y", "/a", LPA. Plural forms ("5 days holiday") are not period words.
//   When the text states no period: Year if every stated amount is >= 10,000; otherwise Unknown (a
//   "$3000-4500" can be a month or a contract, so nothing is guessed).
// Refusals (std::nullopt)
//   Text without a usable amount ("Competitive", "DOE", "Negotiable", "", "-1"), and text whose only
//   numbers carry no salary evidence (no currency, period word or k/M suffix in the text, and words
//   the parser does not know, as in "25 days holiday" or "401(k)"). Bare numbers ("120000",
//   "3000 - 4500") are accepted. When the text holds several amounts, the first that carries a
//   currency or suffix is used, else the first.
#pragma once

#include "domain/listing.h"

#include <QStringView>
#include <optional>

namespace jobdesk {

std::optional<Salary> parseSalary(QStringView text, QStringView currencyHint = {});

// One amount, as in a "salary_min" column: "3500", "120,000", "$120k", "€55,5k", "18 000". The whole
// text must be that amount (an optional currency is allowed and ignored); anything else is nullopt.
std::optional<double> parseAmount(QStringView text);

} // namespace jobdesk

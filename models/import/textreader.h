// Plain text pasted from a job page (or a .txt file): the first non-empty line is the title, the rest
// the description, and the fields the text states ("Company: …", "Location: …", "Salary: …", "Remote",
// "Full-time", a URL) are picked out.
//
// What is picked out (one text is one listing, record number 1, raw = the whole text):
//   - labels at the start of a line (case-insensitive, after an optional bullet), the value after the
//     ':' or, when nothing follows it, on the next short line: Company, Employer, Location, Salary,
//     Compensation, Pay, Job type, Employment type, Type, Workplace, Posted, Date posted, Apply by,
//     Deadline, Seniority, Level, URL/Link/Apply (the http(s) URL in the value), Title/Job title/
//     Position (the title). A label alone on its line ("Job type" then "Full-time", as Indeed and
//     LinkedIn show them) counts too, except the generic Type, Level, Posted, URL, Link, Apply, Title,
//     Position. The first value of each field wins.
//   - without labels: a short line that is only a salary (a currency or k suffix, parseSalary accepts
//     it, at most one word that is not a salary word); Remote/Hybrid/On-site in the title or on a short
//     line that does not negate it; Full-time/Part-time/Contract/Freelance/Temporary/Internship on a
//     short line; a "Posted 3 days ago" part of a short line; the first http(s) URL of the text; the
//     company from the title line ("Title at Company", "Title - Company", "Title | Company") or the
//     short line right after the title when it reads like a name.
//   Nothing else is guessed: a field the text does not state is left out.
#pragma once

#include "recordreader.h"

#include <optional>

namespace jobdesk {

class TextReader final : public RecordReader
{
public:
    void read(const QByteArray &data, const RecordSink &sink) const override;
};

// Headlines that name the company, shared by TextReader and FeedReader. Each split is made only when
// the pattern is clear; otherwise std::nullopt and the caller keeps the whole headline.
namespace headline {

struct Parts
{
    QString title;
    QString company;
};

// "Senior Go Engineer at Acme (Remote)" -> {"Senior Go Engineer (Remote)", "Acme"}; also " @ ". The
// company ends the headline or is followed by " (", " - ", " – ", " — ", " | " or " · ", whose rest
// stays in the title. Exactly one " at ": "Work at Home" and "Head of Growth at Scale at X" stay whole.
std::optional<Parts> splitAt(QStringView headline);
// "Acme: Senior Go Engineer" (We Work Remotely): the part before the only ": " must read like a name,
// not like a title or a tag ("Remote: ...", "Hiring: ...", "Senior Engineer: Backend").
std::optional<Parts> splitCompanyFirst(QStringView headline);
// "Senior Engineer - Acme", "Senior Engineer | Acme Inc": exactly one such separator, and the company
// part reads like a name and, as team names ("Engineer - Platform") and places ("Engineer - Lyon")
// look the same, has a legal form (Inc, GmbH, Ltd ...) or `context` names it the way texts name their
// company ("at Acme", "join Acme", "About Acme", "Acme is", "Acme's", "bei Acme", "chez Acme").
std::optional<Parts> splitCompanyLast(QStringView headline, QStringView context);
// Whether `text` reads like a company name: short, a few words starting with a capital or digit, no
// sentence punctuation, and none of the words job titles, tags and workplaces use.
bool looksLikeCompany(QStringView text);

} // namespace headline

} // namespace jobdesk

// The canonical field names of a source record. Every reader (JSON, JSON-LD, CSV, RSS, text) turns
// what it reads into a QJsonObject with these keys where it can; JsonRecordMapper turns that object
// into a Listing, so normalisation (salaries, dates, workplace, seniority, HTML) is written once.
// JSON exports keep their own key names: the mapper also knows the names boards use.
#pragma once

namespace jobdesk::fields {

inline constexpr char title[] = "title";
inline constexpr char company[] = "company";
// A string, or an array of strings or of objects {name, locality, region, country}.
inline constexpr char locations[] = "locations";
inline constexpr char workplace[] = "workplace";            // "remote", "hybrid", "onsite", "TELECOMMUTE" ...
inline constexpr char employmentType[] = "employment_type"; // a string or an array of strings
inline constexpr char seniority[] = "seniority";
inline constexpr char salary[] = "salary"; // salary text, parsed ("$120k–$150k")
inline constexpr char salaryMin[] = "salary_min";
inline constexpr char salaryMax[] = "salary_max";
inline constexpr char salaryCurrency[] = "salary_currency";
inline constexpr char salaryPeriod[] = "salary_period"; // "hour", "HOUR", "per year", ...
inline constexpr char posted[] = "date_posted";
inline constexpr char validThrough[] = "valid_through";
inline constexpr char url[] = "url";
inline constexpr char descriptionHtml[] = "description_html";
inline constexpr char description[] = "description"; // plain text, or HTML that is recognised as such
inline constexpr char skills[] = "skills";           // a string (comma-separated) or an array of strings
inline constexpr char source[] = "source";

} // namespace jobdesk::fields

// Keeps every listing's extracted skills in step with the dictionary. The dictionary (shipped skills,
// the user's skills, aliases, ignored flags) has a signature; the library records the signature its
// listing_skills were extracted with. When they differ (a new dictionary shipped with an update, a skill
// the user added or ignored, a library imported before extraction existed), every listing is extracted
// again, in batches of a few hundred listings per transaction so an import or an edit never waits long.
#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace jobdesk {

class Database;
class SkillIndex;

struct ReextractionProgress
{
    qint64 done = 0;
    qint64 total = 0;
};

// The signature of the dictionary now in the library.
QString skillDictionarySignature(const Database &db);
// Whether the listings' skills were extracted with another dictionary than the one now in the library.
bool skillsNeedReextraction(const Database &db);
// Installs the shipped dictionary when it changed, brings every listing's skills in step with the
// dictionary when they are not, and returns the dictionary's index for extracting new listings.
// `changed` (when given) tells whether the dictionary or any listing's skills changed.
std::shared_ptr<const SkillIndex>
ensureSkillsCurrent(const Database &db,
                    const std::function<bool(const ReextractionProgress &)> &progress = {},
                    bool *changed = nullptr);
// Extracts every listing again with `index` (loaded from `db`); `progress` may stop it by returning
// false (what was done stays done, and the next run starts over). Returns the number of listings done.
qint64 reextractSkills(const Database &db, const SkillIndex &index,
                       const std::function<bool(const ReextractionProgress &)> &progress = {});

} // namespace jobdesk

// JSON Resume files: the document (JsonResumeDocument::parse, what JsonResumeImporter reads before it
// writes a profile) and the skill matching its importer runs over the skills and the work history, with
// the shipped dictionary and no library.
#include "fuzzsupport.h"

#include "profiles/jsonresume.h"
#include "skills/skillambiguity.h"
#include "skills/skillindex.h"
#include "store/storeerror.h"

namespace {

const jobdesk::SkillIndex &shippedIndex()
{
    static const std::shared_ptr<const jobdesk::SkillIndex> index =
        jobdesk::SkillIndex::fromEntries(jobdesk::shippedSkills());
    return *index;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace jobdesk;
    JsonResumeDocument resume;
    try {
        resume = JsonResumeDocument::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.json"),
                                           fuzz::fixedNow().date());
    } catch (const StoreError &) {
        return 0;
    }
    const SkillMatcher &matcher = shippedIndex().matcher();
    for (const ResumeSkillGroup &group : std::as_const(resume.skills)) {
        if (group.level < 1 || group.level > 5)
            qFatal("skill level %d outside 1..5", group.level);
        matcher.find(group.name);
        for (const QString &keyword : group.keywords)
            matcher.find(keyword);
    }
    QList<std::pair<QDate, QDate>> ranges;
    for (const ResumeWork &work : std::as_const(resume.work)) {
        for (const QString &text : work.texts)
            resolveAmbiguity(text, matcher.find(text));
        if (work.start && work.end)
            ranges.append({*work.start, *work.end});
    }
    coveredYears(ranges);
    resolveAmbiguity(resume.summary, matcher.find(resume.summary));
    return 0;
}

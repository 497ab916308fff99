// Extraction of many listings at once, spread over the machine's cores. Extraction of one listing reads
// nothing but its own text and the shared, read-only matcher, so the work splits into contiguous slices,
// one per thread, with no locking; the results come back in the order of the inputs, ready to be written
// by the one thread that owns the database connection.
#pragma once

#include "skills/skillextractor.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jobdesk {

struct ExtractionInput
{
    QString title;
    QString description;
    QStringList sourceSkills;
};

// extractSkills() of every input, result i for input i. Uses up to `threads` threads (0: one per core);
// small batches stay on the calling thread.
QList<Extraction> extractSkillsParallel(const SkillMatcher &matcher, const QList<ExtractionInput> &inputs,
                                        int threads = 0);

} // namespace jobdesk

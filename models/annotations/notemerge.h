// A three-way merge of notes by lines, for notes edited in two places at once (two windows, or a window
// and another process): `base` is the text both edits started from, `theirs` the text stored meanwhile,
// `mine` the edit being saved. Lines changed on one side only take that side's change; lines both
// sides changed the same way are taken once; lines both added at the same place are kept, theirs
// first (a line both added, once); lines both sides edited in place merge line by line. Where both
// changed the same lines differently, both versions are kept, theirs first, then `separator` and
// mine: nothing either side wrote is lost, and merging again from the result as the new base adds
// nothing twice.
#pragma once

#include <QString>

namespace jobdesk {

struct NoteMerge
{
    QString text;
    bool conflicted = false; // both changed the same lines differently (the separator was used)
};

NoteMerge mergeNotes(const QString &base, const QString &mine, const QString &theirs,
                     const QString &separator);

} // namespace jobdesk

#include "annotationcommands.h"

#include "annotations/stagestore.h"
#include "store/storeerror.h"

#include <QCoreApplication>

#include <utility>

namespace jobdesk {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("AnnotationCommands", text, nullptr, n);
}

} // namespace

AnnotationCommand::AnnotationCommand(const Database &db, QList<qint64> ids, std::function<void()> changed)
    : m_db(db)
    , m_ids(std::move(ids))
    , m_changed(std::move(changed))
{}

void AnnotationCommand::redo()
{
    if (write())
        m_changed();
}

bool AnnotationCommand::write()
{
    const QList<Annotation> seen = std::exchange(m_seen, {}); // a later redo bases itself on its own read
    try {
        AnnotationStore store(m_db);
        // The values before this edit, of the listings it changes (read again on every redo: the same
        // listings may have changed meanwhile through commands that were undone).
        m_previous = store.annotations(m_ids);
        m_previous.removeIf([this](const Annotation &annotation) { return !changes(annotation); });
        if (m_previous.isEmpty()) {
            setObsolete(true);
            return false;
        }
        store.basedOn(m_previous).basedOn(seen); // what was shown, where it is known
        apply(store);
        return true;
    } catch (const StoreError &error) {
        const bool conflict = error.kind() == StoreError::Kind::Stale && !seen.isEmpty();
        if (m_failed && m_failed(error, conflict ? AnnotationConflict::Edit : AnnotationConflict::None) &&
            conflict)
            return write(); // the user chose theirs over the other change: based on a fresh read now
        setObsolete(true);
        if (conflict)
            m_changed(); // shows the other change, kept
        return false;
    }
}

void AnnotationCommand::undo()
{
    try {
        AnnotationStore store(m_db);
        restore(store, m_previous, true);
    } catch (const StoreError &error) {
        const bool overwrite =
            error.kind() == StoreError::Kind::Stale && m_failed && m_failed(error, AnnotationConflict::Undo);
        try {
            if (!overwrite) {
                setObsolete(true);
                m_changed(); // shows the other change the undo left alone
                return;
            }
            AnnotationStore store(m_db);
            restore(store, m_previous, false);
        } catch (const StoreError &again) {
            if (m_failed)
                m_failed(again, AnnotationConflict::None);
            setObsolete(true);
            return;
        }
    }
    m_changed();
}

SetStageCommand::SetStageCommand(const Database &db, QList<qint64> ids, qint64 stageId,
                                 const QString &stageName, std::function<void()> changed)
    : AnnotationCommand(db, std::move(ids), std::move(changed))
    , m_stageId(stageId)
{
    const QList<Stage> stages = StageStore(db).list();
    if (!stages.isEmpty())
        m_firstStageId = stages.first().id;
    setText(m_ids.size() == 1 ? tr("Set Status to “%1”").arg(stageName)
                              : tr("Set Status of %n Listings to “%1”", int(m_ids.size())).arg(stageName));
}

bool SetStageCommand::changes(const Annotation &annotation) const
{
    return (annotation.stageId > 0 ? annotation.stageId : m_firstStageId) != m_stageId;
}

void SetStageCommand::apply(AnnotationStore &store)
{
    m_historyIds = store.setStage(m_ids, m_stageId);
}

void SetStageCommand::restore(AnnotationStore &store, const QList<Annotation> &previous, bool checked)
{
    store.restoreStages(previous, m_historyIds, checked ? std::optional(m_stageId) : std::nullopt);
    m_historyIds.clear();
}

SetRatingCommand::SetRatingCommand(const Database &db, QList<qint64> ids, int rating,
                                   std::function<void()> changed)
    : AnnotationCommand(db, std::move(ids), std::move(changed))
    , m_rating(rating)
{
    const QString stars = rating == 0 ? tr("Unrated") : QString(rating, QChar(0x2605));
    setText(m_ids.size() == 1 ? tr("Rate %1").arg(stars)
                              : tr("Rate %n Listings %1", int(m_ids.size())).arg(stars));
}

void SetRatingCommand::apply(AnnotationStore &store)
{
    store.setRating(m_ids, m_rating);
}

void SetRatingCommand::restore(AnnotationStore &store, const QList<Annotation> &previous, bool checked)
{
    store.restoreRatings(previous, checked ? std::optional(m_rating) : std::nullopt);
}

SetFavouriteCommand::SetFavouriteCommand(const Database &db, QList<qint64> ids, bool favourite,
                                         std::function<void()> changed)
    : AnnotationCommand(db, std::move(ids), std::move(changed))
    , m_favourite(favourite)
{
    if (favourite)
        setText(m_ids.size() == 1 ? tr("Mark as Favourite")
                                  : tr("Mark %n Listings as Favourite", int(m_ids.size())));
    else
        setText(m_ids.size() == 1 ? tr("Unmark Favourite") : tr("Unmark %n Favourites", int(m_ids.size())));
}

void SetFavouriteCommand::apply(AnnotationStore &store)
{
    store.setFavourite(m_ids, m_favourite);
}

void SetFavouriteCommand::restore(AnnotationStore &store, const QList<Annotation> &previous, bool checked)
{
    store.restoreFavourites(previous, checked ? std::optional(m_favourite) : std::nullopt);
}

} // namespace jobdesk

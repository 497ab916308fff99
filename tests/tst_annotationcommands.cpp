// Undo and redo of annotation edits: one command per edit over a selection, undo puts back each
// listing's previous value exactly (a never-annotated listing goes back to New and unrated) and removes
// the status history the edit wrote; redo does it again; a no-op edit never reaches the stack.
#include "testsupport.h"

#include "annotations/annotationcommands.h"
#include "annotations/annotationstore.h"
#include "annotations/stagestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace jobdesk;

namespace {

qint64 stageId(const Database &db, const QString &name)
{
    for (const Stage &stage : StageStore(db).list()) {
        if (stage.name == name)
            return stage.id;
    }
    return 0;
}

// What a user sees of the listings' annotations, without the times the edits stamp.
struct State
{
    QList<qint64> stages;
    QList<int> ratings;
    QList<bool> favourites;
    QStringList history;

    friend bool operator==(const State &, const State &) = default;
};

State state(const Database &db, const QList<qint64> &ids)
{
    State result;
    for (const Annotation &annotation : AnnotationStore(db).annotations(ids)) {
        result.stages.append(annotation.stageId);
        result.ratings.append(annotation.rating);
        result.favourites.append(annotation.favourite);
    }
    QSqlQuery history = sql::run(
        db.connection(),
        QStringLiteral("SELECT id, listing_id, stage_id, changed_at FROM stage_history ORDER BY id"));
    while (history.next())
        result.history.append(QStringLiteral("%1|%2|%3|%4")
                                  .arg(history.value(0).toString(), history.value(1).toString(),
                                       history.value(2).toString(), history.value(3).toString()));
    return result;
}

} // namespace

class TestAnnotationCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_ids{1, 2, 3, 4};
    int m_changes = 0;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        test::addListings(*m_db, 4);
        // 1 never annotated; 2 hidden only (a row with no stage); 3 applied, rated 2, favourite;
        // 4 at screening with a history of two changes.
        AnnotationStore store(*m_db);
        const QDateTime earlier(QDate(2026, 1, 5), QTime(10, 0), QTimeZone::UTC);
        store.setHidden({2}, true, earlier);
        store.setStage({3, 4}, stageId(*m_db, QStringLiteral("Applied")), earlier);
        store.setStage({4}, stageId(*m_db, QStringLiteral("Screening")), earlier.addDays(4));
        store.setRating({3}, 2, earlier);
        store.setFavourite({3}, true, earlier);
        m_changes = 0;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void statusUndoRestoresEveryListingAndItsHistory()
    {
        const State before = state(*m_db, m_ids);
        QUndoStack stack;
        const qint64 offer = stageId(*m_db, QStringLiteral("Offer"));
        stack.push(
            new SetStageCommand(*m_db, m_ids, offer, QStringLiteral("Offer"), [this] { ++m_changes; }));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Set Status of 4 Listings to “Offer”"));
        QCOMPARE(m_changes, 1);
        const State after = state(*m_db, m_ids);
        QCOMPARE(after.stages, QList<qint64>({offer, offer, offer, offer}));
        QCOMPARE(after.history.size(), before.history.size() + 4);

        stack.undo();
        QCOMPARE(m_changes, 2);
        QCOMPARE(state(*m_db, m_ids), before);
        // The never-annotated listing is New again (no stage stored).
        QCOMPARE(AnnotationStore(*m_db).annotation(1).stageId, 0);

        stack.redo();
        QCOMPARE(state(*m_db, m_ids).stages, after.stages);
        QCOMPARE(state(*m_db, m_ids).history.size(), after.history.size());
        stack.undo();
        QCOMPARE(state(*m_db, m_ids), before);
    }

    void ratingAndFavouriteUndoRestoreExactly()
    {
        const State before = state(*m_db, m_ids);
        QUndoStack stack;
        stack.push(new SetRatingCommand(*m_db, m_ids, 5, [this] { ++m_changes; }));
        QCOMPARE(state(*m_db, m_ids).ratings, QList<int>({5, 5, 5, 5}));
        stack.push(new SetFavouriteCommand(*m_db, {1, 3}, false, [this] { ++m_changes; }));
        // Only listing 3 was a favourite: one listing changes, still one command.
        QCOMPARE(stack.count(), 2);
        QCOMPARE(state(*m_db, m_ids).favourites, QList<bool>({false, false, false, false}));
        stack.push(new SetFavouriteCommand(*m_db, m_ids, true, [this] { ++m_changes; }));
        QCOMPARE(state(*m_db, m_ids).favourites, QList<bool>({true, true, true, true}));

        stack.undo();
        QCOMPARE(state(*m_db, m_ids).favourites, QList<bool>({false, false, false, false}));
        stack.undo();
        stack.undo();
        QCOMPARE(state(*m_db, m_ids), before);
        stack.redo();
        stack.redo();
        QCOMPARE(state(*m_db, m_ids).ratings, QList<int>({5, 5, 5, 5}));
        QCOMPARE(state(*m_db, m_ids).favourites, QList<bool>({false, false, false, false}));
    }

    // An edit based on what the user was shown: when someone else changed the listing after that, the user
    // is asked first; keeping their change writes nothing, applying one's own writes over it (and its undo
    // puts their value back). Shown up to date, nobody is asked.
    void anEditBasedOnAnOutdatedViewAsksFirst()
    {
        const Annotation shown = AnnotationStore(*m_db).annotation(3); // rated 2
        const std::unique_ptr<Database> theirs = m_dir->open();
        AnnotationStore(*theirs).setRating({3}, 4);
        QList<AnnotationConflict> asked;
        QString told;
        bool answer = false;
        const auto ask = [&](const StoreError &error, AnnotationConflict conflict) {
            asked.append(conflict);
            told = error.message();
            return answer;
        };
        QUndoStack stack;
        auto *kept = new SetRatingCommand(*m_db, {3}, 5, [this] { ++m_changes; });
        kept->setSeen({shown});
        kept->setFailureHandler(ask);
        stack.push(kept);
        QCOMPARE(asked, QList<AnnotationConflict>({AnnotationConflict::Edit}));
        QVERIFY2(told.contains(QStringLiteral("rating")) || told.contains(QStringLiteral("Rating")),
                 qPrintable(told));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(AnnotationStore(*m_db).annotation(3).rating, 4);
        QCOMPARE(m_changes, 1); // the window reads their change

        answer = true;
        auto *applied = new SetRatingCommand(*m_db, {3}, 5, [this] { ++m_changes; });
        applied->setSeen({shown});
        applied->setFailureHandler(ask);
        stack.push(applied);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(AnnotationStore(*m_db).annotation(3).rating, 5);
        stack.undo();
        QCOMPARE(AnnotationStore(*m_db).annotation(3).rating, 4);

        auto *current = new SetRatingCommand(*m_db, {3}, 1, [this] { ++m_changes; });
        current->setSeen({AnnotationStore(*m_db).annotation(3)});
        current->setFailureHandler(ask);
        stack.push(current);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(AnnotationStore(*m_db).annotation(3).rating, 1);
    }

    void anEditThatChangesNothingIsNoUndoStep()
    {
        QUndoStack stack;
        stack.push(new SetRatingCommand(*m_db, {1, 2}, 0, [this] { ++m_changes; }));
        stack.push(new SetStageCommand(*m_db, {1}, stageId(*m_db, QStringLiteral("New")),
                                       QStringLiteral("New"), [this] { ++m_changes; }));
        stack.push(new SetFavouriteCommand(*m_db, {3}, true, [this] { ++m_changes; }));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(m_changes, 0);
    }
};

QTEST_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"

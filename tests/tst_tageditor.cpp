// Tag commands and the tag editor: a bulk add or remove over a selection is one undo step, and undo puts
// back exactly what was there (listings that had the tag keep it; a tag created inline goes, and comes
// back with the same id on redo); rename, recolour, merge and delete undo exactly; the editor shows
// the selection's tags as chips (partial ones say so), completes existing names, creates a tag on Enter
// and removes one with ×. Screenshots in light and dark when JOBDESK_SCREENSHOT_DIR is set.
#include "testsupport.h"

#include "annotations/tagcommands.h"
#include "annotations/tageditor.h"
#include "annotations/tagsdialog.h"
#include "annotations/tagstore.h"
#include "store/database.h"
#include "store/sql.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace jobdesk;

namespace {

QList<qint64> listingIds(const Database &db)
{
    QSqlQuery query = sql::run(db.connection(), QStringLiteral("SELECT id FROM listings ORDER BY id"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

// The user's tag data, as text: equal before and after an undo means undo was exact.
QStringList tagState(const Database &db)
{
    QStringList rows;
    QSqlQuery tags =
        sql::run(db.connection(), QStringLiteral("SELECT id, name, color FROM tags ORDER BY id"));
    while (tags.next())
        rows.append(QStringLiteral("tag %1 %2 %3")
                        .arg(tags.value(0).toString(), tags.value(1).toString(), tags.value(2).toString()));
    QSqlQuery links = sql::run(db.connection(),
                               QStringLiteral("SELECT listing_id, tag_id FROM listing_tags ORDER BY 1, 2"));
    while (links.next())
        rows.append(QStringLiteral("link %1 %2").arg(links.value(0).toString(), links.value(1).toString()));
    return rows;
}

QStringList chipNames(const TagEditor &editor)
{
    QStringList names;
    for (const Tag &tag : editor.shownTags())
        names.append(tag.name);
    return names;
}

} // namespace

class TestTagEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkCommandsUndoExactly()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 4);
        const QList<qint64> ids = listingIds(*db);
        TagStore store(*db);
        const Tag remote = store.create(QStringLiteral("remote"));
        store.addTags({ids[0]}, {remote.id});
        int changed = 0;
        const auto onChange = [&] { ++changed; };
        QUndoStack stack;

        // Add an existing tag (named in another case) to three listings, one of which has it: one step.
        const QStringList before = tagState(*db);
        stack.push(new AddTagCommand(*db, {ids[0], ids[1], ids[2]}, QStringLiteral("REMOTE"), onChange));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(changed, 1);
        QCOMPARE(store.listingsWith(remote.id), (QList<qint64>{ids[0], ids[1], ids[2]}));
        stack.undo();
        QCOMPARE(tagState(*db), before); // ids[0] keeps the tag it had
        stack.redo();
        QCOMPARE(store.listingsWith(remote.id), (QList<qint64>{ids[0], ids[1], ids[2]}));

        // Adding where every listing has it changes nothing and leaves no step.
        stack.push(new AddTagCommand(*db, {ids[0], ids[1]}, QStringLiteral("remote"), onChange));
        QCOMPARE(stack.count(), 1);

        // A new tag created inline: undo deletes it, redo brings it back with the same id.
        const QStringList beforeNew = tagState(*db);
        auto *add = new AddTagCommand(*db, {ids[2], ids[3]}, QStringLiteral("urgent"), onChange);
        stack.push(add);
        const std::optional<Tag> urgent = store.find(QStringLiteral("urgent"));
        QVERIFY(urgent);
        const QStringList afterNew = tagState(*db);
        stack.undo();
        QCOMPARE(tagState(*db), beforeNew);
        QVERIFY(!store.find(QStringLiteral("urgent")));
        stack.redo();
        QCOMPARE(tagState(*db), afterNew);
        QCOMPARE(store.find(QStringLiteral("urgent"))->id, urgent->id);

        // Remove from a selection where only some have it; undo puts back just those.
        const QStringList beforeRemove = tagState(*db);
        stack.push(new RemoveTagCommand(*db, {ids[1], ids[2], ids[3]}, remote.id, onChange));
        QCOMPARE(store.listingsWith(remote.id), QList<qint64>{ids[0]});
        stack.undo();
        QCOMPARE(tagState(*db), beforeRemove);
        stack.redo();
        QCOMPARE(store.listingsWith(remote.id), QList<qint64>{ids[0]});
        stack.undo();

        // Rename, recolour, merge, delete: each undone exactly and redone.
        const auto roundTrip = [&](QUndoCommand *command) {
            const QStringList beforeCommand = tagState(*db);
            stack.push(command);
            const QStringList afterCommand = tagState(*db);
            QVERIFY(afterCommand != beforeCommand);
            stack.undo();
            QCOMPARE(tagState(*db), beforeCommand);
            stack.redo();
            QCOMPARE(tagState(*db), afterCommand);
        };
        roundTrip(new RenameTagCommand(*db, remote.id, QStringLiteral("Remote OK"), onChange));
        roundTrip(new RecolorTagCommand(*db, remote.id, QStringLiteral("#112233"), onChange));
        roundTrip(new MergeTagsCommand(*db, urgent->id, remote.id, onChange));
        roundTrip(new DeleteTagCommand(*db, remote.id, onChange));
        QVERIFY(store.list().isEmpty());
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(store.listingsWith(remote.id), QList<qint64>{ids[0]});
        QCOMPARE(store.tag(remote.id).name, QStringLiteral("remote"));
    }

    void editorAddsCreatesAndRemovesOnTheSelection()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 3);
        const QList<qint64> ids = listingIds(*db);
        TagStore store(*db);
        const Tag remote = store.create(QStringLiteral("remote"));
        store.create(QStringLiteral("relocation"));
        store.addTags({ids[0]}, {remote.id});
        QUndoStack stack;
        TagEditor editor(*db, &stack);
        QSignalSpy changed(&editor, &TagEditor::tagsChanged);
        editor.resize(360, 160);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!editor.field()->isEnabled()); // nothing selected

        // Two listings selected: remote is on one of them, shown as partial.
        editor.setListings({ids[0], ids[1]});
        QCOMPARE(chipNames(editor), QStringList{QStringLiteral("remote")});
        QVERIFY(editor.findChild<QLabel *>() != nullptr);
        bool partialShown = false;
        for (const QLabel *label : editor.findChildren<QLabel *>())
            partialShown = partialShown || label->text() == QStringLiteral("remote (1 of 2)");
        QVERIFY(partialShown);

        // Completion offers existing tags containing what is typed, ignoring case.
        QVERIFY(editor.field()->isEnabled());
        editor.completer()->setCompletionPrefix(QStringLiteral("RE"));
        QCOMPARE(editor.completer()->completionCount(), 2);
        editor.completer()->setCompletionPrefix(QStringLiteral("mot"));
        QCOMPARE(editor.completer()->completionCount(), 1);
        QCOMPARE(editor.completer()->currentCompletion(), QStringLiteral("remote"));

        // Choosing a completion from the popup with the keyboard adds that tag, as one step.
        editor.field()->setFocus();
        QTest::keyClicks(editor.field(), QStringLiteral("relo"));
        QTRY_VERIFY(editor.completer()->popup()->isVisible());
        QTest::keyClick(editor.completer()->popup(), Qt::Key_Down);
        QTest::keyClick(editor.completer()->popup(), Qt::Key_Return);
        const qint64 relocation = store.find(QStringLiteral("relocation"))->id;
        QCOMPARE(store.listingsWith(relocation), (QList<qint64>{ids[0], ids[1]}));
        QCOMPARE(stack.count(), 1);
        QTRY_COMPARE(editor.field()->text(), QString());
        stack.undo();
        QCOMPARE(store.listingsWith(relocation), QList<qint64>{});

        // Enter in the field creates a new tag on both listings, as one step.
        editor.field()->setFocus();
        QTest::keyClicks(editor.field(), QStringLiteral("visa sponsor"));
        QTest::keyClick(editor.field(), Qt::Key_Return);
        QCOMPARE(editor.field()->text(), QString());
        QCOMPARE(stack.count(), 1); // it replaced the undone step
        const std::optional<Tag> visa = store.find(QStringLiteral("visa sponsor"));
        QVERIFY(visa);
        QCOMPARE(store.listingsWith(visa->id), (QList<qint64>{ids[0], ids[1]}));
        QCOMPARE(chipNames(editor), (QStringList{QStringLiteral("remote"), QStringLiteral("visa sponsor")}));
        QVERIFY(changed.size() >= 1);

        // An existing tag by name: both get it, nothing created.
        QVERIFY(editor.addTag(QStringLiteral("Remote")));
        QCOMPARE(store.list().size(), 3);
        QCOMPARE(store.listingsWith(remote.id), (QList<qint64>{ids[0], ids[1]}));
        QCOMPARE(editor.shownTags().first().count, 2);
        QVERIFY(!editor.addTag(QStringLiteral("   ")));

        if (const QByteArray dir = qgetenv("JOBDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            store.addTags({ids[1]}, {store.find(QStringLiteral("relocation"))->id});
            editor.refresh(); // two tags on both listings, one on one of them
            for (const Theme theme : {Theme::Light, Theme::Dark}) {
                applyTheme(theme);
                QTest::qWait(20);
                editor.grab().save(QDir(QString::fromLocal8Bit(dir))
                                       .filePath(theme == Theme::Dark
                                                     ? QStringLiteral("tag-editor-dark.png")
                                                     : QStringLiteral("tag-editor-light.png")));
            }
            applyTheme(Theme::Light);
            store.removeTags({ids[1]}, {store.find(QStringLiteral("relocation"))->id});
            editor.refresh();
        }

        // × on a chip takes the tag off the selection; undo puts it back, and the chips follow.
        auto *remove = editor.findChild<QToolButton *>(QStringLiteral("removeTag%1").arg(visa->id));
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(chipNames(editor), QStringList{QStringLiteral("remote")});
        QCOMPARE(store.listingsWith(visa->id), QList<qint64>{});
        stack.undo();
        QCOMPARE(chipNames(editor), (QStringList{QStringLiteral("remote"), QStringLiteral("visa sponsor")}));
        QCOMPARE(store.listingsWith(visa->id), (QList<qint64>{ids[0], ids[1]}));

        // Undo survives the editor: the command no longer reaches it but still works and still tells
        // the window to reload.
        int windowReloads = 0;
        {
            TagEditor shortLived(*db, &stack, [&] { ++windowReloads; });
            shortLived.setListings({ids[2]});
            QVERIFY(shortLived.addTag(QStringLiteral("fleeting")));
            QCOMPARE(windowReloads, 1);
        }
        stack.undo();
        QVERIFY(!store.find(QStringLiteral("fleeting")));
        QCOMPARE(windowReloads, 2);
    }

    void tagsDialogRenamesMergesDeletes()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 3);
        const QList<qint64> ids = listingIds(*db);
        TagStore store(*db);
        const Tag remote = store.create(QStringLiteral("remote"));
        const Tag wfh = store.create(QStringLiteral("WFH"));
        const Tag later = store.create(QStringLiteral("later"));
        store.addTags({ids[0], ids[1]}, {remote.id});
        store.addTags({ids[1], ids[2]}, {wfh.id});
        QUndoStack stack;
        TagsDialog dialog(*db, &stack);
        QSignalSpy changed(&dialog, &TagsDialog::tagsChanged);

        // Every tag with its count, by name.
        QCOMPARE(dialog.table()->rowCount(), 3);
        QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("remote"));
        QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("2"));

        // Renaming in place onto a taken name (other case) is refused, names the tag, changes nothing.
        dialog.table()->item(1, 0)->setText(QStringLiteral("wfh"));
        QCOMPARE(dialog.message(), QStringLiteral("There is already a tag named “WFH”."));
        QCOMPARE(store.tag(remote.id).name, QStringLiteral("remote"));
        QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("remote"));
        QCOMPARE(stack.count(), 0);
        dialog.table()->item(1, 0)->setText(QStringLiteral("Remote first"));
        QCOMPARE(store.tag(remote.id).name, QStringLiteral("Remote first"));
        QCOMPARE(stack.count(), 1);

        // Merge WFH into the renamed tag: the three listings carry it, WFH is gone; one undo brings it back.
        const QStringList beforeMerge = tagState(*db);
        QVERIFY(dialog.mergeTags(wfh.id, remote.id));
        QCOMPARE(store.listingsWith(remote.id), (QList<qint64>{ids[0], ids[1], ids[2]}));
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("3"));
        stack.undo();
        QCOMPARE(tagState(*db), beforeMerge);
        QCOMPARE(dialog.table()->rowCount(), 3);

        QVERIFY(dialog.recolorTag(later.id, QStringLiteral("#00aa00")));
        QCOMPARE(store.tag(later.id).color, QStringLiteral("#00aa00"));
        QVERIFY(!dialog.recolorTag(later.id, QStringLiteral("green")));
        QVERIFY(!dialog.message().isEmpty());
        QVERIFY(dialog.deleteTag(later.id));
        QVERIFY(!store.find(QStringLiteral("later")));
        stack.undo();
        QCOMPARE(store.tag(later.id).color, QStringLiteral("#00aa00"));
        QVERIFY(changed.size() >= 5);

        if (const QByteArray dir = qgetenv("JOBDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            for (const Theme theme : {Theme::Light, Theme::Dark}) {
                applyTheme(theme);
                QTest::qWait(20);
                dialog.show();
                QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                dialog.table()->setCurrentCell(1, 0);
                dialog.grab().save(QDir(QString::fromLocal8Bit(dir))
                                       .filePath(theme == Theme::Dark
                                                     ? QStringLiteral("tags-dialog-dark.png")
                                                     : QStringLiteral("tags-dialog-light.png")));
            }
            applyTheme(Theme::Light);
        }
    }
};

QTEST_MAIN(TestTagEditor)
#include "tst_tageditor.moc"

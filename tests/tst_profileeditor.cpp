// Editing a profile: the skills table model (levels, years, add, remove, written through at once and
// re-read from the library) and the Profiles dialog (create, rename, delete, add a skill by name or alias,
// refusals that change nothing), with the match score of a real listing following the edits.
#include "testsupport.h"

#include "domain/listing.h"
#include "profiles/profileskillmodel.h"
#include "profiles/profilestore.h"
#include "skills/matchscore.h"
#include "skills/profileeditordialog.h"
#include "skills/skilldictionary.h"
#include "skills/skillindex.h"
#include "skills/skillreextraction.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "theme.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace jobdesk;

namespace {

qint64 skillId(const Database &db, const char *name)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT id FROM skills WHERE name = ?"),
                       {QString::fromUtf8(name)})
        .toLongLong();
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelWritesThrough()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        ensureSkillsCurrent(*db);
        ProfileStore store(*db);
        const qint64 me = store.create(QStringLiteral("Me"));
        store.setSkill(me, skillId(*db, "Python"), 4, 5.0);

        ProfileSkillModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &ProfileSkillModel::profileEdited);
        QSignalSpy failed(&model, &ProfileSkillModel::editFailed);
        model.setProfile(me);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ProfileSkillModel::Skill).data().toString(), QStringLiteral("Python"));
        QCOMPARE(model.index(0, ProfileSkillModel::Level).data().toInt(), 4);
        QCOMPARE(model.index(0, ProfileSkillModel::Category).data().toString(), QStringLiteral("Language"));

        // Add: sorted by name as the store reads them, at level 3, written at once.
        const int docker = model.addSkill(skillId(*db, "Docker"));
        QCOMPARE(docker, 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(store.skills(me).size(), 2);
        QCOMPARE(store.skills(me).first().level, 3);
        QCOMPARE(model.addSkill(skillId(*db, "Docker")), 0); // already there: no second row
        QCOMPARE(model.rowCount(), 2);

        // Level and years are stored as they are edited.
        QVERIFY(model.setData(model.index(0, ProfileSkillModel::Level), 5));
        QVERIFY(model.setData(model.index(0, ProfileSkillModel::Years), 2.5));
        QCOMPARE(store.skills(me).first().level, 5);
        QCOMPARE(store.skills(me).first().years, std::optional<double>(2.5));
        QVERIFY(model.setData(model.index(0, ProfileSkillModel::Years), 0.0)); // 0: not stated
        QCOMPARE(store.skills(me).first().years, std::nullopt);
        QVERIFY(edited.size() >= 3);

        // A level out of range is refused by the store and changes nothing.
        QVERIFY(!model.setData(model.index(0, ProfileSkillModel::Level), 9));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(store.skills(me).first().level, 5);
        QCOMPARE(model.index(0, ProfileSkillModel::Level).data().toInt(), 5);
        QVERIFY(!model.setData(model.index(1, ProfileSkillModel::Years), QStringLiteral("lots")));
        QCOMPARE(store.skills(me).last().years, std::optional<double>(5.0));

        // Skill and category are not editable; remove takes rows out of the profile.
        QVERIFY(!(model.flags(model.index(0, ProfileSkillModel::Skill)) & Qt::ItemIsEditable));
        model.removeSkills({0, 0});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(store.skills(me).size(), 1);
        QCOMPARE(store.skills(me).first().name, QStringLiteral("Python"));
    }

    void candidatesAreMadeAndEditedByHandApartFromTheUsersProfiles()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        ensureSkillsCurrent(*db);
        ProfileStore(*db).create(QStringLiteral("Me"));
        ProfileEditorDialog dialog(*db, ProfileKind::Candidate, 0);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Candidates"));
        QCOMPARE(dialog.profileId(), 0); // the user's own profile is not offered
        QVERIFY(dialog.createProfile(QStringLiteral("Alex Kim")));
        const qint64 alex = dialog.profileId();
        QCOMPARE(ProfileStore(*db).find(alex)->kind, ProfileKind::Candidate);
        QVERIFY(dialog.addSkill(QStringLiteral("golang")));
        QCOMPARE(ProfileStore(*db).skills(alex).size(), 1);
        QCOMPARE(ProfileStore(*db).list(ProfileKind::Me).size(), 1);
        // A candidate may share a name with the user's own profile: names are unique within a kind.
        QVERIFY(dialog.createProfile(QStringLiteral("Me")));
        QVERIFY(!dialog.createProfile(QStringLiteral("alex kim")));
        QVERIFY(dialog.message().contains(QStringLiteral("Alex Kim")));
    }

    void dialogEditsAndTheMatchScoreFollows()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        ensureSkillsCurrent(*db);
        Listing listing = test::makeListing(1);
        listing.title = QStringLiteral("Platform Engineer");
        listing.description = QStringLiteral("Requirements\n- Kubernetes\n- Terraform\n");
        listing.descriptionHtml.clear();
        const qint64 listingId = ListingRepository(*db).upsert(listing, QDateTime::currentDateTimeUtc()).id;
        reextractSkills(*db, *SkillIndex::load(*db));

        ProfileEditorDialog dialog(*db, 0);
        QSignalSpy changed(&dialog, &ProfileEditorDialog::profilesChanged);
        QCOMPARE(dialog.profileId(), 0);
        QVERIFY(!dialog.table()->isEnabled());
        QVERIFY(dialog.createProfile(QStringLiteral("Platform")));
        const qint64 profile = dialog.profileId();
        QVERIFY(profile > 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(matchListing(*db, listingId, profile).hasSkills());
        QCOMPARE(matchListing(*db, listingId, profile).score, 0.0);

        // By alias, then by name in another case.
        QVERIFY(dialog.addSkill(QStringLiteral("k8s")));
        QCOMPARE(dialog.model()->index(0, ProfileSkillModel::Skill).data().toString(),
                 QStringLiteral("Kubernetes"));
        QCOMPARE(matchListing(*db, listingId, profile).score, 40.0); // 2·0.8 of 2·2
        QVERIFY(dialog.addSkill(QStringLiteral("terraform")));
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(matchListing(*db, listingId, profile).score, 80.0);
        if (const QByteArray dir = qgetenv("JOBDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            for (const Theme theme : {Theme::Light, Theme::Dark}) {
                applyTheme(theme);
                ProfileEditorDialog shot(*db, profile);
                shot.addSkill(QStringLiteral("Terraform")); // says it has it: a message to look at
                shot.show();
                QVERIFY(QTest::qWaitForWindowExposed(&shot));
                shot.grab().save(QDir(QString::fromLocal8Bit(dir))
                                     .filePath(theme == Theme::Dark
                                                   ? QStringLiteral("profile-editor-dark.png")
                                                   : QStringLiteral("profile-editor-light.png")));
            }
            applyTheme(Theme::Light);
        }

        // Refusals say why and change nothing.
        QVERIFY(!dialog.addSkill(QStringLiteral("Frobnication")));
        QVERIFY(dialog.message().contains(QStringLiteral("Frobnication")));
        SkillDictionary(*db).setIgnored(skillId(*db, "Docker"), true);
        QVERIFY(!dialog.addSkill(QStringLiteral("Docker")));
        QVERIFY(dialog.message().contains(QStringLiteral("ignored")));
        QCOMPARE(dialog.model()->rowCount(), 2);
        QVERIFY(dialog.createProfile(QStringLiteral("Second")));
        QVERIFY(!dialog.renameProfile(QStringLiteral("platform"))); // taken, ignoring case
        QCOMPARE(ProfileStore(*db).list(ProfileKind::Me).size(), 2);

        QVERIFY(dialog.deleteProfile());
        QCOMPARE(ProfileStore(*db).list(ProfileKind::Me).size(), 1);
        QCOMPARE(dialog.profileId(), profile);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QVERIFY(dialog.changed());
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"

// ProfileStore on a real library: creating, naming rules, skills with levels and years, the checks that
// keep bad values out, and save() replacing a whole profile in one transaction.
#include "testsupport.h"

#include "profiles/profilestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

qint64 addSkill(const Database &db, const QString &name)
{
    return sql::run(db.connection(), QStringLiteral("INSERT INTO skills (name) VALUES (?)"), {name})
        .lastInsertId()
        .toLongLong();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_library = std::make_unique<test::TempLibrary>();
        m_db = m_library->open();
        m_go = addSkill(*m_db, QStringLiteral("Go"));
        m_rust = addSkill(*m_db, QStringLiteral("Rust"));
    }

    void cleanup()
    {
        m_db.reset();
        m_library.reset();
    }

    void createsListsAndFinds()
    {
        ProfileStore store(*m_db);
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1767225600, QTimeZone::UTC);
        const qint64 backend = store.create(QStringLiteral("  Backend  "), ProfileKind::Me, at);
        const qint64 ada = store.create(QStringLiteral("Ada Lovelace"), ProfileKind::Candidate, at);
        const qint64 data = store.create(QStringLiteral("data"), ProfileKind::Me, at);
        QList<QString> names;
        for (const Profile &profile : store.list())
            names.append(profile.name);
        QCOMPARE(names, (QList<QString>{QStringLiteral("Backend"), QStringLiteral("data"),
                                        QStringLiteral("Ada Lovelace")}));
        QCOMPARE(store.list(ProfileKind::Candidate).size(), 1);
        const std::optional<Profile> found = store.find(backend);
        QVERIFY(found);
        QCOMPARE(found->kind, ProfileKind::Me);
        QCOMPARE(found->createdAt, at);
        QCOMPARE(found->skillCount, 0);
        QCOMPARE(store.findByName(ProfileKind::Me, QStringLiteral("DATA"))->id, data);
        QVERIFY(!store.findByName(ProfileKind::Me, QStringLiteral("Ada Lovelace")));
        QCOMPARE(store.findByName(ProfileKind::Candidate, QStringLiteral("ada lovelace"))->id, ada);
        QVERIFY(!store.find(9999));
    }

    void namesAreUniqueWithinAKind()
    {
        ProfileStore store(*m_db);
        const qint64 me = store.create(QStringLiteral("Backend"));
        QCOMPARE(test::errorOf([&] { store.create(QStringLiteral("backend")); }),
                 QStringLiteral("There is already a profile named “Backend”."));
        QCOMPARE(test::errorOf([&] { store.create(QStringLiteral("   ")); }),
                 QStringLiteral("A profile needs a name."));
        // A candidate may have the name of a "me" profile.
        store.create(QStringLiteral("Backend"), ProfileKind::Candidate);
        const qint64 other = store.create(QStringLiteral("Data"));
        QVERIFY(!test::errorOf([&] { store.rename(other, QStringLiteral("BACKEND")); }).isEmpty());
        store.rename(me, QStringLiteral("backend")); // its own name in other case is fine
        QCOMPARE(store.find(me)->name, QStringLiteral("backend"));
        QVERIFY(
            test::errorOf([&] { store.rename(4242, QStringLiteral("x")); }).contains(QStringLiteral("4242")));
    }

    void skillsWithLevelsAndYears()
    {
        ProfileStore store(*m_db);
        const qint64 me = store.create(QStringLiteral("Me"));
        store.setSkill(me, m_rust, 2);
        store.setSkill(me, m_go, 4, 3.5);
        QCOMPARE(store.skills(me), (QList<ProfileSkill>{{m_go, QStringLiteral("Go"), 4, 3.5},
                                                        {m_rust, QStringLiteral("Rust"), 2, std::nullopt}}));
        store.setSkill(me, m_go, 5); // changing the level forgets the years: they were given together
        QCOMPARE(store.skills(me).first(), (ProfileSkill{m_go, QStringLiteral("Go"), 5, std::nullopt}));
        QCOMPARE(store.find(me)->skillCount, 2);
        store.removeSkill(me, m_rust);
        QCOMPARE(store.skills(me).size(), 1);
        store.remove(me);
        QVERIFY(!store.find(me));
        QCOMPARE(
            sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM profile_skills")).toInt(),
            0);
    }

    void refusesBadSkills()
    {
        ProfileStore store(*m_db);
        const qint64 me = store.create(QStringLiteral("Me"));
        QCOMPARE(test::errorOf([&] { store.setSkill(me, m_go, 0); }),
                 QStringLiteral("A skill level is 1 to 5, not 0."));
        QCOMPARE(test::errorOf([&] { store.setSkill(me, m_go, 6); }),
                 QStringLiteral("A skill level is 1 to 5, not 6."));
        QVERIFY(
            test::errorOf([&] { store.setSkill(me, m_go, 3, -1.0); }).contains(QStringLiteral("negative")));
        QCOMPARE(test::errorOf([&] { store.setSkill(me, 777, 3); }),
                 QStringLiteral("There is no skill with id 777 in the dictionary."));
        QCOMPARE(test::errorOf([&] { store.setSkill(888, m_go, 3); }),
                 QStringLiteral("There is no profile with id 888."));
        QVERIFY(store.skills(me).isEmpty());
    }

    void saveCreatesThenReplaces()
    {
        ProfileStore store(*m_db);
        ProfileContent content;
        content.name = QStringLiteral("Lena");
        content.headline = QStringLiteral("Staff Engineer");
        content.location = QStringLiteral("San Francisco, California, US");
        content.rawSource = QStringLiteral("{}");
        content.skills = {{m_go, {}, 5, 10.0}, {m_rust, {}, 4, std::nullopt}};
        const ProfileStore::Saved first = store.save(content);
        QVERIFY(first.created);
        content.name = QStringLiteral("LENA");
        content.headline = QStringLiteral("Principal Engineer");
        content.skills = {{m_rust, {}, 5, 2.0}};
        const ProfileStore::Saved second = store.save(content);
        QVERIFY(!second.created);
        QCOMPARE(second.id, first.id);
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.find(first.id)->headline, QStringLiteral("Principal Engineer"));
        QCOMPARE(store.find(first.id)->name, QStringLiteral("Lena")); // the name it had is kept
        QCOMPARE(store.skills(first.id), (QList<ProfileSkill>{{m_rust, QStringLiteral("Rust"), 5, 2.0}}));
    }

    void aDeletedProfileLeavesNoTraceInTheFiles()
    {
        if (test::usesPostgreSql()) {
            // A team library's pages are the server's files, which a client cannot read, and only its
            // owner can erase (VACUUM FULL: docs/team-library.md, "Erasing").
            QSKIP("a file's bytes: a team library has no file of its own");
        }
        // What a byte search of the library and its WAL finds of a profile's text.
        const auto onDisk = [this](const QByteArray &needle) {
            int found = 0;
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                QFile file(m_db->path() + suffix);
                if (file.open(QIODevice::ReadOnly))
                    found += int(file.readAll().count(needle));
            }
            return found;
        };
        ProfileStore store(*m_db);
        ProfileContent content;
        content.kind = ProfileKind::Candidate;
        content.name = QStringLiteral("Candidate Zyxwv Quorum");
        content.headline = QStringLiteral("Headline Zyxwv Quorum");
        content.rawSource =
            QStringLiteral("{\"basics\": {\"phone\": \"Zyxwv Quorum 555-0199\"}} ").repeated(300);
        content.skills = {{m_go, {}, 4, 3.0}};
        const qint64 id = store.save(content).id;
        const QByteArray marker("Zyxwv Quorum");
        QVERIFY(onDisk(marker) >= 3); // the search sees the rows while they exist
        store.remove(id);
        QVERIFY(!store.find(id));
        QCOMPARE(onDisk(marker), 0);
    }

    void saveWritesNothingWhenASkillIsBad()
    {
        ProfileStore store(*m_db);
        ProfileContent content;
        content.name = QStringLiteral("Broken");
        content.skills = {{m_go, {}, 3, std::nullopt}, {m_rust, {}, 9, std::nullopt}};
        QVERIFY(!test::errorOf([&] { store.save(content); }).isEmpty());
        QVERIFY(store.list().isEmpty());
        QCOMPARE(
            sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM profile_skills")).toInt(),
            0);
    }

private:
    std::unique_ptr<test::TempLibrary> m_library;
    std::unique_ptr<Database> m_db;
    qint64 m_go = 0;
    qint64 m_rust = 0;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"

// The match score: hand-computed examples, the explanation shown on hover, the SQL expression giving
// exactly the C++ score for every listing of a library, the search term match>=N, and a query plan that
// reads listing_skills and profile_skills by their primary keys.
#include "testsupport.h"

#include "listings/listingquery.h"
#include "profiles/profilestore.h"
#include "search/searchquery.h"
#include "skills/matchscore.h"
#include "store/database.h"
#include "store/sql.h"

#include <QRandomGenerator>
#include <QTest>

using namespace jobdesk;

namespace {

qint64 addSkill(const Database &db, const QString &name)
{
    return sql::run(db.connection(), QStringLiteral("INSERT INTO skills (name) VALUES (?)"), {name})
        .lastInsertId()
        .toLongLong();
}

void askFor(const Database &db, qint64 listingId, qint64 skillId, bool required)
{
    sql::run(db.connection(),
             QStringLiteral("INSERT INTO listing_skills (listing_id, skill_id, required) VALUES (?, ?, ?)"),
             {listingId, skillId, required ? 1 : 0});
}

QList<qint64> listingIds(const Database &db)
{
    QSqlQuery query = sql::run(db.connection(), QStringLiteral("SELECT id FROM listings ORDER BY id"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace

class TestMatchScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_library = std::make_unique<test::TempLibrary>();
        m_db = m_library->open();
        test::addListings(*m_db, 3);
        m_listings = listingIds(*m_db);
        for (const char *name : {"Kubernetes", "PostgreSQL", "Go", "Terraform", "Kafka"})
            m_skills.append(addSkill(*m_db, QString::fromLatin1(name)));
        // Listing 0: Kubernetes, PostgreSQL, Go required; Terraform, Kafka optional.
        for (int i = 0; i < 5; ++i)
            askFor(*m_db, m_listings.at(0), m_skills.at(i), i < 3);
        // Listing 1 asks for nothing the dictionary knows. Listing 2: Kafka, required.
        askFor(*m_db, m_listings.at(2), m_skills.at(4), true);
        ProfileStore profiles(*m_db);
        m_profile = profiles.create(QStringLiteral("Me"));
        profiles.setSkill(m_profile, m_skills.at(0), 5, 6.5); // Kubernetes
        profiles.setSkill(m_profile, m_skills.at(1), 3);      // PostgreSQL
        profiles.setSkill(m_profile, m_skills.at(3), 1);      // Terraform
    }

    void cleanup()
    {
        m_skills.clear();
        m_db.reset();
        m_library.reset();
    }

    void handComputedExample()
    {
        // Σw = 3×2 + 2×1 = 8; Σ w·have = 2×1.0 (Kubernetes 5) + 2×0.8 (PostgreSQL 3) + 2×0 (Go)
        // + 1×0.6 (Terraform 1) + 1×0 (Kafka) = 4.2; 100 × 4.2 / 8 = 52.5.
        const MatchBreakdown match = matchListing(*m_db, m_listings.at(0), m_profile);
        QVERIFY(match.hasSkills());
        QCOMPARE(match.points, qint64(42));
        QCOMPARE(match.maxPoints, qint64(80));
        QCOMPARE(match.score, 52.5);
        QCOMPARE(match.matched.size(), 3);
        QCOMPARE(match.missing.size(), 2);
        // Required first, then by name.
        QCOMPARE(match.matched.at(0).name, QStringLiteral("Kubernetes"));
        QCOMPARE(match.matched.at(0).years, std::optional<double>(6.5));
        QCOMPARE(match.matched.at(1).name, QStringLiteral("PostgreSQL"));
        QCOMPARE(match.matched.at(1).have(), 0.8);
        QCOMPARE(match.matched.at(2).name, QStringLiteral("Terraform"));
        QVERIFY(!match.matched.at(2).required);
        QCOMPARE(match.missing.at(0).name, QStringLiteral("Go"));
        QCOMPARE(match.missing.at(1).name, QStringLiteral("Kafka"));
    }

    void levelsCount()
    {
        ProfileStore profiles(*m_db);
        // Every skill at level 5: 100. Every required one at level 5, no optional one: 6 / 8 = 75.
        for (const qint64 skill : std::as_const(m_skills))
            profiles.setSkill(m_profile, skill, 5);
        QCOMPARE(matchListing(*m_db, m_listings.at(0), m_profile).score, 100.0);
        profiles.removeSkill(m_profile, m_skills.at(3));
        profiles.removeSkill(m_profile, m_skills.at(4));
        QCOMPARE(matchListing(*m_db, m_listings.at(0), m_profile).score, 75.0);
        // Every required skill at level 2 (have 0.7), both optional at level 4 (0.9): (4.2 + 1.8) / 8.
        for (int i = 0; i < 5; ++i)
            profiles.setSkill(m_profile, m_skills.at(i), i < 3 ? 2 : 4);
        QCOMPARE(matchListing(*m_db, m_listings.at(0), m_profile).score, 75.0);
        profiles.setSkill(m_profile, m_skills.at(0), 3);
        // Kubernetes 2 → 3 adds 2 × 0.1 = 0.2 points: 6.2 / 8.
        QCOMPARE(matchListing(*m_db, m_listings.at(0), m_profile).score, 77.5);
    }

    void scoreOfNothingKnown()
    {
        // No skills in the listing: no score at all. A profile without the one asked skill: 0.
        QVERIFY(!matchListing(*m_db, m_listings.at(1), m_profile).hasSkills());
        const MatchBreakdown kafka = matchListing(*m_db, m_listings.at(2), m_profile);
        QVERIFY(kafka.hasSkills());
        QCOMPARE(kafka.score, 0.0);
        const qint64 empty = ProfileStore(*m_db).create(QStringLiteral("Empty"));
        QCOMPARE(matchListing(*m_db, m_listings.at(0), empty).score, 0.0);
    }

    void scoreSkillsWithoutLibrary()
    {
        const MatchBreakdown match =
            scoreSkills({{1, QStringLiteral("b"), false, 4, {}}, {2, QStringLiteral("a"), true, 0, {}}});
        // (1 × 0.9 + 2 × 0) / 3 = 30.
        QCOMPARE(match.score, 30.0);
        QCOMPARE(match.missing.first().name, QStringLiteral("a"));
    }

    void formulaTextExplainsTheNumbers()
    {
        const QString text = matchListing(*m_db, m_listings.at(0), m_profile).formulaText();
        QVERIFY2(text.startsWith(QStringLiteral("Match 53% = 100 × 4.2 / 8")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✓ Kubernetes (weight 2): level 5 → 1, 6.5 years")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✓ Terraform (weight 1): level 1 → 0.6")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("✗ Go (weight 2): missing → 0")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("0.5 + 0.1 × level")));
        QVERIFY(matchListing(*m_db, m_listings.at(1), m_profile)
                    .formulaText()
                    .contains(QStringLiteral("No match")));
    }

    void sqlExpressionEqualsMatchListing()
    {
        // A small library with random skills, required or not, and two profiles at random levels.
        test::addListings(*m_db, 60); // makeListing(0..2) again are duplicates: 57 more
        QRandomGenerator random(42);
        for (int i = 0; i < 25; ++i)
            m_skills.append(addSkill(*m_db, QStringLiteral("Skill %1").arg(i)));
        const QList<qint64> listings = listingIds(*m_db);
        for (qsizetype i = 3; i < listings.size(); ++i) {
            QList<qint64> pool = m_skills;
            const int count = random.bounded(9); // 0..8: some have none
            for (int k = 0; k < count; ++k)
                askFor(*m_db, listings.at(i), pool.takeAt(random.bounded(int(pool.size()))),
                       random.bounded(2) == 1);
        }
        ProfileStore profiles(*m_db);
        const qint64 other = profiles.create(QStringLiteral("Other"));
        for (const qint64 skill : std::as_const(m_skills)) {
            if (random.bounded(3) > 0)
                profiles.setSkill(other, skill, 1 + random.bounded(5));
        }
        int scored = 0;
        for (const qint64 profile : {m_profile, other}) {
            // All rows first: on PostgreSQL a connection reads one result at a time, and matchListing()
            // runs its own.
            QSqlQuery query = sql::run(
                m_db->connection(),
                QStringLiteral("SELECT id, %1 FROM listings ORDER BY id").arg(matchSqlExpression(profile)));
            QList<std::pair<qint64, QVariant>> rows;
            while (query.next())
                rows.append({query.value(0).toLongLong(), query.value(1)});
            for (const auto &[id, score] : std::as_const(rows)) {
                const MatchBreakdown match = matchListing(*m_db, id, profile);
                QCOMPARE(score.isNull(), !match.hasSkills());
                if (match.hasSkills()) {
                    // Exactly equal, not nearly: match>=70 must select what the tooltip says is 70.
                    QVERIFY2(score.toDouble() == match.score,
                             qPrintable(QStringLiteral("%1 != %2").arg(score.toDouble()).arg(match.score)));
                    ++scored;
                }
            }
        }
        QVERIFY(scored > 60);
    }

    void noProfileMeansNoScore()
    {
        QSqlQuery query = sql::run(
            m_db->connection(),
            QStringLiteral("SELECT count(*) FROM listings WHERE %1 IS NOT NULL").arg(matchSqlExpression(0)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void searchTermUsesTheExpression()
    {
        search::CompileContext context;
        context.dialect = &m_db->dialect(); // how the library's engine searches full text
        context.matchExpression = matchSqlExpression(m_profile);
        const search::CompiledSearch search = search::compileSearch(QStringLiteral("match>=50"), context);
        QVERIFY(search.ok());
        ListingQuery listings;
        listings.filter = search.filter;
        listings.matchExpression = context.matchExpression;
        QSqlQuery query =
            sql::run(m_db->connection(), listings.idStatement(m_db->dialect()), listings.filter.values);
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        QCOMPARE(ids, QList<qint64>{m_listings.at(0)}); // 52.5; listing 2 scores 0, listing 1 none
    }

    void sortingByMatchReadsBothPrimaryKeys()
    {
        if (test::usesPostgreSql()) {
            // EXPLAIN QUERY PLAN and the plan asked for are SQLite's; PostgreSQL's planner joins these few
            // rows by hash or scan as its statistics say. What the expression computes is checked on both
            // engines (sqlExpressionEqualsMatchListing, searchTermUsesTheExpression).
            QSKIP("a plan of SQLite's planner; PostgreSQL chooses its own by the table's statistics");
        }
        ListingQuery listings;
        listings.sortColumn = ListingColumn::Match;
        listings.matchExpression = matchSqlExpression(m_profile);
        QSqlQuery plan = sql::run(m_db->connection(), QStringLiteral("EXPLAIN QUERY PLAN ") +
                                                          listings.idStatement(m_db->dialect()));
        QStringList details;
        while (plan.next())
            details.append(plan.value(3).toString());
        const QString text = details.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("SEARCH ls USING PRIMARY KEY (listing_id=?)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SEARCH ps USING PRIMARY KEY (profile_id=? AND skill_id=?)")),
                 qPrintable(text));
    }

private:
    std::unique_ptr<test::TempLibrary> m_library;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_listings;
    QList<qint64> m_skills;
    qint64 m_profile = 0;
};

QTEST_GUILESS_MAIN(TestMatchScore)
#include "tst_matchscore.moc"

// The skills dictionary dialog offscreen on the demo library: the filter finds skills by name and alias,
// the listing counts arrive from the background, adding a skill selects it, a conflict is shown with the
// skill it names and changes nothing, ignoring and merging the current skill. Set JOBDESK_SCREENSHOT_DIR
// to keep pictures of the dialog in both palettes.
#include "testsupport.h"

#include "samples/samplelibrary.h"
#include "skills/skilldictionary.h"
#include "skills/skilldictionarydialog.h"
#include "skills/skilldictionarymodel.h"
#include "skills/skilltaxonomy.h"
#include "store/database.h"
#include "store/sql.h"
#include "theme.h"

#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace jobdesk;

class TestSkillDictionaryDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;

    qint64 skillId(const QString &name)
    {
        return sql::scalar(m_db->connection(), QStringLiteral("SELECT id FROM skills WHERE name = ?"), {name})
            .toLongLong();
    }

    // The skills the table shows, top to bottom.
    static QStringList shownNames(const SkillDictionaryDialog &dialog)
    {
        QStringList names;
        const QAbstractItemModel *model = dialog.table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, SkillDictionaryModel::Name).data().toString());
        return names;
    }

    static QString currentText(const SkillDictionaryDialog &dialog, int column)
    {
        const QModelIndex current = dialog.table()->currentIndex();
        return current.siblingAtColumn(column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        QVERIFY(samples::load(*m_db).inserted >= 300);
    }

    void filtersAddsAndIgnores_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void filtersAddsAndIgnores()
    {
        QFETCH(int, theme);
        applyTheme(Theme(theme));
        SkillDictionaryDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.changed());
        QVERIFY(dialog.table()->model()->rowCount() > 2000);

        // By alias, ignoring case: "k8s" is Kubernetes.
        QTest::keyClicks(dialog.filterField(), QStringLiteral("K8S"));
        QCOMPARE(shownNames(dialog), QStringList{QStringLiteral("Kubernetes")});
        dialog.filterField()->clear();
        QTest::keyClicks(dialog.filterField(), QStringLiteral("postgres"));
        QVERIFY(shownNames(dialog).contains(QStringLiteral("PostgreSQL")));

        // The counts come from the background: the demo library asks for PostgreSQL.
        QTRY_VERIFY(dialog.model()->hasListingCounts());
        const int postgres = dialog.model()->rowOf(skillId(QStringLiteral("PostgreSQL")));
        const int asking =
            sql::scalar(m_db->connection(),
                        QStringLiteral("SELECT count(*) FROM listing_skills WHERE skill_id = ?"),
                        {skillId(QStringLiteral("PostgreSQL"))})
                .toInt();
        QVERIFY(asking > 0);
        QCOMPARE(dialog.model()->index(postgres, SkillDictionaryModel::Listings).data().toInt(), asking);

        // Adding a skill selects it (the filter gives way) and says so.
        const QString name = QStringLiteral("Widget Frobbing %1").arg(theme);
        QVERIFY(dialog.addSkill(name, SkillCategory::Practice, {QStringLiteral("frob%1").arg(theme)}));
        QVERIFY(dialog.changed());
        QCOMPARE(currentText(dialog, SkillDictionaryModel::Name), name);
        QCOMPARE(currentText(dialog, SkillDictionaryModel::Origin), QStringLiteral("Yours"));
        QCOMPARE(currentText(dialog, SkillDictionaryModel::Aliases), QStringLiteral("frob%1").arg(theme));
        QVERIFY(dialog.message().contains(name));

        // A conflict names the skill that has the name and changes nothing.
        const int rows = dialog.model()->rowCount();
        QVERIFY(!dialog.addSkill(QStringLiteral("Golang"), SkillCategory::Language, {}));
        QVERIFY2(dialog.message().contains(QStringLiteral("“Go”")), qPrintable(dialog.message()));
        QCOMPARE(dialog.model()->rowCount(), rows);
        QVERIFY(!dialog.addAlias(QStringLiteral("k8s")));
        QVERIFY2(dialog.message().contains(QStringLiteral("Kubernetes")), qPrintable(dialog.message()));

        // Ignoring the current skill, and taking it back.
        dialog.filterField()->setText(QStringLiteral("Terraform"));
        QVERIFY(dialog.selectSkill(skillId(QStringLiteral("Terraform"))));
        QVERIFY(dialog.toggleIgnored());
        QCOMPARE(currentText(dialog, SkillDictionaryModel::Name), QStringLiteral("Terraform"));
        QCOMPARE(currentText(dialog, SkillDictionaryModel::Ignored), QStringLiteral("Ignored"));
        QVERIFY(SkillDictionary(*m_db).skill(skillId(QStringLiteral("Terraform")))->ignored);
        // Its listings stopped asking for it, and the count follows.
        QTRY_COMPARE(currentText(dialog, SkillDictionaryModel::Listings), QStringLiteral("0"));

        if (const QByteArray dir = qgetenv("JOBDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.filterField()->setText(QStringLiteral("sql"));
            QVERIFY(dialog.selectSkill(skillId(QStringLiteral("PostgreSQL"))));
            QTRY_VERIFY(dialog.model()->hasListingCounts());
            dialog.grab().save(QDir(QString::fromLocal8Bit(dir))
                                   .filePath(QStringLiteral("skills-dictionary-%1.png")
                                                 .arg(theme == int(Theme::Dark) ? QStringLiteral("dark")
                                                                                : QStringLiteral("light"))));
        }
        dialog.filterField()->setText(QStringLiteral("Terraform"));
        QVERIFY(dialog.selectSkill(skillId(QStringLiteral("Terraform"))));
        QVERIFY(dialog.toggleIgnored());
        QCOMPARE(currentText(dialog, SkillDictionaryModel::Ignored), QString());
    }

    void mergesTheCurrentSkill()
    {
        SkillDictionaryDialog dialog(*m_db);
        QVERIFY(dialog.selectSkill(skillId(QStringLiteral("MariaDB"))));
        QVERIFY(!dialog.mergeCurrentInto(QStringLiteral("No Such Skill")));
        QVERIFY(dialog.message().contains(QStringLiteral("No Such Skill")));
        // The target by alias: "mysql database" is MySQL's.
        QVERIFY(dialog.mergeCurrentInto(QStringLiteral("mysql database")));
        QCOMPARE(currentText(dialog, SkillDictionaryModel::Name), QStringLiteral("MySQL"));
        QVERIFY(
            currentText(dialog, SkillDictionaryModel::Aliases).contains(QStringLiteral("MariaDB (merged)")));
        QCOMPARE(dialog.model()->rowOf(skillId(QStringLiteral("MariaDB"))), -1);
    }
};

QTEST_MAIN(TestSkillDictionaryDialog)
#include "tst_skilldictionarydialog.moc"

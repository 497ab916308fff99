// Contacts of listings: one contact shared by two listings of a company, unlinking keeps the contact,
// deleting it removes its links (and restoring puts them back), the company's contacts are offered
// first when linking, refusals with clear messages that change nothing, and the activity history.
#include "testsupport.h"

#include "annotations/activitylog.h"
#include "annotations/contactstore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QTest>

using namespace jobdesk;

namespace {

QStringList activity(const Database &db, qint64 listingId)
{
    QStringList lines;
    for (const ActivityEntry &entry : ActivityLog(db).entries(listingId))
        lines.append(entry.kind + QLatin1String(": ") + entry.detail);
    return lines;
}

QStringList names(const QList<Contact> &contacts)
{
    QStringList list;
    for (const Contact &contact : contacts)
        list.append(contact.name);
    return list;
}

Contact jane()
{
    Contact contact;
    contact.name = QStringLiteral(" Jane Doe ");
    contact.role = QStringLiteral("Recruiter");
    contact.email = QStringLiteral("jane.doe@acme-robotics.example");
    contact.phone = QStringLiteral("+49 (30) 123-456");
    contact.profileUrl = QStringLiteral("https://www.linkedin.com/in/janedoe");
    contact.notes = QStringLiteral("Met at the meetup.\nPrefers e-mail.");
    contact.company = QStringLiteral("Acme Robotics");
    return contact;
}

int count(const Database &db, const char *table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toInt();
}

} // namespace

class TestContactStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedAcrossListings()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 6); // 1 and 5 are Acme Robotics
        ContactStore store(*db);
        const qint64 id = store.add(jane(), {1});
        store.link(id, 5);
        store.link(id, 5); // twice: one link
        QCOMPARE(store.listingsOf(id), (QList<qint64>{1, 5}));
        QCOMPARE(names(store.contactsOf(1)), QStringList{QStringLiteral("Jane Doe")});
        QCOMPARE(names(store.contactsOf(5)), QStringList{QStringLiteral("Jane Doe")});
        const Contact stored = *store.contact(id);
        QCOMPARE(stored.name, QStringLiteral("Jane Doe")); // trimmed
        QCOMPARE(stored.notes, jane().notes);
        QCOMPARE(stored.profileUrl, jane().profileUrl);

        // One edit shows on both listings.
        Contact edited = stored;
        edited.role = QStringLiteral("Head of Talent");
        store.update(edited);
        QCOMPARE(store.contactsOf(5).first().role, QStringLiteral("Head of Talent"));
        QCOMPARE(activity(*db, 1),
                 (QStringList{QStringLiteral("contact: Contact linked: Jane Doe (Recruiter)"),
                              QStringLiteral("contact: Contact edited: Jane Doe (Head of Talent)")}));
        QCOMPARE(activity(*db, 5).size(), 2);

        // Unlinking keeps the contact and its other link.
        store.unlink(id, 1);
        QCOMPARE(store.contactsOf(1), QList<Contact>{});
        QCOMPARE(store.listingsOf(id), QList<qint64>{5});
        QVERIFY(store.contact(id));
        QCOMPARE(activity(*db, 1).last(),
                 QStringLiteral("contact: Contact unlinked: Jane Doe (Head of Talent)"));

        // Deleting a listing removes its links, not the contact.
        sql::run(db->connection(), QStringLiteral("DELETE FROM listings WHERE id = 5"));
        QVERIFY(store.contact(id));
        QCOMPARE(store.listingsOf(id), QList<qint64>{});
    }

    void deleteRemovesLinksAndRestorePutsThemBack()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 6);
        ContactStore store(*db);
        const qint64 id = store.add(jane(), {1, 5});
        const Contact before = *store.contact(id);
        store.remove(id);
        QCOMPARE(store.contact(id), std::nullopt);
        QCOMPARE(count(*db, "listing_contacts"), 0);
        QCOMPARE(activity(*db, 5).last(), QStringLiteral("contact: Contact deleted: Jane Doe (Recruiter)"));
        store.restore(before, {1, 5});
        QCOMPARE(*store.contact(id), before);
        QCOMPARE(store.listingsOf(id), (QList<qint64>{1, 5}));
    }

    void companyContactsOfferedFirst()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 6); // 1, 5 Acme Robotics; 2 Northwind Data
        ContactStore store(*db);
        Contact other;
        other.name = QStringLiteral("Aaron Able");
        other.company = QStringLiteral("Northwind Data");
        store.add(other);
        Contact zed;
        zed.name = QStringLiteral("Zed Zimmer");
        zed.company = QStringLiteral("acme robotics"); // the company in other case
        store.add(zed);
        const qint64 janeId = store.add(jane(), {1});
        QCOMPARE(names(store.candidates(5)),
                 (QStringList{QStringLiteral("Jane Doe"), QStringLiteral("Zed Zimmer"),
                              QStringLiteral("Aaron Able")}));
        QCOMPARE(names(store.candidates(1)),
                 (QStringList{QStringLiteral("Zed Zimmer"), QStringLiteral("Aaron Able")}));
        QCOMPARE(names(store.candidates(2)).first(), QStringLiteral("Aaron Able"));
        Q_UNUSED(janeId);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "name" << "  " << "needs a name";
        QTest::newRow("e-mail without @") << "email" << "jane.example.com" << "not an e-mail address";
        QTest::newRow("e-mail with space") << "email" << "jane doe@example.com" << "not an e-mail address";
        QTest::newRow("e-mail without domain") << "email" << "jane@localhost" << "not an e-mail address";
        QTest::newRow("profile not a URL") << "url" << "linkedin/janedoe" << "not a web address";
        QTest::newRow("profile not http") << "url" << "javascript:alert(1)" << "not a web address";
        QTest::newRow("phone with letters") << "phone" << "call me" << "not a phone number";
    }

    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        ContactStore store(*db);
        Contact contact = jane();
        QString *target = field == QLatin1String("name")    ? &contact.name
                          : field == QLatin1String("email") ? &contact.email
                          : field == QLatin1String("url")   ? &contact.profileUrl
                                                            : &contact.phone;
        *target = value;
        QVERIFY(ContactStore::problem(contact).contains(message));
        try {
            store.add(contact, {1});
            QFAIL("an invalid contact was stored");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
        QCOMPARE(count(*db, "contacts"), 0);
        QCOMPARE(count(*db, "listing_contacts"), 0);
        QCOMPARE(activity(*db, 1), QStringList{});

        const qint64 id = store.add(jane());
        Contact edit = *store.contact(id);
        *(field == QLatin1String("name")    ? &edit.name
          : field == QLatin1String("email") ? &edit.email
          : field == QLatin1String("url")   ? &edit.profileUrl
                                            : &edit.phone) = value;
        QVERIFY_THROWS_EXCEPTION(StoreError, store.update(edit));
        QCOMPARE(store.contact(id)->name, QStringLiteral("Jane Doe"));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.link(id, 99));
        QVERIFY(ContactStore::problem(jane()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"

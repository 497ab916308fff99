// The people a user deals with about listings (tables contacts and listing_contacts, migration 010). A
// contact has a company and belongs to any number of listings, usually several listings of that
// company; unlinking a contact from a listing keeps the contact, deleting a contact removes its links.
// Every edit runs in one transaction with an activity entry on each listing it concerns.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

class Database;

struct Contact
{
    qint64 id = 0;
    QString name;
    QString role;
    QString email;
    QString phone;
    QString profileUrl;
    QString notes;
    QString company;

    friend bool operator==(const Contact &, const Contact &) = default;
};

class ContactStore final
{
public:
    explicit ContactStore(const Database &db);
    Q_DISABLE_COPY_MOVE(ContactStore)

    // Why `contact` cannot be stored, for people (empty when it can): a name is needed, an e-mail
    // address must look like one, the profile must be an http(s) address.
    static QString problem(const Contact &contact);

    // Stores a new contact (its id is ignored), linked to `listingIds`; returns its id. Throws
    // StoreError with problem() when the contact is not valid.
    qint64 add(const Contact &contact, const QList<qint64> &listingIds = {},
               const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Changes every field of the contact with contact.id.
    void update(const Contact &contact, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Deletes the contact and its links.
    void remove(qint64 contactId, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Puts a deleted contact back with its id and links (undo of remove).
    void restore(const Contact &contact, const QList<qint64> &listingIds,
                 const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Links and unlinks; linking twice or unlinking what is not linked changes nothing.
    void link(qint64 contactId, qint64 listingId, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void unlink(qint64 contactId, qint64 listingId, const QDateTime &now = QDateTime::currentDateTimeUtc());

    std::optional<Contact> contact(qint64 contactId) const;
    // The listing's contacts by name.
    QList<Contact> contactsOf(qint64 listingId) const;
    // The ids of the contact's listings.
    QList<qint64> listingsOf(qint64 contactId) const;
    // The contacts that could be linked to the listing (not linked yet): those of its company first,
    // then the others, each group by name.
    QList<Contact> candidates(qint64 listingId) const;
    // The company the listing names (what a new contact for it starts with).
    QString companyOf(qint64 listingId) const;

private:
    // Inserts (with its id when it has one: a restored contact) or updates; returns the contact's id.
    qint64 write(const Contact &contact, bool insert, const QDateTime &now) const;
    // link() inside the caller's transaction.
    void linkWithin(qint64 contactId, qint64 listingId, const QDateTime &now) const;
    void logLink(qint64 listingId, const Contact &contact, const char *what, const QDateTime &now) const;

    const Database &m_db;
};

} // namespace jobdesk

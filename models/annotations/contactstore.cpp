#include "contactstore.h"

#include "activitylog.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace jobdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactStore", text);
}

// Trims the one-line fields. A QString without text would bind as NULL: every field gets a non-null one.
Contact trimmed(Contact contact)
{
    for (QString *field : {&contact.name, &contact.role, &contact.email, &contact.phone, &contact.profileUrl,
                           &contact.company, &contact.notes}) {
        if (field != &contact.notes)
            *field = field->trimmed();
        if (field->isNull())
            *field = QStringLiteral("");
    }
    return contact;
}

const QString contactColumns = QStringLiteral(
    "contacts.id, contacts.name, contacts.role, contacts.email, contacts.phone, contacts.profile_url, "
    "contacts.notes, contacts.company FROM contacts");

Contact readContact(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(),   query.value(7).toString()};
}

QList<Contact> readContacts(QSqlQuery &query)
{
    QList<Contact> contacts;
    while (query.next())
        contacts.append(readContact(query));
    return contacts;
}

QString who(const Contact &contact)
{
    return contact.role.isEmpty() ? contact.name : tr("%1 (%2)").arg(contact.name, contact.role);
}

} // namespace

ContactStore::ContactStore(const Database &db)
    : m_db(db)
{}

QString ContactStore::problem(const Contact &input)
{
    const Contact contact = trimmed(input);
    if (contact.name.isEmpty())
        return tr("A contact needs a name.");
    // One @, something before it, a dotted domain after it, no spaces: what mail programs accept.
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (!contact.email.isEmpty() && !email.match(contact.email).hasMatch())
        return tr("“%1” is not an e-mail address (like name@example.com).").arg(contact.email);
    if (!contact.profileUrl.isEmpty()) {
        const QUrl url(contact.profileUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.host().isEmpty())
            return tr("“%1” is not a web address (like https://www.linkedin.com/in/name).")
                .arg(contact.profileUrl);
    }
    static const QRegularExpression phone(QStringLiteral("^[+0-9 ()./-]*[0-9][+0-9 ()./-]*$"));
    if (!contact.phone.isEmpty() && !phone.match(contact.phone).hasMatch())
        return tr("“%1” is not a phone number (digits, spaces, + ( ) - . /).").arg(contact.phone);
    return {};
}

qint64 ContactStore::write(const Contact &input, bool insert, const QDateTime &now) const
{
    if (const QString message = problem(input); !message.isEmpty())
        throw StoreError(message);
    const Contact contact = trimmed(input);
    const QVariantList values{contact.name,       contact.role,  contact.email,   contact.phone,
                              contact.profileUrl, contact.notes, contact.company, now.toSecsSinceEpoch()};
    if (insert) {
        // A new contact's id comes from the database (a PostgreSQL identity refuses an explicit NULL).
        const bool restored = contact.id != 0;
        return sql::scalar(
                   m_db.connection(),
                   QStringLiteral("INSERT INTO contacts (name, role, email, phone, profile_url, notes, "
                                  "company, updated_at%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?%2) RETURNING id")
                       .arg(restored ? QLatin1String(", id") : QLatin1String(),
                            restored ? QLatin1String(", ?") : QLatin1String()),
                   restored ? values + QVariantList{contact.id} : values)
            .toLongLong();
    }
    QSqlQuery update =
        sql::run(m_db.connection(),
                 QStringLiteral("UPDATE contacts SET name = ?, role = ?, email = ?, phone = ?, "
                                "profile_url = ?, notes = ?, company = ?, updated_at = ? "
                                "WHERE id = ?"),
                 values + QVariantList{contact.id});
    if (update.numRowsAffected() != 1)
        throw StoreError(tr("The contact no longer exists."));
    return contact.id;
}

void ContactStore::logLink(qint64 listingId, const Contact &contact, const char *what,
                           const QDateTime &now) const
{
    ActivityLog(m_db).append({listingId}, QStringLiteral("contact"), tr(what).arg(who(contact)), now);
}

qint64 ContactStore::add(const Contact &contact, const QList<qint64> &listingIds, const QDateTime &now)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    Contact added = trimmed(contact);
    added.id = 0;
    added.id = write(added, true, now);
    for (const qint64 listingId : listingIds)
        linkWithin(added.id, listingId, now);
    transaction.commit();
    return added.id;
}

void ContactStore::update(const Contact &contact, const QDateTime &now)
{
    const std::optional<Contact> before = this->contact(contact.id);
    if (!before)
        throw StoreError(tr("The contact no longer exists."));
    if (trimmed(contact) == *before)
        return;
    Transaction transaction(m_db.connection(), m_db.dialect());
    write(contact, false, now);
    ActivityLog(m_db).append(listingsOf(contact.id), QStringLiteral("contact"),
                             tr("Contact edited: %1").arg(who(trimmed(contact))), now);
    transaction.commit();
}

void ContactStore::remove(qint64 contactId, const QDateTime &now)
{
    const std::optional<Contact> removed = contact(contactId);
    if (!removed)
        return;
    Transaction transaction(m_db.connection(), m_db.dialect());
    ActivityLog(m_db).append(listingsOf(contactId), QStringLiteral("contact"),
                             tr("Contact deleted: %1").arg(who(*removed)), now);
    sql::run(m_db.connection(), QStringLiteral("DELETE FROM contacts WHERE id = ?"), {contactId});
    transaction.commit();
}

void ContactStore::restore(const Contact &contact, const QList<qint64> &listingIds, const QDateTime &now)
{
    if (contact.id == 0)
        throw StoreError(tr("Only a deleted contact can be restored."));
    Transaction transaction(m_db.connection(), m_db.dialect());
    write(contact, true, now);
    for (const qint64 listingId : listingIds)
        linkWithin(contact.id, listingId, now);
    transaction.commit();
}

void ContactStore::link(qint64 contactId, qint64 listingId, const QDateTime &now)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    linkWithin(contactId, listingId, now);
    transaction.commit();
}

void ContactStore::linkWithin(qint64 contactId, qint64 listingId, const QDateTime &now) const
{
    const std::optional<Contact> linked = contact(contactId);
    if (!linked)
        throw StoreError(tr("The contact no longer exists."));
    if (!sql::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM listings WHERE id = ?"), {listingId})
             .isValid())
        throw StoreError(tr("Listing %1 does not exist (any more).").arg(listingId));
    QSqlQuery insert =
        sql::run(m_db.connection(),
                 QStringLiteral("INSERT INTO listing_contacts (listing_id, contact_id) VALUES (?, ?) "
                                "ON CONFLICT DO NOTHING"),
                 {listingId, contactId});
    if (insert.numRowsAffected() == 1)
        logLink(listingId, *linked, QT_TRANSLATE_NOOP("ContactStore", "Contact linked: %1"), now);
}

void ContactStore::unlink(qint64 contactId, qint64 listingId, const QDateTime &now)
{
    const std::optional<Contact> linked = contact(contactId);
    if (!linked)
        return;
    Transaction transaction(m_db.connection(), m_db.dialect());
    QSqlQuery removed =
        sql::run(m_db.connection(),
                 QStringLiteral("DELETE FROM listing_contacts WHERE listing_id = ? AND contact_id = ?"),
                 {listingId, contactId});
    if (removed.numRowsAffected() == 1)
        logLink(listingId, *linked, QT_TRANSLATE_NOOP("ContactStore", "Contact unlinked: %1"), now);
    transaction.commit();
}

std::optional<Contact> ContactStore::contact(qint64 contactId) const
{
    QSqlQuery query =
        sql::run(m_db.connection(),
                 QLatin1String("SELECT ") + contactColumns + QLatin1String(" WHERE id = ?"), {contactId});
    return query.next() ? std::optional(readContact(query)) : std::nullopt;
}

QList<Contact> ContactStore::contactsOf(qint64 listingId) const
{
    QSqlQuery query =
        sql::run(m_db.connection(),
                 QLatin1String("SELECT ") + contactColumns +
                     QLatin1String(" JOIN listing_contacts lc ON lc.contact_id = contacts.id "
                                   "WHERE lc.listing_id = ? ORDER BY contacts.name COLLATE NOCASE, "
                                   "contacts.id"),
                 {listingId});
    return readContacts(query);
}

QList<qint64> ContactStore::listingsOf(qint64 contactId) const
{
    QSqlQuery query = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT listing_id FROM listing_contacts WHERE contact_id = ? ORDER BY listing_id"),
        {contactId});
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<Contact> ContactStore::candidates(qint64 listingId) const
{
    QSqlQuery query = sql::run(
        m_db.connection(),
        QLatin1String("SELECT ") + contactColumns +
            QLatin1String(
                " WHERE NOT EXISTS (SELECT 1 FROM listing_contacts lc WHERE lc.contact_id = contacts.id "
                "AND lc.listing_id = ?) "
                "ORDER BY contacts.company <> coalesce((SELECT company FROM listings WHERE id = ?), '') "
                "COLLATE NOCASE, contacts.name COLLATE NOCASE, contacts.id"),
        {listingId, listingId});
    return readContacts(query);
}

QString ContactStore::companyOf(qint64 listingId) const
{
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT company FROM listings WHERE id = ?"),
                       {listingId})
        .toString();
}

} // namespace jobdesk

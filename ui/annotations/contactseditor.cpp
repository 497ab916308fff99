#include "contactseditor.h"

#include "contactcommands.h"
#include "contactdialog.h"
#include "externallink.h"
#include "store/storeerror.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace jobdesk {

namespace {

QString link(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

QString detailsHtml(const Contact &contact)
{
    QStringList lines;
    QString head = QStringLiteral("<b>%1</b>").arg(contact.name.toHtmlEscaped());
    const QStringList roleAt =
        QStringList{contact.role, contact.company}.filter(QRegularExpression(QStringLiteral("\\S")));
    if (!roleAt.isEmpty())
        head += QStringLiteral(" · ") + roleAt.join(QStringLiteral(", ")).toHtmlEscaped();
    lines.append(head);
    if (!contact.email.isEmpty())
        lines.append(link(QStringLiteral("mailto:") + contact.email, contact.email));
    if (!contact.phone.isEmpty()) {
        QString digits = contact.phone;
        digits.remove(QRegularExpression(QStringLiteral("[^+0-9]")));
        lines.append(link(QStringLiteral("tel:") + digits, contact.phone));
    }
    if (isWebLink(QUrl(contact.profileUrl)))
        lines.append(link(QUrl(contact.profileUrl).toString(QUrl::FullyEncoded), contact.profileUrl));
    else if (!contact.profileUrl.isEmpty())
        lines.append(contact.profileUrl.toHtmlEscaped());
    if (!contact.notes.trimmed().isEmpty())
        lines.append(
            contact.notes.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return lines.join(QStringLiteral("<br>"));
}

QString menuText(const Contact &contact)
{
    QString text = contact.name;
    if (!contact.role.isEmpty())
        text += QStringLiteral(" — ") + contact.role;
    if (!contact.company.isEmpty())
        text += QStringLiteral(" (") + contact.company + QLatin1Char(')');
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

ContactsEditor::ContactsEditor(const Database &db, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undoStack)
    , m_contacts(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_link(new QToolButton(this))
    , m_linkMenu(new QMenu(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_unlink(new QPushButton(tr("&Unlink"), this))
    , m_error(new QLabel(this))
{
    m_contacts->setHeaderLabels({tr("Name"), tr("Role"), tr("E-mail"), tr("Phone")});
    m_contacts->setRootIsDecorated(false);
    m_contacts->setUniformRowHeights(true);
    m_contacts->setAlternatingRowColors(true);
    m_contacts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_contacts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_contacts->header()->setStretchLastSection(true);
    m_details->setTextFormat(Qt::RichText);
    // mailto:, tel: and a web profile open in the user's programs; nothing else (externallink.h).
    connect(m_details, &QLabel::linkActivated, this,
            [](const QString &href) { openExternalLink(QUrl(href)); });
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);
    m_link->setText(tr("&Link Existing"));
    m_link->setToolTip(tr("Link a contact you already have: the company's come first"));
    m_link->setPopupMode(QToolButton::InstantPopup);
    m_link->setMenu(m_linkMenu);
    m_unlink->setToolTip(tr("Remove the contact from this listing (the contact stays)"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #e0463c"));
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_link);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_unlink);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_contacts, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_linkMenu, &QMenu::aboutToShow, this, &ContactsEditor::fillLinkMenu);
    connect(m_new, &QPushButton::clicked, this, &ContactsEditor::openNewDialog);
    connect(m_edit, &QPushButton::clicked, this, &ContactsEditor::openEditDialog);
    connect(m_contacts, &QTreeWidget::itemActivated, this, &ContactsEditor::openEditDialog);
    connect(m_unlink, &QPushButton::clicked, this, [this] { unlinkContact(currentContactId()); });
    connect(m_contacts, &QTreeWidget::currentItemChanged, this, &ContactsEditor::showDetails);
    setListing(0);
}

void ContactsEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The label's links take their colour when the text is set: set it again in the new palette.
    if (event->type() == QEvent::PaletteChange) {
        m_details->clear(); // setText() with the same text would do nothing
        showDetails();
    }
}

void ContactsEditor::setListing(qint64 id)
{
    m_listingId = id;
    m_error->hide();
    refresh();
}

void ContactsEditor::refresh()
{
    const qint64 current = currentContactId();
    m_contacts->clear();
    if (m_listingId) {
        for (const Contact &contact : ContactStore(m_db).contactsOf(m_listingId)) {
            auto *item =
                new QTreeWidgetItem(m_contacts, {contact.name, contact.role, contact.email, contact.phone});
            item->setData(0, Qt::UserRole, contact.id);
            if (contact.id == current || !m_contacts->currentItem())
                m_contacts->setCurrentItem(item);
        }
    }
    m_new->setEnabled(m_listingId != 0);
    m_link->setEnabled(m_listingId != 0);
    showDetails();
}

qint64 ContactsEditor::currentContactId() const
{
    const QTreeWidgetItem *item = m_contacts->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ContactsEditor::showDetails()
{
    const std::optional<Contact> contact = ContactStore(m_db).contact(currentContactId());
    m_details->setText(contact ? detailsHtml(*contact)
                       : m_listingId && m_contacts->topLevelItemCount() == 0
                           ? tr("No contacts yet: add the recruiter or hiring manager with New.")
                           : QString());
    m_edit->setEnabled(contact.has_value());
    m_unlink->setEnabled(contact.has_value());
}

void ContactsEditor::fillLinkMenu()
{
    m_linkMenu->clear();
    const ContactStore store(m_db);
    const QString company = store.companyOf(m_listingId);
    const QList<Contact> candidates = m_listingId ? store.candidates(m_listingId) : QList<Contact>{};
    bool othersBegun = false;
    for (const Contact &contact : candidates) {
        const bool sameCompany =
            !company.isEmpty() && contact.company.compare(company, Qt::CaseInsensitive) == 0;
        if (!sameCompany && !othersBegun) {
            othersBegun = true;
            if (!m_linkMenu->isEmpty())
                m_linkMenu->addSeparator();
        }
        const qint64 id = contact.id;
        m_linkMenu->addAction(menuText(contact), this, [this, id] { linkContact(id); });
    }
    if (candidates.isEmpty())
        m_linkMenu->addAction(tr("No other contacts yet"))->setEnabled(false);
}

void ContactsEditor::push(QUndoCommand *command)
{
    m_error->hide();
    try {
        m_undo->push(command);
    } catch (const StoreError &error) {
        delete command; // redo() refused before the stack took it: nothing changed
        m_error->setText(error.message());
        m_error->show();
        refresh();
    }
}

std::function<void()> ContactsEditor::changedCallback()
{
    QPointer<ContactsEditor> self(this);
    return [self] {
        if (self) {
            self->refresh();
            Q_EMIT self->edited();
        }
    };
}

void ContactsEditor::addContact(const Contact &contact)
{
    if (m_listingId)
        push(new AddContactCommand(m_db, contact, m_listingId, changedCallback()));
}

void ContactsEditor::editContact(const Contact &contact)
{
    const std::optional<Contact> before = ContactStore(m_db).contact(contact.id);
    if (before && *before != contact)
        push(new EditContactCommand(m_db, *before, contact, changedCallback()));
}

void ContactsEditor::linkContact(qint64 contactId)
{
    const std::optional<Contact> contact = ContactStore(m_db).contact(contactId);
    if (contact && m_listingId) {
        push(new LinkContactCommand(m_db, *contact, m_listingId, true, changedCallback()));
        // Show the contact just linked.
        for (int i = 0; i < m_contacts->topLevelItemCount(); ++i)
            if (m_contacts->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == contactId)
                m_contacts->setCurrentItem(m_contacts->topLevelItem(i));
    }
}

void ContactsEditor::unlinkContact(qint64 contactId)
{
    const std::optional<Contact> contact = ContactStore(m_db).contact(contactId);
    if (contact && m_listingId)
        push(new LinkContactCommand(m_db, *contact, m_listingId, false, changedCallback()));
}

void ContactsEditor::openNewDialog()
{
    Contact contact;
    contact.company = ContactStore(m_db).companyOf(m_listingId);
    ContactDialog dialog(contact, this);
    if (dialog.exec() == QDialog::Accepted)
        addContact(dialog.contact());
}

void ContactsEditor::openEditDialog()
{
    const std::optional<Contact> contact = ContactStore(m_db).contact(currentContactId());
    if (!contact)
        return;
    ContactDialog dialog(*contact, this);
    if (dialog.exec() == QDialog::Accepted)
        editContact(dialog.contact());
}

} // namespace jobdesk

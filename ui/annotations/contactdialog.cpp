#include "contactdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace jobdesk {

ContactDialog::ContactDialog(const Contact &contact, QWidget *parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_name(new QLineEdit(contact.name, this))
    , m_role(new QLineEdit(contact.role, this))
    , m_email(new QLineEdit(contact.email, this))
    , m_phone(new QLineEdit(contact.phone, this))
    , m_profileUrl(new QLineEdit(contact.profileUrl, this))
    , m_company(new QLineEdit(contact.company, this))
    , m_notes(new QPlainTextEdit(contact.notes, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(contact.id ? tr("Edit Contact") : tr("New Contact"));
    m_name->setObjectName(QStringLiteral("name"));
    m_role->setObjectName(QStringLiteral("role"));
    m_email->setObjectName(QStringLiteral("email"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_profileUrl->setObjectName(QStringLiteral("profileUrl"));
    m_company->setObjectName(QStringLiteral("company"));
    m_role->setPlaceholderText(tr("e.g. Recruiter, Hiring manager"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_profileUrl->setPlaceholderText(tr("https://…"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #e0463c"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Pro&file:"), m_profileUrl);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_role, m_email, m_phone, m_profileUrl, m_company})
        connect(edit, &QLineEdit::textChanged, this, &ContactDialog::check);
    check();
}

QLineEdit *ContactDialog::field(const char *name) const
{
    return findChild<QLineEdit *>(QLatin1String(name));
}

Contact ContactDialog::contact() const
{
    Contact contact = m_contact;
    contact.name = m_name->text().trimmed();
    contact.role = m_role->text().trimmed();
    contact.email = m_email->text().trimmed();
    contact.phone = m_phone->text().trimmed();
    contact.profileUrl = m_profileUrl->text().trimmed();
    contact.company = m_company->text().trimmed();
    contact.notes = m_notes->toPlainText();
    return contact;
}

void ContactDialog::check()
{
    // An empty name is not worth a red message while the form is being filled in; OK says it all.
    const QString problem = ContactStore::problem(contact());
    const bool nameMissing = m_name->text().trimmed().isEmpty();
    m_problem->setText(nameMissing ? QString() : problem);
    m_problem->setVisible(!nameMissing && !problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace jobdesk

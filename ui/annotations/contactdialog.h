// Adding or editing a contact: name, role, e-mail, phone, profile URL, company, notes. What is wrong
// (ContactStore::problem) shows under the form as it is typed, and OK stays disabled until it is right.
#pragma once

#include "annotations/contactstore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jobdesk {

class ContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    // `contact` holds the values to start from (its id is kept).
    explicit ContactDialog(const Contact &contact, QWidget *parent = nullptr);

    Contact contact() const;
    QLineEdit *field(const char *name) const;

private:
    void check();

    Contact m_contact;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_profileUrl;
    QLineEdit *m_company;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace jobdesk

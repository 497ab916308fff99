// Adding or editing one event of a listing (an interview, a call, ...): kind, start, optional end,
// title, place or meeting link, note. OK stays disabled while the end is before the start.
#pragma once

#include "annotations/datestore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jobdesk {

class EventDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDialog)

public:
    // `event` holds the values to start from (its listing, id and uid are kept as they are).
    explicit EventDialog(const ListingEvent &event, QWidget *parent = nullptr);

    ListingEvent listingEvent() const;
    void setListingEvent(const ListingEvent &event);
    // Why the event cannot be saved, for people; empty when it can.
    QString problem() const;

private:
    void check();

    ListingEvent m_event;
    QComboBox *m_kind;
    QDateTimeEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateTimeEdit *m_end;
    QLineEdit *m_title;
    QLineEdit *m_location;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace jobdesk

// The Annotations dock: the current listing's status (a combo in the stages' colours), rating (stars),
// favourite, its status history and activity (newest first), and a tab per further section (notes,
// tags, dates, contacts: addSection). It shows; edits go out as requests the AnnotationController turns
// into undoable commands on the whole selection.
#pragma once

#include "annotations/annotationstore.h"
#include "annotations/stagestore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace jobdesk {

class Database;
class StarRating;

class AnnotationPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationPane)

public:
    explicit AnnotationPane(const Database &db, QWidget *parent = nullptr);

    // Adds a tab after History (the others' notes, tags, dates and contacts widgets).
    void addSection(QWidget *section, const QString &title);
    void setStages(const QList<Stage> &stages);
    // The listing to show; 0 for none.
    void setListing(qint64 id);
    // How many listings the edits apply to (a note says so when more than one).
    void setSelectionSize(int count);
    // Reads the listing again (after an edit, undo or redo).
    void refresh();
    qint64 listingId() const { return m_listingId; }
    // The listing's annotation as shown (its version is what an edit from here is based on); listing id
    // 0 when none is shown.
    const Annotation &shown() const { return m_shown; }

    QComboBox *statusBox() const { return m_status; }
    StarRating *ratingStars() const { return m_rating; }
    QToolButton *favouriteButton() const { return m_favourite; }
    QTreeWidget *historyList() const { return m_history; }

Q_SIGNALS:
    void stageRequested(qint64 stageId);
    void ratingRequested(int rating);
    void favouriteRequested(bool favourite);

private:
    const Database &m_db;
    qint64 m_listingId = 0;
    Annotation m_shown;
    QList<Stage> m_stages;
    QLabel *m_selection;
    QComboBox *m_status;
    StarRating *m_rating;
    QToolButton *m_favourite;
    QTabWidget *m_tabs;
    QTreeWidget *m_history;
    bool m_updating = false;
};

} // namespace jobdesk

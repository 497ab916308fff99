// Recruiter mode's second page: every candidate in a table (CandidateTableModel) searched with the search
// language as one types (words over the resume, title:, location:, skill:, tag:, status:); for the chosen
// candidate their details and tags, and the openings ranked by their match with them, from where they go
// into an opening's pipeline.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace jobdesk {

class CandidateTableModel;
class Database;
class RankModel;

class CandidatesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidatesPage)

public:
    explicit CandidatesPage(const Database &db, QWidget *parent = nullptr);

    // Reads the candidates again (after an import, an edit, a deletion), keeping the chosen one.
    void reload();
    // Runs the search at once (the field waits for a pause in typing). False when the line has an
    // error, which is shown under it.
    bool search(const QString &text);
    // The chosen candidate (0: none), and choosing one.
    qint64 candidate() const;
    void choose(qint64 profileId);
    // Their tags become `names`; false when refused (said).
    bool setTags(const QStringList &names);
    // Puts the chosen candidate into the pipelines of the openings; false when refused (said).
    bool addToPipelines(const QList<qint64> &listingIds);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    CandidateTableModel *model() const { return m_model; }
    RankModel *rankModel() const { return m_rank; }
    QString message() const;

Q_SIGNALS:
    // The chosen candidate changed (0: none).
    void candidateChosen(qint64 profileId);
    // Pipelines or tags changed here.
    void candidatesChanged();

private:
    void showCandidate();
    void showError(const QString &text);

    const Database &m_db;
    QLineEdit *m_search;
    QLabel *m_searchError;
    QTimer *m_typing;
    CandidateTableModel *m_model;
    QTableView *m_table;
    QLabel *m_title;
    QLineEdit *m_tags;
    QPlainTextEdit *m_skills;
    RankModel *m_rank;
    QTableView *m_openings;
    QPushButton *m_add;
    QLabel *m_message;
};

} // namespace jobdesk

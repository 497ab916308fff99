// Recruiter mode's first page: the openings (listings marked as ones) on the left; for the chosen one its
// pipeline board (one column per stage, drag candidates between them) above the candidates ranked by
// their match with it; on the right the details of the pipeline chosen on the board. Candidates go into
// the pipeline from the ranking ("Add to Pipeline", or a double-click).
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace jobdesk {

class Database;
class PipelineBoard;
class PipelineDetails;
class RankModel;

class OpeningsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpeningsPage)

public:
    explicit OpeningsPage(const Database &db, QWidget *parent = nullptr);

    // Reads the openings again, keeping the chosen one when it is still there.
    void reload();
    // Shows the opening (0: none).
    void showOpening(qint64 listingId);
    qint64 opening() const { return m_opening; }
    // Puts the candidates into the shown opening's pipeline at its first stage; false when refused (said).
    bool addToPipeline(const QList<qint64> &profileIds);

    QListWidget *openings() const { return m_openings; }
    PipelineBoard *board() const { return m_board; }
    PipelineDetails *details() const { return m_details; }
    QTableView *ranking() const { return m_ranking; }
    RankModel *rankModel() const { return m_rank; }
    QString message() const;

Q_SIGNALS:
    // Pipelines changed here (the candidates page's counts follow).
    void pipelinesChanged();

private:
    void openingChosen();
    void refreshAfterChange();
    void addSelected();
    void showError(const QString &text);

    const Database &m_db;
    qint64 m_opening = 0;
    QListWidget *m_openings;
    QLabel *m_empty;
    PipelineBoard *m_board;
    RankModel *m_rank;
    QTableView *m_ranking;
    QPushButton *m_add;
    QLabel *m_message;
    PipelineDetails *m_details;
};

} // namespace jobdesk

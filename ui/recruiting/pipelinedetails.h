// One candidate's pipeline for one opening, beside the board: who and for what, the stage (a choice of
// the recruiter's stages), the next step with its date, the Markdown notes (the listing notes' editor,
// NotesEditor::NotesOf::Pipeline: autosaved, merged across windows) and the history, oldest first.
// Every change is stored at once through PipelineStore; a refused one is shown under the title.
// An edit of the next step is based on the pipeline as the pane last showed it: when another member
// changed it meanwhile, the library refuses it (StoreError::Kind::Stale), and the pane shows their change
// and says who made it.
#pragma once

#include "recruiting/pipelinestore.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace jobdesk {

class Database;
class NotesEditor;

class PipelineDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineDetails)

public:
    explicit PipelineDetails(const Database &db, QWidget *parent = nullptr);

    // 0: none (the pane says how to pick one). Saves the notes of the pipeline shown before.
    void setPipeline(qint64 pipelineId);
    qint64 pipeline() const { return m_pipelineId; }
    // Reads the shown pipeline again (its stage moved on the board).
    void reload();

    // What the controls do, for the window and tests; false when the library refused (shown).
    bool moveToStage(qint64 stageId);
    bool setNextStep(const QString &text, const QDateTime &at);

    QComboBox *stageChooser() const { return m_stage; }
    QListWidget *history() const { return m_history; }
    NotesEditor *notes() const { return m_notes; }
    QString message() const;

Q_SIGNALS:
    // The pipeline's stage or next step changed here (the board and rankings reload).
    void changed(qint64 pipelineId);

private:
    void fillStages();
    void fillHistory(const QList<PipelineEvent> &events);
    void saveNextStep();
    void showError(const QString &text);
    // After the user's own notes were saved: the version they advanced is still what the pane shows
    // when the stage and next step are as shown.
    void notesSaved(qint64 pipelineId);

    const Database &m_db;
    qint64 m_pipelineId = 0;
    std::optional<Pipeline> m_shown; // the pipeline as last shown (its version: what edits are based on)
    bool m_loading = false;
    QLabel *m_title;
    QLabel *m_message;
    QComboBox *m_stage;
    QLineEdit *m_nextStep;
    QCheckBox *m_hasDate;
    QDateTimeEdit *m_nextDate;
    NotesEditor *m_notes;
    QListWidget *m_history;
};

} // namespace jobdesk

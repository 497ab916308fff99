// Edit ▸ Stages… (and the recruiter's Candidate Stages…): rename (edit in place), add, remove, move up and
// down, and recolour the pipeline's stages. Each change is stored at once (StageStore); a refusal (a taken
// name, a stage listings are at) is shown and the list read again. The window reloads the stages when it
// closes (changed()).
#pragma once

#include "annotations/stagestore.h"

#include <QDialog>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace jobdesk {

class Database;

class StagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StagesDialog)

public:
    explicit StagesDialog(const Database &db, StageSet set = StageSet::Listings, QWidget *parent = nullptr);
    bool changed() const { return m_changed; }
    QListWidget *list() const { return m_list; }

    void addStage(const QString &name);
    void removeCurrent();
    void moveCurrent(int delta);
    void recolourCurrent(const QString &color);

private:
    void reload(qint64 selectId = 0);
    void renamed(QListWidgetItem *item);
    qint64 currentId() const;
    // Runs a store edit; shows its error instead of throwing.
    template <typename Edit>
    bool attempt(Edit edit);

    const Database &m_db;
    StageSet m_set;
    QListWidget *m_list;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_colour;
    bool m_changed = false;
    bool m_loading = false;
};

} // namespace jobdesk

// Edit ▸ Tags…: every tag with its colour and how many listings carry it, in one place to rename
// (edit the name in place), recolour, merge into another tag and delete. Each edit is an undoable
// command on the window's stack; a refusal (a name taken, ignoring case) is said under the table and
// changes nothing.
#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoCommand;
class QUndoStack;

namespace jobdesk {

class Database;

class TagsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsDialog)

public:
    // `changed` (the window's reload) runs after every edit, undo and redo of the commands this pushes,
    // also once this is gone.
    TagsDialog(const Database &db, QUndoStack *undoStack, std::function<void()> changed = {},
               QWidget *parent = nullptr);

    // What the buttons do, also for tests. Each returns false and says why when refused.
    bool renameTag(qint64 id, const QString &name);
    bool recolorTag(qint64 id, const QString &color);
    bool mergeTags(qint64 fromId, qint64 intoId);
    bool deleteTag(qint64 id);
    // Reads the tags again.
    void refresh();

    QTableWidget *table() const { return m_table; }
    QString message() const;
    // The tag of the current row, 0 when none.
    qint64 currentTag() const;

Q_SIGNALS:
    // A tag was changed, or a change undone or redone.
    void tagsChanged();

private:
    enum Column
    {
        Name,
        Listings,
    };
    bool push(QUndoCommand *command);
    std::function<void()> changedCallback();
    void updateButtons();
    void chooseColor();
    void mergeCurrent();

    const Database &m_db;
    QUndoStack *m_undoStack;
    std::function<void()> m_changed;
    QTableWidget *m_table;
    QPushButton *m_color;
    QComboBox *m_mergeInto;
    QPushButton *m_merge;
    QPushButton *m_delete;
    QLabel *m_message;
    bool m_filling = false;
};

} // namespace jobdesk

// The tags of the selected listings as coloured chips, and a field to add one: it completes the names
// of existing tags, and Enter adds the tag to every selected listing, creating it when there is none of
// that name. × on a chip takes the tag off every selected listing. A chip for a tag only some of the
// selection carries says so ("on 2 of 5"). Every edit is one undoable command on the window's stack.
#pragma once

#include "annotations/tagstore.h"

#include <QList>
#include <QWidget>

#include <functional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QUndoCommand;
class QUndoStack;

namespace jobdesk {

class Database;
class FlowLayout;

class TagEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagEditor)

public:
    // `changed` (the window's reload) runs after every edit, undo and redo of the commands this pushes,
    // also once this is gone.
    TagEditor(const Database &db, QUndoStack *undoStack, std::function<void()> changed = {},
              QWidget *parent = nullptr);

    // The listings the edits apply to (the selection); empty disables the editor.
    void setListings(const QList<qint64> &ids);
    QList<qint64> listings() const { return m_ids; }
    // Reads the tags again (after an edit elsewhere, undo or redo).
    void refresh();

    // What the user does, also for tests: add by name (Enter in the field), remove by id (× on a chip).
    bool addTag(const QString &name);
    bool removeTag(qint64 tagId);

    // The chips shown, in order.
    QList<Tag> shownTags() const { return m_tags; }
    QLineEdit *field() const { return m_field; }
    QCompleter *completer() const { return m_completer; }
    QString message() const;

Q_SIGNALS:
    // A tag edit was done, undone or redone: the window reloads what shows tags.
    void tagsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChips();
    QWidget *makeChip(const Tag &tag);
    bool push(QUndoCommand *command);
    std::function<void()> changedCallback();

    const Database &m_db;
    QUndoStack *m_undoStack;
    std::function<void()> m_changed;
    QList<qint64> m_ids;
    QList<Tag> m_tags;
    QWidget *m_chipArea;
    FlowLayout *m_chips;
    QLineEdit *m_field;
    QCompleter *m_completer;
    QStringListModel *m_names;
    QLabel *m_message;
};

} // namespace jobdesk
